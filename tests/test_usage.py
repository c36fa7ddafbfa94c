"""Usage analytics: distinct users and sessions and top spenders from sketches, against exact
counts, in bounded memory, with user ids hashed before anything keeps them."""

import random

import datasketches
import pytest

from llm_exporter.config import UsageConfig
from llm_exporter.sidecar.core.decode import LlmCall
from llm_exporter.sidecar.core.limits import OTHER
from llm_exporter.sidecar.sinks.usage import (
    HLL_LG_K,
    HLL_REL_ERR_2SD,
    TOP_EPSILON,
    TOP_LG_MAX_K,
    UsageAnalytics,
)

T0 = 1_700_000_400.0  # 22:20 UTC: an hour boundary falls inside the tests' spans


def call(user="", session="", tenant="acme", tokens=100):
    return LlmCall("gpt-4o", 1.0, tenant=tenant, user=user, session=session,
                   input_tokens=tokens, output_tokens=0)


def gauges(usage: UsageAnalytics) -> dict:
    usage._gauges = None  # computed again now, not served from the last second
    return {(fam.name, tuple(sorted(s.labels.items()))): s.value
            for fam in usage.collect() for s in fam.samples}


def sketch_sizes(usage: UsageAnalytics) -> tuple[list[int], list[int]]:
    """(bytes of each HyperLogLog sketch, items held by each frequent-items sketch)."""
    hll = [s.get_updatable_serialization_bytes()
           for rolling in [*usage.tenants.values(), usage.everyone]
           for _, pair in [*rolling.slots, *rolling.hours] for s in pair]
    items = [s.num_active_items for _, pair in [*usage.spenders.slots, *usage.spenders.hours]
             for s in pair]
    return hll, items


def test_a_million_users_are_counted_within_the_documented_error_in_flat_memory():
    now = [T0]
    usage = UsageAnalytics(UsageConfig(), b"key", lambda: now[0])
    for i in range(1_000_000):
        usage.observe(call(user=f"user-{i}", session=f"session-{i // 4}",
                           tenant=("acme", "globex")[i % 2]), 0.0001)
        now[0] += 0.0005  # a million calls in 500 s: one ten-minute slot
    g = gauges(usage)
    for window in ("1h", "1d"):
        users = g[("llm_active_users_all_tenants", (("window", window),))]
        sessions = g[("llm_active_sessions_all_tenants", (("window", window),))]
        assert abs(users - 1_000_000) / 1_000_000 <= HLL_REL_ERR_2SD, users
        assert abs(sessions - 250_000) / 250_000 <= HLL_REL_ERR_2SD, sessions
        acme = g[("llm_active_users", (("tenant", "acme"), ("window", window)))]
        assert abs(acme - 500_000) / 500_000 <= HLL_REL_ERR_2SD, acme
    # memory has a ceiling whatever the number of users: a HyperLogLog sketch never grows
    # past its dense size, a frequent-items sketch holds at most 3/4 of 2^lg_max_k users
    hll, items = sketch_sizes(usage)
    ceiling = datasketches.hll_sketch.get_max_updatable_serialization_bytes(
        HLL_LG_K, datasketches.tgt_hll_type.HLL_4)
    assert len(hll) == 6 and all(size == ceiling for size in hll)  # 3 scopes x 2 kinds
    assert len(items) == 2 and all(n <= 0.75 * 2 ** TOP_LG_MAX_K for n in items)
    # the fleet's registers: m bytes per tenant, kind and slot; at most m series per tenant,
    # window and kind (here every register is set)
    m = usage.fleet_registers
    arrays = [a for rolling in usage.fleet.values()
              for _, pair in [*rolling.slots, *rolling.hours] for a in pair]
    assert len(arrays) == 4 and all(len(a) == m for a in arrays)
    registers = [k for k in g if k[0].endswith("_hll_register")]
    assert len(registers) == 2 * 2 * 2 * m  # tenants x windows x (users, sessions)


