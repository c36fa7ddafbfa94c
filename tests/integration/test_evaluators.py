"""Evaluators (LLM as judge) through the proxy: sampled answers scored by a judge model on
an upstream, in the background, recorded as feedback scores; bounded in concurrency, queue
and spend; the judge's own calls counted under their own prompt name."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import threading
import time
import tracemalloc
from types import SimpleNamespace

import openai
import pytest
from aiohttp import web

from llm_exporter.config import Evaluator, PriceOverride, ProxyConfig, Upstream
from llm_exporter.sidecar.sources import proxy

from conftest import RunningSidecar, loopback_config, samples, value
from fake_provider import FakeProvider

PROMPT = ("Rate how well the answer fits the question, from 0 to 1.\n"
          "Question: {{ question }}\nAnswer: {{ answer }}\nModel: {{ model }}")


@pytest.fixture(scope="module")
def fake():
    provider = FakeProvider()
    yield provider
    provider.close()


class LocalJudge:
    """A judge upstream answering ``content`` as a chat completion, or ``total`` bytes of
    one written 1 MiB at a time (never built whole); ``sent`` counts what it wrote before
    the client went away."""

    def __init__(self, content: str = "Score: 0.5", total: int = 0):
        self.content, self.total, self.sent = content, total, 0
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        threading.Thread(target=self._run, args=(ready,), daemon=True).start()
        assert ready.wait(10)
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}/v1"

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self.chat)
        self.runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        self.loop.run_until_complete(self.runner.setup())
        self.loop.run_until_complete(web.TCPSite(self.runner, "127.0.0.1", 0).start())
        ready.set()
        self.loop.run_forever()

    async def chat(self, request: web.Request) -> web.StreamResponse:
        await request.read()
        if not self.total:
            return web.json_response({"choices": [{"index": 0, "message": {
                "role": "assistant", "content": self.content}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 200, "completion_tokens": 4}})
        head = b'{"choices": [{"index": 0, "message": {"role": "assistant", "content": "'
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.content_length = len(head) + self.total + 3
        await response.prepare(request)
        chunk = b"x" * (1 << 20)
        try:
            await response.write(head)
            while self.sent < self.total:
                await response.write(chunk)
                self.sent += len(chunk)
            await response.write(b'"}}]}')
        except ConnectionError:
            pass
        return response

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)


def start(tmp_path, fake, judge_url: str = "", **evaluator) -> RunningSidecar:
    key = tmp_path / "judge-key"
    key.write_text("sk-judge-key\n")
    settings = dict(name="relevance", upstream="judge", model="gpt-4o-mini-judge",
                    prompt=PROMPT, score_pattern=r"Score: ([0-9.]+)", sample_rate=1.0,
                    api_key_file=str(key))
    settings.update(evaluator)
    config = dataclasses.replace(
        loopback_config(tmp_path),
        proxy=ProxyConfig(listen_address="127.0.0.1:0", upstreams=(
            Upstream("openai", fake.url + "/v1"),
            Upstream("judge", judge_url or fake.url + "/v1"))),
        prices=(PriceOverride("gpt-4o-mini-judge", input=1000.0, output=1000.0),
                PriceOverride("gpt-4o-mini-judge-slow", input=1000.0, output=1000.0)),
        evaluators=(Evaluator(**settings),))
    return RunningSidecar(config)


def ask(running, question: str, **headers) -> float:
    """One proxied chat call; how long the caller waited (s)."""
    client = openai.OpenAI(base_url=f"http://{running.sidecar.proxy.address}/openai",
                           api_key="sk-app", max_retries=0)
    began = time.perf_counter()
    client.chat.completions.create(model="gpt-4o", messages=[
        {"role": "user", "content": question}], extra_headers=headers)
    return time.perf_counter() - began


def evaluations(text: str) -> dict[str, float]:
    return {dict(labels)["outcome"]: v for (name, labels), v in samples(text).items()
            if name == "llm_exporter_evaluations_total"}


def feedback(text: str, sample: str, **labels: str) -> float:
    """A sample of llm_feedback_score with these labels (its label ``name`` included)."""
    return samples(text).get((f"llm_feedback_score_{sample}", tuple(sorted(labels.items()))),
                             0.0)


def wait_until(predicate, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_sampled_answers_are_scored_by_the_judge_as_feedback(tmp_path, fake):
    running = start(tmp_path, fake)
    try:
        before = len(fake.requests)
        for i in range(3):
            ask(running, f"say: The capital of France is Paris. ({i})",
                **{"X-LLM-Tenant": "acme", "X-LLM-Prompt-Name": "geo",
                   "X-LLM-Prompt-Version": "v2"})
        wait_until(lambda: evaluations(running.scrape()).get("scored") == 3)
        text = running.scrape()
    finally:
        running.stop()
    labels = dict(name="relevance", gen_ai_request_model="gpt-4o", prompt_name="geo",
                  prompt_version="v2")
    assert feedback(text, "count", **labels) == 3
    assert feedback(text, "sum", **labels) == pytest.approx(2.25)
    judged = [r for r in fake.requests[before:] if r["body"]["model"] == "gpt-4o-mini-judge"]
    assert len(judged) == 3
    prompt = judged[0]["body"]["messages"][0]["content"]
    assert "Question: say: The capital of France is Paris. (0)" in prompt
    assert "Answer: The capital of France is Paris. (0)" in prompt  # the answer's text
    assert "Model: gpt-4o" in prompt
    assert judged[0]["headers"]["Authorization"] == "Bearer sk-judge-key"
    # the judge's own calls: counted as calls, priced, under their own prompt name
    assert value(text, "llm_requests_total", gen_ai_provider_name="judge",
                 gen_ai_request_model="gpt-4o-mini-judge", gen_ai_operation_name="chat") == 3
    judge_cost = value(text, "llm_cost_usd_total", gen_ai_provider_name="judge",
                       gen_ai_request_model="gpt-4o-mini-judge",
                       prompt_name="evaluator:relevance")
    assert judge_cost == pytest.approx(3 * 204 * 1000 / 1e6)


def test_a_judged_request_body_is_parsed_once(tmp_path, fake, monkeypatch):
    """The judge reads the request's messages, the checks what it asks of the answer, the
    proxy its model: one parse of the body serves them all."""
    parsed = []  # the request bodies the proxy parsed, by either parser

    def counted(parse):
        def parse_counted(body, *args, **kwargs):
            text = body if isinstance(body, bytes) else body.encode()
            if b"parsed once" in text and b'"messages"' in text:  # the request, not its answer
                parsed.append(parse)
            return parse(body, *args, **kwargs)
        return parse_counted

    head = proxy._request_head_decoder
    monkeypatch.setattr(proxy, "_request_head_decoder",
                        SimpleNamespace(decode=counted(head.decode)))
    monkeypatch.setattr(proxy, "json", SimpleNamespace(loads=counted(json.loads)))
    running = start(tmp_path, fake)
    try:
        ask(running, "say: parsed once")
        wait_until(lambda: evaluations(running.scrape()).get("scored") == 1)
    finally:
        running.stop()
    assert len(parsed) == 1


def test_the_judge_is_never_on_the_request_path_and_stays_within_its_bounds(tmp_path, fake):
    running = start(tmp_path, fake, model="gpt-4o-mini-judge-slow", max_concurrency=1,
                    max_queue=2)
    try:
        fake.most_judging = 0
        waited = [ask(running, f"say: answer {i}") for i in range(6)]
        assert max(waited) < 0.9  # the judge takes 1 s per call; nobody waited for it
        wait_until(lambda: sum(evaluations(running.scrape()).values()) == 6, timeout=15)
        outcomes = evaluations(running.scrape())
    finally:
        running.stop()
    assert fake.most_judging == 1  # max_concurrency
    # one judged at once, two waiting: of six calls in quick succession, 3 or 4 are judged
    assert outcomes["queue_full"] >= 2 and outcomes["scored"] + outcomes["queue_full"] == 6


def test_a_spent_daily_budget_stops_the_judging(tmp_path, fake):
    # one judge call costs $0.204 at these prices: a $0.3 day allows two
    running = start(tmp_path, fake, max_usd_per_day=0.3, max_concurrency=1)
    try:
        for i in range(4):
            ask(running, f"say: answer {i}")
            wait_until(lambda n=i: sum(evaluations(running.scrape()).values()) == n + 1)
        outcomes = evaluations(running.scrape())
    finally:
        running.stop()
    assert outcomes["scored"] == 2 and outcomes["over_budget"] == 2


def test_what_the_judge_cannot_score_is_counted(tmp_path, fake):
    running = start(tmp_path, fake, score_pattern=r"Grade: ([A-F])")
    try:
        ask(running, "say: hello")
        wait_until(lambda: evaluations(running.scrape()).get("unparsed") == 1)
        text = running.scrape()
    finally:
        running.stop()
    assert feedback(text, "count", name="relevance", gen_ai_request_model="gpt-4o") == 0


def test_sampling_and_prompt_filter(tmp_path, fake):
    running = start(tmp_path, fake, sample_rate=0.0)
    try:
        ask(running, "say: hello")
        time.sleep(0.3)
        assert evaluations(running.scrape()) == {k: 0 for k in (
            "scored", "unparsed", "failed", "queue_full", "over_budget")}
    finally:
        running.stop()
    running = start(tmp_path, fake, prompt_names=("support",))
    try:
        ask(running, "say: hello", **{"X-LLM-Prompt-Name": "other"})
        ask(running, "say: hello", **{"X-LLM-Prompt-Name": "support"})
        wait_until(lambda: evaluations(running.scrape()).get("scored") == 1)
        time.sleep(0.3)
        assert evaluations(running.scrape())["scored"] == 1
    finally:
        running.stop()


def test_a_score_the_feedback_event_cannot_carry_is_not_counted_as_scored(tmp_path, fake):
    """A judge score of 1e10 makes a feedback event the pipeline rejects (values are
    -1e9..1e9): it was counted as scored all the same; now as unparsed."""
    judge = LocalJudge("Score: 1e10")
    running = start(tmp_path, fake, judge_url=judge.url, score_pattern=r"Score: (\S+)")
    try:
        ask(running, "say: hello")
        wait_until(lambda: sum(evaluations(running.scrape()).values()) == 1)
        text = running.scrape()
        rejected = running.rejected()
    finally:
        running.stop()
        judge.close()
    outcomes = evaluations(text)
    assert (outcomes["scored"], outcomes["unparsed"]) == (0, 1)
    assert rejected["invalid_value"] == 1
    assert feedback(text, "count", name="relevance", gen_ai_request_model="gpt-4o") == 0


def test_a_huge_judge_answer_is_not_read_whole(tmp_path, fake, caplog):
    """A judge answering 64 MiB: at most 1 MiB is read, the connection is closed, the
    judgement counts as failed and the judge's call as a call. Before, the answer was read
    and decoded whole (256 MiB cost +974 MiB of RSS; 64 MiB here, over 128 MiB of Python
    memory as tracemalloc sees it)."""
    total = 64 << 20
    judge = LocalJudge(total=total)
    running = start(tmp_path, fake, judge_url=judge.url)
    tracemalloc.start()
    try:
        ask(running, "say: hello")
        wait_until(lambda: sum(evaluations(running.scrape()).values()) == 1, timeout=30)
        peak = tracemalloc.get_traced_memory()[1]
        text = running.scrape()
    finally:
        tracemalloc.stop()
        running.stop()
        judge.close()
    assert peak < 16 << 20, f"{peak / 2**20:.1f} MiB held while judging"
    assert judge.sent < total  # the sidecar went away before the end
    assert evaluations(text)["failed"] == 1
    assert value(text, "llm_requests_total", gen_ai_provider_name="judge",
                 gen_ai_request_model="gpt-4o-mini-judge", gen_ai_operation_name="chat") == 1
    assert "over 1048576 bytes" in caplog.text
