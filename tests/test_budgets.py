"""Budgets: the gauge, local rolling windows on an injected clock, the Prometheus source and
its fallback. The two-sidecar case with a real Prometheus is in integration/test_budgets.py."""

import asyncio

import aiohttp
from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest

from llm_exporter.config import Budget, SpendConfig
from llm_exporter.sidecar.sinks.budgets import Budgets

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
    """A local HTTP server answering /api/v1/query with ``answer(query)``: a status and a
    body, JSON-encoded unless it is already text."""
    seen = []

    async def query(request):
        seen.append(request.query["query"])
        status, body = answer(request.query["query"])
        if isinstance(body, str):
            return web.Response(status=status, text=body, content_type="application/json")
        return web.json_response(body, status=status)

    runner, url = await _serve_query(query)
    return runner, url, seen


async def _serve_query(handler):
    """A local HTTP server whose /api/v1/query is ``handler``; its runner and URL."""
    app = web.Application()
    app.router.add_get("/api/v1/query", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}"


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
            series = 'llm_cost_usd_total{job="llm-exporter"}'
            born = (f"(min_over_time({series}[1d]) unless present_over_time({series}[1h] "
                    f"offset 1d))")
            assert seen[0] == (f"sum by (tenant) (\n  increase({series}[1d]) + {born}\n"
                               f"  or increase({series}[1d])\n  or {born}\n)")
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
    caplog.set_level(logging.WARNING, logger="llm_exporter.sidecar.sinks.budgets")
    asyncio.run(main())
    # said once it matters (the spend is local now), with Prometheus's own words
    (warning,) = [r.getMessage() for r in caplog.records]
    assert "unavailable (HTTP 500: query timed out): enforcing on this sidecar's own spend" \
        in warning


def _in_turn(answers):
    """Each (status, body) of ``answers`` in turn, the last one from then on."""
    asked = []

    def answer(query):
        asked.append(query)
        return answers[min(len(asked), len(answers)) - 1]
    return answer


def test_each_kind_of_bad_prometheus_answer_is_a_failed_refresh_that_says_why(caplog):
    """What the log says for each answer that is not a spend: the HTTP status and
    Prometheus's error when it gave one, its error on a 200, else "query failed"; a body
    that is not a vector is a failure too. None of them raises."""
    import json
    import logging

    answers = [
        (502, "<html>Bad Gateway</html>"),  # a proxy's page, not Prometheus's JSON
        (422, json.dumps({"status": "error", "errorType": "execution", "error": "bad_data"})),
        (200, json.dumps({"status": "error", "error": "parse error at char 3"})),
        (200, json.dumps({"status": "warning"})),
        (200, json.dumps({"status": "success", "data": {}})),  # no result
        (200, json.dumps({"status": "success", "data": {"result": [
            {"metric": {"tenant": "acme"}, "value": [0, "many"]}]}})),  # not a number
        (200, json.dumps({"status": "success", "data": None})),
        (200, json.dumps({"status": "success", "data": {"result": [1]}})),
        (200, json.dumps({"status": "success", "data": {"result": [{"metric": {}}]}})),
        (200, json.dumps({"status": "success", "data": {"result": [
            {"metric": [], "value": [0, "1"]}]}})),
        (200, json.dumps({"status": "success", "data": {"result": [
            {"metric": {}, "value": [0]}]}})),
    ]
    caplog.set_level(logging.WARNING, logger="llm_exporter.sidecar.sinks.budgets")

    async def main():
        runner, url, seen = await _prometheus_stub(_in_turn(answers))
        budgets = Budgets((Budget("acme", daily_usd=1.0),), SpendConfig(prometheus_url=url))
        budgets.record("acme", 0.5)
        async with aiohttp.ClientSession() as session:
            for _ in answers:
                assert not await budgets.refresh(session)
        await runner.cleanup()
        return budgets, seen

    budgets, seen = asyncio.run(main())
    assert len(seen) == len(answers)  # the 1d query failed each time: 30d never asked
    assert budgets.queries == {"success": 0, "failure": len(answers)}
    assert budgets.source() == "local" and budgets.since_remote["acme"] == 0.5
    reasons = [r.getMessage().split(" unavailable (")[1].split("): ")[0]
               for r in caplog.records]
    assert reasons[:4] == ["HTTP 502", "HTTP 422: bad_data", "parse error at char 3",
                           "query failed"]
    assert reasons[4:] == [
        "not an instant vector: KeyError: 'result'",
        "not an instant vector: ValueError: could not convert string to float: 'many'",
        "not an instant vector: TypeError: 'NoneType' object is not subscriptable",
        "not an instant vector: TypeError: 'int' object is not subscriptable",
        "not an instant vector: KeyError: 'value'",
        "not an instant vector: AttributeError: 'list' object has no attribute 'get'",
        "not an instant vector: IndexError: list index out of range"]


