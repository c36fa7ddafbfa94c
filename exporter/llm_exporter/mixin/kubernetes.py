"""`llm-exporter render --kubernetes`: Kubernetes and Prometheus Operator manifests from the
same config that renders the rules, dashboards and routes.

Built as data and dumped with yaml, like the rest of ``render``: the sidecar's config as a
ConfigMap, an example Deployment of an application with the sidecar beside it (and the
container alone, to paste into another pod), a PodMonitor (a Service and ServiceMonitor as
the alternative), a PrometheusRule with exactly the rendered rule groups, the Alertmanager
configuration Secret the Operator reads, one ConfigMap per dashboard for Grafana's sidecar,
and a kustomization.yaml for ``kubectl apply -k``.

Secrets are referenced by name, never written: a config that holds one inline (trace export
headers, a password in a URL) is refused. The committed deploy/kubernetes/ is this on the
defaults, and a test fails when it drifts.
"""

from __future__ import annotations

import dataclasses
import re

import yaml

from llm_exporter.config import Config, ConfigError, split_host_port, to_dict
from llm_exporter.mixin import alertmanager, dashboards, rules
from llm_exporter.mixin.dashboards import dump_json
from llm_exporter.protocol import DEFAULT_UDP_ADDRESS, DEFAULT_WEB_PORT

SIDECAR = "llm-exporter"
METRICS_PORT = "http-metrics"
CONFIG_DIR = "/etc/llm-exporter"
SOCKET_DIR = "/run/llm-exporter"
WEB_CONFIG_DIR = "/etc/llm-exporter/web"  # the web config file, from WEB_CONFIG_SECRET
TLS_DIR = "/etc/llm-exporter/tls"  # tls.crt, tls.key, ca.crt (cert-manager's layout)
WEB_CONFIG_SECRET = "llm-exporter-web-config"  # key web.yml
TLS_SECRET = "llm-exporter-tls"
SCRAPE_SECRET = "llm-exporter-scrape"  # what Prometheus shows: username, password, tls.*
ALERTING_SECRET = "llm-exporter-alerting"  # slack-webhook-url, pagerduty-routing-key
ALERTMANAGER_SECRETS = "/etc/alertmanager/secrets"  # where the Operator mounts spec.secrets
ALERTMANAGER_CONFIG = "/etc/alertmanager/config"  # the config Secret's other keys
TEMPLATE_KEY = "llm-exporter.tmpl"
CREDENTIAL_HEADER = re.compile(r"authorization|token|key|secret|password|cookie", re.I)
# measured with `llm-exporter demo` (the sidecar and its traffic generator in one process):
# RSS 64 MiB at 10 and at 1,000 calls/s, 1.1 MiB more per 1k label sets (the default cap of
# 20,000 adds ~27 MiB, bench/run.py cap); CPU 0.9 % of a core at 10 calls/s, 33 % at 1,000
RESOURCES = {"requests": {"cpu": "50m", "memory": "96Mi"},
             "limits": {"memory": "256Mi"}}


@dataclasses.dataclass(frozen=True)
class Scrape:
    """How Prometheus reaches the sidecar, as the web config file has it."""

    tls: bool = False
    client_certificates: bool = False  # Prometheus must show one
    basic_auth: bool = False


def scrape_of(config: Config) -> Scrape:
    """Read the web config file (when there is one) for what the scrape needs."""
    if not config.web.config_file:
        return Scrape()
    from llm_exporter import webconfig

    web = webconfig.load(config.web.config_file)
    tls = web.tls_server_config
    return Scrape(tls=tls.enabled,
                  client_certificates=tls.client_auth_type == "RequireAndVerifyClientCert",
                  basic_auth=bool(web.basic_auth_users))


def check_no_inline_secrets(config: Config) -> None:
    """Refuse a config that would put a secret into a ConfigMap."""
    for name in config.traces.headers:
        if CREDENTIAL_HEADER.search(name):
            raise ConfigError(f"traces.headers.{name}: a credential has no place in a "
                              "ConfigMap; render --kubernetes refuses it (reach the OTLP "
                              "endpoint with traces.cert_file and traces.key_file from a "
                              "Secret)")
    urls = {f"proxy.upstreams[{i}].url": u.url for i, u in enumerate(config.proxy.upstreams)}
    urls["proxy.spend.prometheus_url"] = config.proxy.spend.prometheus_url
    for key, url in urls.items():
        if "@" in url.split("//", 1)[-1].split("/", 1)[0]:
            raise ConfigError(f"{key}: holds a password; render --kubernetes does not put "
                              "one into a ConfigMap")


