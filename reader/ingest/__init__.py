"""Turn a file, a byte string or stdin into a :class:`~reader.document.Document`.

One entry point, :func:`load`, picks the format from the file extension, else sniffs
the content, and hands the decoded text to the module of that format
(:mod:`.text`, :mod:`.markdown`, :mod:`.html`). Every failure a user can cause
(missing file, directory, binary data, undecodable bytes, a file too large) raises
:class:`IngestError` with one sentence that says what is wrong.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reader.document import Document
from reader.ingest.decode import DecodeError, decode, preview
from reader.ingest.sniff import sniff_format

#: Inputs larger than this are refused with a clear message instead of a long stall.
#: A million-word article is about 6 MB; READER_MAX_MB raises the limit.
DEFAULT_MAX_MB = 32


class IngestError(Exception):
    """A problem with an input that the user can fix; str() is one clear line."""


def _label(name: str) -> str:
    return "stdin" if name == "-" else name


def max_bytes() -> int:
    """The input size limit in bytes: READER_MAX_MB (a positive number), else the default."""
    try:
        mb = float(os.environ.get("READER_MAX_MB", DEFAULT_MAX_MB))
    except ValueError:
        mb = DEFAULT_MAX_MB
    if not mb > 0 or mb == float("inf"):
        mb = DEFAULT_MAX_MB
    return max(1, int(mb * 1024 * 1024))


def _mb(size: int) -> str:
    """A size for people: 1.5 MB, 980 KB."""
    if size >= 2**20:
        return f"{size / 2**20:.3g} MB"
    return f"{size / 2**10:.3g} KB"


def _too_large(label: str, limit: int) -> IngestError:
    return IngestError(f"{label}: input larger than the {_mb(limit)} limit (set READER_MAX_MB to raise it)")


def read_input(path: str) -> bytes:
    """The bytes of ``path`` ('-' is stdin), or IngestError with a clear reason."""
    limit = max_bytes()
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise _too_large("stdin", limit)
        return data
    p = Path(path)
    try:
        if p.is_dir():
            raise IngestError(f"{path}: is a directory, not an article")
        size = p.stat().st_size
        if size > limit:
            raise IngestError(
                f"{path}: file is {_mb(size)}, larger than the {_mb(limit)} limit (set READER_MAX_MB to raise it)"
            )
        with p.open("rb") as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:  # a device or pseudo-file whose size stat() does not know
            raise _too_large(path, limit)
        return data
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except PermissionError:
        raise IngestError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise IngestError(f"{path}: is a directory, not an article") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from None


def load_bytes(data: bytes, name: str = "-", fmt: str | None = None) -> Document:
    """Decode ``data`` and parse it as ``fmt`` (text, markdown, html; sniffed if None)."""
    if not data.strip():
        raise IngestError(f"{_label(name)}: empty file, nothing to read")
    # The format is known before decoding so that HTML can be decoded by its declared charset.
    fmt = fmt or sniff_format(name, preview(data))
    try:
        text = decode(data, html=fmt == "html")
    except DecodeError as exc:
        raise IngestError(f"{_label(name)}: {exc}") from None
    if not text.strip():
        raise IngestError(f"{_label(name)}: empty file, nothing to read")
    return load_text(text, name, fmt)


def load_text(text: str, name: str = "-", fmt: str | None = None) -> Document:
    """Parse already-decoded text as ``fmt`` (sniffed from name and content if None)."""
    fmt = fmt or sniff_format(name, text)
    if fmt == "html":
        from reader.ingest import html

        try:
            doc = html.parse(text)
        except IngestError as exc:
            raise IngestError(f"{_label(name)}: {exc}") from None
    elif fmt == "markdown":
        from reader.ingest import markdown

        doc = markdown.parse(text)
    else:
        from reader.ingest import text as plain

        doc = plain.parse(text)
    if not doc.blocks:
        raise IngestError(f"{_label(name)}: no readable text in this {fmt} file")
    return doc


def load(path: str, fmt: str | None = None) -> Document:
    """Read and parse the article at ``path`` ('-' for stdin)."""
    return load_bytes(read_input(path), path, fmt)
