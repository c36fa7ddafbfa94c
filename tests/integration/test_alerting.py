"""End to end: sidecar -> Prometheus (rendered rules) -> Alertmanager -> Slack and PagerDuty.

Slack and PagerDuty are replaced by a local HTTP server that records what Alertmanager's own
notifiers send it. Events go in through the client library. Prometheus scrapes and evaluates
every second, every `for:` is 1 s (config `alerting.for_override`), Alertmanager groups
within a second.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from llm_exporter.client import Emitter
from llm_exporter.config import UsageConfig, config_from_dict
from llm_exporter.devtools.demo import Traffic
from llm_exporter.mixin import dashboards, render

from conftest import RunningSidecar, loopback_config
from integration.conftest import Prometheus, free_port, require


class Sink:
    """Records POSTs by path: /slack and /pagerduty."""

    def __init__(self):
        self.received: list[tuple[str, dict]] = []
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                sink.received.append((self.path, json.loads(body)))
                self.send_response(202 if self.path == "/pagerduty" else 200)
                self.end_headers()
                self.wfile.write(b'{"status":"success"}' if self.path == "/pagerduty" else b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def of(self, path: str) -> list[dict]:
        return [body for p, body in self.received if p == path]

    def wait_for(self, predicate, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            time.sleep(0.2)
        raise AssertionError(f"sink never saw it; received: {self.received}")

    def close(self):
        self.server.shutdown()


class Alertmanager:
    def __init__(self, workdir: Path, config_file: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(workdir / "alertmanager.log", "w")
        self.proc = subprocess.Popen(
            [require("prometheus-alertmanager"), f"--config.file={config_file}",
             f"--storage.path={workdir / 'am-data'}", f"--web.listen-address=127.0.0.1:{self.port}",
             "--cluster.listen-address="],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/-/ready", timeout=1)
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("alertmanager not ready")

    def alerts(self) -> list[dict]:
        with urllib.request.urlopen(self.url + "/api/v2/alerts", timeout=5) as r:
            return json.loads(r.read())

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.log.close()


def alerting_config(tmp_path: Path, sink: Sink):
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "slack").write_text(sink.url + "/slack\n")
    (secrets / "pagerduty").write_text("test-routing-key-0123456789abcdef\n")
    return config_from_dict({"alerting": {
        "for_override": "1s",
        "slack": {"api_url_file": str(secrets / "slack"), "channel": "#llm-test"},
        "pagerduty": {"routing_key_file": str(secrets / "pagerduty"),
                      "url": sink.url + "/pagerduty"},
        "routing": {"group_wait": "1s", "group_interval": "1s", "repeat_interval": "1h"}},
        "budgets": [{"tenant": t, "daily_usd": 50, "monthly_usd": 1000}
                    for t in ("acme", "globex", "initech", "umbrella", "hooli")]})


@pytest.fixture
def stack(tmp_path):
    sink = Sink()
    config = alerting_config(tmp_path, sink)
    render.write(config, tmp_path / "out")
    (tmp_path / "user-id.key").write_text("5a" * 32)  # the fleet's registers and top spenders
    sidecar = RunningSidecar(dataclasses.replace(
        loopback_config(tmp_path), budgets=config.budgets, alerting=config.alerting,
        usage=UsageConfig(user_id_key_file=str(tmp_path / "user-id.key"))))
    alertmanager = Alertmanager(tmp_path, tmp_path / "out" / "alertmanager" / "alertmanager.yml")
    prometheus = Prometheus(
        tmp_path, [sidecar.sidecar.web_address],
        extra_config=f"rule_files: [{tmp_path / 'out' / 'rules' / '*.yaml'}]\n"
                     f"alerting: {{alertmanagers: [{{static_configs: "
                     f"[{{targets: ['127.0.0.1:{alertmanager.port}']}}]}}]}}")
    yield sidecar, prometheus, alertmanager, sink
    prometheus.stop()
    alertmanager.stop()
    sidecar.stop()
    sink.close()


def call(model="gpt-4o", **extra) -> dict:
    event = {"type": "llm_call", "provider": "openai", "model": model, "duration_s": 0.8,
             "input_tokens": 500, "output_tokens": 50, "tenant": "acme"}
    event.update(extra)
    return event


def send_over(traffic: list[tuple[Emitter, dict, int]], seconds: float) -> None:
    """Send ``count`` copies of each (emitter, event, count), all spread evenly over ``seconds``
    and interleaved, as live traffic arrives. (A series whose whole increase lands before its
    first scrape shows no rate at all, and one that starts between two scrapes loses what came
    before its first: interleaving makes every series lose the same share.)"""
    steps = max(1, int(seconds * 10))
    for step in range(steps):
        for emitter, event, count in traffic:
            for _ in range(count * (step + 1) // steps - count * step // steps):
                emitter.emit(event)
        for emitter in {id(e): e for e, _, _ in traffic}.values():
            emitter.flush()
        time.sleep(seconds / steps)


def test_error_storm_pages_then_resolves_and_healthy_traffic_is_quiet(stack):
    sidecar, prometheus, alertmanager, sink = stack
    emitter = Emitter(sidecar.address("udp"))
    # scraped before the traffic starts: calls made before a series' first scrape have no
    # rate, and a late first scrape left the page's 100-call minimum unmet (seen twice)
    prometheus.wait_until("count(up == 1)", 1)

    # healthy traffic: nothing is sent to Slack or PagerDuty
    send_over([(emitter, call(), 300)], 6)
    prometheus.wait_until('sum(llm_requests_total{gen_ai_request_model="gpt-4o"})', 300)
    time.sleep(4)  # several evaluations and group intervals
    assert sink.received == []
    assert alertmanager.alerts() == []

    # an error storm through the client library: every call fails
    send_over([(emitter, call(error_type="server_error", duration_s=0.2), 100)], 4)
    def page_in_slack():
        return [m for m in sink.of("/slack")
                if m["attachments"][0]["title"] == "[FIRING:1] LLMErrorBudgetBurn (critical)"]

    # (the storm also raises the LLMErrorRatioHigh warning; its Slack message may come first)
    sink.wait_for(lambda: sink.of("/pagerduty") and page_in_slack())
    trigger = sink.of("/pagerduty")[0]
    assert trigger["event_action"] == "trigger"
    assert trigger["routing_key"] == "test-routing-key-0123456789abcdef"
    assert trigger["payload"]["severity"] == "critical"
    assert trigger["payload"]["summary"] == (
        "LLMErrorBudgetBurn: LLM calls are failing fast enough to exhaust the error budget.")
    assert {link["text"] for link in trigger["links"]} == {"Runbook", "Dashboard"}
    slack = page_in_slack()[0]
    assert slack["channel"] == "#llm-test"
    attachment = slack["attachments"][0]
    assert attachment["title"] == "[FIRING:1] LLMErrorBudgetBurn (critical)"
    assert attachment["color"] == "danger"
    assert "openai/gpt-4o: " in attachment["text"] and "of calls fail" in attachment["text"]
    assert "docs/runbooks.md#llmerrorbudgetburn|Runbook" in attachment["text"]
    # while the page fires, the slow-burn ticket for the same model is inhibited by it
    # (before the page, on the way up, and after it, on the way down, the ticket is real)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        burns = {a["labels"]["severity"]: a["status"] for a in alertmanager.alerts()
                 if a["labels"]["alertname"] == "LLMErrorBudgetBurn"}
        if "warning" in burns and "critical" in burns:
            break
        time.sleep(0.2)
    assert burns["critical"]["state"] == "active"
    assert burns["warning"]["state"] == "suppressed" and burns["warning"]["inhibitedBy"]

    # recovery: enough healthy calls bring every window's error ratio under the budget
    healthy = 0
    while healthy < 60_000:
        for _ in range(5000):
            emitter.emit(call())
        healthy += 5000
        emitter.flush(10)
    assert emitter.dropped == 0
    sink.wait_for(lambda: any(p["event_action"] == "resolve" for p in sink.of("/pagerduty"))
                  and any("[RESOLVED] LLMErrorBudgetBurn (critical)" in s["attachments"][0]["title"]
                          for s in sink.of("/slack")), timeout=90)
    resolved = [s for s in sink.of("/slack")
                if "[RESOLVED] LLMErrorBudgetBurn (critical)" in s["attachments"][0]["title"]][0]
    assert resolved["attachments"][0]["color"] == "good"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(
            a["labels"]["alertname"] == "LLMErrorBudgetBurn" for a in alertmanager.alerts()):
        time.sleep(0.5)
    assert not [a for a in alertmanager.alerts()
                if a["labels"]["alertname"] == "LLMErrorBudgetBurn"], "not everything resolved"


def substitute(expr: str) -> str:
    """What Grafana does to a query with every variable on All."""
    expr = expr.replace("$__rate_interval", "1m")
    return re.sub(r"\$(job|provider|model|tenant|agent)\b", ".*", expr)


def test_every_dashboard_query_returns_data_after_demo_traffic(stack):
    sidecar, prometheus, _, _ = stack
    emitter = Emitter(sidecar.address("udp"))
    traffic = Traffic(seed=4, incident_every=0)
    sent = 0
    for _ in range(30):  # 3000 user requests over 6 s
        for _ in range(100):
            for event in traffic.call():
                emitter.emit(event)
                sent += 1
        emitter.flush()
        time.sleep(0.2)
    sidecar.wait_for(sent)
    prometheus.wait_until("sum(llm_exporter_events_total)", sent)
    time.sleep(3)  # recording rules see the data
    empty = []
    for name, board in dashboards.build(sidecar.config).items():
        for panel in board["panels"]:
            for target in panel["targets"]:
                if not prometheus.query(substitute(target["expr"])):
                    empty.append((name, panel["title"], target["expr"]))
        for variable in board["templating"]["list"][1:]:
            query = substitute(variable["query"]["query"])
            metric, _, label = query[len("label_values("):-1].rpartition(", ")
            values = prometheus.api("series", **{"match[]": metric})
            assert any(label in s for s in values), (name, variable["name"])
    assert empty == []


def test_three_sidecars_add_up_in_the_recording_rules(tmp_path):
    sink = Sink()
    config = alerting_config(tmp_path, sink)
    render.write(config, tmp_path / "out")
    sidecars = []
    for i in range(3):
        (tmp_path / f"sidecar{i}").mkdir()
        sidecars.append(RunningSidecar(loopback_config(tmp_path / f"sidecar{i}")))
    prometheus = Prometheus(tmp_path, [s.sidecar.web_address for s in sidecars],
                            extra_config=f"rule_files: [{tmp_path / 'out' / 'rules' / '*.yaml'}]")
    try:
        # every sidecar scraped before the traffic starts, then all of it interleaved: the
        # successes sent before the errors once made the ratio read 0.080 instead of 0.1 (the
        # error series, born later, lost a larger share to its first scrape)
        prometheus.wait_until("count(up == 1)", 3)
        traffic = []
        for i, sidecar in enumerate(sidecars):
            emitter = Emitter(sidecar.address("udp"))
            traffic += [(emitter, call(tenant=f"t{i}"), 90 * (i + 1)),
                        (emitter, call(tenant=f"t{i}", error_type="timeout"), 10 * (i + 1))]
        send_over(traffic, 6)
        prometheus.wait_until("sum(llm_requests_total)", 600)
        prometheus.wait_until("count(llm_exporter_build_info)", 3)
        time.sleep(2)
        assert prometheus.scalar('count(count by (instance) (llm_requests_total))') == 3
        # Freeze the data: with scraping stopped, a rule evaluation and a later query at its
        # timestamp see the same samples (while scraping, a scrape stamped before an
        # evaluation can be ingested after it). Prometheus writes the removed targets' stale
        # markers about 2.1 scrape intervals after the reload, stamped a second after it: wait
        # until the last evaluation follows them (at 3 s, once in a full run, it did not).
        prometheus.set_targets([])
        time.sleep(5)
        # one series per model, whatever the number of sidecars ...
        ratio = prometheus.query("llm:slo_error_ratio:rate5m")
        assert len(ratio) == 1 and "instance" not in ratio[0]["metric"]
        # ... equal to the ratio over all three sidecars' raw counters at the same instant
        at = prometheus.scalar("timestamp(llm:slo_error_ratio:rate5m)")
        raw = prometheus.api("query", time=at, query=(
            'sum(rate(llm_requests_total{error_type="timeout"}[5m]))'
            " / sum(rate(llm_requests_total[5m]))"))["result"]
        recorded = prometheus.api("query", time=at, query="llm:slo_error_ratio:rate5m")["result"]
        assert float(recorded[0]["value"][1]) == pytest.approx(float(raw[0]["value"][1]),
                                                               rel=1e-9)
        assert float(recorded[0]["value"][1]) == pytest.approx(0.1, rel=0.2)
        spend = prometheus.query("llm:tenant_cost_usd:increase1d")
        assert sorted(s["metric"]["tenant"] for s in spend) == ["t0", "t1", "t2"]
        budgets = prometheus.query("llm:tenant_budget_usd")
        assert budgets == []  # these sidecars have no budgets configured
    finally:
        prometheus.stop()
        for sidecar in sidecars:
            sidecar.stop()
        sink.close()


def post_alerts(alertmanager: Alertmanager, *alerts: dict) -> None:
    """Alerts with these labels posted to Alertmanager's API, as Prometheus posts them."""
    body = json.dumps([{"labels": a, "annotations": {"summary": "s", "description": "d"}}
                       for a in alerts]).encode()
    request = urllib.request.Request(alertmanager.url + "/api/v2/alerts", data=body,
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=5).close()


