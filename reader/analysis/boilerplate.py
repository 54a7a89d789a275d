"""Boilerplate stripping: decide for every block whether it is kept, and say why not.

A page copied as plain text holds the article among menus, bylines, share buttons,
captions, related links, comment threads and footers. Stripping works in steps,
each explainable:

1. Line rules -- small functions named after what they find, each returning its
   reason ("share/subscribe line", "byline/date", "comment form", ...) -- name
   precise boilerplate wherever it stands.
2. Every block gets a *content score* from its own text (:func:`content_score`):
   running prose -- enough words, sentence punctuation, function words of the
   page's language -- scores positive, in proportion to its length; menu items,
   headlines, teasers cut off with "...", text repeated from earlier in the page
   score negative, and lines a rule named (a byline, a share bar) more so.
3. The article body is the contiguous run of blocks with the largest total score
   (:func:`main_region`, the maximum-sum idea of Finn et al.'s Body Text
   Extraction). A comment section's marker ("Leave a Reply", "12 Comments") is a
   wall once an article's worth of text lies before it, so readers' comments --
   prose too -- never join the article. The run then grows over adjacent short
   sentences, over a subheading followed by more prose, and over a list that
   closes the article.
4. Inside the body only line rules strip (and the links listed under a "Related"
   heading), so short lines of the article -- subheadings, list items -- stay.
   Outside it, blocks no rule names are described by where they stand:
   "navigation menu", "page header", "related links", "comment section", "page footer".

A text with no page around it -- an article's body copied alone, a clean corpus --
has no menus and is nearly all prose (:func:`chrome_free`). Its short lines (a
sign-off, a closing editor's note, a dateline, a live blog's "12:15 p.m.") are the
article's, so there only the line rules strip, up to a comment section's marker.
The line rules therefore ask for the shape of what they name, not a word: a caption
ends in its credit ("REUTERS/Jane Doe", "(AP Photo/...)"), not a sentence about a
"Reuters/Ipsos poll"; a legal notice is a copyright line or a footer pointing at the
site's own terms, not a news sentence about a privacy policy; "He said:" introduces
a quote, not a comment; a time line that recurs over paragraphs marks live-blog entries.

The title is found on the way: page dumps usually open with the HTML <title>
("Headline - Site") and repeat the headline just above the body. One block gets
kind "title" (kept); its repeats are stripped as "repeated title".

The region search is for plain text, which is where page dumps come from: text
extracted from HTML, and Markdown, get the line rules only.

Everything is linear in the length of the text: each block is scanned a fixed
number of times, and the maximum-sum run is one pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from reader.document import Block, Document

# --- reasons: stable wording, shown in the TUI and in the JSON -------------------------------

REPEATED_TITLE = "repeated title"
NAVIGATION = "navigation menu"
PAGE_HEADER = "page header"
BYLINE = "byline/date"
SHARE = "share/subscribe line"
COOKIES = "cookie notice"
ADVERTISEMENT = "advertisement"
CAPTION = "image caption"
RELATED = "related links"
COMMENTS = "comment section"
COMMENT_FORM = "comment form"
LEGAL = "legal notice"
PAGE_FOOTER = "page footer"
PLACEHOLDER = "placeholder text"
AUTHOR_BIO = "author bio"
AVATAR = "avatar"

REASONS: tuple[str, ...] = (
    REPEATED_TITLE, NAVIGATION, PAGE_HEADER, BYLINE, SHARE, COOKIES, ADVERTISEMENT, CAPTION,
    RELATED, COMMENTS, COMMENT_FORM, LEGAL, PAGE_FOOTER, PLACEHOLDER, AVATAR, AUTHOR_BIO,
)

# --- block statistics --------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SENTENCE_END = re.compile(r"""[.!?…:。！？：]["'”’»)\]」』]*$""")
_TRUNCATED = re.compile(r"(?:\w|[,;])\s?(?:\.\.\.|…)$|\[(?:\.\.\.|…)\]$")
_INNER_SENTENCE = re.compile(r"""[.!?。！？]["'”’»)\]]*\s+["'“‘«(]?[A-Z0-9]|[。！？]""")

#: Frequent function words of the languages most pages are in. They tell running prose
#: ("the", "of", "that") from lists of names and headlines; the document's language is
#: taken as the list that covers most of its words.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "a about after all also an and any are as at be because been before but by can could did do does"
        " for from had has have he her his how i if in into is it its just more most my no not of on one only or"
        " other our out over said says she so some than that the their them then there these they this those to"
        " up was we were what when where which while who will with would you your",
        "de": "aber als am an auch auf aus bei bis das dass dem den der des die doch du ein eine einem einen einer"
        " es für hat hatte ich ihr im in ist ja kann mit nach nicht noch nur oder sein sich sie sind so über um"
        " und uns von vor war wie wir wird zu zum zur",
        "fr": "à au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur mais me même ne"
        " nous on ou par pas plus pour qu que qui sa se ses son sont sur un une vous été être a",
        "es": "a al como con de del el ella en era es esta este fue ha hay la las le lo los más me mi no nos o"
        " para pero por que se sin sobre su sus también un una y ya",
        "pt": "a ao aos as com como da das de do dos e é ela ele em entre foi há isso mais mas na nas no nos o os"
        " ou para pela pelo por que se sem seu sua são também um uma",
        "it": "a al alla anche che chi ci con da del della di e è gli ha i il in la le lo ma mi nel non per più"
        " quando se si sono su sua suo tra un una",
        "nl": "aan al als bij dat de der die dit door een en er had heeft het hij in is je met na naar niet nog"
        " of om ook op over te tot uit van voor was wat we wel werd worden zal zijn",
        "ru": "а без бы был была были было в вы для до его её если же за и из или им их к как когда ли мы на"
        " не него нет но о об он она они от по при с со так также то только у уже что это я",
    }.items()
}


