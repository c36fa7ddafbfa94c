"""The store: per-event updates, aggregation into families, limits, TTL expiry."""

import bisect
import collections
import dataclasses
import itertools
import random
from datetime import datetime, timezone

import pytest

from llm_exporter.config import Config, LabelLimits, LimitsConfig, PriceOverride
from llm_exporter.metrics import (
    AGENT_DURATION_BUCKETS,
    CALLS_PER_RUN_BUCKETS,
    MCP_BUCKETS,
    STEP_BUCKETS,
)
from llm_exporter.sidecar.core.decode import (
    AgentRun,
    Feedback,
    LlmCall,
    McpOperation,
    Step,
    ToolCall,
)
from llm_exporter.sidecar.core.limits import OTHER
from llm_exporter.sidecar.core.runs import Totals
from llm_exporter.sidecar.core.store import (
    DURATION_BUCKETS,
    TOKEN_BUCKETS,
    AgentAggregate,
    CallAggregate,
    Store,
)


def call(**kw) -> LlmCall:
    fields = {"provider": "openai", "model": "gpt-4o", "duration_s": 1.0}
    fields.update(kw)
    return LlmCall(**fields)


def family(store: Store, name: str):
    (fam,) = [f for f in store.families() if f.metric.name == name]
    return fam


def test_bucket_bounds_are_inclusive_like_prometheus_le():
    store = Store(Config())
    for d in (0.01, 0.010001, 81.92, 100.0):
        store.observe_call(call(duration_s=d))
    counts, total = family(store, "gen_ai_client_operation_duration_seconds").samples[
        ("openai", "gpt-4o", "chat", "")]
    assert counts[0] == 1  # 0.01 <= le="0.01"
    assert counts[1] == 1  # 0.010001 in (0.01, 0.02]
    assert counts[len(DURATION_BUCKETS) - 1] == 1  # 81.92 in le="81.92"
    assert counts[-1] == 1  # 100 only in +Inf
    assert total == pytest.approx(0.01 + 0.010001 + 81.92 + 100.0)


def test_counters_sum_rows_into_each_familys_labels():
    store = Store(Config())
    store.observe_call(call(tenant="a", prompt_name="p", input_tokens=100, output_tokens=10,
                            finish_reason="stop"))
    store.observe_call(call(tenant="a", prompt_name="q", input_tokens=50, output_tokens=5,
                            finish_reason="length", cache_read_tokens=20, reasoning_tokens=2))
    store.observe_call(call(tenant="b", input_tokens=1, error_type="rate_limit", retries=2))
    requests = family(store, "llm_requests").samples
    assert requests == {("openai", "gpt-4o", "chat", "", "a"): 2,
                        ("openai", "gpt-4o", "chat", "rate_limit", "b"): 1}
    tokens = family(store, "llm_tokens").samples
    assert tokens[("openai", "gpt-4o", "input", "a")] == 150
    assert tokens[("openai", "gpt-4o", "output", "a")] == 15
    assert tokens[("openai", "gpt-4o", "cache_read", "a")] == 20
    assert tokens[("openai", "gpt-4o", "reasoning", "a")] == 2
    assert family(store, "llm_finish_reasons").samples == {
        ("openai", "gpt-4o", "stop"): 1, ("openai", "gpt-4o", "length"): 1}
    assert family(store, "llm_retries").samples == {("openai", "gpt-4o"): 2}
    usage = family(store, "gen_ai_client_token_usage").samples
    # the token histogram has no error_type or tenant label: all three calls are in it
    assert usage[("openai", "gpt-4o", "chat", "input")][1] == 151
    assert sum(usage[("openai", "gpt-4o", "chat", "input")][0]) == 3
    assert usage[("openai", "gpt-4o", "chat", "output")][1] == 15


def test_cost_uses_caller_cost_else_price_else_counts_unpriced():
    store = Store(Config())
    store.observe_call(call(tenant="a", input_tokens=1_000_000))  # $2.50 from genai-prices
    store.observe_call(call(tenant="a", cost_usd=0.25, input_tokens=1_000_000))  # caller knows
    store.observe_call(call(provider="ollama", model="llama3", input_tokens=10))
    cost = family(store, "llm_cost_usd").samples
    assert cost[("openai", "gpt-4o", "a", "", "")] == pytest.approx(2.75)
    assert not any(k[0] == "ollama" for k in cost)  # no cost series for an unpriced model
    assert dict(store.unpriced) == {"ollama": 1}
    assert family(store, "llm_requests").samples[("ollama", "llama3", "chat", "", "")] == 1


def test_streaming_fields_feed_ttft_and_time_per_output_token():
    store = Store(Config())
    store.observe_call(call(duration_s=2.0, ttft_s=0.5, output_tokens=101))
    store.observe_call(call(duration_s=1.0))  # not streaming: no TTFT observation
    counts, total = family(store, "gen_ai_client_operation_time_to_first_chunk_seconds").samples[
        ("openai", "gpt-4o", "chat")]
    assert sum(counts) == 1 and total == 0.5
    counts, total = family(store, "llm_time_per_output_token_seconds").samples[
        ("openai", "gpt-4o")]
    assert sum(counts) == 1 and total == pytest.approx(1.5 / 100)


def test_label_caps_fold_into_other_but_price_on_the_real_model():
    config = Config(limits=LimitsConfig(labels=LabelLimits(model=1, tenant=1)))
    store = Store(config)
    store.observe_call(call(model="gpt-4o", tenant="a", input_tokens=1_000_000))
    store.observe_call(call(model="gpt-4o-mini", tenant="b", input_tokens=1_000_000))
    store.observe_call(call(model="gpt-4o-mini", tenant="a", input_tokens=1_000_000))
    requests = family(store, "llm_requests").samples
    assert requests == {("openai", "gpt-4o", "chat", "", "a"): 1,
                        ("openai", OTHER, "chat", "", OTHER): 1,
                        ("openai", OTHER, "chat", "", "a"): 1}
    cost = family(store, "llm_cost_usd").samples
    assert cost[("openai", OTHER, OTHER, "", "")] == pytest.approx(0.15)  # gpt-4o-mini's price
    assert store.limiter.overflow == {**store.limiter.overflow, "model": 2, "tenant": 1}


