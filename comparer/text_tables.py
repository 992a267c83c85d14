"""Responsibility tables that reached us as plain text, read into the same :class:`Table` as a
Word table (:mod:`comparer.tables`), so that their rows are segmented alike.

Three forms are read, each starting at a header row of known column names (序号 / 工作任务 /
牵头单位 / 责任单位 / 完成时限 …, as for Word tables):

* **pipe rows** — ``| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |`` then one row a line with as
  many cells; the ``|`` separators are spans of kind ``separator``;
* **delimited rows** — the same with cells separated by tabs or spaces on one line
  (``序号 工作任务 牵头单位 责任单位``); a row must have exactly the header's number of cells;
* **one cell a line** — each header name on a line of its own, then each row's cells on
  consecutive lines (blank lines and lines holding only ``|`` between them are skipped); the
  table must have a 序号 column, and each row starts with its number.

A table ends at the first line that is not a row of it. A line with a ``|`` or spaces in a
paragraph is no table: only a header row starts one.

Tables copied from web pages are often irregular: a group cell merged over several rows is
written once, a cell breaks over two lines, the header lacks a column the rows have (the 序号), or
a two-level header is flattened. Such a table, written one cell a line or with ``|`` between
cells, is read as a **loose table** when its rows are numbered 1, 2, 3 …: each row runs from its
number to the next, and each cell's role comes from what it holds (:func:`_loose_row`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from comparer.glued_tables import PERSON_COLUMN, glued_tables
from comparer.model import Document, Span, SpanKind
from comparer.tables import QUALIFIER, Cell, Table, TableRow, column_role, header_roles, make_row
from comparer.text import GAP, Line, split_lines
from comparer.units import deadline_cell, led_note, unit_cell

_PIPE = re.compile(r"[|｜│┃║]")  # and the bars of a box-drawn table
_BOX_RULE = re.compile(r"[\u2500-\u257f][\u2500-\u257f\s]*")  # a box-drawn table's rule line
_NUMBER = re.compile(r"\d{1,3}[.．、]?")
_HEADER_NAME_MAX = 8  # a header name is short


def _pieces(text: str, line: Line, sep: re.Pattern[str]) -> tuple[list[Cell], list[Span]]:
    """The cells of a one-line row split at ``sep`` (empty cells between two separators kept,
    none before the first or after the last), and the spans of its separators."""
    cells, seps, pos = [], [], line.start
    for m in sep.finditer(text, line.start, line.end):
        cells.append(_strip(text, pos, m.start()))
        seps.append((m.start(), m.end()))
        pos = m.end()
    cells.append(_strip(text, pos, line.end))
    if cells and cells[0].end == cells[0].start and seps and seps[0][0] == line.start:
        cells = cells[1:]
    if cells and cells[-1].end == cells[-1].start and seps and seps[-1][1] == line.end:
        cells = cells[:-1]
    return cells, [Span("", s, e, SpanKind.SEPARATOR) for s, e in seps if not text[s:e].isspace()]


def _strip(text: str, s: int, e: int) -> Cell:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Cell(s, e)


def _names(text: str, cells: list[Cell]) -> list[str]:
    return [_NAME_NOTE.sub("", text[c.start:c.end]) for c in cells]


_NOTE_LINES = 4  # the most lines of a header name's note in brackets below it
_NAME_NOTE = re.compile(r"\s*\n[ \t\u3000]*[（(][\s\S]*[）)]$")  # 主体类型 / (法人、自然人): the name, less its note


def _one_line_table(text: str, lines: list[Line], i: int, sep: re.Pattern[str],
                    ) -> tuple[list[str | None], list[Cell], list[list[Cell]], list[Span], int] | None:
    """A table of one-line rows split at ``sep`` whose header is ``lines[i]``."""
    header, spans = _pieces(text, lines[i], sep)
    names = _names(text, header)
    if len(header) < 3 or any(len(n) > _HEADER_NAME_MAX for n in names):
        return None
    roles = header_roles(names)
    if roles is None:
        return None
    rows, j = [], i + 1
    while j < len(lines):
        if _BOX_RULE.fullmatch(text, lines[j].start, lines[j].end) and j + 1 < len(lines):
            spans.append(Span("", lines[j].start, lines[j].end, SpanKind.SEPARATOR))  # ├──┼──┤
            j += 1
            continue
        cells, seps = _pieces(text, lines[j], sep)
        if len(cells) != len(roles) or not _numbered(text, roles, cells):
            break
        rows.append(cells)
        spans += seps
        j += 1
    return (roles, header, rows, spans, j) if rows else None


def _numbered(text: str, roles: list[str | None], cells: list[Cell]) -> bool:
    """A row's 序号 cell, where the table has one, is a number (or empty: a merged cell)."""
    if "number" not in roles:
        return True
    cell = cells[roles.index("number")]
    return cell.end == cell.start or _NUMBER.fullmatch(text, cell.start, cell.end) is not None


