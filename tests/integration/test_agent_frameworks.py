"""Agent frameworks as teams run them: pydantic-ai with its own instrumentation, and the
OpenAI Agents SDK with OpenInference's, each calling a local tool and a tool of an MCP server
(the MCP Python SDK's, over stdio) against the local fake provider, and exporting OTLP/HTTP to
the sidecar. The fake answers ``call: NAME ARGS`` with that tool call, then a final answer;
its ``-loops`` model calls the tool again and again, until the framework's limit stops the run.

Each framework runs in its own process (instrumenting patches it). What each reports differs,
and the sidecar must count the same: three runs (two that end, one at its limit), each model
call and tool call once (the MCP client's spans inside a framework's tool span are the same
call), the MCP requests once each, and the looping run's loop.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest

from llm_exporter.config import OtlpConfig

from conftest import RunningSidecar, loopback_config, samples
from fake_provider import FakeProvider

ORDERS_SERVER = """
from mcp.server.mcpserver import MCPServer
server = MCPServer("orders")

@server.tool()
def get_order(order_id: str) -> str:
    \"\"\"An order's status.\"\"\"
    return f"order {order_id}: shipped"

server.run()  # stdio
"""

TRACING = """
import sys
base_url, endpoint, orders = sys.argv[1:4]
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
provider = TracerProvider(resource=Resource.create({"service.name": "app"}))
provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=endpoint + "/v1/traces")))
trace.set_tracer_provider(provider)  # the MCP clients' own spans go to the global provider
"""
ASKS = ['call: search_docs {"query":"refund"}', 'call: get_order {"order_id":"42"}']
LOOP_ASK = 'call: search_docs {"query":"refund"}'
LIMIT = 8  # model calls the looping run may make

PYDANTIC_AI = TRACING + f"""
import asyncio
from fastmcp.client.transports import StdioTransport
from pydantic_ai import Agent, InstrumentationSettings
from pydantic_ai.exceptions import UsageLimitExceeded
from pydantic_ai.mcp import MCPToolset
from pydantic_ai.models.openai import OpenAIChatModel
from pydantic_ai.providers.openai import OpenAIProvider
from pydantic_ai.usage import UsageLimits
Agent.instrument_all(InstrumentationSettings(tracer_provider=provider))
openai = OpenAIProvider(base_url=base_url + "/v1", api_key="sk-test")


def support(model):
    agent = Agent(OpenAIChatModel(model, provider=openai), name="support",
                  toolsets=[MCPToolset(StdioTransport(command=sys.executable, args=[orders]))])

    @agent.tool_plain
    def search_docs(query: str) -> str:
        \"\"\"Search the help pages.\"\"\"
        return "refunds take 5 days"
    return agent


async def main():
    agent = support("gpt-4o")
    async with agent:
        for ask in {ASKS!r}:
            await agent.run(ask)
    looping = support("gpt-4o-loops")
    try:
        async with looping:
            await looping.run({LOOP_ASK!r}, usage_limits=UsageLimits(request_limit={LIMIT}))
    except UsageLimitExceeded:
        pass
asyncio.run(main())
provider.shutdown()
"""

OPENAI_AGENTS = TRACING + f"""
import asyncio
from agents import Agent, MaxTurnsExceeded, OpenAIChatCompletionsModel, Runner, function_tool
from agents.mcp import MCPServerStdio
from openai import AsyncOpenAI
from openinference.instrumentation.openai_agents import OpenAIAgentsInstrumentor
OpenAIAgentsInstrumentor().instrument(tracer_provider=provider)
client = AsyncOpenAI(base_url=base_url + "/v1", api_key="sk-test", max_retries=0)


@function_tool
def search_docs(query: str) -> str:
    \"\"\"Search the help pages.\"\"\"
    return "refunds take 5 days"


async def main():
    async with MCPServerStdio(params={{"command": sys.executable, "args": [orders]}}) as mcp:
        def support(model):
            return Agent(name="support", instructions="Help.", tools=[search_docs],
                         mcp_servers=[mcp],
                         model=OpenAIChatCompletionsModel(model=model, openai_client=client))
        for ask in {ASKS!r}:
            await Runner.run(support("gpt-4o"), ask)
        try:
            await Runner.run(support("gpt-4o-loops"), {LOOP_ASK!r}, max_turns={LIMIT})
        except MaxTurnsExceeded:
            pass
asyncio.run(main())
provider.shutdown()
"""


@pytest.fixture(scope="module")
def fake():
    provider = FakeProvider()
    yield provider
    provider.close()


def counted(text: str, name: str, **labels: str) -> dict[tuple[tuple[str, str], ...], float]:
    """Samples of ``name`` that carry ``labels``, by their other labels."""
    out = {}
    for (sample, pairs), v in samples(text).items():
        have = dict(pairs)
        if sample == name and all(have.get(k) == w for k, w in labels.items()):
            out[tuple((k, w) for k, w in pairs if k not in labels and k != "job")] = v
    return out


@pytest.mark.parametrize("framework", ["pydantic-ai", "openai-agents"])
def test_a_framework_agent_is_counted_once_per_run_with_its_tools_mcp_calls_and_loop(
        tmp_path, fake, framework):
    server = tmp_path / "orders.py"
    server.write_text(ORDERS_SERVER)
    config = dataclasses.replace(loopback_config(tmp_path),
                                 otlp=OtlpConfig(listen_address="127.0.0.1:0"))
    sidecar = RunningSidecar(config)
    try:
        run = subprocess.run(
            [sys.executable, "-c", PYDANTIC_AI if framework == "pydantic-ai" else OPENAI_AGENTS,
             fake.url, f"http://{sidecar.sidecar.otlp.address}", str(server)],
            capture_output=True, text=True, timeout=120, env=dict(os.environ))
        assert run.returncode == 0, run.stderr[-3000:]
        # 2 + 2 + LIMIT model calls, 1 + 1 + LIMIT tool calls, 3 runs (and MCP requests)
        sidecar.wait_for(2 * (4 + LIMIT) + 3)
        text = sidecar.scrape()
    finally:
        sidecar.stop()
    print(framework, {k: v for k, v in samples(text).items()
                      if k[0].startswith(("gen_ai_invoke", "gen_ai_execute", "mcp_", "llm_agent",
                                          "llm_requests_total"))})
    runs = counted(text, "gen_ai_invoke_agent_duration_seconds_count")
    assert runs == {(("gen_ai_agent_name", "support"),): 2,
                    (("error_type", "max_turns"), ("gen_ai_agent_name", "support")): 1}, runs
    calls = counted(text, "gen_ai_invoke_agent_inference_calls_sum")
    assert calls == {(("gen_ai_agent_name", "support"),): 2 + 2 + LIMIT}, calls
    tools = counted(text, "gen_ai_execute_tool_duration_seconds_count")
    assert {dict(k)["gen_ai_tool_name"]: v for k, v in tools.items()} == {
        "search_docs": 1 + LIMIT, "get_order": 1}, tools
    mcp = counted(text, "mcp_client_operation_duration_seconds_count",
                  mcp_method_name="tools/call")
    assert {dict(k)["gen_ai_tool_name"]: v for k, v in mcp.items()} == {"get_order": 1}, mcp
    loops = counted(text, "llm_agent_loops_total")
    assert {k: v for k, v in loops.items() if v} == {
        (("gen_ai_agent_name", "support"), ("gen_ai_tool_name", "search_docs")): 1}, loops
