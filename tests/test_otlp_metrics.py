"""OTLP metric points into store aggregates (``sidecar/sources/otlp_metrics.py``): re-bucketing,
cumulative streams, which source counts a call, and what each kind of bad point does."""

import asyncio
import math
import time
import tracemalloc

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
from llm_exporter.sidecar.sources import otlp_metrics
from llm_exporter.sidecar.sources.otlp_metrics import MetricPoints, attribute_key

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


def merged(merger: MetricPoints, message: ExportMetricsServiceRequest) -> tuple[int, str]:
    return asyncio.run(merger.merge(message))


def points(**config):
    observed, rejected = [], []
    merger = MetricPoints(OtlpConfig(**config), observed.append, rejected.append,
                          clock=lambda: 0.0, wall_clock=lambda: STARTED)
    return merger, observed, rejected


def test_bounds_other_than_ours_go_to_our_smallest_bucket_that_holds_them():
    merger, observed, _ = points()
    # buckets (..0.015], (0.015..0.3], (0.3..1.0], (1.0..): 1, 2, 3, 4 calls
    merged(merger, request(histogram([1, 2, 3, 4], 10.0, bounds=[0.015, 0.3, 1.0])))
    (a,) = observed
    counts = dict(zip((*DURATION_BUCKETS, math.inf), a.counts, strict=True))
    assert (counts[0.02], counts[0.32], counts[1.28], counts[math.inf]) == (1, 2, 3, 4)
    assert sum(a.counts) == 10 and a.total == 10.0
    assert (a.provider, a.model, a.operation, a.error_type, a.histogram) == (
        "openai", "gpt-4o", "chat", "", "duration")


def test_milliseconds_are_read_as_seconds():
    merger, observed, _ = points()
    merged(merger, request(histogram([0, 1, 0], 250.0, bounds=[100.0, 500.0], unit="ms")))
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
    merged(merger, request(metric))
    (a,) = observed
    assert a.counts[0] == 1  # the zero bucket
    assert a.counts[DURATION_BUCKETS.index(0.64)] == 1 and a.counts[
        DURATION_BUCKETS.index(1.28)] == 1


def test_a_cumulative_stream_counts_its_increases_and_survives_a_reset():
    merger, observed, _ = points()
    merged(merger, request(histogram([2, 0], 1.0, bounds=[1.0], temporality=CUMULATIVE)))
    merged(merger, request(histogram([5, 1], 4.0, bounds=[1.0], temporality=CUMULATIVE)))
    merged(merger, request(histogram([5, 1], 4.0, bounds=[1.0], temporality=CUMULATIVE)))
    # the app restarted: a new start time, a smaller count; the whole point is new
    merged(merger, request(histogram([1, 0], 0.5, bounds=[1.0], temporality=CUMULATIVE,
                                   start=AFTER + 10**9)))
    assert [(sum(a.counts), a.total) for a in observed] == [(2, 1.0), (4, 3.0), (0, 0.0),
                                                            (1, 0.5)]
    assert len(merger.streams) == 1


def test_a_stream_that_began_before_the_sidecar_is_a_base_not_an_increase():
    merger, observed, _ = points()
    before = (STARTED - 60) * 10**9
    merged(merger, request(histogram([7, 0], 3.0, bounds=[1.0], temporality=CUMULATIVE,
                                   start=before)))
    merged(merger, request(histogram([9, 0], 4.0, bounds=[1.0], temporality=CUMULATIVE,
                                   start=before)))
    assert [sum(a.counts) for a in observed] == [2]
    assert merger.outcomes["base"] == 1 and merger.outcomes["merged"] == 1


def test_streams_held_are_bounded_and_the_oldest_goes(monkeypatch):
    monkeypatch.setattr(otlp_metrics, "MAX_STREAMS", 3)
    merger, observed, _ = points()
    for model in "abcd":
        merged(merger, request(histogram([1], 1.0, bounds=[], temporality=CUMULATIVE,
                                       gen_ai__request__model=model)))
    assert len(merger.streams) == 3 and len(observed) == 4


def test_auto_counts_metrics_only_of_resources_that_send_no_model_call_spans():
    merger, observed, _ = points()
    merger.saw_spans(attribute_key(kv(service__name="traced")), {"calls"})
    ttft = histogram([1], 0.2, bounds=[], name="gen_ai.client.operation.time_to_first_chunk")
    merged(merger, request(histogram([1], 1.0, bounds=[]), ttft, service="traced"))
    merged(merger, request(histogram([1], 1.0, bounds=[]), service="untraced"))
    # the traced one's spans carry no TTFT: its TTFT metric is merged, its calls are not
    assert [a.histogram for a in observed] == ["ttft", "duration"]
    assert merger.outcomes["counted_by_spans"] == 1
    merger.saw_spans(attribute_key(kv(service__name="traced")), {"calls", "ttft"})
    merged(merger, request(ttft, service="traced"))
    assert len(observed) == 2 and merger.outcomes["counted_by_spans"] == 2
    spans_only, observed, _ = points(calls_from="spans")
    merged(spans_only, request(histogram([1], 1.0, bounds=[]), service="untraced"))
    assert observed == []


