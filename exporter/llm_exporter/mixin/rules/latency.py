"""Latency beyond the SLO: time to first token, p99 (fixed and against the model's own
baseline), and the share of calls over each bucket bound against the same hour yesterday and
last week."""

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
    significant,
    with_overrides,
)

# what LLMLatencyAboveUsual compares with its own history: (measure, histogram, the matchers
# of its successful calls, the recording prefix, the recording of the calls they are)
USUAL = (
    ("duration", DURATION, ', error_type=""', "llm:latency", "llm:slo_successes:rate1h"),
    ("time_to_first_token", TTFT, "", "llm:ttft", "llm:ttft_calls:rate1h"),
)
# the bucket bounds judged: those this share of calls or more usually exceed (at most half)
USUAL_OVER = (0.05, 0.5)


def recording(config: Config) -> list[dict]:
    sel = config.alerting.selector
    out = [{"record": "llm:ttft_calls:rate1h",  # llm:slo_successes:rate1h for the durations
            "expr": f"sum by ({PM}) (rate({TTFT.count}{{{sel}}}[1h]))"}]
    for _, histogram, matchers, prefix, calls in USUAL:
        out += [
            {"record": f"{prefix}_buckets:rate1h",
             "expr": f"sum by ({PM}, le) (rate({histogram.bucket}{{{sel}{matchers}}}[1h]))"},
            # the share of the calls over each bound
            {"record": f"{prefix}_over:ratio1h",
             "expr": f"1 - {prefix}_buckets:rate1h / on ({PM}) group_left {calls}"},
        ]
    return out


def above_usual(alerting: AlertingConfig, matchers: str, factor: float) -> str:
    """Where, over the last hour, the share of a model's successful calls slower (in duration,
    or to the first token) than one of its bucket bounds is over ``factor`` times its usual
    share, and significantly so (``base.significant``): the larger share of the same hour
    yesterday and a week ago (yesterday's alone before there is a week), at bounds that 5 to
    50 % of its calls usually exceed; with latency_usual_min_calls calls in the hour now and
    in yesterday's. The value is the largest such factor. A creep is named within hours, a
    daily or weekly cycle is judged against itself, and one slow call is no evidence; the
    p95 itself, interpolated in buckets twice apart, moves too little (1.25x for 1.6x)."""
    t = alerting.thresholds
    min_calls = fmt(t.latency_usual_min_calls / 3600)
    low, high = USUAL_OVER
    branches = []
    for measure, _, _, prefix, successes in USUAL:
        share, calls = recorded(f"{prefix}_over:ratio1h", matchers), recorded(successes, matchers)
        day, week = f"{share} offset 1d", f"{share} offset 1w"
        usual = f"(({week} > {day}) or {day})"
        over = f"{share} * on ({PM}) group_left {calls}"
        expected = f"{usual} * on ({PM}) group_left {calls}"
        evidence = significant(over, "1", 3600, expected, t.evidence_zscore)
        branches.append(
            f"label_replace(\n  max by ({PM}) (\n    (\n      {share}\n      / {usual}\n"
            f"      > {fmt(factor)}\n    )\n    and {usual} >= {fmt(low)}\n"
            f"    and {usual} <= {fmt(high)}\n    and {evidence}\n  )\n"
            f"  and on ({PM}) {calls} >= {min_calls}\n"
            f"  and on ({PM}) {calls} offset 1d >= {min_calls},\n"
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
    def relative(matchers: str, factor: float) -> str:
        return (f"{p99(matchers)}\n  > {fmt(factor)} * {p99(matchers, '1d', ' offset 1d')}\n"
                f"and {p99(matchers)} > {fmt(slo.latency_seconds)}\n"
                f"and on ({PM}) {recorded('llm:slo_successes:rate10m', matchers)} * 600 >= "
                f"{fmt(t.latency_p99_min_calls)}")
    ceiling = overridden(p99, ">", t.latency_p99_seconds, "latency_p99_seconds", a)
    regressed = with_overrides(relative, t.latency_p99_factor, "latency_p99_factor", a,
                               covers=lambda m: recorded("llm:slo_successes:rate10m", m))
    out.append(Alert(
        "LLMLatencyP99High",
        f"(\n{ceiling}\n)\nor (\n{regressed}\n)",
        "warning", "15m",
        "The slowest LLM calls are very slow.",
        f"{PM_LABELS}: p99 latency is {{{{ $value | humanizeDuration }}}} (threshold "
        f"{fmt(t.latency_p99_seconds)}s{or_override(a, 'latency_p99_seconds')}, or "
        f"{fmt(t.latency_p99_factor)}x{or_override(a, 'latency_p99_factor')} the model's p99 "
        f"of the day before).", "latency"))

    out.append(Alert(
        "LLMLatencyAboveUsual",
        with_overrides(lambda matchers, factor: above_usual(a, matchers, factor),
                       t.latency_usual_factor, "latency_usual_factor", a,
                       covers=lambda m: " or ".join(
                           f'label_replace({recorded(calls, m)}, "measure", "{measure}", "", "")'
                           for measure, _, _, _, calls in USUAL)),
        "warning", "30m",
        "A model's calls have been slower than at the same hour yesterday and last week.",
        f"{PM_LABELS}: over the last hour, {{{{ $value | printf \"%.1f\" }}}}x the usual "
        f"share of calls took longer ({{{{ $labels.measure }}}}) than a bound that 5-50% of "
        f"them exceed at the same hour yesterday and a week ago (threshold "
        f"{fmt(t.latency_usual_factor)}x{or_override(a, 'latency_usual_factor')}): a creep "
        f"no fixed line names yet.", "latency"))
    return out
