"""The fit check's judgement without a Prometheus (its queries against a real one:
integration/test_fit.py): which value a model is judged with, what is suggested, and how."""

from llm_exporter.config import config_from_dict
from llm_exporter.fit import Misfit, nice_objective, setting_for

ALERTING = config_from_dict({"alerting": {
    "slo": {"availability": 0.99},
    "overrides": [{"match": {"model": "flak"}, "availability": 0.9},
                  {"match": {"provider": "vllm"}, "latency_seconds": 40.96},
                  {"match": {"provider": "vllm", "model": "llama.*"},
                   "latency_seconds": 81.92, "availability": 0.95}]}}).alerting


def test_a_model_is_judged_as_the_rules_judge_it():
    # patterns match in full, as PromQL's =~ does: "flak" is not "flaky"
    assert setting_for(ALERTING, "availability", "local", "flaky") == 0.99
    assert setting_for(ALERTING, "availability", "local", "flak") == 0.9
    # the first override that sets the value and matches wins
    assert setting_for(ALERTING, "latency_seconds", "vllm", "llama-3.1-8b") == 40.96
    assert setting_for(ALERTING, "availability", "vllm", "llama-3.1-8b") == 0.95
    # else alerting.slo, or alerting.thresholds
    assert setting_for(ALERTING, "latency_objective", "vllm", "x") == 0.95
    assert setting_for(ALERTING, "latency_p99_seconds", "vllm", "x") == 40.96


def test_the_suggested_objective_leaves_half_the_budget():
    assert nice_objective(0.0004) == 0.999
    assert nice_objective(0.025) == 0.95
    assert nice_objective(0.026) == 0.9
    assert nice_objective(0.4) == 0.5  # the loosest there is


def test_the_override_names_the_model_as_a_pattern_for_exactly_it():
    misfit = Misfit("openai", "gpt-4.1+x", "latency", 0.6, 0.05, 1000, 10.24,
                    {"latency_seconds": 40.96}, "successful calls took")
    line = misfit.line("7d")
    assert line.startswith("openai/gpt-4.1+x: 60.0% of successful calls took over 10.24 s "
                           "over the past 7d (1,000 calls; 5.0% allowed).")
    assert line.endswith(r"- match: {provider: 'openai', model: 'gpt\-4\.1\+x'}, "
                         "latency_seconds: 40.96")
    unfit = Misfit("openai", "o4", "latency_p99", 0.3, 0.005, 1000, 40.96, {},
                   "successful calls took")
    assert unfit.line("7d").endswith("No bucket bound fits: its alert will fire; silence it, "
                                     "or raise it.")
