"""Configuration: one YAML file loaded into a tree of frozen dataclasses.

Every key has an embedded default, so an empty file (or none) is a working configuration.
Unknown keys and wrong types are errors that name the key, never silently ignored: msgspec
checks keys, types and ranges (the ``Annotated`` constraints below) against a Struct made
from each dataclass, and ``validate`` what types alone cannot say.
"""

from __future__ import annotations

import dataclasses
import functools
import ipaddress
import os
import re
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Literal, NewType, TypeVar

import msgspec
from msgspec import Meta
from yarl import URL

from llm_exporter import vocabulary
from llm_exporter.checks import BUILT_IN, MAX_CHECKS, Rule
from llm_exporter.durations import parse_duration
from llm_exporter.metrics import (
    AGENT,
    DURATION,
    DURATION_BUCKETS,
    MODEL,
    PROMPT_NAME,
    PROVIDER,
    SERVER,
    TENANT,
    TOOL,
)
from llm_exporter.protocol import (
    DEFAULT_UDP_ADDRESS,
    DEFAULT_WEB_PORT,
    NOT_PROVIDER_FAULTS,
    default_unixgram_path,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_T = TypeVar("_T", bound="DataclassInstance")  # a config dataclass

Duration = NewType("Duration", float)
"""Seconds; written in YAML as a number of seconds or as "90s", "5m", "24h", "7d", "1h30m"."""

# Ranges msgspec checks; a Meta's description is the error message after the key
AtLeast1 = Annotated[int, Meta(ge=1, description="must be at least 1")]
Bytes = Annotated[int, Meta(ge=1024, description="must be at least 1024")]
NoLimit = Annotated[int, Meta(ge=0, description="must be 0 (no limit) or more")]
NonNegative = Annotated[float, Meta(ge=0, description="must not be negative")]
Positive = Annotated[float, Meta(gt=0, description="must be positive")]
FleetTenants = Annotated[int, Meta(ge=1, le=1000, description="must be from 1 to 1000")]
FleetTopUsers = Annotated[int, Meta(ge=0, le=100, description="must be from 0 (none) to 100")]
FleetRegisters = Annotated[int, Meta(ge=0, le=4096, description="must be 0 or a power of two "
                                      "from 16 to 4096")]
Ratio = Annotated[float, Meta(ge=0, le=1, description="must be between 0 and 1")]
Objective = Annotated[float, Meta(ge=0.5, lt=1, description="expected a ratio in [0.5, 1)")]
Price = Annotated[float, Meta(ge=0, lt=1e6,
                              description="expected USD per million tokens >= 0 and < 1e6")]
LogLevel = Literal["debug", "info", "warning", "error"]
CallsFrom = Literal["auto", "spans", "metrics"]
WhenUnavailable = Literal["local", "open", "closed"]
Severity = Literal["critical", "warning", "info"]
EvaluatorApi = Literal["", "openai_chat", "anthropic_messages"]


class ConfigError(ValueError):
    """A configuration that cannot be used; the message names the key and why."""


@dataclass(frozen=True)
class WebConfig:
    listen_address: str = f":{DEFAULT_WEB_PORT}"
    # TLS, basic auth and headers for this listener and the OTLP receiver, in the Prometheus
    # exporter-toolkit format (--web.config.file); "" serves plain HTTP to anyone
    config_file: str = ""
    telemetry_path: str = "/metrics"  # where the metrics are served (--web.telemetry-path)
    # POST /v1/events is accepted only from these networks (CIDR); loopback by default.
    events_allowed_from: tuple[str, ...] = ("127.0.0.0/8", "::1/128")
    max_request_bytes: Bytes = 4 * 1024 * 1024
    # on SIGTERM, how long requests in flight (a POST still arriving, a proxied stream) may
    # take before they are cut off: well under Kubernetes' 30 s grace period
    shutdown_timeout: Duration = Duration(5.0)
    # parallel /metrics requests served at most (node_exporter's --web.max-requests); the
    # next gets 503. 0 = no limit
    max_requests: NoLimit = 40
    # connections open at once (Prometheus's --web.max-connections); beyond it new ones wait
    # in the kernel's backlog until one closes. 0 = no limit
    max_connections: NoLimit = 512
    # an idle keep-alive connection is closed after this (aiohttp's default is an hour)
    idle_timeout: Duration = Duration(75.0)
    # a connection that has not sent a whole request head by then is closed (slowloris);
    # applies to the proxy listener too
    header_timeout: Duration = Duration(10.0)


@dataclass(frozen=True)
class IngestConfig:
    unixgram: str = field(default_factory=default_unixgram_path)  # "" turns it off
    udp: str = DEFAULT_UDP_ADDRESS  # "" turns it off
    stream: str = ""  # "HOST:PORT" or "unix:PATH"; off unless given
    max_event_bytes: Bytes = 64 * 1024
    # events judged in one datagram, line or body; the rest are one too_many_events
    # rejection (counted once per event): 2 M one-byte elements must not cost seconds
    max_events_per_payload: AtLeast1 = 10_000
    max_connections: NoLimit = 512  # of the stream listener, as web.max_connections; 0 = no limit
    udp_receive_buffer_bytes: Bytes = 4 * 1024 * 1024
    unixgram_mode: int = 0o660


@dataclass(frozen=True)
class LabelLimits:
    """Most distinct values kept per label; later values fold into `__other__`."""

    provider: AtLeast1 = 50
    model: AtLeast1 = 200
    operation: AtLeast1 = 20
    error_type: AtLeast1 = 50
    tenant: AtLeast1 = 1000
    prompt_name: AtLeast1 = 200
    prompt_version: AtLeast1 = 200
    finish_reason: AtLeast1 = 30
    feedback_name: AtLeast1 = 50
    check: AtLeast1 = 50
    workflow: AtLeast1 = 100
    step: AtLeast1 = 200
    agent: AtLeast1 = 100
    tool: AtLeast1 = 500
    mcp_method: AtLeast1 = 50
    mcp_server: AtLeast1 = 100


@dataclass(frozen=True)
class LimitsConfig:
    series_ttl: Duration = Duration(86400.0)  # idle label sets expire after this; 0 = never
    labels: LabelLimits = field(default_factory=LabelLimits)
    # label sets held in all: past it a new one folds its open-ended labels into __other__
    # (values inside every per-label cap can still combine without bound)
    label_sets: AtLeast1 = 20_000


@dataclass(frozen=True)
class PriceOverride:
    """A price in USD per million tokens that wins over the genai-prices data."""

    model: str
    input: Price
    output: Price
    provider: str = ""  # "" matches any provider
    cache_read: Price | None = None  # defaults to the input price
    cache_write: Price | None = None  # defaults to the input price
    cache_write_1h: Price | None = None  # defaults to the cache write price
    # the variant this price is for ("" any): a model with a price for a variant needs one
    # without a variant too
    service_tier: str = ""
    processing: str = ""
    speed: str = ""


@dataclass(frozen=True)
class Budget:
    """Spend limits for one tenant, exported as llm_budget_usd{tenant,window}."""

    tenant: str
    daily_usd: Positive | None = None
    monthly_usd: Positive | None = None


@dataclass(frozen=True)
class SloConfig:
    """Service level objectives the burn-rate alerts protect."""

    availability: Objective = 0.995  # share of calls that must not fail
    latency_objective: Objective = 0.95  # share of successful calls faster than latency_seconds
    latency_seconds: float = 10.24  # must be a duration bucket boundary
    ttft_p95_seconds: float = 2.56  # p95 time to first token above this alerts
    # caller mistakes, not outages: they do not spend the error budget
    excluded_error_types: tuple[str, ...] = NOT_PROVIDER_FAULTS


@dataclass(frozen=True)
class Thresholds:
    # a burn-rate page needs this many calls in its long window (1h, 6h); below, a ticket
    page_min_calls: NonNegative = 100.0
    # how many standard errors make evidence: burn-rate alerts need the Wilson lower bound of
    # the long window's ratio this far down over the threshold (16 failures in 233 calls is
    # not a 14.4x burn); the ratio alerts (errors, rate limits, truncation, tenant and step
    # errors) a count of bad calls this far over what their line expects (docs/alerting.md)
    evidence_zscore: NonNegative = 2.0
    # LLMTenantErrorRatioHigh compares each tenant with the model's others: many tests at
    # once, so a higher bar (a revoked key or a small tenant failing whole clears it at once)
    tenant_evidence_zscore: NonNegative = 3.0
    error_ratio: NonNegative = 0.1  # LLMErrorRatioHigh, LLMTenantErrorRatioHigh
    latency_p99_seconds: NonNegative = 40.96
    rate_limit_ratio: NonNegative = 0.05
    # hourly spend over this many times the most spent in the same hour yesterday, 1, 2 or
    # 3 weeks ago
    cost_spike_factor: NonNegative = 2.0
    cost_spike_min_usd: NonNegative = 1.0  # hourly spend under this never alerts
    cost_creep_factor: NonNegative = 1.5  # the last 24 hours over this times the same day last week
    cost_creep_min_usd: NonNegative = 24.0  # daily spend under this never alerts
    tokens_per_request_factor: NonNegative = 2.0
    truncation_ratio: NonNegative = 0.05
    refusal_drift_factor: NonNegative = 2.0
    refusal_min_ratio: NonNegative = 0.01
    # the hour's refusals must also be this many standard errors (of the count's square
    # root) above what the 7-day ratio expects for the hour's calls: 8 refusals where 2.5
    # are expected is not a drift. Over 3, as the hour slides every minute on every model:
    # a day holds many overlapping tests
    refusal_min_zscore: NonNegative = 3.5
    # LLMAnswerCheckDrift: an answer check (hedge, json, your own...) fails over this many
    # times its 7-day ratio for the model and prompt version, over answer_check_min_ratio,
    # and answer_check_min_zscore standard errors above the count that ratio expects
    answer_check_drift_factor: NonNegative = 2.0
    answer_check_min_ratio: NonNegative = 0.01
    answer_check_min_zscore: NonNegative = 3.5
    feedback_drop: NonNegative = 0.1  # drop of the mean score against its 7-day mean
    # scores an hour's window needs; a quiet stream's six hours need as many
    feedback_min_scores_per_hour: NonNegative = 10.0
    # the shortfall from the top score (thumbs down, for 0/1) must also score this much over
    # what the 7-day mean expects (the ratio alerts' Poisson score); scores lie between 0 and
    # feedback_score_max (1 for thumbs up/down, 5 for stars)
    feedback_min_zscore: NonNegative = 3.0
    feedback_score_max: Positive = 1.0
    step_p95_seconds: NonNegative = 5.0
    step_error_ratio: NonNegative = 0.1  # LLMWorkflowStepErrors: share of a step's runs failing
    rejected_ratio: NonNegative = 0.01
    # LLMNoTraffic / LLMPromptNoTraffic: the last 15 minutes hold under this share of the same
    # 15 minutes yesterday and last week (the smaller), which held at least no_traffic_min_calls
    no_traffic_ratio: NonNegative = 0.1
    no_traffic_min_calls: NonNegative = 10.0
    budget_warning_ratio: NonNegative = 0.8
    # LLMLatencyP99High also fires where the 10-minute p99 is over this many times the
    # model's own p99 of the day before, over slo.latency_seconds, with this many calls
    latency_p99_factor: NonNegative = 3.0
    latency_p99_min_calls: NonNegative = 50.0
    # LLMLatencyAboveUsual: over the last hour, the share of a model's calls slower (duration,
    # time to first token) than a bound 5-50 % of them usually exceed is over this many times
    # the share of the same hour yesterday and a week ago (the larger), significantly
    # (evidence_zscore), with this many calls in the hour now and yesterday
    latency_usual_factor: NonNegative = 2.0
    latency_usual_min_calls: NonNegative = 50.0
    # Agents (docs/agents.md), with the ratio alerts' evidence: over this share of a tool's
    # calls fail (LLMToolErrors), of an MCP server's requests (LLMMcpErrors), of an agent's
    # runs end in an error or a limit (LLMAgentRunErrors), or loop (LLMAgentLooping)
    tool_error_ratio: NonNegative = 0.1
    mcp_error_ratio: NonNegative = 0.05
    agent_error_ratio: NonNegative = 0.1
    agent_loop_ratio: NonNegative = 0.02
    # LLMAgentRunCostHigh / LLMAgentCallsPerRunShift: an agent's mean cost per run (median
    # and mean model calls per run, both) over the last hour, or six for a quiet agent, over
    # this many times their own over the 7 days before (calls: or both under 1/factor), with
    # agent_min_runs runs in it
    agent_cost_factor: NonNegative = 2.0
    agent_calls_factor: NonNegative = 1.5
    agent_min_runs: NonNegative = 20.0
    # LLMMcpSlow: a server's p95 over 30 minutes over this many times its p95 of the day
    # before, with mcp_min_requests requests in the 30 minutes
    mcp_slow_factor: NonNegative = 2.0
    mcp_min_requests: NonNegative = 50.0


# the labels an override may match, by config key
OVERRIDE_LABELS = {"provider": PROVIDER, "model": MODEL, "prompt": PROMPT_NAME,
                   "workflow": "workflow", "step": "step", "tenant": TENANT, "agent": AGENT,
                   "tool": TOOL, "mcp_server": SERVER}
# the thresholds an override may set, and the config keys of the labels they are judged on
OVERRIDABLE = {
    "availability": ("provider", "model"),
    "latency_objective": ("provider", "model"),
    "latency_seconds": ("provider", "model"),
    "ttft_p95_seconds": ("provider", "model"),
    "latency_p99_seconds": ("provider", "model"),
    "latency_p99_factor": ("provider", "model"),
    "latency_usual_factor": ("provider", "model"),
    "tokens_per_request_factor": ("provider", "model"),
    "refusal_drift_factor": ("provider", "model"),
    "answer_check_drift_factor": ("provider", "model", "prompt"),
    "error_ratio": ("provider", "model", "tenant"),
    "rate_limit_ratio": ("provider", "model"),
    "truncation_ratio": ("provider", "model"),
    # LLMNoTraffic per provider/model, LLMPromptNoTraffic per prompt
    "no_traffic_ratio": ("provider", "model", "prompt"),
    "feedback_drop": ("model",),  # feedback scores carry the model only
    "step_p95_seconds": ("workflow", "step"),
    "step_error_ratio": ("workflow", "step"),
    "budget_warning_ratio": ("tenant",),
    "tool_error_ratio": ("tool",),
    "mcp_error_ratio": ("mcp_server",),
    "mcp_slow_factor": ("mcp_server",),
    "agent_error_ratio": ("agent",),
    "agent_loop_ratio": ("agent",),
    "agent_cost_factor": ("agent",),
    "agent_calls_factor": ("agent",),
}


@dataclass(frozen=True)
class Override:
    """Thresholds for some models, providers, prompts, workflow steps, tenants, agents, tools
    or MCP servers. Every key of ``match`` (provider, model, prompt, workflow, step, tenant,
    agent, tool, mcp_server) is a regular expression its
    label must match in full, as in PromQL's =~. The first override that matches a series and
    sets the threshold wins; the others keep the default."""

    match: dict[str, str]
    availability: Objective | None = None  # the SLO's objectives, as in alerting.slo
    latency_objective: Objective | None = None
    latency_seconds: NonNegative | None = None  # the latency SLO's bound: a duration bucket
    ttft_p95_seconds: NonNegative | None = None
    latency_p99_seconds: NonNegative | None = None
    latency_p99_factor: NonNegative | None = None
    latency_usual_factor: NonNegative | None = None
    tokens_per_request_factor: NonNegative | None = None
    refusal_drift_factor: NonNegative | None = None
    answer_check_drift_factor: NonNegative | None = None  # per prompt (prompt_name) too
    error_ratio: NonNegative | None = None  # a tenant's applies to LLMTenantErrorRatioHigh
    rate_limit_ratio: NonNegative | None = None
    truncation_ratio: NonNegative | None = None
    no_traffic_ratio: NonNegative | None = None  # a prompt's applies to LLMPromptNoTraffic
    feedback_drop: NonNegative | None = None
    step_p95_seconds: NonNegative | None = None
    step_error_ratio: NonNegative | None = None
    budget_warning_ratio: NonNegative | None = None
    tool_error_ratio: NonNegative | None = None
    mcp_error_ratio: NonNegative | None = None
    mcp_slow_factor: NonNegative | None = None
    agent_error_ratio: NonNegative | None = None
    agent_loop_ratio: NonNegative | None = None
    agent_cost_factor: NonNegative | None = None
    agent_calls_factor: NonNegative | None = None


@dataclass(frozen=True)
class SlackConfig:
    api_url_file: str = "/etc/alertmanager/secrets/slack-webhook-url"
    channel: str = "#llm-alerts"


@dataclass(frozen=True)
class PagerDutyConfig:
    routing_key_file: str = "/etc/alertmanager/secrets/pagerduty-routing-key"
    url: str = "https://events.pagerduty.com/v2/enqueue"


@dataclass(frozen=True)
class RoutingConfig:
    group_wait: Duration = Duration(30.0)
    group_interval: Duration = Duration(300.0)
    repeat_interval: Duration = Duration(4 * 3600.0)


@dataclass(frozen=True)
class AlertingConfig:
    """What `llm-exporter render` turns into rules, dashboards and Alertmanager routes."""

    selector: str = 'job="llm-exporter"'  # PromQL matchers that pick the sidecars
    runbook_url: str = "https://github.com/llm-exporter/llm-exporter/blob/main/docs/runbooks.md"
    grafana_url: str = "http://localhost:3000"
    # the Prometheus whose firing alerts (and their Alertmanager receivers) the status page
    # shows; "" = none
    prometheus_url: str = ""
    for_override: Duration | None = None  # one `for:` for every alert (tests, demos)
    severity: dict[str, Severity] = field(default_factory=dict)  # alert name -> severity
    overrides: tuple[Override, ...] = ()  # thresholds per model, provider, step or tenant
    slo: SloConfig = field(default_factory=SloConfig)
    thresholds: Thresholds = field(default_factory=Thresholds)
    slack: SlackConfig = field(default_factory=SlackConfig)
    pagerduty: PagerDutyConfig = field(default_factory=PagerDutyConfig)
    routing: RoutingConfig = field(default_factory=RoutingConfig)

    @property
    def failed_calls(self) -> str:
        """PromQL matchers of the calls that spend the error budget: failed, and not for a
        reason ``slo.excluded_error_types`` names (a caller's mistake)."""
        excluded = "|".join(self.slo.excluded_error_types) or "^$"
        return f'{self.selector}, error_type!="", error_type!~"{excluded}"'


@dataclass(frozen=True)
class Upstream:
    """Requests to /NAME/<path> on the proxy go to URL/<path>."""

    name: str
    url: str
    provider: str = ""  # the gen_ai_provider_name label; defaults to name


@dataclass(frozen=True)
class SpendConfig:
    """Where budget enforcement reads tenant spend: Prometheus (every sidecar's spend, as the
    budget alerts see it) or, with no URL, this sidecar's own."""

    prometheus_url: str = ""  # e.g. http://prometheus:9090; "" = this sidecar's spend only
    refresh_interval: Duration = Duration(5.0)  # how often the spend is asked for
    max_staleness: Duration = Duration(60.0)  # no answer for this long: Prometheus unavailable
    # then: "local" enforces on this sidecar's own spend (a tenant may spend the budget once
    # per sidecar), "open" forwards every call, "closed" refuses the budgeted tenants' calls
    when_unavailable: WhenUnavailable = "local"


@dataclass(frozen=True)
class ProxyConfig:
    """An OpenAI-compatible and Anthropic proxy in the sidecar; off unless listen_address."""

    listen_address: str = ""
    upstreams: tuple[Upstream, ...] = ()
    max_request_bytes: int = 32 * 1024 * 1024
    # add stream_options.include_usage to OpenAI streaming requests that lack it, and remove
    # the extra usage chunk before the client sees it
    include_usage: bool = True
    enforce_budgets: bool = False  # 429 for a tenant over its budget instead of forwarding
    spend: SpendConfig = field(default_factory=SpendConfig)  # what enforcement reads
    connect_timeout: Duration = Duration(10.0)
    read_timeout: Duration = Duration(600.0)  # between bytes from the upstream
    # client connections open at once, as web.max_connections (each call in flight also
    # holds one to its upstream); 0 = no limit
    max_connections: NoLimit = 1024
    # TLS for the proxy listener, in the exporter-toolkit web config format (basic auth is
    # refused there: the client's Authorization goes to the upstream); "" is plain HTTP
    web_config_file: str = ""




@dataclass(frozen=True)
class OtlpConfig:
    """The OTLP/HTTP receiver: GenAI spans from OpenTelemetry-instrumented apps."""

    # an SDK's default endpoint (http://localhost:4318) works with no configuration; "" = off
    listen_address: str = "127.0.0.1:4318"
    max_request_bytes: Bytes = 8 * 1024 * 1024  # after gzip is undone
    # as web.max_connections (an SDK exporter keeps one alive); 0 = no limit
    max_connections: NoLimit = 256
    # export requests handled at once; the next gets 503 with Retry-After (0 = no limit)
    max_requests: NoLimit = 16
    # span or resource attributes read as the tenant, prompt name and prompt version labels;
    # the first one present wins, span before resource
    tenant_attributes: tuple[str, ...] = vocabulary.CALL_ATTRIBUTES["tenant"]
    prompt_name_attributes: tuple[str, ...] = vocabulary.CALL_ATTRIBUTES["prompt_name"]
    prompt_version_attributes: tuple[str, ...] = vocabulary.CALL_ATTRIBUTES["prompt_version"]
    # span or resource attributes naming an agent or tool span's workflow; a span that does
    # not name it waits this long for its trace's outermost agent or workflow span
    workflow_attributes: tuple[str, ...] = vocabulary.WORKFLOW_ATTRIBUTES
    step_wait: Duration = Duration(60.0)
    # which counts a call when an app sends both (sources/otlp_metrics.py): auto = its spans
    # while it sends model-call spans, else its GenAI metrics; spans; metrics
    calls_from: CallsFrom = "auto"


@dataclass(frozen=True)
class TraceSampling:
    """Which calls' spans are kept, decided once the call has ended; metrics count every
    call whatever is kept."""

    ratio: Ratio = 1.0  # of the other calls, by trace id (as TraceIdRatioBased samples)
    errors: bool = True  # always keep a failed call
    slower_than: Duration = Duration(0.0)  # always keep a call this slow (0: off)
    costlier_than_usd: float = 0.0  # always keep a call this costly (0: off)
    refusals: bool = True  # always keep a refused answer
    # keep a call whose trace gets a feedback score under this within feedback_grace
    # (None: off); its span waits that long before it is dropped
    feedback_below: float | None = None
    feedback_grace: Duration = Duration(30.0)


@dataclass(frozen=True)
class TracesConfig:
    """Spans of the calls the sidecar counts, exported over OTLP/HTTP (off by default)."""

    endpoint: str = ""  # e.g. http://tempo:4318/v1/traces; "" = off
    headers: dict[str, str] = field(default_factory=dict)
    timeout: Duration = Duration(10.0)  # per export request
    ca_file: str = ""  # to verify an https endpoint (else the system's CAs)
    cert_file: str = ""  # client certificate and key, for mTLS
    key_file: str = ""
    service_name: str = "llm-exporter"
    max_queue_spans: AtLeast1 = 2048  # waiting to be exported; past it new spans are dropped
    max_batch_spans: AtLeast1 = 512
    batch_delay: Duration = Duration(5.0)  # the longest a span waits for its batch
    sampling: TraceSampling = field(default_factory=TraceSampling)
    # prompts and answers the SDK wrappers captured (their own opt-in) go into spans only
    # when this is on too, redacted again here with the built-in and these patterns
    capture_content: bool = False
    redact_patterns: tuple[str, ...] = ()
    # a file holding the HMAC key the proxy hashes user ids with, in hex, at least 128 bits
    # (redact.parse_user_id_key; "": user ids are dropped)
    user_id_key_file: str = ""


@dataclass(frozen=True)
class ChecksConfig:
    """Answer checks the proxy runs on each answer's text (llm_exporter.checks; the SDK
    wrappers take theirs in code): only the results leave, as llm_answer_checks_total."""

    enabled: bool = True
    refusal: bool = True  # the answer starts with a refusal phrase
    refusal_phrases: tuple[str, ...] = ()  # added to the built-in list
    empty: bool = True
    truncated: bool = True  # stopped at the length limit
    hedge: bool = True  # "I think", "I'm not sure", ...
    hedge_phrases: tuple[str, ...] = ()  # added to the built-in list
    json_valid: bool = True  # JSON, when the request asked for JSON output
    json_schema: bool = True  # valid against the schema the request gave
    tool_arguments: bool = True  # tool calls valid against the tools' parameters
    # prompt name -> the operator's own checks on its answers
    prompts: dict[str, tuple[Rule, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Evaluator:
    """An LLM-as-judge evaluator: a judge model on one of the proxy's upstreams scores a
    sample of proxied answers in the background (sidecar.sources.evaluators); the score is a
    feedback score named ``name``. Off unless configured."""

    name: str  # the feedback score's name, e.g. relevance
    upstream: str  # a proxy.upstreams name
    model: str  # the judge model
    # jinja2, rendered with question (the last user message), messages, answer, model,
    # prompt_name, prompt_version; the judge's whole answer is searched for score_pattern
    prompt: str
    score_pattern: str = r"(-?\d+(?:\.\d+)?)"  # its first group (or the match) is the score
    sample_rate: Ratio = 0.01  # share of successful proxied chat calls judged
    prompt_names: tuple[str, ...] = ()  # judge only these prompts (empty: every call)
    api: EvaluatorApi = ""  # openai_chat or anthropic_messages; "" = anthropic_messages for an
    # upstream whose provider is anthropic, else openai_chat
    api_key_file: str = ""  # the judge upstream's API key
    max_concurrency: AtLeast1 = 2  # judge calls in flight
    max_queue: AtLeast1 = 100  # calls waiting for the judge; past it a call is not judged
    max_usd_per_day: NonNegative = 1.0  # judge spend per UTC day; past it no call is judged
    max_tokens: AtLeast1 = 16  # of the judge's answer


EVALUATOR_APIS = typing.get_args(EvaluatorApi)[1:]


@dataclass(frozen=True)
class UsageConfig:
    """Active users and sessions and the top spenders, from the events' ``user`` and
    ``session`` fields (sidecar.sinks.usage); never labels."""

    enabled: bool = True
    # user ids are kept as an HMAC-SHA256 of this file's key, written in hex, at least 128
    # bits (redact.parse_user_id_key; "": a random key per process,
    # so the hashes change with each restart); false keeps them as sent (top spenders then
    # show the ids themselves)
    hash_user_ids: bool = True
    user_id_key_file: str = ""
    max_tenants: AtLeast1 = 100  # tenants counted on their own; the others together as __other__
    # HyperLogLog registers exposed for fleet-wide distinct users and sessions (merged with
    # `max` across sidecars by the recording rules; 0: none): a power of two, 16 to 4096.
    # Only with a key file shared by the fleet (or hash_user_ids false): see docs/usage-analytics.md
    fleet_registers: FleetRegisters = 256
    # tenants with registers of their own; the others as __other__. Each sidecar fills it
    # with the tenants it sees first: set it above the fleet's number of tenants
    fleet_max_tenants: FleetTenants = 10
    # each sidecar's top spenders by cost per tenant and window, exposed for the fleet's top
    # spenders (summed across sidecars; 0: none): only with hashed ids and a key file
    fleet_top_users: FleetTopUsers = 10


@dataclass(frozen=True)
class AgentsConfig:
    """Agent runs (sidecar.core.runs): how their calls are held until the run ends."""

    # a tool called with the same arguments this many times in one run is a loop
    loop_repeats: AtLeast1 = 5
    # traces whose calls wait for their run; past it the least recently active is dropped
    max_traces: AtLeast1 = 10_000
    # a trace with no new event for this long is dropped, its run taken as never ending
    idle: Duration = Duration(3600.0)
    # a run the proxy groups by X-LLM-Run-Id ends this long after its last call, unless its
    # client ends it first (X-LLM-Run-End); at most max_traces are open
    proxy_run_idle: Duration = Duration(300.0)


@dataclass(frozen=True)
class KubernetesConfig:
    """What `llm-exporter render --kubernetes` writes manifests for."""

    namespace: str = "default"
    image: str = "llm-exporter:0.1.0"  # docker build -f deploy/Dockerfile -t llm-exporter:0.1.0 .
    app_name: str = "llm-app"  # the example Deployment the sidecar joins
    app_image: str = "registry.example.com/llm-app:1.0"  # your application's image
    # on the PodMonitor, ServiceMonitor and PrometheusRule: what the Prometheus Operator
    # selects them by (kube-prometheus-stack: {release: <its release name>})
    monitor_labels: dict[str, str] = field(default_factory=dict)
    alertmanager_name: str = "main"  # the Alertmanager resource; its config Secret is
    # alertmanager-<name>, as the Operator reads it


@dataclass(frozen=True)
class LogConfig:
    level: LogLevel = "info"


@dataclass(frozen=True)
class Config:
    web: WebConfig = field(default_factory=WebConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    prices: tuple[PriceOverride, ...] = ()
    budgets: tuple[Budget, ...] = ()
    alerting: AlertingConfig = field(default_factory=AlertingConfig)
    proxy: ProxyConfig = field(default_factory=ProxyConfig)
    otlp: OtlpConfig = field(default_factory=OtlpConfig)
    traces: TracesConfig = field(default_factory=TracesConfig)
    checks: ChecksConfig = field(default_factory=ChecksConfig)
    usage: UsageConfig = field(default_factory=UsageConfig)
    agents: AgentsConfig = field(default_factory=AgentsConfig)
    evaluators: tuple[Evaluator, ...] = ()
    log: LogConfig = field(default_factory=LogConfig)
    kubernetes: KubernetesConfig = field(default_factory=KubernetesConfig)


LOG_LEVELS = typing.get_args(LogLevel)
CALLS_FROM = typing.get_args(CallsFrom)
SEVERITIES = typing.get_args(Severity)


def read_yaml(path: str | os.PathLike[str]) -> object:
    """The parsed YAML in a file ({} when empty); ConfigError naming the file when it cannot
    be read or parsed."""
    import yaml  # 15 ms to import: not for a config made in code or the embedded defaults

    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f) or {}
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}") from e
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML: {' '.join(str(e).split())}") from e


def load_config(path: str | os.PathLike[str] | None) -> Config:
    """Read a YAML file into a Config; None gives the embedded defaults."""
    if path is None:
        return Config()
    data = read_yaml(path)
    try:
        return config_from_dict(data)
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}") from e


def config_from_dict(data: object) -> Config:
    """Build a Config from parsed YAML, checking every key and type."""
    config = build(Config, data, "")
    validate(config)
    return config


def to_dict(config: DataclassInstance) -> dict:
    """The YAML mapping of a config dataclass: the keys whose values differ from their
    defaults (what ``build`` turns back into the same dataclass)."""
    out = {}
    for f in dataclasses.fields(config):
        value = getattr(config, f.name)
        if f.default is not dataclasses.MISSING:
            default = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = dataclasses.MISSING  # a required key: always written
        if value != default:
            out[f.name] = _plain(value)
    return out


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value):
        assert not isinstance(value, type)  # a config holds instances, never a class
        return to_dict(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def build(cls: type[_T], data: object, where: str = "") -> _T:
    """A frozen dataclass ``cls`` from parsed YAML (or another ``cls``), checking every key,
    type and range; ``where`` prefixes the keys named in errors."""
    checked = _check(_schema(cls), data, where)
    return msgspec.convert(msgspec.to_builtins(checked, enc_hook=float), cls)


class _Seconds(float):
    """Where a dataclass has a Duration, its Struct has this: msgspec leaves it to _dec_hook."""


def _dec_hook(hint: type, value: object) -> object:
    if hint is _Seconds:
        return _Seconds(parse_duration(value))
    raise NotImplementedError


@functools.cache
def _schema(cls: type) -> type:
    """A frozen dataclass as a msgspec Struct with its fields, types, constraints, defaults
    and ``__post_init__``, that refuses unknown keys (msgspec ignores them in dataclasses)."""
    hints = typing.get_type_hints(cls, include_extras=True)
    fields = []
    for f in dataclasses.fields(cls):
        default = (f.default if f.default is not dataclasses.MISSING
                   else msgspec.field(default_factory=f.default_factory)
                   if f.default_factory is not dataclasses.MISSING else msgspec.NODEFAULT)
        fields.append((f.name, _schema_type(hints[f.name]), default))
    post_init = getattr(cls, "__post_init__", None)  # a dataclass that checks itself
    return msgspec.defstruct(cls.__name__, fields, kw_only=True, frozen=True,
                             forbid_unknown_fields=True,
                             namespace={"__post_init__": post_init} if post_init else {})


def _schema_type(hint: typing.Any) -> typing.Any:
    if hint is Duration:
        return _Seconds
    if dataclasses.is_dataclass(hint):
        assert isinstance(hint, type)  # a hint: the dataclass itself, never an instance
        return _schema(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is Annotated:
        return Annotated[(_schema_type(args[0]), *hint.__metadata__)]
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(map(_schema_type, args))]  # noqa: UP007 (a tuple of types)
    if origin in (tuple, dict):
        return origin[tuple(a if a is ... else _schema_type(a) for a in args)]
    return hint


def _check(schema: type, data: object, where: str) -> typing.Any:
    """``data`` (parsed YAML, or a config's dataclass) as ``schema``; a ConfigError that names
    the key when it does not fit."""
    try:
        return msgspec.convert(data, schema, from_attributes=True, dec_hook=_dec_hook)
    except msgspec.ValidationError as e:
        try:
            message = _message(str(e), schema, data, where)
        except Exception:  # a message _message does not know: msgspec's own, with its path
            message = f"{where or 'top level'}: {e}"
        raise ConfigError(message) from e


_SEGMENT = re.compile(r"\.(\w+)|\[(\d+|\.\.\.)\]")
_KINDS = {"object": "a mapping", "array": "a list", "null": "nothing"}


def _message(error: str, hint: typing.Any, value: object, where: str) -> str:
    """msgspec's "Expected `int`, got `str` - at `$.limits.labels.tenant`" as
    "limits.labels.tenant: expected int, got str 'many'", following the path through the
    schema (for the constraint or the known keys) and the data (for the value)."""
    error, _, at = error.partition(" - at `")
    in_key = at.startswith("key` in `")
    for name, index in _SEGMENT.findall(at.removeprefix("key` in `")):
        hint = _core(hint)
        if name:
            hint = {f.name: f.type for f in msgspec.structs.fields(hint)}[name]
            value = value[name] if isinstance(value, dict) else getattr(value, name)
            where = f"{where}.{name}" if where else name
        elif index == "...":  # a mapping's value: msgspec does not say whose; the first to fail
            hint = typing.get_args(hint)[1]
            assert isinstance(value, Mapping)  # what msgspec's path says is here
            key, value = next((k, v) for k, v in value.items() if not _fits(v, hint))
            where = f"{where}.{key}"
        else:
            assert isinstance(value, Sequence)  # a list (YAML) or a tuple (a dataclass)
            hint, value = typing.get_args(hint)[0], value[int(index)]
            where = f"{where}[{index}]"
    if error == "Expected `str`" and isinstance(value, dict):  # a key of a Struct (YAML's on:)
        error = f"Object contains unknown field `{next(k for k in value if type(k) is not str)}`"
    if error.startswith("Object contains unknown field `"):
        known = ", ".join(f.name for f in msgspec.structs.fields(_core(hint)))
        return f"{where}{'.' if where else ''}{error.split('`')[1]}: unknown key (known: {known})"
    if error.startswith("Object missing required field `"):
        text = f"missing required key {error.split('`')[1]!r}"
    elif kinds := re.fullmatch(r"Expected `(.+)`, got `(\w+)`", error):
        expected = " or ".join(_KINDS.get(k, k) for k in kinds[1].split(" | ") if k != "null")
        got = _KINDS.get(kinds[2], kinds[2])
        shown = "" if in_key or kinds[2] in _KINDS else f" {value!r}"
        text = f"{'a key: ' if in_key else ''}expected {expected}, got {got}{shown}"
    elif error.startswith("Invalid enum value "):
        choices = ", ".join(str(v) or '""' for v in typing.get_args(_core(hint)))
        text = f"expected one of {choices}, got {value!r}"
    elif error.startswith("Expected `") and (meta := _meta(hint)) and meta.description:
        text = f"{meta.description}, got {value!r}"  # a constraint the value breaks
    else:  # raised by _dec_hook or a __post_init__
        text = error
    return f"{where or 'top level'}: {text}"


def _core(hint: typing.Any) -> typing.Any:
    """The type under Annotated and ``| None``."""
    if typing.get_origin(hint) is Annotated:
        return _core(typing.get_args(hint)[0])
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _core(inner[0]) if len(inner) == 1 else hint
    return hint


def _meta(hint: typing.Any) -> Meta | None:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return next(filter(None, map(_meta, typing.get_args(hint))), None)
    if typing.get_origin(hint) is Annotated:
        return next((m for m in hint.__metadata__ if isinstance(m, Meta)), None)
    return None


def _fits(value: object, hint: typing.Any) -> bool:
    try:
        msgspec.convert(value, hint, from_attributes=True, dec_hook=_dec_hook)
    except msgspec.ValidationError:
        return False
    return True


UNIX_PATH_MAX = 107  # sockaddr_un.sun_path on Linux is 108 bytes, NUL included


def validate(config: Config) -> None:
    """Check a config's keys, types and ranges (as ``build`` does: a config made in code or
    changed by flags) and what types alone do not say; raises ConfigError."""
    _check(_schema(Config), config, "")
    registers = config.usage.fleet_registers
    if registers and (registers < 16 or registers & (registers - 1)):
        raise ConfigError(f"usage.fleet_registers: must be 0 or a power of two from 16 to "
                          f"4096, got {registers}")
    if config.otlp.listen_address:
        split_host_port(config.otlp.listen_address, "otlp.listen_address")
    traces = config.traces
    if traces.endpoint and not traces.endpoint.startswith(("http://", "https://")):
        raise ConfigError(f"traces.endpoint: must be an http:// or https:// URL, got "
                          f"{traces.endpoint!r}")
    if bool(traces.cert_file) != bool(traces.key_file):
        raise ConfigError("traces.cert_file and traces.key_file: give both or neither")
    for i, pattern in enumerate(traces.redact_patterns):
        try:
            re.compile(pattern)
        except re.error as e:
            raise ConfigError(f"traces.redact_patterns[{i}]: not a regular expression: "
                              f"{e}") from e
    if traces.batch_delay <= 0 or traces.timeout <= 0:
        raise ConfigError("traces.batch_delay and traces.timeout: must be more than 0")
    for key in ("tenant_attributes", "prompt_name_attributes", "prompt_version_attributes",
                "workflow_attributes"):
        for name in getattr(config.otlp, key):
            if name.lower() in vocabulary.PERSONAL_ATTRIBUTES:
                raise ConfigError(f"otlp.{key}: {name!r} identifies a person; it may not "
                                  "become a label")
    stream = config.ingest.stream
    sockets = {"ingest.unixgram": config.ingest.unixgram,
               "ingest.stream": stream.removeprefix("unix:") if stream.startswith("unix:") else ""}
    for key, path in sockets.items():
        if len(os.fsencode(path)) > UNIX_PATH_MAX:
            raise ConfigError(f"{key}: a unix socket path can have at most {UNIX_PATH_MAX} "
                              f"bytes, got {len(os.fsencode(path))}: {path!r}")
    for i, p in enumerate(config.prices):
        if (p.service_tier or p.processing or p.speed) and not any(
                o.model == p.model and o.provider == p.provider
                and not (o.service_tier or o.processing or o.speed) for o in config.prices):
            raise ConfigError(f"prices[{i}]: a price of {p.model!r} for a variant "
                              "(service_tier, processing, speed) needs one for the same model "
                              "and provider without a variant")
    seen = set()
    for i, b in enumerate(config.budgets):
        if b.tenant in seen:
            raise ConfigError(f"budgets[{i}].tenant: {b.tenant!r} appears twice")
        seen.add(b.tenant)
    _validate_alerting(config.alerting)
    _validate_evaluators(config)
    for prompt, rules in config.checks.prompts.items():
        names = [rule.name for rule in rules]
        if len(set(names)) != len(names):
            raise ConfigError(f"checks.prompts.{prompt}: a check name appears twice")
        if len(rules) > MAX_CHECKS - len(BUILT_IN):
            raise ConfigError(f"checks.prompts.{prompt}: at most "
                              f"{MAX_CHECKS - len(BUILT_IN)} checks per prompt")
    if config.proxy.listen_address:
        split_host_port(config.proxy.listen_address, "proxy.listen_address")
    upstream_names: set[str] = set()
    for i, upstream in enumerate(config.proxy.upstreams):
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", upstream.name) or upstream.name in upstream_names:
            raise ConfigError(f"proxy.upstreams[{i}].name: expected a unique path segment, "
                              f"got {upstream.name!r}")
        upstream_names.add(upstream.name)
        if not upstream.url.startswith(("http://", "https://")):
            raise ConfigError(f"proxy.upstreams[{i}].url: expected http(s)://..., "
                              f"got {redacted_url(upstream.url)!r}")
    agents = config.agents
    if agents.proxy_run_idle > agents.idle:
        raise ConfigError(f"agents.proxy_run_idle: at most agents.idle ({agents.idle:g}s), "
                          f"which a run's held calls would not outlast; got "
                          f"{agents.proxy_run_idle:g}s")
    spend = config.proxy.spend
    if spend.prometheus_url and not spend.prometheus_url.startswith(("http://", "https://")):
        raise ConfigError(f"proxy.spend.prometheus_url: expected http(s)://..., "
                          f"got {redacted_url(spend.prometheus_url)!r}")
    if spend.refresh_interval <= 0:
        raise ConfigError("proxy.spend.refresh_interval: must be positive")
    alerts_from = config.alerting.prometheus_url
    if alerts_from and not alerts_from.startswith(("http://", "https://")):
        raise ConfigError(f"alerting.prometheus_url: expected http(s)://..., "
                          f"got {redacted_url(alerts_from)!r}")
    if config.web.listen_address:
        split_host_port(config.web.listen_address, "web.listen_address")
    if config.ingest.udp:
        split_host_port(config.ingest.udp, "ingest.udp")
    if config.ingest.stream and not config.ingest.stream.startswith("unix:"):
        split_host_port(config.ingest.stream, "ingest.stream")
    path = config.web.telemetry_path
    if not path.startswith("/") or path in ("/", "/healthz", "/readyz", "/v1/events"):
        raise ConfigError(f"web.telemetry_path: expected a path starting with / other than "
                          f"/, /healthz, /readyz and /v1/events, got {path!r}")
    for i, net in enumerate(config.web.events_allowed_from):
        try:
            ipaddress.ip_network(net, strict=False)
        except ValueError as e:
            raise ConfigError(f"web.events_allowed_from[{i}]: {e}") from e


def _validate_evaluators(config: Config) -> None:
    if not config.evaluators:
        return
    import jinja2.sandbox  # 30 ms to import: only for a config that has evaluators

    upstreams = {u.name for u in config.proxy.upstreams}
    names = set()
    for i, e in enumerate(config.evaluators):
        where = f"evaluators[{i}]"
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.:-]{0,127}", e.name) or e.name in names:
            raise ConfigError(f"{where}.name: expected a unique score name, got {e.name!r}")
        names.add(e.name)
        if not config.proxy.listen_address:
            raise ConfigError(f"{where}: evaluators judge proxied calls; set "
                              "proxy.listen_address")
        if e.upstream not in upstreams:
            raise ConfigError(f"{where}.upstream: {e.upstream!r} is not one of "
                              f"proxy.upstreams ({', '.join(sorted(upstreams)) or 'none'})")
        try:
            re.compile(e.score_pattern)
        except re.error as err:
            raise ConfigError(f"{where}.score_pattern: not a regular expression: {err}") \
                from err
        try:
            jinja2.sandbox.SandboxedEnvironment().parse(e.prompt)
        except jinja2.TemplateSyntaxError as err:
            raise ConfigError(f"{where}.prompt: not a jinja2 template: {err}") from err


