"""Stance of each sentence, and the claim flag (issue 3).

A sentence's stance is one of five values (see ``model.STANCES``):

``denies``
    the source rejects a claim (deny, reject, refute, dismiss), or the text refutes it
    (false, hoax, fake, "not true", "shoots down the claims", "despite reports", an
    answering "No,", a negated statement in a headline: "Pope did not say ...");
``declines``
    no comment, declined to comment, did not respond, could not be reached;
``hedges``
    speculative or uncertain: may, might, could, reportedly, allegedly, rumour,
    perception, beliefs and forecasts, "not confirmed", "no evidence", a question;
``reports``
    attributed to a source without endorsement (says, told, according to, "- report",
    a headline's "Senator: ...");
``asserts``
    stated as fact, or confirmed by the source (confirm, admit, acknowledge, announce).

The words come from ``data/stance.toml`` (sources cited there), compiled once into one
regular expression whose word alternatives are factored as a character trie; a document
costs one regex pass over its lower-cased text, whatever the size of the lexicon.
Attributions found by ``reader.analysis.attribution`` add their cues, mapped through the
``[attribution]`` table of the lexicon; the classifier works without them too.

Scope:

* a denial or confirmation with a negator among the three words before it (within its
  clause, not across a comma) loses its force: "did not deny" and "is not a hoax" deny
  nothing; "has not confirmed" hedges;
* absence of evidence scopes over a later refuting word of its clause: "no evidence that
  ... is false" is neither a denial nor a hedge;
* inside a question a refuting word only hedges ("Real or hoax?"); a question to the
  reader ("Would you pay ...?") is no hedge;
* a cue inside a quoted title ('the film "Deny Everything"') is not a cue;
* a negator refutes only in a main clause (not after who/which/because/if ..., not in
  "X, not Y", "may not", "won't", "not to", an imperative), and only in headline style
  (no closing full stop) or when emphatic ("did NOT"): in running text a plain negative
  sentence states a negative fact.

Readings that are not cues (each a class of construction, not a list of documents):

* "the suspect", "Suspect dead", "a mystery buyer": a person or thing, not a suspicion; the
  verb ("police suspect arson") and the predicate ("X is a suspect in the killing") hedge;
* "known as X" is a name; factive know/realise (Hooper 1975) presuppose their content and
  assert, unless negated or open ("nobody knows whether");
* "told to leave" is an instruction (a weak cue, like "urged to"); "tells the time" and
  "lived to tell the tale" tell nothing; "said to Reuters" names an addressee, while
  "said to plan" is hearsay and hedges;
* rebuttal verbs with a literal reading (shoot down, push back, challenge, discount) deny
  only a claim or a proposal: "shot down a drone" asserts;
* a negated predicate of feeling ("isn't happy with", "don't approve") refutes nothing;
* a question answered in the next clause ("...? It's real", "...? Yes") asserts, the
  mirror of "...? No";
* an all-capitals word names a headline's source only as the whole label ("NYT: ...").

The main clause decides: a denial appended to a complete report or hedge, with no content
of its own ("..., a senior diplomat said – a claim denied by Lebanon's prime minister",
"..., officials said, which X denies", "(a charge X rejects)", "..., but X denies it"),
records that someone else denies what the sentence reports. The sentence keeps the stance
of its main clause (reports, hedges); the denial stays among its cues and in its rule
("attributed 'said'; denied in the same sentence 'denied'"). A denial with content ("but X
denied selling arms"), or one after a plain statement, still denies. Emergent labels a
headline "RUMOURS SWIRL, PORT DENIES" as observing, as this reading does.

Precedence, strongest first: denial > no comment > answering "No," > negated statement >
hedge > negated confirmation > question > confirmation > attribution > headline
attribution > weak cues (a stated intention, evidence, a reaction) > fact. So a denial
inside a hedge denies ("reportedly denied"), and a hedge inside an attribution hedges.
Every result names the words that decided it (``cues``: spans into the text) and why
(``rule``: e.g. "hedge word 'reportedly'").
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from reader.analysis.model import Attribution, Span, Stance

__all__ = ["StanceResult", "classify", "classify_sentence", "is_claim", "lexicon", "scan"]


@dataclass(frozen=True, slots=True)
class StanceResult:
    stance: Stance = "asserts"
    cues: tuple[Span, ...] = ()
    rule: str = ""
    claim: bool = False
    claim_rule: str = ""  # why the sentence is (or is not) a checkable claim


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    stance: Stance
    rule: str
    weak: bool = False  # decides only when no other cue does


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled stance lexicon: one regex, and how a match maps back to its group."""

    regex: re.Pattern[str]  # every cue that starts a word, on lower-cased text
    regex_i: re.Pattern[str]  # the same, case-insensitive
    tail: re.Pattern[str] | None  # cues at the end of a sentence, tried on its last TAIL characters
    words: dict[str, str]  # normalised word form -> group name
    pattern_groups: dict[str, str]  # regex group name (p0, p1, ...) -> group name
    groups: dict[str, Group]
    attribution: dict[str, str]  # attribution cue_group -> group name
    source_nouns: frozenset[str] = frozenset()  # head nouns of a headline's "Source:" phrase
    labels: frozenset[str] = frozenset()  # headline labels that are no source ("BREAKING:")


@dataclass(frozen=True, slots=True)
class _Signal:
    group: str
    start: int
    end: int
    attributed: bool = False  # came from an Attribution record
    outside: bool = False  # an attribution's cue in another sentence (content runs over several)


# ----------------------------------------------------------------------------- lexicon

