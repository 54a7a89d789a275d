"""The document model shared by ingest, analysis, store and TUI.

A :class:`Document` is one text plus the blocks that tile it. Every offset in the
project indexes ``Document.text`` in characters (not bytes), end exclusive.
Instances are immutable; stages return new ones with :func:`dataclasses.replace`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

BlockKind = Literal["title", "heading", "paragraph", "list", "quote", "code", "other"]
BLOCK_KINDS: tuple[str, ...] = get_args(BlockKind)


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink kept as metadata: the anchor text's span and its target."""

    start: int
    end: int
    href: str


@dataclass(frozen=True, slots=True)
class Block:
    """A run of the document text: a heading, a paragraph, a list, ...

    ``kept`` is False for boilerplate, and ``reason`` then says why in words a
    reader understands ("repeated title", "comment form", ...).
    """

    start: int
    end: int
    kind: BlockKind = "paragraph"
    kept: bool = True
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A text, its blocks in order, and what ingest learnt on the way."""

    text: str
    blocks: tuple[Block, ...]
    format: str = "text"  # text | markdown | html
    title: str | None = None  # a title given by the source (HTML <title>, metadata)
    links: tuple[Link, ...] = field(default=())

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]
