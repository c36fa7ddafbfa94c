"""A real Prometheus scrapes the sidecar; PromQL returns exactly what was sent."""

import random
import subprocess
import urllib.request

import genai_prices
import pytest

from llm_exporter.client import Emitter, track

from conftest import RunningSidecar, loopback_config
from integration.conftest import Prometheus, require

TENANTS = ("acme", "globex", "initech")


@pytest.fixture
def stack(tmp_path):
    sidecar = RunningSidecar(loopback_config(tmp_path, stream="127.0.0.1:0"))
    prometheus = Prometheus(tmp_path, [sidecar.sidecar.web_address])
    yield sidecar, prometheus
    prometheus.stop()
    sidecar.stop()


def expected_cost(event: dict) -> float:
    usage = genai_prices.Usage(input_tokens=event.get("input_tokens", 0),
                               output_tokens=event.get("output_tokens", 0),
                               cache_read_tokens=event.get("cache_read_tokens", 0))
    return float(genai_prices.calc_price(usage, event["model"],
                                         provider_id=event["provider"]).total_price)


def test_promql_returns_exact_counts_tokens_and_costs(stack):
    sidecar, prom = stack
    rng = random.Random(3)
    events = []
    for i in range(300):
        inp = rng.randint(10, 5000)
        event = {"type": "llm_call", "provider": "openai",
                 "model": rng.choice(["gpt-4o", "gpt-4o-mini"]), "duration_s": rng.uniform(0.05, 9),
                 "input_tokens": inp, "output_tokens": rng.randint(1, 800),
                 "cache_read_tokens": rng.randint(0, inp // 2), "tenant": rng.choice(TENANTS),
                 "trace_id": f"{rng.getrandbits(128):032x}"}
        if i % 10 == 0:
            event["error_type"] = "rate_limit"
        events.append(event)
    # three transports, one store
    emitters = [Emitter(sidecar.address(t)) for t in ("udp", "unixgram", "stream")]
    for i, event in enumerate(events):
        emitters[i % 3].emit(event)
    for emitter in emitters:
        assert emitter.flush(5) and emitter.dropped == 0
    sidecar.wait_for(len(events))
    prom.wait_until("sum(llm_exporter_events_total)", len(events))

    assert prom.scalar("sum(llm_requests_total)") == 300
    assert prom.scalar('sum(llm_requests_total{error_type="rate_limit"})') == 30
    assert prom.scalar("sum(gen_ai_client_operation_duration_seconds_count)") == 300
    for tenant in TENANTS:
        mine = [e for e in events if e["tenant"] == tenant]
        assert prom.scalar(f'sum(llm_tokens_total{{tenant="{tenant}",'
                           f'gen_ai_token_type="input"}})') == sum(e["input_tokens"] for e in mine)
        assert prom.scalar(f'sum(llm_tokens_total{{tenant="{tenant}",'
                           f'gen_ai_token_type="cache_read"}})') == sum(
            e["cache_read_tokens"] for e in mine)
        assert prom.scalar(f'sum(llm_cost_usd_total{{tenant="{tenant}"}})') == pytest.approx(
            sum(expected_cost(e) for e in mine), rel=1e-9)
    output = sum(e["output_tokens"] for e in events)
    assert prom.scalar('sum(gen_ai_client_token_usage_sum{gen_ai_token_type="output"})') == output
    p50 = prom.scalar("histogram_quantile(0.5, sum by (le) "
                      "(gen_ai_client_operation_duration_seconds_bucket))")
    assert 0.05 < p50 < 9
    assert prom.scalar('up{job="llm-exporter"}') == 1

    exemplars = prom.api("query_exemplars", query="gen_ai_client_operation_duration_seconds_bucket",
                         start="0", end="9999999999")
    trace_ids = {ex["labels"]["trace_id"] for series in exemplars for ex in series["exemplars"]}
    assert trace_ids and trace_ids <= {e["trace_id"] for e in events}


def test_track_context_manager_end_to_end(stack):
    sidecar, prom = stack
    emitter = Emitter(sidecar.address("udp"))
    for _ in range(5):
        with track(provider="anthropic", model="claude-haiku-4-5", tenant="acme",
                   emitter=emitter) as call:
            call.first_token()
            call.usage(input_tokens=1000, output_tokens=100)
    try:
        with track(provider="anthropic", model="claude-haiku-4-5", emitter=emitter):
            raise TimeoutError()
    except TimeoutError:
        pass
    sidecar.wait_for(6)
    prom.wait_until('sum(llm_requests_total{gen_ai_request_model="claude-haiku-4-5"})', 6)
    assert prom.scalar('sum(llm_requests_total{error_type="timeout"})') == 1
    assert prom.scalar("sum(gen_ai_client_operation_time_to_first_chunk_seconds_count)") == 5


def test_promtool_check_metrics_is_clean(sidecar):
    from llm_exporter.devtools.demo import Traffic

    emitter = Emitter(sidecar.address("udp"))
    traffic = Traffic(seed=1)
    sent = 0
    for _ in range(400):
        for event in traffic.call():
            emitter.emit(event)
            sent += 1
    sidecar.wait_for(sent - emitter.dropped)
    text = urllib.request.urlopen(sidecar.url + "/metrics").read()
    assert b"llm_feedback_score_bucket" in text and b"llm_cost_usd_total" in text
    out = subprocess.run([require("promtool"), "check", "metrics"], input=text,
                         capture_output=True)
    # no lint findings at all (promtool prints them and still exits 0 for some)
    assert out.returncode == 0 and out.stdout == b"" and out.stderr == b"", out
