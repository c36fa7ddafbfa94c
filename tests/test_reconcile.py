"""Provider cost exports (``reconcile/exports.py``) and the comparison (``reconcile/compare.py``):
each format's units and names, the errors that name the line, and junk that never raises
anything but ExportError."""

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llm_exporter.reconcile import compare, exports
from llm_exporter.reconcile.exports import Billed, ExportError


@pytest.mark.parametrize("line_item, model", [
    ("gpt-4o-2024-08-06, input", "gpt-4o-2024-08-06"),
    ("gpt-5.5-2026-04-23, cached input", "gpt-5.5-2026-04-23"),
    ("priority | gpt-5, output", "gpt-5"),
    ("evals | gpt-4o-mini-2024-07-18, input", "gpt-4o-mini-2024-07-18"),
    ("gpt-audio-mini-2025-12-15 audio, input", "gpt-audio-mini-2025-12-15"),
    ("o3, output, long context", "o3"),
    ("web search tool calls", ""),
    ("assistants api | file search", ""),
    (None, ""),
])
def test_an_openai_line_item_names_its_model(line_item, model):
    assert exports.openai_model(line_item) == model


def test_anthropic_amounts_are_cents_and_openai_amounts_dollars():
    anthropic = {"data": [{"starting_at": "2026-12-01T00:00:00Z",
                           "ending_at": "2026-12-02T00:00:00Z",
                           "results": [{"amount": "776.257875", "currency": "USD",
                                        "model": "claude-sonnet-4-5-20250929"},
                                       {"amount": "100", "currency": "USD", "model": None}]}],
                 "has_more": False, "next_page": None}
    assert exports.read(json.dumps(anthropic).encode()) == [
        Billed(date(2026, 12, 1), "anthropic", "claude-sonnet-4-5-20250929",
               Decimal("7.76257875")),
        Billed(date(2026, 12, 1), "anthropic", "", Decimal("1"))]
    openai = {"object": "page", "data": [{"object": "bucket", "start_time": 1764547200,
                                          "end_time": 1764633600, "results": [
        {"object": "organization.costs.result",
         "amount": {"value": 68.30023964957941, "currency": "usd"},
         "line_item": "gpt-5, input"}]}], "has_more": False}
    (line,) = exports.read(json.dumps(openai).encode())
    assert line == Billed(date(2025, 12, 1), "openai", "gpt-5", Decimal("68.30023964957941"))


def test_csv_exports_of_both_dashboards():
    openai_csv = ("start_time,end_time,start_time_iso,end_time_iso,amount_value,"
                  "amount_currency,quantity,quantity_unit,line_item,project_id\n"
                  "1764547200,1764633600,2025-12-01T00:00:00+00:00,2025-12-02T00:00:00+00:00,"
                  "1.25,usd,1000,tokens,\"gpt-4o, input\",proj_1\n"
                  "1764633600,1764720000,2025-12-02T00:00:00+00:00,2025-12-03T00:00:00+00:00,"
                  ",usd,,,,proj_1\n")  # a day with no spend: a blank amount
    assert exports.read(openai_csv.encode()) == [
        Billed(date(2025, 12, 1), "openai", "gpt-4o", Decimal("1.25"))]
    anthropic_csv = ("\ufeffusage_date_utc,model,workspace,api_key,usage_type,context_window,"
                     "token_type,cost_usd,list_price_usd,cost_type\n"
                     "2025-12-01,Claude Haiku 4.5,Default,key,message,≤ 200k,input_no_cache,"
                     "0.42,0.42,tokens\n")
    assert exports.read(anthropic_csv.encode("utf-8")) == [
        Billed(date(2025, 12, 1), "anthropic", "Claude Haiku 4.5", Decimal("0.42"))]


