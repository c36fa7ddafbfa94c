"""Provider adapters shared by the proxy and the SDK wrappers: formats, usage, errors."""

import asyncio

import anthropic
import httpx2 as httpx  # the HTTP client the openai and anthropic SDKs use
import openai
import pytest

from llm_exporter.providers import (
    FORMAT_BY_NAME,
    Accumulator,
    ask_for_usage,
    classify_exception,
    classify_status,
    is_usage_chunk,
    parse_traceparent,
    wire_format,
)


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
    fmt = wire_format(path)
    assert (fmt and (fmt.name, fmt.operation)) == expected


STATUSES = [(400, "invalid_request"), (401, "auth"), (403, "auth"), (404, "invalid_request"),
            (408, "timeout"), (409, "server_error"), (413, "invalid_request"),
            (422, "invalid_request"), (429, "rate_limit"), (500, "server_error"),
            (502, "server_error"), (503, "server_error"), (504, "server_error"),
            (529, "server_error"), (200, "")]


@pytest.mark.parametrize("status, kind", STATUSES)
def test_classify_status(status, kind):
    assert classify_status(status) == kind


REQUEST = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")


@pytest.mark.parametrize("status, kind", STATUSES[:-1])
def test_sdk_status_errors_classify_like_their_status(status, kind):
    response = httpx.Response(status, request=REQUEST)
    oai = openai.APIStatusError("x", response=response, body=None)
    claude = anthropic.APIStatusError("x", response=response, body=None)
    assert classify_exception(oai) == classify_exception(claude) == kind


@pytest.mark.parametrize("exc, kind", [
    (openai.APITimeoutError(request=REQUEST), "timeout"),
    (anthropic.APITimeoutError(request=REQUEST), "timeout"),
    (httpx.ReadTimeout("slow", request=REQUEST), "timeout"),
    (TimeoutError(), "timeout"),
    (TimeoutError(), "timeout"),
    (asyncio.TimeoutError(), "timeout"),
    (openai.APIConnectionError(request=REQUEST), "connection"),
    (anthropic.APIConnectionError(request=REQUEST), "connection"),
    (httpx.ConnectError("refused", request=REQUEST), "connection"),
    (ConnectionRefusedError(), "connection"),
    (asyncio.CancelledError(), "client_cancelled"),
    (ValueError("ours"), "ValueError"),
])
def test_classify_exception(exc, kind):
    assert classify_exception(exc) == kind


def test_classify_exception_default_for_the_unknown():
    assert classify_exception(KeyError("x"), default="connection") == "connection"


def test_ask_for_usage_only_on_streams_that_lack_it():
    chat = FORMAT_BY_NAME["openai_chat"]
    request = {"model": "m", "stream": True, "stream_options": {"x": 1}}
    assert ask_for_usage(chat, request) is True
    assert request["stream_options"] == {"x": 1, "include_usage": True}
    assert ask_for_usage(chat, request) is False  # asked already: the caller keeps the chunk
    assert ask_for_usage(chat, {"model": "m"}) is False  # not streaming
    assert ask_for_usage(FORMAT_BY_NAME["anthropic_messages"], {"stream": True}) is False
    assert ask_for_usage(FORMAT_BY_NAME["openai_responses"], {"stream": True}) is False
    assert ask_for_usage(chat, {"stream": True, "stream_options": None}) is True


@pytest.mark.parametrize("options", ["x", [1], 3])
def test_a_stream_options_that_is_not_an_object_is_forwarded_as_the_client_sent_it(options):
    request = {"model": "m", "stream": True, "stream_options": options}
    assert ask_for_usage(FORMAT_BY_NAME["openai_chat"], request) is False
    assert request["stream_options"] == options  # the provider answers 400, as it would


def test_usage_chunk():
    assert is_usage_chunk({"choices": [], "usage": {"prompt_tokens": 1}})
    assert not is_usage_chunk({"choices": [{"delta": {}}], "usage": {"prompt_tokens": 1}})
    assert not is_usage_chunk({"choices": [], "usage": None})


def test_openai_usage_already_includes_cached_and_reasoning():
    acc = Accumulator(FORMAT_BY_NAME["openai_chat"])
    acc.response({"model": "gpt-4o-2024-08-06", "choices": [
        {"finish_reason": "length", "message": {"content": "x", "refusal": None}}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20,
                  "prompt_tokens_details": {"cached_tokens": 60},
                  "completion_tokens_details": {"reasoning_tokens": 5}}})
    assert acc.fields == {"input_tokens": 100, "output_tokens": 20, "cache_read_tokens": 60,
                          "reasoning_tokens": 5, "response_model": "gpt-4o-2024-08-06",
                          "finish_reason": "length"}


