"""The results of analysis: immutable records with offsets into the document text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from reader.document import Block, Document

Stance = Literal["asserts", "reports", "hedges", "denies", "declines"]
STANCES: tuple[str, ...] = ("asserts", "reports", "hedges", "denies", "declines")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says what: the cue, the source noun phrase (None where none is written), the content."""

    cue: Span
    source: Span | None
    content: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Analysis.blocks
    stance: Stance = "asserts"
    attributions: tuple[Attribution, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Analysis:
    document: Document
    blocks: tuple[Block, ...]  # the document's blocks, with kept/reason decided
    title: str | None
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_text(self, sentence: Sentence) -> str:
        return self.document.text[sentence.start : sentence.end]
