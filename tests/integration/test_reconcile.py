"""`llm-exporter reconcile` against the real Prometheus: three days of calls priced by the
sidecar's store (a tier mix: a third of gpt-5's calls are flex) and backfilled with promtool;
the provider's bill for the same calls, priced by genai-prices, written in each of the four
export formats. On the middle day a quarter of the calls never reached a sidecar: its capture
is shown under 100 %, the other days' at 100 %."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from datetime import datetime, timezone

import genai_prices
import pytest

from llm_exporter.config import Config
from llm_exporter.sidecar.core.decode import LlmCall
from llm_exporter.sidecar.core.store import Store

from integration.conftest import Prometheus, require

DAY = 86400
STEP = 60  # a scrape a minute
# (provider, model as the app asks for it, as the provider's export names it, display name)
MODELS = [("openai", "gpt-5", "gpt-5-2025-08-07", "GPT-5"),
          ("openai", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "GPT-4o mini"),
          ("anthropic", "claude-sonnet-4-5", "claude-sonnet-4-5-20250929", "Claude Sonnet 4.5")]
WEB_SEARCH_USD = 0.5  # a day's web-search line: billed under no model


def calls(start: float):
    """Every 7 minutes, one call of each model: (time, provider, model, LlmCall)."""
    for i, t in enumerate(range(int(start) + 13, int(start) + 3 * DAY, 7 * 60)):
        for provider, model, _, _ in MODELS:
            usage = {"input_tokens": 2_000 + 37 * (i % 50), "output_tokens": 300 + 11 * (i % 30)}
            if provider == "anthropic" and i % 3 == 0:
                usage.update(cache_write_tokens=1_000, cache_write_1h_tokens=400)
            tier = "flex" if model == "gpt-5" and i % 3 == 0 else ""
            yield t, provider, model, LlmCall(model, 1.0, provider=provider, ts=float(t),
                                              service_tier=tier, **usage)


def billed(call: LlmCall) -> tuple[float, float]:
    """What the provider bills the call: (input side, output side), by genai-prices."""
    usage = genai_prices.Usage(input_tokens=call.input_tokens, output_tokens=call.output_tokens,
                               cache_write_tokens=call.cache_write_tokens or 0,
                               cache_write_1h_tokens=call.cache_write_1h_tokens or 0)
    price = genai_prices.calc_price(
        usage, call.model, provider_id=call.provider,
        genai_request_timestamp=datetime.fromtimestamp(call.ts, timezone.utc),
        price_context={"service_tier": call.service_tier} if call.service_tier else None)
    return float(price.input_price), float(price.output_price)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """Prometheus serving the sidecar's cost counter over three days, and the bill:
    {(day, provider, model, side, tier): usd}."""
    tmp = tmp_path_factory.mktemp("reconcile")
    end = int(time.time() // DAY) * DAY  # today's midnight, UTC
    start = end - 3 * DAY
    store = Store(Config())
    # the sidecar ran before: each series is there from the start (a counter's first sample
    # is a base for increase(), not an increase)
    totals = {(provider, model): 0.0 for provider, model, _, _ in MODELS}
    bill: dict[tuple, float] = defaultdict(float)
    lines = ["# TYPE llm_cost_usd counter"]
    stream = calls(start)
    pending = next(stream, None)
    for t in range(int(start), end + STEP, STEP):
        while pending is not None and pending[0] <= t:
            at, provider, model, call = pending
            day = datetime.fromtimestamp(at, timezone.utc).date().isoformat()
            inp, out = billed(call)
            bill[day, provider, model, "input", call.service_tier] += inp
            bill[day, provider, model, "output", call.service_tier] += out
            missed = at >= start + DAY and at < start + 2 * DAY and (at // (7 * 60)) % 4 == 0
            if not missed:  # the middle day, a quarter of the calls: no sidecar saw them
                totals[provider, model] += store.observe_call(call)
            pending = next(stream, None)
        for (provider, model), usd in sorted(totals.items()):
            lines.append(f'llm_cost_usd_total{{job="llm-exporter",gen_ai_provider_name='
                         f'"{provider}",gen_ai_request_model="{model}"}} {usd!r} {t}')
    (tmp / "cost.om").write_text("\n".join(_by_series(lines)) + "\n# EOF\n")
    subprocess.run([require("promtool"), "tsdb", "create-blocks-from", "openmetrics",
                    str(tmp / "cost.om"), str(tmp / "data")], check=True, capture_output=True)
    prometheus = Prometheus(tmp, [])
    yield prometheus, bill, tmp
    prometheus.stop()


def _by_series(lines: list[str]) -> list[str]:
    """OpenMetrics wants a family's samples grouped by series."""
    head, samples = lines[:1], lines[1:]
    return head + sorted(samples, key=lambda s: (s.split("}")[0], int(s.rsplit(" ", 1)[1])))


