"""The report: a plain summary of a corpus and its alignment, rendered as HTML, Excel and CSV.

:func:`summarize` computes a :class:`ReportData` (dataclasses, dicts and lists only);
:class:`Report` renders it (``html()``, ``write_html()``, ``_repr_html_()``, ``write_xlsx()``,
``write_csv()``); :func:`build_report` aligns a corpus and writes all three into a folder.
Rendering is deterministic (no timestamps, stable order) and the HTML is self-contained.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from comparer import labels
from comparer.change_view import OUTCOMES, matters, summary, view_row
from comparer.io import StagedFiles, write_atomic
from comparer.labels import doc_label
from comparer.model import Clause
from comparer.options import ALL_PAIRS_MAX_DOCS

if TYPE_CHECKING:  # alignment (scikit-learn) and pandas load when a report is computed, not when
    import pandas as pd  # a cached one is copied (comparer.results)

    from comparer.align import AlignedPair, Alignment
    from comparer.corpus import Corpus

logger = logging.getLogger(__name__)

_NUMBER = re.compile(r"\d+(?:[.．]\d+)?\s*(?:%|％|个|项|次|天|日|月|年|家|人|件|万元|亿元|元|小时|分钟|批)?")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_MAX_TERMS = 40
_STATUSES = ("present", "weak", "possible", "missing")
#: Above that, each document is shown beside this many most similar documents (and its
#: year-over-year neighbours).
SIMILAR_PER_DOC = 1
_SAME_PLACE = "同一地区前后年度"
#: Reference clauses per check item in the HTML and in the check table (the coverage matrix
#: lists them all): at 200 documents an item has up to 150, and check.csv grew to 97 MB.
_MAX_REFS = 20

#: A piece of clause text and how to show it: "" plain, "hl" shared term, "chg" changed number.
Segment = tuple[str, str]


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, as plain data (see :func:`summarize`)."""

    overview: dict[str, Any]
    documents: list[dict[str, Any]]
    matrix: dict[str, Any]
    pair_views: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    unique: list[dict[str, Any]]
    doc_views: list[dict[str, Any]]
    scores: list[float]
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    check: list[dict[str, Any]] | None = None
    pair_selection: dict[str, Any] | None = None  # None: every document pair is shown
    possible: list[dict[str, Any]] = field(default_factory=list)  # possible-band pairs shown


#: The report's Chinese words for the codes its data uses (statuses, change fields, clause kinds,
#: wording strength levels), from :mod:`comparer.labels`; the tables and CSVs keep the codes.
ZH = {"status": labels.STATUS, "field": labels.FIELD, "kind": labels.KIND, "strength": labels.STRENGTH}


def anchor(clause_id: str) -> str:
    """The HTML id of a clause in the document view: ``c-bazhou-2024/11.2``."""
    return f"c-{clause_id}"


def _key(number: str) -> str:
    return _SPACE.sub("", number).replace("．", ".")


def _numbers(text: str) -> set[str]:
    return {_key(m.group()) for m in _NUMBER.finditer(text)}


def _term_ends(text: str, terms: Sequence[str]) -> dict[int, int]:
    """Where each occurrence of a term starts → the end of the longest term starting there."""
    ends: dict[int, int] = {}
    for t in terms:
        i = text.find(t) if t else -1
        while i >= 0:
            ends[i] = max(ends.get(i, 0), i + len(t))
            i = text.find(t, i + 1)
    return ends


def segments(text: str, terms: Sequence[str], changed: set[str]) -> list[Segment]:
    """Cut ``text`` into plain pieces, shared ``terms`` ("hl") and ``changed`` numbers ("chg").

    Scanning from the left, the earliest match wins; where a number and terms start at the same
    place the number wins, then the longest term. Numbers are marked "chg" when in ``changed``.
    """
    ends = _term_ends(text, terms)
    digits = {m.start() for m in _DIGIT.finditer(text)}
    out: list[Segment] = []
    pos = 0
    for start in sorted(digits | ends.keys()):
        if start < pos:
            continue
        if start in digits:
            end = _NUMBER.match(text, start).end()
            kind = "chg" if _key(text[start:end]) in changed else ""
        else:
            end, kind = ends[start], "hl"
        out += [(text[pos:start], ""), (text[start:end], kind)]
        pos = end
    out.append((text[pos:], ""))
    return [s for s in out if s[0]]


