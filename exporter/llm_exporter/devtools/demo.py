"""Realistic demo traffic: several providers, models and tenants, streaming, errors, feedback,
end users and sessions, and answers checked by the client library's answer checks.

Used by ``llm-exporter demo`` (sidecar + this traffic) and by tests that need a plausible mix.
Every event goes through the real client library, so the demo exercises the real path.
"""

from __future__ import annotations

import asyncio
import random
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from llm_exporter.client import Emitter, check
from llm_exporter.config import Budget, Config

if TYPE_CHECKING:  # the sidecar is imported when it is served, not with this module
    from llm_exporter.sidecar.server import Sidecar


@dataclass(frozen=True)
class Model:
    provider: str
    name: str
    weight: float
    ttft: float  # median seconds to first token
    per_token: float  # seconds per output token
    cache: bool = False  # uses prompt caching
    reasoning: bool = False


MODELS = (
    Model("openai", "gpt-4o-mini", 30, 0.35, 0.008, cache=True),
    Model("openai", "gpt-4o", 12, 0.55, 0.012, cache=True),
    Model("openai", "o3-mini", 4, 1.2, 0.010, reasoning=True),
    Model("anthropic", "claude-sonnet-4-5", 14, 0.7, 0.014, cache=True),
    Model("anthropic", "claude-haiku-4-5", 12, 0.4, 0.007, cache=True),
    Model("google", "gemini-2.5-flash", 10, 0.3, 0.005),
    Model("ollama", "llama3.1:8b", 3, 0.15, 0.012),  # self-hosted: no price, counted unpriced
)
TENANTS = (("acme", 40), ("globex", 25), ("initech", 15), ("umbrella", 12), ("hooli", 8))
PROMPTS = (("support-answer", "v4", 45), ("support-answer", "v3", 5), ("summarize", "v1", 30),
           ("classify-ticket", "v2", 20))
# the demo's budgets when no config file is given: the status page shows spend against them
DEMO_BUDGETS = (Budget("acme", daily_usd=500.0, monthly_usd=12000.0),
                Budget("globex", daily_usd=300.0, monthly_usd=7000.0))
WORKFLOW_STEPS = (("retrieve", 0.06), ("rerank", 0.03))
USERS_PER_TENANT = 400
# what the models answer, for the answer checks (the text stays here; only results are sent)
ANSWERS = (("Reset your password under Settings > Security, then sign in again.", 93),
           ("I think the refund takes about five days, but I'm not sure.", 5),
           ("I'm sorry, but I can't help with that request.", 2))
TICKET = {"type": "object", "required": ["category", "priority"],
          "properties": {"category": {"enum": ["billing", "bug", "account"]},
                         "priority": {"type": "integer", "minimum": 1, "maximum": 4}}}
TICKET_REQUEST = {"response_format": {"type": "json_schema",
                                      "json_schema": {"name": "ticket", "schema": TICKET}}}
TICKETS = (('{"category": "billing", "priority": 2}', 97),
           ('{"category": "sales", "priority": 2}', 2), ('{"category": "bug", "priority"', 1))


