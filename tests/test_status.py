"""The status page's ring of recent aggregates: slots diffed from the store, quantiles as
Prometheus computes them, bounded memory, spend since midnight UTC."""

import pytest

from llm_exporter.config import Config, LimitsConfig
from llm_exporter.metrics import DURATION_BUCKETS
from llm_exporter.sidecar.core.decode import AgentRun, LlmCall
from llm_exporter.sidecar.core.runs import Totals
from llm_exporter.sidecar.core.store import Store
from llm_exporter.sidecar.web.status import (
    CALLS,
    ERRORS,
    RUNS,
    TOKENS,
    USD,
    Recent,
    bucket_quantile,
)

MIDNIGHT = 1_780_000_000 // 86400 * 86400  # a UTC midnight


class Clock:
    def __init__(self, t: float):
        self.t = t

    def __call__(self) -> float:
        return self.t


def call(**kw) -> LlmCall:
    fields = {"provider": "openai", "model": "gpt-4o", "duration_s": 1.0}
    fields.update(kw)
    return LlmCall(**fields)


def setup(config: Config | None = None, budgeted=(), wall: float = MIDNIGHT + 3600.0):
    mono, wall_clock = Clock(1000.0), Clock(wall)
    store = Store(config or Config(), clock=mono, wall_clock=wall_clock)
    recent = Recent(store, budgeted, slot_seconds=15, slots=4, wall_clock=wall_clock)
    return store, recent, mono, wall_clock


def advance(store, recent, mono, wall_clock, seconds: float):
    """What the sidecar's tick does once a second, for ``seconds`` seconds."""
    for _ in range(int(seconds)):
        mono.t += 1
        wall_clock.t += 1
        store.tick()
        recent.tick()


def by_model(recent):
    models, seconds = recent.models()
    return {(m["provider"], m["model"]): m for m in models}, seconds


def test_a_slot_closes_every_slot_seconds_and_holds_what_happened_in_it():
    store, recent, *clocks = setup()
    for _ in range(30):
        store.observe_call(call(input_tokens=100, output_tokens=20, cost_usd=0.01))
    advance(store, recent, *clocks, 14)
    assert len(recent.ring) == 0  # not yet 15 s
    advance(store, recent, *clocks, 1)
    assert len(recent.ring) == 1
    store.observe_call(call(error_type="timeout"))
    advance(store, recent, *clocks, 15)
    first, second = recent.ring
    assert first.models[("openai", "gpt-4o")][CALLS] == 30
    assert first.models[("openai", "gpt-4o")][TOKENS] == 30 * 120
    assert first.models[("openai", "gpt-4o")][USD] == pytest.approx(0.30)
    assert second.models[("openai", "gpt-4o")][CALLS] == 1  # a diff, not the running total
    assert second.models[("openai", "gpt-4o")][ERRORS] == 1
    models, seconds = by_model(recent)
    gpt = models[("openai", "gpt-4o")]
    assert seconds == 30
    assert gpt["calls"] == 31 and gpt["errors"] == 1
    assert gpt["calls_per_second"] == pytest.approx(31 / 30)
    assert gpt["error_ratio"] == pytest.approx(1 / 31)
    assert gpt["tokens_per_second"] == pytest.approx(3600 / 30)
    assert gpt["cost_per_hour_usd"] == pytest.approx(0.30 / 30 * 3600)


def test_the_open_slot_is_in_the_window_so_the_page_is_current():
    store, recent, *clocks = setup()
    advance(store, recent, *clocks, 15)
    store.observe_call(call())
    advance(store, recent, *clocks, 3)
    models, seconds = by_model(recent)
    assert models[("openai", "gpt-4o")]["calls"] == 1
    assert seconds == 18
    # reading the window changes nothing: the call is counted once when its slot closes
    by_model(recent)
    advance(store, recent, *clocks, 12)
    assert recent.ring[-1].models[("openai", "gpt-4o")][CALLS] == 1
    assert by_model(recent)[0][("openai", "gpt-4o")]["calls"] == 1


def test_the_ring_is_bounded_and_old_slots_leave_the_window():
    store, recent, *clocks = setup()  # 4 slots of 15 s
    store.observe_call(call(model="old"))
    advance(store, recent, *clocks, 15)
    for _ in range(5):
        store.observe_call(call(model="new"))
        advance(store, recent, *clocks, 15)
    assert len(recent.ring) == 4
    models, seconds = by_model(recent)
    assert ("openai", "old") not in models
    assert models[("openai", "new")]["calls"] == 4
    assert seconds == 60
    assert all(len(points) == 5 for points in models[("openai", "new")]["sparklines"].values())


