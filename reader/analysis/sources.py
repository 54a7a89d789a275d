"""Sources: noun-phrase chunking, source kinds, and pronoun / short-reference resolution.

A source is the noun phrase of who says something ("a senior Lebanese political source and
a senior diplomat", "Mikati's office", "The U.S. embassy in Beirut"). No tagger model is
used: news sources are mostly capitalised names, determiner phrases and pronouns, and a
closed-class word list plus capitalisation chunks them well enough, at regex speed.

Resolution links a pronoun or a short definite reference ("They", "It", "the sources",
"the official", "the group") to the earlier full mention it stands for, so the side panel
can show who "they" are; the rule is explainable (nearest earlier compatible mention).

Kinds, decided here: an unnamed spokesperson of a named or definite body ("a police spokesman",
"a spokeswoman for the ministry") is the body, kind ``organisation``, since a spokesperson gives
the body's position; a source whose name is withheld ("who asked not to be named", "speaking on
condition of anonymity", "not authorised to speak publicly") is ``anonymous`` whatever its head
noun, and that outranks the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from reader.analysis.model import Attribution, SourceKind, Span

#: Pairwise checks between the attributions of one sentence (nesting, reporting clauses) are
#: skipped past this many: only a pathological "sentence" has so many, and they are quadratic.
MAX_PAIRWISE = 40

# ---------------------------------------------------------------- tokens

#: Words (with inner apostrophes, dots, hyphens: "Mikati's", "U.S", "Iran-backed"),
#: numbers with thousands separators, and single non-space characters.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[^\W_](?:[\w’'\-&./]*[^\W_])?(?:(?<=s)['’](?!\w))?|''|\S")


class Token(NamedTuple):
    """A token with absolute offsets (a named tuple: cheap to build, one per word)."""

    text: str
    start: int
    end: int
    lower: str
    word: bool  # starts with a letter or digit
    cap: bool  # starts with an upper-case letter


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end] with absolute offsets."""
    new = tuple.__new__  # a named tuple's own __new__ is a Python-level call: a third slower
    return [
        new(Token, (t, s, e, t.lower(), t[0].isalnum(), t[0].isupper()))
        for m in _TOKEN.finditer(text, start, end)
        for t, (s, e) in ((m.group(), m.span()),)
    ]


# ---------------------------------------------------------------- word classes

DETERMINERS = frozenset(
    "the a an this these those that some many several other another both all most few each every "
    "any no one two three four five six seven eight nine ten dozens hundreds thousands millions "
    "more fewer such".split()
)
POSSESSIVES = frozenset("his her their its our my your whose".split())
SUBJECT_PRONOUNS = frozenset("he she they it we i you who which that one".split())
#: Words that end a noun phrase when met: clause words, auxiliaries, negation.
CLAUSE_WORDS = frozenset(
    "that which who whom whose because but while when whenever if although though since so than where "
    "whereas whether unless until yet nor then however therefore also meanwhile instead still even "
    "just already".split()
)
AUXILIARIES = frozenset(
    "is are was were be been being am has have had having do does did will would shall should can could "
    "may might must not n't never isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't "
    "won't wouldn't can't couldn't shouldn't isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t don’t "
    "doesn’t didn’t won’t wouldn’t can’t couldn’t shouldn’t 's ’s".split()
)
OBJECT_PRONOUNS = frozenset("him her them me us it you reporters journalists".split())
#: Prepositions that may sit inside a noun phrase ("the embassy in Beirut", "a spokesman for").
NP_PREPOSITIONS = frozenset("of for in at from with".split())
PREPOSITIONS = frozenset(
    "of for in at from with on to by about over under after before during since into onto upon "
    "against among between through throughout toward towards without within across behind".split()
)
TITLES = frozenset(
    "mr mrs ms dr sen rep gov gen lt col capt sgt prof rev st jr sr messrs mt ft gens reps sens".split()
)
ADVERBS = frozenset(
    "also later earlier previously again then now once first further often repeatedly recently "
    "publicly privately still just already even never reportedly separately however too "
    "initially immediately originally long yesterday today tonight frequently almost nearly together always "
    "sometimes usually ever soon twice finally quickly apparently actually".split()
)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

