"""Cardinality caps: values past a label's cap fold into __other__ and are counted."""

from llm_exporter.config import LabelLimits
from llm_exporter.metrics import LABEL_OVERFLOW
from llm_exporter.sidecar.core.limits import OTHER, LabelLimiter


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


def test_reset_keeps_the_live_values_and_frees_the_rest_of_the_room():
    limiter = LabelLimiter(LabelLimits(tenant=2))
    for value in ("a", "b", "c"):
        limiter.admit("tenant", value)
    limiter.reset("tenant", ["a", OTHER, ""])  # "b" expired; OTHER and "" are no values
    assert limiter.admit("tenant", "a") == "a"
    assert limiter.admit("tenant", "d") == "d"  # b's place
    assert limiter.admit("tenant", "e") == OTHER  # a and d fill the cap of two


def test_the_overflow_counter_has_every_label_from_zero_with_its_help():
    limiter = LabelLimiter(LabelLimits(tenant=1))
    limiter.admit("tenant", "a")
    limiter.admit("tenant", "b")
    (family,) = limiter.collect()
    assert family.documentation == LABEL_OVERFLOW.help
    values = {s.labels["label"]: s.value for s in family.samples if s.name.endswith("_total")}
    assert values["tenant"] == 1 and values["label_sets"] == 0
    assert set(values) == {*LabelLimits.__dataclass_fields__, "label_sets"}
    assert all(v == 0 for k, v in values.items() if k != "tenant")
