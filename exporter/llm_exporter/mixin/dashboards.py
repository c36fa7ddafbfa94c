"""Grafana dashboards, built as data.

Six dashboards with stable uids (overview, cost, latency, quality, agents, the exporter
itself). Each has a ``datasource`` variable, so it imports and provisions into any Grafana,
and job/provider/model/tenant (agents: job/agent) variables from ``label_values``. Rates use
``$__rate_interval``; heatmaps read the ``_bucket`` series. All dashboards share the tag
``llm-exporter`` and link to each other through it.
"""

from __future__ import annotations

import json

from llm_exporter.config import Config
from llm_exporter.metrics import (
    ACTIVE_SESSIONS_ALL,
    ACTIVE_USERS,
    ACTIVE_USERS_ALL,
    AGENT,
    AGENT_DURATION,
    AGENT_INFERENCE_CALLS,
    AGENT_LOOPS,
    AGENT_RUN_COST,
    AGENT_TOOL_CALLS,
    ANSWER_CHECKS,
    ANSWER_TOKENS,
    BUILD_INFO,
    CLIENT_DROPPED,
    COST,
    DURATION,
    EVENTS,
    EVENTS_REJECTED,
    FEEDBACK,
    FINISH_REASONS,
    LABEL_OVERFLOW,
    LABEL_SETS,
    MCP_DURATION,
    PROCESS_CPU,
    PROCESS_MEMORY,
    REFUSALS,
    REQUESTS,
    RETRIES,
    SOCKET_DROPS,
    STEP_DURATION,
    TOKENS,
    TOOL,
    TOOL_DURATION,
    TPOT,
    TTFT,
    UNPRICED,
)
from llm_exporter.mixin.rules import DASHBOARDS

DS = {"type": "prometheus", "uid": "${datasource}"}
TAG = "llm-exporter"
# selectors with the dashboard variables
CALLS = 'job=~"$job", gen_ai_provider_name=~"$provider", gen_ai_request_model=~"$model"'
TENANT = f'{CALLS}, tenant=~"$tenant"'
JOB = 'job=~"$job"'
AGENTS = f'job=~"$job", {AGENT}=~"$agent"'
RI = "$__rate_interval"


def _target(expr: str, legend: str = "", ref: int = 0, fmt: str = "time_series") -> dict:
    return {"datasource": DS, "expr": expr, "legendFormat": legend or "__auto",
            "refId": chr(ord("A") + ref), "format": fmt}


def timeseries(title: str, targets: list[tuple[str, str]], unit: str, *, description: str = "",
               stack: bool = False, width: int = 12) -> dict:
    """A time series panel; ``targets`` are (expr, legend) pairs."""
    return {
        "type": "timeseries", "title": title, "description": description, "datasource": DS,
        "targets": [_target(e, legend, i) for i, (e, legend) in enumerate(targets)],
        "fieldConfig": {"defaults": {
            "unit": unit,
            "custom": {"fillOpacity": 15 if stack else 0,
                       "stacking": {"mode": "normal" if stack else "none"}}},
            "overrides": []},
        "options": {"legend": {"displayMode": "table", "placement": "right",
                               "calcs": ["mean", "max"]},
                    "tooltip": {"mode": "multi", "sort": "desc"}},
        "_width": width,
    }


def stat(title: str, expr: str, unit: str, *, description: str = "",
         thresholds: tuple[float, float] | None = None, width: int = 6) -> dict:
    """A single-number panel, green/orange/red by thresholds when given."""
    steps: list[dict[str, str | float | None]] = [{"color": "green", "value": None}]
    if thresholds:
        steps += [{"color": "orange", "value": thresholds[0]},
                  {"color": "red", "value": thresholds[1]}]
    return {
        "type": "stat", "title": title, "description": description, "datasource": DS,
        "targets": [_target(expr, title)],
        "fieldConfig": {"defaults": {"unit": unit,
                                     "thresholds": {"mode": "absolute", "steps": steps}},
                        "overrides": []},
        "options": {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                    "colorMode": "background" if thresholds else "value", "graphMode": "area"},
        "_width": width,
    }


