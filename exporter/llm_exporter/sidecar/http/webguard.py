"""The web config file applied to the HTTP listeners: an SSLContext for each new
connection, basic auth and the rate limit in an aiohttp middleware, the headers on every
response.

As in exporter-toolkit, whether a listener speaks TLS is decided when it starts; after that
the file and the certificate, key and CA files it names are re-read when they change
(looked at once a second at most, on a new connection or request), so a rotated
certificate is used for the next connection without a restart. A change that does not
load (a half-written key) keeps the last good configuration, is logged and counted.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import logging
import os
import ssl
import time
from collections.abc import Callable, Iterator

from aiohttp import BasicAuth, web
from prometheus_client.core import Metric

from llm_exporter.config import ConfigError
from llm_exporter.metrics import WEB_CONFIG_RELOADS, family
from llm_exporter.webconfig import BCRYPT, load, ssl_context

log = logging.getLogger(__name__)

CHECK_EVERY_SECONDS = 1.0  # how often the files are looked at for a change, at most
AUTH_CACHE_SIZE = 100  # (user, password) results kept, as exporter-toolkit's cache
UNPROTECTED_PATHS = frozenset({"/healthz", "/readyz"})


class WebGuard:
    """One web config file applied to the listeners that share it: an SSLContext for new
    connections, an aiohttp middleware for basic auth and the rate limit, and the headers
    on every response. Reloads the files when they change."""

    def __init__(self, path: str, basic_auth: bool = True,
                 clock: Callable[[], float] = time.monotonic):
        """Raises ConfigError when the file is not a usable web config."""
        self.path = path
        self.basic_auth = basic_auth
        self.clock = clock
        self.config = load(path, basic_auth)
        self.tls = self.config.tls_server_config.enabled  # fixed from start, as in the toolkit
        self.context = ssl_context(self.config.tls_server_config) if self.tls else None
        self.reloads = {"success": 0, "failure": 0}
        self._signature = self._stat()
        self._checked_at = clock()
        self._auth_cache: collections.OrderedDict[bytes, bool] = collections.OrderedDict()
        self._bcrypt = asyncio.Lock()  # one bcrypt check at a time: each costs ~50 ms of CPU
        self._tokens = float(self.config.rate_limit.burst)
        self._tokens_at = clock()

    def _stat(self) -> tuple:
        out: list[tuple[str, int, int, int] | tuple[str, None]] = []
        for name in (self.path, *self.config.tls_server_config.files()):
            try:
                st = os.stat(name)
                out.append((name, st.st_mtime_ns, st.st_size, st.st_ino))
            except OSError:
                out.append((name, None))
        return tuple(out)

    def refresh(self) -> None:
        """Reload the configuration if the file or one it names changed (at most once per
        CHECK_EVERY_SECONDS); a configuration that does not load is logged and skipped."""
        now = self.clock()
        if now - self._checked_at < CHECK_EVERY_SECONDS:
            return
        self._checked_at = now
        signature = self._stat()
        if signature == self._signature:
            return
        self._signature = signature
        try:
            config = load(self.path, self.basic_auth)
            context = None
            if self.tls:
                if not config.tls_server_config.enabled:
                    raise ConfigError(f"{self.path}: tls_server_config: TLS was on at start "
                                      "and cannot be turned off without a restart")
                context = ssl_context(config.tls_server_config)
            elif config.tls_server_config.enabled:
                log.warning("%s: TLS was off at start; restart the sidecar to turn it on",
                            self.path)
        except ConfigError as e:
            self.reloads["failure"] += 1
            log.error("web config not reloaded, keeping the last one that loaded: %s", e)
            return
        self.config, self.context = config, context
        self._signature = self._stat()  # the files the new configuration names
        self._auth_cache.clear()
        self.reloads["success"] += 1
        log.info("web config reloaded from %s", self.path)

    def ssl_context(self) -> ssl.SSLContext | None:
        """The SSLContext for a new connection (None: plain HTTP)."""
        self.refresh()
        return self.context

    def install(self, app: web.Application) -> None:
        """Add the middleware and the response headers to an application not yet started."""
        app.middlewares.append(self.middleware)
        app.on_response_prepare.append(self._add_headers)

    async def _add_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        for name, value in self.config.http_server_config.headers.items():
            response.headers[name] = value

    @web.middleware
    async def middleware(self, request: web.Request, handler) -> web.StreamResponse:
        self.refresh()
        if request.path in UNPROTECTED_PATHS:
            return await handler(request)
        sans = self.config.tls_server_config.client_allowed_sans
        if sans and not _san_allowed(request, sans):
            return web.Response(status=403, text="client certificate has no allowed SAN "
                                "(tls_server_config.client_allowed_sans)\n")
        if not self._take_token():
            return web.Response(status=429, text="Too Many Requests\n")
        users = self.config.basic_auth_users
        if users and not await self._authorized(request.headers.get("Authorization", ""),
                                                users):
            return web.Response(status=401, text="Unauthorized\n",
                                headers={"WWW-Authenticate": "Basic"})
        return await handler(request)

    def _take_token(self) -> bool:
        limit = self.config.rate_limit
        if not limit.interval:
            return True
        now = self.clock()
        self._tokens = min(float(limit.burst),
                           self._tokens + (now - self._tokens_at) / limit.interval)
        self._tokens_at = now
        if self._tokens < 1.0:
            return False
        self._tokens -= 1.0
        return True

    async def _authorized(self, header: str, users: dict[str, str]) -> bool:
        try:
            auth = BasicAuth.decode(header)
        except ValueError:
            return False
        hashed = users.get(auth.login)
        # results are cached under a digest, never under the password itself
        key = hashlib.sha256(b"\0".join((auth.login.encode(), (hashed or "").encode(),
                                         auth.password.encode()))).digest()
        ok = self._auth_cache.get(key)
        if ok is None:
            async with self._bcrypt:  # in a thread: the loop keeps reading events meanwhile
                cost = max(_bcrypt_cost(h) for h in users.values())
                ok = await asyncio.get_running_loop().run_in_executor(
                    None, _password_matches, auth.password, hashed, cost)
            self._auth_cache[key] = ok
            if len(self._auth_cache) > AUTH_CACHE_SIZE:
                self._auth_cache.popitem(last=False)
        return ok



class ReloadStats:
    """llm_exporter_web_config_reloads_total{outcome} over every guard (a prometheus-client
    collector)."""

    def __init__(self, guards: list[WebGuard]):
        self.guards = guards

    def collect(self) -> Iterator[Metric]:
        yield family(WEB_CONFIG_RELOADS, [(outcome, sum(g.reloads[outcome] for g in self.guards))
                                          for outcome in ("success", "failure")])


_unknown_user: dict[int, bytes] = {}  # bcrypt cost -> a hash no password matches


def _bcrypt_cost(hashed: str) -> int:
    """The cost of a configured user's hash."""
    match = BCRYPT.match(hashed)
    assert match is not None  # load() refuses a file with any other kind of hash
    return int(match.group(1))


def _password_matches(password: str, hashed: str | None, cost: int = 10) -> bool:
    """bcrypt's check; an unknown user (``hashed`` None) costs the same check, against a
    hash of our own at ``cost`` (the configured users'), so that timing does not tell which
    users exist."""
    import bcrypt

    if hashed is None:
        if cost not in _unknown_user:
            _unknown_user[cost] = bcrypt.hashpw(os.urandom(16), bcrypt.gensalt(cost))
        bcrypt.checkpw(password.encode(), _unknown_user[cost])
        return False
    return bcrypt.checkpw(password.encode(), hashed.encode())


def _san_allowed(request: web.Request, allowed: tuple[str, ...]) -> bool:
    cert = request.transport.get_extra_info("peercert") if request.transport else None
    if not cert:
        return False
    names = {value for _, value in cert.get("subjectAltName", ())}
    return bool(names & set(allowed))
