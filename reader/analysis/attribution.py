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
"""

from __future__ import annotations

import bisect
import itertools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from reader.analysis import sources as S
from reader.analysis.model import Attribution, Span
from reader.analysis.sources import Token, tokenize

# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class CueEntry:
    group: str
    lemma: str
    form: str  # base, s, past, ing, part, fixed
    takes_object: bool = False
    passive: bool = False
    noun_like: bool = False  # also a common noun: needs a clearly verbal context


@dataclass(frozen=True, slots=True)
class Lexicon:
    regex: re.Pattern[str]
    forms: dict[str, CueEntry]  # lower-case verb / phrase form -> entry
    fixed: tuple[CueEntry, ...]  # by named group index f0, f1, ...
    stances: dict[str, str]  # group -> stance hint
    verb_forms: frozenset[str]  # every inflected verb form (a noun phrase stops at one)
    own_framing: frozenset[str] = frozenset()  # groups dropped when nested in another's content
    nominal: dict[str, str] = field(default_factory=dict)  # "claim" -> group, for "X's claim that"
    nominal_regex: re.Pattern[str] | None = None
    particles: dict[str, frozenset[str]] = field(default_factory=dict)  # "call" -> {"into", ...}
    nominal_guard: re.Pattern[str] | None = None  # a cheap pre-check: a nominal cue before that/to
    nominal_about: dict[str, str] = field(default_factory=dict)  # "claims" -> group, for "X's claims about"
    clause_only: frozenset[str] = frozenset()  # lemmas that are no cue before a plain noun phrase object
    thing_object: frozenset[str] = frozenset()  # lemmas that are no cue before a plain noun of a thing, no clause


def _inflect(spec: str) -> tuple[str, dict[str, str]]:
    """'lemma|past|ing|participle' -> lemma and {form name: word}."""
    parts = spec.split("|")
    lemma = parts[0]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        s_form = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        s_form = lemma[:-1] + "ies"
    else:
        s_form = lemma + "s"
    if len(parts) > 1:
        past = parts[1]
    elif lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    if len(parts) > 2:
        ing = parts[2]
    elif lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    part = parts[3] if len(parts) > 3 else past
    return lemma, {"base": lemma, "s": s_form, "past": past, "ing": ing, "part": part}


#: The prepositions after a nominal cue of [nominal_about] that open what it is about.
_ABOUT = r"(?:about|of|on|over|for|against|toward|towards)"


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

#: After such a preposition, a time or a medium, not a topic: "his remarks on Saturday".
_NOT_ABOUT = re.compile(
    r"\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Twitter|Facebook|television|TV|radio|camera|"
    r"the\s+(?:weekend|campaign\s+trail|floor|air|radio|phone|record))\b|\d)"
)
#: Where the topic of such a noun ends: a clause boundary or the verb of the clause it is the subject of.
_ABOUT_END = re.compile(
    r"[,;:—()]|\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\s"
)


def load_lexicon(toml_text: str) -> Lexicon:
    """Compile the cue lexicon (the TOML text of ``data/cues.toml``). The first group wins a form."""
    data = tomllib.loads(toml_text)
    frames = data.get("frames", {})
    objects = {_inflect(v)[0] for v in frames.get("object", [])}
    passives = {_inflect(v)[0] for v in frames.get("passive", [])}
    never = {w.lower() for w in frames.get("never", [])}
    noun_like = {w.lower() for w in frames.get("nouns", [])}
    forms: dict[str, CueEntry] = {}
    fixed: list[CueEntry] = []
    fixed_res: list[str] = []
    stances: dict[str, str] = {}
    verb_forms: set[str] = set()
    for group, spec in data["groups"].items():
        stances[group] = spec.get("stance", "reports")
        for pattern in spec.get("fixed", []):
            re.compile(pattern)  # fail early on a bad entry
            fixed.append(CueEntry(group, pattern, "fixed"))
            fixed_res.append(pattern)
        for verb in spec.get("verbs", []):
            lemma, infl = _inflect(verb)
            for form, word in infl.items():
                key = word.lower()
                if key not in never and key not in noun_like:
                    verb_forms.add(key)  # a noun phrase stops at it
                if key not in forms or forms[key].form == "part" and form != "part":
                    if key in forms and forms[key].group != group:
                        continue
                    if key in never:
                        continue
                    forms[key] = CueEntry(group, lemma, form, lemma in objects, lemma in passives, key in noun_like)
        for phrase in spec.get("phrases", []):
            words_spec, _, irregular = phrase.partition("|")
            words = words_spec.split(" ")
            lemma, infl = _inflect(words[0] + ("|" + irregular if irregular else ""))
            tail = " ".join(words[1:])
            for form, word in infl.items():
                key = f"{word} {tail}".lower()
                forms.setdefault(key, CueEntry(group, f"{lemma} {tail}", form, lemma in objects, False))
    guarded, free, first = [], [], set()
    for i, p in enumerate(fixed_res):
        words = _leading_words(p)
        (guarded if words else free).append(f"(?P<f{i}>{p})")
        first |= words or set()
    fixed_alts = "|".join(
        ([f"(?={_trie(sorted(first))}\\b)(?:{'|'.join(guarded)})"] if guarded else []) + free
    )
    regex = re.compile(
        rf"(?<![\w’'-])(?:{fixed_alts}{'|' if fixed_alts else ''}(?P<v>{_trie(sorted(forms))}))(?![\w-])", re.I
    )
    nominal = {k.lower(): v for k, v in data.get("nominal", {}).items()}
    about = {k.lower(): v for k, v in data.get("nominal_about", {}).items()}
    heads = []
    if nominal:
        # "to" opens an infinitive, not a prepositional phrase ("her commitment to the group")
        heads.append(rf"(?P<cue>{_trie(sorted(nominal))})\s+(?=(?:that|to)\s)"
                     r"(?!to\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its|our|my)\b|[A-Z0-9$]))")
    if about:
        # "the union's claims about the audit", "the board's disdain for him": the preposition is part of the cue
        # a weekday may come between: "Ortiz's remarks Tuesday on the closure"
        heads.append(rf"(?P<pcue>(?:{_trie(sorted(about))})(?:\s+{_WEEKDAY})?\s+{_ABOUT})(?=\s)")
    nominal_regex = re.compile(
        r"(?<![\w’'-])(?P<src>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s"
        r"|[Tt]he\s+(?:[\w-]+\s+)?[\w-]+[’']s"
        # a plural or a common noun as possessor: "editorial boards’ disdain for", "Tulsa police’s claim"
        r"|(?:[A-Z][\w.&-]*\s+){1,3}[a-z][\w-]*[’']s(?<!\bit[’']s)"
        r"|(?:(?!(?:than|that|the|a|an|of|to|in|on|for|with|and|or|but|by|from|at|as|is|are|was|were|more|less"
        r"|some|many|all)\s)"
        r"[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*s[’'](?![\w’'])"
        # a name as the noun's modifier: "a Harbour Gazette report that", "the Northern reluctance to"
        r"|(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*)\s+"
        r"(?:(?:latest|new|recent|earlier|repeated|previous|own|false|frequent|public|private|initial|original|"
        r"first|last|final|bold|controversial|unfounded|baseless|unsubstantiated|oft-repeated|dubious|renewed|"
        r"stated|explicit|implicit|vague|sweeping|infamous|open|obvious|growing|deep|strong|harsh|sharp|"
        r"continued|longtime|long-standing)\s+)?"
        rf"(?:{'|'.join(heads)})"
    ) if heads else None
    # The full pattern is tried at every position; this one starts with the nouns' first
    # letters, which the regex engine skips to quickly: most sentences have no nominal cue.
    # one trie of all the nouns, then any of their next words: looser than the full pattern, and fast
    nominal_guard = re.compile(
        rf"{_trie(sorted(set(nominal) | set(about)))}(?:\s+{_WEEKDAY})?\s+(?:that|to|{_ABOUT[3:-1]})\s"
    ) if nominal or about else None
    particles = {k: frozenset(v) for k, v in data.get("particles", {}).items()}
    return Lexicon(regex, forms, tuple(fixed), stances, frozenset(verb_forms),
                   frozenset(frames.get("own_framing", [])), nominal, nominal_regex, particles,
                   nominal_guard, about, frozenset(_inflect(v)[0] for v in frames.get("clause_only", [])),
                   frozenset(_inflect(v)[0] for v in frames.get("thing_object", [])))


_LEADING = re.compile(
    r"\(\?:((?:[A-Za-z'’\[\]]+\|)*[A-Za-z'’\[\]]+)\)(?:\\s|\(\?=\\s|$)|([A-Za-z'’\[\]]+)(?:\\s|\(\?=\\s|$)")


def _leading_words(pattern: str) -> set[str] | None:
    """The words a fixed cue pattern can start with ("(?:did|does)\\s+not" -> {did, does}), or None."""
    m = _LEADING.match(pattern)
    if m is None:
        return None
    words = set()
    for w in (m.group(1) or m.group(2)).split("|"):
        if "[" in w:  # "didn['’]t": cut at the class, a prefix is enough for a look-ahead guard
            w = w[: w.index("[")]
        if not w:
            return None
        words.add(w.lower())
    return words


def _trie(words: list[str]) -> str:
    """One regex alternation of words, factored by common prefixes.

    Python's regex engine tries alternatives one by one; a trie branches on each character
    instead, which makes the lexicon scan about ten times faster.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + ("?" if end else "")

    return emit(root)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged cue lexicon, compiled once."""
    text = resources.files("reader.analysis").joinpath("data", "cues.toml").read_text(encoding="utf-8")
    return load_lexicon(text)


def cue_stance(group: str) -> str:
    """The stance a cue group suggests (``reports``, ``asserts``, ``hedges``, ``denies``, ``declines``)."""
    return lexicon().stances.get(group, "reports")


# ---------------------------------------------------------------- helpers

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
_TRAIL = " \t\n\r.,;:–—-―"
_LEAD = " \t\n\r,;:–—-―"
_THAT = re.compile(r"\s*(?:that|whether|if)\b\s*", re.I)
_ADJUNCT_LEAD = re.compile(
    r"(?:\s*,?\s*(?:(?:in|on|via|through|during|at|with)\s+(?:a|an|the|his|her|their|its|our)\s+"
    r"(?:(?:written|joint|brief|short|separate|new|televised|recent|radio|phone|telephone|TV|television|"
    r"email|e-mail|emailed|press|news|prepared|lengthy|exclusive|weekly|Sunday|Monday|Friday)\s+)*"
    r"(?:statement|interview|letter|tweet|post|email|e-mail|speech|op-ed|release|memo|briefing|"
    r"conference|call|appearance|video|remarks|hearing|rally|filing|message|note|report|show|program|"
    r"event|meeting|debate|session|town\s+hall|forum|address)"
    r"(?:\s+(?:to|with|on|at|in|from)\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*\s*)+)?"
    rf"|(?:on|last|this|early|late|next)\s+(?:{S.WEEKDAYS}|week|month|year|night|morning|afternoon|evening)"
    rf"|(?:{S.WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|(?:in|on)\s+(?:{S.MONTHS})(?:\s+\d+)?"
    r"|(?:on|in|to|via)\s+(?:Twitter|Facebook|"
    r"Instagram|television|TV|radio|CNN|Fox(?:\s+News)?|MSNBC|NBC|CBS|ABC|reporters|journalists)"
    r"|earlier|later|previously|recently|also|again|then|repeatedly|publicly|privately|yesterday|today"
    r"|(?:to|at)\s+(?:a|the)\s+(?:crowd|audience|reporters|rally|gathering|news\s+conference|press\s+conference)"
    r")\b)+\s*,?",
)
_TITLE_PREFIX_BLOCK = frozenset(
    "watch breaking exclusive update updated live video photos photo opinion analysis editorial review "
    "podcast listen read note q&a fact check correction corrections clarification latest related".split()
)
_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
    r"|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+[A-Z][a-z]+"
)
_DASH_SOURCE = re.compile(
    r"[”\"]\s*[―—–]\s*([A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|the|de|van|von|al-\w+)){0,5})"
)
_LEAD_DASH_SOURCE = re.compile(r"\s*[―—–]\s*([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s*$")


@dataclass(slots=True)
class _Raw:
    cue: Span
    group: str
    source: Span | None
    content: list[Span]
    rule: str
    antecedent: Span | None = None
    reduced: bool = False  # the source carries a reduced relative ("a poll released in May")
    absolute: bool = False  # "with experts offering Y": its own subject, never the outer speaker's framing


def _sp(toks: list[Token], a: int, b: int) -> Span:
    return Span(toks[a].start, toks[b].end)


def _trim(text: str, start: int, end: int, lead: str = _LEAD, trail: str = _TRAIL) -> Span | None:
    while start < end and text[start] in lead:
        start += 1
    while end > start and text[end - 1] in trail:
        end -= 1
    return Span(start, end) if end > start else None


_WORD = re.compile(r"[^\W_]+")
#: Pairwise checks between the attributions of one sentence (nesting, reporting clauses) are
#: skipped past this many: only a pathological "sentence" has so many, and they are quadratic.
MAX_PAIRWISE = 40


def _words(text: str, span: Span | None, limit: int = 8) -> int:
    """Number of words in span, counted up to ``limit`` (callers only compare small counts)."""
    if span is None:
        return 0
    return sum(1 for _ in itertools.islice(_WORD.finditer(text, span.start, span.end), limit))


def _title_case(toks: list[Token]) -> bool:
    long_words = [t for t in toks if t.word and len(t.text) > 3 and not t.text[0].isdigit()]
    return len(long_words) >= 2 and sum(t.cap for t in long_words) >= 0.75 * len(long_words)


def _cut_adjunct(text: str, span: Span) -> Span:
    m = S._ADJUNCT.search(text, span.start, span.end)
    if m and m.start() > span.start:
        return Span(span.start, m.start())
    return span


# ---------------------------------------------------------------- noun phrases


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
                    lw in ("on", "to") and m > floor and toks[m - 1].cap and toks[m + 1].cap):
                stop = "clause"  # but "the Office on Harbour Safety" is one name
                break
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
        start += 1  # "On Monday Trump said": the date is no part of the source
    for p in range(start + 1, k + 1):
        tl = toks[p].lower
        prev = toks[p - 1].lower
        if (tl in S.DETERMINERS and tl not in ("one", "two", "three", "that") or tl in S.POSSESSIVES) and not (
            prev in S.NP_PREPOSITIONS or prev in ("and", "or", "&") or prev in S.DETERMINERS
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
#: Records and inquiries: what they reveal or find is a finding, whatever its object ("the scan revealed
#: deep corrosion", "surveys found them in the hull of every ferry").
_EVIDENCE_SUBJECTS = frozenset("study studies scan scans test tests research analysis data survey surveys review "
                               "audit investigation autopsy probe poll polls experiment experiments x-ray x-rays "
                               "report reports records".split())
_WH_WORDS = frozenset("how what why when where whether who whom which".split())
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
    called Zika has spread")? Then "called" names a thing; after "called Obama weak", "called the
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
            if m > i and not t.cap and toks[m - 1].cap and toks[m - 1].word and (
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


# ---------------------------------------------------------------- quotes


def _quote_balance(s: str) -> int:
    """Open minus closed double quotations in s (straight quotes alternate)."""
    bal = s.count("“") - s.count("”")
    straight = s.count('"')
    return bal + (straight % 2)


#: A straight double quote right after a number is an inch mark ('a 70" TV', '6\'2"'), when that
#: leaves the straight quotes of a stretch of text paired.
_INCH_MARK = re.compile(r'(?<![\w.])\d{1,3}(?:\.\d+)?"')


def _inch_mark(text: str, i: int) -> bool:
    """Is the straight quote at i an inch mark: after a number of one to three digits ('70"')?"""
    j = i
    while j > 0 and (text[j - 1].isdigit() or text[j - 1] == "."):
        j -= 1
    return _INCH_MARK.match(text, j, i + 1) is not None and (j == 0 or not text[j - 1].isalnum())


def _extend_forward(text: str, sents: Sequence[tuple[int, int]], si: int, span: Span) -> Span:
    """A content opening a quotation that this sentence leaves open runs to where it closes."""
    seg = text[span.start : span.end]
    if "“" not in seg and '"' not in seg:
        return span
    if seg.count("“") <= seg.count("”") and seg.count('"') % 2 == 0:
        return span
    if "“" not in seg and (seg.count('"') - len(_INCH_MARK.findall(seg))) % 2 == 0:
        return span  # 'the least expensive 70"+ TV': an inch mark, no quotation
    end = span.end
    prev_end = max(span.end, sents[si][1])
    for sj in range(si + 1, min(len(sents), si + 12)):
        s, e = sents[sj]
        piece = text[s:e]
        if "\n" in text[prev_end:s]:
            # a quotation runs on over a paragraph break only if the next paragraph opens with a
            # quotation mark (the convention for a quote of several paragraphs); that mark reopens it
            lead = piece.lstrip()
            if not lead.startswith(("“", '"')):
                break
            piece = lead[1:]
        end = e
        prev_end = e
        if "”" in piece or piece.count('"') % 2 == 1:
            break
    else:
        return span
    if end == span.end:
        return span
    t = _trim(text, span.start, end, lead="", trail=" \t\n\r,;:")
    return t or span


def _extend_backward(text: str, sents: Sequence[tuple[int, int]], si: int, span: Span) -> Span:
    """A content closing a quotation that opened in an earlier sentence reaches back to its opening."""
    seg = text[span.start : span.end]
    if "”" not in seg or seg.find("“") != -1 and seg.find("“") < seg.find("”"):
        return span
    start = span.start
    for sj in range(si - 1, max(-1, si - 12), -1):
        s, e = sents[sj]
        piece = text[s:e]
        start = s
        o = piece.rfind("“")
        if o != -1 and o > piece.rfind("”"):
            start = s + o
            break
        if "”" in piece:  # a closed quotation before: ours did not open earlier
            return span
    else:
        return span
    return Span(start, span.end)


# ---------------------------------------------------------------- frames


def _content_right(text: str, toks: list[Token], after: int, s_end: int) -> Span | None:
    """Content after the cue: skip adjuncts ("in a statement", "on Monday"), ":".

    None when what follows is set off by a comma or a dash ("..., X said, adding"; "X said –
    a claim ...") unless a quotation opens right after it ("X said, “Y”").
    """
    pos = toks[after].end if after >= 0 else s_end
    m = _ADJUNCT_LEAD.match(text, pos, s_end)
    if m and m.end() > pos:
        pos = m.end()
    while pos < s_end and text[pos].isspace():
        pos += 1
    lead = _PP_LEAD.match(text, pos, s_end)
    if lead is not None:
        pos = lead.end()  # "said after his appointment: “...”": the adjunct is no part of the quotation
    if pos < s_end and text[pos] in ",;–—―-(":
        rest = text[pos + 1 : s_end].lstrip()
        if not rest.startswith(("“", '"', "''")):
            return None
        pos += 1
    return _trim(text, pos, s_end)


#: A short prepositional adjunct right after a cue, set off by a colon or a comma from the quotation
#: that is the content: "said after the match: “...”", "wrote on his blog, “...”".
_PP_LEAD = re.compile(
    r"(?:after|before|during|following|in|on|at|via|through|to|from|with|about|of)\s+"
    r"[^,:;“”\"\n]{1,60}?[:,]\s*(?=[“\"])",
    re.I)


def _content_left(text: str, s_start: int, before: int) -> Span | None:
    return _trim(text, s_start, before)


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
            # "who in 2010 said", "Trump on Friday said", "officials last week said"
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


#: Weekdays and months that open a sentence before its subject ("On Monday Trump said").
_LEADING_TIMES = frozenset(S.WEEKDAYS.split("|")) | frozenset(S.MONTHS.split("|")) - {"May"}

#: Speech-act nouns whose "from" phrase names the source: "repeated warnings from his lawyer
#: that Y", "tremendous support from older voters", "criticism from Democrats".
_NOUN_FROM_GROUPS = {
    "warning": "say", "criticism": "criticise", "support": "support", "call": "urge", "praise": "support",
    "complaint": "criticise", "question": "criticise", "objection": "criticise", "pushback": "criticise",
    "backlash": "criticise", "condemnation": "criticise", "demand": "urge", "plea": "urge", "appeal": "urge",
    "threat": "intention", "assurance": "say", "denial": "deny", "endorsement": "support", "opposition": "criticise",
    "rebuke": "criticise", "attack": "criticise", "accusation": "claim", "allegation": "claim", "claim": "claim",
    "statement": "say", "comment": "say", "remark": "say", "testimony": "say", "advice": "urge", "request": "urge",
}
_NOUN_FROM = re.compile(
    r"(?<![\w’'-])(?P<cue>(?:(?:repeated|renewed|growing|mounting|sharp|harsh|fierce|strong|tremendous|"
    r"bipartisan|public|private|vocal|similar|earlier|new|fresh|angry|stern|frequent|widespread|heavy|broad)\s+)?"
    # (not "calls", "questions", "demand": phone calls, audience questions, demand from a market)
    r"(?P<noun>warnings?|criticisms?|support|praise|complaints?|objections?|pushback|backlash|"
    r"condemnations?|pleas?|appeals|threats|assurances?|denials?|endorsements?|opposition|rebukes?|"
    r"attacks|accusations?|allegations?|claims|statements?|comments|remarks|testimony)"
    r"\s+from)\s+(?P<src>(?:(?:the|his|her|their|its|our|some|many|several|other|fellow|top|both)\s+)?"
    r"(?:[\w.’'&-]+\s+){0,4}?[\w.’'&-]*\w)(?=\s*(?:[,.;:!?)—]|\s(?:that|to|who|which|over|about|on|for|in|at|"
    r"after|before|as|and|but|during|since|because|while|was|were|is|are|has|have|had)\b|$))",
)


_NOUN_FROM_GUARD = re.compile(_trie(sorted(
    {w + e for w in _NOUN_FROM_GROUPS for e in ("", "s")} | {"praise", "support", "testimony", "opposition", "pushback",
                                                               "backlash"})) + r"\s+from\s")


#: Unattributed claims as the object of a preposition of circumstance: "amid allegations of
#: fraud", "with claims of abuse", "dogged by charges that Y", "following initial reports of Y".
#: The claim is reported without a source; a bare plural elsewhere ("allegations of fraud were
#: dismissed", "he pointed to reports that") is left alone.
_BARE_CLAIMS = re.compile(
    r"(?<![\w’'-])(?i:amid|amidst|with|by|despite|following|after|over)\s+"
    r"(?:(?:new|fresh|initial|early|growing|mounting|widespread|repeated|numerous|multiple|unconfirmed|"
    r"unsubstantiated|false|credible|persistent|recent)\s+)?"
    r"(?P<cue>(?P<noun>(?i:claims|allegations|accusations|charges|reports|rumors|rumours))"
    r"(?:\s+(?P<prep>of|about)(?=\s)|(?=\s+that\s)))"
)
_BARE_CLAIM_GROUPS = {"claims": "claim", "allegations": "claim", "accusations": "claim", "charges": "claim",
                      "reports": "say", "rumors": "say", "rumours": "say"}

#: Prepositions not in the sources' list after which a cue form is a noun or an adjective.
_MORE_PREPOSITIONS = frozenset("despite amid amidst beyond unlike via per".split())

#: Causative verbs whose object is the one who speaks or thinks: "forced him to admit".
_CAUSATIVES = frozenset(
    "force forces forced forcing prompt prompts prompted prompting lead leads led leading cause causes caused "
    "causing compel compels compelled compelling drive drives drove driven driving inspire inspires inspired "
    "inspiring spur spurs spurred spurring provoke provokes provoked provoking get gets got getting".split()
)

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


#: Count words: after one an -ly word (not a known -ly noun) is an adverb: "two highly critical reports".
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many few".split())


#: Verbs (not ending in -ed/-es/-ing) that govern an infinitive cue: "seems to suggest".
_CATENATIVES = frozenset(
    "seems appears tends needs wants aims expects plans hopes intends wishes seeks vows helps starts "
    "begins continue refuse seem appear tend need want aim expect plan hope intend wish seek vow help "
    "start begin came come went go goes get gets got try tries "
    # "was able to tout", "has yet to explain", "might stop to consider", "is set to announce"
    "able unable yet stop stops set about ready willing eager likely unlikely sure certain bound "
    "attempt attempts dare dares "
    # an -s form governs only as one of these: "allow companies to tell", "requires candidates to
    # disclose" have a plural noun before "to"
    "continues refuses promises pledges agrees declines manages struggles proceeds "
    "prepares chooses strives tries vows".split()
)


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
                            and (_right_np(toks, e2 + 2, end + 1, lexicon().verb_forms) or (0, -1))[1] == end):
                    if toks[end].text == "," and toks[j - 1].text != ",":
                        return k  # "X, dedicating the museum on Saturday, said": the end of a longer aside
                    k = j - 1
                    if k >= 1 and toks[k].text == "," and toks[end].text == ",":
                        k -= 1
                    return k
    return k


_CONVENE = re.compile(r"\s+(?:a|an|the|another|new|fresh)\s+(?:[\w-]+\s+){0,2}?(?:meeting|election|vote|strike|session|"
                      r"summit|hearing|conference|recess|halt|ceasefire|truce|time-out|timeout|referendum)s?\b", re.I)
_NAMING_WHAT = re.compile(r"\bwhat\s+(?:[\w.’'-]+\s+){1,6}\Z", re.I)
_CONTRACTION = re.compile(r"(he|she|it|that|who|they|we|i|you)[’'](s|re|ve|d|ll|m)$", re.I)
_TIME_WORD = re.compile(rf"(?:{S.WEEKDAYS}|{S.MONTHS}|week|month|year|night|morning|afternoon|evening|"
                        r"(?:19|20)\d\d|Sept?|Oct|Nov|Dec|Jan|Feb|Aug)")


#: Verbs of urging that need a hearer before their "to" ("urged voters to"; not "asked to speak").
_NEEDS_HEARER = frozenset("urge invite encourage order instruct persuade convince press advise implore nudge prod "
                          "coax command summon exhort goad cajole entreat beseech".split())
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
    A headline verb has its object or clause there ("Court Orders Probe", "Obama Orders Fed To")."""
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


#: -ing forms of cue verbs that often modify a noun ("charging cable", "briefing room", "polling station").
_ING_MODIFIERS = frozenset("charging advertising publishing reporting polling briefing broadcasting branding".split())


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
        return False  # "said he", "but she", "Last week he", "Trump's": an ordinary clause
    if not _verb_before(toks, k - 1, lex):
        return False  # "In an interview with a radio station she blasted ...": a leading adjunct, no relative
    if bl in _WHEN_NOUNS:
        return False  # "the day he announced that Y": a relative of time, the verb keeps its own object
    if nxt < len(toks) and (toks[nxt].lower in ("that", "whether", "if") or toks[nxt].text in "“\":"):
        return False  # "the moment she realized that Y": the verb has its own clause, no gap
    if entry.group == "say" and nxt < len(toks):
        after = toks[nxt]
        if after.word and after.lower not in S.PREPOSITIONS and after.lower not in S.OBJECT_PRONOUNS \
                and not _TIME_WORD.fullmatch(after.text):
            return False  # "a clause they say could bar ...": a parenthetical report
    return True


def _frame(
    text: str, sents: Sequence[tuple[int, int]], si: int, toks: list[Token], ci: int, cj: int,
    entry: CueEntry, lex: Lexicon, prior: list[_Raw],
) -> _Raw | None:
    s_start, s_end = sents[si]
    cue = Span(toks[ci].start, toks[cj].end)
    group = entry.group
    verbs = lex.verb_forms
    n = len(toks)
    k, aux = _subject_end(toks, ci)
    k = _skip_adjunct_before(text, toks, k)
    prev = toks[k] if k >= 0 else None
    if prev is not None and _CONTRACTION.match(prev.text):
        # "It’s denouncing", "they’ve said": a pronoun subject with its auxiliary
        c = _CONTRACTION.match(prev.text)
        short = c.group(2).lower()
        if short == "s" and entry.form in ("past", "part") and c.group(1).lower() != "it" and not (
                cj + 1 >= len(toks) or not toks[cj + 1].word
                or any(t.lower == "by" for t in toks[cj + 1 : cj + 7])):
            short = "has"  # "he’s sought to", "who’s called for": a perfect, not a passive
        aux.append({"s": "is", "has": "has", "re": "are", "ve": "have", "d": "had", "ll": "will", "m": "am"}[short])
        pron = Token(c.group(1), prev.start, prev.start + len(c.group(1)), c.group(1).lower(), True, c.group(1)[0].isupper())
        toks = toks[:k] + [pron] + toks[k + 1 :]
        prev = pron
    nxt = cj + 1

    if entry.lemma in lex.clause_only and nxt < n and toks[nxt].lower in _OBJECT_DETERMINERS \
            and not any(a in _BE for a in aux):  # "is considered a threat": a passive's predicate, no object
        return None  # "maintains a program", "issued the rules", "appealed the case": another sense of the verb
    what_is = prev is not None and (prev.lower in ("what’s", "what's") or prev.lower == "what" and bool(aux))
    if entry.lemma == "call" and (what_is or _naming_appositive(toks, ci, cj)):
        return None  # "what's called a king tide", "Such rot, called dry rot, is": a name for a thing
    if entry.lemma == "know" and entry.form in ("past", "part") and (what_is or any(a in _BE for a in aux)) \
            and (toks[cj].lower == "as" or nxt < n and toks[nxt].lower == "as"):
        return None  # "It was known as the Great Gale": a name, nobody's knowledge
    if ci == cj and ci > 0 and toks[ci].cap and toks[ci - 1].cap and toks[ci - 1].word and entry.noun_like \
            and entry.form == "base" and _title_heading(text, s_start, s_end) and _heading_noun_end(toks, nxt):
        return None  # "Weekly Tide Table for Berth C", "Restraining Order Extended": a noun in a title-case heading
    if ci == 0 and entry.form == "ing" and _sentence_case_heading(text, toks, s_start, s_end):
        return None  # "Writing a blog post", "Publishing the book": a how-to heading names an activity
    if entry.lemma in ("describe", "express") and ci >= 2 and toks[ci - 2].lower == "words" \
            and toks[ci - 1].lower in ("cannot", "can't", "can’t", "couldn't", "couldn’t", "can", "could"):
        return None  # "Words cannot describe how proud I am": an idiom of emphasis, nobody describes anything
    if ci == cj and ci > 0 and entry.form == "ing" and not aux and toks[ci].lower in _ING_MODIFIERS \
            and toks[ci - 1].text not in ",;:(—–" and toks[ci - 1].lower not in S.PREPOSITIONS \
            and toks[ci - 1].lower not in ("but", "while", "after", "before", "by", "of", "for") \
            and toks[ci - 1].lower not in S.SUBJECT_PRONOUNS and _modifies_noun(toks, cj + 1):
        return None  # "a ferry charging point", "a sailing, rowing and angling club": a noun's modifier
    if entry.lemma == "call" and nxt < n and toks[nxt].text.isdigit():
        return None  # "called 911": phoning a number, nothing said here
    if _attributive_participle(toks, ci, cj):
        return None  # "an internationally respected trainer", ", acclaimed designer born in Cyprus": an adjective
    if entry.lemma in lex.thing_object and not (entry.form in ("past", "part") and any(a in _BE for a in aux)) and nxt < n and toks[nxt].word \
            and not (prev is not None and prev.lower in _EVIDENCE_SUBJECTS) and toks[cj].lower not in S.PREPOSITIONS and toks[cj].lower != "as" and _thing_object(toks, nxt, n, verbs, entry.lemma):
        return None  # "revealed the new laptop", "analyzed billions of units", "offered free repairs": an act
    if entry.lemma == "add" and nxt < n and toks[nxt].word and (
            toks[nxt].lower == "to" or _plain_object(toks, nxt, n, verbs)):
        return None  # "added x-braces", "added to his collection of titles": putting in, not saying more
    if entry.lemma in _RAISING and nxt + 1 < n and toks[nxt].lower == "to" and toks[nxt + 1].lower in ("be", "have") \
            and entry.form != "ing":
        # "The tale appears to be invented", "the pump seems to be aiming for 90": the writer's
        # hedge about the subject, which says nothing: no source, the sentence is the content
        np_ = _left_np(toks, k, 0, verbs) if prev is not None and prev.word else None
        clause = _trim(text, toks[np_[0]].start if np_ else toks[k].start if prev is not None and prev.word
                       else s_start, s_end)
        return _Raw(cue, group, None, [clause] if clause else [], "impersonal")
    if prev is not None and prev.lower == "please" and not aux:
        return None  # "Honestly, please ask yourself this one": a request to the reader, no source
    if entry.lemma == "know" and not aux and prev is not None and prev.lower == "you" \
            and (nxt >= n or toks[nxt].text in ",.?!—–…"):
        return None  # "You know, the bridge is old": a discourse marker, nobody knows anything here
    if entry.lemma in ("learn", "understand") and nxt < n and _amount_about(toks, nxt):
        return None  # "learn enough about the feature", "understood quite a bit about it": knowing a topic
    if entry.lemma == "know" and not any(a in _BE for a in aux) and nxt < n \
            and _acquaintance(toks, nxt, lex.verb_forms):
        return None  # "She knows the tide tables of the bay", "She knows nothing": acquaintance, no content
    if entry.lemma == "invite" and any(toks[m].lower == "to" and m + 1 < n and toks[m + 1].lower in _OBJECT_DETERMINERS
                                       for m in range(nxt, min(n - 1, nxt + 6))):
        return None  # "invited Mr. Alder to a dinner": to an event, not to act or speak
    if entry.lemma == "admit" and _admits_into(toks, nxt):
        return None  # "a vote for admitting Poland to NATO": letting in, not confessing
    if entry.lemma == "want" and 0 < k < ci and toks[k - 1].lower in ("what", "whatever") \
            and (nxt >= n or toks[nxt].lower != "to"):
        return None  # "whatever you want", "below what she wants": a wanted thing (the free relative), no content
    if entry.lemma == "add" and _adds_thing(toks, nxt):
        return None  # "adding levity", "added a week to the schedule": adding a thing, not saying more
    if entry.lemma in _NEEDS_HEARER and entry.form in ("past", "part") and not aux and nxt < n \
            and toks[nxt].lower == "to":
        return None  # "veterans invited to participate": without its hearer the verb is a passive participle
    if _object_gap(toks, k, nxt, entry, lex):
        return None  # "the three checklists I wrote", "the queries she refused to answer": the object is the noun before

    if _ON_CONDITION.match(text, cue.end):
        return None  # "spoke on condition of anonymity": how the source talked, not what it said
    if entry.form == "fixed" and entry.lemma.startswith(_LIGHT_VERB_PATTERNS) \
            and (_ANAPHORIC_ACT.match(text, cue.start, cue.end)
                 or text[cue.start : cue.end].lower().endswith("decision")) \
            and not _ACT_CONTENT.match(text, cue.end, s_end):
        return None  # "Alder made the comments Monday at the fish market": an act reported elsewhere, no content
        # here; "helping voters make an informed decision": a decision is a cue only with what was decided
    if entry.form in ("past", "part") and not aux and _appositive_participle(toks, ci, cj, lex):
        # "The report, published on Friday, found Y": the verb after the appositive is the cue; with an
        # agent it is a passive of its own: "volunteers, called to duty by the mayor, are ..."
        by = next((m for m in range(nxt, n) if toks[m].text == "," or toks[m].lower == "by"), n)
        np_by = _right_np(toks, by + 1, n, verbs) if by < n and toks[by].lower == "by" else None
        np_l = _left_np(toks, ci - 2, 0, verbs)
        if np_by is None or np_l is None or np_l[1] != ci - 2:
            return None
        return _Raw(cue, group, _sp(toks, *np_by), [_sp(toks, np_l[0], np_l[1])], "passive")
    if nxt < n and toks[nxt].lower in lex.particles.get(entry.lemma, ()):
        return None  # "called into the show", "showed up": another verb
    if entry.lemma == "assume" and (nxt >= n or toks[nxt].lower not in _CLAUSE_OPENERS):
        return None  # "assume office", "assumed a new role": taking on, not supposing
    if entry.group == "belief" and prev is not None and prev.lower in ("you", "i", "we") and k > 0 \
            and toks[k - 1].lower in _QUESTION_AUX and text[s_start:s_end].rstrip().endswith("?"):
        return None  # "Do you know ...?", "Can you imagine ...?": a question to the reader, no belief
    if entry.form in ("past", "part") and not aux and nxt < n and toks[nxt].lower == "by" and prev is not None \
            and prev.word and not prev.cap and prev.lower not in S.SUBJECT_PRONOUNS and not entry.passive:
        return None  # "the monitor maintained by the embassy": a reduced passive, not a claim

    if entry.lemma == "call" and entry.form in ("past", "part", "s", "base", "ing"):
        if _CONVENE.match(text, cue.end, s_end):
            return None  # "called an emergency meeting", "called a snap election": convening, not saying
        if _NAMING_WHAT.search(text, max(s_start, cue.start - 80), cue.start):
            return None  # "what she called a “shameless stunt”": naming in the writer's sentence, not a claim
        if nxt + 1 < n and toks[nxt].lower == "the" and toks[nxt + 1].cap and not aux and prev is not None \
                and prev.word and not prev.cap and prev.lower not in S.SUBJECT_PRONOUNS \
                and _name_then_verb(toks, nxt + 1, n):
            return None  # "a group called the Friends of the Park sued": a name
        np_r = _right_np(toks, nxt, n, verbs) if nxt < n and toks[nxt].cap else None
        after_name = toks[np_r[1] + 1] if np_r is not None and np_r[1] + 1 < n else None
        if np_r is not None and not aux and (after_name is None or after_name.text in ",.;:)" or after_name.word
                                             and not after_name.cap and (
                                                 after_name.lower.endswith("ed")
                                                 # "a spec called PD for ...", "an app called Tidy sorts ...":
                                                 # the name is followed by the sentence's own verb or a modifier
                                                 or prev is not None and prev.word and not prev.cap
                                                 and _name_then_verb(toks, nxt, n))) \
                and (prev is None or not prev.word or prev.lower not in S.SUBJECT_PRONOUNS and not prev.cap):
            return None  # "a crew called Sea Wolves", "The scheme, called PX-7,": a name

    # --- according to X
    if entry.form == "fixed" and entry.lemma.startswith(("according", "in(?=")):
        if entry.lemma.startswith("in(?=") and ci > 0 and toks[ci - 1].lower in ("than", "as", "like", "unlike"):
            return None  # "better than in other polls": a comparison with the polls, not their finding
        np_ = _right_np(toks, nxt, n, verbs)
        if np_ is None:
            return None
        if entry.lemma.startswith("according") and toks[np_[1]].lower in _ACCORDANCE:
            return None  # "heavy according to its load index", "according to plan": in
            # accordance with a measure or a rule, not a source
        np_ = _document_author(toks, np_, n, verbs)
        src = _cut_adjunct(text, _sp(toks, *np_))
        if k < 0 or (prev is not None and not prev.word and toks[: ci] and all(not t.word or t.lower in S.ADVERBS or t.lower in ("and", "but", "so") for t in toks[:ci])):
            content = _trim(text, src.end, s_end)
        else:
            content = _content_left(text, s_start, cue.start)
        return _Raw(cue, group, src, [content] if content else [], "according")

    # --- an evidential adverb and no one named: "Campaign Reportedly Scrambling", "he allegedly
    # waved a knife"; before a cue verb it is part of that cue ("reportedly told aides")
    if entry.form == "fixed" and entry.lemma.startswith(_EVIDENTIAL_ADVERB):
        m = nxt
        while m < n and (toks[m].lower in S.AUXILIARIES or toks[m].lower in S.ADVERBS or _adverb_ly(toks, m)):
            m += 1
        if m < n and toks[m].lower in lex.forms or k >= 0 and toks[k].lower in lex.forms:
            return None
        bound = None
        for bound in _CLAUSE_BOUNDARY.finditer(text, s_start, cue.start):
            pass
        begin = max([bound.end() if bound else s_start] + [r.cue.end for r in prior if r.cue.end <= cue.start])
        stop = re.compile(r"[,;:—–―]").search(text, cue.end, s_end)  # the adverb's own clause
        content = _trim(text, begin, stop.start() if stop else s_end)
        return _Raw(cue, group, None, [content] if content else [], "evidential")

    # --- impersonal / perception fixed cues ("it is believed", "was seen as")
    if entry.form == "fixed" and group in ("perception", "learn") and cue.start < toks[ci].end + 1:
        lead = text[cue.start : cue.end].lower()
        src = None
        rest_i = nxt
        if nxt < n and toks[nxt].lower == "by":
            np_ = _right_np(toks, nxt + 1, n, verbs)
            if np_:
                src = _sp(toks, *np_)
                rest_i = np_[1] + 1
        right = _trim(text, toks[rest_i - 1].end, s_end) if rest_i - 1 < n else None
        if right:
            m = _THAT.match(text, right.start, right.end)
            if m and m.end() < right.end:
                right = Span(m.end(), right.end) if not text[m.start():m.end()].strip().lower() == "that" else right
        if lead.startswith(("it ", "it'", "it’", "there ", "amid")):
            content = [right] if right else []
        else:
            # the subject is the content's head: it starts after the last clause boundary
            # ("..., although they say they back the rules councillors are expected to weigh")
            bound = None
            for bound in _CLAUSE_BOUNDARY.finditer(text, s_start, cue.start):
                pass
            begin = max([bound.end() if bound else s_start]
                        + [r.cue.end for r in prior if r.cue.end <= cue.start])  # "Officials said | the ferry ..."
            left = _content_left(text, begin, cue.start)
            content = [c for c in (left, right) if c]
            if left and right:
                content = [Span(left.start, right.end)]
        return _Raw(cue, group, src, content, "impersonal" if src is None else "passive")

    # --- a purpose infinitive after a verb of taking a channel or meeting: "took to Twitter to accuse
    # Y", "met with X to discuss Y", "spoke at a gathering to discuss Y": the channel verb's subject speaks
    if prev is not None and prev.lower == "to" and k == ci - 1 and k >= 2 and entry.form == "base":
        purpose = _purpose_channel(toks, k, verbs)
        if purpose is not None:
            after = _skip_object(toks, nxt, n, verbs) if entry.takes_object else cj
            right = _content_right(text, toks, after, s_end)
            return _Raw(cue, group, purpose, [right] if right else [], "purpose")

    # --- an infinitive cue governed by a verb that is not a cue itself: "continues to insist",
    # "refused to endorse", "came to talk": the cue runs from the governing verb
    if prev is not None and k == ci - 1 and k >= 2 and _adverb_ly(toks, k) and toks[k - 1].lower == "to" \
            and entry.form in ("base", "fixed"):
        k -= 1  # "was able to consistently tout": the adverb belongs to the infinitive
        prev = toks[k]
    if prev is not None and prev.lower == "to" and k >= 1 and (k == ci - 1 or _adverb_ly(toks, ci - 1)) and (
            entry.form == "base" or entry.form == "fixed" and not toks[ci].lower.endswith(("s", "ed", "ing"))
            and toks[ci].lower not in ("according", "in")):
        gov = toks[k - 1]
        if gov.lower == "on" and k >= 2 and toks[k - 2].lower in ("went", "go", "goes", "going", "gone"):
            k -= 1  # "went on to discuss": the cue runs from "went"
            gov = toks[k - 1]
        have_to = gov.lower in ("has", "have", "had") and k >= 2 and toks[k - 2].lower in ("who", "which", "that")
        if gov.word and not gov.cap and gov.lower not in lex.forms and (gov.lower not in S.AUXILIARIES or have_to) \
                and gov.lower not in S.PREPOSITIONS and gov.lower not in S.DETERMINERS \
                and (gov.lower.endswith(("ed", "ing")) or gov.lower in _CATENATIVES or have_to) \
                and not (gov.lower.endswith("ing") and k >= 2 and toks[k - 2].word
                         and toks[k - 2].lower not in S.AUXILIARIES and toks[k - 2].lower not in S.SUBJECT_PRONOUNS
                         and toks[k - 2].lower not in ("and", "but", "or", "yet", "not")) \
                and not (prior and prior[-1].cue.end >= gov.start - 1):
            ci = k - 1
            cue = Span(toks[ci].start, toks[cj].end)
            k, aux = _subject_end(toks, ci)
            k = _skip_adjunct_before(text, toks, k)
            prev = toks[k] if k >= 0 else None
            entry = CueEntry(entry.group, entry.lemma, "past" if gov.lower.endswith("ed") else "s",
                             entry.takes_object, False, False)

    # --- a causative verb's object says or thinks: "forced the chief to admit Y", "led voters to fear Y"
    if prev is not None and prev.lower == "to" and k == ci - 1 and k >= 2 and entry.form == "base":
        np_ = _left_np(toks, k - 1, 0, verbs)
        if np_ is not None and np_[0] >= 1 and toks[np_[0] - 1].lower in _CAUSATIVES:
            right = _content_right(text, toks, _skip_object(toks, nxt, n, verbs) if entry.takes_object else cj, s_end)
            return _Raw(Span(prev.start, cue.end), group, _sp(toks, np_[0], np_[1]), [right] if right else [], "control")

    # --- a subject with a reduced relative: "a survey published in early May found Y",
    # "a report commissioned by the city concluded Y" (the participle phrase is the source's)
    if entry.form in ("past", "s", "base") and prev is not None and prev.word and not (
            entry.noun_like and prev.lower in ("a", "an", "the", "his", "her", "its", "their", "our", "my", "your")):
        rr = _reduced_relative(toks, ci, lex)
        if rr is not None and entry.noun_like and not aux and not _verbal(toks, k, nxt, entry):
            rr = None  # "a refuge sheltered from any awkward questions": the cue word is the noun the participle governs
        if rr is not None:
            after = _skip_object(toks, nxt, n, verbs) if entry.takes_object else cj
            right = _content_right(text, toks, after, s_end)
            if right is not None and (rr[2] == "start" or _words(text, right) > 2):
                return _Raw(cue, group, _sp(toks, rr[0], rr[1]), [_extend_forward(text, sents, si, right)], "subject",
                            reduced=True)

    of_pronoun = entry.form == "ing" and prev is not None and prev.lower in ("him", "her", "them") and k > 0 \
        and toks[k - 1].lower == "of"  # "clips of her supporting Y": an object pronoun acts
    # --- noun readings: "the report", "his claims", "in support of", "Trump's tweet", "to say"
    if prev is not None and not aux and entry.form != "fixed" and not of_pronoun:
        pl = prev.lower
        if pl in S.DETERMINERS and pl not in ("that", "one", "two", "three", "many", "some", "several", "both", "all", "others") or pl in S.POSSESSIVES:
            return None
        if (pl in S.PREPOSITIONS or pl == "to" or pl in _MORE_PREPOSITIONS) \
                and not (entry.form == "ing" and pl != "to"):
            return None  # "in support of", "despite repeated warnings": a noun or an adjective
        if pl.endswith(("’s", "'s")) and pl[:-2] not in S.SUBJECT_PRONOUNS and pl[:-2] not in ("that", "there", "here", "what", "who"):
            return None
    if prev is not None and not aux and entry.form == "s" and entry.lemma not in ("say", "tell") \
            and re.fullmatch(r"\d[\d.,]*", prev.text) \
            and not (k > 0 and (toks[k - 1].lower in ("in", "since", "by", "until") or toks[k - 1].cap)):
        return None  # "weighs 236 pounds", "3 reports": a plural noun after a number, no verb (but
        # "Channel 4 reports", "district 5 says": a name ending in a number)
    if entry.form == "ing" and prev is not None and prev.lower in S.DETERMINERS | S.POSSESSIVES and not of_pronoun:
        return None  # "his saying so"
    if entry.noun_like and not aux and not of_pronoun and not _verbal(toks, k, nxt, entry):
        return None
    if entry.lemma == "ask" and entry.form in ("past", "part") and any(a in _BE for a in aux) and nxt < n \
            and toks[nxt].lower in _WH_WORDS:
        # "The old harbour master was once asked how the feud would end": a question put, the asker unnamed
        right = _content_right(text, toks, cj, s_end)
        return _Raw(cue, group, None, [right] if right else [], "passive")
    if entry.form in ("past", "part") and not entry.passive and any(a in _BE for a in aux) and entry.group != "belief":
        return None  # "will be heard by": a passive of a verb that does not report

    # --- passive with a verb cue: "denied by X", "was reported"
    if entry.passive and entry.form in ("past", "part") and any(a in _BE for a in aux):
        src = None
        rest_i = nxt
        by = nxt if nxt < n and toks[nxt].lower == "by" else None
        if by is None:
            # "has been called a fraud by fellow pilots": the agent after a short complement
            by = next((i for i in range(nxt, min(n, nxt + 8)) if not toks[i].word and toks[i].text not in "“”\"'-"
                       or toks[i].lower in ("by", "that", "because", "for", "after", "when", "who", "which")), None)
            if by is not None and (toks[by].lower != "by" or by == nxt):
                by = None
        if by is not None:
            np_ = _right_np(toks, by + 1, n, verbs)
            if np_:
                cut = next((i for i in range(np_[0] + 1, np_[1]) if toks[i].lower in S.PREPOSITIONS
                            and toks[i + 1].lower.endswith("ing") and not toks[i + 1].cap), None)
                if cut is not None:
                    np_ = (np_[0], cut - 1)  # "by fellow pilots | for selling charts"
                src = _cut_adjunct(text, _sp(toks, *np_))
                rest_i = np_[1] + 1 if by == nxt else nxt
        left = _content_left(text, s_start, toks[k + 1].start if k + 1 < n else cue.start)
        right = _trim(text, toks[rest_i - 1].end, s_end) if rest_i <= n else None
        content = [Span(left.start, right.end)] if left and right else [c for c in (left, right) if c]
        return _Raw(cue, group, src, content, "passive")
    if entry.passive and entry.form in ("past", "part") and nxt < n and toks[nxt].lower == "by" and (
        prev is not None and (prev.word and prev.lower in ("claim", "allegation", "accusation", "charge", "report", "statement", "assertion", "idea", "notion", "suggestion", "view", "story"))
    ):
        # "... – a claim denied by Lebanon's prime minister": the content is the clause before.
        np_ = _right_np(toks, nxt + 1, n, verbs)
        src = _cut_adjunct(text, _sp(toks, *np_)) if np_ else None
        p = k
        while p >= 0 and toks[p].word:
            p -= 1
        if prior and prior[-1].content:
            return _Raw(cue, group, src, list(prior[-1].content), "passive")  # the claim just reported
        left = _content_left(text, s_start, toks[p].start if p >= 0 else cue.start)
        return _Raw(cue, group, src, [left] if left else [], "passive")

    # --- participle: "..., saying Y" takes the clause's source
    if entry.form == "ing" and not any(a in _BE for a in aux):
        if prev is not None and prev.word and prev.cap and k > 0 and not _abbrev_dot(toks, k) \
                and prev.lower not in S.SUBJECT_PRONOUNS:
            # "footage of Trump saying ...", "Hillary Clinton asking, ...": the name is the source
            first = k  # the name only: "footage of Ana Ortiz asking"
            while first > 0 and (toks[first - 1].cap and toks[first - 1].word
                                 or toks[first - 1].text == "." and first > 1 and _abbrev_dot(toks, first - 1)):
                first -= 1
            if first > 0 and any(p.cue.end == toks[first - 1].end for p in prior):
                return None  # "Reyes recalled Mr. Alder talking about Y": the object of the cue, its content
            content = _content_right(text, toks, cj, s_end)
            return _Raw(cue, group, _sp(toks, first, k), [content] if content else [], "participle",
                        absolute=first > 0 and toks[first - 1].lower == "with")
        np_w = _left_np(toks, k, 0, verbs) if prev is not None and prev.word and not prev.cap else None
        if np_w is not None and np_w[0] > 0 and toks[np_w[0] - 1].lower == "with" \
                and toks[np_w[0]].lower not in S.OBJECT_PRONOUNS:
            # "with experts offering their assessments": the noun phrase after "with" acts
            content = _content_right(text, toks, cj, s_end)
            return _Raw(cue, group, _sp(toks, np_w[0], np_w[1]), [content] if content else [], "participle",
                        absolute=True)
        if of_pronoun:
            # "clips of her supporting Y", "footage of them chanting Y": the pronoun acts
            content = _content_right(text, toks, cj, s_end)
            return _Raw(cue, group, Span(prev.start, prev.end), [content] if content else [], "participle",
                        absolute=True)
        if prev is not None and prev.word and prev.lower in _MESSAGES and not aux:
            # "a Trump tweet attacking Y", "In a statement announcing Y": the message is the source
            # (not after its verb: "Trump unleashed tweets attacking Y" is Trump's, one cue)
            np_d = _left_np(toks, k, 0, verbs)
            before = toks[np_d[0] - 1] if np_d is not None and np_d[0] > 0 else None
            content = _content_right(text, toks, cj if not entry.takes_object
                                     else _skip_object(toks, nxt, n, verbs), s_end)
            if np_d is not None and np_d[2] != "verb" and (
                    before is None or not before.word or before.lower in S.PREPOSITIONS):
                return _Raw(cue, group, _sp(toks, np_d[0], np_d[1]), [content] if content else [], "participle",
                            absolute=True)  # the message speaks, not the outer speaker
            if np_d is not None and before is not None and before.word and not before.cap \
                    and (before.lower.endswith("ed") or before.lower in lex.forms) \
                    and not any(p.cue.start <= before.start < p.cue.end for p in prior):
                # "Ortiz unleashed a string of tweets saying Y": the verb's subject speaks through
                # the message; the cue runs from the verb to the participle
                subj = _left_np(toks, np_d[0] - 2, 0, verbs) if np_d[0] >= 2 else None
                if subj is not None:
                    return _Raw(Span(before.start, cue.end), group, _cut_adjunct(text, _sp(toks, subj[0], subj[1])),
                                [content] if content else [], "participle")
        if prev is not None and prev.lower in _APPEARING and k >= 1 and not aux:
            np_m = _left_np(toks, k - 1, 0, verbs)
            if np_m is not None and np_m[1] == k - 1 and toks[k - 1].lower in _MESSAGES | _RECORDS:
                # "after video surfaced showing Y": the record that appeared shows it
                content = _content_right(text, toks, cj, s_end)
                return _Raw(cue, group, _sp(toks, np_m[0], np_m[1]), [content] if content else [], "participle",
                            absolute=True)
        if prev is not None and prev.lower in ("heard", "seen") and k >= 1 and toks[k - 1].lower in _BE:
            j = k - 1
            while j >= 0 and toks[j].lower in S.AUXILIARIES:
                j -= 1
            np_h = _left_np(toks, j, 0, verbs) if j >= 0 else None
            if np_h is not None and np_h[1] == j:
                # "Ms. Reyes can be heard yelling at the deckhands that Y": the one heard speaks
                content = _content_right(text, toks, cj if not entry.takes_object
                                         else _skip_object(toks, nxt, n, verbs), s_end)
                return _Raw(Span(toks[j + 1].start, cue.end), group, _sp(toks, np_h[0], np_h[1]),
                            [content] if content else [], "participle")
        if prev is not None and prev.word and not prev.cap and k >= 1 and prev.lower not in lex.forms:
            np_c = _left_np(toks, k, 0, verbs)
            if np_c is not None and np_c[1] == k and np_c[0] >= 1 and toks[np_c[0] - 1].lower in _CAUSATIVE_HAVE \
                    and toks[np_c[0]].lower not in _PERSONAL_PRONOUNS:
                # "left many nations feeling that Y", "has voters wondering about Y": the object comes to feel
                content = _content_right(text, toks, cj, s_end)
                return _Raw(cue, group, _sp(toks, np_c[0], np_c[1]), [content] if content else [], "participle")
        if prev is not None and prev.word and prev.lower not in S.PREPOSITIONS and prev.lower not in (
                "and", "while", "when", "also", "even", "without", "then", "repeatedly", "despite", "perhaps",
                "probably", "possibly", "presumably", "seemingly") \
                and not (prev.lower in lex.forms and toks[ci - 1].text == ",") \
                or prev is not None and prev.lower in ("under", "upon", "against", "into", "toward", "towards"):
            return None  # "under questioning": a noun
        if prev is not None and prev.lower in ("and", "or") and _gerund_object_conjunct(toks, k, prior):
            return None  # "suggested looking at the bill and asking yourself Y": the second suggested act
        if prev is not None and prev.lower in S.PREPOSITIONS and _in_reported_clause(toks, k, prior):
            return None  # "He noted that she was pilloried for acknowledging Y": her act, inside what he noted
        after_comma = k >= 0 and toks[k].text == ","
        head = next((p for p in prior if p.source is not None and p.cue.start < cue.start
                     and not (after_comma and p.rule == "relative"
                              and any(c.start <= cue.start < c.end for c in p.content))), None)
        src = head.source if head else None
        ant = head.antecedent if head else None
        rel = _relative_before(toks, ci)
        if rel is not None and (head is None or head.cue.start < rel[0].start):
            src, ant = rel  # "the candidate, who opened her talk by marveling at Y": the relative's subject
        if head is not None and head.rule == "relative" and head.antecedent is not None and head.content \
                and head.content[-1].end < cue.start and re.search(
                    r"[,—–―]", text[head.content[-1].end : cue.start]):
            # "X — who said Y — lambasting Z": the closed relative clause's antecedent
            src, ant = head.antecedent, None
        clause_end = s_end
        if src is None and (k < 0 or k == 0 and prev.lower in _OPENING_SUBORDINATORS):
            # "Lamenting their luck, Mexicans ...", "In defending himself, Trump ...": the subject
            # follows the participle's clause
            comma = next((i for i in range(cj + 1, n) if toks[i].text == ","), None)
            if comma is not None and comma + 1 < n and toks[comma + 1].text in _CLOSE_QUOTES + '"':
                comma += 1  # 'After saying Y was “so bad,” she ...'
            if comma is not None and comma + 1 < n:
                if toks[comma + 1].lower in ("he", "she", "they", "it", "we", "i"):
                    src = Span(toks[comma + 1].start, toks[comma + 1].end)
                else:
                    r = _right_np(toks, comma + 1, n, verbs)
                    while r is not None and r[1] > r[0] and (toks[r[1]].lower in S.ADVERBS or _adverb_ly(toks, r[1])
                                                             or toks[r[1]].lower in lex.forms and not toks[r[1]].cap
                                                             or _finite_tense(toks, r[1], False) == "past"):
                        r = (r[0], r[1] - 1)  # "Mexicans often say", "the mayor offered"
                    src = _sp(toks, *r) if r else None
                if src is not None:
                    clause_end = toks[comma].end if toks[comma].text != "," else toks[comma].start
        if src is None:
            src = _main_subject(toks, ci, verbs)
        late = _clause_pronoun(toks, ci)
        if late is not None and (src is None or src.end <= late.start) \
                and not (head is not None and head.cue.start > late.start):
            src, ant = late, None  # "the camera is facing down, and she becomes upset, shouting Y"
        judged = _judged_object(toks, k, lex) if prev is not None and prev.lower == "for" else None
        if judged is not None:
            src, ant = judged, None  # "the council held Keller in contempt for refusing Y": Keller refused
        if prev is not None and prev.lower == "despite":
            # "X, despite admitting Y, did Z": the concession ends at its comma
            clause_end = next((toks[i].start for i in range(cj + 1, n) if toks[i].text == ","), clause_end)
        content = _content_right(text, toks, cj if not entry.takes_object else _skip_object(toks, nxt, n, verbs),
                                 clause_end)
        return _Raw(cue, group, src, [content] if content else [], "participle", ant)

    # --- coordinated: "X has said A but says B" shares the source of the clause's cue;
    # without an earlier cue, the subject of the sentence ("X is bearish ... and expects Y")
    if prev is not None and prev.lower in ("and", "but", "or", "yet") and k > 0 and (
            not prior or prior[0].source is not None) and (toks[k - 1].word or toks[k - 1].text in ",”\"'"):
        if entry.form == "base" and not aux and prior and _in_infinitive(toks, prior[-1].cue.end, k):
            return None  # "called on Alder to stop mocking her and apologize": the urged act, inside the content
        if entry.form in ("past", "part") and not aux and nxt < n and toks[nxt].lower == "by" \
                and not _BY_MEANS.match(text, toks[nxt].end):
            return None  # "a coalition led by X and backed by Y": a reduced passive describing a noun, no one speaks
        if entry.form in ("past", "part") and not aux and not entry.takes_object and _after_copula(toks, k) \
                and (nxt >= n or toks[nxt].text in ".,;:)" or toks[nxt].word and not toks[nxt].cap
                     and toks[nxt].lower not in _NOT_A_MODIFIED_NOUN and not _adverb_ly(toks, nxt)):
            return None  # "is genuine and deeply felt", "were not accredited media or invited guests": a participle
            # sharing the copula, an adjective, no one speaks
        after = _skip_object(toks, nxt, n, verbs) if entry.takes_object else cj
        right = _content_right(text, toks, after, s_end)
        late = _clause_pronoun(toks, k)
        rel = _relative_before(toks, k) if late is None else None
        if rel is not None and not (prior and prior[-1].cue.start > rel[0].start):
            # "demonstrators, who have taken to the streets and called for Y": the relative's subject
            return _Raw(cue, group, rel[0], [right] if right else [], "coordinated", rel[1])
        sub = _subordinate_head(text, toks, k, prior)
        if sub is not None:
            # "after she attacked X and blamed Y": the verb coordinated inside the temporal clause
            return _Raw(cue, group, sub.source, [right] if right else [], "coordinated", sub.antecedent)
        account = next((p for p in prior if p.rule == "according" and p.source is not None and p.content
                        and p.content[-1].end <= p.cue.start and p.source.end <= toks[k].start
                        and re.fullmatch(r"[\s,]*", text[p.source.end : toks[k].start])), None)
        if account is not None:
            # "The families watched the tapes, according to their lawyers, and said Y": the second verb
            # goes on with what the lawyers report (the relatives said Y), one account
            tail = _trim(text, toks[k].start, s_end)
            account.content = account.content + ([tail] if tail else [])
            return None
        if prior and _inner_conjunct(toks, k, prior, entry, aux):
            return None  # "Guards say he posed a risk and refused to leave it": the content's subject refused
        temporal = _temporal_pronoun(toks, k, prior)
        if temporal is not None:
            # "called her a disgrace after she visited X and blamed Y": the temporal clause's subject
            return _Raw(cue, group, temporal, [right] if right else [], "coordinated")
        if prior and not (late is not None and prior[0].cue.start < late.start):
            return _Raw(cue, group, prior[0].source, [right] if right else [], "coordinated", prior[0].antecedent)
        if entry.form in ("s", "past") or aux:
            src = _main_subject(toks, k, verbs) if late is None else late
            if src is not None:
                return _Raw(cue, group, src, [right] if right else [], "coordinated")
        return None

    # --- relative: "X, who said Y", "a group that wants Y", "X, many of whom say Y"
    partitive = prev is not None and prev.lower in ("whom", "which") and k >= 2 and toks[k - 1].lower == "of" \
        and toks[k - 2].word and not toks[k - 2].cap
    if partitive:
        rel_start = k - 2
        j = rel_start - 1
        if j >= 2 and toks[j].text == "-" and toks[j - 1].text == "-":
            # "95 generals -- most of whom had announced Y --": a double-hyphen dash
            np_ = _left_np(toks, j - 2, 0, verbs)
            ant = _cut_adjunct(text, _sp(toks, np_[0], np_[1])) if np_ else None
            end = next((t.start for t in toks[cj + 1 :] if t.text == "-"), s_end)
            content = _content_right(text, toks, _skip_object(toks, nxt, n, verbs) if entry.takes_object else cj, end)
            return _Raw(cue, group, Span(toks[rel_start].start, prev.end), [content] if content else [], "relative",
                        ant)
        if j >= 0 and toks[j].text in (",", "—", "–", "―"):
            np_ = _left_np(toks, j - 1, 0, verbs) if j >= 1 else None
            ant = _cut_adjunct(text, _sp(toks, np_[0], np_[1])) if np_ else None
            end = next((t.start for t in toks[cj + 1 :] if t.text == toks[j].text), s_end) \
                if toks[j].text != "," else next((t.start for t in toks[cj + 1 :] if t.text == ","), s_end)
            content = _content_right(text, toks, _skip_object(toks, nxt, n, verbs) if entry.takes_object else cj, end)
            return _Raw(cue, group, Span(toks[rel_start].start, prev.end), [content] if content else [], "relative",
                        ant)
    if prev is not None and prev.word and (prev.lower in ("who", "which") or prev.lower == "that" and k > 0
                                           and toks[k - 1].word and toks[k - 1].lower not in lex.forms
                                           and toks[k - 1].lower not in S.PREPOSITIONS):
        ant = None
        j = k - 1
        if j >= 0 and toks[j].text in (",", "—", "–", "―"):
            j -= 1
        np_ = _left_np(toks, j, 0, verbs) if j >= 0 else None
        if np_:
            ant = _cut_adjunct(text, _sp(toks, np_[0], np_[1]))
        end = s_end
        if j + 1 < n and toks[j + 1].text == ",":  # ", who said Y, ...": the clause ends at its comma
            end = next((t.start for t in toks[cj + 1 :] if t.text == ","), s_end)
        elif j + 1 < n and toks[j + 1].text in "—–―":  # "X — who said Y — did Z": at its dash
            end = next((t.start for t in toks[cj + 1 :] if t.text == toks[j + 1].text), s_end)
        content = _content_right(text, toks, _skip_object(toks, nxt, n, verbs) if entry.takes_object else cj, end)
        if prev.lower == "that" and ant is not None and j == k - 1 and ant.end == toks[j].end:
            # "states that may not want Y": a restrictive "that" clause speaks for its head noun
            # phrase (PolNeAR marks the head as the source), which the source runs through
            if np_[0] < j and (np_[0] == 0 or not toks[np_[0]].cap) and toks[np_[0]].lower.endswith("ing"):
                # "Writing for a panel that all agreed": the noun phrase starts at its determiner
                det = next((m for m in range(np_[0] + 1, j + 1) if toks[m].lower in S.DETERMINERS), None)
                if det is not None:
                    ant = Span(toks[det].start, ant.end)
            return _Raw(cue, group, Span(ant.start, prev.end), [content] if content else [], "relative", ant)
        return _Raw(cue, group, Span(prev.start, prev.end), [content] if content else [], "relative", ant)

    # --- subject before the cue, possibly with a parenthesis or appositives:
    # "Rep. Dan Keller (D-Maine), a budget panel member, said"
    np_ = _left_np(toks, k, 0, verbs) if prev is not None else None
    rel_adverb = False
    if np_ is not None and np_[2] == "clause" and np_[0] >= 2 and toks[np_[0] - 1].lower in _AUTHOR_PREPS:
        doc = _left_np(toks, np_[0] - 2, 0, verbs)
        if doc is not None and doc[1] == np_[0] - 2 and doc[2] in ("start", "punct") \
                and S.source_kind(" ".join(t.text for t in toks[doc[0] : doc[1] + 1])) == "document":
            np_ = (doc[0], np_[1], doc[2])  # "..., a 2015 report by the city auditor found": with its author
    if np_ is None and prev is not None and prev.text in ("-", "—", "–", "―"):
        np_ = _dash_appositive(toks, k, verbs)
    if np_ is None and prev is not None and prev.text in (",", ")"):
        np_ = _appositive(toks, k, verbs)
        if np_ is not None and prev.text == "," and k == ci - 1 and (
                np_[0] > 0 or entry.lemma in _INVERTS_AT_START and entry.form in ("past", "s")):
            # "Y, said X, who ...": an inverted cue whose source follows it (unless the source
            # found before it opens the sentence: "A spokeswoman, who ..., denied any wrongdoing";
            # but a verb that takes no noun object, followed by a name or a speaker's noun phrase,
            # is inverted there too: "Prices rose last year, said Ana Ortiz")
            np_r = _right_np(toks, nxt, n, verbs)
            if np_r is not None and np_[0] == 0 and not (
                    toks[np_r[0]].cap or S.source_kind(text[toks[np_r[0]].start : toks[np_r[1]].end])
                    in ("person", "organisation", "anonymous")):
                np_r = None
            if np_r is not None and _inverted_head(toks[np_r[0]], entry) \
                    and not _TIME_WORD.fullmatch(toks[np_r[0]].text) and (
                    np_r[1] + 1 >= n or toks[np_r[1] + 1].text in ",.;"):
                tail = _trim(text, toks[np_r[1]].end, s_end)
                if tail is None or text[tail.start] == "," or np_[0] == 0 and toks[np_r[1] + 1].text == ",":
                    np_ = None  # at the start: "Y, said Ana Ortiz, an economist"
    object_pronoun = prev is not None and prev.lower in ("it", "you") and k > 0 and toks[k - 1].lower in S.PREPOSITIONS
    if np_ is not None and np_[2] in ("verb", "clause") and prev is not None and (
            prev.lower not in S.SUBJECT_PRONOUNS or object_pronoun):  # "... to speak about it said
        # "One of the doctors who signed the letter called Y": the object of a relative clause
        # inside the subject is not the source; the subject with its clause is
        rel = _relative_subject(toks, np_[0], k, verbs)
        if rel is None and prev.word:
            w = _who_clause_start(toks, k + 1)
            head = _left_np(toks, w - 1, 0, verbs) if w is not None else None
            if head is not None and head[1] == w - 1 and head[2] in ("start", "punct") \
                    and toks[head[0]].lower not in _PERSONAL_PRONOUNS and toks[head[0]].lower not in S.OBJECT_PRONOUNS:
                rel = (head[0], k, head[2])  # "A person who attended the meeting but was not authorized ... said"
        if rel is not None and _modifies_verb_before(toks, k):
            rel_adverb = True  # "an aide who spoke privately said": the adverb ends the relative clause
        np_ = rel or np_
    if np_ is not None and prev is not None and prev.lower in S.SUBJECT_PRONOUNS \
            and not (object_pronoun and np_[0] < k):
        np_ = (k, k, "start")
    if np_ is not None and entry.form in ("past", "part") and not aux and np_[0] > 0 \
            and toks[np_[0] - 1].lower in _PP_HEADS and toks[np_[0]].lower in ("a", "an", "the") and (
            nxt >= n or toks[nxt].text in ",.;)" or toks[nxt].lower in ("by", "last", "earlier", "this", "on", "in")
            or _TIME_WORD.fullmatch(toks[nxt].text)):
        return None  # "In a statement issued Tuesday, ...": a participle on a preposition's object
    if np_ is not None and entry.noun_like and not aux and _not_a_subject(toks, np_[0], np_[1]):
        return None  # "did not unveil plans to", "they made plans to": the cue is a noun
    causer = next((c for c in range(max(0, np_[0] - 1), k) if toks[c].lower in _BARE_CAUSATIVES
                   and (_right_np(toks, c + 1, ci, verbs) or (0, -1))[1] == k), None) \
        if np_ is not None and entry.form == "base" and not aux else None
    if causer is not None:
        if group not in ("belief", "learn"):
            return None  # "help Mr. Putin maintain Y", "make Kadzik testify": the causer acts, no one speaks
        np_ = (causer + 1, k, "verb")  # "helps voters understand Y": the voters come to understand
    if np_ is not None and not rel_adverb and _no_noun_head(toks, np_[0], np_[1]):
        return None  # "a swiftly called meeting", "meaning Clinton's name would": no subject
    if np_ is not None:
        src = _cut_adjunct(text, _sp(toks, np_[0], np_[1]))
        after = _skip_object(toks, nxt, n, verbs) if entry.takes_object else cj
        right = _content_right(text, toks, after, s_end)
        if entry.form == "fixed" and group == "decline":
            return _Raw(cue, group, src, [right] if right else [], "decline")
        before_src = toks[np_[0] - 1] if np_[0] > 0 else None
        preposed = before_src is not None and (before_src.text in ",”\"—–―:" or before_src.text in _CLOSE_QUOTES
                                               or before_src.text == "''")
        lead_text = text[s_start : before_src.end if before_src is not None else s_start].rstrip(" ,")
        quote_before = lead_text.endswith(("”", '"', "''")) and not (toks and toks[0].lower in S.PREPOSITIONS)
        if preposed and before_src.text == "," and toks[0].lower in S.PREPOSITIONS and np_[0] <= 12 \
                and not any(not t.word and (t.text in "“”\"" or t.text == "''") for t in toks[: np_[0]]):
            preposed = False  # "In a tweet, the governor wrote: ...": a leading adverbial, not content
        if preposed and before_src.text in ",”\"" and prior and prior[0].rule == "participle" \
                and prior[0].cue.start == toks[0].start:
            preposed = False  # 'Deriding the "rigged tender," Ortiz accused Y': an opening participle clause
        substantial = right is not None and _words(text, right) > 2 and not (
            _words(text, right) <= 6 and re.match(r"(?:of|about|on)\s", text[right.start : right.end])) and not (
            _TRAILING_CLAUSE.match(text, _lead_end(text, right), right.end))
        if preposed and substantial and not quote_before and not _quote_at(text, right.start):
            # "In her 2011 memoir, Ortiz noted the leak's existence": what precedes is an adverbial
            return _Raw(cue, group, src, [_extend_forward(text, sents, si, right)], "subject")
        if preposed:
            left_end = before_src.start if before_src.text == "," else before_src.end
            parts = _preposed_content(text, sents, si, left_end, toks[after].end)
            if right is not None and _quote_at(text, right.start) and not quote_before and lead_text \
                    and not any(_quote_at(text, c.start) for c in parts[1:]):
                parts.append(_first_quotation(text, right) or _extend_forward(text, sents, si, right))
            return _Raw(cue, group, src, parts, "preposed")
        if before_src is not None and before_src.lower in ("that", "which", "whom") and np_[0] >= 2 and (
                right is None or toks[after + 1].lower in ("as", "for", "to", "in", "on", "with")) \
                and (toks[np_[0] - 2].text == "," or toks[np_[0] - 2].word and toks[np_[0] - 2].lower not in verbs
                     and toks[np_[0] - 2].lower not in S.PREPOSITIONS and toks[np_[0] - 2].lower != "during"
                     and _left_np(toks, np_[0] - 2, 0, verbs) is not None):
            # "the stern captain that Mr. Alder so admires", "a rant, which the Gazette pointed to as Y":
            # an object relative clause; what is admired is the relative pronoun's antecedent
            rel = Span(before_src.start, before_src.end)
            return _Raw(cue, group, src, [rel] + ([right] if right else []), "subject")
        if right is None and text[toks[after].end : s_end].strip() == ":" and si + 1 < len(sents):
            # "The mayor said:" closing its paragraph: the content is the paragraph that follows
            return _Raw(cue, group, src, _next_paragraph(text, sents, si), "subject")
        if right is None and np_[0] > 0 and toks[np_[0] - 1].lower == "as" and after + 1 < n \
                and toks[after + 1].text == ",":
            # "As the mayor said, Y": the content is the clause after the comma
            rest = _trim(text, toks[after + 1].end, s_end)
            return _Raw(cue, group, src, [rest] if rest else [], "preposed")
        if right is None or _words(text, right) == 0:
            if np_[0] == 0 or (toks[np_[0] - 1].word and toks[np_[0] - 1].lower in ("and", "but", "so")):
                return _Raw(cue, group, src, [], "subject")
            if toks[np_[0] - 1].word and group in ("support", "criticise", "intention"):
                return None  # "the ending the characters wanted", "what you can ignore", "4 passes
                # defended": the clause's object is the noun before its subject; nothing reported
            left = _content_left(text, s_start, toks[np_[0] - 1].start)
            return _Raw(cue, group, src, [_extend_backward(text, sents, si, left)] if left else [], "preposed")
        return _Raw(cue, group, src, [_extend_forward(text, sents, si, right)], "subject")

    # --- a question put to the subject, opening the sentence: "Asked about X, she said ..."
    # "When pressed by the moderator about X, he ...": after a subordinator, with the asker as source
    opening = k < 0 or prev is not None and prev.lower in _QUESTION_SUBORDINATORS and (
        k == 0 or not toks[k - 1].word or toks[k - 1].lower in ("and", "but"))
    asker = None
    if opening and k >= 0 and entry.lemma in _ASKED and entry.form in ("past", "part") and nxt + 1 < n \
            and toks[nxt].lower == "by":
        asker = _right_np(toks, nxt + 1, n, verbs)
        if asker is not None:
            nxt = asker[1] + 1
    if opening and entry.lemma in _ASKED and entry.form in ("past", "part") and nxt < n \
            and toks[nxt].lower in _ASKED_NEXT:
        end = next((t.start for t in toks[nxt:] if t.text == ","), None)
        if end is not None:
            if toks[nxt].lower in ("about", "on", "for") and asker is None:
                cue = Span(cue.start, toks[nxt].end)
            content = _trim(text, toks[nxt].end if asker is not None else cue.end, end)
            return _Raw(cue, group, _sp(toks, *asker) if asker else None, [content] if content else [], "question")

    # --- inverted: "Y, said X" / "“Y,” says X"
    if entry.form in ("past", "s", "base") and (prev is None or not prev.word) and k == ci - 1 \
            and not _opens_group(prev, toks[ci]):
        np_r = _right_np(toks, nxt, n, verbs)
        if np_r is None or not _inverted_head(toks[np_r[0]], entry) or _TIME_WORD.fullmatch(toks[np_r[0]].text):
            return None
        after_np = toks[np_r[1] + 1] if np_r[1] + 1 < n else None
        if after_np is not None and after_np.lower == "who" and np_r[1] + 2 < n and toks[np_r[1] + 2].word \
                and not toks[np_r[1] + 2].cap:
            # "Y, said a ministry official who was not authorized to speak publicly": the clause is the source's
            clause_end = next(
                (m - 1 for m in range(np_r[1] + 2, n) if not toks[m].word and toks[m].text not in "'’-"), n - 1)
            np_r = (np_r[0], clause_end)
            after_np = toks[clause_end + 1] if clause_end + 1 < n else None
        if after_np is not None and after_np.word and after_np.lower not in S.PREPOSITIONS \
                and _ADJUNCT_LEAD.match(text, toks[np_r[1]].end, s_end) is None:
            return None  # "..., said McConnell's trip was": not a source after the cue
        np_r = _named_appositive(toks, np_r, n, verbs)
        src = _cut_adjunct(text, _sp(toks, *np_r))
        if prev is None:
            # "Says X: ..." at a sentence start, or a title "Said Y"; content after the source.
            right = _trim(text, src.end, s_end)
            if entry.form == "base" or right is None or _words(text, right) == 0 or entry.lemma in _ASKED:
                return None  # "Read the original article.", "Think BIG.", "Thanks Junior!": an imperative or
                # a greeting; "Asked later for an example, he ...": a question put to the subject
            return _Raw(cue, group, src, [right] if right else [], "inverted")
        left_end = prev.start if prev.text == "," else prev.end
        return _Raw(cue, group, src, _preposed_content(text, sents, si, left_end, toks[np_r[1]].end, True), "inverted")
    return None


#: The words that open an indirect question ("was asked how ...").
_WH_WORDS = frozenset("how whether if what why when who where which".split())
#: The lexicon's pattern of evidential adverbs (cues.toml, group "claim").
_EVIDENTIAL_ADVERB = "(?:reportedly|"


#: Verbs of taking a channel, appearing or meeting, with the word that follows them ("took to
#: Twitter", "went on Fox News", "met with donors"): a purpose infinitive after them says what
#: their subject went there to say ("took to Twitter to accuse", "met with X to discuss").
_CHANNEL_VERBS = {
    "to": frozenset("took take takes taking taken wrote write writes writing written".split()),
    "on": frozenset("went go goes going gone appeared appear appears appearing".split()),
    "with": frozenset("met meet meets meeting".split()),
    "at": frozenset("spoke speak speaks speaking spoken appeared appear appears appearing".split()),
    "before": frozenset("spoke speak speaks speaking spoken appeared appear appears appearing".split()),
}
#: A meeting held or called by the subject: "held a news conference to announce", "called an
#: urgent meeting to discuss", "gathered Monday to discuss".
_MEETING_VERBS = frozenset(
    "held hold holds holding called call calls calling convened convene convenes convening hosted host hosts "
    "hosting organized organised".split())
_MEETINGS = frozenset(
    "conference call meeting briefing session summit hearing forum rally event gathering".split())
_GATHER = frozenset("gathered gather gathers convened convene convenes met meet meets".split())


def _purpose_channel(toks: list[Token], k: int, verbs: frozenset[str]) -> Span | None:
    """The source of a purpose infinitive whose "to" is token k, when the clause's verb takes
    a channel or a meeting ("Ortiz took to the radio at dawn to accuse ...", "the harbour master
    spoke at a supper of fishermen to discuss ..."): the subject of that verb. None for any
    other infinitive ("took to the stage to sing" is no cue; "went on to say" is its own cue)."""
    j = k - 1
    floor = max(0, k - 14)
    found = None
    while j >= floor and toks[j].word and toks[j].lower != "and":
        lw = toks[j].lower
        if j > 0 and toks[j - 1].lower in _CHANNEL_VERBS.get(lw, ()) and j < k - 1:
            found = j - 1  # "took to Twitter", "met with X" (not "went on to")
        elif lw in _MEETINGS and any(toks[m].lower in _MEETING_VERBS for m in range(max(floor, j - 4), j)):
            found = next(m for m in range(j - 1, max(floor, j - 4) - 1, -1) if toks[m].lower in _MEETING_VERBS)
        elif lw in _GATHER and (j == k - 1 or j == k - 2 and _TIME_WORD.fullmatch(toks[k - 1].text)):
            found = j  # "captains gathered Monday to discuss", "the council met to consider"
        if found is not None:
            break
        j -= 1
    if found is None:
        return None
    s, _aux = _subject_end(toks, found)
    if s < 0 or not toks[s].word and toks[s].text != ",":
        return None
    if toks[s].lower in ("he", "she", "they", "we", "i", "it"):
        return Span(toks[s].start, toks[s].end)
    np_ = _appositive(toks, s, verbs) if toks[s].text == "," else _left_np(toks, s, 0, verbs)
    if np_ is None and toks[s].text == ",":
        return _main_subject(toks, found, verbs)  # "The board, which in May ..., called a meeting"
    if np_ is None or _no_noun_head(toks, np_[0], np_[1]):
        return None
    return _sp(toks, np_[0], np_[1])

#: Cue lemmas that attribute only to a document: "..., the letter reads" (not "he read the book").
_DOCUMENT_ONLY = frozenset(("read",))
#: Verbs whose object takes a bare infinitive that it does not choose to do ("help X maintain", "make X testify").
_BARE_CAUSATIVES = frozenset("help helps helped helping let lets letting make makes made making".split())


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
#: What may follow the participle of a reduced relative: a "by" phrase, a time, a place.
#: Cues that invert with a bare plural source ("..., said officials at the port").
_INVERTING = frozenset("say add write note explain warn argue insist ask reply respond recall conclude "
                       "observe admit claim agree predict estimate".split())


#: Heads after "according to" that make it "in accordance with" (a measure, a rule), not a source.
_ACCORDANCE = frozenset("plan plans schedule rules rule guidelines standards standard criteria index scale "
                        "measure measures definition definitions formula instructions tradition custom".split())

#: Raising verbs: before "to be" / "to have" their subject is what the clause is about, not a source.
_RAISING = frozenset("seem appear".split())

#: Inverting cues that take no noun-phrase object: after "Y, said" at a sentence's first comma a
#: name or a speaker is the source, whatever Y looks like ("Prices rose, said Ana Ortiz").
_INVERTS_AT_START = frozenset("say report explain note".split())

#: Marks that open a group: a word right after one begins a noun phrase, not an inverted clause.
_OPENERS = frozenset("([{“‘")


def _opens_group(prev: Token | None, cue: Token) -> bool:
    """Is the cue word the first word inside a bracket or an opening quotation mark? An inverted cue
    ("Y, said X") follows the clause Y it reports, ended by a comma or a closing quote; after
    "(" it is an adjective in a list ("(repeated titles, menus)", "(warned residents, closed roads)")."""
    if prev is None:
        return False
    return prev.text in _OPENERS or prev.text in ('"', "'") and prev.end == cue.start


def _inverted_head(t: Token, entry: CueEntry) -> bool:
    """Can t open the source after an inverted cue ("..., said Ana Ortiz", "said the mayor",
    "says one official", "said officials")? Not an object pronoun, nor a bare common noun after
    a transitive cue ("..., cited comments he made": the cue's object)."""
    if t.lower in S.OBJECT_PRONOUNS and t.lower not in ("it", "you"):
        return False
    return entry.lemma in _INVERTING or t.cap or t.lower in S.DETERMINERS or t.lower in S.POSSESSIVES \
        or t.lower in S.SUBJECT_PRONOUNS \
        or t.text[:1].isdigit()


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


def _subordinate_head(text: str, toks: list[Token], i: int, prior: list[_Raw]) -> _Raw | None:
    """The cue of the temporal clause token i is coordinated in ("after she attacked X and
    blamed Y"): the last earlier cue, with its subject right after "after/when/...", and no
    comma between it and token i."""
    if not prior:
        return None
    last = prior[-1]
    if last.rule != "subject" or last.source is None or last.source.end > last.cue.start:
        return None
    before = text[max(0, last.source.start - 12) : last.source.start]
    if not _TEMPORAL_BEFORE.search(before) and not _PAREN_BEFORE.search(before):
        return None  # "(they want X and suggest Y)" too
    if any(t.text in ",;:—–―" for t in toks if last.cue.end <= t.start < toks[i].start):
        return None
    return last


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
#: Words that open a temporal clause whose verbs a coordinated verb continues ("when guards stopped
#: her and told her to go"); after "if" or "because" the main clause's subject is as likely.
_TEMPORAL_OPENERS = frozenset("when whenever after before while until once".split())
#: Punctuation that closes a clause: a verb coordinated after it is not the clause's second verb.
_CONJUNCT_BREAK = frozenset(",;:—–―()")


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


def _inner_conjunct(toks: list[Token], k: int, prior: list[_Raw], entry: CueEntry, aux: list[str]) -> bool:
    """Is the verb after the coordinator at token k the second verb of a clause inside an earlier
    cue's content, sharing that clause's subject rather than the cue's source? "Guards say he
    posed a risk and refused to leave the pier": "he" refused; that is what the guards say, not
    a new attribution (PolNeAR marks none). Two readings are possible when the tenses agree
    ("They said he mocked the staff and talked about Y"); the verb is read as the inner clause's
    when its tense matches that clause's verb and it is no verb of saying (with one, annotators
    read the parallel report: "Reyes says Keller promised Y and said Z"). A verb inside an
    adverbial clause within the content ("... said she was leaving when guards stopped her and
    told her to go") belongs to that clause whatever its verb."""
    conj = toks[k]
    return any(_continues_clause(toks, k, c, entry, aux) for p in prior if p.cue.end <= conj.start
               for c in p.content if p.cue.end <= c.start <= conj.start < c.end)


def _continues_clause(toks: list[Token], k: int, c: Span, entry: CueEntry, aux: list[str]) -> bool:
    """Does the verb after the coordinator at token k continue the clause that opens content c
    (see :func:`_inner_conjunct`)?"""
    i0 = next((m for m in range(k) if toks[m].start >= c.start), k)
    if i0 < k and toks[i0].lower == "that":
        i0 += 1
    clause = _clause_verb(toks, i0, k)
    if clause is None:
        return False  # "Cruz urged voters to Y and said Z": the content opens with no clause of its own
    # an adverbial clause inside the content: the last subordinator before k with no punctuation after it
    for s in range(k - 1, clause[0], -1):
        if toks[s].text in _CONJUNCT_BREAK:
            break
        if toks[s].lower in _TEMPORAL_OPENERS and toks[s].word:
            return _clause_verb(toks, s + 1, k) is not None
    v, tense = clause
    if entry.group == "say" or tense in ("be", "modal") and not aux:
        return False
    if any(t.text in _CONJUNCT_BREAK for t in toks[v + 1 : k]):
        return False  # "X said he mocked Y, and vowed Z": a comma joins the main clauses
    own = [a for a in reversed(aux) if a not in _NEGATION and a not in ("n't", "n’t")]
    if own:
        mine = "past" if own[0] in _DO_PAST or own[0].startswith("had") else "present" if own[0] in _DO_PRESENT \
            else "perfect" if own[0] in _PERFECT else "modal" if own[0] in _MODALS else "be" if own[0] in _BE else None
        return mine == tense
    if entry.form == "past":
        return tense in ("past", "perfect")
    if entry.form == "part":
        return tense == "perfect"
    if entry.form == "s":
        return tense == "present"
    if entry.form == "base":
        return tense == "modal"
    return False


def _in_reported_clause(toks: list[Token], k: int, prior: list[_Raw]) -> bool:
    """Is token k inside a clause with its own subject that opens an earlier cue's content, with
    no punctuation between that clause's verb and k? A participle after a preposition there
    ("He noted that Clinton had been pilloried for acknowledging Y", "They said developers drew
    the lines by adding Z") is the inner subject's act, part of what is reported."""
    at = toks[k].start
    for p in prior:
        for c in p.content:
            if not p.cue.end <= c.start <= at < c.end:
                continue
            i0 = next((m for m in range(k) if toks[m].start >= c.start), k)
            if i0 < k and toks[i0].lower == "that":
                i0 += 1
            clause = _clause_verb(toks, i0, k)
            if clause is not None and not any(t.text in _CONJUNCT_BREAK for t in toks[clause[0] + 1 : k]):
                return True
    return False


#: Words after a participle that show it is a verb with a complement, not an adjective before a noun.
_NOT_A_MODIFIED_NOUN = S.DETERMINERS | S.POSSESSIVES | S.SUBJECT_PRONOUNS | S.OBJECT_PRONOUNS | S.PREPOSITIONS \
    | S.CLAUSE_WORDS | S.ADVERBS | frozenset(("to", "not"))


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


def _temporal_pronoun(toks: list[Token], k: int, prior: list[_Raw]) -> Span | None:
    """The personal pronoun subject of a temporal clause after the sentence's first cue that the
    coordinator at token k continues with no punctuation between ("called her a disgrace after
    she visited the port and blamed Y": she blamed), as :func:`_subordinate_head` does when the
    clause's first verb is a cue. Only a pronoun: "spoke after the vote ended and criticized Y"
    may be the speaker's second verb."""
    if not prior or prior[0].cue.end > toks[k].start:
        return None
    for s in range(k - 1, 0, -1):
        t = toks[s]
        if t.text in _CONJUNCT_BREAK or t.end <= prior[0].cue.end:
            return None
        if t.lower in ("after", "when", "before", "once", "whenever") and t.word:
            subj = toks[s + 1]
            if subj.lower in ("he", "she", "they", "we", "i") and _clause_verb(toks, s + 1, k) is not None:
                return Span(subj.start, subj.end)
            return None
    return None


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


def _gerund_object_conjunct(toks: list[Token], k: int, prior: list[_Raw]) -> bool:
    """Does the coordinator at token k join a second gerund to one that is an earlier cue's
    object, with no punctuation between ("Ms. Hale suggested reading the notice and
    asking yourself Y", "She recommended cutting fees or raising taxes")? The second gerund is
    part of that cue's content, not an attribution of its own."""
    ends = {p.cue.end for p in prior}
    for m in range(k - 1, max(0, k - 20), -1):
        t = toks[m]
        if t.text in _CONJUNCT_BREAK or t.lower in S.CLAUSE_WORDS and t.lower not in ("just", "even", "also"):
            return False
        if t.word and not t.cap and t.lower.endswith("ing") and len(t.lower) > 4:
            j = m - 1
            while j >= 0 and (toks[j].lower in S.ADVERBS or _adverb_ly(toks, j)):
                j -= 1
            if j >= 0 and toks[j].end in ends:
                return True
    return False


#: Intransitive verbs of a record coming to light, after which a participle says what it shows.
_APPEARING = frozenset("surfaced surfaces emerged emerges circulated circulates appeared appears".split())
#: Records that show or say something without being messages someone sent.
_RECORDS = frozenset("footage recording recordings audio photo photos photograph photographs image images "
                     "document documents report reports poll polls survey surveys study studies".split())
#: Verbs that leave their object in a state given by a participle ("left voters feeling Y", "has
#: officials wondering about Y"): the object is the participle's subject.
_CAUSATIVE_HAVE = frozenset("had has have having left leaves leave leaving kept keeps keep keeping got gets get "
                            "sent sends send".split())


#: "by" naming a channel, not an agent: "and said by email that Y".
_BY_MEANS = re.compile(r"\s+(?:e-?mail|phone|telephone|text|letter|video|satellite|Skype|Zoom)\b", re.I)

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


def _no_noun_head(toks: list[Token], first: int, last: int) -> bool:
    """Is the phrase first..last no noun phrase at all: ending in an -ly adverb or "own" ("a
    swiftly | called", "its own | fumes") or opening with a lower-case -ing verb and its object
    ("meaning Clinton's name | would be required"; not "restructuring experts")?"""
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


#: Nouns of a message that a participle of a cue may modify: "a tweet attacking Y", "a statement
#: announcing Y", "a letter urging Y" (the message speaks; "a book analyzing Y" is no message).
_MESSAGES = frozenset(
    "statement statements tweet tweets letter letters memo memos message messages post posts posting postings "
    "email emails e-mail e-mails ad ads advertisement advertisements commercial commercials spot video videos "
    "speech speeches editorial editorials op-ed op-eds column columns release releases note notes".split())
#: Words that open a sentence-initial participle clause ("After saying Y, she ...").
_OPENING_SUBORDINATORS = frozenset("in after before by while when since upon without on".split())
#: Words that open the clause of a supposing "assume" ("assumed that ...", "assume he ...").
_CLAUSE_OPENERS = frozenset("that he she they it we i you there this".split())
#: Auxiliaries that open a yes/no or wh- question before its subject ("do you think").
_QUESTION_AUX = frozenset("do does did can could would will should".split())
#: Prepositions whose object, followed by a participle, is no subject ("in a statement issued Tuesday").
_PP_HEADS = frozenset("in with under from of at on into for".split())
_PERSONAL_PRONOUNS = frozenset("he she they it we i you who which that".split())
_PLACE_PREPOSITIONS = frozenset("near outside inside around along beside".split())
_RR_OPENERS = frozenset("by in on at last this earlier late early for from with during over since through".split())
#: Words that open an adverbial clause: the subject of its verb starts right after them.
_SUBORDINATORS = frozenset("since because after when while although though as if once before until whereas".split())


#: The fixed cues of a light verb with a speech-act noun ("made the case", "issued a statement").
_LIGHT_VERB_PATTERNS = ("(?:make|makes|made|making)\\s+(?:a|", "(?:issue|issues|issued|", "(?:unleash|unleashes|unleashed|")
#: Such a cue whose noun is definite or possessed: it refers back to an act ("made the comments",
#: "sent the letter", "make its case").
_ANAPHORIC_ACT = re.compile(r"\S+\s+(?:the|this|that|these|those|his|her|their|its)\s", re.I)
#: What opens the content of such an act after it (an optional time word first): "that", a colon,
#: a quotation, an infinitive, "for"/"about"/"on", or a participle ("sent the letter, urging ...").
_ACT_CONTENT = re.compile(
    rf"\s*(?:(?:on\s+|last\s+|this\s+|early\s+|late\s+)?(?:{S.WEEKDAYS}|week|month|year|morning|afternoon|"
    r"evening|night|today|yesterday)\b\s*)?(?:that\b|whether\b|:|[“\"‘]|"
    r"to\s+(?!(?:the|a|an|his|her|their|its|our|my)\s)[a-z]|"
    r"for\b|about\b|on\b|against\b|"
    r",?\s*(?!(?:during|morning|evening|something|nothing|anything|everything|thing|king|spring|string)\b)[a-z]+ing\b)")

#: After "spoke on" / "talking on": the terms of an interview, not its topic.
_ON_CONDITION = re.compile(r"\s+(?:the\s+)?(?:condition|conditions|basis|terms|promise)\s+(?:of|that)\b", re.I)


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


_QUOTE_MARKS = frozenset('"“”‘’\'')


def _reduced_relative(toks: list[Token], ci: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The subject of the cue at ci when it carries a reduced relative: "A survey published in early
    May found" -> (first, last, stop) of "A survey published in early May". Only a participle
    followed by a prepositional or time phrase counts, and only one that is no reporting verb of its
    own ("Trump claimed in March Clinton said" keeps Clinton as the source)."""
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
            if lw in lex.forms and opener.lower != "by" and toks[head[0]].lower not in S.DETERMINERS:
                return None  # "Trump claimed in March ...": a reporting verb of its own
            if toks[head[0]].lower in S.SUBJECT_PRONOUNS or toks[head[0]].lower in S.OBJECT_PRONOUNS:
                return None
            return head[0], e, head[2]
        if not t.word and not (t.text in "-./" and p > 0 and toks[p - 1].end == t.start):
            return None
        if _TIME_WORD.fullmatch(t.text) and toks[p + 1].cap:
            return None  # "claimed in March Ana Ortiz said": a new subject after the time
        if lw in S.CLAUSE_WORDS or lw in S.AUXILIARIES or lw in ("and", "or", "as", "like") \
                or (lw in verbs or lw in lex.forms) and not t.cap:
            return None
    return None


#: Verbs whose participle opens a sentence as a question put to its subject ("Asked about ...,").
_ASKED = frozenset(("ask", "press", "question", "challenge", "confront", "pressed"))
#: Subordinators that open a question put to the clause's subject: "When asked about X, she said".
_QUESTION_SUBORDINATORS = frozenset(("when", "if", "after", "once", "before", "while"))
_ASKED_NEXT = frozenset("about on whether if why how what when where who which to for".split())

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
    verb = next((m for m in range(r[0] + 1, r[1] + 1) if _finite_tense(toks, m, False) == "past"), None) \
        if r else None
    if verb is not None:
        r = (r[0], verb - 1)  # "the mayor revised his plan, promising Y": the subject ends at its verb
    return _sp(toks, *r) if r else None


_NOT_CONTINUATION = frozenset(
    "adding saying noting arguing citing where which who when as after before because while and but "
    "according although though whose since until so if in on at during".split()
)


def _quote_at(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos] in "“\"" or text.startswith("''", pos))


def _preposed_content(text: str, sents: Sequence[tuple[int, int]], si: int, left_end: int, tail: int,
                      inverted: bool = False) -> list[Span]:
    """Content of "Y, X said" / "“Y,” said X": Y (reaching back to where its quotation opened),
    plus what the sentence resumes after the cue ("“Y1,” he said, “Y2.”"; "The museum, he said,
    would ..."), plus the quotation continued in the next sentences of the paragraph
    ("“Y1,” he said. “Y2.”")."""
    s_start, s_end = sents[si]
    left = _content_left(text, s_start, left_end)
    if left is not None:
        left = _last_quotation(text, left)
    parts = [_extend_backward(text, sents, si, left)] if left else []
    pos = tail
    m = _ADJUNCT_LEAD.match(text, pos, s_end)
    if m and m.end() > pos:
        pos = m.end()
    sep = pos
    while pos < s_end and text[pos] in " \t,:;":
        pos += 1
    rest = _trim(text, pos, s_end)
    if inverted and rest is not None and not _quote_at(text, rest.start):
        rest = None  # "..., said X, a lawyer for ...": the source's apposition, not content
    if rest is not None and _words(text, rest) > 0:
        first = re.match(r"[\w’']+", text[rest.start : rest.end])
        if _quote_at(text, rest.start):
            parts.append(_first_quotation(text, rest) or _extend_forward(text, sents, si, rest))
            return parts
        if "," in text[sep:pos] and first and first.group()[0].islower() and first.group().lower() not in _NOT_CONTINUATION \
                and not first.group().lower().endswith("ing"):
            parts.append(rest)  # "Too often, he said, the debate ...": the sentence resumes
            return parts
    quoted = left is not None and (_quote_at(text, left.start) or text[left.end - 1] in "”\"" or text.endswith("''", 0, left.end))
    if quoted:
        parts.extend(_continuation(text, sents, si))
    return parts


def _first_quotation(text: str, span: Span) -> Span | None:
    """The quotation that opens at span.start, if it closes inside span."""
    s, e = span.start, span.end
    if text.startswith("''", s):
        close = text.find("''", s + 2, e)
        return Span(s, close + 2) if close != -1 else None
    closer = "”" if text[s] == "“" else '"'
    close = text.find(closer, s + 1, e)
    return Span(s, close + 1) if close != -1 else None


def _last_quotation(text: str, span: Span) -> Span:
    """If span ends with a quotation that opened inside it, just that quotation ("..." X said)."""
    s, e = span.start, span.end
    seg = text[s:e].rstrip(" ,")
    if seg.count("”") + seg.count('"') // 2 + seg.count("''") // 2 <= 1:
        return span  # one quotation only: keep its lead-in ('Mills "got an immunity agreement,"')
    if seg.endswith("''"):
        o = text.rfind("''", s, s + len(seg) - 2)
        return Span(o, e) if o > s else span
    if seg.endswith("”"):
        o = text.rfind("“", s, e)
        return Span(o, e) if o > s else span
    if seg.endswith('"') and seg.count('"') >= 2:
        o = text.rfind('"', s, s + len(seg) - 1)
        return Span(o, e) if o > s else span
    return span


def _next_paragraph(text: str, sents: Sequence[tuple[int, int]], si: int) -> list[Span]:
    """The sentences of the paragraph after sentence si (at most 12)."""
    start, end = sents[si + 1]
    for sj in range(si + 2, min(len(sents), si + 13)):
        s, e = sents[sj]
        if "\n" in text[end:s]:
            break
        end = e
    return [Span(start, end)]


def _continuation(text: str, sents: Sequence[tuple[int, int]], si: int) -> list[Span]:
    """Following sentences of the same paragraph that carry on the speaker's quotation."""
    out: list[Span] = []
    prev_end = sents[si][1]
    opened = False
    for sj in range(si + 1, min(len(sents), si + 8)):
        s, e = sents[sj]
        if "\n" in text[prev_end:s]:
            whole = _quoted_paragraph(text, sents, sj)
            if whole is not None and (not out or not opened or _quote_balance(text[out[0].start : out[-1].end]) <= 0):
                out.append(whole)  # "“Y1,” said X.¶“Y2.”": a paragraph that is all quotation carries on X's
            break
        piece = text[s:e]
        if not opened:
            if not _quote_at(text, s):
                break
            opened = True
        bal = _quote_balance(piece.replace("''", '"'))
        if bal == 0 and opened and out == [] or bal <= 0 and out:
            # the quotation closes in this sentence: keep it only if nothing follows the close
            close = max(piece.rfind("”"), piece.rfind('"'), piece.rfind("''"))
            if re.search(r"\w", piece[close + 1 :]):
                break
            out.append(Span(s, e))
            break
        out.append(Span(s, e))
        prev_end = e
    if not out:
        return []
    return [Span(out[0].start, out[-1].end)]


def _quoted_paragraph(text: str, sents: Sequence[tuple[int, int]], sj: int) -> Span | None:
    """The paragraph opening at sentence sj when it is one quotation and nothing else: it opens with
    a quotation mark, closes with one, and no mark closes it before its end (so no "he said" in it)."""
    s = sents[sj][0]
    if not _quote_at(text, s):
        return None
    e = sents[sj][1]
    for sk in range(sj + 1, min(len(sents), sj + 8)):
        if "\n" in text[e : sents[sk][0]]:
            break
        e = sents[sk][1]
    else:
        if sj + 8 < len(sents):
            return None
    para = text[s:e].rstrip()
    if not para.endswith(("”", '"', "''")) or "\n" in para:
        return None
    inner = para[2:-2] if para.startswith("''") else para[1:-1]
    if "”" in inner or '"' in inner or "''" in inner:
        return None  # the quotation closes inside: words of the writer follow it
    return Span(s, s + len(para))


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


# ---------------------------------------------------------------- special sentence shapes


def _headline(text: str, toks: list[Token], s_start: int, s_end: int) -> _Raw | None:
    """A headline led by a speaker: "Name: what they said", "Name on Topic: what they said"."""
    for i, t in enumerate(toks[:7]):
        if t.text == ":":
            head = toks[:i]
            if not head or not all(x.cap or not x.word or x.lower in ("of", "the", "and", "on") for x in head):
                return None
            if any(x.lower in _TITLE_PREFIX_BLOCK for x in head) or any(x.text.isdigit() for x in head):
                return None
            if any(x.lower in S.PREPOSITIONS and x.lower not in ("of", "on") for x in head):
                return None  # "Stealth Over Health: ...", "Trouble In Paradise: ...": a title, not a speaker
            content = _trim(text, t.end, s_end)
            if content is None or _words(text, content) < 3:
                return None
            if all(x.text.isupper() for x in head if x.word) and text[s_start:s_end].rstrip().endswith(".") \
                    and _words(text, content) >= 8:
                return None  # "NEW DELHI: Nearly 150 travellers returned ...": a dateline opening the body
            on = next((j for j, x in enumerate(head) if x.lower == "on"), None)
            if on is not None:
                if on == 0 or on == len(head) - 1:
                    return None
                # "Ortiz on Harbour Fees: The Costs Are ...": the speaker, then the topic, with the cue
                return _Raw(Span(head[on].start, t.end), "say", Span(head[0].start, head[on - 1].end), [content],
                            "headline")
            return _Raw(Span(t.start, t.end), "say", Span(head[0].start, head[-1].end), [content], "headline")
        if not t.word and t.text not in ".-’'&":
            return None
    return None


_SPEAKER = re.compile(r"[\"“]?\s*((?:[A-Z][A-Z.’'-]+\s+){0,2}[A-Z][A-Z’'-]+)\s*:\s")


def _speaker(text: str, sents: Sequence[tuple[int, int]], si: int) -> _Raw | None:
    """A transcript turn: "PENCE: Well, look, ..." — the content is the rest of the turn (paragraph)."""
    s, e = sents[si]
    m = _SPEAKER.match(text, s, e)
    if m is None or len(m.group(1)) < 2 or m.group(1).lower() in _TITLE_PREFIX_BLOCK:
        return None
    if not any(_SPEAKER.match(text, *sents[sj]) for sj in range(max(0, si - 40), min(len(sents), si + 41))
               if sj != si):
        return None  # a lone label is a dateline or a kicker ("NEW DELHI: ...", "UPDATE: ..."), no turn
    colon = text.index(":", m.end(1))
    end = e
    paragraphs = 1
    for sj in range(si + 1, min(len(sents), si + 40)):
        ns, ne = sents[sj]
        if _SPEAKER.match(text, ns, ne):
            break
        if "\n" in text[end:ns]:
            # a turn runs over paragraphs until the next speaker, if another speaker follows soon
            paragraphs += 1
            if paragraphs > TURN_PARAGRAPHS or not _speaker_follows(text, sents, sj):
                break
        end = ne
    content = _trim(text, colon + 1, end)
    return _Raw(Span(colon, colon + 1), "say", Span(m.start(1), m.end(1)), [content] if content else [], "speaker")


#: A transcript turn runs over at most this many paragraphs.
TURN_PARAGRAPHS = 4


def _speaker_follows(text: str, sents: Sequence[tuple[int, int]], sj: int) -> bool:
    """Does a speaker label open a paragraph within the next few paragraphs after sentence sj?"""
    seen = 0
    prev_end = sents[sj][0]
    for sk in range(sj, min(len(sents), sj + 30)):
        s, e = sents[sk]
        if "\n" in text[prev_end:s]:
            seen += 1
            if seen > TURN_PARAGRAPHS:
                return False
        if _SPEAKER.match(text, s, e):
            return True
        prev_end = e
    return False


def _dash(text: str, sents: Sequence[tuple[int, int]], si: int) -> _Raw | None:
    """A quotation signed with a dash: “...” — Name."""
    s, e = sents[si]
    m = _DASH_SOURCE.search(text, s, e)
    if m:
        q_end = m.start() + 1
        q = text.rfind("“", s, q_end)
        if q == -1:
            content = _extend_backward(text, sents, si, Span(s, q_end))
        else:
            content = Span(q, q_end)
        dash = re.search(r"[―—–]", text[m.start() : m.end()])
        cue = Span(m.start() + dash.start(), m.start() + dash.end())
        return _Raw(cue, "say", Span(m.start(1), m.end(1)), [content], "dash")
    if si > 0:
        m = _LEAD_DASH_SOURCE.match(text, s, e)
        ps, pe = sents[si - 1]
        if m and text[ps:pe].rstrip().endswith(("”", '"')):
            content = _extend_backward(text, sents, si - 1, Span(ps, pe))
            dash = re.search(r"[―—–]", text[s:e])
            cue = Span(s + dash.start(), s + dash.end())
            return _Raw(cue, "say", Span(m.start(1), m.end(1)), [content], "dash")
    return None


# ---------------------------------------------------------------- the pass


_QUOTE_CHARS = re.compile(r"''|[“”\"\n]")


def quotations(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the double quotations in text, one pass.

    Curly quotes open and close; straight quotes alternate. A quotation left open at the
    end of a paragraph ends there (news quotations running over paragraphs reopen each one).
    """
    out: list[tuple[int, int]] = []
    opened = -1
    for m in _QUOTE_CHARS.finditer(text):
        ch = m.group()
        if ch == "\n":
            if opened >= 0:
                out.append((opened, m.start()))
                opened = -1
        elif opened < 0:
            if ch == '"' and _inch_mark(text, m.start()):
                continue  # 'a 70" TV': an inch mark opens nothing
            if ch != "”":
                opened = m.start()
        elif ch != "“":
            out.append((opened, m.start()))
            opened = -1
    if opened >= 0:
        out.append((opened, len(text)))
    return out


def _inside(quotes: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(quotes, (pos, len_max)) - 1
    return i >= 0 and quotes[i][0] < pos < quotes[i][1]


len_max = 1 << 62


def _sentence(text: str, sents: Sequence[tuple[int, int]], si: int, lex: Lexicon,
              quotes: list[tuple[int, int]] = (), turn: list[int] | None = None,
              nominal_at: list[int] | None = None) -> list[_Raw]:
    """The attributions whose cue is in sentence si. ``nominal_at``: where the text has a
    nominal cue noun before "that"/"to" (sorted; None: look in the sentence)."""
    turn = turn if turn is not None else [0]
    s_start, s_end = sents[si]
    found: list[_Raw] = []
    matches = list(lex.regex.finditer(text, s_start, s_end))
    toks: list[Token] | None = None
    sp = _speaker(text, sents, si) if text[s_start : s_start + 2].lstrip("\"“")[:1].isupper() else None
    if sp is not None:
        found.append(sp)
        if sp.content:
            turn[0] = sp.content[0].end
    elif s_start < turn[0]:
        return found  # inside a transcript turn: its words are the speaker's, like a quotation
    if si == 0 or "―" in text[s_start:s_end] or "—" in text[s_start:s_end]:
        toks = tokenize(text, s_start, s_end)
        if si == 0 and sp is None:
            h = _headline(text, toks, s_start, s_end)
            if h:
                found.append(h)
        d = _dash(text, sents, si)
        if d:
            found.append(d)
    if nominal_at is not None:
        i = bisect.bisect_left(nominal_at, s_start)
        nominal_here = i < len(nominal_at) and nominal_at[i] < s_end
    else:
        nominal_here = lex.nominal_guard is None or lex.nominal_guard.search(text, s_start, s_end) is not None
    later: list[_Raw] = []
    if _NOUN_FROM_GUARD.search(text, s_start, s_end):
        for m in _NOUN_FROM.finditer(text, s_start, s_end):
            if quotes and _inside(quotes, m.start("cue")):
                continue
            src = Span(m.start("src"), m.end("src"))
            phrase = m.group("src")
            if S.source_kind(phrase) == "unknown" and not any(w[:1].isupper() for w in phrase.split()):
                continue  # "support from the state budget": no one who speaks
            that = re.match(r"[\s,]*that\s+", text[m.end("src"):s_end])
            content = [_trim(text, m.end("src") + that.end(), s_end)] if that else []
            noun = m.group("noun").lower()
            group = _NOUN_FROM_GROUPS.get(noun) or _NOUN_FROM_GROUPS[noun.removesuffix("s")]
            later.append(_Raw(Span(m.start("cue"), m.end("cue")), group, src, [c for c in content if c], "nominal"))
    for m in _BARE_CLAIMS.finditer(text, s_start, s_end):
        if quotes and _inside(quotes, m.start("cue")):
            continue
        if m.group("prep"):
            stop = _ABOUT_END.search(text, m.end(), s_end)
            rest = _trim(text, m.end(), stop.start() if stop else s_end)
        else:
            rest = _trim(text, m.end(), s_end)
        later.append(_Raw(Span(m.start("cue"), m.end("cue")), _BARE_CLAIM_GROUPS[m.group("noun").lower()], None,
                          [rest] if rest else [], "nominal"))
    if lex.nominal_regex is not None and nominal_here:
        for m in lex.nominal_regex.finditer(text, s_start, s_end):
            if quotes and _inside(quotes, m.start("cue")):
                continue
            key = "cue" if m.groupdict().get("cue") is not None else "pcue"
            group = lex.nominal[m.group("cue").lower()] if key == "cue" else lex.nominal_about[
                m.group("pcue").split()[0].lower()]
            if key == "pcue":
                if _NOT_ABOUT.match(text, m.end()):
                    continue  # "his remarks on Saturday": when, not what about
                # what the noun is about: the noun phrase after the preposition, up to the clause's verb
                stop = _ABOUT_END.search(text, m.end(), s_end)
                rest = _trim(text, m.end(), stop.start() if stop else s_end)
            else:
                rest = _trim(text, m.end(), s_end)
            # a nominal cue joins the list after the verb cues: frames that read the cues
            # before them (a coordinated verb's subject) must not take it for a clause
            later.append(
                _Raw(Span(m.start(key), m.end(key)), group, Span(m.start("src"), m.end("src")),
                     [rest] if rest else [], "nominal",
                     # "The Gazette seized on Alder's claim that Y": a claim with a named owner and its
                     # own proposition is that owner's, not the outer speaker's framing (unlike "he
                     # said his plans to", "they say the president's claims about Z are unfounded")
                     absolute=group == "claim" and key == "cue" and text[m.end():m.end() + 4].lower() == "that"
                     and m.group("src").lower() not in ("his", "her", "their", "its")))
    if quotes and matches:
        # annotators attribute a quotation as a whole, not the cues inside it
        matches = [m for m in matches if not _inside(quotes, m.start())]
    if not matches or sp is not None:
        return found + later
    if toks is None:
        toks = tokenize(text, s_start, s_end)
    starts = {t.start: i for i, t in enumerate(toks)}
    ends = {t.end: i for i, t in enumerate(toks)}
    title_case: bool | None = None  # computed when a capitalised cue needs it
    taken_until = -1
    for m in matches:
        if m.start() < taken_until:
            continue
        if any(r.cue.start <= m.start() < r.cue.end for r in itertools.chain(found, later)):
            continue  # already a nominal cue ("the company's plan to")
        ci, cj = starts.get(m.start()), ends.get(m.end())
        if ci is None or cj is None:
            continue
        if m.lastgroup == "v":
            form = m.group().lower()
            entry = lex.forms.get(form if form.isalpha() else " ".join(form.split()))
            if entry is None:
                continue
            if toks[ci].cap and ci > 0:
                if title_case is None:
                    title_case = _title_case(toks)
                if not title_case:
                    continue  # "The Washington Post", "Hope Hicks": a name, not a verb
        else:
            entry = lex.fixed[int(m.lastgroup[1:])]
        if _ANONYMITY.match(text, m.end(), s_end):
            continue  # "who asked not to be named", "spoke on condition of anonymity": not a claim
        if _IDIOM_AFTER.match(text, m.end(), s_end) \
                or _IDIOM_BEFORE.search(text, max(s_start, m.start() - 16), m.start()):
            continue  # "it goes without saying", "that says a lot about": an idiom, nobody reports
        raw = _frame(text, sents, si, toks, ci, cj, entry, lex, found)
        if raw is None:
            continue
        if entry.lemma in _DOCUMENT_ONLY and (raw.source is None or raw.source.end > raw.cue.start
                                              and raw.rule != "inverted"
                                              or S.source_kind(text[raw.source.start : raw.source.end]) != "document"):
            continue  # "he read the book": only a text "reads" what it says
        taken_until = m.end()
        raw.cue = _cue_extent(text, toks, raw, starts, ends)
        found.append(raw)
    found.extend(later)
    if len(found) > MAX_PAIRWISE:
        return found
    # a cue inside another attribution's source is part of that noun phrase ("a study
    # published in May found Y": "published" belongs to the source of "found")
    # (so is a verb in a headline's speaker: "Warren Hammers Bank Chief: 'You Should Resign'")
    found = [r for r in found if not any(b is not r and (b.reduced or b.rule == "headline")
                                         and b.source.start <= r.cue.start < b.source.end
                                         for b in found)]
    _trim_reporting_clauses(text, found)
    _trim_relative_clauses(text, found)
    _trim_fronted_clauses(text, s_start, found)
    _split_shared_subject(text, found)
    # A cue of an "own framing" group inside another attribution's content is the reported
    # speaker's framing ("she said she thinks ...", "he said the crew meant to ..."),
    # not a new attribution (as news annotation schemes such as PolNeAR treat it).
    # A clause of the writer's own inside a content (", which X denounced", "after X backed Y") is
    # kept (_own_clause); a cue inside an opening "according to X" is part of X's account.
    # Nested only in a framing that is itself dropped ("it issued a paper welcoming the
    # government's plans to Y, and calling for Z": "calling for" is not inside "plans to") is not
    # nested: the framings are settled against the ones kept, until they agree.
    kept = found
    for _ in range(3):
        now = [r for r in found if r.absolute or not (
            r.group in lex.own_framing and _framing_nested(text, s_start, r, kept)
            or _complement_subject(text, r, found) or _within_account(r, found))]
        if now == kept:
            break
        kept = now
    _trim_fronted_contents(text, s_start, kept)
    return kept


#: What may stand between a reporting cue's content start and the subject of its complement
#: clause: nothing, or an adjunct without a comma ending in "that" ("during a rally in May that").
#: A subject coordinated ahead of the source ("she said pilots or skippers would ...") is
#: part of that clause's subject: one word (with its article) before "and"/"or".
_COMPLEMENT_GAP = re.compile(
    r"\s*(?:(?:[^,;:“”\"]{0,80}\s)?that\s+)?(?:(?:the\s+)?[A-Za-z][\w.'’-]*\s+(?:and|or)\s+)?", re.I)


def _complement_subject(text: str, a: _Raw, found: list[_Raw]) -> bool:
    """Is a the verb of the clause another cue of the sentence reports, with its subject opening
    that content ("The mayor said [that] the council will announce Y", "She says it underscores Y")?
    Then it is the reported speaker's account of events, not a second attribution (PolNeAR
    annotates the outer one; a nested cue of its own is kept when its clause is set off later in
    the content: "X said A, but he said B")."""
    if a.rule != "subject" or a.source is None or a.source.end > a.cue.start:
        return False
    for b in found:
        if b is a or b.rule != "subject" or b.cue.end > a.source.start:
            continue
        for c in b.content:
            if c.start <= a.source.start < c.end and c.start <= a.cue.start < c.end \
                    and _COMPLEMENT_GAP.fullmatch(text, c.start, a.source.start):
                return True
    return False




#: What opens a clause of the writer's own inside another attribution's content, right before the
#: subject of a cue: a non-restrictive relative (", which RT pointed to"), a temporal clause
#: ("... after it backed Clinton", "when Clinton blasted him"), a parenthesis ("(they want ...)").
_OWN_CLAUSE_BEFORE = re.compile(
    r"(?:,\s*(?:(?:in|of|for|with|by|to|from|about|on)\s+)?(?:which\s+|whom\s+)?|\(\s*(?:(?:or|and|but)\s+)?"
    r"|\s(?:after|when)\s+)\Z", re.I)
#: A sentence that opens with an adverbial clause holding a cue: "As Clinton talked about Y, ...".
_FRONTED_CUE = re.compile(
    r"\W*(?:(?:and|but|yet|so|even)\s+)?(?:while|although|though|even\s+though|if|when|whenever|because|since|"
    r"after|before|once|unless|whereas|until|as)\s[^,;:]*\Z", re.I)
#: A sentence that opens with an adverbial clause, up to the subject of its verb: "When X examined Y, ...".
_FRONTED_SUBJECT = re.compile(
    r"\W*(?:(?:and|but|yet|so|even)\s+)?(?:while|although|though|even\s+though|if|when|whenever|because|since|"
    r"after|before|once|unless|whereas|until)\s+\Z", re.I)
#: Reporting rules whose content is the rest of the sentence around them: a fronted clause is
#: part of what they report ("Even if X proves brief, Mr. Keller said, Y").
_PREPOSED_RULES = frozenset(("preposed", "inverted", "according", "dash", "headline", "speaker"))


def _own_clause(text: str, s_start: int, a: _Raw, b: _Raw) -> bool:
    """Does cue a, inside b's content, head a clause of the writer's own rather than the
    framing of what b reports? Then it is an attribution of its own (PolNeAR annotates it):
    a non-restrictive relative ("... The Harbour Gazette, which dug up Y"), a temporal clause
    after b's cue ("described him as a fool after he mocked Y"), a parenthesis, or a
    fronted adverbial clause ahead of the main clause's cue ("When PolitiFact examined Y, it
    was labeled Z"). "X said he plans to Y", "X said the report that showed Y": not so."""
    subj = a.source.start if a.source is not None and a.source.end <= a.cue.start else a.cue.start
    if a.cue.start < b.cue.start:
        # a in a fronted adverbial clause, b the main clause's cue after its comma
        return b.rule not in _PREPOSED_RULES and _FRONTED_SUBJECT.match(text, s_start, subj) is not None \
            and "," in text[a.cue.end : b.cue.start]
    if subj < b.cue.end or b.rule in _PREPOSED_RULES:
        return False  # in "Y, X said" all of Y is X's words
    head = text[max(b.cue.end, subj - 40) : subj]
    m = _OWN_CLAUSE_BEFORE.search(head)
    if m is None:
        return False
    word = text[subj : a.cue.start if a.source is not None and a.source.end <= a.cue.start else a.cue.end]
    if m.group().lstrip().startswith(","):
        if b.group == "say" and b.rule != "passive" and (a.rule == "relative" or "which" in m.group().lower()):
            return False  # "X said the council ignored Y, who had urged Z": the relative is part of what X said
        if re.search(r"(?:which|whom)\s+\Z", m.group(), re.I):
            return a.rule == "subject"  # ", which the Gazette pointed to as": a relative with its own subject
        if a.rule == "relative":  # ", who had pressed him", ", in which ..."
            return word.strip().lower() in ("which", "who", "whom")
        return _main_after_fronted(text, s_start, a, b)
    return a.rule in ("subject", "relative") or m.group().startswith("(")


def _main_after_fronted(text: str, s_start: int, a: _Raw, b: _Raw) -> bool:
    """Is a the cue of the main clause, with its own subject after the comma that ends a fronted
    adverbial clause holding b and b's complement ("As Clinton talked about Y, Trump highlighted
    Z", "If the auditor has questions about Y, voters should know Z")? Not "As X said, Y": there
    the comma follows the cue, and the main clause is what X said."""
    if a.rule != "subject" or a.source is None or a.source.end > a.cue.start or b.rule in _PREPOSED_RULES:
        return False
    return b.cue.end <= a.source.start and _FRONTED_CUE.match(text, s_start, b.cue.start) is not None \
        and re.fullmatch(r"[^,;:]*\w[^,;:]*,\s*", text[b.cue.end : a.source.start]) is not None


def _trim_fronted_contents(text: str, s_start: int, found: list[_Raw]) -> None:
    """The content of a cue in a fronted adverbial clause ends at the comma before the main
    clause's subject, when the main clause has a cue of its own (see :func:`_main_after_fronted`)."""
    for a in found:
        for b in found:
            if b is a or not _main_after_fronted(text, s_start, a, b):
                continue
            comma = text.rfind(",", b.cue.end, a.source.start)
            b.content = [c2 for c in b.content
                         for c2 in ([_trim(text, c.start, comma)] if c.start < comma < c.end else [c]) if c2]


def _within_account(a: _Raw, found: list[_Raw]) -> bool:
    """Is a's cue inside the content of an "according to X" that opens the sentence? "According
    to her account, she insisted Y": the whole is X's account, one attribution (as PolNeAR
    annotates it), not a second one. A main clause before a trailing "according to" keeps its
    own cue ("Police said Y, according to a report"): the reader wants both sources."""
    return any(b is not a and b.rule == "according" and b.cue.end <= a.cue.start
               and any(c.start <= a.cue.start < c.end for c in b.content) for b in found)


def _framing_nested(text: str, s_start: int, a: _Raw, found: list[_Raw]) -> bool:
    """Is a's cue the reported speaker's framing inside another attribution's content (see
    :func:`_nested_raw`), not a clause of the writer's own (:func:`_own_clause`)?"""
    def within(span: Span, content: list[Span]) -> bool:
        return any(c.start <= span.start < c.end for c in content)

    return any(b is not a and within(a.cue, b.content) and not within(b.cue, a.content)
               and not _own_clause(text, s_start, a, b) and not _writers_aside(text, a, b) for b in found)


def _writers_aside(text: str, a: _Raw, b: _Raw) -> bool:
    """Is a, inside b's content, a temporal clause or a comma-set aside of the writer's own
    (:func:`_writers_clause`)? Not when b is a preposed "Y, X said" (all of Y is X's words) nor a
    relative clause inside what a say-verb reports ("X said the council ignored Y, who urged Z")."""
    if b.rule in _PREPOSED_RULES or not _writers_clause(text, a):
        return False
    relative = a.rule == "relative" or (a.source is not None
                                        and text[a.source.start:a.source.end].lower() in ("who", "which"))
    return not (relative and b.group == "say" and b.rule != "passive")


def _nested_raw(a: _Raw, found: list[_Raw]) -> bool:
    def within(span: Span, content: list[Span]) -> bool:
        return any(c.start <= span.start < c.end for c in content)

    return any(b is not a and within(a.cue, b.content) and not within(b.cue, a.content) for b in found)


#: A temporal adverbial clause opening right before a subject: "after it backed Y", "when she blasted him".
_TEMPORAL_BEFORE = re.compile(r"\b(?:after|when|whenever|before|once)\s+\Z", re.I)
#: A non-restrictive relative clause set off by a comma or a dash: "X, who pressed him on Y".
#: A clause in parentheses: "... in the short term (they want lower rates and ...)".
_PAREN_BEFORE = re.compile(r"\(\s*(?:(?:or|and|but)\s+)?\Z", re.I)
_ASIDE_BEFORE = re.compile(r"[,—–―]\s*(?:who|which)\s+\Z", re.I)


def _writers_clause(text: str, a: _Raw) -> bool:
    """Is a's clause the writer's narration rather than part of the content it sits in? A
    temporal clause ("Z is facing criticism after she appeared to imply Y") tells when something
    happened, and a relative clause set off by commas ("..., which the Gazette pointed to as Y") is an
    aside about its antecedent: both are the writer's own attributions (PolNeAR annotates
    them), unlike a complement clause, whose cues are the reported speaker's framing."""
    if a.source is None or a.source.end > a.cue.start:
        return False
    before = text[max(0, a.source.start - 12) : a.source.start]
    if a.rule == "relative" or text[a.source.start : a.source.end].lower() in ("who", "which"):
        # "X, which is Y's ally and considered Z": a verb coordinated in the aside too
        return _ASIDE_BEFORE.search(before + text[a.source.start : a.source.end] + " ") is not None
    if a.rule not in ("subject", "coordinated") or a.source.end - a.source.start > 60:
        return False  # a coordinated cue shares its head's subject: "after she attacked X and blamed Y"
    return _TEMPORAL_BEFORE.search(before) is not None or _ASIDE_BEFORE.search(before) is not None \
        or _PAREN_BEFORE.search(before) is not None


_ANONYMITY = re.compile(
    r"\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+(?:of|that)\s+(?:anonymity|they|he|she))",
    re.I,
)


#: Idioms built on a speech verb that report nothing: "says a lot about X", "speaks volumes", "so to speak",
#: "it goes without saying", "needless to say", "that is to say".
_IDIOM_AFTER = re.compile(
    r"\s+(?:(?:a\s+lot|a\s+great\s+deal|volumes)\s+about\b|volumes\b|speaking\b)",
    re.I,
)
_IDIOM_BEFORE = re.compile(
    r"(?:\bwithout|\bno|\bneedless\s+to|\bthat\s+is\s+to|\bso\s+to|\bsuffice\s+it\s+to"
    r"|\bas\s+(?:it|they|this|that)\s+(?:may|might|could|does|did|do|would))\s+\Z", re.I)  # "as odd as it may seem"
# ("no doubt", "no plans": "no" right before the cue word makes it a noun)


def _cue_extent(text: str, toks: list[Token], raw: _Raw, starts: dict[int, int], ends: dict[int, int]) -> Span:
    """The cue with the auxiliaries, negation and adverbs that sit between it and its source
    ("has not said", "also noted", "repeatedly denied") and a colon right after it ("said:")."""
    cue = raw.cue
    i = starts.get(cue.start)
    if i is None:
        return cue
    start = cue.start
    if raw.source is not None and raw.source.end <= cue.start and raw.rule in ("subject", "relative", "coordinated", "decline"):
        j = i - 1
        while j >= 0 and toks[j].start >= raw.source.end:
            t = toks[j]
            lw = t.lower
            if (lw in S.AUXILIARIES or lw in _SKIP_BEFORE_CUE) and not t.cap or lw in ("n't", "n’t") or (
                    _adverb_ly(toks, j)):
                start = t.start
                j -= 1
                continue
            break
    if raw.rule == "passive" and raw.source is None or raw.rule == "passive" and raw.source.start >= cue.end:
        # "is considered", "has been called": the passive auxiliaries belong to the cue
        j = i - 1
        while j >= 0 and (toks[j].lower in S.AUXILIARIES or toks[j].lower in _SKIP_BEFORE_CUE
                          or _adverb_ly(toks, j)):
            start = toks[j].start
            j -= 1
    end = cue.end
    k = ends.get(end)
    if k is not None and k + 1 < len(toks) and raw.rule != "according":
        nxt = toks[k + 1]
        if nxt.lower in _CUE_PREPOSITIONS and k + 2 < len(toks) and toks[k + 2].word or nxt.text in _WEEKDAYS:
            # "complained about X", "agreed with", "described as", "plans to", "said Friday"
            end = nxt.end
            if nxt.text in _WEEKDAYS and k + 2 < len(toks) \
                    and toks[k + 2].lower in ("morning", "afternoon", "evening", "night"):
                end = toks[k + 2].end  # "said Friday afternoon"
            raw.content = [c if not (nxt.start <= c.start < end) else _trim(text, end, c.end) for c in raw.content]
            raw.content = [c for c in raw.content if c is not None]
    if end < len(text) and text[end] == ":":
        end += 1
    return Span(start, end)


_WEEKDAYS = frozenset(S.WEEKDAYS.split("|"))
#: Prepositions that belong to the cue they follow ("complained about", "agreed with").
_CUE_PREPOSITIONS = frozenset("about with as for against over".split())


_CONJ_TAIL = re.compile(r"(?:[\s,;:–—-]|\b(?:and|but|or|while|even|also|then|yet|later|instead|before|after)\b)*$", re.I)


_CLAUSE_JOIN = re.compile(
    r"(?:,|\b(?:and|but|yet|while|then))\s*(?:(?:\w+ly|even|also|then|later|again|now)\s+)*$", re.I)


_MAIN_CLAUSE_JOIN = re.compile(
    r"(?:[,;]\s*(?:and|but|yet|so|while|whereas|although|though)|;|\s(?:while|whereas))\s+\Z", re.I)


#: A coordinated main clause that opens with an adjunct before its subject: ", but at the end of
#: their review they ...".
_JOIN_THEN_ADJUNCT = re.compile(
    r"(?:(?<=,[”\"’])|[,;])\s*(?:and|but|yet|so)\s+(?:in|on|at|after|during|with|by|since|through|despite)\s"
    r"[^,;:“”\"]{0,60}?\s+\Z",
    re.I)


def _split_shared_subject(text: str, found: list[_Raw]) -> None:
    """A second cue of the same subject ends the first one's content: in "X outlined his plan
    and vowed to Y" and "X mocked Z, claiming Y", the content of "outlined" / "mocked" stops
    before "and vowed" / ", claiming"; the second cue is the subject's own attribution, not
    speech reported inside the first one's content."""
    if len(found) < 2:
        return
    for b in found:
        if b.rule == "question" and b.content:
            # "Asked about X, she said Y": the question is not part of what she said
            end = b.content[-1].end
            opener = re.search(r"(?:[\s,;]*\b(?:and|but)\b)?[\s,;]*\b(?:when|if|after|once|before|while)\s+\Z",
                               text[max(0, b.cue.start - 24) : b.cue.start], re.I)
            q_start = b.cue.start - (len(opener.group()) if opener else 0)
            for a in found:
                if a is not b:
                    # "She said A, and when pressed on B, replied C": what she said ends before the question
                    a.content = [c if not (c.start <= b.cue.start and end <= c.end)
                                 else _trim(text, c.start, q_start) if c.start < q_start and a.cue.end <= c.start
                                 else _trim(text, end, c.end) for c in a.content]
                    a.content = [c for c in a.content if c is not None]
            continue
        if b.source is None:
            continue
        if b.rule == "subject" and b.source.end <= b.cue.start:
            # "X said A, and he urged B": a coordinated main clause with its own subject
            m = _MAIN_CLAUSE_JOIN.search(text, max(0, b.source.start - 24), b.source.start) \
                or _JOIN_THEN_ADJUNCT.search(text, max(0, b.source.start - 90), b.source.start)
            if m is None:
                continue
            for a in found:
                if a is not b and a.cue.start < m.start():
                    for i, c in enumerate(a.content):
                        if c.start < m.start() < b.cue.start < c.end:
                            cut = _trim(text, c.start, m.start())
                            if cut is not None:
                                a.content[i] = cut
            continue
        if b.rule not in ("coordinated", "participle"):
            continue
        for a in found:
            if a is b or a.cue.start >= b.cue.start or a.source != b.source and not (
                    b.rule == "coordinated" and a.cue.start > b.source.start):
                continue  # a coordinated cue also ends the clauses nested in its subject's content
            for i, c in enumerate(a.content):
                if c.start < b.cue.start < c.end:
                    tail_start = max(c.start, b.cue.start - 40)  # the joint is a few words long
                    head = text[tail_start : b.cue.start]
                    if not _CLAUSE_JOIN.search(head):
                        continue  # "apologize for suggesting ...": a participle inside the content
                    m = _CONJ_TAIL.search(head)
                    cut = _trim(text, c.start, tail_start + (m.start() if m else len(head)))
                    if cut is not None:
                        a.content[i] = cut


#: A sentence that opens with an adverbial clause: "While X has railed against Y, he ...".
_FRONTED = re.compile(
    r"\W*(?:(?:and|but|yet|so)\s+)?(?:while|although|though|even\s+though|if|when|whenever|because|since|"
    r"after|before|once|unless|whereas|until)\s[^,;:]*\Z", re.I)
#: Where the main clause starts after such a clause: a comma and a subject-like word.
_MAIN_CLAUSE_START = re.compile(
    r",\s+(?=(?:he|she|they|it|we|I|you|the|a|an|this|that|these|those|[A-Z][\w.’'-]*)\b)")


#: A clause that the reporting clause of "Y, X said Friday, as they ..." trails: not its content.
_TRAILING_CLAUSE = re.compile(r"[\s,]*(?:as|while|after|before|because|since|although|though|even\s+as|when)\s", re.I)


def _lead_end(text: str, span: Span) -> int:
    """Where span's text starts after a leading time or medium adjunct ("Friday afternoon, ...")."""
    m = _ADJUNCT_LEAD.match(text, span.start, span.end)
    return m.end() if m else span.start


#: Where a clause opens inside a sentence: the subject of an impersonal cue starts after it.
_CLAUSE_BOUNDARY = re.compile(
    r"(?:[;:—]|,(?=\s+(?:and|but|or|although|though|while|because|since|as|so|yet|if|when|who|which|where)\b))\s*"
    r"|\b(?:that|which|who|because|although|though|while|whereas|if|when|since)\s+", re.I)


def _trim_fronted_clauses(text: str, s_start: int, found: list[_Raw]) -> None:
    """A cue in a clause fronted by "while", "although", "when", ... reports only up to the
    comma where the main clause starts: in "While X has railed against Y, he's sought Z", the
    content of "has railed against" is Y, and "sought" is a cue of its own."""
    for a in found:
        if a.rule not in ("subject", "passive", "coordinated", "control", "relative") or not a.content:
            continue  # a relative clause inside the fronted clause ends with it too
        if not _FRONTED.match(text, s_start, a.cue.start):
            continue
        for i, c in enumerate(a.content):
            m = _MAIN_CLAUSE_START.search(text, max(c.start, a.cue.end), c.end)
            cut = _trim(text, c.start, m.start()) if m else None
            if cut is not None:
                a.content[i] = cut


def _trim_relative_clauses(text: str, found: list[_Raw]) -> None:
    """A relative clause ends where its main clause goes on: in "X, a minister who is a critic
    of Y, suggests Z", the content of "is a critic of" ends at the comma before "suggests",
    whose subject (X) opens before the relative clause."""
    for a in found:
        if a.rule != "relative":
            continue
        for b in found:
            if b is not a and b.rule == "subject" and b.source is not None and a.cue.end <= b.source.start \
                    and b.source.end <= b.cue.start:
                # "Writing for a panel that all agreed Y, Barabak noted Z": the main clause after the comma
                for i, c in enumerate(a.content):
                    if c.start < b.source.start < c.end and text[c.start : b.source.start].rstrip().endswith(","):
                        cut = _trim(text, c.start, text.rfind(",", c.start, b.source.start))
                        if cut is not None:
                            a.content[i] = cut
                continue
            if b is a or b.source is None or not b.source.start < a.cue.start < b.cue.start:
                continue
            for i, c in enumerate(a.content):
                if c.start < b.cue.start < c.end:
                    comma = text.rfind(",", c.start, b.cue.start)
                    cut = _trim(text, c.start, comma) if comma > c.start else None
                    if cut is not None:
                        a.content[i] = cut


def _trim_reporting_clauses(text: str, found: list[_Raw]) -> None:
    """A content must not swallow the reporting clause of a preposed attribution in the same
    sentence: in "US asked Lebanon to act, sources say", the content of "asked" ends before
    ", sources say"."""
    for b in found:
        if b.rule not in ("preposed", "inverted", "according") or b.source is None:
            continue
        if b.rule == "according" and not any(c.end <= b.cue.start for c in b.content):
            continue  # "According to X, Y": nothing before it to trim
        cut = min(b.source.start, b.cue.start)
        for a in found:
            if a is b:
                continue
            for i, c in enumerate(a.content):
                if c.start < cut < c.end and c.start <= b.cue.start < c.end:
                    t = _trim(text, c.start, cut)
                    if t is not None:
                        a.content[i] = t


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


def _nested(a: Attribution, others: Sequence[Attribution]) -> bool:
    """Reported within another attribution's content ("They said the U.S. sought to ...")."""
    def within(span: Span, content: tuple[Span, ...]) -> bool:
        return any(c.start <= span.start < c.end for c in content)

    return any(b is not a and within(a.cue, b.content) and not within(b.cue, a.content) for b in others)


def _fronted(text: str, sent: tuple[int, int], a: Attribution, others: Sequence[Attribution]) -> bool:
    """Is a's cue in an adverbial clause that opens the sentence ("As X talked about Y, Z
    highlighted W") while another cue of the sentence comes after that clause's comma? Then
    the main clause's attribution is listed first, as the sentence's main source."""
    s_start, s_end = sent
    if not s_start <= a.cue.start < s_end or _FRONTED_CUE.match(text, s_start, a.cue.start) is None:
        return False
    comma = text.find(",", a.cue.end, s_end)
    return comma >= 0 and any(b is not a and comma < b.cue.start < s_end
                              and text.count(",", a.cue.end, b.cue.start) == 1 for b in others)


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
