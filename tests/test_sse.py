"""Server-sent events cut out of a stream: at any byte, with LF or CRLF, bounded in size.
The proxy relaying real streams cut at every byte is in integration/test_proxy.py."""

import json
import logging

import pytest

from llm_exporter.sidecar.sources import sse


def _events(newline: bytes) -> list[bytes]:
    blank = newline * 2
    return [
        b"event: message_start" + newline + b'data: {"type": "message_start"}' + blank,
        b'data: {"choices": [{"delta": {"content": "Hi"}}]}' + blank,
        b": a comment line, kept as it came" + blank,
        b'data: {"a":' + newline + b"data: 1}" + blank,  # one event, data over two lines
        b"data: [DONE]" + blank,
    ]


def _split(stream: bytes, cuts: list[int]) -> list[bytes]:
    bounds = [0, *cuts, len(stream)]
    return [stream[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"], ids=["LF", "CRLF"])
def test_every_event_comes_out_whole_wherever_the_stream_is_cut(newline):
    events = _events(newline)
    stream = b"".join(events)
    ways = [_split(stream, [cut]) for cut in range(1, len(stream))]  # two reads, any byte
    ways.append([stream[i:i + 1] for i in range(len(stream))])  # a byte per read
    ways.append([stream])  # all in one read
    for chunks in ways:
        splitter = sse.EventSplitter()
        out = []
        for chunk in chunks:
            whole, unread = splitter.feed(chunk)
            assert unread == b""
            out += whole
        assert out == events, [len(c) for c in chunks]
        assert splitter.rest() == b"" and splitter.parsing


def test_an_event_is_handed_back_as_soon_as_its_blank_line_arrives():
    splitter = sse.EventSplitter()
    assert splitter.feed(b'data: {"n": 1}\n') == ([], b"")
    assert splitter.feed(b"\ndata: 2") == ([b'data: {"n": 1}\n\n'], b"")
    assert splitter.rest() == b"data: 2"  # the stream ended mid-event


def test_past_the_size_limit_the_rest_of_the_stream_passes_through_unread(caplog):
    splitter = sse.EventSplitter(max_event_bytes=10)
    assert splitter.feed(b"data: 1\n\n" + b"x" * 10) == ([b"data: 1\n\n"], b"")  # at it
    assert splitter.parsing
    with caplog.at_level(logging.WARNING, logger="llm_exporter.sidecar.sources.sse"):
        assert splitter.feed(b"y") == ([], b"x" * 10 + b"y")  # over it: the bytes held too
    assert not splitter.parsing and splitter.rest() == b""
    assert splitter.feed(b"data: 2\n\n") == ([], b"data: 2\n\n")  # no longer split
    (warning,) = caplog.records
    assert warning.getMessage() == ("upstream stream: an event over 10 bytes; the rest of "
                                    "the stream is passed on unread")


def test_the_default_limit_holds_a_mebibyte():
    splitter = sse.EventSplitter()
    assert splitter.feed(b"x" * (1024 * 1024)) == ([], b"")
    assert splitter.feed(b"x")[1] == b"x" * (1024 * 1024 + 1)


@pytest.mark.parametrize("raw, parsed", [
    (b'event: message_delta\ndata: {"a": 1}\n\n', ("message_delta", {"a": 1})),
    (b'data:{"a": 1}\r\nevent:  ping \r\n\r\n', ("ping", {"a": 1})),  # no space; CRLF
    (b"event:ping\ndata: 2\n\n", ("ping", 2)),
    (b'data: {"a":\ndata: [1, 2]}\n\n', ("", {"a": [1, 2]})),  # data lines joined by \n
    (b"data: [DONE]\n\n", ("", None)),
    (b": keep-alive\n\n", ("", None)),  # no data
    (b"event: error\ndata: not json\n\n", ("error", None)),
    (b"data: " + b"[" * 100_000 + b"\n\n", ("", None)),  # too deep for the parser
    (b"event: \xff\ndata: 1\n\n", ("\ufffd", 1)),  # a name that is not UTF-8
])
def test_parse_gives_the_event_name_and_its_json_data(raw, parsed):
    assert sse.parse(raw) == parsed


def test_parse_reads_what_providers_send():
    openai = {"id": "c1", "choices": [{"index": 0, "delta": {"content": "Hello"}}]}
    raw = b"data: " + json.dumps(openai).encode() + b"\n\n"
    assert sse.parse(raw) == ("", openai)
    anthropic = {"type": "message_delta", "usage": {"output_tokens": 12}}
    raw = b"event: message_delta\r\ndata: " + json.dumps(anthropic).encode() + b"\r\n\r\n"
    assert sse.parse(raw) == ("message_delta", anthropic)
