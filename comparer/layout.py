"""Layout of messy documents: structure inside lines, and the page furniture around the text.

Web-page copies, PDF extractions and template-site reposts do not break lines where the
structure breaks. A PDF line can run a section heading, an item and its first sentence together
(``一、总体要求 1.加强组织领导。…``); a unit note can end one section and the next heading follow
on the same line (``…街道办事处）〕 二、…``). :func:`next_cut` finds where such a line must be cut,
guided by the numbers the segmenter expects next (:class:`Expect`), so that a ``（二）`` quoted in
a sentence is not taken for an item. :func:`noise_kind` says which lines are not the document's
text at all: navigation, accessibility bars, metadata tables, page markers, date banners, site
footers and template-site preambles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from comparer.text import GAP, SENTENCE_ENDS, STAGE, YEAR_AFTER_NUMBER, cn_to_int
from comparer.units import (DEADLINE_FIELD, DIVISION, LEADER_KEYS, NAME_ENDS, NOTE_MAX, ROLE_KEYS, led_note,
                            listed_note, placed_units, unit_cell)

#: Role words of unit notes (``牵头单位：…``) that start a unit line run into the text.
_ROLES = rf"{ROLE_KEYS}|{LEADER_KEYS}|{DIVISION}"
_CN = "一二三四五六七八九十"
_BEFORE_MARK = set("。；;！？!?〕】）)]") | set(" \t\u3000\xa0")
_ITEM_GAP = 3  # a source that skips numbers: （三） then （六） after a sentence's end, a note or a space
_GAP_AFTER = set("。；;）) \t\u3000\xa0")
#: The start of a unit line, after the deadline field that may open it (``完成期限：…牵头单位：``).
_UNIT_LINE_START = re.compile(rf"(?:{DEADLINE_FIELD})?(?P<key>[【\[〔]?(?:{_ROLES})\s*[】\]〕]?\s*[:：])")
_RUN_IN_ITEM = re.compile(r"[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)](?:[\u4e00-\u9fff“”、，]{2,32}[：:]?"
                          r"|[\u4e00-\u9fff“”、，]{2,60}(?:方面|情况))")  # （一）政法综治处:1.…; a group of
# problems: （一）贯彻落实党的路线方针政策…工作要求方面1.…, （一）聚焦…工作要求情况1.…
_RUN_IN_POINT = re.compile(r"\d{1,2}[.．、][\u4e00-\u9fff“”、，]{2,32}")  # 1.市场准入和退出标准（1）不得…
#: A sentence that announces the numbered list after its colon (…按照以下标准进行审查：1.…).
_LIST_LEAD = re.compile(r"(?:以下|如下|下列)(?:几[点项个])?(?:标准|要求|措施|情形|条件|任务|工作|原则|规定|事项|内容|方面|重点)"
                        r"[^。；;！!？?]{0,60}[:：]\Z")  # (not 以下对象：, a list of whom it is about)
_RUN_IN_SECTION = re.compile(r"[一二三四五六七八九十]{1,3}[、.．][\u4e00-\u9fff“”、，]{1,32}")  # 一、目标1、…, 一、聚焦扶贫领域腐败和作风问题1.…
#: Footer words that end a page's text run into its last line (来源：…, 附件下载).
#: The distribution lines under an official document's text: 抄送：…, 抄报：….
_DISTRIBUTION_KEY = r"(?:抄\s*送|抄\s*报|分\s*送)\s*[:：]"
RUN_IN_FOOTER = rf"来源[:：]|附件下载|打印本页|关闭窗口|{_DISTRIBUTION_KEY}|</?(?:p|div|span|font|body|html)\b"
#: A web address, with a short label in Latin letters and digits before it (``H5解读：https://…``).
_LINK = r"(?:[A-Za-z0-9]+[\u4e00-\u9fff]{0,4}[:：]\s*)?(?:https?://|www\.)[!-~]+"
_CANDIDATE = re.compile(
    rf"(?P<units>[〔【\[（(]\s*(?:{_ROLES}|牵头|责任|配合)\s*[:：])"
    rf"|(?P<role>(?:{_ROLES})\s*[:：]|[【\[〔]\s*(?:{_ROLES})\s*[】\]〕])"  # 【牵头单位】 labels too
    rf"|(?P<section>(?P<sn>[{_CN}]{{1,3}})\s*[、．.](?=[\u4e00-\u9fff“《\d])(?![二三四五六七八九十][级类等档星]))"
    rf"|(?P<item>(?<![第款、])[（(]\s*(?P<inn>[{_CN}]{{1,3}})\s*[）)](?![ \u3000]*(?:项(?!目)|、[ \u3000]*[（(]))|(?P<enc>[㈠-㈩])|(?<=[ \u3000])(?P<half>[{_CN}]{{1,3}})[）)])"  # 一) too
    # (not 前款第（一）、（三）项: items a sentence refers to)
    rf"|(?P<stage>{STAGE})"  # 第二阶段：…
    rf"|(?P<chapter>第(?P<cn>[{_CN}]{{1,3}})章[ \u3000]*(?=[\u4e00-\u9fff]|\d{{1,3}}[\u4e00-\u9fff]{{2}}))"  # 第二章 管理职责
    rf"|(?P<article>第(?P<an>[{_CN}百零]{{1,6}})[ \u3000]?条(?=[ \u3000]|[\u4e00-\u9fff“《（(【〔]))"  # 第五条 县教育局… (第二十九 条: a space)
    rf"|(?P<ditem>(?<![\d.．])(?:[（(]\s*(?P<dp>\d{{1,2}})\s*[）)]|(?P<dd>\d{{1,2}})\s*[.．、。](?:(?![\d%])|(?={YEAR_AFTER_NUMBER})))"
    rf"(?=[ \u3000]?[\u4e00-\u9fff“《]|{YEAR_AFTER_NUMBER}))"  # 1.2017年10月底前…: a year after the number
    r"|(?P<decimal>(?<=[ \u3000])(?P<dn>\d{1,2}(?:[.．]\d{1,2}){1,3})[ \u3000]+(?=[\u4e00-\u9fff“《A-ZⅠ-Ⅻ]))"  # … 4.7.2 省民政厅负责…
    r"|(?P<drow>(?<=[ \u3000])(?P<dr>\d{1,2})[ \u3000]+(?=[\u4e00-\u9fff]))"  # …经济发展局 2015年6月 2 加快…
    r"|(?P<page>(?<!\S)[-—－–]\s?\d{1,3}\s?[-—－–](?!\S)"
    r"|第\s*\d{1,3}\s*页\s*共\s*\d{1,3}\s*页(?:下载后可任意编辑)?|下载后可任意编辑)"  # a viewer's page line
    r"|(?P<artifact>\[(?:bookmark|BOOKMARK|Bookmark)[^\]\n]*\])"  # a Word leftover: its own piece
    r"|(?P<sign>(?<=\s)[^\s。；;，,、]{2,30}?(?:人民政府办公室|人民政府|办公室|委员会|领导小组)\s*"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发|发布)?\s*(?:$|(?=来源[:：]|附件下载)))"  # the signature
    # ends the text, or the page's footer follows it
    rf"|(?P<furniture>(?<=\s)(?:{RUN_IN_FOOTER}|Normal\s+0\s+[\d.]+\s|/\*\s*Style Definitions|目\s*录\s*TOC\s))"
    rf"|(?P<link>{_LINK})"  # …经济发展局H5解读：https://…: a link run into the text
    r"|(?P<public>[（(]此件(?:公开发布|主动公开|不公开|依申请公开)[）)])"  # a notice's end: what follows is
    # its attachment, as after an attachment line run in after a sentence (…予以保障。附件：…实施方案)
    rf"|(?P<field>(?<=[。；;！!？?])(?={DEADLINE_FIELD}))"  # …进行安排。完成期限：…牵头单位：…
    r"|(?P<annex>(?<=[）)][ \u3000])附\s*件\s*[:：]"  # …（业务咨询电话：…） 附件：1.…申请表: after a closing remark
    r"|(?:(?<=[。！!])|(?<=[。！!][ \u3000]))附\s*件\s*\d{0,2}(?:\s*[:：]"
    r"|[ \u3000]+(?=[^。；;：:\s]{2,60}?(?:表|方案|清单|计划|办法|细则|要点|目录)[ \u3000])"  # 附件 …任务表 重点任务…
    r"|\d(?=[^。；;：:\s]{2,60}?(?:表|方案|清单|计划|办法|细则|要点|目录)一、)))"  # 附件1…技术方案一、整治原则…
    r"|(?P<label>(?<=[^：:])(?:整改|工作|具体|主要|任务)(?:目标|措施|要求|内容)\s*[:：])"  # …整改时限：立行立改整改目标：…
    r"|(?P<led>(?<=[。；;！!？?%％\d])[〔【\[（(])"  # …信息。（市规划委负责落实）推进…: last, after items
    r"|(?P<placed>[（(](?=[^（()）\n]{2,60}[）)][。；;]))"  # …跑动（区市场局、区大数据中心）。优化…
)
_OPEN, _CLOSE = "〔【[（(", "〕】]）)"
_MARKER_BEFORE = re.compile(rf"(?:[（(]\s*[{_CN}]{{1,3}}\s*[）)]|[{_CN}]{{1,3}}[、.．]|\d{{1,2}}[.．、]|[（(]\d{{1,2}}[）)])\s*\Z")
#: Bullet glyphs before a line or a unit line run into the text (``。·责任单位：…``).
BULLETS = "·•●▪◆"


#: A chapter's number and title run into its first article, in a text without line breaks.
_CHAPTER_TITLE = re.compile(rf"第[{_CN}]{{1,3}}章[ \u3000]*[\u4e00-\u9fff“”、，]{{1,30}}?[ \u3000]*")
_CHAPTER_FIRST_ARTICLE = re.compile(rf"{_CHAPTER_TITLE.pattern}第(?P<an>[{_CN}百零]{{1,6}})条(?=[ \u3000]|[\u4e00-\u9fff“《])")

_ROW_GAP = 2  # the furthest a glued table's next row number is from the last
#: The value of a task's field (a deadline, the person in charge) right before a point's number.
_FIELD_BEFORE = re.compile(r"(?:时\s*限|时\s*间|期\s*限|责\s*任\s*人|负\s*责\s*人|联\s*系\s*人)\s*[:：][^。；;：:\n]{1,16}\Z")
_FIELD_BEFORE_MAX = 30


@dataclass
class Expect:
    """The numbers the segmenter has seen last: a marker inside a line is a cut only when it
    continues them (``二、`` after section 一, ``（四）`` after item 三, or a restart at 1)."""

    section: int = 0
    item: int = 0
    digit: int = 0
    digit_items: bool = False  # 1./（1） number the items (the document has no （一） items)
    item_form: str | None = None  # "dot" (1.) or "paren" (（1）): which of them numbers the items
    sub: int = 0  # the last point of the other form inside a digit item
    sub_run: int = 0  # the last such point of any point: numbered on across points (2.…（3）… after
    # 1.…（1）…（2）…)
    run: int = 0  # the last digit point of any item: numbering that runs on across items (（二）3.…)
    digit_form: str | None = None  # the form of the points of an item (1.), under which（1） is a sub-point
    article: int = 0  # the last article of rules (第五条)
    decimal: tuple[int, ...] = ()  # the last decimal number of a plan numbered so (4, then 4.7, 4.7.2)
    row: int | None = None  # the last row's number where the 1. items are the rows of a table glued
    # into the prose: a row's unit cell runs into the next row's number (…（街道办事处）31.持续加强…)


def close_bracket(text: str, i: int, e: int) -> int:
    """The index after the bracket that closes the one opened at ``text[i]`` (``e`` if none)."""
    depth = 0
    for k in range(i, e):
        if text[k] in _OPEN:
            depth += 1
        elif text[k] in _CLOSE:
            depth -= 1
            if depth == 0:
                return k + 1
    return e


def _continues(number: int, last: int) -> bool:
    return number == last + 1 or number == 1


def decimal_parts(number: str) -> tuple[int, ...]:
    """The parts of a decimal number (``4.7.2``: 4, 7, 2)."""
    return tuple(int(p) for p in re.split("[.．]", number))


def decimal_next(last: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Whether ``number`` continues a plan's decimal numbering after ``last``: its first part (1 where
    none came yet), the first under it (4.7 → 4.7.1) or the next at any of its levels (4.7.2 → 4.7.3,
    4.8, 5).

    >>> decimal_next((4, 7, 2), (4, 7, 3)), decimal_next((4, 7, 2), (4, 8)), decimal_next((4, 7, 2), (5,))
    (True, True, True)
    >>> decimal_next((4, 7), (4, 7, 1)), decimal_next((4, 7, 2), (4, 9)), decimal_next((), (3,))
    (True, False, False)
    """
    if not last:
        return number == (1,)
    if number == last + (1,):
        return True
    k = len(number)
    return k <= len(last) and number[:-1] == last[:k - 1] and number[-1] == last[k - 1] + 1