def test_anthropic_input_excludes_cache_so_it_is_added():
    acc = Accumulator(FORMAT_BY_NAME["anthropic_messages"])
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
    acc = Accumulator(FORMAT_BY_NAME["openai_chat"])
    acc.stream_event({"choices": [{"delta": {"refusal": "no"}, "finish_reason": None}]})
    assert acc.fields["refusal"] is True
    acc = Accumulator(FORMAT_BY_NAME["openai_chat"])
    acc.response({"choices": [{"finish_reason": "content_filter", "message": {}}]})
    assert acc.fields["refusal"] is True
    acc = Accumulator(FORMAT_BY_NAME["anthropic_messages"])
    acc.response({"stop_reason": "refusal", "usage": {"input_tokens": 1, "output_tokens": 0}})
    assert acc.fields["refusal"] is True and acc.fields["finish_reason"] == "content_filter"


def test_openai_stream_content_detection_skips_the_role_chunk():
    acc = Accumulator(FORMAT_BY_NAME["openai_chat"])
    assert not acc.stream_event({"choices": [{"delta": {"role": "assistant", "content": ""}}]})
    assert acc.stream_event({"choices": [{"delta": {"content": "Hi"}}]})
    assert acc.stream_event({"choices": [{"delta": {"tool_calls": [{"index": 0}]}}]})


def test_responses_api_stream_and_incomplete():
    acc = Accumulator(FORMAT_BY_NAME["openai_responses"])
    assert acc.stream_event({"type": "response.output_text.delta", "delta": "x"})
    acc.stream_event({"type": "response.incomplete", "response": {
        "status": "incomplete", "incomplete_details": {"reason": "max_output_tokens"},
        "usage": {"input_tokens": 9, "output_tokens": 3,
                  "output_tokens_details": {"reasoning_tokens": 2}}}})
    assert acc.fields == {"input_tokens": 9, "output_tokens": 3, "reasoning_tokens": 2,
                          "finish_reason": "length"}


def test_junk_is_ignored():
    acc = Accumulator(FORMAT_BY_NAME["openai_chat"])
    acc.response(None)
    acc.response({"usage": {"prompt_tokens": "many"}, "choices": "nope"})
    acc.response({"choices": [None, {"message": "x", "finish_reason": 7}], "usage": []})
    assert acc.stream_event([1, 2]) is False
    assert acc.stream_event({"choices": [{"delta": "text"}, 3]}) is False
    assert acc.fields == {}
    anthropic = Accumulator(FORMAT_BY_NAME["anthropic_messages"])
    anthropic.stream_event({"type": "message_start", "message": "x"})
    anthropic.stream_event({"type": "message_delta", "usage": 5, "delta": None})
    responses = Accumulator(FORMAT_BY_NAME["openai_responses"])
    responses.stream_event({"type": "response.completed", "response": [1]})
    responses.response({"output": "x", "usage": {"input_tokens": 1.5}})
    assert anthropic.fields == {} and responses.fields == {}


def test_traceparent():
    assert parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01") == (
        "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7")
    assert parse_traceparent("garbage") is None


def test_responses_api_answer_usage_model_finish_and_refusal():
    acc = Accumulator(FORMAT_BY_NAME["openai_responses"])
    acc.response({"model": "gpt-4.1-2025-04-14", "status": "completed", "output": [
        {"type": "message", "content": [{"type": "output_text", "text": "no"},
                                        {"type": "refusal", "refusal": "I can't"}]}],
        "usage": {"input_tokens": 500, "output_tokens": 80,
                  "input_tokens_details": {"cached_tokens": 100},
                  "output_tokens_details": {"reasoning_tokens": 30}}})
    assert acc.fields == {"input_tokens": 500, "output_tokens": 80, "cache_read_tokens": 100,
                          "reasoning_tokens": 30, "response_model": "gpt-4.1-2025-04-14",
                          "finish_reason": "stop", "refusal": True}
    plain = Accumulator(FORMAT_BY_NAME["openai_responses"])
    plain.response({"status": "completed", "output": [{"content": [{"type": "output_text"}]}],
                    "usage": {"input_tokens": 5, "output_tokens": 1,
                              "input_tokens_details": {"cached_tokens": 0},
                              "output_tokens_details": {"reasoning_tokens": 0}}})
    assert plain.fields == {"input_tokens": 5, "output_tokens": 1, "finish_reason": "stop"}


@pytest.mark.parametrize("reason, finish", [
    ("max_output_tokens", "length"), ("content_filter", "content_filter"),
    ("something_new", "length"), (None, "length"),
])
def test_responses_api_incomplete_reasons(reason, finish):
    acc = Accumulator(FORMAT_BY_NAME["openai_responses"])
    body = {"status": "incomplete"}
    if reason is not None:
        body["incomplete_details"] = {"reason": reason}
    acc.response(body)
    assert acc.fields == {"finish_reason": finish}


