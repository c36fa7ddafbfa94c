"""Agent runs as units: the model calls, tool calls, tokens and cost of each run, and loops.

A run ends with an ``agent_run`` event: its agent, duration, outcome and span ids. The calls
and tool calls made inside it come before that — a span ends after its children — each with
its trace id, its own span id and its parent's. Tool calls, and model calls that name their
agent (or whose trace is already held), are held per trace, summed per parent span, until
the run that encloses them ends: a run takes what was made under it, down its spans, but not
what was made under a run inside it that ended first (a sub-agent's calls are its own, not
its caller's). A run without a parent (the root of its trace) also takes whatever else its
trace holds, whose chain of parents the sidecar never saw whole (an instrumentation's own
spans in between). At the run's end its totals are recorded with it (``Store.observe_run``);
a call that arrives after its run ended counts as a call, not in the run.

Loops: a tool called with the same arguments ``loop_repeats`` times in one trace is a loop,
counted once per trace and tool as the repeat arrives (an agent that loops may never end its
run), for the agent the tool event names, else the first run of its trace to end, else
``unknown`` when the trace is dropped (``Store.observe_loop``). Arguments are compared by a
hash, kept only here.

A model call over OTLP that names no agent is held too, apart, while its trace may be a run's
(an export holds a trace's first calls before its tool and agent spans): once a tool call or
a run of its trace arrives, the trace is a run's; until then other traces may crowd it out,
uncounted.

What is held is bounded whatever arrives: per trace at most ``MAX_SPANS`` parent links,
spans with calls under them (past it, calls wait for the trace's root run) and ended runs,
and ``MAX_REPEATS`` distinct (tool, arguments) pairs; in all at most ``max_traces`` traces
(and as many apart) and ``MAX_HELD`` of those entries (past either, the least recently
active trace is dropped); a trace idle for ``idle`` seconds is dropped. A drop that loses
calls no run claimed is counted (``llm_exporter_agent_traces_dropped_total``). A run's end
walks only the spans under it, once: what it took is forgotten.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from prometheus_client.core import Metric

from llm_exporter.config import AgentsConfig
from llm_exporter.metrics import AGENT_TRACES, AGENT_TRACES_DROPPED, family
from llm_exporter.sidecar.core.decode import AgentRun, Event, LlmCall, ToolCall

UNKNOWN = "unknown"
UNLINKED = ""  # where a trace's calls wait past MAX_SPANS: for its root run only
MAX_SPANS = 1024  # per trace: parent links, spans with calls under them, ended runs
MAX_REPEATS = 1024  # per trace: distinct (tool, arguments) pairs counted
MAX_HELD = 200_000  # in all: links, spans with calls under them, ended runs and pairs
DROP_REASONS = ("idle", "overflow")


@dataclass
class Totals:
    """What the calls and tool calls under one span added up to."""

    calls: int = 0
    tool_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0

    def add(self, calls: int, tool_calls: int, input_tokens: int, output_tokens: int,
            cost_usd: float) -> None:
        self.calls += calls
        self.tool_calls += tool_calls
        self.input_tokens += input_tokens
        self.output_tokens += output_tokens
        self.cost_usd += cost_usd


class Trace:
    """One trace's calls and tool calls not yet claimed by a run.

    Held in dicts of strings, numbers and tuples only, which the garbage collector does not
    track: 10^4 traces in flight add 10^4 objects to its full passes, not 10^5."""

    __slots__ = ("last_seen", "pending", "parents", "ended", "repeats", "looped", "unnamed")

    def __init__(self, last_seen: float):
        self.last_seen = last_seen
        # span -> (calls, tool calls, input tokens, output tokens, cost) made under it
        self.pending: dict[str, tuple[int, int, int, int, float]] = {}
        self.parents: dict[str, str] = {}  # span -> its parent span
        self.ended: dict[str, str] = {}  # span -> agent, of runs that ended
        self.repeats: dict[tuple[str, str], int] = {}  # (tool, arguments hash) -> calls
        self.looped: tuple[str, ...] = ()  # tools counted as looping
        self.unnamed: tuple[str, ...] = ()  # looping tools awaiting their agent

    @property
    def size(self) -> int:
        return len(self.pending) + len(self.parents) + len(self.ended) + len(self.repeats)


class Runs:
    """Attributes accepted calls and tool calls to their run (a pipeline ``Sink``), and gives
    each run that ends its totals."""

    def __init__(self, config: AgentsConfig, on_loop: Callable[[str, str], None],
                 clock: Callable[[], float] = time.monotonic):
        """``on_loop(agent, tool)`` counts a run that loops; ``clock`` (monotonic seconds)
        ages idle traces."""
        self.on_loop = on_loop
        self.loop_repeats = config.loop_repeats
        self.max_traces = config.max_traces
        self.idle = config.idle
        self.clock = clock
        self.traces: OrderedDict[str, Trace] = OrderedDict()  # least recently active first
        # traces whose calls came over OTLP naming no agent: a run's, once a tool call or a
        # run of theirs arrives (an export holds a trace's first calls before its tool and
        # agent spans); dropped uncounted, so that other traces cannot crowd out a run's
        self.unsure: OrderedDict[str, Trace] = OrderedDict()
        self.held = 0  # the traces' sizes, summed
        self.dropped: dict[str, int] = dict.fromkeys(DROP_REASONS, 0)

    def accept(self, event: Event | object, cost: float, transport: str) -> None:
        """A call or tool call the store counted: held under its parent span until its run
        ends."""
        if isinstance(event, LlmCall):
            # without parent_span_id, span_id is the span the call was made in (a proxied
            # call's traceparent); a call is held when it says it is an agent's, when its
            # trace is already held, or (unsure) when it is a span's child over OTLP
            parent = event.parent_span_id or event.span_id
            if not (event.trace_id and parent):
                return
            sure = bool(event.agent) or event.trace_id in self.traces
            if not sure and transport != "otlp":
                return
            trace = self._trace(event.trace_id, sure)
            self._add(trace, parent, 1, 0, event.input_tokens or 0, event.output_tokens or 0,
                      cost)
            if event.parent_span_id:
                self._link(trace, event.span_id, event.parent_span_id)
        elif isinstance(event, ToolCall):
            if not (event.trace_id and event.parent_span_id):
                return
            trace = self._trace(event.trace_id)
            self._add(trace, event.parent_span_id, 0, 1, 0, 0, 0.0)
            self._link(trace, event.span_id, event.parent_span_id)
            if event.arguments_hash:
                self._repeat(trace, event)
        else:
            return
        self._bound()

    def end(self, run: AgentRun) -> Totals:
        """The totals of what was made under ``run``, which has ended (no longer held)."""
        totals = Totals()
        if not run.trace_id or not run.span_id:
            return totals
        root = not run.parent_span_id
        if run.trace_id not in self.traces and (run.trace_id in self.unsure or not root):
            self._trace(run.trace_id)
        trace = self.traces.get(run.trace_id)
        if trace is None:
            return totals
        before = trace.size
        children: dict[str, list[str]] = {}
        for span, parent in trace.parents.items():
            children.setdefault(parent, []).append(span)
        spans = [run.span_id]
        while spans:  # down its spans, not into runs that ended inside it
            span = spans.pop()
            under = trace.pending.pop(span, None)
            if under is not None:
                totals.add(*under)
            for child in children.pop(span, ()):
                del trace.parents[child]  # taken: not walked again
                if child not in trace.ended:
                    spans.append(child)
        for tool in trace.unnamed:
            self.on_loop(run.agent, tool)
        trace.unnamed = ()
        if root:  # nothing of this trace is still to come; not a sub-agent's late calls
            for span, under in trace.pending.items():
                if span not in trace.ended:
                    totals.add(*under)
            self.held -= before
            del self.traces[run.trace_id]
            return totals
        if len(trace.ended) < MAX_SPANS:
            trace.ended[run.span_id] = run.agent
        self.held += trace.size - before
        self._link(trace, run.span_id, run.parent_span_id)
        return totals

    def expire(self) -> int:
        """Drop the traces idle for ``idle`` seconds; returns how many."""
        cutoff = self.clock() - self.idle
        dropped = 0
        for traces in (self.unsure, self.traces):
            while traces:
                trace_id, trace = next(iter(traces.items()))
                if trace.last_seen > cutoff:
                    break
                self._drop(traces, trace_id, "idle")
                dropped += 1
        return dropped

    def collect(self) -> Iterator[Metric]:
        """Traces held and dropped (a prometheus-client collector)."""
        yield family(AGENT_TRACES, len(self.traces) + len(self.unsure))
        yield family(AGENT_TRACES_DROPPED, self.dropped.items())

    def _trace(self, trace_id: str, sure: bool = True) -> Trace:
        """The trace held as ``trace_id`` (made a run's when ``sure``), new if need be."""
        traces = self.traces if sure or trace_id in self.traces else self.unsure
        trace = traces.get(trace_id)
        if trace is None and sure:
            trace = self.unsure.pop(trace_id, None)
            if trace is not None:
                traces[trace_id] = trace
        if trace is None:
            if len(traces) >= self.max_traces:
                self._drop(traces, next(iter(traces)), "overflow")
            trace = traces[trace_id] = Trace(self.clock())
        else:
            trace.last_seen = self.clock()
            traces.move_to_end(trace_id)
        return trace

    def _bound(self) -> None:
        for traces in (self.unsure, self.traces):
            while self.held > MAX_HELD and len(traces) > 1:
                self._drop(traces, next(iter(traces)), "overflow")

    def _drop(self, traces: OrderedDict[str, Trace], trace_id: str, reason: str) -> None:
        """Forget a trace; counted when it held calls a run would have taken."""
        trace = traces.pop(trace_id)
        self.held -= trace.size
        agent = next(iter(trace.ended.values()), UNKNOWN)
        for tool in trace.unnamed:
            self.on_loop(agent, tool)
        if trace.pending and traces is self.traces:
            self.dropped[reason] += 1

    def _add(self, trace: Trace, span: str, calls: int, tools: int, input_tokens: int,
             output_tokens: int, cost: float) -> None:
        """Add to what was made under ``span`` (past MAX_SPANS spans, under UNLINKED)."""
        under = trace.pending.get(span)
        if under is None:
            if len(trace.pending) >= MAX_SPANS:
                span = UNLINKED
                under = trace.pending.get(span)
            if under is None:
                under = (0, 0, 0, 0, 0.0)
                self.held += 1
        trace.pending[span] = (under[0] + calls, under[1] + tools, under[2] + input_tokens,
                               under[3] + output_tokens, under[4] + cost)

    def _link(self, trace: Trace, span: str | None, parent: str | None) -> None:
        if span and parent and span not in trace.parents and len(trace.parents) < MAX_SPANS:
            trace.parents[span] = parent
            self.held += 1

    def _repeat(self, trace: Trace, tool: ToolCall) -> None:
        key = (tool.tool, tool.arguments_hash)
        seen = trace.repeats.get(key)
        if seen is None:
            if len(trace.repeats) >= MAX_REPEATS:
                return
            seen = 0
            self.held += 1
        trace.repeats[key] = seen = seen + 1
        if seen < self.loop_repeats or tool.tool in trace.looped:
            return
        trace.looped += (tool.tool,)
        agent = tool.agent or next(iter(trace.ended.values()), "")
        if agent:
            self.on_loop(agent, tool.tool)
        else:
            trace.unnamed += (tool.tool,)
