"""A header-read timeout for the HTTP listeners: a connection that has not completed a
request's headers within ``seconds`` of opening is closed.

aiohttp has no such timeout (Go's ``http.Server.ReadHeaderTimeout`` is the model): a client
that opens a connection and sends nothing, or a header a byte at a time (slowloris), holds it
and its file descriptor for ever. A middleware marks the connections whose first request
reached a handler; once a second the others are closed when older than the timeout. An idle
keep-alive connection after a request is aiohttp's ``keepalive_timeout`` (``web.idle_timeout``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


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
