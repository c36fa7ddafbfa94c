"""`llm-exporter backtest`: which alerts the rules would have raised over a Prometheus's history.

Every alerting rule is evaluated as a range query at its group's interval (the recording rules
it reads must be in that history, as they are where the rules run), ``for:`` is applied as
Prometheus's rule manager applies it, and the Alertmanager configuration's inhibition rules
tell which firing alerts would have been delivered and which suppressed. Only the Prometheus
HTTP query API is used (which Thanos, Mimir and VictoriaMetrics serve too; only Prometheus is
tested), through ``prometheus_api``'s async client: ``run`` in the command's event loop, or
``backtest`` from code that has none.
"""

from __future__ import annotations

import asyncio
import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

import yaml

from llm_exporter.durations import parse_duration  # also for the CLI's --interval
from llm_exporter.prometheus_api import PrometheusAPI

_MATCHER = re.compile(r'^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*$')


def parse_time(text: str, now: float) -> float:
    """Unix seconds from "now", "now-14d" (or "-14d"), unix seconds, or RFC 3339."""
    text = text.strip()
    if text == "now":
        return now
    if text.startswith(("now-", "-")):
        return now - parse_duration(text.split("-", 1)[1])
    try:
        return float(text)
    except ValueError:
        pass
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"not a time: {text!r} (now, now-14d, unix seconds or RFC 3339)") \
            from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp.timestamp()


@dataclass(frozen=True)
class AlertRule:
    """One alerting rule from a rules file."""

    name: str
    expr: str
    for_seconds: float
    labels: dict[str, str]
    interval: float  # its group's evaluation interval


def load_rules(text: str, default_interval: float = 60.0) -> list[AlertRule]:
    """The alerting rules of a Prometheus rules file (recording rules are skipped)."""
    data = yaml.safe_load(text) or {}
    rules = []
    for group in data.get("groups", []):
        interval = parse_duration(group["interval"]) if group.get("interval") \
            else default_interval
        for rule in group.get("rules", []):
            if "alert" in rule:
                rules.append(AlertRule(rule["alert"], rule["expr"],
                                       parse_duration(str(rule.get("for", "0s"))),
                                       dict(rule.get("labels") or {}), interval))
    return rules


@dataclass(frozen=True)
class Matcher:
    name: str
    op: str
    value: str

    def matches(self, labels: dict[str, str]) -> bool:
        got = labels.get(self.name, "")
        if self.op == "=":
            return got == self.value
        if self.op == "!=":
            return got != self.value
        found = re.fullmatch(self.value, got) is not None
        return found if self.op == "=~" else not found


def parse_matcher(text: str) -> Matcher:
    """An Alertmanager matcher such as ``severity="critical"`` or ``alertname=~"LLM.+"``."""
    match = _MATCHER.match(text)
    if match is None:
        raise ValueError(f"not a matcher: {text!r}")
    name, op, value = match.groups()
    return Matcher(name, op, value.encode().decode("unicode_escape"))


@dataclass(frozen=True)
class InhibitRule:
    source: tuple[Matcher, ...]
    target: tuple[Matcher, ...]
    equal: tuple[str, ...]

    def inhibits(self, source: dict[str, str], target: dict[str, str]) -> bool:
        return (all(m.matches(source) for m in self.source)
                and all(m.matches(target) for m in self.target)
                and all(source.get(label, "") == target.get(label, "") for label in self.equal))


def load_inhibit_rules(text: str) -> list[InhibitRule]:
    """The inhibition rules of an Alertmanager configuration."""
    data = yaml.safe_load(text) or {}
    rules = []
    for rule in data.get("inhibit_rules") or []:
        rules.append(InhibitRule(
            tuple(parse_matcher(m) for m in rule.get("source_matchers", [])),
            tuple(parse_matcher(m) for m in rule.get("target_matchers", [])),
            tuple(rule.get("equal", []))))
    return rules


@dataclass
class Episode:
    """One stretch of time an alert was firing."""

    alertname: str
    labels: dict[str, str]
    start: float  # first evaluation at which it was firing
    end: float  # first evaluation at which it no longer was (or the end of the backtest)
    value: float  # the expression's value when it started firing
    steps: int = 0  # evaluations firing
    inhibited_steps: int = 0  # of those, how many an inhibition rule suppressed
    inhibited_by: set[str] = field(default_factory=set)

    @property
    def severity(self) -> str:
        return self.labels.get("severity", "")

    @property
    def delivered(self) -> bool:
        """Alertmanager would have sent it: firing at least once while not inhibited."""
        return self.inhibited_steps < self.steps

    @property
    def duration(self) -> float:
        return self.end - self.start


async def evaluate(api: PrometheusAPI, rule: AlertRule, start: float,
                   end: float) -> dict[tuple, dict[float, tuple[str, float]]]:
    """Query one rule over the range and apply ``for:`` (``alert_states``)."""
    times = evaluation_times(rule, start, end)
    series = await api.query_range(rule.expr, times[0], times[-1], rule.interval)
    return alert_states(rule, series, times, start)


