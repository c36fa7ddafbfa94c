"""The documentation: README.md is the front door, docs/ the reference, built by MkDocs.

`mkdocs build --strict` fails on a link to a missing page, an anchor that is not there or a
page left out of the nav (mkdocs.yml's `validation`), and it reads README.md too: the home
page includes it. So a broken link fails `make test`, not only `make docs`.
"""
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def test_the_site_builds_with_strict_and_no_warning(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file",
         str(ROOT / "mkdocs.yml"), "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=240)
    output = result.stdout + result.stderr
    assert result.returncode == 0, (
        "mkdocs build --strict failed (pip install -e '.[docs]' if mkdocs is missing):\n"
        + output)
    assert not re.search(r"^(WARNING|ERROR) +-", output, flags=re.M), output
    assert (tmp_path / "site" / "index.html").is_file()


def _pages(nav):
    """Every page named in a nav, at any depth."""
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _pages(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _pages(value)


def test_every_page_under_docs_is_in_the_nav():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    assert config["docs_dir"] == "docs" and config.get("strict") is True
    nav = list(_pages(config["nav"]))
    assert len(nav) == len(set(nav)), "a page is in the nav twice"
    on_disk = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
    assert sorted(nav) == on_disk


def _slug(heading):
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def test_readme_links_only_to_files_and_anchors_that_exist():
    readme = (ROOT / "README.md").read_text()
    prose = re.sub(r"```.*?```", "", readme, flags=re.S)  # links in code are not links
    targets = re.findall(r"\]\(([^)\s]+)\)", prose)
    anchors = {_slug(h) for h in re.findall(r"^#+ (.+)$", prose, flags=re.M)}
    assert any(t.startswith("docs/") for t in targets)
    for target in targets:
        if re.match(r"[a-z]+://", target):
            continue
        path, _, anchor = target.partition("#")
        if not path:
            assert anchor in anchors, f"README.md links to #{anchor}, which is not a heading"
            continue
        assert (ROOT / path).exists(), f"README.md links to {target}, which does not exist"
    # every page of the reference is one link away from the front door
    linked = {t.partition("#")[0] for t in targets}
    for page in DOCS.glob("*.md"):
        if page.name != "index.md":
            assert f"docs/{page.name}" in linked, f"README.md's Read on lacks docs/{page.name}"
