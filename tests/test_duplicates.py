"""One call described by two instrumentations, counted once."""

from llm_exporter.sidecar.sources.duplicates import RECENT, Duplicates, mcp_request
from llm_exporter.vocabulary import SCOPE


def span(scope, start=100.0, end=101.0, model="claude-sonnet-4-5", trace="t1", root=False):
    return {"type": "llm_call", "model": model, "trace_id": trace, "ts": end,
            "duration_s": end - start, SCOPE: (scope, root)}


def counted(d: Duplicates, *spans, resource=b"r") -> list[bool]:
    """Whether each span is counted, each counted one remembered as the receiver does."""
    out = []
    for s in spans:
        entry = d.check(resource, s)
        if entry is not None:
            d.remember(entry)
        out.append(entry is not None)
    return out


def test_a_second_instrumentations_span_of_the_same_call_is_not_counted():
    d = Duplicates()
    outer = span("openinference.instrumentation.anthropic", 100.0, 101.0, root=True)
    inner = span("com.anthropic.sdk.python", 100.01, 100.99)  # nested in the first
    assert counted(d, outer, inner) == [True, False]
    assert SCOPE not in outer and SCOPE not in inner
    assert d.outcomes == {"counted": 1, "duplicate": 1}


def test_two_roots_of_one_resource_are_compared_too():
    d = Duplicates()  # an instrumentation that leaves its span out of the context
    first = span("openinference.instrumentation.anthropic", trace="t1", root=True)
    second = span("com.anthropic.sdk.python", 100.1, 100.9, trace="t2", root=True)
    assert counted(d, first, second) == [True, False]
    elsewhere = span("com.anthropic.sdk.python", 100.1, 100.9, trace="t3", root=True)
    assert counted(Duplicates(), first) + counted(d, elsewhere, resource=b"other") == [True,
                                                                                      True]


def test_a_fan_out_beside_another_instrumentation_is_all_counted():
    d = Duplicates()  # the resource has two scopes: its calls are indexed and compared
    assert counted(d, span("other", 10.0, 11.0, model="m2")) == [True]
    assert counted(d, *(span("openinference.instrumentation.openai") for _ in range(5))) \
        == [True] * 5


def test_one_instrumentations_calls_side_by_side_are_all_counted():
    d = Duplicates()  # an agent's fan-out: the same model, at once, one scope
    assert counted(d, *(span("openinference.instrumentation.openai") for _ in range(5))) \
        == [True] * 5


def test_another_model_trace_or_time_is_another_call():
    d = Duplicates()
    assert counted(d, span("a"), span("b", model="claude-haiku-4-5"), span("b", trace="t2"),
                   span("b", 101.0, 102.0),  # starts as the first ends: the next call
                   span("b", 1e9, 1e9 + 1)) == [True] * 5


def test_a_call_without_times_or_trace_is_counted_and_what_is_kept_is_bounded():
    d = Duplicates(max_traces=10, max_per_trace=3)
    untimed = {"type": "llm_call", "model": "m", "duration_s": 1.0, SCOPE: ("a", False)}
    assert counted(d, untimed, span("a", trace="")) == [True, True]
    # two instrumentations: their calls indexed by trace, the last 10 traces, 3 calls each
    assert counted(d, *(span("ab"[i % 2], trace=f"t{i}") for i in range(100))) == [True] * 100
    assert counted(d, *(span("a", 200.0 + i, 200.5 + i) for i in range(10))) == [True] * 10
    assert len(d.groups) == 10 and all(len(calls) <= 3 for scopes in d.groups.values()
                                       for calls in scopes.values())
    # one instrumentation: nothing indexed, its last RECENT calls queued
    solo = [span("solo", trace=f"s{i}", root=True) for i in range(1000)]
    assert counted(d, *solo, resource=b"one") == [True] * 1000
    assert len(d.recent[b"one"]) == RECENT and len(d.groups) == 10


def test_a_second_instrumentation_meets_the_calls_the_first_made_alone():
    d = Duplicates()
    first = [span("com.anthropic.sdk.python", 100.0 + i, 100.5 + i, trace=f"t{i}")
             for i in range(5)]
    assert counted(d, *first) == [True] * 5 and not d.groups  # one scope: only queued
    late = span("openinference.instrumentation.anthropic", 103.0, 103.6, trace="t3")
    assert counted(d, late) == [False]  # the queue indexed when the second scope came


def test_each_counted_span_stands_for_one_duplicate_at_most():
    d = Duplicates()
    assert counted(d, span("a"), span("b"), span("b")) == [True, False, True]


def test_either_model_name_matches():
    d = Duplicates()  # OpenInference names the model that answered, another the one asked for
    asked = span("opentelemetry.instrumentation.openai", model="gpt-4o")
    answered = span("openinference.instrumentation.openai", model="gpt-4o-2024-08-06")
    answered["response_model"] = "gpt-4o-2024-08-06"
    asked["response_model"] = "gpt-4o-2024-08-06"
    assert counted(d, asked, answered) == [True, False]


def test_a_span_rejected_or_absurd_is_never_a_reason_to_drop_another():
    d = Duplicates()
    future = span("a", start=4e9, end=4e9 + 1e6, root=True)  # a day and more long
    assert d.check(b"r", future) is not None and not d.groups  # counted, never compared
    rejected = d.check(b"r", span("a", root=True))
    assert rejected is not None  # the receiver does not remember it: it was rejected
    assert counted(d, span("b", root=True)) == [True]


def test_an_mcp_request_of_two_clients_spans_is_one_by_method_and_tool():
    """fastmcp's ``tools/call get_order`` and, inside it, the MCP SDK's ``MCP send``; the
    SDK's ``tools/list`` beside is another request, as is a second call of the tool."""
    def request(scope, method, tool=None, start=100.0, end=101.0):
        return {"type": "mcp_operation", "method": method, "trace_id": "t1", "ts": end,
                "duration_s": end - start, SCOPE: (scope, False),
                **({"tool": tool} if tool else {})}
    d = Duplicates(names=mcp_request)
    assert counted(d, request("mcp-python-sdk", "tools/call", "get_order", 100.1, 100.9),
                   request("fastmcp", "tools/call", "get_order"),
                   request("mcp-python-sdk", "tools/list", None, 100.2, 100.3),
                   request("fastmcp", "tools/call", "search", 100.5, 100.6),
                   request("fastmcp", "tools/call", "get_order", 102.0, 103.0)) == [
        True, False, True, True, True]
