"""The article view: one ScrollView on Textual's Line API, with a sentence cursor.

Nothing here is a widget per sentence or per paragraph. The text is laid out once
into display lines that are spans of the document text (:mod:`reader.tui.layout`);
``render_line`` styles one line from the sentences that overlap it (found by
bisection) and caches the resulting Strip. A cursor move re-renders only the rows of
the old and the new sentence (``refresh_lines``), so a move costs the same at a
thousand words as at a million.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.analysis.model import Analysis, Sentence
from reader.document import Block, Document
from reader.tui import facts
from reader.tui.layout import BLANK, LABEL, LIST_INDENT, TEXT, Layout, build, estimated_rows, extend
from reader.safe import CODE, PROSE, inert

#: The readable measure: at most this many cells of text per line.
MEASURE = 76
GUTTER = 3
#: Lines laid out before the first paint; the rest follows in steps of LAYOUT_STEP
#: between key presses (a million words take about 0.1 s in all).
FIRST_LINES = 2000
LAYOUT_STEP = 8000


class ArticleView(ScrollView, can_focus=True):
    """The article, wrapped at a readable width, with one selected sentence."""

    BINDINGS = [
        Binding("down,j", "next_sentence", "Next", id="sentence.next", tooltip="Next sentence"),
        Binding("up,k", "prev_sentence", "Prev", id="sentence.prev", tooltip="Previous sentence"),
        Binding("c", "next_claim", "Claim", id="claim.next", tooltip="Next claim"),
        Binding("C", "prev_claim", "Prev claim", id="claim.prev", show=False, tooltip="Previous claim"),
        Binding("right,l,}", "next_paragraph", "Next paragraph", id="paragraph.next", show=False),
        Binding("left,h,{", "prev_paragraph", "Previous paragraph", id="paragraph.prev", show=False),
        Binding("s", "next_same_source", "Same source", id="source.next", tooltip="Next sentence from this source"),
        Binding("S", "prev_same_source", "Previous from source", id="source.prev", show=False,
                tooltip="Previous sentence from this source"),
        Binding("home,g", "first", "Top", id="sentence.first", show=False, tooltip="First sentence"),
        Binding("end,G", "last", "Bottom", id="sentence.last", show=False, tooltip="Last sentence"),
        Binding("pagedown,space,ctrl+f", "page_down", "Page down", id="page.down", show=False),
        Binding("pageup,ctrl+b", "page_up", "Page up", id="page.up", show=False),
        Binding("n", "next_match", "Next match", id="search.next", show=False),
        Binding("N", "prev_match", "Previous match", id="search.prev", show=False),
        Binding("enter", "follow_link", "Follow link", id="link.follow", show=False,
                tooltip="Follow a link (denies, confirms, is denied by)"),
        Binding("backspace,ctrl+o", "back", "Back", id="link.back", show=False,
                tooltip="Back to where the last jump started"),
    ]

    COMPONENT_CLASSES = {
        "article--cursor",
        "article--match",
        "article--title",
        "article--heading",
        "article--quote",
        "article--code",
        "article--stripped",
        "article--label",
        "article--gutter",
        "article--claim",
        "article--denies",
        "article--note",
        "article--filtered",
    }

    cursor: reactive[int] = reactive(-1, repaint=False, init=False)

    class CursorMoved(Message):
        """The selected sentence changed (index into Analysis.sentences, -1 for none)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Notice(Message):
        """Something to tell the user in one line (no match, end of the article...)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._reset(document)

    def set_document(self, document: Document) -> None:
        """Show another article (before its analysis): everything starts afresh."""
        self._reset(document)
        self.set_reactive(ArticleView.cursor, -1)
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.post_message(self.CursorMoved(-1))

    def _reset(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self.blocks: tuple[Block, ...] = _first_blocks(document)
        self.analysis: Analysis | None = None
        self.sentences: tuple[Sentence, ...] = ()
        self._starts: list[int] = []
        self.show_stripped = False
        self.wrapped: Layout = build(self.text, (), MEASURE)
        self._laid_out = False
        self._painted = False
        self._layout_token = 0
        self._cache: LRUCache[tuple, Strip] = LRUCache(2048)
        self._generation = 0
        self._styles: dict[str, Style] | None = None
        self._cursor_rows = range(0)
        self.filter: Callable[[Sentence], bool] | None = None
        self.filter_label = ""
        self._mask: bytearray | None = None
        self.search_pattern: re.Pattern[str] | None = None
        self._matches: list[tuple[int, int]] = []
        self._match_starts: list[int] = []
        self.noted: frozenset[int] = frozenset()
        self._history: list[int] = []
        self._follow_end = False  # G pressed before the sentences: go on to the last as they land
        self._reverse: tuple[Analysis | None, dict[int, list[tuple[str, int]]]] = (None, {})

    # ------------------------------------------------------------------ data in

    def set_analysis(self, analysis: Analysis) -> None:
        """Show a new (possibly partial) analysis; keeps the reader's place."""
        relayout = analysis.blocks != self.blocks
        self.analysis = analysis
        self.blocks = analysis.blocks
        old, new = self.sentences, analysis.sentences
        self.sentences = new
        if old and len(new) >= len(old) and new[len(old) - 1] is old[-1]:
            # a further part of the same analysis: only the new sentences are new
            self._starts.extend(s.start for s in new[len(old):])
            if self.filter is not None and self._mask is not None:
                self._mask.extend(1 if self.filter(s) else 0 for s in new[len(old):])
        else:
            self._starts = [s.start for s in new]
            if self.filter is not None:
                self._mask = bytearray(1 if self.filter(s) else 0 for s in new)
        if relayout:
            self._relayout()
        else:
            self._invalidate()
        if self._follow_end and self.sentences:
            self.set_cursor(len(self.sentences) - 1, center=True)
        elif self.cursor < 0 and self.sentences:
            top = self._top_offset()
            k = min(bisect_left(self._starts, top), len(self.sentences) - 1)
            self.set_cursor(k, scroll=False)
        elif self.cursor >= len(self.sentences):
            self.set_cursor(len(self.sentences) - 1)

    def set_noted(self, noted: frozenset[int]) -> None:
        self.noted = noted
        self._invalidate()

    def set_filter(self, predicate: Callable[[Sentence], bool] | None, label: str = "") -> int:
        """Dim the sentences that fail ``predicate`` and move only among the others.

        Returns how many sentences match.
        """
        self.filter = predicate
        self.filter_label = label if predicate else ""
        self._mask = None if predicate is None else bytearray(1 if predicate(s) else 0 for s in self.sentences)
        self._invalidate()
        if self._mask is not None and self.cursor >= 0 and not self._mask[self.cursor]:
            k = self._find(self.cursor, +1, lambda i: True)
            if k is None:
                k = self._find(self.cursor, -1, lambda i: True)
            if k is not None:
                self.set_cursor(k)
        return len(self.sentences) if self._mask is None else sum(self._mask)

    def set_search(self, query: str) -> int:
        """Highlight every case-insensitive match of ``query``; returns the count."""
        if not query:
            self.search_pattern = None
            self._matches, self._match_starts = [], []
        else:
            self.search_pattern = re.compile(re.escape(query), re.IGNORECASE)
            self._matches = [m.span() for m in self.search_pattern.finditer(self.text)]
            self._match_starts = [s for s, _ in self._matches]
        self._invalidate()
        return len(self._matches)

    def toggle_stripped(self) -> bool:
        self.show_stripped = not self.show_stripped
        self._relayout()
        return self.show_stripped

    # ------------------------------------------------------------------ layout

    def _measure(self) -> int:
        width = self.scrollable_content_region.width or self.size.width or MEASURE + GUTTER
        return max(16, min(MEASURE, width - GUTTER - 1))

    def _margin(self) -> int:
        width = self.scrollable_content_region.width or self.size.width
        return max(0, (width - (self.wrapped.width + GUTTER)) // 2)

    def _first_paint(self) -> None:
        """Tell whoever asked (the start-up benchmark) that the article is on screen."""
        callback = getattr(self.app, "first_paint_callback", None)
        if callback is not None:
            callback()

    def _top_offset(self) -> int:
        """The document offset shown at the top of the view (to keep it on relayout)."""
        lines = self.wrapped.lines
        y = int(self.scroll_offset.y)
        for row in range(y, min(y + 50, len(lines))):
            if lines[row][3] == TEXT:
                return lines[row][0]
        return lines[y][0] if 0 <= y < len(lines) else 0

    def _relayout(self) -> None:
        top = self._top_offset() if len(self.wrapped) else 0
        self.wrapped = build(self.text, self.blocks, self._measure(), self.show_stripped, max_lines=FIRST_LINES)
        self._laid_out = True
        self._layout_token += 1
        if self.wrapped.next_block < len(self.blocks):
            self.set_timer(0.02, lambda token=self._layout_token: self._layout_step(token))
        self._ensure_layout(max(top, self.sentences[self.cursor].end if self.cursor >= 0 else 0))
        self._update_virtual_size()
        self._cursor_rows = self._rows(self.cursor)
        self._invalidate()
        if self.cursor >= 0:
            self._scroll_to_rows(self._cursor_rows, center=True)
        elif top:
            self.scroll_to(y=self.wrapped.row_of(top), animate=False, immediate=True)
        elif self.scroll_offset.y:
            self.scroll_to(y=0, animate=False, immediate=True)

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(self.wrapped.width + GUTTER, estimated_rows(self.wrapped, self.blocks))

    def _layout_step(self, token: int) -> None:
        """Wrap the next stretch of a long text, between key presses."""
        if token != self._layout_token or self.wrapped.next_block >= len(self.blocks):
            return
        extend(self.wrapped, self.text, self.blocks, max_lines=LAYOUT_STEP)
        self._update_virtual_size()
        if self.wrapped.next_block < len(self.blocks):
            self.set_timer(0.005, lambda: self._layout_step(token))

    def _ensure_layout(self, offset: int) -> None:
        """Lay out at least up to document offset ``offset`` (at once, if need be)."""
        if not self.wrapped.covers(offset, self.blocks):
            while not self.wrapped.covers(offset, self.blocks):
                extend(self.wrapped, self.text, self.blocks, max_lines=LAYOUT_STEP)
            self._update_virtual_size()

    def _ensure_rows(self, row: int) -> None:
        while row >= len(self.wrapped.lines) and self.wrapped.next_block < len(self.blocks):
            extend(self.wrapped, self.text, self.blocks, max_lines=LAYOUT_STEP)
            self._update_virtual_size()

    def _invalidate(self) -> None:
        self._generation += 1
        self._cache.clear()
        self.refresh()

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        # Lay out as soon as the width is known, so the very first frame shows the text
        # (the Resize event arrives after the first paint).
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if size.width and (not self._laid_out or self._measure() != self.wrapped.width):
            self._relayout()
        return resized

    def on_resize(self, event: events.Resize) -> None:
        # Cached lines are keyed by width and margin: only a new measure needs a new layout.
        if not self._laid_out or self._measure() != self.wrapped.width:
            self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = None
        self._cache.clear()

    def _rows(self, index: int) -> range:
        if not 0 <= index < len(self.sentences):
            return range(0)
        s = self.sentences[index]
        self._ensure_layout(s.end)
        return self.wrapped.rows_of(s.start, s.end)

    # ------------------------------------------------------------------ render

    def _style(self, name: str) -> Style:
        if self._styles is None:
            styles: dict[str, Style] = {}
            for n in self.COMPONENT_CLASSES:
                # Only the full style blends colours given with alpha ($accent 25%) over the
                # background; the partial one says which attributes the rule sets.
                partial = self.get_component_rich_style(n, partial=True)
                full = self.get_component_rich_style(n, partial=False)
                styles[n] = Style(
                    color=full.color if partial.color else None,
                    bgcolor=full.bgcolor if partial.bgcolor else None,
                    bold=partial.bold, italic=partial.italic, underline=partial.underline, dim=partial.dim,
                )
            self._styles = styles
        return self._styles[name]

    def render_line(self, y: int) -> Strip:
        if not self._painted and self._laid_out:
            self._painted = True
            self.app.call_later(self._first_paint)  # runs once this frame is on screen
        scroll_x, scroll_y = self.scroll_offset
        row = scroll_y + y
        width = self.scrollable_content_region.width
        margin = self._margin()
        in_cursor = row in self._cursor_rows
        key = (row, self._generation, in_cursor, width, margin, scroll_x)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(row, width, margin, scroll_x)
            self._cache[key] = strip
        return strip

    def _render_row(self, row: int, width: int, margin: int, scroll_x: int) -> Strip:
        base = self.rich_style
        self._ensure_rows(row)
        if not 0 <= row < len(self.wrapped.lines):
            return Strip.blank(width, base)
        start, end, block_index, kind = self.wrapped.lines[row]
        if kind == BLANK:
            return Strip.blank(width, base)
        block = self.blocks[block_index]
        segments: list[Segment] = [Segment(" " * (margin + GUTTER))] if kind == LABEL or not block.kept else []
        if kind == LABEL:
            label = f"\u2500\u2500 stripped: {block.reason or 'boilerplate'} \u2500\u2500"
            segments.append(Segment(label, self._style("article--label")))
            cells = margin + GUTTER + cell_len(label)
        else:
            if block.kept:
                segments.append(Segment(" " * margin))
                segments.extend(self._gutter(start, end))
            indent = 0
            if block.kind == "list":
                indent = LIST_INDENT
                segments.append(Segment("\u2022 " if start == block.start else "  ", self._style("article--gutter")))
            body, body_cells = self._render_text_line(start, end, block)
            segments.extend(body)
            cells = margin + GUTTER + indent + body_cells
        strip = Strip(segments, cells).apply_style(base)
        if scroll_x:
            strip = strip.crop(scroll_x, scroll_x + width)
        return strip.extend_cell_length(width, base)

    def _gutter(self, start: int, end: int) -> list[Segment]:
        """Quiet marks left of a line: claim, the stance of a sentence starting here, a note."""
        chars = [" "] * GUTTER
        styles = [self._style("article--gutter")] * GUTTER
        sentences = self.sentences
        k = max(bisect_right(self._starts, start) - 1, 0)
        marked = False
        while k < len(sentences) and sentences[k].start < end:
            s = sentences[k]
            if s.end > start:
                if s.claim:
                    chars[0], styles[0] = facts.CLAIM_MARK, self._style("article--claim")
                if s.start >= start:
                    mark = facts.STANCE_MARKS.get(s.stance, " ")
                    if mark != " " and not marked:
                        marked = True
                        chars[1] = mark
                        styles[1] = self._style("article--denies" if s.stance == "denies" else "article--gutter")
                    if k in self.noted:
                        chars[2], styles[2] = facts.NOTE_MARK, self._style("article--note")
            k += 1
        return [Segment(c, st) for c, st in zip(chars, styles)]

    def _render_text_line(self, start: int, end: int, block: Block) -> tuple[list[Segment], int]:
        """The line's text as segments, styled by the sentences and matches on it.

        Built straight from offsets (no markup, no Rich layout): a few style runs over
        one plain string, cut at their boundaries.
        """
        table = CODE if block.kind == "code" else PROSE
        text = inert(self.text[start:end], table)
        runs: list[tuple[int, int, Style]] = []
        block_style = _BLOCK_STYLES.get(block.kind)
        if block_style:
            runs.append((0, len(text), self._style(block_style)))
        if not block.kept:
            runs.append((0, len(text), self._style("article--stripped")))
        else:
            sentences = self.sentences
            k = max(bisect_right(self._starts, start) - 1, 0)
            while k < len(sentences) and sentences[k].start < end:
                s = sentences[k]
                if s.end > start:
                    a, b = max(s.start, start) - start, min(s.end, end) - start
                    if self._mask is not None and not self._mask[k]:
                        runs.append((a, b, self._style("article--filtered")))
                    if k == self.cursor:
                        runs.append((a, b, self._style("article--cursor")))
                k += 1
        if self._matches:
            m = max(bisect_right(self._match_starts, start) - 1, 0)
            while m < len(self._matches) and self._matches[m][0] < end:
                ms, me = self._matches[m]
                if me > start:
                    runs.append((max(ms, start) - start, min(me, end) - start, self._style("article--match")))
                m += 1
        cells = len(text) if text.isascii() else cell_len(text)
        if not runs:
            return [Segment(text)], cells
        cuts = sorted({0, len(text), *(a for a, _, _ in runs), *(b for _, b, _ in runs)})
        segments = []
        for a, b in zip(cuts, cuts[1:]):
            if a >= b:
                continue
            style = None
            for ra, rb, rs in runs:
                if ra <= a and b <= rb:
                    style = rs if style is None else style + rs
            segments.append(Segment(text[a:b], style))
        return segments, cells

    # ------------------------------------------------------------------ cursor

    def watch_cursor(self, old: int, new: int) -> None:
        old_rows = self._cursor_rows
        self._cursor_rows = self._rows(new)
        if old_rows:
            self.refresh_lines(old_rows.start, len(old_rows))
        if self._cursor_rows:
            self.refresh_lines(self._cursor_rows.start, len(self._cursor_rows))
        self.post_message(self.CursorMoved(new))

    def set_cursor(self, index: int, *, scroll: bool = True, center: bool = False, jump: bool = False) -> None:
        if not self.sentences:
            return
        index = max(0, min(index, len(self.sentences) - 1))
        if jump and self.cursor >= 0 and self.cursor != index:
            self._history.append(self.cursor)
            del self._history[:-100]
        if index != self.cursor:
            self.cursor = index
        if scroll:
            self._scroll_to_rows(self._rows(index), center=center)

    def _scroll_to_rows(self, rows: range, center: bool = False) -> None:
        if not rows:
            return
        height = self.scrollable_content_region.height or self.size.height
        top = int(self.scroll_offset.y)
        pad = 2 if height > 8 else 0
        if center:
            target = max(0, rows.start - max(0, (height - len(rows)) // 3))
        elif rows.start < top + pad:
            target = max(0, rows.start - pad)
        elif rows.stop > top + height - pad:
            target = min(rows.start - pad, rows.stop - height + pad)
        else:
            return
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def _ok(self, index: int) -> bool:
        return self._mask is None or bool(self._mask[index])

    def _find(self, origin: int, step: int, test: Callable[[int], bool]) -> int | None:
        k = origin + step
        n = len(self.sentences)
        while 0 <= k < n:
            if self._ok(k) and test(k):
                return k
            k += step
        return None

    def _move(self, step: int, test: Callable[[int], bool], what: str, jump: bool = False) -> None:
        self._follow_end = False
        if not self.sentences:
            self.scroll_relative(y=step, animate=False)
            return
        found = self._find(self.cursor, step, test)
        if found is None:
            self.post_message(self.Notice(f"No {'next' if step > 0 else 'previous'} {what}"))
            return
        self.set_cursor(found, jump=jump)

    # ------------------------------------------------------------------ actions

    def action_next_sentence(self) -> None:
        self._move(+1, lambda k: True, "sentence")

    def action_prev_sentence(self) -> None:
        self._move(-1, lambda k: True, "sentence")

    def action_next_claim(self) -> None:
        self._move(+1, lambda k: self.sentences[k].claim, "claim")

    def action_prev_claim(self) -> None:
        self._move(-1, lambda k: self.sentences[k].claim, "claim")

    def action_next_paragraph(self) -> None:
        if self.cursor < 0:
            return self._move(+1, lambda k: True, "paragraph")
        block = self.sentences[self.cursor].block
        self._move(+1, lambda k: self.sentences[k].block != block, "paragraph")

    def action_prev_paragraph(self) -> None:
        if self.cursor < 0:
            return self._move(-1, lambda k: True, "paragraph")
        block = self.sentences[self.cursor].block
        # to the start of this paragraph, or of the one before when already there
        first = self._find(self.cursor, -1, lambda k: self.sentences[k].block != block)
        target_block = block
        start = self.cursor
        if self.cursor == 0 or first == self.cursor - 1 or self.sentences[self.cursor - 1].block != block:
            if first is None:
                self.post_message(self.Notice("No previous paragraph"))
                return
            target_block = self.sentences[first].block
            start = first
        k = start
        while k > 0 and self.sentences[k - 1].block == target_block:
            k -= 1
        while not self._ok(k) and k < start:
            k += 1
        self.set_cursor(k)

    def action_next_same_source(self) -> None:
        self._same_source(+1)

    def action_prev_same_source(self) -> None:
        self._same_source(-1)

    def _same_source(self, step: int) -> None:
        if self.cursor < 0:
            return
        key = facts.source_key(self.text, self.sentences[self.cursor])
        if key is None:
            self.post_message(self.Notice("This sentence has no source"))
            return
        self._move(step, lambda k: facts.source_key(self.text, self.sentences[k]) == key, "sentence from this source",
                   jump=True)

    def action_first(self) -> None:
        self._follow_end = False
        if not self.sentences:
            self.scroll_home(animate=False)
            return
        k = 0 if self._ok(0) else self._find(0, +1, lambda k: True)
        if k is not None:
            self.set_cursor(k, jump=True)

    def action_last(self) -> None:
        self._follow_end = True  # parts still to land move the cursor on to the new last sentence
        if not self.sentences:
            self._ensure_layout(len(self.text))
            self.scroll_end(animate=False, immediate=True)
            return
        n = len(self.sentences) - 1
        k = n if self._ok(n) else self._find(n, -1, lambda k: True)
        if k is not None:
            self.set_cursor(k, jump=True)

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, step: int) -> None:
        self._follow_end = False
        height = max(1, self.scrollable_content_region.height - 2)
        self.scroll_to(y=max(0, int(self.scroll_offset.y) + step * height), animate=False, immediate=True)
        if not self.sentences:
            return
        top = int(self.scroll_offset.y)
        rows = self._cursor_rows
        if rows and top <= rows.start < top + height + 2:
            return
        offset = self._offset_at_row(top if step > 0 else min(top + height, len(self.wrapped) - 1))
        k = min(bisect_left(self._starts, offset), len(self.sentences) - 1)
        if not self._ok(k):
            k = self._find(k, step, lambda i: True) or k
        self.set_cursor(k, scroll=False)

    def _offset_at_row(self, row: int) -> int:
        lines = self.wrapped.lines
        for r in range(max(row, 0), min(row + 40, len(lines))):
            if lines[r][3] == TEXT:
                return lines[r][0]
        return len(self.text)

    def action_next_match(self) -> None:
        self._jump_match(+1)

    def action_prev_match(self) -> None:
        self._jump_match(-1)

    def first_match(self) -> None:
        """Select the first match in or after the selected sentence (a fresh search starts here)."""
        self._jump_match(+1, here_too=True)

    def match_position(self) -> tuple[int, int]:
        """(n, total): the selected sentence holds or follows the n-th match (0 before the first)."""
        if not self._matches or self.cursor < 0:
            return 0, len(self._matches)
        return bisect_left(self._match_starts, self.sentences[self.cursor].end), len(self._matches)

    def _jump_match(self, step: int, here_too: bool = False) -> None:
        if not self._matches:
            self.post_message(self.Notice("No search: press / to search"))
            return
        here = self.sentences[self.cursor] if self.cursor >= 0 else None
        if step > 0:
            pos = (here.start if here_too else here.end) if here else 0
            m = bisect_left(self._match_starts, pos)
            if m >= len(self._matches):
                m = 0
                self.post_message(self.Notice("Search wrapped to the top"))
        else:
            pos = here.start if here else len(self.text)
            m = bisect_left(self._match_starts, pos) - 1
            if m < 0:
                m = len(self._matches) - 1
                self.post_message(self.Notice("Search wrapped to the bottom"))
        self.goto_offset(self._matches[m][0])

    def goto_offset(self, offset: int) -> None:
        """Select the sentence at (or after) document offset ``offset``."""
        self._follow_end = False
        if self.sentences:
            k = max(bisect_right(self._starts, offset) - 1, 0)
            if self.sentences[k].end <= offset and k + 1 < len(self.sentences):
                k += 1
            self.set_cursor(k, center=True, jump=True)
        else:
            self._ensure_layout(offset)
            self.scroll_to(y=self.wrapped.row_of(offset), animate=False, immediate=True)

    def link_targets(self) -> list[tuple[str, int]]:
        """(label, sentence index) of every link of the selected sentence, both ways."""
        if self.cursor < 0 or self.analysis is None:
            return []
        out = [(link.kind, link.target) for link in self.sentences[self.cursor].links]
        if self._reverse[0] is not self.analysis:
            self._reverse = (self.analysis, facts.reverse_links(self.analysis))
        for kind, source in self._reverse[1].get(self.cursor, []):
            out.append((f"is {'denied' if kind == 'denies' else 'confirmed'} by", source))
        return [(label, t) for label, t in out if 0 <= t < len(self.sentences)]

    def action_follow_link(self) -> None:
        targets = self.link_targets()
        if not targets:
            self.post_message(self.Notice("This sentence links to no other sentence"))
            return
        self.post_message(self.LinksChosen(targets))

    class LinksChosen(Message):
        """The user asked to follow the selected sentence's links (the app picks one)."""

        def __init__(self, targets: list[tuple[str, int]]) -> None:
            super().__init__()
            self.targets = targets

    def action_back(self) -> None:
        if not self._history:
            self.post_message(self.Notice("Nothing to go back to"))
            return
        self.set_cursor(self._history.pop(), center=True)

    # ------------------------------------------------------------------ mouse

    def offset_at(self, x: int, y: int) -> int | None:
        """The document offset under widget cell (x, y), or None off the text."""
        row = int(self.scroll_offset.y) + y
        if not 0 <= row < len(self.wrapped.lines):
            return None
        start, end, block_index, kind = self.wrapped.lines[row]
        if kind != TEXT:
            return None
        col = int(self.scroll_offset.x) + x - self._margin() - GUTTER
        if self.blocks[block_index].kind == "list":
            col -= LIST_INDENT
        if col < 0:
            return start
        cells = 0
        for i, ch in enumerate(self.text[start:end]):
            cells += cell_len(ch) if not ch.isascii() else 1
            if cells > col:
                return start + i
        return max(start, end - 1)

    def on_click(self, event: events.Click) -> None:
        self._follow_end = False
        offset = self.offset_at(event.x, event.y)
        if offset is None or not self.sentences:
            return
        k = max(bisect_right(self._starts, offset) - 1, 0)
        if self.sentences[k].start <= offset < self.sentences[k].end and self._ok(k):
            self.set_cursor(k)

    def wrapped_text(self) -> list[str]:
        """Every display line as plain text, as it is shown (tests use it)."""
        out = []
        for start, end, block_index, kind in self.wrapped.lines:
            if kind == TEXT:
                out.append(inert(self.text[start:end]))
            elif kind == LABEL:
                out.append(f"stripped: {self.blocks[block_index].reason or 'boilerplate'}")
            else:
                out.append("")
        return out

    def rows_of_sentence(self, index: int) -> range:
        """The display rows of sentence ``index`` (for tests and the benchmark)."""
        return self._rows(index)


_BLOCK_STYLES = {"title": "article--title", "heading": "article--heading", "quote": "article--quote",
                 "code": "article--code"}

#: Up to this many characters, boilerplate is decided before the first paint (it
#: takes well under a millisecond for an article); a longer text shows every block
#: until the analysis worker's first part hides the boilerplate.
EAGER_STRIP_CHARS = 200_000


def _first_blocks(document: Document) -> tuple[Block, ...]:
    if len(document.text) > EAGER_STRIP_CHARS:
        return document.blocks
    from reader.analysis.boilerplate import strip

    return strip(document)


def segments_text(strip: Strip) -> str:
    """The plain text of a rendered strip (tests use it)."""
    return "".join(seg.text for seg in strip if isinstance(seg, Segment))


__all__ = ["ArticleView", "MEASURE", "segments_text"]
