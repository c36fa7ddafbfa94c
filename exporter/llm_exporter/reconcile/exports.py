"""Provider cost exports read into one shape: what the provider billed per UTC day and model.

Four formats, told apart by their content:

- OpenAI's Costs API (``GET /v1/organization/costs``): a page, or a JSON list of pages,
  ``amount.value`` in dollars; the model is in ``line_item`` (``"gpt-4o-2024-08-06, input"``,
  ``"priority | gpt-5, output"``, ``"evals | gpt-4o-mini, input"``) when grouped by it.
- OpenAI's dashboard cost export (CSV: ``start_time_iso``, ``amount_value``, ``line_item``...).
- Anthropic's cost report (``GET /v1/organizations/cost_report``): a page or a list of pages,
  ``amount`` a decimal string **in cents**; ``model`` when grouped by ``description``.
- Anthropic's Console cost export (CSV: ``usage_date_utc``, ``model``, ``cost_usd``...), in
  dollars, the model by its display name (``Claude Haiku 4.5``).

A line that names no model (an ungrouped export, web search, code execution, "assistants
api | file search") is kept under the model ``""``: it counts in the day's total, not against
a model. Amounts are read as decimals; nothing here touches the network.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

MAX_BYTES = 256 << 20  # an export larger than this is refused, not read
MAX_USD = Decimal(10) ** 12  # an amount past this is not a bill


class ExportError(ValueError):
    """An export that cannot be read; the message says where and why."""


@dataclass(frozen=True)
class Billed:
    """What one export line billed: a UTC day, a provider, a model ("" when the line names
    none) and US dollars."""

    day: date
    provider: str
    model: str
    usd: Decimal


def read(data: bytes, name: str = "export") -> list[Billed]:
    """The lines of one export file, whatever its format (see the module's docstring)."""
    if len(data) > MAX_BYTES:
        raise ExportError(f"{name}: over {MAX_BYTES >> 20} MiB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ExportError(f"{name}: not UTF-8 text: {e}") from e
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            doc = json.loads(text, parse_float=Decimal)
        except (ValueError, RecursionError) as e:
            raise ExportError(f"{name}: not valid JSON: {e}") from e
        pages = doc if isinstance(doc, list) else [doc]
        if not all(isinstance(p, dict) and isinstance(p.get("data"), list) for p in pages):
            raise ExportError(f"{name}: JSON, but not a page of a cost API (no data list)")
        buckets = [b for p in pages for b in p["data"]]
        if all(isinstance(b, dict) and "starting_at" in b for b in buckets):
            return _anthropic_api(buckets, name)
        if all(isinstance(b, dict) and "start_time" in b for b in buckets):
            return _openai_api(buckets, name)
        raise ExportError(f"{name}: JSON of neither OpenAI's costs nor Anthropic's cost report")
    reader = csv.DictReader(io.StringIO(text))
    try:
        columns = set(reader.fieldnames or ())
        rows = list(reader)
    except csv.Error as e:
        raise ExportError(f"{name}: not a CSV file: {e}") from e
    if {"amount_value", "line_item"} <= columns:
        return _openai_csv(rows, name)
    if {"usage_date_utc", "cost_usd"} <= columns:
        return _anthropic_csv(rows, name)
    raise ExportError(f"{name}: a CSV with neither OpenAI's (amount_value, line_item) nor "
                      f"Anthropic's (usage_date_utc, cost_usd) columns")


def openai_model(line_item: Any) -> str:
    """The model a Costs API line item names: ``[prefix | ]<model>, <direction>[, ...]``,
    else "" (``"web search tool calls"``, ``"assistants api | file search"``)."""
    if not isinstance(line_item, str) or "," not in line_item:
        return ""
    head = line_item.split(",", 1)[0]
    model = head.rsplit("|", 1)[-1].strip()
    return model.split(" ", 1)[0]  # "gpt-audio-mini-2025-12-15 audio": the model


def _openai_api(buckets: list[dict], name: str) -> list[Billed]:
    out = []
    for i, bucket in enumerate(buckets):
        day = _day_of_unix(bucket.get("start_time"), f"{name}: data[{i}].start_time")
        for j, result in enumerate(_results(bucket, f"{name}: data[{i}]")):
            where = f"{name}: data[{i}].results[{j}]"
            amount = result.get("amount") if isinstance(result, dict) else None
            if not isinstance(amount, dict):
                raise ExportError(f"{where}.amount: missing")
            _dollars(amount.get("currency"), where)
            out.append(Billed(day, "openai", openai_model(result.get("line_item")),
                              _decimal(amount.get("value"), f"{where}.amount.value")))
    return out


def _openai_csv(rows: list[dict], name: str) -> list[Billed]:
    out = []
    for i, row in enumerate(rows, start=2):  # line 1 is the header
        where = f"{name}: line {i}"
        if not (row.get("amount_value") or "").strip():
            continue  # a day with no spend
        _dollars(row.get("amount_currency") or "usd", where)
        if row.get("start_time_iso"):
            day = _day_of_iso(row["start_time_iso"], f"{where}: start_time_iso")
        else:
            day = _day_of_unix(_decimal(row.get("start_time"), f"{where}: start_time"),
                               f"{where}: start_time")
        out.append(Billed(day, "openai", openai_model(row.get("line_item")),
                          _decimal(row["amount_value"], f"{where}: amount_value")))
    return out


def _anthropic_api(buckets: list[dict], name: str) -> list[Billed]:
    out = []
    for i, bucket in enumerate(buckets):
        day = _day_of_iso(bucket.get("starting_at"), f"{name}: data[{i}].starting_at")
        for j, result in enumerate(_results(bucket, f"{name}: data[{i}]")):
            where = f"{name}: data[{i}].results[{j}]"
            if not isinstance(result, dict):
                raise ExportError(f"{where}: not an object")
            _dollars(result.get("currency"), where)
            cents = _decimal(result.get("amount"), f"{where}.amount")
            model = result.get("model")
            out.append(Billed(day, "anthropic", model if isinstance(model, str) else "",
                              cents / 100))
    return out


def _anthropic_csv(rows: list[dict], name: str) -> list[Billed]:
    out = []
    for i, row in enumerate(rows, start=2):
        where = f"{name}: line {i}"
        if not (row.get("cost_usd") or "").strip():
            continue
        out.append(Billed(_day_of_iso(row.get("usage_date_utc"), f"{where}: usage_date_utc"),
                          "anthropic", (row.get("model") or "").strip(),
                          _decimal(row["cost_usd"], f"{where}: cost_usd")))
    return out


def _results(bucket: dict, where: str) -> list:
    results = bucket.get("results")
    if results is None:
        return []
    if not isinstance(results, list):
        raise ExportError(f"{where}.results: expected a list, got {results!r:.40}")
    return results


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ExportError(f"{where}: expected a number, got {value!r}")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as e:
        raise ExportError(f"{where}: expected a number, got {value!r}") from e
    if not number.is_finite() or abs(number) > MAX_USD:
        raise ExportError(f"{where}: expected a finite number up to {MAX_USD:.0e}, got "
                          f"{value!r:.40}")
    return number


def _dollars(currency: Any, where: str) -> None:
    if not isinstance(currency, str) or currency.lower() != "usd":
        raise ExportError(f"{where}: currency {currency!r}; only USD is read")


def _day_of_unix(value: Any, where: str) -> date:
    seconds = _decimal(value, where)
    try:
        return datetime.fromtimestamp(float(seconds), timezone.utc).date()
    except (OverflowError, OSError, ValueError) as e:
        raise ExportError(f"{where}: not a time: {value!r}") from e


def _day_of_iso(value: Any, where: str) -> date:
    if not isinstance(value, str):
        raise ExportError(f"{where}: expected a date, got {value!r}")
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as e:
        raise ExportError(f"{where}: expected a date, got {value!r}") from e
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.date()
