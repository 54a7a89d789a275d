"""Sentence segmentation with pysbd, with character offsets into the document text.

pysbd is rule-based (it passes ~98% of the "Golden Rules" cases: abbreviations,
initials, decimals, quotations, ellipses) but its cost grows faster than linearly with
the length of one call, so long blocks are cut first at safe boundaries — a period
after a lower-case word of three letters or more, followed by a capital — and each
piece is segmented alone.

pysbd ends a sentence at the period of a party-state tag ("Keller, R-Ky., said
Monday." becomes "... R-Ky." + ", said Monday."). A sentence does not begin with a
comma, and a lower-case word after an abbreviation goes on with the sentence before it,
so such pieces are merged back (:func:`_merge_continuations`): one check of the first
character per sentence, a regex only when that character is lower case. The other way
round, pysbd keeps a sentence going after a tag that ends it when a quotation follows
('... said Sen. Smith, D-N.Y. "Never."'); such spans are cut there (:func:`_split_after_tags`,
a regex only on sentences with a hyphen in them).

pysbd builds a new regular expression for every abbreviation it meets and leans on the
``re`` module's cache of 512 compiled patterns, which real text overflows: 84 news
articles cost 9,000 compilations, more than half of segmentation time. pysbd's modules
therefore get a ``re`` of their own whose patterns are compiled once
(:class:`_CompiledOnce`); segmentation is the same, only faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from reader.document import Block, Document

#: pysbd is called on at most about this many characters at a time.
CHUNK = 3000
_SAFE_CUT = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])")
_SPACE = re.compile(r"\s+")
#: a party-state tag that ends a sentence, and the quotation or capital that starts the next
_TAG_THEN_SENTENCE = re.compile(
    r"""[\s(,][DRI]-[A-Z][A-Za-z.]{1,8}\.(\s+)(?=["“‘']?[A-Z])"""
)
#: a piece that cannot start a sentence: it goes on with the one before
_CONTINUATION_HEAD = frozenset(",;:)]}")
#: an abbreviation at the end of a sentence: "R-Ky.", "D-N.Y.", "Calif.", "Sen." (not "well.")
_ABBREVIATION_END = re.compile(
    r"(?:^|(?<=[\s(,]))[A-Z](?:[a-z]{0,4}|[\w.]*-[\w.-]+|[A-Za-z]{0,2}(?:\.[A-Za-z]{1,3})+)\.$"
)


class _CompiledOnce:
    """The ``re`` functions pysbd calls, over a larger cache of compiled patterns."""

    def __init__(self, size: int = 20000) -> None:
        self.compile = lru_cache(maxsize=size)(re.compile)

    def search(self, pattern, string, flags=0):
        return self.compile(pattern, flags).search(string)

    def match(self, pattern, string, flags=0):
        return self.compile(pattern, flags).match(string)

    def sub(self, pattern, repl, string, count=0, flags=0):
        return self.compile(pattern, flags).sub(repl, string, count)

    def split(self, pattern, string, maxsplit=0, flags=0):
        return self.compile(pattern, flags).split(string, maxsplit)

    def findall(self, pattern, string, flags=0):
        return self.compile(pattern, flags).findall(string)

    def finditer(self, pattern, string, flags=0):
        return self.compile(pattern, flags).finditer(string)

    def __getattr__(self, name: str):  # escape, flags, Pattern, ...
        return getattr(re, name)


_PATTERNS = _CompiledOnce()

#: pysbd's modules that call ``re`` functions with patterns (see the module docstring)
PYSBD_RE_MODULES = (
    "abbreviation_replacer", "between_punctuation", "exclamation_words", "lists_item_replacer",
    "processor", "punctuation_replacer", "segmenter", "utils",
)


def use_pattern_cache(enabled: bool = True) -> None:
    """Give pysbd's modules the compiled-once ``re`` (or, with False, the plain one back)."""
    import importlib

    replacement = _PATTERNS if enabled else re
    for name in PYSBD_RE_MODULES:
        module = importlib.import_module(f"pysbd.{name}")
        if hasattr(module, "re"):
            module.re = replacement


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    use_pattern_cache()
    return pysbd.Segmenter(language="en", clean=False)


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut text[start:end] into pieces of about CHUNK characters at safe boundaries."""
    while end - start > CHUNK * 2:
        cut = None
        for m in _SAFE_CUT.finditer(text, start + CHUNK, min(end, start + CHUNK * 3)):
            cut = m
            break
        if cut is None:
            # No safe boundary: cut at whitespace, or hard in a very long token.
            ws = _SPACE.search(text, start + CHUNK, min(end, start + CHUNK * 3))
            if ws is None:
                yield start, start + CHUNK * 3
                start += CHUNK * 3
                continue
            cut = ws
        yield start, cut.start()
        start = cut.end()
    yield start, end


def split(text: str, start: int, end: int, wrapped: bool = False) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of surrounding white space.

    pysbd ends a sentence at every line break. In a ``wrapped`` text (plain text, whose
    blocks hold more than one line only when the lines are one paragraph wrapped) a line
    break is a space; in HTML and Markdown it is a deliberate break (``<br>``).
    """
    spans: list[tuple[int, int]] = []
    for cs, ce in _chunks(text, start, end):
        piece = text[cs:ce]
        if wrapped and "\n" in piece:
            segmented = piece.replace("\r", " ").replace("\n", " ")  # same length: offsets hold
        else:
            segmented = piece
        pos = 0
        for sent in _segmenter().segment(segmented):
            core = sent.strip()
            if not core:
                continue
            found = segmented.find(core, pos)
            if found < 0:  # pysbd altered the text; fall back to the rest of the piece
                found = pos
                core = segmented[pos:].strip()
                if not core:
                    break
                found = segmented.find(core, pos)
            spans.append((cs + found, cs + found + len(core)))
            pos = found + len(core)
            if pos >= len(segmented):
                break
        rest = segmented[pos:].strip()
        if rest:  # never drop text pysbd did not return
            found = segmented.find(rest, pos)
            spans.append((cs + found, cs + found + len(rest)))
    return _split_after_tags(text, _merge_continuations(text, spans))


def _split_after_tags(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a span after a party-state tag that ends a sentence ("D-N.Y." then a new one)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if "-" in text[start:end]:
            for m in _TAG_THEN_SENTENCE.finditer(text, start, end):
                out.append((start, m.start(1)))
                start = m.end(1)
        out.append((start, end))
    return out


def _merge_continuations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a piece to the sentence before it when it cannot start a sentence.

    It starts with a comma or a closing bracket, or with a lower-case letter right after
    an abbreviation ("Sen. Smith, D-N.Y." + "said ..."). A sentence that starts in lower
    case after an ordinary word ("... sold well." + "iPhone sales ...") stays apart.
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            head = text[start]
            if head in _CONTINUATION_HEAD or (
                head.islower() and _ABBREVIATION_END.search(text, max(out[-1][0], out[-1][1] - 16), out[-1][1])
            ):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


def sentence_spans(
    doc: Document, blocks: tuple[Block, ...] | None = None, indices: Sequence[int] | None = None
) -> list[tuple[int, int, int]]:
    """(start, end, block index) for every sentence of every kept block (of ``indices`` only, if given), in order.

    A title, a heading or a code block is one sentence whatever its punctuation.
    """
    out: list[tuple[int, int, int]] = []
    wrapped = doc.format == "text"
    blocks = doc.blocks if blocks is None else blocks
    for index in range(len(blocks)) if indices is None else indices:
        block = blocks[index]
        if not block.kept:
            continue
        if block.kind in ("title", "heading", "code"):
            out.append((block.start, block.end, index))
            continue
        out.extend((s, e, index) for s, e in split(doc.text, block.start, block.end, wrapped))
    return out