#: End-of-sentence cues ("... - report", "...: sources") are looked for in this many
#: trailing characters.
TAIL = 48


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _char(c: str) -> str:
    if c == " ":
        return r"\s+"
    if c == "'":
        return "['’]"
    return re.escape(c)


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored as a trie so matching does not try each
    word in turn; at each point the longer continuation is tried first, so the longest
    entry wins ("not the case" over a shorter entry)."""
    root: dict = {}
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [_char(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _compile(data: dict) -> Lexicon:
    """One regex for everything that starts a word (patterns, then the word trie, all behind
    one shared word-start test so that most positions fail at once), and one for the few
    patterns that match at the end of a sentence ("... - report"), run on its tail only."""
    words: dict[str, str] = {}
    pattern_groups: dict[str, str] = {}
    parts: list[str] = []
    tails: list[str] = []
    groups: dict[str, Group] = {}
    for name, spec in data["groups"].items():
        groups[name] = Group(name, spec["stance"], spec["rule"], bool(spec.get("weak", False)))
        for w in spec.get("words", ()):
            words.setdefault(_norm(w), name)
        for pat in spec.get("patterns", ()):
            key = f"p{len(pattern_groups)}"
            pattern_groups[key] = name
            (tails if pat.rstrip(")").endswith("$") else parts).append(f"(?P<{key}>{pat})")
    # Patterns first: at one position they are the more specific reading.
    parts.append(f"(?P<w>{trie_regex(sorted(words))})")
    body = rf"(?<![\w'’])(?=\w)(?:{'|'.join(parts)})(?![\w'’])"
    # Matching lower-cased text without IGNORECASE is about twice as fast; the
    # case-insensitive twin serves text whose lower-casing changes its length.
    regex = re.compile(body)
    regex_i = re.compile(body, re.IGNORECASE)
    tail = re.compile("|".join(tails), re.IGNORECASE) if tails else None
    head = data.get("headline", {})
    return Lexicon(
        regex, regex_i, tail, words, pattern_groups, groups, dict(data.get("attribution", {})),
        frozenset(_norm(w) for w in head.get("source_nouns", ())),
        frozenset(_norm(w) for w in head.get("labels", ())),
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The stance lexicon, loaded from the package data and compiled once."""
    raw = resources.files("reader.analysis").joinpath("data/stance.toml").read_bytes()
    return _compile(tomllib.loads(raw.decode("utf-8")))


# ----------------------------------------------------------------------------- scope

# Clause boundaries inside a sentence: a question or exclamation mark, a colon or
# semicolon, a dash between spaces, a bar, or a full stop followed by space (headline
# strings often hold several sentences).
_CLAUSE = re.compile(r"[?!;:|]+|\s[-–—]+\s|[–—]|(?<=[a-z]{2})\.(?=\s)")
_CLAUSE_CHARS = "?!;:|–—"  # a sentence with none of these (nor " - ", ". ") is one clause
_NEGATOR = re.compile(r"(?<![\w'’])(?:not|never)(?![\w'’])|n['’]t(?![\w'’])", re.IGNORECASE)
_NEG_WORDS = frozenset({"not", "never", "no", "neither", "nor", "cannot", "without", "nobody", "none"})
_NEG_PREFIX = ("refus", "fail", "declin")  # refused to deny, failed to confirm
_MODAL_HEDGES = frozenset({"may", "might", "could", "couldn't", "mightn't"})
_SUBORDINATORS = frozenset(
    "who whom whose which because so if unless when whenever after before while since although "
    "though whether why how until once despite where".split()
)
# "you" as a subject: a question put to the reader ("Would you pay ...?"); "your" is not
# enough ("Is the ferry really eating your savings?" doubts a claim).
_YOU = re.compile(r"(?<![\w'’])(?:you|you['’](?:re|ll|ve|d))(?![\w'’])", re.IGNORECASE)
_WORD = re.compile(r"[\w'’]+")
_TOKEN = re.compile(r"\S+")
# (Only compiled patterns here: module-level re.* calls would share re's small cache with
# pysbd, which builds many patterns on the fly, and evict them.)
# A quoted title: a short quotation whose words are all capitalised.
_QUOTED = re.compile(r"[\"“]([^\"”]{1,60})[\"”]")


@dataclass(frozen=True, slots=True)
class _Clauses:
    starts: list[int]
    ends: list[int]
    question: list[bool]

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)


def _clauses(text: str, start: int, end: int) -> _Clauses:
    starts, ends, question = [start], [], []
    for m in _CLAUSE.finditer(text, start, end):
        ends.append(m.start())
        question.append("?" in m.group())
        starts.append(m.end())
    ends.append(end)
    question.append(False)
    return _Clauses(starts, ends, question)


def _is_negator(token: str) -> bool:
    t = token.lower().replace("’", "'").strip(".,;:!\"“”'()")
    return t in _NEG_WORDS or t.endswith("n't") or t.startswith(_NEG_PREFIX)


def _negator_before(text: str, clause_start: int, sig: _Signal) -> int | None:
    """Where a negator stands among the three words before the cue (in its clause), or, for
    an attribution's multi-word cue, inside the cue before its last word ("did not deny");
    None if there is none."""
    if sig.outside:
        return None
    window = list(_TOKEN.finditer(text[clause_start : sig.end]))
    # negation does not reach across a comma ("NOT STOLEN, MTV CONTEST")
    for k in range(len(window) - 1, -1, -1):
        if clause_start + window[k].start() < sig.start and window[k].group().endswith(","):
            window = window[k + 1 :]
            break
    before = [m for m in window if clause_start + m.start() < sig.start][-3:]
    inside = [m for m in window if clause_start + m.start() >= sig.start][:-1] if sig.attributed else []
    for m in before + inside:
        if _is_negator(m.group()):
            return clause_start + m.start()
    return None


def _quoted_titles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _QUOTED.finditer(text, start, end):
        words = _WORD.findall(m.group(1))
        if words and len(words) <= 8 and all(w[0].isupper() or w.isdigit() for w in words):
            out.append((m.start(1), m.end(1)))
    return out


# ----------------------------------------------------------------------------- classify


Cue = tuple[int, int, str]  # start, end, lexicon group


def scan(text: str, start: int, end: int, lex: Lexicon | None = None) -> list[Cue]:
    """Every lexicon cue in text[start:end], in order: one regex pass (plus one on the tail)."""
    lex = lex or lexicon()
    piece = text[start:end]
    low = piece.lower()
    found: list[Cue] = []
    if len(low) == len(piece):
        matches = lex.regex.finditer(low)
    else:
        matches = lex.regex_i.finditer(piece)
    words, pattern_groups = lex.words, lex.pattern_groups
    for m in matches:
        key = m.lastgroup
        group = words.get(_norm(m.group())) if key == "w" else pattern_groups.get(key or "")
        if group:
            found.append((start + m.start(), start + m.end(), group))
    return found


