"""The objective fit check against a real Prometheus serving six hours of backfilled history:
a model slow by nature, one slow to its first token and a flaky one are named with the
override that fits them, a fast one and a quiet one with a single slow call are not, and the
overrides quiet the check."""

from __future__ import annotations

import asyncio
import math
import subprocess
import sys
import time

import pytest

from llm_exporter.config import config_from_dict
from llm_exporter.fit import misfits
from llm_exporter.prometheus_api import PrometheusAPI

from integration.conftest import Prometheus, require

DURATION = "gen_ai_client_operation_duration_seconds"
TTFT = "gen_ai_client_operation_time_to_first_chunk_seconds"
BOUNDS = ("2.56", "10.24", "40.96", "81.92", "+Inf")
# per 15 s scrape: (calls, failed, successful calls under each of BOUNDS, and the streamed
# ones' first tokens)
TRAFFIC = {
    "fast": (30, 0, (30, 30, 30, 30, 30), None),
    # 60 % over 10.24 s, 3.3 % over 40.96 s (the p99 line), none over 81.92 s
    "slow": (30, 0, (0, 12, 29, 30, 30), None),
    "flaky": (40, 1, (39, 39, 39, 39, 39), None),  # 2.5 % fail
    "thinker": (30, 0, (30, 30, 30, 30, 30), (15, 30, 30, 30, 30)),  # half over 2.56 s to TTFT
}
HOURS = 6


def history(start: int) -> str:
    """OpenMetrics: TRAFFIC for six hours at a 15 s scrape, and a quiet model's single slow
    call (one of its three)."""
    durations, requests = [f"# TYPE {DURATION} histogram"], ["# TYPE llm_requests counter"]
    ttft = [f"# TYPE {TTFT} histogram"]
    steps = range(1, HOURS * 240 + 1)
    for model, (calls, failed, under, first) in TRAFFIC.items():
        labels = f'job="llm-exporter",gen_ai_provider_name="local",gen_ai_request_model="{model}"'
        for i in steps:
            t = start + 15 * i
            durations += [f'{DURATION}_bucket{{{labels},error_type="",le="{b}"}} {n * i} {t}'
                          for b, n in zip(BOUNDS, under, strict=True)]
            durations += [f'{DURATION}_count{{{labels},error_type=""}} {under[-1] * i} {t}',
                          f'{DURATION}_sum{{{labels},error_type=""}} {5.0 * under[-1] * i} {t}']
        if first:
            for i in steps:
                ttft += [f'{TTFT}_bucket{{{labels},le="{b}"}} {n * i} {start + 15 * i}'
                         for b, n in zip(BOUNDS, first, strict=True)]
                ttft += [f'{TTFT}_count{{{labels}}} {first[-1] * i} {start + 15 * i}',
                         f'{TTFT}_sum{{{labels}}} {3.0 * first[-1] * i} {start + 15 * i}']
        requests += [f'llm_requests_total{{{labels},error_type=""}} {(calls - failed) * i} '
                     f'{start + 15 * i}' for i in steps]
        if failed:
            requests += [f'llm_requests_total{{{labels},error_type="server_error"}} {failed * i} '
                         f'{start + 15 * i}' for i in steps]
    quiet = 'job="llm-exporter",gen_ai_provider_name="local",gen_ai_request_model="quiet"'
    for i in steps:
        n = min(3, i // 480)  # a call every two hours; the second took 30 s
        slow = 1 if n >= 2 else 0
        durations += [f'{DURATION}_bucket{{{quiet},error_type="",le="{b}"}} '
                      f'{n - slow if b in ("2.56", "10.24") else n} {start + 15 * i}'
                      for b in BOUNDS]
        durations += [f'{DURATION}_count{{{quiet},error_type=""}} {n} {start + 15 * i}',
                      f'{DURATION}_sum{{{quiet},error_type=""}} {float(n)} {start + 15 * i}']
        requests.append(f'llm_requests_total{{{quiet},error_type=""}} {n} {start + 15 * i}')
    return "\n".join(durations + ttft + requests + ["# EOF"]) + "\n"


def test_fit_check_names_the_models_that_miss_their_objectives(tmp_path):
    start = (math.floor(time.time() / 3600) - HOURS - 2) * 3600
    end = start + HOURS * 3600
    (tmp_path / "history.om").write_text(history(start))
    subprocess.run([require("promtool"), "tsdb", "create-blocks-from", "openmetrics",
                    str(tmp_path / "history.om"), str(tmp_path / "data")],
                   check=True, capture_output=True)
    overrides = config_from_dict({"alerting": {"overrides": [
        {"match": {"model": "slow"}, "latency_seconds": 81.92, "latency_p99_seconds": 81.92},
        {"match": {"model": "thinker"}, "ttft_p95_seconds": 10.24},
        {"match": {"model": "flak.*"}, "availability": 0.95}]}}).alerting
    prometheus = Prometheus(tmp_path, [])
    try:
        api = PrometheusAPI(prometheus.url)
        found = asyncio.run(misfits(api, config_from_dict({}).alerting, "7d", end))
        fitted = asyncio.run(misfits(api, overrides, "7d", end))
        text = subprocess.run(
            [sys.executable, "-m", "llm_exporter", "backtest", "--prometheus", prometheus.url,
             "--from", str(end - 3600), "--to", str(end)],
            capture_output=True, text=True, check=True).stdout
    finally:
        prometheus.stop()
    # worst first (the share over what is allowed); the 10-minute quantile alerts' lines
    # (p99, TTFT p95) allow half their share, to stay quiet
    assert [(m.model, m.objective, m.suggestion) for m in found] == [
        ("thinker", "ttft_p95", {"ttft_p95_seconds": 10.24}),
        ("slow", "latency", {"latency_seconds": 81.92}),  # 3.3 % over 40.96: over half 5 %
        ("slow", "latency_p99", {"latency_p99_seconds": 81.92}),
        ("flaky", "availability", {"availability": 0.95})]
    thinker, slow, slow_p99, flaky = found
    assert (slow.bad, slow.allowed, slow.seconds) == pytest.approx((0.6, 0.05, 10.24))
    assert (thinker.bad, thinker.allowed, thinker.seconds) == pytest.approx((0.5, 0.025, 2.56))
    assert (flaky.bad, flaky.allowed) == pytest.approx((1 / 40, 0.005))
    assert (slow_p99.bad, slow_p99.allowed) == pytest.approx((1 / 30, 0.005))
    assert fitted == []
    assert "local/slow: 60.0% of successful calls took over 10.24 s over the past 7d" in text
    assert "match: {provider: 'local', model: 'slow'}, latency_seconds: 81.92" in text
    assert "local/thinker: 50.0% of streamed calls waited over 2.56 s" in text
    assert "local/flaky: 2.5% of calls failed" in text
