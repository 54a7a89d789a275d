"""A footer that drops its least useful keys rather than run off a narrow terminal.

Textual's footer shows every binding with ``show=True`` in one row and cuts whatever
does not fit, so at 80 columns the last keys (search, filter, note) vanish without a
trace. This one drops keys in :data:`DROP_ORDER` until the rest fits; ``?`` still
lists every key.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

#: Actions whose keys leave the footer first when it is too narrow (all stay in ``?``).
DROP_ORDER: tuple[str, ...] = (
    "next_same_source", "toggle_boilerplate", "prev_sentence", "toggle_panel", "quit", "next_claim", "filter",
)
#: Cells the command-palette key takes besides its text (its border and padding).
PALETTE_EXTRA = 3


def key_width(key_display: str, description: str) -> int:
    """Cells one footer key takes: " key description " (Textual's default, non-compact)."""
    return cell_len(key_display) + cell_len(description) + 3


def keys_that_fit(keys: Sequence[tuple[str, int]], width: int, reserved: int = 0) -> set[str]:
    """The actions of ``keys`` ((action, cells) in footer order) kept within ``width`` cells."""
    kept = {action for action, _ in keys}
    total = reserved + sum(cells for _, cells in keys)
    for action in DROP_ORDER:
        if total <= width:
            break
        for name, cells in keys:
            if name == action and name in kept:
                kept.discard(name)
                total -= cells
    return kept


class ReaderFooter(Footer):
    """Textual's footer, less the keys that would not fit in the terminal's width."""

    _fitted: frozenset[str] | None = None

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        keys = [(w.action, key_width(w.key_display, w.description)) for w in _plain_keys(widgets)]
        reserved = sum(key_width(w.key_display, w.description) + PALETTE_EXTRA for w in widgets
                       if isinstance(w, FooterKey) and w.has_class("-command-palette"))
        kept = keys_that_fit(keys, self.app.size.width, reserved)
        self._fitted = frozenset(kept)
        for widget in widgets:
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette") and \
                    widget.action not in kept:
                continue
            yield widget

    def on_resize(self, event: events.Resize) -> None:
        if self._fitted is not None:
            widgets = [w for w in self.children if isinstance(w, FooterKey)]
            if widgets:
                self.call_after_refresh(self.recompose)


def _plain_keys(widgets: Iterable[Widget]) -> list[FooterKey]:
    return [w for w in widgets if isinstance(w, FooterKey) and not w.has_class("-command-palette")]
