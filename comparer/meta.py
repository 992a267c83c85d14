"""Document metadata inferred from the text when no manifest gives it.

Reads the title line, the issuing office and the text itself: ``额敏县2025年法治政府建设工作报告``
gives jurisdiction, year and kind; a text without a title (阜康 2021) still names its city in
phrases such as ``阜康市人民政府`` and its year in its first sentence (``2021年是…``).
"""

from __future__ import annotations

import re
from collections import Counter

from comparer.layout import metadata_title, noise_kind

_KINDS = (
    ("责任分工", "责任分工清单"),
    ("任务清单", "责任分工清单"),
    ("任务分工", "责任分工清单"),
    ("任务分解", "责任分工清单"),
    ("责任分解", "责任分工清单"),
    ("工作要点", "工作要点"),
    ("工作计划", "工作计划"),
    ("工作安排", "工作计划"),
    ("工作报告", "工作报告"),
    ("情况报告", "工作报告"),
    ("年度报告", "工作报告"),
    ("建设报告", "工作报告"),
    ("建设情况", "工作报告"),  # 2024年度法治政府建设情况: the annual report
    ("情况的通报", "工作报告"),  # 关于巡察整改进展情况的通报
    ("整改方案", "实施方案"),
    ("行动方案", "实施方案"),
    ("行动计划", "工作计划"),
    ("实施方案", "实施方案"),
    ("工作方案", "实施方案"),  # 专项整治工作方案
)
_BODY_KINDS = (("本工作要点", "工作要点"), ("本计划", "工作计划"), ("本方案", "实施方案"))
_LEVELS = (("自治州", "自治州"), ("地区", "地区"), ("盟", "盟"), ("州", "州"), ("市", "市"),
           ("县", "县"), ("旗", "旗"), ("区", "区"), ("镇", "镇"), ("乡", "乡"))
_NAME = r"[^\W\d_年的和与及在为对将把入建设政府工作各本全我该省]"
_PLACE = re.compile(
    rf"(?:^|(?<=[\s，,。；：:《“度]))({_NAME}{{2,8}}?(?:自治州|地区|盟|州|市|县|旗|区|镇|乡))"
    r"(?=人民政府|20\d{2}年|法治政府|委员会)",
    re.M,
)
#: A title that opens with its place (``云溪县秸秆综合利用…工作方案``).
_TITLE_PLACE = re.compile(rf"(?!关于)({_NAME}{{2,6}}?(?:自治州|地区|盟|州|市|县|旗|区))")
_RULE_OF_LAW_PLACE = re.compile(rf"法治({_NAME}{{2}})")
_NOTICE = re.compile(r"印发《(.+?)》")
_GENERIC = re.compile(r"^(各|本|全|我|该|自治|县市|州县|省|市县|依照|按照|根据|结合|围绕|对照|参照|遵照|贯彻|落实)")  # 依照区2011年…
_YEAR = re.compile(r"(20\d{2})\s*(?:年|[—–\-~～至到]\s*20\d{2}\s*年)")  # 2025—2027年: the first
_TITLE_FIELD = re.compile(r"(?:标题|信息名称)\s*[:：]\s*(.+)")
_TITLE_LINES = 15
#: A numbered line: an item, a point or an article, no title (``（三）组织编制…年度报告；``, ``第十条 …``).
_LIST_ELEMENT = re.compile(r"[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}、"
                           r"|第[一二三四五六七八九十百零]{1,5}条")


