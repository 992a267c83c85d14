"""Normalisation applied to every reader's output before segmentation.

Only what changes no meaning: line ends, byte-order marks, HTML markup left in a plain text (a
page's source or a database's content field pasted: ``<p align="left">…</p>``, ``&nbsp;``),
Markdown left in it (a page clipped to Markdown: ``**1.推进…。**``, ``## 标题``, front matter),
traditional characters turned into simplified ones (OpenCC ``t2s``) when a text is written in
traditional characters, pinyin readings printed after characters (``领(lǐng)导``) removed, and
numbers a page's text extraction put on lines of their own (``为`` / ``2021`` / ``年``) put back
into their sentence, and a database string's escaped line breaks (a literal ``\\r\\n``) made line
breaks.
Punctuation is kept as written (001 uses ASCII ``,()``): the segmenter accepts both forms.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

# Characters common in traditional-script policy texts that never occur in simplified text.
_TRADITIONAL_MARKERS = set("這個們說與為會從進對發過們關於實務體應當區縣級單責負監權審範規劃條辦")


# A pinyin reading printed after a character: 领(lǐng)导, 述法（shù fǎ）. Tone marks or tone digits
# are required, so ASCII words in parentheses, (1) and (NGO) stay.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_NOTE = re.compile(
    rf"(?<=[\u4e00-\u9fff])[（(](?=[a-z{_TONED}\s]*[{_TONED}1-4])(?:[a-zü{_TONED}]+[1-4]?\s?){{1,4}}[）)]")


def strip_pinyin(text: str) -> str:
    """Remove pinyin readings printed after characters (``领(lǐng)导`` → ``领导``)."""
    return _PINYIN_NOTE.sub("", text)


# HTML tags left in a text: a block tag ends a line, an inline one is dropped. The attributes may
# carry a dump's escaped quotes (<p align=\"left\">).
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|tr|li|ul|ol|h[1-6]|table|tbody|thead|td|th|section|article)"
                        r"(?:\s[^<>\n]*)?/?>", re.I)
_INLINE_TAG = re.compile(r"<\s*/?\s*(?:span|font|strong|b|i|u|em|a|img|o:p|sup|sub)(?:\s[^<>\n]*)?/?>", re.I)
_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip|#\d{2,6});")
_MIN_TAGS = 2


def strip_markup(text: str) -> str:
    """A text with HTML markup left in it as plain text: block tags become line breaks, inline
    tags are dropped and entities decoded. A text with fewer than two tags is returned as it is
    (a policy text has none; one ``<`` … ``>`` pair may be a book title)."""
    if len(_BLOCK_TAG.findall(text, 0, 1 << 20)) + len(_INLINE_TAG.findall(text, 0, 1 << 20)) < _MIN_TAGS:
        return text
    text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text))
    return _ENTITY.sub(lambda m: html.unescape(m.group()).replace("\xa0", " "), text)


# Markdown left in a text (a page clipped to Markdown): front matter, heading marks, bold, links
# and images, backslash escapes. A policy text has none of these; two marks are asked for.
_MD_FRONT = re.compile(r"\A---\n(?:[^\n]*\n){0,40}?---\n")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
_MD_BOLD = re.compile(r"\*\*(?=\S)([^*\n]+?)\*\*")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"(?<!\\)\[([^\]\n]+)\]\((?:https?:|/|\.)[^)\n]*\)")
_MD_ESCAPE = re.compile(r"\\([\[\]()*_#`>~|\\-])")
_MD_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M)


def strip_markdown(text: str) -> str:
    """A text with Markdown left in it: front matter and rules dropped (as blank lines), heading
    marks, bold marks, images and link targets removed, escapes undone. A text with fewer than two
    Markdown marks is returned as it is."""
    head = text[:1 << 20]
    marks = len(_MD_BOLD.findall(head)) + len(_MD_HEADING.findall(head)) + 2 * bool(_MD_FRONT.match(head))
    if marks < _MIN_TAGS:
        return text
    text = _MD_FRONT.sub(lambda m: "\n" * m.group().count("\n"), text)
    text = _MD_RULE.sub("", _MD_HEADING.sub("", text))
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", _MD_BOLD.sub(r"\1", text)))
    return _MD_ESCAPE.sub(r"\1", text)


def looks_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (a share of marker characters)."""
    hits = sum(1 for ch in text if ch in _TRADITIONAL_MARKERS)
    return hits >= 3 and hits * 200 >= sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


