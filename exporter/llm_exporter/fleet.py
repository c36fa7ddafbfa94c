"""The fleet's users, from Prometheus: distinct users and sessions over every sidecar and the
top spenders with their error bound, as the recording rules of mixin.rules.usage record them
(the sidecars' HyperLogLog registers and top spenders). The daily report shows them, and the
status page when ``alerting.prometheus_url`` is set."""

from __future__ import annotations

import math

from llm_exporter.prometheus_api import PrometheusAPI

TOP_SPENDERS = 10  # users listed, the fleet's biggest spenders first


async def users(api: PrometheusAPI, at: float | None = None,
                limit: int = TOP_SPENDERS) -> dict | None:
    """Over the 24 hours to ``at`` (None: Prometheus's now): {"users", "sessions",
    "top_spenders": [{"user", "tenant", "cost_usd"}], "bound_usd": {tenant: usd}}, or None
    where the sidecars expose neither registers nor top spenders."""
    found = {}
    for key, expr in (("users", 'llm:active_users_all_tenants:fleet{window="1d"}'),
                      ("sessions", 'llm:active_sessions_all_tenants:fleet{window="1d"}'),
                      ("top", f'topk({limit}, llm:top_spender_cost_usd:fleet{{window="1d"}})'),
                      ("bounds", 'llm:top_spenders_bound_usd:fleet{window="1d"}')):
        found[key] = await api.query(expr, at)
    if not (found["users"] or found["sessions"] or found["top"]):
        return None
    return {
        "users": next(iter(found["users"].values()), None),
        "sessions": next(iter(found["sessions"].values()), None),
        "top_spenders": sorted(
            ({"user": dict(labels).get("user", ""), "tenant": dict(labels).get("tenant", ""),
              "cost_usd": usd} for labels, usd in found["top"].items()),
            key=lambda u: (-u["cost_usd"] if math.isfinite(u["cost_usd"]) else math.inf,
                           u["tenant"], u["user"])),
        "bound_usd": {dict(labels).get("tenant", ""): usd
                      for labels, usd in found["bounds"].items()},
    }