#: Where a plan numbered in decimals begins on a line of text: its first part's title, then 1.1.
_DECIMAL_FIRST = re.compile(r"[^\s\d。，,；;：:]{2,20}[ \u3000]+(?:\d{1,3}[ \u3000]+)?1[.．]1[ \u3000]*[\u4e00-\u9fff]")  # (its page
# number between, in a table of contents)
_DECIMAL_FIRST_REACH = 40


def _cut_at(text: str, s: int, m: re.Match[str], expect: Expect) -> int | None:
    """Where the candidate ``m`` cuts the line that starts at ``s`` (None: it does not)."""
    pos = m.start()
    before = text[pos - 1] if pos > s else ""
    kind = m.lastgroup  # units, role, section, item, stage, chapter, article, ditem, page, artifact, sign, furniture, link, public, annex or field
    if pos == s:
        if kind == "furniture" and _DISTRIBUTION.match(text, s):  # 抄送：…。…办公室 2016年8月24日印发 附件…
            return _distribution_end(text, s, m.end())
        return m.end() if kind in ("page", "link", "public") else None
    if kind in ("public", "annex", "field"):
        return pos  # …2024年7月11日 (此件主动公开)平潭…实施方案…: a piece of its own
    n = int(m.group("dp") or m.group("dd")) if kind == "ditem" else 0
    if kind == "ditem" and before not in _BEFORE_MARK and (
            _RUN_IN_SECTION.fullmatch(text, s, pos) and (n == 1 or n == expect.digit + 1 > 1)  # 一、目标1、按时
            # 完成…: a section's title (二、…4.…: the points numbered on across sections)
            or _RUN_IN_ITEM.fullmatch(text, s, pos) and n in (1, expect.run + 1)  # an item's title:
            # （九）加强应急救援工作26.进一步规范…; a unit line: 责任单位：各区属国企3.加快…
            or _UNIT_LINE_START.match(text, s) and (n in (expect.digit + 1, expect.run + 1)
                                                     or before in NAME_ENDS and n > 1)):
        return pos  # run into the point after it
    if kind == "ditem" and m.group("dp") and (n == 1 or _sub_runs_on(m, n, expect)) \
            and _RUN_IN_POINT.fullmatch(text, s, pos):
        return pos  # a point's title run into its first sub-point: 1.市场准入和退出标准（1）不得…
        # (2.推进审批制度改革有短板（4）…: numbered on from the point before)
    if kind == "ditem" and n == 1 and before in "：:" \
            and _LIST_LEAD.search(text, max(s, pos - 80), pos):
        return pos  # …按照以下标准进行审查：1.市场准入…: the list the sentence announces (or （1）…)
    if kind == "decimal" or kind == "drow" and expect.row is None:  # a plan numbered in decimals run on one
        # line: … 4.7 宣传、培训和演习 4.7.1 开展…。 4.7.2 省民政厅负责…。 5 预警预报 (the next number only)
        number = decimal_parts(m.group("dn") or m.group("dr"))
        first = number == (1,) and _DECIMAL_FIRST.match(text, m.end(), m.end() + _DECIMAL_FIRST_REACH)  # (the text
        # after its table of contents: … 8.3 预案管理与更新 1 总则 1.1 编制目的 …)
        return pos if before in _BEFORE_MARK and (first or expect.decimal and decimal_next(expect.decimal, number)) else None
    if kind == "drow":  # a row numbered with a space, only in a table glued into the prose (the next
        # row, or the first of a group); elsewhere a number and a space are text
        return pos if expect.row is not None and int(m.group("dr")) in (1, expect.row + 1) else None
    if kind == "ditem" and n in (expect.digit + 1, expect.run + 1) and n > 1 \
            and _FIELD_BEFORE.search(text, max(s, pos - _FIELD_BEFORE_MAX), pos):
        return pos  # …责 任 人：周某整改时限：立整立改2.围绕…: a task's field line run into the next point
    if kind == "section" and before not in _BEFORE_MARK and cn_to_int(m.group("sn")) == expect.section + 1 \
            and _FIELD_BEFORE.search(text, max(s, pos - _FIELD_BEFORE_MAX), pos):
        return pos  # …整改时限：立整立改二、聚焦…: or into the next section
    if kind == "ditem" and expect.row is not None and (1 < n <= expect.row + _ROW_GAP and n > expect.row
                                                      or n == 1 and expect.row == 0):
        return pos  # a row's units or a title run into the next row: …区直各单位30.完善… (a number
        # or so may be missing where the table merged two rows)
    if kind == "section" and expect.row is not None and before not in _BEFORE_MARK \
            and cn_to_int(m.group("sn")) == expect.section + 1:
        return pos  # a row's units run into the next section: …各乡镇人民政府（街道办事处）八、…
    if kind == "section" and before not in _BEFORE_MARK and _UNIT_LINE_START.match(text, s) \
            and expect.section < cn_to_int(m.group("sn")) <= expect.section + _ITEM_GAP:
        return pos  # a unit line run into the next section: 责任单位：…台湾工作部四、保障要素 (or one
        # a few numbers on, where a table keeps the numbers of the plan it divides: …消保处九、)
    if kind == "section" and _ATTACHMENT_HEAD.match(text, s) and cn_to_int(m.group("sn")) == 1:
        return pos  # an attachment's title run into its first section: 附件 …任务分工表一、全力推进…
        # (or a space apart: 附件3 …考评办法 一、考评对象)
    if kind == "link" and (_LINK_LINE.fullmatch(text, s, m.end())  # 原文链接：https://…: one piece
                           or before not in _BEFORE_MARK and m.group().startswith(("http", "www"))):
        return None  # …每日更新www.mishuzj.com湖北省…: a watermark inside a sentence stays in it
    if kind == "ditem" and before in "，," and n == expect.digit + 1 > 1 and (
            _TITLE_AFTER.match(text, m.end()) or n > 2 and m.group("dd") and _SENTENCE_AFTER.match(text, m.end())):
        return pos  # …安全防范工作，12.强化城镇燃气安全专项治理。: the next point after a comma (a
        # sentence after it where points 1. and 2. came before: …应选用…光缆，5.通信线和电力线路同杆…)
    if kind in ("chapter", "article"):  # …制定本细则。第二条 …: the next article, after a sentence or
        n = cn_to_int(m.group("cn") or m.group("an"))  # a space (not 依照本办法第五条…)
        last = expect.section if kind == "chapter" else expect.article
        if n not in (1, last + 1):
            return None
        if before in _BEFORE_MARK:
            return pos
        # a text without line breaks: …订立协议如下：第一章 总则第一条 …, a chapter run in with its
        # title and first article (the next article, checked as any other, keeps the chapter's title apart)
        run_in = _CHAPTER_FIRST_ARTICLE.match(text, pos) if kind == "chapter" else _CHAPTER_TITLE.fullmatch(text, s, pos)
        first = run_in is not None and (kind == "article" or cn_to_int(run_in.group("an")) in (1, expect.article + 1))
        return pos if first and before != "本" else None
    if kind == "stage":  # after a sentence, or run into a unit line: …，各乡镇第三阶段：督促检查…;
        # not after its item's marker (（一）第一阶段：集中攻坚)
        after_marker = _MARKER_BEFORE.search(text, s, pos)
        return pos if (before in _BEFORE_MARK and not after_marker or _UNIT_LINE_START.match(text, s)) else None
    if kind == "label":  # a task's other field run in after its unit line: the field's text is the task's
        return pos if _UNIT_LINE_START.match(text, s) else None
    if kind == "role" and before in BULLETS:
        return pos  # …奠定基础。·责任单位：…: a bullet before a unit line
    if kind == "section" and before in "月日" and text[pos - 2:pos - 1].isdigit() \
            and cn_to_int(m.group("sn")) == expect.section + 1 and text[m.end()] not in _CN:
        return pos  # 一、专项宣传工作时间2023年11月—12月二、宣传目标…: a section run in after a date
    if kind == "section" and cn_to_int(m.group("sn")) == expect.section + 1 and _SECTION_THEN_ITEM.match(text, pos):
        return pos  # …户/年3030303030约束性三、主要任务 （一）提高…: the next section, its title and its first item
        # run in after a table's last cell, in a text whose line breaks were lost
    if kind in ("role", "section", "ditem", "page") and before not in _BEFORE_MARK \
            and not (kind == "section" and before in "：:"):  # …特制定本责任书：一、目标
        return None
    if kind == "section":
        return pos if cn_to_int(m.group("sn")) == expect.section + 1 else None
    if kind == "item":
        number = cn_to_int(m.group("inn") or m.group("enc") or m.group("half"))  # （二） or ㈡
        return pos if before != "第" and (_continues(number, expect.item) or before in _GAP_AFTER
                                          and expect.item < number <= expect.item + _ITEM_GAP) else None
    if kind == "ditem":
        return pos if _continues(n, expect.digit) or n == expect.sub + 1 \
            or expect.digit == 0 and n == expect.run + 1 > 2 \
            or _sub_runs_on(m, n, expect) else None
    return pos


