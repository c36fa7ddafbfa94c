"""The ``llm-exporter`` command: run, demo, send, render, stack, webhook-sink, backtest,
check-config."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import json
import logging
import sys
import threading
from typing import TYPE_CHECKING

from llm_exporter import __version__
from llm_exporter.config import Config, ConfigError, Upstream, load_config, validate

if TYPE_CHECKING:  # each command imports what it runs, when it runs
    from llm_exporter.sidecar.server import Sidecar


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except ConfigError as e:
        print(f"llm-exporter: configuration error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="llm-exporter",
        description="LLM observability sidecar: LLM call events in, Prometheus metrics out.")
    parser.add_argument("--version", action="version", version=f"llm-exporter {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="run the sidecar")
    _sidecar_flags(run)
    run.set_defaults(func=cmd_run)

    demo = commands.add_parser("demo", help="run the sidecar with built-in demo traffic")
    _sidecar_flags(demo)
    demo.add_argument("--demo.rate", dest="rate", type=float, default=20.0,
                      help="user requests per second (default 20)")
    demo.add_argument("--demo.duration", dest="duration", type=float, default=0.0,
                      help="stop after this many seconds (default: until Ctrl-C)")
    demo.set_defaults(func=cmd_demo)

    send = commands.add_parser("send", help="send events to a running sidecar")
    send.add_argument("events", nargs="*", metavar="EVENT",
                      help="events as JSON objects; none: read JSON lines from --file or stdin")
    send.add_argument("-f", "--file", help="a file of JSON lines ('-' for stdin)")
    send.add_argument("--addr", help="sidecar address (default: $LLM_EXPORTER_ADDR or "
                                     "udp:127.0.0.1:9479)")
    send.set_defaults(func=cmd_send)

    render = commands.add_parser(
        "render", help="write Prometheus rules, Grafana dashboards and Alertmanager config")
    render.add_argument("--config.file", dest="config_file", metavar="FILE")
    render.add_argument("--out", required=True, metavar="DIR",
                        help="writes DIR/rules/, DIR/grafana/, DIR/alertmanager/")
    render.add_argument("--kubernetes", action="store_true",
                        help="write the Kubernetes and Prometheus Operator manifests into DIR "
                             "instead (deploy/kubernetes/ holds them for the defaults)")
    render.set_defaults(func=cmd_render)

    stack = commands.add_parser(
        "stack", help="sidecar + Prometheus + Alertmanager + demo traffic with an incident, "
                      "printing the Slack and PagerDuty messages")
    stack.add_argument("--stack.rate", dest="rate", type=float, default=20.0,
                       help="user requests per second (default 20)")
    stack.add_argument("--stack.incident-after", dest="incident_after", type=float,
                       default=45.0, help="seconds until the rate-limit storm (default 45)")
    stack.add_argument("--stack.duration", dest="duration", type=float, default=0.0,
                       help="stop after this many seconds (default: until Ctrl-C)")
    stack.add_argument("--stack.dir", dest="workdir", metavar="DIR",
                       help="where to write rules, configs and data (default: a temp dir)")
    stack.set_defaults(func=cmd_stack)

    sink = commands.add_parser(
        "webhook-sink", help="print what Alertmanager sends to Slack and PagerDuty URLs "
                             "(POST /slack, /pagerduty) instead of delivering it")
    sink.add_argument("--listen", default="127.0.0.1:8080", metavar="HOST:PORT")
    sink.set_defaults(func=cmd_webhook_sink)

    backtest = commands.add_parser(
        "backtest", help="which alerts the rules would have raised over a Prometheus's history")
    backtest.add_argument("--prometheus", required=True, metavar="URL",
                          help="Prometheus (or Thanos, Mimir, VictoriaMetrics) query API base URL")
    backtest.add_argument("--rules", metavar="FILE",
                          help="rules file (default: rendered from --config.file)")
    backtest.add_argument("--alertmanager.config", dest="alertmanager_config", metavar="FILE",
                          help="for inhibition (default: rendered from --config.file)")
    backtest.add_argument("--config.file", dest="config_file", metavar="FILE")
    backtest.add_argument("--from", dest="start", default="now-7d", metavar="TIME",
                          help="RFC 3339, unix seconds, or now-DURATION (default now-7d)")
    backtest.add_argument("--to", dest="end", default="now", metavar="TIME",
                          help="same forms as --from (default now)")
    backtest.add_argument("--evaluation-interval", dest="interval", default="1m",
                          help="for rule groups without their own interval (default 1m)")
    backtest.add_argument("--fit-window", dest="fit_window", default="7d", metavar="DURATION",
                          help="also list the models that missed their objectives over this "
                               "window ending at --to (0: do not)")
    backtest.add_argument("--format", choices=["text", "json"], default="text")
    backtest.set_defaults(func=cmd_backtest)

    report = commands.add_parser(
        "report", help="a cost and reliability report over the last day or week, from "
                       "Prometheus: a self-contained HTML file and a Slack summary")
    report.add_argument("--prometheus", required=True, metavar="URL",
                        help="Prometheus (or anything serving its query API) base URL")
    report.add_argument("--period", choices=["1d", "7d"], default="1d",
                        help="the period, compared with the one before it (default 1d)")
    report.add_argument("--to", dest="end", default="now", metavar="TIME",
                        help="the period's end: RFC 3339, unix seconds or now-DURATION "
                             "(default now)")
    report.add_argument("--out", default="llm-report.html", metavar="FILE",
                        help="the HTML report (default llm-report.html; '' writes none)")
    report.add_argument("--json", dest="json_out", metavar="FILE",
                        help="also write the report's figures as JSON")
    report.add_argument("--slack.webhook-url-file", dest="slack_webhook_url_file",
                        metavar="FILE", help="post the summary to this Slack incoming webhook")
    report.add_argument("--report.link", dest="link", default="", metavar="URL",
                        help="where the HTML report will be published, for the summary")
    report.add_argument("--config.file", dest="config_file", metavar="FILE",
                        help="for alerting.selector and alerting.slo (default: embedded)")
    report.add_argument("--export", dest="exports", action="append", default=[],
                        metavar="FILE", help="a provider's cost export (as llm-exporter "
                        "reconcile reads): the period's days against it (repeat for more)")
    report.set_defaults(func=cmd_report)

    reconcile = commands.add_parser(
        "reconcile", help="a provider's cost export against the spend the sidecars counted, "
                          "per day and model")
    reconcile.add_argument("--prometheus", required=True, metavar="URL",
                           help="Prometheus (or anything serving its query API) base URL")
    reconcile.add_argument("--export", dest="exports", required=True, action="append",
                           metavar="FILE",
                           help="OpenAI's or Anthropic's cost export: the costs / cost_report "
                                "API's JSON or the dashboard's CSV (repeat for more)")
    reconcile.add_argument("--format", choices=["text", "json"], default="text")
    reconcile.add_argument("--config.file", dest="config_file", metavar="FILE",
                           help="for alerting.selector (default: embedded)")
    reconcile.set_defaults(func=cmd_reconcile)

    hash_user = commands.add_parser(
        "hash-user", help="print what usage analytics keep of user ids (their HMAC with "
                          "usage.user_id_key_file), to find a user in /api/v1/top")
    hash_user.add_argument("--config.file", dest="config_file", metavar="FILE")
    hash_user.add_argument("users", nargs="+", metavar="USER_ID")
    hash_user.set_defaults(func=cmd_hash_user)

    check = commands.add_parser("check-config", help="validate a configuration file (and "
                                "the web config files it names)")
    check.add_argument("--config.file", dest="config_file", metavar="FILE")
    check.add_argument("--web.config.file", dest="web_config_file", metavar="FILE")
    check.set_defaults(func=cmd_check_config)
    return parser


def _sidecar_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config.file", dest="config_file", metavar="FILE",
                   help="YAML configuration (default: embedded defaults)")
    p.add_argument("--web.listen-address", dest="web_listen_address", metavar="HOST:PORT",
                   help="address for /metrics and the HTTP API (default :9478)")
    p.add_argument("--web.config.file", dest="web_config_file", metavar="FILE",
                   help="TLS, basic auth and headers for the web and OTLP listeners, in the "
                        "Prometheus exporter-toolkit format (web.config_file)")
    p.add_argument("--web.telemetry-path", dest="web_telemetry_path", metavar="PATH",
                   help="path under which to serve the metrics (default /metrics)")
    p.add_argument("--ingest.unixgram", dest="ingest_unixgram", metavar="PATH",
                   help="unix datagram socket path ('' turns it off)")
    p.add_argument("--ingest.udp", dest="ingest_udp", metavar="HOST:PORT",
                   help="UDP address (default 127.0.0.1:9479; '' turns it off)")
    p.add_argument("--ingest.stream", dest="ingest_stream", metavar="HOST:PORT|unix:PATH",
                   help="newline-delimited JSON stream listener (off by default)")
    p.add_argument("--proxy.listen-address", dest="proxy_listen_address", metavar="HOST:PORT",
                   help="serve the LLM API proxy here (off by default)")
    p.add_argument("--proxy.web-config.file", dest="proxy_web_config_file", metavar="FILE",
                   help="TLS for the proxy listener, in the exporter-toolkit format")
    p.add_argument("--proxy.upstream", dest="proxy_upstreams", metavar="NAME=URL",
                   action="append", default=[],
                   help="forward /NAME/<path> to URL/<path> (repeatable)")
    p.add_argument("--otlp.listen-address", dest="otlp_listen_address", metavar="HOST:PORT",
                   help="OTLP/HTTP receiver for GenAI spans (default 127.0.0.1:4318; '' turns "
                        "it off)")
    p.add_argument("--alerting.prometheus-url", dest="alerting_prometheus_url", metavar="URL",
                   help="show the alerts firing in this Prometheus, and where Alertmanager "
                        "routed them, on the status page (alerting.prometheus_url)")
    p.add_argument("--log.level", dest="log_level", metavar="LEVEL",
                   choices=["debug", "info", "warning", "error"])


def config_from_args(args: argparse.Namespace) -> Config:
    """The config file (or defaults) with command-line flags applied on top."""
    config = load_config(args.config_file)
    web = config.web
    ingest = config.ingest
    for flag, key in (("web_listen_address", "listen_address"),
                      ("web_config_file", "config_file"),
                      ("web_telemetry_path", "telemetry_path")):
        if getattr(args, flag) is not None:
            web = dataclasses.replace(web, **{key: getattr(args, flag)})
    for flag, key in (("ingest_unixgram", "unixgram"), ("ingest_udp", "udp"),
                      ("ingest_stream", "stream")):
        if getattr(args, flag) is not None:
            ingest = dataclasses.replace(ingest, **{key: getattr(args, flag)})
    proxy = config.proxy
    if args.proxy_listen_address is not None:
        proxy = dataclasses.replace(proxy, listen_address=args.proxy_listen_address)
    if args.proxy_web_config_file is not None:
        proxy = dataclasses.replace(proxy, web_config_file=args.proxy_web_config_file)
    if args.proxy_upstreams:
        upstreams = {u.name: u for u in proxy.upstreams}
        for flag in args.proxy_upstreams:
            name, sep, url = flag.partition("=")
            if not sep:
                raise ConfigError(f"--proxy.upstream: expected NAME=URL, got {flag!r}")
            upstreams[name] = Upstream(name=name, url=url)
        proxy = dataclasses.replace(proxy, upstreams=tuple(upstreams.values()))
    otlp = config.otlp
    if args.otlp_listen_address is not None:
        otlp = dataclasses.replace(otlp, listen_address=args.otlp_listen_address)
    log = config.log
    if args.log_level is not None:
        log = dataclasses.replace(log, level=args.log_level)
    alerting = config.alerting
    if args.alerting_prometheus_url is not None:
        alerting = dataclasses.replace(alerting, prometheus_url=args.alerting_prometheus_url)
    merged = dataclasses.replace(config, web=web, ingest=ingest, proxy=proxy, otlp=otlp, log=log,
                                 alerting=alerting)
    validate(merged)  # flags get the same checks as the file
    return merged


def _setup_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(message)s",
                        stream=sys.stderr)


def _run_loop(coro):
    try:
        import uvloop  # optional: pip install llm-exporter[fast]

        return uvloop.run(coro)
    except ImportError:
        return asyncio.run(coro)


def cmd_run(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    _setup_logging(config.log.level)
    return _run_loop(_serve_process(config))


async def _serve_process(config: Config, stop: asyncio.Event | None = None) -> int:
    """``serve`` as this process's work: once it is up, what start-up built (modules, the
    price table, the config) is frozen out of the garbage collector, whose full passes then
    walk only what traffic made: 20-25 ms instead of 70-85 ms with 10^4 models stored, which
    had /healthz at 110-125 ms."""
    from llm_exporter.sidecar.server import serve

    ready = asyncio.get_running_loop().create_future()
    ready.add_done_callback(_freeze)
    return await serve(config, stop, on_ready=ready)


def _freeze(ready: asyncio.Future) -> None:
    if not ready.cancelled() and ready.exception() is None:
        gc.collect()
        gc.freeze()


def cmd_demo(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    _setup_logging(config.log.level)
    from llm_exporter.devtools.demo import DEMO_BUDGETS, Traffic, serve_with_traffic

    if args.config_file is None:  # on embedded defaults, budgets give the page its spend
        config = dataclasses.replace(config, budgets=DEMO_BUDGETS)

    def announce(sidecar: Sidecar, target: str) -> None:
        url = f"{sidecar.web_scheme}://{sidecar.web_address}"
        metrics = url + config.web.telemetry_path
        print(f"""
