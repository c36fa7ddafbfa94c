"""The fast subset of the alert scenario suite (the full suite: `make scenarios`, which also
runs the reasoning-model and error-storm scenarios this subset once had; the error storm is
paged for real in tests/integration/test_alerting.py): two days of
simulated fleet history through the real Store, backfilled into the real Prometheus with
promtool, the rendered rules judged with the backtest over the last day, against the targets
of the full suite: no page and at most one warning on a healthy day, every fault's alert in
its window. The fault scenarios are in test_scenario_faults.py, so that the two files run
on both workers."""

from __future__ import annotations

import pytest
from harness import scenarios

DAYS = 2
BY_NAME = {s.name: s for s in scenarios.scenarios(DAYS)}


@pytest.mark.timeout(600)
# (slow-model, a model slow by nature judged with what the fit check suggests, is left to
# the full suite: make test was at its 15 minutes; tests/test_fit.py checks the suggestions)
# agents: three agents' runs, tools and MCP servers besides the fleet's calls
@pytest.mark.parametrize("name", ["healthy", "agents"])
def test_a_healthy_day_pages_nobody_and_warns_at_most_once(tmp_path, name):
    result = scenarios.run(BY_NAME[name], DAYS, tmp_path)
    assert result.judged_days == 1
    assert result.fit_missed == [], result.misfits
    assert result.delivered("critical") == []
    assert len(result.delivered("warning")) <= 1, result.delivered("warning")
