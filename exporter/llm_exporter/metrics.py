"""The metric catalogue: every family the sidecar exposes, defined once.

The store and the exposition build their families from these definitions, the exporter's
components build their self-metrics from them, and the mixin writes its rules, dashboards and
Alertmanager scopes with the names and labels given here. ``tests/test_metrics.py`` parses
every rendered rule and dashboard query and fails on a metric or label not defined here.

Names follow the OpenTelemetry GenAI semantic conventions where they define one
(``gen_ai.client.*`` and their attributes, dots turned into underscores as the OpenTelemetry
Prometheus exporter does); the others are ours, prefixed ``llm_``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prometheus_client import Metric

# Label names
PROVIDER = "gen_ai_provider_name"
MODEL = "gen_ai_request_model"
OPERATION = "gen_ai_operation_name"
TOKEN_TYPE = "gen_ai_token_type"
ERROR_TYPE = "error_type"
TENANT = "tenant"
PROMPT_NAME = "prompt_name"
PROMPT_VERSION = "prompt_version"
FINISH_REASON = "finish_reason"
AGENT = "gen_ai_agent_name"
TOOL = "gen_ai_tool_name"
MCP_METHOD = "mcp_method_name"
SERVER = "server_address"  # an MCP server: its address, or the name its producer gives it

# Buckets. OpenTelemetry GenAI semantic conventions: gen_ai.client.operation.duration and
# .time_to_first_chunk share these; gen_ai.client.token.usage has its own.
DURATION_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48,
                    40.96, 81.92)
TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304,
                 16777216, 67108864)
# Ours: decode time per token is milliseconds, finer than the semconv server TPOT buckets.
TPOT_BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15,
                0.2, 0.3, 0.5, 1.0, 2.5)
FEEDBACK_BUCKETS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 2.0, 3.0, 4.0, 5.0,
                    10.0)
STEP_BUCKETS = (0.001, 0.0025, 0.005, *DURATION_BUCKETS)
# Ours: an answer's length in tokens, finer than TOKEN_BUCKETS (a prompt change that doubles
# the answers moves them one bucket)
ANSWER_BUCKETS = (1, 4, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768)
# OpenTelemetry GenAI semantic conventions (semantic-conventions-genai, PRs #201 and #336):
# gen_ai.invoke_agent.duration, and .inference_calls / .tool_calls per invocation
AGENT_DURATION_BUCKETS = (0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8, 25.6, 51.2, 102.4, 204.8,
                          409.6)
CALLS_PER_RUN_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)
# ours: a run's cost in USD, a hundredth of a cent to a hundred dollars
RUN_COST_BUCKETS = (0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 50.0,
                    100.0)
# OpenTelemetry MCP semantic conventions: mcp.client.operation.duration
MCP_BUCKETS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


def le_label(bound: float) -> str:
    """A bucket bound as its ``le`` label value, written as OpenTelemetry's Prometheus
    exporters write it: a whole number without a decimal point (``16777216``, not
    ``1.6777216e+07``; ``1``, not ``1.0``). Prometheus 2 compares ``le`` as a string, so only
    then does ``sum by (le)`` over the sidecar's and OpenTelemetry's series add the same
    buckets; Prometheus 3 normalises both forms."""
    if bound == math.inf:
        return "+Inf"
    if float(bound).is_integer() and abs(bound) < 2**53:
        return str(int(bound))
    return repr(float(bound))  # 0.01, 20.48: as prometheus-client and OpenTelemetry write them


def family(metric: MetricDef,
           samples: float | Iterable[tuple[str | tuple[str, ...], float]]) -> Metric:
    """``metric`` as a prometheus-client counter or gauge family, for a collector: one value,
    or (label value or values, value) pairs."""
    from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily  # the sidecar's

    kind = CounterMetricFamily if metric.kind == "counter" else GaugeMetricFamily
    if isinstance(samples, (int, float)):
        return kind(metric.name, metric.help, value=samples)
    out = kind(metric.name, metric.help, labels=metric.labels)
    for values, value in samples:
        out.add_metric((values,) if isinstance(values, str) else values, value)
    return out


@dataclass(frozen=True)
class MetricDef:
    """One metric family: what it is called, what it holds, its labels."""

    name: str  # the family name; a counter's samples add _total (as OpenMetrics names them)
    kind: str  # counter, gauge or histogram
    help: str
    labels: tuple[str, ...] = ()
    unit: str = ""
    buckets: tuple[float, ...] = ()

    @property
    def series(self) -> str:
        """The sample name PromQL queries: name_total for a counter, else the name."""
        return f"{self.name}_total" if self.kind == "counter" else self.name

    @property
    def bucket(self) -> str:
        return f"{self.name}_bucket"

    @property
    def count(self) -> str:
        return f"{self.name}_count"

    @property
    def sum(self) -> str:
        return f"{self.name}_sum"

    def sample_names(self) -> tuple[str, ...]:
        """Every sample name this family exposes."""
        if self.kind == "histogram":
            return (self.bucket, self.count, self.sum)
        return (self.series,)


# LLM calls (histograms carry no business labels; counters carry tenant and prompt)
DURATION = MetricDef(
    "gen_ai_client_operation_duration_seconds", "histogram", "GenAI operation duration.",
    (PROVIDER, MODEL, OPERATION, ERROR_TYPE), "seconds", DURATION_BUCKETS)
TTFT = MetricDef(
    "gen_ai_client_operation_time_to_first_chunk_seconds", "histogram",
    "Time to receive the first chunk of a streaming response.",
    (PROVIDER, MODEL, OPERATION), "seconds", DURATION_BUCKETS)
TOKEN_USAGE = MetricDef(
    "gen_ai_client_token_usage", "histogram",
    "Number of input and output tokens used per operation.",
    (PROVIDER, MODEL, OPERATION, TOKEN_TYPE), "", TOKEN_BUCKETS)
TPOT = MetricDef(
    "llm_time_per_output_token_seconds", "histogram",
    "Time per output token after the first, for streaming calls.",
    (PROVIDER, MODEL), "seconds", TPOT_BUCKETS)
REQUESTS = MetricDef(
    "llm_requests", "counter", "LLM calls, by outcome and tenant.",
    (PROVIDER, MODEL, OPERATION, ERROR_TYPE, TENANT))
TOKENS = MetricDef(
    "llm_tokens", "counter",
    "Tokens used; input includes cache reads and writes, output includes reasoning.",
    (PROVIDER, MODEL, TOKEN_TYPE, TENANT))
COST = MetricDef(
    "llm_cost_usd", "counter", "Cost of LLM calls in US dollars.",
    (PROVIDER, MODEL, TENANT, PROMPT_NAME, PROMPT_VERSION))
FINISH_REASONS = MetricDef(
    "llm_finish_reasons", "counter", "LLM calls by finish reason.",
    (PROVIDER, MODEL, FINISH_REASON))
REFUSALS = MetricDef(
    "llm_refusals", "counter", "LLM calls the model declined to answer.", (PROVIDER, MODEL))
RETRIES = MetricDef(
    "llm_retries", "counter", "Retries callers made before a result.", (PROVIDER, MODEL))
FEEDBACK = MetricDef(
    "llm_feedback_score", "histogram", "Quality scores (user ratings, evaluations) by name.",
    ("name", MODEL, PROMPT_NAME, PROMPT_VERSION), "", FEEDBACK_BUCKETS)
STEP_DURATION = MetricDef(
    "llm_workflow_step_duration_seconds", "histogram",
    "Duration of one step of a multi-step LLM workflow.",
    ("workflow", "step", ERROR_TYPE), "seconds", STEP_BUCKETS)
ANSWER_CHECKS = MetricDef(
    "llm_answer_checks", "counter",
    "Answers checked where their text is (proxy, SDK wrappers), by check (refusal, empty, "
    "truncated, hedge, json, json_schema, tool_arguments, the operator's own) and result.",
    (PROVIDER, MODEL, PROMPT_NAME, PROMPT_VERSION, "check", "result"))
ANSWER_TOKENS = MetricDef(
    "llm_answer_tokens", "histogram",
    "Length of successful answers in output tokens, reasoning excluded.",
    (PROVIDER, MODEL, PROMPT_NAME, PROMPT_VERSION), "", ANSWER_BUCKETS)
ACTIVE_USERS = MetricDef(
    "llm_active_users", "gauge",
    "Distinct users of this sidecar's calls over the window (a HyperLogLog estimate, within "
    "2.6 % at two standard deviations), per tenant.", (TENANT, "window"))
ACTIVE_USERS_ALL = MetricDef(
    "llm_active_users_all_tenants", "gauge",
    "Distinct users of this sidecar's calls over the window, all tenants together.",
    ("window",))
ACTIVE_SESSIONS = MetricDef(
    "llm_active_sessions", "gauge",
    "Distinct sessions of this sidecar's calls over the window, per tenant.",
    (TENANT, "window"))
ACTIVE_SESSIONS_ALL = MetricDef(
    "llm_active_sessions_all_tenants", "gauge",
    "Distinct sessions of this sidecar's calls over the window, all tenants together.",
    ("window",))
ACTIVE_USERS_REGISTERS = MetricDef(
    "llm_active_users_hll_register", "gauge",
    "HyperLogLog registers of this sidecar's users over the window, per tenant (the nonzero "
    "ones): the fleet's distinct users are estimated from their max across sidecars.",
    (TENANT, "window", "register"))
ACTIVE_SESSIONS_REGISTERS = MetricDef(
    "llm_active_sessions_hll_register", "gauge",
    "HyperLogLog registers of this sidecar's sessions over the window, per tenant (the "
    "nonzero ones).", (TENANT, "window", "register"))
TOP_SPENDERS = MetricDef(
    "llm_top_spender_cost_usd", "gauge",
    "What this sidecar's usage.fleet_top_users biggest spenders of each tenant spent over the "
    "window (frequent-items estimates; user ids hashed with the fleet's key file, never as "
    "sent): summed across "
    "sidecars for the fleet's top spenders.", (TENANT, "window", "user"))
TOP_SPENDERS_BOUND = MetricDef(
    "llm_top_spenders_bound_usd", "gauge",
    "Most a user left out of this sidecar's top spenders of the tenant can have spent here "
    "over the window, and most a listed figure is off: summed across sidecars, the error "
    "bound of the fleet's top spenders.", (TENANT, "window"))
BUDGET = MetricDef(
    "llm_budget_usd", "gauge", "Configured spend budget per tenant.", (TENANT, "window"))

# Agents: one histogram point per run (an ``agent_run`` event), per tool call, per MCP
# operation (OpenTelemetry's names where the conventions define them)
AGENT_DURATION = MetricDef(
    "gen_ai_invoke_agent_duration_seconds", "histogram",
    "Duration of agent runs, from start to final answer or error (error_type max_turns or "
    "max_cost: the run hit a limit).", (AGENT, ERROR_TYPE), "seconds", AGENT_DURATION_BUCKETS)
AGENT_INFERENCE_CALLS = MetricDef(
    "gen_ai_invoke_agent_inference_calls", "histogram",
    "Model calls made during one agent run (its own, not its sub-agents').", (AGENT,), "",
    CALLS_PER_RUN_BUCKETS)
AGENT_TOOL_CALLS = MetricDef(
    "gen_ai_invoke_agent_tool_calls", "histogram",
    "Tool calls made during one agent run (its own, not its sub-agents').", (AGENT,), "",
    CALLS_PER_RUN_BUCKETS)
AGENT_RUN_TOKENS = MetricDef(
    "llm_agent_run_tokens", "histogram",
    "Tokens used by the model calls of one agent run (input includes cache reads and writes).",
    (AGENT, TOKEN_TYPE), "", TOKEN_BUCKETS)
AGENT_RUN_COST = MetricDef(
    "llm_agent_run_cost_usd", "histogram",
    "Cost of the model calls of one agent run in US dollars.", (AGENT,), "", RUN_COST_BUCKETS)
TOOL_DURATION = MetricDef(
    "gen_ai_execute_tool_duration_seconds", "histogram",
    "Duration of tool calls, by tool, the agent that called it and error type.",
    (TOOL, AGENT, ERROR_TYPE), "seconds", DURATION_BUCKETS)
MCP_DURATION = MetricDef(
    "mcp_client_operation_duration_seconds", "histogram",
    "Duration of MCP requests as the client saw them, by server, method, tool and error type.",
    (SERVER, MCP_METHOD, TOOL, ERROR_TYPE), "seconds", MCP_BUCKETS)
AGENT_LOOPS = MetricDef(
    "llm_agent_loops", "counter",
    "Agent runs (traces) that called a tool with the same arguments agents.loop_repeats "
    "times, by agent and tool; counted once per run and tool.", (AGENT, TOOL))

# The exporter itself
EVENTS = MetricDef(
    "llm_exporter_events", "counter", "Events accepted, by transport and type.",
    ("transport", "type"))
PAYLOADS = MetricDef(
    "llm_exporter_payloads", "counter",
    "Datagrams, stream lines, HTTP bodies and proxied calls received, by transport.",
    ("transport",))
EVENTS_REJECTED = MetricDef(
    "llm_exporter_events_rejected", "counter", "Events rejected, by reason.", ("reason",))
CLIENT_DROPPED = MetricDef(
    "llm_exporter_client_dropped_events", "counter",
    "Events client libraries could not send (sidecar down or busy), as they reported.")
SOCKET_DROPS = MetricDef(
    "llm_exporter_socket_drops", "counter",
    "Datagrams the kernel dropped (receive buffer full).", ("transport",))
LABEL_OVERFLOW = MetricDef(
    "llm_exporter_label_overflow", "counter",
    "Label values folded into __other__ because the label's cap was reached.", ("label",))
UNPRICED = MetricDef(
    "llm_exporter_unpriced_events", "counter",
    "LLM calls without cost_usd whose model has no known price.", ("provider",))
ZERO_COST = MetricDef(
    "llm_exporter_zero_cost_calls", "counter",
    "LLM calls that used tokens and were priced at $0 (by their cost_usd or the price table): "
    "a free model, or a provider name or model alias priced as the wrong one.", ("provider",))
CONNECTIONS = MetricDef(
    "llm_exporter_connections", "gauge", "Connections open now, by listener.", ("listener",))
LISTENER_FULL = MetricDef(
    "llm_exporter_listener_full_seconds", "counter",
    "Time a listener held its max_connections and accepted nothing; new connections waited "
    "in the backlog.", ("listener",))
ACCEPT_ERRORS = MetricDef(
    "llm_exporter_accept_errors", "counter",
    "Connections that could not be accepted (the open-files limit reached...), by listener.",
    ("listener",))
OTLP_POINTS = MetricDef(
    "llm_exporter_otlp_data_points", "counter",
    "OTLP metric data points received, by what became of them (merged, base, "
    "counted_by_spans, superseded, not_genai, rejected).", ("outcome",))
OTLP_STREAMS = MetricDef(
    "llm_exporter_otlp_metric_streams", "gauge",
    "OTLP cumulative metric streams whose last point is held, to take increases from.")
OTLP_CALL_SPANS = MetricDef(
    "llm_exporter_otlp_call_spans", "counter",
    "OTLP model-call spans, by what became of them (counted: passed on, as a call or a "
    "stream's part; duplicate: another instrumentation's span of the same call was counted; "
    "and of Logfire's streams in two spans: stream_joined, an end joined to its opening; "
    "stream_unended, an opening counted without its end; stream_late, an end after that).",
    ("outcome",))
TRACE_SPANS = MetricDef(
    "llm_exporter_trace_spans", "counter",
    "Calls whose span was kept for export, or not, by the sampling rule that decided "
    "(error, slow, costly, refusal, ratio, trace: kept with its trace, feedback: a low score "
    "came in time, sampled_out).",
    ("decision",))
TRACE_EXPORTED = MetricDef(
    "llm_exporter_trace_spans_exported", "counter", "Spans the trace endpoint accepted.")
TRACE_DROPPED = MetricDef(
    "llm_exporter_trace_spans_dropped", "counter",
    "Kept spans that were not exported, by reason (queue_full, export_failed, rejected).",
    ("reason",))
TRACE_QUEUE = MetricDef(
    "llm_exporter_trace_queue_spans", "gauge",
    "Spans waiting to be exported, or for their workflow's root to be decided.")
LABEL_SETS = MetricDef("llm_exporter_label_sets", "gauge", "Label sets held in memory.")
AGENT_TRACES = MetricDef(
    "llm_exporter_agent_traces", "gauge",
    "Traces whose calls and tool calls are held until the agent run that made them ends.")
AGENT_TRACES_DROPPED = MetricDef(
    "llm_exporter_agent_traces_dropped", "counter",
    "Traces whose held calls were dropped before a run claimed them, by reason (idle: no "
    "event for agents.idle; overflow: past agents.max_traces).", ("reason",))
PROXY_RUNS = MetricDef(
    "llm_exporter_proxy_runs_ended", "counter",
    "Agent runs the proxy grouped by X-LLM-Run-Id that ended, by how (said: X-LLM-Run-End; "
    "idle: no call for agents.proxy_run_idle; overflow: past agents.max_traces open; "
    "shutdown: the sidecar stopped).",
    ("reason",))
TOOL_CALLS_REQUESTED = MetricDef(
    "llm_tool_calls_requested", "counter",
    "Tool calls the model asked for in its answers, by tool (read by the proxy and the SDK "
    "wrappers where the request offered tools).", (PROVIDER, MODEL, TOOL))
BUILD_INFO = MetricDef(
    "llm_exporter_build_info", "gauge", "Version of llm-exporter.", ("version",))
BUDGET_QUERIES = MetricDef(
    "llm_exporter_budget_queries", "counter",
    "Queries for cross-sidecar tenant spend sent to Prometheus, by result.", ("result",))
TLS_HANDSHAKE_ERRORS = MetricDef(
    "llm_exporter_tls_handshake_errors", "counter",
    "Connections closed because their TLS handshake failed (plain HTTP to a TLS port, an "
    "untrusted or expired client certificate...), by listener.", ("listener",))
WEB_CONFIG_RELOADS = MetricDef(
    "llm_exporter_web_config_reloads", "counter",
    "Reloads of a changed web config file (--web.config.file) or of the certificates it "
    "names, by outcome; a failure keeps the last configuration that loaded.", ("outcome",))

EVALUATIONS = MetricDef(
    "llm_exporter_evaluations", "counter",
    "Proxied calls handed to an evaluator (LLM as judge), by what became of them (scored, "
    "unparsed: no score in the judge's answer, or one out of range, failed: the judge call "
    "failed or its answer was over 1 MiB, queue_full, over_budget: the evaluator's daily "
    "spend is reached).", ("evaluator", "outcome"))

# Made by prometheus-client's process collector, which the sidecar registers; the exporter
# dashboard reads them.
PROCESS_CPU = MetricDef("process_cpu_seconds", "counter",
                        "Total user and system CPU time spent in seconds.")
PROCESS_MEMORY = MetricDef("process_resident_memory_bytes", "gauge",
                           "Resident memory size in bytes.")

AGENT_FAMILIES = (AGENT_DURATION, AGENT_INFERENCE_CALLS, AGENT_TOOL_CALLS, AGENT_RUN_TOKENS,
                  AGENT_RUN_COST, TOOL_DURATION, MCP_DURATION, AGENT_LOOPS,
                  TOOL_CALLS_REQUESTED)
LLM_FAMILIES = (DURATION, TTFT, TOKEN_USAGE, TPOT, REQUESTS, TOKENS, COST, FINISH_REASONS,
                REFUSALS, RETRIES, FEEDBACK, STEP_DURATION, ANSWER_CHECKS, ANSWER_TOKENS,
                *AGENT_FAMILIES, ACTIVE_USERS, ACTIVE_USERS_ALL, ACTIVE_SESSIONS,
                ACTIVE_SESSIONS_ALL, ACTIVE_USERS_REGISTERS, ACTIVE_SESSIONS_REGISTERS,
                TOP_SPENDERS, TOP_SPENDERS_BOUND, BUDGET)
EXPORTER_FAMILIES = (EVENTS, PAYLOADS, EVENTS_REJECTED, CLIENT_DROPPED, SOCKET_DROPS,
                     LABEL_OVERFLOW, UNPRICED, ZERO_COST, LABEL_SETS, AGENT_TRACES,
                     AGENT_TRACES_DROPPED, PROXY_RUNS, CONNECTIONS, LISTENER_FULL,
                     ACCEPT_ERRORS, OTLP_POINTS, OTLP_STREAMS, OTLP_CALL_SPANS, TRACE_SPANS,
                     TRACE_EXPORTED, TRACE_DROPPED, TRACE_QUEUE, BUILD_INFO, BUDGET_QUERIES,
                     TLS_HANDSHAKE_ERRORS, WEB_CONFIG_RELOADS, EVALUATIONS)
CATALOGUE = LLM_FAMILIES + EXPORTER_FAMILIES  # what llm-exporter itself defines
PROCESS_FAMILIES = (PROCESS_CPU, PROCESS_MEMORY)


def tenant_spend(selector: str, window: str) -> str:
    """PromQL: each tenant's spend over ``window`` across every sidecar. The budget alerts
    record it and budget enforcement queries it, so both see the same number.

    ``increase`` takes a series' first sample as its baseline: a series born within the
    window (a tenant's first call through a sidecar, with that model and prompt) would lose
    what it counted before its first scrape, and one scraped once would count nothing. Its
    first value (its smallest, a counter's, unless it was reset) is added back: a series
    absent throughout the hour before the window (so that a missed scrape does not make an
    old series new; Prometheus must keep the window, 30 days for monthly budgets)."""
    series = f"{COST.series}{{{selector}}}"
    spent = f"increase({series}[{window}])"
    born = (f"(min_over_time({series}[{window}])"
            f" unless present_over_time({series}[1h] offset {window}))")
    return f"sum by ({TENANT}) (\n  {spent} + {born}\n  or {spent}\n  or {born}\n)"