def test_small_counts_are_exact():
    usage = UsageAnalytics(UsageConfig(), b"key", lambda: T0)
    for i in range(600):
        usage.observe(call(user=f"u{i % 300}", session=f"s{i % 7}"), 0.01)
    g = gauges(usage)
    assert g[("llm_active_users", (("tenant", "acme"), ("window", "1h")))] == 300
    assert g[("llm_active_sessions", (("tenant", "acme"), ("window", "1d")))] == 7


def test_top_spenders_are_found_with_bounds_that_hold_the_true_figure():
    rng = random.Random(3)
    usage = UsageAnalytics(UsageConfig(), b"key", lambda: T0)
    exact: dict[str, float] = {}
    users = [f"user-{i}" for i in range(100_000)]
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(users))]  # Zipf: a few spend most
    for user in rng.choices(users, weights, k=300_000):
        cost = rng.choice((0.002, 0.01, 0.05))
        usage.observe(call(user=user), cost)
        exact[user] = exact.get(user, 0.0) + round(cost * 1e6) / 1e6
    top = usage.top("cost", "1d", limit=10)
    total = sum(exact.values())
    assert top["total"] == pytest.approx(total)
    assert top["max_error"] <= TOP_EPSILON * total + 1e-9
    hashed = {usage.user_key(u): u for u in exact}
    true_top = sorted(exact, key=lambda u: -exact[u])[:10]
    assert [hashed[u["user"]] for u in top["users"]] == true_top
    for u in top["users"]:
        truth = exact[hashed[u["user"]]]
        assert u["lower"] - 1e-9 <= truth <= u["upper"] + 1e-9
        assert 0 <= u["cost"] - truth + 1e-9 <= top["max_error"] + 2e-9  # never below


def test_windows_forget_what_is_older_than_they_cover():
    now = [T0]
    usage = UsageAnalytics(UsageConfig(), b"key", lambda: now[0])
    usage.observe(call(user="early", session="s1"), 1.0)
    now[0] += 75 * 60  # 75 minutes later
    usage.observe(call(user="late"), 0.5)
    g = gauges(usage)
    assert g[("llm_active_users", (("tenant", "acme"), ("window", "1h")))] == 1
    assert g[("llm_active_users", (("tenant", "acme"), ("window", "1d")))] == 2
    assert {u["cost"] for u in usage.top("cost", "1h")["users"]} == {0.5}
    assert {u["cost"] for u in usage.top("cost", "1d")["users"]} == {1.0, 0.5}
    now[0] += 26 * 3600  # a day and more with nothing
    g = gauges(usage)
    assert g[("llm_active_users_all_tenants", (("window", "1d"),))] == 0
    assert ("llm_active_users", (("tenant", "acme"), ("window", "1d"))) not in g
    assert usage.tenants == {}  # an idle tenant frees its place
    assert usage.top("cost", "1d")["users"] == []


def test_tenants_past_the_cap_are_counted_together():
    usage = UsageAnalytics(UsageConfig(max_tenants=2), b"key", lambda: T0)
    for tenant in ("a", "b", "c", "d"):
        usage.observe(call(user=f"user-of-{tenant}", tenant=tenant), 0.01)
    g = gauges(usage)
    assert g[("llm_active_users", (("tenant", OTHER), ("window", "1h")))] == 2
    assert {u["tenant"] for u in usage.top("cost", "1h")["users"]} == {"a", "b", OTHER}


def test_user_ids_are_hashed_with_the_key_unless_the_operator_opts_out():
    keyed = [UsageAnalytics(UsageConfig(), b"same key", lambda: T0) for _ in range(2)]
    for usage in keyed:
        usage.observe(call(user="alice@example.com"), 0.1)
    tops = [u.top("cost", "1d")["users"][0]["user"] for u in keyed]
    assert tops[0] == tops[1] and "alice" not in tops[0] and len(tops[0]) == 32
    other = UsageAnalytics(UsageConfig(), b"", lambda: T0)  # a random key per process
    other.observe(call(user="alice@example.com"), 0.1)
    assert other.random_key and other.top("cost", "1d")["users"][0]["user"] != tops[0]
    plain = UsageAnalytics(UsageConfig(hash_user_ids=False), b"k", lambda: T0)
    plain.observe(call(user="alice@example.com"), 0.1)
    top = plain.top("cost", "1d")
    assert top["users"][0]["user"] == "alice@example.com" and top["user_ids"] == "as sent"


