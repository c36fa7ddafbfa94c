"""Agent runs through the public surface: a real sidecar, the client library's agent() and
tool() over UDP, model calls made in the run three ways (track(), the OpenAI SDK wrapper,
the proxy with the run's headers), a looping run, and what /metrics says of them."""

from __future__ import annotations

import dataclasses
import urllib.request

import openai
import pytest
from prometheus_client.openmetrics.parser import text_string_to_metric_families

from llm_exporter import client
from llm_exporter.client import Emitter, instrument_openai
from llm_exporter.config import ProxyConfig, Upstream

from conftest import RunningSidecar, loopback_config, samples, value
from fake_provider import FakeProvider


@pytest.fixture(scope="module")
def fake():
    provider = FakeProvider()
    yield provider
    provider.close()


def test_a_run_counts_the_calls_made_in_it_every_way_and_a_loop_is_caught(tmp_path, fake):
    config = dataclasses.replace(
        loopback_config(tmp_path),
        proxy=ProxyConfig(listen_address="127.0.0.1:0",
                          upstreams=(Upstream("openai", fake.url + "/v1"),)))
    running = RunningSidecar(config)
    try:
        emitter = Emitter(running.address("udp"))
        proxied = openai.OpenAI(base_url=f"http://{running.sidecar.proxy.address}/openai",
                                api_key="k", max_retries=0)
        wrapped = instrument_openai(openai.OpenAI(base_url=fake.url + "/v1", api_key="k",
                                                  max_retries=0), emitter=emitter)
        messages = [{"role": "user", "content": "hi"}]
        with client.agent("researcher", emitter=emitter) as run:
            with client.track(model="gpt-4o", provider="openai", emitter=emitter) as call:
                call.usage(input_tokens=2000, output_tokens=300)
            with client.tool("search", arguments={"q": "otel"}, emitter=emitter):
                wrapped.chat.completions.create(model="gpt-4o", messages=messages)
            proxied.chat.completions.create(model="gpt-4o", messages=messages,
                                            extra_headers=run.headers())
        with client.agent("coder", emitter=emitter):
            for _ in range(6):
                with client.tool("read_file", arguments={"path": "a.py"}, emitter=emitter):
                    pass
        with client.track(model="gpt-4o", provider="openai", emitter=emitter):
            pass  # outside any run
        assert emitter.flush(5)
        running.wait_for(13)
        text = running.scrape()
        openmetrics = urllib.request.urlopen(urllib.request.Request(
            running.url + "/metrics",
            headers={"Accept": "application/openmetrics-text; version=1.0.0"})).read().decode()
        held = running.call(lambda: len(running.sidecar.runs.traces))
    finally:
        running.stop()

    def per_run(name, agent, **labels):
        return (value(text, f"{name}_count", gen_ai_agent_name=agent, **labels),
                value(text, f"{name}_sum", gen_ai_agent_name=agent, **labels))

    assert per_run("gen_ai_invoke_agent_inference_calls", "researcher") == (1, 3)
    assert per_run("gen_ai_invoke_agent_tool_calls", "researcher") == (1, 1)
    assert per_run("gen_ai_invoke_agent_tool_calls", "coder") == (1, 6)
    assert per_run("gen_ai_invoke_agent_inference_calls", "coder") == (1, 0)
    assert value(text, "gen_ai_invoke_agent_duration_seconds_count",
                 gen_ai_agent_name="researcher") == 1
    assert value(text, "llm_agent_loops_total", gen_ai_agent_name="coder",
                 gen_ai_tool_name="read_file") == 1
    assert value(text, "gen_ai_execute_tool_duration_seconds_count",
                 gen_ai_tool_name="read_file", gen_ai_agent_name="coder") == 6
    # the run's cost and tokens are its three calls' (the call outside it has no usage)
    assert per_run("llm_agent_run_cost_usd", "researcher")[1] == pytest.approx(value(
        text, "llm_cost_usd_total", gen_ai_provider_name="openai",
        gen_ai_request_model="gpt-4o"))
    input_tokens = value(text, "llm_tokens_total", gen_ai_provider_name="openai",
                         gen_ai_request_model="gpt-4o", gen_ai_token_type="input")
    assert per_run("llm_agent_run_tokens", "researcher", gen_ai_token_type="input") == (
        1, input_tokens) and input_tokens > 2000
    assert held == 0  # every run was its trace's root: nothing waits
    # the run's exemplar opens the run's trace
    exemplars = [s.exemplar for f in text_string_to_metric_families(openmetrics)
                 if f.name == "llm_agent_run_cost_usd" for s in f.samples
                 if s.exemplar and s.labels["gen_ai_agent_name"] == "researcher"]
    assert {e.labels["trace_id"] for e in exemplars} == {run.trace_id}
    assert not any(name.startswith("llm_agent") and "arguments" in str(labels)
                   for name, labels in samples(text))


