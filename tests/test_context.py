"""Workflows and steps as one trace (``client/context.py``): the ids each event carries,
sync and async, a caller's traceparent, and the SDK wrappers and ``track()`` joining in."""

import asyncio
import json
import re
import socket

import pytest

from llm_exporter import client
from llm_exporter.client import Emitter


@pytest.fixture
def received():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(2)
    emitter = Emitter("udp:{}:{}".format(*sock.getsockname()))

    def events(n: int) -> list[dict]:
        assert emitter.flush(5)
        out: list[dict] = []
        while len(out) < n:
            got = json.loads(sock.recv(65536))
            out.extend(got if isinstance(got, list) else [got])
        return out

    yield emitter, events
    sock.close()


def test_a_workflow_is_one_trace_of_parent_and_child_spans(received):
    emitter, events = received
    with client.workflow("answer", emitter=emitter) as wf:
        with client.step("retrieve", emitter=emitter):
            with client.step("rerank", emitter=emitter):
                pass
        with client.track(model="gpt-4o", emitter=emitter):
            pass
        header = client.traceparent()
    assert client.traceparent() is None  # outside: nothing is current
    rerank, retrieve, call, root = events(4)
    assert (root["type"], root["step"], root["workflow"]) == ("step", "invoke_workflow", "answer")
    assert root["parent_span_id"] == "" and re.fullmatch("[0-9a-f]{32}", root["trace_id"])
    assert not any("remote_parent" in e for e in (rerank, retrieve, call, root))
    assert {e["trace_id"] for e in (rerank, retrieve, call)} == {root["trace_id"]}
    assert retrieve["parent_span_id"] == root["span_id"]
    assert rerank["parent_span_id"] == retrieve["span_id"]
    assert (call["type"], call["parent_span_id"]) == ("llm_call", root["span_id"])
    assert (retrieve["workflow"], rerank["workflow"]) == ("answer", "answer")
    assert len({e["span_id"] for e in (rerank, retrieve, call, root)}) == 4
    assert header == f"00-{root['trace_id']}-{root['span_id']}-01" == wf.traceparent()


def test_a_workflow_continues_the_callers_trace_and_records_a_failed_step(received):
    emitter, events = received
    caller = "00-5b8efff798038103d269b633813fc60c-eee19b7ec3c1b174-01"
    with client.workflow("support", traceparent=caller, emitter=emitter):
        with pytest.raises(TimeoutError):
            with client.step("lookup", emitter=emitter):
                raise TimeoutError
    step, root = events(2)
    assert (root["trace_id"], root["parent_span_id"]) == (
        "5b8efff798038103d269b633813fc60c", "eee19b7ec3c1b174")
    assert step["error_type"] == "timeout" and step["parent_span_id"] == root["span_id"]
    # the caller's span is remote: this workflow is the root of the trace's part here, which
    # the sidecar exports without waiting for a parent it never sees
    assert root["remote_parent"] is True and "remote_parent" not in step


def test_async_tasks_each_keep_their_own_step(received):
    emitter, events = received

    async def branch(name: str) -> None:
        async with client.step(name, emitter=emitter):
            await asyncio.sleep(0.01)
            with client.track(model=name, emitter=emitter):
                await asyncio.sleep(0)

    async def main() -> None:
        async with client.workflow("fanout", emitter=emitter):
            await asyncio.gather(branch("a"), branch("b"))

    asyncio.run(main())
    got = events(5)
    steps = {e["step"]: e for e in got if e["type"] == "step"}
    calls = {e["model"]: e for e in got if e["type"] == "llm_call"}
    assert calls["a"]["parent_span_id"] == steps["a"]["span_id"]
    assert calls["b"]["parent_span_id"] == steps["b"]["span_id"]
    assert steps["a"]["parent_span_id"] == steps["b"]["parent_span_id"] == \
        steps["invoke_workflow"]["span_id"]


def test_outside_a_workflow_events_carry_no_trace_and_a_given_trace_id_wins(received):
    emitter, events = received
    with client.track(model="m", emitter=emitter):
        pass
    with client.workflow("w", emitter=emitter):
        with client.track(model="n", trace_id="ab" * 16, emitter=emitter):
            pass
    alone, given, _ = events(3)
    assert not {"trace_id", "span_id", "parent_span_id"} & set(alone)
    assert given["trace_id"] == "ab" * 16 and "parent_span_id" not in given


