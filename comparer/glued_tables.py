"""Responsibility tables flattened to text without cell separators, read into the same
:class:`~comparer.tables.Table` as the other readers.

A web page's table copied as text, or a crawl that keeps a page's text on one line, loses the
boundaries between cells: ``序号工作任务具体要求牵头单位配合单位1加强政策解读…解读率达到100%。县司法局
县发展和改革委员会县直各有关单位2推进决策公开…``. What is left to read it by:

* the **header row**, known column names run together after ``序号`` (unknown names between them
  are columns of no role: ``序号名称类型责任部门``);
* the **row numbers**, 1, 2, 3 … in order, each where a row can begin (a line start, or after a
  full stop, a closing bracket or the last character of a unit name) and not a count (``3个``);
* the **unit cells**, which hold nothing but unit names: after the row's last full stop when the
  header puts the units after the task, at the row's start when it puts them first
  (``序号部门主要职责1区交通建设局牵头开展…``); names run together (``区经济发展局区行政审批局``) are
  split where a name ends and a jurisdiction begins;
* a **deadline** at the row's end when the header has a deadline column.

Where two unit columns (牵头, 配合) meet without a separator, the lead cell ends at the first
boundary between names that no ``、``/``，`` marks, or before the first general name
(``各有关单位``) when there are several such boundaries. Every character from the header to the last
row's end is in a cell, so nothing is dropped; text after the last row's units goes back to the
prose.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from comparer.layout import RUN_IN_FOOTER
from comparer.model import Span, SpanKind
from comparer.tables import Cell, TableRow, column_role
from comparer.text import SENTENCE_ENDS, last_space
from comparer.units import (
    LEADER_KEYS,
    LIST_TAIL,
    NAME_ENDS,
    NOT_PREFIXED,
    NOTE_MAX,
    ROLE_KEYS,
    TASK_VERBS,
    deadline_cell,
    glued_names,
    led_note,
    parse_units,
    unglued,
    unit_cell,
    unit_name,
)

_HEADER_START = re.compile(r"序\s*号|编\s*号")
_HEADER_MAX = 48  # the header's text from 序号 to the first row's number
_FIRST_ROW = re.compile(r"\s*1(?![\d.．])")
_NAME_MAX = 6  # the longest column name tried at a position
_HEADER_CHARS = re.compile(r"[\u4e00-\u9fff\s（）()《》〈〉\d]+")  # 落实《…2016年行动计划》任务内容
_ROW_MAX = 1500  # characters from one row's number to the next
_COUNTED = "次个项家人名条件年月日天周倍万亿元批所座台套户级类篇期轮场处号%％.．·"  # 3个: a count, not a row
_ROW_BEFORE = set(SENTENCE_ENDS) | set("”）)》」】〕道镇乡村关合头责") | NAME_ENDS  # 各街道3老城厢…, 各分局配合6…
_EXTRA_NAMES = {"部门": "responsible", "单位": "responsible", "主要职责": "detail", "职责分工": "detail",
                "主要职责分工": "detail", "工作职责": "detail", "工作要求": "detail",
                "主要内容": "detail", "名称": "task", "阶段任务": "detail", "类别": "group", "分类": "group"}
_GENERAL = re.compile(r"^(?:[省市县区州旗][级直])?(?:各|有关|相关|其他|其余)")
_FOOTER = re.compile(rf"{RUN_IN_FOOTER}|来\s+源[:：]|相关文件[:：]|扫一扫")
_UNITS_AT_START_MAX = 40
_VERB_AFTER = re.compile(rf"\s*(?:牵头|负责|配合|会同|协助|协同|参与|组织|指导|督促|统筹|对|按照|根据|依法|在|将|做好|{TASK_VERBS})")
_TAIL_MAX = 120  # the longest unit cells closing the last row


#: A column of leaders' names (责任领导, 牵头负责人): no units, a note (text_tables reads it too).
PERSON_COLUMN = re.compile(LEADER_KEYS)
#: A row's group cell under a 类别 column, written on its group's first row only (merged), its name
#: broken by a space where the cell broke its line: ``公共 交通类``.
_GROUP_CELL = re.compile(r"\s*[\u4e00-\u9fff][\u4e00-\u9fff ]{0,9}?类(?=\s)")
_EMPTY_CELL = re.compile(r"[/／—-]+|无")  # a unit cell left empty


def _name_role(name: str) -> str | None:
    return column_role(name) or _EXTRA_NAMES.get(name) or ("person" if PERSON_COLUMN.fullmatch(name) else None)


def _header(text: str, start: int) -> tuple[int, list[str | None]] | None:
    """The end of a glued header row starting at ``start`` (at 序号) and its columns' roles."""
    m = _FIRST_ROW.search(text, start, start + _HEADER_MAX + 2)
    if m is None:
        return None
    zone_end = m.start()
    zone = text[start:zone_end]
    if not _HEADER_CHARS.fullmatch(zone):
        return None
    roles: list[str | None] = []
    unknown = False
    p = 0
    while p < len(zone):
        if zone[p].isspace():
            p += 1
            continue
        for size in range(min(_NAME_MAX, len(zone) - p), 1, -1):
            piece = zone[p:p + size]  # a name has no space inside
            role = None if any(ch.isspace() for ch in piece) else _name_role(piece)
            if role is not None:
                roles.append(role)
                p += size
                unknown = False
                break
        else:
            if not unknown:
                roles.append(None)
                unknown = True
            p += 1
    known = [r for r in roles if r is not None]
    if not roles or roles[0] != "number" or not {"lead", "responsible"} & set(known) or len(known) < 3:
        return None
    return zone_end, roles


