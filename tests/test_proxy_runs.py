"""Proxied calls grouped into runs by X-LLM-Run-Id (``sidecar/sources/proxy_runs.py``): when
a run ends, and what is held whatever the run ids."""

from llm_exporter.sidecar.sources.proxy_runs import ProxyRuns


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def runs(idle=300.0, max_runs=3):
    clock, ended = Clock(), []
    return ProxyRuns(ended.append, idle, max_runs, clock), clock, ended


def test_a_run_ends_when_said_once_its_calls_in_flight_are_done():
    r, clock, ended = runs()
    first = r.join("task-1", "triage")
    second = r.join("task-1", "triage")  # two calls at once, one run
    assert first is second and ProxyRuns.fields(first)["agent"] == "triage"
    clock.now = 103.0
    r.leave(first, end=True)  # the last call says so; the other is still in flight
    assert ended == []
    clock.now = 104.5
    r.leave(second)
    (run,) = ended
    assert run["type"] == "agent_run" and run["agent"] == "triage"
    assert run["duration_s"] == 4.5  # first call begun to last call done
    assert (run["trace_id"], run["span_id"]) == (first.trace_id, first.span_id)
    assert "task-1" not in str(run)  # hashed, never sent on
    assert r.ended == {"said": 1, "idle": 0, "overflow": 0, "shutdown": 0} and not r.open
    again = r.join("task-1", "triage")  # the id used again: a new run, with ids of its own
    assert (again.trace_id, again.span_id) != (first.trace_id, first.span_id)


def test_a_run_that_never_says_ends_when_idle_but_not_while_a_call_is_in_flight():
    r, clock, ended = runs(idle=300.0)
    slow = r.join("task-1", "")
    clock.now += 1000
    assert r.expire() == 0  # a call still in flight (a long stream)
    r.leave(slow)
    clock.now += 299.0
    assert r.expire() == 0
    clock.now += 1.0
    assert r.expire() == 1 and ended[0]["agent"] == "unknown"
    assert r.ended["idle"] == 1


def test_run_ids_past_the_cap_end_the_least_recently_active_run_with_no_call_in_flight():
    r, clock, ended = runs(max_runs=3)
    started = {}
    for i in range(3):
        started[i] = r.join(f"task-{i}", "a")
        r.leave(started[i])
    r.leave(r.join("task-0", "a"))  # active again: task-1 is now the least recent
    r.leave(r.join("task-3", "a"))
    assert [e["trace_id"] for e in ended] == [started[1].trace_id]
    busy = r.join("task-2", "a")  # a call in flight: passed over
    r.leave(r.join("task-4", "a"))
    assert [e["trace_id"] for e in ended][1:] == [started[0].trace_id]
    r.leave(busy)
    for i in range(10_000):  # a flood of new ids holds three
        r.leave(r.join(f"flood-{i}" * 100, "a"))
    assert len(r.open) == 3 and r.ended["overflow"] == 2 + 10_000
    r.close()
    assert not r.open and r.ended["shutdown"] == 3 and len(ended) == 2 + 10_000 + 3


def test_one_run_id_is_one_trace_and_two_are_two():
    r, _, _ = runs()
    a, b = r.join("x", "a"), r.join("y", "a")
    assert len(a.trace_id) == 32 and len(a.span_id) == 16 and a.trace_id != b.trace_id
    assert r.join("x", "other").agent == "a"  # the run keeps the agent it began with
