"""Every shipped rule and dashboard expression that has data when the sidecar's proxy sees an
app's calls has data when an OpenTelemetry instrumentation reports the same calls instead.

The same driver (``test_otel_libraries.DRIVER``: the real ``openai`` SDK making a chat call, a
streamed one with usage, an embedding and a 429 against the local fake provider) runs once
through the proxy, and once per library exporting OTLP to the sidecar. A real Prometheus
scrapes the sidecar with the rendered rules loaded; each expression is queried as is
(dashboards with every variable on All). What a library does not report at all cannot have
data, and ``GAPS`` names it, with why; the test fails on any other difference.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time

import pytest

from llm_exporter.config import OtlpConfig, ProxyConfig, Upstream
from llm_exporter.mixin import dashboards, render, rules

from conftest import RunningSidecar, loopback_config
from fake_provider import FakeProvider
from integration.conftest import Prometheus
from integration.test_alerting import substitute
from integration.test_otel_libraries import (
    DRIVER,
    GOOGLE_GENAI,
    PRICING,
    PYDANTIC_AI,
    TWO_INSTRUMENTATIONS,
)

# what each library does not send, and so the expressions that cannot have data.
# opentelemetry-instrumentation-openai-v2 2.4b0: no time to first chunk (span or metric), so
# no TTFT and no time per output token (derived from it); no cached-token count
TTFT = {"llm-latency: Time to first token #0", "llm-latency: Time to first token p50 / p95 "
        "by model #0", "llm-latency: Time to first token p50 / p95 by model #1",
        "llm-latency: Time per output token p50 by model #0",
        "llm:ttft_calls:rate1h", "llm:ttft_buckets:rate1h", "llm:ttft_over:ratio1h"}
# answer checks run where the answer's text is (the proxy, the SDK wrappers): no
# OpenTelemetry instrumentation sends their results (their ratio, recorded only where the
# checks' rate is over 0, has no point in a run whose checks all precede the first scrape)
CHECKS = {f"llm:answer_check{kind}:rate{w}" for kind in ("s", "_failed")
          for w in ("1h", "2h", "6h")}
GAPS: dict[str, set[str]] = {
    "openai-v2": TTFT | CHECKS | {"llm-cost: Prompt cache hit ratio #0"},
    # OpenLLMetry records TTFT only as a metric, merged into the TTFT histogram; time per
    # output token needs TTFT and output tokens of the same call, which only a span has
    "openllmetry": CHECKS | {"llm-latency: Time per output token p50 by model #0"},
    "openlit": CHECKS,
    # OpenInference: its first-token event gives TTFT; it sends no metrics, none are needed
    "openinference": CHECKS,
    # Logfire 5.4.0 records no time to first chunk (its stream's CLIENT span ends as the
    # stream opens)
    "logfire": TTFT | CHECKS,
    # apps of their own (below). pydantic-ai's makes the chat, streamed and 429 calls and an
    # embedding, whose span it marks INTERNAL and so is not counted; google-genai's a Gemini
    # call, a stream and a 429. No expression needs an embedding of its own.
    "pydantic-ai": CHECKS,
    "google-genai": CHECKS,
    # the anthropic SDK 2.17's own tracing with OpenInference's Anthropic instrumentation 3.1.0:
    # each call in two spans, counted once as the SDK's, which ends first and has no finish
    # reason (OpenInference's has; ANTHROPIC_OPEN_TELEMETRY=false leaves it). Every call is
    # priced (genai-prices prices claude-sonnet-4-5-429 as claude-sonnet-4-5; DRIVER's
    # gpt-4o-429 has no price), so the unpriced-calls panel has nothing to show.
    "anthropic+openinference": CHECKS | {"llm-quality: Finish reasons #0",
                                         "llm-exporter: Unpriced calls/s #0"},
}
# libraries that instrument their own client, not openai's: their app, run with (base_url,
# endpoint), makes the same kinds of calls as DRIVER
APPS = {"pydantic-ai": PYDANTIC_AI, "google-genai": GOOGLE_GENAI,
        "anthropic+openinference": TWO_INSTRUMENTATIONS}
# events each app makes (DRIVER: 4)
EVENTS = {"pydantic-ai": 6, "google-genai": 3, "anthropic+openinference": 3}


def expressions(config) -> dict[str, str]:
    """name -> PromQL for every rule and dashboard panel query."""
    out = {}
    for rule in rules.build(config)["groups"][0]["rules"]:
        out[rule.get("record") or f"alert {rule['alert']}"] = rule["expr"]
    for board in dashboards.build(config).values():
        for panel in board["panels"]:
            for i, target in enumerate(panel.get("targets", [])):
                out[f"{board['uid']}: {panel['title']} #{i}"] = substitute(target["expr"])
    return out


def with_data(tmp_path, library: str, fake: FakeProvider) -> set[str]:
    """The expressions that return data after the driver's calls reach the sidecar."""
    config = dataclasses.replace(
        loopback_config(tmp_path), otlp=OtlpConfig(listen_address="127.0.0.1:0"),
        proxy=ProxyConfig(listen_address="127.0.0.1:0",
                          upstreams=(Upstream("openai", fake.url),)))
    render.write(config, tmp_path / "out")
    sidecar = RunningSidecar(config)
    prometheus = Prometheus(tmp_path, [sidecar.sidecar.web_address],
                            extra_config=f"rule_files: [{tmp_path / 'out' / 'rules' / '*.yaml'}]")
    pricing = tmp_path / "pricing.json"
    pricing.write_text(json.dumps(PRICING))
    try:
        endpoint = f"http://{sidecar.sidecar.otlp.address}"
        if library == "proxy":
            app = [DRIVER, "none", f"http://{sidecar.sidecar.proxy.address}/openai", endpoint,
                   str(pricing)]
        elif library in APPS:
            app = [APPS[library], fake.url, endpoint]
        else:
            app = [DRIVER, library, fake.url, endpoint, str(pricing)]
        run = subprocess.run([sys.executable, "-c", *app], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == 0, run.stderr[-3000:]
        events = EVENTS.get(library, 4)
        sidecar.wait_for(events)
        prometheus.wait_until("sum(llm_exporter_events_total)", events)
        # until two looks a second apart agree: rates need two scrapes, recording rules on
        # recording rules one evaluation each
        queries, seen, deadline = expressions(config), None, time.monotonic() + 15
        while time.monotonic() < deadline:
            time.sleep(1)
            now = {name for name, expr in queries.items() if prometheus.query(expr)}
            if now == seen:
                break
            seen = now
        return now
    finally:
        prometheus.stop()
        sidecar.stop()


@pytest.fixture(scope="module")
def fake():
    provider = FakeProvider()
    yield provider
    provider.close()


@pytest.fixture(scope="module")
def through_the_proxy(tmp_path_factory, fake) -> set[str]:
    return with_data(tmp_path_factory.mktemp("proxy"), "proxy", fake)


# make test runs one library (the one with the most forms of its own); make interop all
LIBRARIES = sorted(GAPS) if os.environ.get("LLM_EXPORTER_INTEROP_ALL") else ["openllmetry"]


@pytest.mark.parametrize("library", LIBRARIES)
def test_rules_and_dashboards_have_data_for_each_instrumentation(tmp_path, fake, library,
                                                                  through_the_proxy):
    assert len(through_the_proxy) > 40
    missing = through_the_proxy - with_data(tmp_path, library, fake)
    assert missing == GAPS[library], sorted(missing)