def test_combinations_inside_every_label_cap_fold_past_the_label_set_cap():
    store = Store(Config(limits=LimitsConfig(label_sets=10)))
    for i in range(100):  # every value new, every value inside its own cap
        store.observe_call(call(provider=f"p{i % 7}", model=f"m{i}", error_type=f"e{i % 3}",
                                tenant=f"t{i}", prompt_name=f"n{i}", finish_reason="stop"))
    store.observe_feedback(Feedback(name="r", value=1.0, model="x"))
    store.observe_step(Step(workflow="w", step="s", duration_s=0.1))
    # 5 call series with a row each fill the 10; then new series fold to (__other__,
    # __other__, operation, error type), 3 of them, each with one folded row, and the
    # feedback and the step fold too: over the cap by its fold targets only
    assert store.held == store.series_count() == 10 + 3 + 3 + 2
    requests = family(store, "llm_requests").samples
    assert sum(requests.values()) == 100  # nothing lost: folded, and counted
    assert sum(n for k, n in requests.items() if k[1] == OTHER) == 95
    assert (OTHER, OTHER, "chat", "e1", OTHER) in requests  # the error type is kept
    overflow = store.limiter.overflow["label_sets"]
    assert overflow >= 95 + 2  # every folded call (and the feedback and step)
    assert ("label_sets",) in {tuple(s.labels.values()) for m in store.limiter.collect()
                               for s in m.samples}
    finish = family(store, "llm_finish_reasons").samples
    assert sum(finish.values()) == 100


def test_expiry_frees_room_under_the_label_set_cap():
    clock = [0.0]
    store = Store(Config(limits=LimitsConfig(label_sets=4, series_ttl=60.0)),
                  clock=lambda: clock[0])
    for i in range(4):
        store.observe_call(call(model=f"m{i}"))
    for t in (50.0, 100.0):  # ticks a second apart in life; two suffice
        clock[0] = t
        store.tick()
    assert store.expire() == 6 and store.held == 0  # 2 series, 2 rows, the folded pair
    store.observe_call(call(model="fresh"))
    assert ("openai", "fresh", "chat", "", "") in family(store, "llm_requests").samples


def test_idle_label_sets_expire_and_free_their_cap():
    config = Config(limits=LimitsConfig(series_ttl=60.0, labels=LabelLimits(tenant=1)))
    clock = [1000.0]
    store = Store(config, clock=lambda: clock[0])
    store.observe_call(call(tenant="old"))
    store.observe_feedback(Feedback(name="rating", value=1.0))
    clock[0] = 1050.0
    store.tick()
    store.observe_step(Step(workflow="w", step="s", duration_s=0.1))
    clock[0] = 1070.0
    store.tick()
    assert store.expire() == 3  # the row, its call series, the feedback histogram
    assert store.calls == {} and store.feedback == {} and len(store.steps) == 1
    store.observe_call(call(tenant="new"))
    assert ("openai", "gpt-4o", "chat", "", "new") in family(store, "llm_requests").samples


def test_tool_calls_asked_for_count_by_tool_under_the_tool_cap_and_expire():
    config = Config(limits=LimitsConfig(series_ttl=60.0, labels=LabelLimits(tool=2)))
    clock = [1000.0]
    store = Store(config, clock=lambda: clock[0])
    store.observe_call(call(tool_calls=("search", "search", "get_order")))
    store.observe_call(call(tool_calls=("fetch",)))  # a third tool: past the cap of 2
    store.observe_call(call(model="o3", tool_calls=("search",)))
    assert family(store, "llm_tool_calls_requested").samples == {
        ("openai", "gpt-4o", "search"): 2, ("openai", "gpt-4o", "get_order"): 1,
        ("openai", "gpt-4o", OTHER): 1, ("openai", "o3", "search"): 1}
    clock[0] = 1030.0
    store.tick()
    store.observe_call(call(model="o3", tool_calls=("search",)))
    clock[0] = 1070.0
    store.tick()
    store.expire()
    assert family(store, "llm_tool_calls_requested").samples == {("openai", "o3", "search"): 2}
    store.observe_call(call(tool_calls=("fetch",)))  # the cap freed with what expired
    assert ("openai", "gpt-4o", "fetch") in family(store, "llm_tool_calls_requested").samples


def test_ttl_zero_keeps_everything():
    store = Store(Config(limits=LimitsConfig(series_ttl=0.0)))
    store.observe_call(call())
    assert store.expire(now=1e12) == 0 and store.calls


def test_an_exemplar_without_ts_is_stamped_with_the_wall_clock():
    store = Store(Config(), wall_clock=lambda: 1.7e9 + 5)
    store.expire()  # before any tick: nothing to expire, and no error
    store.observe_call(call(duration_s=0.5, trace_id="a" * 32))
    ex = family(store, "gen_ai_client_operation_duration_seconds").exemplars[
        ("openai", "gpt-4o", "chat", "")]
    assert list(ex.values()) == [("a" * 32, None, 0.5, 1.7e9 + 5)]


def test_unpriced_calls_are_exposed_by_provider():
    from prometheus_client import CollectorRegistry, generate_latest

    store = Store(Config())
    for _ in range(3):
        store.observe_call(call(provider="vllm", model="qwen3-32b", input_tokens=5))
    registry = CollectorRegistry()
    registry.register(store)
    assert 'llm_exporter_unpriced_events_total{provider="vllm"} 3.0' in \
        generate_latest(registry).decode()


def test_calls_priced_at_zero_are_counted_by_provider():
    """A call that used tokens and came to $0: its own cost_usd of 0, or a price table that
    says 0; not a call that used no tokens, nor an unpriced one (counted apart)."""
    from prometheus_client import CollectorRegistry, generate_latest

    store = Store(Config(prices=(PriceOverride(model="free-llm", input=0.0, output=0.0),)))
    store.observe_call(call(provider="vllm", model="free-llm", input_tokens=5))
    store.observe_call(call(provider="openai", model="gpt-4o", input_tokens=5, cost_usd=0.0))
    store.observe_call(call(provider="openai", model="gpt-4o"))  # no tokens: nothing to price
    store.observe_call(call(provider="openai", model="gpt-4o", input_tokens=5))  # priced
    store.observe_call(call(provider="acme", model="unknown-llm", input_tokens=5))  # unpriced
    assert dict(store.zero_cost) == {"vllm": 1, "openai": 1}
    registry = CollectorRegistry()
    registry.register(store)
    assert 'llm_exporter_zero_cost_calls_total{provider="openai"} 1.0' in \
        generate_latest(registry).decode()


def test_a_call_is_priced_at_its_own_time_else_the_stores_wall_clock():
    """Price history: a call's ts picks the price of its day; one without ts, the store's
    clock (as of its last tick), not the moment the table was built."""
    wall = [datetime(2026, 9, 1, tzinfo=timezone.utc).timestamp()]
    store = Store(Config(), wall_clock=lambda: wall[0])
    flex = {"model": "gpt-5", "service_tier": "flex", "input_tokens": 1_000_000}
    before = store.observe_call(call(**flex))  # the data's flex price starts 2026-10-12
    wall[0] = datetime(2026, 11, 1, tzinfo=timezone.utc).timestamp()
    store.tick()
    after = store.observe_call(call(**flex))
    replayed = store.observe_call(call(**flex, ts=datetime(2026, 9, 1,
                                                           tzinfo=timezone.utc).timestamp()))
    assert before == replayed == pytest.approx(1.25) and after == pytest.approx(0.625)


