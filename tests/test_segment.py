"""Segmentation of the five real seed layouts (issue: foundation)."""

from __future__ import annotations

import re

import pytest

import comparer
from comparer.model import ClauseKind, Document, SpanKind
from tests.conftest import seed_text
from tests.test_fuzz import assert_well_formed

SEEDS = ["bazhou-2026", "bazhou-2024", "emin-2025", "fukang-2021", "alxa-2024"]


def _items(seg):
    return {(c.section.number if c.section else None, c.item.number) for c in seg.clauses if c.item}


def _sections(seg):
    return {c.section.number for c in seg.clauses if c.section}


@pytest.mark.parametrize(("doc_id", "n_items", "n_sections"), [
    ("bazhou-2024", 35, 10),
    ("alxa-2024", 26, 8),
    ("fukang-2021", 16, 5),
])
def test_segment_item_and_section_counts(seg, doc_id, n_items, n_sections):
    s = seg(doc_id)
    assert len(_items(s)) == n_items
    assert len(_sections(s)) == n_sections


def test_segment_table_groups_and_rows(seg):
    s = seg("bazhou-2026")
    assert s.layout == "table"
    groups = {c.item.number for c in s.clauses if c.item}
    assert groups == {str(n) for n in range(1, 14)}
    rows = {c.clause_id.rsplit(".", 1)[0] for c in s.clauses if c.kind is ClauseKind.OBLIGATION}
    assert len(rows) == 49
    # groups 7, 9 and 12 repeat after a page break and stay one group each
    for g in ("7", "9", "12"):
        assert sum(1 for c in s.clauses if c.item and c.item.number == g
                   and c.kind is ClauseKind.HEADING) == 1
    assert sum(1 for sp in s.spans if sp.kind is SpanKind.REPEATED) == 6  # number + title, 3 times


def test_segment_repeated_group_rows_join_their_group(seg):
    s = seg("bazhou-2026")
    g7 = [c for c in s.clauses if c.item and c.item.number == "7" and c.kind is ClauseKind.OBLIGATION]
    rows7 = {c.clause_id.rsplit(".", 1)[0] for c in g7}
    assert rows7 == {f"bazhou-2026/7.{r}" for r in range(1, 6)}
    assert any("不少于1000件" in c.text for c in g7)


def _clause(seg, doc_id, needle):
    hits = [c for c in seg(doc_id).clauses if needle in c.text]
    assert hits, f"no clause of {doc_id} contains {needle!r}"
    return hits[0]


@pytest.mark.parametrize(("doc_id", "needle", "lead", "responsible", "deadline"), [
    ("bazhou-2024", "事项目录编制,并向社会公开", ("州人民政府办公室", "州司法局"),
     ("州人民政府有关部门", "各县市人民政府", "库尔勒经济技术开发区管委会"), "4月30日前"),
    ("bazhou-2024", "科学设定综合行政机构职能范围",
     ("州党委组织部", "州党委编办", "州人民政府办公室", "州司法局", "州财政局"),
     ("州人民政府行政执法部门", "各县市人民政府", "库尔勒经济技术开发区管委会"), None),
    ("bazhou-2026", "依托“司法行政+律师事务所”联动机制", ("州司法局",),
     ("各县市人民政府", "各部门单位"), "12月31日前"),
    ("bazhou-2026", "行政机关不得索要清单之外的证明", ("州数字化发展局",), ("各县市人民政府", "各部门单位"),
     "12月31日前"),
    ("bazhou-2026", "对54个已承接事项进行“回头看”", ("州数字化发展局",),
     ("各县市人民政府", "各部门单位"), "12月31日前"),
    ("bazhou-2026", "加强专业与非专业应急救援队伍协同联动", ("州应急管理局",), ("各县市人民政府", "各部门单位"),
     "12月31日前"),
    ("bazhou-2026", "各级政府及其组成部门党组（党委）", ("州司法局",),
     ("各县市人民政府", "州党委宣传部", "各部门单位"), "长期坚持"),
    ("bazhou-2024", "对已经下放乡镇(街道)行政执法事项", ("州党委组织部", "州党委编办", "州人民政府办公室", "州司法局", "州财政局"),
     ("州人民政府行政执法部门", "各县市人民政府", "库尔勒经济技术开发区管委会"), "2024年底前"),  # the year kept
    ("alxa-2024", "提高行政效率和公信力", ("旗委编办", "旗政务服务局"), ("各有关部门",), None),
    ("alxa-2024", "全面实行行政执法人员持证上岗", ("旗司法局",),
     ("旗市监局", "旗卫健委", "旗自然资源局", "旗应急管理局", "旗人社局", "旗科林草局", "各行政执法部门"),
     None),
    ("fukang-2021", "于2021年10月底前公布至市人民政府网站", ("市市场监督管理局",),
     ("天池管委会", "各行政执法部门", "市电子政务办", "各乡镇人民政府", "街道办事处"), "2021年10月底前"),
    ("fukang-2021", "经听证程序作出的行政处罚", ("市司法局",),
     ("天池管委会", "各行政执法部门", "各乡镇人民政府", "街道办事处"), None),
])
def test_segment_units_and_deadlines(seg, doc_id, needle, lead, responsible, deadline):
    c = _clause(seg, doc_id, needle)
    assert c.lead_units == lead
    assert c.responsible_units == responsible
    assert c.deadline == deadline


