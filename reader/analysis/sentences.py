"""Sentence segmentation with pysbd, with character offsets into the document text.

pysbd is rule-based (it passes ~98% of the "Golden Rules" cases: abbreviations,
initials, decimals, quotations, ellipses) but its cost grows faster than linearly with
the length of one call, so long blocks are cut first at safe boundaries — a period
after a lower-case word of three letters or more, followed by a capital — and each
piece is segmented alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reader.document import Block, Document

#: pysbd is called on at most about this many characters at a time.
CHUNK = 3000
_SAFE_CUT = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut text[start:end] into pieces of about CHUNK characters at safe boundaries."""
    while end - start > CHUNK * 2:
        cut = None
        for m in _SAFE_CUT.finditer(text, start + CHUNK, min(end, start + CHUNK * 3)):
            cut = m
            break
        if cut is None:
            # No safe boundary: cut at whitespace, or hard in a very long token.
            ws = _SPACE.search(text, start + CHUNK, min(end, start + CHUNK * 3))
            if ws is None:
                yield start, start + CHUNK * 3
                start += CHUNK * 3
                continue
            cut = ws
        yield start, cut.start()
        start = cut.end()
    yield start, end


def split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    for cs, ce in _chunks(text, start, end):
        piece = text[cs:ce]
        pos = 0
        for sent in _segmenter().segment(piece):
            core = sent.strip()
            if not core:
                continue
            found = piece.find(core, pos)
            if found < 0:  # pysbd altered the text; fall back to the rest of the piece
                found = pos
                core = piece[pos:].strip()
                if not core:
                    break
                found = piece.find(core, pos)
            spans.append((cs + found, cs + found + len(core)))
            pos = found + len(core)
            if pos >= len(piece):
                break
        rest = piece[pos:].strip()
        if rest:  # never drop text pysbd did not return
            found = piece.find(rest, pos)
            spans.append((cs + found, cs + found + len(rest)))
    return spans


def sentence_spans(doc: Document, blocks: tuple[Block, ...] | None = None) -> list[tuple[int, int, int]]:
    """(start, end, block index) for every sentence of every kept block, in order.

    A title, a heading or a code block is one sentence whatever its punctuation.
    """
    out: list[tuple[int, int, int]] = []
    for index, block in enumerate(doc.blocks if blocks is None else blocks):
        if not block.kept:
            continue
        if block.kind in ("title", "heading", "code"):
            out.append((block.start, block.end, index))
            continue
        out.extend((s, e, index) for s, e in split(doc.text, block.start, block.end))
    return out
