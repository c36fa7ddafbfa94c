"""Objective fit: the models that have not met their objectives over a past window (a week),
with the override that would fit them, so a model that is slow or flaky by nature is
configured before it pages. ``llm-exporter backtest`` prints them, and the status page lists
them when ``alerting.prometheus_url`` is set.

Read from the raw counters with three instant queries (the calls, the failed calls and the
successful calls' duration buckets over the window, per provider and model), and judged with
the objectives the rules give each model: the first override that sets one and matches, else
``alerting.slo``. A model is listed only where its bad calls are significantly over what its
objective allows (the Poisson score test of the ratio alerts), so a quiet model's one slow
call is not a misfit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from llm_exporter.config import AlertingConfig
from llm_exporter.metrics import DURATION, DURATION_BUCKETS, MODEL, PROVIDER, REQUESTS
from llm_exporter.prometheus_api import PrometheusAPI

# objectives an override is suggested at: the tightest that leaves half the budget unspent
NICE_OBJECTIVES = (0.999, 0.995, 0.99, 0.98, 0.95, 0.9, 0.8, 0.5)


@dataclass(frozen=True)
class Misfit:
    """One model that missed one of its objectives over the window."""

    provider: str
    model: str
    objective: str  # "availability" or "latency"
    bad: float  # share of the calls that failed, or of the successful calls that were slow
    allowed: float  # the share its objective allows
    calls: float  # the calls the share is of
    latency_seconds: float | None  # the latency objective's bound (latency only)
    suggestion: dict[str, float]  # the override's settings that would fit

    def line(self, window: str) -> str:
        """The misfit as one sentence, with the override to set."""
        what = ("of calls failed" if self.objective == "availability"
                else f"of successful calls took over {self.latency_seconds:g} s")
        override = ", ".join(f"{k}: {v:g}" for k, v in self.suggestion.items())
        return (f"{self.provider}/{self.model}: {self.bad:.1%} {what} over the past {window} "
                f"({self.calls:,.0f} calls; the objective allows {self.allowed:.1%}). If this "
                f"is its normal, set an override: - match: {{provider: {self.provider}, "
                f"model: {self.model}}}, {override}")


def objective_for(alerting: AlertingConfig, name: str, provider: str, model: str) -> float:
    """The value of ``name`` (availability, latency_objective, latency_seconds) for a model, as
    the rules choose it: the first override that sets it and whose patterns match in full."""
    labels = {"provider": provider, "model": model}
    for o in alerting.overrides:
        value = getattr(o, name)
        if value is not None and all(re.fullmatch(p, labels.get(k, "")) for k, p in
                                     o.match.items()):
            return value
    return getattr(alerting.slo, name)


def significant(bad: float, calls: float, allowed: float, z: float) -> bool:
    """The Poisson score test of ``base.significant``: ``bad`` of ``calls`` is ``z``
    standard errors over ``allowed`` of them."""
    return 2 * (math.sqrt(bad + 0.375) - math.sqrt(allowed * calls + 0.375)) > z


def nice_objective(bad: float) -> float:
    """The tightest of NICE_OBJECTIVES whose budget is at least twice ``bad``."""
    return next((o for o in NICE_OBJECTIVES if 1 - o >= 2 * bad), NICE_OBJECTIVES[-1])


async def misfits(api: PrometheusAPI, alerting: AlertingConfig, window: str = "7d",
                  at: float | None = None) -> list[Misfit]:
    """The models that missed an objective over the ``window`` before ``at`` (None: now),
    worst first."""
    sel = alerting.selector
    z = alerting.thresholds.evidence_zscore
    by = f"{PROVIDER}, {MODEL}"
    calls = await api.query(f"sum by ({by}) (increase({REQUESTS.series}{{{sel}}}[{window}]))",
                            at)
    failed = await api.query(f"sum by ({by}) (increase({REQUESTS.series}{{"
                             f"{alerting.failed_calls}}}[{window}]))", at)
    buckets = await api.query(f'sum by ({by}, le) (increase({DURATION.bucket}{{{sel}, '
                              f'error_type=""}}[{window}]))', at)
    out: list[Misfit] = []
    for labels, n in calls.items():
        provider, model = dict(labels).get(PROVIDER, ""), dict(labels).get(MODEL, "")
        availability = objective_for(alerting, "availability", provider, model)
        errors = failed.get(labels, 0.0)
        if n > 0 and significant(errors, n, 1 - availability, z):
            out.append(Misfit(provider, model, "availability", errors / n, 1 - availability,
                              n, None, {"availability": nice_objective(errors / n)}))
    # successful calls under each bound, per model
    under: dict[tuple[str, str], dict[float, float]] = {}
    for labels, count in buckets.items():
        d = dict(labels)
        under.setdefault((d.get(PROVIDER, ""), d.get(MODEL, "")), {})[float(d["le"])] = count
    for (provider, model), counts in under.items():
        total = counts.get(math.inf, 0.0)
        bound = objective_for(alerting, "latency_seconds", provider, model)
        objective = objective_for(alerting, "latency_objective", provider, model)
        if total <= 0 or bound not in counts:
            continue
        slow = total - counts[bound]
        if not significant(slow, total, 1 - objective, z):
            continue
        # the first bucket bound at which the model keeps half its budget; past the last,
        # the last with the objective it meets there
        fits = [b for b in DURATION_BUCKETS if b > bound and b in counts
                and total - counts[b] <= (1 - objective) / 2 * total]
        suggestion: dict[str, float] = {"latency_seconds": fits[0] if fits else
                                        DURATION_BUCKETS[-1]}
        if not fits:
            suggestion["latency_objective"] = nice_objective(
                (total - counts.get(DURATION_BUCKETS[-1], 0.0)) / total)
        out.append(Misfit(provider, model, "latency", slow / total, 1 - objective, total,
                          bound, suggestion))
    return sorted(out, key=lambda m: (-m.bad / m.allowed, m.provider, m.model))


def format_misfits(found: list[Misfit], window: str) -> str:
    """The misfits as a section of the backtest's report."""
    if not found:
        return f"Every model met its objectives over the past {window}.\n"
    lines = [f"Models that did not meet their objectives over the past {window} "
             f"(alerting.slo, or their override):"]
    lines += [f"- {m.line(window)}" for m in found]
    return "\n".join(lines) + "\n"

