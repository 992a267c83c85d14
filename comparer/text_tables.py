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
"""

from __future__ import annotations

import re

from comparer.model import Document, Span, SpanKind
from comparer.tables import Cell, Table, column_role, header_roles, make_row
from comparer.text import Line, split_lines

_PIPE = re.compile(r"[|｜]")
_GAP = re.compile(r"[ \t\u3000\xa0]+")
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
    return [text[c.start:c.end] for c in cells]


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
                or any(column_role(t) for t in _names(text, row)):
            break
        rows.append(row)
        end, n_spans = k, len(spans)
    return (roles, header, rows, spans[:n_spans], end) if rows else None


def read_text_tables(doc: Document, taken: list[Table]) -> list[Table]:
    """The tables of ``doc`` written as text (see the module docstring), outside the ``taken``
    tables (those of tab-indented cells)."""
    text = doc.text
    if not any(w in text for w in ("牵头", "责任", "配合", "参与", "负责")):
        return []
    lines = split_lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if any(t.start <= lines[i].start < t.end for t in taken):
            i += 1
            continue
        found = (_one_line_table(text, lines, i, _PIPE) or _one_line_table(text, lines, i, _GAP)
                 or _cell_lines_table(text, lines, i))
        if found is None:
            i += 1
            continue
        roles, header, rows, spans, i = found
        spans = [Span(doc.doc_id, s.start, s.end, s.kind) for s in spans] + [
            Span(doc.doc_id, c.start, c.end, SpanKind.TABLE_HEADER) for c in header]
        bounds = [*header, *(c for row in rows for c in row if c.end > c.start), *spans]
        tables.append(Table(min(b.start for b in bounds), max(b.end for b in bounds),
                            roles, [make_row(roles, row) for row in rows], spans))
    return tables