def _validate_alerting(alerting: AlertingConfig) -> None:
    slo = alerting.slo
    if slo.latency_seconds not in DURATION_BUCKETS:
        raise ConfigError(
            f"alerting.slo.latency_seconds: must be a bucket boundary of "
            f"{DURATION.name} ({', '.join(map(str, DURATION_BUCKETS))}),"
            f" got {slo.latency_seconds}")
    for i, o in enumerate(alerting.overrides):
        where = f"alerting.overrides[{i}]"
        if not o.match:
            raise ConfigError(f"{where}.match: give at least one of {', '.join(OVERRIDE_LABELS)}")
        for key, pattern in o.match.items():
            if key not in OVERRIDE_LABELS:
                raise ConfigError(f"{where}.match.{key}: unknown label (known: "
                                  f"{', '.join(OVERRIDE_LABELS)})")
            try:
                re.compile(pattern)
            except re.error as e:
                raise ConfigError(f"{where}.match.{key}: not a regular expression: {e}") from e
        given = [key for key in OVERRIDABLE if getattr(o, key) is not None]
        if not given:
            raise ConfigError(f"{where}: sets no threshold (one of {', '.join(OVERRIDABLE)})")
        for key in given:
            if key == "latency_seconds" and o.latency_seconds not in DURATION_BUCKETS:
                raise ConfigError(f"{where}.latency_seconds: must be a bucket boundary of "
                                  f"{DURATION.name}, got {o.latency_seconds}")
            if not set(o.match) <= set(OVERRIDABLE[key]):
                raise ConfigError(f"{where}.{key}: is judged per {'/'.join(OVERRIDABLE[key])}, "
                                  f"so match can only name those, got {', '.join(o.match)}")
            if key == "no_traffic_ratio" and "prompt" in o.match and len(o.match) > 1:
                raise ConfigError(f"{where}.no_traffic_ratio: a prompt's traffic is judged "
                                  f"across models, so match names prompt alone or "
                                  f"provider/model, got {', '.join(o.match)}")


def redacted_url(url: str) -> str:
    """``url`` fit to log or show: a password in it replaced by ``xxxxx``, as Go's
    ``url.Redacted`` (and so Prometheus) does."""
    try:
        parsed = URL(url)
    except ValueError:
        return re.sub(r"//[^/@]*@", "//xxxxx@", url)
    return str(parsed.with_password("xxxxx")) if parsed.password is not None else url


def split_host_port(address: str, where: str = "address") -> tuple[str, int]:
    """("host", port) from "host:port", "[::1]:port" or ":port" (all interfaces)."""
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ConfigError(f"{where}: expected HOST:PORT, got {address!r}")
    host = host.strip("[]")
    return host, int(port)
