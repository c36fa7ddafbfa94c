"""Agent runs (``sidecar/core/runs.py``) through the pipeline and a real store: which calls and
tool calls count in which run, loops, and what is held whatever the traffic."""

import pytest

from llm_exporter.config import AgentsConfig, Config
from llm_exporter.metrics import CALLS_PER_RUN_BUCKETS, RUN_COST_BUCKETS, TOKEN_BUCKETS
from llm_exporter.sidecar.core.decode import ToolCall
from llm_exporter.sidecar.core.pipeline import Pipeline
from llm_exporter.sidecar.core.runs import MAX_HELD, MAX_SPANS, Runs
from llm_exporter.sidecar.core.store import Store

TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"


class Sidecar:
    """A pipeline with a store and the runs stage, as the server wires them."""

    def __init__(self, **agents):
        self.now = 0.0
        self.spans = 0
        self.store = Store(Config())
        self.runs = Runs(AgentsConfig(**agents), self.store.observe_loop, lambda: self.now)
        self.pipeline = Pipeline(self.store, 65536, runs=self.runs)

    def send(self, transport="udp", **fields):
        accepted = self.pipeline.submit(fields, transport)
        assert type(accepted).__name__ != "Rejection", accepted
        return accepted

    def call(self, parent, agent="researcher", trace=TRACE, transport="udp", **fields):
        self.spans += 1
        fields = {"input_tokens": 1000, "output_tokens": 100, **fields}
        return self.send(transport, type="llm_call", provider="openai", model="gpt-4o",
                         duration_s=1.0, trace_id=trace, span_id=f"call{self.spans}",
                         parent_span_id=parent, agent=agent, **fields)

    def tool(self, span, parent, tool="search", trace=TRACE, **fields):
        return self.send(type="tool_call", tool=tool, duration_s=0.2, trace_id=trace,
                         span_id=span, parent_span_id=parent, **fields)

    def run(self, span, parent="", agent="researcher", trace=TRACE, **fields):
        return self.send(type="agent_run", agent=agent, duration_s=3.0, trace_id=trace,
                         span_id=span, parent_span_id=parent, **fields)

    def samples(self, name):
        # what the runs stage says it holds is what it holds
        held = [*self.runs.traces.values(), *self.runs.unsure.values()]
        assert self.runs.held == sum(t.size for t in held)
        (fam,) = [f for f in self.store.families() if f.metric.name == name]
        return fam.samples

    def per_run(self, name, agent):
        """The values one agent's runs put in a per-run histogram, as (bucket index, sum)."""
        counts, total = self.samples(name)[(agent,)]
        return [i for i, n in enumerate(counts) for _ in range(n)], total

    def loops(self):
        """The loops counted, by (agent, tool) (every tool an agent called has its series,
        from 0, so that increase() sees the first loop)."""
        return {k: n for k, n in self.samples("llm_agent_loops").items() if n}


def bucket(bounds, value):
    return next(i for i, b in enumerate((*bounds, float("inf"))) if value <= b)


def test_a_run_records_its_calls_tool_calls_tokens_and_cost():
    s = Sidecar()
    one = s.call("run1")
    s.tool("tool1", "run1")
    two = s.call("tool1", input_tokens=3000)  # made inside the tool: still the run's
    s.run("run1", error_type="max_turns")
    cost = s.store.prices.lookup("openai", "gpt-4o").cost
    spent = cost(one) + cost(two)
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "researcher") == (
        [bucket(CALLS_PER_RUN_BUCKETS, 2)], 2)
    assert s.per_run("gen_ai_invoke_agent_tool_calls", "researcher") == (
        [bucket(CALLS_PER_RUN_BUCKETS, 1)], 1)
    assert s.per_run("llm_agent_run_cost_usd", "researcher") == (
        [bucket(RUN_COST_BUCKETS, spent)], pytest.approx(spent))
    tokens = s.samples("llm_agent_run_tokens")
    assert tokens[("researcher", "input")][1] == 4000
    assert tokens[("researcher", "output")] == (
        [int(i == bucket(TOKEN_BUCKETS, 200)) for i in range(len(TOKEN_BUCKETS) + 1)], 200)
    assert s.samples("gen_ai_invoke_agent_duration_seconds")[("researcher", "max_turns")][1] == 3
    assert ("search", "", "") in s.samples("gen_ai_execute_tool_duration_seconds")
    assert not s.runs.traces  # the root run took its trace's calls: nothing held