def alert_states(alertmanager: Alertmanager) -> dict[tuple, str]:
    """(alertname, severity, model, tenant) -> active or suppressed."""
    return {(a["labels"]["alertname"], a["labels"]["severity"],
             a["labels"].get("gen_ai_request_model", ""), a["labels"].get("tenant", "")):
            a["status"]["state"] for a in alertmanager.alerts()}


def test_a_tenants_error_alert_stands_in_for_its_models(tmp_path):
    """acme's calls to gpt-4o all fail: LLMTenantErrorRatioHigh names acme and suppresses
    gpt-4o's LLMErrorRatioHigh, not gpt-4o-mini's."""
    sink = Sink()
    config = alerting_config(tmp_path, sink)
    render.write(config, tmp_path / "out")
    alertmanager = Alertmanager(tmp_path, tmp_path / "out" / "alertmanager" / "alertmanager.yml")
    ratio = {"alertname": "LLMErrorRatioHigh", "severity": "warning",
             "gen_ai_provider_name": "openai"}
    try:
        post_alerts(alertmanager, {**ratio, "gen_ai_request_model": "gpt-4o"},
                    {**ratio, "gen_ai_request_model": "gpt-4o-mini"},
                    {**ratio, "alertname": "LLMTenantErrorRatioHigh", "tenant": "acme",
                     "gen_ai_request_model": "gpt-4o"})
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline \
                and "suppressed" not in alert_states(alertmanager).values():
            time.sleep(0.2)
        assert alert_states(alertmanager) == {
            ("LLMTenantErrorRatioHigh", "warning", "gpt-4o", "acme"): "active",
            ("LLMErrorRatioHigh", "warning", "gpt-4o", ""): "suppressed",
            ("LLMErrorRatioHigh", "warning", "gpt-4o-mini", ""): "active"}
    finally:
        alertmanager.stop()
        sink.close()


