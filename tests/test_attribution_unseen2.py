"""Attribution on constructions found in a second audit on text the rules were not tuned on
(how-to, product and local news): a felt state, an absolute "with X saying Y", "I have to say",
passing a call on, a topic-changing "Speaking of", an editor's label. Every sentence here is
written for these tests; each rule has a case it must drop and a case it must keep."""

from __future__ import annotations

import pytest

from tests.attribution_support import content, only, sentence_cues, src


cues = sentence_cues


@pytest.mark.parametrize(
    "text",
    [
        # "feel" + an adjective that closes the clause: a state, not a stance toward anything
        "Once the ferry is repaired, passengers will not feel as nervous.",
        "She felt weary and went home early.",
        "The deckhands will feel rested.",
        # "how you feel" as a subject: the feeling has no content at all
        "A log of your meals and how you feel might help.",
        "Growth often does feel uncomfortable.",
    ],
)
def test_felt_state_is_no_cue(text: str) -> None:
    assert not [c for c in cues(text) if any(w.startswith(("feel", "felt")) for w in c.lower().split())]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a feeling with its cause or object, or a clause, is a stance and stays a cue
        ("Many fishermen felt betrayed when the council sold the quay.", "felt", "Many fishermen"),
        ("The crews felt betrayed by the council.", "felt", "The crews"),
        ("Residents feel that the harbour fee is too high.", "feel", "Residents"),
        ("The skippers felt uneasy about the new rules.", "felt", "The skippers"),
    ],
)
def test_felt_stance_is_a_cue(text: str, cue: str, source: str) -> None:
    assert src(text, only(text, cue)) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # an absolute "with X saying Y" after a comma: X speaks, the time adjunct before it is no
        # "in a statement to X" that would hide the speaker
        ("The council issued a notice on Monday, with Mayor Ana Ortiz saying that the quay would close.",
         "saying", "Mayor Ana Ortiz"),
        ("The council met on Monday, with the harbour master warning that the quay would close.",
         "warning", "the harbour master"),
        # a hearer after "in a statement" without a comma is still part of the adjunct
        ("The ministry in a statement to the Harbour Gazette said the quay would close.", "said", "The ministry"),
    ],
)
def test_absolute_with_speaker(text: str, cue: str, source: str) -> None:
    a = only(text, cue)
    assert src(text, a) == source
    assert content(text, a).endswith("the quay would close")


def test_i_have_to_say_is_a_cue() -> None:
    text = "I have to say the new quay looks splendid."
    a = only(text, "have to say")
    assert src(text, a) == "I"
    assert content(text, a) == "the new quay looks splendid"


@pytest.mark.parametrize(
    "text",
    [
        "The crowd listened to what I have to say about the quay.",  # the object gap: nothing said here
        "I had to learn patience the hard way.",  # an obligation to learn, not a statement
    ],
)
def test_have_to_without_statement(text: str) -> None:
    assert not [c for c in cues(text) if c.startswith(("have to", "had to"))]


def test_referred_a_call_on_is_no_cue() -> None:
    assert "referred" not in cues("The clerk referred the call to the harbour master.")


def test_referred_to_is_a_cue() -> None:
    text = "The mayor referred to the old quay as a relic."
    assert src(text, only(text, "referred")) == "The mayor"


def test_speaking_of_a_topic_is_no_cue() -> None:
    assert not [c for c in cues("Speaking of boats, the regatta starts on Sunday.") if c.startswith("Speaking")]


def test_speaking_of_after_said_is_a_cue() -> None:
    text = "“It is a scandal,” said Ana Ortiz, speaking of the ferry fares."
    assert src(text, only(text, "said")) == "Ana Ortiz"
    assert any(c.startswith("speaking") for c in cues(text))


def test_editor_label_is_no_cue() -> None:
    assert not [c for c in cues("Correction added: an earlier version misnamed the boat.") if "added" in c]


def test_added_after_a_subject_is_a_cue() -> None:
    text = "The harbour master added: “The boat was never safe.”"
    assert src(text, only(text, "added:")) == "The harbour master"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # "to X" after a noun of a person sent to another party is part of the source
        ("The Gazette's correspondent to the islands warned that the quay would close.", "warned",
         "The Gazette's correspondent to the islands"),
        ("Alder's envoy to the council accused the mayor of waste and warned that the quay would close.", "warned",
         "Alder's envoy to the council"),
        # any other "to X" still ends the source
        ("Next to the quay, the harbour master warned that the tide was rising.", "warned", "the harbour master"),
    ],
)
def test_envoy_to_is_one_source(text: str, cue: str, source: str) -> None:
    assert src(text, only(text, cue)) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Running a ferry is not as easy as some skippers would have you believe.", "some skippers"),
        ("Some skippers would have you believe that the ferry is safe.", "Some skippers"),
        # without "would have" the hearer is the believer
        ("You believe that the ferry is safe.", "You"),
    ],
)
def test_would_have_you_believe(text: str, source: str) -> None:
    assert src(text, only(text, "believe")) == source


