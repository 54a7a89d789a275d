"""Claim links: a denial or confirmation linked to the sentence it answers (issue 3; stub)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.model import ClaimLink, Sentence


def link_claims(text: str, sentences: Sequence[Sentence]) -> list[tuple[ClaimLink, ...]]:
    return [() for _ in sentences]