def test_runs_tools_and_requests_are_merged_while_their_resource_sends_no_span_of_them():
    """Per kind of span: a resource that sends run spans has its run metrics counted by those
    (even under calls_from: metrics, which is about model calls), its tool metrics merged,
    until an hour without a run span."""
    now = [0.0]
    observed: list = []
    merger = MetricPoints(OtlpConfig(calls_from="metrics"), observed.append, print,
                          clock=lambda: now[0], wall_clock=lambda: STARTED)
    merger.saw_spans(attribute_key(kv(service__name="traced")), {"runs"})
    run = histogram([1], 2.0, bounds=[], name="gen_ai.invoke_agent.duration",
                    base={"gen_ai__agent__name": "planner"})
    tool = histogram([1], 0.1, bounds=[], name="gen_ai.execute_tool.duration",
                     base={"gen_ai__tool__name": "search"})
    merged(merger, request(run, tool, histogram([1], 1.0, bounds=[]), service="traced"))
    assert [a.histogram for a in observed] == ["tool_duration", "duration"]
    assert merger.outcomes["counted_by_spans"] == 1
    now[0] = otlp_metrics.SPANS_SEEN_TTL + 1
    merged(merger, request(run, service="traced"))
    assert observed[-1].histogram == "run_duration" and observed[-1].agent == "planner"
    merger.expire()
    assert not merger.span_resources


def test_labels_come_from_the_point_then_the_resource_and_legacy_names_are_read():
    merger, observed, _ = points()
    # gen_ai.system and the token type "completion" of semconv 1.26
    legacy = histogram([1], 1.0, bounds=[], name="gen_ai.client.token.usage",
                       base={"gen_ai__request__model": "gpt-4o"},
                       gen_ai__token__type="completion", gen_ai__system="az.ai.openai",
                       tenant__id="acme")
    merged(merger, request(legacy))
    (a,) = observed
    assert (a.provider, a.histogram, a.tenant) == ("azure.ai.openai", "output", "acme")


def test_an_older_name_beside_the_current_one_is_left_out_but_not_for_embeddings():
    """An instrumentation migrating to gen_ai.client.inference.* may send both names for
    one call: counted once; embeddings keep gen_ai.client.operation.duration."""
    merger, observed, _ = points()
    embed = {"gen_ai__operation__name": "embeddings", "gen_ai__provider__name": "openai",
             "gen_ai__request__model": "text-embedding-3-small"}
    both = request(histogram([1], 1.0, bounds=[]),
                   histogram([1], 1.0, bounds=[], name="gen_ai.client.inference.duration"),
                   histogram([1], 0.2, bounds=[], base=embed))
    merged(merger, both)
    assert sorted(a.operation for a in observed) == ["chat", "embeddings"]
    assert merger.outcomes["superseded"] == 1
    merged(merger, request(histogram([1], 1.0, bounds=[])))  # the older name alone: counted
    assert len(observed) == 3


def test_the_tier_a_point_names_goes_with_its_calls():
    merger, observed, _ = points()
    merged(merger, request(histogram([1], 100.0, bounds=[], name="gen_ai.client.token.usage",
                                     gen_ai__token__type="input",
                                     openai__response__service_tier="flex"),
                           histogram([1], 100.0, bounds=[], name="gen_ai.client.token.usage",
                                     gen_ai__token__type="input",
                                     openai__response__service_tier=3)))
    assert [a.service_tier for a in observed] == ["flex", ""]  # not a string: not a tier


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
    (histogram([1], 5.0, bounds=[], name="mcp.client.operation.duration",
               mcp__method__name="tools/call", server__address=443), "rejected",
     "server is a int"),
    (histogram([1, 1], 5.0, bounds=[1.0], temporality=0), "rejected", "temporality"),
    (miscounted(), "rejected", "bucket counts add up to 2, the count is 5"),
    (exponential(30), "rejected", "outside -10..20"),  # 2 ** 2 ** -30 ... the fuzz found it
    (histogram([1], 5.0, bounds=[], name="http.client.request.duration"), "not_genai", ""),
    (number_metric(), "not_genai", ""),  # a sum where a histogram belongs is not ours
])
def test_bad_points_are_rejected_with_a_reason_and_others_ignored(metric, outcome, problem):
    merger, observed, rejected = points()
    count, first = merged(merger, request(metric, histogram([1], 1.0, bounds=[])))
    assert len(observed) == 1  # the good point beside it is merged
    assert merger.outcomes[outcome] == 1
    assert count == (outcome == "rejected") and problem in first
    assert [r.reason for r in rejected] == (["invalid_value"] if problem else [])


