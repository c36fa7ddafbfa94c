"""Naming the workflow of step spans that do not carry it (``sidecar/sources/workflows.py``)."""

from llm_exporter.sidecar.sources.spans import StepSpan
from llm_exporter.sidecar.sources.workflows import Workflows


def tool(trace="t1", name="search", start=5, workflow=None, root=False) -> StepSpan:
    return StepSpan({"type": "step", "step": f"execute_tool {name}", "duration_s": 1.0,
                     "trace_id": trace}, "execute_tool", name, workflow, None, start, root)


def agent(trace="t1", name="Planner", start=1, root=False) -> StepSpan:
    return StepSpan({"type": "step", "step": f"invoke_agent {name}", "duration_s": 9.0,
                     "trace_id": trace}, "invoke_agent", name, None, name, start, root)


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def workflows(**kwargs) -> tuple[Workflows, list, Clock]:
    submitted: list = []
    clock = Clock()
    return Workflows(submitted.append, clock=clock, **kwargs), submitted, clock


def named(submitted) -> list[tuple[str, str]]:
    return [(s["workflow"], s["step"]) for s in submitted]


def test_children_wait_for_the_outermost_agent_which_ends_after_them():
    w, submitted, _ = workflows()
    # as an SDK exports them: the inner agent's tool, the inner agent, then the outer agent
    assert w.add(tool(start=5)) is None
    w.add(agent(name="Researcher", start=3))
    w.add(agent(name="Planner", start=1, root=True))
    assert named(submitted) == [("Planner", "execute_tool search"),
                                ("Planner", "invoke_agent Researcher"),
                                ("Planner", "invoke_agent Planner")]
    assert w.held == 0 and not w.pending
    w.add(tool(name="late"))  # a step of a trace already named keeps its name
    assert named(submitted)[-1] == ("Planner", "execute_tool late")


def test_a_named_step_or_workflow_span_settles_the_trace_at_once():
    w, submitted, _ = workflows()
    w.add(tool(name="a"))
    w.add(tool(name="b", workflow="rag"))
    assert named(submitted) == [("rag", "execute_tool a"), ("rag", "execute_tool b")]


def test_a_root_span_that_is_not_a_step_settles_its_trace():
    w, submitted, _ = workflows()
    w.add(tool())
    w.root("other")
    assert submitted == []
    w.root("t1")  # e.g. the HTTP server span around the whole request
    assert named(submitted) == [("unknown", "execute_tool search")]
    assert "t1" not in w.named  # unknown is not remembered as the trace's name


def test_steps_wait_at_most_wait_seconds_and_the_held_count_is_bounded():
    w, submitted, clock = workflows(wait=60.0, max_steps=3)
    w.add(agent(trace="a"))
    w.add(tool(trace="a"))
    clock.now += 30
    w.add(tool(trace="b"))
    assert w.expire() == 0 and submitted == []
    clock.now += 31
    assert w.expire() == 2  # trace a's wait is over: named by the agent seen
    assert named(submitted) == [("Planner", "invoke_agent Planner"),
                                ("Planner", "execute_tool search")]
    for trace in "cde":  # three more held: four in all, over max_steps: the oldest (b) goes
        w.add(tool(trace=trace))
    assert named(submitted)[-1] == ("unknown", "execute_tool search")
    assert w.held == 3 and list(w.pending) == ["c", "d", "e"]


def test_names_are_remembered_for_max_traces_traces():
    w, submitted, _ = workflows(max_traces=2)
    for trace in "abc":
        w.add(tool(trace=trace, workflow=f"w{trace}"))
    assert list(w.named) == ["b", "c"]


def test_held_steps_are_counted_when_the_sidecar_stops():
    w, submitted, _ = workflows()
    w.add(tool(trace="t1"))
    w.add(agent(trace="t1", name="Researcher", start=3))
    w.add(tool(trace="t2", name="lookup"))
    assert w.flush() == 3 and w.held == 0 and not w.pending
    assert named(submitted) == [("Researcher", "execute_tool search"),
                                ("Researcher", "invoke_agent Researcher"),
                                ("unknown", "execute_tool lookup")]
