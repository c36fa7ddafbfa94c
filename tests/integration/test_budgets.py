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

from conftest import RunningSidecar, loopback_config, value
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
