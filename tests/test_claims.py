"""Claim links: a denial or confirmation linked to the sentence it answers (reader/analysis/claims.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import analyse
from reader.analysis.claims import content_lemmas, lemma, link_claims
from reader.analysis.model import Attribution, ClaimLink, Sentence, Span
from reader.ingest import load, load_text
from reader.resources import seed_article


def sentence_index(analysis, fragment: str) -> int:
    hits = [i for i, s in enumerate(analysis.sentences) if fragment in analysis.sentence_text(s)]
    assert len(hits) == 1, (fragment, hits)
    return hits[0]


def test_seed_article_denial_links_to_the_first_story_sentence():
    analysis = analyse(load(str(seed_article())))
    denial = sentence_index(analysis, "denied the U.S. had asked Lebanon")
    story = sentence_index(analysis, "The U.S. asked Lebanon to declare a unilateral ceasefire with Israel to revive")
    s = analysis.sentences[denial]
    assert s.stance == "denies"
    assert s.links, "the denial is linked"
    assert s.links[0] == ClaimLink("denies", story)
    assert all(link.target < denial for link in s.links)


def test_seed_article_first_story_sentence_reports_and_keeps_its_denial_visible():
    analysis = analyse(load(str(seed_article())))
    story = analysis.sentences[
        sentence_index(analysis, "The U.S. asked Lebanon to declare a unilateral ceasefire with Israel to revive")
    ]
    assert story.stance == "reports"
    cues = [analysis.text[c.start : c.end] for c in story.stance_cues]
    assert "said" in cues and "denied" in cues
    assert "denied in the same sentence" in story.stance_rule
    assert story.links == ()  # what it denies is in the sentence itself


def test_own_article_denial_and_confirmation():
    text = (
        "Council to close library\n\n"
        "The city council voted on Monday to close the Elm Street library, two councillors said. "
        "The weather in the city was warm and dry all week. "
        "The mayor's office denied that the council had voted to close the library. "
        "Later the council's clerk confirmed the vote to close the Elm Street library.\n"
    )
    analysis = analyse(load_text(text, "t.txt", "text"))
    vote = sentence_index(analysis, "voted on Monday")
    weather = sentence_index(analysis, "weather")
    denial = sentence_index(analysis, "denied that the council")
    confirm = sentence_index(analysis, "clerk confirmed")
    assert analysis.sentences[denial].links[0] == ClaimLink("denies", vote)
    assert analysis.sentences[confirm].links[0].kind == "confirms"
    assert analysis.sentences[confirm].links[0].target in (vote, denial)
    assert analysis.sentences[weather].links == ()
    assert analysis.sentences[vote].links == ()


def test_an_unrelated_denial_links_nowhere():
    text = "The harbour reopened on Friday after the storm. The minister denied taking bribes from a builder."
    analysis = analyse(load_text(text, "t.txt", "text"))
    assert all(s.links == () for s in analysis.sentences)


def test_nearest_of_equal_candidates_comes_first():
    text = (
        "Troops left the northern border. Troops left the northern border, officials said. "
        "They denied troops left the northern border."
    )
    a, b = 0, text.index("Troops left the northern border, officials")
    c = text.index("They denied")
    sentences = [
        Sentence(a, b - 1, 0),
        Sentence(b, c - 1, 0, stance="reports"),
        Sentence(
            c, len(text), 0, stance="denies", stance_cues=(Span(c + 5, c + 11),), stance_rule="denial verb 'denied'"
        ),
    ]
    links = link_claims(text, sentences)[2]
    assert [lk.target for lk in links] == [1, 0]


def test_attribution_content_decides_what_is_denied():
    text = (
        "Maria Lund, spokeswoman of the harbour authority, spoke on Monday. "
        "Ferry services to the island will stop in July. "
        "Harbour authority spokeswoman Maria Lund rejected it: ferry services to the island will not stop."
    )
    second = text.index("Ferry services")
    third = text.index("Harbour authority spokeswoman")
    content = text.index("ferry services to the island will not")
    cue = text.index("rejected")
    deny = Attribution(
        cue=Span(cue, cue + 8), source=Span(third, cue - 1), content=(Span(content, len(text) - 1),), cue_group="deny"
    )
    sentences = [
        Sentence(0, second - 1, 0),
        Sentence(second, third - 1, 0),
        Sentence(third, len(text), 0, stance="denies", attributions=(deny,)),
    ]
    assert link_claims(text, sentences)[2][0] == ClaimLink("denies", 1)
    # without the attribution nor a cue to read the object from, nothing is compared: the
    # whole sentence would match on the source's words (sentence 0)
    bare = [*sentences[:2], Sentence(third, len(text), 0, stance="denies")]
    assert link_claims(text, bare)[2] == ()


def test_sentences_that_neither_deny_nor_confirm_get_no_links():
    text = "The port will close in June. The port will close in June, officials said."
    sentences = [Sentence(0, 28, 0), Sentence(29, len(text), 0, stance="reports")]
    assert link_claims(text, sentences) == [(), ()]


def test_lemmas_meet_across_forms():
    assert lemma("declared") == lemma("declare")
    assert lemma("U.S.") == lemma("US")
    assert lemma("Lebanon\u2019s") == lemma("Lebanon")
    assert lemma("ceasefires") == lemma("ceasefire")
    assert lemma("asked") == lemma("ask") == lemma("asks")
    assert content_lemmas("The U.S. had asked them to declare it") == {"us", "ask", "declar"}


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=60), min_size=1, max_size=6), st.data())
def test_links_always_point_to_earlier_sentences(parts, data):
    text = " ".join(parts)
    sentences, pos = [], 0
    for i, part in enumerate(parts):
        stance = data.draw(st.sampled_from(["asserts", "reports", "hedges", "denies", "declines"]))
        sentences.append(Sentence(pos, pos + len(part), 0, stance=stance))
        pos += len(part) + 1
    out = link_claims(text, sentences)
    assert len(out) == len(sentences)
    for i, links in enumerate(out):
        assert all(0 <= lk.target < i and lk.kind in ("denies", "confirms") for lk in links)


def links_of(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(sentence, [(kind, target sentence)]) for every sentence with links."""
    analysis = analyse(load_text(text, "t.txt", "text"))
    out = []
    for s in analysis.sentences:
        if s.links:
            out.append(
                (
                    analysis.sentence_text(s),
                    [(lk.kind, analysis.sentence_text(analysis.sentences[lk.target])) for lk in s.links],
                )
            )
    return out


