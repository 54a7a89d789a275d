"""The article's notes as Markdown (pure: the app writes the file in a worker)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reader.analysis.model import Analysis
from reader.tui import facts
from reader.tui.safe import inert

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def _md(text: str) -> str:
    """Plain text made literal in Markdown (article text is data, not markup), controls made inert."""
    return _MD_SPECIAL.sub(r"\\\1", inert(facts.clean(text)))


def notes_markdown(analysis: Analysis, notes: Sequence[Any], path: str | None) -> str:
    """One section per note, in document order, each quoting the text it anchors to."""
    title = analysis.title or (path or "Untitled article")
    lines = [f"# Notes on {_md(title)}", ""]
    if path == "-":
        lines += ["Source: standard input", ""]
    elif path:
        lines += [f"Source: `{inert(path).replace('`', '')}`", ""]
    ordered = sorted(notes, key=lambda n: (getattr(n.anchor, "start", 0) or 0))
    if not ordered:
        lines.append("No notes yet.")
    for note in ordered:
        anchor = note.anchor
        quote = anchor.exact or ""
        lines.append("> " + _md(quote))
        lines.append("")
        meta = []
        if note.verdict:
            meta.append(f"**Verdict:** {_md(str(note.verdict))}")
        if note.tags:
            meta.append("**Tags:** " + ", ".join(_md(str(t)) for t in note.tags))
        if getattr(note, "orphan", False):
            meta.append("*(the anchored text is no longer in the article)*")
        if meta:
            lines.append(" · ".join(meta))
            lines.append("")
        if note.body:
            lines.extend(inert(line.rstrip()) for line in note.body.strip().splitlines())
            lines.append("")
        lines.append("---")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def export_name(analysis: Analysis, path: str | None) -> str:
    base = analysis.title or (path.rsplit("/", 1)[-1] if path and path != "-" else "article")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-").lower()[:60] or "article"
    return f"{slug}-notes.md"
