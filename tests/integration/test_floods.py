"""Connection floods against a sidecar process held to a low open-files limit, on both event
loops the sidecar runs on (asyncio, and uvloop from the ``fast`` extra).

With its connection caps (``web.max_connections``, ``ingest.max_connections``) the sidecar
never reaches the limit: the flood waits in the kernel's backlog. With the caps off it does;
accept then fails, which is counted and logged once (asyncio alone logged 12,457 tracebacks
in 5 s, and under uvloop the first event priced after it was lost). Either way the events
sent meanwhile are counted and the sidecar serves again once the flood goes.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from google.protobuf.internal.encoder import _VarintBytes

from conftest import HealthzPoller, memory_mib, samples, wait_ready

FD_LIMIT = 256
FLOOD = 300  # connections to each of the web and stream listeners
EVENT = json.dumps({"type": "llm_call", "v": 1, "provider": "openai", "model": "gpt-4o",
                    "duration_s": 0.5, "input_tokens": 10, "output_tokens": 5}).encode()
# the sidecar's own entry point, with uvloop hidden when the test asks for plain asyncio
ENTRY = ("import sys\nif sys.argv.pop(1) == 'asyncio': sys.modules['uvloop'] = None\n"
         "from llm_exporter.cli import main\nsys.exit(main(sys.argv[1:]))")


def free_port(kind=socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def open_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def flood(port: int, n: int) -> list[socket.socket]:
    """``n`` connections that send nothing (connects left in progress past the backlog)."""
    socks = []
    for _ in range(n):
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        socks.append(s)
    return socks


def healthz_seconds(url: str) -> float:
    began = time.monotonic()
    with urllib.request.urlopen(url + "/healthz", timeout=10) as r:
        assert r.status == 200
    return time.monotonic() - began


@pytest.mark.parametrize("loop", ["asyncio", "uvloop"])
@pytest.mark.parametrize("capped", [True, False], ids=["capped", "uncapped"])
def test_a_connection_flood_at_the_open_files_limit(tmp_path, loop, capped):
    if loop == "uvloop":
        import uvloop  # noqa: F401  (installed by the fast extra; a missing one fails here)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4 * FLOOD)), hard))
    web, stream, udp = free_port(), free_port(), free_port(socket.SOCK_DGRAM)
    cap = 80 if capped else 0  # 2 x 80 + the 64 kept in reserve fit in 256
    config = tmp_path / "config.yaml"
    config.write_text(json.dumps({
        "web": {"listen_address": f"127.0.0.1:{web}", "max_connections": cap,
                "header_timeout": "60s"},
        "ingest": {"unixgram": "", "udp": f"127.0.0.1:{udp}", "stream": f"127.0.0.1:{stream}",
                   "max_connections": cap}}))
    log = open(tmp_path / "sidecar.log", "w+")
    proc = subprocess.Popen(
        [sys.executable, "-c", ENTRY, loop, "run", f"--config.file={config}",
         "--otlp.listen-address="], stderr=log,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (FD_LIMIT, FD_LIMIT)))
    url = f"http://127.0.0.1:{web}"
    held: list[socket.socket] = []
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                healthz_seconds(url)
                break
            except OSError:
                assert time.monotonic() < deadline, "sidecar did not start"
                time.sleep(0.05)
        held = flood(web, FLOOD) + flood(stream, FLOOD)
        time.sleep(2)
        fds = open_fds(proc.pid)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:  # UDP takes no descriptor
            for _ in range(10):
                u.sendto(EVENT, ("127.0.0.1", udp))
        time.sleep(1)
        assert proc.poll() is None
        for s in held:
            s.close()
        held = []
        time.sleep(1)  # the sidecar sees the closes; an uncapped one retries accept in 0.5 s
        assert healthz_seconds(url) < 1.0
        with urllib.request.urlopen(url + "/metrics", timeout=10) as r:
            metrics = samples(r.read().decode())
    finally:
        for s in held:
            s.close()
        proc.terminate()
        proc.wait(15)
    log.seek(0)
    text = log.read()
    errors = metrics[("llm_exporter_accept_errors_total", (("listener", "web"),))] + \
        metrics[("llm_exporter_accept_errors_total", (("listener", "stream"),))]
    assert metrics[("llm_exporter_events_total", (("transport", "udp"), ("type", "llm_call")))] \
        == 10, text
    assert "Traceback" not in text
    if capped:
        assert fds < 2 * cap + 30, fds  # the caps and the listeners' own sockets
        assert errors == 0
        assert metrics[("llm_exporter_listener_full_seconds_total", (("listener", "web"),))] > 1
        assert "ERROR" not in text
    else:
        assert fds >= FD_LIMIT - 2, fds  # it did reach the limit
        assert errors > 0
        # one line per listener, then at most one a minute
        assert text.count("cannot accept connections") <= 2, text


def test_large_request_bodies_through_the_proxy_cost_little_more_than_their_bytes(tmp_path):
    # 8 parallel 30 MiB chat bodies (450k small messages each) peaked at 1.8 GB when the
    # proxy parsed them whole; it now reads only model, stream and stream_options
    from aiohttp import ClientSession, web

    async def run() -> tuple[list[int], float]:
        async def chat(request: web.Request) -> web.Response:
            await request.read()
            return web.json_response({"model": "gpt-4o", "choices": [], "usage": {
                "prompt_tokens": 10, "completion_tokens": 2}})
        app = web.Application(client_max_size=64 << 20)
        app.router.add_post("/v1/chat/completions", chat)
        runner = web.AppRunner(app)
        await runner.setup()
        upstream = free_port()
        await web.TCPSite(runner, "127.0.0.1", upstream).start()
        web_port, proxy = free_port(), free_port()
        log = open(tmp_path / "sidecar.log", "w")
        proc = subprocess.Popen(
            [sys.executable, "-m", "llm_exporter", "run", "--ingest.udp=", "--ingest.unixgram=",
             "--otlp.listen-address=",
             f"--web.listen-address=127.0.0.1:{web_port}",
             f"--proxy.listen-address=127.0.0.1:{proxy}",
             f"--proxy.upstream=openai=http://127.0.0.1:{upstream}/v1"], stderr=log)
        try:
            for _ in range(300):
                try:
                    healthz_seconds(f"http://127.0.0.1:{web_port}")
                    break
                except OSError:
                    time.sleep(0.05)
            idle = memory_mib(proc.pid, "VmHWM")
            body = json.dumps({"messages": [{"role": "user", "content": "hello " * 6}] * 450_000,
                               "model": "gpt-4o"}).encode()
            assert 29 << 20 < len(body) < 32 << 20
            async with ClientSession() as session:
                async def one() -> int:
                    async with session.post(f"http://127.0.0.1:{proxy}/openai/chat/completions",
                                            data=body) as r:
                        await r.read()
                        return r.status
                statuses = await asyncio.gather(*(one() for _ in range(8)))
            return statuses, memory_mib(proc.pid, "VmHWM") - idle
        finally:
            proc.terminate()
            proc.wait(15)
            await runner.cleanup()

    statuses, grown = asyncio.run(run())
    assert statuses == [200] * 8
    assert grown < 800, grown  # 8 x 30 MiB held twice by aiohttp's reader: ~510 MiB


def otlp_post(port: int, path: str, body: bytes, content_type: str) -> int:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body,
                                     method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def duration_point(temporality: int):
    """An export request of one gen_ai.client.operation.duration point (one call of 0.5 s),
    and the point."""
    from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
        ExportMetricsServiceRequest,
    )
    message = ExportMetricsServiceRequest()
    metric = message.resource_metrics.add().scope_metrics.add().metrics.add()
    metric.name, metric.unit = "gen_ai.client.operation.duration", "s"
    metric.histogram.aggregation_temporality = temporality
    point = metric.histogram.data_points.add()
    point.count, point.sum, point.start_time_unix_nano = 1, 0.5, 1
    return message, point


def histogram_export(points: list[dict]) -> dict:
    return {"resourceMetrics": [{"scopeMetrics": [{"metrics": [{
        "name": "gen_ai.client.operation.duration", "unit": "s",
        "histogram": {"aggregationTemporality": 2, "dataPoints": points}}]}]}]}


def test_otlp_floods_neither_stall_the_loop_nor_grow_memory_nor_starve_valid_exports(
        tmp_path):
    """Measured before the fixes: 10^5 OTLP/JSON spans held /healthz 1.5 s, 25,000 JSON
    points 0.7 s, 8 MiB of empty protobuf spans 0.4-0.5 s, of empty metrics 1.6-1.7 s;
    histograms of 500k bounds kept +1.5 GiB, 300 streams named by 512 KiB attributes
    +120 MiB; 16 uploads dripping a byte a second turned every valid export away with 503
    for as long as they dripped."""
    web_port, otlp = free_port(), free_port()
    url = f"http://127.0.0.1:{web_port}"
    log = open(tmp_path / "sidecar.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "llm_exporter", "run", "--ingest.udp=", "--ingest.unixgram=",
         f"--web.listen-address=127.0.0.1:{web_port}",
         f"--otlp.listen-address=127.0.0.1:{otlp}", "--log.level=warning"], stderr=log)
    poller = None
    try:
        wait_ready(url, proc)
        # the JSON decoder's worker process starts with the first JSON body
        assert otlp_post(otlp, "/v1/traces", b"{}", "application/json") == 200
        idle = memory_mib(proc.pid)
        poller = HealthzPoller(url, interval=0.02)
        spans = json.dumps({"resourceSpans": [{"scopeSpans": [{"spans": [
            {"spanId": f"{i + 1:016x}", "name": "chat", "kind": 3} for i in range(100_000)]}]}]},
            separators=(",", ":")).encode()
        assert otlp_post(otlp, "/v1/traces", spans, "application/json") == 200
        empty = b"\x12\x00" * 4_000_000  # 4·10^6 empty spans in 8 MiB of protobuf
        empty = b"\x12" + _VarintBytes(len(empty)) + empty
        empty = b"\x0a" + _VarintBytes(len(empty)) + empty
        assert otlp_post(otlp, "/v1/traces", empty, "application/x-protobuf") == 200
        # the same 4·10^6 empty messages as metrics (ScopeMetrics.metrics): 1.6-1.7 s before
        assert otlp_post(otlp, "/v1/metrics", empty, "application/x-protobuf") == 200
        now = str(time.time_ns())
        points = json.dumps(histogram_export([
            {"attributes": [{"key": "gen_ai.request.model", "value": {"stringValue": f"m{i}"}}],
             "startTimeUnixNano": now, "timeUnixNano": now, "count": "1", "sum": 0.5,
             "bucketCounts": ["0", "1", "0"], "explicitBounds": [0.1, 1.0]}
            for i in range(25_000)]), separators=(",", ":")).encode()
        assert otlp_post(otlp, "/v1/metrics", points, "application/json") == 200
        for i in range(20):
            message, point = duration_point(temporality=1)
            point.explicit_bounds.extend([j * 1e-6 + i for j in range(500_000)])
            point.bucket_counts.extend([0] * 500_000 + [1])
            assert otlp_post(otlp, "/v1/metrics", message.SerializeToString(),
                             "application/x-protobuf") == 200
        for i in range(300):
            message, point = duration_point(temporality=2)
            junk = point.attributes.add()
            junk.key, junk.value.string_value = "junk", str(i) + "x" * (512 << 10)
            assert otlp_post(otlp, "/v1/metrics", message.SerializeToString(),
                             "application/x-protobuf") == 200
        grown = memory_mib(proc.pid) - idle
        # 16 slow uploads (the default otlp.max_requests) drip a byte a second
        slow = []
        for _ in range(16):
            s = socket.create_connection(("127.0.0.1", otlp))
            s.sendall(b"POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: "
                      b"application/x-protobuf\r\nContent-Length: 100000\r\n\r\n\n")
            slow.append(s)
        statuses, cut_off = [], 0
        for _ in range(8):
            statuses.append(otlp_post(otlp, "/v1/traces", b"", "application/x-protobuf"))
            for s in slow:
                try:
                    s.sendall(b"\0")
                except OSError:
                    pass
            time.sleep(1)
        for s in slow:
            s.settimeout(0.5)
            try:
                cut_off += s.recv(100).startswith(b"HTTP/1.1 408")
            except OSError:
                pass
            s.close()
        count, worst = poller.stop()
    finally:
        if poller is not None:
            poller.kill()
        proc.terminate()
        proc.wait(15)
    assert statuses == [200] * 8
    assert cut_off == 16  # each after the 5-s grace, at under 240 bytes/s
    assert grown < 100, grown
    assert count > 50 and worst < 0.1, (count, worst)
    text = (tmp_path / "sidecar.log").read_text()
    assert "Traceback" not in text, text[-3000:]


def test_agent_runs_that_never_end_neither_grow_memory_nor_stall_the_loop(tmp_path):
    """3·10^5 tool calls and calls in 10^5 traces whose runs never end, a trace of 10^5
    distinct parents and one run whose end walks them: what the runs stage holds stays
    bounded (agents.max_traces, the per-trace and total caps) and /healthz answers."""
    web_port, stream = free_port(), free_port()
    url = f"http://127.0.0.1:{web_port}"
    log = open(tmp_path / "sidecar.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "llm_exporter", "run", "--ingest.unixgram=", "--ingest.udp=",
         f"--ingest.stream=127.0.0.1:{stream}", f"--web.listen-address=127.0.0.1:{web_port}",
         "--otlp.listen-address=", "--log.level=warning"], stderr=log)
    poller = None
    sock = None
    sent = 0

    def send(events):  # a line a batch, over the stream: back-pressure, no loss
        nonlocal sent
        sock.sendall(json.dumps(events, separators=(",", ":")).encode() + b"\n")
        sent += len(events)

    try:
        wait_ready(url, proc)
        sock = socket.create_connection(("127.0.0.1", stream))
        idle = memory_mib(proc.pid)
        poller = HealthzPoller(url, interval=0.02)
        for t in range(100_000 // 50):
            batch = []
            for i in range(t * 50, t * 50 + 50):
                trace = f"{i:032x}"
                batch += [
                    {"type": "tool_call", "tool": f"tool{i % 7}", "duration_s": 0.1,
                     "trace_id": trace, "span_id": "a" * 16, "parent_span_id": "b" * 16,
                     "arguments_hash": "x"},
                    {"type": "llm_call", "model": "gpt-4o", "duration_s": 0.5,
                     "trace_id": trace, "span_id": "c" * 16, "parent_span_id": "b" * 16,
                     "agent": f"agent{i % 5}"},
                    {"type": "tool_call", "tool": "t", "duration_s": 0.1, "trace_id": trace,
                     "span_id": "d" * 16, "parent_span_id": "a" * 16}]
            send(batch)
        one = "f" * 32
        for t in range(100_000 // 100):  # one trace, a new parent for every call
            send([{"type": "tool_call", "tool": "t", "duration_s": 0.1, "trace_id": one,
                   "span_id": f"{i:016x}", "parent_span_id": f"{i + 1:016x}"}
                  for i in range(t * 100, t * 100 + 100)])
        send([{"type": "agent_run", "agent": "a", "duration_s": 1, "trace_id": one,
               "span_id": f"{100_000:016x}", "parent_span_id": "e" * 16}])
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            metrics = samples(urllib.request.urlopen(url + "/metrics").read().decode())
            accepted = sum(v for (n, _), v in metrics.items()
                           if n == "llm_exporter_events_total")
            if accepted >= sent:
                break
            time.sleep(0.2)
        grown = memory_mib(proc.pid) - idle
        count, worst = poller.stop()
    finally:
        if poller is not None:
            poller.kill()
        if sock is not None:
            sock.close()
        proc.terminate()
        proc.wait(15)
    assert accepted == sent
    held = metrics[("llm_exporter_agent_traces", ())]
    dropped = {dict(ls)["reason"]: v for (n, ls), v in metrics.items()
               if n == "llm_exporter_agent_traces_dropped_total"}
    assert held <= 10_000 and dropped["overflow"] >= 90_000, (held, dropped)
    assert grown < 100, grown
    assert count > 50 and worst < 0.1, (count, worst)
    text = (tmp_path / "sidecar.log").read_text()
    assert "Traceback" not in text, text[-3000:]
