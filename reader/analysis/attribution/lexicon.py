"""The cue lexicon: ``data/cues.toml`` loaded into CueEntry records and one trie regex.

``lexicon()`` loads the packaged file once; ``cue_stance`` maps a cue group to its stance.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources




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
