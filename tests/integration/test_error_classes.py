"""One error classification on every path: the same upstream failures, sent through the proxy
(with the openai and the anthropic SDK), through each SDK wrapper and through track(), are
recorded with the same error_type. The table is read back from the sidecar's /metrics."""

from __future__ import annotations

import asyncio
import dataclasses

import anthropic
import openai
import pytest

from llm_exporter.client import Emitter, instrument_anthropic, instrument_openai, track
from llm_exporter.config import ProxyConfig, Upstream

from conftest import RunningSidecar, loopback_config, samples
from fake_provider import FakeProvider

STATUSES = {400: "invalid_request", 401: "auth", 403: "auth", 404: "invalid_request",
            408: "timeout", 409: "server_error", 413: "invalid_request",
            422: "invalid_request", 429: "rate_limit", 500: "server_error",
            502: "server_error", 503: "server_error", 504: "server_error",
            529: "server_error"}
EXPECTED = {f"m-{status}": kind for status, kind in STATUSES.items()}
EXPECTED.update({"m-slow": "timeout", "m-refused": "connection", "m-cancel": "client_cancelled"})
DEAD = "http://127.0.0.1:9"  # nothing listens on the discard port: connection refused
TIMEOUT = 1.0  # the fake answers m-slow after 3 s


@pytest.fixture(scope="module")
def fake():
    provider = FakeProvider()
    yield provider
    provider.close()


@pytest.fixture
def sidecar(tmp_path, fake):
    config = dataclasses.replace(
        loopback_config(tmp_path),
        proxy=ProxyConfig(listen_address="127.0.0.1:0", read_timeout=TIMEOUT, upstreams=(
            Upstream("openai", fake.url + "/v1"), Upstream("anthropic", fake.url),
            Upstream("dead-openai", DEAD + "/v1"), Upstream("dead-anthropic", DEAD))))
    running = RunningSidecar(config)
    yield running
    running.stop()


def _openai(base_url: str, **kw) -> openai.OpenAI:
    return openai.OpenAI(base_url=base_url, api_key="k", max_retries=0, timeout=TIMEOUT, **kw)


def _anthropic(base_url: str, **kw) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=base_url, api_key="k", max_retries=0,
                               timeout=TIMEOUT, **kw)


def _openai_call(client: openai.OpenAI, model: str) -> None:
    if model == "m-cancel":
        stream = client.chat.completions.create(model=model, messages=[], stream=True)
        next(iter(stream))  # the first chunk, then the caller goes away
        stream.close()
        return
    with pytest.raises(openai.OpenAIError):
        client.chat.completions.create(model=model, messages=[])


def _anthropic_call(client: anthropic.Anthropic, model: str) -> None:
    if model == "m-cancel":
        stream = client.messages.create(model=model, max_tokens=5, messages=[], stream=True)
        next(iter(stream))
        stream.close()
        return
    with pytest.raises(anthropic.AnthropicError):
        client.messages.create(model=model, max_tokens=5, messages=[])


def through_proxy(sidecar, fake, sdk: str) -> None:
    proxy = f"http://{sidecar.sidecar.proxy.address}"
    headers = {"X-LLM-Tenant": f"proxy-{sdk}"}
    for model in EXPECTED:
        upstream = ("dead-" if model == "m-refused" else "") + sdk
        if sdk == "openai":
            _openai_call(_openai(f"{proxy}/{upstream}", default_headers=headers), model)
        else:
            _anthropic_call(_anthropic(f"{proxy}/{upstream}", default_headers=headers), model)


def through_wrapper(sidecar, fake, sdk: str, emitter: Emitter) -> None:
    for model in EXPECTED:
        base = DEAD if model == "m-refused" else fake.url
        if sdk == "openai":
            client = instrument_openai(_openai(base + "/v1"), emitter=emitter,
                                       tenant="wrapper-openai")
            _openai_call(client, model)
        else:
            client = instrument_anthropic(_anthropic(base), emitter=emitter,
                                          tenant="wrapper-anthropic")
            _anthropic_call(client, model)


def through_track(sidecar, fake, emitter: Emitter) -> None:
    """Application code timing uninstrumented SDK calls with track()."""
    for model in EXPECTED:
        if model == "m-cancel":  # the caller's task is cancelled while it waits
            async def call():
                client = openai.AsyncOpenAI(base_url=fake.url + "/v1", api_key="k",
                                            max_retries=0)
                async with track(provider="openai", model="m-cancel", tenant="track",
                                 emitter=emitter):
                    await client.chat.completions.create(model="m-slow", messages=[])

            async def cancel_soon():
                task = asyncio.ensure_future(call())
                await asyncio.sleep(0.3)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task

            asyncio.run(cancel_soon())
            continue
        client = _openai((DEAD if model == "m-refused" else fake.url) + "/v1")
        with pytest.raises(openai.OpenAIError):
            with track(provider="openai", model=model, tenant="track", emitter=emitter):
                client.chat.completions.create(model=model, messages=[])


def recorded(sidecar) -> dict[str, dict[str, str]]:
    """tenant (the path) -> model -> error_type, from llm_requests_total."""
    table: dict[str, dict[str, str]] = {}
    for (name, labels), count in samples(sidecar.scrape()).items():
        labels = dict(labels)
        if name == "llm_requests_total" and count:
            table.setdefault(labels["tenant"], {})[labels["gen_ai_request_model"]] = \
                labels.get("error_type", "")
    return table


def test_the_same_failures_get_the_same_error_type_on_every_path(sidecar, fake):
    emitter = Emitter(sidecar.address("udp"))
    through_proxy(sidecar, fake, "openai")
    through_proxy(sidecar, fake, "anthropic")
    through_wrapper(sidecar, fake, "openai", emitter)
    through_wrapper(sidecar, fake, "anthropic", emitter)
    through_track(sidecar, fake, emitter)
    assert emitter.flush(5)
    paths = ("proxy-openai", "proxy-anthropic", "wrapper-openai", "wrapper-anthropic", "track")
    sidecar.wait_for(len(paths) * len(EXPECTED), timeout=20)
    table = recorded(sidecar)
    assert {path: table.get(path) for path in paths} == dict.fromkeys(paths, EXPECTED)
