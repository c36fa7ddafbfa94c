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
"""

from __future__ import annotations

import atexit
import collections
import functools
import inspect
import json
import logging
import os
import socket
import threading
import time
import urllib.parse
import weakref
from collections.abc import Callable
from typing import Any

__all__ = ["Emitter", "emit", "get_emitter", "track", "instrument_openai",
           "instrument_anthropic", "DEFAULT_UDP_ADDRESS", "ENV_ADDR"]

ENV_ADDR = "LLM_EXPORTER_ADDR"
DEFAULT_UDP_ADDRESS = "127.0.0.1:9479"
MAX_DATAGRAM_BYTES = 64 * 1024 - 1024
_QUEUE_SIZE = 10_000  # events held while the sidecar is slow or away
_BATCH = 1000  # events sent in one go at most
_LINGER_SECONDS = 0.005  # how long the sender waits for a batch to gather
_RECONNECT_SECONDS = 1.0
_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def default_unixgram_path() -> str:
    """Where the sidecar's unix datagram socket lives unless configured otherwise."""
    runtime_dir = os.environ.get("XDG_RUNTIME_DIR") or "/tmp"
    return os.path.join(runtime_dir, "llm-exporter.sock")


def default_address() -> str:
    """The address an Emitter uses when none is given: $LLM_EXPORTER_ADDR or loopback UDP."""
    return os.environ.get(ENV_ADDR) or f"udp:{DEFAULT_UDP_ADDRESS}"


