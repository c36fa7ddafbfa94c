"""Benchmarks: figures, not pass/fail. Each is printed against a baseline measured in this run.

    make bench                       # everything (a few minutes)
    python bench/run.py ingest emit  # some sections

Sections:
  ingest  end-to-end events/s into a sidecar process over unixgram, unbatched and batched,
          against the raw receive ceiling: a bare Python recv loop on the same socket type
  emit    client emit() µs p50/p99 paced at 5k/s, against a bare sendto of pre-encoded bytes
  scrape  /metrics time and RSS at 1k / 10k / 100k exposed series, against prometheus-client's
          generate_latest over the same families
  otlp    GenAI spans/s over OTLP/HTTP protobuf (LLM_EXPORTER_OTLP_SPANS, 2*10^5), against a
          protobuf-decode-only loop over the same payloads; /healthz meanwhile; RSS after
  flood   /healthz and /metrics latency while 2*10^5 calls (LLM_EXPORTER_FLOOD_EVENTS), each
          naming a new model, arrive at full speed, against the same calls naming one model
  loss    events lost at 10k events/s on the default transport (UDP) while 30k series are
          scraped every second
  checks  answer checks per answer of 1k tokens (µs), built-in and with a JSON schema, whole
          and streamed in 250 chunks, against json.loads of the same response body (work the
          proxy and the wrappers do for every answer anyway)
  store   Store.observe_call µs per call over 20k sample events, in-process, against decoding
          the same events (decode_event), the step before it on the ingest path
  sse     the proxy's stream splitting, µs per event of an OpenAI-style stream arriving in
          reads of 1-4 KiB, split and each event's data parsed, against json.loads of the
          same events' data alone (work the proxy does for every event anyway)
  proxy   latency the proxy adds to an OpenAI-style call, p50/p99, against calling the same
          local upstream directly, sequential and at 200 concurrent requests; and CPU time per
          proxied call, against a bare aiohttp reverse proxy forwarding the same calls
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "exporter"))

from llm_exporter.client import Emitter  # noqa: E402

MODELS = [("openai", "gpt-4o"), ("openai", "gpt-4o-mini"), ("anthropic", "claude-sonnet-4-5"),
          ("anthropic", "claude-haiku-4-5"), ("google", "gemini-2.5-flash")]


def sample_events(n: int, seed: int = 1) -> list[bytes]:
    """Realistic encoded llm_call events over a fixed, moderate label space."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        provider, model = rng.choice(MODELS)
        inp = rng.randint(100, 8000)
        event = {"v": 1, "type": "llm_call", "provider": provider, "model": model,
                 "duration_s": round(rng.uniform(0.2, 8), 3), "input_tokens": inp,
                 "output_tokens": rng.randint(10, 900), "tenant": f"tenant-{rng.randint(0, 19)}",
                 "prompt_name": f"prompt-{rng.randint(0, 4)}", "finish_reason": "stop"}
        if i % 2:
            event["ttft_s"] = round(event["duration_s"] * 0.2, 3)
            event["cache_read_tokens"] = inp // 3
        out.append(json.dumps(event, separators=(",", ":")).encode())
    return out


class SidecarProcess:
    def __init__(self, workdir: str, stream: bool = False, config: str = "", otlp: bool = False):
        """``config``: YAML for --config.file (the flags below win over it); ``otlp``: the
        OTLP receiver on (``self.otlp`` its port)."""
        self.web = _free_port(socket.SOCK_STREAM)
        self.udp = _free_port(socket.SOCK_DGRAM)
        self.otlp = _free_port(socket.SOCK_STREAM) if otlp else 0
        self.sock = os.path.join(workdir, "bench.sock")
        otlp_address = f"127.0.0.1:{self.otlp}" if otlp else ""
        cmd = [sys.executable, "-m", "llm_exporter", "run", f"--otlp.listen-address={otlp_address}",
               f"--web.listen-address=127.0.0.1:{self.web}", f"--ingest.udp=127.0.0.1:{self.udp}",
               f"--ingest.unixgram={self.sock}", "--log.level=warning"]
        if config:
            path = os.path.join(workdir, "bench-config.yaml")
            with open(path, "w") as f:
                f.write(config)
            cmd.append(f"--config.file={path}")
        env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "exporter"))
        self.proc = subprocess.Popen(cmd, env=env)
        self.url = f"http://127.0.0.1:{self.web}"
        for _ in range(200):
            try:
                urllib.request.urlopen(self.url + "/readyz", timeout=1)
                break
            except OSError:
                time.sleep(0.05)

    def feed(self, events: list[bytes], poll: float) -> None:
        """Send events over the unix socket and wait until all are counted."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
            for e in events:
                s.sendto(e, self.sock)
        while self.counter("llm_exporter_events_total") < len(events):
            time.sleep(poll)

    def metrics(self) -> str:
        with urllib.request.urlopen(self.url + "/metrics", timeout=60) as r:
            return r.read().decode()

    def scrape(self, gzip: bool) -> tuple[int, float]:
        """One /metrics as Prometheus asks for it (gzip) or not: bytes on the wire, and the
        sidecar's CPU seconds for it."""
        headers = {"Accept-Encoding": "gzip"} if gzip else {"Accept-Encoding": "identity"}
        cpu = self.cpu_seconds()
        request = urllib.request.Request(self.url + "/metrics", headers=headers)
        with urllib.request.urlopen(request, timeout=60) as r:
            assert (r.headers.get("Content-Encoding") == "gzip") == gzip
            size = len(r.read())
        return size, self.cpu_seconds() - cpu

    def cpu_seconds(self) -> float:
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def counter(self, name: str) -> float:
        total = 0.0
        for line in self.metrics().splitlines():
            if line.startswith(name):
                total += float(line.rsplit(" ", 1)[1])
        return total

    def rss_kib(self) -> int:
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def _free_port(kind: int) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _blocking_sender(path: str, payloads: list[bytes], repeat: int) -> None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    for _ in range(repeat):
        for p in payloads:
            sock.sendto(p, path)  # blocks when the receiver queue is full: nothing is lost
    sock.close()


