"""Transports: bad input on each one, socket files, and drops made visible."""

import json
import socket
import time

import pytest

from llm_exporter.sidecar.sources.ingest import StartupError

from conftest import RunningSidecar, loopback_config, value, wait_ready

CALL = {"type": "llm_call", "provider": "openai", "model": "gpt-4o", "duration_s": 0.5}


def line(obj) -> bytes:
    return json.dumps(obj).encode() + b"\n"


def test_stream_refuses_an_overlong_line_and_keeps_the_connection(sidecar):
    host, port = sidecar.address("stream")[4:].rsplit(":", 1)
    limit = sidecar.config.ingest.max_event_bytes
    with socket.create_connection((host, int(port))) as s:
        s.sendall(line(CALL))
        s.sendall(b'{"type":"llm_call","model":"' + b"x" * (3 * limit))  # no newline yet
        s.sendall(b'"}\n')
        s.sendall(line(dict(CALL, tenant="after")))
        s.sendall(b"this is not json\n\n")
        s.sendall(json.dumps(dict(CALL, tenant="last")).encode())  # no final newline
    sidecar.wait_for(3, rejected=2)
    assert sidecar.accepted() == 3
    rejected = sidecar.rejected()
    assert rejected["too_large"] == 1 and rejected["malformed_json"] == 1
    # every line received is a payload, the refused one too (blank lines are not)
    assert value(sidecar.scrape(), "llm_exporter_payloads_total", transport="stream") == 5


DEEP_CALL = (b'{"type":"llm_call","model":"m","duration_s":1,"x":' + b"[" * 1000 + b"]" * 1000
             + b"}")  # deeper than msgspec decodes


def test_stream_keeps_the_connection_after_json_nested_too_deeply(sidecar):
    host, port = sidecar.address("stream")[4:].rsplit(":", 1)
    with socket.create_connection((host, int(port))) as s:
        for _ in range(20):
            s.sendall(line(CALL) + DEEP_CALL + b"\n")
        s.sendall(b"[" + json.dumps(CALL).encode() + b"," + DEEP_CALL + b"]\n")
    sidecar.wait_for(21, rejected=21)
    assert sidecar.accepted() == 21 and sidecar.rejected()["too_deep"] == 21


def test_stream_line_exactly_at_the_limit_is_accepted(tmp_path):
    running = RunningSidecar(loopback_config(tmp_path, stream="127.0.0.1:0"))
    try:
        limit = running.config.ingest.max_event_bytes
        body = json.dumps(dict(CALL, prompt_name="")).encode()
        event = body[:-1] + b', "pad": "' + b"p" * (limit - len(body) - 11) + b'"}'
        assert len(event) == limit
        host, port = running.address("stream")[4:].rsplit(":", 1)
        with socket.create_connection((host, int(port))) as s:
            s.sendall(event + b"\n" + event + b"x\n")
        running.wait_for(1, rejected=1)
        assert running.rejected()["too_large"] == 1
    finally:
        running.stop()


@pytest.mark.parametrize("transport", ["udp", "unixgram"])
def test_datagram_batch_keeps_the_good_events(sidecar, transport):
    address = sidecar.address(transport).split(":", 1)[1]
    family = socket.AF_UNIX if transport == "unixgram" else socket.AF_INET
    target = address if transport == "unixgram" else (address.rsplit(":", 1)[0],
                                                      int(address.rsplit(":", 1)[1]))
    with socket.socket(family, socket.SOCK_DGRAM) as s:
        s.sendto(json.dumps([CALL, {"type": "llm_call"}, CALL, "x"]).encode(), target)
        s.sendto(b"\xff\xfe garbage", target)
        s.sendto(json.dumps(CALL).encode(), target)
    sidecar.wait_for(3, rejected=3)
    rejected = sidecar.rejected()
    assert (rejected["missing_field"], rejected["not_an_object"],
            rejected["malformed_json"]) == (1, 1, 1)
    assert sidecar.accepted() == 3


