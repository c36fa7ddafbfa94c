"""OpenTelemetry GenAI spans as llm_call and step events.

A CLIENT span of a model call (``gen_ai.operation.name`` chat, text_completion, embeddings,
generate_content...), or an OpenInference LLM or EMBEDDING span of any kind, becomes the
event the proxy would have made for the same call. An agent, tool or workflow span
(``invoke_agent``, ``execute_tool``, ``invoke_workflow``, OpenLLMetry's
``traceloop.span.kind``, OpenInference's TOOL, AGENT, CHAIN, RETRIEVER, RERANKER) becomes a
step of its workflow (``step``; which workflow is settled by ``workflows.Workflows`` when the
span does not say). Names are those of ``llm_exporter.vocabulary``: the GenAI semantic
conventions, with the older and vendor names that the common instrumentations still emit read
as well. A stream's first-token event gives the call's time to first token, an ``exception``
event its error class when ``error.type`` does not say. Only the attributes named here are
read; prompts, answers and user ids never are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

from llm_exporter import protocol, vocabulary
from llm_exporter.config import OtlpConfig
from llm_exporter.providers import classify_status

# every span attribute ``llm_call``, ``step`` and ``agent_events`` read, beside the config's
SPAN_KEYS = vocabulary.CALL_KEYS | vocabulary.STEP_KEYS | vocabulary.AGENT_KEYS
# Span.flags: the parent is known to be remote (SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK and
# SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK of the OTLP trace proto)
REMOTE_PARENT = 0x300
_CLASS_REPR = re.compile(r"^<class '(?:[\w.]+\.)?(\w+)'>$")  # str(type(e)), as openai-v2 sends
MAX_SETTINGS = 16384  # characters of llm.invocation_parameters parsed for the model
# end times outside these years are not used as the exemplar's timestamp
_MIN_NANOS, _MAX_NANOS = 946_684_800 * 10**9, 4_102_444_800 * 10**9  # 2000 .. 2100


def attributes(pairs: Iterable[KeyValue], wanted: frozenset[str] | set[str]) -> dict[str, Any]:
    """The wanted attributes as Python values; the others are not even decoded."""
    out = {}
    for kv in pairs:
        if kv.key in wanted:
            out[kv.key] = _value(kv.value)
    return out


def _value(v: AnyValue) -> Any:
    kind = v.WhichOneof("value")
    if kind == "array_value":
        return [_value(x) for x in v.array_value.values[:16]]
    if kind in ("kvlist_value", "bytes_value", None):
        return None
    return getattr(v, kind)


def label_keys(config: OtlpConfig) -> frozenset[str]:
    """Every attribute key the config reads as a label or a workflow name."""
    return frozenset((*config.tenant_attributes, *config.prompt_name_attributes,
                      *config.prompt_version_attributes, *config.workflow_attributes))


def span_keys(config: OtlpConfig) -> frozenset[str]:
    """Every span attribute key ``llm_call`` and ``step`` read."""
    return SPAN_KEYS | label_keys(config)


def llm_call(span: Span, attrs: dict[str, Any], resource: dict[str, Any],
             config: OtlpConfig) -> dict[str, Any] | None:
    """The llm_call fields of a GenAI model-call span, or None when it is not one.

    ``attrs`` holds the span's attributes among ``span_keys(config)``, ``resource`` its
    resource's among ``label_keys(config)``."""
    # attribute values can be of any type: a wrong one is passed on for the event's own
    # validation to reject (invalid_value), never used as a key here
    kind = attrs.get(vocabulary.OPENINFERENCE_KIND)
    logfire = attrs.get(vocabulary.LOGFIRE_SPAN_TYPE)
    if isinstance(kind, str) and kind in vocabulary.OPENINFERENCE_CALLS:
        operation = vocabulary.OPENINFERENCE_CALLS[kind]
    elif span.kind != Span.SPAN_KIND_CLIENT and logfire != "log":
        return None
    else:
        operation = vocabulary.operation(attrs)
        if not isinstance(operation, str) or operation not in vocabulary.MODEL_CALLS:
            return None
    fields: dict[str, Any] = {
        "type": "llm_call", "provider": vocabulary.provider(attrs), "operation": operation,
        "model": vocabulary.read(attrs, "model") or vocabulary.read(attrs, "response_model")
        or invoked_model(attrs) or "unknown",
        # an end before the start is the span's mistake: the event rejects a negative duration
        "duration_s": (span.end_time_unix_nano - span.start_time_unix_nano) / 1e9,
        "trace_id": span.trace_id.hex(), "span_id": span.span_id.hex(),
    }
    if span.parent_span_id:  # the call's run takes it (sidecar.core.runs)
        fields["parent_span_id"] = span.parent_span_id.hex()
    agent = vocabulary.read(attrs, "agent", vocabulary.AGENT_ATTRIBUTES)
    if isinstance(agent, str) and agent:
        fields["agent"] = agent
    if _MIN_NANOS <= span.end_time_unix_nano <= _MAX_NANOS:
        fields["ts"] = span.end_time_unix_nano / 1e9
    if vocabulary.read(attrs, "response_model"):
        fields["response_model"] = vocabulary.read(attrs, "response_model")
    for field in (*vocabulary.TOKEN_FIELDS, "ttft_s"):
        value = vocabulary.read(attrs, field)
        if value is not None:
            fields[field] = value
    if "ttft_s" not in fields:
        first_token = next((e.time_unix_nano for e in span.events
                            if e.name in vocabulary.FIRST_TOKEN_EVENTS), 0)
        if first_token:
            first_token = min(first_token, span.end_time_unix_nano)  # within the span
            fields["ttft_s"] = max(0, first_token - span.start_time_unix_nano) / 1e9
    tier = vocabulary.read(attrs, "service_tier")
    if isinstance(tier, str) and tier:  # what prices the call: never a reason to refuse it
        fields["service_tier"] = tier
    reason = finish_reason(vocabulary.read(attrs, "finish_reason"))
    if reason is not None:
        fields["finish_reason"] = reason
    error = error_class(attrs, span.status, span)
    if error:
        fields["error_type"] = error
    if logfire == "log":  # a stream's end: its call is the CLIENT span that opened it
        fields[vocabulary.STREAM_PART] = "end"
        measured = attrs.get(vocabulary.LOGFIRE_DURATION)
        if isinstance(measured, (int, float)) and not isinstance(measured, bool) \
                and 0 <= measured < 1e6:
            fields["duration_s"] = measured  # what counts if that span is not found
    elif logfire == "span" and span.kind == Span.SPAN_KIND_CLIENT \
            and "input_tokens" not in fields and "output_tokens" not in fields \
            and "error_type" not in fields:
        fields[vocabulary.STREAM_PART] = "open"  # a stream opened: its end has the usage
    for field, names in (("tenant", config.tenant_attributes),
                         ("prompt_name", config.prompt_name_attributes),
                         ("prompt_version", config.prompt_version_attributes)):
        value = first(attrs, names)
        if value is None:
            value = first(resource, names)
        if value is not None:
            fields[field] = str(value)
    return fields