class Emitter:
    """Sends events to one sidecar address. Thread-safe, fork-safe, never raises.

    ``emit()`` encodes the event and appends it to a bounded in-memory queue; one background
    thread sends what gathered every ``linger`` seconds, as JSON-array datagrams (UDP, unix
    datagram), newline-delimited lines (streams) or one POST (HTTP). The caller never waits
    for a syscall: a paced non-blocking sendto costs ~20 µs here because it wakes the sidecar.
    """

    def __init__(self, address: str | None = None, *, queue_size: int = _QUEUE_SIZE,
                 linger: float = _LINGER_SECONDS):
        self.address = address or default_address()
        try:
            self.kind, self._target = _parse_address(self.address)
        except ValueError as e:
            # A bad address (a typo in LLM_EXPORTER_ADDR) must not break the application:
            # say so once, then count every event as dropped.
            logging.getLogger(__name__).warning("%s; events will be dropped", e)
            self.kind, self._target = "invalid", None
        self.sent = 0
        self.dropped = 0
        self._queue_size = queue_size
        self._linger = linger
        self._send = {"udp": self._send_datagrams, "unixgram": self._send_datagrams,
                      "tcp": self._send_stream, "unix": self._send_stream,
                      "http": self._send_http}.get(self.kind)
        self._reset()
        _emitters.add(self)

    def _reset(self) -> None:
        """Fresh state: at creation, and in a forked child (no thread, own socket)."""
        self._lock = threading.Lock()
        self._wakeup = threading.Condition(self._lock)
        self._queue: collections.deque[bytes] = collections.deque()
        self._in_flight = 0
        self._unreported = 0
        self._hurry = False
        self._closed = False
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None

    def emit(self, event: dict[str, Any]) -> bool:
        """Queue one event for sending; False if it had to be dropped. Never raises."""
        try:
            data = _dumps(event).encode()
        except Exception:
            self._drop(1)
            return False
        if self._send is None or len(data) > MAX_DATAGRAM_BYTES:
            self._drop(1)
            return False
        with self._lock:
            queue = self._queue
            if len(queue) >= self._queue_size or self._closed:
                self.dropped += 1
                self._unreported += 1
                return False
            queue.append(data)
            if len(queue) == 1:
                if self._thread is None:
                    self._thread = threading.Thread(
                        target=self._run, name="llm-exporter-emitter", daemon=True)
                    self._thread.start()
                self._wakeup.notify()
        return True

    def flush(self, timeout: float = 5.0) -> bool:
        """Send what is queued now and wait for it; True when nothing is left."""
        deadline = time.monotonic() + timeout
        with self._lock:
            self._hurry = True
            self._wakeup.notify_all()
            while (self._queue or self._in_flight) and self._thread is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._wakeup.wait(min(remaining, 0.05))
            self._hurry = False
            return not self._queue and not self._in_flight

    def close(self) -> None:
        """Send what is queued (for a second at most) and stop the thread."""
        self.flush(1.0)
        with self._lock:
            self._closed = True
            self._wakeup.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(1.0)
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _run(self) -> None:
        assert self._send is not None
        while True:
            with self._lock:
                while not self._queue and not self._closed:
                    self._wakeup.wait()
                if not self._queue:
                    return
                if not (self._closed or self._hurry) and len(self._queue) < _BATCH:
                    self._wakeup.wait(self._linger)  # let a batch gather
                n = min(len(self._queue), _BATCH)
                batch = [self._queue.popleft() for _ in range(n)]
                carried, self._unreported = self._unreported, 0
                self._in_flight = n
            if carried:  # report earlier drops inside the first event of this batch
                batch[0] = b'{"client_dropped":%d,' % carried + batch[0][1:]
            try:
                delivered = self._send(batch)
            except Exception:
                delivered = 0
                if self._sock is not None:
                    self._sock.close()
                    self._sock = None
                if self.kind not in ("udp", "unixgram"):
                    time.sleep(_RECONNECT_SECONDS)  # the sidecar is down: do not spin
            with self._lock:
                self.sent += delivered
                self.dropped += n - delivered
                self._unreported += n - delivered + (carried if delivered == 0 else 0)
                self._in_flight = 0
                self._wakeup.notify_all()

    def _send_datagrams(self, batch: list[bytes]) -> int:
        """JSON arrays of up to MAX_DATAGRAM_BYTES; returns the events that went out."""
        if self._sock is None:
            family = socket.AF_UNIX if self.kind == "unixgram" else _family(self._target[0])
            self._sock = socket.socket(family, socket.SOCK_DGRAM)
            self._sock.setblocking(False)
        delivered = 0
        for chunk in _pack(batch, MAX_DATAGRAM_BYTES):
            payload = chunk[0] if len(chunk) == 1 else b"[" + b",".join(chunk) + b"]"
            try:
                self._sock.sendto(payload, self._target)
                delivered += len(chunk)
            except OSError:
                # EAGAIN (receiver queue full), ECONNREFUSED / ENOENT (sidecar not running)
                pass
        return delivered

    def _send_stream(self, batch: list[bytes]) -> int:
        if self._sock is None:
            if self.kind == "unix":
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            else:
                sock = socket.socket(_family(self._target[0]), socket.SOCK_STREAM)
            sock.settimeout(5.0)
            sock.connect(self._target)
            self._sock = sock
        self._sock.sendall(b"\n".join(batch) + b"\n")
        return len(batch)

    def _send_http(self, batch: list[bytes]) -> int:
        import http.client

        host, port, path = self._target
        conn = http.client.HTTPConnection(host, port, timeout=5.0)
        try:
            conn.request(
                "POST", path, b"[" + b",".join(batch) + b"]", {"Content-Type": "application/json"}
            )
            response = conn.getresponse()
            response.read()
            if response.status >= 300:
                raise OSError(f"sidecar answered HTTP {response.status}")
        finally:
            conn.close()
        return len(batch)

    def _drop(self, n: int) -> None:
        with self._lock:
            self.dropped += n
            self._unreported += n


def _pack(batch: list[bytes], limit: int) -> list[list[bytes]]:
    """Split encoded events into groups whose JSON array fits in ``limit`` bytes."""
    chunks: list[list[bytes]] = []
    current: list[bytes] = []
    size = 2
    for item in batch:
        if current and size + len(item) + 1 > limit:
            chunks.append(current)
            current, size = [], 2
        current.append(item)
        size += len(item) + 1
    if current:
        chunks.append(current)
    return chunks


