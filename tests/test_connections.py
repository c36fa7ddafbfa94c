"""The header-read timeout on a running sidecar's HTTP listeners (web and proxy)."""

import dataclasses
import socket
import time

from llm_exporter.config import ProxyConfig, Upstream, WebConfig

from conftest import RunningSidecar, loopback_config


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
                          upstreams=(Upstream("openai", "http://127.0.0.1:9/v1"),)))
    running = RunningSidecar(config)
    try:
        web, proxy = running.sidecar.web_address, running.sidecar.proxy.address
        for address in (web, proxy):
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
