"""OTLP GenAI metrics merged into the sidecar's own families.

``gen_ai.client.operation.duration`` (now ``gen_ai.client.inference.duration``) counts calls
and their latency, ``gen_ai.client.token.usage`` (now ``gen_ai.client.inference.operation.
input_tokens`` and ``output_tokens``) their input and output tokens (priced by the store), and
``gen_ai.client.operation.time_to_first_chunk`` (OpenLIT: ``gen_ai.server.time_to_first_token``)
their time to first chunk. ``gen_ai.invoke_agent.duration``, ``.inference_calls`` and
``.tool_calls``, ``gen_ai.execute_tool.duration``, ``mcp.client.operation.duration`` and
``gen_ai.invoke_workflow.duration`` go to the families their spans feed (a run's tokens and
cost, and its loops, are only in its spans). Explicit-bucket and exponential histograms, delta
or cumulative, are re-bucketed into the catalogue's buckets: a bucket goes to the smallest of
ours whose bound is at least its own, so a latency is never read lower than it was (the
conventions' advisory bounds are ours, and map one to one).

A cumulative stream is turned into increases by holding its last point (at most
``MAX_STREAMS``, idle ones forgotten after ``STREAM_TTL``). Its first point counts whole when
the stream started after the sidecar did, else it is only the base the next points are
measured from (as the OpenTelemetry Collector's cumulativetodelta ``auto`` does); a point
with a new start time or a lower count is a reset and counts whole.

Which source counts a call (``otlp.calls_from``): ``auto`` takes the metrics of a resource
(one process: its resource attributes) only while it sends no GenAI model-call spans, which
count the calls with more detail — except time to first chunk, taken from metrics unless the
resource's spans carry it (openai-v2 and OpenLLMetry record it only as a metric); ``spans``
never merges metrics; ``metrics`` merges them and leaves model-call spans uncounted (when
spans are sampled, metrics see every call). Runs, tool calls, MCP requests and workflows
follow ``auto`` under ``metrics`` too: a resource's metrics of them are merged only while it
sends no span of that kind (``saw_spans``).
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import time
from bisect import bisect_left
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
)
from opentelemetry.proto.metrics.v1.metrics_pb2 import AggregationTemporality, Metric
from opentelemetry.proto.trace.v1.trace_pb2 import Status
from prometheus_client.core import Metric as PromMetric

from llm_exporter import metrics, protocol, vocabulary
from llm_exporter.config import OtlpConfig
from llm_exporter.metrics import (
    AGENT_DURATION_BUCKETS,
    CALLS_PER_RUN_BUCKETS,
    DURATION_BUCKETS,
    MCP_BUCKETS,
    STEP_BUCKETS,
    TOKEN_BUCKETS,
)
from llm_exporter.sidecar.core.decode import Rejection
from llm_exporter.sidecar.core.store import AgentAggregate, CallAggregate
from llm_exporter.sidecar.sources import spans

# every point attribute read, beside the config's
POINT_KEYS = frozenset({
    *(name for field in ("operation", "provider", "model", "response_model", "error_type",
                         "service_tier")
      for name in vocabulary.CALL_ATTRIBUTES[field]),
    *(name for field in ("agent", "tool", "method", "server", "rpc_error")
      for name in vocabulary.AGENT_ATTRIBUTES[field]),
    *vocabulary.WORKFLOW_ATTRIBUTES, *vocabulary.WORKFLOW_NAME_ALIASES,
    vocabulary.TOKEN_TYPE, vocabulary.HTTP_STATUS})
# histogram (vocabulary.GENAI_METRICS) -> our buckets for it, and the kind of span that
# counts the same thing (``saw_spans``); the durations are seconds (a unit of ms is scaled)
HISTOGRAMS: dict[str, tuple[tuple[float, ...], str]] = {
    "duration": (DURATION_BUCKETS, "calls"), "ttft": (DURATION_BUCKETS, "ttft"),
    "tokens": (TOKEN_BUCKETS, "calls"), "input": (TOKEN_BUCKETS, "calls"),
    "output": (TOKEN_BUCKETS, "calls"),
    "run_duration": (AGENT_DURATION_BUCKETS, "runs"),
    "run_calls": (CALLS_PER_RUN_BUCKETS, "runs"), "run_tools": (CALLS_PER_RUN_BUCKETS, "runs"),
    "tool_duration": (DURATION_BUCKETS, "tools"), "mcp_duration": (MCP_BUCKETS, "mcp"),
    "workflow_duration": (STEP_BUCKETS, "workflows")}
SECONDS = frozenset({"duration", "ttft", "run_duration", "tool_duration", "mcp_duration",
                     "workflow_duration"})
CALL_SPANS = frozenset({"calls", "ttft"})  # what calls_from "metrics" leaves uncounted
OUTCOMES = ("merged", "base", "counted_by_spans", "superseded", "not_genai", "rejected")
CUMULATIVE = AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE
DELTA = AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA
MAX_STREAMS = 10_000
STREAM_TTL = 3600.0  # seconds: a cumulative stream is exported every interval while it lives
SPANS_SEEN_TTL = 3600.0  # auto: a resource that sent no model-call span for this long
MAX_RESOURCES = 4096
MAX_BUCKETS = 4096  # a point with more buckets is refused (OTel's exponential default: 160)
MAX_BOUND_MAPS = 64  # bucket layouts whose mapping onto ours is remembered,
MAX_BOUNDS_MAPPED = 256  # of at most this many bounds (SDK defaults have 15 or 16)
MAX_NAMES_COMPARED = 1024  # a scope of more metrics is not checked for superseded names
_OPERATION_KEYS = frozenset(vocabulary.CALL_ATTRIBUTES["operation"])
TURN_SECONDS = 0.005  # merging holds the loop this long at most, as the span mapping does
_UNSET = Status()


class MetricPoints:
    """Merges GenAI metric points into the store through ``observe``; counts outcomes."""

    def __init__(self, config: OtlpConfig,
                 observe: Callable[[CallAggregate | AgentAggregate], None],
                 reject: Callable[[Rejection], None],
                 clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], float] = time.time):
        """``observe`` takes one CallAggregate or AgentAggregate; ``reject`` counts a
        rejected point; ``clock`` (monotonic seconds) ages streams and resources;
        ``wall_clock`` tells which streams started after the sidecar."""
        self.config = config
        self.observe = observe
        self.reject = reject
        self.clock = clock
        self.started_ns = int(wall_clock() * 1e9)
        self.label_keys = spans.label_keys(config)
        self.point_keys = POINT_KEYS | self.label_keys
        # stream -> (start time, count, sum, counts in our buckets, last seen)
        self.streams: OrderedDict[bytes, tuple[int, int, float, tuple[int, ...], float]] = \
            OrderedDict()
        # resource -> span kind (HISTOGRAMS) -> when its last span of that kind came
        self.span_resources: OrderedDict[bytes, dict[str, float]] = OrderedDict()
        self.outcomes: defaultdict[str, int] = defaultdict(int)
        self._maps: dict[tuple[tuple[float, ...], tuple[float, ...]], list[int]] = {}

    def saw_spans(self, resource: bytes, kinds: Iterable[str]) -> None:
        """``resource`` (``attribute_key`` of its attributes) sent spans of these ``kinds``:
        ``calls`` (model calls), ``ttft`` (model calls with a time to first chunk), ``runs``,
        ``tools``, ``mcp``, ``workflows``."""
        seen = self.span_resources.pop(resource, None) or {}
        now = self.clock()
        for kind in kinds:
            seen[kind] = now
        self.span_resources[resource] = seen
        if len(self.span_resources) > MAX_RESOURCES:
            self.span_resources.popitem(last=False)

    async def merge(self, message: ExportMetricsServiceRequest) -> tuple[int, str]:
        """Merge one export request; returns (points rejected, the first one's reason).
        Yields to the loop every ``TURN_SECONDS``: 25,000 points held it 0.7 s."""
        now = self.clock()
        rejected, first = 0, ""
        turn = time.perf_counter()
        steps = 0  # resources, scopes and metrics walked: each costs a turn's share
        for resource_metrics in message.resource_metrics:
            steps += 1
            if steps % 64 == 0 and time.perf_counter() - turn > TURN_SECONDS:
                await asyncio.sleep(0)
                turn = time.perf_counter()
            key = attribute_key(resource_metrics.resource.attributes)
            resource = spans.attributes(resource_metrics.resource.attributes, self.label_keys)
            for scope_metrics in resource_metrics.scope_metrics:
                steps += 1
                names = {metric.name for metric in scope_metrics.metrics} \
                    if len(scope_metrics.metrics) <= MAX_NAMES_COMPARED else set()
                for metric in scope_metrics.metrics:
                    # metrics that are not ours cost a turn too: 4·10^6 of them held 1.1 s
                    steps += 1
                    if steps % 64 == 0 and time.perf_counter() - turn > TURN_SECONDS:
                        await asyncio.sleep(0)
                        turn = time.perf_counter()
                    kind = vocabulary.GENAI_METRICS.get(metric.name)
                    points = _points(metric)
                    if kind is None or metric.WhichOneof("data") not in (
                            "histogram", "exponential_histogram"):
                        self.outcomes["not_genai"] += len(points)
                        continue
                    stream = _digest(key, scope_metrics.scope.name.encode("utf-8", "replace"),
                                     metric.name.encode())
                    merging = self._merging(key, now, HISTOGRAMS[kind][1])
                    current = vocabulary.SUPERSEDED_METRICS.get(metric.name)
                    superseded = current is not None and current in names
                    for i, point in enumerate(points):
                        if i % 64 == 63 and time.perf_counter() - turn > TURN_SECONDS:
                            await asyncio.sleep(0)
                            turn = time.perf_counter()
                        if superseded and _not_embeddings(point):
                            self.outcomes["superseded"] += 1
                            continue
                        try:
                            problem = self._point(metric, kind, point, stream, resource,
                                                  merging, now)
                            rejection = Rejection("invalid_value", problem)
                        except Exception as e:  # a bug costs this point, not the request
                            problem = f"{metric.name}: merging failed: {e!r}"
                            rejection = Rejection("internal", problem)
                        if problem:
                            rejected += 1
                            first = first or problem
                            self.outcomes["rejected"] += 1
                            self.reject(rejection)
        return rejected, first

    def _merging(self, resource: bytes, now: float, spans_kind: str) -> bool:
        """Whether this resource's points of what ``spans_kind`` spans count are merged."""
        mode = self.config.calls_from
        if mode == "spans":
            return False
        if mode == "metrics" and spans_kind in CALL_SPANS:
            return True
        seen = self.span_resources.get(resource, {}).get(spans_kind)
        return seen is None or now - seen > SPANS_SEEN_TTL

    def _point(self, metric: Metric, kind: str, point: Any, stream: bytes,
               resource: dict[str, Any], merging: bool, now: float) -> str:
        """Merge one point; returns what is wrong with it, or ""."""
        attrs = spans.attributes(point.attributes, self.point_keys)
        if kind == "tokens":
            token_type = attrs.get(vocabulary.TOKEN_TYPE)
            kind = vocabulary.TOKEN_TYPES.get(token_type, "") if isinstance(token_type, str) \
                else ""
            if not kind:
                return f"{metric.name}: gen_ai.token.type {token_type!r} is not input or output"
        bounds = HISTOGRAMS[kind][0]
        scale = 0.001 if metric.unit == "ms" and kind in SECONDS else 1.0
        total = point.sum * scale
        if not math.isfinite(total) or total < 0:
            return f"{metric.name}: sum {point.sum!r} is not a finite number >= 0"
        which = metric.WhichOneof("data")
        assert which is not None  # merge passes histograms alone
        data = getattr(metric, which)
        if data.aggregation_temporality not in (DELTA, CUMULATIVE):
            return f"{metric.name}: aggregation temporality unspecified"
        if metric.WhichOneof("data") == "exponential_histogram":
            if not -10 <= point.scale <= 20:
                return f"{metric.name}: scale {point.scale} outside -10..20"
            buckets = len(point.positive.bucket_counts) + len(point.negative.bucket_counts)
        else:
            buckets = len(point.bucket_counts)
        if buckets > MAX_BUCKETS:
            return f"{metric.name}: {buckets} buckets, more than {MAX_BUCKETS}"
        counts = self._rebucket(metric, point, bounds, scale)
        if sum(counts) != point.count:
            return (f"{metric.name}: bucket counts add up to {sum(counts)}, the count is "
                    f"{point.count}")
        delta = self._increase(metric, point, _digest(stream, attribute_key(point.attributes)),
                               counts, total, now)
        if delta is None:
            self.outcomes["base"] += 1
            return ""
        if not merging:
            self.outcomes["counted_by_spans"] += 1
            return ""
        agent = HISTOGRAMS[kind][1] not in CALL_SPANS
        labels = self._agent_labels(kind, attrs) if agent else self._labels(attrs, resource)
        if isinstance(labels, str):
            return f"{metric.name}: {labels}"
        counts, total = delta
        aggregate = AgentAggregate if agent else CallAggregate
        self.observe(aggregate(**labels, histogram=kind, counts=counts, total=total))
        self.outcomes["merged"] += 1
        return ""

    def _rebucket(self, metric: Metric, point: Any, bounds: tuple[float, ...],
                  scale: float) -> tuple[int, ...]:
        counts = [0] * (len(bounds) + 1)
        if metric.WhichOneof("data") == "histogram":
            if not point.bucket_counts:  # a count and sum alone: as +Inf, as OTel exporters do
                counts[-1] = point.count
                return tuple(counts)
            theirs = tuple(b * scale for b in point.explicit_bounds)
            index = self._maps.get((theirs, bounds))
            if index is None:
                index = [bisect_left(bounds, b) for b in theirs] + [len(bounds)]
                if len(self._maps) < MAX_BOUND_MAPS and len(theirs) <= MAX_BOUNDS_MAPPED:
                    self._maps[(theirs, bounds)] = index
            for i, n in enumerate(point.bucket_counts[:len(index)]):
                counts[index[i]] += n
            return tuple(counts)
        # exponential: bucket i holds (2**(i * 2**-scale), 2**((i+1) * 2**-scale)]; the
        # exponent is exact (an integer times a power of two), and past 1023 it is infinite
        counts[0] += point.zero_count
        offset = point.positive.offset
        for k, n in enumerate(point.positive.bucket_counts):
            if n:
                exponent = math.ldexp(offset + k + 1, -point.scale)
                upper = 2.0 ** exponent * scale if exponent < 1024 else math.inf
                counts[bisect_left(bounds, upper)] += n
        counts[0] += sum(point.negative.bucket_counts)  # below zero: no such duration
        return tuple(counts)

    def _increase(self, metric: Metric, point: Any, stream: bytes, counts: tuple[int, ...],
                  total: float, now: float) -> tuple[tuple[int, ...], float] | None:
        """The point's increase over the stream's last one, or None when it is only a base."""
        which = metric.WhichOneof("data")
        assert which is not None  # merge passes histograms alone
        if getattr(metric, which).aggregation_temporality != CUMULATIVE:
            return counts, total
        last = self.streams.pop(stream, None)
        if last is None and len(self.streams) >= MAX_STREAMS:
            # the oldest goes: its next point is a base again, so nothing is counted twice
            self.streams.popitem(last=False)
        self.streams[stream] = (point.start_time_unix_nano, point.count, total, counts, now)
        if last is None:
            if point.start_time_unix_nano and point.start_time_unix_nano >= self.started_ns:
                return counts, total
            return None
        start, count, last_total, last_counts, _ = last
        if start != point.start_time_unix_nano or point.count < count \
                or any(n < m for n, m in zip(counts, last_counts, strict=True)):
            return counts, total  # the stream restarted
        return tuple(n - m for n, m in zip(counts, last_counts, strict=True)), \
            max(total - last_total, 0.0)

    def _labels(self, attrs: dict[str, Any], resource: dict[str, Any]) -> dict[str, str] | str:
        """The aggregate's labels from a point's attributes, or what is wrong with them."""
        labels = {"provider": vocabulary.provider(attrs),
                  "model": vocabulary.read(attrs, "model")
                  or vocabulary.read(attrs, "response_model") or "unknown",
                  "operation": vocabulary.read(attrs, "operation") or "chat",
                  "error_type": spans.error_class(attrs, _UNSET)}
        for field, names in (("tenant", self.config.tenant_attributes),
                             ("prompt_name", self.config.prompt_name_attributes),
                             ("prompt_version", self.config.prompt_version_attributes)):
            value = spans.first(attrs, names)
            if value is None:
                value = spans.first(resource, names)
            if value is not None:
                labels[field] = str(value)
        for field, value in labels.items():
            if not isinstance(value, str):
                return f"{field} is a {type(value).__name__}, not a string"
        tier = vocabulary.read(attrs, "service_tier")
        if isinstance(tier, str) and tier:  # prices the calls: never a reason to refuse them
            labels["service_tier"] = tier
        return protocol.clip(labels)

    @staticmethod
    def _agent_labels(kind: str, attrs: dict[str, Any]) -> dict[str, str] | str:
        """An AgentAggregate's labels from a point's attributes, read as its span's would be
        (``spans.agent_events``), or what is wrong with them."""
        def read(field: str) -> Any:
            return vocabulary.read(attrs, field, vocabulary.AGENT_ATTRIBUTES)

        labels: dict[str, Any] = {"error_type": spans.error_class(attrs, _UNSET)}
        if kind == "workflow_duration":
            labels["workflow"] = spans.first(attrs, (*vocabulary.WORKFLOW_ATTRIBUTES,
                                                     *vocabulary.WORKFLOW_NAME_ALIASES)) \
                or "unknown"
        elif kind == "mcp_duration":
            labels["method"] = read("method") or "unknown"
            code = read("rpc_error")
            if code is not None and not labels["error_type"]:
                labels["error_type"] = str(code)
            for field in ("tool", "server"):
                value = read(field)
                if value is not None:
                    labels[field] = value
        else:
            labels["agent"] = read("agent") or ("unknown" if kind.startswith("run_") else "")
            if kind == "tool_duration":
                labels["tool"] = read("tool") or "unknown"
        for field, value in labels.items():
            if not isinstance(value, str):
                return f"{field} is a {type(value).__name__}, not a string"
        return protocol.clip(labels)

    def expire(self) -> None:
        """Forget the streams and span-sending resources not seen for their TTL (both
        tables are in the order they were last seen)."""
        now = self.clock()
        while self.streams and now - next(iter(self.streams.values()))[-1] > STREAM_TTL:
            self.streams.popitem(last=False)
        while self.span_resources and \
                now - max(next(iter(self.span_resources.values())).values(), default=0.0) \
                > SPANS_SEEN_TTL:
            self.span_resources.popitem(last=False)

    def collect(self) -> Iterator[PromMetric]:
        """Data points by outcome and streams held (a prometheus-client collector)."""
        yield metrics.family(metrics.OTLP_POINTS, ((o, self.outcomes[o]) for o in OUTCOMES))
        yield metrics.family(metrics.OTLP_STREAMS, len(self.streams))


def _not_embeddings(point: Any) -> bool:
    """Whether a point is of a model call other than embeddings (what the current names
    took over)."""
    operation = vocabulary.read(spans.attributes(point.attributes, _OPERATION_KEYS),
                                "operation")
    return operation != "embeddings"


def attribute_key(attributes: Any) -> bytes:
    """A resource's or a point's identity: a 128-bit digest of its attributes in key order,
    so that a stream named by huge attributes is kept in 16 bytes."""
    return _digest(*(kv.SerializeToString() for kv in sorted(attributes, key=_key)))


def _key(kv: Any) -> str:
    return kv.key


def _digest(*parts: bytes) -> bytes:
    """A 128-bit digest of ``parts``, each length-prefixed so that no two lists collide."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.digest()


def genai_only(message: ExportMetricsServiceRequest
               ) -> tuple[ExportMetricsServiceRequest, int]:
    """``message`` with only the metrics ``merge`` reads (GenAI histograms), and how many
    points the others held (for the decoder process: what it sends back parses at once).
    Resources and scopes left with no metric are left out too."""
    out = ExportMetricsServiceRequest()
    others = 0
    for resource_metrics in message.resource_metrics:
        resource = None
        for scope_metrics in resource_metrics.scope_metrics:
            scope = None
            for metric in scope_metrics.metrics:
                if metric.name in vocabulary.GENAI_METRICS and metric.WhichOneof("data") in (
                        "histogram", "exponential_histogram"):
                    if resource is None:
                        resource = out.resource_metrics.add()
                        resource.resource.CopyFrom(resource_metrics.resource)
                    if scope is None:
                        scope = resource.scope_metrics.add()
                        scope.scope.CopyFrom(scope_metrics.scope)
                    scope.metrics.add().CopyFrom(metric)
                else:
                    others += len(_points(metric))
    return out, others


def _points(metric: Metric) -> Any:
    kind = metric.WhichOneof("data")
    return getattr(metric, kind).data_points if kind is not None else ()