def test_an_exponential_histogram_at_scale_minus_10_is_merged():
    # base 2**1024 overflows a float: it was counted as an internal error
    merger, observed, rejected = points()
    metric = Metric(name="gen_ai.client.operation.duration", unit="s")
    metric.exponential_histogram.aggregation_temporality = DELTA
    point = ExponentialHistogramDataPoint(attributes=kv(**CHAT), count=3, sum=2.5, scale=-10,
                                          zero_count=1)
    point.positive.offset = -1  # (2**-1024, 1]: one call; (1, 2**1024]: one more
    point.positive.bucket_counts.extend([1, 1])
    metric.exponential_histogram.data_points.append(point)
    count, first = merged(merger, request(metric))
    assert (count, first, rejected) == (0, "", [])
    counts = observed[0].counts
    assert counts[0] == 1 and counts[DURATION_BUCKETS.index(1.28)] == 1 and counts[-1] == 1


def test_a_point_with_more_buckets_than_the_limit_is_refused_and_nothing_is_kept():
    merger, observed, rejected = points()
    many = otlp_metrics.MAX_BUCKETS + 1
    metric = histogram([0] * many + [1], 1.0, bounds=[i / 1000 for i in range(many)])
    count, first = merged(merger, request(metric))
    assert count == 1 and f"{many + 1} buckets, more than" in first
    assert [r.reason for r in rejected] == ["invalid_value"] and not observed
    assert not merger._maps


def test_many_bucket_layouts_and_streams_with_huge_attributes_keep_memory_flat():
    # 500k-bound layouts were cached whole (+268 MiB), and a stream's key held its
    # serialized attributes (+151 MiB for 300 streams of huge ones)
    merger, observed, _ = points()
    bounds = [i / 1000 for i in range(otlp_metrics.MAX_BUCKETS - 1)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(2 * otlp_metrics.MAX_BOUND_MAPS):
            merged(merger, request(histogram([0] * len(bounds) + [1], 1.0,
                                             bounds=[b + i for b in bounds])))
        for i in range(100):
            merged(merger, request(histogram([1], 1.0, bounds=[], temporality=CUMULATIVE,
                                             junk=str(i) + "x" * 100_000)))
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(observed) == 2 * otlp_metrics.MAX_BOUND_MAPS + 100
    assert len(merger.streams) == 100
    # 100 streams' last points; layouts this long are not remembered
    assert held < 2**20, held


def test_merging_many_points_yields_to_the_loop():
    merger, observed, _ = points()
    metric = histogram([1], 1.0, bounds=[])
    template = metric.histogram.data_points[0]
    for i in range(20_000):
        point = metric.histogram.data_points.add()
        point.CopyFrom(template)
        point.attributes[2].value.string_value = f"m{i}"
    ticks = []

    async def run():
        async def tick():
            while True:
                ticks.append(time.perf_counter())
                await asyncio.sleep(0)
        ticker = asyncio.ensure_future(tick())
        await asyncio.sleep(0)
        began = time.perf_counter()
        await merger.merge(request(metric))
        ticker.cancel()
        return began
    began = asyncio.run(run())
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False) if b > began]
    assert len(observed) == 20_001
    # the old merge gave the other task no turn at all; a loaded machine (make test beside
    # another worker) stretches a gap now and then, so the middle one is what is held
    assert len(gaps) > 10 and sorted(gaps)[len(gaps) // 2] < 0.05, gaps


def test_only_genai_histograms_come_back_from_the_decoder_process():
    """8 MiB of empty metrics walked on the loop held /healthz 1.6-1.7 s; the decoder
    process sends back the GenAI histograms and how many points the rest held."""
    from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
        ExportMetricsServiceRequest,
    )

    from llm_exporter.sidecar.sources.otlp import genai_metrics

    message = ExportMetricsServiceRequest()
    resource = message.resource_metrics.add()
    resource.resource.attributes.add(key="service.name").value.string_value = "app"
    scope = resource.scope_metrics.add()
    scope.scope.name = "openai-v2"
    duration = scope.metrics.add(name="gen_ai.client.operation.duration")
    duration.histogram.data_points.add(count=1, sum=0.5)
    other = scope.metrics.add(name="http.server.duration")
    other.histogram.data_points.add(count=3)
    other.histogram.data_points.add(count=4)
    gauge = scope.metrics.add(name="gen_ai.client.operation.duration.gauge")
    gauge.gauge.data_points.add(as_double=1.0)
    scope.metrics.add()  # empty
    body, others = genai_metrics(message.SerializeToString(), "application/x-protobuf")
    kept = ExportMetricsServiceRequest.FromString(body)
    assert others == 3
    assert [m.name for m in kept.resource_metrics[0].scope_metrics[0].metrics] == [
        "gen_ai.client.operation.duration"]
    assert kept.resource_metrics[0].resource == resource.resource  # its identity is kept
    assert kept.resource_metrics[0].scope_metrics[0].scope.name == "openai-v2"
    # resources and scopes left empty are left out: 10^6 of them came back twice as large
    empty = b"\x0a\x00" * 500_000 + b"\x0a\x02\x12\x00" * 500_000
    body, others = genai_metrics(empty, "application/x-protobuf")
    assert (body, others) == (b"", 0)
