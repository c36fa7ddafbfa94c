"""What every rule module shares: the Alert record, number formatting, common labels."""

from __future__ import annotations

from dataclasses import dataclass

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
