"""Tables flattened to text: each cell a tab-indented line, a blank line between rows.

This is what a Word table becomes when pasted as text, and what :mod:`comparer.ingest` readers
produce for .docx and .html tables. A cell can break across lines (the continuation line has no
tab: ``\\t州数字化`` … ``发展局``); an empty merged cell is a line holding only a tab.

A document can hold several tables among its paragraphs. A table starts at a header row
(序号 / 工作任务 / 牵头单位 …) and ends where its text stops being cells: at a line without a tab
after a blank line once its last row is complete, or at the next table's header row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from comparer.model import Document, Span, SpanKind
from comparer.units import ROLE_KEYS, is_lead

# Header words → the role of the column. Roles come from the header row's names, so a column
# the drafter added (a 备注) takes its own role and shifts none of the others.
_ROLES = {
    "number": ("序号", "编号"),
    "task": ("工作任务", "主要任务", "重点任务", "任务", "工作内容", "任务名称", "重点工作", "工作重点",
             "考核项目"),  # a 考核细则's rows: what is assessed, then its indicators
    "detail": ("具体事项", "工作措施", "具体措施", "具体任务", "任务内容", "主要措施", "具体要求", "具体工作措施",
               "指标要求", "工作目标", "攻坚目标", "考核指标", "考核内容", "考核标准", "评分标准"),
    "lead": ("牵头单位", "牵头部门", "主办单位", "牵头科室"),
    "responsible": ("责任单位", "配合单位", "参加单位", "责任部门", "协办单位", "参与单位", "负责单位",
                    "负责部门", "责任科室", "负责科室", "责任处室", "股室", "科室", "处室", "责任股室",
                    "推进单位", "推进部门", "落实单位", "落实部门"),
    "deadline": ("时间", "完成时限", "完成时间", "时间节点", "时限", "时限要求", "时间进度", "时间安排", "进度安排", "时间要求"),
    "note": ("备注", "说明", "备注说明", "分值", "各项分值", "分数", "标准分",  # kept apart from the clauses:
             # a remark or a score, not an obligation,
             "完成情况", "进展情况", "工作进展", "推进情况", "执行情况", "落实情况"),  # nor what was done
}
_WS = re.compile(r"\s+")
_ROLE_KEY = re.compile(ROLE_KEYS)
_OWNED_KEY = re.compile(rf"[\u4e00-\u9fff]{{2,6}}?(牵头(?:单位|部门)|责任(?:单位|部门)|配合(?:单位|部门))")
_SLASHED = re.compile(r"^[\u4e00-\u9fff]{2,4}[/／](?=[\u4e00-\u9fff]{2,4}(?:单位|部门)$)")
#: A bracketed qualifier after a column name: 责任股室（单位）.
QUALIFIER = re.compile(r"[（(][^（()）]{1,6}[）)]$")
_MIN_CELLS = 6


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Token:
    """A cell (a tab line with the lines that continue it) or a loose line without a tab."""

    start: int
    end: int
    cell: bool
    after_blank: bool  # a blank line comes before it


@dataclass
class TableRow:
    cells: dict[str, Cell] = field(default_factory=dict)
    notes: list[Cell] = field(default_factory=list)  # the row's note columns (there can be several)
    more: list[tuple[str, Cell]] = field(default_factory=list)  # further cells of a role (a unit
    # cell broken over two lines of a table written as text)
    title: str = ""  # a title for a row without a task cell (a loose table's row: its task's first words)

    def cell_text(self, text: str, role: str) -> str:
        """The cell's text with line breaks and spaces removed ('' if the row has no such cell)."""
        cell = self.cells.get(role)
        return _WS.sub("", text[cell.start:cell.end]) if cell else ""

    def role_cells(self, role: str) -> list[Cell]:
        """The row's cells of ``role``: its cell, then any further ones, in order."""
        first = [self.cells[role]] if role in self.cells else []
        return first + [c for r, c in self.more if r == role]


