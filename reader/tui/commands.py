"""The reader's own commands in Textual's command palette (ctrl+p)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.analysis.model import STANCES

if TYPE_CHECKING:
    from reader.tui.app import ReaderApp


class ReaderCommands(Provider):
    """Open, export, boilerplate, filters, panel, library, themes."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app: ReaderApp = self.app  # type: ignore[assignment]
        out: list[tuple[str, Callable[[], object], str]] = [
            ("Open file\u2026", app.action_open_file, "Open another article"),
            ("Export notes to Markdown", app.action_export_notes, "Write this article's notes to a .md file"),
            ("Toggle stripped boilerplate", app.action_toggle_boilerplate, "Show or hide what was stripped, and why"),
            ("Toggle side panel", app.action_toggle_panel, "Show or hide the sentence panel"),
            ("Toggle rule details in the panel", app.action_toggle_details,
             "Show or hide the rule behind each line of the side panel"),
            ("Library", app.action_library, "Articles you have read, with their notes"),
            ("Filter\u2026", app.action_filter, "Show only sentences of one stance or source"),
            ("Filter: claims only", lambda: app.apply_filter(("claim", True)), "Move among claims only"),
            ("Filter: clear", lambda: app.apply_filter(None), "Show every sentence"),
            ("Search\u2026", app.action_search, "Find text in the article"),
            ("Next theme", app.action_next_theme, "Cycle through Textual's themes"),
        ]
        for stance in STANCES:
            out.append((f"Filter: {stance}", lambda s=stance: app.apply_filter(("stance", s)),
                        f"Only sentences whose stance is {stance}"))
        return out

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