@dataclass(frozen=True, slots=True)
class Stats:
    """What the rules look at in one block."""

    text: str
    words: int  # \w+ tokens; a run of CJK characters counts one word per two characters
    sentence_end: bool  # ends like a sentence
    sentences: int  # sentence ends inside the block, the last one included
    stop_ratio: float  # share of words that are function words of the document's language (-1: unknown)
    truncated: bool = False  # a teaser: cut off with "...", or a Title Case headline run into its lede
    repeated: float = 0.0  # share of its word 4-grams already seen in earlier blocks

    @property
    def prose(self) -> bool:
        """Reads like running text: a sentence of some length, or a long run of words.

        A teaser cut off with "..." and a block that repeats earlier text are not.
        """
        if self.truncated or self.repeated > 0.8:
            return False
        if self.words >= 30 and (self.sentence_end or self.stop_ratio < 0 or self.stop_ratio >= 0.2):
            return True
        if not (self.sentence_end and self.words >= 8):
            return False
        return self.stop_ratio < 0 or self.stop_ratio >= 0.12


def _word_count(tokens: list[str]) -> int:
    """Words with a letter in them (numbers, phone numbers and codes are not text to read)."""
    n = 0
    for tok in tokens:
        if tok.isdigit():
            continue
        cjk = len(_CJK.findall(tok))
        n += max(1, (cjk + 1) // 2 + (len(tok) - cjk > 0)) if cjk else 1
    return n


#: word -> bit mask of the stopword lists it is in
_STOP_MASK: dict[str, int] = {}
for _bit, _words in enumerate(_STOPWORDS.values()):
    for _w in _words:
        _STOP_MASK[_w] = _STOP_MASK.get(_w, 0) | (1 << _bit)
_LANGS = len(_STOPWORDS)


def _stop_counts(tokens: list[str]) -> list[int]:
    """How many of the tokens are function words, per language."""
    counts = [0] * _LANGS
    for tok in tokens:
        mask = _STOP_MASK.get(tok)
        if mask:
            for bit in range(_LANGS):
                if mask >> bit & 1:
                    counts[bit] += 1
    return counts


def block_stats(texts: Sequence[str]) -> list[Stats]:
    """The :class:`Stats` of every block.

    The stopword share of a block is taken in whichever language fits it best (a
    page may have an English article under a German menu); when no list covers
    a fair share of the whole page (Korean, Japanese, ...), it is unknown (-1).
    """
    lowered = [_WORD.findall(t.lower()) for t in texts]
    per_block = [_stop_counts(tokens) for tokens in lowered]
    total = sum(len(tokens) for tokens in lowered)
    doc_share = max((sum(c[k] for c in per_block) / total for k in range(_LANGS)), default=0.0) if total else 0.0
    known = doc_share >= 0.12
    out = []
    seen: set[tuple[str, ...]] = set()
    for text, tokens, counts in zip(texts, lowered, per_block):
        words = _word_count(tokens)
        ratio = (max(counts) / len(tokens) if tokens else 0.0) if known else -1.0
        end = bool(_SENTENCE_END.search(text))
        inner = len(_INNER_SENTENCE.findall(text))
        truncated = bool(_TRUNCATED.search(text)) or headline_prefixed(text)
        out.append(Stats(text, words, end, inner + end, ratio, truncated, repeated_share(tokens, seen)))
    return out


_TITLE_CASE_SMALL = frozenset("a an and as at by for from in into of on or the to with".split())


def headline_prefixed(text: str) -> bool:
    """A teaser: a Title Case headline run on into its first sentence.

    "Ferry Line Recalls Passes; Misprint Can Cause Delays Or Refunds The ferry line is recalling ..."
    Title Case capitalises small words ("To", "Of", "In") that running prose leaves
    in lower case, so a capitalised small word inside a long capitalised run, with
    lower-case prose after it, marks a headline glued to its lede.
    """
    words = text.split(None, 24)
    run, small = 0, False
    for i, w in enumerate(words):
        head = w.lstrip("\"'“‘(")[:1]
        if not (head.isupper() or head.isdigit()):
            break
        run += 1
        if i > 0 and w.lower().strip(".,:;!?") in _TITLE_CASE_SMALL:
            small = True
    rest = words[run : run + 6]
    return run >= 5 and small and len(rest) >= 4 and sum(1 for w in rest if w[:1].islower()) >= 3


def repeated_share(tokens: list[str], seen: set[tuple[str, ...]]) -> float:
    """The share of the block's word 4-grams found in earlier blocks; adds its own to ``seen``.

    Pages repeat themselves: teaser lists shown twice, the whole article again in a
    one-line metadata blob. The first occurrence is the one that counts.
    """
    grams = [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]
    if not grams:
        return 0.0
    share = sum(1 for g in grams if g in seen) / len(grams)
    seen.update(grams)
    return share


# --- line rules: each looks at one block and returns its reason, or None -----------------------

def _rule(pattern: str, reason: str, max_words: int = 10**9, flags: int = re.I) -> Callable[[Stats], str | None]:
    rx = re.compile(pattern, flags)

    def rule(s: Stats) -> str | None:
        return reason if s.words <= max_words and rx.search(s.text) else None

    return rule


_COMMENT_WORDS = (
    r"(?:comments|responses|replies|reactions|kommentare|commentaires|comentarios|comentários|commenti"
    r"|reacties|комментари\w*|댓글|コメント|评论|評論)"
)
_COMMENT_MARKER = re.compile(
    r"^\W*(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:discussion|conversation)"
    r"|comments are (?:closed|disabled)|what do you think\??|have your say|discussion|conversation|reader comments"
    r"|comment|sort by (?:newest|oldest|best|top|popular)|(?:\w+ )?thoughts? on\b.{0,200}"
    r"|\d+ (?:responses|replies) to\b.{0,200})\W*$",
    re.I,
)
#: a short line about comments that is not a sentence: "[ 42 comments ]", "Top Rated Comments"
_COMMENTS_LINE = re.compile(rf"\b{_COMMENT_WORDS}\b", re.I)
#: a count of zero comments links to an empty section: no thread follows
_NO_COMMENTS = re.compile(rf"\b(?:0|no|zero)\s+{_COMMENT_WORDS}", re.I)
#: The head of one comment: "bob says:" (a comment system's present tense), or "Jane on June 8,
#: 2021 at 7:41 pm said:" (a past tense with the date). A story's "Ortiz said:" / "Ruiz wrote:"
#: introduces a quote, and has no date.
_COMMENT_HEAD = re.compile(
    r"\b(?:says|schreibt|sagt|dit|dice)\s*:$|\d.*\b(?:said|wrote|replied|disse|escribió)\s*:$", re.I
)
#: "He said:", "The statement read in part:" -- a story introducing a quote, not a commenter's name.
_QUOTE_INTRO = re.compile(
    r"^(?:he|she|they|it|i|we|you|who|which|and|but|then|later|also|the|a|an|his|her|their|its|this|that)\b", re.I
)


def _section_heading(s: Stats) -> bool:
    """The heading of a comment section: "Leave a Reply", "[ 167 comments ]"."""
    if s.words <= 40 and _COMMENT_MARKER.match(s.text):
        return True
    return s.words <= 8 and not s.text.endswith((".", "!", "?")) and bool(_COMMENTS_LINE.search(s.text))


def _comment_head(s: Stats) -> bool:
    """The head of one comment: "bob says:"."""
    return s.words <= 16 and bool(_COMMENT_HEAD.search(s.text)) and not _QUOTE_INTRO.match(s.text)


def comment_marker(s: Stats) -> str | None:
    """The heading of a comment section ("Leave a Reply", "[ 167 comments ]"), or of one comment."""
    return COMMENTS if _section_heading(s) or _comment_head(s) else None


comment_form = _rule(
    r"your email address will not be published|required fields are marked|save my name, email"
    r"|you must be (?:logged|signed) in to (?:post a )?comment|notify me of (?:new|follow-up) (?:comments|posts)"
    r"|log in to (?:leave a |post a )?(?:comment|reply)|(?:please )?enable javascript to view the comments"
    r"|comments (?:are|will be) moderated|loading comments|javascript is required to load the comments"
    r"|this site uses akismet|^(?:post|submit) comment$",
    COMMENT_FORM,
    max_words=60,
)
form_field = _rule(
    r"^(?:name|e-?mail|e-?mail address|website|comment|message|your (?:name|e-?mail|comment|message))\s*(?:\*|\(required\))$",
    COMMENT_FORM,
    max_words=5,
)
placeholder_text = _rule(r"\blorem ipsum\b|\bdolor sit amet\b|\bconsectetur adipiscing\b", PLACEHOLDER)
avatar = _rule(r"^\S.{0,60}\bavatar$|^avatar\b", AVATAR, max_words=8)
cookie_notice = _rule(
    r"\bcookies?\b.{0,120}\b(?:use|using|accept|consent|policy|settings|browsing|experience|agree)"
    r"|\b(?:use|accept|consent to|allow)\b.{0,60}\bcookies?\b|^(?:accept|allow) (?:all )?cookies$|^got it!?$",
    COOKIES,
    max_words=80,
)
share_line = _rule(
    r"^(?:share|tweet|email|e-mail|print|pin|whatsapp|facebook|twitter|linkedin|reddit|flipboard|pinterest"
    r"|telegram|copy(?: link)?|comment|save|messenger|sms|google\+?|tumblr|vk|vkontakte|odnoklassniki"
    r"|instagram|youtube|rss|snapchat|tiktok|share (?:this|on|via|to|the|article|story)\b.*"
    r"|click to (?:share|email|print)\b.*|follow us\b.*|follow (?:me|him|her) on\b.*|find us on\b.*|like us on\b.*"
    r"|subscribe\b.*|sign up\b.*|get (?:the|our) (?:latest|newsletter|daily)\b.*|newsletter|share this\b.*"
    r"|\d+\s*shares?|shares?\s*\d+)\s*[:.!]?$"
    r"|\b(?:sign up|subscribe) (?:for|to) (?:our|the|my)\b.{0,60}\b(?:newsletter|email|updates|alerts|digest)"
    r"|\bnewsletters?\b.{0,80}\b(?:inbox|sign up|subscribe)|\bunsubscribe at any time\b|\bno spam\b",
    SHARE,
    max_words=30,
)
advertisement = _rule(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|ads|promoted|paid content|partner content"
    r"|story continues (?:below|after)(?: advertisement| this ad)?|continue reading (?:below|the main story)"
    r"|article continues below(?: advertisement)?|scroll to continue.*|anzeige|publicidad|publicité|реклама)"
    r"\s*[:.!]?$",
    ADVERTISEMENT,
    max_words=8,
)
#: A copyright line: the sign on its own (not inside a word: "protegÃ©s" is a mis-decoded
#: "protégés") followed by a year or a name, the word opening a line or before a year,
#: "All rights reserved", and the reuse notices of news sites.
_COPYRIGHT = re.compile(
    r"(?:^|(?<=[\s(|\[]))(?:©|\(c\))\s*(?:\d{4}|(?-i:[A-Z]))|\bsubject to copyright\b|\bnon-commercial use only\b"
    r"|^\W*copyright\b|\bcopyright\s*(?:©\s*)?\d{4}|all rights reserved", re.I
)
#: Links to legal pages: named in a footer, but also in news sentences about them.
_LEGAL_LINK = re.compile(
    r"\b(?:terms (?:of (?:use|service)|and conditions|& conditions)|privacy (?:policy|notice|statement)"
    r"|cookie policy|do not sell my)\b",
    re.I,
)
#: A sentence that points the reader at the site's own legal pages.
_LEGAL_ADDRESS = re.compile(r"\b(?:our|your|you agree|i agree|agree to|this (?:site|website)|accept)\b", re.I)


def legal_footer(s: Stats) -> str | None:
    """A copyright line or links to legal pages -- in the shape of a footer, not a sentence about one.

    "Facebook changed its privacy policy, regulators said." is news; "Privacy Policy | Terms of
    Use" and "By using this site you agree to our Terms of Use." are footers.
    """
    if s.words > 80:
        return None
    low = s.text.lower()  # substring tests first: most blocks name nothing legal
    if any(w in low for w in ("©", "(c)", "copyright", "rights reserved", "non-commercial")) and _COPYRIGHT.search(
        s.text
    ):
        return LEGAL
    if any(w in low for w in ("terms", "privacy", "cookie policy", "do not sell")) and _LEGAL_LINK.search(s.text):
        return LEGAL if not s.prose or s.words <= 8 or _LEGAL_ADDRESS.search(s.text) else None
    return None


#: News agencies and photo libraries, as credits write them.
_AGENCY_NAMES = (
    "Getty Images", "Shutterstock", "Reuters", "Associated Press", "The Associated Press", "AP", "AFP",
    "AFP via Getty Images", "iStock", "iStockphoto", "Alamy", "EPA", "EPA-EFE", "AP Photo", "Xinhua",
    "Anadolu Agency", "Bloomberg", "Sipa", "ZUMA Press", "Pool",
)
#: Agencies and photo libraries whose name ends a caption as its credit, as they are written
#: (case-sensitive: "(ePA)" is an abbreviation in a sentence, "(EPA)" a credit).
_PHOTO_AGENCY = "(?-i:" + "|".join(
    sorted({re.escape(n) for name in _AGENCY_NAMES for n in (name, name.upper())}, key=len, reverse=True)
) + ")"
_CREDIT_SOURCES = r"(?:getty|reuters|ap|afp|epa|instagram|twitter|facebook|youtube|shutterstock)(?: images)?"
#: Captions known by how they start (matched at the start of the block).
_CAPTION_START = re.compile(
    r"(?:image|photo|picture|photograph|credit|illustration)s?(?: credit)?\s*:"
    r"|(?:image|photo|picture) (?:copyright|source)\b|(?:photo|image|video) \d+ of \d+$|image \d+ of\b"
    # the credit alone: "The Associated Press", "Getty/Instagram.", "Jane Doe/Reuters"
    rf"|{_PHOTO_AGENCY}(?:\s*[,/]\s*(?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}}))*\.?$"
    rf"|{_CREDIT_SOURCES}\s?/\s?[\w .'’-]{{1,40}}\.?$|[\w .'’-]{{1,40}}/\s?{_CREDIT_SOURCES}\.?$",
    re.I,
)
#: Captions known by the credit that ends them (searched in the last CAPTION_TAIL characters):
#: "(AP Photo/Evan Vucci)", "REUTERS/Kevin Lamarque", "Jane Doe/Getty Images", "(AFP)", "Credit: ..."
_CAPTION_END = re.compile(
    r"\((?:image|photo|picture|pic|credit|video|source)s?(?: credit)?:[^)]*\)\s*$"
    r"|\b(?:reuters|afp|epa(?:-efe)?)/\s?(?-i:[A-Z][\w'’.-]*(?:[ /][A-Z][\w'’.-]*){0,5})\)?\.?\s*$"
    r"|/\s?ap\)?\.?$"
    rf"|(?:/|\bvia |\bfor |\(|(?:^|[.!?] )(?:photo|credit|image|picture)s?:? ){_PHOTO_AGENCY}\)?\.?\s*$"
    r"|\b(?:image |photo )?credits?:\s*[^.!?]{1,80}$",
    re.I,
)
CAPTION_TAIL = 120
#: Credits that may stand anywhere in a caption line.
_CAPTION_ANY = re.compile(
    r"\bap photo\b|/\s?(?:reuters|afp)\b|(?:^|\s)(?:file )?photo by\b"
    r"|\b(?:getty images|shutterstock|istock(?:photo)?|alamy)\b(?!.*[.!?]\s+\w.*[.!?]$)",
    re.I,
)


def image_caption(s: Stats) -> str | None:
    """A caption or a photo credit: known by how it starts, or by the credit it ends with.

    An agency named in a sentence ("A Reuters/Ipsos poll found ...", "The Associated Press
    interviewed ...") makes no caption: the credit must stand where credits stand.
    """
    if s.words > 45:
        return None
    text = s.text
    if _CAPTION_START.match(text) or _CAPTION_END.search(text, max(0, len(text) - CAPTION_TAIL)):
        return CAPTION
    return CAPTION if _CAPTION_ANY.search(text) else None


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+"
_TIME = r"(?:\s*[|·•,–-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4}\b)?)?"
#: after a date: nothing, a separator and more byline ("| By Jane Doe", "· 5 min read"), or a name
_DATE_TAIL = (
    r"(?:\s*[|·•]\s*.*|\s*[,|·•–-]?\s*(?:by|updated|posted|published)\b.*|(?-i:(?:\s+[A-Z][\w.'’-]+){1,4}))?\s*$"
)
_BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|написал|автор)\s+\S"
    # "Updated: ...", "Published Nov. 19", "Written by": not "Updated Police Identify Man ..." (a headline)
    r"|^(?:posted|published|updated|written|reviewed|medically reviewed|last updated|first published)\b"
    rf"(?=\s*(?:[:|]|on\b|at\b|by\b|in\b|\d|(?:mon|tue|wed|thu|fri|sat|sun)|{_MONTH}|$))"
    rf"|^(?:{_WEEKDAY})?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{2,4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}){_TIME}{_DATE_TAIL}"
    rf"|^\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{{2,4}}\b)?{_DATE_TAIL}"
    r"|^\d+ (?:min|minute|hour|day)s? (?:ago|read)\b|^(?:\d+ )?min(?:ute)?s? read$",
    re.I,
)


