"""Shared fixtures: a real sidecar on loopback in a background thread, and scrape helpers."""

from __future__ import annotations

import asyncio
import dataclasses
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator

import pytest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, ArrayValue
from prometheus_client.parser import text_string_to_metric_families

from llm_exporter.config import Config, IngestConfig, OtlpConfig, WebConfig
from llm_exporter.sidecar.server import Sidecar, serve


class RunningSidecar:
    """A sidecar serving on ephemeral loopback ports, driven from the test thread."""

    def __init__(self, config: Config, clock: Callable[[], float] = time.monotonic):
        self.config = config
        self.clock = clock
        self.loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self.sidecar: Sidecar | None = None
        self.error: BaseException | None = None
        self.exit_code: int | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("sidecar did not start")
        if self.error:
            raise self.error

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)

        async def main() -> int:
            self._stop = asyncio.Event()
            ready = self.loop.create_future()
            ready.add_done_callback(self._on_ready)
            return await serve(self.config, stop=self._stop, on_ready=ready, clock=self.clock)

        self.exit_code = self.loop.run_until_complete(main())

    def _on_ready(self, fut: asyncio.Future) -> None:
        if fut.exception():
            self.error = fut.exception()
        else:
            self.sidecar = fut.result()
        self._ready.set()

    @property
    def url(self) -> str:
        return f"http://{self.sidecar.web_address}"

    def address(self, transport: str) -> str:
        """The client address string for one of the sidecar's listeners."""
        for t, addr in self.sidecar.listeners():
            if t == transport:
                return {"unixgram": f"unixgram:{addr}", "udp": f"udp:{addr}",
                        "stream": f"tcp:{addr}", "http": self.url}[t]
        raise KeyError(transport)

    def call(self, fn, *args):
        """Run fn(*args) on the sidecar's loop thread and return its result."""
        async def run():
            return fn(*args)
        return asyncio.run_coroutine_threadsafe(run(), self.loop).result(10)

    def accepted(self) -> int:
        return self.call(lambda: sum(self.sidecar.pipeline.events.values()))

    def rejected(self) -> dict[str, int]:
        return self.call(lambda: dict(self.sidecar.pipeline.rejected))

    def wait_for(self, accepted: int, rejected: int = 0, timeout: float = 10.0) -> None:
        """Block until the sidecar has handled this many events."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.accepted() >= accepted and sum(self.rejected().values()) >= rejected:
                return
            time.sleep(0.01)
        raise AssertionError(f"sidecar saw {self.accepted()} accepted, {self.rejected()} "
                             f"rejected; wanted {accepted} and {rejected}")

    def scrape(self, accept: str | None = None) -> str:
        req = urllib.request.Request(self.url + "/metrics",
                                     headers={"Accept": accept} if accept else {})
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.read().decode()

    def stop(self) -> int | None:
        if self._stop is not None and self.thread.is_alive():
            self.loop.call_soon_threadsafe(self._stop.set)
            self.thread.join(10)
        return self.exit_code


def loopback_config(tmp_path, **ingest) -> Config:
    """Loopback, ephemeral ports, a socket in tmp_path."""
    fields = {"unixgram": str(tmp_path / "events.sock"), "udp": "127.0.0.1:0", "stream": ""}
    fields.update(ingest)
    return Config(web=WebConfig(listen_address="127.0.0.1:0"),
                  ingest=dataclasses.replace(IngestConfig(), **fields),
                  otlp=OtlpConfig(listen_address=""))


@pytest.fixture
def sidecar(tmp_path) -> Iterator[RunningSidecar]:
    running = RunningSidecar(loopback_config(tmp_path, stream="127.0.0.1:0"))
    yield running
    running.stop()


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """{(sample name, sorted labels): value} parsed by prometheus-client's own parser."""
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def answer_checks(text: str) -> dict[tuple[str, str, str, str], float]:
    """llm_answer_checks_total by (provider, prompt name, check, result)."""
    out = {}
    for (name, labels), v in samples(text).items():
        if name == "llm_answer_checks_total":
            d = dict(labels)
            out[(d["gen_ai_provider_name"], d.get("prompt_name", ""), d["check"],
                 d["result"])] = v
    return out


def value(text: str, name: str, **labels: str) -> float:
    """The value of the one sample with exactly these labels (0 when absent)."""
    return samples(text).get((name, tuple(sorted(labels.items()))), 0.0)


def memory_mib(pid: int, field: str = "VmRSS") -> float:
    """A process's resident memory (``VmRSS``) or its peak (``VmHWM``), in MiB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise AssertionError(f"no {field} for {pid}")


class HealthzPoller:
    """/healthz timed from a process of its own (the test's may be busy and hold the GIL),
    every ``interval`` seconds until ``stop()``."""

    SCRIPT = """
import sys, time, urllib.request, select
latencies = []
while not select.select([sys.stdin], [], [], float(sys.argv[2]))[0]:
    began = time.perf_counter()
    urllib.request.urlopen(sys.argv[1] + "/healthz", timeout=30).read()
    latencies.append(time.perf_counter() - began)
print(len(latencies), max(latencies, default=float("inf")))
"""

    def __init__(self, url: str, interval: float = 0.05):
        self.proc = subprocess.Popen([sys.executable, "-c", self.SCRIPT, url, str(interval)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def stop(self) -> tuple[int, float]:
        """How many polls were answered, and the slowest in seconds."""
        count, slowest = self.proc.communicate("stop\n", timeout=30)[0].split()
        return int(count), float(slowest)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 15) -> None:
    """Wait until a sidecar process at ``url`` answers /readyz; fail if it exits first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stderr or proc.stdout
            raise AssertionError(f"exited early: {out.read() if out else proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/readyz", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("not ready in time")


def any_value(v) -> AnyValue:
    """A Python value as an OTLP attribute value."""
    if isinstance(v, bool):
        return AnyValue(bool_value=v)
    if isinstance(v, int):
        return AnyValue(int_value=v)
    if isinstance(v, float):
        return AnyValue(double_value=v)
    if isinstance(v, list):
        return AnyValue(array_value=ArrayValue(values=[any_value(x) for x in v]))
    return AnyValue(string_value=v)
