"""Answer quality: truncation, refusal drift, answer checks drift, feedback scores."""

from __future__ import annotations

from llm_exporter.config import Config, parse_duration
from llm_exporter.metrics import (
    ANSWER_CHECKS,
    FEEDBACK,
    FINISH_REASONS,
    MODEL,
    PROMPT_NAME,
    PROMPT_VERSION,
    REFUSALS,
)
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
    significant,
    usual_ratio,
    with_overrides,
)

# an answer check is judged per model and prompt version, against its own history
CHECK_BY = f"{PM}, {PROMPT_NAME}, {PROMPT_VERSION}, check"
# truncation has its own alert (LLMTruncationRatioHigh), on every call's finish reason
NOT_DRIFTED = 'check!="truncated"'
TRUNCATION_WINDOWS = ("15m", *EVIDENCE_WINDOWS)  # see base.evidence
DRIFT_WINDOWS = EVIDENCE_WINDOWS  # refusals and answer checks: an hour, then two and six
FEEDBACK_WINDOWS = ("1h", "6h")  # a score's mean: an hour, or six for a quiet stream
FEEDBACK_BY = f"name, {MODEL}"


def recording(config: Config) -> list[dict]:
    sel = config.alerting.selector
    checks = f"{ANSWER_CHECKS.series}{{{sel}, {NOT_DRIFTED}"
    finishes = [rule for w in TRUNCATION_WINDOWS for rule in (
        {"record": f"llm:finishes:rate{w}",
         "expr": f"sum by ({PM}) (rate({FINISH_REASONS.series}{{{sel}}}[{w}]))"},
        {"record": f"llm:finish_length:rate{w}",
         "expr": f'sum by ({PM}) (rate({FINISH_REASONS.series}{{{sel}, finish_reason="length"}}'
                 f"[{w}]))\n  or 0 * llm:finishes:rate{w}"})]
    finishes.append(usual_ratio("llm:truncation_ratio:usual1d", "llm:finish_length:rate1h",
                                "llm:finishes:rate1h"))
    drifts = [rule for w in DRIFT_WINDOWS for rule in (
        {"record": f"llm:answer_checks:rate{w}",
         "expr": f"sum by ({CHECK_BY}) (rate({checks}}}[{w}]))"},
        {"record": f"llm:answer_check_failed:rate{w}",
         "expr": f'sum by ({CHECK_BY}) (rate({checks}, result="fail"}}[{w}]))\n'
                 f"  or 0 * llm:answer_checks:rate{w}"},
        # llm:slo_requests:rate{w} counts the calls
        {"record": f"llm:refusals:rate{w}",
         "expr": f"sum by ({PM}) (rate({REFUSALS.series}{{{sel}}}[{w}]))\n"
                 f"  or 0 * llm:slo_requests:rate{w}"})]
    return [*finishes, *drifts,
        # the ratios averaged over 7 days: an idle hour leaves no point (0/0 would be NaN,
        # and NaN in avg_over_time blinds the drift alerts for a week)
        {"record": "llm:answer_check_failures:ratio_rate1h",
         "expr": "llm:answer_check_failed:rate1h / (llm:answer_checks:rate1h > 0)"},
        {"record": "llm:refusal:ratio_rate1h",
         "expr": "llm:refusals:rate1h / (llm:slo_requests:rate1h > 0)"},
        # the drift alerts' baselines: a week to an hour ago
        usual_ratio("llm:refusal_ratio:usual7d", "llm:refusals:rate1h",
                    "llm:slo_requests:rate1h", "7d"),
        usual_ratio("llm:answer_check_failure_ratio:usual7d", "llm:answer_check_failed:rate1h",
                    "llm:answer_checks:rate1h", "7d"),
        *[rule for w in FEEDBACK_WINDOWS for rule in (
            {"record": f"llm:feedback_scores:rate{w}",
             "expr": f"sum by ({FEEDBACK_BY}) (rate({FEEDBACK.count}{{{sel}}}[{w}]))"},
            {"record": f"llm:feedback_score:mean{w}",
             "expr": f"sum by ({FEEDBACK_BY}) (rate({FEEDBACK.sum}{{{sel}}}[{w}]))"
                     f"\n  / (llm:feedback_scores:rate{w} > 0)"})],
        {"record": "llm:feedback_score_sum:rate1h",
         "expr": f"sum by ({FEEDBACK_BY}) (rate({FEEDBACK.sum}{{{sel}}}[1h]))"},
        usual_ratio("llm:feedback_score:usual7d", "llm:feedback_score_sum:rate1h",
                    "llm:feedback_scores:rate1h", "7d"),
    ]


def drift(bad: str, total: str, usual: str, min_ratio: float, factor: float,
          z: float, matchers: str = "") -> str:
    """``base.evidence`` against a ratio's 7-day average (its ``usual_ratio`` recording): over
    ``min_ratio`` and over ``factor`` times that average, the count of events (``bad``, of
    ``total``, recording names with ``{w}`` for the window) ``z`` standard errors of Anscombe's
    square root over what the average expects, over an hour, or two or six for a quiet series
    (the normal approximation of the ratio calls 8 refusals where 2.5 are expected 3.5
    errors, a 1-in-230 hour); once the series has a day of history. ``matchers`` narrow
    every selector (an override's)."""
    usual = recorded(usual, matchers)

    def rate(name: str, w: str) -> str:
        return recorded(name.format(w=w), matchers)

    def ratio_of(w: str) -> str:
        return f"{rate(bad, w)} / {rate(total, w)}"
    judged = evidence(ratio_of, lambda w: rate(bad, w), lambda w: rate(total, w),
                      lambda w: usual, DRIFT_WINDOWS, min_ratio, z,
                      also=lambda w: f"{ratio_of(w)} > {fmt(factor)} * {usual}")
    # a baseline of a day at least: an hour-old series has a noisy one (the prompt-rollout
    # scenario warned on v4's hedges 2 h 40 min after it replaced v3)
    return f"(\n{judged}\n)\nand {rate(total, DRIFT_WINDOWS[-1])} offset 1d"


