"""Availability and latency objectives: SLO recordings and their multi-window burn-rate alerts,
rate limiting, and traffic that stopped (per model and per prompt)."""

from __future__ import annotations

from llm_exporter.config import AlertingConfig, Config, parse_duration
from llm_exporter.metrics import COST, DURATION, PROMPT_NAME, REQUESTS, TENANT, le_label
from llm_exporter.mixin.rules.base import (
    EVIDENCE_WINDOWS,
    PM,
    PM_LABELS,
    Alert,
    evidence,
    evidenced,
    fmt,
    or_override,
    recorded,
    usual_ratio,
    wilson_lower,
    with_overrides,
)

SLO_WINDOWS = ("5m", "10m", "30m", "1h", "2h", "6h", "1d", "3d")
# Multi-window, multi-burn-rate pairs (SRE workbook, ch. 5): (long window, short window,
# burn factor). Both burn-rate alerts use them; every window is recorded for each ratio.
PAGE_WINDOWS = (("1h", "5m", 14.4), ("6h", "30m", 6.0))
TICKET_WINDOWS = (("1d", "2h", 3.0), ("3d", "6h", 1.0))
LONG_WINDOWS = tuple(long for long, _, _ in PAGE_WINDOWS + TICKET_WINDOWS)
# a burn rate's ratio never set above this: with a loose objective (a 10 % budget burnt 14.4x
# is over 100 %), a model whose every call fails must still page
MAX_BURN_RATIO = 0.9
# (severity, windows, for) of both burn-rate alerts: a fast burn pages, a slow one tickets
BURN = (
    ("critical", PAGE_WINDOWS, "2m"),
    ("warning", TICKET_WINDOWS, "15m"),
)
# the windows of the error, tenant and rate-limit ratio alerts (see base.evidence)
ERROR_WINDOWS = ("10m", *EVIDENCE_WINDOWS)
# the config keys of the overrides a model's alert takes (a tenant's or prompt's are not its)
MODEL_KEYS = ("provider", "model")


def burn_rate_expr(ratio: str, windows: tuple[tuple[str, str, float], ...],
                   budget: float, min_calls: float = 0.0, matchers: str = "") -> str:
    """Fires when ``{ratio}:rate{short}`` and the long window's lower confidence bound
    ``{ratio}_lower:rate{long}`` both burn ``budget`` faster than the factor, for any pair; with
    ``min_calls``, only where the long window holds that many calls (a model serving ten calls
    an hour gets a ticket, not a page). ``matchers`` narrow every selector (an override's).
    A ratio over MAX_BURN_RATIO is capped there."""
    def guard(long: str) -> str:
        if not min_calls:
            return ""
        seconds = fmt(parse_duration(long))
        return (f"\n  and {recorded(f'llm:slo_requests:rate{long}', matchers)} * {seconds}"
                f" >= {fmt(min_calls)}")
    return "\nor\n".join(
        f"(\n  {recorded(f'{ratio}:rate{short}', matchers)} > {line}\n"
        f"  and {recorded(f'{ratio}_lower:rate{long}', matchers)} > {line}"
        f"{guard(long)}\n)"
        for long, short, f in windows
        for line in (fmt(min(f * budget, MAX_BURN_RATIO)),))


def burn_rate_alert(ratio: str, calls: str, windows: tuple[tuple[str, str, float], ...],
                    objective: float, threshold: str, alerting: AlertingConfig,
                    min_calls: float = 0.0) -> str:
    """``burn_rate_expr`` against the budget of ``objective``, and of each override of it
    (``threshold``: availability, latency_objective) for the series it matches; ``calls``
    names the recording of the calls the ratio is of, to tell which series an override has."""
    longest = max((long for long, _, _ in windows), key=parse_duration)
    return with_overrides(
        lambda matchers, objective: burn_rate_expr(ratio, windows, 1 - objective, min_calls,
                                                   matchers),
        objective, threshold, alerting,
        covers=lambda matchers: recorded(f"{calls}:rate{longest}", matchers))


