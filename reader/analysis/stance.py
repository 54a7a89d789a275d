"""Stance of each sentence, and the claim flag (issue 3; stub)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.model import Attribution, Span, Stance


@dataclass(frozen=True, slots=True)
class StanceResult:
    stance: Stance = "asserts"
    cues: tuple[Span, ...] = ()
    rule: str = ""
    claim: bool = False


def classify(
    text: str, sentences: Sequence[tuple[int, int]], attributions: Sequence[tuple[Attribution, ...]]
) -> list[StanceResult]:
    return [StanceResult() for _ in sentences]
