"""OTLP metric points into store aggregates (``sidecar/otlp_metrics.py``): re-bucketing,
cumulative streams, which source counts a call, and what each kind of bad point does."""

import math

import pytest
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
)
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.metrics.v1.metrics_pb2 import (
    AggregationTemporality,
    ExponentialHistogramDataPoint,
    HistogramDataPoint,
    Metric,
    NumberDataPoint,
)

from llm_exporter.config import OtlpConfig
from llm_exporter.metrics import DURATION_BUCKETS
from llm_exporter.sidecar import otlp_metrics
from llm_exporter.sidecar.otlp_metrics import MetricPoints, attribute_key

CUMULATIVE = AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE
DELTA = AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA
STARTED = 1_700_000_000  # the sidecar's start, unix seconds
AFTER = (STARTED + 10) * 10**9


def kv(**attrs) -> list[KeyValue]:
    out = []
    for k, v in attrs.items():
        value = AnyValue(int_value=v) if isinstance(v, int) else AnyValue(string_value=v)
        out.append(KeyValue(key=k.replace("__", "."), value=value))
    return out


CHAT = {"gen_ai__operation__name": "chat", "gen_ai__provider__name": "openai",
        "gen_ai__request__model": "gpt-4o"}


def histogram(counts, total, bounds=DURATION_BUCKETS, name="gen_ai.client.operation.duration",
              temporality=DELTA, start=AFTER, unit="s", base=CHAT, **attrs) -> Metric:
    point = HistogramDataPoint(attributes=kv(**{**base, **attrs}), start_time_unix_nano=start,
                               count=sum(counts), sum=total, bucket_counts=counts,
                               explicit_bounds=bounds)
    metric = Metric(name=name, unit=unit)
    metric.histogram.aggregation_temporality = temporality
    metric.histogram.data_points.append(point)
    return metric


def request(*metrics: Metric, service="app") -> ExportMetricsServiceRequest:
    message = ExportMetricsServiceRequest()
    resource = message.resource_metrics.add()
    resource.resource.attributes.extend(kv(service__name=service))
    resource.scope_metrics.add().metrics.extend(metrics)
    return message


def points(**config):
    observed, rejected = [], []
    merger = MetricPoints(OtlpConfig(**config), observed.append, rejected.append,
                          clock=lambda: 0.0, wall_clock=lambda: STARTED)
    return merger, observed, rejected


def test_bounds_other_than_ours_go_to_our_smallest_bucket_that_holds_them():
    merger, observed, _ = points()
    # buckets (..0.015], (0.015..0.3], (0.3..1.0], (1.0..): 1, 2, 3, 4 calls
    merger.merge(request(histogram([1, 2, 3, 4], 10.0, bounds=[0.015, 0.3, 1.0])))
    (a,) = observed
    counts = dict(zip((*DURATION_BUCKETS, math.inf), a.counts, strict=True))
    assert (counts[0.02], counts[0.32], counts[1.28], counts[math.inf]) == (1, 2, 3, 4)
    assert sum(a.counts) == 10 and a.total == 10.0
    assert (a.provider, a.model, a.operation, a.error_type, a.histogram) == (
        "openai", "gpt-4o", "chat", "", "duration")


def test_milliseconds_are_read_as_seconds():
    merger, observed, _ = points()
    merger.merge(request(histogram([0, 1, 0], 250.0, bounds=[100.0, 500.0], unit="ms")))
    (a,) = observed
    assert a.total == 0.25 and a.counts[DURATION_BUCKETS.index(0.64)] == 1


def test_exponential_buckets_are_read_by_their_upper_bound():
    merger, observed, _ = points()
    metric = Metric(name="gen_ai.client.operation.duration", unit="s")
    metric.exponential_histogram.aggregation_temporality = DELTA
    point = ExponentialHistogramDataPoint(attributes=kv(**CHAT), start_time_unix_nano=AFTER,
                                          count=3, sum=1.5, scale=0, zero_count=1)
    point.positive.offset = -2  # scale 0: base 2, bucket -2 is (0.25, 0.5], -1 (0.5, 1]
    point.positive.bucket_counts.extend([1, 1])
    metric.exponential_histogram.data_points.append(point)
    merger.merge(request(metric))
    (a,) = observed
    assert a.counts[0] == 1  # the zero bucket
    assert a.counts[DURATION_BUCKETS.index(0.64)] == 1 and a.counts[
        DURATION_BUCKETS.index(1.28)] == 1


def test_a_cumulative_stream_counts_its_increases_and_survives_a_reset():
    merger, observed, _ = points()
    merger.merge(request(histogram([2, 0], 1.0, bounds=[1.0], temporality=CUMULATIVE)))
    merger.merge(request(histogram([5, 1], 4.0, bounds=[1.0], temporality=CUMULATIVE)))
    merger.merge(request(histogram([5, 1], 4.0, bounds=[1.0], temporality=CUMULATIVE)))
    # the app restarted: a new start time, a smaller count; the whole point is new
    merger.merge(request(histogram([1, 0], 0.5, bounds=[1.0], temporality=CUMULATIVE,
                                   start=AFTER + 10**9)))
    assert [(sum(a.counts), a.total) for a in observed] == [(2, 1.0), (4, 3.0), (0, 0.0),
                                                            (1, 0.5)]
    assert len(merger.streams) == 1


