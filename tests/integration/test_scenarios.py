"""The fast subset of the alert scenario suite (the full suite: `make scenarios`): two days of
simulated fleet history through the real Store, backfilled into the real Prometheus with
promtool, the rendered rules judged with the backtest over the last day."""

from __future__ import annotations

import pytest

from llm_exporter.devtools import scenarios

DAYS = 2
BY_NAME = {s.name: s for s in scenarios.scenarios(DAYS)}


@pytest.mark.timeout(600)
def test_healthy_traffic_pages_nobody(tmp_path):
    result = scenarios.run(BY_NAME["healthy"], DAYS, tmp_path)
    assert result.judged_days == 1
    assert result.delivered("critical") == []


@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", ["error-storm", "sidecar-down"])
def test_a_fault_raises_its_alert_in_time(tmp_path, name):
    result = scenarios.run(BY_NAME[name], DAYS, tmp_path)
    assert all(delay is not None for delay in result.detected.values()), result.detected
    assert result.detected  # the scenario does expect an alert
