"""The HTTP side of a running sidecar: /metrics, health, the status page, POST /v1/events."""

import dataclasses
import json
import re
import time
import urllib.error
import urllib.request

import pytest

from llm_exporter.client import Emitter
from llm_exporter.config import Budget, WebConfig
from llm_exporter.sidecar.web.routes import format_value, spark_path

from conftest import RunningSidecar, loopback_config, value

CALL = {"type": "llm_call", "provider": "openai", "model": "gpt-4o", "duration_s": 0.5}


def post(url, body: bytes, expect_error=False, **headers):
    req = urllib.request.Request(url + "/v1/events", data=body,
                                 headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def get(url):
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.status, r.headers.get("Content-Type"), r.read().decode()


def test_health_and_readiness(sidecar):
    assert get(sidecar.url + "/healthz")[0] == 200
    assert get(sidecar.url + "/readyz")[2] == "ready\n"


def test_post_events_accepts_good_and_reports_bad_per_event(sidecar):
    status, body = post(sidecar.url, json.dumps(
        [CALL, {"type": "nope"}, dict(CALL, input_tokens=-1), dict(CALL, tenant="t")]).encode())
    assert status == 200
    assert body["accepted"] == 2 and body["rejected"] == 2
    assert [e["reason"] for e in body["errors"]] == ["unknown_type", "invalid_value"]
    text = sidecar.scrape()
    assert value(text, "llm_exporter_events_total", transport="http", type="llm_call") == 2
    assert value(text, "llm_exporter_events_rejected_total", reason="unknown_type") == 1


def test_post_events_bad_body(sidecar):
    assert post(sidecar.url, b"{not json")[0] == 400
    assert post(sidecar.url, b"[{\"type\": \"x\"}]")[0] == 400  # nothing accepted


def test_post_events_gzip_is_read_and_a_corrupt_gzip_is_a_counted_400(sidecar, caplog):
    import gzip

    status, body = post(sidecar.url, gzip.compress(json.dumps([CALL]).encode()),
                        **{"Content-Encoding": "gzip"})
    assert status == 200 and body["accepted"] == 1
    status, body = post(sidecar.url, b"\x1f\x8b\x08 not gzip", **{"Content-Encoding": "gzip"})
    assert status == 400 and "cannot be read" in body["error"]  # before: 500
    assert "Unhandled exception" not in caplog.text  # aiohttp did not drain it and log again
    text = sidecar.scrape()
    assert value(text, "llm_exporter_events_rejected_total", reason="malformed_json") == 1


def test_post_events_nested_too_deeply_is_a_counted_400_not_a_500(sidecar):
    deep = b'{"type":"llm_call","model":"m","duration_s":1,"x":' + b"[" * 1000 + b"]" * 1000 + b"}"
    status, body = post(sidecar.url, deep)
    assert status == 400 and body["errors"][0]["reason"] == "too_deep"
    status, body = post(sidecar.url, b"[" + deep + b"," + json.dumps(CALL).encode() + b"]")
    assert status == 200 and (body["accepted"], body["rejected"]) == (1, 1)
    text = sidecar.scrape()
    assert value(text, "llm_exporter_events_rejected_total", reason="too_deep") == 2


def test_post_events_too_large_is_refused_and_counted(tmp_path):
    config = dataclasses.replace(loopback_config(tmp_path), web=WebConfig(
        listen_address="127.0.0.1:0", max_request_bytes=4096))
    running = RunningSidecar(config)
    try:
        status, body = post(running.url, json.dumps([CALL] * 200).encode())
        assert status == 413 and "4096" in body["error"]
        assert running.rejected()["too_large"] == 1
        assert post(running.url, json.dumps([CALL]).encode())[0] == 200  # still serving
    finally:
        running.stop()


def test_post_events_refused_from_outside_allowed_networks(tmp_path):
    config = dataclasses.replace(loopback_config(tmp_path), web=WebConfig(
        listen_address="127.0.0.1:0", events_allowed_from=("10.0.0.0/8",)))
    running = RunningSidecar(config)
    try:
        status, body = post(running.url, json.dumps([CALL]).encode())
        assert status == 403 and "events_allowed_from" in body["error"]
        assert running.accepted() == 0
    finally:
        running.stop()


def test_http_emitter_reaches_the_sidecar(sidecar):
    emitter = Emitter(sidecar.url)
    for i in range(20):
        emitter.emit(dict(CALL, tenant=f"t{i % 2}"))
    assert emitter.flush(5)
    sidecar.wait_for(20)
    assert value(sidecar.scrape(), "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o", gen_ai_operation_name="chat", tenant="t1") == 10


def test_metrics_negotiates_openmetrics_with_exemplars(sidecar):
    Emitter(sidecar.address("udp")).emit(dict(CALL, trace_id="4bf92f3577b34da6a3ce929d0e0e4736"))
    sidecar.wait_for(1)
    req = urllib.request.Request(sidecar.url + "/metrics", headers={
        "Accept": "application/openmetrics-text;version=1.0.0,text/plain;q=0.5"})
    with urllib.request.urlopen(req, timeout=5) as r:
        assert r.headers["Content-Type"].startswith("application/openmetrics-text")
        text = r.read().decode()
    assert text.endswith("# EOF\n")
    assert '# {trace_id="4bf92f3577b34da6a3ce929d0e0e4736"} 0.5' in text
    from prometheus_client.openmetrics.parser import text_string_to_metric_families
    names = {f.name for f in text_string_to_metric_families(text)}
    assert {"gen_ai_client_operation_duration_seconds", "llm_requests",
            "llm_exporter_events", "process_resident_memory_bytes"} <= names
    plain = sidecar.scrape()
    assert "# EOF" not in plain and "trace_id" not in plain


@pytest.mark.parametrize("accept", ["application/openmetrics-text;version=1.0.0", "text/plain"])
def test_metrics_are_gzipped_when_the_scraper_accepts_it(sidecar, accept):
    """Prometheus asks for gzip on every scrape: at 98k series 13.3 MiB became 366 KiB
    (bench/run.py scrape). Not asked, not compressed."""
    import gzip

    from prometheus_client.openmetrics.parser import text_string_to_metric_families as om
    from prometheus_client.parser import text_string_to_metric_families as plain_text

    Emitter(sidecar.address("udp")).emit(CALL)
    sidecar.wait_for(1)

    def fetch(encoding: str) -> tuple[str | None, bytes]:
        req = urllib.request.Request(sidecar.url + "/metrics", headers={
            "Accept": accept, "Accept-Encoding": encoding})
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.headers.get("Content-Encoding"), r.read()

    encoding, body = fetch("gzip")  # what Prometheus sends
    assert encoding == "gzip"
    text = gzip.decompress(body).decode()
    for header in ("deflate, gzip;q=0.5", "GZIP"):
        assert fetch(header)[0] == "gzip", header
    for header in ("identity", "deflate", "br", "gzipx", ""):
        encoding, plain = fetch(header)
        assert encoding is None, header
    assert plain.decode().splitlines()[:20] == text.splitlines()[:20]
    parse = plain_text if accept == "text/plain" else om
    assert "llm_requests" in {f.name for f in parse(text)}


def test_status_page_is_useful(sidecar):
    emitter = Emitter(sidecar.address("udp"))
    emitter.emit(dict(CALL, model="<script>alert(1)</script>"))
    emitter.emit({"type": "bogus"})
    sidecar.wait_for(1, rejected=1)
    status, content_type, page = get(sidecar.url + "/")
    assert status == 200 and content_type.startswith("text/html")
    for text in ("/metrics", "/healthz", "/readyz", "/v1/events", "udp", "unixgram",
                 "unknown_type", "&lt;script&gt;"):
        assert text in page
    assert "<script>alert" not in page  # escaped


@pytest.mark.parametrize("transport", ["udp", "unixgram", "stream", "http"])
def test_every_transport_feeds_the_same_metrics(sidecar, transport):
    emitter = Emitter(sidecar.address(transport))
    for _ in range(5):
        emitter.emit(dict(CALL, input_tokens=100, output_tokens=10))
    emitter.flush(5)
    sidecar.wait_for(5)
    text = sidecar.scrape()
    assert value(text, "llm_exporter_events_total", transport=transport, type="llm_call") == 5
    assert value(text, "llm_tokens_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o", gen_ai_token_type="input") == 500


def test_parallel_scrapes_past_max_requests_get_503(tmp_path):
    import asyncio

    import aiohttp

    config = dataclasses.replace(loopback_config(tmp_path), web=WebConfig(
        listen_address="127.0.0.1:0", max_requests=2))
    running = RunningSidecar(config)
    try:
        # enough label sets that a scrape spans several loop turns
        body = json.dumps([dict(CALL, tenant=f"t{i}", prompt_name=f"p{i % 50}")
                           for i in range(1000)]).encode()
        for _ in range(3):
            post(running.url, body)

        async def scrapes(n):
            async with aiohttp.ClientSession() as session:
                async def one():
                    async with session.get(running.url + "/metrics") as r:
                        await r.read()
                        return r.status
                return await asyncio.gather(*(one() for _ in range(n)))
        statuses = asyncio.run(scrapes(12))
        assert statuses.count(200) >= 2 and 503 in statuses, statuses
        assert asyncio.run(scrapes(1)) == [200]  # the limit is released
    finally:
        running.stop()


def test_an_idle_keep_alive_connection_is_closed_after_idle_timeout(tmp_path):
    import socket
    import time

    config = dataclasses.replace(loopback_config(tmp_path), web=WebConfig(
        listen_address="127.0.0.1:0", idle_timeout=0.5))
    running = RunningSidecar(config)
    try:
        host, port = running.sidecar.web_address.rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            assert s.recv(65536).startswith(b"HTTP/1.1 200")
            began = time.monotonic()
            assert s.recv(65536) == b""  # closed by the sidecar, not by this test
            assert 0.4 < time.monotonic() - began < 3.0  # aiohttp's default: an hour
    finally:
        running.stop()


def status_of(sidecar) -> dict:
    with urllib.request.urlopen(sidecar.url + "/api/v1/status", timeout=5) as r:
        return json.loads(r.read())


def test_status_json_holds_the_window_per_model_and_spend_against_budgets(tmp_path):
    config = dataclasses.replace(loopback_config(tmp_path),
                                 budgets=(Budget("acme", daily_usd=10.0),))
    running = RunningSidecar(config)
    try:
        emitter = Emitter(running.address("udp"))
        for i in range(40):
            emitter.emit(dict(CALL, tenant="acme", duration_s=0.1 if i < 38 else 5.0,
                              input_tokens=100, output_tokens=10, cost_usd=0.25))
        emitter.emit(dict(CALL, model="o3", tenant="acme", error_type="timeout",
                          duration_s=30.0, cost_usd=0.0))
        emitter.emit(dict(CALL, tenant="other", cost_usd=1.0))
        emitter.emit({"type": "bogus"})
        emitter.flush(5)
        running.wait_for(42, rejected=1)
        status = status_of(running)
    finally:
        running.stop()
    models = {m["id"]: m for m in status["models"]}
    gpt, o3 = models["openai/gpt-4o"], models["openai/o3"]
    assert [m["id"] for m in status["models"]] == ["openai/gpt-4o", "openai/o3"]  # busiest first
    assert (gpt["calls"], gpt["errors"], gpt["error_ratio"]) == (41, 0, 0.0)
    assert gpt["cost_usd"] == pytest.approx(40 * 0.25 + 1.0)
    assert 0.08 < gpt["latency_p50_seconds"] <= 0.16  # 0.1 s lies in the (0.08, 0.16] bucket
    assert gpt["ttft_p95_seconds"] is None  # nothing streamed
    assert (o3["calls"], o3["errors"], o3["error_ratio"]) == (1, 1, 1.0)
    assert o3["latency_p95_seconds"] is None  # a failed call has no latency
    assert status["budgets"] == [{"id": "acme", "tenant": "acme", "daily_usd": 10.0,
                                  "monthly_usd": None, "spent_today_usd": 10.0,
                                  "daily_ratio": 1.0}]
    assert status["rejected"] == {"unknown_type": 1}
    assert status["dropped"]["client_reported"] == 0 and "udp" in status["dropped"]["kernel"]
    assert status["alerts"] is None  # no alerting.prometheus_url
    assert set(gpt["sparklines"]) == {"calls_per_second", "error_ratio", "latency_p95_seconds",
                                      "ttft_p95_seconds", "tokens_per_second",
                                      "cost_per_hour_usd"}


def test_status_shape_changes_when_a_row_comes_so_the_page_reloads(sidecar):
    emitter = Emitter(sidecar.address("udp"))
    emitter.emit(CALL)
    sidecar.wait_for(1)
    first = status_of(sidecar)
    emitter.emit(CALL)
    sidecar.wait_for(2)
    assert status_of(sidecar)["shape"] == first["shape"]  # figures changed, rows did not
    emitter.emit(dict(CALL, model="gpt-4.1"))
    sidecar.wait_for(3)
    assert status_of(sidecar)["shape"] != first["shape"]


def test_status_shows_the_busiest_models_and_how_many_more(sidecar, monkeypatch):
    from llm_exporter.sidecar.web import routes as web

    monkeypatch.setattr(web, "STATUS_MODELS", 2)  # 100 on a real page
    emitter = Emitter(sidecar.address("udp"))

    def calls(model: str, n: int, total: int):
        for _ in range(n):
            emitter.emit(dict(CALL, model=model))
        sidecar.wait_for(total)
        return status_of(sidecar)

    calls("a", 3, 3)
    first = calls("b", 2, 5)
    assert [m["id"] for m in first["models"]] == ["openai/a", "openai/b"]
    assert first["models_more"] == 0 and "models-more" not in get(sidecar.url + "/")[2]
    second = calls("c", 1, 6)  # a third, quieter: counted, not shown
    assert [m["id"] for m in second["models"]] == ["openai/a", "openai/b"]
    assert second["models_more"] == 1
    assert second["shape"] != first["shape"]  # the "and 1 more" line comes: a reload
    _, _, page = get(sidecar.url + "/")
    assert page.count("<tr data-m=") == 2
    assert ('<p id="models-more">And <span data-v="[&#34;models_more&#34;]" data-f="count">'
            '1</span> more') in page
    third = calls("d", 1, 7)
    assert third["models_more"] == 2 and third["shape"] == second["shape"]  # in place
    fourth = calls("c", 3, 10)  # c overtakes both: b leaves the page
    assert [m["id"] for m in fourth["models"]] == ["openai/c", "openai/a"]
    assert fourth["models_more"] == 2 and fourth["shape"] != third["shape"]


def test_status_page_renders_every_figure_server_side_and_needs_no_cdn(sidecar):
    emitter = Emitter(sidecar.address("udp"))
    for _ in range(3):
        emitter.emit(dict(CALL, cost_usd=0.5, ttft_s=0.3))
    sidecar.wait_for(3)
    _, _, page = get(sidecar.url + "/")
    # the calls cell of gpt-4o, as JavaScript would set it: rendered already
    assert ('<span data-v="[&#34;models&#34;, &#34;openai/gpt-4o&#34;, &#34;calls&#34;]" '
            'data-f="count">3</span>') in page
    assert 'data-f="usd">$1.50</span>' in page
    assert re.search(r'data-s="calls_per_second"[^>]*><path d="M[\d.]+ [\d.]+h0', page)
    assert 'name="viewport"' in page and "prefers-color-scheme: dark" in page
    assert re.findall(r'<script[^>]*src="([^"]+)"', page) == ["static/status.js"]
    assert "http-equiv" not in page  # no full-page refresh: the script updates in place
    status, content_type, script = get(sidecar.url + "/static/status.js")
    assert status == 200 and content_type.startswith("text/javascript")
    assert "window.llmStatus" in script and "api/v1/status" in script


@pytest.mark.parametrize("value, kind, text", [
    (None, "rate", "—"), (float("nan"), "usd", "—"), (1234567, "count", "1,234,567"),
    (0.123, "rate", "0.12"), (12.34, "rate", "12.3"), (1234.5, "rate", "1,235"),  # a tie: up
    (0.0052, "pct", "0.52 %"), (0.5, "pct", "50.0 %"), (0.2345, "seconds", "235 ms"),
    (2.345, "seconds", "2.35 s"), (0.00012, "usd", "$0.0001"), (3.456, "usd", "$3.46"),
    (345.6, "usd", "$346"), (12000.0, "usd", "$12,000"), (3725, "duration", "1h 2m"),
])
def test_format_value_as_the_page_shows_it(value, kind, text):
    assert format_value(value, kind) == text


def test_spark_path_puts_the_newest_point_at_the_right_and_breaks_at_gaps():
    assert spark_path([]) == ""
    assert spark_path([0.0]) == "M60.0 19.0h0"  # a lone point is a dot, at the bottom
    # fewer than SPARK_MIN_SLOTS points span part of the width (8 slots: 7 steps of 60/7)
    assert spark_path([1.0, None, 2.0, 4.0]) == \
        "M34.3 14.5h0 M51.4 10.0h0 L60.0 1.0"  # scaled to the highest point
    # a full window spans the whole width
    assert spark_path([1.0] * 61).startswith("M0.0 1.0h0 L1.0 1.0 ")


def test_readiness_fails_as_soon_as_shutdown_begins(tmp_path):
    import socket
    import threading

    config = dataclasses.replace(loopback_config(tmp_path), web=WebConfig(
        listen_address="127.0.0.1:0", shutdown_timeout=3.0))
    running = RunningSidecar(config)
    host, port = running.sidecar.web_address.rsplit(":", 1)
    assert get(running.url + "/readyz")[0] == 200
    # a POST whose body is still arriving keeps the shutdown going for shutdown_timeout
    stalled = socket.create_connection((host, int(port)))
    stalled.sendall(b"POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                    b"\r\nContent-Length: 100000\r\n\r\n[")
    time.sleep(0.2)
    stopping = threading.Thread(target=running.stop)
    stopping.start()
    time.sleep(0.5)
    try:
        assert stopping.is_alive()  # still shutting down
        assert not running.sidecar.ready
        with pytest.raises(urllib.error.URLError) as refused:  # a probe fails at once
            get(running.url + "/readyz")
        assert isinstance(refused.value.reason, ConnectionRefusedError)
    finally:
        stalled.close()
        stopping.join(10)


def test_status_page_lists_the_models_that_miss_their_objectives(tmp_path):
    """With alerting.prometheus_url, the page asks Prometheus (here a stand-in speaking its
    query API) which models missed their objectives over the week, and lists them."""
    import http.server
    import threading
    import urllib.parse

    from llm_exporter.config import AlertingConfig

    model = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "o4-mini"}

    class Prometheus(http.server.BaseHTTPRequestHandler):
        def answer(self, data):
            body = json.dumps({"status": "success", "data": data}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def vector(self, *series):
            self.answer({"resultType": "vector", "result": [
                {"metric": dict(model, **labels), "value": [1, str(v)]} for labels, v in series]})

        def do_GET(self):
            url = urllib.parse.urlparse(self.path)
            if url.path == "/api/v1/alerts":
                return self.answer({"alerts": []})
            if url.path == "/api/v1/alertmanagers":
                return self.answer({"activeAlertmanagers": []})
            expr = urllib.parse.parse_qs(url.query)["query"][0]
            if "time_to_first_chunk" in expr or 'error_type!=""' in expr:
                return self.vector()
            if "le)" in expr:
                return self.vector(({"le": "10.24"}, 400), ({"le": "40.96"}, 1000),
                                   ({"le": "+Inf"}, 1000))
            return self.vector(({}, 1000))

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Prometheus)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    config = dataclasses.replace(loopback_config(tmp_path), alerting=AlertingConfig(
        prometheus_url=f"http://127.0.0.1:{server.server_address[1]}"))
    running = RunningSidecar(config)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not status_of(running)["alerts"]["misfits"]:
            time.sleep(0.1)
        shown = status_of(running)["alerts"]
        _, _, page = get(running.url + "/")
    finally:
        running.stop()
        server.shutdown()
    assert shown["fit_error"] == "" and len(shown["misfits"]) == 1
    assert shown["misfits"][0].startswith("openai/o4-mini: 60.0% of successful calls took "
                                          "over 10.24 s over the past 7d")
    assert "Objectives not met" in page and "openai/o4-mini: 60.0%" in page
