"""Latency beyond the SLO: time to first token, p99 (fixed and against the model's own
baseline)."""

from __future__ import annotations

from llm_exporter.config import Config
from llm_exporter.metrics import DURATION, TTFT
from llm_exporter.mixin.rules.base import PM, PM_LABELS, Alert, fmt, or_override, overridden


def recording(config: Config) -> list[dict]:
    return []


def alerts(config: Config) -> list[Alert]:
    a = config.alerting
    t = a.thresholds
    slo = a.slo
    sel = a.selector

    def ttft_p95(matchers: str) -> str:
        return (f"histogram_quantile(0.95, sum by ({PM}, le) (rate("
                f"{TTFT.bucket}{{{sel}{matchers}}}[10m])))")

    def p99(matchers: str, window: str = "10m", offset: str = "") -> str:
        return (f"histogram_quantile(0.99, sum by ({PM}, le) (rate("
                f'{DURATION.bucket}{{{sel}, error_type=""{matchers}}}[{window}]{offset})))')

    out = [Alert(
        "LLMTimeToFirstTokenHigh",
        overridden(ttft_p95, ">", slo.ttft_p95_seconds, "ttft_p95_seconds", a),
        "warning", "10m",
        "Streaming LLM calls take too long to show their first token.",
        f"{PM_LABELS}: p95 time to first token is {{{{ $value | humanizeDuration }}}} "
        f"(threshold {fmt(slo.ttft_p95_seconds)}s{or_override(a, 'ttft_p95_seconds')}).",
        "latency")]

    # A fixed ceiling, and the model against its own p99 of the day before (a 4 s -> 32 s
    # regression is far under any ceiling that suits a whole fleet)
    relative = (f"{p99('')}\n  > {fmt(t.latency_p99_factor)} * {p99('', '1d', ' offset 1d')}\n"
                f"and {p99('')} > {fmt(slo.latency_seconds)}\n"
                f"and on ({PM}) llm:slo_successes:rate10m * 600 >= "
                f"{fmt(t.latency_p99_min_calls)}")
    out.append(Alert(
        "LLMLatencyP99High",
        f"(\n{overridden(p99, '>', t.latency_p99_seconds, 'latency_p99_seconds', a)}\n)\n"
        f"or (\n{relative}\n)",
        "warning", "15m",
        "The slowest LLM calls are very slow.",
        f"{PM_LABELS}: p99 latency is {{{{ $value | humanizeDuration }}}} (threshold "
        f"{fmt(t.latency_p99_seconds)}s{or_override(a, 'latency_p99_seconds')}, or "
        f"{fmt(t.latency_p99_factor)}x the model's p99 of the day before).", "latency"))

    return out
