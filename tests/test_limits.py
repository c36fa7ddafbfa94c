"""Cardinality caps: values past a label's cap fold into __other__ and are counted."""

from llm_exporter.config import LabelLimits
from llm_exporter.sidecar.limits import OTHER, LabelLimiter


def test_values_past_the_cap_fold_and_are_counted():
    limiter = LabelLimiter(LabelLimits(tenant=2))
    assert [limiter.admit("tenant", t) for t in ("a", "b", "c", "a", "d", "b")] == [
        "a", "b", OTHER, "a", OTHER, "b"]
    assert limiter.overflow["tenant"] == 2
    assert limiter.overflow["model"] == 0


def test_empty_value_means_absent_and_takes_no_place():
    limiter = LabelLimiter(LabelLimits(tenant=1))
    assert limiter.admit("tenant", "") == ""
    assert limiter.admit("tenant", "a") == "a"
    assert limiter.admit("tenant", "") == ""


def test_reset_frees_room_for_new_values():
    limiter = LabelLimiter(LabelLimits(model=2))
    limiter.admit("model", "a")
    limiter.admit("model", "b")
    assert limiter.admit("model", "c") == OTHER
    limiter.reset("model", ["b", OTHER])
    assert limiter.admit("model", "c") == "c"
    assert limiter.admit("model", "a") == OTHER


def test_folded_values_and_the_label_sets_held_are_on_metrics(tmp_path):
    import dataclasses

    from llm_exporter.client import Emitter
    from llm_exporter.config import LimitsConfig

    from conftest import RunningSidecar, loopback_config, value

    config = dataclasses.replace(loopback_config(tmp_path), limits=LimitsConfig(
        labels=LabelLimits(tenant=2)))
    running = RunningSidecar(config)
    try:
        emitter = Emitter(running.address("udp"))
        for i in range(5):  # a user id in the tenant label: three past the cap of two
            emitter.emit({"type": "llm_call", "model": "m", "duration_s": 1.0,
                          "tenant": f"user-{i}"})
        emitter.flush(5)
        running.wait_for(5)
        text = running.scrape()
    finally:
        running.stop()
    assert value(text, "llm_exporter_label_overflow_total", label="tenant") == 3
    assert value(text, "llm_requests_total", gen_ai_request_model="m",
                 gen_ai_operation_name="chat", tenant=OTHER) == 3
    assert value(text, "llm_exporter_label_sets") == 4  # 1 call series, 3 rows (2 + __other__)