def _sub_runs_on(m: re.Match[str], n: int, expect: Expect) -> bool:
    """A （n） point numbered on from the sub-points of the point before, inside a 1. point that
    has none yet: ``2.…不够到位整改情况：已完成。…。（3）…`` after ``1.…（1）…（2）…``."""
    return bool(m.group("dp")) and not expect.digit_items and expect.digit > 0 and expect.digit_form != "paren" \
        and expect.sub == 0 and n == expect.sub_run + 1 > 2


_DISTRIBUTION_MAX = 160  # a distribution line with its printed-by line


def _distribution_end(text: str, s: int, k: int) -> int | None:
    """Where a distribution line run into a one-line page ends: after the printed-by line that
    follows it (``抄送：驻局纪检组。…办公室 2016年8月24日印发``), else after its sentence (None: the piece)."""
    zone = text[s:s + _DISTRIBUTION_MAX]
    printed = PRINTED_BY.search(zone)
    if printed:
        return s + printed.end()
    stop = zone.find("。", k - s)
    return s + stop + 1 if stop >= 0 else None


def _after_marker(text: str, s: int, e: int, expect: Expect) -> Expect:
    """The numbers expected inside a piece that starts with a marker: after ``（三）`` at its
    start, a ``（四）`` further on is the next item."""
    m = _CANDIDATE.match(text, s, e)
    if m is not None and m.lastgroup == "drow" and expect.row is not None:
        return replace(expect, row=int(m.group("dr")))  # 2 加快医疗资源建设 …: a row of a glued table
    if m is not None and m.lastgroup == "decimal":
        return replace(expect, decimal=decimal_parts(m.group("dn")))  # 4.7.2 省民政厅…: 4.7.3 or 4.8 or 5 next
    if m is not None and m.lastgroup == "drow" and expect.row is None \
            and ((number := decimal_parts(m.group("dr"))) == (1,) or decimal_next(expect.decimal, number)):
        return replace(expect, decimal=number)  # 5 预警预报与信息管理: 5.1 next
    if m is not None and m.lastgroup in ("chapter", "article"):
        n = cn_to_int(m.group("cn") or m.group("an"))
        return replace(expect, section=n) if m.lastgroup == "chapter" else replace(expect, article=n)
    if m is None or m.lastgroup not in ("section", "item", "ditem"):
        return expect
    if m.lastgroup == "section":
        return replace(expect, section=cn_to_int(m.group("sn")))
    if m.lastgroup == "item":
        number = cn_to_int(m.group("inn") or m.group("enc") or m.group("half"))
        return replace(expect, item=number, digit=0, digit_form=None)
    n, form = int(m.group("dp") or m.group("dd")), "paren" if m.group("dp") else "dot"
    if expect.row is not None and form == "dot":
        expect = replace(expect, row=n)  # a row of a glued table: the next is n + 1
    if expect.item_form in (None, form) and not inside_point(expect, form):
        first = form == "dot" and not expect.digit_items and _LABEL_FIRST_POINT.match(text, m.end(), e)
        return replace(expect, digit=n, sub=1 if first else 0, digit_form=form if first else expect.digit_form)
    return replace(expect, sub=n, sub_run=n)


