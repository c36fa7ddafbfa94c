"""The simulated fleet: its traffic shape, and history that OpenMetrics parsers accept with
counters that never go down within a series (the store's guarantee, over simulated hours)."""

import dataclasses
import random
import statistics

from harness.fleet import AGENTS, DAY, HOUR, Fault, Fleet, daily_factor, poisson

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


def _total(history, name, instance):
    """The sum over an instance's series of ``name`` at each scrape where it is exposed."""
    totals: dict[float, float] = {}
    for labels, series in history.families[name][1].items():
        if f'instance="{instance}"' not in labels:
            continue
        for i, value in zip(series.times, series.values[0], strict=True):
            t = history.scrape_times[i]
            totals[t] = totals.get(t, 0.0) + value
    return totals


def test_a_restart_starts_the_counters_again_and_a_deploy_brings_new_instances():
    start = 1_000 * DAY + 10 * HOUR
    fleet = Fleet(start, seed=2, faults=(
        Fault(HOUR, 3 * HOUR, restart=("app-0:9478",)),
        Fault(2 * HOUR, 3 * HOUR, replace=(("app-1:9478", "app-3:9478"),))))
    history = fleet.run(3 * HOUR)
    app0 = _total(history, "llm_requests", "app-0:9478")
    before, after = app0[start + HOUR - 60], app0[start + HOUR + 60]
    assert after < before / 10  # back near zero, as a restarted process is
    app1, app3 = (_total(history, "llm_requests", i) for i in ("app-1:9478", "app-3:9478"))
    assert max(app1) < start + 2 * HOUR + 60 <= min(app3)  # the old pod stops, the new starts
    ups = history.families["up"][1]
    assert 'job="llm-exporter",instance="app-3:9478"' in ups


def test_rating_and_step_faults_change_what_the_store_sees():
    start = 1_000 * DAY + 10 * HOUR
    healthy = Fleet(start, seed=4).run(2 * HOUR)
    faulty = Fleet(start, seed=4, faults=(Fault(0, 2 * HOUR, thumbs_up=0.3,
                                                step_factor=40.0),)).run(2 * HOUR)

    def last(history, family, line_part):
        return sum(series.values[n][-1] for series in history.families[family][1].values()
                   for n, line in enumerate(series.lines) if line_part in line)
    def mean_rating(history):
        return (last(history, "llm_feedback_score", "_sum{")
                / last(history, "llm_feedback_score", "_count{"))
    assert mean_rating(healthy) > 0.7 and mean_rating(faulty) < 0.4
    assert last(healthy, "llm_workflow_step_duration_seconds", 'le="2.56"') \
        == last(healthy, "llm_workflow_step_duration_seconds", "_count{")
    assert last(faulty, "llm_workflow_step_duration_seconds", 'le="2.56"') \
        < 0.1 * last(faulty, "llm_workflow_step_duration_seconds", "_count{")


def test_calls_the_sidecar_would_reject_drop_or_not_price_are_counted_as_it_counts_them():
    start = 1_000 * DAY + 10 * HOUR

    def malformed(rng, model, fields):  # token counts sent as strings
        if "input_tokens" in fields and rng.random() < 0.1:
            return dict(fields, input_tokens=str(fields["input_tokens"]))
        return fields
    healthy = Fleet(start, seed=3)
    healthy.run(HOUR)
    faulty = Fleet(start, seed=3, prices=(), faults=(Fault(0, HOUR, call=malformed,
                                                           dropped=0.05),))
    faulty.run(HOUR)
    assert all(not s.rejected and not s.socket_drops for s in healthy.sidecars.values())
    assert all(not s.store.unpriced for s in healthy.sidecars.values())
    rejected = sum(s.rejected["invalid_value"] for s in faulty.sidecars.values())
    drops = sum(s.socket_drops for s in faulty.sidecars.values())
    calls = sum(s.events["llm_call"] for s in faulty.sidecars.values())
    assert 0.07 < rejected / (calls + rejected + drops) < 0.11
    assert 0.03 < drops / (calls + rejected + drops) < 0.07
    assert sum(s.store.unpriced["vllm"] for s in faulty.sidecars.values()) > 0  # no price
    series = faulty.history.families
    assert {"llm_exporter_events_rejected", "llm_exporter_socket_drops",
            "llm_exporter_unpriced_events", "llm_exporter_label_overflow",
            "llm_budget_usd"} <= set(series)
    windows = {labels.rsplit('window="', 1)[1] for labels in series["llm_budget_usd"][1]}
    assert windows == {'1d"', '30d"'}  # acme has a monthly budget too


def test_agent_runs_add_up_through_the_sidecars_runs_and_leave_the_other_traffic_alone():
    start = 1_000 * DAY + 10 * HOUR
    looping = Fault(0, 2 * HOUR, agent=lambda a: dataclasses.replace(
        a, loop_ratio=0.2) if a.name == "support-agent" else a)
    with_agents = Fleet(start, seed=4, agents=AGENTS, faults=(looping,))
    with_agents.run(2 * HOUR)
    without = Fleet(start, seed=4)
    without.run(2 * HOUR)

    def calls(fleet, **match):
        return sum(sum(s.duration) for s in (series for sc in fleet.sidecars.values()
                                             for key, series in sc.store.calls.items()
                                             if all(v in key for v in match.values())))
    # the fleet's own calls are the same call for call: agent calls are on top
    assert calls(with_agents, model="gemini-2.5-flash") == calls(without, model="gemini-2.5-flash")
    totals = {}
    for sc in with_agents.sidecars.values():
        for agent, r in sc.store.run_totals.items():
            n, s = totals.get(agent, (0, 0.0))
            totals[agent] = (n + sum(r.calls.counts), s + r.calls.sum)
    # every run's model calls were found through its trace: research-agent's about 8 a run
    # (capped at 30 turns), support-agent's about 3 plus its loops' 30
    n, s = totals["research-agent"]
    assert n > 40 and 6 < s / n < 10
    n, s = totals["support-agent"]
    assert n > 300 and 3 < s / n < 12
    loops = sum(c.value for sc in with_agents.sidecars.values()
                for (agent, _), c in sc.store.loops.items() if agent == "support-agent")
    unfinished = sum(sum(h.counts) for sc in with_agents.sidecars.values()
                     for (agent, error), h in sc.store.runs.items()
                     if agent == "support-agent" and error)
    # a looping run goes on to the turn limit (or a model call failing stops it first)
    assert 0.1 * n < loops <= unfinished
