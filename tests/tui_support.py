"""Shared helpers for the TUI tests: a fake store with the real store's API, a test article."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from reader.analysis.incremental import Part
from reader.analysis.model import Analysis, Attribution, ClaimLink, Sentence, Span
from reader.ingest import load_text
from reader.tui.app import ReaderApp
from reader.store import Anchor, LibraryItem, Note, StoreError
from reader.tui.services import Services


@dataclass
class FakeStore:
    """In memory, the same methods as reader.store.Store and its record types."""

    read_only: bool = False
    messages: tuple[str, ...] = ()
    fail_saves: str | None = None
    articles: dict = field(default_factory=dict)
    positions: dict = field(default_factory=dict)
    saved: list = field(default_factory=list)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @staticmethod
    def article_id(text: str) -> str:
        return f"a{len(text)}"

    def remember_article(self, article_id, title, path, text):
        self.articles[article_id] = (title, path, text)

    def set_position(self, article_id, sentence_index):
        self.positions[article_id] = sentence_index

    def position(self, article_id):
        return self.positions.get(article_id)

    def library(self, query=""):
        return [
            LibraryItem(aid, title, path, "2026-01-01", self.positions.get(aid, 0),
                        sum(1 for n in self.saved if n.article_id == aid))
            for aid, (title, path, _) in self.articles.items()
            if query.lower() in (title or "").lower()
        ]

    def notes(self, article_id, text):
        return [n for n in self.saved if n.article_id == article_id]

    def add_note(self, article_id, text, start, end, body="", tags=(), verdict=None):
        if self.fail_saves:
            raise StoreError(self.fail_saves)
        note = Note(f"n{next(self._ids)}", article_id, Anchor(text[start:end], "", "", start, end), body,
                    tuple(tags), verdict, created="2026-01-01T00:00:00", updated="2026-01-01T00:00:00")
        self.saved.append(note)
        return note

    def save_note(self, note):
        if self.fail_saves:
            raise StoreError(self.fail_saves)
        self.saved = [n for n in self.saved if n.id != note.id] + [note]
        return note

    def delete_note(self, note_id):
        self.saved = [n for n in self.saved if n.id != note_id]

    def entries(self):
        return []

    def save_entry(self, entry):
        return entry


ARTICLE = (
    "Council denies bridge closure\n\n"
    "The city council will close the Elm Street bridge for six weeks, two officials said on Monday. "
    "They said repairs would start in March.\n\n"
    "The council denied the report on Tuesday. "
    "No decision has been taken, Mayor Ana Ruiz said.\n\n"
    "A spokesman for the transport agency confirmed that repairs were planned. "
    "Residents may face long detours.\n\n"
    "Leave a Reply\n\n"
    "Your email address will not be published.\n"
)


def _span(text: str, phrase: str, after: int = 0) -> Span:
    start = text.index(phrase, after)
    return Span(start, start + len(phrase))


def article_analysis() -> Analysis:
    """The test article analysed by hand, as the engine is meant to: sources, stances, links."""
    from reader.analysis.boilerplate import strip
    from reader.analysis.sentences import sentence_spans

    doc = load_text(ARTICLE, "test.txt")
    blocks = strip(doc)
    spans = sentence_spans(doc, blocks)
    t = doc.text
    sentences = [Sentence(s, e, b) for s, e, b in spans]
    texts = [t[s.start : s.end] for s in sentences]
    assert texts[1].startswith("The city council will close"), texts
    officials = _span(t, "two officials")
    sentences[1] = dataclasses.replace(
        sentences[1], stance="reports", stance_cues=(_span(t, "said"),), stance_rule="reported speech", claim=True,
        attributions=(Attribution(cue=_span(t, "said"), source=officials, source_kind="anonymous", rule="np-said"),),
    )
    they = _span(t, "They")
    sentences[2] = dataclasses.replace(
        sentences[2], stance="reports", stance_cues=(_span(t, "said", they.start),), claim=True,
        attributions=(Attribution(cue=_span(t, "said", they.start), source=they, source_kind="anonymous",
                                  antecedent=officials, rule="pronoun-said"),),
    )
    council = _span(t, "The council")
    sentences[3] = dataclasses.replace(
        sentences[3], stance="denies", stance_cues=(_span(t, "denied"),), stance_rule="deny cue", claim=True,
        attributions=(Attribution(cue=_span(t, "denied"), source=council, source_kind="organisation",
                                  cue_group="deny", rule="np-verb"),),
        links=(ClaimLink("denies", 1),),
    )
    mayor = _span(t, "Mayor Ana Ruiz")
    sentences[4] = dataclasses.replace(
        sentences[4], stance="denies", claim=True,
        attributions=(Attribution(cue=_span(t, "said", mayor.start), source=mayor, source_kind="person"),),
    )
    spokesman = _span(t, "A spokesman for the transport agency")
    sentences[5] = dataclasses.replace(
        sentences[5], stance="reports", stance_cues=(_span(t, "confirmed"),), claim=True,
        attributions=(Attribution(cue=_span(t, "confirmed"), source=spokesman, source_kind="person",
                                  cue_group="confirm"),),
        links=(ClaimLink("confirms", 1),),
    )
    sentences[6] = dataclasses.replace(sentences[6], stance="hedges", stance_cues=(_span(t, "may"),))
    title = t[blocks[0].start : blocks[0].end]
    return Analysis(document=doc, blocks=blocks, title=title, sentences=tuple(sentences))


def fixed(analysis: Analysis):
    """An ``analyse`` callable for ReaderApp that returns a hand-built analysis."""
    from reader.analysis.incremental import analyse_in_parts

    def analyse(doc):
        if doc is analysis.document:
            return iter([Part(analysis, 1.0, True)])
        return analyse_in_parts(doc)

    return analyse


def make_app(text: str | None = None, *, store: FakeStore | None = None, analysis: Analysis | None = None,
             path: str = "test.txt", no_store: bool = False) -> ReaderApp:
    if analysis is None and text is None:
        analysis = article_analysis()
    document = analysis.document if analysis is not None else load_text(text, path)
    kwargs = {}
    if analysis is not None:
        kwargs["analyse"] = fixed(analysis)
    if no_store:
        factory = lambda: Services(None, "notes are off: no store in this test")  # noqa: E731
    else:
        the_store = store if store is not None else FakeStore()
        factory = lambda: Services(the_store)  # noqa: E731
    return ReaderApp(document, path, services_factory=factory, **kwargs)


async def settle(pilot) -> None:
    """Wait until analysis and store workers have landed and the screen is idle."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
