"""The OTLP/HTTP receiver: ``POST /v1/traces`` and ``POST /v1/metrics``, protobuf or JSON,
gzip or not (aiohttp decompresses), answered as the OTLP specification says.

Each GenAI model-call span becomes one llm_call event through ``submit``, the same way in
as the proxy's calls (``spans.llm_call``); each agent, tool or workflow span a step event of
its workflow (``spans.step``, named by ``workflows.Workflows``); other spans are accepted and
ignored. A span whose event is rejected (a negative duration, a negative token count...) is
counted by reason and, unless it waited for its workflow, in the response's
``partial_success``. GenAI metric points are merged by ``otlp_metrics.MetricPoints``, which
also says which source counts a call when an app sends both.
"""

from __future__ import annotations

import asyncio
import base64
import json
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from aiohttp import web
from google.protobuf import json_format
from google.protobuf.message import DecodeError, Message
from google.rpc import code_pb2, status_pb2
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
    ExportMetricsServiceResponse,
)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

from llm_exporter import protocol, vocabulary
from llm_exporter.config import OtlpConfig
from llm_exporter.sidecar.core.decode import Rejection
from llm_exporter.sidecar.http.connections import (
    BodyRefused,
    HeaderTimeout,
    HttpListener,
    read_body,
    refuse_body,
)
from llm_exporter.sidecar.http.webguard import WebGuard
from llm_exporter.sidecar.sources import spans
from llm_exporter.sidecar.sources.duplicates import Duplicates, mcp_request
from llm_exporter.sidecar.sources.otlp_metrics import MetricPoints, attribute_key, genai_only
from llm_exporter.sidecar.sources.streams import Streams
from llm_exporter.sidecar.sources.workflows import Workflows

TURN_SECONDS = 0.005  # span mapping holds the loop this long at most, as ingest's drains do
# bodies from this size (and every JSON body) are decoded in the decoder process, traces
# mapped, metrics cut to the GenAI ones: 256 KiB of protobuf parse here in 20 ms at most (an
# SDK's batch of 512 spans is smaller and spared the round trip)
WORKER_BYTES = 256 << 10
PROTOBUF = "application/x-protobuf"
JSON = "application/json"
# the events a span stands for -> what its resource's metrics would count twice
SPAN_KINDS = {"agent_run": "runs", "tool_call": "tools", "mcp_operation": "mcp"}
_T = TypeVar("_T")
# OTLP/JSON writes these bytes fields as hex, where protobuf's JSON mapping expects base64
_HEX_ID_KEYS = ("traceId", "spanId", "parentSpanId", "trace_id", "span_id", "parent_span_id")


class BadRequest(Exception):
    """A body that cannot be read as an export request: answered 400."""


