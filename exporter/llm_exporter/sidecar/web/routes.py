"""HTTP: /metrics (web.telemetry_path), /healthz, /readyz, the status page at / (its figures
as JSON at /api/v1/status, its script at /static/status.js), and POST /v1/events."""

from __future__ import annotations

import asyncio
import decimal
import functools
import hashlib
import importlib.resources
import ipaddress
import json
import math
import time
from typing import TYPE_CHECKING, Any

import jinja2
import msgspec
from aiohttp import web

from llm_exporter import __version__
from llm_exporter.config import split_host_port
from llm_exporter.sidecar.core.decode import Rejection
from llm_exporter.sidecar.core.errors import StartupError
from llm_exporter.sidecar.core.exposition import negotiate, render, self_metrics
from llm_exporter.sidecar.http.connections import (
    BodyRefused,
    HeaderTimeout,
    HttpListener,
    read_body,
    refuse_body,
)
from llm_exporter.sidecar.sinks.usage import WINDOWS as USAGE_WINDOWS

if TYPE_CHECKING:  # server imports web: the class is named for the type checker alone
    from llm_exporter.sidecar.server import Sidecar

SIDECAR = web.AppKey["Sidecar"]("sidecar")
ALLOWED = web.AppKey[list[ipaddress.IPv4Network | ipaddress.IPv6Network]]("allowed")
SCRAPES = web.AppKey[asyncio.Semaphore | None]("scrapes")  # of web.max_requests, or None
HEADER_TIMEOUT = web.AppKey("header_timeout", HeaderTimeout)
# the status page and its JSON are built one at a time: however many clients fetch them, the
# event loop runs at most one slice of that work between two turns of /healthz and the events
STATUS_BUILDS = web.AppKey("status_builds", asyncio.Lock)
_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("llm_exporter.sidecar.web", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
)


def make_app(sidecar: Sidecar) -> web.Application:
    """The aiohttp application serving one sidecar (``server.Sidecar``; web does not import
    server at run time: server imports web)."""
    guard = HeaderTimeout(sidecar.config.web.header_timeout)
    app = web.Application(client_max_size=sidecar.config.web.max_request_bytes,
                          middlewares=[guard.middleware])
    app[HEADER_TIMEOUT] = guard
    app[SIDECAR] = sidecar
    app[ALLOWED] = [ipaddress.ip_network(n, strict=False)
                      for n in sidecar.config.web.events_allowed_from]
    limit = sidecar.config.web.max_requests
    app[SCRAPES] = asyncio.Semaphore(limit) if limit else None
    app[STATUS_BUILDS] = asyncio.Lock()
    app.router.add_get("/", index)
    app.router.add_get(sidecar.config.web.telemetry_path, metrics)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_post("/v1/events", post_events)
    app.router.add_get("/api/v1/top", top_users)
    app.router.add_get("/api/v1/status", status)
    app.router.add_get("/static/status.js", status_script)
    return app


async def start(sidecar: Sidecar) -> tuple[HttpListener, str]:
    """Serve the app on web.listen_address; returns the listener and the bound host:port."""
    config = sidecar.config.web
    host, port = split_host_port(config.listen_address, "web.listen_address")
    app = make_app(sidecar)
    listener = HttpListener("web", app, app[HEADER_TIMEOUT], config.max_connections,
                            config.shutdown_timeout, config.idle_timeout,
                            guard=sidecar.web_guard)
    try:
        bound_port = await listener.start(host, port)
    except OSError as e:
        await listener.close()
        raise StartupError(f"cannot listen on {config.listen_address} (web.listen_address): "
                           f"{e.strerror or e}") from e
    shown = host or "localhost"
    return listener, f"{'[' + shown + ']' if ':' in shown else shown}:{bound_port}"


async def metrics(request: web.Request) -> web.StreamResponse:
    """Prometheus exposition, OpenMetrics (with exemplars) when the scraper asks for it."""
    sidecar = request.app[SIDECAR]
    scrapes = request.app[SCRAPES]
    if scrapes is None:
        return await _metrics(request, sidecar)
    if scrapes.locked():
        return web.Response(status=503, text=f"{sidecar.config.web.max_requests} scrapes in "
                            "progress (web.max_requests); try again\n")
    async with scrapes:
        return await _metrics(request, sidecar)