def test_a_folded_series_is_priced_per_call_not_as_its_first_model():
    """Calls folded into __other__ are priced on their own model; the folded series has no
    price of its own, so it exposes no cost until one of its calls costs something."""
    store = Store(Config(limits=LimitsConfig(labels=LabelLimits(model=1))))
    store.observe_call(call(model="gpt-4o", input_tokens=1))
    store.observe_call(call(model="gpt-4o-mini"))  # folded, no tokens: costs nothing
    cost = family(store, "llm_cost_usd").samples
    assert ("openai", OTHER, "", "", "") not in cost
    store.observe_call(call(model="o1", input_tokens=1_000_000))  # folded, o1's own price
    expected = store.prices.lookup("openai", "o1").cost(call(model="o1",
                                                              input_tokens=1_000_000))
    assert family(store, "llm_cost_usd").samples[("openai", OTHER, "", "", "")] == \
        pytest.approx(expected)


def test_exemplar_keeps_latest_trace_per_bucket():
    store = Store(Config())
    store.observe_call(call(duration_s=0.5, trace_id="a" * 32, ts=1.7e9))
    store.observe_call(call(duration_s=0.6, trace_id="b" * 32, span_id="c" * 16, ts=1.7e9 + 1))
    ex = family(store, "gen_ai_client_operation_duration_seconds").exemplars[
        ("openai", "gpt-4o", "chat", "")]
    assert list(ex.values()) == [("b" * 32, "c" * 16, 0.6, 1.7e9 + 1)]


DAY = 86400.0


def exposed(store: Store) -> dict[tuple[str, tuple], float]:
    """Every exposed counter value and histogram count, by family and labels."""
    out = {}
    for fam in store.families():
        for labels, sample in fam.samples.items():
            if fam.metric.kind == "histogram":
                counts, total = sample
                out[(fam.metric.name, labels)] = sum(counts)
                out[(fam.metric.name + "_sum", labels)] = total
            elif fam.metric.kind == "counter":
                out[(fam.metric.name, labels)] = sample
    return out


def test_expiry_never_makes_an_exposed_counter_go_down():
    # 100 stop + 1 length, then 100 stop a day later: the length row expires, the sum stays
    clock = [0.0]
    store = Store(Config(), clock=lambda: clock[0])
    for _ in range(100):
        store.observe_call(call(finish_reason="stop", tenant="a"))
    store.observe_call(call(finish_reason="length", tenant="a"))
    clock[0] = DAY
    store.tick()
    for _ in range(100):
        store.observe_call(call(finish_reason="stop", tenant="a"))
    clock[0] = DAY + 3600
    store.tick()
    assert store.expire() == 1  # the length row
    requests = family(store, "llm_requests").samples
    assert requests[("openai", "gpt-4o", "chat", "", "a")] == 201
    finish = family(store, "llm_finish_reasons").samples
    assert ("openai", "gpt-4o", "length") not in finish  # fed by that row alone: gone whole
    assert finish[("openai", "gpt-4o", "stop")] == 200


def test_expiry_never_takes_a_float_counter_down_by_rounding():
    # Three rows feed one cost series; summed as (a + b) + c before the middle one expires and
    # as (a + c) + b after: 20.032703 -> 20.032702999999998. Prometheus reads any decrease as
    # a reset and counts the whole $20 again (a false LLMCostSpike in the week-long run).
    clock = [0.0]
    store = Store(Config(), clock=lambda: clock[0])
    for reason, cost in (("stop", 6.497982), ("length", 12.663497), ("tool_calls", 0.871224)):
        store.observe_call(call(finish_reason=reason, tenant="a", cost_usd=cost))
    before = family(store, "llm_cost_usd").samples[("openai", "gpt-4o", "a", "", "")]
    clock[0] = DAY
    store.tick()
    for reason in ("stop", "tool_calls"):
        store.observe_call(call(finish_reason=reason, tenant="a", cost_usd=0.0))
    clock[0] = DAY + 3600
    store.tick()
    assert store.expire() == 1  # the length row
    after = family(store, "llm_cost_usd").samples[("openai", "gpt-4o", "a", "", "")]
    assert after >= before


@pytest.mark.timeout(10)
def test_a_label_set_that_expires_whole_keeps_what_it_fed_to_a_live_series():
    # Embeddings and chat calls of one model and tenant feed one llm_tokens series. The
    # embeddings series went idle and expired whole, and what it had fed was lost: the sum
    # fell from 1,100 to 1,000, and the nudge that keeps float sums from rounding down
    # stepped up one ulp at a time for ever, in the event loop (found by the status ring's
    # random traffic, 14 of 60 seeds).
    clock = [0.0]
    store = Store(Config(), clock=lambda: clock[0])
    store.observe_call(call(operation="embeddings", tenant="a", input_tokens=100))
    store.observe_call(call(tenant="a", input_tokens=1000, output_tokens=10))
    clock[0] = DAY
    store.tick()
    store.observe_call(call(tenant="a", input_tokens=0, output_tokens=10))
    clock[0] = DAY + 3600
    store.tick()
    before = exposed(store)
    assert store.expire() == 2  # the chat row of day 0, and the embeddings series whole
    after = exposed(store)
    assert after[("llm_tokens", ("openai", "gpt-4o", "input", "a"))] == 1100
    for key, value in after.items():
        assert value >= before[key], key


def test_prompt_rollout_keeps_tenant_totals_and_drops_the_old_version_whole():
    clock = [0.0]
    store = Store(Config(), clock=lambda: clock[0])
    store.observe_call(call(tenant="a", prompt_version="v4", input_tokens=1000,
                            output_tokens=10, finish_reason="stop"))
    clock[0] = DAY / 2
    store.tick()
    store.observe_call(call(tenant="a", prompt_version="v5", input_tokens=1000,
                            output_tokens=10, finish_reason="stop"))
    before = exposed(store)
    clock[0] = DAY * 1.1
    store.tick()
    assert store.expire() == 2  # the v4 row and the v4 answers' lengths
    after = exposed(store)
    cost = {k for k in after if k[0] == "llm_cost_usd"}
    assert {labels[4] for _, labels in cost} == {"v5"}  # the v4 cost series is gone whole
    lengths = {k for k in after if k[0] == "llm_answer_tokens"}
    assert {labels[3] for _, labels in lengths} == {"v5"}
    for key, value in after.items():
        assert value == before[key], key  # every series still exposed kept its value
    assert after[("llm_tokens", ("openai", "gpt-4o", "input", "a"))] == 2000


