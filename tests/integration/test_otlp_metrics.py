"""OTLP GenAI metrics from the real OpenTelemetry SDK and its OTLP/HTTP metric exporter,
merged into the sidecar's families; and what wins when an app sends spans too."""

from __future__ import annotations

import dataclasses

import pytest
from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.metrics import Histogram, MeterProvider
from opentelemetry.sdk.metrics.export import (
    AggregationTemporality,
    PeriodicExportingMetricReader,
)
from opentelemetry.sdk.metrics.view import ExponentialBucketHistogramAggregation
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.trace import SpanKind

from llm_exporter.config import OtlpConfig
from llm_exporter.metrics import (
    AGENT_DURATION_BUCKETS,
    CALLS_PER_RUN_BUCKETS,
    DURATION_BUCKETS,
    MCP_BUCKETS,
    TOKEN_BUCKETS,
)

from conftest import RunningSidecar, loopback_config, samples, value

CHAT = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "gpt-4o"}
ATTRS = {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai",
         "gen_ai.request.model": "gpt-4o"}


def sidecar(tmp_path, **otlp) -> RunningSidecar:
    return RunningSidecar(dataclasses.replace(loopback_config(tmp_path), otlp=OtlpConfig(
        listen_address="127.0.0.1:0", **otlp)))


def meter(running: RunningSidecar, temporality=AggregationTemporality.CUMULATIVE,
          aggregation=None, service="app"):
    exporter = OTLPMetricExporter(
        endpoint=f"http://{running.sidecar.otlp.address}/v1/metrics",
        preferred_temporality={Histogram: temporality},
        preferred_aggregation={Histogram: aggregation} if aggregation else None)
    reader = PeriodicExportingMetricReader(exporter, export_interval_millis=3_600_000)
    provider = MeterProvider(metric_readers=[reader],
                             resource=Resource.create({"service.name": service}))
    m = provider.get_meter("opentelemetry.instrumentation.openai_v2")
    # the instruments and advisory bounds opentelemetry-util-genai creates
    duration = m.create_histogram("gen_ai.client.operation.duration", unit="s",
                                  explicit_bucket_boundaries_advisory=DURATION_BUCKETS)
    tokens = m.create_histogram("gen_ai.client.token.usage", unit="{token}",
                                explicit_bucket_boundaries_advisory=TOKEN_BUCKETS)
    ttft = m.create_histogram("gen_ai.client.operation.time_to_first_chunk", unit="s",
                              explicit_bucket_boundaries_advisory=DURATION_BUCKETS)
    return provider, duration, tokens, ttft


def calls(duration, tokens, ttft, n: int, error: bool = False) -> None:
    for _ in range(n):
        attrs = {**ATTRS, "error.type": "RateLimitError"} if error else ATTRS
        duration.record(0.5, attrs)
        if not error:
            tokens.record(100, {**ATTRS, "gen_ai.token.type": "input"})
            tokens.record(20, {**ATTRS, "gen_ai.token.type": "output"})
            ttft.record(0.1, ATTRS)


@pytest.mark.parametrize("temporality", [AggregationTemporality.CUMULATIVE,
                                         AggregationTemporality.DELTA])
def test_genai_metrics_are_merged_into_calls_tokens_cost_and_latency(tmp_path, temporality):
    running = sidecar(tmp_path)
    try:
        provider, duration, tokens, ttft = meter(running, temporality)
        calls(duration, tokens, ttft, 3)
        calls(duration, tokens, ttft, 1, error=True)
        provider.force_flush()
        calls(duration, tokens, ttft, 2)  # a second export: only the increase counts
        provider.force_flush()
        provider.shutdown()
        text = running.scrape()
    finally:
        running.stop()
    assert value(text, "llm_requests_total", **CHAT, gen_ai_operation_name="chat") == 5
    assert value(text, "llm_requests_total", **CHAT, gen_ai_operation_name="chat",
                 error_type="rate_limit") == 1
    assert value(text, "llm_tokens_total", **CHAT, gen_ai_token_type="input") == 500
    assert value(text, "llm_tokens_total", **CHAT, gen_ai_token_type="output") == 100
    # priced by the sidecar: gpt-4o $2.5 in, $10 out per M tokens
    assert value(text, "llm_cost_usd_total", **CHAT) == pytest.approx(
        (500 * 2.5 + 100 * 10) / 1e6)
    latency = {**CHAT, "gen_ai_operation_name": "chat"}
    assert value(text, "gen_ai_client_operation_duration_seconds_count", **latency) == 5
    assert value(text, "gen_ai_client_operation_duration_seconds_bucket", **latency,
                 le="0.32") == 0
    assert value(text, "gen_ai_client_operation_duration_seconds_bucket", **latency,
                 le="0.64") == 5
    assert value(text, "gen_ai_client_operation_time_to_first_chunk_seconds_sum",
                 **latency) == pytest.approx(0.5)
    assert value(text, "llm_exporter_otlp_data_points_total", outcome="merged") > 0
    assert value(text, "llm_exporter_otlp_data_points_total", outcome="rejected") == 0


