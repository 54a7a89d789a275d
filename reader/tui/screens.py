"""Modal screens: help, note editor, entry editor, filter, links, library, open file.

Imported on first use, so none of their widgets weigh on the first paint. Slow work
(saving, reading the library) runs in thread workers that post messages; the
handlers here own every widget change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Footer, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from reader.safe import inert
from reader.tui.services import Services, one_line

#: The verdicts the store accepts (reader.store.VERDICTS when it is installed).
FALLBACK_VERDICTS: tuple[str, ...] = ("true", "false", "misleading", "unverified")


def verdicts() -> tuple[str, ...]:
    try:
        from reader.store import VERDICTS  # type: ignore[attr-defined]
    except ImportError:
        return FALLBACK_VERDICTS
    return tuple(VERDICTS)


class HelpScreen(ModalScreen[None]):
    """Every key binding: keys, what it does, and the id to remap it with."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def __init__(self, rows: Sequence[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield Footer(show_command_palette=False)  # this dialog's keys, not the article's beneath
        with VerticalScroll(id="dialog", classes="help"):
            yield Label("Keys", classes="dialog-title")
            table = Table.grid(padding=(0, 2))
            table.add_column(style="bold", no_wrap=True)
            table.add_column(ratio=1)
            table.add_column(style="dim", no_wrap=True)
            for keys, description, binding_id in self.rows:
                table.add_row(Text(keys), Text(description), Text(binding_id))
            note = Text("\nRemap any key by its id in READER_KEYMAP, e.g. READER_KEYMAP='sentence.next=ctrl+n;"
                        "sentence.prev=ctrl+u'", style="italic")
            yield Static(Group(table, marks_legend(), note), id="help-body")

    def action_dismiss(self, result: Any = None) -> None:  # type: ignore[override]
        self.dismiss(None)


def marks_legend() -> Text:
    """What the marks left of the article text mean (from the same tables that draw them)."""
    from reader.tui import facts

    legend = Text("\nMarks left of the text: ", style="bold")
    parts = [(facts.CLAIM_MARK, "checkable claim")]
    parts += [(mark, stance) for stance, mark in facts.STANCE_MARKS.items() if mark.strip()]
    parts.append((facts.NOTE_MARK, "has a note"))
    for n, (mark, meaning) in enumerate(parts):
        if n:
            legend.append(", ")
        legend.append(mark, style="bold")
        legend.append(f" {meaning}")
    legend.append(" (no mark: asserts)")
    return legend


@dataclass(frozen=True)
class Deleted:
    """What the note editor returns when the note was deleted."""

    note: Any


