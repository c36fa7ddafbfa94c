"""Personal data and secrets removed from prompt and answer text before it leaves a process.
Standard library only: the client library and the sidecar (its proxy) both use it.

``Redactor.text`` replaces, in this order: secrets (``Authorization`` values, bearer tokens,
JWTs, ``sk-…``/``sk-ant-…`` API keys, AWS access key ids ``AKIA…``), e-mail addresses,
IBANs (mod-97 checked), payment card numbers (13–19 digits starting as a card network's do,
Luhn checked; whole, in fours, 4-6-5, or split anywhere by line breaks), national id numbers
(US SSN, UK NINO, French NIR with its key), phone numbers (the country code with them: +CC
or 00CC and groups of digits; national numbers after a trunk 0 or in the North American
shape; any 7 to 15 digits after a word such as "phone"), IPv4 and IPv6 addresses, then the
operator's own patterns. Each becomes ``[REDACTED:<kind>]``. The text is read after Unicode
NFKC normalisation (full-width digits and letters count as digits and letters) with JSON
escapes ``\\uXXXX`` decoded, so a value written inside a JSON string or in look-alike
characters is still found; all else comes back as it was written. Ordinary text is left
alone: dates, times, amounts, order and invoice numbers, versions, ISBNs
(``tests/data/ordinary_corpus.py``). Patterns, not a library: the client may import only the
standard library (Google's libphonenumber, ``phonenumbers``, finds phone numbers in text
but is a dependency, and knows nothing of the other kinds).

User ids are replaced by an HMAC-SHA256 of a configured secret (``user_id``),
and a message longer than ``max_chars`` is cut with a visible marker. That secret is written
in hex wherever it is configured (``parse_user_id_key``: the key files and
``LLM_EXPORTER_USER_ID_KEY``), so the client, the sidecar and ``llm-exporter hash-user``
hash with the same bytes.

What it cannot promise: names, addresses and free-text identifiers have no pattern; a value
spelled out in words or split by other characters is not found; a national phone number with
neither trunk 0 nor country code (612 345 678) is found only after a word such as "phone",
and a number right after a phone number, one space between, is taken as part of it. Capture
stays off unless the operator turns it on.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import hmac
import re
import unicodedata
from collections.abc import Callable, Iterable

MAX_CHARS = 4096  # per message, after redaction
MIN_KEY_BYTES = 16  # a user-id key of at least 128 bits

_SEP = r"[ \t\r\n.\-]?"  # what may split a group of digits
_S = r"(?:[ \t.\-]|\r?\n)"  # one separator between the digit groups of a phone number
_TOKEN_CHAR = r"[A-Za-z0-9._~+/=\-]"
# a credential: 8 or more token characters that are not a plain word ("approved", "Pending")
_TOKEN = rf"(?!(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)(?!{_TOKEN_CHAR})){_TOKEN_CHAR}{{8,}}"
# a date written with dashes or dots (15-03-2024, 01.04.24), not continued by another group
_DATE = r"\d{1,2}[.\-]\d{1,2}[.\-](?:\d{4}|\d{2})(?![.\-]?\d)"
_AREA = r"\([2-9]\d\d\)"  # (415)
_GROUP_SEP = rf"(?:{_S}|{_S}?\(\d{{1,5}}\){_S}?)"  # before a group: "-", " ", " (0)", "(415) "
# a group of digits that is not the start of a date (+44 20 7946 0958 2024-03-15 15.03.2024)
_NOT_A_DATE = (r"(?!(?:19|20)\d\d[.\-/]\d{1,2}[.\-/]\d|"
               r"\d{1,2}[.\-/]\d{1,2}[.\-/](?:19|20)\d\d)")
_PHONE_NUMBER = (
    # not inside a word, an id (INV-2024-0117, #A-1029-33), a number (1,234), a version or a
    # date (and for a number after a trunk 0 or 00, see _phone)
    r"(?<![\w.,/#+\-])(?:"
    # international: +CC or 00CC, the country code included, then groups of digits (of two
    # or more, but for the first): +81 3-1234-5678, +44 (0)20 7946 0958, +14155550132
    r"(?P<intl>(?:\+|00)[ ]?[1-9]\d{0,14}"
    rf"(?:{_GROUP_SEP}{_NOT_A_DATE}\d{{1,12}})?(?:{_GROUP_SEP}{_NOT_A_DATE}\d{{2,12}}){{0,6}})"
    # North American: (415) 555-0132, 415.555.0132, 1-800-555-0199
    rf"|(?:1{_S}?)?(?:{_AREA}{_S}?|[2-9]\d\d{_S})[2-9]\d\d{_S}\d{{4}}"
    # national, after a trunk 0: 020 7946 0958, 06 12 34 56 78, (030) 12345678, 03-1234-5678
    rf"|(?!{_DATE})(?P<trunk>(?:\(0\d{{1,4}}\){_S}?|0\d{{1,4}}{_S})"
    rf"(?:\d{{2,4}}(?:{_S}{_NOT_A_DATE}\d{{2,4}}){{1,4}}|\d{{5,8}}))"
    r")(?![\w+]|[.\-:/]\w)"  # nor continued as one (a time: 0958 12:30)
)
_PHONE_WORDS = r"tel|t[eé]l[eé]phone|telefon|tel[eé]fono|phone|mobile|cell|fax|whatsapp|sms"
_PHONE_HINT = ("tel", "tél", "phone", "mobile", "cell", "fax", "whatsapp", "sms", "call")
# after a word that says what follows (tel, phone, call me at …): any 7 to 15 digits
_PHONE_AFTER_WORD = (
    rf"(?i:\b(?:{_PHONE_WORDS}|call(?:[ \t]+me)?(?:[ \t]+(?:at|on))?)\b)[.:#]*"
    r"(?:[ \t]*(?i:no|nr|number)\b[.:#]*)?[ \t]*"
    r"(?P<v>\+?\(?\d[\d \t.\-()]{5,22}\d)(?![\w+]|[.\-:/]\w)"
)


class _Facts:
    """What the hints ask of a text, each looked up once: its characters lower-cased, whether
    it has a digit."""

    def __init__(self, text: str):
        self.text = text
        self._lower: str | None = None
        self._digit: bool | None = None

    def has(self, *needles: str) -> bool:
        return any(n in self.text for n in needles)

    def has_word(self, *needles: str) -> bool:
        if self._lower is None:
            self._lower = self.text.lower()
        return any(n in self._lower for n in needles)

    @property
    def digit(self) -> bool:
        if self._digit is None:
            self._digit = self.has(*"0123456789") or (
                not self.text.isascii() and _DIGIT.search(self.text) is not None)
        return self._digit


# a pattern: what a text it can find something in holds (a card number needs a digit)
_HINTS: dict[re.Pattern[str], Callable[[_Facts], bool]] = {}


def _pattern(kind: str, regex: str, hint: Callable[[_Facts], bool]
             ) -> tuple[str, re.Pattern[str]]:
    """A built-in pattern, searched for only in a text that passes ``hint``."""
    pattern = re.compile(regex)
    _HINTS[pattern] = hint
    return kind, pattern


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    _pattern("authorization", r"\b(?i:authorization|proxy-authorization)\s*[:=]\s*"
                              r"\"?(?:[A-Za-z]+\s+)?" + _TOKEN,
             lambda t: t.has_word("authorization")),
    _pattern("bearer_token", r"\b(?i:bearer)\s+" + _TOKEN, lambda t: t.has_word("bearer")),
    _pattern("jwt", r"\beyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{5,}",
             lambda t: t.has("eyJ")),
    _pattern("api_key", r"\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_\-]{16,}|"
                        r"(?:AKIA|ASIA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{30,}|"
                        r"xox[abprs]-[A-Za-z0-9\-]{10,}|AIza[A-Za-z0-9_\-]{35})",
             lambda t: t.has("sk-", "AKIA", "ASIA", "gh", "xox", "AIza")),
    # white space around "@" only on both sides ("10 units @ 4.99", "use @pytest.mark" are not
    # addresses), and the last label of the domain starts with a letter, as a TLD does; the
    # name is read from its start only (from every character of a long word is quadratic)
    _pattern("email", r"(?<![\w.+%\-])[\w.+%\-]+(?:@\s*|\s+@\s+|\s*(?:\(at\)|\[at\])\s*)"
                      r"[\w\-]+(?:\s*\.\s*[\w\-]+)*\s*\.\s*[^\W\d_][\w\-]*",
             lambda t: t.has("@", "(at)", "[at]")),
    _pattern("iban", r"\b[A-Z]{2}\d{2}(?:[ \t\r\n]?[A-Z0-9]{4}){2,7}(?:[ \t\r\n]?"
                     r"[A-Z0-9]{1,3})?\b", lambda t: t.digit),
    # (up to 39 digits: a card may come after other digits, "exp 1229 4111 1111 1111 1111")
    _pattern("card", r"(?<!\d)\d(?:" + _SEP + r"\d){12,38}(?!\d)", lambda t: t.digit),
    # US SSN (the same separator twice, or none), UK NINO, French NIR (its key checked)
    _pattern("national_id", r"(?<!\d)\d{3}(?P<sep>[ \t\r\n.\-]?)\d{2}(?P=sep)\d{4}(?!\d)|"
                            r"\b[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b|"
                            r"(?<!\d)(?P<nir>[12][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{3}[ ]?"
                            r"\d{3}[ ]?\d{2})(?!\d)", lambda t: t.digit),
    _pattern("phone", _PHONE_NUMBER, lambda t: t.digit),
    _pattern("phone", _PHONE_AFTER_WORD,
             lambda t: t.digit and t.has_word(*_PHONE_HINT)),
    _pattern("ip", r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}"
                   r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])|"
                   # IPv6: full, or with "::" (so that a time such as 12:30:45 is not one)
                   r"(?<![:\w])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![:\w])|"
                   r"(?<![:\w])(?:[0-9A-Fa-f]{1,4}:){1,6}(?::[0-9A-Fa-f]{1,4}){1,6}"
                   r"(?![:\w])|(?<![:\w])(?:[0-9A-Fa-f]{1,4}:){1,7}:(?![:\w])|"
                   r"(?<![:\w])::[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5}(?![:\w])",
             lambda t: t.digit or t.has(":")),
)
# what is read differently from how it is written: a JSON escape, a character NFKC changes
# (with the combining marks after it, so that "e" + U+0301 is read as "é")
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a"
_PIECE = re.compile(rf"\\u[0-9a-fA-F]{{4}}|.[{_COMBINING}]+|[^\x00-\x7f]", re.DOTALL)
_COMBINING_MARK = re.compile(f"[{_COMBINING}]")
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_END = 1 << 62  # sorts after any offset
_DIGIT = re.compile(r"\d")
_MASK = "\x00"  # stands in for a value already found, so later patterns skip it
_DATE_ONLY = re.compile(_DATE + r"|(?:19|20)\d\d[.\-]\d{1,2}[.\-]\d{1,2}|"
                        r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _luhn(digits: str) -> bool:
    total, odd = 0, False
    for d in reversed(digits):
        n = int(d)
        if odd:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
        odd = not odd
    return total % 10 == 0


_Span = tuple[int, int]


def _iban(m: re.Match[str]) -> list[_Span]:
    s = re.sub(r"\s", "", m[0])
    s = s[4:] + s[:4]
    try:
        return [m.span()] if int("".join(str(int(c, 36)) for c in s)) % 97 == 1 else []
    except ValueError:
        return []


def _card_number(digits: str) -> bool:
    """Luhn, and the first digits of a card network (Visa 4, Mastercard 51–55 and 22–27,
    Amex and Diners 3, Discover and UnionPay 6); 13 digits are only ever a Visa."""
    return ((digits[0] in "3456" or "22" <= digits[:2] <= "27")
            and (len(digits) > 13 or digits[0] == "4") and _luhn(digits))


def _card_layout(sizes: list[int], seps: list[str]) -> bool:
    """How card numbers are written: whole, in fours (the last group shorter), 4-6-5 or
    4-6-4 (Amex, Diners), or split anywhere by line breaks."""
    return (len(sizes) == 1 or all(size == 4 for size in sizes[:-1])
            or sizes in ([4, 6, 5], [4, 6, 4]) or all(sep.strip(" \t\r") == "\n" for sep in seps))


_CARD_LENGTHS = (16, 15, 14, 13, 19, 18, 17)  # the commonest first
_DIGITS = re.compile(r"\d+")


def _card(m: re.Match[str]) -> list[_Span]:
    """The card numbers in the match: runs of digit groups that start with a group of four or
    more, are laid out as cards are and pass _card_number. The match may hold other digits
    too ("exp 1229 4111 1111 1111 1111 123"): the runs that would do are taken those with
    fewest groups of four next to them first, then the commonest lengths, none overlapping."""
    groups = list(_DIGITS.finditer(m[0]))
    sizes = [len(g[0]) for g in groups]
    options: list[tuple[int, int, int, int]] = []  # (neighbours, rank, first, last group)
    for i in range(len(groups)):
        if sizes[i] < 4:
            continue
        for j in range(i, len(groups)):
            n = sum(sizes[i:j + 1])
            if n > 19:
                break
            seps = [m[0][groups[k].end():groups[k + 1].start()] for k in range(i, j)]
            if n >= 13 and _card_layout(sizes[i:j + 1], seps) and \
                    _card_number("".join(g[0] for g in groups[i:j + 1])):
                neighbours = (i > 0 and sizes[i - 1] == 4) + (j + 1 < len(groups) and
                                                              sizes[j + 1] == 4)
                options.append((neighbours, _CARD_LENGTHS.index(n), i, j))
    taken: list[tuple[int, int]] = []
    for _, _, i, j in sorted(options):
        if all(j < first or i > last for first, last in taken):
            taken.append((i, j))
    return sorted((m.start() + groups[i].start(), m.start() + groups[j].end())
                  for i, j in taken)


def _national_id(m: re.Match[str]) -> list[_Span]:
    """A French NIR carries a key: 97 minus its first 13 digits modulo 97."""
    if m["nir"]:
        digits = "".join(_DIGIT.findall(m["nir"]))
        if 97 - int(digits[:13]) % 97 != int(digits[13:]):
            return []
    return [m.span()]


# a number written in groups (1 050 000, 1 85), standing by itself (not a time, a range, m³)
_NUMBER_BEFORE = re.compile(r"(?<![\w:\-.,/])\d{1,3}(?:[ .]\d{3})*[ \t.]\Z")


def _phone(m: re.Match[str]) -> list[_Span]:
    """The phone number, or none: after a word such as "phone" (the word left as it is), 7 to
    15 digits (E.164) and not a date; after +CC or 00CC, 7 or more (00CC written in groups,
    so that 0012345678 stays a number); after a trunk 0, 9 or more. A number after a trunk 0
    or 00 does not continue a number written in groups (12 000 050 000 000, 1 85 05 78)."""
    if "v" in m.re.groupindex:
        digits = len(_DIGIT.findall(m["v"]))
        ok = 7 <= digits <= 15 and not _DATE_ONLY.fullmatch(m["v"])
        return [m.span("v")] if ok else []
    if m[0][0] == "0" and _NUMBER_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return []
    if m["intl"]:
        if len(_DIGIT.findall(m[0])) < (9 if m[0][0] == "0" else 7) or m[0].isdigit():
            return []
    elif m["trunk"] and len(_DIGIT.findall(m["trunk"])) < 9:
        return []
    return [m.span()]


# what is found where a pattern matches: (start, end) of each value, none for nothing
_CHECKS: dict[str, Callable[[re.Match[str]], list[_Span]]] = {
    "card": _card, "iban": _iban, "national_id": _national_id, "phone": _phone}


@functools.lru_cache(maxsize=4096)
def _nfkc(c: str) -> str:
    return unicodedata.normalize("NFKC", c)


def _one_for_one(text: str) -> str | None:
    """``text`` read character by character (NFKC), when each character is read as one (as
    full-width forms are) and none is a combining mark; else None."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    if _COMBINING_MARK.search(text) is not None:
        return None
    table = {}
    for c in set(text):
        read = _nfkc(c)
        if len(read) != 1:
            return None
        if read != c:
            table[ord(c)] = read
    return text.translate(table)


