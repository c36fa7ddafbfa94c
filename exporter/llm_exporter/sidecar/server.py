"""The sidecar process: every part wired together in one place, and its lifecycle.

Each part knows only what it feeds: listeners and the proxy hand events to the pipeline, the
pipeline to the store, the store reports spend to the budgets. Each part that has
self-metrics is its own prometheus-client collector, registered here.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import logging
import signal
import time
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, GCCollector, PlatformCollector, ProcessCollector
from prometheus_client.core import Metric

from llm_exporter import __version__, metrics
from llm_exporter.config import Config, ConfigError, Evaluator, redacted_url, split_host_port
from llm_exporter.redact import Redactor, parse_user_id_key
from llm_exporter.sidecar.core.decode import LlmCall
from llm_exporter.sidecar.core.errors import StartupError
from llm_exporter.sidecar.core.pipeline import Pipeline, Sink
from llm_exporter.sidecar.core.price import PRICED_FIELDS
from llm_exporter.sidecar.core.runs import Runs
from llm_exporter.sidecar.core.store import Store
from llm_exporter.sidecar.http.connections import (
    FD_RESERVE,
    Acceptor,
    ConnectionStats,
    HttpListener,
    raise_fd_limit,
)
from llm_exporter.sidecar.http.webguard import ReloadStats, WebGuard
from llm_exporter.sidecar.sinks.budgets import Budgets
from llm_exporter.sidecar.sinks.traces import SpanExporter
from llm_exporter.sidecar.sinks.usage import UsageAnalytics
from llm_exporter.sidecar.sources.evaluators import Evaluators, Judge
from llm_exporter.sidecar.sources.ingest import (
    DatagramListener,
    SocketDrops,
    StreamListener,
    open_udp,
    open_unixgram,
)
from llm_exporter.sidecar.sources.otlp import OtlpReceiver
from llm_exporter.sidecar.sources.otlp_metrics import MetricPoints
from llm_exporter.sidecar.sources.proxy import Proxy, answer_checks
from llm_exporter.sidecar.sources.proxy_runs import ProxyRuns
from llm_exporter.sidecar.web import routes as web
from llm_exporter.sidecar.web.firing import FiringAlerts
from llm_exporter.sidecar.web.status import Recent

log = logging.getLogger(__name__)

EXPIRE_EVERY_SECONDS = 60.0


class Sidecar:
    """Everything one running exporter holds."""

    def __init__(self, config: Config, clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], float] = time.time):
        self.config = config
        spend = config.proxy.spend if config.proxy.spend.prometheus_url else None
        self.budgets = Budgets(config.budgets, spend, config.alerting.selector, wall_clock)
        self.store = Store(config, clock=clock, wall_clock=wall_clock)
        self.traces = SpanExporter(config.traces, wall_clock) if config.traces.endpoint else None
        self.usage = UsageAnalytics(
            config.usage,
            read_user_id_key(config.usage.user_id_key_file, "usage.user_id_key_file"),
            wall_clock) if config.usage.enabled else None
        if self.usage is not None and self.usage.random_key and config.usage.hash_user_ids:
            log.info("user ids are hashed with a random key that changes at each restart; "
                     "set usage.user_id_key_file to keep them comparable (and, shared by "
                     "the fleet, to expose the registers of fleet-wide distinct users)")
        # spend is tracked only where it is enforced; budgets hear a call first
        sinks: list[Sink] = [self.budgets] if config.proxy.enforce_budgets else []
        sinks += [sink for sink in (self.traces, self.usage) if sink is not None]
        self.runs = Runs(config.agents, self.store.observe_loop, clock)
        # the proxy's runs named by X-LLM-Run-Id: their ends go in as the proxy's events
        self.proxy_runs = ProxyRuns(self.submit_from_proxy, config.agents.proxy_run_idle,
                                    config.agents.max_traces, clock)
        self.pipeline = Pipeline(self.store, config.ingest.max_event_bytes, clock=clock,
                                 max_events_per_payload=config.ingest.max_events_per_payload,
                                 sinks=sinks, runs=self.runs,
                                 stamp=self.traces.stamp if self.traces is not None else None)
        self.evaluators = Evaluators(
            [judge_for(e, config) for e in config.evaluators],
            lambda fields: self.pipeline.submit(fields, "evaluator"), self.price_of,
            wall_clock=wall_clock) if config.evaluators else None
        self.otlp_metrics = MetricPoints(config.otlp, self.pipeline.aggregate,
                                         self.pipeline.reject, clock, wall_clock)
        # the web config files, loaded here so that a bad one stops the start (ConfigError)
        self.web_guard = WebGuard(config.web.config_file) if config.web.config_file else None
        self.proxy_guard = WebGuard(config.proxy.web_config_file, basic_auth=False) \
            if config.proxy.listen_address and config.proxy.web_config_file else None
        self.datagram_listeners: list[DatagramListener] = []
        self.stream_listener: StreamListener | None = None
        self.proxy: Proxy | None = None
        self.otlp: OtlpReceiver | None = None
        self.web_listener: HttpListener | None = None
        self.web_address = ""
        self.ready = False
        self.cut_off = 0  # POST bodies still arriving when shutdown ran out of time
        self.wall_clock = wall_clock
        self.started = wall_clock()
        # (monotonic time, events accepted, events rejected), one a second, for the status page
        self.history: collections.deque[tuple[float, int, int]] = collections.deque(maxlen=61)
        self.recent = Recent(self.store, [b.tenant for b in config.budgets],
                             wall_clock=wall_clock)
        self.firing = FiringAlerts(config.alerting, wall_clock) \
            if config.alerting.prometheus_url else None
        self.registry = CollectorRegistry(auto_describe=False)
        for collector in (self.pipeline, self.store, self.runs, self.proxy_runs,
                          self.otlp_metrics,
                          SocketDrops(self.datagram_listeners),
                          ConnectionStats(self.acceptors), self.budgets, BuildInfo(),
                          OtlpCallSpans(lambda: self.otlp),
                          ReloadStats([g for g in (self.web_guard, self.proxy_guard) if g])):
            self.registry.register(collector)
        if self.traces is not None:
            self.registry.register(self.traces)
        if self.usage is not None:
            self.registry.register(self.usage)
        if self.evaluators is not None:
            self.registry.register(self.evaluators)
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
                self.stream_listener = StreamListener(ingest.stream, self.pipeline,
                                                      ingest.max_connections)
                await self.stream_listener.start()
            if self.config.proxy.listen_address:
                enforce = self.budgets if self.config.proxy.enforce_budgets else None
                traces = self.config.traces
                capture = Redactor(traces.redact_patterns,
                                   read_user_id_key(traces.user_id_key_file)) \
                    if traces.endpoint and traces.capture_content else None
                self.proxy = Proxy(self.config.proxy, self.submit_from_proxy, enforce,
                                   shutdown_timeout=self.config.web.shutdown_timeout,
                                   header_timeout=self.config.web.header_timeout,
                                   capture=capture, guard=self.proxy_guard,
                                   checks=answer_checks(self.config.checks),
                                   evaluators=self.evaluators, runs=self.proxy_runs)
                await self.proxy.start()
            if self.config.otlp.listen_address:
                await self._start_otlp()
        except StartupError:
            await self.close_listeners()
            raise
        for listener in self.datagram_listeners:
            listener.start(loop)

    async def _start_otlp(self) -> None:
        address = self.config.otlp.listen_address
        host, port = split_host_port(address, "otlp.listen_address")
        self.otlp = OtlpReceiver(
            self.config.otlp, lambda fields: self.pipeline.submit(fields, "otlp", False),
            lambda: self.pipeline.count_payload("otlp"), self.pipeline.reject,
            shutdown_timeout=self.config.web.shutdown_timeout,
            header_timeout=self.config.web.header_timeout, metric_points=self.otlp_metrics,
            guard=self.web_guard, link=self.pipeline.link)
        try:
            await self.otlp.start(host, port)
        except OSError as e:
            raise StartupError(f"cannot listen on {address} (otlp.listen_address; '' turns "
                               f"the OTLP receiver off): {e.strerror or e}") from e

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
            self.proxy_runs.close()  # its calls are all in: the runs still open end
            self.proxy = None
        if self.otlp is not None:
            await self.otlp.close()
            self.otlp = None

    def listeners(self) -> list[tuple[str, str]]:
        """(transport, address) of every open listener."""
        out = [(d.transport, d.address) for d in self.datagram_listeners]
        if self.stream_listener is not None:
            out.append(("stream", self.stream_listener.address))
        if self.web_address:
            out.append(("http", f"{self.web_scheme}://{self.web_address}/v1/events"))
        if self.otlp is not None and self.otlp.listener is not None:
            out.append(("otlp", f"{self.otlp.listener.scheme}://{self.otlp.address}/v1/traces"))
        if self.proxy is not None and self.proxy.listener is not None:
            for name, upstream in self.proxy.upstreams.items():
                out.append(("proxy", f"{self.proxy.listener.scheme}://{self.proxy.address}/"
                                     f"{name} -> {redacted_url(upstream.url)}"))
        return out

    @property
    def web_scheme(self) -> str:
        """The web listener's scheme (once it is started)."""
        return self.web_listener.scheme if self.web_listener is not None else "http"

    def acceptors(self) -> list[Acceptor]:
        """The connection acceptors of the open listeners."""
        listeners = (self.web_listener, self.stream_listener,
                     self.proxy.listener if self.proxy is not None else None,
                     self.otlp.listener if self.otlp is not None else None)
        return [x.acceptor for x in listeners if x is not None and x.acceptor is not None]

    def tick(self) -> None:
        """Once a second: advance the store clock, submit the steps whose wait for their
        workflow's name is over and the stream openings whose end did not come, forget idle
        OTLP metric streams and agent traces, decide the traced workflows whose root did not
        come, and remember totals for rates and the status page."""
        self.store.tick()
        self.recent.tick()
        self.runs.expire()
        self.proxy_runs.expire()
        if self.otlp is not None:
            self.otlp.workflows.expire()
            self.otlp.streams.expire()
            self.otlp_metrics.expire()
        if self.traces is not None:
            self.traces.expire()
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
        last_expire = self.store.now
        while True:
            await asyncio.sleep(1.0)
            self.tick()
            if self.store.now - last_expire >= EXPIRE_EVERY_SECONDS:
                last_expire = self.store.now
                dropped = self.store.expire()
                if dropped:
                    log.info("expired %d idle label sets", dropped)

    def submit_from_proxy(self, fields: dict) -> None:
        """The proxy's way into the pipeline."""
        self.pipeline.submit(fields, "proxy")

    def price_of(self, fields: dict) -> float:
        """What a call (an evaluator's judge call) costs by the price table, 0 if unpriced."""
        price = self.store.prices.lookup(fields.get("provider", ""), fields["model"])
        if price is None:
            return 0.0
        return price.cost(LlmCall(fields["model"], 0.0, **{
            k: fields[k] for k in PRICED_FIELDS if fields.get(k) is not None}))


