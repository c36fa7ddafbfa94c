"""The report's text for people: the Slack summary and the formats, from report data as
report.data builds it (the figures themselves are checked against the real Prometheus in
integration/test_report.py)."""

import contextlib
import io
import json
import re
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from llm_exporter import cli
from llm_exporter.report import render


def model(name: str, **figures) -> dict:
    row = {"model": name, "calls": 1000.0, "failed": 0.0, "error_ratio": 0.0,
           "error_burn_rate": 0.0, "slow_ratio": 0.0, "latency_burn_rate": 0.0,
           "latency_p95_seconds": 2.0, "input_tokens_per_call": 900.0,
           "output_tokens_per_call": 120.0, "cost_usd": 5.0, "cost_per_call_usd": 0.005}
    row.update(figures)
    return row


def report(**changes) -> dict:
    base = {
        "period": "7d", "start": 1_795_000_000 - 7 * 86400, "end": 1_795_000_000,
        "generated_at": 1_795_000_100, "selector": 'job="llm-exporter"',
        "total": {"cost_usd": 1234.5, "previous_cost_usd": 1000.0, "change_usd": 234.5,
                  "change_ratio": 0.2345, "calls": 120000.0, "previous_calls": 100000.0},
        "spend": {"model": [], "tenant": [], "prompt": []},
        "movers": [{"by": "tenant", "name": "acme", "cost_usd": 300.0,
                    "previous_cost_usd": 400.0, "change_usd": -100.0, "change_ratio": -0.25},
                   {"by": "prompt", "name": "summarize v2", "cost_usd": 50.0,
                    "previous_cost_usd": 0.0, "change_usd": 50.0, "change_ratio": None}],
        "models": [model("openai/gpt-4o", error_ratio=0.02, error_burn_rate=4.0,
                         slow_ratio=0.01, latency_burn_rate=0.2),
                   model("openai/o3", error_ratio=None, error_burn_rate=None,
                         slow_ratio=0.2, latency_burn_rate=4.0)],
        "alerts": [], "chart": {},
    }
    base.update(changes)
    return base


def test_the_summary_names_spend_movers_budgets_and_alerts():
    text = render.summary(report())
    assert text.startswith(f"*LLM report, 7d to {render.utc(1_795_000_000)}*\n")
    assert "Spend $1,234.50 (+23.4 % against the 7d before, $1,000.00), 120,000 calls." in text
    assert "Top movers: tenant acme -$100.00 (-25.0 %), prompt summarize v2 +$50.00 (new)." \
        in text
    assert "Over budget: openai/gpt-4o errors 2.00 % (4.0x the budget), openai/o3 slow calls " \
           "20.00 % (4.0x)." in text
    assert "Alerts fired: 0." in text


def test_a_quiet_period_says_so():
    quiet = report(movers=[], models=[model("m")])
    text = render.summary(quiet, link="https://example.com/r.html")
    assert "Top movers" not in text
    assert "Every model within its error budget and latency objective." in text
    assert text.endswith("https://example.com/r.html\n")


@pytest.mark.parametrize("fn, value, text", [
    (render.usd, 0.0, "$0.00"), (render.usd, 0.01234, "$0.0123"), (render.usd, 1234.567,
                                                                    "$1,234.57"),
    (render.usd, None, "n/a"), (render.delta_usd, -3.2, "-$3.20"),
    (render.delta_usd, 0.0, "+$0.00"), (render.delta_usd, None, "n/a"),
    (render.change, None, "new"), (render.change, -0.5, "-50.0 %"),
    (render.seconds, 0.25, "250 ms"), (render.duration, 3600 + 5 * 60, "1 h 05 min"),
    (render.duration, 1800, "30 min"),
])
def test_formats(fn, value, text):
    assert fn(value) == text


def test_the_html_embeds_what_it_is_given_and_escapes_names():
    page = render.html(report(movers=[{"by": "tenant", "name": "<script>x</script>",
                                       "cost_usd": 1.0, "previous_cost_usd": 0.0,
                                       "change_usd": 1.0, "change_ratio": None}]),
                       {"spend_over_time": b"\x89PNG fake"})
    assert 'src="data:image/png;base64,iVBORyBmYWtl"' in page
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    # the embedded figures cannot close their script element early
    assert page.count("</script>") == 1


