"""The web configuration file (``--web.config.file``) in the Prometheus exporter-toolkit
format, the one node_exporter reads: TLS, basic auth, response headers and a rate limit for
the HTTP listeners. This module reads and checks it (``render --kubernetes`` reads it too);
``sidecar.webguard`` applies it.

https://github.com/prometheus/exporter-toolkit/blob/master/docs/web-configuration.md

Differences, each refused with a message rather than silently ignored:
``client_auth_type`` ``RequestClientCert`` and ``RequireAnyClientCert`` (Python's ssl
verifies every client certificate it asks for), and more than one ``curve_preferences``
entry (Python's ssl sets one curve). The sidecar speaks HTTP/1.1 only: ``http2`` is
accepted and has no effect. ``/healthz`` and ``/readyz`` need no password (a kubelet probe
has nowhere to keep one; they tell only "ok"); they are served over TLS like the rest.
"""

from __future__ import annotations

import dataclasses
import os
import re
import ssl
from dataclasses import dataclass, field

from llm_exporter.config import ConfigError, Duration, build, read_yaml

# the headers exporter-toolkit lets an operator set, and the values it accepts (None: any)
HEADERS: dict[str, tuple[str, ...] | None] = {
    "Strict-Transport-Security": None,
    "X-Content-Type-Options": ("nosniff",),
    "X-Frame-Options": ("deny", "sameorigin"),
    "X-XSS-Protection": None,
    "Content-Security-Policy": None,
}
TLS_VERSIONS = {"TLS10": ssl.TLSVersion.TLSv1, "TLS11": ssl.TLSVersion.TLSv1_1,
                "TLS12": ssl.TLSVersion.TLSv1_2, "TLS13": ssl.TLSVersion.TLSv1_3}
# Go's crypto/tls names (tls.CipherSuites()) and their IANA numbers; OpenSSL knows the
# same suites by other names, found through the numbers
CIPHER_SUITES = {
    "TLS_AES_128_GCM_SHA256": 0x1301,
    "TLS_AES_256_GCM_SHA384": 0x1302,
    "TLS_CHACHA20_POLY1305_SHA256": 0x1303,
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA": 0xC009,
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA": 0xC00A,
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA": 0xC013,
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA": 0xC014,
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256": 0xC02B,
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384": 0xC02C,
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256": 0xC02F,
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384": 0xC030,
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256": 0xCCA8,
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256": 0xCCA9,
}
TLS13_SUITES = {0x1301, 0x1302, 0x1303}  # not configurable, in Go as in OpenSSL
CURVES = {"CurveP256": "prime256v1", "CurveP384": "secp384r1", "CurveP521": "secp521r1",
          "X25519": "X25519"}
CLIENT_AUTH = {"NoClientCert": ssl.CERT_NONE, "": ssl.CERT_NONE,
               "VerifyClientCertIfGiven": ssl.CERT_OPTIONAL,
               "RequireAndVerifyClientCert": ssl.CERT_REQUIRED}
BCRYPT = re.compile(r"^\$2[abxy]?\$(\d\d)\$[./A-Za-z0-9]{53}$")


@dataclass(frozen=True)
class TLSServerConfig:
    cert_file: str = ""
    key_file: str = ""
    cert: str = ""  # PEM inline, instead of cert_file
    key: str = ""
    client_ca_file: str = ""
    client_ca: str = ""
    client_auth_type: str = "NoClientCert"
    client_allowed_sans: tuple[str, ...] = ()
    min_version: str = "TLS12"
    max_version: str = "TLS13"
    cipher_suites: tuple[str, ...] = ()
    prefer_server_cipher_suites: bool = True
    curve_preferences: tuple[str, ...] = ()

    @property
    def enabled(self) -> bool:
        return bool(self.cert_file or self.key_file or self.cert or self.key)

    def files(self) -> tuple[str, ...]:
        return tuple(f for f in (self.cert_file, self.key_file, self.client_ca_file) if f)


@dataclass(frozen=True)
class HTTPServerConfig:
    http2: bool = True  # accepted for compatibility; the sidecar serves HTTP/1.1
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RateLimit:
    interval: Duration = Duration(0.0)  # between two requests; 0 turns the limit off
    burst: int = 0


