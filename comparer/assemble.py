"""Assembling clauses: groups of drafts (a heading's clauses) become clauses with readable ids.

The segmenter (:mod:`comparer.segment`) collects, per heading, drafts ``(start, end, kind, row)``
in a :class:`Group` with the group's units and deadline; a table's rows are grouped here too
(:func:`table_groups`). :func:`finish` numbers the clauses: ``item.n``, ``section.item.n`` where
item numbers restart per section, ``group.row.n`` for table rows, ``-2`` suffixes for a number
used twice.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from comparer.attributes import MODAL_YAO, find_deadline, find_targets
from comparer.layout import ATTENDANCE, PRINTED_BY, noise_kind
from comparer.model import Clause, ClauseKind, Document, Heading, Segmentation, Span, SpanKind, one_line
from comparer.tables import Table, TableRow
from comparer.text import AMENDMENT, POINT_WORD, RULE_MODAL, Line, cn_to_int, opens_line, run_in_title_end, split_sentences
from comparer.units import LIST_TAIL, TASK_VERBS, by_doers, by_subject, duty_office, is_lead, led_note, modal_subject, parse_units, verb_subject

TITLE_MAX = 60  # longest title line
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class RowInfo:
    """A table row's number within its group, with the row's own units and deadline."""

    number: int
    lead: tuple[str, ...]
    responsible: tuple[str, ...]
    deadline: str | None


Draft = tuple[int, int, ClauseKind, "RowInfo | None"]


@dataclass
class Scope:
    """The drafts of a group from ``start`` on (to the next scope), and the units of the notes
    read there: a sub-item's note, or a note closing a sentence inside a paragraph."""

    start: int
    lead: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    deadline: str | None = None
    own: bool = False  # the units of the one sentence they are the subject of (市发改委负责…)
    inner: bool = False  # a （1） point's inside a 1. point
    point: bool = False  # opened by a point's number (not by a sentence that names its own units)
    announces: bool = False  # an article's lead-in whose units are those of the points it announces


Units = tuple[tuple[str, ...], tuple[str, ...], "str | None"]  # lead, responsible, deadline