def test_calls_without_user_or_session_cost_nothing_and_sessions_alone_count():
    usage = UsageAnalytics(UsageConfig(), b"key", lambda: T0)
    usage.observe(call(), 1.0)
    assert usage.tenants == {}
    usage.observe(call(session="only-a-session"), 1.0)
    g = gauges(usage)
    assert g[("llm_active_sessions", (("tenant", "acme"), ("window", "1h")))] == 1
    assert usage.top("cost", "1d")["users"] == []


def test_top_filters_by_tenant_and_reads_tokens():
    usage = UsageAnalytics(UsageConfig(), b"key", lambda: T0)
    usage.observe(call(user="x", tenant="a", tokens=500), 0.0)
    usage.observe(call(user="y", tenant="b", tokens=900), 0.0)
    top = usage.top("tokens", "1d", tenant="a")
    assert [(u["tenant"], u["tokens"]) for u in top["users"]] == [("a", 500)]
    assert usage.top("cost", "1d")["users"] == []  # no cost: not a spender


HEX_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"


def test_the_client_the_sidecar_and_hash_user_agree_on_a_hex_key_file(tmp_path, monkeypatch):
    """The key file is documented as hex: every side decodes it (it was used as its text
    bytes, so the hashes did not match an HMAC with the documented key)."""
    import hashlib
    import hmac
    import subprocess
    import sys

    from llm_exporter.client.wrappers import ENV_USER_ID_KEY, _capture
    from llm_exporter.config import Config, TracesConfig
    from llm_exporter.redact import Redactor
    from llm_exporter.sidecar.server import Sidecar, read_user_id_key

    key_file = tmp_path / "user-id.key"
    key_file.write_text(HEX_KEY[:40] + "\n" + HEX_KEY[40:] + "\n")  # as `xxd -p` wraps it
    expected = hmac.new(bytes.fromhex(HEX_KEY), b"alice", hashlib.sha256).hexdigest()[:32]
    sidecar = Sidecar(Config(usage=UsageConfig(user_id_key_file=str(key_file))))
    proxy = read_user_id_key(str(key_file))  # traces.user_id_key_file, for the proxy's spans
    monkeypatch.setenv(ENV_USER_ID_KEY, key_file.read_text())  # the client's copy of the key
    config = tmp_path / "config.yaml"
    config.write_text(f"usage: {{user_id_key_file: {key_file}}}\n")
    cli = subprocess.run([sys.executable, "-m", "llm_exporter", "hash-user",
                          f"--config.file={config}", "alice"],
                         capture_output=True, text=True, timeout=60)
    assert cli.returncode == 0, cli.stderr
    assert {sidecar.usage.user_key("alice"),
            Redactor(user_id_key=proxy).user_id("alice"),
            _capture(True, None).user_id("alice"),
            cli.stdout.split()[0]} == {expected}
    assert not sidecar.usage.random_key
    assert TracesConfig().user_id_key_file == ""  # no file: no key, user ids dropped


