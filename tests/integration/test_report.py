"""`llm-exporter report` against the real Prometheus serving two days of simulated fleet
history (backfilled with promtool): the figures in the report equal PromQL over the same
ranges, written here independently; the alerts are read from ALERTS; the HTML holds its
charts and nothing external; the summary reaches the local Slack sink."""

from __future__ import annotations

import base64
import io
import json
import math
import re
import subprocess
import sys
import time

import pytest
from harness.fleet import AGENTS, DAY, HOUR, Fault, Fleet
from harness.scenarios import backfill

from llm_exporter.devtools.webhook import WebhookSink
from llm_exporter.report.render import usd

from integration.conftest import ARTIFACTS, CHROMEDRIVER, CHROMIUM, Prometheus, chromium, require

SELECTOR = 'job="llm-exporter"'
KEEP = {"up", "llm_cost_usd", "llm_requests", "llm_tokens",
        "gen_ai_client_operation_duration_seconds", "gen_ai_invoke_agent_duration_seconds",
        "llm_agent_run_cost_usd", "gen_ai_invoke_agent_inference_calls",
        "gen_ai_invoke_agent_tool_calls", "llm_agent_loops"}
# what the rules would have recorded: two 30-minute pages in the reported day, one the day
# before, and a pending alert (not firing) that must not count; and alerts without a model
# label: a tenant's budget (the tenant named by someone who knows Slack's syntax) and a
# sidecar down
ALERT = ('ALERTS{{alertname="LLMErrorBudgetBurn",alertstate="{state}",severity="critical",'
         'gen_ai_provider_name="openai",gen_ai_request_model="gpt-4o"}}')
TENANT = "<!channel> & <https://evil.example.com|co>"
TENANT_ALERT = ('ALERTS{alertname="LLMTenantBudgetDaily",alertstate="firing",'
                f'severity="warning",tenant="{TENANT}"}}')
DOWN_ALERT = ('ALERTS{alertname="LLMExporterDown",alertstate="firing",severity="warning",'
              'instance="10.0.0.7:9464",job="llm-exporter"}')


def alerts_history(end: float) -> str:
    lines = ["# TYPE ALERTS gauge"]
    firing = [t for begin in (end - 20 * HOUR, end - 6 * HOUR, end - 30 * HOUR)
              for t in range(int(begin), int(begin) + 1800, 60)]
    pending = range(int(end - 3 * HOUR), int(end - 3 * HOUR) + 600, 60)
    lines += [f"{ALERT.format(state='firing')} 1 {t}" for t in sorted(firing)]
    lines += [f"{ALERT.format(state='pending')} 1 {t}" for t in pending]
    lines += [f"{TENANT_ALERT} 1 {t}" for t in range(int(end - 4 * HOUR),
                                                     int(end - 4 * HOUR) + 1200, 60)]
    lines += [f"{DOWN_ALERT} 1 {t}" for t in range(int(end - 2 * HOUR),
                                                   int(end - 2 * HOUR) + 600, 60)]
    return "\n".join(lines) + "\n# EOF\n"


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """Prometheus serving two days of fleet history; yields (url, end of the reported day)."""
    tmp = tmp_path_factory.mktemp("report")
    end = math.floor(time.time() / HOUR) * HOUR - HOUR  # on the hour, an hour ago
    start = end - 2 * DAY
    # gpt-4o's traffic triples for six hours of the reported day: the top mover
    surge = Fault(start=1.5 * DAY, end=1.75 * DAY,
                  rate=lambda model, _: 3.0 if model.name == "gpt-4o" else 1.0)
    # two of the three agents: the research agent's calls to claude would move more than the
    # surge on a Monday (its Sunday was half as busy)
    fleet = Fleet(start, seed=5, faults=(surge,), keep=KEEP, agents=AGENTS[::2])
    data = tmp / "data"
    backfill(fleet.run(end - start), start, end, tmp, data)
    (tmp / "alerts.om").write_text(alerts_history(end))
    subprocess.run([require("promtool"), "tsdb", "create-blocks-from", "openmetrics",
                    str(tmp / "alerts.om"), str(data)], check=True, capture_output=True)
    prometheus = Prometheus(tmp, [])
    yield prometheus, end, tmp
    prometheus.stop()


def promql(prometheus: Prometheus, expr: str, at: float) -> float:
    result = prometheus.api("query", query=expr, time=str(at))["result"]
    assert len(result) <= 1, (expr, result)
    return float(result[0]["value"][1]) if result else 0.0


