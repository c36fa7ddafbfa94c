"""Decode and validate events (schema v1, docs/event-schema.md) with msgspec.

Every transport hands bytes to one of the functions here. A payload may hold one event (a JSON
object) or several (a JSON array, or newline-delimited objects on a stream); each event is
decoded on its own, so one bad event never costs the others. A rejected event comes back as a
``Rejection`` with a reason from ``REASONS`` and a message that says what was wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated

import msgspec
from msgspec import Meta

from llm_exporter import content, protocol

REASONS = (
    "malformed_json",  # not JSON at all, or truncated
    "not_an_object",  # JSON, but not an object (or an array of objects)
    "too_large",  # over the size limit of a datagram, line or body
    "too_slow",  # an HTTP body that arrived slower than 240 bytes/s after its first 5 s
    "missing_field",  # a required field is absent (type, model, duration_s, ...)
    "unknown_type",  # `type` is not one of protocol.EVENT_TYPES
    "unsupported_version",  # `v` is not 1
    "invalid_value",  # wrong JSON type, or out of range (negative tokens, 1e999 s, long string)
    "inconsistent",  # fields that contradict each other (cache tokens > input tokens, ...)
    "too_deep",  # JSON nested deeper than the decoder's limit (about 1,000 levels)
    "too_many_events",  # past ingest.max_events_per_payload in one datagram, line or body
    "malformed_otlp",  # an OTLP export body that is neither protobuf nor OTLP/JSON
    "internal",  # an unexpected error while decoding or recording it (a bug: report it)
)

Label = Annotated[str, Meta(max_length=protocol.LABEL_MAX)]
Name = Annotated[str, Meta(max_length=protocol.NAME_MAX)]
Seconds = Annotated[float, Meta(ge=0.0, le=protocol.MAX_SECONDS)]
Tokens = Annotated[int, Meta(ge=0, le=protocol.MAX_TOKENS)]
Version = Annotated[int, Meta(ge=protocol.SCHEMA_VERSION, le=protocol.SCHEMA_VERSION)]
TraceId = Annotated[str, Meta(max_length=protocol.TRACE_ID_MAX)]
Dropped = Annotated[int, Meta(ge=0, le=protocol.MAX_CLIENT_DROPPED)]
CheckName = Annotated[str, Meta(pattern=protocol.CHECK_NAME)]
Checks = Annotated[dict[CheckName, protocol.CheckResult], Meta(max_length=protocol.MAX_CHECKS)]


class Message(msgspec.Struct, frozen=True):
    """One captured prompt or answer message, redacted by its producer (content capture)."""

    role: Annotated[str, Meta(max_length=32)]
    content: Annotated[str, Meta(max_length=content.MESSAGE_CHARS + 64)]


Messages = Annotated[list[Message], Meta(max_length=content.MAX_MESSAGES)]
ToolNames = Annotated[tuple[Name, ...], Meta(max_length=protocol.MAX_TOOL_CALLS)]


class LlmCall(msgspec.Struct, tag_field="type", tag="llm_call", frozen=True):
    """One model call."""

    model: Label
    duration_s: Seconds
    v: Version = 1
    provider: Name = ""
    response_model: Label | None = None
    operation: Name = "chat"
    ttft_s: Seconds | None = None
    input_tokens: Tokens | None = None
    output_tokens: Tokens | None = None
    cache_read_tokens: Tokens | None = None
    cache_write_tokens: Tokens | None = None
    # of the cache writes, those kept an hour (billed higher than 5-minute ones)
    cache_write_1h_tokens: Tokens | None = None
    reasoning_tokens: Tokens | None = None
    # server-side web searches the call ran (billed per search)
    web_searches: Annotated[int, Meta(ge=0, le=protocol.MAX_REQUESTS)] | None = None
    # the price variant that served the call, in genai-prices' words: service_tier
    # (default, flex, priority, fast...), processing (batch), speed (fast)
    service_tier: Name = ""
    processing: Name = ""
    speed: Name = ""
    cost_usd: Annotated[float, Meta(ge=0.0, le=protocol.MAX_COST_USD)] | None = None
    error_type: Name = ""
    finish_reason: Name = ""
    refusal: bool = False
    retries: Annotated[int, Meta(ge=0, le=protocol.MAX_RETRIES)] = 0
    tenant: Label = ""
    prompt_name: Label = ""
    prompt_version: Name = ""
    trace_id: TraceId | None = None
    span_id: TraceId | None = None
    parent_span_id: TraceId | None = None  # set: span_id is this call's own span
    ts: float | None = None
    client_dropped: Dropped = 0
    # answer checks the producer ran on the text (llm_exporter.checks): only the results
    checks: Checks | None = None
    # the end user and their session: counted in sketches (sidecar.usage), never labels;
    # a user id is HMAC-hashed before it is kept
    user: Label = ""
    session: Label = ""
    # content capture (opt-in at the producer and in traces.capture_content): exported in
    # the call's span only, never a label
    input_messages: Messages | None = None
    output_messages: Messages | None = None
    user_hash: Name | None = None  # an HMAC of the user id, never the id
    # the agent whose run made the call (client.agent, X-LLM-Agent): never a label; the
    # call is held for its run (sidecar.core.runs)
    agent: Name = ""
    # the tools the answer asked to call, by name, in order (a name once per call of it)
    tool_calls: ToolNames = ()


class Feedback(msgspec.Struct, tag_field="type", tag="feedback", frozen=True):
    """A quality score that arrives after the call (user rating, eval result)."""

    name: Name
    value: Annotated[float, Meta(ge=-1e9, le=1e9)]
    v: Version = 1
    model: Label = ""
    provider: Name = ""
    tenant: Label = ""
    prompt_name: Label = ""
    prompt_version: Name = ""
    trace_id: TraceId | None = None
    ts: float | None = None
    client_dropped: Dropped = 0


class Step(msgspec.Struct, tag_field="type", tag="step", frozen=True):
    """One step of a multi-step workflow (retrieval, rerank, tool call, model call)."""

    workflow: Name
    step: Name
    duration_s: Seconds
    v: Version = 1
    error_type: Name = ""
    trace_id: TraceId | None = None
    span_id: TraceId | None = None
    parent_span_id: TraceId | None = None
    # set by client.workflow(traceparent=...): the parent is another service's span, so this
    # step is the root of its trace's part here (span export does not wait for the parent)
    remote_parent: bool = False
    ts: float | None = None
    client_dropped: Dropped = 0


class AgentRun(msgspec.Struct, tag_field="type", tag="agent_run", frozen=True):
    """One agent run, sent when it ends; the calls and tool calls made inside it carry its
    trace id and its span id (or a descendant's) as their parent."""

    agent: Name
    duration_s: Seconds
    v: Version = 1
    # "" for a final answer; max_turns or max_cost for a run stopped at a limit; else what
    # failed it, in the calls' vocabulary or the exception's class name
    error_type: Name = ""
    trace_id: TraceId | None = None
    span_id: TraceId | None = None  # the run's own span
    parent_span_id: TraceId | None = None  # none: the run is its trace's root
    remote_parent: bool = False  # the parent is another service's: the root of it here
    ts: float | None = None
    client_dropped: Dropped = 0


class ToolCall(msgspec.Struct, tag_field="type", tag="tool_call", frozen=True):
    """One tool call an agent made (a function, a retrieval, an MCP server's tool)."""

    tool: Name
    duration_s: Seconds
    v: Version = 1
    error_type: Name = ""
    agent: Name = ""  # the agent that called it, where its producer knows
    # a hash of the call's arguments (the client's: BLAKE2b, 16 hex digits): equal hashes in
    # one run are a loop's repeats; kept in the sidecar only, never exported
    arguments_hash: Name = ""
    trace_id: TraceId | None = None
    span_id: TraceId | None = None
    parent_span_id: TraceId | None = None
    ts: float | None = None
    client_dropped: Dropped = 0


class McpOperation(msgspec.Struct, tag_field="type", tag="mcp_operation", frozen=True):
    """One MCP request as its client saw it (tools/call, resources/read, initialize...)."""

    method: Name
    duration_s: Seconds
    v: Version = 1
    server: Label = ""  # the server's address, or the name it is known by
    tool: Name = ""  # tools/call: the tool; prompts/get: the prompt
    # a JSON-RPC error code ("-32603"), tool_error for a tool result with isError, or what
    # failed the request
    error_type: Name = ""
    trace_id: TraceId | None = None
    span_id: TraceId | None = None
    parent_span_id: TraceId | None = None
    ts: float | None = None
    client_dropped: Dropped = 0


Event = LlmCall | Feedback | Step | AgentRun | ToolCall | McpOperation


class Rejection(msgspec.Struct, frozen=True):
    """Why one event was not accepted."""

    reason: str
    message: str
    count: int = 1  # the events it stands for (too_many_events: all past the limit)


_event_decoder = msgspec.json.Decoder(Event)
_batch_decoder = msgspec.json.Decoder(list[msgspec.Raw])


def decode_event(data: bytes) -> Event | Rejection:
    """One event from one JSON object."""
    try:
        event = _event_decoder.decode(data)
    except msgspec.ValidationError as e:
        return Rejection(_reason(str(e)), str(e))
    except msgspec.DecodeError as e:
        return Rejection("malformed_json", str(e))
    except RecursionError:
        return Rejection("too_deep", "JSON nested too deeply")
    if type(event) is LlmCall:
        return _check_call(event)
    return event


def event_from_fields(fields: dict) -> Event | Rejection:
    """One event from fields already parsed by a producer inside the sidecar: the same
    validation as ``decode_event``, without JSON."""
    try:
        event = msgspec.convert(fields, Event)
    except msgspec.ValidationError as e:
        return Rejection(_reason(str(e)), str(e))
    if type(event) is LlmCall:
        return _check_call(event)
    return event


def decode_payload(data: bytes, max_event_bytes: int,
                   max_events: int = 10_000) -> list[Event | Rejection]:
    """The events in one datagram or HTTP body: a JSON object or a JSON array of them; past
    ``max_events`` elements, one rejection counts the rest."""
    start = data[:1]
    if start != b"[":
        if start == b"{" and len(data) <= max_event_bytes:
            return [decode_event(data)]
        data = data.strip()
        if not data.startswith(b"["):
            if len(data) > max_event_bytes:
                return [Rejection("too_large", f"event of {len(data)} bytes > {max_event_bytes}")]
            return [decode_event(data)]
    out: list[Event | Rejection] = []
    try:  # data starts with "[": an array of anything, or not JSON at all
        items: list = _batch_decoder.decode(data)
    except (msgspec.DecodeError, RecursionError):
        # one bad element (malformed, too deep) must not cost the others: split the array
        # without validating it and decode each element on its own
        items = list(_elements(data, max_events))
    else:
        if len(items) > max_events:
            extra = len(items) - max_events
            del items[max_events:]
            out.append(Rejection("too_many_events", f"{extra} events past the first "
                                 f"{max_events} of one payload (ingest.max_events_per_payload)",
                                 extra))
    for raw in items:
        if isinstance(raw, Rejection):
            out.append(raw)
        elif len(raw) > max_event_bytes:
            out.append(Rejection("too_large", f"event of {len(raw)} bytes > {max_event_bytes}"))
        else:
            out.append(decode_event(raw))
    return out


# a string (skipped whole, escapes included) or a character that opens, closes or separates
_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},]', re.S)


