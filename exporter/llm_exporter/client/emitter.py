"""The Emitter: queues encoded events and sends them to the sidecar from a background thread.

Addresses: ``udp:127.0.0.1:9479`` (the default), ``unixgram:/path``, ``tcp:host:port``,
``unix:/path`` (newline-delimited JSON over a stream), or ``http://host:port`` and
``https://host:port`` (POST /v1/events); ``LLM_EXPORTER_ADDR`` sets the process-wide
default. For https, ``LLM_EXPORTER_CA_FILE`` names the CA to trust (default: the system's),
``LLM_EXPORTER_CERT_FILE`` and ``LLM_EXPORTER_KEY_FILE`` a client certificate, and
``LLM_EXPORTER_USERNAME`` with ``LLM_EXPORTER_PASSWORD_FILE`` basic auth (for http too).
"""

from __future__ import annotations

import atexit
import collections
import json
import logging
import os
import socket
import threading
import time
import urllib.parse
import weakref
from typing import Any

from llm_exporter.protocol import (
    DEFAULT_UDP_ADDRESS,
    ENV_ADDR,
    ENV_CA_FILE,
    ENV_CERT_FILE,
    ENV_KEY_FILE,
    ENV_PASSWORD_FILE,
    ENV_USERNAME,
)

MAX_DATAGRAM_BYTES = 64 * 1024 - 1024
_QUEUE_SIZE = 10_000  # events held while the sidecar is slow or away
_BATCH = 1000  # events sent in one go at most
_LINGER_SECONDS = 0.005  # how long the sender waits for a batch to gather
_RECONNECT_SECONDS = 1.0
_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


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
        self._http: Any = None  # the kept-alive http.client connection

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
        self._close_http()

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
        """One POST on a kept-alive connection (a TLS handshake per batch would cost more
        than the batch); reopened once when the sidecar closed it meanwhile."""
        import http.client

        scheme, host, port, path = self._target
        body = b"[" + b",".join(batch) + b"]"
        headers = {"Content-Type": "application/json", **_http_auth()}
        for attempt in (1, 2):
            if self._http is None:
                if scheme == "https":
                    self._http = http.client.HTTPSConnection(host, port, timeout=5.0,
                                                             context=_tls_context())
                else:
                    self._http = http.client.HTTPConnection(host, port, timeout=5.0)
            try:
                self._http.request("POST", path, body, headers)
                response = self._http.getresponse()
                response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self._close_http()
                if attempt == 2:
                    raise
                continue
            except Exception:
                self._close_http()
                raise
            if response.will_close:
                self._close_http()
            if response.status >= 300:
                raise OSError(f"sidecar answered HTTP {response.status}")
            return len(batch)
        raise AssertionError("unreachable")

    def _close_http(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

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
        default_port = 443 if url.scheme == "https" else 80
        return "http", (url.scheme, url.hostname, url.port or default_port, path)
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


def _tls_context():
    """The client TLS context for an https:// sidecar, from the environment."""
    import ssl

    context = ssl.create_default_context(cafile=os.environ.get(ENV_CA_FILE) or None)
    cert = os.environ.get(ENV_CERT_FILE)
    if cert:
        context.load_cert_chain(cert, os.environ.get(ENV_KEY_FILE) or None)
    return context


def _http_auth() -> dict[str, str]:
    """The Authorization header from LLM_EXPORTER_USERNAME and _PASSWORD_FILE (read on each
    request, so that a rotated secret is used at once), or none."""
    import base64

    user = os.environ.get(ENV_USERNAME)
    if not user:
        return {}
    password_file = os.environ.get(ENV_PASSWORD_FILE)
    password = ""
    if password_file:
        with open(password_file, encoding="utf-8") as f:
            password = f.read().strip()
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


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
