"""The filters and trims run on a sentence's finds after the frames: a cue nested in another's
content, a cue heading a clause of the writer's own, contents cut at fronted, relative or
reporting clauses, a subject shared by two cues; and the ordering of nested and fronted
attributions after the main one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.attribution.frames import _PAREN_BEFORE, _TEMPORAL_BEFORE
from reader.analysis.attribution.spans import _Raw, _trim
from reader.analysis.model import Attribution
from reader.analysis.sources import _within


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
#: subject of a cue: a non-restrictive relative (", which the Gazette pointed to"), a temporal clause
#: ("... after it backed Ortiz", "when Ortiz blasted him"), a parenthesis ("(they want ...)").
_OWN_CLAUSE_BEFORE = re.compile(
    r"(?:,\s*(?:(?:in|of|for|with|by|to|from|about|on)\s+)?(?:which\s+|whom\s+)?|\(\s*(?:(?:or|and|but)\s+)?"
    r"|\s(?:after|when)\s+)\Z", re.I)
#: A sentence that opens with an adverbial clause holding a cue: "As Ortiz talked about Y, ...".
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
        if _WHICH_END.search(m.group()):
            return a.rule == "subject"  # ", which the Gazette pointed to as": a relative with its own subject
        if a.rule == "relative":  # ", who had pressed him", ", in which ..."
            return word.strip().lower() in ("which", "who", "whom")
        return _main_after_fronted(text, s_start, a, b)
    return a.rule in ("subject", "relative") or m.group().startswith("(")


_WHICH_END = re.compile(r"(?:which|whom)\s+\Z", re.I)
#: Between a fronted clause's cue and the main clause's subject: one stretch of words and a comma.
_ONE_PHRASE_COMMA = re.compile(r"[^,;:]*\w[^,;:]*,\s*")


def _main_after_fronted(text: str, s_start: int, a: _Raw, b: _Raw) -> bool:
    """Is a the cue of the main clause, with its own subject after the comma that ends a fronted
    adverbial clause holding b and b's complement ("As Ortiz talked about Y, the council highlighted
    Z", "If the auditor has questions about Y, voters should know Z")? Not "As X said, Y": there
    the comma follows the cue, and the main clause is what X said."""
    if a.rule != "subject" or a.source is None or a.source.end > a.cue.start or b.rule in _PREPOSED_RULES:
        return False
    return b.cue.end <= a.source.start and _FRONTED_CUE.match(text, s_start, b.cue.start) is not None \
        and _ONE_PHRASE_COMMA.fullmatch(text[b.cue.end : a.source.start]) is not None


def _end_content(text: str, a: _Raw, i: int, end: int) -> None:
    """a's i-th content span ends at ``end`` (trimmed), unless nothing of it would remain."""
    cut = _trim(text, a.content[i].start, end)
    if cut is not None:
        a.content[i] = cut


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
               and _within(a.cue, b.content) for b in found)


def _framing_nested(text: str, s_start: int, a: _Raw, found: list[_Raw]) -> bool:
    """Is a's cue the reported speaker's framing inside another attribution's content (reported
    within it, as in :func:`~reader.analysis.sources._nested`), not a clause of the writer's own
    (:func:`_own_clause`)?"""
    return any(b is not a and _within(a.cue, b.content) and not _within(b.cue, a.content)
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


_BARE_JOIN = re.compile(r"\s(?:and|but|while)\s+\Z", re.I)


def _parallel(x: str, y: str) -> bool:
    """Are two subjects parallel: the same head noun ("5 percent" / "1 percent"), or two groups
    named by one capitalised plural each ("Fishermen" / "Councillors", "Republicans" / "Democrats")?"""
    if x.split()[-1].lower() == y.split()[-1].lower():
        return True
    return all(len(p.split()) == 1 and p[:1].isupper() and p.endswith(("s", "men", "people")) for p in (x, y))


#: What puts a question to the subject just before its cue: "..., and when pressed on B, ...".
_QUESTION_OPENER = re.compile(
    r"(?:[\s,;]*\b(?:and|but)\b)?[\s,;]*\b(?:when|if|after|once|before|while)\s+\Z", re.I)


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
            opener = _QUESTION_OPENER.search(text[max(0, b.cue.start - 24) : b.cue.start])
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
                # "5 percent prefer A and 1 percent support B": with no comma, a subject parallel to
                # an earlier clause's still opens a clause of its own (and ends what is inside that one)
                m = _BARE_JOIN.search(text, max(0, b.source.start - 8), b.source.start)
                if m is None or not any(
                        a is not b and a.rule == "subject" and a.source is not None and a.source.end <= m.start()
                        and _parallel(text[a.source.start:a.source.end], text[b.source.start:b.source.end])
                        for a in found):
                    continue
            for a in found:
                if a is not b and a.cue.start < m.start():
                    for i, c in enumerate(a.content):
                        if c.start < m.start() < b.cue.start < c.end:
                            _end_content(text, a, i, m.start())
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
                    _end_content(text, a, i, tail_start + (m.start() if m else len(head)))


#: A sentence that opens with an adverbial clause: "While X has railed against Y, he ...".
_FRONTED = re.compile(
    r"\W*(?:(?:and|but|yet|so)\s+)?(?:while|although|though|even\s+though|if|when|whenever|because|since|"
    r"after|before|once|unless|whereas|until)\s[^,;:]*\Z", re.I)
#: Where the main clause starts after such a clause: a comma and a subject-like word.
_MAIN_CLAUSE_START = re.compile(
    r",\s+(?=(?:he|she|they|it|we|I|you|the|a|an|this|that|these|those|[A-Z][\w.’'-]*)\b)")


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
            if m:
                _end_content(text, a, i, m.start())


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
                # "Writing for a panel that all agreed Y, the harbour master noted Z": the main clause after the comma
                for i, c in enumerate(a.content):
                    if c.start < b.source.start < c.end and text[c.start : b.source.start].rstrip().endswith(","):
                        _end_content(text, a, i, text.rfind(",", c.start, b.source.start))
                continue
            if b is a or b.source is None or not b.source.start < a.cue.start < b.cue.start:
                continue
            for i, c in enumerate(a.content):
                if c.start < b.cue.start < c.end:
                    comma = text.rfind(",", c.start, b.cue.start)
                    if comma > c.start:
                        _end_content(text, a, i, comma)


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
                    _end_content(text, a, i, cut)


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