def traffic_drop(traffic, ratio: float, min_expected: float, selector: str,
                 matchers: str = "") -> str:
    """Fires where ``traffic(matchers, "")`` is under ``ratio`` times what was expected: the
    smaller of ``traffic(matchers, " offset 1d")`` and ``traffic(matchers, " offset 1w")``, both
    present and at least ``min_expected``; and only while every sidecar ``selector`` picks was
    scraped for the whole 15 minutes. Comparing with yesterday and the same day last week, a
    Monday is not judged by a Sunday, nor a weekday-only feature on a Saturday."""
    now, day, week = (traffic(matchers, o) for o in ("", " offset 1d", " offset 1w"))
    smaller = f"(\n    ({day}\n      < {week})\n    or {week}\n  ) and {day}"
    return (f"(\n  {now}\n  or 0 * {day}\n)\n< {fmt(ratio)} * (\n  (\n  {smaller}\n  )"
            f" >= {fmt(min_expected)}\n)\n"
            # every sidecar scraped all along: after an outage the window is not silence
            f"and on () min(min_over_time(up{{{selector}}}[15m])) == 1")


def recording(config: Config) -> list[dict]:
    alerting = config.alerting
    sel = alerting.selector
    slo = alerting.slo
    bad = alerting.failed_calls
    rules = []
    for w in SLO_WINDOWS:
        def slow_ratio(matchers: str, le: float, w: str = w) -> str:
            return (f'1 - (\n'
                    f'  sum by ({PM}) (rate({DURATION.bucket}'
                    f'{{{sel}, error_type="", le="{le_label(le)}"{matchers}}}[{w}]))\n'
                    f'  / llm:slo_successes:rate{w}\n)')

        rules += [
            {"record": f"llm:slo_requests:rate{w}",
             "expr": f"sum by ({PM}) (rate({REQUESTS.series}{{{sel}}}[{w}]))"},
            {"record": f"llm:slo_errors:rate{w}",
             # 0 rather than nothing when a model has had no errors, so the ratio exists
             "expr": f"sum by ({PM}) (rate({REQUESTS.series}{{{bad}}}[{w}]))\n"
                     f"  or 0 * llm:slo_requests:rate{w}"},
            {"record": f"llm:slo_error_ratio:rate{w}",
             "expr": f"llm:slo_errors:rate{w} / llm:slo_requests:rate{w}"},
            {"record": f"llm:slo_successes:rate{w}",
             "expr": f'sum by ({PM}) (rate({DURATION.count}{{{sel}, error_type=""}}[{w}]))'},
            {"record": f"llm:slo_slow_ratio:rate{w}",
             "expr": with_overrides(slow_ratio, slo.latency_seconds, "latency_seconds",
                                    alerting)},
        ]
    # what the burn-rate alerts can be confident of over their long windows (see wilson_lower)
    z = alerting.thresholds.evidence_zscore
    for w in LONG_WINDOWS:
        seconds = fmt(parse_duration(w))
        for ratio, calls in (("llm:slo_error_ratio", "llm:slo_requests"),
                             ("llm:slo_slow_ratio", "llm:slo_successes")):
            rules.append({"record": f"{ratio}_lower:rate{w}",
                          "expr": wilson_lower(f"{ratio}:rate{w}",
                                               f"({calls}:rate{w} * {seconds})", z)})
    # per tenant (calls that name one), and rate limits, over the ratio alerts' windows
    for w in ERROR_WINDOWS:
        by = f"{TENANT}, {PM}"
        rules += [
            {"record": f"llm:tenant_requests:rate{w}",
             "expr": f'sum by ({by}) (rate({REQUESTS.series}{{{sel}, {TENANT}!=""}}[{w}]))'},
            {"record": f"llm:tenant_errors:rate{w}",
             "expr": f'sum by ({by}) (rate({REQUESTS.series}{{{bad}, {TENANT}!=""}}[{w}]))\n'
                     f"  or 0 * llm:tenant_requests:rate{w}"},
            {"record": f"llm:rate_limited:rate{w}",
             "expr": f'sum by ({PM}) (rate({REQUESTS.series}{{{sel}, error_type="rate_limit"}}'
                     f"[{w}]))"},
        ]
    rules += [
        usual_ratio("llm:slo_error_ratio:usual1d", "llm:slo_errors:rate1h",
                    "llm:slo_requests:rate1h"),
        usual_ratio("llm:rate_limit_ratio:usual1d", "llm:rate_limited:rate1h",
                    "llm:slo_requests:rate1h"),
    ]
    rules.append(
        {"record": "llm:requests:rate5m",
         "expr": f"sum by ({PM}, error_type) (rate({REQUESTS.series}{{{sel}}}[5m]))"})
    return rules