class OtlpReceiver:
    """Decodes export requests and hands their GenAI spans to ``submit``."""

    def __init__(self, config: OtlpConfig,
                 submit: Callable[[dict[str, Any]], object],
                 received: Callable[[], None], reject: Callable[..., None],
                 shutdown_timeout: float = 5.0, header_timeout: float = 10.0,
                 clock: Callable[[], float] = time.perf_counter,
                 workflows: Workflows | None = None,
                 metric_points: MetricPoints | None = None, guard: WebGuard | None = None,
                 link: Callable[[str, str, str], None] | None = None):
        """``submit(fields)`` takes one event and returns it or its Rejection; ``received()``
        counts an export request; ``reject`` counts one refused whole; ``clock`` (seconds)
        bounds the time one request holds the loop; ``workflows`` names steps' workflows
        (by default one that waits ``config.step_wait``); ``metric_points`` merges GenAI
        metrics (None: every point is refused in ``partial_success``); ``guard`` applies the
        web config file (TLS, basic auth); ``link(trace, span, parent)`` hears each step's
        link to its parent at once (its step may wait for its workflow's name)."""
        self.config = config
        self.clock = clock
        self.submit = submit
        self.link = link
        self.received = received
        self.reject = reject
        self.shutdown_timeout = shutdown_timeout
        self.header_timeout = HeaderTimeout(header_timeout)
        self.workflows = workflows or Workflows(submit, config.step_wait)
        # a call counted once: a second instrumentation's span of it is left out, a stream's
        # two spans (Logfire) wait for each other (streams.Streams: 10 minutes)
        self.duplicates = Duplicates()
        self.mcp_duplicates = Duplicates(names=mcp_request)
        self.streams = Streams(submit)
        self.metric_points = metric_points
        self.count_call_spans = config.calls_from != "metrics"
        self._in_flight = asyncio.Semaphore(config.max_requests) if config.max_requests else None
        self.guard = guard
        self.listener: HttpListener | None = None
        self.address = ""
        self._worker: ProcessPoolExecutor | None = None  # started by the first body it takes

    def app(self) -> web.Application:
        # the body limit is applied by read_body, on the bytes after gzip too
        app = web.Application(client_max_size=self.config.max_request_bytes,
                              middlewares=[self.header_timeout.middleware])
        app.router.add_post("/v1/traces", self.traces)
        app.router.add_post("/v1/metrics", self.metrics)
        return app

    async def start(self, host: str, port: int) -> None:
        """Serve on HOST:PORT; raises OSError when it cannot be bound."""
        self.listener = HttpListener("otlp", self.app(), self.header_timeout,
                                     self.config.max_connections, self.shutdown_timeout,
                                     guard=self.guard)
        bound = await self.listener.start(host, port)
        self.address = f"{host or 'localhost'}:{bound}"

    def call_spans(self) -> list[tuple[str, int]]:
        """(outcome, count) of the model-call spans received: counted, duplicate,
        stream_joined, stream_unended."""
        return sorted((self.duplicates.outcomes + self.streams.outcomes).items())

    async def close(self) -> None:
        """Stop receiving; what waits for another span (steps for their workflow's name,
        stream openings for their end) is counted as it is."""
        if self.listener is not None:
            await self.listener.close()
        self.workflows.flush()
        self.streams.flush()
        if self._worker is not None:  # waited for in a thread: without the wait,
            # Python's exit hook writes to the closed wakeup pipe and prints a traceback
            await asyncio.to_thread(self._worker.shutdown, True, cancel_futures=True)

    async def traces(self, request: web.Request) -> web.Response:
        return await self._export(request, ExportTraceServiceRequest)

    async def metrics(self, request: web.Request) -> web.Response:
        return await self._export(request, ExportMetricsServiceRequest)

    async def _export(self, request: web.Request, kind: type[Message]) -> web.Response:
        self.received()
        content_type = request.content_type
        if content_type not in (PROTOBUF, JSON):
            message = f"unsupported content type {content_type!r}: send {PROTOBUF} or {JSON}"
            self.reject(Rejection("malformed_otlp", message))
            return _status(415, message, PROTOBUF)
        # the body is read before a slot is taken, so that slow senders hold only their
        # connections (read_body cuts them off), never the slots of the exports behind them
        try:
            body = await read_body(request, self.config.max_request_bytes,
                                   "otlp.max_request_bytes")
        except BodyRefused as e:
            reason = e.reason if e.reason != "malformed" else "malformed_otlp"
            self.reject(Rejection(reason, str(e)))
            return refuse_body(request, _status(e.status, str(e), content_type))
        if self._in_flight is not None and self._in_flight.locked():
            response = _status(503, f"{self.config.max_requests} export requests in progress "
                                    "(otlp.max_requests); retry later", content_type)
            response.headers["Retry-After"] = "1"
            return response
        if self._in_flight is None:
            return await self._handle(body, kind, content_type)
        async with self._in_flight:  # bounds the messages decoded and held at once
            return await self._handle(body, kind, content_type)

    async def _handle(self, body: bytes, kind: type[Message], content_type: str
                      ) -> web.Response:
        """Decode an export (large and JSON bodies in the decoder process) and answer it."""
        others = 0
        try:
            in_worker = content_type == JSON or len(body) >= WORKER_BYTES
            if kind is ExportTraceServiceRequest and in_worker:
                mapped = await self._in_worker(map_export, body, content_type, self.config)
                return _response(await self._spans(mapped), content_type)
            if in_worker:  # metrics
                body, others = await self._in_worker(genai_metrics, body, content_type)
            message = parse(body, kind, PROTOBUF)
        except BadRequest as e:
            self.reject(Rejection("malformed_otlp", str(e)))
            return _status(400, str(e), content_type)
        except BrokenProcessPool as e:  # the worker died (killed, out of memory): a new one
            self._worker = None
            self.reject(Rejection("internal", f"OTLP decoder process died: {e}"), error=True)
            return _status(503, "OTLP decoder restarted; retry", content_type)
        if kind is ExportMetricsServiceRequest:
            return _response(await self._metric_points(message, others), content_type)
        return _response(await self.traces_message(message), content_type)

    async def _in_worker(self, function: Callable[..., _T], *args: Any) -> _T:
        """``function(*args)`` in the decoder process, one body at a time: what a body costs
        in proportion to what it holds rather than to its bytes happens there. json.loads and
        ParseDict of 10^5 spans hold the interpreter for 1.5 s, upb's parse of 8 MiB of 4·10^6
        empty spans 0.6 s (and it keeps the GIL: a thread would share it with the loop)."""
        if self._worker is None:
            self._worker = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        return await asyncio.get_running_loop().run_in_executor(self._worker, function, *args)

    async def traces_message(self, message: ExportTraceServiceRequest
                             ) -> ExportTraceServiceResponse:
        """A decoded export's spans, mapped here, a turn at a time."""
        return await self._spans(map_spans(message, self.config))

    async def _spans(self, resources: Iterable[tuple[bytes, Iterable[Mapped | None]]]
                     ) -> ExportTraceServiceResponse:
        """Submit what an export's spans were mapped to (``map_spans``), yielding to the loop
        every ``TURN_SECONDS``."""
        response = ExportTraceServiceResponse()
        rejected, first = 0, ""
        clock = self.clock
        turn = clock()
        workflows = self.workflows
        workflows.expire()
        self.streams.expire()
        steps = 0  # resources and spans walked, across resources
        # runs go after every other span of the request: an exporter may send a run's span
        # (its scope's) before the calls made in it (another scope's)
        runs: list[dict[str, Any]] = []
        for key, mapped in resources:
            kinds: set[str] = set()  # what this resource's spans count (MetricPoints.saw_spans)
            for item in _with_turns(mapped):
                # ~18 us a span: 8 MiB of them would hold the loop for 0.4 s
                steps += 1
                if steps % 64 == 0 and clock() - turn > TURN_SECONDS:
                    await asyncio.sleep(0)
                    turn = clock()
                if item is None:
                    continue
                fields, step, root, error, others = item
                outcome: object = None
                try:
                    if error:  # a bug in mapping costs this span, not the request
                        raise RuntimeError(error)
                    for event in others:  # a run, a tool call, an MCP request
                        kinds.add(SPAN_KINDS[event["type"]])
                        if event["type"] == "agent_run":
                            runs.append(event)
                            continue
                        entry = None
                        if event["type"] == "mcp_operation":
                            entry = self.mcp_duplicates.check(key, event)
                            if entry is None:  # the other MCP client's span of it counted
                                continue
                        outcome = self.submit(event)
                        if isinstance(outcome, Rejection):
                            rejected += 1
                            first = first or f"{outcome.reason}: {outcome.message}"
                        elif entry is not None:
                            self.mcp_duplicates.remember(entry)
                    outcome = None
                    if fields is not None:
                        kinds.add("calls")
                        if "ttft_s" in fields:
                            kinds.add("ttft")
                        if self.count_call_spans:
                            entry = self.duplicates.check(key, fields)
                            if entry is not None:
                                outcome = self.streams.add(key, fields)
                                if not isinstance(outcome, Rejection):
                                    self.duplicates.remember(entry)
                    elif step is not None:
                        if step.operation == "invoke_workflow":
                            kinds.add("workflows")
                        # a run's own link is made when it ends (its repeats are its own)
                        if self.link is not None and "parent_span_id" in step.fields \
                                and step.operation != "invoke_agent":
                            linked = step.fields
                            self.link(linked["trace_id"], linked["span_id"],
                                      linked["parent_span_id"])
                        outcome = workflows.add(step)
                    if root and workflows.pending:
                        workflows.root(root)
                except Exception as e:  # a bug costs this span, not the request
                    outcome = Rejection("internal", f"span mapping failed: {e}")
                    self.reject(outcome, error=True)
                if isinstance(outcome, Rejection):
                    rejected += 1
                    first = first or f"{outcome.reason}: {outcome.message}"
            if kinds and self.metric_points is not None:
                self.metric_points.saw_spans(key, kinds)
        for event in runs:
            outcome = self.submit(event)
            if isinstance(outcome, Rejection):
                rejected += 1
                first = first or f"{outcome.reason}: {outcome.message}"
        if rejected:
            response.partial_success.rejected_spans = rejected
            response.partial_success.error_message = \
                f"{rejected} GenAI span(s) rejected; the first: {first}"[:1000]
        return response

    async def _metric_points(self, message: ExportMetricsServiceRequest, others: int = 0
                             ) -> ExportMetricsServiceResponse:
        """Merge an export's GenAI points; ``others``: the points of the other metrics the
        decoder process left out of ``message``."""
        response = ExportMetricsServiceResponse()
        if self.metric_points is None:
            rejected = others + sum(
                len(_data(metric).data_points) for resource in message.resource_metrics
                for scope in resource.scope_metrics for metric in scope.metrics
                if metric.WhichOneof("data") is not None)
            first = "this receiver does not merge OTLP metrics"
        else:
            self.metric_points.outcomes["not_genai"] += others
            rejected, first = await self.metric_points.merge(message)
        if rejected:
            response.partial_success.rejected_data_points = rejected
            response.partial_success.error_message = \
                f"{rejected} GenAI data point(s) rejected; the first: {first}"[:1000]
        return response


