"""Agents: runs that fail, loop, cost or call more than usual; tools and MCP servers that fail
or slow down."""

from __future__ import annotations

from llm_exporter.config import Config, parse_duration
from llm_exporter.metrics import (
    AGENT,
    AGENT_DURATION,
    AGENT_INFERENCE_CALLS,
    AGENT_LOOPS,
    AGENT_RUN_COST,
    ERROR_TYPE,
    MCP_DURATION,
    SERVER,
    TOOL,
    TOOL_DURATION,
)
from llm_exporter.mixin.rules.base import (
    EVIDENCE_WINDOWS,
    Alert,
    evidenced,
    fmt,
    or_override,
    recorded,
    usual_ratio,
    with_overrides,
)

WINDOWS = ("10m", *EVIDENCE_WINDOWS)  # see base.evidence
MEAN_WINDOWS = ("1h", "6h")  # a busy agent's hour, a quiet one's six
BASELINE_HOURS = 24  # of history an agent's means are judged against, at least
AGENT_LABEL = f"{{{{ $labels.{AGENT} }}}}"
# a new agent is judged once it has a day of history: its second hour is no shift from its
# first
_HISTORY = (f"and on ({AGENT}) count_over_time(llm:agent_runs:rate1h[7d:1h] offset 1h) "
            f">= {BASELINE_HOURS}")
# (recording prefix, label kept, histogram): what fails, counted per call of each
FAILING = (("agent_run", AGENT, AGENT_DURATION), ("tool_call", TOOL, TOOL_DURATION),
           ("mcp_request", SERVER, MCP_DURATION))


def recording(config: Config) -> list[dict]:
    sel = config.alerting.selector
    out = []
    for w in WINDOWS:
        for prefix, by, histogram in FAILING:
            out += [
                {"record": f"llm:{prefix}s:rate{w}",
                 "expr": f"sum by ({by}) (rate({histogram.count}{{{sel}}}[{w}]))"},
                {"record": f"llm:{prefix}_errors:rate{w}",
                 "expr": f'sum by ({by}) (rate({histogram.count}{{{sel}, {ERROR_TYPE}!=""}}'
                         f"[{w}]))\n  or 0 * llm:{prefix}s:rate{w}"}]
        out.append({"record": f"llm:agent_run_loops:rate{w}",
                    "expr": f"sum by ({AGENT}) (rate({AGENT_LOOPS.series}{{{sel}}}[{w}]))\n"
                            f"  or 0 * llm:agent_runs:rate{w}"})
    for prefix, _, _ in FAILING:
        out.append(usual_ratio(f"llm:{prefix}_error_ratio:usual1d",
                               f"llm:{prefix}_errors:rate1h", f"llm:{prefix}s:rate1h"))
    out.append(usual_ratio("llm:agent_run_loop_ratio:usual1d", "llm:agent_run_loops:rate1h",
                           "llm:agent_runs:rate1h"))
    # the means per run: cost, and model calls (both histograms count every run once)
    for name, histogram in (("cost_usd", AGENT_RUN_COST), ("calls", AGENT_INFERENCE_CALLS)):
        for w in MEAN_WINDOWS:
            out.append({"record": f"llm:agent_run_{name}:mean{w}",
                        "expr": f"sum by ({AGENT}) (rate({histogram.sum}{{{sel}}}[{w}]))\n"
                                f"  / sum by ({AGENT}) (rate({histogram.count}{{{sel}}}[{w}]))"})
        out.append({"record": f"llm:agent_run_{name}:sum_rate1h",
                    "expr": f"sum by ({AGENT}) (rate({histogram.sum}{{{sel}}}[1h]))"})
        usual = usual_ratio(f"llm:agent_run_{name}:usual7d",
                            f"llm:agent_run_{name}:sum_rate1h", "llm:agent_runs:rate1h", over="7d")
        usual["expr"] += f"\n{_HISTORY}"
        out.append(usual)
    # the median model calls per run, which one run that wanders to max turns cannot move
    # (it moved a quiet agent's six-hour mean by half)
    for w in MEAN_WINDOWS:
        out += [{"record": f"llm:agent_run_calls_bucket:rate{w}",
                 "expr": f"sum by ({AGENT}, le) "
                         f"(rate({AGENT_INFERENCE_CALLS.bucket}{{{sel}}}[{w}]))"},
                {"record": f"llm:agent_run_calls:median{w}",
                 "expr": f"histogram_quantile(0.5, llm:agent_run_calls_bucket:rate{w})"}]
    out.append({"record": "llm:agent_run_calls:usual_median7d",
                "expr": "histogram_quantile(0.5, avg_over_time("
                        "llm:agent_run_calls_bucket:rate1h[7d:1h] offset 1h))\n" + _HISTORY})
    return out


