"""The sidecar process: listeners, store and web server wired together, and their lifecycle."""

from __future__ import annotations

import asyncio
import collections
import logging
import signal
import time
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, GCCollector, PlatformCollector, ProcessCollector
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from llm_exporter import __version__
from llm_exporter.config import Config
from llm_exporter.sidecar.ingest import (
    DatagramListener,
    Pipeline,
    StartupError,
    StreamListener,
    open_udp,
    open_unixgram,
)
from llm_exporter.sidecar.store import Store

log = logging.getLogger(__name__)

EXPIRE_EVERY_SECONDS = 60.0


class Sidecar:
    """Everything one running exporter holds."""

    def __init__(self, config: Config):
        self.config = config
        self.store = Store(config)
        self.pipeline = Pipeline(self.store, config.ingest.max_event_bytes)
        self.datagram_listeners: list[DatagramListener] = []
        self.stream_listener: StreamListener | None = None
        self.proxy = None
        self.web_address = ""
        self.ready = False
        self.started = time.time()
        # (monotonic time, events accepted, events rejected), one a second, for the status page
        self.history: collections.deque[tuple[float, int, int]] = collections.deque(maxlen=61)
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(self)
        ProcessCollector(registry=self.registry)
        PlatformCollector(registry=self.registry)
        GCCollector(registry=self.registry)

    async def start_listeners(self) -> None:
        """Bind every configured event transport; raises StartupError with one clear line."""
        loop = asyncio.get_running_loop()
        ingest = self.config.ingest
        try:
            if ingest.unixgram:
                sock = open_unixgram(ingest.unixgram, ingest.unixgram_mode)
                self.datagram_listeners.append(
                    DatagramListener(sock, "unixgram", self.pipeline, path=ingest.unixgram))
            if ingest.udp:
                sock = open_udp(ingest.udp, ingest.udp_receive_buffer_bytes)
                self.datagram_listeners.append(DatagramListener(sock, "udp", self.pipeline))
            if ingest.stream:
                self.stream_listener = StreamListener(ingest.stream, self.pipeline)
                await self.stream_listener.start()
            if self.config.proxy.listen_address:
                from llm_exporter.sidecar.proxy import Proxy

                self.proxy = Proxy(self, self.config.proxy)
                await self.proxy.start()
        except StartupError:
            await self.close_listeners()
            raise
        for listener in self.datagram_listeners:
            listener.start(loop)

    async def close_listeners(self) -> None:
        """Stop receiving, process what is already queued, remove socket files."""
        for listener in self.datagram_listeners:
            listener.close()
        self.datagram_listeners.clear()
        if self.stream_listener is not None:
            await self.stream_listener.close()
            self.stream_listener = None
        if self.proxy is not None:
            await self.proxy.close()
            self.proxy = None

    def listeners(self) -> list[tuple[str, str]]:
        """(transport, address) of every open listener."""
        out = [(d.transport, d.address) for d in self.datagram_listeners]
        if self.stream_listener is not None:
            out.append(("stream", self.stream_listener.address))
        if self.web_address:
            out.append(("http", f"http://{self.web_address}/v1/events"))
        if self.proxy is not None:
            for name, upstream in self.proxy.upstreams.items():
                out.append(("proxy", f"http://{self.proxy.address}/{name} -> {upstream.url}"))
        return out

    def tick(self) -> None:
        """Once a second: advance the store clock and remember totals for rates."""
        self.store.tick()
        self.history.append((self.store.now, sum(self.pipeline.events.values()),
                             sum(self.pipeline.rejected.values())))

    def rates(self) -> tuple[float, float]:
        """Events accepted and rejected per second over the last minute."""
        if len(self.history) < 2:
            return 0.0, 0.0
        (t0, a0, r0), (t1, a1, r1) = self.history[0], self.history[-1]
        elapsed = max(t1 - t0, 1e-9)
        return (a1 - a0) / elapsed, (r1 - r0) / elapsed

    async def housekeeping(self) -> None:
        """Clock ticks every second; idle label sets expire every minute."""
        last_expire = time.monotonic()
        while True:
            await asyncio.sleep(1.0)
            self.tick()
            if self.store.now - last_expire >= EXPIRE_EVERY_SECONDS:
                last_expire = self.store.now
                dropped = self.store.expire()
                if dropped:
                    log.info("expired %d idle label sets", dropped)

    def collect(self) -> Iterator[Metric]:
        """The exporter's own metrics (prometheus-client Collector protocol)."""
        events = CounterMetricFamily("llm_exporter_events",
                                     "Events accepted, by transport and type.",
                                     labels=["transport", "type"])
        for (transport, type_name), n in sorted(self.pipeline.events.items()):
            events.add_metric([transport, type_name], n)
        yield events
        rejected = CounterMetricFamily("llm_exporter_events_rejected",
                                       "Events rejected, by reason.", labels=["reason"])
        for reason, n in self.pipeline.rejected.items():
            rejected.add_metric([reason], n)
        yield rejected
        overflow = CounterMetricFamily(
            "llm_exporter_label_overflow",
            "Label values folded into __other__ because the label's cap was reached.",
            labels=["label"])
        for label, n in self.store.limiter.overflow.items():
            overflow.add_metric([label], n)
        yield overflow
        unpriced = CounterMetricFamily(
            "llm_exporter_unpriced_events",
            "LLM calls without cost_usd whose model has no known price.", labels=["provider"])
        for provider, n in sorted(self.store.unpriced.items()):
            unpriced.add_metric([provider], n)
        yield unpriced
        yield CounterMetricFamily(
            "llm_exporter_client_dropped_events",
            "Events client libraries could not send (sidecar down or busy), as they reported.",
            value=self.store.client_dropped)
        drops = CounterMetricFamily("llm_exporter_socket_drops",
                                    "Datagrams the kernel dropped (receive buffer full).",
                                    labels=["transport"])
        for listener in self.datagram_listeners:
            n = listener.kernel_drops()
            if n is not None:
                drops.add_metric([listener.transport], n)
        yield drops
        yield GaugeMetricFamily("llm_exporter_label_sets", "Label sets held in memory.",
                                value=self.store.series_count())
        info = GaugeMetricFamily("llm_exporter_build_info", "Version of llm-exporter.",
                                 labels=["version"])
        info.add_metric([__version__], 1)
        yield info