def background(name: str, loop: Coroutine[Any, Any, None]) -> asyncio.Task:
    """Run one of the sidecar's background loops; should it ever end with an error (a bug),
    say so in the log at once instead of leaving its work silently undone."""
    task = asyncio.create_task(loop, name=name)

    def ended(task: asyncio.Task) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("%s stopped: %s: %s", name, type(task.exception()).__name__,
                      task.exception(), exc_info=task.exception())

    task.add_done_callback(ended)
    return task


def judge_for(evaluator: Evaluator, config: Config) -> Judge:
    """The judge of one configured evaluator, its API chosen and its key read."""
    upstream = next(u for u in config.proxy.upstreams if u.name == evaluator.upstream)
    if not evaluator.api:
        provider = upstream.provider or upstream.name
        evaluator = dataclasses.replace(
            evaluator, api="anthropic_messages" if provider == "anthropic" else "openai_chat")
    key = read_key(evaluator.api_key_file, f"evaluators {evaluator.name}: api_key_file")
    return Judge(evaluator, upstream, key.decode())


def read_key(path: str, key: str = "traces.user_id_key_file") -> bytes:
    """The secret in a key file (surrounding whitespace trimmed), or b"" for no file;
    ``key`` names the setting in the error."""
    if not path:
        return b""
    try:
        with open(path, "rb") as f:
            return f.read().strip()
    except OSError as e:
        raise StartupError(f"{key}: cannot read {path}: "
                           f"{e.strerror or e}") from e