#: An adjunct after the source that is not part of it: "Mikati's office in a statement to Reuters".
_ADJUNCT = re.compile(
    r"\s*,?\s+(?:(?:in|on|via|through|during|at|with)\s+(?:a|an|the|his|her|their|its|our)\s+"
    r"(?:(?:written|joint|brief|short|separate|new|televised|recent|radio|phone|telephone|TV|television|"
    r"email|e-mail|emailed|press|news|prepared|lengthy|exclusive)\s+)*"
    r"(?:statement|interview|letter|tweet|post|email|e-mail|speech|op-ed|release|memo|briefing|"
    r"conference|call|appearance|video|remarks|hearing|rally|filing|message|note|report|spokes\w+)"
    r"|(?:on|in)\s+(?:Twitter|Facebook|X|Instagram|television|TV|radio|CNN|Fox|MSNBC|NBC|CBS|ABC)\b"
    rf"|(?:on|last|this|early|late|next)\s+(?:{WEEKDAYS}|week|month|year|night|morning)\b"
    rf"|(?:{WEEKDAYS})\b|(?:in|on)\s+(?:{MONTHS})\b|through\s+(?:a|an|his|her|their)\s+"
    r"|(?:earlier|later|previously|recently)\b)"
)

_ORG_WORDS = frozenset(
    "office embassy ministry department government administration agency company group party campaign "
    "committee council commission court police army military forces force board bank fund union "
    "association organization organisation institute university college school newspaper network "
    "times post journal news reuters ap afp bloomberg cnn bbc nbc abc cbs fox msnbc politico guardian "
    "tribune herald telegraph gazette globe observer independent economist chronicle inquirer "
    "house senate congress parliament cabinet white kremlin pentagon fbi cia nato un eu who "
    "corporation corp inc ltd firm team club coalition alliance movement foundation center centre "
    "service services authority authorities bureau directorate secretariat presidency palace "
    "hezbollah hamas taliban iaea opec imf fed state states city county province".split()
)
_DOCUMENT_WORDS = frozenset(
    "statement report study survey poll polls data document documents letter memo filing filings record "
    "records analysis review audit paper email emails e-mail release transcript book article editorial "
    "video footage tweet post website figures estimates research findings results complaint lawsuit "
    "indictment ruling order bill law court-filing census ad ads spot commercial film documentary "
    "transcript brief headline caption banner placard inscription".split()
)
_ANONYMOUS_HEADS = frozenset(
    "source sources official officials diplomat diplomats spokesman spokeswoman spokesperson "
    "person people aide aides adviser advisers advisor advisors insider insiders analyst analysts "
    "expert experts observer observers critic critics witness witnesses resident residents "
    "lawmaker lawmakers executive executives member members staffer staffers employee employees "
    "minister ministers envoy leader leaders negotiator negotiators investigator investigators "
    "officer officers supporter supporters opponent opponents voter voters economist economists "
    "scientist scientists researcher researchers activist activists someone anyone many some others".split()
)
_ROLE_HEADS = frozenset(
    "lawyer lawyers attorney attorneys director chairman chairwoman professor economist writer reporter "
    "author candidate nominee president secretary senator governor chief head manager founder partner "
    "correspondent columnist editor analyst fellow scholar physician doctor judge mayor general man woman "
    "father mother son daughter wife husband friend neighbor colleague official".split()
)
_PERSON_TITLES = frozenset(
    "mr mrs ms dr sen rep gov gen president senator governor representative minister secretary "
    "judge justice mayor prime chancellor king queen prince pope ambassador envoy speaker chief "
    "director chairman chairwoman ceo candidate nominee general colonel captain professor".split()
)
_PLURAL_PRONOUN = frozenset(("they", "we"))
_PERSON_PRONOUN = frozenset(("he", "she", "i"))


