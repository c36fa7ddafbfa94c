"""The OTLP/HTTP receiver, fed by the real OpenTelemetry SDK and its OTLP/HTTP exporter, and
by hand-made bodies for what the specification says a receiver answers."""

from __future__ import annotations

import dataclasses
import gzip
import json
import time
import urllib.error
import urllib.request

import pytest
from google.rpc import status_pb2
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.trace import (
    NonRecordingSpan,
    SpanContext,
    SpanKind,
    Status,
    StatusCode,
    TraceFlags,
)

from llm_exporter.config import OtlpConfig

from conftest import RunningSidecar, loopback_config, samples, value

OPENAI = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "gpt-4o",
          "gen_ai_operation_name": "chat"}


@pytest.fixture
def sidecar(tmp_path):
    config = dataclasses.replace(loopback_config(tmp_path), otlp=OtlpConfig(
        listen_address="127.0.0.1:0", max_request_bytes=64 * 1024, step_wait=1.0))
    running = RunningSidecar(config)
    yield running
    running.stop()


def endpoint(sidecar) -> str:
    return f"http://{sidecar.sidecar.otlp.address}"


def tracer(sidecar, **resource):
    provider = TracerProvider(resource=Resource.create({"service.name": "app", **resource}))
    provider.add_span_processor(SimpleSpanProcessor(
        OTLPSpanExporter(endpoint=endpoint(sidecar) + "/v1/traces")))
    return provider, provider.get_tracer("test")


def test_genai_spans_from_the_sdk_become_calls_in_every_form_instrumentations_send(sidecar):
    provider, t = tracer(sidecar, **{"tenant.id": "acme"})
    # the current conventions, as opentelemetry-instrumentation-openai-v2 writes them
    with t.start_as_current_span("chat gpt-4o", kind=SpanKind.CLIENT, attributes={
            "gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai",
            "gen_ai.request.model": "gpt-4o", "gen_ai.response.model": "gpt-4o-2024-08-06",
            "gen_ai.usage.input_tokens": 1000, "gen_ai.usage.output_tokens": 200,
            "gen_ai.usage.cache_read.input_tokens": 400,
            "gen_ai.response.finish_reasons": ["stop"]}):
        pass
    # an older instrumentation: gen_ai.system, prompt/completion tokens; a 429 as openai-v2
    # with opentelemetry-util-genai 1.1b0 records it
    with t.start_as_current_span("chat gpt-4o", kind=SpanKind.CLIENT, attributes={
            "gen_ai.operation.name": "chat", "gen_ai.system": "openai",
            "gen_ai.request.model": "gpt-4o", "gen_ai.usage.prompt_tokens": 10,
            "gen_ai.usage.completion_tokens": 0,
            "error.type": "<class 'openai.RateLimitError'>"}) as span:
        span.set_status(Status(StatusCode.ERROR))
        failed_trace = format(span.get_span_context().trace_id, "032x")
    # OpenLLMetry: no operation name, llm.request.type, its own cache attribute names
    with t.start_as_current_span("openai.chat", kind=SpanKind.CLIENT, attributes={
            "llm.request.type": "chat", "gen_ai.system": "openai",
            "gen_ai.request.model": "gpt-4o", "gen_ai.usage.prompt_tokens": 500,
            "gen_ai.usage.completion_tokens": 50,
            "gen_ai.usage.cache_read_input_tokens": 100}) as span:
        last_trace = format(span.get_span_context().trace_id, "032x")
    # not model calls: an HTTP span, and a GenAI span that is not a CLIENT span
    with t.start_as_current_span("GET /", kind=SpanKind.CLIENT):
        pass
    with t.start_as_current_span("chat", kind=SpanKind.INTERNAL, attributes={
            "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o"}):
        pass
    provider.shutdown()
    sidecar.wait_for(3)
    text = sidecar.scrape()
    assert value(text, "llm_exporter_events_total", transport="otlp", type="llm_call") == 3
    assert value(text, "llm_requests_total", **OPENAI, tenant="acme") == 2
    assert value(text, "llm_requests_total", **OPENAI, error_type="rate_limit",
                 tenant="acme") == 1
    tokens = {t: value(text, "llm_tokens_total", gen_ai_provider_name="openai",
                       gen_ai_request_model="gpt-4o", gen_ai_token_type=t, tenant="acme")
              for t in ("input", "output", "cache_read")}
    assert tokens == {"input": 1510, "output": 250, "cache_read": 500}
    # priced by the sidecar, as any event: gpt-4o $2.5 in, $1.25 cached, $10 out per M
    assert value(text, "llm_cost_usd_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o", tenant="acme") == pytest.approx(
        (1010 * 2.5 + 500 * 1.25 + 250 * 10) / 1e6)
    assert value(text, "llm_finish_reasons_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o", finish_reason="stop") == 1
    # the span's trace id is the exemplar (the latest per bucket), so Grafana links the call
    # to its trace
    exemplars = sidecar.scrape("application/openmetrics-text")
    assert f'trace_id="{failed_trace}"' in exemplars and f'trace_id="{last_trace}"' in exemplars