def byline(s: Stats) -> str | None:
    """An author line or a date line ("By Jane Doe", "Mar. 4, 2021 9:12 am ET")."""
    return BYLINE if s.words <= 16 and not (s.prose and s.sentences > 1) and _BYLINE.search(s.text) else None


author_bio = _rule(
    r"^(?:about the author:?\s*)?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,4}(?: \([^)]{0,60}\))?,? (?:is|was|has been) (?:a|an|the|our)"
    r" [^.]{0,80}\b(?i:writer|reporter|editor|journalist|correspondent|author|contributor|columnist|producer"
    r"|freelancer|blogger|critic|photographer|intern)\b",
    AUTHOR_BIO,
    max_words=90,
    flags=0,
)
_related = _rule(
    r"^(?:related(?: articles?| stories| posts| content| coverage| news| reading| links| topics)?|read more|more"
    r"|more(?: [\w'’-]+){0,3} (?:stories|news|articles|posts|videos|coverage|reads|reading)"
    r"|read (?:also|next)|see also|more (?:from|on|in|about|stories|news|articles|like this)\b.*"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles)?"
    r"|(?:most|top) (?:read|popular|viewed|shared|commented)\b.*|trending(?: now| stories)?|popular(?: now| posts)?"
    r"|latest(?: news| stories| posts| articles| videos)?|don'?t miss|(?:also|more) on \S.*|further reading"
    r"|what to read next|up next|next up|editor'?s? picks?|in case you missed it|more stories|around the web"
    r"|previous (?:post|article)|next (?:post|article)|(?:read|see|watch) more:.*|related:.*|lees ook|weitere artikel"
    r"|mehr zum thema|lire aussi|à lire aussi|leia (?:também|mais)|читайте также|tags?(?::.*)?|filed under:.*)"
    r"\s*[:.!»›]?$",
    RELATED,
    max_words=14,
)