def _cell_lines_table(text: str, lines: list[Line], i: int,
                      ) -> tuple[list[str | None], list[Cell], list[list[Cell]], list[Span], int] | None:
    """A table written one cell a line whose header starts at ``lines[i]``."""
    if column_role(lines[i].text(text)) is None:
        return None
    spans: list[Span] = []
    k = i

    def take(n: int) -> list[Cell]:  # the next n cells, skipping the lines holding only |
        nonlocal k
        cells = []
        while k < len(lines) and len(cells) < n:
            line = lines[k]
            if _PIPE.fullmatch(text, line.start, line.end):
                spans.append(Span("", line.start, line.end, SpanKind.SEPARATOR))
            else:
                cells.append(Cell(line.start, line.end))
            k += 1
        return cells

    header: list[Cell] = []
    while k < len(lines) and column_role(lines[k].text(text)) and (cell := take(1)):
        header += cell
    roles = header_roles(_names(text, header)) if len(header) >= 3 else None
    if roles is None or "number" not in roles or "note" in roles:
        return None
    rows, end, n_spans = [], k, len(spans)
    while True:
        row = take(len(roles))
        if len(row) < len(roles) or not _numbered(text, roles, row) \
                or any(column_role(t) for t in _names(text, row)) \
                or any(_unit_in_task(r, _cell_kind(text, c)) for r, c in zip(roles, row)):
            break  # (its cells are not one a column)
        rows.append(row)
        end, n_spans = k, len(spans)
    return (roles, header, rows, spans[:n_spans], end) if rows else None


# -- loose tables ------------------------------------------------------------------------------
_UNIT_COLUMN = re.compile(r"(?:单位|部门|科室|处室)$")  # 评分部门: a column of units, not ours
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PUNCT = re.compile(r"[。，,；;：:！？]")
_GROUP_TITLE_MAX = 10  # a row's group cell (类别) is a short name
_TASK_TITLE_MAX = 20  # a row's first cell under a 重点工作 column right after the 序号
_SPLIT_NAME_MAX = 3  # each half of a header name broken over two lines (责任 / 科室)
_LOOSE_ROW_CELLS = 24  # the most cells from one row number to the next
_HEADER_LINES = 24  # lines looked at for a header row
_LOOSE_LINES = 5000  # lines looked at for a loose table's rows (a table flattened one cell a line runs long)


def _unit_column(name: str) -> bool:
    """A column of units by its name (评分部门), not the 单位 of a quantity (万元, %)."""
    return len(name) >= 4 and _UNIT_COLUMN.search(name) is not None


def _loose_role(name: str) -> str | None:
    """A header name's role, or ``units`` for a column of units that is not ours (评分部门), or
    ``person`` for a column of leaders' names (责任领导)."""
    return column_role(name) or ("units" if _unit_column(name) else
                                 "person" if PERSON_COLUMN.fullmatch(re.sub(r"\s+", "", name)) else
                                 "detail" if _CONTENT_NAME.fullmatch(name) else None)


_CONTENT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}内容")  # 行政处罚信息内容: what a row states (a name a line)


