"""Saved HTML → Document: trafilatura finds the article, this module keeps its structure.

trafilatura (see docs/html-extraction.md for why this library and these settings)
returns the main text as a small XML tree (``p``, ``head``, ``list/item``, ``quote``,
``code``, ``table/row/cell``, inline ``hi``/``ref``/``lb``). We walk that tree into
blocks of the document model — heading, paragraph, one block per list item, quote,
code, table rows as ``other`` — and keep link targets as :class:`Link` metadata
instead of throwing them away with a plain-text rendering.

When trafilatura finds no article (a tiny page, a page of links), the same walker
renders the whole ``<body>`` with scripts, styles and forms dropped, so the reader
still shows the text and the boilerplate stage can judge it. A page with no text at
all is an :class:`~reader.ingest.IngestError`.

trafilatura is imported here, lazily: it takes ~0.1 s to import, which plain-text
and Markdown inputs should not pay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from reader.document import Block, Document, Link
from reader.ingest.build import TextBuilder, comparable, prepend_title

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# --- the roles of tags: trafilatura's output vocabulary and plain HTML share one walker ---

_HEADING = {"head", "h1", "h2", "h3", "h4", "h5", "h6"}
_PARAGRAPH = {"p"}
_LIST = {"list", "ul", "ol", "dl", "menu"}
_ITEM = {"item", "li", "dt", "dd"}
_QUOTE = {"quote", "blockquote"}
_CODE_BLOCK = {"pre"}
_TABLE = {"table"}
_ROW = {"row", "tr"}
_CELL = {"cell", "td", "th"}
_CONTAINER = {
    "body", "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure",
    "figcaption", "form", "fieldset", "details", "summary", "address", "center", "hgroup", "caption",
    "thead", "tbody", "tfoot", "noscript",
}
_BREAK = {"lb", "br"}
_LINK = {"ref", "a"}
#: Never text a reader wants: code, styling, embedded media, form widgets. (Not ``head``: in
#: trafilatura's vocabulary that is a heading; the HTML <head> is never walked, see _body_of.)
_SKIP = {
    "script", "style", "template", "svg", "math", "title", "meta", "link", "iframe", "object",
    "embed", "canvas", "button", "select", "option", "input", "textarea", "img", "graphic", "picture",
    "video", "audio", "source", "track", "map", "area", "base",
}
_BLOCK = _HEADING | _PARAGRAPH | _LIST | _ITEM | _QUOTE | _CODE_BLOCK | _TABLE | _ROW | _CONTAINER | {"hr"}
#: Parents under which a trafilatura ``<code>`` is a code block rather than inline code.
_CODE_BLOCK_PARENTS = {"body", "div", "quote", "item", "list", "blockquote", "li", "section", "article", "main"}

_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u2028\u2029]+")
#: Characters a browser does not show: control characters (a terminal would act on them),
#: zero-width spaces and soft hyphens (they would split words for search and matching).
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b\ufeff]+")
_WORD = re.compile(r"\w+")
_PIECE = re.compile(r"[^\n]+(?:\n[^\n]+)*")  # runs of lines between blank lines


def _tag(el: HtmlElement) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""  # comments, processing instructions: ""


@dataclass
class _Line:
    """The inline text of one block as it is built: whitespace collapsed, links recorded."""

    keep_space: bool = False
    parts: list[str] = field(default_factory=list)
    size: int = 0
    last: str = "\n"  # the last character written; "\n" = start of block
    links: list[tuple[int, int, str]] = field(default_factory=list)

    def text(self, s: str | None) -> None:
        if not s:
            return
        s = _INVISIBLE.sub("", s)
        if not self.keep_space:
            s = _SPACE.sub(" ", s)
            if s.startswith(" ") and self.last in " \n":
                s = s[1:]
            if not s:
                return
        self.parts.append(s)
        self.size += len(s)
        self.last = s[-1]

    def space(self) -> None:
        self.text(" ")

    def newline(self) -> None:
        if self.parts and self.last == " ":
            self.parts[-1] = self.parts[-1][:-1]
            self.size -= 1
        self.parts.append("\n")
        self.size += 1
        self.last = "\n"

    def result(self) -> tuple[str, list[tuple[int, int, str]]]:
        """The block's text, trimmed, and its links in that text.

        No space is ever written next to a line break (see ``text`` and ``newline``),
        so trimming the ends is all that is left to do.
        """
        raw = "".join(self.parts)
        if self.keep_space:
            text = raw.strip("\n").rstrip()
            lead = len(raw) - len(raw.lstrip("\n"))
        else:
            text = raw.strip()
            lead = len(raw) - len(raw.lstrip())
        links = [(max(0, s - lead), min(len(text), e - lead), h) for s, e, h in self.links]
        return text, [(s, e, h) for s, e, h in links if s < e]


class _Builder(TextBuilder):
    """Collects blocks into one text (blocks joined by a blank line) with resolved links."""

    def __init__(self, base_url: str | None) -> None:
        super().__init__()
        self.base_url = base_url

    def add(self, line: _Line, kind: str) -> None:
        text, links = line.result()
        if kind == "code":
            self._add(text, kind, links)
            return
        # "<br><br>" is how many pages separate paragraphs: a blank line inside prose starts a new block.
        for piece in _PIECE.finditer(text):
            start, end = piece.span()
            inside = [(max(s, start) - start, min(e, end) - start, h) for s, e, h in links if s < end and e > start]
            self._add(piece.group(), kind, inside)

    def _add(self, text: str, kind: str, links: list[tuple[int, int, str]]) -> None:
        if not text.strip():
            return
        start = self.append(text, kind)  # type: ignore[arg-type]
        for s, e, href in links:
            target = self._resolve(href)
            if target and text[s:e].strip():
                self.links.append(Link(start + s, start + e, target))

    def _resolve(self, href: str) -> str | None:
        href = href.strip()
        if not href or href.startswith("#") or href.lower().startswith(("javascript:", "data:")):
            return None
        if self.base_url:
            try:
                return urljoin(self.base_url, href)
            except ValueError:
                return href
        return href


class _Walker:
    """Turns an element tree (trafilatura's output or a raw HTML body) into blocks.

    ``preformatted`` holds the normalised texts of the page's ``<pre>`` elements:
    trafilatura turns a ``<pre>`` without ``<code>`` into a ``quote``, and we turn it
    back into a code block when its text is one of them.
    """

    def __init__(self, builder: _Builder, preformatted: frozenset[str] = frozenset()) -> None:
        self.out = builder
        self.preformatted = preformatted

    # Blocks -----------------------------------------------------------------------------

    def container(self, el: HtmlElement, kind: str) -> None:
        """An element whose children may be blocks: loose text between them is a block of ``kind``."""
        line = _Line()
        line.text(el.text)
        for child in el:
            tag = _tag(child)
            if tag in _SKIP or not tag:
                pass
            elif self._is_block(child, tag):
                self.out.add(line, kind)
                line = _Line()
                self.block(child, tag, kind)
            else:
                self.inline(child, tag, line)
            line.text(child.tail)
        self.out.add(line, kind)

    def block(self, el: HtmlElement, tag: str, context: str) -> None:
        if tag in _HEADING:
            self.container(el, "heading")
        elif tag in _PARAGRAPH:
            self.container(el, context if context in ("quote", "list") else "paragraph")
        elif tag in _LIST:
            self.container(el, "list")
        elif tag in _ITEM:
            self.container(el, "quote" if context == "quote" else "list")
        elif tag in _QUOTE:
            if self.preformatted and len(el) == 0 and comparable(el.text or "") in self.preformatted:
                self.code(el)
            else:
                self.container(el, "quote")
        elif tag in _CODE_BLOCK or tag == "code":
            self.code(el)
        elif tag in _TABLE:
            self.table(el)
        elif tag in _ROW:
            self.row(el)
        elif tag == "hr":
            return
        else:
            self.container(el, context)

    def code(self, el: HtmlElement) -> None:
        line = _Line(keep_space=True)
        self._code_text(el, line)
        self.out.add(line, "code")

    def _code_text(self, el: HtmlElement, line: _Line) -> None:
        line.text(el.text)
        for child in el:
            tag = _tag(child)
            if tag in _BREAK:
                line.text("\n")
            elif tag and tag not in _SKIP:
                self._code_text(child, line)
            line.text(child.tail)

    def table(self, el: HtmlElement) -> None:
        rows = [r for r in el.iter() if _tag(r) in _ROW]
        if not rows:
            self.container(el, "other")
            return
        for row in rows:
            # A nested table's rows are also in el.iter(): take only this table's own rows.
            if next((a for a in row.iterancestors() if _tag(a) in _TABLE), None) is el:
                self.row(row)

    def row(self, el: HtmlElement) -> None:
        """One block per table row, its non-empty cells joined by " | "."""
        cells = []
        for cell in el:
            if _tag(cell) in _CELL:
                line = _Line()
                self.inline(cell, "cell", line)
                text, links = line.result()
                if text:
                    cells.append((text, links))
        row = _Line(keep_space=True)  # cell texts are already collapsed
        for i, (text, links) in enumerate(cells):
            if i:
                row.text(" | ")
            row.links.extend((s + row.size, e + row.size, h) for s, e, h in links)
            row.text(text)
        self.out.add(row, "other")

    # Inline -----------------------------------------------------------------------------

    def inline(self, el: HtmlElement, tag: str, line: _Line) -> None:
        if tag in _SKIP or not tag:
            return
        if tag in _BREAK:
            line.newline()
            return
        # A block element met inside inline content (a <p> in a table cell): keep it apart by a space.
        spaced = tag in _BLOCK or tag in _CELL or tag in _CODE_BLOCK
        if spaced:
            line.space()
        start = line.size
        line.text(el.text)
        for child in el:
            self.inline(child, _tag(child), line)
            line.text(child.tail)
        if tag in _LINK:
            href = el.get("target") if tag == "ref" else el.get("href")
            if href and line.size > start:
                line.links.append((start, line.size, href))
        if spaced:
            line.space()

    def _is_block(self, el: HtmlElement, tag: str) -> bool:
        if tag == "code":
            parent = el.getparent()
            return parent is not None and _tag(parent) in _CODE_BLOCK_PARENTS
        return tag in _BLOCK


# --- trafilatura --------------------------------------------------------------------------


def _parse_tree(source: str) -> HtmlElement | None:
    """The lxml tree of ``source``, or None for markup with no elements.

    We encode to UTF-8 and tell the parser so: a ``<meta charset>`` or XML
    declaration in already-decoded text must not make lxml decode it a second time.
    """
    from lxml import etree
    from lxml.html import HTMLParser, document_fromstring

    # huge_tree: libxml2 otherwise silently drops everything nested deeper than 255 levels.
    parser = HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False,
                        default_doctype=False, huge_tree=True)
    data = source.encode("utf-8", "surrogatepass")
    try:
        return document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _extract(tree: HtmlElement) -> HtmlElement | None:
    """trafilatura's main-text tree for the page, or None when it finds no article."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            tree,
            include_comments=False,  # reader comments are not the article
            include_tables=True,
            include_links=True,
            include_formatting=True,
            include_images=False,
            with_metadata=False,
        )
    except Exception:  # trafilatura bugs on odd markup: fall back, do not fail the input
        return None
    body = getattr(result, "body", None)
    return body if body is not None and len(body) else None


