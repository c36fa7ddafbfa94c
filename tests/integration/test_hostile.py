"""The hostile-input suite: structure-aware junk from hypothesis on every transport of a real
sidecar process, with valid events interleaved.

Junk is made from the event schema: a call's fields with wrong types, out-of-range numbers,
long or undecodable strings, deep nesting, missing or unknown fields, and then, for whole
payloads, bytes cut, inserted or flipped. Valid events (tenant ``valid``, which junk never
uses) go between them on the same transport and, on HTTP, inside the same arrays as
JSON-valid junk elements. Through the proxy, junk is the request body and the bytes of the
X-LLM-Tenant header, and every call must still be forwarded and counted. To the OTLP
receiver go the junk bytes (as protobuf and as JSON) and export requests whose spans carry
GenAI attributes of wrong types and ranges, odd ids, kinds and times, beside a valid span, as
protobuf, as OTLP/JSON, and as OTLP/JSON with values swapped for junk of other types.
It asserts: the sidecar stays up, every valid event is counted, every payload is counted as
received, no rejection is ``internal`` and no traceback is logged, RSS stays flat and /healthz
answers in under 100 ms throughout.

``make test`` runs about 10^4 inputs; ``make fuzz`` runs 3·10^5
(``LLM_EXPORTER_FUZZ_INPUTS``).
"""

from __future__ import annotations

import base64
import json
import os
import random
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from google.protobuf import json_format
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, ArrayValue, KeyValue, KeyValueList
from opentelemetry.proto.metrics.v1.metrics_pb2 import Metric
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

from llm_exporter.sidecar.core.decode import REASONS

from conftest import HealthzPoller, memory_mib, samples
from fake_provider import FakeProvider

INPUTS = int(os.environ.get("LLM_EXPORTER_FUZZ_INPUTS", "10000"))
BATCH = 50  # inputs per hypothesis example
VALID = {"type": "llm_call", "provider": "openai", "model": "gpt-4o", "duration_s": 0.5,
         "input_tokens": 10, "output_tokens": 5, "tenant": "valid"}
DATAGRAM_MAX = 60_000

weird_text = st.one_of(
    st.text(max_size=40).filter(lambda t: t != "valid"),
    st.just("x" * 300), st.just("\ud800"), st.just("é" * 200), st.just("\x00\n\r\"\\"))
weird_value = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), weird_text,
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                         max_size=3))
FIELDS = ("type", "v", "provider", "model", "duration_s", "ttft_s", "input_tokens",
          "output_tokens", "cache_read_tokens", "reasoning_tokens", "cost_usd", "error_type",
          "finish_reason", "refusal", "retries", "tenant", "prompt_name", "trace_id",
          "client_dropped", "name", "value", "workflow", "step", "agent", "tool", "method",
          "server", "arguments_hash", "span_id", "parent_span_id", "cache_write_tokens",
          "cache_write_1h_tokens", "web_searches", "service_tier", "processing", "speed", "ts",
          "user", "session")


@st.composite
def junk_object(draw) -> dict:
    """A call, feedback, step, agent run, tool call or MCP operation with some fields wrong,
    missing or unknown."""
    base = dict(draw(st.sampled_from([
        {"type": "llm_call", "model": "m", "duration_s": 1.0},
        {"type": "feedback", "name": "r", "value": 1.0},
        {"type": "step", "workflow": "w", "step": "s", "duration_s": 0.1},
        {"type": "agent_run", "agent": "a", "duration_s": 2.0, "trace_id": "t", "span_id": "r"},
        {"type": "tool_call", "tool": "t", "duration_s": 0.1, "trace_id": "t", "span_id": "s",
         "parent_span_id": "r", "arguments_hash": "h"},
        {"type": "mcp_operation", "method": "tools/call", "duration_s": 0.1},
        {}])))
    for key in draw(st.lists(st.sampled_from(FIELDS), max_size=4)):
        base[key] = draw(weird_value)
    for key in draw(st.lists(st.sampled_from(sorted(base) or ["type"]), max_size=2)):
        base.pop(key, None)
    if draw(st.booleans()):
        base["x"] = draw(st.sampled_from(["[" * 1200 + "]" * 1200, "{}", "[]"]))
    if base.get("tenant") == "valid":
        base["tenant"] = "junk"
    return base


