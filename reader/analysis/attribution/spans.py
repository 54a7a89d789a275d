"""The raw find of a frame (_Raw, before it becomes an Attribution) and the span helpers
every stage uses: trimming punctuation, counting words, cutting a leading adjunct.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from reader.analysis import sources as S
from reader.analysis.model import Span
from reader.analysis.sources import Token


_TRAIL = " \t\n\r.,;:–—-―"
_LEAD = " \t\n\r,;:–—-―"
_ADJUNCT_LEAD = re.compile(
    r"(?:\s*,?\s*(?:(?:in|on|via|through|during|at|with)\s+(?:a|an|the|his|her|their|its|our)\s+"
    r"(?:(?:written|joint|brief|short|separate|new|televised|recent|radio|phone|telephone|TV|television|"
    r"email|e-mail|emailed|press|news|prepared|lengthy|exclusive|weekly|Sunday|Monday|Friday)\s+)*"
    r"(?:statement|interview|letter|tweet|post|email|e-mail|speech|op-ed|release|memo|briefing|"
    r"conference|call|appearance|video|remarks|hearing|rally|filing|message|note|report|show|program|"
    r"event|meeting|debate|session|town\s+hall|forum|address)"
    r"(?:\s+(?:to|with|on|at|in|from)\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*\s*)+)?"
    rf"|(?:on|last|this|early|late|next)\s+(?:{S.WEEKDAYS}|week|month|year|night|morning|afternoon|evening)"
    rf"|(?:{S.WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|(?:in|on)\s+(?:{S.MONTHS})(?:\s+\d+)?"
    r"|(?:on|in|to|via)\s+(?:Twitter|Facebook|"
    r"Instagram|television|TV|radio|CNN|Fox(?:\s+News)?|MSNBC|NBC|CBS|ABC|reporters|journalists)"
    r"|earlier|later|previously|recently|also|again|then|repeatedly|publicly|privately|yesterday|today"
    r"|(?:to|at)\s+(?:a|the)\s+(?:crowd|audience|reporters|rally|gathering|news\s+conference|press\s+conference)"
    r")\b)+\s*,?",
)


@dataclass(slots=True)
class _Raw:
    cue: Span
    group: str
    source: Span | None
    content: list[Span]
    rule: str
    antecedent: Span | None = None
    reduced: bool = False  # the source carries a reduced relative ("a poll released in May")
    absolute: bool = False  # "with experts offering Y": its own subject, never the outer speaker's framing


def _sp(toks: list[Token], a: int, b: int) -> Span:
    return Span(toks[a].start, toks[b].end)


def _trim(text: str, start: int, end: int, lead: str = _LEAD, trail: str = _TRAIL) -> Span | None:
    while start < end and text[start] in lead:
        start += 1
    while end > start and text[end - 1] in trail:
        end -= 1
    return Span(start, end) if end > start else None


_WORD = re.compile(r"[^\W_]+")
MAX_PAIRWISE = S.MAX_PAIRWISE  # re-exported: the attribution stages import it from here


def _words(text: str, span: Span | None, limit: int = 8) -> int:
    """Number of words in span, counted up to ``limit`` (callers only compare small counts)."""
    if span is None:
        return 0
    return sum(1 for _ in itertools.islice(_WORD.finditer(text, span.start, span.end), limit))


def _title_case(toks: list[Token]) -> bool:
    long_words = [t for t in toks if t.word and len(t.text) > 3 and not t.text[0].isdigit()]
    return len(long_words) >= 2 and sum(t.cap for t in long_words) >= 0.75 * len(long_words)


def _cut_adjunct(text: str, span: Span) -> Span:
    m = S._ADJUNCT.search(text, span.start, span.end)
    if m and m.start() > span.start:
        return Span(span.start, m.start())
    return span


def _lead_end(text: str, span: Span) -> int:
    """Where span's text starts after a leading time or medium adjunct ("Friday afternoon, ...")."""
    m = _ADJUNCT_LEAD.match(text, span.start, span.end)
    return m.end() if m else span.start