class RateLimitError(Exception):
    """As other SDKs name theirs (LiteLLM, Cohere): recognised by name, not imported."""


class ContentFilterFinishReasonError(Exception):
    """As openai names its own."""


def test_classify_exception_reads_the_status_wherever_a_library_keeps_it():
    import aiohttp
    from multidict import CIMultiDict, CIMultiDictProxy
    from yarl import URL

    info = aiohttp.RequestInfo(URL("http://x"), "POST", CIMultiDictProxy(CIMultiDict()),
                               URL("http://x"))
    assert classify_exception(aiohttp.ClientResponseError(info, (), status=429)) == "rate_limit"
    assert classify_exception(aiohttp.ClientResponseError(info, (), status=503)) == \
        "server_error"

    class WithResponse(Exception):  # requests' HTTPError keeps it on .response
        response = httpx.Response(401, request=REQUEST)
    assert classify_exception(WithResponse()) == "auth"

    class Redirected(Exception):  # a status under 400 is no failure status
        status_code = 302
    assert classify_exception(Redirected(), default="connection") == "connection"


@pytest.mark.parametrize("exc, kind", [
    (RateLimitError(), "rate_limit"),
    (ContentFilterFinishReasonError(), "content_filter"),
    (BrokenPipeError(), "connection"),  # a ConnectionError by type
])
def test_classify_exception_by_name_and_by_type(exc, kind):
    assert classify_exception(exc) == kind


def test_request_model_and_a_path_with_a_trailing_slash():
    from llm_exporter.providers import request_model

    assert request_model({"model": "gpt-4o"}) == "gpt-4o"
    assert request_model({}) == request_model({"model": ""}) == "unknown"
    assert wire_format("v1/chat/completions/").name == "openai_chat"


def test_an_exception_that_only_carries_status_code_is_classified_by_it():
    class ProviderError(Exception):
        status_code = 429

    assert classify_exception(ProviderError()) == "rate_limit"


