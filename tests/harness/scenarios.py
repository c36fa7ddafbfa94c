"""The alert scenario suite: simulated fleet history, backfilled into a real Prometheus, judged
with ``llm-exporter backtest``.

For each scenario: the fleet (``harness.fleet``) runs on a simulated clock through real
stores; the scrapes are written as OpenMetrics and backfilled with ``promtool tsdb
create-blocks-from openmetrics``; the recording rules are evaluated by the real Prometheus
(range queries at every evaluation of the group) and backfilled the same way, layer by
layer (a rule that reads another's output comes after it); the real ``prometheus`` serves
the result; every alerting rule is evaluated with the backtest (range queries, ``for:``,
the rendered inhibition rules). A healthy scenario counts delivered pages and warnings per
judged day; a fault scenario says whether its alert came within the stated window and what
else fired. A scenario may first run the objective fit
check (``fit``) over the days before the judged one, as an operator would before turning
pages on, and render its rules with the overrides it suggests.

    python -m harness.scenarios                  # every scenario, 8 days each
    python -m harness.scenarios --days 2 healthy # one, shorter
    python -m harness.scenarios --jobs 2         # two at a time
    make scenarios                                             # the full suite and its report
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import dataclasses
import json
import math
import multiprocessing
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from prometheus_client.utils import floatToGoString

from harness.fleet import (
    AGENTS,
    BUDGETS,
    DAY,
    HOUR,
    MODELS,
    WEEK,
    Agent,
    AgentChange,
    CallChange,
    Fault,
    Fleet,
    History,
    Model,
    RateFactor,
)
from llm_exporter import backtest, fit, metrics
from llm_exporter.config import AlertingConfig, Budget, Config, Override
from llm_exporter.devtools.stack import free_port, wait_ready
from llm_exporter.mixin import render
from llm_exporter.prometheus_api import PrometheusAPI

RULES_FILE = "rules/llm-exporter.rules.yaml"
RECENT = 3 * HOUR  # how far before the judged day every recording is backfilled
ALERTMANAGER_FILE = "alertmanager/alertmanager.yml"


@dataclass(frozen=True)
class Expect:
    """A fault's alert: one of these names (with these labels) within ``within`` seconds."""

    alertnames: tuple[str, ...]
    within: float
    labels: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        return " or ".join(self.alertnames)


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    faults: tuple[Fault, ...] = ()
    expect: tuple[Expect, ...] = ()  # empty: a healthy scenario
    related: tuple[str, ...] = ()  # other alerts the fault may rightly raise
    models: tuple[Model, ...] = MODELS
    alerting: AlertingConfig = field(default_factory=AlertingConfig)  # what renders the rules
    min_days: float = 0.0  # simulate at least this long (week-over-week alerts need 8 full)
    budgets: tuple[Budget, ...] = BUDGETS
    onset: float | None = None  # when the fault begins (default: when its first Fault starts)
    # models the fit check must name over the days before the judged one; the rules are then
    # rendered with the overrides it suggests
    fit: tuple[str, ...] = ()
    agents: tuple[Agent, ...] = ()  # agents running besides the models' other calls

    @property
    def healthy(self) -> bool:
        return not self.expect


def _last_day(days: float) -> float:
    """Faults start 10:00 on the last simulated day, offset from the run's start."""
    return (math.ceil(days) - 1) * DAY + 10 * HOUR


def _errors(ratio: float, model: str | None = None) -> CallChange:
    def call(rng: random.Random, m: Model, fields: dict) -> dict | None:
        if (model is None or m.name == model) and rng.random() < ratio:
            fields = {k: v for k, v in fields.items() if k in (
                "provider", "model", "tenant", "prompt_name", "prompt_version", "duration_s")}
            fields["error_type"] = "server_error"
        return fields
    return call


def _slower(factor: float, model: str, share: float = 1.0) -> CallChange:
    def call(rng: random.Random, m: Model, fields: dict) -> dict | None:
        if m.name == model and not fields.get("error_type") and rng.random() < share:
            fields = dict(fields, duration_s=min(600.0, fields["duration_s"] * factor))
        return fields
    return call


def _changed(model: str | None = None, share: float = 1.0, **changes: object) -> CallChange:
    """Calls to ``model`` (any model: None) that succeed, a ``share`` of them, get
    ``changes``; a callable change is applied to the field's value."""
    def call(rng: random.Random, m: Model, fields: dict) -> dict | None:
        if (model is None or m.name == model) and not fields.get("error_type") \
                and rng.random() < share:
            fields = dict(fields)
            for key, change in changes.items():
                fields[key] = change(fields.get(key)) if callable(change) else change
        return fields
    return call


def _check_failures(model: str, prompt: str, **shares: float) -> CallChange:
    """The answer checks of ``model``'s answers to ``prompt`` fail in these shares."""
    def call(rng: random.Random, m: Model, fields: dict) -> dict | None:
        if m.name == model and fields.get("prompt_name") == prompt:
            fields = dict(fields, check_failures=shares)
        return fields
    return call


def _errors_of(kind: str, ratio: float, model: str) -> CallChange:
    def call(rng: random.Random, m: Model, fields: dict) -> dict | None:
        if m.name == model and rng.random() < ratio:
            fields = {k: v for k, v in fields.items() if k in (
                "provider", "model", "tenant", "prompt_name", "prompt_version", "duration_s")}
            fields["error_type"] = kind
        return fields
    return call


