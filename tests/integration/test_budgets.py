"""Budget enforcement across sidecars, with a real Prometheus: the sidecar that refuses is not
the one that spent. Its own share is zero; the fleet's sum, as the budget alert sees it, is
over the budget. Without Prometheus, enforcement falls back to the sidecar's own spend."""

from __future__ import annotations

import dataclasses
import json
import socket
import time

import openai
import pytest

from llm_exporter.config import Budget, ProxyConfig, SpendConfig, Upstream

from conftest import RunningSidecar, loopback_config, samples, value
from fake_provider import FakeProvider
from integration.conftest import Prometheus

BUDGET = Budget("acme", daily_usd=1.0)


@pytest.fixture(scope="module")
def fake():
    provider = FakeProvider()
    yield provider
    provider.close()


def send(sidecar: RunningSidecar, **fields) -> None:
    event = {"type": "llm_call", "provider": "openai", "model": "gpt-4o", "duration_s": 0.2,
             "tenant": "acme", **fields}
    host, port = sidecar.address("udp").removeprefix("udp:").rsplit(":", 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(json.dumps(event).encode(), (host, int(port)))


def proxied_sidecar(tmp_path, name, fake, spend: SpendConfig) -> RunningSidecar:
    config = dataclasses.replace(
        loopback_config(tmp_path / name), budgets=(BUDGET,),
        proxy=ProxyConfig(listen_address="127.0.0.1:0", enforce_budgets=True, spend=spend,
                          upstreams=(Upstream("openai", fake.url + "/v1"),)))
    return RunningSidecar(config)


def call(sidecar: RunningSidecar):
    client = openai.OpenAI(base_url=f"http://{sidecar.sidecar.proxy.address}/openai",
                           api_key="k", max_retries=0)
    return client.chat.completions.create(model="gpt-4o", messages=[],
                                          extra_headers={"X-LLM-Tenant": "acme"})


def wait(predicate, timeout: float = 20.0, what: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_the_second_sidecar_refuses_once_the_fleet_sum_passes_the_budget(tmp_path, fake):
    for d in ("spender", "guard", "local", "prom"):
        (tmp_path / d).mkdir()
    spender = RunningSidecar(dataclasses.replace(loopback_config(tmp_path / "spender"),
                                                 budgets=(BUDGET,)))
    prometheus = Prometheus(tmp_path / "prom", [spender.sidecar.web_address])
    guard = proxied_sidecar(tmp_path, "guard", fake, SpendConfig(
        prometheus_url=prometheus.url, refresh_interval=0.5, max_staleness=3.0))
    local = proxied_sidecar(tmp_path, "local", fake, SpendConfig())
    prometheus.set_targets([spender.sidecar.web_address, guard.sidecar.web_address,
                            local.sidecar.web_address])
    try:
        assert call(guard).choices  # nothing spent yet: forwarded
        send(spender, cost_usd=0.0)  # the counter exists at 0 before it grows
        first = f'llm_cost_usd_total{{tenant="acme", instance="{spender.sidecar.web_address}"}}'
        wait(lambda: prometheus.query(first), what="the spender's first scrape")
        send(spender, cost_usd=0.6)
        send(spender, cost_usd=0.6)
        spent = 'sum by (tenant) (increase(llm_cost_usd_total{job="llm-exporter"}[1d]))'
        wait(lambda: [r for r in prometheus.query(spent + " >= 1")
                      if r["metric"]["tenant"] == "acme"], what="the fleet spend in Prometheus")
        # the guard spent ~$0.005 itself; the $1.20 was spent elsewhere
        refused = wait(lambda: _refused(guard), what="the guard to refuse")
        assert refused.status_code == 429
        assert refused.body["type"] == "budget_exceeded"
        assert "daily budget" in refused.body["message"]
        assert "prometheus spend" in refused.body["message"]
        assert call(local).choices  # a sidecar on its own spend lets the tenant through

        prometheus.stop()  # unreachable: after max_staleness, the guard's own spend decides
        wait(lambda: not _refused(guard), what="the fallback to local spend")
        text = guard.scrape()
        assert value(text, "llm_exporter_budget_queries_total", result="failure") > 0
        assert value(text, "llm_exporter_budget_queries_total", result="success") > 0
        assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                     gen_ai_request_model="gpt-4o", gen_ai_operation_name="chat",
                     error_type="budget_exceeded", tenant="acme") >= 1
    finally:
        prometheus.stop()
        for sidecar in (spender, guard, local):
            sidecar.stop()


def _refused(sidecar):
    try:
        call(sidecar)
    except openai.RateLimitError as e:
        return e
    return None


def test_a_burst_across_three_proxies_overspends_by_at_most_the_stated_bound(tmp_path, fake):
    """Three proxies enforcing one tenant's $1 daily budget from the fleet's spend (a real
    Prometheus scraping all three every second, each proxy asking every second), each
    forwarding 20 calls a second of $0.00475: what the tenant spent when every proxy refuses,
    against the bound README states: refresh interval plus scrape interval, times the fleet's
    spend rate, plus the calls in flight."""
    import threading

    (tmp_path / "prom").mkdir()
    prometheus = Prometheus(tmp_path / "prom", [])
    refresh, scrape, pace = 1.0, 1.0, 20.0
    proxies = []
    try:
        for k in range(3):
            (tmp_path / f"p{k}").mkdir()
            proxies.append(proxied_sidecar(tmp_path, f"p{k}", fake, SpendConfig(
                prometheus_url=prometheus.url, refresh_interval=refresh, max_staleness=30.0)))
        prometheus.set_targets([p.sidecar.web_address for p in proxies])
        time.sleep(2 * scrape)  # scraped (no calls yet) and asked once
        refused_since: list[float | None] = [None] * 3
        forwarded = [0] * 3
        began = time.monotonic()

        def burst(k: int) -> None:
            while time.monotonic() - began < 60:
                t = time.monotonic()
                if _refused(proxies[k]) is None:
                    forwarded[k] += 1
                    refused_since[k] = None
                elif refused_since[k] is None:
                    refused_since[k] = t
                if all(r is not None and time.monotonic() - r > 3 for r in refused_since):
                    return
                time.sleep(max(0.0, 1 / pace - (time.monotonic() - t)))

        threads = [threading.Thread(target=burst, args=(k,)) for k in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(90)
        assert all(r is not None for r in refused_since), forwarded
        spent = sum(v for p in proxies for (name, labels), v in samples(p.scrape()).items()
                    if name == "llm_cost_usd_total" and ("tenant", "acme") in labels)
        per_call = spent / sum(forwarded)
        lasted = max(refused_since) - began
        rate = sum(forwarded) * per_call / max(min(refused_since) - began, 1e-9)
        bound = (refresh + scrape) * rate + 3 * per_call
        # increase() extrapolates the last scrape's slope to the query's time: in a burst the
        # fleet's view runs ahead of the spend by up to a scrape interval and a half
        early = 1.5 * scrape * rate
        print(f"forwarded {forwarded}, spent ${spent:.3f} of $1 in {lasted:.1f} s at "
              f"${rate:.3f}/s: over by ${spent - 1:.3f}, bound ${bound:.3f}, early ${early:.3f}")
        assert 1.0 - early <= spent <= 1.0 + bound, (spent, bound, early, forwarded)
    finally:
        prometheus.stop()
        for proxy in proxies:
            proxy.stop()
