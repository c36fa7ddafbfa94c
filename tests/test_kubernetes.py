"""render --kubernetes: the manifests validate offline against the Kubernetes API's schemas
and the Prometheus Operator's CRDs, hold exactly the rendered rules, routes and dashboards,
reference secrets without holding one, and the committed deploy/kubernetes/ is the defaults."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
from pathlib import Path

import bcrypt
import jsonschema
import kubernetes_validate
import pytest
import yaml
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models.dashboard import Dashboard

from llm_exporter.config import (
    Config,
    ConfigError,
    KubernetesConfig,
    TracesConfig,
    Upstream,
    WebConfig,
    config_from_dict,
)
from llm_exporter.mixin import dashboards, kubernetes, render

from certs import CA

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "deploy" / "kubernetes"
CRDS = ROOT / "tests" / "data" / "crds"
KUBERNETES_VERSION = "1.30"  # the oldest minor version still supported by its makers


def crd_schemas() -> dict[tuple[str, str], dict]:
    """(apiVersion, kind) -> the CRD's openAPIV3Schema, unknown fields refused."""
    out = {}
    for path in CRDS.glob("*.yaml"):
        crd = yaml.safe_load(path.read_text())
        for version in crd["spec"]["versions"]:
            schema = strict(version["schema"]["openAPIV3Schema"])
            out[(f"{crd['spec']['group']}/{version['name']}", crd["spec"]["names"]["kind"])] = \
                schema
    return out


def strict(schema: dict) -> dict:
    """The schema with additionalProperties false wherever it lists properties and keeps no
    unknown fields: the API server would prune a misspelt key silently."""
    schema = dict(schema)
    if "properties" in schema and "additionalProperties" not in schema \
            and not schema.get("x-kubernetes-preserve-unknown-fields"):
        schema["additionalProperties"] = False
    for key in ("properties",):
        if key in schema:
            schema[key] = {k: strict(v) for k, v in schema[key].items()}
    if isinstance(schema.get("items"), dict):
        schema["items"] = strict(schema["items"])
    if isinstance(schema.get("additionalProperties"), dict):
        schema["additionalProperties"] = strict(schema["additionalProperties"])
    return schema


CRD_SCHEMAS = crd_schemas()


def validate(manifest: dict) -> None:
    """Raise when the manifest does not match its kind's schema."""
    key = (manifest["apiVersion"], manifest["kind"])
    if key in CRD_SCHEMAS:
        # not checked as a schema itself: its patterns are Go's (RE2), some not Python's
        jsonschema.Draft7Validator(CRD_SCHEMAS[key]).validate(manifest)
    else:
        kubernetes_validate.validate(manifest, KUBERNETES_VERSION, strict=True)


def tls_config(tmp_path, client_certificates: bool = False) -> Config:
    ca = CA(tmp_path)
    ca.issue("server")
    hashed = bcrypt.hashpw(b"pw", bcrypt.gensalt(4)).decode()
    client = (f"  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: "
              f"{ca.path.name}\n") if client_certificates else ""
    path = tmp_path / "web.yml"
    path.write_text(f"tls_server_config:\n  cert_file: server.pem\n  key_file: server.key\n"
                    f"{client}basic_auth_users: {{prometheus: '{hashed}'}}\n")
    return Config(web=WebConfig(config_file=str(path)),
                  kubernetes=KubernetesConfig(namespace="shop", monitor_labels={
                      "release": "kube-prometheus-stack"}))


def test_committed_manifests_are_exactly_the_rendered_defaults():
    files = render.kubernetes_outputs(Config())
    for name, content in files.items():
        assert (COMMITTED / name).exists(), f"{name} missing: run `llm-exporter render " \
                                            "--kubernetes --out deploy/kubernetes`"
        assert (COMMITTED / name).read_text() == content, f"{name} differs: re-render"
    assert sorted(p.name for p in COMMITTED.iterdir()) == sorted(files)


@pytest.mark.parametrize("variant", ["defaults", "tls-basic-auth", "client-certificates"])
def test_every_manifest_matches_its_schema(tmp_path, variant):
    config = {"defaults": lambda: Config(),
              "tls-basic-auth": lambda: tls_config(tmp_path),
              "client-certificates": lambda: tls_config(tmp_path, True)}[variant]()
    manifests = kubernetes.manifests(config)
    kinds = set()
    for manifest in manifests.values():
        validate(manifest)
        kinds.add(manifest["kind"])
    assert kinds == {"ConfigMap", "Deployment", "PodMonitor", "Service", "ServiceMonitor",
                     "PrometheusRule", "Secret", "CronJob"}
    snippet = kubernetes.sidecar_snippet(config)  # pasted into another pod's spec
    validate({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "any"},
              "spec": {"containers": snippet["containers"], "volumes": snippet["volumes"]}})


