"""The metric catalogue against everything that queries it: every metric and label that the
rendered rules and dashboards use, parsed with a real PromQL parser, must be defined there;
and the sidecar must expose exactly the catalogue's families."""

import re

import promql_parser
import pytest

from llm_exporter import metrics
from llm_exporter.config import (
    Budget,
    Config,
    Evaluator,
    ProxyConfig,
    SpendConfig,
    TracesConfig,
    Upstream,
    UsageConfig,
)
from llm_exporter.mixin import dashboards, rules
from llm_exporter.sidecar.server import Sidecar

# Labels Prometheus adds or histograms carry, and metrics Prometheus itself makes.
TARGET_LABELS = {"job", "instance"}
PROMETHEUS_METRICS = {"up"}
SAMPLES = {name: m for m in metrics.CATALOGUE + metrics.PROCESS_FAMILIES
           for name in m.sample_names()}
ALL_LABELS = {label for m in metrics.CATALOGUE for label in m.labels} | TARGET_LABELS | {"le"}


def _selectors(expr):
    """(metric names, {label names in matchers}) of every vector selector in a PromQL AST."""
    found = []

    def visit(node):  # a range selector's vector selector is visited as its child
        if isinstance(node, promql_parser.VectorSelector):
            names, labels = {node.name} if node.name else set(), set()
            for m in node.matchers.matchers:
                if m.name == "__name__":
                    names |= set(m.value.split("|")) if m.op == promql_parser.MatchOp.Re \
                        else {m.value}
                else:
                    labels.add(m.name)
            found.append((names, labels))

    promql_parser.walk(expr, pre_visit=visit)
    return found


def _grouping_labels(expr):
    """Label names of every by/without/on/ignoring clause."""
    labels = set()

    def visit(node):
        modifier = getattr(node, "modifier", None)
        if isinstance(node, promql_parser.AggregateExpr) and modifier is not None:
            labels.update(modifier.labels)
        if isinstance(node, promql_parser.BinaryExpr) and modifier is not None \
                and modifier.matching is not None:
            labels.update(modifier.matching.labels)

    promql_parser.walk(expr, pre_visit=visit)
    return labels


def problems(promql: str, recorded: set[str], read_label: str | None = None) -> list[str]:
    """What in one query the catalogue does not define (empty when all is well);
    ``read_label`` is a label read from the query's series (Grafana's label_values)."""
    # Grafana's variables: a range and label values, so the query parses as PromQL
    promql = promql.replace("$__rate_interval", "5m")
    promql = re.sub(r"\$(\w+)", r"\1", promql)
    expr = promql_parser.parse(promql)
    out = []
    for names, labels in _selectors(expr):
        for name in names:
            if name in recorded or name in PROMETHEUS_METRICS:
                continue
            family = SAMPLES.get(name)
            if family is None:
                out.append(f"metric {name} is not in the catalogue")
                continue
            allowed = set(family.labels) | TARGET_LABELS
            if name == family.bucket:
                allowed.add("le")
            wanted = labels | ({read_label} if read_label else set())
            out += [f"{name} has no label {label}" for label in sorted(wanted - allowed)]
    out += [f"label {label} is in no family" for label in _grouping_labels(expr) - ALL_LABELS]
    return out


def _dashboard_queries(config: Config):
    """(dashboard, panel or variable, PromQL, label a label_values() variable reads)."""
    for board in dashboards.build(config).values():
        for panel in board["panels"]:
            for target in panel.get("targets", []):
                yield board["uid"], panel["title"], target["expr"], None
        for variable in board["templating"]["list"]:
            match = re.fullmatch(r"label_values\((.+), (\w+)\)", variable.get("definition", ""))
            if match:
                yield board["uid"], variable["name"], match[1], match[2]