@pytest.mark.parametrize(
    "text",
    [
        "With three confirmed cases, the harbour clinic is closing.",  # an adjective between a number and a noun
        "The clinic saw 12 reported leaks in May.",
        "2 passes defended.",  # a line of statistics
        "Wondering how a rusty ferry stays afloat?",  # a question put to the reader
    ],
)
def test_participle_as_adjective_or_question_is_no_cue(text: str) -> None:
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Three skippers confirmed the quay was closed.", "confirmed", "Three skippers"),
        ("Three confirmed that the quay was closed.", "confirmed", "Three"),
        ("Ortiz defended the plan.", "defended", "Ortiz"),
        ("Wondering how the ferry stayed afloat, the harbour master said it was luck.", "said", "the harbour master"),
    ],
)
def test_participle_verb_kept(text: str, cue: str, source: str) -> None:
    assert src(text, only(text, cue)) == source


@pytest.mark.parametrize(
    "text",
    [
        "The sloping stern gives the ferry a distinctive side profile.",
        "Skippers can turn their personal profiles into harbour accounts.",
        "The harbour is home of three time Regatta champion Ana Ortiz.",
        "The play has more Alder references than any other.",  # a noun compared with "than"
    ],
)
def test_profile_champion_references_as_nouns(text: str) -> None:
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The Gazette profiles three fishermen every week.", "profiles", "The Gazette"),
        ("She champions the new quay.", "champions", "She"),
        ("The report references the old quay.", "references", "The report"),
    ],
)
def test_profile_champion_references_as_verbs(text: str, cue: str, source: str) -> None:
    assert src(text, only(text, cue)) == source


@pytest.mark.parametrize(
    "text",
    [
        "If you're considering a new boat, the harbour shop has several.",  # weighing a purchase
        "Considering how cheap the ferry is, the crossing is a bargain.",  # "given": a preposition
        "Planning meals can help.",  # an activity, no intention toward anything
        "Meal planning has been linked with a better diet.",
        "Ortiz found him.",  # finding a person
    ],
)
def test_activity_senses_are_no_cue(text: str) -> None:
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("We plan to open the quay in May.", "plan", "We"),
        ("The council is considering whether the quay is safe.", "is considering", "The council"),
        ("Ortiz found that the quay was unsafe.", "found", "Ortiz"),
        ("The harbour master considers it unsafe.", "considers", "The harbour master"),
    ],
)
def test_attitude_senses_kept(text: str, cue: str, source: str) -> None:
    assert src(text, only(text, cue)) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "those" + an -ing phrase is the subject; "making" is no causative here
        ("Those making the claim say that the quay is unsafe.", "Those making the claim"),
        ("People living near the quay say that it is unsafe.", "People living near the quay"),
        # an opening participle clause is no part of the subject
        ("Making the claim, the harbour master said the quay was unsafe.", "the harbour master"),
    ],
)
def test_ing_phrase_subject(text: str, source: str) -> None:
    cue = "say" if " say " in text else "said"
    assert src(text, only(text, cue)) == source


def test_causative_make_still_no_source() -> None:
    assert "testify" not in cues("The council will make the harbour master testify.")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an -ed word right after "The" is an adjective, not the verb that ends the subject
        ("The unexpected depth allowed the crew to dock, revealing how the quay was built.", "The unexpected depth"),
        # a past tense after the subject still ends it
        ("The mayor revised his plan, promising that the quay would open.", "The mayor"),
    ],
)
def test_participle_takes_whole_subject(text: str, source: str) -> None:
    cue = "revealing" if "revealing" in text else "promising"
    assert src(text, only(text, cue)) == source


def test_opening_ly_participle_on_a_noun_is_no_cue() -> None:
    assert cues("Newly discovered links between the quay and the mill puzzle the council.") == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Ortiz publicly criticized the plan.", "publicly criticized", "Ortiz"),
        ("Recently, Ortiz said the quay was safe.", "said", "Ortiz"),
    ],
)
def test_ly_adverb_before_a_verb_cue_kept(text: str, cue: str, source: str) -> None:
    assert src(text, only(text, cue)) == source


def test_regrets_as_a_noun_is_no_cue() -> None:
    assert cues("One of her biggest regrets?") == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("She regrets that the quay closed.", "regrets", "She"),
        ("I regret that the quay closed.", "regret", "I"),
    ],
)
def test_regret_as_a_verb_kept(text: str, cue: str, source: str) -> None:
    assert src(text, only(text, cue)) == source


@pytest.mark.parametrize(
    "text",
    [
        "The ferry has 120 kW charging.",
        "The pad lets you top up a phone while charging a laptop.",
    ],
)
def test_charging_a_battery_is_no_cue(text: str) -> None:
    assert not [c for c in cues(text) if "charg" in c]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Prosecutors charged the harbour master with fraud.", "charged", "Prosecutors"),
        ("Ortiz charges that the council hid the report.", "charges", "Ortiz"),
        ("Prosecutors charged two Alder skippers, Ana Reyes and Tom Lund, with fraud.", "charged", "Prosecutors"),
    ],
)
def test_charging_an_accusation_kept(text: str, cue: str, source: str) -> None:
    assert src(text, only(text, cue)) == source


def test_charging_a_wrong_stays_a_cue() -> None:
    text = "The skippers sued the council, charging negligence."
    assert any(c == "charging" for c in cues(text))
