"""The sidecar's spans reach a real OTLP/HTTP receiver (``tests/trace_receiver.py``, decoding
with opentelemetry-proto) through the sidecar's exporter: what is sampled, the exemplar's
trace, Retry-After, and a stalled receiver that costs only what the queue cannot hold."""

from __future__ import annotations

import dataclasses
import json
import re
import ssl
import subprocess
import time
import urllib.request

import openai
import pytest

from llm_exporter import client
from llm_exporter.client import Emitter
from llm_exporter.config import ProxyConfig, TraceSampling, TracesConfig, Upstream
from llm_exporter.redact import Redactor

from conftest import RunningSidecar, loopback_config, value
from data.pii_corpus import CORPUS
from fake_provider import FakeProvider
from trace_receiver import TraceReceiver


@pytest.fixture
def receiver():
    r = TraceReceiver()
    yield r
    r.close()


def sidecar(tmp_path, receiver, **traces) -> RunningSidecar:
    config = TracesConfig(endpoint=receiver.url, batch_delay=0.2,
                          headers={"X-Scope-OrgID": "team-a"}, **traces)
    return RunningSidecar(dataclasses.replace(loopback_config(tmp_path), traces=config))


def scrape_once_exported(running, n: int, timeout: float = 10.0) -> str:
    """/metrics once the sidecar counts ``n`` spans exported: the receiver has the spans
    before it answers, the sidecar counts them when the answer is read (CI's make test saw
    the scrape land in between)."""
    deadline = time.monotonic() + timeout
    while True:
        text = running.scrape()
        if value(text, "llm_exporter_trace_spans_exported_total") >= n \
                or time.monotonic() > deadline:
            return text
        time.sleep(0.05)


def call(**fields) -> dict:
    return {"type": "llm_call", "provider": "openai", "model": "gpt-4o", "duration_s": 0.5,
            "input_tokens": 1000, "output_tokens": 100, **fields}


def test_sampled_calls_become_spans_and_the_exemplar_names_their_trace(tmp_path, receiver):
    running = sidecar(tmp_path, receiver, sampling=TraceSampling(ratio=0.0))
    try:
        emitter = Emitter(running.address("udp"))
        for _ in range(50):
            emitter.emit(call())  # ratio 0: none of these is kept
        emitter.emit(call(error_type="rate_limit", tenant="acme"))  # kept: an error
        app_trace, app_span = "5b8efff798038103d269b633813fc60c", "eee19b7ec3c1b174"
        emitter.emit(call(error_type="timeout", trace_id=app_trace, span_id=app_span))
        assert emitter.flush(5)
        running.wait_for(52)
        receiver.wait_for(2)
        text = scrape_once_exported(running, 2)
        exemplars = running.scrape("application/openmetrics-text")
    finally:
        running.stop()
    (resource, mine), (_, child) = sorted(receiver.spans, key=lambda s: s[1].parent_span_id)
    assert resource["service.name"] == "llm-exporter"
    assert receiver.requests[0][1]["X-Scope-OrgID"] == "team-a"
    assert mine.name == "chat gpt-4o" and mine.parent_span_id == b""
    # the call came without ids: the exemplar carries the ones its span was given
    assert f'trace_id="{mine.trace_id.hex()}",span_id="{mine.span_id.hex()}"' in exemplars
    # a call with the app's ids: a child of the app's span, in the app's trace
    assert (child.trace_id.hex(), child.parent_span_id.hex()) == (app_trace, app_span)
    assert value(text, "llm_exporter_trace_spans_total", decision="error") == 2
    assert value(text, "llm_exporter_trace_spans_total", decision="sampled_out") == 50
    assert value(text, "llm_exporter_trace_spans_exported_total") == 2
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o", gen_ai_operation_name="chat") == 50  # all


def test_a_busy_receiver_is_retried_after_what_retry_after_says(tmp_path, receiver):
    receiver.refuse, receiver.retry_after = 2, "1"
    running = sidecar(tmp_path, receiver)
    try:
        emitter = Emitter(running.address("udp"))
        emitter.emit(call())
        assert emitter.flush(5)
        receiver.wait_for(1, timeout=20)
        text = scrape_once_exported(running, 1)
    finally:
        running.stop()
    times = [t for t, _ in receiver.requests]
    assert len(times) == 3 and all(b - a >= 0.95 for a, b in zip(times, times[1:], strict=False))
    assert value(text, "llm_exporter_trace_spans_exported_total") == 1