def test_the_fleet_users_and_top_spenders_are_in_the_html_and_the_summary():
    users = {"users": 1234.0, "sessions": 2345.0, "bound_usd": {"acme": 0.25},
             "top_spenders": [{"user": "<b>alice</b>", "tenant": "acme", "cost_usd": 12.5},
                              {"user": "0c529a326d11f412", "tenant": "acme", "cost_usd": 3.0}]}
    page = render.html(report(users=users), {})
    assert 'id="top-spenders"' in page and "&lt;b&gt;alice&lt;/b&gt;" in page
    assert "1,234 distinct users and 2,345 sessions" in page and "$12.50" in page
    assert "$0.25" in page  # the bound beside each figure
    summary = render.summary(report(users=users))
    assert "Users: 1,234 distinct" in summary and "$12.50" in summary
    assert "Users" not in render.summary(report(users=None))
    assert 'id="top-spenders"' not in render.html(report(users=None), {})


# --- hostile answers: the report's inputs are whatever the --prometheus URL sends back ----

MODEL_LABELS = ("gen_ai_provider_name", "gen_ai_request_model")
END = 1_795_000_000


@contextlib.contextmanager
def query_api(answer):
    """A local HTTP server in Prometheus's place: ``answer(path, params)`` gives (status,
    content type, body) for each request; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _answer(self):
            n = int(self.headers.get("Content-Length") or 0)
            query = urllib.parse.urlsplit(self.path).query + "&" + self.rfile.read(n).decode()
            status, content_type, body = answer(self.path.split("?")[0],
                                                dict(urllib.parse.parse_qsl(query)))
            self.send_response(status)
            if status in (301, 302):
                self.send_header("Location", "/login")
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def prometheus_answers(models: list[dict], value=lambda expr, labels, i: str(1.0 + i % 7),
                       alerts: list[dict] = ()):
    """Answers as Prometheus gives them to the report's queries: one series per label set
    each ``sum by (...)`` asks for (``models``: their provider and model labels; tenants and
    prompts: three each), ``value`` for every sample, and ``alerts``: ALERTS series firing
    over the whole range."""

    def answer(path, params):
        expr = params["query"]
        by = re.match(r"(?:histogram_quantile\(0\.95, )?sum by \(([^)]*)\)", expr)
        names = [n.strip() for n in by.group(1).split(",") if n.strip() != "le"] if by else []
        if "ALERTS" in expr:
            sets = [dict(a, alertstate="firing") for a in alerts]
        elif not names:
            sets = [{}]
        elif "gen_ai_request_model" in names:
            types = ["input", "output"] if "gen_ai_token_type" in names else [None]
            sets = [dict(m, **({"gen_ai_token_type": t} if t else {}))
                    for m in models for t in types]
        else:
            sets = [{n: f"{n}-{i}" for n in names} for i in range(3)]
        if path.endswith("/query_range"):
            start, end, step = (float(params[k]) for k in ("start", "end", "step"))
            times = [start + i * step for i in range(int(round((end - start) / step)) + 1)]
            result = [{"metric": m, "values": [[t, str(t) if "ALERTS" in expr
                                                else value(expr, m, i)] for t in times]}
                      for i, m in enumerate(sets)]
            data = {"resultType": "matrix", "result": result}
        else:
            data = {"resultType": "vector", "result": [
                {"metric": m, "value": [float(params["time"]), value(expr, m, i)]}
                for i, m in enumerate(sets)]}
        return 200, "application/json", json.dumps({"status": "success", "data": data}).encode()

    return answer


def models(n: int) -> list[dict]:
    return [{"gen_ai_provider_name": "openai", "gen_ai_request_model": f"model-{i:04d}"}
            for i in range(n)]


def run_report(url: str, tmp_path, *extra: str) -> tuple[int, str, str]:
    """``llm-exporter report`` in this process (a traceback fails the test)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["report", "--prometheus", url, "--to", str(END),
                         "--out", str(tmp_path / "r.html"), "--json", str(tmp_path / "r.json"),
                         *extra])
    return code, out.getvalue(), err.getvalue()


def strict_json(text: str):
    def refuse(constant):
        raise AssertionError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def alert(name: str, first: float = END - 3600, **labels) -> dict:
    return {"name": name, "severity": labels.pop("severity", "warning"), "labels": labels,
            "episodes": 1, "firing_seconds": 600.0, "first": first, "last": first + 540}


def test_alerts_without_a_model_label_are_in_the_summary():
    text = render.summary(report(alerts=[
        alert("LLMErrorBudgetBurn", severity="critical", gen_ai_provider_name="openai",
              gen_ai_request_model="gpt-4o"),
        alert("LLMTenantBudgetDaily", tenant="acme"),
        alert("LLMExporterDown", instance="10.0.0.7:9464", job="llm-exporter"),
        alert("LLMWorkflowStepSlow", workflow="triage", step="classify"),
        alert("LLMExporterAbsent", severity="critical")]))
    assert ("Alerts fired: 5 (LLMErrorBudgetBurn gpt-4o, LLMTenantBudgetDaily tenant=acme, "
            "LLMExporterDown instance=10.0.0.7:9464 job=llm-exporter, LLMWorkflowStepSlow "
            "step=classify workflow=triage, LLMExporterAbsent).") in text


