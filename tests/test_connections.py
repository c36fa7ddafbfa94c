"""Connection limits on a running sidecar's listeners: the header-read timeout (web, proxy,
OTLP) and the cap on open connections."""

import dataclasses
import gzip
import socket
import time
import urllib.request

from llm_exporter.config import OtlpConfig, ProxyConfig, Upstream, WebConfig
from llm_exporter.sidecar.http import connections

from conftest import RunningSidecar, loopback_config, value


def closed_after(address: str, first: bytes) -> float:
    """Seconds until the sidecar closes a connection that sent only ``first``."""
    host, port = address.rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as s:
        began = time.monotonic()
        s.sendall(first)
        assert s.recv(65536) == b""  # closed by the sidecar, nothing answered
        return time.monotonic() - began


def test_a_connection_that_never_finishes_its_request_head_is_closed(tmp_path):
    config = dataclasses.replace(
        loopback_config(tmp_path),
        web=WebConfig(listen_address="127.0.0.1:0", header_timeout=0.5),
        proxy=ProxyConfig(listen_address="127.0.0.1:0",
                          upstreams=(Upstream("openai", "http://127.0.0.1:9/v1"),)),
        otlp=OtlpConfig(listen_address="127.0.0.1:0"))
    running = RunningSidecar(config)
    try:
        web, proxy = running.sidecar.web_address, running.sidecar.proxy.address
        for address in (web, proxy, running.sidecar.otlp.address):
            assert 0.4 < closed_after(address, b"") < 4.0  # silent (swept once a second)
            assert 0.4 < closed_after(address, b"GET /metrics HTTP/1.1\r\nHost: x\r\n") < 4.0
        # a request head sent slowly but whole in time is served, and its connection kept
        host, port = web.rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=10) as s:
            for piece in (b"GET /healthz HTTP/1.1\r\n", b"Host: x\r\n", b"\r\n"):
                s.sendall(piece)
                time.sleep(0.1)
            assert s.recv(65536).startswith(b"HTTP/1.1 200")
            time.sleep(1.5)  # past the header timeout: served connections are not swept
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            assert s.recv(65536).startswith(b"HTTP/1.1 200")
    finally:
        running.stop()


def connect(address: str) -> socket.socket:
    host, port = address.rsplit(":", 1)
    return socket.create_connection((host, int(port)), timeout=10)


def answered_within(s: socket.socket, seconds: float) -> bytes | None:
    """The start of the answer on ``s``, or None when nothing came within ``seconds``."""
    s.settimeout(seconds)
    try:
        return s.recv(65536)
    except TimeoutError:
        return None
    finally:
        s.settimeout(10)


def test_a_listener_at_its_connection_cap_makes_new_connections_wait_and_spares_the_others(
        tmp_path):
    config = dataclasses.replace(
        loopback_config(tmp_path, stream="127.0.0.1:0", max_connections=3),
        web=WebConfig(listen_address="127.0.0.1:0", max_connections=3, header_timeout=60))
    running = RunningSidecar(config)
    held: list[socket.socket] = []
    try:
        web, stream = running.sidecar.web_address, running.address("stream")[4:]
        # three idle stream connections fill the stream listener; a fourth waits in the
        # backlog: what it sends is read only once one of the three closes
        held += [connect(stream) for _ in range(3)]
        waiting = connect(stream)
        waiting.sendall(b'{"type":"llm_call","v":1,"model":"m","duration_s":1}\n')
        time.sleep(0.5)
        assert running.accepted() == 0
        assert running.call(lambda: running.sidecar.stream_listener.connections()) == 3
        # the web listener has its own cap: a full stream listener does not touch it
        with urllib.request.urlopen(running.url + "/healthz", timeout=2) as r:
            assert r.status == 200
        held.pop().close()
        running.wait_for(accepted=1)
        # the same on the web listener: the fourth request is answered once a slot frees
        held += [connect(web) for _ in range(3)]
        fourth = connect(web)
        fourth.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert answered_within(fourth, 0.5) is None
        held.pop().close()
        assert answered_within(fourth, 5).startswith(b"HTTP/1.1 200")
        fourth.close()
        for s in held:
            s.close()
        time.sleep(0.2)
        text = running.scrape()
        assert value(text, "llm_exporter_listener_full_seconds_total", listener="web") > 0.4
        assert value(text, "llm_exporter_listener_full_seconds_total", listener="stream") > 0.4
        assert value(text, "llm_exporter_accept_errors_total", listener="web") == 0
        assert value(text, "llm_exporter_connections", listener="web") == 1  # this scrape
    finally:
        for s in held:
            s.close()
        running.stop()