def alerts(config: Config) -> list[Alert]:
    a = config.alerting
    t = a.thresholds
    slo = a.slo
    sel = a.selector
    budget = 1 - slo.availability
    slow_budget = 1 - slo.latency_objective
    out = []

    for severity, pairs, for_ in BURN:
        burn = (f"({'page' if severity == 'critical' else 'ticket'}: burn rate over "
                f"{' and '.join(f'{f:g}x' for *_, f in pairs)})")
        min_calls = t.page_min_calls if severity == "critical" else 0.0
        out.append(Alert(
            "LLMErrorBudgetBurn",
            burn_rate_alert("llm:slo_error_ratio", "llm:slo_requests", pairs, slo.availability,
                            "availability", a, min_calls),
            severity, for_,
            "LLM calls are failing fast enough to exhaust the error budget.",
            f"{PM_LABELS}: {{{{ $value | humanizePercentage }}}} of calls fail; the objective "
            f"allows {fmt(budget * 100)}%{or_override(a, 'availability')} {burn}.", "overview"))
        out.append(Alert(
            "LLMLatencyBudgetBurn",
            burn_rate_alert("llm:slo_slow_ratio", "llm:slo_successes", pairs,
                            slo.latency_objective, "latency_objective", a, min_calls),
            severity, for_,
            "Too many LLM calls are slower than the latency objective.",
            f"{PM_LABELS}: {{{{ $value | humanizePercentage }}}} of successful calls take longer "
            f"than {fmt(slo.latency_seconds)}s{or_override(a, 'latency_seconds')}; the "
            f"objective allows {fmt(slow_budget * 100)}%{or_override(a, 'latency_objective')} "
            f"{burn}.", "latency"))

    out.append(Alert(
        "LLMErrorRatioHigh",
        evidenced("llm:slo_errors:rate{w}", "llm:slo_requests:rate{w}",
                  "llm:slo_error_ratio:usual1d", ERROR_WINDOWS, t.error_ratio, "error_ratio", a,
                  ratio="llm:slo_error_ratio:rate{w}", keys=MODEL_KEYS),
        "warning", "5m",
        "Many LLM calls are failing right now.",
        f"{PM_LABELS}: {{{{ $value | humanizePercentage }}}} of calls failed over 10 minutes (or "
        f"hours, for a quiet model), significantly over {fmt(t.error_ratio * 100)}%"
        f"{or_override(a, 'error_ratio', MODEL_KEYS)}. Too short to burn much error "
        f"budget, long enough for users to notice.", "overview"))

    def tenant_alert(matchers: str, line: float) -> str:
        def ratio(w: str) -> str:
            return (f"{recorded(f'llm:tenant_errors:rate{w}', matchers)}\n"
                    f"  / {recorded(f'llm:tenant_requests:rate{w}', matchers)}")

        # what the model's other tenants' calls fail at (none: no say): a tenant's failures
        # are its own only where significantly over the others' (an outage of the model is
        # the model's alerts' to name)
        def others(w: str) -> str:
            return (f"(\n  (\n    llm:slo_errors:rate{w} - on ({PM}) group_right "
                    f"llm:tenant_errors:rate{w}\n  )\n  / (\n    llm:slo_requests:rate{w}"
                    f" - on ({PM}) group_right llm:tenant_requests:rate{w}\n  )\n)")
        return evidence(ratio, lambda w: recorded(f"llm:tenant_errors:rate{w}", matchers),
                        lambda w: recorded(f"llm:tenant_requests:rate{w}", matchers), others,
                        ERROR_WINDOWS, line, t.tenant_evidence_zscore)
    out.append(Alert(
        "LLMTenantErrorRatioHigh",
        with_overrides(tenant_alert, t.error_ratio, "error_ratio", a, covers=lambda m: recorded(
            f"llm:tenant_requests:rate{ERROR_WINDOWS[-1]}", m)),
        "warning", "5m",
        "One tenant's LLM calls are failing, while the model serves the others.",
        f"{{{{ $labels.{TENANT} }}}} on {PM_LABELS}: {{{{ $value | humanizePercentage }}}} of the "
        f"tenant's calls fail (significantly over {fmt(t.error_ratio * 100)}%"
        f"{or_override(a, 'error_ratio')}) while the model's other tenants' do not: their key, "
        f"quota or requests, not the model.", "overview"))

    out.append(Alert(
        "LLMRateLimited",
        evidenced("llm:rate_limited:rate{w}", "llm:slo_requests:rate{w}",
                  "llm:rate_limit_ratio:usual1d", ERROR_WINDOWS, t.rate_limit_ratio,
                  "rate_limit_ratio", a),
        "warning", "5m",
        "The LLM provider is rate-limiting calls.",
        f"{PM_LABELS}: {{{{ $value | humanizePercentage }}}} of calls get a rate-limit error "
        f"(significantly over {fmt(t.rate_limit_ratio * 100)}%"
        f"{or_override(a, 'rate_limit_ratio')}).", "overview"))

    def dropped(traffic, keys: tuple[str, ...]) -> str:
        # a series is overridden where it had traffic yesterday or last week
        return with_overrides(
            lambda matchers, ratio: traffic_drop(traffic, ratio, t.no_traffic_min_calls, sel,
                                                 matchers),
            t.no_traffic_ratio, "no_traffic_ratio", a, keys=keys,
            covers=lambda m: f"{traffic(m, ' offset 1d')} or {traffic(m, ' offset 1w')}")

    def calls(matchers: str, offset: str) -> str:
        return f"sum by ({PM}) (increase({REQUESTS.series}{{{sel}{matchers}}}[15m]{offset}))"
    out.append(Alert(
        "LLMNoTraffic", dropped(calls, MODEL_KEYS),
        "warning", "10m",
        "A model gets almost no calls at an hour that had traffic yesterday and last week.",
        f"{PM_LABELS}: {{{{ $value | humanize }}}} calls in 15 minutes, under "
        f"{fmt(t.no_traffic_ratio * 100)}%{or_override(a, 'no_traffic_ratio', MODEL_KEYS)} of "
        f"the same time yesterday and last week: the feature using it may be broken upstream "
        f"of the LLM.", "overview"))

    def priced(matchers: str, offset: str) -> str:
        # prompt_name is on the cost counter only: a scrape where it grew held a priced call
        return (f"sum by ({PROMPT_NAME}) (changes({COST.series}{{{sel}{matchers}}}[15m]"
                f"{offset}))")
    out.append(Alert(
        "LLMPromptNoTraffic", dropped(priced, ("prompt",)),
        "warning", "10m",
        "A prompt gets almost no calls at an hour that had traffic yesterday and last week.",
        f"Prompt {{{{ $labels.{PROMPT_NAME} }}}}: priced calls in {{{{ $value | humanize }}}} "
        f"scrapes of the last 15 minutes, under {fmt(t.no_traffic_ratio * 100)}%"
        f"{or_override(a, 'no_traffic_ratio', ('prompt',))} of the same time yesterday and "
        f"last week: the feature may be broken.", "overview"))
    return out