async def _metrics(request: web.Request, sidecar: Sidecar) -> web.StreamResponse:
    openmetrics, content_type = negotiate(request.headers.get("Accept"))
    response = web.StreamResponse(headers={"Content-Type": content_type})
    if gzip_accepted(request.headers.get("Accept-Encoding", "")):
        response.enable_compression(web.ContentCoding.gzip)  # as Prometheus asks every time
    await response.prepare(request)
    families = sidecar.store.families()
    for chunk in render(families, openmetrics):
        await response.write(chunk.encode())
        await asyncio.sleep(0)  # let the datagram readers drain between chunks
    tail = self_metrics(sidecar.registry, openmetrics)
    if openmetrics:
        tail += "# EOF\n"
    await response.write(tail.encode())
    await response.write_eof()
    return response


def gzip_accepted(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header takes gzip (as client_python reads it)."""
    return any(coding.split(";")[0].strip().lower() == "gzip"
               for coding in accept_encoding.split(","))


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok\n")


async def readyz(request: web.Request) -> web.Response:
    """200 once every configured listener is bound; 503 if asked before or while shutting
    down (in practice not seen: this listener binds last and closes first)."""
    if request.app[SIDECAR].ready:
        return web.Response(text="ready\n")
    return web.Response(status=503, text="not ready\n")


async def post_events(request: web.Request) -> web.Response:
    """A JSON array of events (or one object). Loopback only unless configured otherwise."""
    sidecar = request.app[SIDECAR]
    if not _allowed(request):
        return web.json_response(
            {"error": f"POST /v1/events is not accepted from {request.remote}; "
                      "see web.events_allowed_from"}, status=403)
    try:
        body = await read_body(request, sidecar.config.web.max_request_bytes,
                               "web.max_request_bytes")
    except BodyRefused as e:
        reason = e.reason if e.reason != "malformed" else "malformed_json"
        sidecar.pipeline.reject_payload(Rejection(reason, str(e)), "http")
        return refuse_body(request, web.json_response({"error": str(e)}, status=e.status))
    except asyncio.CancelledError:  # shutdown ran out of time while the body was arriving
        sidecar.cut_off += 1
        raise
    accepted, rejections = sidecar.pipeline.handle_payload(body, "http")
    status = 400 if rejections and not accepted else 200
    return web.json_response(
        {"accepted": accepted, "rejected": sum(r.count for r in rejections),
         "errors": [{"reason": r.reason, "message": r.message} for r in rejections[:100]]},
        status=status, dumps=lambda o: msgspec.json.encode(o).decode())


async def top_users(request: web.Request) -> web.Response:
    """The top spenders as JSON: ``?by=cost|tokens&window=1h|1d&limit=N&tenant=T``."""
    usage = request.app[SIDECAR].usage
    if usage is None:
        return web.json_response({"error": "usage analytics are off (usage.enabled)"},
                                 status=404)
    query = request.query
    by, window = query.get("by", "cost"), query.get("window", "1d")
    limit = query.get("limit", "10")
    if by not in ("cost", "tokens") or window not in USAGE_WINDOWS or not limit.isdigit() \
            or not 1 <= int(limit) <= 1000:
        return web.json_response({"error": "expected by=cost|tokens, window=1h|1d, "
                                  "limit=1..1000"}, status=400)
    return web.json_response(usage.top(by, window, int(limit), query.get("tenant")))


def _allowed(request: web.Request) -> bool:
    remote = request.remote
    if not remote:
        return False
    try:
        ip = ipaddress.ip_address(remote.split("%")[0])
    except ValueError:
        return False
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return any(ip in net for net in request.app[ALLOWED])


async def index(request: web.Request) -> web.Response:
    """The status page: every figure rendered here (it works with JavaScript off), then
    kept current in place by /static/status.js from /api/v1/status."""
    sidecar = request.app[SIDECAR]
    async with request.app[STATUS_BUILDS]:
        view = status_view(sidecar)
        top_spenders = sidecar.usage.top("cost", "1d", 10)["users"] \
            if sidecar.usage is not None else []
        fleet_users = (view["alerts"] or {}).get("fleet_users")
        parts = []
        for i, part in enumerate(_templates.get_template("index.html.j2").generate(
                s=view, telemetry_path=sidecar.config.web.telemetry_path.lstrip("/"),
                top_spenders=top_spenders, fleet_users=fleet_users)):
            parts.append(part)
            if i % _RENDER_PARTS == 0:
                await asyncio.sleep(0)  # the view is built: let events and /healthz in between
    return web.Response(text="".join(parts), content_type="text/html",
                        headers={"Cache-Control": "no-store"})


_RENDER_PARTS = 50  # of the page (~650 parts for 100 models) rendered between two yields


async def status(request: web.Request) -> web.Response:
    """The status page's figures as JSON (see ``status_view``)."""
    async with request.app[STATUS_BUILDS]:
        view = status_view(request.app[SIDECAR])
    await asyncio.sleep(0)
    return web.json_response(view, headers={"Cache-Control": "no-store"},
                             dumps=lambda o: msgspec.json.encode(o).decode())


async def status_script(request: web.Request) -> web.Response:
    """The page's script, served by the sidecar itself: no CDN."""
    return web.Response(text=_STATUS_SCRIPT, content_type="text/javascript",
                        headers={"Cache-Control": "no-cache"})


_STATUS_SCRIPT = importlib.resources.files("llm_exporter.sidecar.web").joinpath(
    "static/status.js").read_text(encoding="utf-8")


STATUS_MODELS = 100  # models shown on the status page and in /api/v1/status, busiest first


def status_view(sidecar: Sidecar) -> dict:
    """What the status page shows: the last 15 minutes of the STATUS_MODELS busiest models
    from the sidecar's ring (and how many more there are) and of its agents, spend today
    per budgeted tenant, rejected and dropped events, label overflow, the listeners and (with
    alerting.prometheus_url) the alerts firing now. ``shape`` changes when a row comes or
    goes, and the page then reloads instead of updating in place."""
    recent = sidecar.recent
    window = recent.window()
    models, seconds, in_window = recent.busiest(window, STATUS_MODELS)
    accepted_rate, rejected_rate = sidecar.rates()
    now = sidecar.wall_clock()
    spent = recent.spent_today(window)
    budgets = [{"id": b.tenant, "tenant": b.tenant, "daily_usd": b.daily_usd,
                "monthly_usd": b.monthly_usd, "spent_today_usd": spent.get(b.tenant, 0.0),
                "daily_ratio": spent.get(b.tenant, 0.0) / b.daily_usd if b.daily_usd else None}
               for b in sidecar.config.budgets]
    kernel = {d.transport: d.kernel_drops() for d in sidecar.datagram_listeners}
    alerts = sidecar.firing.view() if sidecar.firing is not None else None
    view: dict[str, Any] = {
        "version": __version__,
        "generated_at": now,
        "uptime_seconds": now - sidecar.started,
        "window_seconds": seconds,
        "slot_seconds": recent.slot_seconds,
        "events": {"accepted_per_second": accepted_rate,
                   "rejected_per_second": rejected_rate,
                   "accepted_total": sum(sidecar.pipeline.events.values()),
                   "label_sets": sidecar.store.series_count()},
        "models": [{"id": f"{m['provider']}/{m['model']}", **m} for m in models],
        "models_more": in_window - len(models),  # in the window but quieter than those
        "agents": [{"id": a["agent"], **a} for a in recent.agents(window)],
        # what a tenant's calls cost through this sidecar since 00:00 UTC, or since it
        # started if that was later
        "spend_since": now - now % 86400 if recent.day_started_here
        else max(sidecar.started, now - now % 86400),
        "budgets": budgets,
        "rejected": {k: v for k, v in sidecar.pipeline.rejected.items() if v},
        "dropped": {"kernel": {t: n for t, n in kernel.items() if n is not None},
                    "client_reported": sidecar.pipeline.client_dropped},
        "overflow": {k: v for k, v in sidecar.store.limiter.overflow.items() if v},
        "listeners": [{"transport": t, "address": a} for t, a in sidecar.listeners()],
        "alerts": alerts,
    }
    # which rows there are, not their order: the busiest-first order may change in place
    rows = {"models": sorted(m["id"] for m in view["models"]),
            "models_more": bool(view["models_more"]),  # the page's "and N more" line
            "agents": sorted(a["id"] for a in view["agents"]),
            "budgets": [b["id"] for b in budgets],
            "rejected": sorted(view["rejected"]), "overflow": sorted(view["overflow"]),
            "kernel": sorted(view["dropped"]["kernel"]),
            "alerts": None if alerts is None else
            [(a["name"], sorted(a["labels"].items()), a["receivers"])
             for a in alerts["alerts"]] + [bool(alerts["error"]), alerts["misfits"],
                                           bool(alerts["fit_error"])]}
    view["shape"] = hashlib.sha256(json.dumps(rows).encode()).hexdigest()[:16]
    return view


# Formats shared with static/status.js, which must render the same text.
def format_value(value: Any, kind: str) -> str:
    """One figure as the page shows it; "—" where there is no data."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    if kind == "count":
        return f"{int(value):,}"  # counts are integers; int() only drops a float's ".0"
    if kind == "rate":
        return _fixed(value, 0 if value >= 100 else 1 if value >= 10 else 2)
    if kind == "pct":
        pct = value * 100
        return _fixed(pct, 1 if pct >= 10 else 2) + " %"
    if kind == "seconds":
        return _fixed(value * 1000, 0) + " ms" if value < 1 else _fixed(value, 2) + " s"
    if kind == "usd":
        return "$" + _fixed(value, 0 if value >= 100 else 2 if value >= 1 else 4)
    if kind == "duration":
        return _human_seconds(value)
    raise ValueError(f"unknown format {kind!r}")


def _fixed(value: float, digits: int) -> str:
    """``value`` with ``digits`` decimals and thousands separated, an exact tie rounded up
    as JavaScript's toFixed does (Python's format rounds it to even: 234.5 would show 234
    here, 235 there)."""
    if isinstance(value, float):
        # A float's format is correctly rounded, as toFixed is; they differ on an exact tie
        # alone, and a float is one just when value * 2^(digits+1) is an odd integer. (The
        # status page formats 10^5 sparkline coordinates: Decimal took 100 ms of them.)
        scaled = value * 2.0 ** (digits + 1)  # exact: a power of two
        if not (scaled.is_integer() and scaled % 2):
            return f"{value:,.{digits}f}"
    exact = decimal.Decimal(value).quantize(decimal.Decimal(1).scaleb(-digits),
                                            rounding=decimal.ROUND_HALF_UP)
    return f"{exact:,f}"


SPARK_MIN_SLOTS = 8  # a sparkline spans at least 2 minutes: two points are not a trend


def spark_path(points: list, width: float = 60.0, height: float = 20.0) -> str:
    """An SVG path of one point per slot, the newest at the right edge, as wide as the
    points (or SPARK_MIN_SLOTS) and scaled to the highest; a slot with no data breaks the
    line."""
    finite = [p for p in points if p is not None]
    top = max(finite, default=0.0) or 1.0
    out, pen_down = [], False
    for x, p in zip(_spark_xs(len(points), width), points, strict=True):
        if p is None:
            pen_down = False
            continue
        y = height - 1 - (height - 2) * p / top
        # as _fixed(y, 1), inline: the page draws 6 lines of up to 61 points for each model
        twice = y * 4.0
        text = _fixed(y, 1) if twice.is_integer() and twice % 2 else f"{y:,.1f}"
        # a point alone is a zero-length segment: its round cap draws a dot
        out.append(f"L{x} {text}" if pen_down else f"M{x} {text}h0")
        pen_down = True
    return " ".join(out)


@functools.lru_cache(maxsize=16)
def _spark_xs(n: int, width: float) -> tuple[str, ...]:
    """The x of each of ``n`` points, as spark_path writes it."""
    step = width / (max(n, SPARK_MIN_SLOTS) - 1)
    return tuple(_fixed(width - (n - 1 - i) * step, 1) for i in range(n))


def _utc(unix_seconds: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(unix_seconds))


_templates.filters["fmt"] = format_value
_templates.filters["spark"] = spark_path
_templates.filters["utc"] = _utc


def _human_seconds(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return f"{d}d {h}h" if d else f"{h}h {m}m" if h else f"{m}m {s}s" if m else f"{s}s"