def related_marker(s: Stats) -> str | None:
    """A heading or line that leads to other articles ("Related stories", "READ MORE: ...")."""
    if s.words > 3 and s.text.endswith("."):
        return None  # a sentence ("More on that later.")
    return _related(s)

skip_link = _rule(
    r"^(?:skip|jump) to (?:the )?(?:main |page |article )?(?:content|navigation|menu|search|footer|article|text)\b"
    r"|^(?:accessibility links|toggle (?:navigation|menu|search).*|(?:open|close) (?:menu|navigation|search))$",
    NAVIGATION,
    max_words=8,
)

#: A related-links heading alone on its line ("Related articles", "More:"), not "Read more: <headline>".
_LIST_HEADING = re.compile(r"^[^:]{0,40}:?\s*$")

#: Rules applied anywhere, in this order; the first that fires gives the reason.
LINE_RULES: tuple[Callable[[Stats], str | None], ...] = (
    skip_link, placeholder_text, comment_form, form_field, avatar, cookie_notice, legal_footer, advertisement, share_line,
    image_caption, byline, author_bio, related_marker, comment_marker,
)


def line_reason(s: Stats) -> str | None:
    """The reason of the first line rule that fires on this block, if any."""
    for rule in LINE_RULES:
        reason = rule(s)
        if reason:
            return reason
    return None