def _header_like(name: str) -> bool:
    """A short name with no number or punctuation: a header cell, perhaps (a known column may
    carry a bracketed qualifier: ``责任股室（单位）``)."""
    bare = QUALIFIER.sub("", name)
    if bare != name and column_role(bare) is None:
        return False
    return len(bare) <= _HEADER_NAME_MAX and not _NUMBER.fullmatch(bare) \
        and not any(ch in bare for ch in "。；;，,：:、()（）")



def _header_cells(text: str, lines: list[Line], i: int, sep: re.Pattern[str] = _PIPE,
                  ) -> tuple[list[Cell], list[int]]:
    """The cells from ``lines[i]`` on up to the first that is no header name (included), and
    the index of each one's line (relative to ``i``): a header row's candidates, read lazily."""
    cells: list[Cell] = []
    where: list[int] = []
    note = 0  # lines of a header name's note read so far (主体类型 / (法人、自然人))
    for k in range(i, min(len(lines), i + (1 if sep is GAP else _HEADER_LINES))):
        for c in _pieces(text, lines[k], sep)[0]:
            if c.end > c.start:
                value = text[c.start:c.end]
                if cells and sep is not GAP and (note or value[0] in "（(" and where[-1] < k - i) \
                        and note < _NOTE_LINES:  # a note below a name, on lines of its own: the name's
                    cells[-1] = Cell(cells[-1].start, c.end)
                    note = 0 if value[-1] in "）)" else note + 1
                    continue
                cells.append(c)
                where.append(k - i)
                if not _header_like(value):
                    return _joined_names(text, cells, where)
    return _joined_names(text, cells, where)


def _joined_names(text: str, cells: list[Cell], where: list[int]) -> tuple[list[Cell], list[int]]:
    """Header names broken over two lines (``责任`` / ``科室``) joined into one cell."""
    out: list[Cell] = []
    out_where: list[int] = []
    for k, c in enumerate(cells):
        if out and out_where[-1] == where[k] - 1 and text[out[-1].end:c.start].isspace():
            a, b = text[out[-1].start:out[-1].end], text[c.start:c.end]
            if len(a) <= _SPLIT_NAME_MAX and len(b) <= _SPLIT_NAME_MAX and column_role(a) is None \
                    and column_role(b) is None and column_role(a + b) is not None:
                out[-1] = Cell(out[-1].start, c.end)
                continue
        out.append(c)
        out_where.append(where[k])
    return out, out_where


def _loose_header(names: list[str], one_line: bool = False) -> int:
    """How many of the leading ``names`` form a header row: short names, up to the last one that
    is a known column or a column of units; 0 when they are no header (it needs a column of
    units and one more known name)."""
    n = 0
    while n < len(names) and _header_like(names[n]):
        n += 1
    known = [k for k in range(n) if column_role(names[k]) or _unit_column(names[k])]
    if not known:
        return 0
    roles = {column_role(names[k]) for k in known}
    if n < 3 or not roles & {"lead", "responsible"} or len(roles - {None}) < 2:
        return 0
    return n if one_line else known[-1] + 1  # a row of names on one line is the header, all of it


def _header_at(text: str, lines: list[Line], i: int, sep: re.Pattern[str] = _PIPE,
               ) -> tuple[list[Cell], list[int]]:
    """The header cells of a loose table starting at ``lines[i]`` and the index of each one's
    line (relative to ``i``); none when it starts none. With ``sep`` a run of spaces, a header
    row on that one line (``序号 主要任务 牵头单位 责任单位``)."""
    first = lines[i].text(text)
    if sep is GAP:
        if not GAP.search(first) or _PIPE.search(first):
            return [], []
    elif len(first) > _HEADER_NAME_MAX and not _PIPE.search(first):
        return [], []
    cells, where = _header_cells(text, lines, i, sep)
    names = _names(text, cells)
    on_first = sum(1 for w in where if w == 0)  # names on the header's own line (a pipe or space row)
    one_line = on_first >= 3 and all(_header_like(m) for m in names[:on_first])
    n = _loose_header(names[:on_first] if one_line else names, one_line)
    return cells[:n], where[:n]


