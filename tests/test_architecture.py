"""The layer rules of DEVELOPERS.md, enforced on the source (AST, so no import side effects)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "reader"

# Modules whose presence in reader/analysis would mean I/O, a UI or a database.
IO_MODULES = {"os", "io", "pathlib", "shutil", "subprocess", "socket", "sqlite3", "tempfile", "glob"}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def calls_builtin_open(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "open" for n in ast.walk(tree)
    )


def modules(subdir: str = "") -> list[Path]:
    return sorted((PACKAGE / subdir).rglob("*.py"))


def top(name: str) -> str:
    return name.split(".")[0]


def test_the_package_has_the_layers():
    for layer in ("analysis", "store", "tui", "ingest"):
        assert (PACKAGE / layer / "__init__.py").exists(), layer
    assert (PACKAGE / "cli.py").exists()


@pytest.mark.parametrize("path", modules("analysis"), ids=lambda p: p.name)
def test_analysis_is_pure(path):
    imported = imports_of(path)
    roots = {top(m) for m in imported}
    assert not roots & {"textual", "tinydb", "rich"}, f"{path.name} imports a UI or database"
    assert not roots & IO_MODULES, f"{path.name} imports an I/O module: {roots & IO_MODULES}"
    assert not any(m.startswith(("reader.store", "reader.tui", "reader.cli", "reader.ingest")) for m in imported)
    assert not calls_builtin_open(path), f"{path.name} opens files"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_store_imports_tinydb_and_only_the_tui_imports_textual(path):
    rel = path.relative_to(PACKAGE).parts
    roots = {top(m) for m in imports_of(path)}
    if rel[0] != "store":
        assert "tinydb" not in roots, f"{path} imports tinydb outside reader/store"
    if rel[0] != "tui":
        assert "textual" not in roots, f"{path} imports textual outside reader/tui"


def test_the_rule_checker_sees_violations(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom textual.app import App\nopen('x')\n")
    assert {"os", "textual.app"} <= imports_of(bad)
    assert calls_builtin_open(bad)


# The modules of reader/analysis/attribution/, lowest first: each may import only from those
# before it (the package's docstring lists what each holds), so there is no import cycle.
ATTRIBUTION_LAYERS = ["lexicon", "spans", "phrases", "senses", "quotes", "frames", "clauses", "sentence", "__init__"]


def test_the_attribution_modules_import_only_downwards():
    package = PACKAGE / "analysis" / "attribution"
    assert sorted(p.stem for p in package.glob("*.py")) == sorted(ATTRIBUTION_LAYERS)
    for path in package.glob("*.py"):
        rank = ATTRIBUTION_LAYERS.index(path.stem)
        for module in imports_of(path):
            if module.startswith("reader.analysis.attribution."):
                below = module.rsplit(".", 1)[1]
                assert ATTRIBUTION_LAYERS.index(below) < rank, f"{path.name} imports {below}"