# --- content score and the main region -----------------------------------------------------------

#: Cost of one block boundary in the score: a long run of short blocks weighs against a region.
BLOCK_COST = 2.0
#: A fragment (a headline, a menu item) costs its word count up to this much.
FRAGMENT_CAP = 10.0
#: Extra cost of a block a line rule names: such lines mark the edges of an article (a byline
#: above it, share buttons and a copyright line below), so they weigh hard against a run
#: crossing them; a date or author line most of all, as it starts another item of a list.
#: Captions, "Read more" lines and advertisement markers sit inside articles too, and cost
#: no more than any short line.
RULE_COST: dict[str, float] = {
    SHARE: 12.0, BYLINE: 24.0, LEGAL: 12.0, COOKIES: 12.0, COMMENTS: 12.0, COMMENT_FORM: 12.0,
    PLACEHOLDER: 12.0, AVATAR: 12.0, AUTHOR_BIO: 12.0,
}
#: A comment-section marker ends the article when the article before it scores at least this.
MIN_BODY_BEFORE_COMMENTS = 40.0


#: Running prose in the languages we know has about this share of function words, or more.
PROSE_STOP_RATIO = 0.3


def _prose_weight(s: Stats) -> float:
    """How much a prose block's words count: fully for ordinary prose, less for lists of names."""
    if s.stop_ratio < 0:
        return 1.0
    return min(1.0, max(0.25, s.stop_ratio / PROSE_STOP_RATIO))