@dataclass(frozen=True)
class WebConfigFile:
    tls_server_config: TLSServerConfig = field(default_factory=TLSServerConfig)
    http_server_config: HTTPServerConfig = field(default_factory=HTTPServerConfig)
    basic_auth_users: dict[str, str] = field(default_factory=dict)
    rate_limit: RateLimit = field(default_factory=RateLimit)


def load(path: str, basic_auth: bool = True) -> WebConfigFile:
    """Read and check a web config file; relative file names are taken from its directory.
    Raises ConfigError naming the file and the key."""
    data = read_yaml(path)
    try:
        config = build(WebConfigFile, data, "")
        config = _resolve(config, os.path.dirname(os.path.abspath(path)))
        _check(config, basic_auth)
        if config.tls_server_config.enabled:
            ssl_context(config.tls_server_config)
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}") from e
    return config


def _resolve(config: WebConfigFile, directory: str) -> WebConfigFile:
    tls = config.tls_server_config

    def joined(name: str) -> str:  # an empty name stays empty
        return os.path.join(directory, name) if name else name

    return dataclasses.replace(config, tls_server_config=dataclasses.replace(
        tls, cert_file=joined(tls.cert_file), key_file=joined(tls.key_file),
        client_ca_file=joined(tls.client_ca_file)))


def _check(config: WebConfigFile, basic_auth: bool) -> None:
    for name, value in config.http_server_config.headers.items():
        if name not in HEADERS:
            raise ConfigError(f"http_server_config.headers: HTTP header {name!r} cannot be "
                              f"configured (allowed: {', '.join(HEADERS)})")
        allowed = HEADERS[name]
        if allowed is not None and value not in allowed:
            raise ConfigError(f"http_server_config.headers.{name}: expected one of "
                              f"{', '.join(allowed)}, got {value!r}")
    if config.basic_auth_users and not basic_auth:
        raise ConfigError("basic_auth_users: not accepted here: the proxy passes the "
                          "client's Authorization on to the upstream; use client "
                          "certificates (tls_server_config.client_auth_type)")
    for user, hashed in config.basic_auth_users.items():
        match = BCRYPT.match(hashed)
        if match is None or not 4 <= int(match.group(1)) <= 31:
            raise ConfigError(f"basic_auth_users.{user}: not a bcrypt hash (make one with "
                              "htpasswd -nBC 10 \"\" | tr -d ':\\n')")
    if config.rate_limit.interval and config.rate_limit.burst < 1:
        raise ConfigError("rate_limit.burst: must be at least 1 when rate_limit.interval is "
                          "set")
    tls = config.tls_server_config
    if not tls.enabled:
        if tls.client_ca_file or tls.client_ca or tls.client_auth_type not in ("", "NoClientCert"):
            raise ConfigError("tls_server_config: client certificates need cert_file and "
                              "key_file (or cert and key) too")
        return
    if not (tls.cert_file or tls.cert):
        raise ConfigError("tls_server_config: missing one of cert or cert_file")
    if not (tls.key_file or tls.key):
        raise ConfigError("tls_server_config: missing one of key or key_file")
    if tls.client_auth_type not in CLIENT_AUTH:
        unsupported = tls.client_auth_type in ("RequestClientCert", "RequireAnyClientCert",
                                               "RequireClientCert")
        raise ConfigError(
            f"tls_server_config.client_auth_type: {tls.client_auth_type!r} is "
            + ("not supported: the sidecar verifies every client certificate it asks for; use "
               "VerifyClientCertIfGiven or RequireAndVerifyClientCert" if unsupported else
               "not one of NoClientCert, VerifyClientCertIfGiven, RequireAndVerifyClientCert"))
    has_ca = bool(tls.client_ca_file or tls.client_ca)
    if has_ca and CLIENT_AUTH[tls.client_auth_type] == ssl.CERT_NONE:
        raise ConfigError("tls_server_config.client_ca_file: client CAs are configured "
                          "without a client_auth_type")
    if not has_ca and CLIENT_AUTH[tls.client_auth_type] != ssl.CERT_NONE:
        raise ConfigError(f"tls_server_config.client_auth_type: {tls.client_auth_type} needs "
                          "client_ca_file (or client_ca) to verify client certificates with")
    if tls.client_allowed_sans and not has_ca:
        raise ConfigError("tls_server_config.client_allowed_sans: needs client certificates "
                          "(client_ca_file and client_auth_type)")
    for key in ("min_version", "max_version"):
        if getattr(tls, key) not in TLS_VERSIONS:
            raise ConfigError(f"tls_server_config.{key}: unknown TLS version "
                              f"{getattr(tls, key)!r} (one of {', '.join(TLS_VERSIONS)})")
    for i, name in enumerate(tls.cipher_suites):
        if name not in CIPHER_SUITES:
            raise ConfigError(f"tls_server_config.cipher_suites[{i}]: unknown cipher {name!r}")
    for i, name in enumerate(tls.curve_preferences):
        if name not in CURVES:
            raise ConfigError(f"tls_server_config.curve_preferences[{i}]: unknown curve "
                              f"{name!r} (one of {', '.join(CURVES)})")
    if len(tls.curve_preferences) > 1:
        raise ConfigError("tls_server_config.curve_preferences: the sidecar can set one curve "
                          f"(Python's ssl), got {len(tls.curve_preferences)}")


