"""One sentence's attributions: the lexicon's cues through the frames, the nominal cues
("X's claim that Y"), the cue's extent over idioms, then the filters of :mod:`clauses`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from reader.analysis import sources as S
from reader.analysis.attribution.clauses import (
    _complement_subject, _framing_nested, _split_shared_subject, _trim_fronted_clauses, _trim_fronted_contents,
    _trim_relative_clauses, _trim_reporting_clauses, _within_account,
)
from reader.analysis.attribution.frames import _cue_extent, _dash, _frame, _headline, _speaker
from reader.analysis.attribution.lexicon import Lexicon, _trie
from reader.analysis.attribution.quotes import _inside
from reader.analysis.attribution.spans import MAX_PAIRWISE, _Raw, _title_case, _trim
from reader.analysis.model import Span
from reader.analysis.sources import Token, tokenize


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
_THAT_AFTER_SOURCE = re.compile(r"[\s,]*that\s+")
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

#: Cue lemmas that attribute only to a document: "..., the letter reads" (not "he read the book").
_DOCUMENT_ONLY = frozenset(("read",))


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
            that = _THAT_AFTER_SOURCE.match(text[m.end("src"):s_end])
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
        if any(h.start() <= m.start() < h.end() for h in _HE_SAID_SHE_SAID.finditer(text, s_start, s_end)):
            continue  # "He said, she said": a dispute of word against word, named as such; nobody speaks
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
    # "continue" with nothing said before or after it went on, it did not speak ("Yet the storms
    # have continued, showing Y"); dropped only now, so a participle after it still finds its subject
    return [r for r in kept if (r.content or not _WENT_ON.search(text[r.cue.start : r.cue.end]))
            and not _appearance_only(text, r) and not _advice_to_reader(text, r)]


def _advice_to_reader(text: str, r: _Raw) -> bool:
    """Is r a "want" of the generic reader in advice or a condition ("You'll want to book early",
    "If you only want a ticket, ...")? The writer gives advice; no one holds an intention. "You
    want to close the quay," said with a named hearer in a quotation, is not listed anyway."""
    if r.source is None or text[r.source.start : r.source.end].lower() != "you" \
            or not _WANT.search(text, r.cue.start, r.cue.end):
        return False
    return bool(_ADVICE_MODAL.match(text, r.source.end, r.cue.end)
                or _IF_BEFORE.search(text, max(0, r.source.start - 12), r.source.start))


_WANT = re.compile(r"\bwant", re.I)
_ADVICE_MODAL = re.compile(r"(?:['’]ll|\s+(?:will|may|might|only|just|probably|definitely|also))\b", re.I)
_IF_BEFORE = re.compile(r"\b(?:if|unless|whether)\s+\Z", re.I)


def _appearance_only(text: str, r: _Raw) -> bool:
    """Is r a testimony with only where it was given as its content ("the harbour master testified
    before the council on Monday")? An appearance, with nothing said; with a clause or a quotation
    ("testified before the council that Y") it stays."""
    if not _TESTIFY.search(text, r.cue.start, r.cue.end) or len(r.content) != 1:
        return False
    said = text[r.content[0].start : r.content[0].end]
    return bool(_VENUE.match(said)) and not _SAID_IN.search(said)


_TESTIFY = re.compile(r"\btestif", re.I)
_VENUE = re.compile(r"(?:before|at|in|to|on|during|for)\b", re.I)
_SAID_IN = re.compile(r"\bthat\b|[\"“”]|\babout\b", re.I)


_WENT_ON = re.compile(r"\bcontinu\w*\W*\Z", re.I)  # the cue is "continue" itself, not "continues to insist"


#: "he said, she said" (as a heading or a noun): the name of a dispute, not two reports.
_HE_SAID_SHE_SAID = re.compile(r"\b(?:he|she)[ -]said,?[ -](?:he|she)[ -]said\b(?![ \t]*(?:that\b|[\"“:]))", re.I)


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