def test_the_report_cron_job_runs_the_report_against_alerting_prometheus_url():
    from llm_exporter.cli import _parser

    config = dataclasses.replace(Config(), alerting=dataclasses.replace(
        Config().alerting, prometheus_url="http://prom.monitoring:9090"))
    job = kubernetes.manifests(config)["report-cronjob.yaml"]
    pod = job["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    args = _parser().parse_args(container["args"])  # what the image's entrypoint gets
    assert (args.command, args.prometheus, args.period) == (
        "report", "http://prom.monitoring:9090", "1d")
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    secret = {v["name"]: v for v in pod["volumes"]}["slack"]["secret"]
    assert args.slack_webhook_url_file == \
        f"{mounts['slack']}/{secret['items'][0]['path']}"
    assert secret["secretName"] == kubernetes.ALERTING_SECRET  # Alertmanager's Slack URL
    assert args.out.startswith(mounts["reports"] + "/")
    assert "report-cronjob.yaml" not in kubernetes.kustomization(
        list(kubernetes.manifests(Config())), Config())["resources"]


def test_the_schemas_refuse_a_misspelt_key():
    manifests = kubernetes.manifests(Config())
    monitor = manifests["podmonitor.yaml"]
    monitor["spec"]["podMetricsEndpoints"][0]["interva1"] = "15s"
    with pytest.raises(jsonschema.ValidationError, match="interva1"):
        validate(monitor)
    deployment = manifests["deployment.yaml"]
    deployment["spec"]["template"]["spec"]["containers"][1]["livenesProbe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        validate(deployment)


def test_the_prometheus_rule_holds_exactly_the_rendered_rules_and_passes_promtool(tmp_path):
    config = Config()
    rule = kubernetes.manifests(config)["prometheusrule.yaml"]
    rendered = yaml.safe_load(render.outputs(config)["rules/llm-exporter.rules.yaml"])
    assert rule["spec"] == rendered
    promtool = shutil.which("promtool")
    assert promtool, "promtool not found: install Debian's prometheus package (see .ci/run)"
    (tmp_path / "rules").mkdir()
    extracted = tmp_path / "rules" / "llm-exporter.rules.yaml"
    extracted.write_text(yaml.safe_dump(rule["spec"]))
    check = subprocess.run([promtool, "check", "rules", str(extracted)], capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    # one of the unit test files, pointed at the groups taken out of the PrometheusRule
    (tmp_path / "tests" / "rules").mkdir(parents=True)
    unit = tmp_path / "tests" / "rules" / "exporter.test.yaml"
    shutil.copy(ROOT / "tests" / "rules" / "exporter.test.yaml", unit)
    test = subprocess.run([promtool, "test", "rules", unit.name], capture_output=True,
                          text=True, cwd=unit.parent)
    assert test.returncode == 0 and "SUCCESS" in test.stdout, test.stdout + test.stderr


def test_the_alertmanager_secret_holds_the_rendered_routes_and_amtool_accepts_them(tmp_path):
    secret = kubernetes.manifests(Config())["alertmanager-secret.yaml"]
    assert secret["metadata"]["name"] == "alertmanager-main"
    routes = yaml.safe_load(secret["stringData"]["alertmanager.yaml"])
    rendered = yaml.safe_load(render.outputs(Config())["alertmanager/alertmanager.yml"])
    assert routes["route"] == rendered["route"]
    assert routes["inhibit_rules"] == rendered["inhibit_rules"]
    secrets = "/etc/alertmanager/secrets/llm-exporter-alerting/"
    assert routes["receivers"][1]["slack_configs"][0]["api_url_file"] == \
        secrets + "slack-webhook-url"
    # amtool, with the template where the Operator mounts the Secret's other keys
    (tmp_path / "llm-exporter.tmpl").write_text(secret["stringData"]["llm-exporter.tmpl"])
    routes["templates"] = [str(tmp_path / "llm-exporter.tmpl")]
    (tmp_path / "alertmanager.yaml").write_text(yaml.safe_dump(routes))
    amtool = shutil.which("amtool")
    assert amtool, "amtool not found: install Debian's prometheus-alertmanager (see .ci/run)"
    check = subprocess.run([amtool, "check-config", str(tmp_path / "alertmanager.yaml")],
                           capture_output=True, text=True)
    assert check.returncode == 0 and "Found:" in check.stdout, check.stdout + check.stderr


def subset(ours: object, theirs: object, where: str = "") -> list[str]:
    """Where ``ours`` has a value that ``theirs`` lacks or differs in."""
    if isinstance(ours, dict):
        if not isinstance(theirs, dict):
            return [where]
        return [p for k, v in ours.items()
                for p in (subset(v, theirs[k], f"{where}.{k}") if k in theirs
                          else [f"{where}.{k} lost"])]
    if isinstance(ours, list):
        if not isinstance(theirs, list) or len(ours) != len(theirs):
            return [where]
        return [p for i, (a, b) in enumerate(zip(ours, theirs, strict=True))
                for p in subset(a, b, f"{where}[{i}]")]
    return [] if ours == theirs else [f"{where}: {ours!r} != {theirs!r}"]


# keys Grafana reads that its core dashboard schema (the SDK's model) does not hold: the
# Prometheus data source's own annotation options, and the text a query variable shows
NOT_IN_THE_CORE_SCHEMA = {"definition", "titleFormat", "textFormat", "step"}


def test_dashboard_config_maps_round_trip_through_grafanas_own_models():
    maps = kubernetes.dashboard_config_maps(Config())
    boards = dashboards.build(Config())
    assert len(maps) == len(boards) == 6
    for manifest in maps.values():
        assert manifest["metadata"]["labels"]["grafana_dashboard"] == "1"
        ((name, text),) = manifest["data"].items()
        board = json.loads(text)
        assert board == boards[name]
        model = Dashboard.from_json(board)
        again = json.loads(json.dumps(model, cls=JSONEncoder))
        lost = [p for p in subset(board, again)
                if not (p.endswith(" lost") and p[:-5].rsplit(".", 1)[-1]
                        in NOT_IN_THE_CORE_SCHEMA)]
        assert lost == [], name
        assert len(again["panels"]) == len(board["panels"])


def test_the_sidecar_config_map_loads_back_as_the_config_in_the_pod(tmp_path):
    config = tls_config(tmp_path)
    config_map = kubernetes.manifests(config)["configmap.yaml"]
    loaded = config_from_dict(yaml.safe_load(config_map["data"]["config.yaml"]))
    assert loaded == kubernetes.sidecar_config(config)
    assert loaded.web.config_file == "/etc/llm-exporter/web/web.yml"
    assert loaded.ingest.unixgram == "/run/llm-exporter/events.sock"
    assert "$2b$" not in json.dumps(kubernetes.manifests(config))  # hashes stay in a Secret


def test_tls_and_basic_auth_reach_the_scrape_settings_and_the_probes(tmp_path):
    manifests = kubernetes.manifests(tls_config(tmp_path))
    endpoint = manifests["podmonitor.yaml"]["spec"]["podMetricsEndpoints"][0]
    assert endpoint["scheme"] == "https"
    assert endpoint["tlsConfig"]["ca"] == {"secret": {"name": "llm-exporter-scrape",
                                                      "key": "ca.crt"}}
    assert endpoint["basicAuth"]["password"] == {"name": "llm-exporter-scrape",
                                                 "key": "password"}
    assert "cert" not in endpoint["tlsConfig"]
    assert manifests["podmonitor.yaml"]["metadata"]["labels"]["release"] == \
        "kube-prometheus-stack"
    sidecar = manifests["deployment.yaml"]["spec"]["template"]["spec"]["containers"][1]
    assert sidecar["readinessProbe"]["httpGet"]["scheme"] == "HTTPS"
    mounts = {m["mountPath"] for m in sidecar["volumeMounts"]}
    assert {"/etc/llm-exporter/web", "/etc/llm-exporter/tls"} <= mounts
    manifests = kubernetes.manifests(tls_config(tmp_path, client_certificates=True))
    endpoint = manifests["servicemonitor.yaml"]["spec"]["endpoints"][0]
    assert endpoint["tlsConfig"]["keySecret"] == {"name": "llm-exporter-scrape",
                                                  "key": "tls.key"}
    sidecar = manifests["deployment.yaml"]["spec"]["template"]["spec"]["containers"][1]
    assert "tcpSocket" in sidecar["livenessProbe"]  # a kubelet probe has no client cert


@pytest.mark.parametrize("config, message", [
    (Config(traces=TracesConfig(endpoint="https://otlp.example/v1/traces",
                                headers={"Authorization": "Bearer x"})),
     "traces.headers.Authorization: a credential"),
    (Config(traces=TracesConfig(endpoint="https://otlp.example/v1/traces",
                                headers={"X-Api-Key": "x"})), "traces.headers.X-Api-Key"),
    (Config(proxy=dataclasses.replace(Config().proxy, listen_address="127.0.0.1:8080",
                                      upstreams=(Upstream("o", "https://u:p@api.example"),))),
     r"proxy.upstreams\[0\].url: holds a password"),
    (Config(web=WebConfig(listen_address="127.0.0.1:9478")), "is loopback"),
])
def test_a_config_that_would_inline_a_secret_or_hide_the_port_is_refused(config, message):
    with pytest.raises(ConfigError, match=message):
        kubernetes.manifests(config)


def test_a_tenant_header_is_not_a_secret():
    config = Config(traces=TracesConfig(endpoint="http://tempo:4318/v1/traces",
                                        headers={"X-Scope-OrgID": "team-a"}))
    text = kubernetes.manifests(config)["configmap.yaml"]["data"]["config.yaml"]
    assert "X-Scope-OrgID: team-a" in text


def test_render_kubernetes_as_a_command(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "llm_exporter", "render", "--kubernetes",
                           "--out", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    kustomization = yaml.safe_load((tmp_path / "kustomization.yaml").read_text())
    for resource in kustomization["resources"]:
        assert (tmp_path / resource).exists()
        validate(yaml.safe_load((tmp_path / resource).read_text()))
    assert "servicemonitor.yaml" not in kustomization["resources"]  # the alternative