def encode(obj: dict) -> bytes:
    text = json.dumps(obj, allow_nan=True)
    if '"x": "[' in text:  # the deep nesting as JSON, not as a string
        text = text.replace('"[[', "[[").replace(']]"', "]]")
    return text.encode()


@st.composite
def junk_payload(draw) -> bytes:
    """One datagram, line or body of junk: a bad object, an array of them, or bytes."""
    kind = draw(st.sampled_from(["object", "array", "bytes", "mutated"]))
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "array":
        data = b"[" + b",".join(encode(o) for o in draw(st.lists(junk_object(), max_size=5))) + b"]"
    else:
        data = encode(draw(junk_object()))
    if kind == "mutated" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = draw(st.sampled_from([data[:at], data[:at] + b"\xff" + data[at:],
                                     data[:at] + data[at + 1:], data + data]))
    return data[:DATAGRAM_MAX]


# what agent, tool and MCP spans are read from (vocabulary.AGENT_ATTRIBUTES)
AGENT_KEYS = ("gen_ai.agent.name", "agent.name", "gen_ai.tool.name", "gen_ai.tool.call.arguments",
              "input.value", "traceloop.entity.input", "mcp.method.name", "server.address",
              "rpc.response.status_code")
SPAN_KEYS = ("gen_ai.operation.name", "gen_ai.provider.name", "gen_ai.system",
             "gen_ai.request.model", "gen_ai.response.model", "gen_ai.usage.input_tokens",
             "gen_ai.usage.output_tokens", "gen_ai.usage.cache_read.input_tokens",
             "gen_ai.usage.reasoning.output_tokens", "gen_ai.response.finish_reasons",
             "gen_ai.response.time_to_first_chunk", "error.type", "http.response.status_code",
             "llm_exporter.tenant", "llm.request.type", "openai.response.service_tier",
             # OpenInference's
             "openinference.span.kind", "llm.model_name", "llm.provider",
             "llm.token_count.prompt", "llm.finish_reason", "tool.name",
             "llm.invocation_parameters",
             # Logfire's streams in two spans
             "logfire.span_type", "duration")


def any_value(v) -> AnyValue:
    """A Python value as an OTLP AnyValue (ints past int64 as doubles)."""
    if v is None:
        return AnyValue()
    if isinstance(v, bool):
        return AnyValue(bool_value=v)
    if isinstance(v, int):
        return AnyValue(int_value=v) if -2**63 <= v < 2**63 else AnyValue(double_value=float(v))
    if isinstance(v, float):
        return AnyValue(double_value=v)
    if isinstance(v, str):
        return AnyValue(string_value=v.encode("utf-8", "replace").decode())
    if isinstance(v, dict):
        return AnyValue(kvlist_value=KeyValueList(values=[
            KeyValue(key=str(k), value=any_value(x)) for k, x in v.items()]))
    return AnyValue(array_value=ArrayValue(values=[any_value(x) for x in v]))