def sidecar_config(config: Config) -> Config:
    """The config the sidecar runs with in the pod: its socket in the shared emptyDir, the
    web config file from its Secret, no kubernetes section."""
    web = config.web
    if web.config_file:
        web = dataclasses.replace(web, config_file=f"{WEB_CONFIG_DIR}/web.yml")
    ingest = dataclasses.replace(config.ingest, unixgram=f"{SOCKET_DIR}/events.sock")
    return dataclasses.replace(config, web=web, ingest=ingest,
                               kubernetes=type(config.kubernetes)())


def _meta(name: str, config: Config, labels: dict[str, str] | None = None) -> dict:
    return {"name": name, "namespace": config.kubernetes.namespace,
            "labels": {"app.kubernetes.io/name": SIDECAR,
                       "app.kubernetes.io/part-of": config.kubernetes.app_name,
                       **(labels or {})}}


def config_map(config: Config) -> dict:
    text = yaml.safe_dump(to_dict(sidecar_config(config)), sort_keys=False) or "{}\n"
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": _meta(f"{SIDECAR}-config",
                                                                     config),
            "data": {"config.yaml": text}}


def _probe(path: str, scrape: Scrape, period: int, failures: int) -> dict:
    if scrape.client_certificates:  # a kubelet probe cannot show a client certificate
        check: dict = {"tcpSocket": {"port": METRICS_PORT}}
    else:
        check = {"httpGet": {"path": path, "port": METRICS_PORT,
                             "scheme": "HTTPS" if scrape.tls else "HTTP"}}
    return {**check, "periodSeconds": period, "failureThreshold": failures, "timeoutSeconds": 2}


def web_port(config: Config) -> int:
    """The web listener's port; refuses an address Prometheus in another pod cannot reach."""
    host, port = split_host_port(config.web.listen_address, "web.listen_address")
    if host in ("127.0.0.1", "localhost", "::1"):
        raise ConfigError(f"web.listen_address: {config.web.listen_address} is loopback: "
                          "Prometheus scrapes the pod from outside it; use :PORT")
    return port or DEFAULT_WEB_PORT


def sidecar_container(config: Config, scrape: Scrape) -> dict:
    """The sidecar's container, for any pod."""
    mounts = [{"name": "llm-exporter-config", "mountPath": CONFIG_DIR, "readOnly": True},
              {"name": "llm-exporter-socket", "mountPath": SOCKET_DIR}]
    if config.web.config_file:
        mounts.append({"name": "llm-exporter-web-config", "mountPath": WEB_CONFIG_DIR,
                       "readOnly": True})
    if scrape.tls:
        mounts.append({"name": "llm-exporter-tls", "mountPath": TLS_DIR, "readOnly": True})
    return {
        "name": SIDECAR,
        "image": config.kubernetes.image,
        "args": ["run", f"--config.file={CONFIG_DIR}/config.yaml"],
        "ports": [{"name": METRICS_PORT, "containerPort": web_port(config), "protocol": "TCP"}],
        "readinessProbe": _probe("/readyz", scrape, 5, 3),
        "livenessProbe": _probe("/healthz", scrape, 10, 6),
        "resources": RESOURCES,
        "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "runAsGroup": 10001,
                            "readOnlyRootFilesystem": True, "allowPrivilegeEscalation": False,
                            "capabilities": {"drop": ["ALL"]},
                            "seccompProfile": {"type": "RuntimeDefault"}},
        "volumeMounts": mounts,
    }


def sidecar_volumes(config: Config, scrape: Scrape) -> list[dict]:
    volumes = [{"name": "llm-exporter-config",
                "configMap": {"name": f"{SIDECAR}-config"}},
               {"name": "llm-exporter-socket", "emptyDir": {"medium": "Memory",
                                                            "sizeLimit": "1Mi"}}]
    if config.web.config_file:
        volumes.append({"name": "llm-exporter-web-config",
                        "secret": {"secretName": WEB_CONFIG_SECRET}})
    if scrape.tls:
        volumes.append({"name": "llm-exporter-tls", "secret": {"secretName": TLS_SECRET}})
    return volumes


