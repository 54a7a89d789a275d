"""The analysis in parts, for long documents: the reader shows each part as it lands.

A short document is analysed in one call of :func:`reader.analysis.pipeline.analyse`,
so its result is exactly the pipeline's. A long one runs the same stages over runs of
kept blocks of about ``part_chars`` characters: boilerplate is decided first for the
whole document (it is fast and decides what is shown), then sentences, attributions
and stances part by part, and the claim links last over all sentences (they compare
sentences across the document). Pure: no I/O, no threads; the caller iterates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from reader.analysis.attribution import attribute
from reader.analysis.boilerplate import strip
from reader.analysis.claims import link_claims
from reader.analysis.model import Analysis, Sentence
from reader.analysis.pipeline import analyse
from reader.analysis.sentences import split
from reader.analysis.stance import classify
from reader.document import Block, Document

#: Documents up to this many characters are analysed in one part.
PART_CHARS = 150_000


@dataclass(frozen=True, slots=True)
class Part:
    """The analysis so far; ``done`` is the share of kept text analysed (0..1)."""

    analysis: Analysis
    done: float
    final: bool


def _parts(blocks: tuple[Block, ...], part_chars: int) -> list[list[int]]:
    parts: list[list[int]] = [[]]
    size = 0
    for index, block in enumerate(blocks):
        if not block.kept:
            continue
        if size >= part_chars:
            parts.append([])
            size = 0
        parts[-1].append(index)
        size += block.end - block.start
    return [p for p in parts if p]


def _title(doc: Document, blocks: tuple[Block, ...]) -> str | None:
    title_block = next((b for b in blocks if b.kind == "title" and b.kept), None)
    return doc.text[title_block.start : title_block.end] if title_block else doc.title


def analyse_in_parts(doc: Document, part_chars: int = PART_CHARS) -> Iterator[Part]:
    """Yield the analysis as it grows; the last part is final and has the claim links."""
    if len(doc.text) <= part_chars:
        yield Part(analyse(doc), 1.0, True)
        return
    text = doc.text
    blocks = strip(doc)
    title = _title(doc, blocks)
    parts = _parts(blocks, part_chars)
    total = sum(blocks[i].end - blocks[i].start for p in parts for i in p) or 1
    done = 0
    sentences: list[Sentence] = []
    yield Part(Analysis(doc, blocks, title, ()), 0.0, False)
    for part in parts:
        spans: list[tuple[int, int, int]] = []
        for index in part:
            block = blocks[index]
            if block.kind in ("title", "heading", "code"):
                spans.append((block.start, block.end, index))
            else:
                spans.extend((s, e, index) for s, e in split(text, block.start, block.end))
            done += block.end - block.start
        bounds = [(s, e) for s, e, _ in spans]
        attributions = attribute(text, bounds)
        stances = classify(text, bounds, attributions)
        sentences.extend(
            Sentence(
                s, e, i,
                stance=st.stance, stance_cues=st.cues, stance_rule=st.rule, claim=st.claim,
                attributions=attrs,
            )
            for (s, e, i), attrs, st in zip(spans, attributions, stances)
        )
        yield Part(Analysis(doc, blocks, title, tuple(sentences)), min(done / total, 0.99), False)
    links = link_claims(text, sentences)
    final = tuple(replace(s, links=lk) if lk else s for s, lk in zip(sentences, links))
    yield Part(Analysis(doc, blocks, title, final), 1.0, True)
