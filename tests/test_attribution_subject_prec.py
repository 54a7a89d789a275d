"""Attribution precision in the subject frame: a verb whose clause is reported by another cue
even when that clause's subject is coordinated, and "want" whose object is a free relative
("whatever you want"), each next to a sentence where the same verb stays a cue."""

from __future__ import annotations

import pytest

from tests.attribution_support import listed as atts
from tests.test_attribution_precision import cues, source_of


# ---------------------------------------------------------------- coordinated complement subjects


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("At the harbour office, she said clerks or inspectors would often dismiss her reports.",
         "would often dismiss"),
        ("The ferry captain said pilots and the inspectors criticized the new timetable.", "criticized"),
        ("He told the council that tenants or landlords would question the levy.", "would question"),
    ],
)
def test_verb_of_a_reported_clause_with_a_coordinated_subject_is_no_second_cue(text, inner):
    """"she said clerks or inspectors would dismiss Y": the reported speaker's account, one attribution."""
    found = cues(text)
    assert not any(c.endswith(inner.split()[-1]) for c in found if c != "said" and c != "told")
    assert found & {"said", "told", "told the council"}


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a clause after the reported one, with its own subject after "and": its own attribution
        ("The mayor said the ferry was late again, and the harbour inspectors criticized the timetable.",
         "criticized", "the harbour inspectors"),
        # no outer cue: the coordinated subject is the source
        ("Clerks and inspectors criticized the new timetable on Monday.", "criticized", "Clerks and inspectors"),
    ],
)
def test_verb_outside_a_reported_clause_keeps_its_cue(text, cue, source):
    assert source_of(text, cue) == source


# ---------------------------------------------------------------- "want" with a free relative object


@pytest.mark.parametrize(
    "text",
    [
        "You can call the ferry service whatever you want -- a lifeline, a luxury, something else.",
        "The harbour board let the mayor announce whatever he wanted, from new piers to cheaper fares.",
        "Turnout among young voters still falls short of what she wants this autumn.",
    ],
)
def test_want_with_a_free_relative_object_is_no_cue(text):
    """"whatever you want": a wanted thing, no proposition or intention is attributed."""
    assert not any("want" in c for c in cues(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("She wants to double the ferry service by spring.", "She"),
        ("The mayor knows what the voters want to hear about fares.", "The mayor"),
    ],
)
def test_want_with_an_infinitive_or_elsewhere_keeps_its_cue(text, source):
    assert any(("want" in c or "know" in c) for c in cues(text))
    a = atts(text)[0]
    assert text[a.source.start : a.source.end] == source


# ---------------------------------------------------------------- a name modifying a noun-like cue word


@pytest.mark.parametrize(
    "text",
    [
        "She cared more about the ratings of her TV show than about the harbour.",
        "In a clip from the singer's upcoming Harbour Radio show The Tune, she sings to the crowd.",
    ],
)
def test_base_form_after_a_capitalised_modifier_is_a_noun(text):
    """"his TV show": a singular name between a determiner and the word modifies a noun, no verb."""
    assert "show" not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Figures from the Harbour Authority show that ferry use fell by a third.", "show", "Figures from the Harbour Authority"),
        ("The new Gallup figures show the mayor ahead.", "show", "The new Gallup figures"),
        ("His NBC show claims to be neutral about the ferry.", "claims", "His NBC show"),
    ],
)
def test_base_form_with_a_plural_subject_or_a_clause_keeps_its_cue(text, cue, source):
    assert source_of(text, cue) == source


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The ferry operators continue to show signs of strain after the strike.", False),
        ("The harbour figures show the ferry operators are under strain.", True),
    ],
)
def test_show_signs_is_exhibiting_not_a_finding(text, kept):
    """"X shows signs of strain": X displays something; no finding is reported."""
    assert any("show" in c for c in cues(text)) is kept
