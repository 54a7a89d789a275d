"""Coordinated and participle cues: which subject a second verb really shares (the outer
cue's source, or the subject of a clause inside that cue's content), participles and
adjectives that share a copula or describe a noun, the senses of "add", and opening
participle clauses. Positive and negative cases; sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis.model import Attribution
from tests.attribution_support import by_cue as _by_cue
from tests.attribution_support import content, cue_texts, one_sentence, src

atts = one_sentence


def cues(text: str) -> set[str]:
    return set(cue_texts(text, atts(text)))


def by_cue(text: str, cue: str) -> Attribution:
    return _by_cue(text, cue, atts(text))


def source_of(text: str, cue: str) -> str | None:
    return src(text, by_cue(text, cue))


def content_of(text: str, cue: str) -> str:
    return content(text, by_cue(text, cue))


# ---------------------------------------------------------------- a verb continuing the reported clause


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("Officials say the driver ignored the warning and refused to stop.", "say", "refused"),
        ("Officials say the driver has ignored warnings and refused to stop.", "say", "refused"),
        ("A 2015 survey found that the drug either did not help or flatly contradicted the claims of its makers.",
         "found", "flatly contradicted"),
        ("The aide said the candidate was leaving the hall when guards stopped her and told her to go.",
         "said", "told"),
    ],
)
def test_verb_coordinated_inside_a_reported_clause_is_content(text, outer, inner):
    """The second verb shares the subject of the clause it continues (the driver refused, the
    drug contradicted, the guards told): what the outer source reports, not a new attribution
    of the outer source; the outer content runs on over it."""
    assert inner not in cues(text)
    assert inner in content_of(text, outer)


def test_verb_coordinated_inside_a_participle_content_is_content():
    text = "Two columnists urged her to use the line again, arguing that it rattled him and exposed a weakness."
    assert "exposed" not in cues(text)
    assert content_of(text, "arguing") == "that it rattled him and exposed a weakness"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a verb of saying after the reported clause: read as the parallel report
        ("Officials say the driver promised to stop and said he would cooperate.", "said", "Officials"),
        # the tenses disagree: the second verb cannot continue the modal or present clause
        ("The mayor said the town would finish by June and suggested that it would sell the pier.",
         "suggested", "The mayor"),
        ("Protesters said they want justice but pledged to remain calm.", "pledged", "Protesters"),
        # the content opens with no clause of its own subject
        ("The senator urged voters to stay home and criticized the count.", "criticized", "The senator"),
        ("The mayor outlined her budget and vowed to cut the fees.", "vowed", "The mayor"),
        # a conditional clause inside the content: the speaker's second verb is as likely
        ("Ortiz said she would win if voters turned out and urged supporters to vote.", "urged", "Ortiz"),
        # a temporal clause of the writer's own, whose verb is a cue
        ("The governor called her a disgrace after she visited the port and blamed the pilots.", "blamed", "she"),
    ],
)
def test_verb_coordinated_with_the_outer_cue_keeps_its_source(text, cue, source):
    assert source_of(text, cue) == source


# ---------------------------------------------------------------- participles that share a copula or describe a noun


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A crew led by Alder and backed by the council is blamed for the delays.", "backed"),
        ("The group, founded in 2001 and backed by the mayor, says the plan will fail.", "backed"),
        ("Her love of the harbour is plainly sincere and deeply felt.", "deeply felt"),
        ("Guards removed her because they were not accredited media or invited guests of the school.", "invited"),
    ],
)
def test_coordinated_participle_of_a_noun_or_a_copula_is_no_cue(text, cue):
    """A reduced passive ("backed by Y") describes the noun; a participle after "is ... and"
    shares the copula (an adjective): no one speaks."""
    assert cue not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The mayor was angry and said he would sue.", "said", "The mayor"),
        ("The senator was defiant and warned that the bill would fail.", "warned", "The senator"),
        ("The governor was upset and criticized the ruling.", "criticized", "The governor"),
        ("He declined to comment and said by email that the talks continue.", "said", "He"),
    ],
)
def test_verb_coordinated_after_a_copula_or_with_by_a_channel_is_a_cue(text, cue, source):
    assert source_of(text, cue) == source


# ---------------------------------------------------------------- participles inside a reported clause


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He noted that the mayor had been mocked at the docks for acknowledging that the ferry would close.",
         "acknowledging"),
        ("The site noted that both men were citing surveys that measure catches by comparing the number of boats "
         "to the fleet.", "comparing"),
    ],
)
def test_participle_after_a_preposition_inside_a_reported_clause_is_content(text, cue):
    """The participle is the act of the reported clause's subject (the senator acknowledged),
    part of what the outer source reports."""
    assert cue not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The president responded to the critic by saying his plan was sound.", "saying", "The president"),
        ("The mayor said 20 people have shown interest, but he refuses to name them, aside from saying he "
         "hopes for a varied list.", "saying", "he"),
        ("She began her speech by thanking the crowd.", "thanking", "She"),
    ],
)
def test_participle_after_a_preposition_of_the_speaker_is_a_cue(text, cue, source):
    assert source_of(text, cue) == source


# ---------------------------------------------------------------- the senses of "add"


@pytest.mark.parametrize(
    "text",
    [
        "Tell a few jokes, adding levity.",
        "The mayor said developers had drawn the district by adding a few poor blocks to rich neighborhoods.",
        "The city had added an extra week of voting.",
    ],
)
def test_add_with_a_plain_object_adds_a_thing(text):
    assert not any(w.startswith("add") for w in cues(text))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("She added a word of warning about the budget.", "added", "a word of warning about the budget"),
        ("He said the plan was good, adding the costs would fall.", "adding", "the costs would fall"),
        ('He said the plan was good, adding later, "We will see."', "adding", '"We will see."'),
        ("He added that the plan was good.", "added", "that the plan was good"),
    ],
)
def test_add_with_a_clause_a_quotation_or_a_speech_noun_is_a_cue(text, cue, content):
    assert content_of(text, cue) == content


# ---------------------------------------------------------------- opening participle clauses


def test_opening_participle_clause_ending_in_a_quotation_is_not_preposed_content():
    text = 'Bemoaning the "phony system," the mayor accused the board of bias.'
    assert by_cue(text, "accused").rule == "subject"
    assert content_of(text, "accused") == "the board of bias"
    assert source_of(text, "Bemoaning") == "the mayor"


def test_opening_participle_source_stops_at_the_main_verb():
    assert source_of("Citing security concerns, the mayor canceled the event.", "Citing") == "the mayor"


def test_quotation_opening_a_sentence_is_still_preposed_content():
    text = '"Saying no is hard," he said.'
    assert by_cue(text, "said").rule == "preposed"


# ---------------------------------------------------------------- a name and participle as a cue's object


def test_name_and_participle_after_a_cue_verb_are_its_content():
    text = "An aide recalled Mr. Alder talking about the book."
    assert cues(text) == {"recalled"}
    assert content_of(text, "recalled") == "Mr. Alder talking about the book"


def test_name_and_participle_after_a_record_noun_are_an_attribution():
    text = "The ad uses footage of Mayor Ana Ortiz asking why the port is closed."
    assert source_of(text, "asking") == "Mayor Ana Ortiz"


# ---------------------------------------------------------------- the senses of "admit"


def test_admitting_named_members_to_a_body_is_no_cue():
    assert cues("The vote on admitting Norvik, Tallow and Ashby to the league split the board.") \
        == set()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator admitted to reporters that the bill was flawed.", "that the bill was flawed"),
        ("She admitted the error to the board.", "the error to the board"),
        ("He admitted Monday to the affair.", "to the affair"),
    ],
)
def test_admitting_a_fault_is_a_cue(text, content):
    (a,) = atts(text)
    assert text[a.content[0].start : a.content[0].end] == content


# ---------------------------------------------------------------- whose act a participle is


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("On Thursday, the board held Dunmore in contempt for refusing to show up.", "refusing",
         "Dunmore"),
        ("She thanks young writers and the tenants' union for speaking out against the rent rise.",
         "speaking out against", "young writers and the tenants' union"),
        ("Alder attacked Ortiz for saying the economy was strong.", "saying", "Ortiz"),
        # not a verb of judging, or a passive: the subject's own act
        ("The mayor was praised for saying the pier would reopen.", "saying", "The mayor"),
        ("She apologized for saying the pier was unsafe.", "saying", "She"),
    ],
)
def test_participle_after_for_is_the_judged_objects_act(text, cue, source):
    """After a verb of judging someone ("held X in contempt", "gives credit to X", "attacked X"),
    "for V-ing" is X's act; elsewhere it is the subject's."""
    assert source_of(text, cue) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Chastened by the audits, as well as gripes about the costs, the mayor revised his plan, "
         "promising to cut fees.", "the mayor"),
        ("Manning spoke for an hour, promising to cut fees.", "Manning"),
        ("“Stay with me tonight,” Marlow sings to the crowd before asking them a question.", "Marlow"),
    ],
)
def test_participle_takes_the_main_clause_subject(text, source):
    """Past a leading participle clause (and its "as well as" tail) or quotation, up to the
    main clause's verb."""
    (a,) = [a for a in atts(text) if a.rule == "participle"]
    assert text[a.source.start : a.source.end] == source


