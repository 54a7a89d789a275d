from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "lebanon-ceasefire.txt"

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """No test touches the user's real data directory."""
    monkeypatch.setenv("READER_HOME", str(tmp_path / "reader-home"))


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
