"""The metric store: plain Python state updated per event, aggregated into families per scrape.

Why not prometheus-client's labelled metrics: one event updates nine families, which costs
9-18 µs and ~18 KiB per label set with a lock per update (measured when this store was
chosen; docs/performance.md has the current figures). Here an event costs two dict
lookups and a few list increments.

Layout: one ``CallSeries`` per (provider, model, operation, error_type) holds the histograms
(duration, TTFT, token usage, time per output token); inside it, one small ``row`` list per
(tenant, prompt_name, prompt_version, finish_reason) holds the counters that carry business
labels (requests, tokens, cost, refusals, retries). Histograms are never multiplied by business
labels. At scrape time ``families()`` sums rows and series into each exposed family's labels,
whose names, labels and buckets come from the metric catalogue (``llm_exporter.metrics``).
"""

from __future__ import annotations

import math
import time
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from prometheus_client.core import Metric

from llm_exporter import metrics
from llm_exporter.config import Config
from llm_exporter.metrics import (
    AGENT_DURATION_BUCKETS,
    ANSWER_BUCKETS,
    CALLS_PER_RUN_BUCKETS,
    DURATION_BUCKETS,
    FEEDBACK_BUCKETS,
    MCP_BUCKETS,
    RUN_COST_BUCKETS,
    STEP_BUCKETS,
    TOKEN_BUCKETS,
    TPOT_BUCKETS,
    MetricDef,
)
from llm_exporter.sidecar.core.decode import (
    AgentRun,
    Feedback,
    LlmCall,
    McpOperation,
    Step,
    ToolCall,
)
from llm_exporter.sidecar.core.limits import LABEL_SETS, OTHER, LabelLimiter
from llm_exporter.sidecar.core.price import Price, PriceTable
from llm_exporter.sidecar.core.runs import Totals

# Indexes into a row (a list, for speed). ANSWER: the row's AnswerSeries, once it has one.
REQUESTS, INPUT, OUTPUT, CACHE_READ, CACHE_WRITE, CACHE_WRITE_1H, REASONING, COST, REFUSALS, \
    RETRIES, FINISHED, LAST_SEEN, ANSWER = range(13)
TOKEN_TYPES = (("input", INPUT), ("output", OUTPUT), ("cache_read", CACHE_READ),
               ("cache_write", CACHE_WRITE), ("cache_write_1h", CACHE_WRITE_1H),
               ("reasoning", REASONING))

CALL_LABELS = ("provider", "model", "operation", "error_type")
ROW_LABELS = ("tenant", "prompt_name", "prompt_version", "finish_reason")


class CallSeries:
    """Histograms for one (provider, model, operation, error_type), and its counter rows."""

    __slots__ = ("key", "price", "duration", "duration_sum", "exemplars", "ttft", "ttft_sum",
                 "input", "input_sum", "output", "output_sum", "tpot", "tpot_sum", "rows",
                 "last_seen", "answers")

    def __init__(self, key: tuple[str, str, str, str], price: Price | None):
        self.key = key
        self.price = price
        self.duration = [0] * (len(DURATION_BUCKETS) + 1)
        self.duration_sum = 0.0
        self.exemplars: dict[int, tuple[str, str | None, float, float]] | None = None
        self.ttft: list[int] | None = None
        self.ttft_sum = 0.0
        self.input: list[int] | None = None
        self.input_sum = 0
        self.output: list[int] | None = None
        self.output_sum = 0
        self.tpot: list[int] | None = None
        self.tpot_sum = 0.0
        self.rows: dict[tuple[str, str, str, str], list] = {}
        self.last_seen = 0.0
        self.answers = key[2] != "embeddings" and not key[3]  # its answers have a length

    def spent(self) -> Iterator[tuple[tuple[str, str, str, str], object, int, float]]:
        """Per label set of its rows (tenant, prompt name and version, finish reason): the
        row's key, the row itself (a new one when the label set expired and came back), its
        input and output tokens and its cost so far (USD)."""
        for row_key, row in self.rows.items():
            yield row_key, row, row[INPUT] + row[OUTPUT], row[COST]


@dataclass(frozen=True)
class CallAggregate:
    """Calls recorded by someone else, handed over as one histogram's increase (OTLP
    metrics): ``counts`` in the catalogue's buckets for ``histogram`` (``duration`` counts
    the calls, ``ttft``, ``input`` and ``output`` tokens), ``total`` its sum. Strings are
    valid labels, clipped, and ``total`` finite and >= 0 (the producer's to check)."""

    provider: str
    model: str
    operation: str
    error_type: str
    histogram: str
    counts: tuple[int, ...]
    total: float
    tenant: str = ""
    prompt_name: str = ""
    prompt_version: str = ""
    finish_reason: str = ""
    service_tier: str = ""  # the price variant (the point's openai.response.service_tier)


