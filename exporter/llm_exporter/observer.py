"""One LLM call observed from its request to its answer: the event the proxy and the SDK
wrappers send, assembled in one place. Standard library only.

The request (a JSON body as parsed, or an SDK call's arguments) gives the model, the end user
the call names, what the answer should be (for the checks) and, with content capture, the
prompt, redacted, and the user's hash. The answer, whole or stream event by stream event,
gives the usage, the finish reason, time to first token and the answer's text, which the
checks read and capture keeps, redacted. ``finish`` returns the event.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from llm_exporter.checks import AnswerChecks, expectation
from llm_exporter.content import AnswerText, captured, request_messages, user_id
from llm_exporter.providers import Accumulator, WireFormat, request_model
from llm_exporter.redact import Redactor


class ObservedCall:
    """One call being measured: ``stream_event`` or ``response`` as the answer comes, then
    ``finish``."""

    def __init__(self, fmt: WireFormat, request: dict[str, Any], fields: dict[str, Any], *,
                 capture: Redactor | None = None, checks: AnswerChecks | None = None,
                 keep_answer: bool = False, clock: Callable[[], float] = time.perf_counter):
        """``request`` is the call's JSON body or the SDK call's arguments (its messages are
        read only with ``capture``); ``fields`` what the caller knows besides (provider,
        operation, labels, trace ids). ``capture`` redacts the prompt and answer added to the
        event (None: none are); ``checks`` are run on a complete answer (None: none are);
        ``keep_answer`` keeps the answer's text without either (``answer_text``). The call
        is timed by ``clock`` (seconds) from the end of this (or from ``begin()``)."""
        self.clock = clock
        self.event: dict[str, Any] = {"type": "llm_call", **fields,
                                      "model": request_model(request)}
        named = user_id(request)  # the end user the call names: hashed by the sidecar
        if named and "user" not in self.event:
            self.event["user"] = named
        if capture is not None:
            self.event["input_messages"] = captured(request_messages(request), capture)
            hashed = capture.user_id(named) if named else ""
            if hashed:
                self.event["user_hash"] = hashed
        self.capture = capture
        answers = fmt.operation != "embeddings"
        self.checks = checks if answers else None
        self.expect = expectation(request) if self.checks is not None else None
        # the tools the answer asks to call, read where the request offered some
        self.tools = answers and bool(request.get("tools"))
        text = capture is not None or self.checks is not None or keep_answer
        self.answer = AnswerText(text) if answers and (text or self.tools) else None
        self.accumulator = Accumulator(fmt)
        self.start = clock()

    def begin(self) -> None:
        """Time the call from now (the proxy: when the request goes upstream)."""
        self.start = self.clock()

    def stream_event(self, data: Any, name: str = "") -> None:
        """Read one streamed event's data (``name``: its SSE event name)."""
        if self.answer is not None:
            self.answer.stream_event(data)
        if self.accumulator.stream_event(data, name) and "ttft_s" not in self.event:
            self.event["ttft_s"] = self.clock() - self.start

    def response(self, body: Any) -> None:
        """Read a whole JSON response."""
        self.accumulator.response(body)
        if self.answer is not None:
            self.answer.response(body)

    def answer_text(self) -> str:
        return self.answer.text() if self.answer is not None else ""

    def finish(self, error_type: str = "", complete: bool = True) -> dict[str, Any]:
        """The call's event, timed until now. The checks read only a ``complete`` answer
        of a call without ``error_type`` (not one cut off, nor one passed on unread)."""
        duration = self.clock() - self.start
        event = {**self.event, **self.accumulator.fields, "duration_s": duration}
        if self.answer is not None:
            if self.tools and not error_type:
                names = [name for name, _ in self.answer.tool_calls() if name]
                if names:  # each cut to its length by protocol.clip
                    event["tool_calls"] = names
            if self.checks is not None and complete and not error_type:
                event["checks"] = self.checks.run(
                    self.answer.text(), finish_reason=event.get("finish_reason", ""),
                    tool_calls=self.answer.tool_calls(), expect=self.expect,
                    prompt_name=event.get("prompt_name", ""))
            if self.capture is not None and (messages := self.answer.messages()):
                event["output_messages"] = captured(messages, self.capture)
        if error_type:
            event["error_type"] = error_type
        if event.get("ttft_s", 0) > duration:
            event["ttft_s"] = duration
        return event
