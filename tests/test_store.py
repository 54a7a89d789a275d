"""The store: API behaviour, layout, corrupt files, failed saves, migrations."""

from __future__ import annotations

import errno
import json
import os
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis.context import Entry
from reader.store import Store, StoreError, atomic, schema

TEXT = ("Officials in the capital said on Monday that the bridge would reopen in May. "
        "The ministry denied that the contract had been awarded without a tender. "
        "Residents said they had not been consulted.")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test's store lives in its tmp_path (patches inside use monkeypatch.context(),
    so undoing them never unsets READER_HOME)."""
    monkeypatch.setenv("READER_HOME", str(tmp_path))
    return tmp_path


def open_with_article(text: str = TEXT, title: str = "Bridge") -> tuple[Store, str]:
    store = Store.open()
    aid = Store.article_id(text)
    store.remember_article(aid, title, "", text)
    return store, aid


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


# ------------------------------------------------------------------------- basics

def test_home_comes_from_reader_home_and_seeds_load_once(home: Path) -> None:
    store = Store.open()
    assert store.home == home and (home / "store-v2" / "context.json").is_file()
    names = {e.name for e in store.entries()}
    assert {"Najib Mikati", "Hezbollah", "U.N. Security Council Resolution 1701"} <= names
    assert all(e.provenance == "seed" for e in store.entries())
    store.delete_entry("hezbollah")
    again = Store.open()
    assert "hezbollah" not in {e.id for e in again.entries()}  # a deleted seed stays deleted


def test_article_id_ignores_white_space_layout() -> None:
    assert Store.article_id("A  b\nc.") == Store.article_id("A b c.")
    assert Store.article_id("A b c.") != Store.article_id("A b d.")


def test_notes_round_trip_sorted_and_counted(home: Path) -> None:
    store, aid = open_with_article()
    late = store.add_note(aid, TEXT, *span(TEXT, "Residents said"), body="who?", tags=("follow-up",))
    early = store.add_note(aid, TEXT, *span(TEXT, "the bridge would reopen in May"), verdict="misleading")
    assert [n.id for n in store.notes(aid)] == [early.id, late.id]
    assert store.library()[0].note_count == 2
    edited = store.save_note(replace(late, body="which residents?", verdict="unverified"))
    assert edited.updated >= late.updated
    fresh = Store.open()
    got = {n.id: n for n in fresh.notes(aid)}
    assert got[late.id].body == "which residents?" and got[late.id].verdict == "unverified"
    assert got[late.id].tags == ("follow-up",)
    fresh.delete_note(early.id)  # a fresh store must find the note's article itself
    assert [n.id for n in Store.open().notes(aid)] == [late.id]
    assert Store.open().library()[0].note_count == 1


def test_bad_note_input_is_a_store_error(home: Path) -> None:
    store, aid = open_with_article()
    with pytest.raises(StoreError, match="verdict"):
        store.add_note(aid, TEXT, 0, 5, verdict="pants on fire")
    with pytest.raises(StoreError, match="span"):
        store.add_note(aid, TEXT, 5, 5)
    with pytest.raises(StoreError, match="article id"):
        store.notes("../../etc/passwd")


def test_position_and_library_search(home: Path) -> None:
    store, aid = open_with_article()
    other = "The orchestra announced a new conductor for the autumn season."
    store.remember_article(Store.article_id(other), "Music news", "", other)
    store.set_position(aid, 2)
    assert Store.open().position(aid) == 2
    assert {i.title: i.position for i in Store.open().library()}["Bridge"] == 2  # the index catches up
    assert [i.title for i in store.library("tender ministry")] == ["Bridge"]  # by text
    assert [i.title for i in store.library("music")] == ["Music news"]  # by title
    assert store.library("nowhere-to-be-found") == []
    assert {i.title for i in store.library()} == {"Bridge", "Music news"}
    with pytest.raises(StoreError):
        store.set_position("0123456789abcdef", 1)


def test_entries_save_keep_harvested_and_delete(home: Path) -> None:
    store = Store.open()
    harvested = Entry(id="harvested:jane-roe", name="Jane Roe", kind="person", description="city engineer",
                      provenance="harvested", source_text="City engineer Jane Roe said so.", source_span=(0, 22))
    store.save_entry(harvested)
    kept = {e.id: e for e in Store.open().entries()}["harvested:jane-roe"]
    assert kept == harvested  # kept as is: provenance and source sentence survive
    added = store.add_entry(Entry(id="", name="Jane Roe", kind="person"))
    assert added.id == "jane-roe"
    assert store.add_entry(Entry(id="", name="Jane Roe", kind="person")).id == "jane-roe-2"
    with pytest.raises(StoreError):
        store.save_entry(Entry(id="x", name="X", kind="planet"))
    with pytest.raises(StoreError):
        store.delete_entry("no-such-entry")


def test_edited_article_inherits_notes_and_orphans_are_kept(home: Path, tmp_path: Path) -> None:
    path = str(tmp_path / "bridge.txt")
    store = Store.open()
    aid = Store.article_id(TEXT)
    store.remember_article(aid, "Bridge", path, TEXT)
    kept = store.add_note(aid, TEXT, *span(TEXT, "The ministry denied that the contract had been awarded"))
    lost = store.add_note(aid, TEXT, *span(TEXT, "Residents said they had not been consulted."))
    edited = TEXT.replace("Residents said they had not been consulted.", "No comment was given.")
    edited = "UPDATED. " + edited.replace("had been awarded", "was awarded")
    new_id = Store.article_id(edited)
    item = store.remember_article(new_id, "Bridge", path, edited)
    assert item.note_count == 2
    assert any("edited version" in m for m in store.messages)
    notes = {n.id: n for n in store.notes(new_id, edited)}
    assert not notes[kept.id].orphan
    a = notes[kept.id].anchor
    assert edited[a.start:a.end] == a.exact and a.exact.startswith("The ministry denied")
    assert notes[lost.id].orphan and notes[lost.id].anchor.exact == lost.anchor.exact
    assert [i.article_id for i in store.library()] == [new_id]  # one article, its latest version
    assert store.find_article(TEXT, path, "Bridge") == new_id  # the old text leads to the new notes


# ------------------------------------------------------------------------- durability

def test_save_is_atomic_with_backups_and_no_temp_left(home: Path) -> None:
    store, aid = open_with_article()
    for i in range(3):
        store.add_note(aid, TEXT, 0, 9, body=f"n{i}")
    art = home / "store-v2" / "articles"
    names = sorted(p.name for p in art.iterdir())
    assert f"{aid}.json.bak1" in names and f"{aid}.json.bak2" in names
    assert not [n for n in names if atomic.is_temp(n)]
    assert len(json.loads((art / f"{aid}.json.bak1").read_text())["notes"]) == 2


def test_stale_temp_files_are_cleaned_at_start(home: Path) -> None:
    store, aid = open_with_article()
    stale = home / "store-v2" / "articles" / f".{aid}.json.999.dead.tmp"
    stale.write_text('{"half": ')
    Store.open()
    assert not stale.exists()


@pytest.mark.parametrize("name", ["library.json", "context.json", "articles/ART.json"])
def test_corrupt_file_at_start_is_moved_aside_and_backup_restored(home: Path, name: str) -> None:
    store, aid = open_with_article()
    note = store.add_note(aid, TEXT, 0, 9, body="first")
    store.add_note(aid, TEXT, 10, 20, body="second")  # now .bak1 holds the version with "first"
    store.save_entry(Entry(id="e1", name="Entry One", kind="other"))
    store.save_entry(Entry(id="e2", name="Entry Two", kind="other"))
    path = home / "store-v2" / name.replace("ART", aid)
    garbage = b'{"notes": {"1": {"id": "tru'
    path.write_bytes(garbage)
    reopened = Store.open()
    if name.startswith("articles"):
        assert note.id in {n.id for n in reopened.notes(aid)}
    entries = {e.id for e in reopened.entries()}
    assert "e1" in entries
    assert [i.article_id for i in reopened.library()] == [aid]
    assert any("could not be read" in m and "restored" in m for m in reopened.messages)
    aside = [p for p in path.parent.iterdir() if ".unreadable-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == garbage  # never overwritten


def test_unreadable_index_without_backup_is_rebuilt_from_articles(home: Path) -> None:
    store, aid = open_with_article()
    store.add_note(aid, TEXT, 0, 9)
    index = home / "store-v2" / "library.json"
    for bak in index.parent.glob("library.json.bak*"):
        bak.unlink()
    index.write_text("")
    reopened = Store.open()
    assert [(i.article_id, i.note_count, i.title) for i in reopened.library()] == [(aid, 1, "Bridge")]
    assert any("rebuilt" in m for m in reopened.messages)


def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_disk_full_raises_clear_error_and_keeps_old_file(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, aid = open_with_article()
    store.add_note(aid, TEXT, 0, 9, body="safe")
    path = home / "store-v2" / "articles" / f"{aid}.json"
    before = path.read_bytes()
    with monkeypatch.context() as m:
        m.setattr(os, "fsync", _enospc)
        with pytest.raises(StoreError, match="disk is full.*previous version is intact"):
            store.add_note(aid, TEXT, 10, 20, body="lost?")
    assert path.read_bytes() == before
    assert not [p for p in path.parent.iterdir() if atomic.is_temp(p.name)]
    assert [n.body for n in Store.open().notes(aid)] == ["safe"]


def test_write_that_fails_part_way_keeps_old_file(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, aid = open_with_article()
    store.add_note(aid, TEXT, 0, 9, body="safe")
    path = home / "store-v2" / "articles" / f"{aid}.json"
    before = path.read_bytes()
    real_write = os.write

    def short_then_full(fd: int, data) -> int:  # the first chunk lands, then the disk is full
        if len(data) > 16:
            return real_write(fd, bytes(data[:16]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as m:
        m.setattr(atomic.os, "write", short_then_full)
        with pytest.raises(StoreError, match="disk is full"):
            store.add_note(aid, TEXT, 10, 20)
    assert path.read_bytes() == before


def test_permission_denied_raises_clear_error(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, aid = open_with_article()
    real_open = os.open

    def deny(path, flags, *args, **kwargs):
        if str(path).endswith(atomic.TMP_SUFFIX):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(atomic.os, "open", deny)
        with pytest.raises(StoreError, match="permission denied"):
            store.add_note(aid, TEXT, 0, 9)
    assert Store.open().notes(aid) == []


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                              capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def test_really_full_file_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real tiny tmpfs filled to the last byte (skipped where mounting is not allowed)."""
    mnt = tmp_path / "tiny"
    if not _mount_tmpfs(mnt, "192k"):
        pytest.skip("cannot mount a tmpfs here")
    try:
        monkeypatch.setenv("READER_HOME", str(mnt / "home"))
        store, aid = open_with_article()
        store.add_note(aid, TEXT, 0, 9, body="before the disk filled")
        path = mnt / "home" / "store-v2" / "articles" / f"{aid}.json"
        before = path.read_bytes()
        filler = mnt / "filler"
        with open(filler, "wb", buffering=0) as f:
            try:
                while True:
                    f.write(b"\0" * 1024)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        failed = 0
        for _ in range(5):
            try:
                store.add_note(aid, TEXT, 10, 20, body="x" * 5000)
            except StoreError as exc:
                assert "disk is full" in str(exc)
                failed += 1
        assert failed == 5
        assert path.read_bytes() == before
        filler.unlink()
        store.add_note(aid, TEXT, 10, 20, body="after space was freed")
        assert [n.body for n in Store.open().notes(aid)] == ["before the disk filled", "after space was freed"]
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True, timeout=10)


