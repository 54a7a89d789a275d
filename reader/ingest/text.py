"""Plain text, as copied from a web page: blocks are paragraphs separated by blank lines.

A page dump puts every element of the page (menu item, byline, date, caption,
related headline, share button) on a line of its own, often with no blank line
between them. Boilerplate can only be stripped line by line, so a paragraph of
several lines is split into one block per line -- unless it is one text
hard-wrapped at a fixed width (an e-mail, a Gutenberg text), which must stay one
block because sentences are segmented inside blocks, never across them.

A paragraph counts as hard-wrapped when (a) no line but the last could have taken
the next line's first word without passing the widest line -- what greedy
wrapping at a fixed width produces, and what deliberate line breaks almost never
do -- and (b) at least one break falls inside a sentence. (a) alone would join a
list of headlines that happen to have similar lengths; (b) tells them apart.
When wrapped prose and menu lines share a paragraph (a text-mode browser's dump
with no blank lines), the same two tests join line to line, at the width the
document's line lengths show.

Text copied from a page also keeps line breaks that no width forced: a note
wrapped in a narrow box, or broken around the links inside it ("The council has
repeatedly" / "delayed" / "the vote on the bridge, ..."). Lines that run on --
every break inside a sentence: the next line goes on in lower case, or the line
ends on a comma or on a word like "the", "of", "who" -- and that end a sentence
together are one block too (:func:`run_on_lines`). A menu's lines don't end a
sentence, a headline list's lines start with capitals, so they stay apart.

The document text is the input text itself, so offsets are file offsets; blocks
are trimmed of surrounding white space and tile the text in order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.document import Block, Document

#: Characters that show nothing: a line of them (zero-width spaces, a stray byte-order mark)
#: is as blank as an empty one.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_INK = rf"[^\s{_INVISIBLE}]"
_PARAGRAPH = re.compile(rf"[^\n]*{_INK}[^\n]*(?:\n[^\n]*{_INK}[^\n]*)*")
_LINE = re.compile(rf"[^\n]*{_INK}[^\n]*")
_EDGES = re.compile(rf"^[\s{_INVISIBLE}]+|[\s{_INVISIBLE}]+$")


def _clean(line: str) -> str:
    """The line without white space or invisible characters at its ends."""
    return _EDGES.sub("", line)
_BULLET = re.compile(r"\s*(?:[-*+•◦▪‣–]|\d{1,3}[.)])\s+\S")
_SENTENCE_END = re.compile(r"""[.!?…:。！？]["'”’)\]」』]*$""")
_OPEN_END = re.compile(r"[,;(\-–—]$")

#: Lines narrower than this are never taken for wrapped prose (menus, addresses, verse).
MIN_WRAP_WIDTH = 30
#: A two-line paragraph's first line must be this close to the document's wrap width.
WRAP_SLACK = 12
#: Wider "wrapping" than this is no wrapping: page dumps have long unbroken lines.
MAX_WRAP_WIDTH = 160
#: A page counts as wrapped when it has at least this many breaks forced by the width.
MIN_FORCED_BREAKS = 3


def _first_word(line: str) -> str:
    parts = line.split(None, 1)
    return parts[0] if parts else ""


def _breaks_mid_sentence(this: str, nxt: str) -> bool:
    """True when the break between two lines falls inside a sentence."""
    if _SENTENCE_END.search(this):
        return False
    head = nxt[:1]
    if head.islower() or (head.isalpha() and not head.isupper()):
        return True  # goes on in lower case, or in a script without case
    return bool(_OPEN_END.search(this))


def _greedy_wrapped(lines: list[str]) -> int:
    """The width the lines look wrapped at, or 0 when some break was deliberate.

    Wrapped text never breaks a line where the next word would still have fitted.
    """
    width = max(len(line) for line in lines)
    if width < MIN_WRAP_WIDTH:
        return 0
    for this, nxt in zip(lines, lines[1:]):
        if len(this) + 1 + len(_first_word(nxt)) <= width:
            return 0
    if not any(_breaks_mid_sentence(a, b) for a, b in zip(lines, lines[1:])):
        return 0
    return width


#: Words that leave an English sentence open: a line ending in one goes on in the next.
_OPEN_WORDS = frozenset(
    "a an the of to in on at by for from with into about and or but nor that which who whom whose"
    " is are was were has have had be been will would can could should his her their its our my".split()
)
#: A line ending in such a word continues only when it is at least this long.
MIN_OPEN_LINE = 25
#: Lines that run on are joined only when together they make at least this many words ...
MIN_RUN_ON_WORDS = 8
#: ... and the last ends a sentence: not with "..." ("more...") or a colon (a heading).
_FULL_STOP = re.compile(r"""(?<!\.\.)[.!?。！？]["'”’)\]」』]*$""")