def ssl_context(tls: TLSServerConfig) -> ssl.SSLContext:
    """A server SSLContext for a checked TLSServerConfig; raises ConfigError when a file
    cannot be read or the key does not match the certificate."""
    for key in ("cert_file", "key_file", "client_ca_file"):
        name = getattr(tls, key)
        if name and not os.access(name, os.R_OK):
            reason = "no such file" if not os.path.exists(name) else "permission denied"
            raise ConfigError(f"tls_server_config.{key}: cannot read {name}: {reason}")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = TLS_VERSIONS[tls.min_version]
    context.maximum_version = TLS_VERSIONS[tls.max_version]
    if tls.prefer_server_cipher_suites:
        context.options |= ssl.OP_CIPHER_SERVER_PREFERENCE
    try:
        if tls.cert_file and tls.key_file:
            context.load_cert_chain(tls.cert_file, tls.key_file)
        else:
            _load_inline_chain(context, tls)
    except OSError as e:  # ssl.SSLError is an OSError
        raise ConfigError(f"tls_server_config.cert_file/key_file: cannot load the certificate "
                          f"and key: {_reason(e)}") from e
    try:
        if tls.client_ca_file:
            context.load_verify_locations(cafile=tls.client_ca_file)
        elif tls.client_ca:
            context.load_verify_locations(cadata=tls.client_ca)
    except (OSError, ValueError) as e:
        raise ConfigError(f"tls_server_config.client_ca_file: cannot load the client CA: "
                          f"{_reason(e)}") from e
    context.verify_mode = CLIENT_AUTH[tls.client_auth_type]
    wanted = [CIPHER_SUITES[n] for n in tls.cipher_suites if CIPHER_SUITES[n] not in TLS13_SUITES]
    if wanted:
        by_id = {c["id"] & 0xFFFF: c["name"] for c in context.get_ciphers()}
        missing = [n for n in tls.cipher_suites if CIPHER_SUITES[n] not in TLS13_SUITES
                   and CIPHER_SUITES[n] not in by_id]
        if missing:
            raise ConfigError(f"tls_server_config.cipher_suites: {', '.join(missing)} not "
                              "available in this OpenSSL")
        context.set_ciphers(":".join(by_id[i] for i in wanted))
    if tls.curve_preferences:
        context.set_ecdh_curve(CURVES[tls.curve_preferences[0]])
    return context


def _load_inline_chain(context: ssl.SSLContext, tls: TLSServerConfig) -> None:
    """load_cert_chain reads files only: inline PEM goes through a private temporary file."""
    import tempfile

    cert = tls.cert or open(tls.cert_file, encoding="utf-8").read()
    key = tls.key or open(tls.key_file, encoding="utf-8").read()
    with tempfile.NamedTemporaryFile("w", suffix=".pem") as f:  # mode 0600
        f.write(cert.rstrip("\n") + "\n" + key)
        f.flush()
        context.load_cert_chain(f.name)


def _reason(e: BaseException) -> str:
    if isinstance(e, ssl.SSLError):
        return e.reason or str(e)
    if isinstance(e, OSError) and e.strerror:
        return f"{e.filename}: {e.strerror}" if e.filename else e.strerror
    return str(e)
