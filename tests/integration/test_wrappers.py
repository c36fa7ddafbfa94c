"""SDK wrappers: one call instruments the real openai and anthropic clients (sync, async,
streaming); each call emits the event the proxy would, and the sidecar counts it the same."""

from __future__ import annotations

import asyncio

import anthropic
import openai
import pytest

from llm_exporter.checks import AnswerChecks, Rule
from llm_exporter.client import Emitter, instrument_anthropic, instrument_openai

from conftest import answer_checks, value
from data.answer_corpus import CITES, THROUGH_SDKS
from fake_provider import CHUNKS, FakeProvider


@pytest.fixture(scope="module")
def fake():
    provider = FakeProvider()
    yield provider
    provider.close()


def sent(sidecar, emitter: Emitter, n: int) -> str:
    assert emitter.flush(5)
    sidecar.wait_for(n)
    return sidecar.scrape()


def test_openai_sync_and_streaming(sidecar, fake):
    emitter = Emitter(sidecar.address("udp"))
    client = instrument_openai(openai.OpenAI(base_url=fake.url + "/v1", api_key="k",
                                             max_retries=0), emitter=emitter, tenant="acme")
    client.chat.completions.create(model="gpt-4o", messages=[])
    chunks = list(client.chat.completions.create(model="gpt-4o", messages=[], stream=True))
    assert all(c.choices for c in chunks)  # the usage chunk the wrapper asked for is hidden
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "".join(CHUNKS)
    client.embeddings.create(model="text-embedding-3-small", input="x")
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(model="gpt-4o-429", messages=[])
    text = sent(sidecar, emitter, 4)
    labels = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "gpt-4o"}
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="input",
                 tenant="acme") == 2400
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="cache_read",
                 tenant="acme") == 2000
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="reasoning",
                 tenant="acme") == 240
    assert value(text, "gen_ai_client_operation_time_to_first_chunk_seconds_count", **labels,
                 gen_ai_operation_name="chat") == 1
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o-429", gen_ai_operation_name="chat",
                 error_type="rate_limit", tenant="acme") == 1
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="text-embedding-3-small",
                 gen_ai_operation_name="embeddings", tenant="acme") == 1


def test_openai_async_stream_and_early_exit(sidecar, fake):
    emitter = Emitter(sidecar.address("udp"))
    client = instrument_openai(openai.AsyncOpenAI(base_url=fake.url + "/v1", api_key="k",
                                                  max_retries=0), emitter=emitter)

    async def main():
        stream = await client.chat.completions.create(model="gpt-4o-mini", messages=[],
                                                      stream=True)
        texts = [c.choices[0].delta.content or "" async for c in stream]
        async with await client.chat.completions.create(
                model="gpt-4o-mini", messages=[], stream=True) as early:
            async for _ in early:
                break  # the user stops reading
        return texts

    assert "".join(asyncio.run(main())) == "".join(CHUNKS)
    text = sent(sidecar, emitter, 2)
    labels = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "gpt-4o-mini",
              "gen_ai_operation_name": "chat"}
    assert value(text, "llm_requests_total", **labels) == 1
    assert value(text, "llm_requests_total", **labels, error_type="client_cancelled") == 1


def test_anthropic_create_stream_and_helper(sidecar, fake):
    emitter = Emitter(sidecar.address("udp"))
    client = instrument_anthropic(anthropic.Anthropic(base_url=fake.url, api_key="k",
                                                      max_retries=0), emitter=emitter)
    client.messages.create(model="claude-haiku-4-5", max_tokens=10, messages=[])
    events = list(client.messages.create(model="claude-haiku-4-5", max_tokens=10,
                                         messages=[], stream=True))
    assert events[0].type == "message_start"
    with client.messages.stream(model="claude-haiku-4-5-long", max_tokens=10,
                                messages=[]) as stream:
        assert "".join(stream.text_stream) == "".join(CHUNKS)
    text = sent(sidecar, emitter, 3)
    labels = {"gen_ai_provider_name": "anthropic", "gen_ai_request_model": "claude-haiku-4-5"}
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="input") == 2400
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="cache_write") == 400
    assert value(text, "llm_tokens_total", **labels, gen_ai_token_type="output") == 500
    assert value(text, "gen_ai_client_operation_time_to_first_chunk_seconds_count", **labels,
                 gen_ai_operation_name="chat") == 1
    helper = {"gen_ai_provider_name": "anthropic",
              "gen_ai_request_model": "claude-haiku-4-5-long"}
    assert value(text, "llm_finish_reasons_total", **helper, finish_reason="length") == 1
    assert value(text, "llm_tokens_total", **helper, gen_ai_token_type="input") == 1200


