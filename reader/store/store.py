"""The store: context entries, notes and the library, in TinyDB files that are never lost.

Layout and schema history: see :mod:`reader.store.schema`. Durability: see
:mod:`reader.store.atomic`. Concurrency: every change is a short transaction under one
lock file (``HOME/reader.lock``): take the lock, read the file fresh, change it, save it
atomically, release. Two readers open at once can therefore both write, and neither
ever overwrites the other's notes (reads need no lock: files are replaced whole).
``read_only`` is True only when the store cannot be written at all (a read-only
folder or file system); then every change raises :class:`StoreError` and the
user is told once, in ``messages``.

Why one notes file per article: saving a note rewrites only that article's file (its
tens of notes), so the cost of a save grows neither with the total number of notes
nor with the number of articles. The library index (one summary per article) is not
touched by note or position saves: it records each article file's identity (inode,
mtime, size) and library() re-reads only the files saved since. bench/bench_store.py
measures it.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import threading
import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.table import Document

from reader.analysis.context import Entry, EntryError, entry_from_dict, entry_to_dict, slug
from reader.store import schema
from reader.store.anchor import Anchor, make_anchor, reanchor
from reader.store.atomic import (
    AtomicJSONStorage,
    atomic_write,
    clean_temps,
    describe,
    read_json,
)

VERDICTS: tuple[str, ...] = ("true", "false", "misleading", "unverified")
#: Seconds to wait for another reader's save before giving up.
LOCK_TIMEOUT = 10.0
#: How similar (0-100) a new text must be to an older article with the same path or
#: title to be taken as an edited version of it (its notes then move to the new one).
SAME_ARTICLE = 60.0

_SUMMARY = ("article_id", "title", "path", "added", "opened", "position")
_ARTICLE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_SPACE = re.compile(r"\s+")


class StoreError(Exception):
    """Something the user must know about the store; str() is one clear line."""


class StoreBusy(StoreError):
    """Another reader held the lock for longer than LOCK_TIMEOUT."""


@dataclass(frozen=True)
class Note:
    """A note on a span of an article, with an optional verdict on what it says.

    ``orphan`` is True when the note's quote could not be found in the text it was
    last matched against: it is kept and shown, never dropped.
    """

    id: str
    article_id: str
    anchor: Anchor
    body: str = ""
    tags: tuple[str, ...] = ()
    verdict: str | None = None
    created: str = ""
    updated: str = ""
    orphan: bool = False


@dataclass(frozen=True)
class LibraryItem:
    """An article read: id (a hash of its text), title, where it came from, progress."""

    article_id: str
    title: str
    path: str
    added: str
    position: int  # the sentence the user was at (0 when never set; Store.position says None then)
    note_count: int
    opened: str = ""  # when it was last opened (the library lists the latest first)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _is_dir(path: Path) -> bool:
    """Path.is_dir() that says False, not PermissionError, in a folder we may not enter."""
    try:
        return path.is_dir()
    except OSError:
        return False


def default_home() -> Path:
    """READER_HOME if set, else the platform's user data folder (platformdirs)."""
    env = os.environ.get("READER_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("reader", appauthor=False))


# ----------------------------------------------------------------- record conversions

def _note_doc(note: Note) -> dict[str, Any]:
    a = note.anchor
    return {
        "id": note.id, "article_id": note.article_id, "exact": a.exact, "prefix": a.prefix,
        "suffix": a.suffix, "start": a.start, "end": a.end, "body": note.body,
        "tags": list(note.tags), "verdict": note.verdict, "created": note.created,
        "updated": note.updated, "orphan": note.orphan,
    }


def _note_from(doc: dict[str, Any]) -> Note:
    anchor = Anchor(str(doc.get("exact", "")), str(doc.get("prefix", "")), str(doc.get("suffix", "")),
                    int(doc.get("start", 0)), int(doc.get("end", 0)))
    return Note(
        id=str(doc["id"]), article_id=str(doc.get("article_id", "")), anchor=anchor,
        body=str(doc.get("body", "")), tags=tuple(str(t) for t in doc.get("tags") or ()),
        verdict=doc.get("verdict"), created=str(doc.get("created", "")),
        updated=str(doc.get("updated", "")), orphan=bool(doc.get("orphan", False)),
    )


def _item_from(doc: dict[str, Any]) -> LibraryItem:
    return LibraryItem(
        article_id=str(doc["article_id"]), title=str(doc.get("title", "")), path=str(doc.get("path", "")),
        added=str(doc.get("added", "")), position=int(doc.get("position") or 0),
        note_count=int(doc.get("note_count", 0)), opened=str(doc.get("opened", "")),
    )


def _readable_summary(doc: dict[str, Any]) -> bool:
    """Can this library row be shown? (One edited by hand is rebuilt from its article file.)"""
    try:
        _item_from(doc)
    except (KeyError, TypeError, ValueError):
        return False
    return True


def _check_note_fields(body: str, tags: Sequence[str], verdict: str | None) -> tuple[str, ...]:
    if verdict is not None and verdict not in VERDICTS:
        raise StoreError(f"verdict must be one of {', '.join(VERDICTS)} or none, not {verdict!r}")
    if not isinstance(body, str):
        raise StoreError("a note's body must be text")
    if isinstance(tags, str):
        tags = (tags,)
    return tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))


