"""A plain (non-editable) install must carry seeds/ and styles/ inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_carries_seeds_and_styles(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("reader-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "reader/seeds/lebanon-ceasefire.txt" in names
    assert any(n.startswith("reader/styles/") and n.endswith(".tcss") for n in names)
    assert "reader/cli.py" in names
    assert {"reader/analysis/data/cues.toml", "reader/analysis/data/stance.toml"} <= names
    assert not any(n.startswith("tests/") for n in names)


def _canonical(name: str) -> str:
    import re

    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_third_party_import_is_a_declared_dependency():
    """An import that works only because another package pulled it in breaks on its next release."""
    import ast
    import re
    import tomllib
    from importlib.metadata import packages_distributions

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_canonical(re.split(r"[<>=!~;\[ ]", req, maxsplit=1)[0]) for req in project["dependencies"]}
    modules = set()
    for file in (ROOT / "reader").rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    third_party = {m for m in modules if m not in sys.stdlib_module_names and m not in ("reader", "__future__")}
    dists = packages_distributions()
    undeclared = {m for m in third_party if not any(_canonical(d) in declared for d in dists.get(m, [m]))}
    assert not undeclared, f"imported but not in [project].dependencies: {sorted(undeclared)}"
    assert {"lxml-html-clean"} <= declared  # needed by trafilatura's justext at run time, never imported by us


def test_html_extraction_imports_in_this_environment():
    """lxml.html.clean left lxml: trafilatura's import chain must still resolve."""
    import importlib

    importlib.import_module("trafilatura")
    importlib.import_module("lxml.html.clean")