def _tail_cue(text: str, start: int, end: int, lex: Lexicon) -> Cue | None:
    if lex.tail is None:
        return None
    m = lex.tail.search(text, max(start, end - TAIL), end)
    return (m.start(), m.end(), lex.pattern_groups[m.lastgroup or ""]) if m else None


def _signals(
    text: str, start: int, end: int, attrs: Sequence[Attribution], lex: Lexicon, cues: Sequence[Cue] | None
) -> list[_Signal]:
    if cues is None:
        cues = scan(text, start, end, lex)
    found = [_Signal(g, s, e) for s, e, g in cues]
    tail = _tail_cue(text, start, end, lex)
    if tail:
        found.append(_Signal(tail[2], tail[0], tail[1]))
    headline = None
    for a in attrs:
        if a.cue.end <= a.cue.start or not any(c.isalpha() for c in text[a.cue.start : a.cue.end]):
            continue  # a punctuation cue ("Senator: ..."): _headline_attribution decides
        group = lex.attribution.get(a.cue_group, "report")
        inside = start <= a.cue.start and a.cue.end <= end
        if group == "report" and inside and _norm(text[a.cue.start : a.cue.end]) not in lex.words:
            if headline is None:
                headline = _headline_style(text, start, end)
            if headline:
                # Headline syntax (dropped articles and auxiliaries, title case) defeats a
                # running-text grammar ("Leaves Heartbreaking Note", "Users Add Hairgate"):
                # there, a speech cue counts only if the stance lexicon knows it.
                continue
        found.append(_Signal(group, a.cue.start, a.cue.end, attributed=True, outside=not inside))
    if found and ('"' in text[start:end] or "“" in text[start:end]):
        titles = _quoted_titles(text, start, end)
        found = [s for s in found if not any(ts <= s.start and s.end <= te for ts, te in titles)]
    return found


def _quote(text: str, spans: Sequence[Span | _Signal]) -> str:
    return ", ".join(f"'{' '.join(text[s.start:s.end].split())}'" for s in spans[:3])


def _negated_statements(
    text: str, start: int, end: int, clauses: _Clauses, taken: Sequence[Span]
) -> list[Span]:
    """Negators that negate a main statement ("Pope did NOT say", "expansion not imminent")."""
    out: list[Span] = []
    for m in _NEGATOR.finditer(text, start, end):
        if any(s.start <= m.start() < s.end for s in taken):
            continue  # part of a cue already ("not true", "did not respond", "did not deny")
        ci = clauses.index(m.start())
        if clauses.question[ci]:
            continue
        cs = clauses.starts[ci]
        # the whole word holding the negator ("didn't", not "n't")
        ws = m.start()
        while ws > cs and (text[ws - 1].isalnum() or text[ws - 1] in "'’"):
            ws -= 1
        before = text[cs:ws]
        words = [w.lower().replace("’", "'") for w in _WORD.findall(before)]
        host = text[ws : m.end()].lower().replace("’", "'")
        if host in _MODAL_HEDGES or (words and words[-1] in _MODAL_HEDGES):
            continue  # "may not": a hedge
        if before.rstrip().endswith(",") or (words and words[-1] in ("but", "and", "or")):
            continue  # "in Nevada, not Texas": a contrast
        opening = not words or before.rstrip().endswith(",")
        if (host == "don't" and opening) or (host == "not" and words[-1:] == ["do"] and len(words) == 1):
            continue  # an imperative: "Don't shoot", "Do not cancel your plans"
        nxt = text[m.end() : m.end() + 8].lower()
        if nxt.lstrip().startswith(("only", "just", "even", "least", "to ")):
            continue  # "not only", "not just", a negated infinitive ("reasons not to")
        if host in ("won't", "wont") or (host == "not" and words and words[-1] == "will"):
            continue  # a negated future is a prediction or an intention, not a refutation
        if _negated_attitude(text, m.end(), end):
            continue  # "isn't happy with", "don't approve": a state of mind, not a refutation
        if any(w in _SUBORDINATORS for w in words):
            continue  # inside a subordinate clause
        out.append(Span(ws, m.end()))
    return out


# Predicates of feeling, liking and readiness: negated, they describe the subject's state of
# mind ("The captain isn't happy with the engine", "fans don't approve"); they refute no claim.
_ATTITUDES = frozenset(
    "happy pleased impressed amused thrilled satisfied keen interested ready sure convinced bothered "
    "fazed surprised worried concerned afraid scared approve approves approved like likes liked love "
    "loves loved want wants wanted care cares cared mind minds enjoy enjoys enjoyed".split()
)
_ATTITUDE_FILLERS = frozenset("be been so too very all that really entirely quite exactly at".split())


def _negated_attitude(text: str, at: int, end: int) -> bool:
    """Is the negator at ``at`` followed (past "be", "so", "too", ...) by a predicate of feeling?"""
    for w in _WORD.findall(text[at : min(end, at + 40)])[:4]:
        w = w.lower()
        if w in _ATTITUDES:
            return True
        if w not in _ATTITUDE_FILLERS:
            return False
    return False


_YES_HEAD = re.compile(
    r"\s*(?:yes|yep|yup|it['’]?s\s+(?:true|real|official|confirmed)|it\s+is\s+(?:true|real|official)|"
    r"confirmed|true)(?![\w'’])",
    re.IGNORECASE,
)


def _affirmative_answers(text: str, clauses: _Clauses) -> dict[int, Span]:
    """Clauses that answer the question just before them in the affirmative ("...? Yes",
    "...? It's true"), by index: the mirror of "...? No" (a negative answer)."""
    out: dict[int, Span] = {}
    for i in range(1, len(clauses.starts)):
        if not clauses.question[i - 1] or clauses.question[i]:
            continue
        m = _YES_HEAD.match(text, clauses.starts[i], clauses.ends[i])
        if m:
            out[i] = Span(m.end() - len(m.group().lstrip()), m.end())
    return out


_NO_HEAD = re.compile(r"(?:no|nope)(?=\s*[,.!]|$)|no(?=\s+\w)", re.IGNORECASE)


