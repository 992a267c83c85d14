"""Year-over-year changes: the clauses of an old and a new document, aligned and compared.

Every alignable clause gets one status: ``unchanged`` (aligned, same text or nearly, and no
attribute differs), ``changed`` (aligned, with differences), ``added`` (a new clause with no
counterpart) or ``dropped`` (an old clause with no counterpart). Alignment is many-to-many, so a
new clause that merges two old ones gives two rows; but a clause with an unchanged counterpart
gets that row alone. The differences of a changed pair are
targets (matched by unit), deadline, lead and responsible units (compared by role, so 州司法局
≡ 市司法局), strength of wording, and a word-level diff of the text.
"""

from __future__ import annotations

import difflib
import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import zip_longest
from typing import Any

import pandas as pd

from comparer.align import Alignment, AlignedPair, align
from comparer.attributes import Target, clause_deadline, find_targets, strength
from comparer.corpus import Corpus
from comparer.errors import OptionError
from comparer.model import Clause
from comparer.units import unit_role

logger = logging.getLogger(__name__)

#: A pair whose texts are at least this similar (difflib ratio of the texts without punctuation),
#: with no attribute difference, is unchanged.
UNCHANGED_RATIO = 0.95
STATUSES = ("unchanged", "changed", "added", "dropped")
COLUMNS = ("status", "clause_old", "text_old", "clause_new", "text_new", "changes", "score")
_PUNCT = set("，,。；;：:、“”\"'‘’（）()《》！!？? \t")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference of an aligned pair: ``field`` went from ``old`` to ``new``."""

    field: str
    old: Any
    new: Any
    unit: str | None = None

    def to_record(self) -> dict[str, Any]:
        d = {"field": self.field, "old": self.old, "new": self.new}
        return d if self.unit is None else {**d, "unit": self.unit}

    @property
    def summary(self) -> str:
        return f"{self.field}: {self.old if self.old is not None else '—'} → {self.new if self.new is not None else '—'}"


@dataclass(frozen=True, slots=True)
class ClauseChange:
    """One row of a change set: an aligned pair, an added clause or a dropped clause."""

    status: str
    old: Clause | None
    new: Clause | None
    score: float | None = None
    changes: tuple[Change, ...] = ()

    def to_record(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "clause_old": self.old.clause_id if self.old else None,
            "text_old": self.old.text if self.old else None,
            "clause_new": self.new.clause_id if self.new else None,
            "text_new": self.new.text if self.new else None,
            "changes": [c.to_record() for c in self.changes],
            "score": None if self.score is None else round(self.score, 4),
        }


@dataclass(frozen=True)
class ChangeSet:
    """What changed from ``old_doc_id`` to ``new_doc_id``, one row per clause or aligned pair."""

    old_doc_id: str
    new_doc_id: str
    rows: tuple[ClauseChange, ...]

    def records(self) -> list[dict[str, Any]]:
        """JSON-ready rows: status, clause_old, text_old, clause_new, text_new, changes, score."""
        return [r.to_record() for r in self.rows]

    def to_frame(self) -> pd.DataFrame:
        """One row per clause change; ``changes`` summarised as ``field: old → new; …``."""
        rows = [{**r.to_record(), "changes": "; ".join(c.summary for c in r.changes)} for r in self.rows]
        return pd.DataFrame(rows, columns=list(COLUMNS))

    def counts(self) -> dict[str, int]:
        """Rows per status, in the order unchanged, changed, added, dropped."""
        return {s: sum(r.status == s for r in self.rows) for s in STATUSES}

    def by_status(self, status: str) -> list[ClauseChange]:
        return [r for r in self.rows if r.status == status]


@lru_cache(maxsize=1)
def _default_tokenizer() -> Any:
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    return jieba.Tokenizer()


def _norm(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch not in _PUNCT)


def _target_changes(old: tuple[Target, ...], new: tuple[Target, ...]) -> list[Change]:
    out = []
    for unit in sorted({t.unit for t in old + new}):
        pairs = zip_longest([t for t in old if t.unit == unit], [t for t in new if t.unit == unit])
        for a, b in pairs:
            if a is None or b is None or (a.value, a.comparator) != (b.value, b.comparator):
                out.append(Change("target", a.label if a else None, b.label if b else None, unit))
    return out


def _unit_change(name: str, old: tuple[str, ...], new: tuple[str, ...]) -> list[Change]:
    if {unit_role(u) for u in old} == {unit_role(u) for u in new}:
        return []
    return [Change(name, "、".join(old) or None, "、".join(new) or None)]


def text_diff(old: str, new: str, tokenizer: Any = None) -> Change | None:
    """The words removed and added from ``old`` to ``new`` (jieba tokens, difflib), or None.

    Examples
    --------
    >>> text_diff("每年不少于1次", "每年不少于2次").to_record()
    {'field': 'text', 'old': '1', 'new': '2'}
    """
    if _norm(old) == _norm(new):
        return None
    tok = tokenizer if tokenizer is not None else _default_tokenizer()
    a = [w for w in tok.lcut(unicodedata.normalize("NFKC", old)) if w.strip()]
    b = [w for w in tok.lcut(unicodedata.normalize("NFKC", new)) if w.strip()]
    removed, added = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            removed.append("".join(a[i1:i2]))
        if op in ("replace", "insert"):
            added.append("".join(b[j1:j2]))
    return Change("text", " / ".join(removed) or None, " / ".join(added) or None)


def compare_clauses(old: Clause, new: Clause, tokenizer: Any = None) -> tuple[Change, ...]:
    """Differences between two aligned clauses: attributes first, then the text diff.

    Targets are matched by unit (两次 = 2次), deadlines by normalised date, units by role.
    """
    out = _target_changes(find_targets(old.text), find_targets(new.text))
    d_old, d_new = clause_deadline(old.deadline, old.text), clause_deadline(new.deadline, new.text)
    if (d_old.key if d_old else None) != (d_new.key if d_new else None):
        out.append(Change("deadline", d_old.text if d_old else None, d_new.text if d_new else None))
    out += _unit_change("lead_units", old.lead_units, new.lead_units)
    out += _unit_change("responsible_units", old.responsible_units, new.responsible_units)
    s_old, s_new = strength(old.text), strength(new.text)
    if s_old.level != s_new.level:
        out.append(Change("strength", s_old.level, s_new.level))
    diff = text_diff(old.text, new.text, tokenizer)
    return tuple(out + ([diff] if diff else []))


def _pair_row(p: AlignedPair, old_doc: str, tokenizer: Any) -> ClauseChange:
    old, new = (p.a, p.b) if p.a.doc_id == old_doc else (p.b, p.a)
    diffs = compare_clauses(old, new, tokenizer)
    a, b = _norm(old.text), _norm(new.text)
    same = a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= UNCHANGED_RATIO
    unchanged = same and not [c for c in diffs if c.field != "text"]
    return ClauseChange("unchanged" if unchanged else "changed", old, new, p.score,
                        () if unchanged else diffs)


def _carried_over(rows: list[ClauseChange]) -> list[ClauseChange]:
    """Drop the other pairs of a clause that has an unchanged counterpart.

    A clause carried over as it was is not also a change into some other, merely similar,
    clause: without this, two identical documents would give a ``changed`` row beside each
    clause's ``unchanged`` one (the alignment keeps every clause's ``top_k`` matches).
    """
    kept = {c.clause_id for r in rows if r.status == "unchanged" for c in (r.old, r.new)}
    return [r for r in rows if r.status == "unchanged"
            or (r.old.clause_id not in kept and r.new.clause_id not in kept)]


def _require_docs(source: Corpus, old_doc_id: str, new_doc_id: str) -> None:
    """Refuse ids that are not documents of ``source``, naming the ones it has."""
    ids = [d.doc_id for d in source.documents]
    if old_doc_id not in ids or new_doc_id not in ids:
        raise OptionError(f"changes needs two documents of the corpus; got {old_doc_id!r} and "
                          f"{new_doc_id!r}, the corpus has {ids}")


def assign(pairs: list[AlignedPair]) -> list[AlignedPair]:
    """The year-over-year assignment: each clause's best counterpart (highest score), and a
    second or third counterpart only where that pair is itself the other clause's best — so a
    duty split into two clauses keeps both, but a clause is never paired with a neighbour that
    has a better counterpart of its own. Every pair given must already be a match."""
    best: dict[str, float] = {}
    for p in pairs:
        for c in (p.a, p.b):
            best[c.clause_id] = max(best.get(c.clause_id, 0.0), p.score)
    return [p for p in pairs if p.score >= best[p.a.clause_id] or p.score >= best[p.b.clause_id]]


def changes(source: Corpus | Alignment, old_doc_id: str, new_doc_id: str, embedder: Any = None,
            threshold: float | None = None, top_k: int | None = None,
            labels: Any = None) -> ChangeSet:
    """Classify every alignable clause of two documents as unchanged, changed, added or dropped.

    Parameters
    ----------
    source : a corpus holding both documents (aligned with :func:`comparer.align.align`, all of
        its documents: third documents inform the matching model), or an existing alignment.
    old_doc_id, new_doc_id : the earlier and the later document.
    embedder, threshold, top_k, labels : as in :func:`comparer.align.align`.

    Pairs are the matches between the two documents, assigned with :func:`assign`.

    Examples
    --------
    >>> cs = changes(load_corpus("corpora/"), "bazhou-2024", "bazhou-2026")   # doctest: +SKIP
    >>> cs.to_frame().query("status == 'changed'")                             # doctest: +SKIP
    """
    if old_doc_id == new_doc_id:
        raise OptionError(f"changes compares two different documents; got {old_doc_id!r} twice")
    if isinstance(source, Alignment):
        alignment = source
        for d in (old_doc_id, new_doc_id):
            if d not in alignment.doc_ids:
                raise OptionError(f"no document {d!r} in the alignment; it has {list(alignment.doc_ids)}")
    else:
        _require_docs(source, old_doc_id, new_doc_id)
        alignment = align(source, embedder, threshold, top_k, labels=labels)
    pairs = assign([p for p in alignment.pairs if {p.a.doc_id, p.b.doc_id} == {old_doc_id, new_doc_id}])
    emb = alignment.vectors.embedder
    tokenizer = getattr(getattr(emb, "tfidf_", emb), "tokenizer_", None)
    clauses = alignment.vectors.clauses
    olds = [c for c in clauses if c.doc_id == old_doc_id]
    news = [c for c in clauses if c.doc_id == new_doc_id]
    rows = _carried_over([_pair_row(p, old_doc_id, tokenizer) for p in pairs])
    paired = {c.clause_id for r in rows for c in (r.old, r.new)}
    rows += [ClauseChange("added", None, c) for c in news if c.clause_id not in paired]
    new_pos = {c.clause_id: n for n, c in enumerate(news)}
    old_pos = {c.clause_id: n for n, c in enumerate(olds)}
    rows.sort(key=lambda r: (new_pos[r.new.clause_id], old_pos[r.old.clause_id] if r.old else -1))
    rows += [ClauseChange("dropped", c, None) for c in olds if c.clause_id not in paired]
    result = ChangeSet(old_doc_id, new_doc_id, tuple(rows))
    logger.info("%s → %s: %s", old_doc_id, new_doc_id, result.counts())
    return result
