"""Schema v1 decoding: what is accepted, and what each kind of bad input does."""

import json

import pytest

from llm_exporter.sidecar.core.decode import (
    REASONS,
    Feedback,
    LlmCall,
    Rejection,
    Step,
    decode_event,
    decode_payload,
)

CALL = {"v": 1, "type": "llm_call", "provider": "openai", "model": "gpt-4o", "duration_s": 1.5}


def enc(obj) -> bytes:
    return json.dumps(obj).encode()


def test_minimal_call_gets_schema_defaults():
    call = decode_event(enc({"type": "llm_call", "model": "m", "duration_s": 0.2}))
    assert isinstance(call, LlmCall)
    assert (call.v, call.operation, call.provider, call.error_type, call.tenant) == (
        1, "chat", "", "", "")
    assert call.input_tokens is None and call.cost_usd is None and call.refusal is False


def test_every_field_of_a_call():
    full = dict(CALL, response_model="gpt-4o-2024-08-06", operation="chat", ttft_s=0.3,
                input_tokens=1000, output_tokens=200, cache_read_tokens=300,
                cache_write_tokens=100, reasoning_tokens=50, cost_usd=0.01,
                error_type="", finish_reason="stop", refusal=False, retries=2, tenant="acme",
                prompt_name="p", prompt_version="v1", trace_id="t" * 32, span_id="s" * 16,
                ts=1.7e9)
    call = decode_event(enc(full))
    assert isinstance(call, LlmCall)
    for key, val in full.items():
        if key != "type":
            assert getattr(call, key) == val, key


def test_captured_content_and_a_parent_span_decode():
    event = decode_event(enc(dict(CALL, parent_span_id="", user_hash="ab" * 16,
                                  input_messages=[{"role": "user", "content": "hi"}])))
    assert isinstance(event, LlmCall) and event.parent_span_id == ""
    assert (event.input_messages[0].role, event.input_messages[0].content) == ("user", "hi")


def test_unknown_fields_are_ignored_for_forward_compatibility():
    call = decode_event(enc(dict(CALL, new_field={"nested": [1, 2]}, another=3)))
    assert isinstance(call, LlmCall) and call.model == "gpt-4o"


def test_feedback_and_step():
    fb = decode_event(enc({"type": "feedback", "name": "user_rating", "value": 4, "model": "m"}))
    assert isinstance(fb, Feedback) and fb.value == 4.0
    st = decode_event(enc({"type": "step", "workflow": "rag", "step": "retrieve",
                           "duration_s": 0.05}))
    assert isinstance(st, Step) and st.error_type == ""