def evaluation_times(rule: AlertRule, start: float, end: float) -> list[float]:
    """The rule's evaluations from ``for`` before ``start`` (so it can be firing at start)."""
    step = rule.interval
    first = math.floor((start - rule.for_seconds) / step) * step
    return [first + i * step for i in range(int((end - first) // step) + 1)]


def alert_states(rule: AlertRule, series: dict[tuple, dict[float, float]], times: list[float],
                 start: float) -> dict[tuple, dict[float, tuple[str, float]]]:
    """Per alert label set: {evaluation time: ("pending" | "firing", value)} from ``start``.

    As Prometheus's rule manager does it: an alert is pending from the first evaluation that
    returns its series, firing once it has been returned for ``for:``, and reset by one
    evaluation that does not return it.
    """
    states: dict[tuple, dict[float, tuple[str, float]]] = {}
    for labels, values in series.items():
        alert = dict(labels)
        alert.update(rule.labels)
        alert["alertname"] = rule.name
        timeline = states.setdefault(tuple(sorted(alert.items())), {})
        active_since = None
        for t in times:
            value = values.get(round(t, 3))
            if value is None:
                active_since = None
                continue
            if active_since is None:
                active_since = t
            if t >= start:
                timeline[t] = ("firing" if t - active_since >= rule.for_seconds else "pending",
                               value)
    return states


async def run(api: PrometheusAPI, rules: list[AlertRule], inhibit_rules: list[InhibitRule],
              start: float, end: float) -> list[Episode]:
    """Every firing episode of every rule between ``start`` and ``end``, with inhibition (the
    rules queried one after the other, on one HTTP session)."""
    async with api:
        evaluated = [(rule, await evaluate(api, rule, start, end)) for rule in rules]
    return episodes(evaluated, inhibit_rules, end)


def backtest(api: PrometheusAPI, rules: list[AlertRule], inhibit_rules: list[InhibitRule],
             start: float, end: float) -> list[Episode]:
    """``run`` from code without an event loop running (devtools' scenarios): one event
    loop for the whole backtest."""
    return asyncio.run(run(api, rules, inhibit_rules, start, end))


def episodes(evaluated: list[tuple[AlertRule, dict[tuple, dict[float, tuple[str, float]]]]],
             inhibit_rules: list[InhibitRule], end: float) -> list[Episode]:
    """Firing episodes from evaluated rules. A firing alert is inhibited at an evaluation when
    another alert firing then matches an inhibition rule's source side against it."""
    firing_at: dict[float, list[dict[str, str]]] = {}
    timelines = []
    for rule, states in evaluated:
        for key, timeline in states.items():
            labels = dict(key)
            timelines.append((rule, labels, timeline))
            for t, (state, _) in timeline.items():
                if state == "firing":
                    firing_at.setdefault(t, []).append(labels)
    out = []
    for rule, labels, timeline in timelines:
        current: Episode | None = None
        for t in sorted(timeline):
            state, value = timeline[t]
            if current is not None and (state != "firing" or t > current.end + 1e-6):
                out.append(current)  # resolved, or absent in between
                current = None
            if state != "firing":
                continue
            if current is None:
                current = Episode(rule.name, labels, t, t, value)
            current.steps += 1
            current.end = t + rule.interval
            sources = [s for s in firing_at.get(t, ()) if s is not labels
                       and any(r.inhibits(s, labels) for r in inhibit_rules)]
            if sources:
                current.inhibited_steps += 1
                current.inhibited_by.update(s["alertname"] for s in sources)
        if current is not None:
            current.end = min(current.end, end)
            out.append(current)
    return sorted(out, key=lambda e: (e.start, e.alertname))


def _when(t: float) -> str:
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%d %H:%M")


def _for(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"{minutes // 60}h{minutes % 60:02d}m" if minutes >= 60 else f"{minutes}m"


def format_report(episodes: list[Episode], start: float, end: float) -> str:
    """The episodes as a table a person reads, with a count per alert and severity."""
    lines = [f"Backtest {_when(start)} to {_when(end)} UTC: {len(episodes)} firing episodes, "
             f"{sum(e.delivered for e in episodes)} delivered.", ""]
    if episodes:
        lines.append(f"{'start (UTC)':<17} {'for':>6}  {'severity':<8} {'alert':<28} "
                     f"{'delivered':<28} value  labels")
    for e in episodes:
        shown = ",".join(f"{k}={v}" for k, v in sorted(e.labels.items())
                         if k not in ("alertname", "severity") and v)
        by = ", ".join(sorted(e.inhibited_by))
        delivered = ("yes" if not e.inhibited_steps
                     else f"yes ({e.inhibited_steps}/{e.steps} inhibited: {by})" if e.delivered
                     else f"no (inhibited: {by})")
        lines.append(f"{_when(e.start):<17} {_for(e.duration):>6}  {e.severity:<8} "
                     f"{e.alertname:<28} {delivered:<28} {e.value:.4g}  {shown}")
    return "\n".join(lines) + "\n"
