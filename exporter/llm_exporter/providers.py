"""Read usage, finish reason and refusals from provider responses. Standard library only.

Used by the proxy (on JSON bodies and SSE events) and by the SDK wrappers in ``client`` (on
the SDK's objects, turned into dicts). Everything is normalised to the event schema:
``input_tokens`` includes cache reads and writes, ``output_tokens`` includes reasoning.

- OpenAI: ``prompt_tokens`` already includes ``prompt_tokens_details.cached_tokens``;
  reasoning is ``completion_tokens_details.reasoning_tokens``, part of ``completion_tokens``.
- Anthropic: ``input_tokens`` excludes ``cache_read_input_tokens`` and
  ``cache_creation_input_tokens``, so they are added.
"""

from __future__ import annotations

from typing import Any

# Which wire format a request path speaks, and the operation it is (OTel gen_ai.operation.name).
FORMATS = (
    ("chat/completions", "openai_chat", "chat"),
    ("completions", "openai_completions", "text_completion"),
    ("embeddings", "openai_embeddings", "embeddings"),
    ("responses", "openai_responses", "chat"),
    ("messages", "anthropic_messages", "chat"),
)
ANTHROPIC_STOP = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length",
                  "tool_use": "tool_calls", "pause_turn": "stop", "refusal": "content_filter"}
RESPONSES_INCOMPLETE = {"max_output_tokens": "length", "content_filter": "content_filter"}


def wire_format(path: str) -> tuple[str, str] | None:
    """(format, operation) for an API path such as ``v1/chat/completions``, else None."""
    path = path.rstrip("/")
    for suffix, fmt, operation in FORMATS:
        if path == suffix or path.endswith("/" + suffix):
            return fmt, operation
    return None


def error_type(status: int) -> str:
    """A low-cardinality class for an HTTP status from a provider."""
    if status == 429:
        return "rate_limit"
    if status in (401, 403):
        return "auth"
    if status == 408:
        return "timeout"
    if status >= 500:
        return "server_error"
    if status >= 400:
        return "invalid_request"
    return ""


