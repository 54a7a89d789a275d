"""The analysis as the JSON object fixed by docs (schema ``reader.analysis/1``).

Fields beyond the fixed ones are additions documented in the README; none of the
fixed fields is renamed or dropped.
"""

from __future__ import annotations

from typing import Any

from reader.analysis.model import Analysis, Attribution, Sentence, Span

SCHEMA = "reader.analysis/1"


def _span(span: Span | None, text: str) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


def _attribution(a: Attribution, text: str) -> dict[str, Any]:
    return {
        "cue": _span(a.cue, text),
        "source": _span(a.source, text),
        "content": [{"start": c.start, "end": c.end} for c in a.content],
        "cue_group": a.cue_group,
        "source_kind": a.source_kind,
        "antecedent": _span(a.antecedent, text),
        "rule": a.rule,
    }


def _sentence(s: Sentence, text: str) -> dict[str, Any]:
    return {
        "start": s.start,
        "end": s.end,
        "text": text[s.start : s.end],
        "block": s.block,
        "stance": s.stance,
        "stance_cues": [_span(c, text) for c in s.stance_cues],
        "stance_rule": s.stance_rule,
        "claim": s.claim,
        "claim_rule": s.claim_rule,
        "links": [{"kind": lk.kind, "target": lk.target} for lk in s.links],
        "attributions": [_attribution(a, text) for a in s.attributions],
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
        "sentences": [_sentence(s, text) for s in analysis.sentences],
        "hyperlinks": [{"start": lk.start, "end": lk.end, "href": lk.href} for lk in analysis.document.links],
    }
