"""Workflow steps: slow steps, and steps that fail."""

from __future__ import annotations

from llm_exporter.config import Config
from llm_exporter.metrics import ERROR_TYPE, STEP_DURATION
from llm_exporter.mixin.rules.base import (
    EVIDENCE_WINDOWS,
    Alert,
    evidenced,
    fmt,
    or_override,
    overridden,
    usual_ratio,
)

STEP = ", ".join(STEP_DURATION.labels[:2])  # workflow, step
STEP_WINDOWS = ("10m", *EVIDENCE_WINDOWS)  # see base.evidence
STEP_LABELS = "{{ $labels.workflow }}/{{ $labels.step }}"


def recording(config: Config) -> list[dict]:
    sel = config.alerting.selector
    return [*(rule for w in STEP_WINDOWS for rule in (
        {"record": f"llm:step_runs:rate{w}",
         "expr": f"sum by ({STEP}) (rate({STEP_DURATION.count}{{{sel}}}[{w}]))"},
        {"record": f"llm:step_errors:rate{w}",
         "expr": f'sum by ({STEP}) (rate({STEP_DURATION.count}{{{sel}, {ERROR_TYPE}!=""}}'
                 f"[{w}]))\n  or 0 * llm:step_runs:rate{w}"})),
        usual_ratio("llm:step_error_ratio:usual1d", "llm:step_errors:rate1h",
                    "llm:step_runs:rate1h")]


def alerts(config: Config) -> list[Alert]:
    a = config.alerting
    t = a.thresholds
    sel = a.selector

    def step_p95(matchers: str) -> str:
        return (f"histogram_quantile(0.95, sum by ({STEP}, le) (rate("
                f"{STEP_DURATION.bucket}{{{sel}{matchers}}}[10m])))")

    return [
        Alert(
            "LLMWorkflowStepSlow",
            overridden(step_p95, ">", t.step_p95_seconds, "step_p95_seconds", a),
            "warning", "15m",
            "A step of an LLM workflow is slow.",
            f"{STEP_LABELS}: p95 is {{{{ $value | humanizeDuration }}}} (threshold "
            f"{fmt(t.step_p95_seconds)}s{or_override(a, 'step_p95_seconds')}).", "latency"),
        Alert(
            "LLMWorkflowStepErrors",
            evidenced("llm:step_errors:rate{w}", "llm:step_runs:rate{w}",
                      "llm:step_error_ratio:usual1d", STEP_WINDOWS, t.step_error_ratio,
                      "step_error_ratio", a),
            "warning", "5m",
            "A step of an LLM workflow (a retrieval, a tool, an agent) fails often.",
            f"{STEP_LABELS}: {{{{ $value | humanizePercentage }}}} of its runs fail "
            f"(significantly over {fmt(t.step_error_ratio * 100)}%"
            f"{or_override(a, 'step_error_ratio')}).", "overview"),
    ]