def _dicts(value: Any) -> list[dict]:
    """The dict items of a list; anything else from an upstream is ignored."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _get(obj: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


class Accumulator:
    """Collects what one call reports, from a whole response or stream event by event."""

    def __init__(self, fmt: str):
        self.format = fmt
        self.fields: dict[str, Any] = {}
        self.content_started = False  # the first content chunk has arrived (TTFT)

    # Whole (non-streaming) responses

    def response(self, body: dict) -> None:
        """Read a complete JSON response body."""
        if not isinstance(body, dict):
            return
        if self.format == "anthropic_messages":
            self._anthropic_usage(body.get("usage"))
            self._anthropic_stop(body.get("stop_reason"))
            self._model(body.get("model"))
        elif self.format == "openai_responses":
            self._responses(body)
        else:
            self._openai_usage(body.get("usage"))
            self._model(body.get("model"))
            for choice in _dicts(body.get("choices")):
                self._openai_choice(choice, _get(choice, "message"))

    # Streams

    def stream_event(self, data: dict, event: str = "") -> bool:
        """Read one SSE event's data; True if it carried content (for TTFT)."""
        if not isinstance(data, dict):
            return False
        if self.format == "anthropic_messages":
            return self._anthropic_event(data.get("type") or event, data)
        if self.format == "openai_responses":
            kind = data.get("type") or event
            if kind in ("response.completed", "response.incomplete", "response.failed") \
                    and isinstance(data.get("response"), dict):
                self._responses(data["response"])
            return kind in ("response.output_text.delta", "response.refusal.delta",
                            "response.function_call_arguments.delta")
        self._openai_usage(data.get("usage"))
        self._model(data.get("model"))
        content = False
        for choice in _dicts(data.get("choices")):
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                delta = {}
            if delta.get("content") or delta.get("tool_calls") or delta.get("refusal") \
                    or choice.get("text"):
                content = True
            self._openai_choice(choice, delta)
        return content

    # OpenAI

    def _openai_usage(self, usage: Any) -> None:
        if not isinstance(usage, dict):
            return
        inp = usage.get("prompt_tokens", usage.get("input_tokens"))
        if isinstance(inp, int):
            self.fields["input_tokens"] = inp
        out = usage.get("completion_tokens", usage.get("output_tokens"))
        if isinstance(out, int):
            self.fields["output_tokens"] = out
        cached = _get(usage, "prompt_tokens_details", "cached_tokens")
        if isinstance(cached, int) and cached:
            self.fields["cache_read_tokens"] = cached
        reasoning = _get(usage, "completion_tokens_details", "reasoning_tokens")
        if isinstance(reasoning, int) and reasoning:
            self.fields["reasoning_tokens"] = reasoning

    def _openai_choice(self, choice: dict, message: Any) -> None:
        reason = choice.get("finish_reason")
        if isinstance(reason, str) and reason:
            self.fields["finish_reason"] = reason
            if reason == "content_filter":
                self.fields["refusal"] = True
        if isinstance(message, dict) and message.get("refusal"):
            self.fields["refusal"] = True

    def _responses(self, body: dict) -> None:
        usage = body.get("usage")
        if isinstance(usage, dict):
            for key, field in (("input_tokens", "input_tokens"),
                               ("output_tokens", "output_tokens")):
                if isinstance(usage.get(key), int):
                    self.fields[field] = usage[key]
            cached = _get(usage, "input_tokens_details", "cached_tokens")
            if isinstance(cached, int) and cached:
                self.fields["cache_read_tokens"] = cached
            reasoning = _get(usage, "output_tokens_details", "reasoning_tokens")
            if isinstance(reasoning, int) and reasoning:
                self.fields["reasoning_tokens"] = reasoning
        self._model(body.get("model"))
        status = body.get("status")
        if status == "completed":
            self.fields["finish_reason"] = "stop"
        elif status == "incomplete":
            reason = _get(body, "incomplete_details", "reason")
            self.fields["finish_reason"] = RESPONSES_INCOMPLETE.get(reason, "length")
        for item in _dicts(body.get("output")):
            for part in _dicts(item.get("content")):
                if part.get("type") == "refusal":
                    self.fields["refusal"] = True

    # Anthropic

    def _anthropic_usage(self, usage: Any) -> None:
        if not isinstance(usage, dict):
            return
        cache_read = usage.get("cache_read_input_tokens") or 0
        cache_write = usage.get("cache_creation_input_tokens") or 0
        if isinstance(usage.get("input_tokens"), int):
            self.fields["input_tokens"] = usage["input_tokens"] + cache_read + cache_write
            if cache_read:
                self.fields["cache_read_tokens"] = cache_read
            if cache_write:
                self.fields["cache_write_tokens"] = cache_write
        if isinstance(usage.get("output_tokens"), int):
            self.fields["output_tokens"] = usage["output_tokens"]  # cumulative in streams

    def _anthropic_stop(self, reason: Any) -> None:
        if isinstance(reason, str) and reason:
            self.fields["finish_reason"] = ANTHROPIC_STOP.get(reason, reason)
            if reason == "refusal":
                self.fields["refusal"] = True

    def _anthropic_event(self, kind: str, data: dict) -> bool:
        if kind == "message_start":
            message = data.get("message")
            if not isinstance(message, dict):
                return False
            self._anthropic_usage(message.get("usage"))
            self._model(message.get("model"))
        elif kind == "message_delta":
            usage = data.get("usage")
            if not isinstance(usage, dict):
                usage = {}
            if isinstance(usage.get("output_tokens"), int):
                self.fields["output_tokens"] = usage["output_tokens"]
            if isinstance(usage.get("input_tokens"), int):  # newer APIs repeat it here
                self._anthropic_usage(usage)
            self._anthropic_stop(_get(data, "delta", "stop_reason"))
        elif kind == "content_block_delta":
            return True
        return False

    def _model(self, model: Any) -> None:
        if isinstance(model, str) and model:
            self.fields["response_model"] = model


def parse_traceparent(value: str) -> tuple[str, str] | None:
    """(trace_id, span_id) from a W3C traceparent header, or None."""
    parts = value.strip().split("-")
    if len(parts) >= 4 and len(parts[1]) == 32 and len(parts[2]) == 16:
        return parts[1], parts[2]
    return None
