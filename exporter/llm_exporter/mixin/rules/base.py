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

