"""The report as data: spend, reliability, tokens and alerts over a period, from PromQL.

Every figure is one PromQL query over the period's range, evaluated at its end (and, for the
change, at its start: the period before), so that it equals what a person would get by
typing the same query into Prometheus. The SLO figures use the rules' own definitions
(``alerting.slo``): failed calls exclude ``excluded_error_types``; latency is of successful
calls against ``latency_seconds``.

Prometheus's answers are taken as they come, odd or not: a figure that is NaN or infinite
there is ``None`` here (``null`` in the JSON, "n/a" for people), and the chart keeps the
``CHART_MODELS`` models that spent most, the rest summed as one series.
"""

from __future__ import annotations

import math

from llm_exporter import fleet
from llm_exporter.config import AlertingConfig
from llm_exporter.metrics import (
    AGENT,
    AGENT_DURATION,
    AGENT_INFERENCE_CALLS,
    AGENT_LOOPS,
    AGENT_RUN_COST,
    AGENT_TOOL_CALLS,
    COST,
    DURATION,
    MODEL,
    PROMPT_NAME,
    PROMPT_VERSION,
    PROVIDER,
    REQUESTS,
    TENANT,
    TOKEN_TYPE,
    TOKENS,
    le_label,
)
from llm_exporter.prometheus_api import PrometheusAPI

PERIODS = {"1d": 86400.0, "7d": 7 * 86400.0}
CHART_STEP = {"1d": 3600.0, "7d": 6 * 3600.0}  # one bar per hour, or per six hours
MOVERS = 5
CHART_MODELS = 10  # models drawn one by one in the spend chart; the rest are one "other"
PM = f"{PROVIDER}, {MODEL}"
# what each spend breakdown sums by, and how a row is named
SPEND_BY = {"model": (PROVIDER, MODEL), "tenant": (TENANT,),
            "prompt": (PROMPT_NAME, PROMPT_VERSION)}


async def build(api: PrometheusAPI, alerting: AlertingConfig, period: str, end: float,
                generated_at: float) -> dict:
    """The report for the ``period`` ("1d" or "7d") that ends at ``end`` (unix seconds),
    from one HTTP session to Prometheus (its queries one after the other)."""
    async with api:
        return await _build(api, alerting, period, end, generated_at)


async def _build(api: PrometheusAPI, alerting: AlertingConfig, period: str, end: float,
                 generated_at: float) -> dict:
    seconds = PERIODS[period]
    sel = alerting.selector
    previous_end = end - seconds

    def increase(by: str, series: str, matchers: str = "") -> str:
        return f"sum by ({by}) (increase({series}{{{sel}{matchers}}}[{period}]))"

    spend = {}
    for name, labels in SPEND_BY.items():
        expr = increase(", ".join(labels), COST.series)
        spend[name] = _changes(await api.query(expr, end), await api.query(expr, previous_end),
                               labels)
    total_expr = f"sum(increase({COST.series}{{{sel}}}[{period}]))"
    total = _value(await api.query(total_expr, end))
    previous_total = _value(await api.query(total_expr, previous_end))
    movers = sorted((dict(row, by=name) for name, rows in spend.items() for row in rows
                     if row["change_usd"] and math.isfinite(row["change_usd"])),
                    key=lambda r: -abs(r["change_usd"]))[:MOVERS]
    calls_expr = f"sum(increase({REQUESTS.series}{{{sel}}}[{period}]))"
    return _finite({
        "period": period,
        "start": end - seconds,
        "end": end,
        "generated_at": generated_at,
        "selector": sel,
        "total": {"cost_usd": total, "previous_cost_usd": previous_total,
                  "change_usd": total - previous_total,
                  "change_ratio": _ratio_change(total, previous_total),
                  "calls": _value(await api.query(calls_expr, end)),
                  "previous_calls": _value(await api.query(calls_expr, previous_end))},
        "spend": spend,
        "movers": movers,
        "models": await _models(api, alerting, increase, end),
        "agents": await _agents(api, increase, end, previous_end),
        "users": await fleet.users(api, end),
        "alerts": await _alerts(api, end - seconds, end),
        "chart": await _spend_over_time(api, sel, period, end),
    })