def cell_headers(text: str) -> list[tuple[int, int, list[str | None]]]:
    """Header rows written one name a line (``重点任务`` / ``具体工作措施`` / ``责任单位`` / ``完成时限``)
    with a column of units: ``(start, end, roles)`` of each. Below such a header, a line holding
    nothing but units or a deadline is that column's cell of the task above it, even where the
    rows are no table this module reads (a plan's 一、/（一）/1. items in the task column)."""
    if "\n" not in text or not _names_units(text):
        return []
    lines = split_lines(text)
    found, i = [], 0
    while i < len(lines):
        cells, where = _header_at(text, lines, i) if len(lines[i].text(text)) <= _HEADER_NAME_MAX \
            else ([], [])
        if cells and len(set(where)) == len(cells):  # one name a line (lines holding | between)
            found.append((cells[0].start, cells[-1].end, [_loose_role(m) for m in _names(text, cells)]))
            i += where[-1] + 1
        else:
            i += 1
    return found


def _loose_table(text: str, lines: list[Line], i: int, sep: re.Pattern[str] = _PIPE,
                 ) -> tuple[list[str | None], list[Cell], list[TableRow], list[Span], int] | None:
    """A loose table (see the module docstring) whose header starts at ``lines[i]``; its cells
    split at ``|`` (one cell a line, or pipes between them) or, for a header row of names split
    by spaces, at runs of spaces (a PDF's table: ``1 加强水资源保护 … 市水利局 …``)."""
    cells, where = _header_at(text, lines, i, sep)
    if not cells:
        return None
    n = len(cells)
    seps = [sp for k in range(i, i + where[-1] + 1) for sp in _pieces(text, lines[k], sep)[1]]
    last = min(len(lines), i + _LOOSE_LINES)
    next_line = [i + where[-1] + 1]  # the rows begin below the header's last line

    def read_to(count: int) -> None:  # the cells of the lines below, as far as they are needed
        while len(cells) < count and next_line[0] < last:
            pieces, line_seps = _pieces(text, lines[next_line[0]], sep)
            seps.extend(line_seps)
            for c in pieces:
                if c.end > c.start:
                    cells.append(c)
                    where.append(next_line[0] - i)
            next_line[0] += 1

    header, names = cells[:n], [_loose_role(m) for m in _names(text, cells[:n])]
    starts, expected, k = [], 1, n
    while True:
        read_to(k + 1)
        if k >= len(cells) or k - (starts[-1] if starts else n) > _LOOSE_ROW_CELLS:
            break
        if _row_number(text[cells[k].start:cells[k].end]) == str(expected):
            starts.append(k)
            expected += 1
        k += 1
    if len(starts) < 2:
        return None
    columns = [r for r in names if r in ("lead", "responsible", "units")]
    titled = any(r in ("task", "detail") for r in names)
    rows: list[TableRow] = []
    begin, tail = n, 0
    shape = _Shape(names[:2] == ["number", "task"], _trailing_notes(names))
    number_first = names[0] == "number"  # no group cell before a row's number: it is the row's first
    for r, start in enumerate(starts):
        stop = starts[r + 1] if r + 1 < len(starts) else min(len(cells), start + _LOOSE_ROW_CELLS)
        if r + 1 == len(starts):  # the last row ends before the header of a table below, or before
            stop = next((k for k in range(start + 1, stop) if column_role(text[cells[k].start:cells[k].end])
                         or _part_after(text, lines[i + where[k]], cells[k])), stop)  # the next part
        part = r + 1 == len(starts) and stop < len(cells) and _part_after(text, lines[i + where[stop]], cells[stop])
        kinds = [_cell_kind(text, c) for c in cells[start + 1:stop]]
        typed = [k for k, kind in enumerate(kinds) if kind != "text"]
        if (r + 1 < len(starts) or part) and (not typed or number_first):
            end = stop  # the next row begins at its number
        else:
            end = start + 1 + (typed[-1] + 1 if typed else min(1, len(kinds)))
        if number_first and typed and shape.notes_last:  # the cells after the units (攻坚目标, 完成情况):
            if r + 1 < len(starts):  # the last row has as many as the others
                tail = max(tail, end - (start + 2 + typed[-1]))
            else:
                end = min(stop, end + tail)
        while end < stop and where[end] == where[start]:
            end += 1  # a row written on one line (| between its cells) ends with its line
        placed = _by_position(text, cells[start], cells[start + 1:end], kinds[:end - start - 1], names) \
            if number_first and begin == start else None
        rows.append(placed or _loose_row(text, cells[begin:start], cells[start], cells[start + 1:end],
                                         kinds[:end - start - 1], columns, titled, shape))
        begin = end
    if not any(row.role_cells("lead") or row.role_cells("responsible") for row in rows):
        return None
    j = i + where[begin - 1] + 1
    while j < len(lines) and _PIPE.fullmatch(text, lines[j].start, lines[j].end):
        j += 1  # the | lines closing the last row
    taken = [s for s in seps if s.start < lines[j - 1].end]
    return [], header, rows, taken, j


