"""The rendered Alertmanager configuration, checked with the real amtool."""

import shutil
import subprocess

import pytest
import yaml

from llm_exporter.config import Config, config_from_dict
from llm_exporter.mixin import render


def amtool() -> str:
    path = shutil.which("amtool")
    if path is None:
        pytest.fail("amtool not found: install Debian's prometheus-alertmanager (see .ci/run)")
    return path


@pytest.fixture
def rendered(tmp_path):
    render.write(Config(), tmp_path)
    return tmp_path / "alertmanager" / "alertmanager.yml"


def test_amtool_check_config_is_clean(rendered):
    out = subprocess.run([amtool(), "check-config", str(rendered)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 templates" in out.stdout and "8 inhibit rules" in out.stdout


@pytest.mark.parametrize("labels, receiver", [
    (["severity=critical", "alertname=LLMErrorBudgetBurn"], "pagerduty-and-slack"),
    (["severity=critical", "alertname=LLMExporterAbsent"], "pagerduty-and-slack"),
    (["severity=warning", "alertname=LLMRateLimited", "gen_ai_request_model=gpt-4o"], "slack"),
    (["severity=info", "alertname=LLMExporterUnpricedEvents"], "null"),
    (["alertname=SomethingElse"], "null"),
])
def test_routes(rendered, labels, receiver):
    out = subprocess.run([amtool(), "config", "routes", "test", f"--config.file={rendered}",
                          f"--verify.receivers={receiver}", *labels],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip() == receiver


def test_secrets_come_only_from_files():
    data = yaml.safe_load(render.outputs(Config())["alertmanager/alertmanager.yml"])
    receivers = {r["name"]: r for r in data["receivers"]}
    for receiver in receivers.values():
        for slack in receiver.get("slack_configs", []):
            assert "api_url" not in slack and slack["api_url_file"]
        for pd in receiver.get("pagerduty_configs", []):
            assert "routing_key" not in pd and "service_key" not in pd and pd["routing_key_file"]
    assert "slack_api_url" not in data["global"]


def test_inhibition_critical_over_warning_and_exporter_absent_over_everything():
    data = yaml.safe_load(render.outputs(Config())["alertmanager/alertmanager.yml"])
    rules = data["inhibit_rules"]
    assert {"source_matchers": ['severity="critical"'], "target_matchers": ['severity="warning"'],
            "equal": rules[0]["equal"]} == rules[0]
    assert "alertname" in rules[0]["equal"] and "gen_ai_request_model" in rules[0]["equal"]
    # a tenant's whole budget spent silences its 80 % warning, for that tenant only
    assert {"source_matchers": ['alertname="LLMTenantBudgetDailyExhausted"'],
            "target_matchers": ['alertname="LLMTenantBudgetDaily"'],
            "equal": ["tenant"]} in rules
    assert ['alertname="LLMExporterAbsent"'] in [r["source_matchers"] for r in rules]
    # one tenant's failing calls: its alert stands in for the model's error-ratio warning
    assert {"source_matchers": ['alertname="LLMTenantErrorRatioHigh"'],
            "target_matchers": ['alertname="LLMErrorRatioHigh"'],
            "equal": ["gen_ai_provider_name", "gen_ai_request_model"]} in rules


def test_config_sets_receivers_and_timings():
    config = config_from_dict({"alerting": {
        "slack": {"api_url_file": "/run/secrets/slack", "channel": "#ops"},
        "pagerduty": {"routing_key_file": "/run/secrets/pd", "url": "http://127.0.0.1:1/pd"},
        "routing": {"group_wait": "1s", "group_interval": "2s", "repeat_interval": "1h"}}})
    data = yaml.safe_load(render.outputs(config)["alertmanager/alertmanager.yml"])
    assert (data["route"]["group_wait"], data["route"]["group_interval"],
            data["route"]["repeat_interval"]) == ("1s", "2s", "1h")
    critical = [r for r in data["receivers"] if r["name"] == "pagerduty-and-slack"][0]
    assert critical["pagerduty_configs"][0]["url"] == "http://127.0.0.1:1/pd"
    assert critical["slack_configs"][0]["channel"] == "#ops"


def test_notification_template_renders_with_amtool(tmp_path):
    render.write(Config(), tmp_path)
    out = subprocess.run(
        [amtool(), "template", "render",
         f"--template.glob={tmp_path}/alertmanager/templates/*.tmpl",
         "--template.text", '{{ template "llm.pagerduty.severity" . }}'],
        capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "info"  # amtool's sample data has no severity label
