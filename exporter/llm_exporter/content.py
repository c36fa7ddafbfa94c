"""The prompt and answer text of a call, for content capture (off unless the operator turns
it on). Standard library only: the SDK wrappers and the proxy read the same wire formats.

What is read: each request message's text parts and tool-call arguments (OpenAI chat,
Anthropic messages, the Responses API's string or message ``input``), and the answer's text
and tool-call arguments, whole or streamed. ``captured`` redacts each message
(``redact.Redactor``), cuts it once to ``MESSAGE_CHARS`` (``…[truncated N chars]``, N the
characters of the message left out), and keeps the newest ``MAX_MESSAGES`` within
``BUDGET_CHARS``, so an event with content stays well inside one datagram; when earlier
messages are left out, the first one kept starts with ``[N earlier messages omitted]``.
"""

from __future__ import annotations

import json
from typing import Any

from llm_exporter.redact import Redactor

MESSAGE_CHARS = 2000  # per message, after redaction (besides a marker saying what was cut)
BUDGET_CHARS = 12000  # per side of a call: input messages, output messages
MAX_MESSAGES = 32


def _text(content: Any) -> str:
    """The text of a message's content: a string, or a list of parts."""
    if isinstance(content, str):
        return content
    out = []
    if isinstance(content, list):
        for part in content:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, dict):
                for key in ("text", "content", "input", "arguments"):
                    value = part.get(key)
                    if isinstance(value, str):
                        out.append(value)
                    elif isinstance(value, (dict, list)) and key in ("input", "content"):
                        out.append(_text(value) if key == "content" else json.dumps(value))
    return "\n".join(out)


def _tool_calls(message: dict) -> str:
    calls = message.get("tool_calls")
    out = []
    for call in calls if isinstance(calls, list) else []:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict):
            out.append(f"{function.get('name', '')}({function.get('arguments', '')})")
    return "\n".join(out)


def request_messages(payload: Any) -> list[dict[str, str]]:
    """(role, text) of each message a request sends, system prompt included."""
    if not isinstance(payload, dict):
        return []
    out = []
    system = payload.get("system") or payload.get("instructions")
    if system:
        out.append({"role": "system", "content": _text(system)})
    messages = payload.get("messages")
    if messages is None:
        messages = payload.get("input")
        if isinstance(messages, str):
            messages = [{"role": "user", "content": messages}]
    for message in messages if isinstance(messages, list) else []:
        if not isinstance(message, dict):
            continue
        text = "\n".join(t for t in (_text(message.get("content")), _tool_calls(message)) if t)
        out.append({"role": str(message.get("role", "user")), "content": text})
    prompt = payload.get("prompt")
    if isinstance(prompt, str):
        out.append({"role": "user", "content": prompt})
    return out


def user_id(payload: Any) -> str:
    """The end user a request names (OpenAI ``user`` or ``safety_identifier``, Anthropic
    ``metadata.user_id``), or "": to be hashed, never sent as it is."""
    if not isinstance(payload, dict):
        return ""
    metadata = payload.get("metadata")
    user = payload.get("user") or payload.get("safety_identifier") or (
        metadata.get("user_id") if isinstance(metadata, dict) else None)
    return user if isinstance(user, str) else ""


MAX_CALLS = 128  # tool calls read of one answer

class _Kept(list):
    """A list that keeps nothing appended to it: what ``AnswerText(text=False)`` reads."""

    def append(self, _: object) -> None:
        pass