def content_score(s: Stats, rule: str | None = None) -> float:
    """Positive for running prose (about its word count), negative for fragments.

    A short sentence costs only the block boundary: dialogue and one-line paragraphs are
    text, and must not split an article in two.
    """
    cost = BLOCK_COST + (RULE_COST.get(rule, 0.0) if rule else 0.0)
    if s.prose and not rule:
        return s.words * _prose_weight(s) - cost
    if _sentence_like(s, rule):
        return -cost  # a short sentence ("He declined.") is text, just too short to count for much
    return -min(s.words, FRAGMENT_CAP) - cost


def main_region(scores: Sequence[float], walls: Sequence[bool] = (), min_total: float = 0.0) -> tuple[int, int]:
    """The contiguous run ``[start, end)`` of blocks with the largest total score.

    One pass (Kadane's algorithm). At a block flagged in ``walls`` the search stops when
    the best run so far totals at least ``min_total``: what follows a wall can't be the body.
    (0, 0) when no score is positive.
    """
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if walls and walls[i] and best >= min_total > 0:
            break
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


# --- title ---------------------------------------------------------------------------------------

def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·•»]\s+")


def _title_keys(first: str) -> set[str]:
    """The forms a "Headline - Site | Section" title line may recur in: whole, or its longest part."""
    full = _norm(first)
    parts = [_norm(p) for p in _TITLE_SEPARATORS.split(first)]
    longest = max(parts, key=len, default="")
    return {full, longest} if len(longest) >= 12 else {full}


def title_matches(stats: Sequence[Stats], given: str | None = None) -> list[int]:
    """The blocks that carry the page title: the title line and its repeats.

    The first block of a page dump is usually the HTML <title>, "Headline - Site";
    the headline proper appears again, alone, just above the body (and in share
    widgets and related lists). Empty when the first block is not title-like.
    With a title ``given`` by the source (HTML metadata), the blocks that repeat
    that title are the matches instead.
    """
    if not stats:
        return []
    if given is not None:
        keys, full, matches, first_index = _title_keys(given), _norm(given), [], 0
    else:
        first = stats[0]
        if first.words == 0 or first.words > 40 or (first.prose and first.text.rstrip("\"'”’)").endswith(".")):
            return []  # nothing, or a paragraph: headlines don't end with a full stop
        keys, full, matches, first_index = _title_keys(first.text), _norm(first.text), [0], 1
    if not full:
        return []
    for i in range(first_index, len(stats)):
        if stats[i].words > 40:
            continue
        key = _norm(stats[i].text)
        if key and (key in keys or (len(key) >= 20 and full.startswith(key))):
            matches.append(i)
    return matches


def pick_title(matches: Sequence[int], body_start: int) -> tuple[int | None, list[int]]:
    """The title among the matches -- the last one before the body, else the first -- and the repeats."""
    before = [i for i in matches if i < body_start] or list(matches[:1])
    if not before:
        return None, []
    title = before[-1]
    return title, [i for i in matches if i != title]


# --- putting it together -------------------------------------------------------------------------

#: This many short lines in a row, or more, make a menu.
MENU_RUN = 3


def _fragment(s: Stats) -> bool:
    """A menu-item-like line: a few words, not a sentence."""
    return s.words <= 4 and not s.sentence_end


