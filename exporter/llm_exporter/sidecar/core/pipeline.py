"""The one way into the store: every transport and in-process producer feeds the Pipeline,
and the one fan-out from it: what the store counted goes on to each ``Sink``.

Bytes from sockets and HTTP are decoded and validated (``handle_payload``). Producers inside
the sidecar process (the proxy, the OTLP receiver) hand parsed fields instead (``submit``):
they are clipped to the schema's limits and validated the same way, without a JSON round trip.
Calls, runs, tools and MCP requests counted elsewhere (OTLP metrics) come as aggregates
(``aggregate``). The pipeline names no consumer: trace export, usage analytics and budgets
subscribe as sinks.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

from prometheus_client.core import Metric

from llm_exporter.metrics import CLIENT_DROPPED, EVENTS, EVENTS_REJECTED, PAYLOADS, family
from llm_exporter.protocol import TRACE_ID_MAX, clip
from llm_exporter.sidecar.core.decode import (
    REASONS,
    AgentRun,
    Event,
    Feedback,
    LlmCall,
    McpOperation,
    Rejection,
    Step,
    ToolCall,
    decode_payload,
    event_from_fields,
)
from llm_exporter.sidecar.core.runs import Runs, Totals
from llm_exporter.sidecar.core.store import AgentAggregate, CallAggregate, Store

log = logging.getLogger(__name__)


class Sink(Protocol):
    """A consumer of what the store counted."""

    def accept(self, event: Event | CallAggregate, cost: float, transport: str) -> None:
        """One event the store counted (or calls counted elsewhere: a ``CallAggregate``),
        what it cost (USD, 0 for anything but a priced call) and how it came."""


# a call's ids before it is counted, for one that carries none: (call, transport) -> call
Stamp = Callable[[LlmCall, str], LlmCall]


class Pipeline:
    """Validates events, counts them by transport and type, counts and logs rejections,
    hands each accepted event to the store and then to each of ``sinks``. ``stamp`` gives a
    call that carries no ids the ids of its span before it is counted, so that its exemplar
    names that trace. ``runs`` hears each counted event first, as its producer sent it (not
    stamped), and gives an agent run the totals of the calls and tool calls made
    in it, which it hears first of all sinks. ``clock`` (monotonic seconds) paces the logs."""

    def __init__(self, store: Store, max_event_bytes: int,
                 clock: Callable[[], float] = time.monotonic,
                 max_events_per_payload: int = 10_000, sinks: Sequence[Sink] = (),
                 stamp: Stamp | None = None, runs: Runs | None = None):
        self.store = store
        self.runs = runs
        self.sinks = tuple(sinks)
        self.stamp = stamp
        self.max_event_bytes = max_event_bytes
        self.max_events_per_payload = max_events_per_payload
        self.clock = clock
        self.events: defaultdict[tuple[str, str], int] = defaultdict(int)
        self.payloads: defaultdict[str, int] = defaultdict(int)  # transport -> received
        self.rejected: dict[str, int] = dict.fromkeys(REASONS, 0)
        self.client_dropped = 0  # events client libraries reported they could not send
        # event type -> (what records it, taking an event of that type; its type name)
        self._observe: dict[type, tuple[Callable[[Any], float | None], str]] = {
            LlmCall: (store.observe_call, "llm_call"),
            Feedback: (store.observe_feedback, "feedback"),
            Step: (store.observe_step, "step"),
            AgentRun: (self._end_run, "agent_run"),
            ToolCall: (store.observe_tool, "tool_call"),
            McpOperation: (store.observe_mcp, "mcp_operation"),
        }
        self._last_logged: dict[str, float] = {}
        self._suppressed: dict[str, int] = defaultdict(int)

    def handle_payload(self, data: bytes, transport: str) -> tuple[int, list[Rejection]]:
        """Process every event in one datagram, line or body: (accepted, rejections)."""
        self.payloads[transport] += 1
        accepted = 0
        rejections = []
        try:
            events = decode_payload(data, self.max_event_bytes, self.max_events_per_payload)
        except Exception as e:  # a bug in decoding costs this payload, never the connection
            failure = Rejection("internal", f"decoding failed: {e!r}")
            self.reject(failure, error=True)
            return 0, [failure]
        for event in events:
            rejection = self._accept(event, transport)
            if rejection is None:
                accepted += 1
            else:
                rejections.append(rejection)
        return accepted, rejections

    def submit(self, fields: dict[str, Any], transport: str,
               new_payload: bool = True) -> Event | Rejection:
        """One event from a producer inside the sidecar, as fields (``type`` included).

        String fields are clipped to the schema's limits, so a long header or upstream value
        is recorded cut short rather than losing the call; the rest is validated as on the
        wire. Returns the accepted event or the rejection. ``new_payload`` False: the event
        is one of a payload already counted (``count_payload``), as a span of an OTLP request.
        """
        if new_payload:
            self.payloads[transport] += 1
        event = event_from_fields(clip(fields))
        return self._accept(event, transport) or event

    def _accept(self, event: Event | Rejection, transport: str) -> Rejection | None:
        """Record an event; the rejection, counted, when it is one or cannot be recorded."""
        if isinstance(event, Rejection):
            self.reject(event)
            return event
        observe, type_name = self._observe[type(event)]
        sent = event
        try:
            if self.stamp is not None and isinstance(event, LlmCall):
                event = self.stamp(event, transport)
            cost = observe(event) or 0.0
        except Exception as e:  # a bug in recording costs this event, never its siblings
            rejection = Rejection("internal", f"recording failed: {e!r}")
            self.reject(rejection, error=True)
            return rejection
        if self.runs is not None:  # the ids the app sent: a stamped call is no run's
            self._hand(self.runs, sent, cost, transport)
        self._publish(event, cost, transport)
        self.events[(transport, type_name)] += 1
        if event.client_dropped:
            self.client_dropped += event.client_dropped
        return None

    def link(self, trace_id: str, span_id: str, parent_span_id: str) -> None:
        """A span between a run and its calls, known before its step is recorded (a source
        that holds steps back, OTLP's workflows): the run that ends first still takes what
        was made under it."""
        if self.runs is not None and max(len(trace_id), len(span_id), len(parent_span_id)) \
                <= TRACE_ID_MAX:  # as an event's ids are bounded
            try:
                self.runs.link(trace_id, span_id, parent_span_id)
            except Exception as e:
                self.reject(Rejection("internal", f"Runs failed: {e!r}"), error=True)

    def _end_run(self, run: AgentRun) -> None:
        self.store.observe_run(run, self.runs.end(run) if self.runs is not None else Totals())

    def _publish(self, event: Event | CallAggregate, cost: float, transport: str) -> None:
        """Hand what the store counted to each sink; a sink's bug costs only its own share
        (counted as an ``internal`` rejection), never the others' or the store's."""
        for sink in self.sinks:
            self._hand(sink, event, cost, transport)

    def _hand(self, sink: Sink | Runs, event: Event | CallAggregate, cost: float,
              transport: str) -> None:
        try:
            sink.accept(event, cost, transport)
        except Exception as e:
            self.reject(Rejection("internal", f"{type(sink).__name__} failed: {e!r}"),
                        error=True)

    def aggregate(self, counted: CallAggregate | AgentAggregate) -> None:
        """Calls counted elsewhere (OTLP metrics), recorded and handed on as they are; runs,
        tool calls, MCP requests and workflows counted elsewhere, recorded (no sink reads
        them: they cost nothing and name no trace)."""
        if isinstance(counted, AgentAggregate):
            self.store.observe_agent_aggregate(counted)
        else:
            self._publish(counted, self.store.observe_aggregate(counted), "otlp")

    def count_payload(self, transport: str) -> None:
        """Count a payload whose events come through ``submit(..., new_payload=False)``."""
        self.payloads[transport] += 1

    def reject_payload(self, rejection: Rejection, transport: str) -> None:
        """Count a payload refused whole before decoding (over a size limit)."""
        self.payloads[transport] += 1
        self.reject(rejection)

    def reject(self, rejection: Rejection, error: bool = False) -> None:
        """Count a rejected event and log it (``error``: with its traceback, as an error), at
        most once a second per reason."""
        reason = rejection.reason
        self.rejected[reason] += rejection.count
        now = self.clock()
        if now - self._last_logged.get(reason, -1e9) < 1.0:
            self._suppressed[reason] += rejection.count
            return
        self._last_logged[reason] = now
        more = self._suppressed.pop(reason, 0)
        log.log(logging.ERROR if error else logging.DEBUG, "event rejected (%s): %s%s", reason,
                rejection.message, f" (+{more} more since last logged)" if more else "",
                exc_info=error)

    def collect(self) -> Iterator[Metric]:
        """Events accepted and rejected, and client-reported drops (a prometheus-client
        collector)."""
        yield family(EVENTS, sorted(self.events.items()))
        yield family(PAYLOADS, sorted(self.payloads.items()))
        yield family(EVENTS_REJECTED, self.rejected.items())
        yield family(CLIENT_DROPPED, self.client_dropped)
