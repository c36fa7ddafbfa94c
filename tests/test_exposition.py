"""The /metrics writer, checked against prometheus-client's own writer and parsers."""

import pytest
from prometheus_client import generate_latest
from prometheus_client.openmetrics.parser import text_string_to_metric_families as om_parse

from llm_exporter.config import Budget, Config
from llm_exporter.sidecar.core.decode import Feedback, LlmCall, Step
from llm_exporter.sidecar.core.exposition import CHUNK_SERIES, as_metric_families, negotiate, render
from llm_exporter.sidecar.core.store import Store

from conftest import samples

PROMETHEUS_ACCEPT = ("application/openmetrics-text;version=1.0.0,application/openmetrics-text;"
                     "version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1")


def busy_store() -> Store:
    store = Store(Config(budgets=(Budget("acme", daily_usd=5.5),)))
    for i in range(30):
        store.observe_call(LlmCall(
            provider="openai" if i % 2 else "anthropic", model=f"m{i % 3}", duration_s=0.1 * i,
            ttft_s=0.01 * i, input_tokens=100 * i, output_tokens=i, cache_read_tokens=i,
            tenant='we"ird\\ten\nant' if i == 7 else f"t{i % 4}", finish_reason="stop",
            error_type="timeout" if i % 5 == 0 else "", trace_id=f"{i:032x}", ts=1.7e9 + i,
            refusal=i % 9 == 0, retries=i % 2))
    store.observe_feedback(Feedback(name="rating", value=0.5, model="m1"))
    store.observe_step(Step(workflow="rag", step="retrieve", duration_s=0.02))
    return store


def reference(store: Store) -> bytes:
    """The same families written by prometheus-client's generate_latest."""
    class Collector:
        def collect(self):
            return as_metric_families(store.families())
    return generate_latest(Collector())


def without_empty_labels(parsed):
    return {(name, tuple((k, v) for k, v in labels if v)): value
            for (name, labels), value in parsed.items()}


def test_text_output_equals_prometheus_client_reference():
    store = busy_store()
    ours = "".join(render(store.families(), openmetrics=False))
    theirs = reference(store).decode()
    # prometheus-client writes empty label values (error_type=""); we leave them out,
    # which Prometheus treats as the same series.
    assert samples(ours) == without_empty_labels(samples(theirs))
    assert len(samples(ours)) > 300


def test_openmetrics_output_parses_strictly_with_exemplars():
    store = busy_store()
    text = "".join(render(store.families(), openmetrics=True)) + "# EOF\n"
    families = {f.name: f for f in om_parse(text)}
    duration = families["gen_ai_client_operation_duration_seconds"]
    assert duration.unit == "seconds"
    exemplars = [s.exemplar for s in duration.samples if s.exemplar]
    assert exemplars and all(len(e.labels["trace_id"]) == 32 for e in exemplars)
    assert families["llm_requests"].type == "counter"
    assert any(s.name == "llm_requests_total" for s in families["llm_requests"].samples)


def test_label_values_are_escaped():
    store = busy_store()
    text = "".join(render(store.families(), openmetrics=False))
    assert r'tenant="we\"ird\\ten\nant"' in text
    assert ("llm_requests_total", (("error_type", ""), ("gen_ai_operation_name", "chat"),
            ("gen_ai_provider_name", "openai"), ("gen_ai_request_model", "m1"),
            ("tenant", 'we"ird\\ten\nant'))) in {
        (n, tuple(sorted(({"error_type": ""} | dict(labels)).items())))
        for (n, labels) in samples(text)}


def test_chunks_let_the_loop_run_during_big_scrapes():
    store = Store(Config())
    for i in range(5000):
        store.observe_call(LlmCall(provider="openai", model="gpt-4o", duration_s=1,
                                   tenant=f"t{i % 1000}",
                                   prompt_name=f"p{i}"))
    series = sum(len(f.samples) for f in store.families())
    chunks = list(render(store.families(), openmetrics=False))
    assert series > 2000
    assert len(chunks) == series // CHUNK_SERIES + 1


@pytest.mark.parametrize("accept, openmetrics", [
    (PROMETHEUS_ACCEPT, True),
    ("text/plain;version=0.0.4", False),
    (None, False),
    ("*/*", False),
])
def test_negotiation(accept, openmetrics):
    assert negotiate(accept)[0] is openmetrics


