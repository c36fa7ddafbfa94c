"""The simulated fleet: its traffic shape, and history that OpenMetrics parsers accept with
counters that never go down within a series (the store's guarantee, over simulated hours)."""

import random
import statistics

from llm_exporter.devtools.fleet import DAY, HOUR, Fault, Fleet, daily_factor, poisson

MONDAY = 4 * DAY  # 1970-01-05


def test_traffic_has_a_daily_and_a_weekly_cycle():
    assert daily_factor(MONDAY + 4 * HOUR) == 0.3
    assert daily_factor(MONDAY + 16 * HOUR) == 1.0
    assert daily_factor(MONDAY + 5 * DAY + 16 * HOUR) == 0.5  # Saturday


def test_poisson_draws_have_the_right_mean():
    rng = random.Random(3)
    for mean in (0.2, 5.0, 400.0):
        draws = [poisson(rng, mean) for _ in range(4000)]
        assert abs(statistics.mean(draws) - mean) < 0.1 * mean + 0.05


def test_history_counters_never_go_down_and_up_follows_the_faults():
    start = 1_000 * DAY + 10 * HOUR
    fleet = Fleet(start, seed=2, faults=(Fault(HOUR, 2 * HOUR, down=("app-1:9478",)),))
    history = fleet.run(3 * HOUR)
    kinds = {name: kind for name, (kind, _) in history.families.items()}
    assert {"up", "llm_requests", "llm_cost_usd", "gen_ai_client_operation_duration_seconds"} \
        <= set(kinds)
    for kind, series_by_labels in history.families.values():
        for series in series_by_labels.values():
            assert list(series.times) == sorted(series.times)
            if kind in ("counter", "histogram"):
                for line, column in zip(series.lines, series.values, strict=True):
                    if "_sum{" not in line:
                        assert list(column) == sorted(column), line
    up = history.families["up"][1]
    down = up['job="llm-exporter",instance="app-1:9478"']
    values = dict(zip((history.scrape_times[i] for i in down.times), down.values[0],
                      strict=True))
    assert values[start + 90 * 60] == 0 and values[start + 150 * 60] == 1
    text = "".join(history.openmetrics())
    assert text.startswith("# TYPE ") and text.endswith("# EOF\n")
