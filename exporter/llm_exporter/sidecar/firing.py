"""The alerts firing now, for the status page: from Prometheus's ``/api/v1/alerts``, and
where each went from the Alertmanagers that Prometheus sends to (``/api/v1/alertmanagers``,
then each one's ``/api/v2/alerts``, whose alerts name their receivers)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import aiohttp

log = logging.getLogger(__name__)

REFRESH_SECONDS = 15.0
_SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}  # pages first


class FiringAlerts:
    """The last answer about firing alerts, refreshed in the background."""

    def __init__(self, prometheus_url: str, clock: Callable[[], float] = time.time):
        self.prometheus_url = prometheus_url.rstrip("/")
        self.clock = clock
        self.alerts: list[dict] = []
        self.error = "not asked yet"
        self.updated_at: float | None = None

    def view(self) -> dict:
        """What the page shows: the alerts, when they were read, and the last error."""
        return {"prometheus_url": self.prometheus_url, "alerts": self.alerts,
                "updated_at": self.updated_at, "error": self.error}

    async def refresh(self, session: aiohttp.ClientSession) -> bool:
        """Ask once; True when Prometheus answered (Alertmanager's silence only loses the
        receivers)."""
        try:
            body = await _get(session, f"{self.prometheus_url}/api/v1/alerts")
            firing = [a for a in body["data"]["alerts"] if a.get("state") == "firing"]
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, KeyError,
                TypeError) as e:
            self.error = f"{self.prometheus_url}: {e or type(e).__name__}"
            return False
        routed, routed_error = await self._routed(session)
        self.alerts = sorted(
            ({"name": a["labels"].get("alertname", ""),
              "severity": a["labels"].get("severity", ""),
              "labels": {k: v for k, v in a["labels"].items()
                         if k not in ("alertname", "severity")},
              "summary": a.get("annotations", {}).get("summary", ""),
              "active_at": a.get("activeAt", ""),
              "receivers": _receivers_of(a["labels"], routed)} for a in firing),
            key=lambda a: (_SEVERITY_ORDER.get(a["severity"], len(_SEVERITY_ORDER)), a["name"],
                           sorted(a["labels"].items())))
        self.error = routed_error
        self.updated_at = self.clock()
        return True

    async def _routed(self, session: aiohttp.ClientSession
                      ) -> tuple[list[tuple[dict, list[str]]], str]:
        """(labels, receiver names) of every active alert in the Alertmanagers."""
        try:
            body = await _get(session, f"{self.prometheus_url}/api/v1/alertmanagers")
            urls = [a["url"] for a in body["data"]["activeAlertmanagers"]]
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, KeyError,
                TypeError) as e:
            return [], f"alertmanagers: {e or type(e).__name__}"
        out: list[tuple[dict, list[str]]] = []
        errors = []
        for url in urls:  # e.g. http://am:9093/api/v2/alerts, what Prometheus posts to
            try:
                async with session.get(url, params={"active": "true"}) as response:
                    if response.status != 200:
                        raise ValueError(f"HTTP {response.status}")
                    alerts = await response.json(content_type=None)
                out.extend((a["labels"], [r["name"] for r in a.get("receivers", [])])
                           for a in alerts)
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, KeyError,
                    TypeError) as e:
                errors.append(f"{url}: {e or type(e).__name__}")
        return out, "; ".join(errors)

    async def run(self) -> None:
        """Refresh every REFRESH_SECONDS until cancelled."""
        timeout = aiohttp.ClientTimeout(total=5.0)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while True:
                if not await self.refresh(session):
                    log.debug("firing alerts: %s", self.error)
                await asyncio.sleep(REFRESH_SECONDS)


def _receivers_of(labels: dict[str, str], routed: list[tuple[dict, list[str]]]) -> list[str]:
    """The receivers of the Alertmanager alerts that carry all of ``labels`` (Alertmanager's
    may have more: Prometheus's external labels)."""
    names: list[str] = []
    for am_labels, receivers in routed:
        if all(am_labels.get(k) == v for k, v in labels.items()):
            names.extend(r for r in receivers if r not in names)
    return names


async def _get(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        if response.status != 200:
            raise ValueError(f"HTTP {response.status}")
        body = await response.json(content_type=None)
    if body.get("status") != "success":
        raise ValueError(body.get("error", "query failed"))
    return body
