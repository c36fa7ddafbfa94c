"""The backtest's rule-manager semantics without a server: for:, resets, inhibition, parsing.
The same code against a real Prometheus with backfilled history: integration/test_backtest.py."""

import pytest

from llm_exporter.backtest import (
    AlertRule,
    alert_states,
    backtest,
    episodes,
    evaluation_times,
    load_inhibit_rules,
    load_rules,
    parse_duration,
    parse_matcher,
    parse_time,
)
from llm_exporter.config import Config
from llm_exporter.mixin import render

FILES = render.outputs(Config())


def test_durations_and_times():
    assert parse_duration("1h30m") == 5400 and parse_duration("15s") == 15
    assert parse_duration("2d") == 172800
    with pytest.raises(ValueError):
        parse_duration("soon")
    assert parse_time("now", 1000.0) == 1000.0
    assert parse_time("-1h", 10_000.0) == parse_time("now-1h", 10_000.0) == 6400.0
    with pytest.raises(ValueError, match="not a time"):
        parse_time("last tuesday", 0)
    assert parse_time("1700000000", 0) == 1_700_000_000
    assert parse_time("2026-12-01T00:00:00Z", 0) == 1_796_083_200


def test_matchers_as_alertmanager_reads_them():
    assert parse_matcher('severity="critical"').matches({"severity": "critical"})
    regex = parse_matcher('alertname=~"LLM.+"')
    assert regex.matches({"alertname": "LLMNoTraffic"}) and not regex.matches({"alertname": "X"})
    assert not parse_matcher('alertname=~"LLM"').matches({"alertname": "LLMNoTraffic"})  # anchored
    assert parse_matcher('alertname!="A"').matches({})
    with pytest.raises(ValueError):
        parse_matcher("severity=critical")


def test_the_rendered_files_load():
    rules = load_rules(FILES["rules/llm-exporter.rules.yaml"])
    assert len(rules) == 38 and {r.name for r in rules} >= {"LLMErrorBudgetBurn", "LLMNoTraffic"}
    page = next(r for r in rules if r.name == "LLMErrorBudgetBurn")
    assert page.for_seconds == 120 and page.labels == {"severity": "critical"}
    assert page.interval == 60
    inhibit = load_inhibit_rules(FILES["alertmanager/alertmanager.yml"])
    assert len(inhibit) == 8
    critical = {"alertname": "LLMErrorBudgetBurn", "severity": "critical",
                "gen_ai_request_model": "m"}
    warning = dict(critical, severity="warning")
    assert inhibit[0].inhibits(critical, warning)
    assert not inhibit[0].inhibits(critical, dict(warning, gen_ai_request_model="other"))


RULE = AlertRule("A", "x > 1", for_seconds=180, labels={"severity": "warning"}, interval=60)


def states(values: dict[int, float], start=0, end=1200):
    times = evaluation_times(RULE, start, end)
    return alert_states(RULE, {(("job", "j"),): {float(t): v for t, v in values.items()}},
                        times, start)


def test_for_needs_consecutive_evaluations_and_one_gap_resets_it():
    (timeline,) = states({t: 2.0 for t in (0, 60, 120, 180, 240, 360, 420, 480, 540)}).values()
    assert [t for t, (s, _) in sorted(timeline.items()) if s == "firing"] == [180, 240, 540]
    assert timeline[120][0] == "pending" and timeline[360][0] == "pending"  # 300 was absent


def test_an_alert_pending_before_the_range_can_fire_at_its_start():
    (timeline,) = states({t: 2.0 for t in range(-180, 300, 60)}, start=0).values()
    assert timeline[0] == ("firing", 2.0)
    assert min(timeline) == 0  # nothing reported before the range


def test_episodes_and_inhibition():
    # the rendered routes: a critical alert inhibits the warning of the same name and scope
    page = AlertRule("Burn", "p", 0, {"severity": "critical"}, 60)
    ticket = AlertRule("Burn", "t", 0, {"severity": "warning"}, 60)
    model = (("gen_ai_request_model", "m"),)
    page_states = alert_states(page, {model: {float(t): 1.0 for t in range(300, 600, 60)}},
                               evaluation_times(page, 0, 1200), 0)
    ticket_states = alert_states(ticket, {model: {float(t): 1.0 for t in range(0, 900, 60)}},
                                 evaluation_times(ticket, 0, 1200), 0)
    inhibit = load_inhibit_rules(FILES["alertmanager/alertmanager.yml"])
    found = episodes([(page, page_states), (ticket, ticket_states)], inhibit, 1200)
    assert [(e.severity, e.start, e.end, e.steps, e.inhibited_steps) for e in found] == [
        ("warning", 0, 900, 15, 5), ("critical", 300, 600, 5, 0)]
    assert all(e.delivered for e in found) and found[0].inhibited_by == {"Burn"}
    only_while_paged = alert_states(ticket, {model: {float(t): 1.0 for t in range(300, 600, 60)}},
                                    evaluation_times(ticket, 0, 1200), 0)
    (suppressed,) = [e for e in episodes([(page, page_states), (ticket, only_while_paged)],
                                         inhibit, 1200) if e.severity == "warning"]
    assert not suppressed.delivered


class FakeAPI:
    """What backtest asks of PrometheusAPI: range queries, in one session."""

    def __init__(self, series):
        self.series, self.asked, self.open = series, [], False

    async def __aenter__(self):
        self.open = True
        return self

    async def __aexit__(self, *exc):
        self.open = False

    async def query_range(self, expr, start, end, step):
        assert self.open  # every query in the session the backtest opened
        self.asked.append((expr, start, end, step))
        return self.series


def test_the_backtest_queries_each_rule_over_its_range_in_one_session():
    api = FakeAPI({(("job", "j"),): {float(t): 2.0 for t in range(0, 600, 60)}})
    found = backtest(api, [RULE], [], 0, 1200)  # from code without an event loop
    assert api.asked == [("x > 1", -180, 1200, 60)] and not api.open
    assert [(e.alertname, e.start, e.end, e.steps) for e in found] == [("A", 180, 600, 7)]


def test_a_prometheus_that_refuses_a_rule_is_one_line_naming_it_and_exit_1(tmp_path):
    import contextlib
    import io
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from llm_exporter import cli

    class Refuse(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = json.dumps({"status": "error", "errorType": "bad_data",
                               "error": "unknown function"}).encode()
            self.send_response(400)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    (tmp_path / "rules.yml").write_text(
        "groups: [{name: g, rules: [{alert: A, expr: \"nope(\\n  x)\", for: 1m}]}]\n")
    (tmp_path / "am.yml").write_text("route: {receiver: x}\nreceivers: [{name: x}]\n")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Refuse)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["backtest", "--prometheus", url, "--rules",
                             str(tmp_path / "rules.yml"), "--alertmanager.config",
                             str(tmp_path / "am.yml"), "--from", "0", "--to", "3600"])
    finally:
        server.shutdown()
        server.server_close()
    assert code == 1 and out.getvalue() == ""
    assert err.getvalue() == (f"llm-exporter backtest: {url}: query failed: HTTP 400: "
                              "unknown function: nope( x)\n")
