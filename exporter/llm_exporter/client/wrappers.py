"""SDK wrappers: one call instruments an ``openai`` or ``anthropic`` client object."""

from __future__ import annotations

import contextlib
import functools
import inspect
import logging
import os
from collections.abc import Callable
from typing import Any, NamedTuple

from llm_exporter.checks import AnswerChecks, default_checks
from llm_exporter.client.context import child_fields
from llm_exporter.client.emitter import Emitter, get_emitter
from llm_exporter.observer import ObservedCall
from llm_exporter.protocol import CLIENT_CANCELLED, clip
from llm_exporter.providers import (
    ANTHROPIC_FORMATS,
    OPENAI_FORMATS,
    WireFormat,
    ask_for_usage,
    classify_exception,
    is_usage_chunk,
)
from llm_exporter.redact import Redactor, parse_user_id_key

ENV_CAPTURE = "LLM_EXPORTER_CAPTURE_CONTENT"  # "true": capture prompts and answers, redacted
ENV_USER_ID_KEY = "LLM_EXPORTER_USER_ID_KEY"  # the HMAC key user ids are hashed with, hex

# No SDK import here: the client objects are handled by duck typing, their responses through
# model_dump(); what the responses mean is llm_exporter.providers, shared with the proxy.


def instrument_openai(client: Any, *, provider: str = "openai", emitter: Emitter | None = None,
                      capture_content: bool | None = None, redactor: Redactor | None = None,
                      checks: AnswerChecks | bool = True, **labels: str) -> Any:
    """Make every call of an ``openai.OpenAI`` or ``AsyncOpenAI`` client emit an event.

    Covers chat.completions, completions, embeddings and responses ``create``, streaming
    included. ``labels`` may set tenant, prompt_name, prompt_version. ``checks`` runs answer
    checks on each answer (``llm_exporter.checks``; True: the built-in ones, False: none) and
    sends only their results. ``capture_content`` (default: the
    LLM_EXPORTER_CAPTURE_CONTENT environment variable, else off) adds the prompt and answer,
    redacted by ``redactor`` (default: the built-in patterns, user ids hashed with
    the hex key in LLM_EXPORTER_USER_ID_KEY), for the sidecar's spans. Returns the client.
    """
    observe = _Options(emitter, _capture(capture_content, redactor), _checks(checks))
    for fmt in OPENAI_FORMATS:
        _instrument(client, fmt, provider, labels, observe)
    return client


def instrument_anthropic(client: Any, *, provider: str = "anthropic",
                         emitter: Emitter | None = None, capture_content: bool | None = None,
                         redactor: Redactor | None = None, checks: AnswerChecks | bool = True,
                         **labels: str) -> Any:
    """Make every call of an ``anthropic.Anthropic`` or ``AsyncAnthropic`` client emit an
    event: ``messages.create`` (streaming included) and the ``messages.stream()`` helper.
    ``checks``, ``capture_content`` and ``redactor`` as for ``instrument_openai``."""
    observe = _Options(emitter, _capture(capture_content, redactor), _checks(checks))
    for fmt in ANTHROPIC_FORMATS:
        _instrument(client, fmt, provider, labels, observe)
        resource = _resource(client, fmt.sdk_resource)
        stream = getattr(resource, "stream", None)
        if stream is not None and not getattr(stream, "_llm_exporter", False):
            base = {"provider": provider, "operation": fmt.operation, **labels}
            resource.stream = _wrap_stream_helper(stream, fmt, base, observe)
    return client


class _Options(NamedTuple):
    """What every call of one instrumented client shares."""

    emitter: Emitter | None
    capture: Redactor | None  # None: content is not captured
    checks: AnswerChecks | None  # None: answers are not checked


def _checks(checks: AnswerChecks | bool) -> AnswerChecks | None:
    if checks is True:
        return default_checks()
    return checks or None


def _capture(on: bool | None, redactor: Redactor | None) -> Redactor | None:
    """The redactor content is captured with, or None when capture is off."""
    if on is None:
        on = os.environ.get(ENV_CAPTURE, "").strip().lower() in ("1", "true", "yes")
    if not on:
        return None
    if redactor is not None:
        return redactor
    key = os.environ.get(ENV_USER_ID_KEY, "")
    try:  # hex, as the sidecar reads its key files: the same user, the same hash
        return Redactor(user_id_key=parse_user_id_key(key) if key.strip() else b"")
    except ValueError as e:  # never raise into the app: user ids are then dropped
        logging.getLogger(__name__).warning("%s: %s; user ids are left out of spans",
                                            ENV_USER_ID_KEY, e)
        return Redactor()


def _resource(client: Any, path: str) -> Any:
    for name in path.split("."):
        client = getattr(client, name, None)
        if client is None:
            return None
    return client


def _instrument(client: Any, fmt: WireFormat, provider: str, labels: dict,
                observe: _Options) -> None:
    resource = _resource(client, fmt.sdk_resource)
    if resource is None or getattr(resource.create, "_llm_exporter", False):
        return
    base = {"provider": provider, "operation": fmt.operation, **labels}
    resource.create = _wrap_create(resource.create, fmt, base, observe)


def _as_dict(obj: Any) -> Any:
    if isinstance(obj, dict):
        return obj
    dump = getattr(obj, "model_dump", None)
    try:
        return dump() if dump else {}
    except Exception:
        return {}


