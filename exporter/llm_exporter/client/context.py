"""Workflows, agent runs and their steps as one trace: W3C trace context in ``contextvars``.

    with client.workflow("answer") as wf:          # a new trace (or the caller's: traceparent=)
        with client.step("retrieve"):              # a child span, a step event
            docs = search(q)
        with client.track(model="gpt-4o") as call:  # the model call: a child span too
            ...
        requests.post(url, headers={"traceparent": client.traceparent()})

    with client.agent("researcher") as run:        # an agent run: its calls count in it
        with client.track(model="gpt-4o") as call: ...
        with client.tool("search", arguments={"q": q}):  # a tool call; only a hash of the
            ...                                          # arguments is sent
        openai.chat.completions.create(..., extra_headers=run.headers())  # via the proxy

Each workflow, step and call inside one gets a trace id (the workflow's), its own span id and
its parent's, sent with its event; the sidecar, when it exports traces, makes the spans with
exactly these ids, so the exemplar on ``/metrics`` opens the same trace. Context managers work
sync and async (a task copies the context it starts in, as ``contextvars`` does). Standard
library only.
"""

from __future__ import annotations

import contextvars
import json
import random
from typing import Any

from llm_exporter import protocol
from llm_exporter.client.emitter import Emitter
from llm_exporter.client.timed import TimedEvent
from llm_exporter.providers import parse_traceparent

_current: contextvars.ContextVar[_Span | None] = contextvars.ContextVar(
    "llm_exporter_span", default=None)
_ids = random.Random()  # as OpenTelemetry's SDK makes ids: not secrets, only unique


class _Span:
    """The current workflow, step, agent run or tool call: its ids, and the workflow and
    agent it belongs to."""

    __slots__ = ("trace_id", "span_id", "workflow", "agent")

    def __init__(self, trace_id: str, span_id: str, workflow: str, agent: str):
        self.trace_id = trace_id
        self.span_id = span_id
        self.workflow = workflow
        self.agent = agent


def new_span_id() -> str:
    return f"{_ids.getrandbits(64) or 1:016x}"


def child_fields() -> dict[str, str]:
    """The ids of a new span under the current one ({} outside any workflow or agent run),
    and the agent whose run it is in: what a call made inside one carries."""
    parent = _current.get()
    if parent is None:
        return {}
    fields = {"trace_id": parent.trace_id, "span_id": new_span_id(),
              "parent_span_id": parent.span_id}
    if parent.agent:  # the call counts in the agent's run
        fields["agent"] = parent.agent
    return fields


def traceparent() -> str | None:
    """The W3C ``traceparent`` of the current workflow or step, to pass to another service
    (None outside any)."""
    span = _current.get()
    return None if span is None else f"00-{span.trace_id}-{span.span_id}-01"


def current_workflow() -> str | None:
    span = _current.get()
    return None if span is None else span.workflow


def current_agent() -> str | None:
    """The agent whose run the current code is in (None outside any)."""
    span = _current.get()
    return span.agent if span is not None and span.agent else None