def test_a_series_without_a_tenant_label_is_the_empty_tenant():

    async def main():
        vector = {"status": "success", "data": {"resultType": "vector", "result": [
            {"metric": {}, "value": [0, "2.5"]},
            {"metric": {"tenant": "acme"}, "value": [0, "1"]}]}}
        runner, url, seen = await _prometheus_stub(lambda query: (200, vector))
        budgets = Budgets((Budget("acme", daily_usd=1.0),), SpendConfig(prometheus_url=url))
        async with aiohttp.ClientSession() as session:
            assert await budgets.refresh(session)
        await runner.cleanup()
        return budgets, seen

    budgets, seen = asyncio.run(main())
    assert [("[1d]" in q, "[30d]" in q) for q in seen] == [(True, False), (False, True)]
    assert budgets.spent("", "1d") == 2.5 and budgets.spent("acme", "30d") == 1.0
    assert "daily budget" in budgets.exceeded("acme")


def test_run_asks_every_refresh_interval_until_cancelled_and_exposes_the_answers():
    import time

    async def main():
        up = [True]
        asked = []  # when each refresh began (its first query)

        def answer(query):
            if "[1d]" in query:
                asked.append(time.monotonic())
            return (200, _vector({"acme": 0.25})) if up[0] else (503, {"status": "error"})

        async def until(condition):  # generous bounds: a busy 2-core machine is slow
            for _ in range(200):
                if condition():
                    return
                await asyncio.sleep(0.05)
            raise AssertionError("run() did not refresh")

        runner, url, seen = await _prometheus_stub(answer)
        budgets = Budgets((Budget("acme", daily_usd=1.0),),
                          SpendConfig(prometheus_url=url, refresh_interval=0.2))
        task = asyncio.create_task(budgets.run())
        await until(lambda: budgets.queries["success"] >= 3)
        up[0] = False
        await until(lambda: budgets.queries["failure"] >= 1)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        assert task.cancelled()
        await runner.cleanup()
        return budgets, seen, asked

    budgets, seen, asked = asyncio.run(main())
    assert len(seen) == 2 * budgets.queries["success"] + budgets.queries["failure"]
    gaps = [b - a for a, b in zip(asked, asked[1:], strict=False)]
    assert min(gaps) >= 0.19, gaps  # it waits refresh_interval between refreshes
    registry = CollectorRegistry()
    registry.register(budgets)
    text = generate_latest(registry).decode()
    assert (f'llm_exporter_budget_queries_total{{result="success"}} '
            f'{float(budgets.queries["success"])}') in text
    assert (f'llm_exporter_budget_queries_total{{result="failure"}} '
            f'{float(budgets.queries["failure"])}') in text


def test_local_spend_older_than_30_days_is_forgotten_not_kept():
    clock = Clock()
    budgets = Budgets((Budget("acme", daily_usd=100.0),), clock=clock)
    for _ in range(24 * 40):  # a call every hour for 40 days
        budgets.record("acme", 0.01)
        clock.now += HOUR
    # the clock is an hour past the last call: 719 of the window's 720 hours hold a call
    assert round(budgets.spent("acme", "30d"), 6) == round(719 * 0.01, 6)
    assert len(budgets.hours["acme"]) == 719  # and nothing older is kept


def test_calls_in_the_same_hour_add_up_and_a_tenant_with_no_calls_has_spent_nothing():
    clock = Clock()
    budgets = Budgets((Budget("acme", daily_usd=1.0), Budget("globex", daily_usd=1.0)),
                      clock=clock)
    assert budgets.exceeded("globex") is None and budgets.spent("globex", "30d") == 0.0
    budgets.record("acme", 0.5)
    clock.now += 1800
    budgets.record("acme", 0.5)  # same hour
    assert budgets.spent("acme", "1d") == 1.0 and budgets.exceeded("acme")


