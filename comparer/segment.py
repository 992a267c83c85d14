"""Segmentation: a document becomes sections, items and clauses, keeping its structure.

Two layouts are read, alone or together (a plan's prose with a 附件 table, paragraphs between
tables):

* **prose** — ``一、`` sections, ``（一）`` items whose first sentence is the item title,
  ``一是/二是`` points, numbered sub-lists ``1.`` / ``（1）``, and unit notes either on their own
  lines (``牵头单位：…`` after the item) or inline at the end of the item (``（牵头单位：…；责任单位：…）``,
  ``〔…〕``, ``（县司法局牵头，各乡镇配合）``), after a sentence inside a paragraph (it is that
  sentence's note), as a line below a task (``市发改委牵头落实``), or a bare ``（监狱管理局）`` under
  a heading naming the role (``…及责任部门``); a sub-item's or a sentence's note is its own, not
  its neighbours' (:meth:`~comparer.assemble.Group.units_at`); ``1.`` / ``（1）`` number the items of a document
  without ``（一）`` items. Lines are cut where structure runs on inside them and page furniture
  is a ``noise`` clause (:mod:`comparer.layout`); a line that continues an unfinished sentence,
  section heading or unit list (a wrapped PDF line) finishes it;
* **table** — a Word table flattened to tab-indented lines (see :mod:`comparer.ingest`): a header
  row, then rows of 序号 / 工作任务 / 具体事项 / 牵头单位 / 责任单位 / 完成时限 cells, where a task
  group spans rows (blank merged cells) and repeats its number and title after a page break;
  a table that reached us as text (pipe rows, cells split by tabs or spaces, one cell a line) is
  read into the same table by :mod:`comparer.text_tables` and segmented alike.

A document that is one table (with title lines above it) has layout ``table`` and ids
``group.row.n``; one that mixes prose and tables has layout ``mixed``: its prose reads as it
would alone, and table ``k``'s ids are ``tk.group.row.n``, its caption (附件, 表2: short lines
right above it) ``tk.0.n``.

Every character of the text is either in a clause or in a recorded :class:`~comparer.model.Span`
(or is whitespace), and ``doc.text[c.start:c.end] == c.text`` for every clause.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from comparer.assemble import PROBLEM_LABEL, SUBTITLE_MAX, TITLE_MAX, Group, finish, first_words, table_groups
from comparer.attributes import MODAL_YAO, find_targets
from comparer.glued_tables import middle_units, name_ending, prose_headers, tail_units
from comparer.layout import (ATTACHMENT_LIST, ATTACHMENT_NEXT, ATTACHMENT_WRAP, BULLETS, Expect, close_bracket, closes_notice, contents_entry,
                             inside_point, is_boilerplate, next_cut, noise_kind, decimal_parts, script_line, FOOTER_FIELD, LINK_NAME, LINKS_LABEL,
                             SITE_FOOTER, SITE_LINK)
from comparer.ingest.normalize import page_number_lines
from comparer.model import ClauseKind, Document, Heading, Segmentation, Span, SpanKind
from comparer.tables import Table, read_tables
from comparer.text_tables import cell_headers, read_text_tables
from comparer.text import (AMENDMENT, CIRCLED, RULE_MODAL, CLOSING_MARKS, GAP, POINT_WORD, SENTENCE_ENDS, STAGE, TERMINATED, UNENCLOSE, WHITESPACE, WRAPPED_HEADING_MAX, YEAR_AFTER_NUMBER, Line,
                           cn_to_int, last_space, opens_line, run_in_end, run_in_title_end, split_lines, split_sentences)
from comparer.units import (DEADLINE_FIELD, DEADLINE_KEY, DIVISION, LEADER_KEYS, NOTE_MAX, ROLE_KEYS, UNIT_ENDS,
                            before_remark, by_parts, by_prefix, by_subject, described_subject, duties_subject, head_subject, modal_subject,
                            short_names, short_named_subject,
                            comma_leads, deadline_cell, first_leads, lead_first, leads_before_comma, led_note, note_deadline, parse_roles,
                            parse_units, roles_before_comma, named_roles, placed_units, unit_cell, unit_label, unit_name, label_alone,
                            unit_statement, verb_subject, general_unit, by_doers, by_doers_and_head, called_in, urged_units, DOER_BODY, TASK_VERBS,
                            defined_subject, SAME_BELOW,
                            keep_duty_offices, duty_office_subject, own_offices_listed,
                            later_subjects)

ARTICLE_TITLE_MAX = 16  # an article's title on a line of its own (第十条 发电企业、新型储能权利义务)
_SECTION = re.compile(r"([一二三四五六七八九十]{1,3})\s*[、.．]\s*(?![二三四五六七八九十][级类等档星])")  # (not 一、二级道路客运站…)
_ROLE_WORDS = re.compile(r"责任|内容|任务|职责|分工|工作|单位及|部门及")  # 重点普法内容及责任部门: no unit
_NAME_TWICE = re.compile(r"([^\s，,。；;：:、（(]{2,16}?)\1")
#: The titles a plan's parts are given (工作目标, 责任分工, 工作要求): where a page run on one line
#: glues a section's first sentence to its title (一、工作目标严格落实…), the title ends there.
_PART_TITLE = re.compile(
    r"(?:指导思想|总体要求|基本原则|工作原则|(?:工作|主要|总体)目标|目标任务|(?:主要|重点|工作)任务|工作重点|"
    r"整治(?:重点|内容|范围|对象)|(?:工作|主要|检查|督查)内容|排查重点|(?:工作|主要|具体|保障)措施|"
    r"(?:工作|实施|方法)步骤|实施阶段|(?:时间|进度|工作)安排|(?:责任|职责|任务)分工|(?:部门|工作)职责|"
    r"组织(?:领导|机构|保障)|工作机制|(?:工作|有关|相关)要求|其他事项|适用范围|(?:整治|工作|实施)?时间(?:和|及|与)?步骤)"
    r"(?!分工|清单|台账|计划|方案|体系|机制|制度)(?=[^\s，,。；;：:、）)》”与和及暨等的小（(]{2}[^\n]{4})"
    #: …or a title of its own words followed by a year (整治时间和步骤2021年7月开始…)
    r"|(?P<dated>[^\s，,。；;：:、\d“”\"（()）]{2,14}(?<![到在于自从至止为是前后起]))(?=(?:19|20)\d{2}\s*年)")
#: An article headed by its title alone (``第一条 办公空间支持``): the section its points fall in.
_ARTICLE = re.compile(r"第([一二三四五六七八九十百零〇○O]{1,6})[ \u3000]?条[\s\u3000]+(?![（(【〔])(?=[^\s。；;，,：:]{2,%d}$)" % ARTICLE_TITLE_MAX)
# (not 第十一条 （项目审批）: an article titled in brackets, _ARTICLE_TITLED; nor 第五条 国家能源局华东监管局（以下简称华东能源监 /
# 管局）负责…: a PDF's first line of the article's text, cut at the page's width)
#: A standard's clause titled on a line of its own (``1 规程目的``): see ``digit_section``.
_DIGIT_SECTION = re.compile(r"(\d{1,2})[ \u3000]+(?=[^\s\d。，,；;：:、.．]{2,20}(?:[ \u3000]+\d{1,3})?$)")  # (a page
# number after it: a table of contents' line)
_DIGIT_SECTION_REACH = 3000  # how far below the first the second is looked for
#: The second digit section below the first, on a line of its own or, on a page run on one line, before its 2.1.
_SECOND_DIGIT_SECTION = re.compile(r"(?m)^[ \t\u3000]*2[ \u3000]+[^\s\d。，,；;：:、.．]{2,20}$"
                                   r"|[ \u3000]2[ \u3000]+[^\s\d。，,；;：:、.．]{2,20}[ \u3000]+(?:\d{1,3}[ \u3000]+)?(?:2[.．]1|3)[ \u3000]*[\u4e00-\u9fff]")
# (its page number and the next section after it, in a table of contents: … 2 启动条件 4 3 自然灾害…)
_LINE_BACK = 16  # (see _ProseSegmenter.line_start)
#: A note's remark naming the units of every item below (以下均需各区政府负责，不再列出; 以下各项均由X落实).
_ALL_BELOW = re.compile(r"以下(?:各项|各条|任务)?(?:均需|均由|均要|都需|需|由|均)([^。；;，,]{2,60}?)(?:负责|落实|承担|参与)"
                        r"[，,。]?\s*(?:不再|均不再|不另)")
#: A decimal clause under a digit section (``1.1　编制目的及依据``, ``2.1.1　…职责``), titled on its line.
_DECIMAL_ITEM = re.compile(r"((\d{1,2})(?:[.．]\d{1,2}){1,3})[ \u3000]+(?=[^\s。，,；;：:]{2,30}(?:[ \u3000]+\d{1,3})?$)")  # (a
# page number after it: a table of contents' line)
#: The same, its number run into its title or its text (``3.1生态优先``, ``1.1本导则为…编制而成。``, ``2.1.2
#: 省民政厅负责…。``: a space between), once the text's digit sections have begun.
_DECIMAL_RUN_IN = re.compile(r"((\d{1,2})(?:[.．]\d{1,2}){1,3})[ \u3000]?(?=[\u4e00-\u9fff“《]|(?<=[ \u3000])[A-ZⅠ-Ⅻ])")  # (6.1 I级响应)
#: Words after an article's number that cite it rather than open it (第五条规定的…, 第五条的, 第五条、第六条).
_CITED_AFTER = re.compile(r"\s*(?:规定|的|、|和|或者|至|第|所|中|项|款)")
#: A page number alone on its line (a table of contents' entry's, an OCR's line below the title).
_PAGE_NUMBER_ALONE = re.compile(r"\s*\d{1,3}\s*")
#: A decimal item's title and the space before its text (``编制目的 为建立…``).
_SPACED_TITLE = re.compile(r"([^\s\d。，,；;：:、]{2,20})[ \u3000]+(?=[\u4e00-\u9fff“《])")
#: A digit section titled and its text run on after a space (``2 启动条件 出现下列…``), on a page run on one line.
_DIGIT_SECTION_SPACED = re.compile(rf"(\d{{1,2}})[ \u3000]+(?={_SPACED_TITLE.pattern})")
#: A digit section titled with no space after its number (``4绿道分项设计``), once they have begun.
_DIGIT_SECTION_TIGHT = re.compile(r"(\d{1,2})(?=[\u4e00-\u9fff][^\s\d。，,；;：:、.．%％]{1,11}$)(?![年月日个项条次名家])")
#: A chapter of rules (``第二章 管理职责``): a section; its articles (``第五条 县教育局负责…``, numbered on
#: from the last) are its items, untitled, their text a task's (a short titled one, ``第一条 总则``, is
#: a section: _ARTICLE).
_CHAPTER = re.compile(r"第([一二三四五六七八九十]{1,3})章[\s\u3000]*(?=[\u4e00-\u9fff]|\d{1,3}[\u4e00-\u9fff]{2})")  # (第五章24小时…)
#: A chapter's number alone on a line, its title on the next (``第二章`` / ``监管内容``).
_CHAPTER_ALONE = re.compile(r"第([一二三四五六七八九十]{1,3})章[ \t\u3000]*$")
_TITLE_BELOW = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*([\u4e00-\u9fff、“”]{2,20})[ \t\u3000]*(?=\n)")
#: A chapter's part (``第一节 赔偿范围`` under ``第二章 行政赔偿``): a section inside its chapter.
_CHAPTER_PART = re.compile(r"第([一二三四五六七八九十]{1,3})节[\s\u3000]*(?=[\u4e00-\u9fff])")
_ARTICLE_ITEM = re.compile(r"第([一二三四五六七八九十百零〇○O]{1,6})[ \u3000]?条(?:[\s\u3000]+|(?=[\u4e00-\u9fff“《\dA-Z]))")
#: An article's number alone on a line, its text on the lines below (``第一条`` / ``为了加强…``).
_ARTICLE_ALONE = re.compile(r"第([一二三四五六七八九十百零〇○O]{1,6})[ \u3000]?条[\s\u3000]*$")  # (a line that starts structure too)
_ARTICLE_BELOW = 400  # how far below such a number its text's first words are looked for
#: An article titled in brackets (``第一条（目的依据）``), its text on the same line or the next.
_ARTICLE_TITLED = re.compile(r"第([一二三四五六七八九十百零〇○O]{1,6})[ \u3000]?条[\s\u3000]*[（(【〔][ \u3000]*((?:\d{1,3}(?=[\u4e00-\u9fff]{2})|[一二三四五六七八九十](?![一二三四五六七八九十]*[）)】〕])|[^\s。；;，,：:（()）【】〔〕\d一二三四五六七八九十])"
                             r"(?:[^\s。；;，,：:（()）【】〔〕]|[（(][^\s。；;，,：:（()）]{1,8}[）)]){1,29})[ \u3000]*[）)】〕][\s\u3000]*")
# 第一条【总体目标】…; 第十五条（优秀历史建筑的修缮（装修）工程管理）: a bracket inside the title; 第三十条（一次告知）:
# a numeral opening a title (not 第五条（一）…: a point)
_RULE_SENTENCE = re.compile(r"(?:列|排)(?:在|名)?(?:第一位|首位|第一)[的者]?(?:单位|部门)[为是]?(?:工作)?牵头")
#: In a section of targets, what is no target: a principle (坚持…, 以…为…, 深入贯彻落实…), a lead-in
#: (…如下：), a dash-led subtitle (--平台建设长足进步。).
_NO_AIM = re.compile(r"^(?:坚持|以|围绕|按照|遵循|紧扣|立足|着眼|高举|(?:深入|全面|认真)?(?:贯彻|学习))|[:：]$"
                     r"|^[-—－]{1,2}.{0,16}$")


#: What begins a part of a sentence after its ；that is a task of its own: a numbered point.
_POINT_START = re.compile(rf"{POINT_WORD}|[（(]?\s*\d{{1,2}}\s*(?:[）)、]|[.．](?!\d)|[.．](?=\d{{1,2}}\s*月))|[（(][一二三四五六七八九十]{{1,2}}[）)]|[①-⑳㈠-㈩]")
#: A part that opens on a distributive subject (``各部门年底前报送…``, ``各级政府…要…``) states a duty of its own.
_EACH_SUBJECT = re.compile(r"各[^\s，,；;。：:、]{0,10}?(?:部门|单位|机关|乡镇|街道|处室|科室|村|社区|学校|级|县|区|市)")


#: A heading that names a kind of body by what it does (选用机构, 执法部门), not a body of a place.
_KIND_OF_BODY = re.compile(r"(?![省市县区乡镇村各])[\u4e00-\u9fff]{2,6}(?:机构|机关|部门|单位|组织|主体)")
#: A unit's days or staff closing a unit line (…，安基处（380日）).
_QUOTA_END = re.compile(r"[（(]\s*\d+\s*[^（()）\d]{1,4}[）)]$")
#: A notice's title alone on a line (X关于印发《…》的通知).
_NOTICE_TITLE = re.compile(r"[^。，,；;：:\s]{2,40}关于[^。；;]{2,80}的(?:通知|意见|决定|批复|函|通报|报告)")
#: A line of an OCR's bits of a seal (室, 20, 年4月): a few characters, no sentence.
_RESIDUE = re.compile(r"[\u4e00-\u9fff\d]{1,4}")
_RESIDUE_RUN = 6  # the most such lines in a run
_RESIDUE_OFFICE_MAX = 20  # an office's name read off a seal among them
#: The date a text was printed, on a line of its own (2025年4月22日印发).
_PRINTED_ON = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发")
#: A linked page's title in a list of links (《…办法》3月1日起施行，你关心的问题解答在此).
_LINKED_TITLE = re.compile(r"《[^》]{2,40}》[^。；;]{0,30}|[^。；;]{4,80}答记者问")  # (…有关负责同志就…答记者问)
#: A label above a notice's contacts, a line of its own (联系人及电话：, 联系方式：).
_CONTACT_LABEL = re.compile(r"(?:联\s*系\s*人|联系方式|联系电话)[^。；;：:]{0,8}[:：]")
#: A contact's phone number or e-mail address on a line.
_CONTACT = re.compile(r"0\d{2,3}[-—－–]\d{7,8}|1[3-9]\d{9}|@[\w-]+\.")
#: An office's contact on a line of its own: its name, a person's, the phone label (X：盛俊，联系电话：…).
_UNIT_CONTACT = re.compile(r"([^\s：:，,。；;]{4,30})[：:]\s*[\u4e00-\u9fff]{2,4}[，,、\s]*(?:联系)?电话[：:]")
#: A paragraph of a notice's contacts, opening on their label (联系方式。技术支持：…).
_CONTACTS_LINE = re.compile(r"(?:联系方式|联系人及(?:联系)?电话|联系电话)\s*[。：:]")
#: A rule of practice under a section of principles (绿道建设应充分考虑…, 不得…): a task, not a principle.
_SHOULD = re.compile(r"应当|(?<![适反响供对相感呼答回效])应(?![急用对变诉收届有声税纳缴付]|.尽)|不得|严禁")  # (not 应保尽保)
#: A part after a ；that goes on with the part before it (也可以…, 还应当…, 或者…).
_GOES_ON = re.compile(r"(?:也|还|或者|或是|并且|同时)(?!各)")
#: A part that opens on the case it rules (``认定为…的，由市财政给予…``): one of a series of cases.
_CASE_OPENING = re.compile(r"[^，,；;。：:由]{2,60}的[，,]")


def join_parts(text: str, spans: list[tuple[int, int]], article: bool = False) -> list[tuple[int, int]]:
    """Sentence spans with the parts a ；joins put back together: a sentence is one obligation
    (``…分步完成，2020年，完成30%；2021年，完成70%；2022年，完成100%。``, ``片区资源生态处负责规范…；
    负责垃圾处理设施…选址工作；负责依法…查处。``: one unit's duties, ``对…的，…；对…的，…`` cases),
    except where the part after a ；is a task of its own: a numbered point (``一是…；二是…``) or
    a part whose own subject names its units (``市委宣传部负责…；市委政法委负责…``) or each of a kind
    (``…不少于2次；各部门年底前报送…``). In an ``article`` of rules, a part is a task of its own only where it
    opens with a numbered point: a law's ``…可以报请第二审人民法院执行；第二审人民法院可以决定…`` is one rule."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and text[_rstrip_end(text, *out[-1], CLOSING_MARKS) - 1] in "；;" \
                and not (_POINT_START.match(text, s, e) if article else _own_part(text[s:e])) \
                or out and _DEADLINE_ALONE.fullmatch(text, s, e):  # …维护工作。（2023年6月底完成）: the task's deadline
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


#: A deadline alone in brackets after a task's sentence (（2023年6月底完成）, （2024年底前）).
_DEADLINE_ALONE = re.compile(r"\s*[（(]\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)?"
                             r"(?:全面|基本)?(?:完成|启动|实施|建成|到位)?\s*[）)]\s*")


def _own_part(part: str) -> bool:
    """Whether a part of a sentence after its ；is a task of its own (see :func:`join_parts`)."""
    if _POINT_START.match(part) or _EACH_SUBJECT.match(part):
        return True
    if _GOES_ON.match(part):  # …，可以委托他人代书；也可以口头申请，由X记入笔录: the same subject's
        return False
    return bool(part.startswith("由") and by_prefix(part) or unit_statement(part) or unit_label(part)
                or by_subject(part) or named_roles(part) or modal_subject(part) or verb_subject(part)
                or not _CASE_OPENING.match(part) and by_doers(part))  # (…的，由X撤销…: a case of a series)


def _states_aim(sentence: str) -> bool:
    """A sentence of a section of targets that states one (``到2023年，…``, ``培育3家…``)."""
    return _NO_AIM.search(sentence.strip()) is None


#: An attachment's title naming targets or tasks (``各镇垃圾分类目标任务分解表``, ``…任务清单``), not a
#: form or a classification table: the sentences under it state tasks.
_TASK_ANNEX = re.compile(r"(?:目标|任务)[^。；;，,]{0,6}(?:表|清单)$")
#: A town, street or zone named alone on a line (``罗店镇``, ``友谊路街道``; not the header's ``街镇``).
_PLACE_ROW = re.compile(r"[\u4e00-\u9fff]{2,10}(?:镇|乡|街道|园区|社区|村)")
_LINE_BELOW = re.compile(r"\s*\n\s*([^\n]*?)\s*(?:\n|$)")  # the next line that has text
_TARGET_LABEL = re.compile(r"(?:工作|主要|总体|整改|年度|攻坚)(?:目标|指标)(?:任务)?\s*[:：]\s*\S")  # 整改目标：压实…
_SECTION_COMMA = re.compile(r"([一二三四五六七八九十]{1,3})[，,](?=[\u4e00-\u9fff])")
_GAP = re.compile(r"[ \t\u3000\xa0]*")  # （三） 责任单位：…: the spaces after a marker
_MARKER_ALONE = re.compile(r"[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]\s*|\d{1,2}\s*[.．、]\s*")
_ITEM = re.compile(r"(?:[（(]?\s*([一二三四五六七八九十]{1,3})\s*[）)]|([㈠-㈩]))\s*")  # 一) and ㈠ too
#: A stage of a plan's steps (``第二阶段：自查自纠，全面整治（6月1日—6月30日）…``): an item where
#: the section has no numbered items.
_STAGE = re.compile(rf"{STAGE}\s*[:：]?\s*")
#: A title closed by the span of dates of its stage, its text run on after them: ``宣传发动，调查摸底
#: （5月1日—5月31日）要充分利用…``.
_DATED_TITLE = re.compile(r"[^。；;，,：:（()）\s]{2,16}(?:[，,][^。；;，,：:（()）\s]{2,16})?"
                          r"[（(][^（()）。前]{0,30}?\d{1,2}\s*[月日]\s*[—\-－–~～至到][^（()）。前]{1,20}[）)]"
                          r"(?=[\u4e00-\u9fff“《])(?![是为的])")  # a span of dates; …（11月30日前完成）: its
# deadline; 汛期（4月1日至11月1日）是…: a sentence
_CIRCLED_POINT = re.compile(rf"([{CIRCLED}])\s*(?=[\u4e00-\u9fff“《])")
_SUBITEM = re.compile(rf"(?:(\d{{1,3}})\s*(?:[.．、](?:(?!\d)|(?={YEAR_AFTER_NUMBER}))|。(?=[\u4e00-\u9fff“《]))"
                      r"|[（(]\s*(\d{1,2})\s*[）)]|(?<![\d（(])(\d{1,2})[）)](?=[\u4e00-\u9fff“《]))\s*")  # 1。 too, and 1.2017年10月底前…;
# 1）存在瞒报信息… (a half bracket: as （1）)
_ROW_NUMBER = re.compile(r"(\d{1,2})()[ \u3000]+(?=[\u4e00-\u9fff])")  # a row's number and a space
_BARE_NUMBER = re.compile(r"(\d{1,2})()(?=[\u4e00-\u9fff])(?![年月日号个项件次名人元万亿])")
#: An item whose title opens with a figure: ``11.121人才梯队项目。`` (not the decimal 11.121).
_NUMBER_BEFORE_FIGURE = re.compile(r"(\d{1,2})[.．]()(?=\d{1,4}[\u4e00-\u9fff“])(?!\d{1,4}[年月日号个项件次名元万亿%％倍])")
#: A deadline that opens a unit note: （6月底完成，牵头考核单位：…）, （5月底取得明显成效并持续推进，…）.
_NOTE_WHEN = r"[^（()）〔〕【】\[\]：:，,；;。\n]{0,24}(?:\d{1,2}月|年底|年内|长期|持续)[^（()）〔〕【】\[\]：:，,；;。\n]{0,24}[，,；;]\s*"
_UNIT_ROLES = (rf"{ROLE_KEYS}|{DIVISION}|牵头|配合"
               rf"|{LEADER_KEYS}")  # a leader line: a span, no unit
_UNITS_LINE = re.compile(rf"[【\[〔]({_UNIT_ROLES})[】\]〕]\s*[:：]?\s*|({_UNIT_ROLES})\s*[:：]\s*")
_TITLE_OPENS, _TITLE_CLOSES = re.compile(r"[（(【〔]"), re.compile(r"[）)】〕]")  # an article title's brackets
_STRUCTURE = (_SECTION, _ARTICLE, _ARTICLE_ALONE, _ARTICLE_TITLED, _CHAPTER, _CHAPTER_PART, _ITEM, _SUBITEM, _UNITS_LINE)  # lines that start a heading, an item or units
_INLINE_UNITS = re.compile(  # （牵头单位：…；责任单位：…）, after a leader's name too: （责任领导：…；牵头单位：…）
    rf"[（(〔【\[]\s*(?:{_NOTE_WHEN})?(?:{LEADER_KEYS}\s*[:：][^；;:：\n]{{1,30}}[；;]\s*)?(?:{ROLE_KEYS}|{DIVISION}|牵头|责任|配合)\s*[:：]"
    r"[^\n]*[）)〕】\]][。；;，,]?\s*$")
_CN_ITEM_ANYWHERE = re.compile(r"(?:^|[\s。；])(?:[（(]?\s*[一二三四五六七八九十]{1,3}\s*[）)]|[㈠-㈩])"
                               r"|[（(][一二三四五六七八九十]{1,3}[）)](?![项条款])", re.M)  # 二、主要任务(一)…
_DEADLINE_LINE = re.compile(rf"{DEADLINE_KEY}\s*[:：]\s*")
_DEADLINE_IN = re.compile(rf"[；;，,\s]*{DEADLINE_KEY}\s*[:：]\s*")
_DEADLINE_FIELD = re.compile(DEADLINE_FIELD)
_ARTIFACT = re.compile(r"\[(?:bookmark|BOOKMARK|Bookmark)[^\]\n]*\]")
_SIGNATURE = re.compile(
    r"(?:\S{2,30}?(?:人民政府办公室|人民政府|办公室|委员会|领导小组))?\s*"
    r"(?:(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[一二三四五六七八九〇○零Ｏ]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"(?:印发|发布)?)?"  # 2004年3月22日, 二○○四年三月二十二日
)
_WRAPPED_UNIT_MAX = 20
_ISSUER_MAX = 20  # an issuer's name signing the text above its date
_ISSUERS_MAX = 24  # the bodies that sign a joint text (教育部等十八部门: six lines of three)
_PROGRESS_STEP = 1 << 18  # characters between two progress reports
_BY_PARTS_MAX = 400  # a sentence looked through for units named by verb after 由
_WHITESPACE_RUN = re.compile(r"\s+")
_UNIT_ENDS = set(UNIT_ENDS)
_CAPTION_LINES = 3
_PROBLEM_WORDS = ("问题", "不足", "短板")
_DONE_KINDS = (ClauseKind.ACHIEVEMENT, ClauseKind.PROBLEM)  # a report's sentences: what was done or found
_PLAN_WORDS = ("下一步", "打算", "思路", "展望", "计划", "安排", "进一步整改")  # 需要进一步整改的事项及措施
#: A sentence whose units by 由 are of a matter it names first (``专项资金管理办法由X会同Y制定``), not of
#: the work of its item (``该项工作由X牵头``, ``由X牵头，…``).
_OWN_MATTER = re.compile(r"(?!(?:该|此|本|上述|以上|各|相关|这)项?)[^由，,；;。]{2,30}[，,]?由")  # (…的容量电价，由X会同Y制定)
#: A report's section of tasks to come (三、2026年主要任务, 二、关于…规划纲要（草案）的说明), not one of
#: what was done (一、2024年重点工作完成情况, 2025年工作回顾).
_PLAN_SECTION = re.compile(r"(?:主要|重点)(?:任务|目标)|目标任务|规划纲要|工作(?:任务|重点)"
                           r"|做好(?:\d{4}\s*年|明年|下一?年度?)")  # 全力以赴做好2023年工作: the work to do
