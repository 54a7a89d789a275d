"""Context entries: who and what an article mentions. Pure: no I/O.

Three things, all explainable:

* :class:`Entry` and :class:`Mention`: the records (the store keeps entries; the TUI
  shows them beside the sentences that mention them).
* :class:`Linker`: which entries each sentence mentions. Every surface form of every
  entry (name, aliases, dotted/undotted acronym variants: "U.N." / "UN") goes into one
  Aho-Corasick automaton (pyahocorasick), built once and reused per article: one pass
  over the text whatever the number of entries (bench/bench_store.py compares it with
  one compiled regex alternation). Matches are then checked: whole words only (so a
  possessive "Mikati's" / "Mikati’s" links and "Israelis" does not link Israel), the
  case as written or ALL CAPS (so "US" is the country and "us" is not), leftmost-longest
  ("U.N. Security Council Resolution 1701" beats "U.N."), and a person's surname alone
  only after their full name appeared earlier in the article.
* :func:`harvest`: entries the article itself defines, from title-noun phrases
  ("U.S. envoy Amos Hochstein", "Iran-backed militant group Hezbollah", "Lebanese
  speaker of parliament Nabih Berri"), appositives ("Nabih Berri, the speaker of
  parliament, ...") and spelled-out acronyms ("Interim Force in Lebanon (UNIFIL)").
  Each carries its description, the sentence it came from and the rule that found it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

KINDS: tuple[str, ...] = ("person", "organisation", "place", "document", "event", "other")
PROVENANCES: tuple[str, ...] = ("seed", "user", "harvested")


@dataclass(frozen=True, slots=True)
class Entry:
    """A context entry: a person, organisation, place, document/resolution, event or other.

    ``provenance`` says where it came from: ``seed`` (bundled), ``user`` (typed or
    imported by the user) or ``harvested`` (read from an article: ``source_text`` is
    the sentence, ``source_span`` the offsets of the harvested phrase in that article).
    """

    id: str
    name: str
    kind: str
    description: str = ""
    aliases: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    provenance: str = "user"
    source_text: str | None = None
    source_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """Sentence text[start:end] mentions entry ``entry_id`` (offsets into the article)."""

    entry_id: str
    start: int
    end: int


def slug(name: str) -> str:
    """A readable id from a name: 'U.N. Security Council' → 'un-security-council'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace(".", "").replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "entry"


class EntryError(ValueError):
    """An entry record that cannot be used; str() says which field and why."""


def entry_from_dict(data: Mapping[str, Any], default_provenance: str = "user") -> Entry:
    """Build an Entry from a JSON object (seeds, imports, the store), checking its fields."""
    if not isinstance(data, Mapping):
        raise EntryError("an entry must be a JSON object")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise EntryError("an entry needs a non-empty 'name'")
    kind = data.get("kind", "other")
    if kind == "resolution":
        kind = "document"
    if kind == "organization":
        kind = "organisation"
    if kind not in KINDS:
        raise EntryError(f"entry {name!r}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    provenance = data.get("provenance", default_provenance)
    if provenance not in PROVENANCES:
        raise EntryError(f"entry {name!r}: provenance must be one of {', '.join(PROVENANCES)}")

    def strings(field: str) -> tuple[str, ...]:
        value = data.get(field) or ()
        if isinstance(value, str):
            value = (value,)
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise EntryError(f"entry {name!r}: {field!r} must be a list of strings")
        return tuple(v.strip() for v in value if v.strip())

    span = data.get("source_span")
    if span is not None:
        if not (isinstance(span, (list, tuple)) and len(span) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) for v in span)):
            raise EntryError(f"entry {name!r}: 'source_span' must be two integers")
        span = (int(span[0]), int(span[1]))
    source_text = data.get("source_text")
    description = data.get("description") or ""
    if not isinstance(description, str) or not (source_text is None or isinstance(source_text, str)):
        raise EntryError(f"entry {name!r}: 'description' and 'source_text' must be strings")
    entry_id = data.get("id") or slug(name)
    if not isinstance(entry_id, str):
        raise EntryError(f"entry {name!r}: 'id' must be a string")
    return Entry(
        id=entry_id, name=name.strip(), kind=kind, description=description.strip(),
        aliases=strings("aliases"), links=strings("links"), provenance=provenance,
        source_text=source_text, source_span=span,
    )


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": entry.id, "name": entry.name, "kind": entry.kind, "description": entry.description,
        "aliases": list(entry.aliases), "links": list(entry.links), "provenance": entry.provenance,
    }
    if entry.source_text is not None:
        data["source_text"] = entry.source_text
    if entry.source_span is not None:
        data["source_span"] = list(entry.source_span)
    return data