def _menu_runs(stats: Sequence[Stats]) -> list[bool]:
    """For each block, whether it lies in a run of at least MENU_RUN fragments."""
    flags = [False] * len(stats)
    i = 0
    while i < len(stats):
        j = i
        while j < len(stats) and _fragment(stats[j]):
            j += 1
        if j - i >= MENU_RUN:
            flags[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    return flags


def _outside_reason(s: Stats, before_body: bool, section: str | None, in_menu: bool) -> str:
    """Why a block outside the body is stripped when no line rule names it."""
    if in_menu:
        return NAVIGATION
    if section:
        return section
    if before_body:
        return NAVIGATION if _fragment(s) else PAGE_HEADER
    if not s.prose and s.words >= 4:
        return RELATED
    return PAGE_FOOTER


_CREDIT_ONLY = re.compile(
    r"^\(?(?:image|photo|picture|video)?\s*(?:credits?|image|photo|picture|source)s?\s*:\s*[^.]{1,60}\)?$", re.I
)


def _captions_over_credits(stats: Sequence[Stats], rules: list[str | None]) -> None:
    """A one-sentence line right above a bare credit line ("(Image credit: NASA)") is its caption."""
    for i in range(1, len(stats)):
        if rules[i] == CAPTION and _CREDIT_ONLY.match(stats[i].text) and rules[i - 1] is None:
            prev = stats[i - 1]
            if prev.words <= 35 and prev.sentences <= 1:
                rules[i - 1] = CAPTION


#: A line that is only a time of day: "12:15 p.m.", "8:03 am ET" (not "5:56": a video's length).
_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?:\s*[a-z]{2,4})?\.?$", re.I)
#: This many time lines, each heading a paragraph, make a live blog's section markers.
LIVE_BLOG_MARKERS = 2


def _live_blog_times(stats: Sequence[Stats], rules: list[str | None]) -> None:
    """Time lines that head the entries of a live blog ("12:15 p.m." + a paragraph, or a headline
    and a paragraph) are the story's.

    A page's date line stands once, above the article; a time that recurs, each time
    followed by text, marks the sections of the story and is kept.
    """
    def text_at(k: int) -> bool:
        return k < len(stats) and rules[k] is None and (stats[k].prose or _sentence_like(stats[k], None))

    marks = []
    for i, s in enumerate(stats):
        if rules[i] == BYLINE and _TIME_ONLY.match(s.text):
            # What the time heads: the next block no rule names (a caption or a share line may come
            # first), or the text under that block's headline.
            window = range(i + 1, min(len(stats), i + 4))
            j = next((k for k in window if rules[k] is None or rules[k] == BYLINE), len(stats))
            if text_at(j) or (j < len(stats) and rules[j] is None and stats[j].words <= 20 and text_at(j + 1)):
                marks.append(i)
    if len(marks) >= LIVE_BLOG_MARKERS:
        for i in marks:
            rules[i] = None


#: A text with no page chrome: at most this many blocks in menu runs (a sign-off's lines) ...
CLEAN_MAX_MENU_BLOCKS = MENU_RUN
#: ... and at least this share of its words in blocks of running prose.
CLEAN_MIN_PROSE = 0.8


def chrome_free(stats: Sequence[Stats], menus: Sequence[bool]) -> bool:
    """Is this an article's text alone, with no page around it (no menus, nearly all prose)?

    Such a text -- copied from the article body, or a clean corpus -- has no page header
    or footer to find: the region search would only cut off its own short lines (a
    sign-off, a closing editor's note, a dateline), so only the line rules strip there.
    Page dumps have menus: runs of short lines, a dozen blocks or more.
    """
    if sum(menus) > CLEAN_MAX_MENU_BLOCKS:
        return False
    words = sum(s.words for s in stats)
    return words > 0 and sum(s.words for s in stats if s.prose) >= CLEAN_MIN_PROSE * words


#: Comment-section headings that are also an article's words: a subheading "Discussion", a
#: closing "What do you think?".
_WEAK_MARKER = re.compile(r"^\W*(?:discussion|conversation|comment|what do you think\??)\W*$", re.I)


def _article_lines(stats: Sequence[Stats], rules: list[str | None]) -> bool:
    """Take back comment rules from lines that are the article's; True when comment heads make a thread.

    One comment head alone ("Ruiz says:") is a story's line over a quote; a heading an
    article might have too ("Discussion") is a comment section's only when more of one
    follows it (a comment head, a comment form, a comment count). Their rules are cleared,
    so they neither end the article nor get stripped by a rule (the region search decides).
    """
    heads = [i for i, (s, r) in enumerate(zip(stats, rules)) if r == COMMENTS and _comment_head(s)]
    if len(heads) == 1 and not _section_heading(stats[heads[0]]):
        rules[heads[0]] = None
    more = False  # is there a comment-section line after this block?
    for i in range(len(stats) - 1, -1, -1):
        if rules[i] == COMMENTS and not more and _WEAK_MARKER.match(stats[i].text):
            rules[i] = None
        more = more or rules[i] in (COMMENTS, COMMENT_FORM)
    return len(heads) >= 2


def _is_wall(s: Stats, reason: str | None, thread: bool = True) -> bool:
    """Does this block open a comment section (and so end the article before it)?

    Form field labels ("Name (required)") are not enough: e-mail-the-author forms have them too.
    A comment count in a byline ("By Jane Doe | 12 Comments") links to the comments, and
    "0 Comments" announces that there are none. The head of one comment ("bob says:") is a
    wall only in a ``thread`` of them: alone, it may be a story's "Ruiz says:" over a quote.
    """
    if reason not in (COMMENTS, COMMENT_FORM) or _NO_COMMENTS.search(s.text):
        return False
    return bool(_section_heading(s) or comment_form(s) or (thread and _comment_head(s)))


def _sentence_like(s: Stats, rule: str | None) -> bool:
    """A short block that still reads as a sentence of the article ("He declined to comment.")."""
    return rule is None and s.sentence_end and s.words >= 3 and not s.truncated and s.repeated < 0.8 and (
        s.stop_ratio < 0 or s.stop_ratio >= 0.1
    )