class Traffic:
    """Generates events; an incident makes one model fail or slow down for a while."""

    def __init__(self, seed: int | None = None, incident_every: float = 120.0,
                 incident_length: float = 25.0):
        self.rng = random.Random(seed)
        self.incident_every = incident_every
        self.incident_length = incident_length
        self.start = time.monotonic()

    def incident(self, now: float) -> tuple[str, str] | None:
        """(model, kind) of the incident under way, if any: kind is rate_limit or slow."""
        if self.incident_every <= 0:
            return None
        phase = (now - self.start) % self.incident_every
        if self.incident_every - self.incident_length <= phase:
            n = int((now - self.start) // self.incident_every)
            return ("gpt-4o", "rate_limit") if n % 2 == 0 else ("claude-sonnet-4-5", "slow")
        return None

    def call(self, now: float | None = None) -> list[dict]:
        """The events for one user request: workflow steps, the LLM call, maybe feedback."""
        rng = self.rng
        now = time.monotonic() if now is None else now
        model = rng.choices(MODELS, [m.weight for m in MODELS])[0]
        tenant = rng.choices([t for t, _ in TENANTS], [w for _, w in TENANTS])[0]
        prompt, version, _ = rng.choices(PROMPTS, [w for *_, w in PROMPTS])[0]
        trace_id = f"{rng.getrandbits(128):032x}"
        incident = self.incident(now)
        events: list[dict] = []
        for step, median in WORKFLOW_STEPS:
            events.append({"type": "step", "workflow": "rag-answer", "step": step,
                           "duration_s": round(rng.lognormvariate(0, 0.5) * median, 4),
                           "trace_id": trace_id})

        input_tokens = int(rng.lognormvariate(7.3, 0.7))  # ~1500 median
        output_tokens = int(rng.lognormvariate(5.5, 0.6)) + 1  # ~250 median
        user = rng.randrange(USERS_PER_TENANT)
        event: dict = {"v": 1, "type": "llm_call", "provider": model.provider,
                       "model": model.name, "operation": "chat", "tenant": tenant,
                       "prompt_name": prompt, "prompt_version": version, "trace_id": trace_id,
                       "user": f"{tenant}-user-{user}",
                       "session": f"{tenant}-{user}-{int(now // 300)}"}
        streaming = rng.random() < 0.6
        ttft = rng.lognormvariate(0, 0.35) * model.ttft
        if incident == (model.name, "slow"):
            ttft *= 6
        error = None
        if incident == (model.name, "rate_limit") and rng.random() < 0.6:
            error = "rate_limit"
        elif rng.random() < 0.002:  # background failures, well inside a 99.5 % objective
            error = rng.choice(["server_error", "timeout", "connection"])
        if error:
            event.update(error_type=error, duration_s=round(rng.uniform(0.05, 0.4), 4),
                         retries=rng.choice([0, 1, 2]))
            if error == "timeout":
                event["duration_s"] = 30.0
            events.append(event)
            return events
        duration = ttft + output_tokens * model.per_token * rng.lognormvariate(0, 0.15)
        event.update(duration_s=round(duration, 4), input_tokens=input_tokens,
                     output_tokens=output_tokens)
        if streaming:
            event["ttft_s"] = round(ttft, 4)
        if model.cache and rng.random() < 0.5:
            event["cache_read_tokens"] = int(input_tokens * rng.uniform(0.3, 0.9))
        if model.reasoning:
            event["reasoning_tokens"] = int(output_tokens * rng.uniform(0.3, 0.8))
        r = rng.random()
        event["finish_reason"] = ("length" if r < 0.012 else "tool_calls" if r < 0.11
                                  else "content_filter" if r < 0.115 else "stop")
        if rng.random() < 0.01:
            event["refusal"] = True
        if prompt == "classify-ticket":
            answer = rng.choices([a for a, _ in TICKETS], [w for _, w in TICKETS])[0]
            event["checks"] = check(answer, finish_reason=event["finish_reason"],
                                    request=TICKET_REQUEST, prompt_name=prompt)
        else:
            answer = rng.choices([a for a, _ in ANSWERS], [w for _, w in ANSWERS])[0]
            event["checks"] = check(answer, finish_reason=event["finish_reason"],
                                    prompt_name=prompt)
        if rng.random() < 0.05:
            event["retries"] = 1
        events.append(event)
        if rng.random() < 0.15:
            good = 0.85 if version != "v3" else 0.6
            events.append({"type": "feedback", "name": "user_rating", "model": model.name,
                           "prompt_name": prompt, "prompt_version": version,
                           "value": 1.0 if rng.random() < good else 0.0, "trace_id": trace_id})
        if rng.random() < 0.125:  # one request in eight goes to the support agent
            events += self.agent_run(tenant)
        return events

    def agent_run(self, tenant: str) -> list[dict]:
        """The events of one run of the support agent: model calls and tool calls under the
        run's span (order lookups through an MCP server), then the run; one run in 200 loops
        on a tool."""
        rng = self.rng
        trace_id, run = f"{rng.getrandbits(128):032x}", f"{rng.getrandbits(64):016x}"
        events: list[dict] = []
        looping = rng.random() < 0.005
        turns = 6 if looping else rng.randint(1, 4)
        for turn in range(turns):
            tool = "search_kb" if looping or rng.random() < 0.6 else "lookup_order"
            events.append({"type": "llm_call", "provider": "openai", "model": "gpt-4o-mini",
                           "tenant": tenant, "agent": "support-agent",
                           "duration_s": round(rng.lognormvariate(0, 0.4) * 0.9, 4),
                           "input_tokens": 800 + 600 * turn, "output_tokens": 60,
                           "finish_reason": "tool_calls", "trace_id": trace_id,
                           "span_id": f"{rng.getrandbits(64):016x}", "parent_span_id": run})
            failed = rng.random() < 0.01
            span = f"{rng.getrandbits(64):016x}"
            duration = round(rng.lognormvariate(0, 0.6) * 0.12, 4)
            if tool == "lookup_order":  # served by the orders team's MCP server
                events.append({"type": "mcp_operation", "method": "tools/call",
                               "server": "orders-mcp", "tool": tool,
                               "duration_s": round(duration * 0.9, 4), "trace_id": trace_id,
                               "span_id": f"{rng.getrandbits(64):016x}", "parent_span_id": span,
                               **({"error_type": "-32603"} if failed else {})})
            events.append({"type": "tool_call", "tool": tool, "agent": "support-agent",
                           "duration_s": duration,
                           "arguments_hash": "0" * 16 if looping else f"{rng.getrandbits(64):016x}",
                           "trace_id": trace_id, "span_id": span,
                           "parent_span_id": run, **({"error_type": "timeout"} if failed else {})})
        final = {"type": "llm_call", "provider": "openai", "model": "gpt-4o-mini",
                 "tenant": tenant, "agent": "support-agent", "input_tokens": 900 + 600 * turns,
                 "output_tokens": int(rng.lognormvariate(5, 0.5)), "finish_reason": "stop",
                 "duration_s": round(rng.lognormvariate(0, 0.4) * 2.5, 4),
                 "trace_id": trace_id, "span_id": f"{rng.getrandbits(64):016x}",
                 "parent_span_id": run}
        total = sum(e["duration_s"] for e in events) + final["duration_s"]
        return [*events, final, {"type": "agent_run", "agent": "support-agent",
                                 "duration_s": round(total * 1.05, 4), "trace_id": trace_id,
                                 "span_id": run, "parent_span_id": "",
                                 **({"error_type": "max_turns"} if looping else {})}]


def run_traffic(emitter: Emitter, rate: float, stop: threading.Event,
                traffic: Traffic | None = None) -> None:
    """Send about ``rate`` user requests per second until ``stop`` is set."""
    traffic = traffic or Traffic()
    interval = 1.0 / rate
    next_at = time.monotonic()
    while not stop.is_set():
        for event in traffic.call():
            emitter.emit(event)
        next_at += interval * traffic.rng.expovariate(1.0)
        delay = next_at - time.monotonic()
        if delay > 0:
            stop.wait(delay)
        elif delay < -1.0:
            next_at = time.monotonic()


async def serve_with_traffic(config: Config, rate: float, duration: float, traffic: Traffic,
                             announce: Callable[[Sidecar, str], None] | None = None) -> int:
    """The sidecar plus ``traffic`` sent to it through the client library, until SIGINT or
    SIGTERM (or ``duration`` seconds); returns the sidecar's exit code."""
    from llm_exporter.sidecar.server import serve

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    ready: asyncio.Future[Sidecar] = loop.create_future()
    server = asyncio.create_task(serve(config, stop=stop, on_ready=ready))
    try:
        sidecar = await ready
    except Exception:
        return await server
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    if duration:
        loop.call_later(duration, stop.set)
    target = (f"udp:{config.ingest.udp}" if config.ingest.udp
              else f"unixgram:{config.ingest.unixgram}")
    halt = threading.Event()
    thread = threading.Thread(target=run_traffic, args=(Emitter(target), rate, halt, traffic),
                              daemon=True)
    thread.start()
    if announce is not None:
        announce(sidecar, target)
    code = await server
    halt.set()
    thread.join(2.0)
    return code
