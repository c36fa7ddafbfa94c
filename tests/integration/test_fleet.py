"""The simulated fleet's history is what promtool backfills: Prometheus's own OpenMetrics
parser accepts three simulated hours, and the real prometheus serves them back."""

from __future__ import annotations

import subprocess

from harness.fleet import DAY, HOUR, Fleet

from integration.conftest import Prometheus, require


def test_promtool_backfills_the_history_and_prometheus_serves_it(tmp_path):
    import time

    start = (int(time.time() // DAY) - 1) * DAY
    history = Fleet(start, seed=5).run(3 * HOUR)
    (tmp_path / "h.om").write_text("".join(history.openmetrics()))
    subprocess.run([require("promtool"), "tsdb", "create-blocks-from", "openmetrics",
                    str(tmp_path / "h.om"), str(tmp_path / "data")],
                   check=True, capture_output=True)
    prometheus = Prometheus(tmp_path, [])
    try:
        at = history.scrape_times[-1]
        calls = prometheus.api("query", query="sum(llm_requests_total)", time=str(at))
        buckets = prometheus.api(
            "query", time=str(at),
            query='count(gen_ai_client_operation_duration_seconds_bucket{le="+Inf"})')
    finally:
        prometheus.stop()
    simulated = sum(fleet_total for fleet_total in _last_requests(history))
    assert float(calls["result"][0]["value"][1]) == simulated
    assert float(buckets["result"][0]["value"][1]) >= 8  # models x sidecars (x error types)


def _last_requests(history):
    _, series_by_labels = history.families["llm_requests"]
    for series in series_by_labels.values():
        yield series.values[0][-1]