def test_the_checker_finds_what_the_catalogue_lacks():
    assert problems('rate(llm_requests_total{job="x", tenant="a"}[5m])', set()) == []
    assert problems('label_values(llm_requests_total{job="x"}, tenant)'[13:-9], set(),
                    "tenant") == []
    assert problems("llm_requests_total", set(), "workflow") == [
        "llm_requests_total has no label workflow"]
    assert problems("rate(llm_requets_total[5m])", set()) == [
        "metric llm_requets_total is not in the catalogue"]
    assert problems('sum(rate(llm_requests_total{finish_reason="x"}[5m]))', set()) == [
        "llm_requests_total has no label finish_reason"]
    assert problems("sum by (tennant) (rate(llm_requests_total[5m]))", set()) == [
        "label tennant is in no family"]
    assert problems('gen_ai_client_token_usage_count{le="1"}', set()) == [
        "gen_ai_client_token_usage_count has no label le"]
    assert problems('{__name__=~"llm_exporter_socket_drops_total|nope_total"}', set()) == [
        "metric nope_total is not in the catalogue"]
    assert problems("llm:made_up:rate5m", set()) == [
        "metric llm:made_up:rate5m is not in the catalogue"]


@pytest.mark.parametrize("config", [Config(), Config(budgets=(Budget("acme", daily_usd=5),))])
def test_every_metric_and_label_the_rules_query_is_in_the_catalogue(config):
    rendered = rules.build(config)["groups"][0]["rules"]
    recorded = {r["record"] for r in rendered if "record" in r}
    found = {r.get("record") or r["alert"]: problems(r["expr"], recorded) for r in rendered}
    assert {name: p for name, p in found.items() if p} == {}


def test_every_metric_and_label_the_dashboards_query_is_in_the_catalogue():
    recorded = {r["record"] for r in rules.build(Config())["groups"][0]["rules"]
                if "record" in r}
    queries = list(_dashboard_queries(Config()))
    assert len(queries) > 50 and sum(1 for *_, label in queries if label) >= 4
    found = {(uid, title): problems(expr, recorded, label) for uid, title, expr, label in queries}
    assert {key: p for key, p in found.items() if p} == {}


def test_the_sidecar_exposes_the_catalogue_and_nothing_else(tmp_path):
    spend = SpendConfig(prometheus_url="http://127.0.0.1:9")
    key_file = tmp_path / "user-id.key"
    key_file.write_text("ab" * 32)
    judge = Evaluator("relevance", "openai", "gpt-4o-mini", "{{ answer }}")
    sidecar = Sidecar(Config(budgets=(Budget("acme", daily_usd=5),),
                             proxy=ProxyConfig(spend=spend, listen_address="127.0.0.1:0",
                                               upstreams=(Upstream("openai", "http://x"),)),
                             traces=TracesConfig(endpoint="http://127.0.0.1:9/v1/traces"),
                             evaluators=(judge,),
                             # the fleet's registers and top spenders need a key file
                             usage=UsageConfig(user_id_key_file=str(key_file))))
    exposed = {f.metric.name for f in sidecar.store.families()}
    exposed |= {m.name for m in sidecar.registry.collect()
                if not m.name.startswith(("process_", "python_"))}
    assert exposed == {m.name for m in metrics.CATALOGUE}


def test_the_duration_and_token_buckets_are_the_genai_semantic_conventions():
    # https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-metrics/: the advised explicit
    # bucket boundaries of gen_ai.client.operation.duration (and time_to_first_chunk) and of
    # gen_ai.client.token.usage; a dashboard or rule written for OpenTelemetry's series
    # must read ours the same
    assert metrics.DURATION_BUCKETS == (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56,
                                        5.12, 10.24, 20.48, 40.96, 81.92)
    assert metrics.TOKEN_BUCKETS == (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144,
                                     1048576, 4194304, 16777216, 67108864)
    assert metrics.DURATION.buckets == metrics.TTFT.buckets == metrics.DURATION_BUCKETS
    assert metrics.TOKEN_USAGE.buckets == metrics.TOKEN_BUCKETS
