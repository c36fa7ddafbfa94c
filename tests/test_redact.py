"""Redaction (``llm_exporter/redact.py``) on a corpus written as an attacker would."""

import pytest

from llm_exporter.redact import Redactor

from data.pii_corpus import BENIGN, CORPUS


def survivors(redactor: Redactor) -> list[tuple[str, str]]:
    """(case, value) for every corpus value still in the redacted text."""
    out = []
    for text, values in CORPUS:
        redacted = redactor.text(text)
        out += [(text, v) for v in values if v in redacted]
    return out


def test_every_corpus_value_is_removed_and_recall_is_reported():
    values = sum(len(v) for _, v in CORPUS)
    missed = survivors(Redactor())
    recall = 1 - len(missed) / values
    print(f"redaction recall on {values} corpus values: {recall:.1%}")
    assert missed == []


@pytest.mark.parametrize("text", BENIGN)
def test_ordinary_text_comes_through(text):
    assert Redactor().text(text) == text


def test_a_card_number_must_pass_luhn_and_an_iban_mod_97():
    r = Redactor()
    assert "[REDACTED:card]" not in r.text("order 4111 1111 1111 1112")  # fails Luhn
    assert "[REDACTED:iban]" not in r.text("DE00 3704 0044 0532 0130 00")  # fails mod 97
    assert r.text("at 12:30:45 today") == "at 12:30:45 today"  # a time, not an IPv6


def test_operator_patterns_user_ids_and_the_size_cap():
    r = Redactor(extra_patterns=[r"ACME-\d{6}"], user_id_key="s3cret")
    assert r.text("ticket ACME-123456") == "ticket [REDACTED:custom]"
    assert r.user_id("alice") == r.user_id("alice") != r.user_id("bob")
    assert "alice" not in r.user_id("alice") and len(r.user_id("alice")) == 32
    assert Redactor().user_id("alice") == ""  # no key: dropped, never sent as is
    assert Redactor(max_chars=20).text("x" * 50) == "x" * 20 + "…[truncated 30 chars]"
