"""SDK wrappers: one call instruments an ``openai`` or ``anthropic`` client object."""

from __future__ import annotations

import functools
import inspect
import time
from collections.abc import Callable
from typing import Any

from llm_exporter.client.context import child_fields
from llm_exporter.client.emitter import Emitter, get_emitter
from llm_exporter.protocol import CLIENT_CANCELLED, clip
from llm_exporter.providers import (
    ANTHROPIC_FORMATS,
    OPENAI_FORMATS,
    Accumulator,
    WireFormat,
    ask_for_usage,
    classify_exception,
    is_usage_chunk,
    request_model,
)

# No SDK import here: the client objects are handled by duck typing, their responses through
# model_dump(); what the responses mean is llm_exporter.providers, shared with the proxy.


def instrument_openai(client: Any, *, provider: str = "openai", emitter: Emitter | None = None,
                      **labels: str) -> Any:
    """Make every call of an ``openai.OpenAI`` or ``AsyncOpenAI`` client emit an event.

    Covers chat.completions, completions, embeddings and responses ``create``, streaming
    included. ``labels`` may set tenant, prompt_name, prompt_version. Returns the client.
    """
    for fmt in OPENAI_FORMATS:
        _instrument(client, fmt, provider, emitter, labels)
    return client


def instrument_anthropic(client: Any, *, provider: str = "anthropic",
                         emitter: Emitter | None = None, **labels: str) -> Any:
    """Make every call of an ``anthropic.Anthropic`` or ``AsyncAnthropic`` client emit an
    event: ``messages.create`` (streaming included) and the ``messages.stream()`` helper."""
    for fmt in ANTHROPIC_FORMATS:
        _instrument(client, fmt, provider, emitter, labels)
        resource = _resource(client, fmt.sdk_resource)
        stream = getattr(resource, "stream", None)
        if stream is not None and not getattr(stream, "_llm_exporter", False):
            base = {"provider": provider, "operation": fmt.operation, **labels}
            resource.stream = _wrap_stream_helper(stream, fmt, base, emitter)
    return client


def _resource(client: Any, path: str) -> Any:
    for name in path.split("."):
        client = getattr(client, name, None)
        if client is None:
            return None
    return client


def _instrument(client: Any, fmt: WireFormat, provider: str, emitter: Emitter | None,
                labels: dict) -> None:
    resource = _resource(client, fmt.sdk_resource)
    if resource is None or getattr(resource.create, "_llm_exporter", False):
        return
    base = {"provider": provider, "operation": fmt.operation, **labels}
    resource.create = _wrap_create(resource.create, fmt, base, emitter)


def _as_dict(obj: Any) -> Any:
    if isinstance(obj, dict):
        return obj
    dump = getattr(obj, "model_dump", None)
    try:
        return dump() if dump else {}
    except Exception:
        return {}


class _Observed:
    """One SDK call being measured."""

    def __init__(self, fmt: WireFormat, base: dict, kwargs: dict, emitter: Emitter | None):
        self.event = {"v": 1, "type": "llm_call", **base, "model": request_model(kwargs),
                      **child_fields()}
        self.accumulator = Accumulator(fmt)
        self.emitter = emitter
        self.start = time.perf_counter()
        self.done = False

    def chunk(self, data: Any, strip: bool) -> bool:
        """Read one stream chunk; True when it is the usage chunk to hide from the caller."""
        fields = _as_dict(data)
        if self.accumulator.stream_event(fields) and "ttft_s" not in self.event:
            self.event["ttft_s"] = time.perf_counter() - self.start
        return strip and is_usage_chunk(fields)

    def finish(self, response: Any = None, error: BaseException | None = None,
               error_type: str | None = None) -> None:
        if self.done:
            return
        self.done = True
        if response is not None:
            self.accumulator.response(_as_dict(response))
        event = {**self.event, **self.accumulator.fields,
                 "duration_s": time.perf_counter() - self.start}
        if error is not None:
            event["error_type"] = classify_exception(error)
        elif error_type:
            event["error_type"] = error_type
        (self.emitter or get_emitter()).emit(clip(event))  # upstream values can be long