@dataclass(frozen=True)
class _Meta:
    title: str | None
    url: str | None


def _metadata(tree: HtmlElement) -> _Meta:
    """Title (metadata, else h1/<title>) and canonical URL, via trafilatura."""
    from trafilatura.metadata import extract_metadata

    try:
        meta = extract_metadata(tree, extensive=False)
    except Exception:
        return _Meta(None, None)
    title = _SPACE.sub(" ", _INVISIBLE.sub("", meta.title)).strip() if meta.title else None
    return _Meta(title or None, meta.url)


def _base_url(tree: HtmlElement, meta_url: str | None) -> str | None:
    """The URL relative links resolve against: <base href>, else the page's canonical URL."""
    for base in tree.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return urljoin(meta_url, href) if meta_url else href
    if meta_url and urlsplit(meta_url).scheme in ("http", "https"):
        return meta_url
    return None


def _body_of(tree: HtmlElement) -> HtmlElement:
    """The <body> (lxml always makes one for a document with content), never the <head>."""
    body = tree.find(".//body")
    if body is not None:
        return body
    for head in tree.findall(".//head"):
        head.drop_tree()
    return tree


def _same_headline(meta_title: str, heading: str) -> bool:
    """Whether a page's metadata title and its opening heading are the same headline.

    Metadata titles carry a site name ("... | The Gazette", "Opinion | ..."), or are a
    shorter or SEO variant of the headline: at least half of their words shared (Jaccard)
    is the same story.
    """
    a, b = set(_WORD.findall(meta_title.lower())), set(_WORD.findall(heading.lower()))
    return bool(a and b) and len(a & b) >= 0.5 * len(a | b)