def _row_start(text: str, n: int, pos: int, limit: int, dated: bool = False,
               first: re.Match[str] | None = None) -> re.Match[str] | None:
    """Where row ``n`` begins, from ``pos`` on: its number where a row can begin (``dated``: also
    right after a deadline, when the rows end with a deadline column), written as the ``first``
    row's number is (``2 `` after ``1 ``: no ``2.`` of a list inside row 1's cell)."""
    pattern = re.compile(rf"(?<![\d.．]){n}([.．、]?)[ \u3000]?(?=[\u4e00-\u9fff（(“《])")  # 13 （八）…
    for m in pattern.finditer(text, pos, limit):
        after = text[m.end()]
        if after in _COUNTED or first is not None and bool(m.group(1)) != bool(first.group(1)):
            continue
        before = text[m.start() - 1] if m.start() else "\n"
        if n == 1 or before.isspace() or before in _ROW_BEFORE:  # the first: right after the header
            return m
        if dated and any(deadline_cell(text[k:m.start()]) for k in range(max(pos, m.start() - 24), m.start() - 1)):
            return m
    return None


def _unit_span(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds unit names only, those run together taken apart first."""
    return e > s and unit_cell("、".join(unglued([text[s:e]]))) is not None


def _after_last_stop(text: str, s: int, e: int) -> int | None:
    """Where the text after the last full stop of ``text[s:e]`` begins (closing quotes, brackets
    and spaces skipped), or None if it has none."""
    k = max((text.rfind(ch, s, e) for ch in "。；;！？"), default=-1) + 1
    if k <= s:
        return None
    while k < e and (text[k] in "”’）)" or text[k].isspace()):
        k += 1
    return k


def _tail_units(text: str, s: int, e: int) -> int | None:
    """Where the unit cells closing ``text[s:e]`` begin (after its last full stop), or None: names
    alone, or a note naming them by verb (``质监处牵头，各分局配合``)."""
    k = _after_last_stop(text, s, e)
    if k is None:  # no full stop: the cell a space after the task (…（2016—2020年）》 质监处)
        gap = last_space(text, s, e)
        k = gap + 1 if gap > s else None
    if k is None:
        return None
    return k if _unit_span(text, k, e) or e - k <= NOTE_MAX and led_note(re.sub(r"\s+", "", text[k:e])) else None


def _head_units(text: str, s: int, e: int) -> int | None:
    """Where the unit cell opening ``text[s:e]`` ends (``区交通建设局牵头开展…``), or None: the
    longest run of unit names that a verb follows (``区财政金融局会同…``, not ``区财政金融局会``), else
    the longest run of unit names."""
    ends = [k for k in range(s + 2, min(e, s + _UNITS_AT_START_MAX) + 1)
            if text[k - 1] in NAME_ENDS and _unit_span(text, s, k)
            and not re.search(r"牵头|负责|配合|协助|参与|开展|会同|的", text[s:k])]
    verbed = [k for k in ends if _VERB_AFTER.match(text, k)]
    return max(verbed or ends, default=None)


def _split_cells(text: str, s: int, e: int, count: int) -> list[Cell]:
    """The unit text ``text[s:e]`` cut into ``count`` cells at boundaries no separator marks."""
    value = text[s:e]
    cuts = [c for c in glued_names(value) if value[c - 1] not in "、，,"]
    if count < 2 or not cuts:
        return [Cell(s, e)]
    general = next((c for c in cuts if _GENERAL.match(value[c:])), None)
    cut = cuts[0] if len(cuts) == 1 or general is None else general
    return [Cell(s, s + cut), Cell(s + cut, e)]


def _trailing_deadline(text: str, s: int, e: int) -> int | None:
    """Where a deadline closing ``text[s:e]`` begins (``…县司法局2023年12月底前``), or None."""
    for k in range(max(s, e - 24), e - 1):
        if (text[k].isdigit() or text[k] in "年长持每常全及") and (k == s or not text[k - 1].isdigit()) \
                and deadline_cell(text[k:e]):
            return k
    return None


def _row(text: str, number: re.Match[str], end: int, roles: list[str | None]) -> TableRow:
    """A row from its number to ``end`` (the next row's number, or where the last row ends)."""
    row = TableRow({"number": Cell(number.start(), number.end())})
    after = roles[1:]
    units = [r for r in after if r in ("lead", "responsible")]
    first_unit = next(k for k, r in enumerate(after) if r in ("lead", "responsible"))
    s = number.end()
    if first_unit == 0:  # 序号 部门 主要职责: the units open the row
        k = _head_units(text, s, end)
        if k is not None:
            role = units[0]
            if role == "responsible" and re.match(r"\s*(?:牵头|负责牵头|会同)", text[k:end]):
                role = "lead"
            row.cells[role] = Cell(s, k)
            s = k
        row.cells["detail"] = Cell(s, end)
        return row
    if after[0] == "group" and (group := _GROUP_CELL.match(text, s, end)):
        row.notes.append(Cell(group.end() - len(group.group().lstrip()), group.end()))  # 公共 交通类
        s = group.end()
    if "person" in after[first_unit:] and _spaced_row(text, row, s, end, units, after):
        return row
    stop = end
    if "deadline" in after[first_unit:]:
        d = _trailing_deadline(text, s, end)
        if d is not None:
            row.cells["deadline"] = Cell(d, end)
            stop = d
    k = _tail_units(text, s, stop)
    if k is not None:
        for role, cell in zip(units, _split_cells(text, k, stop, len(units))):
            row.cells[role] = cell
        row.cells["detail"] = Cell(s, k)
    else:
        row.cells["detail"] = Cell(s, stop)
    if "detail" in row.cells:
        d = row.cells["detail"]
        row.title = re.split(r"[，,；;。\n]", text[d.start:d.end].strip(), maxsplit=1)[0]
    return row


def _spaced_row(text: str, row: TableRow, s: int, e: int, units: list[str], after: list[str | None]) -> bool:
    """Fill ``row`` from ``text[s:e]`` when its cells are separated by spaces and columns of
    leaders' names (责任领导) follow its unit columns, so that no unit cell closes the row
    (``…2017年9月30日前 区交建局 区交通集团 张遵耀 丁玉仁``): the last run of cells of unit names
    (``/`` for an empty one) are its unit cells, the first the first unit column's, the rest the
    next's; the cells after them are notes; a deadline cell right before them, when the header
    puts the deadline there, is the deadline. False (the row untouched) when no cell names units."""
    tokens = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    named = [_unit_span(text, a, b) for a, b in tokens]
    last = max((i for i, ok in enumerate(named) if ok), default=None)
    if last is None or last == 0:
        return False
    first = last
    while first > 1 and named[first - 1]:
        first -= 1
    row.cells[units[0]] = Cell(*tokens[first])
    if len(units) > 1 and last > first:
        row.cells[units[1]] = Cell(tokens[first + 1][0], tokens[last][1])
    empty = last
    while empty + 1 < len(tokens) and _EMPTY_CELL.fullmatch(text[tokens[empty + 1][0]:tokens[empty + 1][1]]):
        empty += 1  # 区城投集团 / 刘启仁: no second unit
    if empty > last:
        row.notes.append(Cell(tokens[last + 1][0], tokens[empty][1]))
    if empty + 1 < len(tokens):
        row.notes.append(Cell(tokens[empty + 1][0], tokens[-1][1]))  # 张遵耀 丁玉仁
    stop = tokens[first][0]
    if "deadline" in after and after.index("deadline") < after.index(units[0]) and first > 1 \
            and deadline_cell(text[tokens[first - 1][0]:tokens[first - 1][1]]):
        row.cells["deadline"] = Cell(*tokens[first - 1])
        stop = tokens[first - 1][0]
    while stop > s and text[stop - 1].isspace():
        stop -= 1
    row.cells["detail"] = Cell(s, stop)
    row.title = re.split(r"[，,；;。\s]", text[s:stop].strip(), maxsplit=1)[0]  # a cell ends at a space
    return True


def _last_row_end(text: str, s: int, line_end: int, roles: list[str | None]) -> int:
    """Where the last row ends: at its line's end (or a page footer's start), or, when the text
    runs on after the units that close it (a page on one line), where its units (and deadline)
    end."""
    footer = _FOOTER.search(text, s, line_end)
    end = footer.start() if footer else line_end
    while end > s and text[end - 1].isspace():
        end -= 1
    if roles[1] in ("lead", "responsible"):  # the units open the row: nothing marks its end
        return end
    k = _after_last_stop(text, s, end)
    if k is None or _tail_units(text, s, end) is not None:  # …各村（社区）依据职责负责: the cell ends it
        return end
    units = [j for j in range(k + 2, min(end, k + _TAIL_MAX) + 1)
             if text[j - 1] in NAME_ENDS and _unit_span(text, k, j)]
    if not units:
        return end
    stop = units[-1]
    if "deadline" in roles:
        stop = max((j for j in range(stop + 2, min(end, stop + 24) + 1) if deadline_cell(text[stop:j])),
                   default=stop)
    return stop


def glued_tables(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, list[TableRow], list[Span]]]:
    """The glued tables of ``text`` outside the ``taken`` spans: ``(start, end, rows, header spans)``."""
    found = []
    pos = 0
    taken = sorted(taken)
    taken_starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))  # the furthest end of the spans up to each
    for m in _HEADER_START.finditer(text):
        k = bisect_right(taken_starts, m.start()) - 1  # the spans starting before it
        if m.start() < pos or k >= 0 and m.start() < reach[k]:
            continue
        header = _header(text, m.start())
        if header is None:
            continue
        zone_end, roles = header
        numbers: list[re.Match[str]] = []
        p = zone_end
        while True:
            row = _row_start(text, len(numbers) + 1, p, min(len(text), p + (8 if not numbers else _ROW_MAX)),
                             roles[-1] == "deadline", numbers[0] if numbers else None)
            if row is None:
                break
            numbers.append(row)
            p = row.end() + 1
        if len(numbers) < 2:
            continue
        rows = []
        spans = [Span("", m.start(), zone_end, SpanKind.TABLE_HEADER)]
        header = text[m.start():zone_end]
        for r, number in enumerate(numbers):
            if r + 1 < len(numbers):
                stop = numbers[r + 1].start()
                again = text.rfind(header, number.end(), stop)  # the header printed again on the
                if again >= 0 and not text[again + len(header):stop].strip():  # next page
                    spans.append(Span("", again, again + len(header), SpanKind.TABLE_HEADER))
                    stop = again
                while stop > number.end() and text[stop - 1].isspace():
                    stop -= 1
            else:
                line_end = text.find("\n", number.end())
                stop = _last_row_end(text, number.end(), len(text) if line_end < 0 else line_end, roles)
            rows.append(_row(text, number, stop, roles))
        if not any(row.role_cells("lead") or row.role_cells("responsible") for row in rows):
            continue
        found.append((m.start(), stop, rows, spans))  # the last row's end ends the table
        pos = stop
    return found


