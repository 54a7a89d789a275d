"""Quotations: where quotation marks open and close, and how a content runs on over the
sentences and paragraphs a quotation or a transcript turn spans.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.analysis.attribution.spans import _trim
from reader.analysis.model import Span


def _quote_balance(s: str) -> int:
    """Open minus closed double quotations in s (straight quotes alternate)."""
    bal = s.count("“") - s.count("”")
    straight = s.count('"')
    return bal + (straight % 2)


#: A straight double quote right after a number is an inch mark ('a 70" TV', '6\'2"'), when that
#: leaves the straight quotes of a stretch of text paired.
_WORD_CHAR = re.compile(r"\w")
_INCH_MARK = re.compile(r'(?<![\w.])\d{1,3}(?:\.\d+)?"')


def _inch_mark(text: str, i: int) -> bool:
    """Is the straight quote at i an inch mark: after a number of one to three digits ('70"')?"""
    j = i
    while j > 0 and (text[j - 1].isdigit() or text[j - 1] == "."):
        j -= 1
    return _INCH_MARK.match(text, j, i + 1) is not None and (j == 0 or not text[j - 1].isalnum())


def _extend_forward(text: str, sents: Sequence[tuple[int, int]], si: int, span: Span) -> Span:
    """A content opening a quotation that this sentence leaves open runs to where it closes."""
    seg = text[span.start : span.end]
    if "“" not in seg and '"' not in seg:
        return span
    if seg.count("“") <= seg.count("”") and seg.count('"') % 2 == 0:
        return span
    if "“" not in seg and (seg.count('"') - len(_INCH_MARK.findall(seg))) % 2 == 0:
        return span  # 'the least expensive 70"+ TV': an inch mark, no quotation
    end = span.end
    prev_end = max(span.end, sents[si][1])
    for sj in range(si + 1, min(len(sents), si + 12)):
        s, e = sents[sj]
        piece = text[s:e]
        if "\n" in text[prev_end:s]:
            # a quotation runs on over a paragraph break only if the next paragraph opens with a
            # quotation mark (the convention for a quote of several paragraphs); that mark reopens it
            lead = piece.lstrip()
            if not lead.startswith(("“", '"')):
                break
            piece = lead[1:]
        end = e
        prev_end = e
        if "”" in piece or piece.count('"') % 2 == 1:
            break
    else:
        return span
    if end == span.end:
        return span
    t = _trim(text, span.start, end, lead="", trail=" \t\n\r,;:")
    return t or span


def _extend_backward(text: str, sents: Sequence[tuple[int, int]], si: int, span: Span) -> Span:
    """A content closing a quotation that opened in an earlier sentence reaches back to its opening."""
    seg = text[span.start : span.end]
    if "”" not in seg or seg.find("“") != -1 and seg.find("“") < seg.find("”"):
        return span
    start = span.start
    for sj in range(si - 1, max(-1, si - 12), -1):
        s, e = sents[sj]
        piece = text[s:e]
        start = s
        o = piece.rfind("“")
        if o != -1 and o > piece.rfind("”"):
            start = s + o
            break
        if "”" in piece:  # a closed quotation before: ours did not open earlier
            return span
    else:
        return span
    return Span(start, span.end)


def _quote_at(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos] in "“\"" or text.startswith("''", pos))


def _first_quotation(text: str, span: Span) -> Span | None:
    """The quotation that opens at span.start, if it closes inside span."""
    s, e = span.start, span.end
    if text.startswith("''", s):
        close = text.find("''", s + 2, e)
        return Span(s, close + 2) if close != -1 else None
    closer = "”" if text[s] == "“" else '"'
    close = text.find(closer, s + 1, e)
    return Span(s, close + 1) if close != -1 else None


def _last_quotation(text: str, span: Span) -> Span:
    """If span ends with a quotation that opened inside it, just that quotation ("..." X said)."""
    s, e = span.start, span.end
    seg = text[s:e].rstrip(" ,")
    if seg.count("”") + seg.count('"') // 2 + seg.count("''") // 2 <= 1:
        o = _colon_quotation(text, s, s + len(seg))
        if o is not None:
            return Span(o, e)  # "Alder scolded him: “Y,” she said": the colon ends a clause of its own
        return span  # one quotation only: keep its lead-in ('Mills "got an immunity agreement,"')
    if seg.endswith("''"):
        o = text.rfind("''", s, s + len(seg) - 2)
        return Span(o, e) if o > s else span
    if seg.endswith("”"):
        o = text.rfind("“", s, e)
        return Span(o, e) if o > s else span
    if seg.endswith('"') and seg.count('"') >= 2:
        o = text.rfind('"', s, s + len(seg) - 1)
        return Span(o, e) if o > s else span
    return span


def _colon_quotation(text: str, s: int, e: int) -> int | None:
    """Where the one quotation closing text[s:e] opens, when a colon introduces it ("X told him:
    “Y,”"): what stands before the colon is a reporting clause of its own, not part of the quote."""
    seg = text[s:e]
    if seg.endswith("”"):
        o = text.rfind("“", s, e)
    elif seg.endswith('"') and seg.count('"') == 2:
        o = text.rfind('"', s, e - 1)
    else:
        return None
    if o <= s or not text[s:o].rstrip().endswith(":"):
        return None
    return o


def _next_paragraph(text: str, sents: Sequence[tuple[int, int]], si: int) -> list[Span]:
    """The sentences of the paragraph after sentence si (at most 12)."""
    start, end = sents[si + 1]
    for sj in range(si + 2, min(len(sents), si + 13)):
        s, e = sents[sj]
        if "\n" in text[end:s]:
            break
        end = e
    return [Span(start, end)]


def _continuation(text: str, sents: Sequence[tuple[int, int]], si: int) -> list[Span]:
    """Following sentences of the same paragraph that carry on the speaker's quotation."""
    out: list[Span] = []
    prev_end = sents[si][1]
    opened = False
    for sj in range(si + 1, min(len(sents), si + 8)):
        s, e = sents[sj]
        if "\n" in text[prev_end:s]:
            whole = _quoted_paragraph(text, sents, sj)
            if whole is not None and (not out or not opened or _quote_balance(text[out[0].start : out[-1].end]) <= 0):
                out.append(whole)  # "“Y1,” said X.¶“Y2.”": a paragraph that is all quotation carries on X's
            break
        piece = text[s:e]
        if not opened:
            if not _quote_at(text, s):
                break
            opened = True
        bal = _quote_balance(piece.replace("''", '"'))
        if bal == 0 and opened and out == [] or bal <= 0 and out:
            # the quotation closes in this sentence: keep it only if nothing follows the close
            close = max(piece.rfind("”"), piece.rfind('"'), piece.rfind("''"))
            if _WORD_CHAR.search(piece[close + 1 :]):
                break
            out.append(Span(s, e))
            break
        out.append(Span(s, e))
        prev_end = e
    if not out:
        return []
    return [Span(out[0].start, out[-1].end)]


def _quoted_paragraph(text: str, sents: Sequence[tuple[int, int]], sj: int) -> Span | None:
    """The paragraph opening at sentence sj when it is one quotation and nothing else: it opens with
    a quotation mark, closes with one, and no mark closes it before its end (so no "he said" in it)."""
    s = sents[sj][0]
    if not _quote_at(text, s):
        return None
    e = sents[sj][1]
    for sk in range(sj + 1, min(len(sents), sj + 8)):
        if "\n" in text[e : sents[sk][0]]:
            break
        e = sents[sk][1]
    else:
        if sj + 8 < len(sents):
            return None
    para = text[s:e].rstrip()
    if not para.endswith(("”", '"', "''")) or "\n" in para:
        return None
    inner = para[2:-2] if para.startswith("''") else para[1:-1]
    if "”" in inner or '"' in inner or "''" in inner:
        return None  # the quotation closes inside: words of the writer follow it
    return Span(s, s + len(para))


_SPEAKER = re.compile(r"[\"“]?\s*((?:[A-Z][A-Z.’'-]+\s+){0,2}[A-Z][A-Z’'-]+)\s*:\s")


#: A transcript turn runs over at most this many paragraphs.
TURN_PARAGRAPHS = 4


def _speaker_follows(text: str, sents: Sequence[tuple[int, int]], sj: int) -> bool:
    """Does a speaker label open a paragraph within the next few paragraphs after sentence sj?"""
    seen = 0
    prev_end = sents[sj][0]
    for sk in range(sj, min(len(sents), sj + 30)):
        s, e = sents[sk]
        if "\n" in text[prev_end:s]:
            seen += 1
            if seen > TURN_PARAGRAPHS:
                return False
        if _SPEAKER.match(text, s, e):
            return True
        prev_end = e
    return False


_QUOTE_CHARS = re.compile(r"''|[“”\"\n]")


def quotations(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the double quotations in text, one pass.

    Curly quotes open and close; straight quotes alternate. A mark never closed in its paragraph
    opens no quotation: it may be a stray (a pasted excerpt that opens each paragraph with '"', a
    dropped closing mark), and taking it for one would make every cue after it "inside a quotation"
    and drop it. News quotations running over paragraphs reopen each one and close in the last,
    so only that last paragraph counts as quoted here; the contents of the ones before are still
    carried on by the continuation rules.
    """
    out: list[tuple[int, int]] = []
    opened = -1
    for m in _QUOTE_CHARS.finditer(text):
        ch = m.group()
        if ch == "\n":
            opened = -1  # never closed in its paragraph: a stray mark, or a quote running on (see docstring)
        elif opened < 0:
            if ch == '"' and _inch_mark(text, m.start()):
                continue  # 'a 70" TV': an inch mark opens nothing
            if ch != "”":
                opened = m.start()
        elif ch != "“":
            out.append((opened, m.start()))
            opened = -1
    return out


def _inside(quotes: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(quotes, (pos, len_max)) - 1
    return i >= 0 and quotes[i][0] < pos < quotes[i][1]


len_max = 1 << 62