def _without_prompt(prompt: str) -> CallChange:
    def call(rng: random.Random, m: Model, fields: dict) -> dict | None:
        return None if fields.get("prompt_name") == prompt else fields
    return call


def _to_tenant(tenant: str, share: float) -> CallChange:
    def call(rng: random.Random, m: Model, fields: dict) -> dict | None:
        return dict(fields, tenant=tenant) if rng.random() < share else fields
    return call


def _ids_in(label: str) -> CallChange:
    """Every call carries a fresh id in ``label`` (a request id where a version belongs)."""
    def call(rng: random.Random, m: Model, fields: dict) -> dict | None:
        return dict(fields, **{label: f"req-{rng.getrandbits(48):012x}"})
    return call


def _tenant_failing(tenant: str, error: str, model: str | None = None,
                    share: float = 1.0) -> CallChange:
    """``tenant``'s calls (to ``model``; any: None) fail with ``error``; with ``share`` < 1,
    that share of the model's calls is moved to the tenant first (a small tenant)."""
    def call(rng: random.Random, m: Model, fields: dict) -> dict | None:
        if model is not None and m.name != model:
            return fields
        if share < 1.0:
            if rng.random() >= share:
                return fields
            fields = dict(fields, tenant=tenant)
        if fields.get("tenant") == tenant:
            fields = {k: v for k, v in fields.items() if k in (
                "provider", "model", "tenant", "prompt_name", "prompt_version", "duration_s")}
            fields["error_type"] = error
        return fields
    return call


def _only(model: str, factor: float) -> RateFactor:
    return lambda m, elapsed: factor if m.name == model else 1.0


def _agent(name: str, tool: str | None = None, **changes: object) -> AgentChange:
    """Agent ``name`` gets ``changes`` (to its ``tool``, if named); a callable change is
    applied to the field's value."""
    def change(agent: Agent) -> Agent:
        if agent.name != name:
            return agent
        if tool is None:
            return dataclasses.replace(agent, **_applied(agent, changes))
        return dataclasses.replace(agent, tools=tuple(
            dataclasses.replace(t, **_applied(t, changes)) if t.name == tool else t
            for t in agent.tools))
    return change


def _applied(record: object, changes: dict[str, object]) -> dict[str, object]:
    return {k: v(getattr(record, k)) if callable(v) else v for k, v in changes.items()}


def _slow_ttft(factor: float, model: str) -> CallChange:
    def call(rng: random.Random, m: Model, fields: dict) -> dict | None:
        if m.name == model and fields.get("ttft_s") is not None:
            ttft = fields["ttft_s"] * factor
            fields = dict(fields, ttft_s=ttft, duration_s=max(fields["duration_s"], ttft))
        return fields
    return call


# a model a team serves itself and has not priced
UNPRICED = Model("vllm", "qwen3-32b", 300, 2.5, 0.6, 1500, 300)
# initech spends about $42 a day (measured on the 8-day run, seed 1)
INITECH_DAILY_USD = 42.2
# a reasoning model: thinks for seconds before its first token, answers in tens of seconds
REASONING = Model("openai", "o3-mini", 200, 12.0, 7.0, 2000, 1500)
NEW_MODEL = Model("openai", "gpt-4.1-mini", 800, 1.0, 0.3, 1200, 200)
# a reasoning model slow by nature (14 s median, 6 s to the first token), left to the fit check
SLOW = Model("openai", "o4-mini", 150, 14.0, 6.0, 2500, 2000)
# its own thresholds, as a team running it would set them
REASONING_OVERRIDES = AlertingConfig(overrides=(
    Override(match={"model": "o3.*"}, latency_seconds=81.92, ttft_p95_seconds=30.0,
             latency_p99_seconds=160.0),))