# ---------------------------------------------------------------- a second gerund in a cue's object


def test_gerund_coordinated_with_a_cues_gerund_object_is_content():
    text = "In her column, Ms. Hale suggested reading the notice and asking yourself this question."
    assert cues(text) == {"suggested"}
    assert content_of(text, "suggested") == "reading the notice and asking yourself this question"


def test_participle_coordinated_with_a_participle_cue_is_a_cue():
    text = "The mayor attacked the plan, saying it would fail and warning that fees would rise."
    assert source_of(text, "warning") == "The mayor"
    assert content_of(text, "warning") == "that fees would rise"


# ---------------------------------------------------------------- a participle's subject that is no clause subject


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The debate changed after video surfaced showing the mayor asleep at the meeting.", "showing", "video"),
        ("A memo emerged saying that the plan had failed.", "saying", "A memo"),
        ("The closure of the old mill also left many small towns feeling that they faced no risk.",
         "feeling", "many small towns"),
        ("The scare has skittish officials contemplating new plans.", "contemplating", "skittish officials"),
    ],
)
def test_participle_of_a_record_that_appeared_or_of_a_causatives_object(text, cue, source):
    """A record that came to light shows what its participle says; after "leave"/"have" + object
    the object comes to feel or wonder."""
    assert source_of(text, cue) == source


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appeared smiling at the event.",
        "She has two sons working for the campaign.",
        "Residents under questioning were calm.",
    ],
)
def test_participle_after_a_plain_noun_or_verb_is_no_cue(text):
    assert cues(text) == set()


def test_participle_after_a_passive_perception_verb_is_the_subjects():
    text = "The mayor was heard saying that the pier would close."
    a = by_cue(text, "was heard saying")
    assert text[a.source.start : a.source.end] == "The mayor"
    assert content_of(text, "was heard saying") == "that the pier would close"


# ---------------------------------------------------------------- a verb going on after a trailing "according to"


def test_verb_coordinated_after_a_trailing_according_is_part_of_the_account():
    text = "The families watched the tapes on Monday, according to their lawyers, and said they had more " \
           "questions than answers."
    (a,) = atts(text)
    assert a.rule == "according"
    assert [text[c.start : c.end] for c in a.content] == [
        "The families watched the tapes on Monday", "and said they had more questions than answers"]


def test_clause_with_its_own_subject_after_a_trailing_according_is_a_cue():
    text = "The mayor resigned, according to aides, and the council said it would meet."
    assert source_of(text, "said") == "the council"