def test_a_stream_that_began_before_the_sidecar_is_a_base_not_an_increase():
    merger, observed, _ = points()
    before = (STARTED - 60) * 10**9
    merger.merge(request(histogram([7, 0], 3.0, bounds=[1.0], temporality=CUMULATIVE,
                                   start=before)))
    merger.merge(request(histogram([9, 0], 4.0, bounds=[1.0], temporality=CUMULATIVE,
                                   start=before)))
    assert [sum(a.counts) for a in observed] == [2]
    assert merger.outcomes["base"] == 1 and merger.outcomes["merged"] == 1


def test_streams_held_are_bounded_and_the_oldest_goes(monkeypatch):
    monkeypatch.setattr(otlp_metrics, "MAX_STREAMS", 3)
    merger, observed, _ = points()
    for model in "abcd":
        merger.merge(request(histogram([1], 1.0, bounds=[], temporality=CUMULATIVE,
                                       gen_ai__request__model=model)))
    assert len(merger.streams) == 3 and len(observed) == 4


def test_auto_counts_metrics_only_of_resources_that_send_no_model_call_spans():
    merger, observed, _ = points()
    merger.saw_spans(attribute_key(kv(service__name="traced")), ttft=False)
    ttft = histogram([1], 0.2, bounds=[], name="gen_ai.client.operation.time_to_first_chunk")
    merger.merge(request(histogram([1], 1.0, bounds=[]), ttft, service="traced"))
    merger.merge(request(histogram([1], 1.0, bounds=[]), service="untraced"))
    # the traced one's spans carry no TTFT: its TTFT metric is merged, its calls are not
    assert [a.histogram for a in observed] == ["ttft", "duration"]
    assert merger.outcomes["counted_by_spans"] == 1
    merger.saw_spans(attribute_key(kv(service__name="traced")), ttft=True)
    merger.merge(request(ttft, service="traced"))
    assert len(observed) == 2 and merger.outcomes["counted_by_spans"] == 2
    spans_only, observed, _ = points(calls_from="spans")
    spans_only.merge(request(histogram([1], 1.0, bounds=[]), service="untraced"))
    assert observed == []


def test_labels_come_from_the_point_then_the_resource_and_legacy_names_are_read():
    merger, observed, _ = points()
    # gen_ai.system and the token type "completion" of semconv 1.26
    legacy = histogram([1], 1.0, bounds=[], name="gen_ai.client.token.usage",
                       base={"gen_ai__request__model": "gpt-4o"},
                       gen_ai__token__type="completion", gen_ai__system="az.ai.openai",
                       tenant__id="acme")
    merger.merge(request(legacy))
    (a,) = observed
    assert (a.provider, a.histogram, a.tenant) == ("azure.ai.openai", "output", "acme")


def exponential(scale: int) -> Metric:
    metric = Metric(name="gen_ai.client.operation.duration", unit="s")
    metric.exponential_histogram.aggregation_temporality = DELTA
    metric.exponential_histogram.data_points.append(ExponentialHistogramDataPoint(
        attributes=kv(**CHAT), count=1, sum=1.0, scale=scale, zero_count=1))
    return metric


def miscounted() -> Metric:
    metric = histogram([1, 1], 5.0, bounds=[1.0])
    metric.histogram.data_points[0].count = 5
    return metric


def number_metric() -> Metric:
    metric = Metric(name="gen_ai.client.operation.duration")
    metric.sum.data_points.append(NumberDataPoint(as_int=3))
    return metric


@pytest.mark.parametrize("metric, outcome, problem", [
    (histogram([1], float("nan"), bounds=[]), "rejected", "not a finite number"),
    (histogram([1], -1.0, bounds=[]), "rejected", "not a finite number"),
    (histogram([1], 5.0, bounds=[], name="gen_ai.client.token.usage",
               gen_ai__token__type="cached"), "rejected", "not input or output"),
    (histogram([1], 5.0, bounds=[], gen_ai__request__model=7), "rejected", "model is a int"),
    (histogram([1, 1], 5.0, bounds=[1.0], temporality=0), "rejected", "temporality"),
    (miscounted(), "rejected", "bucket counts add up to 2, the count is 5"),
    (exponential(30), "rejected", "outside -10..20"),  # 2 ** 2 ** -30 ... the fuzz found it
    (histogram([1], 5.0, bounds=[], name="http.client.request.duration"), "not_genai", ""),
    (number_metric(), "not_genai", ""),  # a sum where a histogram belongs is not ours
])
def test_bad_points_are_rejected_with_a_reason_and_others_ignored(metric, outcome, problem):
    merger, observed, rejected = points()
    count, first = merger.merge(request(metric, histogram([1], 1.0, bounds=[])))
    assert len(observed) == 1  # the good point beside it is merged
    assert merger.outcomes[outcome] == 1
    assert count == (outcome == "rejected") and problem in first
    assert [r.reason for r in rejected] == (["invalid_value"] if problem else [])