# ===================================================================== linking

_ACRONYM_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})")
_ACRONYM_BARE = re.compile(r"(?<![\w.])([A-Z]{2,3})(?![\w.])")
#: Lower-case particles that belong to a surname ("von der Leyen", "bin Salman").
_PARTICLES = frozenset("al el bin ibn abu da de del della der di du la le van von ter ten".split())
_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())


def variants(form: str) -> set[str]:
    """A surface form and its common spellings: "U.N." ↔ "UN" (and "U.N" before a full stop)."""
    out = {form}
    if _ACRONYM_DOTTED.search(form):
        out.add(_ACRONYM_DOTTED.sub(lambda m: m.group(1).replace(".", ""), form))
    if _ACRONYM_BARE.search(form):
        out.add(_ACRONYM_BARE.sub(lambda m: ".".join(m.group(1)) + ".", form))
    if form.endswith(".") and re.fullmatch(r"(?:[A-Z]\.){2,}", form):
        out.add(form[:-1])  # "the U.S" + sentence-final full stop shared with the abbreviation
    return {v for v in out if v.strip()}


def surname(name: str) -> str | None:
    """The family name of a person's full name, or None for a single word."""
    tokens = name.split()
    while tokens and tokens[-1] in _SUFFIXES:
        tokens.pop()
    if len(tokens) < 2:
        return None
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1].lower() in _PARTICLES:
        i -= 1
    return " ".join(tokens[i:])


_FOLD_MAP = str.maketrans({"\u2019": "'", "\u2018": "'", "\n": " ", "\t": " ", "\r": " ", "\u00a0": " ",
                           "\u202f": " ", "\u2009": " "})


