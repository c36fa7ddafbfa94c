"""A simulated fleet for judging alert rules: seeded, realistic traffic through the real Store.

Applications call five models on four providers (one self-hosted at ten calls an hour) for
four tenants, through two sidecars, with a diurnal and a weekly cycle and Poisson noise. Every
call is an ``LlmCall`` observed by a real ``sidecar.store.Store`` (pricing, label limits,
expiry, counter semantics), on a simulated clock. Every scrape interval each sidecar's
families are sampled as Prometheus would scrape them, with ``job``, ``instance`` and ``up``,
and the whole history is written as OpenMetrics with timestamps, for
``promtool tsdb create-blocks-from openmetrics``.

Successful calls carry the answer checks' results as the SDK wrappers send them (drawn
from their own generator, so the rest of the traffic stays call for call the same).
Each call's fields go through the sidecar's own validation (``decode.event_from_fields``):
a call the sidecar would reject is counted in ``llm_exporter_events_rejected_total`` by its
real reason, as the pipeline counts it, and the store's own self-metrics (unpriced calls,
label overflow) are scraped with the rest.

A scenario changes the traffic through ``Fault`` hooks: a function of (model, call fields)
that may change or drop a call, a factor on a model's call rate, sidecars that are down, that
restart (a fresh process: counters back to zero) or are replaced by new instances (a rolling
deploy), a share of thumbs-up in feedback, a factor on workflow step durations, a share of
datagrams the kernel drops, a change to how agents behave.

With ``agents``, agents run too: each run is model calls to one of the models, with a tool
call between two (some through an MCP server), sent with their trace ids as the client
library sends them, and attributed to their run by the sidecar's own ``runs.Runs``; a share of
runs loop (one tool called with the same arguments again and again) or stop at max turns.
Agent traffic draws from its own generator: the fleet's other calls stay the same.
"""

from __future__ import annotations

import math
import random
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from prometheus_client.utils import floatToGoString

from llm_exporter import metrics
from llm_exporter.config import AgentsConfig, Budget, Config, PriceOverride
from llm_exporter.protocol import arguments_hash
from llm_exporter.sidecar.core.decode import (
    AgentRun,
    Feedback,
    LlmCall,
    McpOperation,
    Rejection,
    Step,
    ToolCall,
    event_from_fields,
)
from llm_exporter.sidecar.core.runs import Runs
from llm_exporter.sidecar.core.store import Family, Store

HOUR = 3600.0
DAY = 24 * HOUR
WEEK = 7 * DAY


@dataclass(frozen=True)
class Model:
    """One model's traffic and behaviour when healthy."""

    provider: str
    name: str
    calls_per_hour: float  # at the daily peak, on a weekday
    latency_s: float  # median duration
    ttft_s: float | None  # median time to first token; None: not streamed
    input_tokens: int
    output_tokens: int
    error_ratio: float = 0.002
    length_ratio: float = 0.01
    refusal_ratio: float = 0.004
    batch: bool = False  # a batch job: flat over the day, not user-facing


MODELS = (
    Model("openai", "gpt-4o-mini", 2400, 1.2, 0.35, 1200, 180),
    Model("openai", "gpt-4o", 700, 3.0, 0.7, 2500, 350),
    Model("anthropic", "claude-sonnet-4-5", 500, 4.0, 1.1, 3000, 500),  # 1.8 % over 10.24 s
    Model("gcp.gemini", "gemini-2.5-flash", 600, 1.4, None, 800, 120, batch=True),
    Model("vllm", "llama-3.1-8b-instruct", 10, 2.0, 0.5, 600, 150),
)
TENANTS = (("acme", 0.4), ("globex", 0.3), ("initech", 0.2), ("umbrella", 0.1))
# about twice what each tenant spends on a healthy weekday
BUDGETS = (Budget("acme", daily_usd=200.0, monthly_usd=5000.0),
           Budget("globex", daily_usd=150.0), Budget("initech", daily_usd=100.0),
           Budget("umbrella", daily_usd=50.0))
