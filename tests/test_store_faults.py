"""Bounded fault tests that really kill: kill -9 during saves, two processes saving at once.

Children are forked (no interpreter start-up per kill), so 30 real SIGKILLs at random
moments of a save loop take about two seconds.
"""

from __future__ import annotations

import json
import os
import random
import signal
import time
from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis.context import Entry
from reader.store import Store
from reader.store.atomic import is_temp

TEXT = " ".join(f"Sentence number {i} says something a reader may want to annotate." for i in range(40))
KILLS = 30

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _child(home: Path, write_fd: int, seed: int) -> None:
    """Save forever; report each note id only after add_note returned (acknowledged)."""
    try:
        store = Store.open(home)
        aid = Store.article_id(TEXT)
        store.remember_article(aid, "Kill test", "", TEXT)
        rng = random.Random(seed)
        i = 0
        while True:
            start = rng.randrange(0, len(TEXT) - 30)
            note = store.add_note(aid, TEXT, start, start + 25, body=f"{seed}-{i}", tags=("t",))
            os.write(write_fd, f"{note.id}\n".encode())
            if i % 3 == 0:
                store.save_note(replace(note, body=f"{seed}-{i} edited"))
            if i % 4 == 0:
                store.set_position(aid, i % 40)
            if i % 7 == 0:
                store.save_entry(Entry(id=f"e-{seed}-{i}", name=f"Entry {seed} {i}", kind="other"))
            i += 1
    finally:
        os._exit(0)


def _unreadable(home: Path) -> list[str]:
    bad = []
    for path in (home / "store-v2").rglob("*.json"):
        try:
            data = json.loads(path.read_bytes())
            assert isinstance(data, dict)
        except (ValueError, AssertionError):
            bad.append(path.name)
    return bad


def test_kill_9_during_saves_loses_nothing_acknowledged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("READER_HOME", str(home))
    Store.open(home)  # first-run setup outside the loop
    rng = random.Random(1)
    acknowledged: set[str] = set()
    unreadable: list[str] = []
    for kill in range(KILLS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _child(home, write_fd, kill)
        os.close(write_fd)
        reader = os.fdopen(read_fd, "rb")
        first = reader.readline()  # the child is in its save loop
        time.sleep(rng.uniform(0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        lines = [first, *reader.read().splitlines(keepends=True)]
        reader.close()
        acknowledged |= {ln.decode().strip() for ln in lines if ln.endswith(b"\n")}
        unreadable += _unreadable(home)  # before any repair by opening the store
    store = Store.open(home)
    aid = Store.article_id(TEXT)
    stored = {n.id for n in store.notes(aid)}
    lost = acknowledged - stored
    assert unreadable == [], f"unreadable files after kill -9: {unreadable}"
    assert lost == set(), f"{len(lost)} acknowledged notes lost"
    assert len(acknowledged) >= KILLS  # every kill landed after the child was in its save loop
    assert not any(is_temp(p.name) for p in (home / "store-v2").rglob("*"))  # cleaned at open
    assert not any("could not be read" in m for m in store.messages)


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = Store.open(home)
    aid = Store.article_id(TEXT)
    first.remember_article(aid, "Shared", "", TEXT)
    per_child = 40
    pids = []
    for child in range(2):
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                store = Store.open(home)
                for i in range(per_child):
                    store.add_note(aid, TEXT, i, i + 20, body=f"{child}-{i}")
                    if i % 10 == 0:
                        store.save_entry(Entry(id=f"c{child}-{i}", name=f"Child {child} {i}", kind="other"))
                code = 0
            finally:
                os._exit(code)
        pids.append(pid)
    for pid in pids:
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    store = Store.open(home)
    bodies = {n.body for n in store.notes(aid)}
    assert bodies == {f"{c}-{i}" for c in range(2) for i in range(per_child)}
    assert store.library()[0].note_count == 2 * per_child
    ids = {e.id for e in store.entries()}
    assert {f"c{c}-{i}" for c in range(2) for i in range(0, per_child, 10)} <= ids
