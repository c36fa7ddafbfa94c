"""The web config file (exporter-toolkit format): what each bad file says, and TLS, basic
auth, headers, the rate limit and reloads on a real sidecar over real sockets."""

from __future__ import annotations

import base64
import dataclasses
import http.client
import os
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request

import bcrypt
import pytest

from llm_exporter import webconfig
from llm_exporter.config import ConfigError, OtlpConfig
from llm_exporter.sidecar.http import webguard

from certs import CA
from conftest import RunningSidecar, loopback_config, value

HASH = bcrypt.hashpw(b"s3cret", bcrypt.gensalt(4)).decode()


@pytest.fixture
def ca(tmp_path):
    return CA(tmp_path)


def write(tmp_path, text: str, name: str = "web.yml") -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


@pytest.mark.parametrize("text, message", [
    ("tls_server_config: {cert_file: a.pem, keyfile: a.key}",
     "tls_server_config.keyfile: unknown key"),
    ("basic_auth: {}", "basic_auth: unknown key"),
    ("tls_server_config: {cert_file: a.pem}", "missing one of key or key_file"),
    ("http_server_config: {headers: {X-Powered-By: me}}",
     "HTTP header 'X-Powered-By' cannot be configured"),
    ("http_server_config: {headers: {X-Frame-Options: allow}}",
     "http_server_config.headers.X-Frame-Options: expected one of deny, sameorigin"),
    ("basic_auth_users: {alice: plaintext}", "basic_auth_users.alice: not a bcrypt hash"),
    ("rate_limit: {interval: 1s}", "rate_limit.burst: must be at least 1"),
    ("tls_server_config: {client_ca_file: ca.pem, client_auth_type: RequireAndVerifyClientCert}",
     "client certificates need cert_file and key_file"),
    ("[1, 2]", "top level: expected a mapping"),
    ("tls_server_config: [", "not valid YAML"),
])
def test_a_bad_web_config_is_one_line_naming_the_key(tmp_path, text, message):
    with pytest.raises(ConfigError) as e:
        webconfig.load(write(tmp_path, text))
    assert message in str(e.value) and "\n" not in str(e.value)
    assert str(e.value).startswith(str(tmp_path / "web.yml"))


@pytest.mark.parametrize("extra, message", [
    ("client_auth_type: RequireAndVerifyClientCert",
     "RequireAndVerifyClientCert needs client_ca_file"),
    ("client_auth_type: RequestClientCert", "is not supported"),
    ("client_auth_type: Sometimes", "not one of NoClientCert"),
    ("client_ca_file: test-ca.pem", "client CAs are configured without a client_auth_type"),
    ("min_version: TLS14", "tls_server_config.min_version: unknown TLS version 'TLS14'"),
    ("cipher_suites: [TLS_RSA_WITH_RC4_128_SHA]", "unknown cipher 'TLS_RSA_WITH_RC4_128_SHA'"),
    ("curve_preferences: [CurveP256, X25519]", "can set one curve"),
    ("client_allowed_sans: [a]", "client_allowed_sans: needs client certificates"),
])
def test_tls_settings_that_cannot_be_used_are_refused(tmp_path, ca, extra, message):
    ca.issue("server")
    text = f"tls_server_config:\n  cert_file: server.pem\n  key_file: server.key\n  {extra}\n"
    with pytest.raises(ConfigError, match=message):
        webconfig.load(write(tmp_path, text))


def test_unreadable_or_mismatched_certificates_are_refused(tmp_path, ca):
    ca.issue("server")
    ca.issue("other")
    with pytest.raises(ConfigError,
                       match="tls_server_config.cert_file: cannot read .*missing.pem: no such"):
        webconfig.load(write(tmp_path, "tls_server_config: {cert_file: missing.pem, "
                                       "key_file: server.key}"))
    with pytest.raises(ConfigError, match="cannot load the certificate and key"):
        webconfig.load(write(tmp_path, "tls_server_config: {cert_file: server.pem, "
                                       "key_file: other.key}"))


