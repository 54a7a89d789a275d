"""Attribution on constructions found in a third audit on text the rules were not tuned on: a
verb followed by a word that turns it into another verb ("thanks to", "forgot to", "concluded
its meeting", "known for"). Every sentence here is written for these tests; each
rule has a case it must drop and a case it must keep."""

from __future__ import annotations

import pytest

from tests.attribution_support import listed_cues as cues
from tests.attribution_support import cue_text, listed, source_of, src


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "thanks to": a preposition of cause, nobody thanks anyone
        ("The yard kept the old hull but thanks to its new engine, the ferry carries more cars.", "thanks"),
        ("The new crane lifts more cargo thanks to its stronger engine.", "thanks"),
        # "forget to do": failing to do something, no belief lost
        ("The harbour master has never forgotten to check the tide tables.", "forgotten"),
        ("The skipper forgot to lock the gate.", "forgot"),
        # "conclude" + a possessive or "a": ending something, not inferring
        ("The council concluded its third meeting on the ferry schedule.", "concluded"),
        ("The mayor concluded her visit to Alder on Friday.", "concluded"),
        # "known for": a reputation, not a belief with a content
        ("Alder is best known for its smoked fish.", "known"),
    ],
)
def test_verb_turned_by_the_next_word_is_no_cue(text: str, word: str) -> None:
    assert not [c for c in cues(text) if word in c]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The mayor thanked the council for its support.", "thanked", "The mayor"),
        ("The harbour master forgot that the council had moved the meeting.", "forgot", "The harbour master"),
        ("The council concluded that the ferry schedule must change.", "concluded", "The council"),
        ("The harbour master knows that the quay is unsafe.", "knows", "The harbour master"),
        ("The fishermen warned that the season would be bad.", "warned", "The fishermen"),
        ("The harbour master warned the council that the quay was unsafe.", "warned", "The harbour master"),
        # a warning of a hazard is still the source's speech act, as a reader would want it attributed
        ("The fishermen are warning of a bad season.", "are warning", "The fishermen"),
    ],
)
def test_verb_with_its_clause_stays_a_cue(text: str, cue: str, source: str) -> None:
    assert source_of(text, cue) == source


@pytest.mark.parametrize(
    "text",
    [
        # "continue" with nothing said around it: something went on, nobody spoke
        "Yet the storms have continued, showing that the sea wall is too low.",
        "The repairs have continued, and the council is worried.",
    ],
)
def test_continue_with_nothing_said_is_no_cue(text: str) -> None:
    assert not [c for c in cues(text) if c.lower().rstrip(":").endswith(("continued", "continues"))]


def test_participle_after_continue_keeps_its_subject() -> None:
    text = "Yet the storms have continued, showing that the sea wall is too low."
    assert source_of(text, "showing") == "the storms"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"The quay is safe," the harbour master continued.', "the harbour master"),
        ("The ferry is late, the mayor continued, and the council knows why.", "the mayor"),
        ('The mayor continued: "We will rebuild the quay."', "The mayor"),
    ],
)
def test_continue_after_or_before_words_said_stays_a_cue(text: str, source: str) -> None:
    (a,) = [a for a in listed(text) if "continued" in cue_text(text, a)]
    assert src(text, a) == source


def test_testimony_with_only_its_venue_is_no_cue() -> None:
    # an appearance before a body, with nothing said: no attribution
    text = "The harbour master testified before the council on Monday."
    assert not [c for c in cues(text) if "testified" in c]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master testified before the council that the quay was unsafe.",
        "The harbour master testified at the inquiry about the broken crane.",
        "The harbour master testified that the quay was unsafe.",
    ],
)
def test_testimony_with_what_was_said_stays_a_cue(text: str) -> None:
    assert source_of(text, "testified") == "The harbour master"


@pytest.mark.parametrize(
    "text",
    [
        # the generic reader's "want" in advice or a condition: the writer advises, nobody intends
        "You'll want to decide the route before the tide turns.",
        "You will want to book a cabin early.",
        "If you only want a ticket for the ferry, the kiosk is cheaper.",
    ],
)
def test_readers_want_in_advice_is_no_cue(text: str) -> None:
    assert not [c for c in cues(text) if "want" in c]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("I want you to identify the best berth.", "I"),
        ("The skippers will want to see the new rules.", "The skippers"),
    ],
)
def test_a_speakers_want_stays_a_cue(text: str, source: str) -> None:
    (a,) = [a for a in listed(text) if "want" in cue_text(text, a)]
    assert src(text, a) == source


