"""Tenant budgets: rolling daily and monthly spend against llm_budget_usd."""

from __future__ import annotations

from llm_exporter.config import Config
from llm_exporter.metrics import BUDGET, tenant_spend
from llm_exporter.mixin.rules.base import Alert, fmt


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
        spent = f"llm:tenant_cost_usd:increase{window}"
        ratio = f'{spent}\n  / on (tenant) llm:tenant_budget_usd{{window="{window}"}}'
        for severity, limit in (("warning", t.budget_warning_ratio), ("critical", 1.0)):
            out.append(Alert(
                name, f"{ratio}\n  > {fmt(limit)}", severity, "5m",
                f"A tenant has spent {'its' if limit >= 1 else fmt(limit * 100) + '% of its'} "
                f"{label} LLM budget.",
                f"Tenant {{{{ $labels.tenant }}}} has spent {{{{ $value | humanizePercentage }}}}"
                f" of its {label} budget (rolling {window}).", "cost"))

    return out
