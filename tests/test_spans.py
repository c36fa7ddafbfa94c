"""GenAI spans as llm_call fields: every name form the common instrumentations send."""

import pytest
from opentelemetry.proto.common.v1.common_pb2 import KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

from llm_exporter import client, protocol
from llm_exporter.config import Config, ConfigError, OtlpConfig, validate
from llm_exporter.sidecar.sources import spans

from conftest import any_value

CONFIG = OtlpConfig()
KEYS = spans.label_keys(CONFIG)
WANTED = spans.span_keys(CONFIG)


def span(kind=Span.SPAN_KIND_CLIENT, status=Status.STATUS_CODE_UNSET, start=10**18,
         end=10**18 + 2 * 10**9, **attrs) -> Span:
    return Span(trace_id=bytes(range(16)), span_id=bytes(range(8)), kind=kind,
                start_time_unix_nano=start, end_time_unix_nano=end,
                status=Status(code=status),
                attributes=[KeyValue(key=k.replace("__", "."), value=any_value(v))
                            for k, v in attrs.items()])


def call(s: Span, resource=None) -> dict | None:
    return spans.llm_call(s, spans.attributes(s.attributes, WANTED), resource or {}, CONFIG)


def step(s: Span, resource=None) -> spans.StepSpan | None:
    return spans.step(s, spans.attributes(s.attributes, WANTED), resource or {}, CONFIG)


CHAT = {"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o"}


def test_a_chat_span_in_the_current_conventions():
    fields = call(span(**{**CHAT, "gen_ai.provider.name": "anthropic",
                          "gen_ai.response.model": "gpt-4o-2024-08-06",
                          "gen_ai.usage.input_tokens": 100, "gen_ai.usage.output_tokens": 20,
                          "gen_ai.usage.cache_read.input_tokens": 30,
                          "gen_ai.usage.cache_creation.input_tokens": 5,
                          "gen_ai.usage.reasoning.output_tokens": 7,
                          "gen_ai.response.time_to_first_chunk": 0.25,
                          "gen_ai.response.finish_reasons": ["length", "stop"],
                          "gen_ai.prompt.name": "greet"}))
    assert fields == {
        "type": "llm_call", "provider": "anthropic", "operation": "chat", "model": "gpt-4o",
        "response_model": "gpt-4o-2024-08-06", "duration_s": 2.0, "ts": 1e9 + 2,
        "trace_id": bytes(range(16)).hex(), "span_id": bytes(range(8)).hex(),
        "input_tokens": 100, "output_tokens": 20, "cache_read_tokens": 30,
        "cache_write_tokens": 5, "reasoning_tokens": 7, "ttft_s": 0.25,
        "finish_reason": "length", "prompt_name": "greet"}


@pytest.mark.parametrize("attrs, expected", [
    ({"openai.response.service_tier": "flex"}, "flex"),
    ({"gen_ai.openai.response.service_tier": "priority"}, "priority"),  # before 1.37
    ({"openai.response.service_tier": 3}, None),  # not a tier: the call is kept, unpriced by it
    ({}, None),
])
def test_the_tier_that_served_the_call_is_read(attrs, expected):
    assert call(span(**CHAT, **attrs)).get("service_tier") == expected


@pytest.mark.parametrize("attrs, expected", [
    ({"gen_ai.system": "az.ai.openai"}, "azure.ai.openai"),
    ({"gen_ai.system": "vertex_ai"}, "gcp.vertex_ai"),
    ({"gen_ai.system": "openai"}, "openai"),
    ({"gen_ai.system": "openai", "gen_ai.provider.name": "azure.ai.openai"}, "azure.ai.openai"),
    # google-genai's instrumentation puts the older value on the current attribute
    ({"gen_ai.provider.name": "gemini"}, "gcp.gemini"),
    ({"llm.provider": "mistralai", "llm.system": "mistralai"}, "mistral_ai"),  # OpenInference
    ({}, ""),
])
def test_the_provider_from_current_and_legacy_names(attrs, expected):
    assert call(span(**CHAT, **attrs))["provider"] == expected