@dataclass(frozen=True)
class StepSpan:
    """An agent, tool or workflow span as a step event, and what it says of its workflow."""

    fields: dict[str, Any]  # the step event, without ``workflow``
    operation: str  # invoke_agent, execute_tool, invoke_workflow, task...
    name: str  # what ran: the agent, the tool ("" when the span does not say)
    workflow: str | None  # the workflow it names: its own attribute, or it is the workflow
    agent: str | None  # the agent it invokes: a candidate for its trace's workflow name
    start: int  # unix nanoseconds: the outermost agent of a trace started first
    root: bool  # no parent: nothing of its trace ends after it


def step(span: Span, attrs: dict[str, Any], resource: dict[str, Any],
         config: OtlpConfig) -> StepSpan | None:
    """The step a GenAI agent, tool or workflow span stands for, or None when it is not one.

    Its step label is the operation and what ran, as the conventions name such spans
    (``execute_tool get_weather``, ``invoke_agent Researcher``); a workflow span is the step
    ``invoke_workflow`` of the workflow it names."""
    operation = attrs.get(vocabulary.written("operation"))
    openinference = False
    if not isinstance(operation, str) or operation not in vocabulary.STEP_OPERATIONS:
        kind = attrs.get(vocabulary.TRACELOOP_KIND)
        oi_kind = attrs.get(vocabulary.OPENINFERENCE_KIND)
        if isinstance(kind, str) and kind in vocabulary.TRACELOOP_KINDS:
            operation = vocabulary.TRACELOOP_KINDS[kind]
        elif isinstance(oi_kind, str) and oi_kind in vocabulary.OPENINFERENCE_STEPS:
            operation, openinference = vocabulary.OPENINFERENCE_STEPS[oi_kind], True
            if operation == "invoke_agent" and _workflow_root(span, attrs):
                operation = "invoke_workflow"
        else:
            return None
    names: tuple[str, ...] = (vocabulary.STEP_OPERATIONS.get(operation, ""),
                              vocabulary.TRACELOOP_NAME, *vocabulary.OPENINFERENCE_NAMES)
    if operation == "invoke_workflow":
        names += vocabulary.WORKFLOW_NAME_ALIASES
    name = next((v for v in map(attrs.get, names) if isinstance(v, str) and v),
                span.name if openinference else "")
    workflow = first(attrs, config.workflow_attributes)
    if workflow is None:
        workflow = first(resource, config.workflow_attributes)
    if operation == "invoke_workflow" and name:
        workflow = name
    fields: dict[str, Any] = {
        "type": "step",
        "step": operation if operation == "invoke_workflow" or not name
        else f"{operation} {name}",
        "duration_s": (span.end_time_unix_nano - span.start_time_unix_nano) / 1e9,
        "trace_id": span.trace_id.hex(),
    }
    if span.parent_span_id:  # a link from a run to the calls under it (sidecar.core.runs)
        fields.update(span_id=span.span_id.hex(), parent_span_id=span.parent_span_id.hex())
    if _MIN_NANOS <= span.end_time_unix_nano <= _MAX_NANOS:
        fields["ts"] = span.end_time_unix_nano / 1e9
    error = error_class(attrs, span.status, span)
    if error:
        fields["error_type"] = error
    return StepSpan(fields, operation, name if isinstance(name, str) else "",
                    workflow if isinstance(workflow, str) and workflow else None,
                    name if operation == "invoke_agent" and name else None,
                    span.start_time_unix_nano, not span.parent_span_id)


