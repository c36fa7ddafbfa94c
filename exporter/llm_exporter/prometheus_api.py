"""Prometheus's HTTP API, as everything here that reads a Prometheus uses it: one async client
(aiohttp) for the sidecar's budget spend (instant queries) and firing alerts (alerts, the
Alertmanagers, each Alertmanager's alerts), and for the report and backtest commands (range
and instant queries, from ``asyncio.run`` at the command). Thanos, Mimir and VictoriaMetrics
serve the same query API; only Prometheus is tested.

Every call has a timeout and reads at most ``max_bytes`` of an answer, and every way it can
fail is a ``PrometheusError`` that says why in one line:

- ``Unreachable``: no connection (refused, no such host), or it broke off mid-answer;
- ``Timeout``: no whole answer within the timeout;
- ``AnswerTooLarge``: more than ``max_bytes``;
- ``NotPrometheus``: an answer, but not the API's JSON (a login page, a proxy's error page,
  another service): the URL, or what stands in front of it, is wrong;
- ``QueryFailed``: Prometheus's JSON says the call failed (an HTTP error status, and
  Prometheus's ``error`` when it gave one);
- ``UnexpectedResult``: a successful answer that is not what was asked for (not a vector,
  a series without a value).
"""

from __future__ import annotations

import asyncio
import json
import urllib.parse
from typing import Any

import aiohttp

MiB = 1024 * 1024
MAX_POINTS = 10_000  # per range query; Prometheus refuses more than 11,000 points per series
DEFAULT_MAX_BYTES = 64 * MiB  # ~2 million points: 200 series of MAX_POINTS in one answer
LONG_QUERY = 4096  # form-encoded bytes past which a query is POSTed (URL limits of proxies)
_SHAPE_ERRORS = (KeyError, TypeError, ValueError, IndexError, AttributeError)
# not a URL aiohttp can ask (aiohttp 3.10 added the second: a scheme other than http(s))
_BAD_URL = (aiohttp.InvalidURL, getattr(aiohttp, "NonHttpUrlClientError", aiohttp.InvalidURL))


class PrometheusError(Exception):
    """Why Prometheus's API (or an Alertmanager's) gave no answer to use; ``str()`` is one
    line for a person."""


class Unreachable(PrometheusError):
    """No connection (refused, no such host, TLS), or it broke off before the answer ended."""


class Timeout(PrometheusError):
    """No whole answer within the call's timeout."""


class AnswerTooLarge(PrometheusError):
    """An answer longer than the client reads."""


class NotPrometheus(PrometheusError):
    """The URL answered, but not as Prometheus's API does: a login page, a proxy's error
    page, something else's JSON. The URL (or what stands in front of it) is wrong, not the
    query. ``status`` and ``content_type`` are the answer's (None when there was none)."""

    def __init__(self, message: str, status: int | None = None,
                 content_type: str | None = None):
        super().__init__(message)
        self.status = status
        self.content_type = content_type


class QueryFailed(PrometheusError):
    """Prometheus answered in its JSON that the call failed: ``status`` is the HTTP status,
    ``error_type`` and ``error`` what Prometheus said (None when it said nothing), ``query``
    the expression asked for (None: not a query)."""

    def __init__(self, status: int, error: str | None = None, error_type: str | None = None,
                 query: str | None = None):
        self.status, self.error, self.error_type = status, error, error_type
        self.query = query
        error = _one_line(str(error), 500) if error else ""
        if status != 200:
            super().__init__(f"HTTP {status}" + (f": {error}" if error else ""))
        else:
            super().__init__(error or "query failed")


class UnexpectedResult(PrometheusError):
    """A successful answer that is not the result asked for: another result type (a matrix
    for an instant query), or not a result at all (a vector's series without a value)."""