def heatmap(title: str, metric: str, selector: str, unit: str, *, width: int = 12) -> dict:
    """A heatmap of a histogram's buckets (already bucketed: Grafana does not re-bucket)."""
    return {
        "type": "heatmap", "title": title, "datasource": DS,
        "targets": [_target(f"sum by (le) (increase({metric}_bucket{{{selector}}}[{RI}]))",
                            "{{le}}", fmt="heatmap")],
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "options": {"calculate": False, "yAxis": {"unit": unit, "axisPlacement": "left"},
                    "cellGap": 1, "color": {"mode": "scheme", "scheme": "Oranges",
                                            "steps": 64},
                    "tooltip": {"show": True, "yHistogram": True}},
        "_width": width,
    }


def table(title: str, expr: str, unit: str, value_title: str, *, width: int = 12,
          description: str = "") -> dict:
    """An instant table, sorted by value."""
    return {
        "type": "table", "title": title, "datasource": DS, "description": description,
        "targets": [{**_target(expr, fmt="table"), "instant": True}],
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "transformations": [
            {"id": "organize", "options": {"excludeByName": {"Time": True},
                                           "renameByName": {"Value": value_title}}},
            {"id": "sortBy", "options": {"sort": [{"field": value_title, "desc": True}]}}],
        "options": {"showHeader": True},
        "_width": width,
    }


def _variable(name: str, label: str, query: str, *, multi: bool = True) -> dict:
    return {
        "type": "query", "name": name, "label": label, "datasource": DS,
        "query": {"query": query, "refId": f"{name}-variable"},
        "definition": query, "refresh": 2, "sort": 1,
        "multi": multi, "includeAll": True, "allValue": ".*",
        "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
    }


def _templating(tenant: bool = True, agents: bool = False) -> dict:
    variables = [
        {"type": "datasource", "name": "datasource", "label": "Data source",
         "query": "prometheus", "current": {}, "hide": 0},
        _variable("job", "Job", f"label_values({BUILD_INFO.name}, job)"),
    ]
    if agents:
        variables.append(_variable("agent", "Agent", f'label_values({AGENT_DURATION.count}'
                                                     f'{{job=~"$job"}}, {AGENT})'))
        return {"list": variables}
    variables += [
        _variable("provider", "Provider",
                  f'label_values({REQUESTS.series}{{job=~"$job"}}, gen_ai_provider_name)'),
        _variable("model", "Model",
                  f'label_values({REQUESTS.series}{{job=~"$job", '
                  'gen_ai_provider_name=~"$provider"}, gen_ai_request_model)'),
    ]
    if tenant:
        variables.append(_variable("tenant", "Tenant",
                                   f'label_values({REQUESTS.series}{{job=~"$job"}}, tenant)'))
    return {"list": variables}


def _layout(panels: list[dict]) -> list[dict]:
    """Place panels left to right, 24 units a row; rows are 8 high (stats 4)."""
    x = y = row_height = 0
    out = []
    for i, panel in enumerate(panels, 1):
        width = panel.pop("_width")
        height = 4 if panel["type"] == "stat" else 8
        if x + width > 24:
            x, y, row_height = 0, y + row_height, 0
        panel["gridPos"] = {"x": x, "y": y, "w": width, "h": height}
        panel["id"] = i
        x += width
        row_height = max(row_height, height)
        out.append(panel)
    return out


def dashboard(key: str, title: str, description: str, panels: list[dict],
              tenant: bool = True, agents: bool = False) -> dict:
    return {
        "uid": DASHBOARDS[key],
        "title": title,
        "description": description,
        "tags": [TAG],
        "timezone": "browser",
        "editable": True,
        "graphTooltip": 1,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "schemaVersion": 39,
        "version": 1,
        "links": [{"type": "dashboards", "tags": [TAG], "asDropdown": True,
                   "title": "LLM dashboards", "includeVars": True, "keepTime": True}],
        "templating": _templating(tenant, agents),
        "annotations": {"list": [{
            "name": "LLM alerts", "datasource": DS, "enable": True, "iconColor": "red",
            "expr": 'ALERTS{alertname=~"LLM.+", alertstate="firing"}',
            "titleFormat": "{{alertname}}", "textFormat": "{{severity}}",
            "step": "60s"}]},
        "panels": _layout(panels),
    }