@dataclass
class Table:
    """One table of a document: ``text[start:end]`` runs from its header row to its last cell."""

    start: int
    end: int
    roles: list[str | None]  # of the columns
    rows: list[TableRow]
    spans: list[Span]  # the header cells
    notes: tuple[str, ...] = ()


def column_role(header: str) -> str | None:
    """The role of a column from its header name (``牵头单位`` → ``lead``), or None."""
    h = QUALIFIER.sub("", _WS.sub("", header))  # 责任股室（单位）
    h = _SLASHED.sub("", h)  # 配合/责任单位: the column of the name after the slash
    for role, words in _ROLES.items():
        if h in words:
            return role
    if _ROLE_KEY.fullmatch(h):  # 牵头责任单位, 协同单位, 主要协作单位 …
        return "lead" if is_lead(h) else "responsible"
    owned = _OWNED_KEY.fullmatch(h)  # 党工委管委会牵头部门: whose units the column names, then its role
    if owned:
        return "lead" if is_lead(owned.group(1)) else "responsible"
    return None


def _tokens(text: str) -> list[_Token]:
    """Cells and loose lines in order; a line right below a cell (no blank between) continues it."""
    tokens: list[_Token] = []
    pos = 0
    blank = False
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        stripped = raw.strip()
        if raw.startswith("\t"):
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw) - len(raw.rstrip())
            tokens.append(_Token(s + lead, max(s + lead, e - trail), True, blank))
        elif not stripped:
            blank = True
            continue
        else:
            a = s + raw.index(stripped[0])
            b = a + len(stripped)
            last = tokens[-1] if tokens else None
            if last and last.cell and not blank:
                tokens[-1] = _Token(last.start if last.end > last.start else a, b, True, last.after_blank)
            else:
                tokens.append(_Token(a, b, False, blank))
        blank = False
    return tokens


def _row(tokens: list[_Token], i: int) -> list[_Token]:
    """The cells from ``tokens[i]`` up to the next blank line or loose line."""
    j = i
    while j < len(tokens) and tokens[j].cell and (j == i or not tokens[j].after_blank):
        j += 1
    return tokens[i:j]


def header_roles(names: list[str]) -> list[str | None] | None:
    """Column roles of a header row of a table written as text, given as its cells' text, or
    None when it is no header row: it needs a task column and two more known names, or one
    unit column (``重点任务 | 工作内容 | 负责科室``). A name that is not a known header (or repeats
    one) is a ``note`` column, except a second task column, which is the detail; a table with
    one task column has it as the detail."""
    known = [column_role(n) for n in names]
    kinds = set(known) - {None, "note"}
    if not kinds & {"task", "detail"} or len(kinds) < 3 and not kinds & {"lead", "responsible"}:
        return None
    roles: list[str | None] = []
    for role in known:
        if role == "task" and "task" in roles and "detail" not in known:
            role = "detail"
        roles.append(role if role and role not in roles else "note")
    if "detail" not in roles:
        roles[roles.index("task")] = "detail"
    return roles if len(roles) >= 2 else None


def make_row(roles: list[str | None], cells: list[Cell]) -> TableRow:
    """A row of cells under ``roles``: its cells by role, its note columns apart."""
    filled = [(r, c) for r, c in zip(roles, cells) if r and c.end > c.start]
    return TableRow({r: c for r, c in filled if r != "note"}, [c for r, c in filled if r == "note"])


def _is_header(names: list[str | None]) -> bool:
    known = set(names) - {None, "note"}
    return len(known) >= 3 and bool(known & {"task", "detail"})


def _is_header_row(text: str, tokens: list[_Token], i: int) -> bool:
    return _is_header([column_role(text[c.start:c.end]) for c in _row(tokens, i)])


