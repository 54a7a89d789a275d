"""blocks → kept blocks → sentences (→ attributions → stances, as those stages land)."""

from __future__ import annotations

from reader.analysis.boilerplate import strip
from reader.analysis.model import Analysis, Attribution, Sentence, Span
from reader.analysis.sentences import sentence_spans
from reader.document import Document

__all__ = ["Analysis", "Attribution", "Sentence", "Span", "analyse"]


def analyse(doc: Document) -> Analysis:
    blocks = strip(doc)
    title_block = next((b for b in blocks if b.kind == "title" and b.kept), None)
    title = doc.text[title_block.start : title_block.end] if title_block else doc.title
    sentences = tuple(Sentence(s, e, i) for s, e, i in sentence_spans(doc, blocks))
    return Analysis(document=doc, blocks=blocks, title=title, sentences=sentences)