def _shared_terms(alignment: Alignment, p: AlignedPair, cache: dict[str, set[str]]) -> list[str]:
    emb = alignment.vectors.embedder
    if hasattr(emb, "terms"):
        for c in (p.a, p.b):
            if c.clause_id not in cache:
                cache[c.clause_id] = emb.terms(c.text)
        shared = cache[p.a.clause_id] & cache[p.b.clause_id]
        return sorted((t for t in shared if not t.isdigit()), key=lambda t: (-len(t), t))[:_MAX_TERMS]
    return list(p.evidence)


def _clause_ref(c: Clause) -> dict[str, Any]:
    return {"id": c.clause_id, "anchor": anchor(c.clause_id), "doc_id": c.doc_id, "text": c.text}


def _pair_row(alignment: Alignment, p: AlignedPair, cache: dict[str, set[str]]) -> dict[str, Any]:
    terms = _shared_terms(alignment, p, cache)
    na, nb = _numbers(p.a.text), _numbers(p.b.text)
    diffs = []
    # a field one side does not state (prose beside a responsibility table) is no difference
    if p.a.deadline and p.b.deadline and p.a.deadline != p.b.deadline:
        diffs.append({"field": "完成时限", "a": p.a.deadline, "b": p.b.deadline})
    if p.a.lead_units and p.b.lead_units and set(p.a.lead_units) != set(p.b.lead_units):
        diffs.append({"field": "牵头单位", "a": "、".join(p.a.lead_units), "b": "、".join(p.b.lead_units)})
    return {"score": round(p.score, 3), "evidence": list(p.evidence), "diffs": diffs,
            "a": {**_clause_ref(p.a), "segments": segments(p.a.text, terms, na - nb)},
            "b": {**_clause_ref(p.b), "segments": segments(p.b.text, terms, nb - na)}}


def _items(clauses: Sequence[Clause]) -> int:
    return len({(c.section, c.item.root) for c in clauses if c.item is not None})  # sub-items not counted


def inferred_title(doc: Any) -> str:
    """A title for a document without a title line, from what was inferred: 阜康市2021年工作要点."""
    year = f"{doc.year}年" if doc.year else ""
    return f"{doc.jurisdiction or ''}{year}{doc.kind or ''}" or doc.doc_id


def _documents(corpus: Corpus) -> list[dict[str, Any]]:
    rows = []
    for seg in corpus.segmentations:
        d = seg.document
        rows.append({"doc_id": d.doc_id, "label": doc_label(d), "title": d.title or "",
                     "inferred_title": "" if d.title else inferred_title(d),
                     "jurisdiction": d.jurisdiction or "", "year": d.year, "kind": d.kind or "",
                     "clauses": len(seg.clauses),
                     "alignable": sum(c.kind.alignable for c in seg.clauses),
                     "n_items": _items(seg.clauses)})
    return rows


def _why_no_changes(corpus: Corpus) -> str:
    """Why the corpus has no year-over-year pair, in the report's words."""
    several = [ds for ds in _by_place(corpus).values() if len(ds) > 1]
    if not several:
        return "没有同一地区的多份文件（地区未知的文件不参与比较）。"
    if any(any(not d.year for d in ds) for ds in several):
        return "同一地区的文件缺少年份，无法比较年度变化（可在 manifest.csv 中填写 year）。"
    return "同一地区的多份文件年份相同，没有年度变化可比较。"


def _overview(corpus: Corpus, alignment: Alignment, docs: list[dict[str, Any]]) -> dict[str, Any]:
    ds = corpus.documents
    return {"documents": len(ds),
            "jurisdictions": sorted({d.jurisdiction for d in ds if d.jurisdiction}),
            "years": sorted({d.year for d in ds if d.year}),
            "kinds": sorted({d.kind for d in ds if d.kind}),
            "clauses": sum(r["clauses"] for r in docs), "n_items": sum(r["n_items"] for r in docs),
            "pairs": len(alignment.pairs), "groups": len(alignment.groups),
            "shared_groups": sum(len({c.doc_id for c in g}) > 1 for g in alignment.groups),
            "threshold": alignment.threshold,
            "skipped": [problem for _, problem in corpus.skipped],
            "no_changes": _why_no_changes(corpus)}


def _matrix(alignment: Alignment, cov: pd.DataFrame) -> dict[str, Any]:
    rows = []
    for (_, r), group in zip(cov.iterrows(), alignment.groups):
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for c in group:
            by_doc.setdefault(c.doc_id, []).append(_clause_ref(c))
        cells = [by_doc.get(d, []) for d in alignment.doc_ids]
        rows.append({"group": r["group"], "label": r["label"], "support": int(r["support"]),
                     "docs": [d for d, cs in zip(alignment.doc_ids, cells) if cs],
                     "text": group[0].text[:80], "cells": cells})
    return {"doc_ids": list(alignment.doc_ids), "rows": rows}


