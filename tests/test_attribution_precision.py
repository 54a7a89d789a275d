"""Attribution precision: words that look like cues but report nothing in their sentence
(a cue word used as a noun, a verb in a relative clause describing its noun, a sense of the
verb that does not attribute), each next to a sentence where the same word is a real cue."""

from __future__ import annotations

import pytest

from tests.attribution_support import listed as atts
from tests.attribution_support import listed_cues, source_of


def cues(text: str) -> set[str]:
    return set(listed_cues(text))


# ---------------------------------------------------------------- contact relative clauses


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Please read the three checklists I wrote in 2019 for new sailors.", "wrote"),
        ("Several harbour pilots I spoke to this week were worried.", "spoke"),
        ("The pilot has other queries than the ones she refused to answer last year.", "refused to answer"),
        ("They got ferry passes by post they never asked for.", "never asked for"),
        ("The crews fear the very storms they refuse to name.", "refuse"),
        ("They would not tell the clerk anything he doesn't already know.", "know"),
    ],
)
def test_verb_of_a_contact_relative_clause_is_no_cue(text, cue):
    """A subject pronoun right after a common noun opens a relative clause whose object is that
    noun: its verb describes the noun and reports nothing."""
    assert cue not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The harbour board wrote that the pier would close.", "wrote", "The harbour board"),
        ("Last week he said the ferry would sail.", "said", "he"),
        ("The crews refuse to sail, and they said the storm was too strong.", "said", "they"),
        ("The ferry uses the money she says she collected for it.", "says", "she"),
        ("The gale confirmed what I always knew.", "knew", "I"),
        ("The pilot, however, said he would wait for the tide.", "said", "The pilot"),
        ("On the day she realized that the pier was unsafe, the port closed.", "realized", "she"),
        ("The crew felt the fear he expressed that the pier would fall.", "expressed", "he"),
    ],
)
def test_ordinary_clauses_after_a_noun_or_adverb_keep_their_cue(text, cue, source):
    """An ordinary clause opened by a time word, a conjunction or an adverb keeps its cue, and so
    does a speech verb with a clause of its own ("the money he says he raised": his claim)."""
    assert source_of(text, cue) == source


def test_cue_word_governed_by_a_reduced_relative_is_a_noun():
    """"a haven shielded from tough questions": the participle governs the cue word, a noun."""
    text = "The show was a refuge sheltered from any awkward questions or follow-ups."
    assert "questions" not in cues(text)
    assert source_of("A poll released in May found that voters were split.", "found") == "A poll released in May"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("That part she no doubt managed on her own.", "no doubt"),
        ("That part she no doubt managed on her own.", "doubt"),
    ],
)
def test_no_before_a_cue_word_makes_it_a_noun(text, cue):
    assert cue not in cues(text)


def test_doubt_as_a_verb_is_still_a_cue():
    assert source_of("The pilots doubt that the ferry will sail.", "doubt") == "The pilots"


# ---------------------------------------------------------------- cue words used as nouns


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Deckhands who might leak details to the press were sent home.", "details"),
        ("In one of those harbour pension plans that your town offers, the fees are low.", "plans"),
        ("A Curious Plan to Fight Floods.", "Plan"),
        ("At the yard, the buyer directed questions to an older clerk.", "questions"),
        ("They would settle the most basic question: who pays for the pier?", "question:"),
        ("They would settle the most basic question: who pays for the pier?", "question"),
        ("The survey drew direct links between storms and floods.", "links"),
        ("The radio offered especially bleak views of the season.", "views"),
        ("The feud left scant room for a gentler, older view of the town.", "view"),
        ("Mayor Sees 'Personal Insult' in the Vote.", "Insult"),
        ("The council requires all candidates to disclose their assets.", "candidates to disclose"),
    ],
)
def test_cue_words_used_as_nouns_are_no_cues(text, cue):
    """A cue word after an adjective ("the most basic question"), before "to" + a hearer ("details
    to reporters"), before a relative "that" it cannot take ("plans that your state offers"), or
    after "a" in a title is a noun; a plural noun before "to" governs no infinitive cue."""
    assert cue not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("He plans to run for the council.", "plans", "He"),
        ("The city plans to build a bridge.", "plans", "The city"),
        ("She said the plans were final.", "said", "She"),
        ("The pilot questions whether the pier is safe.", "questions", "The pilot"),
        ("The report links the storms to the floods.", "links", "The report"),
        ("Alder details to reporters how the pier failed.", "details", "Alder"),
        ("Many voters view him as a liar.", "view", "Many voters"),
        ("Voters view the plan as a failure.", "view", "Voters"),
        ("The harbour master continues to insist that the pier is safe.", "continues to insist",
         "The harbour master"),
    ],
)
def test_same_cue_words_as_verbs_are_cues(text, cue, source):
    assert source_of(text, cue) == source


