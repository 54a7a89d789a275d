"""blocks → kept blocks → sentences → attributions → stances → claim links.

:func:`analyse` runs every stage over a whole document. The stages are also exposed
one by one so that :mod:`reader.analysis.incremental` can run them part by part on
long documents and still build exactly the same records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.attribution import attribute
from reader.analysis.boilerplate import strip
from reader.analysis.claims import link_claims
from reader.analysis.model import Analysis, Attribution, Sentence, Span
from reader.analysis.sentences import sentence_spans
from reader.analysis.stance import classify
from reader.document import Block, Document

__all__ = ["Analysis", "Attribution", "Sentence", "Span", "analyse", "analyse_sentences", "link", "title_of"]


def title_of(doc: Document, blocks: Sequence[Block]) -> str | None:
    """The kept title block's text, else the title the source gave (HTML metadata)."""
    title_block = next((b for b in blocks if b.kind == "title" and b.kept), None)
    return doc.text[title_block.start : title_block.end] if title_block else doc.title


def analyse_sentences(
    doc: Document, blocks: tuple[Block, ...], indices: Sequence[int] | None = None
) -> list[Sentence]:
    """Sentences of the kept blocks (of ``indices`` only, if given) with attributions and stances."""
    text = doc.text
    spans = sentence_spans(doc, blocks, indices)
    bounds = [(s, e) for s, e, _ in spans]
    attributions = attribute(text, bounds)
    stances = classify(text, bounds, attributions)
    return [
        Sentence(
            s, e, i,
            stance=st.stance, stance_cues=st.cues, stance_rule=st.rule, claim=st.claim, claim_rule=st.claim_rule,
            attributions=attrs,
        )
        for (s, e, i), attrs, st in zip(spans, attributions, stances)
    ]


def link(text: str, sentences: Sequence[Sentence]) -> tuple[Sentence, ...]:
    """The sentences with their claim links (denies / confirms an earlier sentence)."""
    links = link_claims(text, sentences)
    return tuple(replace(s, links=lk) if lk else s for s, lk in zip(sentences, links))


def analyse(doc: Document) -> Analysis:
    blocks = strip(doc)
    sentences = link(doc.text, analyse_sentences(doc, blocks))
    return Analysis(document=doc, blocks=blocks, title=title_of(doc, blocks), sentences=sentences)
