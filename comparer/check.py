"""The drafter's check: which standard obligations a plan states, states weakly, or misses.

Standard items are the obligation groups that at least ``k`` reference documents share (or the
lines of a user checklist). For each item the plan's best candidate clause is the one most
similar to any of the item's reference clauses; below the alignment threshold the item is
``missing``. A present item is ``weak`` when a quantitative target falls below the median of its
peers for the same unit, or its wording is weaker than every peer's.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from numbers import Integral
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from comparer.align import (DEFAULT_THRESHOLD, Alignment, ClauseVectors, align, distinct_labels,
                            embed_clauses, group_label, long_label, similarity, term_counts)
from comparer.attributes import STRENGTH_WORDS, find_targets, strength
from comparer.corpus import Corpus, load_corpus
from comparer.embed import resolve_embedder
from comparer.errors import ComparerError, IngestError, OptionError
from comparer.ingest.text import decode_bytes
from comparer.io import write_atomic
from comparer.model import Clause, ClauseKind, Document
from comparer.options import CheckFormat  # noqa: F401  (re-exported: comparer.check.CheckFormat)
from comparer.segment import segment

logger = logging.getLogger(__name__)

COLUMNS = ("item", "status", "support", "candidate_clause", "candidate_text", "candidate_score",
           "reasons", "references", "topic", "stated_by")


#: Statuses of a check item, in the order a drafter reads them: what to add first.
STATUSES = ("missing", "possible", "weak", "present")


@dataclass(frozen=True, slots=True)
class CheckItem:
    """One standard item and how the plan covers it.

    ``item`` is how the references state it (their most representative clause: the one the
    others match best), ``topic`` its keywords; ``status`` is ``present`` (a match-band
    counterpart), ``weak`` (present, with a weaker target or wording: ``reasons``), ``possible``
    (only a possible-band candidate: 待核实) or ``missing``.
    """

    item: str
    status: str
    support: int
    references: tuple[Clause, ...]
    candidate: Clause | None
    score: float
    reasons: tuple[str, ...] = ()
    topic: str = ""

    @property
    def stated_by(self) -> tuple[str, ...]:
        """The reference documents that state the item, in reference order."""
        return tuple(dict.fromkeys(c.doc_id for c in self.references))

    def to_record(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "status": self.status,
            "support": self.support,
            "candidate_clause": self.candidate.clause_id if self.candidate else None,
            "candidate_text": self.candidate.text if self.candidate else None,
            "candidate_score": round(self.score, 4),
            "reasons": list(self.reasons),
            "references": [{"doc_id": c.doc_id, "clause_id": c.clause_id, "text": c.text}
                           for c in self.references],
            "topic": self.topic,
            "stated_by": list(self.stated_by),
        }


def flat_record(record: dict[str, Any], max_refs: int | None = None) -> dict[str, Any]:
    """A check record for a table cell: reasons joined by ``; ``, references as
    ``doc_id/clause: text`` lines — the first ``max_refs`` of them and a count of the rest
    when ``max_refs`` is given."""
    refs = record["references"]
    lines = [f"{x['clause_id']}: {x['text']}" for x in refs[:max_refs]]
    if max_refs is not None and len(refs) > max_refs:
        lines.append(f"…另有 {len(refs) - max_refs} 条（见覆盖矩阵）")
    return {**record, "reasons": "; ".join(record["reasons"]), "references": "\n".join(lines),
            "stated_by": "、".join(record.get("stated_by", ()))}


@dataclass(frozen=True)
class CheckResult:
    """The check of ``plan_id`` against ``reference_ids``: one :class:`CheckItem` per standard item."""

    plan_id: str
    reference_ids: tuple[str, ...]
    k: int
    items: tuple[CheckItem, ...]

    def records(self) -> list[dict[str, Any]]:
        return [i.to_record() for i in self.items]

    def to_frame(self) -> pd.DataFrame:
        """One row per item; references flattened to ``doc_id/clause: text`` lines."""
        return pd.DataFrame([flat_record(r) for r in self.records()], columns=list(COLUMNS))

    def counts(self) -> dict[str, int]:
        """Items per status, in the order present, weak, possible, missing."""
        return {s: sum(i.status == s for i in self.items) for s in ("present", "weak", "possible", "missing")}

    def missing(self) -> list[CheckItem]:
        return [i for i in self.items if i.status == "missing"]

    def xlsx_bytes(self) -> bytes:
        """The result as an Excel workbook (sheet 检查, Chinese headers and statuses, missing
        items first); the same result always gives the same bytes."""
        from comparer.check_output import by_status
        from comparer.excel import xlsx_bytes

        return xlsx_bytes({"check": [flat_record(r) for r in by_status(self.records())]})

    def write_xlsx(self, path: str | Path) -> Path:
        """Write :meth:`xlsx_bytes` to ``path`` through a temporary file and a rename."""
        return write_atomic(path, self.xlsx_bytes())

    def docx_bytes(self, documents: Any = None) -> bytes:
        """The result as a Word 对照表 (:func:`comparer.check_output.docx_bytes`); ``documents``
        (the plan's and the references' :class:`~comparer.model.Document`, e.g. a corpus's
        ``.documents``) give their names, else their ids are shown."""
        from comparer.check_output import doc_names, docx_bytes

        return docx_bytes(self, doc_names(documents))

    def write_docx(self, path: str | Path, documents: Any = None) -> Path:
        """Write :meth:`docx_bytes` to ``path`` through a temporary file and a rename.

        >>> result.write_docx("对照表.docx", corpus.documents)   # doctest: +SKIP
        """
        return write_atomic(path, self.docx_bytes(documents))


@dataclass(frozen=True)
class CorpusCheck:
    """The leave-one-out check of every document of a corpus (see :func:`check_corpus`)."""

    k: int
    results: tuple[CheckResult, ...]

    def records(self) -> list[dict[str, Any]]:
        """One record per (document, item): ``plan`` (the checked document's id) and the
        fields of :meth:`CheckItem.to_record`."""
        return [{"plan": r.plan_id, **rec} for r in self.results for rec in r.records()]

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame([flat_record(r) for r in self.records()], columns=["plan", *COLUMNS])

    def counts(self) -> dict[str, dict[str, int]]:
        return {r.plan_id: r.counts() for r in self.results}


def default_k(n_refs: int) -> int:
    """``max(2, ceil(n_refs / 2))``, at most ``n_refs``: a standard is what most references share.

    Half the references (rounded up) keeps an item that one local habit happens to state out,
    and at least two keeps one document's peculiarity from becoming a standard, except against a
    single reference, a model plan, whose every item is then the standard.
    """
    return min(n_refs, max(2, math.ceil(n_refs / 2)))


def read_checklist(path: str | Path) -> list[str]:
    """Checklist items: one per non-empty line, or the ``item`` column of a CSV file.

    The file is decoded as documents are (UTF-8, GB18030 as Excel saves a CSV on Chinese
    Windows, Big5, UTF-16/32; BOM and CRLF handled).
    """
    p = Path(path)
    try:
        text = decode_bytes(p.read_bytes(), str(p)).replace("\r\n", "\n")
    except OSError as e:
        raise ComparerError(f"{p}: cannot read checklist: {e}") from e
    except IngestError as e:
        raise ComparerError(f"cannot read checklist: {e}") from e
    if p.suffix.lower() == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        if rows and "item" not in rows[0]:
            raise OptionError(f"{p}: a CSV checklist needs a column 'item'; it has {list(rows[0])}")
        items = [(r.get("item") or "").strip() for r in rows]
    else:
        items = [line.strip() for line in text.splitlines()]
    items = [i for i in items if i]
    if not items:
        raise OptionError(f"{p}: the checklist has no items (expected one item per line)")
    return items


def _check_k(k: Any) -> None:
    if k is not None and (isinstance(k, bool) or not isinstance(k, Integral)):
        raise OptionError(f"k must be a whole number of reference documents, got "
                          f"{type(k).__name__} {k!r}")


def _resolve_k(k: Any, n_refs: int) -> int:
    """``k``, or :func:`default_k` when it is None; refused unless a whole number from 1 to
    ``n_refs``."""
    _check_k(k)
    k = default_k(n_refs) if k is None else k
    if not 1 <= k <= n_refs:
        raise OptionError(f"k must be between 1 and the number of reference documents "
                          f"({n_refs}), got {k}")
    return k


def _as_corpus(plan: Corpus | Document | str | Path) -> Corpus:
    if isinstance(plan, Corpus):
        corpus = plan
    elif isinstance(plan, Document):
        corpus = Corpus((segment(plan),))
    else:
        corpus = load_corpus([plan])
    if len(corpus) != 1:
        raise OptionError(f"check takes one plan; got {len(corpus)} documents "
                          f"({', '.join(d.doc_id for d in corpus.documents)})")
    return corpus


_LEVEL_OF = {w: level for level, words in STRENGTH_WORDS.items() for w in words}


def _top_words(texts: list[str]) -> str:
    """The strength words each text uses at its own (strongest) level, ``/``-joined in the order
    of :data:`comparer.attributes.STRENGTH_WORDS`."""
    words = set()
    for text in texts:
        st = strength(text)
        words |= {w for w in st.words if _LEVEL_OF[w] == st.level}
    return "/".join(w for level in (3, 2, 1) for w in STRENGTH_WORDS[level] if w in words)


def _weak_reasons(candidate: Clause, peers: tuple[Clause, ...]) -> tuple[str, ...]:
    """Why a present item is weak, in Chinese for the drafter: a target below the references'
    median for its unit (above it for an upper bound such as ≤30日), or wording weaker than every
    reference's (:func:`comparer.attributes.strength`)."""
    reasons = []
    peer_targets = [t for c in peers for t in find_targets(c.text)]
    for t in find_targets(candidate.text):
        values = [p.value for p in peer_targets if p.unit == t.unit]
        if not values:
            continue
        median = statistics.median(values)
        if (t.value > median) if t.comparator == "<=" else (t.value < median):
            side = "高于" if t.comparator == "<=" else "低于"
            reasons.append(f"目标 {t.label} {side}参考文件中位数 {median:g}{t.unit}")
    level = strength(candidate.text).level
    peer_levels = [lv for lv in (strength(c.text).level for c in peers) if lv is not None]
    if level is not None and peer_levels and level < min(peer_levels):
        stronger = [c.text for c in peers if strength(c.text).level is not None]
        reasons.append(f"措辞强度（{_top_words([candidate.text])}）弱于所有参考文件"
                       f"（{_top_words(stronger)}）")
    return tuple(reasons)


def _judge(item: str, topic: str, refs: tuple[Clause, ...], plan: list[Clause], scores: np.ndarray,
           match: float, possible: float) -> CheckItem:
    """The item's status from its best candidate's score (``scores[i]``: plan clause i against
    the item's references): ``match`` and above present (or weak), ``possible`` and above
    possible, else missing."""
    support = len({c.doc_id for c in refs})
    if not plan or not len(scores):
        return CheckItem(item, "missing", support, refs, None, 0.0, topic=topic)
    best = int(np.argmax(scores))
    candidate, score = plan[best], float(scores[best])
    if score < possible:
        return CheckItem(item, "missing", support, refs, candidate, score, topic=topic)
    if score < match:
        return CheckItem(item, "possible", support, refs, candidate, score, topic=topic)
    reasons = _weak_reasons(candidate, refs)
    return CheckItem(item, "weak" if reasons else "present", support, refs, candidate, score, reasons, topic)


def _scores(alignment: Alignment, refs: Sequence[Clause], plan: Sequence[Clause]) -> np.ndarray:
    """``len(refs) × len(plan)``: the matching model's probabilities (0 where a pair was never a
    candidate), or the cosine similarities without a model."""
    vectors = alignment.vectors
    if alignment.scores is None:
        return similarity(vectors, np.array([vectors.index(c.clause_id) for c in refs], dtype=int),
                          np.array([vectors.index(c.clause_id) for c in plan], dtype=int))
    return np.array([[alignment.probability(r, c) for c in plan] for r in refs]).reshape(len(refs), len(plan))


def _item_scores(scores: np.ndarray, refs: Sequence[Clause]) -> np.ndarray:
    """Each plan clause's score for an item: its best score with each reference document's
    clauses, averaged over the reference documents — a counterpart must state what the
    references agree on, not only resemble one of them."""
    docs = list(dict.fromkeys(c.doc_id for c in refs))
    per_doc = [scores[[n for n, c in enumerate(refs) if c.doc_id == d]].max(axis=0) for d in docs]
    return np.mean(per_doc, axis=0)


def _bands(alignment: Alignment) -> tuple[float, float]:
    """(lowest score of a match, lowest of a possible match) of the alignment's method."""
    from comparer.match import POSSIBLE

    return alignment.threshold, (min(POSSIBLE, alignment.threshold) if alignment.scores is not None
                                 else alignment.threshold)


def representative(alignment: Alignment, refs: Sequence[Clause]) -> Clause:
    """The reference clause the others match best (highest summed score; the first on ties),
    among the obligations when there are any (a plan's wording, not a report's)."""
    s = _scores(alignment, refs, refs)
    np.fill_diagonal(s, 0.0)
    total = s.sum(axis=1) + np.array([c.kind is ClauseKind.OBLIGATION for c in refs]) * len(refs)
    return refs[int(np.argmax(total))]


def _checklist_scores(vectors: ClauseVectors, items: list[str], rows: np.ndarray) -> np.ndarray:
    q = vectors.embedder.transform(items)
    q = q.toarray() if hasattr(q, "toarray") else np.asarray(q)
    q = q / np.maximum(np.linalg.norm(q, axis=1, keepdims=True), 1e-12)
    m = vectors.matrix[rows]
    m = m.toarray() if hasattr(m, "toarray") else np.asarray(m)
    return q @ m.T


def check(plan: Corpus | Document | str | Path,
          against: Corpus | str | Path | Sequence[str | Path], k: int | None = None,
          checklist: str | Path | None = None, embedder: Any = None,
          threshold: float | None = None, top_k: int | None = None,
          labels: Any = None) -> CheckResult:
    """Check a plan against reference documents: each standard item present, weak, possible
    (待核实) or missing.

    The plan and the references are aligned together (:func:`comparer.align.align`); the
    standard items are the obligation groups that at least ``k`` references state, and the plan
    is judged on them exactly as :func:`check_corpus` judges each document of a corpus, so the
    CLI, the API and the report give the same answer for the same documents.

    Parameters
    ----------
    plan : the plan to check: a one-document corpus, a document, or a file in any supported format.
    against : the reference documents: a corpus, or files and folders to read with
        :func:`comparer.load_corpus`. A document with the plan's id is left out of them.
    k : an obligation group is a standard item when at least ``k`` references state it; default
        :func:`default_k` (with four references: 2).
    checklist : a file of items (one per line, or a CSV with a column ``item``) to use instead of
        the obligation groups; each item's references are the best clause of each reference
        document whose cosine similarity reaches 0.12, and so is the plan's candidate.
    embedder, threshold, top_k, labels : as in :func:`comparer.align.align`.

    Examples
    --------
    >>> result = check("draft-2025.docx", load_corpus("corpora/"))   # doctest: +SKIP
    >>> result.to_frame().query("status != 'present'")               # doctest: +SKIP
    """
    _check_k(k)  # before any file is read
    embedder = resolve_embedder(embedder)
    plan_corpus = _as_corpus(plan)
    plan_id = plan_corpus.documents[0].doc_id
    if not isinstance(against, Corpus):
        if not isinstance(against, (str, Path)) and not list(against):
            raise OptionError("check needs reference documents: against is empty")
        against = load_corpus(against)
    refs = Corpus(tuple(s for s in against.segmentations if s.document.doc_id != plan_id))
    if not len(refs):
        raise OptionError(f"check needs reference documents other than the plan {plan_id!r}")
    k = _resolve_k(k, len(refs))
    if checklist is not None:
        result = _checklist(plan_corpus, refs, read_checklist(checklist), k, embedder)
    else:
        alignment = align(plan_corpus + refs, embedder, threshold, top_k, labels=labels)
        result = _left_out(alignment, plan_id, k)
    logger.info("check %s: %s", plan_id, result.counts())
    return result


def _checklist(plan_corpus: Corpus, refs: Corpus, texts: list[str], k: int, embedder: Any) -> CheckResult:
    """The check against a user's checklist: cosine similarity of each item with each clause."""
    plan_id = plan_corpus.documents[0].doc_id
    vectors = embed_clauses(plan_corpus + refs, embedder)
    plan_rows = vectors.by_doc.get(plan_id, np.array([], dtype=int))
    plan_clauses = [vectors.clauses[i] for i in plan_rows]
    plan_scores = _checklist_scores(vectors, texts, plan_rows) if len(plan_rows) else None
    ref_scores = {d: (ix, _checklist_scores(vectors, texts, ix)) for d, ix in vectors.by_doc.items()
                  if d != plan_id}
    out = []
    for n, text in enumerate(texts):
        group = tuple(vectors.clauses[ix[int(np.argmax(s[n]))]] for ix, s in ref_scores.values()
                      if s[n].max() >= DEFAULT_THRESHOLD)
        scores = plan_scores[n] if plan_scores is not None else np.array([])
        out.append(_judge(text, text, group, plan_clauses, scores, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD))
    return CheckResult(plan_id, tuple(d.doc_id for d in refs.documents), k, _ordered(out))


def _ordered(items: list[CheckItem]) -> tuple[CheckItem, ...]:
    """Missing items first, then possible, weak, present; within a status the most widely
    stated first (a stable sort: ties keep the groups' order)."""
    return tuple(sorted(items, key=lambda i: (STATUSES.index(i.status), -i.support)))


def _reference_groups(alignment: Alignment, doc_id: str) -> list[tuple[Clause, ...]]:
    """The obligation groups of the documents other than ``doc_id``: the alignment's groups
    formed again from the pairs that do not involve it, so that what ``doc_id`` says (or no
    longer says) cannot join or split the standard items it is judged on."""
    from comparer.align import build_groups

    if alignment.scores is None:
        return [g2 for g in alignment.groups if (g2 := tuple(c for c in g if c.doc_id != doc_id))]
    pairs = [p for p in alignment.pairs if doc_id not in (p.a.doc_id, p.b.doc_id)]
    groups = build_groups(alignment.vectors, pairs, link=alignment.probabilities)
    return [g for g in groups if g[0].doc_id != doc_id]  # its clauses are alone: no pair joins them


def _left_out(alignment: Alignment, doc_id: str, k: int) -> CheckResult:
    """``doc_id`` checked against the obligation groups of the other documents."""
    vectors = alignment.vectors
    groups = [g for g in _reference_groups(alignment, doc_id) if len({c.doc_id for c in g}) >= k]
    label_counts = [term_counts(vectors, g) for g in groups]
    topics = distinct_labels(
        [group_label(vectors, g, counts=c) for g, c in zip(groups, label_counts)],
        lambda i: long_label(vectors, groups[i], label_counts[i]))
    plan_rows = vectors.by_doc.get(doc_id, np.array([], dtype=int))
    plan = [vectors.clauses[i] for i in plan_rows]
    match, possible = _bands(alignment)
    items = []
    for topic, refs in zip(topics, groups):
        scores = _item_scores(_scores(alignment, refs, plan), refs) if plan else np.array([])
        items.append(_judge(representative(alignment, refs).text, topic, refs, plan, scores, match, possible))
    others = tuple(d for d in alignment.doc_ids if d != doc_id)
    return CheckResult(doc_id, others, k, _ordered(items))


def check_corpus(alignment: Alignment, k: int | None = None) -> CorpusCheck:
    """Check every document of an aligned corpus against all the others (leave one out).

    Reuses the alignment's vectors and obligation groups: nothing is embedded or aligned again.
    For document ``d`` the standard items are the groups that at least ``k`` other documents
    state, with those documents' clauses as references; ``d``'s candidate is its clause most
    similar to any reference, judged as in :func:`check`. The groups were formed with ``d``
    included, so an item can differ a little from ``check(d, against=others)``.

    Parameters
    ----------
    alignment : the alignment of the corpus (:func:`comparer.align.align`).
    k : references an item needs to be standard; default ``default_k(n_documents - 1)``.

    Examples
    --------
    >>> result = check_corpus(align(load_corpus("corpora/")))            # doctest: +SKIP
    >>> result.to_frame().query("status == 'missing'")[["plan", "item"]]  # doctest: +SKIP
    """
    k = _resolve_k(k, len(alignment.doc_ids) - 1)
    result = CorpusCheck(k, tuple(_left_out(alignment, d, k) for d in alignment.doc_ids))
    logger.info("corpus check: %s", result.counts())
    return result
