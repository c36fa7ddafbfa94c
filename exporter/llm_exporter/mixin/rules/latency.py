"""Latency beyond the SLO: time to first token, p99, slow workflow steps."""

from __future__ import annotations

from llm_exporter.config import Config
from llm_exporter.metrics import DURATION, STEP_DURATION, TTFT
from llm_exporter.mixin.rules.base import PM, PM_LABELS, Alert, fmt


def recording(config: Config) -> list[dict]:
    return []


def alerts(config: Config) -> list[Alert]:
    a = config.alerting
    t = a.thresholds
    slo = a.slo
    sel = a.selector
    out = []

    out.append(Alert(
        "LLMTimeToFirstTokenHigh",
        f"histogram_quantile(0.95, sum by ({PM}, le) (rate("
        f"{TTFT.bucket}{{{sel}}}[10m])))\n"
        f"  > {fmt(slo.ttft_p95_seconds)}",
        "warning", "10m",
        "Streaming LLM calls take too long to show their first token.",
        f"{PM_LABELS}: p95 time to first token is {{{{ $value | humanizeDuration }}}} "
        f"(threshold {fmt(slo.ttft_p95_seconds)}s).", "latency"))

    out.append(Alert(
        "LLMLatencyP99High",
        f"histogram_quantile(0.99, sum by ({PM}, le) (rate("
        f'{DURATION.bucket}{{{sel}, error_type=""}}[10m])))\n'
        f"  > {fmt(t.latency_p99_seconds)}",
        "warning", "15m",
        "The slowest LLM calls are very slow.",
        f"{PM_LABELS}: p99 latency is {{{{ $value | humanizeDuration }}}} "
        f"(threshold {fmt(t.latency_p99_seconds)}s).", "latency"))

    out.append(Alert(
        "LLMWorkflowStepSlow",
        f"histogram_quantile(0.95, sum by (workflow, step, le) (rate("
        f"{STEP_DURATION.bucket}{{{sel}}}[10m])))\n"
        f"  > {fmt(t.step_p95_seconds)}",
        "warning", "15m",
        "A step of an LLM workflow is slow.",
        f"{{{{ $labels.workflow }}}}/{{{{ $labels.step }}}}: p95 is "
        f"{{{{ $value | humanizeDuration }}}} (threshold {fmt(t.step_p95_seconds)}s).",
        "latency"))

    return out