class _Call:
    """One SDK call being measured; its event is emitted once, when the call ends. Used as a
    context manager around each step that may end it: an exception (or the end of a stream)
    finishes the call and goes on."""

    def __init__(self, fmt: WireFormat, base: dict, kwargs: dict, observe: _Options):
        extra = kwargs.get("extra_body")  # the SDK merges it over the other arguments
        request = {**kwargs, **extra} if isinstance(extra, dict) else kwargs
        self.observed = ObservedCall(fmt, request, {"v": 1, **base, **child_fields()},
                                     capture=observe.capture, checks=observe.checks)
        self.emitter = observe.emitter
        self.done = False

    def chunk(self, data: Any, strip: bool) -> bool:
        """Read one stream chunk; True when it is the usage chunk to hide from the caller."""
        fields = _as_dict(data)
        self.observed.stream_event(fields)
        return strip and is_usage_chunk(fields)

    def finish(self, response: Any = None, error: BaseException | None = None,
               error_type: str = "") -> None:
        if self.done:
            return
        self.done = True
        if response is not None:
            self.observed.response(_as_dict(response))
        if error is not None:
            error_type = classify_exception(error)
        event = self.observed.finish(error_type)
        (self.emitter or get_emitter()).emit(clip(event))  # upstream values can be long

    def __enter__(self) -> _Call:
        return self

    def __exit__(self, kind: Any, error: Any, tb: Any) -> None:
        if kind is StopIteration or kind is StopAsyncIteration:
            self.finish()
        elif error is not None:
            self.finish(error=error)


def _wrap_create(create: Callable[..., Any], fmt: WireFormat, base: dict,
                 observe: _Options) -> Callable[..., Any]:
    # The SDKs' async create is not always an `async def` (decorators hide it), so the
    # result decides: a coroutine is finished once awaited.
    @functools.wraps(create)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        strip = ask_for_usage(fmt, kwargs)
        call = _Call(fmt, base, kwargs, observe)
        with call:
            result = create(*args, **kwargs)
        if inspect.isawaitable(result):
            return _finish_async(result, call, strip, bool(kwargs.get("stream")))
        if kwargs.get("stream"):
            return _SyncStream(result, call, strip)
        call.finish(result)
        return result

    wrapper._llm_exporter = True  # type: ignore[attr-defined]  # typeshed's _Wrapped: no extra attrs
    return wrapper


async def _finish_async(pending: Any, call: _Call, strip: bool, stream: bool) -> Any:
    with call:
        result = await pending
    if stream:
        return _AsyncStream(result, call, strip)
    call.finish(result)
    return result


class _Stream:
    """The SDK's stream, observed chunk by chunk; the call ends with the stream, or when the
    caller closes it early."""

    def __init__(self, stream: Any, call: _Call, strip: bool):
        self._stream, self._call, self._strip = stream, call, strip

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _SyncStream(_Stream):
    def __init__(self, stream: Any, call: _Call, strip: bool):
        super().__init__(stream, call, strip)
        self._iterator = iter(stream)

    def __iter__(self) -> _SyncStream:
        return self

    def __next__(self) -> Any:
        while True:
            with self._call:
                chunk = next(self._iterator)
            if not self._call.chunk(chunk, self._strip):
                return chunk

    def __enter__(self) -> _SyncStream:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._call.finish(error_type=CLIENT_CANCELLED)
        self._stream.close()


class _AsyncStream(_Stream):
    def __init__(self, stream: Any, call: _Call, strip: bool):
        super().__init__(stream, call, strip)
        self._iterator = stream.__aiter__()

    def __aiter__(self) -> _AsyncStream:
        return self

    async def __anext__(self) -> Any:
        while True:
            with self._call:
                chunk = await self._iterator.__anext__()
            if not self._call.chunk(chunk, self._strip):
                return chunk

    async def __aenter__(self) -> _AsyncStream:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        self._call.finish(error_type=CLIENT_CANCELLED)
        await self._stream.close()


def _wrap_stream_helper(stream: Callable[..., Any], fmt: WireFormat, base: dict,
                        observe: _Options) -> Callable[..., Any]:
    """Anthropic's ``messages.stream()``: measured from enter to exit, usage from the final
    message. (Its events are consumed inside the SDK, so time to first token is not seen.)"""

    @functools.wraps(stream)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return _StreamManager(stream(*args, **kwargs), _Call(fmt, base, kwargs, observe))

    wrapper._llm_exporter = True  # type: ignore[attr-defined]  # typeshed's _Wrapped: no extra attrs
    return wrapper


class _StreamManager:
    def __init__(self, manager: Any, call: _Call):
        self._manager, self._call = manager, call
        self._stream: Any = None  # the SDK's stream, once entered

    def __enter__(self) -> Any:
        self._stream = self._manager.__enter__()
        return self._stream

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        try:  # the final message may raise (the stream cut off): the call's error, not the app's
            with contextlib.suppress(Exception), self._call:
                self._call.finish(self._stream.get_final_message() if exc is None else None,
                                  error=exc)
        except BaseException:  # interrupted: the SDK's response is closed all the same
            self._manager.__exit__(exc_type, exc, tb)
            raise
        return self._manager.__exit__(exc_type, exc, tb)

    async def __aenter__(self) -> Any:
        self._stream = await self._manager.__aenter__()
        return self._stream

    async def __aexit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        try:
            with contextlib.suppress(Exception), self._call:
                self._call.finish(await self._stream.get_final_message() if exc is None
                                  else None, error=exc)
        except BaseException:
            await self._manager.__aexit__(exc_type, exc, tb)
            raise
        return await self._manager.__aexit__(exc_type, exc, tb)
