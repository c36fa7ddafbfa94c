"""Budgets: the gauge, local rolling windows on an injected clock, the Prometheus source and
its fallback. The two-sidecar case with a real Prometheus is in integration/test_budgets.py."""

import asyncio

import aiohttp
from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest

from llm_exporter.config import Budget, SpendConfig
from llm_exporter.sidecar.budgets import Budgets

HOUR = 3600.0


class Clock:
    def __init__(self, now: float = 1_000_000 * HOUR):
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_budgets_are_a_gauge():
    budgets = Budgets((Budget("acme", daily_usd=50, monthly_usd=1000),
                       Budget("globex", monthly_usd=10)))
    registry = CollectorRegistry()
    registry.register(budgets)
    text = generate_latest(registry).decode()
    assert 'llm_budget_usd{tenant="acme",window="1d"} 50.0' in text
    assert 'llm_budget_usd{tenant="acme",window="30d"} 1000.0' in text
    assert 'llm_budget_usd{tenant="globex",window="30d"} 10.0' in text
    assert "budget_queries" not in text  # no Prometheus source configured


def test_daily_budget_is_a_rolling_24_hours_and_the_limit_itself_refuses():
    clock = Clock()
    budgets = Budgets((Budget("acme", daily_usd=1.0),), clock=clock)
    budgets.record("acme", 0.6)
    assert budgets.exceeded("acme") is None
    clock.now += 12 * HOUR
    budgets.record("acme", 0.4)  # exactly the budget: spent, refused
    assert "daily budget" in budgets.exceeded("acme") and "local spend" in budgets.exceeded("acme")
    clock.now += 12.5 * HOUR  # the first 0.6 is now more than a day old
    assert budgets.exceeded("acme") is None
    assert budgets.spent("acme", "1d") == 0.4


def test_monthly_budget_counts_30_days_not_the_current_hour():
    clock = Clock()
    budgets = Budgets((Budget("acme", monthly_usd=2.0),), clock=clock)
    for _ in range(10):  # 0.25 every three days
        budgets.record("acme", 0.25)
        clock.now += 72 * HOUR
    assert budgets.spent("acme", "30d") == 2.25  # the first, 30 days old now, fell out
    assert "monthly budget" in budgets.exceeded("acme")
    clock.now += 30 * 24 * HOUR
    assert budgets.exceeded("acme") is None


def test_tenants_without_a_budget_are_never_refused_nor_tracked():
    budgets = Budgets((Budget("acme", daily_usd=1.0),))
    budgets.record("globex", 1e6)
    assert budgets.exceeded("globex") is None and budgets.exceeded("") is None
    assert "globex" not in budgets.hours


async def _prometheus_stub(answer):
    """A local HTTP server answering /api/v1/query as Prometheus does (or not at all)."""
    seen = []

    async def query(request):
        seen.append(request.query["query"])
        status, body = answer(request.query["query"])
        return web.json_response(body, status=status)

    app = web.Application()
    app.router.add_get("/api/v1/query", query)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}", seen


def _vector(tenant_values):
    return {"status": "success", "data": {"resultType": "vector", "result": [
        {"metric": {"tenant": t}, "value": [0, str(v)]} for t, v in tenant_values.items()]}}


def test_prometheus_spend_plus_own_spend_since_then_then_fallback_when_stale():
    async def main():
        fleet = {"1d": {"acme": 0.9}, "30d": {"acme": 0.9}}
        up = [True]

        def answer(query):
            if not up[0]:
                return 503, {"status": "error", "error": "down"}
            return 200, _vector(fleet["30d" if "[30d]" in query else "1d"])

        runner, url, seen = await _prometheus_stub(answer)
        clock = Clock()
        budgets = Budgets((Budget("acme", daily_usd=1.0),),
                          SpendConfig(prometheus_url=url, max_staleness=60.0),
                          selector='job="llm-exporter"', clock=clock)
        async with aiohttp.ClientSession() as session:
            assert budgets.source() == "local"
            assert await budgets.refresh(session)
            assert seen[0] == ('sum by (tenant) (increase(llm_cost_usd_total'
                               '{job="llm-exporter"}[1d]))')
            assert budgets.source() == "prometheus" and budgets.exceeded("acme") is None
            budgets.record("acme", 0.1)  # this sidecar's own spend since the answer counts
            assert budgets.spent("acme", "1d") == 0.9 + 0.1
            assert "prometheus spend" in budgets.exceeded("acme")
            fleet["1d"]["acme"] = 1.0  # the next answer includes that 0.1: not counted twice
            assert await budgets.refresh(session)
            assert budgets.spent("acme", "1d") == 1.0
            up[0] = False
            clock.now += 30
            assert not await budgets.refresh(session)
            assert budgets.source() == "prometheus"  # within max_staleness: last answer holds
            clock.now += 31
            assert not await budgets.refresh(session)
            assert budgets.source() == "local"  # stale: this sidecar's own spend only
            assert budgets.spent("acme", "1d") == 0.1
            assert budgets.queries == {"success": 2, "failure": 2}
        await runner.cleanup()

    asyncio.run(main())


def test_unreachable_prometheus_falls_back_to_local_spend():
    async def main():
        budgets = Budgets((Budget("acme", daily_usd=1.0),),
                          SpendConfig(prometheus_url="http://127.0.0.1:9"))
        budgets.record("acme", 1.5)
        async with aiohttp.ClientSession() as session:
            assert not await budgets.refresh(session)
        assert budgets.source() == "local" and "local spend" in budgets.exceeded("acme")
        assert budgets.since_remote["acme"] == 1.5  # kept for when Prometheus answers

    asyncio.run(main())


def test_own_spend_between_answers_adds_up_and_survives_a_failed_refresh(caplog):
    async def main():
        up = [True]

        def answer(query):
            if not up[0]:
                return 500, {"status": "error", "errorType": "execution",
                             "error": "query timed out"}
            return 200, _vector({"acme": 0.5})  # globex has spent nothing fleet-wide yet

        runner, url, _ = await _prometheus_stub(answer)
        clock = Clock()
        budgets = Budgets((Budget("acme", daily_usd=10.0), Budget("globex", daily_usd=10.0)),
                          SpendConfig(prometheus_url=url + "/", max_staleness=60.0),
                          clock=clock)
        async with aiohttp.ClientSession() as session:
            assert await budgets.refresh(session)  # a trailing slash in the URL is fine
            for _ in range(3):
                budgets.record("acme", 0.25)
                budgets.record("globex", 0.5)
            assert budgets.spent("acme", "1d") == 0.5 + 0.75  # every record, not the last
            assert budgets.spent("globex", "1d") == 1.5  # absent from the answer: 0 + own
            up[0] = False
            clock.now += 60  # exactly max_staleness: the last answer still holds
            assert not await budgets.refresh(session)
            assert budgets.source() == "prometheus"
            budgets.record("acme", 0.25)
            # what the failed refresh did not cover is still counted, all of it
            assert budgets.spent("acme", "1d") == 0.5 + 1.0
            clock.now += 1
            assert not await budgets.refresh(session)
            assert budgets.source() == "local"
        await runner.cleanup()

    import logging
    caplog.set_level(logging.WARNING, logger="llm_exporter.sidecar.budgets")
    asyncio.run(main())
    # said once it matters (the spend is local now), with Prometheus's own words
    (warning,) = [r.getMessage() for r in caplog.records]
    assert "unavailable (HTTP 500: query timed out): enforcing on this sidecar's own spend" \
        in warning