async def serve(config: Config, stop: asyncio.Event | None = None,
                on_ready: asyncio.Future | None = None) -> int:
    """Run the sidecar until SIGTERM/SIGINT (or ``stop``); returns the exit code."""
    from llm_exporter.sidecar import web

    loop = asyncio.get_running_loop()
    stop = stop or asyncio.Event()
    sidecar = Sidecar(config)
    runner = None
    try:
        await sidecar.start_listeners()
        runner, sidecar.web_address = await web.start(sidecar)
    except StartupError as e:
        if runner is not None:
            await runner.cleanup()
        await sidecar.close_listeners()
        log.error("%s", e)
        if on_ready is not None and not on_ready.done():
            on_ready.set_exception(e)
        return 1
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # not the main thread (tests, demo)
            pass
    sidecar.ready = True
    housekeeping = asyncio.create_task(sidecar.housekeeping())
    for transport, address in sidecar.listeners():
        log.info("listening for events on %s %s", transport, address)
    log.info("serving metrics on http://%s/metrics", sidecar.web_address)
    if on_ready is not None and not on_ready.done():
        on_ready.set_result(sidecar)
    await stop.wait()
    log.info("shutting down")
    sidecar.ready = False
    housekeeping.cancel()
    await sidecar.close_listeners()
    await runner.cleanup()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.remove_signal_handler(sig)
        except (NotImplementedError, RuntimeError):
            pass
    return 0