def read_user_id_key(path: str, key: str = "traces.user_id_key_file") -> bytes:
    """The HMAC key for user ids in a key file, written in hex (redact.parse_user_id_key), or
    b"" for no file; StartupError when it cannot be read, is not hex or is shorter than
    128 bits."""
    text = read_key(path, key)
    if not path:
        return b""
    try:
        return parse_user_id_key(text)
    except ValueError as e:
        raise StartupError(f"{key}: {path}: {e}") from None


class OtlpCallSpans:
    """llm_exporter_otlp_call_spans_total (a prometheus-client collector): the OTLP
    receiver's, none until it runs."""

    def __init__(self, receiver: Callable[[], OtlpReceiver | None]):
        self.receiver = receiver

    def collect(self) -> Iterator[Metric]:
        receiver = self.receiver()
        yield metrics.family(metrics.OTLP_CALL_SPANS,
                             receiver.call_spans() if receiver is not None else [])


class BuildInfo:
    """llm_exporter_build_info{version} (a prometheus-client collector)."""

    def collect(self) -> Iterator[Metric]:
        yield metrics.family(metrics.BUILD_INFO, [(__version__, 1)])


def check_fd_budget(config: Config, fd_limit: int) -> None:
    """Warn when the listeners' connection caps add up to more than the open-files limit:
    accept would then fail before a cap is reached."""
    caps = {"web.max_connections": config.web.max_connections}
    if config.ingest.stream:
        caps["ingest.max_connections"] = config.ingest.max_connections
    if config.proxy.listen_address:  # a proxied call holds its client's and its upstream's
        caps["proxy.max_connections"] = 2 * config.proxy.max_connections
    if config.otlp.listen_address:
        caps["otlp.max_connections"] = config.otlp.max_connections
    if 0 in caps.values():
        caps = {key: cap for key, cap in caps.items() if cap == 0}
        log.warning("%s set to 0 (no limit): a connection flood can use up the %d open "
                    "files", " and ".join(caps), fd_limit)
        return
    needed = sum(caps.values()) + FD_RESERVE
    if needed > fd_limit:
        log.warning("the open files limit (%d) is below what the connection caps need (%d: "
                    "%s, +%d): raise it (ulimit -n) or lower them", fd_limit, needed,
                    ", ".join(f"{key} {cap}" for key, cap in caps.items()), FD_RESERVE)