def test_exponential_histograms_are_rebucketed_upwards(tmp_path):
    running = sidecar(tmp_path)
    try:
        provider, duration, tokens, ttft = meter(
            running, aggregation=ExponentialBucketHistogramAggregation())
        for seconds in (0.015, 0.3, 3.0):
            duration.record(seconds, ATTRS)
        provider.shutdown()
        text = running.scrape()
    finally:
        running.stop()
    latency = {**CHAT, "gen_ai_operation_name": "chat"}
    buckets = {dict(labels)["le"]: n for (name, labels), n in samples(text).items()
               if name == "gen_ai_client_operation_duration_seconds_bucket"}
    # each value lands in the smallest of our buckets that holds its exponential bucket
    assert (buckets["0.01"], buckets["0.02"], buckets["0.32"], buckets["5.12"]) == (0, 1, 2, 3)
    assert value(text, "gen_ai_client_operation_duration_seconds_sum",
                 **latency) == pytest.approx(3.315)


@pytest.mark.parametrize("calls_from, expected", [("auto", 2), ("spans", 2), ("metrics", 3)])
def test_an_app_sending_spans_and_metrics_is_counted_once(tmp_path, calls_from, expected):
    running = sidecar(tmp_path, calls_from=calls_from)
    resource = Resource.create({"service.name": "both"})
    try:
        # the app traces 2 of its 3 calls (sampled) and records all 3 in metrics
        tracer_provider = TracerProvider(resource=resource)
        tracer_provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(
            endpoint=f"http://{running.sidecar.otlp.address}/v1/traces")))
        tracer = tracer_provider.get_tracer("t")
        for _ in range(2):
            with tracer.start_as_current_span("chat gpt-4o", kind=SpanKind.CLIENT,
                                              attributes=ATTRS):
                pass
        tracer_provider.shutdown()
        provider, duration, tokens, ttft = meter(running, service="both")
        calls(duration, tokens, ttft, 3)
        provider.shutdown()
        # an app that sends only metrics is merged in auto mode whatever the other does
        other, duration, tokens, ttft = meter(running, service="metrics-only")
        calls(duration, tokens, ttft, 4)
        other.shutdown()
        text = running.scrape()
    finally:
        running.stop()
    merged_other = 0 if calls_from == "spans" else 4
    assert value(text, "llm_requests_total", **CHAT, gen_ai_operation_name="chat") \
        == expected + merged_other


def agent_meter(running: RunningSidecar, service="agents"):
    """The agent, tool, MCP and workflow instruments of semantic-conventions-genai (and of
    its MCP conventions), with the current inference names beside them."""
    exporter = OTLPMetricExporter(endpoint=f"http://{running.sidecar.otlp.address}/v1/metrics")
    provider = MeterProvider(
        metric_readers=[PeriodicExportingMetricReader(exporter, 3_600_000)],
        resource=Resource.create({"service.name": service}))
    m = provider.get_meter("app.agents")
    # with the conventions' advisory bounds (the SDK's default ones are 0, 5, 10, 25...)
    return provider, {name: m.create_histogram(name, unit=unit,
                                               explicit_bucket_boundaries_advisory=bounds)
                      for name, unit, bounds in (
        ("gen_ai.invoke_agent.duration", "s", AGENT_DURATION_BUCKETS),
        ("gen_ai.invoke_agent.inference_calls", "{inference_call}", CALLS_PER_RUN_BUCKETS),
        ("gen_ai.invoke_agent.tool_calls", "{tool_call}", CALLS_PER_RUN_BUCKETS),
        ("gen_ai.execute_tool.duration", "s", DURATION_BUCKETS),
        ("mcp.client.operation.duration", "s", MCP_BUCKETS),
        ("gen_ai.invoke_workflow.duration", "s", DURATION_BUCKETS),
        ("gen_ai.client.inference.duration", "s", DURATION_BUCKETS),
        ("gen_ai.client.inference.operation.input_tokens", "{token}", TOKEN_BUCKETS))}


