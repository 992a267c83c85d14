"""Text helpers shared by the segmenter and the table reader: lines, sentences, numerals."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: What lines and sentences are stripped of: all of ``str.isspace`` (``\r``, ``\u3000``, ``\xa0``…)
#: and the zero-width space.
WHITESPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b"
SENTENCE_ENDS = "。；;！？!?"  # where a sentence ends
_OPEN = "（(《“‘【"
_CLOSE = "）)》”’】"
#: Closing marks a sentence keeps after its end (…；” …。）).
CLOSING_MARKS = "”’）)》」』"
#: The word that numbers a point of a list in a sentence: 一是, 二是… or 一要, 二要… (``一要提高认识。``).
POINT_WORD = r"[一二三四五六七八九十]{1,2}[是要]"
_POINT = re.compile(POINT_WORD)
_CONTENT = re.compile(r"[\w\u4e00-\u9fff]")
_MAX_SENTENCE = 400
#: A year right after an item's number: ``1.2017年10月底前…`` is item 1, not the decimal 1.2017.
YEAR_AFTER_NUMBER = r"(?:19|20)\d{2}\s*年"
#: A rule's modal verb (not the 应 of 应急, 应用, 响应, 相应, 应税, 应纳…, nor the 需 of 需求, 按需).
RULE_MODAL = re.compile(r"应当|必须|不得|不予|严禁|(?<![适反响供对相感呼答回效])应(?![急用对变诉收届有声税纳缴付])"
                        r"|(?<![按所急必亟无仍还尚有])需(?![求要])")  # …项目需提供：; 有下列情形的不予支持：
#: An amending decision's item: what it changes in the rule (将第五条修改为“…”, 删去第十七条第一款, 在第七条中增加一款).
AMENDMENT = re.compile(r"将第[一二三四五六七八九十百\d]+条.{0,20}?(?:修改|调整)为|删去第|删除第|在第[一二三四五六七八九十百\d]+条.{0,12}?增加"
                       r"|增加一(?:条|款|项)")
#: A stage of a plan's steps, numbered by its words (``第二阶段：``, ``第一阶段（5月1日—5月31日）``).
STAGE = r"第([一二三四五六七八九十]{1,2})阶段(?=\s*[:：（(])"
#: How a line that is whole ends (a sentence, a bracket, a quotation, a label's colon).
TERMINATED = tuple("。；;！？!?”’）)》〕】：:")
WRAPPED_HEADING_MAX = 8  # a wrapped title's last characters on a line of their own
RUN_IN_TITLE_MAX = 30  # an item title run into its text by a space is short and has no comma
_OPEN_ENDS = set("或和及与并的对在从把将被向")  # words a title does not end with: a sentence goes on
_STRAY_REST_MAX = 10  # the last words of a sentence that a stray space set apart are few
#: Spaces inside a line: between a flattened table's cells, or where run-in text goes on.
GAP = re.compile(r"[ \t\u3000\xa0]+")
_SPACE_RUN = re.compile(r"[ \t\u3000\xa0]+(?=\S)")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
#: ㈠…㈩, enclosed ideographs some documents number their items with: ㈠ reads as （一）.
ENCLOSED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
UNENCLOSE = str.maketrans(ENCLOSED, "一二三四五六七八九十")
#: ①…⑳, circled numbers a point's own points (or an enumeration's cases) are numbered with.
CIRCLED = "".join(chr(c) for c in range(0x2460, 0x2474))


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line: offsets of its content with surrounding whitespace stripped."""

    start: int
    end: int
    raw_start: int  # where the line begins, leading whitespace included
    indented: bool  # starts with a tab

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


def opens_line(text: str, at: int) -> bool:
    """Whether only spaces stand between the line's start and ``text[at]`` (looked back over the
    spaces alone: a text with no line breaks is not searched back to its start).

    >>> opens_line("一、总则\\n  本办法自发布之日起施行。", 7), opens_line("一、总则本办法", 4)
    (True, False)
    """
    k = at - 1
    while k >= 0 and text[k] != "\n" and text[k].isspace():
        k -= 1
    return k < 0 or text[k] == "\n"


