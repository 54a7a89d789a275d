"""Cost of stance + claim flag + claim links against pysbd segmentation, in the same run.

    PYTHONPATH=. python bench/bench_stance.py [PATH ...] [--repeat N]

Without PATH it uses the bundled seed article repeated to a long document. Prints the
seconds of each stage and the ratio (segmentation + stance + links) / segmentation; the
goal is at most 1.3 for the whole analysis.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from reader.analysis.boilerplate import strip
from reader.analysis.claims import link_claims
from reader.analysis.model import Sentence
from reader.analysis.sentences import sentence_spans
from reader.analysis.stance import classify
from reader.ingest import load_text
from reader.resources import seed_article


def best_of(fn, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if args.paths:
        texts = [Path(p).read_text(encoding="utf-8", errors="replace") for p in args.paths]
    else:
        seed = seed_article().read_text(encoding="utf-8")
        texts = ["Title\n\n" + "\n\n".join(seed.split("\n\n")[2:-5] * 40)]
    docs = [load_text(t, "bench.txt", "text") for t in texts]
    blocks = [strip(d) for d in docs]
    seg = stance = links = 0.0
    n = 0
    for doc, bl in zip(docs, blocks):
        t, spans = best_of(lambda: sentence_spans(doc, bl), args.repeat)
        seg += t
        bounds = [(s, e) for s, e, _ in spans]
        n += len(bounds)
        t, res = best_of(lambda: classify(doc.text, bounds, [() for _ in bounds]), args.repeat)
        stance += t
        sents = [
            Sentence(s, e, b, stance=r.stance, stance_cues=r.cues, stance_rule=r.rule)
            for (s, e, b), r in zip(spans, res)
        ]
        t, _ = best_of(lambda: link_claims(doc.text, sents), args.repeat)
        links += t
    print(f"sentences={n} segmentation={seg:.3f}s stance={stance:.3f}s links={links:.3f}s "
          f"ratio={(seg + stance + links) / seg:.3f}")


if __name__ == "__main__":
    main()
