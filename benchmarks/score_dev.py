"""Score comparer's default alignment on the dev gold set, and check how a threshold chosen on
half of the topics does on the other half.

This script never opens the gold file: it writes the aligned pairs as JSON lines and calls
``../shared/eval/score_alignment.py`` (the only reader of the gold file) as a subprocess. The
two halves are the topic ids ``T000``-``T999`` of even and of odd number, handed to the scorer's
``--topics``; ids the gold does not use are ignored there.

    python benchmarks/score_dev.py [--embedder tfidf|hybrid|sentence-transformers] [--model NAME]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import comparer
from comparer.align import DEFAULT_THRESHOLD, DEFAULT_TOP_K, align
from comparer.embed import make_embedder

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def score(records: list[dict], *extra: str) -> str:
    """The scorer's last line (``recall=… precision=… f1=…``) for these pairs."""
    with tempfile.TemporaryDirectory() as tmp:
        pairs = Path(tmp) / "pairs.jsonl"
        pairs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        out = subprocess.run([sys.executable, str(EVAL / "score_alignment.py"), str(pairs), *extra],
                             capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def f1(line: str) -> float:
    return float(line.split("f1=")[1])


def topic_halves(folder: Path) -> dict[str, str]:
    """Files listing the odd- and the even-numbered topic ids (for the scorer's ``--topics``),
    written into ``folder`` without reading the gold."""
    halves = {}
    for name, parity in (("odd", 1), ("even", 0)):
        path = folder / f"{name}.txt"
        path.write_text("\n".join(f"T{n:03d}" for n in range(1000) if n % 2 == parity))
        halves[name] = str(path)
    return halves


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedder", default="tfidf")
    ap.add_argument("--model", default=None)
    a = ap.parse_args()
    corpus = comparer.load_corpus(ROOT / "corpora")
    res = align(corpus, make_embedder(a.embedder, a.model))
    print(f"default ({a.embedder}, threshold={DEFAULT_THRESHOLD}, top_k={DEFAULT_TOP_K}):",
          score(res.records()))
    tmp = tempfile.TemporaryDirectory()
    halves = topic_halves(Path(tmp.name))
    grid = {th: align(corpus, make_embedder(a.embedder, a.model), threshold=th).records()
            for th in (0.08, 0.10, 0.12, 0.14, 0.16, 0.20)}
    for tune, test in (("odd", "even"), ("even", "odd")):
        best = max(grid, key=lambda th: f1(score(grid[th], "--topics", halves[tune])))
        print(f"threshold tuned on {tune} topics = {best}; on {test} topics:",
              score(grid[best], "--topics", halves[test]))
    tmp.cleanup()


if __name__ == "__main__":
    main()