llm-exporter demo: sending about {args.rate:g} requests/s of mixed LLM traffic to {target}
  status page   {url}/
  metrics       {metrics}
  try           curl -s {metrics} | grep -E '^llm_cost_usd_total|^llm_requests_total' | head
An incident (a rate-limit storm or a slow model) starts every 2 minutes. Ctrl-C to stop.
""", flush=True)

    return _run_loop(serve_with_traffic(config, args.rate, args.duration, Traffic(), announce))


def cmd_send(args: argparse.Namespace) -> int:
    from llm_exporter.client import Emitter

    emitter = Emitter(args.addr)
    if args.events:
        lines = args.events
        source = "argument"
    else:
        stream = sys.stdin if args.file in (None, "-") else open(args.file, encoding="utf-8")
        lines = stream.read().splitlines()
        source = "line"
    bad = 0
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"llm-exporter send: {source} {n}: not JSON: {e}", file=sys.stderr)
            bad += 1
            continue
        for item in event if isinstance(event, list) else [event]:
            emitter.emit(item)
    emitter.close()
    print(f"sent {emitter.sent}, dropped {emitter.dropped} to {emitter.address}", file=sys.stderr)
    return 1 if bad or emitter.dropped else 0


def cmd_render(args: argparse.Namespace) -> int:
    from llm_exporter.mixin import render

    config = load_config(args.config_file)
    for path in render.write(config, args.out, kubernetes=args.kubernetes):
        print(path)
    return 0


def cmd_stack(args: argparse.Namespace) -> int:
    _setup_logging("warning")
    from llm_exporter.devtools import stack

    return stack.run(args.rate, args.incident_after, args.duration, args.workdir)


def cmd_webhook_sink(args: argparse.Namespace) -> int:
    from llm_exporter.config import split_host_port
    from llm_exporter.devtools.webhook import WebhookSink

    host, port = split_host_port(args.listen, "--listen")
    sink = WebhookSink(host=host, port=port)
    print(f"printing Slack (POST {sink.url}/slack) and PagerDuty (POST {sink.url}/pagerduty) "
          "messages; Ctrl-C to stop", flush=True)
    try:
        threading.Event().wait()
    finally:
        sink.close()
    return 0


def cmd_backtest(args: argparse.Namespace) -> int:
    import time

    from llm_exporter import backtest, fit
    from llm_exporter.prometheus_api import PrometheusAPI, PrometheusError

    config = load_config(args.config_file)
    rules_text = alertmanager_text = None
    if args.rules:
        with open(args.rules, encoding="utf-8") as f:
            rules_text = f.read()
    if args.alertmanager_config:
        with open(args.alertmanager_config, encoding="utf-8") as f:
            alertmanager_text = f.read()
    if rules_text is None or alertmanager_text is None:
        from llm_exporter.mixin import render

        files = render.outputs(config)
        rules_text = rules_text or files["rules/llm-exporter.rules.yaml"]
        alertmanager_text = alertmanager_text or files["alertmanager/alertmanager.yml"]
    now = time.time()
    try:
        start, end = backtest.parse_time(args.start, now), backtest.parse_time(args.end, now)
        rules = backtest.load_rules(rules_text, backtest.parse_duration(args.interval))
        inhibit = backtest.load_inhibit_rules(alertmanager_text)
        fit_window = backtest.parse_duration(args.fit_window)
    except ValueError as e:
        print(f"llm-exporter backtest: {e}", file=sys.stderr)
        return 2
    if end <= start:
        print("llm-exporter backtest: --to must be after --from", file=sys.stderr)
        return 2

    async def run() -> tuple[list, list]:
        async with PrometheusAPI(args.prometheus) as api:
            episodes = await backtest.run(api, rules, inhibit, start, end)
            found = await fit.misfits(api, config.alerting,
                                      args.fit_window, end) if fit_window else []
        return episodes, found
    try:
        episodes, found = asyncio.run(run())
    except PrometheusError as e:
        print(f"llm-exporter backtest: {args.prometheus}: {_prometheus_failure(e)}",
              file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps({
            "episodes": [{"alertname": e.alertname, "labels": e.labels, "start": e.start,
                          "end": e.end, "value": e.value, "delivered": e.delivered,
                          "inhibited_by": sorted(e.inhibited_by)} for e in episodes],
            "misfits": [dataclasses.asdict(m) for m in found]}, indent=2))
    else:
        print(backtest.format_report(episodes, start, end), end="")
        if fit_window:
            print("\n" + fit.format_misfits(found, args.fit_window), end="")
    return 0


def _prometheus_failure(e: Exception) -> str:
    """Why Prometheus gave no answer, in one line; a failed query says which it was."""
    from llm_exporter.prometheus_api import QueryFailed

    if isinstance(e, QueryFailed) and e.query:
        query = " ".join(e.query.split())
        return f"query failed: {e}: {query if len(query) <= 300 else query[:299] + '…'}"
    return str(e)


def cmd_report(args: argparse.Namespace) -> int:
    import time
    import urllib.error

    from llm_exporter.backtest import parse_time
    from llm_exporter.prometheus_api import (
        NotPrometheus,
        PrometheusAPI,
        PrometheusError,
        UnexpectedResult,
    )
    from llm_exporter.reconcile import compare
    from llm_exporter.report import charts, data, render

    now = time.time()
    try:
        end = parse_time(args.end, now)
    except ValueError as e:
        print(f"llm-exporter report: {e}", file=sys.stderr)
        return 2
    webhook = None
    if args.slack_webhook_url_file:
        try:
            with open(args.slack_webhook_url_file, encoding="utf-8") as f:
                webhook = f.read().strip()
        except OSError as e:
            print(f"llm-exporter report: --slack.webhook-url-file: {e}", file=sys.stderr)
            return 2
    alerting = load_config(args.config_file).alerting
    try:
        billed = _billed(args.exports)
    except (OSError, ValueError) as e:
        print(f"llm-exporter report: {e}", file=sys.stderr)
        return 2
    try:
        report = asyncio.run(data.build(PrometheusAPI(args.prometheus), alerting, args.period,
                                        end, now))
        if billed:
            invoice = asyncio.run(compare.reconcile(PrometheusAPI(args.prometheus), billed,
                                                    alerting.selector, report["start"], end))
            if invoice["rows"]:
                report["invoice"] = invoice
            else:
                print("llm-exporter report: the exports bill no day that ended in the "
                      "period", file=sys.stderr)
    except (NotPrometheus, UnexpectedResult) as e:  # a login page, another service:
        print(f"llm-exporter report: {args.prometheus}: {e}", file=sys.stderr)  # a wrong URL
        return 2
    except PrometheusError as e:  # not there, or failing: it may be back tomorrow
        print(f"llm-exporter report: {args.prometheus}: {_prometheus_failure(e)}",
              file=sys.stderr)
        return 1
    if args.out:
        images = {"spend_over_time": charts.spend_over_time(report)}
        for breakdown in data.SPEND_BY:
            if report["spend"][breakdown]:
                images[f"spend_by_{breakdown}"] = charts.spend_by(report, breakdown)
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(render.html(report, images))
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2, sort_keys=True, allow_nan=False)
    text = render.summary(report, args.link)
    print(text, end="")
    if webhook:
        try:
            render.post_to_slack(webhook, text)
        except (OSError, urllib.error.URLError) as e:
            print(f"llm-exporter report: Slack: {e}", file=sys.stderr)
            return 1
    return 0


def _billed(paths: list[str]) -> list:
    """The lines of each cost export (``reconcile.exports``); OSError or ExportError."""
    from llm_exporter.reconcile import exports

    billed: list[exports.Billed] = []
    for path in paths:
        with open(path, "rb") as f:
            billed += exports.read(f.read(exports.MAX_BYTES + 1), path)
    return billed


def cmd_reconcile(args: argparse.Namespace) -> int:
    from llm_exporter.prometheus_api import (
        NotPrometheus,
        PrometheusAPI,
        PrometheusError,
        UnexpectedResult,
    )
    from llm_exporter.reconcile import compare

    try:
        billed = _billed(args.exports)
    except (OSError, ValueError) as e:  # ExportError is a ValueError
        print(f"llm-exporter reconcile: {e}", file=sys.stderr)
        return 2
    selector = load_config(args.config_file).alerting.selector
    if not billed:
        print("llm-exporter reconcile: the exports bill nothing", file=sys.stderr)
        return 2
    try:
        report = asyncio.run(compare.reconcile(PrometheusAPI(args.prometheus), billed,
                                               selector))
    except (NotPrometheus, UnexpectedResult) as e:
        print(f"llm-exporter reconcile: {args.prometheus}: {e}", file=sys.stderr)
        return 2
    except PrometheusError as e:
        print(f"llm-exporter reconcile: {args.prometheus}: {_prometheus_failure(e)}",
              file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps(report, indent=2, sort_keys=True, allow_nan=False))
    else:
        print(compare.text(report), end="")
    return 0


def cmd_hash_user(args: argparse.Namespace) -> int:
    from llm_exporter.sidecar.core.errors import StartupError
    from llm_exporter.sidecar.server import read_user_id_key
    from llm_exporter.sidecar.sinks.usage import hash_user

    usage = load_config(args.config_file).usage
    if not usage.hash_user_ids:
        print("usage.hash_user_ids is false: user ids are kept as sent", file=sys.stderr)
        return 1
    if not usage.user_id_key_file:
        print("usage.user_id_key_file is not set: the sidecar hashes with a random key per "
              "process, which nothing else knows", file=sys.stderr)
        return 1
    try:  # the sidecar's own reading of the key file: hex, at least 128 bits
        key = read_user_id_key(usage.user_id_key_file, "usage.user_id_key_file")
    except StartupError as e:
        print(f"llm-exporter: configuration error: {e}", file=sys.stderr)
        return 2
    for user in args.users:
        print(f"{hash_user(key, user)}  {user}")
    return 0


def cmd_check_config(args: argparse.Namespace) -> int:
    from llm_exporter import webconfig

    config = load_config(args.config_file)
    where = args.config_file or "embedded defaults"
    print(f"{where}: OK ({len(config.prices)} price overrides, {len(config.budgets)} budgets)")
    files = {"web": args.web_config_file or config.web.config_file,
             "proxy": config.proxy.web_config_file}
    for listener, path in files.items():
        if path:
            web = webconfig.load(path, basic_auth=listener == "web")
            tls = web.tls_server_config
            print(f"{path}: OK (TLS {'on' if tls.enabled else 'off'}, client certificates "
                  f"{tls.client_auth_type or 'NoClientCert'}, {len(web.basic_auth_users)} "
                  "basic auth users)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