# -- a table's header glued into a plan's prose ------------------------------------------------
# A task table can be a plan's whole text: ``工作任务工作要求牵头单位配合/责任单位一、紧扣…（一）做好…
# 1.主动公开…。通过…。区经济发展局区自然资源与生态环境局 区直有关单位，…2.归集…``. Its header names the
# columns without 序号, its rows are the plan's numbered items, and the unit cells of each row are
# glued to its text: after its last sentence when the header puts the units last, between the
# task's title and its requirements when it puts them in the middle
# (``1.深入解读政策背景…涉及范围省直各部门，各设区市，平潭综合实验区通过新闻发布会…``).

_ROLE_KEY = re.compile(ROLE_KEYS)
_UNIT_COLUMN = re.compile(r"(?:牵|责|配|协|参|落|负)[ \u3000]*[头任合办与实责][ \u3000]*(?:单[ \u3000]*位|部[ \u3000]*门|处[ \u3000]*室|科[ \u3000]*室)")
_ROW_MARKER = re.compile(r"[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))")
_COLUMN_NAME_MAX = 7  # characters of a name, spaces not counted (配合/责任单位; no two names as one)
_LEVELS = "省州市县区旗盟"
_NAME_SEPS = "、，, \u3000\t"
_STRONG_ENDS = "局处办委厅室所站队"  # how a name ends that another glued on follows (not 会 of 社会事业局)
_MARKER_END = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]$")
_ROW_NAME_MAX = 16  # the longest unit name read out of a row's text
_NOT_IN_NAME = re.compile(r"[、，,；;。：:！？\s“”‘’《》]")
_NOT_NAME_END = re.compile(r"(?:(?<!银)行|网站|平台|(?<!视)台)$")
_BRACKET_MAX = 12
#: Characters that go on a place word of a general name: 各乡|镇, 各镇|街, 各县|市区.
_PLACE_ON = "乡镇街村县市区"
_BODY_END = re.compile(r"(?:人民政府|办事处|委员会)$")
_LONGER_MAX = 4  # 省政府|新闻办, 各乡镇|人民政府: how much longer than the shortest name one can be