_REVIEW = re.compile(r"回顾|情况|成效|成绩|完成|总结|做法|进展|问题|不足")
#: A report's section on what was done about the problems it names: 巡察反馈问题的整改情况,
#: 问题线索的处理情况 (not 存在的问题).
_PROGRESS = re.compile(r"(?:整改|处理|落实|办理)(?:工作)?(?:进展)?情况")
#: A plan's sections that state its aims, not tasks: their text is preamble.
_AIM_WORDS = ("总体要求", "指导思想", "基本原则", "工作原则", "总体目标", "主要目标", "工作目标")
#: A plan's sections that describe where things stand, not tasks: ``一、金融产业现状分析``.
_BACKGROUND = re.compile(r"现状|基本情况|发展基础|面临的?形势|形势分析|背景|存在(?:的)?问题")
_ITEM_PROBLEM = re.compile(r"问题|不足|短板|困难|挑战")  # a background section's item of what stands in the way
_REMEDY = re.compile(r"整改|措施|任务|对策|举措")  # 存在问题及整改措施: tasks after all
#: A plan's section that reviews what was done before it (``一、“十三五”工作回顾``, ``一、取得的成效``).
_PLAN_REVIEW = re.compile(r"回顾|取得的?(?:主要|发展|显著|重要|积极)?(?:成效|成就|成绩)|(?:主要|工作)(?:成效|成就|成绩)$")


def _is_background(title: str) -> bool:
    return _BACKGROUND.search(title) is not None and _REMEDY.search(title) is None


_REPORT_WORD = (r"(?:(?:工作|情况|年度|建设)的?(?:报告|总结|通报)"  # 关于巡察整改情况的通报: a report;
                r"|年度[^\n。；;《》]{0,20}建设(?:工作)?情况)")  # 2024年度法治政府建设情况: the annual one (one
# group: a pattern that embeds it keeps its anchors on both alternatives)
#: A title that splits a report's tasks among units is a plan: 《政府工作报告》重点工作责任分解.
_TASK_SPLIT = re.compile(r"(?:任务|责任|目标|工作|部门)(?:分解|分工)|分工方案|任务清单|责任清单|分解落实|分办意见|分工意见")
_REPORT_HEAD = re.compile(rf"^[^\n。；;]{{0,60}}{_REPORT_WORD}[^\n。；;]{{0,12}}$", re.M)  # a title line
_REPORT_START = re.compile(rf"\s*[^\n。；;]{{0,60}}{_REPORT_WORD}")  # a title run into the text
#: A section heading only a report has (a plan's are 总体要求, 主要任务, 保障措施…).
_REPORT_SECTION = re.compile(r"(?:^|(?<=[\s。]))[一二三四五六七八九十]{1,3}\s*[、.．]\s*[^\s。，,；;]{0,30}?"  # (a heading: not
                             # 四、加强督导评估 …加强对各村工作情况, its text run on in a one-line page)
                             r"(?:工作情况|主要成效|工作成效|取得的成效|主要做法|存在的问题|存在的不足"
                             r"|措施和成效|工作总结|整改(?:工作)?进展情况)(?!明显|显著|突出|较好|好的|较大|大的|考核|评估|评价)",  # (对…工作成效
                             # 明显的市: a notice's condition, no report's section)
                             re.M)


def _first_text_line(head: str) -> str:
    """The first line of ``head`` that is not page furniture."""
    return next((line for line in head.split("\n") if line.strip() and not noise_kind(line)), "")


def _is_report(doc: Document, text: str) -> bool:
    """A report (its sections say what was done), from its kind, its title (a line of its own, or
    run into the text of a one-line copy: ``某镇…工作的报告2024年，…``), or, for a text without a
    title line, a section heading such as ``一、主要工作情况`` or ``二、存在的不足``."""
    head = re.sub(r"《[^》\n]{0,40}》", "", text[:300])  # 关于分解落实《政府工作报告》的通知 names a report
    title = ("工作报告" in head or _REPORT_HEAD.search(head) is not None
             or _REPORT_START.match(_first_text_line(head)) is not None)
    split = _TASK_SPLIT.search(head) is not None  # 政府工作报告重点工作责任分解, 任务分解如下
    return ("报告" in (doc.kind or "") and not split or (title and "印发" not in head and not split)
            or _REPORT_SECTION.search(text) is not None)


def _section_kind(title: str, report: bool, planning: bool = False) -> ClauseKind:
    """The kind of a section's sentences, from its title; ``planning``: in a report, a section
    of plans came before (a work report's sections after its 2026年主要任务 plan too)."""
    if not report:  # (工作原则和分工: the units' duties too)
        if _PLAN_REVIEW.search(title) and not _REMEDY.search(title):
            return ClauseKind.ACHIEVEMENT  # 一、“十三五”工作回顾: what the last plan's years did
        aims = any(w in title for w in _AIM_WORDS) and not _DUTIES.search(title)
        return ClauseKind.PREAMBLE if aims or _is_background(title) else ClauseKind.OBLIGATION
    if any(w in title for w in _PLAN_WORDS) or (_PLAN_SECTION.search(title) or planning) and not _REVIEW.search(title):
        return ClauseKind.OBLIGATION
    if any(w in title for w in _PROBLEM_WORDS) and not _PROGRESS.search(title):
        return ClauseKind.PROBLEM
    return ClauseKind.ACHIEVEMENT


