"""The frames: around one cue, _frame decides where the source and the content are and which
named rule (``Attribution.rule``) found them; the special sentence shapes (headline,
transcript speaker, closing dash) are frames of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis import sources as S
from reader.analysis.attribution.lexicon import CueEntry, Lexicon
from reader.analysis.attribution.phrases import (
    _abbrev_dot, _adverb_ly, _appositive, _AUTHOR_PREPS, _BE, _clause_pronoun, _clause_verb, _CLOSE_QUOTES,
    _dash_appositive, _DO_PAST, _DO_PRESENT, _document_author, _finite_tense, _left_np, _main_subject, _MODALS,
    _modifies_verb_before, _name_list_start, _named_appositive, _NEGATION, _no_noun_head, _not_a_subject, _PERFECT, _PERSONAL_PRONOUNS,
    _reduced_relative, _relative_before, _relative_subject, _right_np, _skip_adjunct_before, _SKIP_BEFORE_CUE,
    _past_time, _skip_object, _subject_end, _TIME_WORD, _who_clause_start,
)
from reader.analysis.attribution.quotes import (
    _continuation, _extend_backward, _extend_forward, _first_quotation, _last_quotation, _next_paragraph, _quote_at,
    _SPEAKER, _speaker_follows, TURN_PARAGRAPHS,
)
from reader.analysis.attribution.senses import (
    _acquaintance, _adds_thing, _admits_into, _after_copula, _amount_about, _appositive_participle,
    _attributive_participle, _CLAUSE_OPENERS, _CONJUNCT_BREAK, _heading_noun_end, _in_infinitive, _judged_object,
    _modifies_noun, _name_then_verb, _naming_appositive, _OBJECT_DETERMINERS, _object_gap, _object_relative_name, _opens_group, _plain_object, _pseudo_cleft,
    _sentence_case_heading, _thing_object, _title_heading, _verbal, _WEEKDAYS, _WH_WORDS,
)
from reader.analysis.attribution.spans import _ADJUNCT_LEAD, _cut_adjunct, _lead_end, _Raw, _sp, _trim, _words
from reader.analysis.attribution.phrases import _LY_NOUNS
from reader.analysis.model import Span
from reader.analysis.sources import Token


_THAT = re.compile(r"\s*(?:that|whether|if)\b\s*", re.I)
_TITLE_PREFIX_BLOCK = frozenset(
    "watch breaking exclusive update updated live video photos photo opinion analysis editorial review "
    "podcast listen read note q&a fact check correction corrections clarification latest related".split()
)
_DASH_SOURCE = re.compile(
    r"[”\"]\s*[―—–]\s*([A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|the|de|van|von|al-\w+)){0,5})"
)
_LEAD_DASH_SOURCE = re.compile(r"\s*[―—–]\s*([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s*$")
#: Records and inquiries: what they reveal or find is a finding, whatever its object ("the scan revealed
#: deep corrosion", "surveys found them in the hull of every ferry").
_EVIDENCE_SUBJECTS = frozenset("study studies scan scans test tests research analysis data survey surveys review "
                               "audit investigation autopsy probe poll polls experiment experiments x-ray x-rays "
                               "report reports records".split())


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


#: Prepositions not in the sources' list after which a cue form is a noun or an adjective.
_MORE_PREPOSITIONS = frozenset("despite amid amidst beyond unlike via per".split())

#: Causative verbs whose object is the one who speaks or thinks: "forced him to admit".
_CAUSATIVES = frozenset(
    "force forces forced forcing prompt prompts prompted prompting lead leads led leading cause causes caused "
    "causing compel compels compelled compelling drive drives drove driven driving inspire inspires inspired "
    "inspiring spur spurs spurred spurring provoke provokes provoked provoking get gets got getting".split()
)


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


_CONVENE = re.compile(r"\s+(?:a|an|the|another|new|fresh)\s+(?:[\w-]+\s+){0,2}?(?:meeting|election|vote|strike|session|"
                      r"summit|hearing|conference|recess|halt|ceasefire|truce|time-out|timeout|referendum)s?\b", re.I)
_NAMING_WHAT = re.compile(r"\bwhat\s+(?:[\w.’'-]+\s+){1,6}\Z", re.I)
_CONTRACTION = re.compile(r"(he|she|it|that|who|they|we|i|you)[’'](s|re|ve|d|ll|m)$", re.I)


#: Verbs of urging that need a hearer before their "to" ("urged voters to"; not "asked to speak").
_NEEDS_HEARER = frozenset("urge invite encourage order instruct persuade convince press advise implore nudge prod "
                          "coax command summon exhort goad cajole entreat beseech".split())


#: -ing forms of cue verbs that often modify a noun ("charging cable", "briefing room", "polling station").
_ING_MODIFIERS = frozenset("charging advertising publishing reporting polling briefing broadcasting branding".split())


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
    if entry.group == "belief" and entry.form == "base" and prev is not None and prev.lower in ("you", "us", "me") \
            and k >= 3 and toks[k - 1].lower == "have" and toks[k - 2].lower in ("would", "will") and toks[k - 3].word:
        # "as easy as some skippers would have you believe": the skippers hold it, the hearer is made to
        k, aux, prev = k - 3, aux + [toks[k - 2].lower], toks[k - 3]

    if entry.lemma in lex.clause_only and nxt < n and toks[nxt].lower in _OBJECT_DETERMINERS \
            and not (any(a in _BE for a in aux) and entry.form != "ing"):
        # "is considered a threat": a passive's predicate, no object ("are considering a new boat" is no passive)
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
    if entry.form in ("past", "part") and not aux and ci == cj and ci > 0 and _count_word(toks[ci - 1]) \
            and _modifies_noun(toks, nxt) and not toks[nxt].lower.endswith("ing") and toks[nxt].text != ",":
        return None  # "with three confirmed cases", "two suspected leaks": an adjective between a number and its noun
    if entry.form in ("past", "part") and not aux and ci == cj and 1 <= ci <= 3 and re.fullmatch(r"\d+", toks[0].text) \
            and (nxt >= n or toks[nxt].text in ".;") and all(t.word and not t.cap for t in toks[1:ci]):
        return None  # "2 passes defended.", "4 tackles made.": a line of statistics, nobody defends a claim
    if entry.form in ("past", "part") and ci == cj == 1 and toks[0].lower.endswith("ly") and len(toks[0].lower) > 4 \
            and toks[0].lower not in _LY_NOUNS and _modifies_noun(toks, nxt) \
            and not toks[nxt].lower.endswith("ing"):
        return None  # "Newly discovered links between ...": a participle on the subject noun, nobody discovers here
    if ci == 0 and entry.form == "ing" and text[s_start:s_end].rstrip().endswith("?"):
        return None  # "Wondering how a rusty ferry floats?": a question put to the reader, nobody wonders yet
    if entry.lemma in lex.thing_object and not (entry.form in ("past", "part") and any(a in _BE for a in aux)) and nxt < n and toks[nxt].word \
            and not (prev is not None and prev.lower in _EVIDENCE_SUBJECTS) and toks[cj].lower not in S.PREPOSITIONS and toks[cj].lower != "as" and _thing_object(toks, nxt, n, verbs, entry.lemma):
        return None  # "revealed the new laptop", "analyzed billions of units", "offered free repairs": an act
    if entry.lemma == "view" and nxt < n and toks[nxt].word and toks[nxt].lower not in ("that", "as") \
            and not any(toks[m].lower == "as" or toks[m].lower.endswith("ably")
                        for m in range(nxt, _clause_stop(toks, nxt, n))):
        return None  # "visitors were viewing the old ferry": watching; a view is "viewed X as Y", "favorably"
    if entry.lemma == "add" and nxt < n and toks[nxt].word and (
            toks[nxt].lower == "to" or _plain_object(toks, nxt, n, verbs)):
        return None  # "added x-braces", "added to his collection of titles": putting in, not saying more
    if entry.lemma in _RAISING and nxt + 1 < n and (toks[nxt].lower == "to" and toks[nxt + 1].lower in ("be", "have")
                                                    or _predicate_after(toks, nxt, n)) \
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
            and (nxt >= n or toks[nxt].lower != "to") and not _pseudo_cleft(toks, k):
        return None  # "whatever you want", "below what she wants": a wanted thing (the free relative), no content
    if entry.lemma == "add" and _adds_thing(toks, nxt):
        return None  # "adding levity", "added a week to the schedule": adding a thing, not saying more
    if entry.lemma in _NEEDS_HEARER and entry.form in ("past", "part") and not aux and nxt < n \
            and toks[nxt].lower == "to":
        return None  # "veterans invited to participate": without its hearer the verb is a passive participle
    if _object_gap(toks, k, nxt, entry, lex):
        gap = _commitment_gap(text, toks, k, ci, cj, nxt, entry, verbs, s_end)
        if gap is not None:
            return gap
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
    if entry.lemma == "charge" and not any(toks[m].lower in ("that", "with") for m in range(nxt, min(n, nxt + 16))) \
            and not (nxt < n and toks[nxt].word and not toks[nxt].cap and _modifies_noun(toks, nxt)):
        return None  # "charging a phone", "120 kW charging": no accusation ("charged X with Y", "charges that Y")
    if entry.lemma == "plan" and (nxt >= n or toks[nxt].lower not in ("to", "on", "that")):
        return None  # "planning meals", "meal planning", "planned a regatta": an activity, no intention toward Y
    if entry.lemma == "consider" and entry.form == "ing" and k < 0:
        return None  # "Considering how cheap the ferry is, ...": "given", a preposition; nobody considers
    if entry.lemma == "support" and prev is not None and prev.lower in _DEVICE_NOUNS:
        return None  # "the app supports both tickets", "the new radio supports all bands": it works with them
    if entry.lemma == "show" and nxt < n and toks[nxt].lower == "the" \
            and any(toks[m].lower in _SCENE_NOUNS for m in range(nxt + 1, min(n, nxt + 4))):
        return None  # "a video showing the moment the ferry docked": a picture of a scene, no finding
    if entry.lemma == "consider" and nxt < n and toks[nxt].word and len(toks[nxt].lower) > 5 \
            and toks[nxt].lower.endswith("ing") and toks[nxt].lower not in _ING_NOUNS:
        return None  # "you may consider renting a berth": weighing an act of one's own, no proposition
    if entry.lemma == "find" and nxt + 1 < n and toks[nxt].lower in ("him", "her", "them", "me", "us") \
            and (toks[nxt + 1].text in ".,;!?" or toks[nxt + 1].lower == "and"):
        return None  # "Ortiz found him.", "I found them, and asked": finding a person, no finding that Y
    if entry.lemma == "feel" and _feel_state(toks, nxt, n):
        return None  # "won't feel as nervous.", "how you feel can help": a state, not a stance toward anything
    if entry.lemma == "refer" and nxt < n and toks[nxt].word and toks[nxt].lower != "to" \
            and any(toks[m].lower == "to" for m in range(nxt + 1, min(n, nxt + 5))):
        return None  # "referred the call to the harbour master": passing it on, not mentioning anything
    if toks[ci].lower == "speaking" and k < 0 and (toks[cj].lower == "of" or nxt < n and toks[nxt].lower == "of") \
            and "," in text[cue.end:s_end]:
        return None  # "Speaking of boats, the regatta ...": the writer's change of topic, nobody speaks
    if entry.lemma == "add" and k == 0 and prev is not None and prev.lower in _NOTE_LABELS \
            and (text[cue.end - 1 : cue.end] == ":" or text[cue.end : s_end].lstrip().startswith(":")):
        return None  # "Correction added: ...": an editor's label, no one adds a claim
    if entry.lemma == "assume" and (nxt >= n or toks[nxt].lower not in _CLAUSE_OPENERS):
        return None  # "assume office", "assumed a new role": taking on, not supposing
    if entry.group == "belief" and prev is not None and prev.lower in ("you", "i", "we") and k > 0 \
            and toks[k - 1].lower in _QUESTION_AUX and text[s_start:s_end].rstrip().endswith("?"):
        return None  # "Do you know ...?", "Can you imagine ...?": a question to the reader, no belief
    if entry.form in ("past", "part") and not aux and nxt < n and toks[_past_time(toks, nxt, n)].lower == "by" \
            and prev is not None and prev.word and not prev.cap and prev.lower not in S.SUBJECT_PRONOUNS \
            and not entry.passive:
        return None  # "the monitor maintained by the embassy", "data published last week by the office show Y":
        # a reduced passive describing a noun, not a claim (a cue after it may take the whole noun phrase)

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
        have_to = gov.lower in ("has", "have", "had") and k >= 2 and (
            toks[k - 2].lower in ("who", "which", "that")
            or toks[k - 2].lower in ("i", "we") and entry.lemma in ("say", "admit", "confess", "concede", "agree")
            and (k < 3 or toks[k - 3].lower not in _GAP_HEADS))
        # "I have to say the quay looks fine": the speaker's own comment (not "what I have to say")
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
        obj = _causative_object(toks, k - 1, verbs)
        if obj is not None:
            # "forced Alder, who was under pressure, to admit Y", "led Sens. Ann Cole (D-Harbour) and Ben Alder
            # (R-Alder) to invoke Y": an aside or a party tag between the object and its infinitive
            right = _content_right(text, toks, _skip_object(toks, nxt, n, verbs) if entry.takes_object else cj, s_end)
            src = _trim(text, toks[obj[0]].start, toks[obj[1]].end, lead=" ,", trail=" ,")
            return _Raw(Span(prev.start, cue.end), group, src, [right] if right else [], "control")

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

    if entry.lemma in _EXPERIENCER_OBJECT:
        exp = _experiencer(text, toks, k, ci, nxt, aux, verbs, entry)
        if exp is not None:
            return exp
    of_pronoun = entry.form == "ing" and prev is not None and prev.lower in ("him", "her", "them") and k > 0 \
        and toks[k - 1].lower == "of"  # "clips of her supporting Y": an object pronoun acts
    # --- noun readings: "the report", "his claims", "in support of", "Alder's tweet", "to say"
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
            # "footage of Alder saying ...", "Ana Ortiz asking, ...": the name is the source
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
            # "an Alder tweet attacking Y", "In a statement announcing Y": the message is the source
            # (not after its verb: "Alder unleashed tweets attacking Y" is Alder's, one cue)
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
            # "Lamenting their luck, fishermen ...", "In defending himself, Alder ...": the subject
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
            head = next((p for p in reversed(prior[1:]) if p.source is not None and p.rule == "subject"
                         and p.source.start > prior[0].cue.end and p.cue.end <= toks[k].start
                         and _OWN_CLAUSE_JOIN.search(text, max(0, p.source.start - 12), p.source.start)), prior[0])
            # "X said A, while the police deny B and say C": the nearest clause of its own outside X's content
            return _Raw(cue, group, head.source, [right] if right else [], "coordinated", head.antecedent)
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
    ing_at = None if np_ is None else np_[0] if toks[np_[0]].lower.endswith("ing") else np_[0] - 1
    ing_head = ing_at is not None and ing_at >= 1 and toks[ing_at].lower.endswith("ing") and not toks[ing_at].cap \
        and toks[ing_at - 1].lower in _ING_HEADS and (ing_at == 1 or not toks[ing_at - 2].word)
    if ing_head:
        np_ = (ing_at - 1, np_[1], np_[2])  # "Those making the claim say Y": the people doing it speak
    causer = next((c for c in range(max(0, np_[0] - 1), k) if toks[c].lower in _BARE_CAUSATIVES
                   and (_right_np(toks, c + 1, ci, verbs) or (0, -1))[1] == k), None) \
        if np_ is not None and entry.form == "base" and not aux and not ing_head else None
    if causer is not None:
        if group not in ("belief", "learn"):
            return None  # "help Mr. Keller keep Y", "make Dunmore testify": the causer acts, no one speaks
        np_ = (causer + 1, k, "verb")  # "helps voters understand Y": the voters come to understand
    if np_ is not None and not rel_adverb and _no_noun_head(toks, np_[0], np_[1]):
        return None  # "a swiftly called meeting", "meaning Ortiz's name would": no subject
    if np_ is not None and np_[1] == k and (name := _object_relative_name(toks, np_[0], np_[1], lex)) is not None:
        np_ = (name, np_[1], np_[2])  # "was a prospect Ortiz denied": the name speaks, the noun is its object
    if np_ is not None and np_[1] == k and np_[0] >= 2 and toks[np_[0] - 1].text == "," \
            and any(toks[x].lower in ("and", "or") for x in range(np_[0], np_[1])) \
            and (start := _name_list_start(toks, np_[0])) is not None:
        np_ = (start, np_[1], np_[2])  # "Ortiz, Alder and the harbour master said": the whole list speaks
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
            if toks[np_[0] - 1].word and group in ("support", "criticise", "intention") \
                    and not _pseudo_cleft(toks, np_[1]):
                return None  # "the ending the characters wanted", "what you can ignore", "4 passes
                # defended": the clause's object is the noun before its subject; nothing reported
            # "that's what the council hopes": the content is the demonstrative and the "what" standing for it
            left = _content_left(text, s_start, toks[np_[0] - 1].end if _pseudo_cleft(toks, np_[1])
                                 else toks[np_[0] - 1].start)
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
            return None  # "..., said Alder's trip was": not a source after the cue
        cut = next((m for m in range(np_r[0] + 1, np_r[1]) if toks[m].lower in ("in", "at", "on", "during")
                    and toks[m + 1].lower in ("a", "an")), None)
        if cut is not None:
            np_r = (np_r[0], cut - 1)  # "wrote Ortiz in a Tuesday memo": where she wrote it, no part of a name
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


def _causative_object(toks: list[Token], j: int, verbs: frozenset[str]) -> tuple[int, int] | None:
    """The object of a causative verb ending at j, the token before "to", when an aside set off by
    commas, a parenthesis (a party tag) or a coordination of such names stands between the noun and
    "to": (first, last) token of the object, a party tag included, a relative aside not. None for a
    plain "forced X to" (the caller's simpler frame has it) or when no causative verb precedes."""
    if j < 0 or toks[j].text not in (",", ")"):
        return None
    last: int | None = None  # where the object ends
    for _ in range(4):
        if j >= 0 and toks[j].text == ")":
            o = next((m for m in range(j - 1, max(-1, j - 10), -1) if toks[m].text == "("), None)
            if o is None:
                return None
            last = j if last is None else last
            j = o - 1
        elif j >= 0 and toks[j].text == ",":
            o = next((m for m in range(j - 1, max(-1, j - 30), -1) if toks[m].text == ","), None)
            if o is None or o + 1 >= j or toks[o + 1].lower not in ("who", "whom", "which", "whose"):
                return None
            last = o - 1 if last is None else last
            j = o - 1
        np_ = _left_np(toks, j, 0, verbs) if j >= 0 and toks[j].word else None
        if np_ is None or np_[0] < 1:
            return None
        last = np_[1] if last is None else last
        before = toks[np_[0] - 1]
        if before.lower in _CAUSATIVES:
            return (np_[0], last)
        if before.lower not in ("and", "or") or np_[0] < 2:
            return None
        j = np_[0] - 2
        if toks[j].word:
            np_ = _left_np(toks, j, 0, verbs)
            return (np_[0], last) if np_ is not None and np_[0] >= 1 and toks[np_[0] - 1].lower in _CAUSATIVES \
                else None
        if toks[j].text not in (",", ")"):
            return None
    return None


#: Verbs of commitment, reported even when the object of their infinitive is the noun before them.
_COMMITMENTS = frozenset(("pledge", "promise", "vow", "threaten"))


def _commitment_gap(text: str, toks: list[Token], k: int, ci: int, cj: int, nxt: int, entry: CueEntry,
                    verbs: frozenset[str], s_end: int) -> _Raw | None:
    """"the dredging it pledged to finish by May": in a contact relative clause the gap is the object of
    the infinitive, not of the commitment verb, which still reports a pledge: the pronoun is the
    source, the content the noun before it with the infinitive ("the dredging ... to finish")."""
    n = len(toks)
    if entry.lemma not in _COMMITMENTS or nxt + 1 >= n or toks[nxt].lower != "to" or not toks[nxt + 1].word \
            or toks[nxt + 1].lower in S.DETERMINERS or toks[nxt + 1].lower in S.POSSESSIVES:
        return None
    np_l = _left_np(toks, k - 1, 0, verbs)
    if np_l is None:
        return None
    right = _content_right(text, toks, cj, s_end)
    return _Raw(Span(toks[ci].start, toks[cj].end), entry.group, _sp(toks, k, k),
                [_sp(toks, np_l[0], np_l[1])] + ([right] if right else []), "subject")


#: Verbs whose experiencer, the one who holds the attitude, is the object: "That worries fishermen".
_EXPERIENCER_OBJECT = frozenset(("worry",))


def _experiencer(text: str, toks: list[Token], k: int, ci: int, nxt: int, aux: list[str],
                 verbs: frozenset[str], entry: CueEntry) -> _Raw | None:
    """"The plan worries fishermen": an active transitive use whose object is a person or a group
    is the object's attitude (the source) towards the subject (the content). Not "she worries that
    Y", "she worries voters will stay home" (a clause follows the noun: the subject worries), nor
    "was worried by" (a passive: the subject frame has it)."""
    n = len(toks)
    if entry.form not in ("s", "past") or any(a in _BE for a in aux) or k < 0 or not toks[k].word \
            or nxt >= n or not toks[nxt].word or toks[nxt].lower in _CLAUSE_OPENERS \
            or toks[nxt].lower in S.PREPOSITIONS or toks[nxt].lower in ("that", "to", "if", "whether"):
        return None
    np_r = _right_np(toks, nxt, n, verbs)
    if np_r is None:
        return None
    after = toks[np_r[1] + 1] if np_r[1] + 1 < n else None
    if after is not None and after.word and after.lower not in S.PREPOSITIONS \
            and after.lower not in ("who", "because", "and", "but", "as", "too", "most", "more"):
        return None  # "she worries voters will stay home": the noun is the subject of a clause
    obj = text[toks[np_r[0]].start : toks[np_r[1]].end]
    head = toks[np_r[1]].lower
    animate = toks[np_r[0]].lower in S.OBJECT_PRONOUNS and toks[np_r[0]].lower not in ("it", "you") \
        or S.source_kind(obj) != "unknown" or head.endswith(("men", "people", "ists", "ers", "ans", "ors"))
    if not animate:
        return None  # "The storm worries the hull": no one holds the attitude
    np_l = _left_np(toks, k, 0, verbs)
    if np_l is None and toks[k].lower in ("that", "this", "it", "which", "what"):
        np_l = (k, k)  # "That worries fishermen": the pronoun stands for what worries them
    content = _sp(toks, np_l[0], np_l[1]) if np_l is not None else None
    return _Raw(Span(toks[ci].start, toks[nxt - 1].end), entry.group, _sp(toks, *np_r),
                [content] if content else [], "experiencer")


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


#: Verbs whose object takes a bare infinitive that it does not choose to do ("help X maintain", "make X testify").
_BARE_CAUSATIVES = frozenset("help helps helped helping let lets letting make makes made making".split())
#: What may follow the participle of a reduced relative: a "by" phrase, a time, a place.
#: Cues that invert with a bare plural source ("..., said officials at the port").
_INVERTING = frozenset("say add write note explain warn argue insist ask reply respond recall conclude "
                       "observe admit claim agree predict estimate".split())


#: Heads after "according to" that make it "in accordance with" (a measure, a rule), not a source.
_ACCORDANCE = frozenset("plan plans schedule rules rule guidelines standards standard criteria index scale "
                        "measure measures definition definitions formula instructions tradition custom".split())

#: Devices and software: what they "support" they work with, they hold no view of it.
_DEVICE_NOUNS = frozenset("app apps device devices phone phones smartphone smartphones laptop laptops software "
                          "browser browsers console consoles port ports chip chips camera cameras tablet tablets "
                          "printer printers router routers processor processors headset headsets firmware".split())
#: Scenes a picture shows ("footage showing the moment", "a photo showing the scene"): depicted, not found.
_SCENE_NOUNS = frozenset("moment moments scene scenes aftermath instant".split())
#: "-ing" words that are nouns after "consider" ("considered the ruling unfair", "the warning").
_ING_NOUNS = frozenset("ruling rulings warning warnings meeting meetings finding findings hearing hearings "
                       "building buildings funding spending offering offerings timing thing things ceiling "
                       "evening morning king darling wedding clothing housing".split())


#: Raising verbs: before "to be" / "to have" their subject is what the clause is about, not a source.
_RAISING = frozenset("seem appear".split())


def _predicate_after(toks: list[Token], i: int, end: int) -> bool:
    """Does a plain predicate follow a raising verb at token i ("Ortiz seemed tired after the
    meeting", "the crane seems sturdy")? Then the writer describes the subject, who holds no
    belief; not before an infinitive, a "that" clause or a comparison ("seemed sure that Y",
    "seems like Y", "appeared on a show" is a particle), nor a participle ("appeared smiling")."""
    return toks[i].word and not toks[i].cap and toks[i].lower not in _NOT_PREDICATE \
        and toks[i].lower not in _ATTITUDE_PREDICATES and not (i >= 2 and toks[i - 2].lower == "to") \
        and not toks[i].lower.endswith("ing") \
        and toks[i].lower not in S.PREPOSITIONS \
        and not any(toks[m].lower in ("that", "if", "whether") for m in range(i, min(i + 4, end)))


_NOT_PREDICATE = frozenset("to that like as if though so more less not never there here again now first".split())  # "appear there": in person
#: Predicates that are the subject's own attitude ("the skippers seem confident they will win"):
#: the subject holds it, and stays the source.
_ATTITUDE_PREDICATES = frozenset("confident sure certain convinced aware unaware eager keen determined intent "
                                 "willing unwilling reluctant ready prepared poised worried concerned afraid "
                                 "open inclined unsure uncertain skeptical sceptical doubtful optimistic "
                                 "pessimistic resigned content".split())

#: Inverting cues that take no noun-phrase object: after "Y, said" at a sentence's first comma a
#: name or a speaker is the source, whatever Y looks like ("Prices rose, said Ana Ortiz").
_INVERTS_AT_START = frozenset("say report explain note".split())


def _inverted_head(t: Token, entry: CueEntry) -> bool:
    """Can t open the source after an inverted cue ("..., said Ana Ortiz", "said the mayor",
    "says one official", "said officials")? Not an object pronoun, nor a bare common noun after
    a transitive cue ("..., cited comments he made": the cue's object)."""
    if t.lower in S.OBJECT_PRONOUNS and t.lower not in ("it", "you"):
        return False
    return entry.lemma in _INVERTING or t.cap or t.lower in S.DETERMINERS or t.lower in S.POSSESSIVES \
        or t.lower in S.SUBJECT_PRONOUNS \
        or t.text[:1].isdigit()


def _clause_stop(toks: list[Token], i: int, n: int) -> int:
    """The first token from i on that ends the clause (a stop, a colon, a dash, a quote; not a
    comma, which may only separate items of a list), or n."""
    return next((m for m in range(i, n) if toks[m].text in ";:—–―()“”\"."), n)


#: A comma or semicolon with a conjunction before a main clause of its own ("X said A, while the
#: police deny B"): the verbs coordinated after that clause's cue share its subject, not X.
_OWN_CLAUSE_JOIN = re.compile(r"(?:[,;]\s*(?:but|yet|while|whereas|although|though)|;)\s+\Z", re.I)


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


#: Words that open a temporal clause whose verbs a coordinated verb continues ("when guards stopped
#: her and told her to go"); after "if" or "because" the main clause's subject is as likely.
_TEMPORAL_OPENERS = frozenset("when whenever after before while until once".split())


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
        return False  # "Ortiz urged voters to Y and said Z": the content opens with no clause of its own
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
    ("He noted that Ortiz had been mocked for acknowledging Y", "They said developers drew
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


#: Nouns of a message that a participle of a cue may modify: "a tweet attacking Y", "a statement
#: announcing Y", "a letter urging Y" (the message speaks; "a book analyzing Y" is no message).
_MESSAGES = frozenset(
    "statement statements tweet tweets letter letters memo memos message messages post posts posting postings "
    "email emails e-mail e-mails ad ads advertisement advertisements commercial commercials spot video videos "
    "speech speeches editorial editorials op-ed op-eds column columns release releases note notes".split())
#: Words that open a sentence-initial participle clause ("After saying Y, she ...").
_OPENING_SUBORDINATORS = frozenset("in after before by while when since upon without on".split())
#: Auxiliaries that open a yes/no or wh- question before its subject ("do you think").
_QUESTION_AUX = frozenset("do does did can could would will should".split())
#: Prepositions whose object, followed by a participle, is no subject ("in a statement issued Tuesday").
_PP_HEADS = frozenset("in with under from of at on into for".split())


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


#: Verbs whose participle opens a sentence as a question put to its subject ("Asked about ...,").
_ASKED = frozenset(("ask", "press", "question", "challenge", "confront", "pressed"))
#: Subordinators that open a question put to the clause's subject: "When asked about X, she said".
_QUESTION_SUBORDINATORS = frozenset(("when", "if", "after", "once", "before", "while"))
_ASKED_NEXT = frozenset("about on whether if why how what when where who which to for".split())


_NOT_CONTINUATION = frozenset(
    "adding saying noting arguing citing where which who when as after before because while and but "
    "according although though whose since until so if in on at during".split()
)


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


#: A temporal adverbial clause opening right before a subject: "after it backed Y", "when she blasted him".
_TEMPORAL_BEFORE = re.compile(r"\b(?:after|when|whenever|before|once)\s+\Z", re.I)
#: A non-restrictive relative clause set off by a comma or a dash: "X, who pressed him on Y".
#: A clause in parentheses: "... in the short term (they want lower rates and ...)".
_PAREN_BEFORE = re.compile(r"\(\s*(?:(?:or|and|but)\s+)?\Z", re.I)


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


#: Prepositions that belong to the cue they follow ("complained about", "agreed with").
_CUE_PREPOSITIONS = frozenset("about with as for against over".split())


#: A clause that the reporting clause of "Y, X said Friday, as they ..." trails: not its content.
_TRAILING_CLAUSE = re.compile(r"[\s,]*(?:as|while|after|before|because|since|although|though|even\s+as|when)\s", re.I)


#: Where a clause opens inside a sentence: the subject of an impersonal cue starts after it.
_CLAUSE_BOUNDARY = re.compile(
    r"(?:[;:—]|,(?=\s+(?:and|but|or|although|though|while|because|since|as|so|yet|if|when|who|which|where)\b))\s*"
    r"|\b(?:that|which|who|because|although|though|while|whereas|if|when|since)\s+", re.I)


#: Labels an editor puts before a note ("Correction added:", "Update added:").
_NOTE_LABELS = frozenset(("correction", "update", "clarification", "editor's", "editor’s", "note"))

#: Heads of a free relative or an object gap before "I have to say" ("what I have to say").
_GAP_HEADS = frozenset(("what", "whatever", "all", "anything", "everything", "something", "nothing", "much", "more"))

#: Degree words before the adjective of a felt state ("feel as nervous", "feel so tired").
_FEEL_DEGREE = frozenset("as so more less too very quite rather really a bit little any no much pretty "
                         "extremely slightly increasingly somewhat even".split())
#: Adjectives of a bodily or emotional state that carry no adjective suffix.
_FEEL_STATES = frozenset("sad glad happy angry afraid alone ashamed awake asleep ill sure calm cold hot warm "
                         "weak strong safe proud ready old young unwell uneasy lonely".split())
_ADJ_SUFFIXES = ("ed", "ous", "ful", "ive", "able", "ible", "less", "ish", "ic", "ent", "ant", "ary", "ory")


def _feel_state(toks: list[Token], nxt: int, n: int) -> bool:
    """Does "feel" here name a state with nothing it is about? Either no complement at all, the
    sentence's own verb follows ("how you feel can help"), or an adjective closes the clause
    ("passengers won't feel as nervous.", "she felt tired and left"). A feeling with a cause or an
    object is a stance toward something and stays a cue ("felt betrayed when the council sold the
    quay", "felt betrayed by the council", "feel sure that Y", "feel as if Y", "feel like Y")."""
    if nxt >= n:
        return False
    if toks[nxt].lower in S.AUXILIARIES and toks[nxt].lower not in ("not", "n't", "n’t", "never"):
        return True  # "how you feel can help": the wh-clause is a subject, feel has no content
    j, degree = nxt, False
    while j < n and toks[j].lower in _FEEL_DEGREE:
        if toks[j].lower == "as" and j + 1 < n and toks[j + 1].lower in ("if", "though"):
            return False  # "feels as if Y"
        j, degree = j + 1, True
    if j >= n or not toks[j].word or toks[j].cap:
        return False
    w = toks[j].lower
    if w in S.SUBJECT_PRONOUNS or w in S.DETERMINERS or w in S.CLAUSE_WORDS or w in S.PREPOSITIONS \
            or w in ("that", "like", "if", "it", "this"):
        return False
    if not (degree or w in _FEEL_STATES or w.endswith(_ADJ_SUFFIXES)):
        return False
    after = j + 1
    return after >= n or toks[after].text in ".!?;:)—–" or toks[after].lower in ("and", "or", "but") \
        or toks[after].text == "," and not (after + 1 < n and toks[after + 1].lower == "that")


def _count_word(t: Token) -> bool:
    """A number before a noun: "3", "three", "several"."""
    return bool(re.fullmatch(r"\d[\d,.]*", t.text)) or t.lower in _COUNTS


_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands "
                    "several many few".split())


#: Heads that take an -ing phrase as their modifier in a subject ("Those making the claim", "People
#: living near the quay", "Anyone following the race").
_ING_HEADS = frozenset("those people anyone everyone others many some few residents critics".split())
