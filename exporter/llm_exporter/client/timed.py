"""An event timed from ``with`` to its end and sent then: what ``track()``'s calls and the
workflows and steps share."""

from __future__ import annotations

import time
from typing import Any, TypeVar

from llm_exporter.client.emitter import Emitter, get_emitter
from llm_exporter.providers import classify_exception

T = TypeVar("T", bound="TimedEvent")  # typing.Self once Python 3.10 is gone


class TimedEvent:
    """Entered (sync or async), it starts the clock; on exit its event gets ``duration_s``
    and the ``error_type`` of an exception that ended it, and is sent."""

    def __init__(self, emitter: Emitter | None, event: dict[str, Any]):
        self._emitter = emitter
        self.event = event
        self._start = 0.0

    def __enter__(self: T) -> T:
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        self.event["duration_s"] = time.perf_counter() - self._start
        if exc is not None and "error_type" not in self.event:
            self.event["error_type"] = classify_exception(exc)
        self._leave()
        (self._emitter or get_emitter()).emit(self.event)

    def _leave(self) -> None:
        """What a subclass undoes on exit, before the event is sent."""

    async def __aenter__(self: T) -> T:
        return self.__enter__()

    async def __aexit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        self.__exit__(exc_type, exc, tb)