def exports(bill: dict) -> dict[str, str]:
    """The same bill as each provider's API and dashboard write it."""
    display = {m: (exported, shown) for _, m, exported, shown in MODELS}
    openai_buckets, anthropic_buckets = [], []
    openai_rows, anthropic_rows = [], []
    for day in sorted({k[0] for k in bill}):
        moment = datetime.fromisoformat(day).replace(tzinfo=timezone.utc)
        results, cost_results = [], []
        for (d, provider, model, side, tier), usd in sorted(bill.items()):
            if d != day:
                continue
            exported, shown = display[model]
            if provider == "openai":
                item = f"{tier + ' | ' if tier else ''}{exported}, {side}"
                results.append({"object": "organization.costs.result",
                                "amount": {"value": usd, "currency": "usd"},
                                "line_item": item, "project_id": "proj_1", "api_key_id": None,
                                "quantity": 1, "quantity_unit": "tokens"})
                openai_rows.append({"start_time": int(moment.timestamp()),
                                    "start_time_iso": moment.isoformat(),
                                    "amount_value": repr(usd), "amount_currency": "usd",
                                    "line_item": item, "project_id": "proj_1"})
            else:
                cost_results.append({"amount": f"{usd * 100:.6f}", "currency": "USD",
                                     "workspace_id": None, "cost_type": "tokens",
                                     "description": f"{shown} Usage - {side.title()} Tokens",
                                     "model": exported, "token_type": f"{side}_tokens",
                                     "context_window": "0-200k", "service_tier": "standard"})
                anthropic_rows.append({"usage_date_utc": day, "model": shown,
                                       "workspace": "Default", "token_type": side,
                                       "cost_usd": f"{usd:.6f}", "cost_type": "tokens"})
        results.append({"object": "organization.costs.result",
                        "amount": {"value": WEB_SEARCH_USD, "currency": "usd"},
                        "line_item": "web search tool calls", "project_id": "proj_1"})
        openai_rows.append({"start_time": int(moment.timestamp()),
                            "start_time_iso": moment.isoformat(),
                            "amount_value": repr(WEB_SEARCH_USD), "amount_currency": "usd",
                            "line_item": "web search tool calls", "project_id": "proj_1"})
        cost_results.append({"amount": f"{WEB_SEARCH_USD * 100:.2f}", "currency": "USD",
                             "cost_type": "web_search", "description": "Web Search Usage",
                             "model": None, "token_type": None})
        anthropic_rows.append({"usage_date_utc": day, "model": "", "workspace": "Default",
                               "token_type": "", "cost_usd": f"{WEB_SEARCH_USD:.2f}",
                               "cost_type": "web_search"})
        end = moment.timestamp() + DAY
        openai_buckets.append({"object": "bucket", "start_time": int(moment.timestamp()),
                               "end_time": int(end), "results": results})
        anthropic_buckets.append({"starting_at": moment.isoformat().replace("+00:00", "Z"),
                                  "ending_at": datetime.fromtimestamp(end, timezone.utc)
                                  .isoformat().replace("+00:00", "Z"),
                                  "results": cost_results})
    return {
        # two pages, as a paginated download saves them
        "openai.json": json.dumps([
            {"object": "page", "data": openai_buckets[:2], "has_more": True, "next_page": "p2"},
            {"object": "page", "data": openai_buckets[2:], "has_more": False,
             "next_page": None}]),
        "openai.csv": _csv(openai_rows),
        "anthropic.json": json.dumps({"data": anthropic_buckets, "has_more": False,
                                      "next_page": None}),
        "anthropic.csv": _csv(anthropic_rows),
    }


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def reconcile(prometheus, *files, fmt="json") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "llm_exporter", "reconcile", "--prometheus", prometheus.url,
         *(a for f in files for a in ("--export", str(f))), "--format", fmt],
        capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", ["openai.json", "openai.csv", "anthropic.json",
                                  "anthropic.csv"])
