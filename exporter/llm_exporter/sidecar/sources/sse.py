"""Server-sent events cut out of an upstream's answer as it arrives (the proxy's stream relay).

An upstream writes events as it pleases: several in one read, one split across reads at any
byte, lines ended by LF or CRLF. ``EventSplitter`` hands back each whole event, bytes
unchanged, as soon as its blank line has arrived, and holds at most ``max_event_bytes`` of an
unfinished one: past that, the rest of the stream is passed on unread, so memory per call stays
bounded whatever the upstream sends.
"""

from __future__ import annotations

import json
import logging
import re

log = logging.getLogger(__name__)

BOUNDARY = re.compile(rb"\r?\n\r?\n")  # the blank line that ends an event
MAX_EVENT_BYTES = 1024 * 1024


class EventSplitter:
    """Whole events out of a byte stream cut anywhere."""

    def __init__(self, max_event_bytes: int = MAX_EVENT_BYTES):
        self.max_event_bytes = max_event_bytes
        self.pending = bytearray()  # the event being received
        self.scanned = 0  # bytes of it already searched for a boundary
        self.parsing = True  # False once an event outgrew max_event_bytes

    def feed(self, chunk: bytes) -> tuple[list[bytes], bytes]:
        """The events ``chunk`` completes, each with its blank line, and the bytes to pass on
        unread (b"" while parsing)."""
        if not self.parsing:
            return [], chunk
        pending = self.pending
        pending += chunk
        events, begin = [], 0
        # a boundary may straddle two chunks: search again from 3 bytes back
        while (boundary := BOUNDARY.search(pending, max(begin, self.scanned - 3))) is not None:
            events.append(bytes(pending[begin:boundary.end()]))
            begin = boundary.end()
        del pending[:begin]
        self.scanned = len(pending)
        if self.scanned <= self.max_event_bytes:
            return events, b""
        log.warning("upstream stream: an event over %d bytes; the rest of the stream is "
                    "passed on unread", self.max_event_bytes)
        unread = bytes(pending)
        pending.clear()
        self.parsing = False
        return events, unread

    def rest(self) -> bytes:
        """What came after the last whole event (a stream that ended mid-event)."""
        return bytes(self.pending)


def parse(raw: bytes) -> tuple[str, object]:
    """(event name, parsed JSON data) of one event; data None when it is not JSON (OpenAI's
    closing ``[DONE]``, a comment or keep-alive with no data)."""
    name = ""
    data = []
    for line in raw.splitlines():
        if line.startswith(b"data:"):
            data.append(line[5:].lstrip())
        elif line.startswith(b"event:"):
            name = line[6:].strip().decode(errors="replace")
    try:
        return name, json.loads(b"\n".join(data))
    except (ValueError, RecursionError):
        return name, None