def test_async_anthropic_and_instrumenting_twice(sidecar, fake):
    emitter = Emitter(sidecar.address("udp"))
    client = anthropic.AsyncAnthropic(base_url=fake.url, api_key="k", max_retries=0)
    instrument_anthropic(client, emitter=emitter, prompt_name="p")
    instrument_anthropic(client, emitter=emitter, prompt_name="p")  # no double counting

    async def main():
        await client.messages.create(model="claude-haiku-4-5-refuse", max_tokens=10,
                                     messages=[])
        async with client.messages.stream(model="claude-haiku-4-5", max_tokens=10,
                                          messages=[]) as stream:
            return "".join([t async for t in stream.text_stream])

    assert asyncio.run(main()) == "".join(CHUNKS)
    text = sent(sidecar, emitter, 2)
    assert value(text, "llm_refusals_total", gen_ai_provider_name="anthropic",
                 gen_ai_request_model="claude-haiku-4-5-refuse") == 1
    assert value(text, "llm_exporter_events_total", transport="udp", type="llm_call") == 2


CHECKS = AnswerChecks(prompts={p: tuple(Rule(**r) for r in rules) for p, rules in CITES.items()})


def expect_checked(text: str, provider: str) -> None:
    counted = answer_checks(text)
    for prompt, message, _, _, expected in THROUGH_SDKS:
        for check, result in expected.items():
            assert counted.get((provider, prompt, check, result)) == 1, (prompt, check, result)
            other = "pass" if result == "fail" else "fail"
            assert (provider, prompt, check, other) not in counted
        assert message[5:] not in text  # the answer's text is not in /metrics


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_openai_answers_are_checked(sidecar, fake, stream):
    emitter = Emitter(sidecar.address("udp"))
    for prompt, message, openai_args, _, _ in THROUGH_SDKS:
        client = instrument_openai(openai.OpenAI(base_url=fake.url + "/v1", api_key="k",
                                                 max_retries=0),
                                   emitter=emitter, checks=CHECKS, prompt_name=prompt)
        answer = client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": message}], stream=stream,
            **openai_args)
        list(answer) if stream else None
    expect_checked(sent(sidecar, emitter, len(THROUGH_SDKS)), "openai")


@pytest.mark.parametrize("how", ["whole", "streamed", "stream_helper", "async"])
def test_anthropic_answers_are_checked(sidecar, fake, how):
    emitter = Emitter(sidecar.address("udp"))

    async def ask_async(client, **kw):
        async for _ in await client.messages.create(stream=True, **kw):
            pass

    for prompt, message, _, anthropic_args, _ in THROUGH_SDKS:
        sdk = anthropic.AsyncAnthropic if how == "async" else anthropic.Anthropic
        client = instrument_anthropic(sdk(base_url=fake.url, api_key="k", max_retries=0),
                                      emitter=emitter, checks=CHECKS, prompt_name=prompt)
        kw = dict(model="claude-sonnet-4-5", max_tokens=100,
                  messages=[{"role": "user", "content": message}], **anthropic_args)
        if how == "stream_helper":
            with client.messages.stream(**kw) as stream:
                stream.until_done()
        elif how == "async":
            asyncio.run(ask_async(client, **kw))
        else:
            answer = client.messages.create(stream=how == "streamed", **kw)
            list(answer) if how == "streamed" else None
    expect_checked(sent(sidecar, emitter, len(THROUGH_SDKS)), "anthropic")


def test_checks_can_be_turned_off(sidecar, fake):
    emitter = Emitter(sidecar.address("udp"))
    client = instrument_openai(openai.OpenAI(base_url=fake.url + "/v1", api_key="k",
                                             max_retries=0), emitter=emitter, checks=False)
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    text = sent(sidecar, emitter, 1)
    assert answer_checks(text) == {}
    assert value(text, "llm_answer_tokens_count", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o") == 1  # lengths come from usage all the same