def _parse_address(address: str) -> tuple[str, Any]:
    if address.startswith(("http://", "https://")):
        url = urllib.parse.urlsplit(address)
        path = url.path.rstrip("/")
        if not path.endswith("/v1/events"):
            path += "/v1/events"
        return "http", (url.hostname, url.port or 80, path)
    kind, sep, rest = address.partition(":")
    if not sep or kind not in ("udp", "unixgram", "tcp", "unix"):
        raise ValueError(
            f"llm-exporter address {address!r}: expected udp:HOST:PORT, unixgram:PATH, "
            "tcp:HOST:PORT, unix:PATH or http://HOST:PORT"
        )
    if kind in ("unixgram", "unix"):
        return kind, rest
    host, _, port = rest.rpartition(":")
    if not port.isdigit():
        raise ValueError(f"llm-exporter address {address!r}: expected {kind}:HOST:PORT")
    return kind, (host.strip("[]") or "127.0.0.1", int(port))


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


_emitters: weakref.WeakSet[Emitter] = weakref.WeakSet()
_default: Emitter | None = None
_default_lock = threading.Lock()


def _after_fork_in_child() -> None:
    # The child has the parent's queue and socket but not its thread: start afresh.
    global _default_lock
    _default_lock = threading.Lock()
    for emitter in list(_emitters):
        emitter._reset()


def _flush_at_exit() -> None:
    for emitter in list(_emitters):
        emitter.flush(0.5)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
atexit.register(_flush_at_exit)


