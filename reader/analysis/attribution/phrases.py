"""Phrases around a cue, found from closed word classes (no POS tagger): the noun phrase
before or after a cue (the source or the hearer), the end of a subject, appositives,
relative and reduced relative clauses, and the finite verb of a clause.
"""

from __future__ import annotations

import re

from reader.analysis import sources as S
from reader.analysis.attribution.lexicon import Lexicon, lexicon
from reader.analysis.attribution.spans import _ADJUNCT_LEAD, _sp
from reader.analysis.model import Span
from reader.analysis.sources import Token


_CLOSE_QUOTES = "”’»"
#: The copula, negated too ("wasn't approved" is a passive).
_BE = frozenset("is are was were be been being am 's ’s "
                "isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split())
_NEGATION = frozenset("not n't never no".split())
_SKIP_BEFORE_CUE = S.ADVERBS | _NEGATION | frozenset(("all", "both", "each", "themselves", "himself", "herself",
                                                       "very", "quite",
                                                       # connective adverbs: "He instead told ..."
                                                       "instead", "meanwhile", "therefore", "thus",
                                                       "subsequently", "nonetheless", "nevertheless"))


def _left_np(toks: list[Token], k: int, floor: int, verbs: frozenset[str]) -> tuple[int, int, str] | None:
    """The noun phrase ending at token k, going left no further than floor: (first, last, stop)."""
    end_k = k
    if k - 1 >= floor and toks[k].text == "." and _abbrev_dot(toks, k):
        k -= 1
    if k < floor or not toks[k].word:
        return None
    last = toks[k].lower
    if last.endswith("ing") and not toks[k].cap and not (k > floor and toks[k - 1].lower in S.DETERMINERS):
        return None
    if (
        last in S.PREPOSITIONS or last in S.DETERMINERS - {"one", "two", "three", "many", "some", "others", "several", "both", "all"}
        or last in S.POSSESSIVES or last in S.CLAUSE_WORDS
        or last in S.AUXILIARIES and not (last in ("may", "will") and toks[k].cap and k > floor)
        or last in ("and", "or", "but", "as")
        or (last in verbs and not toks[k].cap)
    ):
        return None
    start = k
    stop = "start"
    m = k - 1
    while m >= floor:
        t = toks[m]
        lw = t.lower
        if t.word:
            if lw in ("and", "or", "&"):
                nxt = toks[m + 1]
                bare = nxt.word and not (nxt.lower in S.DETERMINERS or nxt.lower in S.POSSESSIVES or nxt.cap)
                if not bare or nxt.lower not in verbs and nxt.lower not in S.CLAUSE_WORDS:
                    left = _left_np(toks, m - 1, floor, verbs)
                    # a bare conjunct ("Clerks and inspectors") only at the sentence's start
                    if left is not None and (left[2] == "start" if bare else left[2] in ("start", "punct", "clause")) \
                            and left[1] - left[0] < 10:
                        start, stop = left[0], left[2]
                        break
                stop = "verb"
                break
            name_modal = lw in ("may", "will") and t.cap and toks[m + 1].cap
            if lw in S.CLAUSE_WORDS or lw in S.AUXILIARIES and not name_modal or lw in ("as", "like", "because"):
                stop = "clause"  # but "Theresa May", "Will Smith": names
                break
            if lw in S.PREPOSITIONS and lw not in S.NP_PREPOSITIONS and not (
                    lw in ("on", "to") and m > floor and toks[m - 1].cap and toks[m + 1].cap) and not (
                    lw == "to" and m > floor and toks[m - 1].lower in _ENVOY_NOUNS):
                stop = "clause"  # but "the Office on Harbour Safety" is one name; "Alder's envoy to
                break  # the council" is one person
            if not t.cap and lw in verbs:
                stop = "verb"
                break
            if not t.cap and len(lw) > 4 and lw.endswith("ed") and not (
                m - 1 >= floor and (toks[m - 1].lower in S.DETERMINERS or toks[m - 1].lower in S.POSSESSIVES)
            ):
                stop = "verb"
                break
            if k - m > 14:
                stop = "verb"
                break
            start = m
        elif t.text == "." and m > floor and toks[m - 1].end == t.start and (
            toks[m - 1].lower in S.TITLES or "." in toks[m - 1].text or len(toks[m - 1].text) == 1
        ):
            start = m
        elif t.text in "-&/" and m > floor and toks[m - 1].end == t.start:
            start = m
        else:
            stop = "punct"
            break
        m -= 1
    # Drop leading prepositions, conjunctions and a leading phrase before a determiner
    # ("On Monday the official" -> "the official").
    while start < k and (toks[start].lower in S.PREPOSITIONS or toks[start].lower in ("and", "or", "but")
                         or not toks[start].word):
        start += 1
    while start < k and toks[start].text in _LEADING_TIMES and toks[start + 1].cap:
        start += 1  # "On Monday Ortiz said": the date is no part of the source
    for p in range(start + 1, k + 1):
        tl = toks[p].lower
        prev = toks[p - 1].lower
        if (tl in S.DETERMINERS and tl not in ("one", "two", "three", "that") or tl in S.POSSESSIVES) and not (
            prev in S.NP_PREPOSITIONS or prev in ("and", "or", "&") or prev in S.DETERMINERS
            or prev == "to" and p >= 2 and toks[p - 2].lower in _ENVOY_NOUNS  # "envoy to the council"
        ):
            start = p
            break
    if not any(toks[p].word for p in range(start, k + 1)):
        return None
    return start, end_k, stop


#: The prepositions that name a document's author: "a report by the auditor", "a letter from the mayor".
_AUTHOR_PREPS = frozenset(("by", "from", "of"))


def _document_author(toks: list[Token], np_: tuple[int, int], end: int, verbs: frozenset[str]) -> tuple[int, int]:
    """A document source runs on over its author phrase: "a report by the auditor" is the source, not
    "a report" (whose "by the auditor" is no part of what it says). Only for a document head word,
    so "according to officials from ..." is left to the noun-phrase chunker."""
    i, last = np_
    if last + 2 >= end or toks[last + 1].lower not in _AUTHOR_PREPS:
        return np_
    if S.source_kind(" ".join(t.text for t in toks[i : last + 1])) != "document":
        return np_
    author = _right_np(toks, last + 2, end, verbs)
    return (i, author[1]) if author is not None else np_


def _abbrev_dot(toks: list[Token], m: int) -> bool:
    """Is the '.' token m the end of an abbreviation ("U.S.", "Mr.", "J.")?"""
    p = toks[m - 1]
    return p.end == toks[m].start and p.word and (p.lower in S.TITLES or "." in p.text or len(p.text) == 1)


def _name_like(toks: list[Token], m: int, end: int) -> bool:
    """Is the function word at token m part of a name: an acronym in a mixed-case sentence ("the
    WHO", "says WHO"), or "Will" / "May" opening or continuing a capitalised name ("said Will
    Tjernlund", "Theresa May")? Not at a sentence start, where "Will Smith ...?" may be a question."""
    t = toks[m]
    if m == 0 or not t.cap:
        return False
    if len(t.text) >= 2 and t.text.isupper() and t.text.isalpha() and not (
            m + 1 < end and toks[m + 1].word and toks[m + 1].text.isupper()) and not toks[m - 1].text.isupper():
        return True
    return t.lower in ("will", "may") and (
        m + 1 < end and toks[m + 1].cap and toks[m + 1].word or toks[m - 1].cap and toks[m - 1].word)


def _right_np(toks: list[Token], i: int, end: int, verbs: frozenset[str]) -> tuple[int, int] | None:
    """The noun phrase starting at token i (before index end)."""
    if i >= end or not toks[i].word:
        return None
    first = toks[i].lower
    if (first in S.CLAUSE_WORDS and first not in ("that",) or first in S.AUXILIARIES) and _name_like(toks, i, end):
        first = ""  # "said Will Tjernlund", "says WHO": a name, not a clause word
    if first in S.CLAUSE_WORDS and first not in ("that",) or first in S.AUXILIARIES or first in S.PREPOSITIONS:
        return None
    if first == "that":
        return None
    last = None
    m = i
    while m < end and m - i < 16:
        t = toks[m]
        lw = t.lower
        if t.word:
            if m > i and (lw in S.CLAUSE_WORDS and not _name_like(toks, m, end)
                          or lw in S.AUXILIARIES and not _name_like(toks, m, end) or (
                lw in verbs and not t.cap and not (toks[m - 1].lower.endswith(("’s", "'s"))
                                                   or toks[m - 1].lower in S.DETERMINERS
                                                   or toks[m - 1].lower in S.POSSESSIVES))):
                break
            if lw in S.PREPOSITIONS and lw not in S.NP_PREPOSITIONS:
                break
            if m > i and not t.cap and toks[m - 1].cap and toks[m - 1].word \
                    and toks[m - 1].lower not in S.DETERMINERS and (  # "The unexpected depth": an adjective
                lw.endswith("ed") or lw in verbs or lw.endswith("s") and not lw.endswith("ss") and m + 1 < end
                and (toks[m + 1].lower in S.DETERMINERS or toks[m + 1].lower in S.POSSESSIVES
                     or toks[m + 1].lower in ("to", "that") or toks[m + 1].cap)
            ):
                break  # "Keller judged Dunmore": a name ends at a verb
            if m > i and (lw in S.DETERMINERS or lw in S.POSSESSIVES) and lw not in ("one", "two", "three") \
                    and toks[m - 1].word and toks[m - 1].lower not in S.NP_PREPOSITIONS \
                    and toks[m - 1].lower not in ("and", "or", "&", "of"):
                break  # "told Reuters the talks ...": a new noun phrase begins
            if m > i and lw in ("and", "or") and not (
                m + 1 < end and (toks[m + 1].cap or toks[m + 1].lower in S.DETERMINERS or toks[m + 1].lower in S.POSSESSIVES)
            ):
                break
            last = m
        elif t.text == "." and m > i and toks[m - 1].end == t.start and (
            toks[m - 1].lower in S.TITLES or "." in toks[m - 1].text or len(toks[m - 1].text) == 1
        ) and m + 1 < end and toks[m + 1].word:
            pass
        elif t.text in "-&/" and m > i and toks[m - 1].end == t.start:
            pass
        else:
            break
        m += 1
    if last is None:
        return None
    while last > i and (toks[last].lower in S.PREPOSITIONS or toks[last].lower in ("and", "or")
                        or toks[last].lower in S.DETERMINERS or toks[last].lower in S.POSSESSIVES):
        last -= 1
    return i, last


def _subject_end(toks: list[Token], i: int) -> tuple[int, list[str]]:
    """Index of the token before cue index i after skipping adverbs, negation and auxiliaries."""
    aux: list[str] = []
    k = i - 1
    while k >= 0:
        t = toks[k]
        lw = t.lower
        if lw in ("all", "both", "each") and (k == 0 or not toks[k - 1].word):
            break  # "To varying degrees, all agreed": the quantifier is the subject
        if lw in _SKIP_BEFORE_CUE or _adverb_ly(toks, k) or lw in ("n't", "n’t"):
            if lw not in _NEGATION and _modifies_verb_before(toks, k):
                break  # "an official not authorized to speak publicly said": the adverb is the clause's
            k -= 1
            continue
        if lw == "so" and k > 0 and toks[k - 1].word and toks[k - 1].lower not in ("and", "but", "or", "yet", "not") \
                and k == i - 1:
            k -= 1  # "the captain that Mr. Alder so admires": an intensifier, not a conjunction
            continue
        if lw in S.AUXILIARIES and lw not in ("'s", "’s") and not (t.cap and k > 0):  # "Theresa May said"
            aux.append(lw)
            k -= 1
            continue
        if t.word and (_TIME_WORD.fullmatch(t.text)) and k > 0 and not (t.text == "May" and toks[k - 1].cap):
            # "who in 2010 said", "Ortiz on Friday said", "officials last week said"
            j = k - 1
            if toks[j].lower in ("on", "in", "last", "this", "early", "late", "since", "earlier"):
                k = j - 1
                continue
            if t.text[0].isupper() and not t.text.isdigit():
                k -= 1
                continue
        break
    return k, aux


def _modifies_verb_before(toks: list[Token], k: int) -> bool:
    """Does the adverb at k follow the verb of a clause inside the subject ("who was not
    authorized to speak publicly said", "an aide who spoke privately said")? Then it is that
    verb's, not the cue's."""
    if k < 2 or not toks[k - 1].word or toks[k - 1].cap:
        return False
    if toks[k].lower in _SPEAKING_MANNER and _who_clause_start(toks, k) is not None:
        return True  # "an official who was not authorized to discuss the talks publicly said"
    v, before = toks[k - 1].lower, toks[k - 2].lower
    if v in S.DETERMINERS or v in S.POSSESSIVES or v in S.OBJECT_PRONOUNS or v in S.AUXILIARIES:
        return False
    return before == "to" or before in ("who", "that") and v.endswith(("ed", "spoke", "spoken"))


#: Adverbs of how one may speak, which end the "not authorized to speak publicly" relative clause.
_SPEAKING_MANNER = frozenset(("publicly", "privately", "officially", "openly"))


def _who_clause_start(toks: list[Token], k: int) -> int | None:
    """The index of a restrictive "who" whose clause runs, without punctuation, up to token k
    and follows a noun phrase ("A person who attended the meeting but was not authorized to speak
    about it | said"), with a verb right after "who" (so "who" is the clause's subject)."""
    for p in range(k - 1, max(0, k - 30), -1):
        t = toks[p]
        if not t.word and t.text not in ("'", "’", "-"):
            return None
        if t.lower == "who":
            if p < 1 or not toks[p - 1].word or toks[p - 1].lower in S.PREPOSITIONS \
                    or toks[p - 1].lower in S.CLAUSE_WORDS:
                return None
            nxt = toks[p + 1] if p + 1 < k else None
            if nxt is None or nxt.cap or nxt.lower in S.DETERMINERS or nxt.lower in S.POSSESSIVES \
                    or nxt.lower in S.SUBJECT_PRONOUNS:
                return None
            return p
    return None


#: Weekdays and months that open a sentence before its subject ("On Monday Ortiz said").
_LEADING_TIMES = frozenset(S.WEEKDAYS.split("|")) | frozenset(S.MONTHS.split("|")) - {"May"}

#: Nouns ending in -ly, which a source can end with ("attorneys for the family said").
_LY_NOUNS = frozenset("family ally assembly supply rally reply monopoly anomaly homily bully belly fly".split())


def _adverb_ly(toks: list[Token], j: int) -> bool:
    """Is token j an -ly adverb ("repeatedly", "also publicly")? Not a noun after a
    determiner or possessive ("the family", "his ally") nor a known -ly noun."""
    t = toks[j]
    lw = t.lower
    if not (t.word and not t.cap and len(lw) > 3 and lw.endswith("ly")) or lw in _LY_NOUNS or lw == "early":
        return False
    p = toks[j - 1].lower if j > 0 else ""
    return not (p in S.DETERMINERS and p != "that" or p in S.POSSESSIVES or p.endswith(("’s", "'s")))


def _skip_adjunct_before(text: str, toks: list[Token], k: int) -> int:
    """Step back over an adjunct between the source and its cue: "Mikati's office in a statement
    to Reuters denied", "The ministry, in a statement, said". A subject pronoun right before the
    cue is its subject ("in an interview with RT he blasted")."""
    if k < 1 or toks[k].lower in ("he", "she", "they", "we", "i"):
        return k
    end = k
    for j in range(k, max(0, k - 12), -1):
        if toks[j].lower in ("in", "through", "via", "during", "at", "on", "with", "to"):
            for e2 in range(end, j, -1):
                hit = _ADJUNCT_LEAD.fullmatch(text, toks[j].start, toks[e2].end)
                if hit and (e2 == end or toks[e2 + 1].lower in ("to", "with") and end - e2 <= 6
                            and toks[e2].text != ","  # "on Monday, with Ortiz saying Y": an absolute, no hearer
                            and (_right_np(toks, e2 + 2, end + 1, lexicon().verb_forms) or (0, -1))[1] == end):
                    if toks[end].text == "," and toks[j - 1].text != ",":
                        return k  # "X, dedicating the museum on Saturday, said": the end of a longer aside
                    k = j - 1
                    if k >= 1 and toks[k].text == "," and toks[end].text == ",":
                        k -= 1
                    return k
    return k


_TIME_WORD = re.compile(rf"(?:{S.WEEKDAYS}|{S.MONTHS}|week|month|year|night|morning|afternoon|evening|"
                        r"(?:19|20)\d\d|Sept?|Oct|Nov|Dec|Jan|Feb|Aug)")


def _relative_subject(toks: list[Token], first: int, last: int, verbs: frozenset[str]) -> tuple[int, int, str] | None:
    """A subject that carries a restrictive relative clause ending at token last: "One of the
    doctors who signed the letter" -> (first, last, stop) of the whole phrase. ``first`` is the
    start of the noun phrase just before the cue (the clause's object). No comma may intervene
    and the head must open the sentence or follow punctuation."""
    for p in range(first - 1, max(-1, first - 8), -1):
        t = toks[p]
        if not t.word:
            return None
        if t.lower in ("who", "that"):
            after = toks[p + 1]
            if p < 1 or after.cap or after.lower in S.DETERMINERS or after.lower in S.POSSESSIVES \
                    or after.lower in S.SUBJECT_PRONOUNS:
                return None  # "the fact that the minister said": a complement clause, not a relative
            head = _left_np(toks, p - 1, 0, verbs)
            if head is None and toks[p - 1].lower in ("those", "many", "some", "all", "others", "anyone", "everyone") \
                    and (p == 1 or not toks[p - 2].word):
                head = (p - 1, p - 1, "start" if p == 1 else "punct")  # "Those who watched the debate said"
            if head is None or head[1] != p - 1 or head[2] not in ("start", "punct"):
                return None
            if toks[head[0]].lower in _PERSONAL_PRONOUNS or toks[head[0]].lower in S.OBJECT_PRONOUNS:
                return None
            return head[0], last, head[2]
        if t.lower in S.CLAUSE_WORDS or t.lower in ("and", "or"):
            return None
    return None


#: Irregular past participles that open a reduced relative ("a study done by", "a poll taken in").
_IRREGULAR_PARTICIPLES = frozenset(
    "done taken given written seen made held run drawn known shown sent put set paid brought built sought".split()
)


def _clause_pronoun(toks: list[Token], i: int) -> Span | None:
    """The subject pronoun of the last clause opened before token i by a comma or semicolon (and
    a conjunction): in "the camera is facing down, and she becomes upset, shouting" it is "she"."""
    for p in range(i - 1, 0, -1):
        t = toks[p]
        if t.lower in ("he", "she", "they", "we", "i") and t.word:
            q = p - 1
            if q >= 0 and toks[q].lower in ("and", "but", "yet", "so", "while", "then"):
                q -= 1
            if q >= 0 and toks[q].text in (",", ";"):
                return Span(t.start, t.end)
    return None


def _relative_before(toks: list[Token], i: int) -> tuple[Span, Span | None] | None:
    """The relative pronoun opening the clause token i is in, when set off by a comma ("X, who
    have ... and called for"), with the noun phrase before the comma as antecedent."""
    for p in range(i - 1, 0, -1):
        t = toks[p]
        if t.lower == "that" and toks[p - 1].word and not toks[p - 1].cap and toks[p - 1].lower not in lexicon().forms \
                and toks[p - 1].lower not in S.PREPOSITIONS and toks[p - 1].lower not in S.AUXILIARIES \
                and p + 1 < i and toks[p + 1].word and not toks[p + 1].cap and toks[p + 1].lower not in S.DETERMINERS:
            continue  # "..., which explored the changes that wiped out X and discussed Y": a relative inside
        if not t.word and t.text != "'" or t.lower in S.CLAUSE_WORDS and t.lower not in ("who", "which"):
            return None
        if t.lower in ("who", "which"):
            before = p - 1 if toks[p - 1].text == "," else p
            if before == p and (t.lower != "who" or not toks[p - 1].word or toks[p - 1].lower in S.PREPOSITIONS):
                return None  # a restrictive "who" needs no comma ("the man who lacks X and attacked Y")
            np_ = _left_np(toks, before - 1, 0, lexicon().verb_forms) if before >= 1 else None
            return Span(t.start, t.end), (_sp(toks, np_[0], np_[1]) if np_ else None)
    return None


#: Past forms of common irregular verbs, for telling a clause's finite verb ("he made", "it took").
_IRREGULAR_PAST = frozenset(
    "made took gave told said found went came got saw knew thought felt left kept held brought put set ran won "
    "lost paid sent spent met led began wrote spoke chose fell broke stood sat heard meant built cut hit let "
    "became drew grew threw sought fought caught taught bought struck shot hid".split())
_MODALS = frozenset("would will could can should may might must shall won't wouldn't couldn't can't shouldn't "
                    "won’t wouldn’t couldn’t can’t shouldn’t".split())
_DO_PAST = frozenset("did didn't didn’t".split())
_DO_PRESENT = frozenset("does doesn't doesn’t do don't don’t".split())
_PERFECT = frozenset("has have had hasn't haven't hadn't hasn’t haven’t hadn’t".split())


def _finite_tense(toks: list[Token], v: int, pronoun: bool) -> str | None:
    """The tense of token v read as the finite verb of a clause: "past" ("posed", "did not
    help", "told"), "present" ("poses" after a pronoun, "does not"), "perfect" ("has ignored"),
    "modal" ("would resign"), "be" (the copula or a progressive: "was headed"), or None when
    it is no finite verb ("the armed man": an adjective after a determiner)."""
    t = toks[v]
    lw = t.lower
    if not t.word or t.cap and v > 0:
        return None
    if lw in _DO_PAST:
        return "past"
    if lw in _DO_PRESENT:
        return "present"
    if lw in _MODALS:
        return "modal"
    if lw in _BE:
        return "be"
    if lw in _PERFECT:
        nxt = toks[v + 1] if v + 1 < len(toks) else None
        if nxt is not None and nxt.word and (nxt.lower.endswith("ed") or nxt.lower in _IRREGULAR_PARTICIPLES
                                              or nxt.lower in _IRREGULAR_PAST):
            return "perfect"
        return "past" if lw.startswith("had") else "present"
    if v > 0 and (toks[v - 1].lower in S.DETERMINERS or toks[v - 1].lower in S.POSSESSIVES):
        return None
    if len(lw) > 4 and lw.endswith("ed") or lw in _IRREGULAR_PAST:
        return "past"
    if pronoun and len(lw) > 3 and lw.endswith("s") and not lw.endswith("ss"):
        return "present"
    return None


def _clause_verb(toks: list[Token], i: int, end: int) -> tuple[int, str] | None:
    """The finite verb (index, tense) of a clause whose subject starts at token i, before index
    end: "he posed ...", "the drug either did not help ...", "harbour police and dock guards
    located ...". None when the words from i do not open a clause with its own subject."""
    if i >= end or not toks[i].word or toks[i].lower in S.PREPOSITIONS or toks[i].lower in S.AUXILIARIES \
            or toks[i].lower in S.CLAUSE_WORDS:
        return None
    pronoun = toks[i].lower in ("he", "she", "it", "they", "we", "i", "you")
    m = i + 1 if pronoun else i
    if not pronoun:
        # the subject noun phrase: words and "of" phrases, at most eight tokens, up to its verb
        while m < end and m - i < 9:
            t = toks[m]
            if not t.word and t.text not in ".-’'" or t.lower in S.PREPOSITIONS and t.lower != "of" \
                    or t.lower in S.CLAUSE_WORDS and t.lower not in ("either", "also", "just", "even", "still"):
                return None
            if m > i and (_finite_tense(toks, m, False) is not None or t.lower in S.ADVERBS
                          or t.lower in ("either", "not", "never")):
                break
            m += 1
        else:
            return None
    while m < end and (toks[m].lower in S.ADVERBS or toks[m].lower in ("either", "only", "not", "never")
                       or _adverb_ly(toks, m)):
        m += 1
    if m >= end:
        return None
    tense = _finite_tense(toks, m, pronoun)
    return (m, tense) if tense is not None else None


def _no_noun_head(toks: list[Token], first: int, last: int) -> bool:
    """Is the phrase first..last no noun phrase at all: ending in an -ly adverb or "own" ("a
    swiftly | called", "its own | fumes") or opening with a lower-case -ing verb and its object
    ("meaning Ortiz's name | would be required"; not "restructuring experts")?"""
    end = toks[last]
    if not end.cap and end.lower not in _LY_NOUNS and len(end.lower) > 3 and end.lower.endswith("ly") \
            or end.lower == "own":
        return True
    head = toks[first]
    nxt = toks[first + 1] if last > first else None
    return head.word and not head.cap and head.lower.endswith("ing") and nxt is not None \
        and (nxt.lower in ("the", "a", "an") or nxt.lower in S.POSSESSIVES or nxt.lower.endswith(("’s", "'s"))) \
        and head.lower not in ("king", "ring", "wing", "thing", "something", "nothing", "anything", "everything")


def _not_a_subject(toks: list[Token], first: int, last: int) -> bool:
    """Can the words first..last not be the subject of a verb cue after them? Not after an
    auxiliary ("did not unveil | plans"), not with a personal pronoun inside ("they made | plans"),
    not opening with an -ing verb ("dialing back | plans")."""
    before = toks[first - 1].lower if first > 0 and not toks[first - 1].cap else ""
    if before in S.AUXILIARIES or before in ("to", "not"):
        return True
    if any(toks[i].lower in ("he", "she", "they", "we", "i", "you") for i in range(first, last)):
        return True
    head = toks[first]
    return head.word and not head.cap and head.lower.endswith("ing") and first == last - 1


_PERSONAL_PRONOUNS = frozenset("he she they it we i you who which that".split())
_PLACE_PREPOSITIONS = frozenset("near outside inside around along beside".split())
_RR_OPENERS = frozenset("by in on at last this earlier late early for from with during over since through".split())
#: Words that open an adverbial clause: the subject of its verb starts right after them.
_SUBORDINATORS = frozenset("since because after when while although though as if once before until whereas".split())


def _named_appositive(toks: list[Token], np_: tuple[int, int], end: int, verbs: frozenset[str]) -> tuple[int, int]:
    """A description followed by the name it describes is one source: "said one shop owner, Maria
    Lopez, 54" -> "one shop owner, Maria Lopez". Only a lower-case description ("a nurse", "one
    resident") and a name of capitalised words closed by a comma, a bracket or the sentence end."""
    i, last = np_
    words = [t for t in toks[i : last + 1] if t.word and t.lower not in S.DETERMINERS and t.lower not in S.POSSESSIVES]
    if not words or any(t.cap for t in words) or last + 2 >= end or toks[last + 1].text != ",":
        return np_
    name = _right_np(toks, last + 2, end, verbs)
    if name is None or not all(t.cap for t in toks[name[0] : name[1] + 1] if t.word):
        return np_
    after = name[1] + 1
    if after < end and toks[after].text not in (",", ".", ")", ";", "—", "–", "!", "?") and toks[after].text not in _QUOTE_MARKS:
        return np_
    return i, name[1]


_QUOTE_MARKS = frozenset('"“”‘’\'')


def _reduced_relative(toks: list[Token], ci: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The subject of the cue at ci when it carries a reduced relative: "A survey published in early
    May found" -> (first, last, stop) of "A survey published in early May". Only a participle
    followed by a prepositional or time phrase counts, and only one that is no reporting verb of its
    own ("Alder claimed in March Ortiz said" keeps Ortiz as the source)."""
    verbs = lex.verb_forms
    e = ci - 1
    while e >= 0 and not toks[e].cap and (toks[e].lower in _SKIP_BEFORE_CUE or toks[e].lower in S.AUXILIARIES
                                          and toks[e].lower not in ("'s", "’s") or _adverb_ly(toks, e)):
        e -= 1
    if e < 2 or not toks[e].word:
        return None
    for p in range(e - 1, max(0, e - 10), -1):
        t = toks[p]
        lw = t.lower
        gerund = t.word and not t.cap and len(lw) > 5 and lw.endswith("ing") and lw not in lex.forms
        participle = t.word and not t.cap and (len(lw) > 4 and lw.endswith("ed") or lw in _IRREGULAR_PARTICIPLES)
        if participle or gerund:
            opener = toks[p + 1]
            if gerund and not (opener.lower in S.PREPOSITIONS | _PLACE_PREPOSITIONS
                               and opener.lower not in ("of", "to")):
                return None  # "Dock workers marching along the quay chanted"
            if not (opener.lower in _RR_OPENERS or _TIME_WORD.fullmatch(opener.text) or gerund):
                return None
            head = _left_np(toks, p - 1, 0, verbs)
            if head is not None and head[2] == "clause" and head[0] == 1 \
                    and toks[0].lower in ("but", "and", "so", "yet"):
                head = (head[0], head[1], "start")  # "But a study published in May found"
            if head is not None and head[2] == "clause" and head[0] >= 1 \
                    and toks[head[0] - 1].lower in _SUBORDINATORS:
                head = (head[0], head[1], "punct")  # "since letters examined by the Gazette suggest": a clause opens
            if head is None or head[1] != p - 1 or head[2] not in ("start", "punct"):
                return None
            if lw in lex.forms and toks[_past_time(toks, p + 1, len(toks))].lower != "by" \
                    and toks[head[0]].lower not in S.DETERMINERS:
                return None  # "Alder claimed in March ...": a reporting verb of its own
            if toks[head[0]].lower in S.SUBJECT_PRONOUNS or toks[head[0]].lower in S.OBJECT_PRONOUNS:
                return None
            return head[0], e, head[2]
        if not t.word and not (t.text in "-./" and p > 0 and toks[p - 1].end == t.start):
            return None
        if _TIME_WORD.fullmatch(t.text) and toks[p + 1].cap:
            return None  # "claimed in March Ana Ortiz said": a new subject after the time
        if (lw in S.CLAUSE_WORDS or lw in S.AUXILIARIES or lw in ("and", "or", "as", "like")
                or (lw in verbs or lw in lex.forms) and not t.cap) and not (t.cap and _TIME_WORD.fullmatch(t.text)):
            return None  # (the month "May" is no modal: "a report published in May by X found")
    return None


def _past_time(toks: list[Token], i: int, end: int) -> int:
    """The token after a short time phrase starting at i ("last week", "in May", "on Monday"), or i
    itself when none starts there: so that "published last week by X" reads like "published by X"."""
    j = i
    while j < end - 1 and j - i < 4 and (toks[j].lower in _TIME_LEADS or _TIME_WORD.fullmatch(toks[j].text)
                                         or toks[j].text[:1].isdigit()):
        j += 1
    return j if j > i and _TIME_WORD.fullmatch(toks[j - 1].text) or j > i and toks[j - 1].text[:1].isdigit() else i


_TIME_LEADS = frozenset("in on last this earlier early late".split())


_BOUNDARY = frozenset(",“”\"‘;:—–―(")


def _dash_appositive(toks: list[Token], k: int, verbs: frozenset[str]) -> tuple[int, int, str] | None:
    """The source before a dash-delimited appositive that closes at token k: "Kall -- co-editor
    of a book on the debates -- said" (the source runs from the name to the closing dash)."""
    dash = toks[k].text
    close = k - 1 if dash == "-" and k > 0 and toks[k - 1].text == "-" else k
    j = close - 1
    while j > 0 and close - j < 45:
        if toks[j].text == dash and not (dash == "-" and toks[j - 1].end == toks[j].start and toks[j - 1].word):
            open_ = j - 1 if dash == "-" and toks[j - 1].text == "-" else j
            np_ = _left_np(toks, open_ - 1, 0, verbs) if open_ > 0 else None
            if np_ is None or np_[1] != open_ - 1 or np_[2] not in ("start", "punct"):
                return None
            if np_[0] >= 2 and toks[np_[0] - 1].text == "," and not toks[np_[0]].cap:
                # "Paul Brandt, the head of X -- the firm that ... -- told": the name heads it
                name = _left_np(toks, np_[0] - 2, 0, verbs)
                if name is not None and name[1] == np_[0] - 2 and name[2] in ("start", "punct") \
                        and all(toks[p].cap or not toks[p].word for p in range(name[0], name[1] + 1)):
                    return name[0], close - 1, "punct"
            return np_[0], close - 1, "punct"
        if toks[j].text in ".;:" and not (toks[j].text == "." and _abbrev_dot(toks, j)):  # but "Mr. King"
            return None  # clause words are fine inside the dashes ("-- the firm that owns it, which is also ... --")
        j -= 1
    return None


def _appositive(toks: list[Token], k: int, verbs: frozenset[str]) -> tuple[int, int, str] | None:
    """The source before a comma or parenthesis that ends at token k: "X, a ..., said".

    Walks back over comma-separated segments while each is a complete noun phrase (or a
    relative clause, "who runs ..."), up to three; the source runs from the farthest one to k.
    """
    end = k
    j = k
    if toks[j].text == ")":
        while j >= 0 and toks[j].text != "(":
            j -= 1
        if j <= 0:
            return None
        np_ = _left_np(toks, j - 1, 0, verbs)
        if np_ is not None:
            return np_[0], end, np_[2]
        if toks[j - 1].text != ",":
            return None
        j -= 1
    # j is a comma: the segments before it
    skipped_adverbial = False
    best = None
    best_end = None
    for _ in range(5):
        b = j - 1
        depth = 0
        while b >= 0:
            t = toks[b].text
            if t == ")":
                depth += 1
            elif t == "(":
                depth -= 1
            elif depth <= 0 and (t in _BOUNDARY or t == "''" or t == "-" and b > 0 and toks[b - 1].text == "-"):
                break
            b -= 1
        seg_start = b + 1
        if seg_start >= j:
            break
        if toks[seg_start].lower in ("even", "also", "only", "and", "but") and seg_start + 1 < j \
                and (toks[seg_start + 1].cap or toks[seg_start + 1].lower in S.DETERMINERS):
            seg_start += 1  # "Even China, its only ally, said"
        first = toks[seg_start].lower
        adverbial = first in ("who", "which", "whose") or (
            best is None and (first in S.PREPOSITIONS or first in S.ADVERBS or first.endswith("ing") and not toks[seg_start].cap
                              # a participle phrase describing the source: "The report, published on Friday,"
                              or not toks[seg_start].cap and (len(first) > 4 and first.endswith("ed")
                                                              or first in _IRREGULAR_PARTICIPLES)))
        head = apposition = False
        if not adverbial and first not in S.PREPOSITIONS and not (b >= 0 and toks[b].text in "“\"‘" and not (
                toks[b].text == '"' and b > 0 and toks[b - 1].text in (",", "."))):  # 'On "Meet the Press," X, who'
            r = _right_np(toks, seg_start, j, verbs)
            # a head: a complete noun phrase ("Scott Pruitt", "the chief of police")
            head = r is not None and (
                r[1] >= j - 1 or toks[r[1] + 1].text == "(" or toks[r[1] + 1].lower in ("who", "whose", "which", "and"))
            # an apposition: a phrase that starts like a noun phrase ("one of the towns suing the
            # port authority", "a senior adviser to the campaign"); part of the source, never its start
            apposition = not head and r is not None and j - seg_start <= 30 and (
                first in S.DETERMINERS or first in S.POSSESSIVES or toks[seg_start].cap or first.isdigit()
                or seg_start + 1 < j and toks[seg_start + 1].lower in ("of", "for", "at"))  # "director of X"
        if best is None and skipped_adverbial and b < 0 and not head:
            # "... since Ortiz, at Tuesday's hearing, cited": the noun phrase ending the clause
            r2 = _left_np(toks, j - 1, seg_start, verbs)
            if r2 is not None and r2[1] == j - 1 and r2[2] == "clause" and (
                    toks[r2[0]].cap or toks[r2[0]].lower in S.DETERMINERS or toks[r2[0]].lower in S.POSSESSIVES):
                return r2[0], j - 1, "punct"
        if not (adverbial or head or apposition) and (
                first == "of" and seg_start + 1 < j and toks[seg_start + 1].cap and j - seg_start <= 6):
            apposition = True  # "Ana Ortiz, 42, of Lisbon, said": where the source is from
        if not (adverbial or head or apposition):
            break
        skipped_adverbial = skipped_adverbial or adverbial
        if head:
            best = seg_start
        if (head or apposition) and best_end is None:
            best_end = j - 1
        if b < 0 or toks[b].text != ",":
            break
        j = b
    if best is None:
        return None
    return best, end if best_end is None else best_end, "punct"


def _closing_np(toks: list[Token], k: int) -> bool:
    """Do the tokens after the sentence's last comma (or closing quote) up to k make a noun phrase
    led by a determiner ("..., the report found.", "...,” a new study finds.")?"""
    j = k
    while j >= 0 and (toks[j].word or toks[j].text in ("-", "’", "'")) and k - j < 10:
        j -= 1
    if j < 1 or j + 1 >= k or not (toks[j].text == "," or toks[j].text in _CLOSE_QUOTES or toks[j].text == '"'):
        return False  # a determiner and a noun at least: not "..., the show.
    first = toks[j + 1].lower
    if first not in ("the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "one", "another"):
        return False
    return not any(toks[m].lower in lexicon().verb_forms or toks[m].lower in S.AUXILIARIES for m in range(j + 2, k + 1))


def _main_subject(toks: list[Token], ci: int, verbs: frozenset[str]) -> Span | None:
    """The subject of the clause a participle cue hangs on: the first noun phrase of the
    sentence after leading adverbials ("On Monday, however, Ortiz spoke ..., promising")."""
    i = 0
    ci = min(ci, 60)  # a subject is found near the start of its sentence, or not at all
    while i < ci:
        t = toks[i]
        if t.lower in S.PREPOSITIONS or t.lower in S.ADVERBS or t.lower in ("but", "and", "so", "yet", "however") \
                or t.lower.endswith(("ing", "ed")) and not t.cap or not t.word \
                or i == 0 and len(t.lower) > 5 and t.lower.endswith("ed") and i + 1 < ci \
                and toks[i + 1].lower in S.PREPOSITIONS \
                or i > 0 and toks[i - 1].text == "," and t.lower in ("as", "including", "such"):
            # "Chastened by the audits, as well as gripes about Y, Ortiz ..."
            # skip a leading adverbial up to its comma
            j = i
            while j < ci and toks[j].text != ",":
                j += 1
            if j >= ci:
                if t.word and t.lower in ("but", "and", "so", "yet"):
                    i += 1
                    continue
                return None
            i = j + 1
            while i < ci and toks[i].text in _CLOSE_QUOTES + '"':
                i += 1  # '“Promise mama,” Blige sings ...': past the quotation's closing mark
            continue
        break
    if i >= ci:
        return None
    if toks[i].lower in ("he", "she", "they", "it", "we", "i"):
        return Span(toks[i].start, toks[i].end)
    r = _right_np(toks, i, ci, verbs)
    verb = next((m for m in range(r[0] + 1, r[1] + 1) if _finite_tense(toks, m, False) == "past"
                 and toks[m - 1].lower not in S.DETERMINERS and toks[m - 1].lower not in S.POSSESSIVES), None) \
        if r else None  # (not "the unexpected depth": after a determiner it is an adjective)
    if verb is not None:
        r = (r[0], verb - 1)  # "the mayor revised his plan, promising Y": the subject ends at its verb
    return _sp(toks, *r) if r else None


def _skip_object(toks: list[Token], i: int, n: int, verbs: frozenset[str]) -> int:
    """Index of the last token of a hearer object after an object verb ("told Reuters"), else i - 1.

    Nothing is skipped when nothing would follow the object ("would tell a story").
    """
    last = _skip_hearer(toks, i, n, verbs)
    if last >= i and not any(t.word for t in toks[last + 1 :]):
        return i - 1
    return last


def _skip_hearer(toks: list[Token], i: int, n: int, verbs: frozenset[str]) -> int:
    if i >= n or not toks[i].word:
        return i - 1
    if toks[i].lower in S.OBJECT_PRONOUNS or toks[i].lower in ("reporters", "journalists", "lawmakers"):
        return i
    if toks[i].lower in ("that", "whether", "if", "about", "to", "on"):
        return i - 1
    np_ = _right_np(toks, i, n, verbs)
    if np_ is None:
        return i - 1
    if np_[1] - np_[0] > 6:
        return i - 1
    return np_[1]


#: Nouns of a person sent or attached to another party, whose "to X" is part of the noun phrase
#: ("Alder's envoy to the council said", "the Gazette's correspondent to the islands warned").
_ENVOY_NOUNS = frozenset("ambassador ambassadors envoy envoys emissary emissaries representative representatives "
                         "delegate delegates delegation adviser advisers advisor advisors liaison consul "
                         "correspondent correspondents counselor counsellor counsel aide aides".split())


def _name_list_start(toks: list[Token], first: int) -> int | None:
    """Does a list of names open the sentence before the coordinated noun phrase at token first
    ("Ortiz, Alder and the harbour master said": first is "Alder")? Then the whole list speaks;
    the start of the list is returned. Each earlier item is a short run of capitalised words, not
    a leading adverbial ("On Tuesday, Ortiz and Alder said", "Last week, ...")."""
    c = first - 1
    while c >= 1 and toks[c].text == ",":
        m = c - 1
        while m >= 0 and toks[m].word and toks[m].cap and c - m <= 4:
            m -= 1
        if m == c - 1 or toks[m + 1].lower in S.PREPOSITIONS or toks[m + 1].lower in S.DETERMINERS \
                or toks[m + 1].lower in S.CLAUSE_WORDS or toks[m + 1].lower in S.ADVERBS \
                or any(_TIME_WORD.fullmatch(toks[x].text) for x in range(m + 1, c)):
            return None
        if m < 0:
            return 0
        c = m
    return None
