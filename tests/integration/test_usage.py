"""Usage analytics through the public surface: users and sessions sent by the proxy's
callers (headers and bodies), the SDK wrappers and track(), counted on /metrics and ranked on
/api/v1/top and the status page, with no raw user id in any of them or in the logs."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import logging
import urllib.error
import urllib.request

import anthropic
import openai
import pytest

from llm_exporter.client import Emitter, instrument_openai, track
from llm_exporter.config import ProxyConfig, Upstream, UsageConfig

from conftest import RunningSidecar, loopback_config, value
from fake_provider import FakeProvider

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