@pytest.mark.parametrize("data, message", [
    (b"\xff\xfe", "not UTF-8"),
    (b"{", "not valid JSON"),
    (b'{"object": "list"}', "not a page of a cost API"),
    (b'{"data": [{"when": 1}]}', "neither OpenAI's costs nor Anthropic's cost report"),
    (b'{"data": [{"start_time": 1, "results": [{"amount": {"value": "x", "currency": "usd"}}]}]}',
     "export: data[0].results[0].amount.value: expected a number, got 'x'"),
    (b'{"data": [{"start_time": 1, "results": [{"amount": {"value": 1, "currency": "eur"}}]}]}',
     "currency 'eur'; only USD is read"),
    (b'{"data": [{"starting_at": "yesterday", "results": []}]}',
     "data[0].starting_at: expected a date, got 'yesterday'"),
    (b'{"data": [{"start_time": 1e12, "results": []}]}', "data[0].start_time: not a time"),
    (b'{"data": [{"start_time": 1e300, "results": []}]}', "expected a finite number up to"),
    (b'{"data": [{"starting_at": "2026-01-01T00:00:00Z", "results": [{"amount": "NaN", '
     b'"currency": "USD"}]}]}', "expected a finite number"),
    (b'{"data": [{"start_time": 1, "results": 5}]}', "data[0].results: expected a list"),
    (b"day,spend\n1,2\n", "a CSV with neither OpenAI's"),
    (b"usage_date_utc,model,cost_usd\n2026-13-01,x,1\n", "line 2: usage_date_utc"),
])
def test_an_export_that_cannot_be_read_says_where(data, message):
    with pytest.raises(ExportError, match=None) as e:
        exports.read(data)
    assert message in str(e.value)


scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8))
result = st.dictionaries(st.sampled_from(["amount", "currency", "model", "line_item"]),
                         st.one_of(scalar, st.dictionaries(st.sampled_from(["value",
                                                                            "currency"]),
                                                           scalar, max_size=2)), max_size=4)
bucket = st.dictionaries(st.sampled_from(["start_time", "starting_at", "results"]),
                         st.one_of(scalar, st.lists(st.one_of(result, scalar), max_size=3)),
                         max_size=3)
junk = st.one_of(
    st.binary(max_size=300), st.text(max_size=300).map(str.encode),
    st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(
        st.sampled_from(["data", "results", "amount", "start_time", "starting_at"]), inner,
        max_size=5)), max_leaves=20).map(lambda d: json.dumps(d).encode()),
    st.lists(bucket, max_size=3).map(lambda b: json.dumps({"data": b}).encode()))


@settings(max_examples=400, deadline=None)
@given(junk)
def test_junk_raises_nothing_but_an_export_error(data):
    try:
        lines = exports.read(data)
    except ExportError:
        return
    assert all(isinstance(line.usd, Decimal) for line in lines)


def test_rows_match_dated_and_display_names_and_keep_unattributed_lines_in_the_total():
    day = date(2026, 12, 1)
    billed = [Billed(day, "anthropic", "claude-sonnet-4-5-20250929", Decimal("3")),
              Billed(day, "anthropic", "Claude Haiku 4.5", Decimal("1")),
              Billed(day, "anthropic", "", Decimal("0.5")),  # web search
              Billed(day, "openai", "gpt-4o", Decimal("9"))]  # another provider's
    counted = {(day, "claude-sonnet-4-5"): 2.7, (day, "claude-haiku-4-5"): 1.0,
               (day, "claude-opus-4-8"): 0.2}  # counted, never billed
    rows = {(r.model): r for r in compare.rows(billed, counted, "anthropic")}
    assert rows["claude-sonnet-4-5"].capture == pytest.approx(0.9)
    assert rows["claude-haiku-4-5"].capture == 1.0
    assert rows["claude-opus-4-8"].capture is None and rows["claude-opus-4-8"].billed_usd == 0
    assert (rows[""].counted_usd, rows[""].billed_usd) == (pytest.approx(3.9), 4.5)
    report = compare.summary(list(rows.values()))
    assert report["largest_gaps"][0]["model"] == "claude-sonnet-4-5"
    assert "(day's total)" in compare.text(report)
