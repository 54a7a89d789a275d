"""The notes export: Markdown a terminal can show safely, with a source line a person can read."""

from __future__ import annotations

from tui_support import Anchor, Note, article_analysis

from reader.tui.export import notes_markdown


def _note(a, body: str) -> Note:
    s = a.sentences[1]
    return Note("n1", "a", Anchor(a.text[s.start:s.end], "", "", s.start, s.end), body, ("t\x1b[2J",), None)


def test_export_makes_terminal_controls_inert_and_markup_literal():
    a = article_analysis()
    md = notes_markdown(a, [_note(a, "check \x1b]0;pwned\x07 this\nsecond line")], "/tmp/x\x1b[31m.txt")
    assert "\x1b" not in md and "\x07" not in md
    assert "\u241b]0;pwned\u2407 this" in md and "second line" in md
    assert "t\u241b\\[2J" in md  # a tag: inert and literal


def test_export_names_stdin_in_words():
    a = article_analysis()
    md = notes_markdown(a, [_note(a, "x")], "-")
    assert "Source: standard input" in md and "`-`" not in md
