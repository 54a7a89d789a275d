"""Boilerplate stripping: decide for every block whether it is kept, and say why not.

Each rule is a small function with a reason a reader understands. First version:
title detection, repeated title, comment section, placeholder text, avatars.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.document import Block, Document

_LOREM = re.compile(r"\blorem ipsum\b|\bdolor sit amet\b|\bconsectetur adipiscing\b", re.I)
_COMMENT_START = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|\d* ?(?:comments?|responses?|replies)"
    r"|join the (?:discussion|conversation)|comments are closed\.?)\s*[:.!]?$",
    re.I,
)
_COMMENT_FORM = re.compile(
    r"your email address will not be published|required fields are marked|save my name, email"
    r"|you must be logged in to post a comment",
    re.I,
)
_AVATAR = re.compile(r"^\S.{0,60}\bavatar$|^avatar\b", re.I)


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def strip(doc: Document) -> tuple[Block, ...]:
    blocks = list(doc.blocks)
    if not blocks:
        return ()
    texts = [doc.block_text(b) for b in blocks]
    out: list[Block] = []
    title_key = None
    in_comments = False
    for i, (block, text) in enumerate(zip(blocks, texts)):
        key = _norm(text)
        if title_key is None and block.kind in ("title", "paragraph", "heading") and i == 0 and len(text) < 200:
            title_key = key
            out.append(replace(block, kind="title"))
            continue
        reason = None
        if title_key is not None and key == title_key:
            reason = "repeated title"
        elif _COMMENT_START.match(text.strip()):
            in_comments = True
            reason = "comment section"
        elif _COMMENT_FORM.search(text):
            in_comments = True
            reason = "comment form"
        elif _LOREM.search(text):
            reason = "placeholder text"
        elif _AVATAR.match(text.strip()):
            reason = "avatar"
        elif in_comments:
            reason = "comment section"
        out.append(replace(block, kept=False, reason=reason) if reason else block)
    return tuple(out)
