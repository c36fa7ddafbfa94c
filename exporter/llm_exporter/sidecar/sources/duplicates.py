"""One call described by two instrumentations, counted once (an MCP request too).

Two instrumentations of one process can each make a span of the same call: OpenLLMetry's
Anthropic instrumentation and the anthropic SDK's own tracing, a framework's and the
provider SDK's. Their spans share a trace, name the same model, overlap in time and come from
different instrumentation scopes; calls one instrumentation makes side by side (an agent's
fan-out) come from the same scope and are all counted. Two root spans of one resource are
compared too: an instrumentation that does not make its span current (OpenInference's for
the anthropic SDK's ``messages.stream``) leaves the other's span in a trace of its own. Of two
such spans the first to arrive is counted, the other is a duplicate. While a resource's call
spans come from one scope, its last ``RECENT`` calls are only queued; when a second scope
appears they are indexed, and from then on the calls counted are remembered per trace and
per resource's roots: the last ``max_traces`` of them, up to ``max_per_trace`` calls each.

An MCP request is compared the same way, by its method: a framework's MCP client (fastmcp)
and the MCP SDK's own each make a CLIENT span of it.
"""

from __future__ import annotations

from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable
from typing import Any

from llm_exporter import protocol, vocabulary

SCOPE_CHARS = 256  # of an instrumentation scope's name, remembered

RECENT = 64  # calls of a one-scope resource kept, for a second scope's first spans
Entry = tuple[bytes, list[Any], Any, tuple[frozenset, float, float]]


def model_names(fields: dict[str, Any]) -> Iterable[Any]:
    """A model call's names: the model asked for, or the one that answered (instrumentations
    name either)."""
    return fields.get("model"), fields.get("response_model")


def mcp_request(fields: dict[str, Any]) -> Iterable[Any]:
    """An MCP request's name: its method (one client's span may name the tool, the other's
    not; of two requests of one method at once, each is matched once all the same)."""
    return fields.get("method"),


class Duplicates:
    """Tells the model-call spans of a call another instrumentation's span was counted for."""

    def __init__(self, max_traces: int = 1024, max_per_trace: int = 64,
                 names: Callable[[dict[str, Any]], Iterable[Any]] = model_names):
        """``names``: what two spans of one call both name (any one shared will do)."""
        self.names = names
        self.max_traces = max_traces
        self.max_per_trace = max_per_trace
        # trace id, or a resource's root spans -> scope -> (model names, start, end) of the
        # calls counted: a span is compared with other scopes' calls only, so an app with
        # one instrumentation compares nothing
        self.groups: OrderedDict[Any, dict[Any, list[tuple[frozenset, float, float]]]] = \
            OrderedDict()
        # resource -> the scopes of its model-call spans; while it has one, its calls are only
        # queued here (cheap), and indexed in groups when a second scope appears
        self.scopes: OrderedDict[bytes, set[Any]] = OrderedDict()
        self.recent: dict[bytes, deque[Entry]] = {}
        self.outcomes: Counter[str] = Counter()  # counted, duplicate

    def check(self, resource: bytes, fields: dict[str, Any]) -> Entry | None:
        """None when the call ``fields`` describes (a span of ``resource``) was counted from
        another instrumentation's span (each such span stands for one duplicate at most);
        else what ``remember`` keeps once the call is accepted."""
        scope, root = fields.pop(vocabulary.SCOPE, ("", False))
        scope = scope[:SCOPE_CHARS]
        trace, end, duration = fields.get("trace_id"), fields.get("ts"), fields.get("duration_s")
        if not trace or not isinstance(end, float) or not isinstance(duration, (int, float)) \
                or not 0 <= duration <= protocol.MAX_SECONDS:
            self.outcomes["counted"] += 1
            return resource, [], scope, (frozenset(), 0.0, 0.0)  # not compared nor kept
        start = end - duration
        names = frozenset(n[:protocol.LABEL_MAX] for n in self.names(fields)
                          if isinstance(n, str))  # cut as the event's labels are: bounded
        # its trace; and a root span, the resource's other roots: an instrumentation that
        # does not make its span current leaves the other's in a trace of its own
        groups: list[Any] = [trace, (resource, "root")] if root else [trace]
        if self._one_scope(resource, scope):
            self.outcomes["counted"] += 1
            return resource, groups, scope, (names, start, end)
        for group in groups:
            scopes = self.groups.get(group)
            if scopes is None or (len(scopes) == 1 and scope in scopes):
                continue
            for other_scope, calls in scopes.items():
                if other_scope == scope:
                    continue
                for i, (other_names, other_start, other_end) in enumerate(calls):
                    if names & other_names and (start < other_end and other_start < end
                                                or (start, end) == (other_start, other_end)):
                        del calls[i]  # one duplicate of it at most
                        self.outcomes["duplicate"] += 1
                        return None
        self.outcomes["counted"] += 1
        return resource, groups, scope, (names, start, end)

    def _one_scope(self, resource: bytes, scope: Any) -> bool:
        """Whether ``resource`` has sent model-call spans of ``scope`` alone so far; its
        queued calls are indexed when another scope appears."""
        scopes = self.scopes.get(resource)
        if scopes is None:
            scopes = self.scopes[resource] = set()
            if len(self.scopes) > self.max_traces:
                gone, _ = self.scopes.popitem(last=False)
                self.recent.pop(gone, None)
        if scope in scopes:
            return len(scopes) == 1
        if len(scopes) < 16:
            scopes.add(scope)
        for entry in self.recent.pop(resource, ()):
            self._index(entry)
        return False

    def remember(self, entry: Entry) -> None:
        """Keep a counted call, for the other instrumentations' spans of it to come."""
        resource = entry[0]
        if not entry[1]:
            return
        if len(self.scopes.get(resource, ())) == 1:
            self.recent.setdefault(resource, deque(maxlen=RECENT)).append(entry)
        else:
            self._index(entry)

    def _index(self, entry: Entry) -> None:
        _, groups, scope, call = entry
        for group in groups:
            scopes = self.groups.get(group)
            if scopes is None:
                scopes = self.groups[group] = {}
                if len(self.groups) > self.max_traces:
                    self.groups.popitem(last=False)
            else:
                self.groups.move_to_end(group)
            calls = scopes.setdefault(scope, [])
            if len(calls) >= self.max_per_trace:
                del calls[0]  # the oldest: a resource's roots go on and on
            calls.append(call)