# ------------------------------------------------------------------------- schema

def _write_schema_1(home: Path) -> None:
    """Schema 1 as it was written: TinyDB's default JSONStorage, one file."""
    from tinydb import TinyDB

    db = TinyDB(home / schema.LEGACY_FILE)
    db.table("library").insert({"article_id": "a" * 16, "title": "Old", "path": "/x.txt", "added": "2025-01-01",
                                "position": 4})
    db.table("notes").insert_multiple([
        {"id": f"n{i}", "article_id": "a" * 16, "exact": "quoted words", "prefix": "", "suffix": "",
         "start": 0, "end": 12, "body": f"note {i}", "tags": ["t"], "verdict": None,
         "created": "2025-01-01", "updated": "2025-01-01"} for i in range(3)])
    db.table("notes").insert({"id": "stray", "article_id": "b" * 16, "exact": "x", "prefix": "", "suffix": "",
                              "start": 0, "end": 1, "body": "", "tags": [], "verdict": "false",
                              "created": "2025-01-02", "updated": "2025-01-02"})
    db.table("entries").insert({"id": "mine", "name": "My Entry", "kind": "person", "provenance": "user"})
    db.table("entries").insert({"id": "hezbollah", "name": "Hezbollah", "kind": "organisation",
                                "provenance": "seed"})
    db.close()