def test_unix_datagrams_up_to_max_event_bytes_are_whole_and_longer_ones_counted(tmp_path):
    running = RunningSidecar(loopback_config(tmp_path, max_event_bytes=128 * 1024))
    try:
        body = json.dumps(CALL).encode()
        big = body[:-1] + b', "pad": "' + b"p" * (100 * 1024) + b'"}'  # 100 KiB, one event
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1024 * 1024)
            s.sendto(big, running.address("unixgram").split(":", 1)[1])
            s.sendto(b"[" + b",".join([body] * 4000) + b"]", running.address("unixgram")
                     .split(":", 1)[1])  # 190 KiB: over the datagram limit
        running.wait_for(1, rejected=1)
        assert running.accepted() == 1  # before: cut at 64 KiB, rejected as malformed
        assert running.rejected()["too_large"] == 1
    finally:
        running.stop()


def test_stale_socket_file_from_a_crash_is_replaced(tmp_path):
    path = tmp_path / "events.sock"
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    crashed.bind(str(path))
    crashed.close()  # the file stays, as after a crash
    assert path.exists()
    running = RunningSidecar(loopback_config(tmp_path))
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
            s.sendto(json.dumps(CALL).encode(), str(path))
        running.wait_for(1)
        assert oct(path.stat().st_mode & 0o777) == "0o660"
    finally:
        running.stop()
    assert not path.exists()  # removed on shutdown


def test_socket_in_use_by_a_live_sidecar_is_refused(tmp_path):
    path = tmp_path / "events.sock"
    live = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    live.bind(str(path))
    try:
        with pytest.raises(StartupError, match="in use by another running process"):
            RunningSidecar(loopback_config(tmp_path))
        assert path.exists()
    finally:
        live.close()


def test_socket_path_that_is_not_a_socket_is_left_alone(tmp_path):
    (tmp_path / "events.sock").write_text("precious")
    with pytest.raises(StartupError, match="is not a socket"):
        RunningSidecar(loopback_config(tmp_path))
    assert (tmp_path / "events.sock").read_text() == "precious"


def test_kernel_drops_show_in_a_metric_when_the_loop_stalls(tmp_path):
    running = RunningSidecar(loopback_config(tmp_path))
    try:
        host, port = running.address("udp")[4:].rsplit(":", 1)
        payload = json.dumps(CALL).encode()
        sent = 60_000

        def stall():
            time.sleep(0.8)  # the event loop is busy: nothing drains the socket

        running.loop.call_soon_threadsafe(stall)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            for _ in range(sent):
                s.sendto(payload, (host, int(port)))
        deadline = time.monotonic() + 15  # until the sidecar has drained what it kept
        while True:
            text = running.scrape()
            drops = value(text, "llm_exporter_socket_drops_total", transport="udp")
            accepted = value(text, "llm_exporter_events_total", transport="udp",
                             type="llm_call")
            if accepted + drops >= sent or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert drops > 0
        assert accepted + drops == sent  # every datagram is either counted or seen as dropped
    finally:
        running.stop()


def test_a_drain_gives_the_loop_back_after_its_time_budget():
    from llm_exporter.config import Config
    from llm_exporter.sidecar.core.pipeline import Pipeline
    from llm_exporter.sidecar.core.store import Store
    from llm_exporter.sidecar.sources.ingest import DatagramListener

    ticks = iter(range(10**6))
    reader = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    reader.bind(("127.0.0.1", 0))
    reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    reader.setblocking(False)
    writer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    writer.connect(reader.getsockname())
    listener = DatagramListener(reader, "udp", Pipeline(Store(Config()), 65536),
                                clock=lambda: next(ticks) * 0.002)
    for i in range(400):
        writer.send(json.dumps(dict(CALL, model=f"m-{i}")).encode())
    # 2 ms per clock read, read at the start and before every 64th datagram: the third check
    # (6 ms) is past the 5 ms budget, so 3 * 64 - 1 are handled and the rest wait a turn
    assert listener.drain() == 191
    assert listener.drain(seconds=1.0) == 209
    reader.close()
    writer.close()


