"""Spans of the calls the sidecar counts, exported over OTLP/HTTP (``traces.endpoint``).

Each accepted llm_call (from the sockets, HTTP and the proxy; calls that came in as OTLP
spans have theirs already) is offered once it has been counted. Sampling is decided then, on
the whole call: errors, slow or costly calls and refusals are always kept, the others by
``traces.sampling.ratio`` on the trace id (as OpenTelemetry's TraceIdRatioBased sampler, so a
trace the app sampled by the same ratio is kept here too). A kept call becomes a span of the
GenAI conventions (``span``), encoded with opentelemetry-proto and queued; ``run`` sends
batches from the event loop, so exporting never blocks ingest, the proxy or scrapes. A busy or
failing endpoint is retried with backoff that honours ``Retry-After``; what the bounded queue
cannot hold is dropped and counted. Of the endpoint's answer at most ``MAX_ANSWER_BYTES`` are
read (as the OpenTelemetry Collector does); a longer one is not read further and its
connection is closed. What it says of rejected spans is held to 0..the spans sent.

Span ids: a call that carries the app's ``trace_id`` and ``span_id`` gets a child span of
that span; one without them gets fresh ids, given to the event before it is counted
(``ids_for``), so the exemplar on ``/metrics`` names the exported span's trace. Events made
inside ``client.workflow()`` carry ``parent_span_id`` too: their ``span_id`` is their own span.
Agent runs and tool calls are spans of their trace as steps are (``invoke_agent``,
``execute_tool``): the exemplar of a run's cost opens the whole run.
Such a trace's spans (its steps, calls and the workflow itself, which ends last) are held
until its root arrives, or ``TRACE_WAIT`` has passed, and kept or dropped together: a trace is
kept whole when any of its spans is, so a failed call never loses its parents. A workflow
continued from another service (``workflow(traceparent=...)``, a step with ``remote_parent``)
is the root of its trace's part here: its parent is a span that will never come.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable, Iterator

import aiohttp
import msgspec
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, ArrayValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import ResourceSpans, Span, SpanFlags, Status
from prometheus_client.core import Metric

from llm_exporter import __version__, metrics, vocabulary
from llm_exporter.config import TracesConfig
from llm_exporter.redact import Redactor
from llm_exporter.sidecar.core.decode import AgentRun, Event, Feedback, LlmCall, Step, ToolCall
from llm_exporter.sidecar.core.store import CallAggregate
from llm_exporter.vocabulary import written

log = logging.getLogger(__name__)

# "trace": kept with the rest of its trace, which another span's rule kept; "feedback": a low
# score for its trace came within the grace period
DECISIONS = ("error", "slow", "costly", "refusal", "ratio", "trace", "feedback", "sampled_out")
DROP_REASONS = ("queue_full", "export_failed", "rejected")
RETRYABLE = {429, 502, 503, 504}
MAX_ATTEMPTS = 6  # the first try and five retries: 1, 2, 4, 8, 16 s apart (or Retry-After)
MAX_RETRY_AFTER = 60.0  # seconds: a longer Retry-After is cut to this
COST_ATTRIBUTE = vocabulary.COST  # the semconv has no cost attribute yet
# the call's fields written as their attributes' current names when set
_WRITTEN = ("provider", "response_model", *vocabulary.TOKEN_FIELDS, "ttft_s", "error_type",
            "service_tier", "prompt_name", "prompt_version", "tenant")
TRACE_WAIT = 60.0  # seconds a workflow's spans wait for its root before they are decided
# bytes of the endpoint's answer read, as the Collector's otlphttp exporter reads at most; an
# ExportTraceServiceResponse is a few hundred bytes
MAX_ANSWER_BYTES = 64 * 1024
# OTLP span flags: whether the parent is remote is known, and it is
_REMOTE_PARENT = SpanFlags.SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK | \
    SpanFlags.SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK
_TRACE_ID_HEX, _SPAN_ID_HEX = 32, 16


class SpanExporter:
    """Samples, builds, queues and exports the spans of counted calls."""

    def __init__(self, config: TracesConfig, wall_clock: Callable[[], float] = time.time,
                 rng: random.Random | None = None,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
                 clock: Callable[[], float] = time.monotonic):
        """``wall_clock`` dates a span that has no ``ts``; ``rng`` makes ids; ``sleep``
        waits between retries (tests pass a faster one); ``clock`` (monotonic seconds) times
        how long a workflow's spans wait for its root."""
        self.config = config
        self.wall_clock = wall_clock
        self.clock = clock
        # trace id -> (deadline, [(event, cost, own_ids)]): workflow spans waiting for its root
        self.pending: collections.OrderedDict[str, tuple[float, list]] = \
            collections.OrderedDict()
        # trace id -> (deadline, spans): sampled out, unless a low score comes in time
        self.probation: collections.OrderedDict[str, tuple[float, list]] = \
            collections.OrderedDict()
        self.held = 0  # spans in pending and probation
        self.rng = rng or random.Random()
        self.sleep = sleep
        self.queue: collections.deque[Span] = collections.deque()
        self.decisions = dict.fromkeys(DECISIONS, 0)
        self.dropped = dict.fromkeys(DROP_REASONS, 0)
        self.exported = 0
        self._full_batch = asyncio.Event()
        self._threshold = int(config.sampling.ratio * (1 << 64))
        self.redactor = Redactor(config.redact_patterns) if config.capture_content else None
        resource = ResourceSpans()
        resource.resource.attributes.extend(_attributes({
            "service.name": config.service_name, "service.version": __version__}))
        scope = resource.scope_spans.add()
        scope.scope.name, scope.scope.version = "llm_exporter", __version__
        self._template = resource
        self._stamped: LlmCall | None = None  # the call stamp gave ids, until it is accepted

    def ids_for(self) -> tuple[str, str]:
        """A fresh (trace_id, span_id) in hex, for a call that has none."""
        return (f"{self.rng.getrandbits(128) or 1:032x}", f"{self.rng.getrandbits(64) or 1:016x}")

    def stamp(self, call: LlmCall, transport: str) -> LlmCall:
        """The pipeline's ``stamp``: a call that carries no trace gets the ids of the span it
        will have, before it is counted, so that its exemplar names that trace (OTLP calls
        have their spans already)."""
        if call.trace_id or call.parent_span_id is not None or transport == "otlp":
            return call
        trace_id, span_id = self.ids_for()
        self._stamped = msgspec.structs.replace(call, trace_id=trace_id, span_id=span_id)
        return self._stamped

    def accept(self, event: Event | CallAggregate, cost: float, transport: str) -> None:
        """A sink of the pipeline: calls and steps offered for spans, scores to the traces
        on probation."""
        if transport == "otlp":  # their spans are the app's own
            return
        if isinstance(event, LlmCall):
            own = event is self._stamped  # the ids are the ones stamp gave it
            self._stamped = None
            self.offer(event, cost, own)
        elif isinstance(event, (Step, AgentRun, ToolCall)):
            self.offer(event)
        elif isinstance(event, Feedback) and event.trace_id:
            self.feedback(event)

    def offer(self, event: LlmCall | Step | AgentRun | ToolCall, cost: float = 0.0,
              own_ids: bool = False) -> None:
        """Decide whether the counted call or step (a call cost ``cost`` USD) is kept, and
        queue its span if it is; a workflow's spans wait for their trace's root first.
        ``own_ids``: the call's ids came from ``ids_for``, they are the span's."""
        if event.parent_span_id is None:
            if not isinstance(event, LlmCall):  # a step outside any workflow has no trace
                return
            if self.config.sampling.feedback_below is None:  # the common case, on its own
                decision = self.decide(event, cost)
                if decision == "sampled_out":
                    self.decisions[decision] += 1
                else:
                    self._keep([(event, cost, own_ids)], [decision])
                return
            self._decide_trace(event.trace_id or "", [(event, cost, own_ids)])
            return
        trace = event.trace_id or ""
        deadline, spans = self.pending.get(trace) or (self.clock() + TRACE_WAIT, [])
        spans.append((event, cost, own_ids))
        self.pending[trace] = (deadline, spans)
        self.held += 1
        # the root, which ends last; or a step continued from another service's span: the
        # root of this trace's part here (its parent never comes to this sidecar)
        if not event.parent_span_id or getattr(event, "remote_parent", False):
            self._settle(trace)
        self._bound()

    def feedback(self, score: Feedback) -> None:
        """A score for a trace on probation: under ``sampling.feedback_below`` keeps it."""
        below = self.config.sampling.feedback_below
        if score.trace_id is not None and score.trace_id in self.probation \
                and below is not None and score.value < below:
            _, spans = self.probation.pop(score.trace_id)
            self.held -= len(spans)
            self._keep(spans, ["feedback"] * len(spans))

    def expire(self) -> None:
        """Decide the workflows whose root did not come within TRACE_WAIT, and drop the
        traces on probation whose grace period passed without a low score."""
        now = self.clock()
        while self.pending and next(iter(self.pending.values()))[0] <= now:
            self._settle(next(iter(self.pending)))
        while self.probation and next(iter(self.probation.values()))[0] <= now:
            self._drop_probation()

    def _bound(self) -> None:
        """Held spans past max_queue_spans: the oldest probation goes, then the oldest
        workflow is decided early."""
        while self.held > self.config.max_queue_spans:
            if self.probation:
                self._drop_probation()
            else:
                self._settle(next(iter(self.pending)))

    def _drop_probation(self) -> None:
        _, (_, spans) = self.probation.popitem(last=False)
        self.held -= len(spans)
        self.decisions["sampled_out"] += len(spans)

    def _settle(self, trace: str) -> None:
        _, spans = self.pending.pop(trace)
        self.held -= len(spans)
        self._decide_trace(trace, spans)

    def _decide_trace(self, trace: str, spans: list) -> None:
        """Decide for these spans of one trace together: kept whole when one of them is;
        else, when a low score may still come, held for ``sampling.feedback_grace``."""
        decisions = [self.decide(event, cost) for event, cost, _ in spans]
        if any(d != "sampled_out" for d in decisions):
            self._keep(spans, [d if d != "sampled_out" else "trace" for d in decisions])
        elif self.config.sampling.feedback_below is not None and trace:
            deadline, held = self.probation.get(trace) or (
                self.clock() + self.config.sampling.feedback_grace, [])
            self.probation[trace] = (deadline, held + spans)
            self.held += len(spans)
            self._bound()
        else:
            self.decisions["sampled_out"] += len(spans)

    def _keep(self, spans: list, decisions: list[str]) -> None:
        for (event, cost, own_ids), decision in zip(spans, decisions, strict=True):
            self.decisions[decision] += 1
            if len(self.queue) >= self.config.max_queue_spans:
                self.dropped["queue_full"] += 1
                continue
            self.queue.append(self.span(event, cost, own_ids) if isinstance(event, LlmCall)
                              else self.step_span(event))
        if len(self.queue) >= self.config.max_batch_spans:
            self._full_batch.set()

    def decide(self, call: LlmCall | Step | AgentRun | ToolCall, cost: float) -> str:
        """The sampling rule that keeps the call, or ``sampled_out``."""
        rules = self.config.sampling
        if rules.errors and call.error_type:
            return "error"
        if rules.slower_than and call.duration_s > rules.slower_than:
            return "slow"
        if rules.costlier_than_usd and cost > rules.costlier_than_usd:
            return "costly"
        if rules.refusals and getattr(call, "refusal", False):
            return "refusal"
        trace_id = call.trace_id
        try:  # the trace id's low 64 bits, as TraceIdRatioBased reads them
            low = int(trace_id[16:], 16) if trace_id and len(trace_id) == 32 else None
        except ValueError:
            low = None
        if low is None:
            low = self.rng.getrandbits(64)
        return "ratio" if low < self._threshold else "sampled_out"

    def span(self, call: LlmCall, cost: float, own_ids: bool = False) -> Span:
        """The call as a span of the GenAI conventions: the child of the app's span when the
        call names one, else with the ids it carries (``own_ids``) or fresh ones."""
        trace_id = _hex_id(call.trace_id, _TRACE_ID_HEX) or self.rng.getrandbits(128).to_bytes(
            16, "big")
        given = _hex_id(call.span_id, _SPAN_ID_HEX)
        if call.parent_span_id is not None and given:  # made inside client.workflow()
            span_id, parent = given, _hex_id(call.parent_span_id, _SPAN_ID_HEX)
        elif own_ids and given:
            span_id, parent = given, b""
        else:
            span_id, parent = (self.rng.getrandbits(64) or 1).to_bytes(8, "big"), given
        end = call.ts if call.ts else self.wall_clock()
        attrs: dict[str, object] = {written("operation"): call.operation,
                                    written("model"): call.model}
        optional = {written(field): getattr(call, field) for field in _WRITTEN}
        optional[written("finish_reason")] = [call.finish_reason] if call.finish_reason \
            else None
        optional.update({vocabulary.RETRIES: call.retries or None,
                         vocabulary.REFUSAL: call.refusal or None,
                         vocabulary.COST: cost or None})
        attrs.update((k, v) for k, v in optional.items() if v not in (None, ""))
        if self.redactor is not None:
            for key, messages in ((vocabulary.INPUT_MESSAGES, call.input_messages),
                                  (vocabulary.OUTPUT_MESSAGES, call.output_messages)):
                if messages:
                    attrs[key] = json.dumps([
                        {"role": m.role, "parts": [
                            {"type": "text", "content": self.redactor.text(m.content)}]}
                        for m in messages], ensure_ascii=False)
            if call.user_hash:
                attrs[vocabulary.USER_HASH] = call.user_hash
        return Span(
            trace_id=trace_id, span_id=span_id, parent_span_id=parent,
            name=f"{call.operation} {call.model}", kind=Span.SPAN_KIND_CLIENT,
            start_time_unix_nano=int((end - call.duration_s) * 1e9),
            end_time_unix_nano=int(end * 1e9), attributes=_attributes(attrs),
            status=Status(code=Status.STATUS_CODE_ERROR) if call.error_type else Status())

    def step_span(self, step: Step | AgentRun | ToolCall) -> Span:
        """A workflow (step ``invoke_workflow``) or one of its steps, an agent run or a tool
        call as an INTERNAL span, named as the GenAI conventions name them."""
        end = step.ts if step.ts else self.wall_clock()
        attrs: dict[str, object]
        if isinstance(step, AgentRun):
            name = f"invoke_agent {step.agent}"
            attrs = {written("operation"): "invoke_agent",
                     vocabulary.AGENT_ATTRIBUTES["agent"][0]: step.agent}
        elif isinstance(step, ToolCall):
            name = f"execute_tool {step.tool}"
            attrs = {written("operation"): "execute_tool",
                     vocabulary.AGENT_ATTRIBUTES["tool"][0]: step.tool}
            if step.agent:
                attrs[vocabulary.AGENT_ATTRIBUTES["agent"][0]] = step.agent
        else:
            name = step.step
            attrs = {vocabulary.WORKFLOW: step.workflow, vocabulary.STEP: step.step}
            if step.step == "invoke_workflow":
                name = f"invoke_workflow {step.workflow}"
                attrs.update({written("operation"): "invoke_workflow",
                              vocabulary.STEP_OPERATIONS["invoke_workflow"]: step.workflow})
        if step.error_type:
            attrs[written("error_type")] = step.error_type
        return Span(
            trace_id=_hex_id(step.trace_id, _TRACE_ID_HEX)
            or self.rng.getrandbits(128).to_bytes(16, "big"),
            span_id=_hex_id(step.span_id, _SPAN_ID_HEX)
            or (self.rng.getrandbits(64) or 1).to_bytes(8, "big"),
            parent_span_id=_hex_id(step.parent_span_id, _SPAN_ID_HEX), name=name,
            kind=Span.SPAN_KIND_INTERNAL, start_time_unix_nano=int((end - step.duration_s) * 1e9),
            end_time_unix_nano=int(end * 1e9), attributes=_attributes(attrs),
            flags=_REMOTE_PARENT if getattr(step, "remote_parent", False) and step.parent_span_id
            else 0,
            status=Status(code=Status.STATUS_CODE_ERROR) if step.error_type else Status())

    async def run(self) -> None:
        """Send batches until cancelled: one when ``max_batch_spans`` are queued or the
        oldest has waited ``batch_delay``."""
        async with self._session() as session:
            while True:
                try:
                    await asyncio.wait_for(self._full_batch.wait(), self.config.batch_delay)
                except asyncio.TimeoutError:
                    pass
                self._full_batch.clear()
                while self.queue:
                    await self.export(session, self._batch())

    async def flush(self, timeout: float) -> None:
        """Send what is queued, for at most ``timeout`` seconds (at shutdown)."""
        try:
            async with self._session() as session:
                await asyncio.wait_for(self._drain(session), timeout)
        except asyncio.TimeoutError:
            pass
        if self.queue:
            self.dropped["export_failed"] += len(self.queue)
            self.queue.clear()

    async def _drain(self, session: aiohttp.ClientSession) -> None:
        while self.queue:
            await self.export(session, self._batch(), attempts=1)

    def _batch(self) -> list[Span]:
        n = min(len(self.queue), self.config.max_batch_spans)
        return [self.queue.popleft() for _ in range(n)]

    async def export(self, session: aiohttp.ClientSession, batch: list[Span],
                     attempts: int = MAX_ATTEMPTS) -> None:
        """POST one batch, retrying what may succeed later; counts the outcome."""
        request = ExportTraceServiceRequest()
        resource = request.resource_spans.add()
        resource.CopyFrom(self._template)
        resource.scope_spans[0].spans.extend(batch)
        body = request.SerializeToString()
        headers = {**self.config.headers, "Content-Type": "application/x-protobuf"}
        delay = 1.0
        for attempt in range(1, attempts + 1):
            wait = delay
            try:
                async with session.post(self.config.endpoint, data=body,
                                        headers=headers) as response:
                    answer = await read_at_most(response, MAX_ANSWER_BYTES)
                    if answer is None:
                        log.warning("trace endpoint answered HTTP %d with more than %d bytes: "
                                    "not read further, connection closed%s", response.status,
                                    MAX_ANSWER_BYTES, ", the spans taken as accepted"
                                    if response.status == 200 else "")
                        answer = b""
                    if response.status == 200:
                        self._accepted(batch, answer)
                        return
                    if response.status not in RETRYABLE:
                        log.warning("trace endpoint refused %d spans: HTTP %d %s", len(batch),
                                    response.status, answer[:200])
                        self.dropped["rejected"] += len(batch)
                        return
                    wait = retry_after(response.headers.get("Retry-After"), delay)
                    problem = f"HTTP {response.status}"
            except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as e:
                problem = repr(e)
            if attempt < attempts:
                log.debug("trace export failed (%s); retry in %.1fs", problem, wait)
                await self.sleep(wait)
                delay = min(delay * 2, MAX_RETRY_AFTER)
        log.warning("trace export failed %d times (%s): %d spans dropped", attempts, problem,
                    len(batch))
        self.dropped["export_failed"] += len(batch)

    def _accepted(self, batch: list[Span], answer: bytes) -> None:
        """Count a batch the endpoint took (HTTP 200): exported but for the spans its
        partial_success says it rejected, a count held to 0..len(batch)."""
        rejected = 0
        try:
            partial = ExportTraceServiceResponse.FromString(answer).partial_success
        except Exception:  # an answer that is not a response message: the spans went in
            partial = None
        if partial is not None and partial.rejected_spans:
            said = partial.rejected_spans
            if said < 0:
                log.warning("trace endpoint said %d of %d spans were rejected: a negative "
                            "count, ignored", said, len(batch))
            elif said > len(batch):
                rejected = len(batch)
                log.warning("trace endpoint said %d spans were rejected, of %d sent: all %d "
                            "counted as rejected: %s", said, len(batch), len(batch),
                            partial.error_message[:200])
            else:
                rejected = said
                log.warning("trace endpoint rejected %d spans: %s", rejected,
                            partial.error_message[:200])
        self.dropped["rejected"] += rejected
        self.exported += len(batch) - rejected

    def _session(self) -> aiohttp.ClientSession:
        context = None
        if self.config.ca_file or self.config.cert_file:
            context = ssl.create_default_context(cafile=self.config.ca_file or None)
            if self.config.cert_file:
                context.load_cert_chain(self.config.cert_file, self.config.key_file)
        return aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.config.timeout),
            connector=aiohttp.TCPConnector(ssl=context) if context else None)

    def collect(self) -> Iterator[Metric]:
        """Sampling decisions, exported and dropped spans, the queue (a prometheus-client
        collector)."""
        yield metrics.family(metrics.TRACE_SPANS, self.decisions.items())
        yield metrics.family(metrics.TRACE_EXPORTED, self.exported)
        yield metrics.family(metrics.TRACE_DROPPED, self.dropped.items())
        yield metrics.family(metrics.TRACE_QUEUE, len(self.queue) + self.held)