def _column_at(text: str, p: int, forward: bool) -> tuple[int, str | None] | None:
    """The longest column name starting (``forward``) or ending at ``p``, spaces inside it skipped:
    where it ends (or starts) and its role; None if no name is there."""
    chars: list[int] = []
    k = p
    while len(chars) < _COLUMN_NAME_MAX and (k < len(text) if forward else k > 0):
        ch = text[k] if forward else text[k - 1]
        if ch == "\n":
            break
        if ch not in " \u3000":
            chars.append(k if forward else k - 1)
        k += 1 if forward else -1
    for size in range(len(chars), 1, -1):
        where = chars[:size] if forward else chars[:size][::-1]
        if text[where[0]] in " \u3000" or text[where[-1]] in " \u3000":
            continue
        name = "".join(text[i] for i in where)
        role = None if _MARKER_END.search(name) else _name_role(name)  # not 完成时限 and the （一） after it
        if role is not None:
            return (where[-1] + 1 if forward else where[0]), role
    return None


def prose_headers(text: str) -> list[tuple[int, int, list[str | None], bool]]:
    """Header rows in the prose (``工作任务工作要求牵头单位配合/责任单位``, ``工　作　任　务牵头单位
    责　任　单　位工　作　要　求``, ``重点任务 工作措施 牵头单位 参与单位``) that a plan's section or
    item follows: ``(start, end, roles, spaced)`` of each, ``spaced`` when a space stands between
    names. A spaced header that puts the units before the task's text is
    :func:`~comparer.segment._spaced_cells`' (its rows' cells are one space apart); a header
    starting with 序号 is :func:`glued_tables`'; names one a line are
    :func:`~comparer.text_tables.cell_headers`'.

    >>> prose_headers("…分解表工　作　任　务牵头单位责　任　单　位工作要求一、…")
    [(4, 26, ['task', 'lead', 'responsible', 'detail'], False)]
    >>> prose_headers("…分解表 工作任务 牵头单位 责任单位 工作要求 一、…")
    []
    >>> prose_headers("…任务表 重点任务 工作措施 牵头单位 参与单位 4.深化…")
    [(5, 24, ['task', 'detail', 'lead', 'responsible'], True)]
    """
    found: list[tuple[int, int, list[str | None], bool]] = []
    seen: set[str] = set()
    for m in _UNIT_COLUMN.finditer(text):
        if found and m.start() < found[-1][1]:
            continue
        first = next(k for k in (m.start() - 2, m.start()) if k >= 0 and _ROLE_KEY.fullmatch(text, k, m.end())
                     or k == m.start())  # 主要责任处室, 协同责任单位: a role key's own first words
        start, roles, spaced = first, [_name_role(text[first:m.end()].replace(" ", "").replace("\u3000", ""))], False
        while True:
            k = start
            while k > 0 and text[k - 1] in " \u3000":
                k -= 1
            name = _column_at(text, k, forward=False)
            if name is None:
                break
            start, spaced = name[0], spaced or k < start
            roles.insert(0, name[1])
        end = m.end()
        while True:
            k = end
            while k < len(text) and text[k] in " \u3000" and roles:
                k += 1
            name = _column_at(text, k, forward=True)
            if name is None:
                break
            end, spaced = name[0], spaced or k > end
            roles.append(name[1])
        units = [k for k, r in enumerate(roles) if r in ("lead", "responsible")]
        texts = [k for k, r in enumerate(roles) if r in ("task", "detail")]
        if len(roles) < 3 or not units or roles[0] == "number" \
                or not texts or texts[0] > units[0] or spaced and texts[-1] > units[0] \
                or not (_ROW_MARKER.match(text, end) or text[start:end] in seen):  # printed again on
            continue  # the next page, a row going on after it
        found.append((start, end, roles, spaced))
        seen.add(text[start:end])
    return found