def source_kind(phrase: str) -> SourceKind:
    """What kind of source a noun phrase names (before resolution; pronouns are 'unknown')."""
    parts = phrase.split(", ")
    if len(parts) == 2 and not any(w[:1].isupper() for w in parts[0].split()[1:]) \
            and parts[1].split() and all(w[:1].isupper() for w in parts[1].split()):
        # "one shop owner, Maria Lopez": a description, then the person's name ("the group, Hamas": the body)
        first = source_kind(parts[0])
        return first if first in ("organisation", "document") else "person"
    phrase = parts[0]  # "Kerr Putney, the police chief": the head before an appositive
    words = [w.strip(".,’'\"“”()") for w in phrase.split()]
    words = [w for w in words if w]
    if not words:
        return "unknown"
    lowers = [w.lower().removesuffix("’s").removesuffix("'s") for w in words]
    if len(words) == 1 and lowers[0] in SUBJECT_PRONOUNS:
        return "unknown"
    head = _head(lowers)
    # "the Pentagon report" is the Pentagon's word; "a report by the state agency" is a document
    # (its author phrase after the head does not make it an organisation)
    before_head = lowers[: lowers.index(head)] if head in lowers else lowers[:-1]
    if head in _DOCUMENT_WORDS and not any(w in _ORG_WORDS for w in before_head if w != head):
        return "document"
    caps = [w for w, lw in zip(words, lowers) if w[0].isupper() and lw not in DETERMINERS]
    head_word = next((w for w, lw in zip(words, lowers) if lw == head), head)
    if len(words) >= 3 and words[-1][:1].isupper() and words[-2][:1].isupper() and lowers[-3] in _SPOKES:
        return "person"  # "Kremlin spokesman Dmitry Peskov": a named spokesman
    if head in _SPOKES and _speaks_for_a_body(words, lowers, head):
        return "organisation"  # "a police spokesman", "a spokeswoman for the ministry": the body speaks
    if (head in _ANONYMOUS_HEADS or head in _ROLE_HEADS) and lowers[0] in DETERMINERS | POSSESSIVES \
            and not head_word[:1].isupper():
        return "anonymous"  # "a lawyer for the Harbour Trust", "the official": a role, not a name
    if head in _ORG_WORDS or any(lw in _ORG_WORDS for lw in lowers if lw not in ("state", "states", "white")):
        return "organisation"
    if caps:
        if any(lw.rstrip(".") in _PERSON_TITLES for lw in lowers) or len(caps) >= 1:
            if len(caps) == 1 and caps[0].isupper() and len(caps[0].replace(".", "")) > 1:
                return "organisation"  # an acronym: NATO, FBI
            if head in _ANONYMOUS_HEADS and not any(w[0].isupper() for w in words[-1:]):
                return "anonymous" if lowers[0] in DETERMINERS else "person"
            return "person"
    if head in _ANONYMOUS_HEADS or head.endswith(("ers", "ists", "ians")):
        return "anonymous"
    return "unknown"


#: A spokesperson's words are the position of the body it speaks for.
_SPOKES = frozenset(
    "spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople spokespersons".split()
)