def test_a_stalled_receiver_costs_only_what_the_queue_cannot_hold(tmp_path, receiver):
    receiver.stall = 30.0
    running = sidecar(tmp_path, receiver, timeout=30.0, max_queue_spans=100,
                      max_batch_spans=10)
    try:
        emitter = Emitter(running.address("udp"))
        for _ in range(20):  # the first batch goes out and hangs
            emitter.emit(call())
        assert emitter.flush(5)
        running.wait_for(20)
        time.sleep(0.5)
        slowest = 0.0
        for i in range(500):  # ingest and scrapes go on meanwhile
            emitter.emit(call())
            if i % 50 == 0:
                start = time.perf_counter()
                with urllib.request.urlopen(running.url + "/metrics", timeout=5) as r:
                    r.read()
                slowest = max(slowest, time.perf_counter() - start)
        assert emitter.flush(5)
        running.wait_for(520)
        text = running.scrape()
    finally:
        running.stop()
    assert value(text, "llm_requests_total", gen_ai_provider_name="openai",
                 gen_ai_request_model="gpt-4o", gen_ai_operation_name="chat") == 520
    held = value(text, "llm_exporter_trace_queue_spans")
    dropped = value(text, "llm_exporter_trace_spans_dropped_total", reason="queue_full")
    assert held == 100 and dropped == 520 - 100 - 10  # 10 are in the stalled request
    assert slowest < 0.5
    assert re.search(r"llm_exporter_trace_spans_exported_total 0", text)


def test_a_workflow_through_the_client_the_sdk_wrapper_and_the_proxy_is_one_trace(tmp_path,
                                                                                   receiver):
    fake = FakeProvider()
    config = dataclasses.replace(
        loopback_config(tmp_path),
        traces=TracesConfig(endpoint=receiver.url, batch_delay=0.2,
                            sampling=TraceSampling(ratio=1.0)),
        proxy=ProxyConfig(listen_address="127.0.0.1:0",
                          upstreams=(Upstream("openai", fake.url + "/v1"),)))
    running = RunningSidecar(config)
    try:
        emitter = Emitter(running.address("udp"))
        sdk = client.instrument_openai(openai.OpenAI(base_url=fake.url + "/v1", api_key="k",
                                                     max_retries=0), emitter=emitter)
        proxied = openai.OpenAI(base_url=f"http://{running.sidecar.proxy.address}/openai",
                                api_key="k", max_retries=0)
        with client.workflow("answer", emitter=emitter) as wf:
            with client.step("retrieval", emitter=emitter):
                pass
            with client.step("rerank", emitter=emitter):
                pass
            with client.step("execute_tool lookup", emitter=emitter):
                pass
            sdk.chat.completions.create(model="gpt-4o", messages=[])  # joins the workflow
            # another service's call through the proxy, with the workflow's traceparent
            proxied.chat.completions.create(model="gpt-4o-mini", messages=[],
                                            extra_headers={"traceparent": wf.traceparent()})
        assert emitter.flush(5)
        receiver.wait_for(6)
        exemplars = running.scrape("application/openmetrics-text")
    finally:
        running.stop()
        fake.close()
    spans = {s.name: s for _, s in receiver.spans}
    root = spans["invoke_workflow answer"]
    assert root.parent_span_id == b"" and root.kind == root.SPAN_KIND_INTERNAL
    assert {s.trace_id for s in spans.values()} == {root.trace_id}
    for name in ("retrieval", "rerank", "execute_tool lookup", "chat gpt-4o",
                 "chat gpt-4o-mini"):
        assert spans[name].parent_span_id == root.span_id, name
    assert spans["chat gpt-4o"].kind == root.SPAN_KIND_CLIENT
    # the exemplars of both calls are in the trace: the SDK call's own span, and the
    # proxy's caller (the workflow span, of which the proxied call's span is the child)
    assert f'trace_id="{root.trace_id.hex()}",span_id="{spans["chat gpt-4o"].span_id.hex()}"' \
        in exemplars
    assert f'trace_id="{root.trace_id.hex()}",span_id="{root.span_id.hex()}"' in exemplars


