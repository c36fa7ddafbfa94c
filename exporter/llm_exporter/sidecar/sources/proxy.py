"""An OpenAI-compatible and Anthropic proxy inside the sidecar: change one base URL, get metrics.

A request to ``http://PROXY/NAME/<path>`` is forwarded to ``URL/<path>`` of the upstream
called NAME, path and query exactly as received (nothing decoded or normalised); a path with a
dot segment, or an encoded slash or backslash, that could leave ``URL`` is refused (400).
The wire format is recognised from the path (OpenAI chat/completions, completions,
embeddings, responses; Anthropic messages); each such call becomes one
``llm_call`` event, handed as fields to the pipeline the sockets feed (``submit``), which
clips and validates it without a JSON round trip. Server-sent events are passed on as each
event completes; nothing waits for the end of the stream. What each wire format means (usage,
finish reasons, error classes) is ``llm_exporter.providers``, shared with the SDK wrappers.

Headers ``X-LLM-Tenant``, ``X-LLM-Prompt-Name`` and ``X-LLM-Prompt-Version`` become labels,
``X-LLM-User`` (else the user the body names) and ``X-LLM-Session`` usage analytics (never
labels), ``traceparent`` or ``X-LLM-Trace-Id`` the exemplar; ``X-LLM-Agent`` the agent whose
run made the call, and ``X-LLM-Run-Id`` that run, without a ``traceparent`` (``proxy_runs``);
``X-LLM-*`` headers are not forwarded.
``Authorization`` and ``x-api-key`` pass through untouched and are never logged.
With ``capture`` (``traces.capture_content``), the prompt and answer text are added to the
event, redacted (``llm_exporter.content``), for the call's span; the request body is then
parsed whole.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import json
import logging
import time
import zlib
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import aiohttp
import msgspec
from aiohttp import web
from yarl import URL

from llm_exporter import protocol
from llm_exporter.checks import AnswerChecks
from llm_exporter.config import ChecksConfig, ProxyConfig, split_host_port
from llm_exporter.content import request_messages
from llm_exporter.observer import ObservedCall
from llm_exporter.providers import (
    ask_for_usage,
    classify_exception,
    classify_status,
    is_usage_chunk,
    parse_traceparent,
    wire_format,
)
from llm_exporter.redact import Redactor
from llm_exporter.sidecar.core.errors import StartupError
from llm_exporter.sidecar.http.connections import (
    BodyRefused,
    HeaderTimeout,
    HttpListener,
    read_body,
    refuse_body,
)
from llm_exporter.sidecar.http.webguard import WebGuard
from llm_exporter.sidecar.sinks.budgets import Budgets
from llm_exporter.sidecar.sources import sse
from llm_exporter.sidecar.sources.evaluators import Evaluators, Judge
from llm_exporter.sidecar.sources.proxy_runs import OpenRun, ProxyRuns

log = logging.getLogger(__name__)

# RFC 9110 7.6.1 hop-by-hop fields, plus what the client library recomputes
HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
                        "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
                        "host", "content-length", "accept-encoding"})
# aiohttp undoes a request's gzip or deflate as it reads: the body forwarded is plain
REQUEST_DROP = HOP_BY_HOP | {"content-encoding"}
# a response is passed on as it came (auto_decompress=False): its Content-Encoding with it
RESPONSE_DROP = HOP_BY_HOP
# Past this size the proxy stops reading usage from an answer and only passes it on, so memory
# per call stays bounded whatever the upstream sends (a stream's events: sse.MAX_EVENT_BYTES)
MAX_ACCOUNTED_BYTES = 8 * 1024 * 1024
LABEL_HEADERS = (("x-llm-tenant", "tenant"), ("x-llm-prompt-name", "prompt_name"),
                 ("x-llm-prompt-version", "prompt_version"),
                 # the agent whose run made the call (with traceparent: the run's span)
                 ("x-llm-agent", "agent"),
                 # never labels: counted in sketches, the user id hashed (sidecar.usage)
                 ("x-llm-user", "user"), ("x-llm-session", "session"))


def answer_checks(config: ChecksConfig) -> AnswerChecks | None:
    """The checks ``config`` (the ``checks`` section) asks for; None when they are off."""
    if not config.enabled:
        return None
    return AnswerChecks(**{f.name: getattr(config, f.name) for f in dataclasses.fields(config)
                           if f.name != "enabled"})


class Proxy:
    """The proxy's HTTP server and its upstream connection pool."""

    def __init__(self, config: ProxyConfig, submit: Callable[[dict[str, Any]], object],
                 budgets: Budgets | None = None, clock: Callable[[], float] = time.perf_counter,
                 shutdown_timeout: float = 5.0, header_timeout: float = 10.0,
                 capture: Redactor | None = None, guard: WebGuard | None = None,
                 checks: AnswerChecks | None = None, evaluators: Evaluators | None = None,
                 runs: ProxyRuns | None = None):
        """``submit(fields)`` takes one call's event; ``budgets``, when given, may refuse a
        tenant; ``clock`` (seconds) times the calls; on close, calls in flight get
        ``shutdown_timeout`` seconds to finish; a connection gets ``header_timeout`` seconds
        to send a request head; ``capture`` redacts the prompts and answers it captures
        (None: none are); ``guard`` applies proxy.web_config_file (TLS); ``checks`` are run
        on each answer's text (None: none are); ``evaluators`` judge a sample of answers in
        the background; ``runs`` groups calls into runs by X-LLM-Run-Id (None: not)."""
        self.config = config
        self.capture = capture
        self.checks = checks
        self.evaluators = evaluators
        self.runs = runs
        self.shutdown_timeout = shutdown_timeout
        self.header_timeout = HeaderTimeout(header_timeout)
        self.submit = submit
        self.budgets = budgets
        self.clock = clock
        self.upstreams = {u.name: u for u in config.upstreams}
        # user:password in an upstream URL is Basic auth (RFC 7617), sent when the client
        # sends no Authorization of its own
        self.bases: dict[str, tuple[str, str]] = {}
        for u in config.upstreams:
            base = URL(u.url)
            userinfo = f"{base.user or ''}:{base.password or ''}".encode()
            auth = f"Basic {base64.b64encode(userinfo).decode()}" if base.user is not None else ""
            self.bases[u.name] = (str(base.with_user(None)).rstrip("/"), auth)
        self.guard = guard
        self.session: aiohttp.ClientSession | None = None
        self.listener: HttpListener | None = None
        self.address = ""

    async def start(self) -> None:
        host, port = split_host_port(self.config.listen_address, "proxy.listen_address")
        self.session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=None, connect=self.config.connect_timeout,
                                          sock_read=self.config.read_timeout),
            auto_decompress=False, connector=aiohttp.TCPConnector(limit=0))
        app = web.Application(client_max_size=self.config.max_request_bytes,
                              middlewares=[self.header_timeout.middleware])
        app.router.add_route("*", "/{name}/{path:.*}", self.handle)
        self.listener = HttpListener("proxy", app, self.header_timeout,
                                     self.config.max_connections, self.shutdown_timeout,
                                     guard=self.guard)
        try:
            port = await self.listener.start(host, port)
        except OSError as e:
            await self.close()
            raise StartupError(f"cannot listen on {self.config.listen_address} "
                               f"(proxy.listen_address): {e.strerror or e}") from e
        self.address = f"{host or 'localhost'}:{port}"

    async def close(self) -> None:
        if self.listener is not None:
            await self.listener.close()
        if self.session is not None:
            await self.session.close()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        headers = request.headers
        run_id = headers.get("x-llm-run-id") if self.runs is not None else None
        # a model call (one _handle counts) of a run with no trace of its own
        if not run_id or request.method != "POST" \
                or request.match_info["name"] not in self.upstreams \
                or wire_format(request.match_info["path"]) is None \
                or parse_traceparent(headers.get("traceparent", "")):
            return await self._handle(request, None)
        assert self.runs is not None
        run = self.runs.join(run_id, headers.get("x-llm-agent", ""))
        try:
            return await self._handle(request, run)
        finally:
            self.runs.leave(run, end=headers.get("x-llm-run-end", "").lower() == "true")

    async def _handle(self, request: web.Request, run: OpenRun | None) -> web.StreamResponse:
        name, path = request.match_info["name"], request.match_info["path"]
        upstream = self.upstreams.get(name)
        if upstream is None:
            return _error(404, "not_found", f"no upstream {name!r}; configured: "
                          f"{', '.join(self.upstreams) or 'none'} (proxy.upstreams)")
        try:
            body = await read_body(request, self.config.max_request_bytes,
                                   "proxy.max_request_bytes")
        except BodyRefused as e:
            kind = {413: "request_too_large", 408: "request_timeout"}.get(e.status,
                                                                          "invalid_body")
            return refuse_body(request, _error(e.status, kind, f"request {e}"))
        forward = _forwarded_path(request.raw_path)
        if forward is None:
            return _error(400, "invalid_path", "the path has a dot segment or an encoded slash "
                          "or backslash; it would leave the upstream's base path")
        fmt = wire_format(path) if request.method == "POST" else None
        call: ObservedCall | None = None
        judges: list[Judge] = []
        question: list[dict[str, str]] = []  # what a judge reads of the request
        strip_usage = False
        if fmt is not None:
            fields = {"provider": upstream.provider or upstream.name, "operation": fmt.operation}
            for header, field in LABEL_HEADERS:
                if request.headers.get(header):
                    fields[field] = request.headers[header]
            trace = parse_traceparent(request.headers.get("traceparent", ""))
            if trace:
                fields["trace_id"], fields["span_id"] = trace
            elif run is not None:  # X-LLM-Run-Id: the run's trace, under its span
                fields.update(ProxyRuns.fields(run))
            elif request.headers.get("x-llm-trace-id"):
                fields["trace_id"] = request.headers["x-llm-trace-id"]
            refused = self.budgets.exceeded(fields.get("tenant", "")) \
                if self.budgets is not None else None
            if refused:  # its model and user from the fields the proxy reads, nothing more
                self.submit(ObservedCall(fmt, _request_head(body), fields, clock=self.clock)
                            .finish(protocol.BUDGET_EXCEEDED))
                return _error(429, protocol.BUDGET_EXCEEDED, refused)
            if self.evaluators is not None and fmt.operation != "embeddings":
                judges = self.evaluators.sampled(fields)
            # the body parsed once: whole when its messages are read (capture, a judge), else
            # only the fields the proxy reads
            payload = _request(body, whole=self.capture is not None or bool(judges))
            call = ObservedCall(fmt, payload, fields, capture=self.capture, checks=self.checks,
                                keep_answer=bool(judges), clock=self.clock)
            had_options = "stream_options" in payload
            if self.config.include_usage and ask_for_usage(fmt, payload):
                body = _with_stream_options(body, payload["stream_options"], had_options)
                strip_usage = True
            # what a judge reads of the request; the parsed body itself is not kept
            question = request_messages(payload) if judges else []
            del payload
        drop = REQUEST_DROP | _connection_tokens(request.headers)
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() not in drop and not k.lower().startswith("x-llm-")}
        headers["Accept-Encoding"] = "identity"  # the proxy reads the body to count usage
        base, auth = self.bases[name]
        url = URL(f"{base}/{forward}", encoded=True)
        if auth and not any(k.lower() == "authorization" for k in headers):
            headers["Authorization"] = auth
        assert self.session is not None
        if call is not None:
            call.begin()
        try:
            upstream_response = await self.session.request(
                request.method, url, headers=headers, data=body, allow_redirects=False)
        except (asyncio.TimeoutError, aiohttp.ClientError) as e:
            cause = classify_exception(e, default=protocol.CONNECTION)
            if call is not None:
                self.submit(call.finish(cause))
            log.warning("upstream %s unreachable (%s): %s", name, cause, type(e).__name__)
            return _error(502, "upstream_" + cause, f"upstream {name!r}: {cause}")
        async with upstream_response:
            if call is None:
                return await self._relay(request, upstream_response)
            if upstream_response.status >= 400:
                response = await self._relay(request, upstream_response)
                self.submit(call.finish(classify_status(upstream_response.status)))
                return response
            if upstream_response.content_type == "text/event-stream":
                return await self._stream(request, upstream_response, call, strip_usage,
                                          judges, question)
            response = web.StreamResponse(status=upstream_response.status,
                                          headers=_response_headers(upstream_response))
            kept: bytearray | None = bytearray()  # None once over MAX_ACCOUNTED_BYTES
            failure = ""
            try:
                await response.prepare(request)
                async for chunk in upstream_response.content.iter_any():
                    if kept is not None:
                        kept += chunk
                        if len(kept) > MAX_ACCOUNTED_BYTES:
                            kept = None
                            log.warning("upstream %s: answer over %d bytes; passed on, its "
                                        "usage not read", name, MAX_ACCOUNTED_BYTES)
                    await response.write(chunk)
                await response.write_eof()
            except ConnectionError:
                failure = protocol.CLIENT_CANCELLED
            except (asyncio.TimeoutError, aiohttp.ClientError) as e:
                failure = classify_exception(e, default=protocol.CONNECTION)
            if kept is not None:
                call.response(_json(_decoded(
                    bytes(kept), upstream_response.headers.get("Content-Encoding", ""))))
            self._finish(call, failure, kept is not None, judges, question)
            return response

    def _finish(self, call: ObservedCall, error_type: str, read: bool, judges: list[Judge],
                question: list[dict[str, str]]) -> None:
        """Submit the call's event. An answer ``read`` whole, without ``error_type``, is
        checked and offered to the evaluators that sampled the call, with the request's
        messages (``question``)."""
        event = call.finish(error_type, complete=read)
        if judges and read and not error_type:
            assert self.evaluators is not None
            self.evaluators.offer(judges, event, question, call.answer_text())
        self.submit(event)

    async def _relay(self, request: web.Request,
                     upstream: aiohttp.ClientResponse) -> web.StreamResponse:
        """Pass a response on as it comes (non-LLM paths, errors)."""
        response = web.StreamResponse(status=upstream.status, headers=_response_headers(upstream))
        await response.prepare(request)
        async for chunk in upstream.content.iter_any():
            await response.write(chunk)
        await response.write_eof()
        return response

    async def _stream(self, request: web.Request, upstream: aiohttp.ClientResponse,
                      call: ObservedCall, strip_usage: bool, judges: list[Judge],
                      question: list[dict[str, str]]) -> web.StreamResponse:
        response = web.StreamResponse(status=upstream.status, headers=_response_headers(upstream))
        await response.prepare(request)
        failure = ""
        splitter = sse.EventSplitter()
        try:
            async for chunk in upstream.content.iter_any():
                events, unread = splitter.feed(chunk)
                out = []
                for raw in events:
                    name, data = sse.parse(raw)
                    if isinstance(data, dict):
                        call.stream_event(data, name)
                        if strip_usage and is_usage_chunk(data):
                            continue  # the usage chunk we asked for; the client did not
                    out.append(raw)
                if unread:
                    out.append(unread)
                if out:
                    try:
                        await response.write(b"".join(out))
                    except ConnectionError:
                        failure = protocol.CLIENT_CANCELLED
                        break
            rest = splitter.rest()
            if rest and not failure:
                await response.write(rest)
            if not failure:
                try:
                    await response.write_eof()
                except ConnectionError:
                    pass  # the caller had every event and left (SDKs stop at [DONE]): done
        except (asyncio.TimeoutError, aiohttp.ClientError, ConnectionError) as e:
            failure = failure or classify_exception(e, default=protocol.CONNECTION)
        # an event too large to parse: the answer was passed on, not read whole
        self._finish(call, failure, splitter.parsing, judges, question)
        return response


