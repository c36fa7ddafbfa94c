"""Connection limits for the listeners: a cap on open connections per listener, a
header-read timeout for the HTTP listeners, and the file-descriptor budget they share.

``Acceptor`` accepts at most ``limit`` connections at once, as Go's ``netutil.LimitListener``
does for Prometheus's ``--web.max-connections``: at the cap it stops calling accept, so new
connections wait in the kernel's backlog and take no file descriptor. A flood on one listener
therefore cannot use up the descriptors of the others, and accept never fails for want of
them. If it does (a limit set too low), the failure is counted, logged once a minute, and
retried after a pause, instead of asyncio's log line per attempt.

A connection that has not completed a request's headers within ``seconds`` of opening is
closed by ``HeaderTimeout``.

aiohttp has no such timeout (Go's ``http.Server.ReadHeaderTimeout`` is the model): a client
that opens a connection and sends nothing, or a header a byte at a time (slowloris), holds it
and its file descriptor for ever. A middleware marks the connections whose first request
reached a handler; once a second the others are closed when older than the timeout. An idle
keep-alive connection after a request is aiohttp's ``keepalive_timeout`` (``web.idle_timeout``).
"""

from __future__ import annotations

import asyncio
import logging
import resource
import socket
import ssl
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

from aiohttp import web
from prometheus_client.core import Metric

from llm_exporter.metrics import (
    ACCEPT_ERRORS,
    CONNECTIONS,
    LISTENER_FULL,
    TLS_HANDSHAKE_ERRORS,
    family,
)
from llm_exporter.sidecar.http.webguard import WebGuard

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
BACKLOG = 128  # what aiohttp's TCPSite asks for
_Response = TypeVar("_Response", bound=web.StreamResponse)
FULL_POLL_SECONDS = 0.05  # at the cap, how often to look for a freed slot
ACCEPT_RETRY_SECONDS = 0.5  # after accept failed (no descriptor or memory left)
ACCEPT_LOG_EVERY_SECONDS = 60.0
FD_RESERVE = 64  # descriptors kept for sockets, the price data, logs, the upstream pool...
MIN_BODY_RATE = 240  # bytes a second a request body must keep up, after the grace period
BODY_GRACE_SECONDS = 5.0


