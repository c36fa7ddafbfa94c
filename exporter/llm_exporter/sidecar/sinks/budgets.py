"""Tenant budgets: the ``llm_budget_usd`` gauge, the spend that enforcement reads, the decision.

Spend comes from one of two sources, stated in docs/proxy.md ("Budget enforcement"):

- **local** (no ``proxy.spend.prometheus_url``): what this sidecar priced itself, in hourly
  buckets over the rolling day and 30 days. With N sidecars a tenant can spend up to N times
  its budget, and a restart forgets the spend so far.
- **prometheus**: every ``refresh_interval`` the sidecar asks Prometheus for each budgeted
  tenant's spend across all sidecars, with the same expression the budget alerts record
  (``metrics.tenant_spend``); between answers it adds its own spend since the last answer.
  When Prometheus has not answered for ``max_staleness`` it is unavailable, said in the log
  and in ``llm_exporter_budget_queries_total{result}``, and ``when_unavailable`` decides:
  the local spend (the default), no enforcement ("open") or refusal ("closed").
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterator

import aiohttp
from prometheus_client.core import Metric

from llm_exporter import metrics
from llm_exporter.config import Budget, SpendConfig
from llm_exporter.prometheus_api import MiB, NotPrometheus, PrometheusAPI, PrometheusError
from llm_exporter.sidecar.core.decode import Event, LlmCall
from llm_exporter.sidecar.core.store import CallAggregate

log = logging.getLogger(__name__)

WINDOWS = (("1d", 24, "daily"), ("30d", 720, "monthly"))  # (PromQL window, hours, name)
MAX_ANSWER_BYTES = 8 * MiB  # a number per tenant: ~100 bytes each


class Budgets:
    """The configured budgets and the spend they are checked against."""

    def __init__(self, budgets: tuple[Budget, ...], spend: SpendConfig | None = None,
                 selector: str = "", clock: Callable[[], float] = time.time):
        """``spend`` configures the Prometheus source (None: local only); ``selector`` picks
        the sidecars in PromQL, as in the rules; ``clock`` is unix seconds."""
        self.budgets = {b.tenant: b for b in budgets}
        self.spend = spend
        self.selector = selector
        self.clock = clock
        self.hours: defaultdict[str, dict[int, float]] = defaultdict(dict)  # local spend
        self.remote: dict[str, dict[str, float]] = {}  # window -> tenant -> fleet spend
        self.remote_at: float | None = None  # when Prometheus last answered
        self.since_remote: defaultdict[str, float] = defaultdict(float)  # local, since then
        self.queries: dict[str, int] = {"success": 0, "failure": 0}
        self.started = clock()  # the first answer is awaited as long as a later one

    def accept(self, event: Event | CallAggregate, cost: float, transport: str) -> None:
        """A sink of the pipeline, where budgets are enforced: every priced call's cost."""
        if cost and isinstance(event, (LlmCall, CallAggregate)):
            self.record(event.tenant, cost)

    def record(self, tenant: str, usd: float) -> None:
        """Count what one tenant's calls cost."""
        if tenant not in self.budgets:
            return
        hour = int(self.clock() // 3600)
        spent = self.hours[tenant]
        spent[hour] = spent.get(hour, 0.0) + usd
        self.since_remote[tenant] += usd

    def source(self) -> str:
        """Where the spend comes from right now: "prometheus" or "local"."""
        if self.spend is None or self.remote_at is None or self.unavailable():
            return "local"
        return "prometheus"

    def spent(self, tenant: str, window: str) -> float:
        """The tenant's spend over the rolling window ("1d" or "30d") from the current source."""
        if self.source() == "prometheus":
            return self.remote[window].get(tenant, 0.0) + self.since_remote.get(tenant, 0.0)
        hours = dict((w, h) for w, h, _ in WINDOWS)[window]
        now = int(self.clock() // 3600)
        spent = self.hours.get(tenant, {})
        for old in [h for h in spent if h <= now - 720]:
            del spent[old]
        return sum(v for h, v in spent.items() if h > now - hours)

    def unavailable(self) -> bool:
        """Prometheus is asked for the spend and has not answered for max_staleness."""
        if self.spend is None:
            return False
        last = self.remote_at if self.remote_at is not None else self.started
        return self.clock() - last > self.spend.max_staleness

    def exceeded(self, tenant: str) -> str | None:
        """Why the tenant may not spend more (a budget reached), else None."""
        budget = self.budgets.get(tenant)
        if budget is None:
            return None
        if self.spend is not None and self.spend.when_unavailable != "local" \
                and self.unavailable():
            if self.spend.when_unavailable == "open":
                return None
            return (f"tenant {tenant!r} has a budget and its spend is unknown: "
                    f"{self.spend.prometheus_url} has not answered for "
                    f"{self.spend.max_staleness:g} s (proxy.spend.when_unavailable: closed)")
        for window, _, name in WINDOWS:
            limit = budget.daily_usd if window == "1d" else budget.monthly_usd
            if limit is None:
                continue
            used = self.spent(tenant, window)
            if used >= limit:
                return (f"tenant {tenant!r} has spent ${used:.2f} of its {name} budget "
                        f"${limit:g} ({self.source()} spend)")
        return None

    async def refresh(self, session: aiohttp.ClientSession) -> bool:
        """Ask Prometheus for the fleet's spend once; True when it answered."""
        assert self.spend is not None
        sent_at = self.clock()
        pending, self.since_remote = self.since_remote, defaultdict(float)
        # a hung Prometheus is a failed refresh, not a loop stuck waiting
        api = PrometheusAPI(self.spend.prometheus_url, max(self.spend.refresh_interval, 1.0),
                            session=session, max_bytes=MAX_ANSWER_BYTES)
        try:
            remote = {window: await api.query(metrics.tenant_spend(self.selector, window),
                                              by=metrics.TENANT)
                      for window, _, _ in WINDOWS}
        except PrometheusError as e:
            for tenant, usd in pending.items():  # not covered by an answer: keep counting it
                self.since_remote[tenant] += usd
            self.queries["failure"] += 1
            if self.source() == "local":  # before max_staleness, on its own spend
                mode = self.spend.when_unavailable if self.unavailable() else "local"
                log.warning("budget spend from %s unavailable (%s): %s",
                            self.spend.prometheus_url, _why(e), _WHEN_UNAVAILABLE[mode])
            return False
        self.remote, self.remote_at = remote, sent_at
        self.queries["success"] += 1
        return True

    async def run(self) -> None:
        """Refresh from Prometheus every ``refresh_interval`` until cancelled."""
        assert self.spend is not None
        async with aiohttp.ClientSession() as session:
            while True:
                await self.refresh(session)
                await asyncio.sleep(self.spend.refresh_interval)

    def collect(self) -> Iterator[Metric]:
        """The configured budgets and the Prometheus queries (a prometheus-client collector)."""
        if self.budgets:
            yield metrics.family(metrics.BUDGET, [
                ((b.tenant, window), usd) for b in self.budgets.values()
                for window, usd in (("1d", b.daily_usd), ("30d", b.monthly_usd))
                if usd is not None])
        if self.spend is not None:
            yield metrics.family(metrics.BUDGET_QUERIES, self.queries.items())


_WHEN_UNAVAILABLE = {  # proxy.spend.when_unavailable, as the log says it
    "local": "enforcing on this sidecar's own spend",
    "open": "forwarding every call (proxy.spend.when_unavailable: open)",
    "closed": "refusing the budgeted tenants' calls (proxy.spend.when_unavailable: closed)"}


def _why(e: PrometheusError) -> str:
    """Why Prometheus gave no spend, for the log: a proxy's error page says no more than its
    HTTP status."""
    if isinstance(e, NotPrometheus) and e.status not in (None, 200):
        return f"HTTP {e.status}"
    return str(e)