@lru_cache(maxsize=1)
def _t2s():  # noqa: ANN202 - OpenCC object
    from opencc_purepy import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified with OpenCC (``t2s``)."""
    return _t2s().convert(text)


# A page copied span by span puts each run of Latin script on a line of its own: ``实施时间为`` /
# ``2021`` / ``年`` / ``2`` / ``月``, ``（`` / ``1`` / ``）对于…``, ``津工信电力〔`` / ``2021`` / ``〕``.
_NUMBER_BIT = re.compile(r"[0-9][0-9.:%～~\-]{0,11}")
_OPEN_BIT = re.compile(r"[（(〔［\[【]")
_CLOSE_BIT = re.compile(r"[）)〕］\]】]")
# What follows a number inside a sentence: a measure word, a date's unit, a closing mark.
_AFTER_NUMBER = re.compile(r"[年月日号时分秒个万亿千百元％%次家项人件户台名所条批期届倍周天度米吨瓦〕）)\]】．.、，,；;。：:/～~\-]")
_ENDS_RUN = set("。；;：:！？!?")
_MARKER_AFTER = re.compile(r"[．.、]\s*[\u4e00-\u9fff“]")  # 1 / ．需求响应结束后: an item's number
_SPLIT_MIN = 3  # numbers followed on the next line by their measure word before a text counts as split
_GOES_ON_MARK = frozenset("，,、；;")  # marks that go on a sentence and open no line of their own
_GOES_ON_AFTER_QUOTE = re.compile(r"[\u4e00-\u9fff、，,A-Za-z（(]")  # ” / 的电力现货市场, ” / 服务平台、


_OPEN_QUOTE = frozenset("“‘《")
_CLOSE_QUOTE = frozenset("”’》")
_JOINS_BOTH = frozenset(("/", "、", "，", ",", "×"))  # 、 / 95598 / 网站: a list's comma, a formula's sign
_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}")  # （ / 十一 / ）: an item's number


def _bit(line: str) -> str | None:
    """What a line holding only a piece of a sentence is: ``number``, ``open``, ``close``, ``slash``
    (a mark that joins both lines beside it), ``quote`` (an opening quote), ``unquote`` (a closing
    one), ``numeral``."""
    line = line.strip()
    if _NUMBER_BIT.fullmatch(line):
        return "number"
    if _OPEN_BIT.fullmatch(line):
        return "open"
    if _CLOSE_BIT.fullmatch(line):
        return "close"
    if line in _OPEN_QUOTE:
        return "quote"
    if line in _CLOSE_QUOTE:
        return "unquote"
    if _NUMERAL.fullmatch(line):
        return "numeral"
    return "slash" if line in _JOINS_BOTH else None


def join_split_numbers(text: str) -> str:
    r"""Put numbers, brackets and slashes that stand on lines of their own back into their
    sentence, in a text where at least ``_SPLIT_MIN`` numbers are followed by their measure word on
    the next line (``2021`` / ``年``); any other text is returned as it is.

    Examples
    --------
    >>> join_split_numbers("实施时间为\n2021\n年\n2\n月\n13\n日，规模为\n50\n万千瓦。")
    '实施时间为2021年2月13日，规模为50万千瓦。'
    >>> join_split_numbers("规模为\n50\n万千瓦，\n“\n报量报价\n”\n参与市场、\n2\n年\n3\n月起\n（\n十一\n）加强衔接。")
    '规模为50万千瓦，“报量报价”参与市场、2年3月起\n（十一）加强衔接。'
    >>> join_split_numbers("序号\n1\n推进依法行政\n2\n加强执法监督")  # a table's cells, one a line
    '序号\n1\n推进依法行政\n2\n加强执法监督'
    """
    lines = text.split("\n")
    bits = [_bit(line) for line in lines]
    n = len(lines)
    measured = sum(1 for i in range(1, n - 1) if bits[i] == "number" and lines[i - 1].strip()
                   and _AFTER_NUMBER.match(lines[i + 1].lstrip()))
    if measured < _SPLIT_MIN:
        return text
    after = [False] * n  # after[i]: the line break after line i goes
    for i in range(n - 1):
        here, nxt = bits[i], bits[i + 1]
        follow = lines[i + 1].lstrip()
        if not follow or not lines[i].strip():
            continue
        if here in ("open", "slash", "quote") or nxt in ("close", "slash", "unquote"):
            after[i] = True  # (“ / 报量报价 / ”: a quote's marks on lines of their own)
        elif here in ("number", "close") and (nxt == "number" or _AFTER_NUMBER.match(follow)):
            after[i] = True
        elif nxt == "quote" and lines[i].rstrip()[-1:] not in _ENDS_RUN:
            after[i] = True  # …集中式新能源项目 / “: the quote goes on the sentence
        elif here == "unquote" and _GOES_ON_AFTER_QUOTE.match(follow):
            after[i] = True  # ” / 参与现货市场，…
        elif here == "numeral" and i > 0 and bits[i - 1] == "open" and _CLOSE_BIT.match(follow):
            after[i] = True  # （ / 十一 / ）加强…
        elif follow[:1] in _CLOSE_QUOTE and lines[i].rstrip()[-1:] not in _ENDS_RUN:
            after[i] = True  # “网上国网 / ”APP
        elif i > 0 and bits[i - 1] == "numeral" and _CLOSE_BIT.match(lines[i].lstrip()) and len(lines[i].strip()) <= 3 \
                and lines[i].rstrip()[-1:] not in _ENDS_RUN and not nxt:
            after[i] = True  # （ / 四 / ）有 / 降碳刚性需求…项目: the item's title goes on
        elif follow[:1] in _GOES_ON_MARK and lines[i].rstrip()[-1:] not in _ENDS_RUN:
            after[i] = True  # …相关证明材料 / ，利用周边…: a sentence's comma opens no line
    for i in range(n - 2, -1, -1):  # a number joins the line before when it goes on after
        if bits[i + 1] != "number" or after[i] or not after[i + 1]:
            continue
        last = lines[i].rstrip()[-1:]
        marker = len(lines[i + 1].strip()) <= 2 and _MARKER_AFTER.match(lines[i + 2].lstrip())
        if last and last not in _ENDS_RUN and not marker:
            after[i] = True
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i < n - 1 and not after[i]:
            out.append("\n")
    return "".join(out)


# A PDF's page marker between two lines of one sentence (…促进电力经济 / - 2 - / 运行，…; an OCR's 一11一): the page ends
# mid-sentence. Lone numbers are page numbers where they count up one by one, pages of text apart.
_PAGE_LINE = re.compile(r"[ \t\u3000]*(?:[-—－–]\s*\d{1,4}\s*[-—－–一]|一\s*\d{1,4}\s*[-—－–一]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?"
                        r"|[-—=]{2,}\s*第\s*\d{1,4}\s*页(?:\s*OCR)?\s*[-—=]{2,}"  # --- 第 5 页 OCR ---: an OCR tool's
                        r"|\d{1,4}\s*/\s*\d{1,4})[ \t\u3000]*")
_LONE_NUMBER = re.compile(r"[ \t\u3000]*(\d{1,3})[ \t\u3000]*")
_OCR_PAGE = re.compile(r"[ \t\u3000]*[-—=]{2,}\s*第\s*\d{1,4}\s*页\s*OCR\s*[-—=]{2,}[ \t\u3000]*")  # --- 第 7 页 OCR ---
_PAGE_RUN_MIN = 3  # lone numbers counting up one by one that make a run of page numbers
_PAGE_GAP_MIN = 4  # the lines of text at least between two of them (a table's numbered rows have one)
_PAGE_SKIP_MAX = 3  # the page numbers a run may skip (those that a joined sentence took away)
_SENTENCE_DONE = set("。；;！？!?：:）)”」』】〕>》")


_BROKEN_LINE_MIN = 10  # the line a page broke off mid-sentence is a line of text, no cell or title
_GOES_ON = re.compile(r"[\u4e00-\u9fff，,、“《]")  # how the rest of a sentence can open
_FIELD_LINE = re.compile(r"[^：:]{1,8}[：:]")  # 责任单位：… (a field, no sentence)
_STARTS_PART = re.compile(r"[一二三四五六七八九十]{1,3}[、是要]|第[一二三四五六七八九十百]+[章节条]|附件")


def page_number_lines(lines: list[str]) -> set[int]:
    """The indexes of ``lines`` that are page markers: ``- 2 -``, ``第2页``, ``2/10``, or a lone number
    in a run of at least ``_PAGE_RUN_MIN`` that count up (by at most ``_PAGE_SKIP_MAX``) with pages of text
    between them, most of them after a line of running text.

    >>> text = ["为规范电力现货市场运营，促进电力经济运行，制定本规则。"] * 5
    >>> sorted(page_number_lines(text + ["2"] + text + ["3"] + text + ["4"] + text))
    [5, 11, 17]
    >>> page_number_lines(["序号", "1", "推进依法行政", "2", "加强执法监督", "3", "规范执法"])
    set()
    """
    out = {i for i, line in enumerate(lines) if _PAGE_LINE.fullmatch(line)}
    for i in [i for i in out if _OCR_PAGE.fullmatch(lines[i])]:  # 3 / --- 第 7 页 OCR ---: the page's number
        k = i - 1  # the OCR read above its own marker
        while k >= 0 and not lines[k].strip():
            k -= 1
        if k >= 0 and _LONE_NUMBER.fullmatch(lines[k]) and _amid_text(lines, k):
            out.add(k)
    lone = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _LONE_NUMBER.fullmatch(line))]
    run: list[int] = []
    for (i, n), (j, m) in zip(lone, lone[1:] + [(-1, -1)]):
        run.append(i)
        if not (0 < m - n <= _PAGE_SKIP_MAX and j - i > _PAGE_GAP_MIN):
            if len(run) >= _PAGE_RUN_MIN and 3 * sum(_amid_text(lines, k) for k in run) >= 2 * len(run):
                out.update(run)  # (most of them after a line of running text: a table's row numbers
            run = []  # follow its last cells)
    return out


def _amid_text(lines: list[str], i: int) -> bool:
    """Whether the line before line ``i`` (blank lines passed over) is a line of running text, a
    page's width long (not a table's last cell of a row, nor a title)."""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k >= 0 and len(lines[k].strip()) >= _TEXT_LINE_MIN


_TEXT_LINE_MIN = 18


def join_page_breaks(text: str) -> str:
    r"""Join the two lines of a sentence that a page marker stands between, the marker dropped
    (``…促进电力经济`` / ``- 2 -`` / ``运行，…``); a marker between two sentences stays.

    >>> join_page_breaks("第一条 为促进电力经济\n- 2 -\n运行，制定本规则。\n- 3 -\n第二条 本规则适用于本省。")
    '第一条 为促进电力经济运行，制定本规则。\n- 3 -\n第二条 本规则适用于本省。'
    """
    lines = text.split("\n")
    pages = page_number_lines(lines)
    if not pages:
        return text
    join_after: set[int] = set()  # the line break after line i goes
    drop: set[int] = set()
    for k in sorted(pages):
        p = k - 1
        while p >= 0 and (not lines[p].strip() or p in pages):  # (—4— / --- 第 5 页 OCR ---: two markers)
            p -= 1
        q = k + 1
        while q < len(lines) and (not lines[q].strip() or q in pages):
            q += 1
        if p < 0 or q >= len(lines) or p in join_after:
            continue
        last, nxt = lines[p].rstrip()[-1:], lines[q].lstrip()
        if last not in _SENTENCE_DONE and len(lines[p].strip()) >= _BROKEN_LINE_MIN and _GOES_ON.match(nxt) \
                and not (_FIELD_LINE.match(lines[p].strip()) and last not in "，,、") and not _STARTS_PART.match(nxt):
            # (包括：…完善情况， / —4— / 信息披露…: a field's line ends on no comma)
            drop.update(range(p + 1, q))
            join_after.add(p)
    out = []
    for i, line in enumerate(lines):
        if i in drop:
            continue
        out.append(line.rstrip() if i in join_after else line)
        if i not in join_after and i < len(lines) - 1:
            out.append("\n")
    return "".join(out)


_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")
_ESCAPED_QUOTE = re.compile(r"\\([\"'])")
_ESCAPED_MIN = 3


def unescape_breaks(text: str) -> str:
    r"""Turn the escaped line breaks of a string copied out of SQL or JSON (``\r\n`` as four
    characters) into line breaks, and its escaped quotes into quotes, where the text has at least
    ``_ESCAPED_MIN`` of them and more than it has line breaks.

    Examples
    --------
    >>> unescape_breaks(r"一、目标\r\n全面完成。\r\n二、要求\r\n按\"时\"报送。")
    '一、目标\n全面完成。\n二、要求\n按"时"报送。'
    >>> unescape_breaks(r"路径C:\new不变")
    '路径C:\\new不变'
    """
    found = len(_ESCAPED_BREAK.findall(text))
    if found < _ESCAPED_MIN or found <= text.count("\n"):
        return text
    return _ESCAPED_QUOTE.sub(r"\1", _ESCAPED_BREAK.sub("\n", text))


# The same copy puts an item's number on a line of its own, or at the end of the line before its
# title (…有关油气企业）2. / 做好煤炭供应保障 / 。), and a title's full stop on a line of its own.
_CN = "一二三四五六七八九十"
_MARKER_LINE = re.compile(rf"(?m)^((?:\d{{1,2}}[.．、]|[（(](?:[{_CN}]{{1,3}}|\d{{1,2}})[）)]|[{_CN}]{{1,3}}、))"
                          r"\n(?=[\u4e00-\u9fff“《])")  # (not a table's cells: \t一、 / \t健全…)
_MARKER_AT_END = re.compile(r"(?<=[。）)；;])(\d{1,2}[.．])\n(?=[\u4e00-\u9fff“《])")
_STOP_LINE = re.compile(r"(?<=\S)\n([ \t\u3000]*[。；;][ \t\u3000]*)(?=\n|\Z)")
_STOP_OPENS = re.compile(r"(?<=[^\s。；;：:！？!?，,、])\n。(?=[ \t\u3000]*[^\s。])")  # 一、实行契税补贴 / 。在…
#: An article's number alone on a line, its title in brackets on the next (第一条 / （目的和依据）).
_ARTICLE_LINE = re.compile(rf"(?m)^([ \t\u3000]*第[{_CN}百]{{1,4}}条)[ \t\u3000]*\n"
                           r"(?=[ \t\u3000]*[（(【〔][^\n（()）【】〔〕]{1,20}[）)】〕][ \t\u3000]*$)")


def join_split_markers(text: str) -> str:
    r"""Join an item's number that stands alone on a line, or ends the line before its title after
    a sentence or a note, to its title (an article's number to its title in brackets too), and a
    full stop alone on a line, or opening the line below a title, to the line before.

    Examples
    --------
    >>> join_split_markers("（省能源局，有关企业）2.\n做好煤炭供应保障\n。\n1.\n加强油气供应保障。")
    '（省能源局，有关企业）2.做好煤炭供应保障。\n1.加强油气供应保障。'
    >>> join_split_markers("一、实行契税补贴\n。购买新建商品住房的，给予契税补贴。")
    '一、实行契税补贴。\n购买新建商品住房的，给予契税补贴。'
    >>> join_split_markers("第一条\n（目的和依据）\n为规范户外招牌设置，制定本办法。")
    '第一条（目的和依据）\n为规范户外招牌设置，制定本办法。'
    """
    text = _ARTICLE_LINE.sub(r"\1", text)
    text = _STOP_OPENS.sub("。\n", _MARKER_LINE.sub(r"\1", text))
    return _STOP_LINE.sub(r"\1", _MARKER_AT_END.sub(r"\1", text))


#: Spaces a copy left after an enumeration comma (市委网信办、 市住房保障房产局): no gap of the text's.
_ENUMERATION_GAP = re.compile(r"、[ \t\u3000\xa0]+(?=[^\s])")


def normalize_text(text: str) -> str:
    """Normalise line ends and BOMs, convert traditional script to simplified, and remove
    pinyin readings printed after characters and spaces after an enumeration comma (、).

    >>> normalize_text("（责任单位：市委网信办、 市住房保障房产局）")
    '（责任单位：市委网信办、市住房保障房产局）'
    """
    text = unescape_breaks(text.replace("\ufeff", ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufe52", "．")  # 1﹒推进…
    text = strip_markdown(strip_markup(text.replace("\u2028", "\n").replace("\u2029", "\n")))
    if looks_traditional(text):
        text = to_simplified(text)
    text = join_page_breaks(join_split_numbers(strip_pinyin(text)))
    return _ENUMERATION_GAP.sub("、", join_split_markers(text))