def _emphatic_no(text: str, clauses: _Clauses) -> list[Span]:
    """A clause opened by "No," / "Nope" answers a claim in the negative; one opened by
    "No" and a noun ("No ISIS fighters on the border") states that there is none."""
    out = []
    for cs, ce, q in zip(clauses.starts, clauses.ends, clauses.question):
        if q:
            continue
        head = text[cs:ce].lstrip()
        m = _NO_HEAD.match(head)
        if m:
            at = cs + (len(text[cs:ce]) - len(head))
            out.append(Span(at, at + m.end()))
    return out


_FIRST_PERSON = re.compile(r"\s*(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|We|We['’]re|My|Our)(?![\w'’])")


def _source_phrase(phrase: str, lex: Lexicon) -> bool:
    """Is this short headline phrase a source ("US Lawmaker", "NYT", "sources")?"""
    words = _WORD.findall(phrase)
    if not 1 <= len(words) <= 5 or all(_norm(w) in lex.labels for w in words):
        return False
    last = words[-1]
    if _norm(last) in lex.source_nouns:
        return True
    # An acronym names a source only when it is the whole label ("NYT:", "... : WSJ"); at
    # the end of a longer phrase capitals are emphasis ("SEE IT:", "Meet the X-BOY:").
    return (
        len(words) == 1 and last.isupper() and last.isalpha() and 2 <= len(last) <= 5
        and _norm(last) not in lex.labels
    )


def _headline_attribution(text: str, start: int, end: int, clauses: _Clauses, lex: Lexicon) -> list[Span]:
    """Headline attribution by punctuation: "Senator: ...", "...: sources", "... - CNN", and a
    first-person statement on one side of the colon ("Stock picker: I didn't make 72M")."""
    n = len(clauses.starts)
    if n < 2 or text[start:end].isupper():
        return []
    out: list[Span] = []
    first_sep = text[clauses.ends[0] : clauses.starts[1]]
    if ":" in first_sep:
        cs, ce = clauses.starts[0], clauses.ends[0]
        if _source_phrase(text[cs:ce], lex) or _FIRST_PERSON.match(text, clauses.starts[1]):
            out.append(Span(cs + len(text[cs:ce]) - len(text[cs:ce].lstrip()), ce + 1))
    last_sep = text[clauses.ends[-2] : clauses.starts[-1]]
    if ":" in last_sep or "-" in last_sep or "–" in last_sep or "—" in last_sep:
        cs, ce = clauses.starts[-1], clauses.ends[-1]
        quote = _FIRST_PERSON.match(text, start) and ":" in last_sep and len(_WORD.findall(text[cs:ce])) <= 6
        if _source_phrase(text[cs:ce], lex) or quote:
            out.append(Span(clauses.ends[-2], ce))
    return out


_FACT = StanceResult("asserts", (), "stated as fact")


def _headline_style(text: str, start: int, end: int) -> bool:
    """No closing full stop or exclamation mark (quotes and brackets aside): a headline."""
    return text[start:end].rstrip().rstrip("\"”’')]").rstrip()[-1:] not in (".", "!", "…")


def _emphatic(text: str, span: Span, start: int, end: int) -> bool:
    """A negator in capitals in a sentence that is not all capitals ("did NOT say")."""
    word = text[span.start : span.end]
    return word.isupper() and len(word) > 1 and not text[start:end].isupper()


# ----------------------------------------------------------------------------- precedence

# A denial that only comments on the report before it: a clause break after the main
# clause's report cue, then an appositive ("– a claim denied by X", "a charge X rejects"),
# a relative ("which X denies", "something X has denied") or a bare trailing clause
# (", X denied", "but X denies it"), and after the denial verb nothing but an anaphoric
# object or an agent/time phrase. Such a denial has no content of its own: the sentence
# reports what its sources said, and the denial stays visible beside it.
_BREAK = re.compile(r",\s|;\s|\s[-–—]+\s|[–—(]")
_CLAIM_NOUNS = (
    r"(?:claim|charge|allegation|accusation|assertion|account|report|version|suggestion|story|"
    r"statement|contention|characteri[sz]ation)s?"
)
_ANAPHORIC_DENIAL = re.compile(
    r"\s*(?:(?:but|though|although|while|and|yet)\s+)?"
    r"(?:"
    rf"(?:a|an|the|this|that|one)\s+(?:[\w'’-]+\s+)?{_CLAIM_NOUNS}\s+(?:that\s+|which\s+)?(?:[\w'’.-]+\s+){{0,6}}?"
    r"|(?:which|something|what|as)\s+(?:[\w'’.-]+\s+){0,6}?"
    r"|(?:[\w'’.-]+\s+){1,5}?"
    r")"
    r"(?:(?:has|have|had|was|were|is|are|been|also|since|later|swiftly|quickly|strongly|flatly|firmly|"
    r"vehemently|categorically|repeatedly|publicly)\s+)*",
    re.IGNORECASE,
)
_DENIAL_REST = re.compile(
    r"(?:\s+(?:it|this|that|them|these|those|the\s+(?:[\w'’-]+\s+)?"
    + _CLAIM_NOUNS
    + r"|such\s+\w+))?"
    r"(?:\s+(?:by|in|on|at|last|this|through|via|to|as|outright|strongly|flatly|firmly|vehemently)\b.*)?"
    r"[\s.!)\]\"”’']*",
    re.IGNORECASE | re.DOTALL,
)
_REST_STOP = re.compile(r"[,;)]|\s[-–—]+\s|[–—]")