@pytest.mark.timeout(60)  # an expiry that lost a whole series' part never ended
def test_no_exposed_series_ever_decreases_under_random_traffic_and_expiry():
    import random

    rng = random.Random(7)
    clock = [0.0]
    store = Store(Config(limits=LimitsConfig(series_ttl=3 * 3600.0)), clock=lambda: clock[0])
    previous: dict = {}
    for _ in range(48):  # two days, an hour at a time, with expiry every hour
        for _ in range(rng.randint(0, 40)):
            store.observe_call(call(
                model=rng.choice(["gpt-4o", "gpt-4o-mini"]),
                operation=rng.choice(["chat", "chat", "embeddings"]),
                error_type=rng.choice(["", "", "", "timeout"]),
                tenant=rng.choice(["a", "b", "c"]),
                prompt_version=rng.choice(["v1", "v2", "v3"]),
                finish_reason=rng.choice(["stop", "stop", "length", ""]),
                input_tokens=rng.randint(1, 5000), output_tokens=rng.randint(1, 500),
                ttft_s=0.1, retries=rng.choice([0, 0, 1]), refusal=rng.random() < 0.05))
        clock[0] += 3600
        store.tick()
        store.expire()
        current = exposed(store)
        decreased = {k: (previous[k], v) for k, v in current.items()
                     if k in previous and v < previous[k]}  # not by one ulp either
        assert decreased == {}
        previous = current
    assert store.retired  # the test did exercise partial expiry


def test_a_rare_error_series_lives_as_long_as_its_model():
    # 10 calls an hour, one timeout on day 0 and one on day 2: the second must count as +1
    clock = [0.0]
    store = Store(Config(), clock=lambda: clock[0])
    store.observe_call(call(error_type="timeout"))
    for hour in range(72):
        for _ in range(10):
            store.observe_call(call())
        if hour == 48:
            store.observe_call(call(error_type="timeout"))
        clock[0] += 3600
        store.tick()
        store.expire()
        errors = family(store, "llm_requests").samples.get(
            ("openai", "gpt-4o", "chat", "timeout", ""))
        assert errors == (2 if hour >= 48 else 1), hour


def test_a_label_set_updated_while_the_clock_did_not_tick_is_not_expired():
    # The store stamps updates with the time of its last tick. A loop starved past the TTL
    # (no tick for 100 s, TTL 30 s) used to expire, at the next tick, the label sets it had
    # been updating all along: issue 10 saw a folded __other__ series expire mid-flood.
    config = Config(limits=LimitsConfig(series_ttl=30.0))
    clock = [1000.0]
    store = Store(config, clock=lambda: clock[0])
    store.observe_call(call())
    for t in range(1001, 1100):  # busy: updates go on, no tick runs
        clock[0] = float(t)
        store.observe_call(call())
    clock[0] = 1100.0
    store.tick()
    assert store.expire() == 0
    assert store.calls[("openai", "gpt-4o", "chat", "")].rows
    # idle from here on: it goes at the next tick a TTL after
    clock[0] = 1131.0
    store.tick()
    assert store.expire() > 0 and store.calls == {}


@pytest.mark.parametrize("provider, model, inp", [
    ("openai", "gpt-4o", 300_000),
    ("google", "gemini-2.5-pro", 300_000),  # tiered: input over 200k tokens costs more
    ("google", "gemini-2.5-pro", 100_000),  # three of them, each under the tier
])
def test_aggregated_calls_cost_what_the_same_calls_one_by_one_cost(provider, model, inp):
    one_by_one, aggregated = Store(Config()), Store(Config())
    for _ in range(3):
        one_by_one.observe_call(call(provider=provider, model=model, input_tokens=inp,
                                     output_tokens=1000))
    counts = (3,) + (0,) * len(TOKEN_BUCKETS)  # where they land does not change the price
    for histogram, total in (("duration", 3.0), ("input", 3 * inp), ("output", 3000)):
        aggregated.observe_aggregate(CallAggregate(provider, model, "chat", "", histogram,
                                                   counts, total))
    key = (provider, model, "", "", "")
    expected = family(one_by_one, "llm_cost_usd").samples[key]
    assert expected > 0
    assert family(aggregated, "llm_cost_usd").samples[key] == pytest.approx(expected)
    assert family(aggregated, "llm_requests").samples == {(provider, model, "chat", "", ""): 3}
    assert family(aggregated, "llm_tokens").samples[(provider, model, "input", "")] == 3 * inp


def test_an_aggregate_of_one_token_type_alone_is_priced_and_counted():
    """OTLP may report only output tokens (a model whose input is not metered), or only input
    tokens (embeddings): each is priced alone, and an unpriced model's calls are counted
    once, on their input."""
    store = Store(Config())
    counts = (2,) + (0,) * len(TOKEN_BUCKETS)
    store.observe_aggregate(CallAggregate("openai", "gpt-4o", "chat", "", "output", counts,
                                          2000))
    price = store.prices.lookup("openai", "gpt-4o")
    assert family(store, "llm_cost_usd").samples[("openai", "gpt-4o", "", "", "")] == \
        pytest.approx(2 * price.cost(call(output_tokens=1000)))
    store.observe_aggregate(CallAggregate("vllm", "qwen3-embed", "embeddings", "", "input",
                                          counts, 100))
    assert dict(store.unpriced) == {"vllm": 2}


def _aggregates(calls, **labels):
    """The calls as OTLP would hand them over: one increase per histogram, counted in the
    catalogue's buckets (le is inclusive: the first bound >= the value)."""
    from bisect import bisect_left

    out = []
    for histogram, bounds, field in (("duration", DURATION_BUCKETS, "duration_s"),
                                     ("ttft", DURATION_BUCKETS, "ttft_s"),
                                     ("input", TOKEN_BUCKETS, "input_tokens"),
                                     ("output", TOKEN_BUCKETS, "output_tokens")):
        counts = [0] * (len(bounds) + 1)
        for c in calls:
            counts[bisect_left(bounds, getattr(c, field))] += 1
        out.append(CallAggregate(calls[0].provider, calls[0].model, "chat", "", histogram,
                                 tuple(counts), sum(getattr(c, field) for c in calls), **labels))
    return out


