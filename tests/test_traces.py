"""Spans of counted calls (``sidecar/traces.py``): the GenAI span, the sampling rules, the
bounded queue, and Retry-After."""

import random

import pytest
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

from llm_exporter.config import TraceSampling, TracesConfig
from llm_exporter.sidecar.decode import Feedback, LlmCall, Step
from llm_exporter.sidecar.traces import COST_ATTRIBUTE, SpanExporter, retry_after

APP_TRACE, APP_SPAN = "5b8efff798038103d269b633813fc60c", "eee19b7ec3c1b174"


def exporter(**sampling) -> SpanExporter:
    config = TracesConfig(endpoint="http://127.0.0.1:9/v1/traces", max_queue_spans=3,
                          sampling=TraceSampling(**sampling))
    return SpanExporter(config, wall_clock=lambda: 1_700_000_000.0, rng=random.Random(1))


def attrs(span: Span) -> dict:
    out = {}
    for kv in span.attributes:
        kind = kv.value.WhichOneof("value")
        value = getattr(kv.value, kind)
        out[kv.key] = [v.string_value for v in value.values] if kind == "array_value" else value
    return out


def test_a_call_becomes_a_genai_client_span_under_the_apps_span():
    call = LlmCall(model="gpt-4o", duration_s=2.5, provider="openai", response_model="gpt-4o-1",
                   input_tokens=100, output_tokens=20, cache_read_tokens=30,
                   reasoning_tokens=5, ttft_s=0.3, finish_reason="stop", tenant="acme",
                   prompt_name="greet", prompt_version="v2", trace_id=APP_TRACE,
                   span_id=APP_SPAN, ts=1_700_000_100.0)
    span = exporter().span(call, 0.00125)
    assert (span.name, span.kind) == ("chat gpt-4o", Span.SPAN_KIND_CLIENT)
    assert span.trace_id.hex() == APP_TRACE and span.parent_span_id.hex() == APP_SPAN
    assert span.span_id.hex() != APP_SPAN and len(span.span_id) == 8
    assert span.end_time_unix_nano - span.start_time_unix_nano == 2_500_000_000
    assert span.end_time_unix_nano == 1_700_000_100 * 10**9
    assert attrs(span) == {
        "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o",
        "gen_ai.provider.name": "openai", "gen_ai.response.model": "gpt-4o-1",
        "gen_ai.usage.input_tokens": 100, "gen_ai.usage.output_tokens": 20,
        "gen_ai.usage.cache_read.input_tokens": 30,
        "gen_ai.usage.reasoning.output_tokens": 5,
        "gen_ai.response.time_to_first_chunk": 0.3,
        "gen_ai.response.finish_reasons": ["stop"], "gen_ai.prompt.name": "greet",
        "llm_exporter.prompt_version": "v2", "llm_exporter.tenant": "acme",
        COST_ATTRIBUTE: 0.00125}
    assert span.status.code == Status.STATUS_CODE_UNSET


def test_a_call_without_ids_keeps_the_ids_it_was_given_and_a_failure_is_an_error_span():
    e = exporter()
    trace_id, span_id = e.ids_for()
    call = LlmCall(model="m", duration_s=1.0, error_type="rate_limit", trace_id=trace_id,
                   span_id=span_id)
    span = e.span(call, 0.0, own_ids=True)
    assert (span.trace_id.hex(), span.span_id.hex(), span.parent_span_id) == (
        trace_id, span_id, b"")
    assert span.status.code == Status.STATUS_CODE_ERROR
    assert attrs(span)["error.type"] == "rate_limit" and COST_ATTRIBUTE not in attrs(span)
    assert span.end_time_unix_nano == 1_700_000_000 * 10**9  # no ts: the wall clock


@pytest.mark.parametrize("call, cost, decision", [
    (LlmCall(model="m", duration_s=1.0, error_type="timeout"), 0.0, "error"),
    (LlmCall(model="m", duration_s=31.0), 0.0, "slow"),
    (LlmCall(model="m", duration_s=1.0), 0.6, "costly"),
    (LlmCall(model="m", duration_s=1.0, refusal=True), 0.0, "refusal"),
    # by the trace id's low 64 bits, as TraceIdRatioBased: under half of 2**64 is kept
    (LlmCall(model="m", duration_s=1.0, trace_id="0" * 16 + "7" + "f" * 15), 0.0, "ratio"),
    (LlmCall(model="m", duration_s=1.0, trace_id="0" * 16 + "8" + "0" * 15), 0.0,
     "sampled_out"),
])
def test_sampling_is_decided_on_the_whole_call(call, cost, decision):
    e = exporter(ratio=0.5, slower_than=30.0, costlier_than_usd=0.5)
    assert e.decide(call, cost) == decision


