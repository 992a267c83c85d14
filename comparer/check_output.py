"""The drafter's check written for people: table rows with Chinese labels (missing items first)
and the Word 对照表 (python-docx), from a :class:`~comparer.check.CheckResult`.

Machine formats (csv, jsonl) keep the status codes, with the Chinese label beside them in
``status_label``; the labels come from :mod:`comparer.labels`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from typing import Any

from comparer.labels import STATUS_HELP, doc_label, label, status_order

#: Reference clauses listed per item in the CLI table (the Word table lists them all).
TABLE_REFS = 2


def doc_names(documents: Iterable[Any] | None) -> dict[str, str]:
    """doc_id → 巴音郭楞蒙古自治州 2024 for ``documents`` (a corpus's ``.documents`` or any
    iterable of :class:`~comparer.model.Document`)."""
    return {d.doc_id: doc_label(d) for d in documents or ()}


def by_status(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records with missing items first, then possible, weak, present (stable within each)."""
    return sorted(records, key=lambda r: status_order(r["status"]))


def _ref_line(ref: Mapping[str, Any], names: Mapping[str, str]) -> str:
    name = names.get(ref["doc_id"], ref["doc_id"])
    return f"{name}（{ref['clause_id']}）：{ref['text']}"


def _said(r: dict[str, Any]) -> list[str]:
    """What the plan says for an item: its candidate clause (none when missing) and why weak."""
    said = ([f"{r['candidate_clause']}：{r['candidate_text']}"] if r["status"] != "missing"
            and r.get("candidate_text") else ["（无）"])
    return said + [f"偏弱原因：{why}" for why in r["reasons"]]


def table_rows(result: Any, names: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """One row per item for the CLI table: status, item, support, what the plan says (or
    nothing), reasons and the first :data:`TABLE_REFS` references with their documents' names."""
    names = names or {}
    rows = []
    for r in by_status(result.records()):
        refs = r["references"]
        lines = [_ref_line(x, names) for x in refs[:TABLE_REFS]]
        if len(refs) > TABLE_REFS:
            lines.append(f"……另有 {len(refs) - TABLE_REFS} 条")
        rows.append({"status": r["status"], "item": r["item"], "support": r["support"],
                     "draft": "\n".join(_said(r)), "reference_text": "\n".join(lines)})
    return rows


def machine_rows(result: Any, flat: bool) -> list[dict[str, Any]]:
    """Records for csv (``flat``: references as lines) or jsonl, each with ``status_label``."""
    from comparer.check import flat_record

    records = [flat_record(r) if flat else r for r in result.records()]
    return [{**r, "status_label": label("status", r["status"])} for r in records]


def check_rows(result: Any, fmt: str, names: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """The rows the CLI writes for ``fmt`` (``table``, ``csv`` or ``jsonl``)."""
    if fmt == "table":
        return table_rows(result, names)
    return machine_rows(result, flat=fmt == "csv")


#: Reference clauses listed per item in the Word table.
DOCX_REFS = 10
_HEADER = ("序号", "状态", "事项（参考文件数）", "本文件的表述", "参考文件的表述")
_WIDTHS_CM = (1.2, 1.8, 4.5, 9.0, 10.5)
_FIXED_TIME = "2000-01-01T00:00:00"


def _set_font(document: Any) -> None:
    """Chinese text in 宋体, Latin in Times New Roman, 10.5 pt (五号), as review documents are."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(10.5)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")


def _landscape(document: Any) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.8)


def _cell_lines(cell: Any, lines: list[str]) -> None:
    """Put ``lines`` into ``cell``, one paragraph each."""
    cell.text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def _item_row(table: Any, n: int, r: dict[str, Any], names: Mapping[str, str]) -> None:
    said = _said(r)
    refs = [_ref_line(x, names) for x in r["references"][:DOCX_REFS]]
    if len(r["references"]) > DOCX_REFS:
        refs.append(f"……另有 {len(r['references']) - DOCX_REFS} 条")
    cells = table.add_row().cells
    for cell, lines in zip(cells, ([str(n)], [label("status", r["status"])],
                                   [f"{r['item']}（{r['support']}）"], said, refs)):
        _cell_lines(cell, lines)


def docx_bytes(result: Any, names: Mapping[str, str] | None = None) -> bytes:
    """The check as a Word 对照表: per standard item, its status, what the plan says (or
    nothing) and what the reference documents say, with their names (``names``: doc_id → name,
    see :func:`doc_names`). The same result always gives the same bytes."""
    import docx
    from docx.shared import Cm

    from comparer.excel import normalize_zip

    names = dict(names or {})
    plan = names.get(result.plan_id, result.plan_id)
    document = docx.Document()
    _set_font(document)
    _landscape(document)
    document.add_heading(f"{plan} 起草检查对照表", level=1)
    counts = result.counts()
    refs = "、".join(names.get(d, d) for d in result.reference_ids)
    document.add_paragraph(f"被检查文件：{plan}（{result.plan_id}）。参考文件：{refs}。"
                           f"标准事项：至少 {result.k} 份参考文件共有的义务，共 {len(result.items)} 项。")
    document.add_paragraph("；".join(f"{label('status', s)} {counts.get(s, 0)} 项"
                                    for s in ("missing", "possible", "weak", "present")
                                    if s in counts or s != "possible") + "。")
    for status, meaning in STATUS_HELP.items():
        document.add_paragraph(f"{label('status', status)}：{meaning}。", style="List Bullet")
    table = document.add_table(rows=1, cols=len(_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, _HEADER):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for n, r in enumerate(by_status(result.records()), start=1):
        _item_row(table, n, r, names)
    for column, width in zip(table.columns, _WIDTHS_CM):
        for cell in column.cells:
            cell.width = Cm(width)
    document.core_properties.author = "comparer"
    buf = io.BytesIO()
    document.save(buf)
    return normalize_zip(buf.getvalue(), {})
