"""Pair features: what the matching model sees of two clauses of different documents.

For one document pair, the similarity matrix ``S`` (clauses of A × clauses of B, cosine of the
clause vectors with their item titles as context) gives the *candidates* — each clause's
:data:`CANDIDATES` best matches in the other document, both ways, unioned with its best matches
by word overlap — and the context of each candidate: its rank and z-score in its row and column,
its margin to the best and the second best. Lexical evidence (shared rare words, character
bigrams, the longest shared run of characters), structure (item titles, kinds, relative position,
units) and numbers complete the picture. :mod:`comparer.match` turns these into a probability.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

import numpy as np

from comparer.embed import clean
from comparer.model import Clause, ClauseKind
from comparer.units import unit_role

#: Each clause's best matches kept per signal and document pair (the blocking step).
CANDIDATES = 5

#: Feature names, in the column order of :func:`pair_features`.
FEATURES = (
    "cos", "cos_text", "cos_item", "row_rank", "col_rank", "row_z", "col_z", "row_gap", "col_gap",
    "row_ratio", "col_ratio", "mutual_best", "shared_idf", "word_jaccard", "bigram_dice",
    "common_run", "len_ratio", "both_obligation", "position_gap", "units", "numbers",
)
#: Features of the sentence model (multilingual-e5-small), when it is installed.
SENTENCE_FEATURES = ("e5", "e5_row_rank", "e5_col_rank", "e5_row_z", "e5_col_z", "e5_text")


def swapped(names: tuple[str, ...]) -> np.ndarray:
    """The column order that describes the pair (b, a) given the features of (a, b): each
    ``row_*`` feature trades places with its ``col_*`` twin."""
    twin = {n: n.replace("row_", "\0").replace("col_", "row_").replace("\0", "col_") for n in names}
    return np.array([names.index(twin[n]) for n in names])


@dataclass(frozen=True)
class PairBlock:
    """The candidates of one document pair: rows ``i`` of A and columns ``j`` of B, with features."""

    doc_a: str
    doc_b: str
    i: np.ndarray  # positions in the document's clause list (A)
    j: np.ndarray  # positions in the document's clause list (B)
    X: np.ndarray  # len(i) × len(FEATURES)


def candidates(S: np.ndarray, lexical: np.ndarray | None = None, k: int = CANDIDATES) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs of a similarity matrix: each row's and each column's ``k`` best cells,
    in ``S`` and (when given) in ``lexical``, unioned; sorted by row then column."""
    keep = np.zeros(S.shape, dtype=bool)
    for M in (S, lexical) if lexical is not None else (S,):
        kr, kc = min(k, M.shape[1]), min(k, M.shape[0])
        if not kr or not kc:
            continue
        np.put_along_axis(keep, np.argsort(-M, axis=1, kind="stable")[:, :kr], True, axis=1)
        np.put_along_axis(keep, np.argsort(-M, axis=0, kind="stable")[:kc, :], True, axis=0)
    i, j = np.nonzero(keep)
    return i, j


def _ranks(M: np.ndarray, axis: int) -> np.ndarray:
    """1 for the best cell of each row (axis 1) or column (axis 0), 2 for the next, …"""
    order = np.argsort(-M, axis=axis, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, M.shape[axis] + 1).reshape(
        (1, -1) if axis == 1 else (-1, 1)), axis=axis)
    return ranks


def _context(S: np.ndarray, axis: int) -> tuple[np.ndarray, ...]:
    """Per cell: rank, z-score, gap to the best (or, for the best, its lead over the second) and
    ratio to the best, along ``axis``."""
    rank = _ranks(S, axis)
    mean = S.mean(axis=axis, keepdims=True)
    std = S.std(axis=axis, keepdims=True) + 1e-6
    top = np.sort(S, axis=axis)
    best = np.take(top, [-1], axis=axis)
    second = np.take(top, [-2], axis=axis) if S.shape[axis] > 1 else np.zeros_like(best)
    gap = np.where(rank == 1, S - second, S - best)
    return rank, (S - mean) / std, gap, S / np.maximum(best, 1e-6)


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[n:n + 2] for n in range(len(text) - 1))


def _units_signal(ua: frozenset[str], ub: frozenset[str]) -> float:
    """1 when two clauses name a lead or responsible unit in common (their roles ``ua``, ``ub``:
    州司法局 ≡ 市司法局), 0 when both name units and share none, 0.5 when one names none."""
    if not ua or not ub:
        return 0.5
    return 1.0 if ua & ub else 0.0