def _wrap_create(create: Callable[..., Any], fmt: WireFormat, base: dict,
                 emitter: Emitter | None) -> Callable[..., Any]:
    # The SDKs' async create is not always an `async def` (decorators hide it), so the
    # result decides: a coroutine is finished once awaited.
    @functools.wraps(create)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        strip = ask_for_usage(fmt, kwargs)
        call = _Observed(fmt, base, kwargs, emitter)
        try:
            result = create(*args, **kwargs)
        except BaseException as e:
            call.finish(error=e)
            raise
        if inspect.isawaitable(result):
            return _finish_async(result, call, strip, bool(kwargs.get("stream")))
        if kwargs.get("stream"):
            return _SyncStream(result, call, strip)
        call.finish(result)
        return result

    wrapper._llm_exporter = True  # type: ignore[attr-defined]
    return wrapper


async def _finish_async(pending: Any, call: _Observed, strip: bool, stream: bool) -> Any:
    try:
        result = await pending
    except BaseException as e:
        call.finish(error=e)
        raise
    if stream:
        return _AsyncStream(result, call, strip)
    call.finish(result)
    return result


class _SyncStream:
    """The SDK's stream, observed chunk by chunk; emits when it ends or is closed."""

    def __init__(self, stream: Any, call: _Observed, strip: bool):
        self._stream, self._call, self._strip = stream, call, strip
        self._iterator = iter(stream)

    def __iter__(self) -> _SyncStream:
        return self

    def __next__(self) -> Any:
        while True:
            try:
                chunk = next(self._iterator)
            except StopIteration:
                self._call.finish()
                raise
            except BaseException as e:
                self._call.finish(error=e)
                raise
            if not self._call.chunk(chunk, self._strip):
                return chunk

    def __enter__(self) -> _SyncStream:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._call.finish(error_type=CLIENT_CANCELLED)
        self._stream.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _AsyncStream:
    """The async variant of _SyncStream."""

    def __init__(self, stream: Any, call: _Observed, strip: bool):
        self._stream, self._call, self._strip = stream, call, strip
        self._iterator = stream.__aiter__()

    def __aiter__(self) -> _AsyncStream:
        return self

    async def __anext__(self) -> Any:
        while True:
            try:
                chunk = await self._iterator.__anext__()
            except StopAsyncIteration:
                self._call.finish()
                raise
            except BaseException as e:
                self._call.finish(error=e)
                raise
            if not self._call.chunk(chunk, self._strip):
                return chunk

    async def __aenter__(self) -> _AsyncStream:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        self._call.finish(error_type=CLIENT_CANCELLED)
        await self._stream.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _wrap_stream_helper(stream: Callable[..., Any], fmt: WireFormat, base: dict,
                        emitter: Emitter | None) -> Callable[..., Any]:
    """Anthropic's ``messages.stream()``: measured from enter to exit, usage from the final
    message. (Its events are consumed inside the SDK, so time to first token is not seen.)"""

    @functools.wraps(stream)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return _StreamManager(stream(*args, **kwargs), _Observed(fmt, base, kwargs, emitter))

    wrapper._llm_exporter = True  # type: ignore[attr-defined]
    return wrapper


class _StreamManager:
    def __init__(self, manager: Any, call: _Observed):
        self._manager, self._call, self._stream = manager, call, None

    def __enter__(self) -> Any:
        self._stream = self._manager.__enter__()
        return self._stream

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        try:
            if exc is None:
                self._call.finish(self._stream.get_final_message())
            else:
                self._call.finish(error=exc)
        except Exception as e:
            self._call.finish(error=e)
        return self._manager.__exit__(exc_type, exc, tb)

    async def __aenter__(self) -> Any:
        self._stream = await self._manager.__aenter__()
        return self._stream

    async def __aexit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        try:
            if exc is None:
                self._call.finish(await self._stream.get_final_message())
            else:
                self._call.finish(error=exc)
        except Exception as e:
            self._call.finish(error=e)
        return await self._manager.__aexit__(exc_type, exc, tb)