@dataclass(frozen=True)
class AgentAggregate:
    """Agent runs, tool calls, MCP requests or workflows recorded by someone else (OTLP
    metrics), as one histogram's increase in the catalogue's buckets for ``histogram``:
    ``run_duration``, ``run_calls`` and ``run_tools`` (per run), ``tool_duration``,
    ``mcp_duration``, ``workflow_duration``. Labels as their events' (``agent``,
    ``error_type``, ``tool``, ``server``, ``method``, ``workflow``); strings valid and clipped."""

    histogram: str
    counts: tuple[int, ...]
    total: float
    agent: str = ""
    error_type: str = ""
    tool: str = ""
    server: str = ""
    method: str = ""
    workflow: str = ""


class HistogramSeries:
    """One histogram (feedback score, workflow step) and when it was last updated."""

    __slots__ = ("counts", "sum", "last_seen")

    def __init__(self, buckets: int):
        self.counts = [0] * (buckets + 1)
        self.sum = 0.0
        self.last_seen = 0.0


class RunSeries:
    """What one agent's runs added up to: a histogram point per run for each total."""

    __slots__ = ("calls", "tools", "input", "output", "cost", "exemplars", "last_seen")

    def __init__(self) -> None:
        self.calls = HistogramSeries(len(CALLS_PER_RUN_BUCKETS))
        self.tools = HistogramSeries(len(CALLS_PER_RUN_BUCKETS))
        self.input = HistogramSeries(len(TOKEN_BUCKETS))
        self.output = HistogramSeries(len(TOKEN_BUCKETS))
        self.cost = HistogramSeries(len(RUN_COST_BUCKETS))
        # cost bucket -> (trace_id, span_id, cost, unix time) of its last run: the exemplar
        # of an expensive run opens that run's trace
        self.exemplars: dict[int, tuple[str, str | None, float, float]] = {}
        self.last_seen = 0.0


class CounterSeries:
    """One counter (agent loops) and when it was last updated."""

    __slots__ = ("value", "last_seen")

    def __init__(self) -> None:
        self.value = 0
        self.last_seen = 0.0


class AnswerSeries:
    """Answer checks and lengths for one (provider, model, prompt_name, prompt_version)."""

    __slots__ = ("tokens", "tokens_sum", "checks", "last_seen", "gone")

    def __init__(self) -> None:
        self.tokens: list[int] | None = None
        self.tokens_sum = 0
        self.checks: dict[tuple[str, str], int] = {}  # (check, result) -> answers
        self.last_seen = 0.0
        self.gone = False  # expired: the rows that point at it look it up again


@dataclass
class Family:
    """One metric family of the catalogue with its samples, aggregated for exposition."""

    metric: MetricDef
    # counter/gauge: values -> number; histogram: values -> (non-cumulative counts, sum)
    samples: dict = field(default_factory=dict)
    # histogram only: values -> {bucket index: (trace_id, span_id, value, unix time)}
    exemplars: dict = field(default_factory=dict)


_Key = TypeVar("_Key")
_Series = TypeVar("_Series", bound="HistogramSeries | AnswerSeries | RunSeries | CounterSeries")