def _noisy(rng_seed: int = 7) -> RateFactor:
    """Hourly traffic swings of +-30 % and a background of 0.5 % errors: healthy, but noisy."""
    swings = random.Random(rng_seed)
    factors = [math.exp(swings.gauss(0, 0.3)) for _ in range(24 * 60)]

    def rate(m: Model, elapsed: float) -> float:
        return factors[int(elapsed // HOUR) % len(factors)]
    return rate


def scenarios(days: float) -> list[Scenario]:
    """Every scenario, for a run of ``days`` (faults fall on the last day)."""
    at = _last_day(days)
    end = math.ceil(days) * DAY
    # initech's monthly budget, 75 % spent when the fault starts
    monthly = (Budget("initech", daily_usd=100.0,
                      monthly_usd=round(INITECH_DAILY_USD * at / DAY / 0.75)),)
    return [
        # healthy: nothing should page; at most one warning a day
        Scenario("healthy", "the fleet as it runs every day"),
        Scenario("noisy", "hourly traffic swings of +-30 % and 0.5 % background errors on "
                 "every model", (Fault(0, end, rate=_noisy(),
                                       call=_errors(0.003)),)),
        Scenario("prompt-rollout", "support-answer v3 is replaced by v4 at 10:00 (the v3 "
                 "series go idle and expire a day later)",
                 (Fault(at, end, call=_changed(prompt_version=lambda v: "v4" if v == "v3"
                                               else v)),)),
        Scenario("sidecar-restart", "app-0 restarts at 10:00: its counters start again at 0",
                 (Fault(at, end, restart=("app-0:9478",)),)),
        Scenario("rolling-deploy", "both sidecars are replaced by new pods (new instance "
                 "labels) at 10:00", (Fault(at, end, replace=(("app-0:9478", "app-2:9478"),
                                                              ("app-1:9478", "app-3:9478"))),)),
        Scenario("new-model", "gpt-4.1-mini starts serving at 10:00, with no history",
                 (Fault(0, at, rate=_only(NEW_MODEL.name, 0.0)),),
                 models=MODELS + (NEW_MODEL,)),
        Scenario("reasoning-model", "a reasoning model (o3-mini: 7 s to the first token, 12 s "
                 "median) joins the fleet, with its own thresholds in alerting.overrides",
                 models=MODELS + (REASONING,), alerting=REASONING_OVERRIDES),
        Scenario("slow-model", "a reasoning model slow by nature (o4-mini: 14 s median, 6 s to "
                 "the first token) joins the fleet; the fit check over the days before names "
                 "it and the rules take the overrides it suggests",
                 models=MODELS + (SLOW,), fit=(SLOW.name,)),
        Scenario("low-volume-failure", "the self-hosted model (10 calls an hour) fails "
                 "one call in six minutes: no evidence of an outage, so no page",
                 (Fault(at, at + 360, call=_errors(1.0, "llama-3.1-8b-instruct")),)),
        # faults: each must raise its alert in time, and nothing unrelated
        Scenario("error-storm", "gpt-4o-mini fails half its calls for 30 minutes",
                 (Fault(at, at + 1800, call=_errors(0.5, "gpt-4o-mini")),),
                 (Expect(("LLMErrorBudgetBurn",), 15 * 60,
                         (("gen_ai_request_model", "gpt-4o-mini"), ("severity", "critical"))),),
                 related=("LLMLatencyBudgetBurn", "LLMErrorRatioHigh")),
        Scenario("short-error-storm", "gpt-4o fails 20 % of its calls for 15 minutes",
                 (Fault(at, at + 900, call=_errors(0.2, "gpt-4o")),),
                 (Expect(("LLMErrorRatioHigh",), 15 * 60,
                         (("gen_ai_request_model", "gpt-4o"),)),),
                 related=("LLMErrorBudgetBurn",)),
        Scenario("rate-limited", "15 % of gpt-4o's calls get 429 for an hour",
                 (Fault(at, at + HOUR, call=_errors_of("rate_limit", 0.15, "gpt-4o")),),
                 (Expect(("LLMRateLimited",), 20 * 60, (("gen_ai_request_model", "gpt-4o"),)),),
                 related=("LLMErrorBudgetBurn", "LLMErrorRatioHigh")),
        Scenario("latency-regression", "claude-sonnet-4-5 becomes 6x slower for 3 hours",
                 (Fault(at, at + 3 * HOUR, call=_slower(6.0, "claude-sonnet-4-5")),),
                 (Expect(("LLMLatencyP99High", "LLMLatencyBudgetBurn"), 30 * 60,
                         (("gen_ai_request_model", "claude-sonnet-4-5"),)),),
                 related=("LLMTimeToFirstTokenHigh", "LLMLatencyP99High",
                          "LLMLatencyBudgetBurn", "LLMLatencyAboveUsual")),
        Scenario("latency-creep", "gpt-4o's calls get 5 % slower every hour for 12 hours "
                 "(1.8x by the end), without an error",
                 tuple(Fault(at + h * HOUR, at + (h + 1) * HOUR,
                             call=_slower(1.05 ** (h + 1), "gpt-4o")) for h in range(12)),
                 (Expect(("LLMLatencyAboveUsual",), 8 * HOUR,
                         (("gen_ai_request_model", "gpt-4o"),)),),
                 related=("LLMLatencyBudgetBurn", "LLMLatencyP99High")),
        Scenario("p99-regression", "2 % of gpt-4o-mini's calls hang for about 30 s for 3 hours "
                 "(p99 from 4 s to 30 s, under the fixed 40.96 s)",
                 (Fault(at, at + 3 * HOUR, call=_slower(25.0, "gpt-4o-mini", share=0.02)),),
                 (Expect(("LLMLatencyP99High",), 30 * 60,
                         (("gen_ai_request_model", "gpt-4o-mini"),)),),
                 related=("LLMLatencyAboveUsual",)),
        Scenario("ttft-regression", "claude-sonnet-4-5 takes 4x longer to its first token for "
                 "2 hours", (Fault(at, at + 2 * HOUR, call=_slow_ttft(4.0, "claude-sonnet-4-5")),),
                 (Expect(("LLMTimeToFirstTokenHigh",), 30 * 60,
                         (("gen_ai_request_model", "claude-sonnet-4-5"),)),),
                 related=("LLMLatencyBudgetBurn", "LLMLatencyP99High", "LLMLatencyAboveUsual")),
        Scenario("step-slow", "the rag/retrieve step becomes 40x slower (6 s) for 2 hours",
                 (Fault(at, at + 2 * HOUR, step_factor=40.0),),
                 (Expect(("LLMWorkflowStepSlow",), 30 * 60, (("step", "retrieve"),)),)),
        Scenario("model-dead", "gpt-4o gets no calls for 2 hours while the rest of the fleet "
                 "(and the batch job) goes on", (Fault(at, at + 2 * HOUR,
                                                       rate=_only("gpt-4o", 0.0)),),
                 (Expect(("LLMNoTraffic",), 45 * 60, (("gen_ai_request_model", "gpt-4o"),)),)),
        Scenario("prompt-dead", "the support-answer feature stops calling for 2 hours; the "
                 "models stay busy with the other prompts",
                 (Fault(at, at + 2 * HOUR, call=_without_prompt("support-answer")),),
                 (Expect(("LLMPromptNoTraffic",), 45 * 60,
                         (("prompt_name", "support-answer"),)),)),
        Scenario("runaway-loop", "an agent loop multiplies gpt-4o's calls by 6 for 3 hours",
                 (Fault(at, at + 3 * HOUR, rate=_only("gpt-4o", 6.0)),),
                 (Expect(("LLMCostSpike",), 60 * 60),),
                 related=("LLMTenantBudgetDaily", "LLMTenantBudgetDailyExhausted")),
        Scenario("cost-creep", "every model's traffic grows 15 % a day from day 6 on (9 days "
                 "simulated: the creep ticket compares with a whole day a week before)",
                 (Fault(5 * DAY, math.inf, rate=lambda m, elapsed: 1.15 ** (elapsed / DAY)),),
                 (Expect(("LLMCostCreep",), 4 * DAY),),
                 related=("LLMTenantBudgetDaily", "LLMTenantBudgetDailyExhausted"),
                 min_days=9),
        Scenario("tenant-bulk-job", "a bulk job bills 30 % of all calls to umbrella from "
                 "10:00 ($50 daily budget)", (Fault(at, end, call=_to_tenant("umbrella", 0.3)),),
                 (Expect(("LLMTenantBudgetDaily", "LLMTenantBudgetDailyExhausted"), 8 * HOUR,
                         (("tenant", "umbrella"),)),),
                 related=("LLMTenantBudgetDaily", "LLMTenantBudgetDailyExhausted")),
        Scenario("tenant-monthly-budget", "initech's monthly budget is 75 % spent when a bulk "
                 "job starts billing 60 % of all calls to it at 10:00",
                 (Fault(at, end, call=_to_tenant("initech", 0.6)),),
                 (Expect(("LLMTenantBudgetMonthly",), 4 * HOUR, (("tenant", "initech"),)),
                  Expect(("LLMTenantBudgetMonthlyExhausted",), 14 * HOUR,
                         (("tenant", "initech"),))),
                 related=("LLMTenantBudgetDaily", "LLMTenantBudgetDailyExhausted",
                          "LLMTenantBudgetMonthly", "LLMTenantBudgetMonthlyExhausted"),
                 budgets=tuple(b for b in BUDGETS if b.tenant != "initech") + monthly),
        Scenario("tokens-spike", "a prompt change triples gpt-4o-mini's input tokens for 3 "
                 "hours", (Fault(at, at + 3 * HOUR,
                                 call=_changed("gpt-4o-mini", input_tokens=lambda n: n * 3)),),
                 (Expect(("LLMTokensPerRequestSpike",), 60 * 60, (("gen_ai_request_model",
                                                                   "gpt-4o-mini"),)),),
                 related=("LLMCostSpike",)),
        Scenario("quiet-truncation", "the self-hosted model (10 calls an hour, 1 % cut) cuts "
                 "60 % of its answers at the length limit for 6 hours",
                 (Fault(at, at + 6 * HOUR, call=_changed("llama-3.1-8b-instruct", share=0.6,
                                                         finish_reason="length")),),
                 (Expect(("LLMTruncationRatioHigh",), 2 * HOUR,
                         (("gen_ai_request_model", "llama-3.1-8b-instruct"),)),)),
        Scenario("tenant-key-revoked", "acme's API key is revoked at 10:00: all of its calls "
                 "(40 % of every model's) fail as authentication errors for 2 hours",
                 (Fault(at, at + 2 * HOUR, call=_tenant_failing("acme", "auth")),),
                 (Expect(("LLMTenantErrorRatioHigh",), 20 * 60, (("tenant", "acme"),)),),
                 related=("LLMErrorBudgetBurn", "LLMErrorRatioHigh")),
        Scenario("small-tenant-failing", "hooli, a new tenant with 2 % of gpt-4o's calls, has "
                 "every call fail for 3 hours (the model's error ratio: 2 %)",
                 (Fault(at, at + 3 * HOUR, call=_tenant_failing(
                     "hooli", "auth", "gpt-4o", share=0.02)),),
                 (Expect(("LLMTenantErrorRatioHigh",), HOUR, (("tenant", "hooli"),)),),
                 related=("LLMErrorBudgetBurn",)),
        Scenario("step-failing", "the rag/retrieve step fails 40 % of its runs for 2 hours",
                 (Fault(at, at + 2 * HOUR, step_errors=0.4),),
                 (Expect(("LLMWorkflowStepErrors",), 30 * 60, (("step", "retrieve"),)),)),
        Scenario("truncation", "15 % of gpt-4o's answers stop at the length limit for 2 hours",
                 (Fault(at, at + 2 * HOUR, call=_changed("gpt-4o", share=0.15,
                                                         finish_reason="length")),),
                 (Expect(("LLMTruncationRatioHigh",), 40 * 60,
                         (("gen_ai_request_model", "gpt-4o"),)),)),
        Scenario("refusal-drift", "claude-sonnet-4-5 refuses 6 % of calls for 3 hours",
                 (Fault(at, at + 3 * HOUR, call=_changed("claude-sonnet-4-5", share=0.06,
                                                         refusal=True)),),
                 (Expect(("LLMRefusalRatioDrift",), 90 * 60,
                         (("gen_ai_request_model", "claude-sonnet-4-5"),)),)),
        Scenario("hedge-drift", "gpt-4o's support-answer v3 answers hedge three times as often "
                 "(15 % instead of 4 %) for 3 hours after a model update",
                 (Fault(at, at + 3 * HOUR, call=_check_failures(
                     "gpt-4o", "support-answer", hedge=0.15)),),
                 (Expect(("LLMAnswerCheckDrift",), 90 * 60,
                         (("gen_ai_request_model", "gpt-4o"), ("check", "hedge"))),)),
        Scenario("json-broken", "a schema change in the code, not in the prompt: 8 % of "
                 "gpt-4o-mini's classify answers fail their JSON schema for 2 hours",
                 (Fault(at, at + 2 * HOUR, call=_check_failures(
                     "gpt-4o-mini", "classify", json_schema=0.08)),),
                 (Expect(("LLMAnswerCheckDrift",), 75 * 60,
                         (("gen_ai_request_model", "gpt-4o-mini"), ("check", "json_schema"))),)),
        Scenario("feedback-drop", "users rate support-answer up half the time instead of "
                 "80 % for 4 hours", (Fault(at, at + 4 * HOUR, thumbs_up=0.5),),
                 (Expect(("LLMFeedbackScoreDrop",), 2 * HOUR),)),
        Scenario("sidecar-down", "one sidecar is not scraped for an hour",
                 (Fault(at, at + HOUR, down=("app-1:9478",)),),
                 (Expect(("LLMExporterDown",), 10 * 60, (("instance", "app-1:9478"),)),)),
        Scenario("exporter-absent", "no sidecar is scraped for an hour",
                 (Fault(at, at + HOUR, down=("app-0:9478", "app-1:9478")),),
                 (Expect(("LLMExporterAbsent",), 15 * 60),),
                 related=("LLMExporterDown",)),
        Scenario("malformed-events", "a client release sends token counts as strings on 5 % "
                 "of all calls for 2 hours: the sidecar rejects them (invalid_value)",
                 (Fault(at, at + 2 * HOUR, call=_changed(share=0.05, input_tokens=str)),),
                 (Expect(("LLMExporterRejectingEvents",), 40 * 60),)),
        Scenario("ids-in-labels", "a deploy puts each call's request id into prompt_version "
                 "for an hour", (Fault(at, at + HOUR, call=_ids_in("prompt_version")),),
                 (Expect(("LLMExporterLabelOverflow",), 15 * 60,
                         (("label", "prompt_version"),)),)),
        Scenario("socket-drops", "the sidecars' receive buffers overflow: the kernel drops 2 % "
                 "of datagrams for an hour", (Fault(at, at + HOUR, dropped=0.02),),
                 (Expect(("LLMExporterDroppingEvents",), 25 * 60),)),
        Scenario("unpriced-model", "a team starts serving qwen3-32b on vLLM at 10:00 and "
                 "prices it in nobody's config (an info alert: Alertmanager's null receiver)",
                 (Fault(0, at, rate=_only(UNPRICED.name, 0.0)),),
                 (Expect(("LLMExporterUnpricedEvents",), 2 * HOUR,
                         (("provider", "vllm"),)),),
                 models=MODELS + (UNPRICED,), onset=at),
        # agents: runs of model calls and tool calls, some through MCP servers
        Scenario("agents", "three agents run besides the fleet's other calls (300, 40 and 6 "
                 "runs an hour; 1 run in 1,000 loops, 1 in 200 stops at max turns)",
                 agents=AGENTS),
        Scenario("tool-failing", "research-agent's web_search tool fails 40 % of its calls "
                 "for 2 hours", (Fault(at, at + 2 * HOUR, agent=_agent(
                     "research-agent", "web_search", error_ratio=0.4)),),
                 (Expect(("LLMToolErrors",), 45 * 60, (("gen_ai_tool_name", "web_search"),)),),
                 related=("LLMAgentRunErrors", "LLMAgentCallsPerRunShift"), agents=AGENTS),
        Scenario("agent-loop", "a prompt change makes 10 % of support-agent's runs call the "
                 "same tool with the same arguments until max turns, for 3 hours",
                 (Fault(at, at + 3 * HOUR, agent=_agent("support-agent", loop_ratio=0.1)),),
                 (Expect(("LLMAgentLooping",), 30 * 60,
                         (("gen_ai_agent_name", "support-agent"),)),),
                 related=("LLMAgentRunErrors", "LLMAgentRunCostHigh",
                          "LLMAgentCallsPerRunShift"), agents=AGENTS),
        Scenario("mcp-slow", "orders-mcp answers get_order 5x slower for 2 hours",
                 (Fault(at, at + 2 * HOUR, agent=_agent(
                     "support-agent", "get_order", latency_s=lambda s: s * 5)),),
                 (Expect(("LLMMcpSlow",), 30 * 60, (("server_address", "orders-mcp"),)),),
                 agents=AGENTS),
        Scenario("agent-calls-doubled", "a model change at 10:00 makes research-agent's runs "
                 "take twice the model calls",
                 (Fault(at, end, agent=_agent("research-agent",
                                              calls_per_run=lambda n: n * 2)),),
                 (Expect(("LLMAgentCallsPerRunShift",), 3 * HOUR,
                         (("gen_ai_agent_name", "research-agent"),)),),
                 # runs that take twice the turns reach the turn limit more often
                 related=("LLMAgentRunCostHigh", "LLMAgentRunErrors", "LLMCostSpike",
                          "LLMTenantBudgetDaily"), agents=AGENTS),
        Scenario("agent-cost", "support-agent moves from gpt-4o-mini to gpt-4o at 10:00: "
                 "each run costs about 33x (prices and token sizes both)",
                 (Fault(at, end, agent=_agent("support-agent", model="gpt-4o")),),
                 (Expect(("LLMAgentRunCostHigh",), HOUR,
                         (("gen_ai_agent_name", "support-agent"),)),),
                 related=("LLMCostSpike", "LLMTenantBudgetDaily", "LLMTokensPerRequestSpike"),
                 agents=AGENTS),
    ]


@dataclass
class Result:
    scenario: Scenario
    judged: tuple[float, float]  # the judged range, unix seconds
    episodes: list[backtest.Episode]
    detected: dict[str, float | None] = field(default_factory=dict)  # expectation -> delay
    seconds: float = 0.0
    misfits: list[fit.Misfit] = field(default_factory=list)  # what the fit check named

    @property
    def fit_missed(self) -> list[str]:
        """The models the scenario's fit check should have named and did not."""
        return [m for m in self.scenario.fit if m not in {x.model for x in self.misfits}]

    @property
    def judged_days(self) -> float:
        return (self.judged[1] - self.judged[0]) / DAY

    def delivered(self, severity: str) -> list[backtest.Episode]:
        return [e for e in self.episodes if e.delivered and e.severity == severity]

    def unrelated(self) -> list[backtest.Episode]:
        names = {n for x in self.scenario.expect for n in x.alertnames}
        names |= set(self.scenario.related)
        return [e for e in self.episodes if e.delivered and e.alertname not in names]


class Prometheus:
    """The real prometheus serving a data directory, on a free loopback port."""

    def __init__(self, data: Path, log: Path):
        self.data, self.log_path = data, log
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self, attempts: int = 5) -> None:
        """Start it on a free port; with scenarios run side by side (``--jobs``), another's
        Prometheus may take the port first: then a new one, and never the other's answers
        (the one that answers must serve this data directory)."""
        config = self.data.parent / "prometheus.yml"
        config.write_text("global: {evaluation_interval: 1m}\n")
        self.log = open(self.log_path, "a")
        for attempt in range(attempts):
            port = free_port()
            self.proc = subprocess.Popen(
                [_binary("prometheus"), f"--config.file={config}",
                 f"--storage.tsdb.path={self.data}", "--storage.tsdb.retention.time=90d",
                 f"--web.listen-address=127.0.0.1:{port}", "--query.max-samples=200000000",
                 "--query.timeout=10m"], stdout=self.log, stderr=subprocess.STDOUT)
            self.url = f"http://127.0.0.1:{port}"
            try:
                wait_ready(self.url, self.proc, "prometheus")
                with urllib.request.urlopen(self.url + "/api/v1/status/flags", timeout=10) as r:
                    served = json.load(r)["data"]["storage.tsdb.path"]
                if served == str(self.data) and self.proc.poll() is None:
                    return
            except RuntimeError:
                if attempt == attempts - 1:
                    raise
            self.proc.terminate()
            self.proc.wait(30)
        raise RuntimeError(f"prometheus did not start on a port of its own in {attempts} tries")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(30)
            self.proc = None
            self.log.close()


def _binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} not found: install Debian's prometheus package")
    return path