def test_aggregates_expose_what_the_same_calls_one_by_one_expose():
    """Two exports of three calls each, for a priced and an unpriced model: every family,
    the unpriced count and the spend heard are those of the six calls observed one by one,
    and the label sets live as long (stamped with the store's clock)."""
    labels = {"tenant": "acme", "prompt_name": "support", "prompt_version": "v2",
              "finish_reason": "stop"}
    clock = [100.0]
    config = Config(limits=LimitsConfig(series_ttl=60.0))
    spend = {"one": [], "agg": []}
    one_by_one = Store(config, clock=lambda: clock[0])
    aggregated = Store(config, clock=lambda: clock[0])
    for model, provider in (("gpt-4o", "openai"), ("qwen3-32b", "vllm")):
        for export in range(2):
            calls = [call(provider=provider, model=model, duration_s=0.5 + i + 3 * export,
                          ttft_s=0.1 * (i + 1), input_tokens=100 * (i + 1) + 7 * export,
                          output_tokens=40 * (i + 1), **labels) for i in range(3)]
            for c in calls:
                if usd := one_by_one.observe_call(c):
                    spend["one"].append((c.tenant, usd))
            for a in _aggregates(calls, **labels):
                if usd := aggregated.observe_aggregate(a):
                    spend["agg"].append((a.tenant, usd))
    exposed = {f.metric.name: f.samples for f in one_by_one.families()}
    for fam in aggregated.families():
        if fam.metric.name in ("llm_time_per_output_token_seconds",
                               "llm_answer_tokens"):
            continue  # not in OTLP's client metrics
        expected = exposed[fam.metric.name]
        assert fam.samples.keys() == expected.keys(), fam.metric.name
        for k, value in fam.samples.items():
            if fam.metric.kind == "histogram":
                assert value[0] == expected[k][0], (fam.metric.name, k)
                assert value[1] == pytest.approx(expected[k][1]), (fam.metric.name, k)
            else:
                assert value == pytest.approx(expected[k]), (fam.metric.name, k)
    assert exposed["gen_ai_client_operation_time_to_first_chunk_seconds"]  # compared, not empty
    assert dict(aggregated.unpriced) == dict(one_by_one.unpriced) == {"vllm": 6}
    assert sum(u for _, u in spend["agg"]) == pytest.approx(sum(u for _, u in spend["one"]))
    assert {t for t, _ in spend["agg"]} == {"acme"}
    clock[0] = 150.0
    aggregated.tick()
    assert aggregated.expire() == 0  # within the TTL of when they were recorded
    clock[0] = 200.0
    aggregated.tick()
    aggregated.tick()
    assert aggregated.expire() == 4 and aggregated.calls == {}  # 2 series, 1 row each


def test_an_aggregate_is_priced_in_the_tier_its_point_names():
    # after the data's gpt-5 flex price starts (2026-10-12)
    store = Store(Config(), wall_clock=lambda: datetime(2026, 11, 1,
                                                        tzinfo=timezone.utc).timestamp())
    flex = [call(model="gpt-5", service_tier="flex", input_tokens=1000 * (i + 1), ttft_s=0.1,
                 output_tokens=100) for i in range(3)]
    one_by_one = sum(store.prices.lookup("openai", "gpt-5").cost(c, store.wall_now)
                     for c in flex)
    spent = sum(store.observe_aggregate(dataclasses.replace(a, service_tier="flex"))
                for a in _aggregates(flex) if a.histogram in ("input", "output"))
    standard = sum(store.observe_aggregate(a) for a in _aggregates(flex)
                   if a.histogram in ("input", "output"))
    assert spent == pytest.approx(one_by_one) and spent == pytest.approx(standard / 2)


def test_an_aggregate_of_no_calls_makes_no_label_set():
    store = Store(Config())
    store.observe_aggregate(CallAggregate("openai", "gpt-4o", "chat", "", "duration",
                                          (0,) * (len(DURATION_BUCKETS) + 1), 0.0))
    assert store.calls == {} and store.series_count() == 0


def test_agent_aggregates_expose_what_the_same_runs_tools_and_requests_one_by_one_expose():
    """Runs, tool calls, MCP requests and workflows handed over as OTLP histograms feed the
    families their events feed, under the same labels and caps (one agent label: the second
    agent folds into __other__ either way)."""
    config = Config(limits=LimitsConfig(labels=LabelLimits(agent=1)))
    one_by_one, aggregated = Store(config), Store(config)
    runs = [("planner", "", 12.0, 3, 2), ("planner", "max_turns", 300.0, 30, 29),
            ("coder", "", 5.0, 1, 0)]
    tools = [("search", "planner", "", 0.2), ("search", "", "timeout", 30.0)]
    requests = [("orders", "tools/call", "get_order", "", 0.05),
                ("orders", "tools/call", "get_order", "-32603", 0.07)]
    for agent, error, seconds, calls, tool_calls in runs:
        one_by_one.observe_run(AgentRun(agent, seconds, error_type=error),
                               Totals(calls=calls, tool_calls=tool_calls))
        for histogram, bounds, v in (("run_duration", AGENT_DURATION_BUCKETS, seconds),
                                     ("run_calls", CALLS_PER_RUN_BUCKETS, calls),
                                     ("run_tools", CALLS_PER_RUN_BUCKETS, tool_calls)):
            aggregated.observe_agent_aggregate(AgentAggregate(
                histogram, _one(bounds, v), v, agent=agent,
                error_type=error if histogram == "run_duration" else ""))
    for tool, agent, error, seconds in tools:
        one_by_one.observe_tool(ToolCall(tool, seconds, error_type=error, agent=agent))
        aggregated.observe_agent_aggregate(AgentAggregate(
            "tool_duration", _one(DURATION_BUCKETS, seconds), seconds, agent=agent, tool=tool,
            error_type=error))
    for server, method, tool, error, seconds in requests:
        one_by_one.observe_mcp(McpOperation(method, seconds, server=server, tool=tool,
                                            error_type=error))
        aggregated.observe_agent_aggregate(AgentAggregate(
            "mcp_duration", _one(MCP_BUCKETS, seconds), seconds, server=server, method=method,
            tool=tool, error_type=error))
    one_by_one.observe_step(Step("triage", "invoke_workflow", 40.0))
    aggregated.observe_agent_aggregate(AgentAggregate(
        "workflow_duration", _one(STEP_BUCKETS, 40.0), 40.0, workflow="triage"))
    exposed = {f.metric.name: f.samples for f in one_by_one.families()}
    for name in ("gen_ai_invoke_agent_duration_seconds", "gen_ai_invoke_agent_inference_calls",
                 "gen_ai_invoke_agent_tool_calls", "gen_ai_execute_tool_duration_seconds",
                 "mcp_client_operation_duration_seconds",
                 "llm_workflow_step_duration_seconds"):
        assert family(aggregated, name).samples == exposed[name], name
        assert exposed[name], name  # compared, not empty
    assert (OTHER,) in exposed["gen_ai_invoke_agent_inference_calls"]
    with pytest.raises(ValueError):
        aggregated.observe_agent_aggregate(AgentAggregate("runs", _one(STEP_BUCKETS, 1.0), 1.0))