def test_a_sub_agents_calls_are_its_own_not_its_callers():
    s = Sidecar()
    s.call("outer", agent="planner")
    s.tool("delegate", "outer", tool="ask_researcher")
    for _ in range(3):
        s.call("inner")
    s.run("inner", parent="delegate")  # the sub-agent ends first
    (trace,) = s.runs.traces.values()
    assert set(trace.parents) == {"delegate", "inner"}  # what it took: not held
    s.call("outer", agent="planner")
    s.run("outer", agent="planner")
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "researcher")[1] == 3
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "planner")[1] == 2
    assert s.per_run("gen_ai_invoke_agent_tool_calls", "planner")[1] == 1
    assert s.per_run("gen_ai_invoke_agent_tool_calls", "researcher")[1] == 0
    assert not s.runs.traces


def test_a_sub_agents_call_that_comes_after_its_end_counts_in_no_run():
    s = Sidecar()
    s.tool("delegate", "outer", tool="ask_researcher")
    s.call("inner")
    s.run("inner", parent="delegate")
    s.call("inner")  # late: its run already ended
    s.run("outer", agent="planner")
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "researcher")[1] == 1
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "planner")[1] == 0
    assert sum(s.samples("llm_requests").values()) == 2


def test_a_root_run_takes_the_calls_whose_parents_it_never_saw():
    # an instrumentation's own spans between the run and its calls ("running tools") never
    # reach the sidecar: the calls' chain of parents breaks, and the trace's root claims them
    s = Sidecar()
    s.call("step-1")
    s.call("step-2")
    s.run("run1")
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "researcher")[1] == 2


def test_a_run_continuing_another_services_trace_is_its_root_here():
    s = Sidecar()
    s.call("step-1")
    s.run("run1", parent="caller-span", remote_parent=True)
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "researcher")[1] == 1
    assert not s.runs.traces


def test_a_nested_run_does_not_take_what_it_cannot_trace_to_itself():
    s = Sidecar()
    s.call("somewhere")
    s.run("inner", parent="outer")
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "researcher")[1] == 0
    s.run("outer", agent="planner")
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "planner")[1] == 1


def test_a_proxied_call_counts_in_the_run_its_traceparent_names():
    # the proxy gives a call with a traceparent header span_id = the caller's span and no
    # parent_span_id
    s = Sidecar()
    s.send(type="llm_call", provider="openai", model="gpt-4o", duration_s=1.0, trace_id=TRACE,
           span_id="run1", agent="researcher")
    s.run("run1")
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "researcher")[1] == 1


def test_calls_outside_any_agent_are_not_held():
    s = Sidecar()
    for i in range(100):
        s.send(type="llm_call", model="gpt-4o", duration_s=1.0, trace_id=f"{i:032x}",
               span_id="a" * 16, parent_span_id="b" * 16)
        s.send(type="llm_call", model="gpt-4o", duration_s=1.0)
    assert not s.runs.traces


def test_an_event_sent_twice_is_held_once():
    s = Sidecar()
    for _ in range(2):  # a retransmitted tool call: two calls, one span
        s.tool("t1", "inner")
    (trace,) = s.runs.unsure.values()  # a tool call that names no agent: maybe a run's
    assert trace.parents == {"t1": "inner"}
    for _ in range(2):  # a retransmitted end: two runs, the second takes nothing
        s.run("inner", parent="x")
    assert s.per_run("gen_ai_invoke_agent_tool_calls", "researcher") == (
        [bucket(CALLS_PER_RUN_BUCKETS, 0), bucket(CALLS_PER_RUN_BUCKETS, 2)], 2)
    assert not s.runs.traces and not s.runs.unsure  # nothing else waited for a run


