"""Tables flattened to text: each cell a tab-indented line, a blank line between rows.

This is what a Word table becomes when pasted as text, and what :mod:`comparer.ingest` readers
produce for .docx and .html tables. A cell can break across lines (the continuation line has no
tab: ``\\t州数字化`` … ``发展局``); an empty merged cell is a line holding only a tab.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from comparer.model import Document, Span, SpanKind
from comparer.text import Line

# Header words → the role of the column. Roles come from the header row's names, so a column
# the drafter added (a 备注) takes its own role and shifts none of the others.
_ROLES = {
    "number": ("序号", "编号"),
    "task": ("工作任务", "主要任务", "重点任务", "任务", "工作内容"),
    "detail": ("具体事项", "工作措施", "具体措施", "具体任务", "任务内容", "主要措施"),
    "lead": ("牵头单位", "牵头部门", "主办单位"),
    "responsible": ("责任单位", "配合单位", "参加单位", "责任部门", "协办单位"),
    "deadline": ("完成时限", "完成时间", "时间节点", "时限"),
    "note": ("备注", "说明", "备注说明"),  # kept apart from the clauses: a remark, not an obligation
}
_WS = re.compile(r"\s+")
_MIN_CELLS = 6


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int


@dataclass
class TableRow:
    cells: dict[str, Cell] = field(default_factory=dict)
    notes: list[Cell] = field(default_factory=list)  # the row's note columns (there can be several)

    def cell_text(self, text: str, role: str) -> str:
        """The cell's text with line breaks and spaces removed ('' if the row has no such cell)."""
        cell = self.cells.get(role)
        return _WS.sub("", text[cell.start:cell.end]) if cell else ""


def _role(header: str) -> str | None:
    h = _WS.sub("", header)
    for role, words in _ROLES.items():
        if h in words:
            return role
    return None


def _cells(text: str) -> tuple[list[Cell], list[Line], int]:
    """Tab-indented cells (continuation lines appended), the non-tab lines before them, and
    the number of cells before the first blank line that follows a cell (0 if none does)."""
    cells: list[Cell] = []
    front: list[Line] = []
    first_row = 0
    pos = 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        stripped = raw.strip()
        if raw.startswith("\t"):
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw) - len(raw.rstrip())
            cells.append(Cell(s + lead, max(s + lead, e - trail)))
        elif stripped:
            a = s + raw.index(stripped[0])
            b = a + len(stripped)
            if cells:
                last = cells[-1]
                cells[-1] = Cell(last.start if last.end > last.start else a, b)
            else:
                front.append(Line(a, b, s, False))
        elif cells and not first_row:
            first_row = len(cells)
    return cells, front, first_row


def _header_roles(text: str, cells: list[Cell], first_row: int) -> list[str | None]:
    """Column roles from the header row's names.

    Where a blank line ends the header row, every header cell is a column: a name that is not
    a known header (or repeats one) becomes a ``note`` column, kept out of the clauses, so it
    shifts no other column. Without that blank line the header is the run of known names.
    """
    names = [_role(text[c.start:c.end]) for c in cells[:first_row]]
    known = set(names) - {None, "note"}
    if len(known) >= 3 and known & {"task", "detail"}:
        return [r if r and r not in names[:i] else "note" for i, r in enumerate(names)]
    roles: list[str | None] = []
    for cell in cells:
        role = _role(text[cell.start:cell.end])
        if role is None or role in roles:
            break
        roles.append(role)
    return roles


def read_table(doc: Document) -> tuple[list[TableRow], list[Span], list[Line], tuple[str, ...]] | None:
    """Read ``doc`` as a flattened table, or return None when it is not one.

    Returns the rows (cells by role), the spans of header cells, the lines before the table
    and notes on anything irregular.
    """
    text = doc.text
    if text.count("\n\t") < _MIN_CELLS:
        return None
    cells, front, first_row = _cells(text)
    roles = _header_roles(text, cells, first_row)
    if len(roles) < 3 or "detail" not in roles and "task" not in roles:
        return None
    if "detail" not in roles:  # a table with one task column: the task is the detail
        roles[roles.index("task")] = "detail"
    n = len(roles)
    spans = [Span(doc.doc_id, c.start, c.end, SpanKind.TABLE_HEADER) for c in cells[:n] if c.end > c.start]
    body = cells[n:]
    notes: tuple[str, ...] = ()
    if len(body) % n:
        notes = (f"table has {len(body)} cells after its {n}-column header, not a multiple of {n}; "
                 "the last row is incomplete",)
    rows = []
    for i in range(0, len(body), n):
        filled = [(r, c) for r, c in zip(roles, body[i:i + n]) if r and c.end > c.start]
        rows.append(TableRow({r: c for r, c in filled if r != "note"}, [c for r, c in filled if r == "note"]))
    return rows, spans, front, notes
