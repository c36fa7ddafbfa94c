"""Price LLM calls from the genai-prices data bundled with the package (never the network).

A (provider, model) pair is resolved once and cached; within it, each price variant a call
can ask for (``service_tier``, ``processing``, ``speed``: genai-prices' price context) once,
for every price period the data has (a price that changes on a date). Most models are priced
per token type with at most a threshold tier on the input size; those are computed on the hot
path with plain float arithmetic (``Price.cost``: a dict lookup, a bisect over the periods,
arithmetic), which the tests prove equal to ``genai_prices.calc_price`` across the whole
bundled catalogue, its variants and its price changes. Models priced by anything else this
event schema can carry (per-request fees, separately priced reasoning, a time-of-day price) go
through ``calc_price`` itself.

Token accounting follows the event schema (docs/event-schema.md): ``input_tokens`` includes
cache reads and writes, ``cache_write_tokens`` includes the 1-hour writes
(``cache_write_1h_tokens``), and ``output_tokens`` includes reasoning, so cached tokens are
never charged twice and reasoning is never free. Web searches are priced per search.
"""

from __future__ import annotations

import functools
import logging
import math
import time
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, timezone
from datetime import time as day_time
from decimal import Decimal

import genai_prices
from genai_prices import data_snapshot
from genai_prices import types as genai_types
from genai_prices.types import StartDateConstraint, TieredPrices

from llm_exporter.config import PriceOverride
from llm_exporter.sidecar.core.decode import LlmCall

log = logging.getLogger(__name__)

# genai-prices' price keys the fast formula reads, per token or per request
_TOKEN_KEYS = ("input_mtok", "output_mtok", "cache_read_mtok", "cache_write_mtok",
               "cache_write_1h_mtok", "web_searches_kcount")
# Price keys for usage that events never report (audio, images, storage searches...) cost 0;
# these change the formula itself, and go through calc_price.
_FORMULA_BREAKERS = ("requests_kcount", "output_reasoning_mtok")
# the price context a call can name (genai-prices' PriceVariant.when keys) -> its LlmCall field
CONTEXT_FIELDS = ("service_tier", "processing", "speed")
# every LlmCall field a price reads
PRICED_FIELDS = ("input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens",
                 "cache_write_1h_tokens", "reasoning_tokens", "web_searches", *CONTEXT_FIELDS,
                 "ts")
# a call's price context: its service_tier, processing and speed ("" where it names none)
Context = tuple[str, str, str]
BASE: Context = ("", "", "")
# Our provider names (OpenTelemetry gen_ai.provider.name) -> genai-prices provider ids.
PROVIDER_ALIASES = {
    "aws.bedrock": "aws",
    "bedrock": "aws",
    "azure.ai.openai": "azure",
    "azure.ai.inference": "azure",
    "gcp.gemini": "google",
    "gcp.gen_ai": "google",
    "gcp.vertex_ai": "google",
    "vertex_ai": "google",
    "gemini": "google",
    "mistral_ai": "mistral",
    "xai": "x-ai",
}


@dataclass(frozen=True)
class Tier:
    """Rates in USD per token (per search for ``web_search``) that apply when input tokens
    exceed ``above``."""

    above: int
    input: float
    output: float
    cache_read: float
    cache_write: float
    cache_write_1h: float
    web_search: float = 0.0


Tiers = tuple[Tier, ...]  # ascending by threshold; the first has above == -1