def _subordinate_denial(text: str, start: int, end: int, sig: _Signal, mains: Sequence[_Signal]) -> int | None:
    """Where the clause starts that holds this denial, if it is a comment on the report
    before it ("..., sources said – a claim denied by X") rather than the sentence's main
    content (see _ANAPHORIC_DENIAL); None if it is not."""
    if sig.outside or sig.group != "deny":
        return None  # a refuting word ("likely exaggerated") is a predicate of its own
    inner = [m for m in mains if not m.outside]
    # a bracketed aside ("(a claim X has denied)") may come before the report cue
    opening = text.rfind("(", start, sig.start) if inner else -1
    if opening >= 0 and ")" not in text[opening : sig.start]:
        close = text.find(")", sig.end, end)
        if close >= 0 and any(m.end <= opening or m.start > close for m in inner):
            if _ANAPHORIC_DENIAL.fullmatch(text, opening + 1, sig.start) and _DENIAL_REST.fullmatch(
                text, sig.end, close
            ):
                return opening + 1
    first = min((m.end for m in inner if m.end <= sig.start), default=None)
    if first is None:
        return None
    breaks = list(_BREAK.finditer(text, first, sig.start))
    if not breaks:
        return None
    b = breaks[-1]
    if not any(m.end <= b.start() for m in inner):
        return None
    if not _ANAPHORIC_DENIAL.fullmatch(text, b.end(), sig.start):
        return None
    stop = _REST_STOP.search(text, sig.end, end)
    if not _DENIAL_REST.fullmatch(text, sig.end, stop.start() if stop else end):
        return None
    return b.end()


_WH = frozenset("whether if when how why what who whom which where much many".split())


def _says_what(text: str, sig: _Signal, end: int) -> bool:
    """An attribution's "did not say" followed by what was not said ("did NOT say our boats
    would sink") refutes a quotation; only "did not say whether/when ..." withholds."""
    if not text[sig.start : sig.end].lower().endswith(("say", "said")):
        return False
    nxt = text[sig.end : min(end, sig.end + 20)].split()
    return bool(nxt) and nxt[0].lower().strip(",.;:") not in _WH


def _month_may(text: str, sig: _Signal) -> bool:
    """"in May", "May 5": the month, not the modal."""
    if text[sig.start : sig.end] != "May":
        return False
    before = text[max(0, sig.start - 12) : sig.start].split()
    after = text[sig.end : sig.end + 4].lstrip()
    return bool(after[:1].isdigit()) or bool(before) and before[-1].lower() in _MONTH_PREPOSITIONS


_DETERMINERS = frozenset(
    "the a an this that these those another each every any no his her its their our my your one two three "
    "four five six seven eight nine ten several many some both".split()
)
_SUSPECT_COMPLEMENT = frozenset({"in", "of", "that", "for"})
_FINITE_AFTER_NOUN = frozenset(
    "is was are were has had have will would could dead died dies fled flees remains remain faces face "
    "appears appear".split()
)


def _suspect_noun(text: str, sig: _Signal, start: int, end: int) -> bool:
    """"the suspect", "Suspect dead", "a shooting suspect, arrested": the person, not the
    verb of suspicion ("police suspect arson") nor the predicate ("X is a suspect in the
    killing", which holds the guilt open). A noun when a determiner or a clause start comes
    before it, or a verb or a pause after it; never when "in", "of" or "that" follows."""
    word = text[sig.start : sig.end].lower()
    if word not in ("suspect", "suspects"):
        return False
    after = text[sig.end : end]
    nxt = _WORD.match(after.lstrip())
    if nxt and nxt.group().lower() in _SUSPECT_COMPLEMENT:
        return False
    before = text[start : sig.start]
    prev = _WORD.findall(before)
    if not prev or before.rstrip().endswith((",", ":", ";", "–", "—", "-")):
        return True  # a clause opens on it: no subject for a verb
    if prev[-1].lower().replace("’", "'") in _DETERMINERS or prev[-1].lower().endswith("'s"):
        return True
    if not nxt or after.lstrip()[:1] in ",.;:!?)–—":
        return True
    following = nxt.group().lower()
    return following in _FINITE_AFTER_NOUN or following.endswith("ed")


# Factive verbs of knowing and realising (Hooper 1975): the content is presupposed true.
# Attribution files them with perception and belief cues; the stance keeps them apart.
_FACTIVE = re.compile(
    r"(?:know|knows|knew|knowing|realizes?|realized|realizing|realises?|realised|realising|regrets?|regretted)\b",
    re.IGNORECASE,
)
_KNOWN_AS = re.compile(r"(?:(?:is|are|was|were|be|been|also|better|widely|locally)\s+)*known\s+as\b", re.IGNORECASE)
# "mystery" before a noun names an unidentified person or thing ("a mystery buyer"); it puts
# nothing in doubt. "The mystery of ...", "mystery surrounds ..." leave a question open.
_MYSTERY_OPEN = frozenset(
    "of over about around surrounds surrounding surround deepens deepening remains remain persists "
    "solved is was still as in at to behind".split()
)


def _factive_reading(text: str, clause_start: int, sig: _Signal, end: int) -> bool:
    """Knowing presupposes its content only when it is affirmed and has an answer: "does not
    know who did it", "nobody knows whether", "know if" leave the question open."""
    if _negator_before(text, clause_start, sig) is not None:
        return False
    if _WORD.findall(text[clause_start : sig.start].lower())[-1:] in (["nobody"], ["no"], ["none"]):
        return False
    nxt = _WORD.match(text[sig.end : end].lstrip())
    return not (nxt and nxt.group().lower() in ("whether", "if"))