def _workflow_root(span: Span, attrs: dict[str, Any]) -> bool:
    """Whether an OpenInference AGENT span is the root here of a trace of runs, not a run:
    it names no agent and takes no input (the OpenAI Agents SDK's trace, ``Agent workflow``;
    its runs are the AGENT spans under it, which name their agent)."""
    return (not span.parent_span_id or span.flags & REMOTE_PARENT == REMOTE_PARENT) \
        and vocabulary.read(attrs, "agent", vocabulary.AGENT_ATTRIBUTES) is None \
        and vocabulary.OPENINFERENCE_INPUT not in attrs


def agent_events(span: Span, attrs: dict[str, Any], step: StepSpan | None) -> list[dict]:
    """The ``agent_run``, ``tool_call`` and ``mcp_operation`` events a span stands for: an
    agent span a run, a tool span a tool call (its arguments only hashed), a span with an MCP
    method an MCP request. An INTERNAL tool span with MCP attributes is both, as the MCP
    conventions have it; an MCP client's own CLIENT span is the request only (fastmcp's
    ``tools/call`` says ``execute_tool`` inside the framework's tool span of the same call),
    and a SERVER span neither (the server's view of a call its client counts)."""
    out: list[dict] = []
    method = vocabulary.read(attrs, "method", vocabulary.AGENT_ATTRIBUTES)
    ids: dict[str, Any] = {
        "duration_s": (span.end_time_unix_nano - span.start_time_unix_nano) / 1e9,
        "trace_id": span.trace_id.hex(), "span_id": span.span_id.hex(),
        "parent_span_id": span.parent_span_id.hex()}
    if _MIN_NANOS <= span.end_time_unix_nano <= _MAX_NANOS:
        ids["ts"] = span.end_time_unix_nano / 1e9
    error = None
    tool_call = step is not None and step.operation == "execute_tool" \
        and span.kind != Span.SPAN_KIND_SERVER \
        and (method is None or span.kind != Span.SPAN_KIND_CLIENT)
    if step is not None and (step.operation == "invoke_agent" or tool_call):
        error = error_class(attrs, span.status, span)
        event = {**ids, **({"error_type": error} if error else {})}
        if step.operation == "invoke_agent":
            event.update(type="agent_run", agent=step.name or "unknown")
            if span.flags & REMOTE_PARENT == REMOTE_PARENT and span.parent_span_id:
                event["remote_parent"] = True  # the root of its trace's part here
        else:
            tool = vocabulary.read(attrs, "tool", vocabulary.AGENT_ATTRIBUTES)
            event.update(type="tool_call", tool=tool if tool is not None else
                         step.name or "unknown")
            agent = vocabulary.read(attrs, "agent", vocabulary.AGENT_ATTRIBUTES)
            if isinstance(agent, str) and agent:
                event["agent"] = agent
            arguments = vocabulary.read(attrs, "arguments", vocabulary.AGENT_ATTRIBUTES)
            if isinstance(arguments, str):
                event["arguments_hash"] = protocol.arguments_hash(arguments)
        out.append(event)
    if method is not None and span.kind != Span.SPAN_KIND_SERVER:  # the client's view only
        code = vocabulary.read(attrs, "rpc_error", vocabulary.AGENT_ATTRIBUTES)
        if error is None:
            error = error_class(attrs, span.status, span)
        event = {**ids, "type": "mcp_operation", "method": method}
        if code is not None and not error:
            error = str(code)
        if error:
            event["error_type"] = error
        for field in ("tool", "server"):
            value = vocabulary.read(attrs, field, vocabulary.AGENT_ATTRIBUTES)
            if value is not None:
                event[field] = value
        if "tool" not in event and isinstance(method, str):
            # the target the span's name ends with, as the conventions name it ("tools/call
            # get_order"; the MCP SDK's own: "MCP send tools/call get_order")
            _, sep, target = span.name.partition(f"{method} ")
            if sep and target:
                event["tool"] = target[:protocol.NAME_MAX]
        out.append(event)
    return out


