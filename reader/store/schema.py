"""Schema versions of the store and the migrations between them.

Each schema lives in its own directory, ``store-vN/`` under the reader's home. A
migration builds the next version completely in ``store-vN.migrating/`` (every file
fsync-ed), then renames that directory to ``store-vN/`` in one atomic step. Until
that rename the old data is the store; after it, the new one. A migration killed
half-way leaves a ``.migrating`` directory that the next start deletes and redoes.
The old data is never modified or deleted.

Schema 1 (the first design, TinyDB defaults): one file ``reader.json`` with tables
``entries``, ``notes`` (every note of every article) and ``library``. Every note
save rewrote every note: the cost grew with the number of notes, and a kill during
the in-place write could lose everything. Articles' texts were not kept.

Schema 2 (current):

    store-v2/library.json          meta {schema}; library: one summary per article
    store-v2/context.json          meta {schema, seeded ids}; entries
    store-v2/articles/ID.json      meta: the article (title, path, added, opened,
                                   position, previous ids); notes: its notes
    store-v2/articles/ID.txt       the article's text, written once (the id is its hash)

``library.json`` is an index: it can be rebuilt from the article files.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.store.atomic import atomic_write, dumps, fsync_dir

SCHEMA = 2
LEGACY_FILE = "reader.json"  # schema 1


def data_dir(home: Path, version: int = SCHEMA) -> Path:
    return home / f"store-v{version}"


def found_versions(home: Path) -> list[int]:
    """Schema versions present under ``home`` (committed directories, and schema 1)."""
    versions = []
    for child in home.glob("store-v*"):
        suffix = child.name[len("store-v"):]
        if child.is_dir() and suffix.isdigit():
            versions.append(int(suffix))
    if (home / LEGACY_FILE).is_file():
        versions.append(1)
    return sorted(versions)


def _table(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    table = data.get(name) or {}
    if not isinstance(table, dict):
        return []
    return [doc for _, doc in sorted(table.items(), key=lambda kv: int(kv[0]) if str(kv[0]).isdigit() else 0)
            if isinstance(doc, dict)]


def _tinydb(tables: dict[str, list[dict[str, Any]]]) -> bytes:
    return dumps({name: {str(i): doc for i, doc in enumerate(docs, 1)} for name, docs in tables.items()})


def _note_2(note: dict[str, Any], aid: str) -> dict[str, Any]:
    """A schema-1 note as schema 2 writes it; one whose fields do not convert is kept
    as it was (the store skips it when reading, and it stays in the file, never dropped),
    rather than stop the whole upgrade and with it the store."""
    try:
        return {
            "id": str(note["id"]), "article_id": aid,
            "exact": str(note.get("exact", "")), "prefix": str(note.get("prefix", "")),
            "suffix": str(note.get("suffix", "")), "start": int(note.get("start", 0)),
            "end": int(note.get("end", 0)), "body": str(note.get("body", "")),
            "tags": [str(t) for t in note.get("tags") or []], "verdict": note.get("verdict"),
            "created": str(note.get("created", "")), "updated": str(note.get("updated", "")),
            "orphan": False,
        }
    except (TypeError, ValueError):
        return {**note, "article_id": aid}


def migrate_1_to_2(home: Path, target: Path) -> str:
    """Split schema 1's single file into the per-article layout, in ``target``; what was done."""
    raw = (home / LEGACY_FILE).read_bytes()
    unreadable = None
    try:
        data = json.loads(raw) if raw.strip() else {}
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:
        data, unreadable = {}, str(exc)
    articles_dir = target / "articles"
    articles_dir.mkdir(parents=True)
    library = {}
    for item in _table(data, "library"):
        aid = str(item.get("article_id", ""))
        if aid:
            library[aid] = {
                "article_id": aid, "title": str(item.get("title", "")), "path": str(item.get("path", "")),
                "added": str(item.get("added", "")), "opened": str(item.get("added", "")),
                "position": item.get("position"), "previous_ids": [], "superseded_by": None,
            }
    notes: dict[str, list[dict[str, Any]]] = {}
    for note in _table(data, "notes"):
        aid = str(note.get("article_id", ""))
        if not aid or not note.get("id"):
            continue
        notes.setdefault(aid, []).append(_note_2(note, aid))
        if aid not in library:  # a note on an article the library forgot: keep it reachable
            library[aid] = {"article_id": aid, "title": "", "path": "", "added": note.get("created", ""),
                            "opened": note.get("created", ""), "position": None, "previous_ids": [],
                            "superseded_by": None}
    summaries = []
    for aid, meta in library.items():
        article_notes = notes.get(aid, [])
        atomic_write(articles_dir / f"{aid}.json", _tinydb({"meta": [meta], "notes": article_notes}), backups=0)
        summaries.append({**{k: meta[k] for k in ("article_id", "title", "path", "added", "opened", "position")},
                          "note_count": len(article_notes)})
    fsync_dir(articles_dir)
    atomic_write(target / "library.json", _tinydb({"meta": [{"schema": 2}], "library": summaries}), backups=0)
    entries = []
    for entry in _table(data, "entries"):
        if entry.get("id") and entry.get("name"):
            entries.append(entry)
    # Schema 1 loaded the seeds into ``entries`` too: record them as seeded, never reload them.
    seeded = [e["id"] for e in entries if e.get("provenance") == "seed"]
    atomic_write(target / "context.json",
                 _tinydb({"meta": [{"schema": 2, "seeded": seeded}], "entries": entries}), backups=0)
    if unreadable is not None:
        return (f"the old store {home / LEGACY_FILE} could not be read ({unreadable}); it is kept "
                "unchanged and a new, empty store was started")
    return (f"upgraded the store from schema 1 to 2: {len(summaries)} articles, "
            f"{sum(map(len, notes.values()))} notes, {len(entries)} context entries "
            f"({LEGACY_FILE} kept unchanged as a copy)")


#: from-version → migration building version + 1 into a fresh directory.
MIGRATIONS: dict[int, Callable[[Path, Path], str]] = {1: migrate_1_to_2}


def migrate(home: Path, tell: Callable[[str], None]) -> None:
    """Bring ``home`` to schema :data:`SCHEMA`, each step whole or not at all.

    Call with the store's lock held. Raises whatever a step raised; then nothing changed.
    """
    versions = found_versions(home)
    current = max(versions) if versions else None
    if current is None:
        data_dir(home).mkdir(parents=True, exist_ok=True)
        return
    if current > SCHEMA:
        raise RuntimeError(f"the store in {home} was written by a newer reader (schema {current}, "
                           f"this one knows {SCHEMA}); upgrade reader")
    while current < SCHEMA:
        target = data_dir(home, current + 1)
        building = target.with_name(target.name + ".migrating")
        if building.exists():
            shutil.rmtree(building)  # an interrupted earlier attempt
        building.mkdir()
        try:
            done = MIGRATIONS[current](home, building)
            fsync_dir(building)
            building.rename(target)  # the commit point
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        fsync_dir(home)
        tell(done)
        current += 1
