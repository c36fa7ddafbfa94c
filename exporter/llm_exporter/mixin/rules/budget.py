"""Tenant budgets: rolling daily and monthly spend against llm_budget_usd."""

from __future__ import annotations

from llm_exporter.config import Config
from llm_exporter.metrics import BUDGET, tenant_spend
from llm_exporter.mixin.rules.base import Alert, fmt, overridden


def recording(config: Config) -> list[dict]:
    sel = config.alerting.selector
    return [
        # the same expression budget enforcement queries (proxy.spend.prometheus_url)
        {"record": "llm:tenant_cost_usd:increase1d", "expr": tenant_spend(sel, "1d")},
        {"record": "llm:tenant_cost_usd:increase30d", "expr": tenant_spend(sel, "30d")},
        {"record": "llm:tenant_budget_usd",
         # every sidecar exports the same budget: take one
         "expr": f"max by (tenant, window) ({BUDGET.name}{{{sel}}})"},
    ]


def alerts(config: Config) -> list[Alert]:
    a = config.alerting
    t = a.thresholds
    out = []

    for window, name, label in (("1d", "LLMTenantBudgetDaily", "daily"),
                                ("30d", "LLMTenantBudgetMonthly", "monthly")):
        def ratio(matchers: str, window: str = window) -> str:
            spent = f"llm:tenant_cost_usd:increase{window}"
            if matchers:
                spent += f"{{{matchers.removeprefix(', ')}}}"
            return f'{spent}\n  / on (tenant) llm:tenant_budget_usd{{window="{window}"}}'
        overrides = any(o.budget_warning_ratio is not None for o in a.overrides)
        out.append(Alert(
            name, overridden(ratio, ">", t.budget_warning_ratio, "budget_warning_ratio", a),
            "warning", "5m",
            f"A tenant has spent {fmt(t.budget_warning_ratio * 100)}% of its {label} LLM "
            f"budget{' (or its override)' if overrides else ''}.",
            f"Tenant {{{{ $labels.tenant }}}} has spent {{{{ $value | humanizePercentage }}}}"
            f" of its {label} budget (rolling {window}).", "cost"))
        # a spending decision, not a 3 a.m. page: a warning unless alerting.severity says
        # critical; Alertmanager inhibits the 80 % warning while this fires
        out.append(Alert(
            f"{name}Exhausted", f"{ratio('')}\n  >= 1", "warning", "5m",
            f"A tenant has spent its whole {label} LLM budget.",
            f"Tenant {{{{ $labels.tenant }}}} has spent {{{{ $value | humanizePercentage }}}}"
            f" of its {label} budget (rolling {window}); with proxy.enforce_budgets its calls "
            f"are refused.", "cost"))

    return out
