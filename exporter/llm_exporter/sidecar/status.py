"""What the status page shows: the last 15 minutes per model, from an in-memory ring.

Every ``SLOT_SECONDS`` the sidecar's tick closes a slot: what each model did since the last
one, diffed from the store's cumulative series and rows (one that expired and came back is a
new object and counts from zero). The ring holds ``SLOTS`` slots, so its memory is bounded by
the label sets the store may hold. ``Recent.window()`` adds the open slot, so the page is
current to the second. No Prometheus is needed.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence

from llm_exporter.metrics import DURATION_BUCKETS
from llm_exporter.sidecar.store import COST, INPUT, OUTPUT, Store

SLOT_SECONDS = 15.0
SLOTS = 60  # 15 minutes
_BUCKETS = len(DURATION_BUCKETS) + 1


class ModelSlot:
    """What one (provider, model) did in one slot."""

    __slots__ = ("calls", "errors", "duration", "ttft", "tokens", "cost")

    def __init__(self) -> None:
        self.calls = 0
        self.errors = 0
        self.duration = [0] * _BUCKETS  # successful calls only, as the dashboards' latency
        self.ttft = [0] * _BUCKETS
        self.tokens = 0  # input (with cache) + output (with reasoning), as llm_tokens_total
        self.cost = 0.0

    def add(self, other: ModelSlot) -> None:
        """Add another slot's figures to this one."""
        self.calls += other.calls
        self.errors += other.errors
        for i in range(_BUCKETS):
            self.duration[i] += other.duration[i]
            self.ttft[i] += other.ttft[i]
        self.tokens += other.tokens
        self.cost += other.cost

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


class Slot:
    """One closed (or the open) slot: its span in monotonic seconds and what it saw."""

    __slots__ = ("start", "end", "models", "spend")

    def __init__(self, start: float, end: float, models: dict[tuple[str, str], ModelSlot],
                 spend: dict[str, float]):
        self.start = start
        self.end = end
        self.models = models
        self.spend = spend  # tenant -> USD, budgeted tenants only


# the figures drawn as sparklines, one point per slot
SPARKLINES = ("calls_per_second", "error_ratio", "latency_p95_seconds", "ttft_p95_seconds",
              "tokens_per_second", "cost_per_hour_usd")


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
        # duration counts, ttft counts); (series key, row key) -> (row, tokens, cost)
        self.seen_series: dict[tuple, tuple] = {}
        self.seen_rows: dict[tuple, tuple] = {}
        self.day = self._utc_day()
        self.today: dict[str, float] = {}  # tenant -> USD since the day began (or since start)
        self.day_started_here = False  # True once a UTC midnight has passed while running

    def tick(self) -> None:
        """Close the open slot once it is ``slot_seconds`` old (the sidecar calls this every
        second, after the store's tick)."""
        now = self.store.now
        if now - self.slot_start < self.slot_seconds:
            return
        models, spend = self._since_last(commit=True)
        self.ring.append(Slot(self.slot_start, now, models, spend))
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
        slots = [*self.ring, Slot(self.slot_start, self.store.now, models, spend)]
        return slots, slots[-1].end - slots[0].start

    def spent_today(self, window: tuple[list[Slot], float] | None = None) -> dict[str, float]:
        """Budgeted tenants' spend on this sidecar since 00:00 UTC (since start on the first
        day), the open slot included (from ``window``, when it was read already)."""
        slots, _ = window or self.window()
        spent = dict(self.today)
        for tenant, usd in slots[-1].spend.items():
            spent[tenant] = spent.get(tenant, 0.0) + usd
        return spent

    def models(self, window: tuple[list[Slot], float] | None = None
               ) -> tuple[list[dict], float]:
        """Per model, the window's figures and one sparkline point per slot, busiest first;
        and the seconds the window covers (of ``window``, when it was read already: reading
        it walks every label set the store holds)."""
        slots, seconds = window or self.window()
        totals: dict[tuple[str, str], ModelSlot] = {}
        for slot in slots:
            for pm, m in slot.models.items():
                totals.setdefault(pm, ModelSlot()).add(m)
        out = []
        for (provider, model), total in totals.items():
            entry = {"provider": provider, "model": model, **total.summary(seconds)}
            points: dict[str, list] = {name: [] for name in SPARKLINES}
            for slot in slots:
                m = slot.models.get((provider, model))
                figures = (m or ModelSlot()).summary(slot.end - slot.start)
                for name in SPARKLINES:
                    points[name].append(_rounded(figures[name]))
            entry["sparklines"] = points
            out.append(entry)
        out.sort(key=lambda e: (-e["calls"], e["provider"], e["model"]))
        return out, seconds

    def _since_last(self, commit: bool) -> tuple[dict[tuple[str, str], ModelSlot],
                                                  dict[str, float]]:
        models: dict[tuple[str, str], ModelSlot] = {}
        spend: dict[str, float] = {}
        seen_series, seen_rows = self.seen_series, self.seen_rows
        next_series: dict[tuple, tuple] = {}
        next_rows: dict[tuple, tuple] = {}
        zeros = [0] * _BUCKETS
        for key, series in self.store.calls.items():
            prev = seen_series.get(key)
            if prev is None or prev[0] is not series:
                prev = (series, 0, zeros, zeros)
            duration, ttft = series.duration, series.ttft or zeros
            calls = sum(duration)
            m = ModelSlot()
            m.calls = calls - prev[1]
            if key[3]:
                m.errors = m.calls
            else:
                m.duration = [a - b for a, b in zip(duration, prev[2], strict=True)]
            m.ttft = [a - b for a, b in zip(ttft, prev[3], strict=True)]
            if commit:
                next_series[key] = (series, calls, list(duration), list(ttft))
            for row_key, row in series.rows.items():
                tokens, cost = row[INPUT] + row[OUTPUT], row[COST]
                was = seen_rows.get((key, row_key))
                if was is not None and was[0] is row:
                    m.tokens += tokens - was[1]
                    m.cost += cost - was[2]
                    spent = cost - was[2]
                else:
                    m.tokens += tokens
                    m.cost += cost
                    spent = cost
                if spent and row_key[0] in self.budgeted:
                    spend[row_key[0]] = spend.get(row_key[0], 0.0) + spent
                if commit:
                    next_rows[(key, row_key)] = (row, tokens, cost)
            if m.calls or m.tokens or m.cost:
                pm = (key[0], key[1])
                if pm in models:
                    models[pm].add(m)
                else:
                    models[pm] = m
        if commit:
            self.seen_series, self.seen_rows = next_series, next_rows
        return models, spend

    def _utc_day(self) -> int:
        return int(self.wall_clock() // 86400)


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
