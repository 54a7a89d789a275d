"""blocks → kept blocks → sentences → attributions → stances → claim links."""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.attribution import attribute
from reader.analysis.boilerplate import strip
from reader.analysis.claims import link_claims
from reader.analysis.model import Analysis, Attribution, Sentence, Span
from reader.analysis.sentences import sentence_spans
from reader.analysis.stance import classify
from reader.document import Document

__all__ = ["Analysis", "Attribution", "Sentence", "Span", "analyse"]


def analyse(doc: Document) -> Analysis:
    text = doc.text
    blocks = strip(doc)
    title_block = next((b for b in blocks if b.kind == "title" and b.kept), None)
    title = text[title_block.start : title_block.end] if title_block else doc.title
    spans = sentence_spans(doc, blocks)
    bounds = [(s, e) for s, e, _ in spans]
    attributions = attribute(text, bounds)
    stances = classify(text, bounds, attributions)
    sentences = [
        Sentence(
            s, e, i,
            stance=st.stance, stance_cues=st.cues, stance_rule=st.rule, claim=st.claim, claim_rule=st.claim_rule,
            attributions=attrs,
        )
        for (s, e, i), attrs, st in zip(spans, attributions, stances)
    ]
    links = link_claims(text, sentences)
    sentences = [replace(s, links=lk) if lk else s for s, lk in zip(sentences, links)]
    return Analysis(document=doc, blocks=blocks, title=title, sentences=tuple(sentences))
