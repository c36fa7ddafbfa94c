"""The report for people: a self-contained HTML file (charts embedded as PNG data URIs, no
external resource) and a short Slack summary, both rendered with jinja2."""

from __future__ import annotations

import base64
import json
import time
import urllib.request

import jinja2

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("llm_exporter.report", "templates"),
    autoescape=jinja2.select_autoescape(["html.j2"]), trim_blocks=True, lstrip_blocks=True,
    undefined=jinja2.StrictUndefined)


def usd(value: float | None) -> str:
    if value is None:
        return "—"
    return f"${value:,.2f}" if abs(value) >= 1 or value == 0 else f"${value:,.4f}"


def delta_usd(value: float) -> str:
    """A change in dollars with its sign: "+$3.20", "-$0.0400"."""
    return ("+" if value >= 0 else "-") + usd(abs(value))


def change(ratio: float | None) -> str:
    """A change against the period before: "+12.3 %", or "new" when there was nothing."""
    return "new" if ratio is None else f"{ratio * 100:+.1f} %"


def pct(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f} %"


def number(value: float | None, digits: int = 0) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def utc(unix_seconds: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(unix_seconds))


def duration(value: float) -> str:
    minutes = int(value // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


_templates.filters.update(usd=usd, delta_usd=delta_usd, change=change, pct=pct,
                          number=number, seconds=seconds, utc=utc, duration=duration)


def html(report: dict, charts: dict[str, bytes]) -> str:
    """The report as one HTML file; ``charts``: name -> PNG bytes."""
    images = {name: "data:image/png;base64," + base64.b64encode(png).decode()
              for name, png in charts.items()}
    return _templates.get_template("report.html.j2").render(r=report, images=images)


def summary(report: dict, link: str = "") -> str:
    """A few lines for Slack (mrkdwn) and the terminal."""
    return _templates.get_template("summary.txt.j2").render(r=report, link=link).strip() + "\n"


def post_to_slack(webhook_url: str, text: str, timeout: float = 10.0) -> None:
    """Post ``text`` to a Slack incoming webhook; raises OSError when it is not taken."""
    request = urllib.request.Request(webhook_url, data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        if response.status >= 300:
            raise OSError(f"Slack answered HTTP {response.status}")
