"""Where the bundled seeds/ and styles/ live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    # A wheel carries them inside the package (see pyproject's force-include);
    # a source checkout or an editable install has them beside the package.
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} is missing from this installation")


def seeds_dir() -> Path:
    return _find("seeds")


def styles_dir() -> Path:
    return _find("styles")


def seed_article() -> Path:
    return seeds_dir() / "lebanon-ceasefire.txt"