# how ``read`` lines up with ``value``: runs of it, each (where it starts in ``read``, where
# it starts and ends in ``value``, whether it is the same text there, character for character)
_Runs = list[tuple[int, int, int, bool]]


def _read(value: str) -> tuple[str, _Runs | None]:
    """``value`` as the patterns read it (JSON escapes decoded, NFKC), and how the two line
    up; None when the offsets are those of ``value``, as in plain ASCII and most text."""
    if "\\u" not in value:
        read = _one_for_one(value)
        if read is not None:
            return read, None
    else:  # JSON escapes: decoded, then read one for one if they can be
        pieces = _JSON_ESCAPE.split(value)  # text, an escape's hex digits, text, …
        decoded = "".join(chr(int(p, 16)) if i % 2 else p for i, p in enumerate(pieces))
        read = _one_for_one(decoded)
        if read is not None:
            runs: _Runs = []
            at = pos = 0
            for i, piece in enumerate(pieces):
                size = 6 if i % 2 else len(piece)
                if size:
                    runs.append((at, pos, pos + size, not i % 2))
                    at += 1 if i % 2 else size
                    pos += size
            return read, runs
    parts: list[str] = []
    runs = []
    at = pos = 0
    for m in _PIECE.finditer(value):
        a, b = m.span()
        if a > pos:
            parts.append(value[pos:a])
            runs.append((at, pos, a, True))
            at += a - pos
        piece = m[0]
        read = unicodedata.normalize("NFKC", chr(int(piece[2:], 16))
                                     if piece.startswith("\\u") else piece)
        parts.append(read)
        runs.append((at, a, b, False))
        at += len(read)
        pos = b
    if pos < len(value):
        parts.append(value[pos:])
        runs.append((at, pos, len(value), True))
    return "".join(parts), runs


