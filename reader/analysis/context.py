"""Context entries: who and what an article mentions. Pure: no I/O.

CONTEXT_ENTRIES_PLACEHOLDER
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

KINDS: tuple[str, ...] = ("person", "organisation", "place", "document", "event", "other")
PROVENANCES: tuple[str, ...] = ("seed", "user", "harvested")


@dataclass(frozen=True, slots=True)
class Entry:
    """A context entry: a person, organisation, place, document/resolution, event or other.

    ``provenance`` says where it came from: ``seed`` (bundled), ``user`` (typed or
    imported by the user) or ``harvested`` (read from an article: ``source_text`` is
    the sentence, ``source_span`` the offsets of the harvested phrase in that article).
    """

    id: str
    name: str
    kind: str
    description: str = ""
    aliases: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    provenance: str = "user"
    source_text: str | None = None
    source_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """Sentence text[start:end] mentions entry ``entry_id`` (offsets into the article)."""

    entry_id: str
    start: int
    end: int


def slug(name: str) -> str:
    """A readable id from a name: 'U.N. Security Council' → 'un-security-council'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace(".", "").replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "entry"


class EntryError(ValueError):
    """An entry record that cannot be used; str() says which field and why."""


def entry_from_dict(data: Mapping[str, Any], default_provenance: str = "user") -> Entry:
    """Build an Entry from a JSON object (seeds, imports, the store), checking its fields."""
    if not isinstance(data, Mapping):
        raise EntryError("an entry must be a JSON object")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise EntryError("an entry needs a non-empty 'name'")
    kind = data.get("kind", "other")
    if kind == "resolution":
        kind = "document"
    if kind == "organization":
        kind = "organisation"
    if kind not in KINDS:
        raise EntryError(f"entry {name!r}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    provenance = data.get("provenance", default_provenance)
    if provenance not in PROVENANCES:
        raise EntryError(f"entry {name!r}: provenance must be one of {', '.join(PROVENANCES)}")

    def strings(field: str) -> tuple[str, ...]:
        value = data.get(field) or ()
        if isinstance(value, str):
            value = (value,)
        if not all(isinstance(v, str) for v in value):
            raise EntryError(f"entry {name!r}: {field!r} must be a list of strings")
        return tuple(v.strip() for v in value if v.strip())

    span = data.get("source_span")
    if span is not None:
        if not (isinstance(span, Sequence) and len(span) == 2 and all(isinstance(v, int) for v in span)):
            raise EntryError(f"entry {name!r}: 'source_span' must be two integers")
        span = (int(span[0]), int(span[1]))
    source_text = data.get("source_text")
    description = data.get("description") or ""
    if not isinstance(description, str) or not (source_text is None or isinstance(source_text, str)):
        raise EntryError(f"entry {name!r}: 'description' and 'source_text' must be strings")
    entry_id = data.get("id") or slug(name)
    if not isinstance(entry_id, str):
        raise EntryError(f"entry {name!r}: 'id' must be a string")
    return Entry(
        id=entry_id, name=name.strip(), kind=kind, description=description.strip(),
        aliases=strings("aliases"), links=strings("links"), provenance=provenance,
        source_text=source_text, source_span=span,
    )


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": entry.id, "name": entry.name, "kind": entry.kind, "description": entry.description,
        "aliases": list(entry.aliases), "links": list(entry.links), "provenance": entry.provenance,
    }
    if entry.source_text is not None:
        data["source_text"] = entry.source_text
    if entry.source_span is not None:
        data["source_span"] = list(entry.source_span)
    return data