@st.composite
def junk_span(draw) -> Span:
    """A span with GenAI attributes of wrong types and ranges, odd ids, kinds and times."""
    attrs = [KeyValue(key=key, value=any_value(draw(weird_value)))
             for key in draw(st.lists(st.sampled_from(SPAN_KEYS), max_size=8))]
    if draw(st.booleans()):  # most should look like model calls, to reach the mapping
        attrs.insert(0, KeyValue(key="gen_ai.operation.name", value=AnyValue(string_value="chat")))
    elif draw(st.booleans()):  # or OpenInference's calls and steps
        attrs.insert(0, KeyValue(key="openinference.span.kind", value=AnyValue(
            string_value=draw(st.sampled_from(["LLM", "EMBEDDING", "TOOL", "CHAIN",
                                               "AGENT"])))))
    elif draw(st.booleans()):  # or agent runs, tool calls and MCP requests
        attrs.insert(0, KeyValue(key="gen_ai.operation.name", value=AnyValue(
            string_value=draw(st.sampled_from(["invoke_agent", "execute_tool"])))))
        attrs += [KeyValue(key=key, value=any_value(draw(weird_value))) for key in draw(
            st.lists(st.sampled_from(AGENT_KEYS), max_size=4))]
    if draw(st.booleans()):  # a stream's opening span or its end, as Logfire sends them
        attrs.append(KeyValue(key="logfire.span_type", value=AnyValue(
            string_value=draw(st.sampled_from(["span", "log"])))))
    attrs = [a for a in attrs if not (a.key == "llm_exporter.tenant"
                                      and a.value.string_value == "valid")]
    # a name an MCP request's tool is read from; a status message a run's limit is read from
    name = draw(st.text(max_size=20)) if draw(st.booleans()) else \
        "MCP send tools/call " + draw(st.text(max_size=300))
    return Span(trace_id=draw(st.binary(max_size=20)), span_id=draw(st.binary(max_size=10)),
                kind=draw(st.integers(0, 6)), name=name,
                status=Status(code=draw(st.integers(0, 2)), message=draw(st.sampled_from(
                    ["", "Max turns exceeded: {}", "\x00" * 3]))),
                start_time_unix_nano=draw(st.integers(0, 2**64 - 1)),
                end_time_unix_nano=draw(st.integers(0, 2**64 - 1)), attributes=attrs,
                events=[Span.Event(name=name, time_unix_nano=draw(st.integers(0, 2**64 - 1)),
                                   attributes=[KeyValue(key=key,
                                                        value=any_value(draw(weird_value)))
                                               for key in ("exception.type",
                                                           "exception.message")])
                        for name in draw(st.lists(st.sampled_from(
                            ["exception", "First Token Stream Event", "other"]), max_size=3))])


@st.composite
def junk_metric(draw) -> Metric:
    """A GenAI histogram with points of odd bounds, counts, sums, scales and temporalities."""
    metric = Metric(name=draw(st.sampled_from([
        "gen_ai.client.operation.duration", "gen_ai.client.token.usage",
        "gen_ai.client.operation.time_to_first_chunk", "gen_ai.client.inference.duration",
        "gen_ai.invoke_agent.duration", "gen_ai.invoke_agent.inference_calls",
        "gen_ai.execute_tool.duration", "mcp.client.operation.duration",
        "gen_ai.invoke_workflow.duration", "other"])),
        unit=draw(st.sampled_from(["s", "ms", "{token}", ""])))
    counts = st.lists(st.integers(0, 2**64 - 1), max_size=6)
    floats = st.floats(allow_nan=True, allow_infinity=True)
    if draw(st.booleans()):
        data = metric.histogram
        for _ in range(draw(st.integers(1, 3))):
            data.data_points.add(count=draw(st.integers(0, 2**64 - 1)), sum=draw(floats),
                                 bucket_counts=draw(counts),
                                 explicit_bounds=draw(st.lists(floats, max_size=6)),
                                 start_time_unix_nano=draw(st.integers(0, 2**64 - 1)))
    else:
        data = metric.exponential_histogram
        point = data.data_points.add(count=draw(st.integers(0, 2**64 - 1)), sum=draw(floats),
                                     scale=draw(st.integers(-2**31, 2**31 - 1)),
                                     zero_count=draw(st.integers(0, 2**64 - 1)))
        point.positive.offset = draw(st.integers(-2**31, 2**31 - 1))
        point.positive.bucket_counts.extend(draw(counts))
    data.aggregation_temporality = draw(st.integers(0, 3))
    for point in data.data_points:
        point.attributes.extend(KeyValue(key=key, value=any_value(draw(weird_value)))
                                for key in draw(st.lists(st.sampled_from(
                                    [*SPAN_KEYS, *AGENT_KEYS, "gen_ai.token.type"]),
                                    max_size=6)))
    return metric