def _row_number(value: str) -> str:
    """A row's number in its cell: ``3.``, or the row's own after its group's (``2-3``: group 2, row 3)."""
    grouped = _GROUPED_NUMBER.fullmatch(value)
    return grouped.group(1) if grouped else value.rstrip(".．、")


_GROUPED_NUMBER = re.compile(r"\d{1,3}[-－—](\d{1,3})")
_PART_HEAD = re.compile(r"[一二三四五六七八九十]{1,3}[、．.]")
_AFTER_TABLE = re.compile(r"附\s*[件表]\s*\d{0,2}\s*[:：]?$|备\s*注\s*[:：]")  # 附件2; 备注：…


def _part_after(text: str, line: Line, cell: Cell) -> bool:
    """Whether ``cell`` is a part heading on a line of its own, not indented as a table's cells
    are (``三、工作进度安排`` after a tab-indented table: the table has ended), an attachment's line
    (``附件2``: the next attachment begins) or the table's closing remark (``备注：…``)."""
    return cell.start == line.start and text[line.start] not in " \t\u3000" \
        and (_PART_HEAD.match(text, cell.start, cell.end) is not None
             or _AFTER_TABLE.match(text, cell.start, cell.end) is not None)


def _unit_in_task(role: str | None, kind: str) -> bool:
    """Whether a cell of ``kind`` stands in the task's column as a unit: the row lacks a cell before
    it, so its cells are not one a column."""
    return role in ("task", "detail") and kind == "units"


def _by_position(text: str, number: Cell, after: list[Cell], kinds: list[str],
                 names: list[str | None]) -> TableRow | None:
    """A loose table's row that fills the header's columns one cell each, read by position (a
    progress column between the task and the units, ``序号 / 内容与要求 / 进展情况 / 责任单位``): its
    unit columns must hold units; a column of no known name is the task's text where the header
    names no column so (the first one, after the task title if any: 工作任务 / 主要工作内容), a short
    one before the task column the row's title (类别), else a note; None when the row does not fit (a
    unit column holds no units, the task's column a unit)."""
    roles = names[1:]
    if len(after) != len(roles) or "number" in roles:
        return None
    row = TableRow({"number": number})
    tasked = any(r in ("task", "detail") for r in roles)
    first_task = next((k for k, r in enumerate(roles) if r in ("task", "detail")), len(roles))
    for k, (cell, kind, role) in enumerate(zip(after, kinds, roles)):
        value = text[cell.start:cell.end]
        if role in ("lead", "responsible", "units") and kind != "units" or _unit_in_task(role, kind):
            return None
        if role is None and k < first_task and tasked and (len(value) <= _GROUP_TITLE_MAX or k == 0) \
                and not _PUNCT.search(value) and "task" not in row.cells:
            row.cells["task"] = cell  # 类别 before 主要任务, or the row's first cell (事项名称): its title
            continue
        if role == "task" and "task" in row.cells:
            role = "detail"
        if role in ("lead", "responsible", "task", "detail", "deadline") and role not in row.cells:
            row.cells[role] = cell
        elif role in ("lead", "responsible"):
            row.more.append((role, cell))  # 总牵头单位 and 分项牵头单位, 参与单位 and 责任单位
        elif role is None and "detail" not in roles and "detail" not in row.cells and kind == "text" \
                and (not tasked or k > first_task) and len(_HAN.findall(value)) > _GROUP_TITLE_MAX:
            row.cells["detail"] = cell  # 工作任务, then 主要工作内容: the task's text
        else:
            row.notes.append(cell)  # 进展情况, 备注, a second cell of a role, 评分部门
    if "task" in row.cells and "detail" not in row.cells:  # one task column: it is the detail
        row.cells["detail"] = row.cells.pop("task")
    if "detail" not in row.cells:
        return None
    return row