# the team prices its own GPUs (an unpriced model raises LLMExporterUnpricedEvents)
PRICES = (PriceOverride("llama-3.1-8b-instruct", input=0.2, output=0.2, provider="vllm"),)
PROMPTS = (("support-answer", "v3", 0.5), ("summarize", "v1", 0.3), ("classify", "v2", 0.2))
STEP_ERRORS = 0.005  # the retrieval step's failures on a healthy day
# answer checks failing on a healthy day, per check (the SDK wrappers run them on every
# answer); classify asks for JSON against a schema
CHECK_FAILURES = {"refusal": 0.003, "empty": 0.002, "hedge": 0.04}
JSON_FAILURES = {"json": 0.004, "json_schema": 0.01}
JSON_PROMPTS = ("classify",)
ERRORS = (("server_error", 0.5), ("timeout", 0.3), ("rate_limit", 0.2))
SIDECARS = ("app-0:9478", "app-1:9478")


@dataclass(frozen=True)
class Tool:
    """A tool agents call, maybe through an MCP server (``tools/call``)."""

    name: str
    latency_s: float  # median duration
    error_ratio: float = 0.01
    server: str = ""  # the MCP server that serves it; "" a local function


@dataclass(frozen=True)
class Agent:
    """One agent's runs when healthy: model calls with a tool call between two."""

    name: str
    runs_per_hour: float  # at the daily peak, on a weekday
    model: str  # the model its calls go to (one of the fleet's)
    calls_per_run: float  # mean model calls per run (at least one)
    tools: tuple[Tool, ...]
    loop_ratio: float = 0.001  # runs that call one tool with the same arguments over and over
    limit_ratio: float = 0.005  # runs that wander until max turns (besides long ones)
    max_turns: int = 30  # the turn limit: a run that reaches it ends as max_turns
    batch: bool = False


AGENTS = (
    Agent("support-agent", 300, "gpt-4o-mini", 3.0, (
        Tool("search_docs", 0.3), Tool("get_order", 0.15, server="orders-mcp"))),
    Agent("research-agent", 40, "claude-sonnet-4-5", 8.0, (
        Tool("web_search", 1.2, 0.03), Tool("read_file", 0.05, server="filesystem-mcp"))),
    # a nightly triage job: a few runs an hour, all day
    Agent("triage-agent", 6, "gpt-4o", 2.0, (Tool("create_ticket", 0.4, server="jira-mcp"),),
          batch=True),
)


