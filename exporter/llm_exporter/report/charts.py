"""The report's charts as PNG bytes, drawn with matplotlib (the ``report`` extra) off screen.

A chart draws what ``data`` bounded (the top models one by one, the rest as "other"; the
top rows of a breakdown), names shortened, and a figure of n/a (None) as nothing.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise SystemExit("llm-exporter report draws its charts with matplotlib: "
                         "pip install 'llm-exporter[report]'") from None
    matplotlib.use("Agg")  # no display
    import matplotlib.pyplot as plt

    return plt


NAME = 40  # characters of a name in a legend or on an axis


def _short(name: str) -> str:
    return name if len(name) <= NAME else name[:NAME - 1] + "…"


def _zero(values: list) -> list[float]:
    return [0.0 if v is None else v for v in values]


def spend_over_time(report: dict) -> bytes:
    """Spend per chart step, stacked by model (the models ``data`` kept, then the others as
    one bar), with the period before's total as a line."""
    plt = _pyplot()
    chart = report["chart"]
    times = [datetime.fromtimestamp(t, timezone.utc) for t in chart["times"]]
    # a step's bar ends at its time: it holds the increase over the step before
    width = -chart["step_seconds"] / 86400 * 0.8  # matplotlib dates are in days
    fig, ax = plt.subplots(figsize=(9, 4.4), dpi=100)
    bottom = [0.0] * len(times)
    stacks = sorted(((_short(name), _zero(values)) for name, values in chart["models"].items()),
                    key=lambda kv: -sum(kv[1]))
    other = chart.get("other")
    if other:
        stacks.append((f"{other['models']:,} other models", _zero(other["values"])))
    for i, (name, values) in enumerate(stacks):
        ax.bar(times, values, width=width, bottom=bottom, label=name, align="edge",
               color="#cccccc" if other and i == len(stacks) - 1 else None)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.plot(times, _zero(chart["previous_total"]), color="black", linewidth=1.2,
            linestyle="--", label=f"total, the {report['period']} before")
    ax.set_ylabel(f"USD per {chart['step_seconds'] / 3600:g} h")
    ax.set_title(f"Spend by model, {report['period']} to "
                 f"{datetime.fromtimestamp(report['end'], timezone.utc):%Y-%m-%d %H:%M} UTC",
                 loc="left", fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    fig.autofmt_xdate()
    fig.legend(fontsize=8, frameon=False, loc="lower center", ncols=3)
    fig.subplots_adjust(bottom=0.27)
    return _png(fig, plt)


def spend_by(report: dict, breakdown: str, limit: int = 8) -> bytes:
    """This period's and the period before's spend for the top rows of one breakdown."""
    plt = _pyplot()
    rows = report["spend"][breakdown][:limit][::-1]
    names = [_short(r["name"]) for r in rows]
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(rows) + 1.2), dpi=100)
    positions = range(len(rows))
    ax.barh([p + 0.2 for p in positions], _zero([r["cost_usd"] for r in rows]), height=0.4,
            label=f"this {report['period']}")
    ax.barh([p - 0.2 for p in positions], _zero([r["previous_cost_usd"] for r in rows]),
            height=0.4, label="the period before", color="#bbbbbb")
    ax.set_yticks(list(positions), names, fontsize=9)
    ax.set_xlabel("USD")
    ax.set_title(f"Spend by {breakdown}", loc="left", fontsize=11)
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig, plt)


def _png(fig, plt) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png", bbox_inches="tight")
    plt.close(fig)
    return out.getvalue()
