"""The derived text of a structured input: blocks joined by a blank line.

Markdown and HTML are not read as they are written: each reader walks its parse and
appends the readable text of every block here, so that offsets (blocks, links) index
the text the reader shows. Shared so that both formats lay out text the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.document import Block, BlockKind, Link

SEPARATOR = "\n\n"
_NON_WORD = re.compile(r"\W+")


def comparable(text: str) -> str:
    """Text reduced to its lower-case words: compares texts whatever their spacing and
    punctuation (a heading and the title, a <pre> and the extractor's copy of it)."""
    return _NON_WORD.sub(" ", text).strip().lower()


class TextBuilder:
    """Appends blocks of text; ``blocks`` and ``links`` are offsets into :meth:`text`."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.links: list[Link] = []

    def append(self, text: str, kind: BlockKind) -> int:
        """Add ``text`` as a new block of ``kind``; where it starts in the whole text."""
        if self.parts:
            self.parts.append(SEPARATOR)
            self.length += len(SEPARATOR)
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        self.blocks.append(Block(start, self.length, kind))
        return start

    def text(self) -> str:
        return "".join(self.parts)


def prepend_title(text: str, blocks: Sequence[Block], links: Sequence[Link],
                  title: str) -> tuple[str, list[Block], list[Link]]:
    """``title`` as a new first block of kind ``title``, every offset after it shifted."""
    shift = len(title) + len(SEPARATOR)
    shifted = [Block(0, len(title), "title")]
    shifted += [Block(b.start + shift, b.end + shift, b.kind, b.kept, b.reason) for b in blocks]
    moved = [Link(lk.start + shift, lk.end + shift, lk.href) for lk in links]
    return title + (SEPARATOR + text if text else ""), shifted, moved