@pytest.mark.parametrize("payload, reason", [
    (b"not json", "malformed_json"),
    (b'{"type": "llm_call", "model": "m"', "malformed_json"),  # truncated
    (b"", "malformed_json"),
    (b'{"type":"feedback","name":"x","value":NaN}', "malformed_json"),  # NaN is not JSON
    (b"42", "not_an_object"),
    (b'"a string"', "not_an_object"),
    (enc({"model": "m", "duration_s": 1}), "missing_field"),  # no type
    (enc({"type": "llm_call", "duration_s": 1}), "missing_field"),  # no model
    (enc({"type": "llm_call", "model": "m"}), "missing_field"),  # no duration
    (enc({"type": "feedback", "value": 1}), "missing_field"),
    (enc({"type": "step", "workflow": "w", "duration_s": 1}), "missing_field"),
    (enc({"type": "chat_call", "model": "m", "duration_s": 1}), "unknown_type"),
    (enc(dict(CALL, v=2)), "unsupported_version"),
    (enc(dict(CALL, v=0)), "unsupported_version"),
    (enc(dict(CALL, input_tokens=-5)), "invalid_value"),
    (enc(dict(CALL, input_tokens="12")), "invalid_value"),
    (enc(dict(CALL, input_tokens=1.5)), "invalid_value"),
    (enc(dict(CALL, input_tokens=10**13)), "invalid_value"),
    (enc(dict(CALL, duration_s=-0.1)), "invalid_value"),
    (enc(dict(CALL, duration_s="fast")), "invalid_value"),
    (b'{"type":"llm_call","model":"m","duration_s":1e999}', "invalid_value"),  # inf
    (enc(dict(CALL, duration_s=10**6)), "invalid_value"),  # > a day
    (enc(dict(CALL, model="m" * 300)), "invalid_value"),  # label too long
    (enc(dict(CALL, tenant="t" * (10 * 1024 * 1024))), "invalid_value"),  # the 10 MB string
    (enc(dict(CALL, model=None)), "invalid_value"),
    (enc(dict(CALL, refusal="yes")), "invalid_value"),
    (enc(dict(CALL, cost_usd=-1)), "invalid_value"),
    (enc({"type": "feedback", "name": "x", "value": 1e300}), "invalid_value"),
    (enc(dict(CALL, input_tokens=100, cache_read_tokens=80, cache_write_tokens=30)),
     "inconsistent"),
    (enc(dict(CALL, output_tokens=10, reasoning_tokens=11)), "inconsistent"),
    (enc(dict(CALL, duration_s=1.0, ttft_s=2.0)), "inconsistent"),
    # captured content: a message that is not {role, content}, one over its size, too many
    (enc(dict(CALL, input_messages=["hi"])), "not_an_object"),
    (enc(dict(CALL, input_messages=[{"role": "user"}])), "missing_field"),
    (enc(dict(CALL, output_messages=[{"role": "assistant", "content": "x" * 3000}])),
     "invalid_value"),
    (enc(dict(CALL, input_messages=[{"role": "user", "content": "x"}] * 33)), "invalid_value"),
    (enc(dict(CALL, parent_span_id="x" * 65)), "invalid_value"),
    # answer checks: results only, pass or fail, under names that can be label values
    (enc(dict(CALL, checks={"refusal": "maybe"})), "invalid_value"),
    (enc(dict(CALL, checks={"Refusal!": "fail"})), "invalid_value"),
    (enc(dict(CALL, checks={"x" * 64: "fail"})), "invalid_value"),
    (enc(dict(CALL, checks={f"c{i}": "pass" for i in range(17)})), "invalid_value"),
    (enc(dict(CALL, checks=["refusal"])), "invalid_value"),
    (enc(dict(CALL, checks={"refusal": True})), "invalid_value"),
    # end users: strings within the label limit (they are hashed, never labels)
    (enc(dict(CALL, user="u" * 257)), "invalid_value"),
    (enc(dict(CALL, session=12345)), "invalid_value"),
])
def test_bad_event_is_rejected_with_its_reason(payload, reason):
    result = decode_event(payload)
    assert isinstance(result, Rejection), result
    assert result.reason == reason, result.message
    assert reason in REASONS
    assert result.message  # says what was wrong


def test_rejection_message_names_the_field():
    result = decode_event(enc(dict(CALL, input_tokens=-5)))
    assert "input_tokens" in result.message


def test_array_payload_rejects_only_the_bad_events():
    batch = [CALL, {"type": "nope"}, dict(CALL, model="b"), 17, dict(CALL, duration_s=-1)]
    results = decode_payload(enc(batch), max_event_bytes=65536)
    assert [type(r).__name__ for r in results] == [
        "LlmCall", "Rejection", "LlmCall", "Rejection", "Rejection"]
    assert [r.reason for r in results if isinstance(r, Rejection)] == [
        "unknown_type", "not_an_object", "invalid_value"]


def test_oversized_event_is_refused_before_decoding():
    big = enc(dict(CALL, prompt_name="x" * 200))
    (result,) = decode_payload(big, max_event_bytes=100)
    assert isinstance(result, Rejection) and result.reason == "too_large"
    results = decode_payload(enc([CALL, dict(CALL, prompt_name="x" * 200)]), 150)
    assert isinstance(results[0], LlmCall)
    assert isinstance(results[1], Rejection) and results[1].reason == "too_large"


def test_payload_that_is_neither_object_nor_array():
    (result,) = decode_payload(b"  42 ", 65536)
    assert result.reason == "not_an_object"
    assert [r.reason for r in decode_payload(b'[1, 2', 65536)] == [
        "not_an_object", "malformed_json"]  # the element, then the unterminated array
    (result,) = decode_payload(b'  {"type":"llm_call","model":"m","duration_s":1}\n', 65536)
    assert isinstance(result, LlmCall)
    assert decode_payload(b"[]", 65536) == []


DEEP = b"[" * 1000 + b"]" * 1000  # 2 KB, deeper than msgspec decodes
DEEP_CALL = b'{"type":"llm_call","model":"m","duration_s":1,"x":' + DEEP + b"}"