class Price:
    """How to price one (provider, model): its rates per price context and period.
    ``source`` says where the numbers came from: "config", "genai-prices", or
    "genai-prices:calc" (the slow, exact path)."""

    __slots__ = ("source", "starts", "rates", "found", "_values", "_fixed")

    def __init__(self, source: str, base: tuple[Tiers, ...] | None,
                 starts: tuple[float, ...] = (),
                 found: tuple[genai_types.Provider, genai_types.ModelInfo] | None = None,
                 values: tuple[frozenset[str], ...] = (frozenset(),) * 3):
        """``base``: the tiers of each period without a context (None: every call through
        calc_price); ``starts``: when each period after the first starts (unix seconds);
        ``found``: the genai-prices provider and model, to resolve the contexts named in
        ``values`` (per context field, the values the model's variants name)."""
        self.source = source
        self.starts = (-math.inf, *starts)
        self.rates: dict[Context, tuple[Tiers, ...]] = {} if base is None else {
            BASE: _one_if_same(base)}
        self.found = found
        self._values = values
        # the tiers of a call that names no variant, when its price never changed: most calls
        periods = self.rates.get(BASE)
        self._fixed = periods[0] if periods is not None and len(periods) == 1 else None

    def cost(self, call: LlmCall, when: float | None = None) -> float:
        """USD for one call's usage, at its ``ts`` (else ``when``, else now: unix seconds),
        in the variant it names."""
        tiers = self._fixed
        if tiers is None or call.service_tier or call.processing or call.speed:
            if call.ts is not None:
                when = call.ts
            elif when is None:
                when = time.time()
            context = self.context(call)
            periods = self.rates.get(context)
            if periods is None:
                if self.found is None:  # your prices: one variant each; a call in two takes
                    # the first of its tier, processing mode and speed that has one
                    periods = next((self.rates[c] for c in _singles(context)
                                    if c in self.rates), self.rates[BASE])
                elif self.source == "genai-prices:calc":
                    return _calc_exact(call, *self.found, when, context)
                else:
                    periods = self._resolve(context)
            tiers = periods[0] if len(periods) == 1 else \
                periods[bisect_right(self.starts, when) - 1]
        cache_read = call.cache_read_tokens or 0
        cache_write = call.cache_write_tokens or 0
        inp = call.input_tokens or 0
        if cache_read + cache_write > inp:  # input includes the cache: at least that much
            inp = cache_read + cache_write
        tier = tiers[0]
        if len(tiers) > 1:
            for t in tiers:
                if inp > t.above:
                    tier = t
        cost = ((inp - cache_read - cache_write) * tier.input + cache_read * tier.cache_read
                + cache_write * tier.cache_write + (call.output_tokens or 0) * tier.output)
        if call.cache_write_1h_tokens:
            cost += call.cache_write_1h_tokens * (tier.cache_write_1h - tier.cache_write)
        if call.web_searches:
            cost += call.web_searches * tier.web_search
        return cost

    def context(self, call: LlmCall) -> Context:
        """The part of the call's price context this price has variants for (the rest
        changes nothing: genai-prices prices an unknown tier as the standard one)."""
        if not (call.service_tier or call.processing or call.speed):
            return BASE
        service_tier, processing, speed = self._values
        return (call.service_tier if call.service_tier in service_tier else "",
                call.processing if call.processing in processing else "",
                call.speed if call.speed in speed else "")

    def _resolve(self, context: Context) -> tuple[Tiers, ...]:
        """The tiers of each period for a context, from genai-prices (once per context:
        there are as many as the model's variants combine)."""
        assert self.found is not None
        model = self.found[1]
        periods = _one_if_same(tuple(
            _tiers(_values(model.get_prices(_at(start), _price_context(context))))
            for start in self.starts))
        self.rates[context] = periods
        return periods


CACHE_SIZE = 4096  # (provider, model) pairs whose price is remembered, most recent first
UNPRICED_LOGGED = 100  # unpriced pairs named in the log; the rest only counted