# ---------------------------------------------------------------- an act reported elsewhere


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor made the comments Monday at the fish market.", "made the comments"),
        ("The mayor made this statement during a debate on the pier.", "made this statement"),
        ("One of the pilots who sent the letter joined the strike.", "sent the letter"),
        ("Good charts help a sailor make an informed decision.", "make an informed decision"),
    ],
)
def test_light_verb_with_a_definite_act_and_no_content_is_no_cue(text, cue):
    """"made the comments Friday": the act (and what it said) is reported elsewhere; this sentence
    tells when or where, and attributes nothing."""
    assert not any(c.startswith(cue) for c in cues(text))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The mayor made the case that the pier is safe.", "made the case", "The mayor"),
        ("The council sent the letter on Friday, urging the port to close.", "sent the letter", "The council"),
        ("The mayor made a promise to rebuild the pier.", "made a promise", "The mayor"),
        ("The court made a surprise decision to close the pier.", "made a surprise decision", "The court"),
        ("The mayor made the comments: “The pier is safe.”", "made the comments", "The mayor"),
    ],
)
def test_light_verb_with_its_content_is_a_cue(text, cue, source):
    found = [a for a in atts(text) if text[a.cue.start : a.cue.end].startswith(cue)]
    assert len(found) == 1 and text[found[0].source.start : found[0].source.end] == source


# ---------------------------------------------------------------- senses that do not attribute


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The harbour trust maintains a program for young sailors.", "maintains"),
        ("The port authority issued the rules in May.", "issued"),
        ("The union appealed the ruling to the high court.", "appealed"),
        ("The court considered the matter for a week.", "considered"),
        ("That morning he summoned his adviser to the quay.", "summoned"),
        ("Some twenty fishermen demonstrated outside the town hall.", "demonstrated"),
        ("The mayor learned from the experience.", "learned"),
        ("The council called an urgent meeting to discuss the pier.", "called"),
        ("Last year the mayor invited the pilots to a meeting at the port.", "invited"),
        ("The film concludes with shots of the storm.", "concludes with"),
        ("The film concludes with shots of the storm.", "concludes"),
        ("Ana Ortiz reported from the harbour, and Ben Lee from the quay.", "reported"),
    ],
)
def test_non_attributive_senses_are_no_cues(text, cue):
    """"maintains a program", "issued the rules", "demonstrated outside": with a plain noun
    phrase object or a place, these verbs keep, publish, protest; they report nothing."""
    assert cue not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The pilot maintains that the pier is safe.", "maintains", "The pilot"),
        ("The union appealed to the council to keep the pier open.", "appealed", "The union"),
        ("Inspectors did not consider Mr. Keller a serious bidder.", "did not consider", "Inspectors"),
        ("The study demonstrated that the pier was unsafe.", "demonstrated", "The study"),
        ("The mayor learned that the pier was unsafe.", "learned", "The mayor"),
        ("The inquiry concludes that the pier was unsafe.", "concludes", "The inquiry"),
        ("The council called the plan a disaster.", "called", "The council"),
        ("The mayor invited the pilots to speak at the hearing.", "invited", "The mayor"),
        ("The agency reported that the pier was unsafe.", "reported", "The agency"),
    ],
)
def test_attributive_senses_are_kept(text, cue, source):
    assert source_of(text, cue) == source


