"""The article's notes as Markdown, from the reader (pure: the app writes the file in a worker)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reader.analysis.model import Analysis
from reader.notes_export import notes_to_markdown


def notes_markdown(analysis: Analysis, notes: Sequence[Any], path: str | None) -> str:
    """The same Markdown as ``reader notes export``, notes in document order."""
    ordered = sorted(notes, key=lambda n: n.anchor.start)
    return notes_to_markdown(analysis.title or "", path or "", ordered)


def export_name(analysis: Analysis, path: str | None) -> str:
    base = analysis.title or (path.rsplit("/", 1)[-1] if path and path != "-" else "article")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-").lower()[:60] or "article"
    return f"{slug}-notes.md"
