"""The checks that a cue word is no cue here: a noun reading ("the most basic question"), an
act on a plain noun phrase of a thing ("revealed the new laptop"), a name for a thing, a
heading, an attributive or adjectival participle, an object gap, and the like.
"""

from __future__ import annotations

import re

from reader.analysis import sources as S
from reader.analysis.attribution.lexicon import CueEntry, Lexicon, lexicon
from reader.analysis.attribution.phrases import (
    _adverb_ly, _BE, _clause_verb, _CLOSE_QUOTES, _closing_np, _finite_tense, _LY_NOUNS, _NEGATION, _QUOTE_MARKS,
    _right_np, _RR_OPENERS, _TIME_WORD,
)
from reader.analysis.attribution.spans import _sp
from reader.analysis.model import Span
from reader.analysis.sources import Token


def _plain_object(toks: list[Token], i: int, end: int, verbs: frozenset[str]) -> bool:
    """Is token i the start of a lower-case noun phrase that is the verb's whole object, with no
    clause of its own after it ("added x-braces.", "added a layer of foam to the seat")? Not when a
    verb follows it ("added the plan would fail": a clause without "that")."""
    t = toks[i]
    if t.cap or t.lower in S.SUBJECT_PRONOUNS or t.lower in _CLAUSE_OPENERS or t.lower in S.PREPOSITIONS \
            or t.lower in S.CLAUSE_WORDS or t.lower in S.AUXILIARIES:
        return False
    if t.lower in S.ADVERBS or t.lower in ("later", "then", "again", "quickly") or _TIME_WORD.fullmatch(t.text):
        return False  # "adding later, “...”"
    np_ = _right_np(toks, i, end, verbs)
    if np_ is None or any(toks[m].lower in _SPEECH_NOUNS for m in range(np_[0], np_[1] + 1)):
        return False  # "added a note of caution", "added the words, ...": what was said
    after = np_[1] + 1
    return after >= end or not toks[after].word and toks[after].text not in "“\"‘':" \
        and not (toks[after].text == "," and after + 1 < end and not toks[after + 1].word) \
        or toks[after].lower in S.PREPOSITIONS or toks[after].lower in ("and", "or")


def _thing_object(toks: list[Token], i: int, end: int, verbs: frozenset[str], lemma: str) -> bool:
    """Is token i the start of a plain noun phrase object naming a thing, a number or money, with
    no clause after it ("revealed the new laptop on Tuesday", "analyzed billions of ad units",
    "reported spring profits", "offered free repairs")? Then a verb of revealing, reporting
    or offering does an act and reports no proposition. Not with a noun of something said or
    known as the object ("revealed details of", "reported the story", "offered advice"), nor a
    small clause ("rated it as", "showed it to be") or a clause without "that". "Find" and
    "discover" are physical only with a place or a state after the object ("found the car in
    the parking lot", "found her buried in a basket"): "a study found 31 incidents" is a finding."""
    if toks[i].lower in _WH_WORDS or toks[i].lower == "as" \
            or any(_clause_verb(toks, m, end) is not None for m in range(i, min(i + 3, end))):
        return False  # "revealing how Y", "learned about 100 people view it": a clause; "identify as X"
    if lemma in _FIND_LEMMAS and toks[i].lower in S.OBJECT_PRONOUNS and i + 1 < end:
        return _found_in_place(toks, i + 1, end)
    if lemma in _FIND_LEMMAS:
        # the object up to a place or a state: "the suspect's car | in the parking lot"
        m = i
        while m < end and m - i < 6 and toks[m].word and toks[m].lower not in verbs \
                and not _found_in_place(toks, m, end):
            m += 1
        return i < m < end and toks[i].lower not in S.SUBJECT_PRONOUNS and _found_in_place(toks, m, end) \
            and not any(toks[k].lower in _PROPOSITION_NOUNS for k in range(i, m))
    if lemma in _MAKING_LEMMAS:
        np_ = _right_np(toks, i, end, verbs)
        if toks[i].lower in ("back", "down", "up", "off", "in", "out") or np_ is None \
                or any(toks[m].cap or toks[m].lower in _TEXT_NOUNS for m in range(np_[0], np_[1] + 1)):
            return False  # "wrote back", "writes the Harbour Gazette", "wrote his memoir": a reply, a source, a text
    if lemma == "learn" and toks[i].lower not in _OBJECT_DETERMINERS:
        return False  # "learned some 40 anglers read her column": often a clause without "that"
    rel = _right_np(toks, i, end, verbs)
    if rel is not None and rel[1] + 2 < end and toks[rel[1] + 1].lower in ("that", "which") \
            and (toks[rel[1] + 2].lower in S.AUXILIARIES or toks[rel[1] + 2].lower.endswith("ed")) \
            and not toks[i].cap and toks[i].lower not in S.OBJECT_PRONOUNS \
            and not any(toks[m].lower in _PROPOSITION_NOUNS for m in range(rel[0], rel[1] + 1)):
        return True  # "reported spring profits that topped last year's": a relative clause on the thing
    if not _plain_object(toks, i, end, verbs):
        np_ = _right_np(toks, i, end, verbs)
        return lemma == "offer" and np_ is not None and np_[1] + 1 < end \
            and toks[np_[1] + 1].lower in _OBJECT_DETERMINERS and _thing_object(toks, np_[1] + 1, end, verbs, lemma)
        # "offering members a free gift card": a hearer, then the thing offered
    np_ = _right_np(toks, i, end, verbs)
    if np_ is None or toks[np_[0]].lower in S.OBJECT_PRONOUNS:
        return False  # "reported it": the pronoun may stand for what was said
    if any(toks[m].lower in _PROPOSITION_NOUNS for m in range(np_[0], np_[1] + 1)):
        return False
    m = np_[1] + 1
    while m < end and m - i < 10 and toks[m].word:
        if toks[m].lower in verbs and not toks[m].cap and toks[m - 1].lower not in S.DETERMINERS \
                and toks[m - 1].lower not in S.POSSESSIVES:
            return False  # "learned some 40 anglers read her column": a clause without "that"
        m += 1
    after = np_[1] + 1
    return not (after < end and (toks[after].lower in ("as", "about", "that")
                                 or toks[after].lower == "to" and after + 1 < end and toks[after + 1].lower == "be"))