def test_the_report_equals_promql_over_the_same_ranges(history):
    prometheus, end, tmp = history
    printed = io.StringIO()
    sink = WebhookSink(out=printed)
    (tmp / "slack-url").write_text(f"{sink.url}/slack\n")
    try:
        out = subprocess.run(
            [sys.executable, "-m", "llm_exporter", "report", "--prometheus", prometheus.url,
             "--period", "1d", "--to", str(end), "--out", str(tmp / "report.html"),
             "--json", str(tmp / "report.json"),
             "--slack.webhook-url-file", str(tmp / "slack-url"),
             "--report.link", "https://reports.example.com/llm/latest.html"],
            capture_output=True, text=True, timeout=120)
    finally:
        sink.close()
    assert out.returncode == 0, out.stderr
    report = json.loads((tmp / "report.json").read_text())
    day = end - DAY

    def cost(matchers: str, at: float) -> float:
        return promql(prometheus,
                      f"sum(increase(llm_cost_usd_total{{{SELECTOR}{matchers}}}[1d]))", at)

    total = report["total"]
    assert total["cost_usd"] == pytest.approx(cost("", end), rel=1e-9)
    assert total["previous_cost_usd"] == pytest.approx(cost("", day), rel=1e-9)
    assert total["cost_usd"] > 100  # two sidecars of a realistic fleet: not a toy figure
    models = {r["name"]: r for r in report["spend"]["model"]}
    assert set(models) == {"openai/gpt-4o-mini", "openai/gpt-4o", "anthropic/claude-sonnet-4-5",
                           "gcp.gemini/gemini-2.5-flash", "vllm/llama-3.1-8b-instruct"}
    for name, row in models.items():
        provider, model = name.split("/")
        m = f', gen_ai_provider_name="{provider}", gen_ai_request_model="{model}"'
        assert row["cost_usd"] == pytest.approx(cost(m, end), rel=1e-9), name
        assert row["previous_cost_usd"] == pytest.approx(cost(m, day), rel=1e-9), name
    for row in report["spend"]["tenant"]:
        assert row["cost_usd"] == pytest.approx(
            cost(f', tenant="{row["labels"]["tenant"]}"', end), rel=1e-9)
    for row in report["spend"]["prompt"]:
        labels = row["labels"]
        m = f', prompt_name="{labels["prompt_name"]}", prompt_version="{labels["prompt_version"]}"'
        assert row["cost_usd"] == pytest.approx(cost(m, end), rel=1e-9)
    assert sum(r["cost_usd"] for r in report["spend"]["tenant"]) == \
        pytest.approx(total["cost_usd"], rel=1e-9)

    # the surge: gpt-4o moved most, up
    top = report["movers"][0]
    assert (top["by"], top["name"]) == ("model", "openai/gpt-4o") and top["change_usd"] > 0
    assert models["openai/gpt-4o"]["change_ratio"] > 0.2

    for m in report["models"]:
        provider, model = m["model"].split("/")
        sel = f'{SELECTOR}, gen_ai_provider_name="{provider}", gen_ai_request_model="{model}"'
        calls = promql(prometheus, f"sum(increase(llm_requests_total{{{sel}}}[1d]))", end)
        failed = promql(prometheus, f'sum(increase(llm_requests_total{{{sel}, error_type!="", '
                                    f'error_type!~"invalid_request|content_filter"}}[1d]))', end)
        assert m["calls"] == pytest.approx(calls, rel=1e-9)
        assert m["error_ratio"] == pytest.approx(failed / calls, rel=1e-9)
        assert m["error_burn_rate"] == pytest.approx(failed / calls / 0.005, rel=1e-9)
        ok = promql(prometheus, f'sum(increase(gen_ai_client_operation_duration_seconds_count'
                                f'{{{sel}, error_type=""}}[1d]))', end)
        fast = promql(prometheus, f'sum(increase(gen_ai_client_operation_duration_seconds_bucket'
                                  f'{{{sel}, error_type="", le="10.24"}}[1d]))', end)
        assert m["slow_ratio"] == pytest.approx(1 - fast / ok, rel=1e-9, abs=1e-12)
        p95 = promql(prometheus, 'histogram_quantile(0.95, sum by (le) (increase('
                                 f'gen_ai_client_operation_duration_seconds_bucket{{{sel}, '
                                 'error_type=""}[1d])))', end)
        assert m["latency_p95_seconds"] == pytest.approx(p95, rel=1e-9)
        output = promql(prometheus, f'sum(increase(llm_tokens_total{{{sel}, '
                                    f'gen_ai_token_type="output"}}[1d]))', end)
        assert m["output_tokens_per_call"] == pytest.approx(output / calls, rel=1e-9)
    sonnet = {m["model"]: m for m in report["models"]}["anthropic/claude-sonnet-4-5"]
    assert 0.01 < sonnet["slow_ratio"] < 0.05  # the fleet's sonnet: ~1.8 % over 10.24 s

    # agents, the costliest first
    agents = report["agents"]
    assert [a["agent"] for a in agents] == ["support-agent", "triage-agent"]
    for a in agents:
        sel = f'{SELECTOR}, gen_ai_agent_name="{a["agent"]}"'

        def agent(expr: str, at: float = end, sel: str = sel) -> float:
            return promql(prometheus, expr.replace("SEL", sel), at)
        runs = agent("sum(increase(gen_ai_invoke_agent_duration_seconds_count{SEL}[1d]))")
        priced = agent("sum(increase(llm_agent_run_cost_usd_count{SEL}[1d]))")
        cost = agent("sum(increase(llm_agent_run_cost_usd_sum{SEL}[1d]))")
        before = agent("sum(increase(llm_agent_run_cost_usd_sum{SEL}[1d]))", day) / agent(
            "sum(increase(llm_agent_run_cost_usd_count{SEL}[1d]))", day)
        assert a["runs"] == pytest.approx(runs, rel=1e-9) and runs > 50
        assert a["failed_ratio"] == pytest.approx(agent(
            'sum(increase(gen_ai_invoke_agent_duration_seconds_count{SEL, error_type!=""}[1d]))'
        ) / runs, rel=1e-9)
        assert a["loops"] == pytest.approx(agent(
            "sum(increase(llm_agent_loops_total{SEL}[1d]))"), rel=1e-9, abs=1e-9)
        assert a["cost_usd"] == pytest.approx(cost, rel=1e-9)
        assert a["cost_per_run_usd"] == pytest.approx(cost / priced, rel=1e-9)
        assert a["previous_cost_per_run_usd"] == pytest.approx(before, rel=1e-9)
        assert a["cost_per_run_p95_usd"] == pytest.approx(agent(
            "histogram_quantile(0.95, sum by (le) (increase(llm_agent_run_cost_usd_bucket"
            "{SEL}[1d])))"), rel=1e-9)
        assert a["calls_per_run"] == pytest.approx(agent(
            "sum(increase(gen_ai_invoke_agent_inference_calls_sum{SEL}[1d]))") / priced,
            rel=1e-9)
        assert a["tool_calls_per_run"] == pytest.approx(agent(
            "sum(increase(gen_ai_invoke_agent_tool_calls_sum{SEL}[1d]))") / priced, rel=1e-9)
    assert 2 < agents[0]["calls_per_run"] < 4  # support-agent: about 3 model calls a run

    # ALERTS: the two pages of the day, not the day before's, not the pending one; the
    # alerts without a model label with the labels they have
    alert, tenant, down = report["alerts"]  # the page first, then by when they began
    assert (alert["name"], alert["severity"], alert["episodes"]) == \
        ("LLMErrorBudgetBurn", "critical", 2)
    assert alert["firing_seconds"] == 2 * 30 * 60
    assert alert["labels"] == {"gen_ai_provider_name": "openai",
                               "gen_ai_request_model": "gpt-4o"}
    assert (tenant["name"], tenant["labels"], tenant["firing_seconds"]) == \
        ("LLMTenantBudgetDaily", {"tenant": TENANT}, 20 * 60)
    assert (down["name"], down["labels"], down["firing_seconds"]) == \
        ("LLMExporterDown", {"instance": "10.0.0.7:9464", "job": "llm-exporter"}, 10 * 60)

    # the HTML: self-contained, its charts real PNGs, its embedded figures the JSON's
    page = (tmp / "report.html").read_text()
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing fetched from elsewhere
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(images) == 4  # spend over time, by model, tenant and prompt
    assert all(base64.b64decode(i).startswith(b"\x89PNG\r\n\x1a\n") for i in images)
    embedded = re.search(r'<script type="application/json" id="report-data">(.*?)</script>',
                         page, re.S).group(1)
    assert json.loads(embedded) == report
    assert f"${total['cost_usd']:,.2f}" in page and "LLMErrorBudgetBurn" in page
    assert '<table id="agents">' in page and "<code>support-agent</code>" in page
    assert "<code>tenant=&lt;!channel&gt; &amp; &lt;https://evil.example.com|co&gt;</code>" \
        in page and "<code>instance=10.0.0.7:9464</code>" in page

    # the summary, on stdout and in Slack
    ((path, body),) = sink.messages
    assert path == "/slack" and body["text"] == out.stdout
    assert "] Slack: *LLM report, 1d to " in printed.getvalue()  # webhook-sink shows it
    assert f"Spend ${total['cost_usd']:,.2f}" in body["text"]
    assert "Top movers: model openai/gpt-4o +$" in body["text"]
    assert (f"runs, {sum(a['loops'] for a in agents):,.0f} loops; cost per run: "
            f"support-agent {usd(agents[0]['cost_per_run_usd'])} (") in body["text"]
    # label values escaped for Slack: no @channel, no disguised link
    assert "Alerts fired: 3 (LLMErrorBudgetBurn gpt-4o, LLMTenantBudgetDaily " \
        "tenant=&lt;!channel&gt; &amp; &lt;https://evil.example.com|co&gt;, LLMExporterDown " \
        "instance=10.0.0.7:9464 job=llm-exporter)." in body["text"]
    assert "<!" not in body["text"] and "<https" not in body["text"]
    assert body["text"].rstrip().endswith("https://reports.example.com/llm/latest.html")

    if CHROMIUM and CHROMEDRIVER:  # the README's picture of a report
        driver = chromium(width=1000, height=2200)
        try:
            driver.get((tmp / "report.html").as_uri())
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(ARTIFACTS / "report.png"))
        finally:
            driver.quit()


