"""Source kinds, the noun-phrase tokens, and pronoun / short-reference resolution."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.model import Attribution, Span
from reader.analysis.sources import is_reference, resolve, source_kind, tokenize


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("Najib Mikati", "person"),
        ("Mr. Hale", "person"),
        ("Lebanon’s prime minister", "person"),
        ("Mikati’s office", "organisation"),
        ("The U.S. embassy in Beirut", "organisation"),
        ("the dockers' union", "organisation"),
        ("NATO", "organisation"),
        ("a senior diplomat", "anonymous"),
        ("sources", "anonymous"),
        ("two officials familiar with the talks", "anonymous"),
        ("a lawyer for the Harbour Trust", "anonymous"),
        ("the statement", "document"),
        ("A new survey", "document"),
        ("he", "unknown"),
        ("", "unknown"),
    ],
)
def test_source_kind(phrase, kind):
    assert source_kind(phrase) == kind


@pytest.mark.parametrize("phrase", ["He", "they", "It", "the sources", "the official", "the group", "The company"])
def test_references(phrase):
    assert is_reference(phrase)


@pytest.mark.parametrize("phrase", ["Mikati’s office", "a senior diplomat", "The U.S. embassy in Beirut", "Najib Mikati"])
def test_full_mentions_are_not_references(phrase):
    assert not is_reference(phrase)


def _att(text: str, source: str, cue: str, after: int = 0) -> Attribution:
    s = text.index(source, after)
    c = text.index(cue, s + len(source))
    return Attribution(cue=Span(c, c + len(cue)), source=Span(s, s + len(source)))


def _ant(text: str, a: Attribution) -> str | None:
    return None if a.antecedent is None else text[a.antecedent.start : a.antecedent.end]


def test_resolution_by_kind_and_word():
    text = ("Ana Ortiz said the pier was safe. The harbour board said repairs were due. "
            "Two officials said the money was there. She said no. It said yes. They said maybe. "
            "The officials said later. The board said again.")
    first = text.index("She")
    per = [
        (_att(text, "Ana Ortiz", "said"),),
        (_att(text, "The harbour board", "said"),),
        (_att(text, "Two officials", "said"),),
        (_att(text, "She", "said", first),),
        (_att(text, "It", "said", first),),
        (_att(text, "They", "said", first),),
        (_att(text, "The officials", "said", first),),
        (_att(text, "The board", "said", first),),
    ]
    out = resolve(text, per)
    ants = [_ant(text, atts[0]) for atts in out]
    assert ants[:3] == [None, None, None]
    assert ants[3] == "Ana Ortiz"
    assert ants[4] == "The harbour board"
    assert ants[5] == "Two officials"
    assert ants[6] == "Two officials"
    assert ants[7] == "The harbour board"
    kinds = [atts[0].source_kind for atts in out]
    assert kinds[:3] == ["person", "organisation", "anonymous"]
    assert kinds[3] == "person" and kinds[4] == "organisation"


def test_unresolved_pronoun_keeps_no_antecedent():
    text = "It said the road was closed."
    (atts,) = resolve(text, [(_att(text, "It", "said"),)])
    assert atts[0].antecedent is None


def test_he_falls_back_to_a_name_in_the_text():
    text = "The storm hit Jo Lind's farm. He said it was the worst in years."
    (atts,) = resolve(text, [(_att(text, "He", "said"),)], names=[Span(14, 21)])
    assert _ant(text, atts[0]) == "Jo Lind"


def test_same_attribution_listed_twice_is_resolved_once():
    text = "Ana Ortiz said: “Yes. No.”"
    a = _att(text, "Ana Ortiz", "said")
    out = resolve(text, [(a,), (a,)])
    assert out[0][0] is out[1][0]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.integers(0, 50), st.integers(0, 250))
def test_tokens_index_the_text(text, a, b):
    start, end = min(a, len(text)), min(max(a, b), len(text))
    for t in tokenize(text, start, end):
        assert text[t.start : t.end] == t.text
        assert start <= t.start < t.end <= end


# ---------------------------------------------------------------- anonymity (issue 3)


def _kinds(text: str) -> dict[str, str]:
    from reader.analysis.attribution import attribute
    from reader.analysis.sentences import split

    sents = split(text, 0, len(text))
    return {text[a.source.start : a.source.end]: a.source_kind for s in attribute(text, sents) for a in s if a.source}


@pytest.mark.parametrize(
    "text, source",
    [
        ("Grant's deputy, who asked not to be named because she was not authorised to speak publicly, said fares "
         "could rise by 5%.", "Grant's deputy"),
        ('"We will lose the contract," said a senior Acme engineer, who spoke on condition of anonymity.',
         "a senior Acme engineer"),
        ("The mayor's chief of staff, speaking on condition of anonymity, said the vote was delayed.",
         "The mayor's chief of staff"),
        ("Grant's deputy who asked not to be named said fares could rise.", "Grant's deputy who asked not to be named"),
        ("The harbour board's treasurer, who declined to be identified, said the dock would close.",
         "The harbour board's treasurer"),
    ],
)
def test_a_source_whose_name_is_withheld_is_anonymous(text: str, source: str) -> None:
    assert _kinds(text) == {source: "anonymous"}  # and no cue of its own in "spoke on condition", "declined to be"


@pytest.mark.parametrize(
    "text, source",
    [
        ("Ana Ortiz, who asked that her employer not be named, said the plant would close.", "Ana Ortiz"),
        ("Grant's deputy said the plant, which was not authorized to operate, would close.", "Grant's deputy"),
    ],
)
def test_anonymity_needs_an_unnamed_source_and_a_phrase_about_it(text: str, source: str) -> None:
    assert _kinds(text)[source] == "person"


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("A city spokeswoman", "organisation"),
        ("a police spokesman", "organisation"),
        ("an Acme spokesperson", "organisation"),
        ("a spokesman for the ministry", "organisation"),
        ("a spokeswoman for Acme", "organisation"),
        ("a spokesman", "anonymous"),  # no body named: who speaks is unknown
        ("Harbour board spokesman Tom Reyes", "person"),  # named
    ],
)
def test_an_unnamed_spokesperson_of_a_body_speaks_for_the_body(phrase: str, kind: str) -> None:
    assert source_kind(phrase) == kind


def test_anonymity_outranks_the_body_a_spokesperson_speaks_for() -> None:
    t = "A police spokesman, who asked not to be named, said two men were held."
    assert _kinds(t) == {"A police spokesman": "anonymous"}


def test_he_after_a_body_spokesman_resolves_to_him() -> None:
    from reader.analysis.attribution import attribute
    from reader.analysis.sentences import split

    t = "A city spokeswoman said the road would reopen. She said crews were working at night."
    per = attribute(t, split(t, 0, len(t)))
    she = next(a for s in per for a in s if t[a.source.start : a.source.end] == "She")
    assert she.antecedent is not None and t[she.antecedent.start : she.antecedent.end] == "A city spokeswoman"
    assert she.source_kind == "organisation"