def _fold(text: str) -> str:
    """Lower-case, curly apostrophes straight, a line break or no-break space as a
    space ("United\nNations" is a mention), keeping every offset."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters grow when lower-cased (İ): keep those
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_FOLD_MAP)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True, slots=True)
class _Form:
    entry_id: str
    form: str  # as the entry writes it (apostrophes straightened)
    surname: bool  # only after the person's full name appeared earlier


class Linker:
    """Finds the entries each sentence mentions; build once, reuse for every article."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        import ahocorasick

        self.entries: dict[str, Entry] = {}
        for entry in entries:
            self.entries.setdefault(entry.id, entry)
        forms: dict[str, list[_Form]] = {}
        full: set[str] = set()
        for entry in self.entries.values():
            for written in (entry.name, *entry.aliases):
                for form in variants(written.replace("\u2019", "'")):
                    forms.setdefault(_fold(form), []).append(_Form(entry.id, form, False))
                    full.add(_fold(form))
        for entry in self.entries.values():
            if entry.kind == "person" and (sur := surname(entry.name)):
                key = _fold(sur)
                if key not in full:
                    forms.setdefault(key, []).append(_Form(entry.id, sur, True))
        self._automaton = None
        if forms:
            automaton = ahocorasick.Automaton()
            for key, found in forms.items():
                automaton.add_word(key, (len(key), tuple(found)))
            automaton.make_automaton()
            self._automaton = automaton

    def _candidates(self, text: str, folded: str) -> list[tuple[int, int, tuple[_Form, ...]]]:
        out = []
        straight = text.translate(_FOLD_MAP)
        for end_index, (length, found) in self._automaton.iter(folded):
            start, end = end_index + 1 - length, end_index + 1
            if start > 0 and _is_word(text[start - 1]) and _is_word(text[start]):
                continue
            if end < len(text) and _is_word(text[end - 1]) and _is_word(text[end]):
                continue
            written = straight[start:end]
            ok = tuple(f for f in found if written == f.form or (written == f.form.upper()
                                                                   and sum(c.isalpha() for c in f.form) > 3))
            if ok:
                out.append((start, end, ok))
        out.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        return out

    def mentions(self, text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Mention, ...]]:
        """For each (start, end) sentence, the mentions in it, in text order."""
        per: list[list[Mention]] = [[] for _ in sentences]
        if self._automaton is None or not sentences:
            return [() for _ in sentences]
        order = sorted(range(len(sentences)), key=lambda i: sentences[i][0])
        starts = [sentences[i][0] for i in order]
        seen: dict[str, int] = {}  # entry id → offset of its first full mention
        taken_until = -1
        for start, end, found in self._candidates(text, _fold(text)):
            if start < taken_until:
                continue
            choice = self._choose(found, seen, start)
            if choice is None:
                continue
            k = bisect_right(starts, start) - 1
            if k < 0:
                continue
            s_start, s_end = sentences[order[k]]
            if end > s_end:
                continue
            if not choice.surname:
                seen.setdefault(choice.entry_id, start)
            per[order[k]].append(Mention(choice.entry_id, start, end))
            taken_until = end
        return [tuple(m) for m in per]

    @staticmethod
    def _choose(found: tuple[_Form, ...], seen: dict[str, int], start: int) -> _Form | None:
        """Full forms first (an entry already mentioned wins a shared alias); a surname
        only for a person named in full before, the latest such if several."""
        full = [f for f in found if not f.surname]
        if full:
            return next((f for f in full if f.entry_id in seen), full[0])
        earlier = [f for f in found if seen.get(f.entry_id, start) < start]
        return max(earlier, key=lambda f: seen[f.entry_id]) if earlier else None


def link_article(linker: Linker, text: str, sentences: Sequence[tuple[int, int]],
                 harvested: Sequence[Entry] | None = None) -> tuple[list[Entry], list[tuple[Mention, ...]]]:
    """The store's entries plus what the article defines itself, for one article.

    Returns the harvested entries the store does not already know (by name or alias)
    and every sentence's mentions; where both match the same words the store wins.
    """
    if harvested is None:
        harvested = harvest(text, sentences)
    known = {_fold(f) for e in linker.entries.values() for f in (e.name, *e.aliases)}
    local = [e for e in harvested if _fold(e.name) not in known and e.id not in linker.entries]
    mentions = linker.mentions(text, sentences)
    if not local:
        return local, mentions
    extra = Linker(local).mentions(text, sentences)
    merged = []
    for ours, theirs in zip(mentions, extra, strict=True):
        keep = list(ours)
        for m in theirs:
            if all(m.end <= o.start or m.start >= o.end for o in ours):
                keep.append(m)
        merged.append(tuple(sorted(keep, key=lambda m: m.start)))
    return local, merged


# ===================================================================== harvesting

#: Head nouns of a role that make "<role> Name" a definition of Name, and the kind they imply.
PERSON_ROLES = frozenset("""
    envoy minister president speaker leader spokesman spokeswoman spokesperson official ambassador
    secretary chief commander general director chairman chairwoman chair analyst negotiator mediator
    adviser advisor senator lawmaker legislator mp governor mayor king queen prince princess emir sheikh
    judge justice journalist correspondent reporter editor economist professor researcher candidate
    premier chancellor diplomat representative deputy head founder ceo executive lawyer attorney
    prosecutor activist cleric officer colonel lieutenant captain sergeant admiral marshal counterpart
    successor predecessor foreign-minister rapporteur coordinator commissioner strategist lady
    """.split())