def last_space(text: str, s: int, e: int) -> int:
    """Where the last space (ASCII or ideographic) of ``text[s:e]`` is, or -1: the gap before a
    table row's last cell when the row is written on one line (``… 医改办、社会事业局 2015年12月``)."""
    return max(text.rfind(" ", s, e), text.rfind("\u3000", s, e))


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with stripped offsets."""
    out, pos = [], 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        while s < e and text[s] in WHITESPACE:
            s += 1
        while e > s and text[e - 1] in WHITESPACE:
            e -= 1
        if e > s:
            out.append(Line(s, e, pos, raw.startswith("\t")))
        pos += len(raw) + 1
    return out


def _cut_points(text: str, start: int, end: int, nested: bool) -> list[int]:
    cuts, depth, quoted = [], 0, False
    i = start
    while i < end:
        ch = text[i]
        if nested and ch in _OPEN:
            depth += 1
            quoted = ch == "“"
        elif nested and (ch in _CLOSE or ch == '"' and quoted):  # “12345"热线: a straight quote closes “
            depth = max(0, depth - 1)
            quoted = False
        elif ch in SENTENCE_ENDS and depth == 0:
            j = i + 1
            while j < end and text[j] in CLOSING_MARKS:
                j += 1
            cuts.append(j)
            i = j
            continue
        elif depth == 0 and _POINT.match(text, i) and i > start and text[i - 1] in "，,：:、":
            cuts.append(i)
        i += 1
    return cuts


def _unclosed_quote(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` opens a quote (“) that never closes, though a sentence ends inside it: the
    quote's mark is a slip (区“五星级基层党组织，…。…。), no quoted sentence."""
    return text.count("“", s, e) > text.count("”", s, e) + text.count('"', s, e) \
        and any(text.find(ch, s, e) >= 0 for ch in "。！？")


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in WHITESPACE:
        s += 1
    while e > s and text[e - 1] in WHITESPACE:
        e -= 1
    return s, e


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans.

    Cuts after 。；;！？ outside brackets and quotes (keeping closing quotes with the sentence),
    and before a 一是/二是… point that follows a comma or colon. Pieces without any word
    character (a stray quote) are merged into the previous sentence.
    """
    spans: list[tuple[int, int]] = []
    bounds = [start, *_cut_points(text, start, end, nested=True), end]
    for s, e in zip(bounds, bounds[1:]):
        s, e = _strip(text, s, e)
        if e <= s:
            continue
        if e - s > _MAX_SENTENCE or _unclosed_quote(text, s, e):  # unbalanced brackets: split again ignoring them
            inner = [s, *_cut_points(text, s, e, nested=False), e]
            pieces = [_strip(text, a, b) for a, b in zip(inner, inner[1:])]
        else:
            pieces = [(s, e)]
        for a, b in pieces:
            if b <= a:
                continue
            if spans and not _CONTENT.search(text, a, b):
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    return spans


def cn_to_int(numeral: str) -> int:
    """Convert a Chinese numeral up to 999 (一, 十一, 二十三, 一百零六, ㈢), a circled number (③) or digits to an int.

    >>> cn_to_int("二十三"), cn_to_int("一百零六"), cn_to_int("一百一十三"), cn_to_int("一百二十"), cn_to_int("③")
    (23, 106, 113, 120, 3)
    """
    if len(numeral) == 1 and numeral in CIRCLED:
        return CIRCLED.index(numeral) + 1
    numeral = numeral.translate(UNENCLOSE)
    if numeral.isdigit():
        return int(numeral)
    if "百" in numeral:  # 一百零六, 一百一十三, 一百二十: an article of a long law
        hundreds, _, rest = numeral.partition("百")
        rest = rest.lstrip("零〇○O")  # 一百〇一, 一百○一, 一百O七 (an OCR text's zero)
        return (_CN_DIGITS.get(hundreds, 1) if hundreds else 1) * 100 + (
            (cn_to_int(rest) if "十" in rest else _CN_DIGITS.get(rest, 0)) if rest else 0)
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(numeral, 0)


#: The rest of a short title its stray spaces split (a PDF's: ``保障 合理用药。``, ``优化 转诊 服务 。``):
#: a few words, closed by 。 before any comma.
_SPACED_TITLE_END = re.compile(rf"(?!{POINT_WORD}|[（(\d①-⑳]|详见|具体见)[^\s，,、；;：:。！？]{{1,8}}((?:[ \t\u3000]+[^\s，,、；;：:。！？]{{1,8}}){{1,2}})?[ \t\u3000]*(?:。|$)")
_SPACED_HEAD_MAX = 8  # the words before the first such space: a title's, where more spaces follow,
_SPACED_VERB_MAX = 4  # or where one does, a verb's alone (保障 合理用药。, not 海鲜美食周 开展…评选。)


#: A measure after a number (10 千伏, 2 公里): a space before it is inside a quantity, no title's end.
_MEASURE = re.compile(r"(?:千伏|万伏|千瓦|万千瓦|兆瓦|伏|瓦|公里|千米|平方米|平方公里|米|亩|公顷|吨|万元|元|小时|kV|kW|MW|km|m)(?![\u4e00-\u9fff]{0,1}[、，,])")
_QUANTITY = re.compile(r"\d[\d.]*[ \u3000]*" + _MEASURE.pattern)


def run_in_end(text: str, start: int, end: int) -> int:
    """Where a section title run into its text ends: at a space after it (``五、下一步工作打算
    2026年，…`` from a PDF line), else ``end``; not at a space inside a year (``2025 年``) or
    before a few last characters of the title (a wrapped title joined by a space)."""
    past = start  # the end of a title its stray spaces split, read as one
    for m in _SPACE_RUN.finditer(text, start + 2, end):
        if m.start() < past:
            continue
        tail = text[m.end():end]
        if text[m.start() - 1].isdigit() and tail[0] in "年月日" or tail[0] == "。":  # 一、2025 年推进…,
            continue  # …促进机制 。: a space before the title's full stop
        if tail[0].isdigit() and re.search(r"\d\s*[年月日]\s*[至到—~-]?$", text[max(start, m.start() - 8):m.start()]):
            continue  # 1、2016 年 1 月 4 日至…: a space inside a date
        if text[m.start() - 1].isdigit() and _MEASURE.match(tail) or _QUANTITY.match(tail):
            continue  # 一、10 千伏海缆保护区域, …至草屿岛 10 千伏海缆一回: a space inside a quantity
        if len(tail) <= WRAPPED_HEADING_MAX and not any(ch in TERMINATED for ch in tail):
            continue  # the title's wrapped end joined by a space: …服务型政 府
        spaced, head = _SPACED_TITLE_END.match(tail), m.start() - start
        if spaced and head <= _SPACED_HEAD_MAX and (head <= _SPACED_VERB_MAX or spaced.group(1)):
            past = m.end() + spaced.end()
            continue  # stray spaces inside a short title closed by its 。: 2 .不断优化 签约 服务团队。
        return m.start()
    return end


#: A title of two or three short phrases (``统一思想，协调行动``): far shorter than a printed line, so a
#: space after it is where the title ended, not where a sentence wrapped.
_PHRASED_TITLE = re.compile(r"[^，,\s]{2,10}(?:[，,][^，,\s]{2,10}){1,2}(?<![的和及与对在为把将了从向于以])")


def run_in_title_end(text: str, start: int, end: int) -> int:
    """Where an item title run into its text by a space ends (``（一）推行执法公示 各执法部门…``,
    ``1、自查阶段（3月1日-3月31日） 各单位…``, ``（一）统一思想，协调行动 各乡镇…``), else ``end``: a
    space inside a sentence is none.

    >>> t = "统一思想，协调行动 各乡镇要高度重视。"
    >>> t[:run_in_title_end(t, 0, len(t))]
    '统一思想，协调行动'
    >>> t = "严格规范公正文明执法，对群众反映强烈的 突出问题开展专项整治。"
    >>> run_in_title_end(t, 0, len(t)) == len(t)
    True
    """
    run_in = run_in_end(text, start, end)
    head = text[start:run_in]
    if run_in - start > RUN_IN_TITLE_MAX or any(ch in "、；;" for ch in head) \
            or any(ch in "，," for ch in head) and not _PHRASED_TITLE.fullmatch(head) \
            or head.rstrip()[-1:] in _OPEN_ENDS:  # …取得建设用地规划许可证或 2020年10月1日…: a stray space
        return end
    rest = text[run_in:end].strip()
    if rest and len(rest) <= _STRAY_REST_MAX and len(head) > 2 * len(rest) \
            and rest[-1] in TERMINATED and not any(ch in TERMINATED for ch in rest[:-1]):
        return end  # …对项目各类绿色性能指标 进行现场核查；: a sentence's last words after a stray space
    return run_in
