"""The alerts firing now, for the status page: from Prometheus's ``/api/v1/alerts``, and
where each went from the Alertmanagers that Prometheus sends to (``/api/v1/alertmanagers``,
then each one's ``/api/v2/alerts``, whose alerts name their receivers)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import aiohttp

from llm_exporter.prometheus_api import MiB, PrometheusAPI, PrometheusError

log = logging.getLogger(__name__)

REFRESH_SECONDS = 15.0
TIMEOUT_SECONDS = 5.0  # each call: the page shows the last answer meanwhile
MAX_ANSWER_BYTES = 8 * MiB  # thousands of alerts with their annotations
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
        api = PrometheusAPI(self.prometheus_url, TIMEOUT_SECONDS, session=session,
                            max_bytes=MAX_ANSWER_BYTES)
        try:
            firing = [a for a in await api.alerts() if a.get("state") == "firing"]
        except PrometheusError as e:
            self.error = f"{self.prometheus_url}: {e}"
            return False
        routed, routed_error = await self._routed(api)
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

    async def _routed(self, api: PrometheusAPI) -> tuple[list[tuple[dict, list[str]]], str]:
        """(labels, receiver names) of every active alert in the Alertmanagers."""
        try:
            urls = await api.alertmanagers()
        except PrometheusError as e:
            return [], f"alertmanagers: {e}"
        out: list[tuple[dict, list[str]]] = []
        errors = []
        for url in urls:  # e.g. http://am:9093/api/v2/alerts, what Prometheus posts to
            try:
                alerts = await api.alertmanager_alerts(url)
            except PrometheusError as e:
                errors.append(f"{url}: {e}")
                continue
            out.extend((a["labels"], [r["name"] for r in a.get("receivers", [])])
                       for a in alerts)
        return out, "; ".join(errors)

    async def run(self) -> None:
        """Refresh every REFRESH_SECONDS until cancelled."""
        async with aiohttp.ClientSession() as session:
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