ORG_ROLES = frozenset("""
    group party movement agency organisation organization militia company firm bank ministry newspaper
    broadcaster network alliance coalition faction union council army outlet charity institute
    think-tank regulator watchdog court committee commission authority federation association
    """.split())
PLACE_ROLES = frozenset("state city country province region town village capital island district county".split())
RELATIONAL = frozenset("ally rival partner patron sponsor backer foe enemy neighbour neighbor".split())
TITLE_WORDS = frozenset("""
    prime minister president vice deputy speaker secretary general foreign defence defense interior
    finance economy state chief envoy ambassador senator sen. rep. representative gov. governor mayor
    king queen prince princess crown emir sheikh pope cardinal archbishop bishop judge justice
    commander colonel col. lieutenant lt. gen. major maj. captain capt. admiral adm. sergeant sgt. del.
    mr. mrs. ms. dr. prof. sir dame lord lady chancellor premier caretaker acting interim special
    """.split())
#: Lower-case words that may modify a role ("caretaker Prime Minister", "militant group").
MODIFIERS = frozenset("""
    caretaker militant senior former top acting interim special chief deputy veteran armed political
    opposition ruling outgoing incoming elected exiled powerful influential hardline radical islamist
    jihadist paramilitary security intelligence military news foreign defence defense economic
    national regional local state-run state-owned private public civil human rights independent
    prime lead main assistant associate executive managing first terror terrorist rebel insurgent
    extremist separatist media advocacy lobby rights environmental conservative liberal progressive
    """.split())
_STOP_CAPS = frozenset("""
    The A An This That These Those It Its They Their He His She Her We Our You Your I In On At By For
    With From To Of And But Or If As After Before When While Since Despite Although However Meanwhile
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Mr Mrs Ms Like Unlike What Who Why How Where Which Under
    Over During Through Because So Then Now Here There Also Even Only Just Still Yet Not No Yes All Some
    Many Most Both Each Every Among Against Without Within Between Across Until Unless Whether Once
    Should Would Could Will Can Might Must Did Does Do Is Are Was Were Has Have Had Let Please
    """.split())
#: Single capitalised words that name an institution's part, not an entity ("the State Department").
_INSTITUTION = frozenset("""
    department ministry office house senate congress parliament assembly court council committee
    commission agency city state government administration cabinet army police bureau board
    """.split())
#: Words that make a capitalised run a body's name, never a person's after a title.
_INSTITUTION_PARTS = (_INSTITUTION - {"state", "city", "house"}) | frozenset(
    "university school college institute center centre foundation relations affairs".split())
#: Courtesy titles carry no information: "Mr. Alder" defines nothing.
_HONORIFICS = frozenset("mr. mrs. ms. miss mx. mr mrs ms".split())
_DETERMINERS = frozenset("the a an".split())
_POSSESSIVE_DETERMINERS = frozenset("its his her their our my your".split())
_PREPOSITIONS = frozenset("of for to in at on with from".split())
#: Particles that may join a run of capitalised words ("Ursula von der Leyen"); not
#: "ten"/"ter", English words too ("the top ten Democrats").
_NAME_PARTICLES = _PARTICLES - {"ten", "ter"}

_TOKEN = re.compile(
    r"(?P<acr>(?:[A-Z]\.){2,})"          # U.S.  U.N.
    r"|(?P<word>\w+(?:[-‐]\w+)*\.?)"     # Iran-backed, Sen., Nabih  (a final '.' kept only for titles)
    r"|(?P<poss>['’]s?(?!\w))"           # ’s of a possessive
    r"|(?P<punct>[^\w\s])"
)


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int
    kind: str  # acr word poss punct

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.kind == "acr" or (self.kind == "word" and self.text[:1].isupper())


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        word = m.group()
        if kind == "word" and word.endswith(".") and len(word) == 2 and word[0].isupper():
            out.append(_Tok(word, s, e, kind))  # an initial: "Joseph R. Biden"
            continue
        if kind == "word" and word.endswith(".") and word.lower() not in TITLE_WORDS:
            word, e = word[:-1], e - 1  # a sentence's full stop, not part of the word
            out.append(_Tok(word, s, e, kind))
            out.append(_Tok(".", e, e + 1, "punct"))
            continue
        out.append(_Tok(word, s, e, kind))
    return out


