"""The store's commands: ``reader notes``, ``reader context``, ``reader library``.

    reader notes export ARTICLE [--format md|json] [-o FILE]
    reader notes list ARTICLE
    reader context list [--kind K] [--json]
    reader context add NAME --kind K [--description D] [--alias A]... [--link URL]...
    reader context import FILE
    reader context export [-o FILE]
    reader context delete ID
    reader library [QUERY...] [--json]

Text from articles and entries is data: control characters are made inert before it
reaches the terminal. JSON notes follow the W3C Web Annotation data model.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader.cli import PROG, CliError, inert, to_json
from reader.notes_export import notes_to_markdown, notes_to_web_annotation

def _out(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8", "surrogateescape"))


def _store(read_only_ok: bool = True):
    from reader.store import Store, StoreError

    try:
        store = Store.open()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    _tell(store)
    if store.read_only and not read_only_ok:
        raise CliError("the store is read-only; nothing was changed")
    return store


def _tell(store: Any) -> None:
    for message in store.messages:
        sys.stderr.write(f"{PROG}: note: {inert(message)}\n")
    store.messages.clear()


def _write_output(text: str, output: str | None) -> None:
    if output in (None, "-"):
        _out(text)
        return
    from reader.store.atomic import atomic_write

    try:
        atomic_write(Path(output), text.encode("utf-8", "surrogateescape"), backups=0, mode=0o644)
    except OSError as exc:
        raise CliError(f"cannot write {output}: {exc.strerror or exc}") from None


# ---------------------------------------------------------------------------- notes

def _notes_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"{PROG} notes", description="Your notes on an article.")
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = sub.add_parser("export", help="export the notes on ARTICLE (Markdown or W3C Web Annotation JSON)")
    export.add_argument("article", metavar="ARTICLE", help="the article file ('-' for stdin) or its library id")
    export.add_argument("--format", choices=("md", "json"), default="md", help="md (default) or json")
    export.add_argument("-o", "--output", help="write to this file instead of standard output")
    listing = sub.add_parser("list", help="list the notes on ARTICLE")
    listing.add_argument("article", metavar="ARTICLE", help="the article file ('-' for stdin) or its library id")
    return parser


def _article(store: Any, ref: str) -> tuple[str, str, str, str]:
    """(article id, text, title, source) for a path, '-' or a library id."""
    from reader.ingest import IngestError, load

    if ref != "-" and not os.path.exists(ref):
        text = store.article_text(ref) if re.fullmatch(r"[0-9a-f]{16}", ref) else None
        if text is None:
            raise CliError(f"{ref}: no such file, and no article with that id in the library")
        item = next((i for i in store.library() if i.article_id == ref), None)
        return ref, text, item.title if item else "", item.path if item else ref
    try:
        doc = load(ref)
    except IngestError as exc:
        raise CliError(str(exc)) from None
    text = doc.text
    article_id = store.find_article(text, os.path.abspath(ref) if ref != "-" else "", doc.title or "")
    article_id = article_id or store.article_id(text)
    item = next((i for i in store.library() if i.article_id == article_id), None)
    return article_id, text, (item.title if item and item.title else doc.title or ""), ref


def cmd_notes(argv: Sequence[str]) -> int:
    args = _notes_parser().parse_args(argv)
    store = _store()
    article_id, text, title, source = _article(store, args.article)
    from reader.store import StoreError

    try:
        notes = store.notes(article_id, text)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    _tell(store)
    if args.action == "list":
        for note in notes:
            flag = " (orphan)" if note.orphan else ""
            verdict = f" [{note.verdict}]" if note.verdict else ""
            quote = " ".join(note.anchor.exact.split())
            _out(inert(f"{note.anchor.start}-{note.anchor.end}{verdict}{flag}: “{quote[:70]}” {note.body}") + "\n")
        return 0
    if args.format == "json":
        out = to_json(notes_to_web_annotation(article_id, title, source, notes), indent=2)
        _write_output(out + "\n", args.output)
    else:
        md = notes_to_markdown(title, source, notes)
        _write_output(md if args.output not in (None, "-") else inert(md), args.output)
    return 0


# ---------------------------------------------------------------------------- context

def _context_parser() -> argparse.ArgumentParser:
    from reader.analysis.context import KINDS

    parser = argparse.ArgumentParser(prog=f"{PROG} context",
                                     description="Context entries: people, organisations, places, documents.")
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = sub.add_parser("list", help="list the entries")
    listing.add_argument("--kind", choices=KINDS)
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    add = sub.add_parser("add", help="add an entry")
    add.add_argument("name")
    add.add_argument("--kind", choices=KINDS + ("resolution",), default="other")
    add.add_argument("--description", default="")
    add.add_argument("--alias", action="append", default=[], help="another name it goes by (repeatable)")
    add.add_argument("--link", action="append", default=[], help="a URL about it (repeatable)")
    imp = sub.add_parser("import", help="add or replace entries from a JSON file ('-' for stdin)")
    imp.add_argument("file")
    exp = sub.add_parser("export", help="all entries as JSON (the format import reads)")
    exp.add_argument("-o", "--output")
    delete = sub.add_parser("delete", help="delete an entry by id")
    delete.add_argument("id")
    return parser


def _read_entries(file: str) -> list[Any]:
    from reader.analysis.context import EntryError, entry_from_dict

    try:
        raw = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        raise CliError(f"{file}: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CliError(f"{file}: not valid JSON ({exc})") from None
    records = data.get("entries") if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise CliError(f"{file}: expected a list of entries or an object with \"entries\"")
    entries = []
    for n, record in enumerate(records, 1):
        try:
            entry = entry_from_dict(record)
        except EntryError as exc:
            raise CliError(f"{file}: entry {n}: {exc}") from None
        entries.append(entry)
    return entries


def cmd_context(argv: Sequence[str]) -> int:
    args = _context_parser().parse_args(argv)
    from reader.analysis.context import Entry, entry_to_dict
    from reader.store import StoreError

    store = _store(read_only_ok=args.action in ("list", "export"))
    try:
        if args.action == "list":
            for entry in sorted(store.entries(), key=lambda e: (e.kind, e.name.casefold())):
                if args.kind and entry.kind != args.kind:
                    continue
                if args.json:
                    _out(to_json(entry_to_dict(entry)) + "\n")
                else:
                    aliases = f" ({', '.join(entry.aliases)})" if entry.aliases else ""
                    desc = entry.description if len(entry.description) <= 90 else entry.description[:89] + "…"
                    _out(inert(f"{entry.id}\t{entry.kind}\t{entry.name}{aliases}\t{desc}") + "\n")
        elif args.action == "add":
            entry = store.add_entry(Entry(id="", name=args.name, kind=args.kind, description=args.description,
                                          aliases=tuple(args.alias), links=tuple(args.link), provenance="user"))
            _out(inert(f"added {entry.id}") + "\n")
        elif args.action == "import":
            entries = _read_entries(args.file)
            store.save_entries(entries)
            _out(f"imported {len(entries)} entr{'y' if len(entries) == 1 else 'ies'}\n")
        elif args.action == "export":
            data = {"format": "reader.context/1",
                    "entries": [entry_to_dict(e) for e in sorted(store.entries(), key=lambda e: e.id)]}
            _write_output(to_json(data, indent=2) + "\n", args.output)
        elif args.action == "delete":
            store.delete_entry(args.id)
            _out(inert(f"deleted {args.id}") + "\n")
    except StoreError as exc:
        raise CliError(str(exc)) from None
    _tell(store)
    return 0


# ---------------------------------------------------------------------------- library

def _library_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"{PROG} library",
                                     description="Articles you have read, latest first; search by title and text.")
    parser.add_argument("query", nargs="*", help="words that must all occur in the title or the text")
    parser.add_argument("--json", action="store_true", help="one JSON object a line")
    return parser


def cmd_library(argv: Sequence[str]) -> int:
    args = _library_parser().parse_args(argv)
    from dataclasses import asdict

    from reader.store import StoreError

    store = _store()
    try:
        items = store.library(" ".join(args.query))
    except StoreError as exc:
        raise CliError(str(exc)) from None
    _tell(store)
    for item in items:
        if args.json:
            _out(to_json(asdict(item)) + "\n")
        else:
            where = f"  at sentence {item.position + 1}" if item.position else ""
            notes = f"  {item.note_count} note{'s' if item.note_count != 1 else ''}" if item.note_count else ""
            _out(inert(f"{item.article_id}  {item.opened[:10] or item.added[:10]}  "
                       f"{item.title or '(untitled)'}  {item.path}{notes}{where}") + "\n")
    if not items and not args.json:
        sys.stderr.write(f"{PROG}: no articles" + (" match" if args.query else " yet") + "\n")
    return 0


COMMANDS = {"notes": cmd_notes, "context": cmd_context, "library": cmd_library}


def run(command: str, argv: Sequence[str]) -> int:
    return COMMANDS[command](argv)
