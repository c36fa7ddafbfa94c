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