def _in_value(runs: _Runs, a: int, b: int) -> tuple[int, int]:
    """Where ``read[a:b]`` was read from in ``value``: whole runs where it does not start or
    end character for character."""
    i = bisect.bisect_right(runs, (a, _END)) - 1
    at, start, _, same = runs[i]
    j = bisect.bisect_right(runs, (b - 1, _END)) - 1
    at_j, start_j, end_j, same_j = runs[j]
    return (start + a - at if same else start), (start_j + b - at_j if same_j else end_j)


def _mask(text: str, spans: list[tuple[int, int]]) -> Iterable[str]:
    pos = 0
    for a, b in sorted(spans):
        yield text[pos:a]
        yield _MASK * (b - a)
        pos = b
    yield text[pos:]


def _merged(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans in order, those that overlap joined (the first one's kind)."""
    out: list[tuple[int, int, str]] = []
    for a, b, kind in sorted(found):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]), out[-1][2])
        else:
            out.append((a, b, kind))
    return out


def _cut(value: str, spans: list[tuple[int, int, str]], limit: int) -> str:
    """``value`` with each span replaced by its marker, cut to ``limit`` characters (never
    inside a marker) with the number of characters of ``value`` left out."""
    pieces: list[tuple[int, str, bool]] = []  # (where it starts in value, text, a marker)
    pos = 0
    for a, b, kind in spans:
        if a > pos:
            pieces.append((pos, value[pos:a], False))
        pieces.append((a, f"[REDACTED:{kind}]", True))
        pos = b
    if pos < len(value):
        pieces.append((pos, value[pos:], False))
    out: list[str] = []
    size = 0
    for start, text, marker in pieces:
        if size + len(text) > limit:
            kept = 0 if marker else limit - size
            out.append(text[:kept])
            return f"{''.join(out)}…[truncated {len(value) - start - kept} chars]"
        out.append(text)
        size += len(text)
    return "".join(out)