class _ProseSegmenter:
    """Reads prose layouts line by line, cutting lines where structure runs on inside them
    (:func:`comparer.layout.next_cut`); see the module docstring."""

    def __init__(self, doc: Document, tables: list[Table],
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.doc = doc
        self.progress = progress
        self.text = doc.text
        self.tables = tables
        self.report = _is_report(doc, doc.text)
        self.issuer = _issuer(doc.title) or next(filter(None, map(_issuer, doc.text[:600].split("\n")[:_ISSUER_LINES])), None) \
            or _issuing_body(doc.text[:3000])  # 教育部关于…, 发布单位: …: who 我部 is
        self.spans: list[Span] = []
        self.groups: list[Group] = [Group(("0",), ClauseKind.PREAMBLE)]
        self.table_groups: list[Group] = []  # apart, so prose after a table continues its item
        self.noise = Group(("n",), ClauseKind.NOISE)
        self.n_tables = 0
        self.section: Heading | None = None
        self.section_no = 0
        self.digit_sections = 0  # the clauses of a standard read so far (1 规程目的, 2 适用范围)
        self.contents_seen = False  # whether the digit sections read were a table of contents
        self.case_doers: tuple[int, list[tuple[str, tuple[str, ...]]]] | None = None  # an article's lead-in to
        # its cases and who sanctions them (有下列行为之一的，由X责令改正…：)
        self.digit_text = False  # a text line has come since the first of them (else they were contents)
        self.digit_first: int | None = None  # the group the first of them opened, until the contents are read
        self.carried: list[tuple[str, tuple[str, ...]]] = []  # units a note carries to every item below
        self.labelled_units: tuple[str, ...] = ()  # a unit's label alone on its line (土地利用处：), until the next
        # label or section: its duties below, in the items there too
        self.label_open = False  # no text has come below that label yet
        self.page_lines = _page_line_starts(self.text)  # where the lines of page numbers start
        self.section_kind = ClauseKind.OBLIGATION
        self.seen_structure = False
        self.expect = Expect(digit_items=_CN_ITEM_ANYWHERE.search(doc.text) is None)
        self.titles: set[str] = set()
        self.open_from: int | None = None  # start of an unfinished sentence the next line continues
        self.open_units: tuple[int, int] | None = None  # a unit line the next line may continue
        self.open_heading = False  # a section or item heading line the next short line may finish
        self.taken_to = 0  # the end of a line a heading below took as its title (a chapter's number alone)
        self.residue = False  # in a run of an OCR's bits of a seal (see seal_residue)
        self.contacts = False  # below a contact label (联系人及电话：): its lines of names and numbers
        self.first_leads = False  # a note said its first unit leads, 下同 (for the notes below too)
        self.comma_leads = False  # a note said the units before its first comma lead, 下同
        self.section_units: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # by section number
        self.line_notes: list[tuple[Group, int, list[tuple[str, tuple[str, ...]]]]] = []  # notes that are a
        # line of their own (…。⏎（责任部门：市房产局）⏎): the group they close, where, their units
        self.headers = cell_headers(doc.text)  # header rows one name a line: their columns
        self.columns: list[str | None] = []  # of the last such header above
        self.row_headers = prose_headers(doc.text)  # header rows glued into the prose, no 序号
        self.row_units: str | None = None  # below one: where a row's unit cells are ("tail", "middle")
        self.spaced_cells = False  # its names stand apart: so do the cells of its rows
        self.lead_only = False  # its one unit column leads
        self.lead_columns: bool | None = None  # a header names a lead and another unit column
        self.cells_below = 0  # unit cells read below the current task
        self.row_closed = False  # a unit or deadline cell ended the task above
        self.section_digits = False  # 1. 2. … are the items of the current section (no （一） in it)
        self.scope_after = False  # the sentence a note in it closes is added: the next one starts a scope
        self.numbered_units = False  # a unit line numbered as an item follows
        self.labelled = False  # the current point opened with its units' label (1.区规划局：…)
        self.background = False  # the current section describes where things stand (一、现状分析)
        self.attachments = 0  # the number the next line of a list of attachments (附表：1、…) has
        self.site_links = False  # in a page's list of links to other sites (中国政府网 / 市发展改革委 / …)
        self.wrap_width = wrap_width(self.text)  # the width a PDF's extraction cut every line at, if it did
        self.paragraphs = self.wrap_width is None and paragraph_lines(self.text)  # lines that are paragraphs
        self.short_names = short_names(self.text)  # the short names it gives bodies (（以下简称华东网调）)
        self.circled = 0  # the last ①-numbered point of the current point
        self.chapters_seen, self.chapter_first = 0, 0  # chapters since chapter 一, and its group's index
        self.script = False  # in a page's script copied as text (jQuery(document).ready(… / item.nickName + / });)
        self.planning = False  # a report's section of plans has come (下一步工作打算, 2026年主要任务)
        self.annex_group: Group | None = None  # the group an attachment line after the text opened
        self.annex_tasks = False  # its title names targets or tasks: its full sentences are tasks
        self.stage: tuple[int, int] | None = None  # (section, stage) of the last stage item
        self.article = 0  # the number of the last article (第五条) read
        self.in_article = False  # the current item is an article: its （一） lines are its text
        self.chunks = _viewer_chunks(self.text)

    # -- helpers ------------------------------------------------------------------------------
    def span(self, start: int, end: int, kind: SpanKind) -> None:
        if end > start:
            self.spans.append(Span(self.doc.doc_id, start, end, kind))

    @property
    def group(self) -> Group:
        return self.groups[-1]

    def add_sentences(self, start: int, end: int, kind: ClauseKind | None = None) -> None:
        for s, e in join_parts(self.text, split_sentences(self.text, start, end), self.in_article):
            if _RULE_SENTENCE.search(self.text, s, e):  # …原则上由排名首位的部门牵头负责。: for the notes below
                self.first_leads = True
            s, own = self.by_units(s, e)
            if s >= e:
                continue
            clause_kind = kind or self.group.kind
            if self.group is self.annex_group and not self.group.drafts:
                self.annex_tasks = bool(_TASK_ANNEX.search(self.text, s, e))  # …目标任务分解表
            if clause_kind is ClauseKind.PREAMBLE and self.annex_tasks and self.group is self.annex_group \
                    and self.text[s:e].rstrip()[-1:] in tuple("。！；;"):
                clause_kind = ClauseKind.OBLIGATION  # 罗店镇 / 创建达标累计61个小区。: a town's target
            elif clause_kind is ClauseKind.PREAMBLE and not self.background and (
                    self.group.key != ("0",) and find_targets(self.text[s:e])
                                                        or _TARGET_LABEL.match(self.text, s, e)
                                                        or self.aims() and _states_aim(self.text[s:e])
                                                        or self.group.key != ("0",) and _charges_a_unit(self.text[s:e])
                                                        or self.section is not None and "原则" in self.section.title
                                                        and _SHOULD.search(self.text, s, e) is not None):
                clause_kind = ClauseKind.OBLIGATION  # 工作目标: 到2025年，…达到95%以上 is a task
            if clause_kind is ClauseKind.ACHIEVEMENT and PROBLEM_LABEL.match(self.text, s, e):
                clause_kind = ClauseKind.PROBLEM  # 存在问题：…不够严格。 in a report of what was done
            self.group.drafts.append((s, e, clause_kind, None))
            if own:
                self.group.new_scope()

    def aims(self) -> bool:
        """Whether the current group is a section or item of targets (``主要目标``, ``（二）发展目标``)."""
        return any(h is not None and "目标" in h.title for h in (self.group.section, self.group.item))

    def by_units(self, s: int, e: int, labels: bool = True) -> tuple[int, bool]:
        """Units named by verb at the start of a sentence (``由X负责，Y配合，<task>``, ``由X承办，Y协办。``)
        are the task's: recorded, and the task starts after them (returned). Units that are the
        sentence's subject (``市发改委负责…；市经贸委负责…``) are that sentence's own: the second value
        says so, and the sentence gets a scope of its own."""
        found = by_prefix(self.text[s:min(e, s + NOTE_MAX)]) if s < e and self.text[s] == "由" else None
        stated = unit_statement(self.text[s:e]) if not found and e - s <= NOTE_MAX else []
        if stated:  # 该目标责任单位为市经委。: the units of the task above, no task
            self.span(s, e, SpanKind.UNITS)
            for role, units in stated:
                self.group.add_units(role, units)
            return e, False
        if not found:
            sentence = self.text[s:e] if e - s <= _BY_PARTS_MAX else ""
            label = unit_label(sentence) if labels else None  # 乡人武部：负责本乡人民武装力量…
            sentence = own_offices_listed(keep_duty_offices(SAME_BELOW.sub("", _WRAP_BREAK.sub("", sentence))))
            # (a PDF's line cut inside a name: 华东能源监⏎管局; 各相关区（含临港新片区，下同）水务部门: the remark aside;
            # X人民政府负责管理地震工作的部门或者机构: one name; X或者其设置的Y: two)
            parts = by_parts(sentence)  # …，由X牵头，Y等单位共同参与。: the sentence's units
            if leads := self.writer_leads(sentence):  # 由我局牵头，会同区财政局…: the writer
                parts = leads + parts
            if label:
                self.span(s, s + label[0], SpanKind.UNITS)
                s += label[0]
            elif (step := _STEP_LABEL.match(sentence)) and not _ROLE_WORDS.search(step.group()):
                sentence = sentence[step.end():]  # 受理：闵行区水务局受理申请…: a step's label, its doer after it
            subject = [("负责", label[1])] if label else \
                duty_office_subject(sentence) or by_subject(sentence) or named_roles(sentence) or defined_subject(sentence)
            if not (subject or self.group.noted()):  # 党群工作处要加强…: the unit it falls to,
                subject = modal_subject(sentence)  # where no note or label has named one
            weak = []
            if subject and all(general_unit(u) for _, units in subject for u in units):
                subject, weak = [], subject  # 各有关单位要…: the sentence's own, where no note names any
            if not (subject or weak or parts or self.section_units.get(str(self.section_no))):
                weak = verb_subject(sentence) or by_doers_and_head(sentence) or _urged(sentence) \
                    or head_subject(sentence) or short_named_subject(sentence, self.short_names) \
                    or self.writer(sentence) or described_subject(sentence)  # 区营商办加强…, …由X按规定受理,
                # 推动各区做好…, 监察机关在…，可以…, 华东网调负责…, 我委将…, 作出决定的行政机关应当…: the same
            if not (subject or weak or parts) and self.in_article and self.case_doers is not None \
                    and self.case_doers[0] == self.article and _PUNISHES.search(sentence):
                subject = self.case_doers[1]  # 有下列行为之一的，由X责令改正，并予以处罚：（一）…的，处…罚款；: X fines
            if self.in_article and self.text[e - 1] in "：:" and _CASES.search(sentence):
                self.case_doers = (self.article, doers) if (doers := by_doers(sentence)) else None
            if weak and not subject and self.in_article and _LISTS_PARTS.search(sentence):
                weak = []  # 执法部门办理执法案件的证据包括：: what a thing holds, no one's task
            if weak and not subject and (self.in_article or _LIST_OF_WORK.search(sentence)) and self.text[e - 1] in "：:" \
                    and not general_unit(weak[0][1][0]) and not _CASES.search(sentence):  # 县监察委员会依照本条例履行下列职责：: the doer of the article's
                subject, weak = weak, []  # points (not of the cases a list names: 有下列情形之一的)
            duties = duties_subject(sentence) if not subject else None
            if duties is not None and (self.in_article or duties or self.article_doer()):
                subject, weak = duties or self.article_doer(), []  # X是…主管部门，主要履行以下职责：; …。主要履行以下
                # 职责：: the article's (or the item's) subject before it
            if weak:
                self.group.subjects[len(self.group.drafts)] = weak
            calls = called_in(sentence)  # …会同A、B…; …，区建管委督促…: units of later parts too
            calls += tuple(u for u in _part_subjects(sentence) if u not in calls) if self.in_article else ()
            if called := calls + tuple(u for u in later_subjects(sentence) if u not in calls):
                self.group.called[len(self.group.drafts)] = called
            done = bool(parts) and self.group.kind in _DONE_KINDS  # a report's …，由X牵头，…研究认定。:
            pointed = bool(parts) and (bool(self.group.points) and len(self.group.drafts) >= self.group.points[-1][0]
                                       or len(self.group.key) == 2 and len(self.group.drafts) > 2
                                       and _OWN_MATTER.match(sentence) is not None
                                       or len(self.group.key) == 1 and self.group.key[0].startswith("s")
                                       and self.group.item is None and any(
                                           k is not ClauseKind.HEADING for _, _, k, _ in self.group.drafts[self.group.scopes[-1].start:])
                                       and _OWN_MATTER.match(sentence) is not None
                                       or self.in_article)  # (an article's sentence: 由X会同Y…, its units its own)
            # (in a 1. point, its first sentence too: 4．协议签订：签订…协议，…仍由X负责管理。, the point's, not the
            # item's other points'; past its title's sentence: …培训。党政机关…由A与B落实，其余…由C牵头; or past
            # an item's first sentences, of a matter of its own: 专项资金管理办法由X会同Y制定。; or in a section of
            # sentences with no items, past those of a scope no unit names: …。行业工作组由X牵头成立。)
            if subject or done or pointed:  # what was done so, the sentence's own; X负责…，由Y负责…: both its own
                self.group.new_scope(own=True)  # (县住建局应当履行下列职责：（一）…: and the article's points)
                self.group.scopes[-1].announces = (self.in_article or duties is not None or _LIST_OF_WORK.search(sentence)
                                                   is not None) and self.text[e - 1] in "：:" \
                    and not _CONDITIONS.search(sentence)  # (X…选择符合下列条件的检测机构…：: the conditions it sets)
            for role, units in parts + subject:
                self.group.add_units(role, units)
            if label:  # the label's units hold for its paragraph: the rest of this piece
                self.row_closed = True
            return s, (bool(subject) or done or pointed) and not label
        self.span(s, s + found[0], SpanKind.UNITS)
        named = {u for _, units in found[1] for u in units}  # 由X牵头，会同A、B等部门…: A and B too
        later = [(role, units) for role, units in by_parts(self.text[s:e]) if not named.issuperset(units)]
        for role, units in found[1] + later:
            self.group.add_units(role, units)
        s += found[0]
        while s < e and self.text[s] in WHITESPACE:
            s += 1
        return s, False

    def add_body(self, start: int, end: int, line_end: int) -> None:
        """Sentences of a line's text; an unfinished last sentence is left open for the next line."""
        n = len(self.group.drafts)
        self.add_sentences(start, end)
        drafts = self.group.drafts
        if end == line_end and len(drafts) > n and self.text[drafts[-1][1] - 1] not in TERMINATED:
            self.open_from = drafts[-1][0]
        if self.scope_after:  # the sentence a note closed is in: the next one starts a scope
            self.group.new_scope()
            self.scope_after = False

    def heading_clause(self, start: int, end: int) -> tuple[str, int]:
        """Split a heading line at its title's end; add the title clause; return (title, body start)."""
        title_end = _title_end(self.text, start, end)
        title = self.text[start:title_end].rstrip("。.：:；; \t\u3000")
        end = _rstrip_end(self.text, start, title_end, None)  # less the spaces before a run-in text
        if end > start:
            self.group.drafts.append((start, end, ClauseKind.HEADING, None))
        return title, title_end

    # -- line handlers ------------------------------------------------------------------------
    def feed(self, line: Line) -> None:
        """Feed a line in pieces: a run-in heading, item or unit note starts a piece of its own."""
        s, e = line.start, line.end
        if e <= self.taken_to:  # a chapter's title below its number: read with it
            return
        if s in self.chunks:  # a document viewer's page chunk 2、: the text runs on across it
            self.span(s, self.chunks[s], SpanKind.ARTIFACT)
            s = self.chunks[s]
        for m in _ARTIFACT.finditer(self.text, s, e):
            self.span(m.start(), m.end(), SpanKind.ARTIFACT)
            if m.start() == s:
                s = m.end()
        while s < e:
            while s < e and self.text[s] in WHITESPACE:
                s += 1
            artifact = _ARTIFACT.match(self.text, s, e)
            if artifact:  # its span is recorded above; whitespace may follow it
                s = artifact.end()
                continue
            while self.row_headers and self.row_headers[0][0] < s:
                self.row_headers.pop(0)
            header = self.row_headers[0] if self.row_headers and self.row_headers[0][0] < e else None
            if header and header[0] == s:  # …分解表工作任务工作要求牵头单位配合/责任单位一、…
                self.row_header(*header)
                s, self.open_from = header[1], None  # (no sentence goes on across it)
                continue
            limit = header[0] if header else e
            cut = next_cut(self.text, s, limit, self.expect) if s < limit else limit
            end = cut
            if end > s and self.text[end - 1] in BULLETS:  # …奠定基础。·责任单位：…: the bullet
                end -= 1  # before the unit line cut off is that line's marker
                self.span(end, end + 1, SpanKind.MARKER)
            while end > s and self.text[end - 1] in WHITESPACE:
                end -= 1
            if end > s:
                self.feed_piece(s, end)
            s = cut

    def feed_piece(self, s: int, e: int) -> None:
        continues, self.open_from = self.open_from, None
        units, self.open_units = self.open_units, None
        heading, self.open_heading = self.open_heading, False
        closed, self.row_closed = self.row_closed, False
        if self.noise_line(s, e):
            self.open_units = units  # a page marker between a unit line and its wrapped end
            return
        if units and self.units_continued(units, s, e) or heading and self.heading_continued(s, e):
            return
        if self.header_cell(s, e) or self.cell_line(s, e):
            return
        self.cells_below = 0
        for handler in (self.annex_row, self.units_line, self.deadline_line, self.section_line, self.decimal_item,
                        self.article_line,
                        self.item_line, self.subitem_line, self.signature_line, self.front_line, self.closing_line,
                        self.label_line):
            if handler(s, e):
                return
        if _MARKER_ALONE.fullmatch(self.text, s, e) and _UNITS_LINE.match(self.text, e + len(_GAP.match(self.text, e)[0])):
            self.span(s, e, SpanKind.MARKER)  # （三）责任单位：…: a numbered unit line, no item of its own:
            self.numbered_units = True  # the units of its section's items that no note gave units
            return
        if closed:
            self.group.new_scope()
        self.label_text()
        self.body(s, e, continues)

    def noise_line(self, s: int, e: int) -> bool:
        """Page furniture, a repeated title, or notice boilerplate once the text has begun."""
        line = self.text[s:e]
        front = self.group.key == ("0",)
        kind = noise_kind(line)
        if kind is None and self.seen_structure and ATTACHMENT_LIST.match(line.strip()):
            kind = "attachment"  # …监督检查。 附件：1.…申请表 2.…汇总表 …党群工作部 2016年4月1日 附件1 …: a page run on one
            # line cut at its list of attachments, too long for one (the signature and the forms run on after it)
        if self.script and script_line(line):
            kind = "code"  # the script's next line: });, result +=, '<label>昵称：</label>' +
        self.script = kind == "code"
        listed = self.attachments and (m := ATTACHMENT_NEXT.fullmatch(line)) and int(m.group(1)) == self.attachments
        wrapped = self.attachments and not listed and ATTACHMENT_WRAP.fullmatch(line)
        if not wrapped:
            self.attachments = (self.attachments + 1 if listed
                                else 2 if kind == "attachment" and ATTACHMENT_LIST.match(line) else 0)
        if listed or wrapped:  # 附表：1、…计划表 / 2、…项目表: the list of attachments goes on
            kind = "attachment"
        if kind is None and contents_entry(self.text, s, e):
            kind = "contents"
        if kind is None and _PAGE_NUMBER_ALONE.fullmatch(line) and self.group.drafts \
                and self.group.drafts[-1][2] is ClauseKind.HEADING and _starts_structure(self.text, e):
            kind = "contents"  # 第二节交易组织 / 8 / 第三节…: a table of contents' page number below its entry
        if kind is None and self.page_lines and self.line_start(s) in self.page_lines:
            kind = "page"  # …运行。 / 2 / 第六条…: a page number, one of a run counting up
        if kind is None and self.seen_structure and "关于" in line and _NOTICE_TITLE.fullmatch(line.strip()) \
                and ((below := _LINE_BELOW.match(self.text, e)) is None or not below.group(1)
                     or _SIGNATURE.fullmatch(below.group(1)) or noise_kind(below.group(1))):
            kind = "link"  # …确保工作取得成效。 / X关于印发《…》的通知 / 2022年5月10日: a link to the notice
        if kind is None and (_RESIDUE.fullmatch(line.strip()) and not unit_name(line.strip())
                             or self.residue and len(line.strip()) <= _RESIDUE_OFFICE_MAX and unit_name(line.strip())) \
                and self.seal_residue(s, e):
            kind = "footer"  # …做好监督。 / 室 / 20 / 年4月 / …综合处: an OCR's bits of the seal above the signature
            # (能 / 国 / 国家能源局综合司 / 综合司: the office's name read off the seal, too)
        if kind is None and self.contacts and _CONTACT.search(line) and not any(ch in line for ch in "。；;"):
            kind = "footer"  # 联系人及电话： / 教育部 李某（某司 010-…）、…: the contacts the label lists
        if kind is None and _CONTACTS_LINE.match(line.strip()) and _CONTACT.search(line):
            kind = "footer"  # 联系方式。技术支持：186…。政策咨询：…司 010-…，电子邮箱：…
        if kind is None and (label := _UNIT_CONTACT.match(line.strip())) and unit_name(label.group(1)) and _CONTACT.search(line):
            kind = "footer"  # 上海市道路运输事业发展中心：盛俊，联系电话：021—53015939，地址：…: an office's contact
        self.contacts = kind == "footer" and (self.contacts or _CONTACT_LABEL.fullmatch(line.strip()) is not None)
        if kind is None and (below := _LINE_BELOW.match(self.text, e)) \
                and (_CONTACT.search(below.group(1)) and noise_kind(below.group(1)) == "footer"
                     or _PRINTED_ON.fullmatch(below.group(1))) and unit_name(line.strip()):
            kind = "footer"  # 教育部教育管理信息中心 / 董某 010-…，邮箱：…: an office above its contact's line;
            # …综合处 / 2025年4月22日印发: the office that printed the text
        if kind is None and self.site_links and (LINK_NAME.fullmatch(line) or _LINKED_TITLE.fullmatch(line.strip())):
            kind = "link"  # 中国政府网 / … / 市发展改革委: the sites' names listed after a link to a site
        elif kind is None and FOOTER_FIELD.fullmatch(line.strip()) and (self.site_links or self.footer_next(e)):
            kind = "footer"  # …/ 主办单位：省能源局 / 地址：…: the page's footer, no unit note (or one above
            # the footer's 网站地图 / ICP备 lines)
        label = self.seen_structure and (LINKS_LABEL.fullmatch(line.strip()) is not None  # 关联文件 / …
                                         or kind == "footer" and SITE_FOOTER.search(line) is not None)  # …ICP备…
        self.site_links = (kind is not None or label) and (self.site_links or label or SITE_LINK.fullmatch(line) is not None)
        if label:
            kind = kind or "link"
        if not (kind or line in self.titles or (not front and is_boilerplate(line))):
            return False
        self.noise.drafts.append((s, e, ClauseKind.NOISE, None))
        if (kind == "attachment" and not (listed or wrapped) or closes_notice(line)) and self.seen_structure:
            self.annex()
        return True

    def seal_residue(self, s: int, e: int) -> bool:
        """Whether a short line ``text[s:e]`` (:data:`_RESIDUE`) is one of a run of such lines after a
        sentence's end that runs into the text's signature or its printing office (an office's name
        alone, a date of printing) or its end: the bits an OCR read of a seal."""
        above = _rstrip_end(self.text, 0, s, None)
        if above == 0 or self.text[above - 1] not in "。！!" and not self.residue \
                and noise_kind(self.text[self.text.rfind("\n", 0, above) + 1:above]) != "footer":  # (…。 / 联系电话：… / 能)
            return False
        at = e
        for _ in range(_RESIDUE_RUN):
            below = _LINE_BELOW.match(self.text, at)
            if below is None or not below.group(1):
                self.residue = True
                return True
            nxt = below.group(1)
            if not _RESIDUE.fullmatch(nxt) and len(nxt) <= _RESIDUE_OFFICE_MAX and unit_name(nxt) \
                    and not _PRINTED_ON.fullmatch(nxt):  # 国 / 国家能源局综合司 / 综合司 / 2025年4月1日
                at = below.end(1)
                continue
            if not _RESIDUE.fullmatch(nxt):
                self.residue = bool(_SIGNATURE.fullmatch(nxt) or _PRINTED_ON.fullmatch(nxt) or noise_kind(nxt)
                                    or unit_name(nxt) and (after := _LINE_BELOW.match(self.text, below.end(1)))
                                    and _PRINTED_ON.fullmatch(after.group(1)))
                return self.residue
            at = below.end(1)
        return False

    def annex(self) -> None:
        """An attachment line after the text (``附件1``, ``附件：1.…``) ends its last section and
        item: what follows is the attachment's own, a preamble (a classification table, a form's
        header cells are no tasks) but for its numbered items and the sentences that state a
        target or name their units."""
        self.annex_group = self.sectionless(ClauseKind.PREAMBLE)

    def sectionless(self, kind: ClauseKind) -> Group:
        """A group of the text's own after its sections (an attachment's, a closing paragraph's), in
        no section or item; its numbers start again."""
        self.section_no += 1
        self.section, self.section_kind, self.background = None, ClauseKind.OBLIGATION, False
        self.in_article = False  # (附：…规定 after a rule's last article: its （一） are items of its own)
        group = Group((f"s{self.section_no}",), kind)
        self.groups.append(group)
        self.expect = Expect(digit_items=self.expect.digit_items, row=self.expect.row and 0)
        self.section_digits = False
        return group

    def header_cell(self, s: int, e: int) -> bool:
        """A name of a header row written one name a line (:func:`~comparer.text_tables.cell_headers`)."""
        while self.headers and self.headers[0][1] < s:
            self.headers.pop(0)
        if not self.headers or not self.headers[0][0] <= s < self.headers[0][1] + 1:
            return False
        self.span(s, e, SpanKind.TABLE_HEADER)
        self.columns = self.headers[0][2]
        return True

    def row_header(self, start: int, end: int, roles: list[str | None], spaced: bool) -> None:
        """A header row glued into the prose (:func:`~comparer.glued_tables.prose_headers`): the
        items below are its rows, their unit cells glued to their text at the end or after the
        title, as the header orders its columns."""
        self.span(start, end, SpanKind.TABLE_HEADER)
        self.columns = roles
        units = [k for k, r in enumerate(roles) if r in ("lead", "responsible")]
        last_text = max((k for k, r in enumerate(roles) if r in ("task", "detail")), default=-1)
        self.row_units = "tail" if last_text < units[0] else "middle"
        self.lead_columns = "lead" in roles and "responsible" in roles
        self.lead_only = "lead" in roles and "responsible" not in roles  # 主要责任处室 alone
        self.spaced_cells = spaced
        if self.expect.row is None:  # (a header printed again on the next page: the rows go on)
            self.expect.row = 0

    def row_deadline(self, s: int, e: int) -> int:
        """Below a glued header with a deadline column after the units, the deadline cell closing a
        row (``… 医改办、社会事业局 2015年12月``): recorded; return where the units before it end."""
        units = [k for k, r in enumerate(self.columns) if r in ("lead", "responsible")]
        if not units or "deadline" not in self.columns[units[-1]:]:
            return e
        gap = last_space(self.text, s, e)
        when = deadline_cell(self.text[gap + 1:e]) if gap > s else None
        if when is None:
            return e
        self.span(gap + 1, e, SpanKind.DEADLINE)
        self.group.set_deadline(when)
        return _rstrip_end(self.text, s, gap + 1, None)

    def row_cells(self, s: int, e: int) -> tuple[int, int, int, list[tuple[str, ...]]] | None:
        """A flattened row's title, unit cells and text: one space apart (:func:`_spaced_cells`), or,
        below a glued header that puts the units after the task, glued to them."""
        cells = _spaced_cells(self.text, s, e)
        if cells is None and self.row_units == "middle":
            cells = middle_units(self.text, s, e, bool(self.lead_columns))
        return cells

    def cell_line(self, s: int, e: int) -> bool:
        """Below such a header, a line holding nothing but units or a deadline: the cell of its
        column for the task above (the k-th unit line fills the k-th column of units)."""
        if not self.columns or self.row_units or self.group.key == ("0",) or not self.group.drafts:
            return False  # (below a glued header a row's units are in its own piece: row_cells)
        line = self.text[s:e]
        units = unit_cell(line) if any(r in ("lead", "responsible", "units") for r in self.columns) else None
        if units is not None:
            columns = [r for r in self.columns if r in ("lead", "responsible", "units")]
            role = columns[min(self.cells_below, len(columns) - 1)]
            self.cells_below += 1
            self.span(s, e, SpanKind.UNITS if role != "units" else SpanKind.NOTE)
            if role != "units":
                self.group.add_units("牵头" if role == "lead" else "责任单位", units)
        elif "deadline" in self.columns and (deadline := deadline_cell(line)):
            self.span(s, e, SpanKind.DEADLINE)
            self.group.set_deadline(deadline)
        else:
            return False
        self.row_closed = True
        return True

    def annex_row(self, s: int, e: int) -> bool:
        """In an attachment of targets by place (``街镇 | 目标任务``), a line naming a town or a body
        alone (``罗店镇``): the unit the targets below it are set for, up to the next such line."""
        if not self.annex_tasks or self.group is not self.annex_group:
            return False
        line = self.text[s:e]
        names = unit_cell(line) or ((line,) if _PLACE_ROW.fullmatch(line) else None)
        below = _LINE_BELOW.match(self.text, e)
        if not names or not below or below.group(1)[-1:] not in tuple("。！；;"):
            return False  # (a row of figures below a place's name: a table's cells, no task)
        self.group.new_scope(own=True)  # (its own: not the caption's nor the header cells')
        self.span(s, e, SpanKind.UNITS)
        self.group.add_units("责任单位", names)
        return True

    def footer_next(self, e: int) -> bool:
        """Whether the line after the one ending at ``e`` is a site's footer line (网站地图, …ICP备…)."""
        nxt = self.text[e:e + _FOOTER_LOOK].lstrip().split("\n", 1)[0]
        return bool(nxt) and SITE_FOOTER.search(nxt) is not None

    def units_line(self, s: int, e: int) -> bool:
        field = _DEADLINE_FIELD.match(self.text, s, e)  # 完成期限：5月25日前牵头单位：…责任单位：…
        m = _UNITS_LINE.match(self.text, field.end() if field else s, e)
        if self.group.key != ("0",) and not m and _led_line(self.text[s:e]):
            self.span(s, e, SpanKind.UNITS)  # 市发改委牵头落实, below the task it names
            self.add_led(self.text[s:e].rstrip("。；;"), closes=True)
            return True
        if not m or self.group.key == ("0",):
            return False
        self.span(s, e, SpanKind.UNITS)
        if field:
            self.group.set_deadline(field.group("when"))
        note = self.text[field.end() if field else s:e]
        self.add_note(note)
        if self.numbered_units:
            self.numbered_units = False
            pairs = self.note_roles(note)
            for group in self.groups:
                if group.section is self.section and group is not self.group and group.item is not None \
                        and not (group.lead or group.responsible):
                    for role, units in pairs:
                        group.add_units(role, units)
        if self.text[e - 1] not in TERMINATED or _QUOTA_END.search(self.text, s, e):
            self.open_units = (s, e)  # (…，安基处（380日）: a unit's days, the list may go on below)
        self.row_closed = True  # text below, in the same item, is another paragraph's
        return True

    def add_note(self, note: str) -> list[tuple[str, tuple[str, ...]]]:
        """The units of a note's roles, and its 完成时限 when it gives one, to the current group;
        return its ``(role, units)`` pairs."""
        self.carry_below(note)
        deadline = _DEADLINE_IN.search(note)
        if deadline:
            self.group.set_deadline(note[deadline.end():].strip(" ；;。"))
            note = note[:deadline.start()]
        elif self.group.scopes[-1].deadline is None:
            when = re.match(_NOTE_WHEN, note)  # （6月底完成，牵头考核单位：…）
            self.group.set_deadline(when.group().rstrip("，,；; ") if when else note_deadline(note))
        pairs = self.note_roles(note)
        for role, units in pairs:
            self.group.add_units(role, units)
        number = str(self.section_no)
        if self.group.item is None and self.group.key[0] == f"s{number}" and number not in self.section_units \
                and all(kind is ClauseKind.HEADING for _, _, kind, _ in self.group.drafts):
            self.section_units[number] = pairs  # 一、引进人才身份认定（负责部门：区党群工作部） （一）…: a page
            # run on one line cut the note off its heading; it holds for the section, as on the heading's line
        return pairs

    def line_start(self, at: int) -> int:
        """Where the line holding ``text[at]`` starts, looked back over at most ``_LINE_BACK`` characters
        (a page number's line is short; a longer look would not find one)."""
        k = self.text.rfind("\n", max(0, at - _LINE_BACK), at)
        return k + 1 if k >= 0 or at <= _LINE_BACK else -1

    def carry_below(self, note: str) -> None:
        """A note's remark that names the units of every item below it (``…按职责分工负责。以下均需各区政府、
        北京经济技术开发区管委会负责，不再列出``): they are carried to each item that follows."""
        m = _ALL_BELOW.search(note)
        units = parse_units(m.group(1)) if m else ()
        if units and all(unit_name(u) for u in units):
            self.carried = [("责任单位", units)]

    def carry_to(self, group: Group) -> None:
        """The units a note above carries to every item below (:meth:`carry_below`), and those of a unit's label
        above it (:meth:`label_line`), to ``group``."""
        for role, units in self.carried:
            group.add_units(role, units)
        if self.labelled_units:  # the item's own (an item that runs on into the next label's text, （七）提供…服务 /
            group.add_units("负责", self.labelled_units)  # 区环境监测站：…, gives that text none of them)
            group.scopes[0].own = True
            self.label_open = False

    def note_roles(self, note: str) -> list[tuple[str, tuple[str, ...]]]:
        """The ``(role, units)`` pairs of a note with role keys, under the rule stated in it or in
        a note above with 下同 of which units lead: its first unit (``列第一位的为牵头单位``) or
        those before its first comma (``（责任单位：A、B，C、D；第一个逗号前为牵头单位，下同）``)."""
        note, leads = self.lead_rule(note)
        note, comma, onwards = comma_leads(note)
        self.comma_leads = self.comma_leads or onwards
        split = roles_before_comma(note) if comma or self.comma_leads else None
        if split:
            return split
        pairs = parse_roles(note)
        return lead_first(pairs) if leads else pairs

    def lead_rule(self, note: str) -> tuple[str, bool]:
        """``note`` without a rule that its first unit leads (``列第一位的为牵头单位，下同``), and
        whether its first unit leads: by its own rule, or by one above that said 下同 (which
        then holds for the notes below this one too)."""
        note, rule, onwards = first_leads(note)
        if not rule and _RULE_SENTENCE.search(note):  # …。一项任务涉及多个部门的，原则上由排名首位的
            rule = onwards = True  # 部门牵头负责: a general rule, for this note and the notes below
        leads = rule or self.first_leads
        self.first_leads = self.first_leads or onwards
        return note, leads

    def add_led(self, note: str, closes: bool) -> None:
        """The units of a note that names them by verb (``县司法局牵头，各乡镇配合``); one that
        closes a sentence ends the sentences it is about (``…信息。（市规划委负责落实）推进…``)."""
        self.carry_below(note)
        note, leads = self.lead_rule(note)  # （A、B等负责，列第一位者为牵头单位，下同）
        pairs = led_note(note) or []
        for role, units in lead_first(pairs) if leads else pairs:
            self.group.add_units(role, units)
        if self.group.scopes[-1].deadline is None:
            self.group.set_deadline(note_deadline(note))
        if closes:
            self.group.new_scope()

    def units_continued(self, units: tuple[int, int], s: int, e: int) -> bool:
        """A short line right below an unfinished unit line (a wrapped PDF line) finishes it."""
        line = self.text[s:e]
        if (len(line) > _WRAPPED_UNIT_MAX or line[-1] not in _UNIT_ENDS and not (line[-1] in "）)" and unit_cell(line))
                or _UNITS_LINE.match(line)
                or _SIGNATURE.fullmatch(line) or noise_kind(line) or line in self.titles
                or any(p.match(line) for p in (_SECTION, _ITEM, _SUBITEM))):
            return False
        start, end = units
        for role, names in parse_roles(self.text[start:end]):
            self.group.drop_units(role, names)
        self.span(s, e, SpanKind.UNITS)
        above = self.text[start:_rstrip_end(self.text, start, s, None)]
        joined = above + ("" if above[-1:] in "、，,；;" else "，") + line  # …安基处（380日） / 危化处…: a list
        for role, names in parse_roles(joined if _QUOTA_END.search(above) else self.text[start:e]):
            self.group.add_units(role, names)
        self.open_units = (start, e)
        return True

    def deadline_line(self, s: int, e: int) -> bool:
        m = _DEADLINE_LINE.match(self.text, s, e)
        if not m:
            return False
        self.span(s, e, SpanKind.DEADLINE)
        self.group.set_deadline(self.text[m.end():e].strip())
        return True

    def section_line(self, s: int, e: int) -> bool:
        m = _SECTION.match(self.text, s, e) or _SECTION_COMMA.match(self.text, s, e) \
            or _ARTICLE.match(self.text, s, e) or _CHAPTER.match(self.text, s, e) or self.digit_section(s, e) \
            or (_CHAPTER_PART.match(self.text, s, e) if self.chapter() else None)
        if not m and (alone := _CHAPTER_ALONE.match(self.text, s, e)) \
                and (below := _TITLE_BELOW.match(self.text, e)) and _starts_structure(self.text, below.end()):
            return self.chapter_alone(s, e, int(cn_to_int(alone.group(1))), alone.group(1), below)
        if m and m.re is _SECTION and self.text[_rstrip_end(self.text, s, e, None) - 1] in "、，," \
                and s > 0 and self.text[_rstrip_end(self.text, 0, s, None) - 1] not in TERMINATED:
            m = None  # …保障电力市场的统⏎一、开放、⏎竞争…: a sentence wrapped before 一、, no section
        if m and m.re is _SECTION_COMMA and cn_to_int(m.group(1)) != (self.expect.section or 0) + 1:
            m = None  # 五，建立信息平台 after section 四: a comma for 、; 一，二，三 in a sentence: no section
        if m and m.re is _ARTICLE and self.article and cn_to_int(m.group(1)) == self.article + 1:
            m = None  # 第八条 贷款利率 after 第七条 …: an article of the run titled by its line, no section
        if not m or m.end() >= e:
            return False
        if m.re is _CHAPTER:
            self.chapter_line(cn_to_int(m.group(1)))
        chapter = self.chapter() if m.re is _CHAPTER_PART else None  # 第一节 赔偿范围: inside its chapter
        group = self.open_section(s, m.end(), cn_to_int(m.group(1)) if chapter is None else None)
        end = run_in_end(self.text, m.end(), e)
        if m.re is _DIGIT_SECTION_SPACED:  # 2 启动条件 出现下列…: the title, a space, the text
            end = _SPACED_TITLE.match(self.text, m.end(), e).end(1)
        part = _PART_TITLE.match(self.text, m.end(), end) if end == e else None
        if part and part.group("dated") and not re.search(r"[，,。]", self.text[part.end():e]):
            part = None  # 一、整治时间2024年3月—6月: the date is the title's
        if part:  # 一、工作目标严格落实…: the title ends before its text
            end = part.end()
        elif end == e and (named := _NAME_TWICE.match(self.text, m.end(), e)) and unit_name(named.group(1)):
            end = named.end(1)  # 一、片区管理局片区管理局建立…: a part of one unit's duties, its first
            # sentence run on after its title
        elif end == e and (opening := _opening_after_title(self.text, m.end(), e)) is not None:
            end = opening  # 一、优化道路运输配送管理根据交通运输部的统一安排，…
        keyed = _INLINE_UNITS.search(self.text, m.end(), e) if end == e else None
        if keyed:  # 一、规范执法行为（牵头单位：县司法局，配合单位：县直各执法部门）
            self.span(keyed.start(), e, SpanKind.UNITS)
            note_text = self.text[keyed.start() + 1:_rstrip_end(self.text, keyed.start(), e) - 1]
            self.section_units[str(self.section_no)] = self.note_roles(note_text)
            end = e = keyed.start()
        note = _led_bracket(self.text, m.end(), end) if end == e else None
        title, title_end = self.heading_clause(m.end(), end if note is None else note)
        number = f"第{m.group(1)}章" if m.re is _CHAPTER else f"第{m.group(1)}节" if chapter else m.group(1)
        self.title_section(group, Heading(number, title, chapter))
        self.heading_units(title, note, e)
        self.add_body(title_end, e if note is None else note, e)
        self.open_heading = title_end == e and self.text[e - 1] not in TERMINATED
        return True

    def full_line(self, s: int, e: int) -> bool:
        """Whether the line ``text[s:e]`` fills the width the text's lines were cut at (its item's
        first line, no title: ``（六）上海电力交易中心负责提供绿电交易市场注册服`` / ``务，组织开展…``)."""
        return self.wrap_width is not None and e - s >= self.wrap_width - _WRAP_SLACK

    def writer(self, sentence: str) -> list[tuple[str, tuple[str, ...]]]:
        """The issuer, where a sentence opens with it as the writer (``我委将…``, ``我部将在…``) and the
        text's title names it (``上海市住房和城乡建设管理委员会关于…``): responsible."""
        m = _WRITER.match(sentence)
        if m is None or self.issuer is None:
            return []
        name = _writer_name(self.issuer, m.group(1))
        role = "牵头" if sentence.startswith("牵头", m.end()) else "负责"  # 我局牵头推进…: it leads
        return [(role, (name,))] if name else []

    def writer_leads(self, sentence: str) -> list[tuple[str, tuple[str, ...]]]:
        """The issuer, where a sentence opens on it leading the task with others (``由我局牵头，会同…``), or
        names it after 由 as the doer of a later part (``…的，由我部责令改正``)."""
        m = _WRITER_LEADS.match(sentence) or _WRITER_BY.search(sentence)
        name = _writer_name(self.issuer, m.group(1)) if m and self.issuer else None
        return [("牵头" if m.group().endswith("牵头") else "负责", (name,))] if name else []

    def chapter_alone(self, s: int, e: int, number: int, cn: str, below: re.Match) -> bool:
        """A chapter's number alone on its line, its title on the next (``第二章`` / ``监管内容`` /
        ``第八条``): a section titled by that line, which is read with it."""
        self.chapter_line(number)
        group = self.open_section(s, e, number)
        title = below.group(1)
        group.drafts.append((below.start(1), below.end(1), ClauseKind.HEADING, None))
        self.title_section(group, Heading(f"第{cn}章", title, None))
        self.heading_units(title, None, below.end())
        self.taken_to = below.end()
        return True

    def open_section(self, s: int, marker_end: int, number: int | None) -> Group:
        """A section's group, its marker ``text[s:marker_end]`` read; ``number`` (None for a chapter's
        part) the one the next section's continues."""
        self.seen_structure = True
        self.section_digits = self.in_article = False
        self.labelled_units, self.label_open = (), False
        self.section_no += 1
        if number is not None:
            self.expect.section = number
        self.span(s, marker_end, SpanKind.MARKER)
        group = Group((f"s{self.section_no}",), self.section_kind)
        self.groups.append(group)
        return group

    def title_section(self, group: Group, heading: Heading) -> None:
        """A section's heading, and what its title says its sentences are (a plan, a review, targets)."""
        self.section = group.section = heading
        self.section_kind = group.kind = _section_kind(heading.title, self.report, self.planning)
        self.planning = self.planning or self.report and self.section_kind is ClauseKind.OBLIGATION
        self.background = not self.report and _is_background(heading.title)  # its figures are no targets

    def chapter_line(self, number: int) -> None:
        """A chapter's line: where chapter 一 comes again before any article, the chapters read so far
        were the text's table of contents (``目录`` / ``第一章 总则`` … ``第十八章 附则`` / ``第一章 总则`` /
        ``第一条 …``): their headings are noise."""
        if number == 1 and self.chapters_seen >= 2 and not self.article:
            for group in self.groups[self.chapter_first:]:
                group.drafts[:] = [(a, b, ClauseKind.NOISE if k is ClauseKind.HEADING else k, r)
                                   for a, b, k, r in group.drafts]
            self.chapters_seen = 0
        if number == 1 and not self.chapters_seen:
            self.chapter_first = len(self.groups)
        self.chapters_seen += 1

    def chapter(self) -> Heading | None:
        """The chapter the text is in (``第二章 行政赔偿``), where its sections are chapters or their parts."""
        section = self.section
        if section is not None and section.parent is not None:
            section = section.parent
        return section if section is not None and section.number.startswith("第") and section.number.endswith("章") else None

    def digit_section(self, s: int, e: int) -> re.Match[str] | None:
        """A clause of a standard or a rule of practice, numbered in digits and titled on a line of its
        own (``1 规程目的`` … ``2 适用范围``): a section, where the text has no other sections, the
        numbers run on from 1 and the next one follows further down."""
        m = _DIGIT_SECTION.match(self.text, s, e) or (_DIGIT_SECTION_TIGHT.match(self.text, s, e)
                                                      or _DIGIT_SECTION_SPACED.match(self.text, s, e) if self.digit_sections else None)
        if m is not None and int(m.group(1)) == 1 and self.digit_sections > 1 and not self.digit_text \
                and self.digit_first is not None:
            self.contents_read()  # 目录 / 1 总则 / 1.1 … / 7 附则 / 1 总则: the contents, then the text
        if m is None or int(m.group(1)) != self.digit_sections + 1 or self.section_no != self.digit_sections:
            return None
        if self.digit_sections == 0 and not self.contents_seen \
                and not _SECOND_DIGIT_SECTION.search(self.text[e:e + _DIGIT_SECTION_REACH]):
            return None  # 1 … with no 2 … below: a number, no clause of a standard
        if self.digit_sections == 0 and self.digit_first is None and not self.digit_text:
            self.digit_first = len(self.groups)  # where the digit sections (maybe a table of contents) begin
        self.digit_sections += 1
        self.expect.decimal = (self.digit_sections,)
        return m

    def contents_read(self) -> None:
        """The digit sections and decimal items read so far held no text: they were the text's table of
        contents. Their headings are noise, and the sections start again."""
        for group in self.groups[self.digit_first or 0:]:  # (once: the contents come first)
            if group.key[0].startswith("s") or group.item is not None:
                group.drafts[:] = [(a, b, ClauseKind.NOISE if k is ClauseKind.HEADING else k, r)
                                   for a, b, k, r in group.drafts]
        self.digit_sections = self.section_no = 0
        self.digit_first = None
        self.expect.decimal = ()
        self.contents_seen = True  # (the text's sections follow: no second one looked for below the first)

    def decimal_item(self, s: int, e: int) -> bool:
        """A decimal clause of a standard or a plan numbered as one (``1.1　编制目的及依据``, ``2.1.1
        国家粮食应急工作指挥部职责``) under its digit section (``1　总则``): an item numbered so, titled by
        its line."""
        m = _DECIMAL_ITEM.match(self.text, s, e) or _DECIMAL_RUN_IN.match(self.text, s, e)
        if m is None or not self.digit_sections or int(m.group(2)) != self.digit_sections:
            return False
        number = m.group(1)
        run_in = m.re is _DECIMAL_RUN_IN and re.search(r"[。，,；;：:]", self.text[m.end():e]) is not None
        self.seen_structure = True
        self.span(s, m.end(), SpanKind.MARKER)
        group = Group((str(self.section_no), number), self.section_kind, self.section)
        self.groups.append(group)
        self.carry_to(group)
        self.expect.item, self.expect.digit, self.expect.digit_form = 0, 0, None
        self.expect.decimal = decimal_parts(number)
        spaced = _SPACED_TITLE.match(self.text, m.end(), e) if run_in else None
        if spaced:  # 1.1 编制目的 为建立…。: a title, a space and the text, on a page run on one line
            title_end = spaced.end(1)
            group.item = Heading(number, self.text[m.end():title_end])
            self.group.drafts.append((m.end(), title_end, ClauseKind.HEADING, None))
            self.add_body(spaced.end(), e, e)
            return True
        if run_in:  # 1.1本导则为…编制而成。: the item's text, titled by its first words
            group.item = Heading(number, first_words(self.text[m.end():e]))
            self.add_body(m.end(), e, e)
            return True
        title, title_end = self.heading_clause(m.end(), e)
        group.item = Heading(number, title)
        self.add_body(title_end, e, e)
        return True

    def standing_notes(self) -> None:
        """Where a note says its unit does every task below (``以下均需区市场监管局落实，…不再单独列出``): that unit
        is responsible for each task after the note, beside the task's own units."""
        for m in _STANDING.finditer(self.text):
            units = tuple(u for u in parse_units(m.group(1)) if unit_name(u) or general_unit(u))
            for group in self.groups if units else ():
                for i, (start, _, kind, _) in enumerate(group.drafts):  # each task after the note, as units it
                    if start >= m.end() and kind is not ClauseKind.HEADING:  # calls in (its own units beside them)
                        group.called[i] = group.called.get(i, ()) + tuple(u for u in units if u not in group.called.get(i, ()))

    def closing_notes(self) -> None:
        """Where every note that is a line of its own closes a section (``（二）降低…。⏎（责任部门：
        人行…）⏎三、…``: after its last item, none after the others), the notes are the sections':
        their units hold for the section's items without units of their own, as a heading's do."""
        if len(self.line_notes) < _CLOSING_NOTES_MIN:
            return
        order = {id(g): i for i, g in enumerate(self.groups)}
        following: list[Group | None] = [None] * len(self.groups)  # the next group with text
        nxt = None
        for i in range(len(self.groups) - 1, -1, -1):
            following[i] = nxt
            if self.groups[i].drafts:
                nxt = self.groups[i]
        closing = []
        for group, at, pairs in self.line_notes:
            i = order.get(id(group))
            if i is None or not pairs:
                return
            after = following[i]
            if after is not None and after.section is group.section:
                return  # an item of the section follows: the notes are their items'
            if not any(start >= at for start, *_ in group.drafts):  # (not a paragraph's, text after it)
                closing.append((group, pairs))
        if len(closing) < _CLOSING_NOTES_MIN:
            return
        items: dict[int, list[Group]] = {}
        for g in self.groups:
            if g.item is not None:
                items.setdefault(id(g.section), []).append(g)
        for group, pairs in closing:
            section = items.get(id(group.section), [])
            number = group.key[0].lstrip("s")
            if group.item is not None and len(section) > 1 and number not in self.section_units \
                    and not any(g.lead or g.responsible for g in section if g is not group):
                self.section_units[number] = pairs

    def heading_units(self, title: str, note: int | None, e: int) -> None:
        """The units a section heading names (``强化科技创新（区科技局牵头）``, ``县示范区管委会牵头工作``):
        they hold for the section's clauses that have no note of their own (:meth:`run`)."""
        if note is not None:
            self.span(note, e, SpanKind.UNITS)
            close = self.text[note:_rstrip_end(self.text, note, e)]
            self.section_units[str(self.section_no)] = led_note(close[1:-1]) or []
            return
        m = _LEADS_WORK.match(title)
        if m and m.group(1)[-1] in _UNIT_ENDS:
            self.section_units[str(self.section_no)] = [("牵头", parse_units(m.group(1)))]
        elif not _ROLE_WORDS.search(title) and "的" not in title and (units := unit_cell(re.sub("[及和]", "、", title))) \
                and all(unit_name(u) and not _KIND_OF_BODY.fullmatch(u) for u in units) \
                and not (self.chapter() is not None and any(DOER_BODY.fullmatch(u) for u in units)):  # 二、村委员会: the
            # (not 第三章 行政处罚的实施机关, 第二章 选用机构: a kind; nor 第三章 网约车平台公司: the party a rule's chapter
            # regulates)
            self.section_units[str(self.section_no)] = [("负责", units)]  # duties of the unit it names

    def heading_continued(self, s: int, e: int) -> bool:
        """A few characters right below a section or item heading (a wrapped PDF line) finish its
        title: ``2.创建国家卫生⏎县城。`` before a unit line (a title's own full stop may end them); not in
        a text whose lines are its paragraphs (``（二）统筹发展`` / ``加强预算管理。``)."""
        line = self.text[s:e]
        if (self.paragraphs or noise_kind(line) or _SIGNATURE.fullmatch(line) or any(p.match(line) for p in _STRUCTURE)
                or _PAGE_NUMBER_ALONE.fullmatch(line)  # 第二节交易组织 / 8: a table of contents' page number
                or self.expect.row is not None and _ROW_NUMBER.match(line)  # 1 不断完善…: a glued table's row
                or label_alone(line)  # 二、内设处室主要职责 / 区土地储备中心：: a unit's label, its duties below
                or not _starts_structure(self.text, e)):
            return False
        item, start = self.group.item, self.group.drafts[-1][0]
        item_title = len(self.group.key) == 2 and item is not None  # else a section's title line
        if item_title and self.text[e - 1] not in TERMINATED \
                and any(ch in "，," for ch in self.text[start:e]):  # 2.成立“智改数转”工⏎作专班，统筹…，
            self.group.drafts.pop()  # 年内完成… (no full stop) before a unit line: one task, no title
            self.group.drafts.append((start, e, self.group.kind, None))
            self.group.item = Heading(item.number, first_words(_WHITESPACE_RUN.sub("", self.text[start:e])),
                                      item.parent)
            return True
        note = _INLINE_UNITS.search(self.text, s, e)  # …800条。（牵头单位：…）: the task's note after it
        task_end = _rstrip_end(self.text, s, note.start(), None) if note else e
        task = _WHITESPACE_RUN.sub("", self.text[start:task_end])
        rest = self.text[s:task_end]  # the line's words, less the note
        ends_one = item_title and 0 < len(rest) <= WRAPPED_TASK_MAX and rest[-1] in SENTENCE_ENDS \
            and not any(ch in TERMINATED for ch in rest[:-1]) \
            and not (modal_subject(rest) or by_subject(rest) or _EVERY_LEVEL_MODAL.match(rest))  # （二）宣传引导 /
        # 有关街道要…, 各级工商联要…: its own subject
        if ends_one and (any(ch in "，," for ch in self.text[start:s])  # the line above starts a sentence,
                         or _states_a_task(task) and not any(ch in "，," for ch in rest)):  # or it ends a
            # target's words (（二）加强信用体系建设 / 建立…机制，全年培训2次。 is a title, then a task)
            self.group.drafts.pop()  # 1.地区生产总值⏎增长6.5%左右。, 5.开展案卷评查，全年评⏎查案卷不少于
            # 150卷。: a target or a sentence wrapped, one task
            self.group.drafts.append((start, task_end, self.group.kind, None))
            self.group.item = Heading(item.number, task.rstrip("".join(TERMINATED)), item.parent)
            if note:
                self.inline_units(task_end, e)
            return True
        title = _WHITESPACE_RUN.sub("", self.text[start:e])
        if len(line) > WRAPPED_HEADING_MAX or any(ch in TERMINATED for ch in line[:-1]):
            return False
        self.group.drafts.pop()
        self.group.drafts.append((start, e, ClauseKind.HEADING, None))
        if item_title:
            self.group.item = Heading(item.number, title.rstrip("".join(TERMINATED)), item.parent)
        else:
            self.section = self.group.section = Heading(self.section.number, title)
        return True

    def item_line(self, s: int, e: int) -> bool:
        m = _ITEM.match(self.text, s, e) or (None if self.in_article else self.stage_line(s, e))
        if not m or m.end() >= e:
            return False
        number = (m.group(1) or m.group(2)).translate(UNENCLOSE)  # ㈡ is item 二
        if self.in_article:  # an article's （一）…（二）…: its points (cases, 的；, are its text)
            self.span(s, m.end(), SpanKind.MARKER)
            self.group.open_point(number)
            self.add_body(m.end(), e, e)
            return True
        self.stage = (self.section_no, cn_to_int(number)) if m.re is _STAGE else None
        self.section_digits = False
        self.expect.item, self.expect.digit, self.expect.digit_form = cn_to_int(number), 0, None
        self.start_item(s, m.end(), e, number)
        return True

    def article_line(self, s: int, e: int) -> bool:
        """An article of rules (``第五条 县教育局负责…``), numbered on from the last: an item of the
        chapter it is in, titled by its first words; its text the item's."""
        titled = _ARTICLE_TITLED.match(self.text, s, e)  # 第一条（目的依据）, 第一条【总体目标】…: its title in brackets
        alone = None if titled else _ARTICLE_ALONE.match(self.text, s, e)  # 第一条 / 为了…: its text below
        m = titled or alone or _ARTICLE_ITEM.match(self.text, s, e)
        number = cn_to_int(m.group(1)) if m else 0
        skipped = number == self.article + 2 > 3 and not _CITED_AFTER.match(self.text, m.end(), e) \
            and self.text[_rstrip_end(self.text, 0, s, None) - 1:][:1] in TERMINATED  # 第二十五条…。 / 第二十七条…: an
        # article whose number an OCR lost (第二十六条) between them
        if not m or m.end() >= e and not (titled or alone) or number not in (self.article + 1, 1) and not skipped:
            return False
        self.article = self.expect.article = number
        self.seen_structure, self.section_digits, self.in_article = True, False, True
        self.expect.item, self.expect.digit, self.expect.digit_form = 0, 0, None
        label = f"第{m.group(1)}条"
        group = Group((str(self.section_no), label), self.section_kind, self.section)
        self.groups.append(group)
        self.carry_to(group)
        if alone:  # titled by the first words of its text on the lines below
            self.span(s, e, SpanKind.MARKER)
            below = self.text[e:e + _ARTICLE_BELOW].strip().split("\n", 1)[0]
            group.item = Heading(label, first_words(below).rstrip("：:") if below else "")
            return True
        if titled:  # the title a heading, the text after it (or on the next lines) the item's
            opens = _TITLE_OPENS.search(self.text, s, titled.start(2)).start()
            closes = _TITLE_CLOSES.search(self.text, titled.end(2)).end()
            self.span(s, opens, SpanKind.MARKER)
            group.drafts.append((opens, closes, ClauseKind.HEADING, None))
            group.item = Heading(label, titled.group(2))
            if m.end() < e:
                self.add_body(m.end(), self.inline_units(m.end(), e), e)
            return True
        self.span(s, m.end(), SpanKind.MARKER)
        if _ARTICLE.match(self.text, s, e):  # 第八条 贷款利率: its title alone, its text below
            title, _ = self.heading_clause(m.end(), e)
            group.item = Heading(label, title)
            return True
        body_end = self.inline_units(m.end(), e)
        group.item = Heading(label, first_words(self.text[m.end():body_end]).rstrip("：:"))
        self.add_body(m.end(), body_end, e)
        return True

    def stage_line(self, s: int, e: int) -> re.Match[str] | None:
        """A stage line that is an item: the first where the section has no item yet, and the
        next stage after it (a stage inside a numbered item stays its text)."""
        m = _STAGE.match(self.text, s, e)
        if m is None:
            return None
        number = cn_to_int(m.group(1))
        if number == 1:
            return m if self.group.item is None else None
        return m if self.stage == (self.section_no, number - 1) else None

    def start_item(self, s: int, body: int, e: int, number: str) -> None:
        """An item numbered ``number``: its marker ``text[s:body]``, then its title and body."""
        self.seen_structure, self.circled = True, 0
        self.span(s, body, SpanKind.MARKER)
        group = Group((str(self.section_no), str(cn_to_int(number))), self.section_kind,
                       self.section, sub_run=self.expect.sub_run)
        self.groups.append(group)
        self.carry_to(group)
        body_end = self.inline_units(body, e)
        if body_end == e:
            body_end = self.duty_units(body, e)
        text_start = body
        first = next(iter(split_sentences(self.text, body, body_end)), (body, body_end))[1]
        body, _ = self.by_units(body, first, labels=False)  # （三）由县疾控中心承办，县教育局协办。…: its
        # first sentence's (a later one's 专项资金管理办法由X会同Y制定 is that sentence's)
        # (an item titled by its unit, （一）农业部门：…, keeps that title: label_units)
        cells = self.row_cells(body, body_end)  # 4.推动…监管 政策法规处 各有关处室 要制定…
        run_in = cells[0] if cells else run_in_title_end(self.text, body, body_end)  # （一）推行执法公示 各执法…
        dated = _DATED_TITLE.match(self.text, body, body_end) if run_in == body_end else None
        run_in = dated.end() if dated else run_in  # 第二阶段：集中整治（4月1日—5月31日）各街道要…
        if run_in == body_end:  # （一）建立健全自我审查机制区直各单位应建立…: the title runs into its
            run_in = _opening_after_title(self.text, body, body_end) or run_in  # first sentence
        title, title_end = self.heading_clause(body, run_in)
        if not self.report and self.section_kind is ClauseKind.PREAMBLE and not _REMEDY.search(title):
            # 一、发展基础 / （一）已取得的发展成就: what was done; （二）存在的困难和挑战: what stands in the way
            group.kind = ClauseKind.ACHIEVEMENT if _PLAN_REVIEW.search(title) else ClauseKind.PROBLEM \
                if _ITEM_PROBLEM.search(title) else group.kind
        if cells:
            title_end = self.cell_units(*cells[1:])
        if title_end == body_end > body and (
                len(title) > SUBTITLE_MAX and any(ch in title for ch in "，,") or title.endswith(("，", ","))
                or body_end == e and self.text[e - 1] not in TERMINATED
                and (body > text_start or _unclosed(title) or self.full_line(s, e))):  # 2.成立“智改数⏎转”工作专班…: wrapped
            group.drafts.pop()  # 2.成立工作专班，统筹推进…，年内完成… (no full stop): a task, no title;
            title, title_end = "", body  # 3.由X承办，Y协办。全年⏎完成…: a task's start the next line goes on
            # (…应选用自承式光缆，4.…: a point ended by a comma where a full stop was meant, no title)
        group.item = Heading(number, title or first_words(self.text[body:body_end]))
        if title and title_end == body_end and self._after_element(group):  # （五）…的；（六）其他…的。: the
            s0, e0, _, row = group.drafts.pop()  # list's last element, no title of the sentences below
            group.drafts.append((s0, e0, group.kind, row))
        self.label_units(title, title_end)
        if title and title_end < body_end and (_states_a_task(title) or self.columns):  # （一）全年培训不少于40学时。…;
            # below a header of task and unit columns (a ledger) an item's text is all tasks
            s0, e0, _, row = group.drafts.pop()
            group.drafts.append((s0, e0, group.kind, row))
        self.add_body(title_end, body_end, e)
        self.open_heading = bool(title) and title_end == body_end == e and self.text[e - 1] not in TERMINATED

    def _after_element(self, group: Group) -> bool:
        """Whether the item before ``group`` was an enumeration's element, one sentence ending in ；
        (``（五）当事人有证据足以证明没有主观过错的；``), and ``group``'s title ends the enumeration."""
        prev = self.groups[-2] if len(self.groups) > 1 and self.groups[-1] is group else None
        if prev is None or prev.item is None or len(prev.drafts) != 1 or not group.drafts:
            return False
        s0, e0 = group.drafts[-1][:2]
        return self.text[prev.drafts[0][0]:prev.drafts[0][1]].rstrip().endswith(("；", ";")) \
            and self.text[s0:e0].rstrip().endswith("。")

    def cell_units(self, start: int, end: int, cells: list[tuple[str, ...]]) -> int:
        """The unit cells of a flattened table row between its title and its text: under a header
        with a lead and another unit column, the first cell leads when there are two or more
        (empty cells leave no trace); return where the row's text begins."""
        self.span(start, end, SpanKind.UNITS)
        if self.lead_columns is None:
            self.lead_columns = _LEAD_THEN_OTHER.search(self.text) is not None
        for k, names in enumerate(cells):
            if names:  # an empty cell (no second column's units) leaves no trace
                lead = k == 0 and (len(cells) > 1 and self.lead_columns or self.lead_only)
                self.group.add_units("牵头" if lead else "责任单位", names)
        return end

    def label_units(self, title: str, body: int) -> None:
        """An item titled by a unit's duties (``（七）卫生部门职责、任务``), by a unit under a
        section of duties (``三、职责分工`` / ``（一）县农业农村局：负责…``), or by a unit's label
        before a duty's verb anywhere (``（1）农业农村处：负责…``): that unit is the item's,
        leading when the duties at ``body`` open so (``（一）区环保局：牵头负责…``)."""
        duties = _UNIT_DUTIES.fullmatch(title.rstrip("：:。"))
        if duties and _NO_UNIT.fullmatch(duties.group(1)):
            duties = None  # （二）部门职责: the duties of the units named below
        labelled = self.text[_rstrip_end(self.text, 0, body, WHITESPACE) - 1] in "：:" \
            and _DUTY_VERB.match(self.text, body)  # （1）农业农村处：负责…
        if duties is None and not (self.under_duties(self.section) or labelled):
            return
        units = unit_cell(duties.group(1) if duties else title.rstrip("：:。"))
        if units and not all(_NO_UNIT.fullmatch(u) for u in units):  # （三）成员单位: the members
            self.group.add_units("牵头" if _LEADING_DUTIES.match(self.text, body) else "责任单位", units)

    def under_duties(self, *headings: Heading | None) -> bool:
        """Whether one of ``headings`` titles the units' duties (``三、职责分工``, ``（二）部门职责``)."""
        return any(h is not None and _DUTIES.search(h.title) for h in headings)

    def point_label(self, s: int, e: int) -> bool:
        """A point under a heading of duties whose first sentence names units alone
        (``（二）部门职责 1.区旅游文体局、旅游文化中心。指导景区…``): those units are the point's.
        Whether it named them."""
        if not self.under_duties(self.section, self.group.item):
            return False
        end = next((k for k in range(s, e) if self.text[k] in "。：:"), None)
        units = unit_cell(self.text[s:end]) if end is not None else None
        if units and not any(_NO_UNIT.fullmatch(u) for u in units):  # 1.牵头单位。…: a role
            self.group.add_units("牵头" if _LEADING_DUTIES.match(self.text, end + 1) else "责任单位", units)
            return True
        return False

    def label_line(self, s: int, e: int) -> bool:
        """A unit's label alone on its line, its duties below (``土地利用处：`` / ``编制并组织实施…；…``): the
        units of the text below, up to the next label or section, and of the items there."""
        units = label_alone(self.text[s:e]) if self.group.key != ("0",) and self.group.kind is not ClauseKind.PREAMBLE \
            else None  # (上海市生态环境局： above a form's 本人/本单位承诺…: its addressee)
        if not units:
            return False
        self.span(s, e, SpanKind.UNITS)
        self.labelled_units, self.label_open = units, True
        return True

    def label_text(self) -> None:
        """The first text below a unit's label alone (:meth:`label_line`): a part of the label's units opens,
        as a point's number opens one (its units no note on the sentences above)."""
        if self.label_open:
            self.label_open = False
            self.group.new_scope(own=True, point=True)
            self.group.add_units("负责", self.labelled_units)

    def inline_units(self, s: int, e: int) -> int:
        """Record a trailing （牵头单位：…；责任单位：…）, 〔…〕 or （县司法局牵头，…配合） note;
        return where the body ends."""
        if self.row_units == "tail" and len(self.group.key) > 1:  # …集中展示。区经济发展局 区直有关单位，…
            units_end = self.row_deadline(s, e)
            tail = tail_units(self.text, s, units_end, bool(self.lead_columns), self.spaced_cells)
            if tail:
                self.cell_units(tail[0], units_end, tail[1])
                return tail[0]
        m = _INLINE_UNITS.search(self.text, s, e)
        if m:
            self.span(m.start(), e, SpanKind.UNITS)
            note = self.text[m.start() + 1:e].rstrip().rstrip("。；;，,")
            pairs = self.add_note(note[:-1])  # less its closing bracket
            if opens_line(self.text, m.start()):
                self.line_notes.append((self.group, m.start(), pairs))
            before = _rstrip_end(self.text, 0, m.start(), None)  # …设施。（责任部门：A、B）: the note
            self.scope_after = before > 0 and self.text[before - 1] in _NOTE_CLOSES  # closes its paragraph
            return m.start()
        start = _led_bracket(self.text, s, e)
        if start is None:
            return self.listed_units(s, e)
        self.span(start, e, SpanKind.UNITS)
        close = self.text[start:_rstrip_end(self.text, start, e)]
        before = _rstrip_end(self.text, 0, start, None)
        self.add_led(close[1:-1], closes=False)  # the sentence it closes is added next (re-added when
        self.scope_after = before > 0 and self.text[before - 1] in _NOTE_CLOSES  # left open above)
        return start

    def listed_units(self, s: int, e: int) -> int:
        """A bracket ending ``text[s:e]`` that lists units alone under a rule that the first one
        leads, stated in it or in a note above with 下同 (``（市发改委、市财政局。排名第一的为牵头单位，
        下同）``): its units, the first leading; without a rule, a list of units that each name their
        place (``（区市场局、区大数据中心）``) is the task's; return where the body ends."""
        k = _bracket_start(self.text, s, e)
        if k is None:
            return e
        note, rule, onwards = first_leads(self.text[k + 1:_rstrip_end(self.text, s, e) - 1])
        note, comma, comma_onwards = comma_leads(note)
        by_comma, leads = comma or self.comma_leads, rule or self.first_leads
        if by_comma:  # （市交通运输局、南山区政府，市规划和自然资源局…）
            pairs = leads_before_comma(before_remark(note))
        elif leads:
            units = unit_cell(before_remark(note))
            pairs = lead_first([("责任单位", units)]) if units else None
        else:  # (not 民政养老领域1个（平潭怡馨养老服务中心）: what a count counts)
            units = None if _COUNTED.search(self.text, max(s, k - _COUNT_LOOK), k) else placed_units(note)
            pairs = [("责任单位", units)] if units else None
        if not pairs:  # a bracket of no units (（试行）): the rule state stays as it was
            return e
        leads = leads or by_comma
        self.span(k, e, SpanKind.UNITS)
        closed = not leads and any(ch in "。；;" for ch in self.text[_rstrip_end(self.text, s, e):e])
        alone = closed and not self.text[s:k].strip()  # …“一网通办”（区市场局）。: the sentence is in
        if closed:  # …跑动（区市场局）。: the units of the sentence it closes (added next) alone
            self.group.new_scope(back=1 if alone else 0)
            self.scope_after = not alone
        for role, names in pairs:
            self.group.add_units(role, names)
        if alone:
            self.group.new_scope()
        self.first_leads = self.first_leads or onwards
        self.comma_leads = self.comma_leads or comma_onwards
        before = _rstrip_end(self.text, 0, k, None)
        if before > 0 and self.text[before - 1] in SENTENCE_ENDS:
            if before > s:  # 加大…力度。（省能源局、…）: the sentence it closes is added next, in its scope
                self.scope_after = True
            else:
                self.group.new_scope()
        return k

    def duty_units(self, s: int, e: int) -> int:
        """Under a section whose title names the units' role (``重点普法内容及责任部门``), an item
        ending in a bare unit in brackets (``《…监狱法》（监狱管理局）``): that unit in the role."""
        role = _DUTY_HEADING.search(self.section.title) if self.section else None
        start = _bracket_start(self.text, s, e) if role else None
        units = parse_units(self.text[start + 1:e - 1]) if start is not None and start > s else ()
        if not units or any(u[-1] not in _DUTY_ENDS or not 3 <= len(u) <= _UNIT_MAX for u in units):
            return e
        self.span(start, e, SpanKind.UNITS)
        self.group.add_units("牵头" if "牵头" in role.group() else "责任单位", units)
        return start

    def subitem_line(self, s: int, e: int) -> bool:
        m = _SUBITEM.match(self.text, s, e)
        expect = self.expect
        if m is None and (circled := _CIRCLED_POINT.match(self.text, s, e)):
            return self.circled_point(s, circled.end(), e, circled.group(1))
        if m is None and expect.row is not None:  # 2 加快医疗资源建设 …: a glued table's row
            m = _ROW_NUMBER.match(self.text, s, e)
        if m is None and (figure := _NUMBER_BEFORE_FIGURE.match(self.text, s, e)) \
                and int(figure.group(1)) == expect.digit + 1 and expect.digit_form in (None, "dot"):
            m = figure  # 11.121人才梯队项目。 after 10.: the next point, its title opening with a figure
        if m is None:  # 11完善规范性文件定期清理制度。: a number without its dot, where 10. came before
            m = _BARE_NUMBER.match(self.text, s, e)
            if m is None or expect.item_form != "dot" or int(m.group(1)) != expect.digit + 1 \
                    or not (expect.digit_items or self.section_digits):
                return False
        if m.end() >= e:
            return False
        self.circled = 0
        if self.group.key != ("0",) and _UNITS_LINE.match(self.text, m.end(), e):
            self.span(s, m.end(), SpanKind.MARKER)  # 3.组织单位：…: a unit line that is numbered
            return self.units_line(m.end(), e)
        number, form = int(m.group(1) or m.group(2) or m.group(3)), "dot" if m.group(1) else "paren"
        if expect.row is not None and form == "dot":
            expect.row = number  # a row of a table glued into the prose
        decimal = len(self.group.key) == 2 and "." in self.group.key[1]  # （1） inside 2.1.1: its points
        if expect.digit_items and not decimal and not self.in_article \
                and (expect.item_form in (None, form) or number == 1 and len(self.group.key) == 1):  # (第二条 …：1.…: its points)
            # 1. or （1） numbers the items (a section of its own may number them the other way:
            expect.item_form, expect.digit, expect.sub = form, number, 0  # 二、（1）… 三、1．…)
            self.start_item(s, m.end(), e, str(number))
            return True
        if self.group.key == ("0",):  # a page that starts mid-list: 4、… / 5、… before any heading
            if self.seen_structure or number < 2 or _next_number(self.text, e) != (number + 1, form):
                return False
            self.section_digits = True
            expect.digit, expect.digit_form = number, form
            self.start_item(s, m.end(), e, str(number))
            return True
        points = self.section_digits and len(self.group.key) == 2 and expect.digit_form not in (None, form)
        # (二、… / 2.公开内容 / （1）部门文件；: a 1. item's （1） points, no items of the section)
        if (len(self.group.key) == 1 or self.section_digits) and not expect.digit_items and not points and (
                number == 1 or number == expect.digit + 1 and (self.section_digits or number > 2)):
            # 三、保障措施 / 17. … after 16. under 二、（四）: numbering that runs on across sections
            self.section_digits = True  # 二、主要指标 / 1. … / 2. …: the items of a section without （一）
            expect.digit, expect.digit_form = number, form
            self.start_item(s, m.end(), e, str(number))
            return True
        inside = inside_point(expect, form)
        if expect.digit_items or inside:
            expect.sub = expect.sub_run = number  # a （1） point inside a 1. item, or inside a 1. point
        else:
            expect.digit = expect.run = number
            expect.digit_form, expect.sub = form, 0
        self.span(s, m.end(), SpanKind.MARKER)
        if not (inside and self.labelled):  # 1.区交通与建设局：（1）…；（2）…: the label's points are its
            self.group.open_point(str(number), inner=inside)  # own, in its scope, and no sub-items of their own
        self.labelled = self.labelled and inside or self.point_label(m.end(), e)
        body_end = self.inline_units(m.end(), e)
        cells = self.row_cells(m.end(), body_end)  # 4.推动…监管 政策法规处 各有关处室 要制定…
        if cells:
            self.add_sentences(m.end(), cells[0])
        start = self.cell_units(*cells[1:]) if cells else m.end()
        problem = None if cells else _PROBLEM_TITLE.match(self.text, m.end(), body_end)
        if problem:  # 2.关于“风险防范意识不强”问题一是…: the problem is the point's title
            self.add_sentences(m.end(), problem.end())
            start = problem.end()
        elif not cells and m.re is _SUBITEM and (run_in := self.point_title_end(m.end(), body_end)):
            self.add_sentences(m.end(), run_in)  # 1.开展土壤环境质量详查 2017年6月底前，…: a title,
            start = run_in  # then its text
        self.add_body(start, body_end, e)
        if self.open_from is not None and body_end == e and _short_above_long(self.text, s, e, self.paragraphs):
            self.open_from = None  # 1.入学条件 / 年满六周岁的适龄儿童…：: the point's title on a line of its
            # own, no sentence wrapped (a wrapped line is full: as long as the line below it, or longer)
        return True

    def circled_point(self, s: int, body: int, e: int, number: str) -> bool:
        """A point numbered ①, ②… inside a ``1.`` or ``（1）`` point of an item (``1.入学条件`` /
        ``①寄宿学校入学`` / ``符合…``): a point of that point, numbered on from ① (not inside an
        article, a labelled point listing its parts, ``3、X、Y负责： ①…``, nor a third level of points)."""
        expect, n = self.expect, cn_to_int(number)
        if self.in_article or self.labelled or len(self.group.key) != 2 or expect.digit == 0 or expect.sub \
                or n != self.circled + 1 and n != 1 or body >= e:
            return False
        self.circled = n
        self.span(s, body, SpanKind.MARKER)
        self.group.open_point(number, inner=True)
        self.add_body(body, e, e)
        if self.open_from is not None and _short_above_long(self.text, s, e, self.paragraphs):
            self.open_from = None  # ①寄宿学校入学 / 符合…的适龄儿童，可…: the point's title on its own line
        return True

    def point_title_end(self, s: int, e: int) -> int | None:
        """Where the text of a point whose title runs into it by a space starts (``1.开展土壤环境质量
        详查 2017年6月底前，…``, as after ``1.开展…详查。``), or None: not where the title has a stop
        (``1.排查摸底。全面梳理…至2019 年 11 月…``: a space in its text), nor before a stop (``2.
        完善教师补充机制 。建立…``) or a bare label (``3.关于…问题 整改进展：``)."""
        run_in = run_in_title_end(self.text, s, e)
        if run_in == e or any(ch in _POINT_TITLE_STOPS for ch in self.text[s:run_in]):
            return None
        start = run_in + len(self.text[run_in:e]) - len(self.text[run_in:e].lstrip())
        if self.text[start] in TERMINATED or _BARE_LABEL.match(self.text, start, e):
            return None
        return start

    def signature_line(self, s: int, e: int) -> bool:
        line = self.text[s:e]
        if len(line) > TITLE_MAX or not _SIGNATURE.fullmatch(line.strip()):
            return False
        self.span(s, e, SpanKind.SIGNATURE)
        drafts = self.group.drafts
        if self.seen_structure and "日" in line and self.group.key != ("0",):  # the date signs the text:
            top = s  # 广东省科技厅 / 2015年8月14日: the line right above, a name; the names above it, one a
            for signed in reversed(self.spans[:-1]):  # (above the names already read as signing: …委员会)
                if signed.kind is not SpanKind.SIGNATURE or self.text[signed.end:top].strip():
                    break
                top = signed.start
            while drafts:  # line, where several bodies sign (市交通港口局 / 市公安局 / … / 2013年1月25日)
                start, end = drafts[-1][:2]
                issuer = self.text[start:end]
                if not issuer or self.text[end:top].strip() or issuer[-1] in TERMINATED or not _issuers(issuer):
                    break
                drafts.pop()
                self.span(start, end, SpanKind.SIGNATURE)
                top = start
            self.annex()  # what follows (a site's advert, a contact card) is no text of its last section
        return True

    def front_line(self, s: int, e: int) -> bool:
        """A short unpunctuated line before any structure is a title line."""
        line = self.text[s:e]
        if self.seen_structure or len(line) > TITLE_MAX or re.search(r"[。；;：:]", line):
            return False
        if self.group.key != ("0",):
            return False
        self.group.drafts.append((s, e, ClauseKind.TITLE, None))
        self.titles.add(line)
        return True

    def closing_line(self, s: int, e: int) -> bool:
        """A closing paragraph of the text after its last section (``本通知自印发之日起施行。``, ``本意见由
        市住建局负责解释。``, ``以上措施自…起实施。``), on a line of its own after an item: the text's own,
        under no section or item, and none of their units; after an article's text too (第十条 …。 / 本通知自…),
        not as an article's first text (第二条 适用范围 / 本办法适用于…), nor in a section of closing rules
        (``四、附则`` / ``本政策自印发之日起施行。``)."""
        if not _CLOSING.match(self.text, s, e) or not self.seen_structure \
                or not opens_line(self.text, s) or len(self.group.key) != 2 and not self.task_section() \
                or self.in_article and not self.article_said():  # (第十四条 解释部门 / 本办法由…解释。: its text)
            return False
        self.sectionless(ClauseKind.OBLIGATION)
        self.body(s, e)
        return True

    def article_doer(self) -> list[tuple[str, tuple[str, ...]]]:
        """The units the current article's last sentence with a doer named (教育厅、财政厅负责制定…。主要履行以下职责：)."""
        for sc in reversed(self.group.scopes):
            if sc.own and (sc.lead or sc.responsible):
                return [(r, tuple(u)) for r, u in (("牵头", sc.lead), ("负责", sc.responsible)) if u]
        return self.group.subjects[max(self.group.subjects)] if self.group.subjects else []

    def article_said(self) -> bool:
        """Whether the current article has a sentence of its own already (第十条 … / …。 / 本通知自…: the
        closing after it is the text's; 第二条 适用范围 / 本办法适用于…: the article's own)."""
        return any(kind is not ClauseKind.HEADING for _, _, kind, _ in self.group.drafts)

    def task_section(self) -> bool:
        """Whether the current group is a section's own text that states a task with its unit note
        (``十七、规范房地产中介市场`` / ``…。（责任部门：…）``), not a section of closing rules (``四、附则``)."""
        g = self.group
        return len(g.key) == 1 and g.key[0].startswith("s") and bool(g.lead or g.responsible) \
            and not (g.section and _CLOSING_SECTION.search(g.section.title))

    def body(self, s: int, e: int, continues: int | None = None) -> None:
        """Sentences of a text line; a line that continues an unfinished sentence joins it."""
        self.digit_text = self.digit_text or self.digit_sections > 0
        drafts = self.group.drafts
        if (continues is not None and drafts and drafts[-1][0] == continues
                and self.text.count("\n", drafts[-1][1], s) <= 1):  # no blank line between
            drafts.pop()
            s = continues
        body_end = self.inline_units(s, e)
        self.add_body(s, body_end, e)

    def table(self, table: Table, caption: list[Line]) -> None:
        self.n_tables += 1
        prefix = f"t{self.n_tables}."
        self.table_groups.extend(table_groups(self.doc, table, caption, self.spans, prefix))

    # -- result -------------------------------------------------------------------------------
    def run(self) -> Segmentation:
        next_report = _PROGRESS_STEP
        for block in _blocks(self.text, self.tables):
            if self.progress and isinstance(block, Line) and block.start >= next_report:
                self.progress(block.start, len(self.text))
                next_report = block.start + _PROGRESS_STEP
            if isinstance(block, Line):
                self.feed(block)
            else:
                self.open_from = None
                self.table(*block)
        notes = tuple(note for t in self.tables for note in t.notes)
        if not self.seen_structure and not self.tables:
            notes = ("no recognisable structure (一、 / （一） / table): fell back to sentence clauses",)
            _relabel_fallback(self.text, self.groups[0])
        else:
            _cover_tasks(self.text, self.groups[0])
        for group in self.groups:
            if group.item is not None and len(group.drafts) == 1 and group.drafts[0][2] is ClauseKind.HEADING \
                    and (group.lead or group.responsible) and group.kind is ClauseKind.OBLIGATION:
                s0, e0, _, row = group.drafts[0]  # 2.开展支部学法活动（责任单位：…）: an item of its title
                group.drafts[0] = (s0, e0, group.kind, row)  # and units alone is a task
        self.closing_notes()
        self.standing_notes()
        for group in self.groups:  # a section heading's units, for the groups no note of their own names units
            if group.noted():  # in (where only a sentence names its own doer, for its other sentences too)
                continue
            for role, units in self.section_units.get(group.key[0].lstrip("s"), ()):
                group.add_units(role, units, first=bool(group.lead or group.responsible))
        groups = self.groups + self.table_groups + ([self.noise] if self.noise.drafts else [])
        return finish(self.doc, groups, self.spans, "mixed" if self.tables else "prose",
                       notes + _cut_off_note(self.text, groups))


#: A note's remark that its unit does every task below (以下均需区市场监管局落实，…，不再单独列出).
_STANDING = re.compile(r"以下(?:各项工作|各项任务|各项)?均(?:需要?|由)([^，,。；;（()）]{2,40}?)(?:负责|落实|组织落实)"
                       r"[^（()）]{0,80}?不再(?:单独|另行|逐项)?(?:列出|列明|注明)")
_CLOSING_NOTES_MIN = 2  # notes closing sections, for a text's notes to be read as its sections'
_NOTE_CLOSES = set(SENTENCE_ENDS) | set("%％0123456789")  # …达到9%(省生态环境厅牵头)提升…: a 。 left out
#: A section heading naming its lead unit: ``县示范区管委会牵头工作（8项）``.
_LEADS_WORK = re.compile(r"(\S{2,30}?)牵头(?:负责)?的?(?:工作|任务|事项)")
_LED_LINE_MAX = 60


_DUTY_HEADING = re.compile(r"(?:责任|牵头)(?:部门|单位)")
_LEAD_THEN_OTHER = re.compile(r"牵头(?:单位|部门|处室)\s*(?:责任|配合|协办|参与)(?:单位|部门|处室|处)")
_SPACED_TITLE_MAX = 40


def _spaced_cells(text: str, s: int, e: int) -> tuple[int, int, int, list[tuple[str, ...]]] | None:
    """A flattened table row's title, unit cells and text, one space apart (``推动全面实施“双随机、
    一公开”监管 政策法规处 各有关处室 要制定并公布…``): where the title ends, where its cells start and
    end, and each cell's units; None when the text after the title is no such cells."""
    gap = GAP.search(text, s, min(e, s + _SPACED_TITLE_MAX + 1))
    if gap is None or gap.start() == s or any(ch in "。；;，,：:" for ch in text[s:gap.start()]):
        return None
    cells: list[tuple[str, ...]] = []
    k, end = gap.end(), gap.start()
    while True:
        nxt = GAP.search(text, k, e)
        names = unit_cell(text[k:nxt.start()]) if nxt else None
        if not names:
            break
        cells.append(names)
        end, k = nxt.start(), nxt.end()
    rest = text[k:e]
    if not cells or not any(ch in SENTENCE_ENDS for ch in rest) or _UNITS_LINE.match(rest):
        return None
    return gap.start(), gap.end(), end, cells


_DUTIES = re.compile(r"职责|分工|责任")  # a section whose items are the units' duties
_UNIT_DUTIES = re.compile(r"(.{2,20}?)的?(?:工作)?职责(?:[、和及]任务)?")  # 卫生部门职责、任务
_DUTY_VERB = re.compile(r"[\s\u3000]*(?:负责|牵头|配合|协助|依职责)")  # …处：负责…, …分局：依职责负责…
_LEADING_DUTIES = re.compile(r"[\s\u3000]*(?:牵头|负责牵头|负责会同)")  # 区环保局：牵头负责…: the unit leads
#: Words for units that name none: 部门 (部门职责), 各有关单位, and roles (牵头单位, 轮值单位).
_NO_UNIT = re.compile(r"(?:各|有关|相关|其他|成员)*(?:部门|单位|处室|科室|股室)|[^\W\d_]{0,2}单位")  # 处室职责
_UNIT_MAX = 30
_DUTY_ENDS = _UNIT_ENDS | set("科股")  # 人民调解科: an office of a bureau


def _unclosed(title: str) -> bool:
    """A title line that opens a quotation or bracket it does not close: a wrapped line."""
    return any(title.count(a) > title.count(b) for a, b in ("“”", "（）", "()", "《》", "‘’"))


_FULL_LINE_MIN = 16  # a printed line cut by its width holds at least this many characters (half an A4 line)
_PARAGRAPH_TITLE_MAX = 30  # a point's title on a line of its own, in a text whose lines are its paragraphs
_LINE_OF_ITS_OWN = 12  # a line below a short one holding this many characters is no title's wrapped rest
_BELOW_LOOK = 64  # how much of the line below is read to measure it (its indent and enough text)
WRAPPED_TASK_MAX = 30  # the rest of a numbered target wrapped onto the next line (a printed line's width)
#: A sentence whose subject is every level of a kind of body (各级工商联要…): no unit, but a subject.
_EVERY_LEVEL_MODAL = re.compile(r"(?:地方|全[省市县区])?各级[^，,。；;要应须]{1,12}(?:要|应当?|须|必须)")


def _part_subjects(sentence: str) -> tuple[str, ...]:
    """The bodies each part of an article's sentence after a ；names as its own subject (``…，移送有关
    部门处理；县应急管理局处理后，应当书面告知…``: the rule is one sentence, both bodies act in it)."""
    out: list[str] = []
    for part in re.split(r"[；;]", sentence)[1:]:
        for _, units in head_subject(part) or modal_subject(part) or verb_subject(part):
            out += [u for u in units if u not in out and not general_unit(u) and not _NO_NAME_START.match(u)]
    return tuple(out)


#: How a part's words open that name no body though a body's name ends them (受本级人民代表大会常务委员会领导,
#: 已被其他国家机关依法冻结的, 属于本机关其他部门受理范围的, 商请其他监察机关…, 其名下…).
_NO_NAME_START = re.compile(r"受|商请|属于|已|其|被|如|凡|对|在|由|经")


def _urged(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The units a sentence urges to do its task (:func:`~comparer.units.urged_units`), responsible."""
    units = urged_units(sentence)
    return [("负责", units)] if units else []


#: A text's closing paragraph: when it takes effect, who explains it, what it replaces.
_CLOSING = re.compile(r"(?:本(?:通知|意见|办法|方案|规定|细则|实施细则|措施|若干措施|政策|决定|工作要点|指引|规则|文件)"
                      r"(?:自|从|由|未尽|有效期|执行中|实施中|与|适用)|以上(?:措施|政策|意见|规定)(?:自|从|由)"
                      r"|(?:上级|国家|省|市)[^，,。；;]{0,6}另有(?:规定|新规定)|[^，,。；;]{0,10}可?参照本(?:措施|办法|意见|通知|方案|规定))")
# (上级文件另有规定或有新政策出台，…; 各县（市）可参照本措施制定本地政策。)
_LABEL_MAX = 8  # a title's label before its colon (“促发展”：)
_LABELLED_TITLE = re.compile(r"[ \t\u3000]*[^\s。；;，,！!？?：:\d（(]{2,20}[ \t\u3000]*")  # the title after it, to the line end
_CLOSING_SECTION = re.compile(r"附则|其他|附件|施行|实施")
_FOOTER_LOOK = 80  # how far below a footer field the site's footer line is looked for
_WRAP_BREAK = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")
_CASES = re.compile(r"情形|情况|行为|之一")  # a lead-in to a list of cases, not of duties
#: A step's label before its text (受理：…, 许可决定：…).
_STEP_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[：:](?=[\u4e00-\u9fff])")
#: A lead-in to the conditions a body sets for others (…选择符合下列条件的检测机构…：), not to its duties (as X应当具备
#: 下列条件： is to its own).
_CONDITIONS = re.compile(r"(?:下列|以下|如下)(?:基本)?条件的")
#: A sanction a point of a list of cases imposes (…的，处一万元以上…的罚款；, 予以警告).
_PUNISHES = re.compile(r"(?:^|[，,；;])(?:对[^，,；;。]{1,10}|依照[^，,；;。]{2,20})?(?:可以|可|并|还|由[^，,；;。]{2,30}?)*(?:处以?(?=[\d〇一二三四五六七八九十百千万两]|罚款|警告)|予以(?:警告|处罚)|没收|吊销|责令)")
#: A subject's lead-in to the work listed below it (X…落实如下工作：, X要做好以下几项工作：).
_LIST_OF_WORK = re.compile(r"(?:如下|以下|下列)(?:几[项点个])?(?:工作|任务|职责|事项|措施)[:：]$")
#: A lead-in to a list of what a thing holds (…的证据包括：, …的信息分为：), not of a body's duties.
_LISTS_PARTS = re.compile(r"的[^，,。；;：:]{1,16}(?:包括|分为|包含)(?:以下|下列|如下)?[^，,。；;：:]{0,6}[:：]$")
#: A sentence that opens with its writer (我委将会同…, 我部将在…, 我办将根据…).
_WRITER_LEADS = re.compile(r"由我(部|委|局|办|厅|院|中心|司)(?:负责)?牵头")
_WRITER_BY = re.compile(r"(?<=[，,])由我(部|委|局|办|厅|院|中心|司)(?=责令|负责|处理|处以|依法|予以|给予|撤销|收回|通报)")
_WRITER = re.compile(r"(?:[^，,。；;]{0,12}[，,])?我(部|委|局|办|厅|院|中心|司)(?!们|国|省|市|县|区)")
#: How each writer's word ends the issuer's name: 我委 is the 委员会 or 委 of the issuer's name, 我办 its 办公室.
_WRITER_ENDS = {"部": ("部",), "委": ("委员会", "委"), "局": ("局",), "办": ("办公室", "办公厅", "办"), "厅": ("厅",),
                "院": ("院",), "中心": ("中心",), "司": ("司",)}
_ISSUER = re.compile(r"^\s*#*\s*([^\s，,。；;《》“”>]{2,40}?)(?:关于|印发)")
_ISSUER_LINES = 20  # the lines a title is looked for in (after a page's disclaimer or metadata)
_WRITER_YEAR = re.compile(r"^\s*#*\s*([^\s，,。；;《》“”>\d]{2,40}?)\s*\d{4}\s*年")  # X局2022年工作总结
_OFFICE_END = re.compile(r"(?:局|委|委员会|办|办公室|厅|院|中心|司|部|署|政府|管委会|所|站|队)$")  # a body, no place


def _issuer(title: str | None) -> str | None:
    """The body a title names as the text's issuer (``教育部关于…``: 教育部; a report's or plan's writer
    before its year, ``平潭综合实验区农业农村局2022年工作总结…``), or None.

    >>> _issuer("平潭综合实验区农业农村局2022年工作总结及2023年工作计划"), _issuer("额敏县2025年法治政府建设工作要点")
    ('平潭综合实验区农业农村局', None)
    """
    m = _ISSUER.match(title or "") or _WRITER_YEAR.match(title or "")
    return m.group(1) if m and unit_name(m.group(1)) and _OFFICE_END.search(m.group(1)) else None


#: A page's metadata field naming the issuer (``发布单位: 上海市住房和城乡建设管理委员会``).
_ISSUING_FIELD = re.compile(r"^\s*(?:发布单位|发布机构|发文机关|发文单位|发文机构)\s*[:：]\s*([^\s，,。；;|]{2,40})\s*$", re.M)


def _issuing_body(head: str) -> str | None:
    """The issuer a page's metadata block names, where it is one unit's name; else None."""
    m = _ISSUING_FIELD.search(head)
    return m.group(1) if m and unit_name(m.group(1)) else None


def _writer_name(issuer: str, word: str) -> str | None:
    """The part of the issuer's name a writer's word stands for: ``我部`` in 教育部办公厅's text is
    教育部, ``我委`` in 上海市住房和城乡建设管理委员会's is all of it; None where no part ends so.

    >>> _writer_name("教育部办公厅", "部"), _writer_name("上海市住房和城乡建设管理委员会", "委"), _writer_name("市教育局", "委")
    ('教育部', '上海市住房和城乡建设管理委员会', None)
    """
    best = None
    for end in _WRITER_ENDS[word]:
        k = issuer.rfind(end)
        if k >= 0 and (best is None or k + len(end) > len(best)):
            best = issuer[:k + len(end)]
    return best if best and len(best) > len(word) else None


def _states_a_task(title: str) -> bool:
    """Whether an item's first sentence is a task rather than a title: it states a target
    (``全年培训不少于40学时``), says 要 (``农委、畜牧局要加强循环经济试点建设``) or 应/不得 (a rule:
    ``排水系统应采取防止水封破坏的技术措施``), amends a rule (``将第五条修改为“…”``, ``删去第十七条第一款``) or
    has its unit as its subject (``区招商局负责相关协调工作``). (A long first sentence with commas is
    still a title: ``依法依规制定行政规范性文件，加强…监督管理。``)"""
    return bool(find_targets(title) or MODAL_YAO.search(title) or RULE_MODAL.search(title)
                or AMENDMENT.match(title) or by_subject(title) or _GIVES_LEAVE.search(title))


#: A first sentence that gives leave (《通行证》可用于本市内和跨省通行。, X可以…): a rule, no title.
_GIVES_LEAVE = re.compile(r"(?<=[\u4e00-\u9fff》”])可(?:以|用于)")


def _page_line_starts(text: str) -> set[int]:
    """Where the lines of ``text`` that are page markers start (:func:`page_number_lines`)."""
    lines = text.split("\n")
    pages = page_number_lines(lines)
    if not pages:
        return set()
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return {starts[i] for i in pages}


def _charges_a_unit(sentence: str) -> bool:
    """Whether a sentence charges a named unit with a duty by its modal verb (``行政机关实施行政管理，应当
    依照法律…``, ``各地区、各部门要…``): a task, in a section of principles or requirements too."""
    return bool(_DUTY_MODAL.search(sentence) and (modal_subject(sentence) or by_subject(sentence)
                                                  or _UNIT_THEN_MODAL.match(sentence)))


_DUTY_MODAL = re.compile(r"应当|必须|要(?![点求素件闻害])|须(?!知)")
#: A unit doing something, then its duty after a comma (行政机关实施行政管理，应当依照法律…).
_UNIT_THEN_MODAL = re.compile(r"(?:各级)?[^，,。；;：:\s]{0,10}(?:机关|部门|政府|单位)[^，,。；;：:]{2,20}[，,](?:应当|必须|要)")


#: A count or a project before a bracket (…领域1个（…）, …改扩建项目（…）): the bracket names what is counted.
_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)[个项所家座处]$|项目$|工程$")
_COUNT_LOOK = 8


def _bracket_start(text: str, s: int, e: int) -> int | None:
    """Where the bracket closing ``text[s:e]`` (less trailing punctuation) opens, or None."""
    end = _rstrip_end(text, s, e) if e > s else e
    if end <= s or text[end - 1] not in _CLOSE:
        return None
    depth = 0
    for k in range(end - 1, max(s, end - NOTE_MAX - 2) - 1, -1):  # a note is short
        depth += (text[k] in _CLOSE) - (text[k] in _OPEN)
        if depth == 0:
            return k
    return None


_WRAP_SLACK = 2  # a cut line may fall short of the width by a character or two (a full-width mark moved on)
_WRAP_WIDTHS = (18, 45)  # the widths a page's lines are cut at (an A4 page holds 28 or so)
_WRAP_SHARE = 0.5  # the share of a text's lines at that width, ending in no stop, that marks it cut


_PARAGRAPH_MIN = 60  # a line longer than a printed page's (an A4 line holds 28 or so) is a paragraph
_PARAGRAPH_SHARE = 0.25  # the share of a text's lines that long that shows its lines are its paragraphs


def paragraph_lines(text: str) -> bool:
    r"""Whether ``text``'s lines are its paragraphs (a web page's, a word processor's): a quarter of its
    lines of text longer than a printed line could be, so no line of it was cut at a page's width.

    >>> paragraph_lines("1.强理论、增能力\n" + "营造浓厚氛围，" * 10 + "\n"), paragraph_lines("加强执法队伍建设，\n" * 8)
    (True, False)
    """
    lines = [line for line in map(str.strip, text.split("\n")) if len(line) > 1]
    return bool(lines) and sum(len(line) > _PARAGRAPH_MIN for line in lines) >= _PARAGRAPH_SHARE * len(lines)


def wrap_width(text: str) -> int | None:
    """The width a PDF's extraction cut ``text``'s lines at, where most of its lines (at least ten) are
    that long, give or take a character, and end in no stop; else None (a text whose lines are its
    paragraphs).

    >>> wrap_width("（一）绿色电力是指符合国家有关政策要求的风电（含\\n" * 12), wrap_width("一、总则\\n本办法自发布之日起施行。\\n")
    (24, None)
    """
    lines = [line for line in map(str.strip, text.split("\n")) if line]
    lengths = [len(line) for line in lines if len(line) >= _WRAP_WIDTHS[0] and line[-1] not in TERMINATED]
    total = len(lines)
    if len(lengths) < 10:
        return None
    counts = Counter(lengths)
    width, near = max(((w, counts[w - 1] + counts[w] + counts[w + 1]) for w in counts if w <= _WRAP_WIDTHS[1]),
                      key=lambda wn: (wn[1], wn[0]), default=(0, 0))
    return width if near >= _WRAP_SHARE * total else None


def _short_above_long(text: str, s: int, e: int, paragraphs: bool = False) -> bool:
    """Whether the line ``text[s:e]`` is too short to have been cut by a page's width (or the text's
    lines are its paragraphs, and the line a short title's) and the line below it is no short rest: a
    line of its own (``1.入学条件`` / ``年满六周岁的适龄儿童…，需满足…：``), no sentence wrapped onto the
    next line (``2.成立“智改数转”工`` / ``作专班，统筹…``).

    >>> _short_above_long("1.入学条件\\n年满六周岁的适龄儿童，需满足下列条件之一：\\n", 0, 6)
    True
    >>> _short_above_long("2.成立“智改数转”工作专班统筹\\n推进，年内完成。\\n", 0, 16)
    False
    """
    nl = e + len(text[e:e + _FULL_LINE_MIN]) - len(text[e:e + _FULL_LINE_MIN].lstrip(" \t\u3000\xa0"))
    line = text[s:e].strip()
    if len(line) >= (_PARAGRAPH_TITLE_MAX if paragraphs and line[-1:] not in "，,、；;" else _FULL_LINE_MIN) \
            or not text.startswith("\n", nl):
        return False
    below = text[nl + 1:nl + 1 + _BELOW_LOOK].split("\n", 1)[0].strip()  # (enough of it to measure)
    return len(below) >= _LINE_OF_ITS_OWN  # (加强 / 油气供应保障。: a short title wrapped)


def _starts_structure(text: str, e: int) -> bool:
    """Whether the line after ``text[:e]`` ends the text or starts a heading, item or unit line (so
    a short line before it can finish a wrapped heading, not begin a sentence: ``本`` /
    ``政策自印发之日起施行。``)."""
    nl = text.find("\n", e)
    if nl < 0:
        return True
    end = text.find("\n", nl + 1)
    nxt = text[nl + 1:end if end >= 0 else len(text)].strip()
    return not nxt or bool(noise_kind(nxt)) or any(p.match(nxt) for p in _STRUCTURE)


_NEXT_LINE = re.compile(r"\s*")  # the next line, or the next piece of a line (4、…（…） 5、…)


def _next_number(text: str, e: int) -> tuple[int, str] | None:
    """The number and form (``dot``: 5、 5. / ``paren``: （5）) that the text after ``text[:e]``
    starts with, on this line or the next non-empty one (page markers and the rest of a sentence
    wrapped onto the next lines skipped), or None."""
    m = _NEXT_LINE.match(text, e)
    k = m.end()
    if k < len(text) and text[k] in _OPEN:  # 4、…。（牵头单位：…） 5、…: past the note of the line's task
        close = close_bracket(text, k, min(len(text), k + NOTE_MAX + 2))
        m = _NEXT_LINE.match(text, close) if text[close - 1] in _CLOSE else m
    wrapped = text[e - 1] not in TERMINATED  # 4、全面推行行⏎政执法公示制度…。⏎5、…
    for _ in range(3):
        line_end = text.find("\n", m.end())
        if line_end < 0 or not (noise_kind(text[m.end():line_end]) == "page"
                                or wrapped and not _SUBITEM.match(text, m.end())):
            break
        wrapped = wrapped and text[line_end - 1] not in TERMINATED
        m = _NEXT_LINE.match(text, line_end)
    sub = _SUBITEM.match(text, m.end())
    return (int(sub.group(1) or sub.group(2) or sub.group(3)), "dot" if sub.group(1) else "paren") if sub else None


_VIEWER = re.compile(r"由会员分享|可在线阅读|页珍藏版")  # a template site's document viewer
_CHUNK = re.compile(r"^(\d{1,3})、", re.M)


def _viewer_chunks(text: str) -> dict[int, int]:
    """Where the page chunks ``1、`` ``2、`` ``3、`` … of a document viewer's copy start a line (the
    text runs on across them, mid-sentence), and where each ends: none outside such a copy."""
    if not _VIEWER.search(text, 0, 2000):
        return {}
    found, want = {}, 1
    for m in _CHUNK.finditer(text):
        if int(m.group(1)) == want:
            found[m.start()] = m.end()
            want += 1
    return found if len(found) >= 2 else {}


def _led_bracket(text: str, s: int, e: int) -> int | None:
    """Where a bracketed note naming units by verb ends ``text[s:e]`` (``（A、B牵头负责，C参加）``,
    ``〔A牵头，相关部门（单位）配合〕``), or None."""
    k = _bracket_start(text, s, e)
    end = _rstrip_end(text, s, e)
    return k if k is not None and led_note(first_leads(text[k + 1:end - 1])[0]) else None


_TRAILING = "。；;，, \t\u3000\xa0"


def _issuers(block: str) -> bool:
    """Whether ``block`` names the issuers that sign a text above its date: one name, or several
    bodies that issued it together, a space or a line apart (``沈阳市房产局      沈阳市自然资源局⏎
    国家税务总局沈阳市税务局``)."""
    names = []
    for line in block.splitlines():
        words = line.split()
        names += ["".join(words)] if len(words) > 1 and all(len(n) == 1 for n in words) else words  # 国　务　院:
        # one name, spaced out (under 国家发展改革委 too)
    return 0 < len(names) <= _ISSUERS_MAX and block.count("\n") < _ISSUERS_MAX \
        and all(len(n) <= _ISSUER_MAX and (unit_name(n) or n.endswith("中央")) for n in names)  # (共青团中央)


def _rstrip_end(text: str, s: int, e: int, chars: str | None = _TRAILING) -> int:
    """Where ``text[s:e].rstrip(chars)`` ends in ``text`` (whitespace for None), without copying
    the text before it: notes are looked for once per sentence, so a copy of ``text[:e]`` made
    segmentation quadratic in the document's length."""
    while e > s and (text[e - 1].isspace() if chars is None else text[e - 1] in chars):
        e -= 1
    return e