@dataclass(frozen=True, slots=True)
class _Found:
    name: tuple[int, int]
    description: str
    phrase: tuple[int, int]
    kind: str
    rule: str


def _name_runs(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised tokens (with name particles and numbers inside)."""
    runs, i = [], 0
    while i < len(toks):
        if not toks[i].cap:
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            t = toks[j]
            if t.cap:
                j += 1
            elif t.low in _NAME_PARTICLES and j + 1 < len(toks) and toks[j + 1].cap:
                j += 1
            elif t.low == "of" and toks[j - 1].low in TITLE_WORDS and j + 1 < len(toks) and toks[j + 1].cap:
                j += 1  # "Secretary of State"
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _is_title(t: _Tok) -> bool:
    """A title inside a capitalised run: "Prime", "Minister", "Chairwoman", "Gov."."""
    return t.low in TITLE_WORDS or t.low in PERSON_ROLES


def _split_titles(toks: list[_Tok], i: int, j: int) -> int:
    """First index of the name in run [i, j), after its title words.

    "Prime Minister Najib Mikati" → at "Najib"; "Secretary of State Antony Blinken" →
    at "Antony"; capitalised modifiers may come before or between the titles
    ("Northern Deputy Minister Karl Brandt", "Interim Port Board Chairwoman Lena
    Alder"): the name starts after the last title word among the run's first five.
    """
    name_start = i
    m = i
    while m < min(j - 1, i + 5):
        t = toks[m]
        if _is_title(t):
            m += 1
            continue
        if t.low == "of":
            if m > i and _is_title(toks[m + 1]):
                m += 1  # "Secretary of State"
                continue
            return i  # "State of Virginia": a title, no name
        if m > i and _is_title(toks[m - 1]):
            name_start = m
        m += 1
    if name_start == i and m > i and _is_title(toks[m - 1]) and not _is_title(toks[m]) and toks[m].low != "of":
        name_start = m
    if name_start > i and toks[name_start - 1].low == "of":
        return i  # "Prime Minister of Lebanon": a title, no name
    return name_start


def _role_kind(word: str) -> str | None:
    """The kind of entity a head noun before a name implies ("envoy" → person)."""
    w = word.lower().rstrip(".")
    if w in PLACE_ROLES:
        return "place"
    if w in PERSON_ROLES:
        return "person"
    if w in ORG_ROLES:
        return "organisation"
    if w in RELATIONAL:
        return "other"
    return None


def _is_name(toks: list[_Tok], k: int, j: int) -> bool:
    if k >= j or toks[k].text in _STOP_CAPS or toks[k].kind == "acr" and j - k == 1:
        return False
    if toks[k].low in _INSTITUTION or toks[k].low in ORG_ROLES or (j - k == 1 and toks[k].low in PERSON_ROLES):
        return False  # "the Foreign Ministry", "State Department": a role or a body, not a name
    if any(t.low in _INSTITUTION_PARTS for t in toks[k:j]):
        return False  # "Wayne State University School": not "University School" titled "State"
    return any(t.kind == "word" and t.text[:1].isupper() and t.low not in TITLE_WORDS for t in toks[k:j])


def _chain_left(toks: list[_Tok], i: int, titled: bool = False) -> tuple[int, str | None]:
    """How far left of token i a title-noun description reaches, and the kind its head implies.

    The head is the token just before the name (a role noun: "envoy", "group") or a
    "<role> of <noun>" phrase ("speaker of parliament"); modifiers before it are
    lower-case modifiers and capitalised words ("Lebanese", "U.S.", "Iran-backed"),
    and at most one possessive ("Lebanon’s", "its").
    """
    k = i - 1
    if k < 0:
        return i, None
    head = _role_kind(toks[k].text) if toks[k].kind == "word" and not toks[k].cap else None
    if head is None and k >= 2 and toks[k - 1].low == "of" and not toks[k].cap and toks[k].kind == "word" \
            and toks[k].low not in _DETERMINERS and toks[k].low not in _POSSESSIVE_DETERMINERS:
        head = _role_kind(toks[k - 2].text) if not toks[k - 2].cap else None
        if head is not None:
            k -= 2  # "speaker of parliament Nabih Berri"
    if head is None and titled and k >= 1 and toks[k].low == "of" and _role_kind(toks[k - 1].text):
        head, k = "person", k - 1  # "former secretary of State Ana Ortiz"
    if head is None:
        if not titled:
            return i, None
        head, k = "person", i  # the title in the run is the head: gather its modifiers
    k -= 1
    while k >= 0:
        t = toks[k]
        if t.kind == "poss" and k >= 1 and toks[k - 1].cap:
            k -= 2  # "Lebanon’s": include, and stop there
            break
        if t.kind == "word" and t.low in _POSSESSIVE_DETERMINERS:
            k -= 1
            break
        if t.cap and t.text not in _STOP_CAPS:
            k -= 1
            continue
        if t.kind == "word" and not t.cap and (t.low in MODIFIERS or _role_kind(t.text) is not None):
            k -= 1
            continue
        break
    return k + 1, head


def _appositive_before(text: str, toks: list[_Tok], first: int) -> tuple[str, int] | None:
    """'the group’s ally, <description Name>': the relational phrase before the comma."""
    if first < 2 or toks[first - 1].text != ",":
        return None
    k = first - 2
    if toks[k].low not in RELATIONAL and toks[k].low not in PERSON_ROLES and toks[k].low not in ORG_ROLES:
        return None
    lo = max(0, k - 4)
    for m in range(k - 1, lo - 1, -1):
        if toks[m].low in _DETERMINERS or toks[m].low in _POSSESSIVE_DETERMINERS:
            return text[toks[m].start:toks[k].end], m
        if toks[m].kind == "punct":
            return None
    return None


def _appositive_after(text: str, toks: list[_Tok], j: int) -> tuple[str, int, str] | None:
    """'Name, the speaker of parliament, said': a description between commas after a name."""
    if j >= len(toks) or toks[j].text != ",":
        return None
    k = j + 1
    if k >= len(toks):
        return None
    starts = toks[k].low in _DETERMINERS or toks[k].low in _POSSESSIVE_DETERMINERS or (
        k + 1 < len(toks) and toks[k].cap and toks[k + 1].kind == "poss")
    if not starts:
        return None
    end = k
    head = None
    after_prep = False
    while end < len(toks) and end - k < 14:
        t = toks[end]
        if t.text in (",", ";", ")", ".", "—", "–") or t.low in ("who", "which", "that", "whose", "where", "when"):
            break
        if t.kind == "word" and not t.cap and end > k and not after_prep:
            # Before a preposition only modifiers and role nouns: "a senior adviser to ...".
            role = _role_kind(t.text)
            if role is not None:
                head = head or role
            elif t.low in _PREPOSITIONS and head is not None:
                after_prep = True
            elif t.low not in MODIFIERS:
                return None
        end += 1
    if head is None or end == k + 1:
        return None
    if end < len(toks) and toks[end].text not in (",", ".", ";", ")", "—", "–"):
        return None  # a relative clause or a run-on: not a clean appositive
    first = k + 1 if toks[k].low in _DETERMINERS else k
    return text[toks[first].start:toks[end - 1].end], end, head


_ACRONYM_DEF = re.compile(
    r"(?P<long>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|in|on|and|the|de)\s+)*[A-Z][\w’'-]*)+)\s*\((?P<short>[A-Z][A-Za-z]{1,9})\)")


def _initials_fit(long: str, short: str) -> bool:
    caps = [w[0] for w in re.split(r"[\s-]+", long) if w[:1].isupper()]
    letters = short.upper()
    return len(letters) >= 2 and "".join(caps).startswith(letters[:2]) and len(letters) <= len(caps) + 2


def _headline(toks: list[_Tok]) -> bool:
    """Title Case Headlines capitalise every word: no telling names from words there."""
    words = [t for t in toks if t.kind == "word" and len(t.text) > 3]
    return len(words) >= 4 and sum(not t.cap for t in words) <= 0.15 * len(words)


def _harvest_sentence(text: str, start: int, end: int) -> list[_Found]:
    toks = _tokens(text, start, end)
    found: list[_Found] = []
    for i, j in [] if _headline(toks) else _name_runs(toks):
        k = _split_titles(toks, i, j)
        if not _is_name(toks, k, j):
            continue
        name = (toks[k].start, toks[j - 1].end)
        if k > i:  # "Prime Minister Najib Mikati": the titles are inside the run
            honorific = all(t.low in _HONORIFICS for t in toks[i:k])
            first, _ = _chain_left(toks, i, titled=not honorific)
            head = "person"
            last = k - 1
            while last >= i and toks[last].low in _HONORIFICS:
                last -= 1  # "Mr. Alder": a courtesy title defines nothing
            desc_end = toks[last].end if last >= i else toks[i].start
            if last < i:
                first, head = k, None
        else:
            first, head = _chain_left(toks, i)
            desc_end = toks[i - 1].end if i > 0 else start
        while first < k and toks[first].text in _STOP_CAPS:
            first += 1
        parts: list[str] = []
        phrase_start, phrase_end = name
        rule = ""
        if head is not None and first < k and desc_end > toks[first].start:
            parts.append(text[toks[first].start:desc_end])
            rule = "title-noun phrase"
            before = _appositive_before(text, toks, first)
            if before is not None:
                parts.append(before[0])
                first = before[1]
                rule = "title-noun phrase after an appositive"
            phrase_start = toks[first].start
        after = _appositive_after(text, toks, j)
        if after is not None:
            description, stop, after_head = after
            parts.append(description)
            phrase_end = toks[stop - 1].end
            rule = f"{rule} and appositive" if rule else "appositive"
            head = head or after_head
        if parts and head is not None:
            kind = head if head != "other" else ("person" if j - k >= 2 else "other")
            found.append(_Found(name, "; ".join(parts), (phrase_start, phrase_end), kind, rule))
    for m in _ACRONYM_DEF.finditer(text, start, end):
        long, short = m.group("long"), m.group("short")
        words = long.split()
        while words and words[0] in _STOP_CAPS:
            words.pop(0)
        long = " ".join(words)
        if long and _initials_fit(long, short):
            s = m.start("long") + m.group("long").index(long)
            found.append(_Found((s, s + len(long)), "", (s, m.end()), "organisation", f"acronym:{short}"))
    return found


def harvest(text: str, sentences: Sequence[tuple[int, int]]) -> list[Entry]:
    """Entries the article defines itself, article-local (provenance ``harvested``).

    One entry per name (the first description found, later different ones appended),
    with the sentence it was first found in and the span of the phrase in the article.
    """
    by_name: dict[str, Entry] = {}
    for s_start, s_end in sentences:
        for f in _harvest_sentence(text, s_start, s_end):
            name = text[f.name[0]:f.name[1]]
            aliases: tuple[str, ...] = ()
            if f.rule.startswith("acronym:"):
                aliases = (f.rule.split(":", 1)[1],)
            key = _fold(name)
            old = by_name.get(key)
            if old is None:
                by_name[key] = Entry(
                    id=f"harvested:{slug(name)}", name=name, kind=f.kind, description=f.description,
                    aliases=aliases, provenance="harvested", source_text=text[s_start:s_end],
                    source_span=f.phrase,
                )
            elif f.description and f.description.lower() not in old.description.lower():
                description = f"{old.description}; {f.description}" if old.description else f.description
                by_name[key] = Entry(old.id, old.name, old.kind, description, tuple(dict.fromkeys(
                    old.aliases + aliases)), old.links, old.provenance, old.source_text, old.source_span)
    return list(by_name.values())