def test_a_stream_chunk_of_many_lines_gives_the_loop_back_after_its_time_budget():
    """Lines that arrive together (one read) are handled over several loop turns: 2 ms per
    clock read and a 5 ms budget let three lines through a turn, and a task waiting for
    its turn sees the events arrive in steps, not all at once."""
    import asyncio

    from llm_exporter.config import Config
    from llm_exporter.sidecar.core.pipeline import Pipeline
    from llm_exporter.sidecar.core.store import Store
    from llm_exporter.sidecar.sources.ingest import StreamListener

    ticks = iter(range(10**6))
    pipeline = Pipeline(Store(Config()), 65536)

    async def main() -> list[int]:
        listener = StreamListener("127.0.0.1:0", pipeline, clock=lambda: next(ticks) * 0.002)
        await listener.start()
        host, port = listener.acceptor.sockets[0].getsockname()[:2]
        _, writer = await asyncio.open_connection(host, port)
        writer.write(b"".join(line(dict(CALL, model=f"m-{i}")) for i in range(30)))
        await writer.drain()
        seen = []
        while (done := sum(pipeline.events.values())) < 30:
            seen.append(done)
            await asyncio.sleep(0)
        writer.close()
        await listener.close()
        return seen
    steps = sorted({n for n in asyncio.run(main()) if n})
    assert steps[:3] == [2, 5, 8], steps  # the first turn also read the chunk


def test_closing_a_datagram_listener_handles_what_the_kernel_still_holds():
    from llm_exporter.config import Config
    from llm_exporter.sidecar.core.pipeline import Pipeline
    from llm_exporter.sidecar.core.store import Store
    from llm_exporter.sidecar.sources.ingest import DatagramListener

    reader = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    reader.bind(("127.0.0.1", 0))
    reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    reader.setblocking(False)
    pipeline = Pipeline(Store(Config()), 65536)
    listener = DatagramListener(reader, "udp", pipeline)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as writer:
        for i in range(300):  # more than one drain takes at a time
            writer.sendto(json.dumps(dict(CALL, model=f"m-{i % 3}")).encode(),
                          reader.getsockname())
    listener.close()  # nothing read them before
    assert sum(pipeline.events.values()) == 300
    assert reader.fileno() == -1


def test_the_stream_transport_holds_the_sender_back_instead_of_dropping(tmp_path):
    """A stopped sidecar (SIGSTOP) stops reading: the sender's writes block once the socket
    buffers are full, and every event arrives once it reads again."""
    import signal
    import subprocess
    import sys
    import urllib.request

    ports = []
    for _ in range(2):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
    web, stream = ports
    proc = subprocess.Popen(
        [sys.executable, "-m", "llm_exporter", "run", "--otlp.listen-address=",
         f"--web.listen-address=127.0.0.1:{web}", "--ingest.udp=",
         f"--ingest.unixgram={tmp_path}/d.sock", f"--ingest.stream=127.0.0.1:{stream}"],
        stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{web}"
    try:
        wait_ready(url, proc, timeout=20)
        event = line(dict(CALL, model="held-back"))
        sender = socket.create_connection(("127.0.0.1", stream))
        sender.settimeout(0.5)
        proc.send_signal(signal.SIGSTOP)
        sent = 0
        try:
            for _ in range(200_000):  # far more than the socket buffers hold
                sender.sendall(event)
                sent += 1
        except TimeoutError:
            pass  # held back: the send blocked
        assert 0 < sent < 200_000
        proc.send_signal(signal.SIGCONT)
        sender.settimeout(30)
        rest = 5000
        sender.sendall(event * rest)
        sender.close()
        total = sent + rest
        counted = 0
        deadline = time.monotonic() + 30
        while counted < total and time.monotonic() < deadline:
            with urllib.request.urlopen(url + "/metrics", timeout=5) as r:
                counted = value(r.read().decode(), "llm_exporter_events_total",
                                transport="stream", type="llm_call")
            time.sleep(0.2)
        assert counted >= total - 1  # the event cut by the timeout may be half sent
    finally:
        proc.send_signal(signal.SIGCONT)
        proc.terminate()
        proc.wait(10)
