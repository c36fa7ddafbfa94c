"""The pipeline every transport feeds: counting, dispatch and rate-limited rejection logs."""

import json
import logging

from llm_exporter.config import Config
from llm_exporter.sidecar.decode import REASONS
from llm_exporter.sidecar.pipeline import Pipeline
from llm_exporter.sidecar.store import Store


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
    assert set(pipeline.rejected) == set(REASONS) and not any(pipeline.rejected.values())


def test_rejections_are_logged_at_debug_at_most_once_a_second_per_reason(caplog):
    clock = [100.0]
    pipeline = Pipeline(Store(Config()), 65536, clock=lambda: clock[0])
    caplog.set_level(logging.DEBUG, logger="llm_exporter.sidecar.pipeline")
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
