"""Attributions: for every sentence, who says what — the cue, the source, the content.

Pure and deterministic, no model: one compiled regex (a trie of the lexicon's forms,
``data/cues.toml``) finds the cues of a sentence; around each cue a small set of frames
decides where the source and the content are. Each frame is a named rule
(``Attribution.rule``) that the side panel can show:

  ``subject``      X said (that) Y / X told Reuters Y / X said in a statement Y / X, a ..., said Y /
                   a poll released in May found Y / voters who saw the ad said Y / an official who
                   was not authorized to speak publicly said Y (the restrictive clause is in the source)
  ``preposed``     Y, X said / "Y," he said / Y, sources say (content before the source) / As X said, Y /
                   Y, the report found / Y, the letter reads (a document source)
  ``inverted``     Y, said X / "Y," said X
  ``according``    according to X, Y / Y, according to X / in a poll by X, Y / Y in X's polls
  ``relative``     X, who said Y / a group that wants Y / X, many of whom say Y (the source is the
                   pronoun; its antecedent X) / the leader that X so admires (the content is "that")
  ``participle``   X did Z, saying Y / footage of X saying Y / with experts offering Y /
                   In defending Y, X ... / a statement announcing Y (a message noun is the source) /
                   X unleashed a series of tweets saying Y (the verb's subject; the cue runs from the verb)
  ``control``      Z forced X to admit Y / Z led X to fear Y (the causative verb's object speaks)
  ``experiencer``  Y worries X / That worries fishermen (the object holds the attitude; the subject is the content)
  ``coordinated``  X has said A but says B / X is gloomy and expects B
  ``passive``      Y, a claim denied by X / Y was reported by X / Y, repeated by X, ... (no source without
                   "by"; without one, a participle set off by commas is no cue: "The report, published
                   on Friday, found Y" is cued by "found")
  ``impersonal``   it is believed Y / Y was seen as Z / it was clear Y / there has been speculation
                   whether Y / X was once asked how Y (no source)
  ``evidential``   X reportedly / allegedly / presumably did Y (an evidential adverb; no source)
  ``purpose``      X took to Twitter to accuse Y / met with Z to discuss Y / held a news conference
                   to announce Y (an infinitive after a channel or meeting verb; X the source)
  ``decline``      X declined to comment / did not respond to requests for comment
  ``question``     Asked about X, ... (a question put to the subject; no source of its own) /
                   when pressed by X about Y (X asks)
  ``nominal``      X's claim that Y / her promise to Y / X's claims about Y / warnings from X that Y /
                   the unions' claim that Y / a Harbour Gazette report that Y (the name modifying the noun) /
                   amid allegations of Y (no source)
  ``headline``     Name: Y (a headline led by a speaker)
  ``speaker``      NAME: Y (a transcript turn, to the next speaker)
  ``dash``         "Y" — Name

Cues inside a quotation are the quoted speaker's own words and are not listed (annotation
schemes for news, e.g. PolNeAR, attribute the quotation as a whole). A content that opens a
quotation the sentence does not close runs on to the sentence that closes it, a quotation
closed here reaches back to its opening, and "“Y1,” he said. “Y2.”" takes Y2 as well; such an
attribution is listed on every sentence its content covers, with the same cue. A cue whose
subject opens another cue's content ("The mayor said the council will announce Y") is the
reported speaker's account, not listed either (PolNeAR annotates the outer attribution); one
set off later in that content is ("X said A, but the engineer said B"). A belief, intention or
other "own framing" cue inside a content is the reported speaker's framing ("she said she
thinks Y") and not listed, unless it heads a clause of the writer's own: a non-restrictive
relative (", which the council accused of Y"), a temporal clause ("after the mayor endorsed
it"), a parenthesis, or the main clause after a fronted adverbial clause ("As X talked about
Y, Z highlighted W"); such a nested attribution is listed after the sentence's main one. A
cue inside the content of an opening "According to X, ..." is part of X's account. Pronoun and
short sources are resolved by :mod:`reader.analysis.sources`.

A cue word is no cue where it reads as something else (no POS tagger: closed word classes and
the words around it decide): a noun ("the most basic question", "details to reporters", "savings
plans that", "no doubt"), the verb of a contact relative clause whose object is the noun before it
("the three checklists I wrote"), a sense that reports nothing ("maintains a program", "called an
emergency meeting", "knows the details", "demonstrated outside"), an act on a plain noun phrase of a
thing with no clause ("revealed the new laptop", "reported spring profits", "offered free
repairs", "found the car in the parking lot"; not "revealed details of", nor after "the study"), a
name for a thing ("Such rot, called dry rot,", "was known as the Great Gale"), an adjective
("a respected trainer", "a charging cable", "Berth C" in a title-case heading), an idiom or a
discourse marker ("You know,", "Words cannot describe"), a light verb whose definite
speech-act noun points back to an act reported elsewhere ("made the comments Friday"), a passive
participle ("veterans invited to participate", "wasn't approved"), or a bare verb continuing an
earlier cue's infinitive ("called on X to stop Y and apologize").

Cost: a regex scan per sentence and a tokenisation of the sentences that have a cue; on
news text about a fifth of the pysbd segmentation time.

Modules, each importing only from those above it in this list:

  ``lexicon``   the cue lexicon (``data/cues.toml``): CueEntry, Lexicon, load_lexicon, the trie regex
  ``spans``     the raw find of a frame (_Raw) and the span helpers every stage uses
  ``phrases``   noun phrases, subjects, appositives, relative and clause verbs around a cue
  ``senses``    the checks that a cue word is no cue here (noun readings, thing objects, headings, ...)
  ``quotes``    quotation marks, continuations over sentences and paragraphs, transcript turns
  ``frames``    _frame (one cue's source and content) and its helpers, headline/speaker/dash shapes
  ``clauses``   the filters and trims run after the frames (nesting, own clauses, fronted clauses, ...)
  ``sentence``  _sentence: one sentence's cues through frames, nominal cues and the filters
  this module   attribute(): the pass over the article, the order of each sentence's attributions
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis import sources as S
from reader.analysis.attribution.clauses import _fronted
from reader.analysis.attribution.lexicon import CueEntry, Lexicon, cue_stance, lexicon, load_lexicon
from reader.analysis.attribution.quotes import quotations
from reader.analysis.attribution.sentence import _sentence
from reader.analysis.attribution.spans import MAX_PAIRWISE, _Raw, _trim
from reader.analysis.model import Attribution, Span
from reader.analysis.sources import _nested

# What other code and the tests import from reader.analysis.attribution, and the lexicon's types.
__all__ = ["CueEntry", "Lexicon", "attribute", "cue_stance", "lexicon", "load_lexicon", "quotations"]


_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
    r"|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+[A-Z][a-z]+"
)


def attribute(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Attribution, ...]]:
    """The attributions of each sentence (start, end), aligned with ``sentences``.

    ``sentences`` cover the article in order, title first. An attribution whose content runs
    over several sentences is listed on each of them (the same record). In each sentence the
    top-level attributions come first, then those reported inside another's content (nested
    speech: "They said the U.S. sought to ..."; a cue in an adverbial clause that opens the
    sentence, "As X talked about Y, Z highlighted W", goes with these), each group in text order.
    """
    lex = lexicon()
    sents = [(max(0, min(s, len(text))), max(0, min(e, len(text)))) for s, e in sentences]
    per: list[list[Attribution]] = [[] for _ in sents]
    quotes = quotations(text)
    # one scan of the whole text for nominal cue nouns, rather than one per sentence
    nominal_at = [m.start() for m in lex.nominal_guard.finditer(text)] if lex.nominal_guard is not None else None
    turn = [0]  # end of the current transcript turn
    for si in range(len(sents)):
        if sents[si][1] <= sents[si][0]:
            continue
        for raw in _sentence(text, sents, si, lex, quotes, turn, nominal_at):
            att = _record(text, sents, si, raw)
            if att is None:
                continue
            per[si].append(att)
            for sj in _covered(sents, si, att.content):
                per[sj].append(att)
    ordered = [
        tuple(sorted(set(a), key=lambda x: (len(a) <= MAX_PAIRWISE and (_nested(x, a) or _fronted(text, se, x, a)),
                                            x.cue.start, x.cue.end)))
        for a, se in zip(per, sents)
    ]
    names = [Span(m.start(), m.end()) for m in _NAME.finditer(text)] if any(ordered) else []
    return S.resolve(text, ordered, names)


def _record(text: str, sents: Sequence[tuple[int, int]], si: int, raw: _Raw) -> Attribution | None:
    s, e = sents[si]
    if not (s <= raw.cue.start < raw.cue.end <= e):
        return None
    source = raw.source
    if source is not None:
        source = _trim(text, source.start, source.end, lead=" ,", trail=" ,")
    if source is not None and not (s <= source.start < source.end <= e):
        source = None
    n = len(text)
    content = tuple(
        sorted({c for c in raw.content if c is not None and 0 <= c.start < c.end <= n}, key=lambda c: c.start)
    )
    ant = raw.antecedent if raw.antecedent and 0 <= raw.antecedent.start < raw.antecedent.end <= n else None
    return Attribution(cue=raw.cue, source=source, content=content, cue_group=raw.group,
                       antecedent=ant, rule=raw.rule)


def _covered(sents: Sequence[tuple[int, int]], si: int, content: tuple[Span, ...]) -> list[int]:
    """Other sentences (not si) that the content overlaps."""
    out = []
    for c in content:
        j = si - 1
        while j >= 0 and sents[j][1] > c.start:
            if sents[j][0] < c.end:
                out.append(j)
            j -= 1
        j = si + 1
        while j < len(sents) and sents[j][0] < c.end:
            if sents[j][1] > c.start:
                out.append(j)
            j += 1
    return sorted(set(out) - {si})