_OPEN, _CLOSE = "（(〔【[", "）)〕】]"


def _led_line(line: str) -> bool:
    """A short line that only names units by verb: ``市发改委牵头落实``, ``A、B分别牵头落实``."""
    line = line.strip().rstrip("。；;")
    if len(line) > _LED_LINE_MAX or any(ch in line for ch in "。：:（(〔【"):
        return False
    pairs = led_note(line)
    return bool(pairs) and all(u[-1] in _UNIT_ENDS and "由" not in u for _, units in pairs for u in units)  # (not 课题管理由中心负责: a rule)


def _cut_off_note(text: str, groups: list[Group]) -> tuple[str, ...]:
    """A note when the last obligation stops mid-sentence (a truncated copy)."""
    last = max((d for g in groups for d in g.drafts if d[2] is ClauseKind.OBLIGATION),
               default=None, key=lambda d: d[0])
    if last is None or text[last[1] - 1] in TERMINATED or text[last[1]:].strip():
        return ()
    return (f"the text ends mid-sentence: the last clause ({text[last[0]:last[1]][-20:]}) is cut off",)


def _cover_tasks(text: str, group: Group) -> None:
    """A cover notice's own demands after the sentence that issues the text it covers (``…现印发给你们，请结合实际
    认真贯彻执行。`` / ``各地各部门各校要提高政治站位…。整改方案应于2020年12月31日前报我部人事司备案。``), up to its
    signature: obligations, not a preamble."""
    issued = next((k for k, (s, e, kind, _) in enumerate(group.drafts)
                   if kind is ClauseKind.PREAMBLE and _ISSUES.search(text, s, e)), None)
    for k in range(issued + 1, len(group.drafts)) if issued is not None else ():
        s, e, kind, row = group.drafts[k]
        if kind is not ClauseKind.PREAMBLE or _SIGNED.search(text, s, e):  # (…办公室 2023年5月10日 附件…: its
            break  # signature, run into the title below on one line)
        if text[e - 1] in SENTENCE_ENDS and not is_boilerplate(text[s:e]) and not _CONTACT.search(text, s, e):
            group.drafts[k] = (s, e, ClauseKind.OBLIGATION, row)


