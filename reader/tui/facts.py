"""What the reader says about a sentence, computed from the analysis model (no Textual).

Small pure functions shared by the article view (marks, navigation, filters) and the
side panel, so what the panel says and what navigation does cannot disagree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from reader.analysis.model import Analysis, Attribution, Sentence

#: A quiet one-cell mark per stance in the article's gutter ("asserts" has none).
STANCE_MARKS: dict[str, str] = {"asserts": " ", "reports": "\u201c", "hedges": "~", "denies": "\u2717",
                                "declines": "\u2205"}
CLAIM_MARK = "\u258e"
NOTE_MARK = "\u270e"
BADGES: dict[str, str] = {"person": "person", "organisation": "organisation", "anonymous": "anonymous",
                          "document": "document", "unknown": "unknown"}

#: What each cue group (reader/analysis/data/cues.toml) means, in a reader's words.
CUE_MEANINGS: dict[str, str] = {
    "say": "reported speech or writing",
    "confirm": "a confirmation",
    "deny": "a denial",
    "decline": "no comment given",
    "claim": "a claim, not shown to be true",
    "belief": "a belief or expectation",
    "intention": "an intention or plan",
    "urge": "a call or request",
    "criticise": "criticism",
    "support": "support",
    "evidence": "evidence (shows, finds)",
    "perception": "how something is seen",
    "learn": "something learned",
}

_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """One line: runs of white space (newlines included) become one space."""
    return _SPACE.sub(" ", text).strip()


def cue_meaning(group: str) -> str:
    """The cue group in plain words (the group's own name when it has none)."""
    return CUE_MEANINGS.get(group, group.replace("_", " "))


@dataclass(frozen=True, slots=True)
class Source:
    """The source of an attribution as the panel shows it."""

    written: str | None  # as written in the sentence ("They"); None when no source is written
    resolved: str | None  # the antecedent it refers to ("a senior diplomat"), if any
    kind: str  # person | organisation | anonymous | document | unknown

    @property
    def key(self) -> str | None:
        """What "the same source" means: the resolved name, case-folded."""
        name = self.resolved or self.written
        return clean(name).casefold() if name else None


def source_of(text: str, attribution: Attribution) -> Source:
    written = clean(text[attribution.source.start : attribution.source.end]) if attribution.source else None
    resolved = None
    if attribution.antecedent is not None:
        resolved = clean(text[attribution.antecedent.start : attribution.antecedent.end]) or None
    return Source(written, resolved, attribution.source_kind)


def source_key(text: str, sentence: Sentence) -> str | None:
    """The key of the sentence's first attribution with a source, or None."""
    for attribution in sentence.attributions:
        key = source_of(text, attribution).key
        if key:
            return key
    return None


def source_label(text: str, sentence: Sentence) -> str | None:
    for attribution in sentence.attributions:
        src = source_of(text, attribution)
        if src.key:
            return src.resolved or src.written
    return None


def reverse_links(analysis: Analysis) -> dict[int, list[tuple[str, int]]]:
    """For each target sentence, the (kind, source sentence) links pointing at it."""
    out: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for index, sentence in enumerate(analysis.sentences):
        for link in sentence.links:
            out[link.target].append((link.kind, index))
    return dict(out)


def sources(analysis: Analysis) -> list[tuple[str, str, int]]:
    """(key, label, sentence count) of every source, most frequent first."""
    counts: dict[str, list] = {}
    text = analysis.text
    for sentence in analysis.sentences:
        key = source_key(text, sentence)
        if key:
            entry = counts.setdefault(key, [source_label(text, sentence), 0])
            entry[1] += 1
    return sorted(((k, v[0], v[1]) for k, v in counts.items()), key=lambda t: (-t[2], t[0]))
