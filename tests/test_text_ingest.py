"""Plain-text ingest: blocks are file offsets, wrapped prose stays whole, page lines split."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from reader.ingest.text import blocks_of, is_hard_wrapped, parse, run_on_lines, wrap_width

PROSE = (
    "The harbour board voted on Monday to dredge the northern channel before the winter storms, "
    "a decision that fishermen had demanded for three years, and that the port's biggest "
    "customer, a grain exporter, said would let it load larger ships without waiting for the tide."
)


def texts(doc):
    return [doc.block_text(b) for b in doc.blocks]


def test_offsets_are_file_offsets_and_blocks_are_trimmed():
    text = "  Title line  \n\n\tFirst paragraph here.\n\nSecond one.  \n"
    doc = parse(text)
    assert doc.text == text
    assert texts(doc) == ["Title line", "First paragraph here.", "Second one."]
    for block in doc.blocks:
        assert text[block.start : block.end] == doc.block_text(block)


def test_crlf_line_ends_keep_offsets():
    text = "Menu\r\nHome\r\n\r\nA paragraph of text.\r\n"
    doc = parse(text)
    assert texts(doc) == ["Menu", "Home", "A paragraph of text."]


def test_lines_of_invisible_characters_are_blank():
    text = "First paragraph.\n\u200b\n\ufeff\nSecond paragraph.\u200b\n"
    doc = parse(text)
    assert texts(doc) == ["First paragraph.", "Second paragraph."]


def test_a_hard_wrapped_paragraph_stays_one_block():
    for width in (60, 72, 79):
        wrapped = textwrap.fill(PROSE, width)
        assert wrapped.count("\n") >= 2
        doc = parse(f"Harbour to be dredged\n\n{wrapped}\n\n{textwrap.fill(PROSE[:150], width)}\n")
        assert texts(doc)[1] == wrapped, width


def test_a_two_line_paragraph_joins_only_in_a_wrapped_document():
    two = textwrap.fill(PROSE[:110], 72)
    assert two.count("\n") == 1
    wrapped_doc = parse(f"{textwrap.fill(PROSE, 72)}\n\n{two}\n")
    assert texts(wrapped_doc)[1] == two
    # The same shape in a page dump: a headline over a "more..." link is two blocks.
    dump = parse("Council approves the budget for the new harbour bridge\nmore...\n")
    assert texts(dump) == ["Council approves the budget for the new harbour bridge", "more..."]


def test_wrapped_prose_among_menu_lines_joins_without_the_menu():
    para2 = PROSE.replace("harbour", "river").replace("grain", "timber")
    text = "\n".join(["Home", "News", "Sport", textwrap.fill(PROSE, 70), "Share", textwrap.fill(para2, 70), "Contact"])
    blocks = texts(parse(text))
    assert blocks == ["Home", "News", "Sport", textwrap.fill(PROSE, 70), "Share", textwrap.fill(para2, 70), "Contact"]


def test_long_unwrapped_lines_are_no_wrap_width():
    lines = [["Home", "News", PROSE, "Share", PROSE + " " + PROSE, "Contact"]]
    assert wrap_width(lines) == 0


def test_menus_split_into_lines():
    doc = parse("Home\nNews\nSport\nWeather\n\nA paragraph.\n")
    assert texts(doc) == ["Home", "News", "Sport", "Weather", "A paragraph."]


def test_a_list_of_headlines_of_similar_width_splits():
    headlines = (
        "Harbour board approves dredging of the northern channel\n"
        "Grain exporter plans larger ships for the winter season\n"
        "Fishermen welcome the decision after three years of waiting"
    )
    assert not is_hard_wrapped(headlines.split("\n"))
    assert len(parse(headlines).blocks) == 3


def test_sentences_on_lines_of_their_own_split():
    lines = "Jane Doe\nTuesday November 19, 2019\n" + PROSE
    assert texts(parse(lines)) == ["Jane Doe", "Tuesday November 19, 2019", PROSE]


def test_bullets_are_list_blocks():
    doc = parse("Things to bring:\n- a map\n- water\n* a hat\n1. sun cream\n")
    assert [b.kind for b in doc.blocks] == ["paragraph", "list", "list", "list", "list"]


def test_wrap_width_is_zero_without_wrapped_paragraphs():
    assert wrap_width([["Home", "News", "Sport"], ["One line"]]) == 0
    assert wrap_width([textwrap.fill(PROSE, 64).split("\n")]) > 50


def test_blocks_of_a_slice():
    text = "Skip me\n\nKeep me\nand me\n\nNot me"
    start, end = text.index("Keep"), text.index("Not") - 2
    assert [text[b.start : b.end] for b in blocks_of(text, start, end)] == ["Keep me", "and me"]


@given(st.text(alphabet=st.sampled_from("ab .\n\n\t-•1)Zé中\u200b\xa0"), max_size=200))
def test_blocks_tile_the_text(text):
    doc = parse(text)
    assert doc.text == text
    previous_end = 0
    for block in doc.blocks:
        assert previous_end <= block.start < block.end <= len(text)
        piece = text[block.start : block.end]
        assert piece == piece.strip().strip("\u200b") and piece
        assert "\n\n" not in piece.replace("\r", "")
        previous_end = block.end
    # every non-space character is in some block
    covered = sum(b.end - b.start for b in doc.blocks)
    assert covered >= len("".join(text.replace("\u200b", " ").split()))


# A note broken at will: around its links, in a narrow box (lines of any length).
NOTE = (
    "Editor's note: The council has repeatedly\n"
    "delayed\n"
    "the vote on the bridge, which was first proposed,\n"
    "costed and approved in 2009, and which\n"
    "residents have opposed ever since."
)


def test_lines_that_run_on_are_one_block():
    doc = parse(f"Bridge vote delayed\n\n{PROSE}\n\n{NOTE}\n")
    assert texts(doc) == ["Bridge vote delayed", PROSE, NOTE]
    assert run_on_lines(NOTE.split("\n")) == [(0, 5)]


def test_run_on_lines_inside_a_page_paragraph_join_without_their_neighbours():
    lines = ["Home", "News", *NOTE.split("\n"), "Share", "Contact"]
    assert texts(parse("\n".join(lines))) == ["Home", "News", NOTE, "Share", "Contact"]


def test_lines_that_do_not_end_a_sentence_or_start_in_capitals_stay_apart():
    # a menu in lower case: the run never ends a sentence
    assert texts(parse("home\nnews\nsport\nweather\n")) == ["home", "news", "sport", "weather"]
    # a headline over its deck, after a semicolon
    deck = "Harbour board approves dredging; \nFishermen say the decision came three years too late."
    assert len(parse(deck).blocks) == 2
    # too short to be prose
    assert run_on_lines(["see", "more."]) == []
    # a bullet never continues a line
    assert run_on_lines(["Things to bring for the walk, such as", "- water and a hat."]) == []


def test_a_line_ending_on_an_open_word_goes_on_even_before_a_capital():
    note = "Editor's note: The senator, who spoke to\nReuters on Tuesday, said the\nCouncil would vote in March."
    assert texts(parse(note)) == [note]
    # a short label over share buttons does not
    label = "Follow us on\nThree people were hurt in the storm on Tuesday, the fire service said."
    assert len(parse(label).blocks) == 2