#: A point that opens with its unit's label and that unit's first point: ``2.区自然资源局：（1）…``.
_LABEL_FIRST_POINT = re.compile(r"[^\s。；;：:]{2,30}[：:]\s*[（(]\s*1\s*[）)]")


def inside_point(expect: Expect, form: str) -> bool:
    """Whether a point of ``form`` is a point inside the last point of an item: a （1） inside
    a 1. (``1.区交通与建设局：（1）…（2）…``); a 1. after a （1） is the next point (（9）… 10.…)."""
    return not expect.digit_items and expect.digit > 0 and form == "paren" and expect.digit_form == "dot"


#: A point's title: a short run of words closed by a full stop (``强化城镇燃气安全专项治理。``).
_TITLE_AFTER = re.compile(r"[\u4e00-\u9fff“”、]{2,30}。")
_NOTE_ENDS_WITH = ("参与", "配合", "负责", "牵头", "落实", "协助", "参加", "实施", "等")
_SENTENCE_AFTER = re.compile(r"[^\s。；;：:]{8,}?[。；;]")  # a sentence without a space or a key
_SECTION_AFTER = re.compile(r"[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff“]{2}")
_SECTION_THEN_ITEM = re.compile(r"[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff“”]{2,16}[ \u3000]*[（(]\s*一\s*[）)]")


def _paragraph_after_units(text: str, s: int, e: int) -> int:
    """Where a unit line run into the text ends at a space before the next paragraph, which
    no unit line names (``责任单位：区农村发展局牵头，区环境与国土资源局等参与 鼓励农民增施有机肥，
    减少化肥使用量…。``); ``e`` if it does not."""
    if not _UNIT_LINE_START.match(text, s):
        return e
    e = _glued_paragraph(text, s, e)
    for space in GAP.finditer(text, s, e):  # (e: the next cut, so the scan stays within the piece)
        k, q = space.start(), space.end()
        if k == s or not (text[k - 1] in NAME_ENDS or text.endswith(_NOTE_ENDS_WITH, s, k)):
            continue
        if _SECTION_AFTER.match(text, q, e):
            return q  # …平潭旅游行业协会 二、优化精选…: a section out of turn (the source numbers 二 twice)
        sentence = _SENTENCE_AFTER.match(text, q, e)
        if sentence and not _UNIT_LINE_START.match(text, q) \
                and unit_cell(re.split(r"[，,、。；;]", sentence.group())[0]) is None:
            return q
    return e


_LIST_PART = re.compile(r"[^、，,；;。]+")
_KEY_IN_PART = re.compile(rf"\s*(?:{_ROLES})\s*[:：]")  # …，配合单位：X: another key of the same line
#: What may follow a unit name inside its list: a role verb, 等, a deadline (not a new sentence).
_LIST_GOES_ON = re.compile(r"[\d（(]|等|负责|牵头|配合|参与|参加|协助|协同|会同|按|分别|共同|各自|为|完成|持续|长期|年|月")
_SENTENCE_ON = re.compile(r"[^\s。；;]{6,}?[。；;]")
_SENTENCE_START = re.compile(r"[\u4e00-\u9fff“]")
_ROLE_VERB = re.compile(r"负责|牵头|配合|参与|参加|协助|协同|会同|组织实施")
_DIVISION_KEY = re.compile(rf"[【\[〔]?{DIVISION}")
_TIME_KEY = re.compile(r"(?:完成)?(?:时限|时间)\s*[:：]")