def test_agent_and_tool_spans_become_steps_of_their_traces_workflow(sidecar):
    provider, t = tracer(sidecar)
    internal = SpanKind.INTERNAL

    def agent(name):
        return t.start_as_current_span(f"invoke_agent {name}", kind=internal, attributes={
            "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": name})

    def tool(name, **attributes):
        return t.start_as_current_span(f"execute_tool {name}", kind=internal, attributes={
            "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": name, **attributes})

    # one request to an agent app: the SDK exports each span as it ends, so the tools and the
    # inner agent reach the sidecar before the outer agent that names the workflow
    with t.start_as_current_span("POST /ask", kind=SpanKind.SERVER):
        with agent("Planner"):
            with tool("search"):
                pass
            with t.start_as_current_span("chat gpt-4o", kind=SpanKind.CLIENT, attributes={
                    "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o"}):
                pass
            with agent("Researcher"):
                with tool("fetch") as span:
                    span.set_status(Status(StatusCode.ERROR))
                    span.set_attribute("error.type", "TimeoutError")
    # a step that names its workflow; one whose trace continues elsewhere and names nothing
    with tool("lookup", **{"gen_ai.workflow.name": "support"}):
        pass
    remote = SpanContext(trace_id=0x1234, span_id=0x5678, is_remote=True,
                         trace_flags=TraceFlags(TraceFlags.SAMPLED))
    with trace.use_span(NonRecordingSpan(remote)):
        with tool("orphan"):
            pass
    provider.shutdown()
    # 7 steps and calls, 2 runs, 4 tool calls; the orphan step after step_wait (1 s) and a
    # housekeeping tick
    sidecar.wait_for(13, timeout=15)
    text = sidecar.scrape()
    steps = {(dict(labels)["workflow"], dict(labels)["step"], dict(labels).get("error_type")): n
             for (name, labels), n in samples(text).items()
             if name == "llm_workflow_step_duration_seconds_count"}
    assert steps == {("Planner", "execute_tool search", None): 1,
                     ("Planner", "invoke_agent Planner", None): 1,
                     ("Planner", "invoke_agent Researcher", None): 1,
                     ("Planner", "execute_tool fetch", "timeout"): 1,
                     ("support", "execute_tool lookup", None): 1,
                     ("unknown", "execute_tool orphan", None): 1}
    assert value(text, "llm_exporter_events_total", transport="otlp", type="step") == 6
    assert value(text, "llm_exporter_events_total", transport="otlp", type="llm_call") == 1
    # and runs: the Planner's call and tool are its own, the Researcher's tool its own
    for agent, calls, tools in (("Planner", 1, 1), ("Researcher", 0, 1)):
        labels = {"gen_ai_agent_name": agent}
        assert value(text, "gen_ai_invoke_agent_duration_seconds_count", **labels) == 1
        assert value(text, "gen_ai_invoke_agent_inference_calls_sum", **labels) == calls
        assert value(text, "gen_ai_invoke_agent_tool_calls_sum", **labels) == tools
    assert value(text, "gen_ai_execute_tool_duration_seconds_count",
                 gen_ai_tool_name="fetch", error_type="timeout") == 1
    assert value(text, "llm_exporter_events_total", transport="otlp", type="tool_call") == 4


