"""The alerts firing now, for the status page: from Prometheus's ``/api/v1/alerts``, and
where each went from the Alertmanagers that Prometheus sends to (``/api/v1/alertmanagers``,
then each one's ``/api/v2/alerts``, whose alerts name their receivers); the fleet's users and
top spenders (``fleet``); and, hourly, the models that missed their objectives over the past
week (``fit``)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import aiohttp

from llm_exporter import fit, fleet
from llm_exporter.config import AlertingConfig
from llm_exporter.prometheus_api import MiB, PrometheusAPI, PrometheusError

log = logging.getLogger(__name__)

REFRESH_SECONDS = 15.0
TIMEOUT_SECONDS = 5.0  # each call: the page shows the last answer meanwhile
MAX_ANSWER_BYTES = 8 * MiB  # thousands of alerts with their annotations
FIT_WINDOW = "7d"
FIT_REFRESH_SECONDS = 3600.0  # a week's figures move slowly
FIT_RETRY_SECONDS = 300.0  # after a failed check: not every 15 s on a struggling Prometheus
FIT_TIMEOUT_SECONDS = 30.0  # each of four queries over a week of a fleet's raw series
MAX_MISFITS = 20  # shown on the page, worst first
_SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}  # pages first


class FiringAlerts:
    """The last answer about firing alerts, refreshed in the background."""

    def __init__(self, alerting: AlertingConfig, clock: Callable[[], float] = time.time):
        self.alerting = alerting
        self.prometheus_url = alerting.prometheus_url.rstrip("/")
        self.clock = clock
        self.alerts: list[dict] = []
        self.error = "not asked yet"
        self.updated_at: float | None = None
        self.misfits: list[str] = []  # fit.Misfit.line of each, worst first
        self.misfits_more = 0
        self.fit_error = ""
        self.fleet_users: dict | None = None  # fleet.users: the last answer

    def view(self) -> dict:
        """What the page shows: the alerts, when they were read, and the last error; the
        models that missed their objectives."""
        return {"prometheus_url": self.prometheus_url, "alerts": self.alerts,
                "updated_at": self.updated_at, "error": self.error,
                "misfits": self.misfits, "misfits_more": self.misfits_more,
                "fit_window": FIT_WINDOW, "fit_error": self.fit_error,
                "fleet_users": self.fleet_users}

    async def refresh_fit(self, session: aiohttp.ClientSession) -> bool:
        """Ask which models missed their objectives over FIT_WINDOW; True when answered."""
        api = PrometheusAPI(self.prometheus_url, FIT_TIMEOUT_SECONDS, session=session,
                            max_bytes=MAX_ANSWER_BYTES)
        try:
            found = await fit.misfits(api, self.alerting, FIT_WINDOW)
        except PrometheusError as e:
            self.fit_error = f"objective fit: {e}"
            return False
        self.misfits = [m.line(FIT_WINDOW) for m in found[:MAX_MISFITS]]
        self.misfits_more = max(0, len(found) - MAX_MISFITS)
        self.fit_error = ""
        return True

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
        try:
            self.fleet_users = await fleet.users(api)
        except PrometheusError as e:
            self.error = "; ".join(x for x in (self.error, f"fleet users: {e}") if x)
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
        """Refresh the alerts every REFRESH_SECONDS and the fit check every
        FIT_REFRESH_SECONDS, each in its own loop, until cancelled."""
        async with aiohttp.ClientSession() as session:
            await asyncio.gather(self._alerts_loop(session), self._fit_loop(session))

    async def _alerts_loop(self, session: aiohttp.ClientSession) -> None:
        while True:
            if not await self.refresh(session):
                log.debug("firing alerts: %s", self.error)
            await asyncio.sleep(REFRESH_SECONDS)

    async def _fit_loop(self, session: aiohttp.ClientSession) -> None:
        while True:
            answered = await self.refresh_fit(session)
            if not answered:
                log.debug("%s", self.fit_error)
            await asyncio.sleep(FIT_REFRESH_SECONDS if answered else FIT_RETRY_SECONDS)

def _receivers_of(labels: dict[str, str], routed: list[tuple[dict, list[str]]]) -> list[str]:
    """The receivers of the Alertmanager alerts that carry all of ``labels`` (Alertmanager's
    may have more: Prometheus's external labels)."""
    names: list[str] = []
    for am_labels, receivers in routed:
        if all(am_labels.get(k) == v for k, v in labels.items()):
            names.extend(r for r in receivers if r not in names)
    return names

