"""`make mutate`: mutation testing with mutmut over the modules where a silent bug costs users
money or pages, run against the unit tests that cover them; prints the score per module and
every surviving mutant. First, each branch of the burn-rate alerts is deleted in turn from
the rendered rules, and the promtool cases that pin them must fail.

mutmut looks for code only in ./, src/ or source/, so the package is copied to src/ of a work
directory (.mutmut/, kept between runs: a rerun tests again only what changed). To read a
survivor: ``cd .mutmut && ../.venv/bin/mutmut show NAME``. Not part of `make test`.
"""

from __future__ import annotations

import collections
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".mutmut"
# module (under llm_exporter/) -> the unit tests that cover it
MODULES = {
    "sidecar/core/decode.py": ["tests/test_decode.py", "tests/test_ingest_pipeline.py"],
    "sidecar/core/price.py": ["tests/test_price.py"],
    "sidecar/core/limits.py": ["tests/test_limits.py", "tests/test_store.py"],
    "sidecar/core/store.py": ["tests/test_store.py"],
    "sidecar/core/exposition.py": ["tests/test_exposition.py"],
    "sidecar/sinks/budgets.py": ["tests/test_budgets.py"],
    "sidecar/sources/sse.py": ["tests/test_sse.py"],  # the proxy's stream handling
    "providers.py": ["tests/test_providers.py"],
}
KILLED = {"killed", "timeout"}  # a mutant that hangs the tests is caught by their timeout
STATUS = re.compile(r"^\s*(\S+): (.+)$")


def prepare() -> None:
    """The work directory: src/llm_exporter, tests/ and pyproject.toml with mutmut's
    settings."""
    WORK.mkdir(exist_ok=True)
    shutil.copytree(ROOT / "exporter" / "llm_exporter", WORK / "src" / "llm_exporter",
                    dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "tests", WORK / "tests", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))
    tests = sorted({t for ts in MODULES.values() for t in ts})
    settings = ("\n[tool.mutmut]\n"
                'source_paths = ["src"]\n'
                f"only_mutate = {[f'src/llm_exporter/{m}' for m in MODULES]}\n"
                f"pytest_add_cli_args_test_selection = {tests}\n")
    (WORK / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text() + settings)


def results() -> dict[str, dict[str, list[str]]]:
    """module -> status -> mutant names, from `mutmut results --all true`."""
    out = subprocess.run([str(Path(sys.executable).parent / "mutmut"), "results", "--all",
                          "true"], cwd=WORK, capture_output=True, text=True, check=True).stdout
    by_module: dict[str, dict[str, list[str]]] = collections.defaultdict(
        lambda: collections.defaultdict(list))
    for line in out.splitlines():
        match = STATUS.match(line)
        if match:
            name, status = match.groups()
            module = re.split(r"\.x[_ǁ]", name, maxsplit=1)[0]
            by_module[module][status].append(name)
    return by_module


def rule_branches() -> list[tuple[str, bool]]:
    """Each branch of each burn-rate alert deleted in turn from the rendered rules: (what
    was deleted, whether tests/rules/slo_branches*.test.yaml failed, as they must)."""
    import tempfile

    import yaml

    promtool = shutil.which("promtool")
    if promtool is None:
        raise SystemExit("promtool not found: install Debian's prometheus package")
    rules = yaml.safe_load((ROOT / "rules" / "llm-exporter.rules.yaml").read_text())
    cases = [p.read_text() for p in sorted((ROOT / "tests" / "rules").glob(
        "slo_branches*.test.yaml"))]
    work = Path(tempfile.mkdtemp(prefix="llm-exporter-branches-"))

    def start(name: str, rules_text: str) -> subprocess.Popen:
        """promtool over every branch-pinning file, against ``rules_text``."""
        (work / f"{name}.rules.yaml").write_text(rules_text)
        files = []
        for i, text in enumerate(cases):
            files.append(f"{name}-{i}.test.yaml")
            (work / files[-1]).write_text(text.replace(
                "rule_files: [../../rules/llm-exporter.rules.yaml]",
                f"rule_files: [{name}.rules.yaml]"))
        return subprocess.Popen([promtool, "test", "rules", *files], cwd=work,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    runs = [("control", start("control", yaml.safe_dump(rules)))]
    for g, group in enumerate(rules["groups"]):
        for r, rule in enumerate(group["rules"]):
            if rule.get("alert") not in ("LLMErrorBudgetBurn", "LLMLatencyBudgetBurn"):
                continue
            branches = rule["expr"].split("\nor\n")
            for b in range(len(branches)):
                mutant = yaml.safe_load(yaml.safe_dump(rules))
                mutant["groups"][g]["rules"][r]["expr"] = "\nor\n".join(
                    x for i, x in enumerate(branches) if i != b)
                name = f"{rule['alert']}-{rule['labels']['severity']}-branch{b + 1}"
                runs.append((name, start(name, yaml.safe_dump(mutant))))
    out = [(name, proc.wait() != 0) for name, proc in runs]
    shutil.rmtree(work)
    if out.pop(0)[1]:
        raise SystemExit("the unchanged rules fail slo_branches.test.yaml: fix that first")
    return out


def main() -> int:
    began = time.monotonic()
    branches = rule_branches()
    print("burn-rate branches deleted one at a time (tests/rules/slo_branches*.test.yaml):")
    for name, caught in branches:
        print(f"  {'killed  ' if caught else 'SURVIVED'} {name}")
    prepare()
    subprocess.run([str(Path(sys.executable).parent / "mutmut"), "run"], cwd=WORK,
                   check=False)
    table = results()
    print(f"\nmutation score per module ({time.monotonic() - began:.0f} s):")
    print(f"{'module':40} {'mutants':>8} {'killed':>7} {'score':>6}")
    for module, statuses in sorted(table.items()):
        total = sum(len(v) for v in statuses.values())
        killed = sum(len(v) for s, v in statuses.items() if s in KILLED)
        print(f"{module:40} {total:8} {killed:7} {killed / total:6.1%}")
    for _, statuses in sorted(table.items()):
        for status, names in sorted(statuses.items()):
            if status not in KILLED:
                for name in names:
                    print(f"  {status:12} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
