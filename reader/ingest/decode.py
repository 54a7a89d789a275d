"""Bytes to text: BOMs first, then strict UTF-8, then charset detection.

Line ends are normalised to ``\\n`` so that a UTF-8 file with ``\\n`` line ends
decodes to exactly its content (offsets are then file offsets).
"""

from __future__ import annotations

import codecs

# Longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    # Control bytes other than tab, LF, FF, CR, ESC are rare in text.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 100)


def decode(data: bytes) -> str:
    """Decode ``data`` to str with ``\\n`` line ends, or raise DecodeError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not valid {encoding}") from None
            return normalise_newlines(text)
    if _looks_binary(data):
        raise DecodeError("binary file, not text (looks like an image, archive or program)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=None).best()
        if best is None or best.encoding is None:
            raise DecodeError("cannot tell the text encoding of this file") from None
        text = str(best)
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