def build(config: Config) -> dict[str, dict]:
    """File name -> dashboard."""
    slo = config.alerting.slo
    budget = 1 - slo.availability
    calls = f"{REQUESTS.series}{{{TENANT}}}"
    duration = f"{DURATION.name}"
    ttft = f"{TTFT.name}"
    pm = "gen_ai_provider_name, gen_ai_request_model"

    def quantile(q: float, metric: str, selector: str, by: str = pm) -> str:
        return (f"histogram_quantile({q}, sum by ({by}, le) "
                f"(rate({metric}_bucket{{{selector}}}[{RI}])))")

    overview = dashboard("overview", "LLM / Overview",
                         "Traffic, errors, latency and spend of every LLM call.", [
        stat("Calls/s", f"sum(rate({calls}[{RI}]))", "reqps"),
        stat("Error ratio", f'sum(rate({REQUESTS.series}{{{TENANT}, error_type!=""}}[{RI}]))'
             f" / sum(rate({calls}[{RI}]))", "percentunit",
             thresholds=(budget, budget * 10)),
        stat("p95 latency", quantile(0.95, duration, f'{CALLS}, error_type=""', by="job"), "s",
             thresholds=(slo.latency_seconds / 2, slo.latency_seconds)),
        stat("Spend, last 24h", f"sum(increase({COST.series}{{{TENANT}}}[1d]))",
             "currencyUSD"),
        timeseries("Calls/s by model", [(f"sum by ({pm}) (rate({calls}[{RI}]))",
                                         "{{gen_ai_provider_name}}/{{gen_ai_request_model}}")],
                   "reqps", stack=True),
        timeseries("Errors/s by type", [
            (f'sum by (error_type) (rate({REQUESTS.series}{{{TENANT}, error_type!=""}}[{RI}]))',
             "{{error_type}}")], "reqps", stack=True),
        timeseries("Error budget burn rate (1h)", [
            (f'llm:slo_error_ratio:rate1h{{gen_ai_provider_name=~"$provider", '
             f'gen_ai_request_model=~"$model"}} / {budget:g}',
             "{{gen_ai_provider_name}}/{{gen_ai_request_model}}")], "short",
                   description="1 spends the budget exactly in 30 days; 14.4 pages."),
        timeseries("Latency p50 / p95 (successful calls)", [
            (quantile(0.5, duration, f'{CALLS}, error_type=""', by="job"), "p50"),
            (quantile(0.95, duration, f'{CALLS}, error_type=""', by="job"), "p95")], "s"),
        timeseries("Spend per hour by model", [
            (f"sum by ({pm}) (rate({COST.series}{{{TENANT}}}[{RI}])) * 3600",
             "{{gen_ai_provider_name}}/{{gen_ai_request_model}}")], "currencyUSD", stack=True),
        table("Top tenants by spend, last 24h",
              f"topk(10, sum by (tenant) (increase({COST.series}{{{TENANT}}}[1d])))",
              "currencyUSD", "Spend"),
    ])

    cost = dashboard("cost", "LLM / Cost and budgets",
                     "Where the money goes: models, tenants, prompts, tokens and budgets.", [
        stat("Spend, last hour", f"sum(increase({COST.series}{{{TENANT}}}[1h]))",
             "currencyUSD"),
        stat("Spend, last 24h", f"sum(increase({COST.series}{{{TENANT}}}[1d]))",
             "currencyUSD"),
        stat("Cost per call", f"sum(rate({COST.series}{{{TENANT}}}[{RI}])) "
             f"/ sum(rate({calls}[{RI}]))", "currencyUSD"),
        stat("Prompt cache hit ratio",
             f'sum(rate({TOKENS.series}{{{TENANT}, gen_ai_token_type="cache_read"}}[{RI}]))'
             f' / sum(rate({TOKENS.series}{{{TENANT}, gen_ai_token_type="input"}}[{RI}]))',
             "percentunit"),
        timeseries("Spend per hour by tenant", [
            (f"sum by (tenant) (rate({COST.series}{{{TENANT}}}[{RI}])) * 3600",
             "{{tenant}}")], "currencyUSD", stack=True),
        timeseries("Spend per hour by prompt", [
            (f"sum by (prompt_name, prompt_version) "
             f"(rate({COST.series}{{{TENANT}}}[{RI}])) * 3600",
             "{{prompt_name}} {{prompt_version}}")], "currencyUSD", stack=True),
        timeseries("Budget used (rolling window)", [
            ('llm:tenant_cost_usd:increase1d{tenant=~"$tenant"} '
             '/ on (tenant) llm:tenant_budget_usd{window="1d"}', "{{tenant}} daily"),
            ('llm:tenant_cost_usd:increase30d{tenant=~"$tenant"} '
             '/ on (tenant) llm:tenant_budget_usd{window="30d"}', "{{tenant}} monthly")],
                   "percentunit", description="Spend over the configured budget "
                   "(budgets: in the config). Alerts at 80 % and 100 %."),
        timeseries("Tokens/s by type", [
            (f"sum by (gen_ai_token_type) (rate({TOKENS.series}{{{TENANT}}}[{RI}]))",
             "{{gen_ai_token_type}}")], "short"),
        timeseries("Tokens per call", [
            (f'sum by ({pm}) (rate({TOKENS.series}{{{TENANT}, '
             f'gen_ai_token_type=~"input|output"}}[{RI}])) / sum by ({pm}) (rate({calls}[{RI}]))',
             "{{gen_ai_provider_name}}/{{gen_ai_request_model}}")], "short"),
        table("Spend by model, last 24h",
              f"sum by ({pm}) (increase({COST.series}{{{TENANT}}}[1d]))",
              "currencyUSD", "Spend"),
        *usage_panels(config),
    ])

    latency = dashboard("latency", "LLM / Latency and time to first token",
                        "How long calls take, how soon streams start, and slow workflow steps.", [
        heatmap("Call duration", duration, CALLS, "s"),
        heatmap("Time to first token", ttft, CALLS, "s"),
        timeseries("Latency p50 / p95 / p99 by model (successful calls)", [
            (quantile(q, duration, f'{CALLS}, error_type=""'),
             f"p{int(q * 100)} {{{{gen_ai_request_model}}}}") for q in (0.5, 0.95, 0.99)], "s"),
        timeseries("Time to first token p50 / p95 by model", [
            (quantile(q, ttft, CALLS), f"p{int(q * 100)} {{{{gen_ai_request_model}}}}")
            for q in (0.5, 0.95)], "s"),
        timeseries("Time per output token p50 by model", [
            (quantile(0.5, f"{TPOT.name}",
                      'job=~"$job", gen_ai_provider_name=~"$provider", '
                      'gen_ai_request_model=~"$model"'),
             "{{gen_ai_provider_name}}/{{gen_ai_request_model}}")], "s"),
        timeseries("Calls slower than the objective", [
            ('llm:slo_slow_ratio:rate5m{gen_ai_provider_name=~"$provider", '
             'gen_ai_request_model=~"$model"}',
             "{{gen_ai_provider_name}}/{{gen_ai_request_model}}")], "percentunit",
                   description=f"Share of successful calls over {slo.latency_seconds:g}s; "
                               f"the objective allows {1 - slo.latency_objective:.0%}."),
        timeseries("Workflow step p95", [
            (quantile(0.95, f"{STEP_DURATION.name}", JOB, by="workflow, step"),
             "{{workflow}}/{{step}}")], "s", width=24),
    ], tenant=False)

    quality = dashboard("quality", "LLM / Quality and feedback",
                        "Truncated answers, refusals, retries and what users think.", [
        stat("Truncated answers", f'sum(rate({FINISH_REASONS.series}{{{CALLS}, '
             f'finish_reason="length"}}[{RI}])) / sum(rate({FINISH_REASONS.series}{{{CALLS}}}'
             f"[{RI}]))", "percentunit",
             thresholds=(config.alerting.thresholds.truncation_ratio / 2,
                         config.alerting.thresholds.truncation_ratio)),
        stat("Refusals", f"sum(rate({REFUSALS.series}{{{CALLS}}}[{RI}])) "
             f"/ sum(rate({REQUESTS.series}{{{CALLS}}}[{RI}]))", "percentunit"),
        stat("Retries per call", f"sum(rate({RETRIES.series}{{{CALLS}}}[{RI}])) "
             f"/ sum(rate({REQUESTS.series}{{{CALLS}}}[{RI}]))", "short"),
        stat("Mean user rating", f'sum(rate({FEEDBACK.sum}{{job=~"$job", '
             f'name="user_rating"}}[{RI}])) / sum(rate({FEEDBACK.count}{{job=~"$job", '
             f'name="user_rating"}}[{RI}]))', "short"),
        timeseries("Finish reasons", [
            (f"sum by (finish_reason) (rate({FINISH_REASONS.series}{{{CALLS}}}[{RI}]))",
             "{{finish_reason}}")], "reqps", stack=True),
        timeseries("Refusal ratio by model", [
            (f"sum by ({pm}) (rate({REFUSALS.series}{{{CALLS}}}[{RI}])) "
             f"/ sum by ({pm}) (rate({REQUESTS.series}{{{CALLS}}}[{RI}]))",
             "{{gen_ai_provider_name}}/{{gen_ai_request_model}}")], "percentunit"),
        timeseries("Mean feedback score by prompt version", [
            (f'sum by (name, prompt_name, prompt_version) (rate({FEEDBACK.sum}'
             f'{{job=~"$job", gen_ai_request_model=~"$model"}}[{RI}])) / sum by (name, '
             f'prompt_name, prompt_version) (rate({FEEDBACK.count}{{job=~"$job", '
             f'gen_ai_request_model=~"$model"}}[{RI}]))',
             "{{name}} {{prompt_name}} {{prompt_version}}")], "short"),
        heatmap("Feedback scores", f"{FEEDBACK.name}",
                'job=~"$job", gen_ai_request_model=~"$model"', "short"),
        timeseries("Answer checks failing, by check", [
            (f'sum by (check) (rate({ANSWER_CHECKS.series}{{{CALLS}, result="fail"}}[{RI}]))'
             f" / sum by (check) (rate({ANSWER_CHECKS.series}{{{CALLS}}}[{RI}]))",
             "{{check}}")], "percentunit",
                   description="Refusal phrases, empty and truncated answers, hedges, invalid "
                   "JSON and schema violations, and your own checks, run where the answer's "
                   "text is (proxy, SDK wrappers)."),
        timeseries("Answer checks failing, by prompt version (1h)", [
            ('llm:answer_check_failures:ratio_rate1h{gen_ai_provider_name=~"$provider", '
             'gen_ai_request_model=~"$model"} > 0',
             "{{check}} {{prompt_name}} {{prompt_version}} {{gen_ai_request_model}}")],
                   "percentunit", description="What LLMAnswerCheckDrift compares with its "
                   "7-day average."),
        timeseries("Answer length by prompt version (p50, p95)", [
            (quantile(0.5, ANSWER_TOKENS.name, CALLS, by="prompt_name, prompt_version"),
             "p50 {{prompt_name}} {{prompt_version}}"),
            (quantile(0.95, ANSWER_TOKENS.name, CALLS, by="prompt_name, prompt_version"),
             "p95 {{prompt_name}} {{prompt_version}}")], "short", width=24,
                   description="Output tokens of successful answers, reasoning excluded."),
    ], tenant=False)

    exporter = dashboard("exporter", "LLM / llm-exporter",
                         "The sidecars themselves: events in, rejections, drops, cardinality.", [
        stat("Sidecars up", f"sum(up{{{JOB}}})", "short"),
        stat("Events/s", f"sum(rate({EVENTS.series}{{{JOB}}}[{RI}]))", "short"),
        stat("Rejected", f"sum(rate({EVENTS_REJECTED.series}{{{JOB}}}[{RI}])) / "
             f"(sum(rate({EVENTS.series}{{{JOB}}}[{RI}])) + "
             f"sum(rate({EVENTS_REJECTED.series}{{{JOB}}}[{RI}])))", "percentunit",
             thresholds=(0.001, 0.01)),
        stat("Label sets held", f"sum({LABEL_SETS.name}{{{JOB}}})", "short"),
        timeseries("Events/s by transport and type", [
            (f"sum by (transport, type) (rate({EVENTS.series}{{{JOB}}}[{RI}]))",
             "{{transport}} {{type}}")], "short", stack=True),
        timeseries("Rejected events/s by reason", [
            (f"sum by (reason) (rate({EVENTS_REJECTED.series}{{{JOB}}}[{RI}]))",
             "{{reason}}")], "short"),
        timeseries("Lost events/s", [
            (f"sum by (instance) (rate({SOCKET_DROPS.series}{{{JOB}}}[{RI}]))",
             "kernel {{instance}}"),
            (f"sum by (instance) (rate({CLIENT_DROPPED.series}{{{JOB}}}"
             f"[{RI}]))", "client {{instance}}")], "short"),
        timeseries("Label values folded into __other__", [
            (f"sum by (label) (rate({LABEL_OVERFLOW.series}{{{JOB}}}[{RI}]))",
             "{{label}}")], "short"),
        timeseries("Memory", [(f"{PROCESS_MEMORY.name}{{{JOB}}}", "{{instance}}")],
                   "bytes"),
        timeseries("CPU", [(f"rate({PROCESS_CPU.series}{{{JOB}}}[{RI}])",
                            "{{instance}}")], "percentunit"),
        timeseries("Unpriced calls/s", [
            (f"sum by (provider) (rate({UNPRICED.series}{{{JOB}}}[{RI}]))",
             "{{provider}}")], "short", width=24),
    ], tenant=False)

    by_agent = "{{" + AGENT + "}}"

    def per_run(metric: str, window: str = RI) -> str:
        change = "rate" if window == RI else "increase"
        return (f"sum by ({AGENT}) ({change}({metric}_sum{{{AGENTS}}}[{window}])) / sum by "
                f"({AGENT}) ({change}({metric}_count{{{AGENTS}}}[{window}]))")
    def failing(count: str, selector: str, by: str) -> str:
        """The share of ``count`` with an error_type, by ``by``: 0 rather than no data."""
        all_ = f"sum by ({by}) (rate({count}{{{selector}}}[{RI}]))"
        return (f'(sum by ({by}) (rate({count}{{{selector}, error_type!=""}}[{RI}])) '
                f"or 0 * {all_}) / {all_}")
    agents = dashboard("agents", "LLM / Agents",
                       "Agent runs: outcomes, duration, model and tool calls and cost per run, "
                       "loops; the tools and MCP servers they call.", [
        stat("Runs/s", f"sum(rate({AGENT_DURATION.count}{{{AGENTS}}}[{RI}]))", "reqps"),
        stat("Runs failing or at a limit", failing(AGENT_DURATION.count, AGENTS, ""),
             "percentunit", thresholds=(0.05, 0.1)),
        stat("Cost per run", f"sum(rate({AGENT_RUN_COST.sum}{{{AGENTS}}}[{RI}])) / "
             f"sum(rate({AGENT_RUN_COST.count}{{{AGENTS}}}[{RI}]))", "currencyUSD"),
        stat("Loops, last 24h", f"sum(increase({AGENT_LOOPS.series}{{{AGENTS}}}[1d]))", "short",
             thresholds=(1, 10)),
        timeseries("Runs/s by agent and outcome", [
            (f"sum by ({AGENT}, error_type) (rate({AGENT_DURATION.count}{{{AGENTS}}}[{RI}]))",
             f"{by_agent} {{{{error_type}}}}")], "reqps", stack=True,
                   description="error_type empty: a final answer; max_turns or max_cost: the "
                   "run hit a limit; else what failed it."),
        timeseries("Run duration p50 / p95", [
            (quantile(0.5, AGENT_DURATION.name, AGENTS, by=AGENT), f"p50 {by_agent}"),
            (quantile(0.95, AGENT_DURATION.name, AGENTS, by=AGENT), f"p95 {by_agent}")], "s"),
        timeseries("Cost per run (mean) and its 7-day mean", [
            (per_run(AGENT_RUN_COST.name), f"{by_agent}"),
            (per_run(AGENT_RUN_COST.name, "7d"), f"7-day {by_agent}")],
                   "currencyUSD", description="LLMAgentRunCostHigh compares the last hour's "
                   "with the 7 days before."),
        timeseries("Model calls and tool calls per run (mean)", [
            (per_run(AGENT_INFERENCE_CALLS.name), f"model calls {by_agent}"),
            (per_run(AGENT_TOOL_CALLS.name), f"tool calls {by_agent}"),
            (per_run(AGENT_INFERENCE_CALLS.name, "7d"), f"model calls, 7-day {by_agent}")],
                   "short", description="LLMAgentCallsPerRunShift compares the last hour's "
                   "model calls per run with the 7 days before."),
        table("p95 cost per run by agent, last 24h",
              f"topk(10, histogram_quantile(0.95, sum by ({AGENT}, le) "
              f"(increase({AGENT_RUN_COST.bucket}{{{AGENTS}}}[1d]))))", "currencyUSD",
              "p95 cost per run"),
        timeseries("Loops by agent and tool", [
            (f"sum by ({AGENT}, {TOOL}) (increase({AGENT_LOOPS.series}{{{AGENTS}}}[1h]))",
             f"{by_agent} {{{{{TOOL}}}}}")], "short",
                   description="Runs that called a tool with the same arguments "
                   "agents.loop_repeats times, per hour."),
        timeseries("Tool calls failing, by tool", [
            (failing(TOOL_DURATION.count, AGENTS, TOOL), f"{{{{{TOOL}}}}}")], "percentunit"),
        timeseries("Tool call duration p95", [
            (quantile(0.95, TOOL_DURATION.name, AGENTS, by=TOOL), f"{{{{{TOOL}}}}}")], "s"),
        timeseries("MCP requests failing, by server", [
            (failing(MCP_DURATION.count, JOB, "server_address"), "{{server_address}}")],
                   "percentunit"),
        timeseries("MCP request duration p95, by server and method", [
            (quantile(0.95, MCP_DURATION.name, 'job=~"$job"',
                      by="server_address, mcp_method_name"),
             "{{server_address}} {{mcp_method_name}}")], "s"),
    ], tenant=False, agents=True)

    return {f"{d['uid']}.json": d for d in (overview, cost, latency, quality, agents,
                                             exporter)}


