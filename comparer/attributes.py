"""Attributes stated inside a clause's text: deadlines, quantitative targets, strength of wording.

Everything here reads one clause's text and returns small frozen values that compare across
documents: ``不少于两次`` and ``不少于2次`` give the same :class:`Target`, ``8月底前`` and
``8月31日前`` the same :class:`Deadline` key. :mod:`comparer.changes` and :mod:`comparer.check`
compare these values between aligned clauses.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

#: Texts whose targets and wording strength are memoised (the drafter's check of a large corpus
#: reads each reference clause once per document checked).
_CACHED_TEXTS = 1 << 16

# 4月30日前, 2024年8月底前, 年底前, 2016年底前 (its year kept), 12月31日前, 每年3月1日前, 8月中旬起 …
_DEADLINE = re.compile(
    r"(?:\d{4}年[底末]|(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|年底|年末))(?:前|以前|之前)"
)
_STANDING = re.compile(r"长期坚持|持续推进|常态化")


def find_deadline(text: str) -> str | None:
    """The first deadline stated in ``text`` (``4月30日前``, ``年底前``), or None.

    Examples
    --------
    >>> find_deadline("4月30日前完成本县市、本部门重大行政决策事项目录编制")
    '4月30日前'
    >>> find_deadline("2016年底前完成饮用水水源保护区划定")  # the year's 年 is 年底's too
    '2016年底前'
    """
    m = _DEADLINE.search(text)
    return m.group(0) if m else None


def is_standing(text: str) -> bool:
    """Whether a deadline cell says the task has no end date (长期坚持)."""
    return bool(_STANDING.search(text))


# --- numbers ---------------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUM = "零〇一二两三四五六七八九十百千万"


def cn_number(text: str) -> float:
    """A number written in digits or Chinese numerals, as a float.

    Examples
    --------
    >>> cn_number("两"), cn_number("十五"), cn_number("三千三百"), cn_number("1.5")
    (2.0, 15.0, 3300.0, 1.5)
    """
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        elif ch == "万":
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
        else:
            raise ValueError(f"not a number: {text!r} (expected digits or Chinese numerals)")
    return float(total + section + (digit or 0))


# --- quantitative targets --------------------------------------------------------------------

#: Counting units a target may use, longest first so 场次 wins over 场.
UNITS = ("场次", "人次", "学时", "课时", "小时", "万元", "个百分点", "次", "家", "件", "人", "场",
         "个", "项", "天", "日", "名", "户", "期", "批", "篇", "所", "条", "份", "起", "%")
_AT_LEAST = ("不少于", "不低于", "不小于", "至少")
_AT_MOST = ("不超过", "不高于", "不多于", "最多")
_REACH = ("达到", "完成", "达")
_UNIT = "(?P<unit>" + "|".join(re.escape(u) for u in UNITS) + "|％)"
_NUMBER = rf"(?:百分之(?P<pct>[{_CN_NUM}\d.]+)|(?P<num>\d+(?:\.\d+)?|[{_CN_NUM}]+){_UNIT})"
_SUFFIX = r"(?P<suffix>以上|以下|以内|左右)?"
_GAP = r"[^\d%％，,。；;、：:（）()“”\s" + _CN_NUM + r"]"
_TARGET = re.compile(
    "(?:(?P<cmp>" + "|".join(_AT_LEAST + _AT_MOST) + rf"){_GAP}{{0,12}}?"
    "|(?P<reach>" + "|".join(_REACH) + rf"){_GAP}{{0,2}}?"
    rf"|(?P<approx>约|近|大约))?{_NUMBER}{_SUFFIX}"
)


@dataclass(frozen=True, slots=True)
class Target:
    """A quantitative target: ``value`` ``unit`` with ``comparator`` (>=, <=, =, ~) as written in ``text``."""

    value: float
    unit: str
    comparator: str
    text: str

    @property
    def label(self) -> str:
        """``≥2次``: the target in a normalised, readable form."""
        sign = {">=": "≥", "<=": "≤", "=": "", "~": "约"}[self.comparator]
        value = int(self.value) if self.value == int(self.value) else self.value
        return f"{sign}{value}{self.unit}"


def _comparator(m: re.Match[str]) -> str | None:
    suffix, cmp = m.group("suffix"), m.group("cmp")
    if cmp in _AT_LEAST or suffix == "以上":
        return ">="
    if cmp in _AT_MOST or suffix in ("以下", "以内"):
        return "<="
    if m.group("approx") or suffix == "左右":
        return "~"
    if m.group("reach"):
        return "="
    return None


@lru_cache(maxsize=_CACHED_TEXTS)
def find_targets(text: str) -> tuple[Target, ...]:
    """Quantitative targets stated in ``text``: a number, a unit and a comparison word.

    A number with a unit counts only after a comparison word (不少于, 至少, 达到, 完成…) or
    before 以上/以下/以内/左右, so dates (4月30日) and names (三年行动) are not targets.
    Chinese numerals compare with digits: 两次 = 2次, 百分之九十 = 90%.

    Examples
    --------
    >>> [t.label for t in find_targets("每年至少举办2次以上法治专题讲座，年内完成300家民营企业法治体检")]
    ['≥2次', '300家']
    >>> find_targets("合法性审查率达到百分之九十以上")[0].label
    '≥90%'
    """
    out = []
    for m in _TARGET.finditer(text):
        comparator = _comparator(m)
        num, unit = (m.group("pct"), "%") if m.group("pct") else (m.group("num"), m.group("unit"))
        if comparator is None:
            continue
        try:
            value = cn_number(num)
        except ValueError:
            continue
        out.append(Target(value, "%" if unit == "％" else unit, comparator, m.group(0)))
    return tuple(out)


# --- deadlines -------------------------------------------------------------------------------

_DEADLINE_PARTS = re.compile(
    r"(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日|(?P<part>底|末|中旬|上旬|下旬))?|(?P<yearend>年底|年末|年内))"
)


@dataclass(frozen=True, slots=True)
class Deadline:
    """A deadline as written (``text``) and normalised: ``(month, day)``, or standing (长期坚持)."""

    text: str
    month: int | None = None
    day: int | None = None

    @property
    def standing(self) -> bool:
        return self.month is None

    @property
    def key(self) -> tuple[int, int] | str:
        """``(month, day)``, or ``"standing"`` for tasks without an end date."""
        return "standing" if self.month is None else (self.month, self.day or 0)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Sorts dated deadlines by date, standing ones last."""
        return (1, 0, 0) if self.month is None else (0, self.month, self.day or 0)


