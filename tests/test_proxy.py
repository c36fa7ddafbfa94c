"""The proxy's pure parts (the proxy itself, with the real SDKs, is in
integration/test_proxy.py)."""

import gzip
import zlib

from llm_exporter.sidecar.sources.proxy import MAX_ACCOUNTED_BYTES, _decoded

BODY = b'{"usage": {"prompt_tokens": 12}}'


def test_an_answer_compressed_against_identity_is_read_for_its_usage():
    assert _decoded(BODY, "") == BODY
    assert _decoded(BODY, "identity") == BODY
    assert _decoded(gzip.compress(BODY), "gzip") == BODY
    assert _decoded(gzip.compress(BODY), " GZIP ") == BODY
    assert _decoded(zlib.compress(BODY), "deflate") == BODY  # zlib-wrapped, as RFC 9110 says
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    assert _decoded(raw.compress(BODY) + raw.flush(), "deflate") == BODY  # and raw, as some send


def test_what_cannot_be_read_is_not_read():
    assert _decoded(b"\x1f\x8b not gzip", "gzip") == b""
    assert _decoded(BODY, "br") == b""  # passed on untouched; no usage from it
    bomb = gzip.compress(b" " * (MAX_ACCOUNTED_BYTES * 4))  # small on the wire, huge inflated
    assert len(bomb) < MAX_ACCOUNTED_BYTES // 100
    assert _decoded(bomb, "gzip") == b""