class AnswerText:
    """Collects an answer's text and tool calls from a whole response or a stream (OpenAI
    chat and completions, Anthropic messages, the Responses API)."""

    def __init__(self, text: bool = True) -> None:
        """``text``: keep the text and the tool calls' arguments (else their names only)."""
        self.keep = list if text else _Kept
        self.parts: list[str] = self.keep()
        self.calls: dict[int, list[str]] = {}  # index -> [tool name, argument parts...]

    def text(self) -> str:
        """The answer's text, tool calls left out."""
        return "".join(self.parts)

    def tool_calls(self) -> list[tuple[str, str]]:
        """(tool name, arguments as JSON text) of each tool call, in order."""
        return [(call[0], "".join(call[1:])) for _, call in sorted(self.calls.items())]

    def _call(self, index: object, name: object = "") -> list[str]:
        key = index if isinstance(index, int) else len(self.calls)
        call = self.calls.get(key)
        if call is None:
            call = self.keep([""])
            if len(self.calls) < MAX_CALLS:  # past it, an answer's calls go unread
                self.calls[key] = call
        if isinstance(name, str) and name:
            call[0] = name
        return call

    def response(self, body: Any) -> None:
        """Read a complete JSON response."""
        if not isinstance(body, dict):
            return
        for choice in body.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            message = choice.get("message")
            if isinstance(message, dict):
                self.parts.append(_text(message.get("content")))
                if isinstance(message.get("refusal"), str):  # OpenAI's structured refusal
                    self.parts.append(message["refusal"])
                calls = message.get("tool_calls")
                for call in calls if isinstance(calls, list) else []:
                    function = call.get("function") if isinstance(call, dict) else None
                    if isinstance(function, dict):
                        self._call(None, function.get("name")).append(
                            str(function.get("arguments") or ""))
            elif isinstance(choice.get("text"), str):
                self.parts.append(choice["text"])
        content = body.get("content")
        for block in content if isinstance(content, list) else []:  # Anthropic
            if not isinstance(block, dict):
                continue
            if block.get("type") == "tool_use":
                self._call(None, block.get("name")).append(json.dumps(block.get("input", {})))
            elif isinstance(block.get("text"), str):
                self.parts.append(block["text"])
        for item in body.get("output") or []:  # Responses: message items, function calls
            if not isinstance(item, dict):
                continue
            if item.get("type") == "function_call":
                self._call(None, item.get("name")).append(str(item.get("arguments") or ""))
            else:
                self.parts.append(_text(item.get("content")))

    def stream_event(self, data: Any) -> None:
        """Read one streamed event's data."""
        if not isinstance(data, dict):
            return
        for choice in data.get("choices") or []:
            delta = choice.get("delta") if isinstance(choice, dict) else None
            if isinstance(delta, dict):
                for key in ("content", "refusal"):
                    if isinstance(delta.get(key), str):
                        self.parts.append(delta[key])
                for call in delta.get("tool_calls") or []:
                    function = call.get("function") if isinstance(call, dict) else None
                    if isinstance(function, dict):
                        self._call(call.get("index", 0), function.get("name")).append(
                            str(function.get("arguments") or ""))
            elif isinstance(choice, dict) and isinstance(choice.get("text"), str):
                self.parts.append(choice["text"])
        kind = data.get("type")
        if kind == "content_block_start":  # Anthropic: a tool_use block opens with its name
            block = data.get("content_block")
            if isinstance(block, dict) and block.get("type") == "tool_use":
                self._call(data.get("index"), block.get("name"))
            return
        if kind == "response.output_item.added":  # Responses: a function call opens
            item = data.get("item")
            if isinstance(item, dict) and item.get("type") == "function_call":
                self._call(data.get("output_index"), item.get("name"))
            return
        delta = data.get("delta")
        if isinstance(delta, dict):  # Anthropic content_block_delta
            if isinstance(delta.get("text"), str):
                self.parts.append(delta["text"])
            elif isinstance(delta.get("partial_json"), str):
                self._call(data.get("index")).append(delta["partial_json"])
        elif isinstance(delta, str) and kind == "response.function_call_arguments.delta":
            self._call(data.get("output_index")).append(delta)
        elif isinstance(delta, str) and kind in ("response.output_text.delta",
                                                 "response.refusal.delta"):
            self.parts.append(delta)

    def messages(self) -> list[dict[str, str]]:
        """The answer as one assistant message: its text, then each tool call as
        ``name(arguments)`` on a line of its own."""
        lines = [self.text()] if self.parts and self.text() else []
        lines += [f"{name}({arguments})" for name, arguments in self.tool_calls()]
        text = "\n".join(lines)
        return [{"role": "assistant", "content": text}] if text else []


def captured(messages: list[dict[str, str]], redactor: Redactor) -> list[dict[str, str]]:
    """The messages redacted and capped: each cut once to MESSAGE_CHARS, the newest first
    within BUDGET_CHARS and MAX_MESSAGES, in their order; a note at the start of the first
    one kept says how many earlier ones were left out."""
    out: list[dict[str, str]] = []
    budget = BUDGET_CHARS
    limit = min(MESSAGE_CHARS, redactor.max_chars)
    for message in reversed(messages[-MAX_MESSAGES:]):
        text = redactor.text(message["content"], limit)
        if len(text) > budget:
            break
        budget -= len(text)
        out.append({"role": redactor.text(message["role"])[:32], "content": text})
    out.reverse()
    omitted = len(messages) - len(out)
    if omitted and out:
        note = f"[{omitted} earlier message{'s' if omitted > 1 else ''} omitted] "
        text = out[0]["content"]
        if len(text) > limit - len(note):  # the note comes out of the message's characters
            text = redactor.text(messages[omitted]["content"], limit - len(note))
        out[0]["content"] = note + text
    return out