def alerts(config: Config) -> list[Alert]:
    a = config.alerting
    t = a.thresholds
    out = []

    out.append(Alert(
        "LLMTruncationRatioHigh",
        evidenced("llm:finish_length:rate{w}", "llm:finishes:rate{w}",
                  "llm:truncation_ratio:usual1d", TRUNCATION_WINDOWS, t.truncation_ratio,
                  "truncation_ratio", a),
        "warning", "10m",
        "Many LLM answers are cut off at the output token limit.",
        f"{PM_LABELS}: {{{{ $value | humanizePercentage }}}} of answers stop at the length limit"
        f" (significantly over {fmt(t.truncation_ratio * 100)}%"
        f"{or_override(a, 'truncation_ratio')}).", "quality"))

    out.append(Alert(
        "LLMRefusalRatioDrift",
        with_overrides(lambda matchers, factor: drift(
            "llm:refusals:rate{w}", "llm:slo_requests:rate{w}", "llm:refusal_ratio:usual7d",
            t.refusal_min_ratio, factor, t.refusal_min_zscore, matchers),
            t.refusal_drift_factor, "refusal_drift_factor", a,
            covers=lambda m: recorded("llm:slo_requests:rate6h", m)),
        "warning", "30m",
        "The model refuses to answer much more often than it used to.",
        f"{PM_LABELS}: {{{{ $value | humanizePercentage }}}} of calls are refused over the last"
        f" hour (or up to six, for a quiet model), over {fmt(t.refusal_drift_factor)}x the "
        f"7-day average.", "quality"))

    checks_drift = with_overrides(
        lambda matchers, factor: drift(
            "llm:answer_check_failed:rate{w}", "llm:answer_checks:rate{w}",
            "llm:answer_check_failure_ratio:usual7d",
            t.answer_check_min_ratio, factor, t.answer_check_min_zscore, matchers),
        t.answer_check_drift_factor, "answer_check_drift_factor", a,
        covers=lambda m: recorded("llm:answer_checks:rate6h", m))
    out.append(Alert(
        "LLMAnswerCheckDrift",
        checks_drift,
        "warning", "30m",
        "An answer check fails much more often than it used to for this model and prompt.",
        f"{PM_LABELS} {{{{ $labels.prompt_name }}}} {{{{ $labels.prompt_version }}}}: the "
        f"{{{{ $labels.check }}}} check fails on {{{{ $value | humanizePercentage }}}} of "
        f"answers over the last hour (or up to six, for a quiet prompt), over "
        f"{fmt(t.answer_check_drift_factor)}x{or_override(a, 'answer_check_drift_factor')} "
        f"its 7-day average.", "quality"))

    top = fmt(t.feedback_score_max)

    def feedback_drop(matchers: str, drop: float) -> str:
        usual = recorded("llm:feedback_score:usual7d", matchers)

        def dropped(w: str) -> str:
            score = recorded(f"llm:feedback_score:mean{w}", matchers)
            scores = f"({recorded(f'llm:feedback_scores:rate{w}', matchers)} * " \
                     f"{fmt(parse_duration(w))})"
            # the shortfall from the top score, in top scores (thumbs down, for 0/1 ratings),
            # is a count: ``significant``'s Poisson score against what the usual mean expects
            # (cautious for scales, whose shortfall varies less than a count)
            short = f"{scores} * ({top} - {score}) / {top}"
            expected = f"(1 - {usual} / {top})"
            return (f"{score} < {usual} - {fmt(drop)}\n"
                    f"and {scores} >= {fmt(t.feedback_min_scores_per_hour)}\n"
                    f"and {significant(short, scores, 1, expected, t.feedback_min_zscore)}")
        own, longer = FEEDBACK_WINDOWS
        # six hours for a quiet stream, while the last hour's mean is still low (or holds no
        # score); a day of history at least, as the drift alerts (a new model's first hour of
        # ratings is its whole baseline: the new-model scenario warned 2 hours in)
        return (f"(\n(\n{dropped(own)}\n)\nor\n(\n{dropped(longer)}\n"
                f"and (\n  {recorded(f'llm:feedback_score:mean{own}', matchers)} < {usual}\n"
                f"  or {recorded(f'llm:feedback_scores:rate{own}', matchers)} == 0\n)\n)\n)\n"
                f"and {recorded(f'llm:feedback_scores:rate{longer}', matchers)} offset 1d")
    out.append(Alert(
        "LLMFeedbackScoreDrop",
        with_overrides(feedback_drop, t.feedback_drop, "feedback_drop", a,
                       covers=lambda m: recorded("llm:feedback_score:usual7d", m)),
        "warning", "30m",
        "Users or evaluators score the answers lower than usual.",
        f"{{{{ $labels.name }}}} for {{{{ $labels.gen_ai_request_model }}}} averages "
        f"{{{{ $value | printf \"%.2f\" }}}} over the last hour (or six, for few scores), over "
        f"{fmt(t.feedback_drop)}{or_override(a, 'feedback_drop')} below its 7-day mean.",
        "quality"))

    return out