@dataclass(frozen=True)
class ClauseInfo:
    """What the lexical features need of one clause, computed once per corpus."""

    text: str
    terms: frozenset[str]
    idf_mass: float
    bigrams: frozenset[str]
    numbers: frozenset[str]
    position: float
    units: frozenset[str]  # roles of its lead and responsible units


def pair_features(S: np.ndarray, S_text: np.ndarray, S_item: np.ndarray,
                  clauses_a: list[Clause], clauses_b: list[Clause],
                  info_a: list[ClauseInfo], info_b: list[ClauseInfo], idf: Any,
                  i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The feature matrix (``len(i)`` × ``len(FEATURES)``) of candidate cells ``(i, j)``.

    ``S`` is the similarity with item context, ``S_text`` of the texts alone, ``S_item`` of the
    item titles; ``idf(term)`` weighs shared words.
    """
    rr, rz, rg, rq = (x[i, j] for x in _context(S, 1))
    cr, cz, cg, cq = (x[i, j] for x in _context(S, 0))
    rows = []
    for a_ix, b_ix in zip(i, j):
        rows.append(_lexical(clauses_a[a_ix], clauses_b[b_ix], info_a[a_ix], info_b[b_ix], idf))
    lex = np.array(rows, dtype=np.float64).reshape(len(i), 9)
    mutual = ((rr == 1) & (cr == 1)).astype(float)
    X = np.column_stack([
        S[i, j], S_text[i, j], S_item[i, j], np.log(rr), np.log(cr), rz, cz, rg, cg, rq, cq,
        mutual, lex,
    ])
    return X.astype(np.float64)


def _lexical(a: Clause, b: Clause, ia: ClauseInfo, ib: ClauseInfo, idf: Any) -> list[float]:
    shared = ia.terms & ib.terms
    mass = sum(idf(t) for t in shared)
    union = ia.terms | ib.terms
    run = SequenceMatcher(None, ia.text, ib.text, autojunk=False).find_longest_match(
        0, len(ia.text), 0, len(ib.text)).size
    both_big = len(ia.bigrams) + len(ib.bigrams)
    numbers = 0.5 if not ia.numbers or not ib.numbers else float(bool(ia.numbers & ib.numbers))
    return [
        mass / max(min(ia.idf_mass, ib.idf_mass), 1e-6),
        len(shared) / max(len(union), 1),
        2 * len(ia.bigrams & ib.bigrams) / max(both_big, 1),
        min(run, 20) / 20,
        min(len(ia.text), len(ib.text)) / max(len(ia.text), len(ib.text), 1),
        float(a.kind == ClauseKind.OBLIGATION and b.kind == ClauseKind.OBLIGATION),
        abs(ia.position - ib.position),
        _units_signal(ia.units, ib.units),
        numbers,
    ]


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def clause_infos(clauses: list[Clause], terms: Any, idf: Any) -> list[ClauseInfo]:
    """:class:`ClauseInfo` of each clause; ``position`` is its place in its document (0…1)."""
    by_doc: dict[str, list[int]] = {}
    for n, c in enumerate(clauses):
        by_doc.setdefault(c.doc_id, []).append(n)
    pos = {}
    for ix in by_doc.values():
        for k, n in enumerate(ix):
            pos[n] = k / max(len(ix) - 1, 1)
    out = []
    for n, c in enumerate(clauses):
        t = terms(c.text)
        text = clean(c.text)
        out.append(ClauseInfo(text, t, sum(idf(w) for w in t), _bigrams(text),
                              frozenset(_NUMBER.findall(text)), pos[n],
                              frozenset(unit_role(u) for u in c.lead_units + c.responsible_units)))
    return out


def sentence_features(E: np.ndarray, E_text: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The :data:`SENTENCE_FEATURES` of cells ``(i, j)``: ``E`` is the sentence model's
    similarity matrix of the document pair with item context, ``E_text`` of the texts alone."""
    rr, rz, _, _ = _context(E, 1)
    cr, cz, _, _ = _context(E, 0)
    return np.column_stack([E[i, j], np.log(rr[i, j]), np.log(cr[i, j]), rz[i, j], cz[i, j],
                            E_text[i, j]]).astype(np.float64)
