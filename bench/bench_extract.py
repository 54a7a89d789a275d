#!/usr/bin/env python3
"""Throughput of `reader extract`, as a ratio to sentence segmentation alone.

What is timed, in-process and per document: ``ingest.load(path)`` (read, decode,
parse) → ``analysis.analyse`` (boilerplate, sentences, attribution, stance, claim
links) → ``serialize.to_dict`` → ``json.dumps``: everything `reader extract` does
except starting Python. The baseline, timed in the same run over the same documents,
is the pysbd segmenter alone, as shipped (``pysbd.Segmenter.segment``, without the
compiled-pattern cache the reader gives it), over the kept blocks that the analysis
segments. The ratio (whole / segmentation) is what to
compare across machines and commits; words per second depend on the machine.

Words are ``\\w+`` tokens of each document's text. Times are CPU seconds of this
process (``time.process_time``), not wall-clock: the machine is shared, and CPU time
is what other work on the cores disturbs least. Each repeat times the whole and the
baseline back to back; the figures are medians over ``--repeats`` repeats (the ratio
is the median of the per-repeat ratios) after one warm-up run (imports, pysbd's
regular expressions compiled into ``re``'s cache).

Part 2, growth: the corpus's kept paragraphs joined into one document of about 1k,
10k and 100k words (past the corpus's size, paragraphs come round again with a
sentence added, and the stripper may drop some as repeated text: see the kept column). Time per word should stay
flat; a rising µs/word column means something is superlinear.

    python bench/bench_extract.py [DIR] [--repeats 5] [--sizes 1000,10000,100000] [--stages]

DIR defaults to the PolNeAR dev texts of the shared eval data if present, else the
seed article repeated 20 times in files of a temp folder.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis import pipeline  # noqa: E402
import pysbd  # noqa: E402

from reader.analysis.sentences import use_pattern_cache  # noqa: E402
from reader.analysis.serialize import to_dict  # noqa: E402
from reader.ingest import load  # noqa: E402
from reader.resources import seed_article  # noqa: E402

# The shared evaluation folder sits beside the repository (../shared/eval).
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "data" / "polnear-dev" / "text"
WORD = re.compile(r"\w+")
SEGMENTED = ("paragraph", "list", "quote", "other")  # the kinds sentences.split runs on


def extract(path: str) -> tuple[object, str]:
    """The whole `reader extract` work for one input; returns the analysis and its JSON."""
    analysis = pipeline.analyse(load(path))
    return analysis, json.dumps(to_dict(analysis, path), ensure_ascii=False)


def segment_only(analysis) -> int:
    """The baseline: pysbd as shipped, alone, over the blocks the analysis segmented.

    The reader gives pysbd a larger cache of compiled patterns (see reader.analysis.sentences);
    the baseline runs without it, as any user of pysbd would.
    """
    segmenter = pysbd.Segmenter(language="en", clean=False)
    text = analysis.text
    n = 0
    use_pattern_cache(False)
    try:
        for block in analysis.blocks:
            if block.kept and block.kind in SEGMENTED:
                n += len(segmenter.segment(text[block.start : block.end]))
    finally:
        use_pattern_cache(True)
    return n


def _cpu(fn: Callable[[], object]) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def paired(whole: Callable[[], object], base: Callable[[], object], repeats: int) -> tuple[float, float, float]:
    """Median CPU seconds of ``whole`` and ``base``, and the median of their per-repeat ratio."""
    whole(), base()  # warm-up
    pairs = [(_cpu(whole), _cpu(base)) for _ in range(repeats)]
    return (
        statistics.median(w for w, _ in pairs),
        statistics.median(b for _, b in pairs),
        statistics.median(w / b if b else float("inf") for w, b in pairs),
    )


class StageTimer:
    """Times the pipeline's stages by wrapping the names pipeline.analyse calls."""

    STAGES = ("strip", "sentence_spans", "attribute", "classify", "link_claims")

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._orig = {name: getattr(pipeline, name) for name in self.STAGES}

    def __enter__(self) -> StageTimer:
        for name, fn in self._orig.items():
            setattr(pipeline, name, self._wrap(name, fn))
        return self

    def __exit__(self, *exc: object) -> None:
        for name, fn in self._orig.items():
            setattr(pipeline, name, fn)

    def _wrap(self, name: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[name] += time.process_time() - t0

        return timed


def corpus(arg: str | None, tmp: Path) -> list[str]:
    if arg:
        paths = sorted(p for p in Path(arg).iterdir() if p.is_file())
    elif DEFAULT_DIR.is_dir():
        paths = sorted(p for p in DEFAULT_DIR.iterdir() if p.is_file())
    else:
        text = seed_article().read_text(encoding="utf-8")
        paths = []
        for i in range(20):
            p = tmp / f"seed-{i:02d}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(p)
    if not paths:
        raise SystemExit(f"no files in {arg}")
    return [str(p) for p in paths]


def kept_share(analyses: list) -> float:
    kept = sum(len(WORD.findall(a.text[b.start : b.end])) for a in analyses for b in a.blocks if b.kept)
    return kept / max(1, sum(len(WORD.findall(a.text)) for a in analyses))


def story(paths: list[str], words: int) -> str:
    """One long article of about ``words`` words from the kept paragraphs of ``paths``.

    Distinct articles, not one story repeated: repeated paragraphs are boilerplate to the
    stripper, so a repeated story would measure stripping, not reading. When the corpus runs
    out, later rounds end each paragraph with a sentence naming the round, so no paragraph
    repeats exactly.
    """
    body: list[str] = []
    for p in paths:
        analysis = pipeline.analyse(load(p))
        body += [analysis.text[b.start : b.end] for b in analysis.blocks if b.kept and b.kind == "paragraph"]
    out, n, round_ = [], 0, 0
    while n < words:
        for para in body:
            out.append(para.strip() if round_ == 0 else f"{para.strip()} This was round {round_}.")
            n += len(WORD.findall(para))
            if n >= words:
                break
        round_ += 1
    return "A long article for the benchmark\n\n" + "\n\n".join(out) + "\n"


def bench_corpus(paths: list[str], repeats: int, stages: bool) -> None:
    analyses = [extract(p)[0] for p in paths]
    words = sum(len(WORD.findall(a.text)) for a in analyses)
    whole, seg, ratio = paired(lambda: [extract(p) for p in paths], lambda: [segment_only(a) for a in analyses],
                               repeats)
    print(f"corpus: {len(paths)} files, {words:,} words, {kept_share(analyses):.0%} of them in kept blocks; "
          f"median of {repeats}")
    print(f"  {'what':<34}{'CPU s':>9}{'words/s':>11}{'x segmenter':>13}")
    print(f"  {'reader extract (in-process)':<34}{whole:>9.3f}{words / whole:>11,.0f}{ratio:>13.2f}")
    print(f"  {'pysbd segmentation alone':<34}{seg:>9.3f}{words / seg:>11,.0f}{1:>13.2f}")
    if stages:
        with StageTimer() as timer:
            total = _cpu(lambda: [extract(p) for _ in range(repeats) for p in paths]) / repeats
        staged = {k: v / repeats for k, v in timer.spent.items()}
        rest = total - sum(staged.values())
        print(f"  stages (mean of {repeats}; 'ingest+serialize' is the rest):")
        for name, spent in [*staged.items(), ("ingest+serialize", rest)]:
            print(f"    {name:<32}{spent:>9.3f}{spent / total:>11.0%}")


def bench_growth(paths: list[str], sizes: list[int], repeats: int, tmp: Path) -> None:
    print(f"growth: the corpus's paragraphs as one document, median of {repeats} (fewer above 20k words)")
    print(f"  {'words':>8}{'kept':>6}{'extract s':>11}{'us/word':>9}{'segment s':>11}{'us/word':>9}{'x segmenter':>13}")
    for size in sizes:
        path = tmp / f"story-{size}.txt"
        path.write_text(story(paths, size), encoding="utf-8")
        analysis = extract(str(path))[0]
        words = len(WORD.findall(analysis.text))
        reps = repeats if words <= 20000 else max(1, min(repeats, 3))
        whole, seg, ratio = paired(lambda p=str(path): extract(p), lambda a=analysis: segment_only(a), reps)
        print(f"  {words:>8,}{kept_share([analysis]):>6.0%}{whole:>11.3f}{whole / words * 1e6:>9.1f}{seg:>11.3f}"
              f"{seg / words * 1e6:>9.1f}{ratio:>13.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", help="folder of articles (.txt/.md/.html)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--sizes", default="1000,10000,100000", help="growth sizes in words ('' to skip)")
    ap.add_argument("--stages", action="store_true", help="also show time per pipeline stage")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = corpus(args.dir, Path(tmp))
        bench_corpus(paths, args.repeats, args.stages)
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        if sizes:
            bench_growth(paths, sizes, args.repeats, Path(tmp))


if __name__ == "__main__":
    main()