# (format, whole response or stream events, the fields read, which events carried content)
ANSWERS = [
    ("anthropic_messages", {"model": "claude-sonnet-4-5", "stop_reason": "end_turn",
                            "usage": {"input_tokens": 12, "output_tokens": 7}},
     {"input_tokens": 12, "output_tokens": 7, "response_model": "claude-sonnet-4-5",
      "finish_reason": "stop"}, None),
    ("anthropic_messages", {"stop_reason": "model_context_window_exceeded",  # a new reason
                            "usage": {"input_tokens": 3, "cache_read_input_tokens": 4,
                                      "output_tokens": 0}},
     {"input_tokens": 7, "cache_read_tokens": 4, "output_tokens": 0,
      "finish_reason": "model_context_window_exceeded"}, None),
    ("anthropic_messages", {"stop_reason": "", "model": 5, "usage": {"input_tokens": 1}},
     {"input_tokens": 1}, None),
    ("anthropic_messages", [
        ("message_start", {"type": "message_start", "message": None}),
        ("", {"type": "message_start", "message": {"model": "claude-haiku-4-5",
                                                   "usage": {"input_tokens": 2}}}),
        ("content_block_delta", {"delta": {"text": "x"}}),  # the SSE event name decides
        ("", {"type": "message_delta", "delta": {"stop_reason": "tool_use"},
              "usage": {"input_tokens": 20, "cache_creation_input_tokens": 5,
                        "output_tokens": 9}}),  # newer APIs repeat the input here
     ],
     {"input_tokens": 25, "cache_write_tokens": 5, "output_tokens": 9,
      "response_model": "claude-haiku-4-5", "finish_reason": "tool_calls"},
     [False, False, True, False]),
    ("openai_chat", {"model": "gpt-4o", "choices": [
        {"finish_reason": "stop", "message": {"content": None, "refusal": "I can't."}}],
        "usage": {"prompt_tokens": 8, "completion_tokens": 4,
                  "prompt_tokens_details": {"cached_tokens": 0},
                  "completion_tokens_details": {"reasoning_tokens": 0}}},
     {"input_tokens": 8, "output_tokens": 4, "response_model": "gpt-4o",
      "finish_reason": "stop", "refusal": True}, None),
    ("openai_chat", [
        ("", {"model": "gpt-4o-2024-08-06", "choices": [{"delta": {"refusal": "No"}}]}),
        ("", {"choices": [{"delta": {}, "finish_reason": "stop"}]}),
        ("", {"choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 2}}),
     ],
     {"input_tokens": 5, "output_tokens": 2, "response_model": "gpt-4o-2024-08-06",
      "finish_reason": "stop", "refusal": True}, [True, False, False]),
    ("openai_completions", [
        ("", {"choices": [{"text": "Once", "finish_reason": None}]}),
        ("", {"choices": [{"text": "", "finish_reason": "length"}]}),
     ], {"finish_reason": "length"}, [True, False]),
    ("openai_embeddings", {"model": "text-embedding-3-small",  # OpenAI-compatible servers
                           "usage": {"input_tokens": 11, "output_tokens": 0}},
     {"input_tokens": 11, "output_tokens": 0, "response_model": "text-embedding-3-small"},
     None),
    ("openai_responses", [
        ("", {"type": "response.refusal.delta", "delta": "I"}),
        ("", {"type": "response.function_call_arguments.delta", "delta": "{"}),
        ("", {"type": "response.output_item.done"}),
        ("response.completed", {"response": {"status": "completed", "model": "gpt-4.1",
                                             "usage": {"input_tokens": 3,
                                                       "output_tokens": 2}}}),
     ],
     {"input_tokens": 3, "output_tokens": 2, "response_model": "gpt-4.1",
      "finish_reason": "stop"}, [True, True, False, False]),
    ("openai_responses", [
        ("", {"type": "response.failed", "response": {
            "status": "failed", "usage": {"input_tokens": 6, "output_tokens": 0}}}),
     ], {"input_tokens": 6, "output_tokens": 0}, [False]),
    # what the price depends on, as each answer states it (issue 35)
    ("openai_chat", {"model": "gpt-5", "service_tier": "flex", "choices": [],
                     "usage": {"prompt_tokens": 10, "completion_tokens": 3}},
     {"input_tokens": 10, "output_tokens": 3, "response_model": "gpt-5",
      "service_tier": "flex"}, None),
    ("openai_chat", [  # asked for priority, served at default: the chunks say which
        ("", {"model": "gpt-5", "service_tier": "default",
              "choices": [{"delta": {"content": "x"}}]}),
        ("", {"service_tier": "default", "choices": [],
              "usage": {"prompt_tokens": 5, "completion_tokens": 1}}),
     ],
     {"input_tokens": 5, "output_tokens": 1, "response_model": "gpt-5",
      "service_tier": "default"}, [True, False]),
    ("openai_responses", {"status": "completed", "model": "gpt-5", "service_tier": "priority",
                          "output": [{"type": "web_search_call", "status": "completed"},
                                     {"type": "web_search_call", "status": "completed"},
                                     {"type": "message", "content": []}],
                          "usage": {"input_tokens": 40, "output_tokens": 8}},
     {"input_tokens": 40, "output_tokens": 8, "response_model": "gpt-5",
      "service_tier": "priority", "web_searches": 2, "finish_reason": "stop"}, None),
    ("anthropic_messages", {"model": "claude-opus-4-6", "stop_reason": "end_turn",
                            "usage": {"input_tokens": 10, "cache_read_input_tokens": 0,
                                      "cache_creation_input_tokens": 300,
                                      "cache_creation": {"ephemeral_5m_input_tokens": 100,
                                                         "ephemeral_1h_input_tokens": 200},
                                      "output_tokens": 5, "service_tier": "batch",
                                      "server_tool_use": {"web_search_requests": 3},
                                      "speed": "fast"}},
     {"input_tokens": 310, "cache_write_tokens": 300, "cache_write_1h_tokens": 200,
      "output_tokens": 5, "web_searches": 3, "processing": "batch", "speed": "fast",
      "response_model": "claude-opus-4-6", "finish_reason": "stop"}, None),
    ("anthropic_messages", [  # a stream's searches are in its final usage
        ("", {"type": "message_start", "message": {"model": "claude-sonnet-4-5", "usage": {
            "input_tokens": 4, "output_tokens": 1, "service_tier": "standard",
            "cache_creation_input_tokens": 0,
            "cache_creation": {"ephemeral_5m_input_tokens": 0,
                               "ephemeral_1h_input_tokens": 0}}}}),
        ("", {"type": "message_delta", "delta": {"stop_reason": "end_turn"},
              "usage": {"output_tokens": 30, "server_tool_use": {"web_search_requests": 1}}}),
     ],
     {"input_tokens": 4, "output_tokens": 30, "web_searches": 1,
      "response_model": "claude-sonnet-4-5", "finish_reason": "stop"}, [False, False]),
]


@pytest.mark.parametrize("fmt, answer, fields, content", ANSWERS,
                         ids=[f"{a[0]}-{i}" for i, a in enumerate(ANSWERS)])
def test_what_each_format_reports_is_read_whole_or_event_by_event(fmt, answer, fields,
                                                                  content):
    acc = Accumulator(FORMAT_BY_NAME[fmt])
    if content is None:
        acc.response(answer)
    else:
        assert [acc.stream_event(data, name) for name, data in answer] == content
    assert acc.fields == fields
