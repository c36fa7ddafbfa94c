"""A streamed call recorded in two spans, counted as one call.

Logfire ends a streamed call's CLIENT span when the stream opens, without usage, and records
the usage in a log when the stream ends (``spans.llm_call`` marks the two ``open`` and
``end``). The opening span is held until its end arrives, matched by resource, provider and
model, in the same trace where one is held, else the oldest: the call then has the end's
usage, finish reason and error, and lasts from the opening span's start to the stream's end.
An opening span that waited ``wait`` seconds is counted as it is, without usage; an end that
comes after that is dropped (``stream_late``: the call was counted, its tokens are lost), and
one that finds no opening span at all is a call of its own, timed by the stream's measure.
What is held is bounded: past ``max_held`` the oldest opening is counted early.
"""

from __future__ import annotations

import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable
from typing import Any

from llm_exporter import vocabulary
from llm_exporter.protocol import clip

# what a stream's end adds to the call that opened it
FROM_END = (*vocabulary.TOKEN_FIELDS, "finish_reason", "response_model", "error_type")


class Streams:
    """Hands each model-call span's fields on to ``submit``, a stream's two spans as one."""

    def __init__(self, submit: Callable[[dict[str, Any]], object], wait: float = 600.0,
                 max_held: int = 10_000, clock: Callable[[], float] = time.monotonic):
        """``submit(fields)`` takes one llm_call event and returns it or its Rejection;
        ``clock`` (monotonic seconds) times the wait."""
        self.submit = submit
        self.wait = wait
        self.max_held = max_held
        self.clock = clock
        self.held: OrderedDict[int, tuple[tuple, float, dict[str, Any]]] = OrderedDict()
        self.by_key: dict[tuple, deque[int]] = {}  # match key -> held, oldest first
        # match key -> openings counted without their end, whose end may still come
        self.unended: OrderedDict[tuple, int] = OrderedDict()
        self.sequence = 0
        self.outcomes: Counter[str] = Counter()  # stream_joined, stream_unended, stream_late

    def add(self, resource: bytes, fields: dict[str, Any]) -> object | None:
        """Submit a call (returns what submit returned), or hold a stream's opening span
        (returns None)."""
        part = fields.pop(vocabulary.STREAM_PART, None)
        if part is None:
            return self.submit(fields)
        key = (resource, fields.get("provider"), fields.get("model"))
        if not (isinstance(key[1], str) and isinstance(key[2], str)):
            return self.submit(fields)  # a name of the wrong type: the event rejects it
        if part == "open":
            fields = clip(fields)  # held: its strings no longer than the event's
            self.sequence += 1
            self.held[self.sequence] = (key, self.clock() + self.wait, fields)
            self.by_key.setdefault(key, deque()).append(self.sequence)
            while len(self.held) > self.max_held:
                self._submit_oldest()
            return None
        waiting = self.by_key.get(key)
        if not waiting:
            if self.unended.get(key):  # its opening was counted already, without it
                self.unended[key] -= 1
                self.outcomes["stream_late"] += 1
                return None
            return self.submit(fields)  # its opening span never came
        trace = fields.get("trace_id")
        sequence = next((s for s in waiting if self.held[s][2].get("trace_id") == trace),
                        waiting[0])
        waiting.remove(sequence)
        if not waiting:
            del self.by_key[key]
        _, _, opened = self.held.pop(sequence)
        self.outcomes["stream_joined"] += 1
        return self.submit(joined(opened, fields))

    def expire(self) -> int:
        """Count the opening spans that waited ``wait``; returns how many."""
        now = self.clock()
        count = 0
        while self.held and next(iter(self.held.values()))[1] <= now:
            self._submit_oldest()
            count += 1
        return count

    def flush(self) -> int:
        """Count every opening held now, without its end (the sidecar stops)."""
        count = len(self.held)
        while self.held:
            self._submit_oldest()
        return count

    def _submit_oldest(self) -> None:
        sequence, (key, _, fields) = self.held.popitem(last=False)
        waiting = self.by_key[key]
        waiting.remove(sequence)  # the oldest held is the oldest of its key: the first
        if not waiting:
            del self.by_key[key]
        self.outcomes["stream_unended"] += 1
        self.unended[key] = self.unended.get(key, 0) + 1
        self.unended.move_to_end(key)
        if len(self.unended) > self.max_held:
            self.unended.popitem(last=False)
        self.submit(fields)


def joined(opened: dict[str, Any], end: dict[str, Any]) -> dict[str, Any]:
    """The call a stream's opening span and its end make: from the opening's start to the
    end's time, with the end's usage."""
    out = {**opened, **{k: end[k] for k in FROM_END if k in end}}
    if "ts" in opened and "ts" in end:
        out["duration_s"] = max(opened["duration_s"],
                                end["ts"] - (opened["ts"] - opened["duration_s"]))
        out["ts"] = end["ts"]
    else:
        out["duration_s"] = opened["duration_s"] + end["duration_s"]
    return out