def _raw_receiver(path: str, n: int, result) -> None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    recv = sock.recv
    result.put("ready")
    recv(65536)
    start = time.perf_counter()
    for _ in range(n - 1):
        recv(65536)
    result.put((n - 1) / (time.perf_counter() - start))
    sock.close()


def raw_ceiling(workdir: str, payloads: list[bytes], repeat: int) -> float:
    """Datagrams/s a bare Python blocking recv loop takes from a unixgram socket."""
    path = os.path.join(workdir, "raw.sock")
    result = multiprocessing.Queue()
    n = len(payloads) * repeat
    receiver = multiprocessing.Process(target=_raw_receiver, args=(path, n, result))
    receiver.start()
    result.get(timeout=10)
    sender = multiprocessing.Process(target=_blocking_sender, args=(path, payloads, repeat))
    sender.start()
    rate = result.get(timeout=120)
    sender.join()
    receiver.join()
    os.unlink(path)
    return rate


def sidecar_rate(workdir: str, payloads: list[bytes], repeat: int,
                 events_per_payload: int, config: str = "",
                 after: list | None = None) -> float:
    """Events/s into a sidecar process, from first send until it has counted every event;
    ``after`` gets the sidecar's /metrics text at the end."""
    sidecar = SidecarProcess(workdir, config=config)
    try:
        n = len(payloads) * repeat * events_per_payload
        sender = multiprocessing.Process(target=_blocking_sender,
                                         args=(sidecar.sock, payloads, repeat))
        start = time.perf_counter()
        sender.start()
        sender.join()
        while sidecar.counter("llm_exporter_events_total") < n:
            time.sleep(0.1)  # a scrape costs the sidecar CPU: poll rarely
        rate = n / (time.perf_counter() - start)
        if after is not None:
            time.sleep(1.5)  # the last batches of spans go out
            after.append(sidecar.metrics())
        return rate
    finally:
        sidecar.stop()


def bench_ingest(workdir: str) -> None:
    print("\n== ingest: events/s over unixgram into a sidecar process (sender on the other core)")
    events = sample_events(20_000)
    ceiling = raw_ceiling(workdir, events, 20)
    unbatched = sidecar_rate(workdir, events, 20, 1)
    batches = [b"[" + b",".join(events[i:i + 50]) + b"]" for i in range(0, len(events), 50)]
    batched = sidecar_rate(workdir, batches, 50, 50)
    print(f"  baseline  raw Python recv loop, no decoding     {ceiling:>10,.0f} datagrams/s")
    print(f"  sidecar   one event per datagram               {unbatched:>10,.0f} events/s"
          f"   {unbatched / ceiling:.2f} x baseline")
    print(f"  sidecar   50 events per datagram (JSON array)  {batched:>10,.0f} events/s"
          f"   {batched / ceiling:.2f} x baseline")


TRACE_SINK = """
import sys
from aiohttp import web
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
async def traces(request):
    ExportTraceServiceRequest.FromString(await request.read())  # decoded, then dropped
    return web.Response(body=b"", content_type="application/x-protobuf")
app = web.Application(client_max_size=64 * 1024 * 1024)
app.router.add_post("/v1/traces", traces)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None)
"""


def bench_traces(workdir: str) -> None:
    print("\n== traces: ingest (50 events per datagram) with span export on, against the same "
          "sidecar with it off; spans to a local OTLP/HTTP sink in its own process")
    events = sample_events(20_000)
    batches = [b"[" + b",".join(events[i:i + 50]) + b"]" for i in range(0, len(events), 50)]
    port = _free_port(socket.SOCK_STREAM)
    sink = subprocess.Popen([sys.executable, "-c", TRACE_SINK, str(port)])
    try:
        time.sleep(1.0)
        off = sidecar_rate(workdir, batches, 20, 50)
        print(f"  baseline  span export off                 {off:>10,.0f} events/s")
        for ratio in (1.0, 0.01):
            after: list = []
            config = (f"traces: {{endpoint: 'http://127.0.0.1:{port}/v1/traces', "
                      f"max_queue_spans: 20000, batch_delay: 0.2s, "
                      f"sampling: {{ratio: {ratio}}}}}\n")
            on = sidecar_rate(workdir, batches, 20, 50, config, after)
            exported = sum(float(line.rsplit(" ", 1)[1]) for line in after[0].splitlines()
                           if line.startswith("llm_exporter_trace_spans_exported_total"))
            dropped = sum(float(line.rsplit(" ", 1)[1]) for line in after[0].splitlines()
                          if line.startswith("llm_exporter_trace_spans_dropped_total{"))
            print(f"  sidecar   export on, ratio {ratio:<5}        {on:>10,.0f} events/s   "
                  f"{on / off:.2f} x baseline; {exported:,.0f} spans exported, "
                  f"{dropped:,.0f} dropped")
    finally:
        sink.terminate()
        sink.wait(10)