#: The sentence of a cover notice that issues the text it covers (…，现印发给你们, 现将…印发给你们).
_ISSUES = re.compile(r"印发给你们|现予印发|现予以印发")
#: A signature's date (…办公室 2023年5月10日), not a deadline's (于2020年12月31日前报…) or a start's (自…日起).
_SIGNED = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?!\s*(?:前|以前|之前|起|至|到|—|-|~))")


def _relabel_fallback(text: str, group: Group) -> None:
    """Without structure, the text's sentences are obligations, not a preamble (notice
    boilerplate stays preamble)."""
    group.drafts = [(s, e, ClauseKind.OBLIGATION if k is ClauseKind.PREAMBLE
                     and not is_boilerplate(text[s:e]) else k, row)
                    for s, e, k, row in group.drafts]
    group.kind = ClauseKind.OBLIGATION


#: What follows the unit a sentence falls to: its modal verb, or a phrase of time or place before it.
_SUBJECT_VERB = re.compile(r"应当|应(?![诉急对用收答有届声变])|要(?![求点素件])|必须|须(?!知)|负责(?!人)|在"
                           r"|督促|会同")  # 规范并网用户自查工作各县（市、区）工信科技局督促…
_TITLE_MIN = 4
_PLACE_WORDS = {"辖区", "社区", "城区", "片区", "园区", "景区", "地区", "山区", "城市", "都市"}