def usage_panels(config: Config) -> list[dict]:
    """Distinct users and sessions: the fleet's, from the recording rules over the sidecars'
    HyperLogLog registers (usage.fleet_registers), beside what each sidecar saw; the fleet's
    top spenders (usage.fleet_top_users)."""
    top = [
        table("Top spenders, last 24h, all sidecars",
              'topk(10, llm:top_spender_cost_usd:fleet{tenant=~"$tenant", window="1d"})',
              "currencyUSD", "Spend", description="Users (hashed ids: llm-exporter hash-user "
              "finds one) by what they spent over every sidecar, each sidecar's "
              "usage.fleet_top_users biggest spenders per tenant summed (sidecars must share "
              "usage.user_id_key_file). Each figure is within its tenant's error bound of the "
              "true one, above or below; a user of that tenant not listed by any sidecar "
              "spent at most the bound."),
        stat("Top spenders' error bound, last 24h",
             'max(llm:top_spenders_bound_usd:fleet{tenant=~"$tenant", window="1d"})',
             "currencyUSD", description="The largest of the tenants' bounds, each the sum of "
             "the sidecars' bounds for that tenant."),
    ] if config.usage.fleet_top_users else []
    return _users_panels(config) + top


def _users_panels(config: Config) -> list[dict]:
    per_sidecar = [
        (f'{ACTIVE_USERS_ALL.name}{{{JOB}, window="1d"}}', "users {{instance}}"),
        (f'{ACTIVE_SESSIONS_ALL.name}{{{JOB}, window="1d"}}', "sessions {{instance}}")]
    m = config.usage.fleet_registers
    if not m:
        return [
            timeseries("Active users and sessions, last 24h, per sidecar", per_sidecar,
                       "short", description="Distinct users and sessions each sidecar saw "
                       "(HyperLogLog, within 2.6 %). They do not add up across sidecars "
                       "(usage.fleet_registers is 0)."),
            timeseries("Active users by tenant, last hour", [
                (f'sum by (tenant) ({ACTIVE_USERS.name}{{{JOB}, tenant=~"$tenant", '
                 f'window="1h"}})', "{{tenant}}")], "short",
                       description="Summed over sidecars: an upper bound when a user's calls "
                       "reach more than one sidecar.")]
    error = f"{200 * 1.04 / m ** 0.5:.0f} %"
    return [
        timeseries("Active users and sessions, last 24h", [
            ('llm:active_users_all_tenants:fleet{window="1d"}', "users, all sidecars"),
            ('llm:active_sessions_all_tenants:fleet{window="1d"}', "sessions, all sidecars"),
            *per_sidecar], "short",
                   description=f"Distinct users and sessions over all sidecars (their "
                   f"HyperLogLog registers merged by the recording rules: within {error} at "
                   f"two standard deviations; sidecars must share usage.user_id_key_file), "
                   f"and what each sidecar saw (within 2.6 %)."),
        timeseries("Active users by tenant, last hour", [
            ('llm:active_users:fleet{tenant=~"$tenant", window="1h"}\n'
             f'or (sum by (tenant) ({ACTIVE_USERS.name}{{{JOB}, tenant=~"$tenant", '
             f'window="1h"}}) unless on () llm:active_users:fleet)', "{{tenant}}")],
                   "short", description=f"Distinct users over all sidecars (within {error} at "
                   f"two standard deviations; the tenants past usage.fleet_max_tenants "
                   f"together as __other__). Where the sidecars expose no registers (no shared "
                   f"usage.user_id_key_file), their own counts summed: an upper bound."),
    ]