def _runs_on(this: str, nxt: str) -> bool:
    """Does ``nxt`` go on with the unfinished sentence of ``this`` (whatever the line widths)?"""
    if _SENTENCE_END.search(this) or _BULLET.match(nxt):
        return False
    # A semicolon or a dash may end a headline over its deck ("Councillor urges boycott;" /
    # "Head of harbour board says ..."); a comma, a lower-case start, or a word that cannot end
    # a sentence ("... who spoke to" / "Reuters on Tuesday") leaves the sentence open.
    # (Not a short label: "Follow us on" stands over a row of share buttons.)
    if nxt[:1].islower() or this.endswith(","):
        return True
    return len(this) >= MIN_OPEN_LINE and this.rsplit(None, 1)[-1] in _OPEN_WORDS


def run_on_lines(lines: list[str]) -> list[tuple[int, int]]:
    """The runs ``[i, j)`` of two lines or more that are one piece of prose broken at will.

    Each break falls inside a sentence (:func:`_runs_on`) and the run's last line ends one.
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and _runs_on(lines[j - 1], lines[j]):
            j += 1
        if (
            j - i >= 2
            and _FULL_STOP.search(lines[j - 1])
            and sum(len(line.split()) for line in lines[i:j]) >= MIN_RUN_ON_WORDS
        ):
            runs.append((i, j))
        i = j
    return runs


def _continues(this: str, nxt: str, width: int) -> bool:
    """Does ``nxt`` go on with the sentence of ``this`` after a break that wrapping at ``width`` forced?"""
    return (
        len(this) >= width - WRAP_SLACK
        and len(this) + 1 + len(_first_word(nxt)) > width
        and _breaks_mid_sentence(this, nxt)
        and not _BULLET.match(nxt)
    )


def _width_from_lines(paragraphs: list[list[str]]) -> int:
    """The wrap width seen in line lengths, for pages where wrapped prose and menu lines mix.

    Lines wrapped at a width end close to it, and their sentences go on in the next
    line; a page whose lines were never wrapped has too few such lines near its
    longest one.
    """
    lengths = sorted(len(line) for lines in paragraphs if len(lines) > 1 for line in lines)
    if not lengths:
        return 0
    for width in (lengths[-1], lengths[int(len(lengths) * 0.95)]):
        if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
            continue
        forced = sum(1 for lines in paragraphs for a, b in zip(lines, lines[1:]) if _continues(a, b, width))
        if forced >= MIN_FORCED_BREAKS:
            return width
    return 0


def wrap_width(paragraphs: list[list[str]]) -> int:
    """The width the document is hard-wrapped at, or 0 when it is not.

    Judged on paragraphs of three lines or more, wrapped whole: with two lines the
    test above passes for any long line followed by a short one (a headline and
    "more..."). Failing those, on the lengths of all lines.
    """
    widths = sorted(w for lines in paragraphs if len(lines) >= 3 and (w := _greedy_wrapped(lines)))
    return widths[len(widths) // 2] if widths else _width_from_lines(paragraphs)


def is_hard_wrapped(lines: list[str], doc_width: int = 0) -> bool:
    """True when the lines of a paragraph are one text wrapped at a fixed width.

    ``doc_width`` is the document's :func:`wrap_width`; a two-line paragraph counts
    as wrapped only when its first line is about that wide.
    """
    lines = [_clean(line) for line in lines]
    if len(lines) < 2:
        return True
    if any(_BULLET.match(line) for line in lines):
        return False
    width = _greedy_wrapped(lines)
    if not width:
        return False
    if len(lines) >= 3:
        return True
    return bool(doc_width) and doc_width - WRAP_SLACK <= len(lines[0]) <= doc_width + WRAP_SLACK


def _blank(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _blank(text[start]):
        start += 1
    while end > start and _blank(text[end - 1]):
        end -= 1
    return start, end


def blocks_of(text: str, offset: int = 0, end: int | None = None) -> list[Block]:
    """The paragraph and line blocks of ``text[offset:end]``."""
    blocks: list[Block] = []
    paras = list(_PARAGRAPH.finditer(text, offset, len(text) if end is None else end))
    split = [[_clean(line) for line in p.group().split("\n")] for p in paras]
    width = wrap_width(split)
    for para, lines in zip(paras, split):
        if is_hard_wrapped(lines, width):
            s, e = _trim(text, para.start(), para.end())
            blocks.append(Block(s, e, "paragraph"))
            continue
        # One block per line -- but lines that run on join (see run_on_lines), and in a
        # wrapped document, lines that go on with the sentence of the line above (wrapped
        # prose among menu lines) join it.
        joined = {k for i, j in run_on_lines(lines) for k in range(i + 1, j)}
        previous = ""
        for k, (line, clean) in enumerate(zip(_LINE.finditer(text, para.start(), para.end()), lines)):
            s, e = _trim(text, line.start(), line.end())
            if blocks and previous and (k in joined or (width and _continues(previous, clean, width))):
                blocks[-1] = replace(blocks[-1], end=e)
            else:
                kind = "list" if _BULLET.match(clean) else "paragraph"
                blocks.append(Block(s, e, kind))
            previous = clean
    return blocks


def parse(text: str) -> Document:
    return Document(text=text, blocks=tuple(blocks_of(text)), format="text")