class _RequestHead(msgspec.Struct):
    """The fields of a request body the proxy reads; msgspec skips the rest (the messages)
    without building them: 8 parallel 30 MiB bodies peaked at 1.8 GB parsed whole."""

    model: Any = msgspec.UNSET  # UNSET: absent, None: null
    stream: Any = msgspec.UNSET
    stream_options: Any = msgspec.UNSET
    # what the answer checks need: the output format asked for and the tools offered
    response_format: Any = msgspec.UNSET
    text: Any = msgspec.UNSET
    output_format: Any = msgspec.UNSET
    output_config: Any = msgspec.UNSET
    tools: Any = msgspec.UNSET
    # the end user (usage analytics): OpenAI's user or safety_identifier, Anthropic's
    # metadata.user_id
    user: Any = msgspec.UNSET
    safety_identifier: Any = msgspec.UNSET
    metadata: Any = msgspec.UNSET


_request_head_decoder = msgspec.json.Decoder(_RequestHead)


def _request(body: bytes, whole: bool) -> dict[str, Any]:
    """The request body as an object, ``whole`` or only the fields the proxy reads ({}
    when it is not a JSON object)."""
    if not whole:
        return _request_head(body)
    payload = _json(body)
    return payload if isinstance(payload, dict) else {}


def _request_head(body: bytes) -> dict[str, Any]:
    """model, stream and stream_options of a JSON request body, those it has ({} when it is
    not a JSON object)."""
    try:
        head = _request_head_decoder.decode(body)
    except (msgspec.ValidationError, RecursionError):
        return {}  # not an object, or nested too deeply to read: forwarded as it is
    except msgspec.DecodeError:  # not JSON, or JSON msgspec refuses (a lone surrogate)
        payload = _json(body)
        if not isinstance(payload, dict):
            return {}
        return {k: payload[k] for k in _RequestHead.__struct_fields__ if k in payload}
    return {k: v for k in _RequestHead.__struct_fields__
            if (v := getattr(head, k)) is not msgspec.UNSET}


