"""Content capture's caps (``llm_exporter/content.py``, ``captured``): each message cut once
with a marker that counts what the original lost, the newest messages kept, and a note when
earlier ones are left out."""

from llm_exporter.content import BUDGET_CHARS, MAX_MESSAGES, MESSAGE_CHARS, captured
from llm_exporter.redact import Redactor

DECODE_LIMIT = MESSAGE_CHARS + 64  # what the sidecar accepts as one message's content


def user(text: str) -> dict[str, str]:
    return {"role": "user", "content": text}


def test_a_long_message_is_cut_once_and_the_marker_counts_the_original():
    # before: cut at 4,096 by the redactor, then at 2,000, the marker saying 2,119
    (out,) = captured([user("y" * 10_000)], Redactor())
    assert out["content"] == "y" * MESSAGE_CHARS + "…[truncated 8000 chars]"


def test_the_count_is_of_the_original_even_where_a_value_was_replaced():
    text = "call +44 20 7946 0958 " + "y" * 5000  # 22 characters, then the y's
    (out,) = captured([user(text)], Redactor())
    shown = out["content"].split("…[truncated ")[0]
    assert shown.startswith("call [REDACTED:phone] ") and len(shown) == MESSAGE_CHARS
    left_out = len(text) - (22 + MESSAGE_CHARS - len("call [REDACTED:phone] "))
    assert out["content"].endswith(f"…[truncated {left_out} chars]")


def test_the_newest_32_messages_are_kept_and_a_note_says_how_many_were_not():
    messages = [user(f"turn {i}") for i in range(40)]
    out = captured(messages, Redactor())
    assert len(out) == MAX_MESSAGES == 32
    assert out[0]["content"] == "[8 earlier messages omitted] turn 8"
    assert [m["content"] for m in out[1:]] == [f"turn {i}" for i in range(9, 40)]
    assert captured(messages[:32], Redactor())[0]["content"] == "turn 0"  # none left out
    assert captured(messages[:33], Redactor())[0]["content"] == \
        "[1 earlier message omitted] turn 1"


def test_messages_left_out_for_the_budget_are_counted_and_the_note_fits_the_limit():
    messages = [user(f"{i} " + "z" * 3000) for i in range(10)]  # each cut to 2,000
    out = captured(messages, Redactor())
    kept = BUDGET_CHARS // (MESSAGE_CHARS + len("…[truncated 1002 chars]"))
    assert len(out) == kept == 5
    first = out[0]["content"]
    assert first.startswith("[5 earlier messages omitted] 5 zzz")
    assert first.endswith(f"…[truncated {3002 - (MESSAGE_CHARS - 29)} chars]")
    assert all(len(m["content"]) <= DECODE_LIMIT for m in out)


def test_an_answer_read_for_its_tool_names_only_keeps_nothing_else_and_at_most_128():
    """What the proxy reads of an answer to a request that offered tools, with no checks,
    capture or judge: the names, not the text or the arguments; a stream of 2,000 tool
    calls keeps 128."""
    from llm_exporter.content import AnswerText

    names = AnswerText(text=False)
    names.stream_event({"choices": [{"delta": {"content": "x" * 1000, "tool_calls": [
        {"index": 0, "function": {"name": "get_order", "arguments": '{"id"'}}]}}]})
    names.stream_event({"choices": [{"delta": {"tool_calls": [
        {"index": 0, "function": {"arguments": ": 42}"}}]}}]})
    assert names.tool_calls() == [("get_order", "")] and names.text() == ""
    whole = AnswerText()
    for i in range(2000):
        whole.stream_event({"choices": [{"delta": {"tool_calls": [
            {"index": i, "function": {"name": f"t{i}", "arguments": "{}"}}]}}]})
    assert [name for name, _ in whole.tool_calls()] == [f"t{i}" for i in range(128)]
