"""The rendered rules: promtool accepts them, promtool unit tests pass, and those tests bite."""

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from llm_exporter.config import Config, config_from_dict, load_config
from llm_exporter.mixin import render, rules

ROOT = Path(__file__).resolve().parent.parent
RULES_TESTS = sorted((ROOT / "tests" / "rules").glob("*.test.yaml"))


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.fail("promtool not found: install Debian's prometheus package (see .ci/run)")
    return path


def rendered_rules(config: Config) -> dict:
    return yaml.safe_load(render.outputs(config)["rules/llm-exporter.rules.yaml"])


def alert_names(config: Config) -> set[str]:
    groups = rendered_rules(config)["groups"]
    return {r["alert"] for g in groups for r in g["rules"] if "alert" in r}


def test_committed_files_are_exactly_the_rendered_defaults():
    outputs = render.outputs(Config())
    for relative, content in outputs.items():
        committed = ROOT / relative
        assert committed.exists(), f"{relative} missing: run `llm-exporter render --out .`"
        assert committed.read_text() == content, (
            f"{relative} differs from `llm-exporter render --out .`: re-render and commit")
    for folder in ("rules", "grafana", "alertmanager"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():
                assert str(path.relative_to(ROOT)) in outputs, f"{path} is not rendered"


def test_promtool_check_rules_is_clean(tmp_path):
    render.write(Config(), tmp_path)
    out = subprocess.run([promtool(), "check", "rules", "--lint=all", "--lint-fatal",
                          str(tmp_path / "rules" / "llm-exporter.rules.yaml")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SUCCESS" in out.stdout


def test_overrides_keep_one_rule_per_alert_and_pass_promtool(tmp_path):
    """Thresholds per model, provider, prompt, step and tenant
    (tests/rules/overrides/config.yaml), against the rules the file observes."""
    folder = ROOT / "tests" / "rules" / "overrides"
    config = load_config(folder / "config.yaml")
    render.write(config, tmp_path)
    def alerting_rules(config):
        return [(r["alert"], r["labels"]["severity"])
                for g in rendered_rules(config)["groups"] for r in g["rules"] if "alert" in r]
    assert alerting_rules(config) == alerting_rules(Config())  # overrides add no rule
    rendered = (tmp_path / "rules" / "llm-exporter.rules.yaml").read_text()
    for unit in sorted(folder.glob("*.test.yaml")):  # the unit tests, one after the other
        (tmp_path / "rules" / "llm-exporter.rules.yaml").write_text(rendered)
        shutil.copy(unit, tmp_path)
        write_observed(tmp_path / "rules" / "llm-exporter.rules.yaml",
                       yaml.safe_load(unit.read_text()))
        out = subprocess.run([promtool(), "test", "rules", unit.name],
                             capture_output=True, text=True, cwd=tmp_path)
        assert out.returncode == 0, out.stdout + out.stderr


RECORDED = re.compile(r"llm:[a-z0-9_:]+")


def rules_observed(test: dict, rules: list[dict]) -> list[dict]:
    """The rendered rules a promtool test file can observe: the alerts it checks, the
    recordings its expressions read, and every recording those read in turn, in the rendered
    order. The rules are one group evaluated in order, so a rule sees only the input series
    and what earlier rules recorded: the others cannot change a result the file checks."""
    records = {r["record"]: r["expr"] for r in rules if "record" in r}
    # a recording RECORDED does not find in an expression would be left out unseen
    assert all(RECORDED.fullmatch(name) for name in records), sorted(records)
    alerts = {check["alertname"] for case in test["tests"]
              for check in case.get("alert_rule_test", [])}
    exprs = [r["expr"] for r in rules if r.get("alert") in alerts]
    exprs += [check["expr"] for case in test["tests"]
              for check in case.get("promql_expr_test", [])]
    wanted: set[str] = set()
    pending = [name for expr in exprs for name in RECORDED.findall(expr)]
    while pending:
        name = pending.pop()
        if name in records and name not in wanted:
            wanted.add(name)
            pending += RECORDED.findall(records[name])
    return [r for r in rules if r.get("record") in wanted or r.get("alert") in alerts]


def write_observed(rules_file: Path, test: dict) -> None:
    """Keep in ``rules_file`` (one group) only the rules ``test`` observes."""
    (group,) = yaml.safe_load(rules_file.read_text())["groups"]
    rules_file.write_text(yaml.safe_dump(
        {"groups": [dict(group, rules=rules_observed(test, group["rules"]))]}, sort_keys=False))


@pytest.fixture(scope="module")
def promtool_runs(tmp_path_factory) -> Iterator[dict]:
    """Every rules test file, run at once (one promtool uses little more than a core), each
    against the rules it observes (``rules_observed``): promtool evaluates every rule of a
    file at every step of every case, and most of a file's time went to rules it never reads
    (cost.test.yaml's 9 days: 120 s against the whole file, 11 s against its 10 rules).
    `promtool test rules tests/rules/NAME.test.yaml` runs a file against them all. The
    processes are killed if the test is stopped meanwhile (a timed-out run once left them
    loading the machine)."""
    rendered = yaml.safe_dump(rendered_rules(Config()))
    running = {}
    for f in RULES_TESTS:
        work = tmp_path_factory.mktemp(f.stem)
        (work / "rules").mkdir()
        (work / "rules" / "llm-exporter.rules.yaml").write_text(rendered)
        write_observed(work / "rules" / "llm-exporter.rules.yaml",
                       yaml.safe_load(f.read_text()))
        (work / "tests" / "rules").mkdir(parents=True)
        shutil.copy(f, work / "tests" / "rules")
        running[f] = subprocess.Popen([promtool(), "test", "rules", f.name], text=True,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                      cwd=work / "tests" / "rules")
    try:
        yield {f: (p.communicate(timeout=900)[0], p.returncode) for f, p in running.items()}
    finally:
        for p in running.values():
            if p.poll() is None:
                p.kill()
                p.wait()


@pytest.mark.timeout(900)  # the fixture runs every file within the first test's time
@pytest.mark.parametrize("test_file", RULES_TESTS, ids=lambda p: p.name)
def test_promtool_unit_tests_pass(test_file, promtool_runs):
    output, returncode = promtool_runs[test_file]
    assert returncode == 0, output


def test_every_alert_has_cases_that_fire_it_and_cases_that_keep_it_quiet():
    fires: set[str] = set()
    quiet: set[str] = set()
    for path in RULES_TESTS:
        for case in yaml.safe_load(path.read_text())["tests"]:
            for check in case.get("alert_rule_test", []):
                (fires if check["exp_alerts"] else quiet).add(check["alertname"])
    names = alert_names(Config())
    assert names - fires == set(), "alerts no test makes fire"
    assert names - quiet == set(), "alerts no test keeps quiet"
    assert len(names) >= 19


def _cases_that_fire(test_file: Path, alertname: str) -> dict:
    """``test_file`` with only its cases that expect ``alertname`` to fire."""
    doc = yaml.safe_load(test_file.read_text())
    doc["tests"] = [case for case in doc["tests"]
                    if any(check["alertname"] == alertname and check["exp_alerts"]
                           for check in case.get("alert_rule_test", []))]
    assert doc["tests"], f"{test_file.name}: no case fires {alertname}"
    return doc


def test_the_unit_tests_fail_when_the_rules_change(tmp_path):
    """Render with other thresholds next to the cases that fire the changed alerts (copied
    from the committed tests; the quiet cases would stay quiet): promtool must object."""
    changed = config_from_dict({"alerting": {
        "slo": {"availability": 0.9},  # a 10 % budget: the 50 % storm is no longer a page
        "thresholds": {"truncation_ratio": 0.5}}})
    render.write(changed, tmp_path)
    folder = tmp_path / "tests" / "rules"
    folder.mkdir(parents=True)
    for name, alertname in (("slo_branches.test.yaml", "LLMErrorBudgetBurn"),
                            ("quality.test.yaml", "LLMTruncationRatioHigh")):
        cases = _cases_that_fire(ROOT / "tests" / "rules" / name, alertname)
        (folder / name).write_text(yaml.safe_dump(cases, sort_keys=False))
    out = subprocess.run([promtool(), "test", "rules", "slo_branches.test.yaml",
                          "quality.test.yaml"], capture_output=True, text=True, cwd=folder)
    assert out.returncode != 0
    assert "alertname: LLMErrorBudgetBurn" in out.stderr
    assert "alertname: LLMTruncationRatioHigh" in out.stderr


def test_every_alert_has_severity_summary_description_and_links():
    for group in rendered_rules(Config())["groups"]:
        for rule in group["rules"]:
            if "alert" not in rule:
                continue
            assert rule["alert"].startswith("LLM")
            assert rule["labels"]["severity"] in ("critical", "warning", "info")
            ann = rule["annotations"]
            assert "{{" not in ann["summary"], "summary is static"
            assert "$value" in ann["description"] or "$labels" in ann["description"] \
                or rule["alert"] == "LLMExporterAbsent"
            assert ann["runbook_url"].endswith("docs/runbooks.md#" + rule["alert"].lower())
            assert "/d/llm-" in ann["dashboard_url"]


def test_config_shapes_the_rules():
    config = config_from_dict({"alerting": {
        "selector": 'job="llm", namespace="prod"', "for_override": "3s",
        "severity": {"LLMNoTraffic": "critical"}, "grafana_url": "https://grafana.example/"}})
    text = render.outputs(config)["rules/llm-exporter.rules.yaml"]
    assert 'llm_requests_total{job="llm", namespace="prod"}' in text
    assert 'job="llm-exporter"' not in text
    data = yaml.safe_load(text)
    alerts = [r for g in data["groups"] for r in g["rules"] if "alert" in r]
    assert {a["for"] for a in alerts} == {"3s"}
    assert [a["labels"]["severity"] for a in alerts if a["alert"] == "LLMNoTraffic"] == ["critical"]
    assert alerts[0]["annotations"]["dashboard_url"].startswith("https://grafana.example/d/")


def test_budget_burn_thresholds_follow_the_objective():
    config = config_from_dict({"alerting": {"slo": {"availability": 0.999}}})
    critical = [a for a in rules.alerts(config)
                if a.name == "LLMErrorBudgetBurn" and a.severity == "critical"][0]
    assert "llm:slo_error_ratio:rate5m > 0.0144" in critical.expr
    assert "llm:slo_error_ratio_lower:rate6h > 0.006" in critical.expr


def test_a_loose_objective_still_pages_a_total_outage():
    """A 10 % budget burnt 14.4x is 144 %: the burn-rate lines are capped at 90 %."""
    config = config_from_dict({"alerting": {"slo": {"availability": 0.9}}})
    critical = [a for a in rules.alerts(config)
                if a.name == "LLMErrorBudgetBurn" and a.severity == "critical"][0]
    assert "llm:slo_error_ratio:rate5m > 0.9\n" in critical.expr
    assert "llm:slo_error_ratio_lower:rate1h > 0.9\n" in critical.expr
    assert "llm:slo_error_ratio:rate30m > 0.6\n" in critical.expr  # 6x 10 %: not capped


def test_every_alert_has_a_runbook_section():
    text = (ROOT / "docs" / "runbooks.md").read_text()
    headings = {line[3:].strip() for line in text.splitlines() if line.startswith("## ")}
    assert alert_names(Config()) <= headings
    for name in alert_names(Config()):
        section = text.split(f"## {name}\n", 1)[1].split("\n## ", 1)[0]
        for part in ("**Means.**", "**Likely causes.**", "**First query.**", "**Mitigate.**"):
            assert part in section, (name, part)
        assert "```promql" in section, name


def test_override_patterns_are_quoted_for_promql(tmp_path):
    config = config_from_dict({"alerting": {"overrides": [
        {"match": {"model": 'gpt-4\\.1.*|say "hi"'}, "latency_p99_seconds": 60}]}})
    render.write(config, tmp_path)
    path = tmp_path / "rules" / "llm-exporter.rules.yaml"
    assert 'gen_ai_request_model=~"gpt-4\\\\.1.*|say \\"hi\\""' in path.read_text()
    out = subprocess.run([promtool(), "check", "rules", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