def _subject_after_title(text: str, start: int, stop: int) -> int | None:
    """Where a title run into its first sentence (up to its first stop ``stop``) ends before the unit
    that sentence falls to, named from its jurisdiction or 各 (``建立健全公平竞争自我审查机制区直各单位应
    建立…``, ``严格落实审查制度县直各单位在制定…时，应当…``); None where there is no such unit."""
    for verb in _SUBJECT_VERB.finditer(text, start + _TITLE_MIN + 2, stop):
        k = name_ending(text, start + _TITLE_MIN, verb.start())
        if k is not None and text[k - 1:k + 1] in _PLACE_WORDS:
            k -= 1  # 检查时间|辖区各分局应…, not 辖|区各分局
        if k is not None and text[k - 1] not in "和及与、或由经向对让请交给同" and unit_cell(text[start:k]) is None \
                and not ("、" in text[start:k] and len(unit_cell(text[start:verb.start()]) or ()) > 1):
            # (nor 库尔勒市、尉犁|县人民政府要…: places sharing their office, one subject)
            return k  # (not …清除由|市城管局负责, 各相关医疗机构和|区医保中心要…, nor a unit twice: 片区各处室|各处室要…)
    return None


#: Words a sentence opens with that a task title does not hold inside it: a point word (一是), a
#: basis or purpose (根据, 按照, 围绕, 为进一步), an adverb of effort (切实, 充分), the writer's place or
#: office after a title naming a topic (继续教育对象|我省…, not a verb's object: 确定进入我区…), a date
#: (2024年4月), a time to come before a comma (下一步，…: a report's plans).
_SENTENCE_OPENING = re.compile(r"[一二三四五六七八九十]是|根据|按照|依据|依照|围绕|针对|为了|为进一步|切实|充分|积极"
                               r"|(?<![入清进到在对为于向和及与将把让使了动强快实升化展立持助护导的])"
                               r"我(?:省|市|区|县|州|旗|镇|乡|局|厅|委|校|院)(?!级)"
                               r"|(?:19|20)\d{2}年\d{1,2}月|(?:下一步|今后)(?=[，,])"
                               r"|以习近平|高举|到(?:19|20)\d{2}年|“十[一二三四五六]五”(?:期间|时期|以来)")  # 指导思想以习近平…,