def test_otlp_calls_that_name_no_agent_wait_apart_for_their_run():
    # an export holds a trace's first model-call spans before its tool and agent spans
    s = Sidecar(max_traces=100)
    s.call("turn1", agent="", transport="otlp")
    s.tool("tool1", "turn1")
    s.call("turn2", agent="", transport="otlp")
    s.run("turn1", parent="run1")
    s.run("run1", agent="planner")
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "researcher")[1] == 1
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "planner")[1] == 1
    # other OTLP traffic, never a run's: crowds out its like only, and is no loss
    s.call("x", agent="", transport="otlp", trace="5" * 32)
    s.tool("t", "y", trace="6" * 32, agent="coder")
    for i in range(1000):
        s.call("z", agent="", transport="otlp", trace=f"{i:032x}")
    assert "6" * 32 in s.runs.traces and "5" * 32 not in s.runs.unsure
    assert len(s.runs.unsure) == 100 and s.runs.dropped == {"idle": 0, "overflow": 0}
    s.now = 3601
    s.runs.expire()
    assert not s.runs.unsure and s.runs.dropped == {"idle": 1, "overflow": 0}
    s.call("x", agent="", trace="7" * 32)  # not over OTLP and naming no agent: not held
    assert not s.runs.traces and not s.runs.unsure and s.runs.held == 0


def test_a_call_after_its_run_ended_counts_as_a_call_only():
    s = Sidecar()
    s.run("run1")
    s.call("run1")
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "researcher")[1] == 0
    assert sum(s.samples("llm_requests").values()) == 1


def test_a_run_repeating_a_tool_with_the_same_arguments_is_a_loop_counted_once():
    s = Sidecar(loop_repeats=5)
    for i in range(4):
        s.tool(f"t{i}", "run1", tool="read_file", agent="coder", arguments_hash="aa")
        s.tool(f"u{i}", "run1", tool="grep", agent="coder", arguments_hash=f"{i}")
    assert s.loops() == {}  # four repeats; and grep's arguments differ each time
    assert s.samples("llm_agent_loops") == {("coder", "read_file"): 0, ("coder", "grep"): 0}
    for i in range(4, 629):
        s.tool(f"t{i}", "run1", tool="read_file", agent="coder", arguments_hash="aa")
    assert s.loops() == {("coder", "read_file"): 1}  # before the run ends, once per run
    s.run("run1", agent="coder")
    s.tool("t", "run2", tool="read_file", agent="coder", trace="1" * 32, arguments_hash="aa")
    assert s.loops() == {("coder", "read_file"): 1}  # another run: its own count
    assert s.per_run("gen_ai_invoke_agent_tool_calls", "coder")[1] == 629 + 4


def test_a_loop_across_a_runs_turns_is_found_as_each_turns_link_arrives():
    """The OpenAI Agents SDK through OpenInference: each turn a CHAIN span under the run,
    its tool call under it, the turn's link (its step) after the tool call; a turn under a
    sub-agent's run stays that run's."""
    s = Sidecar(loop_repeats=3)
    for turn in range(2):
        s.tool(f"tool{turn}", f"turn{turn}", tool="search", arguments_hash="q")
        s.pipeline.link(TRACE, f"turn{turn}", "run1")
    assert s.loops() == {}
    s.tool("tool2", "turn2", tool="search", arguments_hash="q")
    assert s.loops() == {}  # the third turn's link has not arrived
    s.pipeline.link(TRACE, "turn2", "run1")
    s.run("run1", agent="support")
    assert s.loops() == {("support", "search"): 1}
    assert s.per_run("gen_ai_invoke_agent_tool_calls", "support")[1] == 3
    # a sub-agent's repeats are its own, its step's link to its parent arriving before its
    # run ends (as OTLP sends them): two in the sub-agent's run and one in its parent's are
    # no loop
    trace = "5" * 32
    for turn in range(2):
        s.tool(f"t{turn}", f"sub-turn{turn}", tool="fetch", trace=trace, arguments_hash="x")
        s.pipeline.link(trace, f"sub-turn{turn}", "sub")
    s.tool("t2", "main-turn", tool="fetch", trace=trace, arguments_hash="x")
    s.send(type="step", workflow="w", step="invoke_agent helper", duration_s=1.0,
           trace_id=trace, span_id="sub", parent_span_id="main")
    s.run("sub", "main", agent="helper", trace=trace)
    s.pipeline.link(trace, "main-turn", "main")
    s.run("main", agent="support", trace=trace)
    assert s.loops() == {("support", "search"): 1}