def _row_name(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is one unit name, with no separator or punctuation inside, and not
    a task's words that end like one (``各项政策措施及执行``, ``…利用政府网站``)."""
    return not _NOT_IN_NAME.search(text, a, b) and not _NOT_NAME_END.search(text, a, b) \
        and unit_name(text[a:b])


def _name_ending(text: str, lo: int, j: int, after_separator: bool) -> int | None:
    """Where the unit name ending at ``j`` begins (not before ``lo``): the shortest one opening with
    a jurisdiction (``…情况省财政厅`` → 省财政厅), widened by a character or two to a 各 or a
    jurisdiction (各片区管理局, 省直各部门); else one opening with 各; else (``after_separator``) the
    shortest opening right after a separator, the row's last sentence or another name
    (``，平潭综合实验区``, ``。公卫家庭处医政医管处``)."""
    starts = range(j - 2, max(lo, j - _ROW_NAME_MAX) - 1, -1)
    k = next((k for k in starts if text[k] in _LEVELS and not text.startswith(NOT_PREFIXED, k)
              and _row_name(text, k, j)), None)  # not 市场违法违规案件查处
    if k is not None:
        return next((w for w in (k - 2, k - 1) if w >= lo and text[w] in _LEVELS + "各" and _row_name(text, w, j)), k)
    k = next((k for k in starts if text[k] == "各" and _row_name(text, k, j)), None)
    if k is not None or not after_separator:
        return k
    return next((k for k in starts if (text[k - 1] in _NAME_SEPS or text[k - 1] in "。；;" or text[k - 1] in _STRONG_ENDS)
                 and _row_name(text, k, j)), None)  # 。公卫家庭处医政医管处医保处: names without a place


def name_ending(text: str, lo: int, j: int) -> int | None:
    """Where a unit name that ends at ``j`` and opens with a jurisdiction or 各 begins (not before
    ``lo``): ``…审查机制区直各单位`` → 区直各单位; None if there is none."""
    return _name_ending(text, lo, j, after_separator=False)


def _name_starting(text: str, p: int, hi: int) -> tuple[int, bool] | None:
    """Where a unit name starting at ``p`` ends, and whether more names follow it: the shortest
    name, or one up to four characters longer that a separator and another name, or another name
    glued on, follow (``省直各部门，各设区市``, not ``省直各部``; ``各设区市，平潭…``, not ``各设区``); a
    bracket right after it is its own (``各乡镇（街道）``). Where no name follows, the longest that a
    separator ends, else a government's full name (``各乡镇人民政府坚持…``, not 各乡), else the shortest
    (``平潭综合实验区通过…``)."""
    ends = [q for q in range(p + 2, min(hi, p + _ROW_NAME_MAX) + 1) if _row_name(text, p, q)]
    if not ends:
        return None
    shortest = next((q for q in ends if q == hi or text[q] not in _PLACE_ON), ends[0])  # 各乡镇, not 各乡
    window = [q for q in ends if q <= shortest + _LONGER_MAX]
    for q in window:
        r = q
        while r < hi and text[r] in _NAME_SEPS:
            r += 1
        if r < hi and (r > q or text[r] in _LEVELS + "各") and any(
                _row_name(text, r, t) for t in range(r + 2, min(hi, r + _ROW_NAME_MAX) + 1)):
            return q, True
    q = next((q for q in reversed(window) if q == hi or text[q] in _NAME_SEPS), None)  # 各有关处室 要…,
    if q is None:  # not 各有关处; glued to a sentence: a government's full name (各乡镇人民政府坚持…), else
        q = next((q for q in reversed(window) if _BODY_END.search(text, p, q)), ends[0])  # the shortest
    if q < hi and text[q] in "（(":
        close = text.find("）" if text[q] == "（" else ")", q, min(hi, q + _BRACKET_MAX))
        q = close + 1 if close > 0 else q
    return q, False


def _split_names(text: str, names: list[tuple[int, int]], lead: bool, spaced: bool = False) -> list[tuple[str, ...]]:
    """The unit cells of a run of names: with a lead column, the names up to the last boundary no
    separator marks before the first separator lead (``区经济发展局区自然资源与生态环境局 区直有关单位，…``,
    ``省统计局省政府新闻办，各设区市``), or, when a separator follows the first name, the names up to
    the first glued boundary (``A、B、C区直有关单位，…``: A, B and C lead), else the first name; the rest
    are the other cell. A run that opens with a general name (``区直各单位``, ``省直各部门，…``) is
    one cell: the lead's is empty, or merged with a row above. Below a header whose names stand
    apart (``spaced``), the cells are: the first space between names ends the lead's."""
    values = [text[a:b] for a, b in names]
    if not lead or _GENERAL.match(values[0]):  # 区直各单位 … where a merged lead cell is above
        return [tuple(values)]
    if len(names) < 2:  # one name: the first column's, the lead
        return [tuple(values), ()]
    gaps = [k for k, ((_, b), (a, _)) in enumerate(zip(names, names[1:])) if text[b:a].isspace()]
    if spaced:  # cells one space apart (区环土局、经发局 区市场监管局); no space: the first cell's
        cut = gaps[0] + 1 if gaps else len(values)
        return [tuple(values[:cut]), tuple(values[cut:])]
    marked = [any(ch in "、，," for ch in text[b:a]) for (_, b), (a, _) in zip(names, names[1:])]
    first = marked.index(True) if True in marked else len(marked)
    cut = next((k for k in range(first - 1, -1, -1) if not marked[k]), None) if first else None
    if first == 0:  # 区行政审批局、智慧岛服务管理中心、行政服务中心区直有关单位，…: the lead's list ends
        cut = next((k for k in range(len(marked)) if not marked[k]), 0)  # where names are glued first
    if cut is None:  # names glued with no separator at all: the lead cell ends at the last glue
        cut = len(marked) - 1
    return [tuple(values[:cut + 1]), tuple(values[cut + 1:])]


def tail_units(text: str, s: int, e: int, lead: bool, spaced: bool = False) -> tuple[int, list[tuple[str, ...]]] | None:
    """The unit cells closing a row's text ``text[s:e]`` (read name by name from its end:
    ``…相关信息区财政金融局``, ``…集中展示。区经济发展局区自然资源与生态环境局 区直有关单位，…``): where
    they begin and each cell's names, or None.

    >>> t = "集中展示。区发展改革局区自然资源局 区直有关单位，各街道办事处"
    >>> tail_units(t, 0, len(t), lead=True)
    (5, [('区发展改革局', '区自然资源局'), ('区直有关单位', '各街道办事处')])
    """
    names: list[tuple[int, int]] = []
    duty = LIST_TAIL.search(text, s, e)  # 区水利局、生态环境局按职责分工负责: each responsible for its part
    j = duty.start() if duty and duty.start() > s else e
    while j > s + 2:
        k = _name_ending(text, s + 2, j, after_separator=True)
        if k is None:
            break
        names.insert(0, (k, j))
        j = k
        while j > s and text[j - 1] in _NAME_SEPS:
            j -= 1
    if not names or duty and names[-1][1] != duty.start():
        return None
    cells = [(), tuple(text[a:b] for a, b in names)] if duty else _split_names(text, names, lead, spaced)
    return names[0][0], _expanded(cells)


def middle_units(text: str, s: int, e: int, lead: bool) -> tuple[int, int, int, list[tuple[str, ...]]] | None:
    """The unit cells between a row's task title and its requirements, before its first full stop
    (``深入解读…涉及范围省直各部门，各设区市，平潭综合实验区通过新闻发布会…``): where the title ends, where
    the cells begin and end, and each cell's names (as :func:`~comparer.segment._spaced_cells`), or
    None.

    >>> t = "按月公开财政收支情况省财政厅各设区市，南屿综合实验区在门户网站集中公开。"
    >>> middle_units(t, 0, len(t), lead=True)
    (10, 10, 26, [('省财政厅',), ('各设区市', '南屿综合实验区')])
    """
    stop = min((k for k in (text.find(ch, s, e) for ch in "。；;") if k >= 0), default=e)
    for j in range(s + 4, stop + 1):
        if not (text[j - 1] in NAME_ENDS or text[j - 1] in _LEVELS):
            continue
        k = _name_ending(text, s + 2, j, after_separator=False)
        if k is None:
            continue
        opening = _name_starting(text, k, stop)
        j, more = opening if opening else (j, False)  # 省直各部门, not 省直各部
        names = [(k, j)]
        while more:  # further names, glued on or after a separator (one glued on is the last
            p = j  # only where nothing follows it: not 各级各部门 of 各级各部门的权责清单)
            while p < stop and text[p] in _NAME_SEPS:
                p += 1
            name = _name_starting(text, p, stop) if p < stop else None
            if name is None or p == j and not name[1]:
                break
            names.append((p, name[0]))
            j, more = name
        first = names[0][0]
        while True:  # and names before it
            b = first
            while b > s and text[b - 1] in _NAME_SEPS:
                b -= 1
            a = _name_ending(text, s + 2, b, after_separator=False)
            if a is None:
                break
            names.insert(0, (a, b))
            first = a
        return first, first, names[-1][1], _expanded(_split_names(text, names, lead))
    return None


def _expanded(cells: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each cell's names as a list of units reads them: a short name takes the place of the one
    before it (区环土局、经发局 → 区经发局)."""
    return [parse_units("、".join(cell)) if cell else () for cell in cells]
