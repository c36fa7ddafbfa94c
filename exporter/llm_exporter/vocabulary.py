"""The GenAI vocabulary: every mapping between the event's fields and other people's names.

One table per vocabulary, each in one direction only where the other follows from it: the
first name of a row is the current OpenTelemetry GenAI name, which the sidecar writes (trace
export) and reads first; the names after it are the older conventions' and the
instrumentations' (OpenLLMetry, OpenLIT, OpenInference), read as well. Spans in
(``sidecar.spans``), metrics in (``sidecar.otlp_metrics``), spans out (``sidecar.traces``),
the config's defaults and the exception classifier (``providers``) all read these tables: an
alias is one line here.
Standard library only.
"""

from __future__ import annotations

from typing import Any

from llm_exporter import protocol

# llm_call field -> the span (and metric point) attributes that carry it
CALL_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "operation": ("gen_ai.operation.name",),
    "provider": ("gen_ai.provider.name", "gen_ai.system", "llm.provider", "llm.system"),
    "model": ("gen_ai.request.model", "llm.request.model_name", "llm.model_name",
              "embedding.model_name"),
    "response_model": ("gen_ai.response.model", "llm.response.model_name"),
    "input_tokens": ("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens",
                     "llm.token_count.prompt"),
    "output_tokens": ("gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens",
                      "llm.token_count.completion"),
    "cache_read_tokens": ("gen_ai.usage.cache_read.input_tokens",
                          "gen_ai.usage.cache_read_input_tokens",
                          "llm.token_count.prompt_details.cache_read",
                          "gen_ai.usage.details.cache_read_tokens"),  # pydantic-ai
    # renamed from cache_creation by semantic-conventions-genai #440
    "cache_write_tokens": ("gen_ai.usage.cache_write.input_tokens",
                           "gen_ai.usage.cache_creation.input_tokens",
                           "gen_ai.usage.cache_creation_input_tokens",
                           "llm.token_count.prompt_details.cache_write"),
    "reasoning_tokens": ("gen_ai.usage.reasoning.output_tokens",
                         "gen_ai.usage.reasoning_tokens",
                         "llm.token_count.completion_details.reasoning",
                         "gen_ai.usage.details.reasoning_tokens"),  # pydantic-ai
    # OpenLIT records the client's time to first token under the server's name
    # (and pydantic-ai the client's under the client metric's name)
    "ttft_s": ("gen_ai.response.time_to_first_chunk", "gen_ai.server.time_to_first_token",
               "gen_ai.client.operation.time_to_first_chunk"),
    "finish_reason": ("gen_ai.response.finish_reasons",  # a list: its first
                      "llm.finish_reason"),
    "error_type": ("error.type",),
    # the tier that served the call (the conventions' OpenAI attribute; its name before
    # semantic-conventions 1.37)
    "service_tier": ("openai.response.service_tier", "gen_ai.openai.response.service_tier"),
    # the labels no convention names yet (the config's defaults: an operator adds more)
    "tenant": ("llm_exporter.tenant", "tenant.id"),
    "prompt_name": ("gen_ai.prompt.name", "llm_exporter.prompt_name"),
    "prompt_version": ("llm_exporter.prompt_version", "llm.prompt_template.version"),
}
TOKEN_FIELDS = ("input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens",
                "reasoning_tokens")
# read beside error.type: an HTTP status says the error class
HTTP_STATUS = "http.response.status_code"

# gen_ai.operation.name of a model call
MODEL_CALLS = frozenset({"chat", "text_completion", "embeddings", "generate_content"})
# OpenLLMetry names the operation in llm.request.type
LLM_REQUEST_TYPE = "llm.request.type"
LLM_REQUEST_TYPES = {"chat": "chat", "completion": "text_completion", "embedding": "embeddings"}
# provider names of older conventions and other instrumentations, on any of the provider
# attributes -> gen_ai.provider.name's current value
PROVIDER_ALIASES = {"az.ai.inference": "azure.ai.inference", "az.ai.openai": "azure.ai.openai",
                    "vertex_ai": "gcp.vertex_ai", "gemini": "gcp.gemini", "xai": "x_ai",
                    # OpenInference's llm.provider values
                    "azure": "azure.ai.openai", "aws": "aws.bedrock", "google": "gcp.gen_ai",
                    "mistralai": "mistral_ai"}

# OpenInference (Arize Phoenix) marks its spans with openinference.span.kind, of any span kind
OPENINFERENCE_KIND = "openinference.span.kind"
OPENINFERENCE_CALLS = {"LLM": "chat", "EMBEDDING": "embeddings"}
OPENINFERENCE_STEPS = {"TOOL": "execute_tool", "AGENT": "invoke_agent", "CHAIN": "task",
                       "RETRIEVER": "retrieval", "RERANKER": "rerank"}
