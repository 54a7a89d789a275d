"""Crash-safe JSON files, and the TinyDB storage built on them.

TinyDB's own ``JSONStorage`` rewrites its file in place: a kill during a save leaves
half a file, a full disk leaves an empty one. Here every save is

1. serialized completely in memory first (a serialization error touches nothing);
2. written to a temporary file in the same directory, then ``fsync``-ed;
3. the current file kept as backup generation 1 (a hard link: no copy, no cost that grows);
4. moved over the old name with ``os.replace`` (atomic on POSIX), and the directory fsync-ed.

So at any instant the file on disk is either the old version or the new one, whole.
A file that still fails to parse (edited by hand, disk damage) is moved aside under a
new name — never overwritten — and the newest backup that parses is restored.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

#: How many earlier versions of each file are kept beside it (``NAME.bak1`` is the newest).
BACKUPS = 2
TMP_SUFFIX = ".tmp"


class AtomicWriteError(OSError):
    """A save failed; the file on disk is the previous version, intact."""


def fsync_dir(path: Path) -> None:
    """Make a rename or a new name in ``path`` durable (a no-op where the OS cannot)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems refuse fsync on directories
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def temp_name(path: Path) -> Path:
    """A fresh hidden name beside ``path``; stale ones are recognised by :func:`is_temp`."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TMP_SUFFIX}")


def is_temp(name: str) -> bool:
    return name.startswith(".") and name.endswith(TMP_SUFFIX)


def backup_path(path: Path, generation: int) -> Path:
    return path.with_name(f"{path.name}.bak{generation}")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _rotate_backups(path: Path, keep: int) -> None:
    """Shift NAME.bak1 → .bak2 …, then hard-link the current file as NAME.bak1.

    Only metadata operations: the cost does not depend on the size of the file.
    """
    for generation in range(keep - 1, 0, -1):
        older = backup_path(path, generation)
        try:
            os.replace(older, backup_path(path, generation + 1))
        except FileNotFoundError:
            pass
    link = temp_name(path)
    try:
        os.link(path, link)
    except FileNotFoundError:
        return
    except OSError:  # a file system without hard links: copy instead
        link.write_bytes(path.read_bytes())
    os.replace(link, backup_path(path, 1))


def atomic_write(path: Path, data: bytes, *, backups: int = BACKUPS, mode: int = 0o600,
                 durable: bool = True) -> None:
    """Replace ``path`` by ``data`` all at once, or raise with ``path`` untouched.

    ``durable=False`` skips the fsyncs: still all-or-nothing against a killed process,
    but a power cut may bring back the previous version. Only for caches that can be
    rebuilt (the library index).
    """
    tmp = temp_name(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        try:
            _write_all(fd, data)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        if backups:
            _rotate_backups(path, backups)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if durable:
        fsync_dir(path.parent)


def clean_temps(directory: Path) -> int:
    """Delete temporary files a killed process left in ``directory``; how many.

    Call only while holding the store's lock: a live writer's temp file is always
    written under that lock, so any temp file seen then is stale.
    """
    removed = 0
    try:
        entries = list(os.scandir(directory))
    except FileNotFoundError:
        return 0
    for entry in entries:
        if is_temp(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
                removed += 1
            except FileNotFoundError:
                pass
    return removed


def parse(raw: bytes) -> dict[str, Any]:
    """The JSON object in ``raw``; ValueError if it is not one."""
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, found {type(data).__name__}")
    return data


def dumps(data: Any) -> bytes:
    # ensure_ascii keeps lone surrogates (undecodable input bytes) representable.
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _stamp() -> str:
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime())


def recover(path: Path, reason: str, tell: Callable[[str], None]) -> dict[str, Any] | None:
    """``path`` does not parse: move it aside, restore the newest good backup.

    Returns the restored data, or None when no backup parses (the caller starts
    empty or rebuilds). The unreadable file is kept under a new name for the user.
    """
    aside = path.with_name(f"{path.name}.unreadable-{_stamp()}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.unreadable-{_stamp()}-{n}")
    try:
        os.replace(path, aside)
        fsync_dir(path.parent)
    except FileNotFoundError:  # already gone: a repair killed half-way; restore below
        aside = None
    generation = 1
    while True:
        candidate = backup_path(path, generation)
        if not candidate.exists():
            break
        try:
            raw = candidate.read_bytes()
            data = parse(raw)
        except (OSError, ValueError):
            generation += 1
            continue
        atomic_write(path, raw, backups=0)
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(candidate.stat().st_mtime))
        moved = f"moved it to {aside.name} and " if aside is not None else ""
        tell(f"{path.name} could not be read ({reason}); {moved}restored the backup saved {when}")
        return data
    moved = f"; moved it to {aside.name}" if aside is not None else ""
    tell(f"{path.name} could not be read ({reason}) and no backup could be read either{moved}")
    return None


def read_json(path: Path, tell: Callable[[str], None], *, repair: bool = True) -> dict[str, Any] | None:
    """The object stored at ``path`` (None if there is no file), recovering a damaged one."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if not backup_path(path, 1).exists():
            return None  # never saved
        # Backups without the file: a repair was killed between moving the damaged
        # file aside and restoring; finish it.
        if not repair:
            raise ValueError("the file is missing but its backups exist") from None
        return recover(path, "it is missing", tell)
    try:
        return parse(raw)
    except ValueError as exc:
        reason = "it is empty" if not raw.strip() else f"invalid JSON: {exc}"
        if not repair:
            raise
        return recover(path, reason, tell)


def describe(exc: OSError, path: Path) -> str:
    """One line a user can act on."""
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        what = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM):
        what = "permission denied"
    elif exc.errno == errno.EROFS:
        what = "the file system is read-only"
    else:
        what = exc.strerror or str(exc)
    return f"could not save {path}: {what}; the previous version is intact"


class AtomicJSONStorage(Storage):
    """A TinyDB storage that saves with :func:`atomic_write` and repairs on read.

    ``on_error`` turns an OSError into the caller's exception type; ``tell`` receives
    messages the user must see (a restored backup).
    """

    def __init__(self, path: str | Path, tell: Callable[[str], None],
                 on_error: Callable[[OSError, Path], Exception], writable: bool = True,
                 durable: bool = True) -> None:
        super().__init__()
        self.path = Path(path)
        self._durable = durable
        self._tell = tell
        self._on_error = on_error
        self._writable = writable

    def read(self) -> dict[str, dict[str, Any]] | None:
        return read_json(self.path, self._tell, repair=self._writable)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        payload = dumps(data)  # serialize first: a failure here touches no file
        try:
            atomic_write(self.path, payload, durable=self._durable)
        except OSError as exc:
            raise self._on_error(exc, self.path) from exc

    def close(self) -> None:
        pass
