"""Fleet-wide distinct users and sessions, from the sidecars' HyperLogLog registers, and the
fleet's top spenders, from each sidecar's.

Each sidecar exposes the nonzero registers of its users and sessions per tenant and window
(sidecar.sinks.usage); the registers of the union of sidecars are their ``max``. The estimate
is HyperLogLog's (Flajolet et al. 2007): alpha * m^2 / sum(2^-register) over the m registers,
a zero register counting 1; linear counting, m * ln(m / zeros), below 2.5 m. Its standard
error is 1.04 / sqrt(m) (6.5 % at the default 256 registers).

A user's fleet spend is the sum of what the sidecars that list them among their top spenders
say; the sum of the sidecars' bounds is the most it can be off, and every user who spent more
than it over the fleet is listed by one sidecar at least (sidecar.sinks.usage)."""

from __future__ import annotations

from llm_exporter.config import Config
from llm_exporter.metrics import (
    ACTIVE_SESSIONS_REGISTERS,
    ACTIVE_USERS_REGISTERS,
    TENANT,
    TOP_SPENDERS,
    TOP_SPENDERS_BOUND,
)
from llm_exporter.mixin.rules.base import Alert, fmt

# (recorded name's stem, family) per kind; `llm:active_users:fleet` and so on
KINDS = (("active_users", ACTIVE_USERS_REGISTERS), ("active_sessions", ACTIVE_SESSIONS_REGISTERS))


def alpha(m: int) -> float:
    """HyperLogLog's bias constant for m registers."""
    return {16: 0.673, 32: 0.697, 64: 0.709}.get(m, 0.7213 / (1 + 1.079 / m))


def estimate(m: int, inverse_sum: str, set_: str, by: str) -> str:
    """The estimate from the recorded sum of 2^-register over the registers set and their
    count, both by ``by``."""
    raw = f"{fmt(alpha(m) * m * m)} / ({inverse_sum} + {m} - {set_})"
    return (f"(\n  {m} * ln({m} / ({m} - {set_}))\n"
            f"  and on ({by}) {set_} < {m}\n"
            f"  and on ({by}) {raw} <= {fmt(2.5 * m)}\n)\nor {raw}")


def recording(config: Config) -> list[dict]:
    sel = config.alerting.selector
    rules = []
    if config.usage.fleet_top_users:
        rules += [
            {"record": "llm:top_spender_cost_usd:fleet",
             "expr": f"sum by ({TENANT}, window, user) ({TOP_SPENDERS.name}{{{sel}}})"},
            {"record": "llm:top_spenders_bound_usd:fleet",
             "expr": f"sum by ({TENANT}, window) ({TOP_SPENDERS_BOUND.name}{{{sel}}})"},
        ]
    m = config.usage.fleet_registers
    if not m:
        return rules
    for stem, family in KINDS:
        for scope, by in ((stem, f"{TENANT}, window"), (f"{stem}_all_tenants", "window")):
            registers = f"max by ({by}, register) ({family.name}{{{sel}}})"
            inverse_sum, set_ = f"llm:{scope}_hll:inverse_sum", f"llm:{scope}_hll:registers_set"
            rules += [
                {"record": inverse_sum, "expr": f"sum by ({by}) (2 ^ -{registers})"},
                {"record": set_, "expr": f"count by ({by}) ({registers})"},
                {"record": f"llm:{scope}:fleet", "expr": estimate(m, inverse_sum, set_, by)},
            ]
    return rules


def alerts(config: Config) -> list[Alert]:
    return []