def _paced(fn, rate: float, n: int) -> list[float]:
    interval = 1.0 / rate
    times = []
    next_at = time.perf_counter()
    for i in range(n):
        while time.perf_counter() < next_at:
            pass
        t0 = time.perf_counter_ns()
        fn(i)
        times.append((time.perf_counter_ns() - t0) / 1000)
        next_at += interval
    return times


def _compare_latencies(base_label: str, base: list[float], label: str, ours: list[float],
                       ratio_label: str) -> None:
    """p50 and p99 of both, and their ratios."""
    for name, t in ((base_label, base), (label, ours)):
        q = statistics.quantiles(t, n=100)
        print(f"  {name:<44} p50 {q[49]:6.1f}  p99 {q[98]:6.1f}")
    q_ours, q_base = statistics.quantiles(ours, n=100), statistics.quantiles(base, n=100)
    print(f"  {ratio_label}: p50 {q_ours[49] / q_base[49]:.2f} x, "
          f"p99 {q_ours[98] / q_base[98]:.2f} x")


def bench_emit(workdir: str) -> None:
    print("\n== emit: client library cost per call, paced at 5k calls/s (µs)")
    sidecar = SidecarProcess(workdir)
    try:
        events = [json.loads(p) for p in sample_events(10_000, seed=2)]
        emitter = Emitter(f"udp:127.0.0.1:{sidecar.udp}")
        encoded = [json.dumps(e, separators=(",", ":")).encode() for e in events]
        bare = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        bare.setblocking(False)
        target = ("127.0.0.1", sidecar.udp)
        base = _paced(lambda i: bare.sendto(encoded[i], target), 5000, 10_000)
        ours = _paced(lambda i: emitter.emit(events[i]), 5000, 10_000)
        _compare_latencies("baseline  bare sendto of pre-encoded bytes", base,
                           "client    Emitter.emit(dict) over UDP", ours, "emit / bare sendto")
        print(f"  dropped {emitter.dropped}")
    finally:
        sidecar.stop()


def bench_agent(workdir: str) -> None:
    print("\n== agent: track() inside client.agent() against a bare track(), paced at 5k "
          "calls/s (µs)")
    from llm_exporter import client

    sidecar = SidecarProcess(workdir)
    try:
        emitter = Emitter(f"udp:127.0.0.1:{sidecar.udp}")

        def call(i: int) -> None:
            with client.track(model="gpt-4o", provider="openai", emitter=emitter) as c:
                c.usage(input_tokens=100 + i % 7, output_tokens=20)
        base = _paced(call, 5000, 10_000)
        with client.agent("bench", emitter=emitter):
            inside = _paced(call, 5000, 10_000)
        _compare_latencies("baseline  track() on its own", base,
                           "agent     track() inside client.agent()", inside,
                           "inside a run / bare")
        print(f"  dropped {emitter.dropped}")
    finally:
        sidecar.stop()


def series_events(label_sets: int) -> list[bytes]:
    """Events that create about ``label_sets`` distinct rows within the default label caps."""
    out = []
    for i in range(label_sets):
        provider, model = MODELS[i % len(MODELS)]
        out.append(json.dumps({
            "type": "llm_call", "provider": provider, "model": f"{model}-{i % 40}",
            "duration_s": 1.0 + (i % 7), "ttft_s": 0.3, "input_tokens": 1000 + i,
            "output_tokens": 100, "cache_read_tokens": 10, "tenant": f"tenant-{i % 997}",
            "prompt_name": f"prompt-{i % 13}", "finish_reason": "stop"}).encode())
    return out


class _Collector:
    """Hands prometheus-client's generate_latest a fixed list of metric families."""

    def __init__(self, metrics):
        self.metrics = list(metrics)

    def collect(self):
        return self.metrics


def bench_scrape(workdir: str) -> None:
    from prometheus_client import generate_latest

    from llm_exporter.config import Config
    from llm_exporter.sidecar.core.decode import decode_event
    from llm_exporter.sidecar.core.exposition import as_metric_families
    from llm_exporter.sidecar.core.store import Store

    print("\n== scrape: GET /metrics on a sidecar process, and its memory; on the wire and the "
          "sidecar's CPU per scrape, plain and gzipped (as Prometheus asks)")
    print(f"  {'label sets':>10} {'series':>8} {'scrape ms':>10} {'baseline ms':>12} {'ratio':>6}"
          f" {'RSS +MiB':>9} {'MiB/1k sets':>12} {'plain KiB':>10} {'CPU ms':>7}"
          f" {'gzip KiB':>9} {'CPU ms':>7}")
    for target in (1_000, 10_000, 100_000):
        rows = max(1, int(target / 4.6))  # measured: ~4.6 exposed series per row
        events = series_events(rows)
        sidecar = SidecarProcess(workdir)
        try:
            before = sidecar.rss_kib()
            sidecar.feed(events, poll=0.05)
            text = sidecar.metrics()
            series = sum(1 for line in text.splitlines() if line and not line.startswith("#"))
            sets = sidecar.counter("llm_exporter_label_sets")
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                sidecar.metrics()
                times.append(time.perf_counter() - t0)
            rss = (sidecar.rss_kib() - before) / 1024
            wire = {}
            for gzip in (False, True):
                runs = [sidecar.scrape(gzip) for _ in range(5)]
                wire[gzip] = (runs[0][0], statistics.median(cpu for _, cpu in runs))
        finally:
            sidecar.stop()
        # baseline: the same families through prometheus-client's generate_latest, in-process
        store = Store(Config())
        for e in events:
            store.observe_call(decode_event(e))

        t0 = time.perf_counter()  # what a custom Collector would do per scrape
        generate_latest(_Collector(as_metric_families(store.families())))
        baseline = time.perf_counter() - t0
        scrape = statistics.median(times)
        print(f"  {sets:>10,.0f} {series:>8,} {scrape * 1000:>10.1f} {baseline * 1000:>12.1f}"
              f" {scrape / baseline:>6.2f} {rss:>9.1f} {rss / sets * 1000:>12.2f}"
              f" {wire[False][0] / 1024:>10,.0f} {wire[False][1] * 1000:>7.0f}"
              f" {wire[True][0] / 1024:>9,.0f} {wire[True][1] * 1000:>7.0f}")