def test_segment_fukang_sublist_is_split(seg):
    c1 = _clause(seg, "fukang-2021", "经听证程序作出的行政处罚")
    c3 = _clause(seg, "fukang-2021", "其他影响较大的具体行政执法行为")
    assert c1.item.number == c3.item.number == "十三"
    assert c1.clause_id != c3.clause_id
    assert not c1.text.startswith("1.")


def test_segment_report_kinds(seg):
    s = seg("emin-2025")
    by_section = {}
    for c in s.clauses:
        if c.section and c.kind is not ClauseKind.HEADING:
            by_section.setdefault(c.section.number, set()).add(c.kind)
    assert by_section["二"] == {ClauseKind.ACHIEVEMENT}
    assert by_section["四"] == {ClauseKind.PROBLEM}
    assert by_section["五"] == {ClauseKind.OBLIGATION}
    point = _clause(seg, "emin-2025", "二是强化合同与文件管理")
    assert point.text == "二是强化合同与文件管理。"


def test_segment_report_drops_word_artifact(seg):
    s = seg("emin-2025")
    assert not any("[bookmark" in c.text for c in s.clauses)
    assert any(sp.kind is SpanKind.ARTIFACT for sp in s.spans)


@pytest.mark.parametrize("doc_id", SEEDS)
def test_segment_offsets_invariant(seg, doc_id):
    s = seg(doc_id)
    for c in s.clauses:
        assert s.document.text[c.start:c.end] == c.text
        assert c.text == c.text.strip()


@pytest.mark.parametrize("doc_id", SEEDS)
def test_segment_loses_no_text(seg, doc_id):
    s = seg(doc_id)
    text = s.document.text
    covered = bytearray(len(text))
    for a in (*s.clauses, *s.spans):
        covered[a.start:a.end] = b"\x01" * (a.end - a.start)
    lost = "".join(ch for ch, cov in zip(text, covered) if not cov and not ch.isspace())
    assert lost == ""


@pytest.mark.parametrize("doc_id", SEEDS)
def test_segment_ids_are_stable_and_unique(doc_id):
    path = f"corpora/{doc_id}.txt"
    from tests.conftest import ROOT

    a = comparer.load_corpus(ROOT / path).segmentations[0]
    b = comparer.load_corpus(ROOT / path).segmentations[0]
    ids = [c.clause_id for c in a.clauses]
    assert ids == [c.clause_id for c in b.clauses]
    assert ids and len(ids) == len(set(ids))
    assert all(re.fullmatch(rf"{doc_id}/(s?\d+)(\.\d+)*", i) for i in ids)


def test_segment_readable_ids(seg):
    c = _clause(seg, "bazhou-2024", "健全司法行政机关常态化列席人民政府常务会制度")
    assert c.clause_id == "bazhou-2024/11.2"
    assert c.item.number == "十一" and c.item.title == "强化行政决策程序规定实施"
    assert c.section.number == "四"


def test_segment_inline_example():
    doc = Document("d", "一、加强领导\n（一）强化学习。每年不少于4次；二是定期述法。\n牵头单位:州人民政府办公室、司法局\n")
    s = comparer.segment(doc)
    body = [c for c in s.clauses if c.kind is ClauseKind.OBLIGATION]
    assert [c.text for c in body] == ["每年不少于4次；", "二是定期述法。"]
    assert body[0].lead_units == ("州人民政府办公室", "州司法局")


