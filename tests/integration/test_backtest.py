"""`llm-exporter backtest` against a real Prometheus serving history backfilled with promtool:
a 40-minute error storm in three hours of traffic, a page and a ticket, the ticket inhibited
while the page fires, and the times the rule manager would have produced."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time

from llm_exporter.backtest import backtest, load_inhibit_rules, load_rules
from llm_exporter.prometheus_api import PrometheusAPI

from integration.conftest import Prometheus, require

RULES = """
groups:
  - name: test
    interval: 1m
    rules:
      - alert: ErrorsHigh
        expr: |
          sum by (gen_ai_request_model) (rate(llm_requests_total{error_type="timeout"}[5m]))
            / sum by (gen_ai_request_model) (rate(llm_requests_total[5m])) > 0.2
        for: 10m
        labels: {severity: critical}
      - alert: ErrorsHigh
        expr: |
          sum by (gen_ai_request_model) (rate(llm_requests_total{error_type="timeout"}[5m]))
            / sum by (gen_ai_request_model) (rate(llm_requests_total[5m])) > 0.1
        for: 5m
        labels: {severity: warning}
"""
ALERTMANAGER = """
route: {receiver: "null"}
receivers: [{name: "null"}]
inhibit_rules:
  - source_matchers: ['severity="critical"']
    target_matchers: ['severity="warning"']
    equal: [alertname, gen_ai_request_model]
"""


def history(start: int) -> str:
    """Three hours at a 15 s scrape: 10 calls/s, 50 % timeouts from minute 60 to 100."""
    ok = errors = 0.0
    lines = ["# TYPE llm_requests counter"]
    for i in range(0, 3 * 3600, 15):
        storm = 3600 <= i < 6000
        ok += 15 * (5 if storm else 10)
        errors += 15 * (5 if storm else 0)
        t = start + i
        lines.append(f'llm_requests_total{{job="llm-exporter",gen_ai_request_model="m",'
                     f'error_type=""}} {ok} {t}')
        lines.append(f'llm_requests_total{{job="llm-exporter",gen_ai_request_model="m",'
                     f'error_type="timeout"}} {errors} {t}')
    lines.append("# EOF")
    # OpenMetrics wants each series' samples together
    body = [line for line in lines[1:-1] if 'error_type=""' in line] + \
           [line for line in lines[1:-1] if 'error_type="timeout"' in line]
    return "\n".join([lines[0], *body, lines[-1]]) + "\n"


def test_backtest_over_backfilled_history(tmp_path):
    start = (math.floor(time.time() / 3600) - 6) * 3600  # six hours ago, on the hour
    (tmp_path / "history.om").write_text(history(start))
    subprocess.run([require("promtool"), "tsdb", "create-blocks-from", "openmetrics",
                    str(tmp_path / "history.om"), str(tmp_path / "data")],
                   check=True, capture_output=True)
    (tmp_path / "rules.yml").write_text(RULES)
    (tmp_path / "alertmanager.yml").write_text(ALERTMANAGER)
    prometheus = Prometheus(tmp_path, [])
    try:
        found = backtest(PrometheusAPI(prometheus.url), load_rules(RULES),
                         load_inhibit_rules(ALERTMANAGER), start, start + 3 * 3600)
        out = subprocess.run(
            [sys.executable, "-m", "llm_exporter", "backtest", "--prometheus", prometheus.url,
             "--rules", str(tmp_path / "rules.yml"),
             "--alertmanager.config", str(tmp_path / "alertmanager.yml"),
             "--from", str(start), "--to", str(start + 3 * 3600), "--format", "json"],
            capture_output=True, text=True, check=True)
        text = subprocess.run(
            [sys.executable, "-m", "llm_exporter", "backtest", "--prometheus", prometheus.url,
             "--rules", str(tmp_path / "rules.yml"),
             "--alertmanager.config", str(tmp_path / "alertmanager.yml"),
             "--from", str(start), "--to", str(start + 3 * 3600)],
            capture_output=True, text=True, check=True).stdout
    finally:
        prometheus.stop()
    by_severity = {e.severity: e for e in found}
    assert len(found) == 2 and set(by_severity) == {"critical", "warning"}
    page, ticket = by_severity["critical"], by_severity["warning"]
    # the 5m rate passes 20 % within a minute or two of the storm; then for: 10m
    assert start + 3600 + 10 * 60 <= page.start <= start + 3600 + 13 * 60
    assert start + 6000 <= page.end <= start + 6000 + 6 * 60  # the 5m rate's tail
    assert start + 3600 + 5 * 60 <= ticket.start < page.start
    assert ticket.delivered and ticket.inhibited_by == {"ErrorsHigh"}
    assert ticket.inhibited_steps == page.steps  # suppressed exactly while the page fires
    assert 0.2 < page.value <= 0.5
    machine = json.loads(out.stdout)
    assert [(e["labels"]["severity"], e["start"], e["delivered"]) for e in machine["episodes"]] \
        == [(e.severity, e.start, e.delivered) for e in found]
    # the fit check (tests/integration/test_fit.py): 11 % of m's calls failed
    assert [(m["model"], m["objective"]) for m in machine["misfits"]] == [("m", "availability")]
    assert "2 firing episodes, 2 delivered" in text and "ErrorsHigh" in text