def combination_flood(n: int) -> list[bytes]:
    """Calls whose every label value is inside its cap but whose every combination is new."""
    return [json.dumps({
        "type": "llm_call", "provider": f"p{i % 50}", "model": f"m{i % 199}",
        "error_type": f"e{i % 47}", "duration_s": 1.0, "tenant": f"t{i % 997}",
        "prompt_name": f"n{i % 193}", "finish_reason": "stop"}).encode() for i in range(n)]


def bench_cap(workdir: str) -> None:
    print("\n== cap: 100k calls, every label inside its cap, every combination new")
    print(f"  {'limits.label_sets':>20} {'label sets':>10} {'/metrics MB':>12} {'scrape ms':>10}"
          f" {'RSS +MiB':>9}")
    events = combination_flood(100_000)
    for cap in (10_000, 20_000, 50_000, 10**9):
        sidecar = SidecarProcess(workdir, config=f"limits: {{label_sets: {cap}}}\n")
        try:
            before = sidecar.rss_kib()
            sidecar.feed(events, poll=0.2)
            sets = sidecar.counter("llm_exporter_label_sets")
            times, size = [], 0
            for _ in range(3):
                t0 = time.perf_counter()
                size = len(sidecar.metrics())
                times.append(time.perf_counter() - t0)
            rss = (sidecar.rss_kib() - before) / 1024
            wire = {}
            for gzip in (False, True):
                runs = [sidecar.scrape(gzip) for _ in range(5)]
                wire[gzip] = (runs[0][0], statistics.median(cpu for _, cpu in runs))
        finally:
            sidecar.stop()
        shown = "off (baseline)" if cap == 10**9 else f"{cap:,}"
        print(f"  {shown:>20} {sets:>10,.0f} {size / 1e6:>12.1f}"
              f" {statistics.median(times) * 1000:>10.0f} {rss:>9.1f}")