def _trailing_notes(names: list[str | None]) -> int:
    """How many note columns (备注, 完成情况) close a header."""
    n = 0
    while n < len(names) and names[-1 - n] == "note":
        n += 1
    return n


@dataclass(frozen=True)
class _Shape:
    """What a loose table's header says of its rows' ends: the row's first cell is its task
    (序号 then 重点工作), and how many note columns (备注, 完成情况) close a row."""

    task_first: bool = False
    notes_last: int = 0


def _cell_kind(text: str, cell: Cell) -> str:
    """A cell of units (names, or roles by verb: ``区经发局牵头，区执法局配合``), a deadline, or text."""
    value = text[cell.start:cell.end]
    return "units" if unit_cell(value) or led_note(re.sub(r"\s+", "", value).rstrip("。；;")) \
        else "deadline" if deadline_cell(value) else "text"


def _loose_row(text: str, before: list[Cell], number: Cell, after: list[Cell], kinds: list[str],
               columns: list[str], titled: bool = False, shape: _Shape = _Shape()) -> TableRow:
    """A row of a loose table from its cells: those ``before`` its number name its task group
    (a merged cell written on the group's first row), after it the text cells up to the first
    unit or deadline cell are the task (an indicator, its measure and its target; else the
    longest text cell; under a header with a task column, a short first cell is the row's group
    title: 类别), unit cells fill the header's unit ``columns`` in order (extra cells join the first),
    the first deadline cell is the deadline, and any other cell is a note."""
    row = TableRow({"number": number})
    row.notes += before[1:]
    if before:
        row.cells["task"] = before[0]
    typed = next((k for k, kind in enumerate(kinds) if kind != "text"), len(after))
    last = len(after) - shape.notes_last  # the note columns closing the row (完成情况), when it fills them
    closing = after[last:] if shape.notes_last and typed < last and "text" in kinds[typed:last] \
        and all(kind == "text" for kind in kinds[last:]) else []
    if closing:
        after, kinds = after[:last], kinds[:last]
    task_cell = shape.task_first and not before and typed == 1  # the task, then its units
    first = text[after[0].start:after[0].end] if after else ""
    title_max = _TASK_TITLE_MAX if shape.task_first else _GROUP_TITLE_MAX
    if titled and not before and typed > 1 and len(first) <= title_max and not _PUNCT.search(first):
        row.cells["task"], after, kinds, typed = after[0], after[1:], kinds[1:], typed - 1  # 类别, 任务名称
    texts = [c for c, kind in zip(after, kinds) if kind == "text"]
    detail = max(texts, key=lambda c: (len(_HAN.findall(text[c.start:c.end])) >= 2, c.end - c.start),
                 default=None)
    if task_cell:
        detail = after[0]  # 序号, 工作任务, 负责部门, then a remark longer than the task
    ends = [k for k in range(typed) if text[_rstrip(text, after[k]) - 1] in "。；;！!"]
    joined = ends[-1] + 1 if ends and detail is not None and after.index(detail) <= ends[-1] else typed
    if joined > 1 and detail is not None and after.index(detail) < joined and all(
            text[a.end:b.start].isspace() for a, b in zip(after, after[1:joined])):
        detail = Cell(after[0].start, after[joined - 1].end)  # an indicator with its measure and
        # target, a task split at spaces (a PDF's table), a list a line each; up to its last
        # sentence (the short cells after it are notes: 情节较严重…, 距…满六个月)
    units = [c for c, kind in zip(after, kinds) if kind == "units"]
    extra = max(0, len(units) - len(columns))
    targets = [columns[0]] * extra + columns[:len(units) - extra] if columns else []
    deadline = next((c for c, kind in zip(after, kinds) if kind == "deadline"), None)
    if not before and detail is not None:  # no group cell: the row's title is its task's first words
        row.title = re.split(r"[，,；;。\n]", text[detail.start:detail.end].strip(), maxsplit=1)[0]
    for c, kind in zip(after, kinds):
        if detail is not None and detail.start <= c.start and c.end <= detail.end:
            row.cells["detail"] = detail
        elif c is deadline:
            row.cells["deadline"] = c
        elif kind == "units" and targets and targets[units.index(c)] != "units":
            role = targets[units.index(c)]
            if role in row.cells:
                row.more.append((role, c))
            else:
                row.cells[role] = c
        else:
            row.notes.append(c)
    row.notes += closing
    return row


