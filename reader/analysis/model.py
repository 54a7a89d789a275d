"""The results of analysis: immutable records with offsets into the document text.

Every stage adds to these records and says *why* (the cue, the rule, the words that
decided), so the side panel can explain itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from reader.document import Block, Document

Stance = Literal["asserts", "reports", "hedges", "denies", "declines"]
STANCES: tuple[str, ...] = ("asserts", "reports", "hedges", "denies", "declines")
SourceKind = Literal["person", "organisation", "anonymous", "document", "unknown"]
LinkKind = Literal["denies", "confirms"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says what: the cue, the source noun phrase (None where none is written), the content.

    ``cue_group`` is the cue's group in the cue lexicon (what it means for stance:
    e.g. ``say``, ``confirm``, ``deny``, ``decline``, ``belief``); ``antecedent`` is the
    earlier full mention that a pronoun or short source ("They", "the official") refers
    to; ``rule`` names the pattern that found it.
    """

    cue: Span
    source: Span | None
    content: tuple[Span, ...] = ()
    cue_group: str = "say"
    source_kind: SourceKind = "unknown"
    antecedent: Span | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """This sentence denies or confirms the content of sentence ``target`` (an index)."""

    kind: LinkKind
    target: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Analysis.blocks
    stance: Stance = "asserts"
    stance_cues: tuple[Span, ...] = ()  # the words that decided the stance
    stance_rule: str = ""  # why, in a few words
    attributions: tuple[Attribution, ...] = field(default=())
    claim: bool = False  # carries a checkable assertion
    claim_rule: str = ""  # why it is (or is not) a claim
    links: tuple[ClaimLink, ...] = ()


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