def shared_groups(alignment: Alignment, cov: pd.DataFrame | None = None) -> np.ndarray:
    """Documents × documents: the number of obligation groups both state (diagonal: their own).

    ``cov`` is the alignment's :meth:`~comparer.align.Alignment.coverage`, when the caller has it.
    """
    cov = alignment.coverage() if cov is None else cov
    present = cov[list(alignment.doc_ids)].ne("").to_numpy(dtype=np.int64)  # group × document
    return present.T @ present


def select_pairs(corpus: Corpus, alignment: Alignment, all_pairs_max: int = ALL_PAIRS_MAX_DOCS,
                 similar: int = SIMILAR_PER_DOC, cov: pd.DataFrame | None = None) -> dict[tuple[str, str], str]:
    """The document pairs to show side by side, in document order, each with why it is shown.

    Up to ``all_pairs_max`` documents: every pair (reason ""). Above: the year-over-year pairs
    of each jurisdiction (:func:`year_pairs`), plus each document with the ``similar`` other
    documents that share the most obligation groups with it (ties: document order) — at most
    ``len(year_pairs) + similar × documents`` pairs. ``cov``: as in :func:`shared_groups`.
    """
    ids = alignment.doc_ids
    if len(ids) <= all_pairs_max:
        return {pair: "" for pair in combinations(ids, 2)}
    at = {d: i for i, d in enumerate(ids)}
    found: dict[tuple[int, int], str] = {}
    for old, new in year_pairs(corpus):
        if old in at and new in at:
            found[tuple(sorted((at[old], at[new])))] = _SAME_PLACE
    shared = shared_groups(alignment, cov)
    np.fill_diagonal(shared, -1)
    for i in range(len(ids)):
        for j in np.argsort(-shared[i], kind="stable")[:similar]:
            if shared[i, j] > 0:
                found.setdefault(tuple(sorted((i, int(j)))), f"最相似：共有 {shared[i, j]} 个义务组")
    return {(ids[i], ids[j]): why for (i, j), why in sorted(found.items())}