def test_the_html_lists_alerts_without_a_model_label():
    page = render.html(report(alerts=[alert("LLMTenantBudgetDaily", tenant="acme")]), {})
    assert "LLMTenantBudgetDaily" in page and "<code>tenant=acme</code>" in page


HOSTILE = "<!channel> & <https://evil.example.com|click here>"


def test_the_summary_escapes_what_came_from_labels_for_slack():
    text = render.summary(report(
        movers=[{"by": "tenant", "name": HOSTILE, "cost_usd": 2.0, "previous_cost_usd": 1.0,
                 "change_usd": 1.0, "change_ratio": 1.0}],
        models=[model("openai/<!here>", error_ratio=0.5, error_burn_rate=100.0)],
        alerts=[alert("LLMTenantBudgetDaily", tenant=HOSTILE),
                alert("LLMErrorBudgetBurn", gen_ai_provider_name="x",
                      gen_ai_request_model="<!everyone>")]))
    assert "<!" not in text and "<https" not in text
    escaped = "&lt;!channel&gt; &amp; &lt;https://evil.example.com|click here&gt;"
    assert f"tenant {escaped} +$1.00" in text  # the mover
    assert f"LLMTenantBudgetDaily tenant={escaped}" in text
    assert "openai/&lt;!here&gt; errors" in text and "LLMErrorBudgetBurn &lt;!everyone&gt;" in text
    # what the operator wrote is not escaped: the link is theirs
    assert render.summary(report(), link="https://r.example.com/?a=1&b=2").endswith(
        "https://r.example.com/?a=1&b=2\n")


def test_a_period_without_traffic_says_so():
    empty = report(total={"cost_usd": 0.0, "previous_cost_usd": 0.0, "change_usd": 0.0,
                          "change_ratio": None, "calls": 0.0, "previous_calls": 0.0},
                   movers=[], models=[])
    text = render.summary(empty)
    assert "No traffic in this period (none in the 7d before either)." in text
    assert "$0.00" not in text and "new" not in text and "within its error budget" not in text
    page = render.html(empty, {})
    assert "<b>No traffic</b>in this period" in page and "(new;" not in page
    assert "No calls in this period." in page
    quieter = report(total={"cost_usd": 0.0, "previous_cost_usd": 12.5, "change_usd": -12.5,
                            "change_ratio": -1.0, "calls": 0.0, "previous_calls": 3000.0},
                     models=[])
    assert "No traffic in this period ($12.50 and 3,000 calls in the 7d before)." in \
        render.summary(quieter)


@pytest.mark.parametrize("bad", ["NaN", "+Inf", "-Inf"])
def test_nan_and_infinity_are_written_as_null(tmp_path, bad):
    answer = prometheus_answers(models(3), value=lambda expr, labels, i: bad)
    with query_api(answer) as url:
        code, out, err = run_report(url, tmp_path)
    assert code == 0, err
    report_ = strict_json((tmp_path / "r.json").read_text())
    assert report_["total"]["cost_usd"] is None and report_["total"]["calls"] is None
    assert all(row["cost_usd"] is None for row in report_["spend"]["model"])
    page = (tmp_path / "r.html").read_text()
    embedded = re.search(r'id="report-data">(.*?)</script>', page, re.S).group(1)
    assert strict_json(embedded) == report_
    assert "n/a" in page and not re.search(r"\b(nan|inf)\b", page.replace(embedded, ""), re.I)
    assert not re.search(r"\b(nan|inf)\b", out, re.I) and "Spend n/a" in out
    assert "within its error budget" not in out
    if bad != "NaN":  # NaN calls are no calls: no model to judge
        assert "Error budget n/a for 3 of 3 models: Prometheus gave no number." in out


def test_a_mix_of_numbers_and_nan_keeps_the_numbers(tmp_path):
    # one model's cost is NaN, the others' are numbers: they are ranked and charted
    def value(expr, labels, i):
        return "NaN" if labels.get("gen_ai_request_model") == "model-0001" else "2"

    with query_api(prometheus_answers(models(3), value=value)) as url:
        code, out, err = run_report(url, tmp_path)
    assert code == 0, err
    rows = {r["name"]: r for r in strict_json((tmp_path / "r.json").read_text())["spend"]["model"]}
    assert rows["openai/model-0000"]["cost_usd"] == 2.0
    assert rows["openai/model-0001"]["cost_usd"] is None


