"""The proxy, driven by the real openai and anthropic SDKs against a local fake provider."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import json
import logging
import socket
import time
import urllib.error
import urllib.request

import aiohttp
import anthropic
import openai
import pytest

from llm_exporter.checks import Rule
from llm_exporter.config import Budget, ChecksConfig, PriceOverride, ProxyConfig, Upstream

from conftest import RunningSidecar, answer_checks, loopback_config, samples, value
from data.answer_corpus import CITES, THROUGH_SDKS
from fake_provider import CHUNKS, GAP, FakeProvider


@pytest.fixture(scope="module")
def fake():
    provider = FakeProvider()
    yield provider
    provider.close()


def start(tmp_path, fake, **proxy) -> RunningSidecar:
    config = dataclasses.replace(
        loopback_config(tmp_path),
        proxy=ProxyConfig(listen_address="127.0.0.1:0", read_timeout=1.0, upstreams=(
            Upstream("openai", fake.url + "/v1"), Upstream("anthropic", fake.url),
            Upstream("local", "http://127.0.0.1:9", provider="vllm")), **proxy),
        budgets=(Budget("acme", daily_usd=0.001),))
    return RunningSidecar(config)


@pytest.fixture
def sidecar(tmp_path, fake):
    running = start(tmp_path, fake)
    yield running
    running.stop()


def proxy_url(sidecar, name):
    return f"http://{sidecar.sidecar.proxy.address}/{name}"


def oai(sidecar, **kw):
    return openai.OpenAI(base_url=proxy_url(sidecar, "openai"), api_key="sk-test-secret",
                         max_retries=0, **kw)


def claude(sidecar):
    return anthropic.Anthropic(base_url=proxy_url(sidecar, "anthropic"),
                               api_key="sk-ant-test-secret", max_retries=0)


def metric(sidecar, name, **labels):
    return value(sidecar.scrape(), name, **labels)


OPENAI = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "gpt-4o"}


def test_openai_chat_normalises_usage_labels_and_headers(sidecar, fake):
    reply = oai(sidecar).chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "hi"}],
        extra_headers={"X-LLM-Tenant": "acme", "X-LLM-Prompt-Name": "greet",
                       "Connection": "keep-alive, X-Hop", "X-Hop": "for the proxy only",
                       "X-LLM-Prompt-Version": "v2",
                       "traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"})
    assert reply.choices[0].message.content == "".join(CHUNKS)
    sidecar.wait_for(1)
    text = sidecar.scrape()
    tokens = {t: value(text, "llm_tokens_total", **OPENAI, gen_ai_token_type=t, tenant="acme")
              for t in ("input", "output", "cache_read", "reasoning")}
    # prompt_tokens already includes the 1000 cached; completion includes the 120 reasoning
    assert tokens == {"input": 1200, "output": 300, "cache_read": 1000, "reasoning": 120}
    assert value(text, "llm_cost_usd_total", **OPENAI, tenant="acme", prompt_name="greet",
                 prompt_version="v2") == pytest.approx((200 * 2.5 + 1000 * 1.25 + 300 * 10) / 1e6)
    assert value(text, "llm_finish_reasons_total", **OPENAI, finish_reason="stop") == 1
    sent = {k.lower(): v for k, v in fake.requests[-1]["headers"].items()}
    assert sent["authorization"] == "Bearer sk-test-secret"  # untouched
    assert not [h for h in sent if h.lower().startswith("x-llm-")]  # stripped
    assert "x-hop" not in sent  # named in Connection: hop-by-hop
    assert "traceparent" in sent


def test_traceparent_or_x_llm_trace_id_becomes_the_exemplar(sidecar, fake):
    from prometheus_client.openmetrics.parser import text_string_to_metric_families

    client = oai(sidecar)
    client.chat.completions.create(
        model="gpt-4o", messages=[], extra_headers={
            "traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"})
    client.chat.completions.create(
        model="gpt-4o-mini", messages=[],
        extra_headers={"X-LLM-Trace-Id": "0af7651916cd43dd8448eb211c80319c"})
    sidecar.wait_for(2)
    text = sidecar.scrape("application/openmetrics-text; version=1.0.0")
    (duration,) = [f for f in text_string_to_metric_families(text)
                   if f.name == "gen_ai_client_operation_duration_seconds"]
    traces = {s.labels["gen_ai_request_model"]: s.exemplar.labels["trace_id"]
              for s in duration.samples if s.exemplar is not None}
    assert traces == {"gpt-4o": "4bf92f3577b34da6a3ce929d0e0e4736",
                      "gpt-4o-mini": "0af7651916cd43dd8448eb211c80319c"}


def test_hop_by_hop_response_headers_stay_with_the_proxy_and_the_body_arrives_decoded(
        sidecar, fake):
    raw = oai(sidecar).chat.completions.with_raw_response.create(
        model="gpt-4o-hop-headers", messages=[{"role": "user", "content": "hi"}])
    headers = {k.lower(): v for k, v in raw.headers.items()}
    assert headers["x-request-id"] == "req-123"  # an end-to-end header passes
    for hop in ("x-upstream-hop", "proxy-authenticate"):  # named in Connection, or hop-by-hop
        assert hop not in headers, hop
    assert headers.get("keep-alive") != "timeout=5"  # the upstream's, not passed on
    # gzip although the proxy asked for identity: passed on as it came, with the header that
    # says so (before: the header was dropped and the SDK failed on the gzip bytes)
    assert headers.get("content-encoding") == "gzip"
    assert raw.parse().choices[0].message.content == "".join(CHUNKS)
    sidecar.wait_for(1)  # its usage read from the decompressed copy
    assert metric(sidecar, "llm_tokens_total", gen_ai_provider_name="openai",
                  gen_ai_request_model="gpt-4o-hop-headers", gen_ai_token_type="input") == 1200


def test_openai_stream_passes_chunks_as_they_come_and_counts_usage(sidecar, fake):
    client = oai(sidecar)
    started = time.perf_counter()
    arrivals, texts = [], []
    stream = client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "hi"}], stream=True,
        extra_headers={"X-LLM-Tenant": "globex"})
    for chunk in stream:
        arrivals.append(time.perf_counter() - started)
        assert chunk.choices, "the usage chunk the proxy asked for must not reach the client"
        texts.append(chunk.choices[0].delta.content or "")
    assert "".join(texts) == "".join(CHUNKS)
    assert fake.requests[-1]["body"]["stream_options"] == {"include_usage": True}
    # the first content chunk arrives long before the last: nothing waited for the stream
    assert arrivals[1] < GAP * 0.8 and arrivals[-1] > GAP * (len(CHUNKS) - 1)
    sidecar.wait_for(1)
    text = sidecar.scrape()
    assert value(text, "llm_tokens_total", **OPENAI, gen_ai_token_type="input",
                 tenant="globex") == 1200
    ttft = value(text, "gen_ai_client_operation_time_to_first_chunk_seconds_sum",
                 **OPENAI, gen_ai_operation_name="chat")
    assert 0 < ttft < GAP * 0.8


@pytest.mark.parametrize("model", ["gpt-4o-split", "gpt-4o-split-lf"])
def test_events_cut_across_reads_at_any_byte_are_still_counted(sidecar, fake, model):
    stream = oai(sidecar).chat.completions.create(
        model=model, messages=[{"role": "user", "content": "say: " + "word " * 40}],
        stream=True)
    texts = []
    for chunk in stream:  # the upstream writes 1 to 6 bytes at a time, CRLF or LF
        assert chunk.choices, "the usage chunk the proxy asked for must not reach the client"
        texts.append(chunk.choices[0].delta.content or "")
    assert "".join(texts) == "word " * 40
    sidecar.wait_for(1)
    text = sidecar.scrape()
    labels = {"gen_ai_provider_name": "openai", "gen_ai_request_model": model}
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="input") == 1200
    assert value(text, "gen_ai_client_operation_time_to_first_chunk_seconds_count",
                 **labels, gen_ai_operation_name="chat") == 1


@pytest.mark.parametrize("model", ["claude-haiku-4-5-split", "claude-haiku-4-5-split-lf"])
def test_anthropic_events_cut_across_reads_at_any_byte_are_still_counted(sidecar, fake,
                                                                         model):
    with claude(sidecar).messages.stream(
            model=model, max_tokens=100,
            messages=[{"role": "user", "content": "say: " + "word " * 40}]) as stream:
        assert "".join(stream.text_stream) == "word " * 40
    sidecar.wait_for(1)
    text = sidecar.scrape()
    labels = {"gen_ai_provider_name": "anthropic", "gen_ai_request_model": model}
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="input") == 1200
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="output") == 250
    assert value(text, "llm_finish_reasons_total", **labels, finish_reason="stop") == 1


def test_a_stream_without_event_boundaries_is_passed_on_in_linear_time(sidecar):
    async def fetch():
        async with aiohttp.ClientSession() as session:
            began = time.perf_counter()
            async with session.post(f"{proxy_url(sidecar, 'openai')}/chat/completions",
                                    json={"model": "gpt-4o-unbounded", "stream": True,
                                          "messages": []}) as r:
                first = None
                size = 0
                async for piece in r.content.iter_any():
                    first = first or time.perf_counter() - began
                    size += len(piece)
            return first, time.perf_counter() - began, size
    first, total, size = asyncio.run(fetch())
    assert size == 256 * (65536 + 6)  # every byte, none held back at the end
    # bytes flow once an event outgrows 1 MiB: the first before the upstream's pause after
    # 2 MiB ends (comparing with the total alone failed once: 16 MiB took only 45 ms)
    assert first < total - GAP * 0.8, (first, total)
    assert total < 5.0, total  # 16 MiB; before: quadratic (32 MiB cost 21 s of CPU)
    sidecar.wait_for(1)  # the call is still counted, its usage unknown, its answer unchecked
    assert "llm_answer_checks_total{" not in sidecar.scrape()


def test_an_answer_over_the_accounting_limit_is_passed_on_whole_and_counted(sidecar):
    answer = oai(sidecar).chat.completions.create(model="gpt-4o-huge", messages=[])
    assert len(answer.choices[0].message.content) == 10 << 20  # streamed through, not held
    sidecar.wait_for(1)
    text = sidecar.scrape()
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o-huge", gen_ai_operation_name="chat") == 1
    for family in ("llm_tokens_total", "llm_answer_checks_total"):  # over 8 MiB: its usage
        assert "gpt-4o-huge" not in "".join(  # is not read, its answer not checked
            line for line in text.splitlines() if line.startswith(family))


@pytest.mark.parametrize("options", [None, "null", '{"x": 1}'], ids=["absent", "null", "other"])
def test_the_usage_request_is_added_and_the_rest_of_the_body_passed_on_as_sent(
        sidecar, fake, options):
    # the proxy reads only model, stream and stream_options (msgspec skips the messages)
    rest = b'"model" : "gpt-4o",\n "stream":true, "messages":[{"role":"user","content":"\\u00e9"}]'
    body = b"{ " + rest + (b', "stream_options": ' + options.encode() if options else b"") + b"}"
    request = urllib.request.Request(f"{proxy_url(sidecar, 'openai')}/chat/completions",
                                     data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as r:
        answer = r.read()
    assert b'"usage"' not in answer  # the chunk the caller did not ask for is hidden
    sent = fake.requests[-1]
    expected = json.loads(body)
    expected["stream_options"] = dict(json.loads(options or "null") or {}, include_usage=True)
    assert sent["body"] == expected
    if options is None:  # spliced in front: every other byte as the caller sent it
        assert sent["raw"] == '{"stream_options":{"include_usage":true},' + body[1:].decode()
    sidecar.wait_for(1)
    assert metric(sidecar, "llm_requests_total", **OPENAI, gen_ai_operation_name="chat") == 1


def test_a_gzip_request_body_is_forwarded_decoded_and_a_corrupt_one_refused(sidecar, fake):
    import gzip

    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]})
    url = f"{proxy_url(sidecar, 'openai')}/chat/completions"
    request = urllib.request.Request(url, data=gzip.compress(body.encode()), headers={
        "Content-Type": "application/json", "Content-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as r:
        assert r.status == 200
    sent = fake.requests[-1]
    assert sent["raw"] == body  # aiohttp decoded it; before, it went on still marked gzip
    assert "content-encoding" not in {k.lower() for k in sent["headers"]}
    sidecar.wait_for(1)
    request = urllib.request.Request(url, data=b"\x1f\x8b\x08 not gzip", headers={
        "Content-Type": "application/json", "Content-Encoding": "gzip"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 400  # before: 500
    assert json.loads(refused.value.read())["error"]["type"] == "invalid_body"


def test_openai_stream_that_asked_for_usage_gets_it(sidecar, fake):
    chunks = list(oai(sidecar).chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], stream=True,
        stream_options={"include_usage": True}))
    assert chunks[-1].usage.prompt_tokens == 1200 and chunks[-1].choices == []
    sidecar.wait_for(1)
    assert metric(sidecar, "llm_tokens_total", gen_ai_provider_name="openai",
                  gen_ai_request_model="gpt-4o-mini", gen_ai_token_type="output") == 300


def test_anthropic_adds_cache_tokens_to_input(sidecar, fake):
    message = claude(sidecar).messages.create(
        model="claude-haiku-4-5", max_tokens=100, messages=[{"role": "user", "content": "hi"}],
        extra_headers={"X-LLM-Tenant": "acme"})
    assert message.content[0].text == "".join(CHUNKS)
    with claude(sidecar).messages.stream(
            model="claude-haiku-4-5-long", max_tokens=100,
            messages=[{"role": "user", "content": "hi"}]) as stream:
        assert "".join(stream.text_stream) == "".join(CHUNKS)
    sent = {k.lower(): v for k, v in fake.requests[-1]["headers"].items()}
    # this SDK version sends Authorization; older ones x-api-key: either arrives untouched
    credential = sent.get("x-api-key") or sent["authorization"]
    assert credential.removeprefix("Bearer ") == "sk-ant-test-secret"
    sidecar.wait_for(2)
    text = sidecar.scrape()
    labels = {"gen_ai_provider_name": "anthropic", "gen_ai_request_model": "claude-haiku-4-5"}
    # 100 uncached + 900 cache reads + 200 cache writes
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="input",
                 tenant="acme") == 1200
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="cache_read",
                 tenant="acme") == 900
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="cache_write",
                 tenant="acme") == 200
    assert value(text, "llm_cost_usd_total", **labels, tenant="acme") == pytest.approx(
        (100 * 1 + 900 * 0.1 + 200 * 1.25 + 250 * 5) / 1e6)
    streamed = {"gen_ai_provider_name": "anthropic",
                "gen_ai_request_model": "claude-haiku-4-5-long"}
    assert value(text, "llm_finish_reasons_total", **streamed, finish_reason="length") == 1
    assert value(text, "llm_tokens_total", **streamed, gen_ai_token_type="output") == 250
    assert value(text, "gen_ai_client_operation_time_to_first_chunk_seconds_count", **streamed,
                 gen_ai_operation_name="chat") == 1


def test_long_label_headers_and_upstream_values_are_clipped_not_dropped(tmp_path, fake):
    running = start(tmp_path, fake)
    running.stop()
    config = dataclasses.replace(running.config, prices=(
        PriceOverride("gpt-4o-verbose", input=1.0, output=1.0),))
    sidecar = RunningSidecar(config)
    try:
        oai(sidecar).chat.completions.create(
            model="gpt-4o-verbose", messages=[],
            extra_headers={"X-LLM-Tenant": "t" * 300, "X-LLM-Prompt-Name": "p",
                           "X-LLM-Prompt-Version": "v" * 300})  # the schema allows 128
        sidecar.wait_for(1)
        assert not any(sidecar.rejected().values())
        text = sidecar.scrape()
    finally:
        sidecar.stop()
    labels = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "gpt-4o-verbose"}
    assert value(text, "llm_cost_usd_total", **labels, tenant="t" * 256, prompt_name="p",
                 prompt_version="v" * 128) == pytest.approx((1200 + 300) / 1e6)
    assert value(text, "llm_finish_reasons_total", **labels, finish_reason="x" * 128) == 1


@pytest.mark.parametrize("model, error, exception", [
    ("gpt-4o-429", "rate_limit", openai.RateLimitError),
    ("gpt-4o-500", "server_error", openai.InternalServerError),
])
def test_upstream_errors_are_classified(sidecar, model, error, exception):
    with pytest.raises(exception):
        oai(sidecar).chat.completions.create(model=model, messages=[])
    sidecar.wait_for(1)
    assert metric(sidecar, "llm_requests_total", gen_ai_provider_name="openai",
                  gen_ai_request_model=model, gen_ai_operation_name="chat",
                  error_type=error) == 1
    assert "llm_answer_checks_total{" not in sidecar.scrape()  # no answer to check


def test_timeouts_and_unreachable_upstreams_give_502(sidecar):
    with pytest.raises(openai.InternalServerError) as slow:
        oai(sidecar).chat.completions.create(model="gpt-4o-slow", messages=[])
    assert slow.value.status_code == 502
    local = openai.OpenAI(base_url=proxy_url(sidecar, "local"), api_key="x", max_retries=0)
    with pytest.raises(openai.InternalServerError) as down:
        local.chat.completions.create(model="llama3", messages=[])
    assert down.value.status_code == 502
    sidecar.wait_for(2)
    text = sidecar.scrape()
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o-slow", gen_ai_operation_name="chat",
                 error_type="timeout") == 1
    assert value(text, "llm_requests_total", gen_ai_provider_name="vllm",
                 gen_ai_request_model="llama3", gen_ai_operation_name="chat",
                 error_type="connection") == 1


def test_refusals_are_counted(sidecar):
    reply = oai(sidecar).chat.completions.create(model="gpt-4o-refuse", messages=[])
    assert reply.choices[0].message.refusal
    claude(sidecar).messages.create(model="claude-haiku-4-5-refuse", max_tokens=10, messages=[])
    sidecar.wait_for(2)
    text = sidecar.scrape()
    assert value(text, "llm_refusals_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o-refuse") == 1
    assert value(text, "llm_refusals_total", gen_ai_provider_name="anthropic",
                 gen_ai_request_model="claude-haiku-4-5-refuse") == 1


def test_tool_calls_the_answers_ask_for_are_counted_by_tool(sidecar):
    """Whole and streamed, OpenAI and Anthropic, where the request offered tools; an answer
    to a request that offered none is not read for them."""
    tool = {"type": "function", "function": {"name": "get_order", "parameters": {
        "type": "object", "properties": {"order_id": {"type": "string"}}}}}
    ask = [{"role": "user", "content": 'call: get_order {"order_id":"42"}'}]
    client = oai(sidecar)
    client.chat.completions.create(model="gpt-4o", messages=ask, tools=[tool])
    for _ in client.chat.completions.create(model="gpt-4o", messages=ask, tools=[tool],
                                            stream=True):
        pass
    client.chat.completions.create(model="gpt-4o", messages=ask)  # no tools offered
    claude(sidecar).messages.create(
        model="claude-haiku-4-5", max_tokens=100, messages=ask, tools=[{
            "name": "get_order", "input_schema": {"type": "object"}}])
    sidecar.wait_for(4)
    text = sidecar.scrape()
    requested = {(dict(labels)["gen_ai_provider_name"], dict(labels)["gen_ai_tool_name"]): n
                 for (name, labels), n in samples(text).items()
                 if name == "llm_tool_calls_requested_total"}
    assert requested == {("openai", "get_order"): 2, ("anthropic", "get_order"): 1}


def test_client_that_disconnects_mid_stream_is_recorded(sidecar):
    async def read_one_chunk_and_leave():
        async with aiohttp.ClientSession() as session:
            async with session.post(proxy_url(sidecar, "openai") + "/chat/completions",
                                    json={"model": "gpt-4o", "stream": True, "messages": []},
                                    headers={"Authorization": "Bearer x"}) as response:
                await response.content.readuntil(b"\n\n")
        await asyncio.sleep(GAP * 3)  # the proxy notices on its next write

    asyncio.run(read_one_chunk_and_leave())
    sidecar.wait_for(1)
    assert metric(sidecar, "llm_requests_total", **OPENAI, gen_ai_operation_name="chat",
                  error_type="client_cancelled") == 1
    assert "llm_answer_checks_total{" not in sidecar.scrape()  # a cut answer is not checked


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_answers_are_checked_and_only_the_results_leave(tmp_path, fake, stream, caplog):
    caplog.set_level(logging.DEBUG, logger="llm_exporter")
    config = dataclasses.replace(
        loopback_config(tmp_path),
        proxy=ProxyConfig(listen_address="127.0.0.1:0", upstreams=(
            Upstream("openai", fake.url + "/v1"), Upstream("anthropic", fake.url))),
        checks=ChecksConfig(prompts={p: tuple(Rule(**r) for r in rules)
                                     for p, rules in CITES.items()}))
    running = RunningSidecar(config)
    try:
        for prompt, message, openai_args, anthropic_args, _ in THROUGH_SDKS:
            headers = {"X-LLM-Prompt-Name": prompt}
            messages = [{"role": "user", "content": message}]
            answer = oai(running).chat.completions.create(
                model="gpt-4o", messages=messages, stream=stream, extra_headers=headers,
                **openai_args)
            list(answer) if stream else None
            answer = claude(running).messages.create(
                model="claude-sonnet-4-5", max_tokens=100, messages=messages, stream=stream,
                extra_headers=headers, **anthropic_args)
            list(answer) if stream else None
        running.wait_for(2 * len(THROUGH_SDKS))
        text = running.scrape()
    finally:
        running.stop()
    counted = answer_checks(text)
    for provider in ("openai", "anthropic"):
        for prompt, message, _, _, expected in THROUGH_SDKS:
            for check, result in expected.items():
                assert counted.get((provider, prompt, check, result)) == 1, \
                    (provider, prompt, check, result)
                other = "pass" if result == "fail" else "fail"
                assert (provider, prompt, check, other) not in counted
            assert message[5:] not in text  # the answer's text is not in /metrics
            assert message[5:] not in caplog.text  # nor in the sidecar's logs
    lengths = value(text, "llm_answer_tokens_count", gen_ai_provider_name="openai",
                    gen_ai_request_model="gpt-4o", prompt_name="hedged")
    assert lengths == 1


def test_a_client_that_leaves_after_the_last_event_made_a_complete_call(sidecar):
    # SDKs stop reading at [DONE] and close; the upstream's end of stream (and so the
    # proxy's) comes later: the caller had every event, the call did not fail
    async def read_to_done_and_leave():
        async with aiohttp.ClientSession() as session:
            async with session.post(proxy_url(sidecar, "openai") + "/chat/completions",
                                    json={"model": "gpt-4o-lingers", "stream": True,
                                          "messages": [{"role": "user", "content": "hi"}]},
                                    headers={"Authorization": "Bearer x"}) as response:
                while b"[DONE]" not in await response.content.readuntil(b"\n\n"):
                    pass
        await asyncio.sleep(GAP * 2)

    asyncio.run(read_to_done_and_leave())
    sidecar.wait_for(1)
    text = sidecar.scrape()
    model = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "gpt-4o-lingers"}
    assert value(text, "llm_requests_total", **model, gen_ai_operation_name="chat") == 1
    assert value(text, "llm_answer_checks_total", **model, check="empty", result="pass") == 1


def test_embeddings_responses_and_other_paths(sidecar):
    client = oai(sidecar)
    client.embeddings.create(model="text-embedding-3-small", input="hello")
    response = client.responses.create(model="o3-mini", input="hi")
    assert response.output_text == "hi"
    assert [m.id for m in client.models.list()] == ["gpt-4o"]  # forwarded, not counted
    sidecar.wait_for(2)
    text = sidecar.scrape()
    assert value(text, "llm_tokens_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="text-embedding-3-small", gen_ai_token_type="input") == 42
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="text-embedding-3-small",
                 gen_ai_operation_name="embeddings") == 1
    assert value(text, "llm_tokens_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="o3-mini", gen_ai_token_type="reasoning") == 30
    assert value(text, "llm_exporter_events_total", transport="proxy", type="llm_call") == 2
    checked = [line for line in text.splitlines() if line.startswith("llm_answer_checks_total")]
    assert checked and not any("text-embedding" in line for line in checked)  # the Responses
    # answer is checked, the embeddings are not


def test_unknown_upstream_and_oversized_body(sidecar):
    async def post(path, body):
        async with aiohttp.ClientSession() as session:
            async with session.post(f"http://{sidecar.sidecar.proxy.address}{path}",
                                    data=body) as response:
                return response.status, await response.json()

    status, body = asyncio.run(post("/nope/v1/chat/completions", b"{}"))
    assert status == 404 and "openai" in body["error"]["message"]
    status, body = asyncio.run(post("/openai/chat/completions", b"x" * (33 * 1024 * 1024)))
    assert status == 413
    # a Content-Length over the limit is refused at once, before any of the body is read
    host, port = sidecar.sidecar.proxy.address.rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=2) as s:
        s.sendall(b"POST /openai/chat/completions HTTP/1.1\r\nHost: x\r\n"
                  b"Content-Length: %d\r\n\r\n" % (33 * 1024 * 1024))
        assert s.recv(65536).startswith(b"HTTP/1.1 413")


def raw_get(sidecar, target: str) -> int:
    """GET ``target`` byte for byte (an HTTP library would normalise it); the status."""
    host, port = sidecar.sidecar.proxy.address.rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        return int(s.makefile("rb").readline().split()[1])


@pytest.mark.parametrize("path", [
    "/openai/../../x", "/openai/v1/../../x", "/openai/..%2f..%2fadmin", "/openai/..%2F..%2Fadmin",
    "/openai/%2e%2e/%2e%2e/admin", "/openai/%2E%2E%2Fadmin", "/openai/a/./b", "/openai/.",
    "/openai/..", "/openai/..\\..\\admin", "/openai/..%5c..%5cadmin", "/openai/a%2fb",
])
def test_a_path_that_could_leave_the_upstream_prefix_is_refused(sidecar, fake, path):
    fake.elsewhere_paths.clear()
    assert raw_get(sidecar, path) == 400
    assert fake.elsewhere_paths == []  # nothing reached the upstream


def test_path_and_query_are_forwarded_as_received(sidecar, fake):
    fake.elsewhere_paths.clear()
    for path in ("/openai/q?a=%23x&b=%2F1&c", "/openai/files/file%2Dabc", "/openai//twice",
                 "/openai/dots..in..names/x.y"):
        assert raw_get(sidecar, path) == 404  # the upstream's answer
    assert fake.elsewhere_paths == ["/v1/q?a=%23x&b=%2F1&c", "/v1/files/file%2Dabc",
                                    "/v1//twice", "/v1/dots..in..names/x.y"]


def test_budget_enforcement_refuses_a_tenant_over_budget(tmp_path, fake):
    running = start(tmp_path, fake, enforce_budgets=True)
    try:
        client = oai(running)
        headers = {"X-LLM-Tenant": "acme"}  # $0.001 a day; one gpt-4o call costs $0.00475
        client.chat.completions.create(model="gpt-4o", messages=[], extra_headers=headers)
        running.wait_for(1)
        with pytest.raises(openai.RateLimitError) as refused:
            client.chat.completions.create(model="gpt-4o", messages=[], extra_headers=headers)
        assert refused.value.body["type"] == "budget_exceeded"
        assert "daily budget" in refused.value.body["message"]
        client.chat.completions.create(model="gpt-4o", messages=[],
                                       extra_headers={"X-LLM-Tenant": "globex"})  # no budget
        running.wait_for(3)
        assert metric(running, "llm_requests_total", **OPENAI, gen_ai_operation_name="chat",
                      error_type="budget_exceeded", tenant="acme") == 1
    finally:
        running.stop()


def test_authorization_is_never_logged(tmp_path, fake, caplog):
    import logging
    caplog.set_level(logging.DEBUG)
    running = start(tmp_path, fake)
    try:
        client = openai.OpenAI(base_url=proxy_url(running, "openai"), api_key="sk-very-secret",
                               max_retries=0)
        client.chat.completions.create(model="gpt-4o", messages=[])
        with pytest.raises(openai.InternalServerError):  # the upstream's error, logged
            client.chat.completions.create(model="gpt-4o-500", messages=[])
        down = openai.OpenAI(base_url=proxy_url(running, "local"), api_key="sk-very-secret",
                             max_retries=0)
        with pytest.raises(openai.InternalServerError):  # an upstream that is down, logged
            down.chat.completions.create(model="m", messages=[])
        running.wait_for(3)
    finally:
        running.stop()
    forwarded = [r for r in fake.requests
                 if {k.lower(): v for k, v in r["headers"].items()}.get("authorization")
                 == "Bearer sk-very-secret"]
    assert len(forwarded) == 2  # the key went through the proxy to the upstream, twice
    assert "sk-very-secret" not in caplog.text
    assert "proxy" in caplog.text.lower()  # the proxy did log about these requests


def test_budgets_are_not_enforced_unless_asked(sidecar, fake):
    client = oai(sidecar)
    headers = {"X-LLM-Tenant": "acme"}  # $0.001 a day; each call costs $0.00475
    for _ in range(3):
        client.chat.completions.create(model="gpt-4o", messages=[], extra_headers=headers)
    sidecar.wait_for(3)
    assert metric(sidecar, "llm_requests_total", **OPENAI, gen_ai_operation_name="chat",
                  tenant="acme") == 3  # proxy.enforce_budgets is off by default


def test_credentials_in_an_upstream_url_are_never_shown(tmp_path, fake, caplog):
    import logging
    import urllib.request
    caplog.set_level(logging.DEBUG)
    secret_url = fake.url.replace("http://", "http://svc:s3cr3t-pw@") + "/v1"
    config = dataclasses.replace(
        loopback_config(tmp_path),
        proxy=ProxyConfig(listen_address="127.0.0.1:0",
                          upstreams=(Upstream("openai", secret_url),)))
    running = RunningSidecar(config)
    try:
        with urllib.request.urlopen(running.url + "/", timeout=5) as r:
            page = r.read().decode()
        # the client's own Authorization wins; without one, the URL's is sent as Basic auth
        oai(running).models.list()
        fake.elsewhere_paths.clear()
        assert raw_get(running, "/openai/whoami") == 404
    finally:
        running.stop()
    assert "s3cr3t-pw" not in caplog.text and "s3cr3t-pw" not in page
    assert "svc:xxxxx@" in caplog.text and "svc:xxxxx@" in page
    assert fake.elsewhere_paths == ["/v1/whoami"]
    assert fake.elsewhere_auth[-1] == "Basic " + base64.b64encode(b"svc:s3cr3t-pw").decode()


def test_a_request_body_nested_too_deeply_is_forwarded_and_counted(sidecar, fake):
    async def post():
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{proxy_url(sidecar, 'openai')}/chat/completions",
                                    data=b"[" * 5000 + b"]" * 5000) as r:
                return r.status
    assert asyncio.run(post()) == 500  # the fake provider's own answer to such a body
    sidecar.wait_for(1)  # before: RecursionError in the proxy, nothing forwarded or counted
    assert metric(sidecar, "llm_requests_total", gen_ai_provider_name="openai",
                  gen_ai_request_model="unknown", gen_ai_operation_name="chat",
                  error_type="server_error") == 1


def test_undecodable_label_bytes_are_counted_and_every_scrape_still_works(sidecar):
    host, port = sidecar.sidecar.proxy.address.rsplit(":", 1)

    def post(extra_headers: bytes, body: bytes) -> bytes:
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(b"POST /openai/chat/completions HTTP/1.1\r\nHost: x\r\n"
                      b"Content-Type: application/json\r\nConnection: close\r\n" + extra_headers
                      + b"Content-Length: %d\r\n\r\n" % len(body) + body)
            return s.makefile("rb").readline()
    body = json.dumps({"model": "gpt-4o", "messages": []}).encode()
    assert post(b"X-LLM-Tenant: ac\xffme\r\n", body).startswith(b"HTTP/1.1 200")
    assert post(b"", b'{"model": "gpt\\ud800", "messages": []}').startswith(b"HTTP/1.1 200")
    sidecar.wait_for(2)
    text = sidecar.scrape()  # before the fix: every later scrape failed (UnicodeEncodeError)
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o", gen_ai_operation_name="chat",
                 tenant="ac\ufffdme") == 1
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt\ufffd", gen_ai_operation_name="chat") == 1


def test_the_proxy_serves_tls_of_its_own_to_the_openai_sdk(tmp_path, fake):
    import ssl

    import httpx

    from certs import CA

    ca = CA(tmp_path)
    ca.issue("proxy")
    (tmp_path / "proxy-web.yml").write_text(
        "tls_server_config: {cert_file: proxy.pem, key_file: proxy.key}\n")
    running = start(tmp_path, fake, web_config_file=str(tmp_path / "proxy-web.yml"))
    try:
        base = f"https://{running.sidecar.proxy.address}/openai"
        client = openai.OpenAI(base_url=base, api_key="sk-test-secret", max_retries=0,
                               http_client=httpx.Client(
                                   verify=ssl.create_default_context(cafile=str(ca.path))))
        answer = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
        assert answer.choices[0].message.content == "".join(CHUNKS)
        running.wait_for(1)
        assert any(t == "proxy" and a.startswith("https://")
                   for t, a in running.sidecar.listeners())
        with pytest.raises(openai.APIConnectionError):  # plain HTTP to it gets no answer
            openai.OpenAI(base_url=base.replace("https", "http"), api_key="k",
                          max_retries=0).models.list()
    finally:
        running.stop()


def test_the_proxy_refuses_basic_auth_in_its_web_config(tmp_path, fake):
    (tmp_path / "proxy-web.yml").write_text("basic_auth_users: {a: '$2b$04$" + "a" * 53 + "'}\n")
    from llm_exporter.config import ConfigError

    with pytest.raises(ConfigError, match="basic_auth_users: not accepted here"):
        start(tmp_path, fake, web_config_file=str(tmp_path / "proxy-web.yml"))