def _shifted(stats: tuple[tuple[str, str], ...], factor: float, min_runs: float,
             both_ways: bool, matchers: str) -> str:
    """An agent's statistics per run over the last hour (or six) against their usual ones:
    each of ``stats`` (a recording with ``{w}`` for the window, and one of the 7 days before)
    over ``factor`` times its usual (or, ``both_ways``, each under 1/factor), with
    ``min_runs`` runs in the window. The value is the first one's over its usual."""
    def runs(w: str) -> str:
        return f"{recorded(f'llm:agent_runs:rate{w}', matchers)} * {fmt(parse_duration(w))}"

    def each(w: str, op: str, line: float) -> str:
        return f"\n  and on ({AGENT}) ".join(
            f"{recorded(stat.format(w=w), matchers)} / {recorded(usual, matchers)} "
            f"{op} {fmt(line)}" for stat, usual in stats)
    branches = []
    for w in MEAN_WINDOWS:
        shift = each(w, ">", factor)
        if both_ways:
            shift = f"(\n  {shift}\n  or\n  {each(w, '<', 1 / factor)}\n)"
        branches.append(f"{shift}\nand on ({AGENT}) {runs(w)} >= {fmt(min_runs)}")
    hour = MEAN_WINDOWS[0]
    # the six hours only where the hour is too quiet to say: a busy agent's alert ends with
    # its hour
    return (f"(\n{branches[0]}\n)\nor (\n{branches[1]}\n"
            f"and on ({AGENT}) {runs(hour)} < {fmt(min_runs)}\n)")