def _speaks_for_a_body(words: list[str], lowers: list[str], head: str) -> bool:
    """Is an unnamed spokesperson tied to a named or definite body? "A city spokeswoman", "a police
    spokesman", "an Acme spokesperson", "a spokesman for the ministry", "a spokeswoman for Acme".

    Such a source is kind 'organisation' (the body), not 'anonymous': a spokesperson is paid to give
    the body's position, so who the body is tells the reader what the words are worth, and that is
    checkable; the person's name adds little. A bare "a spokesman" (no body) stays anonymous, and a
    named one ("Kremlin spokesman Dmitry Peskov") is a person (his name is the head)."""
    h = lowers.index(head)
    before = [(w, lw) for w, lw in zip(words[:h], lowers[:h]) if lw not in DETERMINERS and lw not in POSSESSIVES]
    if any(w[:1].isupper() or lw in _ORG_WORDS for w, lw in before):
        return True
    after = list(zip(words[h + 1 :], lowers[h + 1 :]))
    if after and after[0][1] in ("for", "of", "at", "with"):
        rest = after[1:]
        caps = [w for w, lw in rest if w[:1].isupper() and lw not in DETERMINERS]
        if len(caps) >= 2 and not any(lw in _ORG_WORDS for _, lw in rest) \
                and source_kind(" ".join(w for w, _ in rest)) == "person":
            return False  # "a spokeswoman for Ana Ortiz": a person's spokeswoman, not a body's
        return any(w[:1].isupper() or lw in _ORG_WORDS or lw in ("the", "its", "their") for w, lw in rest)
    return False


def _head(lowers: list[str]) -> str:
    """The head word: the last word before an 'of'/'for'/'in' phrase, else the last word."""
    for i, w in enumerate(lowers):
        if i and w in ("of", "for", "in", "at", "from", "with", "on", "to", "and", "who", "by"):
            j = i - 1
            while j > 0 and lowers[j] in ("familiar", "close", "knowledgeable", "involved", "briefed", "aware", "loyal"):
                j -= 1
            return lowers[j]
    return lowers[-1]


# ---------------------------------------------------------------- anonymity

#: What a reporter writes of a source whose name is withheld: "who asked not to be named",
#: "speaking on condition of anonymity", "was not authorised to speak publicly",
#: "declined to be identified". Such a source is anonymous whatever its head noun
#: ("Grant's deputy", "a senior Acme engineer"): the reader cannot check who it is.
_ANONYMITY = re.compile(
    r"\b(?:(?:asked|requested|agreed|insisted|declined|refused)\s+(?:not\s+)?(?:to\s+)?(?:be\s+|on\s+)?"
    r"(?:named|identified|anonymity|quoted\s+by\s+name)"
    r"|(?:asked|requested|sought|was\s+granted|were\s+granted|given|granted)\s+anonymity"
    r"|(?:on|under)\s+(?:the\s+)?(?:condition|terms|promise|basis)\s+(?:of|that)\s+(?:anonymity|\w+\s+not\s+be\s+"
    r"(?:named|identified))"
    r"|(?:spoke|speaking|spoken|talking|talked)\s+anonymously"
    r"|(?:not|n[’']t|un)\s*authori[sz]ed\s+to\s+(?:speak|talk|comment|discuss|be\s+quoted|brief))",
    re.I,
)
#: Where the phrase about the source stops: the end of a sentence.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s|$)")


def _named(phrase: str) -> bool:
    """Does the phrase end in a name ("Ana Ortiz", "the mayor, Ana Ortiz")? A named source is not
    anonymous whatever is said of it; a role ("Grant's deputy", "a senior Acme engineer") may be."""
    words = phrase.rsplit(", ", 1)[-1].split()
    return bool(words) and words[-1][:1].isupper() and words[0].lower() not in DETERMINERS


#: What sets a phrase off right after a source: a comma, a bracket, a dash, a relative "who".
_SET_OFF = re.compile(r"\s*(?:[,(—–]\s*|-{1,2}\s*)?(?:who\b|speaking\b|on\b|under\b)?")


