"""A provider's bill set against what the sidecars counted, per UTC day and model.

The sidecars' side is one PromQL query per day, evaluated at the midnight that ends it:
``sum by (model) (increase(llm_cost_usd_total{<selector>, provider="<provider>"}[1d]))``.
Both sides' model names are matched as genai-prices resolves them (``gpt-4o-2024-08-06`` and
``gpt-4o`` are one model, ``Claude Haiku 4.5`` is ``claude-haiku-4-5``), else as written.
What the export bills under no model (web search, code execution, an ungrouped export) counts
in the day's total only. The capture rate is counted / billed: under 100 %, traffic the
sidecars never saw (or priced lower than billed); over it, priced higher.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta, timezone

from genai_prices import data_snapshot

from llm_exporter.metrics import COST, MODEL, PROVIDER
from llm_exporter.prometheus_api import PrometheusAPI
from llm_exporter.reconcile.exports import Billed
from llm_exporter.sidecar.core.price import PROVIDER_ALIASES, find_provider_model

GAPS = 5  # the largest gaps listed


@dataclass(frozen=True)
class Row:
    """One day and model ("" for the day's total): dollars counted and billed, and their
    ratio (None where nothing was billed)."""

    day: str
    provider: str
    model: str
    counted_usd: float
    billed_usd: float
    capture: float | None

    @property
    def gap_usd(self) -> float:
        return self.billed_usd - self.counted_usd


@functools.lru_cache(maxsize=4096)
def canonical(provider: str, model: str) -> str:
    """A model's name as genai-prices knows it (its id), else as written, lower-cased."""
    if not model:
        return ""
    provider_id = PROVIDER_ALIASES.get(provider, provider)
    found = find_provider_model(model, provider_id)
    if found is not None:
        return found[1].id
    return _display_names(provider_id).get(model.lower(), model.lower())


@functools.lru_cache(maxsize=16)
def _display_names(provider_id: str) -> dict[str, str]:
    """A provider's models by display name (``claude haiku 4.5`` -> ``claude-haiku-4-5``)."""
    providers = data_snapshot.get_snapshot().providers
    provider = data_snapshot.find_provider_by_id(providers, provider_id)
    if provider is None:
        return {}
    return {m.name.lower(): m.id for m in provider.models if m.name}


async def reconcile(api: PrometheusAPI, billed: list[Billed], selector: str,
                    start: float = -math.inf, end: float = math.inf) -> dict:
    """The exports' days that ended after ``start`` and by ``end`` (unix seconds) against
    what the sidecars counted, per provider (``summary``); one session to Prometheus."""
    def ended_within(day: date) -> bool:
        return start < _midnight_after(day) <= end

    chosen = [line for line in billed if ended_within(line.day)]
    table: list[Row] = []
    async with api:
        for provider in sorted({line.provider for line in chosen}):
            days = sorted({line.day for line in chosen if line.provider == provider})
            table += rows(chosen, await counted(api, provider, days, selector), provider)
    return summary(table)


async def counted(api: PrometheusAPI, provider: str, days: Iterable[date], selector: str
                  ) -> dict[tuple[date, str], float]:
    """What the sidecars counted per (day, canonical model) of ``provider`` (``api``: a
    session already open)."""
    matchers = ", ".join(m for m in (selector, f'{PROVIDER}="{provider}"') if m)
    expr = f"sum by ({MODEL}) (increase({COST.series}{{{matchers}}}[1d]))"
    out: dict[tuple[date, str], float] = defaultdict(float)
    for day in days:
        for name, value in (await api.query(expr, _midnight_after(day), by=MODEL)).items():
            if math.isfinite(value):
                out[day, canonical(provider, name)] += value
    return out


def _midnight_after(day: date) -> float:
    return datetime.combine(day + timedelta(days=1), time(), timezone.utc).timestamp()


def rows(billed: list[Billed], counted_usd: dict[tuple[date, str], float], provider: str
         ) -> list[Row]:
    """Per day: each model either side names, then the day's total (model "")."""
    bills: dict[tuple[date, str], float] = defaultdict(float)
    for line in billed:
        if line.provider == provider:
            bills[line.day, canonical(provider, line.model)] += float(line.usd)
    days = sorted({day for day, _ in bills})
    out = []
    for day in days:
        models = sorted({m for d, m in (*bills, *counted_usd) if d == day and m})
        for model in models:
            out.append(_row(day, provider, model, counted_usd.get((day, model), 0.0),
                            bills.get((day, model), 0.0)))
        out.append(_row(day, provider, "",
                        sum(v for (d, _), v in counted_usd.items() if d == day),
                        sum(v for (d, _), v in bills.items() if d == day)))
    return out


def _row(day: date, provider: str, model: str, counted_usd: float, billed_usd: float) -> Row:
    capture = counted_usd / billed_usd if billed_usd > 0 else None
    return Row(day.isoformat(), provider, model, round(counted_usd, 6), round(billed_usd, 6),
               None if capture is None else round(capture, 4))


def summary(table: list[Row]) -> dict:
    """The rows, the whole range's totals and the largest gaps, as JSON-ready data."""
    days = [r for r in table if not r.model]
    counted_usd = sum(r.counted_usd for r in days)
    billed_usd = sum(r.billed_usd for r in days)
    models = [r for r in table if r.model]
    return {
        "rows": [asdict(r) for r in table],
        "total": {"counted_usd": round(counted_usd, 6), "billed_usd": round(billed_usd, 6),
                  "capture": round(counted_usd / billed_usd, 4) if billed_usd > 0 else None},
        "largest_gaps": [asdict(r) for r in sorted(models, key=lambda r: -abs(r.gap_usd))
                         [:GAPS] if r.gap_usd],
    }


def text(report: dict) -> str:
    """The summary for people: a table per day, the totals, the largest gaps."""
    lines = [f"{'day':<10}  {'provider':<9}  {'model':<32}  {'counted':>12}  {'billed':>12}  "
             f"{'capture':>7}"]
    for r in report["rows"]:
        model = r["model"] or "(day's total)"
        lines.append(f"{r['day']:<10}  {r['provider']:<9}  {model[:32]:<32}  "
                     f"{_usd(r['counted_usd']):>12}  {_usd(r['billed_usd']):>12}  "
                     f"{_pct(r['capture']):>7}")
    total = report["total"]
    lines += ["", f"in all: counted {_usd(total['counted_usd'])} of {_usd(total['billed_usd'])}"
                  f" billed ({_pct(total['capture'])} captured)"]
    if report["largest_gaps"]:
        lines += ["", "largest gaps (billed - counted):"]
        lines += [f"  {g['day']}  {g['model']}: {_usd(g['billed_usd'] - g['counted_usd'])}"
                  for g in report["largest_gaps"]]
    return "\n".join(lines) + "\n"


def _usd(value: float) -> str:
    return f"-${-value:,.2f}" if value < 0 else f"${value:,.2f}"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"
