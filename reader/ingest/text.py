"""Plain text, as copied from a web page: blocks are paragraphs separated by blank lines.

A paragraph whose lines are separate items (a menu, a byline over a date, a list)
is split into one block per line, so boilerplate can be stripped line by line; a
hard-wrapped paragraph (lines that run on into each other) stays one block.
The document text is the input text itself, so offsets are file offsets.
"""

from __future__ import annotations

import re

from reader.document import Block, Document

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_BULLET = re.compile(r"\s*(?:[-*+•◦▪‣–]|\d{1,3}[.)])\s+\S")
_SENTENCE_END = re.compile(r"""[.!?:;…]["'”’)\]]*\s*$""")


def _runs_on(lines: list[str]) -> bool:
    """True when the lines of a paragraph are one text wrapped at a fixed width."""
    if len(lines) < 2:
        return True
    if any(_BULLET.match(line) for line in lines):
        return False
    joins = 0
    for this, nxt in zip(lines, lines[1:]):
        nxt = nxt.lstrip()
        if not _SENTENCE_END.search(this) and nxt[:1].islower():
            joins += 1
    widths = [len(line.rstrip()) for line in lines[:-1]]
    wrapped = min(widths) >= 40 and max(widths) - min(widths) <= 25
    return wrapped or joins >= (len(lines) - 1) / 2


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def blocks_of(text: str, offset: int = 0, end: int | None = None) -> list[Block]:
    """The paragraph and line blocks of ``text[offset:end]``."""
    blocks: list[Block] = []
    for para in _PARAGRAPH.finditer(text, offset, len(text) if end is None else end):
        lines = para.group().split("\n")
        if _runs_on(lines):
            s, e = _trim(text, para.start(), para.end())
            blocks.append(Block(s, e, "paragraph"))
            continue
        for line in _LINE.finditer(text, para.start(), para.end()):
            s, e = _trim(text, line.start(), line.end())
            kind = "list" if _BULLET.match(line.group()) else "paragraph"
            blocks.append(Block(s, e, kind))
    return blocks


def parse(text: str) -> Document:
    return Document(text=text, blocks=tuple(blocks_of(text)), format="text")