def test_the_ratio_keeps_its_share_of_calls_without_a_trace_id():
    e = exporter(ratio=0.25)
    kept = sum(e.decide(LlmCall(model="m", duration_s=1.0), 0.0) == "ratio"
               for _ in range(20_000))
    assert 0.23 < kept / 20_000 < 0.27  # 0.25 ± 7 standard deviations


def test_past_max_queue_spans_new_spans_are_dropped_and_counted():
    e = exporter(ratio=1.0)
    for _ in range(5):
        e.offer(LlmCall(model="m", duration_s=1.0), 0.0)
    assert len(e.queue) == 3 and e.dropped["queue_full"] == 2 and e.decisions["ratio"] == 5


@pytest.mark.parametrize("header, expected", [
    ("3", 3.0), ("0.5", 0.5), ("1e9", 60.0), ("-1", 0.0), ("nan", 2.0),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 2.0), (None, 2.0)])
def test_retry_after_is_read_in_seconds_and_bounded(header, expected):
    assert retry_after(header, 2.0) == expected


def test_a_low_score_within_the_grace_period_keeps_a_sampled_out_trace():
    now = [0.0]
    config = TracesConfig(endpoint="http://127.0.0.1:9/v1/traces", max_queue_spans=3,
                          sampling=TraceSampling(ratio=0.0, feedback_below=0.5,
                                                 feedback_grace=30.0))
    e = SpanExporter(config, rng=random.Random(1), clock=lambda: now[0])
    for trace in ("a" * 32, "b" * 32, "c" * 32):
        e.offer(LlmCall(model="m", duration_s=1.0, trace_id=trace), 0.0)
    assert not e.queue and e.held == 3  # on probation
    e.feedback(Feedback(name="thumbs", value=0.9, trace_id="a" * 32))  # not low: no effect
    e.feedback(Feedback(name="thumbs", value=0.0, trace_id="b" * 32))
    assert [s.trace_id.hex() for s in e.queue] == ["b" * 32]
    assert e.decisions["feedback"] == 1
    now[0] = 31.0
    e.expire()
    assert e.held == 0 and e.decisions["sampled_out"] == 2
    e.feedback(Feedback(name="thumbs", value=0.0, trace_id="a" * 32))  # too late
    assert len(e.queue) == 1
    for i in range(5):  # probation is bounded by max_queue_spans: the oldest goes first
        e.offer(LlmCall(model="m", duration_s=1.0, trace_id=f"{i:032x}"), 0.0)
    assert e.held == 3 and list(e.probation)[0] == f"{2:032x}"


def test_a_workflow_is_kept_whole_when_one_of_its_spans_is_and_waits_for_its_root():
    e = exporter(ratio=0.0)
    trace = "ab" * 16
    step = Step(workflow="w", step="retrieval", duration_s=0.1, trace_id=trace,
                span_id="1" * 16, parent_span_id="2" * 16)
    failed = LlmCall(model="m", duration_s=1.0, error_type="timeout", trace_id=trace,
                     span_id="3" * 16, parent_span_id="2" * 16)
    root = Step(workflow="w", step="invoke_workflow", duration_s=2.0, trace_id=trace,
                span_id="2" * 16, parent_span_id="")
    e.offer(step)
    e.offer(failed)
    assert not e.queue and e.held == 2  # waiting for the root
    e.offer(root)
    assert [s.span_id.hex() for s in e.queue] == ["1" * 16, "3" * 16, "2" * 16]
    assert (e.decisions["error"], e.decisions["trace"]) == (1, 2)
    calm = "cd" * 16  # nothing kept it: all three go
    for s in (step, root):
        e.offer(Step(workflow="w", step=s.step, duration_s=0.1, trace_id=calm,
                     span_id=s.span_id, parent_span_id=s.parent_span_id))
    assert len(e.queue) == 3 and e.decisions["sampled_out"] == 2