def post(sidecar, body: bytes, content_type: str = "application/x-protobuf",
         path: str = "/v1/traces", **headers) -> tuple[int, bytes, str]:
    request = urllib.request.Request(endpoint(sidecar) + path, data=body, method="POST",
                                     headers={"Content-Type": content_type, **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.read(), r.headers["Content-Type"]
    except urllib.error.HTTPError as e:
        return e.code, e.read(), e.headers["Content-Type"]


def one_span(**span) -> dict:
    """An OTLP/JSON export request with one GenAI chat span (ids in hex, as OTLP/JSON has)."""
    fields = {"traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b174",
              "name": "chat gpt-4o", "kind": 3, "startTimeUnixNano": "1700000000000000000",
              "endTimeUnixNano": "1700000001500000000", "attributes": [
                  {"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
                  {"key": "gen_ai.provider.name", "value": {"stringValue": "openai"}},
                  {"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}},
                  {"key": "gen_ai.usage.input_tokens", "value": {"intValue": "7"}}]}
    fields.update(span)
    return {"resourceSpans": [{"resource": {}, "scopeSpans": [{"spans": [fields]}]}]}


def test_otlp_json_gzip_and_every_answer_the_specification_names(sidecar):
    # OTLP/JSON, hex ids: 200 with an empty JSON response
    status, body, kind = post(sidecar, json.dumps(one_span()).encode(), "application/json")
    assert (status, kind, json.loads(body)) == (200, "application/json", {})
    # protobuf, gzip-compressed
    request = ExportTraceServiceRequest()
    from google.protobuf import json_format
    json_format.ParseDict({"resourceSpans": [{"scopeSpans": [{"spans": [
        {"name": "chat", "kind": 3, "startTimeUnixNano": "1", "endTimeUnixNano": "2000000001",
         "attributes": [{"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
                        {"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}}]}
    ]}]}]}, request)
    status, body, kind = post(sidecar, gzip.compress(request.SerializeToString()),
                              **{"Content-Encoding": "gzip"})
    assert status == 200 and kind == "application/x-protobuf"
    assert ExportTraceServiceResponse.FromString(body) == ExportTraceServiceResponse()
    sidecar.wait_for(2)
    # a span whose call is invalid (its end before its start): 200, rejected in partial_success
    status, body, _ = post(sidecar, json.dumps(one_span(
        endTimeUnixNano="1690000000000000000")).encode(), "application/json")
    answer = json.loads(body)
    assert status == 200 and answer["partialSuccess"]["rejectedSpans"] == "1"
    assert "invalid_value" in answer["partialSuccess"]["errorMessage"]
    # undecodable bodies: 400 with a google.rpc.Status body
    for body_sent, kind_sent in ((b"\xff\xff\xff", "application/x-protobuf"),
                                 (b"{not json", "application/json"),
                                 (json.dumps(one_span(traceId="zz")).encode(),
                                  "application/json"),
                                 (b"\x1f\x8b\x08 not gzip", "application/x-protobuf")):
        headers = {"Content-Encoding": "gzip"} if body_sent.startswith(b"\x1f\x8b") else {}
        status, body, kind = post(sidecar, body_sent, kind_sent, **headers)
        assert status == 400, (body_sent, status)
        if kind == "application/x-protobuf":
            assert status_pb2.Status.FromString(body).message
        else:
            assert json.loads(body)["message"]
    # another content type: 415; over otlp.max_request_bytes (64 KiB here), raw or once
    # gzip is undone: 413
    assert post(sidecar, b"x", "text/plain")[0] == 415
    assert post(sidecar, b"\0" * 70_000)[0] == 413
    assert post(sidecar, gzip.compress(b"\0" * 200_000), **{"Content-Encoding": "gzip"})[0] \
        == 413
    # GenAI metric points that cannot be merged (no temporality) are refused in
    # partial_success, with the reason; one with only a count and sum is merged (from a
    # resource that sent no spans: the spans above came from the empty resource)
    status, body, _ = post(sidecar, json.dumps({"resourceMetrics": [{"resource": {
        "attributes": [{"key": "service.name", "value": {"stringValue": "m"}}]}, "scopeMetrics": [{
        "metrics": [{"name": "gen_ai.client.operation.duration", "histogram": {
            "dataPoints": [{"count": "1"}, {"count": "2"}]}},
            {"name": "gen_ai.client.operation.duration", "histogram": {
                "aggregationTemporality": 1, "dataPoints": [{"count": "3", "sum": 1.5}]}}]}]}]}
    ).encode(), "application/json", path="/v1/metrics")
    partial = json.loads(body)["partialSuccess"]
    assert status == 200 and partial["rejectedDataPoints"] == "2"
    assert "temporality" in partial["errorMessage"]
    text = sidecar.scrape()
    assert value(text, "llm_requests_total", gen_ai_request_model="unknown",
                 gen_ai_operation_name="chat") == 3
    assert value(text, "llm_exporter_events_rejected_total", reason="invalid_value") == 3
    assert value(text, "llm_exporter_events_rejected_total", reason="malformed_otlp") == 5
    assert value(text, "llm_exporter_events_rejected_total", reason="too_large") == 2
    assert value(text, "llm_exporter_payloads_total", transport="otlp") == 11  # requests
    assert samples(text)  # and every scrape still parses


def test_past_max_requests_in_progress_an_export_gets_503_with_retry_after(tmp_path):
    import threading

    config = dataclasses.replace(loopback_config(tmp_path), otlp=OtlpConfig(
        listen_address="127.0.0.1:0", max_requests=1))
    running = RunningSidecar(config)
    try:
        # one request in progress: 10^5 spans of OTLP/JSON, decoded for a second or more
        spans = [{"spanId": f"{i + 1:016x}", "name": "s"} for i in range(100_000)]
        big = json.dumps({"resourceSpans": [{"scopeSpans": [{"spans": spans}]}]}).encode()
        first: list = []
        sender = threading.Thread(target=lambda: first.append(
            post(running, big, "application/json")[0]))
        sender.start()
        time.sleep(0.3)
        body = json.dumps(one_span()).encode()
        request = urllib.request.Request(endpoint(running) + "/v1/traces", data=body,
                                         headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as shed:
            urllib.request.urlopen(request, timeout=10)
        assert shed.value.code == 503 and shed.value.headers["Retry-After"] == "1"
        assert "otlp.max_requests" in json.loads(shed.value.read())["message"]
        sender.join(60)
        assert first == [200]  # the first one finishes
        assert post(running, body, "application/json")[0] == 200  # the slot is free again
        running.wait_for(1)
    finally:
        running.stop()


def test_a_body_still_arriving_takes_no_slot(tmp_path):
    """The slot is taken once the body is read: an upload that drips in (it held the only
    slot, and every other export got 503) leaves the exports behind it alone."""
    import socket

    config = dataclasses.replace(loopback_config(tmp_path), otlp=OtlpConfig(
        listen_address="127.0.0.1:0", max_requests=1))
    running = RunningSidecar(config)
    try:
        host, port = running.sidecar.otlp.address.rsplit(":", 1)
        body = json.dumps(one_span()).encode()
        with socket.create_connection((host, int(port)), timeout=10) as slow:
            slow.sendall(b"POST /v1/traces HTTP/1.1\r\nHost: x\r\n"
                         b"Content-Type: application/json\r\n"
                         b"Content-Length: %d\r\n\r\n" % len(body) + body[:20])
            time.sleep(0.3)
            assert post(running, body, "application/json")[0] == 200
            slow.sendall(body[20:])  # the first one finishes and is counted too
            assert slow.recv(65536).startswith(b"HTTP/1.1 200")
        running.wait_for(2)
    finally:
        running.stop()