def _one(bounds: tuple[float, ...], value: float) -> tuple[int, ...]:
    """One value as a histogram's increase in ``bounds``."""
    counts = [0] * (len(bounds) + 1)
    counts[bisect.bisect_left(bounds, value)] += 1
    return tuple(counts)


def test_answer_checks_are_counted_by_prompt_check_and_result():
    store = Store(Config())
    store.observe_call(call(prompt_name="support", prompt_version="v2", output_tokens=300,
                            reasoning_tokens=100, checks={"refusal": "fail", "hedge": "pass"}))
    store.observe_call(call(prompt_name="support", prompt_version="v2", output_tokens=50,
                            checks={"refusal": "pass", "hedge": "pass"}))
    checks = family(store, "llm_answer_checks").samples
    key = ("openai", "gpt-4o", "support", "v2")
    assert checks == {(*key, "refusal", "fail"): 1, (*key, "hedge", "pass"): 2,
                      (*key, "refusal", "pass"): 1}
    counts, total = family(store, "llm_answer_tokens").samples[key]
    assert total == 200 + 50  # reasoning is not part of the answer
    assert sum(counts) == 2


def test_answer_lengths_leave_out_failures_and_embeddings():
    store = Store(Config())
    store.observe_call(call(output_tokens=10, error_type="timeout"))
    store.observe_call(call(model="text-embedding-3-small", operation="embeddings",
                            input_tokens=10, output_tokens=0))
    store.observe_call(call(input_tokens=5))  # no output tokens reported
    assert family(store, "llm_answer_tokens").samples == {}


def test_check_names_past_their_cap_fold_into_other():
    store = Store(Config(limits=LimitsConfig(labels=LabelLimits(check=2))))
    store.observe_call(call(checks={"a": "pass", "b": "pass", "c": "fail", "d": "fail"}))
    checks = family(store, "llm_answer_checks").samples
    assert {k[4:]: n for k, n in checks.items()} == {("a", "pass"): 1, ("b", "pass"): 1,
                                                     (OTHER, "fail"): 2}
    assert store.limiter.overflow["check"] == 2


def test_idle_answer_series_expire_and_free_their_check_names():
    clock = [0.0]
    store = Store(Config(limits=LimitsConfig(labels=LabelLimits(check=1))),
                  clock=lambda: clock[0])
    store.observe_call(call(prompt_name="old", checks={"a": "pass"}))
    clock[0] = 2 * 86400.0
    store.tick()
    store.observe_call(call(prompt_name="new"))  # keeps the call series alive
    store.tick()
    store.expire()
    assert family(store, "llm_answer_checks").samples == {}
    store.observe_call(call(prompt_name="new", checks={"b": "fail"}))
    assert set(family(store, "llm_answer_checks").samples) == {
        ("openai", "gpt-4o", "new", "", "b", "fail")}


def test_a_row_whose_answer_series_expired_gets_a_live_one_again():
    clock = [0.0]
    store = Store(Config(), clock=lambda: clock[0])
    store.observe_call(call(prompt_name="p", output_tokens=10, finish_reason="stop"))
    for hour in range(1, 50):  # two days of calls that report no output tokens
        clock[0] = hour * 3600.0
        store.tick()
        store.observe_call(call(prompt_name="p", finish_reason="stop"))
        store.tick()
        store.expire()
    assert family(store, "llm_answer_tokens").samples == {}  # the idle answer series went
    store.observe_call(call(prompt_name="p", output_tokens=20, finish_reason="stop"))
    counts, total = family(store, "llm_answer_tokens").samples[("openai", "gpt-4o", "p", "")]
    assert (sum(counts), total) == (1, 20)


FRESH = itertools.count()


@pytest.mark.parametrize("label, keep_alive, newcomer", [
    # a value still used by another call series, a row, a live feedback histogram, step or
    # answer series keeps its place in the cap when the call series that brought it expire
    # (each time in a new label set, so that the value is admitted again, not looked up)
    ("model", lambda s: s.observe_call(call(model="m1", operation=f"op{next(FRESH)}")),
     lambda s: s.observe_call(call(model="m2"))),
    ("tenant", lambda s: s.observe_call(call(model="m5", tenant="t1",
                                             prompt_name=f"q{next(FRESH)}")),
     lambda s: s.observe_call(call(model="m5", tenant="t2"))),
    ("model", lambda s: s.observe_feedback(Feedback(name="rating", value=1.0, model="m1")),
     lambda s: s.observe_call(call(model="m2"))),
    ("feedback_name", lambda s: s.observe_feedback(Feedback(name="rating", value=1.0)),
     lambda s: s.observe_feedback(Feedback(name="thumbs", value=1.0))),
    ("prompt_name", lambda s: s.observe_feedback(Feedback(name="r", value=1.0,
                                                         prompt_name="p1")),
     lambda s: s.observe_call(call(model="m1", prompt_name="p2"))),
    ("prompt_version", lambda s: s.observe_feedback(Feedback(name="r", value=1.0,
                                                            prompt_version="v1")),
     lambda s: s.observe_call(call(model="m1", prompt_version="v2"))),
    ("workflow", lambda s: s.observe_step(Step(workflow="w1", step="s1", duration_s=0.1)),
     lambda s: s.observe_step(Step(workflow="w2", step="s1", duration_s=0.1))),
    ("step", lambda s: s.observe_step(Step(workflow="w1", step="s1", duration_s=0.1)),
     lambda s: s.observe_step(Step(workflow="w1", step="s2", duration_s=0.1))),
    ("error_type", lambda s: s.observe_step(Step(workflow="w", step="s", duration_s=0.1,
                                                error_type="timeout")),
     lambda s: s.observe_call(call(model="m1", error_type="rate_limit"))),
    ("check", lambda s: s.observe_call(call(model="keep", checks={"json": "pass"})),
     lambda s: s.observe_call(call(model="keep", checks={"empty": "pass"}))),
])
def test_a_value_still_live_elsewhere_keeps_its_place_after_an_expiry(label, keep_alive,
                                                                      newcomer):
    clock = [1000.0]
    store = Store(Config(limits=LimitsConfig(series_ttl=60.0, labels=LabelLimits(
        **{label: 1}))), clock=lambda: clock[0])
    # the value first comes with a call that will expire...
    store.observe_call(call(model="m1", prompt_name="p1", prompt_version="v1", tenant="t1",
                            error_type="timeout", checks={"json": "pass"}))
    store.observe_feedback(Feedback(name="rating", value=1.0))
    store.observe_step(Step(workflow="w1", step="s1", duration_s=0.1))
    for _ in range(3):  # ...while something else keeps using it
        clock[0] += 50
        store.tick()
        keep_alive(store)
    assert store.expire() > 0
    before = store.limiter.overflow[label]
    newcomer(store)  # a new value: the cap of one is still taken...
    assert store.limiter.overflow[label] == before + 1, label
    keep_alive(store)  # ...by the value that kept its place: not folded
    assert store.limiter.overflow[label] == before + 1, label


