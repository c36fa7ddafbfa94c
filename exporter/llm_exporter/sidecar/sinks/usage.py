"""Usage analytics without user labels: active users and sessions, and the top spenders.

Events may carry ``user`` and ``session``; neither ever becomes a label as sent (the fleet's
top spenders are labelled with hashed ids, below). A user id is
HMAC-SHA256-hashed with a secret (``usage.user_id_key_file``, else a random key per process)
before anything keeps it, unless the operator turns hashing off. What is kept:

- distinct users and sessions per tenant (and over all tenants), in HyperLogLog sketches
  (Apache DataSketches, lg_k 12: a relative error within 2.6 % at two standard deviations),
  exposed as ``llm_active_users`` / ``llm_active_sessions`` gauges for the last hour and day
  (the tenants past ``usage.max_tenants`` together as ``__other__``);
- the users who spend the most, by cost and by tokens, in frequent-items sketches (Misra-Gries
  / Space-Saving, lg_max_k 10: each figure within 0.34 % of the window's total, at most 768
  users held per slot, whatever the number of users), served by ``top()``.

Windows are sketches per ten-minute slot, merged per hour once the hour is over (``Rolling``):
the hour window covers the last 60 to 70 minutes, the day window the last 24 to 25 hours,
aligned on the wall clock.

For the fleet, distinct users and sessions are also kept as plain HyperLogLog registers
(``usage.fleet_registers`` of them per tenant, window and kind) and the nonzero ones exposed as
``llm_active_users_hll_register`` / ``llm_active_sessions_hll_register``: a register holds the
most leading zeros (plus one) seen among the 64-bit hashes that fall in it, so the registers
of the union of sidecars are their ``max``, and the recording rules estimate the fleet's count
from it (mixin.rules.usage). Every sidecar must hash alike: a BLAKE2b keyed from the usage key
file, which the fleet shares; with a random key per process there are no registers.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

import datasketches
from prometheus_client.core import Metric

from llm_exporter import metrics
from llm_exporter.config import UsageConfig
from llm_exporter.sidecar.core.decode import Event, LlmCall
from llm_exporter.sidecar.core.limits import OTHER
from llm_exporter.sidecar.core.store import CallAggregate

HLL_LG_K = 12
HLL_REL_ERR_2SD = 0.026  # datasketches.hll_sketch.get_rel_err(False, False, 12, 2), rounded up
TOP_LG_MAX_K = 10
TOP_EPSILON = datasketches.frequent_strings_sketch.get_epsilon_for_lg_size(TOP_LG_MAX_K)
MICRO_USD = 1e6  # cost is counted in whole micro-dollars, the sketches' integer weights
SLOT = 600  # seconds: the finest slot
HOUR = 3600
DAY_HOURS = 24
WINDOWS = ("1h", "1d")
SEP = "\x1f"  # between tenant and user in a top-K item
GAUGE_REFRESH = 1.0  # seconds computed gauges are served again to concurrent scrapes


def _hll() -> datasketches.hll_sketch:
    return datasketches.hll_sketch(HLL_LG_K, datasketches.tgt_hll_type.HLL_4)


def _union(sketches: list[datasketches.hll_sketch]) -> datasketches.hll_sketch:
    union = datasketches.hll_union(HLL_LG_K)
    for sketch in sketches:
        union.update(sketch)
    return union.get_result(datasketches.tgt_hll_type.HLL_4)


def _top() -> datasketches.frequent_strings_sketch:
    return datasketches.frequent_strings_sketch(TOP_LG_MAX_K)


def _merged(sketches: list[datasketches.frequent_strings_sketch]
            ) -> datasketches.frequent_strings_sketch:
    merged = _top()
    for sketch in sketches:
        merged.merge(sketch)
    return merged


class Rolling:
    """A pair of sketches per ten-minute slot, and per hour once the hour is over.

    Only the current slot's pair is updated; when an hour ends its six slots are merged into
    one pair for the day window (half the updates of keeping both rings current). The hour
    window reads the last seven slots (60 to 70 minutes), the day window the last 24 whole
    hours and the slots of the current one (24 to 25 hours)."""

    __slots__ = ("new", "merge", "slots", "hours", "start", "pair", "folded")

    def __init__(self, new: Callable[[], Any], merge: Callable[[list], Any]):
        self.new, self.merge = new, merge
        self.slots: deque[tuple[int, tuple[Any, Any]]] = deque()  # (slot start, pair)
        self.hours: deque[tuple[int, tuple[Any, Any]]] = deque()  # (hour start, pair)
        self.start = -1  # the current slot's start
        self.pair: tuple[Any, Any] = (None, None)
        self.folded = 0  # hours before this one are merged into self.hours

    def current(self, now: float) -> tuple[Any, Any]:
        """The pair of sketches of the slot ``now`` falls in."""
        start = int(now) // SLOT * SLOT
        if start != self.start:
            self._advance(start)
        return self.pair

    def _advance(self, start: int) -> None:
        self._fold(start // HOUR * HOUR)
        self.start = start
        self.pair = (self.new(), self.new())
        self.slots.append((start, self.pair))

    def _fold(self, hour: int) -> None:
        """Merge the slots of every hour before ``hour`` not merged yet; keep seven slots."""
        done = [(s, pair) for s, pair in self.slots if self.folded <= s < hour]
        by_hour: dict[int, list] = {}
        for s, pair in done:
            by_hour.setdefault(s // HOUR * HOUR, []).append(pair)
        for h, pairs in sorted(by_hour.items()):
            self.hours.append((h, (self.merge([p[0] for p in pairs]),
                                   self.merge([p[1] for p in pairs]))))
        self.folded = max(self.folded, hour)
        while self.hours and self.hours[0][0] < hour - DAY_HOURS * HOUR:
            self.hours.popleft()
        while self.slots and self.slots[0][0] < hour - HOUR:  # what the hour window can need
            self.slots.popleft()

    def window(self, name: str, now: float) -> list[tuple[Any, Any]]:
        """The pairs a window covers at ``now``."""
        start = int(now) // SLOT * SLOT
        if start > self.start and self.start >= 0:
            self._fold(start // HOUR * HOUR)  # nothing arrived since: hours may be over
        if name == "1h":
            return [pair for s, pair in self.slots if start - 6 * SLOT <= s <= start]
        hour = start // HOUR * HOUR
        return [pair for h, pair in self.hours if h >= hour - DAY_HOURS * HOUR] + \
            [pair for s, pair in self.slots if hour <= s <= start]


def estimate(rolling: Rolling, window: str, now: float, which: int) -> float:
    """Distinct items in sketch ``which`` of the pairs over a window."""
    sketches = [pair[which] for pair in rolling.window(window, now)]
    if not sketches:
        return 0.0
    return (sketches[0] if len(sketches) == 1 else _union(sketches)).get_estimate()


def _registers(count: int) -> Callable[[], bytearray]:
    return lambda: bytearray(count)


def _max_registers(arrays: list[bytearray]) -> bytearray:
    return bytearray(arrays[0]) if len(arrays) == 1 else bytearray(map(max, *arrays))


def position(hashed: int, registers: int) -> tuple[int, int]:
    """Where a 64-bit hash counts among HyperLogLog registers (their count a power of two):
    its first bits choose the register, which keeps the largest rank (leading zeros of the
    rest, plus one) it has seen."""
    bits = registers.bit_length() - 1
    rest = hashed & ((1 << (64 - bits)) - 1)
    return hashed >> (64 - bits), 64 - bits - rest.bit_length() + 1


def add(registers: bytearray, at: tuple[int, int]) -> None:
    """Count one hash at its ``position``."""
    index, rank = at
    if rank > registers[index]:
        registers[index] = rank


def registers_in(rolling: Rolling, window: str, now: float, which: int) -> bytearray | None:
    """Registers ``which`` (0 users, 1 sessions) over a window, or None if it saw nothing."""
    arrays = [pair[which] for pair in rolling.window(window, now)]
    return _max_registers(arrays) if arrays else None


def _tenant(table: dict[str, Rolling], tenant: str, cap: int,
            new: Callable[[], Rolling]) -> tuple[str, Rolling]:
    """The tenant's sketches in ``table`` (made with ``new`` when it is not there yet), or,
    past ``cap`` tenants, those of all the others together; and the name they are under."""
    rolling = table.get(tenant)
    if rolling is None:
        if len(table) >= cap:
            tenant = OTHER
            rolling = table.get(OTHER)
        if rolling is None:
            rolling = table[tenant] = new()
    return tenant, rolling


def hash_user(key: bytes, user: str) -> str:
    """A user id as it is kept: HMAC-SHA256 with ``key``, its first 128 bits in hex."""
    return hmac.digest(key, user.encode("utf-8", "surrogatepass"), hashlib.sha256)[:16].hex()


class UsageAnalytics:
    """Active users and sessions and top spenders, from calls that carry ``user`` or
    ``session``. Single-threaded: only the event loop touches it. ``wall_clock`` (unix
    seconds) places events in slots."""

    def __init__(self, config: UsageConfig, key: bytes = b"",
                 wall_clock: Callable[[], float] = time.time):
        """``key`` hashes user ids (empty: a random key, so ids stay private but change
        with each restart)."""
        self.config = config
        self.key = key or secrets.token_bytes(32)
        self.random_key = not key
        self.wall_clock = wall_clock
        self.tenants: dict[str, Rolling] = {}  # tenant -> (users, sessions) sketches
        self.everyone = Rolling(_hll, _union)
        self.spenders = Rolling(_top, _merged)  # (cost, tokens) by tenant and user
        self._gauges: tuple[float, list[Metric]] | None = None
        # recent user ids -> what is kept of them, where they count in the fleet's registers
        self._kept: dict[str, tuple[str, tuple[int, int] | None]] = {}
        # the fleet's registers hash alike on every sidecar: keyed from the shared key file,
        # unkeyed when ids are kept as sent, none with a key of this process's own. Its top
        # spenders add up by hashed id, and a label never holds an id as sent: only with the
        # key file
        shared = not (self.random_key and config.hash_user_ids)
        self.fleet_registers = config.fleet_registers if shared else 0
        self.fleet_top_users = config.fleet_top_users \
            if config.hash_user_ids and not self.random_key else 0
        fleet_key = hmac.digest(key, b"llm-exporter fleet registers", hashlib.sha256) \
            if config.hash_user_ids else b""
        self._fleet_hash = hashlib.blake2b(digest_size=8, key=fleet_key)  # copied per id
        self.fleet: dict[str, Rolling] = {}  # tenant -> (users, sessions) registers

    def user_key(self, user: str) -> str:
        """What is kept of a user id: its HMAC (32 hex digits), or the id itself when the
        operator turned hashing off."""
        return hash_user(self.key, user) if self.config.hash_user_ids else user

    def accept(self, event: Event | CallAggregate, cost: float, transport: str) -> None:
        """A sink of the pipeline: a call that names its user or session."""
        if isinstance(event, LlmCall) and (event.user or event.session):
            self.observe(event, cost)

    def observe(self, call: LlmCall, cost_usd: float) -> None:
        """Count one call's user and session."""
        user, session = call.user, call.session
        if not user and not session:
            return
        now = self.wall_clock()
        tenant, rolling = _tenant(self.tenants, call.tenant, self.config.max_tenants,
                                  lambda: Rolling(_hll, _union))
        users, sessions = rolling.current(now)
        all_users, all_sessions = self.everyone.current(now)
        fleet = _tenant(self.fleet, call.tenant, self.config.fleet_max_tenants, lambda: Rolling(
            _registers(self.fleet_registers), _max_registers))[1].current(now) \
            if self.fleet_registers else None
        if session:
            sessions.update(session)
            all_sessions.update(session)
            if fleet is not None:
                add(fleet[1], self.fleet_position(session))
        if not user:
            return
        cached = self._kept.get(user)
        if cached is None:
            if len(self._kept) >= 4096:  # the cache of hashes stays small
                self._kept.clear()
            cached = self._kept[user] = (
                self.user_key(user), self.fleet_position(user) if self.fleet_registers else None)
        kept, at = cached
        users.update(kept)
        all_users.update(kept)
        if fleet is not None and at is not None:
            add(fleet[0], at)
        cost, tokens = self.spenders.current(now)
        item = f"{tenant}{SEP}{kept}"
        micro_usd = round(cost_usd * MICRO_USD)
        if micro_usd > 0:
            cost.update(item, micro_usd)
        used = (call.input_tokens or 0) + (call.output_tokens or 0)
        if used > 0:
            tokens.update(item, used)

    def fleet_position(self, value: str) -> tuple[int, int]:
        """Where a user or session id counts in the fleet's registers: by 64 bits of
        BLAKE2b, keyed alike on every sidecar."""
        hashed = self._fleet_hash.copy()
        hashed.update(value.encode("utf-8", "surrogatepass"))
        return position(int.from_bytes(hashed.digest(), "big"), self.fleet_registers)

    def top(self, by: str, window: str, limit: int = 10, tenant: str | None = None) -> dict:
        """The users with the most cost (USD) or tokens over a window, largest first, each
        with the bounds its true figure lies within."""
        which = {"cost": 0, "tokens": 1}[by]
        merged = _merged([pair[which] for pair in
                          self.spenders.window(window, self.wall_clock())])
        scale = MICRO_USD if by == "cost" else 1
        items = merged.get_frequent_items(
            datasketches.frequent_items_error_type.NO_FALSE_NEGATIVES)
        users = []
        for item, estimate_, lower, upper in sorted(items, key=lambda i: (-i[1], i[0])):
            owner, _, user = item.partition(SEP)
            if tenant is not None and owner != tenant:
                continue
            users.append({"user": user, "tenant": owner, by: estimate_ / scale,
                          "lower": lower / scale, "upper": upper / scale})
            if len(users) == limit:
                break
        return {"by": by, "window": window, "users": users,
                "total": merged.total_weight / scale,
                "max_error": merged.epsilon * merged.total_weight / scale,
                "user_ids": "hmac-sha256" if self.config.hash_user_ids else "as sent"}

    def collect(self) -> Iterator[Metric]:
        """The active users and sessions gauges (a prometheus-client collector), computed
        at most every GAUGE_REFRESH seconds."""
        now = self.wall_clock()
        if self._gauges is None or not 0 <= now - self._gauges[0] < GAUGE_REFRESH:
            self._gauges = (now, self._compute(now))
        yield from self._gauges[1]

    def _compute(self, now: float) -> list[Metric]:
        families: list[Metric] = []
        idle = set(self.tenants)
        for which, per_tenant, overall in (
                (0, metrics.ACTIVE_USERS, metrics.ACTIVE_USERS_ALL),
                (1, metrics.ACTIVE_SESSIONS, metrics.ACTIVE_SESSIONS_ALL)):
            samples = []
            for tenant, rolling in sorted(self.tenants.items()):
                for window in WINDOWS:
                    value = estimate(rolling, window, now, which)
                    if value:
                        samples.append(((tenant, window), _round(value)))
                        idle.discard(tenant)
            families.append(metrics.family(per_tenant, samples))
            families.append(metrics.family(overall, [
                (window, _round(estimate(self.everyone, window, now, which)))
                for window in WINDOWS]))
        for tenant in idle:  # nothing in a day: its place is free again
            del self.tenants[tenant]
        if self.fleet_registers:
            families += self._fleet_families(now)
        if self.fleet_top_users:
            families += self._top_families(now)
        return families

    def _top_families(self, now: float) -> list[Metric]:
        """Each tenant's fleet_top_users biggest spenders by cost per window, and the bound:
        a user left out spent at most the last one's estimate (when the list is full) plus
        the sketch's maximum error here, and a listed figure is off by at most that error."""
        spent, bounds = [], []
        for window in WINDOWS:
            merged = _merged([pair[0] for pair in self.spenders.window(window, now)])
            error = merged.epsilon * merged.total_weight / MICRO_USD
            listed: dict[str, list[tuple[str, float]]] = {tenant: [] for tenant in self.tenants}
            for item, estimate_, _, _ in sorted(merged.get_frequent_items(
                    datasketches.frequent_items_error_type.NO_FALSE_NEGATIVES),
                    key=lambda i: (-i[1], i[0])):
                tenant, _, user = item.partition(SEP)
                users = listed.setdefault(tenant, [])
                if len(users) < self.fleet_top_users:
                    users.append((user, estimate_ / MICRO_USD))
            for tenant, users in sorted(listed.items()):
                spent += [((tenant, window, user), usd) for user, usd in users]
                full = len(users) == self.fleet_top_users
                bounds.append(((tenant, window), (users[-1][1] if full else 0.0) + error))
        return [metrics.family(metrics.TOP_SPENDERS, spent),
                metrics.family(metrics.TOP_SPENDERS_BOUND, bounds)]

    def _fleet_families(self, now: float) -> list[Metric]:
        families, idle = [], set(self.fleet)
        for which, family in ((0, metrics.ACTIVE_USERS_REGISTERS),
                              (1, metrics.ACTIVE_SESSIONS_REGISTERS)):
            samples = []
            for tenant, rolling in sorted(self.fleet.items()):
                for window in WINDOWS:
                    registers = registers_in(rolling, window, now, which)
                    if registers is None or not any(registers):
                        continue
                    samples += [((tenant, window, str(i)), float(rank))
                                for i, rank in enumerate(registers) if rank]
                    idle.discard(tenant)
            families.append(metrics.family(family, samples))
        for tenant in idle:
            del self.fleet[tenant]
        return families


def _round(value: float) -> float:
    """An estimate as a whole number of people (an exact count below a few hundred)."""
    return float(math.floor(value + 0.5))
