"""Make article text inert on a terminal, without moving any offset.

Article text is data. It reaches the screen only as plain strings inside
``rich.text.Text``/``Segment`` objects (never as markup), and every character a
terminal would act on is swapped for a visible placeholder of the same length in
characters: C0 controls become the Unicode "control pictures" (ESC → ␛), DEL → ␡,
C1 controls and bidirectional overrides → �. One character in, one character out,
so a column in the rendered line is still an offset into the document text.
"""

from __future__ import annotations

import re

#: Bidirectional marks, embeddings, overrides and isolates: they make a terminal show text
#: in another order than it is (U+202E).
BIDI: tuple[int, ...] = (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)

_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20)}
_TABLE[0x7F] = "\u2421"
for _c in range(0x80, 0xA0):
    _TABLE[_c] = "\ufffd"
# Bidi embeddings, overrides and isolates can reorder what a terminal shows.
for _c in BIDI:
    _TABLE[_c] = "\ufffd"

#: Prose lines: a newline inside a reflowed paragraph and a tab read as a space.
PROSE = dict(_TABLE)
PROSE[0x0A] = " "
PROSE[0x09] = " "
#: Code lines keep tabs visible as one space too (a tab's width would move columns).
CODE = PROSE
#: Text written to a file (a note's body in an export): lines and tabs kept, the rest inert.
BODY = dict(_TABLE)
del BODY[0x0A], BODY[0x09]


def inert(text: str, table: dict[int, str] = PROSE) -> str:
    """``text`` with every control character replaced one-for-one by a placeholder."""
    return text.translate(table)


# --- for lines and JSON printed by the CLI: controls as visible escapes (\x1b), not pictures

_BIDI_CLASS = "".join(f"\\u{c:04x}" for c in BIDI)
#: C0 (but tab and newline), DEL, C1 and bidi controls.
_CONTROL = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CLASS}]")
#: What JSON leaves raw in its strings (ensure_ascii=False) but a terminal may act on:
#: DEL, C1 controls (\x9b is a CSI) and bidi controls. C0 controls JSON escapes itself.
_JSON_UNSAFE = re.compile(rf"[\x7f-\x9f{_BIDI_CLASS}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """Terminal control characters shown as visible escapes, never interpreted."""
    return _CONTROL.sub(_escape, text)


def json_escaped(json_text: str) -> str:
    """JSON text with every character a terminal would act on written as a \\u escape
    (the parsed value is the same)."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)