def test_each_export_format_is_set_against_what_the_sidecars_counted(history, name):
    prometheus, bill, tmp = history
    path = tmp / name
    path.write_text(exports(bill)[name])
    done = reconcile(prometheus, path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    provider = name.split(".")[0]
    days = sorted({k[0] for k in bill})
    rows = {(r["day"], r["model"]): r for r in report["rows"]}
    for i, day in enumerate(days):
        for p, model, _, _ in MODELS:
            if p != provider:
                continue
            row = rows[day, model]  # the export's dated or display name matched to ours
            expected = sum(v for (d, pp, m, _, _), v in bill.items()
                           if (d, pp, m) == (day, p, model))
            assert row["billed_usd"] == pytest.approx(expected, abs=1e-6)  # a micro-dollar
            # increase() over a day of scrapes a minute apart: within 0.2 %
            assert row["capture"] == pytest.approx(0.75 if i == 1 else 1.0, abs=0.03 if i == 1
                                                   else 0.002), (day, model)
        total = rows[day, ""]
        assert total["billed_usd"] == pytest.approx(
            WEB_SEARCH_USD + sum(v for (d, pp, *_), v in bill.items()
                                 if (d, pp) == (day, provider)), abs=1e-5)
    gaps = report["largest_gaps"]
    ours = sum(p == provider for p, *_ in MODELS)
    assert {g["day"] for g in gaps[:ours]} == {days[1]}  # the day with missed calls first
    assert report["total"]["capture"] < 1.0


def test_the_text_report_and_a_bad_export(history):
    prometheus, bill, tmp = history
    files = exports(bill)
    (tmp / "a.json").write_text(files["anthropic.json"])
    (tmp / "o.csv").write_text(files["openai.csv"])
    done = reconcile(prometheus, tmp / "a.json", tmp / "o.csv", fmt="text")
    assert done.returncode == 0, done.stderr
    assert "claude-sonnet-4-5" in done.stdout and "gpt-5" in done.stdout
    assert "(day's total)" in done.stdout and "largest gaps" in done.stdout
    (tmp / "bad.json").write_text(json.dumps({"data": [{"starting_at": "2026-12-01T00:00:00Z",
                                                        "results": [{"amount": "12",
                                                                     "currency": "EUR"}]}]}))
    done = reconcile(prometheus, tmp / "bad.json")
    assert done.returncode == 2
    assert "bad.json: data[0].results[0]: currency 'EUR'; only USD is read" in done.stderr


def test_the_daily_report_sets_its_day_against_the_export(history):
    prometheus, bill, tmp = history
    (tmp / "both.json").write_text(exports(bill)["anthropic.json"])
    days = sorted({k[0] for k in bill})
    end = datetime.fromisoformat(days[1]).replace(tzinfo=timezone.utc).timestamp() + DAY
    done = subprocess.run(
        [sys.executable, "-m", "llm_exporter", "report", "--prometheus", prometheus.url,
         "--period", "1d", "--to", str(int(end)), "--export", str(tmp / "both.json"),
         "--out", str(tmp / "report.html"), "--json", str(tmp / "report.json")],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    invoice = json.loads((tmp / "report.json").read_text())["invoice"]
    assert {r["day"] for r in invoice["rows"]} == {days[1]}  # the day the report covers
    model = next(r for r in invoice["rows"] if r["model"] == "claude-sonnet-4-5")
    assert model["capture"] == pytest.approx(0.75, abs=0.03)
    # the day's total also holds its web search, which no model's spend counts
    assert invoice["total"]["billed_usd"] == pytest.approx(model["billed_usd"] + WEB_SEARCH_USD,
                                                           abs=1e-5)
    line = next(line for line in done.stdout.splitlines() if line.startswith("Invoice:"))
    shown = re.search(r"\(([\d.]+) % captured\)", line)
    assert shown and float(shown[1]) == pytest.approx(100 * invoice["total"]["capture"],
                                                      abs=0.01), line
    assert "claude-sonnet-4-5" in line  # the largest gap named
    assert "Against the invoice" in (tmp / "report.html").read_text()