def valid_span() -> Span:
    return Span(trace_id=os.urandom(16), span_id=os.urandom(8), kind=Span.SPAN_KIND_CLIENT,
                start_time_unix_nano=1_700_000_000 * 10**9,
                end_time_unix_nano=1_700_000_000 * 10**9 + 5 * 10**8, attributes=[
                    KeyValue(key=k, value=any_value(v)) for k, v in (
                        ("gen_ai.operation.name", "chat"), ("gen_ai.provider.name", "openai"),
                        ("gen_ai.request.model", "gpt-4o"), ("gen_ai.usage.input_tokens", 10),
                        ("gen_ai.usage.output_tokens", 5), ("llm_exporter.tenant", "valid"))])


def export_request(span_list: list[Span], as_json: bool = False) -> bytes:
    request = ExportTraceServiceRequest()
    request.resource_spans.add().scope_spans.add().spans.extend(span_list)
    return otlp_json(request) if as_json else request.SerializeToString()


def otlp_json(message) -> bytes:
    """An export request as OTLP/JSON, its trace and span ids in hex as the spec writes them."""
    data = json_format.MessageToDict(message)
    for resource in data.get("resourceSpans", ()):
        for scope in resource.get("scopeSpans", ()):
            for span in scope.get("spans", ()):
                for key in ("traceId", "spanId", "parentSpanId"):
                    if key in span:
                        span[key] = base64.b64decode(span[key]).hex()
    return json.dumps(data).encode()


JSON_JUNK = (None, True, -1, 2**70, -1e308, 1e308, "", "x" * 300, "zz", [], [[[]]], {},
             {"stringValue": 5}, "\ud800", "-5", "1e999")


def mangled(body: bytes, rng: random.Random) -> bytes:
    """OTLP/JSON with some of its values swapped for junk of other types and ranges."""
    data = json.loads(body)
    nodes = [data]
    places = []
    while nodes:
        node = nodes.pop()
        for key in (node if isinstance(node, dict) else range(len(node))):
            places.append((node, key))
            if isinstance(node[key], (dict, list)):
                nodes.append(node[key])
    for node, key in rng.sample(places, min(len(places), 3)):
        node[key] = rng.choice(JSON_JUNK)
    return json.dumps(data).encode()