async def read_at_most(response: aiohttp.ClientResponse, limit: int) -> bytes | None:
    """An answer's body when it is at most ``limit`` bytes; else None, having read only
    ``limit`` + 1 bytes and closed the connection (a huge or endless answer costs no more
    memory than that; the session's timeout bounds a slow one)."""
    body = bytearray()
    while len(body) <= limit:
        chunk = await response.content.read(limit + 1 - len(body))
        if not chunk:
            return bytes(body)
        body += chunk
    response.close()
    return None


def retry_after(value: str | None, default: float) -> float:
    """Seconds to wait from a Retry-After header (seconds; an HTTP date is not read), at
    most MAX_RETRY_AFTER; ``default`` when absent or unreadable."""
    try:
        seconds = float(value) if value is not None else default
    except ValueError:
        return default
    return min(max(seconds, 0.0), MAX_RETRY_AFTER) if seconds == seconds else default


def _hex_id(value: str | None, length: int) -> bytes:
    """A W3C trace or span id from its hex form, or b"" when it is not one."""
    if not value or len(value) != length:
        return b""
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        return b""
    return raw if any(raw) else b""


def _attributes(values: dict[str, object]) -> list[KeyValue]:
    out = []
    for key, value in values.items():
        if isinstance(value, bool):
            v = AnyValue(bool_value=value)
        elif isinstance(value, int):
            v = AnyValue(int_value=value)
        elif isinstance(value, float):
            v = AnyValue(double_value=value)
        elif isinstance(value, list):
            v = AnyValue(array_value=ArrayValue(values=[AnyValue(string_value=str(x))
                                                        for x in value]))
        else:
            v = AnyValue(string_value=str(value))
        out.append(KeyValue(key=key, value=v))
    return out
