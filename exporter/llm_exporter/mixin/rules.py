"""Prometheus recording and alerting rules, built as data from the config.

Every expression aggregates with ``sum by`` over the labels it keeps, so any number of sidecars
(instances) add up; ``rate`` and ``increase`` absorb counter resets on restart; ratios divide
by the traffic they measure, so zero traffic gives no result rather than a false alarm.
The error-budget alerts follow the multi-window, multi-burn-rate recipe of the Google SRE
workbook (as sloth generates it): 14.4x over 5m and 1h or 6x over 30m and 6h pages; 3x over 2h
and 1d or 1x over 6h and 3d opens a ticket.
"""

from __future__ import annotations

from dataclasses import dataclass

from llm_exporter.config import AlertingConfig, Config

PM = "gen_ai_provider_name, gen_ai_request_model"
SLO_WINDOWS = ("5m", "30m", "1h", "2h", "6h", "1d", "3d")
# (severity, [(long window, short window, burn factor), ...], for)
ERROR_BURN = (
    ("critical", (("1h", "5m", 14.4), ("6h", "30m", 6.0)), "2m"),
    ("warning", (("1d", "2h", 3.0), ("3d", "6h", 1.0)), "15m"),
)
DASHBOARDS = {
    "overview": "llm-overview",
    "cost": "llm-cost",
    "latency": "llm-latency",
    "quality": "llm-quality",
    "exporter": "llm-exporter",
}


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


def build(config: Config) -> dict:
    """The rules file: {"groups": [...]} ready for yaml.safe_dump."""
    alerting = config.alerting
    # One group: rules in a group run in order, so every alert sees the recordings of the
    # same evaluation. Across groups the order is not fixed and alerts would read values one
    # interval old in some evaluations and not others.
    return {"groups": [{"name": "llm-exporter", "rules": [
        *_slo_recording(alerting),
        *_recording(alerting.selector),
        *[_render(a, alerting) for a in alerts(config)],
    ]}]}


def _slo_recording(alerting: AlertingConfig) -> list[dict]:
    sel = alerting.selector
    excluded = "|".join(alerting.slo.excluded_error_types) or "^$"
    bad = f'{sel}, error_type!="", error_type!~"{excluded}"'
    le = fmt(alerting.slo.latency_seconds)
    rules = []
    for w in SLO_WINDOWS:
        rules += [
            {"record": f"llm:slo_requests:rate{w}",
             "expr": f"sum by ({PM}) (rate(llm_requests_total{{{sel}}}[{w}]))"},
            {"record": f"llm:slo_errors:rate{w}",
             # 0 rather than nothing when a model has had no errors, so the ratio exists
             "expr": f"sum by ({PM}) (rate(llm_requests_total{{{bad}}}[{w}]))\n"
                     f"  or 0 * llm:slo_requests:rate{w}"},
            {"record": f"llm:slo_error_ratio:rate{w}",
             "expr": f"llm:slo_errors:rate{w} / llm:slo_requests:rate{w}"},
            {"record": f"llm:slo_slow_ratio:rate{w}",
             "expr": f'1 - (\n'
                     f'  sum by ({PM}) (rate(gen_ai_client_operation_duration_seconds_bucket'
                     f'{{{sel}, error_type="", le="{le}"}}[{w}]))\n'
                     f'  / sum by ({PM}) (rate(gen_ai_client_operation_duration_seconds_count'
                     f'{{{sel}, error_type=""}}[{w}]))\n)'},
        ]
    return rules