_FIND_LEMMAS = frozenset(("find", "discover"))
#: Verbs that make a text or a plan: with a plain lower-case object they make a thing ("writing
#: custom apps", "outline the approach"); a named object may be an inverted source instead.
_MAKING_LEMMAS = frozenset(("write", "outline"))
#: Texts: whoever writes one speaks through it ("wrote his memoir", "has written letters for them").
_TEXT_NOUNS = frozenset("book books letter letters column columns article articles essay essays memo memos "
                        "memoir memoirs post posts blog op-ed op-eds email emails note notes piece pieces "
                        "paper papers report reports review reviews statement statements editorial "
                        "editorials handbook handbooks tweet tweets message messages story stories".split())
#: Prepositions of place: after "found X" they say where a thing or a person was found.
_FOUND_PLACES = frozenset("in inside at near under underneath behind outside beside on along beneath".split())
#: States a found person or thing is in ("found him dead", "found the dog wandering the streets").
_FOUND_STATES = frozenset("dead alive unconscious unresponsive lying sitting hiding wandering floating "
                          "stuck trapped injured".split())


def _found_in_place(toks: list[Token], i: int, end: int) -> bool:
    """Does token i, right after the object of "find", say where or in what physical state the
    object was found ("in the parking lot", "buried in a basket", "dead")?"""
    w = toks[i].lower
    if w in _FOUND_PLACES or w in _FOUND_STATES:
        return True
    return w.endswith(("ed", "en")) and not toks[i].cap and i + 1 < end and toks[i + 1].lower in _FOUND_PLACES


#: Nouns of what is known or claimed: as a verb's object they are a proposition ("revealed details
#: of the plan", "reported the story", "offered advice", "reported a link between").
_PROPOSITION_NOUNS = frozenset(
    "evidence proof sign signs indication indications link links connection connections details detail "
    "information fact facts truth results result findings finding answer answers reason reasons cause "
    "causes problem problems flaw flaws error errors mistake mistakes lack absence need support opposition "
    "interest concern concerns doubt doubts plan plans intention intentions story stories news report reports "
    "analysis assessment assessments advice insight insights opinion opinions view views explanation "
    "account statement statements criticism argument arguments idea ideas suggestion suggestions proposal "
    "proposals prediction predictions estimate estimates figures guidance apology condolences example examples "
    "case cases".split())


#: Nouns of speech: as a verb's object they are what was said ("added a caveat", "added the words").
_SPEECH_NOUNS = frozenset("note caveat caution warning comment comments word words remark remarks thought "
                          "thoughts line lines quip point detail details message".split())


def _name_then_verb(toks: list[Token], i: int, end: int) -> bool:
    """Is the run of capitalised words at token i followed by a preposition, an auxiliary or a verb
    with its object ("a spec called PD for ...", "an app called Tidy sorts your photos", "a virus
    called blight has spread")? Then "called" names a thing; after "called Alder weak", "called the
    Greens hypocrites" the words are what was called."""
    m = i
    while m < end and (toks[m].cap and toks[m].word or toks[m].text in "-&" and m > i):
        m += 1
    if m == i or m >= end or not toks[m].word:
        return False
    w = toks[m].lower
    if w in S.PREPOSITIONS or w in S.AUXILIARIES:
        return True
    return w.endswith("s") and not w.endswith(("ss", "us", "is")) and m + 1 < end and (
        toks[m + 1].lower in S.DETERMINERS or toks[m + 1].lower in S.POSSESSIVES or toks[m + 1].lower in S.OBJECT_PRONOUNS)


#: Count words: after one an -ly word (not a known -ly noun) is an adverb: "two highly critical reports".
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many few".split())
#: What opens a plain noun phrase object (not "that", which may open a clause).
_OBJECT_DETERMINERS = frozenset(
    "a an the this these those his her their its our my your some any every each another".split())
#: Words that may stand right before a clause's subject pronoun and are no noun: clause openers,
#: function words, adverbs. A free relative ("what I always knew") may be reported content: kept.
_BEFORE_CLAUSE = (S.CLAUSE_WORDS | S.AUXILIARIES | S.PREPOSITIONS | S.DETERMINERS | S.POSSESSIVES | S.ADVERBS
                  | frozenset("and or nor as once unless till after before how why when where whom here there "
                              "now today tomorrow yesterday perhaps maybe indeed what whatever whichever forward "
                              "back ahead away home abroad otherwise alone".split()))
_OBJECT_GAP_PRONOUNS = frozenset(("he", "she", "they", "we", "i", "you", "it"))
#: Nouns of time that head a relative of time, not of object ("the day he said ...").
#: Words that open an adverbial or a new clause right after a verb: after "the tale he wrote" they
#: show the verb has no object of its own ("the tale he wrote where the ferry sinks").
_AFTER_GAP = frozenset("where when while whereas because since before after until and but or so".split())
_WHEN_NOUNS = frozenset("day days moment moments time times hour minute second instant night week year".split())