class PrometheusAPI:
    """Prometheus's HTTP API at ``url``, or anything that speaks it.

    ``timeout`` bounds each call (connecting, waiting and reading) and ``max_bytes`` each
    answer. Use it ``async with`` to keep one HTTP session for many calls; or give it the
    ``session`` to use; else each call opens its own.
    """

    def __init__(self, url: str, timeout: float = 120.0, *,
                 session: aiohttp.ClientSession | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.session = session
        self._owned = 0  # how deep in `async with` blocks that opened self.session

    async def __aenter__(self) -> PrometheusAPI:
        if self.session is None or self._owned:
            if self.session is None:
                self.session = aiohttp.ClientSession()
            self._owned += 1
        return self

    async def __aexit__(self, *exc) -> None:
        if self._owned:
            self._owned -= 1
            if not self._owned and self.session is not None:
                await self.session.close()
                self.session = None

    async def query(self, expr: str, at: float | None = None, *,
                    by: str | None = None) -> dict:
        """An instant query at ``at`` (unix seconds; None: Prometheus's now), as {sorted
        label pairs: value}; with ``by``, {that one label's value ("" when absent): value},
        for a ``sum by (label)``. A scalar is one series without labels."""
        params = {"query": expr} if at is None else {"query": expr, "time": f"{at:.3f}"}
        body = await self._api("query", params)
        try:
            data = body["data"]
            result = data["result"]
            kind = data.get("resultType", "vector")
            if kind == "scalar":
                return {"" if by else (): float(result[1])}
            if kind != "vector":
                raise UnexpectedResult(f"not an instant vector: a {_one_line(str(kind), 40)}")
            out: dict = {}
            for series in result:
                metric = series["metric"]
                value = float(series["value"][1])
                out[metric.get(by, "") if by else _labels(metric)] = value
            return out
        except _SHAPE_ERRORS as e:
            raise UnexpectedResult(_not("an instant vector", e)) from None

    async def query_range(self, expr: str, start: float, end: float,
                          step: float) -> dict[tuple, dict[float, float]]:
        """{sorted label pairs: {timestamp: value}}, in as many requests as Prometheus needs
        (it refuses more than 11,000 points per series)."""
        out: dict[tuple, dict[float, float]] = {}
        chunk = step * MAX_POINTS
        t = start
        while t <= end:
            stop = min(end, t + chunk - step)
            body = await self._api("query_range", {
                "query": expr, "start": f"{t:.3f}", "end": f"{stop:.3f}", "step": f"{step:g}"})
            try:
                data = body["data"]
                result = data["result"]
                kind = data.get("resultType", "matrix")
                if kind != "matrix":
                    raise UnexpectedResult(f"not a range vector: a {_one_line(str(kind), 40)}")
                for series in result:
                    values = out.setdefault(_labels(series["metric"]), {})
                    for ts, value in series["values"]:
                        values[round(float(ts), 3)] = float(value)
            except _SHAPE_ERRORS as e:
                raise UnexpectedResult(_not("a range vector", e)) from None
            t = stop + step
        return out

    async def alerts(self) -> list[dict]:
        """The alerts of Prometheus's alerting rules, pending and firing (each a dict with
        ``labels``, ``state``, ``annotations``, ``activeAt``...)."""
        body = await self._api("alerts", method="GET")
        try:
            alerts = body["data"]["alerts"]
            _check_alerts(alerts)
            return alerts
        except _SHAPE_ERRORS as e:
            raise UnexpectedResult(_not("a list of alerts", e)) from None

    async def alertmanagers(self) -> list[str]:
        """The URLs Prometheus posts alerts to, one per active Alertmanager (such as
        http://am:9093/api/v2/alerts)."""
        body = await self._api("alertmanagers", method="GET")
        try:
            return [str(a["url"]) for a in body["data"]["activeAlertmanagers"]]
        except _SHAPE_ERRORS as e:
            raise UnexpectedResult(_not("a list of Alertmanagers", e)) from None

    async def alertmanager_alerts(self, url: str) -> list[dict]:
        """The active alerts of the Alertmanager whose alerts endpoint is ``url`` (as
        ``alertmanagers()`` gives it): each with ``labels`` and the ``receivers`` it went to
        (a list of {"name": ...})."""
        alerts = await self._get_json(url, {"active": "true"}, "Alertmanager")
        try:
            _check_alerts(alerts, receivers=True)
            return alerts
        except _SHAPE_ERRORS as e:
            raise UnexpectedResult(_not("a list of alerts", e)) from None

    async def _get_json(self, url: str, params: dict[str, str], server: str) -> Any:
        """The JSON that a GET of ``url`` (absolute, on ``server``) answered with HTTP 200."""
        try:
            path = urllib.parse.urlsplit(url).path or "/"
        except ValueError:  # aiohttp says what is wrong with it
            path = url
        status, body = await self._call("GET", url, path, params, server, "API")
        if status != 200:  # Alertmanager says why in a JSON string; others in an object
            error = body if isinstance(body, str) else None
            if isinstance(body, dict):
                error = body.get("error") or body.get("message")
            raise QueryFailed(status, error)
        return body

    async def _api(self, path: str, params: dict[str, str] | None = None,
                   method: str | None = None) -> dict:
        """The JSON envelope of /api/v1/``path``, with status success."""
        params = params or {}
        if method is None:  # a query: GET, unless it is long enough for a proxy to refuse
            method = "POST" if len(urllib.parse.urlencode(params)) > LONG_QUERY else "GET"
        status, body = await self._call(method, f"{self.url}/api/v1/{path}", f"/api/v1/{path}",
                                        params, "Prometheus",
                                        "query API" if path.startswith("query") else "API",
                                        envelope=True)
        if status != 200 or body["status"] != "success":
            raise QueryFailed(status, body.get("error"), body.get("errorType"),
                              params.get("query"))
        return body

    async def _call(self, method: str, url: str, path: str, params: dict[str, str],
                    server: str, api: str, envelope: bool = False) -> tuple[int, Any]:
        """(HTTP status, JSON) of one request to ``server``'s ``api``, within the timeout
        (``path``: the endpoint, for errors). NotPrometheus when the answer is not JSON or,
        with ``envelope``, not an object with a ``status`` (Prometheus's envelope)."""
        try:
            if self.session is not None:
                answer = await asyncio.wait_for(
                    self._fetch(self.session, method, url, params, path), self.timeout)
            else:
                async with aiohttp.ClientSession() as session:
                    answer = await asyncio.wait_for(
                        self._fetch(session, method, url, params, path), self.timeout)
        except asyncio.TimeoutError:  # aiohttp's own timeouts are asyncio.TimeoutErrors too
            raise Timeout(f"{path}: no answer within {self.timeout:g} s") from None
        except _BAD_URL as e:
            raise NotPrometheus(f"not an http(s) URL: {_one_line(str(e))}") from None
        except aiohttp.ClientResponseError as e:  # another protocol on that port; a loop
            raise NotPrometheus(f"{path} did not answer in HTTP: "
                                f"{_one_line(e.message or repr(e))}") from None
        except aiohttp.ClientPayloadError as e:
            raise Unreachable(f"{path}: the answer broke off: {_one_line(str(e))}") from None
        except aiohttp.ClientError as e:
            raise Unreachable(_one_line(str(e)) or type(e).__name__) from None
        status, content_type, text, redirect = answer
        try:
            body = json.loads(text)
        except ValueError:
            body = _NOT_JSON
        if body is _NOT_JSON or envelope and not (isinstance(body, dict) and "status" in body):
            # a login page, a proxy's error page: say what came back, in one line
            kind = _one_line(content_type or "no Content-Type")
            moved = f", redirected to {_one_line(redirect)}" if redirect else ""
            raise NotPrometheus(
                f"{path} answered HTTP {status} ({kind}, {len(text):,} bytes{moved}), not the "
                f"JSON of {server}'s {api}: is this the URL of {server} (or of a proxy that "
                "needs credentials)?",
                status, content_type)
        return status, body

    async def _fetch(self, session: aiohttp.ClientSession, method: str, url: str,
                     params: dict[str, str], path: str) -> tuple[int, str | None, bytes, str]:
        """(status, content type, body, where it was redirected to or "") of one request,
        reading at most max_bytes of the body."""
        get = method == "GET"  # a GET sends the parameters in the URL, a POST in the body
        async with session.request(method, url, headers={"Accept": "application/json"},
                                   params=params if get else None,
                                   data=None if get else params) as response:
            content_type = response.headers.get("Content-Type")
            text = bytearray()
            if (response.content_length or 0) <= self.max_bytes:
                async for piece in response.content.iter_chunked(64 * 1024):
                    text += piece
                    if len(text) > self.max_bytes:
                        break
            if (response.content_length or 0) > self.max_bytes or len(text) > self.max_bytes:
                raise AnswerTooLarge(
                    f"{path} answered more than {_size(self.max_bytes)} (HTTP "
                    f"{response.status}, {_one_line(content_type or 'no Content-Type')})")
            redirect = ""
            if response.history:
                redirect = str(response.url)
            elif 300 <= response.status < 400:  # a redirect not followed
                redirect = response.headers.get("Location", "")
            return response.status, content_type, bytes(text), redirect


_NOT_JSON = object()


def _check_alerts(alerts: Any, receivers: bool = False) -> None:
    """TypeError (or KeyError) unless ``alerts`` is a list of alerts, each with an object of
    labels and, with ``receivers``, a list of receivers that have a name."""
    if not isinstance(alerts, list):
        raise TypeError(f"a {type(alerts).__name__}, not a list")
    for a in alerts:
        if not isinstance(a["labels"], dict):
            raise TypeError(f"labels that are a {type(a['labels']).__name__}")
        if receivers and not all(isinstance(r["name"], str) for r in a.get("receivers", [])):
            raise TypeError("a receiver's name that is not a string")


def _size(n: int) -> str:
    return f"{n / MiB:g} MiB" if n >= MiB else f"{n:,} bytes"


def _labels(metric: dict) -> tuple:
    return tuple(sorted((str(k), str(v)) for k, v in metric.items() if k != "__name__"))


def _not(what: str, e: Exception) -> str:
    """Why an answer with status success is not ``what``: the exception reading it raised."""
    return f"not {what}: {type(e).__name__}: {_one_line(str(e))}"


def _one_line(text: str, limit: int = 200) -> str:
    """What a server sent, for an error message of one line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