def _data(metric: Any) -> Any:
    return getattr(metric, metric.WhichOneof("data"))


# what one span was mapped to: its llm_call fields, its step, its trace id when it has no
# parent (it may name a workflow's root), the error that mapping it raised, and the agent
# run, tool call or MCP request events it stands for
Mapped = tuple["dict[str, Any] | None", "spans.StepSpan | None", str, str, "list[dict[str, Any]]"]


def map_spans(message: ExportTraceServiceRequest, config: OtlpConfig
              ) -> Iterator[tuple[bytes, Iterator[Mapped | None]]]:
    """Per resource, its ``attribute_key`` and what each of its spans maps to, lazily: None
    for a span that is neither a call nor a step nor a root."""
    label_keys, span_keys = spans.label_keys(config), spans.span_keys(config)
    for resource_spans in message.resource_spans:
        resource = spans.attributes(resource_spans.resource.attributes, label_keys)
        yield (attribute_key(resource_spans.resource.attributes),
               _mapped(resource_spans, resource, config, span_keys))


def _mapped(resource_spans: Any, resource: dict[str, Any], config: OtlpConfig,
            span_keys: frozenset[str]) -> Iterator[Mapped | None]:
    for scope_spans in resource_spans.scope_spans:
        for span in scope_spans.spans:
            root = "" if span.parent_span_id or not span.trace_id else span.trace_id.hex()
            try:
                attrs = spans.attributes(span.attributes, span_keys)
                fields = spans.llm_call(span, attrs, resource, config)
                if fields is not None:
                    fields[vocabulary.SCOPE] = (scope_spans.scope.name, not span.parent_span_id)
                step = None if fields is not None else spans.step(span, attrs, resource, config)
                others = spans.agent_events(span, attrs, step)
                for event in others:
                    if event["type"] == "mcp_operation":  # compared as a call is
                        event[vocabulary.SCOPE] = (scope_spans.scope.name,
                                                   not span.parent_span_id)
            except Exception as e:
                yield None, None, root, repr(e), []
                continue
            yield (fields, step, root, "", others) \
                if fields is not None or step is not None or root or others else None


