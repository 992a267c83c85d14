"""Users' own labels: review the most uncertain pairs, then align with the answers.

As in record-linkage tools (dedupe's active learning, Splink's labelling tool), the pairs the
matching model is least sure of are the ones worth a person's time:

1. :func:`review_rows` / ``comparer review CORPUS --out review.xlsx`` lists the candidate pairs
   whose probability is nearest 0.5, with a column ``same`` to fill in with 同 or 不同;
2. :func:`read_labels` / ``--labels review.xlsx`` (on align, matrix, changes, check, report)
   reads the answers back: labelled pairs are fixed, and the model is refit on its shipped
   training pairs plus the user's (:func:`comparer.match.score_corpus`).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import numpy as np

from comparer.errors import ComparerError

#: How a filled-in ``same`` cell may say yes or no (case and surrounding spaces ignored).
YES = frozenset({"同", "是", "相同", "同一", "1", "y", "yes", "true", "same"})
NO = frozenset({"不同", "否", "不是", "0", "n", "no", "false", "different"})
#: Column names of a labels file: English (CSV, jsonl) or the workbook's Chinese headers.
COLUMNS = {"clause_a": ("clause_a", "条款A"), "clause_b": ("clause_b", "条款B"),
           "same": ("same", "是否同一义务（同/不同）")}
REVIEW_COLUMNS = ("clause_a", "text_a", "clause_b", "text_b", "score", "band", "evidence", "same")


def review_rows(alignment: Any, n: int = 50) -> list[dict[str, Any]]:
    """The ``n`` candidate pairs the matching model is least sure of (probability nearest 0.5),
    most uncertain first, each with an empty ``same`` column for the reviewer."""
    from comparer.match import band, evidence

    scores = alignment.scores
    if scores is None:
        raise ComparerError("review needs the matching model (method 'model', the TF-IDF embedder)")
    unlabelled = np.array([(int(a), int(b)) not in scores.fixed for a, b in zip(scores.a, scores.b)], bool)
    distance = np.abs(scores.p - 0.5) + np.where(unlabelled, 0.0, 2.0)
    order = np.lexsort((np.arange(len(distance)), distance))[:max(0, n)]
    vectors = alignment.vectors
    rows = []
    for i in order:
        if not unlabelled[i]:
            break
        a, b = vectors.clauses[scores.a[i]], vectors.clauses[scores.b[i]]
        p = float(scores.p[i])
        rows.append({"clause_a": a.clause_id, "text_a": a.text, "clause_b": b.clause_id,
                     "text_b": b.text, "score": round(p, 4), "band": band(p),
                     "evidence": "；".join(evidence(scores, int(i), vectors)), "same": None})
    return rows


def write_review(alignment: Any, path: str | Path, n: int = 50) -> Path:
    """Write :func:`review_rows` as an Excel workbook (sheet 人工标注) to ``path``, atomically."""
    from comparer.excel import xlsx_bytes
    from comparer.io import write_atomic

    return write_atomic(path, xlsx_bytes({"review": review_rows(alignment, n)}))


def read_labels(path: str | Path) -> dict[tuple[str, str], bool]:
    """Labels from a filled-in review file (.xlsx, .csv): ``(clause_a, clause_b) → same``.

    Rows whose ``same`` cell is empty are skipped; any other value than those of :data:`YES`
    and :data:`NO` is refused with the row's number.
    """
    p = Path(path)
    if not p.is_file():
        raise ComparerError(f"{p}: no such labels file")
    rows = _xlsx_rows(p) if p.suffix.lower() == ".xlsx" else _csv_rows(p)
    if not rows:
        raise ComparerError(f"{p}: the labels file is empty")
    header = [str(h or "").strip() for h in rows[0]]
    at = {}
    for key, names in COLUMNS.items():
        found = [header.index(x) for x in names if x in header]
        if not found:
            raise ComparerError(f"{p}: a labels file needs the columns clause_a, clause_b and same "
                                f"(as `comparer review` writes them); it has {header}")
        at[key] = found[0]
    labels: dict[tuple[str, str], bool] = {}
    for line, row in enumerate(rows[1:], start=2):
        value = str(row[at["same"]] if at["same"] < len(row) and row[at["same"]] is not None else "").strip().lower()
        if not value:
            continue
        if value not in YES | NO:
            raise ComparerError(f"{p}: row {line}: 'same' must be 同 or 不同 (or yes/no), got {value!r}")
        labels[str(row[at["clause_a"]]).strip(), str(row[at["clause_b"]]).strip()] = value in YES
    return labels


def _xlsx_rows(p: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(p, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises several types for a file that is not a workbook
        raise ComparerError(f"{p}: cannot read the labels workbook ({type(e).__name__}: {e})") from e
    try:
        return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()


def _csv_rows(p: Path) -> list[list[Any]]:
    from comparer.ingest.text import decode_bytes

    try:
        text = decode_bytes(p.read_bytes(), str(p))
    except OSError as e:
        raise ComparerError(f"{p}: cannot read labels file: {e}") from e
    return [row for row in csv.reader(io.StringIO(text.replace("\r\n", "\n")))]
