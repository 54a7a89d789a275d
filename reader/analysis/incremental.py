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
from dataclasses import dataclass

from reader.analysis.boilerplate import strip
from reader.analysis.model import Analysis, Sentence
from reader.analysis.pipeline import analyse, analyse_sentences, link, title_of
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


def analyse_in_parts(doc: Document, part_chars: int = PART_CHARS) -> Iterator[Part]:
    """Yield the analysis as it grows; the last part is final and has the claim links."""
    if len(doc.text) <= part_chars:
        yield Part(analyse(doc), 1.0, True)
        return
    blocks = strip(doc)
    title = title_of(doc, blocks)
    parts = _parts(blocks, part_chars)
    total = sum(blocks[i].end - blocks[i].start for p in parts for i in p) or 1
    done = 0
    sentences: list[Sentence] = []
    yield Part(Analysis(doc, blocks, title, ()), 0.0, False)
    for part in parts:
        sentences.extend(analyse_sentences(doc, blocks, part))
        done += sum(blocks[i].end - blocks[i].start for i in part)
        yield Part(Analysis(doc, blocks, title, tuple(sentences)), min(done / total, 0.99), False)
    yield Part(Analysis(doc, blocks, title, link(doc.text, sentences)), 1.0, True)
