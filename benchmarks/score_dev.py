"""Score comparer's default alignment on the dev gold set, and check how a threshold chosen on
half of the topics does on the other half (the gold file is read only by the external scorer).

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
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    out = subprocess.run([sys.executable, str(EVAL / "score_alignment.py"), f.name, *extra],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def f1(line: str) -> float:
    return float(line.split("f1=")[1])


def topic_halves() -> dict[str, str]:
    """Files listing the odd and the even topic ids (for the scorer's ``--topics``)."""
    topic_ids = [json.loads(l)["topic"] for l in (EVAL / "gold-dev.jsonl").read_text().splitlines() if l.strip()]
    halves = {}
    for name, ids in (("odd", topic_ids[0::2]), ("even", topic_ids[1::2])):
        path = Path(tempfile.mkstemp(suffix=".txt")[1])
        path.write_text("\n".join(ids))
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
    halves = topic_halves()
    grid = {th: align(corpus, make_embedder(a.embedder, a.model), threshold=th).records()
            for th in (0.08, 0.10, 0.12, 0.14, 0.16, 0.20)}
    for tune, test in (("odd", "even"), ("even", "odd")):
        best = max(grid, key=lambda th: f1(score(grid[th], "--topics", halves[tune])))
        print(f"threshold tuned on {tune} topics = {best}; on {test} topics:",
              score(grid[best], "--topics", halves[test]))


if __name__ == "__main__":
    main()
