"""The reader's Textual app: the article view, the side panel, and the workers behind them.

Discipline (after harlequin): slow work — analysis, the store, files — runs in thread
workers that never touch widgets; they post messages and the handlers here own every
state change. The first paint needs only the document (read and decoded by the CLI
before the app starts); analysis starts after it and fills the view in as it lands.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.lazy import Lazy
from textual.message import Message
from textual.widgets import Footer, Static

if TYPE_CHECKING:
    from textual.widgets import Input

from reader.analysis.model import Analysis
from reader.document import Document
from reader.resources import styles_dir
from reader.tui import facts
from reader.tui.commands import ReaderCommands
from reader.tui.footer import ReaderFooter
from reader.tui.panel import ContextItem, PanelInput, SidePanel
from reader.safe import inert
from reader.tui.services import Services, context_items, notes_by_sentence, one_line
from reader.tui.view import ArticleView

#: The side panel's width in cells: 30% of the terminal within these bounds (and at most 45% of it).
PANEL_MIN, PANEL_MAX = 44, 64
#: Save the reading position after the cursor rests this long (seconds).
POSITION_DELAY = 1.0
#: Above this many sentences the finished analysis is moved out of the garbage collector's sight.
FREEZE_SENTENCES = 20_000


def _analyse_parts(doc: Document) -> Iterator[Any]:
    from reader.analysis.incremental import analyse_in_parts

    return analyse_in_parts(doc)


class AnalysisPart(Message):
    def __init__(self, analysis: Analysis, done: float, final: bool) -> None:
        super().__init__()
        self.analysis = analysis
        self.done = done
        self.final = final


class AnalysisFailed(Message):
    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class StoreReady(Message):
    def __init__(self, services: Services, article_id: str, position: int | None, notes: list[Any],
                 entries: list[Any], error: str | None = None) -> None:
        super().__init__()
        self.services = services
        self.article_id = article_id
        self.position = position
        self.notes = notes
        self.entries = entries
        self.error = error


class ContextReady(Message):
    def __init__(self, items: dict[int, list[ContextItem]]) -> None:
        super().__init__()
        self.items = items


class DocumentLoaded(Message):
    def __init__(self, document: Document | None, path: str, error: str | None) -> None:
        super().__init__()
        self.document = document
        self.path = path
        self.error = error


class Exported(Message):
    def __init__(self, path: str | None, error: str | None, count: int = 0) -> None:
        super().__init__()
        self.path = path
        self.error = error
        self.count = count


class PanelScroll(VerticalScroll, can_focus=False):
    """The side panel's scroller. Never focused: Tab must not strand the reader's keys in it
    (it scrolls with the mouse wheel, or ] and [ from the article)."""


class ReaderApp(App[None]):
    """Read one article sentence by sentence, with who-says-what beside it."""

    TITLE = "reader"
    CSS_PATH = [str(styles_dir() / "reader.tcss")]
    COMMANDS = App.COMMANDS | {ReaderCommands}
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Keys", id="app.help", tooltip="This list of keys"),
        Binding("p", "toggle_panel", "Panel", id="panel.toggle", tooltip="Show or hide the side panel"),
        Binding("d", "toggle_details", "Details", id="panel.details", show=False,
                tooltip="Show or hide the rule behind each panel line"),
        Binding("right_square_bracket,shift+down", "scroll_panel(4)", "Panel down", id="panel.down", show=False,
                tooltip="Scroll the side panel down"),
        Binding("left_square_bracket,shift+up", "scroll_panel(-4)", "Panel up", id="panel.up", show=False,
                tooltip="Scroll the side panel up"),
        Binding("b", "toggle_boilerplate", "Stripped", id="boilerplate.toggle",
                tooltip="Show what was stripped, and why"),
        Binding("slash", "search", "Search", id="search.start", tooltip="Search the article"),
        Binding("f", "filter", "Filter", id="filter.choose", tooltip="Show only claims, one stance or one source"),
        Binding("escape", "clear", "Clear filter/search", id="filter.clear", show=False),
        Binding("a", "note", "Note", id="note.edit", tooltip="Add or edit the note on this sentence"),
        Binding("x", "entry", "Context entry", id="entry.edit", show=False,
                tooltip="Add a context entry (who or what the sentence names)"),
        Binding("K", "keep_entry", "Keep harvested entry", id="entry.keep", show=False,
                tooltip="Keep the context entry harvested from this sentence"),
        Binding("L", "library", "Library", id="library.open", show=False,
                tooltip="Articles you have read, with their notes"),
        Binding("o", "open_file", "Open file", id="file.open", show=False, tooltip="Open another article"),
        Binding("E", "export_notes", "Export notes", id="notes.export", show=False,
                tooltip="Export this article's notes to Markdown"),
        Binding("T", "next_theme", "Next theme", id="theme.next", show=False, tooltip="Next colour theme"),
    ]

    def __init__(self, document: Document, path: str | None = None, *,
                 services_factory: Callable[[], Services] | None = Services.open,
                 analyse: Callable[[Document], Iterator[Any]] = _analyse_parts) -> None:
        super().__init__()
        self.document = document
        self.path = path
        self._services_factory = services_factory
        self._analyse = analyse
        self.analysis: Analysis | None = None
        self.final = False
        self.services: Services | None = None
        self.article_id: str | None = None
        self.notes: list[Any] = []
        self._notes_by: dict[int, list[Any]] = {}
        self.entries: list[Any] = []
        self.context: dict[int, list[ContextItem]] = {}
        self._reverse: dict[int, list[tuple[str, int]]] = {}
        self._pending_position: int | None = None
        self._position_timer = None
        self._saved_position: int | None = None
        self.first_paint_callback: Callable[[], None] | None = None
        self._view: ArticleView | None = None
        self.show_details = False
        theme = os.environ.get("READER_THEME", "")
        if theme and theme in self.available_themes:
            self.theme = theme
        keymap = os.environ.get("READER_KEYMAP", "")
        if keymap:
            self.set_keymap(dict(part.split("=", 1) for part in keymap.split(";") if "=" in part))

    def notify(self, message: str, *, title: str = "", severity: Any = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Notifications carry paths, queries and store messages: never markup, never controls."""
        super().notify(inert(message), title=inert(title), severity=severity, timeout=timeout, markup=markup)

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Static(self._status_text(), id="status")
        with Horizontal(id="main"):
            self._view = ArticleView(self.document, id="article")
            yield self._view
            with PanelScroll(id="panel"):
                yield SidePanel(Text("Analysing\u2026", style="italic"), id="panel-body")
        # The footer (a widget per key) is mounted just after the article is painted.
        yield Lazy(ReaderFooter())

    @property
    def view(self) -> ArticleView:
        assert self._view is not None
        return self._view

    def on_resize(self, event: Any) -> None:
        self._fit_panel(event.size.width)

    def _fit_panel(self, width: int) -> None:
        """The panel grows with a wide terminal (30%, 44 to 64 cells), never past 45% of it."""
        cells = int(min(max(PANEL_MIN, width * 0.3), PANEL_MAX, width * 0.45))
        self.query_one("#panel").styles.width = cells

    def on_mount(self) -> None:
        view = self.view
        view.focus()
        self._fit_panel(self.size.width)
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        self._run_analysis(self.document)
        if self._services_factory is not None:
            self._open_store(self.document)
        else:
            self.services = Services(None, "notes are off")

    # ------------------------------------------------------------------ analysis

    @work(thread=True, exclusive=True, group="analysis")
    def _run_analysis(self, document: Document) -> None:
        from textual.worker import get_current_worker

        worker = get_current_worker()
        switch = sys.getswitchinterval()
        sys.setswitchinterval(0.001)  # let the UI thread in often while pysbd works
        try:
            for part in self._analyse(document):
                if worker.is_cancelled:
                    return
                self.post_message(AnalysisPart(part.analysis, part.done, part.final))
        except RecursionError:
            self.post_message(AnalysisFailed("the article is too deeply nested to analyse"))
        except Exception as exc:
            if os.environ.get("READER_DEBUG"):
                raise
            self.post_message(AnalysisFailed(f"analysis failed ({type(exc).__name__}: {one_line(exc)})"))
        finally:
            sys.setswitchinterval(switch)

    def on_analysis_part(self, message: AnalysisPart) -> None:
        if message.analysis.document is not self.document:
            return
        self._progress(None if message.final else message.done)
        self.analysis = message.analysis
        self.final = message.final
        with self.batch_update():
            self.view.set_analysis(message.analysis)
            if message.final:
                if len(message.analysis.sentences) > FREEZE_SENTENCES:
                    # A long article's analysis lives as long as the view: keep the cyclic
                    # garbage collector from walking its million objects on every full pass.
                    gc.collect()
                    gc.freeze()
                if not message.analysis.sentences:
                    from reader.tui.panel import empty_message

                    self.notify(empty_message(message.analysis), severity="warning", timeout=8)
                self._reverse = facts.reverse_links(message.analysis)
                self._link_notes()
                self._refresh_context()
            self._apply_pending_position()
            self._update_panel()
            self._show_status()

    def _progress(self, done: float | None) -> None:
        """Show the analysis progress bar (mounted on first use), or hide it when None."""
        bars = self.query("#progress")
        if done is None:
            if bars:
                bars.first().display = False
            return
        if bars:
            bar = bars.first()
        else:
            from textual.widgets import ProgressBar as Bar

            bar = Bar(id="progress", total=100, show_eta=False)
            self._mount_above_footer(bar)
        bar.display = True
        bar.update(progress=done * 100)

    def _mount_above_footer(self, widget: Any) -> None:
        footers = self.screen.query(Footer)
        self.mount(widget, before=footers.first() if footers else None)

    def _search_input(self) -> Input:
        found = self.query("#search")
        if found:
            return found.first()
        from textual.widgets import Input as SearchInput

        search = SearchInput(placeholder="search (Enter; n/N for next/previous; Esc clears)", id="search")
        self._mount_above_footer(search)
        return search

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self._progress(None)
        self.notify(message.reason, severity="error", timeout=10)

    # ------------------------------------------------------------------ store

    @work(thread=True, exclusive=True, group="store")
    def _open_store(self, document: Document) -> None:
        services = self.services if self.services is not None else self._services_factory()
        try:
            article_id = services.article_id(document.text)
            services.remember(article_id, self._title(document), self._stored_path(), document.text)
            position = services.position(article_id)
            notes = services.notes(article_id, document.text)
            entries = services.entries()
        except Exception as exc:
            self.post_message(StoreReady(services, services.article_id(document.text), None, [], [], one_line(exc)))
            return
        self.post_message(StoreReady(services, article_id, position, notes, entries))

    def _title(self, document: Document) -> str:
        if self.analysis is not None and self.analysis.title:
            return self.analysis.title
        if document.title:
            return document.title
        for block in document.blocks:
            return facts.clean(document.text[block.start : block.end])[:120]
        return "(untitled)"

    def _stored_path(self) -> str:
        """The article's absolute path for the library ("" for stdin)."""
        if not self.path or self.path == "-":
            return ""
        return str(Path(self.path).resolve())

    def on_store_ready(self, message: StoreReady) -> None:
        self.services = message.services
        self.article_id = message.article_id
        self.notes = list(message.notes)
        self.entries = list(message.entries)
        if message.error:
            self.notify(f"Store: {message.error}", severity="warning")
        elif message.services.message and message.services.store is not None:
            self.notify(message.services.message, severity="warning")
        if message.position is not None and message.position > 0:
            self._pending_position = message.position
            self._saved_position = message.position
        self._apply_pending_position()
        self._link_notes()
        self._refresh_context()
        self._update_panel()

    def _apply_pending_position(self) -> None:
        pos = self._pending_position
        view = self.view
        if pos is None or not view.sentences:
            return
        if pos < len(view.sentences):
            self._pending_position = None
            view.set_cursor(pos, center=True)
        elif self.final:
            self._pending_position = None
            view.set_cursor(len(view.sentences) - 1, center=True)

    def _link_notes(self) -> None:
        view = self.view
        if not view.sentences:
            return
        starts = [s.start for s in view.sentences]
        ends = [s.end for s in view.sentences]
        self._notes_by = notes_by_sentence(self.notes, starts, ends)
        view.set_noted(frozenset(self._notes_by))

    def _refresh_context(self) -> None:
        if self.final and self.analysis is not None and self.services is not None:
            self._compute_context(self.analysis, list(self.entries))

    @work(thread=True, exclusive=True, group="context")
    def _compute_context(self, analysis: Analysis, entries: list[Any]) -> None:
        bounds = [(s.start, s.end) for s in analysis.sentences]
        try:
            items = context_items(analysis.text, bounds, entries)
        except Exception as exc:
            self.post_message(ContextReady({}))
            self.call_from_thread(self.notify, f"Context: {one_line(exc)}", severity="warning")
            return
        self.post_message(ContextReady(items))

    def on_context_ready(self, message: ContextReady) -> None:
        self.context = message.items
        self._update_panel()

    # ------------------------------------------------------------------ cursor → panel, status

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        with self.batch_update():
            self._update_panel()
            self._show_status()
        if self.article_id is not None and self.services is not None and self.services.can_write:
            if self._position_timer is not None:
                self._position_timer.stop()
            self._position_timer = self.set_timer(POSITION_DELAY, self._save_position)

    @on(ArticleView.Notice)
    def _notice(self, message: ArticleView.Notice) -> None:
        self.notify(message.text, timeout=2)

    def _panel_input(self, index: int) -> PanelInput:
        message = None
        if self.services is None:
            message = "loading notes\u2026"
        elif not self.services.can_read:
            message = self.services.message
        return PanelInput(
            context=self.context.get(index, ()),
            notes=self._notes_by.get(index, ()),
            notes_message=message,
            reverse=self._reverse,
            details=self.show_details,
        )

    def _update_panel(self) -> None:
        panel = self.query_one("#panel")
        if not panel.display:
            return
        view = self.view
        self.query_one(SidePanel).show(self.analysis, view.cursor, self._panel_input(view.cursor))

    def _show_status(self) -> None:
        self.query_one("#status", Static).update(self._status_text())

    def _status_text(self) -> Text:
        view = self._view
        if view is None or not view.is_mounted:
            title = self.document.title or ("stdin" if self.path == "-" else Path(self.path).name if self.path
                                            else "article")
            return Text(inert(facts.clean(title))[:80], style="bold", no_wrap=True, end="")
        title = (self.analysis.title if self.analysis else None) or self.document.title or (
            "stdin" if self.path == "-" else Path(self.path).name if self.path else "article")
        # What changes comes first, so a narrow terminal cuts the title, not the state.
        status = Text(no_wrap=True, overflow="ellipsis", end="")
        if view.sentences:
            status.append(f"{view.cursor + 1}/{len(view.sentences)}", style="bold")
            status.append("  ")
        elif self.final:
            status.append("no sentences  ", style="italic")
        if not self.final:
            status.append("analysing\u2026  ", style="italic")
        if view.filter_label:
            status.append(f"filter: {inert(view.filter_label)}  ", style="bold")
        if view.search_pattern is not None:
            n, total = view.match_position()
            status.append(f"match {n}/{total}  " if n else f"{total} match{'es' if total != 1 else ''}  ",
                          style="italic")
        if view.show_stripped:
            status.append("showing stripped text  ", style="italic")
        status.append("\u2502 ", style="dim")
        status.append(inert(facts.clean(title))[:120], style="bold")
        return status

    def _save_position(self) -> None:
        index = self.view.cursor
        if index >= 0 and index != self._saved_position and self.services is not None and self.article_id:
            self._saved_position = index
            self._write_position(self.services, self.article_id, index)

    @work(thread=True, group="position")
    def _write_position(self, services: Services, article_id: str, index: int) -> None:
        try:
            services.set_position(article_id, index)
        except Exception:  # a lost reading position is not worth an alarm
            pass

    def on_unmount(self) -> None:
        index = self._view.cursor if self._view is not None else -1
        if (index >= 0 and index != self._saved_position and self.services is not None
                and self.article_id is not None):
            try:
                self.services.set_position(self.article_id, index)
            except Exception:
                pass

    # ------------------------------------------------------------------ actions

    #: Actions that act on the article: only from the main screen, not over a dialog.
    MAIN_SCREEN_ACTIONS = frozenset({
        "toggle_panel", "toggle_details", "scroll_panel", "toggle_boilerplate", "help", "search", "filter", "clear",
        "note", "entry", "keep_entry",
        "library", "open_file", "export_notes",
    })

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.MAIN_SCREEN_ACTIONS and len(self.screen_stack) > 1:
            return False
        return True

    def action_toggle_panel(self) -> None:
        panel = self.query_one("#panel")
        panel.display = not panel.display
        self._update_panel()

    def action_scroll_panel(self, rows: int) -> None:
        panel = self.query_one("#panel", PanelScroll)
        if panel.display:
            panel.scroll_relative(y=rows, animate=False)

    _quit_armed = False

    async def action_quit(self) -> None:
        """Quit; with an unsaved note open, only on the second press."""
        from reader.tui.screens import NoteEditor

        screen = self.screen
        if isinstance(screen, NoteEditor) and screen.changed and not self._quit_armed:
            self._quit_armed = True
            self.notify("This note is not saved: ctrl+s saves it; press ctrl+q again to quit without it",
                        severity="warning", timeout=6)
            return
        self.exit()

    def action_toggle_details(self) -> None:
        self.show_details = not self.show_details
        if not self.query_one("#panel").display:
            self.query_one("#panel").display = True
        self._update_panel()

    def action_toggle_boilerplate(self) -> None:
        stripped = sum(1 for b in self.view.blocks if not b.kept)
        if stripped == 0 and not self.view.show_stripped:
            self.notify("Nothing was stripped from this article" if self.final
                        else "Still analysing: nothing stripped so far", timeout=3)
            return
        shown = self.view.toggle_stripped()
        if shown:
            self.notify(f"Showing {stripped} stripped block{'s' if stripped != 1 else ''}, dimmed with the reason",
                        timeout=3)
        self._show_status()

    def action_help(self) -> None:
        from reader.tui.screens import HelpScreen

        rows: dict[str, list] = {}
        order: list[str] = []
        ours = {b.id for b in (*self.BINDINGS, *ArticleView.BINDINGS) if isinstance(b, Binding) and b.id}
        for key, active in self.active_bindings.items():
            binding = active.binding
            ident = binding.id or binding.action
            if ident not in ours:  # Textual's own (focus, copy, sideways paging): noise in a reader
                continue
            if ident not in rows:
                rows[ident] = [[], binding.tooltip or binding.description or binding.action, ident]
                order.append(ident)
            rows[ident][0].append(binding.key_display or self.get_key_display(binding) or key)
        order.sort(key=_help_section)
        table = [(", ".join(dict.fromkeys(rows[i][0])), rows[i][1], rows[i][2]) for i in order]
        table.append((self.get_key_display(Binding(self.COMMAND_PALETTE_BINDING, "")), "Command palette",
                      "command_palette"))
        self.push_screen(HelpScreen(table))

    def action_search(self) -> None:
        search = self._search_input()
        search.value = ""
        search.display = True
        search.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        view = self.view
        count = view.set_search(event.value)
        event.input.display = False
        view.focus()
        if event.value:
            if count:
                view.first_match()
            self.notify(f"{count} match{'es' if count != 1 else ''} for \u201c{inert(event.value)}\u201d", timeout=2)
        self._show_status()

    def action_clear(self) -> None:
        found = self.query("#search")
        view = self.view
        if found and found.first().display:
            search = found.first()
            search.display = False
            view.focus()
            return
        if view.filter is not None:
            self.apply_filter(None)
        elif view.search_pattern is not None:
            view.set_search("")
            self._show_status()

    def action_filter(self) -> None:
        from reader.tui.screens import Chooser

        if self.analysis is None:
            self.notify("Still analysing: filters need the sentences", timeout=2)
            return
        counts: dict[str, int] = {}
        for s in self.analysis.sentences:
            counts[s.stance] = counts.get(s.stance, 0) + 1
        claims = sum(1 for s in self.analysis.sentences if s.claim)
        options: list[tuple[str, Any]] = [("All sentences", None), (f"Checkable claims ({claims})", ("claim", True))]
        options += [(f"Stance: {st} ({n})", ("stance", st)) for st, n in sorted(counts.items())]
        options += [(f"Source: {inert(label)} ({n})", ("source", key))
                    for key, label, n in facts.sources(self.analysis)[:30]]
        self.push_screen(Chooser("Filter sentences", options), self.apply_filter)

    def apply_filter(self, choice: tuple[str, Any] | None) -> None:
        view = self.view
        if choice is None:
            view.set_filter(None)
        else:
            what, value = choice
            text = view.text
            if what == "stance":
                count = view.set_filter(lambda s: s.stance == value, f"stance {value}")
            elif what == "claim":
                count = view.set_filter(lambda s: s.claim, "claims")
            else:
                count = view.set_filter(lambda s: facts.source_key(text, s) == value, f"source {value}")
            if count == 0:
                self.notify("No sentence matches this filter", severity="warning", timeout=3)
        self._show_status()
        self._update_panel()

    def _need_sentence(self) -> bool:
        if self.view.cursor >= 0:
            return True
        self.notify("Still analysing: notes need the sentences" if not self.final else "No sentence to annotate",
                    timeout=2)
        return False

    def _need_store(self) -> bool:
        if self.services is None:
            self.notify("The note store is still opening", timeout=2)
            return False
        if not self.services.can_write:
            self.notify(self.services.message or "notes are off", severity="warning", timeout=4)
            return False
        return self.article_id is not None

    def action_note(self) -> None:
        from reader.tui.screens import NoteEditor

        view = self.view
        if not self._need_sentence() or not self._need_store():
            return
        sentence = view.sentences[view.cursor]
        existing = self._notes_by.get(view.cursor, [])
        note = existing[0] if existing else None
        start, end = (note.anchor.start, note.anchor.end) if note is not None else (sentence.start, sentence.end)
        editor = NoteEditor(self.services, self.article_id, self.document.text, start, end, note)
        self.push_screen(editor, self._note_saved)

    def _note_saved(self, note: Any | None) -> None:
        from reader.tui.screens import Deleted

        if note is None:
            return
        if isinstance(note, Deleted):
            self.notes = [n for n in self.notes if getattr(n, "id", None) != note.note.id]
            self._link_notes()
            self._update_panel()
            self.notify("Note deleted", timeout=2)
            return
        self.notes = [n for n in self.notes if getattr(n, "id", None) != getattr(note, "id", object())] + [note]
        self._link_notes()
        self._update_panel()
        self.notify("Note saved", timeout=2)

    def action_entry(self) -> None:
        from reader.tui.screens import EntryEditor

        view = self.view
        if not self._need_sentence() or not self._need_store():
            return
        try:
            from reader.analysis.context import Entry  # type: ignore[import-not-found]
        except ImportError:
            self.notify("Context entries are not available in this build", severity="warning")
            return
        sentence = view.sentences[view.cursor]
        name = facts.source_label(view.text, sentence) or ""
        entry = _new_entry(Entry, name, view.text, sentence.start, sentence.end)
        self.push_screen(EntryEditor(self.services, entry), self._entry_saved)

    def action_keep_entry(self) -> None:
        from reader.tui.screens import EntryEditor
        from reader.tui.services import harvested_entries

        view = self.view
        if not self._need_sentence() or not self._need_store():
            return
        bounds = [(s.start, s.end) for s in view.sentences]
        harvested = harvested_entries(view.text, bounds, view.cursor)
        if not harvested:
            self.notify("No harvested entry on this sentence", timeout=2)
            return
        self.push_screen(EntryEditor(self.services, harvested[0]), self._entry_saved)

    def _entry_saved(self, entry: Any | None) -> None:
        if entry is None:
            return
        self.entries = [e for e in self.entries if getattr(e, "id", None) != getattr(entry, "id", object())] + [entry]
        self._refresh_context()
        self.notify("Context entry saved", timeout=2)

    def action_library(self) -> None:
        from reader.tui.screens import LibraryScreen

        if self.services is None:
            self.notify("The store is still opening", timeout=2)
            return
        self.push_screen(LibraryScreen(self.services), self._open_chosen)

    def action_open_file(self) -> None:
        from reader.tui.screens import OpenFile

        self.push_screen(OpenFile(), self._open_chosen)

    def _open_chosen(self, path: str | None) -> None:
        if path:
            self._load_path(path)

    @work(thread=True, exclusive=True, group="open")
    def _load_path(self, path: str) -> None:
        from reader.ingest import IngestError, load

        try:
            document = load(os.path.expanduser(path))
        except IngestError as exc:
            self.post_message(DocumentLoaded(None, path, str(exc)))
        except Exception as exc:
            self.post_message(DocumentLoaded(None, path, f"{path}: cannot open ({one_line(exc)})"))
        else:
            self.post_message(DocumentLoaded(document, path, None))

    def on_document_loaded(self, message: DocumentLoaded) -> None:
        if message.error or message.document is None:
            self.notify(message.error or "cannot open", severity="error", timeout=6)
            return
        self._save_position()
        gc.unfreeze()
        self.document = message.document
        self.path = message.path
        self.analysis = None
        self.final = False
        self.notes, self._notes_by, self.context, self._reverse = [], {}, {}, {}
        self.article_id = None
        self._pending_position = None
        self._saved_position = None
        self.view.set_document(message.document)
        self.view.focus()
        self._show_status()
        self.query_one(SidePanel).show(None, -1)
        self._run_analysis(message.document)
        if self.services is not None:
            self._open_store(message.document)

    def action_export_notes(self) -> None:
        if self.analysis is None or self.services is None:
            self.notify("Nothing to export yet", timeout=2)
            return
        if not self.notes:
            self.notify("This article has no notes to export", timeout=2)
            return
        from reader.tui.export import export_name

        self._export(self.analysis, list(self.notes), self.path, Path.cwd() / export_name(self.analysis, self.path))

    @work(thread=True, exclusive=True, group="export")
    def _export(self, analysis: Analysis, notes: list[Any], path: str | None, target: Path) -> None:
        from reader.tui.export import notes_markdown

        try:
            target.write_text(notes_markdown(analysis, notes, path), encoding="utf-8")
        except OSError as exc:
            self.post_message(Exported(None, f"cannot write {target}: {exc.strerror or exc}"))
        else:
            self.post_message(Exported(str(target), None, len(notes)))

    def on_exported(self, message: Exported) -> None:
        if message.error:
            self.notify(message.error, severity="error", timeout=6)
        else:
            self.notify(f"{message.count} note{'s' if message.count != 1 else ''} exported to {message.path}",
                        title="Exported", timeout=6)

    def action_next_theme(self) -> None:
        names = sorted(self.available_themes)
        index = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(index + 1) % len(names)]
        self.notify(f"Theme: {self.theme} (READER_THEME={self.theme} starts with it)", timeout=3)

    @on(ArticleView.LinksChosen)
    def _links(self, message: ArticleView.LinksChosen) -> None:
        view = self.view
        if len(message.targets) == 1:
            view.set_cursor(message.targets[0][1], center=True, jump=True)
            return
        from reader.tui.panel import snippet
        from reader.tui.screens import Chooser

        options = [(f"{label} #{t + 1}: {snippet(view.text[view.sentences[t].start:view.sentences[t].end], 50)}", t)
                   for label, t in message.targets]

        def go(target: int | None) -> None:
            if target is not None:
                view.set_cursor(target, center=True, jump=True)

        self.push_screen(Chooser("Follow a link", options), go)


#: The order of the help screen: moving, links, finding, notes, views, the app.
HELP_ORDER = ("sentence", "paragraph", "page", "claim", "source", "link", "search", "filter", "note", "entry",
              "panel", "boilerplate", "library", "file", "notes", "theme", "app")


def _help_section(ident: str) -> int:
    prefix = ident.split(".", 1)[0]
    return HELP_ORDER.index(prefix) if prefix in HELP_ORDER else len(HELP_ORDER)


def _new_entry(entry_type: Any, name: str, text: str, start: int, end: int) -> Any:
    """A fresh Entry for the editor; the store gives it an id from its name when saved."""
    return entry_type(id="", name=name, kind="", description="", aliases=(), links=(),
                      provenance="user", source_text=text[start:end], source_span=(start, end))


def run(document: Document, path: str | None = None) -> int:
    ReaderApp(document, path).run()
    return 0


__all__ = ["ReaderApp", "run"]
