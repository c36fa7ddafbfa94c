"""The OTLP receiver's request handling, without a server: parsing and the loop budget."""

import asyncio
import itertools

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span

from llm_exporter import vocabulary
from llm_exporter.config import OtlpConfig
from llm_exporter.sidecar.sources.otlp import BadRequest, OtlpReceiver, map_export, parse
from llm_exporter.sidecar.sources.spans import StepSpan


def request(n: int) -> ExportTraceServiceRequest:
    message = ExportTraceServiceRequest()
    scope = message.resource_spans.add().scope_spans.add()
    for _ in range(n):
        scope.spans.append(Span(kind=Span.SPAN_KIND_CLIENT, start_time_unix_nano=1,
                                end_time_unix_nano=10**9, attributes=[
            KeyValue(key="gen_ai.operation.name", value=AnyValue(string_value="chat")),
            KeyValue(key="gen_ai.request.model", value=AnyValue(string_value="m"))]))
    return message


def test_a_large_request_gives_the_loop_turns_while_its_spans_are_mapped():
    ticks = itertools.count()
    submitted = []
    receiver = OtlpReceiver(OtlpConfig(), submitted.append, lambda: None, lambda r: None,
                            clock=lambda: next(ticks) * 0.001)  # 1 ms per clock read

    async def main(message: ExportTraceServiceRequest) -> int:
        turns = 0

        async def other_task():
            nonlocal turns
            while True:
                turns += 1
                await asyncio.sleep(0)
        task = asyncio.create_task(other_task())
        await asyncio.sleep(0)
        before = turns
        await receiver.traces_message(message)
        task.cancel()
        return turns - before

    # the clock is read every 64 spans and 5 ms pass every 6 reads: 1000 spans, 15 reads,
    # so at least two turns for the other task while they are mapped
    assert asyncio.run(main(request(1000))) >= 2
    assert len(submitted) == 1000
    empty = ExportTraceServiceRequest()  # spans that map to nothing are counted as turns too
    empty.resource_spans.add().scope_spans.add().spans.extend([Span()] * 1000)
    assert asyncio.run(main(empty)) >= 2
    resources = ExportTraceServiceRequest()  # and so are resources with no span at all
    for _ in range(1000):
        resources.resource_spans.add()
    assert asyncio.run(main(resources)) >= 2


def test_only_what_spans_map_to_comes_back_from_the_decoder_process():
    # 4·10^6 empty spans in 8 MiB: parsed on the loop they held /healthz 0.4-0.5 s; mapped in
    # the decoder process nothing of them comes back (tests/integration/test_floods.py)
    from google.protobuf.internal.encoder import _VarintBytes

    spans = b"\x12\x00" * 1_000_000  # ScopeSpans.spans, empty
    scope = b"\x12" + _VarintBytes(len(spans)) + spans  # ResourceSpans.scope_spans
    body = b"\x0a" + _VarintBytes(len(scope)) + scope
    assert map_export(body, "application/x-protobuf", OtlpConfig()) == []

    message = request(2)
    scope = message.resource_spans[0].scope_spans[0]
    scope.spans.add(trace_id=b"\x01" * 16, span_id=b"\x02" * 8)  # a root: may end a workflow
    scope.spans.add(trace_id=b"\x01" * 16, span_id=b"\x03" * 8, parent_span_id=b"\x02" * 8)
    scope.spans.add(trace_id=b"\x01" * 16, span_id=b"\x04" * 8, parent_span_id=b"\x02" * 8,
                    attributes=[
        KeyValue(key="gen_ai.operation.name", value=AnyValue(string_value="execute_tool")),
        KeyValue(key="gen_ai.tool.name", value=AnyValue(string_value="search"))])
    [(key, mapped)] = map_export(message.SerializeToString(), "application/x-protobuf",
                                 OtlpConfig())
    assert [(f and f["model"], s and s.fields["step"], root, error,
             [e["type"] for e in others]) for f, s, root, error, others in mapped] == [
        ("m", None, "", "", []), ("m", None, "", "", []), (None, None, "01" * 16, "", []),
        (None, "execute_tool search", "", "", ["tool_call"])]
    json_body = b'{"resourceSpans": [{"scopeSpans": [{"spans": [{}, {"traceId": "%s"}]}]}]}' % (
        b"ab" * 16)
    assert [m for _, m in map_export(json_body, "application/json", OtlpConfig())] == [
        [(None, None, "ab" * 16, "", [])]]
    # 10^6 empty resources: nothing comes back (a list entry each would be ~150 MB pickled)
    assert map_export(b"\x0a\x00" * 1_000_000, "application/x-protobuf", OtlpConfig()) == []
    with pytest.raises(BadRequest):
        map_export(b"\x0a\xff", "application/x-protobuf", OtlpConfig())


