"""Opt-in evaluators: a judge model scores a sample of proxied answers, in the background.

An evaluator (``evaluators:`` in the config) names a judge model on one of the proxy's
upstreams, a sample rate, a jinja2 prompt and a regular expression that reads the score from
the judge's answer. For a sampled call the proxy hands over the question and the answer once
the call is over (``offer``): nothing waits on the request path. Each evaluator has a queue
(``max_queue``, past it the call is not judged), at most ``max_concurrency`` judge calls in
flight, and a daily spend limit (``max_usd_per_day``, UTC days). The score becomes a
``feedback`` event named after the evaluator, with the judged call's labels and trace, so the
feedback metrics, LLMFeedbackScoreDrop and the quality dashboard apply. The judge's own call
is counted like any call, under ``prompt_name="evaluator:<name>"``. The only place an answer's
text goes is the operator's own judge upstream. Of the judge's answer at most
``MAX_ANSWER_BYTES`` are read; a longer one is not read further (connection closed) and the
judgement counts as ``failed``. A score the feedback event cannot carry (out of its range)
counts as ``unparsed``, as no score does.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import jinja2.sandbox
from prometheus_client.core import Metric

from llm_exporter import metrics
from llm_exporter.config import Evaluator, Upstream
from llm_exporter.content import AnswerText
from llm_exporter.providers import FORMAT_BY_NAME, Accumulator, classify_exception, classify_status
from llm_exporter.sidecar.core.decode import Rejection
from llm_exporter.sidecar.sinks.traces import read_at_most

log = logging.getLogger(__name__)

OUTCOMES = ("scored", "unparsed", "failed", "queue_full", "over_budget")
# bytes of a judge's answer read: a chat completion of max_tokens (16 by default) is a few
# hundred bytes; 1 MiB leaves room for verbose upstreams and large max_tokens
MAX_ANSWER_BYTES = 1 << 20
_templates = jinja2.sandbox.SandboxedEnvironment(autoescape=False, undefined=jinja2.StrictUndefined)


class Judge:
    """One evaluator: its template, score pattern, queue and spend."""

    def __init__(self, evaluator: Evaluator, upstream: Upstream, api_key: str):
        self.evaluator = evaluator
        self.upstream = upstream
        self.api_key = api_key
        self.template = _templates.from_string(evaluator.prompt)
        self.score = re.compile(evaluator.score_pattern)
        self.queue: asyncio.Queue[dict] = asyncio.Queue(evaluator.max_queue)
        self.spent: dict[int, float] = {}  # UTC day -> USD spent on judge calls
        self.prompt_names = set(evaluator.prompt_names)

    @property
    def anthropic(self) -> bool:
        return self.evaluator.api == "anthropic_messages"

    def wants(self, call: dict) -> bool:
        return not self.prompt_names or call.get("prompt_name", "") in self.prompt_names


class Evaluators:
    """Every configured evaluator, fed by the proxy, run by ``run()``."""

    def __init__(self, judges: list[Judge], submit: Callable[[dict], object],
                 cost_of: Callable[[dict], float], *, rng: random.Random | None = None,
                 wall_clock: Callable[[], float] = time.time):
        """``submit(fields)`` takes the feedback and the judge's own call events;
        ``cost_of(fields)`` prices a judge call's event."""
        self.judges = judges
        self.submit = submit
        self.cost_of = cost_of
        self.rng = rng or random.Random()
        self.wall_clock = wall_clock
        self.outcomes: defaultdict[tuple[str, str], int] = defaultdict(int)
        self.session: aiohttp.ClientSession | None = None

    def sampled(self, call: dict) -> list[Judge]:
        """The evaluators that will judge this call (decided at once: the caller gathers
        the question only for those)."""
        return [j for j in self.judges
                if j.wants(call) and self.rng.random() < j.evaluator.sample_rate]

    def offer(self, judges: list[Judge], call: dict, messages: list[dict[str, str]],
              answer: str) -> None:
        """Queue a finished call for its judges; never blocks, never raises."""
        for judge in judges:
            job = {"call": call, "messages": messages, "answer": answer}
            try:
                judge.queue.put_nowait(job)
            except asyncio.QueueFull:
                self.outcomes[(judge.evaluator.name, "queue_full")] += 1

    async def run(self) -> None:
        """Judge queued calls until cancelled."""
        self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120))
        workers = [asyncio.create_task(self._work(judge))
                   for judge in self.judges for _ in range(judge.evaluator.max_concurrency)]
        try:
            await asyncio.gather(*workers)
        finally:
            for worker in workers:
                worker.cancel()
            await self.session.close()

    async def _work(self, judge: Judge) -> None:
        while True:
            job = await judge.queue.get()
            try:
                await self._judge(judge, job)
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug costs this judgement, never the worker
                log.exception("evaluator %s failed", judge.evaluator.name)
                self.outcomes[(judge.evaluator.name, "failed")] += 1

    async def _judge(self, judge: Judge, job: dict) -> None:
        evaluator = judge.evaluator
        day = int(self.wall_clock() // 86400)
        if judge.spent.get(day, 0.0) >= evaluator.max_usd_per_day:
            self.outcomes[(evaluator.name, "over_budget")] += 1
            return
        call = job["call"]
        questions = [m["content"] for m in job["messages"] if m["role"] == "user"]
        prompt = judge.template.render(
            question=questions[-1] if questions else "", messages=job["messages"],
            answer=job["answer"], model=call.get("model", ""),
            prompt_name=call.get("prompt_name", ""),
            prompt_version=call.get("prompt_version", ""))
        fmt = FORMAT_BY_NAME[evaluator.api]
        body: dict[str, Any] = {"model": evaluator.model, "max_tokens": evaluator.max_tokens,
                                "messages": [{"role": "user", "content": prompt}]}
        if judge.anthropic:
            url = f"{judge.upstream.url.rstrip('/')}/v1/messages"
            headers = {"x-api-key": judge.api_key, "anthropic-version": "2023-06-01"}
        else:
            url = f"{judge.upstream.url.rstrip('/')}/chat/completions"
            headers = {"Authorization": f"Bearer {judge.api_key}"}
            body["temperature"] = 0
        own: dict[str, Any] = {
            "type": "llm_call", "provider": judge.upstream.provider or judge.upstream.name,
            "model": evaluator.model, "operation": "chat",
            "prompt_name": f"evaluator:{evaluator.name}"}
        started = time.perf_counter()
        assert self.session is not None
        try:
            async with self.session.post(url, json=body, headers=headers) as response:
                status = response.status
                raw = await read_at_most(response, MAX_ANSWER_BYTES) if status < 400 else b""
            reply = json.loads(raw) if raw and raw.strip() else None
        except (asyncio.TimeoutError, aiohttp.ClientError, ValueError, RecursionError) as e:
            own.update(duration_s=time.perf_counter() - started,
                       error_type=classify_exception(e, default="connection"))
            self.submit(own)
            self.outcomes[(evaluator.name, "failed")] += 1
            return
        own["duration_s"] = time.perf_counter() - started
        if raw is None:  # counted as a call without usage, as the proxy counts one
            self.submit(own)
            self.outcomes[(evaluator.name, "failed")] += 1
            log.warning("evaluator %s: the judge's answer is over %d bytes: not read further, "
                        "not scored", evaluator.name, MAX_ANSWER_BYTES)
            return
        if status >= 400:
            own["error_type"] = classify_status(status)
            self.submit(own)
            self.outcomes[(evaluator.name, "failed")] += 1
            log.warning("evaluator %s: the judge answered HTTP %d", evaluator.name, status)
            return
        usage = Accumulator(fmt)
        usage.response(reply)
        own.update(usage.fields)
        text = AnswerText()
        text.response(reply)
        cost = self.cost_of(own)
        judge.spent = {day: judge.spent.get(day, 0.0) + cost}
        self.submit(own)
        match = judge.score.search(text.text())
        try:
            score = float(match.group(1) if match.groups() else match.group()) if match \
                else None
        except ValueError:
            score = None
        if score is None:
            self.outcomes[(evaluator.name, "unparsed")] += 1
            return
        feedback = {"type": "feedback", "name": evaluator.name, "value": score}
        for key in ("model", "provider", "tenant", "prompt_name", "prompt_version",
                    "trace_id"):
            if call.get(key):
                feedback[key] = call[key]
        outcome = self.submit(feedback)
        if isinstance(outcome, Rejection):  # e.g. 1e10: outside what a feedback value may be
            self.outcomes[(evaluator.name, "unparsed" if outcome.reason == "invalid_value"
                           else "failed")] += 1
            log.warning("evaluator %s: the judge's score %r was rejected (%s)", evaluator.name,
                        score, outcome.reason)
            return
        self.outcomes[(evaluator.name, "scored")] += 1

    def collect(self) -> Iterator[Metric]:
        """Judgements by evaluator and outcome (a prometheus-client collector)."""
        yield metrics.family(metrics.EVALUATIONS, (
            (key, self.outcomes[key]) for judge in self.judges
            for key in ((judge.evaluator.name, outcome) for outcome in OUTCOMES)))