def test_openllmetry_spans_name_the_operation_in_llm_request_type():
    fields = call(span(**{"llm.request.type": "embedding", "gen_ai.system": "openai",
                          "gen_ai.request.model": "text-embedding-3-small",
                          "gen_ai.usage.prompt_tokens": 8,
                          "gen_ai.usage.cache_read_input_tokens": 2,
                          "gen_ai.usage.reasoning_tokens": 1}))
    assert (fields["operation"], fields["input_tokens"], fields["cache_read_tokens"],
            fields["reasoning_tokens"]) == ("embeddings", 8, 2, 1)


def test_openlit_time_to_first_token():
    assert call(span(**CHAT, **{"gen_ai.server.time_to_first_token": 0.4}))["ttft_s"] == 0.4


@pytest.mark.parametrize("s", [
    span(kind=Span.SPAN_KIND_INTERNAL, **CHAT),  # a framework's span around the client's
    span(kind=Span.SPAN_KIND_SERVER, **CHAT),
    span(**{"gen_ai.operation.name": "execute_tool"}),  # a step, not a model call
    span(**{"http.request.method": "GET"}),
])
def test_spans_that_are_not_model_calls_are_ignored(s):
    assert call(s) is None


@pytest.mark.parametrize("attrs, status, expected", [
    ({"error.type": "<class 'openai.RateLimitError'>"}, Status.STATUS_CODE_ERROR,
     protocol.RATE_LIMIT),
    ({"error.type": "RateLimitError"}, Status.STATUS_CODE_ERROR, protocol.RATE_LIMIT),
    ({"error.type": "openai.APITimeoutError"}, Status.STATUS_CODE_ERROR, protocol.TIMEOUT),
    ({"error.type": "429"}, Status.STATUS_CODE_ERROR, protocol.RATE_LIMIT),
    ({"error.type": "timeout"}, Status.STATUS_CODE_ERROR, protocol.TIMEOUT),
    ({"http.response.status_code": 503}, Status.STATUS_CODE_ERROR, protocol.SERVER_ERROR),
    ({}, Status.STATUS_CODE_ERROR, protocol.SERVER_ERROR),  # failed, nothing more said
    ({"error.type": "<class 'mylib.Weird'>"}, Status.STATUS_CODE_ERROR, "Weird"),
    ({"http.response.status_code": 200}, Status.STATUS_CODE_UNSET, None),
    # digits that are no HTTP status are a name like any other (int() raised on both)
    ({"error.type": "\u00b2"}, Status.STATUS_CODE_ERROR, "\u00b2"),
    ({"error.type": "9" * 5000}, Status.STATUS_CODE_ERROR, "9" * 5000),  # clipped later
])
def test_errors_land_in_the_sidecars_error_classes(attrs, status, expected):
    assert call(span(status=status, **CHAT, **attrs)).get("error_type") == expected


def test_labels_from_span_or_resource_attributes_and_never_a_user_id():
    resource = spans.attributes([KeyValue(key="tenant.id", value=any_value("acme")),
                                 KeyValue(key="enduser.id", value=any_value("bob"))], KEYS)
    assert resource == {"tenant.id": "acme"}  # only the configured keys are read
    assert call(span(**CHAT), resource)["tenant"] == "acme"
    assert call(span(**CHAT, **{"llm_exporter.tenant": "globex"}), resource)["tenant"] \
        == "globex"  # the span wins over its resource
    with pytest.raises(ConfigError, match="identifies a person"):
        validate(Config(otlp=OtlpConfig(tenant_attributes=("enduser.id",))))


