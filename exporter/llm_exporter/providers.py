"""Provider adapters, shared by the proxy and the SDK wrappers. Standard library only.

Per wire format (OpenAI chat/completions, completions, embeddings, responses; Anthropic
messages): which request path or SDK resource speaks it, the request rewrite that asks a
stream for usage, the test for the usage chunk that rewrite adds, reading usage, finish
reason and refusals from responses and stream events, and one error classification for HTTP
statuses and SDK exceptions alike. The proxy works on JSON bodies and SSE events, the
wrappers on the SDK's objects turned into dicts. Everything is normalised to the event schema:
``input_tokens`` includes cache reads and writes, ``output_tokens`` includes reasoning.

- OpenAI: ``prompt_tokens`` already includes ``prompt_tokens_details.cached_tokens``;
  reasoning is ``completion_tokens_details.reasoning_tokens``, part of ``completion_tokens``.
- Anthropic: ``input_tokens`` excludes ``cache_read_input_tokens`` and
  ``cache_creation_input_tokens``, so they are added; of the writes,
  ``cache_creation.ephemeral_1h_input_tokens`` are the 1-hour ones.

What the price depends on is read as the answer states it (a request for a tier can be served
at another): OpenAI's ``service_tier`` (``default``, ``flex``, ``priority``...), Anthropic's
``usage.service_tier`` (``batch`` is a processing mode) and ``usage.speed``; web searches from
Anthropic's ``usage.server_tool_use`` and the Responses API's ``web_search_call`` items.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from llm_exporter import protocol, vocabulary


@dataclass(frozen=True)
class WireFormat:
    """One API a provider speaks."""

    name: str
    path: str  # the request path suffix that selects it (proxy)
    sdk_resource: str  # the SDK client attribute path whose ``create`` calls it (wrappers)
    operation: str  # OpenTelemetry gen_ai.operation.name
    usage_on_request: bool = False  # streams report usage only with stream_options.include_usage


FORMATS = (
    WireFormat("openai_chat", "chat/completions", "chat.completions", "chat", True),
    WireFormat("openai_completions", "completions", "completions", "text_completion", True),
    WireFormat("openai_embeddings", "embeddings", "embeddings", "embeddings"),
    WireFormat("openai_responses", "responses", "responses", "chat"),
    WireFormat("anthropic_messages", "messages", "messages", "chat"),
)
FORMAT_BY_NAME = {f.name: f for f in FORMATS}
OPENAI_FORMATS = tuple(f for f in FORMATS if f.name.startswith("openai_"))
ANTHROPIC_FORMATS = tuple(f for f in FORMATS if f.name.startswith("anthropic_"))
ANTHROPIC_STOP = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length",
                  "tool_use": "tool_calls", "pause_turn": "stop", "refusal": "content_filter"}
RESPONSES_INCOMPLETE = {"max_output_tokens": "length", "content_filter": "content_filter"}


def wire_format(path: str) -> WireFormat | None:
    """The wire format an API path such as ``v1/chat/completions`` speaks, else None."""
    path = path.rstrip("/")
    for fmt in FORMATS:
        if path == fmt.path or path.endswith("/" + fmt.path):
            return fmt
    return None


def request_model(request: dict) -> str:
    """The model a request body or SDK call asks for ("unknown" when it names none)."""
    return str(request.get("model") or "unknown")


def ask_for_usage(fmt: WireFormat, request: dict) -> bool:
    """Add ``stream_options.include_usage`` to a streaming request that lacks it, in place.

    True when it was added: the caller did not ask for the usage chunk, so hide it
    (``is_usage_chunk``) before the caller sees it.
    """
    options = request.get("stream_options")
    if options is None:
        options = {}
    elif not isinstance(options, dict):  # the provider answers that mistake, not the proxy
        return False
    if not (fmt.usage_on_request and request.get("stream") and not options.get("include_usage")):
        return False
    request["stream_options"] = {**options, "include_usage": True}
    return True


def is_usage_chunk(data: dict) -> bool:
    """The extra last chunk of an OpenAI stream asked for by ``ask_for_usage``."""
    return bool(data.get("usage")) and not data.get("choices")


# One classification for every producer: the proxy (HTTP statuses, aiohttp errors), the SDK
# wrappers and track() (exceptions of the openai and anthropic SDKs, httpx, the stdlib).

def classify_status(status: int) -> str:
    """The error_type of an HTTP status from a provider; "" for success."""
    if status < 400:
        return ""
    if status == 429:
        return protocol.RATE_LIMIT
    if status in (401, 403):
        return protocol.AUTH
    if status == 408:
        return protocol.TIMEOUT
    if status == 409 or status >= 500:  # 409: a transient conflict the SDKs retry
        return protocol.SERVER_ERROR
    return protocol.INVALID_REQUEST


def classify_exception(exc: BaseException, default: str | None = None) -> str:
    """The error_type of an exception raised by a provider call.

    An HTTP status carried by the exception (``status_code``, ``status``,
    ``response.status_code``) decides first. Otherwise timeouts, then connection failures,
    then a cancelled caller are recognised by type or by the names in the exception's class
    hierarchy (so ``httpx.ReadTimeout`` and a subclass of it are timeouts without importing
    httpx), then a class name the SDKs raise (``vocabulary.EXCEPTION_CLASSES``, as spans'
    ``error.type`` is read). Anything else is ``default``, or the exception's class name.
    """
    status = getattr(exc, "status_code", None)
    if not isinstance(status, int):
        status = getattr(exc, "status", None)
    if not isinstance(status, int):
        status = getattr(getattr(exc, "response", None), "status_code", None)
    if isinstance(status, int) and status >= 400:
        return classify_status(status)
    names = " ".join(cls.__name__ for cls in type(exc).__mro__).lower()
    if isinstance(exc, (TimeoutError, asyncio.TimeoutError)) or "timeout" in names:
        return protocol.TIMEOUT
    if isinstance(exc, asyncio.CancelledError):
        return protocol.CLIENT_CANCELLED
    if "ratelimit" in names:
        return protocol.RATE_LIMIT
    if isinstance(exc, ConnectionError) or "connect" in names:
        return protocol.CONNECTION
    if "contentfilter" in names:
        return protocol.CONTENT_FILTER
    for cls in type(exc).__mro__:  # the SDKs' own exception names (as spans carry them)
        if cls.__name__ in vocabulary.EXCEPTION_CLASSES:
            return vocabulary.EXCEPTION_CLASSES[cls.__name__]
    return default or type(exc).__name__


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

    def __init__(self, fmt: WireFormat):
        self.format = fmt.name
        self.fields: dict[str, Any] = {}

    # Whole (non-streaming) responses

    def response(self, body: object) -> None:
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
            self._service_tier(body.get("service_tier"))
            for choice in _dicts(body.get("choices")):
                self._openai_choice(choice, _get(choice, "message"))

    # Streams

    def stream_event(self, data: object, event: str = "") -> bool:
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
        self._service_tier(data.get("service_tier"))
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
        self._service_tier(body.get("service_tier"))
        searches = sum(item.get("type") == "web_search_call" for item in _dicts(body.get("output")))
        if searches:
            self.fields["web_searches"] = searches
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
        self._anthropic_billing(usage)

    def _anthropic_billing(self, usage: dict) -> None:
        """What else the price depends on: 1-hour cache writes, web searches, the tier."""
        one_hour = _get(usage, "cache_creation", "ephemeral_1h_input_tokens")
        written = self.fields.get("cache_write_tokens")
        if isinstance(one_hour, int) and one_hour > 0 and isinstance(written, int):
            self.fields["cache_write_1h_tokens"] = min(one_hour, written)
        searches = _get(usage, "server_tool_use", "web_search_requests")
        if isinstance(searches, int) and searches:
            self.fields["web_searches"] = searches
        tier = usage.get("service_tier")
        if tier == "batch":
            self.fields["processing"] = "batch"
        elif tier != "standard":
            self._service_tier(tier)
        if usage.get("speed") == "fast":
            self.fields["speed"] = "fast"

    def _service_tier(self, tier: Any) -> None:
        if isinstance(tier, str) and tier:
            self.fields["service_tier"] = tier

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
            else:
                self._anthropic_billing(usage)
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