def test_spend_recorded_while_a_failed_query_is_in_flight_is_kept(caplog):
    """The refresh hands the spend so far to the query; a call priced meanwhile must not be
    lost when the query fails (nor when it succeeds: the next answer does not cover it)."""
    import logging

    budgets_ref = []

    def answer(query):
        budgets_ref[0].record("acme", 0.25)  # a call priced while Prometheus thinks
        return 503, {"status": "error", "error": "overloaded"}

    async def main():
        runner, url, _ = await _prometheus_stub(answer)
        budgets = Budgets((Budget("acme", daily_usd=1.0),), SpendConfig(prometheus_url=url))
        budgets_ref.append(budgets)
        budgets.record("acme", 0.5)
        async with aiohttp.ClientSession() as session:
            assert not await budgets.refresh(session)
        await runner.cleanup()
        return budgets, url

    caplog.set_level(logging.WARNING, logger="llm_exporter.sidecar.sinks.budgets")
    budgets, url = asyncio.run(main())
    assert budgets.since_remote["acme"] == 0.75
    (warning,) = [r.getMessage() for r in caplog.records]
    assert warning.startswith(f"budget spend from {url} unavailable (HTTP 503: overloaded)")


def test_the_spend_query_without_a_selector_reads_every_series():
    async def main():
        runner, url, seen = await _prometheus_stub(lambda q: (200, _vector({})))
        budgets = Budgets((Budget("acme", daily_usd=1.0),), SpendConfig(prometheus_url=url))
        async with aiohttp.ClientSession() as session:
            assert await budgets.refresh(session)
        await runner.cleanup()
        return seen

    seen = asyncio.run(main())
    assert len(seen) == 2 and all("llm_cost_usd_total{}" in q and "job" not in q for q in seen)
    assert "[1d]" in seen[0] and "[30d]" in seen[1]


def test_when_prometheus_is_unavailable_the_config_decides():
    async def main():
        clock = Clock()
        out = {}
        for mode in ("local", "open", "closed"):
            budgets = Budgets((Budget("acme", daily_usd=1.0),),
                              SpendConfig(prometheus_url="http://127.0.0.1:9", max_staleness=60.0,
                                          when_unavailable=mode), clock=clock)
            budgets.record("acme", 0.5)  # under the budget on this sidecar's own spend
            async with aiohttp.ClientSession() as session:
                assert not await budgets.refresh(session)
            within = budgets.exceeded("acme")  # the first answer is awaited max_staleness
            clock.now += 61
            out[mode] = (within, budgets.exceeded("acme"), budgets.exceeded("other"))
            clock.now -= 61
            budgets.record("acme", 0.6)
            clock.now += 61
            out[mode] += (budgets.exceeded("acme"),)
            clock.now -= 61
        return out

    out = asyncio.run(main())
    assert out["local"][:3] == (None, None, None) and "local spend" in out["local"][3]
    assert out["open"] == (None, None, None, None)  # over on its own spend, and forwarded
    assert out["closed"][0] is None and out["closed"][2] is None  # no budget: no refusal
    assert "spend is unknown" in out["closed"][1] and "when_unavailable: closed" in out["closed"][1]
    assert "spend is unknown" in out["closed"][3]


def test_run_gives_up_on_a_prometheus_that_never_answers():
    """A hung Prometheus is a failed refresh after max(refresh_interval, 1 s), not a loop
    stuck waiting (aiohttp's own default is five minutes)."""
    async def main():
        release = asyncio.Event()

        async def hang(request):
            await release.wait()
            return web.Response()

        runner, url = await _serve_query(hang)
        budgets = Budgets((Budget("acme", daily_usd=1.0),),
                          SpendConfig(prometheus_url=url, refresh_interval=0.1))
        task = asyncio.create_task(budgets.run())
        for _ in range(100):  # 10 s at most, on a busy machine
            await asyncio.sleep(0.1)
            if budgets.queries["failure"]:
                break
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        release.set()
        await runner.cleanup()
        return budgets

    budgets = asyncio.run(main())
    assert budgets.queries == {"success": 0, "failure": 1}
