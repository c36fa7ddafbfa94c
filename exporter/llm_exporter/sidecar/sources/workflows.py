"""Which workflow an agent or tool span belongs to, when the span does not say.

A trace's workflow is named by a span that carries a workflow attribute, by its workflow span
(``invoke_workflow``), or else by its outermost agent span. Those end — and an SDK exports
them — after their children, so a step that cannot be named yet waits, held per trace, until
one of them arrives, until its trace's root span arrives (then the outermost agent seen names
it, else ``unknown``), or until ``wait`` has passed. What is held is bounded: past
``max_steps`` the oldest trace is settled early. A trace once named keeps its name for the
steps that come after (the last ``max_traces`` traces).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from llm_exporter.sidecar.sources.spans import StepSpan

UNKNOWN = "unknown"


@dataclass
class Pending:
    """A trace's steps waiting for its workflow name."""

    deadline: float
    steps: list[dict[str, Any]] = field(default_factory=list)
    agent: tuple[int, str] | None = None  # (start, name) of the outermost agent seen


class Workflows:
    """Gives each step span its workflow and hands it on to ``submit``."""

    def __init__(self, submit: Callable[[dict[str, Any]], object], wait: float = 60.0,
                 max_steps: int = 10_000, max_traces: int = 4096,
                 clock: Callable[[], float] = time.monotonic):
        """``submit(fields)`` takes one step event and returns it or its Rejection;
        ``clock`` (monotonic seconds) times the wait."""
        self.submit = submit
        self.wait = wait
        self.max_steps = max_steps
        self.max_traces = max_traces
        self.clock = clock
        self.pending: OrderedDict[str, Pending] = OrderedDict()  # oldest first
        self.held = 0  # steps in pending
        self.named: OrderedDict[str, str] = OrderedDict()  # trace id -> workflow, newest last

    def add(self, s: StepSpan) -> object | None:
        """Submit the step now, when its workflow is known (returns what submit returned),
        or hold it (returns None)."""
        trace = s.fields["trace_id"]
        workflow = s.workflow or self.named.get(trace)
        if workflow is not None:
            self._settle(trace, workflow)
            return self._submit(s.fields, workflow)
        pending = self.pending.get(trace)
        if pending is None:
            pending = self.pending[trace] = Pending(self.clock() + self.wait)
        if s.agent is not None and (pending.agent is None or s.start < pending.agent[0]):
            pending.agent = (s.start, s.agent)
        pending.steps.append(s.fields)
        self.held += 1
        if s.root:
            self.root(trace)
        while self.held > self.max_steps:
            self._settle(next(iter(self.pending)))
        return None

    def root(self, trace: str) -> None:
        """A span without a parent arrived: nothing of ``trace`` is still to come."""
        if trace in self.pending:
            self._settle(trace)

    def flush(self) -> int:
        """Settle every trace now (the sidecar stops); returns how many steps were
        submitted."""
        held = self.held
        while self.pending:
            self._settle(next(iter(self.pending)))
        return held

    def expire(self) -> int:
        """Settle the traces that waited ``wait``; returns how many steps were submitted."""
        now = self.clock()
        submitted = 0
        while self.pending:
            trace, pending = next(iter(self.pending.items()))
            if pending.deadline > now:
                break
            submitted += len(pending.steps)
            self._settle(trace)
        return submitted

    def _settle(self, trace: str, workflow: str | None = None) -> None:
        """Name ``trace``'s workflow and submit its held steps."""
        pending = self.pending.pop(trace, None)
        if workflow is None:
            workflow = pending.agent[1] if pending and pending.agent else UNKNOWN
        if workflow != UNKNOWN:
            self.named[trace] = workflow
            self.named.move_to_end(trace)
            if len(self.named) > self.max_traces:
                self.named.popitem(last=False)
        if pending is not None:
            self.held -= len(pending.steps)
            for fields in pending.steps:
                self._submit(fields, workflow)

    def _submit(self, fields: dict[str, Any], workflow: str) -> object:
        return self.submit({**fields, "workflow": workflow})
