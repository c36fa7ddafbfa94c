"""The store: per-event updates, aggregation into families, limits, TTL expiry."""

import pytest

from llm_exporter.config import Config, LabelLimits, LimitsConfig
from llm_exporter.sidecar.decode import Feedback, LlmCall, Step
from llm_exporter.sidecar.limits import OTHER
from llm_exporter.sidecar.store import DURATION_BUCKETS, Store


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


def test_ttl_zero_keeps_everything():
    store = Store(Config(limits=LimitsConfig(series_ttl=0.0)))
    store.observe_call(call())
    assert store.expire(now=1e12) == 0 and store.calls


def test_exemplar_keeps_latest_trace_per_bucket():
    store = Store(Config())
    store.observe_call(call(duration_s=0.5, trace_id="a" * 32, ts=1.7e9))
    store.observe_call(call(duration_s=0.6, trace_id="b" * 32, span_id="c" * 16, ts=1.7e9 + 1))
    ex = family(store, "gen_ai_client_operation_duration_seconds").exemplars[
        ("openai", "gpt-4o", "chat", "")]
    assert list(ex.values()) == [("b" * 32, "c" * 16, 0.6, 1.7e9 + 1)]