def test_absurd_times_keep_the_call_but_not_the_exemplar_timestamp():
    fields = call(span(start=0, end=3 * 10**9, **CHAT))  # 1970
    assert fields["duration_s"] == 3.0 and "ts" not in fields
    backwards = call(span(start=2 * 10**18, end=10**18, **CHAT))
    assert backwards["duration_s"] < 0  # the event validation rejects it (invalid_value)
    late = span(kind=Span.SPAN_KIND_INTERNAL, **OPENINFERENCE_LLM)
    late.events.append(event("First Token Stream Event", 10**19))  # after the span's end
    assert call(late)["ttft_s"] == call(late)["duration_s"] == 2.0
    early = span(kind=Span.SPAN_KIND_INTERNAL, **OPENINFERENCE_LLM)
    early.events.append(event("First Token Stream Event", 1))  # before its start
    assert call(early)["ttft_s"] == 0


@pytest.mark.parametrize("attrs", [
    {"gen_ai.operation.name": ["chat"]},  # a list where a string belongs: not a model call
    {"llm.request.type": ["chat"]},
    {**CHAT, "gen_ai.system": ["openai"]},  # passed on, for the event to reject
    {**CHAT, "gen_ai.usage.input_tokens": "ten", "error.type": 3.5},
    {"openinference.span.kind": ["LLM"]},  # unhashable: never a key
    {"openinference.span.kind": "LLM", "llm.provider": 7, "llm.finish_reason": 3},
])
def test_attribute_values_of_the_wrong_type_never_raise(attrs):
    fields = call(span(**attrs))  # the hostile suite found a list here raising TypeError
    assert fields is None or fields["type"] == "llm_call"


@pytest.mark.parametrize("attrs", [
    {"gen_ai.operation.name": ["execute_tool"]},  # unhashable: the hostile suite found it
    {"gen_ai.operation.name": "invoke_workflow", "gen_ai.agent.name": ["crew"]},
    {"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": 3,
     "gen_ai.workflow.name": ["rag"]},
    {"openinference.span.kind": 3, "tool.name": ["get_weather"]},
])
def test_step_attribute_values_of_the_wrong_type_never_raise_or_become_names(attrs):
    s = step(span(**attrs))
    assert s is None or (s.workflow is None and s.fields["step"] in (
        "invoke_workflow", "execute_tool"))


