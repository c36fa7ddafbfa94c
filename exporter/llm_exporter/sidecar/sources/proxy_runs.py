"""Proxied calls grouped into agent runs by the run id their client sends.

A client that cannot pass a ``traceparent`` (no tracing, a framework that makes its own HTTP
calls) names its run in a header: ``X-LLM-Run-Id`` (any text; a task, a conversation turn)
and ``X-LLM-Agent``. Its calls get a trace of their own, derived from the run id, under one
run span, and the run ends when the client says so (``X-LLM-Run-End: true`` on its last
call, once that call is done) or when ``idle`` seconds pass with no call of it in flight or
begun; its ``agent_run`` event then goes to the pipeline, whose runs stage gives it the
calls made under it (``sidecar.core.runs``). A call with a ``traceparent`` is its trace's,
not grouped here. At most ``max_runs`` are open: past it, the least recently active with no
call in flight ends first (``ended{reason="overflow"}``). The run id is hashed, never kept
nor sent on; a run id used again after its run ended makes a new run, with ids of its own.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from prometheus_client.core import Metric

from llm_exporter.metrics import PROXY_RUNS, family

# how a run ended: its client said so, it went idle, past the cap, the sidecar stopped
END_REASONS = ("said", "idle", "overflow", "shutdown")


@dataclass
class OpenRun:
    """One run whose calls are still coming."""

    agent: str
    key: str  # the hash of its run id
    trace_id: str
    span_id: str
    started: float
    last_seen: float
    in_flight: int = 0
    ending: bool = False  # its client said so: it ends when its calls in flight are done


class ProxyRuns:
    """Runs named by ``X-LLM-Run-Id``, open until said to end or idle."""

    def __init__(self, submit: Callable[[dict[str, Any]], object], idle: float, max_runs: int,
                 clock: Callable[[], float] = time.monotonic):
        """``submit(fields)`` takes a run's ``agent_run`` event; ``clock`` (seconds) ages
        runs and times them."""
        self.submit = submit
        self.idle = idle
        self.max_runs = max_runs
        self.clock = clock
        # the hash of a run id -> its run; least recently active first
        self.open: OrderedDict[str, OpenRun] = OrderedDict()
        self.ended: dict[str, int] = dict.fromkeys(END_REASONS, 0)
        self.opened = 0  # runs opened so far: a reused run id's new run gets new ids

    def join(self, run_id: str, agent: str) -> OpenRun:
        """The open run ``run_id`` names (new if need be), with a call of it begun."""
        key = hashlib.blake2b(run_id.encode("utf-8", "replace"), digest_size=16).hexdigest()
        now = self.clock()
        run = self.open.get(key)
        if run is None:
            self.opened += 1
            ids = hashlib.blake2b(f"{key} {self.opened}".encode(), digest_size=24).hexdigest()
            run = self.open[key] = OpenRun(agent or "unknown", key, ids[:32], ids[32:], now, now)
            while len(self.open) > self.max_runs:
                # the least recently active with no call in flight, else the least recent
                self._end(next((k for k, r in self.open.items() if not r.in_flight),
                               next(iter(self.open))), "overflow")
        else:
            self.open.move_to_end(key)
            run.last_seen = now
        run.in_flight += 1
        return run

    @staticmethod
    def fields(run: OpenRun) -> dict[str, str]:
        """What a call of ``run`` carries: its trace, and the run's span as its parent."""
        return {"trace_id": run.trace_id, "parent_span_id": run.span_id, "agent": run.agent}

    def leave(self, run: OpenRun, end: bool = False) -> None:
        """A call of ``run`` is done; ``end``: its client said it was the run's last."""
        run.in_flight -= 1
        run.last_seen = self.clock()
        run.ending = run.ending or end
        if run.ending and not run.in_flight and self.open.get(run.key) is run:
            self._end(run.key, "said")

    def expire(self) -> int:
        """End the runs idle for ``idle`` seconds with no call in flight; returns how many."""
        cutoff = self.clock() - self.idle
        idle = [key for key, run in self.open.items()
                if run.last_seen <= cutoff and not run.in_flight]
        for key in idle:
            self._end(key, "idle")
        return len(idle)

    def close(self) -> None:
        """End every open run (the sidecar stops)."""
        for key in list(self.open):
            self._end(key, "shutdown")

    def collect(self) -> Iterator[Metric]:
        yield family(PROXY_RUNS, sorted(self.ended.items()))

    def _end(self, key: str, reason: str) -> None:
        run = self.open.pop(key)
        self.ended[reason] += 1
        self.submit({"type": "agent_run", "agent": run.agent, "trace_id": run.trace_id,
                     "span_id": run.span_id, "duration_s": max(0.0, run.last_seen - run.started)})
