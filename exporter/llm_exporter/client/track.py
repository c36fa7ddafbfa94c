"""``track()``: time one LLM call in application code and emit its event on exit."""

from __future__ import annotations

import functools
import inspect
import time
from collections.abc import Callable
from typing import Any

from llm_exporter.checks import AnswerChecks, default_checks, expectation
from llm_exporter.client.context import child_fields
from llm_exporter.client.emitter import Emitter
from llm_exporter.client.timed import TimedEvent


class Call(TimedEvent):
    """One timed LLM call; fill it in inside ``track()`` and it is sent on exit."""

    def __init__(self, emitter: Emitter | None, fields: dict[str, Any]):
        super().__init__(emitter, {"v": 1, "type": "llm_call", "operation": "chat"})
        self.event.update({k: v for k, v in fields.items() if v is not None})

    def first_token(self) -> None:
        """Mark the first streamed chunk (the first call counts) for TTFT."""
        if "ttft_s" not in self.event:
            self.event["ttft_s"] = time.perf_counter() - self._start

    def usage(self, **tokens: int | None) -> None:
        """Record token counts: input_tokens, output_tokens, cache_read_tokens, ..."""
        self.event.update({k: v for k, v in tokens.items() if v is not None})

    def set(self, **fields: Any) -> None:
        """Set any other event field (finish_reason, refusal, retries, cost_usd, ...)."""
        self.event.update(fields)

    def check(self, answer: str, *, tool_calls: list[tuple[str, str]] | None = None,
              request: dict | None = None, checks: AnswerChecks | None = None) -> dict[str, str]:
        """Run the answer checks on the answer's text (with this call's finish_reason and
        prompt_name, set them first) and send their results with the call; the text is not
        sent. Returns the results."""
        results = check(answer, finish_reason=self.event.get("finish_reason", ""),
                        tool_calls=tool_calls, request=request,
                        prompt_name=self.event.get("prompt_name", ""), checks=checks)
        self.event["checks"] = results
        return results

    def __enter__(self) -> Call:
        if "trace_id" not in self.event:  # inside a workflow: a span under the current one
            self.event.update(child_fields())
        return super().__enter__()


def check(answer: str, *, finish_reason: str = "", tool_calls: list[tuple[str, str]] | None = None,
          request: dict | None = None, prompt_name: str = "",
          checks: AnswerChecks | None = None) -> dict[str, str]:
    """The answer checks' results for one answer, ``{check: "pass" | "fail"}``, to send in an
    event's ``checks`` field (``Call.check`` does it for you). ``request``: the request's
    arguments, for the JSON, schema and tool checks; ``checks``: which to run (default: the
    built-in ones)."""
    return (checks or default_checks()).run(
        answer, finish_reason=finish_reason, tool_calls=tool_calls,
        expect=expectation(request) if request is not None else None, prompt_name=prompt_name)


class track:  # noqa: N801 - used like a function, as contextlib's helpers are
    """Time an LLM call as a context manager (sync or async) or as a decorator.

        with track(provider="anthropic", model="claude-sonnet-4-5") as call: ...

        @track(provider="openai", model="gpt-4o-mini", operation="embeddings")
        def embed(texts): ...
    """

    def __init__(self, *, model: str, provider: str | None = None, operation: str = "chat",
                 tenant: str | None = None, prompt_name: str | None = None,
                 prompt_version: str | None = None, trace_id: str | None = None,
                 emitter: Emitter | None = None, **fields: Any):
        self._emitter = emitter
        self._fields = dict(fields, model=model, provider=provider, operation=operation,
                            tenant=tenant, prompt_name=prompt_name,
                            prompt_version=prompt_version, trace_id=trace_id)
        self._call: Call | None = None

    def __enter__(self) -> Call:
        self._call = Call(self._emitter, self._fields)
        return self._call.__enter__()

    def __exit__(self, *exc: Any) -> None:
        assert self._call is not None
        self._call.__exit__(*exc)

    async def __aenter__(self) -> Call:
        return self.__enter__()

    async def __aexit__(self, *exc: Any) -> None:
        self.__exit__(*exc)

    def __call__(self, func: Callable[..., Any]) -> Callable[..., Any]:
        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                with Call(self._emitter, self._fields):
                    return await func(*args, **kwargs)
            return async_wrapper

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with Call(self._emitter, self._fields):
                return func(*args, **kwargs)
        return wrapper
