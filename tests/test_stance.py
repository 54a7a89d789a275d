"""Stance per sentence and the claim flag (reader/analysis/stance.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.model import STANCES, Attribution, Span
from reader.analysis.stance import classify, classify_sentence, is_claim, lexicon, trie_regex


def stance(sentence: str, attrs: tuple[Attribution, ...] = ()):
    return classify_sentence(sentence, 0, len(sentence), attrs)


def cue_words(sentence: str, attrs: tuple[Attribution, ...] = ()) -> list[str]:
    return [sentence[c.start : c.end].lower() for c in stance(sentence, attrs).cues]


# --------------------------------------------------------------------------- each stance


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the budget on Tuesday.",
        "Three ferries left the harbour before noon.",
        "The bridge will reopen in May.",  # the month, not the modal
        "The poll of 800 likely voters closed on Sunday.",  # a polling term, not a hedge
    ],
)
def test_plain_statement_asserts(sentence):
    r = stance(sentence)
    assert r.stance == "asserts"
    assert r.rule == "stated as fact"
    assert r.cues == ()


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The ministry confirmed that two cargo ships had docked.", "confirmed"),
        ("The coach admitted the team had broken the rules.", "admitted"),
        ("The airline acknowledges that flights were delayed.", "acknowledges"),
    ],
)
def test_confirmation_asserts_with_its_cue(sentence, cue):
    r = stance(sentence)
    assert r.stance == "asserts"
    assert cue_words(sentence) == [cue]
    assert cue in r.rule


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The mayor said the bridge would reopen next week.", "said"),
        ("According to the harbour master, the ferry left early.", "according to"),
        ("Two farmers told the station the river had flooded their fields.", "told"),
    ],
)
def test_attributed_statement_reports(sentence, cue):
    r = stance(sentence)
    assert r.stance == "reports"
    assert cue in cue_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The minister may resign before the vote.", "may"),
        ("The company reportedly plans to cut 300 jobs.", "reportedly"),
        ("The striker allegedly punched a steward.", "allegedly"),
        ("Rumours of a merger lifted the shares.", "rumours"),
        ("The perception that the port is unsafe has hurt trade.", "perception"),
        ("The storm could reach the coast by Friday.", "could"),
    ],
)
def test_hedge_words_hedge(sentence, cue):
    r = stance(sentence)
    assert r.stance == "hedges"
    assert cue_words(sentence) == [cue]
    assert f"'{cue}'" in r.rule.lower()


def test_a_question_hedges_and_points_at_its_mark():
    s = "Is the new bridge safe?"
    r = stance(s)
    assert r.stance == "hedges"
    assert r.rule.startswith("a question")
    assert [s[c.start : c.end] for c in r.cues] == ["?"]


def test_a_question_to_the_reader_is_no_hedge():
    assert stance("Can you spot the cat in this picture?").stance == "asserts"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The company denied that it had paid the fine.", "denied"),
        ("The mayor rejected the report as politically motivated.", "rejected"),
        ("The agency dismissed the allegations on Monday.", "dismissed"),
        ("The museum refuted the story in a short statement.", "refuted"),
        ("The photo of the flooded airport is a hoax.", "hoax"),
        ("The quote attributed to the senator is fake.", "fake"),
        ("Claims that the mayor resigned are not true.", "not true"),
        ("The viral story about the bridge has been debunked.", "debunked"),
        ("The statement about the harbour was false.", "false"),
    ],
)
def test_denials_deny(sentence, cue):
    r = stance(sentence)
    assert r.stance == "denies"
    assert cue in cue_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("A spokesman declined to comment.", "declined to comment"),
        ("The embassy did not respond to requests for comment.", "did not respond"),
        ("The company had no comment on the report.", "no comment"),
        ("The mayor could not be reached for comment.", "could not be reached for comment"),
        ("The spokesman would neither confirm nor deny the report.", "neither confirm nor deny"),
        ("The club refused to confirm or deny the transfer.", "refused to confirm or deny"),
    ],
)
def test_no_comment_declines(sentence, cue):
    r = stance(sentence)
    assert r.stance == "declines"
    assert cue_words(sentence) == [cue]


# --------------------------------------------------------------------------- negation and scope


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister did not deny that talks took place.",
        "The mayor never denied meeting the developer.",
        "The photo of the parade is not a hoax.",
        "The letter isn't fake, the archive says.",
    ],
)
def test_a_negated_denial_is_no_denial(sentence):
    assert stance(sentence).stance != "denies"


def test_negated_denial_names_the_negator_and_the_cue():
    s = "The minister did not deny that talks took place."
    r = stance(s)
    assert r.stance == "asserts"
    assert r.rule.startswith("negated denial")
    assert cue_words(s) == ["not deny"]


def test_no_evidence_that_it_is_false_refutes_nothing():
    r = stance("There is no evidence that the letter is fake.")
    assert r.stance != "denies"


def test_no_evidence_alone_hedges():
    assert stance("There is no evidence that the letter was ever sent.").stance == "hedges"


def test_a_negated_confirmation_hedges():
    s = "The company has not confirmed the deal."
    r = stance(s)
    assert r.stance == "hedges"
    assert cue_words(s) == ["not confirmed"]


def test_denial_verb_in_a_quoted_title_is_no_cue():
    assert stance('She starred in the film "Deny Everything" last year.').stance == "asserts"


def test_negation_does_not_reach_across_a_comma():
    r = stance("The bridge is not finished, the council disputes the report.")
    assert r.stance == "denies" and "disputes" in r.rule


def test_a_denial_inside_a_hedge_still_denies():
    s = "The minister reportedly denied the claim."
    r = stance(s)
    assert r.stance == "denies"
    assert "denied" in cue_words(s)


def test_a_refuting_word_inside_a_question_only_hedges():
    assert stance("Is the video of the flood fake?").stance == "hedges"


def test_a_question_answered_no_denies():
    assert stance("Did the mayor resign? No, she did not.").stance == "denies"


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister says army not involved in clashes",  # headline style: no full stop
        "Singer did not cancel her tour, says agent",
        "The singer did NOT cancel her tour.",  # emphatic
        "No, the river did not burst its banks.",
    ],
)
def test_a_negated_main_statement_denies(sentence):
    r = stance(sentence)
    assert r.stance == "denies"
    assert r.rule.startswith(("negated statement", "negative answer"))


def test_a_plain_negative_sentence_in_running_text_states_a_fact():
    s = "The army was not involved in the clashes."
    r = stance(s)
    assert r.stance == "asserts"
    assert r.rule.startswith("negative statement")
    assert cue_words(s) == ["not"]
    assert stance("The minister said the army was not involved in the clashes.").stance == "reports"


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant will be built in Ohio, not Texas.",  # a contrast
        "The team won't play on Sunday.",  # a negated future: a plan
        "The man who never came back left a letter.",  # a relative clause
        "Don't miss the parade on Saturday.",  # an imperative
        "Do not cancel your ski trip",  # an imperative, headline style
        "The council may not meet this week.",  # a hedge
        "There are many reasons not to move the market.",  # a negated infinitive
    ],
)
def test_negators_that_refute_nothing(sentence):
    assert stance(sentence).stance != "denies"


# --------------------------------------------------------------------------- precedence


def test_denial_wins_over_attribution():
    assert stance("The senator said the leaked memo was fake.").stance == "denies"


# --------------------------------------------------------------------------- main clause first


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        ("The port will close in June, two officials said \u2013 a claim denied by the harbour authority.", "said"),
        ("The port will close in June, two officials said, a charge the harbour authority rejects.", "said"),
        ("The port will close in June, officials said, which the harbour authority denies.", "said"),
        (
            "According to officials, the port will close in June, something the mayor has strongly denied.",
            "according to",
        ),
        ("The port will close in June (a claim the mayor has denied), according to two officials.", "according to"),
        ("The port will close in June, officials said; the mayor denied it.", "said"),
        ("Officials claim the port will close, but the mayor denies", "claim"),
    ],
)
def test_a_denial_appended_to_a_report_leaves_the_sentence_reporting(sentence, main):
    r = stance(sentence)
    assert r.stance == "reports", r.rule
    words = cue_words(sentence)
    assert main in words
    assert any(w.startswith(("denie", "reject")) for w in words), "the denial stays visible"
    assert r.rule.startswith("attributed") and "denied in the same sentence" in r.rule
    assert "claim" not in words or main == "claim"  # "a claim denied by" is no report cue


def test_a_denial_appended_to_a_hedge_leaves_the_sentence_hedging():
    sentence = "The striker allegedly punched a steward, a charge he rejects."
    r = stance(sentence)
    assert r.stance == "hedges"
    assert cue_words(sentence) == ["allegedly", "rejects"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the mayor denied closing the port.",  # the denial is what was said
        "The mayor denied closing the port, officials said.",
        "The port will close, officials said, but the mayor denied any plan to sell it.",  # a denial with content
        "The ministry closed the port, a claim the ministry denies.",  # no report before it: the text asserts
        "Reports of the port closing, officials say, are likely exaggerated.",  # a refuting word is a predicate
    ],
)
def test_a_denial_with_content_of_its_own_still_decides(sentence):
    assert stance(sentence).stance == "denies"


def test_hedge_wins_over_attribution():
    assert stance("Officials said the dam may fail.").stance == "hedges"


def test_no_comment_wins_over_hedge():
    assert stance("The firm, which may be sold, declined to comment.").stance == "declines"


# --------------------------------------------------------------------------- headlines


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Harbour to close for repairs, sources say", "reports"),
        ("Ferry operator plans new route - report", "reports"),
        ("Port officials: new ferry route opens in June", "reports"),
        ("Harbour repairs: new ferry route opens in June", "asserts"),
        ("Rumour: city to sell its stadium", "hedges"),
        ("No, the city is not selling its stadium", "denies"),
        ("Stadium sale story is a hoax, mayor says", "denies"),
        ("BREAKING: stadium roof collapses after storm", "asserts"),
    ],
)
def test_headline_cues(headline, expected):
    assert stance(headline).stance == expected


# --------------------------------------------------------------------------- attributions


def test_attribution_groups_decide_where_the_lexicon_is_silent():
    s = "The ministry pushed back against the report on Monday."
    start = s.index("pushed back against")
    deny = Attribution(cue=Span(start, start + len("pushed back against")), source=Span(0, 12), cue_group="deny")
    r = stance(s, (deny,))
    assert r.stance == "denies"
    assert cue_words(s, (deny,)) == ["pushed back against"]
    for group, expected in [
        ("say", "reports"), ("decline", "declines"), ("confirm", "asserts"), ("belief", "hedges"),
        ("perception", "hedges"), ("claim", "reports"), ("intention", "asserts"), ("evidence", "asserts"),
        ("learn", "asserts"), ("criticise", "asserts"),
    ]:
        a = Attribution(cue=deny.cue, source=deny.source, cue_group=group)
        assert stance(s, (a,)).stance == expected, group


def test_weak_cues_yield_to_attribution():
    s = "Officials said the company plans to close the plant."
    plans = s.index("plans")
    a = Attribution(cue=Span(plans, plans + 5), source=Span(18, 29), cue_group="intention")
    r = stance(s, (a,))
    assert r.stance == "reports"
    assert "said" in cue_words(s, (a,))


def test_a_punctuation_cue_is_left_to_the_headline_rule():
    s = "Harbour repairs: new ferry route opens in June"
    colon = s.index(":")
    a = Attribution(cue=Span(colon, colon + 1), source=Span(0, colon), cue_group="say")
    assert stance(s, (a,)).stance == "asserts"


def test_did_not_say_followed_by_what_refutes_rather_than_declines():
    s = "Bishop did not say that pets go to heaven"
    cue = Span(s.index("did"), s.index("say") + 3)
    a = Attribution(cue=cue, source=Span(0, 10), cue_group="decline")
    assert stance(s, (a,)).stance == "denies"
    s2 = "Bishop did not say whether pets go to heaven"
    a2 = Attribution(cue=Span(s2.index("did"), s2.index("say") + 3), source=Span(0, 10), cue_group="decline")
    assert stance(s2, (a2,)).stance == "declines"


def test_an_unknown_cue_group_reports():
    s = "The envoy conveyed that talks would resume."
    start = s.index("conveyed")
    a = Attribution(cue=Span(start, start + 8), source=Span(0, 9), cue_group="some-new-group")
    assert stance(s, (a,)).stance == "reports"


def test_an_attribution_negated_inside_its_cue_is_no_denial():
    s = "The minister did not deny the report."
    start = s.index("did not deny")
    a = Attribution(cue=Span(start, start + len("did not deny")), source=Span(0, 12), cue_group="deny")
    assert stance(s, (a,)).stance != "denies"


def test_a_cue_in_another_sentence_decides_but_is_not_a_cue_here():
    text = 'The mayor denied it. "The bridge is safe and always was."'
    second = (text.index('"'), len(text))
    cue = Span(text.index("denied"), text.index("denied") + 6)
    a = Attribution(cue=cue, source=Span(0, 9), content=(Span(*second),), cue_group="say")
    r = classify(text, [(0, 20), second], [(), (a,)])[1]
    assert r.stance == "reports"
    assert r.cues == ()
    assert "another sentence" in r.rule


def test_classify_aligns_with_sentences_and_tolerates_short_attributions():
    text = "The mayor said it. The bridge may close. It is a hoax."
    bounds = [(0, 18), (19, 40), (41, len(text))]
    out = classify(text, bounds, [])
    assert [r.stance for r in out] == ["reports", "hedges", "denies"]


# --------------------------------------------------------------------------- claim flag


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved a budget of 4.2 million euros on Tuesday.",
        "Officials in Lyon said the new tram line would open next year.",
        "The company denied that its chief executive had resigned.",
    ],
)
def test_checkable_statements_are_claims(sentence):
    r = classify(sentence, [(0, len(sentence))], [()])[0]
    assert r.claim, r.claim_rule


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Is the new tram line worth the money?", "a question"),
        ("Read more", "too short"),
        ("Read more about the tram line and its costs", "navigation"),
        ("The future of public transport in small cities", "no verb"),
        ("I think it is a lovely idea really.", "opinion"),
    ],
)
def test_non_claims(sentence, why):
    r = classify(sentence, [(0, len(sentence))], [()])[0]
    assert not r.claim
    assert r.claim_rule.startswith(why)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("The new tram line could cost the city 40 million euros.", "speculation"),
        ("Some councillors believe the Lyon tram will never pay for itself.", "speculation"),
        ("The harbour authority is expected to raise fees in March.", "speculation"),
        ("Cities like Lyon should invest in trams rather than roads.", "opinion or recommendation"),
        ("Examining The Record Of The Lyon Tram Company", "no verb"),
    ],
)
def test_speculation_and_recommendations_are_no_claims(sentence, why):
    r = classify(sentence, [(0, len(sentence))], [()])[0]
    assert not r.claim
    assert r.claim_rule.startswith(why)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister reportedly took 20,000 euros from a builder.",  # unconfirmed, but checkable
        "The driver could not find the depot in Lyon.",  # a past fact, not a possibility
        "The board decided the mayor should chair the Lyon tram committee.",  # a recommendation reported
        "Should the vote fail, Lyon will lose 3 million euros, the treasurer said.",  # a conditional
    ],
)
def test_checkable_despite_a_modal(sentence):
    r = classify(sentence, [(0, len(sentence))], [()])[0]
    assert r.claim, r.claim_rule


def test_is_claim_is_pure_on_its_input():
    s = "The mayor said 300 homes were flooded."
    r = stance(s)
    assert is_claim(s, 0, len(s), r) == (True, "a number")


# --------------------------------------------------------------------------- lexicon and regex


def test_trie_regex_matches_exactly_the_words_longest_first():
    words = ["no", "no comment", "not", "not true", "note"]
    rx = re.compile(rf"(?<!\w)(?:{trie_regex(words)})(?!\w)")
    assert [m.group() for m in rx.finditer("no comment, not true, a note, not, no")] == [
        "no comment", "not true", "note", "not", "no"
    ]
    assert rx.search("nothing") is None


def test_lexicon_loads_from_package_data_and_covers_every_group():
    lex = lexicon()
    assert {g.stance for g in lex.groups.values()} == set(STANCES)
    assert lex.words["reportedly"] == "hedge"
    assert lex.words["denies"] == "deny"
    assert lex.attribution["deny"] == "deny"


def test_apostrophes_and_white_space_are_normalised():
    assert stance("The story\u2019s claims are not\ntrue.").stance == "denies"
    assert stance("The mayor didn\u2019t respond to calls.").stance == "declines"


# --------------------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_string_gives_a_stance_with_cues_inside(text):
    r = classify_sentence(text, 0, len(text))
    assert r.stance in STANCES
    assert all(0 <= c.start < c.end <= len(text) for c in r.cues)


_words = st.sampled_from(
    "the mayor said denied not no never may hoax fake ? : - , . did deny confirmed declined to comment "
    "reportedly sources say No Is it true false evidence that \" Deny\u2019s isn't".split()
    + ["no evidence", "did not respond", "\n"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_words, max_size=30), st.data())
def test_cues_lie_inside_their_sentence(words, data):
    text = " ".join(words)
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=4))) | {0, len(text)})
    bounds = list(zip(cuts, cuts[1:]))
    for (s, e), r in zip(bounds, classify(text, bounds, [() for _ in bounds])):
        assert r.stance in STANCES
        assert all(s <= c.start < c.end <= e for c in r.cues), (text[s:e], r)
        assert isinstance(r.claim, bool)


_groups = st.sampled_from(["say", "deny", "decline", "confirm", "belief", "intention", "evidence", "urge", "odd"])


@settings(max_examples=100, deadline=None)
@given(
    st.lists(_words, min_size=1, max_size=25),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40), _groups), max_size=4),
)
def test_arbitrary_attributions_never_break_the_classifier(words, raw):
    text = " ".join(words)
    attrs = tuple(
        Attribution(cue=Span(s, s + n), source=None, content=(Span(s, s + n),), cue_group=g) for s, n, g in raw
    )
    half = len(text) // 2
    bounds = [(0, half), (half, len(text))]
    for (s, e), r in zip(bounds, classify(text, bounds, [attrs, attrs])):
        assert r.stance in STANCES
        assert all(s <= c.start < c.end <= e for c in r.cues)


def test_in_headline_style_only_known_speech_cues_count():
    def with_cue(s: str, word: str) -> str:
        at = s.index(word)
        return stance(s, (Attribution(cue=Span(at, at + len(word)), source=Span(0, at), cue_group="say"),)).stance

    assert with_cue("Councillor Leaves Angry Note On Library Door", "Note") == "asserts"
    assert with_cue("Councillor Says Library Will Close", "Says") == "reports"
    assert with_cue("The councillor remarked that the library would close.", "remarked") == "reports"


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesperson for the union declined to comment.",
        "The company did not respond to a request for comment on Tuesday.",
    ],
)
def test_a_refusal_to_comment_is_no_checkable_claim(sentence):
    (result,) = classify(sentence, [(0, len(sentence))], [()])
    assert result.stance == "declines"
    assert not result.claim and "no comment" in result.claim_rule


# --------------------------------------------------------------------------- robustness (hedges, cue readings)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The figures imply a slowdown in the second half", "imply"),
        ("The minister hinted at a cabinet reshuffle", "hinted"),
        ("Scientists theorize the crater was left by a meteor", "theorize"),
        ("Studio mulls a third film in the series", "mulls"),
        ("Carmaker eyeing a stake in a battery start-up", "eyeing"),
        ("Two chains in advanced talks to merge", "in advanced talks"),
        ("Broker pegs the new tablet's price at 349 dollars", "pegs the new tablet's price at 349"),
        ("Analyst sees 2016 tablet sales falling by a fifth", "sees 2016 tablet sales"),
        ("Retailer said to plan 40 new stores next year", "said to plan"),
        ("Chief executive said to confirm the merger at Friday's meeting", "said to confirm"),
    ],
)
def test_inference_deliberation_forecast_and_hearsay_hedge(sentence, cue):
    r = stance(sentence)
    assert r.stance == "hedges", r.rule
    assert cue in cue_words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The museum sees three million visitors a year.",  # a count, not a forecast
        "The mayor said to reporters that the road was open.",  # "to" names the addressee
        "The minister said to Reuters that the talks had failed.",
        "Parliament assumed its powers in 1990.",  # "assumed" is not in the hedge list
        "Critics second-guess the board's choice of venue.",
        "Commuters tend to leave earlier on Fridays.",
    ],
)
def test_look_alikes_of_the_new_hedges_do_not_hedge(sentence):
    assert stance(sentence).stance != "hedges", stance(sentence).rule


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspect was taken into custody on Friday.",
        "Two suspects fled the scene in a grey van.",
        "Guard wounded, suspect dead after bank raid",
        "Harbour suspect, still at large, posts video online",
        "Police questioned the suspect's brother.",
    ],
)
def test_the_suspect_is_a_person_not_a_suspicion(sentence):
    r = stance(sentence)
    assert r.stance == "asserts", r.rule
    assert "suspect" not in " ".join(cue_words(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators suspect arson in the warehouse fire.",  # the verb
        "We suspect that the figures were revised.",
        "Local driver a suspect in the depot robbery",  # the predicate: guilt held open
        "The courier is a suspect in the theft.",
    ],
)
def test_suspicion_still_hedges(sentence):
    r = stance(sentence)
    assert r.stance == "hedges", r.rule
    assert "suspect" in cue_words(sentence)


def test_told_to_is_an_instruction_not_a_report():
    r = stance("Pilots told to stay on the ground during the storm")
    assert r.stance == "asserts", r.rule
    assert "told" in r.rule  # the instruction is named as the deciding cue
    # told with an addressee and content still reports
    assert stance("The pilot told reporters the engine had failed.").stance == "reports"


@pytest.mark.parametrize(
    "sentence",
    [
        "The cheapest model only tells the time.",
        "The climber lived to tell the tale.",
        "Few tasters told the difference between the wines.",
    ],
)
def test_tell_without_a_told_content_is_no_report(sentence):
    r = stance(sentence)
    assert r.stance == "asserts", r.rule


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # attribution reads "suspects" as a belief cue and "lived to tell" as a speech cue;
        # the stance still sees the person and the idiom
        ("Two suspects fled the scene in a grey van.", "asserts"),
        ("The climber lived to tell the tale.", "asserts"),
        ("Staff were told to leave the building by noon.", "asserts"),
        ("Police suspect the fire was set deliberately.", "hedges"),
        ("Retailer said to plan 40 new stores next year", "hedges"),
    ],
)
def test_new_readings_hold_with_attributions(sentence, expected):
    from reader.analysis import analyse
    from reader.ingest import load_text

    analysis = analyse(load_text(sentence + "\n", "x.txt", "text"))
    assert [s.stance for s in analysis.sentences] == [expected], [s.stance_rule for s in analysis.sentences]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # factive verbs presuppose their content (Hooper 1975) ...
        ("The director knows who stole the van.", "asserts"),
        ("Officials realised the dam had failed.", "asserts"),
        # ... unless knowing is denied or the question stays open
        ("Nobody knows whether the van was stolen.", "hedges"),
        ("The director does not know who stole the van.", "hedges"),
        ("Residents believe the dam failed.", "hedges"),  # a belief verb is no factive
        # an alias is a name, not a belief
        ("The gunman, known as The Fox, was arrested.", "asserts"),
        # attributive "mystery" names an unidentified person or thing
        ("A mystery buyer paid two million for the painting.", "asserts"),
        ("Mystery bidder wins auction of rare stamp", "asserts"),
        ("The mystery of the missing painting deepens.", "hedges"),
        ("Mystery surrounds the sale of the painting.", "hedges"),
    ],
)
def test_factives_aliases_and_attributive_mystery(sentence, expected):
    from reader.analysis import analyse
    from reader.ingest import load_text

    analysis = analyse(load_text(sentence + "\n", "x.txt", "text"))
    assert [s.stance for s in analysis.sentences] == [expected], [s.stance_rule for s in analysis.sentences]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("NYT: Harbour authority plans second terminal", "reports"),  # an acronym as the label
        ("Harbour authority plans second terminal: AFP", "reports"),
        ("SEE IT: Harbour seals return to the estuary", "asserts"),  # capitals for emphasis
        ("Meet the SEAL-PUP: Harbour rescue team raises orphan", "asserts"),
        ("FANS TO CLUB: Keep the old stadium", "asserts"),
    ],
)
def test_an_acronym_names_a_headline_source_only_as_the_whole_label(sentence, expected):
    assert stance(sentence).stance == expected, stance(sentence).rule


@pytest.mark.parametrize(
    "sentence",
    [
        "Carmaker Isn't Happy With Its New Battery Supplier",
        "Residents don't approve of the new car park",
        "Goalkeeper was NOT ready for the penalty",
        "Mayor not so sure the tram will pay for itself",
    ],
)
def test_a_negated_state_of_mind_refutes_nothing(sentence):
    r = stance(sentence)
    assert r.stance != "denies", r.rule


def test_a_negated_headline_statement_still_denies():
    assert stance("Harbour bridge not closed for repairs").stance == "denies"
    assert stance("Minister did NOT resign over the ferry contract").stance == "denies"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The 1970s toy letter? It's real", "it's real"),
        ("Seal spotted in the Thames? Yes, and it has a name", "yes"),
        ("Lab tests prove the water is safe to drink.", "prove"),
    ],
)
def test_proof_and_an_affirmative_answer_assert(sentence, cue):
    r = stance(sentence)
    assert r.stance == "asserts", r.rule
    assert cue in cue_words(sentence)


def test_an_unanswered_question_still_hedges():
    assert stance("Ferry late again? Commuters wait in the rain").stance == "hedges"
    assert stance("Ferry sinks? No, it was a drill").stance == "denies"


@pytest.mark.parametrize(
    "sentence",
    [
        "Geologists question whether the crater was made by a meteorite",
        "Experts questioned the authenticity of the recording.",
    ],
)
def test_questioning_a_claim_casts_doubt(sentence):
    assert stance(sentence).stance == "denies", stance(sentence).rule


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # proof is weak: a report stays a report, an evaluative adjective denies nothing
        ("The venture may prove short-lived, the analyst said.", "hedges"),
        ("The venture proved short-lived, the analyst said.", "reports"),
        ("He was criticised for his dubious advice on air.", "asserts"),
    ],
)
def test_proof_words_and_evaluations_do_not_override(sentence, expected):
    from reader.analysis import analyse
    from reader.ingest import load_text

    analysis = analyse(load_text(sentence + "\n", "x.txt", "text"))
    assert [s.stance for s in analysis.sentences] == [expected], [s.stance_rule for s in analysis.sentences]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rebuttal verb with a literal object rebuts nothing
        ("Border troops shot down a surveillance drone on Monday.", "asserts"),
        ("The carmaker pushed back the launch of its van to April.", "asserts"),
        ("Rebels challenged army units near the airport.", "asserts"),
        ("The shop discounted its winter coats by a third.", "asserts"),
        # with a claim, a proposal or "against" it still denies
        ("The senator shot down the proposal in committee.", "denies"),
        ("The ministry pushed back against the report.", "denies"),
        ("The union has challenged the ruling in court.", "denies"),
        ("The ministry pushed back, calling the figures wrong.", "denies"),
    ],
)
def test_literal_readings_of_rebuttal_verbs(sentence, expected):
    from reader.analysis import analyse
    from reader.ingest import load_text

    analysis = analyse(load_text(sentence + "\n", "x.txt", "text"))
    assert [s.stance for s in analysis.sentences] == [expected], [s.stance_rule for s in analysis.sentences]
