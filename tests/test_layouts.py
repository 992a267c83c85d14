"""Real-world layouts (issue 14): the fixture documents of tests/fixtures/layouts, written for
these tests in the shape of county portal pages, PDF extractions and template-site reposts, each
beside a sidecar naming its items, units, obligations and noise lines; and mutations of them
(lines joined or split, punctuation swapped, page markers inserted) that must not change which
obligations are found."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import comparer
from comparer.layout import Expect, next_cut, noise_kind
from comparer.meta import infer_meta, infer_title
from comparer.model import ClauseKind, Document, SpanKind
from comparer.units import by_parts, by_subject, deadline_cell, first_leads, led_note, parse_units, unit_cell
from tests.layout_score import expected, fixture_names, load, obligations, score, squeeze
from tests.test_fuzz import assert_well_formed

NAMES = fixture_names()
_WRAP_MIN = 16  # half a printed line (an A4 page's line holds 28 or more characters)
_MUTATIONS = settings(max_examples=15, deadline=None, derandomize=True,
                      suppress_health_check=[HealthCheck.too_slow])


def kinds_of(text: str) -> dict[str, ClauseKind]:
    """The kind of each clause of ``text``'s segmentation, by its text (the segmentation checked
    well formed first)."""
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    return {c.text: c.kind for c in seg.clauses}


def test_layouts_fixture_set_is_large_enough():
    assert len(NAMES) >= 20


@pytest.mark.parametrize("name", NAMES)
def test_layouts_fixture_meets_its_sidecar(name):
    # every listed obligation whole in one clause, every item with its number and title, every
    # unit name under its role, no noise line inside an obligation, no obligation not listed
    assert score(name).misses == []


@pytest.mark.parametrize("name", NAMES)
def test_layouts_fixture_is_well_formed(name):
    assert_well_formed(load(name))


@pytest.mark.parametrize("name", [n for n in NAMES if expected(n)["meta"]])  # (a title naming no place
def test_layouts_metadata_from_title_or_metadata_block(name):  # or kind lists none)
    doc = load(name).document
    for field, value in expected(name)["meta"].items():
        assert getattr(doc, field) == value, field


@pytest.mark.parametrize("name", [n for n in NAMES if expected(n).get("titles")])
def test_layouts_repeated_title_recognised_once(name):
    seg = load(name)
    title = seg.document.title
    kinds = [c.kind for c in seg.clauses if c.text == title]
    assert kinds.count(ClauseKind.TITLE) == 1
    assert len(kinds) == expected(name)["titles"]  # the others are noise


def test_layouts_a_notices_contact_offices_seal_bits_and_linked_titles_are_noise():
    # an office's name above its contact's line, an OCR's bits of a seal above the printing office, a
    # page's related titles under its 解读 label: no text of the last item
    text = ("某市能源监管办关于开展专项监管的通知\n一、工作要求\n（一）各有关单位要按时报送自查报告。\n联系人及方式：\n"
            "市能源监管办综合处\n王某 010-66097867，邮箱：wang@example.gov.cn\n技术服务支持邮箱：support@example.com\n"
            "（二）市电力公司要做好自查。\n室\n20\n年4月\n市能源监管办综合处\n2025年4月22日印发\n"
            "解读：《某市电力市场监管办法》政策解读\n《某市电力市场监管办法》5月1日起施行，你关心的问题解答在此\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        "各有关单位要按时报送自查报告。", "市电力公司要做好自查。"]


def test_layouts_a_unit_line_with_each_units_days_wrapped_onto_the_next_line():
    # an inspection plan's unit line giving each unit's days of work, wrapped after a closing bracket:
    # the next line is the list's rest, not a task; the days are no part of the names
    text = ("某局监督检查工作计划\n一、执法任务\n4.组织事故调查（450个工作日）\n事故调查报告报区管委会批复。\n"
            "责任单位：协调处（20日），安基处（380日）\n危化处（10日），安劳支队（40日）\n5.调查核实投诉举报（150个工作日）\n"
            "隐患举报平台日常管理。\n责任单位：协调处（150日）\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [(c.text, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        ("事故调查报告报区管委会批复。", ("协调处", "安基处", "危化处", "安劳支队")),
        ("隐患举报平台日常管理。", ("协调处",))]


def test_layouts_a_link_to_the_notice_after_the_last_sentence_is_noise():
    # a page's link to the notice that issued the plan, on a line after its last sentence and before
    # its date: no text of the last item
    text = ("某区国企改革行动方案\n一、工作要求\n（一）强化考核。区属国企要落实主体责任，确保工作取得成效。\n"
            "某区国有资产管理局关于印发《某区国企改革行动方案》的通知\n2022年5月10日\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == ["区属国企要落实主体责任，确保工作取得成效。"]


def test_layouts_noise_is_its_own_unalignable_kind():
    seg = load("09-portal-page")
    noise = [c for c in seg.clauses if c.kind is ClauseKind.NOISE]
    assert [c.clause_id.split("/")[1] for c in noise] == [f"n.{k}" for k in range(1, 10)]
    assert not ClauseKind.NOISE.alignable
    assert noise[0].text == "无障碍 | 简体 | 繁体 | 长者模式"


def test_layouts_section_glued_after_unit_note():
    seg = load("01-pdf-runin")
    sections = {c.section.number: c.section.title for c in seg.clauses if c.section}
    assert sections == {"一": "加强党对法治政府建设的领导", "二": "推进政府职能依法全面履行",
                        "三": "健全依法决策机制"}
    item4 = [c for c in seg.clauses if c.item and c.item.number == "四"]
    assert {c.section.number for c in item4} == {"三"}


def test_layouts_cut_off_text_is_noted():
    seg = load("17-cut-off")
    assert any("ends mid-sentence" in n for n in seg.notes)
    assert not any("ends mid-sentence" in n for n in load("16-mojibake").notes)


def test_layouts_pinyin_and_overconversion_normalised():
    assert "领导" in load("15-pinyin-notes").document.text
    assert "(lǐng)" not in load("15-pinyin-notes").document.text
    text = load("14-traditional-overconversion").document.text
    assert "机制" in text and "全面落实" in text and "機製" not in text


@pytest.mark.parametrize(("line", "kind"), [
    ("- 12 -", "page"), ("第 2 页 共 9 页", "page"), ("首页 > 政务公开 > 规划计划", "navigation"),
    ("无障碍 | 简体 | 繁體", "bar"), ("索引号：123/2024-01 | 发文字号：X政发〔2024〕1号", "metadata"),
    ("来源：县司法局 发布时间：2024-03-20", "metadata"), ("今天是2023年9月14日 星期四", "banner"),
    ("下面是小编为大家整理的工作要点，仅供参考。", "template"), ("（一）加强领导。", None),
    ("返回顶部", "bar"), ("(此件公开发布)", "metadata"), ("  • 索 引 号 | 1199/2025-00412 | 主题分类 | 综合 |", "metadata"),
    ("某县人民政府 2019年12月3日星期二", "banner"), ("群众可通过12345热线联系我们，反映执法问题。", None),
    ("牵头单位：县司法局", None), ("2024年7月5日", None), ("各乡镇要将法治建设列入年度重点工作。", None),
    ("[ 发布机构 ] 某乡人民政府 [ 有效性 ]", "metadata"), ("[ 发文字号 ]", "metadata"),
    ("栏目: 区管委会办公室文件", "metadata"), ("原文链接: https://www.example.gov.cn/t20221116_1.htm", "metadata"),
    ("==================== 正文 ====================", "page"),
    ("抄送：县委办、县人大办。", "footer"), ("各乡镇要将整改情况抄送县司法局。", None),
    ('<p style="margin: 0cm 0cm 0p</body>', "code"),
    ("欢迎登录某市司法局官方网站", "footer"), ("您所在的位置:政务公开 > 工作报告", "navigation"),
    ("【牵头单位】县司法局", None), ("【时间节点】6月底前", None),
    ("├──┼──────┼────┤", "page"), ("└──┴──┘", "page"), ("│1│新建养老服务站5个。│区民政局│", None),
    ("篇二:", "template"), ("篇三：某镇普法工作计划", "template"), ("篇幅有限，不再一一列出。", None),
    ("</nav>", "code"),  # a web page's tag left alone on a line
    ('<nav class="site-footer" aria-label="返回">', "code"),
    ("返回政策原文列表", "footer"),
    ("mso-style-name:普通表格;", "code"),  # a pasted style sheet, cut at its semicolons
    ("<强化>法治宣传", None),  # text that merely holds angle brackets
    # a comment thread under a notice page: its labels, and each comment with its name and date
    ("评论回复", "bar"), ("提交回复返回", "bar"), ("赵建国：请办公室核稿后印发 ［2019-04-02］", "comment"),
    ("钱敏：同意 [2019-04-03 09:15]", "comment"),
    ("牵头单位：县司法局［2024-03-01］", None), ("完成时限：[2024-06-30]", None),
    ("政策文件", "bar"), ("文字解读", "bar"), ("图片解读 视频解读", "bar"), ("推荐阅读", "bar"),
    ("出台政策文件前要进行公平竞争审查。", None),
    # an OCR text's page numbers with one dash, read as 一 too
    ("-5", "page"), ("一9", "page"), ("8一", "page"), ("一、9月底前完成摸底。", None),
    # a notice's contact block (its label, a name and a phone a line), a hotline, a page's 相关附件 label;
    # not an amount after an item
    ("联系人及电话：", "footer"), ("教育部职业教育与成人教育司 李恒 010-66097867", "footer"),
    ("监测平台 赵艳玲 18618260029", "footer"), ("能源监督热线:", "footer"), ("12398", "footer"),
    ("相关附件", "footer"), ("计划投资 12000000", None),
    # a page's leave-site dialog and its buttons, a share bar's close button, its related tabs
    ("您访问的链接即将离开“北京市经济和信息化局”门户网站 是否继续？", "footer"), ("放弃", "bar"), ("X", "bar"),
    ("相关解读", "bar"),
    # an office's address, hours and fax lines; a form's fields to sign, stamp and date, its checkboxes;
    # a portal's tab for its reading of the text — not a sentence that gives a place or a time
    ("办公地址：某市某区解放路18号3楼", "footer"), ("受理时间：9:00-11:30，13:00-17:30（节假日除外）", "footer"),
    ("传真号码：0991-1234567", "footer"), ("承诺人签名：", "footer"), ("日期：          日期：", "footer"),
    ("年  月  日", "footer"), ("□ 是", "footer"), ("【政策解读】某县劳动教育实施方案", "footer"),
    ("申请人可到县政务服务中心窗口提交材料。", None), ("受理时间为每个工作日。", None),
    # an OCR text's page number closed by 一 (a dash read so); a contact's mail box
    ("—3一", "page"), ("-2一", "page"), ("邮箱：aqzjb@example.gov.cn", "footer"),
    ("一3—", "page"), ("一39一", "page"), ("一是加强组织领导。", None),  # both dashes read as 一
    # a portal's disclosure field and comment tab; a script's comment line
    ("公开属性：依申请公开", "metadata"), ("全部评论", "bar"), ("//主导航菜单固定在顶部--stickUp.js", "code"),
    # a contact's phone with its mail box, a support mail box; a form's date fields a line each
    ("王某 010-66097867，邮箱：wang@example.gov.cn", "footer"), ("技术服务支持邮箱：support@example.com", "footer"),
    ("年", "footer"), ("日", "footer"),
    ("王某负责联系，电话010-66097867。", None),
])
def test_layouts_noise_kinds(line, kind):
    assert noise_kind(line) == kind


def test_layouts_next_cut_needs_the_expected_number():
    # （三） quoted in a sentence while item 一 is current is no item; （二） is
    text = "（一）加强领导。按第（三）项要求落实（三）项任务。（二）强化学习。"
    cut = next_cut(text, 0, len(text), Expect(item=1))
    assert text[cut:] == "（二）强化学习。"


# -- mutations ---------------------------------------------------------------------------------
_ASCII = str.maketrans("，：；（）", ",:;()")
# not the table, not the one-liner, not the flattened table whose unit lines (市司法局牵头落实)
# are told from the next task only by the line break, not the tables written as text (a row is a
# line, or a cell is: a line split or joined is another row or cell), not the ledger whose unit
# and deadline cells are lines of their own, not the box-drawn table, not the viewer copy whose page
# chunks (2、) are told from items only by starting a line
_FIXED_LINES = ("20", "21", "49", "51", "52", "56", "57", "58", "64", "66", "68", "69", "70", "91")
_MUTABLE = [n for n in NAMES if not n.startswith(_FIXED_LINES)]


def _found(text: str) -> set[str]:
    seg = comparer.segment(Document("m", text))
    assert_well_formed(seg)
    return {squeeze(re.sub(r"[-—]\s*\d+\s*[-—]", "", t)).translate(_ASCII) for t in obligations(seg)}


def _obligation_rows(text: str, fields) -> list[tuple]:
    """``fields`` of each obligation clause of ``text``, segmented and checked well-formed."""
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    return [fields(c) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]


def _base(name: str) -> str:
    return load(name).document.text  # after normalisation (pinyin, traditional script)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _is_noise(line: str, name: str) -> bool:
    return bool(noise_kind(line)) or any(squeeze(n) in squeeze(line) for n in expected(name)["noise"])


@_MUTATIONS
@given(name=st.sampled_from(_MUTABLE), data=st.data())
def test_layouts_mutation_join_lines(name, data):
    lines = [ln for ln in _lines(_base(name)) if ln.strip()]
    joinable = [i for i in range(len(lines) - 1)
                if not _is_noise(lines[i], name) and not _is_noise(lines[i + 1], name)]
    if not joinable:  # a one-line document (45) has nothing to join
        return
    chosen = set(data.draw(st.lists(st.sampled_from(joinable), max_size=6)))
    out = lines[0]
    for i in range(1, len(lines)):
        out += (" " if i - 1 in chosen else "\n") + lines[i]
    assert _found(out) == _found("\n".join(lines))


@_MUTATIONS
@given(name=st.sampled_from(_MUTABLE), data=st.data())
def test_layouts_mutation_split_lines(name, data):
    text = _base(name)
    seg = comparer.segment(Document("m", text))
    # a wrap falls where a printed line is full: at least _WRAP_MIN characters after the line's start
    # (a numbered line cut after two or three characters, 2.创建国⏎家卫生县城。, reads 创建国 as its title)
    inside = [i for c in seg.clauses if c.kind in (ClauseKind.OBLIGATION, ClauseKind.ACHIEVEMENT)  # (a report's
              for i in range(c.start + 2, c.end - 2)  # texts are achievements)
              if "\u4e00" <= text[i - 1] <= "\u9fff" and "\u4e00" <= text[i] <= "\u9fff"
              and i - (text.rfind("\n", 0, i) + 1) >= _WRAP_MIN]
    assume(inside)
    cuts: list[int] = []
    for cut in sorted(set(data.draw(st.lists(st.sampled_from(inside), min_size=1, max_size=4)))):
        if not cuts or cut - cuts[-1] >= _WRAP_MIN:  # a wrapped line is full too
            cuts.append(cut)
    out = "".join(text[a:b] + "\n" for a, b in zip([0, *cuts], cuts)) + text[cuts[-1]:]
    assert _found(out) == _found(text)


@_MUTATIONS
@given(name=st.sampled_from(_MUTABLE), to_ascii=st.booleans())
def test_layouts_mutation_swap_punctuation(name, to_ascii):
    text = _base(name)
    table = _ASCII if to_ascii else str.maketrans(",:;()", "，：；（）")
    assert _found(text.translate(table)) == _found(text)


@_MUTATIONS
@given(name=st.sampled_from(_MUTABLE), data=st.data())
def test_layouts_mutation_insert_page_markers(name, data):
    lines = _lines(_base(name))
    ends = [i for i, ln in enumerate(lines) if ln.rstrip().endswith(("。", "；", "）", "〕", ")"))
            or re.match(r"\s*(牵头|责任|配合)", ln)]
    chosen = set(data.draw(st.lists(st.sampled_from(ends or [len(lines) - 1]), min_size=1, max_size=4)))
    out = [ln + (f"\n- {i + 1} -" if i in chosen else "") for i, ln in enumerate(lines)]
    assert _found("\n".join(out)) == _found("\n".join(lines))


def test_layouts_metadata_block_without_title_skips_stale_banner():
    from comparer.meta import infer_meta

    text = ("今天是2023年9月14日 星期四\n发布机构：桐林县人民政府办公室\n"
            "2025年，全县要坚持依法行政，加快建设法治政府。\n一、加强组织领导")
    assert infer_meta(text) == {"jurisdiction": "桐林县", "admin_level": "县", "year": 2025}


def test_layouts_jurisdiction_is_not_a_verb_before_a_level():
    # 依照区2011年…: "according to the district's 2011 tasks", no place named 依照区
    from comparer.meta import infer_meta

    text = ("2012年度街道应急工作总结\n一、完善应急预案\n依照区2011年应急管理工作的任务，突出抓好专项预案的编制修订。"
            "按照县2012年工作部署，开展应急演练。")
    assert "jurisdiction" not in infer_meta(text)


def test_layouts_page_marker_inside_a_line_is_noise_of_its_own():
    doc = Document("p", "一、加强领导\n（一）强化学习。每年学法不少于4次。 - 2 - （二）定期述法。每年述法1次。")
    seg = comparer.segment(doc)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.NOISE] == ["- 2 -"]
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        "每年学法不少于4次。", "每年述法1次。"]
    assert {c.item.number for c in seg.clauses if c.item} == {"一", "二"}


@pytest.mark.parametrize("doc_id", ["bazhou-2024", "alxa-2024", "fukang-2021", "emin-2025"])
def test_layouts_seed_run_into_one_line_reads_as_the_seed(doc_id):
    # a PDF extraction without line breaks: every line of the seed joined by a space gives the
    # seed's obligations, achievements and problems with their section, item, units and kind
    from tests.conftest import seed_text

    def facts(text: str) -> set[tuple]:
        seg = comparer.segment(Document(doc_id, text))
        return {(squeeze(c.text), c.section and c.section.number, c.item and c.item.number,
                 c.lead_units, c.responsible_units, c.kind) for c in seg.clauses
                if c.kind.alignable or c.kind is ClauseKind.PROBLEM}

    text = seed_text(doc_id)
    one_line = " ".join(line for line in text.split("\n") if line.strip())
    assert len(facts(text)) > 60
    assert facts(one_line) == facts(text)


# -- unit notes (issue 14, round 3 shapes) -------------------------------------------------------
@pytest.mark.parametrize(("note", "pairs"), [
    ("省发展改革委、省财政厅牵头负责，省统计局参加", [("牵头", ("省发展改革委", "省财政厅")), ("参加", ("省统计局",))]),
    ("州司法局牵头，相关部门（单位）配合", [("牵头", ("州司法局",)), ("配合", ("相关部门（单位）",))]),
    ("市住房城乡建设局、市交通局分别负责落实", [("负责落实", ("市住房城乡建设局", "市交通局"))]),
    ("县公安局按照职责分工牵头负责，各乡镇协同", [("牵头", ("县公安局",)), ("协同", ("各乡镇",))]),
    ("区文旅局负责，9月底前完成", [("负责", ("区文旅局",))]),
])
def test_units_led_note_roles(note, pairs):
    assert led_note(note) == pairs


@pytest.mark.parametrize("note", ["试行", "2023—2025年", "社区", "街道办事处", "以下简称市级平台",
                                  "由各单位自行组织。年底前报送"])
def test_units_parenthesis_that_is_no_note(note):
    assert led_note(note) is None


@pytest.mark.parametrize(("text", "units"), [
    ("各县〔市、区〕人民政府、州直各部门", ("各县〔市、区〕人民政府", "州直各部门")),
    ("各县〈市、区〉人民政府、州直各部门", ("各县〈市、区〉人民政府", "州直各部门")),
    ("县司法局等有关部门", ("县司法局", "有关部门")),
    ("市交通局、市公安局等市相关部门", ("市交通局", "市公安局", "市相关部门")),
    ("省教育厅等部门", ("省教育厅",)),
    ("县财政局，县审计局，6月底完成", ("县财政局", "县审计局")),
    ("区建管委、区水务局、区房管局等建设主管部门", ("区建管委", "区水务局", "区房管局")),  # a class, no unit
])
def test_units_brackets_tails_and_deadlines(text, units):
    assert parse_units(text) == units


def test_layouts_parentheses_in_obligations_stay_text():
    # a parenthesis that is no unit note stays in its sentence and names no unit
    text = ("某县2025年法治政府建设工作要点\n一、完善制度体系\n"
            "（一）健全规范性文件管理。修订《某县规范性文件管理办法（试行）》。"
            "制定《某县法治宣传教育规划（2025—2027年）》，发到各村（社区）。"
            "各乡镇人民政府（街道办事处）每年报告法治建设情况。")
    seg = comparer.segment(Document("g", text))
    assert obligations(seg) == ["修订《某县规范性文件管理办法（试行）》。",
                                "制定《某县法治宣传教育规划（2025—2027年）》，发到各村（社区）。",
                                "各乡镇人民政府（街道办事处）每年报告法治建设情况。"]
    assert all(not c.lead_units and not c.responsible_units for c in seg.clauses)


def test_layouts_each_sub_item_keeps_its_own_note():
    # notes of 1. and 2. under one （一） are not pooled: each sub-item's clauses carry its note
    seg = load("46-subitem-own-notes")
    units = {c.text[:6]: (c.lead_units, c.responsible_units) for c in seg.clauses
             if c.kind is ClauseKind.OBLIGATION}
    assert units["对下放事项逐"] == (("区行政审批局",), ("区直有关部门", "各镇〔街道〕"))
    assert units["严格执行行政"] == (("区政府办公室", "区司法局"), ("区市场监管局", "有关部门"))
    heading = next(c for c in seg.clauses if c.text == "规范行政许可事项管理。")
    assert set(heading.lead_units) == {"区行政审批局", "区政府办公室", "区司法局"}  # the item: all


def test_layouts_bare_unit_takes_its_role_from_the_section_heading():
    # 重点普法内容及责任部门: （人民调解科） after a law names the unit responsible for it
    seg = load("50-duty-heading-bare-units")
    units = {c.item.title: c.responsible_units for c in seg.clauses if c.item}
    assert units["《中华人民共和国宪法》"] == ("局机关各科室", "各司法所")
    assert units["《中华人民共和国人民调解法》"] == ("人民调解科",)
    assert units["《中华人民共和国法律援助法》《某省法律援助条例（试行）》"] == ("区法律援助中心",)
    assert units["《社区矫正法实施办法（试行）》"] == ()
    assert units["落实普法责任"] == ()


def test_units_name_with_its_own_place_lends_no_prefix():
    # 人民银行青州市支行 names its place: the abbreviation after it is not given the 市 of 市金融办
    assert parse_units("市金融办、人民银行青州市支行、青州银保监分局") == (
        "市金融办", "人民银行青州市支行", "青州银保监分局")
    assert parse_units("县司法局、财政局") == ("县司法局", "县财政局")


def test_layouts_sentence_without_its_note_takes_no_other_note():
    # the last sentence's note is cut off by the page end: it carries neither sentence's units
    text = ("某县2025年政务公开工作要点\n一、加强信息公开\n（一）做好项目信息公开。公开重大项目审批信息。"
            "（县发展改革局负责落实）公开征地补偿信息。（县自然资源局负责落实）公开保障性住房分配信")
    seg = comparer.segment(Document("c", text))
    units = [(c.text[:4], c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert units == [("公开重大", ("县发展改革局",)), ("公开征地", ("县自然资源局",)), ("公开保障", ())]


@pytest.mark.parametrize("text", [
    "（一）丰富普法形式。开设“法润青溪 | 以案释法”专栏，每月更新 2 期 案例。",
    "序号 工作任务 牵头单位 责任单位\n县司法局牵头，各乡镇配合，全年开展送法下乡活动不少于 10 场。",
    "工作任务 | 牵头单位 | 责任单位\n县司法局牵头，各乡镇配合，全年开展送法下乡活动。",
])
def test_layouts_prose_with_pipes_or_spaces_is_no_table(text):
    # a header line alone starts no table: a prose line after it is no row of it
    seg = comparer.segment(Document("d", text))
    assert seg.layout == "prose"
    assert_well_formed(seg)


def test_layouts_text_table_rows_keep_units_deadline_and_number():
    text = ("| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |\n"
            "| 1 | 完成行政执法证件年审工作。 | 县司法局 | 县直各执法部门 | 3月底前 |\n"
            "| 2 | 开展执法人员专门培训，人均不少于40学时。 | 县司法局、县人社局 | 各乡镇 | 年底前 |")
    rows = _obligation_rows(text, lambda c: (c.item.number, c.lead_units, c.responsible_units, c.deadline))
    assert rows == [("1", ("县司法局",), ("县直各执法部门",), "3月底前"),
                    ("2", ("县司法局", "县人社局"), ("各乡镇",), "年底前")]


def test_layouts_glued_project_list_with_named_columns_and_year_subheaders():
    # 序号 名称 类型 阶段任务 责任单位 2024年 2025年: a project list glued onto one line, the years the
    # sub-headers of 阶段任务; each row's unit cell closes it, the next row's number glued on
    text = ("附件 重点项目清单序号名称类型阶段任务责任单位2024年2025年1开展交通安全宣传安全素质2024年，开展文明交通行动。"
            "2025年，开展宣讲作品巡回展演。党群工作处、交通与建设处2推进燃气管道更新安全工程配合区交通建设局开展"
            "燃气管道更新改造。交通与建设处")
    rows = _obligation_rows(text, lambda c: (c.item.number, c.responsible_units))
    assert sorted(set(rows)) == [("1", ("党群工作处", "交通与建设处")), ("2", ("交通与建设处",))]


def test_layouts_text_table_with_task_and_content_columns():
    # 重点任务 names the task (a heading), 工作内容 is its text, 负责科室 the responsible office
    text = ("二、重点工作任务分解\n重点任务 | 工作内容 | 负责科室 |\n"
            "规范公开 | 按时更新政府信息公开专栏，做到应公开尽公开。 | 办公室 |\n"
            "年度报告 | 按时编制并发布政府信息公开工作年度报告。 | 政策法规科 |")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    got = [(c.kind, c.item.title, c.responsible_units) for c in seg.clauses if c.item]
    assert got == [(ClauseKind.HEADING, "规范公开", ()), (ClauseKind.OBLIGATION, "规范公开", ("办公室",)),
                   (ClauseKind.HEADING, "年度报告", ()), (ClauseKind.OBLIGATION, "年度报告", ("政策法规科",))]


def test_layouts_first_unit_leads_rule_holds_below():
    # 第一责任单位为牵头单位，下同: the rule is no unit, and it holds for the notes after it
    text = ("一、提升政务服务效能\n（一）推行企业开办一日办结。全面推行企业开办全程网上办理。\n"
            "责任单位：区市场监管局、区政务服务局（第一责任单位为牵头单位，下同）\n"
            "（二）压减审批时间。社会投资项目审批全流程不超过60个工作日。\n责任单位：区住建局、区自然资源局")
    seg = comparer.segment(Document("d", text))
    got = {c.item.number: (c.lead_units, c.responsible_units) for c in seg.clauses
           if c.kind is ClauseKind.OBLIGATION}
    assert got == {"一": (("区市场监管局",), ("区政务服务局",)), "二": (("区住建局",), ("区自然资源局",))}


def test_layouts_units_sentence_in_prose_stays_an_obligation():
    # a sentence that begins with units by verb is a task, not a note
    text = "一、加强普法\n（一）送法下乡。县司法局牵头，各乡镇配合，全年开展送法下乡活动不少于10场。"
    seg = comparer.segment(Document("d", text))
    assert "县司法局牵头，各乡镇配合，全年开展送法下乡活动不少于10场。" in [
        c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]


# -- loose tables and cells below a header written one name a line ------------------------------
@pytest.mark.parametrize(("cell", "units"), [
    ("县司法局、各行政执法部门", ("县司法局", "各行政执法部门")),
    ("办公室", ("办公室",)),
    ("各乡镇（街道）", ("各乡镇（街道）",)),
    ("各县(市、区)党委和人民政府,城乡一体化示范区", ("各县(市、区)党委和人民政府", "城乡一体化示范区")),
    ("加快建设法治政府", None),  # a task title that ends like a unit name (政府)
    ("全体乡村两级干部", None),  # people, not a unit
    ("农林牧渔业增加值增幅", None),
    ("万元/人", None),
    ("县司法局负责督促指导本级行政执法部门培训工作。", None),
])
def test_layouts_unit_cell(cell, units):
    assert unit_cell(cell) == units


@pytest.mark.parametrize(("cell", "found"), [
    ("年底前", True), ("持续推进", True), ("2025年年底前完成并长期推进", True), ("每季度", True),
    ("2024年3月底前", True), ("完成", False), ("全市统筹", False), ("0.07", False), ("良好以上", False),
])
def test_layouts_deadline_cell(cell, found):
    assert (deadline_cell(cell) == cell) is found


_LOOSE = ("工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n"
          "规范公开\n|\n{1}\n|\n按时更新政府信息公开专栏，做到应公开尽公开。\n|\n办公室\n|\n年底前\n|\n"
          "{2}\n|\n按时编制并发布政府信息公开工作年度报告。\n|\n政策法规股\n|\n1月底前\n|\n")


def test_layouts_loose_table_reads_numbered_rows():
    seg = comparer.segment(Document("d", _LOOSE.format(*"012")))
    assert_well_formed(seg)
    got = [(c.item.number, c.item.title, c.responsible_units, c.deadline) for c in seg.clauses
           if c.kind is ClauseKind.OBLIGATION]
    # row 2 has no group cell of its own: its title is its task's first words
    assert got == [("1", "规范公开", ("办公室",), "年底前"),
                   ("2", "按时编制并发布政府信息公开工作年度报告", ("政策法规股",), "1月底前")]


def test_layouts_loose_table_needs_numbered_rows():
    # without row numbers the cells are no rows: no unit is given to any clause
    seg = comparer.segment(Document("d", _LOOSE.replace("{1}\n|\n", "").replace("{2}\n|\n", "")))
    assert_well_formed(seg)
    assert not any(c.lead_units or c.responsible_units for c in seg.clauses)


def test_layouts_unit_line_below_a_task_needs_a_header_above():
    plan = ("一、推进严格规范公正文明执法\n（一）规范执法证件管理。开展执法证件清理，及时注销不在岗人员证件。\n"
            "县司法局、县人社局\n2024年12月底前\n")
    header = "重点任务\n具体工作措施\n责任单位\n完成时限\n"
    alone = comparer.segment(Document("d", plan))
    below = comparer.segment(Document("d", header + plan))
    for seg in (alone, below):
        assert_well_formed(seg)
    task = [c for c in below.clauses if "注销" in c.text][0]
    assert (task.responsible_units, task.deadline) == (("县司法局", "县人社局"), "2024年12月底前")
    assert not any(c.responsible_units for c in alone.clauses)
    assert [c.text for c in below.clauses if c.kind is ClauseKind.TITLE] == []  # header names: spans


@pytest.mark.parametrize("marker", ["（一）", "1."])
def test_layouts_title_stating_a_target_is_an_obligation(marker):
    text = (f"一、加强执法培训\n{marker}全年组织执法人员培训不少于40学时。各部门制定年度培训计划。\n"
            f"{marker.replace('一', '二').replace('1', '2')}健全培训制度。建立培训档案，如实记录学时。\n")
    seg = comparer.segment(Document("d", text))
    kinds = {c.text: c.kind for c in seg.clauses}
    assert kinds["全年组织执法人员培训不少于40学时。"] is ClauseKind.OBLIGATION
    assert kinds["健全培训制度。"] is ClauseKind.HEADING


def test_layouts_markup_left_in_text_is_read_as_plain_text():
    from comparer.ingest.normalize import normalize_text
    dump = '一、总则</p><p align=\\"left\\">（一）加强&nbsp;领导。<br/>二、<span style="x">任务</span>'
    assert normalize_text(dump) == "一、总则\n\n（一）加强 领导。\n二、任务"
    for plain in ("《关于<重大>决策的规定》", "考核得分<60分的单位，责任人不得评优。", "p<0.05"):
        assert normalize_text(plain) == plain  # fewer than two tags: no markup


@pytest.mark.parametrize(("note", "lead", "responsible"), [
    ("责任分工：县司法局牵头，县直各执法部门配合。", ("县司法局",), ("县直各执法部门",)),
    ("（责任分工：县直各执法部门负责）", (), ("县直各执法部门",)),
])
def test_layouts_role_word_zerenfengong(note, lead, responsible):
    # 责任分工 (division of duties) keys a note whose units are named by verb
    text = f"一、推进依法行政\n（一）规范执法公示。执法信息7日内公开。\n{note}\n"
    task = [c for c in comparer.segment(Document("d", text)).clauses if "7日内" in c.text][0]
    assert (task.lead_units, task.responsible_units) == (lead, responsible)


@pytest.mark.parametrize("sentence", [
    "各责任单位负责做好本单位的信息报送。",  # what units are in general, no unit
    "有关部门负责及时处置。",
    "行政机关负责人出庭应诉率达到100%。",  # 负责人 is a person
    "专项行动由镇平安办牵头，各村居要组建工作专班。",  # 由 inside: not the subject
    "民宗部门协助城市管理等有关部门负责查处宗教场所以外的丧葬活动。",
    "（省发展改革委牵头负责）",  # a note in brackets, read as a note
    "进一步明确行政机关负责同志的职责。",
    "要严格落实行政执法责任制。",
])
def test_units_sentence_subject_that_is_no_unit(sentence):
    assert by_subject(sentence) == []


def test_layouts_subject_units_stay_with_their_sentence_and_item_note_holds():
    # one sentence with a unit as its subject in an item that also has a note: the note is every
    # sentence's, the subject's units only its own sentence's, the title carries all of them
    text = ("一、推进依法行政\n（一）规范行政执法。全年开展执法检查不少于4次。县司法局负责组织执法案卷评查，"
            "评查案卷不少于200份。按季度通报执法情况。（牵头单位：县委依法治县办；责任单位：各行政执法部门）\n")
    seg = comparer.segment(Document("d", text))
    got = {c.text[:6]: (c.lead_units, c.responsible_units) for c in seg.clauses}
    note = (("县委依法治县办",), ("各行政执法部门",))
    assert got["全年开展执法"] == got["按季度通报执"] == note
    assert got["县司法局负责"] == (("县委依法治县办",), ("各行政执法部门", "县司法局"))
    assert got["规范行政执法"] == (("县委依法治县办",), ("各行政执法部门", "县司法局"))


@pytest.mark.parametrize(("units", "names"), [
    ("各县(市)、区人民政府", ("各县(市)、区人民政府",)),  # 各县、各市、各区 share 人民政府
    ("市、县(区)政府法制机构、相关部门", ("市、县(区)政府法制机构", "相关部门")),  # 市 alone is no unit
    ("市财政局、县财政局", ("市财政局", "县财政局")),
])
def test_units_shared_levels_are_one_name(units, names):
    assert parse_units(units) == names


def _obligation_units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each obligation clause of ``text`` with its lead and responsible units (well-formed)."""
    return _obligation_rows(text, lambda c: (c.text, c.lead_units, c.responsible_units))


def _sentence_units(sentence: str, title: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The lead and responsible units of each clause that is ``sentence``, written as the body of an
    item ``（一）<title>。`` under a section ``一、工作措施``."""
    text = f"一、工作措施\n（一）{title}。{sentence}\n"
    return [(c.lead_units, c.responsible_units) for c in comparer.segment(Document("d", text)).clauses
            if c.text == sentence]


def test_layouts_unit_cell_naming_roles_by_verb():
    # a 责任科室 cell that names the lead by verb: the cell's own roles, not the column's
    text = ("工作任务 | 具体要求 | 责任科室 |\n"
            "规范公开 | 按时更新政府信息公开专栏，做到应公开尽公开。 | 法规科牵头，办公室配合 |\n"
            "年度报告 | 按时编制并发布年度报告。 | 办公室 |\n")
    assert _obligation_units(text) == [("按时更新政府信息公开专栏，做到应公开尽公开。", ("法规科",), ("办公室",)),
                                       ("按时编制并发布年度报告。", (), ("办公室",))]


def test_layouts_note_on_a_section_and_keys_after_the_list():
    # a keyed note closing a section heading holds for the section; a person key or a progress
    # key after a unit list ends the list
    text = ("一、规范执法行为（牵头单位：县司法局，配合单位：县直各执法部门）\n全面推行执法公示制度。\n"
            "二、推进平安建设\n1.建设智慧交通指挥中心。全年完成主体工程。"
            "牵头领导：林静国 责任单位：市公安局项目责任人：王伟 配合单位：市财政局实际完成情况：设备调试\n")
    assert _obligation_units(text) == [("全面推行执法公示制度。", ("县司法局",), ("县直各执法部门",)),
                                       ("全年完成主体工程。", (), ("市公安局", "市财政局"))]


@pytest.mark.parametrize(("note", "expected"), [
    ("责任单位：区科技局、区财政局。列第一位的为牵头单位，下同", ("责任单位：区科技局、区财政局", True, True)),
    ("省中医药局、省卫健委负责。列第一位者为牵头部门或单位，其他有关部门和单位按职责分工负责，下同",
     ("省中医药局、省卫健委负责", True, True)),
    ("市税务局、市财政局，各县市、区政府，列第一位的为牵头单位，下同。以下均需各县市、区政府落实，不再列出",
     ("市税务局、市财政局，各县市、区政府。以下均需各县市、区政府落实，不再列出", True, True)),
    ("区发改局、区古林镇（列第一位者为牵头或汇总单位）", ("区发改局、区古林镇", True, False)),
])
def test_layouts_first_leads_rule_forms(note, expected):
    # the rule is cut out of the note; a remark after it stays a sentence of its own (after 。)
    assert first_leads(note) == expected


@pytest.mark.parametrize(("text", "task"), [
    ("滁州市2020年《政府工作报告》重点工作责任分解\n一、主要指标\n1. 地区生产总值增长8%以上。\n"
     "牵头责任单位：市发展改革委\n", "地区生产总值增长8%以上。"),  # its title splits a report's tasks
    ("各镇人民政府，县直各单位：\n为落实县《政府工作报告》，现将重点工作任务分解如下：\n"
     "1.全年新增城镇就业3000人。\n牵头单位：县人社局\n", "全年新增城镇就业3000人。"),  # no title line
])
def test_layouts_task_split_of_a_work_report_is_a_plan(text, task):
    kinds = {c.text: c.kind for c in comparer.segment(Document("d", text)).clauses}
    assert kinds[task] is ClauseKind.OBLIGATION


def test_layouts_viewer_page_line_inside_a_line_is_noise_of_its_own():
    text = ("一、城市管理\n（三）道路绿化：做好街道旁树木修剪、新修建道路绿化工作。第 1 页共 5 页下载后可任意编辑"
            "牵头领导：王元灿副局长责任部门：园林局\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    got = {c.text: (c.kind, c.responsible_units) for c in seg.clauses}
    assert got["做好街道旁树木修剪、新修建道路绿化工作。"] == (ClauseKind.OBLIGATION, ("园林局",))
    assert got["第 1 页共 5 页下载后可任意编辑"][0] is ClauseKind.NOISE


def test_layouts_units_by_verb_inside_a_sentence_and_new_verbs():
    text = ("一、深化法治宣传\n（一）开展宪法宣传月活动，由县委依法治县办牵头，县司法局、县法院等单位共同参与。\n"
            "（二）清理规范性文件。年内完成清理。（县政府法制办牵头，县编办、县财政局及相关部门各负其责）\n"
            "（三）推行权责清单。全面公布权责清单。（县编办、县政府法制办共同负责，县财政局配合）\n")
    assert _obligation_units(text) == [
        ("开展宪法宣传月活动，由县委依法治县办牵头，县司法局、县法院等单位共同参与。", ("县委依法治县办",),
         ("县司法局", "县法院")),
        ("年内完成清理。", ("县政府法制办",), ("县编办", "县财政局", "相关部门")),
        ("全面公布权责清单。", (), ("县编办", "县政府法制办", "县财政局"))]


def test_layouts_item_number_without_its_dot_continues_the_numbering():
    text = ("一、健全制度\n10.完善行政规范性文件管理制度。年内修订管理办法。\n"
            "11完善规范性文件定期清理制度。每两年清理一次。\n2024年组织一次全面评估。\n")
    items = [(c.item.number, c.text) for c in comparer.segment(Document("d", text)).clauses if c.item]
    assert ("11", "每两年清理一次。") in items
    assert ("11", "2024年组织一次全面评估。") in items  # a year is no item number


def test_layouts_task_cell_ending_like_a_unit_name_stays_a_task():
    # 建成…服务中心。 is a task (a sentence), not a unit cell
    assert unit_cell("建成县残疾人综合服务中心。") is None
    assert unit_cell("县残疾人综合服务中心") == ("县残疾人综合服务中心",)
    text = ("工作任务\n|\n具体要求\n|\n责任单位\n|\n完成时限\n|\n民生实事\n|\n1\n|\n建成县残疾人综合服务中心。\n|\n"
            "县残联\n|\n9月底前\n|\n2\n|\n迁建县政务服务中心。\n|\n县政务服务中心\n|\n12月底前\n|\n")
    assert _obligation_units(text) == [("建成县残疾人综合服务中心。", (), ("县残联",)),
                                       ("迁建县政务服务中心。", (), ("县政务服务中心",))]


@pytest.mark.parametrize(("text", "units"), [
    ("市工业和信息化局、高新区管委会", ("市工业和信息化局", "高新区管委会")),  # a zone names its place
])
def test_units_zone_takes_no_prefix(text, units):
    assert parse_units(text) == units


def test_units_by_verb_with_an_object_verb():
    assert led_note("由镇工办负责考核") == [("负责", ("镇工办",))]


def test_layouts_item_run_into_its_section_heading_makes_1_a_sub_item():
    # （一） right after the section title (no space) still means 1. are sub-items of it
    text = "二、主要任务(一)加强基础设施建设。1.建设道路网络。年内新建道路10公里。\n2.完善管网。\n"
    items = {(c.item.number, c.item.parent.number if c.item.parent else None)
             for c in comparer.segment(Document("d", text)).clauses if c.item}
    assert items == {("一", None), ("1", "一"), ("2", "一")}


def test_layouts_item_titled_by_a_unit_under_a_section_of_duties():
    text = ("三、职责分工\n（一）县农业农村局：负责秸秆综合利用技术推广，全年培训农民500人次。\n"
            "（二）县生态环境局：负责秸秆禁烧巡查。\n四、工作要求\n（一）加强领导：各单位要明确专人负责。\n")
    assert _obligation_units(text) == [
        ("负责秸秆综合利用技术推广，全年培训农民500人次。", (), ("县农业农村局",)),
        ("负责秸秆禁烧巡查。", (), ("县生态环境局",)),
        ("各单位要明确专人负责。", (), ("各单位",))]  # not a section of duties: its title names no unit;
    # the sentence's subject, a general name, is its own unit


def test_layouts_huitong_and_compound_lead_columns():
    # X会同Y负责: X leads with Y; 总牵头单位 / 分项牵头单位 columns name leads
    from comparer.tables import column_role
    assert led_note("由国土资源部会同农业部等部门负责落实") == [("牵头", ("国土资源部",)), ("负责落实", ("农业部",))]
    assert [column_role(n) for n in ("总牵头单位", "分项牵头单位", "参与单位")] == ["lead", "lead", "responsible"]


def test_layouts_columns_named_by_owner_or_by_promoting():
    # 党工委管委会牵头部门: the body whose units the column names, then its role; 推进单位 names units
    from comparer.tables import column_role
    assert [column_role(n) for n in ("党工委管委会牵头部门", "区级责任部门", "推进单位", "本局职责")] == [
        "lead", "responsible", "responsible", None]
    # a plan table's 序号 / 时间 / 重点内容 / 落实单位: 时间 is when, 落实单位 who
    assert [column_role(n) for n in ("时间", "落实单位", "落实情况")] == ["deadline", "responsible", "note"]


def test_layouts_pipe_rows_of_a_loose_table_end_with_their_line():
    # a header row on one line is all header (目标类型 too); a row's cells after its units stay in it
    text = ("序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |\n"
            "1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局、区统计局 | A类 |\n"
            "2 | 服务业增加值 | 增长6% | 区发改经信局 | 区商务局 | B类 |\n")
    got = _obligation_rows(text, lambda c: (c.item.number, c.item.title, c.text, c.lead_units,
                                            c.responsible_units))
    assert got == [("1", "地区生产总值", "增长5.5%", ("区发改经信局",), ("区财政局", "区统计局")),
                   ("2", "服务业增加值", "增长6%", ("区发改经信局",), ("区商务局",))]


def test_units_prefix_carries_to_offices_only():
    # a county's prefix carries over to its offices, not to a TV station, a company or a court's
    # neighbour that names no office (中国人寿望江公司)
    assert parse_units("县委宣传部、电视台、中国人寿望江公司、司法局、法院") == (
        "县委宣传部", "电视台", "中国人寿望江公司", "县司法局", "县法院")
    assert parse_units("州人民政府办公室、司法局") == ("州人民政府办公室", "州司法局")


def test_layouts_numbered_unit_line_is_no_item():
    text = "一、活动安排\n1.活动内容。开展法治宣传进社区活动。\n2.组织单位：县司法局、县普法办\n3.活动时间：12月4日\n"
    seg = comparer.segment(Document("d", text))
    task = [c for c in seg.clauses if "进社区" in c.text][0]
    assert task.lead_units == ("县司法局", "县普法办")
    assert {c.item.number for c in seg.clauses if c.item} == {"1", "3"}


def test_layouts_item_titled_by_a_units_duties():
    text = ("三、工作措施\n（七）卫生部门职责、任务。加强学校卫生监督，每学期检查一次。\n"
            "（八）加强督查考核。年底开展考评。\n")
    assert _obligation_units(text) == [("加强学校卫生监督，每学期检查一次。", (), ("卫生部门",)),
                                       ("年底开展考评。", (), ())]


def test_layouts_item_titled_by_the_duties_of_a_kind_of_office_names_no_unit():
    # （二）处室职责 over 1.社会事业处 / 2.政法综治处: 处室 is the kind of the offices below, no unit
    text = ("四、职责分工\n（二）处室职责\n1.社会事业处。加强旅游安全宣传。\n2.政法综治处。开展景区治安巡查。\n")
    assert _obligation_units(text) == [("加强旅游安全宣传。", (), ("社会事业处",)),
                                       ("开展景区治安巡查。", (), ("政法综治处",))]


def test_layouts_header_name_broken_over_two_lines():
    # 责任 / 科室 on two lines is the column 责任科室 (a cell-per-line table from a narrow PDF column)
    text = ("序号\n重点任务\n责任\n科室\n完成时限\n1\n开展执法案卷评查，评查结果通报。\n法制股\n11月底前\n"
            "2\n更新权责清单并公开。\n办公室\n年底前\n")
    rows = _obligation_rows(text, lambda c: (c.item.number, c.responsible_units, c.deadline))
    assert rows == [("1", ("法制股",), "11月底前"), ("2", ("办公室",), "年底前")]


def test_layouts_ledger_item_first_sentence_is_a_task():
    # below a header of task and unit columns (a ledger), an item's text is the task column's:
    # its first sentence is an obligation (and the item's title), not a heading
    text = ("临江区法治建设重要举措分工方案\n项目\n具体项目\n牵头单位\n责任单位\n"
            "一、全面贯彻实施宪法\n1.坚持宪法法律至上，一切规范性文件都不得同宪法法律相抵触。全面落实宪法宣誓制度。\n"
            "区司法局\n区直有关部门\n2.在全区深入开展宪法学习宣传教育活动。\n区司法局\n区直有关部门\n")
    seg = comparer.segment(Document("d", text))
    kinds = {c.text[:8]: c.kind for c in seg.clauses}
    assert kinds["坚持宪法法律至上"] is ClauseKind.OBLIGATION
    assert kinds["全面落实宪法宣誓"] is ClauseKind.OBLIGATION
    first = next(c for c in seg.clauses if c.text.startswith("坚持"))
    assert first.item.number == "1" and first.item.title.startswith("坚持宪法法律至上")
    assert first.lead_units == ("区司法局",) and first.responsible_units == ("区直有关部门",)


def test_layouts_sections_are_the_items_of_a_document_without_items():
    # 一、二、 as a document's only numbering: each section is its clauses' item (a section stated
    # in one sentence is an obligation as well as the title); a document with items keeps its own
    text = ("某镇2018年河长制工作责任状\n一、凡镇境内河流全部纳入河长制管理，实现全覆盖。\n"
            "二、建立巡河制度。村级河长每周巡河不少于1次。\n")
    got = [(c.kind, c.item and (c.item.number, c.item.title)) for c in comparer.segment(Document("d", text)).clauses
           if c.kind is not ClauseKind.TITLE]
    assert got == [(ClauseKind.OBLIGATION, ("一", "凡镇境内河流全部纳入河长制管理，实现全覆盖")),
                   (ClauseKind.HEADING, ("二", "建立巡河制度")), (ClauseKind.OBLIGATION, ("二", "建立巡河制度"))]
    with_items = text + "三、强化保障\n（一）落实经费。每年安排经费10万元。\n"
    first = comparer.segment(Document("d", with_items)).clauses[1]
    assert first.item is None


def test_layouts_section_numeral_with_a_comma_continues_the_numbering():
    # 五，… after section 四 is section 五 (a comma typed for 、); 一，二，三 inside prose is none
    text = ("一、建立制度。每周巡河1次。\n二、加强保洁。每月清理2次。\n三,建立信息平台。每月5日前上报巡河情况。\n"
            "五,六,七个村要同步推进。\n")
    sections = [c.section.number for c in comparer.segment(Document("d", text)).clauses if c.section]
    assert sections == ["一", "一", "二", "二", "三", "三", "三"]


@pytest.mark.parametrize(("line", "kind"), [
    ("整改目标：压实责任落实，健全机制体制。", ClauseKind.OBLIGATION),
    ("工作目标：到2020年，全县秸秆综合利用率达到85%以上。", ClauseKind.OBLIGATION),
    ("为切实做好秸秆禁烧工作，制定本方案。", ClauseKind.PREAMBLE),
])
def test_layouts_labelled_target_before_the_sections_is_a_task(line, kind):
    text = f"某县2020年秸秆禁烧工作方案\n{line}\n一、加强领导\n（一）成立专班。每月调度1次。\n"
    clause = next(c for c in comparer.segment(Document("d", text)).clauses if c.text == line)
    assert clause.kind is kind


def test_layouts_notice_closing_lines_are_no_tasks():
    text = ("一、整改情况\n1.每月调度预警，强化督查督办。\n2.及时召开任务推进会议解决问题。\n特此公示！\n"
            "公示时间：2019年12月13日至2019年12月19日，共7天。公示期间如有异议，请联系区河湖管理中心。\n"
            "联系电话：0434-3515228\n")
    tasks = [c.text for c in comparer.segment(Document("d", text)).clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks == ["每月调度预警，强化督查督办。", "及时召开任务推进会议解决问题。"]


def test_layouts_duty_paragraphs_labelled_by_their_unit():
    # 乡纪委、监察室：负责…: the label names the paragraph's units (a span, not the clause's text),
    # for every sentence of that paragraph and no other (各村要…: its own subject names its unit)
    text = ("某乡疫情防控工作方案\n一、总体要求\n全面落实属地责任。\n二、工作职责\n"
            "乡纪委、监察室：负责对防控措施落实情况进行监督检查。对失职渎职行为严肃问责。\n"
            "乡人武部：负责组织民兵参与疫情处置工作。\n各村要及时掌握返乡人员情况。\n")
    got = {c.text[:6]: c.responsible_units for c in comparer.segment(Document("d", text)).clauses
           if c.kind is ClauseKind.OBLIGATION}
    assert got == {"负责对防控措": ("乡纪委", "监察室"), "对失职渎职行": ("乡纪委", "监察室"),
                   "负责组织民兵": ("乡人武部",), "各村要及时掌": ("各村",)}


def test_layouts_target_section_items_with_units_are_tasks():
    # 一、主要目标 is a preamble section, but its numbered items name their units: tasks
    text = ("2007年市政府工作主要任务责任分解\n一、主要目标\n1.地区生产总值增长12%。（市发改委）\n"
            "全市生产总值达到3260亿元，增长12%。\n二、保障措施\n（一）加强领导。各部门要落实责任。\n")
    clause = next(c for c in comparer.segment(Document("d", text)).clauses if c.text.startswith("全市生产总值"))
    assert clause.kind is ClauseKind.OBLIGATION and clause.responsible_units == ("市发改委",)


def test_layouts_short_line_below_a_heading_starts_a_sentence_when_text_follows():
    # a fuzz case: a line split after 本 made 本 the end of the heading 附则; a short line finishes
    # a wrapped heading only when a heading, an item or nothing follows it
    split = comparer.segment(Document("d", "四、附则\n本\n政策自印发之日起施行。\n"))
    assert [(c.kind, c.text) for c in split.clauses] == [
        (ClauseKind.HEADING, "附则"), (ClauseKind.OBLIGATION, "本\n政策自印发之日起施行。")]
    wrapped = comparer.segment(Document("d", "一、加快创新平台\n建设\n（一）建设中心。年内建成2个。\n"))
    assert wrapped.clauses[0].text == "加快创新平台\n建设"


def test_layouts_general_first_leads_rule_inside_a_note_holds_below():
    # (由A、B负责。一项任务涉及多个部门的，原则上由排名首位的部门牵头负责): A leads, here and below;
    # 主办/协办 notes; 省 carried to the names after it
    text = ("一、主要预期目标\n1.全市GDP增长10%以上（由市发展改革委、市经委负责。一项任务涉及多个部门的，"
            "原则上由排名首位的部门牵头负责）\n2.外贸出口增长15%以上（由市商务局、市财政局负责）\n"
            "3.财政收入增长12%以上（省财政厅主办，省国税局、地税局协办）\n")
    got = [(c.lead_units, c.responsible_units) for c in comparer.segment(Document("d", text)).clauses
           if c.kind is ClauseKind.OBLIGATION]  # each item a target stated in its title alone
    assert got == [(("市发展改革委",), ("市经委",)), (("市商务局",), ("市财政局",)),
                   (("省财政厅",), ("省国税局", "省地税局"))]


def test_layouts_notice_splitting_a_government_work_report_is_a_plan(tmp_path):
    # 关于分解落实《政府工作报告》的通知 names a report (its inferred kind says 工作报告); its tasks are
    # obligations, not achievements
    text = ("黄石市人民政府办公室关于分解落实《政府工作报告》的通知\n市政府各部门：\n现将工作任务分解如下。\n"
            "一、主要预期目标\n1.全市GDP增长10%以上（由市发展改革委负责）\n2.外贸出口增长15%以上（由市商务局负责）\n")
    path = tmp_path / "huangshi.txt"
    path.write_text(text, encoding="utf-8")
    seg = comparer.load_corpus([path]).segmentations[0]
    kinds = {c.text: c.kind for c in seg.clauses}
    assert kinds["全市GDP增长10%以上"] is ClauseKind.OBLIGATION
    assert kinds["外贸出口增长15%以上"] is ClauseKind.OBLIGATION


def test_layouts_glued_table_rows_are_not_counts_or_prose():
    # a table run together without cell separators: rows begin only at 1, 2, 3 … where a row can
    # begin; 3个 and 4次 inside a row's text are counts, and a 序号 named in prose starts no table
    text = ("全年任务按序号排列，详见附件。\n"
            "序号工作任务牵头单位配合单位1新建社区调解室3个并配备专职调解员。县司法局各乡镇人民政府"
            "2组织法治宣传活动不少于4次。县委宣传部县司法局，县教育局")
    seg = comparer.segment(Document("d", text))
    rows = [(c.item.number, c.lead_units, c.responsible_units) for c in seg.clauses
            if c.item and c.kind is ClauseKind.OBLIGATION]
    assert rows == [("1", ("县司法局",), ("各乡镇人民政府",)),
                    ("2", ("县委宣传部",), ("县司法局", "县教育局"))]
    assert seg.clauses[0].text == "全年任务按序号排列，详见附件。"


def test_layouts_glued_unit_names_split_only_between_bodies():
    # names run together are split where one ends and a jurisdiction begins; a body's members
    # (县安委会各成员单位) and 县委县政府督查室 stay one name
    assert parse_units("区经济发展局区行政审批局") == ("区经济发展局", "区行政审批局")
    assert parse_units("县安委会各成员单位") == ("县安委会各成员单位",)
    assert parse_units("县委县政府督查室") == ("县委县政府督查室",)


def test_layouts_two_glued_tables_in_one_text():
    # a second header row (a table repeated on the next page, or a second attachment) starts a
    # table of its own
    text = ("序号工作任务牵头单位配合单位1新建社区调解室3个并配备专职调解员。县司法局各乡镇人民政府"
            "2组织法治宣传活动不少于4次。县委宣传部县司法局\n二、专项任务\n"
            "序号工作任务牵头单位配合单位1开展行政执法检查不少于2次。县司法局县公安局"
            "2开展执法案卷评查。县司法局各乡镇人民政府")
    rows = [(c.item.number, c.lead_units) for c in comparer.segment(Document("d", text)).clauses
            if c.item and c.kind is ClauseKind.OBLIGATION]
    assert rows == [("1", ("县司法局",)), ("2", ("县委宣传部",)), ("1", ("县司法局",)), ("2", ("县司法局",))]


def test_layouts_one_line_attachment_after_the_distribution_line():
    # a one-line page: the cover notice's 抄送 and printed-by lines are furniture, and the attached
    # table's title runs into its first section, whose units run into the next section (skipping 三)
    text = ("各科室：现将任务分工表印发给你们，请认真执行。 抄送：县纪委派驻纪检组。青岚县市场监督管理局办公室 "
            "2016年8月24日印发 附件 青岚县市场监督管理局任务分工表一、推进依法行政（一）完善制度1.制定行政"
            "规范性文件合法性审核办法。牵头单位：县司法局 责任处室：法规科二、强化执法监督（一）规范执法2.推行"
            "执法全过程记录。牵头单位：县市场监督管理局 责任处室：稽查科、法规科四、加强队伍建设（一）开展培训"
            "3.每年组织执法人员培训两次。牵头单位：县市场监督管理局 责任处室：人事科")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    sections = {(c.section.number, c.section.title) for c in seg.clauses if c.section}
    assert sections == {("一", "推进依法行政"), ("二", "强化执法监督"), ("四", "加强队伍建设")}
    noise = [c.text for c in seg.clauses if c.kind is ClauseKind.NOISE]
    assert "抄送：县纪委派驻纪检组。青岚县市场监督管理局办公室 2016年8月24日印发" in noise
    units = {c.text: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units == {"制定行政规范性文件合法性审核办法。": ("法规科",), "推行执法全过程记录。": ("稽查科", "法规科"),
                     "每年组织执法人员培训两次。": ("人事科",)}


@pytest.mark.parametrize(("sentence", "pairs"), [
    # 包片 duties by unit after 其中, in mid-sentence
    ("排查实行包片负责制，其中区住建局负责包片东河乡、西岭镇，区自然资源局负责包片南山镇。",
     [("负责", ("区住建局",)), ("负责", ("区自然资源局",))]),
    # X要会同Y结合…: Y's list ends before 结合
    ("区综治办要会同区公安分局结合综治责任制规定开展督查。", [("牵头", ("区综治办",)), ("会同", ("区公安分局",))]),
    ("小区海绵设施原则上移交给相应小区的物业管理单位负责维护。", []),  # 移交给 X: X is no subject
])
def test_units_sentence_subjects_in_mid_sentence(sentence, pairs):
    assert by_subject(sentence) == pairs


@pytest.mark.parametrize(("sentence", "pairs"), [
    ("成立工作专班，由区文旅局牵头，区公安分局、区市场监管局及各街道、经开区为成员单位，统筹推进。",
     [("牵头", ("区文旅局",)), ("为成员单位", ("区公安分局", "区市场监管局", "各街道", "经开区"))]),
    ("活动效果评估由区统计局会同区文化和旅游局组织开展。", [("牵头", ("区统计局",)), ("会同", ("区文化和旅游局",))]),
    ("本措施由区科技局会同相关措施责任单位解释。", [("牵头", ("区科技局",))]),  # 相关…单位: no unit named
    # A、B等部门配合: the writer calls them departments, short as the names are; the verb runs on
    ("逾期未拆除的，由乡镇牵头，综合执法、林业公安、交建等部门配合进行强制拆除。",
     [("牵头", ("乡镇",)), ("配合", ("综合执法", "林业公安", "交建"))]),
    ("由区卫健局牵头，会同综治、网信、公安等部门于6月底前完成排查。",
     [("牵头", ("区卫健局",)), ("会同", ("综治", "网信", "公安"))]),
    ("由乡镇牵头、区综合执法局、区自然资源局等部门配合，限期拆除。",
     [("牵头", ("乡镇",)), ("配合", ("区综合执法局", "区自然资源局"))]),
    ("由区财政局负责，农户、合作社等主体配合。", [("负责", ("区财政局",))]),  # 主体: no department
    # 承办 leads alone (由X承办，Y协办), but under a 主办 it carries out what the 主办 leads
    ("活动由市普法办主办，由市法制报社承办。", [("牵头", ("市普法办",)), ("承办单位", ("市法制报社",))]),
    ("宣讲活动由区司法局承办，各街道协办。", [("牵头", ("区司法局",)), ("协办", ("各街道",))]),
])
def test_units_led_parts_after_you(sentence, pairs):
    assert by_parts(sentence) == pairs


def test_layouts_host_and_organiser_keys_give_lead_and_responsible():
    # 主办单位 leads, 承办单位 carries out; the second key follows the last host after a space
    text = ("一、重点活动 （一）渔火音乐节 在滨海公园举办音乐节。 主办单位：海澄区人民政府、市文化和旅游局 "
            "承办单位：区文化和旅游局、区融媒体中心 （二）海鲜美食周 开展海鲜美食评选。 主办单位：海澄区人民政府 "
            "承办单位：区商务局")
    got = {c.text: (c.lead_units, c.responsible_units) for c in comparer.segment(Document("d", text)).clauses
           if c.kind is ClauseKind.OBLIGATION}
    assert got == {"在滨海公园举办音乐节。": (("海澄区人民政府", "市文化和旅游局"), ("区文化和旅游局", "区融媒体中心")),
                   "开展海鲜美食评选。": (("海澄区人民政府",), ("区商务局",))}


def test_layouts_attachment_after_the_text_is_no_task_of_the_last_item():
    # after 附件1 the cells of a classification table are the attachment's own preamble, not
    # sentences of the plan's last item; a numbered task with its note there is still a task
    text = ("一、工作任务\n（一）强化督导。区协调小组成立督导组开展检查。\n\n附件1\n\n建筑分类\n\n名称\n\n一类\n\n"
            "住宅建筑\n\n附件2\n\n1.建立隐患清单台账。（责任单位：区应急局）\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = {c.text: (c.item and c.item.number, c.responsible_units)
             for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert tasks == {"区协调小组成立督导组开展检查。": ("一", ("区协调小组",)), "建立隐患清单台账。": ("1", ("区应急局",))}
    annex = [c.text for c in seg.clauses if c.kind is ClauseKind.PREAMBLE]
    assert annex == ["建筑分类", "名称", "一类", "住宅建筑"]


def test_layouts_attachments_after_a_table_attachment_are_no_items_of_the_plan():
    # an attachment list whose first title wraps onto a line of its own, then 附件1 as a task table
    # written one cell a line, then 附件2 as a per-town list of targets: the list's 2./3. are no
    # sub-items of the plan's last item, nor is anything after 附件2 (a town's target is a task)
    text = ("一、保障措施\n（一）加强经费保障。区财政局落实分类经费。\n\n"
            "附件：1.2025年青岚区垃圾分类联席会\n\n议成员单位任务清单\n\n2.2025年各镇垃圾分类目标分解表\n\n"
            "3.2025年青岚区垃圾分类工作指标\n\n附件1\n\n2025年青岚区垃圾分类联席会议成员单位任务清单\n\n"
            "序号\n\n任务名称\n\n任务内容\n\n牵头部门\n\n配合部门\n\n时间节点\n\n"
            "1\n\n加强宣传\n\n开展垃圾分类进社区宣传。\n\n区绿化市容局\n\n各镇\n\n2025年\n\n"
            "附件2\n\n2025年各镇垃圾分类目标分解表\n\n镇\n\n目标任务\n\n"
            "青溪镇\n\n创建达标小区累计12个，湿垃圾分类量5吨/日。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    items = {(c.item.label if c.item else None) for c in seg.clauses}
    assert not any(label and "目标分解表" in label for label in items)
    assert not any(label and "工作指标" in label for label in items)
    target = [c for c in seg.clauses if c.text.startswith("创建达标小区累计12个")]
    assert [(c.kind, c.item, c.responsible_units) for c in target] == [(ClauseKind.OBLIGATION, None, ("青溪镇",))]
    assert [c.kind for c in seg.clauses if c.text == "议成员单位任务清单"] == [ClauseKind.NOISE]
    assert not any(c.kind is ClauseKind.OBLIGATION for c in seg.clauses if c.text in ("镇", "目标任务", "青溪镇"))


def test_layouts_units_a_sentence_names_deep_in_a_point_are_that_sentences():
    # …由A与B落实 in the body of a 1. point, past its first sentence: the units of that sentence, not
    # of the whole item and its other points (A与B: two names)
    text = ("一、推进全面覆盖\n（一）推进源头分类\n"
            "1.深入开展创建。开展达标街镇创建活动。一是加强居住区源头收集。二是加强单位分类宣传培训。"
            "机关等公共机构分类推进由区机管局与区绿化市容局落实。\n"
            "2.完善收运体系。建设中转站3座。\n")
    seg = comparer.segment(Document("d", text))
    units = {c.text: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["机关等公共机构分类推进由区机管局与区绿化市容局落实。"] == ("区机管局", "区绿化市容局")
    assert units["建设中转站3座。"] == ()
    assert units["开展达标街镇创建活动。"] == ()


def test_layouts_point_titles_with_stray_spaces_are_whole():
    # a PDF's stray spaces inside short point titles (2. 保障 合理用药。, 4 . 优化 转诊 服务 。): the
    # title runs to its 。; a title a space parts from its text stays apart (渔火音乐节 在…举办…。)
    text = ("（一）拓展服务内涵\n1. 提升服务能力 。基层医疗卫生机构要加强全科医生队伍建设。\n"
            "2. 保障 合理用药。基层医疗卫生机构要配备常用药品。\n3 . 开展 上门服务。各区要为行动不便的居民提供上门服务。\n"
            "4 . 优化 转诊 服务 。医联体牵头医院要预留号源。\n5. 建立健全激励机制 。 各区要完善激励机制。\n"
            "（二）渔火音乐节 在滨海公园举办音乐节。\n"
            "（三）加强组织领导 一要强化组织协调。区领导小组要定期研究。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    titles = [c.item.title for c in seg.clauses if c.kind is ClauseKind.HEADING and c.item]
    assert titles[1:5] == ["提升服务能力", "保障 合理用药", "开展 上门服务", "优化 转诊 服务"]
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks[:4] == ["基层医疗卫生机构要加强全科医生队伍建设。", "基层医疗卫生机构要配备常用药品。",
                         "各区要为行动不便的居民提供上门服务。", "医联体牵头医院要预留号源。"]
    assert "在滨海公园举办音乐节。" in tasks and "各区要完善激励机制。" in tasks
    assert "。" not in [c.text for c in seg.clauses]  # (a space before a title's 。 leaves it no clause)
    assert any(c.item and c.item.number == "一要" for c in seg.clauses)


def test_layouts_a_work_reports_sections_of_tasks_to_come_are_obligations():
    # a government work report: what was done last year, then this year's tasks, then a section of
    # the government's own work after them (its title names no plan, but it comes after one)
    text = ("2026年青岚县人民政府工作报告\n一、2025年工作回顾\n（一）经济稳中有进。全县地区生产总值增长5.5%。\n"
            "二、2026年主要任务\n（一）扩大有效投资。全年完成固定资产投资120亿元。\n"
            "三、全面加强政府自身建设\n（一）坚持依法行政。主动接受县人大及其常委会的法律监督。\n")
    seg = comparer.segment(Document("d", text))
    kinds = {c.text: c.kind for c in seg.clauses}
    assert kinds["全县地区生产总值增长5.5%。"] is ClauseKind.ACHIEVEMENT
    assert kinds["全年完成固定资产投资120亿元。"] is ClauseKind.OBLIGATION
    assert kinds["主动接受县人大及其常委会的法律监督。"] is ClauseKind.OBLIGATION


def test_layouts_text_after_the_signature_is_no_task_of_the_last_section():
    # the issuer's name and the date sign the text; a site's advert after them (a consultancy's
    # services and contacts) is no sentence of the last section, and the issuer's line no task
    text = ("一、申报时间\n申报单位网上申报截止时间为2025年8月21日。\n二、联系方式\n"
            "书面材料报送地址：青岚市科技信息大楼1楼业务受理窗口。\n\n青岚市科技局\n2025年8月14日\n\n"
            "青禾咨询-科技服务部为广大企业、高校提供项目申报等服务。\n联系方式：\n王先生 13700000000\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks == ["申报单位网上申报截止时间为2025年8月21日。", "书面材料报送地址：青岚市科技信息大楼1楼业务受理窗口。"]
    assert "青岚市科技局" in [text[sp.start:sp.end] for sp in seg.spans if sp.kind is SpanKind.SIGNATURE]


def test_layouts_units_of_a_later_sentence_in_a_run_in_item_are_that_sentences():
    # an item written on one line: the units its fourth sentence names by 由X会同Y are that sentence's,
    # not the item's other sentences'; places listed beside a zone's committee stand for their
    # governments (浦东新区、奉贤区和临港地区管委会: three, not 浦东新区和临港地区管委会)
    text = ("一、主要任务\n（十）整合临港地区现有各类专项资金。由市、浦东新区和奉贤区财力共同出资，成立统一的专项发展资金。"
            "专项发展资金由临港地区管委会统筹使用。专项发展资金管理办法由市财政局会同浦东新区、奉贤区和临港地区管委会制定。"
            "积极争取国家专项建设基金支持。\n")
    seg = comparer.segment(Document("d", text))
    units = {c.text: (c.lead_units, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["专项发展资金管理办法由市财政局会同浦东新区、奉贤区和临港地区管委会制定。"] == (
        ("市财政局",), ("浦东新区", "奉贤区", "临港地区管委会"))
    assert units["积极争取国家专项建设基金支持。"] == ((), ())
    assert units["由市、浦东新区和奉贤区财力共同出资，成立统一的专项发展资金。"] == ((), ())


def test_layouts_article_titles_are_sections():
    # 第一条 算力支持 on a line of its own titles the article; its （一） points are its items
    text = ("第一条 算力支持\n按算力使用费用的30%给予补贴。（责任单位：区工信局）\n第二条 人才支持\n"
            "（一）青年人才。给予最高5万元安家补贴。（责任单位：区人社局）\n"
            "第三条 本措施自发布之日起施行，由区工信局负责解释。\n")
    seg = comparer.segment(Document("d", text))
    heads = [(c.section and c.section.number, c.text) for c in seg.clauses if c.kind is ClauseKind.HEADING]
    assert heads[:3] == [("一", "算力支持"), ("二", "人才支持"), ("二", "青年人才。")]
    last = [c for c in seg.clauses if "本措施自发布之日起施行" in c.text]  # an article of text alone: no
    assert [c.kind for c in last] == [ClauseKind.OBLIGATION]  # title, no section of its own


@pytest.mark.parametrize("text", [
    "一、总则\n（一）加强领导。每年研究2次。\n牵头单位",  # a header's name the text ends with (found by the fuzz test)
    "工作任务工作要求牵头单位配合/责任单位",  # a glued header and nothing after it
    "工作任务工作要求牵头单位配合/责任单位一、",
    "重点任务 工作措施 牵头单位 参与单位 1.",
])
def test_layouts_header_names_at_the_text_end_are_read_without_error(text):
    assert_well_formed(comparer.segment(Document("d", text)))


def test_layouts_glued_header_is_a_header_not_a_task():
    text = "附件 任务分解表工作任务工作要求牵头单位配合/责任单位一、强化公开1.公开规划。通过网站发布。区发展改革局区直有关单位"
    seg = comparer.segment(Document("d", text))
    assert not any("单位" in c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION)
    row = next(c for c in seg.clauses if c.text == "通过网站发布。")
    assert (row.lead_units, row.responsible_units) == (("区发展改革局",), ("区直有关单位",))


def test_layouts_point_whose_title_opens_with_a_figure():
    # 11.121人才梯队项目。 after 10.: point 11 (bb17156 read 11.121 as a decimal, and points 11–15 of
    # a Guangzhou plan stayed under point 10); a figure that is an amount stays in its sentence
    text = ("一、科技创新人才行动计划\n（一）实施人才培养工程\n"
            "9.“百人计划”拓展项目。每年引进高层次人才10名。（牵头单位：市科技局）\n"
            "10.特聘岗位项目。设立50个特聘岗位。（牵头单位：市委组织部）\n"
            "11.121人才梯队项目。重点培养不少于10名院士后备人才。（牵头单位：市人社局）\n"
            "12.博士后培养项目。新设博士后工作站10个，资助经费\n11.5亿元由市财政安排。（牵头单位：市财政局）\n")
    seg = comparer.segment(Document("plan", text))
    items = {c.item.number: c.item.title for c in seg.clauses if c.item and c.item.parent}
    assert items == {"9": "“百人计划”拓展项目", "10": "特聘岗位项目", "11": "121人才梯队项目", "12": "博士后培养项目"}
    (lead,) = {c.lead_units for c in seg.clauses if "院士后备人才" in c.text}
    assert lead == ("市人社局",)


def test_layouts_comment_thread_under_a_notice_is_noise():
    # a notice page that carries its readers' comments after the body: none of them is a task
    text = ("关于开展行政执法案卷评查工作的通知\n各乡镇人民政府，县直各部门：\n"
            "一、自查自纠\n各单位要于5月10日前完成本单位案卷自查，形成自查报告。\n"
            "二、集中评查\n县司法局牵头组织集中评查，县直执法部门配合。\n特此通知。\n"
            "评论回复\n赵建国：请办公室核稿后印发 ［2019-04-02］\n钱敏：同意 ［2019-04-03］\n提交回复返回")
    seg = comparer.segment(Document("c", text))
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks == ["各单位要于5月10日前完成本单位案卷自查，形成自查报告。", "县司法局牵头组织集中评查，县直执法部门配合。"]
    noise = [c.text for c in seg.clauses if c.kind is ClauseKind.NOISE]
    assert "钱敏：同意 ［2019-04-03］" in noise and "提交回复返回" in noise
    assert not any("ends mid-sentence" in n for n in seg.notes)


def test_layouts_unit_subject_of_a_modal_sentence_is_responsible():
    # 职责分工 items whose subject is the unit that must act (X要…, X应当…), a general name too
    # (各有关单位); every level of government, a party the task regulates (被诉行政机关) and a word
    # that merely holds 应 (出庭应诉) name no unit
    text = ("二、职责分工\n（一）党群工作处要加强对宗教、群众性民俗传统活动的监管，及时反馈活动信息。\n"
            "（二）区旅游客运公司、岚通公司要负起企业主体职责，加强渡口值班值守。\n"
            "（三）区财政金融局应当保障专项整治工作经费。\n（四）各有关单位要高度重视，抓好落实。\n"
            "（五）各级政府要切实履行主体责任。\n（六）被诉行政机关应当在30日内报备。\n"
            "（七）规范行政机关出庭应诉工作。\n")
    got = _obligation_rows(text, lambda c: (c.text[:6], c.responsible_units))
    assert got == [("党群工作处要", ("党群工作处",)), ("区旅游客运公", ("区旅游客运公司", "岚通公司")),
                   ("区财政金融局", ("区财政金融局",)), ("各有关单位要", ("各有关单位",)), ("各级政府要切", ()),
                   ("被诉行政机关", ()), ("规范行政机关", ())]


def test_layouts_modal_subject_beside_adverbials_and_general_names():
    # the unit that must act, with a phrase of time or matter before or after it, an adverb before
    # 要, or a general name beside it (both kept); a body described by what it handles
    # (负责现场处置的公安机关) is that body; each of a kind of company in a list of units (各客运企业) is one
    text = ("三、工作措施\n（一）各派出所在汛期要加强对沿河村组的巡查，及时劝离危险区域人员。\n"
            "（二）专项行动期间，县卫生健康委要每周汇总工作进展。\n"
            "（三）县公安局对涉医违法犯罪案件要快侦快破。\n（四）县交通运输局还要督促客运企业落实安全责任。\n"
            "（五）县直各有关部门、各乡镇人民政府要制定具体实施方案。\n"
            "（六）案件发生后，负责现场处置的公安机关应当及时通报。\n"
            "（七）各部门、各客运企业要做好应急预案。\n")
    got = _obligation_rows(text, lambda c: c.responsible_units)
    assert got == [("各派出所",), ("县卫生健康委",), ("县公安局",), ("县交通运输局",), ("县直各有关部门", "各乡镇人民政府"),
                   ("公安机关",), ("各部门", "各客运企业")]


def test_layouts_unit_subject_before_its_verb_where_no_note_names_units():
    # a report's or plan's sentences whose subject is the unit doing the work, with no modal verb
    # (区营商办加强…, 扶贫办、民政局负责…, 各村积极配合…); a time, a preposition or a concept before the
    # verb (年内组织…, 围绕法治政府建设…) names none; where a note names the item's units, it says whose
    # the task is and the subjects add nothing (各街道全面排查…（责任单位：各街道办事处）)
    text = ("二、重点任务\n（一）区营商办加强统筹协调，跟踪督促各项改革举措落地。\n"
            "（二）县委组织部牵头抓好干部法治培训，全年培训两期。\n（三）各村积极配合做好入户摸底登记。\n"
            "（四）年内组织各级行政执法部门开展案卷评查。\n（五）围绕法治政府建设年度任务开展督查。\n"
            "（六）各街道全面排查辖区集贸市场，建立台账。（牵头单位：区商务局；责任单位：各街道办事处）\n")
    got = _obligation_rows(text, lambda c: (c.text[:4], c.lead_units, c.responsible_units))
    assert got == [("区营商办", (), ("区营商办",)), ("县委组织", ("县委组织部",), ()), ("各村积极", (), ("各村",)),
                   ("年内组织", (), ()), ("围绕法治", (), ()), ("各街道全", ("区商务局",), ("各街道办事处",))]


def test_layouts_units_after_you_that_do_the_task_without_a_verb_of_role():
    # 由X + how or when + the task's verb (由X按规定统一受理, 由A、B等相关单位以周为单位梳理…): X does it,
    # where no note names the item's units; 由于…, a phrase naming which work (由各街镇负责的点位) and a
    # choice (X或其所属部门) name none
    text = ("三、工作流程\n（一）申请材料齐全的，由区行政服务中心按相关规定统一受理。\n"
            "（二）由区文体旅游局、区融媒体中心、区文联等相关单位以月为单位梳理重点活动。\n"
            "（三）由于区财政局资金调度紧张，项目顺延。\n（四）加强对由各街镇负责的收运点位的巡查。\n")
    got = _obligation_rows(text, lambda c: (c.text[:4], c.responsible_units))
    assert got == [("申请材料", ("区行政服务中心",)), ("由区文体", ("区文体旅游局", "区融媒体中心", "区文联")),
                   ("由于区财", ()), ("加强对由", ())]


def test_layouts_unit_list_subject_ending_in_etc():
    # a list of units closed by 等部门 as the subject: before 分别牵头 (they lead), or alone before a
    # comma (区市场监管局、公安局等部门，依职责…); a unit doing the task 按照 its duties, or 承担 it
    text = ("三、主要任务\n（一）区交通局、区城管局等部门分别牵头规范收运体系。\n"
            "（二）区市场监管局、区公安局等部门，依职责在3个工作日内核查办结。\n"
            "（三）各业务科室按照各自职能开展日常检查。\n（四）各行政村承担本村环境整治主体责任。\n")
    got = _obligation_rows(text, lambda c: (c.text[:4], c.lead_units, c.responsible_units))
    assert got == [("区交通局", ("区交通局", "区城管局"), ()), ("区市场监", (), ("区市场监管局", "区公安局")),
                   ("各业务科", (), ("各业务科室",)), ("各行政村", (), ("各行政村",))]


def test_layouts_download_list_under_a_page_is_noise():
    # a portal page's 附件下载 list: the label on a line of its own with a file's name on each line
    # under it, or run into the last line of a one-line page with the names glued together
    lines = ("二、工作要求\n（一）各检验机构要按时报送检验报告。\n附件下载\n"
             "1-2025年电动自行车产品质量监督抽查实施细则.doc\n2-2025年儿童玩具产品质量监督抽查实施细则.PDF\n"
             "扫一扫在手机上查看当前页面\n")
    one_line = ("二、工作要求（一）各检验机构要按时报送检验报告。 来源：区市场监督管理局 附件下载 "
                "区电动自行车质量抽查方案。岚市监〔2025〕12号.pdf附件：抽查情况统计表.xlsx")
    for text in (lines, one_line):
        assert _obligation_rows(text, lambda c: c.text) == ["各检验机构要按时报送检验报告。"]


def test_layouts_points_announced_by_a_colon_and_titles_run_into_sub_points():
    # a one-line page: a sentence announces its list (按照以下标准…：1.…), each 1. title runs into its
    # （1） sub-points with no stop; a list of whom a task is about (以下对象：（1）…) stays in its sentence
    text = ("（二）审查标准。县直各单位要按照以下标准进行审查：1.市场准入标准（1）不得设置不合理的准入条件；"
            "（2）不得限定购买特定经营者的商品。2.要素流动标准（1）不得限制外地商品进入本地市场；"
            "（2）不得排斥外地经营者参加招标投标。（三）排查对象。各村要继续排查以下对象：（1）低保边缘家庭；"
            "（2）登记失业人员。")
    got = _obligation_rows(text, lambda c: (c.item.label, c.text))
    assert got == [
        ("二 审查标准", "县直各单位要按照以下标准进行审查："),
        ("二 审查标准 › 1 市场准入标准 › 1 不得设置不合理的准入条件", "不得设置不合理的准入条件；"),
        ("二 审查标准 › 1 市场准入标准 › 2 不得限定购买特定经营者的商品", "不得限定购买特定经营者的商品。"),
        ("二 审查标准 › 2 要素流动标准 › 1 不得限制外地商品进入本地市场", "不得限制外地商品进入本地市场；"),
        ("二 审查标准 › 2 要素流动标准 › 2 不得排斥外地经营者参加招标投标", "不得排斥外地经营者参加招标投标。"),
        ("三 排查对象", "各村要继续排查以下对象：（1）低保边缘家庭；"), ("三 排查对象", "（2）登记失业人员。")]


def test_layouts_item_title_run_into_the_unit_that_must_act():
    # a one-line page: an item's title runs into its first sentence with no stop or space, the
    # sentence opening with the unit it falls to; 由 before a unit, a conjunction and a unit title
    # written twice are no such end
    text = ("（一）建立健全公平竞争审查机制县直各单位应明确审查机构和审查程序。"
            "（二）严格落实审查制度县市场监管局在起草涉及市场主体的政策措施时，应当进行公平竞争审查。"
            "（三）城区小广告清除由县城市管理局负责，每月集中清理不少于2次。"
            "（四）乡镇卫生院和县疾控中心要做好信息系统改造工作。（五）检查时间辖区各派出所应在考试前一周开展检查。")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.item.title for c in seg.clauses if c.kind is ClauseKind.HEADING] == [
        "建立健全公平竞争审查机制", "严格落实审查制度", "检查时间"]
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks == ["县直各单位应明确审查机构和审查程序。", "县市场监管局在起草涉及市场主体的政策措施时，应当进行公平竞争审查。",
                     "城区小广告清除由县城市管理局负责，每月集中清理不少于2次。", "乡镇卫生院和县疾控中心要做好信息系统改造工作。",
                     "辖区各派出所应在考试前一周开展检查。"]


def test_layouts_tab_cell_table_ends_before_the_next_part():
    # a web page's table, each cell a tab-indented line (merged cells left empty), then the next
    # part of the notice and its signature: the last row must not take them in
    text = ("二、排查重点\n\t序号\n\t排查对象\n\t排查内容\n\t完成时限\n\t责任单位\n\n"
            "\t1\n\t低保边缘家庭\n\t是否及时纳入低保范围。\n\t9月底前\n\t县民政局、各乡镇人民政府\n\n"
            "\t2\n\t登记失业人员\n\t是否按规定发放临时救助金。\n\t\n\t\n\n"
            "三、工作要求\n（一）加强组织领导。各乡镇要明确分管领导，抓好排查工作。\n"
            "青山县民政局\n2021年6月10日")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    after = [c for c in seg.clauses if c.section and c.section.number == "三"]
    assert [(c.kind, c.item.title if c.item else None) for c in after][:3] == [
        (ClauseKind.HEADING, None), (ClauseKind.HEADING, "加强组织领导"), (ClauseKind.OBLIGATION, "加强组织领导")]
    row2 = [c for c in seg.clauses if c.item and c.item.number == "2"]
    assert row2 and all(c.deadline is None and "青山县民政局" not in c.responsible_units for c in row2)
    assert all("三、工作要求" not in c.text for c in row2)


def test_layouts_title_run_into_a_sentence_that_opens_with_its_basis_or_a_point():
    # a one-line page: titles glued to a sentence opening 根据…, 一是…, a date, or 充分/切实; a title
    # whose sentence already began (各村委会要充分发挥…) keeps it
    text = ("一、优化道路运输管理根据省交通运输厅的统一安排，推进大件运输许可联网办理。"
            "二、加快发展城乡配送一是科学规划配送网点。建设县乡村三级配送体系。二是创新农村配送方式。"
            "三、加强组织领导（一）档案管理混乱2024年4月10日，制定档案管理制度。"
            "（二）各村委会要充分发挥网格化管理作用。")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.section.title for c in seg.clauses if c.kind is ClauseKind.HEADING and c.item is None] == [
        "优化道路运输管理", "加快发展城乡配送", "加强组织领导"]
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks[:2] == ["根据省交通运输厅的统一安排，推进大件运输许可联网办理。", "建设县乡村三级配送体系。"]
    assert [c.item.label for c in seg.clauses if c.item and c.section.number == "二"][:1] == ["一是 科学规划配送网点"]
    assert "2024年4月10日，制定档案管理制度。" in tasks and "各村委会要充分发挥网格化管理作用。" in tasks


def test_layouts_portal_side_tabs_after_the_article_are_noise():
    # a portal page's tabs printed after the article's last sentence (政策文件, 文字解读 / 图片解读)
    text = ("五、工作要求\n（一）做好信息报送工作。各单位要于每月5日前报送工作进展。\n"
            "扫一扫在手机上查看当前页面\n政策文件\n相关链接\n文字解读\n图片解读")
    seg = comparer.segment(Document("t", text))
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks == ["各单位要于每月5日前报送工作进展。"]
    assert not any("ends mid-sentence" in n for n in seg.notes)


def test_layouts_part_title_glued_to_its_first_sentence_on_a_one_line_page():
    # a crawled page on one line: each part's title runs straight into its first sentence
    text = ("某片区电动自行车安全整治工作方案 一、工作目标严格落实电动自行车消防安全管理要求，全面排查停放充电隐患。"
            "二、整治时间和步骤2021年7月开始至2021年底，分三个阶段进行。三、重点任务分工（一）摸底排查。"
            "各村要于8月底前完成辖区摸底。四、工作要求各处室要加强协作，形成合力。")
    seg = comparer.segment(Document("p", text))
    sections = sorted({c.section.title for c in seg.clauses if c.section})
    assert sections == ["工作目标", "工作要求", "整治时间和步骤", "重点任务分工"]
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert "严格落实电动自行车消防安全管理要求，全面排查停放充电隐患。" in tasks
    assert "2021年7月开始至2021年底，分三个阶段进行。" in tasks
    assert "各处室要加强协作，形成合力。" in tasks


def test_layouts_points_run_in_after_a_unit_titled_item_and_its_colon():
    # （一）政法综治处:1.…2.…: an item titled by its unit, its points glued to the colon
    text = ("四、整治措施及分工（一）政法综治处:1.落实日常消防安全管理责任，开展摸排检查。2.配合做好宣传工作。"
            "（二）交通与建设处:1.督促物业服务企业加强防火检查。2.指导建设充电设施。")
    seg = comparer.segment(Document("p", text))
    labels = [c.item.label for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert [label.split(" › ")[-1][:1] for label in labels] == ["1", "2", "1", "2"]
    assert labels[0].startswith("一 政法综治处 › 1 落实日常消防安全管理责任")
    assert [c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION][2] == ("交通与建设处",)


def test_layouts_parts_titled_by_the_unit_whose_duties_they_list():
    # a 工作职责 list by kind of unit, on one line: 一、片区管理局片区管理局建立… (the title run into a
    # sentence that opens with the same name); the part's unit holds for its sentences
    text = ("来岚人员管理工作职责 一、片区管理局片区管理局建立卫生健康办公室，统筹卫生健康工作。"
            "协调派出所按要求落实防控工作。二、公安派出所及村委员会（一）做好信息核查。"
            "三、重点普法内容及责任部门（一）宣传宪法。")
    seg = comparer.segment(Document("q", text))
    assert sorted({c.section.title for c in seg.clauses if c.section}) == [
        "公安派出所及村委员会", "片区管理局", "重点普法内容及责任部门"]
    got = {c.text[:6]: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert got == {"片区管理局建": ("片区管理局",), "协调派出所按": ("片区管理局",),
                   "做好信息核查": ("公安派出所", "村委员会"), "宣传宪法。": ()}


def test_layouts_glued_task_table_lead_list_and_government_cell():
    # 工作任务牵头单位责任单位工作要求 run together on one line: the lead cell is a list (A、B、C) glued to the
    # responsible cell, and the responsible cell's last name, a government, is glued to the requirement
    text = ("工作任务牵头单位责任单位工作要求一、深化政务公开（一）推进决策公开1.完善重大决策预公开制度"
            "县司法局、县政务服务中心、县发展改革局县直有关单位，各乡镇人民政府对涉及群众切身利益的重大决策，"
            "要在决策前向社会公开征求意见。2.做好政策解读工作县委宣传部县直有关单位，各乡镇人民政府坚持"
            "政策文件与解读材料同步起草、同步审签、同步发布。")
    rows = _obligation_rows(text, lambda c: (c.item.number, c.lead_units, c.responsible_units, c.text[:4]))
    assert rows == [("1", ("县司法局", "县政务服务中心", "县发展改革局"), ("县直有关单位", "各乡镇人民政府"), "对涉及群"),
                    ("2", ("县委宣传部",), ("县直有关单位", "各乡镇人民政府"), "坚持政策")]


def test_layouts_parts_joined_by_a_semicolon_are_one_sentence():
    # a sentence is one obligation where the parts after its ；have no subject of their own: a unit's
    # list of duties (each part then gets the unit), targets by year, cases (对…的，…；对…的，…);
    # parts that open with a numbered point, a unit as subject or 各… stay apart
    text = ("三、职责分工\n（一）垃圾治理。县城管局负责规范生活垃圾收运；负责中转站选址；负责查处乱倒垃圾行为。\n"
            "（二）设施改造。利用三年时间分步完成改造，2024年完成40%；2025年完成80%；2026年全部完成。\n"
            "（三）整改销号。对整改到位的，及时销号；对逾期未整改的，依法予以处罚。\n"
            "（四）建立工作台账。一是摸清底数；二是逐户登记。\n"
            "（五）经费保障。县财政局负责保障工作经费；县审计局负责开展专项审计。\n"
            "（六）督促落实。县政府每年听取专题汇报不少于2次；各乡镇年底前报送工作总结。\n")
    got = _obligation_rows(text, lambda c: (c.text, c.responsible_units))
    assert got == [
        ("县城管局负责规范生活垃圾收运；负责中转站选址；负责查处乱倒垃圾行为。", ("县城管局",)),
        ("利用三年时间分步完成改造，2024年完成40%；2025年完成80%；2026年全部完成。", ()),
        ("对整改到位的，及时销号；对逾期未整改的，依法予以处罚。", ()),
        ("一是摸清底数；", ()), ("二是逐户登记。", ()),
        ("县财政局负责保障工作经费；", ("县财政局",)), ("县审计局负责开展专项审计。", ("县审计局",)),
        ("县政府每年听取专题汇报不少于2次；", ()), ("各乡镇年底前报送工作总结。", ())]


def test_layouts_a_chapters_number_alone_and_a_sentence_wrapped_before_a_section_number():
    # a web page's rules: 第二章 on a line of its own, its title on the next (a section, its title
    # the heading, not a sentence of the last article); a sentence wrapped just before 一、 (统⏎一、开
    # 放、⏎竞争…) is no section; a chapter titled by a kind of body (选用机构) names no unit
    text = ("某地电力市场监管办法\n第一章\n总则\n第一条\n为维护电力市场秩序，保障电力市场的统\n一、开放、\n"
            "竞争、有序，制定本办法。\n第二章\n选用机构\n第二条\n县能源局对电力市场成员实施监管。\n"
            "第三条\n市场成员应当遵守市场规则。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    rows = [(c.kind.value, c.section.label if c.section else None, c.text.replace("\n", ""), c.responsible_units)
            for c in seg.clauses if c.kind is not ClauseKind.TITLE]
    assert rows == [("heading", "第一章 总则", "总则", ()),
                    ("obligation", "第一章 总则", "为维护电力市场秩序，保障电力市场的统一、开放、竞争、有序，制定本办法。", ()),
                    ("heading", "第二章 选用机构", "选用机构", ()),
                    ("obligation", "第二章 选用机构", "县能源局对电力市场成员实施监管。", ("县能源局",)),
                    ("obligation", "第二章 选用机构", "市场成员应当遵守市场规则。", ())]


def test_layouts_a_table_flattened_one_cell_a_line_with_notes_under_its_names_and_grouped_numbers():
    # a web page's table copied one cell a line: header names with a note in brackets below (over
    # two lines), rows numbered within their group (1-1, 1-2, 2-3), a row whose merged cells were
    # dropped (1-2: no name, no subject), the content column named …内容, the units last
    text = ("某区市容行业信用修复标准\n序号\n事项名称\n信用主体\n主体类型\n(法人、\n自然人)\n处罚信息内容\n"
            "修复时间\n责任单位\n"
            "1-1\n对违法占用绿地行为的行政处罚\n绿地使用者\n法人/自然人\n占用绿地面积10平方米以下的。\n距处罚作出之日满三个月\n"
            "区绿化市容局、各街镇\n"
            "1-2\n占用绿地面积10平方米以上的。\n距处罚作出之日满六个月\n区绿化市容局、各街镇\n"
            "2-3\n对擅自砍伐树木行为的行政处罚\n砍伐者\n法人/自然人\n擅自砍伐树木5株以下的。\n距处罚作出之日满三个月\n"
            "区绿化市容局\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    rows = [(c.item.number, c.item.title, c.text, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert rows == [("1-1", "对违法占用绿地行为的行政处罚", "占用绿地面积10平方米以下的。", ("区绿化市容局", "各街镇")),
                    ("1-2", "占用绿地面积10平方米以上的", "占用绿地面积10平方米以上的。", ("区绿化市容局", "各街镇")),
                    ("2-3", "对擅自砍伐树木行为的行政处罚", "擅自砍伐树木5株以下的。", ("区绿化市容局",))]


def test_layouts_items_a_sentence_refers_to_are_no_items():
    # 前款第（一）、（二）项, 前款（一）、（三）项: the article's points a sentence refers to, not
    # points of a list of its own
    text = ("某某规定\n第一条 为规范管理，制定本规定。\n第二条 有下列情形之一的，应当从重处罚：\n（一）拒不改正的；\n"
            "（二）造成严重后果的。\n有前款第（一）、（二）项所列情形之一的，由县林业局处五千元以下罚款。\n"
            "第三条 前款（一）、（二）项，当事人有相反证据的除外。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    rows = [(c.item.label, c.text) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION][4:]
    assert rows == [("第二条 有下列情形之一的", "有前款第（一）、（二）项所列情形之一的，由县林业局处五千元以下罚款。"),
                    ("第三条 前款（一）、（二）项", "前款（一）、（二）项，当事人有相反证据的除外。")]


def test_layouts_a_guides_decimal_numbers_run_into_their_titles_and_text():
    # a guide numbered like a standard whose numbers run into their titles (4步道设计, 3.1生态优先) or
    # their text (1.1本导则…。); a section of principles whose rules say what should be done (…应…)
    text = ("某区步道建设导则\n1 总则\n1.1本导则适用于全区步道的规划建设和管理。\n1.2步道建设应符合国家和本市的有关规定。\n"
            "2 基本原则\n2.1生态优先\n步道建设应充分保护现有水系和林地。\n2.2安全规范\n步道仅供行人通行，不得与机动车道混行。\n"
            "3步道设计\n3.1 路面设计\n路面材料宜采用透水材料。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    rows = [(c.kind.value, c.section.label, c.item.label if c.item else None, c.text) for c in seg.clauses
            if c.kind is not ClauseKind.TITLE]
    assert rows == [
        ("heading", "1 总则", None, "总则"),
        ("obligation", "1 总则", "1.1 本导则适用于全区步道的规划建设和管理", "本导则适用于全区步道的规划建设和管理。"),
        ("obligation", "1 总则", "1.2 步道建设应符合国家和本市的有关规定", "步道建设应符合国家和本市的有关规定。"),
        ("heading", "2 基本原则", None, "基本原则"),
        ("heading", "2 基本原则", "2.1 生态优先", "生态优先"),
        ("obligation", "2 基本原则", "2.1 生态优先", "步道建设应充分保护现有水系和林地。"),
        ("heading", "2 基本原则", "2.2 安全规范", "安全规范"),
        ("obligation", "2 基本原则", "2.2 安全规范", "步道仅供行人通行，不得与机动车道混行。"),
        ("heading", "3 步道设计", None, "步道设计"),
        ("heading", "3 步道设计", "3.1 路面设计", "路面设计"),
        ("obligation", "3 步道设计", "3.1 路面设计", "路面材料宜采用透水材料。")]


def test_layouts_numerals_listed_before_a_grade_are_no_section():
    # 一、二级道路客运站 (grades one and two) at a line's start is the sentence's subject, no section 一
    text = ("某省道路运输条例\n第一章 总则\n第一条 为规范道路运输，制定本条例。\n第二条 道路客运站应当遵守下列规定：\n"
            "一、二级道路客运站应当安装安全检查设备。\n第三条 县交通运输局负责本县道路运输管理。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    got = [(c.section.label, c.item.number, c.text) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert got[2] == ("第一章 总则", "第二条", "一、二级道路客运站应当安装安全检查设备。")


def test_layouts_an_articles_parts_naming_their_own_bodies_are_one_rule():
    # in an article of rules the parts after a ；are one rule, though each names its body (a plan's
    # 县财政局负责…；县审计局负责… stays two tasks); the rule gets both bodies; numbered points stay apart
    text = ("某县行政执法监督规定\n第一条 为规范行政执法监督，制定本规定。\n"
            "第二条 县司法局对应当由有关部门处理的事项，移送有关部门处理；县应急管理局处理后，应当书面告知县司法局。\n"
            "第三条 有下列情形之一的，应当予以纠正：\n（一）越权执法的；\n（二）程序违法的。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    got = [(c.text, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION][1:]
    assert got == [("县司法局对应当由有关部门处理的事项，移送有关部门处理；县应急管理局处理后，应当书面告知县司法局。",
                     ("县司法局", "县应急管理局")),
                   ("有下列情形之一的，应当予以纠正：", ()), ("越权执法的；", ()), ("程序违法的。", ())]


def test_layouts_parts_that_go_on_or_rule_a_case_stay_in_their_sentence():
    # a part after a ；that goes on with the same subject (也可以…, 还…) or rules a case (…的，由X…)
    # is the same sentence, though it names a body after 由; the sentence gets the body
    text = ("某县行政事务办理规定\n第一条 为规范行政事务办理，制定本规定。\n"
            "第二条 申请人书写申请书确有困难的，可以委托他人代书；也可以口头申请，由县司法局按规定受理。\n"
            "第三条 经营者不得损害消费者合法权益；违反规定的，由县市场监管局责令改正。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    got = [(c.text, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert got[1:] == [("申请人书写申请书确有困难的，可以委托他人代书；也可以口头申请，由县司法局按规定受理。", ("县司法局",)),
                   ("经营者不得损害消费者合法权益；违反规定的，由县市场监管局责令改正。", ("县市场监管局",))]


def test_layouts_point_title_is_its_first_part_before_a_semicolon():
    # a 1、 point whose sentence runs on after its ；: the point's title is its first part
    text = ("二、工作职责\n（一）乡镇网格\n1、负责指导村级网格的建立和运行；配合上级网格排查环境安全隐患，及时报送监管信息。\n"
            "2、负责整合本级执法力量。\n")
    seg = comparer.segment(Document("d", text))
    titles = [c.item.title for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert titles == ["负责指导村级网格的建立和运行", "负责整合本级执法力量"]  # (less its ；)


def test_layouts_points_of_tasks_ending_in_a_semicolon_are_sub_items():
    # 一是…；二是…；三是…。 inside an item: each point a task and a sub-item; points that list cases
    # (一是…的；二是…的；) are not, nor are points in a section's own text
    text = ("一、重点任务\n（一）严厉打击走私。一是严厉打击洋垃圾走私；二是严厉打击濒危物种走私；三是严厉打击成品油走私。\n"
            "（二）依法查处噪声扰民。一是在居民区夜间施工的；二是使用高音喇叭招揽顾客的。\n")
    got = _obligation_rows(text, lambda c: (c.text[:4], c.item.label))
    assert got == [("一是严厉", "一 严厉打击走私 › 一是 严厉打击洋垃圾走私"),
                   ("二是严厉", "一 严厉打击走私 › 二是 严厉打击濒危物种走私"),
                   ("三是严厉", "一 严厉打击走私 › 三是 严厉打击成品油走私"),
                   ("一是在居", "二 依法查处噪声扰民"), ("二是使用", "二 依法查处噪声扰民")]


def test_layouts_item_title_that_states_a_task_is_an_obligation_too():
    # an item whose first sentence is a long task sentence with a comma (or binds: 不得, 必须) and
    # more sentences after it: that sentence is an obligation as well as the item's title; a short
    # title sentence (（二）规范执法行为，提升执法质量。) stays a heading
    text = ("二、重点任务\n（一）深入开展民法典学习宣传教育活动，加强与群众生产生活密切相关的法律法规的学习宣传。"
            "组织开展民法典主题宣传月活动。\n"
            "（二）规范执法行为，提升执法质量。全年开展执法案卷评查不少于2次。\n"
            "（三）严格公正文明执法，不得选择性执法。推行执法全过程记录制度。\n")
    seg = comparer.segment(Document("d", text))
    got = [(c.kind.value, c.text[:6], c.item.title[:6]) for c in seg.clauses if c.item is not None]
    assert got == [("obligation", "深入开展民法", "深入开展民法"), ("obligation", "组织开展民法", "深入开展民法"),
                   ("heading", "规范执法行为", "规范执法行为"), ("obligation", "全年开展执法", "规范执法行为"),
                   ("obligation", "严格公正文明", "严格公正文明"), ("obligation", "推行执法全过", "严格公正文明")]


def test_layouts_points_of_long_sentences_ending_in_a_semicolon_are_sub_items():
    # 1./2. points under an item whose sentences end in ；but are long task sentences with a comma
    # (what to check): sub-items; short points ending in ；(cases to list), and points under a title
    # that announces a list (有下列情形之一的…), stay an enumeration
    text = ("三、检查内容\n（一）经营行为\n1.检查农贸市场、商场超市等经营主体是否存在销售过期食品的行为，是否建立进货查验记录制度；\n"
            "2.检查餐饮服务单位是否存在使用无证原料的行为，是否落实从业人员健康管理制度；\n"
            "（二）从严处罚情形\n1.拒不配合检查的；\n2.一年内再次违法的。\n"
            "（三）有下列情形之一的依法从重处罚\n1.拒不配合检查，隐匿证据的；\n2.一年内再次违法，造成严重后果的。\n")
    got = _obligation_rows(text, lambda c: (c.text[:4], c.item.label[:12]))
    assert got == [("检查农贸", "一 经营行为 › 1 检"), ("检查餐饮", "一 经营行为 › 2 检"),
                   ("拒不配合", "二 从严处罚情形"), ("一年内再", "二 从严处罚情形"),
                   ("拒不配合", "三 有下列情形之一的依法"), ("一年内再", "三 有下列情形之一的依法")]


def test_layouts_unit_label_before_a_duty_verb_names_the_items_unit():
    # （1）农业农村处：负责… under a section that is not titled as duties (the duties announced by a
    # sentence, 各成员单位工作职责如下：): the label is the item's unit; so for 1. points of an item
    text = ("二、加强组织领导\n各成员单位工作职责如下：\n（1）农业农村处：负责拟订年度渔业安全生产工作计划。\n"
            "（2）市场监管局平北分局：依职责负责水产品流通环节的执法监管。\n"
            "三、强化保障\n（一）落实经费\n1.财政金融处：负责保障专项工作经费。\n2.党政办公室：配合做好经费使用监督。\n")
    got = _obligation_rows(text, lambda c: (c.text[:4], c.responsible_units))
    assert got == [("负责拟订", ("农业农村处",)), ("依职责负", ("市场监管局平北分局",)),
                   ("负责保障", ("财政金融处",)), ("配合做好", ("党政办公室",))]


def test_layouts_one_line_table_with_group_and_leader_columns():
    # a crawled page's task table on one line, its cells separated by spaces: a 类别 cell written
    # on its group's first row only (broken by a space: 城乡 建设类), the deadline before the unit
    # columns, leaders' names (责任领导) after them, and a 1.-2. list inside a row's cell
    text = ("附件 序号 类别 工作内容 工作要求 完成时限 牵头部门 配合部门 责任领导 "
            "1 城乡 建设类 农村公路提升 1.完成县乡道路面改造20公里； 2.新增港湾式停靠站8个 2025年10月31日前 "
            "区交通运输局 区财政局、各乡镇 王建平 李明 2 老旧小区改造 完成改造小区12个 2025年12月31日前 "
            "区住建局 / 王建平 3 民生 保障类 新增托育机构 新增普惠托位300个 2025年11月30日前 区卫健局 "
            "区教育局 区民政局 赵红 孙立\n")
    got = _obligation_rows(text, lambda c: (c.item.label, c.lead_units, c.responsible_units, c.deadline))
    assert got == [
        ("1 农村公路提升", ("区交通运输局",), ("区财政局", "各乡镇"), "2025年10月31日前"),
        ("1 农村公路提升", ("区交通运输局",), ("区财政局", "各乡镇"), "2025年10月31日前"),
        ("2 老旧小区改造", ("区住建局",), (), "2025年12月31日前"),
        ("3 新增托育机构", ("区卫健局",), ("区教育局", "区民政局"), "2025年11月30日前")]


def test_layouts_subject_listing_units_of_several_kinds():
    # a sentence's subject that lists units of several kinds, some without a unit's ending: each of
    # a kind (各网格、各物业企业), the townships, the ones concerned, joined by 、 or 和; not people
    # (各包片干部) and not a list of work (各项工作); a short sentence whose subject names units is no
    # wrapped line of the item's title above it
    text = ("三、工作措施\n（一）全面排查\n各网格、社区工作站和各小区物业企业要对辖区内出租房屋开展全面排查。\n"
            "（二）宣传引导\n有关街道和乡镇要加强政策宣传。\n"
            "（三）包片联系\n各包片干部、各村负责人要每周走访，不少于1次。\n"
            "（四）统筹推进\n各项工作和各村要统筹推进，按月调度。\n")
    got = _obligation_rows(text, lambda c: (c.text[:4], c.responsible_units))
    assert got == [("各网格、", ("各网格", "社区工作站", "各小区物业企业")), ("有关街道", ("有关街道", "乡镇")),
                   ("各包片干", ()), ("各项工作", ())]


def test_layouts_title_of_short_phrases_run_into_its_text_by_a_space():
    # a page kept on one line: an item title of two short phrases joined by a comma, then a space,
    # then its text; a space after a part that ends mid-phrase (…强烈的 突出问题) is a wrapped line
    text = ("四、工作要求 （一）统一思想，协调行动 各街道、各有关部门要高度重视，认真组织好防汛各项工作。"
            "（二）严格规范公正文明执法，对群众反映强烈的 突出问题开展专项整治。")
    got = _obligation_rows(text, lambda c: (c.item.title, c.text[:6]))
    assert got == [("统一思想，协调行动", "各街道、各有"),
                   ("严格规范公正文明执法，对群众反映强烈的 突出问题开展专项整治", "严格规范公正")]


def test_layouts_rectification_report_point_titled_by_its_problem():
    # a rectification report kept on one line: each point is titled by the problem the inspectors
    # named, in quotation marks, its text run on after it with no stop (…”问题一是…); the problem
    # is the point's title and heading, the text its clauses (its 一是 points a third level)
    text = ("二、整改落实情况 （一）作风建设方面 1.关于“窗口服务态度生硬”问题一是开展窗口人员服务礼仪培训2次；"
            "二是建立群众满意度回访制度，每月回访不少于50人次。2.针对“办事流程不透明”的问题制定并公开办事指南36项。\n")
    seg = comparer.segment(Document("d", text))
    got = [(c.kind.value, c.item.root is not c.item.parent and c.item.parent.title or c.item.title, c.text[:6])
           for c in seg.clauses if c.item and c.item.parent]
    assert got == [("heading", "关于“窗口服务态度生硬”问题", "关于“窗口服"),
                   ("obligation", "关于“窗口服务态度生硬”问题", "一是开展窗口"),
                   ("obligation", "关于“窗口服务态度生硬”问题", "二是建立群众"),
                   ("heading", "针对“办事流程不透明”的问题", "针对“办事流"),
                   ("obligation", "针对“办事流程不透明”的问题", "制定并公开办")]
    points = [c.item.label for c in seg.clauses if c.text.startswith(("一是", "二是"))]
    assert points == ["一 作风建设方面 › 1 关于“窗口服务态度生硬”问题 › 一是 开展窗口人员服务礼仪培训2次",
                      "一 作风建设方面 › 1 关于“窗口服务态度生硬”问题 › 二是 建立群众满意度回访制度，每月回访不少于50人次"]


def test_layouts_report_named_a_notice_and_plan_with_main_measures():
    # a report titled …情况的通报 says what was done (achievement); a plan whose section is titled
    # 主要举措 states tasks (obligation), as its other sections do
    report = ("中共某县司法局党组关于巡察整改情况的通报\n一、整改工作开展情况\n"
              "局党组召开专题会议3次，制定整改措施42条，已完成40条。\n")
    plan = ("某县环境保护督察反馈问题整改方案\n一、整改目标\n全年空气优良天数比例达到95%以上。\n"
            "二、主要举措\n（一）强化责任落实\n建立整改工作台账，实行销号管理。\n")
    kinds = [[c.kind.value for c in comparer.segment(Document("d", t)).clauses
              if c.kind.value in ("obligation", "achievement")] for t in (report, plan)]
    assert kinds == [["achievement"], ["obligation", "obligation"]]


def test_layouts_table_without_number_column_numbers_tasks_in_their_cell():
    # a task table with no 序号 column: its section rows (一、…) and its tasks (1.…) carry their
    # numbers in the task cell; they are the table's sections and items, numbered as written
    text = ("附件\n重点任务分工表\n| 重点任务 | 具体措施 | 牵头单位 | 参与单位 |\n| 一、调整产业结构 | | | |\n"
            "| 1.优化产业布局 | 严格执行产业准入清单，年底前完成重点行业布局调整。 | 区经发局 | 区资源生态局 |\n"
            "| 2.推进落后产能退出 | 依法关停落后产能企业3家。 | 区经发局 | 区执法局 |\n| 二、调整能源结构 | | | |\n"
            "| 3.加快天然气利用 | 新建天然气管网20公里。 | 区交建局 | 区城投集团 |\n")
    got = _obligation_rows(text, lambda c: (c.section.label, c.item.label, c.lead_units))
    assert got == [("一 调整产业结构", "1 优化产业布局", ("区经发局",)),
                   ("一 调整产业结构", "2 推进落后产能退出", ("区经发局",)),
                   ("二 调整能源结构", "3 加快天然气利用", ("区交建局",))]


def test_layouts_point_title_run_into_its_text_by_a_space():
    # a plan kept on one line: each point's title, then a space, then its first sentence (a date
    # or a task); the title is the point's heading, as if a full stop ended it, and the sentence
    # is whole; a space inside the text after a titled point (…至2021 年 3 月…) is no title's end,
    # nor one before a stray stop (…机制 。) or a bare label (整改进展：)
    text = ("二、主要任务 （一）加强水源保护 1.开展水源地环境调查 2021年6月底前，完成全县饮用水水源地环境状况调查。"
            "责任单位：县生态环境局牵头，县水利局参与 2.建立水质监测体系 每季度开展一次水质监测。责任单位：县水利局负责 "
            "3.清理排污口。全面排查2020年1月至2021 年 3 月期间新设的入河排污口。4.完善应急处置机制 。制定应急预案。"
            "5.关于“巡查不到位”问题 整改进展：\n一是建立巡查台账。\n")
    seg = comparer.segment(Document("d", text))
    got = [(c.kind.value, c.item.title, c.text, c.lead_units) for c in seg.clauses if c.item and c.item.parent]
    assert got == [
        ("heading", "开展水源地环境调查", "开展水源地环境调查", ("县生态环境局",)),
        ("obligation", "开展水源地环境调查", "2021年6月底前，完成全县饮用水水源地环境状况调查。", ("县生态环境局",)),
        ("heading", "建立水质监测体系", "建立水质监测体系", ()),
        ("obligation", "建立水质监测体系", "每季度开展一次水质监测。", ()),
        ("heading", "清理排污口", "清理排污口。", ()),
        ("obligation", "清理排污口", "全面排查2020年1月至2021 年 3 月期间新设的入河排污口。", ()),
        ("heading", "完善应急处置机制", "完善应急处置机制 。", ()),
        ("obligation", "完善应急处置机制", "制定应急预案。", ()),
        ("heading", "关于“巡查不到位”问题 整改进展", "关于“巡查不到位”问题 整改进展：", ()),
        ("obligation", "建立巡查台账", "一是建立巡查台账。", ())]  # (a point of its own under 5.)


def test_layouts_units_doing_a_task_by_verbs_of_handling_or_after_a_time():
    # units named after 由 before a verb of handling (初审, 处置, 安排) or one that organises others
    # (区安委办组织成员单位…: 区安委办, not a name running on), a unit subject that sets up a
    # service (设立), and a subject after a time with no comma (春节期间各街道要…) are the task's
    text = ("三、工作措施\n（一）材料审核\n申请材料由各分局初审，符合条件的报局信用监管科。\n"
            "（二）收缴处置\n收缴的违禁物品由公安部门统一处置。\n"
            "（三）联合检查\n由区安委办组织成员单位开展联合检查，每季度不少于1次。\n"
            "（四）投诉受理\n区市场监管局设立投诉举报电话，及时处理群众诉求。\n"
            "（五）值班值守\n春节期间各街道要落实24小时值班制度。\n")
    got = _obligation_rows(text, lambda c: c.responsible_units)
    assert got == [("各分局",), ("公安部门",), ("区安委办",), ("区市场监管局",), ("各街道",)]


@pytest.mark.parametrize("sep", ["\n", " "])
def test_layouts_rules_in_chapters_and_articles(sep):
    # rules (实施细则) in chapters, on lines or kept on one line: each chapter is a section, each
    # article (第五条, untitled) an item of it, titled by its first words; an article's （一）（二）
    # are its points; a reference to an article (依照本细则第三条) is no article
    text = sep.join(["某县校舍安全管理实施细则", "第一章 总则", "第一条 为加强校舍安全管理，制定本细则。",
                     "第二条 县教育局负责全县校舍安全管理工作。", "第二章 管理职责",
                     "第三条 学校应当每学期开展一次校舍安全排查，依照本细则第二条报送结果。",
                     "第四条 县住建局应当履行下列职责：", "（一）指导校舍加固工程设计，每年组织培训不少于1次。",
                     "（二）加强施工质量监督，发现问题及时督促整改。"]) + "\n"
    seg = comparer.segment(Document("d", text))
    got = [(c.section.label, c.item.label) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert got == [("第一章 总则", "第一条 为加强校舍安全管理"),
                   ("第一章 总则", "第二条 县教育局负责全县校舍安全管理工作"),
                   ("第二章 管理职责", "第三条 学校应当每学期开展一次校舍安全排查"),
                   ("第二章 管理职责", "第四条 县住建局应当履行下列职责"),
                   ("第二章 管理职责", "第四条 县住建局应当履行下列职责 › 一 指导校舍加固工程设计，每年组织培训不少于1次"),
                   ("第二章 管理职责", "第四条 县住建局应当履行下列职责 › 二 加强施工质量监督，发现问题及时督促整改")]
    units = {c.text[:4]: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert (units["县教育局"], units["学校应当"], units["县住建局"]) == (("县教育局",), ("学校",), ("县住建局",))


def test_layouts_lead_column_cell_saying_each_leads_its_part():
    # a task table whose 牵头单位 cell names two units that each lead their part (按职责分工负责):
    # both lead; a cell that names roles by verb (A牵头，B配合) still gives them
    text = ("附件\n重点任务分工表\n| 序号 | 重点任务 | 牵头单位 | 参与单位 |\n"
            "| 1 | 严格执行产业准入清单，年底前完成重点行业布局调整。 | 区经发局、区环土局按职责分工负责 | 区资源生态局 |\n"
            "| 2 | 依法关停落后产能企业3家。 | 区经发局牵头，区执法局配合 | 各乡镇 |\n")
    got = _obligation_rows(text, lambda c: (c.lead_units, c.responsible_units))
    assert got == [(("区经发局", "区环土局"), ("区资源生态局",)), (("区经发局",), ("区执法局", "各乡镇"))]


def test_layouts_annual_rule_of_law_report_and_rectification_progress_report():
    # an annual 法治政府建设情况 (the report every government publishes) says what was done, as
    # does a text whose section reports rectification progress (二、集中整改期内巡察整改进展情况)
    annual = ("某县2024年度法治政府建设情况\n2024年，我县深入推进法治政府建设。\n一、强化组织领导\n"
              "（一）加强理论学习。全年召开理论学习中心组学习会12次。\n")
    progress = ("平潭某片区\n现将巡察整改情况予以公布。\n一、集中整改期内巡察整改进展情况\n"
                "（一）贯彻落实上级决策部署方面\n1.学习贯彻不够深入。已完成。制定学习计划，开展专题学习6次。\n")
    kinds = [{c.kind.value for c in comparer.segment(Document("d", t)).clauses
              if c.kind.value in ("obligation", "achievement")} for t in (annual, progress)]
    assert kinds == [{"achievement"}, {"achievement"}]


def test_layouts_heading_words_that_end_like_a_unit_name_are_no_unit():
    # section titles whose last character ends unit names (署, 位, 组) but which name a deployment,
    # a shortfall or a task (着眼全局周密部署, 审计反馈问题整改不到位, 成立领导小组) give their
    # clauses no unit; a section titled by a unit (二、区应急管理局) still does
    text = ("一、着眼全局周密部署\n强化统筹布局，制定年度工作计划。\n二、审计反馈问题整改不到位\n建立整改台账，实行销号管理。\n"
            "三、成立领导小组\n组长由分管领导担任。\n四、区应急管理局\n负责森林火灾应急处置。\n")
    got = _obligation_rows(text, lambda c: c.responsible_units)
    assert got == [(), (), (), ("区应急管理局",)]


def test_layouts_inspection_report_groups_run_into_their_problems_numbered_on():
    # a rectification progress report kept on one line: each （一） group of problems (…方面, a long
    # title) runs into its first numbered problem with no stop, and the problems' own （1） points
    # are numbered on through the whole report (（3） under problem 2., （5） under group （二）);
    # each problem is an item's point, each （n） a sub-item of its problem
    text = ("二、集中整改期内巡察整改进展情况（一）贯彻落实党的路线方针政策和上级党委决策部署及工作要求方面"
            "1.学习贯彻上级精神不够深入整改情况：已完成。制定年度学习计划。（1）理论学习流于形式整改情况：已完成。"
            "开展专题研讨6场次。（2）学用结合不紧整改情况：已完成。形成调研报告3篇。2.推动乡村振兴不够有力整改情况：已完成。"
            "统筹推进乡村振兴项目。（3）项目效益不高整改情况：已完成。盘活闲置资产12处。（4）产业培育不足整改情况：基本完成。"
            "引进农业企业2家。（二）群众身边不正之风方面3.落实八项规定精神不严整改情况：已完成。开展专项检查4次。"
            "（5）公务接待不规范整改情况：已完成。修订接待管理办法。\n")
    seg = comparer.segment(Document("d", text))
    got = [(c.item.label, c.text[:4]) for c in seg.clauses if c.kind is ClauseKind.ACHIEVEMENT and c.text[0] != "已"]
    group1, group2 = "一 贯彻落实党的路线方针政策和上级党委决策部署及工作要求方面", "二 群众身边不正之风方面"
    p1, p2, p3 = (f"{group1} › 1 学习贯彻上级精神不够深入整改情况", f"{group1} › 2 推动乡村振兴不够有力整改情况",
                  f"{group2} › 3 落实八项规定精神不严整改情况")
    assert [label for label, _ in got] == [
        p1, p1, p1 + " › 1 理论学习流于形式整改情况", p1 + " › 1 理论学习流于形式整改情况",
        p1 + " › 2 学用结合不紧整改情况", p1 + " › 2 学用结合不紧整改情况", p2, p2,
        p2 + " › 3 项目效益不高整改情况", p2 + " › 3 项目效益不高整改情况",
        p2 + " › 4 产业培育不足整改情况", p2 + " › 4 产业培育不足整改情况", p3, p3,
        p3 + " › 5 公务接待不规范整改情况", p3 + " › 5 公务接待不规范整改情况"]


def test_layouts_unit_subjects_listed_with_etc_calling_others_or_after_a_time():
    # subjects that list units and close the list with 等 (…等有关部门要, …等处室要, …等要), list
    # villages of the area (片区各行政村, 行政村), join two units by 和 before 属地…, follow a
    # phrase of time (…事项后，X要…) or call others in for the task (召集A、B等部门…) are the task's
    text = ("三、工作措施\n（一）加强宣传\n综合执法处、社会事务处等处室要结合业务工作开展宣传。\n"
            "（二）组织督导\n区纪检监察组、党群工作部等要组织开展督导。\n"
            "（三）排查隐患\n片区各行政村、各有关单位要开展隐患排查。\n"
            "（四）渡口管理\n渡口由边防派出所和属地村委会负责管理。\n"
            "（五）预先协调\n项目单位提交申请事项后，属地镇要根据申请事项，召集县交通运输局、自然资源局等部门召开协调会。\n")
    got = _obligation_rows(text, lambda c: c.responsible_units)
    assert got == [("综合执法处", "社会事务处"), ("区纪检监察组", "区党群工作部"), ("片区各行政村", "各有关单位"),
                   ("边防派出所", "属地村委会"), ("属地镇", "县交通运输局", "县自然资源局")]


def test_layouts_unit_line_keyed_by_offices_and_units():
    # a unit line keyed 责任处室、单位 (offices and the units outside) is a unit line like 责任单位；
    # a 市管处 (市场管理处) names no city, so the next office does not take 市 from it
    text = ("三、工作内容\n（一）压实防汛责任\n建立健全防汛责任体系，明确各岗位职责。\n"
            "责任处室、单位：景管处、市管处、体育处、区文旅服务中心，各旅游经营单位\n"
            "（二）开展防汛演练\n组织开展防汛应急演练不少于2次。\n责任处室/单位：办公室、区文旅服务中心\n")
    seg = comparer.segment(Document("d", text))
    got = [(c.kind.value, c.responsible_units) for c in seg.clauses if c.item and c.kind is not ClauseKind.HEADING]
    assert got == [("obligation", ("景管处", "市管处", "体育处", "区文旅服务中心", "各旅游经营单位")),
                   ("obligation", ("办公室", "区文旅服务中心"))]


def test_layouts_an_articles_duties_lead_in_gives_its_body_to_the_duties():
    # X是…主管部门，主要履行以下职责： (departments named by their fields) and …。主要履行以下职责： (the
    # article's subject before it): the body of each duty listed below
    text = ("某省示范中职学校建设计划项目管理办法\n第一章 总则\n第一条 为规范项目管理，制定本办法。\n第二章 管理职责\n"
            "第二条 省教育厅负责制定项目建设的总体规划。主要履行以下职责：\n（一）制定项目管理办法；\n（二）组织项目评审。\n"
            "第三条 市（州）教育、人力资源和社会保障、财政部门是项目实施的行政主管部门，主要履行以下职责：\n"
            "（一）审核项目申报材料；\n（二）监督项目实施。\n")
    got = {c.text: c.responsible_units for c in comparer.segment(Document("d", text)).clauses}
    assert got["组织项目评审。"] == ("省教育厅",)
    assert got["审核项目申报材料；"] == got["监督项目实施。"] == ("教育", "人力资源和社会保障", "财政部门")


@pytest.mark.parametrize("lead_in", ["县住建局应当履行下列职责：", "县住建局依照本细则履行下列职责："])
def test_layouts_article_lead_in_gives_its_unit_to_the_points_it_announces(lead_in):
    # an article whose lead-in names its unit and announces its duties (X应当履行下列职责：, with
    # or without a modal verb) gives that unit to its （一）（二） points; a point naming its own
    # unit keeps it, and the next article names its own
    text = "\n".join(["某县校舍安全管理实施细则", "第一章 总则", "第一条 为加强校舍安全管理，制定本细则。",
                      f"第二条 {lead_in}", "（一）指导校舍加固工程设计，每年组织培训不少于1次。",
                      "（二）学校应当加强施工质量监督，发现问题及时督促整改。", "（三）定期通报排查结果。",
                      "第三条 县教育局负责校舍安全管理。"]) + "\n"
    got = _obligation_rows(text, lambda c: c.responsible_units)
    assert got == [(), ("县住建局",), ("县住建局",), ("学校",), ("县住建局",), ("县教育局",)]


@pytest.mark.parametrize(("title", "kind"), [
    ("某县2024年度法治政府建设情况", "工作报告"),  # the annual report every government publishes
    ("中共某镇委员会关于巡察整改进展情况的通报", "工作报告"),
    ("某县生态环境保护督察反馈问题整改方案", "实施方案"),
    ("某县2023年秸秆禁烧行动计划", "工作计划"),
])
def test_layouts_kind_of_reports_and_plans_from_their_title(title, kind):
    meta = infer_meta(f"{title}\n一、总体情况\n全年召开专题会议4次。\n")
    assert (meta["title"], meta["kind"]) == (title, kind)


def test_layouts_report_plans_section_title_run_into_next_steps():
    # a report's last section, its title run into its first sentence with no stop: the sentence
    # opens with 下一步， (what is planned next), which no title holds before a comma
    text = ("某局关于巡察整改进展情况的通报\n一、整改工作开展情况\n局党组召开专题会议3次。\n"
            "二、下一步工作打算下一步，局党组将持续巩固整改成果，建立长效机制。\n三、明确下一步工作重点\n全面梳理问题清单。\n")
    seg = comparer.segment(Document("d", text))
    assert [c.section.title for c in seg.clauses if c.kind is ClauseKind.HEADING] == [
        "整改工作开展情况", "下一步工作打算", "明确下一步工作重点"]
    assert any(c.text == "下一步，局党组将持续巩固整改成果，建立长效机制。" for c in seg.clauses)


def test_layouts_inspection_report_problems_labelled_and_what_was_done():
    # a rectification report kept on one line: its section on the progress of the problems the
    # inspectors named (…问题的整改情况) says what was done (achievement), each （n） point opens
    # with the problem after its label (存在问题：…, the point's title, a problem), a group titled
    # …情况 runs into its first problem and a problem's title into its first point (numbered on);
    # its section on what is still to be done (需要进一步整改的事项及措施) states tasks
    text = ("某局党组关于巡察整改进展情况的通报\n一、组织整改工作开展情况\n局党组召开专题会议3次。\n"
            "二、巡察反馈问题的整改情况（一）聚焦贯彻落实上级决策部署情况1.理论学习不够深入（1）存在问题：执行学习制度不够严格。"
            "整改情况：已完成。制定学习计划，开展专题学习6次。（2）存在问题：学用结合不紧。整改情况：已完成。形成调研报告3篇。"
            "2.审批改革有短板（3）存在问题：审批流程有待优化。整改情况：基本完成。压减审批时限30%。\n"
            "三、需要进一步整改的事项及措施\n持续巩固整改成果，建立长效机制。\n")
    seg = comparer.segment(Document("d", text))
    got = [(c.kind.value, c.item.label.split(" › ", 1)[1] if c.item and c.item.parent else "-", c.text[:6])
           for c in seg.clauses if c.kind.value in ("achievement", "problem", "obligation")]
    p1, p2 = "1 理论学习不够深入", "2 审批改革有短板"
    assert got == [("achievement", "-", "局党组召开专"),
                   ("problem", p1 + " › 1 执行学习制度不够严格", "存在问题：执"), ("achievement", p1 + " › 1 执行学习制度不够严格", "整改情况：已"),
                   ("achievement", p1 + " › 1 执行学习制度不够严格", "制定学习计划"),
                   ("problem", p1 + " › 2 学用结合不紧", "存在问题：学"), ("achievement", p1 + " › 2 学用结合不紧", "整改情况：已"),
                   ("achievement", p1 + " › 2 学用结合不紧", "形成调研报告"),
                   ("problem", p2 + " › 3 审批流程有待优化", "存在问题：审"), ("achievement", p2 + " › 3 审批流程有待优化", "整改情况：基"),
                   ("achievement", p2 + " › 3 审批流程有待优化", "压减审批时限"),
                   ("obligation", "-", "持续巩固整改")]


def test_layouts_plan_on_one_line_naming_work_situation_in_a_sentence_is_no_report():
    # a plan kept on one line whose section's sentence mentions 工作情况 (加强对各村工作情况的督导):
    # the words are no report's section heading (一、2024年主要工作情况), so its tasks stay tasks
    text = ("某镇新冠病毒疫苗接种工作方案 一、总体要求 全面推进疫苗接种工作。 二、组织实施 各村要做好摸底登记。 "
            "三、加强督导评估 建立常态化通报制度，加强对各村、各部门工作情况的督导检查。\n")
    kinds = {c.kind.value for c in comparer.segment(Document("d", text)).clauses
             if c.kind.value in ("obligation", "achievement")}
    assert kinds == {"obligation"}


def test_layouts_report_sentence_telling_who_led_what_was_done_keeps_its_units():
    # in a report, a sentence telling how a thing was settled (…，由X牵头，Y共同研究认定。) names
    # the units of that sentence only, not of the whole item's other sentences
    text = ("某局党组关于巡察整改情况的通报\n一、整改工作开展情况\n（一）关于“权籍调查不规范”问题\n"
            "局党组召开专题会议研究整改措施。\n对地类有争议的，由镇项目指挥部牵头，国土、林业等部门共同研究认定。\n"
            "已完成权籍调查成果复核120宗。\n")
    got = [(c.text[:6], c.lead_units) for c in comparer.segment(Document("d", text)).clauses
           if c.kind is ClauseKind.ACHIEVEMENT]
    assert got == [("局党组召开专", ()), ("对地类有争议", ("镇项目指挥部",)), ("已完成权籍调", ())]


def test_layouts_units_called_into_a_sentence_share_its_task():
    # 会同/配合 lists and the office a result is sent to are that sentence's units (responsible),
    # as written: named offices, or departments named by their fields before 等部门
    text = ("一、重点任务\n（一）开展联合检查。配合公安、住建、应急管理等部门开展燃气场所联合检查。\n"
            "（二）化解历史遗留问题。继续会同镇农业服务中心、镇规划建设办会商解决方案。\n"
            "（三）报送进展。各村要于每月5日前将进展情况报送镇党政办公室汇总。\n"
            "（四）严格落实责任。镇财政、税务、市场监管等有关部门在各自职责范围内做好企业帮扶工作。\n")
    got = {c.text: c.responsible_units for c in comparer.segment(Document("d", text)).clauses
           if c.kind is ClauseKind.OBLIGATION}
    assert got == {"配合公安、住建、应急管理等部门开展燃气场所联合检查。": ("公安", "住建", "应急管理"),
                   "继续会同镇农业服务中心、镇规划建设办会商解决方案。": ("镇农业服务中心", "镇规划建设办"),
                   "各村要于每月5日前将进展情况报送镇党政办公室汇总。": ("各村", "镇党政办公室"),
                   "镇财政、税务、市场监管等有关部门在各自职责范围内做好企业帮扶工作。": ("镇财政", "税务", "市场监管")}


@pytest.mark.parametrize("sentence, units", [
    ("各派出所结合辖区实际，确定整治重点区域。", ("各派出所",)),
    ("镇纪委、党政办、环卫所组成督查组，每周开展一次督查。", ("镇纪委", "党政办", "环卫所")),
    ("街道办事处成立专项工作领导小组。", ("街道办事处",)),
    # 配合/会同 without a unit after it, 联合 as a word, a report of what was done: no unit
    ("积极配合做好摸底登记，开展联合执法，及时报告情况。", ()),
    ("一是调整支部内部组成，增补支委。", ()),
])
def test_layouts_units_of_a_subject_before_its_verb(sentence, units):
    assert [leads + others for leads, others in _sentence_units(sentence, "落实责任")] == [units]


def test_layouts_a_portal_list_of_dated_links_is_noise_and_gives_no_year():
    # a school portal's side list of headlines, each dated [MM-DD], above a forwarded notice: the
    # headlines are links, and the year is the notice's issue number's, not a headline's
    text = ("转发市教育局关于开展中小学教师有偿补课专项治理工作的通知\n推荐阅读\n"
            "校运动会秩序册[10-18]\n2026学年各项先进推优名单公示[07-13]\n关于开展6月支部主题党日活动的通知 2026-06-29\n"
            "市教育局关于开展中小学教师有偿补课专项治理工作的通知\n市教办〔2015〕38号\n"
            "各市直学校：\n根据《省教育厅关于规范办学行为的通知》（浙教办〔2014〕12号）精神，现将有关事项通知如下：\n"
            "一、治理内容\n1.严禁中小学校组织学生参加有偿补课；\n2.严禁在职教师参加校外培训机构有偿补课。\n")
    kinds = kinds_of(text)
    assert kinds["2026学年各项先进推优名单公示[07-13]"] is ClauseKind.NOISE
    assert kinds["关于开展6月支部主题党日活动的通知 2026-06-29"] is ClauseKind.NOISE
    assert infer_meta(text)["year"] == 2015
    cited = text.replace("市教办〔2015〕38号\n", "")  # only a cited document's number: no year from it
    assert infer_meta(cited).get("year") != 2014


def test_layouts_yishi_points_inside_a_numbered_point_are_its_sub_items():
    # 一是/二是 inside a 1. point under （二）: a third level, each point its own item; a short
    # title of one or two phrases is the point's heading, a sentence with a figure or a long
    # second phrase is a task
    text = ("一、工作任务\n（一）分类收集。一是有害垃圾由保洁员统一收集。二是可回收物由群众自行交售。\n"
            "（二）分类处理\n1.加强宣传。一是制作宣传栏10块。二是开展入户宣传活动。\n"
            "2.压实责任。一是提高政治站位，强化组织领导。各村要明确专人负责。"
            "二是结合本镇实际，于3月底前制定垃圾分类考核办法。\n3.建立台账。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    got = {c.text: (c.kind, c.item.label) for c in seg.clauses if c.item}
    assert got["一是制作宣传栏10块。"] == (ClauseKind.OBLIGATION, "二 分类处理 › 1 加强宣传 › 一是 制作宣传栏10块")
    assert got["二是开展入户宣传活动。"] == (ClauseKind.OBLIGATION, "二 分类处理 › 1 加强宣传 › 二是 开展入户宣传活动")
    assert got["一是提高政治站位，强化组织领导。"][0] is ClauseKind.HEADING
    assert got["各村要明确专人负责。"][1] == "二 分类处理 › 2 压实责任 › 一是 提高政治站位，强化组织领导"
    assert got["二是结合本镇实际，于3月底前制定垃圾分类考核办法。"][0] is ClauseKind.OBLIGATION
    assert got["建立台账。"][1] == "二 分类处理 › 3 建立台账"
    assert got["二是可回收物由群众自行交售。"][1] == "一 分类收集 › 二是 可回收物由群众自行交售"


def test_layouts_points_numbered_on_past_a_left_out_number_keep_their_parent():
    # （1）（2）（4）（5） under 1.: the source left out （3）; （4） and （5） are still points of 1.,
    # not problems of their own next to it
    text = ("一、整改情况\n（一）资金管理方面\n1.关于“合同管理不规范”问题\n（1）制定合同管理制度。\n（2）开展合同清理。\n"
            "（4）建立合同台账。\n（5）开展专项检查。\n2.关于“资产管理混乱”问题\n（1）清查固定资产。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    parents = {c.text: c.item.parent.title for c in seg.clauses if c.item and c.item.parent and c.item.parent.parent}
    assert parents == {"制定合同管理制度。": "关于“合同管理不规范”问题", "开展合同清理。": "关于“合同管理不规范”问题",
                       "建立合同台账。": "关于“合同管理不规范”问题", "开展专项检查。": "关于“合同管理不规范”问题",
                       "清查固定资产。": "关于“资产管理混乱”问题"}


def test_layouts_a_unit_subject_before_a_date_does_the_task():
    # X于<date>…: the unit before 于 and a date is the sentence's doer
    text = "一、工作步骤\n（一）自查阶段。各村于每月5日前完成自查。资源生态处于2020年7月10日前组织复核。\n"
    got = {c.text: c.responsible_units for c in comparer.segment(Document("d", text)).clauses
           if c.kind is ClauseKind.OBLIGATION}
    assert got == {"各村于每月5日前完成自查。": ("各村",), "资源生态处于2020年7月10日前组织复核。": ("资源生态处",)}


@pytest.mark.parametrize("sentence, lead, responsible", [
    # 由X牵头A、B…, X联合A、B…: the units X leads with share the task
    ("由县政务服务中心牵头县住建局、县自然资源局加强审批协同。", ("县政务服务中心",), ("县住建局", "县自然资源局")),
    ("由县住建局联合县行政服务中心、县自然资源局组织联合审查。", (), ("县住建局", "县行政服务中心", "县自然资源局")),
    # a list of fields closed by 等相关职能部门, and an enforcement body named 执法机构
    ("住建、民政、公安等相关职能部门要加强对业主委员会的指导。", (), ("住建", "民政", "公安")),
    ("县自然资源执法机构应加大对违法用地的查处力度。", (), ("县自然资源执法机构",)),
])
def test_layouts_units_a_lead_works_with_and_fields_closed_by_a_kind_of_department(sentence, lead, responsible):
    assert _sentence_units(sentence, "加强协同") == [(lead, responsible)]


@pytest.mark.parametrize("sentence, responsible", [
    # the subject of a later part of the sentence, after a comma or semicolon, does that part
    ("禁烟工作已纳入镇文明创建的重要内容，各村、镇直各单位要高度重视。", ("各村", "镇直各单位")),
    ("镇便民服务中心每月对办件情况予以通报，镇纪委督促相关站所整改。", ("镇便民服务中心", "镇纪委")),  # (each part's subject: the first after 每月)
    ("由镇便民服务中心负责受理，各部门按照各自职责做好审批工作。", ("镇便民服务中心", "各部门")),
    ("实行月调度，请各村认真抓好落实。", ("各村",)),
    # a unit subject before 在 and its task, a doer after 由 with 进行, a long name behind its owner
    ("各村在每月底前完成隐患排查整改。", ("各村",)),
    ("对违法占地行为，由镇综合执法队进行查处。", ("镇综合执法队",)),
    ("管委会党群工作部、财政处等部门在人员和经费等方面予以保障。", ("管委会党群工作部", "财政处")),
    ("县教育局、县市场监管局对收费变动频繁的学校进行重点检查。", ("县教育局", "县市场监管局")),
    ("县教育局将在暑期举办一期校园安全专题培训班。", ("县教育局",)),
    ("由镇安办逐项梳理明确整改责任。", ("镇安办",)),
    ("各幼儿园要在园内公告栏公布收费标准。", ("各幼儿园",)),
    # each place (各地) in a province's text, and a doer after 由 in a later part
    ("各地要配齐法治副校长，由公安部门统筹配备护校民警。", ("各地", "公安部门")),
    # a later part that opens with a verb, a heads-of-units line, a word that ends like a unit: none
    ("由户籍所在地街道统筹安排。", ("户籍所在地街道",)),  # (the street office of one's residence)
    ("各村要加强宣传，形成政府主导、群众参与的格局。", ("各村",)),
    ("成立工作专班，局属各单位负责人为成员。", ()),
])
def test_layouts_units_of_a_sentences_later_parts_and_doers_before_their_task(sentence, responsible):
    assert [leads + others for leads, others in _sentence_units(sentence, "压实责任")] == [responsible]


def test_layouts_notes_closing_paragraphs_of_a_section_without_items_hold_for_their_paragraph():
    # a notice whose 一、 sections have no items, each paragraph closed by its own （责任部门：…）:
    # each note names the units of its paragraph, not of the whole section; the heading has them all
    text = ("关于做好港口污染防治工作的通知\n各有关单位：\n为做好工作，现通知如下：\n一、加强规划建设\n"
            "市、区两级交通主管部门应当统筹规划建设接收设施。港口码头应当配套建设接收设施。"
            "（责任部门：委综合规划处、各区交通主管部门）\n"
            "现有码头应当落实接收设施配置责任。（责任部门：委交通建设处）\n"
            "二、加强闭环管理\n港口经营人应当查看接收单证。（责任部门：市港航中心）\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    got = {c.text[:6]: c.responsible_units for c in seg.clauses if c.kind in (ClauseKind.OBLIGATION, ClauseKind.HEADING)}
    assert got == {"加强规划建设": ("委综合规划处", "各区交通主管部门", "委交通建设处"),
                   "市、区两级交": ("委综合规划处", "各区交通主管部门"), "港口码头应当": ("委综合规划处", "各区交通主管部门"),
                   "现有码头应当": ("委交通建设处",), "加强闭环管理": ("市港航中心",), "港口经营人应": ("市港航中心",)}


@pytest.mark.parametrize("sentence, responsible", [
    # places listed before the last one's office share it; powers handed down to them (下放)
    ("（一）河道施工方案审核事项，下放浦东新区、黄浦区、静安区水务局。", ("浦东新区水务局", "黄浦区水务局", "静安区水务局")),
    ("（二）库尔勒市、轮台县人民政府要落实属地责任。", ("库尔勒市人民政府", "轮台县人民政府")),
    # two departments named by their fields before one 部门, and units a request is made to (请…)
    ("（三）县民宗、消防部门将联合开展达标验收。", ("县民宗", "消防部门")),
    ("（四）请各乡镇于2月9日前报送实施方案。", ("各乡镇",)),
    # a list that is no places' (各乡镇、县直各部门) keeps its names
    ("（五）各乡镇、县直各部门要加强统筹。", ("各乡镇", "县直各部门")),
])
def test_layouts_places_sharing_an_office_and_departments_sharing_a_kind(sentence, responsible):
    text = f"一、工作安排\n{sentence}\n"
    clauses = [c for c in comparer.segment(Document("d", text)).clauses if c.kind is ClauseKind.OBLIGATION]
    assert [c.lead_units + c.responsible_units for c in clauses] == [responsible]


@pytest.mark.parametrize("sentence, lead, responsible", [
    # 由A和B双牵头，会同…以及…等单位: both lead; the fields after 会同 take part, 以及 between them too
    ("具体工作由县住建局和县数据局双牵头，会同县发展改革、房管以及电力等单位抓好落实。",
     ("县住建局", "县数据局"), ("县发展改革", "房管", "电力")),
    # X履行…牵头部门职责: X leads; 由X组织A、B等部门…: A and B take part
    ("县发展改革委履行项目审批“一件事”牵头部门职责，统筹推进改革。", ("县发展改革委",), ()),
    ("由县审批中心组织办公室、财政科等部门开展评估。", (), ("县审批中心", "办公室", "财政科")),
    # 社会组织 is no verb of a unit calling others in
    ("在社会组织年报网络平台设立行业协会专栏。", (), ()),
])
def test_layouts_joint_leads_lead_duties_and_units_a_lead_organises(sentence, lead, responsible):
    assert _sentence_units(sentence, "强化协同") == [(lead, responsible)]


@pytest.mark.parametrize("sentence, responsible", [
    # departments allowed something (可) are given the task; a party the text allows something is none
    ("（一）民政、人社等部门可根据实际需要制定补贴办法。", ("民政", "人社")),
    ("（二）其他经营单位可以自行组织应急演练。", ()),
    # applicants and the units a task's result is only sent to are no units of the task
    ("（三）申报单位应如实填写申报材料。", ()),
    ("（四）各街道于每月5日前将统计表报送区统计局。", ("各街道",)),
    # towns named as the subject, a short name for them in brackets, an adverb before the verb
    ("（五）红星镇、石门镇和长乐镇（以下统称“三镇”）重点做好农村环境整治。", ("红星镇", "石门镇", "长乐镇")),
    # one longer name that opens with every district; an agency or hospitals as the doers
    ("（六）市各区教育行政部门完成辖区学校名单的汇总。", ("市各区教育行政部门",)),
    ("（七）评估机构对通过初审的项目向市发展改革委提请备案。", ("评估机构",)),
    ("（八）各定点医疗机构和康复机构要按月做好费用结算。", ("各定点医疗机构", "康复机构")),
    # 效应 holds no modal verb; what the text forbids or promotes names no doer
    ("（九）鼓励和支持相关职业院校在实训领域开展具有示范效应的专业建设。", ()),
    ("（十）严禁各学校与培训机构合作举办收费班。", ()),
    ("（十一）——促进各定点医疗机构降低服务成本。", ()),
    # the towns and streets in general after 由, and a school's classes, are doers too
    ("（十二）老旧小区改造由街镇（园区）牵头组织实施。", ("街镇（园区）",)),
    ("（十三）各班要组织学生参加安全演练。", ("各班",)),
    # the subject, then the time of its task before a comma, then the modal verb
    ("（十四）各市教育局在组织年度考核时，要严格执行评分标准。", ("各市教育局",)),
])
def test_layouts_subjects_allowed_by_ke_towns_agencies_and_no_recipients(sentence, responsible):
    text = f"一、工作安排\n{sentence}\n"
    clauses = [c for c in comparer.segment(Document("d", text)).clauses if c.kind is ClauseKind.OBLIGATION]
    assert [c.lead_units + c.responsible_units for c in clauses] == [responsible]
    assert [sentence.endswith(c.text) for c in clauses] == [True]  # (一)…部门可|根据…: no title cut at 可


def test_layouts_a_loose_tables_last_row_ends_at_an_attachment_line():
    # a task table written one cell a line whose last row is followed by 附件2, a per-town list of
    # targets: the towns are no units of that row; a row with no title cell and a third unit cell
    # is not read by position (a unit cell is no task's text)
    text = ("一、保障措施\n（一）加强经费保障。区财政局落实分类经费。\n\n"
            "附件：1.2025年青岚区垃圾分类任务清单\n\n2.2025年各镇垃圾分类目标分解表\n\n"
            "附件1\n\n2025年青岚区垃圾分类任务清单\n\n"
            "序号\n\n任务名称\n\n任务内容\n\n牵头部门\n\n配合部门\n\n时间节点\n\n"
            "1\n\n加强宣传\n\n开展垃圾分类进社区宣传。\n\n区绿化市容局\n\n各镇\n\n2025年\n\n"
            "2\n\n机关单位垃圾分类实现全覆盖，全部达到标准。\n\n区机管局\n\n区绿化市容局\n\n区级机关、公共机构\n\n2025年\n\n"
            "3\n\n完善收运\n\n建设湿垃圾中转站3座。\n\n区绿化市容局\n\n各镇\n\n2025年\n\n"
            "附件2\n\n2025年各镇垃圾分类目标分解表\n\n镇\n\n目标任务\n\n"
            "红星镇\n\n创建达标小区累计12个。\n\n石门镇\n\n创建达标小区累计8个。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: (c.lead_units, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["建设湿垃圾中转站3座。"] == (("区绿化市容局",), ("各镇",))
    assert units["机关单位垃圾分类实现全覆盖，全部达到标准。"][0][0] == "区机管局"
    assert units["创建达标小区累计12个。"] == ((), ("红星镇",))
    assert units["创建达标小区累计8个。"] == ((), ("石门镇",))


def test_layouts_a_clock_time_or_a_ratio_does_not_end_an_item_title():
    # the colon of 17:30 or of 3:1 inside a point's first sentence is no end of its title
    text = ("三、材料报送\n1.请各县区于2025年3月10日17:30前，将汇总表报送市农业农村局。\n"
            "2.储备粮轮换比例达到3:1时启动应急投放。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    obligations = [(c.item.number, c.text) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert obligations == [("1", "请各县区于2025年3月10日17:30前，将汇总表报送市农业农村局。"),
                           ("2", "储备粮轮换比例达到3:1时启动应急投放。")]


def test_layouts_a_one_line_texts_topic_titles_end_where_their_sentence_opens():
    # a crawl that lost its line breaks: a topic's title runs into a sentence that opens with the
    # writer's place (我市) or repeats the title's first words (培训对象为…); a title whose sentence
    # repeats its words after a verb (完善基本公共教育制度) is no such title
    text = ("一、培训对象我市辖区内从事统计工作的人员。二、培训学时我市统计人员每年参加培训不少于24学时。"
            "三、培训内容和方式(一)培训内容培训内容包括:统计法、统计制度方法。(二)培训期限培训期限一般为3天。\n"
            "四、重点任务\n(一)基本公共教育完善基本公共教育制度，推进义务教育优质均衡发展。\n")
    kinds = kinds_of(text)
    for title in ("培训对象", "培训学时", "培训内容", "培训期限"):
        assert kinds[title] is ClauseKind.HEADING
    assert kinds["我市辖区内从事统计工作的人员。"] is ClauseKind.OBLIGATION
    assert kinds["我市统计人员每年参加培训不少于24学时。"] is ClauseKind.OBLIGATION
    assert kinds["培训内容包括:统计法、统计制度方法。"] is ClauseKind.OBLIGATION
    assert kinds["培训期限一般为3天。"] is ClauseKind.OBLIGATION
    assert kinds["基本公共教育完善基本公共教育制度，推进义务教育优质均衡发展。"] is ClauseKind.OBLIGATION


def test_layouts_a_pages_list_of_links_to_other_sites_is_noise():
    # after the text, a page's credit line, its links to other sites and the offices listed under
    # them, one a line, and its copyright lines: page furniture, not the last item's sentences
    text = ("一、支持企业出海\n（一）海外认证奖励。对获得出口认证的企业给予奖励。（责任单位：市经济信息委）\n"
            "本措施自2025年1月1日起施行。\n东江市经济和信息化委员会发布\n中国政府网\n东江市人民政府网站\n"
            "市级部门相关网站\n市发展改革委\n市教委\n市财政局\n东江工业职业学院\n网站地图\n|\n版权声明\n|\n联系我们\n"
            "东江市滨河路8号 邮政编码：400100 电话：023-66668888\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    obligations = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert obligations == ["对获得出口认证的企业给予奖励。", "本措施自2025年1月1日起施行。"]
    assert all(c.kind is ClauseKind.NOISE for c in seg.clauses if c.text in ("中国政府网", "市教委", "东江工业职业学院", "版权声明"))


def test_layouts_a_pages_related_links_and_footer_fields_after_the_last_item_are_noise():
    # a provincial bureau's page: after the last item, its list of related links (a label, a
    # service system, the cities' bureaus' sites), then the footer's fields: who runs the site
    # (主办单位：…, no unit note of the last item), its address with postcode, its phone numbers
    text = ("四、保障措施\n（一）加强组织领导\n各地要建立工作机制，明确责任分工。\n（二）压实企业责任\n"
            "落实煤炭企业主体责任，制定企业实施方案；推动重点企业梳理排放情况。\n关联文件\n公共服务\n"
            "江北省煤炭经营监督管理系统\n各市能源局网站\n东江市能源局网站\n西河市能源局网站\n国家能源局\n"
            "主办单位：江北省能源局\n© 江北省能源局版权所有,如需转载，请注明来源\n"
            "地址：江北省东江市人民路12号 邮编：030001\n网站地图\n联系方式：4117000，4117001\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    last = [c for c in seg.clauses if c.kind is ClauseKind.OBLIGATION][-1]
    assert last.text == "落实煤炭企业主体责任，制定企业实施方案；推动重点企业梳理排放情况。"
    assert last.lead_units == () and last.responsible_units == ()
    tail = text[text.index("关联文件"):].splitlines()
    kinds = {c.text: c.kind for c in seg.clauses}
    assert all(kinds[line] is ClauseKind.NOISE for line in tail), [(l, kinds.get(l)) for l in tail]
    # the same field line inside the text, with no list of links before it, is the item's note
    seg = comparer.segment(Document("d", text.split("关联文件")[0] + "主办单位：江北省能源局\n"))
    assert [c for c in seg.clauses if c.kind is ClauseKind.OBLIGATION][-1].lead_units == ("江北省能源局",)


def test_layouts_articles_titled_in_brackets_are_items_of_their_chapter():
    # a city's regulation: each article's title in brackets on a line of its own (第一条（目的依据）),
    # its text below or after it; the article is an item of its chapter, titled so
    text = ("江北市建筑施工机械安全监督管理规定\n第一章 总则\n第一条（目的依据）\n"
            "为了加强本市建筑施工机械安全监督管理，预防建筑施工机械事故，制定本规定。\n第二条（适用范围）\n"
            "本规定适用于本市行政区域内房屋建筑工程建筑施工机械的管理和监督。\n第二章 管理职责\n"
            "第三条（管理部门） 市住房城乡建设管理委是本市建筑施工机械的主管部门。"
            "区建设行政主管部门负责本行政区域内建筑施工机械的监督管理。\n第四条（租赁单位）\n"
            "租赁单位应当建立建筑施工机械安全技术档案。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    items = {(c.item.number, c.item.title) for c in seg.clauses if c.item is not None}
    assert items == {("第一条", "目的依据"), ("第二条", "适用范围"), ("第三条", "管理部门"), ("第四条", "租赁单位")}
    by_text = {c.text: c for c in seg.clauses}
    duty = by_text["区建设行政主管部门负责本行政区域内建筑施工机械的监督管理。"]
    assert duty.kind is ClauseKind.OBLIGATION and duty.section.title == "管理职责" and duty.item.number == "第三条"
    assert duty.responsible_units == ("区建设行政主管部门",)
    assert by_text["租赁单位应当建立建筑施工机械安全技术档案。"].item.title == "租赁单位"
    assert by_text["（目的依据）"].kind is ClauseKind.HEADING
    # the title in black brackets, the text run on after it (第一条【总体目标】为落实…)
    seg = comparer.segment(Document("d", "第一章 总则\n第一条【总体目标】为推进城市更新，制定本细则。\n"
                                         "第二条【适用范围】本细则适用于亦庄新城范围内的存量工业用地项目。\n"))
    assert {(c.item.number, c.item.title) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION} == {
        ("第一条", "总体目标"), ("第二条", "适用范围")}


def test_layouts_articles_titled_in_brackets_after_a_space_or_under_a_chapter():
    # a bracketed title after a space (第十一条 （项目审批）) or with a space inside (第十二条（ 应急项目）)
    # is an article's title, no section's; a chapter's title line does not run on into the article
    text = ("第一章 总则\n第一条 为了加强城市维护项目管理，制定本办法。\n第二章 项目管理\n第二条（采购人）\n"
            "采购人应当依法实施采购。\n第三条 （项目审批）\n局自行审批的项目，由项目实施主体单位编制方案。\n"
            "第四条（ 应急项目）\n应急抢险项目履行事后确认程序。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    items = {c.text: (c.section.title, c.item.number, c.item.title) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert items == {"为了加强城市维护项目管理，制定本办法。": ("总则", "第一条", "为了加强城市维护项目管理"),
                     "采购人应当依法实施采购。": ("项目管理", "第二条", "采购人"),
                     "局自行审批的项目，由项目实施主体单位编制方案。": ("项目管理", "第三条", "项目审批"),
                     "应急抢险项目履行事后确认程序。": ("项目管理", "第四条", "应急项目")}


def test_layouts_an_article_titled_by_its_line_in_a_run_of_articles():
    # a 办法 whose articles run on from 第一条 …; a later one titled on its line (第三条 贷款利率) with its
    # text below is the next article, no section
    text = ("第一章 总则\n第一条 为规范商转公贷款，制定本办法。\n第二条 本办法适用于本市。\n第二章 贷款条件\n"
            "第三条 贷款利率\n商转公贷款利率按首套住房公积金贷款利率执行。\n第四条 贷款期限\n贷款期限不得超过原商业贷款剩余期限。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    items = {c.text: (c.section.title, c.item.number, c.item.title) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert items["商转公贷款利率按首套住房公积金贷款利率执行。"] == ("贷款条件", "第三条", "贷款利率")
    assert items["贷款期限不得超过原商业贷款剩余期限。"] == ("贷款条件", "第四条", "贷款期限")


def test_layouts_articles_titled_by_a_numeral_or_at_length_in_brackets():
    # round 75: a title in brackets that opens on a numeral (第三十条（一次告知）: no point) or runs past twenty
    # characters (第十七条（内部事务信息、过程性信息和行政执法案卷信息）) is the article's; the articles after it
    # are counted on, and a title that ends in 负责 (第三十二条（首问负责）) names no unit
    text = ("第一章 总则\n第一条（目的）\n为了提高政府效能，制定本办法。\n第二章 行政服务\n第二条（一次告知）\n"
            "效能建设单位应当一次性告知申请人需要补正的全部内容。\n"
            "第三条（内部事务信息、过程性信息和行政执法案卷信息）\n行政机关的内部事务信息可以不予公开。\n"
            "第四条（首问负责）\n首次接待的工作人员应当解答咨询。\n第五条（监督）\n市编办应当建立效能监督员制度。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    items = {c.text: (c.item.number, c.item.title) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert items == {"为了提高政府效能，制定本办法。": ("第一条", "目的"),
                     "效能建设单位应当一次性告知申请人需要补正的全部内容。": ("第二条", "一次告知"),
                     "行政机关的内部事务信息可以不予公开。": ("第三条", "内部事务信息、过程性信息和行政执法案卷信息"),
                     "首次接待的工作人员应当解答咨询。": ("第四条", "首问负责"),
                     "市编办应当建立效能监督员制度。": ("第五条", "监督")}
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses}
    assert units["首次接待的工作人员应当解答咨询。"] == () and units["市编办应当建立效能监督员制度。"] == ("市编办",)
    # a point's number in brackets after an article's (第五条（一）…) is no title
    seg = comparer.segment(Document("d", "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条（一）市财政局负责资金管理。\n"))
    assert "一" not in {c.item.title for c in seg.clauses if c.item is not None}


def test_layouts_an_ocrs_articles_run_into_digits_and_letters_and_its_dashed_page_numbers():
    # round 75: an OCR'd rule whose article runs into a digit or a Latin letter (第三十八条24小时…, 第七十条AGC…)
    # is the next article all the same; a page number set between two 一 (一11一) is a page marker
    # inside the sentence it cuts
    text = ("第一章 总则\n第一条 为规范辅助服务市场，制定本细则。\n第二条 电力调度机构负责市场运营，按照本细则组织\n"
            "一11一\n开展调峰交易。\n第三条24小时启停调峰服务指经营主体为跟踪负荷提供的服务。\n"
            "第四条AGC投运信号未经调度同意不得擅自退出。\n第五条 电力交易机构负责辅助服务费用结算。\n")
    from comparer.ingest.normalize import normalize_text
    seg = comparer.segment(Document("d", normalize_text(text)))
    assert_well_formed(seg)
    items = [(c.item.number, c.text) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert [n for n, _ in items] == ["第一条", "第二条", "第三条", "第四条", "第五条"]
    assert items[1][1] == "电力调度机构负责市场运营，按照本细则组织开展调峰交易。"
    assert [c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION][-1] == ("电力交易机构",)


_DECIMAL_PLAN = ("某省自然灾害救助应急预案\n目 录\n1 总则 4\n1.1 编制目的 4\n1.2 适用范围 4\n2 应急准备 5\n2.1 资金准备 5\n"
                 "2.2 社会动员准备 6\n3 应急响应 7\n3.1 I级响应 7\n1 总则\n1.1 编制目的\n为规范紧急救助行为，制定本预案。\n"
                 "1.2 适用范围\n本预案适用于本省发生的自然灾害。\n2 应急准备\n2.1 资金准备\n"
                 "2.1.1 省财政厅负责安排自然灾害救济预备金。\n2.1.2 省民政厅会同省财政厅下拨救灾资金。\n"
                 "2.2 社会动员准备\n2.2.1 省民政厅负责组织设区市灾害管理人员的集中培训。设区市民政局负责组织县级民政人员的业务培训。\n"
                 "3 应急响应\n3.1 I级响应\n3.1.1 省民政厅实行24小时值班。\n")


@pytest.mark.parametrize("one_line", [False, True])
def test_layouts_an_emergency_plan_numbered_in_decimals(one_line):
    # round 75: an emergency plan numbered 1 总则 / 1.1 编制目的 / 2.1.1 省财政厅负责…, its table of contents with
    # page numbers first; a decimal point and its text after a space are an item titled by its first words,
    # its doer read past the number. A web page runs the whole plan on one line, spaces between: the
    # numbers that go on from the last (2.1.1 → 2.1.2 → 2.2 → 3) cut it, the contents are noise
    text = _DECIMAL_PLAN.replace("\n", " ") if one_line else _DECIMAL_PLAN
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = {c.text: (c.section.number, c.item.number, c.responsible_units + c.lead_units)
             for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert tasks["省财政厅负责安排自然灾害救济预备金。"] == ("2", "2.1.1", ("省财政厅",))
    assert tasks["省民政厅会同省财政厅下拨救灾资金。"][:2] == ("2", "2.1.2")
    assert tasks["设区市民政局负责组织县级民政人员的业务培训。"] == ("2", "2.2.1", ("设区市民政局",))
    assert tasks["省民政厅实行24小时值班。"][:2] == ("3", "3.1.1")
    assert tasks["为规范紧急救助行为，制定本预案。"][:2] == ("1", "1.1")
    items = {c.item.number: c.item.title for c in seg.clauses if c.item is not None}
    assert items["1.2"] == "适用范围" and items["2.2"] == "社会动员准备" and items["3.1"] == "I级响应"
    assert not any("4" in c.text.split() or c.text.endswith(" 4") for c in seg.clauses
                   if c.kind in (ClauseKind.OBLIGATION, ClauseKind.HEADING))


def test_layouts_a_rules_lead_in_to_a_bodys_duties_by_what_they_are():
    # round 75: a lead-in naming a body's rights and duties or its functions (X的权利与义务主要包括：, X的具体职能是：)
    # or its work after the body's sentence (…由X归口管理，具体工作主要包括：) gives X to each point; a lead-in to
    # what a thing holds (X办理案件的证据包括：) gives no one
    text = ("第一章 总则\n第一条 为了规范管理，制定本规则。\n第二条 电力调度机构的权利与义务主要包括：\n（一）负责辅助服务市场运营；\n"
            "（二）按规定披露信息。\n第三条 政府信息公开工作机构的具体职能是：\n（一）组织编制政府信息公开指南；\n"
            "（二）受理政府信息公开申请。\n第四条 执法部门办理执法案件的证据包括：\n（一）书证；\n（二）物证。\n"
            "第五条 法规制定工作由交通运输部法制工作部门归口管理，具体工作主要包括：\n（一）拟订年度立法计划；\n（二）审核法规送审稿。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses}
    assert units["按规定披露信息。"] == ("电力调度机构",)
    assert units["受理政府信息公开申请。"] == ("政府信息公开工作机构",)
    assert units["书证；"] == () and units["执法部门办理执法案件的证据包括："] == ()
    assert units["审核法规送审稿。"] == ("交通运输部法制工作部门",)
    # round 79: a company's rights or duties listed alone (电网企业的义务主要包括：): the company's
    seg = comparer.segment(Document("d", "第一章 总则\n第一条 为了规范管理，制定本细则。\n第二条 电网企业的义务主要包括：\n"
                                         "（一）负责电费结算；\n（二）按规定披露信息。\n"))
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses}
    assert units["负责电费结算；"] == ("电网企业",)


def test_layouts_the_points_of_a_list_of_cases_are_sanctioned_by_the_lead_ins_doer():
    # round 75: 有下列行为之一的，由X责令改正，并予以处罚：（一）…的，处…罚款； — X fines each case a point names,
    # and the article's later paragraph (个人有前款规定行为之一的，处…); a list of cases that sanctions none gives
    # its points no one
    text = ("第一章 总则\n第一条 为了加强排水管理，制定本条例。\n第二条 违反本条例规定，有下列行为之一的，由市水务局或者区排水行政主管部门"
            "责令其限期改正，并予以处罚：\n（一）擅自实施中段放泄的，处一万元以上十万元以下的罚款；\n"
            "（二）污水冒溢，未按照规定的时间赶到现场的，予以警告。\n个人有前款规定行为之一的，处一千元以下的罚款。\n"
            "第三条 有下列情形之一的，由县民政局责令改正：\n（一）未按规定登记的；\n（二）拒不报送材料的。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses}
    doers = ("市水务局", "区排水行政主管部门")
    assert units["擅自实施中段放泄的，处一万元以上十万元以下的罚款；"] == doers
    assert units["污水冒溢，未按照规定的时间赶到现场的，予以警告。"] == doers
    assert units["个人有前款规定行为之一的，处一千元以下的罚款。"] == doers
    assert units["未按规定登记的；"] == () and units["拒不报送材料的。"] == ()


def test_layouts_a_sections_sentence_led_by_a_unit_past_unnamed_ones_is_its_own():
    # round 75: a section of sentences with no items: a sentence whose matter a unit leads (行业工作组由X牵头成立。),
    # past sentences no unit names, names that unit for itself, not for the section's other sentences
    text = ("一、总体要求\n（一）提高认识。各地要高度重视。\n（二）加强宣传。各院校要做好宣传。\n二、组织分工\n"
            "综合组负责研究确定制订工作的总体方案。综合组成员根据分工对口联系各行业工作组。"
            "行业工作组由各行业职业教育教学指导委员会牵头成立。主要负责组织本行业标准的修订工作。"
            "行指委工作办要做好有关组织协调工作。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses}
    assert units["行业工作组由各行业职业教育教学指导委员会牵头成立。"] == ("各行业职业教育教学指导委员会",)
    assert units["综合组负责研究确定制订工作的总体方案。"] == ("综合组",)
    assert units["综合组成员根据分工对口联系各行业工作组。"] == ()
    assert units["行指委工作办要做好有关组织协调工作。"] == ("行指委工作办",)


def test_layouts_an_ocrs_table_of_contents_with_page_numbers_on_lines_of_their_own():
    # round 75: an OCR'd rule's contents list its chapters and their parts with each page number on the line
    # below (第二节交易组织 / 8 / 第三节…): the numbers are contents, no title's end and no task
    text = ("某辅助服务市场交易实施细则\n目录\n第一章总则\n第二章市场成员\n第一节交易主体\n第二节交易组织\n8\n"
            "第三节补偿费用\n13\n第三章附则\n15\n第一章 总则\n第一条 为规范辅助服务市场，制定本细则。\n"
            "第二章 市场成员\n第一节 交易主体\n第二条 电力调度机构负责市场运营。\n第二节 交易组织\n"
            "第三条 电力交易机构负责组织交易。\n第三节 补偿费用\n第四条 电网企业负责费用结算。\n第三章 附则\n"
            "第五条 本细则自发布之日起实施。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert not any(t.strip().isdigit() for t in tasks)
    assert "电力交易机构负责组织交易。" in tasks
    assert not any(c.section is not None and c.section.title.endswith(("8", "13", "15")) for c in seg.clauses)


def test_layouts_the_writer_after_you_as_a_rules_doer():
    # round 76: a ministry's rule names itself after 由 (…的，由我部责令改正): the issuer its title names
    text = ("教育部办公厅关于印发《网络高等学历教育统考数据管理暂行办法》的通知\n第一条 为规范管理，制定本办法。\n"
            "第二条 试点高校违反本办法有关规定的，由我部责令改正。\n")
    seg = comparer.segment(Document("d", text))
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses}
    assert units["试点高校违反本办法有关规定的，由我部责令改正。"] == ("教育部",)


def test_layouts_a_plans_lead_in_to_the_work_below_gives_its_doers_to_the_points():
    # round 76: a plan's sentence whose doers lead in to the work listed below (X…落实如下工作：1.…；2.…) gives them to
    # each point that names none; a subject said to be a task's first bearer (X是…的第一责任人，应…) is its doer
    text = ("一、工作要求\n（一）加强复核。市水务局、临港新片区管委会按照职责落实如下工作：1.对项目征占地面积进行复核；"
            "2.督促建设单位及时缴纳补偿费。\n（二）落实责任。项目法人单位是扬尘监测的第一责任人，应确保系统正常运行。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses}
    assert units["对项目征占地面积进行复核；"] == ("市水务局", "市临港新片区管委会")
    assert units["督促建设单位及时缴纳补偿费。"] == ("市水务局", "市临港新片区管委会")
    assert units["项目法人单位是扬尘监测的第一责任人，应确保系统正常运行。"] == ("项目法人单位",)


def test_layouts_a_quantity_with_a_space_is_no_titles_end_and_role_fields_name_no_units():
    # round 76: a title holding a quantity spaced out (一、10 千伏海缆保护区域：, 1. 芬尾码头至草屿岛 10 千伏海缆一回) is
    # one title, not cut at the space; a role's field (建设单位：…有限公司) is no unit label, a facility's rate (…泵站
    # 实施率) no doer, a mall's side hall (边厅) no unit
    text = ("某区关于发布海底电缆保护的通告\n一、10 千伏海缆保护区域：\n1. 芬尾码头至草屿岛 10 千伏海缆一回\n"
            "2. 芬尾码头至塘屿岛 10 千伏海缆二回\n二、保护要求\n禁止在保护区内抛锚。\n建设单位：某区堤防工程建设有限公司\n"
            "评价单位：某勘测设计研究院\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert seg.clauses[1].text == "10 千伏海缆保护区域：" or any(c.section is not None and c.section.title.startswith("10 千伏")
                                                              for c in seg.clauses)
    titles = {c.item.number: c.item.title for c in seg.clauses if c.item is not None}
    assert titles["1"] == "芬尾码头至草屿岛 10 千伏海缆一回" and titles["2"] == "芬尾码头至塘屿岛 10 千伏海缆二回"
    assert not any(c.lead_units or c.responsible_units for c in seg.clauses)
    assert [leads + others for leads, others in _sentence_units("水利片外围除涝泵站实施率达到90%。", "加强排水")] == [()]
    # round 79: a point opening on a date spaced out (1、2016 年 1 月 4 日至 1 月 20 日前，…) keeps it whole, no title
    seg = comparer.segment(Document("d", "某局关于做好统计申报工作的通知\n一、时间安排\n"
                                         "1、2016 年 1 月 4 日至 1 月 20 日前，农村客运企业需完成申报。\n"))
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        "2016 年 1 月 4 日至 1 月 20 日前，农村客运企业需完成申报。"]


def test_layouts_a_rules_chapter_titled_by_the_party_it_regulates_names_no_unit():
    # round 77: a rule's chapter titled by the party it regulates (第二章 网约车平台公司) gives its articles no unit;
    # each article's own doer stands
    text = ("第一章 总则\n第一条 为了规范网约车经营，制定本办法。\n第二章 网约车平台公司\n"
            "第二条 申请从事网约车经营的，应当具备线上线下服务能力。\n"
            "第三条 出租汽车行政主管部门对于网约车经营申请作出行政许可决定的，应当明确经营范围。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses}
    assert units["申请从事网约车经营的，应当具备线上线下服务能力。"] == ()
    assert units["出租汽车行政主管部门对于网约车经营申请作出行政许可决定的，应当明确经营范围。"] == ("出租汽车行政主管部门",)


def test_layouts_an_articles_second_list_lead_in_is_the_articles_own():
    # round 77: an article with two lists (…应当具备下列条件：（一）…；（三）…。 / 从事分时租赁经营的，还应当具备以下服务能力：
    # （一）…), the second lead-in on a line of its own after the first list closed by 。: the article's text, not
    # its first list's last point
    text = ("第一章 总则\n第一条 为了规范经营，制定本办法。\n第二条 从事小微型客车租赁经营的，应当具备下列条件：\n"
            "（一）取得企业法人资格；\n（二）投入经营的车辆符合要求；\n（三）有健全的经营管理制度。\n"
            "从事分时租赁经营的，还应当具备以下服务能力：\n（一）有与业务相适应的信息数据交互能力；\n（二）有相应的服务机构。\n"
            "第三条 县交通局负责监督管理。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    item = {c.text: c.item for c in seg.clauses}
    second = item["从事分时租赁经营的，还应当具备以下服务能力："]
    assert second.number == "第二条" and second.parent is None
    assert item["有相应的服务机构。"].number == "二" and item["有相应的服务机构。"].parent.number == "第二条"


def test_layouts_a_pages_related_policies_list_annexes_numbered_in_words_and_its_site_line_are_noise():
    # round 77: a ministry page's list under 相关政策与解读 (its linked titles, an interview 答记者问, 排行榜) after the
    # signature; a notice's annexes numbered in words (附一、… / 附二、… / 附一：) before the annex's text; a web address
    # field (网　　址：…) after a notice's last point: none of it a task's text
    text = ("某委关于完善容量电价机制的通知\n一、总体要求\n（一）各地要做好政策衔接。\n（二）电网企业要按月结算。\n"
            "联系人：张某\n网　　址：www.example.gov.cn\n某委\n2026年1月30日\n相关政策与解读\n"
            "某委完善发电侧容量电价机制\n某委有关负责同志就完善发电侧容量电价机制答记者问\n排行榜\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks == ["各地要做好政策衔接。", "电网企业要按月结算。"]
    text = ("某部关于加强人才培养工作的意见\n一、总体要求\n（一）各校要加强教学管理。\n附一、关于制订专业教学计划的原则意见\n"
            "附二、教学管理要点\n某部\n2000年1月17日\n附一：\n关于制订专业教学计划的原则意见\n一、培养目标\n"
            "1.各校要明确培养目标。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    noise = {c.text for c in seg.clauses if c.kind is ClauseKind.NOISE}
    assert {"附一、关于制订专业教学计划的原则意见", "附二、教学管理要点", "附一："} <= noise
    assert "各校要明确培养目标。" in [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]


def test_layouts_an_ocrs_rule_that_lost_one_articles_number_counts_on():
    # round 78: an OCR'd rule that lost one article's number (第二十六条) goes on counting its articles from the next
    # (第三条 … / 第五条 …): each is an item, not text of the one before; a cited article (第五条规定的…) is none
    text = ("第一章 总则\n第一条 为了规范管理，制定本细则。\n第二条 电力调度机构负责市场运营。\n第三条 电力交易机构负责交易组织。\n"
            "第五条 电网企业负责电费结算。\n第六条 本细则自发布之日起实施。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    items = {c.text: c.item.number for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert items["电网企业负责电费结算。"] == "第五条" and items["本细则自发布之日起实施。"] == "第六条"
    text = ("第一章 总则\n第一条 为了规范管理，制定本细则。\n第二条 电力调度机构负责市场运营。\n"
            "第四条规定的结算，由电网企业负责。\n第三条 电力交易机构负责交易组织。\n")
    seg = comparer.segment(Document("d", text))
    items = {c.text: c.item.number for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert items["电力交易机构负责交易组织。"] == "第三条"


def test_layouts_a_word_contents_field_codes_and_a_crawls_links_note_are_noise():
    # round 78: a page copy that kept a Word document's table of contents as its field codes (目录 TOC \\o "1-3" …
    # PAGEREF _Toc430697204 \\h 1 08D0C9EA…) run on one line after the notice's last point, and a crawl's note on
    # where it put the page's links: noise, no task's text
    text = ("页面链接与图片详见 links.tsv(同目录)\n某工程海洋环境影响报告书简本公示 1、建设单位应做好环境保护工作。 "
            "2、公众可以在简本公开后向建设单位提出意见。 目录 TOC \\o \"1-3\" \\h \\z \\u目录 PAGEREF _Toc430697204 \\h 1 "
            + "08D0C9EA79F9BACE118C8200AA004BA90B02000000080000000E0000005F0054006F00630034" +
            " 1、建设项目概况... PAGEREF _Toc430697205 \\h 1 08D0C9EA79F9BACE118C8200AA004BA90B0200000008000000\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks and not any("PAGEREF" in t or "TOC" in t or "links.tsv" in t for t in tasks)
    assert not any("links.tsv" in c.text for c in seg.clauses if c.kind is ClauseKind.TITLE)


def test_layouts_a_sections_unit_note_cut_off_its_heading_holds_for_the_section():
    # round 79: a page copy run on one line (一、引进人才身份认定（负责部门：区党群工作部） （一）… 1、申报程序 （1）…) names
    # each section's department in a note after its heading: the note holds for the section's points that name no
    # unit, as it does when the heading is a line of its own, and for a point that names its own doer too
    lines = ["平潭综合实验区人才引进实施细则", "一、引进人才身份认定（负责部门：区党群工作部）", "（一）引进人才身份认定",
             "1、申报程序", "（1）人才对象填写《申请表》，连同相关材料报送区人力资源公共服务中心。",
             "（2）区经济发展局负责汇总报送非公重点产业企业引进人才的申报材料。",
             "二、引进人才子女入学申请（负责部门：区社会事业局）", "（一）申报程序",
             "1、引进人才填写《申请表》，连同相关证明材料报区社会事业局；", "2、引进人才子女凭确认盖章的《申请表》到有关学校报到。"]
    for text in ("\n".join(lines) + "\n", lines[0] + "\n" + " ".join(lines[1:]) + "\n"):
        seg = comparer.segment(Document("d", text))
        assert_well_formed(seg)
        units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
        assert units["人才对象填写《申请表》，连同相关材料报送区人力资源公共服务中心。"] == ("区党群工作部",)
        assert set(units["区经济发展局负责汇总报送非公重点产业企业引进人才的申报材料。"]) == {"区经济发展局", "区党群工作部"}
        assert units["引进人才子女凭确认盖章的《申请表》到有关学校报到。"] == ("区社会事业局",)


def test_layouts_a_units_label_alone_on_its_line_names_the_units_of_its_duties_below():
    # round 80: a bureau's page of its offices' duties names each office on a line of its own (土地利用处：), its
    # duties on the lines below, or its numbered points; the office is responsible for them, up to the next label
    # (a duty opening 负责全区… names no unit of its own)
    text = ("区环境与国土资源局内设处室职责\n一、主要职责\n负责全区环境保护和国土资源管理工作。\n二、内设处室主要工作职责\n"
            "办公室：负责协调局机关和直属单位工作。\n区土地储备中心：\n（一）建立土地收购储备信息系统；\n（二）提供建设用地的项目服务。\n土地利用处：\n"
            "编制并组织实施全区土地利用总体规划；承担全区耕地保护的责任。\n地质矿产与测绘管理处:\n"
            "负责全区采矿权审核、审批登记发证、监督管理工作；负责全区建设项目压覆重要矿产资源的审查工作；统一管理公益性地质调查。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["建立土地收购储备信息系统；"] == ("区土地储备中心",)
    assert units["负责协调局机关和直属单位工作。"] == ("办公室",)  # (not the label below it, whose items follow)
    assert units["编制并组织实施全区土地利用总体规划；承担全区耕地保护的责任。"] == ("土地利用处",)
    duties = [t for t in units if t.startswith("负责全区采矿权")]
    assert len(duties) == 1 and "统一管理公益性地质调查。" in duties[0] and units[duties[0]] == ("地质矿产与测绘管理处",)
    assert not any(c.text.endswith("：") or c.text.endswith(":") for c in seg.clauses)


def test_layouts_a_paragraph_of_contacts_and_a_link_to_the_policys_reading_are_noise():
    # round 80: a ministry's notice ends its last point with a paragraph of contacts (联系方式。技术支持：186…。政策咨询：
    # …司 010-…，电子邮箱：…), a province's with a link to the policy's reading (政策解读：…实施办法): no task's text
    text = ("教育部办公厅关于做好继续教育专业设置工作的通知\n一、工作要求\n（一）落实工作责任。各高校要按时完成备案。\n"
            "联系方式。技术支持：18613800798。政策咨询：教育部职业教育与成人教育司 010-66097822，电子邮箱：dce@moe.edu.cn。\n"
            "教育部办公厅\n2025年2月7日\n政策解读：四川省2019年普通高等学校面向退役军人等群体人员招生实施办法\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks == ["各高校要按时完成备案。"]


def test_layouts_a_one_line_pages_list_of_attachments_ends_its_text():
    # round 80: a page run on one line goes on after the last point's remark in brackets with the list of attachments,
    # the signature, the date and the attached forms (…） 附件：1.…申请表 2.…汇总表 …党群工作部 2016年4月1日 附件1 …): none
    # of it the last point's text
    for end in ("区党群工作部要加强监督检查。（业务咨询电话：13960811955） ", "区党群工作部要加强监督检查。 "):
        text = ("平潭综合实验区关于开展人才认定工作的通知\n一、认定范围 （一）申报对象。各单位要及时申报。 二、有关事项 "
                "（一）加大监督力度。" + end + "附件：1.实验区引进中高层次人才认定申请表 2.实验区申报认定中高层次人才汇总表 "
                "平潭综合实验区党工委党群工作部 2016年4月1日 附件1 平潭综合实验区引进中高层次人才认定申请表 填报时间： 年 月 日 "
                "姓 名 性别 出生年月\n")
        seg = comparer.segment(Document("d", text))
        assert_well_formed(seg)
        tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
        assert "区党群工作部要加强监督检查。" in tasks and not any("附件" in t or "申请表" in t for t in tasks)


def test_layouts_a_lead_in_to_conditions_a_body_sets_gives_the_points_none_of_its_units():
    # round 80: an article whose lead-in has a ministry choose bodies that meet the conditions listed (交通运输部…选择符合
    # 下列条件的检测机构…：（一）…（二）…): the points are the conditions, the ministry no doer of them; a body's own
    # conditions (X应当具备下列条件：) and duties (X应当履行下列职责：) stay its own
    text = ("第一章 总则\n第一条 为了规范检测工作，制定本办法。\n第二条 交通运输部组织专家评审，选择符合下列条件的检测机构从事检测业务，"
            "并且向社会公布检测机构名单：\n（一）取得相应的实验室资质认定；\n（二）具有符合检测规范要求的设备。\n"
            "第三条 县交通运输局应当履行下列职责：\n（一）组织检测机构名单的公布；\n（二）监督检测工作。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["取得相应的实验室资质认定；"] == () and units["具有符合检测规范要求的设备。"] == ()
    assert units["监督检测工作。"] == ("县交通运输局",)


def test_layouts_a_cover_notices_own_demands_after_it_issues_the_text_are_obligations():
    # round 80: a ministry's cover notice issues the opinions it covers (…，现印发给你们，请结合实际认真贯彻执行。) and goes
    # on with its own demands, a deadline among them, before its signature: those are tasks, not a preamble; its
    # signature's date, run into the title below on one line, stops them
    text = ("教育部印发《关于规范使用高校人才称号的若干意见》的通知\n教人〔2020〕15号\n各省、自治区、直辖市教育厅（教委）：\n"
            "为深化人才发展体制机制改革，我部制定了《若干意见》，现印发给你们，请结合实际认真贯彻执行。\n"
            "各地各部门各校要提高政治站位，切实做好宣传解读。坚持问题导向，形成问题清单、整改清单和责任清单。"
            "整改方案应于2020年12月31日前报我部人事司备案。\n教育部 2020年11月30日 关于规范使用高校人才称号的若干意见\n"
            "一、正确认识人才称号\n（一）人才称号是对人才的阶段性评价。各高校要树立正确的用人导向。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert {"各地各部门各校要提高政治站位，切实做好宣传解读。", "坚持问题导向，形成问题清单、整改清单和责任清单。",
            "整改方案应于2020年12月31日前报我部人事司备案。"} <= set(tasks)
    assert not any("印发给你们" in t or "2020年11月30日" in t for t in tasks)


def test_layouts_a_body_said_to_be_an_agency_before_its_duties_is_their_doer():
    # round 81: an article names a body as what it is, then its duties (X作为Y的派出机构，其主要职责是：（一）…): X does them
    text = ("第一章 总则\n第一条 为了规范超限检测，制定本办法。\n第二条 公路超限检测站作为公路管理机构的派出机构，其主要职责是：\n"
            "（一）制定公路超限检测站的各项管理制度；\n（二）依法对超限运输车辆进行检测。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.lead_units + c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["制定公路超限检测站的各项管理制度；"] == ("公路超限检测站",)
    assert units["依法对超限运输车辆进行检测。"] == ("公路超限检测站",)


def test_layouts_a_guides_phone_line_form_fields_and_appendix_marker_are_noise():
    # round 82: a district bureau's guide lists its phone alone on a line (（021）33887913), closes a form with the
    # fields to sign and stamp (主管领导：  单位盖章：  年  月  日, 负责人  （单位印章）) and opens its appendix by a marker
    # (附录1): none of it a task's text
    text = ("闵行区水务局行政审批事项办理指南\n一、办理流程\n（一）受理\n闵行区水务局受理申请，并进行形式审查。\n"
            "（二）电话咨询\n（021）33887913\n二、申请表\n1.申请单位应当如实填写申请表。\n"
            "主管领导：                 单位盖章：                  年    月    日\n负责人       （单位印章）\n附录1\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks == ["闵行区水务局受理申请，并进行形式审查。", "申请单位应当如实填写申请表。"]


def test_layouts_an_item_titled_by_a_project_on_a_one_line_report_is_cut():
    # round 82: a one-line evaluation report's items open on 项目 (（二）项目实施情况分析…): an item, not a cited
    # point (前款第（二）项)
    text = ("某项目绩效评价报告\n一、项目基本情况 （一）项目概况本项目于2017年建成。 （二）项目管理存在问题。项目单位要加强管理。 "
            "二、有关说明 依照前款第（二）项规定执行。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    items = {c.text: c.item.number for c in seg.clauses if c.item is not None}
    assert items["项目单位要加强管理。"] == "二"
    assert any("第（二）项" in c.text for c in seg.clauses)


def test_layouts_a_remark_in_brackets_of_who_hosts_is_no_unit_note():
    # round 83: a condition closed by a remark in brackets (具有博士后科研流动站或工作站（含联合申办）。) names no unit: the
    # remark is no note whose units spread over the item's clauses
    text = ("教育部办公厅关于组织申报研究基地的通知\n一、申报条件\n（一）学术基础\n1.具有博士后科研流动站或工作站（含联合申办）。\n"
            "2.具备申报条件的单位一般申报1个基地。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert not any("含联合申办" in u for c in seg.clauses for u in c.lead_units + c.responsible_units)


def test_layouts_a_doer_named_by_by_in_one_point_is_that_points_alone():
    # round 83: a point's sentence names its doer after 由 (3．协议签订：签订…协议，…仍由本区及权属部门负责管理。): the
    # point's doer, not the item's other points'
    text = ("某区排水管理体制改革实施方案\n一、改革任务\n（一）推进平稳有序移交\n"
            "1．区级动员部署（2025年1月-4月）：建立区级排水管理体制改革工作小组，压实工作责任。\n"
            "2．设施排查（2025年3月-6月）：全面排查排水设施底数。\n"
            "3．协议签订（2025年10月-12月）:签订排水设施管理移交协议，未列入移交清单的排水设施仍由本区及权属部门负责管理。\n"
            "4．移交接管（2025年12月）：完成排水设施移交接管。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text[:4]: c.lead_units + c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["协议签订"] == ("本区及权属部门",)
    assert units["区级动员"] == () and units["设施排查"] == () and units["移交接管"] == ()


def test_layouts_a_notes_implementer_key_and_a_bureaus_divisions():
    # round 84: a note's 具体实施： key names who carries the task out (responsible), and a division named after another
    # of the same bureau (市道路运输局养护处、运行处) is that bureau's, not the city's
    text = ("关于切实提升高速公路服务品质相关工作的通知\n三、工作措施\n（二）推进落实全过程管理\n"
            "1.组织标准宣贯培训。市道运中心开展多层次的宣贯培训和答疑。（牵头部门：市道路运输局养护处、运行处，具体实施：市道运中心）\n"
            "2.制定路段实施方案。各项目公司编制实施方案。（牵头单位：市道运中心，具体实施：各项目公司）\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert [(c.lead_units, c.responsible_units) for c in tasks] == [
        (("市道路运输局养护处", "市道路运输局运行处"), ("市道运中心",)), (("市道运中心",), ("各项目公司",))]


def test_layouts_a_chapter_of_paying_into_the_treasury_is_no_unit():
    # round 84: a rule's chapter 征收缴库 (paying into the treasury) ends like a depot's name (直属库) and is none: no
    # units over its articles, whose doers after 由 are found
    text = ("上海市污水处理费征收使用管理实施办法\n第一章　总则\n第一条　为了加强污水处理费征收使用管理，制定本办法。\n"
            "第二章　征　收　缴　库\n第二条　向城镇排水设施排放污水的单位和个人，应当缴纳污水处理费。\n"
            "第三条　其污水处理费由本市市、区水行政主管部门或其委托的单位征收。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text[:4]: c.lead_units + c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["向城镇排"] == ()
    assert units["其污水处"] == ("市、区水行政主管部门",)


def test_layouts_a_points_own_subject_is_no_note_over_its_article():
    # round 84: an article's point names its own doer (（二）国务院学位委员会应于90日内…) and its next sentence none: that
    # doer is the point's, not spread as a note over the article's other sentences
    text = ("博士硕士学位授予资格审核办法\n第一章　总则\n第一条　为了规范审核工作，制定本办法。\n第二章　周期性审核\n"
            "第二条　各省级学位委员会根据国务院学位委员会部署，制定周期性审核申报指南。周期性审核的基本程序是：\n"
            "（一）符合申请基本条件的单位根据申报指南提出申请。\n"
            "（二）国务院学位委员会应于90日内核查、审议拟增设学位授予单位并作出决定。公示期满后正式批准增设。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text[:4]: c.lead_units + c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["各省级学"] == ("各省级学位委员会",)
    assert units["符合申请"] == ()
    assert "国务院学位委员会" in units["国务院学"]


def test_layouts_a_middle_point_titled_by_a_unit_is_that_points_alone():
    # round 84 (seen in round 83's text): 5.农村公路管理机构。 names its point's unit, not a note over the item's other
    # points (1.–4. name their own subjects or none; 6. none)
    text = ("某区农村公路管理养护体制改革实施方案\n二、主要任务\n（二）管理机构与职责\n"
            "1.区人民政府是本区农村公路管理养护的责任主体，全面负责本辖区内道路管理养护工作。\n"
            "2.区道运中心对管理养护工作实施行业管理。\n"
            "3.养护计划应当于每年10月底前编制完成。\n"
            "4.农村公路管理机构。\n各街镇城市建设管理事务中心具体承担农村公路相关事务工作。\n"
            "5.路长制\n设立区、镇、村三级路长组织体系。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text[:4]: c.lead_units + c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert "农村公路管理机构" not in units["养护计划"]
    assert "农村公路管理机构" not in units["设立区、"]


def test_layouts_a_deadline_in_brackets_after_its_task_and_an_offices_contact_line():
    # round 84: a deadline alone in brackets after a task's sentence (…维护工作。（2023年6月底完成）) is that task's, not a
    # task of its own; an office's contact on a line of its own (X：盛俊，联系电话：021—…，地址：…) is noise, no task
    text = ("关于切实提升高速公路服务品质相关工作的通知\n二、工作任务\n（一）交通安全设施提质增效\n"
            "全面排查前期开展的提质增效工作完成情况，做好后续交通安全设施的维护工作。（2023年6月底完成）\n"
            "（二）高速公路设施整治提升\n对照标准仔细排查各类问题，实现高速公路设施的整治提升。（2024年12月底完成）\n"
            "三、其他\n上海市道路运输事业发展中心：盛俊，联系电话：021—53015939，地址：上海市徐家汇路579号。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert [(c.text[c.text.rfind("（"):], c.deadline) for c in tasks] == [
        ("（2023年6月底完成）", "2023年6月底前"), ("（2024年12月底完成）", "2024年12月底前")]
    assert not any("盛俊" in c.text for c in seg.clauses if c.kind is not ClauseKind.NOISE)


def test_layouts_a_regulations_article_numbers_alone_on_their_lines():
    # a city's 条例 as a page copies it: each article's number alone on a line, a blank line, its text;
    # a chapter's title spaced out above the first article does not run on into its number
    text = ("江北市公路管理条例\n第一章　总　　则\n\n第一条\n\n为了加强本市公路的建设和管理，制定本条例。\n\n"
            "第二条\n\n本条例所称的公路，是指本市行政区域内的国道。\n第二章　规划和建设管理\n第三条\n\n"
            "市交通行政管理部门负责本市公路规划的编制。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert [(c.item.number, c.section.number) for c in tasks] == [("第一条", "第一章"), ("第二条", "第一章"), ("第三条", "第二章")]
    assert tasks[2].item.title == "市交通行政管理部门负责本市公路规划的编制" and tasks[2].responsible_units == ("市交通行政管理部门",)
    assert not any(c.text.startswith("第") and c.text.endswith("条") for c in seg.clauses)


def test_layouts_an_articles_number_alone_on_a_line_above_its_bracketed_title(tmp_path):
    # a page's copy of a 办法: each article's number on a line of its own, its title in brackets on the
    # next, its text below (第一条 / （目的和依据） / 为…); read from a file, as a user's would be
    path = tmp_path / "办法.txt"
    path.write_text("江北市户外招牌设置行政审批告知承诺实施办法\n第一条\n（目的和依据）\n"
                    "为规范户外招牌设置行政审批，制定本办法。\n第二条\n（职责分工）\n"
                    "区绿化市容管理部门负责本辖区户外招牌设置的行政审批。\n", encoding="utf-8")
    seg = comparer.segment(comparer.read_document(path))
    assert_well_formed(seg)
    items = {c.text: (c.item.number, c.item.title) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert items == {"为规范户外招牌设置行政审批，制定本办法。": ("第一条", "目的和依据"),
                     "区绿化市容管理部门负责本辖区户外招牌设置的行政审批。": ("第二条", "职责分工")}


def test_layouts_a_national_texts_bracket_notes_name_ministries_without_a_place():
    # the State Council's division of work: each point closed by a bracket of the ministries that do
    # it, named without a place, one or several, or one that calls in the ministries concerned
    text = ("二、突出重点，明确分工\n（一）提高制度建设质量。\n"
            "1.建立健全政府信息公开制度，方便公众对公开的政府信息的获取、查阅。(国务院办公厅、法制办、信息产业部、财政部)\n"
            "2.建立健全规章、规范性文件的定期清理制度。(法制办组织有关部门)\n（二）转变政府职能。\n"
            "1.科学合理设置政府机构，核定人员编制。(中央编办)\n"
            "2.贯彻实施行政许可法，减少行政许可项目。(监察部、中央编办、法制办会同有关部门)\n"
            "3.完善劳动、就业和社会保障法律制度。（劳动保障部、卫生部、民政部、建设部）\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = {c.text: c for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert tasks["建立健全政府信息公开制度，方便公众对公开的政府信息的获取、查阅。"].responsible_units == (
        "国务院办公厅", "法制办", "信息产业部", "财政部")
    assert tasks["建立健全规章、规范性文件的定期清理制度。"].lead_units == ("法制办",)
    assert tasks["科学合理设置政府机构，核定人员编制。"].responsible_units == ("中央编办",)
    assert tasks["贯彻实施行政许可法，减少行政许可项目。"].lead_units == ("监察部", "中央编办", "法制办")
    assert tasks["完善劳动、就业和社会保障法律制度。"].responsible_units == ("劳动保障部", "卫生部", "民政部", "建设部")
    assert not any(c.text.startswith(("(", "（")) for c in seg.clauses if c.kind is not ClauseKind.HEADING)


def test_layouts_a_signature_dated_in_chinese_numerals_is_no_task():
    # a State Council text signed by its issuer, spaced out or not, above a date in Chinese numerals
    for issuer, date in (("国务院办公厅", "二○○四年三月二十二日"), ("国　务　院", "一九九九年十一月八日")):
        text = ("七、加强领导\n各地区、各部门要加强对全面推进依法行政工作的领导，抓好落实。\n\n"
                f"　　　　　　　　　　　{issuer}\n\n　　　　　　　　　　　　{date}\n")
        seg = comparer.segment(Document("d", text))
        assert_well_formed(seg)
        assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
            "各地区、各部门要加强对全面推进依法行政工作的领导，抓好落实。"]
        assert {text[sp.start:sp.end] for sp in seg.spans if sp.kind is SpanKind.SIGNATURE} == {issuer, date}
        assert not seg.notes


def test_layouts_the_bodies_a_regulation_charges_are_its_clauses_units():
    # a regulation's duties on companies and contractors: several subjects before 应对…进行 (should,
    # of…, carry out), enterprises as the subject of 应当/需; not the enterprises a text allows
    text = ("第一章 总则\n第一条 总承包单位、监理单位应对下列资料进行核查：产品合格证、备案证明。\n"
            "第二条 燃气企业应当建立用户档案，定期开展入户安全检查。\n"
            "第三条 各开发企业需向价格主管部门申报新建商品房销售价格。\n"
            "第四条 有关企业可以申请专项补贴。\n第五条 各部门应对突发事件做好准备。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.item.number: c.responsible_units + c.lead_units for c in seg.clauses
             if c.kind is ClauseKind.OBLIGATION}
    assert units["第一条"] == ("总承包单位", "监理单位")
    assert units["第二条"] == ("燃气企业",)
    assert units["第三条"] == ("各开发企业",)
    assert units["第四条"] == () and units["第五条"] == ()
    # every level of one kind of office is the doer (各级行政执法机关要…); every level of government is none
    seg = comparer.segment(Document("d", "第一条 各级行政执法机关要严格执行行政执法公示制度。\n"
                                         "第二条 各级政府要加强对依法行政工作的领导。\n"))
    units = {c.item.number: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units == {"第一条": ("各级行政执法机关",), "第二条": ()}
    # a university as the doer; a time word or 特别是 before a name is none of it; two bodies joined by 和
    seg = comparer.segment(Document("d", "第一条 当前高等学校要注意健全教材管理机构。\n"
                                         "第二条 各高等学校、特别是重点高校要做好本校教材规划。\n"
                                         "第三条 各有关部门和高等学校应高度重视教材规划。\n"))
    units = {c.item.number: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units == {"第一条": ("高等学校",), "第二条": ("各高等学校", "重点高校"), "第三条": ("各有关部门", "高等学校")}
    # a subject after a phase (…过程中，A、B委托…), a time between a subject and its modal (…每隔两年要),
    # places in brackets before fields (有关省（区、市）教育、财政部门要), a level's finance (中央财政), an
    # enterprise after 由 (由电网企业按月统计)
    seg = comparer.segment(Document("d", "第一条 项目研发过程中，教育部、财政部委托有关单位组织专家评审。\n"
                                         "第二条 市县政府每隔两年要对规范性文件进行清理。\n"
                                         "第三条 有关省（区、市）教育、财政部门要加强对项目的管理。\n"
                                         "第四条 中央财政对项目给予支持。\n"
                                         "第五条 最大出力未达标情况由电网企业按月统计。\n"))
    units = {c.item.number: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units == {"第一条": ("教育部", "财政部"), "第二条": ("市县政府",), "第三条": ("教育", "财政部门"),
                     "第四条": ("中央财政",), "第五条": ("电网企业",)}


def test_layouts_a_long_first_sentence_opening_with_a_tasks_verb_is_a_task_as_well_as_a_title():
    # an item's or a point's first sentence, long and opening with a task's verb, states a task of
    # its own though it has no comma; a short one (加强组织领导。) stays the title alone
    text = ("一、营造良好发展环境\n（一）加强组织领导。各地要建立工作机制。\n"
            "（二）落实好疫情影响严重地区企业通过资本市场融资、并购重组等支持性政策安排。"
            "免除上市公司2022年上市初费和年费。\n（三）理顺行政执法体制。\n"
            "1.研究建立权责明确、行为规范、监督有效、保障有力的行政执法体制。完善相关法律制度和工作机制。\n"
            "2.强化执法监督。定期开展执法检查。\n")
    kinds = kinds_of(text)
    assert kinds["落实好疫情影响严重地区企业通过资本市场融资、并购重组等支持性政策安排。"] is ClauseKind.OBLIGATION
    assert kinds["研究建立权责明确、行为规范、监督有效、保障有力的行政执法体制。"] is ClauseKind.OBLIGATION
    assert kinds["加强组织领导。"] is ClauseKind.HEADING and kinds["强化执法监督。"] is ClauseKind.HEADING
    point = next(c for c in comparer.segment(Document("d", text)).clauses if c.text.startswith("研究建立"))
    assert (point.item.number, point.item.title) == ("1", "研究建立权责明确、行为规范、监督有效、保障有力的行政执法体制")
    assert point.item.parent.title == "理顺行政执法体制"


def test_layouts_offices_named_by_their_work_do_a_procedures_steps():
    # a registration notice's procedure: the office that handles each step named by its work, as the
    # subject of its sentence or of the clause after the applicants'; a verb phrase is no unit
    text = ("二、办理模式\n（一）一次性付款情形\n在建工程抵押银行、开发企业、购房人共同到不动产登记部门申请，"
            "不动产登记部门合并办理抵押权注销登记和预告登记。\n（二）审核批复时限\n受理部门于5个工作日内出具准予办理的批复。\n"
            "（三）发挥商会作用\n各级工商联要充分发挥民营上市公司在稳定增长中的作用。\n"
            "（四）材料转送程序\n符合要求的，转送审核机构进行审核。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.item.title: c.responsible_units + c.lead_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["一次性付款情形"] == ("不动产登记部门",)
    assert units["审核批复时限"] == ("受理部门",)
    assert not any(u.startswith("充分") for u in units["发挥商会作用"]) and units["材料转送程序"] == ()
    # a title line, then a sentence whose subject is every level of a body: no title wrapped onto it
    assert {c.text: c.kind for c in seg.clauses}["发挥商会作用"] is ClauseKind.HEADING
    # a government's office named by its work after 由 is one name (同级人民政府审核机构), and a
    # clause opening with 未 (not yet) has no subject (未明确专门审核机构的: 专门 is no office)
    seg = comparer.segment(Document("d", "第一条 部门起草的规范性文件，由同级人民政府审核机构进行审核。\n"
                                         "第二条 未明确专门审核机构的，由本级人民政府确定的审核机构进行审核。\n"))
    units = {c.item.number: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["第一条"] == ("同级人民政府审核机构",) and "未明确专门" not in units["第二条"]


def test_layouts_a_rule_of_practices_clauses_numbered_in_digits_are_its_sections():
    # an operating rule numbered as a standard is (1 规程目的 / 2 适用范围 / …), each title on a line of
    # its own: the sections its rules fall in; a lone 1 before a title with no 2 below is no section
    text = ("江北市瓶装液化气配送和安全检查操作规程\n1 规程目的\n为规范本市瓶装液化气配送服务行为，制定本规程。\n"
            "2 适用范围\n本规程适用于本市行政区域内燃气企业从事的配送服务。\n3 一般要求\n"
            "燃气企业应当建立健全配送服务和安全检查制度。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    sections = {c.text: (c.section.number, c.section.title) for c in seg.clauses if c.section is not None}
    assert sections["燃气企业应当建立健全配送服务和安全检查制度。"] == ("3", "一般要求")
    assert sections["为规范本市瓶装液化气配送服务行为，制定本规程。"] == ("1", "规程目的")
    assert [c.kind for c in seg.clauses if c.text == "适用范围"] == [ClauseKind.HEADING]
    lone = comparer.segment(Document("d", "江北市通知\n1 提高认识\n各单位要提高认识。\n"))
    assert all(c.section is None for c in lone.clauses)


def test_layouts_a_notices_measures_for_places_whose_work_shows_results_are_tasks():
    # a notice of incentives: each measure is for the places whose work shows results (…工作成效明显的
    # 市, …工作成效考核中…), which is no report's section on results
    text = ("国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知\n"
            "一、对促进社会投资健康发展、企业债券发行等工作成效明显的市（地、州、盟），在两年之内实行“直通车”机制。"
            "（国家发展改革委负责）\n"
            "二、对在扶贫开发工作成效考核中获得表扬的省（区、市），在安排财政专项扶贫资金时给予奖励。（财政部负责）\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c for c in seg.clauses if c.text.startswith("对")]
    assert len(tasks) == 2 and all(c.kind is ClauseKind.OBLIGATION for c in tasks)
    assert [c.responsible_units for c in tasks] == [("国家发展改革委",), ("财政部",)]


def test_layouts_units_after_a_matter_and_a_comma_are_that_sentences_own():
    # an item of pricing rules: one sentence names its matter, then after a comma who sets it (…的容量
    # 电价，由A会同B…制定); those units are that sentence's, not the item's other rules'
    text = ("二、政策内容\n（四）容量电费考核。\n"
            "煤电机组无法按照调度指令提供申报最大出力的，月内发生两次扣减当月容量电费的10%。\n"
            "对自然年内容量电费全部扣减累计发生三次的煤电机组，取消其获取容量电费的资格。\n"
            "应急备用煤电机组的容量电价，由省级价格主管部门会同能源主管部门按照回收日常维护成本的原则制定。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text[:6]: (c.lead_units, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["应急备用煤电"] == (("省级价格主管部门",), ("能源主管部门",))
    assert units["煤电机组无法"] == ((), ()) and units["对自然年内容"] == ((), ())


def test_layouts_the_bearer_a_rule_names_before_its_duty_and_a_pages_interpretation_links():
    # a city's rules for major projects: each body said to bear a role (X是…的责任主体，应当…); the
    # page's download and interpretation links after the last item are no task of it
    text = ("第一条 建设单位是稳定市重大工程建设方案的责任主体，应当主动对接项目所在区和相关部门。\n"
            "第二条 市发展改革委、市规划资源局是市重大工程建设方案的审批主体，应当按照各自职责加强审核。\n"
            "第三条 各区政府是稳定市重大工程建设方案的配合主体，负责开展前期调查摸底。\n文件下载\n部门解读\n"
            "《江北市重大工程建设管理办法》的政策解读\n媒体视角\n江北出台重大工程建设管理办法\n"
            "江北发文：重大工程建设方案须经审批\n《江北市重大工程建设管理办法》 政策解读\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.item.number: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units == {"第一条": ("建设单位",), "第二条": ("市发展改革委", "市规划资源局"), "第三条": ("各区政府",)}
    tail = text[text.index("文件下载"):].splitlines()
    kinds = {c.text: c.kind for c in seg.clauses}
    assert all(kinds[line] is ClauseKind.NOISE for line in tail), [(l, kinds.get(l)) for l in tail]


def test_layouts_an_articles_enumerated_cases_are_its_sub_items():
    # a reward scheme's article lists the cases it covers, each ending in ；: cited as 第三条第（二）项,
    # each case is a sub-item of the article; a plan's item keeps its cases as its own text
    text = ("第一条 为鼓励举报安全生产隐患，制定本办法。\n第二条 本办法适用于本区行政区域内的举报奖励。\n"
            "第三条 下列安全生产和消防安全隐患纳入举报奖励范围：\n"
            "（一）生产、储存易燃易爆危险品的场所与居住场所设置在同一建筑物内的；\n"
            "（二）疏散通道、安全出口被占用、堵塞或者封闭的；\n（三）其他违反消防安全规定的。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    cases = [c for c in seg.clauses if c.text.endswith(("的；", "的。")) and c.item is not None]
    assert [(c.item.number, c.item.parent.number) for c in cases if c.item.parent] == [
        ("一", "第三条"), ("二", "第三条"), ("三", "第三条")]
    assert cases[1].item.title == "疏散通道、安全出口被占用、堵塞或者封闭的"
    # an article's point whose first sentence has a unit doing it is that task, not only its title
    seg = comparer.segment(Document("d", "第一条 为加强省预算内投资绩效管理，制定本办法。\n第二条 绩效管理按下列要求执行：\n"
                                         "（一）项目单位应在申请省预算内投资的同时编制绩效目标。\n"
                                         "（二）市（州）发展改革委按照绩效管理规定开展绩效监控。监控结果作为安排投资的依据。\n"))
    kinds = {c.text: c.kind for c in seg.clauses}
    assert kinds["市（州）发展改革委按照绩效管理规定开展绩效监控。"] is ClauseKind.OBLIGATION


def test_layouts_an_emergency_plans_contents_and_decimal_clauses():
    # a province's emergency plan (预案): a table of contents of digit and decimal titles, then the
    # same titles with their text; the decimal clauses are items of their digit section, their
    # （1）… points its sub-items; the contents are no structure of the text
    text = ("江北省粮食应急预案\n目　　录\n1　总则\n1.1　编制目的\n1.2　工作原则\n2　组织机构和职责\n"
            "2.1　省粮食应急工作指挥部\n2.1.1　指挥部职责\n1　总则\n1.1　编制目的\n"
            "为了有效监测和控制粮食市场异常波动，制定本预案。\n1.2　工作原则\n（1）统一领导、分级负责。\n"
            "（2）科学监测、预防为主。\n2　组织机构和职责\n2.1　省粮食应急工作指挥部\n"
            "省人民政府设立省粮食应急工作指挥部，负责领导、组织和指挥全省粮食应急工作。\n2.1.1　指挥部职责\n"
            "（1）掌握粮食市场形势，向省人民政府提出启动应急措施的建议。\n（2）对市级人民政府开展粮食应急工作进行督查。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    by_text = {c.text: c for c in seg.clauses}
    duty = by_text["掌握粮食市场形势，向省人民政府提出启动应急措施的建议。"]
    assert (duty.section.number, duty.item.number, duty.item.parent.number) == ("2", "1", "2.1.1")
    assert duty.item.parent.title == "指挥部职责" and duty.kind is ClauseKind.OBLIGATION
    aim = by_text["为了有效监测和控制粮食市场异常波动，制定本预案。"]
    assert (aim.section.title, aim.item.number, aim.item.title) == ("总则", "1.1", "编制目的")
    contents = text[text.index("目　　录"):text.index("1　总则\n1.1　编制目的\n为了")].splitlines()[1:]
    assert all(c.kind is ClauseKind.NOISE for c in seg.clauses if c.start < text.index("1　总则\n1.1　编制目的\n为了")
               and c.text in contents)


def test_layouts_a_notes_gap_after_a_comma_a_titles_last_word_and_a_sites_footer(tmp_path):
    # a city's page: a note with a space after an enumeration comma (市委网信办、 市住房保障房产局), an
    # item titled 梳理执法依据。 (依据 ends the title, it opens no sentence), and after the last item the
    # page's file links, its ICP and filing lines and the name of the office that runs the site
    path = tmp_path / "措施.txt"
    path.write_text("一、主要措施\n（一）梳理执法依据。各地区要对执法依据进行全面梳理。\n"
                    "（二）强化舆论宣传引导。加强媒体舆情监测监管，稳定市场预期。（责任单位：市委网信办、 市住房保障房产局）\n"
                    "文件链接：江北市三项制度工作方案政策解读\n江北市房产局 辽ICP备19004562号\n"
                    "联系电话：024-22973509 网站标识码：2101000045\n江北市大数据管理中心\n", encoding="utf-8")
    seg = comparer.segment(comparer.read_document(path))
    assert_well_formed(seg)
    kinds = {c.text: c for c in seg.clauses}
    assert kinds["加强媒体舆情监测监管，稳定市场预期。"].responsible_units == ("市委网信办", "市住房保障房产局")
    assert kinds["梳理执法依据。"].kind is ClauseKind.HEADING
    assert all(kinds[line].kind is ClauseKind.NOISE for line in ("文件链接：江北市三项制度工作方案政策解读", "江北市大数据管理中心"))
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        "各地区要对执法依据进行全面梳理。", "加强媒体舆情监测监管，稳定市场预期。"]


def test_layouts_a_pdfs_page_breaks_inside_a_sentence(tmp_path):
    # a PDF's text: page markers (- 2 -, an OCR tool's --- 第 3 页 OCR ---) and bare page numbers on lines
    # of their own, some inside a sentence (…促进电力经济 / 2 / 运行，…), some between two; the sentence
    # a page broke holds together, the markers between sentences are page noise
    line = "经营主体、电网企业应严格遵守市场规则、调度规程，服从市场运营机构管理，诚实守信。\n"
    text = ("第一章 总则\n第一条 为规范浙江电力现货市场的运行和管理，维护市场成员的合法权益，保障电力系统经济\n2\n"
            "运行，制定本规则。\n" + line * 5 + "3\n第二条 本规则适用于本省电力现货市场。\n" + line * 5 + "4\n"
            "第三条 市场运营机构负责组织电力现货交易，并对交易结果进行安全校核和市场监测\n- 5 -\n"
            "--- 第 6 页 OCR ---\n等相关工作。\n" + line * 5 + "7\n第四条 电网企业负责输配电服务。\n" + line * 5 + "8\n"
            "第五条 本规则自印发之日起施行。\n")
    path = tmp_path / "规则.txt"
    path.write_text(text, encoding="utf-8")
    doc = comparer.read_document(path)
    seg = comparer.segment(doc)
    assert_well_formed(seg)
    kinds = {c.text: c.kind for c in seg.clauses}
    assert kinds["为规范浙江电力现货市场的运行和管理，维护市场成员的合法权益，保障电力系统经济运行，制定本规则。"] \
        is ClauseKind.OBLIGATION
    assert kinds["市场运营机构负责组织电力现货交易，并对交易结果进行安全校核和市场监测等相关工作。"] is ClauseKind.OBLIGATION
    assert all(kinds[n] is ClauseKind.NOISE for n in ("3", "4", "7", "8"))
    # a table written one cell a line keeps its row numbers: no pages
    cells = "序号\n任务\n牵头单位\n" + "".join(f"{n}\n推进依法行政第{n}项工作\n县司法局\n" for n in range(1, 6))
    (tmp_path / "t.txt").write_text(cells, encoding="utf-8")
    assert comparer.read_document(tmp_path / "t.txt").text == cells


def test_layouts_a_pages_point_and_item_titles_on_lines_of_their_own():
    # a web page whose lines are its paragraphs: a point's title of parallel phrases with a comma, on a line of
    # its own, and an item's title above a short sentence are titles, no sentence run on to the line below
    long = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，确保上级决策部署在本局贯彻落实到位，为高质量发展提供坚强保障。"
    text = ("某局2023年工作计划\n" + long + "\n（一）统筹学习，加强政治思想教育\n" + long + "重点抓好以下两方面工作：\n"
            "1.强政治、增三力，永葆对党忠诚\n把党的政治建设摆在首位，始终做到对党忠诚。" + long + "\n"
            "2.强理论、增能力，坚定理想信念\n营造浓厚氛围，引领干部职工增强政治认同。\n（二）统筹发展\n加强预算管理。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    kinds = {c.text: (c.kind, c.item.title if c.item else None) for c in seg.clauses}
    assert kinds["强政治、增三力，永葆对党忠诚"] == (ClauseKind.HEADING, "强政治、增三力，永葆对党忠诚")
    assert kinds["营造浓厚氛围，引领干部职工增强政治认同。"] == (ClauseKind.OBLIGATION, "强理论、增能力，坚定理想信念")
    assert kinds["加强预算管理。"] == (ClauseKind.OBLIGATION, "统筹发展")


def test_layouts_a_reports_writer_named_before_its_year_leads_what_we_lead():
    # a bureau's report titled by its name and year: 我局 is that bureau, leading where it says 牵头
    text = ("某县农业农村局2022年工作总结及2023年工作计划\n一、2023年工作计划\n（一）推进乡村振兴。由我局牵头，会同县财政局开展专项检查。"
            "我局牵头推进高标准农田建设。我局将加强动物防疫。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = [(c.lead_units, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert units[:2] == [(("某县农业农村局",), ("县财政局",)), (("某县农业农村局",), ())]
    assert "某县农业农村局" in units[2][0] + units[2][1]


def test_layouts_a_chapter_and_an_articles_title_opening_on_a_figure():
    # a market rule whose chapter title and an article's bracketed title open on a figure (24小时…): still a chapter
    # and an article, and the articles after it too
    text = ("某细则\n第一章 总则\n第一条【目的】为规范市场，制定本细则。\n第二条【适用】本细则适用于全省。\n第二章24小时启停调峰市场\n"
            "第三条【24小时启停调峰需求】电力调度机构综合考虑系统运行需要确定需求。\n第四条【申报】市场主体应当按时申报。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [(c.section.label if c.section else None, c.item.label if c.item else None)
            for c in seg.clauses if c.kind is ClauseKind.OBLIGATION][2:] == [
        ("第二章 24小时启停调峰市场", "第三条 24小时启停调峰需求"), ("第二章 24小时启停调峰市场", "第四条 申报")]


def test_layouts_a_rule_that_a_matter_falls_to_a_body_is_kept():
    # a short article saying whose a matter is (课题管理由中心负责。): a rule, no unit line
    text = "某中心课题管理办法\n第一条 为规范课题管理，制定本办法。\n第二条 课题管理由中心负责。\n第三条 课题负责人应当按时提交研究报告。\n"
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert "课题管理由中心负责。" in {c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}


def test_layouts_a_note_of_units_acting_by_their_duties():
    # a bracket note closing an item: units that do the work by their duties (…按职责负责相关工作)
    text = ("某市实施意见\n一、主要任务\n（一）加强电动自行车整治。加强道路执法管理，依法查处违法行为。"
            "（市工商局、市公安局、市质量技监局按职责负责相关工作）\n（二）加强宣传。开展安全宣传。（市交通委牵头）\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [(c.text, c.lead_units, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        ("加强道路执法管理，依法查处违法行为。", (), ("市工商局", "市公安局", "市质量技监局")), ("开展安全宣传。", ("市交通委",), ())]


def test_layouts_the_contacts_under_a_contact_label_are_noise():
    # a notice's contact label on its own line, then a line per ministry of names and phone numbers
    text = ("某部关于开展绩效评价工作的通知\n一、评价内容\n（一）各地要按时报送自评报告。\n联系人及电话：\n"
            "教育部 李某（职业教育与成人教育司 010-66097867）、卢某（财务司 010-66097520）\n财政部 张某（科教和文化司 010-68551959）\n"
            "附件：1.绩效评价标准\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == ["各地要按时报送自评报告。"]


def test_layouts_a_rule_naming_its_organiser_after_a_statement_is_no_unit_note():
    # an article that says what an award is, then who organises it (…为省级表彰项目，主办单位为…): a rule, kept
    text = ("某市质量奖管理办法\n第一条 为推进质量强市建设，制定本办法。\n"
            "第二条 市政府质量奖为省级表彰项目，主办单位为市人民政府，承办单位为市市场监管局。\n第三条 质量奖每两年评选一次。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert "市政府质量奖为省级表彰项目，主办单位为市人民政府，承办单位为市市场监管局。" in {
        c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}


def test_layouts_a_quote_left_open_by_a_slip_ends_no_sentence_late():
    # a report's quote mark opened and never closed (区“五星级…, “新三板“): its sentences are cut at their stops
    text = ("某局2024年工作总结\n一、工作成效\n（一）党建引领。创建区“五星级基层党组织，培育示范点2个。开展主题党日活动12次。"
            "完成党员培训300人次。\n（二）企业融资。引导企业到“新三板“挂牌融资。支持企业发行创新型债券。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.ACHIEVEMENT] == [
        "创建区“五星级基层党组织，培育示范点2个。", "开展主题党日活动12次。", "完成党员培训300人次。",
        "引导企业到“新三板“挂牌融资。", "支持企业发行创新型债券。"]


def test_layouts_a_bracket_after_a_count_names_what_is_counted_no_units():
    # a plan's projects counted by field, the last one's name in brackets before the stop: no unit note
    text = ("某局2023年工作计划\n（一）推动民生建设项目化\n一是推动8个在建重点项目建设。教育领域2个（含县第二幼儿园、县龙山小学）；"
            "民政养老领域1个（县怡馨养老服务中心）。二是推动13个项目计划开工。\n（二）加强队伍建设\n县人社局要做好培训。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert {u for c in seg.clauses for u in c.lead_units + c.responsible_units} == {"县人社局"}


def test_layouts_an_article_number_with_a_space_before_its_tiao():
    # a copy that put a space inside an article's number (第三 条): an article all the same, and those after it
    text = ("某市文明行为促进条例\n第一章 总则\n第一条 为了促进文明行为，制定本条例。\n第二条 本条例适用于本市行政区域。\n"
            "第三 条 市精神文明建设工作机构应当组织开展评选活动。\n第四条 文化广电部门应当加强文明行为宣传。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [(c.item.number, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION][2:] == [
        ("第三条", ("市精神文明建设工作机构",)), ("第四条", ("文化广电部门",))]


def test_layouts_an_ocrs_page_numbers_read_with_a_one_or_alone_above_its_marker(tmp_path):
    # an OCR's page numbers above its page markers: a dash read as 一 (—5一), a number alone (3), one after a
    # line that opens on a field's key and ends on a comma (包括：…， / —4—): the sentence each cut holds together
    line = "各有关派出机构要按照职责分工认真组织开展专项监管工作，确保取得实效。\n"
    text = ("某监管办关于开展专项监管的通知\n一、监管内容\n（一）信息披露。监管市场运营机构开展信息披露有关情况。具体\n"
            "包括：市场信息管理及披露制度体系和披露平台建设完善情况，\n—4—\n\n--- 第 8 页 OCR ---\n"
            "信息披露及时性、准确性、完整性情况等。\n" + line * 3 + "（二）问题处置。对于发现问题要按照《工作规范》（国能综通监管[2020]129\n"
            "—5一\n\n--- 第 9 页 OCR ---\n号）要求，采取责令整改等方式视情处置。\n" + line * 3 +
            "（三）依据。《国家能源局关于进一步加强电力市场管理委员会\n3\n\n--- 第 7 页 OCR ---\n规范运作的指导意见》。\n")
    path = tmp_path / "通知.txt"
    path.write_text(text, encoding="utf-8")
    seg = comparer.segment(comparer.read_document(path))
    assert_well_formed(seg)
    kinds = {c.text: c.kind for c in seg.clauses}
    assert kinds["具体\n包括：市场信息管理及披露制度体系和披露平台建设完善情况，信息披露及时性、准确性、完整性情况等。"] \
        is ClauseKind.OBLIGATION
    assert kinds["对于发现问题要按照《工作规范》（国能综通监管[2020]129号）要求，采取责令整改等方式视情处置。"] \
        is ClauseKind.OBLIGATION
    assert not [t for t in kinds if t.strip() in ("3", "—4—", "—5一")]  # (dropped with the break they stood in)


#: Texts written anew, each reproducing a layout, with the kinds its sentences must have.
_KIND_CASES = [
    # a five-year plan opens with what the last plan's years did and the situation it faces; only
    # its tasks after them are obligations
    pytest.param(("江北市绿色建筑“十四五”规划\n一、“十三五”工作回顾\n（一）总体情况\n"
                 "“十三五”期间，全市累计新建绿色建筑面积达1.2亿平方米，完成既有公共建筑节能改造500万平方米。\n"
                 "二、“十四五”所面临的形势\n当前，建筑领域碳排放达峰任务艰巨，区域一体化要求打造绿色创新高地。\n"
                 "三、重点任务\n（一）推进超低能耗建筑\n到2025年，新建居住建筑执行超低能耗标准的比例达到30%。\n"),
                 {"“十三五”期间，全市累计新建绿色建筑面积达1.2亿平方米，完成既有公共建筑节能改造500万平方米。": ClauseKind.ACHIEVEMENT,
                  "当前，建筑领域碳排放达峰任务艰巨，区域一体化要求打造绿色创新高地。": ClauseKind.PREAMBLE,
                  "到2025年，新建居住建筑执行超低能耗标准的比例达到30%。": ClauseKind.OBLIGATION},
                 id="a_plans_review_of_the_last_plan_is_achievement_and_its_outlook_no_task"),
    # a penalty discretion standard: a section stated in one rule (三、实施…应当以事实为根据，…。), and a
    # list of cases whose last case ends in a full stop, the standard's sentences below it
    pytest.param(("江北市消防安全违法行为处罚裁量基准\n"
                 "三、实施消防行政处罚应当以事实为根据，以法律为准绳，根据违法行为的事实、性质和情节作出相应处罚。\n"
                 "四、有下列情形之一的，不予行政处罚：\n（一）不满14周岁的未成年人实施消防安全违法行为的；\n"
                 "（二）当事人有证据足以证明没有主观过错的；\n（三）其他依法不予行政处罚的。\n"
                 "初次违法且危害后果轻微并及时改正的，可以不予行政处罚。\n"),
                 {"实施消防行政处罚应当以事实为根据，以法律为准绳，根据违法行为的事实、性质和情节作出相应处罚。": ClauseKind.OBLIGATION,
                  "其他依法不予行政处罚的。": ClauseKind.OBLIGATION,
                  "初次违法且危害后果轻微并及时改正的，可以不予行政处罚。": ClauseKind.OBLIGATION},
                 id="a_discretion_standards_rules_and_the_last_case_of_its_lists_are_tasks"),
    # a section of principles and requirements: a principle is no task, but a sentence that charges a
    # named unit with a duty (行政机关…，应当…; 各地区、各部门要…) is
    pytest.param(("三、依法行政的基本原则和基本要求\n（一）基本原则\n依法行政必须坚持党的领导、人民当家作主和依法治国三者的有机统一。\n"
                 "（二）基本要求\n合法行政。\n行政机关实施行政管理，应当依照法律、法规、规章的规定进行。\n"
                 "各级行政机关要严格依照法定权限履行职责。\n"),
                 {"行政机关实施行政管理，应当依照法律、法规、规章的规定进行。": ClauseKind.OBLIGATION,
                  "各级行政机关要严格依照法定权限履行职责。": ClauseKind.OBLIGATION,
                  "依法行政必须坚持党的领导、人民当家作主和依法治国三者的有机统一。": ClauseKind.PREAMBLE},
                 id="a_requirement_that_charges_a_unit_is_a_task_in_a_section_of_principles"),
    # working rules whose articles are numbered 一、二、…, each opening with a rule ending in 。 and more
    # sentences after it: that first sentence is a rule, not only the section's title; a plan's section
    # titled without a full stop stays a title
    pytest.param(("国务院工作规则\n一、国务院实行总理负责制。总理领导国务院的工作。副总理、国务委员协助总理工作。\n"
                 "二、国务院各部门要严格执行国务院的决定。各部门要及时报告执行情况。\n三、保障措施\n各部门要加强协调。\n"),
                 {"国务院实行总理负责制。": ClauseKind.OBLIGATION,
                  "国务院各部门要严格执行国务院的决定。": ClauseKind.OBLIGATION,
                  "保障措施": ClauseKind.HEADING},
                 id="rules_numbered_as_sections_state_a_rule_in_their_first_sentence"),
]


_KIND_CASES.append(pytest.param(  # a bureau's report whose second part is titled by the year's work to do
    "某县应急管理局2023年工作总结暨2024年工作思路\n一、凝心聚力，2023年各项工作取得新成效\n（一）安全生产形势稳定。全年未发生较大以上事故。\n"
    "二、奋勇争先，全力以赴做好2024年工作\n（一）强化安全监管。开展危化品领域专项整治。\n",
    {"全年未发生较大以上事故。": ClauseKind.ACHIEVEMENT, "开展危化品领域专项整治。": ClauseKind.OBLIGATION},
    id="a_reports_part_titled_by_the_years_work_to_do_is_its_plan"))
_KIND_CASES.append(pytest.param(  # a notice's points: a case (…以上的。) and leave given (可用于…) are rules, no titles
    "某市交通委关于通行证申请事项的通知\n一、办理条件\n（一）企业条件。\n1.考评为AA级以上的运输企业。\n"
    "2.运输企业现有车辆规模为30辆（含）以上的。同时应当具备相应的停车场地。\n二、通行效力\n"
    "（一）《通行证》可用于本市内和跨省通行。外省市车辆持证也可在本市通行。\n（二）加强组织领导。各区要建立工作机制。\n",
    {"运输企业现有车辆规模为30辆（含）以上的。": ClauseKind.OBLIGATION, "《通行证》可用于本市内和跨省通行。": ClauseKind.OBLIGATION,
     "加强组织领导。": ClauseKind.HEADING},
    id="a_points_case_and_leave_given_are_rules_no_titles"))
_KIND_CASES.append(pytest.param(  # a regulation's page ends with its related stories: no text of it
    "第一章 总则\n第一条 为规范综合杆设施管理，制定本办法。\n第二条 本办法自2026年1月1日起施行。\n"
    "相关稿件\n关于《江北市综合杆设施管理办法》的解读材料\n",
    {"相关稿件": ClauseKind.NOISE, "关于《江北市综合杆设施管理办法》的解读材料": ClauseKind.NOISE,
     "本办法自2026年1月1日起施行。": ClauseKind.OBLIGATION},
    id="a_pages_related_stories_label_after_the_last_article_is_noise"))


def test_layouts_a_pages_script_after_the_last_article_is_noise():
    # a regulation's page copied with the script of its comment box after the last article: names,
    # operators, string literals holding Chinese labels, comments in Chinese; none of it is text
    text = ("江北市综合杆设施管理办法\n第一条 为规范综合杆设施管理，制定本办法。\n"
            "第二条 区城管部门应当每季度对综合杆设施开展一次巡查。\n第三条 本办法自2026年1月1日起施行。\n"
            "jQuery(document).ready(function () {\n    Page.start();\n    // 评论区：加载最近五条留言\n"
            "    var list = \"\";\n    rows.forEach((row) => {\n        list +=\n"
            "        '<p class=\"who\">留言人：</p><span>' +\n        row.author +\n"
            "        '</span><p class=\"reply\">' +\n        (row.answer || \"暂无回复\") +\n"
            "        \"</p>\";\n    });\n    $(\"#box\").html(list);\n});\n"
            "附件：综合杆设施巡查记录表\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [c.text for c in seg.clauses if c.kind.alignable]
    assert tasks[-2:] == ["区城管部门应当每季度对综合杆设施开展一次巡查。", "本办法自2026年1月1日起施行。"]
    noise = "".join(c.text for c in seg.clauses if c.kind is ClauseKind.NOISE)
    assert "row.author +" in noise and "// 评论区：加载最近五条留言" in noise and "});" in noise


# Round 55–57 forms: a date after its preposition; an amending decision's items and a rule's binding
# first sentence; a lead-in that binds; a task's short title line of its own; a body before an adverb.
_KIND_CASES += [
    pytest.param(("江北市住房租赁补贴暂行办法\n一、申请家庭应当如实申报收入和住房情况。\n"
                  "二、本办法由江北市人民政府负责解释。\n三、本办法从2026年3月1日起施行。\n"),
                 {"本办法从2026年3月1日起施行。": ClauseKind.OBLIGATION, "本办法从": None},
                 id="a_rule_dated_after_its_preposition_is_one_sentence"),
    pytest.param(("江北市人民政府关于修改《江北市住房租赁管理暂行办法》的决定\n一、对《江北市住房租赁管理暂行办法》作出修改\n"
                  "（一）将第五条修改为“出租人应当在合同签订后三十日内办理登记备案。”\n"
                  "（二）在第七条中增加一款，作为第四款：“区住房城乡建设部门应当定期公布租金参考价。”\n（三）删去第十七条第一款。\n"
                  "二、设计要求\n（一）套型设计\n1.排水系统应采取防止水封破坏的技术措施。新建项目应同步设置检查口。\n"
                  "2.加强日常管理。物业企业每月巡查一次。\n"),
                 {"将第五条修改为“出租人应当在合同签订后三十日内办理登记备案。”": ClauseKind.OBLIGATION,
                  "删去第十七条第一款。": ClauseKind.OBLIGATION, "排水系统应采取防止水封破坏的技术措施。": ClauseKind.OBLIGATION,
                  "加强日常管理。": ClauseKind.HEADING},  # (a title, as before)
                 id="an_amending_decisions_items_and_a_rules_binding_first_sentence_are_tasks"),
    pytest.param(("关于申报2026年会展业发展奖励项目的通知\n二、申报条件\n（一）申报单位应在本市依法登记注册。\n"
                  "（二）有下列情形的不予支持：\n1.申报材料弄虚作假的；\n2.存在严重失信行为的。\n"
                  "三、申报材料\n（一）项目申请材料\n1.支持引进国际专业展会项目需提供：\n（1）场地租赁合同复印件；\n（2）展会执行方案。\n"),
                 {"有下列情形的不予支持：": ClauseKind.OBLIGATION, "支持引进国际专业展会项目需提供：": ClauseKind.OBLIGATION},
                 id="a_lead_in_that_binds_is_a_task_not_a_title"),
    pytest.param(("职业教育提质培优行动计划\n一、重点任务\n（二）完善职业教育体系\n4.强化中职教育的基础性作用\n"
                  "把发展中职教育作为普及高中阶段教育和建设中国特色职业教育体系的重要基础，保持高中阶段教育职普比大体相当。\n"
                  "5.巩固专科高职教育的主体地位\n把发展专科高职教育作为优化高等教育结构的战略选择。\n"),
                 {"强化中职教育的基础性作用": ClauseKind.HEADING, "把发展专科高职教育作为优化高等教育结构的战略选择。": ClauseKind.OBLIGATION},
                 id="a_tasks_title_line_shorter_than_half_a_printed_line_is_its_own"),
    pytest.param(("关于开展电力市场秩序专项监管的通知\n一、工作要求\n"
                  "（一）电网企业切实履行信息报送责任，按时报送各类监管信息。\n（二）加强组织领导。各单位要高度重视。\n"),
                 {"电网企业切实履行信息报送责任，按时报送各类监管信息。": ClauseKind.OBLIGATION, "电网企业": None},
                 id="a_body_before_an_adverb_opens_its_sentence_no_title"),
    pytest.param(("上海市某某管理办法\n第一条（目的依据）为规范管理，制定本办法。\n"
                  "第三条（合同报送）建设单位应当报送合同信息。第四条（技术咨询服务）建设单位可以委托咨询机构提供服务。\n"
                  "第五条（审查申请）建设单位应当提交审查申请。\n").replace("第三条", "第二条").replace("第四条", "第三条")
                 .replace("第五条", "第四条"),
                 {"（技术咨询服务）": ClauseKind.HEADING, "建设单位可以委托咨询机构提供服务。": ClauseKind.OBLIGATION,
                  "建设单位应当提交审查申请。": ClauseKind.OBLIGATION},
                 id="an_article_titled_in_brackets_run_in_after_a_sentence_is_the_next_article"),
    pytest.param(("某市住房公积金贷款管理办法\n第一章 总则\n第一条 为规范贷款管理，制定本办法。\n"
                  "第二条 借款人申请贷款应当符合下列条件：\n（一）个人信用报告上的所有贷款，五级分类须为正常级。逾期记录不超过3次。\n"
                  "（二）贷款额度可根据借款人还款能力调整。月还款额不得超过月收入的一半。\n（三）信用良好。无不良记录。\n"),
                 {"个人信用报告上的所有贷款，五级分类须为正常级。": ClauseKind.OBLIGATION,
                  "贷款额度可根据借款人还款能力调整。": ClauseKind.OBLIGATION, "信用良好。": ClauseKind.HEADING},
                 id="a_points_short_rule_of_what_must_or_may_be_is_no_title"),
    pytest.param(("某市道路交通管理规定\n第一章 总则\n第一条 为规范道路通行，制定本规定。\n"
                  "第二条 机动车牵引挂车应当符合下列规定：\n（一）小型货车只允许牵引1辆挂车。挂车不得载人；\n"
                  "（二）禁止牵引无号牌的挂车。挂车的制动装置应当符合国家标准；\n（三）安全防护。挂车应当安装反光标识。\n"),
                 {"小型货车只允许牵引1辆挂车。": ClauseKind.OBLIGATION, "禁止牵引无号牌的挂车。": ClauseKind.OBLIGATION,
                  "安全防护。": ClauseKind.HEADING},
                 id="a_points_short_rule_of_what_only_is_allowed_or_is_forbidden_is_no_title"),
    pytest.param(("某区城市更新规划\n二、主要任务\n（一）“促发展”：优化商务商业资源\n推进商办楼宇资源建设。加快存量楼宇更新。\n"
                  "（二）“惠民生”：改善居住生活条件\n推进旧住房成套改造。\n"),
                 {"“促发展”：优化商务商业资源": ClauseKind.HEADING, "优化商务商业资源": None,
                  "推进商办楼宇资源建设。": ClauseKind.OBLIGATION},
                 id="an_items_title_after_its_label_and_colon_is_all_its_title"),
    pytest.param(("某区风貌区城市更新“十四五”规划\n一、发展基础\n（一）已取得的发展成就\n1.环境整治成效显著\n"
                  "完成旧住房综合修缮12万平方米。\n（二）存在的困难和挑战\n建筑高密度使用难以满足发展需要。\n"
                  "二、主要任务\n（一）推进风貌保护\n完成10处历史建筑修缮。\n"),
                 {"完成旧住房综合修缮12万平方米。": ClauseKind.ACHIEVEMENT, "建筑高密度使用难以满足发展需要。": ClauseKind.PROBLEM,
                  "完成10处历史建筑修缮。": ClauseKind.OBLIGATION},
                 id="a_plans_background_items_of_what_was_done_and_what_stands_in_the_way"),
]


@pytest.mark.parametrize(("text", "expected"), _KIND_CASES)
def test_layouts_sentences_take_the_kind_their_section_gives_them(text, expected):
    # a plan's review and outlook, a discretion standard's rules and cases, requirements in a section
    # of principles, rules numbered as sections: each sentence's kind
    kinds = kinds_of(text)
    assert {t: kinds.get(t) for t in expected} == expected


def test_layouts_numbers_a_pages_extraction_put_on_lines_of_their_own(tmp_path):
    # a page copied span by span: each number, bracket and slash on a line of its own; a table of
    # contents with its dots on the next line; （1） items in one section and 1． items in another
    text = ("市发展改革委关于做好\n2026\n年迎峰度夏电力需求响应工作的通知\n各区发展改革委，市电力公司：\n"
            "为保障\n2026\n年夏季电力供应，依据《关于开展\n2026\n年电力需求侧管理工作的通知》（某发改能源〔\n2026\n〕\n12\n"
            "号），现就有关事项通知如下。\n目\n录\n一、工作目标........................\n...................\n- 1 -\n"
            "二、参与条件\n....................\n- 2 -\n"
            "一、工作目标\n今年\n7\n月\n1\n日至\n8\n月\n31\n日，全市削峰响应规模不低于\n80\n万千瓦，补贴价格为\n1.2\n元\n/\n千瓦时。\n"
            "二、参与条件\n（\n1\n）参与用户上年用电量不低于\n500\n万千瓦时。\n（\n2\n）负荷集成商应于\n6\n月\n15\n日前完成平台注册。\n"
            "三、工作要求\n1\n．市电力公司负责建设响应平台，\n6\n月\n20\n日前完成用户数据接入。\n"
            "2\n．各区发展改革委负责组织辖区用户申报。\n")
    path = tmp_path / "split.txt"
    path.write_text(text, encoding="utf-8")
    seg = comparer.segment(comparer.read_document(path))
    assert_well_formed(seg)
    assert (seg.clauses[0].kind, seg.clauses[0].text) == (ClauseKind.TITLE, "市发展改革委关于做好2026年迎峰度夏电力需求响应工作的通知")
    obligations = [(c.section.number, c.item and c.item.number, c.text, c.responsible_units)
                   for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert obligations == [
        ("一", None, "今年7月1日至8月31日，全市削峰响应规模不低于80万千瓦，补贴价格为1.2元/千瓦时。", ()),
        ("二", "1", "参与用户上年用电量不低于500万千瓦时。", ()),
        ("二", "2", "负荷集成商应于6月15日前完成平台注册。", ()),
        ("三", "1", "市电力公司负责建设响应平台，6月20日前完成用户数据接入。", ("市电力公司",)),
        ("三", "2", "各区发展改革委负责组织辖区用户申报。", ("各区发展改革委",))]
    noise = [c.text for c in seg.clauses if c.kind is ClauseKind.NOISE]
    assert noise == ["目", "录", "一、工作目标........................", "...................", "- 1 -",
                     "二、参与条件", "....................", "- 2 -"]
    assert "（某发改能源〔2026〕12号）" in seg.document.text


def test_layouts_a_database_strings_escaped_line_breaks_are_line_breaks(tmp_path):
    # a notice copied out of an SQL dump: its line breaks are the four characters \r\n, its quotes \"
    text = (r"关于做好2026年监理工程师考试报名工作的通知\r\n各有关单位：\r\n一、报名时间\r\n"
            r"报名时间为2026年3月1日至3月10日，逾期不予受理。\r\n二、工作要求\r\n"
            r"（一）各单位要组织本单位人员按\"属地报名\"原则报名。\r\n"
            r"（二）市人社局负责审核报考资格，3月20日前公布审核结果。\r\n")
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    seg = comparer.segment(comparer.read_document(path))
    assert_well_formed(seg)
    assert "\\" not in seg.document.text
    obligations = [(c.section.number, c.item and c.item.number, c.text, c.responsible_units)
                   for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert obligations == [
        ("一", None, "报名时间为2026年3月1日至3月10日，逾期不予受理。", ()),
        ("二", "一", "各单位要组织本单位人员按\"属地报名\"原则报名。", ("各单位",)),
        ("二", "二", "市人社局负责审核报考资格，3月20日前公布审核结果。", ("市人社局",))]


def test_layouts_a_notes_enterprises_and_numbers_the_copy_put_before_their_titles_line(tmp_path):
    # a page copied span by span: a bracket note closing each paragraph names offices, then the
    # enterprises and companies that share the task; the next item's number ends the note's line,
    # its title on the next line and its full stop on a line of its own
    text = ("二、保障能源供应\n（一）确保能源供应安全。\n1.\n加强\n油气供应保障。\n"
            "加大近海油气资源勘探开发力度，争取实现增储上产。（省能源局、各市能源主管部门，有关油气企业）2.\n"
            "做好煤炭供应保障\n。\n"
            "提升年度电煤中长期合同签约量，保障煤炭稳定供应。（省能源局，东江电网公司、南滨供电局、有关电厂）\n")
    path = tmp_path / "energy.txt"
    path.write_text(text, encoding="utf-8")
    seg = comparer.segment(comparer.read_document(path))
    assert_well_formed(seg)
    obligations = [(c.item.number, c.text, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert obligations == [
        ("1", "加大近海油气资源勘探开发力度，争取实现增储上产。", ("省能源局", "各市能源主管部门", "有关油气企业")),
        ("2", "提升年度电煤中长期合同签约量，保障煤炭稳定供应。", ("省能源局", "东江电网公司", "南滨供电局", "有关电厂"))]
    assert [c.item.title for c in seg.clauses if c.kind is ClauseKind.HEADING and c.item and c.item.parent] == \
        ["加强油气供应保障", "做好煤炭供应保障"]


def test_layouts_unit_lines_naming_the_handling_section_and_no_layout_for_a_bureau():
    # a unit line whose key names the unit and the section that handles the matter; 格局 and 布局
    # end in 局 but are no bureaus
    text = ("三、优化审批服务\n（一）适用范围：本市新建商品房项目。\n（二）办理时限：1.5个工作日。\n"
            "（三）责任单位及承办科室（单位）：市住房城乡建设局，各县区燃气管理部门。\n"
            "四、构建新发展格局\n（一）优化产业布局。推动形成新发展格局，加快重点布局建设。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["本市新建商品房项目。"] == ("市住房城乡建设局", "各县区燃气管理部门")
    assert units["推动形成新发展格局，加快重点布局建设。"] == ()
    assert not any("责任单位" in c.text for c in seg.clauses)
    spaced = comparer.segment(Document("d", text.replace("（三）责任", "（三） 责任")))  # a space after the number
    assert [(c.kind, c.text, c.responsible_units) for c in spaced.clauses] == \
        [(c.kind, c.text, c.responsible_units) for c in seg.clauses]


def test_layouts_a_one_line_texts_chapters_run_into_their_first_articles():
    # a dataset's field without line breaks: the preamble ends in ：, each chapter's title runs
    # straight into its first article; the text reads as the same text with its line breaks
    lines = ["关于城区供热保障事宜的三方协议", "甲方：某市人民政府", "乙方：某市热力公司",
             "经充分协商，订立协议如下：", "第一章 前期阶段三方责任", "第一条 甲方负责协调供热管网建设用地，2025年9月底前完成征地工作。",
             "第二条 乙方负责编制管网改造方案，报甲方审核。", "第二章 运行阶段", "第三条 乙方应当保证供热期内室温不低于18℃。",
             "第四条 市住房和城乡建设局负责供热质量的监督检查。"]
    one_line = comparer.segment(Document("d", "".join(lines)))
    broken = comparer.segment(Document("d", "\n".join(lines)))
    assert_well_formed(one_line)

    def read(seg):
        return [(c.kind, c.section and c.section.label, c.item and c.item.label, c.text, c.responsible_units)
                for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]

    assert read(one_line) == read(broken)
    assert [(c.section.label, c.item.number) for c in one_line.clauses if c.kind is ClauseKind.OBLIGATION] == [
        ("第一章 前期阶段三方责任", "第一条"), ("第一章 前期阶段三方责任", "第二条"),
        ("第二章 运行阶段", "第三条"), ("第二章 运行阶段", "第四条")]
    # a chapter named inside a sentence is no heading
    cited = comparer.segment(Document("d", "第一条 依照本办法第二章 管理职责第三条的规定执行。第二条 市财政局负责资金保障。"))
    assert [c.item.number for c in cited.clauses if c.kind is ClauseKind.OBLIGATION] == ["第一条", "第二条"]


def test_layouts_a_newspapers_jump_lines_are_noise():
    # an e-paper's copy of a plan: the text jumps to the next page between two of its goals
    text = ("某市国民经济和社会发展第十五个五年规划的建议\n一、主要目标\n"
            "——科技创新能力大幅提高。创新体系整体效能显著提升，科创服务能力明显增强。\n（下转第2版）\n（上接第1版）\n"
            "——城市文明程度持续提升。文化创新创造活力不断激发，市民文明素质进一步提高。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.NOISE] == ["（下转第2版）", "（上接第1版）"]
    assert not any("版）" in c.text for c in seg.clauses if c.kind.alignable)


def test_layouts_notes_closing_each_section_hold_for_all_its_items():
    # a notice whose every section ends with its departments' note on a line of its own, after
    # the section's last item: the note is the section's, not the last item's alone
    text = ("关于促进房地产市场平稳健康发展的通知\n一、取消限制性购房政策\n取消限购政策，满足居民购房需求。\n（责任部门：市房产局）\n"
            "二、优化公积金政策\n（一）支持多子女家庭。二孩家庭使用公积金贷款的，贷款额度上浮20%。\n"
            "（二）支持青年人购房。毕业5年以内的青年人首次购房的，最高贷款额度提高至80万元。\n（责任部门：市公积金中心）\n"
            "三、落实税收政策\n（一）个人购买家庭唯一住房的，减按1%的税率征收契税。\n（二）个人销售购买2年以上住房的，免征增值税。\n"
            "（责任部门：市税务局、市财政局）\n")
    assert _obligation_units(text) == [
        ("取消限购政策，满足居民购房需求。", (), ("市房产局",)),
        ("二孩家庭使用公积金贷款的，贷款额度上浮20%。", (), ("市公积金中心",)),
        ("毕业5年以内的青年人首次购房的，最高贷款额度提高至80万元。", (), ("市公积金中心",)),
        ("个人购买家庭唯一住房的，减按1%的税率征收契税。", (), ("市税务局", "市财政局")),
        ("个人销售购买2年以上住房的，免征增值税。", (), ("市税务局", "市财政局"))]
    # where items have notes of their own, the note after a section's last item is that item's
    own = text.replace("（一）支持多子女家庭。二孩家庭使用公积金贷款的，贷款额度上浮20%。\n",
                       "（一）支持多子女家庭。二孩家庭使用公积金贷款的，贷款额度上浮20%。\n（责任部门：市财政局）\n")
    units = {t: r for t, _, r in _obligation_units(own)}
    assert units["二孩家庭使用公积金贷款的，贷款额度上浮20%。"] == ("市财政局",)
    assert units["个人购买家庭唯一住房的，减按1%的税率征收契税。"] == ()
    assert units["个人销售购买2年以上住房的，免征增值税。"] == ("市税务局", "市财政局")


def test_layouts_a_one_line_attachment_title_run_into_its_first_section_and_points_after_commas():
    # a dataset's field without line breaks: the notice's last sentence, then its attachment's
    # number and title run straight into the attachment's first section; a point ends with a
    # comma where a full stop was meant, and the next point's number follows it
    text = ("关于开展线缆整治工作的通知一、工作任务（一）市通管办负责组织各通信运营商开展线缆整治。"
            "（二）各县供电公司负责排查辖区内存在隐患的电力杆塔。附件1线缆整治技术方案一、整治原则"
            "安全、整齐、美观。二、技术要求1.通信线应敷设在电力线路的下方，不得在上方跨越电力线路。"
            "2.通信线对地垂直距离不得小于6.5米。3.通信线跨越道路时对路面垂直距离不得小于7.5米，搭挂的光缆应选用自承式光缆，"
            "4.通信线跨越道路应悬挂限高警示标志。"
            "5.放大器必须接地。")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    points = [(c.section.label, c.item and c.item.number, c.text) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION
              and c.section and c.section.title == "技术要求"]
    assert [(number, t) for _, number, t in points] == [
        ("1", "通信线应敷设在电力线路的下方，不得在上方跨越电力线路。"), ("2", "通信线对地垂直距离不得小于6.5米。"),
        ("3", "通信线跨越道路时对路面垂直距离不得小于7.5米，搭挂的光缆应选用自承式光缆，"),
        ("4", "通信线跨越道路应悬挂限高警示标志。"), ("5", "放大器必须接地。")]
    assert not any("附件1" in c.text for c in seg.clauses if c.kind.alignable)


def test_layouts_a_full_stop_opening_the_line_below_a_title_ends_that_title(tmp_path):
    # a page whose bold titles close before their full stop: the 。 opens the body's line
    text = ("安化县促进房地产市场平稳健康发展的若干政策措施\n一、实行契税补贴\n。在县城购买新建商品住房的，给予契税50%的补贴。\n"
            "二、降低土地资金使用成本\n。出让的房地产开发项目用地，可分期缴纳土地出让金。\n（责任单位：县自然资源局、县财政局）\n")
    path = tmp_path / "anhua.txt"
    path.write_text(text, encoding="utf-8")
    seg = comparer.segment(comparer.read_document(path))
    assert_well_formed(seg)
    assert [(c.section.title, c.text) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        ("实行契税补贴", "在县城购买新建商品住房的，给予契税50%的补贴。"),
        ("降低土地资金使用成本", "出让的房地产开发项目用地，可分期缴纳土地出让金。")]


_SIGNERS = ["沈阳市房产局      沈阳市自然资源局 \n国家税务总局沈阳市税务局\n  沈阳住房公积金管理中心",
            # eighteen central bodies, three to a line, 共青团中央 among them
            "教育部 中央宣传部 中央网信办\n中央精神文明建设办公室 国家发展改革委 科技部\n工业和信息化部 财政部 自然资源部\n"
            "生态环境部 农业农村部 中国科学院\n中国工程院 自然科学基金委 共青团中央\n全国妇联 中国科协 全国少工委"]


@pytest.mark.parametrize("signers", _SIGNERS)
def test_layouts_bodies_signing_a_joint_text_above_its_date_are_its_signature(signers):
    # offices issue a notice together: their names, several to a line, sign it above the date
    text = ("关于支持刚性住房需求的通知\n一、优化登记服务\n（一）推行交房即交证。新建商品房项目均可申办交房即交证。\n"
            "（二）推广电子证照。办理首次登记的，提供电子证书，不再发放纸质证书。\n（责任部门：市自然资源局）\n"
            "二、落实税收政策\n（一）个人销售购买2年以上住房的，免征增值税。\n（二）个人购买家庭唯一住房的，减按1%的税率征收契税。\n"
            f"（责任部门：市税务局）\n\n{signers}\n2023年9月3日\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [text[s.start:s.end].split() for s in seg.spans if s.kind is SpanKind.SIGNATURE] == [
        signers.split(), ["2023年9月3日"]]
    assert [c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        ("市自然资源局",), ("市自然资源局",), ("市税务局",), ("市税务局",)]


def test_layouts_the_attendance_fields_closing_a_meetings_minutes_are_noise():
    # the minutes' requests, then who attended, who recorded and who receives them, one run of
    # fields after the last sentence (a dataset's field that lost the breaks between them)
    text = ("关于港湾街市政道路工程方案设计讨论会纪要\n一、有关要求\n请项目建设业主督促设计单位按照纪要要求修改设计方案。"
            "按程序办理相关基建手续。参会：张某、李某、王某邀请:赵某记录:钱某分送:市发改委、市住建局、市城市管理局，"
            "丰泽区自然资源局。泉州市自然资源和规划局办公室2022年8月1日印发")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        "请项目建设业主督促设计单位按照纪要要求修改设计方案。", "按程序办理相关基建手续。"]
    assert not any(c.lead_units or c.responsible_units for c in seg.clauses)  # 参会: no unit


def test_layouts_a_title_run_into_a_sentence_whose_unit_urges_or_calls_in_others():
    # no stop between an item's title and its sentence; the sentence's unit urges or calls in the
    # others (督促, 会同), as it would say 要 or 负责
    text = ("关于加强电力设施管理的通知\n一、运行管理要求\n（一）加强用电检查工作县工信科技局督促并网用户建立用户设备台账。\n"
            "（二）规范隐患整治工作县电力执法办会同县供电公司开展隐患排查。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [(c.item.title, c.text, c.lead_units, c.responsible_units) for c in seg.clauses
            if c.kind is ClauseKind.OBLIGATION] == [
        ("加强用电检查工作", "县工信科技局督促并网用户建立用户设备台账。", (), ("县工信科技局",)),
        ("规范隐患整治工作", "县电力执法办会同县供电公司开展隐患排查。", ("县电力执法办",), ("县供电公司",))]


def test_layouts_a_tables_measure_caption_names_no_unit():
    # an attached quota table captioned 单位：人 (its figures are persons): no unit named 单位 on the
    # task above it or on the table's cells
    text = ("关于扩大职业院校招生规模的通知\n一、各省（市）要按计划完成扩招任务。\n \n附：扩大招生计划表\n \n附：\n \n"
            "扩大招生计划表\n \n                                        单位：人\n \n\n \n省（市）\n \n2025年招生人数\n \n"
            "北京\n \n300\n \n天津\n \n200\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c for c in seg.clauses if "单位" in c.lead_units + c.responsible_units] == []
    assert "单位：人" in "".join(c.text for c in seg.clauses)  # the caption kept as text, no unit note


def test_layouts_a_points_title_on_a_short_line_of_its_own_is_no_wrapped_sentence():
    # 1.入学条件 on its own line, its text on the next (a full line): the title is the point's, the
    # sentence below its first; a short title wrapped (2.加强 / 学位供给保障。) is still joined
    text = ("江北区2026年义务教育入学工作实施意见\n三、入学办法\n（一）小学入学\n1.入学条件\n"
            "年满六周岁的适龄儿童，在本区申请入小学，需满足下列条件之一：\n"
            "①法定监护人在本区具有房产的本市户籍适龄儿童；\n②实际居住在本区的本区户籍适龄儿童。\n"
            "2.入学方式\n符合本区入学条件的适龄儿童，均需在规定时间内完成入学信息采集。\n"
            "3.加强\n学位供给保障。\n区教委要统筹调配学位资源。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    by_text = {c.text: c for c in seg.clauses}
    first = by_text["年满六周岁的适龄儿童，在本区申请入小学，需满足下列条件之一："]
    assert first.kind is ClauseKind.OBLIGATION and first.item.label == "一 小学入学 › 1 入学条件"
    assert by_text["符合本区入学条件的适龄儿童，均需在规定时间内完成入学信息采集。"].item.title == "入学方式"
    assert [c.item.title for c in seg.clauses if c.kind is ClauseKind.HEADING and c.item and c.item.parent] == \
        ["入学条件", "入学方式", "加强学位供给保障"]


def test_layouts_points_of_an_announced_list_of_duties_are_sub_items():
    # …，做好以下工作： then 1.…；2.…； each a duty (one without a comma): sub-items of the item, as
    # a list of cases under 有下列情形之一的 is not
    text = ("二、评价机构管理\n（一）第三方评价机构应依据评价标准，做好以下工作：\n"
            "1.拟定和发布评价标识申报指南，健全评价流程和申请材料样本；\n2.完善评价项目申报和评审信息系统；\n"
            "3.每月将评价项目的受理情况报送市住房城乡建设管理委。\n"
            "（二）评价机构有下列情形之一的，暂停其评价工作：\n1.出具虚假评价报告的；\n2.拒不接受监督检查的。\n")
    got = _obligation_rows(text, lambda c: (c.text[:4], c.item.number, c.item.parent and c.item.parent.number))
    assert got == [("第三方评", "一", None), ("拟定和发", "1", "一"), ("完善评价", "2", "一"), ("每月将评", "3", "一"),
                   ("出具虚假", "二", None), ("拒不接受", "二", None)]


@pytest.mark.parametrize("text", [
    "（四）2026年5月1日后取得建设用地规划许可证或 2026年10月1日后取得施工图审查合格书的项目，均应按新标准进行评价。",
    "3.竣工评价时应组织专家对项目各类绿色性能指标 进行现场核查；",
])
def test_layouts_a_stray_space_inside_a_sentence_ends_no_run_in_title(text):
    # a PDF's stray space after a title's impossible last word (或), or before a sentence's last few
    # words: the sentence is one clause, no title run into its text
    doc = "二、评价要求\n（一）评价工作遵循公开公正的原则。\n（二）评价机构应建立专家库。\n（三）评价标识有效期为三年。\n" + text + "\n"
    seg = comparer.segment(Document("d", doc))
    assert_well_formed(seg)
    sentence = text[3:] if text.startswith("（") else text[2:]
    assert [c.kind for c in seg.clauses if c.text == sentence] == [ClauseKind.OBLIGATION]


def test_layouts_a_sites_footer_after_a_menu_word_names_no_unit():
    # a regulator's page ends with its site's footer: menu words, then 地址/邮编/主办单位 fields and
    # the ICP lines; 主办单位 is the site's sponsor, no lead unit of the last item
    text = ("江北能源监管办关于电力市场规则的编制说明\n一、主要修订内容\n（一）完善结算机制\n"
            "将发电侧结算颗粒度由1小时调整为15分钟。\n（二）丰富零售套餐\n零售套餐增加灵活调节负荷套餐。\n"
            "扫一扫在手机打开当前页\n网站地图\n联系我们\n地址: 江北市滨江路55号\n邮编:250002\n"
            "主办单位: 国家能源局江北监管办公室\n京ICP备11044902号\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c for c in seg.clauses if c.lead_units or c.responsible_units] == []
    noise = [c.text for c in seg.clauses if c.kind is ClauseKind.NOISE]
    assert "地址: 江北市滨江路55号" in noise and "主办单位: 国家能源局江北监管办公室" in noise


def test_layouts_circled_points_inside_a_point_are_its_sub_items():
    # ①, ② numbering a 1. point's own points (each titled on a line of its own, or a case of its
    # list): a level below the point, their markers no text
    text = ("江北区2026年义务教育入学工作实施意见\n三、入学办法\n（一）小学入学\n1.入学方式\n"
            "符合本区入学条件的适龄儿童，均需在规定时间内完成入学信息采集。\n①寄宿学校入学\n"
            "符合条件的本市户籍适龄儿童，可自愿报名申请到寄宿学校入学，区教委通过电脑随机派位录取。\n"
            "②学区派位入学\n符合条件的适龄儿童，可自愿选择参加学区派位入学。\n"
            "2.入学材料\n申请入学须提交以下材料：\n①户口簿；\n②房产证明。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    labels = {c.text: c.item.label for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert labels["符合条件的本市户籍适龄儿童，可自愿报名申请到寄宿学校入学，区教委通过电脑随机派位录取。"] == \
        "一 小学入学 › 1 入学方式 › ① 寄宿学校入学"
    assert labels["符合条件的适龄儿童，可自愿选择参加学区派位入学。"] == "一 小学入学 › 1 入学方式 › ② 学区派位入学"
    assert labels["房产证明。"] == "一 小学入学 › 2 入学材料 › ② 房产证明"


def test_layouts_points_numbered_past_ninety_nine_go_on():
    # an annex of 100 and more numbered practices: 100. after 99. is the next point
    lines = "".join(f"{n}.某省某市第{n}项做法推进改革。\n" for n in range(1, 103))
    seg = comparer.segment(Document("d", "国务院办公厅关于对典型经验做法给予表扬的通报\n附件\n典型经验做法清单\n" + lines))
    assert_well_formed(seg)
    numbers = [c.item.number for c in seg.clauses if c.kind.alignable and c.item]
    assert numbers[-3:] == ["100", "101", "102"]
    assert not any(c.text.startswith("100.") for c in seg.clauses)


def test_layouts_units_of_a_subject_listing_ten_bureaus():
    # a rule's article names ten bureaus before its verb: all of them
    sentence = ("市机关事务局、市教育局、市工业和信息化局、市民族和宗教局、市民政局、市人力资源社会保障局、"
                "市生态环境局、市交通运输局、市水务局、市商务局等部门按照各自职责做好房屋使用安全管理工作。")
    assert [leads + others for leads, others in _sentence_units(sentence, "落实责任")] == [(
        "市机关事务局", "市教育局", "市工业和信息化局", "市民族和宗教局", "市民政局", "市人力资源社会保障局",
        "市生态环境局", "市交通运输局", "市水务局", "市商务局")]


def _cn_number(n: int) -> str:
    """一 … 九十九, 一百, 一百零一 …: how a law numbers its articles."""
    digits = "零一二三四五六七八九"
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        out += f"{digits[tens]}十" if tens > 1 or hundreds else "十"
    elif hundreds and ones:
        out += "零"
    return out + (digits[ones] if ones else "")


def test_layouts_articles_numbered_past_ninety_nine_are_articles():
    # a long law: 第九十九条 … 第一百条 … 第一百零一条 … 第一百一十条: each an article, its number no text
    assert [_cn_number(n) for n in (9, 10, 21, 99, 100, 101, 110, 113)] == [
        "九", "十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一百一十三"]
    text = "中华人民共和国某某法\n第一章 总则\n" + "".join(
        f"第{_cn_number(n)}条 机关应当做好第{n}项工作。\n" for n in range(1, 111))
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    items = {c.text: c.item.number for c in seg.clauses if c.kind.alignable and c.item}
    assert [items.get(f"机关应当做好第{n}项工作。") for n in (99, 100, 101, 110)] == [
        "第九十九条", "第一百条", "第一百零一条", "第一百一十条"]


def test_layouts_a_rules_list_element_naming_a_report_is_no_title(tmp_path):
    # 政府信息公开条例: its list element （三）…工作年度报告； names a report; the text is no report and
    # its rules are obligations
    text = ("# 中华人民共和国政府信息公开条例\n第一章 总则\n第一条 为了保障公民依法获取政府信息，制定本条例。\n"
            "第二条 行政机关应当设立政府信息公开工作机构，具体职能是：\n（一）办理本行政机关的政府信息公开事宜；\n"
            "（二）维护和更新本行政机关公开的政府信息；\n（三）组织编制本行政机关的政府信息公开工作年度报告；\n"
            "（四）规定的其他职能。\n第三条 各级人民政府应当加强政府信息资源的规范化管理。\n")
    path = tmp_path / "rules.md"
    path.write_text(text, encoding="utf-8")
    doc = comparer.read_document(path)
    seg = comparer.segment(doc)
    assert_well_formed(seg)
    assert doc.kind != "工作报告" and infer_title(text) is None
    assert next(c for c in seg.clauses if c.text.startswith("各级人民政府")).kind is ClauseKind.OBLIGATION


@pytest.mark.parametrize("sentence, lead, responsible", [
    # a department that acts after consulting another (商) leads; a time before the subject is no name
    ("国务院知识产权部门商国务院财政部门制定收费标准。", ("国务院知识产权部门",), ("国务院财政部门",)),
    ("必要时省级公务员主管部门可以组织专项考核。", (), ("省级公务员主管部门",)),
])
def test_layouts_units_of_a_department_acting_after_consulting_and_a_time_first(sentence, lead, responsible):
    assert _sentence_units(sentence, "落实责任") == [(lead, responsible)]


#: Units of one sentence written as an item's body (round 55–57 forms): the sentence, then the lead and
#: responsible units the clause that is that sentence gets, leads first.
_SENTENCE_UNIT_CASES = [
    # the doer after 由 of an enforcement verb, the body that approves what a rule allows
    ("纳税人逾期未缴纳税款的，由税务机关责令限期缴纳。", ("税务机关",)),
    ("确有困难的，经区税务局批准，可以分期缴纳税款。", ("区税务局",)),
    ("九年一贯制学校毕业生直升本校初中，由所在学校报经区教育行政部门审核通过后办理升学手续。", ("区教育行政部门",)),
    # the provinces' governments named by the State Council's formula: one body, not three names
    ("各省、自治区、直辖市人民政府要加强对试点工作的领导。", ("各省、自治区、直辖市人民政府",)),
    ("试点工作由有关省、自治区、直辖市人民政府组织实施。", ("有关省、自治区、直辖市人民政府",)),
    ("凡属于改革范围内的事项，均由有关市、县人民政府依照有关规定办理。", ("有关市、县人民政府",)),
    # departments named by long fields before one 部门; a modal 应 before 对…给予
    ("教育、人力资源社会保障部门应当将校企合作情况纳入考核。", ("教育", "人力资源社会保障部门")),
    ("各省级教育行政部门应对办学水平高的院校在招生等方面给予支持。", ("各省级教育行政部门",)),
    # a notice's boilerplate approval names no doer of a task
    ("经区党工委、管委会同意，现将实施方案印发给你们。", ()),
    # the units a sentence urges to do its task are responsible for it
    ("强化工作指导，推动各区做好新规宣传解读和细化落实工作。", ("各区",)),
    ("指导督促各乡镇做好防汛物资储备工作。", ("各乡镇",)),
    ("要求各地加强对培训机构的监管。", ("各地",)),
    # none where the text only encourages, or what follows the verb is no body: people, a concept, a
    # kind of thing, a manner
    ("支持和引导职业院校依托企业开发校本教材。", ()),
    ("推动行政机关负责人从出庭向出声转变。", ()),
    ("推动全县法治政府建设工作再上新台阶。", ()),
    ("引导各类社会主体参与平台发展。", ()),
    ("推动跨部门联合检查。", ()),
    # the units a sentence asks (请X…), by their whole names
    ("请各区住房城乡建设管理部门于5月底前报送工作总结。", ("各区住房城乡建设管理部门",)),
    ("请各区燃气管理部门和燃气经营企业将联系人报送市燃气管理处。", ("各区燃气管理部门", "燃气经营企业")),
    ("请示县人民政府同意后实施。", ()),
    # the applicant of a 由…申请并经…批准 sentence is no doer; the approving body is
    ("纳税人有特殊困难的，由纳税人申请并经税务机关批准，可以延期缴纳税款。", ("税务机关",)),
    # a body named 机关 doing the task, or working through a channel (通过…), at once (实时)
    ("税务机关通过纳税人提供的户口簿等资料认定家庭成员。", ("税务机关",)),
    ("区政务服务中心通过一网通办平台受理申请。", ("区政务服务中心",)),
    # a measure (以家庭为单位) and a count (有多处) are no units
    ("免税面积以家庭为单位进行扣除。", ()),
    ("纳税人有多处应税住房的，应分别申报。", ()),
    # two bodies a subject joins by 和: both, a kind of body named alone among them
    ("职业学校和企业应当签订合作协议。", ("职业学校", "企业")),
    ("行业主管部门和行业组织应当统筹推进校企合作。", ("行业主管部门", "行业组织")),
    ("企业应当落实安全生产主体责任。", ()),  # the kind alone is no named doer
    # a place named in full doing a task (its government), as a praise notice lists them
    ("四川省成都市实施“创业天府”行动计划，打造“双创”升级版。", ("四川省成都市",)),
    ("河北省迁安市坚决化解钢铁过剩产能，推进产业转型升级。", ("河北省迁安市",)),
    # no place: the whole city, a district by its kind, a sentence's object, a title
    ("全市加强法治宣传教育。", ()),
    ("黄山风景区加强游客安全管理。", ()),
    ("将示范区建设转化成人民城市理念的新实践。", ()),
    # partners a sentence works with, a district named in full among them; a body that acts as the
    # duty's bearer (作为…责任主体)
    ("区住建委将会同奉贤区、市规划资源局加快推进规划编制。", ("区住建委", "奉贤区", "市规划资源局")),
    ("建设单位作为海绵城市建设的责任主体，应当落实设计要求。", ("建设单位",)),
    # a level is no place: 配合自治区 names no unit
    ("积极配合自治区做好大数据中心体系建设。", ()),
    # a department named by its field and kind, though the field reads as a verb (建设…)
    ("建设行政管理部门应当加强对信用评价工作的监督。", ("建设行政管理部门",)),
    # a subject before the time of its task (收到…后，应当…); an adverb before 对…进行
    ("电力交易机构收到申请后，应当在5个工作日内完成审核。", ("电力交易机构",)),
    ("市住房城乡建设管理委定期对评价结果进行通报。", ("市住房城乡建设管理委",)),
    ("建设优质高效的政务服务体系。", ()),
    # partners called in by 会同, the list closed by 等 before the verb; an office whose name runs on
    # past a task's word (…社会|保障局)
    # (and the office that is its field's managing department leads them: X是…管理部门，会同…)
    ("市人社局是综合管理部门，会同行业主管部门、区人力资源社会保障局等负责职称评审工作的规划布局。",
     ("市人社局", "行业主管部门", "区人力资源社会保障局")),
    # fields closed by 等管理部门: the departments of those fields
    ("住房城乡建设管理、人防、卫生健康等管理部门应当加强施工图审查的监督。", ("住房城乡建设管理", "人防", "卫生健康")),
    # a government's agency allowed something (可以) is a doer; an enterprise allowed it is no office
    ("登记事务机构可以要求申请人补充材料。", ("登记事务机构",)),
    ("金融机构可以提供信贷支持。", ()),
    ("各地可以结合实际制定实施细则。", ("各地",)),  # each place's government, allowed something
    ("省级教育部门和高校，要把教材建设纳入工作重点。", ("省级教育部门", "高校")),  # a pause before the modal
    # a body a law or rule makes its subject: before a verb of its powers, a phrase of matter or
    # manner, a condition; described by what it handles (办理…的复议机关); X及其常务委员会: both
    ("市监察委员会领导各县监察委员会的工作。", ("市监察委员会",)),
    ("省人民代表大会及其常务委员会可以授权省人民政府制定规章。", ("省人民代表大会", "省人民代表大会常务委员会")),
    ("审计机关在审计过程中，可以查阅被审计单位的会计资料。", ("审计机关",)),
    ("办理复议案件的复议机关应当自受理之日起六十日内作出决定。", ("复议机关",)),
    ("人民检察院经审查后，认为事实清楚的，应当作出起诉决定。", ("人民检察院",)),
    # a subject and the body it turns to are no one name; a body that made the subject is no doer
    ("主任会议可以向常务委员会提出议案。", ("主任会议",)),
    ("县人民代表大会通过的决议由主席团公布。", ("主席团",)),
    ("审计机关依照本法取得的证据，可以作为定案的依据。", ()),
    ("当事人不承担行政机关组织听证的费用。", ()),
    # either of two bodies named after 由 (由A或者B责令…)
    ("有下列情形之一的，由上级行政机关或者有关机关责令改正。", ("上级行政机关", "有关机关")),
    # a law's body before a modal verb alone (不得, 有权), with its staff (及其执法人员), described by
    # what it takes on, receiving what it acts on (接到…的申请，应当…), after a condition or a frame
    # (…的，X…; 在…领导下，X…); 由X规定
    ("罚款的限额由省人民政府规定。", ("省人民政府",)),
    ("行政机关不得因当事人申辩而加重处罚。", ("行政机关",)),
    ("公积金中心有权要求借款人提前归还贷款。", ("公积金中心",)),
    ("行政机关及其执法人员当场收缴罚款的，必须出具专用票据。", ("行政机关",)),
    ("承接执法权的乡镇人民政府、街道办事处应当加强执法能力建设。", ("乡镇人民政府", "街道办事处")),
    ("人民法院接到强制执行的申请，应当在五日内受理。", ("人民法院",)),
    ("准予提取的，公积金中心即时将提取资金划转至职工账户。", ("公积金中心",)),
    ("在市教材委员会领导下，市教育行政部门组织实施。", ("市教育行政部门",)),
    ("赔偿请求人有异议的，或者赔偿义务机关逾期未作决定的，赔偿请求人可以申请复议。", ()),
    # a body before a verb of choosing or of running a whole (遴选, 统筹), before 可 and an adverb;
    # the provinces named by the ministries' formula 各省（区、市）; a verb run into a name is no name
    ("教育部遴选建设一批创新培训平台。", ("教育部",)),
    ("国土部门可继续办理相关用地审批手续。", ("国土部门",)),
    ("各省（区、市）要加大投入力度。", ("各省（区、市）",)),
    ("确定专门机构负责组织实施的具体工作。", ()),
    # a court before what it tries (人民法院审理…，), after 必要时 or 根据…，
    ("人民法院审理行政案件，以法律和行政法规为依据。", ("人民法院",)),
    ("必要时，人民法院可以调取证据。", ("人民法院",)),
    # an office after 由 described by whose it is or where (由该部门的法制工作机构审核)
    ("作出决定前，由该部门的法制工作机构进行审核。", ("法制工作机构",)),
    # the doer after 由 of a power a rule gives it (扣留, 通知, 指定, 裁决…); 由X将…交Y…: X's doing
    ("记分达到规定分值的，由县公安局交通管理大队扣留其驾驶证。", ("县公安局交通管理大队",)),
    ("需要保险公司垫付抢救费用的，由市公安局交通管理部门通知保险公司。", ("市公安局交通管理部门",)),
    ("两个部门的规定不一致时，由市人民政府裁决。", ("市人民政府",)),
    ("由报废车辆回收企业将车辆号牌交区公安分局注销。", ("报废车辆回收企业",)),
    # a body before its modal verb that opens a later part, or before its pause; a body's verb of
    # governing (主管); a thing a body passed is no body
    ("船舶在港内发生事故，危及港区安全，区港航管理机构有权采取强制处置措施。", ("区港航管理机构",)),
    ("各乡镇人民政府，可以结合本地实际制定实施细则。", ("各乡镇人民政府",)),
    ("县交通运输局主管全县道路运输管理工作。", ("县交通运输局",)),
    ("规章草案经市政府常务会议审议，由市司法局根据审议意见进行修改。", ("市司法局",)),
    # the body a modal verb names first and the one it may hand the task to both act; the body a
    # liability rule sanctions does not
    ("县监察委员会接到举报，可以直接核实，也可以交由乡镇监察办公室调查。", ("乡镇监察办公室", "县监察委员会")),
    ("有前款第（一）、（二）项所列情形之一的，由县林业局处五千元以下罚款。", ("县林业局",)),
    ("除本办法第五条所列情形外，县能源局还对售电企业实施监管。", ("县能源局",)),
    # a school a rule names by its two characters (学校, 高校), after a condition or before its verb;
    # a task that opens on a verb of role names no body (联合高校…, 负责项目学校遴选…); a place's
    # description names the body of that place (渡口所在地县级人民政府, as round 71's readers count it)
    ("新生入学后，学校发现其不符合招生条件的，应当注销其学籍。", ("学校",)),
    ("学校不得以任何理由拒收适龄学生。", ("学校",)),
    ("联合高校及研究机构加强工业遗产保护的理论研究。", ()),
    ("负责项目学校遴选及立项，组织专家评审申报材料。", ()),
    ("渡口所在地县级人民政府应当建立渡口安全管理责任制。", ("渡口所在地县级人民政府",)),
    # a report's partners where its sentence opens on 联合 (同时联合A、B等部门，共同…)
    ("同时联合县公安局、县行政审批局等部门，共同推出退役军人服务集成套餐。", ("县公安局", "县行政审批局")),
    # what a party asks of a body or takes as its grounds names no doer (请求判决X…, 债权人以X…为由…的，);
    # the court that rules after such a condition does
    ("债权人以县政府对债务人所作的行为损害债权为由提起诉讼的，县人民法院应当告知其另行起诉。", ("县人民法院",)),
    ("当事人请求县人民法院按照和解协议制作判决书的，不予准许。", ()),
    # a list of fields closed by 等部门 that names 建设 (a field, no task); a body with its traffic police
    ("交通、建设、规划、卫生等部门应当建立信息共享机制。", ("交通", "建设", "规划", "卫生")),
    ("县公安局交通管理大队及其交通警察执行职务时，应当加强法治宣传。", ("县公安局交通管理大队",)),
    # the body that licensed (由原许可机关吊销…); a body described by what it received, after the rule it
    # follows (依照前款规定收到申请的X，应当…)
    ("拒不投保的，由原许可机关吊销道路运输经营许可证。", ("原许可机关",)),
    ("依照前款规定收到申请的县交通运输局，应当自受理申请之日起20日内审查完毕。", ("县交通运输局",)),
    # places whose kinds a bracket lists after them (街道（镇、乡）): the places, less the bracket
    ("各区、街道（镇、乡）要将设摊经营活动纳入日常管理。", ("各区", "街道")),
    ("县城管局实施行政处罚，有下列情形之一的，由县人民政府责令改正：", ("县人民政府",)),
    # a date before the subject (no comma); a name holding 要 (重要) before the modal verb; persons no unit
    ("9月底前各乡镇要完成自建房排查整治。", ("各乡镇",)),
    ("2023年6月前县属国有企业集团公司和重要子企业要完成董事会应建尽建。", ("县属国有企业集团公司", "重要子企业")),
    ("重要岗位人员要定期轮岗交流。", ()),
    # the doers after 由 before how they act (按各自的职责), or of 划定 and 代为; a subject and how it acts
    # before a comma and its duty; a subject after the case (对…的行为，) or the need (因…需要，) it acts on
    ("本办法的具体应用问题，由县住房城乡建设管理部门和县公安交通管理部门按各自的职责负责解释。", ("县住房城乡建设管理部门", "县公安交通管理部门")),
    ("城区主干道的具体范围，由县住房城乡建设管理部门和县公安交通管理部门划定。", ("县住房城乡建设管理部门", "县公安交通管理部门")),
    ("逾期不清除的，由县市政工程管理部门代为清除，所需费用由责任人承担。", ("县市政工程管理部门",)),
    ("县市政工程管理部门和县公安交通管理部门按各自的职责，负责临时占道的审批和监督管理。", ("县市政工程管理部门", "县公安交通管理部门")),
    ("因防汛抢险的紧急需要，县水利局可对已批准占用河道的单位，作出停止占用的决定。", ("县水利局",)),
    ("对擅自占用河道的行为，县水利局可按有关法规给予处罚。", ("县水利局",)),
    ("县人民法院经审查认为规范性文件合法的，应当作为认定行政行为合法的依据。", ("县人民法院",)),
    ("申请人按照规定，应当缴纳占道费。", ()),
    # 海关 after 由; a government's department named after it (政府市场监督管理部门: one name); the other
    # bodies a law charges by their duty; an office described by what it did; a principle's 坚持 no name
    ("违反本条例规定，走私固体废物的，由海关责令退运，处五十万元以上罚款。", ("海关",)),
    ("县级以上地方人民政府市场监督管理部门和有关部门应当按照各自职责，加强对过度包装的监督管理。",
     ("县级以上地方人民政府市场监督管理部门", "有关部门")),
    ("县生态环境局和其他负有固体废物污染环境防治监督管理职责的部门应当加强对贮存设施的检查。",
     ("县生态环境局", "其他负有固体废物污染环境防治监督管理职责的部门")),
    ("违反本条例规定的，由县生态环境局或者其他负有固体废物污染环境防治监督管理职责的部门责令改正。",
     ("县生态环境局", "其他负有固体废物污染环境防治监督管理职责的部门")),
    ("依法作出处罚决定的行政机关应当组织复查。", ("行政机关",)),
    ("生活垃圾分类坚持政府推动、全民参与、城乡统筹的原则。", ()),
    # the partners after 会同 named as 机关 or by their fields; the short name a text gives the body it
    # describes after 由; the body whose staff a sentence of liability punishes is no doer
    ("广告代理费标准，由县市场监管机关会同县物价管理机关制定。", ("县市场监管机关", "县物价管理机关")),
    ("场地费的收费标准，由县市场监管局会同物价、城建部门协商制订。", ("县市场监管局", "物价", "城建部门")),
    ("无照经营的，由履行市场监督管理职责的部门（以下称市场监督管理部门）予以查处。", ("市场监督管理部门",)),
    ("查处部门及其工作人员玩忽职守、徇私舞弊的，对负有责任的领导人员和直接责任人员依法给予处分。", ()),
    # subjects a comma parts before the modal verb of the last
    ("各县（市）教育主管部门，各职业学校要分阶段总结活动开展情况。", ("各县（市）教育主管部门", "各职业学校")),
    # the levels of government a law names before one department (直辖市、市、县…), its field in brackets; a
    # government's field department one name (国务院城市建设行政主管部门, …政府建设主管部门); the unit it entrusts
    # and a pause after the doer (由X或者其委托的单位，责令…); a department that is the object, no part of a name
    ("直辖市、市、县人民政府建设（环境卫生）主管部门负责本行政区域内城市生活垃圾的管理工作。",
     ("直辖市、市、县人民政府建设（环境卫生）主管部门",)),
    ("未按规定缴纳处理费的，由直辖市、市、县人民政府建设（环境卫生）主管部门责令限期改正。",
     ("直辖市、市、县人民政府建设（环境卫生）主管部门",)),
    ("国务院城市建设行政主管部门主管全国城市市容和环境卫生工作。", ("国务院城市建设行政主管部门",)),
    ("饲养家禽影响市容的，由城市人民政府市容环境卫生行政主管部门或者其委托的单位，责令其限期处理。",
     ("城市人民政府市容环境卫生行政主管部门",)),
    ("城市更新项目应当由区人民政府，按照公开、公平、公正的原则予以确定。", ("区人民政府",)),
    ("县住房公积金管理中心通过房地产主管部门确认的房屋信息判断住房楼龄。", ("县住房公积金管理中心",)),
    # a warning given after 由 (处警告); doers after the case they act on (对…的不文明行为，); an office described
    # with an adverb before its modal verb; bodies whose abuse of power a sentence punishes; a county's streets
    ("驾驶机动车不按规定让行的，由县公安局交通管理大队处警告或者五十元罚款。", ("县公安局交通管理大队",)),
    ("对公共场所的不文明行为，县精神文明建设工作机构和有关部门可以通过新闻媒体予以曝光。", ("县精神文明建设工作机构", "有关部门")),
    ("作出行政处罚决定的有关行政主管部门还应当将处罚信息纳入信用记录。", ("有关行政主管部门",)),
    ("国家机关及其工作人员在文明行为促进工作中滥用职权、玩忽职守的，依法给予处分。", ()),
    ("县民政局、街道办事处要做好困难群众走访慰问。", ("县民政局", "街道办事处")),
    # no name holding a verb of urging, helping or encouraging (另一方面积极督促部门…, 助力实验区…, 国家鼓励…企业)
    ("另一方面积极督促部门向上争取专项转移支付资金。", ()),
    ("助力实验区成立专项产业发展基金，作为主要的产业奖补手段之一。", ()),
    ("国家鼓励道路运输企业实行规模化、集约化经营。", ()),
    # a facility's label before its rule (…客运站：) no unit; 由X备案 and 由X报Y批准 (X does it); a choice of a
    # department and its peers (A或者其他有关部门); a company or a residents' committee (A或者社区居民委员会); a
    # body described as a body of a place (…的人民代表大会常务委员会报…备案); no name holding 遵循
    ("公路汽车客运站：由市交通委核准。", ("市交通委",)),
    ("区级备案项目：由区发展改革委备案。", ("区发展改革委",)),
    ("需要迁移的，须由省、自治区、直辖市人民政府报国务院批准。", ("省、自治区、直辖市人民政府",)),
    ("违反本办法规定的，由县城市管理局或者其他有关部门责令限期改正。", ("县城市管理局", "其他有关部门")),
    ("物业服务企业或者社区居民委员会应当及时委托专业单位处置建筑垃圾。", ("物业服务企业", "社区居民委员会")),
    ("自治县的单行条例，由自治区的人民代表大会常务委员会报全国人民代表大会常务委员会备案。", ("人民代表大会常务委员会",)),
    ("生活垃圾管理遵循政府推动、全民参与的原则。", ()),
    # a later part's subject before a task about a trade (…，县国资委做好行业指导); the last of the partners
    # after 会同 before 整合/细化; a report's partners after 与 or 联合…等部门
    ("县政府办负责做好社会稳定工作，县国资委做好行业指导。", ("县政府办", "县国资委")),
    ("县住房城乡建设局会同县发展改革局、县财政局、县水务局整合形成项目清单。", ("县住房城乡建设局", "县发展改革局", "县财政局", "县水务局")),
    ("与县法院深化“先行垫付，代位追偿”涉旅投诉处置机制。", ("县法院",)),
    ("联合公安、消防等部门强化执法震慑，全年开展6轮次集中执法行动。", ("公安", "消防")),
    # a subject named before a described one (A和…的企业应当…: A); the unit a doer entrusts (X或者其委托的Y机构)
    ("城市自来水供水企业和自建设施对外供水的企业应当建立健全水质检测制度。", ("城市自来水供水企业",)),
    ("县排水主管部门或者其委托的排水监测机构应当对排水户排放污水的水质进行监测。", ("县排水主管部门",)),
    ("列车车门和站台门的开启、关闭前应当有明显的声光提示。", ()),
    # a subject whose task says 应急 (no modal verb); bodies listed with those a rule charges by their duty (…和
    # 其他有…职责的部门); the partners after 会同 before 严厉…; no place (场所) as a unit
    ("各区政府落实属地安全应急管理工作，及时排查辖区内的各类风险隐患。", ("各区政府",)),
    ("县应急局、县公安局和其他有安全生产监管职责的部门要加强区域合作。", ("县应急局", "县公安局", "其他有安全生产监管职责的部门")),
    ("县教育局要会同县公安局、县交通局严厉打击“黑校车”。", ("县教育局", "县公安局", "县交通局")),
    ("分布式光伏发电项目建设场所必须合法合规，手续齐全，产权清晰。", ()),
    # round 71: a law's levels of government named with 城市 (城市、县人民政府…), a body of the place (所在地…),
    # the body that organised a plan (组织编制机关), an approver's 经 no part of its name, a doer's
    # time of acting before its verb (每年, 按月)
    ("城市、县人民政府城乡规划主管部门应当及时将依法变更后的规划条件通报同级土地主管部门并公示。", ("城市、县人民政府城乡规划主管部门",)),
    ("城市、县、镇人民政府修改近期建设规划的，应当将修改后的近期建设规划报总体规划审批机关备案。", ("城市、县、镇人民政府",)),
    ("建设单位有下列行为之一的，由所在地城市、县人民政府城乡规划主管部门责令限期拆除。", ("所在地城市、县人民政府城乡规划主管部门",)),
    ("历史文化名镇、名村批准公布后，所在地县级人民政府应当组织编制保护规划。", ("所在地县级人民政府",)),
    ("城乡规划报送审批前，组织编制机关应当依法将城乡规划草案予以公告。", ("组织编制机关",)),
    ("保护规划的组织编制机关应当及时公布经依法批准的保护规划。", ("组织编制机关",)),
    ("由乡、镇人民政府报城市、县人民政府城乡规划主管部门核发乡村建设规划许可证。", ("乡、镇人民政府",)),
    ("在保护范围内拆除建筑物的，应当经城市、县人民政府城乡规划主管部门会同同级文物主管部门批准。",
     ("城市、县人民政府城乡规划主管部门", "同级文物主管部门")),
    ("县教育局每年组织开展一次校园安全专项检查。", ("县教育局",)),
    ("危险废物管理计划应当报产生危险废物的单位所在地生态环境主管部门备案。", ()),
    # departments named by their fields before 等职能管理部门; no name opening on a task's verb (明确, 聚焦)
    ("由市安全监管、交通运输、公安等职能管理部门建立和完善监管信息系统。", ("市安全监管", "交通运输", "公安")),
    ("聚焦国家现代农业示范区建设，实施粮田52.2万亩的水利设施配套。", ()),
    # a doer after 由 who hears others first (由X征求/听取…意见后确定); the department of either of two levels
    # (由市或者区X处以…罚款)
    ("由区交通行政管理部门听取有关乡（镇）人民政府的意见后组织编制。", ("区交通行政管理部门",)),
    # the partners after 会同 a rule names as enterprises and agencies (会同电网企业、市场运营机构加强…); a doer
    # after 由 who acts for others (由电网企业代表全体用户签订…)
    ("省发展改革委会同电网企业、市场运营机构加强政策宣传解读。", ("省发展改革委", "电网企业", "市场运营机构")),
    ("机制电量初期由电网企业代表全体用户与新能源项目签订中长期合同。", ("电网企业",)),
    # fields listed before the last one's kind of department, after the place the first names (各地价格、能源、
    # 电力运行主管部门); the partners after 会同 before 另行
    ("各地价格、能源、电力运行主管部门要加强政策宣传。", ("各地价格主管部门", "各地能源主管部门", "各地电力运行主管部门")),
    ("停车收费标准，由市价格行政主管部门会同市财政、交通行政主管部门另行制定。",
     ("市价格行政主管部门", "市财政行政主管部门", "市交通行政主管部门")),
    # a body said to bear a duty before its task (X是…的责任主体，全面组织落实…), or alone (高校是…的责任主体。)
    ("各省级能源主管部门是统筹保障本地区新能源消纳的责任主体，全面组织落实新能源消纳各项工作。", ("各省级能源主管部门",)),
    ("高校是本校考试招生工作的责任主体。", ("高校",)),
    # the government of the city where a thing is (由所在城市人民政府…); levels of the governments concerned
    ("由所在城市人民政府提出专题报告。", ("所在城市人民政府",)),
    # doers after 由 who recommend or censure (由X推荐, 由X通报批评); levels joined by 和 (市和区、县人民政府); a list of
    # bodies a comma parts before 根据需要可以
    ("由城市、县人民政府推荐，经省人民政府批准后公布。", ("城市、县人民政府", "省人民政府")),
    ("保护工作不力的，由上级人民政府通报批评。", ("上级人民政府",)),
    ("市和区、县人民政府应当保证城市道路建设资金。", ("市和区、县人民政府",)),
    ("国务院建设行政主管部门，省、自治区人民政府建设行政主管部门根据需要可以向有关城市派出规划监督员。",
     ("国务院建设行政主管部门", "省、自治区人民政府建设行政主管部门")),
    # round 73: a government's department a law names by the work it is charged with (…人民政府负责管理地震工作的部门或者机构),
    # alone, after a pause or beside another; a described body before a pause and its modal verb; a doer after 由 who acts
    # as one (集中统一管理); a doer and the government it may entrust (由X或者其委托的乡、镇人民政府核发: X)
    ("县级以上地方人民政府负责管理地震工作的部门或者机构负责本行政区域内的监督管理工作。",
     ("县级以上地方人民政府负责管理地震工作的部门或者机构",)),
    ("国务院地震工作主管部门和省、自治区、直辖市人民政府负责管理地震工作的部门或者机构，应当加强监督。",
     ("国务院地震工作主管部门", "省、自治区、直辖市人民政府负责管理地震工作的部门或者机构")),
    ("县级以上人民政府负责项目审批的部门，应当将地震安全性评价纳入审批内容。", ("县级以上人民政府负责项目审批的部门",)),
    ("镇总体规划的组织编制机关，应当定期组织有关部门和专家对规划实施情况进行评估。", ("组织编制机关",)),
    ("各类开发区的城乡规划工作，由城市、县城乡规划主管部门集中统一管理。", ("城市、县城乡规划主管部门",)),
    ("由城市、县城乡规划主管部门或者其委托的乡、镇人民政府核发。", ("城市、县城乡规划主管部门",)),
    ("地震灾害紧急救援队伍应当配备相应的装备、器材。", ("地震灾害紧急救援队伍",)),
    # round 74: such a department after 由 or before a verb of its powers; a government's departments listed by field
    # (…人民政府建设、交通等有关部门: each its department; …人民政府及其地震、通信等部门和单位: it and each); a body and the
    # departments listed by field after it, before a pause (X主管部门和A、B等部门，应当…)
    ("违反规定的，由县级以上人民政府负责管理地震工作的部门责令改正。", ("县级以上人民政府负责管理地震工作的部门",)),
    ("县级以上人民政府负责管理地震工作的部门主管本行政区域内的地震监测工作。", ("县级以上人民政府负责管理地震工作的部门",)),
    ("县级以上人民政府建设、交通、水利等有关部门应当按照职责分工加强监督。",
     ("县级以上人民政府建设部门", "县级以上人民政府交通部门", "县级以上人民政府水利部门")),
    ("县级以上人民政府及其地震、发展改革等有关部门和单位应当对下列事项进行专项监督检查：",
     ("县级以上人民政府", "县级以上人民政府地震部门", "县级以上人民政府发展改革部门")),
    ("地方人民政府发展改革、工业和信息化等主管部门应当加强监督管理。",
     ("地方人民政府发展改革部门", "地方人民政府工业和信息化部门")),
    ("省、设区的市人民政府地震工作主管部门应当加强地震监测。", ("省、设区的市人民政府地震工作主管部门",)),
    ("2024年3月18日前，省级教育行政部门将遴选结果上传至平台。", ("省级教育行政部门",)),
    ("设区的市人民政府应当参照前款标准制定生活垃圾分类的具体目录。", ("设区的市人民政府",)),
    ("省、设区的市人民政府及其发展改革、科技等部门应当支持防震减灾科学技术研究。",
     ("省、设区的市人民政府", "省、设区的市人民政府发展改革部门", "省、设区的市人民政府科技部门")),
    ("县级以上人民政府地震工作主管部门和应急管理、人防等部门，应当按照职责分工做好工作。",
     ("县级以上人民政府地震工作主管部门", "应急管理", "人防")),
    # a doer after 由 or before 可 who acts as the case needs (视情); an agency of joint response (联动机构)
    ("由区政府视情成立应急处置指挥部。", ("区政府",)),
    # doers after 由 listed by field before 等相关部门, and the places after them (…等相关部门和各区、街道（镇）…)
    ("由市住房城乡建设、应急管理、市场监管等相关部门和各区、街道（镇）协调联动开展排查整治。",
     ("市住房城乡建设", "应急管理", "市场监管", "各区", "街道")),
    ("区建设管理委、区应急联动机构可视情采取以下预防性措施：", ("区建设管理委", "区应急联动机构")),
    # a body that will do something (X将积极…); not the party of a case a rule meets (X将…的，由…); no words ending in
    # 心 but 中心 as a unit (…按时还款记在心)
    ("平潭支行将积极依托征信宣传平台开展宣传活动。", ("平潭支行",)),
    ("施工单位将建筑垃圾交给个人处置的，由城市人民政府市容环境卫生主管部门责令限期改正。", ("城市人民政府市容环境卫生主管部门",)),
    ("欠款没有善恶分按时还款记在心。", ()),
    # a body that plans to do something (X拟在…建设); no cluster of a plan (组团) as a unit
    ("平潭县环境卫生管理所拟在北厝镇填埋场东侧建设生活垃圾焚烧发电厂。", ("平潭县环境卫生管理所",)),
    ("岛内开发建设采取组团式布局，规划形成六个组团。", ()),
    # schools of a kind as doers (职业院校要…), described too (有条件的高师院校要…)
    ("职业院校要加强实训基地建设。", ("职业院校",)),
    ("有条件的高师院校要积极建立和完善培养小学教师的院系或专业。", ("高师院校",)),
    # departments listed by field before 等部门, and a body after them (…等部门以及区（县）政府要…)
    ("市安全监管、公安、质量技术监督等部门以及区（县）政府要加强信息共享。", ("市安全监管", "公安", "质量技术监督", "区（县）政府")),
    ("有关市、县人民政府城乡规划行政主管部门必须向社会公布。", ("有关市、县人民政府城乡规划行政主管部门",)),
    # no name opening on a task's verb (广泛发动…, 推行…, 加大…) nor ending in 社会 (残疾人社会|保障)
    ("广泛发动社会开展扶残助学活动，实施“扶困助残大学圆梦行动”等项目。", ()),
    ("统筹规划城乡残疾人服务设施建设，推行残疾人服务机构规范化、标准化建设。", ()),
    ("二是残疾人社会保障水平有待进一步提高。", ()),
    ("擅自挪作他用的，由市或者区交通行政主管部门处以3万元以上10万元以下的罚款。", ("市、区交通行政主管部门",)),
    ("机动车所有人的住所在公安机关交通管理部门管辖区域内迁移的，应当向登记该机动车的公安机关交通管理部门备案。", ()),
    # round 75: the body a rule names by what it implements (实施机关); a subject before the case, time or approval
    # of its modal verb (X中止…的，应当…; X提交…时，应当…; X经…批准，可以…); not a case's body where the next part has a
    # subject of its own (X对当事人作出处罚的，当事人应当…); not a body's head acting (X负责人审查后), a name opening on
    # 需 or 报, a body sent to (…的方式送X审核; 由部正式行文报国务院) or words before 所要
    ("实施机关应当建立健全交通行政许可档案制度。", ("实施机关",)),
    ("实施机关收到交通行政许可申请材料后，应当根据下列情况分别作出处理：", ("实施机关",)),
    ("交通运输行政复议机关中止对具体行政行为审查的，应当制作中止审查通知书。", ("交通运输行政复议机关",)),
    ("承办单位提交送审稿时，应当一并报送起草说明。", ("承办单位",)),
    ("法制工作部门经部领导批准，可以举行听证会。", ("法制工作部门",)),
    ("执法部门对当事人作出罚款处罚的，当事人应当自收到行政处罚决定书之日起十五日内缴纳罚款。", ()),
    ("案件调查报告经办案机构负责人审查后，执法人员应当将案卷报执法部门负责人审查批准。", ()),
    ("需与有关部委联合起草的，应当同有关部委协调组织起草工作。", ()),
    ("执法人员认为案件事实清楚的，应当制作案件调查报告，提出处理意见，报办案机构审核。", ()),
    ("送审稿、起草说明和其他有关材料以填写法规送审单的方式送法制工作部门审核。", ()),
    ("部务会议审议通过的法律、行政法规送审修改稿，由部正式行文报国务院审查。", ()),
    ("立法目的、必要性和所要解决的主要问题；", ()),
    ("立案应当填写《立案登记表》，由执法部门负责人批准。", ("执法部门",)),
    ("县司法局负责人员培训。", ("县司法局",)),
    # doers before a verb of watching, sending staff or thickening (密切监视, 派员, 加密) and with their other name in
    # brackets (省气象局（台）); a choice of two offices (A或者B) is both; a superior body after 由其; a doer after 由
    # who records (记录在案)
    ("省防办密切监视雨情、水情。", ("省防办",)),
    ("省气象局、省海洋与渔业厅、福建海事局派员进驻指挥部。", ("省气象局", "省海洋与渔业厅", "福建海事局")),
    ("省洪水预警报中心加密雨情监测。", ("省洪水预警报中心",)),
    ("省气象局（台）加强降雨监测。", ("省气象局",)),
    ("交通运输行政复议机关或者有关上级交通运输行政机关应当责令其限期履行。", ("交通运输行政复议机关", "有关上级交通运输行政机关")),
    ("违反规定的，由其上级交通主管部门或者监察部门责令退还。", ("上级交通主管部门", "监察部门")),
    ("经说明理由并由复议机关记录在案，可以撤回。", ("复议机关",)),
    ("地震应急避难场所产权单位或者管理单位应当做好设施设备的检修维护。", ("地震应急避难场所产权单位或者管理单位",)),
    # round 76: a long list of doers after 由; a river basin's agency takes no level from the names before it
    # (…、长江航务管理局); the body of a place and the superior after 由其 (由其所在…, 由其所属…逐级报告); a doer
    # that helps another before a pause (X协助Y，依法…: both); the subject after a time a sentence opens with (X决定…
    # 启动后，…发生地的Y应当…: Y); partners after the modal verb (X应当和Y在…设立…); no name opening on 遵守 or 进入
    ("培训由交通运输部和省级交通运输主管部门、交通运输部海事局、长江航务管理局、长江口航道管理局在各自的职责范围内负责实施。",
     ("交通运输部", "省级交通运输主管部门", "交通运输部海事局", "长江航务管理局", "长江口航道管理局")),
    ("并由其所在县级以上交通运输主管部门或者海事管理机构收缴其证件。", ("所在县级以上交通运输主管部门", "海事管理机构")),
    ("由其所属主管部门逐级报告至发证机关。", ("所属主管部门",)),
    ("县级以上地方人民政府交通行政主管部门协助卫生行政主管部门，依法采取强制消毒措施。",
     ("县级以上地方人民政府交通行政主管部门", "卫生行政主管部门")),
    ("国务院或者省级人民政府决定突发事件应急预案启动后，突发事件发生地的县级以上人民政府交通行政主管部门应当立即启动应急预案。",
     ("县级以上人民政府交通行政主管部门",)),
    ("县级以上人民政府交通行政主管部门应当和同级人民政府卫生行政主管部门在客运站设立交通卫生检疫站。",
     ("县级以上人民政府交通行政主管部门", "同级人民政府卫生行政主管部门")),
    ("遵守城市公共交通主管部门制定的其他服务规范。", ()),
    ("进入运营企业进行检查，调阅、复制相关资料；", ()),
    # fields listed with no place before their shared kind of department, either of two (公安、规划、水务或者交通行政管理部门),
    # after 由 too; no verbs or words of a task as fields (拒绝、阻挠市场监督管理部门); a partner after 会同 that is an
    # enterprise before 重新评估; doers before a day of the month and 向…报送, 复核 or 核定; no 所 before 在 as a name's end
    ("公安、规划、水务或者交通行政管理部门在审批或者组织实施前，应当征求航油管线经营单位的意见。",
     ("公安行政管理部门", "规划行政管理部门", "水务行政管理部门", "交通行政管理部门")),
    ("由水务或者交通行政管理部门依法处理。", ("水务行政管理部门", "交通行政管理部门")),
    ("违反本法规定，拒绝、阻挠市场监督管理部门监督检查的，依法给予治安管理处罚。", ()),
    ("省能源局会同电网企业重新评估接入方案。", ("省能源局", "电网企业")),
    ("各市能源局每月15日前向省能源局报送项目进展情况。", ("各市能源局",)),
    ("水行政主管部门复核方案报告，并出具意见。", ("水行政主管部门",)),
    ("专家所在单位要为专家参与工作提供便利。", ()),
    # round 77: bodies a rule names before the short name it gives them and their duty (A或者B指定的C（以下统称X）在…负责…:
    # A and C; …人民政府负责…管理的行政主管部门（以下统称X）负责…: the department); no receiver after 并及时报告
    ("城市交通运输主管部门或者城市人民政府指定的城市轨道交通运营主管部门（以下统称运营主管部门）在本级人民政府的领导下负责运营管理工作。",
     ("城市交通运输主管部门", "城市轨道交通运营主管部门")),
    ("县级以上地方人民政府负责小微型客车租赁管理的行政主管部门（以下统称租赁行政主管部门）负责本行政区域内的管理工作。",
     ("县级以上地方人民政府负责小微型客车租赁管理的行政主管部门",)),
    ("国家能源局华东监管局（以下简称华东能源监管局）负责调峰市场的监督与管理。", ("国家能源局华东监管局",)),
    ("运营单位可以先行处置，并及时报告有关部门依法处理。", ()),
    # round 79: bodies among themselves (A、B、C间应当建立…); a doer after 由 who files (由X归档); no body copied in
    # (…，并抄报同级X处理)
    ("道路运输管理机构、公安机关交通管理部门、应急管理部门间应当建立信息共享机制。",
     ("道路运输管理机构", "公安机关交通管理部门", "应急管理部门")),
    ("调解终结后的材料由道路运政机构归档。", ("道路运政机构",)),
    ("各相关区（含临港新片区，下同）水务部门要加强日常监管。", ("各相关区水务部门",)),
    ("中国（上海）自由贸易试验区临港新片区管委会负责本区域的申报登记管理。", ("中国（上海）自由贸易试验区临港新片区管委会",)),
    ("地震应急避难场所的日常维护与管理由产权单位或者管理单位负责。", ("产权单位或者管理单位",)),
    ("无正当理由拒绝客运车辆进站从事经营活动的；", ()),
    # a doer before 应对…制定 (no 应对 as a word), after a purpose (为规范…，X应…) and with a remark for the rest of the
    # text in brackets (X（包括Y，下同）应…); a body acting by its staff (X的工作人员…时，应当…); the body that reports
    # for another's decision after 由 (由X报设区的市级Y决定: X); the one that licensed it (由其许可机关确定)
    ("各泵站管理单位应对每一座所属泵站制定运行维护方案。", ("各泵站管理单位",)),
    ("为规范认定流程，各级水行政主管部门（包括临港新片区管委会，下同）应根据有关规定开展认定。", ("各级水行政主管部门",)),
    ("交通运输主管部门的工作人员实施监督检查时，应当有2名以上人员参加。", ("交通运输主管部门",)),
    ("由受理申请的交通运输主管部门报设区的市级交通运输主管部门决定。", ("交通运输主管部门",)),
    ("由其许可机关按照有关规定确定。", ("许可机关",)),
    # a subject said to be the main functional department before its duty (X是…的主要职能部门，应…); a partner after
    # 会同 before 科学测算 or 合理规划; an office of a bureau named on after it (县教育局工作办公室组织…)
    ("教务处是学校教学管理的主要职能部门，应健全机构，配备人员。", ("教务处",)),
    ("省级能源主管部门要会同价格主管部门科学测算容量电价。", ("省级能源主管部门", "价格主管部门")),
    ("县教育局工作办公室组织开展遴选工作。", ("县教育局工作办公室",)),
    ("出让地块按“净地”出让，在竞得人支付全部土地价款之日起十五日内由区土地储备中心交付。", ("区土地储备中心",)),
    # round 78: no 按照 in a leader's name (…，按照X会同Y制定的…), no name opening on 持有 (持有有关部门依法批准的…证明；)
    ("放射性物品的分类，按照国务院核安全监管部门会同国务院公安部门制定的名录执行。", ("国务院核安全监管部门", "国务院公安部门")),
    ("持有有关部门依法批准的生产、销售放射性物品的有效证明；", ()),
    # doers after 由 before 共同 or 分别; a body opening a sentence of liability on an offender (X对Y违反本办法第七条，…，
    # 对其直接负责的主管人员…处…罚款: X); fields listed before 等部门和机构; no name opening on 各自
    ("检验机构名录由国务院市场监督管理部门、国务院交通运输主管部门共同公布。", ("国务院市场监督管理部门", "国务院交通运输主管部门")),
    ("交通运输主管部门对危险货物承运人违反本办法第七条，未进行检查的，责令改正，对其直接负责的主管人员处1000元以下的罚款。",
     ("交通运输主管部门",)),
    ("发展改革、规划资源、公安、消防救援等部门和机构在各自职责范围内，协同做好燃气相关工作。", ("发展改革", "规划资源", "公安", "消防救援")),
    ("也可以在明确各自区整治范围的前提下，由各自区分别申报审批。", ()),
    # a doer before 具体负责; a body described by whose it is before its duty (X所属的Y具体负责…: Y); no name opening
    # on 以下 (经以下程序报教育部审批：)
    ("教育部思想政治工作司具体负责遴选工作。", ("教育部思想政治工作司",)),
    ("市水务局所属的上海市水务行政执法总队具体负责本市排水的监督检查工作。", ("上海市水务行政执法总队",)),
    ("高校设置新专业，经以下程序报教育部审批：", ()),
    # round 80: doers after 由 before 行使, 设置, 帮助, 管理, 协商确定, 商定 and 商有关部门…; two bodies after 由 joined by 与;
    # bodies before 负有…责任; fields listed before 等部门及 another body, before 按照 (not a name going on in 按照|处置);
    # a university (国家开放大学) and a national body after a province's (no 省 borrowed: 全国…委员会); townships of
    # three kinds (乡、民族乡、镇人民政府); A、B与负有…职责的其他部门; no doer in 管理平台, nor in 负责全区… (a duty)
    ("前款规定的职权，由公路管理机构行使。", ("公路管理机构",)),
    ("公路用地范围划定后，由县级以上地方人民政府交通主管部门设置标桩、界桩。", ("县级以上地方人民政府交通主管部门",)),
    ("由交通主管部门帮助其采取防护措施。", ("交通主管部门",)),
    ("专用公路由专用单位管理。", ("专用单位",)),
    ("跨省的收费公路设置车辆通行费的收费站，由有关省人民政府协商确定。", ("有关省人民政府",)),
    ("许可证的式样，由交通运输部与相关国家政府交通运输主管部门商定。", ("交通运输部", "相关国家政府交通运输主管部门")),
    ("由省级人民政府交通运输主管部门商有关部门批准后发放。", ("省级人民政府交通运输主管部门",)),
    ("交通主管部门、公路管理机构负有管理和保护公路的责任，有权检查、制止各种侵占公路的行为。", ("交通主管部门", "公路管理机构")),
    ("发展改革、公安、消防救援机构等部门及区人民政府按照各自职责，协同实施本办法。",
     ("发展改革", "公安", "消防救援机构", "区人民政府")),
    ("市水务部门按照处置流程及时处理监督信息。", ("市水务部门",)),
    ("省级教育行政部门、国家开放大学、全国高等教育自学考试指导委员会应按规定加强专业设置的管理。",
     ("省级教育行政部门", "国家开放大学", "全国高等教育自学考试指导委员会")),
    ("乡、民族乡、镇人民政府负责本行政区域内的乡道的建设和养护工作。", ("乡、民族乡、镇人民政府",)),
    ("公安机关、交通行政管理部门与负有道路交通管理职责的其他部门应当紧密配合。",
     ("公安机关", "交通行政管理部门", "负有道路交通管理职责的其他部门")),
    ("非道路移动机械应当安装远程监控车载终端，并与生态环境部门管理平台联网。", ()),
    ("负责全区建设项目压覆重要矿产资源的审查工作；统一管理公益性地质调查。", ()),
    # round 81: the universities a ministry directs to a task (推动高校制定…)
    ("推动高校制定专业建设与调整规划。", ("高校",)),
    # a body of the State Council's named on (国务院学位委员会办公室汇总…); a subject before 在…后 and its modal verb; a
    # body said to be the competent department (X是本市…的主管部门。)
    ("国务院学位委员会办公室汇总各省学位授予信息。", ("国务院学位委员会办公室",)),
    ("学位授予单位在做出撤销学位的决定后，应及时将信息报送。", ("学位授予单位",)),
    ("市绿化市容行政管理部门是本市道路和公共场所清扫保洁服务的主管部门。", ("市绿化市容行政管理部门",)),
    # a bus line's stations no doers (车辆停入首末站、枢纽站应当熄火); a station's staff none either
    ("车辆停入首末站、枢纽站应当熄火。", ()),
    ("轨道交通企业车站工作人员应当维护车站内秩序。", ()),
    # a body that seized something before its modal verb (X扣留车辆、工具的，应当…)
    ("公路管理机构扣留车辆、工具的，应当当场出具凭证。", ("公路管理机构",)),
    # round 82: a body after a modal verb no subject (考生须符合高校报考条件); teams no units; a step's label before the
    # doer (受理：X受理申请…); 由X办理 (no office 部门办); a body's office it set up a second doer (X或者其设置的Y); a body
    # in an exception (除X…外，…) none
    ("考生须符合高校报考条件。", ()),
    ("总结国家级团队以及各地各校团队建设的创新做法。", ()),
    ("受理：闵行区水务局受理申请，并进行形式审查。", ("闵行区水务局",)),
    ("属于县道的，由省级人民政府交通主管部门办理。", ("省级人民政府交通主管部门",)),
    ("交通主管部门或者其设置的公路管理机构自接到申请书之日起15日内应当作出决定。", ("交通主管部门", "公路管理机构")),
    ("路政案件由县级人民政府交通主管部门或者其设置的公路管理机构管辖。", ("县级人民政府交通主管部门", "公路管理机构")),
    ("除省级人民政府根据规定作出决定外，路政管理许可由省级人民政府交通主管部门办理。", ("省级人民政府交通主管部门",)),
    # districts named bare before 等区 and their department (浦东新区以及闵行、宝山、崇明等区交通行政管理部门): each's
    ("浦东新区以及闵行、宝山、崇明等区交通行政管理部门（以下简称区交通行政管理部门）负责本辖区内出租汽车的管理。",
     ("浦东新区交通行政管理部门", "闵行区交通行政管理部门", "宝山区交通行政管理部门", "崇明区交通行政管理部门")),
    # a committee formed before its duty (X应当…组建Y负责…: Y), no name running over 组建
    ("招标人应当按照国家有关规定组建评标委员会负责评标工作。", ("评标委员会",)),
    ("组建资格审查委员会对资格预审申请人进行资格审查。", ()),
    # doers after 由 before 纳入 or 从…下拨; no name opening on 建议
    ("专项资金由各乡镇纳入年度财政预算。", ("各乡镇",)),
    ("经费由区社会事业局从专项资金中下拨到各乡镇。", ("区社会事业局",)),
    ("建议区交通投资集团积极协调。", ()),
    # round 83: a ban names no subject (禁止X将…)
    ("禁止家政服务企业将校外培训纳入家庭服务。", ()),
    # round 84: a doer after 由 before 或者由其向Y建议 (the penalty's formula); a body after a phrase of matter
    # before 可予以 (对…的单位和个人，X可予以表彰); no doer in a body's own other rule as a condition
    # (X对…另有规定的，依照其规定执行), in a body's failing to act before another's permission (X…没有…提出异议，Y可…),
    # in an approval or a 由 that describes a thing (经X认定…的农村公路, 需经X核准的项目, 由X给予…支持的项目，应当…),
    # in a repeal (X于…发布的《…》同时废止), in a pool of projects (项目库)
    ("对违反本办法规定的单位，由有关交通运输主管部门或者由其向地方人民政府建议对责任单位进行通报批评。", ("有关交通运输主管部门",)),
    ("对举报内容属实的单位和个人，县级以上人民政府交通主管部门可予以表彰或奖励。", ("县级以上人民政府交通主管部门",)),
    ("国务院对建设程序另有简化规定的，依照其规定执行。", ()),
    ("交通主管部门在15天内没有对备案项目的交工验收报告提出异议，项目法人可开放交通。", ()),
    ("经省级交通运输主管部门认定并纳入统计年报里程的农村公路，适用本办法。", ()),
    ("需经国务院投资主管部门核准的项目，应当依法招标。", ()),
    ("由中央政府给予投资支持的农村公路建设项目，应当执行国家规定。", ()),
    ("交通运输部于2008年4月发布的《农村公路管理养护暂行办法》同时废止。", ()),
    ("农村公路建设规划项目库实行动态管理。", ()),
    ("评标由招标人依法组建的评标委员会负责。", ("评标委员会",)),
    # round 84: a subject before an inline point's word (各运输企业一是要…), after a year alone (2025年，X完成…), with
    # an interval before its verb (每3年组织…), a place before 从 (云南省从…资金中…给予资助), a task force (工作专班) after 由,
    # a body forming one (X组建…专班; 由A、B组建，负责…), the writer's own office (本交通行政主管部门将…; after
    # 事项所依据的…), a doer after 由 before 填写 or with 联合承办, the city's and districts' departments (本市市、区X部门);
    # not the thing a sentence's 由 clause pays for (实验室评估费用由教育部承担: 教育部)
    ("各运输企业一是要严格落实车辆动态监控。", ("各运输企业",)),
    ("2025年，上海城投集团完成公共排水设施专业运维队伍组建。", ("上海城投集团",)),
    ("国务院学位委员会每3年组织专家开展一次评议。", ("国务院学位委员会",)),
    ("云南省从财政扶贫资金中对参与项目的学生给予资助。", ("云南省",)),
    ("由工作专班定期梳理各专项工作完成情况，并形成工作简报。", ("工作专班",)),
    ("市道运中心组建高速公路品质提升工作专班。", ("市道运中心",)),
    ("大赛设立专家委员会，由全国医学教育发展中心、全国中医药教育发展中心组建，负责大赛学术指导等工作。",
     ("全国医学教育发展中心", "全国中医药教育发展中心")),
    ("申请人不采取告知承诺方式的，本交通行政主管部门将按照规定实施行政备案。", ("交通行政主管部门",)),
    ("行政备案事项所依据的法律、法规和规章有处罚规定的，本交通行政主管部门可以从重处罚。", ("交通行政主管部门",)),
    ("本表由交通行政主管部门填写。", ("交通行政主管部门",)),
    ("总决赛由北京大学、北京中医药大学、首都医科大学联合承办。", ("北京大学", "北京中医药大学", "首都医科大学")),
    ("本市市、区水行政主管部门和财政部门应当每年6月底前公布征收情况。", ("市、区水行政主管部门", "财政部门")),
    ("实验室评估费用由教育部承担。", ("教育部",)),
    # the body one entrusts with the task (X委托Y负责…: both), a partner before a modal verb (X会同Y可以…), the bodies a
    # notice asks, a comma between each and an alias after some (请A（教委），B，C（单位）D（局）通知…)
    ("上海市道路运输管理局委托市道路运输事业发展中心负责备案的受理与审核工作。", ("上海市道路运输管理局", "市道路运输事业发展中心")),
    ("市财政局会同市水务局可以调整征收标准。", ("市财政局", "市水务局")),
    ("请各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局，有关部门（单位）教育司（局）通知所属高校积极参赛。",
     ("各省、自治区、直辖市教育厅", "新疆生产建设兵团教育局", "有关部门教育司")),
]


@pytest.mark.parametrize("sentence, units", _SENTENCE_UNIT_CASES)
def test_layouts_units_a_sentence_names(sentence, units):
    assert [leads + others for leads, others in _sentence_units(sentence, "落实责任")] == [units]


def test_layouts_an_ocrs_phone_line_and_seal_after_a_contact_line_are_noise():
    # a contact's phone line alone after a page break; the bits of a seal, the office's name among them,
    # after the contact line above the date: none of it the last item's text
    text = ("某能源监管办关于开展专项监管的通知\n一、工作安排\n（一）明确联系人。各单位要确定一名联系人。\n联系人：张某\n"
            "--- 第 3 页 OCR ---\n电话：028-85253859\n（二）严明纪律。各有关派出机构要减少入企检查频次。\n"
            "联系电话：010—81929564\n能\n国\n某能源监管办综合司\n综合司\n2025年4月1日\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        "各单位要确定一名联系人。", "各有关派出机构要减少入企检查频次。"]


def test_layouts_a_pdfs_first_line_of_an_article_is_no_title():
    # a PDF's lines cut at the page's width: an article's first line without a stop is the start of
    # its sentence, not its title (a title on a line of its own is short: 第四条 市场成员权利义务); a
    # name cut by the line break is one name, its short name in brackets no part of it but a name of
    # the body all the same
    text = ("某区域调峰市场运营规则\n第一章 总则\n"
            "第一条 本规则依据《中共中央国务院关于进一步深化\n电力体制改革的若干意见》等文件制定。\n"
            "第二条 某区域能源监管局（以下简称区域能源监\n管局）负责调峰市场的监督与管理。\n"
            "第三条 某电网公司某分部调度控制中心（以下简称区\n域网调）负责调峰市场的日常运行。\n"
            "第四条 市场成员权利义务\n市场成员应当遵守本规则。\n"
            "第五条 每月月底前，区域网调向区域能源监管局报送交易结算情况。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    rows = [(c.kind.value, c.item.number, c.text.replace("\n", ""), c.responsible_units) for c in seg.clauses if c.item]
    assert rows == [
        ("obligation", "第一条", "本规则依据《中共中央国务院关于进一步深化电力体制改革的若干意见》等文件制定。", ()),
        ("obligation", "第二条", "某区域能源监管局（以下简称区域能源监管局）负责调峰市场的监督与管理。", ("某区域能源监管局",)),
        ("obligation", "第三条", "某电网公司某分部调度控制中心（以下简称区域网调）负责调峰市场的日常运行。",
         ("某电网公司某分部调度控制中心",)),
        ("heading", "第四条", "市场成员权利义务", ()), ("obligation", "第四条", "市场成员应当遵守本规则。", ()),
        # the short name the text gave a body, as a later sentence's subject
        ("obligation", "第五条", "每月月底前，区域网调向区域能源监管局报送交易结算情况。", ("区域网调",))]


def _cn(n: int) -> str:
    """A Chinese numeral up to 199 (十一, 二十三, 一百零二)."""
    digits = "零一二三四五六七八九"
    if n >= 100:
        rest = n - 100
        return "一百" + ("" if rest == 0 else "零" + digits[rest] if rest < 10 else _cn(rest) if rest >= 20 else "一" + _cn(rest))
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("" if tens == 1 else digits[tens]) + "十") + ("" if ones == 0 else digits[ones])


def test_layouts_an_ocr_texts_articles_with_odd_zeros_and_a_year_run_in():
    # an OCR text's article numbers: 〇, ○ or a Latin O for 零 (第一百〇一条, 第一百O二条), a year run into the
    # number (第一百〇三条2021年起…): each the next article, none lost with all after it
    lines = [f"第{_cn(n)}条 市场成员应当遵守第{n}项规定。" for n in range(1, 101)]
    lines += ["第一百〇一条 电网企业应当按月结算。", "第一百O二条 交易中心应当按日出清。",
              "第一百○三条2021年起，市场主体按年度申报。"]
    text = "某电力中长期交易规则\n第一章 总则\n" + "\n".join(lines) + "\n"
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    numbers = [c.item.number for c in seg.clauses if c.item and c.kind is ClauseKind.OBLIGATION]
    assert numbers[-4:] == ["第一百条", "第一百〇一条", "第一百O二条", "第一百○三条"]


def test_layouts_a_chapter_titled_by_a_kind_of_body_names_no_unit():
    # 第二章 处罚的实施机关: what the chapter is about, not a body its articles fall to
    text = ("某某处罚法\n第一章 总则\n第一条 为了规范处罚，制定本法。\n第二章 处罚的实施机关\n"
            "第二条 法律、法规授权的组织可以在法定授权范围内实施处罚。\n")
    seg = comparer.segment(Document("d", text))
    assert [(c.text, c.responsible_units) for c in seg.clauses if c.section and c.section.number == "第二章"] == [
        ("处罚的实施机关", ()), ("法律、法规授权的组织可以在法定授权范围内实施处罚。", ())]


def test_layouts_an_articles_points_hold_points_of_two_levels():
    # 第二条 …：（一）… 1.… （1）…: each 1. point under the （一） point before it, each （1） under its
    # 1. point; the next （二） after a 2. point is the article's point again, its 1. counting anew
    text = ("某市住房公积金提取管理细则\n第一章 总则\n第一条 为规范住房公积金提取，制定本细则。\n第二章 提取\n"
            "第二条 职工购买自住住房提取住房公积金的，分别按以下规定提供资料：\n"
            "（一）购买新建商品住房的。\n1.需提供的材料：\n（1）购房人身份证；\n（2）购房合同。\n2.提取额度：\n"
            "一次性提取本人账户余额，提取总额不得超过房款总额。\n"
            "（二）购买二手住房的。\n1.需提供的材料：\n（1）契税完税证明。\n"
            "第三条 职工退休的，可以提取全部余额。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    chains = {c.text: [h.number for h in _chain(c.item)] for c in seg.clauses if c.item}
    assert chains["购房合同。"] == ["第二条", "一", "1", "2"]
    assert chains["一次性提取本人账户余额，提取总额不得超过房款总额。"] == ["第二条", "一", "2"]
    assert chains["购买二手住房的。"] == ["第二条", "二"]
    assert chains["契税完税证明。"] == ["第二条", "二", "1", "1"]
    assert chains["职工退休的，可以提取全部余额。"] == ["第三条"]


def test_layouts_a_sites_sponsor_line_above_its_footer_is_no_unit_note():
    # 主办单位：… above the footer's 网站地图 / 网站标识码 lines: the site's sponsor, page furniture, no lead
    # unit of the text's last task
    text = ("某局关于做好中长期交易有关事宜的通知\n一、工作要求\n（一）经营主体应按时申报交易电量。\n"
            "（二）鼓励储能参与现货市场。\n主办单位：某自治区能源局\n网站地图\n政府网站标识码：1500000000\n")
    seg = comparer.segment(Document("d", text))
    assert [(c.text, c.lead_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        ("经营主体应按时申报交易电量。", ()), ("鼓励储能参与现货市场。", ())]
    assert "主办单位：某自治区能源局" in [c.text for c in seg.clauses if c.kind is ClauseKind.NOISE]


def test_layouts_an_articles_sentences_keep_their_own_units():
    # an article's sentence that names its doers mid-sentence (…，由X会同Y组织编制…) gives them to
    # itself, not to the article's other sentences; an article titled with a bracket inside its
    # bracketed title (第三条（…的修缮（装修）工程管理）) is the next article
    text = ("某区历史建筑保护实施办法\n第一章 总则\n第一条（目的）为加强历史建筑保护，制定本办法。\n第二章 管理和修缮\n"
            "第二条（编制年度修缮计划）对国有历史建筑，由区房管局会同区文物局组织编制年度修缮计划。编制过程中，应当听取街道办事处的意见。"
            "修缮计划通过后，由区人民政府安排专项资金。\n"
            "第三条（历史建筑的修缮（装修）工程管理）修缮工程实行差别化管理。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    got = {c.text[:8]: (c.item.number, c.lead_units, c.responsible_units) for c in seg.clauses if c.item}
    assert got["对国有历史建筑，"] == ("第二条", ("区房管局",), ("区文物局",))
    assert got["编制过程中，应当"] == ("第二条", (), ())
    assert got["修缮计划通过后，"] == ("第二条", (), ("区人民政府",))
    assert got["修缮工程实行差别"] == ("第三条", (), ())


def test_layouts_a_points_note_holds_past_a_sentence_naming_its_own_doer():
    # 1.…。…，由学校组织实施。有条件的地方，…。…。（责任单位：…）: the sentence with 由学校 has its own doer; the
    # sentences after it are the point's again, its note's units theirs
    text = ("某省劳动教育实施方案\n一、重点任务\n（一）优化课程\n"
            "1.开展课外劳动。保障中小学每周课外劳动时间不少于2小时。大中小学每学年设立劳动周，以集体劳动为主，由学校组织实施。"
            "有条件的地方，劳动周安排在实践基地开展。高等学校可安排劳动月。（责任单位：省教育厅、省人社厅）\n"
            "2.加强学科融入。深入挖掘课程中的劳动教育元素。（责任单位：省教育厅）\n")
    got = {c.text[:8]: c.responsible_units for c in comparer.segment(Document("d", text)).clauses}
    assert got["大中小学每学年设"] == ("学校",)
    assert got["有条件的地方，劳"] == got["高等学校可安排劳"] == ("省教育厅", "省人社厅")
    assert got["深入挖掘课程中的"] == ("省教育厅",)


def test_layouts_a_sections_dot_item_holds_its_paren_list():
    # 二、… / 1.… / 2.公开内容 / （1）…；（2）…；: the list is item 2's, not items of the section beside
    # 1. and 2.; the section's 3. follows them
    text = ("某局政府信息公开指南\n一、工作机构\n某局办公室负责本局信息公开工作。\n二、主动公开\n1.公开范围\n"
            "某局依法主动公开涉及群众切身利益的政府信息。\n2.公开内容\n（1）部门文件；\n（2）政策解读；\n（3）权责清单。\n"
            "3.公开方式\n某局通过门户网站公开政府信息。\n（一）申请的提出\n申请人应当填写申请表。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    items = {c.text: c.item.label for c in seg.clauses if c.item}
    assert items["部门文件；"] == items["权责清单。"] == "2 公开内容"
    assert items["某局通过门户网站公开政府信息。"] == "3 公开方式"


@pytest.mark.parametrize("first", ["1.", "（1）", "1）"])
def test_layouts_an_articles_numbered_points_in_a_text_without_items(first):
    # a law's article listing its cases 1./（1）/1） in a text with no （一） items anywhere: the
    # article's points, not items of their own
    second = first.replace("1", "2")
    text = ("某市场运营规则\n第一章 总则\n第一条 为规范市场运营，制定本规则。\n"
            f"第二条 经营主体有下列情形之一的，应强制退出市场：\n{first}存在瞒报信息且拒不整改的。\n"
            f"{second}严重违反市场运营规则的。\n第三条 本规则自印发之日起施行。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [[h.number for h in _chain(c.item)] for c in seg.clauses if c.item][1:4] == [
        ["第二条"], ["第二条", "1"], ["第二条", "2"]]


def test_layouts_points_numbered_with_a_half_bracket():
    # 1）…2）… under an article's （二）: its points, as （1）（2） are
    text = ("某市场运营规则\n第一章 总则\n第一条 为规范市场运营，制定本规则。\n"
            "第二条 市场退出\n（一）经营主体可以自愿申请退出市场。\n（二）经营主体有下列情形之一的，应强制退出市场：\n"
            "1）存在瞒报信息且拒不整改的。\n2）严重违反市场运营规则的。\n第三条 本规则自印发之日起施行。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [(c.text, [h.number for h in _chain(c.item)]) for c in seg.clauses if "拒不整改" in c.text or "严重" in c.text] == [
        ("存在瞒报信息且拒不整改的。", ["第二条", "二", "1"]), ("严重违反市场运营规则的。", ["第二条", "二", "2"])]


def _chain(item):
    """The numbers of an item and the items that enclose it, outermost first."""
    return _chain(item.parent) + [item] if item.parent else [item]


def test_layouts_a_chapters_parts_are_sections_inside_it():
    # a law's 第一节/第二节 under 第二章: sections whose parent is the chapter, the articles below them
    # theirs; the next chapter is a section of its own again
    text = ("中华人民共和国某某赔偿法\n第一章 总则\n第一条 为保障公民依法取得赔偿的权利，制定本法。\n第二章 行政赔偿\n"
            "第一节 赔偿范围\n第二条 行政机关违法拘留公民的，受害人有取得赔偿的权利。\n第二节 赔偿请求人和赔偿义务机关\n"
            "第三条 受害的公民有权要求赔偿。\n第三章 刑事赔偿\n第四条 看守所应当依法履行赔偿义务。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    sections = {c.text: c.section.label for c in seg.clauses if c.kind.alignable}
    assert sections["受害的公民有权要求赔偿。"] == "第二章 行政赔偿 › 第二节 赔偿请求人和赔偿义务机关"
    assert sections["看守所应当依法履行赔偿义务。"] == "第三章 刑事赔偿"
    # a part titled by what is held (…会议的举行) names no unit for its articles
    held = comparer.segment(Document("d", text.replace("第一节 赔偿范围", "第一节 地方各级人民代表大会会议的举行")))
    assert not any(c.responsible_units for c in held.clauses if c.text.startswith("行政机关违法拘留"))


def test_layouts_an_items_first_line_filling_a_cut_texts_width_is_no_title():
    # a PDF's extraction cut every line at 25 characters: an item's first line is its sentence's start,
    # not its title (…市场注册服 / 务，组织开展…); a text whose lines are paragraphs keeps its titles
    lines = ["上海电力中长期交易规则绿色电力交易专章", "三、市场成员"]
    for n, unit in zip("一二三四五六", ("上海电力交易中心", "上海电力调度控制中心", "国网上海市电力公司", "售电公司代理用户",
                                     "发电企业按照规定", "电力用户按照规定")):
        sentence = f"（{n}）{unit}负责提供绿电交易市场注册服务，组织开展绿电交易，汇总管理绿电交易合同，提供绿电交易结算依据，披露市场信息。"
        lines += [sentence[k:k + 25] for k in range(0, len(sentence), 25)]
    kinds = kinds_of("\n".join(lines) + "\n")
    tasks = [t for t, k in kinds.items() if k is ClauseKind.OBLIGATION]
    assert len(tasks) == 6 and all(t.endswith("披露市场信息。") for t in tasks)
    assert [t for t, k in kinds.items() if k is ClauseKind.HEADING] == ["市场成员"]



def test_layouts_an_articles_paragraph_after_its_list_is_the_articles_again():
    # 第二条 …：（一）…；（二）…。 then a paragraph of the article's own: under the article, not its last
    # case; the next article is its own
    text = ("中华人民共和国某某处分法\n第一章 总则\n第一条 为规范处分，制定本法。\n第二条 公职人员有下列行为之一的，予以警告：\n"
            "（一）违反规定出境的；\n（二）违反规定兼职的。\n有前款情形且情节严重的，予以降级。\n第三条 监察机关应当依法履行职责。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    labels = {c.text: c.item.label for c in seg.clauses if c.kind.alignable}
    assert labels["违反规定兼职的。"] == "第二条 公职人员有下列行为之一的 › 二 违反规定兼职的"
    assert labels["有前款情形且情节严重的，予以降级。"] == "第二条 公职人员有下列行为之一的"


def test_layouts_a_laws_table_of_contents_of_chapters_is_noise():
    # 目录 then 第一章 … 第三章, then 第一章 again with its first article: the first run was the
    # contents (noise), the second the chapters of the text
    text = ("中华人民共和国某某法\n目录\n第一章 总则\n第二章 职责\n第三章 附则\n第一章 总则\n第一条 为规范管理，制定本法。\n"
            "第二章 职责\n第二条 机关应当依法履行职责。\n第三章 附则\n第三条 本法自2026年1月1日起施行。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.kind for c in seg.clauses if c.text == "职责"] == [ClauseKind.NOISE, ClauseKind.HEADING]
    assert next(c for c in seg.clauses if c.text == "机关应当依法履行职责。").section.label == "第二章 职责"
    # a chapter's line is no wrapped rest of the entry above it (目录 / 第二章 职责 / 第三章 附  则)
    spaced = comparer.segment(Document("d", text.replace("第三章 附则\n第一章", "第三章 附  则\n\n第一章")))
    assert [c.text for c in spaced.clauses if c.kind is ClauseKind.NOISE][:4] == ["目录", "总则", "职责", "附  则"]



@pytest.mark.parametrize("text, units", [
    # the writer (我委, 我部) is the issuer its title names, or the part of it the word stands for
    ("上海市住房和城乡建设管理委员会关于发布2025年本市海绵城市建设工作要求的通知\n一、工作要求\n"
     "（一）开展建设评估。我委将对自评估报告组织专家开展论证。\n", ("上海市住房和城乡建设管理委员会",)),
    ("教育部办公厅关于做好学籍管理工作的通知\n一、工作要求\n（一）加强经费保障。我部将安排专项经费支持学籍系统建设。\n",
     ("教育部",)),
    # a page's metadata names the issuer where no title line does
    ("> 本文由脚本提取\n发布单位: 江北市住房和城乡建设局\n一、工作要求\n（一）加强培训。我局将组织开展施工技术培训。\n",
     ("江北市住房和城乡建设局",)),
    # no issuer named: the writer stays unnamed
    ("一、工作要求\n（一）加强培训。我局将组织开展施工技术培训。\n", ()),
])
def test_layouts_the_writer_is_the_issuer_its_title_names(text, units):
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    clause = next(c for c in seg.clauses if c.text.startswith("我"))
    assert clause.lead_units + clause.responsible_units == units


def test_layouts_a_texts_closing_paragraph_after_its_last_item_is_its_own():
    # the measures end after item 15's note: 本措施自印发之日起实施… is the text's, under no section or
    # item, with none of item 15's units; in a section of its own (四、附则) it stays the section's
    text = ("宿州市进一步促进房地产市场平稳健康发展若干措施\n一、优化审批服务\n"
            "15.建立健全房产企业联审联批中心。压缩审批时间，为房地产开发项目提供全过程服务。（责任单位：市房管中心、市自然资源和规划局）\n"
            "本措施自印发之日起实施，有效期2年。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    closing = next(c for c in seg.clauses if c.text.startswith("本措施"))
    assert (closing.kind, closing.section, closing.item, closing.responsible_units) == (ClauseKind.OBLIGATION, None, None, ())
    section = comparer.segment(Document("d", text.replace("本措施自", "二、附则\n本措施自")))
    assert next(c for c in section.clauses if c.text.startswith("本措施")).section.title == "附则"


def test_layouts_closing_paragraphs_after_the_last_article_are_the_texts():
    # measures numbered 第一条…第十条: the closing paragraphs after the last one's text are the text's
    # (an article titled on its line keeps a closing rule as its first text: 第二条 适用范围 / 本办法适用于…)
    text = ("某市促进房地产市场健康发展十条措施\n第一条 本措施适用于本市中心城区。\n"
            "第二条 对购买新建商品住房的给予补贴。补贴资金由市财政承担。\n"
            "本通知自印发之日起施行。各县（市）可参照执行。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [(c.text, c.item.number if c.item else None) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        ("本措施适用于本市中心城区。", "第一条"), ("对购买新建商品住房的给予补贴。", "第二条"), ("补贴资金由市财政承担。", "第二条"),
        ("本通知自印发之日起施行。", None), ("各县（市）可参照执行。", None)]


def test_layouts_closing_paragraphs_after_a_sections_own_task_are_the_texts():
    # 一、… / 十七、… each a task with its note, no items: the closing paragraphs after the last one
    # (上级文件另有规定…, 本措施适用…, 各县（市）可参照本措施…) are the text's, with none of its units
    text = ("某市进一步促进房地产消费若干措施\n一、发放购房补贴\n对购买新建商品住房的给予补贴。（责任部门：市住房和城乡建设局）\n"
            "二、规范房地产中介市场\n加强经纪服务收费管理。（责任部门：市住房和城乡建设局、市公安局）\n"
            "上级文件另有规定或有新政策出台，按照有关规定执行。\n本措施适用某市各城区。各县（市）可参照本措施制定本地政策。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [(c.section.title if c.section else None, c.responsible_units) for c in seg.clauses
            if c.kind is ClauseKind.OBLIGATION][1:] == [
        ("规范房地产中介市场", ("市住房和城乡建设局", "市公安局")), (None, ()), (None, ()), (None, ())]



def test_layouts_a_pages_quotes_and_item_numbers_on_lines_of_their_own(tmp_path):
    # round 71: a web page's copy that put each inline span on a line of its own: numbers before their
    # measure words, a quote's marks (“ / 报量报价 / ”), an item's numeral between its brackets (（ / 十一 /
    # ）加强…): one sentence each, the item its own
    path = tmp_path / "方案.txt"
    path.write_text("西川省深化新能源上网电价市场化改革实施方案\n一、推动新能源参与市场\n（十）完善现货市场交易。\n"
                    "上网电量\n80%\n，具备条件的集中式新能源项目\n“\n报量报价\n”\n参与现货市场，分布式项目可聚合后\n“\n"
                    "报量报价\n”\n或\n“\n报量不报价\n”\n参与现货市场。\n2025\n年\n6\n月起执行。\n（\n十一\n）加强地方电网政策衔接。\n"
                    "地方电网余电上网价格按现行规定执行。\n", encoding="utf-8")
    seg = comparer.segment(comparer.read_document(path))
    assert_well_formed(seg)
    items = {c.text: c.item.number for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert items == {"上网电量80%，具备条件的集中式新能源项目“报量报价”参与现货市场，分布式项目可聚合后“报量报价”或"
                     "“报量不报价”参与现货市场。": "十", "2025年6月起执行。": "十",
                     "地方电网余电上网价格按现行规定执行。": "十一"}


def test_layouts_a_section_run_in_after_a_tables_last_cell_in_a_one_line_plan():
    # round 71: a plan whose copy lost its line breaks; the next section, its title and its first item run in
    # after the last cell of an indicator table (…户/年3030约束性三、主要任务 （一）…): the section's tasks
    # are tasks, not its goals' preamble, and the sections after it follow
    text = ("某区“十四五”残疾人保障和发展规划 为促进残疾人全面发展，制定本规划。一、编制背景“十三五”时期，全区残疾人"
            "事业取得显著成就。二、总体要求（一）指导思想坚持以人民为中心。（二）主要目标到2025年，"
            "残疾人生活品质得到新改善。专栏1主要指标类别序号指标名称单位2021年2025年属性1残疾人家庭无障碍改造数户/年3030约束性"
            "三、主要任务 （一）提高社会保障水平1.巩固拓展脱贫攻坚成果。健全防止返贫监测和帮扶机制，给予有效帮扶。"
            "2.强化社会救助。将符合条件的残疾人家庭纳入最低生活保障范围。四、支持条件（一）强化组织领导。加强党对残疾人工作的领导。")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = {c.text: (c.section.number, c.item.number if c.item else None)
             for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert tasks["健全防止返贫监测和帮扶机制，给予有效帮扶。"] == ("三", "1")
    assert tasks["将符合条件的残疾人家庭纳入最低生活保障范围。"] == ("三", "2")
    assert tasks["加强党对残疾人工作的领导。"] == ("四", "一")


def test_layouts_several_bodies_signing_one_a_paragraph_above_the_date():
    # round 71: a joint opinion signed by its bodies, one a paragraph, above the date: signatures, none of
    # them a task of the last item
    text = ("关于进一步加强本市道路危险货物运输安全管理的若干意见\n\n一、落实企业主体责任\n\n（一）严格准入。"
            "市交通运输管理部门要严格审核企业资质。\n\n（二）开展联勤联动。各职能管理部门应按职责分工加强日常检查。\n\n"
            "上海市交通运输和港口管理局\n\n上海市安全生产监督管理局\n\n上海市公安局\n\n上海市城乡建设和交通委员会\n\n2013年1月25日\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        "市交通运输管理部门要严格审核企业资质。", "各职能管理部门应按职责分工加强日常检查。"]
    signed = [text[sp.start:sp.end] for sp in seg.spans if sp.kind is SpanKind.SIGNATURE]
    assert signed == ["上海市交通运输和港口管理局", "上海市安全生产监督管理局", "上海市公安局", "上海市城乡建设和交通委员会",
                      "2013年1月25日"]


def test_layouts_an_articles_point_opening_on_a_procedure_or_a_sanction_is_no_title():
    # round 71: a regulation's article whose points open on who draws up a plan and who approves it
    # (（一）…，由市人民政府组织编制，…报国务院审批。) or on a sanction (…的，责令限期改正。), more sentences after
    # it: each a rule of the point, none its title
    text = ("某市城乡规划条例\n第一章 总则\n第一条 为了加强城乡规划管理，制定本条例。\n第二条 总体规划按照下列程序编制和审批：\n"
            "（一）市城市总体规划，由市人民政府组织编制，经省人民政府审查同意后，报国务院审批。市城市总体规划在报省人民政府审查前，"
            "应当先经市人民代表大会常务委员会审议；\n（二）镇总体规划由镇人民政府组织编制。其他镇总体规划，报县人民政府审批。\n"
            "第三条 停车场经营者有下列行为之一的，按照以下规定处理：\n（一）未履行备案义务的，责令限期改正。逾期不改正的，处500元以上"
            "1000元以下的罚款；\n（二）未按规定公示收费标准的，责令改正。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    kinds = {c.text: c.kind for c in seg.clauses}
    for rule in ("市城市总体规划，由市人民政府组织编制，经省人民政府审查同意后，报国务院审批。", "镇总体规划由镇人民政府组织编制。",
                 "未履行备案义务的，责令限期改正。"):
        assert kinds[rule] is ClauseKind.OBLIGATION


def test_layouts_an_annex_after_a_rules_last_article_is_no_part_of_it():
    # round 71: a rule's annex after its last article, announced by 附：<title> and a 附 alone (附：…签注规定 /
    # 附 / …签注规定): its lines noise, its points items of its own, none of it the last article's text
    text = ("某市公安局剧毒化学品公路运输通行证发放和管理规定\n第一条　为了加强管理，制定本规定。\n"
            "第二条　本规定自公布之日起实施。\n附：通行证的签注规定\n附\n通行证的签注规定\n"
            "分局交通管理部门按照下列规定签注《通行证》：\n（一）存根正面的单位栏，按照数据库记录签注。\n"
            "（二）正面的总质量栏，按照实际运输数量签注。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    items = {c.text: (c.item.number if c.item else None) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert items["本规定自公布之日起实施。"] == "第二条"
    assert items["存根正面的单位栏，按照数据库记录签注。"] == "一"
    assert items["正面的总质量栏，按照实际运输数量签注。"] == "二"
    noise = [c.text for c in seg.clauses if c.kind is ClauseKind.NOISE]
    assert noise == ["附：通行证的签注规定", "附"]


def test_layouts_a_plans_titles_run_into_their_text_on_a_line_without_breaks():
    # round 71: a plan whose copy lost its line breaks; an item's title runs into its text where the text
    # opens as plans' texts open (指导思想以习近平…, 发展目标到2025年，…): the title alone the item's
    text = ("某区“十四五”档案事业发展规划 一、总体要求（一）指导思想以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。"
            "（二）发展目标到2025年，档案治理效能明显增强，档案资源建设明显增强。二、主要任务（一）健全管理体制机制。"
            "各单位要建立档案工作责任制。")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    titles = {c.item.title for c in seg.clauses if c.item is not None}
    assert {"指导思想", "发展目标"} <= titles


def test_layouts_bodies_signing_one_of_them_letter_spaced_above_the_date():
    # round 72: two ministries sign a joint opinion, the second's name spaced out letter by letter (国 家 能 源 局)
    # above the date: a signature, not a task of the last item
    text = ("关于促进新能源消纳和调控的指导意见\n一、总体要求\n（一）明确责任分工。国家能源局派出机构对政策落实情况进行常态化监管。\n"
            "国家发展改革委\n国 家 能 源 局\n2025年10月29日\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == ["国家能源局派出机构对政策落实情况进行常态化监管。"]
    assert [text[sp.start:sp.end] for sp in seg.spans if sp.kind is SpanKind.SIGNATURE] == [
        "国家发展改革委\n国 家 能 源 局", "2025年10月29日"]


def test_layouts_an_attachment_list_opened_by_fu_after_the_last_section():
    # round 72: a notice's list of attachments after its last section, opened by 附： with no 件, each title
    # closed by ；or 。 (附：1、…流程图； / 2、…汇总表。): noise, no task of the last section
    text = ("关于进一步加强专业技术人员继续教育工作的通知\n一、提高认识\n各单位要高度重视继续教育工作。\n"
            "二、严格验证\n各验证单位应认真填写验证汇总表，方可进行验印。\n附：1、继续教育培训办班流程图；\n"
            "  2、继续教育证书验证汇总表。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    assert [c.text for c in seg.clauses if c.kind is ClauseKind.OBLIGATION] == [
        "各单位要高度重视继续教育工作。", "各验证单位应认真填写验证汇总表，方可进行验印。"]


def test_layouts_a_note_whose_lead_is_set_off_by_an_enumeration_comma():
    # round 73: a plan's tasks closed by notes that set the lead off from the others by 、, not a comma
    # (（市交通委牵头负责、各区政府组织落实）, （A牵头负责、B、C组织落实）): the lead and the others, no clause of
    # their own
    text = ("燃气安全专项整治实施方案\n一、重点任务\n1.加强燃气瓶安全管理。严格落实气瓶充装单位主体责任。（市交通委牵头负责、各区政府组织落实）\n"
            "2.开展餐饮场所排查。全面排查餐饮场所用气安全隐患。（市消防救援总队牵头负责、市公安局、各区政府组织落实）\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: (c.lead_units, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units == {"严格落实气瓶充装单位主体责任。": (("市交通委",), ("各区政府",)),
                     "全面排查餐饮场所用气安全隐患。": (("市消防救援总队",), ("市公安局", "各区政府"))}


def test_layouts_a_pages_comma_and_item_title_on_lines_of_their_own(tmp_path):
    # round 73: a page copy that broke its lines at inline spans: an item's numeral in its brackets with the
    # first character of its title (（ / 四 / ）有 / 降碳…项目 / 。), a comma opening a line (…证明材料 / ，利用…):
    # the title whole, the sentence whole
    path = tmp_path / "实施方案.txt"
    path.write_text("某自治区绿电直连项目开发建设实施方案\n一、项目类型\n（三）\n新能源项目\n。\n"
                    "新增负荷规模不低于\n20\n万千瓦，年用电量不低于\n3\n亿千瓦时，自\n2025\n年起执行。\n（\n四\n）有\n降碳刚性需求出口外向型企业项目\n。\n"
                    "项目单位应能提供海外营收审计报告等相关证明材料\n，利用周边新能源资源开展绿电直连。\n", encoding="utf-8")
    seg = comparer.segment(comparer.read_document(path))
    assert_well_formed(seg)
    items = {c.text: c.item.title for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert items["项目单位应能提供海外营收审计报告等相关证明材料，利用周边新能源资源开展绿电直连。"] == "有降碳刚性需求出口外向型企业项目"


def test_layouts_a_plans_body_and_its_duties_listed_after_a_lead_in():
    # round 73: an emergency plan's decimal item names a body, what it is, and a lead-in to its duties (X（以下简称
    # “Y”）是本区燃气的行政主管单位，负责…。主要履行以下职责：（1）…（2）…): each duty the body's, as an article's are
    text = ("某区处置燃气事故应急预案\n1　　总则\n1.1　　编制目的\n为有效应对燃气事故，制定本预案。\n1.2　　适用范围\n"
            "本预案适用于本区行政区域内燃气事故的应急处置。\n2　　组织体系\n2.1　　职能部门\n"
            "某区建设管理委员会（以下简称“区建设管理委”）是本区燃气的行政主管单位，负责燃气行业应急管理工作。主要履行以下职责：\n"
            "（1）动态掌握燃气行业运行情况，及时组织研判燃气事故预警信息。\n（2）组织编制本区处置燃气事故应急预案。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert units["组织编制本区处置燃气事故应急预案。"] == ("某区建设管理委员会",)
    assert units["动态掌握燃气行业运行情况，及时组织研判燃气事故预警信息。"] == ("某区建设管理委员会",)


def test_layouts_a_note_closed_by_a_remark_after_a_comma():
    # round 74: a task's note whose lead and others are followed, after a comma, by a remark that they hold for the
    # tasks below (…，以下各项工作均需要各单位负责，不再单独列出）): a note, no task of its own
    text = ("燃气安全排查整治实施方案\n一、重点任务\n（一）加强燃气安全监管。全面排查燃气安全隐患。"
            "（市局特种设备安全监察处牵头，各单位按职责分工负责，以下各项工作均需要各单位负责，不再单独列出）\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    tasks = [(c.text, c.lead_units, c.responsible_units) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]
    assert tasks == [("全面排查燃气安全隐患。", ("市局特种设备安全监察处",), ("各单位",))]


def test_layouts_a_note_whose_unit_does_every_task_below():
    # round 74: a note whose remark says its unit does every task below (…。以下均需区市场监管局落实，…不再单独列出）):
    # that unit responsible for each later task, beside the task's own units
    text = ("城镇燃气安全专项整治实施方案\n一、突出重点集中攻坚\n（一）排查整治燃气气瓶安全风险\n"
            "1．加强燃气气瓶制造环节监管。加强对气瓶制造单位证后监督检查。（市局特种设备安全监察处牵头；区市场监管局组织落实。"
            "以下均需区市场监管局落实，不再单独列出）\n2．加强燃气气瓶充装环节监管。督促充装单位每年开展安全管理评价工作。"
            "（市局执法稽查处牵头）\n（二）加强燃气工程质量监管\n依法查处燃气工程违法行为。\n")
    seg = comparer.segment(Document("d", text))
    assert_well_formed(seg)
    units = {c.text: c.responsible_units for c in seg.clauses if c.kind is ClauseKind.OBLIGATION}
    assert "区市场监管局" in units["督促充装单位每年开展安全管理评价工作。"]
    assert "区市场监管局" in units["依法查处燃气工程违法行为。"]