def _with_title(builder: _Builder, title: str | None) -> tuple[str, list[Block], list[Link], str | None]:
    """Make the first block the title: mark it if it is the headline, else add a leading one.

    An opening heading is the headline the reader sees on the page, so it wins over a
    metadata title that is the same headline with a site name added. When the title
    appears only further down (after a kicker or a menu), it is still put first: the
    document starts with what it is about, and the boilerplate stage marks the later
    copy as a repeated title, with that reason shown.
    """
    text, blocks, links = builder.text(), list(builder.blocks), list(builder.links)
    first = blocks[0] if blocks else None
    first_text = text[first.start : first.end] if first else ""
    if first and first.kind == "heading" and (not title or _same_headline(title, first_text)):
        blocks[0] = Block(first.start, first.end, "title")
        return text, blocks, links, first_text
    if not title:
        return text, blocks, links, None
    if first and first.kind == "paragraph" and comparable(first_text) == comparable(title):
        blocks[0] = Block(first.start, first.end, "title")
        return text, blocks, links, title
    text, blocks, links = prepend_title(text, blocks, links, title)
    return text, blocks, links, title


def _flattened(body: HtmlElement | None) -> bool:
    """True when trafilatura gave up on structure: its last-resort rescue is the page text as one
    ``<p>`` of newline-separated lines (the structure we want is then in the page itself)."""
    return body is not None and len(body) == 1 and len(body[0]) == 0 and "\n" in (body[0].text or "").strip()