def test_segment_without_structure_falls_back_to_sentences():
    doc = Document("d", "各部门要加强学习。每年组织培训不少于2次。\n依法公开政府信息。")
    s = comparer.segment(doc)
    assert [c.kind for c in s.clauses] == [ClauseKind.OBLIGATION] * 3
    assert s.notes and "fell back" in s.notes[0]


def _with_column(text: str, header: str, value: str) -> str:
    """The table with a column ``header`` inserted before 完成时限, ``value`` in every other row."""
    out, col = [], 0
    for line in text.split("\n"):
        if line.startswith("\t"):
            if col % 6 == 5:
                out.append(f"\t{header}" if col == 5 else ("\t" if col % 12 == 5 else f"\t{value}"))
            col += 1
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("header", ["备注", "分管领导"])
def test_segment_table_columns_by_header_name(seg, header):
    # An added column (a 备注 note, or a name the reader does not know) is kept out of the
    # clauses as a note, and the columns after it keep their roles.
    before = seg("bazhou-2026")
    text = _with_column(before.document.text, header, "已纳入年度考核")
    assert f"\t{header}\n\t完成时限" in text and "已纳入年度考核" in text
    s = comparer.segment(Document("bazhou-2026", text))
    assert s.layout == "table" and s.notes == before.notes
    assert [(c.clause_id.split("/")[1], c.text, c.lead_units, c.responsible_units, c.deadline)
            for c in s.clauses] == [(c.clause_id.split("/")[1], c.text, c.lead_units,
                                     c.responsible_units, c.deadline) for c in before.clauses]
    assert not any("已纳入年度考核" in c.text for c in s.clauses)
    notes = [sp for sp in s.spans if text[sp.start:sp.end] == "已纳入年度考核"]
    assert len(notes) == text.count("已纳入年度考核") and all(sp.kind is SpanKind.NOTE for sp in notes)


# -- prose and tables in one document ------------------------------------------------------------
_HEADER_NAMES = {"序号", "工作任务", "具体事项", "牵头单位", "责任单位", "完成时限"}


def _facts(c, prefix: str = "") -> tuple:
    """What a clause says, with its id relative to the document (less ``prefix``)."""
    cid = c.clause_id.split("/", 1)[1]
    assert cid.startswith(prefix), cid
    return (cid[len(prefix):], c.text, c.kind, c.section, c.item, c.lead_units,
            c.responsible_units, c.deadline)


def _seed_rows(groups: set[str]) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of the 巴州 2026 table groups ``groups`` (a group's later rows
    have empty number and task cells), read from the seed's flattened table."""
    blocks = seed_text("bazhou-2026").split("\n\n")
    rows = [[line[1:] for line in b.split("\n") if line.startswith("\t")] for b in blocks]
    header, body = rows[0], rows[1:]
    out, group = [], None
    for row in (r for r in body if len(r) == len(header)):
        group = row[0] or group
        if group in groups:
            out.append(row)
    return header, out


def _prose_lines() -> tuple[list[str], list[str]]:
    """巴州 2024's title, preamble and section 一 (items 一, 二), and its section 二 (items 三–八)."""
    lines = seed_text("bazhou-2024").split("\n")
    two = next(i for i, line in enumerate(lines) if line.startswith("二、"))
    three = next(i for i, line in enumerate(lines) if line.startswith("三、"))
    return lines[:two], lines[two:three]


def _write_docx(path, blocks) -> None:  # noqa: ANN001 - blocks: paragraph strings and row lists
    from docx import Document as Docx

    d = Docx()
    for block in blocks:
        if isinstance(block, str):
            d.add_paragraph(block)
            continue
        table = d.add_table(rows=0, cols=len(block[0]))
        for row in block:
            for cell, value in zip(table.add_row().cells, row):
                cell.text = value
    d.save(path)


def _write_html(path, blocks) -> None:  # noqa: ANN001
    from html import escape

    body = "".join(
        f"<p>{escape(b)}</p>" if isinstance(b, str) else
        "<table>" + "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>"
                            for row in b) + "</table>"
        for b in blocks)
    title = escape(blocks[0])
    path.write_text(f"<html><head><meta charset='utf-8'><title>{title}</title></head>"
                    f"<body><div id='zoom'>{body}</div></body></html>", encoding="utf-8")


