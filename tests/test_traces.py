"""Spans of counted calls (``sidecar/sinks/traces.py``): the GenAI span, the sampling rules, the
bounded queue, and Retry-After."""

import asyncio
import json
import random
import tracemalloc

import pytest
from aiohttp import web
from hypothesis import given, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceResponse
from opentelemetry.proto.trace.v1.trace_pb2 import Span, SpanFlags, Status

from llm_exporter import client
from llm_exporter.config import TraceSampling, TracesConfig
from llm_exporter.sidecar.core.decode import Feedback, LlmCall, Step, decode_event
from llm_exporter.sidecar.sinks.traces import (
    COST_ATTRIBUTE,
    MAX_ANSWER_BYTES,
    TRACE_WAIT,
    SpanExporter,
    retry_after,
)

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


def test_a_workflow_continued_from_another_service_is_exported_without_waiting():
    """client.workflow(traceparent=...) is the local root of its trace's part: its spans are
    decided when it ends, not TRACE_WAIT later (they used to wait the full 60 s)."""
    now = [0.0]
    e = SpanExporter(TracesConfig(endpoint="http://127.0.0.1:9/v1/traces"),
                     wall_clock=lambda: 1_700_000_000.0, rng=random.Random(1),
                     clock=lambda: now[0])
    sent: list[dict] = []

    class Capture:
        def emit(self, event: dict) -> None:
            sent.append(event)

    caller = f"00-{APP_TRACE}-{APP_SPAN}-01"
    with client.workflow("support", traceparent=caller, emitter=Capture()):
        with client.step("lookup", emitter=Capture()):
            with client.workflow("inner", emitter=Capture()):  # nested: a local parent
                pass
    events = [decode_event(json.dumps(event).encode()) for event in sent]
    inner, lookup, root = events
    assert root.remote_parent and not lookup.remote_parent and not inner.remote_parent
    e.offer(inner)
    e.offer(lookup)
    assert not e.queue and e.held == 2  # a local parent is still awaited
    e.offer(root)  # the clock has not moved: nothing expired, the root settled it
    assert e.held == 0 and len(e.queue) == 3
    spans = {s.name: s for s in e.queue}
    workflow = spans["invoke_workflow support"]
    assert (workflow.trace_id.hex(), workflow.parent_span_id.hex()) == (APP_TRACE, APP_SPAN)
    assert workflow.flags == (SpanFlags.SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK
                              | SpanFlags.SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK)
    assert spans["lookup"].flags == 0 and spans["lookup"].parent_span_id == workflow.span_id
    # an event from an older client, without remote_parent, still waits for TRACE_WAIT
    old = Step(workflow="w", step="invoke_workflow", duration_s=1.0, trace_id="ef" * 16,
               span_id="4" * 16, parent_span_id=APP_SPAN)
    e.offer(old)
    assert e.held == 1
    now[0] = TRACE_WAIT
    e.expire()
    assert e.held == 0 and len(e.queue) == 4


def _answer_server(status: int, total: int, body: bytes = b""):
    """An aiohttp app answering every POST with ``body``, or with ``total`` bytes written
    1 MiB at a time (never built whole); ``sent`` counts what it wrote before the client
    went away."""
    sent = [0]
    chunk = b"\x0a" * (1 << 20)

    async def answer(request: web.Request) -> web.StreamResponse:
        await request.read()
        if body or not total:
            return web.Response(status=status, body=body,
                                content_type="application/x-protobuf")
        response = web.StreamResponse(status=status)
        response.content_length = total
        await response.prepare(request)
        try:
            while sent[0] < total:
                await response.write(chunk)
                sent[0] += len(chunk)
        except ConnectionError:
            pass
        return response

    app = web.Application()
    app.router.add_post("/v1/traces", answer)
    return app, sent


async def _export(app: web.Application, spans: int = 3) -> SpanExporter:
    """One export of ``spans`` spans to ``app`` on a local port."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        e = SpanExporter(TracesConfig(
            endpoint=f"http://127.0.0.1:{runner.addresses[0][1]}/v1/traces"))
        for _ in range(spans):
            e.offer(LlmCall(model="m", duration_s=1.0), 0.0)
        async with e._session() as session:
            await e.export(session, e._batch(), attempts=1)
        return e
    finally:
        await runner.cleanup()


@pytest.mark.parametrize("status, outcome", [(200, "exported"), (400, "rejected")])
def test_an_answer_over_64_kib_is_not_read_and_its_connection_is_closed(status, outcome,
                                                                         caplog):
    """A receiver answering 64 MiB: at most 64 KiB of it is read (as the Collector reads),
    the connection is closed, the batch is counted. Before: the whole answer was read
    (256 MiB cost +527 MiB of RSS; this one 64 MiB of Python memory, seen by tracemalloc)."""
    total = 64 << 20
    app, sent = _answer_server(status, total)
    tracemalloc.start()
    try:
        e = asyncio.run(_export(app))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20, f"{peak / 2**20:.1f} MiB held while exporting"
    assert sent[0] < total  # the client went away before the end
    counted = {"exported": e.exported, "rejected": e.dropped["rejected"]}
    assert counted[outcome] == 3 and sum(counted.values()) == 3
    assert f"more than {MAX_ANSWER_BYTES} bytes" in caplog.text


@pytest.mark.parametrize("said, rejected, logged", [
    (-1000, 0, "a negative count, ignored"),
    (1000, 3, "all 3 counted as rejected"),
    (2, 2, "rejected 2 spans"),
    (0, 0, ""),
])
def test_what_a_receiver_says_it_rejected_is_held_to_what_was_sent(said, rejected, logged,
                                                                   caplog):
    """partial_success.rejected_spans is the peer's word: -1000 made dropped{rejected}
    negative and exported 1003 of 3 sent."""
    answer = ExportTraceServiceResponse()
    answer.partial_success.rejected_spans = said
    answer.partial_success.error_message = "nope" if said else ""
    e = asyncio.run(_export(_answer_server(200, 0, answer.SerializeToString())[0]))
    assert (e.exported, e.dropped["rejected"]) == (3 - rejected, rejected)
    assert logged in caplog.text


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.binary(max_size=200),  # not a response message at all
    st.builds(lambda n, m: ExportTraceServiceResponse(partial_success={
        "rejected_spans": n, "error_message": m}).SerializeToString(),
        st.integers(-2**63, 2**63 - 1), st.text(max_size=300))),
    st.integers(0, 5))
def test_whatever_a_receiver_answers_the_spans_sent_are_counted_once(answer, sent):
    """The hostile side of the trace receiver's answer: exported and rejected add up to the
    spans sent, and neither is negative."""
    exporter = SpanExporter(TracesConfig(endpoint="http://127.0.0.1:9/v1/traces"))
    exporter._accepted([Span()] * sent, answer)
    assert exporter.exported >= 0 and exporter.dropped["rejected"] >= 0
    assert exporter.exported + exporter.dropped["rejected"] == sent
