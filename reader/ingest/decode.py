"""Bytes to text: BOMs first, then strict UTF-8, then (HTML) the declared charset, then detection.

Line ends are normalised to ``\\n`` so that a UTF-8 file with ``\\n`` line ends
decodes to exactly its content (offsets are then file offsets).

Why this order: a byte-order mark is unambiguous; bytes that are valid UTF-8 and
not plain ASCII are almost never a legacy encoding (and a page saved by a browser
is often re-encoded to UTF-8 while keeping its old ``<meta charset>``); a saved
HTML page that is *not* UTF-8 usually says what it is, which beats any statistical
guess; only then do we ask charset-normalizer.
"""

from __future__ import annotations

import codecs
import re

# Longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: How far into an HTML file to look for a charset declaration. The HTML standard
#: says 1024 bytes; real pages put long <head> preambles first, so look further.
_PRESCAN_BYTES = 16384
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:+-]+)""", re.I
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9_.:+-]+)""", re.I)

#: Labels that browsers (WHATWG Encoding Standard) read as a different, wider encoding.
#: Pages labelled latin-1 are in practice windows-1252 (curly quotes in 0x80-0x9F).
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    # Control bytes other than tab, LF, FF, CR, ESC are rare in text.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 100)


def declared_charset(data: bytes) -> str | None:
    """The Python codec an HTML/XML file declares for itself, or None.

    UTF-16/32 declarations are ignored, as the HTML standard says: a file that
    really is UTF-16 starts with a BOM, and a BOM-less one that says so is lying.
    """
    head = data[:_PRESCAN_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None
    return name


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def decode(data: bytes, html: bool = False) -> str:
    """Decode ``data`` to str with ``\\n`` line ends, or raise DecodeError.

    With ``html=True`` a charset declared in the file (``<meta charset>``, the
    ``http-equiv`` form, an XML declaration) is used when the bytes are not UTF-8.
    """
    bom = _bom(data)
    if bom:
        encoding, size = bom
        try:
            text = data[size:].decode(encoding)
        except UnicodeDecodeError:
            raise DecodeError(f"starts with a {encoding} byte-order mark but is not valid {encoding}") from None
        return normalise_newlines(text)
    if _looks_binary(data):
        raise DecodeError("binary file, not text (looks like an image, archive or program)")
    try:
        return normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data) if html else None
    if declared and declared != "utf-8":
        try:
            return normalise_newlines(data.decode(declared))
        except UnicodeDecodeError:
            pass  # the declaration is wrong: fall through to detection
    text = _detect(data)
    if text is None:
        if declared:
            # Mostly right (a few bad bytes in a declared encoding): keep it, mark the bad bytes.
            return normalise_newlines(data.decode(declared, "replace"))
        raise DecodeError("cannot tell the text encoding of this file")
    return normalise_newlines(text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD_INNER_PUNCTUATION = "\u2018\u2019\u00b7"  # it’s, l·l


def _plausible_western(text: str) -> bool:
    """False when non-ASCII symbols or numbers sit inside words ("Wed³ug", "rz¹dowi"):
    what a Central European or Cyrillic text looks like when read as windows-1252."""
    odd = total = 0
    for match in _NON_ASCII.finditer(text):
        i = match.start()
        total += 1
        ch = text[i]
        if ch.isalpha() or ch in _WORD_INNER_PUNCTUATION:
            continue
        if 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
            odd += 1
    return odd <= max(1, total // 50)


def _detect(data: bytes) -> str | None:
    """charset-normalizer's reading, with a tie-break towards windows-1252.

    On short Western-European texts charset-normalizer often ranks cp1250, cp775 or
    cp1257 first with the same "chaos" score as cp1252, and gets ñ, ł, ü wrong.
    windows-1252 (which covers latin-1) is by far the commonest legacy encoding of
    such text, so among the near-best candidates it wins, unless reading the bytes
    as cp1252 puts symbols inside words, the mark of another code page.
    """
    from charset_normalizer import from_bytes

    results = from_bytes(data, cp_isolation=None)
    best = results.best()
    if best is None or best.encoding is None:
        return None
    near = [m for m in results if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.1]
    if best.encoding != "cp1252" and any(m.encoding == "cp1252" or "cp1252" in m.could_be_from_charset for m in near):
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None and _plausible_western(western):
            return western
    return str(best)


def preview(data: bytes, size: int = 8192) -> str:
    """The start of ``data`` as text, cheaply and leniently: enough to sniff the format.

    Markup that sniffing looks for is ASCII, so any ASCII-compatible encoding reads
    right as UTF-8 with replacement; a BOM says how to read UTF-16/32.
    """
    bom = _bom(data)
    if bom:
        encoding, skip = bom
        return data[skip : skip + size].decode(encoding, "replace")
    return data[:size].decode("utf-8", "replace")


def normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
