"""The OpenTelemetry instrumentations teams use, each driving the real ``openai`` SDK against
the local fake provider and exporting with the real OTLP/HTTP exporter to the sidecar.

Each library runs in its own process (instrumenting patches the ``openai`` module). What each
one reports differs, and the expectations say so: opentelemetry-instrumentation-openai-v2
sends no cached-token attribute and writes a 429's ``error.type`` as
``<class 'openai.RateLimitError'>``; OpenLLMetry (opentelemetry-instrumentation-openai) sends
cache reads on every chat call but reasoning tokens only when not streaming; OpenLIT sends
cache reads, no reasoning tokens, and its metrics beside its spans; OpenInference
(openinference-instrumentation-openai) sends INTERNAL spans of its own conventions, cache
reads and reasoning tokens on both chat calls, the first token as a span event, a failed call
without its model (read from ``llm.invocation_parameters``) and its error as an exception
event only, and no metrics.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest

from llm_exporter.config import OtlpConfig

from conftest import RunningSidecar, loopback_config, samples, value
from fake_provider import CHUNKS, GAP, GEMINI_USAGE, OPENAI_USAGE, FakeProvider

DRIVER = """
import sys
library, base_url, endpoint, pricing = sys.argv[1:5]
if library == "openlit":  # its own providers and exporters, from one call
    import openlit
    from opentelemetry import metrics, trace
    # a local price list: it downloads one at start otherwise; no content, no log events
    openlit.init(otlp_endpoint=endpoint, pricing_json=pricing, disable_batch=True,
                 capture_message_content=False, disable_events=True, service_name="app")
    providers = [trace.get_tracer_provider(), metrics.get_meter_provider()]
elif library == "none":  # through the sidecar's proxy, uninstrumented
    providers = []
elif library == "logfire":  # its own provider; nothing sent to Logfire's service
    import logfire
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    logfire.configure(send_to_logfire=False, console=False, metrics=False,
                      additional_span_processors=[SimpleSpanProcessor(
                          OTLPSpanExporter(endpoint=endpoint + "/v1/traces"))])
    providers = []
else:
    from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    resource = Resource.create({"service.name": "app"})
    provider = TracerProvider(resource=resource)
    provider.add_span_processor(SimpleSpanProcessor(
        OTLPSpanExporter(endpoint=endpoint + "/v1/traces")))
    # metrics too, as an app would: exported once, at shutdown, after the spans
    meters = MeterProvider(resource=resource, metric_readers=[PeriodicExportingMetricReader(
        OTLPMetricExporter(endpoint=endpoint + "/v1/metrics"), export_interval_millis=3600000)])
    providers = [provider, meters]
    if library == "openai-v2":
        from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor
    elif library == "openinference":
        from openinference.instrumentation.openai import OpenAIInstrumentor
    else:
        from opentelemetry.instrumentation.openai import OpenAIInstrumentor
    OpenAIInstrumentor().instrument(tracer_provider=provider, meter_provider=meters)
import openai
client = openai.OpenAI(base_url=base_url + "/v1", api_key="sk-test", max_retries=0)
if library == "logfire":
    logfire.instrument_openai(client)
messages = [{"role": "user", "content": "hi"}]
client.chat.completions.create(model="gpt-4o", messages=messages)
for _ in client.chat.completions.create(model="gpt-4o", messages=messages, stream=True,
                                         stream_options={"include_usage": True}):
    pass
client.embeddings.create(model="text-embedding-3-small", input="hi")
try:
    client.chat.completions.create(model="gpt-4o-429", messages=messages)
except openai.RateLimitError:
    pass
for provider in providers:
    provider.shutdown()
