"""Pricing: genai-prices data, resolved once, fast formula proven equal to calc_price."""

import random
from datetime import datetime, timedelta, timezone

import genai_prices
import pytest
from genai_prices import data_snapshot

from llm_exporter.config import PriceOverride
from llm_exporter.sidecar.core.decode import LlmCall
from llm_exporter.sidecar.core.price import PriceTable, find_provider_model


def call(model="gpt-4o", provider="openai", **usage) -> LlmCall:
    return LlmCall(model=model, provider=provider, duration_s=1.0, **usage)


def test_fast_formula_equals_calc_price_for_every_bundled_model():
    """Every model of the bundled catalogue, random usages across the tier thresholds."""
    rng = random.Random(7)
    table = PriceTable()
    checked = exact = 0
    now = datetime.now(timezone.utc)
    for provider in data_snapshot.get_snapshot().providers:
        for model in provider.models:
            price = table.lookup(provider.id, model.id)
            if price is None:
                continue
            for _ in range(4):
                inp = rng.choice([0, 1, 900, 150_000, 199_999, 200_000, 200_001, 1_500_000])
                cache_read = rng.randint(0, inp // 2)
                cache_write = rng.randint(0, (inp - cache_read) // 3)
                out = rng.choice([0, 1, 512, 40_000])
                c = call(model.id, provider.id, input_tokens=inp, output_tokens=out,
                         cache_read_tokens=cache_read, cache_write_tokens=cache_write)
                usage = genai_prices.Usage(input_tokens=inp, output_tokens=out,
                                           cache_read_tokens=cache_read,
                                           cache_write_tokens=cache_write)
                try:
                    expected = float(genai_prices.calc_price(
                        usage, model.id, provider_id=provider.id,
                        genai_request_timestamp=now).total_price)
                except (LookupError, ValueError):
                    continue  # genai-prices itself cannot price this usage
                assert price.cost(c) == pytest.approx(expected, rel=1e-9, abs=1e-12), (
                    provider.id, model.id, inp, cache_read, cache_write, out, price.source)
                checked += 1
                exact += price.source == "genai-prices:calc"
    assert checked > 5000
    assert exact < checked / 50  # nearly all on the fast path


def test_resolution_finds_what_genai_prices_finds():
    """Every bundled model id and match example under its own provider, under none, under
    litellm, and names nobody prices."""
    snapshot = data_snapshot.get_snapshot()
    refs = [(p.id, m.id) for p in snapshot.providers for m in p.models]
    refs += [(None, m) for _, m in refs[::7]] + [("litellm", f"{p}/{m}") for p, m in refs[::11]]
    refs += [("openai", "no-such-model"), (None, "no-such-model"), ("nobody", "gpt-4o"),
             ("litellm", "nobody/gpt-4o"), ("OpenAI", "GPT-4O")]
    for provider_id, model in refs:
        try:
            expected = snapshot.find_provider_model(model, None, provider_id, None)
        except LookupError:
            expected = None
        found = find_provider_model(model, provider_id)
        assert (found and (found[0].id, found[1].id)) == \
            (expected and (expected[0].id, expected[1].id)), (provider_id, model)
    assert len(refs) > 1000


def test_invented_model_names_do_not_grow_memory():
    # genai-prices' own lookup caches every name it is asked about: 10^6 invented names grew
    # the sidecar by 247 MiB; past the table's bounded cache nothing may be kept
    import tracemalloc

    table = PriceTable(cache_size=100)
    for i in range(1000):  # warm up: the table's cache fills, logging's limit is reached
        table.lookup("openai", f"invented-{i}")
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(1000, 6000):
        table.lookup("openai", f"invented-{i}")
        table.lookup("", f"invented-{i}")
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert grown < 100_000, grown  # 10k lookups; each kept would be over 150 bytes


def test_cached_tokens_are_not_charged_twice_and_reasoning_is_not_free():
    table = PriceTable()
    gpt4o = table.lookup("openai", "gpt-4o")  # $2.5 in, $1.25 cached, $10 out per M
    plain = gpt4o.cost(call(input_tokens=1_000_000))
    cached = gpt4o.cost(call(input_tokens=1_000_000, cache_read_tokens=400_000))
    assert plain == pytest.approx(2.5)
    assert cached == pytest.approx(0.6 * 2.5 + 0.4 * 1.25)
    with_reasoning = gpt4o.cost(call(output_tokens=1_000_000, reasoning_tokens=900_000))
    assert with_reasoning == pytest.approx(10.0)


def test_anthropic_long_context_tier_applies_to_all_tokens():
    sonnet = PriceTable().lookup("anthropic", "claude-sonnet-4-5")
    assert sonnet.cost(call("claude-sonnet-4-5", "anthropic", input_tokens=200_000)) == \
        pytest.approx(0.6)  # $3/M at the threshold itself
    assert sonnet.cost(call("claude-sonnet-4-5", "anthropic", input_tokens=200_001)) == \
        pytest.approx(200_001 * 6e-6)  # over it, every token at $6/M


def test_provider_names_follow_opentelemetry_and_resolve():
    table = PriceTable()
    assert table.lookup("aws.bedrock", "anthropic.claude-3-haiku-20240307-v1:0") is not None
    assert table.lookup("gcp.vertex_ai", "gemini-2.5-flash") is not None
    assert table.lookup("", "gpt-4o-mini") is not None  # no provider: matched by model name


def test_unknown_model_or_self_hosted_provider_is_unpriced():
    table = PriceTable()
    assert table.lookup("openai", "gpt-does-not-exist") is None
    assert table.lookup("ollama", "llama3.1:8b") is None


def test_config_override_wins_and_defaults_cache_prices_to_input():
    table = PriceTable((PriceOverride(model="gpt-4o", provider="openai", input=1.0, output=2.0,
                                      cache_read=0.5),
                        PriceOverride(model="in-house-llm", input=0.2, output=0.4)))
    over = table.lookup("openai", "gpt-4o")
    assert over.source == "config"
    assert over.cost(call(input_tokens=1_000_000, cache_read_tokens=500_000,
                          output_tokens=1_000_000)) == pytest.approx(0.5 + 0.25 + 2.0)
    own = table.lookup("vllm", "in-house-llm")  # provider "" matches any
    assert own.cost(call("in-house-llm", "vllm", input_tokens=1_000_000,
                         cache_write_tokens=1_000_000)) == pytest.approx(0.2)
    assert table.lookup("azure", "gpt-4o").source == "genai-prices"  # provider-specific


def test_lookup_is_resolved_once_and_cached():
    table = PriceTable()
    assert table.lookup("openai", "gpt-4o") is table.lookup("openai", "gpt-4o")
    assert table.lookup("x", "unknown") is None


def test_a_model_name_per_call_does_not_flood_the_log(caplog):
    # (nor grow memory: test_invented_model_names_do_not_grow_memory)
    import logging
    caplog.set_level(logging.INFO, logger="llm_exporter.sidecar.core.price")
    table = PriceTable(cache_size=50)
    for i in range(1000):
        assert table.lookup("openai", f"made-up-{i}") is None
    assert table.lookup("openai", "gpt-4o").source == "genai-prices"  # still resolves
    named = [r for r in caplog.records if "no price for" in r.getMessage()]
    assert len(named) == 100  # the first hundred are named, the rest only counted
    assert sum("only counted" in r.getMessage() for r in caplog.records) == 1


def test_an_override_with_its_own_cache_write_price_charges_it():
    table = PriceTable((PriceOverride(model="in-house-llm", input=1.0, output=2.0,
                                      cache_write=1.25),))
    price = table.lookup("vllm", "in-house-llm")
    # 1M input of which 0.4M written to the cache: 0.6M at 1.0 and 0.4M at 1.25
    assert price.cost(call("in-house-llm", "vllm", input_tokens=1_000_000,
                           cache_write_tokens=400_000)) == pytest.approx(0.6 + 0.5)


def test_a_provider_name_in_capitals_finds_the_same_price():
    table = PriceTable()
    assert table.lookup("GCP.Gemini", "gemini-2.5-flash").cost(call(
        "gemini-2.5-flash", "GCP.Gemini", input_tokens=1000)) == table.lookup(
        "gcp.gemini", "gemini-2.5-flash").cost(call("gemini-2.5-flash", "gcp.gemini",
                                                     input_tokens=1000))
    assert table.lookup("GCP.Gemini", "gemini-2.5-flash") is not None


def test_an_unpriced_model_is_named_in_the_log(caplog):
    import logging
    caplog.set_level(logging.INFO, logger="llm_exporter.sidecar.core.price")
    PriceTable().lookup("acme-ai", "secret-model-9")
    (record,) = [r for r in caplog.records if "no price" in r.getMessage()]
    assert record.getMessage() == ("no price for provider='acme-ai' model='secret-model-9'; "
                                   "counted as unpriced")


def test_a_per_request_fee_goes_through_calc_price_itself():
    table = PriceTable()
    sonar = table.lookup("perplexity", "sonar")
    assert sonar.source == "genai-prices:calc" and sonar.rates == {}
    for inp, out in ((0, 0), (10, 5), (120_000, 2_000)):
        usage = genai_prices.Usage(input_tokens=inp, output_tokens=out)
        expected = float(genai_prices.calc_price(usage, "sonar", provider_id="perplexity")
                         .total_price)
        assert sonar.cost(call("sonar", "perplexity", input_tokens=inp, output_tokens=out)) \
            == pytest.approx(expected, rel=1e-12)
    assert sonar.cost(call("sonar", "perplexity")) > 0  # the request fee alone


def test_a_model_priced_on_input_alone_is_priced_and_one_with_no_token_price_is_not():
    table = PriceTable()
    embed = table.lookup("aws", "amazon.titan-embed-text-v2:0")
    assert embed is not None and embed.cost(call(
        "amazon.titan-embed-text-v2:0", "aws", input_tokens=1_000_000)) > 0
    assert table.lookup("azure", "mai-ds-r1:free") is None  # listed, but with no prices


def test_past_a_hundred_unpriced_models_the_log_says_the_rest_are_only_counted(caplog):
    import logging
    caplog.set_level(logging.INFO, logger="llm_exporter.sidecar.core.price")
    table = PriceTable()
    for i in range(150):
        table.lookup("openai", f"made-up-{i}")
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.getMessage() == ("100 models without a price logged; more are only "
                                    "counted in llm_exporter_unpriced_events_total")


def test_every_variant_and_price_change_equals_calc_price():
    """Every bundled model that has price variants or prices that change on a date: each
    variant a call can name (and two together, and one no variant names), on either side of
    each date, with 1-hour cache writes and web searches, priced as calc_price prices it."""
    rng = random.Random(11)
    table = PriceTable()
    checked = 0
    for provider in data_snapshot.get_snapshot().providers:
        for model in provider.models:
            variants = [v.when for v in model.price_variants or ()
                        if set(v.when) <= {"service_tier", "processing", "speed"}]
            dated = [c.constraint.start_date for c in
                     (model.prices if isinstance(model.prices, list) else [])
                     + list(model.price_variants or ())
                     if c.constraint is not None and hasattr(c.constraint, "start_date")]
            if not variants and not dated:
                continue
            price = table.lookup(provider.id, model.id)
            if price is None:
                continue
            contexts = [{}, *variants, {"service_tier": "no-such-tier"},
                        {"service_tier": "flex", "processing": "batch"}]
            moments = [datetime(2020, 1, 1, tzinfo=timezone.utc), datetime.now(timezone.utc)]
            for day in dated:
                start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
                moments += [start.replace(hour=12) - timedelta(days=1), start.replace(hour=12)]
            for context in contexts:
                for moment in moments:
                    inp = rng.choice([0, 900, 150_000, 200_001, 1_500_000])
                    cache_read = rng.randint(0, inp // 2)
                    cache_write = rng.randint(0, (inp - cache_read) // 3)
                    cache_write_1h = rng.randint(0, cache_write)
                    out, searches = rng.choice([0, 512, 40_000]), rng.choice([0, 0, 3])
                    c = call(model.id, provider.id, input_tokens=inp, output_tokens=out,
                             cache_read_tokens=cache_read, cache_write_tokens=cache_write,
                             cache_write_1h_tokens=cache_write_1h, web_searches=searches,
                             ts=moment.timestamp(), **context)
                    usage = genai_prices.Usage(
                        input_tokens=inp, output_tokens=out, cache_read_tokens=cache_read,
                        cache_write_tokens=cache_write, cache_write_1h_tokens=cache_write_1h,
                        web_searches=searches)
                    try:
                        expected = float(genai_prices.calc_price(
                            usage, model.id, provider_id=provider.id,
                            genai_request_timestamp=moment,
                            price_context=context or None).total_price)
                    except (LookupError, ValueError):
                        continue
                    assert price.cost(c) == pytest.approx(expected, rel=1e-9, abs=1e-12), (
                        provider.id, model.id, context, moment, price.source)
                    checked += 1
    assert checked > 2000


def test_a_tier_batch_and_one_hour_writes_are_priced_as_billed():
    """The figures of issue 35, each against genai-prices' own data."""
    table = PriceTable()
    gpt5 = table.lookup("openai", "gpt-5")  # $1.25 in, $10 out per M; flex and batch half
    after = datetime(2026, 11, 1, tzinfo=timezone.utc).timestamp()
    usage = {"input_tokens": 1_000_000, "output_tokens": 100_000, "ts": after}
    standard = gpt5.cost(call("gpt-5", **usage))
    assert standard == pytest.approx(1.25 + 1.0)
    assert gpt5.cost(call("gpt-5", service_tier="flex", **usage)) == pytest.approx(standard / 2)
    assert gpt5.cost(call("gpt-5", processing="batch", **usage)) == pytest.approx(standard / 2)
    assert gpt5.cost(call("gpt-5", service_tier="priority", **usage)) == \
        pytest.approx(standard * 2)
    # before the variants' start date the data has no flex price: the standard one
    assert gpt5.cost(call("gpt-5", service_tier="flex", input_tokens=1_000_000,
                          output_tokens=100_000, ts=after - 60 * 86400)) == \
        pytest.approx(standard)
    sonnet = table.lookup("anthropic", "claude-sonnet-4-5")  # writes $3.75 (5 m), $6 (1 h)
    writes = call("claude-sonnet-4-5", "anthropic", input_tokens=100_000,
                  cache_write_tokens=100_000)
    one_hour = call("claude-sonnet-4-5", "anthropic", input_tokens=100_000,
                    cache_write_tokens=100_000, cache_write_1h_tokens=100_000)
    assert sonnet.cost(writes) == pytest.approx(0.375)
    assert sonnet.cost(one_hour) == pytest.approx(0.6)
    searched = call("claude-sonnet-4-5", "anthropic", input_tokens=100_000, web_searches=3)
    assert sonnet.cost(searched) == pytest.approx(0.3 + 3 * 0.01)  # $10 per thousand


def test_a_model_lent_by_another_providers_data_has_no_variants():
    """Azure prices OpenAI's models from OpenAI's data: calc_price ignores the tier there,
    and so does the sidecar (it is billed as Azure bills it, not as OpenAI's flex)."""
    azure = PriceTable().lookup("azure", "gpt-5")
    after = datetime(2026, 11, 1, tzinfo=timezone.utc)
    c = call("gpt-5", "azure", input_tokens=1_000_000, service_tier="flex",
             processing="batch", ts=after.timestamp())
    expected = float(genai_prices.calc_price(
        genai_prices.Usage(input_tokens=1_000_000), "gpt-5", provider_id="azure",
        genai_request_timestamp=after,
        price_context={"service_tier": "flex", "processing": "batch"}).total_price)
    assert azure.cost(c) == pytest.approx(expected) and expected > 0


def test_cache_tokens_without_input_tokens_never_cost_less_than_nothing():
    """The schema's input includes the cache: an event that sends only the cache parts is
    priced as if input were their sum (it once came to -$1.25 and took the counter down)."""
    table = PriceTable()
    gpt4o = table.lookup("openai", "gpt-4o")
    assert gpt4o.cost(call(cache_read_tokens=1_000_000)) == pytest.approx(1.25)
    sonnet = table.lookup("anthropic", "claude-sonnet-4-5")
    assert sonnet.cost(call("claude-sonnet-4-5", "anthropic", cache_read_tokens=10_000,
                            cache_write_tokens=20_000, cache_write_1h_tokens=5_000)) > 0


def test_a_price_is_resolved_once_per_variant():
    table = PriceTable()
    gpt5 = table.lookup("openai", "gpt-5")
    assert set(gpt5.rates) == {("", "", "")}
    for _ in range(3):
        gpt5.cost(call("gpt-5", service_tier="flex", input_tokens=10))
        gpt5.cost(call("gpt-5", service_tier="made-up", input_tokens=10))
    # an unknown tier is the standard price: no entry of its own, whatever a client sends
    assert set(gpt5.rates) == {("", "", ""), ("flex", "", "")}


def test_an_override_per_variant_prices_that_variant():
    table = PriceTable((
        PriceOverride(model="in-house-llm", input=1.0, output=2.0),
        PriceOverride(model="in-house-llm", input=0.5, output=1.0, processing="batch"),
        PriceOverride(model="in-house-llm", input=2.0, output=4.0, cache_write_1h=3.0,
                      service_tier="priority")))
    price = table.lookup("vllm", "in-house-llm")
    usage = {"input_tokens": 1_000_000, "output_tokens": 1_000_000}
    assert price.cost(call("in-house-llm", "vllm", **usage)) == pytest.approx(3.0)
    assert price.cost(call("in-house-llm", "vllm", processing="batch", **usage)) == \
        pytest.approx(1.5)
    assert price.cost(call("in-house-llm", "vllm", service_tier="priority",
                           cache_write_tokens=1_000_000, cache_write_1h_tokens=1_000_000,
                           input_tokens=1_000_000)) == pytest.approx(3.0)
    assert price.cost(call("in-house-llm", "vllm", service_tier="flex", **usage)) == \
        pytest.approx(3.0)  # no price for flex: the one without a variant
    # a priority batch call: the tier's price (one variant each is all a price names)
    assert price.cost(call("in-house-llm", "vllm", service_tier="priority", processing="batch",
                           **usage)) == pytest.approx(6.0)
    assert price.cost(call("in-house-llm", "vllm", service_tier="flex", processing="batch",
                           **usage)) == pytest.approx(1.5)
