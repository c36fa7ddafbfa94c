"""What the status page shows: the last 15 minutes per model, from an in-memory ring.

Every ``SLOT_SECONDS`` the sidecar's tick closes a slot: what each model did since the last
one, diffed from the store's cumulative series and rows (one that expired and came back is a
new object and counts from zero). The ring holds ``SLOTS`` slots, so its memory is bounded by
the label sets the store may hold. ``Recent.window()`` adds the open slot, so the page is
current to the second. No Prometheus is needed.
"""

from __future__ import annotations

import heapq
import math
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from operator import add, sub

from llm_exporter.metrics import DURATION_BUCKETS
from llm_exporter.sidecar.core.store import CallSeries, Store

SLOT_SECONDS = 15.0
SLOTS = 60  # 15 minutes
_BUCKETS = len(DURATION_BUCKETS) + 1
_ZEROS = (0,) * _BUCKETS

# What one (provider, model) did in one slot, as the ring keeps it: a plain tuple of numbers
# and tuples of numbers, which Python's garbage collector stops tracking. As objects holding
# lists, 10^4 models in 60 slots were 2 million tracked objects, and a full collection took
# seconds of the event loop.
CALLS, ERRORS, DURATION, TTFT, TOKENS, USD = range(6)  # duration: successful calls only


class ModelSlot:
    """What one (provider, model) did over a window, for the page."""

    __slots__ = ("calls", "errors", "duration", "ttft", "tokens", "cost")

    def __init__(self) -> None:
        self.calls = 0
        self.errors = 0
        self.duration = [0] * _BUCKETS  # successful calls only, as the dashboards' latency
        self.ttft = [0] * _BUCKETS
        self.tokens = 0  # input (with cache) + output (with reasoning), as llm_tokens_total
        self.cost = 0.0

    @classmethod
    def of(cls, figures: tuple | None) -> ModelSlot:
        """From figures as the ring keeps them (None: nothing)."""
        out = cls()
        if figures is not None:
            out.calls, out.errors, duration, ttft, out.tokens, out.cost = figures
            out.duration, out.ttft = list(duration), list(ttft)
        return out

    def summary(self, seconds: float) -> dict:
        """The page's figures for ``seconds`` of this slot (None where there is no data)."""
        per_second = 1.0 / seconds if seconds > 0 else 0.0
        return {
            "calls": self.calls,
            "errors": self.errors,
            "calls_per_second": self.calls * per_second,
            "error_ratio": self.errors / self.calls if self.calls else None,
            "latency_p50_seconds": bucket_quantile(0.5, self.duration),
            "latency_p95_seconds": bucket_quantile(0.95, self.duration),
            "ttft_p95_seconds": bucket_quantile(0.95, self.ttft),
            "tokens_per_second": self.tokens * per_second,
            "cost_usd": self.cost,
            "cost_per_hour_usd": self.cost * per_second * 3600,
        }


# the figures drawn as sparklines, one point per slot
SPARKLINES = ("calls_per_second", "error_ratio", "latency_p95_seconds", "ttft_p95_seconds",
              "tokens_per_second", "cost_per_hour_usd")
_NO_POINTS = (0.0, None, None, None, 0.0, 0.0)  # a slot in which the model did nothing


def _points(f: tuple, seconds: float) -> tuple:
    """The SPARKLINES figures of one slot's figures, rounded, as ``ModelSlot.summary``
    computes them."""
    calls, errors, duration, ttft, tokens, cost = f
    per_second = 1.0 / seconds if seconds > 0 else 0.0
    return (_rounded(calls * per_second),
            _rounded(errors / calls if calls else None),
            _rounded(bucket_quantile(0.95, duration)),
            _rounded(bucket_quantile(0.95, ttft)),
            _rounded(tokens * per_second),
            _rounded(cost * per_second * 3600))


# What one agent did in one slot: runs ended, of them failed or stopped at a limit, loops
# found, and over the runs whose totals were kept, how many, their cost and model calls
RUNS, FAILED, LOOPS, TOTALLED, RUN_USD, RUN_CALLS = range(6)
_NO_AGENT = (0, 0, 0, 0, 0.0, 0)