def test_bucket_bounds_are_written_as_opentelemetrys_prometheus_exporter_writes_them():
    # Prometheus 2 compares le as a string: 1.6777216e+07 and 16777216 are different buckets
    # to sum by (le), so the sidecar writes what the OpenTelemetry exporter writes
    import re

    from opentelemetry.exporter.prometheus import PrometheusMetricReader
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.view import ExplicitBucketHistogramAggregation, View
    from prometheus_client import CollectorRegistry

    from llm_exporter.metrics import DURATION, TOKEN_USAGE

    registry = CollectorRegistry()
    provider = MeterProvider(metric_readers=[PrometheusMetricReader(registry=registry)], views=[
        View(instrument_name=m.name.replace("_", "."),
             aggregation=ExplicitBucketHistogramAggregation(m.buckets))
        for m in (TOKEN_USAGE, DURATION)])
    meter = provider.get_meter("test")
    meter.create_histogram(TOKEN_USAGE.name.replace("_", ".")).record(100)
    meter.create_histogram(DURATION.name.replace("_", "."), unit="s").record(1.0)
    theirs = generate_latest(registry).decode()
    provider.shutdown()
    store = Store(Config())
    store.observe_call(LlmCall(model="m", duration_s=1.0, input_tokens=100))
    ours = "".join(render(store.families(), openmetrics=False))
    for family in (TOKEN_USAGE.name, DURATION.name):
        def les(text, family=family):
            return re.findall(rf'^{family}\w*_bucket{{.*?le="([^"]+)"', text, re.M)
        assert len(les(theirs)) == len(TOKEN_USAGE.buckets if family == TOKEN_USAGE.name
                                       else DURATION.buckets) + 1, theirs
        assert les(ours)[:len(les(theirs))] == les(theirs), family
    assert 'le="16777216"' in ours and 'le="1"' in ours


def test_each_exemplar_sits_on_the_bucket_of_its_value_with_the_events_timestamp():
    from llm_exporter.config import Config
    from llm_exporter.sidecar.core.decode import LlmCall
    from llm_exporter.sidecar.core.store import Store

    store = Store(Config())
    calls = {}  # trace id -> (duration, ts)
    for i, duration in enumerate([0.005, 0.03, 0.5, 3.0, 15.0, 200.0]):
        trace = f"{i + 1:032x}"
        calls[trace] = (duration, 1_790_000_000.25 + i)
        store.observe_call(LlmCall(provider="openai", model="gpt-4o", duration_s=duration,
                                   trace_id=trace, ts=calls[trace][1]))
    text = "".join(render(store.families(), openmetrics=True)) + "# EOF\n"
    (duration,) = [f for f in om_parse(text)
                   if f.name == "gen_ai_client_operation_duration_seconds"]
    buckets = [s for s in duration.samples if s.name.endswith("_bucket")]
    seen = set()
    previous = 0.0
    for s in buckets:
        le = float(s.labels["le"])
        if s.exemplar is not None:
            value, ts = calls[s.exemplar.labels["trace_id"]]
            assert previous < value <= le, (s.labels["le"], value)  # its own bucket
            assert s.exemplar.value == value
            assert float(s.exemplar.timestamp) == ts  # the event's ts, not the scrape's time
            seen.add(s.exemplar.labels["trace_id"])
        previous = le
    assert seen == set(calls)  # one bucket each: none lost, none moved


def test_each_family_is_named_typed_and_described_as_prometheus_client_writes_it():
    from prometheus_client.parser import text_string_to_metric_families as text_parse

    store = busy_store()
    ours = "".join(render(store.families(), openmetrics=False))

    def meta(text):
        return {f.name: (f.type, f.documentation, f.unit) for f in text_parse(text)}
    assert meta(ours) == meta(reference(store).decode())
    assert "# UNIT" not in ours  # the text format has no units; OpenMetrics has
    assert "# UNIT gen_ai_client_operation_duration_seconds seconds\n" in "".join(
        render(store.families(), openmetrics=True))