def test_a_label_set_that_expired_and_came_back_counts_from_zero():
    config = Config(limits=LimitsConfig(series_ttl=60.0))
    store, recent, *clocks = setup(config)
    for _ in range(10):
        store.observe_call(call(tenant="a", cost_usd=1.0))
    advance(store, recent, *clocks, 15)
    advance(store, recent, *clocks, 120)
    assert store.expire() > 0 and not store.calls
    store.observe_call(call(tenant="a", cost_usd=1.0))
    advance(store, recent, *clocks, 15)
    slot = recent.ring[-1].models[("openai", "gpt-4o")]
    assert (slot[CALLS], slot[USD]) == (1, 1.0)  # not 1 - 10 (a negative diff) nor 0


def test_latency_quantiles_are_of_successful_calls_and_ttft_of_streams():
    store, recent, *clocks = setup()
    for d in [0.1] * 90 + [5.0] * 10:
        store.observe_call(call(duration_s=d, ttft_s=d / 2))
    for _ in range(50):
        store.observe_call(call(duration_s=60.0, error_type="timeout"))
    gpt = by_model(recent)[0][("openai", "gpt-4o")]
    durations = [0] * (len(DURATION_BUCKETS) + 1)
    durations[DURATION_BUCKETS.index(0.16)] = 90  # 0.1 s lies in (0.08, 0.16]
    durations[DURATION_BUCKETS.index(5.12)] = 10
    assert gpt["latency_p50_seconds"] == pytest.approx(bucket_quantile(0.5, durations))
    assert 0.08 < gpt["latency_p50_seconds"] <= 0.16  # the timeouts are not latency
    assert 2.56 < gpt["latency_p95_seconds"] <= 5.12
    assert 1.28 < gpt["ttft_p95_seconds"] <= 2.56


def test_bucket_quantile_interpolates_as_histogram_quantile():
    bounds = (1.0, 2.0, 4.0)
    assert bucket_quantile(0.5, [0, 0, 0, 0], bounds) is None
    # histogram_quantile(0.5, {le=1: 10, le=2: 30, le=4: 40, +Inf: 40}) = 1 + (20-10)/20 = 1.5
    assert bucket_quantile(0.5, [10, 20, 10, 0], bounds) == pytest.approx(1.5)
    assert bucket_quantile(0.25, [10, 0, 0, 0], bounds) == pytest.approx(0.25)
    # in the +Inf bucket: the highest finite bound, as Prometheus answers
    assert bucket_quantile(0.99, [1, 0, 0, 9], bounds) == 4.0


def test_spend_today_is_per_budgeted_tenant_and_restarts_at_midnight_utc():
    store, recent, mono, wall_clock = setup(budgeted=["acme"], wall=MIDNIGHT + 86400 - 20)
    store.observe_call(call(tenant="acme", cost_usd=2.0))
    store.observe_call(call(tenant="other", cost_usd=5.0))
    assert recent.spent_today() == {"acme": 2.0}  # the open slot counts
    advance(store, recent, mono, wall_clock, 15)
    assert recent.today == {"acme": 2.0} and not recent.day_started_here
    advance(store, recent, mono, wall_clock, 10)  # 5 s past midnight, in an open slot
    store.observe_call(call(tenant="acme", cost_usd=1.0))
    advance(store, recent, mono, wall_clock, 5)
    assert recent.day_started_here
    assert recent.spent_today() == {"acme": 1.0}