def test_json_nested_too_deeply_is_rejected_not_raised():
    (result,) = decode_payload(DEEP_CALL, 65536)
    assert result.reason == "too_deep"
    # an array of arrays: its one element is not an object (msgspec says so before descending)
    assert [r.reason for r in decode_payload(DEEP, 65536)] == ["not_an_object"]


def test_one_undecodable_element_of_an_array_costs_only_itself():
    good = enc(CALL)
    lone_surrogate = b'{"type":"llm_call","model":"\\ud800","duration_s":1}'
    tricky = enc(dict(CALL, prompt_name='a "quoted", [bracketed] {name}\\'))
    body = b"[" + b",".join([good, lone_surrogate, tricky, DEEP_CALL, b"{oops}", good]) + b"]"
    results = decode_payload(body, 65536)
    assert [getattr(r, "reason", type(r).__name__) for r in results] == [
        "LlmCall", "malformed_json", "LlmCall", "too_deep", "malformed_json", "LlmCall"]
    assert results[2].prompt_name == 'a "quoted", [bracketed] {name}\\'


@pytest.mark.parametrize("body, reasons", [
    (b"[CALL, CALL, {\"type\": \"llm_c", ["LlmCall", "LlmCall", "malformed_json"]),  # cut
    (b"[CALL, CALL] trailing", ["LlmCall", "LlmCall", "malformed_json"]),
    (b"[CALL, , CALL, oops]", ["LlmCall", "malformed_json", "LlmCall", "malformed_json"]),
    (b"[CALL,]", ["LlmCall", "malformed_json"]),  # an empty last element
])
def test_a_broken_array_keeps_its_whole_elements(body, reasons):
    results = decode_payload(body.replace(b"CALL", enc(CALL)), 1 << 20)
    assert [getattr(r, "reason", type(r).__name__) for r in results] == reasons


def test_past_the_events_limit_one_rejection_counts_the_rest():
    results = decode_payload(b"[" + b",".join([enc(CALL)] * 3 + [b"1"] * 20) + b"]", 65536,
                             max_events=5)
    assert [getattr(r, "reason", type(r).__name__) for r in results] == [
        "too_many_events", "LlmCall", "LlmCall", "LlmCall", "not_an_object", "not_an_object"]
    assert results[0].count == 18 and "18 events past the first 5" in results[0].message


def test_a_broken_array_past_the_events_limit_stops_being_split():
    body = b"[" + b",".join([enc(CALL)] * 3 + [b"1"] * 20) + b",oops]"  # not JSON: split
    results = decode_payload(body, 65536, max_events=5)
    assert [getattr(r, "reason", type(r).__name__) for r in results] == [
        "LlmCall", "LlmCall", "LlmCall", "not_an_object", "not_an_object", "too_many_events"]


@pytest.mark.parametrize("body, limit, expected", [
    (b'{"type":"llm_call","model":"m","duration_s":1,"x":' + b"[" * 1000 + b"]" * 1000 + b"}",
     65536, [("too_deep", "JSON nested too deeply")]),
    (b"{oops}", 65536, [("malformed_json", "JSON")]),  # msgspec's own words about the bytes
    (b"  42 ", 65536, [("not_an_object", "Expected `object`, got `int`")]),
    (b'{"type":"llm_call","model":"m","duration_s":1}' + b" " * 20, 40,
     [("too_large", "event of 46 bytes > 40")]),  # stripped first, then measured
    (b'[{"type":"llm_call","model":"m","duration_s":1}]', 40,
     [("too_large", "event of 46 bytes > 40")]),
    (b"[1, 2] trailing", 65536, [("not_an_object", "Expected `object`"),
                                 ("not_an_object", "Expected `object`"),
                                 ("malformed_json", "data after the end of the array")]),
    (b"[1, 2", 65536, [("not_an_object", "Expected `object`"),
                       ("malformed_json", "unterminated array")]),
    (b'{"a": 1}', 65536, [("missing_field", "Object missing required field `type`")]),
])
def test_each_kind_of_bad_input_gets_its_reason_and_a_message_that_says_why(body, limit,
                                                                         expected):
    results = decode_payload(body, limit)
    assert [(r.reason, r.message[:len(m)]) for r, (_, m) in zip(results, expected,
                                                                 strict=True)] == expected