def test_file_names_are_relative_to_the_web_config_file(tmp_path, ca):
    ca.issue("server")
    config = webconfig.load(write(tmp_path, "tls_server_config: {cert_file: server.pem, "
                                            "key_file: server.key, cipher_suites: "
                                            "[TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256], "
                                            "curve_preferences: [CurveP256]}"))
    assert config.tls_server_config.cert_file == str(tmp_path / "server.pem")
    assert config.tls_server_config.enabled


def test_an_empty_file_is_plain_http_with_no_auth(tmp_path):
    config = webconfig.load(write(tmp_path, ""))
    assert not config.tls_server_config.enabled and config.basic_auth_users == {}


def start(tmp_path, web_yml: str, otlp: bool = False) -> RunningSidecar:
    config = loopback_config(tmp_path)
    config = dataclasses.replace(
        config, web=dataclasses.replace(config.web, config_file=write(tmp_path, web_yml)),
        otlp=OtlpConfig(listen_address="127.0.0.1:0" if otlp else ""))
    return RunningSidecar(config)


def request(url: str, path: str = "/metrics", auth: str | None = None,
            context: ssl.SSLContext | None = None, method: str = "GET",
            body: bytes | None = None) -> tuple[int, http.client.HTTPMessage, bytes]:
    headers = {"Authorization": "Basic " + base64.b64encode(auth.encode()).decode()} \
        if auth else {}
    req = urllib.request.Request(url + path, headers=headers, method=method, data=body)
    try:
        with urllib.request.urlopen(req, context=context, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def client_context(ca: CA, cert=None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(ca.path))
    if cert is not None:
        context.load_cert_chain(*cert)
    return context


def test_tls_and_basic_auth_guard_every_endpoint_but_the_probes(tmp_path, ca):
    ca.issue("server")
    running = start(tmp_path, f"""
tls_server_config: {{cert_file: server.pem, key_file: server.key}}
basic_auth_users: {{prometheus: '{HASH}'}}
http_server_config: {{headers: {{X-Content-Type-Options: nosniff}}}}
""", otlp=True)
    try:
        url = f"https://{running.sidecar.web_address}"
        context = client_context(ca)
        status, headers, body = request(url, auth="prometheus:s3cret", context=context)
        assert status == 200 and b"llm_exporter_build_info" in body
        assert headers["X-Content-Type-Options"] == "nosniff"
        for auth in ("prometheus:wrong", "nobody:s3cret", None):
            status, headers, _ = request(url, auth=auth, context=context)
            assert status == 401 and headers["WWW-Authenticate"] == "Basic"
            assert headers["X-Content-Type-Options"] == "nosniff"  # on refusals too
        status, _, _ = request(url, "/", context=context)
        assert status == 401  # the status page lists upstream URLs
        status, _, _ = request(url, "/v1/events", context=context, method="POST", body=b"[]")
        assert status == 401
        for probe in ("/healthz", "/readyz"):
            assert request(url, probe, context=context)[0] == 200
        otlp = "https://" + running.sidecar.otlp.address
        status, _, _ = request(otlp, "/v1/traces", context=context, method="POST", body=b"")
        assert status == 401  # the OTLP receiver shares the web config
        with pytest.raises(OSError):  # plain HTTP to the TLS port: no answer
            request(f"http://{running.sidecar.web_address}")
        text = request(url, auth="prometheus:s3cret", context=context)[2].decode()
        assert value(text, "llm_exporter_tls_handshake_errors_total", listener="web") == 1
        assert ("http", f"{url}/v1/events") in running.sidecar.listeners()
    finally:
        running.stop()


def test_client_certificates_are_required_and_verified(tmp_path, ca):
    ca.issue("server")
    good = ca.issue("prometheus", client=True, sans=("prometheus.monitoring",))
    other = ca.issue("stranger", client=True, sans=("stranger",))
    expired = ca.issue("old", client=True, expired=True, sans=("prometheus.monitoring",))
    foreign = CA(tmp_path, "foreign").issue("foreign", client=True,
                                            sans=("prometheus.monitoring",))
    running = start(tmp_path, f"""
tls_server_config:
  cert_file: server.pem
  key_file: server.key
  client_auth_type: RequireAndVerifyClientCert
  client_ca_file: {ca.path.name}
  client_allowed_sans: [prometheus.monitoring]
""")
    try:
        url = f"https://{running.sidecar.web_address}"
        assert request(url, context=client_context(ca, good))[0] == 200
        assert request(url, context=client_context(ca, other))[0] == 403  # SAN not allowed
        for cert in (None, expired, foreign):  # the handshake fails: no HTTP answer
            with pytest.raises(OSError):
                request(url, context=client_context(ca, cert))
        text = request(url, context=client_context(ca, good))[2].decode()
        assert value(text, "llm_exporter_tls_handshake_errors_total", listener="web") == 3
    finally:
        running.stop()


def test_a_rotated_certificate_and_changed_users_are_used_without_a_restart(tmp_path, ca,
                                                                             monkeypatch):
    monkeypatch.setattr(webguard, "CHECK_EVERY_SECONDS", 0.0)
    ca.issue("server")
    running = start(tmp_path, f"""
tls_server_config: {{cert_file: server.pem, key_file: server.key}}
basic_auth_users: {{prometheus: '{HASH}'}}
""")
    from llm_exporter.client import Emitter

    emitter = Emitter(running.address("udp"))
    try:
        url = f"https://{running.sidecar.web_address}"
        assert request(url, auth="prometheus:s3cret", context=client_context(ca))[0] == 200
        for i in range(50):  # events keep arriving over the reloads
            emitter.emit(call_event(i))
        # a new CA's certificate written over the old one: new connections get it
        rotated = CA(tmp_path, "rotated")
        cert, key = rotated.issue("next")
        os.replace(cert, tmp_path / "server.pem")
        os.replace(key, tmp_path / "server.key")
        with pytest.raises(urllib.error.URLError, match="CERTIFICATE_VERIFY_FAILED"):
            request(url, auth="prometheus:s3cret", context=client_context(ca))
        assert request(url, auth="prometheus:s3cret",
                       context=client_context(rotated))[0] == 200
        # a half-written key: the last good configuration stays, the failure is counted
        (tmp_path / "server.key").write_text("-----BEGIN PRIVATE KEY-----\n")
        assert request(url, auth="prometheus:s3cret",
                       context=client_context(rotated))[0] == 200
        # then a whole new pair, and the password changed in the file itself
        new_hash = bcrypt.hashpw(b"n3w", bcrypt.gensalt(4)).decode()
        cert2, key2 = rotated.issue("again")
        os.replace(key2, tmp_path / "server.key")
        os.replace(cert2, tmp_path / "server.pem")
        write(tmp_path, f"tls_server_config: {{cert_file: server.pem, key_file: server.key}}\n"
                        f"basic_auth_users: {{prometheus: '{new_hash}'}}\n")
        context = client_context(rotated)
        assert request(url, auth="prometheus:s3cret", context=context)[0] == 401
        status, _, body = request(url, auth="prometheus:n3w", context=context)
        assert status == 200
        text = body.decode()
        assert value(text, "llm_exporter_web_config_reloads_total", outcome="failure") == 1
        assert value(text, "llm_exporter_web_config_reloads_total", outcome="success") >= 2
        for i in range(50, 100):
            emitter.emit(call_event(i))
        assert emitter.flush(5)
        running.wait_for(100)  # not one lost
    finally:
        emitter.close()
        running.stop()


def test_the_rate_limit_answers_429_beyond_the_burst(tmp_path):
    running = start(tmp_path, "rate_limit: {interval: 1h, burst: 2}\n")
    try:
        url = f"http://{running.sidecar.web_address}"
        assert [request(url)[0] for _ in range(3)] == [200, 200, 429]
        assert request(url, "/healthz")[0] == 200  # probes are not limited
    finally:
        running.stop()


def test_basic_auth_runs_bcrypt_once_per_credentials(tmp_path, monkeypatch):
    checks = []
    real = webguard._password_matches
    monkeypatch.setattr(webguard, "_password_matches",
                        lambda password, *args: checks.append(password) or real(password,
                                                                                *args))
    running = start(tmp_path, f"basic_auth_users: {{prometheus: '{HASH}'}}\n")
    try:
        url = f"http://{running.sidecar.web_address}"
        statuses = [request(url, auth=a)[0] for a in ["prometheus:s3cret"] * 3 + ["x:y"] * 2]
        assert statuses == [200, 200, 200, 401, 401]
        assert checks == ["s3cret", "y"]
    finally:
        running.stop()


def test_the_sidecar_does_not_start_on_a_bad_web_config(tmp_path):
    path = write(tmp_path, "tls_server_config: {cert_file: nope.pem, key_file: nope.key}\n")
    proc = subprocess.run(
        [sys.executable, "-m", "llm_exporter", "run", f"--web.config.file={path}",
         "--web.listen-address=127.0.0.1:0", "--ingest.udp=", "--ingest.unixgram=",
         "--otlp.listen-address="], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if "ERROR" in line]
    assert len(errors) == 1 and "tls_server_config.cert_file: cannot read" in errors[0], proc.stderr
    assert "nope.pem" in errors[0]


def test_check_config_reads_the_web_config_too(tmp_path, ca):
    ca.issue("server")
    good = write(tmp_path, "tls_server_config: {cert_file: server.pem, key_file: server.key}")
    proc = subprocess.run([sys.executable, "-m", "llm_exporter", "check-config",
                           f"--web.config.file={good}"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0 and "TLS on" in proc.stdout, proc.stderr
    bad = write(tmp_path, "basic_auth_users: {a: b}", "bad.yml")
    proc = subprocess.run([sys.executable, "-m", "llm_exporter", "check-config",
                           f"--web.config.file={bad}"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2 and "basic_auth_users.a: not a bcrypt hash" in proc.stderr


def test_the_telemetry_path_moves_the_metrics(tmp_path):
    config = loopback_config(tmp_path)
    config = dataclasses.replace(config, web=dataclasses.replace(
        config.web, telemetry_path="/internal/metrics"))
    running = RunningSidecar(config)
    try:
        url = f"http://{running.sidecar.web_address}"
        assert request(url, "/internal/metrics")[0] == 200
        assert request(url, "/metrics")[0] == 404
    finally:
        running.stop()


def test_a_slow_handshake_is_cut_off_at_the_header_timeout(tmp_path, ca):
    import socket

    ca.issue("server")
    config = loopback_config(tmp_path)
    config = dataclasses.replace(config, web=dataclasses.replace(
        config.web, header_timeout=0.5,
        config_file=write(tmp_path, "tls_server_config: {cert_file: server.pem, "
                                    "key_file: server.key}")))
    running = RunningSidecar(config)
    try:
        host, port = running.sidecar.web_address.rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            started = time.monotonic()
            assert sock.recv(1) == b""  # sent nothing: closed by the sidecar
            assert time.monotonic() - started < 5
    finally:
        running.stop()


def call_event(i: int = 0) -> dict:
    return {"type": "llm_call", "provider": "openai", "model": "gpt-4o", "duration_s": 0.1,
            "input_tokens": 10, "output_tokens": 5, "request_id": f"r{i}"}


def test_the_client_sends_over_https_with_a_ca_basic_auth_and_a_client_certificate(
        tmp_path, ca, monkeypatch):
    from llm_exporter.client import Emitter

    ca.issue("server")
    client_cert, client_key = ca.issue("app", client=True)
    config = loopback_config(tmp_path)
    config = dataclasses.replace(config, web=dataclasses.replace(
        config.web, events_allowed_from=("127.0.0.0/8",), config_file=write(tmp_path, f"""
tls_server_config:
  cert_file: server.pem
  key_file: server.key
  client_auth_type: RequireAndVerifyClientCert
  client_ca_file: {ca.path.name}
basic_auth_users: {{app: '{HASH}'}}
""")))
    running = RunningSidecar(config)
    try:
        address = f"https://{running.sidecar.web_address}"
        (tmp_path / "password").write_text("s3cret\n")
        monkeypatch.setenv("LLM_EXPORTER_CA_FILE", str(ca.path))
        monkeypatch.setenv("LLM_EXPORTER_CERT_FILE", str(client_cert))
        monkeypatch.setenv("LLM_EXPORTER_KEY_FILE", str(client_key))
        monkeypatch.setenv("LLM_EXPORTER_USERNAME", "app")
        monkeypatch.setenv("LLM_EXPORTER_PASSWORD_FILE", str(tmp_path / "password"))
        emitter = Emitter(address)
        for i in range(3):
            emitter.emit(call_event(i))
            assert emitter.flush(5)
        running.wait_for(3)
        assert emitter.sent == 3 and emitter.dropped == 0
        # the connection is kept open for the next batch: no handshake per batch
        assert running.call(lambda: len(running.sidecar.web_listener.runner.server
                                        .connections)) == 1
        # the password file is read per request: a changed password is used at once (here
        # a wrong one: the sidecar answers 401 and the client counts the event dropped)
        (tmp_path / "password").write_text("wrong")
        emitter.emit(call_event(9))
        emitter.flush(5)
        assert emitter.dropped == 1 and running.accepted() == 3
        emitter.close()
        # without the CA the sidecar's certificate is not trusted: dropped, never plain text
        monkeypatch.delenv("LLM_EXPORTER_CA_FILE")
        emitter = Emitter(address)
        emitter.emit(call_event(10))
        emitter.flush(5)
        assert emitter.dropped == 1 and running.accepted() == 3
        emitter.close()
    finally:
        running.stop()


def test_an_unknown_user_costs_a_bcrypt_check_and_the_loop_keeps_serving(tmp_path):
    import threading

    slow = bcrypt.hashpw(b"pw", bcrypt.gensalt(12)).decode()  # ~0.2-0.4 s a check
    running = start(tmp_path, f"basic_auth_users: {{prometheus: '{slow}'}}\n")
    try:
        url = f"http://{running.sidecar.web_address}"

        def timed(auth: str) -> float:
            started = time.monotonic()
            assert request(url, auth=auth)[0] == 401
            return time.monotonic() - started

        known = min(timed(f"prometheus:wrong{i}") for i in range(2))
        unknown = min(timed(f"nobody:wrong{i}") for i in range(2))
        # without a check of its own an unknown user would answer in ~1 ms: timing would
        # tell which users exist; it is checked at the configured users' cost
        assert unknown > 0.5 * known, (unknown, known)
        # while a check runs in its thread, the event loop answers the probes
        checking = threading.Thread(target=timed, args=("prometheus:another",))
        checking.start()
        time.sleep(0.02)
        started = time.monotonic()
        assert request(url, "/healthz")[0] == 200
        probe = time.monotonic() - started
        checking.join()
        assert probe < known / 2, (probe, known)
    finally:
        running.stop()


def test_the_documented_example_is_a_web_config_that_loads(tmp_path, ca):
    import re
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "security.md").read_text()
    section = page[page.index("**TLS and authentication.**"):]
    example = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    cert, key = ca.issue("server")
    os.replace(cert, tmp_path / "server.crt")
    os.replace(key, tmp_path / "server.key")
    os.replace(ca.path, tmp_path / "ca.crt")
    text = example.replace("$2y$10$...", HASH)
    config = webconfig.load(write(tmp_path, text))
    tls = config.tls_server_config
    assert tls.client_auth_type == "RequireAndVerifyClientCert"
    assert config.rate_limit.interval == 0.1 and config.basic_auth_users["prometheus"] == HASH