def test_feedback_and_step_histograms_count_every_observation():
    from llm_exporter.metrics import FEEDBACK_BUCKETS, STEP_BUCKETS

    store = Store(Config())
    for value in (0.8, 0.8, 0.8, 0.2):
        store.observe_feedback(Feedback(name="rating", value=value, model="m"))
    for seconds in (0.5, 0.5, 3.0):
        store.observe_step(Step(workflow="rag", step="retrieve", duration_s=seconds))
    (counts, total), = family(store, "llm_feedback_score").samples.values()
    assert counts[FEEDBACK_BUCKETS.index(0.8)] == 3 and counts[FEEDBACK_BUCKETS.index(0.2)] == 1
    assert sum(counts) == 4 and total == pytest.approx(2.6)
    (counts, total), = family(store, "llm_workflow_step_duration_seconds").samples.values()
    assert counts[STEP_BUCKETS.index(0.64)] == 2 and counts[STEP_BUCKETS.index(5.12)] == 1
    assert sum(counts) == 3 and total == pytest.approx(4.0)


def test_at_the_label_set_cap_a_known_step_still_counts_and_a_new_one_folds():
    store = Store(Config(limits=LimitsConfig(label_sets=1)))
    store.observe_step(Step(workflow="rag", step="retrieve", duration_s=0.1))
    store.observe_step(Step(workflow="rag", step="retrieve", duration_s=0.1))  # known: counted
    store.observe_step(Step(workflow="rag", step="rerank", duration_s=0.1))  # new: folded
    steps = {k: sum(c) for k, (c, _) in
             family(store, "llm_workflow_step_duration_seconds").samples.items()}
    assert steps[("rag", "retrieve", "")] == 2
    assert steps == {("rag", "retrieve", ""): 2, (OTHER, OTHER, ""): 1}
    assert store.limiter.overflow["label_sets"] == 1


def test_at_the_label_set_cap_new_feedback_and_answers_share_one_folded_series():
    store = Store(Config(limits=LimitsConfig(label_sets=4)))
    store.observe_feedback(Feedback(name="rating", value=1.0))
    store.observe_call(call(prompt_name="p1", checks={"json": "pass"}))  # series, row, answers
    assert store.series_count() == 4  # the cap: anything new folds from here on
    for name in ("rating", "thumbs", "eval"):
        store.observe_feedback(Feedback(name=name, value=0.5))
    feedback = {k: sum(c) for k, (c, _) in family(store, "llm_feedback_score").samples.items()}
    assert feedback == {("rating", "", "", ""): 2, (OTHER, OTHER, OTHER, OTHER): 2}
    for prompt in ("p1", "p2", "p3"):  # p1's row exists: its answers are known
        store.observe_call(call(prompt_name=prompt, checks={"json": "fail"}))
    checks = family(store, "llm_answer_checks").samples
    assert checks == {("openai", "gpt-4o", "p1", "", "json", "pass"): 1,
                      ("openai", "gpt-4o", "p1", "", "json", "fail"): 1,
                      (OTHER, OTHER, OTHER, OTHER, "json", "fail"): 2}


def test_refusals_add_up_across_tenants_and_prompts_of_a_model():
    store = Store(Config())
    store.observe_call(call(refusal=True, tenant="a"))
    store.observe_call(call(refusal=True, tenant="b", prompt_name="p"))
    store.observe_call(call(tenant="c"))
    assert family(store, "llm_refusals").samples == {("openai", "gpt-4o"): 2}


def test_expire_at_a_given_time_drops_what_was_idle_for_the_ttl_before_it():
    clock = [1000.0]
    store = Store(Config(limits=LimitsConfig(series_ttl=100.0)), clock=lambda: clock[0])
    store.observe_call(call(model="old"))
    clock[0] = 1080.0
    store.tick()
    store.observe_call(call(model="new"))
    assert store.expire(now=1150.0) == 2  # "old" (seen at 1000) is past 1050; "new" is not
    assert {k[1] for k in store.calls} == {"new"}


def test_what_was_seen_exactly_a_ttl_before_stays_and_an_idle_models_errors_go_with_it():
    """The TTL boundary, for every kind of label set: seen at exactly ``now - ttl`` is kept.
    A model's error series stay while the model serves, and go once it is idle too."""
    clock = [1000.0]
    store = Store(Config(limits=LimitsConfig(series_ttl=100.0)), clock=lambda: clock[0])
    store.observe_call(call(model="idle", error_type="timeout"))  # first in the table
    store.observe_call(call(model="idle"))
    store.observe_call(call(model="serving", error_type="timeout"))
    clock[0] = 1050.0
    store.tick()
    store.observe_call(call(model="serving", output_tokens=10, checks={"json": "pass"}))
    store.observe_feedback(Feedback(name="rating", value=1.0))
    store.observe_step(Step(workflow="w", step="s", duration_s=0.1))
    # cutoff 1050: "idle" (1000) goes with its error series; "serving" and its error
    # series (seen at 1000, kept by the model's success at 1050) stay, and so does
    # everything seen at 1050
    assert store.expire(now=1150.0) == 4  # two call series, a row each
    assert set(store.calls) == {("openai", "serving", "chat", "timeout"),
                                ("openai", "serving", "chat", "")}
    assert len(store.feedback) == len(store.steps) == len(store.answers) == 1
    assert store.expire(now=1150.5) == 2 + 2 + 3  # now all of it: 2 series, 2 rows, 3 more


def test_label_sets_held_after_an_expiry_count_every_kind_and_the_totals_kept():
    clock = [1000.0]
    store = Store(Config(limits=LimitsConfig(series_ttl=60.0)), clock=lambda: clock[0])

    def alive():
        store.observe_call(call(model="gpt-4o", tenant="a", finish_reason="stop",
                                output_tokens=5, checks={"json": "pass"}))
        store.observe_call(call(model="gpt-4o-mini", tenant="a"))
        store.observe_feedback(Feedback(name="rating", value=1.0))
        store.observe_step(Step(workflow="w", step="s", duration_s=0.1))

    alive()
    store.observe_call(call(model="gpt-4o", tenant="b", finish_reason="stop"))
    assert store.series_count() == 2 + 3 + 1 + 1 + 1  # series, rows, feedback, step, answers
    clock[0] = 1100.0
    store.tick()
    alive()
    clock[0] = 1101.0
    store.tick()
    assert store.expire() == 1  # tenant b's row
    # its request count goes whole (no other row has tenant b); its finish reason is kept
    # as a total beside gpt-4o's live row, so that llm_finish_reasons does not go down
    assert store.series_count() == 2 + 2 + 1 + 1 + 1 + 1
    assert family(store, "llm_finish_reasons").samples[("openai", "gpt-4o", "stop")] == 3