def anonymity_at(text: str, after: int, cue: Span, reach: int = 220) -> bool:
    """Does a phrase set off right after the source (from ``after``) say its name is withheld?

    The phrase must open at the source: a comma, a dash or a relative "who" ("Grant's deputy, who
    asked not to be named, said"; "said an engineer who was not authorised to speak publicly").
    It runs to the cue when the cue follows the source, else to the end of the sentence."""
    m = _SET_OFF.match(text[after : after + 40])
    if m is None or not m.group().strip():
        return False  # nothing sets a phrase off: "A source said the plan ..." is judged by its noun
    stop = cue.start if cue.start > after else min(len(text), after + reach)
    end = _SENTENCE_END.search(text, after, stop)
    return _ANONYMITY.search(text, after, end.start() if end else stop) is not None


# ---------------------------------------------------------------- resolution

#: Nouns that, after "the", only ever point back ("the company", "the official"): never an
#: antecedent themselves.
_BARE_REFERENCES = frozenset(
    "company group firm agency organization organisation official source spokesman spokeswoman "
    "spokesperson man woman person report statement newspaper paper outlet network".split()
)
_GENERIC_ORGS = frozenset("police government authorities officials army military court congress state".split())
_SHORT_REF = re.compile(
    r"^(?:the|that|this|these|those)\s+(?:(?:same|two|three|latter|former|senior|u\.s\.|[a-z]+)\s+)?"
    r"([a-z]+)$",
    re.I,
)


def is_reference(phrase: str) -> bool:
    """A pronoun or a short definite reference that needs an antecedent."""
    p = phrase.strip().lower()
    return p in SUBJECT_PRONOUNS or bool(_SHORT_REF.match(p)) and not any(c.isupper() for c in phrase[1:])


def _stem(word: str) -> str:
    w = word.lower()
    for suf in ("men", "women"):
        if w.endswith(suf):
            return w[: -len(suf)] + "man"
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


@dataclass(frozen=True, slots=True)
class _Mention:
    span: Span
    phrase: str
    kind: SourceKind
    plural: bool
    stems: frozenset[str]


_MENTION_WORD = re.compile(r"[\w’'.-]+")


def _mention(text: str, span: Span, kind: SourceKind) -> _Mention:
    phrase = text[span.start : span.end]
    words = _MENTION_WORD.findall(phrase.lower())
    head = _head([w.removesuffix("’s").removesuffix("'s") for w in words]) if words else ""
    plural = " and " in phrase or (head.endswith("s") and not head.endswith("ss") and kind != "person")
    return _Mention(span, phrase, kind, plural, frozenset(_stem(w) for w in words))


def _compatible(ref: str, m: _Mention) -> bool:
    r = ref.strip().lower()
    if r in _PERSON_PRONOUN:  # a body's spokesman is still a "he"
        return m.kind == "person" or (m.kind == "anonymous" and not m.plural) or bool(m.stems & _SPOKES)
    if r in _PLURAL_PRONOUN:
        return m.plural or m.kind == "organisation"
    if r == "it":
        return m.kind in ("organisation", "document") and not m.plural
    if r in ("who",):
        return m.kind in ("person", "anonymous", "organisation")
    if r in ("which", "that", "one"):
        return m.kind != "unknown"
    short = _SHORT_REF.match(r)
    if short:
        noun = _stem(short.group(1))
        if noun in m.stems:
            return True
        if noun in ("group", "company", "agency", "organization", "organisation", "ministry", "party",
                    "campaign", "government", "administration", "office", "firm", "network", "newspaper",
                    "paper", "outlet", "militia", "movement"):
            # a named organisation: "Acme Corp said ... The company declined", not "Police said"
            return m.kind == "organisation" and any(
                w[:1].isupper() and w.lower() not in _GENERIC_ORGS for w in m.phrase.split()[1:] + m.phrase.split()[:1]
                if w.lower() not in DETERMINERS)
        if noun in ("report", "statement", "study", "poll", "survey", "document", "letter", "memo"):
            return m.kind == "document"
        if noun in ("man", "woman", "official", "spokesman", "spokeswoman", "president", "senator", "candidate",
                    "minister", "diplomat", "source", "lawmaker", "congressman", "congresswoman", "nominee"):
            return m.kind in ("person", "anonymous")
    return False