def alerts(config: Config) -> list[Alert]:
    a = config.alerting
    t = a.thresholds
    sel = a.selector

    def failing(prefix: str, threshold: str) -> str:
        return evidenced(f"llm:{prefix}_errors:rate{{w}}", f"llm:{prefix}s:rate{{w}}",
                         f"llm:{prefix}_error_ratio:usual1d", WINDOWS, getattr(t, threshold),
                         threshold, a)

    def mcp_p95(matchers: str, window: str, offset: str = "") -> str:
        return (f"histogram_quantile(0.95, sum by ({SERVER}, le) (rate("
                f"{MCP_DURATION.bucket}{{{sel}{matchers}}}[{window}]{offset})))")

    def mcp_slow(matchers: str, factor: float) -> str:
        return (f"{mcp_p95(matchers, '30m')}\n  > {fmt(factor)} * "
                f"{mcp_p95(matchers, '1d', ' offset 30m')}\n"
                f"and on ({SERVER}) sum by ({SERVER}) (increase({MCP_DURATION.count}"
                f"{{{sel}{matchers}}}[30m])) >= {fmt(t.mcp_min_requests)}")

    def shift(stats: tuple[tuple[str, str], ...], threshold: str, both_ways: bool) -> str:
        return with_overrides(
            lambda matchers, factor: _shifted(stats, factor, t.agent_min_runs, both_ways,
                                              matchers),
            getattr(t, threshold), threshold, a,
            covers=lambda m: recorded(stats[0][0].format(w=MEAN_WINDOWS[-1]), m))

    return [
        Alert(
            "LLMAgentRunErrors",
            failing("agent_run", "agent_error_ratio"), "warning", "10m",
            "An agent's runs end in an error or hit a limit (max turns, max cost) often.",
            f"Agent {AGENT_LABEL}: {{{{ $value | humanizePercentage }}}} of its runs fail or "
            f"hit a limit (significantly over {fmt(t.agent_error_ratio * 100)}%"
            f"{or_override(a, 'agent_error_ratio')}).", "agents"),
        Alert(
            "LLMAgentLooping",
            evidenced("llm:agent_run_loops:rate{w}", "llm:agent_runs:rate{w}",
                      "llm:agent_run_loop_ratio:usual1d", WINDOWS, t.agent_loop_ratio,
                      "agent_loop_ratio", a),
            "warning", "5m",
            "An agent's runs keep calling the same tool with the same arguments.",
            f"Agent {AGENT_LABEL}: {{{{ $value | humanizePercentage }}}} of its runs looped "
            f"(a tool called with the same arguments agents.loop_repeats times; significantly "
            f"over {fmt(t.agent_loop_ratio * 100)}%{or_override(a, 'agent_loop_ratio')}). "
            f"llm_agent_loops_total names the tools.", "agents"),
        Alert(
            "LLMAgentRunCostHigh",
            shift((("llm:agent_run_cost_usd:mean{w}", "llm:agent_run_cost_usd:usual7d"),),
                  "agent_cost_factor", both_ways=False), "warning", "30m",
            "An agent's runs cost far more than usual.",
            f"Agent {AGENT_LABEL}: a run costs {{{{ $value | printf \"%.1f\" }}}}x its mean of "
            f"the 7 days before (threshold {fmt(t.agent_cost_factor)}x"
            f"{or_override(a, 'agent_cost_factor')}).", "agents"),
        Alert(
            "LLMAgentCallsPerRunShift",
            # the median, which runs that wander to max turns do not move, and the mean, which
            # a quiet hour's draw of runs moves less: both
            shift((("llm:agent_run_calls:median{w}", "llm:agent_run_calls:usual_median7d"),
                   ("llm:agent_run_calls:mean{w}", "llm:agent_run_calls:usual7d")),
                  "agent_calls_factor", both_ways=True), "warning", "30m",
            "An agent's runs make far more (or far fewer) model calls than usual.",
            f"Agent {AGENT_LABEL}: the median model calls per run are "
            f"{{{{ $value | printf \"%.2f\" }}}}x their median of the 7 days before, their "
            f"mean past the threshold too ({fmt(t.agent_calls_factor)}x"
            f"{or_override(a, 'agent_calls_factor')}, either way): a model, prompt or tool "
            f"change moved how the agent works.", "agents"),
        Alert(
            "LLMToolErrors",
            failing("tool_call", "tool_error_ratio"), "warning", "10m",
            "A tool that agents call fails often.",
            f"Tool {{{{ $labels.{TOOL} }}}}: {{{{ $value | humanizePercentage }}}} of its calls "
            f"fail (significantly over {fmt(t.tool_error_ratio * 100)}%"
            f"{or_override(a, 'tool_error_ratio')}).", "agents"),
        Alert(
            "LLMMcpErrors",
            failing("mcp_request", "mcp_error_ratio"), "warning", "10m",
            "An MCP server's requests fail often.",
            f"MCP server {{{{ $labels.{SERVER} }}}}: {{{{ $value | humanizePercentage }}}} of "
            f"its requests fail (significantly over {fmt(t.mcp_error_ratio * 100)}%"
            f"{or_override(a, 'mcp_error_ratio')}).", "agents"),
        Alert(
            "LLMMcpSlow",
            with_overrides(mcp_slow, t.mcp_slow_factor, "mcp_slow_factor", a,
                           covers=lambda m: f"sum by ({SERVER}) ({MCP_DURATION.count}"
                                            f"{{{sel}{m}}})"),
            "warning", "15m",
            "An MCP server answers far slower than the day before.",
            f"MCP server {{{{ $labels.{SERVER} }}}}: p95 over 30 minutes is "
            f"{{{{ $value | humanizeDuration }}}}, over {fmt(t.mcp_slow_factor)}x"
            f"{or_override(a, 'mcp_slow_factor')} its p95 of the day before.", "agents"),
    ]
