"""Send LLM call events to the llm-exporter sidecar. Standard library only.

    from llm_exporter import client

    with client.track(provider="openai", model="gpt-4o", tenant="acme") as call:
        stream = openai_client.chat.completions.create(..., stream=True)
        for chunk in stream:
            call.first_token()          # only the first call counts
        call.usage(input_tokens=..., output_tokens=...)

The emitter is addressed by a string, or by the LLM_EXPORTER_ADDR environment variable:
``udp:127.0.0.1:9479`` (the default), ``unixgram:/path``, ``tcp:host:port``, ``unix:/path``
(newline-delimited JSON over a stream), or ``http://host:port`` (POST /v1/events).

It never raises into the application and never blocks it: ``emit()`` encodes the event and
queues it; a background thread sends batches a few milliseconds later. Whatever had to be
dropped (queue full, sidecar away) is counted in ``Emitter.dropped`` and reported to the
sidecar with the next batch that gets through (``llm_exporter_client_dropped_events_total``).
Events still queued when the process exits are flushed for up to half a second.

``call.check(answer_text)`` (or ``check()``) runs the answer checks (``llm_exporter.checks``:
refusal, empty, truncated, hedge, JSON and schema validity) and sends only their results.

``workflow(name)`` and ``step(name)`` make multi-step work one trace (``client.context``):
calls tracked inside carry the workflow's trace id and their parent's span id.
``agent(name)`` makes an agent run: the calls tracked and the ``tool(name)`` calls made inside
count in it (model calls, tool calls, tokens and cost per run; loops).
"""

from llm_exporter.client.context import (
    agent,
    arguments_hash,
    current_agent,
    current_workflow,
    step,
    tool,
    traceparent,
    workflow,
)
from llm_exporter.client.emitter import Emitter, default_address, emit, get_emitter
from llm_exporter.client.track import Call, check, track
from llm_exporter.client.wrappers import instrument_anthropic, instrument_openai
from llm_exporter.protocol import DEFAULT_UDP_ADDRESS, ENV_ADDR, default_unixgram_path
from llm_exporter.providers import classify_exception as classify_error

__all__ = ["Emitter", "emit", "get_emitter", "track", "Call", "check", "classify_error",
           "workflow", "step", "traceparent", "current_workflow", "agent", "tool",
           "current_agent", "arguments_hash",
           "instrument_openai", "instrument_anthropic", "default_address",
           "default_unixgram_path", "DEFAULT_UDP_ADDRESS", "ENV_ADDR"]