async def _models(api: PrometheusAPI, alerting: AlertingConfig, increase,
                  end: float) -> list[dict]:
    """Per model: calls, the error budget and the latency SLO over the period, tokens and
    cost per call, p95 latency."""
    slo = alerting.slo
    excluded = "|".join(slo.excluded_error_types) or "^$"
    le = le_label(slo.latency_seconds)
    calls = _by_model(await api.query(increase(PM, REQUESTS.series), end))
    failed = _by_model(await api.query(increase(
        PM, REQUESTS.series, f', error_type!="", error_type!~"{excluded}"'), end))
    successes = _by_model(await api.query(increase(PM, DURATION.count, ', error_type=""'),
                                          end))
    fast = _by_model(await api.query(
        increase(PM, DURATION.bucket, f', error_type="", le="{le}"'), end))
    buckets = increase(f"{PM}, le", DURATION.bucket, ', error_type=""')
    p95 = _by_model(await api.query(f"histogram_quantile(0.95, {buckets})", end))
    cost = _by_model(await api.query(increase(PM, COST.series), end))
    tokens: dict[str, dict[str, float]] = {}
    used_tokens = await api.query(increase(f"{PM}, {TOKEN_TYPE}", TOKENS.series), end)
    for labels, v in used_tokens.items():
        d = dict(labels)
        tokens.setdefault(_model_name(d), {})[d.get(TOKEN_TYPE, "")] = v
    error_budget = 1 - slo.availability
    latency_budget = 1 - slo.latency_objective
    out = []
    for model, n in sorted(calls.items(), key=lambda kv: (-_rank(kv[1]), kv[0])):
        error_ratio = failed.get(model, 0.0) / n if n else None
        ok = successes.get(model, 0.0)
        slow_ratio = 1 - fast.get(model, 0.0) / ok if ok else None
        used = tokens.get(model, {})
        out.append({
            "model": model, "calls": n, "failed": failed.get(model, 0.0),
            "error_ratio": error_ratio,
            "error_burn_rate": error_ratio / error_budget if error_ratio is not None else None,
            "slow_ratio": slow_ratio,
            "latency_burn_rate": slow_ratio / latency_budget if slow_ratio is not None
            else None,
            "latency_p95_seconds": p95.get(model),
            "input_tokens_per_call": used.get("input", 0.0) / n if n else None,
            "output_tokens_per_call": used.get("output", 0.0) / n if n else None,
            "cost_usd": cost.get(model, 0.0),
            "cost_per_call_usd": cost.get(model, 0.0) / n if n else None,
        })
    return out


async def _agents(api: PrometheusAPI, increase, end: float,
                  previous_end: float) -> list[dict]:
    """Per agent, the costliest first: runs, the share failing or stopped at a limit, loops,
    cost and cost per run (and the period before's), p95 cost per run, model and tool calls
    per run."""
    async def by_agent(expr: str, at: float = end) -> dict[str, float]:
        return {dict(labels).get(AGENT, ""): v for labels, v in (await api.query(expr, at)).items()}
    runs = await by_agent(increase(AGENT, AGENT_DURATION.count))
    failed = await by_agent(increase(AGENT, AGENT_DURATION.count, ', error_type!=""'))
    loops = await by_agent(increase(AGENT, AGENT_LOOPS.series))
    cost = await by_agent(increase(AGENT, AGENT_RUN_COST.sum))
    priced = await by_agent(increase(AGENT, AGENT_RUN_COST.count))
    cost_before = await by_agent(increase(AGENT, AGENT_RUN_COST.sum), previous_end)
    priced_before = await by_agent(increase(AGENT, AGENT_RUN_COST.count), previous_end)
    p95 = await by_agent(
        f"histogram_quantile(0.95, {increase(f'{AGENT}, le', AGENT_RUN_COST.bucket)})")
    calls = await by_agent(increase(AGENT, AGENT_INFERENCE_CALLS.sum))
    tools = await by_agent(increase(AGENT, AGENT_TOOL_CALLS.sum))
    out = []
    for agent, n in runs.items():
        per_run = cost.get(agent, 0.0) / priced[agent] if priced.get(agent) else None
        before = cost_before.get(agent, 0.0) / priced_before[agent] \
            if priced_before.get(agent) else None
        out.append({
            "agent": agent, "runs": n, "failed": failed.get(agent, 0.0),
            "failed_ratio": failed.get(agent, 0.0) / n if n else None,
            "loops": loops.get(agent, 0.0), "cost_usd": cost.get(agent, 0.0),
            "cost_per_run_usd": per_run, "previous_cost_per_run_usd": before,
            "cost_per_run_change": _ratio_change(per_run, before)
            if per_run is not None and before is not None else None,
            "cost_per_run_p95_usd": p95.get(agent),
            "calls_per_run": calls.get(agent, 0.0) / priced[agent] if priced.get(agent) else None,
            "tool_calls_per_run": tools.get(agent, 0.0) / priced[agent]
            if priced.get(agent) else None,
        })
    return sorted(out, key=lambda a: (-_rank(a["cost_usd"]), a["agent"]))


