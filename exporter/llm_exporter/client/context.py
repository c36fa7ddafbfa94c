"""Workflows and their steps as one trace: W3C trace context carried in ``contextvars``.

    with client.workflow("answer") as wf:          # a new trace (or the caller's: traceparent=)
        with client.step("retrieve"):              # a child span, a step event
            docs = search(q)
        with client.track(model="gpt-4o") as call:  # the model call: a child span too
            ...
        requests.post(url, headers={"traceparent": client.traceparent()})

Each workflow, step and call inside one gets a trace id (the workflow's), its own span id and
its parent's, sent with its event; the sidecar, when it exports traces, makes the spans with
exactly these ids, so the exemplar on ``/metrics`` opens the same trace. Context managers work
sync and async (a task copies the context it starts in, as ``contextvars`` does). Standard
library only.
"""

from __future__ import annotations

import contextvars
import random

from llm_exporter.client.emitter import Emitter
from llm_exporter.client.timed import TimedEvent
from llm_exporter.providers import parse_traceparent

_current: contextvars.ContextVar[_Span | None] = contextvars.ContextVar(
    "llm_exporter_span", default=None)
_ids = random.Random()  # as OpenTelemetry's SDK makes ids: not secrets, only unique


class _Span:
    """The current workflow or step: its ids and the workflow it belongs to."""

    __slots__ = ("trace_id", "span_id", "workflow")

    def __init__(self, trace_id: str, span_id: str, workflow: str):
        self.trace_id = trace_id
        self.span_id = span_id
        self.workflow = workflow


def new_span_id() -> str:
    return f"{_ids.getrandbits(64) or 1:016x}"


def child_fields() -> dict[str, str]:
    """The ids of a new span under the current one ({} outside any workflow): what an event
    made inside a workflow carries."""
    parent = _current.get()
    if parent is None:
        return {}
    return {"trace_id": parent.trace_id, "span_id": new_span_id(),
            "parent_span_id": parent.span_id}


def traceparent() -> str | None:
    """The W3C ``traceparent`` of the current workflow or step, to pass to another service
    (None outside any)."""
    span = _current.get()
    return None if span is None else f"00-{span.trace_id}-{span.span_id}-01"


def current_workflow() -> str | None:
    span = _current.get()
    return None if span is None else span.workflow


class _Timed(TimedEvent):
    """A workflow or step: a span made current while it runs, a step event when it ends."""

    def __init__(self, workflow: str | None, step: str, emitter: Emitter | None,
                 traceparent: str | None = None):
        super().__init__(emitter, {})
        self._workflow = workflow
        self._step = step
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
        span = _Span(trace_id, new_span_id(), workflow)
        self.event = {"v": 1, "type": "step", "workflow": workflow, "step": self._step,
                      "trace_id": trace_id, "span_id": span.span_id,
                      "parent_span_id": parent_id}
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
        """This span's W3C ``traceparent``."""
        return f"00-{self.event['trace_id']}-{self.event['span_id']}-01"


def workflow(name: str, *, traceparent: str | None = None,
             emitter: Emitter | None = None) -> _Timed:
    """A workflow: the root span of a trace (or a child of ``traceparent``, an incoming
    W3C header, or of the current workflow), and its step event ``invoke_workflow``."""
    return _Timed(name, "invoke_workflow", emitter, traceparent)


def step(name: str, *, emitter: Emitter | None = None) -> _Timed:
    """One step of the current workflow (retrieval, rerank, a tool call...): a child span
    and a step event; outside any workflow, its workflow is ``unknown``."""
    return _Timed(None, name, emitter)