def test_an_agent_run_is_a_span_its_calls_and_tools_sit_under(received):
    emitter, events = received
    with client.agent("researcher", emitter=emitter) as run:
        with client.track(model="gpt-4o", emitter=emitter):
            pass
        with client.tool("search", arguments={"q": "otel", "k": 3}, emitter=emitter):
            assert client.current_agent() == "researcher"
            with client.track(model="gpt-4o-mini", emitter=emitter):
                pass
        run.limit()
    assert client.current_agent() is None
    call, inner, tool, end = events(4)
    assert (end["type"], end["agent"], end["error_type"]) == ("agent_run", "researcher",
                                                              "max_turns")
    assert end["parent_span_id"] == "" and "remote_parent" not in end
    assert {e["trace_id"] for e in (call, inner, tool)} == {end["trace_id"]}
    assert call["parent_span_id"] == tool["parent_span_id"] == end["span_id"]
    assert inner["parent_span_id"] == tool["span_id"]
    assert call["agent"] == inner["agent"] == tool["agent"] == "researcher"
    assert run.headers() == {"traceparent": f"00-{end['trace_id']}-{end['span_id']}-01",
                             "X-LLM-Agent": "researcher"}


def test_a_tool_call_sends_a_hash_of_its_arguments_never_the_arguments(received):
    emitter, events = received
    with client.agent("coder", emitter=emitter):
        for arguments in ({"path": "/etc/passwd"}, {"path": "/etc/passwd"}, {"path": "a"},
                          "/etc/passwd"):
            with client.tool("read_file", arguments=arguments, emitter=emitter):
                pass
        with client.tool("now", emitter=emitter):
            pass
    *tools, _ = events(6)
    hashes = [t.get("arguments_hash") for t in tools]
    assert hashes[0] == hashes[1] != hashes[2] and hashes[3] not in hashes[:3]
    assert hashes[4] is None and all(re.fullmatch("[0-9a-f]{16}", h) for h in hashes[:4])
    assert "passwd" not in json.dumps(tools)
    # key order does not matter; the hash is the client's documented one
    assert client.arguments_hash({"b": 1, "a": 2}) == client.arguments_hash({"a": 2, "b": 1})


def test_a_failed_run_and_a_sub_agent(received):
    emitter, events = received
    with pytest.raises(TimeoutError):
        with client.agent("planner", emitter=emitter) as outer:
            with client.agent("researcher", emitter=emitter):
                pass
            raise TimeoutError
    inner, end = events(2)
    assert inner["agent"] == "researcher" and inner["parent_span_id"] == end["span_id"]
    assert end["error_type"] == "timeout" and outer.trace_id == end["trace_id"]


def test_an_agent_run_in_a_task_keeps_its_calls(received):
    emitter, events = received

    async def step():
        with client.track(model="m", emitter=emitter):
            await asyncio.sleep(0)

    async def main():
        async with client.agent("fanout", emitter=emitter):
            await asyncio.gather(*(step() for _ in range(3)))
    asyncio.run(main())
    *calls, end = events(4)
    assert {c["parent_span_id"] for c in calls} == {end["span_id"]}
    assert {c["agent"] for c in calls} == {"fanout"}


def test_arguments_that_are_no_json_never_raise_into_the_application(received):
    emitter, events = received
    circular: dict = {}
    circular["self"] = circular
    with client.agent("a", emitter=emitter):
        for arguments in (circular, {1: "a", "b": 2}, {"f": object()}, [[[]]] * 3):
            with client.tool("t", arguments=arguments, emitter=emitter):
                pass
    *tools, _ = events(5)
    assert [("arguments_hash" in t) for t in tools] == [False, False, False, True]
    assert client.agent("b").headers() == {} and client.agent("b").traceparent() == ""
    with client.agent("agent-ünïcode", emitter=emitter) as run:
        assert set(run.headers()) == {"traceparent"}  # HTTP clients refuse non-ASCII values
