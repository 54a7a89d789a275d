"""The side panel's text, from a hand-built analysis (the engine's fields are final)."""

from __future__ import annotations

from dataclasses import replace

from tui_support import Anchor, Note, article_analysis

from reader.tui import facts
from reader.tui.panel import ContextItem, PanelInput, describe


def test_panel_text_for_a_reported_sentence_with_a_pronoun_source():
    a = article_analysis()
    note = Note("n1", "a", Anchor("They said", "", "", a.sentences[2].start, a.sentences[2].end), "ask them",
                ("follow-up",), "unverified")
    extra = PanelInput(
        context=[ContextItem("Elm Street bridge", "place", "A road bridge over the river", True),
                 ContextItem("March", "date", "", False)],
        notes=[note], reverse=facts.reverse_links(a),
    )
    text = describe(a, 2, extra).plain
    assert "Sentence 3 of 7" in text and "claim" in text
    assert "They \u2192 two officials" in text and " anonymous " in text
    assert "said \u2014 reported speech or writing" in text and "pronoun-said" not in text
    detailed = describe(a, 2, replace(extra, details=True)).plain
    assert "cue group: say; found by rule: pronoun-said" in detailed
    assert "reports  because of \u201csaid\u201d" in text
    assert "Elm Street bridge (place) \u2014 A road bridge over the river" in text
    assert "March (date)  harvested: K keeps it" in text
    assert "[unverified] ask them  #follow-up" in text


def test_panel_links_both_ways_and_the_article_voice():
    a = article_analysis()
    text = describe(a, 1, PanelInput(reverse=facts.reverse_links(a))).plain
    assert "is denied by #4 The council denied the report on Tuesday." in text
    assert "is confirmed by #6" in text
    text = describe(a, 0, PanelInput()).plain
    assert "none written (the article's own voice)" in text
    assert "asserts" in text and "none (a adds one)" in text


def test_panel_never_interprets_article_text():
    a = article_analysis()
    doc = replace(a.document, text=a.document.text.replace("two officials", "[b]two[/b]\x1b[1"))
    a2 = replace(a, document=doc)
    text = describe(a2, 2, PanelInput()).plain
    assert "[b]two[/b]\u241b[1" in text


def test_source_keys_group_pronouns_with_their_antecedent():
    a = article_analysis()
    keys = [facts.source_key(a.text, s) for s in a.sentences]
    assert keys[1] == keys[2] == "two officials"
    assert facts.sources(a)[0] == ("two officials", "two officials", 2)


def test_panel_shows_the_web_links_in_the_sentence():
    from reader.analysis.pipeline import analyse
    from reader.ingest import load_text

    doc = load_text("# Audit\n\nVisits fell 12%, according to [the auditor](https://example.org/a).\n\n"
                    "The mayor said nothing.\n", "a.md")
    a = analyse(doc)
    k = next(i for i, s in enumerate(a.sentences) if "auditor" in a.sentence_text(s))
    text = describe(a, k, PanelInput()).plain
    assert "Web link the auditor \u2192 https://example.org/a" in text
    assert "Web link" not in describe(a, k + 1, PanelInput()).plain