# Rebuttal verbs with a literal reading: they rebut only when what they take is a claim or a
# proposal ("shot down the claims", "pushed back against the report", "challenged the
# ruling"), not an aircraft, a date or an opponent ("shot down a drone", "pushed back the
# launch", "challenged government troops", "discounted its shoes").
_LITERAL_PRONE = re.compile(
    r"(?:sho(?:ot|ots|oting|t)\s+down|push(?:es|ed|ing)?\s+back|challeng(?:e|es|ed|ing)|discount(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
_PROPOSITION_OBJECT = re.compile(
    r"(?:against|on|at)\b|(?:[\w'’.-]+\s+){0,4}?(?:" + _CLAIM_NOUNS + r"|ideas?|notions?|theor(?:y|ies)|"
    r"proposals?|plans?|bills?|motions?|rumou?rs?|speculation|findings?|figures|estimates?|narratives?|"
    r"decisions?|rulings?|results?|legitimacy|validity|premises?|assumptions?|arguments?|views?|"
    r"criticism|concerns?|suggestions?|possibility|evidence)\b",
    re.IGNORECASE,
)


def _literal_rebuttal_verb(text: str, sig: _Signal, end: int) -> bool:
    m = _LITERAL_PRONE.search(text, sig.start, sig.end)
    if m is None:
        return False
    after = text[m.end() : end]
    rest = after.lstrip()
    if not rest or rest[0] in ".,;:!?)\"”–—-":
        return False  # intransitive: "the company pushed back", "the claim was challenged"
    return _PROPOSITION_OBJECT.match(rest) is None


def _said_to_addressee(text: str, sig: _Signal, start: int, end: int) -> bool:
    """"said to Reuters", "said to Ms. Park": a capitalised word after "said to" in a sentence
    that is not in title case names whom it was said to (the lexicon's hearsay pattern,
    "said to plan", wants a verb)."""
    cue = text[sig.start : sig.end]
    if not cue.lower().startswith("said") or sig.attributed:
        return False
    last = cue.split()[-1]
    n_words = len(text[start:end].split())
    return last[:1].isupper() and not _title_case(text[start:end], n_words)


def _attributive_mystery(text: str, sig: _Signal, end: int) -> bool:
    if text[sig.start : sig.end].lower() != "mystery":
        return False
    nxt = _WORD.match(text[sig.end : end].lstrip())
    return (
        nxt is not None
        and text[sig.end : sig.end + 1].isspace()
        and nxt.group().isalpha()
        and nxt.group().lower() not in _MYSTERY_OPEN
    )


# "told to" + a verb: an instruction (the addressee is the subject, nothing is asserted);
# not "told to reporters" (an addressee) nor "told to the press"
_TOLD_TO = re.compile(
    r"(?:told|tells?)\s+to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|me|us|you|"
    r"reporters|journalists|police|officials|investigators|friends)\b)[a-z]+\b",
    re.IGNORECASE,
)
# "tell" with no proposition told: the time, the difference, the tale
_TELL_IDIOM = re.compile(
    r"(?:tell|tells|telling|told)\s+(?:the\s+)?(?:time|difference|tale)\b", re.IGNORECASE
)



def _told_to(text: str, sig: _Signal) -> bool:
    """The cue's "told" (or "were told") takes "to" and a verb: an instruction."""
    m = _TOLD_TO.search(text, sig.start, sig.end + 30)
    return m is not None and m.start() < sig.end


def _tell_idiom(text: str, sig: _Signal) -> bool:
    """The cue's "tell" (or the whole cue, "lived to tell") tells no content: "the tale"."""
    m = _TELL_IDIOM.search(text, sig.start, sig.end + 20)
    return m is not None and m.start() < sig.end


# "likely voters": the pollsters' term for a sample, not a hedge
_LIKELY_VOTERS = re.compile(r"likely\s+(?:voters?|electorate|caucus-?goers)\b", re.IGNORECASE)
_MONTH_PREPOSITIONS = frozenset("in on of since until till by from early late mid next last this through".split())


def classify_sentence(
    text: str,
    start: int,
    end: int,
    attrs: Sequence[Attribution] = (),
    lex: Lexicon | None = None,
    cues: Sequence[Cue] | None = None,
) -> StanceResult:
    """The stance of text[start:end], the words that decided it and why. ``cues`` are the
    sentence's lexicon matches when the caller has scanned a longer text at once."""
    lex = lex or lexicon()
    sigs = _signals(text, start, end, attrs, lex, cues)
    low = text[start:end].lower()
    negator = "not" in low or "n't" in low or "n’t" in low or "never" in low
    one_clause = not any(c in low for c in _CLAUSE_CHARS) and " -" not in low and ". " not in low
    if not sigs and not negator and one_clause and not low.lstrip().startswith("no"):
        return _FACT  # the common case, decided without building clauses
    clauses = _Clauses([start], [end], [False]) if one_clause else _clauses(text, start, end)

    def clause_of(sig: _Signal) -> int:
        return -1 if sig.outside else clauses.index(sig.start)

    absences = [s for s in sigs if s.group == "absence"]
    falsities = [s for s in sigs if s.group == "falsity"]
    denials: list[_Signal] = []
    declines: list[_Signal] = []
    hedges: list[_Signal] = []
    confirms: list[_Signal] = []
    reports: list[_Signal] = []
    questioned: list[_Signal] = []  # denials inside a question
    negated_confirms: list[Span] = []  # "has not confirmed": the negator through the cue
    negated_denials: list[Span] = []  # "did not deny": the negator through the cue
    weak: list[_Signal] = []  # a stated intention, evidence: asserts when nothing else speaks
    dropped: list[_Signal] = []  # cues found not to be cues in context
    for sig in sigs:
        ci = clause_of(sig)
        cs = clauses.starts[ci] if ci >= 0 else start
        g = lex.groups[sig.group]
        if sig.group == "absence" and any(f.start >= sig.end and clause_of(f) == ci for f in falsities):
            continue  # "no evidence that ... is false": neither a hedge nor a denial
        if g.stance == "denies":
            if sig.group == "falsity" and any(a.end <= sig.start and clause_of(a) == ci for a in absences):
                continue  # "no evidence that ... is false"
            if _literal_rebuttal_verb(text, sig, end):
                dropped.append(sig)  # "shot down a drone", "pushed back the launch"
                continue
            neg = _negator_before(text, cs, sig)
            if neg is not None:
                negated_denials.append(Span(neg, sig.end))  # "did not deny", "is not a hoax"
            elif ci >= 0 and clauses.question[ci]:
                questioned.append(sig)
            else:
                denials.append(sig)
        elif g.stance == "declines":
            if sig.attributed and _says_what(text, sig, end):
                dropped.append(sig)
            else:
                declines.append(sig)
        elif g.stance == "hedges":
            if _suspect_noun(text, sig, start, end) or _attributive_mystery(text, sig, end):
                dropped.append(sig)  # "the suspect", "a mystery man": a person, not a doubt
            elif _said_to_addressee(text, sig, start, end):
                reports.append(sig)  # "said to Reuters": "to" names the addressee
            elif sig.attributed and _KNOWN_AS.match(text, sig.start):
                dropped.append(sig)  # "a jihadi known as X": a name, not a belief
            elif sig.attributed and _FACTIVE.match(text, sig.start) and _factive_reading(text, cs, sig, end):
                # "Director knows who did it", "when they realise ...": a factive verb takes
                # its content as true (Hooper 1975), unlike a belief verb
                weak.append(_Signal("evidence", sig.start, sig.end, True, sig.outside))
            elif not _month_may(text, sig) and not _LIKELY_VOTERS.match(text, sig.start):
                hedges.append(sig)
        elif g.weak:
            weak.append(sig)
        elif g.stance == "asserts" and sig.attributed and text[sig.end : sig.end + 4].lower().startswith(" to "):
            weak.append(_Signal("intention", sig.start, sig.end, True, sig.outside))  # "agreed to lend"
        elif g.stance == "asserts":
            neg = _negator_before(text, cs, sig)
            if neg is not None:
                negated_confirms.append(Span(neg, sig.end))
            else:
                confirms.append(sig)
        elif not sig.outside and _told_to(text, sig):
            # "staff were told to leave": an instruction reported as a fact, like "urged to"
            weak.append(_Signal("reaction", sig.start, sig.end, sig.attributed, sig.outside))
        elif _tell_idiom(text, sig):
            dropped.append(sig)  # "tells the time", "lived to tell the tale": no content told
        elif not (
            text[sig.start : sig.end].lower() in ("say", "tell") and not text[cs : sig.start].strip()
        ):  # a clause opening on "Say ..." is an imperative, not a report
            reports.append(sig)

    def result(stance: Stance, found: Sequence[_Signal | Span], rule: str, quote: bool = True) -> StanceResult:
        every = sorted({Span(f.start, f.end) for f in found}, key=lambda sp: (sp.start, sp.end))
        inside = tuple(sp for sp in every if start <= sp.start and sp.end <= end)
        words = _quote(text, every) if quote else ""
        if any(isinstance(f, _Signal) and f.outside for f in found):
            words += " (in another sentence)"
        return StanceResult(stance, inside, f"{rule} {words}".strip())

    # Precedence of the main clause: a denial appended to a complete report ("..., a source
    # said – a claim denied by X") leaves the sentence reporting; the denial stays a cue and
    # is named in the rule.
    opened = [_subordinate_denial(text, start, end, d, [*reports, *hedges]) for d in denials]
    if denials and None not in opened:
        demoted, denials = denials, []
        lo = min(o for o in opened if o is not None)
        # the appositive's own words ("a claim denied by") are no report cue of the main clause
        reports = [r for r in reports if r.outside or not lo <= r.start < max(d.start for d in demoted)]
        plain_result = result

        def result(stance: Stance, found: Sequence[_Signal | Span], rule: str, quote: bool = True) -> StanceResult:
            r = plain_result(stance, [*found, *demoted], rule, quote)
            main = plain_result(stance, found, rule, quote).rule
            return StanceResult(stance, r.cues, f"{main}; denied in the same sentence {_quote(text, demoted)}")

    if denials:
        return result("denies", denials, lex.groups[denials[0].group].rule)
    if declines:
        return result("declines", declines, "no comment")
    emphatic = [sp for sp in _emphatic_no(text, clauses) if not any(g.start <= sp.start < g.end for g in sigs)]
    if emphatic:
        return result("denies", emphatic, "negative answer")
    taken = [Span(s.start, s.end) for s in sigs if s not in dropped] + negated_denials + negated_confirms
    negs = _negated_statements(text, start, end, clauses, taken) if negator else []
    # A negation refutes in headline style (no closing full stop: a title, a heading, a
    # headline, where a negative is news because it answers a claim) or when emphatic
    # ("did NOT"); in running text a plain negative sentence states a negative fact.
    emphatic_negs = negs if _headline_style(text, start, end) else [
        sp for sp in negs if _emphatic(text, sp, start, end)
    ]
    if emphatic_negs:
        return result("denies", emphatic_negs, "negated statement")
    # A question hedges, unless it is addressed to the reader ("can you ...?") or answered
    # "yes" in the next clause ("The 1970s letter? It's real").
    answers = _affirmative_answers(text, clauses)
    q_spans = [
        Span(ce, min(ce + 1, end))
        for i, (cs, ce, q) in enumerate(zip(clauses.starts, clauses.ends, clauses.question))
        if q and not _YOU.search(text, cs, ce) and i + 1 not in answers
    ]
    if hedges:
        return result("hedges", hedges, lex.groups[hedges[0].group].rule)
    if negated_confirms:
        return result("hedges", negated_confirms, "not confirmed")
    if answers and not questioned and not q_spans:
        return result("asserts", [*answers.values(), *confirms], "affirmative answer")
    if questioned or q_spans:
        about = f" about {_quote(text, questioned)}" if questioned else ""
        return result("hedges", [*questioned, *q_spans], "a question" + about, quote=False)
    if confirms:
        return result("asserts", confirms, lex.groups[confirms[0].group].rule)
    if reports:
        return result("reports", reports, "attributed")
    heads = _headline_attribution(text, start, end, clauses, lex)
    if heads:
        return result("reports", heads, "headline attribution")
    if weak:
        return result("asserts", weak, lex.groups[weak[0].group].rule)
    if negated_denials:
        return result("asserts", negated_denials, "negated denial")
    if negs:
        return result("asserts", negs, "negative statement")
    return result("asserts", (), "stated as fact")


def classify(
    text: str, sentences: Sequence[tuple[int, int]], attributions: Sequence[tuple[Attribution, ...]]
) -> list[StanceResult]:
    """One StanceResult per (start, end) sentence; ``attributions`` is aligned with them
    (it may be shorter, or hold empty tuples, while attribution finds nothing).

    The lexicon regex runs once over the whole stretch of text; its matches are dealt out
    to the sentences that contain them (a match across a sentence boundary is dropped)."""
    lex = lexicon()
    out: list[StanceResult] = []
    if not sentences:
        return out
    lo = min(s for s, _ in sentences)
    hi = max(e for _, e in sentences)
    cues = scan(text, lo, hi, lex)
    starts = [c[0] for c in cues]
    for i, (s, e) in enumerate(sentences):
        attrs = attributions[i] if i < len(attributions) else ()
        a = bisect.bisect_left(starts, s)
        b = bisect.bisect_left(starts, e, a)
        mine = [c for c in cues[a:b] if c[1] <= e]
        r = classify_sentence(text, s, e, attrs, lex, mine)
        claim, why = is_claim(text, s, e, r)
        out.append(StanceResult(r.stance, r.cues, r.rule, claim, why))
    return out


# ----------------------------------------------------------------------------- claim flag

_NAVIGATION = re.compile(
    r"\s*(?:read more|read next|click here|subscribe|sign up|sign in|log in|share (?:this|on)|follow us|"
    r"advertisement|related:|related (?:stories|articles)|continue reading|leave a (?:reply|comment)|"
    r"comments?\b|next article|previous article|back to top|skip to)",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\s*(?:i|we)\s+(?:think|believe|feel|love|hate|guess|hope)\b|\s*in my (?:view|opinion)\b", re.IGNORECASE
)
_VERBISH = re.compile(
    r"(?<![\w'’])(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|"
    r"should|did|does|do|[a-z]{2,}(?:ed|ing)|[a-z]+n['’]t|[a-z]{2,}[^su\W]s(?=\s+\w))(?![\w'’])",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
    r"millions?|billions?|percent|half|twice)\b"
)  # searched in lower-cased text
_NAME = re.compile(r"(?<=[\w,;'’)] )[A-Z][\w'’.-]*")


# Hedges that put the content in the future or in someone's head (a forecast, a belief, a
# possibility): nothing to check yet. Reported-but-unconfirmed hedges (reportedly, allegedly,
# rumoured, "said to") stay claims: they are what a fact-checker checks.
_SPECULATIVE = frozenset(
    "may might could maybe perhaps possibly possible likely unlikely probably potentially think thinks "
    "believe believes expect expects predict predicts predicted prediction forecast forecasts fear fears "
    "worry worries hope hopes".split()
)
_SPECULATIVE_PREFIX = ("expected to", "seems to", "seem to", "seemed to", "appears to", "appear to", "poised to")
_NEGATED_COULD = re.compile(r"\s+not\b|n['’]t\b", re.IGNORECASE)
# deontic modals in a main clause ("Companies should pay taxes"): a recommendation, not a fact
_DEONTIC = re.compile(
    r"(?<![\w'’])(?:should|shouldn['’]t|ought\s+to|must\s+(?!have\b|be\s+\w+ed\b))(?![\w'’])"
    r"(?!\s+(?:he|she|it|they|we|you|i|the|this|that|there)\b)",  # not an inverted conditional ("should he fail")
    re.IGNORECASE,
)


_DEONTIC_SUBORDINATORS = _SUBORDINATORS | {"that", "whether"}


def _recommends(s: str) -> bool:
    """A main clause with should/must/ought to ("Companies should pay taxes"); not one in a
    subordinate clause ("decided she should split the prize", "whether it should be released")."""
    low = s.lower()
    if "should" not in low and "must" not in low and "ought" not in low:
        return False
    for m in _DEONTIC.finditer(s):
        lead = s[: m.start()]
        cut = max(lead.rfind(","), lead.rfind(";"), lead.rfind("—"))
        words = {w.lower() for w in _WORD.findall(lead[cut + 1 :])}
        if not words & _DEONTIC_SUBORDINATORS and not words & _SAYING:
            return True
    return False


_SAYING = frozenset("said says say told decided agreed believes believe argued argues insisted thinks think".split())


def _speculative(text: str, stance: StanceResult) -> bool:
    """Is the hedge that decided the stance a forecast, a belief or a bare possibility?"""
    for c in stance.cues:
        word = " ".join(text[c.start : c.end].lower().split())
        if word == "could" and _NEGATED_COULD.match(text, c.end):
            continue  # "could not find": a past fact
        if word in _SPECULATIVE or word.startswith(_SPECULATIVE_PREFIX) or word.split()[-1:] == ["to"] and (
            word.split()[-2:-1] and word.split()[-2] in ("expected", "poised", "likely")
        ):
            return True
    return False


_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]")


