"""Prometheus recording and alerting rules, built as data from the config.

Every expression aggregates with ``sum by`` over the labels it keeps, so any number of sidecars
(instances) add up; ``rate`` and ``increase`` absorb counter resets on restart; ratios divide
by the traffic they measure, so zero traffic gives no result rather than a false alarm.
The error-budget alerts follow the multi-window, multi-burn-rate recipe of the Google SRE
workbook (as sloth generates it): 14.4x over 5m and 1h or 6x over 30m and 6h pages; 3x over 2h
and 1d or 1x over 6h and 3d opens a ticket.
"""


from __future__ import annotations

from llm_exporter.config import AlertingConfig, Config
from llm_exporter.mixin.rules import (
    agents,
    budget,
    cost,
    exporter,
    latency,
    quality,
    slo,
    steps,
    usage,
)
from llm_exporter.mixin.rules.base import Alert

# Areas in the order their rules appear; every area's recordings come before any alert.
AREAS = (slo, latency, steps, agents, cost, budget, usage, quality, exporter)
DASHBOARDS = {
    "overview": "llm-overview",
    "cost": "llm-cost",
    "latency": "llm-latency",
    "quality": "llm-quality",
    "exporter": "llm-exporter",
    "agents": "llm-agents",
}



def build(config: Config) -> dict:
    """The rules file: {"groups": [...]} ready for yaml.safe_dump."""
    alerting = config.alerting
    # One group: rules in a group run in order, so every alert sees the recordings of the
    # same evaluation. Across groups the order is not fixed and alerts would read values one
    # interval old in some evaluations and not others.
    return {"groups": [{"name": "llm-exporter", "rules": [
        *[rule for area in AREAS for rule in area.recording(config)],
        *[_render(a, alerting) for a in alerts(config)],
    ]}]}


def alerts(config: Config) -> list[Alert]:
    """The alert catalogue; runbooks are in docs/runbooks.md, one section per name."""
    return [alert for area in AREAS for alert in area.alerts(config)]


def _render(alert: Alert, alerting: AlertingConfig) -> dict:
    for_ = alert.for_
    if alerting.for_override is not None:
        for_ = f"{int(alerting.for_override)}s"
    return {
        "alert": alert.name,
        "expr": alert.expr,
        "for": for_,
        "labels": {"severity": alerting.severity.get(alert.name, alert.severity)},
        "annotations": {
            "summary": alert.summary,
            "description": alert.description,
            "runbook_url": f"{alerting.runbook_url}#{alert.name.lower()}",
            "dashboard_url": f"{alerting.grafana_url.rstrip('/')}/d/{DASHBOARDS[alert.dashboard]}",
        },
    }
