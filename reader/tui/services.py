"""The one place where the TUI meets the note store and the context linker.

Screens never see the store: they call :class:`Services`, which wraps
``reader.store.Store`` (imported lazily, so the first paint does not wait for TinyDB)
and ``reader.analysis.context``. When the store cannot be opened, or is not
installed, ``Services`` still works: reading is unaffected and every note action
answers with :attr:`Services.message` ("notes are off: ..."). Every method is
synchronous and may be slow; the app calls them from thread workers only.
"""

from __future__ import annotations

import dataclasses
import hashlib
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from reader.tui.panel import ContextItem


def one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class Services:
    """The store (or its absence) and the context linker, behind a small API."""

    def __init__(self, store: Any | None, message: str | None = None) -> None:
        self.store = store
        self._message = message

    @classmethod
    def open(cls, home: str | None = None) -> Services:
        """Open the default store (READER_HOME); never raises."""
        try:
            from reader.store import Store  # type: ignore[attr-defined]
        except ImportError:
            return cls(None, "notes are off: the note store is not installed")
        try:
            store = Store.open(home)
        except Exception as exc:  # a StoreError or an OS error: reading still works
            return cls(None, f"notes are off: {one_line(exc)}")
        return cls(store)

    # ---------------------------------------------------------------- state

    @property
    def can_read(self) -> bool:
        return self.store is not None

    @property
    def can_write(self) -> bool:
        return self.store is not None and not getattr(self.store, "read_only", False)

    @property
    def message(self) -> str | None:
        """Why notes are unavailable or read-only, in one line (None when all is well)."""
        if self.store is None:
            return self._message or "notes are off"
        if getattr(self.store, "read_only", False):
            extra = "; ".join(getattr(self.store, "messages", ()) or ())
            return "notes are read-only" + (f": {extra}" if extra else "")
        return None

    # ---------------------------------------------------------------- articles

    def article_id(self, text: str) -> str:
        if self.store is not None:
            return self.store.article_id(text)
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def remember(self, article_id: str, title: str | None, path: str, text: str) -> None:
        if self.can_write:
            self.store.remember_article(article_id, title or "", path, text)

    def position(self, article_id: str) -> int | None:
        return self.store.position(article_id) if self.store is not None else None

    def set_position(self, article_id: str, index: int) -> None:
        if self.can_write:
            self.store.set_position(article_id, index)

    def library(self, query: str = "") -> list[Any]:
        return list(self.store.library(query)) if self.store is not None else []

    # ---------------------------------------------------------------- notes

    def notes(self, article_id: str, text: str) -> list[Any]:
        return list(self.store.notes(article_id, text)) if self.store is not None else []

    def save_note(self, article_id: str, text: str, note: Any | None, start: int, end: int,
                  body: str, tags: Sequence[str], verdict: str | None) -> Any:
        """Create or update a note; raises (one-line str) when the store refuses."""
        if not self.can_write:
            raise RuntimeError(self.message or "notes are off")
        if note is None:
            return self.store.add_note(article_id, text, start, end, body=body, tags=tuple(tags), verdict=verdict)
        changed = _replace(note, body=body, tags=tuple(tags), verdict=verdict)
        return self.store.save_note(changed)

    def delete_note(self, note_id: Any) -> None:
        if not self.can_write:
            raise RuntimeError(self.message or "notes are off")
        self.store.delete_note(note_id)

    # ---------------------------------------------------------------- context

    def entries(self) -> list[Any]:
        return list(self.store.entries()) if self.store is not None else []

    def save_entry(self, entry: Any) -> Any:
        if not self.can_write:
            raise RuntimeError(self.message or "notes are off")
        return self.store.save_entry(entry)


def _replace(obj: Any, **changes: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.replace(obj, **changes)
    for key, value in changes.items():
        setattr(obj, key, value)
    return obj


def notes_by_sentence(notes: Sequence[Any], starts: Sequence[int], ends: Sequence[int]) -> dict[int, list[Any]]:
    """Each sentence's notes: a note belongs to every sentence its anchor overlaps."""
    out: dict[int, list[Any]] = {}
    for note in notes:
        anchor = getattr(note, "anchor", None)
        if anchor is None or getattr(note, "orphan", False) and anchor.start is None:
            continue
        a, b = anchor.start, max(anchor.end, anchor.start + 1)
        k = max(bisect_right(starts, a) - 1, 0)
        while k < len(starts) and starts[k] < b:
            if ends[k] > a:
                out.setdefault(k, []).append(note)
            k += 1
    return out


def context_items(text: str, bounds: Sequence[tuple[int, int]], entries: Sequence[Any]) -> dict[int, list[ContextItem]]:
    """Each sentence's context: stored entries it mentions, and entries harvested from it.

    Empty when the context linker is not installed.
    """
    try:
        from reader.analysis.context import Linker, harvest  # type: ignore[import-not-found]
    except ImportError:
        return {}
    out: dict[int, list[ContextItem]] = {}
    by_id = {getattr(e, "id", None): e for e in entries}
    seen: dict[int, set[str]] = {}
    if entries:
        for index, mentions in enumerate(Linker(entries).mentions(text, bounds)):
            for mention in mentions:
                entry = by_id.get(mention.entry_id)
                if entry is None or entry.name in seen.setdefault(index, set()):
                    continue
                seen[index].add(entry.name)
                out.setdefault(index, []).append(ContextItem(entry.name, entry.kind, entry.description, True))
    starts = [s for s, _ in bounds]
    stored_names = {getattr(e, "name", "").casefold() for e in entries}
    for entry in harvest(text, bounds):
        if entry.name.casefold() in stored_names:
            continue
        span = getattr(entry, "source_span", None)
        start = span[0] if isinstance(span, tuple) else getattr(span, "start", None)
        if start is None:
            continue
        index = max(bisect_right(starts, start) - 1, 0)
        if entry.name in seen.setdefault(index, set()):
            continue
        seen[index].add(entry.name)
        out.setdefault(index, []).append(ContextItem(entry.name, entry.kind, entry.description, False, ))
    return out


def harvested_entries(text: str, bounds: Sequence[tuple[int, int]], index: int) -> list[Any]:
    """The harvested Entry objects of sentence ``index`` (to keep one)."""
    try:
        from reader.analysis.context import harvest  # type: ignore[import-not-found]
    except ImportError:
        return []
    s, e = bounds[index]
    out = []
    for entry in harvest(text, bounds):
        span = getattr(entry, "source_span", None)
        start = span[0] if isinstance(span, tuple) else getattr(span, "start", None)
        if start is not None and s <= start < e:
            out.append(entry)
    return out
