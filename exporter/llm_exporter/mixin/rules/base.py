"""What every rule module shares: the Alert record, number formatting, common labels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from llm_exporter.config import OVERRIDE_LABELS, AlertingConfig
from llm_exporter.metrics import MODEL, PROVIDER

PM = f"{PROVIDER}, {MODEL}"  # the labels every per-model rule keeps
PM_LABELS = f"{{{{ $labels.{PROVIDER} }}}}/{{{{ $labels.{MODEL} }}}}"  # for descriptions


@dataclass(frozen=True)
class Alert:
    """One alerting rule before it is rendered."""

    name: str
    expr: str
    severity: str
    for_: str
    summary: str
    description: str
    dashboard: str


def fmt(number: float) -> str:
    """A number as PromQL and YAML want it: no trailing .0, no exponent for common values."""
    return f"{number:.10g}"



def wilson_lower(ratio: str, calls: str, z: float) -> str:
    """PromQL for the Wilson score lower bound of a binomial ratio observed over ``calls``
    trials, ``z`` standard errors down: the ratio a rule can be confident of. Unlike the
    normal approximation it stays honest at 0 and 1 and for few calls (1 of 1 is not 100 %)."""
    z2 = fmt(z * z)
    return (f"(\n  {ratio} + {z2} / (2 * {calls})\n"
            f"  - {fmt(z)} * sqrt({ratio} * (1 - {ratio}) / {calls}"
            f" + {z2} / (4 * {calls} ^ 2))\n)\n/ (1 + {z2} / {calls})")


def overridden(measure: Callable[[str], str], op: str, default: float, threshold: str,
               alerting: AlertingConfig) -> str:
    """``measure op threshold`` as one expression, with each ``alerting.overrides`` entry that
    sets ``threshold`` in a branch of its own. ``measure(matchers)`` is the PromQL of the
    measured value whose selectors carry the extra ``matchers`` (``', model=~"o3"'``)."""
    return with_overrides(lambda matchers, value: f"{measure(matchers)}\n  {op} {fmt(value)}",
                          default, threshold, alerting, covers=measure)


def with_overrides(build: Callable[[str, float], str], default: float, threshold: str,
                   alerting: AlertingConfig,
                   covers: Callable[[str], str] | None = None) -> str:
    """``build(matchers, value)`` for each override that sets ``threshold`` (its label
    matchers, its value), then for everything else with ``default``, joined with ``or``: a
    series takes the first override that matches it. ``covers(matchers)`` gives every series
    an override matches (default: what ``build`` gives, when it filters nothing out); every
    branch must carry the same labels."""
    branches: list[str] = []
    taken: list[str] = []
    for o in alerting.overrides:
        value = getattr(o, threshold)
        if value is None:
            continue
        matchers = "".join(f", {OVERRIDE_LABELS[k]}=~{quote(v)}" for k, v in o.match.items())
        branches.append(_unless(build(matchers, value), taken))
        taken.append(covers(matchers) if covers else build(matchers, value))
    branches.append(_unless(build("", default), taken))
    if len(branches) == 1:
        return branches[0]
    return "\nor\n".join(f"(\n{b}\n)" for b in branches)


def _unless(expr: str, taken: list[str]) -> str:
    if not taken:
        return expr
    return f"({expr})\nunless (\n  " + "\n  or ".join(taken) + "\n)"


def quote(value: str) -> str:
    """A PromQL string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
