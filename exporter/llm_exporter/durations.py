"""Durations as the configuration and Prometheus files write them. Standard library only.

One parser for ``config`` (keys such as ``limits.series_ttl``) and ``backtest`` (rule files'
``for:`` and ``interval:``, ``--from now-14d``).
"""

from __future__ import annotations

import re

UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 31536000}
_TERM = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w|y)")
_DURATION = re.compile(rf"\s*(?:\d+(?:\.\d+)?|(?:{_TERM.pattern}\s*)+)\s*")


def parse_duration(value: object, where: str = "") -> float:
    """Seconds from a number of seconds or a string such as "250ms", "90s", "1.5h", "7d" or
    Prometheus's "1h30m" (a bare number is seconds). ValueError, prefixed by ``where`` when
    given, for anything else or a negative number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    elif isinstance(value, str) and _DURATION.fullmatch(value):
        terms = _TERM.findall(value)
        seconds = sum(float(n) * UNITS[u] for n, u in terms) if terms else float(value)
    else:
        raise ValueError(f'{where}{": " if where else ""}expected a duration like "30s", "5m", '
                         f'"1h30m", got {value!r}')
    if seconds < 0:
        raise ValueError(f"{where}{': ' if where else ''}must not be negative, got {value!r}")
    return seconds