def test_a_loop_whose_tool_names_no_agent_takes_its_runs_or_unknown():
    s = Sidecar(loop_repeats=3)
    for i in range(3):
        s.tool(f"t{i}", "run1", tool="fetch", arguments_hash="x")
    assert s.loops() == {}
    s.run("run1", agent="crawler")
    assert s.loops() == {("crawler", "fetch"): 1}
    for i in range(3):
        s.tool(f"t{i}", "run1", tool="fetch", trace="2" * 32, arguments_hash="x")
    s.now = 3601.0
    s.runs.expire()  # the run never ended
    assert s.loops() == {("crawler", "fetch"): 1, ("unknown", "fetch"): 1}


def test_runs_that_never_end_are_bounded_and_their_drops_counted():
    s = Sidecar(max_traces=1000, idle=600)
    for i in range(20_000):
        s.call("run", trace=f"{i:032x}")
        s.tool("t", "run", trace=f"{i:032x}")
    assert len(s.runs.traces) == 1000
    assert s.runs.dropped == {"idle": 0, "overflow": 19_000}
    s.now = 601.0
    assert s.runs.expire() == 1000
    assert s.runs.dropped == {"idle": 1000, "overflow": 19_000}
    assert not s.runs.traces


def test_a_trace_of_endless_distinct_spans_holds_a_bounded_number_of_them():
    s = Sidecar()
    for i in range(3 * MAX_SPANS):
        s.tool(f"{i:016x}", f"{i + 1:016x}")  # a chain, a new parent each time
    (trace,) = s.runs.unsure.values()
    assert len(trace.parents) == MAX_SPANS and len(trace.pending) == MAX_SPANS + 1
    s.run("run1")  # the root takes all: those past the bound waited for it
    assert s.per_run("gen_ai_invoke_agent_tool_calls", "researcher")[1] == 3 * MAX_SPANS
    assert s.runs.held == 0


def test_what_all_traces_hold_together_is_bounded():
    runs = Runs(AgentsConfig(), lambda agent, tool: None)
    for t in range(300):
        for i in range(MAX_SPANS):
            runs.accept(ToolCall("t", 0.1, agent="a", trace_id=f"{t:032x}", span_id=f"s{i}",
                                 parent_span_id=f"p{i}"), 0.0, "udp")
    assert runs.held <= MAX_HELD
    assert runs.held == sum(trace.size for trace in runs.traces.values())
    assert runs.dropped["overflow"] == 300 - len(runs.traces) > 0


def test_a_cycle_in_the_parent_links_ends_the_walk():
    s = Sidecar()
    s.tool("a", "b")
    s.tool("b", "a")
    s.run("inner", parent="x")  # walks a -> b -> a ...: not its own
    s.run("root")
    assert s.per_run("gen_ai_invoke_agent_tool_calls", "researcher") == (
        [bucket(CALLS_PER_RUN_BUCKETS, 0), bucket(CALLS_PER_RUN_BUCKETS, 2)], 2)


