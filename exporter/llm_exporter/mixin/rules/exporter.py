"""The sidecars themselves: down, absent, rejecting, overflowing, dropping, unpriced."""

from __future__ import annotations

from llm_exporter.config import Config
from llm_exporter.metrics import (
    CLIENT_DROPPED,
    EVENTS,
    EVENTS_REJECTED,
    LABEL_OVERFLOW,
    SOCKET_DROPS,
    UNPRICED,
)
from llm_exporter.mixin.rules.base import Alert, fmt


def recording(config: Config) -> list[dict]:
    return []


def alerts(config: Config) -> list[Alert]:
    a = config.alerting
    t = a.thresholds
    sel = a.selector
    out = []

    out.append(Alert(
        "LLMExporterDown", f"up{{{sel}}} == 0", "warning", "5m",
        "An llm-exporter sidecar cannot be scraped.",
        "{{ $labels.instance }} has been down for 5 minutes: its application's LLM calls are "
        "not measured.", "exporter"))

    out.append(Alert(
        "LLMExporterAbsent", f"absent(up{{{sel}}} == 1)", "critical", "10m",
        "No llm-exporter sidecar is up: LLM calls are not monitored at all.",
        f"Prometheus has no healthy target matching {{{sel}}}. Every other LLM alert is "
        f"blind until this is fixed.", "exporter"))

    out.append(Alert(
        "LLMExporterRejectingEvents",
        f"sum by (instance) (rate({EVENTS_REJECTED.series}{{{sel}}}[15m]))\n"
        f"  / (\n    sum by (instance) (rate({EVENTS.series}{{{sel}}}[15m]))\n"
        f"    + sum by (instance) (rate({EVENTS_REJECTED.series}{{{sel}}}[15m]))\n"
        f"  )\n  > {fmt(t.rejected_ratio)}",
        "warning", "15m",
        "An application is sending events the sidecar cannot use.",
        f"{{{{ $labels.instance }}}} rejects {{{{ $value | humanizePercentage }}}} of events "
        f"(threshold {fmt(t.rejected_ratio * 100)}%); see {EVENTS_REJECTED.series}"
        f" by reason.", "exporter"))

    out.append(Alert(
        "LLMExporterLabelOverflow",
        f"sum by (instance, label) (increase({LABEL_OVERFLOW.series}{{{sel}}}[15m]))"
        f" > 0",
        "warning", "5m",
        "A label has more distinct values than its cap; values are folded into __other__.",
        "{{ $labels.instance }}: label {{ $labels.label }} overflowed "
        "{{ $value | humanize }} times in 15 minutes. Something may be putting ids into it.",
        "exporter"))

    out.append(Alert(
        "LLMExporterDroppingEvents",
        f'sum by (instance) (rate({{__name__=~"{SOCKET_DROPS.series}|{CLIENT_DROPPED.series}", '
        f"{sel}}}[10m])) > 0",
        "warning", "10m",
        "Events are being lost before the sidecar counts them.",
        "{{ $labels.instance }} loses {{ $value | humanize }} events/s (kernel receive buffer "
        "or client queue full): metrics under-count.", "exporter"))

    out.append(Alert(
        "LLMExporterUnpricedEvents",
        f"sum by (provider) (rate({UNPRICED.series}{{{sel}}}[1h])) > 0",
        "info", "1h",
        "Some LLM calls have no known price; cost is under-reported.",
        "{{ $value | humanize }} calls/s from provider {{ $labels.provider }} have no price: add "
        "it under prices: in the config.", "exporter"))

    return out
