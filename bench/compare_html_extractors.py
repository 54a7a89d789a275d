#!/usr/bin/env python3
"""Compare main-text extractors for saved HTML on the boilerplate scorer's metric.

For each candidate that is importable here: shingle F1 / precision / recall of its
raw output against the ground truth (the metric of score_boilerplate.py, imported
from the eval folder), seconds for all pages, import time in a fresh interpreter
(median of 5), and install footprint (the distribution and everything it requires,
summed from installed file sizes). Candidates that are not installed are listed as
such; install one into a folder of its own and pass ``--path DIR`` to try it
without touching the environment (``pip install --target DIR resiliparse``).

    python bench/compare_html_extractors.py [EVAL_DIR] [--data DATA_DIR] [--path DIR ...] [--only NAME ...]

EVAL_DIR defaults to ../shared/eval beside the repository (score_boilerplate.py and data/boilerplate-dev).
This reads evaluation data: it is a measurement, never a test.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata as md
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

Extractor = Callable[[bytes], str]


def _trafilatura(**options) -> Extractor:
    import trafilatura

    return lambda raw: trafilatura.extract(raw, **options) or ""


def _reader() -> Extractor:
    from reader.ingest import load_bytes

    def run(raw: bytes) -> str:
        doc = load_bytes(raw, "page.html")
        return "\n\n".join(doc.text[b.start : b.end] for b in doc.blocks if b.kind != "title")

    return run


def _readability() -> Extractor:
    import lxml.html
    from readability import Document

    def run(raw: bytes) -> str:
        summary = Document(raw).summary(html_partial=True)
        return "\n".join(lxml.html.fromstring(summary).itertext())

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    return lambda raw: extract_plain_text(HTMLTree.parse_from_bytes(raw), main_content=True, alt_texts=False)


def _boilerpy3() -> Extractor:
    from boilerpy3 import extractors

    ex = extractors.ArticleExtractor(raise_on_failure=False)
    return lambda raw: ex.get_content(raw.decode("utf-8", "replace"))


def _goose3() -> Extractor:
    from goose3 import Goose

    g = Goose({"enable_image_fetching": False})
    return lambda raw: g.extract(raw_html=raw.decode("utf-8", "replace")).cleaned_text


def _justext() -> Extractor:
    import justext

    stop = justext.get_stoplist("English")
    return lambda raw: "\n".join(p.text for p in justext.justext(raw, stop) if not p.is_boilerplate)


# name: (factory, import statement timed, distribution for the footprint)
CANDIDATES: dict[str, tuple[Callable[[], Extractor], str, str]] = {
    "reader (trafilatura tree -> blocks)": (_reader, "import trafilatura", "trafilatura"),
    "trafilatura txt, defaults": (lambda: _trafilatura(), "import trafilatura", "trafilatura"),
    "trafilatura txt, no comments": (lambda: _trafilatura(include_comments=False), "import trafilatura", "trafilatura"),
    "trafilatura, no comments, precision": (
        lambda: _trafilatura(include_comments=False, favor_precision=True), "import trafilatura", "trafilatura"),
    "trafilatura, no comments, recall": (
        lambda: _trafilatura(include_comments=False, favor_recall=True), "import trafilatura", "trafilatura"),
    "trafilatura, no comments, no tables": (
        lambda: _trafilatura(include_comments=False, include_tables=False), "import trafilatura", "trafilatura"),
    "trafilatura, no comments, fast": (
        lambda: _trafilatura(include_comments=False, fast=True), "import trafilatura", "trafilatura"),
    "readability-lxml": (_readability, "import readability", "readability-lxml"),
    "resiliparse main_content": (_resiliparse, "import resiliparse.extract.html2text", "resiliparse"),
    "boilerpy3 ArticleExtractor": (_boilerpy3, "import boilerpy3.extractors", "boilerpy3"),
    "goose3": (_goose3, "import goose3", "goose3"),
    "jusText (English stoplist)": (_justext, "import justext", "jusText"),
}


def _requirement_names(dist: md.Distribution) -> list[str]:
    names = []
    for req in dist.requires or ():
        if "extra ==" in req:
            continue
        names.append(re.split(r"[\s;<>=!~\[(]", req, maxsplit=1)[0])
    return names


def footprint_mb(name: str) -> tuple[float, int] | None:
    """Installed size (MB) of a distribution and its requirement closure, and the closure's size."""
    seen: set[str] = set()
    total = 0
    todo = [name]
    while todo:
        current = todo.pop()
        key = current.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            dist = md.distribution(current)
        except md.PackageNotFoundError:
            if current == name:
                return None
            continue
        seen.add(key)
        for f in dist.files or ():
            try:
                total += f.locate().stat().st_size
            except OSError:
                pass
        todo.extend(_requirement_names(dist))
    return total / 2**20, len(seen)


def import_ms(statement: str, paths: list[str], runs: int = 5) -> float | None:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    env_path = ":".join([*paths, str(ROOT)])
    times = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"})
        if proc.returncode != 0:
            return None
        times.append(float(proc.stdout.strip()) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval_dir", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
    ap.add_argument("--data", help="data folder (default EVAL_DIR/data/boilerplate-dev)")
    ap.add_argument("--path", action="append", default=[], help="extra folder on sys.path (pip --target installs)")
    ap.add_argument("--only", action="append", help="run only candidates whose name contains this")
    args = ap.parse_args()
    for p in args.path:
        sys.path.insert(0, p)
    sys.path.insert(0, args.eval_dir)
    from score_boilerplate import precision, recall, tp_fp_fn  # the scorer's own metric

    data = Path(args.data or Path(args.eval_dir) / "data" / "boilerplate-dev")
    ids = [json.loads(line)["id"] for line in (data / "manifest.jsonl").read_text().splitlines() if line.strip()]
    pages = [(gzip.decompress((data / "html" / f"{i}.html.gz").read_bytes()),
              (data / "truth" / f"{i}.txt").read_text(encoding="utf-8")) for i in ids]
    print(f"{len(pages)} pages from {data}")
    print(f"{'extractor':<38}{'F1':>6}{'P':>7}{'R':>7}{'s/119p':>8}{'import ms':>10}{'install MB':>11}{'dists':>6}")
    for name, (factory, statement, dist) in CANDIDATES.items():
        if args.only and not any(o.lower() in name.lower() for o in args.only):
            continue
        try:
            extractor = factory()
        except ImportError as exc:
            print(f"{name:<38}  not installed ({exc.name})")
            continue
        scores = []
        t0 = time.perf_counter()
        for raw, truth in pages:
            try:
                pred = extractor(raw)
            except Exception:  # an extractor crash scores as an empty result
                pred = ""
            scores.append(tp_fp_fn(truth, pred))
        seconds = time.perf_counter() - t0
        ps = [precision(*s) for s in scores if s[0] + s[1] > 0]
        rs = [recall(*s) for s in scores if s[0] + s[2] > 0]
        mp, mr = sum(ps) / len(ps), sum(rs) / len(rs)
        f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
        ms = import_ms(statement, args.path)
        size = footprint_mb(dist)
        size_s = f"{size[0]:>11.1f}{size[1]:>6}" if size else f"{'(--path)':>11}{'':>6}"
        print(f"{name:<38}{f1:>6.3f}{mp:>7.3f}{mr:>7.3f}{seconds:>8.1f}{(ms or float('nan')):>10.0f}{size_s}",
              flush=True)


if __name__ == "__main__":
    main()