def _covers(whole: str, part: str, share: float = 0.9) -> bool:
    """Whether ``whole`` has (nearly) every word of ``part``: then rendering the page loses nothing."""
    words = set(_WORD.findall(part.lower()))
    if not words:
        return True
    have = set(_WORD.findall(whole.lower()))
    return len(words & have) >= share * len(words)


def _preformatted(tree: HtmlElement) -> frozenset[str]:
    texts = (comparable(pre.text_content()) for pre in tree.iter("pre"))
    return frozenset(t for t in texts if t)


def render(
    elements: Iterable[HtmlElement], base_url: str | None = None, preformatted: frozenset[str] = frozenset()
) -> _Builder:
    """Blocks of the given elements (each walked as a container of paragraphs)."""
    builder = _Builder(base_url)
    walker = _Walker(builder, preformatted)
    for el in elements:
        walker.container(el, "paragraph")
    return builder


def render_fragment(source: str) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    """The blocks of an HTML fragment (an HTML block inside Markdown): (text, kind, links in that text)."""
    from lxml import etree
    from lxml.html import HTMLParser, fragment_fromstring

    parser = HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = fragment_fromstring(source.encode("utf-8", "surrogatepass"), create_parent="div", parser=parser)
    except (etree.ParserError, ValueError):
        return []
    out = render([root])
    text = out.text()
    return [
        (text[b.start : b.end], b.kind, [(lk.start - b.start, lk.end - b.start, lk.href) for lk in out.links
                                         if b.start <= lk.start and lk.end <= b.end])
        for b in out.blocks
    ]


def parse(source: str) -> Document:
    """The article in ``source`` (decoded HTML) as a Document with structure and links."""
    from reader.ingest import IngestError

    try:
        return _parse(source)
    except RecursionError:
        raise IngestError("the HTML is nested too deeply to read (hundreds of levels of markup)") from None


def _parse(source: str) -> Document:
    from reader.ingest import IngestError

    tree = _parse_tree(source)
    if tree is None:
        raise IngestError("no article text found (the HTML has no content)")
    preformatted = _preformatted(tree)
    body = _extract(tree)  # works on a copy of the tree
    meta = _metadata(tree)
    base = _base_url(tree, meta.url)
    builder = render([body], base, preformatted) if body is not None else None
    if builder is None or not builder.blocks or _flattened(body):
        whole = render([_body_of(tree)], base)
        if builder is None or _covers(whole.text(), builder.text()):
            builder = whole
    if not builder.blocks:
        raise IngestError("no article text found (the HTML page has no readable text)")
    text, blocks, links, title = _with_title(builder, meta.title)
    return Document(text=text, blocks=tuple(blocks), format="html", title=title, links=tuple(links))