class Store:
    """The user's notes, library and context entries. Open with :meth:`Store.open`."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.data = schema.data_dir(home)
        self.read_only = False
        self.messages: list[str] = []
        self._thread_lock = threading.RLock()
        self._lock: Any = None
        self._note_articles: dict[str, str] = {}  # note id → article id, for delete_note

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, home: str | Path | None = None) -> Store:
        """Open (creating, upgrading, repairing as needed) the store in ``home``."""
        store = cls(Path(home).expanduser() if home is not None else default_home())
        try:
            store.home.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise StoreError(f"the reader's data folder {store.home} is not a folder (it, or a folder above it, "
                             "is a file); set READER_HOME to a folder") from None
        except OSError as exc:
            raise StoreError(f"cannot create the reader's data folder {store.home}: "
                             f"{exc.strerror or exc}") from None
        from filelock import FileLock

        store._lock = FileLock(str(store.home / "reader.lock"), timeout=LOCK_TIMEOUT, poll_interval=0.002)
        try:
            with store._locked():
                store._start()
        except StoreBusy:
            # Another reader is stuck mid-save (suspended with Ctrl-Z?): read what is
            # there rather than refuse to start; say so.
            if not _is_dir(store.data):
                raise
            store.read_only = True
            store.messages.append("another reader is holding the store's lock; opened read-only: "
                                  "notes and changes will not be saved in this session")
        except StoreError:
            raise
        except PermissionError as exc:
            store._open_read_only(exc)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                store._open_read_only(exc)
            else:
                raise StoreError(f"cannot open the store in {store.home}: {exc.strerror or exc}") from None
        except (RuntimeError, ValueError) as exc:  # a newer schema; data no step could read
            raise StoreError(f"cannot open the store in {store.home}: {exc}") from None
        return store

    def _open_read_only(self, exc: OSError) -> None:
        if not _is_dir(self.data):
            raise StoreError(f"cannot open the store in {self.home}: {exc.strerror or exc}") from None
        self.read_only = True
        self.messages.append(f"the store in {self.home} cannot be written ({exc.strerror or exc}); "
                             "opened read-only: notes and changes will not be saved")

    def _start(self) -> None:
        """Under the lock: upgrade, clean what a killed process left, seed, check the index."""
        schema.migrate(self.home, self._tell)
        self._articles.mkdir(parents=True, exist_ok=True)
        # Stale temporaries hold nothing acknowledged: delete them without a word.
        clean_temps(self.data)
        clean_temps(self._articles)
        index = read_json(self._index_path, self._tell)
        if index is None or not self._index_complete(index):
            self._rebuild_index()
        self._seed()

    def close(self) -> None:
        """Nothing stays open between operations; kept for symmetry and future use."""
        self._note_articles.clear()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ plumbing

    @property
    def _articles(self) -> Path:
        return self.data / "articles"

    @property
    def _index_path(self) -> Path:
        return self.data / "library.json"

    @property
    def _context_path(self) -> Path:
        return self.data / "context.json"

    def _tell(self, message: str) -> None:
        self.messages.append(message)

    @staticmethod
    def _save_error(exc: OSError, path: Path) -> StoreError:
        return StoreError(describe(exc, path))

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """The one lock for every change (re-entrant within a process)."""
        if self.read_only:
            raise StoreError("the store is read-only; this change was not saved")
        from filelock import Timeout

        with self._thread_lock:
            try:
                self._lock.acquire()
            except Timeout:
                raise StoreBusy(f"the store is busy: another reader has held {self.home / 'reader.lock'} "
                                f"for {LOCK_TIMEOUT:.0f} s; try again") from None
            try:
                yield
            finally:
                self._lock.release()

    def _db(self, path: Path) -> Any:
        # A fresh TinyDB per transaction: TinyDB caches query results and the next
        # document id per Table, which another process's save would make stale.
        # The library index is a cache of the article files (rebuilt from them when it
        # is unreadable or misses an article), so it is saved atomically but without
        # fsync: that halves the disk flushes of a note save.
        return TinyDB(path, storage=AtomicJSONStorage, tell=self._tell, on_error=self._save_error,
                      writable=not self.read_only, durable=path != self._index_path)

    def _article_path(self, article_id: str, suffix: str = ".json") -> Path:
        if not isinstance(article_id, str) or not _ARTICLE_ID.match(article_id):
            raise StoreError(f"not an article id: {article_id!r}")
        return self._articles / f"{article_id}{suffix}"

    def _read(self, path: Path) -> dict[str, Any]:
        """A file's data without the lock (files are replaced whole); a damaged file is
        repaired under the lock, so two readers never repair the same file at once."""
        try:
            try:
                return read_json(path, self._tell, repair=False) or {}
            except ValueError as exc:
                if self.read_only:
                    raise StoreError(f"{path} cannot be read ({exc}) and the store is read-only") from None
            with self._locked():
                return read_json(path, self._tell, repair=True) or {}
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None

    @staticmethod
    def _docs(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
        docs = data.get(table) or {}
        return [d for d in docs.values() if isinstance(d, dict)] if isinstance(docs, dict) else []

    def _meta(self, article_id: str) -> dict[str, Any] | None:
        docs = self._docs(self._read(self._article_path(article_id)), "meta")
        return docs[0] if docs else None

    # ------------------------------------------------------------------ the library

    @staticmethod
    def article_id(text: str) -> str:
        """A short hash of the text with white space collapsed (copying an article
        again with other line breaks gives the same id)."""
        norm = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
        return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def remember_article(self, article_id: str, title: str, path: str, text: str) -> LibraryItem:
        """Record that the article was opened; an edited version inherits its notes.

        A new id whose title or path matches an article already in the library, with a
        text at least :data:`SAME_ARTICLE` % similar, is taken as a new version of it:
        its notes move here (re-anchored; those that no longer anchor become orphans).
        """
        if path and path != "-":
            path = os.path.abspath(path)
        file = self._article_path(article_id)
        with self._locked():
            db = self._db(file)
            metas = db.table("meta")
            found = metas.all()
            meta = dict(found[0]) if found else None
            stamp = now()
            if meta is None or meta.get("superseded_by"):
                meta = {
                    "article_id": article_id, "title": title, "path": path,
                    "added": (meta or {}).get("added") or stamp, "opened": stamp, "position": None,
                    "previous_ids": (meta or {}).get("previous_ids", []), "superseded_by": None,
                }
                self._write_text(article_id, text)
                self._inherit(article_id, meta, title, path, text, db)
            else:
                meta.update(opened=stamp, title=title or meta.get("title", ""), path=path or meta.get("path", ""))
                if not self._article_path(article_id, ".txt").exists():
                    self._write_text(article_id, text)
            metas.upsert(Document(meta, doc_id=1))
            count = len(db.table("notes"))
            return self._index_put(meta, count)

    def find_article(self, text: str, path: str = "", title: str = "") -> str | None:
        """The library's id for this text without changing anything: its own id, the
        version that superseded it, or an earlier version (same path or title, similar
        text) whose notes remember_article would move to it. None if unknown."""
        article_id = self.article_id(text)
        seen = set()
        current: str | None = article_id
        while current and current not in seen:
            seen.add(current)
            meta = self._meta(current)
            if meta is None:
                break
            if not meta.get("superseded_by"):
                return current
            current = meta["superseded_by"]
        if path and path != "-":
            path = os.path.abspath(path)
        return self._predecessor(article_id, title, path, text)

    def _write_text(self, article_id: str, text: str) -> None:
        path = self._article_path(article_id, ".txt")
        try:
            data = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a lone surrogate that no byte came from
            data = text.encode("utf-8", "replace")
        try:
            atomic_write(path, data, backups=0)
        except OSError as exc:
            raise StoreError(describe(exc, path)) from None

    def _inherit(self, article_id: str, meta: dict[str, Any], title: str, path: str, text: str,
                 db: Any) -> None:
        """Move the notes of this article's earlier version here (see remember_article)."""
        old = self._predecessor(article_id, title, path, text)
        if old is None:
            return
        old_file = self._article_path(old)
        old_db = self._db(old_file)
        old_notes = old_db.table("notes").all()
        moved, orphans = [], 0
        for doc in old_notes:
            try:
                note = _note_from(doc)
            except (KeyError, TypeError, ValueError):
                # A record this reader cannot read (edited by hand, a newer reader's):
                # carried over as it is, since the old file's notes are emptied below.
                moved.append({**doc, "article_id": article_id})
                continue
            anchor = reanchor(note.anchor, text)
            if anchor is None:
                orphans += 1
                note = replace(note, orphan=True)
            else:
                note = replace(note, anchor=anchor, orphan=False)
            moved.append(_note_doc(replace(note, article_id=article_id)))
        notes = db.table("notes")
        if moved:
            notes.insert_multiple(moved)  # saved here first: a crash now leaves copies, never a loss
        old_meta = dict(old_db.table("meta").all()[0])
        meta["previous_ids"] = list(dict.fromkeys([*old_meta.get("previous_ids", []), old]))
        meta["added"] = old_meta.get("added") or meta["added"]
        meta["position"] = old_meta.get("position")
        old_meta["superseded_by"] = article_id
        old_db.table("meta").upsert(Document(old_meta, doc_id=1))
        old_db.table("notes").truncate()
        self._index_drop(old)
        if moved:
            self._tell(f"this looks like an edited version of an article you read before: moved its "
                       f"{len(moved)} note(s) here" + (f"; {orphans} no longer match the text and are "
                                                      "kept as orphans" if orphans else ""))

    def _predecessor(self, article_id: str, title: str, path: str, text: str) -> str | None:
        from rapidfuzz import fuzz

        best, best_score = None, SAME_ARTICLE
        for doc in self._docs(self._read(self._index_path), "library"):
            aid = doc.get("article_id")
            if aid == article_id or not isinstance(aid, str):
                continue
            same_path = bool(path) and doc.get("path") == path
            same_title = bool(title.strip()) and doc.get("title", "").strip() == title.strip()
            if not (same_path or same_title):
                continue
            try:
                old_text = self._article_path(aid, ".txt").read_text("utf-8", "replace")
            except (OSError, StoreError):  # no text kept, or an id that is no article's
                continue
            score = fuzz.ratio(old_text, text, score_cutoff=best_score)
            if score >= best_score:
                best, best_score = aid, score
        return best

    def _stamp(self, article_id: str) -> list[int] | None:
        """Identity of an article file's current version (every save replaces the file)."""
        try:
            st = os.stat(self._article_path(article_id))
        except (FileNotFoundError, StoreError):
            return None
        return [st.st_ino, st.st_mtime_ns, st.st_size]

    def _summary(self, meta: dict[str, Any], note_count: int) -> dict[str, Any]:
        doc = {k: meta.get(k) for k in _SUMMARY}
        doc["note_count"] = note_count
        doc["stamp"] = self._stamp(meta["article_id"])
        return doc

    def _index_put(self, meta: dict[str, Any], note_count: int) -> LibraryItem:
        doc = self._summary(meta, note_count)
        self._db(self._index_path).table("library").upsert(doc, Query().article_id == meta["article_id"])
        return _item_from(doc)

    def _refreshed(self, docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], bool]:
        """The index's summaries, brought up to date from article files saved since.

        Saving a note or a position touches only the article's file; the index notices
        here (one stat per article) and re-reads just the files that changed.
        """
        out, changed = [], False
        for doc in docs:
            aid = doc.get("article_id")
            if not isinstance(aid, str) or not _ARTICLE_ID.match(aid):
                changed = True
                continue
            stamp = self._stamp(aid)
            if stamp is not None and stamp == doc.get("stamp") and _readable_summary(doc):
                out.append(doc)
                continue
            changed = True
            data = self._read(self._article_path(aid)) if stamp is not None else {}
            metas = self._docs(data, "meta")
            if not metas or metas[0].get("superseded_by"):
                continue
            out.append({**self._summary(metas[0], len(self._docs(data, "notes"))), "stamp": stamp})
        return out, changed

    def _index_drop(self, article_id: str) -> None:
        self._db(self._index_path).table("library").remove(Query().article_id == article_id)

    def _index_complete(self, index: dict[str, Any]) -> bool:
        """Does the index list every current article file? (After a power cut the
        unsynced index may be an older version.) Reads only the files it lacks."""
        listed = {d.get("article_id") for d in self._docs(index, "library")}
        for entry in os.scandir(self._articles):
            name = entry.name
            if name.endswith(".json") and not name.startswith(".") and name[:-5] not in listed:
                meta = self._docs(self._read(Path(entry.path)), "meta")
                if meta and not meta[0].get("superseded_by"):
                    return False
        return True

    def _rebuild_index(self) -> None:
        """library.json is missing or unrecoverable: rebuild it from the article files."""
        summaries = []
        for file in sorted(self._articles.glob("*.json")):
            data = self._read(file)
            metas = self._docs(data, "meta")
            if metas and not metas[0].get("superseded_by"):
                summaries.append((metas[0], len(self._docs(data, "notes"))))
        db = self._db(self._index_path)
        table = db.table("library")
        table.truncate()
        table.insert_multiple(self._summary(m, n) for m, n in summaries)
        db.table("meta").upsert(Document({"schema": schema.SCHEMA}, doc_id=1))
        if summaries:
            self._tell(f"rebuilt the library list from {len(summaries)} article file(s)")

    def set_position(self, article_id: str, sentence_index: int) -> None:
        """Remember where the user is in the article (the sentence index)."""
        if not isinstance(sentence_index, int) or sentence_index < 0:
            raise StoreError(f"a reading position is a sentence number, not {sentence_index!r}")
        with self._locked():
            metas = self._db(self._article_path(article_id)).table("meta")
            found = metas.all()
            if not found:
                raise StoreError(f"no article {article_id} in the library")
            if found[0].get("position") == sentence_index:
                return
            metas.update({"position": sentence_index})

    def position(self, article_id: str) -> int | None:
        meta = self._meta(article_id)
        return None if meta is None else meta.get("position")

    def library(self, query: str = "") -> list[LibraryItem]:
        """Articles read, latest opened first; ``query`` words must all occur in the
        title, the path or the text (case-insensitive)."""
        docs, changed = self._refreshed(self._docs(self._read(self._index_path), "library"))
        if changed and not self.read_only:
            try:
                with self._locked():  # again under the lock: another reader may have added one
                    db = self._db(self._index_path)
                    data = db.storage.read() or {}
                    docs, _ = self._refreshed(self._docs(data, "library"))
                    data["library"] = {str(n): d for n, d in enumerate(docs, 1)}
                    db.storage.write(data)
            except StoreError:
                pass  # busy or full: the list shown is still up to date; saving it can wait
        items = [_item_from(d) for d in docs]
        items.sort(key=lambda i: (i.opened or i.added, i.added), reverse=True)
        words = [w.casefold() for w in query.split()]
        if not words:
            return items
        found = []
        for item in items:
            haystack = f"{item.title}\n{item.path}".casefold()
            if not all(w in haystack for w in words):
                try:
                    text = self._article_path(item.article_id, ".txt").read_text("utf-8", "replace")
                except (OSError, StoreError):
                    text = ""
                haystack += "\n" + _SPACE.sub(" ", text).casefold()
            if all(w in haystack for w in words):
                found.append(item)
        return found

    def article_text(self, article_id: str) -> str | None:
        """The text kept for an article (None if it was never remembered)."""
        try:
            return self._article_path(article_id, ".txt").read_text("utf-8", "surrogateescape")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read the text of article {article_id}: {exc.strerror or exc}") from None

    # ------------------------------------------------------------------ notes

    def notes(self, article_id: str, text: str | None = None) -> list[Note]:
        """The article's notes in text order; with ``text``, re-anchored to it.

        Notes whose quote is not found in ``text`` come back with ``orphan=True`` and
        their last known anchor, after the anchored ones. Nothing is written.
        """
        docs = self._docs(self._read(self._article_path(article_id)), "notes")
        result = []
        for doc in docs:
            try:
                note = _note_from(doc)
            except (KeyError, TypeError, ValueError):
                continue
            self._note_articles[note.id] = article_id
            if text is not None:
                anchor = reanchor(note.anchor, text)
                note = replace(note, orphan=True) if anchor is None else replace(note, anchor=anchor, orphan=False)
            result.append(note)
        result.sort(key=lambda n: (n.orphan, n.anchor.start, n.anchor.end, n.created))
        return result

    def add_note(self, article_id: str, text: str, start: int, end: int, body: str = "",
                 tags: Sequence[str] = (), verdict: str | None = None) -> Note:
        """A new note on text[start:end]; saved durably before this returns."""
        tags = _check_note_fields(body, tags, verdict)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise StoreError(f"a note needs a non-empty span inside the text, not {start}-{end}")
        stamp = now()
        note = Note(id=str(uuid.uuid4()), article_id=article_id, anchor=make_anchor(text, start, end),
                    body=body, tags=tags, verdict=verdict, created=stamp, updated=stamp)
        file = self._article_path(article_id)
        with self._locked():
            db = self._db(file)
            if not db.table("meta").all():  # a note before remember_article: keep it findable
                self._write_text(article_id, text)
                meta = {"article_id": article_id, "title": "", "path": "", "added": stamp, "opened": stamp,
                        "position": None, "previous_ids": [], "superseded_by": None}
                db.table("meta").upsert(Document(meta, doc_id=1))
                self._index_put(meta, 0)
            db.table("notes").insert(_note_doc(note))
        self._note_articles[note.id] = article_id
        return note

    def save_note(self, note: Note) -> Note:
        """Save changes to a note (body, tags, verdict, anchor); returns it as saved.

        If another reader changed the same note meanwhile, this version wins and the
        user is told; if another reader deleted it, it is saved again (never lost).
        """
        tags = _check_note_fields(note.body, note.tags, note.verdict)
        saved = replace(note, tags=tags, updated=now())
        with self._locked():
            db = self._db(self._article_path(note.article_id))
            notes = db.table("notes")
            current = notes.get(Query().id == note.id)
            if current is None:
                notes.insert(_note_doc(saved))
            else:
                if current.get("updated") != note.updated:
                    self._tell("a note was also changed by another reader; your version was saved")
                notes.update(_note_doc(saved), Query().id == note.id)
        self._note_articles[note.id] = note.article_id
        return saved

    def delete_note(self, note_id: str) -> None:
        article_id = self._note_articles.get(note_id) or self._find_note(note_id)
        if article_id is None:
            raise StoreError(f"no note {note_id}")
        with self._locked():
            self._db(self._article_path(article_id)).table("notes").remove(Query().id == note_id)
        self._note_articles.pop(note_id, None)

    def _find_note(self, note_id: str) -> str | None:
        for file in self._articles.glob("*.json"):
            if any(d.get("id") == note_id for d in self._docs(self._read(file), "notes")):
                return file.stem
        return None

    # ------------------------------------------------------------------ context entries

    def entries(self) -> list[Entry]:
        result = []
        for doc in self._docs(self._read(self._context_path), "entries"):
            try:
                result.append(entry_from_dict(doc))
            except EntryError:
                continue
        return result

    def save_entry(self, entry: Entry) -> Entry:
        """Add or replace an entry (by id; a new one without an id gets one from its name).

        Keeping a harvested entry is saving it: it keeps provenance ``harvested`` and
        its source sentence, so the user can always see where it came from; being in
        the store is what "kept" means.
        """
        try:
            entry = entry_from_dict(entry_to_dict(entry))
        except EntryError as exc:
            raise StoreError(str(exc)) from None
        with self._locked():
            table = self._db(self._context_path).table("entries")
            if not entry.id:
                entry = replace(entry, id=self._free_id(table, slug(entry.name)))
            table.upsert(entry_to_dict(entry), Query().id == entry.id)
        return entry

    def save_entries(self, entries: Sequence[Entry]) -> list[Entry]:
        """Add or replace many entries in one save: all of them, or none on failure."""
        try:
            checked = [entry_from_dict(entry_to_dict(e)) for e in entries]
        except EntryError as exc:
            raise StoreError(str(exc)) from None
        with self._locked():
            db = self._db(self._context_path)
            data = db.storage.read() or {}
            table = {str(k): v for k, v in (data.get("entries") or {}).items()}
            by_id = {doc.get("id"): key for key, doc in table.items()}
            next_key = max((int(k) for k in table if k.isdigit()), default=0) + 1
            for entry in checked:
                key = by_id.get(entry.id)
                if key is None:
                    key, next_key = str(next_key), next_key + 1
                    by_id[entry.id] = key
                table[key] = entry_to_dict(entry)
            data["entries"] = table
            db.storage.write(data)
        return checked

    def add_entry(self, entry: Entry) -> Entry:
        """Like save_entry, but never replaces: an id in use gets a suffix (-2, -3 …)."""
        with self._locked():
            table = self._db(self._context_path).table("entries")
            entry = replace(entry, id=self._free_id(table, entry.id or slug(entry.name)))
            return self.save_entry(entry)

    @staticmethod
    def _free_id(table: Any, base: str) -> str:
        used = {d.get("id") for d in table.all()}
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def delete_entry(self, entry_id: str) -> None:
        with self._locked():
            if not self._db(self._context_path).table("entries").remove(Query().id == entry_id):
                raise StoreError(f"no context entry {entry_id!r}")

    def _seed(self) -> None:
        """Load bundled seed entries not loaded before (a deleted seed stays deleted)."""
        from reader.resources import seeds_dir

        try:
            raw = (seeds_dir() / "context.json").read_bytes()
            seeds = json.loads(raw)["entries"]
            entries = [entry_from_dict(e, default_provenance="seed") for e in seeds]
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError, EntryError) as exc:
            self._tell(f"the bundled context entries could not be loaded: {exc}")
            return
        db = self._db(self._context_path)
        meta = db.table("meta")
        found = meta.all()
        seeded = set(found[0].get("seeded", [])) if found else set()
        new = [e for e in entries if e.id not in seeded]
        if not new and found:
            return
        table = db.table("entries")
        existing = {d.get("id") for d in table.all()}
        table.insert_multiple(entry_to_dict(replace(e, provenance="seed")) for e in new if e.id not in existing)
        meta.upsert(Document({"schema": schema.SCHEMA, "seeded": sorted(seeded | {e.id for e in entries})},
                             doc_id=1))