def recording_layers(rules: list[dict]) -> list[list[dict]]:
    """Recording rules in layers: each reads only raw series and earlier layers."""
    layer: dict[str, int] = {}
    for rule in rules:
        deps = set(re.findall(r"llm:[a-z0-9_:]+", rule["expr"])) - {rule["record"]}
        layer[rule["record"]] = 1 + max((layer[d] for d in deps if d in layer), default=-1)
    out: list[list[dict]] = [[] for _ in range(max(layer.values(), default=-1) + 1)]
    for rule in rules:
        out[layer[rule["record"]]].append(rule)
    return out


_READ = re.compile(r"(llm:[a-z0-9_:]+)(?:\{[^}]*\})?(?:\[(\d+)([mhdw])(?::\d+[smhdw])?\])?"
                   r"(?:\s+offset\s+(\d+)([mhdw]))?")
_SECONDS = {"m": 60, "h": HOUR, "d": DAY, "w": WEEK}


def long_reads(rules: list[dict], longer_than: float) -> set[str]:
    """The recordings that rules read further back than ``longer_than`` seconds (a range
    and an offset), and the recordings those are made from. Recordings count as readers too:
    a baseline recorded from a week of hourly rates needs the week of rates (it once read the
    three hours the others are backfilled for, and warned on a quiet model's ratings)."""
    records = {r["record"]: r["expr"] for r in rules if "record" in r}
    wanted = set()
    for rule in rules:
        for name, n, unit, off, off_unit in _READ.findall(rule["expr"]):
            back = (int(n) * _SECONDS[unit] if n else 0) + (
                int(off) * _SECONDS[off_unit] if off else 0)
            if back > longer_than:
                wanted.add(name)
    pending = list(wanted)
    while pending:
        for dep in set(re.findall(r"llm:[a-z0-9_:]+", records.get(pending.pop(), ""))):
            if dep in records and dep not in wanted:
                wanted.add(dep)
                pending.append(dep)
    return wanted