_LIST_ITEM = re.compile(r"^(?:[-*+•◦▪‣–]|(\d{1,3})[.)])\s+\S")


def _list_after(stats: Sequence[Stats], rules: Sequence[str | None], end: int) -> int:
    """The end of a list that starts right after the body (its items and the lines between them).

    Articles end in lists more often than prose scoring allows for: "The 10 best ..." pages,
    steps, recommendations. A list that follows the body without a heading of its own -- a
    numbered one counting up from 1, or a bulleted one -- is part of the article.
    """
    last, expect, i = -1, 1, end
    while i < len(stats) and rules[i] is None:
        m = _LIST_ITEM.match(stats[i].text)
        if m and (m.group(1) is None or int(m.group(1)) == expect):
            last, expect = i, (int(m.group(1)) + 1 if m.group(1) else expect)
        elif i - max(last, end - 1) > 2:
            break  # more than two lines since the last item: the list is over
        i += 1
    return last + 1 if last >= 0 else end


def _extend(stats: Sequence[Stats], rules: Sequence[str | None], start: int, end: int) -> tuple[int, int]:
    """Grow the body over adjacent short sentences the score left out, over a subheading and the
    prose after it, over a closing list, and back over a live blog's first time marker."""
    if start == end:
        return start, end
    while True:
        grown = _list_after(stats, rules, end)
        while grown < len(stats) and _sentence_like(stats[grown], rules[grown]):
            grown += 1
        if (
            grown + 1 < len(stats)
            and rules[grown] is None
            and _fragment(stats[grown])
            and rules[grown + 1] is None
            and stats[grown + 1].prose
            and stats[grown + 1].sentence_end
        ):
            grown += 2  # a subheading or separator, then more of the article's prose
        if grown == end:
            break
        end = grown
    while start > 0 and _sentence_like(stats[start - 1], rules[start - 1]):
        start -= 1
    # The first entry of a live blog: its time (a marker no rule names, see _live_blog_times)
    # and the headline under it.
    for back in (1, 2):
        head = start - back
        if head >= 0 and rules[head] is None and _TIME_ONLY.match(stats[head].text):
            if all(rules[k] is None and stats[k].words <= 20 for k in range(head + 1, start)):
                start = head
            break
    return start, end


def strip(doc: Document) -> tuple[Block, ...]:
    """Every block of ``doc``, kept or stripped with a reason; one may become the title."""
    blocks = list(doc.blocks)
    if not blocks:
        return ()
    texts = [doc.block_text(b) for b in blocks]
    stats = block_stats(texts)
    rules = [line_reason(s) for s in stats]
    _captions_over_credits(stats, rules)
    _live_blog_times(stats, rules)
    thread = _article_lines(stats, rules)
    scores = [content_score(s, r) for s, r in zip(stats, rules)]
    # A comment section's marker ("Leave a Reply", "34 responses to ...") ends the article once
    # the best run before it is worth an article: readers' comments are prose too, and a long
    # thread would otherwise outweigh a short article.
    walls = [_is_wall(s, r, thread) for s, r in zip(stats, rules)]
    if doc.format != "text":
        matches = title_matches(stats, doc.title)
    else:  # the first line, unless it is a menu item, a share button, ...
        matches = title_matches(stats) if rules[0] is None else []
    menus = _menu_runs(stats)
    start, end = main_region(scores, walls, MIN_BODY_BEFORE_COMMENTS)
    start, end = _extend(stats, rules, start, end)
    if start == end or doc.format != "text":
        # No prose at all (a list, a poem, a few lines), or a text already extracted from its page
        # (HTML) or written as such (Markdown): keep what no line rule strips.
        start, end = 0, len(blocks)
    elif chrome_free(stats, menus):
        # An article's text with no page around it: keep what no line rule strips, up to a
        # comment section's marker after the article.
        end = next((i for i in range(end, len(blocks)) if walls[i]), len(blocks))
        start = 0

    title, repeats = pick_title(matches, start)
    repeat_set = set(repeats)

    out: list[Block] = []
    section: str | None = None  # set after a comments or related-links marker following the body
    link_list = False  # inside the body, after a heading of related links
    for i, (block, s, rule) in enumerate(zip(blocks, stats, rules)):
        if i == title:
            out.append(replace(block, kind="title", kept=True, reason=None))
            continue
        if i in repeat_set:
            out.append(replace(block, kept=False, reason=REPEATED_TITLE))
            continue
        if start <= i < end:
            # Inside the body only precise rules strip -- and the list of links under a
            # "Related articles" / "More:" heading, up to the next paragraph of prose.
            if s.prose:
                link_list = False
            elif rule == RELATED and _LIST_HEADING.match(s.text):
                link_list = True
            elif link_list and not rule:
                rule = RELATED
            out.append(replace(block, kept=False, reason=rule) if rule else block)
            continue
        if i >= end and rule in (COMMENTS, COMMENT_FORM):
            section = COMMENTS
        elif i >= end and rule == RELATED and section is None:
            section = RELATED
        elif menus[i]:
            section = None  # a menu ends a comment section or a list of related links
        reason = rule or _outside_reason(s, i < start, section, menus[i])
        out.append(replace(block, kept=False, reason=reason))
    return tuple(out)
