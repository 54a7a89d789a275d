"""Attribution on constructions found in a fourth audit on text the rules were not tuned on:
verbs of writing or outlining whose object is a made thing (software, music, a plan of work),
and an object relative ("the tale he wrote") followed by an adverbial clause. Every sentence
here is written for these tests; each rule has a case it must drop and a case it must keep."""

from __future__ import annotations

import pytest

from tests.attribution_support import listed_cues as cues
from tests.attribution_support import cue_text, listed, source_of, src


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # writing or outlining a made thing: nothing is said
        ("Most boat yards in Alder are writing custom booking apps, the harbour master told the council.", "writing"),
        ("The two fiddlers had written music for the harbour festival.", "written"),
        ("Before outlining a weekly rota for the quay, the harbour master counted the crews.", "outlining"),
        # an object relative followed by an adverbial clause: the verb's object is the noun before
        ("Her view of the sea was summed up by the tale she wrote where the ferry sinks twice.", "wrote"),
    ],
)
def test_made_thing_is_no_attribution(text: str, word: str) -> None:
    assert not any(c.endswith(word) for c in cues(text)), cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a text written speaks for its writer; a named object after the verb is an inverted source
        ("Back when she wrote her memoir, Mayor Ana Ortiz said the pier was her first love.", "wrote", "she"),
        ("We have written letters to the council about the berth fees.", "have written", "We"),
        ("“The pier is safe,” writes the Harbour Gazette.", "writes", "the Harbour Gazette"),
        ("The harbour master wrote that the pier was safe.", "wrote", "The harbour master"),
        # a reported claim in a contact relative still reports it
        ("The council repaid the money she says she collected.", "says", "she"),
    ],
)
def test_text_or_clause_stays_a_cue(text: str, cue: str, source: str) -> None:
    assert source_of(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a noun with a contact object relative: the name speaks, the noun is what it denied
        ("The new toll was a prospect Ortiz denied on Tuesday.", "denied", "Ortiz"),
        ("Tuesday's vote was the second time Alder said the pier would close.", "said", "Alder"),
        # a title before a name at a clause start stays with the name
        ("The harbour master Ana Ortiz said the pier was safe.", "said", "The harbour master Ana Ortiz"),
        ("Yesterday the spokesman Ortiz said the pier was safe.", "said", "the spokesman Ortiz"),
    ],
)
def test_name_in_object_relative_is_the_source(text: str, cue: str, source: str) -> None:
    assert source_of(text, cue) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a list of names before the verb: the whole list speaks
        ("Ortiz, Alder and the harbour master said the pier was safe.", "Ortiz, Alder and the harbour master"),
        # a leading adverbial before a pair of names is no part of the source
        ("On Tuesday, Ortiz and Alder said the pier was safe.", "Ortiz and Alder"),
        ("Last week, Ortiz and the harbour master said the pier was safe.", "Ortiz and the harbour master"),
    ],
)
def test_list_of_names_is_the_source(text: str, source: str) -> None:
    assert source_of(text, "said") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an inverted source ends before "in a ...": where it was said, even with a capitalised word in it
        ("“The pier is safe,” wrote Ortiz in a Tuesday memo to the council.", "Ortiz"),
        ("“The pier is safe,” said a fisherman in a Harbour Gazette interview.", "a fisherman"),
        # "of the ..." inside a name or a title stays
        ("“The pier is safe,” said the head of the Alder Harbour Trust.", "the head of the Alder Harbour Trust"),
    ],
)
def test_inverted_source_ends_before_where_it_was_said(text: str, source: str) -> None:
    (a,) = listed(text)
    assert src(text, a) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb coordinated in a main clause of its own ("..., while the police deny B and say C")
        ("Ortiz said the pier is safe, while the harbour police deny the reports and say they acted calmly.",
         "the harbour police"),
        ("Ortiz said the pier is safe, but the police deny the reports and say the gates were shut.", "the police"),
        # a verb coordinated with the first cue shares its source
        ("Ortiz has said the pier is safe but now says it may close.", "Ortiz"),
    ],
)
def test_coordinated_verb_takes_its_own_clause_subject(text: str, source: str) -> None:
    (a,) = [a for a in listed(text) if cue_text(text, a).endswith("says") or cue_text(text, a) == "say"]
    assert src(text, a) == source


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "view" with a plain object is watching
        ("Visitors were viewing the old ferry from the quay.", False),
        ("The office screens allow checking the weather, viewing the tide charts, and more.", False),
        # a view held: "view X as Y", "view X favorably"
        ("Ortiz views the new toll on ferries and cars as a mistake.", True),
        ("The union also views Ortiz, Alder, and the harbour master more favorably than the council.", True),
    ],
)
def test_view_is_an_opinion_only_with_as(text: str, kept: bool) -> None:
    assert any("view" in c for c in cues(text)) is kept, cues(text)