@dataclass
class Group:
    """Clauses under one heading (front matter, a section's own text, an item, a table group)."""

    key: tuple[str, ...]
    kind: ClauseKind
    section: Heading | None = None
    item: Heading | None = None
    drafts: list[Draft] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    deadline: str | None = None
    points: list[tuple[int, str, bool]] = field(default_factory=list)  # (draft index, number, inside
    # a 1. point) of 1./（1） points
    sub_run: int = 0  # the last （1） point inside a 1. point before the group: numbered on from there
    scopes: list[Scope] = field(default_factory=lambda: [Scope(0)])
    # the units a sentence names by weaker signs, by draft index: its subject before its verb alone
    # (区营商办加强…), a general subject (各有关单位要…), units after 由 before the task's verb (由X按规定
    # 受理); that sentence's own where no note names the group's units, else dropped
    subjects: dict[int, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    # the units a sentence calls into its task besides its subject (…会同A、B等部门…, …报送X审核), by
    # draft index: responsible for that sentence alone
    called: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def add_units(self, role: str, units: tuple[str, ...], first: bool = False) -> None:
        """Add ``units`` under ``role`` to the group and to its current scope (``first``: to its first
        scope, the group's base, where that is no sentence's own; a heading's units for the sentences
        here that name none)."""
        if first and self.scopes[0].own:
            return
        for owner in (self, self.scopes[0] if first else self.scopes[-1]):
            target = owner.lead if is_lead(role) else owner.responsible
            target.extend(u for u in units if u not in target)

    def noted(self) -> bool:
        """Whether a note or label (not a sentence's own subject) has named units in the group."""
        return any((sc.lead or sc.responsible) and not sc.own for sc in self.scopes)

    def drop_units(self, role: str, units: tuple[str, ...]) -> None:
        """Take back ``units`` read from a unit line that the next line turned out to continue."""
        for owner in (self, self.scopes[-1]):
            target = owner.lead if is_lead(role) else owner.responsible
            target[:] = [u for u in target if u not in units]

    def set_deadline(self, value: str | None) -> None:
        """The deadline a note or a 完成时限 line gives (none when ``value`` is empty)."""
        if value:
            self.deadline = self.scopes[-1].deadline = value

    def new_scope(self, own: bool = False, back: int = 0, inner: bool = False, point: bool = False) -> None:
        """The drafts from here on (or from the last ``back`` ones on) belong to the next sub-item
        or sentence, not to the notes so far; ``own``: the next sentence alone, with the units
        that are its subject; ``inner``: a （1） point inside a 1. point; ``point``: a point's
        number opens it. A note read after a sentence that named its own units (``2.…。乡镇卫生院负责…。
        （责任单位：…）3.…``) closes the point that sentence is in, not the next one."""
        if len(self.drafts) - back > self.scopes[-1].start:
            self.scopes.append(Scope(len(self.drafts) - back))
        elif back == 0:
            self.close_note()
        self.scopes[-1].own = self.scopes[-1].own or own
        self.scopes[-1].inner = self.scopes[-1].inner or inner
        self.scopes[-1].point = self.scopes[-1].point or point

    def open_point(self, number: str, inner: bool = False) -> None:
        """A numbered point (1., （1）, an article's （一）) opens here: a scope of its own, and a
        sub-item perhaps (:func:`sub_items`)."""
        self.new_scope(inner=inner, point=True)
        self.points.append((len(self.drafts), number, inner))

    def own_subjects(self) -> None:
        """Where no note names the group's units, each sentence whose subject names its units before
        its verb (``区营商办加强统筹协调``) gets a scope of its own with them; where one does
        (``各街道全面排查…（责任单位：各街道办事处）``), the note says whose the task is."""
        if not self.subjects or self.noted():
            return
        for i, pairs in sorted(self.subjects.items()):
            if i >= len(self.drafts):
                continue
            at = max(k for k, sc in enumerate(self.scopes) if sc.start <= i)
            sc = self.scopes[at]
            if sc.own and sc.start == i:  # the sentence named its units otherwise too (not: a sentence
                continue  # after one that did, 区房管局应当…。修缮计划通过后，由区人民政府安排…: its own)
            after = Scope(i + 1, list(sc.lead), list(sc.responsible), sc.deadline, own=sc.own, inner=sc.inner)
            own = Scope(i, [], [], sc.deadline, own=True, inner=sc.inner)
            for role, units in pairs:
                target = own.lead if is_lead(role) else own.responsible
                target.extend(u for u in units if u not in target)
                group = self.lead if is_lead(role) else self.responsible
                group.extend(u for u in units if u not in group)
            nxt = self.scopes[at + 1].start if at + 1 < len(self.scopes) else len(self.drafts)
            pieces = ([] if sc.start == i else [sc]) + [own] + ([after] if i + 1 < nxt else [])
            self.scopes[at:at + 1] = pieces

    def close_note(self) -> None:
        """A note read after a sentence that named its own units (the last scope holds no draft)
        closes the stretch of scopes before it back to the last note or to its point's number."""
        last = self.scopes[-1]
        if len(self.scopes) < 2 or last.point or last.start < len(self.drafts) \
                or not (last.lead or last.responsible) or not self.scopes[-2].own:
            return
        for sc in reversed(self.scopes[:-1]):
            if not sc.own and (sc.lead or sc.responsible):
                break
            sc.lead[:] = _merge(sc.lead, last.lead)
            sc.responsible[:] = _merge(sc.responsible, last.responsible)
            sc.deadline = sc.deadline or last.deadline
            if sc.point:
                break
        self.scopes[-1] = Scope(last.start)

    def units_at(self) -> list[Units] | None:
        """Each draft's ``(lead, responsible, deadline)`` when notes of two or more scopes say whose work
        each part is (sub-items ``1.``…``5.`` each with its note) or a sentence names its own units
        as its subject; None when the group's units are all its drafts' units. A part without a note of its own (its note cut off by the
        page end) carries only the item's own notes, not the other parts' units; the item's
        title carries them all."""
        self.close_note()
        self.own_subjects()
        scopes = _outer_notes(_joined(_announced(_after_own(self.scopes)), len(self.drafts)))
        noted = [sc for sc in scopes if (sc.lead or sc.responsible) and not sc.own]
        owned = any(sc.own for sc in scopes)
        if len(noted) < 2 and not owned:
            return None
        base = Scope(0)  # an item's own notes, before its first sub-item, hold for all of them
        starts = [at for at, _, _ in self.points]
        pointed = len(noted) == 1 and noted[0].start in starts and starts[0] < noted[0].start < starts[-1]
        if len(noted) < 2 and not pointed:  # the item's note, if any, is every sentence's; a subject's units its own
            # (not a middle point's: 5.农村公路管理机构。…6.… names its own, not its item's other points'; a note
            # after the last point closes the item)
            base = Scope(0, [u for sc in noted for u in sc.lead], [u for sc in noted for u in sc.responsible],
                         self.deadline)
            scopes = [sc if sc.own else Scope(sc.start) for sc in scopes]
        elif self.points and len(scopes) > 1 and scopes[1].start <= self.points[0][0]:
            base = scopes[0]
        union = (tuple(self.lead), tuple(self.responsible), self.deadline)
        out = []
        for i in range(len(self.drafts)):
            sc = next(sc for sc in reversed(scopes) if sc.start <= i)
            if i == 0 and self.drafts[0][2] is ClauseKind.HEADING:  # the item's title: all its units
                out.append(union)
            else:
                out.append((_merge(base.lead, sc.lead), _merge(base.responsible, sc.responsible),
                            sc.deadline or base.deadline))
        return out


#: A deadline in brackets closing a task, said as when it is done (（2023年6月底完成）).
_DONE_BY = re.compile(r"[（(]\s*(\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\d{1,2}日|底|末)?)(?:全面|基本)?完成\s*[）)]\s*$")


def _after_own(scopes: list[Scope]) -> list[Scope]:
    """``scopes`` with the sentences after one that named its own units inside a point (``1.…。…，由学校组织
    实施。有条件的地方，…。（责任单位：…）``) given the point's note again, where they have none of their own."""
    out: list[Scope] = []
    noted = None  # the point's scope whose note holds for its sentences
    for sc in scopes:
        if sc.point:
            noted = sc if sc.lead or sc.responsible else None
        elif not sc.own and (sc.lead or sc.responsible):
            noted = None
        elif noted is not None and out and out[-1].own and not sc.own and not (sc.lead or sc.responsible):
            sc = Scope(sc.start, list(noted.lead), list(noted.responsible), sc.deadline or noted.deadline, own=noted.own,
                       inner=sc.inner)  # (a point whose own subject names them: that point's, not a note over the item)
        out.append(sc)
    return out


def _announced(scopes: list[Scope]) -> list[Scope]:
    """``scopes`` with the points an article's lead-in announces (``县住建局应当履行下列职责：
    （一）…（二）…``) given its units, where a point names none of its own."""
    out: list[Scope] = []
    carry = None
    for sc in scopes:
        if sc.announces:
            carry = sc
        elif carry is not None and sc.point and not sc.own and not (sc.lead or sc.responsible):
            sc = Scope(sc.start, list(carry.lead), list(carry.responsible), sc.deadline or carry.deadline,
                       own=True, inner=sc.inner, point=True)
        elif not sc.point:
            carry = None
        out.append(sc)
    return out


def _joined(scopes: list[Scope], n_drafts: int) -> list[Scope]:
    """``scopes`` with each one that holds no draft (a note read after its scope's last draft)
    joined to the one before it."""
    out: list[Scope] = []
    for sc in scopes:
        if out and (sc.start >= n_drafts or sc.start == out[-1].start):
            out[-1].lead += [u for u in sc.lead if u not in out[-1].lead]
            out[-1].responsible += [u for u in sc.responsible if u not in out[-1].responsible]
            out[-1].deadline = out[-1].deadline or sc.deadline
        else:
            out.append(Scope(sc.start, list(sc.lead), list(sc.responsible), sc.deadline, sc.own, sc.inner))
    return out


def _outer_notes(scopes: list[Scope]) -> list[Scope]:
    """``scopes`` with the （1） points inside a 1. point joined to it where only the last of them
    has a note: ``1.…（1）…（2）…（3）…（责任单位：…）2.…`` — the note closes the 1. point."""
    out: list[Scope] = []
    k = 0
    while k < len(scopes):
        end = k + 1
        while end < len(scopes) and scopes[end].inner:
            end += 1
        run = scopes[k:end]
        noted = [sc for sc in run if (sc.lead or sc.responsible) and not sc.own]
        if len(run) > 1 and noted == [run[-1]] and not any(sc.own for sc in run):
            out.append(Scope(run[0].start, list(run[-1].lead), list(run[-1].responsible),
                             run[-1].deadline or run[0].deadline))
        else:
            out += run
        k = end
    return out


def _merge(first: list[str], second: list[str]) -> tuple[str, ...]:
    return tuple(first + [u for u in second if u not in first])


def first_words(text: str) -> str:
    """A title for a task stated without one (a table row without a task cell, an item whose
    first sentence runs on without a full stop, a section with no title): its words up to the
    first comma or stop (``成立“智改数转”工作专班``)."""
    return re.split(r"[，,；;。]", text.strip(), maxsplit=1)[0]


def table_groups(doc: Document, table: Table, front: list[Line], spans: list[Span],
                  prefix: str) -> list[Group]:
    """Groups of ``table``'s rows (keys prefixed with ``prefix``), the ``front`` lines in the first;
    its header, unit, deadline and repeated cells go to ``spans``."""
    spans.extend(table.spans)
    groups: list[Group] = [Group((f"{prefix}0",), ClauseKind.PREAMBLE)]
    for line in front:
        kind = (ClauseKind.NOISE if noise_kind(line.text(doc.text)) not in (None, "attachment") else
                ClauseKind.TITLE if len(line.text(doc.text)) <= TITLE_MAX else ClauseKind.PREAMBLE)
        groups[0].drafts.append((line.start, line.end, kind, None))
    by_number: dict[str, Group] = {}
    current: Group | None = None
    section: Heading | None = None
    for row in table.rows:
        number = row.cell_text(doc.text, "number")
        task = row.cell_text(doc.text, "task")
        numbered = None if number else _NUMBERED_TASK.match(task)
        if numbered:  # | | 1.优化产业布局 | …: a table without a 序号 column numbers its tasks in their cell
            number, task = numbered.group(1), task[numbered.end():]
        if not number and task in _TOTALS and "detail" not in row.cells:  # | 总分 | 100 | | : no task
            _cell_span(spans, doc, row, "task", SpanKind.NOTE)
            _add_row(doc, spans, current or groups[0], row)
            continue
        part = _SECTION_ROW.fullmatch(number)
        if not number and (titled := _SECTION_TASK.match(task)):  # | | 一、调整优化产业结构 | | |
            part, task = titled, task[titled.end():]
        if part and task and not {"detail", "lead", "responsible"} & row.cells.keys():
            # 一、 | 巩固成果，提升河长制工作实效 | 31 | | : a row that heads the rows below it
            section = Heading(part.group(1), task)
            current = Group((f"{prefix}s{cn_to_int(part.group(1))}",), ClauseKind.OBLIGATION, section)
            groups.append(current)
            _cell_span(spans, doc, row, "number", SpanKind.MARKER)
            cell = row.cells["task"]
            current.drafts.append((cell.start, cell.end, ClauseKind.HEADING, None))
            _add_row(doc, spans, current, row)
            continue
        if number or task:
            key = number or task
            if key in by_number:
                current = by_number[key]
                for role in ("number", "task"):
                    _cell_span(spans, doc, row, role, SpanKind.REPEATED)
            else:
                current = Group((prefix + (number or str(len(by_number) + 1)),), ClauseKind.OBLIGATION, section)
                current.item = Heading(number, task or row.title or first_words(row.cell_text(doc.text, "detail")))
                by_number[key] = current
                groups.append(current)
                _cell_span(spans, doc, row, "number", SpanKind.MARKER)
                cell = row.cells.get("task")
                if cell:
                    current.drafts.append((cell.start, cell.end, ClauseKind.HEADING, None))
        if current is None:
            current = Group((f"{prefix}1",), ClauseKind.OBLIGATION, item=Heading("1", ""))
            groups.append(current)
        _add_row(doc, spans, current, row)
    return groups


_NUMBERED_TASK = re.compile(r"(\d{1,3})[.．、](?!\d)(?=\S)")
_SECTION_TASK = re.compile(r"([一二三四五六七八九十]{1,3})[、.．](?=\S)")
_TOTALS = ("总分", "合计", "总计", "小计")  # a scoring table's row of its total
#: The number cell of a table row that heads a part of the table: 一、, 二.
_SECTION_ROW = re.compile(r"([一二三四五六七八九十]{1,3})[、.．]?")


def _cell_span(spans: list[Span], doc: Document, row: TableRow, role: str, kind: SpanKind) -> None:
    cell = row.cells.get(role)
    if cell and cell.end > cell.start:
        spans.append(Span(doc.doc_id, cell.start, cell.end, kind))


def _row_units(text: str, row: TableRow) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lead and responsible units of the row's unit cells, each cell parsed alone, without
    repeats: a cell's column gives its role, unless the cell names roles by verb itself
    (``法规科牵头，办公室配合`` in a 责任科室 column; not ``A、B按职责分工负责`` in a 牵头单位 column, where
    each leads its part)."""
    found: dict[bool, list[str]] = {True: [], False: []}
    for column in ("lead", "responsible"):
        for c in row.role_cells(column):
            pairs = led_note(LIST_TAIL.sub("", _WS.sub("", text[c.start:c.end])).rstrip("。；;"))
            for role, units in pairs or [(column, parse_units(text[c.start:c.end]))]:
                found[role == "lead" or is_lead(role)] += units
    return tuple(dict.fromkeys(found[True])), tuple(dict.fromkeys(found[False]))


def _add_row(doc: Document, spans: list[Span], group: Group, row: TableRow) -> None:
    info = RowInfo(1 + len({d[3].number for d in group.drafts if d[3]}),
                    *_row_units(doc.text, row),
                    row.cell_text(doc.text, "deadline") or None)
    for role, kind in (("lead", SpanKind.UNITS), ("responsible", SpanKind.UNITS),
                       ("deadline", SpanKind.DEADLINE)):
        _cell_span(spans, doc, row, role, kind)
    spans.extend(Span(doc.doc_id, c.start, c.end, SpanKind.UNITS) for _, c in row.more)
    spans.extend(Span(doc.doc_id, c.start, c.end, SpanKind.NOTE) for c in row.notes)
    detail = row.cells.get("detail")
    if detail is None:
        return
    for s, e in split_sentences(doc.text, detail.start, detail.end):
        group.drafts.append((s, e, ClauseKind.OBLIGATION, info))


# -- assembling clauses --------------------------------------------------------------------------
def finish(doc: Document, groups: list[Group], spans: list[Span], layout: str,
            notes: tuple[str, ...]) -> Segmentation:
    """The segmentation of ``doc``: the clauses of ``groups`` with their ids, in text order."""
    item_keys = [g.key for g in groups if len(g.key) == 2]
    restart = len({k[1] for k in item_keys}) < len(item_keys)
    if all(g.key[0] in ("0", "n") or g.key[0].startswith("s") for g in groups):
        # 一、二、三、 are the document's only numbering (no items, no table rows): its sections are its items
        for g in groups:
            if g.key[0].startswith("s") and g.section is not None and g.item is None:
                g.item = Heading(g.section.number, g.section.title or first_words(
                    doc.text[g.drafts[0][0]:g.drafts[0][1]] if g.drafts else ""))
    clauses: list[Clause] = []
    seen: set[str] = set()
    suffixes: dict[str, int] = {}
    for g in groups:
        group_clauses = _unique_group_clauses(doc, g, _prefix(g.key, restart), layout, seen,
                                              suffixes)
        seen.update(c.clause_id for c in group_clauses)
        clauses.extend(group_clauses)
    clauses.sort(key=lambda c: c.start)
    return Segmentation(doc, tuple(clauses), tuple(sorted(spans, key=lambda s: s.start)), layout,
                        notes)


def _prefix(key: tuple[str, ...], restart: bool) -> str:
    if len(key) == 2:
        return ".".join(key) if restart else key[1]
    return key[0]


def _unique_group_clauses(doc: Document, g: Group, prefix: str, layout: str,
                          seen: set[str], suffixes: dict[str, int]) -> list[Clause]:
    """A group's clauses, its prefix suffixed ``-2``, ``-3``… when an earlier group used its ids.

    A document that numbers two items alike (a repeated （二）, a table number cell reused)
    keeps both items, under distinct ids. The search starts at the suffix the prefix had last
    (``suffixes``), so a document repeating one number k times costs k tries, not k²/2.
    """
    n = suffixes.get(prefix, 1)
    out = _group_clauses(doc, g, prefix if n == 1 else f"{prefix}-{n}", layout)
    while any(c.clause_id in seen for c in out):
        n += 1
        out = _group_clauses(doc, g, f"{prefix}-{n}", layout)
    suffixes[prefix] = n
    return out


#: A title that ends like this is a sentence (`1.每年组织旁听庭审不少于1次。`), not a label.
_SENTENCE_END = ("。", "；", ";", "！", "!")


def _title_only(doc: Document, g: Group) -> bool:
    """An item stated in its title alone: one sentence, no body, no table rows (or a section stated
    in one long sentence or one that binds). Its title is then the item's obligation too, not only
    its heading."""
    title = doc.text[g.drafts[0][0]:g.drafts[0][1]].rstrip() if g.drafts else ""
    one = len(g.drafts) == 1 and g.drafts[0][2] is ClauseKind.HEADING and g.drafts[0][3] is None
    if g.item is None and one and g.key[0].startswith("s"):  # 三、实施行政处罚应当以事实为根据，…。: a
        return _binding_sentence(title)  # section stated in one rule, no text below (a standard's articles)
    return (g.item is not None and one and (title.rstrip("”’」』").endswith(_SENTENCE_END) or bool(find_targets(title))))
    # (a target before its note, without a full stop: 1.全市GDP增长10%以上（由市发展改革委…负责）; a rule's
    # new wording quoted to its end: （一）将第五条修改为“…。”)


#: An item's title sentence longer than this, with a comma, states a task: it is an obligation
#: too (``（三）深入开展宪法学习宣传教育活动，加强国旗法、国歌法等宪法相关法的学习宣传。``).
TASK_TITLE_MIN = 32
_BINDS_STRICTLY = re.compile(r"应当|不得|必须|严禁|禁止")


def _binding_sentence(title: str) -> bool:
    """Whether a title is a sentence that states a task: a long one with a comma, or one with a comma
    that binds (``…，不得…``, ``…必须…``)."""
    bare = title.rstrip("。.！!；;")
    return title.endswith(_SENTENCE_END) and any(ch in bare for ch in "，,") \
        and (len(bare) > TASK_TITLE_MIN or bool(_BINDS_STRICTLY.search(bare)))


def _task_title(doc: Document, g: Group) -> bool:
    """An item whose title is a sentence that states a task, with more sentences after it: a long
    sentence with a comma, one with a comma that binds (``…，不得…``, ``…必须…``), or a lead-in that
    binds (``有下列情形的不予支持：``). Its title
    sentence is then an obligation as well as its heading."""
    section = len(g.key) == 1 and g.key[0].startswith("s")  # 一、国务院实行总理负责制。…: a rule numbered as
    # a section (a plan's section titles end in no full stop), an item too where no other numbering is
    if not (g.item is not None or section) or len(g.drafts) < 2 or g.drafts[0][2] is not ClauseKind.HEADING \
            or g.drafts[0][3] is not None:
        return False
    title = doc.text[g.drafts[0][0]:g.drafts[0][1]].rstrip()
    bare = title.rstrip("。.！!；;")
    long_task = _binding_sentence(title) or title.endswith(_SENTENCE_END) and _long_task(bare, LONG_TASK_ITEM) \
        or not section and title.endswith(("：", ":")) and bool(RULE_MODAL.search(title))  # （二）有下列情形的不予支持：
    if section and not long_task:  # (not 一、支持新市民和人才安居。: a measure's title)
        return title.endswith("。") and len(bare) > SECTION_RULE_MIN and bool(
            verb_subject(bare) or modal_subject(bare) or by_subject(bare) or _BINDS.search(bare))
    return long_task


#: A title sentence that opens with a task's verb (推进…, 落实好…, 要加强…): a task too where it is long.
_TASK_OPENING = re.compile(rf"(?:要|应当?|须|积极|切实|全面|大力|进一步|继续)?(?:{TASK_VERBS}|鼓励|支持|引导|落实好|研究)")
LONG_TASK_ITEM, LONG_TASK_POINT = 30, 24
SHORT_POINT_TITLE = 12  # a point's first sentence longer than this, with a unit doing it, is its task
SECTION_RULE_MIN = 6  # a section's title sentence ending in 。 and longer than this is a rule (一、国务院实行总理负责制。)


def _long_task(bare: str, longer_than: int) -> bool:
    """Whether a title sentence (less its stop) is long and opens with a task's verb: a task as well as
    a title (``落实好疫情影响严重地区企业…通过资本市场融资、并购重组等支持性政策安排``)."""
    return len(bare) > longer_than and _TASK_OPENING.match(bare) is not None


#: A sub-item title sentence longer than this is an obligation of its own (its title too).
SUBTITLE_MAX = 40
_SHI = re.compile(POINT_WORD)
_LIST_END = ("；", ";", "，", ",", "、")  # how the points of an enumeration end
_ANNOUNCED = re.compile(r"下列|以下|如下")  # a title announcing a list
#: A sentence announcing a list of tasks (``…，做好以下工作：``, ``履行下列职责：``): its points are tasks, each
#: a sub-item, though they end in ；like an enumeration's elements.
_ANNOUNCED_TASKS = re.compile(r"(?:下列|以下|如下)(?:工作|职责|任务|措施)\s*[:：]\s*$")
_SHI_LIST_END = ("，", ",", "、")  # …of 一是 points: a ；ends a task of its own (一是严厉打击…走私；)
_BINDS = re.compile(rf"应当?|不得|必须|严禁|禁止|{MODAL_YAO.pattern}")  # a duty's words: …，不得…
_LABEL_END = re.compile(r"[：:](?=\s*\S)|$")  # a title's colon with the text after it
#: A point's unit label read apart from its text (``2.区自然资源局：（1）指导…``): the point's title.
_POINT_LABEL = re.compile(r"(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)])\s*([^\s：:。；;，,]{2,30})[：:]\s*$")


def sub_items(doc: Document, g: Group) -> dict[int, Heading]:
    """The sub-items of an item's or a section's group: draft index where each begins → its heading.

    Candidates are the ``1.`` / ``（1）`` points the segmenter recorded (``g.points``) and the
    sentences that begin with ``一是``, ``二是``…; of the two, the form met first. In a section's
    own text (no ``（一）`` item), ``一是`` points only, without a parent. They are
    sub-items when they count on from 1 (or, numbered through the whole plan, from where the
    item before stopped) and no point ends its first and its last sentence like an enumeration's
    element (``1.经听证程序作出的行政处罚；``, ``一是制定年度普法责任清单，二是…``: an article's cases,
    ``第三条 …：（一）…的；``, are its sub-items all the same, cited by their numbers); a ；ends a task,
    not an element, after a comma (``1.检查…是否…，是否…；``, unless the item's title announces a
    list: ``有下列情形之一的…``) and after an item's ``一是`` point (not ``一是…的；``): a point may
    list its own parts (``3、X、Y负责： ①…； ②…。``) or end on a figure (``…调解率71%；``). A
    title run into its text by a space (``1、自查阶段（3月1日-3月31日） 各单位…``) ends there, one
    before a colon (``3、X、Y负责： ①…``) at it.
    """
    in_item = g.item is not None and len(g.key) == 2
    article = in_item and g.key[1].startswith("第") and g.key[1].endswith("条")  # 第三条: an article's points
    fallback = g.key == ("0",) and g.kind is ClauseKind.OBLIGATION  # a text without headings: its
    # 一要…二要… sentences are its only structure
    if not in_item and not g.key[0].startswith("s") and not fallback:  # neither an item nor a section's
        return {}  # own text
    shi = [(i, m.group(0), False) for i, (s, e, kind, row) in enumerate(g.drafts)
           if kind is not ClauseKind.HEADING and (m := _SHI.match(doc.text, s, e))]
    digit = [(i, n, inner) for i, n, inner in g.points if i < len(g.drafts)] if in_item else []
    points = min((shi, digit), key=lambda p: p[0][0] if p else len(g.drafts))
    if article and points is digit and {n.isdigit() for _, n, _ in points} == {True, False}:
        return _article_levels(doc, g, points)  # 第十条 …：（一）… 1.… （1）…: three levels
    subs: dict[int, Heading] = {}
    last, outer, last_inner, run = 0, None, 0, g.sub_run  # （1） points inside a 1. point: its sub-items
    numbers = [cn_to_int(number.rstrip("是要")) for _, number, _ in points]
    lead_in = g.drafts[points[0][0] - 1] if points and points[0][0] > 0 else None  # …，做好以下工作：
    announced = points is digit and lead_in is not None and _ANNOUNCED_TASKS.search(doc.text, *lead_in[:2]) is not None
    for k, ((i, number, inner), nxt) in enumerate(zip(points, [*(j for j, *_ in points[1:]), len(g.drafts)])):
        n = numbers[k]
        goes_on = k + 1 == len(points) or points[k + 1][2] and numbers[k + 1] == n + 1
        skipped = last_inner > 0 and n == last_inner + 2 and goes_on  # （2）（4）（5）: one number left out,
        # the points going on after it
        if inner and outer is not None and (n in (last_inner + 1, 1) or (last_inner, n) == (0, 2)
                                            or last_inner == 0 and n == run + 1 > 1 or skipped):
            subs[i], last_inner = Heading(number, _point_title(doc, g, i, number), outer), n
            run = n  # (1.排查步骤（1）自查…（2）…: the first run into its point's title; 2.… （3）…:
            continue  # numbered on from the points of the point before)
        if n not in (last + 1, 1) and subs:  # the first may count on from the item before (2. 3. …)
            continue
        s, e = g.drafts[i][:2]
        last_s, last_e = g.drafts[max(i, nxt - 1)][:2]  # the point's last sentence
        ends = [doc.text[a:b].rstrip() for a, b in ((s, e), (last_s, last_e))]
        tasks = (in_item and points is shi and not any(t.endswith(("的；", "的;")) for t in ends)
                 or any(ch in ends[0][:-1] for ch in "，,") and not _ANNOUNCED.search(g.item.title if g.item else "")
                 or announced)
        # (1.检查…企业是否…，是否…；: a task's clauses; not under 投保企业的下列费用…：, a list)
        if all(t.endswith(_SHI_LIST_END if tasks else _LIST_END) for t in ends) and not article:  # 一是…；
            return {}  # 二是…； in an item: points of tasks (not cases: 一是…的；); an article's cases are its
            # sub-items all the same (第三条 …：（一）…的；（二）…的。: numbered, they are cited so)
        subs[i] = outer = Heading(number, _point_title(doc, g, i, number), g.item if in_item else None)
        last, last_inner = n, 0  # (no parent in a section)
    if points is digit and subs:
        subs.update(_shi_in_points(doc, g, subs, shi))
        for after in _after_lists(doc, g, subs) if g.item is not None else ():
            subs[after] = g.item  # 第七条 …：（一）…；（二）…。 / 有前款情形的，…: the item's own text again
    return subs


def _article_levels(doc: Document, g: Group, points: list[tuple[int, str, bool]]) -> dict[int, Heading]:
    """The sub-items of an article whose ``（一）`` points hold ``1.`` points, and those ``（1）`` points
    (``第十条 …：（一）全款购买自住住房的。 1.需提供的材料： （1）购房人身份证；``): each point under the
    last of the level above it, numbered on from 1 within it; a number out of its run is text."""
    subs: dict[int, Heading] = {}
    heads: dict[int, Heading] = {}
    last: dict[int, int] = {}
    for i, number, inner in points:
        level = 0 if not number.isdigit() else 2 if inner else 1
        n = cn_to_int(number)
        if n not in (last.get(level, 0) + 1, 1):
            continue
        parent = next((heads[up] for up in range(level - 1, -1, -1) if up in heads), g.item)
        subs[i] = heads[level] = Heading(number, _point_title(doc, g, i, number), parent)
        last[level] = n
        for deeper in range(level + 1, 3):  # a point opens the run of the points inside it anew
            heads.pop(deeper, None)
            last.pop(deeper, None)
    return subs


def _after_lists(doc: Document, g: Group, subs: dict[int, Heading]) -> list[int]:
    """The drafts that start a paragraph of the item's own after a list of its points, each one
    sentence on a line of its own, the others closed by ；and the last by 。 (``（五）…。`` / ``有前款情形的，…``;
    ``（五）…。`` / ``从事分时租赁经营的，还应当具备以下服务能力：`` / ``（一）…``, a second list's lead-in)."""
    starts = sorted(subs)
    if len(starts) < 2 or any(subs[k].parent is not g.item for k in starts):
        return []

    def ends(i: int, marks: str | tuple[str, ...]) -> bool:
        return doc.text[g.drafts[i][0]:g.drafts[i][1]].rstrip().endswith(marks)

    one_run = all(b - a == 1 for a, b in zip(starts, starts[1:]))  # every point one sentence
    out = []
    for k, last in enumerate(starts):
        after = last + 1
        if after >= len(g.drafts) or after in subs or not ends(last, "。") or not opens_line(doc.text, g.drafts[after][0]) \
                or g.drafts[after][2] is ClauseKind.HEADING:
            continue
        if k == len(starts) - 1 and one_run or k > 0 and starts[k - 1] == last - 1 and ends(last - 1, ("；", ";")):
            out.append(after)  # after the last list, however its points end; after one closed by ；…。
    return out


def _shi_in_points(doc: Document, g: Group, subs: dict[int, Heading],
                   shi: list[tuple[int, str, bool]]) -> dict[int, Heading]:
    """The ``一是`` points inside an item's ``1.`` / ``（1）`` points (``1.加强宣传。一是制作宣传栏。二是…``):
    sub-items of the point they stand in, where they count from 一 within it; none that lists cases
    (``一是…的；``)."""
    out: dict[int, Heading] = {}
    last, owner = 0, None
    starts = sorted(subs)
    for i, number, _ in shi:
        at = bisect_left(starts, i)  # the point the 一是 stands in: the last one that begins before it
        if i in subs or at == 0:
            continue
        point = starts[at - 1]
        n = cn_to_int(number.rstrip("是要"))
        if point != owner:
            last, owner = 0, point
        text = doc.text[g.drafts[i][0]:g.drafts[i][1]].rstrip()
        if n != last + 1 or text.endswith(("的；", "的;")):
            continue
        out[i] = Heading(number, _point_title(doc, g, i, number), subs[point])
        last = n
    return out


#: The label a rectification report's point opens with before the problem it names (存在问题：…).
PROBLEM_LABEL = re.compile(r"(?:存在|主要)?问题(?:表现|描述)?\s*[:：]\s*")


def _point_title(doc: Document, g: Group, i: int, number: str) -> str:
    """The title of the point that begins at draft ``i``: its label, or its words up to a
    run-in text, a colon, a ；, or (when long) a comma."""
    s, e = g.drafts[i][:2]
    label = _POINT_LABEL.search(doc.text, g.drafts[i - 1][1] if i else 0, s)
    title = label.group(1) if label else _bare(doc.text[s:e].rstrip(), number)
    problem = PROBLEM_LABEL.match(title)
    if problem and problem.end() < len(title):
        title = title[problem.end():]  # （1）存在问题：执行…不够严格。: the problem is the title
    title = re.split(r"[；;]", title, maxsplit=1)[0]  # 1、负责指导…；配合…: its first part
    run_in = min(run_in_title_end(title, 0, len(title)),  # 1、自查阶段（3月1日-3月31日） 各单位…
                 _LABEL_END.search(title).start())  # 3、X、Y负责： ①…；
    if run_in < len(title):
        return title[:run_in]
    return re.split(r"[，,]", title, maxsplit=1)[0] if len(title) > SUBTITLE_MAX else title


#: Page furniture that a sentence cut from a run-on line can be (a footer, a style sheet, a tag, a
#: bar): not an obligation. Metadata keys (时间：, 审核：) and banners can open a task's sentence.
_RUN_IN_NOISE = {"page", "navigation", "bar", "footer", "template", "code", "link", "mojibake"}


def _group_clauses(doc: Document, g: Group, prefix: str, layout: str) -> list[Clause]:
    out: list[Clause] = []
    counters: dict[str, int] = {}
    drafts = g.drafts
    if _title_only(doc, g):
        (start, end, _, row), = drafts
        drafts = [(start, end, g.kind, row)]
    elif _task_title(doc, g):
        (start, end, _, row), *rest = drafts
        drafts = [(start, end, g.kind, row), *rest]
    subs = sub_items(doc, g)
    drafts = _sub_item_kinds(doc, drafts, subs)
    item = g.item
    units = g.units_at()
    for i, (start, end, kind, row) in enumerate(drafts):
        item = subs.get(i, item)
        lead, responsible, deadline = units[i] if units else (tuple(g.lead), tuple(g.responsible),
                                                              g.deadline)
        local = prefix
        if row is not None:  # a table row: its own units and deadline, ids item.row.n
            lead, responsible, deadline = row.lead, row.responsible, row.deadline
            local = f"{prefix}.{row.number}"
        text = doc.text[start:end]
        if kind is ClauseKind.HEADING and i not in subs:
            cid = f"{prefix}.0"
        else:
            counters[local] = counters.get(local, 0) + 1
            cid = f"{local}.{counters[local]}"
        if deadline is None and kind is not ClauseKind.HEADING:
            deadline = find_deadline(text)
            if deadline is None and (done := _DONE_BY.search(text)):
                deadline = done.group(1) + "前"  # …维护工作。（2023年6月底完成）: complete by the end of June
        if row is None and kind is not ClauseKind.HEADING and g.called.get(i):
            named = lead + tuple(responsible)  # 各县区 beside a note's 各县区人民政府: named already
            responsible = _merge(list(responsible), [u for u in g.called[i]
                                                     if not any(n.startswith(u) for n in named)])
        if kind is ClauseKind.PREAMBLE and g.key != ("0",) and (lead or responsible):
            kind = ClauseKind.OBLIGATION  # 一、主要目标 / 1.地区生产总值增长12%。（市发改委）: units make a task
        if kind in (ClauseKind.OBLIGATION, ClauseKind.ACHIEVEMENT) and (not text.endswith("。") or ATTENDANCE.match(text)) \
                and (noise_kind(text) in _RUN_IN_NOISE or PRINTED_BY.fullmatch(text)):
            kind = ClauseKind.NOISE  # a page's footer or style code run into its last line (or minutes'
            # attendance fields, their list of recipients ending in 。)
        lead, responsible = tuple(map(duty_office, lead)), tuple(map(duty_office, responsible))  # (…人民政府负责…的部门)
        out.append(Clause(doc.doc_id, f"{doc.doc_id}/{cid}", text, start, end, kind, g.section,
                          item, lead, responsible, deadline))
    return out


def _sub_item_kinds(doc: Document, drafts: list[Draft], subs: dict[int, Heading]) -> list[Draft]:
    """A sub-item's short first sentence is its heading (``1.高标准学习。``), unless the sub-item
    is stated in it alone (``1.每年组织旁听庭审不少于1次。``: an obligation, as for items) or the
    sentence states a target (``1.全年培训不少于40学时。``, then its details: a task, not a title),
    ends like an enumeration's element (``1.迁移影响景观的坟墓；``), or binds with a comma
    (``3.通信线应敷设在电力线路下方，不得跨越。``); a ``一是`` point's title is one or two short
    phrases without figures (``一是提高政治站位，强化组织领导。``, not ``一是结合实际，我局于3月21日制定了
    工作计划。``). A title run into its task is no heading."""
    starts = sorted(subs)
    out = list(drafts)
    listed = False  # the sub-item before ended as an enumeration's element (…的；): so does this one
    for i, nxt in zip(starts, [*starts[1:], len(drafts)]):
        s, e, kind, row = drafts[i]
        sentence = doc.text[s:e].rstrip()
        bare = _bare(sentence, subs[i].number)
        parent = nxt in subs and subs[nxt].parent is subs[i]  # 3.运行机制。（1）…: its points follow
        last_listed, listed = listed, sentence.endswith(_LIST_END) and nxt == i + 1
        if last_listed and not parent:  # （二）…的；（三）其他依法不予处罚的。 then a sentence: the list's last
            continue  # element, no title of the sentence after it
        if (nxt > i + 1 or parent) and len(bare) <= SUBTITLE_MAX and subs[i].title == one_line(bare) \
                and not find_targets(sentence) and not sentence.endswith(_LIST_END) \
                and not (_BINDS.search(bare) and any(ch in bare for ch in "，,")) \
                and not _long_task(bare, LONG_TASK_POINT) \
                and not (len(bare) > SHORT_POINT_TITLE and (verb_subject(bare) or modal_subject(bare))) \
                and not (RULE_MODAL.search(bare) or AMENDMENT.match(bare) or _ALLOWS.search(bare)) \
                and not (_SANCTION.search(bare) or "由" in bare and by_doers(bare)) \
                and not (bare.endswith("的") and sentence.endswith("。") and not parent) \
                and not (subs[i].number.endswith(("是", "要")) and _SHI_SENTENCE.search(bare)):
            out[i] = (s, e, ClauseKind.HEADING, row)
    return out


#: A case and what it is met with (…的，责令限期改正; …的，处…罚款): a rule's sanction, no title; as is a
#: procedure with its doer (（二）县城总体规划，由县人民政府组织编制，…报省人民政府审批。).
_SANCTION = re.compile(r"的[，,](?:由[^，,。；;]{2,30}?)?(?:责令|处以?(?=[\d〇一二三四五六七八九十百千万两罚警])|没收|吊销|予以)")
#: A rule's words that a title has not: what must be (须为…) or may be done (可根据…调整).
_ALLOWS = re.compile(r"(?<![必无亟])须(?!知)|(?<![许认])可(?=根据|依|按|适当|在|向|申请|直接|由|以|对|用于)"
                     r"|只(?:允许|能|准|可)|(?<![不])准许|禁止")  # 载货汽车…只允许牵引1辆挂车。
#: A 一是 point's sentence that is no title: a figure, two commas, or a phrase too long for a title.
_SHI_SENTENCE = re.compile(r"\d|[，,].*[，,]|[^，,]{13,}[，,]|[，,][^，,]{13,}")


def _bare(sentence: str, number: str) -> str:
    """A sub-item's first sentence without its 一是 word and its final punctuation."""
    sentence = sentence[len(number):] if number.endswith(("是", "要")) else sentence
    return sentence.strip().rstrip("。.：:！!").rstrip()  # 2.完善…机制 。: the title, less the space
