"""The report's text for people: the Slack summary and the formats, from report data as
report.data builds it (the figures themselves are checked against the real Prometheus in
integration/test_report.py)."""

import pytest

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
    (render.usd, None, "—"), (render.delta_usd, -3.2, "-$3.20"), (render.delta_usd, 0.0, "+$0.00"),
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