def parse_user_id_key(text: str | bytes) -> bytes:
    """The HMAC key user ids are hashed with, from its written form: hex digits (white space
    anywhere is ignored, as a trailing newline or ``xxd -p``'s line breaks), at least 128
    bits. Raises ValueError saying what is wrong, never showing the key."""
    if isinstance(text, bytes):
        try:
            text = text.decode("ascii")
        except UnicodeDecodeError:
            raise ValueError("not hex: bytes that are not ASCII (write the key with e.g. "
                             "`openssl rand -hex 32`)") from None
    digits = "".join(text.split())
    try:
        key = bytes.fromhex(digits)
    except ValueError:
        raise ValueError(f"not hex: {len(digits)} characters that are not an even number "
                         "of hex digits (write the key with e.g. `openssl rand -hex 32`)") \
            from None
    if len(key) < MIN_KEY_BYTES:
        raise ValueError(f"the key is {len(key) * 8} bits; at least {MIN_KEY_BYTES * 8} are "
                         f"needed ({MIN_KEY_BYTES * 2} hex digits, e.g. from "
                         "`openssl rand -hex 32`)")
    return key


class Redactor:
    """Redacts text with the built-in patterns and ``extra_patterns`` (regular expressions);
    hashes user ids with ``user_id_key``: the key's bytes, or as a str its hex form (see
    ``parse_user_id_key``; "" or b"": no key, user ids are dropped)."""

    def __init__(self, extra_patterns: Iterable[str] = (), user_id_key: bytes | str = b"",
                 max_chars: int = MAX_CHARS):
        self.patterns = list(_PATTERNS) + [("custom", re.compile(p)) for p in extra_patterns]
        self.key = parse_user_id_key(user_id_key) if isinstance(user_id_key, str) and \
            user_id_key else user_id_key or b""
        self.max_chars = max_chars

    def text(self, value: str, max_chars: int | None = None) -> str:
        """``value`` with everything the patterns find replaced, and cut once to
        ``max_chars`` (default: the redactor's) with ``…[truncated N chars]``, N the
        characters of ``value`` left out. Text no pattern finds comes back as it was written:
        escapes and look-alike characters are decoded only to be read."""
        if not value:
            return value
        limit = self.max_chars if max_chars is None else max_chars
        read, runs = _read(value)
        found: list[tuple[int, int, str]] = []  # (start, end, kind) in ``read``
        facts = _Facts(read)
        for kind, pattern in self.patterns:
            hint = _HINTS.get(pattern)
            if hint is not None and not hint(facts):
                continue
            check = _CHECKS.get(kind) if hint is not None else None  # built-in patterns
            spans = []
            pos = 0
            while (m := pattern.search(read, pos)) is not None:
                values = [m.span()] if check is None else check(m)
                if not values:  # not this one; a value may still start inside it
                    pos = m.start() + 1
                    continue
                spans += [(a, b) for a, b in values if b > a]
                pos = max(values[-1][1], pos + 1)
            if spans:
                found += [(a, b, kind) for a, b in spans]
                read = "".join(_mask(read, spans))
        if not found:
            if len(value) <= limit:
                return value
            return f"{value[:limit]}…[truncated {len(value) - limit} chars]"
        if runs is not None:
            found = [(*_in_value(runs, a, b), kind) for a, b, kind in found]
        return _cut(value, _merged(found), limit)

    def user_id(self, value: str) -> str:
        """A stable pseudonym for a user id: HMAC-SHA256 with the key, 16 bytes in hex.
        Without a key there is no pseudonym that cannot be reversed by guessing: the id is
        dropped (returns "")."""
        if not self.key or not value:
            return ""
        return hmac.new(self.key, value.encode(), hashlib.sha256).hexdigest()[:32]
