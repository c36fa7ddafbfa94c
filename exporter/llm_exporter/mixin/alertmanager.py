"""Alertmanager configuration: routes by severity, grouping, inhibition, Slack and PagerDuty.

critical pages (PagerDuty Events v2) and posts to Slack; warning posts to Slack; info goes
nowhere. A critical alert inhibits the warning of the same alert and scope; a tenant's
exhausted budget inhibits its 80 % warning; a tenant's error alert the model's error-ratio
warning; a model's latency alerts its LLMLatencyAboveUsual ticket; LLMExporterAbsent (no
sidecar up) inhibits every other LLM alert, and LLMExporterDown the no-traffic alerts and the
alerts of the same sidecar.
Secrets are read from files (`*_file`), never inlined.
"""

from __future__ import annotations

import jinja2

from llm_exporter import metrics
from llm_exporter.config import Config

TEMPLATE_FILE = "templates/llm-exporter.tmpl"
# labels that say what an alert is about: two alerts are "the same" when these match
SCOPE = ["alertname", metrics.PROVIDER, metrics.MODEL, metrics.TENANT, metrics.PROMPT_NAME,
         "instance", *metrics.STEP_DURATION.labels[:2], metrics.FEEDBACK.labels[0],
         *metrics.LABEL_OVERFLOW.labels, *metrics.UNPRICED.labels]


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds % size == 0 and seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def build(config: Config) -> dict:
    """alertmanager.yml as data."""
    a = config.alerting
    routing = a.routing
    slack = {
        "api_url_file": a.slack.api_url_file,
        "channel": a.slack.channel,
        "send_resolved": True,
        "title": '{{ template "llm.slack.title" . }}',
        "title_link": '{{ template "llm.slack.title_link" . }}',
        "text": '{{ template "llm.slack.text" . }}',
        "color": '{{ template "llm.slack.color" . }}',
    }
    pagerduty = {
        "routing_key_file": a.pagerduty.routing_key_file,
        "url": a.pagerduty.url,
        "send_resolved": True,
        "severity": '{{ template "llm.pagerduty.severity" . }}',
        "description": '{{ template "llm.pagerduty.description" . }}',
        "client": "llm-exporter",
        "client_url": a.grafana_url,
        "details": {
            "firing": '{{ template "llm.pagerduty.firing" . }}',
            "num_firing": "{{ .Alerts.Firing | len }}",
            "num_resolved": "{{ .Alerts.Resolved | len }}",
        },
        "links": [{"href": "{{ (index .Alerts 0).Annotations.runbook_url }}", "text": "Runbook"},
                  {"href": "{{ (index .Alerts 0).Annotations.dashboard_url }}",
                   "text": "Dashboard"}],
    }
    return {
        "global": {"resolve_timeout": "5m"},
        "templates": [TEMPLATE_FILE],
        "route": {
            "receiver": "null",
            "group_by": ["alertname", "severity"],
            "group_wait": _duration(routing.group_wait),
            "group_interval": _duration(routing.group_interval),
            "repeat_interval": _duration(routing.repeat_interval),
            "routes": [
                {"matchers": ['severity="critical"'], "receiver": "pagerduty-and-slack"},
                {"matchers": ['severity="warning"'], "receiver": "slack"},
                {"matchers": ['severity="info"'], "receiver": "null"},
            ],
        },
        "inhibit_rules": [
            {"source_matchers": ['severity="critical"'],
             "target_matchers": ['severity="warning"'],
             "equal": SCOPE},
            *({"source_matchers": [f'alertname="{name}Exhausted"'],
               "target_matchers": [f'alertname="{name}"'], "equal": ["tenant"]}
              for name in ("LLMTenantBudgetDaily", "LLMTenantBudgetMonthly")),
            # one tenant's failures: its alert names it, the model's says less of the same
            {"source_matchers": ['alertname="LLMTenantErrorRatioHigh"'],
             "target_matchers": ['alertname="LLMErrorRatioHigh"'],
             "equal": [metrics.PROVIDER, metrics.MODEL]},
            # a model already alerting on its latency needs no ticket that it is slower
            {"source_matchers": ['alertname=~"LLMLatencyBudgetBurn|LLMLatencyP99High|'
                                 'LLMTimeToFirstTokenHigh"'],
             "target_matchers": ['alertname="LLMLatencyAboveUsual"'],
             "equal": [metrics.PROVIDER, metrics.MODEL]},
            {"source_matchers": ['alertname="LLMExporterAbsent"'],
             "target_matchers": ['alertname=~"LLM.+"', 'alertname!="LLMExporterAbsent"']},
            {"source_matchers": ['alertname="LLMExporterDown"'],
             "target_matchers": ['alertname=~"LLMNoTraffic|LLMPromptNoTraffic"']},
            {"source_matchers": ['alertname="LLMExporterDown"'],
             "target_matchers": ['alertname=~"LLMExporter.+"', 'alertname!="LLMExporterDown"'],
             "equal": ["instance"]},
        ],
        "receivers": [
            {"name": "null"},
            {"name": "slack", "slack_configs": [slack]},
            {"name": "pagerduty-and-slack", "pagerduty_configs": [pagerduty],
             "slack_configs": [slack]},
        ],
    }


_jinja = jinja2.Environment(
    loader=jinja2.PackageLoader("llm_exporter.mixin", "templates"),
    # the output is itself a Go template full of {{ }}: our placeholders are [[ ]]
    variable_start_string="[[", variable_end_string="]]",
    block_start_string="[%", block_end_string="%]",
    keep_trailing_newline=True, autoescape=False,
)


def notification_template(config: Config) -> str:
    """The Go template file Alertmanager reads for Slack and PagerDuty messages."""
    return _jinja.get_template("alertmanager.tmpl.j2").render(
        grafana_url=config.alerting.grafana_url.rstrip("/"))