def parse_deadline(text: str | None) -> Deadline | None:
    """Normalise a deadline: 4月30日前 → (4, 30), 8月底前 → (8, 31), 年底前/年内 → (12, 31).

    Examples
    --------
    >>> parse_deadline("8月底前").key, parse_deadline("长期坚持").key
    ((8, 31), 'standing')
    """
    if not text:
        return None
    m = _DEADLINE_PARTS.search(find_deadline(text) or text)
    if m and m.group("yearend"):
        return Deadline(text, 12, 31)
    if m and 1 <= int(m.group("month")) <= 12:
        month = int(m.group("month"))
        last = calendar.monthrange(2001, month)[1]
        day = {"底": last, "末": last, "下旬": last, "中旬": 20, "上旬": 10}.get(
            m.group("part") or "", int(m.group("day") or last))
        return Deadline(text, month, day)
    return Deadline(text) if is_standing(text) else None


def clause_deadline(deadline_cell: str | None, text: str) -> Deadline | None:
    """A clause's deadline: its deadline cell if it has one, else the first one in its text."""
    return parse_deadline(deadline_cell) or parse_deadline(find_deadline(text) or
                                                           ("年内" if "年内" in text else None))


# --- strength of wording ---------------------------------------------------------------------

STRENGTH_WORDS = {
    3: ("必须", "严格", "确保", "坚决", "全面"),
    2: ("应当", "要", "落实", "推进", "加强"),
    1: ("鼓励", "探索", "力争", "适时", "积极", "支持"),
}
# 要 alone, not inside 重要/主要/需要/要点/要求 …
#: 要 as a modal (要加强…), not in 重要, 主要, 需要, 要点, 要求 …
MODAL_YAO = re.compile(r"(?<![重主需必纲首摘概简紧])要(?![点求素件闻害])")


@dataclass(frozen=True, slots=True)
class Strength:
    """How binding a clause's wording is: level 3 (必须…), 2 (要, 落实…), 1 (鼓励…), None if no word."""

    level: int | None
    words: tuple[str, ...]


@lru_cache(maxsize=_CACHED_TEXTS)
def strength(text: str) -> Strength:
    """The strongest wording level in ``text`` and the strength words found, in order of level.

    Examples
    --------
    >>> strength("严格落实行政执法三项制度")
    Strength(level=3, words=('严格', '落实'))
    >>> strength("鼓励有条件的县市探索").level
    1
    """
    found: list[tuple[int, str]] = []
    for level in (3, 2, 1):
        for word in STRENGTH_WORDS[level]:
            hit = MODAL_YAO.search(text) if word == "要" else word in text
            if hit:
                found.append((level, word))
    return Strength(found[0][0] if found else None, tuple(w for _, w in found))