def listen_tcp(host: str, port: int) -> list[socket.socket]:
    """Listening sockets for HOST:PORT, one per address family ("" is every interface,
    IPv4 and IPv6), as ``loop.create_server`` makes them."""
    infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM,
                               flags=socket.AI_PASSIVE)
    sockets: list[socket.socket] = []
    try:
        for family, kind, proto, _, address in dict.fromkeys(infos):
            try:
                sock = socket.socket(family, kind, proto)
            except OSError:  # a family this kernel lacks (IPv6 off): as create_server does
                continue
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            sock.bind(address)
            sock.listen(BACKLOG)
            sock.setblocking(False)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def listen_unix(path: str) -> socket.socket:
    """A listening unix stream socket at ``path`` (the caller prepares the path)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(path)
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


class Acceptor:
    """Accepts connections for one protocol factory while fewer than ``limit`` are open."""

    def __init__(self, listener: str, sockets: list[socket.socket],
                 factory: Callable[[], asyncio.BaseProtocol], open_count: Callable[[], int],
                 limit: int, clock: Callable[[], float] = time.monotonic,
                 tls: Callable[[], ssl.SSLContext | None] | None = None,
                 handshake_timeout: float = 10.0):
        """``open_count()`` is how many connections are open now; ``limit`` 0 is no cap;
        ``listener`` names it in metrics and logs ("web", "stream", "proxy"); ``tls()``, when
        given, is the SSLContext for each new connection, whose handshake must end within
        ``handshake_timeout`` seconds."""
        self.listener = listener
        self.sockets = sockets
        self.factory = factory
        self.open_count = open_count
        self.limit = limit
        self.clock = clock
        self.tls = tls
        self.handshake_timeout = handshake_timeout
        self.accept_errors = 0
        self.handshake_errors = 0
        self._full_seconds = 0.0  # time spent at the cap, new connections waiting
        self._full_since: float | None = None
        self._starting: set[asyncio.Task] = set()  # accepted, being handed to the factory
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timer: asyncio.TimerHandle | None = None  # resumes accepting after a pause
        self._logged_at: float | None = None

    @property
    def port(self) -> int:
        return self.sockets[0].getsockname()[1]

    @property
    def full_seconds(self) -> float:
        """Seconds spent at the cap, accepting nothing."""
        ongoing = 0.0 if self._full_since is None else self.clock() - self._full_since
        return self._full_seconds + ongoing

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._resume()

    def close(self) -> None:
        """Stop accepting and close the listening sockets; open connections stay."""
        if self._loop is not None:
            self._pause(None)
        for sock in self.sockets:
            sock.close()

    def _held(self) -> int:
        return self.open_count() + len(self._starting)

    def _ready(self, sock: socket.socket) -> None:
        """Accept what waits on ``sock``, up to the cap (a reader callback, as asyncio's own
        servers use: no future or task per accept)."""
        assert self._loop is not None
        while True:
            if self.limit and self._held() >= self.limit:
                self._full_since = self.clock()
                self._pause(FULL_POLL_SECONDS)
                return
            try:
                conn, _ = sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except ConnectionAbortedError:  # that client is gone: nothing to do
                continue
            except OSError as e:
                self._accept_failed(e)
                self._pause(ACCEPT_RETRY_SECONDS)
                return
            conn.setblocking(False)
            if conn.family != socket.AF_UNIX:
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            task = self._loop.create_task(self._connect(conn))
            self._starting.add(task)
            task.add_done_callback(self._starting.discard)

    async def _connect(self, conn: socket.socket) -> None:
        assert self._loop is not None
        context = self.tls() if self.tls is not None else None
        try:
            if context is None:
                await self._loop.connect_accepted_socket(self.factory, sock=conn)
            else:
                await self._loop.connect_accepted_socket(
                    self.factory, sock=conn, ssl=context,
                    ssl_handshake_timeout=self.handshake_timeout)
        except OSError as e:  # ssl.SSLError and a handshake timeout are OSErrors
            conn.close()
            if context is not None:
                self.handshake_errors += 1
                log.debug("%s listener: TLS handshake failed: %s", self.listener, e)

    def _pause(self, seconds: float | None) -> None:
        """Stop watching the sockets; watch again in ``seconds`` (None: never)."""
        assert self._loop is not None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        for sock in self.sockets:
            if sock.fileno() != -1:
                self._loop.remove_reader(sock.fileno())
        if seconds is not None:
            self._timer = self._loop.call_later(seconds, self._resume)

    def _resume(self) -> None:
        assert self._loop is not None
        self._timer = None
        if self.limit and self._held() >= self.limit:
            self._timer = self._loop.call_later(FULL_POLL_SECONDS, self._resume)
            return
        if self._full_since is not None:
            self._full_seconds += self.clock() - self._full_since
            self._full_since = None
        for sock in self.sockets:
            self._loop.add_reader(sock.fileno(), self._ready, sock)

    def _accept_failed(self, e: OSError) -> None:
        self.accept_errors += 1
        now = self.clock()
        if self._logged_at is None or now - self._logged_at >= ACCEPT_LOG_EVERY_SECONDS:
            self._logged_at = now
            soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
            log.error("%s listener cannot accept connections: %s (%d times so far; open "
                      "files limit %d, %d connections open): retrying every %gs; lower its "
                      "max_connections or raise the limit", self.listener,
                      e.strerror or e, self.accept_errors, soft, self.open_count(),
                      ACCEPT_RETRY_SECONDS)


class ConnectionStats:
    """llm_exporter_connections, _listener_full_seconds_total and _accept_errors_total by
    listener (a prometheus-client collector over ``acceptors()``)."""

    def __init__(self, acceptors: Callable[[], list[Acceptor]]):
        self.acceptors = acceptors

    def collect(self) -> Iterator[Metric]:
        acceptors = self.acceptors()
        yield family(CONNECTIONS, [(a.listener, a.open_count()) for a in acceptors])
        yield family(LISTENER_FULL, [(a.listener, a.full_seconds) for a in acceptors])
        yield family(ACCEPT_ERRORS, [(a.listener, a.accept_errors) for a in acceptors])
        yield family(TLS_HANDSHAKE_ERRORS, [(a.listener, a.handshake_errors) for a in acceptors
                                            if a.tls is not None])


def raise_fd_limit() -> int:
    """Raise the soft open-files limit to the hard one, as Go programs do since Go 1.19
    (a container's soft limit is often 1024); the soft limit now."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):  # RLIM_INFINITY may exceed the kernel's nr_open
            pass
    return soft


class HeaderTimeout:
    """Closes the connections of one aiohttp server that take too long to send a request."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic):
        """``clock`` (monotonic seconds) dates each connection when first seen."""
        self.seconds = seconds
        self.clock = clock
        self.server: web.Server | None = None  # set once the runner is set up
        self.closed = 0  # connections closed for it
        self._opened: dict[object, float] = {}  # connection -> when first seen
        self._served: set[object] = set()  # connections whose first request got a handler

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self._served.add(request.protocol)
        return await handler(request)

    def sweep(self) -> int:
        """Close connections older than the timeout with no request yet; how many."""
        assert self.server is not None
        now = self.clock()
        connections = self.server.connections
        live = set(connections)
        self._opened = {c: t for c, t in self._opened.items() if c in live}
        self._served &= live
        closed = 0
        for conn in connections:
            if conn in self._served:
                continue
            opened = self._opened.setdefault(conn, now)
            if now - opened >= self.seconds:
                conn.force_close()
                closed += 1
        self.closed += closed
        return closed

    async def run(self, interval: float = 1.0) -> None:
        """Sweep every ``interval`` seconds until cancelled."""
        while True:
            await asyncio.sleep(interval)
            self.sweep()


class HttpListener:
    """An aiohttp application served on HOST:PORT through an ``Acceptor``, its connections
    swept by a ``HeaderTimeout`` (whose middleware the application must carry), behind a
    ``WebGuard`` (TLS, basic auth, headers) when one is given."""

    def __init__(self, listener: str, app: web.Application, header_timeout: HeaderTimeout,
                 max_connections: int, shutdown_timeout: float, idle_timeout: float = 75.0,
                 guard: WebGuard | None = None):
        self.listener = listener
        self.guard = guard
        if guard is not None:
            guard.install(app)
        self.runner = web.AppRunner(app, access_log=None, handle_signals=False,
                                    shutdown_timeout=shutdown_timeout,
                                    keepalive_timeout=idle_timeout)
        self.header_timeout = header_timeout
        self.max_connections = max_connections
        self.acceptor: Acceptor | None = None
        self._sweeper: asyncio.Task | None = None

    @property
    def scheme(self) -> str:
        """"https" when the listener speaks TLS, else "http"."""
        return "https" if self.guard is not None and self.guard.tls else "http"

    async def start(self, host: str, port: int) -> int:
        """Bind and serve; the bound port (differs from ``port`` when it is 0). Raises
        OSError when the address cannot be bound."""
        await self.runner.setup()
        server = self.runner.server
        assert server is not None
        self.header_timeout.server = server
        tls = self.guard.ssl_context if self.guard is not None and self.guard.tls else None
        self.acceptor = Acceptor(self.listener, listen_tcp(host, port), server,
                                 lambda: len(server.connections), self.max_connections,
                                 tls=tls, handshake_timeout=self.header_timeout.seconds)
        self.acceptor.start()
        self._sweeper = asyncio.create_task(self.header_timeout.run())
        return self.acceptor.port

    async def close(self) -> None:
        """Stop accepting; requests in flight get ``shutdown_timeout`` to finish."""
        if self._sweeper is not None:
            self._sweeper.cancel()
        if self.acceptor is not None:
            self.acceptor.close()
        await self.runner.cleanup()


class BodyRefused(Exception):
    """A request body that ``read_body`` would not read to its end: answered ``status``
    (413 too large, 408 too slow, 400 undecodable) on a connection then closed
    (``refuse_body``). ``reason`` is the rejection reason it is counted under."""

    def __init__(self, status: int, reason: str, message: str):
        super().__init__(message)
        self.status = status
        self.reason = reason


async def read_body(request: web.Request, limit: int, setting: str,
                    clock: Callable[[], float] = time.monotonic) -> bytes:
    """The request body, at most ``limit`` bytes once any Content-Encoding is undone
    (``setting`` names the limit in messages); raises BodyRefused.

    A body must keep arriving at ``MIN_BODY_RATE`` bytes a second once ``BODY_GRACE_SECONDS``
    have passed (Kestrel's MinRequestBodyDataRate), so that a sender dripping a byte a second
    holds its connection seconds, not for ever."""
    declared = request.content_length or 0
    if declared > limit:
        raise BodyRefused(413, "too_large", f"body of {declared} bytes > {limit} ({setting})")
    content = request.content
    body = bytearray()
    began = clock()
    while True:
        wait = began + BODY_GRACE_SECONDS + len(body) / MIN_BODY_RATE - clock()
        try:
            chunk = await asyncio.wait_for(content.readany(), max(wait, 0.0))
        except asyncio.TimeoutError:
            raise BodyRefused(408, "too_slow", f"body arrived slower than {MIN_BODY_RATE} "
                              f"bytes/s ({len(body)} bytes in {clock() - began:.1f}s)") from None
        except web.RequestPayloadError as e:  # a Content-Encoding body that does not decode
            raise BodyRefused(400, "malformed", f"body cannot be read: {e.__cause__ or e}") \
                from e
        if not chunk:
            return bytes(body)
        body += chunk
        if len(body) > limit:
            what = "decompressed" if request.headers.get("Content-Encoding") else "body"
            raise BodyRefused(413, "too_large", f"body over {limit} bytes, {what} ({setting})")


def refuse_body(request: web.Request, response: _Response) -> _Response:
    """``response``, set to close its connection, for a request whose body was not read to
    its end (too large, too slow, a corrupt gzip). The body is marked read: aiohttp would
    otherwise go on reading it after the answer (for up to 10 s, inflating a gzip bomb in
    the event loop), or meet a decoding error again and log it as unhandled."""
    request.content.feed_eof()
    response.force_close()
    return response