def _free_port(kind=socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sidecar:
    """A sidecar process on loopback with every transport on."""

    def __init__(self, tmp_path, upstream: str):
        self.web, self.udp, self.stream, self.proxy, self.otlp = (
            _free_port(), _free_port(socket.SOCK_DGRAM), _free_port(), _free_port(),
            _free_port())
        self.sock = str(tmp_path / "events.sock")
        self.log = open(tmp_path / "sidecar.log", "w+")  # a pipe nobody reads would fill up
        # a key file, so the fleet's registers and top spenders take the junk users too
        (tmp_path / "user-id.key").write_text("00" * 32)
        (tmp_path / "config.yaml").write_text(json.dumps(
            {"usage": {"user_id_key_file": str(tmp_path / "user-id.key")}}))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "llm_exporter", "run",
             f"--config.file={tmp_path / 'config.yaml'}",
             f"--otlp.listen-address=127.0.0.1:{self.otlp}",
             f"--web.listen-address=127.0.0.1:{self.web}", f"--ingest.udp=127.0.0.1:{self.udp}",
             f"--ingest.unixgram={self.sock}", f"--ingest.stream=127.0.0.1:{self.stream}",
             f"--proxy.listen-address=127.0.0.1:{self.proxy}",
             f"--proxy.upstream=openai={upstream}/v1", "--log.level=warning"],
            stderr=self.log)
        self.url = f"http://127.0.0.1:{self.web}"
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/readyz", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        self.stream_conn = socket.create_connection(("127.0.0.1", self.stream))
        self.udp_sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.unix_sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.unix_sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
        self.sent = dict.fromkeys(("udp", "unixgram", "stream", "http", "proxy", "otlp"),
                                  0)  # payloads

    def send(self, transport: str, data: bytes) -> None:
        if transport == "udp":
            self.udp_sock.sendto(data, ("127.0.0.1", self.udp))
        elif transport == "unixgram":
            self.unix_sock.sendto(data, self.sock)
        elif transport == "stream":
            lines = [line for line in data.split(b"\n") if line]
            self.stream_conn.sendall(b"".join(line + b"\n" for line in lines))
            self.sent["stream"] += len(lines) - 1
        elif transport == "proxy":  # the body, and the label and run headers' raw bytes, are junk
            tenant, _, body = data.partition(b"|")
            # bytes any header may hold (aiohttp's parser refuses control characters itself)
            tenant = bytes(b for b in tenant if b >= 0x20 and b != 0x7f)[:200]
            with socket.create_connection(("127.0.0.1", self.proxy), timeout=10) as s:
                s.sendall(b"POST /openai/chat/completions HTTP/1.1\r\nHost: x\r\n"
                          b"X-LLM-Tenant: " + tenant + b"\r\nConnection: close\r\n"
                          b"X-LLM-Run-Id: " + tenant + b"\r\nX-LLM-Agent: " + tenant[::-1]
                          + b"\r\nX-LLM-Run-End: true\r\n"
                          b"Content-Type: application/json\r\n"
                          b"Content-Length: %d\r\n\r\n" % len(body) + body)
                status = s.makefile("rb").readline()
            assert status.startswith(b"HTTP/1.1 "), status  # answered, whatever the upstream said
            if tenant.strip():  # a run of one call, which said it ended: its run's event
                self.sent[transport] += 1
        elif transport.startswith("otlp"):  # junk, or an export request
            kind = "application/json" if transport.endswith("json") else "application/x-protobuf"
            path = "/v1/metrics" if transport.startswith("otlp-metrics") else "/v1/traces"
            req = urllib.request.Request(f"http://127.0.0.1:{self.otlp}{path}", data=data,
                                         method="POST", headers={"Content-Type": kind})
            try:
                urllib.request.urlopen(req, timeout=10).read()
            except urllib.error.HTTPError as e:
                assert e.code in (400, 413), e.code  # never a 500
            transport = "otlp"
        else:
            req = urllib.request.Request(self.url + "/v1/events", data=data, method="POST")
            try:
                urllib.request.urlopen(req, timeout=10).read()
            except urllib.error.HTTPError as e:
                assert e.code in (400, 413), e.code  # never a 500
        self.sent[transport] += 1

    def metrics(self) -> dict:
        with urllib.request.urlopen(self.url + "/metrics", timeout=10) as r:
            return samples(r.read().decode())

    def stop(self) -> str:
        self.stream_conn.close()
        self.proc.terminate()
        self.proc.wait(15)
        self.log.seek(0)
        return self.log.read()


def total(metrics: dict, name: str, **labels) -> float:
    return sum(v for (n, ls), v in metrics.items() if n == name
               and all(dict(ls).get(k) == w for k, w in labels.items()))


