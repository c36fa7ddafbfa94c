"""Agent runs as units: the model calls, tool calls, tokens and cost of each run, and loops.

A run ends with an ``agent_run`` event: its agent, duration, outcome and span ids. What was
made inside it comes before that (a span ends after its children), each event with its trace
id, its span id and its parent's. Model calls and tool calls are held per trace, summed per
parent span, and spans' parent links kept, until a run ends: the run takes what was made
under it, down its spans, but not what a run inside it took when it ended first (a
sub-agent's calls are its own). A run that is its trace's root here (no parent, or a remote
one) also takes what else its trace holds, whose chain of parents never reached a run (spans
the sidecar never sees in between). A call that arrives after its run ended counts as a
call, not in the run.

A trace is a run's once an event names an agent or a run of it ends; until then (tool calls
that name no agent, OTLP model calls, whose export holds a trace's first calls before its
agent span) it waits apart, in ``unsure``, where other traces may crowd it out uncounted.

Loops: a tool called with the same arguments ``loop_repeats`` times under one parent span
(its run's) is a loop, counted once per run and tool as the repeat arrives (a looping run may
never end), for the agent the tool call names, else its run's when that ends, else
``unknown``. A span that is no run's (a framework's turn: OpenInference's CHAIN spans of the
OpenAI Agents SDK) hands its repeats up to its parent when its link arrives, so the turns of
one run add up. Arguments are compared by a hash (``protocol.arguments_hash``), kept only
here.

Bounded whatever arrives: per trace ``MAX_SPANS`` parent links, spans with calls under them
(past it, calls wait for the root run) and ended runs, and ``MAX_REPEATS`` (parent, tool,
arguments) triples; ``max_traces`` traces in each pool, and ``MAX_HELD`` entries in all (the
least recently active go first); a trace idle for ``idle`` seconds goes. A run's trace that
goes with calls no run took is counted (``llm_exporter_agent_traces_dropped_total``). A run's
end walks only the spans under it, once; the state is dicts of strings, numbers and tuples,
which the garbage collector does not walk.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from prometheus_client.core import Metric

from llm_exporter.config import AgentsConfig
from llm_exporter.metrics import AGENT_TRACES, AGENT_TRACES_DROPPED, family
from llm_exporter.sidecar.core.decode import AgentRun, LlmCall, Step, ToolCall

UNKNOWN = "unknown"
UNLINKED = ""  # where a trace's calls wait past MAX_SPANS: for its root run only
MAX_SPANS = 1024  # per trace: parent links, spans with calls under them, ended runs
MAX_REPEATS = 1024  # per trace: (parent, tool, arguments) triples counted
MAX_HELD = 200_000  # in all: what Trace.size counts
DROP_REASONS = ("idle", "overflow")


@dataclass
class Totals:
    """What the calls and tool calls under a run added up to."""

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
    """One trace's calls and tool calls not yet taken by a run, and its spans' links."""

    __slots__ = ("last_seen", "pending", "parents", "children", "ended", "repeats", "repeated",
                 "looped", "awaiting")

    def __init__(self, last_seen: float):
        self.last_seen = last_seen
        # span -> (calls, tool calls, input tokens, output tokens, cost) made under it
        self.pending: dict[str, tuple[int, int, int, int, float]] = {}
        self.parents: dict[str, str] = {}  # span -> its parent span
        self.children: dict[str, tuple[str, ...]] = {}  # the same links, from the parent
        self.ended: dict[str, str] = {}  # span -> agent, of runs that ended
        # parent -> (tool, arguments hash) -> calls; repeated: the pairs in all
        self.repeats: dict[str, dict[tuple[str, str], int]] = {}
        self.repeated = 0
        self.looped: dict[tuple[str, str], None] = {}  # (parent, tool) found looping
        self.awaiting: dict[str, tuple[str, ...]] = {}  # parent -> looping tools, unnamed

    @property
    def size(self) -> int:
        return (len(self.pending) + len(self.parents) + len(self.ended) + self.repeated
                + len(self.looped))


class Runs:
    """Attributes accepted calls and tool calls to their run and gives each run that ends
    its totals (``accept`` hears every counted event, ``end`` a run's)."""

    def __init__(self, config: AgentsConfig, on_loop: Callable[[str, str], None],
                 clock: Callable[[], float] = time.monotonic):
        """``on_loop(agent, tool)`` counts a run that loops; ``clock`` (monotonic seconds)
        ages idle traces."""
        self.on_loop = on_loop
        self.loop_repeats = config.loop_repeats
        self.max_traces = config.max_traces
        self.idle = config.idle
        self.clock = clock
        self.traces: OrderedDict[str, Trace] = OrderedDict()  # a run's; least recent first
        self.unsure: OrderedDict[str, Trace] = OrderedDict()  # maybe a run's
        self.held = 0  # Trace.size, summed over both pools
        self.dropped: dict[str, int] = dict.fromkeys(DROP_REASONS, 0)

    def accept(self, event: object, cost: float, transport: str) -> None:
        """A call, tool call or step the store counted, as its producer sent it: held under
        its parent span, or its link kept, while its trace may be a run's."""
        if isinstance(event, LlmCall):
            # without parent_span_id, span_id is the span the call was made in (a proxied
            # call's traceparent)
            parent = event.parent_span_id or event.span_id
            trace_id = event.trace_id
            if not (trace_id and parent):
                return
            sure = bool(event.agent)
            if not (sure or transport == "otlp" or trace_id in self.traces
                    or trace_id in self.unsure):
                return
            trace = self._trace(trace_id, sure)
            before = trace.size
            self._add(trace, parent, (1, 0, event.input_tokens or 0, event.output_tokens or 0,
                                      cost))
        elif isinstance(event, ToolCall):
            trace_id, parent = event.trace_id, event.parent_span_id
            if not (trace_id and parent):
                return
            trace = self._trace(trace_id, bool(event.agent))
            before = trace.size
            self._add(trace, parent, (0, 1, 0, 0, 0.0))
            self._link(trace, event.span_id, parent)
            if event.arguments_hash:
                self._repeat(trace, parent, event.tool, event.arguments_hash,
                             agent=event.agent or "")
        elif isinstance(event, Step):  # a span between a run and its calls (OTLP's chains)
            self.link(event.trace_id or "", event.span_id, event.parent_span_id,
                      run=event.step.partition(" ")[0] == "invoke_agent")
            return
        else:
            return
        self.held += trace.size - before
        self._bound()

    def link(self, trace_id: str, span: str | None, parent: str | None,
             run: bool = False) -> None:
        """A span between a run and its calls, in a trace that may be a run's: what is held
        under ``span`` is its run's too (``run``: the span is a run's, whose repeats stay
        its own)."""
        if not (trace_id in self.traces or trace_id in self.unsure):
            return
        trace = self._trace(trace_id, False)
        before = trace.size
        self._link(trace, span, parent, run)
        self.held += trace.size - before
        self._bound()

    def end(self, run: AgentRun) -> Totals:
        """The totals of what was made under ``run``, which has ended (no longer held)."""
        totals = Totals()
        trace_id, span = run.trace_id, run.span_id
        if not (trace_id and span) or not (trace_id in self.traces or trace_id in self.unsure):
            return totals
        trace = self._trace(trace_id, True)
        before = trace.size
        root = not run.parent_span_id or run.remote_parent
        spans = [span]
        while spans:  # down its spans, not into runs that ended inside it
            at = spans.pop()
            under = trace.pending.pop(at, None)
            if under is not None:
                totals.add(*under)
            for tool in trace.awaiting.pop(at, ()):  # loops under it: this run's
                self.on_loop(run.agent, tool)
            for child in trace.children.pop(at, ()):
                del trace.parents[child]  # taken: not walked again
                if child not in trace.ended:
                    spans.append(child)
        if root:  # nothing of this trace is still to come; not a sub-agent's late calls
            for tools in trace.awaiting.values():
                for tool in tools:
                    self.on_loop(run.agent, tool)
            for at, under in trace.pending.items():
                if at not in trace.ended:
                    totals.add(*under)
            self.held -= before
            del self.traces[trace_id]
            return totals
        if trace.pending or trace.awaiting:
            if len(trace.ended) < MAX_SPANS:
                trace.ended[span] = run.agent
            self._link(trace, span, run.parent_span_id)
            self.held += trace.size - before
        else:  # nothing waits for a run here: forget the trace
            self.held -= before
            del self.traces[trace_id]
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

    def _trace(self, trace_id: str, sure: bool) -> Trace:
        """The trace held as ``trace_id``, new if need be; made a run's when ``sure``."""
        trace = self.traces.get(trace_id)
        if trace is not None:
            self.traces.move_to_end(trace_id)
        else:
            trace = self.unsure.get(trace_id)
            if trace is not None and sure:
                self.traces[trace_id] = self.unsure.pop(trace_id)
            elif trace is not None:
                self.unsure.move_to_end(trace_id)
            else:
                trace = Trace(0.0)
                (self.traces if sure else self.unsure)[trace_id] = trace
            for traces in (self.traces, self.unsure):
                while len(traces) > self.max_traces:
                    self._drop(traces, next(iter(traces)), "overflow")
        trace.last_seen = self.clock()
        return trace

    def _bound(self) -> None:
        for traces in (self.unsure, self.traces):
            while self.held > MAX_HELD and len(traces) > 1:
                self._drop(traces, next(iter(traces)), "overflow")

    def _drop(self, traces: OrderedDict[str, Trace], trace_id: str, reason: str) -> None:
        """Forget a trace; counted when it was a run's and held calls no run took."""
        trace = traces.pop(trace_id)
        self.held -= trace.size
        for tools in trace.awaiting.values():
            for tool in tools:
                self.on_loop(UNKNOWN, tool)
        if trace.pending and traces is self.traces:
            self.dropped[reason] += 1

    @staticmethod
    def _add(trace: Trace, span: str, made: tuple[int, int, int, int, float]) -> None:
        """Add to what was made under ``span`` (past MAX_SPANS spans, under UNLINKED)."""
        under = trace.pending.get(span)
        if under is None and len(trace.pending) >= MAX_SPANS:
            span = UNLINKED
            under = trace.pending.get(span)
        if under is not None:
            made = (under[0] + made[0], under[1] + made[1], under[2] + made[2],
                    under[3] + made[3], under[4] + made[4])
        trace.pending[span] = made

    def _link(self, trace: Trace, span: str | None, parent: str | None,
              run: bool = False) -> None:
        if span and parent and span not in trace.parents and len(trace.parents) < MAX_SPANS:
            trace.parents[span] = parent
            trace.children[parent] = (*trace.children.get(parent, ()), span)
            if not run and span not in trace.ended:  # no run's: its repeats are its parent's
                for (tool, arguments), calls in trace.repeats.pop(span, {}).items():
                    trace.repeated -= 1
                    if (span, tool) in trace.looped:  # counted once
                        trace.looped[(parent, tool)] = None
                    self._repeat(trace, parent, tool, arguments, calls)

    def _repeat(self, trace: Trace, parent: str, tool: str, arguments: str, calls: int = 1,
                agent: str = "") -> None:
        """Count ``calls`` of ``tool`` with these ``arguments`` (a hash) under ``parent``,
        and a loop once they reach loop_repeats (for ``agent``, else the run's)."""
        under = trace.repeats.get(parent, {})
        seen = under.get((tool, arguments))
        if seen is None:
            if trace.repeated >= MAX_REPEATS:
                return
            trace.repeated += 1
            trace.repeats[parent] = under
        under[(tool, arguments)] = seen = (seen or 0) + calls
        if seen < self.loop_repeats or (parent, tool) in trace.looped:
            return
        trace.looped[(parent, tool)] = None
        agent = agent or trace.ended.get(parent, "")
        if agent:
            self.on_loop(agent, tool)
        else:  # named by its run when it ends
            trace.awaiting[parent] = (*trace.awaiting.get(parent, ()), tool)