class NoteEditor(ModalScreen[Any]):
    """Add or edit the note on a passage: body, tags, verdict. Saved in a worker."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note.save", priority=True),
        Binding("ctrl+d", "delete", "Delete", id="note.delete", priority=True),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    class Saved(Message):
        def __init__(self, note: Any) -> None:
            super().__init__()
            self.note = note

    class Failed(Message):
        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    def __init__(self, services: Services, article_id: str, text: str, start: int, end: int,
                 note: Any | None = None) -> None:
        super().__init__()
        self.services = services
        self.article_id = article_id
        self.text = text
        self.start = start
        self.end = end
        self.note = note

    def compose(self) -> ComposeResult:
        note = self.note
        blink = not self.app.is_headless
        yield Footer(show_command_palette=False)  # this dialog's keys, not the article's beneath
        with VerticalScroll(id="dialog", classes="note"):
            yield Label("Edit note" if note else "New note", classes="dialog-title")
            quote = inert(" ".join(self.text[self.start : self.end].split()))
            yield Static(Text(quote[:300] + ("\u2026" if len(quote) > 300 else ""), style="italic"), id="note-quote")
            yield TextArea(getattr(note, "body", "") or "", id="note-body", soft_wrap=True,
                           show_line_numbers=False, tab_behavior="focus")
            yield Label("Tags", classes="field")
            yield Input(", ".join(getattr(note, "tags", ()) or ()), placeholder="separated by commas",
                        id="note-tags", compact=True)
            verdict = getattr(note, "verdict", None)
            allowed = verdicts()
            options = [(v, v) for v in allowed]
            if verdict and verdict not in allowed:
                options.append((verdict, verdict))
            yield Label("Verdict", classes="field")
            yield Select(options, prompt="(none)", value=verdict or Select.NULL, id="note-verdict", compact=True)
            yield Static("", id="note-error")
            with Horizontal(classes="buttons"):
                yield Button("Save  ctrl+s", id="note-save", variant="primary", compact=True)
                yield Button("Cancel  esc", id="note-cancel", compact=True)
                if note is not None:
                    yield Button("Delete  ctrl+d", id="note-delete", variant="error", compact=True)
        self.call_after_refresh(self._blink, blink)

    def _blink(self, blink: bool) -> None:
        self.query_one(TextArea).cursor_blink = blink
        self.query_one(Input).cursor_blink = blink

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    @on(Button.Pressed, "#note-save")
    def action_save(self) -> None:
        body, tags, verdict = self._values()
        self.query_one("#note-error", Static).update(Text("Saving\u2026", style="italic"))
        self.query_one("#note-save", Button).disabled = True
        self._save(body, tags, verdict)

    def _values(self) -> tuple[str, tuple[str, ...], str | None]:
        body = self.query_one(TextArea).text
        tags = tuple(t.strip() for t in self.query_one(Input).value.split(",") if t.strip())
        value = self.query_one(Select).value
        return body, tags, None if value is Select.NULL or value is None else str(value)

    @property
    def changed(self) -> bool:
        """True when the body, tags or verdict differ from what the note had (or a new note has text)."""
        note = self.note
        before = (getattr(note, "body", "") or "", tuple(getattr(note, "tags", ()) or ()),
                  getattr(note, "verdict", None) or None)
        try:
            return self._values() != before
        except Exception:  # not composed yet
            return False

    _leaving = False

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        """Close; with unsaved changes, only on the second Esc (a reflex Esc must not lose a note)."""
        if self.changed and not self._leaving:
            self._leaving = True
            self.query_one("#note-error", Static).update(
                Text("Not saved yet: ctrl+s saves it; Esc again discards the changes.", style="bold"))
            return
        self.dismiss(None)

    _armed = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "delete" and self.note is None)  # a new note has nothing to delete

    @on(Button.Pressed, "#note-delete")
    def action_delete(self) -> None:
        """Delete on the second press: one stray ctrl+d must not lose a note."""
        if self.note is None:
            return
        if not self._armed:
            self._armed = True
            self.query_one("#note-error", Static).update(
                Text("Press ctrl+d again to delete this note; Esc keeps it.", style="bold"))
            self.query_one("#note-delete", Button).label = "Really delete  ctrl+d"
            return
        self.query_one("#note-error", Static).update(Text("Deleting\u2026", style="italic"))
        self._delete(self.note)

    @work(thread=True, exclusive=True, group="note-save")
    def _delete(self, note: Any) -> None:
        try:
            self.services.delete_note(note.id)
        except Exception as exc:
            self.post_message(self.Failed(one_line(exc)))
        else:
            self.post_message(self.Saved(Deleted(note)))

    @work(thread=True, exclusive=True, group="note-save")
    def _save(self, body: str, tags: tuple[str, ...], verdict: str | None) -> None:
        try:
            note = self.services.save_note(self.article_id, self.text, self.note, self.start, self.end,
                                           body, tags, verdict)
        except Exception as exc:  # the store said no: keep the text, say why
            self.post_message(self.Failed(one_line(exc)))
        else:
            self.post_message(self.Saved(note))

    def on_note_editor_saved(self, message: Saved) -> None:
        self.dismiss(message.note)

    def on_note_editor_failed(self, message: Failed) -> None:
        self.query_one("#note-error", Static).update(Text(f"Not saved: {message.reason}", style="bold"))
        self.query_one("#note-save", Button).disabled = False
        self.query_one(TextArea).focus()


class EntryEditor(ModalScreen[Any]):
    """Add or edit a context entry (name, kind, description); saved in a worker."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="entry.save"),
        Binding("escape", "cancel", "Cancel", id="entry.cancel"),
    ]

    class Done(Message):
        def __init__(self, entry: Any | None, reason: str | None) -> None:
            super().__init__()
            self.entry = entry
            self.reason = reason

    def __init__(self, services: Services, entry: Any) -> None:
        super().__init__()
        self.services = services
        self.entry = entry

    def compose(self) -> ComposeResult:
        e = self.entry
        yield Footer(show_command_palette=False)  # this dialog's keys, not the article's beneath
        with VerticalScroll(id="dialog", classes="entry"):
            yield Label("Context entry", classes="dialog-title")
            yield Label("Name", classes="field")
            yield Input(getattr(e, "name", ""), placeholder="name", id="entry-name", compact=True)
            yield Label("Kind", classes="field")
            yield Input(getattr(e, "kind", ""), placeholder="person, organisation, place, ...", id="entry-kind",
                        compact=True)
            yield Label("Description", classes="field")
            yield TextArea(getattr(e, "description", "") or "", id="entry-description", soft_wrap=True,
                           show_line_numbers=False, tab_behavior="focus")
            yield Static("", id="entry-error")
            with Horizontal(classes="buttons"):
                yield Button("Save  ctrl+s", id="entry-save", variant="primary", compact=True)
                yield Button("Cancel  esc", id="entry-cancel", compact=True)

    @on(Button.Pressed, "#entry-save")
    def action_save(self) -> None:
        from reader.tui.services import _replace

        name = self.query_one("#entry-name", Input).value.strip()
        if not name:
            self.query_one("#entry-error", Static).update(Text("A name is needed", style="bold"))
            return
        entry = _replace(self.entry, name=name, kind=self.query_one("#entry-kind", Input).value.strip(),
                         description=self.query_one(TextArea).text.strip())
        self._save(entry)

    @on(Button.Pressed, "#entry-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @work(thread=True, exclusive=True, group="entry-save")
    def _save(self, entry: Any) -> None:
        try:
            saved = self.services.save_entry(entry)
        except Exception as exc:
            self.post_message(self.Done(None, one_line(exc)))
        else:
            self.post_message(self.Done(saved if saved is not None else entry, None))

    def on_entry_editor_done(self, message: Done) -> None:
        if message.reason:
            self.query_one("#entry-error", Static).update(Text(f"Not saved: {message.reason}", style="bold"))
        else:
            self.dismiss(message.entry)


class Chooser(ModalScreen[Any]):
    """Pick one of a few options (filters, links); Escape picks nothing."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="chooser.cancel")]

    def __init__(self, title: str, options: Sequence[tuple[str, Any]]) -> None:
        super().__init__()
        self.title_text = title
        self.choices = list(options)

    def compose(self) -> ComposeResult:
        yield Footer(show_command_palette=False)  # this dialog's keys, not the article's beneath
        with Vertical(id="dialog", classes="chooser"):
            yield Label(self.title_text, classes="dialog-title")
            yield OptionList(*(Option(Text(label), id=str(n)) for n, (label, _) in enumerate(self.choices)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(event.option.id or 0)][1])

    def action_cancel(self) -> None:
        self.dismiss(None)


class OpenFile(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="open.cancel")]

    def compose(self) -> ComposeResult:
        yield Footer(show_command_palette=False)  # this dialog's keys, not the article's beneath
        with Vertical(id="dialog", classes="open"):
            yield Label("Open an article", classes="dialog-title")
            yield Input(placeholder="path to a .txt, .md or .html file", id="open-path")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


#: Library titles longer than this are cut (with an ellipsis) so the other columns stay in view.
TITLE_CELLS = 44


def local_time(stamp: str) -> str:
    """An ISO timestamp from the store as local "YYYY-MM-DD HH:MM" (as given when it does not parse)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp[:16].replace("T", " ")


def short_path(path: str) -> str:
    """``path`` with the home folder as ``~``."""
    from pathlib import Path

    home = str(Path.home())
    return "~" + path[len(home):] if home not in ("", "/") and path.startswith(home + "/") else path


class LibraryScreen(Screen[str | None]):
    """Articles read, newest first, with note counts; Enter opens one."""

    BINDINGS = [
        Binding("escape,q", "close", "Back", id="library.close"),
        Binding("slash", "focus_filter", "Filter", id="library.filter"),
    ]

    class Loaded(Message):
        def __init__(self, items: list[Any], error: str | None) -> None:
            super().__init__()
            self.items = items
            self.error = error

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.items: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Label("Library", classes="dialog-title")
        yield Input(placeholder="filter by title or path", id="library-filter")
        yield DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="library-message")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Title", "Notes", "At sentence", "Opened", "File")
        table.focus()
        if self.services.message and not self.services.can_read:
            self.query_one("#library-message", Static).update(Text(self.services.message, style="italic"))
        self._load("")

    @work(thread=True, exclusive=True, group="library")
    def _load(self, query: str) -> None:
        try:
            self.post_message(self.Loaded(self.services.library(query), None))
        except Exception as exc:
            self.post_message(self.Loaded([], one_line(exc)))

    def on_library_screen_loaded(self, message: Loaded) -> None:
        table = self.query_one(DataTable)
        table.clear()
        self.items = message.items
        for n, item in enumerate(message.items):
            position = getattr(item, "position", None)
            title = inert(getattr(item, "title", "") or "(untitled)")
            table.add_row(
                Text(title if len(title) <= TITLE_CELLS else title[: TITLE_CELLS - 1].rstrip() + "\u2026"),
                str(getattr(item, "note_count", 0)),
                "" if position is None else str(position + 1),
                Text(local_time(str(getattr(item, "opened", "") or getattr(item, "added", "")))),
                Text(inert(short_path(str(getattr(item, "path", "") or ""))) or "(stdin)", style="dim"),
                key=str(n),
            )
        status = self.query_one("#library-message", Static)
        if message.error:
            status.update(Text(message.error, style="bold"))
        elif not message.items and self.services.can_read:
            status.update(Text("No articles match." if self.query_one(Input).value else
                               "No articles yet: every article you open is listed here.", style="italic"))
        elif message.items:
            status.update(Text("Enter opens the selected article \u00b7 / filters \u00b7 Esc goes back", style="dim"))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._load(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        item = self.items[int(event.row_key.value or 0)]
        path = getattr(item, "path", None)
        if not path:
            self.notify("This article was read from stdin: there is no file to open", severity="warning")
            return
        self.dismiss(str(path))

    def action_focus_filter(self) -> None:
        self.query_one(Input).focus()

    def action_close(self) -> None:
        self.dismiss(None)