def test_a_runs_spans_go_out_as_one_trace_the_cost_exemplar_opens(tmp_path):
    from llm_exporter.config import TraceSampling, TracesConfig

    from trace_receiver import TraceReceiver

    receiver = TraceReceiver()
    config = dataclasses.replace(loopback_config(tmp_path), traces=TracesConfig(
        endpoint=receiver.url, batch_delay=0.2, sampling=TraceSampling(ratio=1.0)))
    running = RunningSidecar(config)
    try:
        emitter = Emitter(running.address("udp"))
        with client.agent("researcher", emitter=emitter) as run:
            with client.tool("search", arguments="q", emitter=emitter):
                with client.track(model="gpt-4o", provider="openai", emitter=emitter) as c:
                    c.usage(input_tokens=100, output_tokens=10)
        assert emitter.flush(5)
        running.wait_for(3)
        receiver.wait_for(3)
        spans = {s.name: s for _, s in receiver.spans}
    finally:
        running.stop()
        receiver.close()
    root, tool, chat = (spans["invoke_agent researcher"], spans["execute_tool search"],
                        spans["chat gpt-4o"])
    assert root.trace_id.hex() == run.trace_id and not root.parent_span_id
    assert tool.parent_span_id == root.span_id and chat.parent_span_id == tool.span_id
    assert {s.trace_id for s in (root, tool, chat)} == {root.trace_id}


def test_proxied_calls_group_into_runs_by_their_run_id_header(tmp_path, fake):
    """An app with no tracing names its run in X-LLM-Run-Id (and X-LLM-Agent): a run of three
    calls (one streamed) that says it ended on its last, and one that never says so, ended by
    agents.proxy_run_idle; a call with a traceparent stays its own trace's."""
    config = dataclasses.replace(
        loopback_config(tmp_path),
        agents=dataclasses.replace(loopback_config(tmp_path).agents, proxy_run_idle=2.0),
        proxy=ProxyConfig(listen_address="127.0.0.1:0",
                          upstreams=(Upstream("openai", fake.url + "/v1"),)))
    running = RunningSidecar(config)
    try:
        proxied = openai.OpenAI(base_url=f"http://{running.sidecar.proxy.address}/openai",
                                api_key="k", max_retries=0)
        messages = [{"role": "user", "content": "hi"}]
        task = {"X-LLM-Run-Id": "ticket-4711", "X-LLM-Agent": "triage"}
        proxied.chat.completions.create(model="gpt-4o", messages=messages, extra_headers=task)
        for _ in proxied.chat.completions.create(model="gpt-4o", messages=messages, stream=True,
                                                 extra_headers=task):
            pass
        proxied.chat.completions.create(model="gpt-4o", messages=messages,
                                        extra_headers={**task, "X-LLM-Run-End": "true"})
        running.wait_for(4)  # three calls and the run
        said = running.scrape()
        other = {"X-LLM-Run-Id": "ticket-4712", "X-LLM-Agent": "triage"}
        for _ in range(2):
            proxied.chat.completions.create(model="gpt-4o", messages=messages,
                                            extra_headers=other)
        proxied.chat.completions.create(model="gpt-4o", messages=messages, extra_headers={
            **other, "traceparent": "00-" + "a" * 32 + "-" + "b" * 16 + "-01"})
        running.wait_for(7)  # the three calls
        assert value(running.scrape(), "gen_ai_invoke_agent_duration_seconds_count",
                     gen_ai_agent_name="triage") == 1  # still open
        running.wait_for(8, timeout=10)  # ended once idle for 2 s
        idle = running.scrape()
    finally:
        running.stop()
    assert value(said, "gen_ai_invoke_agent_inference_calls_sum", gen_ai_agent_name="triage") == 3
    assert value(said, "llm_agent_run_cost_usd_sum", gen_ai_agent_name="triage") == \
        pytest.approx(value(said, "llm_cost_usd_total", gen_ai_provider_name="openai",
                            gen_ai_request_model="gpt-4o"))
    assert value(idle, "gen_ai_invoke_agent_inference_calls_count",
                 gen_ai_agent_name="triage") == 2
    assert value(idle, "gen_ai_invoke_agent_inference_calls_sum",
                 gen_ai_agent_name="triage") == 3 + 2  # not the call with a traceparent
    assert {reason: value(idle, "llm_exporter_proxy_runs_ended_total", reason=reason)
            for reason in ("said", "idle", "overflow")} == {"said": 1, "idle": 1, "overflow": 0}
    # the headers are the sidecar's: the provider never sees them
    assert not any(k.lower().startswith("x-llm-") for r in fake.requests for k in r["headers"])