class Recorded:
    """Recording rules evaluated as Prometheus's rule group would (one evaluation a minute,
    at the same times for every rule, as the backtest evaluates the alerts), kept for
    ``backfill``. Range queries over the whole range: ``promtool tsdb create-blocks-from
    rules`` queries every rule once per 2-hour block, and read a day's window a dozen times
    over (62 of a 2-day scenario's 104 s; the same queries over the whole range take 8 s)."""

    def __init__(self) -> None:
        # record -> labels -> (times, values), in time order
        self.series: dict[str, dict[tuple, tuple[list[float], list[float]]]] = {}

    async def evaluate(self, url: str, rules: list[dict], start: float, end: float) -> None:
        """Evaluate ``rules`` every minute from ``start`` to ``end``, two queries at a time."""
        first = math.ceil(start / EVAL_INTERVAL) * EVAL_INTERVAL
        limit = asyncio.Semaphore(2)
        async with PrometheusAPI(url, timeout=600) as api:
            async def one(rule: dict) -> None:
                assert not rule.get("labels"), rule  # a recording's labels would be lost
                async with limit:
                    result = await api.query_range(rule["expr"], first, end - 1, EVAL_INTERVAL)
                series = self.series.setdefault(rule["record"], {})
                for labels, points in result.items():  # each in time order
                    series[tuple(p for p in labels if p[0] != "__name__")] = (
                        list(points), list(points.values()))
            await asyncio.gather(*(one(rule) for rule in rules))

    def openmetrics(self, start: float, end: float) -> Iterator[str]:
        """The points in [start, end) as OpenMetrics text, for promtool."""
        for name, by_labels in self.series.items():
            yield f"# TYPE {name} gauge\n"
            for labels, (times, values) in by_labels.items():
                selector = ",".join(f'{k}="{_escaped(v)}"' for k, v in labels)
                i, j = bisect.bisect_left(times, start), bisect.bisect_left(times, end)
                yield "".join(f"{name}{{{selector}}} {floatToGoString(values[k])} {times[k]:.3f}\n"
                              for k in range(i, j))
        yield "# EOF\n"


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


