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

It never raises into the application and never blocks it: datagrams are sent non-blocking,
and the stream and HTTP transports hand events to a background thread through a bounded
queue. Whatever had to be dropped is counted in ``Emitter.dropped`` and reported to the
sidecar with the next event that gets through (``llm_exporter_client_dropped_events_total``).
"""

from __future__ import annotations

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

__all__ = ["Emitter", "emit", "get_emitter", "track", "DEFAULT_UDP_ADDRESS", "ENV_ADDR"]

ENV_ADDR = "LLM_EXPORTER_ADDR"
DEFAULT_UDP_ADDRESS = "127.0.0.1:9479"
MAX_DATAGRAM_BYTES = 64 * 1024 - 1024
_QUEUE_SIZE = 10_000
_HTTP_BATCH = 500
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
    """Sends events to one sidecar address. Thread-safe, fork-safe, never raises."""

    def __init__(self, address: str | None = None, *, queue_size: int = _QUEUE_SIZE):
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
        self._unreported = 0
        self._lock = threading.Lock()
        self._queue: collections.deque[bytes] = collections.deque()
        self._queue_size = queue_size
        self._wakeup = threading.Condition(self._lock)
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self._pid = os.getpid()
        self._closed = False
        _emitters.add(self)

    def emit(self, event: dict[str, Any]) -> bool:
        """Queue or send one event; False if it had to be dropped. Never raises."""
        try:
            if self._pid != os.getpid():
                self._after_fork()
            if self._unreported:
                event = {**event, "client_dropped": self._unreported}
            data = _dumps(event).encode()
        except Exception:
            self._drop(1)
            return False
        if self.kind in ("udp", "unixgram"):
            return self._send_datagram(data, event)
        if self.kind == "invalid":
            self._drop(1)
            return False
        return self._enqueue(data)

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until queued events are sent (stream and HTTP transports); True if empty."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._queue and time.monotonic() < deadline:
                self._wakeup.notify_all()
                self._wakeup.wait(0.01)
            return not self._queue

    def close(self) -> None:
        """Send what is queued (briefly) and release the socket and thread."""
        self.flush(1.0)
        with self._lock:
            self._closed = True
            self._wakeup.notify_all()
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    # Datagrams: one non-blocking sendto per event, on the caller's thread.

    def _send_datagram(self, data: bytes, event: dict[str, Any]) -> bool:
        if len(data) > MAX_DATAGRAM_BYTES:
            self._drop(1)
            return False
        try:
            sock = self._sock or self._open_datagram()
            sock.sendto(data, self._target)
        except OSError:
            # EAGAIN (receiver queue full), ECONNREFUSED / ENOENT (sidecar not running)...
            self._drop(1)
            return False
        self.sent += 1
        if "client_dropped" in event:
            with self._lock:
                self._unreported -= event["client_dropped"]
        return True

    def _open_datagram(self) -> socket.socket:
        family = socket.AF_UNIX if self.kind == "unixgram" else _family(self._target[0])
        sock = socket.socket(family, socket.SOCK_DGRAM)
        sock.setblocking(False)
        self._sock = sock
        return sock

    # Streams and HTTP: a bounded queue drained by one background thread.

    def _enqueue(self, data: bytes) -> bool:
        with self._lock:
            if len(self._queue) >= self._queue_size or self._closed:
                self.dropped += 1
                self._unreported += 1
                return False
            self._queue.append(data)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._drain, name="llm-exporter-emitter", daemon=True
                )
                self._thread.start()
            self._wakeup.notify()
        return True

    def _drain(self) -> None:
        send = self._send_http if self.kind == "http" else self._send_stream
        while True:
            with self._lock:
                while not self._queue and not self._closed:
                    self._wakeup.wait()
                if self._closed and not self._queue:
                    return
                batch = [self._queue.popleft() for _ in range(min(len(self._queue), _HTTP_BATCH))]
            try:
                send(batch)
                with self._lock:
                    self.sent += len(batch)
                    self._wakeup.notify_all()
            except Exception:
                self._drop(len(batch))
                if self._sock is not None:
                    self._sock.close()
                    self._sock = None
                time.sleep(_RECONNECT_SECONDS)

    def _send_stream(self, batch: list[bytes]) -> None:
        if self._sock is None:
            if self.kind == "unix":
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            else:
                sock = socket.socket(_family(self._target[0]), socket.SOCK_STREAM)
            sock.settimeout(5.0)
            sock.connect(self._target)
            self._sock = sock
        self._sock.sendall(b"\n".join(batch) + b"\n")

    def _send_http(self, batch: list[bytes]) -> None:
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

    def _drop(self, n: int) -> None:
        with self._lock:
            self.dropped += n
            self._unreported += n

    def _after_fork(self) -> None:
        # The child shares the parent's socket file and has no background thread.
        self._pid = os.getpid()
        self._sock = None
        self._thread = None
        self._lock = threading.Lock()
        self._wakeup = threading.Condition(self._lock)
        self._queue = collections.deque()


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
