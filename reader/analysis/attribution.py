"""Attributions: cue, source and content for every sentence (issue 3; stub)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.model import Attribution


def attribute(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Attribution, ...]]:
    """The attributions of each sentence (start, end), aligned with ``sentences``."""
    return [() for _ in sentences]
