"""Benchmarks for the store and context linking.

    PYTHONPATH=. python bench/bench_store.py            # both
    PYTHONPATH=. python bench/bench_store.py save       # cost of saving one note
    PYTHONPATH=. python bench/bench_store.py link       # Linker: automaton vs one regex
    PYTHONPATH=. python bench/bench_store.py anchor     # re-anchoring notes after random edits

save: a store holding N notes over A articles (default 50,000 over 1,000, built
directly in the schema-2 format so setup takes seconds, not the hours 50,000 durable
saves would) — then the time of add_note and save_note on random articles, against
TinyDB's default JSONStorage holding the same notes in one file (what schema 1 did),
in the same run. The goal: <= 10 ms per save, flat in N.

link: mentions over a long article with many entries, pyahocorasick automaton vs one
compiled alternation (longest names first), same results checked.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

#: BENCH_DEBUG=1 prints each re-anchoring failure.
DEBUG = bool(os.environ.get("BENCH_DEBUG"))


def _note_doc(aid: str, i: int) -> dict:
    return {
        "id": str(uuid.uuid4()), "article_id": aid, "exact": f"sentence number {i} of the article",
        "prefix": "the end of the sentence before. ", "suffix": " and the next one starts here",
        "start": i * 80, "end": i * 80 + 40, "body": f"note {i}: checked against the record, see link",
        "tags": ["check", "budget"], "verdict": "unverified", "created": "2026-01-01T00:00:00.000Z",
        "updated": "2026-01-01T00:00:00.000Z", "orphan": False,
    }


def build(home: Path, notes: int, articles: int, text: str) -> list[str]:
    from reader.store import Store
    from reader.store.atomic import atomic_write, dumps

    store = Store.open(home)  # creates the layout, seeds
    data = store.data
    ids = [f"{i:016x}" for i in range(articles)]
    per = notes // articles
    summaries = {}
    for n, aid in enumerate(ids, 1):
        meta = {"article_id": aid, "title": f"Article {n}", "path": f"/news/{n}.txt", "added": "2026-01-01",
                "opened": "2026-01-01", "position": 3, "previous_ids": [], "superseded_by": None}
        docs = {str(j + 1): _note_doc(aid, j) for j in range(per)}
        atomic_write(data / "articles" / f"{aid}.json", dumps({"meta": {"1": meta}, "notes": docs}), backups=0)
        (data / "articles" / f"{aid}.txt").write_text(text)
        st = os.stat(data / "articles" / f"{aid}.json")
        summaries[str(n)] = {**{k: meta[k] for k in ("article_id", "title", "path", "added", "opened",
                                                     "position")}, "note_count": per,
                             "stamp": [st.st_ino, st.st_mtime_ns, st.st_size]}
    atomic_write(data / "library.json", dumps({"meta": {"1": {"schema": 2}}, "library": summaries}), backups=0)
    os.sync()  # flush the setup's writes: the first timed fsyncs must not pay for them
    return ids


def time_ms(fn, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def bench_save(notes: int, articles: int, repeats: int) -> None:
    from tinydb import TinyDB

    from reader.store import Store

    text = "A sentence of the article that a note can quote. " * 80
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        t = time.perf_counter()
        ids = build(home, notes, articles, text)
        setup = time.perf_counter() - t
        store = Store.open(home)
        add = time_ms(lambda: store.add_note(rng.choice(ids), text, 0, 48, "a new note", ("x",), "true"), repeats)
        existing = [store.notes(aid)[0] for aid in rng.sample(ids, repeats)]
        it = iter(existing)
        save = time_ms(lambda: store.save_note(replace(next(it), body="edited")), repeats)
        position = time_ms(lambda: store.set_position(rng.choice(ids), rng.randrange(1, 80)), repeats)
        lib_stale = time_ms(lambda: store.library(), 1)  # re-reads the article files saved above
        lib = time_ms(lambda: store.library(), 3)
        small = None
        if notes >= 10 * articles and notes >= 5_000:
            # The same saves on a store ten times smaller: the cost should not change.
            small_home = Path(tmp) / "small"
            small_ids = build(small_home, notes // 10, articles // 10, text)
            small_store = Store.open(small_home)
            small = time_ms(lambda: small_store.add_note(rng.choice(small_ids), text, 0, 48, "a new note"), repeats)

        # Baseline: TinyDB default storage, all notes in one file (schema 1).
        base_path = Path(tmp) / "reader.json"
        docs = {str(i + 1): _note_doc(ids[i % articles], i) for i in range(notes)}
        base_path.write_text(json.dumps({"notes": docs}))
        db = TinyDB(base_path)
        table = db.table("notes")
        base_repeats = max(3, repeats // 10)
        base = time_ms(lambda: table.insert(_note_doc(rng.choice(ids), 0)), base_repeats)
        db.close()

    med = statistics.median
    print(f"store: {notes:,} notes over {articles:,} articles (setup {setup:.1f} s)")
    print(f"  add_note   median {med(add):6.2f} ms   p95 {sorted(add)[int(len(add) * .95) - 1]:6.2f} ms"
          f"   max {max(add):6.2f} ms   (n={len(add)})")
    print(f"  save_note  median {med(save):6.2f} ms   p95 {sorted(save)[int(len(save) * .95) - 1]:6.2f} ms"
          f"   (n={len(save)})")
    print(f"  set_position median {med(position):6.2f} ms")
    print(f"  library() {lib_stale[0]:.1f} ms after those saves to {3 * repeats} articles, "
          f"then {med(lib):.1f} ms")
    if small is not None:
        print(f"  add_note on a store 10x smaller ({notes // 10:,} notes, {articles // 10:,} articles): "
              f"median {med(small):6.2f} ms (growth x{med(add) / med(small):.2f})")
    print(f"  TinyDB default JSONStorage, one file: insert median {med(base):7.2f} ms (n={len(base)})")
    print(f"  ratio default/ours (add_note): {med(base) / med(add):.0f}x")
    print(f"  goal <= 10 ms per save: {'met' if med(add) <= 10 and med(save) <= 10 else 'NOT met'}")


def bench_link(entries: int, size: int) -> None:
    import re

    from reader.analysis.context import Entry, Linker
    from reader.analysis.sentences import split

    rng = random.Random(3)
    syll = ["ka", "mo", "ri", "sa", "ten", "bel", "dor", "vin", "lu", "zar", "pe", "nok"]

    def word() -> str:
        return "".join(rng.choice(syll) for _ in range(rng.randint(2, 3))).capitalize()

    ents = [Entry(id=f"e{i}", name=f"{word()} {word()}", kind="person", aliases=(word(),) if i % 3 == 0 else ())
            for i in range(entries)]
    names = [e.name for e in ents]
    filler = "The minister said on Tuesday that talks would continue despite the objections of"
    parts = []
    while sum(map(len, parts)) < size:
        parts.append(f"{filler} {rng.choice(names)}. ")
    text = "".join(parts)
    sentences = split(text, 0, len(text))

    t = time.perf_counter()
    linker = Linker(ents)
    build_ms = (time.perf_counter() - t) * 1000
    ac = time_ms(lambda: linker.mentions(text, sentences), 5)

    # The alternative: one compiled alternation of every surface form, longest first.
    forms = sorted({f for e in ents for f in (e.name, *e.aliases)}, key=len, reverse=True)
    t = time.perf_counter()
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    re_build = (time.perf_counter() - t) * 1000
    rx = time_ms(lambda: [m.span() for m in pattern.finditer(text)], 3)

    ours = sorted((m.start, m.end) for ms in linker.mentions(text, sentences) for m in ms)
    theirs = sorted(m.span() for m in pattern.finditer(text))
    n = len(ours)
    print(f"link: {entries:,} entries, {len(text):,} chars, {len(sentences):,} sentences, {n:,} mentions")
    print(f"  same mentions from both: {'yes' if ours == theirs else f'NO ({len(ours)} vs {len(theirs)})'}")
    if ours != theirs:
        for a, b in sorted(set(ours) ^ set(theirs))[:5]:
            print("   differs:", (a, b), repr(text[a - 20:b + 5]), (a, b) in set(ours))
    print(f"  pyahocorasick Linker: build {build_ms:7.1f} ms, mentions median {statistics.median(ac):7.1f} ms")
    print(f"  one regex alternation: build {re_build:7.1f} ms, scan only median {statistics.median(rx):7.1f} ms")
    print(f"  ratio regex/automaton (scan): {statistics.median(rx) / statistics.median(ac):.1f}x")


def bench_anchor(rounds: int, articles: list[str] | None = None) -> None:
    """Re-anchoring after random edits of the demo article, by what happened to the quote.

    Notes on every sentence; each sentence is then kept (60%), lightly edited (25%: one
    or two words replaced, inserted or deleted), deleted (10%), or preceded by a new
    sentence (5%). A kept or edited quote must come back at its sentence's new place
    (overlap >= 80% of the union); a deleted one must come back as an orphan.
    """
    from reader.analysis.sentences import split
    from reader.resources import seed_article
    from reader.store.anchor import make_anchor, reanchor

    texts = [Path(p).read_text(encoding="utf-8", errors="replace") for p in articles or [seed_article()]]
    rng = random.Random(11)
    words = "officials reportedly later again new several the a of said".split()
    tally: dict[str, list[int]] = {"kept": [0, 0], "edited": [0, 0], "deleted": [0, 0]}
    t0 = time.perf_counter()
    for round_ in range(rounds):
        text = texts[round_ % len(texts)]
        spans = [(s, e) for s, e in split(text, 0, len(text))
                 if e - s > 40 and text.count(text[s:e]) == 1]  # a repeated headline is ambiguous by nature
        out, cursor, fate = [], 0, []
        for s, e in spans:
            out.append(text[cursor:s])
            sentence = text[s:e]
            roll = rng.random()
            if roll < 0.60:
                kind = "kept"
            elif roll < 0.85:
                kind = "edited"
                toks = sentence.split(" ")
                for _ in range(rng.randint(1, 2)):
                    i = rng.randrange(1, len(toks) - 1)
                    op = rng.choice(("replace", "insert", "delete"))
                    if op == "replace":
                        toks[i] = rng.choice(words)
                    elif op == "insert":
                        toks.insert(i, rng.choice(words))
                    elif len(toks) > 4:
                        del toks[i]
                sentence = " ".join(toks)
            elif roll < 0.95:
                kind, sentence = "deleted", ""
            else:
                kind = "kept"
                out.append("An editor's note was added here. ")
            start = sum(map(len, out))
            out.append(sentence)
            fate.append((kind, start, start + len(sentence)))
            cursor = e
        out.append(text[cursor:])
        edited = "".join(out)
        for (s, e), (kind, ns, ne) in zip(spans, fate, strict=True):
            got = reanchor(make_anchor(text, s, e), edited)
            if kind == "deleted":
                if text[s:e] in edited:
                    continue  # the same words still stand elsewhere (a repeated headline)
                ok = got is None
            else:
                inter = 0 if got is None else max(0, min(got.end, ne) - max(got.start, ns))
                union = (ne - ns) if got is None else max(got.end, ne) - min(got.start, ns)
                ok = got is not None and inter >= 0.8 * union
            tally[kind][0] += ok
            tally[kind][1] += 1
            if not ok and DEBUG:
                print(kind, repr(text[s:e][:70]), "->", None if got is None else repr(edited[got.start:got.end][:70]),
                      "| want", repr(edited[ns:ne][:70]))
    elapsed = (time.perf_counter() - t0) * 1000
    n = sum(t[1] for t in tally.values())
    print(f"anchor: {rounds} edited versions of {len(texts)} article(s), {n} notes re-anchored "
          f"({elapsed / n:.2f} ms each)")
    for kind, (ok, total) in tally.items():
        print(f"  {kind:8} {ok}/{total} = {ok / total:.1%} " +
              ("found at the right place" if kind != "deleted" else "reported as orphans"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", nargs="?", choices=("save", "link", "anchor", "all"), default="all")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--article", action="append", help="anchor bench: articles to edit (default: the demo)")
    parser.add_argument("--notes", type=int, default=50_000)
    parser.add_argument("--articles", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=60)
    parser.add_argument("--entries", type=int, default=5_000)
    parser.add_argument("--size", type=int, default=200_000)
    args = parser.parse_args()
    if args.what in ("save", "all"):
        bench_save(args.notes, args.articles, args.repeats)
    if args.what in ("link", "all"):
        bench_link(args.entries, args.size)
    if args.what in ("anchor", "all"):
        bench_anchor(args.rounds, args.article)
    return 0


if __name__ == "__main__":
    sys.exit(main())