class Slot:
    """One closed (or the open) slot: its span in monotonic seconds and what it saw."""

    __slots__ = ("start", "end", "models", "spend", "agents", "_points")

    def __init__(self, start: float, end: float, models: dict[tuple[str, str], tuple],
                 spend: dict[str, float], agents: dict[str, tuple] | None = None):
        self.start = start
        self.end = end
        self.models = models  # (provider, model) -> figures (see CALLS)
        self.spend = spend  # tenant -> USD, budgeted tenants only
        self.agents = agents or {}  # agent -> figures (see RUNS)
        self._points: dict[tuple[str, str], tuple] = {}

    def points(self, pm: tuple[str, str]) -> tuple:
        """One model's sparkline points in this slot, in SPARKLINES order; kept once
        computed, since a closed slot does not change."""
        found = self._points.get(pm)
        if found is None:
            f = self.models.get(pm)
            if f is None:
                return _NO_POINTS
            found = self._points[pm] = _points(f, self.end - self.start)
        return found


class Recent:
    """The ring of recent slots and the spend of budgeted tenants since midnight UTC."""

    def __init__(self, store: Store, budgeted: Iterable[str] = (), *,
                 slot_seconds: float = SLOT_SECONDS, slots: int = SLOTS,
                 wall_clock: Callable[[], float] = time.time):
        """``store`` is read, never changed; its ``now`` (monotonic seconds, advanced by its
        tick) times the slots; ``wall_clock`` (unix seconds) says when a UTC day begins."""
        self.store = store
        self.budgeted = frozenset(budgeted)
        self.slot_seconds = slot_seconds
        self.ring: deque[Slot] = deque(maxlen=slots)
        self.wall_clock = wall_clock
        self.slot_start = store.now
        # what the store held when the last slot closed: series key -> (series, calls,
        # duration counts, ttft counts), the counts as tuples; (series key, row key) ->
        # (row, tokens, cost)
        self.seen_series: dict[tuple, tuple] = {}
        self.seen_rows: dict[tuple, tuple] = {}
        self.day = self._utc_day()
        self.today: dict[str, float] = {}  # tenant -> USD since the day began (or since start)
        self.day_started_here = False  # True once a UTC midnight has passed while running
        # (provider, model) -> calls in the ring, and -> how many of its slots hold it; kept
        # as slots come and go, so ranking the models costs a look at each, not at each slot
        self.ring_calls: dict[tuple[str, str], int] = {}
        self.ring_slots: dict[tuple[str, str], int] = {}
        # (provider, model) -> its closed slots' figures summed, and its sparklines' points
        # in them: for the models shown since the last slot closed
        self.ring_rows: dict[tuple[str, str], tuple] = {}
        # the open slot as last read, per label set (see _part), and the store's ``now``
        # when it was read
        self.open_parts: dict[tuple, tuple] = {}
        self.open_read_at = -math.inf
        # the store's agent tables when the last slot closed: key -> (series, its counts)
        self.seen_agents: dict[tuple, tuple] = {}

    def tick(self) -> None:
        """Close the open slot once it is ``slot_seconds`` old (the sidecar calls this every
        second, after the store's tick)."""
        now = self.store.now
        if now - self.slot_start < self.slot_seconds:
            return
        models, spend = self._since_last(commit=True)
        if len(self.ring) == self.ring.maxlen:
            self._count(self.ring[0], -1)  # about to leave the ring
        slot = Slot(self.slot_start, now, models, spend, self._agents_since_last(commit=True))
        self._count(slot, 1)
        self.ring_rows = {}
        self.ring.append(slot)
        self.slot_start = now
        day = self._utc_day()
        if day != self.day:
            self.day, self.today, self.day_started_here = day, {}, True
        for tenant, usd in spend.items():
            self.today[tenant] = self.today.get(tenant, 0.0) + usd

    def window(self) -> tuple[list[Slot], float]:
        """The closed slots and the open one (what happened since the last close), and the
        seconds they cover."""
        models, spend = self._since_last(commit=False)
        slots = [*self.ring, Slot(self.slot_start, self.store.now, models, spend,
                                  self._agents_since_last(commit=False))]
        return slots, slots[-1].end - slots[0].start

    def agents(self, window: tuple[list[Slot], float] | None = None) -> list[dict]:
        """Per agent over the window, the costliest first: runs, the share failed or
        stopped at a limit, loops, cost, and cost and model calls per run. (Agents are a
        capped label: at most limits.labels.agent rows.)"""
        slots, _ = window or self.window()
        summed: dict[str, list] = {}
        for slot in slots:
            for agent, f in slot.agents.items():
                into = summed.setdefault(agent, list(_NO_AGENT))
                for i, value in enumerate(f):
                    into[i] += value
        out = [{"agent": agent, "runs": f[RUNS],
                "failed_ratio": f[FAILED] / f[RUNS] if f[RUNS] else None,
                "loops": f[LOOPS], "cost_usd": f[RUN_USD],
                "cost_per_run_usd": f[RUN_USD] / f[TOTALLED] if f[TOTALLED] else None,
                "calls_per_run": f[RUN_CALLS] / f[TOTALLED] if f[TOTALLED] else None}
               for agent, f in summed.items()]
        return sorted(out, key=lambda a: (-a["cost_usd"], -a["runs"], a["agent"]))

    def spent_today(self, window: tuple[list[Slot], float] | None = None) -> dict[str, float]:
        """Budgeted tenants' spend on this sidecar since 00:00 UTC (since start on the first
        day), the open slot included (from ``window``, when it was read already)."""
        slots, _ = window or self.window()
        spent = dict(self.today)
        for tenant, usd in slots[-1].spend.items():
            spent[tenant] = spent.get(tenant, 0.0) + usd
        return spent

    def models(self, window: tuple[list[Slot], float] | None = None,
               limit: int | None = None) -> tuple[list[dict], float]:
        """Per model, the window's figures and one sparkline point per slot, busiest first
        (the ``limit`` busiest, when given); and the seconds the window covers (of
        ``window``, when it was read already: reading it walks every label set the store
        holds)."""
        models, seconds, _ = self.busiest(window, limit)
        return models, seconds

    def busiest(self, window: tuple[list[Slot], float] | None = None,
                limit: int | None = None) -> tuple[list[dict], float, int]:
        """As ``models``, and how many models the window holds in all. Figures are computed
        for the models returned only, and their closed slots' part once per slot closed;
        ranking the others costs little more than counting them."""
        slots, seconds = window or self.window()
        closed, open_slot = slots[:-1], slots[-1]
        current = len(closed) == len(self.ring) and all(
            a is b for a, b in zip(closed, self.ring, strict=True))
        if current:
            calls = self.ring_calls.copy()
        else:  # a window read before the last slot closed
            calls = {}
            for slot in closed:
                for pm, f in slot.models.items():
                    calls[pm] = calls.get(pm, 0) + f[CALLS]
        for pm, f in open_slot.models.items():
            calls[pm] = calls.get(pm, 0) + f[CALLS]
        if limit is not None and limit < len(calls):
            least = heapq.nlargest(limit, calls.values())[-1]  # what the last shown made
            candidates = [(pm, n) for pm, n in calls.items() if n >= least]
        else:
            candidates = list(calls.items())
        # busiest first, then by provider and model
        candidates.sort(key=lambda item: (-item[1], item[0]))
        kept = self.ring_rows if current else {}
        out = []
        for pm, _ in candidates[:limit]:
            ring = kept.get(pm)
            if ring is None:
                columns = zip(*(slot.points(pm) for slot in closed), strict=True)
                ring = kept[pm] = (
                    _summed([figures for slot in closed
                             if (figures := slot.models.get(pm))]),
                    [list(points) for points in columns] or [[] for _ in SPARKLINES])
            summed, ring_points = ring
            now = open_slot.models.get(pm)
            total = ModelSlot.of(_summed([f for f in (summed, now) if f]))
            entry = {"provider": pm[0], "model": pm[1], **total.summary(seconds)}
            entry["sparklines"] = {
                name: [*points, last] for name, points, last
                in zip(SPARKLINES, ring_points, open_slot.points(pm), strict=True)}
            out.append(entry)
        return out, seconds, len(calls)

    def _count(self, slot: Slot, sign: int) -> None:
        """Add a slot's calls per model to ``ring_calls`` (sign 1) or take them away (-1)."""
        calls, slots = self.ring_calls, self.ring_slots
        for pm, f in slot.models.items():
            held = slots.get(pm, 0) + sign
            if held:
                slots[pm] = held
                calls[pm] = calls.get(pm, 0) + sign * f[CALLS]
            else:
                del slots[pm], calls[pm]

    def _since_last(self, commit: bool) -> tuple[dict[tuple[str, str], tuple],
                                                  dict[str, float]]:
        """What each model did since the last close, and budgeted tenants' spend; closing
        (``commit``) remembers what the store holds now. Each label set's part is kept,
        and the next read or close recomputes only those the store touched since (every
        change stamps ``last_seen`` with the store's ``now``)."""
        models: dict[tuple[str, str], tuple] = {}
        spend: dict[str, float] = {}
        parts, read_at = self.open_parts, self.open_read_at
        kept: dict[tuple, tuple] = {}
        for key, series in self.store.calls.items():
            part = parts.get(key)
            if part is None or part[0] is not series or series.last_seen >= read_at:
                part = self._part(key, series)
            kept[key] = part
            figures, spent = part[2], part[3]
            if figures is not None:
                had = models.get(part[1])
                models[part[1]] = figures if had is None else _added(had, figures)
            for tenant, usd in spent:
                spend[tenant] = spend.get(tenant, 0.0) + usd
        if commit:
            self._remember(kept)
        else:
            self.open_parts, self.open_read_at = kept, self.store.now
        return models, spend

    def _part(self, key: tuple, series: CallSeries) -> tuple:
        """One label set since the last close: (series, (provider, model), figures or None
        if it did nothing, its budgeted spend as ((tenant, USD), ...), and its seen_series
        entry as a close now would remember it)."""
        prev = self.seen_series.get(key)
        duration = tuple(series.duration)
        ttft = _ZEROS if series.ttft is None else tuple(series.ttft)
        if prev is not None and prev[0] is series and duration == prev[2] and ttft == prev[3]:
            calls = 0  # no call since: most label sets, most of the time
            durations = ttfts = _ZEROS
            seen = prev
        else:
            if prev is None or prev[0] is not series:
                prev = (series, 0, _ZEROS, _ZEROS)
            total = sum(duration)
            calls = total - prev[1]
            durations = _ZEROS if key[3] else tuple(map(sub, duration, prev[2]))
            ttfts = _ZEROS if series.ttft is None else tuple(map(sub, ttft, prev[3]))
            seen = (series, total, duration, ttft)  # tuples of numbers: not tracked by gc
        seen_rows = self.seen_rows
        tokens_since, cost_since = 0, 0.0
        spent: list[tuple[str, float]] = []
        for row_key, row, tokens, cost in series.spent():
            was = seen_rows.get((key, row_key))
            if was is not None and was[0] is row:
                if tokens == was[1] and cost == was[2]:
                    continue
                tokens_since += tokens - was[1]
                cost_since += cost - was[2]
                usd = cost - was[2]
            else:
                tokens_since += tokens
                cost_since += cost
                usd = cost
            if usd and row_key[0] in self.budgeted:
                spent.append((row_key[0], usd))
        figures = (calls, calls if key[3] else 0, durations, ttfts, tokens_since, cost_since) \
            if calls or tokens_since or cost_since else None
        return series, (key[0], key[1]), figures, tuple(spent), seen

    def _remember(self, parts: dict[tuple, tuple]) -> None:
        """Closing: what the store holds now becomes what the next slot counts from. (A
        part kept from a read saw the rows as they are: its label set is untouched since.)"""
        was_rows = self.seen_rows
        seen_rows: dict[tuple, tuple] = {}
        for key, part in parts.items():
            for row_key, row, tokens, cost in part[0].spent():
                at = (key, row_key)
                was = was_rows.get(at)
                seen_rows[at] = was if was is not None and was[0] is row \
                    and tokens == was[1] and cost == was[2] else (row, tokens, cost)
        self.seen_series = {key: part[4] for key, part in parts.items()}
        self.seen_rows = seen_rows
        self.open_parts, self.open_read_at = {}, -math.inf

    def _agents_since_last(self, commit: bool) -> dict[str, tuple]:
        """What each agent did since the last close (see RUNS), from the store's runs, run
        totals and loops; a series that expired and came back counts from zero."""
        store = self.store
        now: dict[tuple, tuple] = {}
        for (agent, error), h in store.runs.items():
            now["run", agent, error] = (h, (sum(h.counts),))
        for agent, r in store.run_totals.items():
            now["totals", agent] = (r, (sum(r.cost.counts), r.cost.sum, r.calls.sum))
        for (agent, tool), c in store.loops.items():
            now["loop", agent, tool] = (c, (c.value,))
        seen = self.seen_agents
        out: dict[str, list] = {}
        for key, (series, counts) in now.items():
            was = seen.get(key)
            if was is not None and was[0] is series:
                counts = tuple(map(sub, counts, was[1]))
            if not any(counts):  # nothing since (a loop series made at 0, say): no row
                continue
            f = out.setdefault(key[1], list(_NO_AGENT))
            if key[0] == "run":
                f[RUNS] += counts[0]
                if key[2]:
                    f[FAILED] += counts[0]
            elif key[0] == "totals":
                f[TOTALLED] += counts[0]
                f[RUN_USD] += counts[1]
                f[RUN_CALLS] += counts[2]
            else:
                f[LOOPS] += counts[0]
        if commit:
            self.seen_agents = now
        return {agent: tuple(f) for agent, f in out.items()}

    def _utc_day(self) -> int:
        return int(self.wall_clock() // 86400)


def _summed(parts: Sequence[tuple]) -> tuple | None:
    """The sum of some figures (see CALLS), in their order; None for none."""
    if len(parts) < 2:
        return parts[0] if parts else None
    return (sum(f[CALLS] for f in parts), sum(f[ERRORS] for f in parts),
            tuple(map(sum, zip(*(f[DURATION] for f in parts), strict=True))),
            tuple(map(sum, zip(*(f[TTFT] for f in parts), strict=True))),
            sum(f[TOKENS] for f in parts), sum((f[USD] for f in parts), 0.0))


def _added(a: tuple, b: tuple) -> tuple:
    """The sum of two figures (see CALLS)."""
    return (a[CALLS] + b[CALLS], a[ERRORS] + b[ERRORS],
            tuple(map(add, a[DURATION], b[DURATION])), tuple(map(add, a[TTFT], b[TTFT])),
            a[TOKENS] + b[TOKENS], a[USD] + b[USD])


def bucket_quantile(q: float, counts: Sequence[int],
                    bounds: Sequence[float] = DURATION_BUCKETS) -> float | None:
    """The q-quantile of non-cumulative bucket ``counts`` (the last is +Inf), interpolated
    linearly inside the bucket as Prometheus's ``histogram_quantile`` does; None when empty.
    A quantile in the +Inf bucket is the highest finite bound."""
    total = sum(counts)
    if total == 0:
        return None
    rank = q * total
    below = 0
    for i, n in enumerate(counts):
        if below + n >= rank and n:
            if i == len(bounds):
                return bounds[-1]
            lower = bounds[i - 1] if i else 0.0
            return lower + (bounds[i] - lower) * (rank - below) / n
        below += n
    return bounds[-1]


def _rounded(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return float(f"{value:.4g}")
