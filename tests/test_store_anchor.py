"""Re-anchoring notes after the article was edited."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.store.anchor import Anchor, make_anchor, reanchor

TEXT = ("The council voted on Tuesday to close the library. The mayor said the decision was final. "
        "Critics said the vote broke the council's own rules. The mayor said the decision was final.")


def anchor_on(text: str, quote: str, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return make_anchor(text, start, start + len(quote))


def test_unchanged_text_keeps_the_anchor() -> None:
    a = anchor_on(TEXT, "Critics said the vote broke the council's own rules.")
    assert reanchor(a, TEXT) == a


def test_insertion_before_shifts_offsets() -> None:
    a = anchor_on(TEXT, "Critics said the vote broke the council's own rules.")
    edited = "Updated at 10:00. " + TEXT
    b = reanchor(a, edited)
    assert b is not None and edited[b.start:b.end] == a.exact and b.start == a.start + 18


def test_repeated_quote_is_told_apart_by_its_context() -> None:
    second = anchor_on(TEXT, "The mayor said the decision was final.", occurrence=1)
    edited = "Correction appended. " + TEXT.replace("Tuesday", "Wednesday")
    b = reanchor(second, edited)
    assert b is not None
    assert b.start == edited.rindex("The mayor said the decision was final.")


def test_small_edit_inside_the_quote_is_found_fuzzily() -> None:
    a = anchor_on(TEXT, "Critics said the vote broke the council's own rules.")
    edited = TEXT.replace("Critics said the vote broke", "Critics argued that the vote had broken")
    b = reanchor(a, edited)
    assert b is not None
    assert edited[b.start:b.end].startswith("Critics argued") and edited[b.start:b.end].endswith("own rules.")


def test_typo_fix_and_reflowed_white_space() -> None:
    text = "The goverment said the  plan would cost\n$2 billion over five years."
    a = anchor_on(text, "The goverment said the  plan would cost\n$2 billion")
    edited = "The government said the plan would cost $2 billion over five years."
    b = reanchor(a, edited)
    assert b is not None and edited[b.start:b.end] == "The government said the plan would cost $2 billion"


def test_removed_passage_is_an_orphan() -> None:
    a = anchor_on(TEXT, "Critics said the vote broke the council's own rules.")
    edited = TEXT.replace("Critics said the vote broke the council's own rules. ", "")
    assert reanchor(a, edited) is None


def test_short_quotes_are_never_matched_fuzzily() -> None:
    a = anchor_on(TEXT, "mayor")
    assert reanchor(a, TEXT.replace("mayor", "major")) is None


_WORDS = st.lists(st.sampled_from("alpha beta gamma delta the a of report said new".split()), min_size=0, max_size=12)


@settings(max_examples=60, deadline=None)
@given(before=_WORDS, after=_WORDS)
def test_edits_outside_the_quote_never_lose_it(before: list[str], after: list[str]) -> None:
    quote = "Critics said the vote broke the council's own rules."
    a = anchor_on(TEXT, quote)
    cut = TEXT.index(quote)
    end = cut + len(quote)
    edited = TEXT[:cut] + " ".join(before) + " " + quote + " " + " ".join(after) + TEXT[end:]
    b = reanchor(a, edited)
    assert b is not None and edited[b.start:b.end] == quote
