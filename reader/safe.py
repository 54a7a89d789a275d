"""Make article text inert on a terminal, without moving any offset.

Article text is data. It reaches the screen only as plain strings inside
``rich.text.Text``/``Segment`` objects (never as markup), and every character a
terminal would act on is swapped for a visible placeholder of the same length in
characters: C0 controls become the Unicode "control pictures" (ESC → ␛), DEL → ␡,
C1 controls and bidirectional overrides → �. One character in, one character out,
so a column in the rendered line is still an offset into the document text.
"""

from __future__ import annotations

_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20)}
_TABLE[0x7F] = "\u2421"
for _c in range(0x80, 0xA0):
    _TABLE[_c] = "\ufffd"
# Bidi embeddings, overrides and isolates can reorder what a terminal shows.
for _c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C):
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