# 发展目标到2025年，…, 发展情况“十三五”期间，… (a plan's titles run into their text where its copy lost the breaks)
_OPENING_TITLE_MAX = 30
_REPEAT_MIN = 4  # the first characters of a title that its sentence repeats to open with
_REPEATED_TITLE_MAX = 10  # a topic's title so repeated is short (继续教育对象, 见习期限及待遇)
_TITLE_VERB = re.compile(rf"{TASK_VERBS}|要|应|须|我|取得")  # a sentence's words, no topic's
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _opening_after_title(text: str, start: int, end: int) -> int | None:
    """Where a title run into its first sentence with no stop or space ends: before the sentence's
    opening word (``优化道路运输配送管理根据交通运输部的统一安排，…``, ``加快发展城乡配送一是科学规划…``,
    ``档案管理混乱2024年4月10日，制定…``, ``继续教育内容继续教育的内容有:``: the title's first words again), or
    before the unit it falls to (:func:`_subject_after_title`);
    after the problem a rectification report's item is titled by (``关于“编岗管理较混乱”问题一是…``)."""
    problem = _PROBLEM_TITLE.match(text, start, end)  # 1.关于“风险防范意识不强”问题一是召开…
    if problem:
        return problem.end()
    stop = _first_stop(text, start, end)
    if stop is None:
        return None
    k = _subject_after_title(text, start, stop)
    if k is not None:
        return k
    for m in _SENTENCE_OPENING.finditer(text, start + _TITLE_MIN, min(stop + 1, start + _OPENING_TITLE_MAX + 1)):
        if text[m.start() - 1] not in _NOT_BEFORE_OPENING \
                and not (stop - m.start() <= _OPENING_REST_MIN and text[stop:stop + 1] in "。！？!?") \
                and unit_cell(text[start:m.start()]) is None \
                and not _names_a_doer(text[start:m.start()]):  # not 各村委会要|充分发挥…, 各业务科室|按照…,
                # 电网企业|切实履行…:
            return m.start()  # a sentence already, opening with its unit
    head = text[start:start + _REPEAT_MIN]
    again = text.find(head, start + _REPEAT_MIN, min(stop, start + _REPEATED_TITLE_MAX + _REPEAT_MIN)) \
        if _HAN_WORD.fullmatch(head) else -1
    if again > 0 and text[again - 1] not in _NOT_BEFORE_OPENING and not _TITLE_VERB.search(text, start, again):
        return again  # 继续教育内容|继续教育的内容有: the sentence opens with the title's first words (not
        # 基本公共教育完善|基本公共教育制度: a verb's object)
    return None


