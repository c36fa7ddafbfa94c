"""The running sidecar's own loop: what its housekeeping does on the clock it is given."""

import dataclasses
import time

from llm_exporter.client import Emitter
from llm_exporter.config import LimitsConfig

from conftest import RunningSidecar, loopback_config, value

CALL = {"type": "llm_call", "provider": "openai", "model": "gpt-4o", "duration_s": 0.5,
        "tenant": "acme"}
REQUESTS = {"gen_ai_provider_name": "openai", "gen_ai_request_model": "gpt-4o",
            "gen_ai_operation_name": "chat", "tenant": "acme"}


class Clock:
    def __init__(self) -> None:
        self.t = 10_000.0

    def __call__(self) -> float:
        return self.t


def test_the_housekeeping_loop_expires_idle_label_sets_on_its_own(tmp_path):
    clock = Clock()
    config = dataclasses.replace(loopback_config(tmp_path),
                                 limits=LimitsConfig(series_ttl=600.0))
    running = RunningSidecar(config, clock=clock)
    try:
        Emitter(running.address("udp")).emit(CALL)
        running.wait_for(1)
        text = running.scrape()
        assert value(text, "llm_requests_total", **REQUESTS) == 1
        held = value(text, "llm_exporter_label_sets")
        assert held > 0
        clock.t += 300  # within the TTL: a minute's expiry keeps it
        time.sleep(2.5)
        assert value(running.scrape(), "llm_requests_total", **REQUESTS) == 1
        deadline = time.monotonic() + 15
        while value(text, "llm_requests_total", **REQUESTS) and time.monotonic() < deadline:
            clock.t += 120  # past the TTL: nothing here calls expire()
            time.sleep(0.5)
            text = running.scrape()
        assert value(text, "llm_requests_total", **REQUESTS) == 0
        assert value(text, "llm_exporter_label_sets") < held
    finally:
        running.stop()


def test_a_background_loop_that_ends_with_an_error_says_so_in_the_log(caplog):
    import asyncio
    import logging

    from llm_exporter.sidecar.server import background

    async def broken() -> None:
        await asyncio.sleep(0)
        raise TypeError("a bug")

    async def forever() -> None:
        await asyncio.Event().wait()

    async def main():
        failed = background("budget spend refresh", broken())
        cancelled = background("housekeeping", forever())
        await asyncio.sleep(0.05)
        cancelled.cancel()
        await asyncio.gather(failed, cancelled, return_exceptions=True)

    caplog.set_level(logging.ERROR, logger="llm_exporter.sidecar.server")
    asyncio.run(main())
    (record,) = caplog.records  # a cancelled loop ends quietly
    assert record.getMessage() == "budget spend refresh stopped: TypeError: a bug"
    assert record.exc_info is not None
