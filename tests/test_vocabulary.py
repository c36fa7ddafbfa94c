"""The GenAI vocabulary, walked both ways: every name a field is read from reaches the event,
and the event's span carries it back under the current name."""

import json
import random

import pytest
from opentelemetry.proto.common.v1.common_pb2 import KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

from llm_exporter import vocabulary
from llm_exporter.config import OtlpConfig, TracesConfig
from llm_exporter.providers import classify_exception
from llm_exporter.sidecar.core.decode import LlmCall, decode_event
from llm_exporter.sidecar.sinks.traces import SpanExporter
from llm_exporter.sidecar.sources import spans

from conftest import any_value

CONFIG = OtlpConfig()
# a value each field can take, as an attribute and as the event has it
VALUES = {"operation": ("text_completion", "text_completion"), "provider": ("openai", "openai"),
          "model": ("gpt-4o", "gpt-4o"), "response_model": ("gpt-4o-0806", "gpt-4o-0806"),
          "input_tokens": (1200, 1200), "output_tokens": (340, 340),
          "cache_read_tokens": (1000, 1000), "cache_write_tokens": (64, 64),
          "reasoning_tokens": (128, 128), "ttft_s": (0.25, 0.25),
          "finish_reason": (["length"], "length"), "error_type": ("rate_limit", "rate_limit"),
          "service_tier": ("flex", "flex"), "tenant": ("acme", "acme"),
          "prompt_name": ("summary", "summary"), "prompt_version": ("v3", "v3")}


def read(attributes: dict) -> dict:
    """The llm_call event a CLIENT span with ``attributes`` becomes."""
    span = Span(kind=Span.SPAN_KIND_CLIENT, start_time_unix_nano=10**18,
                end_time_unix_nano=10**18 + 10**9, status=Status(),
                attributes=[KeyValue(key=k, value=any_value(v)) for k, v in attributes.items()])
    fields = spans.llm_call(span, spans.attributes(span.attributes, spans.span_keys(CONFIG)),
                            {}, CONFIG)
    assert fields is not None, attributes
    return fields


def written(fields: dict) -> dict:
    """The attributes of the span the sidecar exports for that event."""
    call = decode_event(json.dumps(fields).encode())
    assert isinstance(call, LlmCall), call
    exporter = SpanExporter(TracesConfig(endpoint="http://127.0.0.1:9/v1/traces"),
                            wall_clock=lambda: 1.7e9, rng=random.Random(1))
    out = {}
    for kv in exporter.span(call, cost=0.0).attributes:
        kind = kv.value.WhichOneof("value")
        value = getattr(kv.value, kind)
        out[kv.key] = [v.string_value for v in value.values] if kind == "array_value" else value
    return out


CASES = [(field, name) for field, names in vocabulary.CALL_ATTRIBUTES.items() for name in names]


@pytest.mark.parametrize("field, name", CASES, ids=[f"{f}:{n}" for f, n in CASES])
def test_every_name_read_is_written_back_as_the_current_one(field, name):
    attribute, event_value = VALUES[field]
    base = {"gen_ai.operation.name": "chat", "gen_ai.request.model": "m"}
    base = {k: v for k, v in base.items() if k not in vocabulary.CALL_ATTRIBUTES[field]}
    fields = read({**base, name: attribute})
    assert fields[field] == event_value
    out = written(fields)
    assert out[vocabulary.written(field)] == attribute
    assert name == vocabulary.written(field) or name not in out


def test_every_field_read_has_a_value_here():
    assert set(VALUES) == set(vocabulary.CALL_ATTRIBUTES)


@pytest.mark.parametrize("system, provider", sorted(vocabulary.PROVIDER_ALIASES.items()))
def test_older_system_names_are_written_as_the_current_provider(system, provider):
    fields = read({"gen_ai.operation.name": "chat", "gen_ai.request.model": "m",
                   "gen_ai.system": system})
    assert written(fields)["gen_ai.provider.name"] == provider


@pytest.mark.parametrize("kind, operation", sorted(vocabulary.LLM_REQUEST_TYPES.items()))
def test_openllmetry_request_types_are_written_as_the_operation(kind, operation):
    fields = read({"llm.request.type": kind, "gen_ai.request.model": "m"})
    assert written(fields)["gen_ai.operation.name"] == operation


@pytest.mark.parametrize("name, error_class", sorted(vocabulary.EXCEPTION_CLASSES.items()))
def test_an_exception_class_is_one_error_class_raised_or_named_in_a_span(name, error_class):
    raised = type(name, (Exception,), {})("no status")
    assert classify_exception(raised) == error_class
    assert spans.error_class({"error.type": name}, Status()) == error_class
    assert spans.error_class({"error.type": f"<class 'openai.{name}'>"}, Status()) == error_class
