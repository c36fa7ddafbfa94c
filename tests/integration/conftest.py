"""Real Prometheus on loopback, scraping a real sidecar every second."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
# where browser tests keep their screenshots (`make screenshots`: docs/images)
ARTIFACTS = Path(os.environ.get("LLM_EXPORTER_ARTIFACTS",
                                Path(__file__).resolve().parents[2] / "test-artifacts"))


def chromium(javascript: bool = True, width: int = 1280, height: int = 1700):
    """Debian's headless Chromium through its chromium-driver (Selenium)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}"):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_script_timeout(20)
    return driver


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def require(binary: str) -> str:
    path = shutil.which(binary)
    if path is None:
        # Not a skip: the integration tests are part of the suite, and .ci/run installs these.
        pytest.fail(f"{binary} not found: install Debian's prometheus package (see .ci/run)")
    return path


class Prometheus:
    """A prometheus process with a 1 s scrape interval over the given targets."""

    def __init__(self, workdir: Path, targets: list[str], extra_config: str = "",
                 scrape_configs: str = ""):
        """``scrape_configs`` (YAML), when given, replaces the one job over ``targets``."""
        self.port = free_port()
        self.scrape_configs = scrape_configs
        self.url = f"http://127.0.0.1:{self.port}"
        self.config = config = workdir / "prometheus.yml"
        self.extra_config = extra_config
        self._write_config(targets)
        self.log = open(workdir / "prometheus.log", "w")
        self.proc = subprocess.Popen(
            [require("prometheus"), f"--config.file={config}",
             f"--storage.tsdb.path={workdir / 'data'}",
             f"--web.listen-address=127.0.0.1:{self.port}",
             "--enable-feature=exemplar-storage", "--web.enable-lifecycle"],
            stdout=self.log, stderr=subprocess.STDOUT)
        self._wait_ready()

    def _write_config(self, targets: list[str]) -> None:
        self.config.write_text(f"""
global: {{scrape_interval: 1s, evaluation_interval: 1s}}
{self.extra_config}
""" + (self.scrape_configs or f"""
scrape_configs:
  - job_name: llm-exporter
    static_configs: [{{targets: {json.dumps(targets)}}}]
"""))

    def set_targets(self, targets: list[str]) -> None:
        """Rewrite the scrape targets and reload (an empty list stops scraping)."""
        self._write_config(targets)
        request = urllib.request.Request(self.url + "/-/reload", method="POST")
        with urllib.request.urlopen(request, timeout=10):
            pass

    def _wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"prometheus exited: {self.log.name}")
            try:
                with urllib.request.urlopen(self.url + "/-/ready", timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("prometheus not ready")

    def api(self, path: str, **params) -> dict:
        url = f"{self.url}/api/v1/{path}?{urllib.parse.urlencode(params)}"
        with urllib.request.urlopen(url, timeout=10) as r:
            body = json.loads(r.read())
        assert body["status"] == "success", body
        return body["data"]

    def query(self, promql: str) -> list[dict]:
        return self.api("query", query=promql)["result"]

    def scalar(self, promql: str) -> float:
        result = self.query(promql)
        assert len(result) == 1, (promql, result)
        return float(result[0]["value"][1])

    def wait_until(self, promql: str, expected: float, timeout: float = 20) -> None:
        """Wait until a single-valued query returns ``expected``."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            result = self.query(promql)
            if len(result) == 1:
                last = float(result[0]["value"][1])
                if last == expected:
                    return
            time.sleep(0.25)
        raise AssertionError(f"{promql} = {last}, expected {expected}")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()
