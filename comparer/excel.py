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
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from types import SimpleNamespace
from datetime import datetime
from typing import Any

import pandas as pd

from comparer.io import frame_csv
from comparer.labels import COLUMNS, doc_label, readable

SHEETS = {"documents": "文档", "clauses": "条款", "alignments": "对齐", "coverage": "覆盖矩阵",
          "changes": "变化", "check": "检查", "possible": "待核实配对", "review": "人工标注"}
#: Column headers (one table for the workbook and the CLI: :data:`comparer.labels.COLUMNS`).
HEADERS = COLUMNS
#: Column widths in characters (a CJK character counts two): at least the header's, at most
#: :data:`_MAX_WIDTH`; wider text wraps.
_MIN_WIDTH, _MAX_WIDTH = 8, 60
#: Rows measured for a column's width (the rest are assumed alike).
_SAMPLE = 500
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


def display_width(text: str) -> int:
    """Columns ``text``'s longest line takes on screen: CJK (wide) characters count two."""
    return max((sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
                for line in text.splitlines()), default=0)


def _widths(df: pd.DataFrame, headers: list[str]) -> list[int]:
    """Each column's width: its header's and its first :data:`_SAMPLE` values' display width,
    within [:data:`_MIN_WIDTH`, :data:`_MAX_WIDTH`]."""
    out = []
    for header, col in zip(headers, df.columns):
        values = df[col].head(_SAMPLE).dropna().astype(str)
        widest = max([display_width(header), *map(display_width, values)])
        out.append(min(max(widest + 2, _MIN_WIDTH), _MAX_WIDTH))
    return out


def _readable_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Rows for people: statuses and kinds as Chinese labels, changes as text, lists joined."""
    return pd.DataFrame([{k: _cell(readable(k, v)) for k, v in r.items()} for r in rows])


def _fill_sheet(ws: Any, rows: Sequence[dict[str, Any]], names: Mapping[str, str]) -> str:
    """Write ``rows`` under a bold, filterable header into a write-only sheet, long text wrapped;
    ``names`` label columns named by document id (the coverage matrix). Returns the used range."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    df = _readable_frame(rows)
    headers = [names.get(str(c)) or HEADERS.get(str(c), str(c)) for c in df.columns]
    widths = _widths(df, headers)
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    # an empty table keeps a bold, empty A1, as openpyxl's normal mode writes it
    header = [WriteOnlyCell(ws, h) for h in headers] or [WriteOnlyCell(ws)]
    for cell in header:
        cell.font = Font(bold=True)
    ws.append(header)
    style = SimpleNamespace(wrap=Alignment(wrap_text=True, vertical="top"))
    wrapped = [w >= _MAX_WIDTH for w in widths]
    for record in df.itertuples(index=False):
        ws.append([_value_cell(ws, v, wrap and style.wrap) for v, wrap in zip(record, wrapped)])
    ref = f"A1:{get_column_letter(len(df.columns))}{len(df) + 1}" if len(df.columns) else "A1:A1"
    if len(df):
        ws.auto_filter.ref = ref
    return ref


def _value_cell(ws: Any, value: Any, wrap: Any) -> Any:
    """A cell's value: None for NaN, text starting with ``=`` kept as text, long text wrapped."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, str) and (wrap or value.startswith("=")):
        cell = _text_cell(ws, value)
        if wrap:
            cell.alignment = wrap
        return cell
    return value


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


def normalize_zip(data: bytes, dimensions: dict[str, str]) -> bytes:
    """Rewrite an Office zip (xlsx, docx) with sorted entries, a fixed timestamp and fixed document dates, and
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


def doc_names(documents: Sequence[dict[str, Any]]) -> dict[str, str]:
    """doc_id → place and year (巴音郭楞蒙古自治州 2024) for the documents table's rows; two
    documents of one place and year get their ids beside the name."""
    named = {d["doc_id"]: doc_label(SimpleNamespace(**d)) for d in documents}
    seen = [n for n in named.values()]
    return {i: n if seen.count(n) == 1 else f"{n}（{i}）" for i, n in named.items()}


def xlsx_bytes(tables: dict[str, Sequence[dict[str, Any]]]) -> bytes:
    """The tables as an .xlsx workbook, one sheet each (see :data:`SHEETS`), as bytes."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    wb.properties.creator = "comparer"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    used = []
    names = doc_names(tables.get("documents", ()))
    for name, rows in tables.items():
        ws = wb.create_sheet(SHEETS.get(name, name)[:31])
        if name == "coverage" and rows:
            _format_coverage(ws, len(rows), len(rows[0]))
        used.append((ws, _fill_sheet(ws, rows, names if name == "coverage" else {})))
    buf = io.BytesIO()
    wb.save(buf)  # names each sheet's zip entry (ws.path)
    return normalize_zip(buf.getvalue(), {ws.path.lstrip("/"): ref for ws, ref in used})
