"""The Prometheus HTTP query API, as the commands that read a Prometheus use it (backtest,
report): range and instant queries, answered as plain dicts. Thanos, Mimir and
VictoriaMetrics serve the same API; only Prometheus is tested."""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.parse
import urllib.request

MAX_POINTS = 10_000  # per range query; Prometheus refuses more than 11,000 points per series


class NotPrometheus(RuntimeError):
    """The URL answered, but not as Prometheus's query API does: a login page, a proxy's
    error page, something else's JSON. The URL (or what stands in front of it) is wrong,
    not the query."""


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
            try:
                for series in body["data"]["result"]:
                    values = out.setdefault(_labels(series), {})
                    for ts, value in series["values"]:
                        values[round(float(ts), 3)] = float(value)
            except (KeyError, TypeError, ValueError, AttributeError) as e:
                raise NotPrometheus(_not_a_result(e)) from None
            t = stop + step
        return out

    def query(self, expr: str, at: float) -> dict[tuple, float]:
        """{sorted label pairs: value} of an instant query evaluated at ``at``."""
        body = self._post("query", {"query": expr, "time": f"{at:.3f}"}, expr)
        try:
            if body["data"]["resultType"] == "scalar":
                return {(): float(body["data"]["result"][1])}
            return {_labels(series): float(series["value"][1])
                    for series in body["data"]["result"]}
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as e:
            raise NotPrometheus(_not_a_result(e)) from None

    def _post(self, path: str, params: dict[str, str], expr: str) -> dict:
        url = f"{self.url}/api/v1/{path}"
        request = urllib.request.Request(
            url, data=urllib.parse.urlencode(params).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status, answered = response.status, response
                text = response.read()
        except urllib.error.HTTPError as e:  # a bad query: Prometheus says why in the body
            status, answered = e.code, e
            text = e.read()
        except http.client.IncompleteRead as e:
            raise RuntimeError(f"/api/v1/{path}: the answer broke off: {e!r}") from None
        except http.client.HTTPException as e:  # another protocol on that port
            raise NotPrometheus(f"/api/v1/{path} did not answer in HTTP: "
                                f"{_one_line(repr(e))}") from None
        try:
            body = json.loads(text)
        except ValueError:
            body = None
        if not isinstance(body, dict) or "status" not in body:
            # a login page, a proxy's error page: say what came back, in one line
            kind = _one_line(answered.headers.get("Content-Type") or "no Content-Type")
            where = answered.geturl()
            if 300 <= status < 400:  # a redirect not followed (of a POST: 307, 308)
                where = answered.headers.get("Location") or where
            moved = f", redirected to {_one_line(where)}" if where and where != url else ""
            raise NotPrometheus(
                f"/api/v1/{path} answered HTTP {status} ({kind}, {len(text):,} bytes{moved}), "
                "not the JSON of Prometheus's query API: is this the URL of Prometheus "
                "(or of a proxy that needs credentials)?")
        if body.get("status") != "success":
            raise RuntimeError(f"query failed: {_one_line(str(body.get('error')))}: {expr}")
        return body


def _labels(series: dict) -> tuple:
    return tuple(sorted((str(k), str(v)) for k, v in series["metric"].items()
                        if k != "__name__"))


def _not_a_result(e: Exception) -> str:
    return (f"an answer with status success but not a query result ({type(e).__name__}: "
            f"{_one_line(str(e), 80)}): is this the URL of Prometheus?")


def _one_line(text: str, limit: int = 200) -> str:
    """What a server sent, for an error message of one line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
