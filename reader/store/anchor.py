"""Anchors that survive edits: a W3C TextQuoteSelector (exact, prefix, suffix) plus a
TextPositionSelector (start, end), re-anchored in this order:

1. the text at the old position is still the quote → unchanged;
2. the quote occurs verbatim → the occurrence whose prefix/suffix agree best,
   nearest the old position on ties (an edit elsewhere only shifts offsets);
3. fuzzy: rapidfuzz's ``partial_ratio_alignment`` finds the best-matching window for
   the quote (bit-parallel Indel distance: fast on whole articles, where difflib's
   SequenceMatcher is quadratic and has junk heuristics), first near the old position,
   then anywhere; its ends are snapped to word boundaries and refined;
4. otherwise the note is an orphan: kept, flagged, shown — never dropped.

Why not map offsets through a diff of the old and new text? The old text is not
always available (an imported annotation carries only its selectors), and the quote
plus its context is what the standard defines; it is enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Characters of context kept on each side of the quote.
CONTEXT = 32
#: Minimal similarity (0-100) of a fuzzy match to the quote.
FUZZY_MIN = 80.0
#: Minimal similarity of the window that locates a fuzzy candidate.
LOCATE_MIN = 65.0
#: Quotes shorter than this must be found verbatim (a fuzzy match of "Berri" means nothing).
FUZZY_MIN_LEN = 12

_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Anchor:
    """Where a note sits: the quoted text with context, and its offsets when made."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


def make_anchor(text: str, start: int, end: int) -> Anchor:
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} is outside the text (length {len(text)})")
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT):start],
        suffix=text[end:end + CONTEXT],
        start=start,
        end=end,
    )


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):  # noqa: B905 - stops at the shorter
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):  # noqa: B905 - stops at the shorter
        if x != y:
            break
        n += 1
    return n


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> int:
    before = text[max(0, start - len(anchor.prefix)):start]
    after = text[end:end + len(anchor.suffix)]
    return _common_suffix(anchor.prefix, before) + _common_prefix(anchor.suffix, after)


def _exact_matches(anchor: Anchor, text: str) -> tuple[int, int] | None:
    exact = anchor.exact
    if not exact:
        return None
    best: tuple[int, int] | None = None
    best_key: tuple[int, int] | None = None
    pos = text.find(exact)
    while pos != -1:
        key = (-_context_score(anchor, text, pos, pos + len(exact)), abs(pos - anchor.start))
        if best_key is None or key < best_key:
            best, best_key = (pos, pos + len(exact)), key
        pos = text.find(exact, pos + 1)
    return best


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a window to whole words and trim the white space at its ends."""
    while start > 0 and _WORD.match(text[start - 1]) and _WORD.match(text[start]):
        start -= 1
    while end < len(text) and end > 0 and _WORD.match(text[end - 1]) and _WORD.match(text[end]):
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _refine(anchor: Anchor, text: str, start: int, end: int) -> tuple[int, int, float]:
    """Move each end over nearby word boundaries to the best agreement with the anchor:
    similarity to the quote, plus agreement of the text around it with the prefix and
    suffix (which tells "Critics argued that ..." from "that ..." when both are close)."""
    from rapidfuzz import fuzz

    exact = anchor.exact
    slack = max(10, len(exact) // 2)
    context = max(1, len(anchor.prefix) + len(anchor.suffix))
    # Where the unchanged context says the quote starts and ends, if it is nearby.
    if anchor.prefix.strip():
        p = text.rfind(anchor.prefix, max(0, start - len(exact) - len(anchor.prefix)), end)
        if p != -1:
            start = min(p + len(anchor.prefix), end - 1)
    if anchor.suffix.strip():
        q = text.find(anchor.suffix, start + 1, end + len(exact) + len(anchor.suffix))
        if q != -1:
            end = max(q, start + 1)

    def boundaries(lo: int, hi: int) -> list[int]:
        lo, hi = max(0, lo), min(len(text), hi)
        return [i for i in range(lo, hi + 1)
                if i in (0, len(text)) or not (_WORD.match(text[i - 1]) and _WORD.match(text[i]))]

    def score(s: int, e: int) -> tuple[float, float]:
        similarity = fuzz.ratio(exact, text[s:e])
        return similarity + 25.0 * _context_score(anchor, text, s, e) / context, similarity

    best = (start, end, *score(start, end))
    for _ in range(2):  # ends, then starts, twice: each move can change the other's best
        for e in boundaries(best[1] - slack, best[1] + slack):
            if e > best[0]:
                total, similarity = score(best[0], e)
                if total > best[2]:
                    best = (best[0], e, total, similarity)
        for s in boundaries(best[0] - slack, best[0] + slack):
            if s < best[1]:
                total, similarity = score(s, best[1])
                if total > best[2]:
                    best = (s, best[1], total, similarity)
    return best[0], best[1], best[3]


def _fuzzy(anchor: Anchor, text: str) -> tuple[int, int] | None:
    exact = anchor.exact
    if len(exact.strip()) < FUZZY_MIN_LEN:
        return None
    from rapidfuzz import fuzz

    width = max(len(exact) * 3, 400)
    windows = [(max(0, anchor.start - width), min(len(text), anchor.end + width)), (0, len(text))]
    for lo, hi in windows:
        # The alignment only locates a candidate (a window as long as the quote, so an
        # insertion lowers its score); the refined span must then reach FUZZY_MIN.
        found = fuzz.partial_ratio_alignment(exact, text[lo:hi], score_cutoff=LOCATE_MIN)
        if found is None:
            continue
        start, end = _snap(text, lo + found.dest_start, lo + found.dest_end)
        start, end, score = _refine(anchor, text, start, end)
        if score >= FUZZY_MIN and end > start:
            return start, end
    return None


def reanchor(anchor: Anchor, text: str) -> Anchor | None:
    """The anchor moved onto ``text`` (with fresh context), or None: an orphan."""
    if text[anchor.start:anchor.end] == anchor.exact and anchor.end <= len(text) and anchor.exact:
        if _context_score(anchor, text, anchor.start, anchor.end) == len(anchor.prefix) + len(anchor.suffix):
            return anchor
    span = _exact_matches(anchor, text) or _fuzzy(anchor, text)
    if span is None:
        return None
    return make_anchor(text, *span)
