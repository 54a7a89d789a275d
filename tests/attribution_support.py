"""Helpers shared by the attribution tests: run the attribution step on a text written for a
test, pick an attribution by its cue, and read its spans back as strings."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.analysis.attribution import attribute
from reader.analysis.model import Attribution
from reader.analysis.sentences import split


def per_sentence(text: str) -> tuple[list[tuple[int, int]], list[tuple[Attribution, ...]]]:
    """The sentences of text and the attributions each lists."""
    sents = split(text, 0, len(text))
    return sents, attribute(text, sents)


def one_sentence(text: str) -> list[Attribution]:
    """The attributions of a one-sentence text, in the order the sentence lists them."""
    sents, per = per_sentence(text)
    assert len(sents) == 1, sents
    return list(per[0])


def listed(text: str) -> list[Attribution]:
    """Every attribution of text once (one listed on several sentences counts once), in cue order."""
    _, per = per_sentence(text)
    return sorted({a for atts in per for a in atts}, key=lambda a: a.cue.start)


def cue_text(text: str, a: Attribution) -> str:
    return text[a.cue.start : a.cue.end]


def src(text: str, a: Attribution) -> str | None:
    return None if a.source is None else text[a.source.start : a.source.end]


def content(text: str, a: Attribution) -> str:
    return " | ".join(text[c.start : c.end] for c in a.content)


def by_cue(text: str, cue: str, atts: Iterable[Attribution]) -> Attribution:
    """The one attribution among atts whose cue reads ``cue``."""
    atts = list(atts)
    found = [a for a in atts if cue_text(text, a) == cue]
    assert len(found) == 1, f"{cue!r}: {[cue_text(text, a) for a in atts]}"
    return found[0]


def only(text: str, cue: str) -> Attribution:
    """The one attribution of text (listed once however many sentences list it) whose cue reads ``cue``."""
    return by_cue(text, cue, listed(text))


def cue_texts(text: str, atts: Sequence[Attribution]) -> list[str]:
    return [cue_text(text, a) for a in atts]


def listed_cues(text: str) -> list[str]:
    """The cue of every attribution of text, each once, in cue order."""
    return cue_texts(text, listed(text))


def sentence_cues(text: str) -> list[str]:
    """The cues each sentence lists, sentence by sentence (one carried over several sentences repeats)."""
    _, per = per_sentence(text)
    return [cue_text(text, a) for atts in per for a in atts]


def source_of(text: str, cue: str) -> str | None:
    """The source of the one attribution of text whose cue reads ``cue``."""
    return src(text, only(text, cue))
