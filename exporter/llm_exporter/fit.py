"""Objective fit: the models that have not met their objectives and latency lines over a past
window (a week), with the override that would fit them, so a model that is slow or flaky by
nature is configured before it pages. ``llm-exporter backtest`` prints them, and the status
page lists them when ``alerting.prometheus_url`` is set.

Read from the raw counters with four instant queries over the window (the calls, the failed
calls, and the duration and time-to-first-token buckets, per provider and model), judged with
the values the rules give each model: the first override that sets one and matches, else
``alerting.slo`` and ``alerting.thresholds``. A model is listed only where its bad calls are
significantly over what its line allows (the Poisson score test of the ratio alerts), so a
quiet model's one slow call is not a misfit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from llm_exporter.config import AlertingConfig
from llm_exporter.metrics import DURATION, MODEL, PROVIDER, REQUESTS, TTFT, MetricDef
from llm_exporter.prometheus_api import PrometheusAPI

# objectives an override is suggested at: the tightest that leaves half the budget unspent
NICE_OBJECTIVES = (0.999, 0.995, 0.99, 0.98, 0.95, 0.9, 0.8, 0.5)


@dataclass(frozen=True)
class Line:
    """A latency line a model's calls are judged on: the share of calls over ``bound`` (a
    setting) that ``allowed`` (a setting, or a share) permits."""

    name: str  # what the misfit is called
    histogram: MetricDef
    matchers: str  # which of its series count
    bound: str  # the setting of the line's seconds (slo or thresholds, overridable)
    allowed: str | float  # the setting of the share that may be over it, or the share
    what: str  # the calls it judges, for a sentence
    # the share of ``allowed`` a model must stay under: a quantile alert judged over minutes
    # flaps on a model whose week sits at its line, a burn rate averages over hours
    margin: float = 1.0


LINES = (
    Line("latency", DURATION, ', error_type=""', "latency_seconds", "latency_objective",
         "successful calls took"),
    Line("latency_p99", DURATION, ', error_type=""', "latency_p99_seconds", 0.01,
         "successful calls took", 0.5),
    Line("ttft_p95", TTFT, "", "ttft_p95_seconds", 0.05, "streamed calls waited", 0.5),
)


@dataclass(frozen=True)
class Misfit:
    """One model over one of its lines over the window."""

    provider: str
    model: str
    objective: str  # "availability", or a Line's name
    bad: float  # share of the calls that failed, or that were over the line
    allowed: float  # the share its objective or line allows (times the line's margin)
    calls: float  # the calls the share is of
    seconds: float | None  # the line's bound (not for availability)
    suggestion: dict[str, float]  # the override's settings that would fit
    what: str = "calls failed"

    def line(self, window: str) -> str:
        """The misfit as one sentence, with the override to set."""
        what = self.what if self.seconds is None else f"{self.what} over {self.seconds:g} s"
        head = (f"{self.provider}/{self.model}: {self.bad:.1%} of {what} over the past "
                f"{window} ({self.calls:,.0f} calls; {self.allowed:.1%} allowed).")
        if not self.suggestion:
            return f"{head} No bucket bound fits: its alert will fire; silence it, or raise it."
        override = ", ".join(f"{k}: {v:g}" for k, v in self.suggestion.items())
        # the match is a regular expression, in YAML's single quotes (which keep backslashes)
        match = ", ".join(f"{k}: '{re.escape(v)}'" for k, v in
                          (("provider", self.provider), ("model", self.model)))
        return (f"{head} If this is its normal, set an override: - match: {{{match}}}, "
                f"{override}")


def setting_for(alerting: AlertingConfig, name: str, provider: str, model: str) -> float:
    """The value of setting ``name`` for a model as the rules choose it: the first override
    that sets it and whose patterns match in full, else alerting.slo's or .thresholds'."""
    labels = {"provider": provider, "model": model}
    for o in alerting.overrides:
        value = getattr(o, name, None)
        if value is not None and all(re.fullmatch(p, labels.get(k, "")) for k, p in
                                     o.match.items()):
            return value
    return getattr(alerting.slo, name) if hasattr(alerting.slo, name) \
        else getattr(alerting.thresholds, name)


def significant(bad: float, calls: float, allowed: float, z: float) -> bool:
    """The Poisson score test of ``base.significant``: ``bad`` of ``calls`` is ``z``
    standard errors over ``allowed`` of them."""
    return 2 * (math.sqrt(bad + 0.375) - math.sqrt(allowed * calls + 0.375)) > z


def nice_objective(bad: float) -> float:
    """The tightest of NICE_OBJECTIVES whose budget is at least twice ``bad``."""
    return next((o for o in NICE_OBJECTIVES if 1 - o >= 2 * bad), NICE_OBJECTIVES[-1])


async def misfits(api: PrometheusAPI, alerting: AlertingConfig, window: str = "7d",
                  at: float | None = None) -> list[Misfit]:
    """The models that missed an objective or line over the ``window`` before ``at`` (None:
    now), worst first."""
    sel = alerting.selector
    z = alerting.thresholds.evidence_zscore
    by = f"{PROVIDER}, {MODEL}"
    calls = await api.query(f"sum by ({by}) (increase({REQUESTS.series}{{{sel}}}[{window}]))",
                            at)
    failed = await api.query(f"sum by ({by}) (increase({REQUESTS.series}{{"
                             f"{alerting.failed_calls}}}[{window}]))", at)
    out: list[Misfit] = []
    for labels, n in calls.items():
        provider, model = dict(labels).get(PROVIDER, ""), dict(labels).get(MODEL, "")
        budget = 1 - setting_for(alerting, "availability", provider, model)
        errors = failed.get(labels, 0.0)
        if n > 0 and significant(errors, n, budget, z):
            out.append(Misfit(provider, model, "availability", errors / n, budget, n, None,
                              {"availability": nice_objective(errors / n)}))
    # one query per histogram and filter
    for histogram, matchers in dict.fromkeys((x.histogram, x.matchers) for x in LINES):
        buckets = await api.query(f"sum by ({by}, le) (increase({histogram.bucket}"
                                  f"{{{sel}{matchers}}}[{window}]))", at)
        under: dict[tuple[str, str], dict[float, float]] = {}
        for labels, count in buckets.items():
            d = dict(labels)
            try:
                le = float(d["le"])
            except (KeyError, ValueError):  # not a bucket Prometheus would write: skipped
                continue
            under.setdefault((d.get(PROVIDER, ""), d.get(MODEL, "")), {})[le] = count
        for line in LINES:
            if (line.histogram, line.matchers) == (histogram, matchers):
                out += [m for (provider, model), counts in under.items()
                        if (m := _over(line, alerting, provider, model, counts, z)) is not None]
    return sorted(out, key=lambda m: (-m.bad / m.allowed, m.provider, m.model, m.objective))


def _over(line: Line, alerting: AlertingConfig, provider: str, model: str,
          counts: dict[float, float], z: float) -> Misfit | None:
    """The model's misfit on ``line`` from its calls under each bucket bound, if any."""
    total = counts.get(math.inf, 0.0)
    bound = setting_for(alerting, line.bound, provider, model)
    allowed = line.allowed if isinstance(line.allowed, float) \
        else 1 - setting_for(alerting, line.allowed, provider, model)
    # a bound between bucket bounds is judged at the next one up: fewer calls over it than
    # the rules count, so never a misfit they would not see
    at = min((b for b in line.histogram.buckets if b >= bound), default=None)
    if total <= 0 or at is None or at not in counts:
        return None
    slow = total - counts[at]
    allowed *= line.margin
    if not significant(slow, total, allowed, z):
        return None
    # the first bucket bound the model stays under with half the share to spare; past the
    # last, for the SLO, the last with the objective it meets there (for a quantile line,
    # no bound fits: nothing to suggest)
    last = line.histogram.buckets[-1]
    fits = [b for b in line.histogram.buckets if b > at and b in counts
            and total - counts[b] <= allowed / 2 * total]
    suggestion: dict[str, float] = {}
    if fits:
        suggestion[line.bound] = fits[0]
    elif isinstance(line.allowed, str) and last in counts:
        suggestion = {line.bound: last, line.allowed: nice_objective(
            (total - counts[last]) / total)}
    return Misfit(provider, model, line.name, slow / total, allowed, total, bound, suggestion,
                  line.what)


def format_misfits(found: list[Misfit], window: str) -> str:
    """The misfits as a section of the backtest's report."""
    if not found:
        return f"Every model met its objectives and latency lines over the past {window}.\n"
    lines = [f"Models over their objectives or latency lines over the past {window} "
             f"(alerting.slo and .thresholds, or their override):"]
    lines += [f"- {m.line(window)}" for m in found]
    return "\n".join(lines) + "\n"
