"""Latency beyond the SLO: time to first token, p99 (fixed and against the model's own
baseline), and the p95s against their own level of the same hour yesterday and last week."""

from __future__ import annotations

from llm_exporter.config import AlertingConfig, Config
from llm_exporter.metrics import DURATION, TTFT
from llm_exporter.mixin.rules.base import (
    PM,
    PM_LABELS,
    Alert,
    fmt,
    or_override,
    overridden,
    recorded,
    with_overrides,
)

# what LLMLatencyAboveUsual compares with its own history: (measure, histogram, the p95
# recording, the recording of the successful calls it is of)
USUAL_P95 = (("duration", DURATION, "llm:latency_p95:rate1h", "llm:slo_successes:rate1h"),
             ("time_to_first_token", TTFT, "llm:ttft_p95:rate1h", "llm:ttft_calls:rate1h"))


def recording(config: Config) -> list[dict]:
    sel = config.alerting.selector
    out = [{"record": "llm:ttft_calls:rate1h",  # llm:slo_successes:rate1h for the durations
            "expr": f'sum by ({PM}) (rate({TTFT.count}{{{sel}, error_type=""}}[1h]))'}]
    out += [{"record": record,
             "expr": f"histogram_quantile(0.95, sum by ({PM}, le) (rate("
                     f'{histogram.bucket}{{{sel}, error_type=""}}[1h])))'}
            for _, histogram, record, _ in USUAL_P95]
    return out


def above_usual(alerting: AlertingConfig, matchers: str, factor: float) -> str:
    """Where a model's p95 over the last hour (of its successful calls' duration, or time to
    first token) is over ``factor`` times the larger of its p95s of the same hour yesterday
    and a week ago (yesterday's alone before there is a week), with latency_usual_min_calls
    calls in the hour now and in yesterday's: a creep is named within hours, and a daily or
    weekly cycle is judged against itself."""
    min_calls = fmt(alerting.thresholds.latency_usual_min_calls / 3600)
    branches = []
    for measure, _, record, successes in USUAL_P95:
        now, calls = recorded(record, matchers), recorded(successes, matchers)
        day, week = f"{now} offset 1d", f"{now} offset 1w"
        branches.append(
            f'label_replace(\n  {now}\n  > {fmt(factor)} * (({week} > {day}) or {day})\n'
            f"  and {calls} >= {min_calls}\n  and {calls} offset 1d >= {min_calls},\n"
            f'  "measure", "{measure}", "", ""\n)')
    return "\nor\n".join(branches)


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

    out.append(Alert(
        "LLMLatencyAboveUsual",
        with_overrides(lambda matchers, factor: above_usual(a, matchers, factor),
                       t.latency_usual_factor, "latency_usual_factor", a,
                       covers=lambda m: recorded("llm:slo_successes:rate1h", m)),
        "warning", "1h",
        "A model has been slower than at the same hour yesterday and last week for an hour.",
        f"{PM_LABELS}: p95 {{{{ $labels.measure }}}} over the last hour is "
        f"{{{{ $value | humanizeDuration }}}}, over {fmt(t.latency_usual_factor)}x"
        f"{or_override(a, 'latency_usual_factor')} its p95 at the same hour yesterday and a "
        f"week ago (the larger): a creep no fixed line names yet.", "latency"))
    return out
