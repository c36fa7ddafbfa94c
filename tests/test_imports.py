"""The package's layering, read from the source: which part may import which, and no cycles.

Every ``import`` counts, at module level or inside a function. A module is named as Python
names it (``llm_exporter.sidecar.core.store``); importing ``a.b.c`` counts as importing ``a.b.c``
only, not its parent packages. An import under ``if TYPE_CHECKING:`` (a name for the type
checker) keeps to the layering too, but makes no cycle: it never runs.
"""

import ast
import sys
from pathlib import Path

import pytest

import llm_exporter

ROOT = Path(llm_exporter.__file__).parent

# part -> the parts it may import (a part is a top-level module or subpackage of llm_exporter)
ALLOWED = {
    "protocol": set(),
    "durations": set(),
    "metrics": set(),
    "vocabulary": {"protocol"},
    "providers": {"protocol", "vocabulary"},
    "redact": set(),
    "content": {"redact"},
    "refusals": set(),
    "refusal_model": {"refusals"},
    "checks": {"protocol", "refusals", "refusal_model"},
    "observer": {"providers", "content", "redact", "checks"},
    "client": {"client", "protocol", "providers", "redact", "checks", "observer"},
    "config": {"protocol", "metrics", "checks", "durations", "vocabulary"},
    "webconfig": {"config"},
    # the sidecar by stage: sources feed the core, sinks subscribe to it, nothing but the
    # wiring (sidecar: server) imports a source
    "sidecar": {"sidecar", "sidecar.sources", "sidecar.core", "sidecar.sinks", "sidecar.http",
                "sidecar.web", "config", "protocol", "providers", "metrics", "__init__",
                "webconfig", "redact"},
    "sidecar.core": {"config", "protocol", "metrics", "vocabulary", "content", "__init__"},
    "sidecar.sources": {"sidecar.core", "sidecar.sinks", "sidecar.http", "config", "protocol",
                        "providers", "metrics", "content", "redact", "checks", "vocabulary",
                        "observer", "__init__"},
    "sidecar.sinks": {"sidecar.core", "sidecar.http", "config", "protocol", "metrics",
                      "redact", "prometheus_api", "vocabulary", "__init__"},
    "sidecar.http": {"config", "webconfig", "metrics", "__init__"},
    "sidecar.web": {"sidecar", "sidecar.core", "sidecar.sinks", "sidecar.http", "config",
                    "protocol", "metrics", "prometheus_api", "fit", "fleet", "__init__"},
    "mixin": {"mixin", "config", "metrics", "protocol", "webconfig"},
    "devtools": {"devtools", "client", "config", "sidecar", "mixin"},
    "prometheus_api": set(),
    "backtest": {"prometheus_api", "durations"},
    "fit": {"config", "metrics", "prometheus_api"},
    "fleet": {"prometheus_api"},
    "report": {"report", "config", "metrics", "prometheus_api", "fleet"},
    # an invoice's model names resolved as the sidecar's prices resolve them
    "reconcile": {"reconcile", "metrics", "prometheus_api", "sidecar.core"},
    "cli": {"__init__", "config", "sidecar", "sidecar.core", "sidecar.sinks", "mixin",
            "devtools", "client", "protocol", "backtest", "fit", "webconfig", "prometheus_api",
            "report", "reconcile"},
    "__init__": set(),
    "__main__": {"cli"},
}
STDLIB_ONLY = {"protocol", "metrics", "providers", "client", "redact", "content", "checks",
               "vocabulary", "observer",
               "refusals", "refusal_model", "durations"}
# third-party packages a standard-library-only part may import inside a function, when the
# feature that needs it is used (and that are dependencies of the package)
OPTIONAL = {"checks": {"jsonschema_rs"}, "metrics": {"prometheus_client"}}


def module_name(path: Path) -> str:
    parts = ["llm_exporter", *path.relative_to(ROOT).with_suffix("").parts]
    if parts[-1] == "__init__" and len(parts) > 2:
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def type_checking_only(tree: ast.AST) -> set[int]:
    """The ids of the nodes under ``if TYPE_CHECKING:``."""
    return {id(node) for block in ast.walk(tree)
            if isinstance(block, ast.If) and isinstance(block.test, ast.Name)
            and block.test.id == "TYPE_CHECKING"
            for statement in block.body for node in ast.walk(statement)}


