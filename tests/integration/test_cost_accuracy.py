"""Cost accuracy: provider answers as the APIs write them (tiers, 5-minute and 1-hour cache
writes, reasoning, web searches, fast mode), sent through the proxy by the real SDKs, whole and
streamed; an event of a batch call; a span that names its tier; and calls either side of a
price change. Each is priced by the sidecar and, as the oracle, by genai-prices itself: its
own usage extraction from the same answer (``extract_usage``) and ``calc_price`` with the
variant the answer names."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import threading
from datetime import datetime, timezone

import anthropic
import genai_prices
import openai
import pytest
from aiohttp import web
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.trace import SpanKind

from llm_exporter import client
from llm_exporter.config import OtlpConfig, ProxyConfig, Upstream

from conftest import RunningSidecar, loopback_config, samples

CREATED = 1_760_000_000


def chat(model, tier, prompt, cached, completion, reasoning) -> dict:
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": CREATED,
            "model": model, "service_tier": tier, "system_fingerprint": "fp_1",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "ok", "refusal": None}}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                      "total_tokens": prompt + completion,
                      "prompt_tokens_details": {"cached_tokens": cached, "audio_tokens": 0},
                      "completion_tokens_details": {"reasoning_tokens": reasoning,
                                                    "audio_tokens": 0}}}


def message(model, usage, stop="end_turn") -> dict:
    return {"id": "msg_1", "type": "message", "role": "assistant", "model": model,
            "content": [{"type": "text", "text": "ok"}], "stop_reason": stop,
            "stop_sequence": None, "usage": usage}


# case -> (the answer, whole; the tier/speed/processing context it names; web searches the
# oracle's extraction does not count). Streams are sent as the API streams the same answer.
ANSWERS = {
    "flex": (chat("gpt-5-2025-08-07", "flex", 12_000, 4_000, 800, 300), {"service_tier": "flex"},
             0),
    # asked for priority, served at default: the answer says which
    "asked-priority": (chat("gpt-5-2025-08-07", "default", 3_000, 0, 200, 0),
                       {"service_tier": "default"}, 0),
    "priority-stream": (chat("gpt-5-2025-08-07", "priority", 250_000, 100_000, 5_000, 4_000),
                        {"service_tier": "priority"}, 0),
    "searched": ({"id": "resp_1", "object": "response", "created_at": CREATED,
                  "status": "completed", "model": "gpt-5-2025-08-07", "service_tier": "flex",
                  "output": [{"type": "web_search_call", "id": "ws_1", "status": "completed",
                              "action": {"type": "search", "query": "q"}},
                             {"type": "web_search_call", "id": "ws_2", "status": "completed",
                              "action": {"type": "search", "query": "q2"}},
                             {"type": "message", "id": "m_1", "role": "assistant",
                              "status": "completed",
                              "content": [{"type": "output_text", "text": "ok",
                                           "annotations": []}]}],
                  "usage": {"input_tokens": 9_000, "output_tokens": 700, "total_tokens": 9_700,
                            "input_tokens_details": {"cached_tokens": 1_000},
                            "output_tokens_details": {"reasoning_tokens": 100}}},
                 {"service_tier": "flex"}, 2),
    "cache-writes": (message("claude-sonnet-4-5-20250929", {
        "input_tokens": 1_500, "cache_read_input_tokens": 20_000,
        "cache_creation_input_tokens": 30_000,
        "cache_creation": {"ephemeral_5m_input_tokens": 10_000,
                           "ephemeral_1h_input_tokens": 20_000},
        "output_tokens": 900, "service_tier": "standard",
        "server_tool_use": {"web_search_requests": 3, "web_fetch_requests": 0}}), {}, 0),
    "cache-writes-stream": (message("claude-sonnet-4-5-20250929", {
        "input_tokens": 210_000, "cache_read_input_tokens": 0,
        "cache_creation_input_tokens": 5_000,
        "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 5_000},
        "output_tokens": 1_200, "service_tier": "standard",
        "server_tool_use": {"web_search_requests": 1, "web_fetch_requests": 0}}), {}, 0),
    "fast": (message("claude-opus-4-8", {
        "input_tokens": 4_000, "cache_read_input_tokens": 0, "cache_creation_input_tokens": 0,
        "output_tokens": 2_000, "service_tier": "standard", "speed": "fast"}),
             {"speed": "fast"}, 0),
}


class Recorded:
    """An upstream that answers each call with the recorded answer its request names (the
    request's ``user`` for OpenAI, ``metadata.user_id`` for Anthropic), whole or streamed."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        threading.Thread(target=self._run, args=(ready,), daemon=True).start()
        ready.wait(10)
        self.url = f"http://127.0.0.1:{self.port}"

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self.chat)
        app.router.add_post("/v1/responses", self.responses)
        app.router.add_post("/v1/messages", self.messages)
        self.runner = web.AppRunner(app, access_log=None)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        self.port = self.runner.addresses[0][1]
        ready.set()
        self.loop.run_forever()

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)

    @staticmethod
    async def _sse(request, events: list[tuple[str, dict] | str]) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for event in events:
            if isinstance(event, str):
                await response.write(f"data: {event}\n\n".encode())
            else:
                name, data = event
                await response.write(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode())
        await response.write_eof()
        return response

    async def chat(self, request):
        body = await request.json()
        answer = ANSWERS[body["user"]][0]
        if not body.get("stream"):
            return web.json_response(answer)
        base = {k: answer[k] for k in ("id", "created", "model", "service_tier",
                                       "system_fingerprint")}
        base["object"] = "chat.completion.chunk"
        events: list = [json.dumps({**base, "choices": [
            {"index": 0, "delta": {"role": "assistant", "content": "ok"}}]}),
            json.dumps({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})]
        if (body.get("stream_options") or {}).get("include_usage"):
            events.append(json.dumps({**base, "choices": [], "usage": answer["usage"]}))
        return await self._sse(request, [*events, "[DONE]"])

    async def responses(self, request):
        body = await request.json()
        return web.json_response(ANSWERS[body["user"]][0])

    async def messages(self, request):
        body = await request.json()
        answer = ANSWERS[body["metadata"]["user_id"]][0]
        if not body.get("stream"):
            return web.json_response(answer)
        usage = answer["usage"]
        # message_start carries the input side; message_delta the final output, searches
        start = {**answer, "content": [], "stop_reason": None,
                 "usage": {**usage, "output_tokens": 1, "server_tool_use": None}}
        return await self._sse(request, [
            ("message_start", {"type": "message_start", "message": start}),
            ("content_block_start", {"type": "content_block_start", "index": 0,
                                     "content_block": {"type": "text", "text": ""}}),
            ("content_block_delta", {"type": "content_block_delta", "index": 0,
                                     "delta": {"type": "text_delta", "text": "ok"}}),
            ("content_block_stop", {"type": "content_block_stop", "index": 0}),
            ("message_delta", {"type": "message_delta",
                               "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                               "usage": {"output_tokens": usage["output_tokens"],
                                         "server_tool_use": usage.get("server_tool_use")}}),
            ("message_stop", {"type": "message_stop"})])


