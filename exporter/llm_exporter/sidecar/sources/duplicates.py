"""One call described by two instrumentations, counted once.

Two instrumentations of one process can each make a span of the same call: OpenLLMetry's
Anthropic instrumentation and the anthropic SDK's own tracing, a framework's and the
provider SDK's. Their spans share a trace, name the same model, overlap in time and come from
different instrumentation scopes; calls one instrumentation makes side by side (an agent's
fan-out) come from the same scope and are all counted. Two root spans of one resource are
compared too: an instrumentation that does not make its span current (OpenInference's for
the anthropic SDK's ``messages.stream``) leaves the other's span in a trace of its own. Of two
such spans the first to arrive is counted, the other is a duplicate. The calls counted lately
are remembered per trace and per resource's roots: the last ``max_traces`` of them, up to
``max_per_trace`` calls each.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from typing import Any

from llm_exporter import protocol, vocabulary

Entry = tuple[list[Any], tuple[Any, frozenset, float, float]]


class Duplicates:
    """Tells the model-call spans of a call another instrumentation's span was counted for."""

    def __init__(self, max_traces: int = 1024, max_per_trace: int = 64):
        self.max_traces = max_traces
        self.max_per_trace = max_per_trace
        # trace id, or a resource's root spans -> (scope, model names, start, end) of calls
        self.groups: OrderedDict[Any, list[tuple[Any, frozenset, float, float]]] = \
            OrderedDict()
        self.outcomes: Counter[str] = Counter()  # counted, duplicate

    def check(self, resource: bytes, fields: dict[str, Any]) -> Entry | None:
        """None when the call ``fields`` describes (a span of ``resource``) was counted from
        another instrumentation's span (each such span stands for one duplicate at most);
        else what ``remember`` keeps once the call is accepted."""
        scope, root = fields.pop(vocabulary.SCOPE, ("", False))
        trace, end, duration = fields.get("trace_id"), fields.get("ts"), fields.get("duration_s")
        if not trace or not isinstance(end, float) or not isinstance(duration, (int, float)) \
                or not 0 <= duration <= protocol.MAX_SECONDS:
            self.outcomes["counted"] += 1
            return ([], ("", frozenset(), 0.0, 0.0))  # not compared, not remembered
        start = end - duration
        # the model asked for, or the one that answered: instrumentations name either
        names = frozenset(n for n in (fields.get("model"), fields.get("response_model"))
                          if isinstance(n, str))
        # its trace; and a root span, the resource's other roots: an instrumentation that
        # does not make its span current leaves the other's in a trace of its own
        groups: list[Any] = [trace, (resource, "root")] if root else [trace]
        for group in groups:
            calls = self.groups.get(group, [])
            for i, (other_scope, other_names, other_start, other_end) in enumerate(calls):
                if other_scope != scope and names & other_names and (
                        start < other_end and other_start < end
                        or (start, end) == (other_start, other_end)):
                    del calls[i]  # one duplicate of it at most
                    self.outcomes["duplicate"] += 1
                    return None
        self.outcomes["counted"] += 1
        return groups, (scope, names, start, end)

    def remember(self, entry: Entry) -> None:
        """Keep a counted call, for the other instrumentations' spans of it to come."""
        groups, call = entry
        for group in groups:
            calls = self.groups.get(group)
            if calls is None:
                calls = self.groups[group] = []
                if len(self.groups) > self.max_traces:
                    self.groups.popitem(last=False)
            else:
                self.groups.move_to_end(group)
                if len(calls) >= self.max_per_trace:
                    del calls[0]  # the oldest: a resource's roots go on and on
            calls.append(call)