def _with_stream_options(body: bytes, options: dict[str, Any], replace: bool) -> bytes:
    """The request body with its ``stream_options`` set to ``options``. Added in front of
    the other members when the body had none, so the rest is passed on as received."""
    if replace:  # rare: the caller sent stream_options without include_usage
        payload = _json(body)
        assert isinstance(payload, dict)
        payload["stream_options"] = options
        return msgspec.json.encode(payload)
    start = body.index(b"{") + 1
    rest = body[start:]
    comma = b"" if rest.lstrip().startswith(b"}") else b","
    return body[:start] + b'"stream_options":' + msgspec.json.encode(options) + comma + rest


def _decoded(body: bytes, encoding: str) -> bytes:
    """The body of an answer compressed although the proxy asked for identity, for reading
    its usage: gzip and deflate, up to MAX_ACCOUNTED_BYTES; b"" for anything else."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return b""
    # gzip's header, or zlib's: wbits 47 detects either; a raw deflate stream is -15
    for wbits in (47, -zlib.MAX_WBITS):
        try:
            inflate = zlib.decompressobj(wbits)
            out = inflate.decompress(body, MAX_ACCOUNTED_BYTES)
        except zlib.error:
            continue
        return b"" if inflate.unconsumed_tail else out
    return b""


def _json(body: bytes) -> object:
    """The parsed body, or None when it is not JSON (or nested too deeply to parse): the
    request is forwarded and counted all the same."""
    try:
        return json.loads(body) if body else None
    except (ValueError, RecursionError):
        return None


def _connection_tokens(headers) -> set[str]:
    """Header names the Connection header marks as hop-by-hop (RFC 9110 7.6.1)."""
    return {t.strip().lower() for t in headers.get("Connection", "").split(",") if t.strip()}


def _response_headers(upstream: aiohttp.ClientResponse) -> dict[str, str]:
    drop = RESPONSE_DROP | _connection_tokens(upstream.headers)
    return {k: v for k, v in upstream.headers.items() if k.lower() not in drop}


def _forwarded_path(raw_path: str) -> str | None:
    """What follows ``/NAME/`` in the request target, still encoded, query included; None if
    a segment is ``.`` or ``..`` or holds a slash or backslash, encoded or not."""
    rest = raw_path.split("/", 2)[2] if raw_path.count("/") >= 2 else ""
    path = rest.split("?", 1)[0]
    for segment in path.split("/"):
        decoded = unquote(segment)
        if decoded in (".", "..") or "/" in decoded or "\\" in decoded:
            return None
    return rest


def _error(status: int, kind: str, message: str) -> web.Response:
    return web.json_response({"error": {"type": kind, "message": message}}, status=status)
