"""Saved HTML: main-text extraction with trafilatura (placeholder, see README)."""

from __future__ import annotations

from reader.document import Document
from reader.ingest import text as plain


def parse(source: str) -> Document:
    import trafilatura

    body = trafilatura.extract(source, output_format="txt", include_comments=False) or ""
    meta = trafilatura.extract_metadata(source)
    doc = plain.parse(body)
    return Document(text=doc.text, blocks=doc.blocks, format="html", title=meta.title if meta else None)