def test_migration_from_schema_1(home: Path) -> None:
    _write_schema_1(home)
    legacy = (home / schema.LEGACY_FILE).read_bytes()
    store = Store.open()
    assert any("schema 1 to 2" in m for m in store.messages)
    assert [n.body for n in store.notes("a" * 16)] == ["note 0", "note 1", "note 2"]
    assert [n.verdict for n in store.notes("b" * 16)] == ["false"]  # a note whose article was forgotten
    items = {i.article_id: i for i in store.library()}
    assert items["a" * 16].position == 4 and items["a" * 16].note_count == 3
    ids = [e.id for e in store.entries()]
    assert "mine" in ids and ids.count("hezbollah") == 1  # seeds not loaded twice
    assert (home / schema.LEGACY_FILE).read_bytes() == legacy  # the old data is never touched
    assert not Store.open().messages  # migrated once


def test_failed_migration_changes_nothing_and_is_redone(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_schema_1(home)
    calls = {"n": 0}
    real = schema.atomic_write

    def fail_third(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.EIO, "I/O error")
        return real(*args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(schema, "atomic_write", fail_third)
        with pytest.raises(StoreError):
            Store.open()
    assert sorted(p.name for p in home.iterdir() if p.name.startswith("store-v")) == []
    (home / "store-v2.migrating").mkdir()  # as if a migration had been killed half-way
    (home / "store-v2.migrating" / "junk").write_text("half")
    store = Store.open()
    assert len(store.notes("a" * 16)) == 3
    assert not (home / "store-v2.migrating").exists()


def test_newer_schema_is_refused_with_a_clear_message(home: Path) -> None:
    (home / "store-v9").mkdir()
    with pytest.raises(StoreError, match="newer reader"):
        Store.open()


def test_read_only_folder_opens_read_only(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, aid = open_with_article()
    store.add_note(aid, TEXT, 0, 9, body="kept")
    import filelock

    def refuse(self, *args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(filelock.FileLock, "acquire", refuse)
    ro = Store.open()
    assert ro.read_only and any("read-only" in m for m in ro.messages)
    assert [n.body for n in ro.notes(aid)] == ["kept"]
    with pytest.raises(StoreError, match="read-only"):
        ro.add_note(aid, TEXT, 0, 9)


def test_lock_held_by_a_stuck_reader_opens_read_only(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from filelock import FileLock

    from reader.store import store as store_module

    monkeypatch.setattr(store_module, "LOCK_TIMEOUT", 0.2)
    store, aid = open_with_article()
    store.add_note(aid, TEXT, 0, 9, body="kept")
    stuck = FileLock(str(home / "reader.lock"))
    with stuck:  # another reader, suspended mid-save
        second = Store.open()
        assert second.read_only and any("opened read-only" in m for m in second.messages)
        assert [n.body for n in second.notes(aid)] == ["kept"]
        with pytest.raises(StoreError):
            second.add_note(aid, TEXT, 0, 9)
        with pytest.raises(StoreError, match="busy"):
            store.add_note(aid, TEXT, 0, 9)  # a writer waiting on the lock gives up clearly
    store.add_note(aid, TEXT, 0, 9, body="after")
    assert len(Store.open().notes(aid)) == 2


def test_index_missing_an_article_after_a_power_cut_is_rebuilt(home: Path) -> None:
    store, aid = open_with_article()
    store.add_note(aid, TEXT, 0, 9)
    index = home / "store-v2" / "library.json"
    data = json.loads(index.read_text())
    data["library"] = {}  # an older, unsynced version of the index came back
    index.write_text(json.dumps(data))
    assert [(i.article_id, i.note_count) for i in Store.open().library()] == [(aid, 1)]


def test_unreadable_schema_1_file_is_kept_and_a_new_store_started(home: Path) -> None:
    legacy = home / schema.LEGACY_FILE
    legacy.write_bytes(b'{"notes": {"1": {"id"')
    store = Store.open()
    assert any("could not be read" in m and "kept" in m for m in store.messages)
    assert legacy.read_bytes() == b'{"notes": {"1": {"id"'
    assert store.library() == [] and store.entries()  # seeds loaded into the new store


def test_file_missing_beside_its_backups_is_restored(home: Path) -> None:
    """A repair killed between moving a damaged file aside and restoring its backup."""
    store, aid = open_with_article()
    first = store.add_note(aid, TEXT, 0, 9, body="first")
    store.add_note(aid, TEXT, 10, 20, body="second")
    (home / "store-v2" / "articles" / f"{aid}.json").unlink()
    reopened = Store.open()
    assert first.id in {n.id for n in reopened.notes(aid)}
    assert any("missing" in m and "restored" in m for m in reopened.messages)


def test_text_with_a_lone_surrogate_is_kept_and_a_failed_save_is_a_store_error(
        home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The minister said \ud800 nothing."  # no byte decodes to this: surrogateescape cannot write it
    store, aid = open_with_article(text)
    assert store.article_text(aid) == "The minister said ? nothing."
    with monkeypatch.context() as m:
        m.setattr(os, "fsync", _enospc)
        with pytest.raises(StoreError, match="disk is full"):
            store.remember_article(Store.article_id(text + " Again."), "Other", "", text + " Again.")


def test_a_library_row_with_a_bad_id_does_not_break_finding_an_article(home: Path) -> None:
    store, aid = open_with_article()
    index = home / "store-v2" / "library.json"
    data = json.loads(index.read_bytes())
    data["library"]["99"] = {"article_id": "../../etc/passwd", "title": "Bridge", "path": ""}
    index.write_text(json.dumps(data))
    edited = TEXT.replace("May", "June")
    assert store.find_article(edited, "", "Bridge") == aid


def test_an_unreadable_note_record_moves_with_the_edited_article(home: Path) -> None:
    """The old version's notes are emptied once moved: a record that cannot be read must move too."""
    store, aid = open_with_article()
    store.add_note(aid, TEXT, *span(TEXT, "Residents said"), body="good")
    path = home / "store-v2" / "articles" / f"{aid}.json"
    data = json.loads(path.read_bytes())
    data["notes"]["99"] = {"body": "a note without an id, from a hand edit"}
    path.write_text(json.dumps(data))
    edited = TEXT.replace("May", "June")
    new_id = Store.article_id(edited)
    store.remember_article(new_id, "Bridge", "", edited)
    moved = json.loads((path.parent / f"{new_id}.json").read_bytes())["notes"].values()
    assert sorted(n["body"] for n in moved) == ["a note without an id, from a hand edit", "good"]
    assert all(n["article_id"] == new_id for n in moved)
    assert [n.body for n in store.notes(new_id, edited)] == ["good"]


def test_a_malformed_schema_1_note_does_not_stop_the_upgrade(home: Path) -> None:
    """One hand-edited note must not lock the user out of every other note."""
    _write_schema_1(home)
    data = json.loads((home / schema.LEGACY_FILE).read_bytes())
    data["notes"]["99"] = {"id": "odd", "article_id": "a" * 16, "start": "twelve", "tags": 5, "body": "odd one"}
    (home / schema.LEGACY_FILE).write_text(json.dumps(data))
    store = Store.open()
    assert any("schema 1 to 2" in m for m in store.messages)
    assert [n.body for n in store.notes("a" * 16)] == ["note 0", "note 1", "note 2"]
    kept = json.loads((home / "store-v2" / "articles" / f"{'a' * 16}.json").read_bytes())["notes"].values()
    assert {"id": "odd", "article_id": "a" * 16, "start": "twelve", "tags": 5, "body": "odd one"} in kept


def test_a_home_we_may_not_enter_is_one_clear_error(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 READER_HOME: the lock and even is_dir() fail with EACCES (root cannot see that, so it is faked)."""
    import filelock

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    real_is_dir = Path.is_dir

    def is_dir(path: Path) -> bool:
        return denied() if path.parent == home else real_is_dir(path)

    monkeypatch.setattr(filelock.FileLock, "acquire", denied)
    monkeypatch.setattr(Path, "is_dir", is_dir)
    with pytest.raises(StoreError, match=f"^cannot open the store in {home}: Permission denied$"):
        Store.open()


def test_a_hand_edited_library_row_is_rebuilt_from_its_article(home: Path) -> None:
    store, aid = open_with_article()
    store.set_position(aid, 2)
    store.library()  # the index takes in the position: its row is now current
    index = home / "store-v2" / "library.json"
    data = json.loads(index.read_bytes())
    (row,) = data["library"].values()
    row.update(position="third", note_count=None)
    index.write_text(json.dumps(data))
    (item,) = store.library()
    assert (item.article_id, item.position, item.note_count) == (aid, 2, 0)