def _with_turns(mapped: Iterable[Mapped | None]) -> Iterator[Mapped | None]:
    """A resource's items after a None that stands for the resource itself, so that a
    request of many resources with no span yields to the loop as one of many spans does."""
    yield None
    yield from mapped


def map_export(body: bytes, content_type: str, config: OtlpConfig
               ) -> list[tuple[bytes, list[Mapped]]]:
    """``map_spans`` of a trace export request's bytes, whole; raises BadRequest. Runs in
    the decoder process: only what the spans map to comes back, 8 MiB of empty spans
    nothing."""
    message = parse(body, ExportTraceServiceRequest, content_type)
    out = []
    for key, mapped in map_spans(message, config):
        kept = [m for m in mapped if m is not None]
        if kept:  # a resource whose spans map to nothing sends nothing back
            out.append((key, kept))
    return out


def genai_metrics(body: bytes, content_type: str) -> tuple[bytes, int]:
    """A metrics export request's GenAI histograms as protobuf bytes, and how many points its
    other metrics held; raises BadRequest. Runs in the decoder process: 8 MiB of 4·10^6 empty
    metrics parsed and walked on the loop held /healthz 1.6-1.7 s."""
    message, others = genai_only(parse(body, ExportMetricsServiceRequest, content_type))
    return message.SerializeToString(), others