def _read(path) -> "comparer.model.Segmentation":  # noqa: ANN001
    return comparer.load_corpus([path]).segmentations[0]


@pytest.mark.parametrize("table_first", [False, True])
def test_segment_prose_and_table_text_read_as_each_alone(seg, table_first):
    # A plan's prose with its 附件 responsibility table (or the table first): the prose gives the
    # clauses it gives alone, the table the rows it gives alone, its ids under t1.
    prose, table = seed_text("bazhou-2024"), seed_text("bazhou-2026")
    text = table + "\n" + prose if table_first else prose + "\n" + table
    s = comparer.segment(Document("bazhou-2024", text))
    assert s.layout == "mixed"
    prose_part = [c for c in s.clauses if not c.clause_id.split("/")[1].startswith("t")]
    table_part = [c for c in s.clauses if c.clause_id.split("/")[1].startswith("t")]
    assert [_facts(c) for c in prose_part] == [_facts(c) for c in seg("bazhou-2024").clauses]
    assert sum(c.kind is ClauseKind.OBLIGATION for c in prose_part) == 78
    assert [_facts(c, "t1.") for c in table_part] == [_facts(c) for c in seg("bazhou-2026").clauses]
    shift = len(table) + 1 if table_first else 0
    assert [c.start - shift for c in prose_part] == [c.start for c in seg("bazhou-2024").clauses]
    assert_well_formed(s)


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_segment_paragraphs_table_paragraphs(tmp_path, seg, fmt):
    before, after = _prose_lines()
    header, rows = _seed_rows({"1", "2"})
    write = _write_docx if fmt == "docx" else _write_html
    write(tmp_path / f"plan.{fmt}", [*before, [header, *rows], *after])
    write(tmp_path / f"prose.{fmt}", [*before, *after])
    s, alone = _read(tmp_path / f"plan.{fmt}"), _read(tmp_path / f"prose.{fmt}")
    assert s.layout == "mixed"
    assert_well_formed(s)
    # the prose around the table: the clauses of the prose alone (sections 一 and 二, items 一–八)
    prose_part = [c for c in s.clauses if not c.clause_id.split("/")[1].startswith("t")]
    assert [_facts(c) for c in prose_part] == [_facts(c) for c in alone.clauses]
    obligations = [c for c in prose_part if c.kind is ClauseKind.OBLIGATION]
    assert len(obligations) == sum(c.kind is ClauseKind.OBLIGATION for c in alone.clauses) > 10
    assert {c.item.number for c in prose_part if c.item} == {"一", "二", "三", "四", "五", "六", "七", "八"}
    # the table: groups 1 and 2 of the seed with their units and deadlines, ids under t1
    table_part = [c for c in s.clauses if c.clause_id.split("/")[1].startswith("t")]
    expected = [c for c in seg("bazhou-2026").clauses if c.item and c.item.number in ("1", "2")]
    assert [_facts(c, "t1.") for c in table_part] == [_facts(c) for c in expected]
    assert {c.deadline for c in table_part if c.kind is ClauseKind.OBLIGATION} == {"长期坚持", "12月31日前"}
    assert not [c for c in s.clauses if after[0][2:10] in (c.deadline or "")]  # 完善政府治理体系…
    assert not [c for c in s.clauses if c.text in _HEADER_NAMES]