def test_an_mcp_operation_is_recorded_by_server_method_tool_and_error():
    s = Sidecar()
    s.send(type="mcp_operation", method="tools/call", server="files", tool="read_file",
           duration_s=0.05, error_type="tool_error")
    s.send(type="mcp_operation", method="initialize", duration_s=0.01)
    mcp = s.samples("mcp_client_operation_duration_seconds")
    assert set(mcp) == {("files", "tools/call", "read_file", "tool_error"),
                        ("", "initialize", "", "")}


def test_a_flood_of_run_ends_costs_little_each_and_stays_bounded():
    s = Sidecar()
    for i in range(MAX_SPANS):
        s.tool(f"t{i}", "never-ends", agent="a")  # a run that never ends, with its tools
    for i in range(20_000):  # runs under it, each new, each ending at once
        s.run(f"r{i}", parent="never-ends")
    (trace,) = s.runs.traces.values()
    assert len(trace.ended) == len(trace.parents) == MAX_SPANS
    assert s.runs.held == trace.size <= 3 * MAX_SPANS + 1


def test_traces_made_a_runs_from_apart_stay_within_max_traces():
    s = Sidecar(max_traces=10)
    for i in range(50):
        s.call("chat", agent="", transport="otlp", trace=f"{i:032x}")
    for i in range(40, 50):
        s.tool("t", "chat", agent="a", trace=f"{i:032x}")  # each made a run's
    for i in range(50, 70):
        s.call("chat", agent="", transport="otlp", trace=f"{i:032x}")
        s.tool("t", "chat", agent="a", trace=f"{i:032x}")
    assert len(s.runs.traces) == 10 and len(s.runs.unsure) <= 10


def test_a_stamped_call_is_no_runs():
    # the traces sink gives a call that carries no ids its span's before it is counted;
    # those are the sink's, not the app's: the call names no run
    s = Sidecar()
    stamped = []

    def stamp(call, transport):
        stamped.append(call)
        return call.__class__(**{**{f: getattr(call, f) for f in call.__struct_fields__},
                                 "trace_id": "9" * 32, "span_id": "8" * 16})
    s.pipeline.stamp = stamp
    for _ in range(10):
        s.send(type="llm_call", model="gpt-4o", duration_s=1.0, agent="researcher")
    assert len(stamped) == 10 and not s.runs.traces and not s.runs.unsure


def test_loops_are_a_runs_not_its_traces():
    s = Sidecar(loop_repeats=3)
    for worker in ("w1", "w2", "w3"):  # three sub-agents read the same file once each
        s.tool(f"{worker}-t", worker, tool="read_file", agent="reader", arguments_hash="x")
    for i in range(3):  # one of them three times
        s.tool(f"w4-t{i}", "w4", tool="read_file", agent="reader", arguments_hash="x")
    assert s.loops() == {("reader", "read_file"): 1}


def test_a_step_span_between_a_run_and_its_calls_links_them():
    # OpenInference's CHAIN, OpenLLMetry's task: steps under the run, calls under the steps
    s = Sidecar()
    s.call("chain", agent="", transport="otlp")
    s.tool("t", "chain")
    s.send(type="step", workflow="w", step="task plan", duration_s=1.0, trace_id=TRACE,
           span_id="chain", parent_span_id="run1")
    s.run("run1", parent="http-request")  # not the root: only its own spans are its
    assert s.per_run("gen_ai_invoke_agent_inference_calls", "researcher")[1] == 1
    assert s.per_run("gen_ai_invoke_agent_tool_calls", "researcher")[1] == 1


def test_a_loop_in_a_sub_agent_is_the_sub_agents():
    s = Sidecar(loop_repeats=2)
    for i in range(2):  # the tool calls name no agent
        s.tool(f"t{i}", "inner", tool="fetch", arguments_hash="x")
    s.tool("d", "outer", tool="delegate")
    s.run("inner", parent="d", agent="crawler")
    s.run("outer", agent="planner")
    assert s.loops() == {("crawler", "fetch"): 1}