def parse(body: bytes, kind: type[Message], content_type: str) -> Any:
    """An export request from protobuf or OTLP/JSON bytes; raises BadRequest."""
    message = kind()
    if content_type == PROTOBUF:
        try:
            message.ParseFromString(body)
        except (DecodeError, RecursionError) as e:
            raise BadRequest(f"undecodable protobuf {kind.__name__}: {e}") from e
        return message
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as e:
        raise BadRequest(f"undecodable JSON: {e}") from e
    if not isinstance(data, dict):
        raise BadRequest(f"JSON {kind.__name__} must be an object")
    try:
        _hex_ids_to_base64(data)
        json_format.ParseDict(data, message, ignore_unknown_fields=True)
    except Exception as e:  # ParseError, and more on odd types: a list as an enum value
        # raised SystemError from upb (a 500, found by the hostile suite's OTLP/JSON)
        # the message quotes the body: a lone surrogate in it made the answer a 500 too
        raise BadRequest(protocol.encodable(f"JSON is not a {kind.__name__}: {e}")) from e
    return message


def _hex_ids_to_base64(node: Any, depth: int = 0) -> None:
    """OTLP/JSON's hex trace and span ids as the base64 protobuf's JSON parser reads."""
    if depth > 64:
        raise ValueError("nested too deeply")
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _HEX_ID_KEYS and isinstance(value, str):
                try:
                    node[key] = base64.b64encode(bytes.fromhex(value)).decode()
                except ValueError as e:
                    raise ValueError(f"{key} is not hex: {value[:40]!r}") from e
            elif isinstance(value, (dict, list)):
                _hex_ids_to_base64(value, depth + 1)
    elif isinstance(node, list):
        for item in node:
            _hex_ids_to_base64(item, depth + 1)


def _response(message: Message, content_type: str) -> web.Response:
    if content_type == JSON:
        return web.Response(body=json_format.MessageToJson(message, indent=None).encode(),
                            content_type=JSON)
    return web.Response(body=message.SerializeToString(), content_type=PROTOBUF)


def _status(http_status: int, text: str, content_type: str) -> web.Response:
    """An error answer: a google.rpc.Status, as the OTLP specification requires."""
    code = {400: code_pb2.INVALID_ARGUMENT, 408: code_pb2.DEADLINE_EXCEEDED,
            413: code_pb2.INVALID_ARGUMENT,
            415: code_pb2.INVALID_ARGUMENT}.get(http_status, code_pb2.UNAVAILABLE)
    status = status_pb2.Status(code=code, message=text)
    response = _response(status, content_type)
    response.set_status(http_status)
    return response