#: Frequent irregular verbs that do not end in -ed: with the lexicon's forms, enough to tell a
#: clause that already has its verb ("got tickets in the mail they ...").
_COMMON_VERBS = frozenset(
    "get gets got gotten make makes made take takes took taken give gives gave given read put puts see sees saw "
    "seen keep keeps kept hold holds held bring brings brought leave leaves left pay pays paid build builds built "
    "buy buys bought sell sells sold win wins won lose loses lost meet meets met run runs ran".split())
_CLAUSE_PUNCT = frozenset(",;:—–―()“”\"")


def _verb_before(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Has the clause that token j ends in a verb before it? A noun after its clause's verb
    ("read the three checklists | I wrote") can head a relative clause; a noun in a leading adjunct
    before any verb ("In an interview with a radio station | she blasted") cannot."""
    for m in range(j - 1, -1, -1):
        t = toks[m]
        if t.text in _CLAUSE_PUNCT:
            return False
        lw = t.lower
        if lw in S.AUXILIARIES or lw in lex.verb_forms or lw in lex.forms and not t.cap or lw in _COMMON_VERBS \
                or not t.cap and len(lw) > 4 and lw.endswith("ed") \
                or lw == "to" and m + 1 < j and toks[m + 1].word and not toks[m + 1].cap \
                and toks[m + 1].lower not in S.DETERMINERS and toks[m + 1].lower not in S.POSSESSIVES:
            return True
    return False


def _object_relative_name(toks: list[Token], i: int, j: int, lex: Lexicon) -> int | None:
    """Is the noun phrase from token i to j, right before the cue, a noun with a contact object
    relative whose subject is a name ("was a prospect Ortiz denied", "the toll Alder proposed")?
    Then the name is the one who speaks (its first token is returned), the noun is what was said.
    Only after a verb of the same clause: at a clause start "the harbour master Ana Ortiz said"
    is a title before a name."""
    if j - i < 2 or toks[i].lower not in _OBJECT_DETERMINERS or not toks[j].cap:
        return None
    m = j
    while m > i and toks[m].cap and toks[m].word:
        m -= 1
    if m == j or m <= i or toks[m].cap or not toks[m].word or not toks[m].lower.isalpha() \
            or toks[m].lower in S.PREPOSITIONS or toks[m].lower in S.CLAUSE_WORDS or toks[m].lower.endswith("s"):
        return None  # "the Alder Harbour Trust said", "a group of Alder residents", "leaders Ortiz"
    if any(not toks[x].word or toks[x].cap for x in range(i + 1, m)):
        return None
    if i > 0 and (toks[i - 1].lower in lex.verb_forms or toks[i - 1].lower in lex.forms):
        return None  # "said the economist Ana Ortiz had warned": a clause without "that", a titled subject
    return m + 1 if _verb_before(toks, i, lex) else None


_CLAUSE_VERBS = S.AUXILIARIES - frozenset(("not", "n't", "never"))


def _title_heading(text: str, start: int, end: int) -> bool:
    """Is the sentence a title-case heading: no closing punctuation and most of its words
    capitalised ("Weekly Tide Table for Berth C")?"""
    body = text[start:end].rstrip()
    if not body or body[-1] in ".!?\"”’:;,":
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", body) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _heading_noun_end(toks: list[Token], i: int) -> bool:
    """After a noun-like cue in a heading, does the noun phrase end at token i: the end, a number
    or a letter naming a model ("Plan A", "Note 10"), or a closing participle ("Order Extended")?
    A headline verb has its object or clause there ("Court Orders Probe", "Mayor Orders Port To")."""
    if i >= len(toks) or not toks[i].word:
        return i >= len(toks) or toks[i].text not in ":“\"‘'"  # "Leaves Tumblr Note: Y": the note says Y
    t = toks[i].text
    if t.isdigit() or len(t) == 1 and t.isupper():
        return True
    return t.lower().endswith("ed") and (i + 1 >= len(toks) or not toks[i + 1].word)


def _sentence_case_heading(text: str, toks: list[Token], start: int, end: int) -> bool:
    """Is the sentence a short sentence-case heading: no closing punctuation, at most eight words,
    no capitalised word after the first ("Writing a blog post")?"""
    body = text[start:end].rstrip()
    words = [t for t in toks if t.word]
    return bool(body) and body[-1] not in ".!?\"”’:;," and len(words) <= 8 \
        and not any(t.cap for t in words[1:])


def _naming_appositive(toks: list[Token], ci: int, cj: int) -> bool:
    """Is "called" at ci..cj set off by a comma and followed by a short lower-case name of a thing up
    to the next punctuation ("Such rot, called dry rot, is ...")? It names; "Y, called
    the plan a disaster" (a determiner, a second noun phrase) or "by" keep the reading of a judgement."""
    if ci == 0 or toks[ci - 1].text != "," or cj > ci:
        return False
    m = cj + 1
    while m < len(toks) and toks[m].word and m - cj <= 4:
        t = toks[m]
        if t.cap or t.lower in S.DETERMINERS or t.lower in S.POSSESSIVES or t.lower in S.OBJECT_PRONOUNS \
                or t.lower in S.PREPOSITIONS or t.lower in S.CLAUSE_WORDS or t.lower in ("by", "to", "and", "or"):
            return False
        m += 1
    return m > cj + 1 and m < len(toks) and toks[m].text in ",.;)—–"


def _modifies_noun(toks: list[Token], i: int) -> bool:
    """Is token i a lower-case noun that the -ing word before it modifies ("charging cable",
    "briefing room"), or a comma in a list of such modifiers ("sailing, rowing and
    angling club")? Not a determiner, pronoun, preposition or clause word: "charging that Y",
    "reporting the news", "warning him" are verbs."""
    if i >= len(toks):
        return False
    t = toks[i]
    if t.text == ",":
        return i + 1 < len(toks) and toks[i + 1].word and not toks[i + 1].cap \
            and toks[i + 1].lower not in S.DETERMINERS and toks[i + 1].lower not in S.POSSESSIVES \
            and toks[i + 1].lower not in S.SUBJECT_PRONOUNS and toks[i + 1].lower not in S.CLAUSE_WORDS \
            and not toks[i + 1].lower.endswith("ly")
    return t.word and not t.cap and t.lower not in S.DETERMINERS and t.lower not in S.POSSESSIVES \
        and t.lower not in S.OBJECT_PRONOUNS and t.lower not in S.SUBJECT_PRONOUNS and t.lower not in S.PREPOSITIONS \
        and t.lower not in S.CLAUSE_WORDS and t.lower not in S.AUXILIARIES and t.lower not in ("to", "that", "and", "or") \
        and not t.lower.endswith("ly")


def _attributive_participle(toks: list[Token], ci: int, cj: int) -> bool:
    """Is the cue at ci..cj a participle with an adjective's sense before a noun ("a respected
    trainer", "the acclaimed designer", ", celebrated author of ...")? It describes, it reports
    no attitude. Past tense with an object ("critics acclaimed the film") has a subject before it."""
    w = toks[cj].lower
    if w not in _ADJECTIVE_PARTICIPLES or cj + 1 >= len(toks):
        return False
    nxt = toks[cj + 1]
    if not nxt.word or nxt.lower in S.DETERMINERS or nxt.lower in S.POSSESSIVES or nxt.lower in S.OBJECT_PRONOUNS \
            or nxt.lower in S.PREPOSITIONS or nxt.lower in S.CLAUSE_WORDS or nxt.lower in ("to", "by", "as", "and", "or"):
        return False
    if any(toks[m].lower in S.AUXILIARIES for m in range(ci, cj)):
        return False  # "has sharply criticized": a verb
    if ci == 0:
        return True
    before = toks[ci - 1]
    if before.text == ",":  # ", noted NBC's Dante Chinni": an inverted cue before a name
        return not nxt.cap or "-" in nxt.text
    return before.lower in S.DETERMINERS or before.lower in S.POSSESSIVES \
        or before.lower in ("and", "or", "most", "more", "highly", "widely", "well", "much", "very", "so") \
        or before.lower.endswith(("’s", "'s")) or _adverb_ly(toks, ci - 1)


#: Participles with a common adjective sense before a noun ("a respected trainer").
_ADJECTIVE_PARTICIPLES = frozenset("acclaimed respected celebrated noted renowned admired trusted feared beloved "
                                   "esteemed revered famed vaunted storied lauded".split())


def _amount_about(toks: list[Token], i: int) -> bool:
    """Is the object at token i an amount of knowledge of a topic ("enough about the feature",
    "quite a bit about", "a great deal from", "more about")? What is learned is no proposition."""
    m = i
    while m < len(toks) and m - i < 4 and toks[m].lower in _AMOUNT_WORDS:
        m += 1
    return m > i and m < len(toks) and toks[m].lower in ("about", "from", "of", "on", "regarding")


_AMOUNT_WORDS = frozenset("enough much more little less a lot lots quite bit great deal plenty something nothing "
                          "so too very".split())


def _acquaintance(toks: list[Token], nxt: int, verbs: frozenset[str]) -> bool:
    """Does "know" take a plain object here, with no clause ("knows the specifics of policy",
    "knows nothing")? A known fact is a clause with its own verb ("knows the pier is unsafe")."""
    first = toks[nxt].lower
    if first in ("nothing", "little"):
        return True
    if first not in _OBJECT_DETERMINERS:
        return False
    for t in toks[nxt + 1 :]:
        if not t.word and t.text not in "-’'" or t.lower in ("while", "because", "as", "when", "since"):
            return True
        if t.lower in _CLAUSE_VERBS or t.lower in verbs and not t.cap:
            return False
    return True


def _in_infinitive(toks: list[Token], after: int, k: int) -> bool:
    """Is there an infinitive "to" after offset ``after`` and before token k (the coordinator),
    with no clause boundary between? A bare verb coordinated there continues the infinitive."""
    for t in reversed(toks[:k]):
        if t.end <= after or t.text in ",;:—–―()":
            return False
        if t.lower == "to":
            return True
    return False


def _object_gap(toks: list[Token], k: int, nxt: int, entry: CueEntry, lex: Lexicon) -> bool:
    """Is the cue the verb of a contact relative clause whose object is the noun before it?

    English drops the relative pronoun of an object relative: "the three checklists I wrote in 2019",
    "harbour pilots I spoke to", "the queries she refused to answer". A subject
    pronoun right after a common noun (not after a verb, a conjunction, a preposition or an
    adverb, which open ordinary clauses: "said he", "but she", "Last week he") starts such a
    clause; its verb describes the noun and reports nothing. A speech verb followed by its own
    clause stays a cue: "the money she says she collected" reports her claim."""
    if k < 1 or toks[k].lower not in _OBJECT_GAP_PRONOUNS or not toks[k].word:
        return False
    b = toks[k - 1]
    bl = b.lower
    if not b.word or b.cap or bl in _BEFORE_CLAUSE or bl in lex.forms or bl in lex.verb_forms \
            or _adverb_ly(toks, k - 1) or _TIME_WORD.fullmatch(b.text) \
            or bl.endswith(("ing", "ed", "’s", "'s")) and not bl.endswith("thing") \
            or not bl.isalpha():
        return False  # "said he", "but she", "Last week he", "Ortiz's": an ordinary clause
    if not _verb_before(toks, k - 1, lex):
        return False  # "In an interview with a radio station she blasted ...": a leading adjunct, no relative
    if bl in _WHEN_NOUNS:
        return False  # "the day he announced that Y": a relative of time, the verb keeps its own object
    if nxt < len(toks) and (toks[nxt].lower in ("that", "whether", "if") or toks[nxt].text in "“\":"):
        return False  # "the moment she realized that Y": the verb has its own clause, no gap
    if entry.group == "say" and nxt < len(toks):
        after = toks[nxt]
        if after.word and after.lower not in S.PREPOSITIONS and after.lower not in S.OBJECT_PRONOUNS \
                and after.lower not in _AFTER_GAP and not _TIME_WORD.fullmatch(after.text):
            return False  # "a clause they say could bar ...": a parenthetical report
    return True


#: The words that open an indirect question ("was asked how ...").
_WH_WORDS = frozenset("how whether if what why when who where which".split())

#: Marks that open a group: a word right after one begins a noun phrase, not an inverted clause.
_OPENERS = frozenset("([{“‘")


def _opens_group(prev: Token | None, cue: Token) -> bool:
    """Is the cue word the first word inside a bracket or an opening quotation mark? An inverted cue
    ("Y, said X") follows the clause Y it reports, ended by a comma or a closing quote; after
    "(" it is an adjective in a list ("(repeated titles, menus)", "(warned residents, closed roads)")."""
    if prev is None:
        return False
    return prev.text in _OPENERS or prev.text in ('"', "'") and prev.end == cue.start


#: Punctuation that closes a clause: a verb coordinated after it is not the clause's second verb.
_CONJUNCT_BREAK = frozenset(",;:—–―()")


def _after_copula(toks: list[Token], k: int) -> bool:
    """Is the coordinator at token k preceded, in its clause, by a form of "be" with no other
    verb between ("is plainly sincere and | deeply felt", "were not accredited media or |
    invited guests")? A past participle coordinated there shares the copula: an adjective or a
    passive, not a second verb of the subject."""
    for m in range(k - 1, max(-1, k - 10), -1):
        t = toks[m]
        if t.text in _CONJUNCT_BREAK or t.lower in S.CLAUSE_WORDS and t.lower not in ("also", "even", "just", "still"):
            return False
        if t.lower in _BE:
            return True
        if _finite_tense(toks, m, False) is not None:
            j = m - 1
            while j >= 0 and (toks[j].lower in _NEGATION or toks[j].lower in S.ADVERBS or _adverb_ly(toks, j)):
                j -= 1
            return j >= 0 and toks[j].lower in _BE  # "were not accredited media": still the copula's
    return False


def _admits_into(toks: list[Token], i: int) -> bool:
    """Does "admit" let named members into a body here ("admitting Alder, Dunmore and the Isle of
    Republic to NATO")? Names as its object, then "to" before a name or a determined noun, no
    clause or quotation after it. Not "admitted the error to the board", "admitted to the affair"."""
    for m in range(i, min(len(toks) - 1, i + 10)):
        t = toks[m]
        if m == i and not t.cap or t.text in _WEEKDAYS or _TIME_WORD.fullmatch(t.text):
            return False  # "admitted Monday to the affair": a time, not a name
        if t.lower == "to" and m > i:
            nx = toks[m + 1]
            if nx.lower in S.OBJECT_PRONOUNS or not (nx.cap or nx.lower in _OBJECT_DETERMINERS):
                return False
            return not any(u.lower == "that" or u.text in ":“\"" for u in toks[m + 1 : m + 9])
        if not (t.cap or t.text == "," or t.lower in ("and", "the")):
            return False
    return False


def _verb_forms(*stems: str) -> frozenset[str]:
    """The plain, -s, -ed and -ing forms of regular verbs given by their stems."""
    out: set[str] = set()
    for st in stems:
        base = st.rstrip("e")
        out |= {st, st + "s", base + "ed", base + "ing"}
    return frozenset(out)


#: Verbs of judging someone for an act ("praised X for saying Y", "held X in contempt for
#: refusing Y"): the "for" participle is the object's act, not the subject's.
_JUDGING_FORMS = _verb_forms(
    "thank", "praise", "blame", "criticize", "criticise", "fault", "chastise", "attack", "mock", "fire",
    "sue", "punish", "arrest", "fine", "reward", "commend", "censure", "rebuke", "scold", "lambaste", "condemn",
    "applaud", "congratulate", "credit", "honor", "honour", "ridicule", "berate", "denounce", "pillory",
    "excoriate", "slam", "hail", "impeach") | frozenset(("slammed", "slamming", "held", "hold", "holds", "holding",
                                                         "gave", "give", "gives", "giving"))


def _judged_object(toks: list[Token], k: int, lex: Lexicon) -> Span | None:
    """The object of a verb of judging before the "for" at token k: "the council held Keller in
    contempt of the inquiry for refusing to appear" (Keller refused), "she gives credit to
    the ferry crews for speaking out" (the crews spoke). None without such a verb
    and its object (a passive "was praised for saying Y" keeps its subject)."""
    for m in range(k - 1, max(-1, k - 25), -1):
        t = toks[m]
        if t.text in ";:" or t.lower in ("that", "which", "who", "because", "while", "when"):
            return None  # the verb must be in the participle's own clause
        if not t.word or t.cap or t.lower not in _JUDGING_FORMS:
            continue
        if m > 0 and toks[m - 1].lower in _BE:
            return None  # "was praised for saying Y": the passive's subject
        between = {u.lower for u in toks[m + 1 : k]}
        if t.lower.startswith(("hold", "held")) and not between & {"contempt", "responsible", "accountable"}:
            return None  # "held a rally for ...": no judging
        start = m + 1
        if t.lower.startswith(("gave", "give")):
            if "credit" not in between:
                return None
            start = next(i for i in range(m + 1, k) if toks[i].lower == "credit") + 1
        if start < k and toks[start].lower == "to" and t.lower.startswith(("gave", "give", "credit")):
            start += 1  # "gives credit to X for Y-ing"
        np_ = _right_np(toks, start, k, lex.verb_forms)
        if np_ is None or toks[np_[0]].lower in S.SUBJECT_PRONOUNS - {"it", "you"}:
            return None
        last = next((i - 1 for i in range(np_[0] + 1, np_[1] + 1) if toks[i].lower in S.PREPOSITIONS), np_[1])
        return _sp(toks, np_[0], last)  # "Keller | in contempt of the inquiry"
    return None


#: Nouns of something said that "add" may take as its object: "added a note of caution", "added the words Y".
_SPEECH_OBJECTS = frozenset("note notes caveat caveats word words comment comments warning warnings line lines "
                            "quip point points thought thoughts message plea remark remarks statement detail details "
                            "caution disclaimer postscript footnote voice".split())


def _adds_thing(toks: list[Token], i: int) -> bool:
    """Does "add" take a plain noun phrase object at token i that is no speech ("adding levity",
    "adding a few communities to the district")? "Add" reports speech with a clause ("added
    that Y", "added the plan would fail"), a quotation or a colon, or with a noun of something
    said ("added a note of caution")."""
    if i >= len(toks) or not toks[i].word or toks[i].cap or toks[i].lower in S.PREPOSITIONS \
            or toks[i].lower in S.CLAUSE_WORDS or toks[i].lower in S.ADVERBS or _adverb_ly(toks, i) \
            or toks[i].lower in S.SUBJECT_PRONOUNS and toks[i].lower not in ("one", "that"):
        return False
    if _clause_verb(toks, i, len(toks)) is not None:
        return False  # "adding the layoffs came to 2 percent": a clause without "that"
    m = i
    while m < len(toks) and toks[m].word and toks[m].lower not in S.PREPOSITIONS and m - i < 8:
        if toks[m].lower in _SPEECH_OBJECTS:
            return False
        m += 1
    return True


#: Words that open the clause of a supposing "assume" ("assumed that ...", "assume he ...").
_CLAUSE_OPENERS = frozenset("that he she they it we i you there this".split())


def _appositive_participle(toks: list[Token], ci: int, cj: int, lex: Lexicon) -> bool:
    """Is the participle at ci..cj set off by commas after a noun phrase, with the clause's own verb
    after the closing comma? "The report, published on Friday, found Y", "The letter, sent to the
    mayor in May, says Y": a description of the subject, not what it says. Only a participle followed
    by nothing or a prepositional / time phrase counts ("Y, said the mayor, is" is an inverted cue)."""
    if ci < 2 or toks[ci - 1].text != "," or not toks[ci - 2].word:
        return False
    n = len(toks)
    m = cj + 1
    if m < n and toks[m].text != "," and not (toks[m].lower in _RR_OPENERS or toks[m].lower in ("to", "into")
                                              or _TIME_WORD.fullmatch(toks[m].text)):
        return False
    while m < n and m - cj < 12 and toks[m].text != ",":
        t = toks[m]
        if t.lower == "that" or t.text in _QUOTE_MARKS or not t.word and t.text not in "-./%$" \
                or t.word and not t.cap and (t.lower in lex.forms or t.lower in S.AUXILIARIES):
            return False
        m += 1
    if m + 1 >= n or toks[m].text != ",":
        return False
    after = toks[m + 1]
    return after.word and not after.cap and (after.lower in lex.verb_forms or after.lower in lex.forms
                                             or after.lower in S.AUXILIARIES)


#: Degree words: the word after one is an adjective ("the most basic question").
_DEGREE = frozenset("very so too rather quite fairly particularly especially increasingly".split())
#: Plurals without -s: "the people want", "most men fear" take a base-form verb.
_IRREGULAR_PLURALS = frozenset("people men women children folks police".split())
#: Comparatives are degree words after a determiner ("the most basic question"), quantifiers
#: without one ("most people want", "more voters plan").
_COMPARATIVES = frozenset("most more less least".split())
#: Verbs whose clause is an infinitive, never a "that" clause: "plans that" is a noun and a relative.
_INFINITIVE_ONLY = frozenset("plan want aim seek refuse intend offer try".split())


def _capitalised_modifier(toks: list[Token], k: int) -> bool:
    """Is token k the last of a run of capitalised words (at most three, none plural) after a
    determiner or possessive, with at most one lowercase word between ("his TV | show",
    "the singer's upcoming Harbour Radio | show")? A singular name there modifies the noun that follows:
    it takes no base-form verb ("the Democrats claim" is plural; "the Pentagon say" is not English)."""
    m = k
    def opener(t: Token) -> bool:
        return t.word and (t.lower in S.DETERMINERS and t.lower not in ("that", "some", "all", "both")
                           or t.lower in S.POSSESSIVES or t.lower.endswith(("’s", "'s")))

    while m >= 0 and m > k - 3 and toks[m].word and toks[m].cap and not opener(toks[m]):
        lw = toks[m].lower
        if lw.endswith("s") or lw in S.SUBJECT_PRONOUNS:
            return False
        m -= 1
    if m == k or m < 0:
        return False
    if opener(toks[m]):
        return True
    return m >= 1 and toks[m].word and not toks[m].cap and toks[m].lower not in lexicon().forms \
        and toks[m].lower not in S.AUXILIARIES and opener(toks[m - 1])





def _pseudo_cleft(toks: list[Token], k: int) -> bool:
    """Does the subject ending at k follow the "what" of a pseudo-cleft on a demonstrative ("that's
    what the council hopes", "This is what the mayor believes")? Then the cue is a verb whose content
    is what the demonstrative points back to; not "below what she wants" (a wanted thing)."""
    for w in range(k - 1, max(-1, k - 6), -1):
        t = toks[w]
        if t.lower == "what":
            if w < 1:
                return False
            c = toks[w - 1].lower
            if c in ("that’s", "that's"):
                return True
            return c in ("is", "was") and w >= 2 and toks[w - 2].lower in ("that", "this")
        if not t.word or t.lower in lexicon().forms:
            return False
    return False


def _relative_that(toks: list[Token], k: int, after: Token | None, entry: CueEntry) -> bool:
    """Is "that" at k a relative pronoun whose clause's verb is the noun-like cue after it? After a
    noun, and with an object or an infinitive after the cue: "towns that support the rules" (a
    plural noun for a base form), "a board that plans to sell" (an -s form after "that" agrees
    with no determiner "that"); not "that support is waning", "the claim that support grew"."""
    before = toks[k - 1]
    if not before.word or before.cap or before.lower in lexicon().forms or before.lower in S.PREPOSITIONS \
            or before.lower in S.AUXILIARIES or before.lower.endswith("ly"):
        return False
    if after is None or not (after.lower in S.DETERMINERS or after.lower in S.POSSESSIVES or after.lower == "to"
                             or after.lower in S.OBJECT_PRONOUNS):
        return False
    if entry.form == "s":
        return True
    return entry.form == "base" and before.lower.endswith("s") and not before.lower.endswith(("ss", "us", "is"))


def _verbal(toks: list[Token], k: int, nxt: int, entry: CueEntry) -> bool:
    """Is a noun-like cue form ("plans", "report", "calls") used as a verb here?"""
    n = len(toks)
    after = toks[nxt] if nxt < n else None
    prev = toks[k] if k >= 0 else None
    if (after is None or after.text in ".!?" or after.text in _CLOSE_QUOTES) and prev is not None and prev.word \
            and _closing_np(toks, k):
        return True  # "Y, the report found.", "Y, the figures show.": a closing reporting clause led by a determiner
    if entry.form == "base" and prev is not None and k >= 1 and prev.word and not prev.cap \
            and prev.lower not in S.SUBJECT_PRONOUNS and toks[k - 1].lower in (
            "a", "an", "the", "this", "its", "his", "her", "their", "our", "my") \
            and not ((prev.lower.endswith("s") and not prev.lower.endswith(("ss", "us", "is", "news"))
                      or prev.lower in _IRREGULAR_PLURALS) and toks[k - 1].lower not in ("a", "an", "this")):
        return False  # "a court order to ...": a singular noun phrase takes no base-form verb ("the pilots doubt", "the documents show that")
    if entry.form == "base" and _capitalised_modifier(toks, k) \
            and not (after is not None and (after.lower in ("that", "whether") or after.text in "“\":")):
        # "his TV show", "her upcoming Apple Music show": a name modifying the noun, no subject
        # (but "Data from the Harbour Household Census show that Y": a clause makes it a verb)
        return False
    if prev is not None and prev.lower in ("a", "an", "the", "his", "her", "its", "their", "our", "my", "your"):
        return False  # "seized on the report to ...": right after a determiner, a noun
    next_cue = lexicon().forms.get(after.lower) if after is not None and after.word and not after.cap else None
    if next_cue is not None and next_cue.form in ("base", "s", "past") and not next_cue.noun_like:
        return False  # "the fee system, which advocates say hurts ...": the cue word is the next verb's subject
    if entry.form == "base" and k >= 1 and toks[k - 1].lower in ("a", "an") and prev is not None and prev.word:
        return False  # "A Curious Plan to ...": "a" opens a singular noun phrase, whatever the capitals
    if prev is not None and k >= 1 and prev.word and not prev.cap and prev.lower not in S.SUBJECT_PRONOUNS \
            and prev.lower not in S.ADVERBS and not _adverb_ly(toks, k) and prev.lower not in lexicon().forms \
            and (toks[k - 1].lower in _DEGREE or _adverb_ly(toks, k - 1)
                 or k >= 2 and toks[k - 2].lower in _COUNT_WORDS and toks[k - 1].lower.endswith("ly")
                 and not toks[k - 1].cap and toks[k - 1].lower not in _LY_NOUNS  # "two highly critical reports"
                 or toks[k - 1].lower in _COMPARATIVES and k >= 2 and toks[k - 2].lower in _OBJECT_DETERMINERS):
        return False  # "the most basic question", "particularly grim views": an adjective before a noun
    if after is not None and after.lower == "to" and nxt + 1 < n and (
            toks[nxt + 1].lower in S.DETERMINERS or toks[nxt + 1].lower in S.POSSESSIVES
            or toks[nxt + 1].lower in S.OBJECT_PRONOUNS or toks[nxt + 1].cap or not toks[nxt + 1].word):
        # "leak details to reporters": "to" before a noun phrase is a preposition, no infinitive; the
        # cue is a verb only after a pronoun or a name ("He details to reporters how ...")
        return prev is not None and (prev.lower in ("he", "she", "it", "they", "we", "i", "you", "who", "which")
                                     or prev.cap and prev.word and not prev.lower.endswith(("’s", "'s")))
    if after is not None and after.lower == "that" and entry.lemma in _INFINITIVE_ONLY:
        return False  # "savings plans that your state offers": these verbs take no "that" clause
    if after is not None and (after.lower in ("that", "to", "whether") or after.text in "“\"" or after.text == ":"):
        return True
    if prev is None:
        return False
    nxt_entry = lexicon().forms.get(after.lower) if after is not None and after.word and not after.cap else None
    if nxt_entry is not None and entry.form in ("base", "s") and (
            nxt_entry.form == "past" or nxt_entry.form in ("s", "base") and not nxt_entry.noun_like):
        return False  # "a Justice Department report found Y", "which advocates say Y": a noun before the verb cue
    if prev.lower in ("he", "she", "it", "they", "we", "i", "you", "who", "which"):
        return True
    if (after is None or not after.word) and _pseudo_cleft(toks, k):
        return True  # "At least that's what the council now hopes.": the verb of the free relative
    if prev.lower in ("percent", "%") and k >= 1 and re.fullmatch(r"\d[\d.,]*", toks[k - 1].text) \
            and entry.form == "base" and after is not None and (after.lower in S.DETERMINERS
                                                                or after.lower in S.POSSESSIVES or after.cap):
        return True  # "while 12 percent support the Green candidate": a share of people is a plural subject
    if prev.lower == "that" and k >= 1 and _relative_that(toks, k, after, entry):
        return True  # "towns that support the rules", "a board that plans to": a relative clause's verb
    if entry.form == "base" and prev.word and prev.lower.endswith("s") and any(
            toks[p].lower in ("that", "which", "whom") and all((toks[q].word or toks[q].text == "-")
                                                             and toks[q].lower not in lexicon().forms
                                                             for q in range(p + 1, k + 1))
            for p in range(max(0, k - 5), k)):
        return True  # "the pride that many Americans feel for him": a plural subject after "that"
    if after is not None and after.lower in ("he", "she", "they", "we") and prev.word and not prev.cap \
            and prev.lower not in S.PREPOSITIONS and entry.form in ("base", "s", "past"):
        return True  # "papers from his ship's log show he took Y": a clause follows
    if any(t.lower.endswith(("’s", "'s")) and t.lower[:-2] not in S.SUBJECT_PRONOUNS for t in toks[max(0, k - 2) : k + 1]):
        return False  # "the company's latest plan": a noun in a possessive phrase
    if (after is None or after.text in ".!?") and prev.word and prev.cap and not prev.lower.endswith(("’s", "'s")) \
            and any(t.text == "," for t in toks[:k]):
        return True  # "Y, The Harbour Gazette reports.": a reporting clause closing the sentence
    if prev.text == "," and k >= 3 and toks[k - 1].lower in ("however", "meanwhile", "though", "too", "instead",
                                                            "nonetheless", "nevertheless", "therefore") \
            and toks[k - 2].text == "," and toks[k - 3].word and (toks[k - 3].cap or toks[k - 3].lower.endswith("s")) \
            and after is not None and (after.lower in S.DETERMINERS or after.lower in S.POSSESSIVES or after.cap
                                       or after.lower in ("that", "to")):
        return True  # "Some councillors, however, question the sense of Y": a verb after a parenthetical adverb
    if entry.form in ("s", "past") and prev.text in (",", "--") and after is not None and after.word \
            and after.lower not in ("and", "or") and _after_relative_aside(toks, k):
        return True  # "The alliance, which includes X, advocates for Y": the main verb after the aside
    if entry.form in ("s", "past") and prev.text == "," and k >= 1 and toks[k - 1].word and after is not None \
            and after.cap and after.word:
        np_r = _right_np(toks, nxt, n, lexicon().verb_forms)
        if np_r is not None and np_r[1] + 1 < n and toks[np_r[1] + 1].text in ".!?" and np_r[1] + 2 >= n:
            return True  # "Y, reports Reuters.": an inverted reporting clause closing the sentence
    if after is None or not after.word or after.lower in S.PREPOSITIONS or after.lower in S.AUXILIARIES:
        return False
    if not after.cap and after.lower.endswith("ed") and len(after.lower) > 4 and entry.form in ("base", "s"):
        return False  # "a Harbour Audit Office report released in May": a noun
    if after.lower == "than":
        return False  # "more harbour references than": a noun compared, no verb takes "than"
    if prev.cap and prev.word and not prev.lower.endswith(("’s", "'s")):
        return True
    object_like = after.lower in S.DETERMINERS or after.lower in S.POSSESSIVES or after.cap \
        or after.lower in ("him", "them", "me", "us")  # "voters view him as ..."
    if entry.form == "past" and prev.word and object_like and prev.lower not in S.PREPOSITIONS:
        return True  # "an arbitration panel found the United States ...": a past tense after its subject
    if entry.form == "base" and prev.word and (prev.lower.endswith("s") and not prev.lower.endswith("ss")
                                               or prev.lower in _IRREGULAR_PLURALS):
        return object_like
    if entry.form == "s" and prev.word and k > 0 and (toks[k - 1].lower in ("the", "a", "an", "this", "that", "its", "their", "his", "her")):
        return object_like  # "The club wants a new stadium"
    if entry.form in ("s", "past") and prev.text == "," and object_like and not after.cap:
        return True  # "Ana Ortiz, who runs the pier, wants a new one": the verb after an apposition
    return False


def _after_relative_aside(toks: list[Token], k: int) -> bool:
    """Does the comma at k close a relative clause set off by commas (", which includes X,")?"""
    for j in range(k - 1, max(-1, k - 40), -1):
        if toks[j].text in (",", "--", "—", "–", "(", ")", ";", ":", "“", "”", '"'):
            return toks[j].text == toks[k].text and j + 1 < k and toks[j + 1].lower in ("who", "which") and j > 0 \
                and toks[j - 1].word
    return False


_WEEKDAYS = frozenset(S.WEEKDAYS.split("|"))