def get_emitter() -> Emitter:
    """The process-wide emitter for $LLM_EXPORTER_ADDR (created on first use)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Emitter()
    return _default


def emit(event: dict[str, Any]) -> bool:
    """Send one event through the process-wide emitter. Never raises."""
    return get_emitter().emit(event)


def classify_error(exc: BaseException) -> str:
    """A low-cardinality error_type for an exception from any provider SDK."""
    status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
    if not isinstance(status, int):
        status = getattr(getattr(exc, "response", None), "status_code", None)
    name = type(exc).__name__
    lowered = name.lower()
    if isinstance(exc, TimeoutError) or "timeout" in lowered:
        return "timeout"
    if status == 429 or "ratelimit" in lowered:
        return "rate_limit"
    if isinstance(status, int):
        if status in (401, 403):
            return "auth"
        if status >= 500:
            return "server_error"
        if 400 <= status < 500:
            return "invalid_request"
    if isinstance(exc, ConnectionError) or "connection" in lowered:
        return "connection"
    if "contentfilter" in lowered:
        return "content_filter"
    return name


class Call:
    """One timed LLM call; fill it in inside ``track()`` and it is sent on exit."""

    def __init__(self, emitter: Emitter | None, fields: dict[str, Any]):
        self._emitter = emitter
        self.event: dict[str, Any] = {"v": 1, "type": "llm_call", "operation": "chat"}
        self.event.update({k: v for k, v in fields.items() if v is not None})
        self._start = 0.0

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

    def __enter__(self) -> Call:
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        self.event["duration_s"] = time.perf_counter() - self._start
        if exc is not None and "error_type" not in self.event:
            self.event["error_type"] = classify_error(exc)
        (self._emitter or get_emitter()).emit(self.event)

    async def __aenter__(self) -> Call:
        return self.__enter__()

    async def __aexit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        self.__exit__(exc_type, exc, tb)


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


# SDK wrappers: one call instruments an openai or anthropic client. No SDK import here: the
# client objects are handled by duck typing, their responses through model_dump().

_OPENAI_METHODS = (("chat.completions", "openai_chat", "chat"),
                   ("completions", "openai_completions", "text_completion"),
                   ("embeddings", "openai_embeddings", "embeddings"),
                   ("responses", "openai_responses", "chat"))
_ANTHROPIC_METHODS = (("messages", "anthropic_messages", "chat"),)


def instrument_openai(client: Any, *, provider: str = "openai", emitter: Emitter | None = None,
                      **labels: str) -> Any:
    """Make every call of an ``openai.OpenAI`` or ``AsyncOpenAI`` client emit an event.

    Covers chat.completions, completions, embeddings and responses ``create``, streaming
    included. ``labels`` may set tenant, prompt_name, prompt_version. Returns the client.
    """
    for path, fmt, operation in _OPENAI_METHODS:
        _instrument(client, path, fmt, operation, provider, emitter, labels)
    return client


def instrument_anthropic(client: Any, *, provider: str = "anthropic",
                         emitter: Emitter | None = None, **labels: str) -> Any:
    """Make every call of an ``anthropic.Anthropic`` or ``AsyncAnthropic`` client emit an
    event: ``messages.create`` (streaming included) and the ``messages.stream()`` helper."""
    for path, fmt, operation in _ANTHROPIC_METHODS:
        _instrument(client, path, fmt, operation, provider, emitter, labels)
        resource = _resource(client, path)
        stream = getattr(resource, "stream", None)
        if stream is not None and not getattr(stream, "_llm_exporter", False):
            base = {"provider": provider, "operation": operation, **labels}
            resource.stream = _wrap_stream_helper(stream, fmt, base, emitter)
    return client


def _resource(client: Any, path: str) -> Any:
    for name in path.split("."):
        client = getattr(client, name, None)
        if client is None:
            return None
    return client


def _instrument(client, path, fmt, operation, provider, emitter, labels) -> None:
    resource = _resource(client, path)
    if resource is None or getattr(resource.create, "_llm_exporter", False):
        return
    base = {"provider": provider, "operation": operation, **labels}
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

    def __init__(self, fmt: str, base: dict, kwargs: dict, emitter: Emitter | None):
        from llm_exporter.usage import Accumulator

        self.event = {"v": 1, "type": "llm_call", **base,
                      "model": str(kwargs.get("model") or "unknown")}
        self.accumulator = Accumulator(fmt)
        self.emitter = emitter
        self.start = time.perf_counter()
        self.done = False

    def chunk(self, data: Any) -> None:
        if self.accumulator.stream_event(_as_dict(data)) and "ttft_s" not in self.event:
            self.event["ttft_s"] = time.perf_counter() - self.start

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
            event["error_type"] = classify_error(error)
        elif error_type:
            event["error_type"] = error_type
        (self.emitter or get_emitter()).emit(event)


def _prepare(fmt: str, kwargs: dict) -> bool:
    """Ask an OpenAI stream for usage; True when the client did not (strip that chunk)."""
    if (kwargs.get("stream") and fmt in ("openai_chat", "openai_completions")
            and not (kwargs.get("stream_options") or {}).get("include_usage")):
        kwargs["stream_options"] = {**(kwargs.get("stream_options") or {}),
                                    "include_usage": True}
        return True
    return False


def _wrap_create(create: Callable[..., Any], fmt: str, base: dict,
                 emitter: Emitter | None) -> Callable[..., Any]:
    # The SDKs' async create is not always an `async def` (decorators hide it), so the
    # result decides: a coroutine is finished once awaited.
    @functools.wraps(create)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        strip = _prepare(fmt, kwargs)
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


def _skip(chunk: Any, strip: bool) -> bool:
    return strip and getattr(chunk, "usage", None) is not None and not getattr(
        chunk, "choices", True)


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
            self._call.chunk(chunk)
            if not _skip(chunk, self._strip):
                return chunk

    def __enter__(self) -> _SyncStream:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._call.finish(error_type="client_cancelled")
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
            self._call.chunk(chunk)
            if not _skip(chunk, self._strip):
                return chunk

    async def __aenter__(self) -> _AsyncStream:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        self._call.finish(error_type="client_cancelled")
        await self._stream.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _wrap_stream_helper(stream: Callable[..., Any], fmt: str, base: dict,
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
