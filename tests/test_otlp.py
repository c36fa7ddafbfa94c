"""The OTLP receiver's request handling, without a server: parsing and the loop budget."""

import asyncio
import itertools

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span

from llm_exporter.config import OtlpConfig
from llm_exporter.sidecar.otlp import BadRequest, OtlpReceiver, parse


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

    async def main() -> int:
        turns = 0

        async def other_task():
            nonlocal turns
            while True:
                turns += 1
                await asyncio.sleep(0)
        task = asyncio.create_task(other_task())
        await asyncio.sleep(0)
        before = turns
        await receiver._spans(request(1000))
        task.cancel()
        return turns - before

    # the clock is read every 64 spans and 5 ms pass every 6 reads: 1000 spans, 15 reads,
    # so at least two turns for the other task while they are mapped
    assert asyncio.run(main()) >= 2
    assert len(submitted) == 1000


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