def _recording(sel: str) -> list[dict]:
    return [
        {"record": "llm:requests:rate5m",
         "expr": f"sum by ({PM}, error_type) (rate(llm_requests_total{{{sel}}}[5m]))"},
        {"record": "llm:cost_usd:increase1h",
         "expr": f"sum(increase(llm_cost_usd_total{{{sel}}}[1h]))"},
        {"record": "llm:tenant_cost_usd:increase1d",
         "expr": f"sum by (tenant) (increase(llm_cost_usd_total{{{sel}}}[1d]))"},
        {"record": "llm:tenant_cost_usd:increase30d",
         "expr": f"sum by (tenant) (increase(llm_cost_usd_total{{{sel}}}[30d]))"},
        {"record": "llm:tenant_budget_usd",
         # every sidecar exports the same budget: take one
         "expr": f"max by (tenant, window) (llm_budget_usd{{{sel}}})"},
        {"record": "llm:tokens_per_request:ratio_rate30m",
         "expr": f'sum by ({PM}) (rate(llm_tokens_total{{{sel}, '
                 f'gen_ai_token_type=~"input|output"}}[30m]))\n'
                 f"  / sum by ({PM}) (rate(llm_requests_total{{{sel}}}[30m]))"},
        {"record": "llm:tokens_per_request:ratio_rate1d",
         "expr": f'sum by ({PM}) (rate(llm_tokens_total{{{sel}, '
                 f'gen_ai_token_type=~"input|output"}}[1d]))\n'
                 f"  / sum by ({PM}) (rate(llm_requests_total{{{sel}}}[1d]))"},
        {"record": "llm:refusal:ratio_rate1h",
         "expr": f"(sum by ({PM}) (rate(llm_refusals_total{{{sel}}}[1h]))\n"
                 f"  or 0 * sum by ({PM}) (rate(llm_requests_total{{{sel}}}[1h])))\n"
                 f"  / sum by ({PM}) (rate(llm_requests_total{{{sel}}}[1h]))"},
        {"record": "llm:feedback_score:mean1h",
         "expr": f"sum by (name, gen_ai_request_model) (rate(llm_feedback_score_sum{{{sel}}}[1h]))"
                 f"\n  / sum by (name, gen_ai_request_model) "
                 f"(rate(llm_feedback_score_count{{{sel}}}[1h]))"},
    ]


