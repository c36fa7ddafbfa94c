"""Usage normalisation shared by the proxy and the SDK wrappers."""

import pytest

from llm_exporter.providers import Accumulator, error_type, parse_traceparent, wire_format


@pytest.mark.parametrize("path, expected", [
    ("v1/chat/completions", ("openai_chat", "chat")),
    ("chat/completions", ("openai_chat", "chat")),
    ("v1/completions", ("openai_completions", "text_completion")),
    ("openai/deployments/x/embeddings", ("openai_embeddings", "embeddings")),
    ("v1/responses", ("openai_responses", "chat")),
    ("v1/messages", ("anthropic_messages", "chat")),
    ("v1/models", None),
    ("v1/messages/count_tokens", None),
])
def test_wire_format_from_path(path, expected):
    assert wire_format(path) == expected


@pytest.mark.parametrize("status, kind", [(429, "rate_limit"), (401, "auth"), (403, "auth"),
                                          (400, "invalid_request"), (404, "invalid_request"),
                                          (500, "server_error"), (503, "server_error"),
                                          (408, "timeout"), (200, "")])
def test_error_type(status, kind):
    assert error_type(status) == kind


def test_openai_usage_already_includes_cached_and_reasoning():
    acc = Accumulator("openai_chat")
    acc.response({"model": "gpt-4o-2024-08-06", "choices": [
        {"finish_reason": "length", "message": {"content": "x", "refusal": None}}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20,
                  "prompt_tokens_details": {"cached_tokens": 60},
                  "completion_tokens_details": {"reasoning_tokens": 5}}})
    assert acc.fields == {"input_tokens": 100, "output_tokens": 20, "cache_read_tokens": 60,
                          "reasoning_tokens": 5, "response_model": "gpt-4o-2024-08-06",
                          "finish_reason": "length"}


def test_anthropic_input_excludes_cache_so_it_is_added():
    acc = Accumulator("anthropic_messages")
    assert not acc.stream_event({"type": "message_start", "message": {
        "model": "claude-haiku-4-5", "usage": {"input_tokens": 10, "output_tokens": 1,
                                               "cache_read_input_tokens": 300,
                                               "cache_creation_input_tokens": 50}}})
    assert acc.stream_event({"type": "content_block_delta", "delta": {"text": "hi"}})
    acc.stream_event({"type": "message_delta", "delta": {"stop_reason": "max_tokens"},
                      "usage": {"output_tokens": 42}})
    assert acc.fields == {"input_tokens": 360, "cache_read_tokens": 300,
                          "cache_write_tokens": 50, "output_tokens": 42,
                          "response_model": "claude-haiku-4-5", "finish_reason": "length"}


def test_refusals():
    acc = Accumulator("openai_chat")
    acc.stream_event({"choices": [{"delta": {"refusal": "no"}, "finish_reason": None}]})
    assert acc.fields["refusal"] is True
    acc = Accumulator("openai_chat")
    acc.response({"choices": [{"finish_reason": "content_filter", "message": {}}]})
    assert acc.fields["refusal"] is True
    acc = Accumulator("anthropic_messages")
    acc.response({"stop_reason": "refusal", "usage": {"input_tokens": 1, "output_tokens": 0}})
    assert acc.fields["refusal"] is True and acc.fields["finish_reason"] == "content_filter"


def test_openai_stream_content_detection_skips_the_role_chunk():
    acc = Accumulator("openai_chat")
    assert not acc.stream_event({"choices": [{"delta": {"role": "assistant", "content": ""}}]})
    assert acc.stream_event({"choices": [{"delta": {"content": "Hi"}}]})
    assert acc.stream_event({"choices": [{"delta": {"tool_calls": [{"index": 0}]}}]})


def test_responses_api_stream_and_incomplete():
    acc = Accumulator("openai_responses")
    assert acc.stream_event({"type": "response.output_text.delta", "delta": "x"})
    acc.stream_event({"type": "response.incomplete", "response": {
        "status": "incomplete", "incomplete_details": {"reason": "max_output_tokens"},
        "usage": {"input_tokens": 9, "output_tokens": 3,
                  "output_tokens_details": {"reasoning_tokens": 2}}}})
    assert acc.fields == {"input_tokens": 9, "output_tokens": 3, "reasoning_tokens": 2,
                          "finish_reason": "length"}


def test_junk_is_ignored():
    acc = Accumulator("openai_chat")
    acc.response(None)
    acc.response({"usage": {"prompt_tokens": "many"}, "choices": "nope"})
    acc.response({"choices": [None, {"message": "x", "finish_reason": 7}], "usage": []})
    assert acc.stream_event([1, 2]) is False
    assert acc.stream_event({"choices": [{"delta": "text"}, 3]}) is False
    assert acc.fields == {}
    anthropic = Accumulator("anthropic_messages")
    anthropic.stream_event({"type": "message_start", "message": "x"})
    anthropic.stream_event({"type": "message_delta", "usage": 5, "delta": None})
    responses = Accumulator("openai_responses")
    responses.stream_event({"type": "response.completed", "response": [1]})
    responses.response({"output": "x", "usage": {"input_tokens": 1.5}})
    assert anthropic.fields == {} and responses.fields == {}


def test_traceparent():
    assert parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01") == (
        "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7")
    assert parse_traceparent("garbage") is None
