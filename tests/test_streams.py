"""A streamed call recorded in two spans (Logfire's shape), counted as one call."""

import pytest

from llm_exporter.sidecar.sources.streams import Streams
from llm_exporter.vocabulary import STREAM_PART


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def opening(model="gpt-4o", ts=100.0, **more):
    return {"type": "llm_call", "provider": "openai", "model": model, "operation": "chat",
            "duration_s": 0.05, "ts": ts, "span_id": "a1", STREAM_PART: "open", **more}


def end(model="gpt-4o", ts=101.0, **more):
    return {"type": "llm_call", "provider": "openai", "model": model, "operation": "chat",
            "duration_s": 0.9, "ts": ts, "span_id": "b2", "input_tokens": 12,
            "output_tokens": 3, "finish_reason": "stop", STREAM_PART: "end", **more}


def streams(**kw):
    submitted = []
    clock = Clock()
    def submit(fields):
        submitted.append(fields)
        return fields
    return Streams(submit, clock=clock, **kw), submitted, clock


def test_the_opening_span_waits_for_its_end_and_the_two_are_one_call():
    s, submitted, _ = streams()
    assert s.add(b"r", opening()) is None and submitted == []
    s.add(b"r", end())
    (call,) = submitted
    assert (call["input_tokens"], call["output_tokens"], call["finish_reason"]) == (12, 3, "stop")
    assert call["span_id"] == "a1"  # the exemplar: the call's own span
    # from its start to the stream's end
    assert call["duration_s"] == pytest.approx(1.05) and call["ts"] == 101.0
    assert STREAM_PART not in call and not s.held and not s.by_key


def test_an_end_meets_the_opening_of_its_own_trace_first_and_keeps_its_error():
    s, submitted, _ = streams()
    s.add(b"r", opening(trace_id="t1"))
    s.add(b"r", opening(trace_id="t2", span_id="a2"))
    s.add(b"r", end(trace_id="t2", error_type="timeout"))
    assert submitted[0]["span_id"] == "a2" and submitted[0]["error_type"] == "timeout"


def test_ends_meet_their_own_resource_and_model_oldest_first():
    s, submitted, _ = streams()
    s.add(b"r", opening(ts=100.0))
    s.add(b"r", opening(ts=100.5, span_id="a2"))
    s.add(b"other", opening(ts=100.2, span_id="a3"))
    s.add(b"r", opening(model="gpt-4o-mini", ts=100.1, span_id="a4"))
    s.add(b"r", end(ts=102.0))
    s.add(b"r", end(ts=103.0))
    assert [c["span_id"] for c in submitted] == ["a1", "a2"]
    assert len(s.held) == 2


def test_an_end_without_its_opening_is_a_call_timed_by_the_stream():
    s, submitted, _ = streams()
    s.add(b"r", end())
    assert submitted[0]["duration_s"] == 0.9 and STREAM_PART not in submitted[0]


def test_an_opening_whose_end_never_comes_is_counted_after_the_wait():
    s, submitted, clock = streams()
    s.add(b"r", opening())
    clock.now = 599.0
    assert s.expire() == 0 and submitted == []
    clock.now = 600.0  # ten minutes
    assert s.expire() == 1 and submitted[0]["span_id"] == "a1"
    assert not s.held and not s.by_key
    s.add(b"r", end())  # too late: its call was counted, not counted again
    assert len(submitted) == 1
    assert s.outcomes == {"stream_unended": 1, "stream_late": 1}
    s.add(b"r", end())  # an end with no opening at all: a call of its own
    assert len(submitted) == 2


def test_what_is_held_is_bounded():
    s, submitted, _ = streams(max_held=100)
    for i in range(1000):
        s.add(b"r", opening(model=f"m{i}", span_id=str(i)))
    assert len(s.held) == 100 and len(s.by_key) == 100
    assert [c["span_id"] for c in submitted] == [str(i) for i in range(900)]


def test_other_calls_pass_straight_through():
    s, submitted, _ = streams()
    call = {"type": "llm_call", "model": "gpt-4o", "duration_s": 1.0}
    assert s.add(b"r", call) is call and submitted == [call]


def test_names_of_the_wrong_type_are_passed_on_for_the_event_to_reject():
    s, submitted, _ = streams()  # the hostile suite found a list as the model unhashable
    s.add(b"r", opening(model=["gpt-4o"]))
    s.add(b"r", end(provider={"a": 1}))
    assert len(submitted) == 2 and not s.held


def test_what_is_held_is_counted_when_the_sidecar_stops():
    s, submitted, _ = streams()
    s.add(b"r", opening())
    s.add(b"r", opening(model="m2", span_id="a2"))
    assert s.flush() == 2 and [c["span_id"] for c in submitted] == ["a1", "a2"]
    assert not s.held and not s.by_key and s.outcomes["stream_unended"] == 2