class PriceTable:
    """Resolves and caches the Price for each (provider, model)."""

    def __init__(self, overrides: tuple[PriceOverride, ...] = (), cache_size: int = CACHE_SIZE):
        self._overrides = overrides
        # load the bundled data now: a first lookup at the fd limit could not open its file
        data_snapshot.get_snapshot()
        # bounded: a client that invents a model name per call must not grow it for ever
        self._cached = functools.lru_cache(maxsize=cache_size)(self._resolve)
        self._unpriced_logged = 0

    def lookup(self, provider: str, model: str) -> Price | None:
        """The Price for a call, or None when the model is unknown (the call is unpriced)."""
        return self._cached(provider, model)

    def _no_price(self, provider: str, model: str) -> None:
        self._unpriced_logged += 1
        if self._unpriced_logged <= UNPRICED_LOGGED:
            log.info("no price for provider=%r model=%r; counted as unpriced", provider, model)
        if self._unpriced_logged == UNPRICED_LOGGED:
            log.warning("%d models without a price logged; more are only counted in "
                        "llm_exporter_unpriced_events_total", UNPRICED_LOGGED)

    def _resolve(self, provider: str, model: str) -> Price | None:
        mine = [o for o in self._overrides if o.model == model and o.provider in ("", provider)]
        if mine:  # the first for each variant wins (the config has one without a variant)
            variants: dict[Context, Tiers] = {}
            for o in mine:
                variants.setdefault((o.service_tier, o.processing, o.speed), (_override(o),))
            price = Price("config", (variants.pop(BASE),),
                          values=tuple(frozenset(c[i] for c in variants if c[i])
                                       for i in range(3)))
            price.rates.update((context, (tiers,)) for context, tiers in variants.items())
            return price
        provider_id = PROVIDER_ALIASES.get(provider.lower(), provider) or None
        found = find_provider_model(model, provider_id)
        if found is None:
            self._no_price(provider, model)
            return None
        info = found[1]
        now = datetime.now(timezone.utc)
        values = _values(info.get_prices(now))
        if "input_mtok" not in values and "output_mtok" not in values:
            return None
        starts, by_time_of_day = _periods(info)
        # a model another provider's data lends (Azure's OpenAI models) has its standard
        # price only: calc_price ignores the price context for it
        contexts = _contexts(info) if any(m is info for m in found[0].models) else []
        known = tuple(frozenset(c[i] for c in contexts if c[i]) for i in range(3))
        if by_time_of_day or any(k in values for k in _FORMULA_BREAKERS) or any(
                k in _values(info.get_prices(now, _price_context(context)))
                for context in contexts for k in _FORMULA_BREAKERS):
            return Price("genai-prices:calc", None, found=found, values=known)
        base = tuple(_tiers(_values(info.get_prices(_at(start)))) for start in (-math.inf,
                                                                                  *starts))
        return Price("genai-prices", base, starts, found, known)


def _override(o: PriceOverride) -> Tier:
    per = 1e-6
    cache_read = o.input if o.cache_read is None else o.cache_read
    cache_write = o.input if o.cache_write is None else o.cache_write
    cache_write_1h = cache_write if o.cache_write_1h is None else o.cache_write_1h
    return Tier(-1, o.input * per, o.output * per, cache_read * per, cache_write * per,
                cache_write_1h * per)


def find_provider_model(model_ref: str, provider_id: str | None
                        ) -> tuple[genai_types.Provider, genai_types.ModelInfo] | None:
    """What genai-prices' ``find_provider_model`` finds, without its caches: they keep every
    model name they are asked about, for ever (10^6 invented names grew the sidecar by
    247 MiB). PriceTable's bounded cache is the only one."""
    providers = data_snapshot.get_snapshot().providers
    model_ref = model_ref.lower()
    if provider_id and provider_id.lower() == "litellm" and "/" in model_ref:
        inner_provider, inner_ref = model_ref.split("/", 1)
        if inner_provider and data_snapshot.find_provider_by_id(providers, inner_provider):
            provider_id, model_ref = inner_provider, inner_ref
    provider = data_snapshot.find_provider_by_id(providers, provider_id) if provider_id else None
    if provider is None and (provider_id is None or provider_id.lower() == "litellm"):
        provider = next((p for p in providers
                         if p.model_match is not None and p.model_match.is_match(model_ref)), None)
    if provider is None:
        return None
    model = provider.find_model(model_ref, all_providers=providers)
    return None if model is None else (provider, model)


def _periods(model: genai_types.ModelInfo) -> tuple[tuple[float, ...], bool]:
    """When the model's prices change (unix seconds at UTC midnight, ascending: its
    conditional prices' and variants' start dates), and whether any price depends on the
    time of day (those are priced by calc_price)."""
    constraints = [c.constraint for c in model.prices] if isinstance(model.prices, list) \
        else []
    constraints += [v.constraint for v in model.price_variants or ()]
    starts = sorted({datetime.combine(c.start_date, day_time(), timezone.utc).timestamp()
                     for c in constraints if isinstance(c, StartDateConstraint)})
    timed = any(c is not None and not isinstance(c, StartDateConstraint) for c in constraints)
    return tuple(starts), timed