@pytest.mark.parametrize("content, says", [
    (b"s3cret\n", "not hex"),
    (b"abc\n", "not hex"),  # an odd number of digits
    (b"00112233445566778899aabbccddee\n", "the key is 120 bits; at least 128"),
    (b"\n", "the key is 0 bits"),
    ("clé secrète".encode() + b"\n", "not ASCII"),
])
def test_a_key_file_that_is_not_hex_or_too_short_is_a_clear_error(tmp_path, monkeypatch,
                                                                   caplog, content, says):
    import subprocess
    import sys

    from llm_exporter.client.wrappers import ENV_USER_ID_KEY, _capture
    from llm_exporter.config import Config
    from llm_exporter.sidecar.core.errors import StartupError
    from llm_exporter.sidecar.server import Sidecar

    key_file = tmp_path / "user-id.key"
    key_file.write_bytes(content)
    with pytest.raises(StartupError) as error:
        Sidecar(Config(usage=UsageConfig(user_id_key_file=str(key_file))))
    assert str(error.value).startswith(f"usage.user_id_key_file: {key_file}: ")
    assert says in str(error.value)
    secret = content.strip().decode()
    assert not secret or secret not in str(error.value)  # the key is never shown
    config = tmp_path / "config.yaml"
    config.write_text(f"usage: {{user_id_key_file: {key_file}}}\n")
    cli = subprocess.run([sys.executable, "-m", "llm_exporter", "hash-user",
                          f"--config.file={config}", "alice"],
                         capture_output=True, text=True, timeout=60)
    assert cli.returncode == 2 and says in cli.stderr and not cli.stdout
    # the client never raises into the app: it warns and leaves user ids out
    monkeypatch.setenv(ENV_USER_ID_KEY, content.decode())
    assert _capture(True, None).user_id("alice") == ""
    if content.strip():  # (an empty variable is no key, as an unset one)
        assert f"{ENV_USER_ID_KEY}: " in caplog.text and "user ids are left out" in caplog.text


def registers(usage: UsageAnalytics) -> dict:
    return {labels: v for (name, labels), v in gauges(usage).items()
            if name == "llm_active_users_hll_register"}


def test_fleet_registers_hash_alike_on_every_sidecar_that_shares_the_key():
    # two sidecars with the key file the fleet shares: the same user sets the same register
    keyed = [UsageAnalytics(UsageConfig(), b"same key", lambda: T0) for _ in range(2)]
    for usage in keyed:
        usage.observe(call(user="alice@example.com"), 0.1)
    assert registers(keyed[0]) == registers(keyed[1]) and len(registers(keyed[0])) == 2
    other = UsageAnalytics(UsageConfig(), b"another key", lambda: T0)
    other.observe(call(user="alice@example.com"), 0.1)
    assert len(registers(other)) == 2 and registers(other) != registers(keyed[0])
    # a key of the process's own would count every user once per sidecar: no registers
    own = UsageAnalytics(UsageConfig(), b"", lambda: T0)
    own.observe(call(user="alice@example.com", session="s"), 0.1)
    assert own.fleet_registers == 0 and not registers(own)
    assert not any("hll" in name for name, _ in gauges(own))
    # ids kept as sent: an unkeyed hash, alike everywhere
    plain = [UsageAnalytics(UsageConfig(hash_user_ids=False), key, lambda: T0)
             for key in (b"", b"k")]
    for usage in plain:
        usage.observe(call(user="alice@example.com"), 0.1)
    assert registers(plain[0]) == registers(plain[1]) and len(registers(plain[0])) == 2
    off = UsageAnalytics(UsageConfig(fleet_registers=0), b"key", lambda: T0)
    off.observe(call(user="alice@example.com"), 0.1)
    assert not registers(off)


def test_fleet_registers_count_a_user_once_and_a_session_apart():
    usage = UsageAnalytics(UsageConfig(fleet_registers=16), b"key", lambda: T0)
    for _ in range(3):
        usage.observe(call(user="alice", session="s1"), 0.1)
    g = gauges(usage)
    users = {k: v for (name, k), v in g.items() if name == "llm_active_users_hll_register"}
    sessions = {k: v for (name, k), v in g.items()
                if name == "llm_active_sessions_hll_register"}
    assert len(users) == 2 and len(sessions) == 2  # one register set, in each window
    assert all(1 <= v <= 61 for v in [*users.values(), *sessions.values()])
    assert {dict(k)["register"] for k in users} <= {str(i) for i in range(16)}