@pytest.mark.parametrize(
    ("answer", "kind", "target_starts"),
    [
        ("The harbour master rejected that argument on Friday.", "denies", "The ferry company argued"),
        ("The harbour master dismissed those reports as gossip.", "denies", "Local papers reported"),
        ("The harbour master denied the allegations.", "denies", "Two former crew members accused"),
        ("The harbour master later confirmed the report.", "confirms", "Local papers reported"),
        ("That claim is false.", "denies", "The ferry company claimed"),
        ("This is totally bogus.", "denies", "Two former crew members accused"),
    ],
)
def test_a_named_claim_links_to_the_sentence_that_made_it(answer, kind, target_starts):
    lead = {
        "The ferry company argued": "The ferry company argued that the crossing was safe in winter.",
        "Local papers reported": "Local papers reported that the ferry had run aground twice in March.",
        "Two former crew members accused": "Two former crew members accused the captain of sailing without radar.",
        "The ferry company claimed": "The ferry company claimed that its boats never sail in storms.",
    }[target_starts]
    # a sentence between them, except for a bare "This", which points at the sentence just before
    filler = "" if answer.startswith("This is") else "The weather on the coast was mild all week. "
    text = f"Ferry trouble on the coast\n\n{lead} {filler}{answer}\n"
    found = links_of(text)
    assert len(found) == 1, found
    sentence, links = found[0]
    assert sentence == answer
    assert links == [(kind, lead)]


def test_a_bare_agreement_confirms_the_sentence_before():
    lead = "The ferry company argued that the harbour fees were far too high."
    text = f"Harbour fees\n\n{lead} The harbour master agreed, but said the fees would stay.\n"
    assert links_of(text) == [("The harbour master agreed, but said the fees would stay.", [("confirms", lead)])]
    # an agreement with an object of its own is compared by content, and here matches nothing
    other = f"Harbour fees\n\n{lead} The harbour master agreed to repaint the ferry terminal.\n"
    assert links_of(other) == []


@pytest.mark.parametrize(
    "text",
    [
        # the denial's object is a topic, not a claim stated earlier
        "Ferries and the climate\n\nThe climate changed fast in the region. "
        "\"Nobody here can deny climate change,\" the mayor said.\n",
        # a refuting word inside a clause, not a predicate over a named claim
        "The ferry ad\n\nThe company advertised cheap crossings to the island. "
        "It is something that gives sailors false comfort, a critic said.\n",
        # a named claim with nothing before it that made it
        "The harbour\n\nThe harbour reopened on Friday. The weather was mild. The mayor denied the allegations.\n",
        # a pronoun with nothing checkable before it
        "The harbour\n\nWhat a day. This is bogus.\n",
    ],
)
def test_no_link_without_an_earlier_claim(text):
    assert links_of(text) == []


def test_a_comparative_sentence_is_no_denial_of_its_twin():
    text = (
        "Fact checks\n\nA majority of statements by the mayor (61%) were judged mostly true. "
        "Conversely, a majority of statements by the governor (57%) were judged mostly false.\n"
    )
    assert links_of(text) == []