def oracle(case: str) -> tuple[str, float]:
    """The model and what genai-prices makes of the case's answer."""
    answer, context, searches = ANSWERS[case]
    provider = "anthropic" if answer.get("type") == "message" else "openai"
    flavor = {"openai": "responses" if answer.get("object") == "response" else "chat",
              "anthropic": "default"}[provider]
    extracted = genai_prices.extract_usage(answer, provider_id=provider, api_flavor=flavor)
    if searches:
        extracted.usage.web_searches = searches
    price = extracted.calc_price(price_context=context or None)
    return extracted.model.id, float(price.total_price)


@pytest.fixture(scope="module")
def upstream():
    server = Recorded()
    yield server
    server.close()


def cost_by_model(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for (name, labels), v in samples(text).items():
        if name == "llm_cost_usd_total":
            model = dict(labels)["gen_ai_request_model"]
            out[model] = out.get(model, 0.0) + v
    return out


def test_answers_through_the_proxy_cost_what_genai_prices_makes_of_them(tmp_path, upstream):
    config = dataclasses.replace(loopback_config(tmp_path), proxy=ProxyConfig(
        listen_address="127.0.0.1:0", upstreams=(Upstream("openai", upstream.url + "/v1"),
                                                  Upstream("anthropic", upstream.url))))
    running = RunningSidecar(config)
    try:
        base = f"http://{running.sidecar.proxy.address}"
        oai = openai.OpenAI(base_url=base + "/openai", api_key="sk-test", max_retries=0)
        claude = anthropic.Anthropic(base_url=base + "/anthropic", api_key="sk-ant-test",
                                     max_retries=0)
        ask = [{"role": "user", "content": "hi"}]
        oai.chat.completions.create(model="gpt-5", messages=ask, user="flex",
                                    service_tier="flex")
        oai.chat.completions.create(model="gpt-5", messages=ask, user="asked-priority",
                                    service_tier="priority")
        for _ in oai.chat.completions.create(model="gpt-5", messages=ask, stream=True,
                                             user="priority-stream", service_tier="priority"):
            pass
        oai.responses.create(model="gpt-5", input="hi", user="searched", service_tier="flex",
                             tools=[{"type": "web_search"}])
        claude.messages.create(model="claude-sonnet-4-5", max_tokens=100, messages=ask,
                               metadata={"user_id": "cache-writes"})
        with claude.messages.stream(model="claude-sonnet-4-5", max_tokens=100, messages=ask,
                                    metadata={"user_id": "cache-writes-stream"}) as stream:
            stream.until_done()
        claude.messages.create(model="claude-opus-4-8", max_tokens=100, messages=ask,
                               metadata={"user_id": "fast"})
        running.wait_for(len(ANSWERS))
        text = running.scrape()
    finally:
        running.stop()
    seen = cost_by_model(text)
    expected: dict[str, float] = {}
    for case in ANSWERS:
        model, usd = oracle(case)
        request_model = "gpt-5" if model.startswith("gpt-5") else model.split("-2025")[0]
        expected[request_model] = expected.get(request_model, 0.0) + usd
    assert seen.keys() == expected.keys()
    for model, usd in expected.items():
        assert seen[model] == pytest.approx(usd, abs=0.005), model  # to the cent
        assert seen[model] == pytest.approx(usd, rel=1e-9), model  # and closer
    # the 1-hour writes are shown apart (of the cache writes)
    tokens = {(dict(k[1])["gen_ai_request_model"], dict(k[1])["gen_ai_token_type"]): v
              for k, v in samples(text).items() if k[0] == "llm_tokens_total"}
    assert tokens[("claude-sonnet-4-5", "cache_write_1h")] == 25_000
    assert tokens[("claude-sonnet-4-5", "cache_write")] == 35_000


def test_a_batch_event_a_tiered_span_and_a_price_change_are_priced_as_billed(tmp_path):
    """The event schema's processing field (a batch the app reports itself), a span's
    openai.response.service_tier, and the same call on either side of the date the data's
    flex price starts (2026-10-12), replayed with its ts."""
    config = dataclasses.replace(loopback_config(tmp_path),
                                 otlp=OtlpConfig(listen_address="127.0.0.1:0"))
    running = RunningSidecar(config)
    usage = {"input_tokens": 1_000_000, "output_tokens": 100_000}
    before = datetime(2026, 10, 1, 12, tzinfo=timezone.utc)
    after = datetime(2026, 10, 20, 12, tzinfo=timezone.utc)
    try:
        emitter = client.Emitter(f"unixgram:{tmp_path / 'events.sock'}")
        with client.track(model="claude-sonnet-4-5", provider="anthropic", emitter=emitter,
                          processing="batch") as call:
            call.usage(**usage)
        for moment in (before, after):
            with client.track(model="gpt-5", provider="openai", emitter=emitter,
                              service_tier="flex", ts=moment.timestamp()) as call:
                call.usage(**usage)
        tracer_provider = TracerProvider(resource=Resource.create({"service.name": "app"}))
        tracer_provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(
            endpoint=f"http://{running.sidecar.otlp.address}/v1/traces")))
        with tracer_provider.get_tracer("t").start_as_current_span(
                "chat o3", kind=SpanKind.CLIENT, attributes={
                    "gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai",
                    "gen_ai.request.model": "o3", "gen_ai.usage.input_tokens": 1_000_000,
                    "gen_ai.usage.output_tokens": 100_000,
                    "openai.response.service_tier": "flex"}):
            pass
        tracer_provider.shutdown()
        running.wait_for(4)
        seen = cost_by_model(running.scrape())
    finally:
        running.stop()

    def calc(model, provider, moment=None, **context):
        return float(genai_prices.calc_price(
            genai_prices.Usage(**usage), model, provider_id=provider,
            genai_request_timestamp=moment, price_context=context or None).total_price)

    assert seen["claude-sonnet-4-5"] == pytest.approx(
        calc("claude-sonnet-4-5", "anthropic", processing="batch"), rel=1e-9)
    flex_before = calc("gpt-5", "openai", before, service_tier="flex")
    flex_after = calc("gpt-5", "openai", after, service_tier="flex")
    assert flex_after == pytest.approx(flex_before / 2)  # the change the data holds
    assert seen["gpt-5"] == pytest.approx(flex_before + flex_after, rel=1e-9)
    assert seen["o3"] == pytest.approx(calc("o3", "openai", service_tier="flex"), rel=1e-9)
    assert seen["o3"] < calc("o3", "openai")