def _elements(data: bytes, limit: int) -> Iterator[bytes | Rejection]:
    """The top-level elements of a JSON array, as bytes, found by nesting depth alone (an
    empty element is kept, to be rejected); what follows an unterminated array is one
    ``malformed_json`` rejection, and what follows the first ``limit`` elements one
    ``too_many_events`` rejection (not split further: the scan is the cost)."""
    start = data.index(b"[") + 1
    depth = 0
    elements = 0
    for token in _TOKEN.finditer(data, start):
        char = token.group()
        if char in (b"[", b"{"):
            depth += 1
        elif char in (b"]", b"}"):
            if depth == 0:  # the array's own end
                if elements or data[start:token.start()].strip():
                    yield data[start:token.start()]
                if data[token.end():].strip():
                    yield Rejection("malformed_json", "data after the end of the array")
                return
            depth -= 1
        elif char == b"," and depth == 0:
            yield data[start:token.start()]
            elements += 1
            start = token.end()
            if elements == limit:
                yield Rejection("too_many_events", f"the rest of a broken array past its first "
                                f"{limit} events (ingest.max_events_per_payload)")
                return
    yield Rejection("malformed_json", "unterminated array")


def _reason(message: str) -> str:
    if message.startswith("Object missing required field"):
        return "missing_field"
    if message.endswith("`$.type`"):
        return "unknown_type"
    if message.endswith("`$.v`"):
        return "unsupported_version"
    if message.startswith("Expected `object`,"):  # not "Expected `object` of length <= 16"
        return "not_an_object"
    return "invalid_value"


