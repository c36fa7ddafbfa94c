"""The firing alerts the status page shows: what a Prometheus that cannot be asked, or that
answers badly, does to the view (the real Prometheus and Alertmanager are in
integration/test_stack.py)."""

import asyncio
import contextlib
import socket

import aiohttp
from aiohttp import web

from llm_exporter.config import AlertingConfig
from llm_exporter.sidecar.web.firing import FiringAlerts


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.asynccontextmanager
async def stand_in(routes: dict):
    """A local server answering ``routes`` (path: handler, any method); yields its URL."""
    app = web.Application()
    for path, handler in routes.items():
        app.router.add_route("*", path, handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
    finally:
        await runner.cleanup()


async def ask(firing: FiringAlerts) -> bool:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
        return await firing.refresh(session)


def test_a_prometheus_that_does_not_answer_is_an_error_on_the_page_not_a_crash():
    firing = FiringAlerts(AlertingConfig(prometheus_url=f"http://127.0.0.1:{closed_port()}"),
                          clock=lambda: 100.0)
    assert not asyncio.run(ask(firing))
    view = firing.view()
    assert view["alerts"] == [] and view["updated_at"] is None
    assert view["error"].startswith(firing.prometheus_url)


def test_alerts_without_alertmanagers_are_shown_without_receivers_and_the_error_says_why():
    async def main():
        async def alerts(request):
            return web.json_response({"status": "success", "data": {"alerts": [
                {"labels": {"alertname": "LLMLatencyP99High", "severity": "warning",
                            "gen_ai_request_model": "gpt-4o"}, "state": "firing",
                 "annotations": {"summary": "slow"}, "activeAt": "2026-12-02T10:00:00Z"},
                {"labels": {"alertname": "LLMErrorBudgetBurn", "severity": "critical"},
                 "state": "firing", "activeAt": "2026-12-02T10:01:00Z"},
                {"labels": {"alertname": "LLMCostSpike", "severity": "warning"},
                 "state": "pending"}]}})

        async def alertmanagers(request):
            return web.json_response({"status": "error", "error": "no"}, status=500)

        async with stand_in({"/api/v1/alerts": alerts,
                             "/api/v1/alertmanagers": alertmanagers}) as url:
            firing = FiringAlerts(AlertingConfig(prometheus_url=url + "/"), clock=lambda: 100.0)
            return await ask(firing), firing.view()

    answered, view = asyncio.run(main())
    assert answered and view["updated_at"] == 100.0
    assert [(a["name"], a["severity"]) for a in view["alerts"]] == [
        ("LLMErrorBudgetBurn", "critical"), ("LLMLatencyP99High", "warning")]  # no pending
    assert view["alerts"][1]["labels"] == {"gen_ai_request_model": "gpt-4o"}
    assert view["alerts"][1]["summary"] == "slow" and view["alerts"][1]["receivers"] == []
    assert view["error"].startswith("alertmanagers: HTTP 500")


def test_the_models_that_missed_their_objectives_are_listed_and_a_failed_query_is_an_error():
    """The fit check's four queries (its figures against a real Prometheus are in
    integration/test_fit.py): a model whose calls 60 % take over 10.24 s is listed with the
    override that fits it; a Prometheus that refuses the queries is an error on the page."""
    model = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "o4-mini"}

    def vector(*series):
        return web.json_response({"status": "success", "data": {
            "resultType": "vector", "result": [
                {"metric": dict(model, **labels), "value": [100, str(v)]}
                for labels, v in series]}})

    async def query(request):
        expr = (await request.post()).get("query") or request.query["query"]
        if "time_to_first_chunk" in expr:  # not streamed
            return vector()
        if "le)" in expr:  # with a bucket whose le is no number, and one without: skipped
            return vector(({"le": "10.24"}, 400), ({"le": "20.48"}, 990), ({"le": "40.96"}, 1000),
                          ({"le": "+Inf"}, 1000), ({"le": "fast"}, 7), ({}, 3))
        if 'error_type!=""' in expr:
            return vector()
        return vector(({}, 1000))

    async def refused(request):
        return web.json_response({"status": "error", "error": "no"}, status=503)

    async def main(refuse: bool):
        async with stand_in({"/api/v1/query": refused if refuse else query}) as url:
            firing = FiringAlerts(AlertingConfig(prometheus_url=url), clock=lambda: 100.0)
            async with aiohttp.ClientSession() as session:
                await firing.refresh_fit(session)
            return firing.view()

    view = asyncio.run(main(refuse=False))
    assert view["fit_error"] == "" and len(view["misfits"]) == 1
    assert view["misfits"][0].startswith(
        "openai/o4-mini: 60.0% of successful calls took over 10.24 s over the past 7d")
    assert view["misfits"][0].endswith("latency_seconds: 20.48")
    view = asyncio.run(main(refuse=True))
    assert view["misfits"] == [] and view["fit_error"].startswith("objective fit: ")
