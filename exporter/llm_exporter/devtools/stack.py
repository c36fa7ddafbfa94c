"""`llm-exporter stack`: the whole alerting path on one machine, without Docker.

The sidecar with demo traffic, Debian's prometheus and prometheus-alertmanager (when they are
installed) loaded with the rendered rules and routes, and a local webhook sink standing in
for Slack and PagerDuty that prints each message in the terminal. The demo traffic has a
rate-limit storm on gpt-4o early on, so a page arrives within about two minutes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from llm_exporter.config import (
    AlertingConfig,
    Budget,
    Config,
    Duration,
    PagerDutyConfig,
    RoutingConfig,
    SlackConfig,
)
from llm_exporter.devtools.demo import Traffic, serve_with_traffic
from llm_exporter.devtools.webhook import WebhookSink
from llm_exporter.mixin import render


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stack_config(workdir: Path, sink: WebhookSink, web: str, udp: str) -> Config:
    """Embedded defaults, made quick: alerts fire after 30 s and group within 5 s."""
    secrets = workdir / "secrets"
    secrets.mkdir(parents=True, exist_ok=True)
    (secrets / "slack-webhook-url").write_text(f"{sink.url}/slack\n")
    (secrets / "pagerduty-routing-key").write_text("local-stack-routing-key\n")
    alerting = AlertingConfig(
        for_override=Duration(30.0),
        grafana_url="http://localhost:3000",
        slack=SlackConfig(api_url_file=str(secrets / "slack-webhook-url"), channel="#llm-alerts"),
        pagerduty=PagerDutyConfig(routing_key_file=str(secrets / "pagerduty-routing-key"),
                                  url=f"{sink.url}/pagerduty"),
        routing=RoutingConfig(group_wait=Duration(5.0), group_interval=Duration(10.0),
                              repeat_interval=Duration(3600.0)))
    base = Config()
    return dataclasses.replace(
        base, alerting=alerting,
        web=dataclasses.replace(base.web, listen_address=web),
        ingest=dataclasses.replace(base.ingest, udp=udp,
                                   unixgram=str(workdir / "llm-exporter.sock")),
        budgets=(Budget("acme", daily_usd=20.0, monthly_usd=400.0),
                 Budget("globex", daily_usd=10.0, monthly_usd=200.0)))


def wait_ready(url: str, proc: subprocess.Popen, name: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with code {proc.returncode}")
        try:
            urllib.request.urlopen(url + "/-/ready", timeout=1)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{name} did not become ready")


def run(rate: float = 20.0, incident_after: float = 45.0, duration: float = 0.0,
        workdir: str | None = None) -> int:
    """Run the stack until Ctrl-C (or ``duration`` seconds); returns an exit code."""
    work = Path(workdir or tempfile.mkdtemp(prefix="llm-exporter-stack-"))
    sink = WebhookSink()
    web_port, udp_port = free_port(), free_port()
    config = stack_config(work, sink, f"127.0.0.1:{web_port}", f"127.0.0.1:{udp_port}")
    render.write(config, work)
    processes: list[subprocess.Popen] = []
    logs = []
    lines = [f"  sidecar       http://127.0.0.1:{web_port}/"]
    prometheus, alertmanager = shutil.which("prometheus"), shutil.which("prometheus-alertmanager")
    try:
        if alertmanager:
            am_port = free_port()
            log = open(work / "alertmanager.log", "w")
            logs.append(log)
            processes.append(subprocess.Popen(
                [alertmanager, f"--config.file={work / 'alertmanager' / 'alertmanager.yml'}",
                 f"--storage.path={work / 'alertmanager-data'}",
                 f"--web.listen-address=127.0.0.1:{am_port}", "--cluster.listen-address="],
                stdout=log, stderr=subprocess.STDOUT))
            wait_ready(f"http://127.0.0.1:{am_port}", processes[-1], "alertmanager")
            lines.append(f"  alertmanager  http://127.0.0.1:{am_port}/")
        if prometheus:
            prom_port = free_port()
            alerting = (f"alerting: {{alertmanagers: [{{static_configs: "
                        f"[{{targets: ['127.0.0.1:{am_port}']}}]}}]}}\n" if alertmanager else "")
            (work / "prometheus.yml").write_text(
                "global: {scrape_interval: 5s, evaluation_interval: 5s}\n"
                f"rule_files: ['{work / 'rules' / '*.yaml'}']\n{alerting}"
                "scrape_configs:\n  - job_name: llm-exporter\n"
                f"    static_configs: [{{targets: ['127.0.0.1:{web_port}']}}]\n")
            log = open(work / "prometheus.log", "w")
            logs.append(log)
            processes.append(subprocess.Popen(
                [prometheus, f"--config.file={work / 'prometheus.yml'}",
                 f"--storage.tsdb.path={work / 'prometheus-data'}",
                 f"--web.listen-address=127.0.0.1:{prom_port}"],
                stdout=log, stderr=subprocess.STDOUT))
            wait_ready(f"http://127.0.0.1:{prom_port}", processes[-1], "prometheus")
            # the status page shows what fires here, and where Alertmanager routed it
            config = dataclasses.replace(config, alerting=dataclasses.replace(
                config.alerting, prometheus_url=f"http://127.0.0.1:{prom_port}"))
            lines.append(f"  prometheus    http://127.0.0.1:{prom_port}/alerts")
        missing = [n for n, p in (("prometheus", prometheus),
                                  ("prometheus-alertmanager", alertmanager)) if not p]
        print("\nllm-exporter stack: sidecar + demo traffic"
              + (" + Prometheus + Alertmanager" if not missing else "")
              + f", files in {work}\n" + "\n".join(lines), flush=True)
        if missing:
            print(f"\n  Not found: {', '.join(missing)}. On Debian or Ubuntu: "
                  "sudo apt-get install prometheus prometheus-alertmanager", flush=True)
        print(f"\nA rate-limit storm on gpt-4o starts after {incident_after:g} s; Slack and "
              "PagerDuty messages will print below. Ctrl-C to stop.", flush=True)
        # the incident takes the second half of each cycle: the first starts after incident_after
        traffic = Traffic(incident_every=2 * incident_after, incident_length=incident_after)
        return asyncio.run(serve_with_traffic(config, rate, duration, traffic))
    finally:
        for proc in processes:
            proc.terminate()
        for proc in processes:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in logs:
            log.close()
        sink.close()