def _rstrip(text: str, cell: Cell) -> int:
    """Where ``cell``'s text ends, less the spaces closing it."""
    end = cell.end
    while end > cell.start + 1 and text[end - 1].isspace():
        end -= 1
    return end


_UNIT_WORDS = re.compile(r"牵\s*头|责\s*任|配\s*合|参\s*与|负\s*责|[股科处]\s*室|推\s*进\s*(?:单\s*位|部\s*门)")


def _names_units(text: str) -> bool:
    """Whether ``text`` has a word of the unit columns (``牵 头 部 门`` spaced out too)."""
    return _UNIT_WORDS.search(text) is not None


def read_text_tables(doc: Document, taken: list[Table]) -> list[Table]:
    """The tables of ``doc`` written as text (see the module docstring), outside the ``taken``
    tables (those of tab-indented cells)."""
    text = doc.text
    if not _names_units(text):
        return []
    lines = split_lines(text)
    tables: list[Table] = []
    in_tab_table = _Overlaps(taken)
    i = 0
    while i < len(lines):
        if in_tab_table(lines[i].start, lines[i].start + 1):
            i += 1
            continue
        at = i
        found = (_one_line_table(text, lines, i, _PIPE) or _one_line_table(text, lines, i, GAP)
                 or _cell_lines_table(text, lines, i))
        loose = _loose_table(text, lines, i) or _loose_table(text, lines, i, GAP)
        if loose is not None and (found is None or loose[4] > found[4]):
            roles, header, table_rows, spans, i = loose
        elif found is not None:
            roles, header, rows, spans, i = found
            table_rows = [make_row(roles, row) for row in rows]
        else:
            i += 1
            continue
        spans = [Span(doc.doc_id, s.start, s.end, s.kind) for s in spans] + [
            Span(doc.doc_id, c.start, c.end, SpanKind.TABLE_HEADER) for c in header]
        bounds = [*header, *(c for row in table_rows for c in _row_cells(row)), *spans]
        start, end = min(b.start for b in bounds), max(b.end for b in bounds)
        if in_tab_table(start, end):  # it ran into a tab table
            i = at + 1
            continue
        tables.append(Table(start, end, roles, table_rows, spans))
    held = [(t.start, t.end) for t in (*taken, *tables)]
    for start, end, table_rows, spans in glued_tables(text, held):
        tables.append(Table(start, end, [], table_rows,
                            [Span(doc.doc_id, s.start, s.end, s.kind) for s in spans]))
    return sorted(tables, key=lambda t: t.start)


class _Overlaps:
    """Whether a span ``[start, end)`` overlaps one of ``tables``: a search of their starts, sorted,
    and of the furthest end reached so far (a scan of all the tables for each line read, or each
    table found, was quadratic in a long text)."""

    def __init__(self, tables: list[Table]) -> None:
        held = sorted((t.start, t.end) for t in tables)
        self.starts = [a for a, _ in held]
        self.reach = list(itertools.accumulate((b for _, b in held), max))

    def __call__(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end) - 1  # the last table that starts before ``end``
        return k >= 0 and self.reach[k] > start


def _row_cells(row: TableRow) -> list[Cell]:
    return [*row.cells.values(), *row.notes, *(c for _, c in row.more)]