def test_an_event_of_exactly_the_size_limit_is_accepted_and_one_byte_more_is_not():
    event = b'{"type":"llm_call","model":"m","duration_s":1}'
    n = len(event)
    for body in (event, b" " + event + b" ", b"[" + event + b"]"):  # each way to arrive
        (ok,) = decode_payload(body, n)
        assert isinstance(ok, LlmCall), body
        (refused,) = decode_payload(body, n - 1)
        assert refused.reason == "too_large" and refused.message == \
            f"event of {n} bytes > {n - 1}", body


def test_exactly_max_events_is_not_too_many():
    body = b"[" + b",".join([enc(CALL)] * 5) + b"]"
    assert all(isinstance(r, LlmCall) for r in decode_payload(body, 65536, max_events=5))
    broken = b"[" + b",".join([enc(CALL)] * 5) + b"]x"  # split by hand: the same limit
    assert [getattr(r, "reason", "ok") for r in decode_payload(broken, 65536, max_events=5)] \
        == ["ok"] * 5 + ["malformed_json"]


def test_fields_from_inside_the_sidecar_are_checked_as_json_is():
    from llm_exporter.sidecar.core.decode import event_from_fields

    refused = event_from_fields({"type": "llm_call", "model": "m", "duration_s": -1})
    assert refused.reason == "invalid_value" and "duration_s" in refused.message
    assert event_from_fields({"type": "llm_call", "model": "m", "duration_s": 1,
                              "ttft_s": 2}).reason == "inconsistent"
    assert isinstance(event_from_fields({"type": "feedback", "name": "r", "value": 1}),
                      Feedback)


def test_an_array_after_leading_whitespace_is_still_an_array():
    (first, second) = decode_payload(b" \n [" + enc(CALL) + b"," + enc(CALL) + b"]\n", 65536)
    assert isinstance(first, LlmCall) and isinstance(second, LlmCall)


def test_the_default_events_limit_is_ten_thousand():
    body = b"[" + b",".join([b"{}"] * 10_001) + b"]"
    results = decode_payload(body, 65536)
    assert results[0].reason == "too_many_events" and results[0].count == 1
    assert results[0].message == ("1 events past the first 10000 of one payload "
                                  "(ingest.max_events_per_payload)")
    assert len(results) == 1 + 10_000
    broken = body[:-1] + b",oops]"
    assert decode_payload(broken, 65536)[-1] == Rejection(
        "too_many_events", "the rest of a broken array past its first 10000 events "
        "(ingest.max_events_per_payload)")


@pytest.mark.parametrize("fields", [
    {"input_tokens": 10, "cache_write_tokens": 10},  # no cache reads: 0, not 1
    {"input_tokens": 10, "cache_read_tokens": 10},
    {"input_tokens": 10, "cache_read_tokens": 4, "cache_write_tokens": 6},
    {"output_tokens": 10, "reasoning_tokens": 10},  # all of it reasoning
    {"duration_s": 2.0, "ttft_s": 2.0},  # one chunk, at the end
])
def test_a_part_equal_to_its_whole_is_consistent(fields):
    assert isinstance(decode_event(enc(dict(CALL, **fields))), LlmCall)


def test_each_inconsistency_says_which_fields_contradict():
    assert decode_event(enc(dict(CALL, input_tokens=10, cache_read_tokens=6,
                                 cache_write_tokens=5))) == Rejection(
        "inconsistent", "cache_read_tokens + cache_write_tokens (11) > input_tokens (10); "
        "input_tokens must include cached tokens")
    assert decode_event(enc(dict(CALL, output_tokens=10, reasoning_tokens=11))) == Rejection(
        "inconsistent", "reasoning_tokens (11) > output_tokens (10); output_tokens must "
        "include reasoning tokens")
    assert decode_event(enc(dict(CALL, duration_s=1.0, ttft_s=1.5))) == Rejection(
        "inconsistent", "ttft_s (1.5) > duration_s (1.0)")


def test_fields_from_inside_the_sidecar_get_the_same_reasons_as_json():
    from llm_exporter.sidecar.core.decode import event_from_fields

    for fields in ({"type": "llm_call", "duration_s": 1}, {"type": "nope"},
                   {"type": "llm_call", "model": "m", "duration_s": 1, "v": 2}):
        refused = event_from_fields(fields)
        assert refused == decode_event(enc(fields)), fields
    assert [event_from_fields(f).reason for f in (
        {"type": "llm_call", "duration_s": 1}, {"type": "nope"})] == ["missing_field",
                                                                      "unknown_type"]