def test_alertmanager_inhibits_everything_under_exporter_absent_and_groups_by_name_and_severity(
        tmp_path):
    """The rendered routes in the real Alertmanager, alerts posted to its API as Prometheus
    posts them: grouping and inhibition read back from /api/v2/alerts and /alerts/groups."""
    sink = Sink()
    config = alerting_config(tmp_path, sink)
    render.write(config, tmp_path / "out")
    alertmanager = Alertmanager(tmp_path, tmp_path / "out" / "alertmanager" / "alertmanager.yml")

    def post(*alerts: dict) -> None:
        post_alerts(alertmanager, *alerts)

    def state() -> dict[tuple, str]:
        return alert_states(alertmanager)

    burn = {"alertname": "LLMErrorBudgetBurn", "severity": "critical",
            "gen_ai_provider_name": "openai"}
    try:
        post({**burn, "gen_ai_request_model": "gpt-4o"},
             {**burn, "gen_ai_request_model": "gpt-4o-mini"},
             {**burn, "severity": "warning", "gen_ai_request_model": "o3"},
             {"alertname": "LLMLatencyP99High", "severity": "warning",
              "gen_ai_provider_name": "openai", "gen_ai_request_model": "gpt-4o"})
        time.sleep(0.5)
        with urllib.request.urlopen(alertmanager.url + "/api/v2/alerts/groups", timeout=5) as r:
            groups = json.loads(r.read())
        grouped = sorted(sorted(a["labels"]["gen_ai_request_model"] for a in g["alerts"])
                         for g in groups)
        # one group per (name, severity): the two pages together, the others alone
        assert grouped == [["gpt-4o"], ["gpt-4o", "gpt-4o-mini"], ["o3"]]
        assert {tuple(sorted(g["labels"])) for g in groups} == {("alertname", "severity")}
        assert set(state().values()) == {"active"}
        post({"alertname": "LLMExporterAbsent", "severity": "critical"})  # no sidecar up
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and list(state().values()).count("suppressed") < 4:
            time.sleep(0.2)
        states = state()
        assert states.pop(("LLMExporterAbsent", "critical", "", "")) == "active"
        assert set(states.values()) == {"suppressed"}, states  # critical ones included
    finally:
        alertmanager.stop()
        sink.close()
