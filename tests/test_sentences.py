from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.sentences import CHUNK, sentence_spans, split
from reader.document import Document
from reader.ingest.text import parse


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split(text, 0, len(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. and the U.N. met in Geneva. Talks ended.", 2),
        ("Sen. Warren spoke on Jan. 5 in Boston. She left early.", 2),
        ("J. R. R. Tolkien wrote it. It sold well.", 2),
        ("Inflation rose 3.5 percent in May. Prices fell.", 2),
        ('"We will not stop," he said. "Never."', 2),
        ("He paused... and then went on. The end.", 2),
        ("Is it true? Nobody knows! We will see.", 3),
    ],
)
def test_hard_cases_do_not_split(text, expected):
    assert len(sentences(text)) == expected, sentences(text)


def test_offsets_index_the_text_and_are_trimmed():
    text = "  First one here.   Second one there.  "
    spans = split(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["First one here.", "Second one there."]


def test_a_block_inside_a_larger_text_keeps_document_offsets():
    text = "HEADER\n\nAlpha beta. Gamma delta.\n\nFOOTER"
    start = text.index("Alpha")
    end = text.index("\n\nFOOTER")
    assert [text[s:e] for s, e in split(text, start, end)] == ["Alpha beta.", "Gamma delta."]


def test_long_blocks_are_cut_into_pieces_without_losing_text():
    sentence = "The minister said the plan was working well. "
    text = sentence * (CHUNK // len(sentence) * 5)
    spans = split(text, 0, len(text))
    assert len(spans) == text.count(".")
    assert all(text[s:e] == sentence.strip() for s, e in spans)


def test_a_huge_token_without_spaces_is_still_covered():
    text = "x" * (CHUNK * 7)
    spans = split(text, 0, len(text))
    assert sum(e - s for s, e in spans) == len(text)


@given(st.text(max_size=400))
def test_spans_cover_every_non_space_character_in_order(text):
    spans = split(text, 0, len(text))
    covered = "".join(text[s:e] for s, e in spans)
    assert [c for c in covered if not c.isspace()] == [c for c in text if not c.isspace()]
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Senate Majority Leader Anna Kerr, R-Ky., said Tuesday. The vote is set.",
            ["Senate Majority Leader Anna Kerr, R-Ky., said Tuesday.", "The vote is set."],
        ),
        (
            "Rep. Tom Hale, D-N.Y., said the bill would pass. Rep. Lee, D-Calif., agreed.",
            ["Rep. Tom Hale, D-N.Y., said the bill would pass.", "Rep. Lee, D-Calif., agreed."],
        ),
        (
            "It was signed by Rep. Tom Hale, R-Wis. The speaker spoke.",
            ["It was signed by Rep. Tom Hale, R-Wis.", "The speaker spoke."],
        ),
        ('"We win," said Sen. Ana Ruiz, D-N.Y. "Never."', ['"We win," said Sen. Ana Ruiz, D-N.Y.', '"Never."']),
        ('"We will," he said. "Never."', ['"We will," he said.', '"Never."']),
        ("“Is it over?” he asked. Nobody knew.", ["“Is it over?” he asked.", "Nobody knew."]),
        ('He said: "We will win." Nobody believed it.', ['He said: "We will win."', "Nobody believed it."]),
        ("Apple sold well. iPhone sales rose.", ["Apple sold well.", "iPhone sales rose."]),
    ],
)
def test_party_state_tags_and_quotes(text, expected):
    assert sentences(text) == expected


def test_a_line_break_in_plain_text_is_a_space_but_in_html_a_break():
    text = "The council said it was updated to\ninclude comments from the office, which\nresponded later." " It ended."
    # (one block: the lines run on)
    doc = parse(text)
    assert len(doc.blocks) == 1
    spans = [text[s:e] for s, e, _ in sentence_spans(doc)]
    assert spans == [text[: text.index(" It ended.")], "It ended."]
    html = Document(text=text, blocks=doc.blocks, format="html")
    assert len(sentence_spans(html)) > 2


def test_the_pattern_cache_changes_nothing_but_speed():
    from reader.analysis import sentences as mod

    text = "Sen. Smith, D-N.Y., said the U.S. Army paid $3.5 million. Gen. J. R. Allen agreed. It ended."
    with_cache = mod.split(text, 0, len(text))
    mod.use_pattern_cache(False)
    try:
        assert mod.split(text, 0, len(text)) == with_cache
    finally:
        mod.use_pattern_cache(True)