def _check_call(call: LlmCall) -> LlmCall | Rejection:
    cached = (call.cache_read_tokens or 0) + (call.cache_write_tokens or 0)
    if cached and call.input_tokens is not None and cached > call.input_tokens:
        return Rejection(
            "inconsistent",
            f"cache_read_tokens + cache_write_tokens ({cached}) > input_tokens "
            f"({call.input_tokens}); input_tokens must include cached tokens",
        )
    if call.cache_write_1h_tokens and call.cache_write_1h_tokens > (call.cache_write_tokens
                                                                    or 0):
        return Rejection(
            "inconsistent",
            f"cache_write_1h_tokens ({call.cache_write_1h_tokens}) > cache_write_tokens "
            f"({call.cache_write_tokens or 0}); cache_write_tokens must include the 1-hour "
            "writes",
        )
    if call.reasoning_tokens and call.output_tokens is not None and (
        call.reasoning_tokens > call.output_tokens
    ):
        return Rejection(
            "inconsistent",
            f"reasoning_tokens ({call.reasoning_tokens}) > output_tokens ({call.output_tokens}); "
            "output_tokens must include reasoning tokens",
        )
    if call.ttft_s is not None and call.ttft_s > call.duration_s:
        return Rejection(
            "inconsistent", f"ttft_s ({call.ttft_s}) > duration_s ({call.duration_s})"
        )
    return call
