"""One call from request to answer, as the proxy and the SDK wrappers both see it (each of
them with the real SDKs: integration/test_proxy.py, integration/test_wrappers.py)."""

from llm_exporter.checks import AnswerChecks
from llm_exporter.observer import ObservedCall
from llm_exporter.providers import wire_format
from llm_exporter.redact import Redactor

CHAT = wire_format("v1/chat/completions")
REQUEST = {"model": "gpt-4o", "user": "alice@corp", "stream": True,
           "response_format": {"type": "json_object"},
           "messages": [{"role": "system", "content": "Write to bob@corp.example if stuck."},
                        {"role": "user", "content": "Give me JSON."}]}


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def stream(call: ObservedCall, clock: Clock, *parts: str) -> None:
    for part in parts:
        clock.now += 0.25
        call.stream_event({"model": "gpt-4o-2024-08-06",
                           "choices": [{"index": 0, "delta": {"content": part}}]})
    call.stream_event({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    call.stream_event({"choices": [], "usage": {"prompt_tokens": 12, "completion_tokens": 3}})


def test_a_streamed_call_becomes_one_event_with_its_checks_and_redacted_content():
    clock = Clock()
    call = ObservedCall(CHAT, REQUEST, {"provider": "openai", "operation": "chat"},
                        capture=Redactor(user_id_key=b"k" * 16), checks=AnswerChecks(),
                        clock=clock)
    stream(call, clock, '{"ok": ', "true}")
    clock.now += 1.0
    event = call.finish()
    assert event["type"] == "llm_call" and event["provider"] == "openai"
    assert event["model"] == "gpt-4o" and event["user"] == "alice@corp"
    assert (event["input_tokens"], event["output_tokens"]) == (12, 3)
    assert event["finish_reason"] == "stop"
    assert (event["ttft_s"], event["duration_s"]) == (0.25, 1.5)
    assert event["checks"]["json"] == "pass"  # the request asked for a JSON object
    assert len(event["user_hash"]) == 32 and "alice" not in event["user_hash"]
    system, user = event["input_messages"]
    assert "bob@corp.example" not in system["content"] and "[REDACTED:email]" in system["content"]
    assert event["output_messages"] == [{"role": "assistant", "content": '{"ok": true}'}]


def test_a_call_cut_off_is_not_checked_and_its_first_token_never_after_its_end():
    clock = Clock()
    call = ObservedCall(CHAT, REQUEST, {"user": "from-a-header"}, checks=AnswerChecks(),
                        clock=clock)
    stream(call, clock, "{")
    call.event["ttft_s"] = 9.0  # as an upstream clock that ran ahead would have it
    event = call.finish("client_cancelled")
    assert event["error_type"] == "client_cancelled" and "checks" not in event
    assert event["ttft_s"] == event["duration_s"] == 0.25
    assert event["user"] == "from-a-header"  # what the caller knows wins over the body
    assert "input_messages" not in event and "user_hash" not in event  # capture is off
    unread = ObservedCall(CHAT, REQUEST, {}, checks=AnswerChecks(), clock=clock)
    assert "checks" not in unread.finish(complete=False)  # passed on, never read whole


def test_an_embedding_has_no_answer_to_keep_or_check():
    call = ObservedCall(wire_format("v1/embeddings"), {"model": "text-embedding-3-small",
                                                       "input": "hello"}, {},
                        capture=Redactor(), checks=AnswerChecks(), keep_answer=True)
    call.response({"usage": {"prompt_tokens": 2, "total_tokens": 2}})
    event = call.finish()
    assert call.answer is None and call.answer_text() == ""
    assert event["input_tokens"] == 2 and "checks" not in event
    assert "output_messages" not in event


def test_the_answer_is_kept_for_a_judge_without_checks_or_capture():
    call = ObservedCall(CHAT, {"model": "gpt-4o"}, {}, keep_answer=True)
    call.response({"choices": [{"message": {"content": "Paris."}, "finish_reason": "stop"}]})
    event = call.finish()
    assert call.answer_text() == "Paris." and event["model"] == "gpt-4o"
    assert "checks" not in event and "output_messages" not in event
