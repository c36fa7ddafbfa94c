"""The llm-exporter command as a process: flags, signals, one-line startup errors."""

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import samples, value, wait_ready

EXE = [sys.executable, "-m", "llm_exporter"]
RUN = [*EXE, "run", "--otlp.listen-address="]  # OTLP off: 4318 may be taken


def free_port(kind=socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def sidecar_process(tmp_path):
    web, udp = free_port(), free_port(socket.SOCK_DGRAM)
    sock = tmp_path / "run" / "events.sock"
    proc = subprocess.Popen(
        [*RUN, f"--web.listen-address=127.0.0.1:{web}", f"--ingest.udp=127.0.0.1:{udp}",
         f"--ingest.unixgram={sock}", f"--ingest.stream=unix:{tmp_path}/stream.sock",
         "--log.level=debug"],
        stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{web}"
    wait_ready(url, proc)
    yield proc, url, udp, sock, tmp_path / "stream.sock"
    if proc.poll() is None:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_finishes_queued_events_removes_sockets_and_exits_0(sidecar_process, sig):
    proc, url, udp, sock, stream_sock = sidecar_process
    assert sock.exists() and stream_sock.exists()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for _ in range(50):
            s.sendto(json.dumps({"type": "llm_call", "model": "m", "duration_s": 1}).encode(),
                     ("127.0.0.1", udp))
    proc.send_signal(sig)  # at once: some of them are still in the kernel's buffer
    assert proc.wait(10) == 0
    assert not sock.exists() and not stream_sock.exists()
    log = proc.stderr.read()
    assert "shutting down" in log
    assert "stopped: 50 events accepted, 0 rejected since start" in log  # every one counted


def test_sigterm_while_a_body_arrives_exits_within_the_shutdown_timeout(tmp_path):
    web = free_port()
    config = tmp_path / "c.yaml"
    config.write_text(f"web: {{listen_address: '127.0.0.1:{web}', shutdown_timeout: 1s}}\n"
                      "ingest: {udp: '', unixgram: ''}\n")
    proc = subprocess.Popen([*RUN, f"--config.file={config}"], stderr=subprocess.PIPE,
                            text=True)
    try:
        wait_ready(f"http://127.0.0.1:{web}", proc)
        stalled = socket.create_connection(("127.0.0.1", web))
        stalled.sendall(b"POST /v1/events HTTP/1.1\r\nHost: x\r\n"
                        b"Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n[")
        time.sleep(0.2)
        began = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
        elapsed = time.monotonic() - began
        stalled.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert 1.0 <= elapsed < 3.0, elapsed  # 61 s before web.shutdown_timeout existed
    assert "shutdown cut off 1 request(s)" in proc.stderr.read()


def test_send_command_from_arguments_file_and_stdin(sidecar_process, tmp_path):
    proc, url, udp, sock, _ = sidecar_process
    event = json.dumps({"type": "llm_call", "model": "m", "duration_s": 1, "tenant": "cli"})
    out = subprocess.run([*EXE, "send", "--addr", f"udp:127.0.0.1:{udp}", event, event],
                         capture_output=True, text=True)
    assert out.returncode == 0 and "sent 2, dropped 0" in out.stderr
    events = tmp_path / "events.jsonl"
    events.write_text(event + "\n\n" + event + "\n")
    assert subprocess.run([*EXE, "send", "--addr", f"unixgram:{sock}", "-f", str(events)],
                          capture_output=True).returncode == 0
    out = subprocess.run([*EXE, "send", "--addr", f"udp:127.0.0.1:{udp}"], input="{oops\n",
                         capture_output=True, text=True)
    assert out.returncode == 1 and "line 1: not JSON" in out.stderr
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with urllib.request.urlopen(url + "/metrics") as r:
            text = r.read().decode()
        if value(text, "llm_requests_total", gen_ai_request_model="m",
                 gen_ai_operation_name="chat", tenant="cli") == 4:
            break
        time.sleep(0.05)
    else:
        raise AssertionError(samples(text))


def test_port_in_use_is_a_one_line_error():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        udp = free_port(socket.SOCK_DGRAM)
        out = subprocess.run([*RUN, f"--web.listen-address=127.0.0.1:{port}",
                              "--ingest.unixgram=", f"--ingest.udp=127.0.0.1:{udp}"],
                             capture_output=True, text=True, timeout=20)
    assert out.returncode == 1
    errors = [line for line in out.stderr.splitlines() if "ERROR" in line]
    assert len(errors) == 1 and f"cannot listen on 127.0.0.1:{port}" in errors[0]
    assert "Traceback" not in out.stderr


def test_unusable_socket_path_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    out = subprocess.run([*RUN, f"--ingest.unixgram={blocker}/sub/events.sock",
                          "--web.listen-address=127.0.0.1:0", "--ingest.udp="],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 1 and "cannot create directory for socket" in out.stderr
    assert "Traceback" not in out.stderr


def test_check_config(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text("budgets: [{tenant: acme, daily_usd: 10}]\n")
    out = subprocess.run([*EXE, "check-config", f"--config.file={good}"],
                         capture_output=True, text=True)
    assert out.returncode == 0 and "OK" in out.stdout and "1 budgets" in out.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("limits:\n  lables: {}\n")
    out = subprocess.run([*EXE, "check-config", f"--config.file={bad}"],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert "limits.lables: unknown key (known: series_ttl, labels, label_sets)" in out.stderr


def test_flags_override_the_config_file_and_are_checked(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("web: {listen_address: '127.0.0.1:1'}\n")
    out = subprocess.run([*RUN, f"--config.file={config}",
                          "--web.listen-address=bogus"], capture_output=True, text=True)
    assert out.returncode == 2 and "web.listen_address: expected HOST:PORT" in out.stderr


def test_demo_runs_and_produces_metrics(tmp_path):
    web = free_port()
    proc = subprocess.Popen(
        [*EXE, "demo", f"--web.listen-address=127.0.0.1:{web}",
         f"--ingest.udp=127.0.0.1:{free_port(socket.SOCK_DGRAM)}",
         f"--ingest.unixgram={tmp_path}/d.sock", "--demo.rate=200", "--demo.duration=20"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{web}"
        wait_ready(url, proc)
        time.sleep(2)
        with urllib.request.urlopen(url + "/metrics") as r:
            text = r.read().decode()
        fams = {name for name, _ in samples(text)}
        for name in ("llm_cost_usd_total", "llm_requests_total", "llm_feedback_score_bucket",
                     "llm_workflow_step_duration_seconds_bucket", "llm_tokens_total",
                     "gen_ai_client_operation_time_to_first_chunk_seconds_bucket",
                     "llm_exporter_unpriced_events_total"):
            assert name in fams, name
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=10)
        assert proc.returncode == 0
        assert f"{url}/metrics" in out
    finally:
        if proc.poll() is None:
            proc.kill()


def test_proxy_flags_merge_with_the_config_file(tmp_path):
    from llm_exporter.cli import _parser, config_from_args

    config_file = tmp_path / "c.yaml"
    config_file.write_text("proxy:\n  upstreams:\n"
                           "    - {name: openai, url: 'https://api.openai.com/v1'}\n"
                           "    - {name: local, url: 'http://127.0.0.1:8000/v1', provider: vllm}\n")
    args = _parser().parse_args(["run", f"--config.file={config_file}",
                                 "--proxy.listen-address=127.0.0.1:9480",
                                 "--proxy.upstream=openai=http://127.0.0.1:1/v1",
                                 "--proxy.upstream=anthropic=https://api.anthropic.com"])
    proxy = config_from_args(args).proxy
    assert proxy.listen_address == "127.0.0.1:9480"
    assert {u.name: u.url for u in proxy.upstreams} == {
        "openai": "http://127.0.0.1:1/v1", "local": "http://127.0.0.1:8000/v1",
        "anthropic": "https://api.anthropic.com"}
    out = subprocess.run([*RUN, "--proxy.upstream=noequals"], capture_output=True,
                         text=True)
    assert out.returncode == 2 and "expected NAME=URL" in out.stderr


def test_backtest_says_what_is_wrong_in_one_line(tmp_path):
    down = subprocess.run([*EXE, "backtest", "--prometheus", "http://127.0.0.1:9",
                           "--from", "now-1h"], capture_output=True, text=True, timeout=60)
    assert down.returncode == 1 and "http://127.0.0.1:9" in down.stderr
    assert len(down.stderr.strip().splitlines()) == 1
    bad_time = subprocess.run([*EXE, "backtest", "--prometheus", "http://127.0.0.1:9",
                               "--from", "last tuesday"], capture_output=True, text=True)
    assert bad_time.returncode == 2 and "last tuesday" in bad_time.stderr
    backwards = subprocess.run([*EXE, "backtest", "--prometheus", "http://127.0.0.1:9",
                                "--from", "now-1h", "--to", "now-2h"], capture_output=True,
                               text=True)
    assert backwards.returncode == 2 and "--to must be after --from" in backwards.stderr
    rules = tmp_path / "rules.yml"
    rules.write_text("groups: [{name: g, rules: [{alert: A, expr: up == 0, for: soon}]}]\n")
    bad_rules = subprocess.run([*EXE, "backtest", "--prometheus", "http://127.0.0.1:9",
                                "--rules", str(rules)], capture_output=True, text=True)
    assert bad_rules.returncode == 2 and "soon" in bad_rules.stderr


def test_hash_user_prints_what_usage_analytics_keep(tmp_path):
    import hashlib
    import hmac

    (tmp_path / "key").write_text("5e" * 16 + "\n")  # hex: 16 bytes of "^"
    config = tmp_path / "config.yaml"
    config.write_text(f"usage: {{user_id_key_file: {tmp_path / 'key'}}}\n")
    out = subprocess.run([*EXE, "hash-user", f"--config.file={config}", "alice", "bob@x.org"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        f"{hmac.new(b'^' * 16, u.encode(), hashlib.sha256).hexdigest()[:32]}  {u}"
        for u in ("alice", "bob@x.org")]
    config.write_text("usage: {}\n")  # no key file: nothing to compute the hash with
    out = subprocess.run([*EXE, "hash-user", f"--config.file={config}", "alice"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "random key" in out.stderr


def test_alerting_prometheus_url_flag_sets_where_the_status_page_reads_alerts(tmp_path):
    from llm_exporter.cli import _parser, config_from_args

    args = _parser().parse_args(["run", "--alerting.prometheus-url=http://127.0.0.1:9090"])
    assert config_from_args(args).alerting.prometheus_url == "http://127.0.0.1:9090"
    out = subprocess.run([*RUN, "--alerting.prometheus-url=127.0.0.1:9090"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "alerting.prometheus_url: expected http(s)://" in out.stderr


def test_render_as_a_command_writes_exactly_the_rendered_defaults(tmp_path):
    from llm_exporter.config import Config
    from llm_exporter.mixin import render

    out = subprocess.run([*EXE, "render", "--out", str(tmp_path)], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    expected = render.outputs(Config())
    written = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()}
    assert written == set(expected)
    for name, content in expected.items():
        assert (tmp_path / name).read_text() == content, name


def test_webhook_sink_prints_what_alertmanager_would_send(tmp_path):
    port = free_port()
    # SIGINT as a terminal sends it, even where make test runs in the background (a shell's
    # background jobs inherit SIGINT ignored, and so would the sink: it never stopped)
    proc = subprocess.Popen([*EXE, "webhook-sink", "--listen", f"127.0.0.1:{port}"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert "printing Slack" in proc.stdout.readline()
        for path, body in (("/slack", {"channel": "#llm-alerts", "attachments": [
                {"title": "[FIRING:1] LLMErrorBudgetBurn (critical)", "text": "gpt-4o\nfails"}]}),
                           ("/pagerduty", {"event_action": "trigger", "payload": {
                               "severity": "critical", "summary": "LLMErrorBudgetBurn"}})):
            request = urllib.request.Request(f"http://127.0.0.1:{port}{path}",
                                             data=json.dumps(body).encode(),
                                             headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=5) as r:
                assert r.status == (202 if path == "/pagerduty" else 200)
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Slack #llm-alerts: [FIRING:1] LLMErrorBudgetBurn (critical)\n    gpt-4o\n    fails" \
        in out
    assert "PagerDuty TRIGGER (critical): LLMErrorBudgetBurn" in out


def test_an_empty_flag_turns_a_transport_off(tmp_path):
    web = free_port()
    proc = subprocess.Popen([*RUN, f"--web.listen-address=127.0.0.1:{web}", "--ingest.udp=",
                             f"--ingest.unixgram={tmp_path}/events.sock"],
                            stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{web}"
        wait_ready(url, proc)
        with urllib.request.urlopen(url + "/api/v1/status", timeout=5) as r:
            listeners = [item["transport"] for item in json.loads(r.read())["listeners"]]
        proc.send_signal(signal.SIGTERM)
        _, log = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert listeners == ["unixgram", "http"]  # no udp, and stream and OTLP are off too
    assert "listening for events on udp" not in log
    assert "listening for events on unixgram" in log


def test_run_freezes_what_start_up_built_out_of_the_garbage_collector(tmp_path):
    """Once up, `run` freezes start-up's objects (modules, the price table): full garbage
    collections then walk only what traffic made (70-85 ms -> 18-26 ms with 10^4 models;
    tests/integration/test_status_page.py measures /healthz)."""
    import asyncio
    import gc

    from llm_exporter.cli import _serve_process

    from conftest import loopback_config

    async def main() -> int:
        stop = asyncio.Event()
        task = asyncio.create_task(_serve_process(loopback_config(tmp_path), stop))
        while not gc.get_freeze_count() and not task.done():
            await asyncio.sleep(0.02)
        frozen = gc.get_freeze_count()
        stop.set()
        assert await task == 0
        return frozen

    gc.unfreeze()
    try:
        assert asyncio.run(main()) > 10_000
    finally:
        gc.unfreeze()
