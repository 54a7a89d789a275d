"""Markdown through markdown-it-py's token stream.

Headings, paragraphs, list items, block quotes and code become blocks of a derived
plain text (blocks separated by a blank line); inline markup becomes plain text and
link targets are kept as :class:`~reader.document.Link` metadata.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.document import Block, Document, Link

_md = MarkdownIt("commonmark", {"html": False}).enable("table").enable("strikethrough")


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.links: list[Link] = []

    def add(self, text: str, kind: str, links: list[tuple[int, int, str]] = ()) -> None:
        stripped = text.strip()
        if not stripped:
            return
        lead = len(text) - len(text.lstrip())
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(stripped)
        self.length += len(stripped)
        self.blocks.append(Block(start, self.length, kind))  # type: ignore[arg-type]
        for s, e, href in links:
            s, e = max(0, s - lead), min(len(stripped), e - lead)
            if s < e:
                self.links.append(Link(start + s, start + e, href))


def _inline(token: Token) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text of an inline token, and its links as (start, end, href) in that text."""
    out: list[str] = []
    size = 0
    links: list[tuple[int, int, str]] = []
    open_links: list[tuple[int, str]] = []
    for child in token.children or ():
        piece = ""
        if child.type in ("text", "code_inline", "html_inline"):
            piece = child.content
        elif child.type == "softbreak":
            piece = " "
        elif child.type == "hardbreak":
            piece = "\n"
        elif child.type == "image":
            piece = child.content or ""
        elif child.type == "link_open":
            open_links.append((size, str(child.attrGet("href") or "")))
        elif child.type == "link_close" and open_links:
            start, href = open_links.pop()
            links.append((start, size, href))
        out.append(piece)
        size += len(piece)
    return "".join(out), links


def parse(source: str) -> Document:
    tokens = _md.parse(source)
    builder = _Builder()
    stack: list[str] = []  # enclosing containers: list_item, blockquote
    heading_level = 0
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            stack.append("list")
        elif tok.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            if stack:
                stack.pop()
        elif tok.type == "blockquote_open":
            stack.append("quote")
        elif tok.type == "heading_open":
            heading_level = int(tok.tag[1:])
        elif tok.type == "heading_close":
            heading_level = 0
        elif tok.type == "inline":
            text, links = _inline(tok)
            if heading_level:
                kind = "heading"
            elif "quote" in stack:
                kind = "quote"
            elif "list" in stack:
                kind = "list"
            elif tokens[i - 1].type == "th_open" or tokens[i - 1].type == "td_open":
                kind = "other"
            else:
                kind = "paragraph"
            builder.add(text, kind, links)
        elif tok.type in ("fence", "code_block"):
            builder.add(tok.content.rstrip("\n"), "code")
    blocks = list(builder.blocks)
    # A level-1 heading that opens the document is its title.
    first = next((t for t in tokens if t.type == "heading_open"), None)
    title = None
    if first is not None and first.tag == "h1" and blocks and blocks[0].kind == "heading" and tokens[0] is first:
        blocks[0] = Block(blocks[0].start, blocks[0].end, "title")
        title = "".join(builder.parts)[blocks[0].start : blocks[0].end]
    return Document(
        text="".join(builder.parts), blocks=tuple(blocks), format="markdown", title=title, links=tuple(builder.links)
    )