OPENINFERENCE_NAMES = ("tool.name", "agent.name", "graph.node.name")  # else the span's name
OPENINFERENCE_INPUT = "input.value"  # what a span took in (a tool's arguments, a run's ask)
# OpenInference's request settings, JSON: the model a call asked for when llm.model_name (set
# from the answer) is absent, as on a failed call; its messages are elsewhere, never read
INVOCATION_PARAMETERS = "llm.invocation_parameters"
# the span event a stream's first token is (OpenInference), its time the call's TTFT
FIRST_TOKEN_EVENTS = frozenset({"First Token Stream Event"})
# Logfire records a streamed call in two spans: a CLIENT span that ends when the stream opens,
# without usage, and a log (logfire.span_type "log", INTERNAL, its time the stream's end)
# with the usage and the stream's time in seconds under "duration"
LOGFIRE_SPAN_TYPE = "logfire.span_type"
LOGFIRE_DURATION = "duration"
# what a model-call span says of such a pair, and the instrumentation scope that made it
# (keys of the mapped fields, never submitted)
STREAM_PART = "_stream_part"
SCOPE = "_scope"
# the span event an exception is recorded as, and its class (when error.type is absent)
EXCEPTION_EVENT = "exception"
EXCEPTION_TYPE = "exception.type"
EXCEPTION_MESSAGE = "exception.message"

# step operations -> the attribute naming what ran
STEP_OPERATIONS = {"invoke_agent": "gen_ai.agent.name", "execute_tool": "gen_ai.tool.name",
                   "invoke_workflow": "gen_ai.workflow.name",
                   "retrieval": "gen_ai.data_source.id"}
# OpenLLMetry marks steps with traceloop.span.kind, names them in traceloop.entity.name
TRACELOOP_KIND = "traceloop.span.kind"
TRACELOOP_NAME = "traceloop.entity.name"
TRACELOOP_KINDS = {"workflow": "invoke_workflow", "agent": "invoke_agent",
                   "tool": "execute_tool", "task": "task"}
# the attributes naming a step's workflow (the config's default)
WORKFLOW_ATTRIBUTES = ("gen_ai.workflow.name", "traceloop.workflow.name")
# semconv-genai 0.1 named the workflow of an invoke_workflow span in gen_ai.agent.name
WORKFLOW_NAME_ALIASES = ("gen_ai.agent.name",)

# agent_run, tool_call and mcp_operation fields -> the span attributes that carry them (the
# GenAI conventions', OpenInference's, OpenLLMetry's). A tool call's arguments are read only
# to be hashed (loops), on tool spans only; OpenInference puts them in input.value
AGENT_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "agent": ("gen_ai.agent.name", "agent.name"),
    "tool": ("gen_ai.tool.name", "tool.name"),
    "arguments": ("gen_ai.tool.call.arguments", "tool_call.function.arguments",
                  "traceloop.entity.input", "input.value"),
    "method": ("mcp.method.name",),
    "server": ("server.address",),
    # a JSON-RPC error code: the current name, then the deprecated one
    "rpc_error": ("rpc.response.status_code", "rpc.jsonrpc.error_code"),
}

# a call's messages, captured (redacted) only when the operator opts in
INPUT_MESSAGES = "gen_ai.input.messages"
OUTPUT_MESSAGES = "gen_ai.output.messages"
# attribute keys that name a person: never read as a label, whatever the config says
PERSONAL_ATTRIBUTES = ("enduser.id", "user.id", "user.email", "user.name", "gen_ai.user.id",
                       "gen_ai.conversation.id", "session.id")

# our own span attributes, where the conventions have none
COST = "llm_exporter.cost_usd"
RETRIES = "llm_exporter.retries"
REFUSAL = "llm_exporter.refusal"
USER_HASH = "llm_exporter.user_hash"
WORKFLOW = "llm_exporter.workflow"
STEP = "llm_exporter.step"

# OTLP histograms merged into the sidecar's families -> which histogram (``tokens``: input or
# output by gen_ai.token.type). semantic-conventions-genai moved inference to
# gen_ai.client.inference.* (PRs #374, #521); the names before it are still sent by most.
GENAI_METRICS = {
    "gen_ai.client.operation.duration": "duration",
    "gen_ai.client.inference.duration": "duration",
    "gen_ai.client.token.usage": "tokens",
    "gen_ai.client.inference.operation.input_tokens": "input",
    "gen_ai.client.inference.operation.output_tokens": "output",
    "gen_ai.client.operation.time_to_first_chunk": "ttft",
    "gen_ai.client.inference.time_to_first_chunk": "ttft",
    "gen_ai.server.time_to_first_token": "ttft",  # OpenLIT records the client's TTFT here
    "llm.openai.chat_completions.streaming_time_to_first_token": "ttft",  # OpenLLMetry
    # agents, tools, MCP requests and workflows, each as its span would have counted it
    "gen_ai.invoke_agent.duration": "run_duration",
    "gen_ai.invoke_agent.inference_calls": "run_calls",
    "gen_ai.invoke_agent.tool_calls": "run_tools",
    "gen_ai.execute_tool.duration": "tool_duration",
    "mcp.client.operation.duration": "mcp_duration",
    "gen_ai.invoke_workflow.duration": "workflow_duration",
    "gen_ai.workflow.duration": "workflow_duration",  # its name before agents had metrics
}
# an older name -> the current one: an instrumentation migrating may send both for a model
# call, and the older is then left out (not for embeddings, which keep the older names)
SUPERSEDED_METRICS = {
    "gen_ai.client.operation.duration": "gen_ai.client.inference.duration",
    "gen_ai.client.token.usage": "gen_ai.client.inference.operation.input_tokens",
    "gen_ai.client.operation.time_to_first_chunk": "gen_ai.client.inference.time_to_first_chunk",
}
TOKEN_TYPE = "gen_ai.token.type"
TOKEN_TYPES = {"input": "input", "output": "output", "prompt": "input", "completion": "output"}