@pytest.mark.parametrize("tenant, written", [
    ('say "hi"', r'say \"hi\"'), ("back\\slash", r"back\\slash"), ("two\nlines", r"two\nlines"),
    ("plain", "plain"),
])
def test_each_character_that_needs_it_is_escaped_on_its_own(tenant, written):
    store = Store(Config())
    store.observe_call(LlmCall(provider="openai", model="m", duration_s=1.0, tenant=tenant))
    text = "".join(render(store.families(), openmetrics=False))
    assert f'tenant="{written}"}} 1\n' in text  # a count is written as an integer
    assert ("llm_requests_total", (("gen_ai_operation_name", "chat"),
                                   ("gen_ai_provider_name", "openai"),
                                   ("gen_ai_request_model", "m"), ("tenant", tenant))) \
        in samples(text)


def _reference_of(families) -> bytes:
    class Collector:
        def collect(self):
            return as_metric_families(families)
    return generate_latest(Collector())


def test_gauges_and_series_whose_every_label_is_empty_are_written_as_the_reference_writes():
    from llm_exporter import metrics
    from llm_exporter.sidecar.core.store import Family

    budget = Family(metrics.BUDGET, {("acme", "1d"): 5.5, ("", ""): 2.0})
    requests = Family(metrics.REQUESTS, {("", "", "", "", ""): 3})
    duration = Family(metrics.DURATION, {
        ("", "", "", ""): ([1] + [0] * len(metrics.DURATION.buckets), 0.25)})
    families = [budget, requests, duration]
    ours = "".join(render(families, openmetrics=False))
    assert samples(ours) == without_empty_labels(samples(_reference_of(families).decode()))
    lines = ours.splitlines()
    assert 'llm_budget_usd{tenant="acme",window="1d"} 5.5' in lines
    assert "llm_budget_usd 2.0" in lines and "llm_requests_total 3" in lines  # no {}
    assert 'gen_ai_client_operation_duration_seconds_bucket{le="0.01"} 1' in lines
    assert "gen_ai_client_operation_duration_seconds_count 1" in lines
    assert "gen_ai_client_operation_duration_seconds_sum 0.25" in lines


def test_exemplars_only_in_openmetrics_with_the_trace_and_span_ids():
    store = Store(Config())
    store.observe_call(LlmCall(provider="openai", model="gpt-4o", duration_s=0.5,
                               trace_id="a" * 32, span_id="b" * 16, ts=1.7e9))
    text = "".join(render(store.families(), openmetrics=False))
    assert "trace_id" not in text and " # " not in text  # the text format has no exemplars
    om = "".join(render(store.families(), openmetrics=True))
    assert (f'gen_ai_client_operation_duration_seconds_bucket{{gen_ai_provider_name="openai",'
            f'gen_ai_request_model="gpt-4o",gen_ai_operation_name="chat",le="0.64"}} 1 '
            f'# {{trace_id="{"a" * 32}",span_id="{"b" * 16}"}} 0.5 1700000000.000') in om


def test_a_scrape_in_many_chunks_is_the_reference_joined():
    store = Store(Config())
    for i in range(3000):
        store.observe_call(LlmCall(provider="openai", model="gpt-4o", duration_s=1,
                                   tenant=f"t{i}"))
    chunks = list(render(store.families(), openmetrics=False))
    assert len(chunks) > 2
    assert samples("".join(chunks)) == without_empty_labels(samples(reference(store).decode()))


def test_a_thousand_series_and_their_header_make_two_chunks():
    store = Store(Config())
    for i in range(CHUNK_SERIES):
        store.observe_call(LlmCall(provider="openai", model="gpt-4o", duration_s=1,
                                   tenant=f"t{i}"))
    requests = [f for f in store.families() if f.metric.name == "llm_requests"]
    assert len(requests[0].samples) == CHUNK_SERIES
    assert [c.count("\n") for c in render(requests, openmetrics=False)] == [
        2 + CHUNK_SERIES - 1, 1]  # the header's two lines, then a chunk per 1000 entries


def test_self_metrics_in_openmetrics_leave_the_eof_to_the_end_of_the_scrape():
    from prometheus_client import CollectorRegistry, Counter

    from llm_exporter.sidecar.core.exposition import self_metrics

    registry = CollectorRegistry()
    Counter("llm_exporter_things", "Things.", registry=registry).inc(2)
    om = self_metrics(registry, openmetrics=True)
    assert "llm_exporter_things_total 2.0" in om and "# EOF" not in om
    text = self_metrics(registry, openmetrics=False)
    assert "# TYPE llm_exporter_things_total counter" in text and "# EOF" not in text