_OPENING_REST_MIN = 4  # a sentence's opening word with no more than this before the stop ends a title
# (（一）梳理执法依据。: 依据 is the title's last word, no sentence's first)
_POINT_TITLE_STOPS = set("。；;！？!?：:")
_BARE_LABEL = re.compile(r"[^\s，,。；;：:]{2,8}[：:](?:\s|$|[一二三四五六七八九十]是)")  # 整改进展：⏎一是…

#: A rectification report's item: the problem the inspectors named, in quotation marks, as its title
#: (关于“执行选人用人程序和规定不严格”问题, 针对“…”的问题), its text run on after it.
_PROBLEM_TITLE = re.compile(r"(?:关于|针对)[^“”。；;，,\s]{0,12}“[^“”]{1,60}”的?问题(?=[^\s，,。；;：:、的）)”])")
_NOT_BEFORE_OPENING = set("要应须可将也还都并和及与等、地得的着在于求为以是当从自至到止")  # (…应当以事实为|根据: its object;
# 本办法从|2011年1月28日起施行: a date after its preposition)


def _names_a_doer(head: str) -> bool:
    """Whether ``head`` is a unit or a body a text charges (``电网企业``, ``市场运营机构``): the subject of
    the sentence that goes on after it, no title."""
    return bool(unit_name(head) or DOER_BODY.fullmatch(head))


def _first_stop(text: str, start: int, end: int) -> int | None:
    """Where the first piece of a run-in title and its sentence ends (its first punctuation, space,
    bracket or quotation mark, within a title's length), or None."""
    i, stop = start, min(end, start + TITLE_MAX + 12)
    while i < stop:
        if text[i] in _TITLE_STOPS:
            places = _SHARED_PLACES.match(text, i)  # 各县（市、区）工信科技局: the name goes on
            if places is None:
                return i
            i = places.end()
            continue
        i += 1
    return None


_SHARED_PLACES = re.compile(r"(?<=[县市区州旗])[（(][市县区州旗、]{1,7}[）)]")


_TITLE_STOPS = set("。；;，,：:！!？?（(“《") | set(WHITESPACE)


def _title_end(text: str, start: int, end: int) -> int:
    """Where an item title ends: after its first 。/：/！ within 80 characters (or a ；/; that a space
    follows, where two lines were joined: ``1.收入增长8%； 该目标责任单位为…``; not the colon after
    a stage, ``第一阶段：集中攻坚``, nor a clock time's, ``18:00前``), else the line end."""
    depth = 0
    for i in range(start, min(end, start + 80)):
        ch = text[i]
        if ch in "（(《“":
            depth += 1
        elif ch in "）)》”":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in "。：:！" or ch in "；;" and i + 1 < end and text[i + 1] in WHITESPACE) \
                and not (ch in "：:" and (_STAGE.fullmatch(text, start, i + 1)  # （一）第一阶段：集中攻坚
                                         or text[i - 1].isdigit() and text[i + 1:i + 2].isdigit()  # 18:00
                                         or i - start <= _LABEL_MAX and _LABELLED_TITLE.fullmatch(text, i + 1, end))):
            # (（一）“促发展”：优化商务商业资源: a label, then the rest of the title)
            return i + 1
    return end if end - start <= 80 else start


# -- table layout --------------------------------------------------------------------------------
def _blocks(text: str, tables: list[Table]) -> Iterator[Line | tuple[Table, list[Line]]]:
    """The lines outside ``tables`` in order, each table in its place with its caption lines; a
    line that runs into a table (a page on one line) is cut at the table's start and end."""
    lines = split_lines(text)
    i = 0
    for table in tables:
        before = []
        while i < len(lines) and lines[i].start < table.start:
            line = lines[i]
            if line.end > table.start:  # the table starts inside the line
                head = _part(text, line, line.start, table.start)
                if head is not None:
                    before.extend(_caption_apart(text, head))
                lines[i] = Line(table.start, line.end, table.start, False)
                break
            before.append(line)
            i += 1
        k = len(before)
        while k and len(before) - k < _CAPTION_LINES and _is_caption(before[k - 1].text(text)):
            k -= 1
        yield from before[:k]
        yield table, before[k:]
        while i < len(lines) and lines[i].start < table.end:
            if lines[i].end > table.end:  # the text runs on after the table on its last line
                rest = _part(text, lines[i], table.end, lines[i].end)
                if rest is not None:
                    lines[i] = rest
                    break
            i += 1
    yield from lines[i:]


def _caption_apart(text: str, line: Line) -> list[Line]:
    """The text of a line before a table that starts inside it, its caption (a short title after
    the last full stop: ``附件部门主要职责分工表``) a line of its own."""
    cut = max(text.rfind(ch, line.start, line.end) for ch in SENTENCE_ENDS) + 1
    caption = _part(text, line, cut, line.end) if cut > line.start else None
    if caption is None or not _is_caption(caption.text(text)):
        return [line]
    return [part for part in (_part(text, line, line.start, cut), caption) if part is not None]


def _part(text: str, line: Line, start: int, end: int) -> Line | None:
    """The part ``text[start:end]`` of ``line``, stripped, or None if it is blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Line(start, end, start if start > line.start else line.raw_start, line.indented and start == line.start) \
        if end > start else None


def _is_caption(line: str) -> bool:
    """A short line naming a table (附件, 表2, its title), not a heading, unit note or signature."""
    if len(line) > TITLE_MAX or re.search(r"[。；;：:]", line.rstrip("：:")):
        return False
    numbered = (_SECTION, _ITEM, _SUBITEM, _UNITS_LINE, _DEADLINE_LINE)
    return not any(p.match(line) for p in numbered) and not _SIGNATURE.fullmatch(line)


def _is_table_only(text: str, table: Table) -> bool:
    """Whether ``table`` ends the text and only title or preamble lines (no 一、/（一）, at a line's
    start or run in after a sentence: a page on one line with its table at the end) precede it."""
    return not split_lines(text[table.end:]) and not any(
        _SECTION.match(text, line.start, line.end) or _ITEM.match(text, line.start, line.end)
        for line in split_lines(text[:table.start])) and not _RUN_IN_STRUCTURE.search(text, 0, table.start)


#: A section or item marker run in after a sentence: …行动（2024—2026年）。一、总体要求（一）指导思想。
_RUN_IN_STRUCTURE = re.compile(r"[。；;！!\s][一二三四五六七八九十]{1,3}、[^、]|[。；;！!\s][（(][一二三四五六七八九十]{1,3}[）)]")


def _segment_table(doc: Document, table: Table) -> Segmentation:
    """A document that is one table: the lines above it are its title and preamble."""
    spans: list[Span] = []
    groups = table_groups(doc, table, split_lines(doc.text[:table.start]), spans, "")
    return finish(doc, groups, spans, "table", table.notes)


def segment(doc: Document, progress: Callable[[int, int], None] | None = None) -> Segmentation:
    """Cut ``doc`` into clauses and skipped spans.

    ``progress(done, total)``, if given, is called with the characters read so far every
    256 Ki characters of a long prose document.

    Examples
    --------
    >>> from comparer.model import Document
    >>> seg = segment(Document("d", "一、加强领导\\n（一）强化学习。每年不少于4次。\\n牵头单位：州司法局"))
    >>> [c.clause_id for c in seg.clauses]
    ['d/s1.0', 'd/1.0', 'd/1.1']
    >>> seg.clauses[-1].lead_units
    ('州司法局',)
    """
    tables = read_tables(doc)
    tables = sorted(tables + read_text_tables(doc, tables), key=lambda t: t.start)
    if len(tables) == 1 and _is_table_only(doc.text, tables[0]):
        return _segment_table(doc, tables[0])
    return _ProseSegmenter(doc, tables, progress).run()