class _Timed(TimedEvent):
    """A span made current while it runs (a workflow, a step, an agent run, a tool call), and
    its event, sent when it ends."""

    def __init__(self, event: dict[str, Any], emitter: Emitter | None, *,
                 workflow: str | None = None, agent: str | None = None,
                 traceparent: str | None = None):
        super().__init__(emitter, {"v": 1, **event})
        self._workflow = workflow
        self._agent = agent
        self._traceparent = traceparent
        self._token: contextvars.Token | None = None

    def __enter__(self) -> _Timed:
        parent = _current.get()
        remote = parse_traceparent(self._traceparent or "")
        if remote is not None:  # continue the caller's trace, under the caller's span
            trace_id, parent_id = remote
        elif parent is not None:
            trace_id, parent_id = parent.trace_id, parent.span_id
        else:
            trace_id, parent_id = f"{_ids.getrandbits(128) or 1:032x}", ""
        workflow = self._workflow or (parent.workflow if parent else None) or "unknown"
        agent = self._agent = self._agent or (parent.agent if parent else "")
        span = _Span(trace_id, new_span_id(), workflow, agent)
        if self.event["type"] == "step":
            self.event["workflow"] = workflow
        elif self.event["type"] == "tool_call" and agent:
            self.event["agent"] = agent
        self.event.update(trace_id=trace_id, span_id=span.span_id, parent_span_id=parent_id)
        if remote is not None:  # the root of this trace's part here: the sidecar exports it
            self.event["remote_parent"] = True  # without waiting for a parent it never sees
        self._token = _current.set(span)
        return super().__enter__()

    def _leave(self) -> None:
        if self._token is not None:
            _current.reset(self._token)

    @property
    def trace_id(self) -> str:
        return self.event["trace_id"]

    def traceparent(self) -> str:
        """This span's W3C ``traceparent`` ("" before it is entered)."""
        if "span_id" not in self.event:
            return ""
        return f"00-{self.event['trace_id']}-{self.event['span_id']}-01"

    def headers(self) -> dict[str, str]:
        """The headers that make a call through the sidecar's proxy a child of this span
        (``traceparent``), and inside an agent run count it in the run (``X-LLM-Agent``, when
        the agent's name is ASCII, as HTTP clients require; the proxy does not forward it)."""
        if "span_id" not in self.event:
            return {}
        headers = {"traceparent": self.traceparent()}
        if self._agent and self._agent.isascii():
            headers["X-LLM-Agent"] = self._agent
        return headers


class AgentRun(_Timed):
    """One agent run: calls tracked, tools called and proxied calls made inside it (with its
    ``headers()``) count in it. Its event is sent when it ends."""

    def limit(self, which: str = protocol.MAX_TURNS) -> None:
        """The run stopped at a limit (``max_turns`` or ``max_cost``), not at an answer."""
        self.event["error_type"] = which


def workflow(name: str, *, traceparent: str | None = None,
             emitter: Emitter | None = None) -> _Timed:
    """A workflow: the root span of a trace (or a child of ``traceparent``, an incoming
    W3C header, or of the current workflow), and its step event ``invoke_workflow``."""
    return _Timed({"type": "step", "step": "invoke_workflow"}, emitter, workflow=name,
                  traceparent=traceparent)


def step(name: str, *, emitter: Emitter | None = None) -> _Timed:
    """One step of the current workflow (retrieval, rerank...): a child span and a step
    event; outside any workflow, its workflow is ``unknown``."""
    return _Timed({"type": "step", "step": name}, emitter)


def agent(name: str, *, traceparent: str | None = None,
          emitter: Emitter | None = None) -> AgentRun:
    """One run of the agent ``name``: a span (the root of a new trace, or a child of
    ``traceparent`` or of the current span) and an ``agent_run`` event when it ends, with
    the run's outcome (an exception's class, or ``limit()``)."""
    return AgentRun({"type": "agent_run", "agent": name}, emitter, agent=name,
                    traceparent=traceparent)


def tool(name: str, *, arguments: Any = None, emitter: Emitter | None = None) -> _Timed:
    """One tool call of the current agent run: a span and a ``tool_call`` event. Its
    ``arguments`` are never sent: only a hash of them, by which the sidecar finds a run that
    calls a tool with the same arguments again and again."""
    event: dict[str, Any] = {"type": "tool_call", "tool": name}
    if arguments is not None:
        hashed = arguments_hash(arguments)
        if hashed:
            event["arguments_hash"] = hashed
    return _Timed(event, emitter)


def arguments_hash(arguments: Any) -> str:
    """A tool call's arguments as 16 hex digits (``protocol.arguments_hash`` of their
    canonical JSON, or of the string itself): equal arguments, equal hashes; "" for what
    cannot be written as JSON (never an exception into the application)."""
    if not isinstance(arguments, str):
        try:
            arguments = json.dumps(arguments, sort_keys=True, separators=(",", ":"))
        except (TypeError, ValueError, RecursionError):
            return ""
    return protocol.arguments_hash(arguments)
