"""Pre-wrapped lines for the article view: offsets into the document, not copies.

The layout turns the blocks to show into display lines at a readable width. A text
line is a span ``(start, end)`` of the document text, so a sentence's lines and
columns follow from its offsets by bisection, and nothing is copied. Wrapping ASCII
prose uses one compiled regular expression (the whole of a million-word text wraps
in about 50 ms); text with wide or combining characters takes a slower per-word path
that measures cells.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len

from reader.document import Block
from reader.safe import inert

TEXT, BLANK, LABEL = 0, 1, 2
#: List items hang after a bullet: "• " on an item's first line, two spaces on the rest.
LIST_INDENT = 2

#: (start, end, block index, kind): text lines span document text; a LABEL line
#: introduces a stripped block (its reason); a BLANK line separates blocks.
Line = tuple[int, int, int, int]


@lru_cache(maxsize=8)
def _wrap_re(width: int) -> re.Pattern[str]:
    # A line runs from a non-space to a non-space followed by a space (or the end) and
    # is at most ``width`` long; a word longer than the width is cut hard.
    return re.compile(r"\S(?:.{0,%d}\S)?(?=\s|\Z)|\S{1,%d}" % (width - 2, width), re.S)


_WORD = re.compile(r"\S+")


def _wrap_cells(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy wrap by terminal cells (wide or combining characters)."""
    out: list[tuple[int, int]] = []
    line_start = line_end = -1
    used = 0
    for m in _WORD.finditer(text, start, end):
        ws, we = m.span()
        w = cell_len(inert(m.group()))
        while w > width:  # a word wider than the line: cut it by cells
            if line_start >= 0:
                out.append((line_start, line_end))
                line_start = -1
            cut, cells = ws, 0
            while cut < we and cells + cell_len(inert(text[cut])) <= width:
                cells += cell_len(inert(text[cut]))
                cut += 1
            cut = max(cut, ws + 1)
            out.append((ws, cut))
            ws = cut
            w = cell_len(inert(text[ws:we]))
        if ws >= we:
            continue
        if line_start < 0:
            line_start, line_end, used = ws, we, w
        elif used + (gap := cell_len(inert(text[line_end:ws]))) + w <= width:
            line_end, used = we, used + gap + w
        else:
            out.append((line_start, line_end))
            line_start, line_end, used = ws, we, w
    if line_start >= 0:
        out.append((line_start, line_end))
    return out


def wrap(text: str, start: int, end: int, width: int, keep_lines: bool = False) -> list[tuple[int, int]]:
    """Spans of the display lines of ``text[start:end]`` at ``width`` cells.

    Prose is reflowed (its newlines read as spaces); with ``keep_lines`` (code) every
    source line stays a line and only long ones are cut.
    """
    width = max(width, 4)
    if keep_lines:
        out: list[tuple[int, int]] = []
        pos = start
        while pos <= end:
            nl = text.find("\n", pos, end)
            stop = end if nl < 0 else nl
            if stop == pos:
                out.append((pos, pos))
            elif text[pos:stop].isascii():
                out.extend((s, min(s + width, stop)) for s in range(pos, stop, width))
            else:
                out.extend(_wrap_cells(text, pos, stop, width) or [(pos, pos)])
            if nl < 0:
                break
            pos = nl + 1
        return out
    if text[start:end].isascii():
        return [m.span() for m in _wrap_re(width).finditer(text, start, end)]
    return _wrap_cells(text, start, end, width)


@dataclass(slots=True)
class Layout:
    """The display lines of one document at one width, and the maps between them.

    A layout may be partial: ``next_block`` is the first block not laid out yet
    (``len(blocks)`` when complete), so a long text paints at once and the rest is
    wrapped in steps with :func:`extend`.
    """

    lines: list[Line]
    width: int
    #: starts of text lines (non-decreasing) and the display row of each
    text_starts: list[int]
    text_rows: list[int]
    show_stripped: bool = False
    next_block: int = 0
    #: characters of blocks laid out so far (to estimate the height of the rest)
    chars_done: int = 0

    def row_of(self, offset: int) -> int:
        """The display row that shows document offset ``offset`` (or the nearest before)."""
        k = bisect_right(self.text_starts, offset) - 1
        return self.text_rows[max(k, 0)] if self.text_rows else 0

    def rows_of(self, start: int, end: int) -> range:
        """The display rows a span of text covers."""
        if not self.text_rows:
            return range(0)
        first = bisect_right(self.text_starts, start) - 1
        last = bisect_right(self.text_starts, max(start, end - 1)) - 1
        first, last = max(first, 0), max(last, 0)
        return range(self.text_rows[first], self.text_rows[last] + 1)

    def covers(self, offset: int, blocks: Sequence[Block]) -> bool:
        """True when the layout reaches document offset ``offset``."""
        return self.next_block >= len(blocks) or blocks[self.next_block].start > offset

    def __len__(self) -> int:
        return len(self.lines)


def extend(layout: Layout, text: str, blocks: Sequence[Block], max_lines: int | None = None) -> Layout:
    """Lay out further blocks (all, or until about ``max_lines`` more lines); in place."""
    lines, starts, rows = layout.lines, layout.text_starts, layout.text_rows
    append = lines.append
    width, show_stripped = layout.width, layout.show_stripped
    stop = len(lines) + max_lines if max_lines is not None else None
    index = layout.next_block
    chars = layout.chars_done
    n = len(blocks)
    while index < n:
        if stop is not None and len(lines) >= stop:
            break
        block = blocks[index]
        index += 1
        chars += block.end - block.start
        if not block.kept and not show_stripped:
            continue
        is_item = block.kind == "list"
        # Items of one list follow each other without a blank line, as a list does.
        if lines and not (is_item and block.kept and lines[-1][3] == TEXT and blocks[lines[-1][2]].kind == "list"
                          and blocks[lines[-1][2]].kept):
            append((block.start, block.start, index - 1, BLANK))
        if not block.kept:
            append((block.start, block.end, index - 1, LABEL))
        spans = wrap(text, block.start, block.end, width - LIST_INDENT if is_item else width,
                     keep_lines=block.kind == "code")
        base = len(lines)
        for k, (s, e) in enumerate(spans):
            append((s, e, index - 1, TEXT))
            starts.append(s)
            rows.append(base + k)
    layout.next_block = index
    layout.chars_done = chars
    return layout


def build(text: str, blocks: Sequence[Block], width: int, show_stripped: bool = False,
          max_lines: int | None = None) -> Layout:
    """Lay out the blocks to show: kept ones, and stripped ones (labelled) on request."""
    return extend(Layout([], width, [], [], show_stripped), text, blocks, max_lines)


def estimated_rows(layout: Layout, blocks: Sequence[Block]) -> int:
    """The rows of a partial layout plus an estimate for the blocks still to come."""
    if layout.next_block >= len(blocks):
        return len(layout.lines)
    rest = (blocks[-1].end - blocks[layout.next_block].start) if blocks else 0
    per_row = (layout.chars_done / len(layout.lines)) if layout.lines else layout.width * 0.8
    return len(layout.lines) + int(rest / max(per_row, 1.0)) + 1