def alerts(config: Config) -> list[Alert]:
    """The alert catalogue; runbooks are in docs/runbooks.md, one section per name."""
    a = config.alerting
    t = a.thresholds
    slo = a.slo
    sel = a.selector
    budget = 1 - slo.availability
    slow_budget = 1 - slo.latency_objective
    pm_labels = "{{ $labels.gen_ai_provider_name }}/{{ $labels.gen_ai_request_model }}"
    out = []

    for severity, pairs, for_ in ERROR_BURN:
        expr = "\nor\n".join(
            f"(\n  llm:slo_error_ratio:rate{short} > {fmt(f * budget)}\n"
            f"  and llm:slo_error_ratio:rate{long} > {fmt(f * budget)}\n)"
            for long, short, f in pairs)
        out.append(Alert(
            "LLMErrorBudgetBurn", expr, severity, for_,
            "LLM calls are failing fast enough to exhaust the error budget.",
            f"{pm_labels}: {{{{ $value | humanizePercentage }}}} of calls fail; the objective "
            f"allows {fmt(budget * 100)}% ({'page' if severity == 'critical' else 'ticket'}: "
            f"burn rate over {' and '.join(f'{f:g}x' for *_, f in pairs)}).",
            "overview"))

    out.append(Alert(
        "LLMLatencyBudgetBurn",
        f"(\n  llm:slo_slow_ratio:rate5m > {fmt(14.4 * slow_budget)}\n"
        f"  and llm:slo_slow_ratio:rate1h > {fmt(14.4 * slow_budget)}\n)\nor\n"
        f"(\n  llm:slo_slow_ratio:rate30m > {fmt(6 * slow_budget)}\n"
        f"  and llm:slo_slow_ratio:rate6h > {fmt(6 * slow_budget)}\n)",
        "warning", "5m",
        "Too many LLM calls are slower than the latency objective.",
        f"{pm_labels}: {{{{ $value | humanizePercentage }}}} of successful calls take longer "
        f"than {fmt(slo.latency_seconds)}s; the objective allows "
        f"{fmt(slow_budget * 100)}%.", "latency"))

    out.append(Alert(
        "LLMTimeToFirstTokenHigh",
        f"histogram_quantile(0.95, sum by ({PM}, le) (rate("
        f"gen_ai_client_operation_time_to_first_chunk_seconds_bucket{{{sel}}}[10m])))\n"
        f"  > {fmt(slo.ttft_p95_seconds)}",
        "warning", "10m",
        "Streaming LLM calls take too long to show their first token.",
        f"{pm_labels}: p95 time to first token is {{{{ $value | humanizeDuration }}}} "
        f"(threshold {fmt(slo.ttft_p95_seconds)}s).", "latency"))

    out.append(Alert(
        "LLMLatencyP99High",
        f"histogram_quantile(0.99, sum by ({PM}, le) (rate("
        f'gen_ai_client_operation_duration_seconds_bucket{{{sel}, error_type=""}}[10m])))\n'
        f"  > {fmt(t.latency_p99_seconds)}",
        "warning", "15m",
        "The slowest LLM calls are very slow.",
        f"{pm_labels}: p99 latency is {{{{ $value | humanizeDuration }}}} "
        f"(threshold {fmt(t.latency_p99_seconds)}s).", "latency"))

    out.append(Alert(
        "LLMRateLimited",
        f'sum by ({PM}) (rate(llm_requests_total{{{sel}, error_type="rate_limit"}}[10m]))\n'
        f"  / sum by ({PM}) (rate(llm_requests_total{{{sel}}}[10m]))\n"
        f"  > {fmt(t.rate_limit_ratio)}",
        "warning", "10m",
        "The LLM provider is rate-limiting calls.",
        f"{pm_labels}: {{{{ $value | humanizePercentage }}}} of calls get a rate-limit error "
        f"(threshold {fmt(t.rate_limit_ratio * 100)}%).", "overview"))

    hour = "llm:cost_usd:increase1h"
    out.append(Alert(
        "LLMCostSpike",
        f"{hour} > {fmt(t.cost_spike_min_usd)}\nand (\n"
        f"  {hour} > {fmt(t.cost_spike_factor)} * (\n"
        f"    ({hour} offset 1d > {hour} offset 1w)\n"
        f"    or {hour} offset 1w\n"
        f"    or {hour} offset 1d\n"
        f"  )\n"
        f"  or (\n"
        f"    ({hour} - avg_over_time({hour}[3d])) / stddev_over_time({hour}[3d])\n"
        f"      > {fmt(t.cost_spike_zscore)}\n"
        f"    and stddev_over_time({hour}[3d]) > 0\n"
        f"  )\n)",
        "warning", "15m",
        "LLM spend in the last hour is far above its usual level.",
        f"Spend in the last hour is ${{{{ $value | printf \"%.2f\" }}}}, over "
        f"{fmt(t.cost_spike_factor)}x the same hour yesterday or last week, or "
        f"{fmt(t.cost_spike_zscore)} standard deviations above the last 3 days.", "cost"))

    for window, name, label in (("1d", "LLMTenantBudgetDaily", "daily"),
                                ("30d", "LLMTenantBudgetMonthly", "monthly")):
        spent = f"llm:tenant_cost_usd:increase{window}"
        ratio = f'{spent}\n  / on (tenant) llm:tenant_budget_usd{{window="{window}"}}'
        for severity, limit in (("warning", t.budget_warning_ratio), ("critical", 1.0)):
            out.append(Alert(
                name, f"{ratio}\n  > {fmt(limit)}", severity, "5m",
                f"A tenant has spent {'its' if limit >= 1 else fmt(limit * 100) + '% of its'} "
                f"{label} LLM budget.",
                f"Tenant {{{{ $labels.tenant }}}} has spent {{{{ $value | humanizePercentage }}}}"
                f" of its {label} budget (rolling {window}).", "cost"))

    out.append(Alert(
        "LLMTokensPerRequestSpike",
        f"llm:tokens_per_request:ratio_rate30m\n"
        f"  > {fmt(t.tokens_per_request_factor)}"
        f" * (llm:tokens_per_request:ratio_rate1d offset 30m)",
        "warning", "30m",
        "LLM calls use far more tokens per request than usual.",
        f"{pm_labels}: {{{{ $value | humanize }}}} tokens per request, over "
        f"{fmt(t.tokens_per_request_factor)}x the previous day's average.", "cost"))

    out.append(Alert(
        "LLMTruncationRatioHigh",
        f'sum by ({PM}) (rate(llm_finish_reasons_total{{{sel}, finish_reason="length"}}[15m]))'
        f"\n  / sum by ({PM}) (rate(llm_finish_reasons_total{{{sel}}}[15m]))\n"
        f"  > {fmt(t.truncation_ratio)}",
        "warning", "15m",
        "Many LLM answers are cut off at the output token limit.",
        f"{pm_labels}: {{{{ $value | humanizePercentage }}}} of answers stop at the length limit"
        f" (threshold {fmt(t.truncation_ratio * 100)}%).", "quality"))

    refusal = "llm:refusal:ratio_rate1h"
    out.append(Alert(
        "LLMRefusalRatioDrift",
        f"{refusal} > {fmt(t.refusal_min_ratio)}\n"
        f"and {refusal} > {fmt(t.refusal_drift_factor)} * avg_over_time({refusal}[7d] offset 1h)",
        "warning", "30m",
        "The model refuses to answer much more often than it used to.",
        f"{pm_labels}: {{{{ $value | humanizePercentage }}}} of calls are refused, over "
        f"{fmt(t.refusal_drift_factor)}x the 7-day average.", "quality"))

    score = "llm:feedback_score:mean1h"
    min_rate = fmt(t.feedback_min_scores_per_hour / 3600)
    out.append(Alert(
        "LLMFeedbackScoreDrop",
        f"{score} < avg_over_time({score}[7d] offset 1h) - {fmt(t.feedback_drop)}\n"
        f"and on (name, gen_ai_request_model)\n"
        f"  sum by (name, gen_ai_request_model) (rate(llm_feedback_score_count{{{sel}}}[1h]))"
        f" > {min_rate}",
        "warning", "30m",
        "Users or evaluators score the answers lower than usual.",
        f"{{{{ $labels.name }}}} for {{{{ $labels.gen_ai_request_model }}}} averages "
        f"{{{{ $value | printf \"%.2f\" }}}}, over {fmt(t.feedback_drop)} below its 7-day mean.",
        "quality"))

    out.append(Alert(
        "LLMWorkflowStepSlow",
        f"histogram_quantile(0.95, sum by (workflow, step, le) (rate("
        f"llm_workflow_step_duration_seconds_bucket{{{sel}}}[10m])))\n"
        f"  > {fmt(t.step_p95_seconds)}",
        "warning", "15m",
        "A step of an LLM workflow is slow.",
        f"{{{{ $labels.workflow }}}}/{{{{ $labels.step }}}}: p95 is "
        f"{{{{ $value | humanizeDuration }}}} (threshold {fmt(t.step_p95_seconds)}s).",
        "latency"))

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
        f"sum by (instance) (rate(llm_exporter_events_rejected_total{{{sel}}}[15m]))\n"
        f"  / (\n    sum by (instance) (rate(llm_exporter_events_total{{{sel}}}[15m]))\n"
        f"    + sum by (instance) (rate(llm_exporter_events_rejected_total{{{sel}}}[15m]))\n"
        f"  )\n  > {fmt(t.rejected_ratio)}",
        "warning", "15m",
        "An application is sending events the sidecar cannot use.",
        f"{{{{ $labels.instance }}}} rejects {{{{ $value | humanizePercentage }}}} of events "
        f"(threshold {fmt(t.rejected_ratio * 100)}%); see llm_exporter_events_rejected_total"
        f" by reason.", "exporter"))

    out.append(Alert(
        "LLMExporterLabelOverflow",
        f"sum by (instance, label) (increase(llm_exporter_label_overflow_total{{{sel}}}[15m]))"
        f" > 0",
        "warning", "5m",
        "A label has more distinct values than its cap; values are folded into __other__.",
        "{{ $labels.instance }}: label {{ $labels.label }} overflowed "
        "{{ $value | humanize }} times in 15 minutes. Something may be putting ids into it.",
        "exporter"))

    out.append(Alert(
        "LLMExporterDroppingEvents",
        f"sum by (instance) (rate({{__name__=~"
        f'"llm_exporter_(socket_drops|client_dropped_events)_total", {sel}}}[10m])) > 0',
        "warning", "10m",
        "Events are being lost before the sidecar counts them.",
        "{{ $labels.instance }} loses {{ $value | humanize }} events/s (kernel receive buffer "
        "or client queue full): metrics under-count.", "exporter"))

    out.append(Alert(
        "LLMExporterUnpricedEvents",
        f"sum by (provider) (rate(llm_exporter_unpriced_events_total{{{sel}}}[1h])) > 0",
        "info", "1h",
        "Some LLM calls have no known price; cost is under-reported.",
        "{{ $value | humanize }} calls/s from provider {{ $labels.provider }} have no price: add "
        "it under prices: in the config.", "exporter"))

    out.append(Alert(
        "LLMNoTraffic",
        f"(sum(rate(llm_requests_total{{{sel}}}[15m])) or vector(0)) == 0\n"
        f"and on () sum(rate(llm_requests_total{{{sel}}}[15m] offset 1d))"
        f" > {fmt(t.no_traffic_min_requests_per_second)}",
        "warning", "15m",
        "No LLM calls at an hour that had traffic yesterday.",
        "No LLM calls for 15 minutes, while the same time yesterday had "
        "traffic: the feature may be broken upstream of the LLM.", "overview"))
    return out


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
