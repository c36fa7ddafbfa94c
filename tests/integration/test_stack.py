"""`llm-exporter stack`: a newcomer sees a page arrive, without Docker."""

import json
import re
import signal
import subprocess
import sys
import time
import urllib.request

from integration.conftest import require


def test_stack_prints_the_page_for_the_injected_incident(tmp_path):
    require("prometheus")
    require("prometheus-alertmanager")
    proc = subprocess.Popen(
        [sys.executable, "-m", "llm_exporter", "stack", "--stack.incident-after=5",
         "--stack.rate=30", "--stack.duration=150", f"--stack.dir={tmp_path}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    started = time.monotonic()
    try:
        for line in proc.stdout:
            lines.append(line)
            seen = "".join(lines)
            if ("PagerDuty TRIGGER (critical): LLMErrorBudgetBurn" in seen
                    and "[FIRING:1] LLMErrorBudgetBurn (critical)" in seen
                    and "openai/gpt-4o" in seen):
                break
        took = time.monotonic() - started
        # the sidecar's status page shows the page firing and the receivers it went to
        sidecar = re.search(r"sidecar\s+(http://\S+)/", "".join(lines)).group(1)
        deadline, shown = time.monotonic() + 40, None
        while time.monotonic() < deadline:
            with urllib.request.urlopen(sidecar + "/api/v1/status", timeout=5) as r:
                shown = json.loads(r.read())["alerts"]
            burning = [a for a in shown["alerts"] if a["name"] == "LLMErrorBudgetBurn"
                       and a["severity"] == "critical"]
            if burning and burning[0]["receivers"]:
                break
            time.sleep(2)
        with urllib.request.urlopen(sidecar + "/", timeout=5) as r:
            page = r.read().decode()
        proc.send_signal(signal.SIGINT)
        rest, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    output = "".join(lines) + rest
    assert "PagerDuty TRIGGER (critical): LLMErrorBudgetBurn" in output, output
    assert "Slack #llm-alerts: [FIRING:1] LLMErrorBudgetBurn (critical)" in output, output
    assert "openai/gpt-4o" in output
    assert took < 120
    assert shown["alerts"][0]["severity"] == "critical"  # pages first
    burning = [a for a in shown["alerts"] if a["name"] == "LLMErrorBudgetBurn"
               and a["severity"] == "critical"]
    assert burning, shown
    assert burning[0]["labels"]["gen_ai_request_model"] == "gpt-4o"
    assert burning[0]["receivers"] == ["pagerduty-and-slack"], shown  # from Alertmanager
    assert shown["error"] == "" and shown["prometheus_url"].startswith("http://127.0.0.1:")
    assert "LLMErrorBudgetBurn" in page and "pagerduty-and-slack" in page
    assert proc.returncode == 0
    assert (tmp_path / "rules" / "llm-exporter.rules.yaml").exists()
