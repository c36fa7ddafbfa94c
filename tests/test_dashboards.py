"""The rendered Grafana dashboards: portable, consistent, linked. (Their queries are run
against a real Prometheus in tests/integration/test_alerting.py.)"""

import json
import re

import pytest

from llm_exporter.config import Config
from llm_exporter.mixin import dashboards, render

BOARDS = dashboards.build(Config())
UNITS = {"s", "currencyUSD", "percentunit", "short", "reqps", "bytes"}


def panels():
    for board in BOARDS.values():
        for panel in board["panels"]:
            yield board, panel


def test_six_dashboards_with_stable_unique_uids():
    uids = [b["uid"] for b in BOARDS.values()]
    assert uids == ["llm-overview", "llm-cost", "llm-latency", "llm-quality", "llm-agents",
                    "llm-exporter"]


def test_the_dashboards_do_not_depend_on_the_process_that_builds_them():
    import subprocess
    import sys

    # set and dict iteration of strings changes with the hash seed: the render must not
    program = ("import json; from llm_exporter.config import Config; "
               "from llm_exporter.mixin import dashboards; "
               "print(json.dumps(dashboards.build(Config())))")
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                             check=True, env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout
        assert json.loads(out) == BOARDS, seed


def test_datasource_is_a_variable_everywhere():
    for board, panel in panels():
        variables = board["templating"]["list"]
        assert variables[0] == {"type": "datasource", "name": "datasource",
                                "label": "Data source", "query": "prometheus", "current": {},
                                "hide": 0}
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == "${datasource}"
    text = json.dumps(BOARDS)
    assert '"uid": "prometheus"' not in text  # nothing pinned to one Grafana's data source


def test_variables_come_from_label_values():
    for board in BOARDS.values():
        names = [v["name"] for v in board["templating"]["list"]]
        if board["uid"] == "llm-agents":  # agents are not a model's
            assert names == ["datasource", "job", "agent"]
        else:
            assert names[:4] == ["datasource", "job", "provider", "model"]
        for variable in board["templating"]["list"][1:]:
            assert variable["query"]["query"].startswith("label_values(")
            assert variable["allValue"] == ".*"
    assert "tenant" in [v["name"] for v in BOARDS["llm-cost.json"]["templating"]["list"]]


def test_units_rates_and_heatmaps():
    heatmaps = 0
    for _, panel in panels():
        assert panel["fieldConfig"]["defaults"]["unit"] in UNITS, panel["title"]
        for target in panel["targets"]:
            for window in re.findall(r"\brate\([^\[]*\[([^\]]+)\]", target["expr"]):
                assert window == "$__rate_interval", (panel["title"], target["expr"])
        if panel["type"] == "heatmap":
            heatmaps += 1
            (target,) = panel["targets"]
            assert "_bucket{" in target["expr"] and target["format"] == "heatmap"
            assert panel["options"]["calculate"] is False
    assert heatmaps >= 3


def test_dashboards_link_to_each_other_and_alerts_link_to_them():
    for board in BOARDS.values():
        assert board["tags"] == ["llm-exporter"]
        assert board["links"][0]["tags"] == ["llm-exporter"]
        assert board["links"][0]["includeVars"] is True
    rules = render.outputs(Config())["rules/llm-exporter.rules.yaml"]
    for uid in re.findall(r"/d/([a-z-]+)", rules):
        assert f"{uid}.json" in BOARDS


@pytest.mark.parametrize("name", sorted(BOARDS))
def test_panels_fit_the_grid_without_overlap(name):
    taken = set()
    for panel in BOARDS[name]["panels"]:
        pos = panel["gridPos"]
        assert 0 <= pos["x"] and pos["x"] + pos["w"] <= 24
        cells = {(x, y) for x in range(pos["x"], pos["x"] + pos["w"])
                 for y in range(pos["y"], pos["y"] + pos["h"])}
        assert not cells & taken, panel["title"]
        taken |= cells


def test_provisioning_points_at_the_dashboards():
    out = render.outputs(Config())
    assert "grafana/provisioning/dashboards/llm-exporter.yaml" in out
    assert "path: /var/lib/grafana/dashboards/llm-exporter" in out[
        "grafana/provisioning/dashboards/llm-exporter.yaml"]
