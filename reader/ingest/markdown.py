"""Markdown through markdown-it-py's token stream.

Headings, paragraphs, list items, block quotes, code and table rows become blocks of
a derived plain text (blocks separated by a blank line); inline markup becomes plain
text and link targets are kept as :class:`~reader.document.Link` metadata. Images
are dropped (their alt text is a caption, not prose), as in the HTML reader.

The title is the ``title:`` of a YAML front-matter block, else a level-1 heading
that opens the document; it is the first block, of kind ``title``.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from reader.document import Block, Document, Link
from reader.ingest.build import TextBuilder, comparable, prepend_title

# html=True so that inline tags (<sup>, <br>) are tokens we can drop, not text shown to the reader.
_md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(front_matter_plugin)

_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_FRONT_TITLE = re.compile(r"""^title\s*:\s*(?P<q>["']?)(?P<title>.+?)(?P=q)\s*$""", re.M)
_SPACE = re.compile(r"\s+")


class _Builder(TextBuilder):
    def add(self, text: str, kind: str, links: list[tuple[int, int, str]] | tuple = ()) -> None:
        """A block of ``text`` (stripped) with its links given as offsets into ``text``."""
        stripped = text.strip()
        if not stripped:
            return
        lead = len(text) - len(text.lstrip())
        start = self.append(stripped, kind)  # type: ignore[arg-type]
        for s, e, href in links:
            s, e = max(0, s - lead), min(len(stripped), e - lead)
            if s < e and href:
                self.links.append(Link(start + s, start + e, href))


def _inline(token: Token) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text of an inline token, and its links as (start, end, href) in that text."""
    out: list[str] = []
    size = 0
    links: list[tuple[int, int, str]] = []
    open_links: list[tuple[int, str]] = []
    for child in token.children or ():
        piece = ""
        if child.type in ("text", "code_inline"):
            piece = child.content
        elif child.type == "softbreak":
            piece = " "
        elif child.type == "hardbreak":
            piece = "\n"
        elif child.type == "html_inline":
            piece = "\n" if _BREAK_TAG.fullmatch(child.content.strip()) else ""
        elif child.type == "link_open":
            open_links.append((size, str(child.attrGet("href") or "")))
        elif child.type == "link_close" and open_links:
            start, href = open_links.pop()
            links.append((start, size, href))
        out.append(piece)
        size += len(piece)
    return "".join(out), links


def _add_html_block(builder: _Builder, source: str, context: str) -> None:
    """The readable text of a raw HTML block (a <div>, <details>, <figure> in Markdown), as blocks."""
    from reader.ingest.html import render_fragment

    for text, kind, links in render_fragment(source):
        builder.add(text, context if kind == "paragraph" else kind, links)


def _front_matter_title(tokens: list[Token]) -> str | None:
    if tokens and tokens[0].type == "front_matter":
        match = _FRONT_TITLE.search(tokens[0].content)
        if match:
            title = _SPACE.sub(" ", match.group("title")).strip()
            return title or None
    return None


def parse(source: str) -> Document:
    tokens = _md.parse(source)
    builder = _Builder()
    stack: list[str] = []  # enclosing containers: list, quote
    heading = False
    row: list[tuple[str, list[tuple[int, int, str]]]] | None = None
    for tok in tokens:
        kind_of_container = "quote" if "quote" in stack else "list" if "list" in stack else "paragraph"
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            stack.append("list")
        elif tok.type == "blockquote_open":
            stack.append("quote")
        elif tok.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            if stack:
                stack.pop()
        elif tok.type == "heading_open":
            heading = True
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and row is not None:
            _add_row(builder, row)
            row = None
        elif tok.type == "inline":
            text, links = _inline(tok)
            if row is not None:
                row.append((_SPACE.sub(" ", text).strip(), links))
            else:
                builder.add(text, "heading" if heading else kind_of_container, links)
        elif tok.type in ("fence", "code_block"):
            builder.add(tok.content.rstrip("\n"), "code")
        elif tok.type == "html_block":
            _add_html_block(builder, tok.content, kind_of_container)
    return _with_title(builder, tokens)


def _add_row(builder: _Builder, cells: list[tuple[str, list[tuple[int, int, str]]]]) -> None:
    """A table row is one block, its non-empty cells joined by " | " (as in the HTML reader)."""
    text = ""
    links: list[tuple[int, int, str]] = []
    for cell, cell_links in cells:
        if not cell:
            continue
        if text:
            text += " | "
        links.extend((s + len(text), e + len(text), h) for s, e, h in cell_links)
        text += cell
    builder.add(text, "other", links)


def _with_title(builder: _Builder, tokens: list[Token]) -> Document:
    """The Document, its first block the title when there is one (marked, or added in front)."""
    text, blocks, links = builder.text(), list(builder.blocks), list(builder.links)
    title = _front_matter_title(tokens)
    first = next((t for t in tokens if t.type != "front_matter"), None)
    opens_with_h1 = first is not None and first.type == "heading_open" and first.tag == "h1"
    if title is None and opens_with_h1 and blocks and blocks[0].kind == "heading":
        title = text[blocks[0].start : blocks[0].end]
    if title is not None:
        heading = text[blocks[0].start : blocks[0].end] if blocks and blocks[0].kind == "heading" else None
        if heading is not None and comparable(heading) == comparable(title):
            blocks[0] = Block(blocks[0].start, blocks[0].end, "title")
        else:
            text, blocks, links = prepend_title(text, blocks, links, title)
    return Document(text=text, blocks=tuple(blocks), format="markdown", title=title, links=tuple(links))
