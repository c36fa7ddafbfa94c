"""Configuration: embedded defaults, YAML loading, errors that name the key."""

import re
from pathlib import Path

import pytest

from llm_exporter.config import (
    DEFAULT_WEB_PORT,
    Config,
    ConfigError,
    config_from_dict,
    load_config,
    parse_duration,
    validate,
)


def test_defaults_are_a_working_config():
    config = load_config(None)
    assert config == Config()
    assert config.web.listen_address == f":{DEFAULT_WEB_PORT}"
    assert 9100 <= DEFAULT_WEB_PORT <= 9999
    assert config.ingest.udp.startswith("127.0.0.1:")  # loopback only
    assert config.ingest.unixgram and config.ingest.stream == ""
    assert config.limits.labels.tenant <= 1000
    assert config.limits.labels.model < config.limits.labels.tenant


def test_yaml_file_round_trip(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("""
web: {listen_address: "127.0.0.1:9999"}
ingest: {udp: "", stream: "unix:/tmp/x.sock"}
limits:
  series_ttl: 6h
  labels: {tenant: 50}
prices:
  - {model: in-house, input: 0.1, output: 0.2}
budgets:
  - {tenant: acme, daily_usd: 100, monthly_usd: 2000}
log: {level: debug}
""")
    config = load_config(path)
    assert config.web.listen_address == "127.0.0.1:9999"
    assert config.ingest.udp == "" and config.ingest.stream == "unix:/tmp/x.sock"
    assert config.limits.series_ttl == 6 * 3600 and config.limits.labels.tenant == 50
    assert config.limits.labels.model == Config().limits.labels.model
    assert config.prices[0].model == "in-house" and config.prices[0].cache_read is None
    assert config.budgets[0].monthly_usd == 2000.0
    with pytest.raises(AttributeError):
        config.web.listen_address = "x"  # frozen


PROXIED = {"proxy": {"listen_address": "127.0.0.1:0",
                     "upstreams": [{"name": "openai", "url": "http://127.0.0.1:9/v1"}]}}
JUDGE = {"name": "relevance", "upstream": "openai", "model": "gpt-4o-mini",
         "prompt": "Rate {{ answer }} for {{ question }}"}


@pytest.mark.parametrize("data, message", [
    ({"web": {"listen_adress": ":1"}}, "web.listen_adress: unknown key (known: listen_address"),
    ({"wbe": {}}, "wbe: unknown key"),
    ({"limits": {"labels": {"tenant": "many"}}}, "limits.labels.tenant: expected int, got str"),
    ({"limits": {"labels": {"tenant": 0}}}, "limits.labels.tenant: must be at least 1"),
    ({"limits": {"series_ttl": "soon"}}, "limits.series_ttl: expected a duration"),
    ({"prices": [{"model": "x", "input": 1}]}, "prices[0]: missing required key 'output'"),
    ({"prices": {"model": "x"}}, "prices: expected a list, got a mapping"),
    ({"prices": [{"model": "x", "input": -1, "output": 1}]}, "prices[0].input"),
    ({"prices": [{"model": "x", "input": 1, "output": 2, "processing": "batch"}]},
     "prices[0]: a price of 'x' for a variant (service_tier, processing, speed) needs one"),
    ({"budgets": [{"tenant": "a"}, {"tenant": "a"}]}, "budgets[1].tenant: 'a' appears twice"),
    ({"budgets": [{"tenant": "a", "daily_usd": 0}]}, "budgets[0].daily_usd: must be positive"),
    ({"log": {"level": "loud"}}, "log.level: expected one of"),
    ({"web": {"listen_address": "nohost"}}, "web.listen_address: expected HOST:PORT"),
    ({"ingest": {"udp": "127.0.0.1:99999"}}, "ingest.udp: expected HOST:PORT"),
    ({"web": {"events_allowed_from": ["10.0.0.0/33"]}}, "web.events_allowed_from[0]"),
    ({"ingest": {"max_event_bytes": True}}, "ingest.max_event_bytes: expected int, got bool"),
    ({"proxy": {"spend": {"prometheus_url": "prometheus:9090"}}},
     "proxy.spend.prometheus_url: expected http(s)://"),
    ({"alerting": {"prometheus_url": "prometheus:9090"}},
     "alerting.prometheus_url: expected http(s)://"),
    ({"proxy": {"spend": {"refresh_interval": 0}}},
     "proxy.spend.refresh_interval: must be positive"),
    ({"proxy": {"spend": {"max_stalenes": "1m"}}}, "proxy.spend.max_stalenes: unknown key"),
    ({"alerting": {"overrides": [{"ttft_p95_seconds": 9}]}},
     "alerting.overrides[0]: missing required key 'match'"),
    ({"alerting": {"overrides": [{"match": {}, "ttft_p95_seconds": 9}]}},
     "alerting.overrides[0].match: give at least one of provider, model"),
    ({"alerting": {"overrides": [{"match": {"modle": "o3"}, "ttft_p95_seconds": 9}]}},
     "alerting.overrides[0].match.modle: unknown label"),
    ({"alerting": {"overrides": [{"match": {"model": "o3("}, "ttft_p95_seconds": 9}]}},
     "alerting.overrides[0].match.model: not a regular expression"),
    ({"alerting": {"overrides": [{"match": {"model": "o3"}}]}},
     "alerting.overrides[0]: sets no threshold"),
    ({"alerting": {"overrides": [{"match": {"model": "o3"}, "step_p95_seconds": 9}]}},
     "alerting.overrides[0].step_p95_seconds: is judged per workflow/step"),
    ({"alerting": {"overrides": [{"match": {"model": "o3", "prompt": "a"},
                                  "no_traffic_ratio": 0}]}},
     "alerting.overrides[0].no_traffic_ratio: a prompt's traffic is judged across models"),
    ({"alerting": {"overrides": [{"match": {"provider": "vllm"}, "feedback_drop": 0.3}]}},
     "alerting.overrides[0].feedback_drop: is judged per model"),
    ({"alerting": {"overrides": [{"match": {"tenant": "a"}, "ttft_p95_seconds": -1}]}},
     "alerting.overrides[0].ttft_p95_seconds: must not be negative"),
    ({"alerting": {"overrides": [{"match": {"model": "a"}, "cost_spike_factor": 3}]}},
     "alerting.overrides[0].cost_spike_factor: unknown key"),
    ({"alerting": {"thresholds": {"feedback_score_max": 0}}},
     "alerting.thresholds.feedback_score_max: must be positive"),
    ({"checks": {"prompts": {"support": [{"name": "Cites"}]}}},
     "checks.prompts.support[0]: check name 'Cites': expected lower-case"),
    ({"checks": {"prompts": {"support": [{"name": "hedge"}]}}}, "not a built-in check"),
    ({"checks": {"prompts": {"support": [{"name": "a", "must_match": "[1"}]}}},
     "checks.prompts.support[0]: check 'a': must_match is not a regular expression"),
    ({"checks": {"prompts": {"support": [{"name": "a"}, {"name": "a"}]}}},
     "checks.prompts.support: a check name appears twice"),
    ({"checks": {"prompts": {"support": [{"name": f"c{i}"} for i in range(10)]}}},
     "checks.prompts.support: at most 9 checks per prompt"),
    ({"checks": {"refusal_phrases": "I can't"}}, "checks.refusal_phrases: expected a list"),
    ({"checks": {"json": False}}, "checks.json: unknown key"),
    ({"evaluators": [{"name": "relevance", "upstream": "openai", "model": "m", "prompt": "x"}]},
     "evaluators[0]: evaluators judge proxied calls; set proxy.listen_address"),
    (dict(PROXIED, evaluators=[dict(JUDGE, upstream="anthropic")]),
     "evaluators[0].upstream: 'anthropic' is not one of proxy.upstreams (openai)"),
    (dict(PROXIED, evaluators=[dict(JUDGE, sample_rate=2)]),
     "evaluators[0].sample_rate: must be between 0 and 1"),
    (dict(PROXIED, evaluators=[dict(JUDGE, prompt="{{ question")]),
     "evaluators[0].prompt: not a jinja2 template"),
    (dict(PROXIED, evaluators=[dict(JUDGE, score_pattern="([0-9]")]),
     "evaluators[0].score_pattern: not a regular expression"),
    (dict(PROXIED, evaluators=[JUDGE, JUDGE]), "evaluators[1].name: expected a unique"),
    (dict(PROXIED, evaluators=[dict(JUDGE, api="gemini")]), "evaluators[0].api: expected one"),
    (dict(PROXIED, evaluators=[dict(JUDGE, max_concurrency=0)]),
     "evaluators[0].max_concurrency: must be at least 1"),
    ({"usage": {"max_tenants": 0}}, "usage.max_tenants: must be at least 1"),
    ({"usage": {"fleet_registers": 100}}, "usage.fleet_registers: must be 0 or a power of two"),
    ({"usage": {"fleet_registers": 8}}, "usage.fleet_registers: must be 0 or a power of two"),
    ({"usage": {"fleet_registers": 8192}}, "usage.fleet_registers: must be 0 or a power of two"),
    ({"usage": {"fleet_top_users": 101}}, "usage.fleet_top_users: must be from 0 (none) to 100"),
    ({"usage": {"fleet_max_tenants": 0}}, "usage.fleet_max_tenants: must be from 1 to 1000"),
    ({"proxy": {"spend": {"when_unavailable": "fail"}}},
     "proxy.spend.when_unavailable: expected one"),
    ([], "top level: expected a mapping"),
])
def test_bad_config_names_the_key(data, message):
    with pytest.raises(ConfigError) as e:
        config_from_dict(data)
    assert message in str(e.value)


def test_budget_spend_source_from_yaml():
    config = config_from_dict({"proxy": {"enforce_budgets": True, "spend": {
        "prometheus_url": "http://prometheus:9090", "refresh_interval": "10s",
        "max_staleness": "2m"}}})
    spend = config.proxy.spend
    assert (spend.prometheus_url, spend.refresh_interval, spend.max_staleness) == (
        "http://prometheus:9090", 10.0, 120.0)
    assert config_from_dict({}).proxy.spend.prometheus_url == ""  # local spend by default


def test_file_errors_name_the_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("web: [unclosed")
    with pytest.raises(ConfigError, match="bad.yaml: not valid YAML"):
        load_config(bad)
    typo = tmp_path / "typo.yaml"
    typo.write_text("web:\n  listen_addres: ':1'\n")
    with pytest.raises(ConfigError, match=r"typo.yaml: web.listen_addres: unknown key"):
        load_config(typo)


def test_empty_file_is_the_defaults(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    assert load_config(empty) == Config()


@pytest.mark.parametrize("text, seconds", [
    (30, 30.0), (1.5, 1.5), ("90s", 90.0), ("5m", 300.0), ("24h", 86400.0), ("7d", 604800.0),
    ("250ms", 0.25), ("0", 0.0)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("data, message", [
    ({"proxy": {"upstreams": [{"name": "a/b", "url": "http://x"}]}},
     "proxy.upstreams[0].name: expected a unique path segment"),
    ({"proxy": {"upstreams": [{"name": "a", "url": "http://x"}, {"name": "a", "url": "http://y"}]}},
     "proxy.upstreams[1].name"),
    ({"proxy": {"upstreams": [{"name": "a", "url": "ftp://x"}]}},
     "proxy.upstreams[0].url: expected http(s)://"),
    ({"proxy": {"listen_address": "nope"}}, "proxy.listen_address: expected HOST:PORT"),
])
def test_bad_proxy_config(data, message):
    with pytest.raises(ConfigError) as e:
        config_from_dict(data)
    assert message in str(e.value)


def test_a_password_in_a_url_is_redacted_for_logs_and_errors():
    from llm_exporter.config import redacted_url
    assert redacted_url("http://svc:pw@h:9/v1") == "http://svc:xxxxx@h:9/v1"
    assert redacted_url("https://h/v1") == "https://h/v1"
    with pytest.raises(ConfigError) as e:
        config_from_dict({"proxy": {"upstreams": [{"name": "a", "url": "ftp://u:pw@h"}]}})
    assert "pw" not in str(e.value) and "u:xxxxx@" in str(e.value)


def test_a_unix_socket_path_too_long_to_bind_is_a_config_error_naming_the_key():
    long_path = "/tmp/" + "d" * 100 + "/llm.sock"  # 114 bytes
    for key, value in (("unixgram", long_path), ("stream", "unix:" + long_path)):
        with pytest.raises(ConfigError) as e:
            config_from_dict({"ingest": {key: value}})
        assert str(e.value).startswith(f"ingest.{key}: a unix socket path can have at most 107")
    config_from_dict({"ingest": {"unixgram": "/tmp/" + "d" * 97 + ".sock"}})  # 107: fine


def test_the_configuration_block_in_the_docs_is_a_valid_config(tmp_path):
    page = (Path(__file__).parent.parent / "docs" / "configuration.md").read_text()
    section = page[page.index("# Configuration"):]
    block = section[section.index("```yaml") + len("```yaml"):]
    path = tmp_path / "config.yaml"
    path.write_text(block[:block.index("```")])
    config = load_config(path)  # unknown or misspelt keys fail here
    validate(config)
    assert config.otlp.listen_address == "127.0.0.1:4318" and config.web.max_connections == 512


@pytest.mark.parametrize("traces, message", [
    ({"endpoint": "tempo:4318"}, "traces.endpoint: must be an http:// or https:// URL"),
    ({"cert_file": "c.pem"}, "give both or neither"),
    ({"sampling": {"ratio": 1.5}}, "traces.sampling.ratio: must be between 0 and 1"),
    ({"batch_delay": 0}, "must be more than 0"),
    ({"max_queue_spans": 0}, "traces.max_queue_spans: must be at least 1"),
    ({"redact_patterns": ["(unclosed"]}, "traces.redact_patterns[0]: not a regular expression"),
    ({"sampling": {"rate": 0.5}}, "traces.sampling.rate: unknown key"),
])
def test_bad_traces_settings_are_one_clear_error(traces, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        config_from_dict({"traces": traces})


def test_one_duration_parser_for_the_config_and_the_backtest():
    from llm_exporter import backtest, durations

    assert parse_duration is durations.parse_duration is backtest.parse_duration
    # what the config took ("1.5h", "5 m", numbers) and what Prometheus writes ("1h30m", "2y")
    for text, seconds in [("1h30m", 5400.0), ("2y", 2 * 31536000.0), (" 1.5h ", 5400.0),
                          ("5 m", 300.0), ("10ms", 0.01), ("0", 0.0), (7, 7.0)]:
        assert parse_duration(text) == seconds
    for bad in ("soon", "-5m", "5x", "1h junk", "", True, None, [1]):
        with pytest.raises(ValueError, match="expected a duration like"):
            parse_duration(bad)
    with pytest.raises(ValueError, match="^otlp.step_wait: must not be negative, got -1$"):
        parse_duration(-1, "otlp.step_wait")
    assert config_from_dict({"limits": {"series_ttl": "1h30m"}}).limits.series_ttl == 5400.0


@pytest.mark.parametrize("data, message", [
    ({"alerting": {"severity": {"LLMNoTraffic": "critical", "LLMCostSpike": "page"}}},
     "alerting.severity.LLMCostSpike: expected one of critical, warning, info, got 'page'"),
    ({"traces": {"headers": {"X-Scope-OrgID": 1}}},
     "traces.headers.X-Scope-OrgID: expected str, got int 1"),
    ({"checks": {"prompts": {"a": [], "b": [{"name": "x", "max_chars": "long"}]}}},
     "checks.prompts.b[0].max_chars: expected int, got str 'long'"),
    ({"limits": {"labels": None}}, "limits.labels: expected a mapping, got nothing"),
    ({"limits": {"series_ttl": -1}}, "limits.series_ttl: must not be negative, got -1"),
    ({"web": {"max_connections": -1}}, "web.max_connections: must be 0 (no limit) or more, got -1"),
    ({"alerting": {"slo": {"availability": 1}}},
     "alerting.slo.availability: expected a ratio in [0.5, 1), got 1"),
    ({"budgets": [{"tenant": "a", "monthly_usd": "lots"}]},
     "budgets[0].monthly_usd: expected float, got str 'lots'"),
    ({"otlp": {"calls_from": "both"}}, "otlp.calls_from: expected one of auto, spans, metrics"),
    ({"web": {True: 1}}, "web.True: unknown key (known: listen_address, config_file"),
])
def test_what_msgspec_finds_reads_as_the_key_and_what_is_wrong(data, message):
    with pytest.raises(ConfigError) as e:
        config_from_dict(data)
    assert str(e.value).startswith(message)


def test_validate_checks_a_config_made_in_code_as_it_checks_a_file():
    import dataclasses

    from llm_exporter.config import LabelLimits, LimitsConfig, LogConfig

    config = Config()
    validate(config)
    for changed, message in [
        (dataclasses.replace(config, limits=LimitsConfig(labels=LabelLimits(tenant=0))),
         "limits.labels.tenant: must be at least 1, got 0"),
        (dataclasses.replace(config, log=LogConfig(level="loud")),
         "log.level: expected one of debug, info, warning, error, got 'loud'"),
        (dataclasses.replace(config, web=dataclasses.replace(config.web, max_connections="9")),
         "web.max_connections: expected int, got str '9'"),
    ]:
        with pytest.raises(ConfigError, match=f"^{re.escape(message)}$"):
            validate(changed)


def test_a_config_written_back_as_yaml_reads_the_same():
    import yaml

    from llm_exporter.checks import Rule
    from llm_exporter.config import to_dict

    config = config_from_dict({
        "limits": {"series_ttl": "6h", "labels": {"tenant": 5}},
        "prices": [{"model": "m", "input": 1, "output": 2}],
        "alerting": {"for_override": "1m", "severity": {"LLMNoTraffic": "info"},
                     "overrides": [{"match": {"model": "o3"}, "latency_seconds": 20.48}]},
        "checks": {"prompts": {"support": [{"name": "cites", "must_match": "\\[\\d+\\]"}]}},
        "otlp": {"tenant_attributes": ["team"]}})
    assert config.checks.prompts["support"] == (Rule("cites", must_match="\\[\\d+\\]"),)
    assert config.otlp.tenant_attributes == ("team",) and config.prices[0].input == 1.0
    assert type(config.limits.series_ttl) is float and config.alerting.for_override == 60.0
    assert config_from_dict(yaml.safe_load(yaml.safe_dump(to_dict(config)))) == config


def test_a_proxied_run_may_not_stay_open_longer_than_its_calls_are_held():
    config_from_dict({"agents": {"proxy_run_idle": "1h", "idle": "1h"}})
    with pytest.raises(ConfigError, match=r"agents.proxy_run_idle: at most agents.idle \(3600s\)"):
        config_from_dict({"agents": {"proxy_run_idle": "2h"}})
