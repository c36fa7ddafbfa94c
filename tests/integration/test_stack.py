"""`llm-exporter stack`: a newcomer sees a page arrive, without Docker."""

import signal
import subprocess
import sys
import time

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
    assert proc.returncode == 0
    assert (tmp_path / "rules" / "llm-exporter.rules.yaml").exists()