def _glued_paragraph(text: str, s: int, e: int) -> int:
    """Where a unit line run into the text ends when no space marks it: after the unit name that
    opens the first part of its list that is no unit name, when a sentence follows glued to it
    (``配合单位：区党群工作部、通管办“互联网+”医疗卫生：积极利用…。`` ends after 通管办); ``e`` if every
    part is a unit name, or that part holds a role verb or another key (read by the note)."""
    key = _UNIT_LINE_START.match(text, s)
    if _DIVISION_KEY.match(text, key.start("key")):
        return e  # 责任分工：X负责…，Y组织实施: duties by verb, not a list
    stop = text.find("。", key.end(), e)  # the list ends with its sentence
    for part in _LIST_PART.finditer(text, key.end(), e if stop < 0 else stop):
        a, b = part.span()
        key_in = _KEY_IN_PART.match(text, a, b)
        if key_in:
            a = key_in.end()
        if a >= b or unit_cell(text[a:b]) is not None:
            continue
        if _ROLE_VERB.search(text, a, b) or _KEY_IN_PART.search(text, a, b) or _TIME_KEY.search(text, a, b):
            return e  # 区口岸办配合单位：平潭海关完成时限：…: roles and keys glued on, read by the note
        for j in range(min(b, a + NOTE_MAX) - 1, a + 1, -1):  # the longest name the part opens with
            if text[j - 1] in NAME_ENDS and text[j] in "及和与" and unit_cell(text[a:j]) is not None:
                return e  # 相关联合党委及村居: the list goes on after a name (not 相关联 + 合党委…)
            if (text[j - 1] in NAME_ENDS or text[j - 1] in "）)") and _SENTENCE_START.match(text, j) \
                    and not _LIST_GOES_ON.match(text, j) and "“" not in text[a + 1:j] \
                    and not GAP.search(text, a, j) and unit_cell(text[a:j]) is not None \
                    and _SENTENCE_ON.match(text, j, e):
                return j
        return e
    return e


def next_cut(text: str, s: int, e: int, expect: Expect) -> int:
    """The first place after ``s`` where the line ``text[s:e]`` must be cut, or ``e``.

    A line is cut after a unit note that more text follows (a note naming units by verb only
    after a sentence's end), before a section or item marker
    that continues the numbering, before a unit line run into the text (``。牵头单位：``), and
    around a page marker (`` - 3 - ``).

    Examples
    --------
    >>> t = "一、总体要求 （一）加强领导。每年研究2次。"
    >>> next_cut(t, 0, len(t), Expect())
    7
    """
    expect = _after_marker(text, s, e, expect)
    return _paragraph_after_units(text, s, _structure_cut(text, s, e, expect))


def _structure_cut(text: str, s: int, e: int, expect: Expect) -> int:
    """:func:`next_cut` at a note, marker or page furniture only."""
    for m in _CANDIDATE.finditer(text, s, e):
        if m.group("led"):  # a note is short: look no further for its closing bracket
            end = close_bracket(text, m.start(), min(e, m.start() + NOTE_MAX + 2))
            note = text[m.start():end]
            if sum(note.count(c) for c in _OPEN) != sum(note.count(c) for c in _CLOSE) \
                    or not (led_note(note[1:-1])  # …能力。（市交通运输局、南山区政府，市规划…）结合…: a list
                            or text[m.start() - 1] in SENTENCE_ENDS and listed_note(note[1:-1])):  # too
                continue
        if m.group("placed") and not placed_units(text[m.start() + 1:close_bracket(text, m.start(), e) - 1]):
            continue
        if m.group("units") or m.group("led") or m.group("placed"):
            end = close_bracket(text, m.start(), e)
            while end < e and text[end] in "。；;，, \t\u3000\xa0":  # 严格审核（牵头单位：…）。所有…
                end += 1
            return end if m.start() == s or end == e else m.start()
        cut = _cut_at(text, s, m, expect)
        if cut is not None and s < cut < e:
            return cut
    return e


# -- noise ---------------------------------------------------------------------------------------
_PAGE = re.compile(r"[-—－–一]\s*\d{1,4}\s*[-—－–一]|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?"
                   r"|[-—－–一]\s?\d{1,3}|\d{1,3}\s?[-—－–一]"  # an OCR page number with one dash, read as 一 too: -5, 一9, 8一
                   r"|\d{1,4}\s*/\s*\d{1,4}|共\s*\d+\s*页\s*第\s*\d+\s*页"
                   r"|[\u2500-\u257f]+[\u2500-\u257f\s]*"  # a box-drawn table's rule: ├──┼──┤
                   r"|={4,}\s*[^=\s]{0,6}\s*={4,}"  # a rule of a saved page: ==== 正文 ====
                   r"|[-—=]{2,}\s*第\s*\d{1,4}\s*页(?:\s*OCR)?\s*[-—=]{2,}"  # an OCR tool's page: --- 第 5 页 OCR ---
                   r"|[（(]\s*(?:下转|上接|转|接|紧接|续)\s*第?\s*[A-Za-z]?[\d一二三四五六七八九十]{1,3}\s*版\s*[）)]")  # a newspaper's jump: （下转第2版）
_NAV = re.compile(r"您?(?:当前|现在|所在|当前所在)?的?位置\s*[:：]"
                  r"|(?:首页|网站首页|主页)\s*[>＞›»/]")
_BAR_WORDS = set(
    "无障碍 无障碍浏览 简体 繁体 繁體 简体版 繁体版 English EN 长者模式 关怀版 适老化 登录 注册 个人登录 "
    "法人登录 设为首页 加入收藏 收藏 网站地图 手机版 移动版 微信 微博 打印 关闭 打印本页 关闭窗口 "
    "分享 分享到 字号 字体 大 中 小 默认 智能问答 搜索 读屏 专题 首页 返回顶部 回到顶部 返回首页 返回 "
    "打印此页 关闭此页 保存 纠错 我要纠错 评论 评论回复 发表评论 我要评论 网友评论 相关评论 回复 提交回复 "
    "提交评论 提交 提交回复返回 政策文件 相关文件 政策解读 文字解读 图片解读 视频解读 图文解读 "
    "推荐阅读 相关阅读 热点推荐 相关解读 相关政策 放弃 继续访问 X × 全部评论 发表评论 排行榜".split())  # a portal's side tabs under the
# article; the buttons of its leave-site dialog and a share bar's close button
_BAR_SPLIT = re.compile(r"[\s|｜丨/·•【】\[\]：:，,]+")
_META_KEYS = ("索引号", "信息索引号", "发文字号", "文号", "发布机构", "发文机关", "发文单位", "成文日期",
              "发布日期", "生效日期", "失效日期", "主题分类", "公文种类", "体裁分类", "组配分类", "信息来源",
              "来源", "发布时间", "时间", "制发机构", "发文机构", "发文日期", "内容概述", "浏览次数", "阅读次数", "点击数", "访问量", "作者", "责任编辑",
              "编辑", "审核", "有效性", "公开方式", "公开范围", "公开形式", "主题词", "关键词", "标题",
              "信息名称", "所属机构", "文件编号", "栏目", "所属栏目", "原文链接", "原文地址", "本地目录", "公开属性")