def error_class(attrs: dict[str, Any], status: Status, span: Span | None = None) -> str:
    """The sidecar's error class for a span ("" when it succeeded): its ``error.type``, else
    its HTTP status, else the class of the exception its ``exception`` event records, else
    what its status message names (``vocabulary.STATUS_MESSAGES``). A run's limit is
    ``max_turns``, or ``max_cost`` when its message names tokens or cost."""
    error = vocabulary.read(attrs, "error_type")
    code = attrs.get(vocabulary.HTTP_STATUS)
    if error is None and status.code != Status.STATUS_CODE_ERROR:
        return ""
    if isinstance(code, int) and code >= 400:
        return classify_status(code)
    if error is None and span is not None:
        error = exception_type(span)
    if error is None:
        error = next((error_type for start, error_type in vocabulary.STATUS_MESSAGES.items()
                      if status.message.startswith(start)), None)
    if not isinstance(error, str) or not error:
        return protocol.SERVER_ERROR  # status ERROR and nothing more said
    if len(error) == 3 and error.isascii() and error.isdigit():  # an HTTP status
        return classify_status(int(error))
    named = _CLASS_REPR.match(error)
    name = named[1] if named else error.rsplit(".", 1)[-1]
    error = vocabulary.EXCEPTION_CLASSES.get(
        name, error if error in protocol.ERROR_TYPES else name)
    if error == protocol.MAX_TURNS and span is not None:
        message = exception_message(span) or status.message
        if any(word in message for word in vocabulary.COST_LIMITS):
            return protocol.MAX_COST
    return error


def finish_reason(reasons: Any) -> Any:
    """The first finish reason: of a list; of a list written as JSON text (Logfire's
    ``'["stop"]'``); a string itself (OpenInference's ``llm.finish_reason``); None for
    anything else (the call is counted without one)."""
    if isinstance(reasons, str) and reasons.startswith("[") and len(reasons) <= MAX_SETTINGS:
        try:
            reasons = json.loads(reasons)
        except (ValueError, RecursionError):
            return reasons
    if isinstance(reasons, list):
        reasons = reasons[0] if reasons else None
    return reasons if isinstance(reasons, str) and reasons else None


def invoked_model(attrs: dict[str, Any]) -> Any:
    """The model OpenInference's ``llm.invocation_parameters`` names, or None."""
    settings = attrs.get(vocabulary.INVOCATION_PARAMETERS)
    if not isinstance(settings, str) or len(settings) > MAX_SETTINGS:
        return None
    try:
        model = json.loads(settings).get("model")
    except (ValueError, AttributeError, RecursionError):
        return None
    return model if isinstance(model, str) else None


def exception_type(span: Span, key: str = vocabulary.EXCEPTION_TYPE) -> str | None:
    """The class its first ``exception`` event names (``openai.RateLimitError``), or None
    (``key``: another of the event's attributes)."""
    for event in span.events:
        if event.name == vocabulary.EXCEPTION_EVENT:
            for kv in event.attributes:
                if kv.key == key and kv.value.HasField("string_value"):
                    return kv.value.string_value
    return None


def exception_message(span: Span) -> str:
    """The message its first ``exception`` event records, or ""."""
    return (exception_type(span, vocabulary.EXCEPTION_MESSAGE) or "")[:MAX_SETTINGS]


def first(attrs: dict[str, Any], names: Iterable[str]) -> Any:
    """The value of the first of ``names`` present in ``attrs``, or None."""
    for name in names:
        value = attrs.get(name)
        if value is not None:
            return value
    return None