def test_expiry_never_takes_a_histogram_sum_down_by_rounding():
    # Time per output token sums a model's operations; the middle one expiring re-orders the
    # float sum ((a + b) + c before, (a + c) + b after), which would come out an ulp lower.
    clock = [0.0]
    store = Store(Config(limits=LimitsConfig(series_ttl=60.0)), clock=lambda: clock[0])
    for operation, seconds in (("chat", 6.497982), ("text_completion", 12.663497),
                               ("generate_content", 0.871224)):
        store.observe_call(call(operation=operation, duration_s=seconds, ttft_s=0.0,
                                output_tokens=2))
    (before,) = family(store, "llm_time_per_output_token_seconds").samples.values()
    clock[0] = 100.0
    store.tick()
    for operation in ("chat", "generate_content"):
        store.observe_call(call(operation=operation, duration_s=0.0, ttft_s=0.0,
                                output_tokens=2))
    clock[0] = 101.0
    store.tick()
    assert store.expire() == 2  # text_completion's series and its row
    (after,) = family(store, "llm_time_per_output_token_seconds").samples.values()
    assert sum(after[0]) == 5 and after[1] >= before[1]


def _hist(samples, key, bounds, value):
    counts, total = samples.get(key, ([0] * (len(bounds) + 1), 0))
    counts[bisect.bisect_left(bounds, value)] += 1
    samples[key] = (counts, total + value)


def test_random_calls_expose_what_a_plain_recount_of_them_says():
    """An oracle: 2,000 random calls (priced and unpriced models, errors, embeddings,
    cached and reasoning tokens, refusals, retries, answer checks, a caller's own cost),
    recounted here label by label from the metric catalogue (docs/metrics.md), must be
    exactly what the store exposes, and each priced call's cost is what observe_call says it
    cost."""
    from llm_exporter.metrics import ANSWER_BUCKETS, TPOT_BUCKETS

    rng = random.Random(7)
    heard = collections.defaultdict(float)
    store = Store(Config())
    want = collections.defaultdict(dict)
    want_spend = collections.defaultdict(float)
    unpriced = collections.Counter()

    def add(name, key, n):
        want[name][key] = want[name].get(key, 0) + n

    for _ in range(2000):
        provider, model = rng.choice([("openai", "gpt-4o"), ("anthropic", "claude-sonnet-4-5"),
                                      ("vllm", "qwen3-32b")])
        operation = rng.choice(["chat", "chat", "embeddings"])
        error = rng.choice(["", "", "", "timeout"])
        inp = rng.choice([None, 0, rng.randint(1, 300_000)])
        out = rng.choice([None, 0, 1, rng.randint(2, 5000)])
        cache_read = rng.randint(0, inp // 2) if inp else None
        cache_write = rng.randint(0, inp // 4) if inp else None
        reasoning = rng.randint(0, out) if out else None
        duration = rng.uniform(0.001, 120)
        ttft = rng.choice([None, duration * rng.random()])
        c = call(provider=provider, model=model, operation=operation, error_type=error,
                 duration_s=duration, ttft_s=ttft, input_tokens=inp, output_tokens=out,
                 cache_read_tokens=cache_read, cache_write_tokens=cache_write,
                 reasoning_tokens=reasoning, tenant=rng.choice(["", "acme", "globex"]),
                 prompt_name=rng.choice(["", "support"]), prompt_version=rng.choice(["", "v2"]),
                 finish_reason=rng.choice(["", "stop", "length"]), refusal=rng.random() < 0.1,
                 retries=rng.choice([0, 0, 1, 2]),
                 cost_usd=rng.choice([None, None, None, rng.uniform(0, 0.1)]),
                 checks=rng.choice([None, {"json": rng.choice(["pass", "fail"])}]))
        if usd := store.observe_call(c):
            heard[c.tenant] += usd
        pm, op = (provider, model), (provider, model, operation)
        _hist(want["gen_ai_client_operation_duration_seconds"], (*op, error), DURATION_BUCKETS,
              duration)
        if ttft is not None:
            _hist(want["gen_ai_client_operation_time_to_first_chunk_seconds"], op,
                  DURATION_BUCKETS, ttft)
            if out is not None and out > 1:
                _hist(want["llm_time_per_output_token_seconds"], pm, TPOT_BUCKETS,
                      (duration - ttft) / (out - 1))
        for token_type, n in (("input", inp), ("output", out)):
            if n is not None:
                _hist(want["gen_ai_client_token_usage"], (*op, token_type), TOKEN_BUCKETS, n)
        add("llm_requests", (*op, error, c.tenant), 1)
        counted = {"input": inp, "output": out, "cache_read": cache_read if inp else 0,
                   "cache_write": cache_write if inp else 0, "reasoning": reasoning if out else 0}
        for token_type, n in counted.items():
            if n:
                add("llm_tokens", (*pm, token_type, c.tenant), n)
        price = store.prices.lookup(provider, model)
        cost = c.cost_usd if c.cost_usd is not None else price.cost(c) if price else 0.0
        if c.cost_usd is None and price is None:
            unpriced[provider] += 1
        if cost or price is not None:
            add("llm_cost_usd", (*pm, c.tenant, c.prompt_name, c.prompt_version), cost)
        want_spend[c.tenant] += cost
        if c.finish_reason:
            add("llm_finish_reasons", (*pm, c.finish_reason), 1)
        if c.refusal:
            add("llm_refusals", pm, 1)
        if c.retries:
            add("llm_retries", pm, c.retries)
        answers = (*pm, c.prompt_name, c.prompt_version)
        if out and operation != "embeddings" and not error:
            _hist(want["llm_answer_tokens"], answers, ANSWER_BUCKETS, out - (reasoning or 0))
        for check, result in (c.checks or {}).items():
            add("llm_answer_checks", (*answers, check, result), 1)

    exposed = {f.metric.name: f.samples for f in store.families()}
    assert set(want) <= set(exposed)
    for name, samples in want.items():
        assert exposed[name].keys() == samples.keys(), name
        for k, value in samples.items():
            got = exposed[name][k]
            if isinstance(value, tuple):  # a histogram: counts exactly, the sum to rounding
                assert list(got[0]) == value[0], (name, k)
                assert got[1] == pytest.approx(value[1], rel=1e-9), (name, k)
            else:
                assert got == pytest.approx(value, rel=1e-9), (name, k)
    assert dict(store.unpriced) == dict(unpriced) and unpriced["vllm"] > 0
    assert heard.keys() == {t for t, usd in want_spend.items() if usd}
    for tenant, usd in want_spend.items():
        assert heard[tenant] == pytest.approx(usd, rel=1e-9)
