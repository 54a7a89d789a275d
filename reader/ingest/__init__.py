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
    try:
        return int(float(os.environ.get("READER_MAX_MB", DEFAULT_MAX_MB)) * 1024 * 1024)
    except ValueError:
        return DEFAULT_MAX_MB * 1024 * 1024


def read_input(path: str) -> bytes:
    """The bytes of ``path`` ('-' is stdin), or IngestError with a clear reason."""
    limit = max_bytes()
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise IngestError(f"stdin: input larger than {limit // 2**20} MB (set READER_MAX_MB to raise the limit)")
        return data
    p = Path(path)
    try:
        if p.is_dir():
            raise IngestError(f"{path}: is a directory, not an article")
        size = p.stat().st_size
        if size > limit:
            raise IngestError(
                f"{path}: file is {size / 2**20:.1f} MB, larger than the {limit // 2**20} MB limit "
                "(set READER_MAX_MB to raise it)"
            )
        with p.open("rb") as fh:
            return fh.read(limit + 1)
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
            return html.parse(text)
        except IngestError as exc:
            raise IngestError(f"{_label(name)}: {exc}") from None
    if fmt == "markdown":
        from reader.ingest import markdown

        return markdown.parse(text)
    from reader.ingest import text as plain

    return plain.parse(text)


def load(path: str, fmt: str | None = None) -> Document:
    """Read and parse the article at ``path`` ('-' for stdin)."""
    return load_bytes(read_input(path), path, fmt)
