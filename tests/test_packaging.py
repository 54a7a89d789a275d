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
    assert not any(n.startswith("tests/") for n in names)