def imports(path: Path, run_time: bool = False) -> tuple[set[str], set[str]]:
    """(llm_exporter modules, other top-level packages) that one file imports; ``run_time``:
    leaving out those for the type checker alone."""
    ours, others = set(), set()
    package = module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    tree = ast.parse(path.read_text())
    skipped = type_checking_only(tree) if run_time else set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            # `from pkg import mod` imports the module pkg.mod when there is one
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base
                     for a in node.names]
        else:
            continue
        for name in names:
            if name == "llm_exporter" or name.startswith("llm_exporter."):
                ours.add(name)
            elif name.split(".")[0] != "__future__":
                others.add(name.split(".")[0])
    return ours, others


GRAPH = {name: imports(path) for name, path in MODULES.items()}
RUN_TIME_GRAPH = {name: imports(path, run_time=True) for name, path in MODULES.items()}


def part(module: str) -> str:
    pieces = module.split(".")
    if len(pieces) > 3 and pieces[1] == "sidecar":  # a stage of the sidecar
        return f"sidecar.{pieces[2]}"
    return pieces[1] if len(pieces) > 1 else "__init__"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_module_imports_only_what_its_part_may(module):
    ours, others = GRAPH[module]
    forbidden = {m for m in ours if part(m) not in ALLOWED[part(module)] | {part(module)}
                 and m != module}
    assert forbidden == set(), f"{module} may not import {sorted(forbidden)}"
    if part(module) in STDLIB_ONLY:
        optional = OPTIONAL.get(part(module), set())
        assert others - set(sys.stdlib_module_names) - optional == set(), \
            f"{module}: stdlib only"
        tree = ast.parse(MODULES[module].read_text())
        at_import = {alias.name.split(".")[0] for node in tree.body
                     if isinstance(node, (ast.Import, ast.ImportFrom))
                     for alias in (node.names if isinstance(node, ast.Import)
                                   else [ast.alias(node.module or "")])}
        assert at_import & optional == set(), f"{module}: imports {optional} at import time"


def test_no_import_cycles():
    edges = {m: {i for i in RUN_TIME_GRAPH[m][0] if i in MODULES and i != m} for m in MODULES}
    state: dict[str, int] = {}  # 1 visiting, 2 done
    cycles = []

    def visit(module: str, stack: list[str]) -> None:
        state[module] = 1
        for target in sorted(edges[module]):
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                visit(target, stack + [target])
        state[module] = 2

    for module in sorted(MODULES):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_the_sidecar_at_run_time_never_loads_the_mixin_or_devtools():
    import subprocess

    code = ("import sys, llm_exporter.sidecar.server, llm_exporter.client; "
            "print(sorted(m for m in sys.modules if m == 'llm_exporter.cli' or "
            "m.startswith(('llm_exporter.mixin', 'llm_exporter.devtools'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_the_client_and_its_checks_load_no_third_party_package():
    import subprocess

    code = ("import sys, llm_exporter.client, llm_exporter.checks; "
            "from llm_exporter.checks import AnswerChecks; AnswerChecks().run('I think so'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('jsonschema_rs', 'yaml', 'aiohttp', 'msgspec', 'prometheus_client')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_the_walker_sees_imports_inside_functions_too():
    ours, _ = GRAPH["llm_exporter.cli"]
    assert "llm_exporter.mixin.render" in ours  # imported only inside cmd_render


def test_the_walker_tells_imports_for_the_type_checker_alone():
    web = "llm_exporter.sidecar.web.routes"
    assert "llm_exporter.sidecar.server" in GRAPH[web][0]  # under TYPE_CHECKING
    assert "llm_exporter.sidecar.server" not in RUN_TIME_GRAPH[web][0]


def test_the_architecture_page_states_these_rules():
    """docs/architecture.md's table "What may import what" is ALLOWED, part by part."""
    page = (ROOT.parent.parent / "docs" / "architecture.md").read_text()
    table = page.split("## What may import what", 1)[1]
    stated = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith(
            "| `") else []
        if len(cells) == 2:
            names = [n.split(" ")[0].strip("`/").replace("/", ".")
                     for n in cells[1].split(", ") if n.startswith("`")]
            for part in cells[0].split(", "):
                stated[part.split(" ")[0].strip("`/").replace("/", ".")] = set(names)
    expected = {part: allowed - {part, "__init__"} for part, allowed in ALLOWED.items()
                if part not in ("__init__", "__main__")}
    assert stated == expected
