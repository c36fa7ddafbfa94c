"""Spend and tokens: hourly cost against its baselines, tokens per request."""

from __future__ import annotations

from llm_exporter.config import Config
from llm_exporter.metrics import COST, REQUESTS, TOKENS
from llm_exporter.mixin.rules.base import PM, PM_LABELS, Alert, fmt


def recording(config: Config) -> list[dict]:
    sel = config.alerting.selector
    return [
        {"record": "llm:cost_usd:increase1h",
         "expr": f"sum(increase({COST.series}{{{sel}}}[1h]))"},
        *({"record": f"llm:tokens_per_request:ratio_rate{w}",
           "expr": f'sum by ({PM}) (rate({TOKENS.series}{{{sel}, '
                   f'gen_ai_token_type=~"input|output"}}[{w}]))\n'
                   f"  / sum by ({PM}) (rate({REQUESTS.series}{{{sel}}}[{w}]))"}
          for w in ("30m", "1d")),
    ]


def alerts(config: Config) -> list[Alert]:
    a = config.alerting
    t = a.thresholds
    out = []

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

    out.append(Alert(
        "LLMTokensPerRequestSpike",
        f"llm:tokens_per_request:ratio_rate30m\n"
        f"  > {fmt(t.tokens_per_request_factor)}"
        f" * (llm:tokens_per_request:ratio_rate1d offset 30m)",
        "warning", "30m",
        "LLM calls use far more tokens per request than usual.",
        f"{PM_LABELS}: {{{{ $value | humanize }}}} tokens per request, over "
        f"{fmt(t.tokens_per_request_factor)}x the previous day's average.", "cost"))

    return out