"""
PROMPT, ANSWER = OPENAI_USAGE["prompt_tokens"], OPENAI_USAGE["completion_tokens"]
CACHED = OPENAI_USAGE["prompt_tokens_details"]["cached_tokens"]
REASONING = OPENAI_USAGE["completion_tokens_details"]["reasoning_tokens"]
# per library: (cache_read tokens, reasoning tokens, calls with a finish reason) over the
# two gpt-4o chat calls, one plain and one streamed
REPORTED = {"openai-v2": (0, 0, 1), "openllmetry": (2 * CACHED, REASONING, 2),
            "openlit": (2 * CACHED, 0, 2), "openinference": (2 * CACHED, 2 * REASONING, 2),
            "logfire": (2 * CACHED, 0, 2)}
# OpenLIT's price list format (only read because it would be fetched from the network)
PRICING = {"chat": {"gpt-4o": {"promptPrice": 0.0025, "completionPrice": 0.01}},
           "embeddings": {"text-embedding-3-small": 0.00002}}
CHAT = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "gpt-4o"}


def run_app(tmp_path, events: int, code: str, *args: str, env: dict | None = None) -> str:
    """/metrics of a sidecar once ``code`` (an app, in its own process, with ``args``; the
    sidecar's OTLP endpoint for "{endpoint}") has run and ``events`` events arrived."""
    config = dataclasses.replace(loopback_config(tmp_path),
                                 otlp=OtlpConfig(listen_address="127.0.0.1:0"))
    sidecar = RunningSidecar(config)
    try:
        endpoint = f"http://{sidecar.sidecar.otlp.address}"
        run = subprocess.run([sys.executable, "-c", code,
                              *(a.replace("{endpoint}", endpoint) for a in args)],
                             capture_output=True, text=True, timeout=120,
                             env={**os.environ, **(env or {})})
        assert run.returncode == 0, run.stderr[-3000:]
        sidecar.wait_for(events)
        return sidecar.scrape()
    finally:
        sidecar.stop()


@pytest.fixture(scope="module")
def fake():
    provider = FakeProvider()
    yield provider
    provider.close()


@pytest.mark.parametrize("library", ["openai-v2", "openllmetry", "openlit", "openinference",
                                     "logfire"])
def test_an_instrumented_app_gets_calls_tokens_cost_and_error_classes(tmp_path, fake, library):
    pricing = tmp_path / "pricing.json"
    pricing.write_text(json.dumps(PRICING))
    text = run_app(tmp_path, 4, DRIVER, library, fake.url, "{endpoint}", str(pricing))
    cache_read, reasoning, finished = REPORTED[library]
    assert value(text, "llm_exporter_events_total", transport="otlp", type="llm_call") == 4
    assert value(text, "llm_requests_total", **CHAT, gen_ai_operation_name="chat") == 2
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o-429", gen_ai_operation_name="chat",
                 error_type="rate_limit") == 1
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="text-embedding-3-small",
                 gen_ai_operation_name="embeddings") == 1
    tokens = {kind: value(text, "llm_tokens_total", **CHAT, gen_ai_token_type=kind)
              for kind in ("input", "output", "cache_read", "reasoning")}
    assert tokens == {"input": 2 * PROMPT, "output": 2 * ANSWER, "cache_read": cache_read,
                      "reasoning": reasoning}
    assert value(text, "llm_tokens_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="text-embedding-3-small", gen_ai_token_type="input") == 42
    # priced by the sidecar from the tokens the library reported: gpt-4o $2.5 in, $1.25
    # cached, $10 out per M tokens
    assert value(text, "llm_cost_usd_total", **CHAT) == pytest.approx(
        ((2 * PROMPT - cache_read) * 2.5 + cache_read * 1.25 + 2 * ANSWER * 10) / 1e6)
    assert value(text, "llm_finish_reasons_total", **CHAT, finish_reason="stop") == finished
    assert value(text, "llm_exporter_events_rejected_total", reason="invalid_value") == 0
    # the streamed call lasts until its last chunk (Logfire's own span ends when it opens)
    assert value(text, "gen_ai_client_operation_duration_seconds_sum", **CHAT,
                 gen_ai_operation_name="chat") >= (len(CHUNKS) - 1) * GAP
    # each but OpenInference exports metrics too: the spans count those calls, once. Time to
    # first chunk: openai-v2 2.4b0 records none; OpenLLMetry only as a metric of the streamed
    # call (merged); OpenLIT on both chat spans (the plain call's is its whole duration);
    # OpenInference as the streamed span's first-token event
    merged, ttft = {"openai-v2": (0, 0), "openllmetry": (1, 1), "openlit": (0, 2),
                    "openinference": (0, 1), "logfire": (0, 0)}[library]
    assert (value(text, "llm_exporter_otlp_data_points_total", outcome="counted_by_spans") > 0
            ) == (library not in ("openinference", "logfire"))
    assert value(text, "llm_exporter_otlp_data_points_total", outcome="merged") == merged
    assert value(text, "gen_ai_client_operation_time_to_first_chunk_seconds_count",
                 **CHAT, gen_ai_operation_name="chat") == ttft


TWO_INSTRUMENTATIONS = """
import sys
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
base_url, endpoint = sys.argv[1:3]
provider = TracerProvider(resource=Resource.create({"service.name": "app"}))
provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=endpoint + "/v1/traces")))
trace.set_tracer_provider(provider)  # the anthropic SDK traces its calls through it
from openinference.instrumentation.anthropic import AnthropicInstrumentor
AnthropicInstrumentor().instrument(tracer_provider=provider)
import anthropic
client = anthropic.Anthropic(base_url=base_url, api_key="sk-test", max_retries=0)
messages = [{"role": "user", "content": "hi"}]
client.messages.create(model="claude-sonnet-4-5", max_tokens=50, messages=messages)
with client.messages.stream(model="claude-sonnet-4-5", max_tokens=50, messages=messages) as s:
    s.get_final_message()
try:
    client.messages.create(model="claude-sonnet-4-5-429", max_tokens=50, messages=messages)
except anthropic.RateLimitError:
    pass
provider.shutdown()
"""


@pytest.mark.parametrize("sdk_tracing", ["true", "false"])
def test_two_instrumentations_of_one_call_count_it_once(tmp_path, fake, sdk_tracing):
    """The anthropic SDK's own tracing and OpenInference's Anthropic instrumentation each make
    a span of every call (the SDK's nested in OpenInference's); ANTHROPIC_OPEN_TELEMETRY=false
    turns the SDK's off."""
    text = run_app(tmp_path, 3, TWO_INSTRUMENTATIONS, fake.url, "{endpoint}",
                   env={"ANTHROPIC_OPEN_TELEMETRY": sdk_tracing})
    claude = {"gen_ai_provider_name": "anthropic", "gen_ai_request_model": "claude-sonnet-4-5"}
    assert value(text, "llm_requests_total", **claude, gen_ai_operation_name="chat") == 2
    assert value(text, "llm_requests_total", gen_ai_provider_name="anthropic",
                 gen_ai_request_model="claude-sonnet-4-5-429", gen_ai_operation_name="chat",
                 error_type="rate_limit") == 1
    assert value(text, "llm_tokens_total", **claude, gen_ai_token_type="output") == 2 * 250
    duplicates = 3 if sdk_tracing == "true" else 0
    assert value(text, "llm_exporter_otlp_call_spans_total", outcome="duplicate") == duplicates
    assert value(text, "llm_exporter_otlp_call_spans_total", outcome="counted") == 3


PYDANTIC_AI = """
import asyncio
import sys
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from pydantic_ai import Agent, Embedder
from pydantic_ai.embeddings.openai import OpenAIEmbeddingModel
from pydantic_ai.exceptions import ModelRateLimitError
from pydantic_ai.models.instrumented import InstrumentationSettings
from pydantic_ai.models.openai import OpenAIChatModel
from pydantic_ai.providers.openai import OpenAIProvider
base_url, endpoint = sys.argv[1:3]
provider = TracerProvider(resource=Resource.create({"service.name": "app"}))
provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=endpoint + "/v1/traces")))
settings = InstrumentationSettings(tracer_provider=provider, include_content=False)
Agent.instrument_all(settings)
Embedder.instrument_all(settings)
openai = OpenAIProvider(base_url=base_url + "/v1", api_key="sk-test")
Embedder(OpenAIEmbeddingModel("text-embedding-3-small", provider=openai)).embed_query_sync("hi")
for model in ("gpt-4o", "gpt-4o-429"):
    agent = Agent(OpenAIChatModel(model, provider=openai), name="helper")
    try:
        agent.run_sync("say: hello")
    except ModelRateLimitError:
        pass


async def streamed():
    async with agent.run_stream("say: hello") as run:
        async for _ in run.stream_text():
            pass
agent = Agent(OpenAIChatModel("gpt-4o", provider=openai), name="helper")
asyncio.run(streamed())
provider.shutdown()
"""


def test_a_pydantic_ai_agent_is_a_workflow_of_calls(tmp_path, fake):
    """pydantic-ai 2.78's own instrumentation: a CLIENT span per model call (reasoning and
    cache reads under gen_ai.usage.details.*, a stream's TTFT under
    gen_ai.client.operation.time_to_first_chunk, a 429 only as its ModelRateLimitError
    exception event) inside the agent's invoke_agent span. Its embeddings span is INTERNAL (a
    remote call, which the conventions make CLIENT): not counted, as a framework's INTERNAL
    span around a client's is not; docs/opentelemetry.md says so."""
    text = run_app(tmp_path, 6, PYDANTIC_AI, fake.url, "{endpoint}")
    assert not [labels for (name, labels) in samples(text)
                if name == "llm_requests_total" and "text-embedding-3-small" in dict(labels)
                .values()]
    assert value(text, "llm_requests_total", **CHAT, gen_ai_operation_name="chat") == 2
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o-429", gen_ai_operation_name="chat",
                 error_type="rate_limit") == 1
    tokens = {kind: value(text, "llm_tokens_total", **CHAT, gen_ai_token_type=kind)
              for kind in ("input", "output", "cache_read", "reasoning")}
    assert tokens == {"input": 2 * PROMPT, "output": 2 * ANSWER, "cache_read": 2 * CACHED,
                      "reasoning": 2 * REASONING}
    # the streamed call's TTFT, under the client metric's name on its span
    assert value(text, "gen_ai_client_operation_time_to_first_chunk_seconds_count", **CHAT,
                 gen_ai_operation_name="chat") == 1
    steps = {(dict(labels)["workflow"], dict(labels)["step"], dict(labels).get("error_type")): n
             for (name, labels), n in samples(text).items()
             if name == "llm_workflow_step_duration_seconds_count"}
    assert steps == {("helper", "invoke_agent helper", None): 2,
                     ("helper", "invoke_agent helper", "rate_limit"): 1}