def test_segment_two_tables_each_with_its_header(tmp_path, seg):
    header, rows1 = _seed_rows({"1"})
    _, rows2 = _seed_rows({"2"})
    title = seed_text("bazhou-2026").split("\n")[1]
    closing = seed_text("bazhou-2024").rstrip().split("\n")[-2:]  # the issuing office and date
    _write_docx(tmp_path / "two.docx", [title, "表1", [header, *rows1], "表2", [header, *rows2],
                                        *closing])
    s = _read(tmp_path / "two.docx")
    assert_well_formed(s)
    ids = [c.clause_id.split("/")[1] for c in s.clauses]
    assert {i.split(".")[0] for i in ids} == {"t1", "t2"}
    # the second header row is a header again, not a row: no header name in any clause
    assert not [c for c in s.clauses if c.text in _HEADER_NAMES or "序号" in (c.deadline or "")]
    assert sum(sp.kind is SpanKind.TABLE_HEADER for sp in s.spans) == 2 * len(header)
    # the text between the tables is the second one's caption, in no deadline
    assert [(c.clause_id.split("/")[1], c.kind) for c in s.clauses if c.text == "表2"] == [
        ("t2.0.1", ClauseKind.TITLE)]
    assert not [c for c in s.clauses if "表2" in (c.deadline or "") or "表2" in c.text and c.text != "表2"]
    # each table's rows keep their units and deadlines; the closing lines are a signature
    for prefix, group, deadline in (("t1.", "1", "长期坚持"), ("t2.", "2", "12月31日前")):
        part = [c for c in s.clauses if c.clause_id.split("/")[1].startswith(prefix)
                and c.kind is not ClauseKind.TITLE]
        expected = [c for c in seg("bazhou-2026").clauses if c.item and c.item.number == group]
        assert [_facts(c, prefix) for c in part] == [_facts(c) for c in expected]
        assert part[-1].deadline == deadline
    assert not [c for c in s.clauses if closing[0] in c.text or closing[0] in (c.deadline or "")]
    assert [s.document.text[sp.start:sp.end] for sp in s.spans if sp.kind is SpanKind.SIGNATURE] == closing


def test_segment_table_continued_without_header(tmp_path, seg):
    # A table broken by a 续表 line, its second part without a header row: the rows keep the
    # first part's columns (units and deadlines), not prose clauses made of cells.
    header, rows1 = _seed_rows({"1"})
    _, rows2 = _seed_rows({"2"})
    _write_docx(tmp_path / "cont.docx", [[header, *rows1], "续表", rows2])
    s = _read(tmp_path / "cont.docx")
    assert_well_formed(s)
    part = [c for c in s.clauses if c.clause_id.split("/")[1].startswith("t2.")]
    expected = [c for c in seg("bazhou-2026").clauses if c.item and c.item.number == "2"]
    assert [_facts(c, "t2.") for c in part if c.kind is not ClauseKind.TITLE] == [
        _facts(c) for c in expected]
    assert not [c for c in s.clauses if c.text in ("州党委编办", "各县市人民政府，各部门单位")]


def test_segment_item_stated_in_its_title_alone_is_an_obligation() -> None:
    # `1.每年组织…不少于1次。` with no body: the title sentence is the item's obligation (it was
    # only a heading, so a plan written this way had no obligations at all).
    from comparer.model import Document

    text = ("某县2024年法治政府建设工作要点\n一、加强学习\n1.每年组织领导干部旁听庭审不少于1次。\n"
            "2.各部门主要负责人年终述法全覆盖。\n二、规范执法\n1.年内开展行政执法案卷评查不少于1次。\n"
            "2.严格规范公正文明执法\n（1）推行执法全过程记录。\n")
    clauses = comparer.segment(Document("plan", text)).clauses
    obligations = [c for c in clauses if c.kind is comparer.ClauseKind.OBLIGATION]
    titles = [c.text for c in obligations if c.item and c.item.title and c.text.startswith(c.item.title)]
    assert titles[:3] == ["每年组织领导干部旁听庭审不少于1次。", "各部门主要负责人年终述法全覆盖。",
                          "年内开展行政执法案卷评查不少于1次。"]
    assert all(c.text == text[c.start:c.end] for c in clauses)
    # a title that is a label, not a sentence, stays a heading only
    assert any(c.kind is comparer.ClauseKind.HEADING and c.text.startswith("严格规范公正文明执法") for c in clauses)


def test_segment_emin_shi_points_are_sub_items(seg):
    # 一是规范行政决策程序。 inside item （一） is sub-item 一是's heading; the sentences after it
    # know they belong to it, and the enclosing item is kept; ids are those of before
    from comparer.model import Heading

    item = Heading("一", "健全依法行政制度体系，夯实法治建设制度基础")
    head = _clause(seg, "emin-2025", "一是规范行政决策程序")
    body = _clause(seg, "emin-2025", "健全公众参与、专家论证")
    assert (head.clause_id, head.kind) == ("emin-2025/2.1.1", ClauseKind.HEADING)
    assert (body.clause_id, body.kind) == ("emin-2025/2.1.2", ClauseKind.ACHIEVEMENT)
    assert head.item == body.item == Heading("一是", "规范行政决策程序", item)
    assert _clause(seg, "emin-2025", "严格执行政府规范性文件合法性审查").item.number == "二是"
    # 一是 points of a section's own text (no （一） item): sub-items without a parent
    problem = _clause(seg, "emin-2025", "部分领域风险研判不够精准")
    assert problem.kind is ClauseKind.PROBLEM
    assert problem.item == Heading("一是", "基层治理能力有待加强")
    assert _clause(seg, "emin-2025", "一是基层治理能力有待加强").kind is ClauseKind.HEADING


