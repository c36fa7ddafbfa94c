"""A local OTLP/HTTP trace receiver that decodes what it gets with opentelemetry-proto and
records the spans: Tempo's and Jaeger's part in the tests. It can answer 503 with a
Retry-After, or stall, to test back-pressure."""

from __future__ import annotations

import asyncio
import ssl
import threading
import time

from aiohttp import web
from google.protobuf.descriptor import FieldDescriptor
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)


class TraceReceiver:
    def __init__(self, ssl_context: ssl.SSLContext | None = None):
        self.ssl_context = ssl_context
        self.spans: list = []  # (resource attributes, span), as received
        self.bodies: list[bytes] = []  # the export requests' bytes, as received
        self.requests: list[tuple[float, dict]] = []  # (monotonic time, headers)
        self.refuse = 0  # answer this many requests 503 with Retry-After: retry_after
        self.retry_after = "1"
        self.stall = 0.0  # hold each request this long before answering
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()
        self.ready.wait(10)
        scheme = "https" if ssl_context else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}/v1/traces"

    def _run(self):
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_post("/v1/traces", self.traces)
        self.runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0, ssl_context=self.ssl_context)
        self.loop.run_until_complete(site.start())
        self.port = self.runner.addresses[0][1]
        self.ready.set()
        self.loop.run_forever()

    async def traces(self, request: web.Request) -> web.Response:
        self.requests.append((time.monotonic(), dict(request.headers)))
        body = await request.read()
        if self.stall:
            await asyncio.sleep(self.stall)
        if self.refuse:
            self.refuse -= 1
            return web.Response(status=503, headers={"Retry-After": self.retry_after})
        self.bodies.append(body)
        message = ExportTraceServiceRequest.FromString(body)
        for resource_spans in message.resource_spans:
            resource = {kv.key: kv.value.string_value
                        for kv in resource_spans.resource.attributes}
            for scope in resource_spans.scope_spans:
                self.spans.extend((resource, span) for span in scope.spans)
        return web.Response(body=ExportTraceServiceResponse().SerializeToString(),
                            content_type="application/x-protobuf")

    def text(self) -> str:
        """Every string the exports carried (names, attribute values, event bodies), one per
        line: what a reader of the traces can see. Ids and timestamps are bytes and integers,
        so a two-character search cannot match them by chance."""
        strings: list[str] = []
        for body in self.bodies:
            _strings(ExportTraceServiceRequest.FromString(body), strings)
        return "\n".join(strings)

    def wait_for(self, n: int, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.spans) < n and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(self.spans) >= n, f"received {len(self.spans)} spans, wanted {n}"

    def close(self):
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)


def _strings(message, into: list[str]) -> None:
    for field, value in message.ListFields():
        values = value if field.is_repeated else (value,)
        for one in values:
            if field.type == FieldDescriptor.TYPE_STRING:
                into.append(one)
            elif field.type == FieldDescriptor.TYPE_MESSAGE:
                _strings(one, into)