def deployment(config: Config, scrape: Scrape) -> dict:
    """An example application with the sidecar beside it: events over loopback UDP (a pod
    shares its network) or the unix socket in the shared emptyDir."""
    app = config.kubernetes.app_name
    labels = {"app.kubernetes.io/name": app}
    return {
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": app, "namespace": config.kubernetes.namespace, "labels": labels},
        "spec": {
            "replicas": 2,
            "selector": {"matchLabels": dict(labels)},
            "template": {
                "metadata": {"labels": {**labels, "llm-exporter/scrape": "true"}},
                "spec": {
                    "securityContext": {"runAsNonRoot": True, "fsGroup": 10001},
                    "containers": [
                        {"name": app, "image": config.kubernetes.app_image,
                         "env": [{"name": "LLM_EXPORTER_ADDR",
                                  "value": f"udp:{DEFAULT_UDP_ADDRESS}"}],
                         "volumeMounts": [{"name": "llm-exporter-socket",
                                           "mountPath": SOCKET_DIR}]},
                        sidecar_container(config, scrape),
                    ],
                    "volumes": sidecar_volumes(config, scrape),
                },
            },
        },
    }


def _endpoint(config: Config, scrape: Scrape) -> dict:
    """A PodMonitor's or ServiceMonitor's endpoint (both have the same fields)."""
    # the rules select job="llm-exporter" (alerting.selector), whatever the app is called
    endpoint: dict = {"port": METRICS_PORT, "path": config.web.telemetry_path,
                      "interval": "15s", "relabelings": [
                          {"action": "replace", "targetLabel": "job", "replacement": SIDECAR}]}
    if scrape.tls:
        endpoint["scheme"] = "https"
        tls: dict = {"ca": {"secret": {"name": SCRAPE_SECRET, "key": "ca.crt"}},
                     "serverName": SIDECAR}
        if scrape.client_certificates:
            tls["cert"] = {"secret": {"name": SCRAPE_SECRET, "key": "tls.crt"}}
            tls["keySecret"] = {"name": SCRAPE_SECRET, "key": "tls.key"}
        endpoint["tlsConfig"] = tls
    if scrape.basic_auth:
        endpoint["basicAuth"] = {"username": {"name": SCRAPE_SECRET, "key": "username"},
                                 "password": {"name": SCRAPE_SECRET, "key": "password"}}
    return endpoint


def _monitor(kind: str, endpoints: str, config: Config, scrape: Scrape) -> dict:
    return {"apiVersion": "monitoring.coreos.com/v1", "kind": kind,
            "metadata": _meta(SIDECAR, config, config.kubernetes.monitor_labels),
            "spec": {"selector": {"matchLabels": {"llm-exporter/scrape": "true"}},
                     endpoints: [_endpoint(config, scrape)]}}


def pod_monitor(config: Config, scrape: Scrape) -> dict:
    return _monitor("PodMonitor", "podMetricsEndpoints", config, scrape)


def service(config: Config) -> dict:
    return {"apiVersion": "v1", "kind": "Service",
            "metadata": _meta(SIDECAR, config, {"llm-exporter/scrape": "true"}),
            "spec": {"clusterIP": "None",
                     "selector": {"llm-exporter/scrape": "true"},
                     "ports": [{"name": METRICS_PORT, "port": web_port(config),
                                "targetPort": METRICS_PORT}]}}


def service_monitor(config: Config, scrape: Scrape) -> dict:
    """The alternative to the PodMonitor, through ``service``."""
    return _monitor("ServiceMonitor", "endpoints", config, scrape)


def prometheus_rule(config: Config) -> dict:
    return {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule",
            "metadata": _meta(SIDECAR, config, config.kubernetes.monitor_labels),
            "spec": rules.build(config)}


def alertmanager_secret(config: Config) -> dict:
    """The Alertmanager configuration Secret the Operator reads (alertmanager-<name>; it
    replaces the configuration there): the rendered routes, the Slack URL and PagerDuty key
    read from ALERTING_SECRET, which the Alertmanager resource lists in spec.secrets. The
    routes hold no secret themselves."""
    alerting = config.alerting
    secrets = f"{ALERTMANAGER_SECRETS}/{ALERTING_SECRET}"
    alerting = dataclasses.replace(
        alerting,
        slack=dataclasses.replace(alerting.slack, api_url_file=f"{secrets}/slack-webhook-url"),
        pagerduty=dataclasses.replace(alerting.pagerduty,
                                      routing_key_file=f"{secrets}/pagerduty-routing-key"))
    routed = dataclasses.replace(config, alerting=alerting)
    routes = alertmanager.build(routed)
    routes["templates"] = [f"{ALERTMANAGER_CONFIG}/{TEMPLATE_KEY}"]
    return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
            "metadata": _meta(f"alertmanager-{config.kubernetes.alertmanager_name}", config),
            "stringData": {
                "alertmanager.yaml": yaml.safe_dump(routes, sort_keys=False, width=100),
                TEMPLATE_KEY: alertmanager.notification_template(routed)}}


