"""The one client of Prometheus's HTTP API (budgets, firing alerts, report, backtest) against
a local aiohttp server that answers as Prometheus does, and as what stands in its place does:
an error page, a login page, a wrong result, too much, nothing at all. The real Prometheus
is in integration/test_report.py, test_backtest.py and test_budgets.py."""

import asyncio
import contextlib
import json
import socket
import time

import aiohttp
import pytest
from aiohttp import web

from llm_exporter import prometheus_api
from llm_exporter.prometheus_api import (
    AnswerTooLarge,
    NotPrometheus,
    PrometheusAPI,
    PrometheusError,
    QueryFailed,
    Timeout,
    UnexpectedResult,
    Unreachable,
)


@contextlib.asynccontextmanager
async def serve(routes: dict):
    """A local HTTP server: {(method, path): handler}; yields its URL."""
    app = web.Application()
    for (method, path), handler in routes.items():
        app.router.add_route(method, path, handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


def answer(body, status: int = 200, content_type: str = "application/json"):
    """A handler that answers ``body`` (JSON-encoded unless it is text) and records each
    request's method and parameters in ``handler.asked``."""
    async def handler(request):
        params = dict(request.query)
        if request.method == "POST":
            params.update(await request.post())
        handler.asked.append((request.method, params))
        text = body if isinstance(body, str) else json.dumps(body)
        return web.Response(status=status, text=text, content_type=content_type)
    handler.asked = []
    return handler


def vector(*series):
    return {"status": "success", "data": {"resultType": "vector", "result": [
        {"metric": labels, "value": [1000, str(value)]} for labels, value in series]}}


def ask(routes, call, **client):
    """``call(api)`` against a server of ``routes``: what it returned, or raised."""
    async def main():
        async with serve(routes) as url, PrometheusAPI(url, **client) as api:
            return await call(api)
    return asyncio.run(main())


def fails(routes, call, **client) -> PrometheusError:
    with pytest.raises(PrometheusError) as raised:
        ask(routes, call, **client)
    return raised.value


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- answers

def test_an_instant_query_by_label_pairs_by_one_label_and_as_a_scalar():
    handler = answer(vector(({"__name__": "x", "tenant": "acme", "job": "j"}, 1.5),
                            ({}, "NaN")))
    got = ask({("*", "/api/v1/query"): handler}, lambda api: api.query("up", at=1000.25))
    assert got[(("job", "j"), ("tenant", "acme"))] == 1.5 and got[()] != got[()]  # NaN
    assert handler.asked == [("GET", {"query": "up", "time": "1000.250"})]
    by = ask({("*", "/api/v1/query"): handler}, lambda api: api.query("up", by="tenant"))
    assert list(by) == ["acme", ""]  # the label's value; "" without it
    assert handler.asked[-1] == ("GET", {"query": "up"})  # no time: Prometheus's now
    scalar = answer({"status": "success", "data": {"resultType": "scalar",
                                                   "result": [1000, "42"]}})
    assert ask({("*", "/api/v1/query"): scalar}, lambda api: api.query("42")) == {(): 42.0}


def test_a_long_query_is_posted_and_a_trailing_slash_in_the_url_is_fine():
    handler = answer(vector(({}, 1)))
    long = "sum(up{job=~\"" + "a|" * 3000 + "b\"})"

    async def main():
        async with serve({("*", "/api/v1/query"): handler}) as url:
            return await PrometheusAPI(url + "/").query(long)  # a session for the call

    assert asyncio.run(main()) == {(): 1.0}
    assert handler.asked == [("POST", {"query": long})]


def test_a_range_query_is_split_into_what_prometheus_accepts(monkeypatch):
    monkeypatch.setattr(prometheus_api, "MAX_POINTS", 3)

    async def matrix(request):
        start, end, step = (float(request.query[k]) for k in ("start", "end", "step"))
        matrix.asked.append((start, end))
        times = [start + i * step for i in range(int((end - start) / step) + 1)]
        return web.json_response({"status": "success", "data": {"resultType": "matrix",
                                  "result": [{"metric": {"m": "a"},
                                              "values": [[t, str(t / 10)] for t in times]}]}})
    matrix.asked = []
    got = ask({("*", "/api/v1/query_range"): matrix},
              lambda api: api.query_range("x", 0, 70, 10))
    assert matrix.asked == [(0, 20), (30, 50), (60, 70)]
    assert got == {(("m", "a"),): {float(t): t / 10 for t in range(0, 80, 10)}}


def test_alerts_alertmanagers_and_an_alertmanagers_alerts():
    async def main():
        am = [{"labels": {"alertname": "A"}, "receivers": [{"name": "pager"}]}]
        async with serve({("GET", "/api/v2/alerts"): answer(am)}) as am_url:
            routes = {
                ("GET", "/api/v1/alerts"): answer({"status": "success", "data": {"alerts": [
                    {"labels": {"alertname": "A"}, "state": "firing"}]}}),
                ("GET", "/api/v1/alertmanagers"): answer({"status": "success", "data": {
                    "activeAlertmanagers": [{"url": f"{am_url}/api/v2/alerts"}],
                    "droppedAlertmanagers": []}})}
            async with serve(routes) as url, PrometheusAPI(url) as api:
                alerts = await api.alerts()
                (where,) = await api.alertmanagers()
                return alerts, where, await api.alertmanager_alerts(where)

    alerts, where, routed = asyncio.run(main())
    assert alerts == [{"labels": {"alertname": "A"}, "state": "firing"}]
    assert where.endswith("/api/v2/alerts")
    assert routed == [{"labels": {"alertname": "A"}, "receivers": [{"name": "pager"}]}]


# -- errors, each its kind and why

def test_an_error_status_says_why_in_prometheuss_words():
    bad = answer({"status": "error", "errorType": "bad_data", "error": "1:4: parse error"},
                 status=400)
    e = fails({("*", "/api/v1/query"): bad}, lambda api: api.query("up{"))
    assert type(e) is QueryFailed and str(e) == "HTTP 400: 1:4: parse error"
    assert (e.status, e.error_type, e.error, e.query) == (400, "bad_data", "1:4: parse error",
                                                          "up{")
    # an error in a 200, and an error that says nothing
    ok_but = answer({"status": "error", "error": "too many samples"})
    assert str(fails({("*", "/api/v1/query"): ok_but}, lambda api: api.query("x"))) == \
        "too many samples"
    silent = answer({"status": "error"}, status=503)
    assert str(fails({("*", "/api/v1/query"): silent}, lambda api: api.query("x"))) == "HTTP 503"
    odd = answer({"status": "warning"})
    assert str(fails({("*", "/api/v1/query"): odd}, lambda api: api.query("x"))) == \
        "query failed"


@pytest.mark.parametrize("status", [200, 401, 502])
def test_an_html_page_is_not_prometheus_with_its_status_and_content_type(status):
    page = answer("<!doctype html><title>Sign in</title>\n<form></form>", status,
                  "text/html")
    e = fails({("*", "/api/v1/query"): page}, lambda api: api.query("up"))
    assert type(e) is NotPrometheus and (e.status, e.content_type) == \
        (status, "text/html; charset=utf-8")
    assert str(e) == (f"/api/v1/query answered HTTP {status} (text/html; charset=utf-8, 51 "
                      "bytes), not the JSON of Prometheus's query API: is this the URL of "
                      "Prometheus (or of a proxy that needs credentials)?")
    # something else's JSON is not Prometheus's either
    other = answer(["not", "the", "query", "API"])
    assert type(fails({("*", "/api/v1/query"): other}, lambda api: api.query("up"))) is \
        NotPrometheus


def test_a_redirect_to_a_login_page_says_where_it_went():
    async def redirect(request):
        raise web.HTTPFound("/login")

    e = fails({("*", "/api/v1/query"): redirect,
               ("GET", "/login"): answer("<html>Sign in</html>", 200, "text/html")},
              lambda api: api.query("up"))
    assert type(e) is NotPrometheus and e.status == 200
    assert "/api/v1/query answered HTTP 200 (text/html; charset=utf-8, 20 bytes, " \
           "redirected to http://127.0.0.1:" in str(e) and "/login)" in str(e)


@pytest.mark.parametrize("data, why", [
    ({"resultType": "matrix", "result": []}, "not an instant vector: a matrix"),
    ({"resultType": "string", "result": [0, "x"]}, "not an instant vector: a string"),
    ({}, "not an instant vector: KeyError: 'result'"),
    (None, "not an instant vector: TypeError: 'NoneType' object is not subscriptable"),
    ({"result": [{"metric": {}}]}, "not an instant vector: KeyError: 'value'"),
    ({"result": [{"metric": {}, "value": [0, "many"]}]},
     "not an instant vector: ValueError: could not convert string to float: 'many'"),
])
def test_a_result_that_is_not_an_instant_vector_says_so(data, why):
    e = fails({("*", "/api/v1/query"): answer({"status": "success", "data": data})},
              lambda api: api.query("x"))
    assert type(e) is UnexpectedResult and str(e) == why


def test_a_result_that_is_not_a_range_vector_says_so():
    e = fails({("*", "/api/v1/query_range"): answer(vector(({}, 1)))},
              lambda api: api.query_range("x", 0, 60, 60))
    assert type(e) is UnexpectedResult and str(e) == "not a range vector: a vector"
    bad = answer({"status": "success", "data": {"resultType": "matrix",
                                                "result": [{"metric": {}, "values": 3}]}})
    e = fails({("*", "/api/v1/query_range"): bad}, lambda api: api.query_range("x", 0, 60, 60))
    assert str(e) == "not a range vector: TypeError: 'int' object is not iterable"


def test_alerts_that_are_not_alerts_say_so():
    no_labels = answer({"status": "success", "data": {"alerts": [{"labels": ["a"]}]}})
    e = fails({("GET", "/api/v1/alerts"): no_labels}, lambda api: api.alerts())
    assert type(e) is UnexpectedResult and str(e) == \
        "not a list of alerts: TypeError: labels that are a list"
    e = fails({("GET", "/api/v1/alertmanagers"): answer({"status": "success", "data": {}})},
              lambda api: api.alertmanagers())
    assert str(e) == "not a list of Alertmanagers: KeyError: 'activeAlertmanagers'"


def test_an_alertmanagers_error_and_its_page():
    async def main(handler):
        async with serve({("GET", "/api/v2/alerts"): handler}) as url:
            with pytest.raises(PrometheusError) as raised:
                await PrometheusAPI("http://unused").alertmanager_alerts(f"{url}/api/v2/alerts")
            return raised.value

    e = asyncio.run(main(answer('"bad matcher"', 400)))  # Alertmanager: a JSON string
    assert type(e) is QueryFailed and str(e) == "HTTP 400: bad matcher"
    e = asyncio.run(main(answer("<html>oops</html>", 500, "text/html")))
    assert type(e) is NotPrometheus and "not the JSON of Alertmanager's API" in str(e)
    e = asyncio.run(main(answer([{"labels": {}, "receivers": [{}]}])))
    assert type(e) is UnexpectedResult and str(e) == "not a list of alerts: KeyError: 'name'"


def test_an_answer_over_the_limit_is_an_error_whether_its_length_is_said_or_not():
    async def streamed(request):  # chunked: no Content-Length to go by
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        await response.prepare(request)
        for _ in range(64):
            await response.write(b" " * 1024)
        await response.write(json.dumps(vector(({}, 1))).encode())
        return response

    big = answer(json.dumps(vector(({}, 1))) + " " * 5000)
    for handler in (big, streamed):
        e = fails({("*", "/api/v1/query"): handler}, lambda api: api.query("x"),
                  max_bytes=4096)
        assert type(e) is AnswerTooLarge
        assert str(e).startswith("/api/v1/query answered more than 4,096 bytes (HTTP 200, "
                                 "application/json")
    # the same answers within the limit are answers
    assert ask({("*", "/api/v1/query"): streamed}, lambda api: api.query("x"),
               max_bytes=128 * 1024) == {(): 1.0}


def test_a_hung_server_is_a_timeout_before_headers_and_mid_answer():
    release: list[asyncio.Event] = []

    async def hang(request):
        await release[0].wait()
        return web.Response()

    async def stall(request):  # headers, part of the body, then nothing
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.content_length = 1000
        await response.prepare(request)
        await response.write(b'{"status": ')
        await release[0].wait()
        return response

    async def main(handler):
        release[:] = [asyncio.Event()]  # of this event loop
        async with serve({("*", "/api/v1/query"): handler}) as url:
            started = time.monotonic()
            with pytest.raises(PrometheusError) as raised:
                await PrometheusAPI(url, timeout=0.3).query("x")
            took = time.monotonic() - started
            release[0].set()
            return raised.value, took

    for handler in (hang, stall):
        e, took = asyncio.run(main(handler))
        assert type(e) is Timeout and str(e) == "/api/v1/query: no answer within 0.3 s"
        assert took < 5  # a busy machine; aiohttp's own default is five minutes


def test_connection_refused_an_answer_that_breaks_off_and_not_http():
    e = asyncio.run(_raises(PrometheusAPI(f"http://127.0.0.1:{closed_port()}").query("x")))
    assert type(e) is Unreachable and "Cannot connect to host 127.0.0.1" in str(e)

    async def cut(request):  # promises 1000 bytes, sends 11, hangs up
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.content_length = 1000
        await response.prepare(request)
        await response.write(b'{"status": ')
        request.transport.close()
        return response

    e = fails({("*", "/api/v1/query"): cut}, lambda api: api.query("x"))
    assert type(e) is Unreachable

    async def not_http():  # another protocol on that port
        async def greet(reader, writer):
            writer.write(b"SSH-2.0-OpenSSH_9.2\r\n")
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(greet, "127.0.0.1", 0)
        async with server:
            port = server.sockets[0].getsockname()[1]
            return await _raises(PrometheusAPI(f"http://127.0.0.1:{port}").query("x"))

    e = asyncio.run(not_http())
    assert type(e) is NotPrometheus and "\n" not in str(e)
    assert str(e).startswith("/api/v1/query did not answer in HTTP: ")


@pytest.mark.parametrize("url", ["localhost:9090", "ftp://prometheus", "http://[::1"])
def test_a_url_that_is_not_http_says_so(url):
    e = asyncio.run(_raises(PrometheusAPI(url).query("x")))
    assert type(e) is NotPrometheus and str(e).startswith("not an http(s) URL: ")


async def _raises(call) -> PrometheusError:
    with pytest.raises(PrometheusError) as raised:
        await call
    return raised.value


# -- sessions

def test_async_with_opens_and_closes_its_own_session_but_not_one_it_was_given():
    async def main():
        handler = answer(vector(({}, 1)))
        async with serve({("*", "/api/v1/query"): handler}) as url:
            api = PrometheusAPI(url)
            async with api:
                session = api.session
                async with api:  # nested: the same session, still open after
                    await api.query("x")
                assert api.session is session and not session.closed
            assert session.closed and api.session is None
            async with aiohttp.ClientSession() as given:
                async with PrometheusAPI(url, session=given) as api:
                    await api.query("x")
                assert not given.closed
        return len(handler.asked)

    assert asyncio.run(main()) == 2
