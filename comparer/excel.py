"""Report tables as an Excel workbook (Chinese sheet names and headers) and as CSV text.

Both are deterministic: the workbook's dates are fixed and its zip is rewritten with sorted
entries and a fixed timestamp, so the same tables always give the same bytes. The workbook is
written in openpyxl's write-only mode (rows streamed to disk, not held as cell objects: a third
less memory on 127k aligned pairs); each sheet's ``<dimension>`` element, which that mode leaves
out, is put back so that the bytes are the same as a normal workbook's.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pandas as pd

from comparer.io import frame_csv

SHEETS = {"documents": "文档", "clauses": "条款", "alignments": "对齐", "coverage": "覆盖矩阵",
          "changes": "变化", "check": "检查", "review": "人工标注"}
HEADERS = {
    "doc_id": "文档编号", "clause_id": "条款编号", "kind": "类型", "text": "条款内容",
    "title": "标题", "path": "文件", "jurisdiction": "地区", "jurisdiction_id": "地区编号",
    "admin_level": "行政级别", "province": "省级", "parent": "上级", "year": "年份",
    "source_format": "格式", "inferred": "推断字段", "unknown": "未知字段",
    "section_number": "部分序号", "section_title": "部分标题", "item_number": "事项序号",
    "item_title": "事项标题", "lead_units": "牵头单位", "responsible_units": "责任单位",
    "deadline": "完成时限", "start": "起始位置", "end": "结束位置",
    "doc_a": "文档A", "clause_a": "条款A", "text_a": "条款A内容", "doc_b": "文档B",
    "clause_b": "条款B", "text_b": "条款B内容", "score": "得分", "evidence": "依据",
    "group": "义务组", "label": "主题词", "support": "覆盖文档数",
    "old": "旧文档", "new": "新文档", "status": "状态", "clause_old": "旧条款",
    "text_old": "旧条款内容", "clause_new": "新条款", "text_new": "新条款内容", "changes": "变化",
    "item": "事项", "plan": "被检查文档", "candidate_clause": "候选条款", "candidate_text": "候选条款内容",
    "candidate_score": "候选得分", "reasons": "原因", "references": "参考条款",
    "band": "档位", "topic": "主题词", "stated_by": "提出该事项的文件",
    "same": "是否同一义务（同/不同）",
}
_WIDE = ("title", "path", "item", "candidate_text", "references")
FIXED_TIME = datetime(2000, 1, 1)
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        if value and isinstance(value[0], dict):
            return json.dumps(list(value), ensure_ascii=False, sort_keys=True)
        return "、".join(map(str, value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value


def frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a DataFrame with lists and dicts flattened to text."""
    return pd.DataFrame([{k: _cell(v) for k, v in r.items()} for r in rows])


def csv_text(rows: Sequence[dict[str, Any]]) -> str:
    """Rows as spreadsheet-safe CSV (English column names, ``\\n`` line ends)."""
    return frame_csv(frame(rows))


def _fill_sheet(ws: Any, rows: Sequence[dict[str, Any]]) -> str:
    """Write ``rows`` under a bold header into a write-only sheet; returns the used range."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    df = frame(rows)
    ws.freeze_panes = "A2"
    for i, col in enumerate(df.columns, start=1):
        width = 60 if str(col).startswith("text") or col in _WIDE else 16
        ws.column_dimensions[get_column_letter(i)].width = width
    # an empty table keeps a bold, empty A1, as openpyxl's normal mode writes it
    header = [WriteOnlyCell(ws, HEADERS.get(str(c), str(c))) for c in df.columns] or [WriteOnlyCell(ws)]
    for cell in header:
        cell.font = Font(bold=True)
    ws.append(header)
    for record in df.itertuples(index=False):
        ws.append([_text_cell(ws, v) if isinstance(v, str) and v.startswith("=")
                   else None if v is None or (isinstance(v, float) and v != v) else v for v in record])
    return f"A1:{get_column_letter(len(df.columns))}{len(df) + 1}" if len(df.columns) else "A1:A1"


def _text_cell(ws: Any, value: str) -> Any:
    """A cell holding ``value`` as text: openpyxl would store a string starting with ``=`` as a
    formula, which Excel then evaluates (a clause is document text, never a formula)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"
    return cell


def _format_coverage(ws: Any, n_rows: int, n_cols: int) -> None:
    from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    if n_rows < 1 or n_cols < 4:
        return
    last = get_column_letter(n_cols)
    ws.conditional_formatting.add(f"D2:{last}{n_rows + 1}", FormulaRule(
        formula=["LEN(D2)>0"], fill=PatternFill("solid", start_color="FF8CC3EA", end_color="FF8CC3EA")))
    ws.conditional_formatting.add(f"C2:C{n_rows + 1}", ColorScaleRule(
        start_type="min", start_color="FFF1F3F5", end_type="max", end_color="FF1C6FB0"))


def _normalize_zip(data: bytes, dimensions: dict[str, str]) -> bytes:
    """Rewrite an xlsx zip with sorted entries, a fixed timestamp and fixed document dates, and
    each sheet's used range (``dimensions``: zip entry → ``A1:H10``) as a normal workbook has it."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            payload = src.read(name)
            if name == "docProps/core.xml":
                payload = _CORE_DATE.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", payload)
            elif name in dimensions:
                payload = payload.replace(b"</sheetPr>", b'</sheetPr><dimension ref="%s"/>'
                                          % dimensions[name].encode(), 1)
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, payload)
    return out.getvalue()


def xlsx_bytes(tables: dict[str, Sequence[dict[str, Any]]]) -> bytes:
    """The tables as an .xlsx workbook, one sheet each (see :data:`SHEETS`), as bytes."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    wb.properties.creator = "comparer"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    used = []
    for name, rows in tables.items():
        ws = wb.create_sheet(SHEETS.get(name, name)[:31])
        if name == "coverage" and rows:
            _format_coverage(ws, len(rows), len(rows[0]))
        used.append((ws, _fill_sheet(ws, rows)))
    buf = io.BytesIO()
    wb.save(buf)  # names each sheet's zip entry (ws.path)
    return _normalize_zip(buf.getvalue(), {ws.path.lstrip("/"): ref for ws, ref in used})