@pytest.mark.parametrize("status, content_type, body", [
    (200, "text/html; charset=utf-8", b"<!doctype html><title>Sign in</title><form></form>"),
    (401, "text/html", b"<html><body>Unauthorized</body></html>"),
    (302, "text/html", b""),  # to a login page
    (200, "application/json", b'["not", "the", "query", "API"]'),
    (200, "application/json", b'{"status": "success", "data": {"resultType": "vector"}}'),
    (200, "application/json",
     b'{"status": "success", "data": {"resultType": "vector", "result": [{"value": "x"}]}}'),
])
def test_a_url_that_is_not_the_prometheus_query_api_is_one_line_and_exit_2(
        tmp_path, status, content_type, body):
    def answer(path, params):
        if path == "/login":
            return 200, "text/html", b"<html>Sign in</html>"
        return status, content_type, body

    with query_api(answer) as url:
        code, out, err = run_report(url, tmp_path)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith(f"llm-exporter report: {url}: ")
    assert "Traceback" not in err
    if content_type.startswith("text/html"):
        assert f"HTTP {200 if status == 302 else status}" in err and "text/html" in err, err
        assert "not the JSON of Prometheus's query API" in err
    if status == 302:
        assert f"redirected to {url}/login" in err
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "r.json").exists()


def test_a_query_prometheus_refuses_is_exit_1_and_one_line_naming_it(tmp_path):
    def answer(path, params):  # as Prometheus refuses a query over its limits
        return 422, "application/json", json.dumps({
            "status": "error", "errorType": "execution",
            "error": "query processing would load too many samples into memory"}).encode()

    with query_api(answer) as url:
        code, out, err = run_report(url, tmp_path)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, err
    assert err.startswith(f"llm-exporter report: {url}: query failed: HTTP 422: query "
                          "processing would load too many samples into memory: sum by (")
    assert not (tmp_path / "r.html").exists()


def test_a_url_that_is_not_http_is_one_line_and_exit_2(tmp_path):
    code, out, err = run_report("localhost:9090", tmp_path)
    assert code == 2 and out == ""
    assert err == "llm-exporter report: localhost:9090: not an http(s) URL: " \
        "localhost:9090/api/v1/query\n"


def test_huge_label_values_are_shortened_for_people(tmp_path):
    huge = "x" * 100_000
    answer = prometheus_answers(
        [{"gen_ai_provider_name": "openai", "gen_ai_request_model": huge}],
        alerts=[{"alertname": "LLMTenantBudgetDaily", "severity": "warning", "tenant": huge}])
    with query_api(answer) as url:
        code, out, err = run_report(url, tmp_path)
    assert code == 0, err
    assert max(len(line) for line in out.splitlines()) < 600  # the Slack summary
    page = (tmp_path / "r.html").read_text()
    embedded = re.search(r'id="report-data">(.*?)</script>', page, re.S).group(1)
    assert huge not in page.replace(embedded, "")  # the JSON keeps them whole
    assert strict_json((tmp_path / "r.json").read_text())["models"][0]["model"] == f"openai/{huge}"


def test_two_thousand_models_are_bounded_in_charts_and_tables(tmp_path):
    answer = prometheus_answers(models(2000), alerts=[
        {"alertname": "LLMErrorBudgetBurn", "severity": "critical",
         "gen_ai_provider_name": "openai", "gen_ai_request_model": f"model-{i:04d}"}
        for i in range(40)])
    started = time.monotonic()
    with query_api(answer) as url:
        code, out, err = run_report(url, tmp_path)
    took = time.monotonic() - started
    assert code == 0, err
    report_ = strict_json((tmp_path / "r.json").read_text())
    assert len(report_["spend"]["model"]) == len(report_["models"]) == 2000  # all in the JSON
    chart = report_["chart"]
    assert len(chart["models"]) == 10 and chart["other"]["models"] == 1990
    # the chart's steps still add up: top ten plus the rest
    steps = [sum(v) for v in zip(*chart["models"].values(), chart["other"]["values"],
                                 strict=True)]
    assert steps == [sum(1.0 + i % 7 for i in range(2000))] * 24
    page = (tmp_path / "r.html").read_text()
    table = re.search(r'<table id="spend-model">.*?</table>\s*</div>\s*(<p[^>]*>.*?</p>)?',
                      page, re.S)
    assert table.group(0).count("<tr>") == 1 + 20 and "and 1,980 more" in table.group(0)
    models_table = re.search(r'<table id="models">.*?</table>', page, re.S).group(0)
    assert models_table.count("<tr>") == 1 + 20
    assert "and 1,980 more models" in page and "and 20 more alerts" in page
    assert "and 35 more" in out  # the Slack summary names five alerts
    assert took < 30, took  # it took 46 s, all but a second drawing 2,000 bars per step