def _contexts(model: genai_types.ModelInfo) -> list[Context]:
    """The contexts the model's variants name, each alone (a variant with a key no call
    carries, a route or a search type, is never chosen)."""
    out = []
    for variant in model.price_variants or ():
        if set(variant.when) <= set(CONTEXT_FIELDS):
            out.append(tuple(variant.when.get(f, "") for f in CONTEXT_FIELDS))
    return out  # type: ignore[return-value]


def _one_if_same(periods: tuple[Tiers, ...]) -> tuple[Tiers, ...]:
    """One period when the prices never change (most contexts): no bisect per call."""
    return periods[:1] if all(p == periods[0] for p in periods) else periods


def _singles(context: Context) -> list[Context]:
    """Each variant of a context alone, tier first."""
    return [tuple(v if i == j else "" for j in range(3))  # type: ignore[misc]
            for i, v in enumerate(context) if v]


def _price_context(context: Context) -> dict[str, str]:
    """A context as genai-prices' price_context."""
    return {k: v for k, v in zip(CONTEXT_FIELDS, context, strict=True) if v}


def _at(start: float) -> datetime:
    """A moment inside the period that starts at ``start`` (-inf: before every change)."""
    return datetime.fromtimestamp(0 if start == -math.inf else start, timezone.utc)


def _values(prices: genai_types.ModelPrice) -> dict[str, Decimal | TieredPrices]:
    return {k: v for k, v in vars(prices).items() if v is not None}


def _tiers(values: dict[str, Decimal | TieredPrices]) -> Tiers:
    tiered = [v for k in _TOKEN_KEYS if isinstance(v := values.get(k), TieredPrices)]
    thresholds = sorted({tier.start for price in tiered for tier in price.tiers})
    # genai-prices charges cache tokens at the input price when no cache price is set, and
    # 1-hour cache writes at the cache write price when no 1-hour price is set
    cache_write = values.get("cache_write_mtok", values.get("input_mtok"))
    return tuple(
        Tier(
            above,
            _rate(values.get("input_mtok"), above),
            _rate(values.get("output_mtok"), above),
            _rate(values.get("cache_read_mtok", values.get("input_mtok")), above),
            _rate(cache_write, above),
            _rate(values.get("cache_write_1h_mtok", cache_write), above),
            _rate(values.get("web_searches_kcount"), above) * 1e3,
        )
        for above in [-1, *thresholds]
    )


def _rate(price: Decimal | TieredPrices | None, input_above: int) -> float:
    """USD per token once input tokens exceed ``input_above`` (a cliff, as genai-prices has
    it); for a price per thousand, USD per thousandth."""
    if price is None:
        return 0.0
    if isinstance(price, TieredPrices):
        chosen = price.base
        for tier in price.tiers:
            if input_above >= tier.start:
                chosen = tier.price
        return float(chosen) / 1e6
    return float(price) / 1e6


def _calc_exact(call: LlmCall, provider: genai_types.Provider, model: genai_types.ModelInfo,
                when: float, context: Context) -> float:
    cached = (call.cache_read_tokens or 0) + (call.cache_write_tokens or 0)
    usage = genai_prices.Usage(
        input_tokens=max(call.input_tokens or 0, cached),
        output_tokens=call.output_tokens or 0,
        cache_read_tokens=call.cache_read_tokens or 0,
        cache_write_tokens=call.cache_write_tokens or 0,
        cache_write_1h_tokens=call.cache_write_1h_tokens or 0,
        web_searches=call.web_searches or 0,
    )
    try:
        return float(model.calc_price(
            usage, provider, genai_request_timestamp=datetime.fromtimestamp(when, timezone.utc),
            price_context=_price_context(context) or None).total_price)
    except (LookupError, ValueError, OverflowError, OSError):
        return 0.0