def _flood_sender(path: str, n: int, distinct: bool) -> None:
    """``n`` calls over unixgram (blocking: none lost), each with a new model name or not."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    for i in range(n):
        model = f"flood-model-{i}" if distinct else "gpt-4o"
        sock.sendto(b'{"type":"llm_call","provider":"openai","model":"%s","duration_s":1.0,'
                    b'"input_tokens":100,"output_tokens":10}' % model.encode(), path)
    sock.close()


def _healthz_poller(url: str, stop, result) -> None:
    """/healthz every 20 ms and /metrics every 2 s until ``stop`` is set: their latencies."""
    health, scrapes, last_scrape = [], [], 0.0
    while not stop.is_set():
        began = time.perf_counter()
        urllib.request.urlopen(url + "/healthz", timeout=60).read()
        health.append(time.perf_counter() - began)
        if began - last_scrape >= 2.0:
            last_scrape = time.perf_counter()
            urllib.request.urlopen(url + "/metrics", timeout=60).read()
            scrapes.append(time.perf_counter() - last_scrape)
        time.sleep(0.02)
    result.put((health, scrapes))


def polled(sidecar: SidecarProcess, send) -> tuple[float, list[float], list[float], float]:
    """Run ``send()`` (it returns how many events it sent) while a poller times /healthz and
    /metrics, until the sidecar has counted them all: (seconds, sorted /healthz latencies,
    /metrics latencies, RSS growth in MiB)."""
    stop, result = multiprocessing.Event(), multiprocessing.Queue()
    poller = multiprocessing.Process(target=_healthz_poller, args=(sidecar.url, stop, result))
    before = sidecar.rss_kib()
    poller.start()
    started = time.perf_counter()
    sent = send()
    while sidecar.counter("llm_exporter_events_total") < sent:
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    stop.set()
    health, scrapes = result.get(timeout=120)
    poller.join()
    return elapsed, sorted(health), scrapes, (sidecar.rss_kib() - before) / 1024


def bench_flood(workdir: str) -> None:
    n = int(os.environ.get("LLM_EXPORTER_FLOOD_EVENTS", "200000"))
    print(f"\n== flood: {n:,} calls over unixgram at full speed, each with a new model name, "
          "against the same calls all naming one model; /healthz polled every 20 ms")
    print(f"  {'calls':>20} {'events/s':>9} {'counted':>9} {'healthz p50 ms':>15} {'p99':>6}"
          f" {'max':>6} {'scrape max ms':>14} {'RSS +MiB':>9}")
    rates = {}
    for distinct in (False, True):
        sidecar = SidecarProcess(workdir)

        def send(distinct=distinct, sidecar=sidecar) -> int:
            sender = multiprocessing.Process(target=_flood_sender,
                                             args=(sidecar.sock, n, distinct))
            sender.start()
            sender.join()
            return n
        try:
            elapsed, health, scrapes, rss = polled(sidecar, send)
            counted = sidecar.counter("llm_exporter_events_total")
        finally:
            sidecar.stop()
        rates[distinct] = n / elapsed
        shown = "new model each" if distinct else "one model (baseline)"
        print(f"  {shown:>20} {rates[distinct]:>9,.0f} {counted:>9,.0f}"
              f" {health[len(health) // 2] * 1000:>15.1f}"
              f" {health[int(len(health) * 0.99)] * 1000:>6.1f} {health[-1] * 1000:>6.1f}"
              f" {max(scrapes) * 1000:>14.1f} {rss:>9.1f}")
    print(f"  new model names ingest at {rates[True] / rates[False]:.2f} x the baseline rate")


def otlp_payloads(spans_per_request: int = 512, n: int = 20) -> list[bytes]:
    """Export requests of GenAI chat spans as an instrumentation sends them (the SDK's batch
    processor exports 512 at a time), with the attributes such spans carry besides."""
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
        ExportTraceServiceRequest,
    )
    from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
    from opentelemetry.proto.trace.v1.trace_pb2 import Span

    def kv(key, value):
        v = AnyValue(int_value=value) if isinstance(value, int) else AnyValue(string_value=value)
        return KeyValue(key=key, value=v)

    rng = random.Random(3)
    out = []
    for r in range(n):
        request = ExportTraceServiceRequest()
        resource_spans = request.resource_spans.add()
        resource_spans.resource.attributes.extend([kv("service.name", "app"),
                                                   kv("tenant.id", f"tenant-{r % 7}")])
        scope = resource_spans.scope_spans.add()
        for i in range(spans_per_request):
            provider, model = MODELS[i % len(MODELS)]
            start = 1_700_000_000_000_000_000 + i * 10**9
            scope.spans.append(Span(
                trace_id=rng.randbytes(16), span_id=rng.randbytes(8), name=f"chat {model}",
                kind=Span.SPAN_KIND_CLIENT, start_time_unix_nano=start,
                end_time_unix_nano=start + rng.randint(2 * 10**8, 5 * 10**9),
                attributes=[kv("gen_ai.operation.name", "chat"),
                            kv("gen_ai.provider.name", provider),
                            kv("gen_ai.request.model", model), kv("gen_ai.response.model", model),
                            kv("gen_ai.response.id", f"chatcmpl-{i}"),
                            kv("gen_ai.usage.input_tokens", rng.randint(100, 5000)),
                            kv("gen_ai.usage.output_tokens", rng.randint(10, 800)),
                            kv("server.address", "api.openai.com"), kv("server.port", 443),
                            kv("gen_ai.openai.api_base", "https://api.openai.com/v1/")]))
        out.append(request.SerializeToString())
    return out


def bench_otlp(workdir: str) -> None:
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
        ExportTraceServiceRequest,
    )

    total = int(os.environ.get("LLM_EXPORTER_OTLP_SPANS", "200000"))
    payloads = otlp_payloads()
    per = 512
    print(f"\n== otlp: {total:,} GenAI spans over OTLP/HTTP protobuf, 512 per request, one "
          "keep-alive connection; against decoding the same payloads with protobuf alone")
    started = time.perf_counter()
    decoded = 0
    while decoded < total:
        for p in payloads:
            decoded += len(ExportTraceServiceRequest.FromString(p).resource_spans[0]
                           .scope_spans[0].spans)
    baseline = decoded / (time.perf_counter() - started)
    sidecar = SidecarProcess(workdir, otlp=True)
    largest = 0.0

    def send() -> int:
        import http.client

        nonlocal largest
        conn = http.client.HTTPConnection("127.0.0.1", sidecar.otlp, timeout=60)
        sent = 0
        while sent < total:
            for p in payloads:
                t0 = time.perf_counter()
                conn.request("POST", "/v1/traces", p, {"Content-Type": "application/x-protobuf"})
                assert conn.getresponse().read() == b""  # 200, no partial_success
                largest = max(largest, time.perf_counter() - t0)
                sent += per
        return sent
    try:
        elapsed, health, _, rss = polled(sidecar, send)
        sent = int(sidecar.counter("llm_exporter_events_total"))
    finally:
        sidecar.stop()
    rate = sent / elapsed
    print(f"  baseline  protobuf decode only        {baseline:>9,.0f} spans/s")
    print(f"  sidecar   decode, map, count, price   {rate:>9,.0f} spans/s   "
          f"{rate / baseline:.2f} x baseline")
    print(f"  one request of 512 spans: up to {largest * 1000:.0f} ms; /healthz meanwhile "
          f"p50 {health[len(health) // 2] * 1000:.1f} ms, max {health[-1] * 1000:.1f} ms; "
          f"RSS after {sent:,} spans +{rss:.1f} MiB")


def _paced_udp_sender(port: int, rate: float, seconds: float, result) -> None:
    emitter = Emitter(f"udp:127.0.0.1:{port}")
    events = [json.loads(p) for p in sample_events(5000, seed=5)]
    n = int(rate * seconds)
    interval = 1.0 / rate
    start = time.perf_counter()
    for i in range(n):
        emitter.emit(events[i % len(events)])
        delay = start + (i + 1) * interval - time.perf_counter()
        if delay > 0.0005:
            time.sleep(delay)
    emitter.flush(5)
    result.put((emitter.sent, emitter.dropped))


def bench_loss(workdir: str) -> None:
    print("\n== loss: 10k events/s over UDP (the default) for 10 s, /metrics scraped every second")
    sidecar = SidecarProcess(workdir)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
            for e in series_events(int(30_000 / 4.6)):
                s.sendto(e, sidecar.sock)
        time.sleep(1)
        base_events = sidecar.counter("llm_exporter_events_total")
        series = sum(1 for line in sidecar.metrics().splitlines() if line and line[0] != "#")
        result = multiprocessing.Queue()
        sender = multiprocessing.Process(target=_paced_udp_sender,
                                         args=(sidecar.udp, 10_000, 10.0, result))
        sender.start()
        scrapes = []
        while sender.is_alive():
            t0 = time.perf_counter()
            sidecar.metrics()
            scrapes.append(time.perf_counter() - t0)
            time.sleep(max(0.0, 1.0 - (time.perf_counter() - t0)))
        sent, dropped = result.get()
        time.sleep(0.5)
        got = sidecar.counter("llm_exporter_events_total") - base_events
        kernel = sidecar.counter("llm_exporter_socket_drops_total")
        print(f"  series exposed {series:,}; scrapes {len(scrapes)}, "
              f"median {statistics.median(scrapes) * 1000:.0f} ms")
        print(f"  sent {sent:,}  client-dropped {dropped:,}  received {got:,.0f}  "
              f"kernel-dropped {kernel:,.0f}  lost {(sent - got) / max(sent, 1):.3%}")
    finally:
        sidecar.stop()


COMPLETION = json.dumps({
    "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o",
    "choices": [{"index": 0, "finish_reason": "stop",
                 "message": {"role": "assistant", "content": "Hello, world!"}}],
    "usage": {"prompt_tokens": 1200, "completion_tokens": 30, "total_tokens": 1230,
              "prompt_tokens_details": {"cached_tokens": 1000}}}).encode()


def _upstream(port_queue) -> None:
    """A minimal OpenAI-compatible upstream that answers at once."""
    from aiohttp import web

    async def chat(request):
        await request.read()
        return web.Response(body=COMPLETION, content_type="application/json")

    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    _serve_forever(app, port_queue)


def _serve_forever(app, port_queue) -> None:
    """Serve an aiohttp app on a free loopback port (put on port_queue) until killed."""
    import asyncio

    from aiohttp import web

    async def main():
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        port_queue.put(runner.addresses[0][1])
        await asyncio.Event().wait()

    asyncio.run(main())


def _bare_proxy(upstream_url: str, port_queue) -> None:
    """The baseline: an aiohttp reverse proxy that forwards and does nothing else."""
    import aiohttp
    from aiohttp import web

    session_key = web.AppKey("session", aiohttp.ClientSession)

    async def start_session(app):
        app[session_key] = aiohttp.ClientSession(auto_decompress=False)

    async def forward(request):
        body = await request.read()
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() not in ("host", "content-length")}
        async with request.app[session_key].request(
                request.method, f"{upstream_url}/{request.match_info['path']}",
                headers=headers, data=body) as upstream:
            return web.Response(status=upstream.status, body=await upstream.read(),
                                content_type=upstream.content_type)

    app = web.Application()
    app.on_startup.append(start_session)
    app.router.add_route("*", "/openai/{path:.*}", forward)
    _serve_forever(app, port_queue)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench_proxy(workdir: str) -> None:
    import asyncio

    import aiohttp

    print("\n== proxy: added latency per call (ms), upstream answering at once on loopback")
    ports = multiprocessing.Queue()
    upstream = multiprocessing.Process(target=_upstream, args=(ports,), daemon=True)
    upstream.start()
    upstream_url = f"http://127.0.0.1:{ports.get(timeout=10)}/v1"
    proxy_port = _free_port(socket.SOCK_STREAM)
    web_port = _free_port(socket.SOCK_STREAM)
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "exporter"))
    sidecar = subprocess.Popen(
        [sys.executable, "-m", "llm_exporter", "run", "--otlp.listen-address=",
         f"--web.listen-address=127.0.0.1:{web_port}",
         "--ingest.udp=", "--ingest.unixgram=", f"--proxy.listen-address=127.0.0.1:{proxy_port}",
         f"--proxy.upstream=openai={upstream_url}", "--log.level=warning"], env=env)
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{web_port}/readyz", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]})
        targets = {"direct": f"{upstream_url}/chat/completions",
                   "proxy": f"http://127.0.0.1:{proxy_port}/openai/chat/completions"}

        async def measure(url: str, total: int, concurrency: int) -> list[float]:
            times: list[float] = []
            connector = aiohttp.TCPConnector(limit=concurrency)
            async with aiohttp.ClientSession(connector=connector) as session:
                async def one():
                    t0 = time.perf_counter()
                    async with session.post(url, data=body,
                                            headers={"Authorization": "Bearer x",
                                                     "Content-Type": "application/json"}) as r:
                        await r.read()
                        assert r.status == 200, r.status
                    times.append((time.perf_counter() - t0) * 1000)

                for _ in range(50):  # warm the connection pools
                    await one()
                times.clear()
                if concurrency == 1:
                    for _ in range(total):
                        await one()
                else:
                    queue = asyncio.Semaphore(concurrency)

                    async def bounded():
                        async with queue:
                            await one()
                    await asyncio.gather(*(bounded() for _ in range(total)))
            return times

        for label, total, concurrency in (("sequential", 1000, 1), ("200 concurrent", 4000, 200)):
            result = {}
            for name, url in targets.items():
                q = statistics.quantiles(asyncio.run(measure(url, total, concurrency)), n=100)
                result[name] = (q[49], q[98])
            (d50, d99), (p50, p99) = result["direct"], result["proxy"]
            print(f"  {label:<15} direct p50 {d50:6.2f} p99 {d99:7.2f} | via proxy p50 {p50:6.2f}"
                  f" p99 {p99:7.2f} | added p50 {p50 - d50:+6.2f} p99 {p99 - d99:+7.2f}"
                  f"   ({p50 / d50:.2f} x direct at p50)")

        bare_ports = multiprocessing.Queue()
        bare = multiprocessing.Process(target=_bare_proxy, args=(upstream_url, bare_ports),
                                       daemon=True)
        bare.start()
        bare_url = f"http://127.0.0.1:{bare_ports.get(timeout=10)}/openai/chat/completions"
        calls = 3000
        cpu = {}
        for name, url, pid in (("bare aiohttp proxy", bare_url, bare.pid),
                               ("llm-exporter proxy", targets["proxy"], sidecar.pid)):
            asyncio.run(measure(url, 200, 1))  # warm up
            before = _cpu_seconds(pid)
            asyncio.run(measure(url, calls, 1))
            cpu[name] = (_cpu_seconds(pid) - before) / calls * 1e6
        bare.terminate()
        base = cpu["bare aiohttp proxy"]
        print(f"  CPU per call ({calls} sequential): bare aiohttp proxy {base:6.0f} µs | "
              f"llm-exporter proxy {cpu['llm-exporter proxy']:6.0f} µs "
              f"({cpu['llm-exporter proxy'] / base:.2f} x baseline)")
    finally:
        sidecar.terminate()
        sidecar.wait(10)
        upstream.terminate()


def bench_checks(workdir: str) -> None:
    from llm_exporter.checks import AnswerChecks, Expectation
    from llm_exporter.content import AnswerText

    print("\n== checks: answer checks per answer of ~1k tokens (µs)")
    sentence = ("The quarterly report shows revenue growth in every region, with churn down "
                "two points and support tickets resolved faster than last year. ")
    text = sentence * 28  # ~4,300 characters: about 1,000 tokens of English
    body = json.dumps({"choices": [{"index": 0, "finish_reason": "stop",
                                    "message": {"role": "assistant", "content": text}}]})
    rows = [{"region": f"r{i}", "revenue": 1000 + i, "growth": 0.05, "note": sentence[:60]}
            for i in range(45)]
    json_text = json.dumps({"rows": rows})  # ~4,300 characters of JSON
    schema = {"type": "object", "required": ["rows"], "properties": {"rows": {
        "type": "array", "items": {"type": "object", "required": ["region", "revenue"],
                                   "properties": {"region": {"type": "string"},
                                                  "revenue": {"type": "integer"},
                                                  "growth": {"type": "number"},
                                                  "note": {"type": "string"}}}}}}
    chunks = [{"choices": [{"index": 0, "delta": {"content": text[i:i + 17]}}]}
              for i in range(0, len(text), 17)]
    checks = AnswerChecks()
    refusal_only = AnswerChecks(empty=False, truncated=False, hedge=False, json_valid=False,
                                json_schema=False, tool_arguments=False)
    refusal = ("I'm sorry, but I can't help with that request. If you have other questions, "
               "I'm happy to help.")
    expect = Expectation(True, schema)

    def timed(fn, n: int = 2000) -> float:
        fn()
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        return (time.perf_counter() - t0) / n * 1e6

    def streamed() -> None:
        answer = AnswerText()
        for data in chunks:
            answer.stream_event(data)
        checks.run(answer.text(), finish_reason="stop")

    def whole() -> None:
        answer = AnswerText()
        answer.response(json.loads(body))
        checks.run(answer.text(), finish_reason="stop")

    base = timed(lambda: json.loads(body))
    results = [
        ("baseline  json.loads of the response body", base),
        ("built-in checks on the text", timed(lambda: checks.run(text, finish_reason="stop"))),
        ("  of which the refusal check", timed(lambda: refusal_only.run(text))),
        ("refusal check on a refusal", timed(lambda: refusal_only.run(refusal))),
        ("JSON answer: parse + schema validation",
         timed(lambda: checks.run(json_text, finish_reason="stop", expect=expect), 500)),
        ("whole response: parse, collect, check", timed(whole)),
        (f"streamed in {len(chunks)} chunks: collect, check", timed(streamed, 500)),
    ]
    for label, us in results:
        print(f"  {label:<44} {us:8.1f} µs  ({us / base:5.2f} x baseline)")


def bench_store(workdir: str) -> None:
    from llm_exporter.config import Config
    from llm_exporter.sidecar.core.decode import decode_event
    from llm_exporter.sidecar.core.store import Store

    print("\n== store: cost per call in-process, 20k sample events (µs, best of 7)")
    payloads = sample_events(20_000)
    events = [decode_event(p) for p in payloads]

    def best(fn) -> float:
        runs = []
        for _ in range(7):
            t0 = time.perf_counter()
            fn()
            runs.append((time.perf_counter() - t0) / len(events) * 1e6)
        return min(runs)

    def observe() -> None:
        store = Store(Config())
        for e in events:
            store.observe_call(e)

    base = best(lambda: [decode_event(p) for p in payloads])
    ours = best(observe)
    print(f"  baseline  decode_event                      {base:6.2f} µs")
    print(f"  store     Store.observe_call                {ours:6.2f} µs  ({ours / base:.2f} x "
          "baseline)")


def openai_stream(events: int, seed: int = 1) -> list[bytes]:
    """An OpenAI-style chat stream of ``events`` chunks, as the reads that carry it (1-4 KiB)."""
    rng = random.Random(seed)
    body = b"".join(
        b"data: " + json.dumps({"id": "chatcmpl-1", "object": "chat.completion.chunk",
                                "model": "gpt-4o", "choices": [{"index": 0, "delta": {
                                    "content": " word" * rng.randint(1, 4)}}]}).encode()
        + b"\n\n" for _ in range(events)) + b"data: [DONE]\n\n"
    reads, i = [], 0
    while i < len(body):
        n = rng.randint(1024, 4096)
        reads.append(body[i:i + n])
        i += n
    return reads


def bench_sse(workdir: str) -> None:
    from llm_exporter.sidecar.sources import sse

    print("\n== sse: the proxy's stream splitting, 20k events in 1-4 KiB reads (µs per event, "
          "best of 7)")
    events = 20_000
    reads = openai_stream(events)
    datas = [raw[6:] for raw in b"".join(reads).split(b"\n\n") if raw.startswith(b"data: {")]

    def best(fn) -> float:
        runs = []
        for _ in range(7):
            t0 = time.perf_counter()
            fn()
            runs.append((time.perf_counter() - t0) / events * 1e6)
        return min(runs)

    def split(parse: bool) -> None:
        splitter = sse.EventSplitter()
        for chunk in reads:
            whole, _ = splitter.feed(chunk)
            if parse:
                for raw in whole:
                    sse.parse(raw)

    base = best(lambda: [json.loads(d) for d in datas])
    alone = best(lambda: split(False))
    both = best(lambda: split(True))
    print(f"  baseline  json.loads of each event's data   {base:6.2f} µs")
    print(f"  sse       EventSplitter.feed                {alone:6.2f} µs  ({alone / base:.2f} x "
          "baseline)")
    print(f"  sse       feed + parse                      {both:6.2f} µs  ({both / base:.2f} x "
          "baseline)")


def bench_status(workdir: str) -> None:
    from llm_exporter.config import Config
    from llm_exporter.sidecar.core.decode import LlmCall
    from llm_exporter.sidecar.core.exposition import render
    from llm_exporter.sidecar.core.store import Store
    from llm_exporter.sidecar.web.status import Recent

    print("\n== status page: its ring at 20,000 label sets, 20 models (ms, best of 5)")
    now = [1000.0]
    store = Store(Config(), clock=lambda: now[0])

    def traffic(n: int) -> None:
        for i in range(n):
            store.observe_call(LlmCall(
                provider="openai", model=f"m{i % 20}", duration_s=1.0, ttft_s=0.3,
                tenant=f"t{(i // 20) % 1000}", prompt_name=f"p{i % 20}", input_tokens=10,
                output_tokens=5, cost_usd=0.01))

    traffic(20_000)
    recent = Recent(store)
    for _ in range(61):  # a full ring
        traffic(2000)
        now[0] += 15
        store.tick()
        recent.tick()

    def best(fn) -> float:
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            fn()
            runs.append((time.perf_counter() - t0) * 1e3)
        return min(runs)

    def close_slot() -> None:
        traffic(2000)
        now[0] += 15
        store.tick()
        t0 = time.perf_counter()
        recent.tick()
        closes.append((time.perf_counter() - t0) * 1e3)

    def answer() -> None:
        window = recent.window()
        recent.models(window)
        recent.spent_today(window)

    closes: list[float] = []
    base = best(lambda: "".join(render(store.families(), openmetrics=False)))
    for _ in range(5):
        close_slot()
    view = best(answer)
    print(f"  label sets {store.series_count()}")
    print(f"  baseline  one /metrics render               {base:7.1f} ms")
    print(f"  status    closing a 15-s slot               {min(closes):7.1f} ms  "
          f"({min(closes) / base:.2f} x baseline, every 15 s)")
    print(f"  status    one /api/v1/status window         {view:7.1f} ms  "
          f"({view / base:.2f} x baseline, per request)")


SECTIONS = {"ingest": bench_ingest, "emit": bench_emit, "agent": bench_agent,
            "scrape": bench_scrape, "cap": bench_cap,
            "flood": bench_flood, "loss": bench_loss, "proxy": bench_proxy, "otlp": bench_otlp,
            "traces": bench_traces, "checks": bench_checks, "store": bench_store,
            "status": bench_status, "sse": bench_sse}

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(SECTIONS)
    print(f"llm-exporter benchmarks on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as workdir:
        for name in chosen:
            SECTIONS[name](workdir)