def provisioning(dashboards_path: str = "/var/lib/grafana/dashboards/llm-exporter") -> dict:
    """Grafana file provisioning for the dashboards folder."""
    return {"apiVersion": 1, "providers": [{
        "name": "llm-exporter", "folder": "LLM", "type": "file", "disableDeletion": False,
        "allowUiUpdates": True, "updateIntervalSeconds": 60,
        "options": {"path": dashboards_path, "foldersFromFilesStructure": False}}]}


def datasource_provisioning(url: str = "http://prometheus:9090",
                            tempo_url: str = "http://tempo:3200") -> dict:
    """Prometheus and Tempo data sources for Grafana file provisioning (docker-compose uses
    them): an exemplar's ``trace_id`` opens its trace in Tempo, where the sidecar exports
    its spans (``traces.endpoint``)."""
    return {"apiVersion": 1, "datasources": [
        {"name": "Prometheus", "type": "prometheus", "uid": "prometheus", "access": "proxy",
         "url": url, "isDefault": True, "jsonData": {
             "timeInterval": "15s",
             "exemplarTraceIdDestinations": [{"name": "trace_id", "datasourceUid": "tempo"}]}},
        {"name": "Tempo", "type": "tempo", "uid": "tempo", "access": "proxy", "url": tempo_url,
         "jsonData": {"tracesToMetrics": {"datasourceUid": "prometheus"}}}]}


def dump_json(data: object) -> str:
    """JSON as the rendered dashboards have it (stable, diff-friendly)."""
    return json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False) + "\n"