_META = re.compile(r"(?:[\[【]\s*)?(?:%s)\s*(?:[:：]|[\]】])"  # 索引号：…, [ 索引号 ] …
                   % "|".join(sorted(_META_KEYS, key=len, reverse=True)))
_BANNER = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]|^今天是")
_BANNER_MAX = 40
_CHECKBOXES = re.compile(r"(?:□\s*[^\s□。；;，,]{1,6}\s*)+")
_BULLET = BULLETS + "■□*-– \t\u3000"  # and the marks a noise line may open with
_PUBLIC_NOTE = re.compile(r"[（(]此件(?:公开发布|主动公开|不公开)[）)]")
_FOOTER = re.compile(r"^欢迎(?:登录|访问|光临|进入).{0,30}网|ICP备|网站标识码|版权所有|公网安备|技术支持[:：]|网站地图|联系我们|扫一扫|"
                     r"手机扫码|分享到|上一篇|下一篇|【\s*打印|【\s*关闭|打印本页|关闭窗口|附件下载|"
                     r"相关链接|Copyright|©|联\s*系\s*(?:电\s*话|人)\s*[:：]|^返回\S{0,10}列表$|版权声明|邮政编码[:：]\s*\d{6}\s+电话"
                     r"|邮\s*编\s*[:：]\s*\d{6}|^文件链接[:：]|技术支持单位[:：]|您(?:访问|点击)的链接即将离开"
                     # a notice's contact block: its label, a name and a phone number a line, a hotline
                     r"|^联\s*系\s*人(?:及|和)(?:联系)?(?:电\s*话|方式)\s*[:：]\s*$|^相关附件\s*[:：]?\s*$|热线\s*[:：]\s*\d*$"
                     r"|^[^。；;，,：:]{2,30}[ \t\u3000]+(?:0\d{2,3}-\d{7,8}(?:-\d{1,4})?|1[3-9]\d{9})"
                     r"(?:[，,；;]\s*(?:电子)?邮\s*箱\s*[:：]\s*[\w.+-]+@[\w.-]+)?$|^\d{5,}$"  # 李某 010-66097867，邮箱：…@…
                     r"|^[^。；;，,]{0,12}(?:邮\s*箱|信\s*箱|[Ee]-?mail)\s*[:：]\s*[\w.+-]+@[\w.-]+$"  # 技术服务支持邮箱：…@…
                     # an office's contact fields, a line each: its address, hours, fax and phone lines
                     r"|^(?:办公|通讯|联系|邮寄|单位)?地\s*址\s*[:：]|^网\s*址\s*[:：]\s*\S+$|^[^。；;，,：:]{0,4}(?:办公|受理|接待|工作|服务|咨询)(?:投诉)?时间\s*[:：]\s*(?:\d|周|星期|工作日|每)"
                     r"|^电\s*话\s*[:：]\s*\d[\d\s\-—－/、，,（）()转]{6,}$"  # 电话：028-85253859
                     r"|^(?:传真|传真号码|投诉电话|监督电话|咨询电话|举报电话|服务电话|办公电话|值班电话|电子邮箱|电子信箱|邮\s*箱)\s*[:：]"
                     # a form's blank fields to sign, stamp and date; a portal's tab for its reading of the text
                     r"|^(?:[^。；;，,：:]{0,12}(?:签名|签字|签章|盖章|日期|电话|领导|负责人|经办人)\s*[:：]\s*)+(?:年\s+月\s+日)?$|^年\s+月\s+日$|^[年月日]$"
                     r"|^[^。；;，,：:]{0,12}[ \t\u3000]*[（(](?:单位)?(?:印章|公章|盖章)[）)]$"  # 负责人  （单位印章）
                     r"|^[（(]0\d{2,3}[）)][ \t\u3000]*\d{7,8}$"  # （021）33887913: a phone number alone
                     r"|^【(?:政策解读|相关解读|图文解读|文字解读|视频解读|相关链接|相关文件)】"
                     r"|^页面链接与图片详见")  # (a crawl's note on where it put the page's links)
#: A page's download list: its label with what follows it (``附件下载 …实施方案。``), or a file's name
#: (``1-2022年…实施细则.doc``, ``…342号.pdf附件：…统计表.xlsx``).
#: The attendance fields that close a meeting's minutes (参会：…邀请：…记录：…分送：…).
ATTENDANCE = re.compile(r"(?:参会|出席|列席|与会|缺席|请假)(?:人员|单位|领导|同志|名单)?\s*[:：]")
_DOWNLOAD = re.compile(r"^附件下载|^[^。；;！？]{1,200}\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar|jpe?g|png)$", re.IGNORECASE)
#: A reader's comment under a page (``王志国：请新秘书长审签… ［2016-07-10］``): a name of two to four
#: characters, a colon, the comment, and the date it was posted in brackets at the end of the line.
#: A field key (牵头单位：…, 完成时限：…) is no name.
_COMMENT = re.compile(r"(?![^:：]{0,3}(?:单位|部门|处室|时限|时间|期限|日期|节点|要求|目标|任务|内容|措施|依据|标准))"
                      r"[\u4e00-\u9fff]{2,4}\s*[:：].{1,200}?\s*[［\[]\s*\d{4}-\d{1,2}-\d{1,2}"
                      r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[］\]]")
#: A printed-by line (``…办公室 2016年5月23日印发``): a signature on a line of its own, page
#: furniture where a one-line page runs it on after the last sentence.
PRINTED_BY = re.compile(r"\S{2,40}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发")
_TEMPLATE = re.compile(r"(?:下面|以下)是.{0,12}(?:小编|为大家|为您|为你).{0,20}(?:整理|收集|分享|带来)|"
                       r"小编.{0,10}(?:整理|收集)|仅供参考|欢迎(?:阅读|参考|借鉴|下载|大家)|希望.{0,8}"
                       r"(?:帮助|启发)|免费下载|文档下载|下载本文|^【?(?:篇|范文)[一二三四五六七八九十\d]】?(?:$|[:：])|"
                       r"^【篇[一二三四五六七八九十\d]】|范文$|如有侵权|网友上传|本站为你|欢迎咨询|由会员分享|可在线阅读|"
                       r"^本文共\s*\d+\s*字.{0,30}$|^仅展示\s*\d+\s*字.{0,20}$|^仅供.{0,6}会员.{0,20}$|"
                       r"^(?:第\s*\d+\s*页\s*共\s*\d+\s*页)?\s*下载后可任意编辑$|"
                       r"^\d{1,2}[、.．]\s*(?:下载文档前|本文档|文档贡献者|该文档|如文档)|^(?:本文档|文档贡献者)")