def test_a_prometheus_that_does_not_answer_is_one_clear_line(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "llm_exporter", "report", "--prometheus", "http://127.0.0.1:9",
         "--out", str(tmp_path / "r.html")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 1  # not there: it may be back tomorrow, as with backtest
    assert out.stderr.startswith("llm-exporter report: http://127.0.0.1:9: ")
    assert len(out.stderr.strip().splitlines()) == 1 and not (tmp_path / "r.html").exists()


def test_the_url_of_a_prometheus_page_is_one_clear_line(history, tmp_path):
    # the URL of Prometheus's web UI, not of Prometheus: its API is not under /graph
    prometheus, end, _ = history
    url = f"{prometheus.url}/graph"
    out = subprocess.run(
        [sys.executable, "-m", "llm_exporter", "report", "--prometheus", url,
         "--out", str(tmp_path / "r.html")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2, out.stderr  # wrong as given: the CLI's usage error
    assert out.stderr.startswith(f"llm-exporter report: {url}: /api/v1/query answered HTTP ")
    assert "not the JSON of Prometheus's query API" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and not (tmp_path / "r.html").exists()


def test_a_period_without_traffic_says_so(history):
    # the day after the history: nothing called, nothing spent; the day before, the history
    prometheus, end, tmp = history
    out = subprocess.run(
        [sys.executable, "-m", "llm_exporter", "report", "--prometheus", prometheus.url,
         "--to", str(end + DAY), "--out", str(tmp / "empty.html"),
         "--json", str(tmp / "empty.json")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    report = json.loads((tmp / "empty.json").read_text())
    assert report["total"]["calls"] == report["total"]["cost_usd"] == 0
    assert report["models"] == [] and report["alerts"] == []
    before = promql(prometheus, f"sum(increase(llm_cost_usd_total{{{SELECTOR}}}[1d]))", end)
    calls = promql(prometheus, f"sum(increase(llm_requests_total{{{SELECTOR}}}[1d]))", end)
    assert f"No traffic in this period (${before:,.2f} and {calls:,.0f} calls in the 1d " \
           "before)." in out.stdout
    assert "$0.00" not in out.stdout and "within its error budget" not in out.stdout
    page = (tmp / "empty.html").read_text()
    assert "<b>No traffic</b>in this period" in page and "No calls in this period." in page


def test_a_weekly_report_reads_seven_days_in_six_hour_steps(history):
    prometheus, end, tmp = history
    out = subprocess.run(
        [sys.executable, "-m", "llm_exporter", "report", "--prometheus", prometheus.url,
         "--period", "7d", "--to", str(end), "--out", "", "--json", str(tmp / "week.json")],
        capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    week = json.loads((tmp / "week.json").read_text())
    assert week["total"]["cost_usd"] == pytest.approx(promql(
        prometheus, f"sum(increase(llm_cost_usd_total{{{SELECTOR}}}[7d]))", end), rel=1e-9)
    assert week["total"]["previous_cost_usd"] == 0  # the history is two days long
    assert all(row["change_ratio"] is None for row in week["spend"]["model"])  # all "new"
    chart = week["chart"]
    assert chart["step_seconds"] == 6 * HOUR and len(chart["times"]) == 28
    # the steps add up to the period (the first steps, before the history, are empty)
    assert sum(sum(v) for v in chart["models"].values()) == \
        pytest.approx(week["total"]["cost_usd"], rel=0.02)
    assert "*LLM report, 7d to " in out.stdout and not (tmp / "llm-report.html").exists()