def resolve(text: str, per_sentence: Sequence[tuple[Attribution, ...]],
            names: Sequence[Span] = ()) -> list[tuple[Attribution, ...]]:
    """Give every attribution its source kind, and pronouns / short references their antecedent.

    The antecedent is the nearest earlier full source mention that is compatible (he/she: a
    person; they: a plural or an organisation; it: an organisation or a document; "the
    sources": a mention whose words include "source"). ``names`` are capitalised name spans
    seen in the text, used for he/she when no attribution named a person yet.
    """
    history: list[_Mention] = []
    seen: dict[tuple[int, int], Attribution] = {}
    out: list[tuple[Attribution, ...]] = []
    name_list = sorted(names, key=lambda s: s.start)
    for atts in per_sentence:
        new: list[Attribution] = []
        for a in atts:
            # a cue inside another attribution's content is reported speech within speech:
            # its source is not what a later "it" or "they" refers to
            nested = len(atts) <= MAX_PAIRWISE and _nested(a, atts)
            key = (a.cue.start, a.cue.end)
            if key in seen:
                new.append(seen[key])
                continue
            res = a
            if a.source is not None:
                phrase = text[a.source.start : a.source.end]
                if a.antecedent is not None:  # set by the frame ("who" after a name)
                    ant = text[a.antecedent.start : a.antecedent.end]
                    res = replace(a, source_kind=source_kind(ant))
                elif is_reference(phrase):
                    m = _find(phrase, history, a.source.start)
                    if m is None and phrase.strip().lower() in _PERSON_PRONOUN:
                        m = _last_name(text, name_list, a.source.start)
                    if m is not None:
                        res = replace(a, antecedent=m.span, source_kind=m.kind)
                    else:
                        low = phrase.strip().lower()
                        kind: SourceKind = "person" if low in _PERSON_PRONOUN else source_kind(phrase)
                        res = replace(a, source_kind=kind)
                        short = _SHORT_REF.match(low)
                        if kind != "unknown" and not nested and short and _stem(short.group(1)) not in _BARE_REFERENCES:
                            # "The harbour board" with nothing before it is a first full mention
                            history.append(_mention(text, a.source, kind))
                else:
                    kind = "person" if a.rule == "speaker" else source_kind(phrase)
                    if kind not in ("anonymous", "document") and a.rule != "speaker" and not _named(phrase) \
                            and (_ANONYMITY.search(phrase) or anonymity_at(text, a.source.end, a.cue)):
                        kind = "anonymous"
                    res = replace(a, source_kind=kind)
                    if not nested:
                        history.append(_mention(text, a.source, kind))
            seen[key] = res
            new.append(res)
        out.append(tuple(new))
    return out


def _within(span: Span, content: Sequence[Span]) -> bool:
    """Does ``span`` start inside one of the ``content`` spans?"""
    return any(c.start <= span.start < c.end for c in content)


def _nested(a: Attribution, others: Sequence[Attribution]) -> bool:
    """Reported within another attribution's content ("They said the harbour master sought to ..."):
    a's cue lies in b's content, and b's cue not in a's."""
    return any(b is not a and _within(a.cue, b.content) and not _within(b.cue, a.content) for b in others)


def _find(phrase: str, history: list[_Mention], before: int) -> _Mention | None:
    short = _SHORT_REF.match(phrase.strip().lower())
    if short:  # "the sources" -> the nearest mention with the word "source" first
        noun = _stem(short.group(1))
        for m in reversed(history):
            if m.span.start < before and noun in m.stems:
                return m
    for m in reversed(history):
        if m.span.start < before and _compatible(phrase, m):
            return m
    return None


def _last_name(text: str, names: list[Span], before: int) -> _Mention | None:
    best = None
    for span in names:
        if span.end > before:
            break
        best = span
    if best is None:
        return None
    return _mention(text, best, "person")
