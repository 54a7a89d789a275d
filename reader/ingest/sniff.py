"""Which format an input is: from its file extension, else from its first bytes."""

from __future__ import annotations

import re
from pathlib import PurePath

_EXTENSIONS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".txt": "text",
    ".text": "text",
}

# A page starts (after an XML declaration and comments) with one of these tags.
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|base|link)\b",
    re.I | re.S,
)
# Markdown constructs that plain text copied from a web page rarely has.
_MD_LINE = re.compile(r"^(?:#{1,6} \S|```|~~~|> \S|\s*[-*+] \S|\s*\d+\. \S)", re.M)
_MD_INLINE = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|__[^_\n]+__")


def sniff_format(name: str, text: str) -> str:
    """``html``, ``markdown`` or ``text``: the extension decides, else the first 4 KB of ``text``.

    Content sniffing is deliberately strict: prose that mentions a tag or uses an
    asterisk stays plain text, because reading text as markup loses characters.
    """
    ext = PurePath(name).suffix.lower() if name and name != "-" else ""
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    head = text[:4096]
    if _HTML_START.match(head):
        return "html"
    headings = len(re.findall(r"^#{1,6} \S", head, re.M))
    signals = len(_MD_LINE.findall(head)) + len(_MD_INLINE.findall(head))
    if headings and signals >= 2 or signals >= 4 and _MD_INLINE.search(head):
        return "markdown"
    return "text"