def daily_factor(t: float) -> float:
    """Traffic relative to the weekday peak: low at 04:00 UTC, high at 16:00, half at weekends."""
    hour = (t % DAY) / HOUR
    diurnal = 0.3 + 0.7 * (0.5 - 0.5 * math.cos(2 * math.pi * (hour - 4) / 24))
    weekday = int(t // DAY + 3) % 7  # 1970-01-01 was a Thursday: 0 is Monday
    return diurnal * (0.5 if weekday >= 5 else 1.0)


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth for small means, a rounded normal for large ones)."""
    if mean <= 0:
        return 0
    if mean > 50:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


# what a fault does to a call's fields (None drops the call), to a model's call rate, to how
# an agent behaves
CallChange = Callable[[random.Random, Model, dict], dict | None]
RateFactor = Callable[[Model, float], float]
AgentChange = Callable[[Agent], Agent]


@dataclass
class Fault:
    """A change to the traffic between ``start`` and ``end`` (seconds from the run's start)."""

    start: float
    end: float
    call: CallChange | None = None  # None drops it
    # a factor on the model's call rate, given the model and the seconds since ``start``
    rate: RateFactor | None = None
    down: tuple[str, ...] = ()  # sidecars not scraped (up == 0)
    restart: tuple[str, ...] = ()  # sidecars that restart at ``start``
    replace: tuple[tuple[str, str], ...] = ()  # (old, new) instances swapped at ``start``
    thumbs_up: float | None = None  # share of positive ratings instead of 0.8
    step_factor: float = 1.0  # workflow step durations times this
    step_errors: float | None = None  # share of workflow steps failing instead of STEP_ERRORS
    dropped: float = 0.0  # share of datagrams the kernel drops (receive buffer full)
    agent: AgentChange | None = None

    def active(self, t: float) -> bool:
        return self.start <= t < self.end


@dataclass
class Series:
    """One exposed metric (label set) over time: the scrape indexes and one array per line."""

    lines: list[str]  # sample name and labels of each line, e.g. 'x_bucket{a="1",le="2"}'
    times: array = field(default_factory=lambda: array("l"))
    values: list[array] = field(default_factory=list)


class History:
    """Scrapes as Prometheus would store them, written out as OpenMetrics."""

    def __init__(self, keep: set[str] | None = None) -> None:
        self.families: dict[str, tuple[str, dict[str, Series]]] = {}  # name -> (kind, series)
        self.scrape_times: list[float] = []
        self.keep = keep

    def add(self, name: str, kind: str, labels: str, lines: list[tuple[str, float]]) -> None:
        if self.keep is not None and name not in self.keep:
            return
        series_by_labels = self.families.setdefault(name, (kind, {}))[1]
        series = series_by_labels.get(labels)
        if series is None:
            series = series_by_labels[labels] = Series([line for line, _ in lines])
            series.values = [array("d") for _ in lines]
        series.times.append(len(self.scrape_times) - 1)
        for column, (_, value) in zip(series.values, lines, strict=True):
            column.append(value)

    def openmetrics(self, start: float = -math.inf, end: float = math.inf) -> Iterator[str]:
        """The history (scrapes in [start, end)) as OpenMetrics text, a metric's points
        together in time order."""
        times = self.scrape_times
        for name, (kind, series_by_labels) in self.families.items():
            yield f"# TYPE {name} {kind}\n"
            for series in series_by_labels.values():
                out = []
                for i, index in enumerate(series.times):
                    if not start <= times[index] < end:
                        continue
                    ts = f"{times[index]:.3f}"
                    for line, column in zip(series.lines, series.values, strict=True):
                        out.append(f"{line} {floatToGoString(column[i])} {ts}\n")
                yield "".join(out)
        yield "# EOF\n"


def _labels(pairs: list[tuple[str, str]]) -> str:
    return ",".join(f'{k}="{v}"' for k, v in pairs if v)


@dataclass
class Sidecar:
    """One sidecar process: its store and the pipeline's counters."""

    store: Store
    runs: Runs  # the pipeline's: what each agent run's calls and tool calls add up to
    events: Counter = field(default_factory=Counter)  # event type -> accepted
    rejected: Counter = field(default_factory=Counter)  # reason -> rejected
    socket_drops: int = 0


class Fleet:
    """Sidecars with real stores, fed simulated calls, scraped on a simulated clock."""

    def __init__(self, start: float, seed: int = 1, faults: tuple[Fault, ...] = (),
                 scrape_interval: float = 60.0, models: tuple[Model, ...] = MODELS,
                 keep: set[str] | None = None, budgets: tuple[Budget, ...] = BUDGETS,
                 prices: tuple[PriceOverride, ...] = PRICES, agents: tuple[Agent, ...] = ()):
        """``keep``: the family names to record (None: all), to keep the history small."""
        self.rng = random.Random(seed)
        self.agent_rng = random.Random(seed + 3_000_003)
        self.agents = agents
        # the answer checks and step failures draw from their own generators: the rest of
        # the traffic is the same call for call as without them
        self.check_rng = random.Random(seed + 1_000_003)
        self.step_rng = random.Random(seed + 2_000_003)
        self.start = start
        self.now = start
        self.faults = faults
        self.models = models
        self.scrape_interval = scrape_interval
        self.config = Config(budgets=budgets, prices=prices)
        self.sidecars = {name: self._sidecar() for name in SIDECARS}
        self.history = History(keep)
        self._started: set[int] = set()  # faults whose start has been applied

    @property
    def stores(self) -> dict[str, Store]:
        return {name: sidecar.store for name, sidecar in self.sidecars.items()}

    def _sidecar(self) -> Sidecar:
        store = Store(self.config, clock=lambda: self.now, wall_clock=lambda: self.now)
        return Sidecar(store, Runs(AgentsConfig(), store.observe_loop, clock=lambda: self.now))

    def run(self, seconds: float) -> History:
        """Simulate ``seconds`` of traffic from the current time; returns the history."""
        end = self.now + seconds
        while self.now < end:
            self._minute()
            self.now += self.scrape_interval
            for sidecar in self.sidecars.values():
                sidecar.store.tick()
                if int(self.now) % 60 == 0:
                    sidecar.store.expire()
            self._scrape()
        return self.history

    def _faults(self) -> list[Fault]:
        offset = self.now - self.start
        return [f for f in self.faults if f.active(offset)]

    def _lifecycle(self, faults: list[Fault]) -> None:
        """Restarts and replaced instances, once, when their fault starts."""
        for fault in faults:
            if id(fault) in self._started:
                continue
            self._started.add(id(fault))
            for name in fault.restart:
                self.sidecars[name] = self._sidecar()
            for old, new in fault.replace:
                del self.sidecars[old]
                self.sidecars[new] = self._sidecar()

    def _minute(self) -> None:
        faults = self._faults()
        self._lifecycle(faults)
        rng = self.rng
        sidecars = list(self.sidecars.values())
        thumbs_up = next((f.thumbs_up for f in faults if f.thumbs_up is not None), 0.8)
        step_factor = math.prod(f.step_factor for f in faults)
        step_errors = next((f.step_errors for f in faults if f.step_errors is not None),
                           STEP_ERRORS)
        dropped = max((f.dropped for f in faults), default=0.0)
        for model in self.models:
            rate = model.calls_per_hour * (0.8 if model.batch else daily_factor(self.now))
            for fault in faults:
                if fault.rate is not None:
                    rate *= fault.rate(model, self.now - self.start - fault.start)
            for _ in range(poisson(rng, rate * self.scrape_interval / HOUR)):
                fields: dict | None = self._call(model)
                for fault in faults:
                    if fault.call is not None and fields is not None:
                        fields = fault.call(rng, model, fields)
                if fields is None:
                    continue
                self._checked(fields)
                sidecar = rng.choice(sidecars)
                if dropped and rng.random() < dropped:
                    sidecar.socket_drops += 1
                    continue
                call = event_from_fields({"type": "llm_call", **fields})
                if isinstance(call, Rejection):
                    sidecar.rejected[call.reason] += 1
                    continue
                assert isinstance(call, LlmCall)  # what fields of type llm_call make
                store = sidecar.store
                store.observe_call(call)
                sidecar.events["llm_call"] += 1
                if call.prompt_name == "support-answer" and rng.random() < 0.05:
                    store.observe_feedback(Feedback(
                        name="user_rating", value=1.0 if rng.random() < thumbs_up else 0.0,
                        model=model.name, prompt_name="support-answer",
                        prompt_version=call.prompt_version))
                    sidecar.events["feedback"] += 1
                if call.prompt_name == "support-answer":
                    duration = rng.lognormvariate(math.log(0.15), 0.4) * step_factor
                    error = "timeout" if self.step_rng.random() < step_errors else ""
                    store.observe_step(Step(workflow="rag", step="retrieve", duration_s=duration,
                                            error_type=error))
                    sidecar.events["step"] += 1
        for agent in self.agents:
            for fault in faults:
                if fault.agent is not None:
                    agent = fault.agent(agent)
            rate = agent.runs_per_hour * (0.8 if agent.batch else daily_factor(self.now))
            for _ in range(poisson(self.agent_rng, rate * self.scrape_interval / HOUR)):
                self._run(agent, self.agent_rng.choice(sidecars))

    def _run(self, agent: Agent, sidecar: Sidecar) -> None:
        """One agent run, its events as the client library sends them to one sidecar."""
        rng = self.agent_rng
        model = next(m for m in self.models if m.name == agent.model)
        trace = f"{rng.getrandbits(128):032x}"
        run_span = f"{rng.getrandbits(64):016x}"
        looping = rng.random() < agent.loop_ratio
        extra = agent.calls_per_run - 1  # model calls after the first: about exponential
        turns = 1 + (round(rng.expovariate(1 / extra)) if extra > 0 else 0)
        if looping or rng.random() < agent.limit_ratio:
            turns = agent.max_turns + 1  # the same call again and again, or a run that wanders
        error = ""
        elapsed = 0.0
        repeated = (rng.choice(agent.tools), "{}")
        for turn in range(min(turns, agent.max_turns)):
            fields = self._call(model, rng)
            fields.update(prompt_name=agent.name, prompt_version="v1", agent=agent.name,
                          trace_id=trace, span_id=f"{rng.getrandbits(64):016x}",
                          parent_span_id=run_span)
            last = turn == turns - 1
            if not fields.get("error_type") and not last:
                fields["finish_reason"] = "tool_calls"
            elapsed += fields["duration_s"]
            self._send(sidecar, {"type": "llm_call", **fields})
            if fields.get("error_type"):
                error = fields["error_type"]
                break
            if last:
                break
            tool, arguments = repeated if looping else (
                rng.choice(agent.tools), f'{{"q": {rng.getrandbits(32)}}}')
            elapsed += self._tool(agent, tool, arguments, trace, run_span, sidecar)
        else:  # the turns ran out before a final answer
            error = "max_turns"
        self._send(sidecar, AgentRun(agent=agent.name, duration_s=elapsed, error_type=error,
                                     trace_id=trace, span_id=run_span))

    def _tool(self, agent: Agent, tool: Tool, arguments: str, trace: str, parent: str,
              sidecar: Sidecar) -> float:
        """One tool call (and its MCP request); returns its duration."""
        rng = self.agent_rng
        duration = rng.lognormvariate(math.log(tool.latency_s), 0.5)
        error = "tool_error" if rng.random() < tool.error_ratio else ""
        span = f"{rng.getrandbits(64):016x}"
        if tool.server:
            self._send(sidecar, McpOperation(
                method="tools/call", duration_s=duration * 0.9, server=tool.server,
                tool=tool.name, error_type=error, trace_id=trace,
                span_id=f"{rng.getrandbits(64):016x}", parent_span_id=span))
        self._send(sidecar, ToolCall(
            tool=tool.name, duration_s=duration, error_type=error, agent=agent.name,
            arguments_hash=arguments_hash(arguments), trace_id=trace, span_id=span,
            parent_span_id=parent))
        return duration

    def _send(self, sidecar: Sidecar, event: dict | AgentRun | ToolCall | McpOperation) -> None:
        """What the pipeline does with an event: validate, record, attribute to its run."""
        if isinstance(event, dict):
            decoded = event_from_fields(event)
            if isinstance(decoded, Rejection):
                sidecar.rejected[decoded.reason] += 1
                return
            event = decoded
        store, runs = sidecar.store, sidecar.runs
        if isinstance(event, LlmCall):
            runs.accept(event, store.observe_call(event), "udp")
            sidecar.events["llm_call"] += 1
        elif isinstance(event, ToolCall):
            store.observe_tool(event)
            runs.accept(event, 0.0, "udp")
            sidecar.events["tool_call"] += 1
        elif isinstance(event, McpOperation):
            store.observe_mcp(event)
            sidecar.events["mcp_operation"] += 1
        elif isinstance(event, AgentRun):
            store.observe_run(event, runs.end(event))
            sidecar.events["agent_run"] += 1

    def _call(self, model: Model, rng: random.Random | None = None) -> dict:
        rng = rng or self.rng
        tenant = rng.choices([t for t, _ in TENANTS], [w for _, w in TENANTS])[0]
        prompt, version, _ = rng.choices(PROMPTS, [w for *_, w in PROMPTS])[0]
        duration = rng.lognormvariate(math.log(model.latency_s), 0.45)
        fields: dict = {"provider": model.provider, "model": model.name, "tenant": tenant,
                        "prompt_name": prompt, "prompt_version": version,
                        "duration_s": min(duration, 600.0)}
        if rng.random() < model.error_ratio:
            fields["error_type"] = rng.choices([e for e, _ in ERRORS], [w for _, w in ERRORS])[0]
            fields["duration_s"] = min(duration, 30.0) / 3
            return fields
        output = max(1, int(rng.expovariate(1 / model.output_tokens)))
        fields.update(input_tokens=max(1, int(rng.gauss(model.input_tokens,
                                                          model.input_tokens / 4))),
                      output_tokens=output, finish_reason="stop")
        if model.ttft_s is not None:
            fields["ttft_s"] = min(fields["duration_s"],
                                   rng.lognormvariate(math.log(model.ttft_s), 0.35))
        if rng.random() < model.length_ratio:
            fields["finish_reason"] = "length"
        if rng.random() < model.refusal_ratio:
            fields["refusal"] = True
        return fields

    def _checked(self, fields: dict) -> None:
        """The answer checks' results of a call, as the SDK wrappers send them: drawn from
        CHECK_FAILURES (and JSON_FAILURES for a JSON prompt), or those a fault set in
        ``fields["check_failures"]`` (check -> share failing); truncated follows the finish
        reason. A failed call has none."""
        wanted = fields.pop("check_failures", {})
        if fields.get("error_type"):
            return
        rng = self.check_rng
        shares = dict(CHECK_FAILURES)
        if fields.get("prompt_name") in JSON_PROMPTS:
            shares.update(JSON_FAILURES)
        shares.update(wanted)
        checks = {name: "fail" if rng.random() < share else "pass"
                  for name, share in shares.items()}
        if checks.get("json") == "fail":
            del checks["json_schema"]  # not JSON: the schema is not checked
        checks["truncated"] = "fail" if fields.get("finish_reason") == "length" else "pass"
        fields["checks"] = checks

    def _scrape(self) -> None:
        history = self.history
        history.scrape_times.append(self.now)
        down = {name for fault in self._faults() for name in fault.down}
        for name, sidecar in self.sidecars.items():
            target = [("job", "llm-exporter"), ("instance", name)]
            history.add("up", "gauge", _labels(target),
                        [(f"up{{{_labels(target)}}}", 0.0 if name in down else 1.0)])
            if name in down:
                continue
            for fam in sidecar.store.families():
                self._family(fam, target)
            for kind, n in sidecar.events.items():
                self._sample(metrics.EVENTS, target, [("transport", "udp"), ("type", kind)], n)
            for reason, n in sidecar.rejected.items():
                self._sample(metrics.EVENTS_REJECTED, target, [("reason", reason)], n)
            self._sample(metrics.SOCKET_DROPS, target, [("transport", "udp")],
                         sidecar.socket_drops)
            for metric in sidecar.store.collect():  # unpriced, label overflow, label sets
                for sample in metric.samples:
                    pairs = target + sorted(sample.labels.items())
                    history.add(metric.name, metric.type, _labels(pairs),
                                [(f"{sample.name}{{{_labels(pairs)}}}", float(sample.value))])
            for b in self.config.budgets:
                for window, usd in (("1d", b.daily_usd), ("30d", b.monthly_usd)):
                    if usd is not None:
                        self._sample(metrics.BUDGET, target,
                                     [("tenant", b.tenant), ("window", window)], usd)

    def _sample(self, m: metrics.MetricDef, target: list[tuple[str, str]],
                pairs: list[tuple[str, str]], value: float) -> None:
        labels = _labels(target + pairs)
        self.history.add(m.name, m.kind, labels, [(f"{m.series}{{{labels}}}", float(value))])

    def _family(self, fam: Family, target: list[tuple[str, str]]) -> None:
        m = fam.metric
        for values, sample in fam.samples.items():
            pairs = target + list(zip(m.labels, values, strict=True))
            labels = _labels(pairs)
            if m.kind == "histogram":
                counts, total = sample
                lines, cumulative = [], 0
                for bound, n in zip((*m.buckets, math.inf), counts, strict=True):
                    cumulative += n
                    le = metrics.le_label(bound)
                    lines.append((f'{m.bucket}{{{labels},le="{le}"}}', float(cumulative)))
                lines.append((f"{m.count}{{{labels}}}", float(cumulative)))
                lines.append((f"{m.sum}{{{labels}}}", float(total)))
            else:
                lines = [(f"{m.series}{{{labels}}}", float(sample))]
            self.history.add(m.name, m.kind, labels, lines)