GOOGLE_GENAI = """
import sys
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.instrumentation.google_genai import GoogleGenAiSdkInstrumentor
base_url, endpoint = sys.argv[1:3]
provider = TracerProvider(resource=Resource.create({"service.name": "app"}))
provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=endpoint + "/v1/traces")))
GoogleGenAiSdkInstrumentor().instrument(tracer_provider=provider)
from google import genai
from google.genai import errors, types
client = genai.Client(api_key="test", http_options=types.HttpOptions(base_url=base_url))
client.models.generate_content(model="gemini-2.5-flash", contents="hi")
for _ in client.models.generate_content_stream(model="gemini-2.5-flash", contents="hi"):
    pass
try:
    client.models.generate_content(model="gemini-2.5-flash-429", contents="hi")
except errors.ClientError:
    pass
provider.shutdown()
"""


def test_google_genai_calls_under_the_current_provider_name(tmp_path, fake):
    """opentelemetry-instrumentation-google-genai 1.1b1 (with google-genai 2.34: it
    instruments no 3.x) sends ``gemini`` on gen_ai.provider.name, read as gcp.gemini; its
    output tokens include the thinking ones."""
    text = run_app(tmp_path, 3, GOOGLE_GENAI, fake.url, "{endpoint}")
    gemini = {"gen_ai_provider_name": "gcp.gemini", "gen_ai_request_model": "gemini-2.5-flash"}
    assert value(text, "llm_requests_total", **gemini,
                 gen_ai_operation_name="generate_content") == 2
    assert value(text, "llm_requests_total", gen_ai_provider_name="gcp.gemini",
                 gen_ai_request_model="gemini-2.5-flash-429",
                 gen_ai_operation_name="generate_content", error_type="rate_limit") == 1
    usage = GEMINI_USAGE
    tokens = {kind: value(text, "llm_tokens_total", **gemini, gen_ai_token_type=kind)
              for kind in ("input", "output", "cache_read", "reasoning")}
    assert tokens == {"input": 2 * usage["promptTokenCount"],
                      "output": 2 * (usage["candidatesTokenCount"] + usage["thoughtsTokenCount"]),
                      "cache_read": 2 * usage["cachedContentTokenCount"],
                      "reasoning": 2 * usage["thoughtsTokenCount"]}
    assert value(text, "gen_ai_client_operation_time_to_first_chunk_seconds_count", **gemini,
                 gen_ai_operation_name="generate_content") == 1  # the streamed call's
    assert value(text, "gen_ai_client_operation_duration_seconds_sum", **gemini,
                 gen_ai_operation_name="generate_content") >= (len(CHUNKS) - 1) * GAP