def test_fleet_registers_fold_tenants_past_their_cap_and_forget_with_the_window():
    now = [T0]
    usage = UsageAnalytics(UsageConfig(fleet_max_tenants=2), b"key", lambda: now[0])
    for tenant in ("a", "b", "c", "d"):
        usage.observe(call(user=f"user-of-{tenant}", tenant=tenant), 0.01)
    tenants = {dict(k)["tenant"] for k in registers(usage)}
    assert tenants == {"a", "b", OTHER}
    assert {dict(k)["tenant"] for (name, k) in gauges(usage)
            if name == "llm_active_users"} == {"a", "b", "c", "d"}  # the gauges' own cap
    now[0] += 2 * 3600  # the hour window has forgotten them, the day window has not
    assert {dict(k)["window"] for k in registers(usage)} == {"1d"}
    now[0] += 24 * 3600
    assert not registers(usage) and not usage.fleet


def test_fleet_top_spenders_summed_over_sidecars_are_within_the_summed_bound():
    # three sidecars sharing the key; 5,000 users with Zipf-like spend, each calling through
    # one to three of them; each sidecar lists its 10 biggest spenders per tenant
    rng = random.Random(7)
    fleet = [UsageAnalytics(UsageConfig(), b"fleet key", lambda: T0) for _ in range(3)]
    truth: dict[str, float] = {}
    for i in range(5000):
        user, usd = f"user-{i}", 100.0 / (i + 1) ** 1.1
        for k in rng.sample(range(3), rng.randint(1, 3)):
            share = usd * rng.random()
            fleet[k].observe(call(user=user, tenant="acme"), share)
            truth[fleet[k].user_key(user)] = truth.get(fleet[k].user_key(user), 0.0) + share
    summed: dict[str, float] = {}
    bound = 0.0
    for usage in fleet:
        g = gauges(usage)
        listed = {dict(k)["user"]: v for (name, k), v in g.items()
                  if name == "llm_top_spender_cost_usd" and dict(k)["window"] == "1d"}
        assert len(listed) == 10
        for user, usd in listed.items():
            summed[user] = summed.get(user, 0.0) + usd
        bound += g[("llm_top_spenders_bound_usd", (("tenant", "acme"), ("window", "1d")))]
    assert 0 < bound < 0.2 * max(truth.values())  # 10.7 of 72.3 USD: the 10th-largest, thrice
    for user, usd in summed.items():
        assert abs(usd - truth[user]) <= bound + 1e-6, (user, usd, truth[user])
    assert {u for u, usd in truth.items() if usd > bound} <= set(summed)
    true_top = sorted(truth, key=truth.get, reverse=True)[:3]
    assert sorted(summed, key=summed.get, reverse=True)[:3] == true_top


def test_fleet_top_spenders_need_the_shared_key_and_stop_at_their_count():
    own = UsageAnalytics(UsageConfig(), b"", lambda: T0)
    off = UsageAnalytics(UsageConfig(fleet_top_users=0), b"key", lambda: T0)
    few = UsageAnalytics(UsageConfig(fleet_top_users=2), b"key", lambda: T0)
    for usage in (own, off, few):
        for i in range(5):
            usage.observe(call(user=f"u{i}", tenant=("a", "b")[i % 2]), 1.0 + i)
    # ids kept as sent never become labels
    plain = UsageAnalytics(UsageConfig(hash_user_ids=False), b"key", lambda: T0)
    plain.observe(call(user="alice@example.com"), 1.0)
    assert registers(plain)  # the registers hold no id: they stay
    for usage in (own, off, plain):
        assert not any(name.startswith("llm_top_spender") for name, _ in gauges(usage))
    g = gauges(few)
    listed = sorted((dict(k)["tenant"], v) for (name, k), v in g.items()
                    if name == "llm_top_spender_cost_usd" and dict(k)["window"] == "1h")
    assert listed == [("a", 3.0), ("a", 5.0), ("b", 2.0), ("b", 4.0)]
    # the list is full: a user left out spent at most the last one listed (plus the error)
    bounds = {dict(k)["tenant"]: v for (name, k), v in g.items()
              if name == "llm_top_spenders_bound_usd" and dict(k)["window"] == "1h"}
    assert bounds["a"] == pytest.approx(3.0, abs=0.1) and bounds["b"] == pytest.approx(2.0, abs=0.1)
