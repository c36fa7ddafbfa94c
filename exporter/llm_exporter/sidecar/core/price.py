"""Price LLM calls from the genai-prices data bundled with the package (never the network).

A (provider, model) pair is resolved once and cached. Most models are priced per token type
with at most a threshold tier on the input size; those are computed on the hot path with plain
float arithmetic (``Price.cost``), which the tests prove equal to ``genai_prices.calc_price``
across the whole bundled catalogue. Models priced by anything else this event schema can carry
(per-request fees, separately priced reasoning) go through ``calc_price`` itself.

Token accounting follows the event schema (docs/event-schema.md): ``input_tokens`` includes
cache reads and writes, and ``output_tokens`` includes reasoning, so cached tokens are never
charged twice and reasoning is never free.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

import genai_prices
from genai_prices import data_snapshot
from genai_prices import types as genai_types
from genai_prices.types import TieredPrices

from llm_exporter.config import PriceOverride
from llm_exporter.sidecar.core.decode import LlmCall

log = logging.getLogger(__name__)

_TOKEN_KEYS = ("input_mtok", "output_mtok", "cache_read_mtok", "cache_write_mtok")
# Price keys for usage that events never report (web searches, audio, images...): they cost 0.
_FORMULA_BREAKERS = ("requests_kcount", "output_reasoning_mtok")
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
    """Rates in USD per token that apply when input tokens exceed ``above``."""

    above: int
    input: float
    output: float
    cache_read: float
    cache_write: float


@dataclass(frozen=True)
class Price:
    """How to price one (provider, model); ``source`` says where the numbers came from."""

    source: str  # "config", "genai-prices", or "genai-prices:calc" (the slow, exact path)
    tiers: tuple[Tier, ...] = ()  # ascending by threshold; the first has above == -1
    # for "genai-prices:calc": the provider and model genai-prices prices with
    found: tuple[genai_types.Provider, genai_types.ModelInfo] | None = None

    def cost(self, call: LlmCall) -> float:
        """USD for one call's usage."""
        if self.found is not None:
            return _calc_exact(call, *self.found)
        inp = call.input_tokens or 0
        tier = self.tiers[0]
        if len(self.tiers) > 1:
            for t in self.tiers:
                if inp > t.above:
                    tier = t
        cache_read = call.cache_read_tokens or 0
        cache_write = call.cache_write_tokens or 0
        return (
            (inp - cache_read - cache_write) * tier.input
            + cache_read * tier.cache_read
            + cache_write * tier.cache_write
            + (call.output_tokens or 0) * tier.output
        )


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
        for o in self._overrides:
            if o.model == model and o.provider in ("", provider):
                per = 1e-6
                cache_read = o.input if o.cache_read is None else o.cache_read
                cache_write = o.input if o.cache_write is None else o.cache_write
                tier = Tier(-1, o.input * per, o.output * per, cache_read * per, cache_write * per)
                return Price("config", (tier,))
        provider_id = PROVIDER_ALIASES.get(provider.lower(), provider) or None
        found = find_provider_model(model, provider_id)
        if found is None:
            self._no_price(provider, model)
            return None
        prices = found[1].get_prices(datetime.now(timezone.utc))
        values = {k: v for k, v in vars(prices).items() if v is not None}
        if "input_mtok" not in values and "output_mtok" not in values:
            return None
        if any(k in values for k in _FORMULA_BREAKERS):
            return Price("genai-prices:calc", (), found)
        return Price("genai-prices", _tiers(values))


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


def _tiers(values: dict[str, Decimal | TieredPrices]) -> tuple[Tier, ...]:
    tiered = [v for k in _TOKEN_KEYS if isinstance(v := values.get(k), TieredPrices)]
    thresholds = sorted({tier.start for price in tiered for tier in price.tiers})
    return tuple(
        Tier(
            above,
            _rate(values.get("input_mtok"), above),
            _rate(values.get("output_mtok"), above),
            # genai-prices charges cache tokens at the input price when no cache price is set
            _rate(values.get("cache_read_mtok", values.get("input_mtok")), above),
            _rate(values.get("cache_write_mtok", values.get("input_mtok")), above),
        )
        for above in [-1, *thresholds]
    )


def _rate(price: Decimal | TieredPrices | None, input_above: int) -> float:
    """USD per token once input tokens exceed ``input_above`` (a cliff, as genai-prices has it)."""
    if price is None:
        return 0.0
    if isinstance(price, TieredPrices):
        chosen = price.base
        for tier in price.tiers:
            if input_above >= tier.start:
                chosen = tier.price
        return float(chosen) / 1e6
    return float(price) / 1e6


def _calc_exact(call: LlmCall, provider: genai_types.Provider,
                model: genai_types.ModelInfo) -> float:
    usage = genai_prices.Usage(
        input_tokens=call.input_tokens or 0,
        output_tokens=call.output_tokens or 0,
        cache_read_tokens=call.cache_read_tokens or 0,
        cache_write_tokens=call.cache_write_tokens or 0,
    )
    try:
        return float(model.calc_price(usage, provider).total_price)
    except (LookupError, ValueError):
        return 0.0