def every_http_listener(tmp_path) -> RunningSidecar:
    return RunningSidecar(dataclasses.replace(
        loopback_config(tmp_path),
        proxy=ProxyConfig(listen_address="127.0.0.1:0",
                          upstreams=(Upstream("openai", "http://127.0.0.1:9/v1"),)),
        otlp=OtlpConfig(listen_address="127.0.0.1:0")))


def bodies_to(running: RunningSidecar) -> list[tuple[str, str, str]]:
    """(address, path, content type) of a POST with a body on each HTTP listener."""
    sidecar = running.sidecar
    return [(sidecar.web_address, "/v1/events", "application/json"),
            (sidecar.proxy.address, "/openai/chat/completions", "application/json"),
            (sidecar.otlp.address, "/v1/traces", "application/x-protobuf")]


def post_raw(address: str, path: str, content_type: str, body: bytes, length: int,
             encoding: str = "") -> socket.socket:
    s = connect(address)
    s.sendall(f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
              f"Content-Length: {length}\r\n".encode()
              + (f"Content-Encoding: {encoding}\r\n".encode() if encoding else b"")
              + b"\r\n")
    try:
        s.sendall(body)
    except OSError:  # refused and closed before all of it was sent
        pass
    return s


def ended_within(s: socket.socket, seconds: float) -> tuple[bytes, float | None]:
    """What the server answered on ``s``, and when it closed it (None: still open)."""
    began = time.monotonic()
    answer = b""
    s.settimeout(0.2)
    while time.monotonic() - began < seconds:
        try:
            chunk = s.recv(65536)
        except TimeoutError:
            continue
        except ConnectionResetError:  # closed with our bytes still unread: ended too
            return answer, time.monotonic() - began
        if not chunk:
            return answer, time.monotonic() - began
        answer += chunk
    return answer, None


def test_a_gzip_bomb_is_refused_and_its_connection_closed_on_every_http_listener(tmp_path):
    # 1 GiB of zeros in 1 MiB: the 413 came at once, but aiohttp kept the connection and
    # went on reading and inflating the rest in the event loop (/healthz 1.5-1.9 s)
    bomb = gzip.compress(b"\0" * (1 << 30), 9)
    running = every_http_listener(tmp_path)
    try:
        for address, path, content_type in bodies_to(running):
            s = post_raw(address, path, content_type, bomb, len(bomb), "gzip")
            answer, closed = ended_within(s, 3.0)
            s.close()
            assert closed is not None, (path, answer[:100])
            assert answer == b"" or answer.startswith(b"HTTP/1.1 413"), answer[:100]
            began = time.monotonic()
            with urllib.request.urlopen(running.url + "/healthz", timeout=5) as r:
                assert r.status == 200
            assert time.monotonic() - began < 0.5
        assert running.rejected()["too_large"] == 2  # the proxy forwards nothing, counts none
    finally:
        running.stop()


def test_a_body_that_drips_in_is_cut_off_and_its_connection_closed(tmp_path, monkeypatch):
    monkeypatch.setattr(connections, "BODY_GRACE_SECONDS", 0.5)
    running = every_http_listener(tmp_path)
    try:
        for address, path, content_type in bodies_to(running):
            s = post_raw(address, path, content_type, b"{", 1000)
            answer, closed = ended_within(s, 5.0)
            s.close()
            assert answer.startswith(b"HTTP/1.1 408"), (path, answer[:100])
            assert closed is not None and closed < 3.0, path
        assert running.rejected()["too_slow"] == 2
    finally:
        running.stop()


def test_a_body_at_the_limit_is_read_and_one_byte_more_is_refused(tmp_path):
    config = loopback_config(tmp_path)
    running = RunningSidecar(dataclasses.replace(
        config, web=dataclasses.replace(config.web, max_request_bytes=1024)))
    try:
        event = b'{"type":"llm_call","v":1,"model":"m","duration_s":1}'
        body = event + b" " * (1024 - len(event))
        s = post_raw(running.sidecar.web_address, "/v1/events", "application/json", body,
                     len(body))
        assert s.recv(65536).startswith(b"HTTP/1.1 200")
        s.close()
        for length, encoding in ((1025, ""), (None, "gzip")):
            data = body + b" " if encoding == "" else gzip.compress(body + b" ")
            s = post_raw(running.sidecar.web_address, "/v1/events", "application/json", data,
                         length or len(data), encoding)
            answer, closed = ended_within(s, 3.0)
            s.close()
            assert answer.startswith(b"HTTP/1.1 413") and closed is not None
        assert running.rejected()["too_large"] == 2
    finally:
        running.stop()