def test_parse_refuses_what_is_not_an_export_request():
    body = request(1).SerializeToString()
    assert len(parse(body, ExportTraceServiceRequest, "application/x-protobuf")
               .resource_spans) == 1
    for bad, kind in ((b"\x0a\xff", "application/x-protobuf"), (b"[]", "application/json"),
                      (b'{"resourceSpans": 3}', "application/json"),
                      (b"[" * 100_000, "application/json"),
                      # a lone surrogate where a message or an enum belongs: upb raised
                      # SystemError, answered 500 (the hostile suite's OTLP/JSON found it)
                      (b'{"resourceSpans": ["\\ud800"]}', "application/json"),
                      (b'{"resourceSpans": [{"scopeSpans": [{"spans": [{"kind": "\\ud800"}]}]}]}',
                       "application/json")):
        with pytest.raises(BadRequest) as refused:
            parse(bad, ExportTraceServiceRequest, kind)
        str(refused.value).encode()  # answered in a google.rpc.Status, which must encode


def test_what_waits_for_another_span_is_counted_when_the_receiver_closes():
    submitted = []
    receiver = OtlpReceiver(OtlpConfig(), lambda f: submitted.append(f) or f, lambda: None,
                            lambda *a, **k: None)
    receiver.streams.add(b"r", {"type": "llm_call", "provider": "openai", "model": "gpt-4o",
                                "duration_s": 0.1, vocabulary.STREAM_PART: "open"})
    receiver.workflows.add(StepSpan({"type": "step", "step": "execute_tool t",
                                     "duration_s": 1.0, "trace_id": "t1"}, "execute_tool",
                                    "t", None, None, 1, False))
    assert submitted == []
    asyncio.run(receiver.close())
    assert sorted(f["type"] for f in submitted) == ["llm_call", "step"]


def test_a_runs_span_is_submitted_after_the_other_spans_of_its_export():
    # the SDK's encoder groups an export's spans by scope, in the order each scope first
    # appears: the agent framework's run before the model calls made in it
    message = ExportTraceServiceRequest()
    resource = message.resource_spans.add()
    trace, run = b"\x01" * 16, b"\x02" * 8
    agent_scope, model_scope = resource.scope_spans.add(), resource.scope_spans.add()
    agent_scope.spans.append(Span(trace_id=trace, span_id=run, start_time_unix_nano=1,
                                  end_time_unix_nano=10**9, attributes=[
        KeyValue(key="gen_ai.operation.name", value=AnyValue(string_value="invoke_agent")),
        KeyValue(key="gen_ai.agent.name", value=AnyValue(string_value="a"))]))
    model_scope.spans.extend(request(2).resource_spans[0].scope_spans[0].spans)
    for span in model_scope.spans:
        span.trace_id, span.span_id, span.parent_span_id = trace, b"\x03" * 8, run
    submitted = []
    receiver = OtlpReceiver(OtlpConfig(), lambda f: submitted.append(f) or f, lambda: None,
                            lambda *a, **k: None)
    asyncio.run(receiver.traces_message(message))
    assert [f["type"] for f in submitted] == ["step", "llm_call", "llm_call", "agent_run"]