async def _alerts(api: PrometheusAPI, start: float, end: float,
                  step: float = 60.0) -> list[dict]:
    """The LLM alerts that fired in [start, end], from Prometheus's ALERTS series: one entry
    per alert and label set, with its firing episodes and how long they lasted.

    ``timestamp()`` gives each step the time of the sample it sees, so the samples' own
    times are known (a plain selector would also answer for five minutes past the last
    one); a gap of more than twice the spacing of the samples ends an episode."""
    series = await api.query_range(
        'timestamp(ALERTS{alertstate="firing", alertname=~"LLM.*"})', start, end, step)
    out = []
    for labels, points in series.items():
        times = sorted({t for t in points.values() if start <= t <= end})
        if not times:
            continue
        spacing = min((b - a for a, b in zip(times, times[1:], strict=False)),
                      default=step)
        episodes = [[times[0], times[0]]]
        for t in times[1:]:
            if t - episodes[-1][1] > 2 * spacing:
                episodes.append([t, t])
            else:
                episodes[-1][1] = t
        d = dict(labels)
        out.append({"name": d.pop("alertname", ""), "severity": d.pop("severity", ""),
                    "labels": {k: v for k, v in d.items() if k != "alertstate"},
                    "episodes": len(episodes),
                    "firing_seconds": sum(last - first + spacing for first, last in episodes),
                    "first": times[0], "last": times[-1]})
    order = {"critical": 0, "warning": 1}
    return sorted(out, key=lambda a: (order.get(a["severity"], 2), a["first"], a["name"]))


async def _spend_over_time(api: PrometheusAPI, sel: str, period: str, end: float) -> dict:
    """Spend per model in each chart step of the period, and the period before's total in
    the same steps (for the chart): the ``CHART_MODELS`` models that spent most over the
    period one by one, and the others summed as ``other``."""
    step = CHART_STEP[period]
    start = end - PERIODS[period] + step
    window = f"{step:.0f}s"
    by_model = await api.query_range(
        f"sum by ({PM}) (increase({COST.series}{{{sel}}}[{window}]))", start, end, step)
    before = await api.query_range(
        f"sum(increase({COST.series}{{{sel}}}[{window}] offset {period}))", start, end, step)
    times = [start + i * step for i in range(int(round((end - start) / step)) + 1)]
    models: dict[str, list[float]] = {}
    for k, points in by_model.items():
        values = [points.get(round(t, 3), 0.0) for t in times]
        name = _model_name(dict(k))
        if name in models:  # the same name from labels that differ otherwise
            values = [a + b for a, b in zip(models[name], values, strict=True)]
        models[name] = values
    ranked = sorted(models, key=lambda name: (
        -math.fsum(v for v in models[name] if math.isfinite(v)), name))
    rest = ranked[CHART_MODELS:]
    other = None
    if rest:
        other = {"models": len(rest),
                 "values": [math.fsum(v for name in rest if math.isfinite(v := models[name][i]))
                            for i in range(len(times))]}
    return {"step_seconds": step, "times": times,
            "models": {name: models[name] for name in ranked[:CHART_MODELS]},
            "other": other,
            "previous_total": [next(iter(before.values()), {}).get(round(t, 3), 0.0)
                               for t in times]}


def _changes(now: dict[tuple, float], before: dict[tuple, float],
             labels: tuple[str, ...]) -> list[dict]:
    rows = []
    for key in set(now) | set(before):
        d = dict(key)
        cost, previous = now.get(key, 0.0), before.get(key, 0.0)
        rows.append({"name": _row_name(d, labels), "labels": {k: d.get(k, "") for k in labels},
                     "cost_usd": cost, "previous_cost_usd": previous,
                     "change_usd": cost - previous,
                     "change_ratio": _ratio_change(cost, previous)})
    return sorted(rows, key=lambda r: (-_rank(r["cost_usd"]), -_rank(r["previous_cost_usd"]),
                                       r["name"]))


def _row_name(labels: dict[str, str], names: tuple[str, ...]) -> str:
    if names == (PROVIDER, MODEL):
        return _model_name(labels)
    if names == (PROMPT_NAME, PROMPT_VERSION):
        name, version = labels.get(PROMPT_NAME, ""), labels.get(PROMPT_VERSION, "")
        return f"{name} {version}".strip() or "(no prompt)"
    return labels.get(names[0], "") or f"(no {names[0]})"


def _model_name(labels: dict[str, str]) -> str:
    return f"{labels.get(PROVIDER, '')}/{labels.get(MODEL, '')}"


def _by_model(result: dict[tuple, float]) -> dict[str, float]:
    return {_model_name(dict(k)): v for k, v in result.items() if v == v}  # NaN: no data


def _value(result: dict[tuple, float]) -> float:
    return next(iter(result.values()), 0.0)


def _ratio_change(now: float, before: float) -> float | None:
    return (now - before) / before if before else None


def _rank(value: float) -> float:
    """A figure for sorting by: NaN and infinities (n/a) after every number."""
    return value if math.isfinite(value) else -math.inf


def _finite(value):
    """The report with NaN and infinities as None: JSON has no number for them."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value
