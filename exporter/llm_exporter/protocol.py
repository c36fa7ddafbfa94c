"""The event protocol shared by the client library and the sidecar. Standard library only.

What both sides must agree on lives here and nowhere else: the schema version, how long each
string field may be, the default addresses, and the ``error_type`` vocabulary. The schema
itself (field names and types) is documented in docs/event-schema.md.
"""

from __future__ import annotations

import hashlib
import os
import re
from typing import Any, Literal, get_args

SCHEMA_VERSION = 1
EVENT_TYPES = ("llm_call", "feedback", "step", "agent_run", "tool_call", "mcp_operation")

# Default addresses
ENV_ADDR = "LLM_EXPORTER_ADDR"  # where the client library sends events
# for an https:// address: the CA that signed the sidecar's certificate (default: the
# system's), a client certificate and key, and basic auth (the password from a file)
ENV_CA_FILE = "LLM_EXPORTER_CA_FILE"
ENV_CERT_FILE = "LLM_EXPORTER_CERT_FILE"
ENV_KEY_FILE = "LLM_EXPORTER_KEY_FILE"
ENV_USERNAME = "LLM_EXPORTER_USERNAME"
ENV_PASSWORD_FILE = "LLM_EXPORTER_PASSWORD_FILE"
DEFAULT_UDP_ADDRESS = "127.0.0.1:9479"
DEFAULT_WEB_PORT = 9478


def default_unixgram_path() -> str:
    """Where the sidecar's unix datagram socket lives unless configured otherwise."""
    runtime_dir = os.environ.get("XDG_RUNTIME_DIR") or "/tmp"
    return os.path.join(runtime_dir, "llm-exporter.sock")


# Field limits. A longer string is an invalid event on the wire; producers inside the sidecar
# (the proxy) and the SDK wrappers clip to these instead, so a long header never loses a call.
LABEL_MAX = 256  # model names, tenants, prompt names: values people choose
NAME_MAX = 128  # vocabulary-like values: provider, operation, error_type, finish_reason, ...
TRACE_ID_MAX = 64
MAX_TOKENS = 10**12
MAX_SECONDS = 86_400.0
MAX_COST_USD = 1e6
MAX_RETRIES = 1000
MAX_REQUESTS = 10**6  # server-side tool requests (web searches) in one call
MAX_TOOL_CALLS = 128  # tool calls one answer may ask for, by name
MAX_CLIENT_DROPPED = 10**9
# answer checks (llm_exporter.checks): the results one event carries, {name: pass | fail}
MAX_CHECKS = 16
CHECK_NAME = "^[a-z][a-z0-9_]{0,62}$"
CheckResult = Literal["pass", "fail"]
CHECK_RESULTS: tuple[CheckResult, ...] = get_args(CheckResult)

FIELD_MAX_LENGTH = {
    "model": LABEL_MAX, "response_model": LABEL_MAX, "tenant": LABEL_MAX,
    "prompt_name": LABEL_MAX, "user": LABEL_MAX, "session": LABEL_MAX,
    "provider": NAME_MAX, "operation": NAME_MAX, "error_type": NAME_MAX,
    "finish_reason": NAME_MAX, "prompt_version": NAME_MAX, "name": NAME_MAX,
    "workflow": NAME_MAX, "step": NAME_MAX, "agent": NAME_MAX, "tool": NAME_MAX,
    "method": NAME_MAX, "server": LABEL_MAX, "arguments_hash": NAME_MAX,
    "service_tier": NAME_MAX, "processing": NAME_MAX, "speed": NAME_MAX,
    "trace_id": TRACE_ID_MAX, "span_id": TRACE_ID_MAX, "parent_span_id": TRACE_ID_MAX,
}


# what no UTF-8 encoder accepts: a lone surrogate, from a "\\ud800" JSON escape or from a
# header byte that is not UTF-8 (aiohttp decodes headers with surrogateescape)
_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, so that it encodes as UTF-8."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def arguments_hash(arguments: str) -> str:
    """A tool call's arguments (as text) compared by the sidecar to find a run that repeats a
    call: 16 hex digits of BLAKE2b. The client library hashes its calls' arguments so; the
    sidecar, the arguments an OpenTelemetry span carries."""
    return hashlib.blake2b(arguments.encode("utf-8", "surrogatepass"),
                           digest_size=8).hexdigest()


def clip(fields: dict[str, Any]) -> dict[str, Any]:
    """The event with every string field cut to its limit and made encodable (a lone
    surrogate becomes U+FFFD, so one label cannot break every scrape); a new dict when
    anything changed."""
    clipped = None
    for key, value in fields.items():
        if key == "tool_calls" and isinstance(value, list):  # names, each cut as a name is
            fixed_names = [encodable(n)[:NAME_MAX] if isinstance(n, str) else n
                           for n in value[:MAX_TOOL_CALLS]]
            if fixed_names != value:
                if clipped is None:
                    clipped = dict(fields)
                clipped[key] = fixed_names
            continue
        limit = FIELD_MAX_LENGTH.get(key)
        if limit is None or not isinstance(value, str):
            continue
        fixed = encodable(value)
        if len(fixed) > limit:
            fixed = fixed[:limit]
        if fixed is not value:
            if clipped is None:
                clipped = dict(fields)
            clipped[key] = fixed
    return fields if clipped is None else clipped


# The error_type vocabulary: what every producer (proxy, SDK wrappers, track()) records for a
# failed call. Any other string is accepted on the wire and becomes a label value as sent.
TIMEOUT = "timeout"  # the provider did not answer in time (HTTP 408, read/connect timeouts)
RATE_LIMIT = "rate_limit"  # HTTP 429
AUTH = "auth"  # HTTP 401, 403
SERVER_ERROR = "server_error"  # HTTP 5xx, 529 (overloaded), 409 (conflict, retried by SDKs)
INVALID_REQUEST = "invalid_request"  # any other HTTP 4xx: the caller's mistake
CONNECTION = "connection"  # refused, reset, DNS: no HTTP answer at all
CONTENT_FILTER = "content_filter"  # the provider's safety system blocked the call
CLIENT_CANCELLED = "client_cancelled"  # the caller went away before the answer ended
BUDGET_EXCEEDED = "budget_exceeded"  # the proxy refused: the tenant's budget is spent
ERROR_TYPES = (TIMEOUT, RATE_LIMIT, AUTH, SERVER_ERROR, INVALID_REQUEST, CONNECTION,
               CONTENT_FILTER, CLIENT_CANCELLED, BUDGET_EXCEEDED)
# An agent run that stopped at a limit its framework sets (error_type of an agent_run event)
MAX_TURNS = "max_turns"  # the most model calls or turns a run may take
MAX_COST = "max_cost"  # the most tokens or dollars a run may spend
RUN_LIMITS = (MAX_TURNS, MAX_COST)
# Caller mistakes and decisions, not provider faults: they do not spend the error budget.
NOT_PROVIDER_FAULTS = (INVALID_REQUEST, CONTENT_FILTER, BUDGET_EXCEEDED, CLIENT_CANCELLED)
