"""The pure parts of the view: wrapping into offset spans, and inert text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.document import Block
from reader.tui.layout import BLANK, LABEL, TEXT, build, wrap
from reader.safe import inert

words = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Cc", "Zl", "Zp"), max_codepoint=0x4FFF),
             min_size=1, max_size=30),
    min_size=1, max_size=60,
)
seps = st.sampled_from([" ", "  ", "\n", " \n "])


@settings(max_examples=60, deadline=None)
@given(words, st.lists(seps, min_size=60, max_size=60), st.integers(min_value=8, max_value=80))
def test_wrap_covers_every_word_in_order_within_the_width(ws, gaps, width):
    text = "".join(w + g for w, g in zip(ws, gaps)).strip()
    spans = wrap(text, 0, len(text), width)
    # ordered, non-overlapping, never starting or ending in white space
    assert all(a < b for a, b in spans)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))
    for a, b in spans:
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert cell_len(text[a:b].replace("\n", " ")) <= width or b - a == 1
    # nothing but white space is left out
    covered = set()
    for a, b in spans:
        covered.update(range(a, b))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_wrap_reflows_prose_and_keeps_code_lines():
    text = "one two three\nfour five six seven"
    assert [text[a:b] for a, b in wrap(text, 0, len(text), 14)] == ["one two three", "four five six", "seven"]
    code = "x = 1\n\n    return x"
    assert [code[a:b] for a, b in wrap(code, 0, len(code), 40, keep_lines=True)] == ["x = 1", "", "    return x"]


def test_wrap_counts_wide_characters_as_two_cells():
    text = "漢字漢字 漢字漢字 漢字"
    lines = [text[a:b] for a, b in wrap(text, 0, len(text), 9)]
    assert lines == ["漢字漢字", "漢字漢字", "漢字"]


def test_layout_hides_stripped_blocks_until_asked():
    text = "Title\n\nBody text here.\n\nLeave a Reply"
    blocks = (Block(0, 5, "title"), Block(7, 22), Block(24, 37, kept=False, reason="comment section"))
    hidden = build(text, blocks, 40)
    assert [k for *_, k in hidden.lines] == [TEXT, BLANK, TEXT]
    shown = build(text, blocks, 40, show_stripped=True)
    assert [k for *_, k in shown.lines] == [TEXT, BLANK, TEXT, BLANK, LABEL, TEXT]
    assert shown.row_of(30) == 5 and hidden.row_of(8) == 2
    assert list(hidden.rows_of(7, 22)) == [2]


@given(st.text(max_size=200))
def test_inert_keeps_length_and_removes_every_control(text):
    out = inert(text)
    assert len(out) == len(text)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in out)
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in out)


def test_inert_makes_escape_sequences_visible():
    assert inert("\x1b[31mred\x1b[0m") == "\u241b[31mred\u241b[0m"
    assert inert("a\tb\nc") == "a b c"


def test_list_items_follow_each_other_and_hang_after_their_bullet():
    text = "Intro.\nFirst item that is long enough to wrap.\nSecond.\nOutro."
    a = text.index("First")
    b = text.index("Second")
    c = text.index("Outro")
    blocks = [Block(0, 6), Block(a, b - 1, "list"), Block(b, c - 1, "list"), Block(c, len(text))]
    layout = build(text, blocks, 24)
    kinds = [(kind, block) for _, _, block, kind in layout.lines]
    assert kinds.count((BLANK, 2)) == 0  # no gap between the two items
    assert (BLANK, 1) in kinds and (BLANK, 3) in kinds  # the list is set off from the prose
    assert all(e - s <= 22 for s, e, block, kind in layout.lines if kind == TEXT and block in (1, 2))
