"""Spend and tokens: hourly cost against the same hour before, week-over-week growth, tokens
per request."""

from __future__ import annotations

from llm_exporter.config import Config
from llm_exporter.metrics import COST, REQUESTS, TOKENS
from llm_exporter.mixin.rules.base import (
    PM,
    PM_LABELS,
    Alert,
    fmt,
    or_override,
    recorded,
    with_overrides,
)

# the hours a spike is compared with: like with like, so a busy Monday after a quiet weekend
# is judged by the Mondays before it (and by yesterday, in case the week has grown)
BASELINE_OFFSETS = (("1d", 24), ("1w", 168), ("2w", 336), ("3w", 504))  # (offset, hours)


def recording(config: Config) -> list[dict]:
    sel = config.alerting.selector
    spent = f"sum(increase({COST.series}{{{sel}}}[1h]"
    # an hour only partly recorded (the first day or weeks after install) is no baseline
    baselines = "\n  or ".join(
        f'label_replace(\n    {spent} offset {o}))\n'
        f'    and on () count(present_over_time({COST.series}{{{sel}}}[1h] offset '
        f'{hours + 1}h)) > 0,\n    "baseline", "{o}", "", "")'
        for o, hours in BASELINE_OFFSETS)
    return [
        {"record": "llm:cost_usd:increase1h", "expr": f"{spent}))"},
        # the largest of the same hour yesterday and in each of the three weeks before; from
        # the raw series, so it works as soon as they have the history
        {"record": "llm:cost_usd:baseline1h", "expr": f"max(\n  {baselines}\n)"},
        {"record": "llm:cost_usd:increase1d", "expr": f"sum(increase({COST.series}{{{sel}}}[1d]))"},
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
        f"{hour} > {fmt(t.cost_spike_min_usd)}\n"
        f"and {hour} > {fmt(t.cost_spike_factor)} * llm:cost_usd:baseline1h",
        "warning", "15m",
        "LLM spend in the last hour is far above its usual level.",
        f"Spend in the last hour is ${{{{ $value | printf \"%.2f\" }}}}, over "
        f"{fmt(t.cost_spike_factor)}x the most spent in the same hour yesterday or in any of "
        f"the three weeks before.", "cost"))

    day = "llm:cost_usd:increase1d"
    out.append(Alert(
        "LLMCostCreep",
        f"{day} > {fmt(t.cost_creep_min_usd)}\n"
        f"and {day} > {fmt(t.cost_creep_factor)}"
        f" * sum(increase({COST.series}{{{a.selector}}}[1d] offset 1w))\n"
        # a week-ago day only partly recorded (the first week after install) is no baseline
        f"and on () count(present_over_time({COST.series}{{{a.selector}}}[1h] offset 8d)) > 0",
        "warning", "1h",
        "LLM spend keeps growing: the last day cost far more than the same day last week.",
        f"The last 24 hours cost ${{{{ $value | printf \"%.2f\" }}}}, over "
        f"{fmt(t.cost_creep_factor)}x the same 24 hours a week ago. No single hour spiked; "
        f"the growth is steady.", "cost"))

    out.append(Alert(
        "LLMTokensPerRequestSpike",
        with_overrides(lambda matchers, factor: (
            f"{recorded('llm:tokens_per_request:ratio_rate30m', matchers)}\n  > {fmt(factor)}"
            f" * ({recorded('llm:tokens_per_request:ratio_rate1d', matchers)} offset 30m)"),
            t.tokens_per_request_factor, "tokens_per_request_factor", a,
            covers=lambda m: recorded("llm:tokens_per_request:ratio_rate30m", m)),
        "warning", "30m",
        "LLM calls use far more tokens per request than usual.",
        f"{PM_LABELS}: {{{{ $value | humanize }}}} tokens per request, over "
        f"{fmt(t.tokens_per_request_factor)}x{or_override(a, 'tokens_per_request_factor')} "
        f"the previous day's average.", "cost"))

    return out