def infer_title(text: str) -> str | None:
    """The first short line that names a kind of plan or report, or the 标题 field of a web
    page's metadata block; navigation, metadata and other page furniture are skipped.

    Examples
    --------
    >>> infer_title("首页 > 政务公开 > 桐林县2025年法治政府建设工作要点\\n标题：桐林县2025年法治政府建设工作要点")
    '桐林县2025年法治政府建设工作要点'
    """
    seen, notice = 0, None
    for line in text.split("\n"):
        line = line.strip()
        field = _TITLE_FIELD.match(line)
        value = field.group(1).strip() if field else metadata_title(line)
        if not value and (not line or noise_kind(line)):
            continue
        line = value or line
        if len(line) > 60 and len(line.split()[0]) <= 60:  # a title run into the text (PDF)
            line = line.split()[0]
        if 0 < len(line) <= 60 and "。" not in line and any(k in line for k, _ in _KINDS) \
                and not _LIST_ELEMENT.match(line) and not line.endswith(("；", ";", "，", ",")):  # (not a
            # rule's （三）组织编制…政府信息公开工作年度报告；)
            m = _NOTICE.search(line)
            if m or not line.endswith("通知"):
                return m.group(1) if m else line
            notice = notice or line  # 关于印发…的通知 without 《》: the title line may follow
        seen += 1
        if seen >= _TITLE_LINES:
            break
    return notice


def infer_kind(title: str | None, text: str) -> str | None:
    for key, kind in _KINDS:
        if title and key in title:
            return kind
    for key, kind in _BODY_KINDS:
        if key in text:
            return kind
    return None


#: The year of a document's own issue number, the year it was issued in: on a line of its own or set
#: off by spaces (``绍市教〔2009〕61号``), or closing its title in brackets; not a cited document's
#: (``《…》（岚综管〔2021〕12号）``).
_ISSUE_NUMBER = re.compile(r"(?:^|(?<=\s)|(?<=[^》\s][（(]))[\u4e00-\u9fff]{1,10}[〔［\[【]((?:19|20)\d\d)[〕］\]】]\s*\d{1,4}\s*号"
                           r"(?=[）)]?\s*$|\s)", re.MULTILINE)


def infer_year(title: str | None, text: str) -> int | None:
    """The year of the title, else of the issue number in the opening text, else the first year
    there, page furniture (a stale date banner, a 发布日期, a list of dated links) left out."""
    head = "\n".join(line for line in text[:2000].split("\n") if not noise_kind(line))
    m = _YEAR.search(title or "") or _ISSUE_NUMBER.search(head[:600]) or _YEAR.search(head[:400])
    return int(m.group(1)) if m else None


def _split_head(text: str) -> tuple[str, str]:
    """The first :data:`_TITLE_LINES` lines of ``text``, and the text after them."""
    cut = -1
    for _ in range(_TITLE_LINES):
        cut = text.find("\n", cut + 1)
        if cut < 0:
            return text, ""
    return text[:cut], text[cut:]


def infer_jurisdiction(title: str | None, text: str) -> str | None:
    """The place the document is about: from its title, else the place it names most (a site's
    welcome line in the opening lines, 欢迎登录某镇人民政府网站, left out)."""
    head, rest = _split_head(text)
    text = "\n".join(line for line in head.split("\n") if noise_kind(line) != "footer") + rest
    counts = Counter(m for m in _PLACE.findall(text) if not _GENERIC.match(m))
    for name, n in Counter(_RULE_OF_LAW_PLACE.findall(text)).items():  # 法治阜康 + 市人民政府 → 阜康市
        if name.endswith(tuple(s for s, _ in _LEVELS)):
            counts[name] += 3 * n
        for suffix, _ in _LEVELS:
            if name + suffix in text:  # once per distinct name: linear in the text
                counts[name + suffix] += 3 * n
    if title:
        m = _PLACE.search(title) or _TITLE_PLACE.match(title)  # 云溪县秸秆综合利用…工作方案
        if m and not _GENERIC.match(m.group(1)):
            return m.group(1)
    return counts.most_common(1)[0][0] if counts else None


def infer_level(jurisdiction: str | None) -> str | None:
    if not jurisdiction:
        return None
    for suffix, level in _LEVELS:
        if jurisdiction.endswith(suffix):
            return level
    return None


def infer_meta(text: str) -> dict[str, object]:
    """Metadata fields that could be inferred from ``text``; fields that could not are absent."""
    title = infer_title(text)
    jurisdiction = infer_jurisdiction(title, text)
    found = {
        "title": title,
        "jurisdiction": jurisdiction,
        "admin_level": infer_level(jurisdiction),
        "year": infer_year(title, text),
        "kind": infer_kind(title, text),
    }
    return {k: v for k, v in found.items() if v is not None}
