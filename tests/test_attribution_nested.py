"""Nested attributions: which cues inside another attribution's content are attributions of
their own (a clause of the writer's: a non-restrictive relative, a temporal clause, a
parenthesis, a fronted adverbial clause) and which are the reported speaker's own framing or
part of a source's account (not listed). Sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis.model import Attribution
from reader.analysis.stance import classify
from tests.attribution_support import by_cue as _by_cue
from tests.attribution_support import content, cue_texts, one_sentence, per_sentence, src

atts = one_sentence


def cues(text: str) -> list[str]:
    return cue_texts(text, atts(text))


def by_cue(text: str, cue: str) -> Attribution:
    return _by_cue(text, cue, atts(text))


# ---------------------------------------------------------------- listed: a clause of the writer's own


def test_non_restrictive_relative_with_its_own_subject_is_listed():
    t = "The mayor denounced the Harbour Gazette, which the council accused of inventing quotes."
    assert cues(t) == ["denounced", "accused"]
    a = by_cue(t, "accused")
    assert src(t, a) == "the council"
    assert a.cue_group == "claim"


def test_non_restrictive_who_clause_is_listed():
    t = "The mayor praised the work of Ana Ortiz, who had urged the council to cut fees."
    assert cues(t) == ["praised", "had urged"]
    a = by_cue(t, "had urged")
    assert a.rule == "relative"
    assert "to cut fees" in content(t, a)


def test_temporal_clause_after_the_outer_cue_is_listed_after_the_outer_one():
    t = "The governor described the plan as reckless after the mayor endorsed it."
    assert cues(t) == ["described", "endorsed"]  # the outer attribution stays the main one
    assert src(t, by_cue(t, "endorsed")) == "the mayor"


def test_parenthesis_inside_a_content_is_listed():
    t = "Farmers say water prices must fall (they want cheaper diesel too)."
    assert cues(t) == ["say", "want"]
    assert src(t, by_cue(t, "want")) == "they"


def test_cue_in_a_fronted_clause_before_the_main_cue_is_listed():
    t = "When the inspector examined the hull, it was labeled unsafe."
    assert cues(t) == ["was labeled", "examined"]
    assert src(t, by_cue(t, "examined")) == "the inspector"


@pytest.mark.parametrize(
    ("text", "outer", "inner", "outer_content"),
    [
        ("As the mayor talked about rebuilding the pier, the governor highlighted the cost of the storm.",
         "talked about", "highlighted", "rebuilding the pier"),
        ("If the board has questions about the audit, voters should know what they are.",
         "has questions about", "should know", "the audit"),
    ],
)
def test_main_clause_after_a_fronted_clause_is_its_own_attribution(text, outer, inner, outer_content):
    assert cues(text) == [inner, outer]  # the main clause's attribution is the sentence's main one
    # the fronted clause's content ends at the comma: the main clause is not part of it
    assert content(text, by_cue(text, outer)) == outer_content


# ---------------------------------------------------------------- not listed


@pytest.mark.parametrize(
    "text",
    [
        "The coach said she thinks the team wants a new stadium.",  # the speaker's own framing
        "The harbour master said the report that showed rising costs was late.",  # a restrictive relative
        "The report, which showed rising costs, was late, the harbour master said.",  # inside "Y, X said"
        "The union said the captain planned to close the route.",  # the reported clause's own verb
        "The mayor said the council ignored Ana Ortiz, who had urged a review.",  # a relative in what X said
        "Even if the ferry proves slow, the harbour master said, it will stay.",  # a preposed report's words
    ],
)
def test_framing_inside_reported_speech_is_not_listed(text):
    assert len(atts(text)) == 1


def test_main_clause_cue_is_listed_before_a_cue_in_a_fronted_clause():
    t = "When the inspector examined the hull, the captain said it was safe."
    assert cues(t) == ["said", "examined"]


def test_as_x_said_keeps_the_main_clause_as_its_content():
    t = "As the mayor said, the pier is safe."
    (a,) = atts(t)
    assert content(t, a) == "the pier is safe"


def test_cue_inside_an_according_to_account_is_not_listed():
    t = "According to the harbour master, the captain insisted that the ferry leave at dawn."
    (a,) = atts(t)
    assert t[a.cue.start : a.cue.end] == "According to"
    assert src(t, a) == "the harbour master"


def test_main_clause_before_a_trailing_according_to_keeps_its_cue():
    t = "The captain has said the ferry will leave at dawn, according to the harbour master."
    assert sorted(cues(t)) == ["according to", "has said"]


# ---------------------------------------------------------------- the sentence's stance stays the main clause's


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The council rejected the plan, which residents had backed for years.", "denies"),
        ("The minister said the tariffs would stay, after the union urged a review.", "reports"),
    ],
)
def test_a_nested_attribution_leaves_the_stance_to_the_main_clause(text, stance):
    sents, (found,) = per_sentence(text)
    assert len(found) == 2
    assert text[found[0].cue.start : found[0].cue.end] in ("rejected", "said")  # the main clause's cue first
    (result,) = classify(text, sents, [found])
    assert result.stance == stance
