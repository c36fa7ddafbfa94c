"""The client library: stdlib only, never raises, never blocks, counts what it drops."""

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time

import pytest

from llm_exporter import client
from llm_exporter.client import Emitter, classify_error, track
from llm_exporter.client import emitter as emitter_module

from conftest import RunningSidecar, loopback_config, value


@pytest.fixture
def udp_receiver():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 * 1024 * 1024)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(2)
    yield sock, "udp:{}:{}".format(*sock.getsockname())
    sock.close()


def receive(sock, n):
    """n events, from datagrams holding one event or a JSON array of them."""
    events = []
    while len(events) < n:
        got = json.loads(sock.recv(65536))
        events.extend(got if isinstance(got, list) else [got])
    assert len(events) == n
    return events


def test_importing_the_client_pulls_in_no_sidecar_dependency():
    code = ("import sys, llm_exporter.client; "
            "heavy = {'aiohttp', 'prometheus_client', 'msgspec', 'yaml', 'jinja2', "
            "'genai_prices'} & set(sys.modules); print(sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_emit_sends_one_json_datagram(udp_receiver):
    sock, address = udp_receiver
    emitter = Emitter(address)
    assert emitter.emit({"type": "llm_call", "model": "m", "duration_s": 1.0, "tenant": "é"})
    assert receive(sock, 1) == [{"type": "llm_call", "model": "m", "duration_s": 1.0,
                                 "tenant": "é"}]
    assert emitter.flush(2)
    assert (emitter.sent, emitter.dropped) == (1, 0)


def test_events_emitted_together_travel_as_one_array(udp_receiver):
    sock, address = udp_receiver
    emitter = Emitter(address, linger=0.05)
    for i in range(300):
        emitter.emit({"i": i})
    assert emitter.flush(2)
    batch = json.loads(sock.recv(65536))
    assert isinstance(batch, list) and [e["i"] for e in batch] == list(range(len(batch)))
    assert len(batch) > 1


def test_sidecar_not_running_is_a_counted_drop_not_an_error(tmp_path):
    emitter = Emitter(f"unixgram:{tmp_path}/nobody-home.sock")
    started = time.perf_counter()
    assert emitter.emit({"type": "llm_call"}) is True  # queued; the send fails later
    assert time.perf_counter() - started < 0.01
    emitter.flush(2)
    assert (emitter.sent, emitter.dropped) == (0, 1)


def test_full_receiver_queue_drops_without_blocking(tmp_path):
    path = str(tmp_path / "slow.sock")
    receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    receiver.bind(path)  # bound but never read: its queue fills (net.unix.max_dgram_qlen)
    emitter = Emitter(f"unixgram:{path}", queue_size=2000)
    started = time.perf_counter()
    for i in range(50_000):
        emitter.emit({"type": "llm_call", "i": i})
    assert time.perf_counter() - started < 5.0  # ~µs per emit, never waiting on the socket
    emitter.flush(5)
    assert emitter.dropped > 0
    assert emitter.sent + emitter.dropped == 50_000
    receiver.close()


def test_drops_are_reported_with_the_next_event_that_gets_through(tmp_path):
    path = str(tmp_path / "later.sock")
    emitter = Emitter(f"unixgram:{path}")
    emitter.emit({"n": 1})
    emitter.emit({"n": 2})
    emitter.flush(2)
    assert emitter.dropped == 2  # nobody listening yet
    receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    receiver.bind(path)
    receiver.settimeout(2)
    emitter.emit({"n": 3})
    emitter.emit({"n": 4})
    emitter.flush(2)
    assert receive(receiver, 2) == [{"client_dropped": 2, "n": 3}, {"n": 4}]
    emitter.emit({"n": 5})
    assert receive(receiver, 1) == [{"n": 5}]  # reported once
    receiver.close()


def test_unserialisable_event_and_bad_address_never_raise(udp_receiver):
    _, address = udp_receiver
    emitter = Emitter(address)
    assert emitter.emit({"obj": object()}) is False
    assert emitter.emit({"big": "x" * 70_000}) is False  # over one datagram
    assert emitter.dropped == 2
    bad = Emitter("carrier-pigeon:somewhere")
    assert bad.emit({"type": "llm_call"}) is False and bad.dropped == 1


def test_env_var_chooses_the_address(monkeypatch, udp_receiver):
    sock, address = udp_receiver
    monkeypatch.setenv(client.ENV_ADDR, address)
    monkeypatch.setattr(emitter_module, "_default", None)
    assert client.emit({"hello": 1})
    assert receive(sock, 1) == [{"hello": 1}]


def test_thread_safe_under_concurrent_emits(udp_receiver):
    sock, address = udp_receiver
    emitter = Emitter(address)
    threads = [threading.Thread(target=lambda t=t: [emitter.emit({"t": t, "i": i})
                                                     for i in range(500)]) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    emitter.flush(5)
    assert (emitter.sent, emitter.dropped) == (4000, 0)
    got = receive(sock, emitter.sent)
    assert len({(e["t"], e["i"]) for e in got}) == emitter.sent


@pytest.mark.timeout(30)
def test_survives_fork(udp_receiver):
    import signal

    sock, address = udp_receiver
    emitter = Emitter(address)
    emitter.emit({"who": "parent"})
    pid = os.fork()
    if pid == 0:  # child: the inherited emitter must work, with its own thread and socket
        signal.alarm(10)  # a deadlock here ends the child, not the test run
        before = emitter.sent
        ok = emitter.emit({"who": "child"}) and emitter.flush(2) and emitter.sent == before + 1
        os._exit(0 if ok else 1)
    deadline = time.monotonic() + 15
    while (done := os.waitpid(pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    if done[0] == 0:  # still running: no orphan left holding the pipe
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail("the forked child did not finish in 15 s: a deadlock in the emitter")
    assert os.waitstatus_to_exitcode(done[1]) == 0
    assert sorted(e["who"] for e in receive(sock, 2)) == ["child", "parent"]


def test_stream_emitter_queues_and_flushes_through_a_background_thread():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    emitter = Emitter("tcp:{}:{}".format(*server.getsockname()))
    for i in range(100):
        assert emitter.emit({"i": i})
    conn, _ = server.accept()
    conn.settimeout(2)
    data = b""
    while data.count(b"\n") < 100:
        data += conn.recv(65536)
    assert [json.loads(line)["i"] for line in data.splitlines()] == list(range(100))
    assert emitter.flush(2) and emitter.sent == 100
    emitter.close()
    conn.close()
    server.close()


def test_stream_emitter_with_no_sidecar_drops_without_blocking():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens here now
    emitter = Emitter(f"tcp:127.0.0.1:{port}", queue_size=10)
    started = time.perf_counter()
    results = [emitter.emit({"i": i}) for i in range(50)]
    assert time.perf_counter() - started < 0.5
    assert results.count(False) > 0  # the queue (10) filled while the thread backed off
    deadline = time.monotonic() + 3
    while emitter.dropped < 50 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert emitter.dropped == 50


def test_track_times_a_streaming_call(udp_receiver):
    sock, address = udp_receiver
    with track(provider="openai", model="gpt-4o", tenant="acme", emitter=Emitter(address)) as c:
        time.sleep(0.02)
        c.first_token()
        time.sleep(0.03)
        c.first_token()  # only the first counts
        c.usage(input_tokens=10, output_tokens=5, cache_read_tokens=None)
        c.set(finish_reason="stop")
    (event,) = receive(sock, 1)
    assert event["type"] == "llm_call" and event["tenant"] == "acme"
    assert 0.02 <= event["ttft_s"] < 0.045 and event["duration_s"] >= 0.05
    assert event["input_tokens"] == 10 and "cache_read_tokens" not in event
    assert "error_type" not in event and "prompt_name" not in event


class RateLimitError(Exception):
    status_code = 429


def test_track_records_the_error_and_lets_it_propagate(udp_receiver):
    sock, address = udp_receiver
    with pytest.raises(RateLimitError):
        with track(model="m", emitter=Emitter(address)):
            raise RateLimitError("slow down")
    assert receive(sock, 1)[0]["error_type"] == "rate_limit"


def test_track_as_decorator_sync_and_async(udp_receiver):
    sock, address = udp_receiver
    emitter = Emitter(address)

    @track(model="m", operation="embeddings", emitter=emitter)
    def embed(x):
        return x * 2

    @track(model="m", emitter=emitter)
    async def chat(x):
        await asyncio.sleep(0.01)
        return x + 1

    assert embed(2) == 4
    assert asyncio.run(chat(1)) == 2
    first, second = receive(sock, 2)
    assert first["operation"] == "embeddings"
    assert second["operation"] == "chat" and second["duration_s"] >= 0.01


def test_async_context_manager(udp_receiver):
    sock, address = udp_receiver

    async def main():
        async with track(model="m", emitter=Emitter(address)) as c:
            c.usage(output_tokens=3)

    asyncio.run(main())
    assert receive(sock, 1)[0]["output_tokens"] == 3


class APIStatusError(Exception):
    def __init__(self, status):
        self.status_code = status


@pytest.mark.parametrize("exc, expected", [
    (TimeoutError(), "timeout"),
    (type("APITimeoutError", (Exception,), {})(), "timeout"),
    (APIStatusError(429), "rate_limit"),
    (APIStatusError(503), "server_error"),
    (APIStatusError(401), "auth"),
    (APIStatusError(400), "invalid_request"),
    (ConnectionRefusedError(), "connection"),
    (type("APIConnectionError", (Exception,), {})(), "connection"),
    (ValueError("x"), "ValueError"),
])
def test_classify_error(exc, expected):
    assert classify_error(exc) == expected


def test_events_the_client_could_not_encode_or_fit_reach_the_sidecars_metric(tmp_path):
    running = RunningSidecar(loopback_config(tmp_path))
    try:
        emitter = Emitter(running.address("unixgram"))
        assert emitter.emit({"type": "llm_call", "obj": object()}) is False  # not JSON
        assert emitter.emit({"type": "llm_call", "big": "x" * 300_000}) is False  # too large
        emitter.emit({"type": "llm_call", "model": "m", "duration_s": 1.0})
        emitter.flush(5)
        running.wait_for(1)
        assert value(running.scrape(), "llm_exporter_client_dropped_events_total") == 2
    finally:
        running.stop()


def test_a_drop_report_in_a_batch_that_fails_is_carried_to_the_next(tmp_path):
    config = loopback_config(tmp_path)
    emitter = Emitter(f"unixgram:{config.ingest.unixgram}")  # no sidecar yet
    emitter.emit({"type": "llm_call", "model": "m", "duration_s": 1.0})
    emitter.emit({"type": "llm_call", "model": "m", "duration_s": 1.0})
    emitter.flush(2)  # fails: 2 to report
    emitter.emit({"type": "llm_call", "model": "m", "duration_s": 1.0})
    emitter.flush(2)  # carries the 2, fails too: 3 to report
    assert emitter.dropped == 3
    running = RunningSidecar(config)
    try:
        emitter.emit({"type": "llm_call", "model": "m", "duration_s": 1.0})
        emitter.flush(5)
        running.wait_for(1)
        assert value(running.scrape(), "llm_exporter_client_dropped_events_total") == 3
    finally:
        running.stop()


def test_a_process_that_exits_right_after_emitting_still_sends(udp_receiver):
    sock, address = udp_receiver
    program = ("from llm_exporter import client\n"
               "for i in range(3):\n"
               "    client.emit({'type': 'llm_call', 'model': 'm', 'duration_s': 1, 'i': i})\n")
    # no flush, no close: the queue is sent by the emitter's atexit hook
    subprocess.run([sys.executable, "-c", program], check=True, timeout=30,
                   env={**os.environ, client.ENV_ADDR: address})
    assert sorted(e["i"] for e in receive(sock, 3)) == [0, 1, 2]


def test_the_unix_stream_address_reaches_the_sidecars_stream_listener(tmp_path):
    path = tmp_path / "events.stream"
    running = RunningSidecar(loopback_config(tmp_path, stream=f"unix:{path}"))
    try:
        emitter = Emitter(f"unix:{path}")
        for _ in range(5):
            emitter.emit({"type": "llm_call", "model": "m", "duration_s": 1.0})
        assert emitter.flush(5) and emitter.sent == 5
        running.wait_for(5)
        assert value(running.scrape(), "llm_exporter_events_total", transport="stream",
                     type="llm_call") == 5
    finally:
        running.stop()
