"""The user's notes on an article as Markdown or as W3C Web Annotation JSON.

One implementation for every way out: ``reader notes export`` and the reader's own
export key both call it. Article text in the Markdown is literal (escaped) and its
terminal controls are inert; note bodies are the user's Markdown, kept as written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader.safe import BODY, inert

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def _literal(text: str) -> str:
    """Article text (a title, a quote, a tag) made literal in Markdown: it is data, never markup
    (a quoted "[click](javascript:...)" must not become a link in the export), and its terminal
    controls are inert (someone will `cat` the file)."""
    return _MD_SPECIAL.sub(r"\\\1", inert(" ".join(text.split())))


def _source_label(source: str) -> str:
    return "standard input" if source == "-" else source


def notes_to_markdown(title: str, source: str, notes: Sequence[Any]) -> str:
    """The notes as Markdown; the note bodies are the user's own Markdown and kept as written."""
    lines = [f"# Notes: {_literal(title or _source_label(source))}", "", f"Source: {_literal(_source_label(source))}", ""]
    anchored = [n for n in notes if not n.orphan]
    orphans = [n for n in notes if n.orphan]

    def block(note: Any) -> list[str]:
        out = [f"> {_literal(note.anchor.exact)}", ""]
        meta = []
        if note.verdict:
            meta.append(f"**Verdict:** {note.verdict}")
        if note.tags:
            meta.append("**Tags:** " + ", ".join(map(_literal, note.tags)))
        meta.append(f"*{note.updated or note.created}*")
        out.append(" · ".join(meta))
        if note.body:  # the user's own Markdown, kept as written but for terminal controls
            out += ["", inert(note.body, BODY)]
        out.append("")
        return out

    if not notes:
        lines.append("No notes.")
    for note in anchored:
        lines += block(note)
    if orphans:
        lines += ["## Orphaned notes", "",
                  "These no longer match the article's text; they are kept with the text they were made on.", ""]
        for note in orphans:
            lines += block(note)
    return "\n".join(lines).rstrip() + "\n"


def notes_to_web_annotation(article_id: str, title: str, source: str, notes: Sequence[Any]) -> dict[str, Any]:
    """An AnnotationCollection (W3C Web Annotation data model) of the notes."""
    target_source = Path(source).resolve().as_uri() if source not in ("", "-") and os.path.exists(source) \
        else f"urn:reader:article:{article_id}"
    items = []
    for note in notes:
        body: list[dict[str, Any]] = []
        if note.body:
            body.append({"type": "TextualBody", "value": note.body, "format": "text/plain",
                         "purpose": "commenting"})
        for tag in note.tags:
            body.append({"type": "TextualBody", "value": tag, "purpose": "tagging"})
        if note.verdict:
            body.append({"type": "TextualBody", "value": note.verdict, "purpose": "assessing"})
        a = note.anchor
        # The selectors of a list are alternatives that must pick the same text: an orphan's
        # last known position no longer holds its quote, so it gets the quote alone.
        selectors: list[dict[str, Any]] = [
            {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix}]
        if not note.orphan:
            selectors.append({"type": "TextPositionSelector", "start": a.start, "end": a.end})
        annotation: dict[str, Any] = {
            "id": f"urn:uuid:{note.id}",
            "type": "Annotation",
            "motivation": "assessing" if note.verdict else ("commenting" if note.body else "highlighting"),
        }
        # created/modified must be xsd:dateTime when present; notes from the first store may lack them.
        annotation.update({k: v for k, v in (("created", note.created), ("modified", note.updated)) if v})
        annotation["target"] = {"source": target_source, "selector": selectors}
        if body:
            annotation["body"] = body
        if note.orphan:
            annotation["reader:orphan"] = True
        items.append(annotation)
    return {
        "@context": ["http://www.w3.org/ns/anno.jsonld", {"reader": "urn:reader:ns#"}],
        "id": f"urn:reader:article:{article_id}:notes",
        "type": "AnnotationCollection",
        "label": title or source,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
