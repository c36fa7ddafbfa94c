"""The pipeline every transport feeds: counting, dispatch and rate-limited rejection logs."""

import json
import logging

from llm_exporter.config import Config
from llm_exporter.sidecar.core.decode import REASONS
from llm_exporter.sidecar.core.pipeline import Pipeline
from llm_exporter.sidecar.core.store import Store


def test_payload_events_are_counted_by_transport_and_type():
    pipeline = Pipeline(Store(Config()), 65536)
    body = json.dumps([{"type": "llm_call", "model": "m", "duration_s": 1},
                       {"type": "feedback", "name": "r", "value": 1},
                       {"type": "step", "workflow": "w", "step": "s", "duration_s": 1},
                       {"type": "llm_call", "model": "m", "duration_s": 1,
                        "client_dropped": 7}]).encode()
    assert pipeline.handle_payload(body, "udp") == (4, [])
    assert dict(pipeline.events) == {("udp", "llm_call"): 2, ("udp", "feedback"): 1,
                                     ("udp", "step"): 1}
    assert pipeline.client_dropped == 7
    pipeline.handle_payload(b"garbage", "udp")
    pipeline.submit({"type": "llm_call", "model": "m", "duration_s": 1}, "proxy")
    assert dict(pipeline.payloads) == {"udp": 2, "proxy": 1}  # 5 events accepted, 1 rejected
    assert set(pipeline.rejected) == set(REASONS)
    assert {r: n for r, n in pipeline.rejected.items() if n} == {"malformed_json": 1}


def test_rejections_are_logged_at_debug_at_most_once_a_second_per_reason(caplog):
    clock = [100.0]
    pipeline = Pipeline(Store(Config()), 65536, clock=lambda: clock[0])
    caplog.set_level(logging.DEBUG, logger="llm_exporter.sidecar.core.pipeline")
    for _ in range(50):
        pipeline.handle_payload(b"garbage", "udp")
    pipeline.handle_payload(b'{"type":"nope"}', "udp")
    assert pipeline.rejected["malformed_json"] == 50
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2  # one per reason, not one per event
    assert all(r.levelno == logging.DEBUG for r in caplog.records)
    clock[0] += 1.5
    pipeline.handle_payload(b"garbage", "udp")
    assert "(+49 more since last logged)" in caplog.records[-1].getMessage()


class FailingStore(Store):
    """A store with a bug that raises on one model."""

    def observe_call(self, c):
        if c.model == "boom":
            raise ValueError("a bug")
        super().observe_call(c)


def test_an_event_that_cannot_be_recorded_is_an_internal_rejection_not_a_lost_batch(caplog):
    clock = [100.0]
    pipeline = Pipeline(FailingStore(Config()), 65536, clock=lambda: clock[0])
    call = {"type": "llm_call", "model": "m", "duration_s": 1}
    body = json.dumps([call, dict(call, model="boom"), call, dict(call, model="boom")]).encode()
    accepted, rejections = pipeline.handle_payload(body, "http")
    assert accepted == 2 and [r.reason for r in rejections] == ["internal", "internal"]
    assert "ValueError('a bug')" in rejections[0].message
    assert pipeline.rejected["internal"] == 2 and pipeline.events[("http", "llm_call")] == 2
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info  # a traceback, once a second at most


def test_deep_json_is_counted_as_too_deep_and_its_siblings_are_kept():
    pipeline = Pipeline(Store(Config()), 65536)
    call = b'{"type":"llm_call","model":"m","duration_s":1}'
    deep = b'{"type":"llm_call","model":"m","duration_s":1,"x":' + b"[" * 1000 + b"]" * 1000 + b"}"
    accepted, rejections = pipeline.handle_payload(b"[" + call + b"," + deep + b"," + call + b"]",
                                                   "udp")
    assert accepted == 2 and [r.reason for r in rejections] == ["too_deep"]
    assert pipeline.rejected["too_deep"] == 1


def test_a_producer_string_no_encoder_accepts_is_recorded_with_a_replacement_character():
    store = Store(Config())
    pipeline = Pipeline(store, 65536)
    # what the proxy hands over for a header byte 0xFF (aiohttp: surrogateescape) and for a
    # "\ud800" escape in a JSON body (the json module keeps it)
    event = pipeline.submit({"type": "llm_call", "model": "gpt\ud800", "duration_s": 1,
                             "tenant": "ac\udcffme", "prompt_name": "é" * 300}, "proxy")
    assert (event.model, event.tenant) == ("gpt\ufffd", "ac\ufffdme")
    assert event.prompt_name == "é" * 256  # still clipped to the schema's limit
    for fam in store.families():  # every label value encodes: the scrape cannot break
        for labels in fam.samples:
            "".join(labels).encode()


def test_two_million_one_byte_elements_cost_one_rejection_and_milliseconds():
    import time
    pipeline = Pipeline(Store(Config()), 65536)
    call = b'{"type":"llm_call","model":"m","duration_s":1}'
    body = b"[" + call + b"," + b",".join([b"1"] * 2_000_000) + b"]"  # 4 MiB
    began = time.perf_counter()
    accepted, rejections = pipeline.handle_payload(body, "http")
    elapsed = time.perf_counter() - began
    assert accepted == 1
    assert pipeline.rejected["not_an_object"] == 9_999
    assert pipeline.rejected["too_many_events"] == 2_000_000 - 9_999  # every one counted
    assert len(rejections) == 10_000  # but not one object each
    assert elapsed < 1.0, elapsed  # 2 s before the limit, on this machine


def test_a_failing_sink_costs_only_its_own_share():
    """Each sink hears every counted call; one that raises is an internal rejection, and
    the store and the other sinks still have the call (budgets first: spend is enforced)."""
    heard = []

    class Broken:
        def accept(self, event, cost, transport):
            raise RuntimeError("bug")

    class Listening:
        def accept(self, event, cost, transport):
            heard.append((event.model, transport))

    store = Store(Config())
    pipeline = Pipeline(store, 65536, sinks=[Broken(), Listening()])
    accepted, rejections = pipeline.handle_payload(
        b'{"type": "llm_call", "provider": "openai", "model": "gpt-4o", "duration_s": 1}',
        "udp")
    assert accepted == 1 and rejections == []
    assert heard == [("gpt-4o", "udp")]
    assert pipeline.rejected["internal"] == 1
    assert [(key[1], sum(series.duration)) for key, series in store.calls.items()] == [
        ("gpt-4o", 1)]


def test_a_calls_tool_names_are_cut_as_names_are_and_kept_to_128():
    """What an answer asked for comes from the upstream: a long name is cut, not the call
    lost (the proxy's and the SDK wrappers' fields are clipped before they are decoded)."""
    store = Store(Config())
    pipeline = Pipeline(store, 65536)
    event = pipeline.submit({"type": "llm_call", "model": "m", "duration_s": 1.0,
                             "tool_calls": ["x" * 1000, "\ud800", *["t"] * 200]}, "proxy")
    assert type(event).__name__ == "LlmCall", event
    assert [len(n) for n in event.tool_calls[:2]] == [128, 1] and len(event.tool_calls) == 128
    assert event.tool_calls[1] == "\ufffd"