def _header_roles(text: str, tokens: list[_Token], i: int) -> list[str | None]:
    """Column roles from the names of the header row at ``tokens[i]``.

    Where a blank line ends the header row, every header cell is a column: a name that is not
    a known header (or repeats one) becomes a ``note`` column, kept out of the clauses, so it
    shifts no other column. Without that blank line the header is the run of known names.
    """
    row = _row(tokens, i)
    names = [column_role(text[c.start:c.end]) for c in row]
    if i + len(row) < len(tokens) and _is_header(names):
        return [r if r and r not in names[:k] else "note" for k, r in enumerate(names)]
    roles: list[str | None] = []
    for role in names:
        if role is None or role in roles:
            break
        roles.append(role)
    return roles


def _continues(text: str, tokens: list[_Token], j: int) -> bool:
    """Whether the loose line ``tokens[j]`` is the rest of a cell broken by a blank line: the
    lines below it run straight into the table's next cell, which is no header row."""
    k = j + 1
    while k < len(tokens) and not tokens[k].cell and not tokens[k].after_blank:
        k += 1
    return k < len(tokens) and not tokens[k].after_blank and not _is_header_row(text, tokens, k)


def _columns(text: str, tokens: list[_Token], i: int,
             previous: Table | None) -> tuple[list[str | None], int] | None:
    """Column roles of the table at ``tokens[i]`` and the number of its header cells: from its
    header row, else the previous table's columns when its rows are as wide (a table continued
    below a 续表 line), else None."""
    roles = _header_roles(text, tokens, i)
    if len(roles) >= 3 and ("detail" in roles or "task" in roles):
        if "detail" not in roles:  # a table with one task column: the task is the detail
            roles[roles.index("task")] = "detail"
        return roles, len(roles)
    if previous is not None and len(_row(tokens, i)) == len(previous.roles):
        return previous.roles, 0
    return None


def _read_table(doc: Document, tokens: list[_Token], i: int,
                previous: Table | None) -> tuple[Table | None, int]:
    """The table at ``tokens[i]`` (None if it is none), and the index of the first token after it."""
    text = doc.text
    columns = _columns(text, tokens, i, previous)
    if columns is None:
        return None, i + max(1, len(_row(tokens, i)))
    roles, n_header = columns
    n = len(roles)
    header = [Cell(t.start, t.end) for t in tokens[i:i + n_header]]
    body: list[Cell] = []
    j = i + n_header
    while j < len(tokens):
        tok = tokens[j]
        if not tok.cell:
            if not body or not len(body) % n or not _continues(text, tokens, j):
                break
            last = body[-1]
            body[-1] = Cell(last.start if last.end > last.start else tok.start, tok.end)
        elif not len(body) % n and _is_header_row(text, tokens, j):
            break  # the next table's header row
        else:
            body.append(Cell(tok.start, tok.end))
        j += 1
    spans = [Span(doc.doc_id, c.start, c.end, SpanKind.TABLE_HEADER) for c in header if c.end > c.start]
    notes: tuple[str, ...] = ()
    if len(body) % n:
        notes = (f"table has {len(body)} cells after its {n}-column header, not a multiple of {n}; "
                 "the last row is incomplete",)
    rows = [make_row(roles, body[k:k + n]) for k in range(0, len(body), n)]
    cells = header + body
    if not cells:  # a run as wide as the table above, but its first row is a header after all
        return None, i + 1
    return Table(cells[0].start, max(c.end for c in cells), roles, rows, spans, notes), j


def read_tables(doc: Document) -> list[Table]:
    """The tables of ``doc`` in order (none when it holds no header row over tab-indented cells).

    Each table has its rows (cells by role), the spans of its header cells and notes on
    anything irregular; the text outside the tables is the caller's to read.
    """
    if doc.text.count("\n\t") < _MIN_CELLS:
        return []
    return _tab_tables(doc)


def _tab_tables(doc: Document) -> list[Table]:
    tokens = _tokens(doc.text)
    tables: list[Table] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].cell:
            i += 1
            continue
        table, i = _read_table(doc, tokens, i, tables[-1] if tables else None)
        if table is not None:
            tables.append(table)
    return tables