# exception class names the provider SDKs raise (as spans' error.type carries them) -> the
# sidecar's error classes
EXCEPTION_CLASSES = {
    "RateLimitError": protocol.RATE_LIMIT, "APITimeoutError": protocol.TIMEOUT,
    "TimeoutError": protocol.TIMEOUT, "ReadTimeout": protocol.TIMEOUT,
    "APIConnectionError": protocol.CONNECTION, "ConnectError": protocol.CONNECTION,
    "AuthenticationError": protocol.AUTH, "PermissionDeniedError": protocol.AUTH,
    "BadRequestError": protocol.INVALID_REQUEST, "NotFoundError": protocol.INVALID_REQUEST,
    "UnprocessableEntityError": protocol.INVALID_REQUEST, "ConflictError": protocol.SERVER_ERROR,
    "InternalServerError": protocol.SERVER_ERROR, "OverloadedError": protocol.SERVER_ERROR,
    "ServiceUnavailableError": protocol.SERVER_ERROR,
    # pydantic-ai's own, raised whichever provider it calls
    "ModelRateLimitError": protocol.RATE_LIMIT,
    # an agent run stopped by its framework's limit: the OpenAI Agents SDK's max_turns;
    # pydantic-ai's UsageLimits (requests, tool calls: turns; tokens and cost: see
    # COST_LIMITS)
    "MaxTurnsExceeded": protocol.MAX_TURNS, "UsageLimitExceeded": protocol.MAX_TURNS,
}
# words of a limit's message that make it a limit on spending, not on turns
# (pydantic-ai: "Exceeded the total_tokens_limit of ...", "... the `cost_limit` of ...")
COST_LIMITS = ("tokens_limit", "cost_limit")
# a span's status message that names its error where nothing else does (OpenInference's
# span of an OpenAI Agents SDK run stopped at max_turns: no error.type, no exception event)
STATUS_MESSAGES = {"Max turns exceeded": protocol.MAX_TURNS}


def written(field: str) -> str:
    """The attribute a field is written as: its current name."""
    return CALL_ATTRIBUTES[field][0]


def read(attrs: dict[str, Any], field: str,
         table: dict[str, tuple[str, ...]] = CALL_ATTRIBUTES) -> Any:
    """A field's value from attributes (``table``: the call's, or ``AGENT_ATTRIBUTES``):
    under its first name present, or None."""
    for name in table[field]:
        value = attrs.get(name)
        if value is not None:
            return value
    return None


def provider(attrs: dict[str, Any]) -> Any:
    """The provider under its first name present, in the current spelling, else ""."""
    name = read(attrs, "provider")
    if isinstance(name, str):
        return PROVIDER_ALIASES.get(name, name)
    return "" if name is None else name


def operation(attrs: dict[str, Any]) -> Any:
    """gen_ai.operation.name, else OpenLLMetry's llm.request.type in the current spelling."""
    name = attrs.get("gen_ai.operation.name")
    if name is None and isinstance(attrs.get(LLM_REQUEST_TYPE), str):
        name = LLM_REQUEST_TYPES.get(attrs[LLM_REQUEST_TYPE])
    return name


# every span attribute a model call or a step is read from (beside the config's own)
CALL_KEYS = frozenset({LLM_REQUEST_TYPE, HTTP_STATUS, INVOCATION_PARAMETERS, LOGFIRE_SPAN_TYPE,
                       LOGFIRE_DURATION,
                       *(n for names in CALL_ATTRIBUTES.values() for n in names)})
STEP_KEYS = frozenset({*STEP_OPERATIONS.values(), TRACELOOP_KIND, TRACELOOP_NAME,
                       *WORKFLOW_NAME_ALIASES, OPENINFERENCE_KIND, *OPENINFERENCE_NAMES})
AGENT_KEYS = frozenset(n for names in AGENT_ATTRIBUTES.values() for n in names)