def test_segment_sub_item_in_records_and_rows():
    text = ("云溪县2025年法治政府建设工作要点\n一、加强学习\n（一）加强学习培训。\n"
            "1.高标准学习。县政府常务会议每季度学法1次。\n2.高质量述法。部门主要负责人年终述法全覆盖。\n")
    clauses = comparer.segment(Document("d", text)).clauses
    c = next(c for c in clauses if c.text.startswith("县政府常务会议"))
    assert c.to_record()["item"] == {"number": "1", "title": "高标准学习",
                                     "parent": {"number": "一", "title": "加强学习培训"}}
    row = c.to_row()
    assert (row["item_number"], row["item_title"], row["parent_item_number"], row["parent_item_title"]) == (
        "1", "高标准学习", "一", "加强学习培训")
    assert c.context == "加强学习培训 高标准学习"
    head = next(c for c in clauses if c.text == "（一）加强学习培训。"[3:])
    assert "parent" not in head.to_record()["item"] and head.to_row()["parent_item_number"] is None
    assert head.context == "加强学习培训"
    assert [c.kind for c in clauses if c.item and c.item.parent] == [
        ClauseKind.HEADING, ClauseKind.OBLIGATION] * 2


def test_segment_points_listing_their_parts_are_sub_items_an_enumeration_is_not():
    # a duty point may list its own parts (first sentence ends in ；, its last in 。): a sub-item
    # titled up to its colon; points that each end in ； are an enumeration's elements
    from comparer.model import Heading

    text = ("云溪县2025年依法行政工作方案\n一、工作分工\n（一）部门职责\n"
            "1、县司法局负责：①组织重大决策合法性审查；②办理行政复议案件。\n"
            "2、县财政局负责落实审查工作经费。\n"
            "（二）重点审查事项\n1.经听证程序作出的行政处罚；\n2.涉及重大公共利益的事项；\n3.其他重大事项。\n")
    clauses = comparer.segment(Document("d", text)).clauses
    duty = Heading("一", "部门职责")
    first = next(c for c in clauses if c.text.startswith("县司法局负责"))
    assert first.item == Heading("1", "县司法局负责", duty) and first.kind is ClauseKind.OBLIGATION
    assert next(c for c in clauses if c.text.startswith("②")).item == Heading("1", "县司法局负责", duty)
    assert next(c for c in clauses if c.text.startswith("县财政局")).item.number == "2"
    listed = [c for c in clauses if c.text.startswith(("经听证", "涉及重大", "其他重大"))]
    assert [c.item for c in listed] == [Heading("二", "重点审查事项")] * 3


@pytest.mark.parametrize("text", [
    "一、主要工作情况\n（一）加强学习。全年学法6次。\n二、存在的不足\n执法力量薄弱。",
    "某县2023年法治政府建设年度报告\n一、2023年推进法治政府建设的举措\n（一）加强学习。全年学法6次。",
])
def test_segment_report_without_report_kind_in_manifest(text):
    # a report copied without its title line, or titled 年度报告, is read as a report: what it
    # says was done is an achievement, not an obligation
    clauses = comparer.segment(Document("r", text)).clauses
    assert next(c for c in clauses if c.text == "全年学法6次。").kind is ClauseKind.ACHIEVEMENT


def test_heading_title_broken_over_lines_reads_as_one_line():
    # a page or PDF copy breaks a long item title over two lines; the title a report and the
    # DataFrame show is one line (the clause's own text keeps the break: it quotes the document)
    from comparer.model import Heading

    assert Heading("一", "加强\n油气供应保障").title == "加强油气供应保障"
    assert Heading("二", "推进 \n 数据共享").title == "推进数据共享"
    assert Heading("3", "Open\nData 平台建设").title == "Open Data 平台建设"
    outer = Heading("一", "主要任务")
    assert Heading("1", "健全\r\n制度", outer).label == "一 主要任务 › 1 健全制度"