async def serve(config: Config, stop: asyncio.Event | None = None,
                on_ready: asyncio.Future[Sidecar] | None = None,
                clock: Callable[[], float] = time.monotonic,
                wall_clock: Callable[[], float] = time.time) -> int:
    """Run the sidecar until SIGTERM/SIGINT (or ``stop``); returns the exit code. ``clock``
    (monotonic seconds) times the store, expiry and the status page; ``wall_clock`` (unix
    seconds) budgets and exemplars."""
    loop = asyncio.get_running_loop()
    stop = stop or asyncio.Event()
    try:
        sidecar = Sidecar(config, clock, wall_clock)
    except (ConfigError, StartupError) as e:  # a web config or key file that cannot be used
        log.error("%s", e)
        if on_ready is not None and not on_ready.done():
            on_ready.set_exception(e)
        return 1
    check_fd_budget(config, raise_fd_limit())
    try:
        await sidecar.start_listeners()
        sidecar.web_listener, sidecar.web_address = await web.start(sidecar)
    except StartupError as e:
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
    tasks = [background("housekeeping", sidecar.housekeeping())]
    if sidecar.traces is not None:
        tasks.append(background("trace export", sidecar.traces.run()))
    if sidecar.evaluators is not None:
        tasks.append(background("evaluators", sidecar.evaluators.run()))
    if sidecar.proxy is not None and sidecar.proxy.budgets is not None \
            and sidecar.budgets.spend is not None:
        tasks.append(background("budget spend refresh", sidecar.budgets.run()))
    if sidecar.firing is not None:
        tasks.append(background("firing alerts poll", sidecar.firing.run()))
    for transport, address in sidecar.listeners():
        log.info("listening for events on %s %s", transport, address)
    log.info("serving metrics on %s://%s%s", sidecar.web_scheme, sidecar.web_address,
             config.web.telemetry_path)
    if on_ready is not None and not on_ready.done():
        on_ready.set_result(sidecar)
    await stop.wait()
    log.info("shutting down")
    sidecar.ready = False
    for task in tasks:
        task.cancel()
    # together, so in-flight requests get web.shutdown_timeout in all, not once per listener
    await asyncio.gather(sidecar.close_listeners(), sidecar.web_listener.close())
    if sidecar.traces is not None:  # what the listeners had queued last
        await sidecar.traces.flush(config.web.shutdown_timeout)
    if sidecar.cut_off:
        log.warning("shutdown cut off %d request(s) to POST /v1/events still arriving after "
                    "%gs (web.shutdown_timeout); their events were not counted",
                    sidecar.cut_off, config.web.shutdown_timeout)
    log.info("stopped: %d events accepted, %d rejected since start",
             sum(sidecar.pipeline.events.values()), sum(sidecar.pipeline.rejected.values()))
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.remove_signal_handler(sig)
        except (NotImplementedError, RuntimeError):
            pass
    return 0