def test_passive_consider_with_a_predicate_is_kept():
    text = "The storm is considered a threat to the harbour."
    assert "is considered" in cues(text)


def test_noun_like_cue_before_a_speech_verb_is_its_subject():
    """"which advocates say ...": the cue word is the subject of the speech verb after it."""
    text = "The council cut the fund, which advocates say helps poor schools."
    assert "advocates" not in cues(text)
    assert source_of(text, "say") == "advocates"
    assert source_of("The mayor advocates that the pier be rebuilt.", "advocates") == "The mayor"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The pier plan wasn’t approved because of the cost.", "wasn’t approved"),
        ("The pier plan wasn't approved because of the cost.", "wasn't approved"),
        ("We hope the mistake isn’t repeated.", "isn’t repeated"),
    ],
)
def test_negated_passive_of_a_verb_that_does_not_report_is_no_cue(text, cue):
    """A negated copula is still a passive: "wasn't approved" reports no one's words."""
    assert cue not in cues(text)


def test_negated_passive_of_a_reporting_verb_keeps_its_agent():
    text = "The pier plan wasn’t endorsed by the council."
    found = [a for a in atts(text) if "endorsed" in text[a.cue.start : a.cue.end]]
    assert len(found) == 1 and found[0].source is not None
    assert text[found[0].source.start : found[0].source.end] == "the council"


def test_urging_verb_without_its_hearer_is_a_participle():
    """"veterans invited to participate": "invite" needs a hearer before "to"; without one, the
    verb is a passive participle describing the noun before it."""
    assert "invited" not in cues("The mayor met sailors invited to speak at the forum.")
    assert source_of("The mayor invited sailors to speak at the forum.", "invited") == "The mayor"


@pytest.mark.parametrize(
    "text",
    [
        "She knows the gritty details of harbour policy, and she gained much experience.",
        "He knows nothing, but he never stops talking.",
    ],
)
def test_know_with_a_plain_object_is_acquaintance(text):
    """"knows the details of policy": knowing a thing, not holding a proposition: no content."""
    assert not any(c.endswith(("knows", "know")) for c in cues(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("She knows the pier is unsafe.", "She"),
        ("He knows that the pier is unsafe.", "He"),
        ("As a boy I knew this spite and cruel talk were wrong.", "I"),
    ],
)
def test_know_with_a_clause_is_a_cue(text, source):
    assert source_of(text, "knew" if "knew" in text else "knows") == source


def test_bare_verb_coordinated_inside_an_infinitive_is_no_cue():
    """"called on X to stop Y and apologize": the apology is what was urged, not a new attribution."""
    text = "The mayor called on the council to stop the works and apologize."
    assert "apologize" not in cues(text)
    assert "called on" in cues(text)


def test_bare_verb_coordinated_with_a_present_cue_is_kept():
    text = "The pilots want a new pier and demand that the council pay for it."
    assert source_of(text, "demand") == "The pilots"


def test_imperative_with_please_has_no_source():
    assert "ask" not in cues("Honestly, please ask yourself this one.")
    assert source_of("The mayor said please ask the pilot.", "said") == "The mayor"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Most people want a new pier.", "want", "Most people"),
        ("More voters plan to vote early.", "plan", "More voters"),
        ("The people want a new pier.", "want", "The people"),
    ],
)
def test_quantifier_and_irregular_plural_subjects_keep_a_noun_like_verb(text, cue, source):
    """"most" and "more" without a determiner are quantifiers, not degree words before an adjective;
    "people" is plural without -s: the noun-like cue after them is a verb."""
    assert source_of(text, cue) == source
