"""The report for people: a self-contained HTML file (charts embedded as PNG data URIs, no
external resource) and a short Slack summary, both rendered with jinja2.

Label values come from Prometheus, and so from whoever can put a label on a series: the HTML
is escaped by jinja2's autoescape, the summary by Slack's own rule (& < > as entities, so
that ``<!channel>`` or ``<https://…|…>`` in a label is not a mention or a link), and both
shorten long values and list at most ``ROWS`` rows of a table (the JSON has them all).
"""

from __future__ import annotations

import base64
import json
import time
import urllib.request

import jinja2

ROWS = 20  # rows of a table in the HTML
SUMMARY_ITEMS = 5  # models over budget, alerts named in the summary
NA = "n/a"  # a figure Prometheus answered as NaN or infinite, or a ratio of nothing


class Verbatim(str):
    """Text the operator wrote (``--report.link``): not escaped for Slack."""


def slack_escape(value) -> str:
    """Slack's mrkdwn escaping: & < > as entities, nothing else."""
    if isinstance(value, Verbatim):
        return value
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _environment(**options) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("llm_exporter.report", "templates"), trim_blocks=True,
        lstrip_blocks=True, undefined=jinja2.StrictUndefined, **options)
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "allow_nan": False}
    return env


_templates = _environment(autoescape=jinja2.select_autoescape(["html.j2"]))
# every {{ value }} of the summary goes through Slack's escaping
_summary_templates = _environment(autoescape=False, finalize=slack_escape)


def usd(value: float | None) -> str:
    if value is None:
        return NA
    return f"${value:,.2f}" if abs(value) >= 1 or value == 0 else f"${value:,.4f}"


def delta_usd(value: float | None) -> str:
    """A change in dollars with its sign: "+$3.20", "-$0.0400"."""
    if value is None:
        return NA
    return ("+" if value >= 0 else "-") + usd(abs(value))


def change(ratio: float | None, now: float | None = 0.0, before: float | None = 0.0) -> str:
    """A change against the period before: "+12.3 %", or "new" when there was nothing
    (and "n/a" when either figure is)."""
    if now is None or before is None:
        return NA
    return "new" if ratio is None else f"{ratio * 100:+.1f} %"


def pct(value: float | None, digits: int = 2) -> str:
    return NA if value is None else f"{value * 100:.{digits}f} %"


def number(value: float | None, digits: int = 0) -> str:
    return NA if value is None else f"{value:,.{digits}f}"


def burn(value: float | None, digits: int = 2) -> str:
    return NA if value is None else f"{value:.{digits}f}x"


def seconds(value: float | None) -> str:
    if value is None:
        return NA
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def short(text: str, limit: int = 80) -> str:
    """A label value for people: at most ``limit`` characters, "…" when cut."""
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def alert_subject(alert: dict) -> str:
    """What an alert fired about, in a few words: its model, else its labels ("tenant=acme",
    "instance=10.0.0.7:9464 job=llm-exporter"), else nothing."""
    labels = alert["labels"]
    if labels.get("gen_ai_request_model"):
        return labels["gen_ai_request_model"]
    return " ".join(f"{k}={v}" for k, v in sorted(labels.items()))


def no_traffic(report: dict) -> bool:
    """No call and no spend in the period (a figure of n/a is not nothing)."""
    return report["total"]["calls"] == 0 and report["total"]["cost_usd"] == 0


def utc(unix_seconds: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(unix_seconds))


def duration(value: float) -> str:
    minutes = int(value // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


for _env in (_templates, _summary_templates):
    _env.filters.update(usd=usd, delta_usd=delta_usd, change=change, pct=pct, number=number,
                        burn=burn, seconds=seconds, utc=utc, duration=duration, short=short,
                        alert_subject=alert_subject)


def html(report: dict, charts: dict[str, bytes]) -> str:
    """The report as one HTML file; ``charts``: name -> PNG bytes."""
    images = {name: "data:image/png;base64," + base64.b64encode(png).decode()
              for name, png in charts.items()}
    return _templates.get_template("report.html.j2").render(
        r=report, images=images, rows=ROWS, no_traffic=no_traffic(report))


def summary(report: dict, link: str = "") -> str:
    """A few lines for Slack (mrkdwn) and the terminal; what came from Prometheus is escaped
    for Slack."""
    over_budget = [
        {"model": m["model"], "what": what, "ratio": m[ratio], "burn": m[rate], "budget": budget}
        for what, ratio, rate, budget in (("errors", "error_ratio", "error_burn_rate", True),
                                          ("slow calls", "slow_ratio", "latency_burn_rate",
                                           False))
        for m in report["models"] if m[rate] is not None and m[rate] > 1]
    over_budget.sort(key=lambda m: -m["burn"])  # the worst first, if not all are named
    # models whose error budget cannot be told: Prometheus answered NaN or infinity
    unknown = [m for m in report["models"]
               if m["calls"] is None or (m["calls"] and m["error_burn_rate"] is None)]
    return _summary_templates.get_template("summary.txt.j2").render(
        r=report, link=Verbatim(link), over_budget=over_budget, unknown=unknown,
        items=SUMMARY_ITEMS, no_traffic=no_traffic(report)).strip() + "\n"


def post_to_slack(webhook_url: str, text: str, timeout: float = 10.0) -> None:
    """Post ``text`` to a Slack incoming webhook; raises OSError when it is not taken."""
    request = urllib.request.Request(webhook_url, data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        if response.status >= 300:
            raise OSError(f"Slack answered HTTP {response.status}")