class Store:
    """All LLM metric state. Single-threaded: only the event loop touches it."""

    def __init__(self, config: Config, prices: PriceTable | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], float] = time.time):
        """``clock`` (monotonic seconds) ages label sets; ``wall_clock`` stamps exemplars
        that carry no ``ts``."""
        self.config = config
        self.prices = prices or PriceTable(config.prices)
        self.limiter = LabelLimiter(config.limits.labels)
        self.max_label_sets = config.limits.label_sets
        self.held = 0  # label sets held (see _full, series_count)
        self.calls: dict[tuple[str, str, str, str], CallSeries] = {}
        self.feedback: dict[tuple[str, str, str, str], HistogramSeries] = {}
        self.steps: dict[tuple[str, str, str], HistogramSeries] = {}
        self.answers: dict[tuple[str, str, str, str], AnswerSeries] = {}
        self.runs: dict[tuple[str, str], HistogramSeries] = {}  # (agent, error_type)
        self.run_totals: dict[str, RunSeries] = {}  # agent
        self.tools: dict[tuple[str, str, str], HistogramSeries] = {}  # (tool, agent, error)
        self.mcp: dict[tuple[str, str, str, str], HistogramSeries] = {}
        self.loops: dict[tuple[str, str], CounterSeries] = {}  # (agent, tool)
        # (provider, model, tool): the tool calls answers asked for
        self.requested: dict[tuple[str, str, str], CounterSeries] = {}
        self.unpriced: defaultdict[str, int] = defaultdict(int)
        self.zero_cost: defaultdict[str, int] = defaultdict(int)
        # family name -> exposed labels -> what expired label sets had added (see _retire)
        # (as in Family.samples: a number, or a histogram's (counts, sum))
        self.retired: dict[str, dict[tuple, Any]] = {}
        self.clock = clock
        self.wall_clock = wall_clock
        self.now = clock()  # advanced by tick(); a clock read per event costs too much
        self.wall_now = wall_clock()  # the same, in unix seconds: when a call is priced
        self.previous_tick = self.now

    def tick(self) -> None:
        """Advance the store's clock (called about once a second)."""
        self.previous_tick = self.now
        self.now = self.clock()
        self.wall_now = self.wall_clock()

    def observe_call(self, c: LlmCall) -> float:
        """Record one model call; returns its cost in USD (0 when unpriced)."""
        series = self.calls.get((c.provider, c.model, c.operation, c.error_type))
        if series is None:
            series, price = self._admit_call(c)
        else:
            price = series.price
        now = self.now
        series.last_seen = now
        d = c.duration_s
        i = bisect_left(DURATION_BUCKETS, d)
        series.duration[i] += 1
        series.duration_sum += d
        if c.trace_id:
            if series.exemplars is None:
                series.exemplars = {}
            series.exemplars[i] = (c.trace_id, c.span_id, d, c.ts or self.wall_clock())
        inp = c.input_tokens
        if inp is not None:
            if series.input is None:
                series.input = [0] * (len(TOKEN_BUCKETS) + 1)
            series.input[bisect_left(TOKEN_BUCKETS, inp)] += 1
            series.input_sum += inp
        out = c.output_tokens
        if out is not None:
            if series.output is None:
                series.output = [0] * (len(TOKEN_BUCKETS) + 1)
            series.output[bisect_left(TOKEN_BUCKETS, out)] += 1
            series.output_sum += out
        ttft = c.ttft_s
        if ttft is not None:
            if series.ttft is None:
                series.ttft = [0] * (len(DURATION_BUCKETS) + 1)
            series.ttft[bisect_left(DURATION_BUCKETS, ttft)] += 1
            series.ttft_sum += ttft
            if out is not None and out > 1:
                tpot = (d - ttft) / (out - 1)
                if series.tpot is None:
                    series.tpot = [0] * (len(TPOT_BUCKETS) + 1)
                series.tpot[bisect_left(TPOT_BUCKETS, tpot)] += 1
                series.tpot_sum += tpot

        row = series.rows.get((c.tenant, c.prompt_name, c.prompt_version, c.finish_reason))
        if row is None:
            row = self._admit_row(series, c)
        row[REQUESTS] += 1
        row[LAST_SEEN] = now
        if c.tool_calls:
            self._requested((series.key[0], series.key[1]), c.tool_calls)
        if inp:
            row[INPUT] += inp
            if c.cache_read_tokens:
                row[CACHE_READ] += c.cache_read_tokens
            if c.cache_write_tokens:
                row[CACHE_WRITE] += c.cache_write_tokens
                if c.cache_write_1h_tokens:
                    row[CACHE_WRITE_1H] += c.cache_write_1h_tokens
        if out:
            row[OUTPUT] += out
            if c.reasoning_tokens:
                row[REASONING] += c.reasoning_tokens
        if c.cost_usd is not None:
            cost = c.cost_usd
        elif price is not None:
            cost = price.cost(c, self.wall_now)
        else:
            cost = 0.0
            self.unpriced[series.key[0]] += 1
        if not cost and (inp or out) and (price is not None or c.cost_usd is not None):
            self.zero_cost[series.key[0]] += 1  # a free model, or a wrong name or mapping
        row[COST] += cost
        if c.finish_reason:
            row[FINISHED] += 1
        if c.refusal:
            row[REFUSALS] += 1
        if c.retries:
            row[RETRIES] += c.retries
        if c.checks or (out and series.answers):
            answer = row[ANSWER]
            if answer is None or answer.gone:
                answer = row[ANSWER] = self._answer_series(c, series.key)
            answer.last_seen = now
            if out and series.answers:
                length = out - (c.reasoning_tokens or 0)
                tokens = answer.tokens
                if tokens is None:
                    tokens = answer.tokens = [0] * (len(ANSWER_BUCKETS) + 1)
                tokens[bisect_left(ANSWER_BUCKETS, length)] += 1
                answer.tokens_sum += length
            if c.checks:
                counts = answer.checks
                admit = self.limiter.admit
                for check, result in c.checks.items():
                    k = (admit("check", check), result)
                    counts[k] = counts.get(k, 0) + 1
        return cost

    def _answer_series(self, c: LlmCall, key: tuple[str, str, str, str]) -> AnswerSeries:
        """The answer checks and lengths of a call's (provider, model, prompt name and
        version), held once for every row that shares them."""
        admit = self.limiter.admit
        answer_key = (key[0], key[1], admit("prompt_name", c.prompt_name),
                      admit("prompt_version", c.prompt_version))
        answer = self.answers.get(answer_key)
        if answer is None:
            if self._full():
                answer_key = (OTHER, OTHER, OTHER, OTHER)
                answer = self.answers.get(answer_key)
            if answer is None:
                answer = self.answers[answer_key] = AnswerSeries()
                self.held += 1
        return answer

    def observe_aggregate(self, a: CallAggregate) -> float:
        """Record calls counted elsewhere; what their tokens cost (USD). Their tokens are
        priced per call at the average size, so a price tier is judged as for one such call
        (output tokens: at the series' mean input size so far, since OTLP reports input and
        output in separate points)."""
        calls = sum(a.counts)
        if not calls:  # an increase of nothing: no label set is made for it
            return 0.0
        series = self.calls.get((a.provider, a.model, a.operation, a.error_type))
        if series is None:
            series, price = self._admit_call(a)
        else:
            price = series.price
        now = self.now
        series.last_seen = now
        row = series.rows.get((a.tenant, a.prompt_name, a.prompt_version, a.finish_reason))
        if row is None:
            row = self._admit_row(series, a)
        row[LAST_SEEN] = now
        kind = a.histogram
        if kind == "duration":
            _add_counts(series.duration, a.counts)
            series.duration_sum += a.total
            row[REQUESTS] += calls
            if a.finish_reason:
                row[FINISHED] += calls
            return 0.0
        if kind == "ttft":
            if series.ttft is None:
                series.ttft = [0] * (len(DURATION_BUCKETS) + 1)
            _add_counts(series.ttft, a.counts)
            series.ttft_sum += a.total
            return 0.0
        tokens = round(a.total)
        average = tokens / calls  # a float: the price of a part of a token is linear
        if kind == "input":
            if series.input is None:
                series.input = [0] * (len(TOKEN_BUCKETS) + 1)
            _add_counts(series.input, a.counts)
            series.input_sum += tokens
            row[INPUT] += tokens
            usage = LlmCall(a.model, 0.0, input_tokens=average,  # type: ignore[arg-type]
                            service_tier=a.service_tier)
        else:
            if series.output is None:
                series.output = [0] * (len(TOKEN_BUCKETS) + 1)
            _add_counts(series.output, a.counts)
            series.output_sum += tokens
            row[OUTPUT] += tokens
            # a tier is judged on the input size: the series' mean input so far stands for it
            inp = series.input_sum / sum(series.input) if series.input else 0.0
            usage = LlmCall(a.model, 0.0, input_tokens=inp,  # type: ignore[arg-type]
                            output_tokens=average,  # type: ignore[arg-type]
                            service_tier=a.service_tier)
        if price is None:
            if kind == "input":
                self.unpriced[series.key[0]] += calls
            return 0.0
        # the output part costs what it adds to the input part (which holds any per-request fee)
        base = 0.0 if kind == "input" else price.cost(LlmCall(
            a.model, 0.0, input_tokens=inp, service_tier=a.service_tier),  # type: ignore[arg-type]
            self.wall_now)
        cost = calls * (price.cost(usage, self.wall_now) - base)
        row[COST] += cost
        return cost

    def _admit_call(self, c: LlmCall | CallAggregate) -> tuple[CallSeries, Price | None]:
        admit = self.limiter.admit
        key = (admit("provider", c.provider), admit("model", c.model),
               admit("operation", c.operation), admit("error_type", c.error_type))
        if key not in self.calls and self._full():
            key = (OTHER, OTHER, key[2], key[3])
        # Price on what the caller sent, even when a label was folded into __other__.
        price = self.prices.lookup(c.provider, c.model)
        series = self.calls.get(key)
        if series is None:
            folded = OTHER in (key[0], key[1])
            series = self.calls[key] = CallSeries(key, None if folded else price)
            self.held += 1
        return series, price

    def _full(self) -> bool:
        """True, and the fold counted, when no new label set may be held: a new one folds
        its open-ended labels into __other__ (operation, error type and finish reason keep
        their values; their own caps are small)."""
        if self.held < self.max_label_sets:
            return False
        self.limiter.overflow[LABEL_SETS] += 1
        return True

    def _admit_row(self, series: CallSeries, c: LlmCall | CallAggregate) -> list:
        admit = self.limiter.admit
        key = (admit("tenant", c.tenant), admit("prompt_name", c.prompt_name),
               admit("prompt_version", c.prompt_version),
               admit("finish_reason", c.finish_reason))
        if key not in series.rows and self._full():
            key = (OTHER, OTHER, OTHER, key[3])
        row = series.rows.get(key)
        if row is None:
            row = series.rows[key] = [0, 0, 0, 0, 0, 0, 0, 0.0, 0, 0, 0, 0.0, None]
            self.held += 1
        return row

    def observe_feedback(self, f: Feedback) -> None:
        """Record one quality score."""
        admit = self.limiter.admit
        key = (admit("feedback_name", f.name), admit("model", f.model),
               admit("prompt_name", f.prompt_name), admit("prompt_version", f.prompt_version))
        if key not in self.feedback and self._full():
            key = (OTHER, OTHER, OTHER, OTHER)
        _observe(self._histogram(self.feedback, key, FEEDBACK_BUCKETS), FEEDBACK_BUCKETS,
                 f.value, self.now)

    def observe_step(self, s: Step) -> None:
        """Record one workflow step."""
        _observe(self._step(s.workflow, s.step, s.error_type), STEP_BUCKETS, s.duration_s,
                 self.now)

    def _step(self, workflow: str, step: str, error_type: str) -> HistogramSeries:
        admit = self.limiter.admit
        key = (admit("workflow", workflow), admit("step", step), admit("error_type", error_type))
        if key not in self.steps and self._full():
            key = (OTHER, OTHER, key[2])
        return self._histogram(self.steps, key, STEP_BUCKETS)

    def observe_run(self, r: AgentRun, totals: Totals) -> None:
        """Record one agent run that ended, with what its calls and tool calls added up to
        (``runs.Runs.end``)."""
        agent = self.limiter.admit("agent", r.agent)
        key = (agent, self.limiter.admit("error_type", r.error_type))
        if (key not in self.runs or agent not in self.run_totals) and self._full():
            agent = OTHER
            key = (OTHER, key[1])
        _observe(self._histogram(self.runs, key, AGENT_DURATION_BUCKETS),
                 AGENT_DURATION_BUCKETS, r.duration_s, self.now)
        series = self._run_series(agent)
        now = self.now
        _observe(series.calls, CALLS_PER_RUN_BUCKETS, totals.calls, now)
        _observe(series.tools, CALLS_PER_RUN_BUCKETS, totals.tool_calls, now)
        _observe(series.input, TOKEN_BUCKETS, totals.input_tokens, now)
        _observe(series.output, TOKEN_BUCKETS, totals.output_tokens, now)
        i = _observe(series.cost, RUN_COST_BUCKETS, totals.cost_usd, now)
        if r.trace_id:
            series.exemplars[i] = (r.trace_id, r.span_id, totals.cost_usd,
                                   r.ts or self.wall_clock())

    def _run_series(self, agent: str) -> RunSeries:
        """The per-run totals of ``agent`` (an admitted label), made when new."""
        series = self.run_totals.get(agent)
        if series is None:
            series = self.run_totals[agent] = RunSeries()
            self.held += 1
        series.last_seen = self.now
        return series

    def observe_tool(self, t: ToolCall) -> None:
        """Record one tool call."""
        key, h = self._tool(t.tool, t.agent, t.error_type)
        _observe(h, DURATION_BUCKETS, t.duration_s, self.now)
        if key[1]:  # the agent's loops on it, from 0, so that increase() sees the first
            self._loop_series((key[1], key[0]))

    def _tool(self, tool: str, agent: str, error_type: str
              ) -> tuple[tuple[str, str, str], HistogramSeries]:
        admit = self.limiter.admit
        key = (admit("tool", tool), admit("agent", agent), admit("error_type", error_type))
        if key not in self.tools and self._full():
            key = (OTHER, OTHER, key[2])
        return key, self._histogram(self.tools, key, DURATION_BUCKETS)

    def observe_mcp(self, m: McpOperation) -> None:
        """Record one MCP request."""
        _observe(self._mcp(m.server, m.method, m.tool, m.error_type), MCP_BUCKETS,
                 m.duration_s, self.now)

    def _mcp(self, server: str, method: str, tool: str, error_type: str) -> HistogramSeries:
        admit = self.limiter.admit
        key = (admit("mcp_server", server), admit("mcp_method", method), admit("tool", tool),
               admit("error_type", error_type))
        if key not in self.mcp and self._full():
            key = (OTHER, key[1], OTHER, key[3])
        return self._histogram(self.mcp, key, MCP_BUCKETS)

    def observe_agent_aggregate(self, a: AgentAggregate) -> None:
        """Record runs, tool calls, MCP requests or workflows counted elsewhere."""
        if not sum(a.counts):  # an increase of nothing: no label set is made for it
            return
        kind = a.histogram
        if kind == "run_duration":
            agent = self.limiter.admit("agent", a.agent)
            key = (agent, self.limiter.admit("error_type", a.error_type))
            if key not in self.runs and self._full():
                key = (OTHER, key[1])
            h = self._histogram(self.runs, key, AGENT_DURATION_BUCKETS)
        elif kind in ("run_calls", "run_tools"):
            agent = self.limiter.admit("agent", a.agent)
            if agent not in self.run_totals and self._full():
                agent = OTHER
            series = self._run_series(agent)
            h = series.calls if kind == "run_calls" else series.tools
        elif kind == "tool_duration":
            h = self._tool(a.tool, a.agent, a.error_type)[1]
        elif kind == "mcp_duration":
            h = self._mcp(a.server, a.method, a.tool, a.error_type)
        elif kind == "workflow_duration":
            h = self._step(a.workflow, "invoke_workflow", a.error_type)
        else:
            raise ValueError(f"no such agent histogram: {kind!r}")
        _add_counts(h.counts, a.counts)
        h.sum += a.total
        h.last_seen = self.now

    def observe_loop(self, agent: str, tool: str) -> None:
        """Count one run that looped on ``tool`` (``runs.Runs``)."""
        admit = self.limiter.admit
        self._loop_series((admit("agent", agent), admit("tool", tool))).value += 1

    def _requested(self, call: tuple[str, str], tools: tuple[str, ...]) -> None:
        """Count the tool calls an answer of ``call`` (provider, model) asked for."""
        admit = self.limiter.admit
        now = self.now
        for tool in tools:
            key = (*call, admit("tool", tool))
            series = self.requested.get(key)
            if series is None:
                if self._full():
                    key = (*call, OTHER)
                    series = self.requested.get(key)
                if series is None:
                    series = self.requested[key] = CounterSeries()
                    self.held += 1
            series.value += 1
            series.last_seen = now

    def _loop_series(self, key: tuple[str, str]) -> CounterSeries:
        series = self.loops.get(key)
        if series is None:
            if self._full():
                key = (OTHER, OTHER)
                series = self.loops.get(key)
            if series is None:
                series = self.loops[key] = CounterSeries()
                self.held += 1
        series.last_seen = self.now
        return series

    def _histogram(self, table: dict[_Key, HistogramSeries], key: _Key,
                   buckets: tuple[float, ...]) -> HistogramSeries:
        h = table.get(key)
        if h is None:
            h = table[key] = HistogramSeries(len(buckets))
            self.held += 1
        return h

    def expire(self, now: float | None = None) -> int:
        """Drop label sets idle for longer than the TTL; returns how many were dropped."""
        ttl = self.config.limits.series_ttl
        if not ttl:
            return 0
        # An update is stamped with the last tick's time, and may have happened as late as the
        # tick after: what was stamped at the previous tick stays, or a loop that went longer
        # than the TTL without a tick would expire what it was updating all along.
        cutoff = min(self.now - ttl, self.previous_tick) if now is None else now - ttl
        dropped = 0
        gone: list[CallSeries] = []  # what expired, as call series holding only that
        # A model's error series live as long as the model does: a rare error whose series
        # expired between two failures would come back at 1, and rate() would not see it.
        serving = {s.key[:3] for s in self.calls.values()
                   if s.key[3] == "" and s.last_seen >= cutoff}
        before: list[Family] | None = None  # what is exposed, read before anything goes
        for key, series in list(self.calls.items()):
            if key[3] and key[:3] in serving:
                continue
            expired = {k: row for k, row in series.rows.items() if row[LAST_SEEN] < cutoff}
            if not expired:
                continue
            if before is None:
                before = self.families()
            for row_key in expired:
                del series.rows[row_key]
            dropped += len(expired)
            if series.rows:  # the histograms stay with the series; only the rows go
                part = CallSeries(series.key, series.price)
                part.rows = expired
                gone.append(part)
            else:  # the whole series goes, its histograms and the rows it had
                del self.calls[key]
                dropped += 1
                series.rows = expired
                gone.append(series)
        if gone:
            assert before is not None  # read before the first part went into gone
            self._no_rounding_down(before, self._retire(gone))
        tables: tuple[dict[Any, Any], ...] = (self.feedback, self.steps, self.runs,
                                               self.run_totals, self.tools, self.mcp, self.loops,
                                               self.requested)
        for table in tables:
            dropped += len(_remove_idle(table, cutoff))
        for answer in _remove_idle(self.answers, cutoff):
            dropped += 1
            answer.gone = True
        if dropped:
            self._reset_limits()
            self.held = self._count_held()
        return dropped

    def _retire(self, gone: list[CallSeries]) -> dict[str, dict]:
        """Keep what expired parts added to exposed series that are still live.

        An exposed series sums many label sets (llm_requests_total sums prompts and finish
        reasons). Were an expired part simply dropped, the sums it fed would go down, which
        Prometheus reads as a counter reset and counts again in rate() and increase(). So
        an exposed series keeps the totals of its expired parts, and only ever disappears
        whole: when nothing live feeds it any more.
        """
        live = {fam.metric.name: fam.samples for fam in self._call_families(self.calls.values())}
        for fam in self._call_families(gone):
            live_keys = live[fam.metric.name]
            retired = self.retired.setdefault(fam.metric.name, {})
            histogram = fam.metric.kind == "histogram"
            for k, value in fam.samples.items():
                if k not in live_keys:
                    continue  # nothing else feeds it: it disappears whole
                if histogram:
                    if any(value[0]):  # an expired row holds no observations of its own
                        _add_histogram(retired, k, *value)
                else:
                    retired[k] = retired.get(k, 0) + value
        for name, retired in self.retired.items():
            for k in [k for k in retired if k not in live[name]]:
                del retired[k]
        return live  # family name -> what the live label sets alone expose

    def _no_rounding_down(self, before: list[Family], live: dict[str, dict]) -> None:
        """Summed in another order, a float sum can come out an ulp lower than before the
        expiry ((a + b) + c > (a + c) + b), and Prometheus would count a reset: nudge each
        retired total up until its exposed sum is at least what it was. ``live``: what the
        live label sets alone expose now, by family name."""
        for fam in before:
            retired = self.retired.get(fam.metric.name)
            if not retired:
                continue
            histogram = fam.metric.kind == "histogram"
            was_by_key, now_by_key = fam.samples, live[fam.metric.name]
            for k, kept in retired.items():
                if k not in was_by_key or k not in now_by_key:
                    continue
                was = was_by_key[k][1] if histogram else was_by_key[k]
                live_sum = now_by_key[k][1] if histogram else now_by_key[k]
                total = kept[1] if histogram else kept
                if live_sum + total < was:  # then a few ulps up, as families() adds them up
                    total = max(total, was - live_sum)
                    while live_sum + total < was:
                        total = math.nextafter(total, math.inf)
                retired[k] = (kept[0], total) if histogram else total

    def _reset_limits(self) -> None:
        live: dict[str, set[str]] = defaultdict(set)
        for series in self.calls.values():
            for label, value in zip(CALL_LABELS, series.key, strict=True):
                live[label].add(value)
            for row_key in series.rows:
                for label, value in zip(ROW_LABELS, row_key, strict=True):
                    live[label].add(value)
        for name, model, prompt_name, prompt_version in self.feedback:
            live["feedback_name"].add(name)
            live["model"].add(model)
            live["prompt_name"].add(prompt_name)
            live["prompt_version"].add(prompt_version)
        for (_, _, prompt_name, prompt_version), answer in self.answers.items():
            live["prompt_name"].add(prompt_name)
            live["prompt_version"].add(prompt_version)
            live["check"].update(check for check, _ in answer.checks)
        for workflow, step, error_type in self.steps:
            live["workflow"].add(workflow)
            live["step"].add(step)
            live["error_type"].add(error_type)
        for agent, error_type in self.runs:
            live["agent"].add(agent)
            live["error_type"].add(error_type)
        live["agent"].update(self.run_totals)
        for tool, agent, error_type in self.tools:
            live["tool"].add(tool)
            live["agent"].add(agent)
            live["error_type"].add(error_type)
        for server, method, tool, error_type in self.mcp:
            live["mcp_server"].add(server)
            live["mcp_method"].add(method)
            live["tool"].add(tool)
            live["error_type"].add(error_type)
        for agent, tool in self.loops:
            live["agent"].add(agent)
            live["tool"].add(tool)
        for _, _, tool in self.requested:
            live["tool"].add(tool)
        for label in self.limiter.caps:
            self.limiter.reset(label, live[label])

    def series_count(self) -> int:
        """Label sets held: call series, their rows, feedback, step, agent, tool and MCP
        histograms and loop counters, and the totals kept for expired parts of live
        series."""
        return self.held + sum(len(r) for r in self.retired.values())

    def _count_held(self) -> int:
        return (len(self.calls) + sum(len(s.rows) for s in self.calls.values())
                + len(self.feedback) + len(self.steps) + len(self.answers) + len(self.runs)
                + len(self.run_totals) + len(self.tools) + len(self.mcp) + len(self.loops)
                + len(self.requested))

    def families(self) -> list[Family]:
        """Every LLM metric family, aggregated to its own labels, ready to expose."""
        families = self._call_families(self.calls.values())
        for fam in families:
            retired = self.retired.get(fam.metric.name)
            if not retired:
                continue
            samples = fam.samples
            if fam.metric.kind == "histogram":
                for k, (counts, total) in retired.items():
                    _add_histogram(samples, k, counts, total)
            else:
                for k, v in retired.items():
                    samples[k] = samples.get(k, 0) + v
        feedback = Family(metrics.FEEDBACK)
        for k, h in self.feedback.items():
            _add_histogram(feedback.samples, k, h.counts, h.sum)
        steps = Family(metrics.STEP_DURATION)
        for k, h in self.steps.items():
            _add_histogram(steps.samples, k, h.counts, h.sum)
        checks = Family(metrics.ANSWER_CHECKS)
        lengths = Family(metrics.ANSWER_TOKENS)
        for k, answer in self.answers.items():
            for (check, result), n in answer.checks.items():
                checks.samples[(*k, check, result)] = n
            if answer.tokens is not None:
                _add_histogram(lengths.samples, k, answer.tokens, answer.tokens_sum)
        return [*families, feedback, steps, checks, lengths, *self._agent_families()]

    def _agent_families(self) -> list[Family]:
        runs = Family(metrics.AGENT_DURATION)
        for k, h in self.runs.items():
            _add_histogram(runs.samples, k, h.counts, h.sum)
        calls = Family(metrics.AGENT_INFERENCE_CALLS)
        tools = Family(metrics.AGENT_TOOL_CALLS)
        tokens = Family(metrics.AGENT_RUN_TOKENS)
        cost = Family(metrics.AGENT_RUN_COST)
        for agent, r in self.run_totals.items():
            calls.samples[(agent,)] = (list(r.calls.counts), r.calls.sum)
            tools.samples[(agent,)] = (list(r.tools.counts), r.tools.sum)
            tokens.samples[(agent, "input")] = (list(r.input.counts), r.input.sum)
            tokens.samples[(agent, "output")] = (list(r.output.counts), r.output.sum)
            cost.samples[(agent,)] = (list(r.cost.counts), r.cost.sum)
            if r.exemplars:
                cost.exemplars[(agent,)] = dict(r.exemplars)
        tool_calls = Family(metrics.TOOL_DURATION)
        for tool_key, h in self.tools.items():
            _add_histogram(tool_calls.samples, tool_key, h.counts, h.sum)
        mcp = Family(metrics.MCP_DURATION)
        for mcp_key, h in self.mcp.items():
            _add_histogram(mcp.samples, mcp_key, h.counts, h.sum)
        loops = Family(metrics.AGENT_LOOPS)
        for loop_key, c in self.loops.items():
            loops.samples[loop_key] = c.value
        requested = Family(metrics.TOOL_CALLS_REQUESTED)
        for requested_key, c in self.requested.items():
            requested.samples[requested_key] = c.value
        return [runs, calls, tools, tokens, cost, tool_calls, mcp, loops, requested]

    def _call_families(self, calls: Iterable[CallSeries]) -> list[Family]:
        """The call families aggregated over ``calls`` (all of them, or expired parts)."""
        duration = Family(metrics.DURATION)
        ttft = Family(metrics.TTFT)
        token_usage = Family(metrics.TOKEN_USAGE)
        tpot = Family(metrics.TPOT)
        requests = Family(metrics.REQUESTS)
        tokens = Family(metrics.TOKENS)
        cost = Family(metrics.COST)
        finish = Family(metrics.FINISH_REASONS)
        refusals = Family(metrics.REFUSALS)
        retries = Family(metrics.RETRIES)

        hist_add = _add_histogram
        for s in calls:
            provider, model, operation, error_type = s.key
            hist_add(duration.samples, (provider, model, operation, error_type), s.duration,
                     s.duration_sum)
            if s.exemplars:
                duration.exemplars.setdefault((provider, model, operation, error_type), {}).update(
                    s.exemplars)
            if s.ttft is not None:
                hist_add(ttft.samples, (provider, model, operation), s.ttft, s.ttft_sum)
            if s.input is not None:
                hist_add(token_usage.samples, (provider, model, operation, "input"), s.input,
                         s.input_sum)
            if s.output is not None:
                hist_add(token_usage.samples, (provider, model, operation, "output"), s.output,
                         s.output_sum)
            if s.tpot is not None:
                hist_add(tpot.samples, (provider, model), s.tpot, s.tpot_sum)
            pm = (provider, model)
            for (tenant, prompt_name, prompt_version, finish_reason), row in s.rows.items():
                k: tuple[str, ...] = (provider, model, operation, error_type, tenant)
                requests.samples[k] = requests.samples.get(k, 0) + row[REQUESTS]
                for token_type, idx in TOKEN_TYPES:
                    if row[idx]:
                        k = (provider, model, token_type, tenant)
                        tokens.samples[k] = tokens.samples.get(k, 0) + row[idx]
                if row[COST] or s.price is not None:
                    k = (provider, model, tenant, prompt_name, prompt_version)
                    cost.samples[k] = cost.samples.get(k, 0.0) + row[COST]
                if row[FINISHED]:
                    k = (provider, model, finish_reason)
                    finish.samples[k] = finish.samples.get(k, 0) + row[FINISHED]
                if row[REFUSALS]:
                    refusals.samples[pm] = refusals.samples.get(pm, 0) + row[REFUSALS]
                if row[RETRIES]:
                    retries.samples[pm] = retries.samples.get(pm, 0) + row[RETRIES]
        return [duration, ttft, token_usage, tpot, requests, tokens, cost, finish, refusals,
                retries]

    def collect(self) -> Iterator[Metric]:
        """Unpriced calls, label overflow and label sets held (a prometheus-client
        collector)."""
        yield metrics.family(metrics.UNPRICED, sorted(self.unpriced.items()))
        yield metrics.family(metrics.ZERO_COST, sorted(self.zero_cost.items()))
        yield from self.limiter.collect()
        yield metrics.family(metrics.LABEL_SETS, self.series_count())


def _add_counts(counts: list[int], more: tuple[int, ...]) -> None:
    for i, n in enumerate(more):
        if n:
            counts[i] += n


def _observe(h: HistogramSeries, buckets: tuple[float, ...], value: float, now: float) -> int:
    """Add ``value`` to ``h``; returns its bucket's index."""
    i = bisect_left(buckets, value)
    h.counts[i] += 1
    h.sum += value
    h.last_seen = now
    return i


def _remove_idle(table: dict[_Key, _Series], cutoff: float) -> list[_Series]:
    """Remove from ``table`` what was last updated before ``cutoff``; returns what went."""
    idle = []
    for key, h in list(table.items()):
        if h.last_seen < cutoff:
            del table[key]
            idle.append(h)
    return idle


def _add_histogram(samples: dict, key: tuple, counts: list[int], total: float) -> None:
    current = samples.get(key)
    if current is None:
        samples[key] = (list(counts), total)
    else:
        merged = current[0]
        for i, n in enumerate(counts):
            merged[i] += n
        samples[key] = (merged, current[1] + total)
