"""Frames for cues without an ordinary speech-verb subject: a purpose infinitive after a verb of
taking a channel or holding a meeting, sourceless (impersonal and evidential) frames, and
headline forms. Positive and negative cases; sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis.model import Attribution
from tests.attribution_support import by_cue as _by_cue
from tests.attribution_support import content, cue_texts, one_sentence, src

atts = one_sentence


def cues(text: str) -> list[str]:
    return cue_texts(text, atts(text))


def by_cue(text: str, cue: str) -> Attribution:
    return _by_cue(text, cue, atts(text))


# ---------------------------------------------------------------- purpose infinitive after a channel


@pytest.mark.parametrize(
    ("text", "cue", "source", "said"),
    [
        ("The governor took to Twitter late Sunday to accuse the council of stalling the budget.",
         "accuse", "The governor", "the council of stalling the budget"),
        ("Senator Alvarez went on Channel Nine to defend the harbour deal.",
         "defend", "Senator Alvarez", "the harbour deal"),
        ("The union leaders met with the transport minister to discuss the strike.",
         "discuss", "The union leaders", "the strike"),
        ("The mayor held a news conference on Monday to announce that the ferry would resume.",
         "announce", "The mayor", "that the ferry would resume"),
        ("She spoke at a gathering of farmers to warn that the river was drying up.",
         "warn", "She", "that the river was drying up"),
        ("The board, which oversees the port, called an urgent meeting to discuss the spill.",
         "discuss", "The board", "the spill"),
        ("Harbour captains gathered Monday to discuss the drought.",
         "discuss", "Harbour captains", "the drought"),
    ],
)
def test_purpose_infinitive_after_a_channel_is_the_channel_subjects_cue(text, cue, source, said):
    a = by_cue(text, cue)
    assert a.rule == "purpose"
    assert src(text, a) == source
    assert said in content(text, a)


def test_coordinated_infinitive_after_a_purpose_cue_shares_its_source():
    t = "The governor took to Twitter to accuse the council of delays and urge voters to call their members."
    assert cues(t) == ["accuse", "urge"]
    assert src(t, by_cue(t, "urge")) == "The governor"


@pytest.mark.parametrize(
    "text",
    [
        "The band took to the stage to play their new single.",  # no cue verb after the channel
        "She met with donors to raise money for the library.",
        "The council voted to discuss the plan next week.",  # no channel: an ordinary infinitive
        "Visitors come to the island to watch the seals.",
    ],
)
def test_infinitive_without_a_channel_and_a_cue_is_no_purpose_attribution(text):
    assert not [a for a in atts(text) if a.rule == "purpose"]


def test_went_on_to_keeps_its_own_cue():
    t = "The coach went on to explain the new schedule."
    a = by_cue(t, "went on to explain")
    assert a.rule == "subject"
    assert src(t, a) == "The coach"


# ---------------------------------------------------------------- sourceless frames


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("It was clear Ortiz wanted the contract renewed.", "It was clear", "Ortiz wanted the contract renewed"),
        ("By Tuesday, it's obvious that the vote will fail.", "it's obvious", "the vote will fail"),
        ("There has been much speculation lately as to whether the mayor will run again.",
         "There has been much speculation", "whether the mayor will run again"),
        ("But there was broad agreement that the bridge needs repairs.",
         "there was broad agreement", "the bridge needs repairs"),
        ("The ministers met amid growing concerns that the treaty would collapse.",
         "amid growing concerns", "the treaty would collapse"),
    ],
)
def test_impersonal_frames_have_no_source(text, cue, said):
    a = by_cue(text, cue)
    assert a.rule == "impersonal"
    assert a.source is None
    assert said in content(text, a)


@pytest.mark.parametrize(
    "text",
    [
        "It's unclear whether the vote will be held.",  # a question nobody claims an answer to
        "There was little agreement on a new route.",  # no content clause
        "It was clear and cold on Sunday.",
    ],
)
def test_no_impersonal_frame_without_a_claim(text):
    assert not [a for a in atts(text) if a.rule == "impersonal"]


def test_evidential_adverb_alone_is_a_sourceless_claim_cue():
    t = "The driver was stopped after he allegedly ran a red light."
    a = by_cue(t, "allegedly")
    assert a.rule == "evidential"
    assert a.source is None
    assert a.cue_group == "claim"
    assert "ran a red light" in content(t, a)


def test_evidential_adverb_before_a_cue_verb_belongs_to_that_cue():
    t = "The minister reportedly told aides that she would resign."
    assert cues(t) == ["reportedly told"]
    assert src(t, atts(t)[0]) == "The minister"


def test_evidential_adverb_inside_a_report_is_the_speakers_framing():
    t = "Police said the man allegedly fired twice."
    assert cues(t) == ["said"]


def test_passive_question_is_a_sourceless_cue():
    t = "The old harbour master was once asked how the strike would end."
    a = by_cue(t, "was once asked")
    assert a.source is None
    assert content(t, a) == "how the strike would end"


@pytest.mark.parametrize("text", ["He was asked to give a speech.", "She was asked for details of the plan."])
def test_passive_ask_without_a_question_is_no_cue(text):
    assert atts(text) == []


def test_evidence_of_after_a_copula_is_an_evidence_cue_of_its_subject():
    t = "The packed hall was evidence of the anger over the closure."
    a = by_cue(t, "was evidence of")
    assert src(t, a) == "The packed hall"
    assert a.cue_group == "evidence"


# ---------------------------------------------------------------- headlines


def test_headline_speaker_on_topic_colon():
    t = "Ortiz on Water Rights: The River Is Running Dry."
    a = atts(t)[0]
    assert a.rule == "headline"
    assert t[a.cue.start : a.cue.end] == "on Water Rights:"
    assert src(t, a) == "Ortiz"


def test_headline_colon_after_a_phrase_ending_with_on_is_no_speaker():
    t = "Focus On: The City Budget Is Late Again."
    assert not [a for a in atts(t) if a.rule == "headline"]


def test_headline_evidential_adverb():
    t = "Harbour Board Reportedly Weighing New Port Fees."
    a = by_cue(t, "Reportedly")
    assert a.source is None


def test_sharing_views_on_is_a_cue():
    t = "Twelve Farmers Share Their Honest Thoughts On The Drought."
    a = by_cue(t, "Share Their Honest Thoughts On")
    assert src(t, a) == "Twelve Farmers"


def test_court_rules_against_is_a_cue_but_rules_against_is_not():
    t = "Appeals court rules against the county's map."
    a = by_cue(t, "rules against")
    assert src(t, a) == "Appeals court"
    assert atts("The rules against fishing here are strict.") == []


def test_headline_verb_inside_the_speaker_is_not_a_second_cue():
    t = "Mayor Ortiz Blasts Harbour Board: You Should All Resign Today."
    assert cues(t) == [":"]
    assert src(t, atts(t)[0]) == "Mayor Ortiz Blasts Harbour Board"


@pytest.mark.parametrize("text", ["Trouble Over Water: The River Is Running Dry.",
                                  "Storm In Port: Ferries Stay Docked For Days."])
def test_headline_title_with_a_preposition_is_no_speaker(text):
    assert not [a for a in atts(text) if a.rule == "headline"]


def test_evading_a_question_is_a_decline_cue():
    t = "The senator still dodges questions about the loan."
    a = by_cue(t, "still dodges questions about")
    assert a.cue_group == "decline"
    assert src(t, a) == "The senator"
    assert atts("The firm evaded taxes for years.") == []
