"""Personal data and secrets removed from prompt and answer text before it leaves a process.
Standard library only: the client library and the sidecar (its proxy) both use it.

``Redactor.text`` replaces, in this order: secrets (``Authorization`` values, bearer tokens,
JWTs, ``sk-…``/``sk-ant-…`` API keys, AWS access key ids ``AKIA…``), e-mail addresses,
IBANs (mod-97 checked), payment card numbers (13–19 digits, Luhn checked), national id
numbers (US SSN, UK NINO, French NIR), phone numbers, IPv4 and IPv6 addresses, then the
operator's own patterns. Each becomes ``[REDACTED:<kind>]``. The text is read after Unicode
NFKC normalisation (full-width digits and letters count as digits and letters) and JSON
escapes ``\\uXXXX`` are decoded first, so a value written inside a JSON string or in
look-alike characters is still found; digit groups may be split by spaces, dots, dashes or
line breaks. User ids are replaced by an HMAC-SHA256 of a configured secret (``user_id``),
and a message longer than ``max_chars`` is cut with a visible marker.

What it cannot promise: names, addresses and free-text identifiers have no pattern; a value
spelled out in words or split by other characters is not found. Capture stays off unless
the operator turns it on.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable

MAX_CHARS = 4096  # per message, after redaction

_SEP = r"[ \t\r\n.\-]?"  # what may split a group of digits
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("authorization", re.compile(r"(?i)\b(?:authorization|proxy-authorization)\s*[:=]\s*"
                                 r"\"?(?:[A-Za-z]+\s+)?[A-Za-z0-9._~+/=\-]{8,}")),
    ("bearer_token", re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=\-]{8,}")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{5,}")),
    ("api_key", re.compile(r"\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_\-]{16,}|"
                           r"(?:AKIA|ASIA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{30,}|"
                           r"xox[abprs]-[A-Za-z0-9\-]{10,}|AIza[A-Za-z0-9_\-]{35})")),
    ("email", re.compile(r"[\w.+%\-]+\s*(?:@|\(at\)|\[at\])\s*[\w\-]+(?:\s*\.\s*[\w\-]+)+",
                         re.UNICODE)),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?:[ \t\r\n]?[A-Z0-9]{4}){2,7}(?:[ \t\r\n]?"
                        r"[A-Z0-9]{1,3})?\b")),
    ("card", re.compile(r"(?<!\d)\d(?:" + _SEP + r"\d){12,18}(?!\d)")),
    ("national_id", re.compile(r"(?<!\d)\d{3}" + _SEP + r"\d{2}" + _SEP + r"\d{4}(?!\d)|"
                               r"\b[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b|"
                               r"(?<!\d)[12][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{3}[ ]?\d{3}"
                               r"[ ]?\d{2}(?!\d)")),
    ("phone", re.compile(r"(?<![\w])(?:\+|00)?\d{1,3}?[ \t.\-]?\(?\d{2,4}\)?(?:[ \t.\-]?\d{2,4})"
                         r"{2,4}(?!\w)")),
    ("ip", re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}"
                      r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])|"
                      # IPv6: full, or with "::" (so that a time such as 12:30:45 is not one)
                      r"(?<![:\w])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![:\w])|"
                      r"(?<![:\w])(?:[0-9A-Fa-f]{1,4}:){1,6}(?::[0-9A-Fa-f]{1,4}){1,6}"
                      r"(?![:\w])|(?<![:\w])(?:[0-9A-Fa-f]{1,4}:){1,7}:(?![:\w])|"
                      r"(?<![:\w])::[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5}(?![:\w])")),
)
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_DIGIT = re.compile(r"\d")


def _luhn(digits: str) -> bool:
    total, odd = 0, False
    for d in reversed(digits):
        n = int(d)
        if odd:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
        odd = not odd
    return total % 10 == 0


def _iban(text: str) -> bool:
    s = re.sub(r"\s", "", text)
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


_CHECKS = {"card": lambda m: _luhn("".join(_DIGIT.findall(m))), "iban": _iban}


class Redactor:
    """Redacts text with the built-in patterns and ``extra_patterns`` (regular expressions);
    hashes user ids with ``user_id_key``."""

    def __init__(self, extra_patterns: Iterable[str] = (), user_id_key: bytes | str = b"",
                 max_chars: int = MAX_CHARS):
        self.patterns = list(_PATTERNS) + [("custom", re.compile(p)) for p in extra_patterns]
        self.key = user_id_key.encode() if isinstance(user_id_key, str) else user_id_key
        self.max_chars = max_chars

    def text(self, value: str) -> str:
        """``value`` with everything the patterns find replaced, cut to ``max_chars``."""
        if not value:
            return value
        text = _JSON_ESCAPE.sub(lambda m: chr(int(m[1], 16)), value)
        text = unicodedata.normalize("NFKC", text)
        for kind, pattern in self.patterns:
            check = _CHECKS.get(kind)
            text = pattern.sub(lambda m, k=kind, c=check: m[0] if c and not c(m[0])
                               else f"[REDACTED:{k}]", text)
        if len(text) > self.max_chars:
            cut = len(text) - self.max_chars
            text = f"{text[:self.max_chars]}…[truncated {cut} chars]"
        return text

    def user_id(self, value: str) -> str:
        """A stable pseudonym for a user id: HMAC-SHA256 with the key, 16 bytes in hex.
        Without a key there is no pseudonym that cannot be reversed by guessing: the id is
        dropped (returns "")."""
        if not self.key or not value:
            return ""
        return hmac.new(self.key, value.encode(), hashlib.sha256).hexdigest()[:32]
