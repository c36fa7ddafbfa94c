"""What every rule module shares: the Alert record, number formatting, common labels."""

from __future__ import annotations

from dataclasses import dataclass

PM = "gen_ai_provider_name, gen_ai_request_model"


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