def dashboard_config_maps(config: Config) -> dict[str, dict]:
    """File name -> a ConfigMap per dashboard, labelled for Grafana's dashboard sidecar."""
    out = {}
    for name, board in dashboards.build(config).items():
        stem = name.removesuffix(".json")
        out[f"dashboard-{stem}.yaml"] = {
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {**_meta(f"{stem}-dashboard", config, {"grafana_dashboard": "1"}),
                         "annotations": {"grafana_folder": "LLM"}},
            "data": {name: dump_json(board)}}
    return out


def manifests(config: Config) -> dict[str, dict]:
    """File name -> manifest, everything ``render --kubernetes`` writes but the
    kustomization."""
    check_no_inline_secrets(config)
    scrape = scrape_of(config)
    files = {
        "configmap.yaml": config_map(config),
        "deployment.yaml": deployment(config, scrape),
        "podmonitor.yaml": pod_monitor(config, scrape),
        "service.yaml": service(config),
        "servicemonitor.yaml": service_monitor(config, scrape),
        "prometheusrule.yaml": prometheus_rule(config),
        "alertmanager-secret.yaml": alertmanager_secret(config),
        "report-cronjob.yaml": report_cron_job(config),
        **dashboard_config_maps(config),
    }
    return files


def report_cron_job(config: Config) -> dict:
    """`llm-exporter report` every morning: yesterday's report, its summary posted to the
    Slack webhook of the alerting Secret. It reads Prometheus at alerting.prometheus_url
    (else the Prometheus Operator's service in namespace monitoring)."""
    prometheus = config.alerting.prometheus_url or "http://prometheus-operated.monitoring.svc:9090"
    container = {
        "name": "report",
        "image": config.kubernetes.image,
        "args": ["report", f"--prometheus={prometheus}", "--period=1d",
                 "--out=/reports/llm-report.html",
                 "--slack.webhook-url-file=/etc/llm-exporter/slack/slack-webhook-url"],
        "env": [{"name": "MPLCONFIGDIR", "value": "/tmp"}],  # matplotlib's cache
        "resources": {"requests": {"cpu": "100m", "memory": "128Mi"},
                      "limits": {"memory": "512Mi"}},
        "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "runAsGroup": 10001,
                            "readOnlyRootFilesystem": True, "allowPrivilegeEscalation": False,
                            "capabilities": {"drop": ["ALL"]},
                            "seccompProfile": {"type": "RuntimeDefault"}},
        "volumeMounts": [{"name": "reports", "mountPath": "/reports"},
                         {"name": "tmp", "mountPath": "/tmp"},
                         {"name": "slack", "mountPath": "/etc/llm-exporter/slack",
                          "readOnly": True}],
    }
    return {
        "apiVersion": "batch/v1", "kind": "CronJob",
        "metadata": _meta(f"{SIDECAR}-report", config),
        "spec": {
            "schedule": "0 7 * * *", "timeZone": "Etc/UTC", "concurrencyPolicy": "Forbid",
            "successfulJobsHistoryLimit": 3, "failedJobsHistoryLimit": 3,
            "jobTemplate": {"spec": {"backoffLimit": 2, "template": {"spec": {
                "restartPolicy": "OnFailure",
                "containers": [container],
                "volumes": [{"name": "reports", "emptyDir": {}},
                            {"name": "tmp", "emptyDir": {}},
                            {"name": "slack", "secret": {
                                "secretName": ALERTING_SECRET,
                                "items": [{"key": "slack-webhook-url",
                                           "path": "slack-webhook-url"}]}}],
            }}}},
        },
    }


SNIPPET_FILE = "sidecar-container.yaml"
# not applied by default: the ServiceMonitor is the alternative to the PodMonitor; the
# report's CronJob needs the Prometheus it reads (alerting.prometheus_url)
ALTERNATIVES = ("service.yaml", "servicemonitor.yaml", "report-cronjob.yaml")


def kustomization(files: list[str], config: Config) -> dict:
    return {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization",
            "namespace": config.kubernetes.namespace,
            "resources": [f for f in files if f not in ALTERNATIVES]}


def sidecar_snippet(config: Config) -> dict:
    """The container and volumes to add to another pod's spec."""
    scrape = scrape_of(config)
    return {"containers": [sidecar_container(config, scrape)],
            "volumes": sidecar_volumes(config, scrape)}