def test_the_busiest_models_are_ranked_and_only_those_are_computed():
    # 10^4 (provider, model) pairs once filled the page with 15 MiB and held the event loop
    # for seconds: the page now shows the busiest, ranked by calls in the window
    config = Config(limits=LimitsConfig(label_sets=40_000))
    store, recent, *clocks = setup(config)
    pairs = [(f"p{i % 50}", f"m{i // 50}") for i in range(10_000)]  # the default caps
    calls = {pm: 1 + i % 4 for i, pm in enumerate(pairs)}
    for pm, n in calls.items():
        for _ in range(n):
            store.observe_call(call(provider=pm[0], model=pm[1], cost_usd=0.5))
    advance(store, recent, *clocks, 15)  # a closed slot and the open one
    for pm in pairs[::1000]:  # ten that had 1 call fail 5 times in the open slot: busiest
        for _ in range(5):
            store.observe_call(call(provider=pm[0], model=pm[1], error_type="timeout"))
        calls[pm] += 5
    shown, seconds, count = recent.busiest(limit=100)
    assert len(shown) == 100 and count == 10_000 and seconds == 15
    ranked = sorted(pairs, key=lambda pm: (-calls[pm], pm))
    assert [(m["provider"], m["model"]) for m in shown] == ranked[:100]
    assert [(m["calls"], m["errors"]) for m in shown] == [(6, 5)] * 10 + [(4, 0)] * 90
    # the figures of those shown are what the whole list has for them
    window = recent.window()
    everything, _ = recent.models(window)
    assert len(everything) == 10_000 and shown == everything[:100]
    advance(store, recent, *clocks, 15)  # a window read before a slot closed still adds up
    assert recent.busiest(window, 100) == (shown, 15, 10_000)


def test_the_ring_holds_nothing_the_garbage_collector_walks():
    # as objects holding lists, 10^4 models in 60 slots were 2 million objects that each full
    # collection walked, seconds of a stopped event loop
    import gc

    store, recent, *clocks = setup()
    for _ in range(4):  # four slots
        for i in range(20):
            store.observe_call(call(model=f"m{i}", ttft_s=0.2, input_tokens=10, cost_usd=0.1))
        store.observe_call(call(error_type="timeout"))
        advance(store, recent, *clocks, 15)
    by_model(recent)  # computes and keeps sparkline points
    gc.collect()
    assert len(recent.ring) == 4
    for slot in recent.ring:
        assert len(slot.models) == 21
        assert not any(gc.is_tracked(f) for f in slot.models.values())
    assert not any(gc.is_tracked(entry[2]) or gc.is_tracked(entry[3])
                   for entry in recent.seen_series.values())


def test_agents_are_their_runs_in_the_window_costliest_first():
    store, recent, *clocks = setup()  # 4 slots of 15 s
    for _ in range(4):  # in the first slot, which leaves the window
        store.observe_run(AgentRun(agent="old", duration_s=1.0), Totals(calls=1, cost_usd=0.001))
    advance(store, recent, *clocks, 15)
    for i in range(10):
        store.observe_run(AgentRun(agent="support", duration_s=2.0,
                                   error_type="max_turns" if i < 2 else ""),
                          Totals(calls=3, cost_usd=0.01))
    store.observe_run(AgentRun(agent="research", duration_s=20.0), Totals(calls=8, cost_usd=0.5))
    store.observe_loop("support", "search")
    advance(store, recent, *clocks, 30)
    store.observe_run(AgentRun(agent="research", duration_s=20.0), Totals(calls=4, cost_usd=0.3))
    advance(store, recent, *clocks, 3)  # in the open slot: the page is current
    research, support, old = recent.agents()
    assert (research["agent"], research["runs"], research["loops"]) == ("research", 2, 0)
    assert research["cost_per_run_usd"] == pytest.approx(0.4)
    assert research["calls_per_run"] == 6 and research["failed_ratio"] == 0
    assert (support["runs"], support["loops"]) == (10, 1)
    assert support["failed_ratio"] == pytest.approx(0.2)
    assert support["cost_usd"] == pytest.approx(0.1) and support["calls_per_run"] == 3
    assert old["runs"] == 4  # still in the window: 4 slots of 15 s and the open one
    advance(store, recent, *clocks, 30)
    assert [a["agent"] for a in recent.agents()] == ["research", "support"]


def test_an_agent_whose_series_expired_and_came_back_counts_from_zero():
    config = Config(limits=LimitsConfig(series_ttl=60.0))
    store, recent, *clocks = setup(config)
    for _ in range(10):
        store.observe_run(AgentRun(agent="support", duration_s=1.0), Totals(calls=2))
    advance(store, recent, *clocks, 15)
    advance(store, recent, *clocks, 120)
    assert store.expire() > 0 and not store.runs
    store.observe_run(AgentRun(agent="support", duration_s=1.0), Totals(calls=2))
    advance(store, recent, *clocks, 15)
    assert recent.ring[-1].agents["support"][RUNS] == 1  # not 1 - 10, nor nothing