@pytest.mark.parametrize("sidecar_capture", [True, False])
def test_captured_content_leaves_only_redacted_and_only_when_both_sides_opt_in(
        tmp_path, receiver, sidecar_capture):
    fake = FakeProvider()
    running = sidecar(tmp_path, receiver, capture_content=sidecar_capture,
                      redact_patterns=(r"ACME-\d{6}",))
    try:
        emitter = Emitter(running.address("udp"))
        sdk = client.instrument_openai(
            openai.OpenAI(base_url=fake.url + "/v1", api_key="k", max_retries=0),
            emitter=emitter, capture_content=True,
            redactor=Redactor(user_id_key="6b" * 16))
        messages = [{"role": "system", "content": "You help ACME-123456 customers."}]
        for text, _ in CORPUS:  # each as a user turn, and as an earlier tool call's arguments
            messages.append({"role": "user", "content": text})
        messages.append({"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "lookup", "arguments": CORPUS[-1][0]}}]})
        sdk.chat.completions.create(model="gpt-4o", messages=messages, user="alice@corp")
        assert emitter.flush(5)
        receiver.wait_for(1)
    finally:
        running.stop()
        fake.close()
    exported = receiver.text()
    (_, span), = receiver.spans
    attributes = {kv.key: kv.value.string_value for kv in span.attributes}
    leaked = [v for _, values in CORPUS for v in values if v in exported]
    assert leaked == [] and "ACME-123456" not in exported and "alice" not in exported
    if not sidecar_capture:  # the sidecar's own switch is off: no content, no user hash
        assert "gen_ai.input.messages" not in attributes
        assert "llm_exporter.user_hash" not in attributes
        return
    sent = json.loads(attributes["gen_ai.input.messages"])
    assert sent[0]["role"] == "system"
    assert "[REDACTED:custom]" in sent[0]["parts"][0]["content"]
    assert "[REDACTED:email]" in attributes["gen_ai.input.messages"]
    assert "[REDACTED:card]" in attributes["gen_ai.input.messages"]
    answer = json.loads(attributes["gen_ai.output.messages"])
    assert answer[0]["role"] == "assistant" and answer[0]["parts"][0]["content"]
    assert len(attributes["llm_exporter.user_hash"]) == 32


def test_the_proxy_captures_redacted_content_of_whole_and_streamed_answers(tmp_path, receiver):
    fake = FakeProvider()
    key = tmp_path / "user-id.key"
    key.write_text("6b" * 16 + "\n")  # hex, as the sidecar reads it
    config = dataclasses.replace(
        loopback_config(tmp_path),
        traces=TracesConfig(endpoint=receiver.url, batch_delay=0.2, capture_content=True,
                            user_id_key_file=str(key)),
        proxy=ProxyConfig(listen_address="127.0.0.1:0",
                          upstreams=(Upstream("openai", fake.url + "/v1"),)))
    running = RunningSidecar(config)
    try:
        proxied = openai.OpenAI(base_url=f"http://{running.sidecar.proxy.address}/openai",
                                api_key="k", max_retries=0)
        messages = [{"role": "user", "content": text} for text, _ in CORPUS]
        proxied.chat.completions.create(model="gpt-4o", messages=messages, user="bob@corp")
        for _ in proxied.chat.completions.create(model="gpt-4o", messages=messages,
                                                 stream=True, user="bob@corp"):
            pass
        receiver.wait_for(2)
    finally:
        running.stop()
        fake.close()
    exported = receiver.text()
    assert [v for _, values in CORPUS for v in values if v in exported] == []
    assert "bob" not in exported
    hashes = set()
    for _, span in receiver.spans:
        attributes = {kv.key: kv.value.string_value for kv in span.attributes}
        hashes.add(attributes["llm_exporter.user_hash"])
        assert "[REDACTED:email]" in attributes["gen_ai.input.messages"]
        answer = json.loads(attributes["gen_ai.output.messages"])
        assert answer[0]["parts"][0]["content"]  # the fake's answer, whole or streamed
    # one user, one pseudonym: the HMAC of the id with the key file's secret
    assert hashes == {Redactor(user_id_key=b"k" * 16).user_id("bob@corp")}


def openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def test_spans_go_over_https_with_a_private_ca_and_a_client_certificate(tmp_path):
    ca_key, ca, key, csr, cert = (str(tmp_path / n) for n in
                                  ("ca.key", "ca.pem", "s.key", "s.csr", "s.pem"))
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", ca,
            "-days", "1", "-subj", "/CN=test-ca")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
            "-subj", "/CN=127.0.0.1")
    (tmp_path / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
            "-out", cert, "-days", "1", "-extfile", str(tmp_path / "ext.cnf"))
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=ca)
    server.load_cert_chain(cert, key)
    server.verify_mode = ssl.CERT_REQUIRED  # mTLS: the sidecar must show a certificate
    receiver = TraceReceiver(ssl_context=server)
    # the same certificate serves as the sidecar's client certificate here
    running = sidecar(tmp_path, receiver, ca_file=ca, cert_file=cert, key_file=key)
    try:
        emitter = Emitter(running.address("udp"))
        emitter.emit(call())
        assert emitter.flush(5)
        receiver.wait_for(1)
    finally:
        running.stop()
        receiver.close()
    assert receiver.url.startswith("https://") and len(receiver.spans) == 1
