"""Claim links: a denial or confirmation linked to the earlier sentence it answers (issue 3).

"Mikati's office denied the U.S. had asked Lebanon to declare a unilateral ceasefire"
answers an earlier sentence that reports the U.S. asked Lebanon to declare a unilateral
ceasefire. We find it by content-word overlap: both sides are reduced to cheap lemmas
(lower case, no possessive, no dots, no plural or verb ending, stopwords and report
verbs dropped), and the denied content is scored against each earlier sentence by the
share of its lemmas that the earlier sentence holds, each lemma weighted by its rarity in
the document. The best earlier sentence above a threshold is linked (ties go to the
nearest, as a reader would resolve them), and any other earlier sentence scoring as well
(a headline that says the same) after it.

Which sentences are answers: those whose stance is ``denies``, and those that assert by
a confirmation or an announcement (stance.py's rule says which).

What the denial denies: an attribution's content when the attribution package gives one for a
deny or confirm cue; else the words after the denial or confirmation verb up to the end
of its clause ("denied [the U.S. had asked ...]"); else, for a refuting word, the clause
of a claim noun ("reports that [...] are false"); else, for a negated statement ("Pope
did not say ..."), the whole sentence. A verb's object or a refuting word's subject too
short to compare is left unlinked rather than compared as a whole sentence: "deny
climate change" would otherwise match every sentence about the climate.

Anaphora: when what is denied or confirmed is named, not restated ("rejected that
argument", "dismissed those reports", "confirmed the report", "That comment is a lie",
"This is bogus", "his comments were false"), the link goes to the nearest of the four
sentences before that holds the noun's own word or its verb ("argument" → "arguing",
"criticism" → "critic", "comment" → "said" or a quotation); a bare "this"/"that"/"it"
points at the sentence just before, if that one makes a claim, and so does an agreement
with no object ("His sister agreed, but ...": it confirms what was just argued).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from reader.analysis.model import ClaimLink, LinkKind, Sentence, Span

__all__ = ["MIN_OVERLAP", "MIN_SCORE", "content_lemmas", "lemma", "link_claims"]

#: The share of the denied content's lemmas an earlier sentence must hold to be linked.
MIN_SCORE = 0.5
#: ... and at least this many lemmas in common.
MIN_OVERLAP = 3
#: Other earlier sentences scoring within this of the best are linked too (best first).
TIE = 0.1
MAX_LINKS = 2

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.'’-]*")
_CLAUSE_END = re.compile(
    r'[;:?!]|[,.]\s*[”"]|[”"]\s*,|\s[-–—]\s|,\s+(?:but|while|although|though|which|as)\s'
    r"|(?<=[a-z]{2})\.(?=\s|$)"
)

# Function words, and verbs of saying, denying and confirming: they carry no content.
# ("us" is kept: it is also "U.S." once the dots are gone.)
_STOP = frozenset(
    """a an the and or but if then than so of to in on at by for with from into onto over under about
    after before during since until as per via up down out off again also not no nor never only just even
    very too more most much many some any all each every both either neither other another such same own
    this that these those there here where when why how what which who whom whose it its it's they them
    their theirs he him his she her hers we our ours you your yours i me my mine one
    is are was were be been being am has have had having do does did doing will would shall should can
    could may might must ought let get got
    say said says saying tell told tells according claim claimed claims report reported reports
    statement deny denied denies denial reject rejected rejects dismiss dismissed refute refuted
    confirm confirmed confirms admit admitted acknowledge acknowledged announce announced
    false true fake hoax week year today yesterday mr mrs ms""".split()
)


def lemma(token: str) -> str:
    """A cheap lemma: lower case, no possessive, no dots, no plural or -ed/-ing ending, no
    final e ("declared" and "declare" meet at "declar"; "U.S." and "US" at "us")."""
    t = token.lower().replace("’", "'")
    if t.endswith("'s"):
        t = t[:-2]
    t = t.replace(".", "").replace("'", "")
    if len(t) > 4 and t.endswith("ies"):
        t = t[:-3] + "y"
    elif len(t) > 4 and t.endswith(("sses", "shes", "ches", "xes")):
        t = t[:-2]
    elif len(t) > 3 and t.endswith("s") and not t.endswith(("ss", "us", "is")):
        t = t[:-1]
    if len(t) > 5 and t.endswith("ing"):
        t = t[:-3]
    elif len(t) > 4 and t.endswith("ed"):
        t = t[:-2]
    if len(t) > 3 and t.endswith("e"):
        t = t[:-1]
    return t


_CACHE: dict[str, str] = {}  # token -> lemma ("" for a stopword): tokens repeat a lot


def _lemma_of(raw: str) -> str:
    t = raw.lower().replace("’", "'").rstrip(".'")
    if t in _STOP or t.replace(".", "") in _STOP:
        return ""
    lem = lemma(t)
    return lem if len(lem) > 1 and lem not in _STOP else ""


def content_lemmas(text: str) -> frozenset[str]:
    """The content lemmas of a piece of text (stopwords and one-letter words dropped)."""
    if len(_CACHE) > 100_000:
        _CACHE.clear()
    get = _CACHE.get
    out = set()
    for raw in _TOKEN.findall(text):
        lem = get(raw)
        if lem is None:
            lem = _CACHE[raw] = _lemma_of(raw)
        out.add(lem)
    out.discard("")
    return frozenset(out)


def _kind(s: Sentence) -> LinkKind | None:
    """Does the sentence deny or confirm something? Its stance says (attributions have
    been weighed there already, negation and scope included)."""
    if s.stance == "denies":
        return "denies"
    if s.stance == "asserts" and s.stance_rule.startswith(("confirmed", "announced")):
        return "confirms"
    return None


_CLAIM_NOUN = {
    # noun -> the word starts that mark the sentence that made the claim (the noun's own, its verb's)
    "report": ("report",), "claim": ("claim", "said", "says", "told", "insist", "assert", "argu"),
    "allegation": ("alleg", "accus"),
    "accusation": ("accus", "alleg"), "charge": ("charg", "accus", "alleg"), "argument": ("argu",),
    "assertion": ("assert",), "suggestion": ("suggest",), "criticism": ("critic",),
    "rumor": ("rumor",), "rumour": ("rumour",), "speculation": ("speculat",), "theory": ("theor",),
    "theories": ("theor",), "story": ("story", "stories", "report"),
    "stories": ("story", "stories", "report"), "account": ("account", "said", "says", "told"),
    "statement": ("statement", "stated", "said", "says", "told", "\u201c", '"'),
    "comment": ("comment", "said", "says", "told", "\u201c", '"'),
    "remark": ("remark", "said", "says", "told", "\u201c", '"'),
    "characterization": ("characteriz", "characteris", "call"),
    "idea": ("idea",), "notion": ("notion",),
}
_NOUNS = "|".join(sorted(_CLAIM_NOUN, key=len, reverse=True))
_DETERMINER = r"(?:that|this|those|these|the|such|his|her|their|its|(?-i:[A-Z][\w.'’-]*)['’]s)"
# a claim noun after a determiner and up to two modifiers: "the president's latest claims"
_NAMED_NOUN = rf"(?:{_DETERMINER})\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_NOUNS})(?:s|es)?\b"
# a named claim right after a denial or confirmation verb: "rejected that argument",
# "dismissed the criticism", "denied the reports", "confirmed it."
_OBJECT = re.compile(
    rf"\s+(?:{_NAMED_NOUN}(?!\s+(?:that|of|about)\b)"
    r"|(?:it|this|that|them)(?=\s*(?:[.,;:!)]|$|\s+(?:as|in|on|at|by|and|but|last|this|outright|strongly)\b)))",
    re.IGNORECASE,
)
# a named claim as the subject of a refuting word's copula: "That comment is a lie", "This is
# totally bogus", "his comments were 'Mostly False'", "the president's claims about ... are
# unfounded" (not "it's something that gives sailors false comfort": the word must be the predicate)
_PREDICATE = (
    r"\s+(?:is|was|are|were|be|been|remains?|remained)\s+[\"“‘']?"
    r"(?:(?:a|an|all|just|simply|also|still|totally|completely|entirely|utterly|patently|demonstrably|"
    r"flatly|mostly|largely|wholly|plainly|clearly|both)\s+)*[\"“‘']?\s*$"
)
_SUBJECT = re.compile(
    rf"(?:^|\s){_NAMED_NOUN}"
    rf"(?:\s+(?:about|on|of|regarding)\s+[^,;:]{{1,80}}?)?{_PREDICATE}"
    r"|^\W*(?:that|this|it)(?:['’]s\s+(?:(?:a|an|all|just|simply|totally|completely|entirely|utterly|patently)\s+)*"
    rf"[\"“‘']?\s*$|{_PREDICATE})",
    re.IGNORECASE,
)
# an agreement with no object: it agrees with what was just said
_BARE = re.compile(r"\s*(?:[.,;:!]|$|[”\"']|\s+with\s+(?:him|her|them|that|this|it)\b)")
_CLAIM_THAT = re.compile(rf"\b(?:{_NOUNS})s?\s+that\s+", re.IGNORECASE)
_REFUTING_RULES = ("refuting word", "doubt or rebuttal")


def _named_claim(text: str, s: Sentence, kind: LinkKind) -> tuple[bool, str | None]:
    """Does the sentence name what it denies or confirms instead of restating it? (found,
    the claim noun or None for a bare pronoun)."""
    if not s.stance_cues:
        return False, None
    rule = s.stance_rule
    if rule.startswith(("denial verb", "confirmed", "announced")):
        for cue in s.stance_cues:
            if kind == "confirms" and text[cue.start : cue.end].lower().endswith("agreed"):
                if _BARE.match(text, cue.end, s.end):
                    return True, None  # "His sister agreed, but ...", "Sixty-one percent agreed."
            m = _OBJECT.match(text, cue.end, s.end)
            if m:
                noun = m.group("noun")
                return True, noun.lower() if noun else None
        return False, None
    if rule.startswith(_REFUTING_RULES):
        for cue in s.stance_cues:
            stop = max([s.start, *(b.end() for b in _CLAUSE_START.finditer(text, s.start, cue.start))])
            m = _SUBJECT.search(text[stop : cue.start])
            if m:
                noun = m.group("noun")
                return True, noun.lower() if noun else None
    return False, None


_CLAUSE_START = re.compile(r"[;:]\s|,\s+(?:but|and|while|although|though)\s|\.\s")


def _antecedent(text: str, sentences: Sequence[Sentence], i: int, noun: str | None) -> int | None:
    """The sentence a named claim refers to: the nearest earlier one holding the noun's word
    or its verb ("that argument" → "arguing"), or, for a bare "this"/"that", the one just
    before if it makes a claim."""
    s = sentences[i]
    if noun is None:
        j = i - 1
        if j >= 0 and sentences[j].claim and sentences[j].block >= s.block - 1:
            return j
        return None
    starts = _CLAIM_NOUN[noun]
    for j in range(i - 1, max(-1, i - 5), -1):
        t = text[sentences[j].start : sentences[j].end]
        low = t.lower()
        if any(c in t for c in starts if not c.isalpha()):
            return j
        if any(w.startswith(starts) for w in _TOKEN.findall(low)):
            return j
    return None


def _answered_content(text: str, s: Sentence, kind: LinkKind) -> frozenset[str]:
    """The lemmas of what sentence ``s`` denies or confirms (empty: nothing comparable)."""
    groups = ("deny",) if kind == "denies" else ("confirm", "admit")
    spans: list[Span] = [c for a in s.attributions if a.cue_group in groups for c in a.content]
    if spans:
        words = content_lemmas(" ".join(text[c.start : c.end] for c in spans))
        if len(words) >= MIN_OVERLAP:
            return words
    rule = s.stance_rule
    if rule.startswith(("denial verb", "confirmed", "announced")) and s.stance_cues:
        cue = s.stance_cues[-1] if kind == "confirms" else s.stance_cues[0]
        stop = _CLAUSE_END.search(text, cue.end, s.end)
        return content_lemmas(text[cue.end : stop.start() if stop else s.end])
    if rule.startswith(_REFUTING_RULES) and s.stance_cues:
        m = None
        for m in _CLAIM_THAT.finditer(text, s.start, s.stance_cues[0].start):
            pass
        return content_lemmas(text[m.end() : s.stance_cues[0].start]) if m else frozenset()
    if rule.startswith(("negated statement", "negative answer")):
        return content_lemmas(text[s.start : s.end])
    return frozenset()


def link_claims(text: str, sentences: Sequence[Sentence]) -> list[tuple[ClaimLink, ...]]:
    """For each sentence, the earlier sentences whose content it denies or confirms.

    The score is the share of the denied content an earlier sentence holds, each lemma
    weighted by its rarity in the document (inverse sentence frequency), so that the
    article's topic words ("Israel", "ceasefire") count for less than what is specific
    to the claim ("unilateral", "declare")."""
    out: list[tuple[ClaimLink, ...]] = [() for _ in sentences]
    kinds = [_kind(s) for s in sentences]
    if not any(k is not None for k in kinds[1:]):
        return out
    lemmas = [content_lemmas(text[s.start : s.end]) for s in sentences]
    df: dict[str, int] = {}
    for ls in lemmas:
        for w in ls:
            df[w] = df.get(w, 0) + 1
    n = len(sentences)

    def weight(w: str) -> float:
        return math.log((n + 1) / (df.get(w, 0) + 0.5)) + 0.1

    for i, s in enumerate(sentences):
        kind = kinds[i]
        if kind is None or i == 0:
            continue
        want = _answered_content(text, s, kind)
        scored = []
        if len(want) >= MIN_OVERLAP:
            weights = {w: weight(w) for w in want}
            total = sum(weights.values())
            for j in range(i):
                common = want & lemmas[j]
                if len(common) >= MIN_OVERLAP:
                    score = sum(weights[w] for w in common) / total
                    if score >= MIN_SCORE:
                        scored.append((score, j))
        if scored:
            scored.sort(key=lambda sj: (-sj[0], -sj[1]))  # best first; ties: the nearest
            best = scored[0][0]
            out[i] = tuple(ClaimLink(kind, j) for score, j in scored[:MAX_LINKS] if score >= best - TIE)
            continue
        named, noun = _named_claim(text, s, kind)
        j = _antecedent(text, sentences, i, noun) if named else None
        if j is not None:
            out[i] = (ClaimLink(kind, j),)
    return out
