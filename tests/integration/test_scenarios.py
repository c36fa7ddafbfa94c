"""The fast subset of the alert scenario suite (the full suite: `make scenarios`, which also
runs the reasoning-model and error-storm scenarios this subset once had; the error storm is
paged for real in tests/integration/test_alerting.py): two days of
simulated fleet history through the real Store, backfilled into the real Prometheus with
promtool, the rendered rules judged with the backtest over the last day, against the targets
of the full suite: no page and at most one warning on a healthy day, every fault's alert in
its window."""

from __future__ import annotations

import pytest
from harness import scenarios

from llm_exporter import backtest

DAYS = 2
BY_NAME = {s.name: s for s in scenarios.scenarios(DAYS)}


@pytest.mark.timeout(600)
# slow-model: a model slow by nature, configured with what the fit check suggests before it
# is judged (without: pages, see docs/backtest.md)
@pytest.mark.parametrize("name", ["healthy", "slow-model"])
def test_a_healthy_day_pages_nobody_and_warns_at_most_once(tmp_path, name):
    result = scenarios.run(BY_NAME[name], DAYS, tmp_path)
    assert result.judged_days == 1
    assert result.fit_missed == [], result.misfits
    assert result.delivered("critical") == []
    assert len(result.delivered("warning")) <= 1, result.delivered("warning")


@pytest.mark.timeout(600)
# one model fault and one exporter fault (sidecar-down left to the full suite: make test was
# over its 15 minutes, and LLMExporterDown's promtool cases stay in tests/rules/)
@pytest.mark.parametrize("name", ["p99-regression", "malformed-events"])
def test_a_fault_raises_its_alert_in_time_and_nothing_unrelated(tmp_path, name):
    result = scenarios.run(BY_NAME[name], DAYS, tmp_path)
    assert result.detected  # the scenario does expect an alert
    report = backtest.format_report(result.episodes, *result.judged)  # shown on failure
    assert all(delay is not None for delay in result.detected.values()), (result.detected,
                                                                          report)
    assert result.unrelated() == [], report