@pytest.mark.timeout(3600)
def test_junk_on_every_transport_never_costs_a_valid_event_or_the_loop(tmp_path):
    fake = FakeProvider()
    sidecar = Sidecar(tmp_path, fake.url)
    poller = None
    valid_sent = [0]
    rng = random.Random(7)
    transports = ("udp", "unixgram", "stream", "http")
    valid_line = json.dumps(VALID).encode()

    @settings(max_examples=max(1, INPUTS // BATCH), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(junk_payload(), min_size=BATCH, max_size=BATCH),
           st.lists(junk_object().map(encode), min_size=1, max_size=3),
           st.lists(junk_span(), min_size=1, max_size=4),
           st.lists(junk_metric(), min_size=1, max_size=3))
    def run(payloads: list[bytes], elements: list[bytes], spans_drawn: list[Span],
            metrics_drawn: list[Metric]) -> None:
        for i, data in enumerate(payloads):
            transport = transports[i % 4]
            if transport == "http" and i % 8 == 3:  # JSON-valid junk beside valid events
                data = b"[" + b",".join([*elements, valid_line]) + b"]"
                valid_sent[0] += 1
            sidecar.send(transport, data)
            if i % 10 == 0:
                sidecar.send(transports[rng.randrange(4)], valid_line)
                valid_sent[0] += 1
            if i % 10 == 7:  # OTLP: the junk bytes, then junk spans beside a valid one
                sidecar.send("otlp" if i % 20 == 7 else "otlp-json", data)
                sidecar.send("otlp", export_request([*spans_drawn, valid_span()]))
                valid_sent[0] += 1
                metrics_request = ExportMetricsServiceRequest()
                metrics_request.resource_metrics.add().scope_metrics.add().metrics.extend(
                    metrics_drawn)
                sidecar.send("otlp-metrics", metrics_request.SerializeToString())
                # the same as OTLP/JSON, whole and with values swapped for junk
                traces_json = export_request([*spans_drawn, valid_span()], as_json=True)
                sidecar.send("otlp-json", traces_json)
                valid_sent[0] += 1
                sidecar.send("otlp-json", mangled(export_request(spans_drawn, as_json=True),
                                                  rng))
                metrics_json = json.dumps(json_format.MessageToDict(metrics_request)).encode()
                sidecar.send("otlp-metrics-json", metrics_json)
                sidecar.send("otlp-metrics-json", mangled(metrics_json, rng))
            if i % 10 == 5:  # through the proxy: junk tenant bytes and body, then a valid call
                sidecar.send("proxy", payloads[i - 1][:40] + b"|" + data)
                sidecar.send("proxy", b"valid|" + json.dumps(
                    {"model": "gpt-4o", "messages": []}).encode())
                valid_sent[0] += 1
        time.sleep(0.002)  # pace UDP so that the kernel drops nothing (checked below)

    try:
        sidecar.send("udp", valid_line)  # warm up, then measure
        valid_sent[0] += 1
        time.sleep(0.5)
        rss_before = memory_mib(sidecar.proc.pid)
        poller = HealthzPoller(sidecar.url)
        run()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            metrics = sidecar.metrics()
            received = {t: total(metrics, "llm_exporter_payloads_total", transport=t)
                        for t in sidecar.sent}
            if all(received[t] >= sidecar.sent[t] for t in ("unixgram", "stream", "http")):
                break
            time.sleep(0.2)
        rss_after = memory_mib(sidecar.proc.pid)
    finally:
        polls, slowest = poller.stop() if poller is not None else (0, float("inf"))
        log = sidecar.stop()
        fake.close()
    assert sidecar.proc.returncode == 0, log
    assert total(metrics, "llm_exporter_socket_drops_total") == 0
    assert received == {t: float(n) for t, n in sidecar.sent.items()}, (received, sidecar.sent)
    assert total(metrics, "llm_requests_total", tenant="valid") == valid_sent[0]
    rejected = {dict(ls)["reason"]: v for (n, ls), v in metrics.items()
                if n == "llm_exporter_events_rejected_total"}
    assert set(rejected) <= set(REASONS) and rejected.get("internal", 0) == 0, rejected
    assert sum(rejected.values()) > 0
    assert "Traceback" not in log, log[-2000:]
    assert rss_after - rss_before < 50, (rss_before, rss_after)
    assert polls > 10 and slowest < 0.1, (polls, slowest)
