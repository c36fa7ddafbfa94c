"""deploy/: the compose file mounts what render writes, and its config is valid."""

from pathlib import Path

import yaml

from llm_exporter.config import Config, load_config
from llm_exporter.mixin import render

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


def test_compose_mounts_existing_files_consistent_with_the_rendered_config():
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            source = (DEPLOY / volume.split(":")[0]).resolve()
            assert source.exists(), volume
    rendered = render.outputs(Config())
    alertmanager = yaml.safe_load(rendered["alertmanager/alertmanager.yml"])
    slack_file = alertmanager["receivers"][1]["slack_configs"][0]["api_url_file"]
    assert slack_file.startswith("/etc/alertmanager/secrets/")  # where compose mounts secrets
    assert (DEPLOY / "secrets" / Path(slack_file).name).exists()
    datasource = rendered["grafana/provisioning/datasources/prometheus.yaml"]
    assert "http://prometheus:9090" in datasource  # the compose service name
    dashboards = rendered["grafana/provisioning/dashboards/llm-exporter.yaml"]
    assert "/var/lib/grafana/dashboards/llm-exporter" in dashboards
    prometheus = yaml.safe_load((DEPLOY / "prometheus.yml").read_text())
    assert prometheus["scrape_configs"][0]["job_name"] == "llm-exporter"


def test_deploy_config_is_valid():
    config = load_config(DEPLOY / "config.yaml")
    assert {b.tenant for b in config.budgets} == {"acme", "globex"}


def test_exemplars_open_their_trace_in_the_tempo_the_sidecar_exports_to():
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    tempo = yaml.safe_load((DEPLOY / "tempo.yaml").read_text())
    otlp = tempo["distributor"]["receivers"]["otlp"]["protocols"]["http"]["endpoint"]
    config = load_config(DEPLOY / "config.yaml")
    assert "tempo" in compose["services"]
    assert config.traces.endpoint == f"http://tempo:{otlp.rsplit(':', 1)[1]}/v1/traces"
    sources = yaml.safe_load(render.outputs(Config())[
        "grafana/provisioning/datasources/prometheus.yaml"])["datasources"]
    by_uid = {s["uid"]: s for s in sources}
    (link,) = by_uid["prometheus"]["jsonData"]["exemplarTraceIdDestinations"]
    # the exemplar label the sidecar writes, and a data source that exists
    assert link == {"name": "trace_id", "datasourceUid": "tempo"}
    assert by_uid["tempo"]["url"] == f"http://tempo:{tempo['server']['http_listen_port']}"