def test_agent_tool_mcp_and_workflow_metrics_are_merged_into_their_families(tmp_path):
    running = sidecar(tmp_path)
    researcher = {"gen_ai.agent.name": "researcher"}
    try:
        provider, h = agent_meter(running)
        h["gen_ai.invoke_agent.duration"].record(12.0, researcher)
        h["gen_ai.invoke_agent.duration"].record(
            300.0, {**researcher, "error.type": "MaxTurnsExceeded"})
        for calls, tools in ((3, 2), (5, 4)):
            h["gen_ai.invoke_agent.inference_calls"].record(calls, researcher)
            h["gen_ai.invoke_agent.tool_calls"].record(tools, researcher)
        h["gen_ai.execute_tool.duration"].record(0.2,
                                                 {**researcher, "gen_ai.tool.name": "search"})
        h["gen_ai.execute_tool.duration"].record(
            0.3, {"gen_ai.tool.name": "search", "error.type": "TimeoutError"})
        mcp = {"mcp.method.name": "tools/call", "gen_ai.tool.name": "get_order",
               "server.address": "orders"}
        h["mcp.client.operation.duration"].record(0.05, mcp)
        h["mcp.client.operation.duration"].record(
            0.07, {**mcp, "rpc.response.status_code": "-32603"})
        h["gen_ai.invoke_workflow.duration"].record(40.0, {"gen_ai.workflow.name": "triage"})
        h["gen_ai.client.inference.duration"].record(0.5, ATTRS)
        h["gen_ai.client.inference.operation.input_tokens"].record(1000, ATTRS)
        provider.shutdown()
        text = running.scrape()
    finally:
        running.stop()
    agent = {"gen_ai_agent_name": "researcher"}
    assert value(text, "gen_ai_invoke_agent_duration_seconds_count", **agent) == 1
    assert value(text, "gen_ai_invoke_agent_duration_seconds_count", **agent,
                 error_type="max_turns") == 1
    assert value(text, "gen_ai_invoke_agent_duration_seconds_bucket", **agent,
                 error_type="max_turns", le="204.8") == 0
    assert value(text, "gen_ai_invoke_agent_inference_calls_sum", **agent) == 8
    assert value(text, "gen_ai_invoke_agent_inference_calls_bucket", **agent, le="4") == 1
    assert value(text, "gen_ai_invoke_agent_tool_calls_sum", **agent) == 6
    tool = {"gen_ai_tool_name": "search"}
    assert value(text, "gen_ai_execute_tool_duration_seconds_count", **tool, **agent) == 1
    assert value(text, "gen_ai_execute_tool_duration_seconds_bucket", **tool, **agent,
                 le="0.16") == 0
    assert value(text, "gen_ai_execute_tool_duration_seconds_count", **tool,
                 error_type="timeout") == 1
    mcp_labels = {"server_address": "orders", "mcp_method_name": "tools/call",
                  "gen_ai_tool_name": "get_order"}
    assert value(text, "mcp_client_operation_duration_seconds_count", **mcp_labels) == 1
    assert value(text, "mcp_client_operation_duration_seconds_count", **mcp_labels,
                 error_type="-32603") == 1
    assert value(text, "llm_workflow_step_duration_seconds_sum", workflow="triage",
                 step="invoke_workflow") == 40.0
    assert value(text, "llm_requests_total", **CHAT, gen_ai_operation_name="chat") == 1
    assert value(text, "llm_tokens_total", **CHAT, gen_ai_token_type="input") == 1000
    assert value(text, "llm_exporter_otlp_data_points_total", outcome="rejected") == 0


def test_an_app_sending_agent_spans_and_metrics_counts_each_run_once(tmp_path):
    running = sidecar(tmp_path)
    resource = Resource.create({"service.name": "both"})
    run = {"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "coder"}
    try:
        tracer_provider = TracerProvider(resource=resource)
        tracer_provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(
            endpoint=f"http://{running.sidecar.otlp.address}/v1/traces")))
        with tracer_provider.get_tracer("t").start_as_current_span(
                "invoke_agent coder", attributes=run):
            pass
        tracer_provider.shutdown()
        provider, h = agent_meter(running, service="both")
        h["gen_ai.invoke_agent.duration"].record(1.0, {"gen_ai.agent.name": "coder"})
        # its tools are in no span: their metric is all there is of them
        h["gen_ai.execute_tool.duration"].record(0.1, {"gen_ai.tool.name": "grep"})
        provider.shutdown()
        text = running.scrape()
    finally:
        running.stop()
    assert value(text, "gen_ai_invoke_agent_duration_seconds_count",
                 gen_ai_agent_name="coder") == 1
    assert value(text, "gen_ai_execute_tool_duration_seconds_count",
                 gen_ai_tool_name="grep") == 1
    assert value(text, "llm_exporter_otlp_data_points_total", outcome="counted_by_spans") == 1