@pytest.mark.parametrize("attrs, expected_step, workflow, agent", [
    ({"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "get_weather"},
     "execute_tool get_weather", None, None),
    ({"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "Researcher"},
     "invoke_agent Researcher", None, "Researcher"),
    ({"gen_ai.operation.name": "execute_tool"}, "execute_tool", None, None),  # unnamed tool
    ({"gen_ai.operation.name": "retrieval", "gen_ai.data_source.id": "kb"}, "retrieval kb",
     None, None),
    # a workflow span names its own workflow: gen_ai.workflow.name (semconv 1.37-1.41) or,
    # since the conventions moved to semconv-genai 0.1, gen_ai.agent.name
    ({"gen_ai.operation.name": "invoke_workflow", "gen_ai.workflow.name": "rag"},
     "invoke_workflow", "rag", None),
    ({"gen_ai.operation.name": "invoke_workflow", "gen_ai.agent.name": "crew"},
     "invoke_workflow", "crew", None),
    # a step that carries its workflow's name
    ({"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "search",
      "gen_ai.workflow.name": "rag"}, "execute_tool search", "rag", None),
    # OpenLLMetry (traceloop-sdk) marks its decorators' spans with traceloop.span.kind and puts
    # the workflow's name on every span inside it
    ({"traceloop.span.kind": "tool", "traceloop.entity.name": "lookup",
      "traceloop.workflow.name": "support"}, "execute_tool lookup", "support", None),
    ({"traceloop.span.kind": "task", "traceloop.entity.name": "rerank",
      "traceloop.workflow.name": "support"}, "task rerank", "support", None),
    ({"traceloop.span.kind": "workflow", "traceloop.entity.name": "support",
      "traceloop.workflow.name": "support"}, "invoke_workflow", "support", None),
])
def test_agent_tool_and_workflow_spans_are_steps(attrs, expected_step, workflow, agent):
    s = step(span(kind=Span.SPAN_KIND_INTERNAL, status=Status.STATUS_CODE_ERROR,
                  **{**attrs, "error.type": "TimeoutError"}))
    assert s.fields == {"type": "step", "step": expected_step, "duration_s": 2.0,
                        "ts": 1e9 + 2, "trace_id": bytes(range(16)).hex(),
                        "error_type": protocol.TIMEOUT}
    assert (s.workflow, s.agent, s.start, s.root) == (workflow, agent, 10**18, True)


def test_the_workflow_attribute_may_be_on_the_resource_and_model_calls_are_not_steps():
    resource = spans.attributes([KeyValue(key="gen_ai.workflow.name", value=any_value("rag"))],
                                KEYS)
    tool = span(**{"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "t"})
    assert step(tool, resource).workflow == "rag"
    assert step(span(**CHAT)) is None
    assert step(span(**{"traceloop.span.kind": ["tool"]})) is None  # wrong type: not a step


def event(name: str, at: int, **attrs) -> Span.Event:
    return Span.Event(name=name, time_unix_nano=at, attributes=[
        KeyValue(key=k.replace("__", "."), value=any_value(v)) for k, v in attrs.items()])


# an OpenInference (Arize Phoenix) model span, as openinference-instrumentation-openai sends it
OPENINFERENCE_LLM = {"openinference.span.kind": "LLM", "llm.model_name": "gpt-4o-mini",
                     "llm.provider": "openai", "llm.system": "openai",
                     "llm.token_count.prompt": 120, "llm.token_count.completion": 30,
                     "llm.token_count.prompt_details.cache_read": 64,
                     "llm.token_count.prompt_details.cache_write": 16,
                     "llm.token_count.completion_details.reasoning": 8}


def test_an_openinference_llm_span_of_any_kind_is_a_call():
    s = span(kind=Span.SPAN_KIND_INTERNAL, **OPENINFERENCE_LLM)
    s.events.append(event("First Token Stream Event", 10**18 + 3 * 10**8))
    fields = call(s)
    assert fields is not None
    assert (fields["operation"], fields["provider"], fields["model"]) == (
        "chat", "openai", "gpt-4o-mini")
    assert (fields["input_tokens"], fields["output_tokens"], fields["cache_read_tokens"],
            fields["cache_write_tokens"], fields["reasoning_tokens"]) == (120, 30, 64, 16, 8)
    assert fields["ttft_s"] == 0.3 and fields["duration_s"] == 2.0
    assert step(s) is None
    embedding = call(span(kind=Span.SPAN_KIND_INTERNAL, **{
        "openinference.span.kind": "EMBEDDING", "embedding.model_name": "text-embedding-3-small",
        "llm.token_count.prompt": 5}))
    assert (embedding["operation"], embedding["model"], embedding["input_tokens"]) == (
        "embeddings", "text-embedding-3-small", 5)


@pytest.mark.parametrize("exception, expected", [
    ("openai.RateLimitError", protocol.RATE_LIMIT),  # Logfire: no error.type, no status code
    ("pydantic_ai.exceptions.ModelRateLimitError", protocol.RATE_LIMIT),
    ("openai.APITimeoutError", protocol.TIMEOUT),
    ("anthropic.AuthenticationError", protocol.AUTH),
])
def test_an_exception_event_names_the_error_class_when_nothing_else_does(exception, expected):
    s = span(kind=Span.SPAN_KIND_INTERNAL, status=Status.STATUS_CODE_ERROR, **OPENINFERENCE_LLM)
    s.events.append(event("exception", 10**18 + 10**9, exception__type=exception,
                          exception__message="slow down"))
    assert call(s)["error_type"] == expected
    # error.type, where a span has it, says more than the exception's class
    s.attributes.append(KeyValue(key="error.type", value=any_value("timeout")))
    assert call(s)["error_type"] == protocol.TIMEOUT
    ok = span(**CHAT)  # an exception recorded on a call that then succeeded: no error
    ok.events.append(event("exception", 10**18, exception__type="openai.RateLimitError"))
    assert "error_type" not in call(ok)


@pytest.mark.parametrize("attrs, name, expected", [
    ({"openinference.span.kind": "TOOL", "tool.name": "get_weather"}, "ignored",
     "execute_tool get_weather"),
    ({"openinference.span.kind": "AGENT", "agent.name": "Researcher"}, "ignored",
     "invoke_agent Researcher"),
    ({"openinference.span.kind": "CHAIN"}, "RunnableSequence", "task RunnableSequence"),
    ({"openinference.span.kind": "RETRIEVER"}, "VectorStoreRetriever",
     "retrieval VectorStoreRetriever"),
    ({"openinference.span.kind": "RERANKER"}, "CohereRerank", "rerank CohereRerank"),
])
def test_openinference_tool_agent_chain_retriever_reranker_spans_are_steps(attrs, name,
                                                                            expected):
    s = span(kind=Span.SPAN_KIND_INTERNAL, **attrs)
    s.name = name
    assert call(s) is None
    assert step(s).fields["step"] == expected


@pytest.mark.parametrize("settings, model", [
    ('{"model": "gpt-4o-429", "temperature": 0}', "gpt-4o-429"),  # a failed call's only name
    ('{"model": 4}', "unknown"), ("[1, 2]", "unknown"), ("{not json", "unknown"),
    ("[" * 10000 + "]" * 10000, "unknown"),  # nested past the parser's depth
    ('{"model": "x", "pad": "' + "a" * 20000 + '"}', "unknown"),  # past MAX_SETTINGS: unread
])
def test_a_failed_openinference_call_is_named_by_its_invocation_parameters(settings, model):
    s = span(kind=Span.SPAN_KIND_INTERNAL, status=Status.STATUS_CODE_ERROR,
             **{"openinference.span.kind": "LLM", "llm.invocation_parameters": settings})
    assert call(s)["model"] == model


@pytest.mark.parametrize("reasons, expected", [
    (["length", "stop"], "length"), ('["stop"]', "stop"),  # Logfire writes the list as JSON
    ("stop", "stop"), ("[not json", "[not json"), ("[]", None), ([], None), ("", None),
    (3, None), ("[3]", None), ([4.5], None),
])
def test_the_first_finish_reason_in_any_form_sent(reasons, expected):
    assert call(span(**CHAT, **{"gen_ai.response.finish_reasons": reasons})).get(
        "finish_reason") == expected


LOGFIRE = {**CHAT, "gen_ai.provider.name": "openai", "logfire.span_type": "span"}


def test_logfire_marks_a_streams_two_spans_and_nothing_else():
    opened = call(span(**LOGFIRE))  # no usage: the stream opened, its end has it
    assert opened["_stream_part"] == "open"
    whole = call(span(**LOGFIRE, **{"gen_ai.usage.input_tokens": 5}))
    assert "_stream_part" not in whole
    failed = call(span(status=Status.STATUS_CODE_ERROR, **LOGFIRE))
    assert "_stream_part" not in failed
    ended = call(span(kind=Span.SPAN_KIND_INTERNAL, start=10**18, end=10**18, **{
        **CHAT, "logfire.span_type": "log", "duration": 0.91, "gen_ai.usage.input_tokens": 5}))
    assert ended["_stream_part"] == "end" and ended["duration_s"] == 0.91
    for measured in ("0.9", -1.0, True, 1e300):  # not a duration: the span's own (0)
        odd = call(span(kind=Span.SPAN_KIND_INTERNAL, start=10**18, end=10**18, **{
            **CHAT, "logfire.span_type": "log", "duration": measured}))
        assert odd["duration_s"] == 0
    assert call(span(kind=Span.SPAN_KIND_INTERNAL, **{**CHAT, "logfire.span_type": "span"})) \
        is None  # an INTERNAL Logfire span is no call


def events(s: Span) -> list[dict]:
    attrs = spans.attributes(s.attributes, WANTED)
    return spans.agent_events(s, attrs, spans.step(s, attrs, {}, CONFIG))


def test_agent_and_tool_spans_are_runs_and_tool_calls_in_every_instrumentations_names():
    ids = {"trace_id": bytes(range(16)).hex(), "span_id": bytes(range(8)).hex(),
           "parent_span_id": "", "duration_s": 2.0, "ts": 1e9 + 2}
    run = {**ids, "type": "agent_run"}
    assert events(span(Span.SPAN_KIND_INTERNAL, **{"gen_ai.operation.name": "invoke_agent",
                                                   "gen_ai.agent.name": "planner"})) == [
        {**run, "agent": "planner"}]
    assert events(span(Span.SPAN_KIND_INTERNAL, Status.STATUS_CODE_ERROR, **{
        "openinference.span.kind": "AGENT", "agent.name": "triage",
        "error.type": "MaxTurnsExceeded"})) == [
        {**run, "agent": "triage", "error_type": "max_turns"}]
    tool = {**ids, "type": "tool_call"}
    arguments = '{"path": "a.py"}'
    hashed = protocol.arguments_hash(arguments)
    assert events(span(Span.SPAN_KIND_INTERNAL, **{  # pydantic-ai 2, the conventions
        "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "read_file",
        "gen_ai.agent.name": "coder", "gen_ai.tool.call.arguments": arguments})) == [
        {**tool, "tool": "read_file", "agent": "coder", "arguments_hash": hashed}]
    assert events(span(Span.SPAN_KIND_INTERNAL, **{  # OpenInference: arguments in input.value
        "openinference.span.kind": "TOOL", "tool.name": "read_file",
        "input.value": arguments})) == [
        {**tool, "tool": "read_file", "arguments_hash": hashed}]
    assert events(span(Span.SPAN_KIND_INTERNAL, **{  # OpenLLMetry's decorators
        "traceloop.span.kind": "tool", "traceloop.entity.name": "read_file",
        "traceloop.entity.input": arguments})) == [
        {**tool, "tool": "read_file", "arguments_hash": hashed}]
    assert hashed == client.arguments_hash(arguments)
    # a workflow or a chain is a step, not a run; a model call neither
    assert events(span(Span.SPAN_KIND_INTERNAL, **{"traceloop.span.kind": "workflow",
                                                   "traceloop.entity.name": "w"})) == []
    assert events(span(**CHAT)) == []


def test_an_mcp_span_is_an_mcp_request_and_a_tool_span_with_mcp_attributes_both():
    client_span = span(**{"mcp.method.name": "tools/call", "gen_ai.tool.name": "get_weather",
                          "server.address": "weather.internal",
                          "rpc.response.status_code": "-32603"})
    (mcp,) = events(client_span)
    assert (mcp["type"], mcp["method"], mcp["tool"], mcp["server"], mcp["error_type"]) == (
        "mcp_operation", "tools/call", "get_weather", "weather.internal", "-32603")
    merged = events(span(Span.SPAN_KIND_INTERNAL, **{
        "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "get_weather",
        "mcp.method.name": "tools/call", "error.type": "tool_error"}))
    assert [(e["type"], e.get("error_type")) for e in merged] == [
        ("tool_call", "tool_error"), ("mcp_operation", "tool_error")]
    (ok,) = events(span(**{"mcp.method.name": "initialize"}))
    assert "error_type" not in ok and "tool" not in ok
    assert events(span(Span.SPAN_KIND_SERVER, **{"mcp.method.name": "tools/call"})) == []


def test_an_mcp_clients_own_span_inside_a_tool_span_is_the_request_only():
    """fastmcp's CLIENT ``tools/call`` says execute_tool inside pydantic-ai's tool span of the
    same call; the MCP SDK's own ``MCP send`` span names its tool in its span name only; the
    server's span of the call is its client's to count."""
    fastmcp = span(**{"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "get_order",
                      "mcp.method.name": "tools/call"})
    assert [(e["type"], e.get("tool")) for e in events(fastmcp)] == [
        ("mcp_operation", "get_order")]
    sdk = span(**{"mcp.method.name": "tools/call"})
    sdk.name = "MCP send tools/call get_order"
    assert [(e["type"], e.get("tool")) for e in events(sdk)] == [("mcp_operation", "get_order")]
    sdk.name = "MCP send tools/call"  # nothing after the method: no tool
    assert "tool" not in events(sdk)[0]
    server = span(Span.SPAN_KIND_SERVER, **{"gen_ai.operation.name": "execute_tool",
                                            "gen_ai.tool.name": "get_order"})
    assert events(server) == []


def test_a_run_stopped_by_its_frameworks_limit_is_max_turns_or_max_cost():
    def run(status_message="", exception=None):
        s = span(Span.SPAN_KIND_INTERNAL, Status.STATUS_CODE_ERROR, **{
            "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "a"})
        s.status.message = status_message
        if exception is not None:
            s.events.add(name="exception", attributes=[
                KeyValue(key="exception.type", value=any_value(exception[0])),
                KeyValue(key="exception.message", value=any_value(exception[1]))])
        return events(s)[0]["error_type"]
    # the OpenAI Agents SDK through OpenInference: the status message only
    assert run("Max turns exceeded: {'max_turns': 8}") == "max_turns"
    assert run("Something else went wrong") == "server_error"
    # pydantic-ai's UsageLimits: one exception for turns, tokens and cost
    limit = "pydantic_ai.exceptions.UsageLimitExceeded"
    assert run(exception=(limit, "The next request would exceed the request_limit of 8")) \
        == "max_turns"
    assert run(exception=(limit, "Exceeded the total_tokens_limit of 1000 (total_tokens=1200)")) \
        == "max_cost"
    assert run(exception=(limit, "Exceeded the `cost_limit` of 0.5")) == "max_cost"
    assert run(exception=("agents.exceptions.MaxTurnsExceeded", "")) == "max_turns"


def test_a_root_agent_span_that_names_no_agent_is_a_workflow_of_runs():
    """OpenInference's span of an OpenAI Agents SDK trace: AGENT, its kind and nothing else,
    around the AGENT spans of its runs (which name their agent)."""
    root = span(Span.SPAN_KIND_INTERNAL, **{"openinference.span.kind": "AGENT"})
    root.name = "Agent workflow"
    assert events(root) == []
    assert step(root).operation == "invoke_workflow" and step(root).workflow == "Agent workflow"
    named = span(Span.SPAN_KIND_INTERNAL, **{"openinference.span.kind": "AGENT",
                                             "agent.name": "support"})
    assert [e["agent"] for e in events(named)] == ["support"]
    root.parent_span_id, root.flags = b"\x01" * 8, 0x300  # its parent another service's
    assert events(root) == []
    root.flags = 0x100  # a local parent: not the root, an agent named by its span
    assert [e["agent"] for e in events(root)] == ["Agent workflow"]
    asked = span(Span.SPAN_KIND_INTERNAL, **{"openinference.span.kind": "AGENT",
                                             "input.value": "What is the order status?"})
    asked.name = "AgentExecutor"  # a run that takes an ask: a run named by its span
    assert [e["agent"] for e in events(asked)] == ["AgentExecutor"]


def test_a_run_whose_parent_is_remote_is_the_root_of_its_trace_here():
    agent = {"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "a"}
    s = span(Span.SPAN_KIND_INTERNAL, **agent)
    s.parent_span_id, s.flags = b"\x09" * 8, 0x300
    assert events(s)[0]["remote_parent"] is True
    s.flags = 0x100  # the parent is known to be local
    assert "remote_parent" not in events(s)[0]


def test_a_model_call_span_names_its_parent_and_its_agent():
    s = span(**{**CHAT, "gen_ai.agent.name": "coder"})
    s.parent_span_id = bytes(range(1, 9))
    fields = call(s)
    assert fields["parent_span_id"] == bytes(range(1, 9)).hex() and fields["agent"] == "coder"
    assert "parent_span_id" not in call(span(**CHAT))  # a root call: its own span only