@pytest.mark.parametrize(
    "text",
    [
        # raising "seem"/"appear" before a plain predicate: the writer describes the subject
        "Ortiz seemed tired after the long meeting.",
        "The harbour master seems happy with the new crane.",
    ],
)
def test_raising_verb_before_a_predicate_has_no_source(text: str) -> None:
    (a,) = [a for a in listed(text) if cue_text(text, a).startswith("seem")]
    assert a.source is None and a.rule == "impersonal"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the subject's own attitude or thought stays the subject's
        ("The mayor seemed sure that the quay would hold.", "seemed", "The mayor"),
        ("The mayor seems to think the quay will hold.", "seems", "The mayor"),
    ],
)
def test_raising_verb_before_an_attitude_keeps_its_source(text: str, cue: str, source: str) -> None:
    (a,) = [a for a in listed(text) if cue_text(text, a).startswith(cue)]
    assert src(text, a) == source


@pytest.mark.parametrize(
    "text",
    ["He said, she said", "The quarrel over the quay became a he said, she said affair."],
)
def test_he_said_she_said_as_a_name_is_no_cue(text: str) -> None:
    assert cues(text) == []


def test_he_said_she_said_with_a_clause_stays() -> None:
    text = "He said, she said that the quay was safe."
    assert "she" in [src(text, a) for a in listed(text)]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a reduced passive with a time phrase before its "by": the participle describes the
        # noun, and the verb after the noun phrase is the cue, with the whole phrase as source
        ("Data published last week by the harbour office show that traffic fell.", "show",
         "Data published last week by the harbour office"),
        ("A report published in May by the harbour office found that traffic fell.", "found",
         "A report published in May by the harbour office"),
        ("Figures released on Monday by the harbour office suggest that traffic fell.", "suggest",
         "Figures released on Monday by the harbour office"),
        # without the time phrase, as before
        ("Data published by the harbour office show that traffic fell.", "show",
         "Data published by the harbour office"),
    ],
)
def test_reduced_passive_with_a_time_phrase_is_part_of_the_source(text: str, cue: str, source: str) -> None:
    assert cues(text) == [cue]
    assert source_of(text, cue) == source


def test_appearing_in_a_place_is_no_cue() -> None:
    text = "Why did the seals only appear there after the storm?"
    assert not [c for c in cues(text) if "appear" in c]


@pytest.mark.parametrize(
    "text",
    [
        # "consider" + a gerund: weighing an act of one's own, no proposition held
        "You may consider renting a berth through the harbour office.",
        "The council is considering raising the harbour fee.",
    ],
)
def test_considering_an_act_is_no_cue(text: str) -> None:
    assert not [c for c in cues(text) if "consider" in c]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The council considered that the fee was too high.", "The council"),
        ("The mayor is considering whether the quay should close.", "The mayor"),
    ],
)
def test_considering_a_clause_stays_a_cue(text: str, source: str) -> None:
    (a,) = [a for a in listed(text) if "consider" in cue_text(text, a)]
    assert src(text, a) == source


@pytest.mark.parametrize(
    "text",
    [
        # a picture "showing the moment": a scene depicted, nothing found
        "A clip showing the very moment the ferry docked went online on Monday.",
        "Footage shows the moment the crane fell onto the quay.",
    ],
)
def test_picture_showing_a_scene_is_no_cue(text: str) -> None:
    assert not [c for c in cues(text) if "show" in c]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The survey shows the harbour is busier than ever.", "The survey"),
        ("Records show a moment of panic on the bridge was logged.", "Records"),
    ],
)
def test_showing_a_clause_stays_a_cue(text: str, source: str) -> None:
    assert source_of(text, "show" if " show " in text else "shows") == source


@pytest.mark.parametrize(
    "text",
    [
        # a device or program "supports" what it works with: no view held
        "The app supports both ferry and bus tickets.",
        "The new tablet supports all the charts used in the harbour.",
    ],
)
def test_device_supporting_a_format_is_no_cue(text: str) -> None:
    assert not [c for c in cues(text) if "support" in c]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor supports the new ferry route.", "The mayor"),
        ("The speaker supports the harbour bill.", "The speaker"),
    ],
)
def test_person_supporting_stays_a_cue(text: str, source: str) -> None:
    assert source_of(text, "supports") == source
