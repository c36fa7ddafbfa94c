"""The Prometheus HTTP query API, as the commands that read a Prometheus use it (backtest,
report): range and instant queries, answered as plain dicts. Thanos, Mimir and
VictoriaMetrics serve the same API; only Prometheus is tested."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

MAX_POINTS = 10_000  # per range query; Prometheus refuses more than 11,000 points per series


class PrometheusAPI:
    """The query API of Prometheus or anything that speaks it."""

    def __init__(self, url: str, timeout: float = 120.0):
        self.url = url.rstrip("/")
        self.timeout = timeout

    def query_range(self, expr: str, start: float, end: float,
                    step: float) -> dict[tuple, dict[float, float]]:
        """{sorted label pairs: {timestamp: value}}, split into requests Prometheus accepts."""
        out: dict[tuple, dict[float, float]] = {}
        chunk = step * MAX_POINTS
        t = start
        while t <= end:
            stop = min(end, t + chunk - step)
            body = self._post("query_range", {"query": expr, "start": f"{t:.3f}",
                                              "end": f"{stop:.3f}", "step": f"{step:g}"}, expr)
            for series in body["data"]["result"]:
                labels = tuple(sorted((k, v) for k, v in series["metric"].items()
                                      if k != "__name__"))
                values = out.setdefault(labels, {})
                for ts, value in series["values"]:
                    values[round(float(ts), 3)] = float(value)
            t = stop + step
        return out

    def query(self, expr: str, at: float) -> dict[tuple, float]:
        """{sorted label pairs: value} of an instant query evaluated at ``at``."""
        body = self._post("query", {"query": expr, "time": f"{at:.3f}"}, expr)
        if body["data"]["resultType"] == "scalar":
            return {(): float(body["data"]["result"][1])}
        return {tuple(sorted((k, v) for k, v in series["metric"].items() if k != "__name__")):
                float(series["value"][1]) for series in body["data"]["result"]}

    def _post(self, path: str, params: dict[str, str], expr: str) -> dict:
        request = urllib.request.Request(
            f"{self.url}/api/v1/{path}", data=urllib.parse.urlencode(params).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = json.loads(response.read())
        except urllib.error.HTTPError as e:  # a bad query: Prometheus says why in the body
            try:
                body = json.loads(e.read())
            except ValueError:
                raise RuntimeError(f"{self.url}: HTTP {e.code}: {expr}") from None
        if body.get("status") != "success":
            raise RuntimeError(f"query failed: {body.get('error')}: {expr}")
        return body