def _title_case(s: str, n_words: int) -> bool:
    """Most words capitalised: a heading ("Examining the Record on Global Challenges")."""
    return n_words >= 3 and s.lstrip()[:1].isupper() and len(_LOWER_WORD.findall(s)) <= 0.4 * n_words


def is_claim(text: str, start: int, end: int, stance: StanceResult) -> tuple[bool, str]:
    """Does text[start:end] carry a checkable assertion? Cheap surface tests, each named:
    a question, navigation, a bare opinion, a topic heading (no verb) or a fragment are not;
    nor is a forecast, a belief or a bare possibility (the hedge that decided the stance is
    "could", "likely", "believe", "expected to": nothing to check yet; "reportedly" and
    "allegedly" stay claims), nor a recommendation in a main clause ("should", "must");
    a statement with a verb and checkable content (a number, a name, an attributed or
    denied statement) is."""
    s = text[start:end]
    n_words = len(s.split())
    if n_words < 4:
        return False, "too short"
    if n_words <= 12 and _NAVIGATION.match(s):
        return False, "navigation"
    if stance.stance == "hedges" and stance.rule.startswith("a question"):
        return False, "a question"
    if not stance.cues and not _VERBISH.search(s):  # a cue (says, denied) is a verb already
        return False, "no verb (a topic)"
    if (
        n_words <= 16
        and _title_case(s, n_words)
        and all(m.group().lower().endswith("ing") for m in _VERBISH.finditer(s))
    ):
        return False, "no verb (a heading)"  # "Examining the Record on Global Challenges"
    if stance.stance == "hedges" and _speculative(text, stance):
        if s.lstrip()[:1] in "IiWw" and _OPINION.match(s):
            return False, "opinion"  # "I think ..."
        return False, "speculation or belief"  # "could reach", "they believe", "is likely to"
    if _recommends(s):
        return False, "opinion or recommendation"
    if stance.stance == "declines":
        return False, "no comment: nothing to check"  # "X did not respond to requests for comment"
    if _DIGIT.search(s):
        return True, "a number"
    name = _NAME.search(s)
    number = not name and _NUMBER_WORD.search(s.lower())
    if not number and not name and s.lstrip()[:1] in "IiWw" and _OPINION.match(s):
        return False, "opinion"
    if number:
        return True, "a number"
    if name:
        return True, "a name"
    if stance.cues and stance.stance != "hedges":
        return True, f"{stance.stance} statement"
    return False, "no checkable content"
