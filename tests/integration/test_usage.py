"""Usage analytics through the public surface: users and sessions sent by the proxy's
callers (headers and bodies), the SDK wrappers and track(), counted on /metrics and ranked on
/api/v1/top and the status page, with no raw user id in any of them or in the logs."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import logging
import math
import subprocess
import sys
import time
import urllib.error
import urllib.request

import anthropic
import openai
import pytest
import yaml

from llm_exporter.client import Emitter, instrument_openai, track
from llm_exporter.config import AlertingConfig, ProxyConfig, Upstream, UsageConfig
from llm_exporter.mixin.dashboards import build as build_dashboards
from llm_exporter.mixin.rules import build as build_rules
from llm_exporter.sidecar.web import firing

from conftest import RunningSidecar, loopback_config, samples, value
from fake_provider import FakeProvider
from integration.conftest import Prometheus

KEY = b"a key the operator keeps"
USERS = ("alice@example.com", "bob-4711", "carol", "dave+1@example.org")


@pytest.fixture(scope="module")
def fake():
    provider = FakeProvider()
    yield provider
    provider.close()


def kept(user: str) -> str:
    """What the sidecar must keep of a user id: HMAC-SHA256 with the key, 128 bits in hex."""
    return hmac.new(KEY, user.encode(), hashlib.sha256).hexdigest()[:32]


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_users_and_sessions_are_counted_and_ranked_never_shown(tmp_path, fake, caplog):
    key_file = tmp_path / "user-key"
    key_file.write_text(KEY.hex() + "\n")  # key files hold hex
    config = dataclasses.replace(
        loopback_config(tmp_path),
        proxy=ProxyConfig(listen_address="127.0.0.1:0", upstreams=(
            Upstream("openai", fake.url + "/v1"), Upstream("anthropic", fake.url))),
        usage=UsageConfig(user_id_key_file=str(key_file)))
    caplog.set_level(logging.DEBUG)
    running = RunningSidecar(config)
    try:
        proxy = f"http://{running.sidecar.proxy.address}"
        through_proxy = openai.OpenAI(base_url=f"{proxy}/openai", api_key="k", max_retries=0)
        messages = [{"role": "user", "content": "hi"}]
        for session in ("s1", "s2"):  # alice by header, twice per session
            for _ in range(2):
                through_proxy.chat.completions.create(
                    model="gpt-4o", messages=messages,
                    extra_headers={"X-LLM-User": USERS[0], "X-LLM-Session": session,
                                   "X-LLM-Tenant": "acme"})
        through_proxy.chat.completions.create(  # bob by the body's user field
            model="gpt-4o", messages=messages, user=USERS[1],
            extra_headers={"X-LLM-Tenant": "acme"})
        anthropic.Anthropic(base_url=f"{proxy}/anthropic", api_key="k", max_retries=0) \
            .messages.create(model="claude-haiku-4-5", max_tokens=10, messages=messages,
                             metadata={"user_id": USERS[2]},
                             extra_headers={"X-LLM-Tenant": "globex"})
        emitter = Emitter(running.address("udp"))
        wrapped = instrument_openai(openai.OpenAI(base_url=fake.url + "/v1", api_key="k",
                                                  max_retries=0), emitter=emitter,
                                    tenant="acme")
        wrapped.chat.completions.create(model="gpt-4o", messages=messages, user=USERS[3])
        with track(model="gpt-4o", provider="openai", tenant="acme", user=USERS[0],
                   session="s3", emitter=emitter) as call:
            call.usage(input_tokens=10, output_tokens=5)
        assert emitter.flush(5)
        running.wait_for(8)
        running.sidecar.usage._gauges = None
        metrics_text = running.scrape()
        openmetrics = urllib.request.urlopen(urllib.request.Request(
            running.url + "/metrics",
            headers={"Accept": "application/openmetrics-text; version=1.0.0"})).read().decode()
        _, top_json = get(running.url + "/api/v1/top?by=cost&window=1d")
        _, top_tokens = get(running.url + "/api/v1/top?by=tokens&window=1h&tenant=globex")
        _, page = get(running.url + "/")
        bad = [get(running.url + "/api/v1/top?" + q)[0]
               for q in ("by=users", "window=1w", "limit=0", "limit=x")]
    finally:
        running.stop()

    def gauge(name, **labels):
        return value(metrics_text, name, **labels)

    assert gauge("llm_active_users", tenant="acme", window="1h") == 3  # alice, bob, dave
    assert gauge("llm_active_users", tenant="globex", window="1d") == 1
    assert gauge("llm_active_users_all_tenants", window="1d") == 4
    assert gauge("llm_active_sessions", tenant="acme", window="1h") == 3  # s1, s2, s3
    top = json.loads(top_json)
    assert top["user_ids"] == "hmac-sha256"
    ranked = {(u["tenant"], u["user"]) for u in top["users"]}
    assert ranked == {("acme", kept(USERS[0])), ("acme", kept(USERS[1])),
                      ("globex", kept(USERS[2])), ("acme", kept(USERS[3]))}
    alice = next(u for u in top["users"] if u["user"] == kept(USERS[0]))
    bob = next(u for u in top["users"] if u["user"] == kept(USERS[1]))
    assert alice["cost"] > bob["cost"] > 0  # four proxied calls against one
    assert [u["user"] for u in json.loads(top_tokens)["users"]] == [kept(USERS[2])]
    assert kept(USERS[0]) in page
    assert bad == [400, 400, 400, 400]
    logs = "\n".join(r.getMessage() for r in caplog.records  # the sidecar's, at debug level
                     if r.name.startswith("llm_exporter"))
    for user in USERS:
        for where, text in (("/metrics", metrics_text), ("OpenMetrics", openmetrics),
                            ("/api/v1/top", top_json + top_tokens), ("status page", page),
                            ("logs", logs)):
            assert user not in text, (user, where)


def test_three_sidecars_distinct_users_add_up_through_prometheus(tmp_path, monkeypatch):
    """Three sidecars, one Prometheus and the rendered rules: the fleet's distinct users and
    sessions per tenant, window and over all tenants are within the registers' error of the
    exact union, whatever the overlap (none, 30 % on two or three sidecars, all); summing the
    sidecars' own gauges over-counts. The fleet's top spenders are within their bound, on
    the cost dashboard, in the daily report and on a sidecar's status page."""
    monkeypatch.setattr(firing, "REFRESH_SECONDS", 0.5)  # the status page asks every 15 s
    key_file = tmp_path / "user-id.key"
    key_file.write_text(KEY.hex() + "\n")
    (tmp_path / "prometheus").mkdir()
    prometheus = Prometheus(tmp_path / "prometheus", [])
    config = dataclasses.replace(loopback_config(tmp_path, unixgram="", udp=""),
                                 usage=UsageConfig(user_id_key_file=str(key_file)))
    # the first sidecar's status page asks Prometheus
    configs = [dataclasses.replace(config, alerting=AlertingConfig(
        prometheus_url=prometheus.url)), config, config]
    m = config.usage.fleet_registers
    # who calls through which sidecar, per tenant
    seen: list[dict[str, list[str]]] = [{}, {}, {}]
    for k in range(3):
        seen[k]["apart"] = [f"apart-{k}-{i}" for i in range(400)]  # 1,200 in all, no overlap
        seen[k]["all"] = [f"all-{i}" for i in range(300)]  # the same 300 on every sidecar
    # 1,000 users, 30 % of them on two or three sidecars
    for i in range(1000):
        homes = [i % 3] if i % 10 >= 3 else [i % 3, (i + 1) % 3] + ([(i + 2) % 3] if i % 2 else [])
        for k in homes:
            seen[k].setdefault("some", []).append(f"some-{i}")
    truth = {t: len({u for k in range(3) for u in seen[k][t]}) for t in ("apart", "all", "some")}

    def spends(user: str) -> float:  # per call: Zipf-like over the "some" tenant's users
        return 1 / (int(user.rpartition("-")[2]) + 1) if user.startswith("some-") else 0.0

    spent = {}  # the fleet's true spend per user
    for k in range(3):
        for user in seen[k]["some"]:
            spent[user] = spent.get(user, 0.0) + spends(user)
    truth_all = sum(truth.values())

    sidecars = [RunningSidecar(c) for c in configs]
    rules = tmp_path / "rules.yaml"
    rules.write_text(yaml.safe_dump(build_rules(config)))
    try:
        for k, running in enumerate(sidecars):
            events = [{"type": "llm_call", "v": 1, "provider": "openai", "model": "gpt-4o",
                       "duration_s": 0.1, "tenant": tenant, "user": user,
                       "session": f"{user}/session", "cost_usd": spends(user)}
                      for tenant, users in seen[k].items() for user in users]
            request = urllib.request.Request(
                running.url + "/v1/events", data=json.dumps(events).encode(),
                headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=30) as r:
                assert json.loads(r.read())["accepted"] == len(events)
        # the sidecars share this process's interpreter with the test: a scrape may take
        # more than the helper's 1 s timeout on a busy machine, and its series go stale
        targets = json.dumps([r.url.removeprefix("http://") for r in sidecars])
        prometheus.extra_config = f"rule_files: [{rules}]"
        prometheus.scrape_configs = f"""
scrape_configs:
  - job_name: llm-exporter
    scrape_interval: 3s
    scrape_timeout: 3s
    static_configs: [{{targets: {targets}}}]
"""
        prometheus.set_targets([])
        bound = 3 * 1.04 / math.sqrt(m)  # three standard errors: 19.5 % at 256 registers
        deadline = time.monotonic() + 60
        while not (len(prometheus.query("count by (instance) (llm_active_users_hll_register)"))
                   == 3 and all(len(prometheus.query(f"llm:active_{kind}:fleet")) == 6
                                for kind in ("users", "sessions"))):
            assert time.monotonic() < deadline, "no fleet estimate recorded"
            time.sleep(0.5)
        scraped = [samples(get(r.url + "/metrics")[1]) for r in sidecars]
        for kind in ("users", "sessions"):
            fleet = {(r["metric"]["tenant"], r["metric"]["window"]): float(r["value"][1])
                     for r in prometheus.query(f"llm:active_{kind}:fleet")}
            assert set(fleet) == {(t, w) for t in truth for w in ("1h", "1d")}, fleet
            for (tenant, window), estimate in fleet.items():
                union = union_of(scraped, f"llm_active_{kind}_hll_register", m,
                                 tenant=tenant, window=window)
                assert estimate == pytest.approx(hll_estimate(union), rel=1e-9)
                assert abs(estimate / truth[tenant] - 1) <= bound, \
                    (kind, tenant, window, estimate, truth[tenant])
            for r in prometheus.query(f"llm:active_{kind}_all_tenants:fleet"):
                union = union_of(scraped, f"llm_active_{kind}_hll_register", m,
                                 window=r["metric"]["window"])
                assert float(r["value"][1]) == pytest.approx(hll_estimate(union), rel=1e-9)
                assert abs(float(r["value"][1]) / truth_all - 1) <= bound, (kind, r, truth_all)
            summed = {r["metric"]["tenant"]: float(r["value"][1]) for r in prometheus.query(
                f'sum by (tenant) (llm_active_{kind}{{window="1d"}})')}
            # what the sidecars' own gauges give: right without overlap, three times over
            # with it all
            assert abs(summed["apart"] / truth["apart"] - 1) < 0.05, summed
            assert summed["all"] > 2.9 * truth["all"] and summed["some"] > 1.2 * truth["some"]
        # the fleet's top spenders: every figure within the summed bound of the truth, and
        # every user who spent more than the bound listed
        bound_usd = prometheus.scalar(
            'llm:top_spenders_bound_usd:fleet{tenant="some", window="1d"}')
        top = {r["metric"]["user"]: float(r["value"][1])
               for r in prometheus.query(
                   'llm:top_spender_cost_usd:fleet{tenant="some", window="1d"}')}
        by_kept = {kept(user): usd for user, usd in spent.items()}
        assert 0 < bound_usd < 0.5 and len(top) >= 10, (bound_usd, len(top))
        for user, usd in top.items():
            assert abs(usd - by_kept[user]) <= bound_usd + 1e-9, (user, usd, by_kept[user])
        assert {u for u, usd in by_kept.items() if usd > bound_usd} <= set(top)
        true_top = sorted(by_kept, key=by_kept.get, reverse=True)[:3]  # 2, 1.5, 0.67 USD
        fleet_top = [r["metric"]["user"] for r in prometheus.query(
            'topk(3, llm:top_spender_cost_usd:fleet{tenant="some", window="1d"})')]
        assert set(fleet_top) == set(true_top)
        # the cost dashboard's panels read those figures
        shown = {(p["title"], t["legendFormat"]): prometheus.query(
            t["expr"].replace("$tenant", ".*").replace("$job", ".*"))
            for p in build_dashboards(config)["llm-cost.json"]["panels"]
            if p["title"].startswith(("Active users", "Top spenders")) for t in p["targets"]}
        users_panel = "Active users and sessions, last 24h"
        assert abs(float(shown[users_panel, "users, all sidecars"][0]["value"][1]) / truth_all
                   - 1) <= bound
        assert len(shown[users_panel, "users {{instance}}"]) == 3
        assert {r["metric"]["tenant"] for r in shown["Active users by tenant, last hour",
                                                     "{{tenant}}"]} == set(truth)
        table = shown["Top spenders, last 24h, all sidecars", "__auto"]
        assert len(table) == 10 and set(fleet_top) <= {r["metric"]["user"] for r in table}
        assert float(shown["Top spenders' error bound, last 24h",
                           "Top spenders' error bound, last 24h"][0]["value"][1]) \
            == bound_usd  # the largest bound: the tenant that spent
        # and so does the daily report
        out = subprocess.run(
            [sys.executable, "-m", "llm_exporter", "report", "--prometheus", prometheus.url,
             "--period", "1d", "--to", str(time.time()), "--out", str(tmp_path / "r.html"),
             "--json", str(tmp_path / "r.json")], capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        reported = json.loads((tmp_path / "r.json").read_text())["users"]
        assert abs(reported["users"] / truth_all - 1) <= bound
        assert abs(reported["sessions"] / truth_all - 1) <= bound
        assert reported["bound_usd"]["some"] == bound_usd
        assert {u["user"] for u in reported["top_spenders"][:3]} == set(fleet_top)
        for u in reported["top_spenders"]:
            assert abs(u["cost_usd"] - by_kept[u["user"]]) <= bound_usd + 1e-9
        page = (tmp_path / "r.html").read_text()
        assert 'id="top-spenders"' in page and fleet_top[0] in page
        series = prometheus.query("count by (instance) (llm_active_users_hll_register)")
        assert len(series) == 3 and all(float(s["value"][1]) <= 3 * 2 * m for s in series)
        # and so does the status page of a sidecar that knows Prometheus
        deadline = time.monotonic() + 10
        while 'id="fleet-top-spenders"' not in (page := get(sidecars[0].url + "/")[1]):
            assert time.monotonic() < deadline, "no fleet top spenders on the status page"
            time.sleep(0.5)
        assert all(user in page for user in fleet_top)
        assert 'id="fleet-top-spenders"' not in get(sidecars[1].url + "/")[1]
    finally:
        prometheus.stop()
        for running in sidecars:
            running.stop()


def union_of(scraped: list[dict], name: str, m: int, **match: str) -> list[int]:
    """The registers of the union of sidecars: each one's largest value on any of them."""
    union = [0] * m
    for metrics in scraped:
        for (sample, labels), v in metrics.items():
            d = dict(labels)
            if sample == name and all(d[k] == want for k, want in match.items()):
                union[int(d["register"])] = max(union[int(d["register"])], int(v))
    return union


def hll_estimate(registers: list[int]) -> float:
    """HyperLogLog's estimate (Flajolet et al. 2007, without the large-range correction a
    64-bit hash does not need), written out here to check the recording rules' PromQL."""
    m = len(registers)
    raw = 0.7213 / (1 + 1.079 / m) * m * m / sum(2.0 ** -r for r in registers)
    zeros = registers.count(0)
    return m * math.log(m / zeros) if raw <= 2.5 * m and zeros else raw