#: A word processor's style code pasted with the text (``/* Style Definitions */ table.MsoNormalTable
#: {mso-style-name:普通表格; …}``), or a web page's tags left alone on a line (``</nav>``, an icon's
#: ``<svg …><path …/></svg>``).
_CODE = re.compile(r"mso-[a-z-]+\s*:|/\*\s*Style Definitions|MsoNormal|MicrosoftInternetExplorer\d"
                   r"|^(?:</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>\s*)+$"  # tags only: <svg …><path …/></svg>
                   r"|^<[a-zA-Z][\w-]*\s+[a-z-]+=\"[^\u4e00-\u9fff]*$"  # a tag cut short: <p style="margin: 0cm 0p
                   r"|</(?:body|html)>"
                   # a page's script copied as text: jQuery(document).ready(function () {, var a="/cmsres/…";
                   r"|^//\s*[^/\s]|^(?:jQuery|\$)\s*\(|\bfunction\s*\w*\s*\([\w\s,]*\)\s*\{|^(?:var|let|const)\s+[\w$]+\s*=[^\u4e00-\u9fff]*$"
                   r"|\bdocument\.(?:getElementBy\w+|createElement|write|querySelector\w*)\s*\(|\bconsole\.log\s*\(")
#: A string literal of a script's line (``'<label>昵称：</label>' +``): Chinese text inside it is no text.
_STRING_LITERAL = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|`[^`\n]*`")
#: What a line of a script is made of, its strings taken out: names, numbers, operators (ASCII).
_SCRIPT_REST = re.compile(r"[\x20-\x7e\t]+")

_DISTRIBUTION = re.compile(_DISTRIBUTION_KEY)
_LINK_LINE = re.compile(rf"(?:[^\s。，,；;]{{0,12}}[:：]\s*)?{_LINK}")  # 原文链接：https://…: a link alone
_ATTACHMENT_HEAD = re.compile(r"附\s*件\s*\d{0,2}\s*[:：]?\s*\S")
_ATTACHMENT = re.compile(r"附(?:[件表]\s*\d{0,2}\s*[:：]?|录\s*\d{1,2}$|[一二三四五六七八九十]\s*[、:：]|\s*[:：])\s*[^。；;]{0,60}[；;]?|附")  # 附件2：…, 附一、…, 附表：1、…计划表,
# 附：…的签注规定 / 附 (an annex after a rule's last article)
#: An attachment line that opens a numbered list of them (``附表：1、…计划表``), and the list's next lines.
ATTACHMENT_LIST = re.compile(r"附[件表]?\s*[:：]\s*1\s*[、.．]")  # (附：1、…流程图；)
ATTACHMENT_NEXT = re.compile(r"(\d{1,2})\s*[、.．][^。；;]{2,60}[。；;]?")  # (2、…汇总表。)
#: The rest of a listed attachment's title wrapped onto a line of its own (``附件：1.2019年…联席会`` /
#: ``议成员单位工作任务清单`` / ``2.…``): a short line ending as a document's title ends.
ATTACHMENT_WRAP = re.compile(r"[^。；;：:\s\d][^。；;：:]{0,40}(?:表|方案|清单|计划|办法|细则|要点|目录|名单|指标|标准)")
#: A headline in a page's list of links, dated at its end (``…主题党日活动的通知[06-29]``,
#: ``…工作方案 2021-06-29``): no sentence, no field.
_HEADLINE = re.compile(r"[^。；;：:\s][^。；;：:]{3,80}?(?:[\[［【]\s*(?:\d{4}-)?\d{1,2}-\d{1,2}\s*[\]］】]"
                       r"|\s\d{4}-\d{1,2}-\d{1,2})")
#: A link to another site in a page's footer list (``中国政府网``, ``工业和信息化部网站``); the names listed
#: after it, one a line, are links too (:data:`LINK_NAME`).
SITE_LINK = re.compile(r"中国政府网|[^\s。，,；;：:、]{2,24}(?:网站|政府网|门户网)")
#: A label that heads a page's list of links under the text (``关联文件`` / ``友情链接``): the names
#: listed below it, one a line, are links too.
LINKS_LABEL = re.compile(r"(?:关联|相关)(?:文件|链接|稿件|解读|政策(?:与|和|及)?解读)|友情链接|文件下载|部门解读|媒体视角|政策解读"
                         r"|解读\s*[:：]\s*《[^》]{2,60}》[^。；;]{0,12}"  # 解读：《…办法》政策解读
                         r"|(?:政策|文件|图文)解读\s*[:：][^。；;]{2,80}"  # 政策解读：四川省…实施办法: a link to it
                         r"|[^。；;：:]{2,80}\s(?:政策解读|图文解读|文字解读|图解)")  # 《…措施》 政策解读: a link
#: A footer line that only a site's page ends with (its ICP number, its public-security filing, its
#: site code, its copyright): what follows it, one short line at a time, is the footer's too.
SITE_FOOTER = re.compile(r"ICP备|公网安备|网站标识码|版权所有|Copyright|©|^(?:网站地图|联系我们|扫一扫在手机(?:上)?(?:打开|查看|阅读)当前页)$")
#: A field of a page's footer (``主办单位：…``, ``地址：…``, ``联系方式：…``): a short key and value, no
#: sentence; page furniture where a list of links has come before it.
FOOTER_FIELD = re.compile(r"[^。；;！？!?:：]{2,8}[:：][^。；;！？!?]{1,60}")
LINK_NAME = re.compile(r"[^。；;，,：:！？!?]{1,40}")
#: A page's credit line: the office that published it (``重庆市经济和信息化委员会发布``).
_CREDIT = re.compile(r"[\u4e00-\u9fff]{2,28}(?:委员会|政府|局|厅|办公室|中心|委|办)发布")
# A table of contents' entry: a title led by dots to its page number, or the dots alone where the
# extraction broke the line (一、实施背景…………… 1, ………… / - 2 -), and its heading 目录.
_LEADER_DOTS = r"(?:\.{4,}|…{3,}|·{4,}|．{4,})"
_LEADER_TAIL = r"[.\s…·．]*(?:[-—－–]?\s*\d{1,3}\s*[-—－–]?)?"  # more dots, then the page number
_CONTENTS = re.compile(rf"(?:[^。；;！？!?]{{0,60}}?(?:{_LEADER_DOTS}|\.\s*\.\s*\.\s*\.){_LEADER_TAIL}|目\s*录)")
_LEADERS = re.compile(_LEADER_DOTS + _LEADER_TAIL)


_ENTRY_MAX = 60
_NEXT_LINE = re.compile(r"[ \t\u3000]*\n([^\n]{0,%d})" % (2 * _ENTRY_MAX))  # the line below, if short
_MU_ABOVE = re.compile(r"(?:\A|\n)[ \t\u3000]*目[ \t\u3000]*\n[ \t\u3000]*\Z")


def contents_entry(text: str, s: int, e: int) -> bool:
    """Whether the line ``text[s:e]`` is a table of contents' entry whose dots the extraction put on
    the next line (``二、实施方式`` / ``…………`` / ``- 1 -``), or half of a spaced-out ``目`` / ``录``.
    Only the few characters around the line are read (a text on one line is cut into many pieces)."""
    line = text[s:e].strip()
    if not 0 < len(line) <= _ENTRY_MAX:
        return False
    if line == "录":
        return _MU_ABOVE.search(text, max(0, s - 8), s) is not None
    below = _NEXT_LINE.match(text, e)
    nxt = below.group(1).strip() if below and text[below.end():below.end() + 1] in ("", "\n") else ""
    return nxt == "录" if line == "目" else bool(_LEADERS.fullmatch(nxt))


_MOJIBAKE = re.compile(r"锟斤拷|烫烫|屯屯|\ufffd|[ÃÂâæåçèéïäö][\u0080-\u00ff\u2018-\u203a\u20ac\u2122]")
_BOILERPLATE = re.compile(r"各[^。；;]{1,80}?(?:人民政府|部门|单位|局|委|办|街道|乡镇|苏木)[^。；;]{0,40}[:：]$"
                          r"|特此(?:公示|通知|公告|通报|函告)[。！!]?$"
                          r"|公示(?:时间|期间|期限|期)[:：为].{0,60}$|.{0,12}如有异议.{0,80}$"
                          r"|(?:经.{2,30}同意，?)?现将.{0,80}印发给你们"
                          r"|(?:[^。；;]{0,80}[，,])?现(?:就|将)[^。；;]{0,60}(?:通知|要求|安排|明确)如下[:：。]?$")  # 现就…通知如下。


def closes_notice(line: str) -> bool:
    """Whether ``line`` is the publication note that ends an official notice (``（此件主动公开）``):
    its attachments follow."""
    return _PUBLIC_NOTE.fullmatch(line.strip()) is not None


#: A Word field code that a page copy kept in its text: a table of contents' (TOC \o, PAGEREF _Toc…) and its bookmark's
#: hex data.
_WORD_FIELD = re.compile(r"TOC \\[oh]|PAGEREF _Toc\d+|[0-9A-F]{60,}")


def noise_kind(line: str) -> str | None:
    """What kind of page furniture ``line`` is (``page``, ``navigation``, ``bar``, ``metadata``,
    ``banner``, ``footer``, ``comment``, ``template``, ``code``, ``link``, ``attachment``, ``mojibake``,
    ``contents``), or None for document text.

    Examples
    --------
    >>> noise_kind("- 3 -"), noise_kind("首页 > 政务公开 > 规划计划"), noise_kind("（一）加强领导。")
    ('page', 'navigation', None)
    >>> noise_kind("-5"), noise_kind("一9"), noise_kind("8一"), noise_kind("一、9月底前完成。")
    ('page', 'page', 'page', None)
    >>> noise_kind("（下转第2版）"), noise_kind("（上接A1版）"), noise_kind("（二）转变政府职能。")
    ('page', 'page', None)
    >>> noise_kind("参会：张某、李某记录：王某分送：市发改委、市住建局"), noise_kind("参与单位：县司法局")
    ('footer', None)
    >>> noise_kind("二、实施方式……………………… 3"), noise_kind("坚持依法决策……")
    ('contents', None)
    """
    line = line.strip()
    if _PAGE.fullmatch(line):
        return "page"
    if _CHECKBOXES.fullmatch(line):  # a form's options: □ 是 / □通过  □不通过
        return "footer"
    line = line.lstrip(_BULLET)
    if _CODE.search(line):
        return "code"
    if _WORD_FIELD.search(line):
        return "contents"  # 目录 TOC \o "1-3" … PAGEREF _Toc430697204 \h 1 08D0C9EA…: a Word contents' field codes
    if _LINK_LINE.fullmatch(line) and not _META.match(line):  # 原文链接：… is metadata
        return "link"
    meta = _META.match(line)
    if meta and re.fullmatch(r"\s*\S+", line[meta.end():]):  # 原文链接: https://…: one long value, no text
        return "metadata"
    if _DOWNLOAD.search(line):
        return "link"
    if ATTENDANCE.match(line):
        return "footer"
    if len(line) > 120:
        return None
    if _NAV.match(line) or line.count(">") + line.count("＞") + line.count("›") >= 2:
        return "navigation"
    tokens = [t for t in _BAR_SPLIT.split(line) if t]
    if tokens and all(t in _BAR_WORDS for t in tokens):
        return "bar"
    if meta or len(_META.findall(line)) >= 2 or _metadata_row(line) or \
            _PUBLIC_NOTE.fullmatch(line):
        return "metadata"
    if len(line) <= _BANNER_MAX and _BANNER.search(line):
        return "banner"
    if _FOOTER.search(line) and "。" not in line or _DISTRIBUTION.match(line):  # a sentence naming 联系
        return "footer"  # 我们 is text; 抄送：省春运办。 is not
    if _COMMENT.fullmatch(line):
        return "comment"
    if _HEADLINE.fullmatch(line) or SITE_LINK.fullmatch(line):
        return "link"
    if _CREDIT.fullmatch(line):
        return "footer"
    if _TEMPLATE.search(line):
        return "template"
    if _ATTACHMENT.fullmatch(line):
        return "attachment"
    if _mojibake_share(line) > 0.3:
        return "mojibake"
    if _CONTENTS.fullmatch(line):
        return "contents"
    return None


def script_line(line: str) -> bool:
    """Whether ``line`` reads as the next line of a page's script once a line of it was found
    (:data:`_CODE`): no Chinese outside its string literals and comments.

    >>> script_line("item.nickName +"), script_line("'<label>昵称：</label>' +"), script_line("});")
    (True, True, True)
    >>> script_line("// 字号切换逻辑：通过添加 class"), script_line("第二十六条 本规定自发布之日起施行。")
    (True, False)
    >>> script_line(""), script_line("Shanghai")
    (False, True)
    """
    line = line.strip()
    if line.startswith(("//", "/*", "*/")):
        return True
    rest = _STRING_LITERAL.sub("''", line)
    return bool(rest) and _SCRIPT_REST.fullmatch(rest) is not None


def _metadata_row(line: str) -> bool:
    """A row of a pipe-delimited metadata table whose keys are spaced out: ``索 引 号 | … |``."""
    if "|" not in line and "｜" not in line:
        return False
    cells = [re.sub(r"\s+", "", c) for c in re.split(r"[|｜]", line)]
    return any(c in _META_KEYS for c in cells)


def metadata_title(line: str) -> str | None:
    """The value of a ``标 题 | … |`` metadata row, or None."""
    cells = [c.strip() for c in re.split(r"[|｜]", line)]
    for key, value in zip(cells, cells[1:]):
        if re.sub(r"\s+", "", key) in ("标题", "信息名称") and value:
            return value
    return None


def _mojibake_share(line: str) -> float:
    bad = sum(len(m.group()) for m in _MOJIBAKE.finditer(line))
    bad += sum(1 for ch in line if "\u00c0" <= ch <= "\u00ff")
    return bad / max(1, len(line))


def is_boilerplate(line: str) -> bool:
    """A notice's addressee line (``各乡镇人民政府，…：``) or its ``现将…印发给你们`` or
    ``现就…通知如下`` sentence."""
    return bool(_BOILERPLATE.match(line.strip()))
