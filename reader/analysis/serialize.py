"""The analysis as the JSON object fixed by docs (schema ``reader.analysis/1``)."""

from __future__ import annotations

from typing import Any

from reader.analysis.model import Analysis, Attribution, Span

SCHEMA = "reader.analysis/1"


def _span(span: Span, text: str) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


def _attribution(a: Attribution, text: str) -> dict[str, Any]:
    return {
        "cue": _span(a.cue, text),
        "source": _span(a.source, text) if a.source else None,
        "content": [{"start": c.start, "end": c.end} for c in a.content],
    }


def to_dict(analysis: Analysis, path: str) -> dict[str, Any]:
    text = analysis.text
    return {
        "schema": SCHEMA,
        "path": path,
        "title": analysis.title,
        "format": analysis.document.format,
        "text": text,
        "blocks": [
            {"start": b.start, "end": b.end, "kind": b.kind, "kept": b.kept, "reason": b.reason}
            for b in analysis.blocks
        ],
        "sentences": [
            {
                "start": s.start,
                "end": s.end,
                "text": text[s.start : s.end],
                "block": s.block,
                "stance": s.stance,
                "attributions": [_attribution(a, text) for a in s.attributions],
            }
            for s in analysis.sentences
        ],
        "links": [{"start": lk.start, "end": lk.end, "href": lk.href} for lk in analysis.document.links],
    }