def _pair_views(alignment: Alignment, selected: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    by_pair: dict[tuple[str, str], list[AlignedPair]] = {pair: [] for pair in selected}
    for p in alignment.pairs:
        rows = by_pair.get((p.a.doc_id, p.b.doc_id))
        if rows is not None:
            rows.append(p)
    cache: dict[str, set[str]] = {}
    return [{"doc_a": a, "doc_b": b, "reason": why,
             "rows": [_pair_row(alignment, p, cache) for p in by_pair[a, b]]}
            for (a, b), why in selected.items()]


def _pair_selection(alignment: Alignment, selected: dict[tuple[str, str], str], all_pairs_max: int,
                    similar: int) -> dict[str, Any] | None:
    """What the report says about the selection, or None when every pair is shown."""
    n = len(alignment.doc_ids)
    if n <= all_pairs_max:
        return None
    year = sum(why == _SAME_PLACE for why in selected.values())
    return {"documents": n, "limit": all_pairs_max, "total": n * (n - 1) // 2, "shown": len(selected),
            "year": year, "similar": similar, "similar_pairs": len(selected) - year}


def _unique(corpus: Corpus, alignment: Alignment) -> list[dict[str, Any]]:
    """Per document, the clauses of the groups no other document states (``only_in``, one pass)."""
    only: dict[str, list[dict[str, Any]]] = {d: [] for d in alignment.doc_ids}
    for g in alignment.groups:
        docs = {c.doc_id for c in g}
        if len(docs) == 1:
            only[g[0].doc_id] += [_clause_ref(c) for c in g]
    return [{"doc_id": d, "label": doc_label(corpus.document(d)), "clauses": only[d]}
            for d in alignment.doc_ids]


def _records(obj: Any) -> list[dict[str, Any]]:
    """Rows of a findings object: ``.records()``, ``.to_frame()`` or a list of dicts."""
    if obj is None:
        return []
    if hasattr(obj, "records"):
        return list(obj.records())
    if hasattr(obj, "to_frame"):
        return obj.to_frame().to_dict("records")
    return list(obj)


def year_pairs(corpus: Corpus) -> list[tuple[str, str]]:
    """(older, newer) document ids of each jurisdiction with documents of more than one year:
    each document beside the next one in time (two documents of one year are no change over
    a year, so they are not paired)."""
    out = []
    for docs in _by_place(corpus).values():
        docs = sorted((d for d in docs if d.year), key=lambda d: (d.year, d.doc_id))
        out += [(x.doc_id, y.doc_id) for x, y in zip(docs, docs[1:]) if x.year < y.year]
    return out


def _by_place(corpus: Corpus) -> dict[str, list[Any]]:
    """The documents of each known jurisdiction (by latin id, else name), in corpus order."""
    by_j: dict[str, list[Any]] = {}
    for d in corpus.documents:
        key = d.jurisdiction_id or d.jurisdiction
        if key:
            by_j.setdefault(key, []).append(d)
    return by_j


def compute_changes(corpus: Corpus, alignment: Alignment | None = None) -> dict[tuple[str, str], Any]:
    """Year-over-year changes per jurisdiction (from ``alignment``'s pairs when given, else each
    pair aligned on its own)."""
    from comparer.changes import changes

    source = alignment if alignment is not None else corpus
    return {(old, new): changes(source, old, new) for old, new in year_pairs(corpus)}


def _change_views(corpus: Corpus, changes: dict[tuple[str, str], Any] | None) -> list[dict[str, Any]]:
    views = []
    for old, new in year_pairs(corpus):
        found = changes.get((old, new)) if changes is not None else None
        rows = [view_row({**r, "anchor_old": anchor(r["clause_old"]) if r.get("clause_old") else None,
                          "anchor_new": anchor(r["clause_new"]) if r.get("clause_new") else None})
                for r in _records(found)]
        views.append({"old": old, "new": new, "available": found is not None, "rows": rows,
                      "summary": summary(rows), "key": [r for r in rows if matters(r)],
                      "minor": [r for r in rows if not matters(r)],
                      "jurisdiction": corpus.document(new).jurisdiction or new})
    return views


def _doc_views(corpus: Corpus) -> list[dict[str, Any]]:
    views = []
    for seg in corpus.segmentations:
        clauses = [{**_clause_ref(c), "kind": c.kind.value,
                    "item": c.item.label if c.item else (c.section.label if c.section else ""),
                    "units": "、".join(c.lead_units), "deadline": c.deadline or ""}
                   for c in seg.clauses]
        views.append({"doc_id": seg.document.doc_id, "label": doc_label(seg.document),
                      "title": seg.document.title or "", "clauses": clauses})
    return views


def _check_rows(check: Any) -> list[dict[str, Any]]:
    """Check records with the checked document's id first (``plan``)."""
    plan = getattr(check, "plan_id", None)
    return [{"plan": plan, **r} for r in _records(check)]


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else [value] if value else []


def _check_issue(r: dict[str, Any]) -> dict[str, Any]:
    """A weak or missing check item with links: its candidate and up to ``_MAX_REFS`` references."""
    refs = [{"id": x["clause_id"], "anchor": anchor(x["clause_id"]), "text": x["text"], "doc_id": x["doc_id"]}
            for x in r.get("references") or [] if isinstance(x, dict)]
    return {**r, "reasons": _as_list(r.get("reasons")),
            "anchor": anchor(r["candidate_clause"]) if r.get("candidate_clause") else None,
            "refs": refs[:_MAX_REFS], "more_refs": max(0, len(refs) - _MAX_REFS)}


_ISSUE_ORDER = ("missing", "possible", "weak")


def _check_views(corpus: Corpus, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per checked document: counts by status and the weak and missing items, with links."""
    by_plan: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_plan.setdefault(r["plan"] or "", []).append(r)
    ids = {d.doc_id for d in corpus.documents}
    views = []
    for plan, rs in by_plan.items():
        issues = [_check_issue(r) for r in rs if r["status"] != "present"]
        views.append({"doc_id": plan, "label": doc_label(corpus.document(plan)) if plan in ids else plan,
                      "counts": {s: sum(r["status"] == s for r in rs) for s in _STATUSES},
                      "issues": sorted(issues, key=lambda r: _ISSUE_ORDER.index(r["status"]))})
    return views


def _tables(corpus: Corpus, alignment: Alignment, cov: pd.DataFrame, change_views: list[dict[str, Any]],
            check: list[dict[str, Any]] | None) -> dict[str, list[dict[str, Any]]]:
    tables = {"documents": [d.meta() for d in corpus.documents],
              "clauses": [c.to_row() for c in corpus.clause_list],
              "alignments": alignment.records(),
              "coverage": cov.to_dict("records")}
    changes = [{"old": v["old"], "new": v["new"], **{k: r.get(k) for k in
                ("status", "clause_old", "text_old", "clause_new", "text_new", "changes")}}
               for v in change_views for r in v["rows"]]
    if changes:
        tables["changes"] = changes
    if check is not None:
        from comparer.check import flat_record

        tables["check"] = [flat_record(r, _MAX_REFS) if isinstance(r.get("references"), list) else r
                           for r in check]
    if alignment.possible:
        tables["possible"] = [p.to_record() for p in alignment.possible]
    return tables


#: Possible-band pairs the HTML lists (most likely first); possible.csv keeps them all.
MAX_POSSIBLE = 100


def _possible(alignment: Alignment) -> list[dict[str, Any]]:
    """The matching model's possible-band pairs for review in the HTML, with links."""
    return [{**p.to_record(), "anchor_a": anchor(p.a.clause_id), "anchor_b": anchor(p.b.clause_id)}
            for p in alignment.possible[:MAX_POSSIBLE]]


def summarize(corpus: Corpus, alignment: Alignment, changes: dict[tuple[str, str], Any] | None = None,
              check: Any = None, all_pairs_max: int = ALL_PAIRS_MAX_DOCS) -> ReportData:
    """The report's content as plain data.

    ``changes`` maps (older id, newer id) to a :func:`comparer.changes.changes` result; ``check``
    is a drafter check result (:func:`comparer.check.check_corpus` or :func:`comparer.check.check`,
    anything with ``.records()``) or a list of check records. Side-by-side views cover every
    document pair up to ``all_pairs_max`` documents, else the pairs of :func:`select_pairs`.
    Without ``changes`` they are computed from ``alignment`` (:func:`compute_changes`); without
    ``check`` the report has no check section.
    """
    changes = compute_changes(corpus, alignment) if changes is None else changes
    docs = _documents(corpus)
    cov = alignment.coverage()
    selected = select_pairs(corpus, alignment, all_pairs_max, cov=cov)
    change_views = _change_views(corpus, changes)
    check_rows = None if check is None else _check_rows(check)
    unique = _unique(corpus, alignment)
    return ReportData(overview=_overview(corpus, alignment, docs), documents=docs,
                      matrix=_matrix(alignment, cov), pair_views=_pair_views(alignment, selected),
                      changes=change_views, unique=unique, doc_views=_doc_views(corpus),
                      scores=[round(p.score, 4) for p in alignment.pairs],
                      tables=_tables(corpus, alignment, cov, change_views, check_rows),
                      check=None if check_rows is None else _check_views(corpus, check_rows),
                      pair_selection=_pair_selection(alignment, selected, all_pairs_max, SIMILAR_PER_DOC),
                      possible=_possible(alignment))


class Report:
    """A rendered view of a :class:`ReportData`: HTML, Excel and CSV."""

    def __init__(self, data: ReportData) -> None:
        self.data = data

    def html(self) -> str:
        """The whole report as one self-contained, deterministic HTML page."""
        import jinja2

        from comparer.figures import heatmap_svg, histogram_svg

        templates = resources.files("comparer").joinpath("templates")
        env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                                 keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
                                 loader=jinja2.DictLoader({"change_rows": templates.joinpath(
                                     "change_rows.html.j2").read_text("utf-8")}))
        source = templates.joinpath("report.html.j2").read_text("utf-8")
        labels = {d["doc_id"]: d["label"] for d in self.data.documents}
        return env.from_string(source).render(
            d=self.data, labels=labels, zh=ZH, outcomes=OUTCOMES, check_statuses=_STATUSES,
            heatmap=heatmap_svg(self.data.matrix, labels),
            histogram=histogram_svg(self.data.scores, self.data.overview["threshold"]))

    def _repr_html_(self) -> str:
        return self.html()

    def write_html(self, path: str | Path) -> Path:
        return write_atomic(path, self.html())

    def write_xlsx(self, path: str | Path) -> Path:
        from comparer.excel import xlsx_bytes

        return write_atomic(path, xlsx_bytes(self.data.tables))

    def write_csv(self, folder: str | Path) -> list[Path]:
        return [write_atomic(path, text) for path, text in self._csv_files(folder)]

    def _csv_files(self, folder: str | Path) -> Iterator[tuple[Path, str]]:
        """``(folder/NAME.csv, its text)`` for each table."""
        from comparer.excel import csv_text

        for name, rows in self.data.tables.items():
            yield Path(folder) / f"{name}.csv", csv_text(rows)

    def files(self, stage: Callable[[str], None] | None = None) -> dict[str, bytes]:
        """The report's files, name → bytes, in writing order: report.xlsx, one CSV per table,
        report.html."""
        from comparer.excel import xlsx_bytes

        if stage:
            stage("writing report.xlsx")
        out = {"report.xlsx": xlsx_bytes(self.data.tables)}
        if stage:
            stage("writing CSV and report.html")
        out.update((path.name, text.encode("utf-8")) for path, text in self._csv_files(""))
        out["report.html"] = self.html().encode("utf-8")
        return out

    def write(self, folder: str | Path, stage: Callable[[str], None] | None = None) -> Path:
        """Write report.xlsx, one CSV per table and report.html into ``folder``, all or none of
        them (:class:`~comparer.io.StagedFiles`); returns the path of report.html."""
        return write_files(folder, self.files(stage))


def write_files(folder: str | Path, files: dict[str, bytes]) -> Path:
    """Write ``files`` (name → bytes) into ``folder``, all or none of them; returns the path of
    report.html."""
    folder = Path(folder)
    with StagedFiles() as staged:
        for name, data in files.items():
            staged.write(folder / name, data)
    return folder / "report.html"


def build_report(corpus: Corpus, out_dir: str | Path, embedder: Any = None,
                 threshold: float | None = None,
                 progress: Callable[..., None] | None = None,
                 all_pairs_max: int = ALL_PAIRS_MAX_DOCS,
                 labels: dict[tuple[str, str], bool] | None = None,
                 cache: bool | str | Path = True) -> Path:
    """Align ``corpus``, compute year-over-year changes and the leave-one-out drafter check of
    every document, and write report.html, report.xlsx and CSV tables into ``out_dir``; returns
    the path of report.html. ``threshold`` and ``labels`` are as in :func:`comparer.align.align`;
    the changes and the check are those of :func:`comparer.changes.changes` and
    :func:`comparer.check.check` on the same corpus and options.

    The HTML shows every document pair side by side up to ``all_pairs_max`` documents; above,
    only the pairs of :func:`select_pairs` (year over year, and each document's most similar
    one), and says so. alignments.csv and the 对齐 sheet always hold every aligned pair.

    With ``cache`` (True: the folder of the embedding cache, ``COMPARER_CACHE=off`` disabling
    both; or a folder) and the TF-IDF embedder, the files are kept in the report cache
    (:mod:`comparer.results`) and copied from there when the documents, options, matching model
    and code are the same: the same bytes, without aligning again.

    Examples
    --------
    >>> build_report(load_corpus("corpora/"), "report/")   # doctest: +SKIP
    PosixPath('report/report.html')
    """
    from comparer.embed import E5Encoder, TfidfEmbedder, resolve_embedder
    from comparer.results import ReportCache, report_key

    embedder = resolve_embedder(embedder)
    store = None
    if cache is not False and type(embedder) is TfidfEmbedder:  # the key cannot vouch for other models
        store = ReportCache.default(None if cache is True else cache)
    if store is None:
        return write_files(out_dir, _report_files(corpus, embedder, threshold, progress, all_pairs_max, labels))
    key = report_key(corpus, embedder.name, threshold, labels, all_pairs_max, E5Encoder.available())
    files = store.get(key)
    if files is None:
        files = _report_files(corpus, embedder, threshold, progress, all_pairs_max, labels)
        store.put(key, files)
    elif progress:
        progress("copying the cached report", 0)
    return write_files(out_dir, files)


def _report_files(corpus: Corpus, embedder: Any, threshold: float | None,
                  progress: Callable[..., None] | None, all_pairs_max: int,
                  labels: dict[tuple[str, str], bool] | None) -> dict[str, bytes]:
    """The report's files (:meth:`Report.files`), computed: align, changes, check, render."""
    from comparer.align import align
    from comparer.check import check_corpus

    def stage(label: str) -> None:  # a new stage of unknown length: the label changes, the bar stays
        if progress:
            progress(label, 0)

    alignment = align(corpus, embedder, threshold=threshold, progress=progress, labels=labels)
    stage("year-over-year changes")
    changes = compute_changes(corpus, alignment)
    stage("drafter check")
    check = check_corpus(alignment) if len(corpus) > 1 else None
    return Report(summarize(corpus, alignment, changes, check, all_pairs_max)).files(stage)