EVAL_INTERVAL = 60.0  # the rule group's, as rendered for Prometheus
BLOCK = 2 * HOUR  # promtool's block range; it parses its whole input once per block


def backfill(history: History | Recorded, start: float, end: float, work: Path, data: Path) -> None:
    """promtool backfills the history into ``data``: one input file per 2-hour block, two
    promtool processes at a time (one file for the whole range is parsed once per block)."""
    pending: list[tuple[subprocess.Popen, Path]] = []
    t = start
    while t < end or pending:
        while t < end and len(pending) < 2:
            path = work / f"history-{int(t)}.om"
            with open(path, "w") as f:
                for chunk in history.openmetrics(t, t + BLOCK):
                    f.write(chunk)
            pending.append((subprocess.Popen(
                [_binary("promtool"), "tsdb", "create-blocks-from", "openmetrics", "--quiet",
                 str(path), str(data)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE),
                path))
            t += BLOCK
        proc, path = pending.pop(0)
        _, err = proc.communicate()
        if proc.returncode:
            raise RuntimeError(f"promtool could not backfill {path}: {err.decode()[-500:]}")
        path.unlink()


def run(scenario: Scenario, days: float, workdir: Path, config: Config | None = None,
        seed: int = 1) -> Result:
    """Simulate, backfill, serve and judge one scenario."""
    began = time.monotonic()
    days = max(days, scenario.min_days)
    config = config or Config(alerting=scenario.alerting)
    files = render.outputs(config)
    # The run ends on the latest Thursday 00:00 UTC at least a day ago (the epoch was a
    # Thursday), so the judged day is always a Wednesday and a seed gives the same traffic
    # whenever the suite runs; recent enough for Prometheus's retention.
    end = math.floor((time.time() - DAY) / WEEK) * WEEK
    start = end - math.ceil(days) * DAY
    read = {m.name for m in metrics.CATALOGUE
            if any(name in files[RULES_FILE] for name in m.sample_names())}
    fleet = Fleet(start, seed=seed, faults=scenario.faults, models=scenario.models,
                  keep=read | {"up"}, budgets=scenario.budgets, agents=scenario.agents)
    history = fleet.run(end - start)
    work = workdir / scenario.name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    data = work / "data"
    backfill(history, start, end, work, data)
    prometheus = Prometheus(data, work / "prometheus.log")
    prometheus.start()
    misfits: list[fit.Misfit] = []
    try:
        judged_from = end - DAY  # the last day; the days before are the alerts' history
        if scenario.fit:
            misfits = asyncio.run(fit.misfits(PrometheusAPI(prometheus.url), config.alerting,
                                              "7d", judged_from))
            config = fitted(config, misfits)
            files = render.outputs(config)
        groups = yaml.safe_load(files[RULES_FILE])["groups"]
        recordings = [r for g in groups for r in g["rules"] if "record" in r]
        # most recordings are read only a little before the judged day: record those from
        # then on, and the few that alerts read over days (7-day averages) over the whole run
        long = long_reads([r for g in groups for r in g["rules"]], RECENT)
        for layer in recording_layers(recordings):
            parts = ((start, [r for r in layer if r["record"] in long]),
                     (judged_from - RECENT, [r for r in layer if r["record"] not in long]))
            recorded = Recorded()
            for since, part_rules in parts:
                if part_rules:
                    asyncio.run(recorded.evaluate(prometheus.url, part_rules, since, end))
            # from the first block with a recording (most layers: only the recent ones)
            first = min(since for since, part_rules in parts if part_rules)
            prometheus.stop()
            backfill(recorded, start + (first - start) // BLOCK * BLOCK, end, work, data)
            prometheus.start()
        episodes = backtest.backtest(
            PrometheusAPI(prometheus.url, timeout=600),
            backtest.load_rules(files[RULES_FILE]),
            backtest.load_inhibit_rules(files[ALERTMANAGER_FILE]), judged_from, end)
    finally:
        prometheus.stop()
    result = Result(scenario, (judged_from, end), episodes, misfits=misfits)
    if scenario.expect:
        fault_start = start + (min(f.start for f in scenario.faults)
                               if scenario.onset is None else scenario.onset)
    for expect in scenario.expect:
        delays = [e.start - fault_start for e in episodes
                  if e.delivered and e.alertname in expect.alertnames
                  and all(e.labels.get(k) == v for k, v in expect.labels)
                  and e.start >= fault_start - 60]
        delay = min(delays, default=None)
        result.detected[expect.name] = delay if delay is not None \
            and delay <= expect.within else None
    result.seconds = time.monotonic() - began
    return result


def fitted(config: Config, misfits: list[fit.Misfit]) -> Config:
    """``config`` with an override per model the fit check named, set as it suggests (before
    the overrides it had)."""
    settings: dict[tuple[str, str], dict[str, float]] = {}
    for m in misfits:
        settings.setdefault((m.provider, m.model), {}).update(m.suggestion)
    new = tuple(Override(match={"provider": re.escape(p), "model": re.escape(m)}, **values)
                for (p, m), values in settings.items() if values)
    return dataclasses.replace(config, alerting=dataclasses.replace(
        config.alerting, overrides=new + config.alerting.overrides))


def _delay(seconds: float) -> str:
    if seconds >= 2 * DAY:
        return f"{seconds / DAY:.1f} d"
    if seconds >= 2 * HOUR:
        return f"{seconds / HOUR:.1f} h"
    return f"{seconds / 60:.0f} min"


def report(results: list[Result], days: float) -> str:
    """The suite's results as Markdown."""
    lines = ["# Alert scenarios", "",
             "Generated by `make scenarios` (`python -m harness.scenarios`, in tests/): "
             f"{days:g} days of simulated fleet history per scenario through the real Store, "
             "backfilled into the real Prometheus with promtool, the rendered rules judged "
             "with `llm-exporter backtest` over the last day of each run.", "",
             "| scenario | judged | delivered pages | delivered warnings | fault alert | "
             "delay | unrelated delivered |", "|---|---|---|---|---|---|---|"]
    for r in results:
        s = r.scenario
        pages, warnings = len(r.delivered("critical")), len(r.delivered("warning"))
        if s.healthy:
            fault, delay = "—", "—"
        else:
            fault = ", ".join(x.name for x in s.expect)
            delay = ", ".join("missed" if d is None else _delay(d)
                              for d in r.detected.values())
        unrelated = ", ".join(sorted({e.alertname for e in r.unrelated()})) or "none"
        lines.append(f"| {s.name} | {r.judged_days:g} d | {pages} | {warnings} | {fault} | "
                     f"{delay} | {unrelated if not s.healthy else '—'} |")
    lines.append("")
    for r in results:
        lines += [f"## {r.scenario.name}", "", r.scenario.description + ".", ""]
        if r.scenario.fit:
            lines += ["The fit check over the days before, with the default objectives:", "",
                      "```", fit.format_misfits(r.misfits, "7d").rstrip(), "```", ""]
        lines += ["```", backtest.format_report(r.episodes, *r.judged).rstrip(),
                  "```", f"({r.seconds:.0f} s to simulate, backfill and judge)", ""]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.scenarios",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="scenarios to run (default: all)")
    parser.add_argument("--days", type=float, default=8.0, help="simulated days per scenario")
    parser.add_argument("--report", help="write the Markdown report here")
    parser.add_argument("--workdir", help="keep the data here (default: a temporary dir)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="scenarios run at once, each in a process of its own")
    args = parser.parse_args(argv)
    chosen = [s for s in scenarios(args.days) if not args.names or s.name in args.names]
    with tempfile.TemporaryDirectory() as tmp, \
            ProcessPoolExecutor(args.jobs, mp_context=multiprocessing.get_context("fork")) \
            as pool:
        workdir = Path(args.workdir or tmp)
        done: dict[str, Result] = {}
        results: list[Result] = []
        runs = {pool.submit(_run_named, s.name, args.days, workdir): s for s in chosen}
        for future in as_completed(runs):
            scenario = runs[future]
            print(f"{scenario.name}: {scenario.description}", file=sys.stderr, flush=True)
            done[scenario.name] = dataclasses.replace(future.result(), scenario=scenario)
            results = [done[s.name] for s in chosen if s.name in done]  # in the suite's order
            if args.report:  # after each scenario, so a long run shows what it has
                Path(args.report).write_text(report(results, args.days))
    print(report(results, args.days))
    return 0


def _run_named(name: str, days: float, workdir: Path) -> Result:
    """``run`` for the scenario of that name, in a pool's process; its result without the
    scenario, whose faults are closures that do not pickle (the caller puts it back)."""
    (scenario,) = [s for s in scenarios(days) if s.name == name]
    return dataclasses.replace(run(scenario, days, workdir), scenario=None)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
