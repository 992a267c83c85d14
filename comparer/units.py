"""Responsible units: parse the unit lists of plans and compare units by role.

Plans abbreviate lists: ``州人民政府办公室、司法局`` means 州人民政府办公室 and 州司法局;
``州党委组织部、编办`` means 州党委组织部 and 州党委编办. An abbreviated name takes the prefix of
the nearest preceding full name in the same list: the Party prefix (州党委, 市委, 旗委…) for Party
bodies, the jurisdiction prefix (州, 市, 旗…) for everything else. Lists are not split inside
brackets (``各区〔市、县〕政府``); ``X等有关部门`` gives X and 有关部门; a deadline among the units
(``6月底完成``) is no unit. Notes that name units by verb (``A、B牵头负责，C参加``) are read by
:func:`led_note`: 牵头… leads, 负责/配合/参加/协同… are responsible.
"""

from __future__ import annotations

import re

from comparer.text import POINT_WORD

# Jurisdiction prefixes, longest first, and the Party-committee prefix each implies.
_LEVELS = ("自治州", "自治区", "地区", "省", "州", "市", "县", "旗", "区", "盟")
_PARTY_SUFFIXES = ("党委", "委")
# Bodies of the Party committee (an abbreviation of one takes the Party prefix).
_PARTY_BODIES = (
    "组织部", "宣传部", "统战部", "政法委", "编办", "网信办", "党校", "社工部", "社会工作部",
    "政研室", "改革办", "依法治", "办公室", "委办",
)
#: Names that begin with a level character without naming a jurisdiction (市监局 = 市场监管局,
#: 市管处 = 市场管理处).
NOT_PREFIXED = ("市场", "市监", "市管", "区域", "县域", "州域")
_SPACE = re.compile(r"\s+")
#: Role words of unit notes and their colon: ``牵头单位：``, ``责任单位:``, ``配合：``.
#: Role keys of unit notes and lines, and column names of responsibility tables: 牵头单位, 责任部门,
#: 牵头责任单位, 主要协作单位, 协同责任单位, 协助单位, 责任科室 …
ROLE_KEYS = (r"(?:(?:总|分项)?(?:牵头责任|主要责任|牵头|主责|主办|承办|组织|主要协作|协同责任|协同|协助|协作|协办|配合|参与"
             r"|参加|责任|负责|实施|支撑){1,2}(?:考核|实施|推进|督办)?(?:单位|部门|科室|处室|股室)"  # 协同配合单位, 牵头考核单位
             r"(?:或(?:单位|部门)|[（(](?:单位|部门)[）)]|[、/](?:单位|部门)"  # 责任处室或单位, 责任处室（单位）,
             r"|及(?:承办|责任|配合)?(?:科室|处室|股室|单位|部门)(?:[（(](?:单位|部门)[）)])?)?"  # 责任处室、单位,
             # 责任单位及承办科室（单位）
             r"|(?:推进|督办)(?:单位|部门)"  # a 督办清单's keys (not 持续推进 before 牵头单位)
             r"|具体(?:实施|落实|承办)(?:单位|部门)?)")  # （牵头部门：A，具体实施：B）: B carries the task out
#: Keys of notes that divide a task among units by verb: 责任分工：A牵头，B配合; 部门分工：…
DIVISION = r"(?:责任|部门|任务)分工"
ROLE = re.compile(rf"[【\[〔]?({ROLE_KEYS}|{DIVISION}|牵头|责任|配合)\s*(?:[】\]〕]\s*[:：]?|[:：])\s*")
#: Keys of a task's deadline field: 完成时限：…, 完成期限：…, 时间节点：….
DEADLINE_KEY = r"(?:完成时限|完成时间|完成期限|时间节点|时限要求|整改时限|整改期限)"
#: A deadline field that opens a line of the task's fields, its unit keys glued on after it:
#: ``完成期限：2021年5月25日前牵头单位：区办公室责任单位：…``.
DEADLINE_FIELD = rf"{DEADLINE_KEY}\s*[:：]\s*(?P<when>[^：:\n。；;]{{1,30}}?)[，,；;\s]*(?=(?:{ROLE_KEYS})\s*[:：])"
#: Keys of lines naming persons, not units: 牵头领导, 牵头负责领导, 分管领导, 责任人, 项目责任人.
LEADER_KEYS = r"(?:(?:牵头负责|牵头|责任|分管|负责|包保|联系|项目责任|项目负责)(?:[省市县区州旗]级?)?(?:领导|人)|责 +任 +人)"  # 责 任 人
# A person or progress key after a unit list ends it: 市公安局项目责任人：王伟标, 市财政局实际完成情况：…
_OTHER_KEY = re.compile(rf"(?:{LEADER_KEYS}|(?:实际)?完成情况|工作进展|进展情况|{DEADLINE_KEY}|备注|适用范围)\s*[:：]")
_LEAD_STARTS = ("牵头", "主责", "主办", "主要责任", "承办", "组织")


def is_lead(role: str) -> bool:
    """Whether a role key or verb names the lead (牵头单位, 牵头责任单位, 总牵头单位, 主办单位, 牵头,
    承办). As a key, 承办单位 is the unit that carries out what the 主办单位 leads.

    >>> is_lead("承办"), is_lead("承办单位"), is_lead("主办单位")
    (True, False, True)
    """
    role = role.removeprefix("总").removeprefix("分项")
    return role.startswith(_LEAD_STARTS) and not (role.startswith("承办") and role != "承办")
#: Words after a unit list that name no unit: 各乡镇，县直各部门按职责分工分别负责.
LIST_TAIL = re.compile(r"(?:(?:按照?|依据|根据)(?:各自)?职责(?:分工)?(?:分别)?(?:负责|落实)?|分别负责|共同负责|负责落实)[。.；;]?$")
#: How unit names end (局, 委, 办 …): a list's names, a wrapped unit line's end.
UNIT_ENDS = "局委办室会院府处所心门位队站部厅庭组团社行"
# 及 or 和 between two unit names (市级各有关部门及各县市区政府) lists them, like 、.
_AND = re.compile(rf"(?<=[{UNIT_ENDS}构])(?:及(?=\S{{2}})|和(?=[省市县区州旗乡镇各]\S|属地|[^、]{{1,20}}?(?:部门|局|管委会|委员会|机构)(?:、|$))"
                  r"|与(?=[省市县区州旗乡镇各]\S))"
                  r"|(?<=[区县市旗])和(?=[^、]{2,20}?(?:管委会|管理局|政府)$)"
                  r"|(?<=[镇乡])和(?=[^、和]{2,6}[镇乡](?:、|$))")  # 区经济发展局和县交通局, 公路局和
# 公安部门, 边防派出所和属地村委会, 区机管局与区绿化市容局, 浦东新区、奉贤区和临港地区管委会, 泥城镇和书院镇
# (but 各县(市、区)党委和人民政府 is one name: what follows 和 names no place of its own)
# ``全国妇联等和各省级人民政府``: a list closed by 等, and the bodies of every place after it.
_OR = re.compile(rf"(?<=[{UNIT_ENDS}构业])或者?(?=(?:[省市县区州旗乡镇各]|社区|村民|居民)\S{{2,}}?[{UNIT_ENDS}构](?:$|、))")  # A局或者B局
_ETC_AND = re.compile(r"(?<=[\u4e00-\u9fff）)])等[和及](?=各|有关|相关)")  # (妇联: 联 ends names too)
# ``区司法局等有关部门``: the unit before 等, then the generic 有关部门 (kept as a unit, as plans list
# it; ``等部门`` alone names no further unit).
_ETC = re.compile(rf"(?<=[{UNIT_ENDS}])等"
                  r"(?:((?:[省市县区州旗]级?)?(?:有关|相关)(?:部门|单位)(?:[（(]单位[）)])?)|部门|单位"
                  r"|[省市县区州旗]直(?:各|有关|相关)?(?:部门|单位)"  # 区交通与建设局等区直部门,
                  r"|[\u4e00-\u9fff]{0,4}(?:主管|职能|成员)(?:部门|单位))$")  # 区房管局等建设主管部门
# A deadline written into a note without a key: ``…，湘西经开区管委会，6月底完成``.
DEADLINE_PART = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|(?:\d{4})?年)(?:底|末|中旬|上旬|下旬)?前?(?:完成)?"
                           r"|(?:\d{1,2}|[一两三四五])?年内(?:完成)?"  # 2016年底前完成, 3年内完成
                           r"|长期(?:坚持|推进)|持续(?:推进|实施)")
_DATED = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?|\d{4}年")  # a part opening with a date
_BRACKETS_OPEN, _BRACKETS_CLOSE = "（(〔【[〈‹<", "）)〕】]〉›>"  # 各县〈市、区〉人民政府 is one name


def _split_top(text: str, seps: str) -> list[str]:
    """Split ``text`` at any of ``seps`` that are outside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in _BRACKETS_OPEN:  # 各区〔市、县〕政府 is one name
            depth += 1
        elif ch in _BRACKETS_CLOSE:
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def _prefixes(name: str) -> tuple[str, str] | None:
    """``(jurisdiction_prefix, party_prefix)`` of a full unit name, or None if it has none."""
    if name.startswith(NOT_PREFIXED):
        return None
    for level in _LEVELS:
        if name.startswith(level):
            rest = name[len(level):]
            party = level + "党委" if rest.startswith("党委") else level + "委"
            return level, party
    return None


def _is_party_body(name: str) -> bool:
    return any(name.startswith(b) or name == b for b in _PARTY_BODIES)


_OFFICE_ENDS = set("局委办厅室部所队站院处科股组会心")  # how the offices a prefix carries over end
_PROVINCES = tuple("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 "
                   "广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆".split())
_OWN_ZONE = re.compile(r"(?:开发|高新|新|示范|园|经济|工业|保税)区")  # a zone is no office of the city


#: An agency the state or a company runs, named with its city (东莞供电局, 深圳海关, 宁波海事局): no office
#: of the writing government, so no prefix of its.
_PLACED_AGENCY = re.compile(r"[\u4e00-\u9fff]{2,4}(?:供电局|供电公司|海关|海事局|证监局|金融监管局|银保监分局|邮政管理局"
                            r"|通信管理局|气象局|调查队|边检站|边检总站|税务局|烟草专卖局|铁路局|车务段)")


#: A ministry's branch named with its ministry (交通运输部上海海事局, 自然资源部东海局): the state's.
_MINISTRY_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,6}部(?![门署])[\u4e00-\u9fff]{2,}[局处所站中心]")


_BASINS = ("长江", "黄河", "珠江", "淮河", "海河", "松辽", "太湖")  # the state's agencies of a river basin


def _expand(name: str, prev: tuple[str, str] | None) -> str:
    if prev is None or _prefixes(name) is not None or name.startswith(("各", "有关部门", "相关部门", "局", "中心")):
        return name  # 局法规科, 中心运管科: the writing bureau's (or centre's) own offices
    if name.startswith(("街道", "村民委员会", "居民委员会", "社区")) and prev[0] in ("市", "县", "区", "旗", "省"):
        return name  # 乡（镇）人民政府、街道办事处: the city's streets, no office of the city's
    core = _TRAILING_BRACKET.sub("", name)  # 人民政府办公室（行政服务中心）
    if not _is_party_body(name) and (core[-1:] not in _OFFICE_ENDS or name.startswith(("中国", "国家", "全国"))):
        return name  # 电视台, 中国人寿望江公司, 全国…委员会: no office of the county's government
    level, party = prev
    if name.startswith(_PROVINCES) or name.startswith(("国铁", "国网") + _BASINS) or _PLACED_AGENCY.fullmatch(name) \
            or _MINISTRY_BRANCH.match(name):
        return name  # 山东海事局, 重庆证监局, 北京金融监管局, 国铁济南局, 长江航务管理局: bodies named for a province
        # or city of their own, or the state's (a river basin's)
    if level in name or _names_place(name) or _OWN_ZONE.search(name):  # 依法治旗办, 滁州海关,
        return name  # 高新区管委会: already name their place
    return (party if _is_party_body(name) else level) + name


_THIS_CITY_LEVELS = re.compile(r"^本[市省](?=[省市区县](?:、|和|或))")
#: A bureau's division named with its bureau (市道路运输局养护处), and one named alone after it (运行处).
_BUREAU_DIVISION = re.compile(r"([省市县区州旗].{1,12}?[局厅])([\u4e00-\u9fff]{2,6}[处科股])")
_DIVISION = re.compile(r"[\u4e00-\u9fff]{1,5}[处科股]")


def parse_units(text: str) -> tuple[str, ...]:
    """Parse a unit list into full unit names, in order, without duplicates.

    Examples
    --------
    >>> parse_units("州人民政府办公室、司法局")
    ('州人民政府办公室', '州司法局')
    >>> parse_units("州党委组织部、编办,州人民政府办公室")
    ('州党委组织部', '州党委编办', '州人民政府办公室')
    >>> parse_units("市级各有关部门及各县市区政府按职责分工")
    ('市级各有关部门', '各县市区政府')
    >>> parse_units("县交通与建设局、公路局和公安部门")
    ('县交通与建设局', '县公路局', '公安部门')
    >>> parse_units("民政部、全国妇联等和各省级人民政府")
    ('民政部', '全国妇联', '各省级人民政府')
    >>> parse_units("市交通行政管理部门或者区交通行政管理部门")
    ('市交通行政管理部门', '区交通行政管理部门')

    Bodies named for a province or city of their own, or a ministry's branch, take no prefix:

    >>> parse_units("市商务委、重庆证监局、东莞供电局、税务局、自然资源部东海局")
    ('市商务委', '重庆证监局', '东莞供电局', '市税务局', '自然资源部东海局')

    A bureau's division named after another of the same bureau is that bureau's:

    >>> parse_units("市道路运输局养护处、运行处、计财处")
    ('市道路运输局养护处', '市道路运输局运行处', '市道路运输局计财处')
    """
    out: list[str] = []
    for group in _split_top(_SPACE.sub("", text), ",，;；"):
        group = _AND.sub("、", _ETC_AND.sub("、", LIST_TAIL.sub("", group).replace("以及", "、")))
        group = _APPROVAL_LEAD.sub("", _OR.sub("、", group))  # 市交通行政管理部门或者区交通行政管理部门: either unit
        group = _THIS_CITY_LEVELS.sub("", group)  # 本市市、区水行政主管部门: the city's and the districts'
        if DEADLINE_PART.fullmatch(group.strip("。.")):
            continue
        prev: tuple[str, str] | None = None
        bureau = ""  # the bureau whose division was named last (市道路运输局|养护处)
        for raw in _split_etc(_shared_kind(_shared_office(_places_of_a_level(_shared_levels(unglued(_split_top(group, "、"))))))):
            bare = _clean(raw)
            name = bureau + bare if bureau and _DIVISION.fullmatch(bare) else _expand(bare, prev)
            bureau = m.group(1) if (m := _BUREAU_DIVISION.fullmatch(name)) else ""
            if _prefixes(name) or _names_place(bare):  # 人民银行潍坊市中心支行: the next abbreviation
                prev = _prefixes(name)                  # has no jurisdiction to borrow

            if name and name not in out:
                out.append(name)
    return tuple(out)


def note_deadline(note: str) -> str | None:
    """A deadline written into a unit note as one of its parts (``…，6月底完成``), or None.

    >>> note_deadline("牵头单位：州发改委；责任单位：州财政局，6月底完成")
    '6月底完成'
    """
    parts = [p.strip("。.") for p in _split_top(_SPACE.sub("", note), ",，;；")]
    return next((p for p in reversed(parts) if DEADLINE_PART.fullmatch(p)), None) \
        or next((p for p in parts[1:] if _DATED.match(p)), None)  # …，2018年3月底前取得阶段性成果，…


_PAIRS = {"】": "【", "〕": "〔", "]": "["}
_SCOPE_REMARK = re.compile(r"(?<=\S)[（(](?:含|(?:以下)?简称|以下称)[^（()）]{1,60}[）)]$")  # (以下简称华东网调): a short name


#: The days or staff a unit's note allots to it after its name (危化处（60日）, 安基处（380个工作日）).
_QUOTA = re.compile(r"[（(]\s*\d+\s*(?:个工作日|个月|工作日|日|天|人|次|名)\s*[）)]$")


#: The 经 before the unit that approves a step (应当经城市、县人民政府…批准, 未经X批准, 、经省级价格主管部门审核):
#: no part of its name.
_APPROVAL_LEAD = re.compile(r"^(?:应当|应|必须|须|需|并|未)?经报?(?=[省市县区州旗乡镇国各本同上原城])")  # (经报市人民政府批准后)


def _clean(raw: str) -> str:
    """A name less its punctuation and the brackets of the note around it, keeping a bracket pair
    inside it (``各镇〔街道〕``)."""
    name = _APPROVAL_LEAD.sub("", raw.strip("。.:："))
    if len(name) > 3 and name.endswith("等") and _ends_like_unit(name[:-1]):  # 市市场监管局等, 平潭海关等
        name = name[:-1]
    while name and name[-1] in _PAIRS and name.count(name[-1]) > name.count(_PAIRS[name[-1]]):
        name = name[:-1].strip("。.:：")
    while name and name[0] in _PAIRS.values() and name.count(name[0]) > sum(
            name.count(c) for c, o in _PAIRS.items() if o == name[0]):
        name = name[1:].strip("。.:：")
    if name and name[-1] in _PAIRS and name[0] == _PAIRS[name[-1]]:  # 【县司法局】
        name = name[1:-1]
    return _QUOTA.sub("", _SCOPE_REMARK.sub("", name))  # 各区政府（含大鹏新区管委会…，下同）: the unit is 各区政府;
    # 危化处（60日）: 危化处, its days of work aside


def _names_place(name: str) -> bool:
    """A name that states its own jurisdiction inside it (人民银行潍坊市中心支行, 潍坊银监分局 follows)."""
    return _prefixes(name) is None and any(level in name[1:] for level in "州市县旗盟") \
        and not name.startswith(("各", "有关", "相关"))


def _shared_levels(names: list[str]) -> list[str]:
    """``各县、市、区政府`` is one name (各县政府、各市政府、各区政府 share 各 and 政府): a level
    character after ``各县``, alone or with the body that ends the run, joins the name before; so
    does any name after a level character alone (``市、县（区）政府法制机构``)."""
    out: list[str] = []
    for name in names:
        if out and _SHARED_RUN.fullmatch(out[-1]) and (also := _PROVINCES_AND.fullmatch(name)):
            out[-1] += "、" + also.group(1)  # 各省、自治区、直辖市和新疆生产建设兵团: the provinces, and one more
            out.append(also.group(2))
        elif out and (_SHARED_RUN.fullmatch(out[-1]) and _SHARED_NEXT.fullmatch(name.rstrip("。.；;"))
                    or _LEVELS_ALONE.fullmatch(out[-1])):  # 市、县（区）政府法制机构: 市 is no unit
            out[-1] += "、" + name
        else:
            out.append(name)
    return out


def _places_of_a_level(names: list[str]) -> list[str]:
    """Places named bare before the last one's level and office (``浦东新区、闵行、宝山等区交通行政管理部门``): each of
    that level (闵行区, 宝山区), for :func:`_shared_office` to give them the office.

    >>> _places_of_a_level(["浦东新区", "闵行", "宝山等区交通行政管理部门"])
    ['浦东新区', '闵行区', '宝山区交通行政管理部门']
    """
    last = _ETC_LEVEL.fullmatch(names[-1]) if len(names) > 1 else None
    if last is None or not all(_BARE_PLACE.fullmatch(n) or _PLACE_ONLY.fullmatch(n) for n in names[:-1]):
        return names
    level = last.group(2)
    return [n if _PLACE_ONLY.fullmatch(n) else n + level for n in names[:-1]] + [last.group(1) + level + last.group(3)]


_ETC_LEVEL = re.compile(r"([\u4e00-\u9fff]{2,3})等([区县])([^、]{2,15}?(?:部门|局|委|机构|政府))")
_BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}(?<![局委办室会院府处所心门位队站部厅组团社])")  # (闵行: a place)


def _shared_office(names: list[str]) -> list[str]:
    """Places listed before the last one's office share it (``黄浦区、静安区、徐汇区水务局``: each
    district's 水务局; ``库尔勒市、轮台县人民政府``: each one's government).

    >>> _shared_office(["浦东新区", "黄浦区", "静安区水务局"])
    ['浦东新区水务局', '黄浦区水务局', '静安区水务局']
    >>> _shared_office(["各乡镇", "县直各部门"]), _shared_office(["县委", "县政府办公室"])
    (['各乡镇', '县直各部门'], ['县委', '县政府办公室'])
    """
    last = _PLACE_OFFICE.fullmatch(names[-1].rstrip("。.；;")) if len(names) > 1 else None
    if last is None or not _ends_like_unit(last.group(2)) or last.group(2).startswith(_ZONE_OFFICES) \
            or not all(_PLACE_ONLY.fullmatch(n) for n in names[:-1]):
        return names  # (浦东新区、奉贤区、临港地区管委会: a zone's own committee, no district's)
    return [n + last.group(2) for n in names[:-1]] + names[-1:]


_ZONE_OFFICES = ("管委会", "管理委员会")
#: Fields listed before the last one's kind of department, the first after the place they share
#: (各地价格、能源、电力运行主管部门: each place's department of each field).
_SHARED_KIND = re.compile(r"((?:(?:行政)?(?:主管|管理)部门))$")
_KIND_PLACE = re.compile(r"各地|各级|各省级?|各市级?|各县级?|各区级?|[省市县区州旗]级?")
_KIND_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _shared_kind(names: list[str]) -> list[str]:
    """Fields listed before the last one's kind of department share it and the place the first names
    (``各地价格、能源、电力运行主管部门``: 各地价格主管部门, 各地能源主管部门, 各地电力运行主管部门).

    >>> _shared_kind(["各地价格", "能源", "电力运行主管部门"])
    ['各地价格主管部门', '各地能源主管部门', '各地电力运行主管部门']
    >>> _shared_kind(["县交通局", "公安部门"])
    ['县交通局', '公安部门']
    >>> _shared_kind(["公安", "规划", "水务或者交通行政管理部门"])
    ['公安行政管理部门', '规划行政管理部门', '水务行政管理部门', '交通行政管理部门']
    """
    if names and (either := re.fullmatch(r"([\u4e00-\u9fff]{2,6}?)(?:或者|或)([\u4e00-\u9fff]{2,10}?" + _SHARED_KIND.pattern + ")",
                                         names[-1])) and not _ends_like_unit(either.group(1)):
        names = [*names[:-1], either.group(1), either.group(2)]  # 水务或者交通行政管理部门: either field's
    kind = _SHARED_KIND.search(names[-1]) if len(names) > 1 else None
    place = (_KIND_PLACE.match(names[0]) or _NO_PLACE.match(names[0])) if kind else None
    if place is None or not _KIND_FIELD.fullmatch(names[-1][:kind.start()]) \
            or not all(_KIND_FIELD.fullmatch(n) and not _ends_like_unit(n) for n in [names[0][place.end():], *names[1:-1]]):
        return names
    fields = [names[0][place.end():], *names[1:-1], names[-1][:kind.start()]]
    if not place.group() and not all(2 <= len(f) <= _BARE_FIELD_MAX and not _NO_SUBJECT.match(f)
                                     and not _VERB_BEFORE_NAME.match(f) and not _TASK_START.match(f) for f in fields):
        return names  # (拒绝、阻挠市场监督管理部门…, 电网企业测算、…省级价格主管部门: no fields)
    return [place.group() + f + kind.group() for f in fields]


_NO_PLACE = re.compile("")  # fields named with no place before them (公安、规划、水务或者交通行政管理部门)
_BARE_FIELD_MAX = 4  # how long such a field's name is (公安, 规划, 园林绿化)


#: A place's name alone (黄浦区, 浦东新区, 轮台县), and one followed by its office (静安区水务局).
_PLACE_ONLY = re.compile(r"[^各直属级请、\d（(]{2,6}?(?:新区|[省市县区旗镇乡])")
_PLACE_OFFICE = re.compile(rf"({_PLACE_ONLY.pattern})([^各直属级、].{{1,15}})")


_SHARED_RUN = re.compile(r"(?:各|有关)?[省州县市区旗]{1,2}(?:[（(][^）)]{1,6}[）)])?(?:、(?:[州县市区旗]|自治区|直辖市|计划单列市)"
                         r"(?:[（(][^）)]{1,6}[）)])?)*")
_LEVEL_ALONE = re.compile(r"(?:[省州市县区旗乡镇]|民族乡|城市|设区的市|直辖市|自治区|自治州)(?:[（(][^）)]{1,6}[）)])?")  # (直辖市、市、县…: the levels)
_LEVELS_ALONE = re.compile(rf"(?:所在地|有关)?{_LEVEL_ALONE.pattern}(?:[、和]{_LEVEL_ALONE.pattern})*")  # 直辖市、市、县…, 市和区、县…
_PROVINCES_AND = re.compile(r"(自治区|直辖市|计划单列市)(?:和|及|以及)(.+)")
_SHARED_NEXT = re.compile(r"(?:[州县市区旗](?:人民政府|政府|党委)?|(?:自治区|直辖市|计划单列市)(?:(?![和及与])[\u4e00-\u9fff]){0,12})"
                          r"(?:[（(][^）)]*[）)])?等?")  # 各省、自治区、直辖市人民政府 (教育行政部门): one name


def _split_etc(names: list[str]) -> list[str]:
    """``区司法局等有关部门`` → 区司法局, 有关部门; ``区司法局等部门`` → 区司法局."""
    out = []
    for name in names:
        m = _ETC.search(name)
        out += [name] if m is None else [name[:m.start()]] + ([m.group(1)] if m.group(1) else [])
    return out


def unit_role(name: str) -> str:
    """The unit's role without its jurisdiction: 州司法局 and 市司法局 are both 司法局."""
    pre = _prefixes(name)
    role = name[len(pre[0]):] if pre and len(name) > len(pre[0]) else name
    role = role.replace("人民政府办公室", "政府办").replace("市场监督管理局", "市监局")
    for party in ("党委", "委"):
        if role.startswith(party) and len(role) > len(party) + 1:
            return role[len(party):]
    return role


_VERB_END = re.compile(r"(?<![职分])(?:负责|参与|配合|协助|参加)$")  # not 按职责分工负责 (a tail)


def parse_roles(note: str) -> list[tuple[str, tuple[str, ...]]]:
    """The ``(role, units)`` pairs of a unit note with one or more roles.

    Examples
    --------
    >>> parse_roles("牵头单位:县司法局、县委办;责任单位:各乡镇(街道办事处)按职责分工分别负责")
    [('牵头单位', ('县司法局', '县委办')), ('责任单位', ('各乡镇(街道办事处)',))]
    """
    found = list(ROLE.finditer(note))
    ends = [m.start() for m in found[1:]] + [len(note)]
    out: list[tuple[str, tuple[str, ...]]] = []
    for m, end in zip(found, ends):
        part = before_remark(note[m.end():end])
        other = _OTHER_KEY.search(part)
        if other:  # 市公安局项目责任人：… — the list ends where another key begins
            part = part[:other.start()]
        division = re.fullmatch(DIVISION, m.group(1)) is not None
        verb_end = _VERB_END.search(part.rstrip("。；;，, ")) is not None  # 责任单位：A、B负责，C等参与
        by_verb = "牵头" in part or division or verb_end  # 责任分工：A牵头，B配合 / A负责
        led = parse_led(part.rstrip("。；;，, "), m.group(1)) if by_verb and not is_lead(m.group(1)) else None
        if led and len(led) == 1 and not division and "牵头" not in part:
            led = [(m.group(1), led[0][1])]  # 责任单位：区农村发展局负责: the key names the role
        if division and not led:  # 责任分工：区规划局负责开展规划编制工作，所在乡镇组织实施，…
            led = parse_division(part)
        out += led if led and all(units for _, units in led) else _marked_leads(m.group(1), parse_units(part))
    return out


_LEAD_MARK = "*＊★"


def _marked_leads(role: str, units: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """``(role, units)``, less the units marked as leading (``责任单位：*县人社局、县科技局``: the
    ``*`` marks the lead), which come first as the lead's pair.

    >>> _marked_leads("责任单位", ("*县人社局", "县科技局"))
    [('牵头', ('县人社局',)), ('责任单位', ('县科技局',))]
    """
    marked = tuple(u.lstrip(_LEAD_MARK) for u in units if u.startswith(tuple(_LEAD_MARK)))
    rest = tuple(u for u in units if not u.startswith(tuple(_LEAD_MARK)))
    if not marked:
        return [(role, units)]
    if is_lead(role):
        return [(role, marked + rest)]
    return [("牵头", marked)] + ([(role, rest)] if rest else [])


_DOER = re.compile(r"由?([^，,；;。：:\s]{2,40}?)(?:全力|具体|业务|共同|协同|负责)?"
                   r"(组织实施|负责|配合|协助|检查指导|实施|指导|作为|牵头)")


def parse_division(text: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """The ``(role, units)`` pairs of a 责任分工 sentence whose parts each open with units and what
    they do (``区规划局负责开展规划编制工作，澳前片区开发管理局组织实施，潭城镇人民政府全力配合``),
    or None when no part does.

    >>> parse_division("区规划局负责开展规划编制工作，区交通与建设局业务检查指导。")
    [('负责', ('区规划局',)), ('检查指导', ('区交通与建设局',))]
    """
    out = []
    for part in _split_top(_SPACE.sub("", text), "，,；;。"):
        m = _DOER.match(part)
        names = parse_units(m.group(1)) if m else ()
        if names and all(unit_name(n) and not _GENERIC_SUBJECT.match(n) for n in names):
            out.append((verb_role(m.group(2)), names))
    return out or None


def before_remark(part: str) -> str:
    """A role's unit list less a remark after it (``A、B按职责分工负责。具体任务均涉及相关市(州)人民政府，
    不再做分工，下同``: the list ends at its 。)."""
    end = part.find("。")
    part = part[:end] if 0 <= end < len(part.rstrip("。 ")) else part
    tail = _LIST_REMARK.search(part)  # …，以下各项工作均需要各单位负责，不再单独列出: a remark after a comma too
    return part[:tail.start()] if tail else part


#: A remark closing a note, that what it says holds for the tasks below (以下各项工作均需要各单位负责，不再单独列出).
_LIST_REMARK = re.compile(r"[，,；;]\s*以下[^，,。；;]{0,30}[，,]\s*不再(?:单独|另行|逐项)?(?:列出|列明|注明|标注)[。.]?$")


_RULE_TAIL_MAX = 40  # a remark between the rule and its 下同
_RULE = (r"(?:(?:列|排)(?:在|名)?(?:第一位|首位|第一)[的者]?(?:单位)?|第一责任单位)\s*[为是]\s*(?:工作)?牵头"
         r"(?:单位|部门)?(?:或[^，,。；;）)]{1,6}(?:单位|部门))?"
         r"\s*(?:[，,；;]\s*(下同))?\s*。?")
#: A rule in a unit note that its first unit leads (``列第一位的为牵头单位，下同``), in brackets of
#: its own or after the list.
_FIRST_LEADS = re.compile(rf"[（(]\s*{_RULE}[）)]|[。.，,；;]?\s*{_RULE}")
_COMMA_RULE = (r"(?:列|排)?在?(?:第一个|首个)?(?:逗号|分号)(?:之)?前(?:面)?的?(?:单位|部门)?\s*[为是]\s*(?:工作)?牵头(?:单位|部门)?"
               r"\s*(?:[，,；;]\s*(下同))?\s*。?")
#: A rule that the units before the first comma lead (``列逗号之前的为牵头单位，…，下同``).
_COMMA_LEADS = re.compile(rf"[（(]\s*{_COMMA_RULE}[）)]|[。.，,；;]?\s*{_COMMA_RULE}")


def first_leads(note: str, rule: re.Pattern[str] = _FIRST_LEADS) -> tuple[str, bool, bool]:
    """``note`` without a rule that its first unit leads, whether it had one, and whether the
    rule holds for the notes below too (``下同``); with ``rule=``:data:`_COMMA_LEADS` (see
    :func:`comma_leads`), a rule that the units before the first comma lead.

    >>> first_leads("责任单位：区科技局、区财政局。列第一位的为牵头单位，下同")
    ('责任单位：区科技局、区财政局', True, True)
    """
    m = rule.search(note)
    if m is None:
        return note, False, False
    rest, onwards = note[m.end():], m.group(1) is not None or m.group(2) is not None
    same = rest.find("下同")
    if not onwards and 0 <= same <= _RULE_TAIL_MAX and "。" not in rest[:same]:
        rest, onwards = rest[same + 2:], True  # …为牵头部门或单位，其他有关部门按职责分工负责，下同
    stop = "。" if m.group().rstrip().endswith("。") and rest.strip(" 。") else ""
    return note[:m.start()] + stop + rest, True, onwards


def comma_leads(note: str) -> tuple[str, bool, bool]:
    """:func:`first_leads` for a rule that the units before the first comma lead.

    >>> comma_leads("市交通运输局、南山区政府，市规划和自然资源局。列逗号之前的为牵头单位，其他有关单位按职责分工配合，下同")
    ('市交通运输局、南山区政府，市规划和自然资源局', True, True)
    """
    return first_leads(note, _COMMA_LEADS)


def leads_before_comma(note: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """The pairs of a bare unit list under that rule: the units before the first comma lead, the
    others take part; None when a part is no unit list.

    >>> leads_before_comma("市卫生健康委，各区政府")
    [('牵头', ('市卫生健康委',)), ('责任单位', ('各区政府',))]
    """
    head, *tail = _split_top(note.rstrip("。. "), "，,")
    lead, rest = unit_cell(head), unit_cell("、".join(tail)) if tail else ()
    if not lead or tail and not rest:
        return None
    return [("牵头", lead)] + ([("责任单位", rest)] if rest else [])


def roles_before_comma(note: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """A note of one role that is no lead under that rule: the units before the first comma lead,
    the others keep the note's role; None when it has other roles or names no unit before a comma.

    >>> roles_before_comma("责任单位：市科技局、市数据局，市委网信办、市财政局")
    [('牵头', ('市科技局', '市数据局')), ('责任单位', ('市委网信办', '市财政局'))]
    """
    found = list(ROLE.finditer(note))
    if len(found) != 1 or is_lead(found[0].group(1)) or note[:found[0].start()].strip("（(〔【[ "):
        return None
    head, *tail = _split_top(before_remark(note[found[0].end():]).rstrip("。. "), "，,")
    lead, rest = parse_units(head), parse_units("、".join(tail))
    return [("牵头", lead)] + ([(found[0].group(1), rest)] if rest else []) if lead else None


def listed_note(note: str) -> bool:
    """Whether a bracket's text is a bare list of units, perhaps with a rule of who leads
    (``市交通运输局、南山区政府，市规划和自然资源局。列逗号之前的为牵头单位，下同``)."""
    return unit_cell(before_remark(comma_leads(first_leads(note)[0])[0])) is not None


def lead_first(pairs: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    """Under a first-leads rule, the first unit of a note naming no lead leads; the others stay."""
    if any(is_lead(role) for role, _ in pairs) or not pairs or not pairs[0][1]:
        return pairs
    (role, units), rest = pairs[0], pairs[1:]
    return [("牵头", units[:1]), (role, units[1:]), *rest]


def verb_role(verb: str) -> str:
    """The role of units named by a verb: 牵头 for the verbs that lead (牵头负责, 主办, 承办), the
    verb for the others (负责, 配合…); 组织实施, 组织落实 are what a unit does, not a lead (实施, 落实)."""
    if verb.startswith("组织") and len(verb) > 2:
        return verb.removeprefix("组织")
    return "牵头" if is_lead(verb.removeprefix("负责")) else verb


_LED = re.compile(r"(?:由)?(.+?)(?:分别|共同|联合|自行|各自|统一|分工|双|按照?(?:各自)?职责(?:分工)?)?(牵头负责|牵头落实|牵头|主办|承办|负责落实|负责牵头|负责|配合|参加|参与|协同|协助|协作|具体实施|组织实施"
                  r"|组织落实|组织配合|协办|各负其责|落实|为成员单位)(?:落实|实施|督导|推进|组织|协调|指导|督促|考核|相关工作|有关工作)?$")


NOTE_MAX, _UNIT_MAX = 160, 30  # the longest note by verb, and unit name
_CALLS_CONCERNED = re.compile(r"(.+?)(?:会同|组织|牵头组织)(?:各?有关|相关|其他)(?:部门|单位|方面)(?:共同)?(?:负责|落实|实施)?")
_COMPANY_MAX = 8  # 中国铁塔: a state company named without 公司


def led_note(note: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """:func:`parse_led` of a note in brackets, or None when it is not one (too long, a sentence
    of its own, or a part naming no unit): ``（试行）``, ``（2023—2025年）`` are no notes.

    >>> led_note("发展改革委、人民银行牵头负责，法制办参加")
    [('牵头', ('发展改革委', '人民银行')), ('参加', ('法制办',))]

    Units that call in the units concerned lead (``法制办组织有关部门``, ``监察部、法制办会同有关部门``):

    >>> led_note("监察部、中央编办、法制办会同有关部门")
    [('牵头', ('监察部', '中央编办', '法制办'))]
    """
    note = before_remark(note)  # …配合。以下各项均需各县区落实，不再列出
    if not 2 <= len(note) <= NOTE_MAX or "。" in note:
        return None
    calls = _CALLS_CONCERNED.fullmatch(note)
    if calls and (units := parse_units(calls.group(1))) and all(unit_name(u) for u in units):
        return [("牵头", units)]
    pairs = parse_led(note)
    if not pairs or any(not units or any(len(u) > _UNIT_MAX for u in units) for _, units in pairs):
        return None
    return pairs


#: 、 after a verb of role, before the units of the next role (A牵头负责、B、C组织落实): a pause between two parts.
_ROLE_THEN_LIST = re.compile(r"(?:(?<=牵头负责)|(?<=负责牵头)|(?<=牵头)|(?<=[^职工]负责))、(?=[^、，,；;]{2,})")


def parse_led(note: str, key: str | None = None) -> list[tuple[str, tuple[str, ...]]] | None:
    """The ``(role, units)`` pairs of a note that names units by verb (``县司法局牵头，各乡镇配合``),
    or None when a part of it is not ``units + verb``. Under a role ``key``, units listed after
    the others without a verb take the key's role (``责任单位：区统计局牵头，区财政局``).

    Examples
    --------
    >>> parse_led("县委依法治县办牵头，县直各部门配合")
    [('牵头', ('县委依法治县办',)), ('配合', ('县直各部门',))]
    >>> parse_led("区发改局牵头，区财政局、区水务局等部门，各街道配合")
    [('牵头', ('区发改局',)), ('配合', ('区财政局', '区水务局', '各街道'))]
    >>> parse_led("含乡镇") is None
    True
    >>> parse_led("区统计局牵头，区财政局、区审计局", "责任单位")
    [('牵头', ('区统计局',)), ('责任单位', ('区财政局', '区审计局'))]
    >>> parse_led("市消防救援总队牵头负责、市公安局、各区政府组织落实")
    [('牵头', ('市消防救援总队',)), ('落实', ('市公安局', '各区政府'))]
    """
    out, pending = [], ""
    note = _ROLE_THEN_LIST.sub("，", _SPACE.sub("", note))  # 市交通委牵头负责、各区政府组织落实: two parts
    for part in _split_top(note, "，,；;"):
        if out and not pending and (DEADLINE_PART.fullmatch(part.strip("。.")) or _DATED.match(part)):
            continue  # a deadline (2018年3月底前取得阶段性成果): the caller reads it
        m = _LED.fullmatch(pending + part)
        if not m and (_ETC.search(part) or _units_only(part)):
            pending += part + "、"  # A、B等部门，C配合 / A、B，C配合: the verb names both lists
            continue
        if not m and out and not pending and (duty := _subject_pairs(part)):
            out += duty  # …，区管委会办公室政策法规处负责法制审查工作: a unit's own duty after the others
            continue
        if not m:
            return None
        pending = ""
        role = verb_role(m.group(2))  # 牵头负责, 承办 lead
        if role == "落实" and not all(unit_name(u) for u in parse_units(m.group(1))):
            return None  # 抓好落实: a verb, not a note
        out += _together(m.group(1), role)
    if out and pending and key:
        out.append((key, parse_units(pending)))
        pending = ""
    return out if out and not pending else None


def _together(units: str, role: str) -> list[tuple[str, tuple[str, ...]]]:
    """The pairs of ``units + verb``: ``X会同Y、Z`` + 负责 is X leading with Y, Z in the verb's role."""
    lead, sep, rest = units.partition("会同")
    if not sep or not lead or not rest:
        return [(role, parse_units(units))]
    return [("牵头", parse_units(lead)), (role, parse_units(rest))]


# -- cells that hold nothing but units or a deadline ------------------------------------------
NAME_ENDS = set(UNIT_ENDS + "科股库联协馆台校司署")  # a cell's names: 调解科, 直属库, 妇联, 科协, 文化馆, 发展署
_ZONE = re.compile(r"(?:开发|示范|新|园|高新|经济|经开|工业|保税|综合试验|综合实验|管)区$")  # 平潭综合实验区
_GENERIC_PLACES = re.compile(r"^(?:片区|[县区镇乡])?(?:各|属地).{0,6}[乡镇街道村社区县市旗]$"  # 各乡镇, 各县市区, 属地街镇,
                             # 片区各行政村
                             r"|^各?[省市县区州旗]属(?:国有企业|国企|企业|事业单位)$"  # 区属国企: the district's companies
                             r"|^各地$"  # 各地要…: each place's government, in a province's or city's text
                             r"|^(?:各|中西部|东部|西部|中部|有关)?省[（(](?:区、市|自治区、直辖市)[）)]$"  # 各省（区、市）要…: the provinces
                             r"|^地市及区县$|^市县$|^市、县$"  # 地市及区县要…
                             r"|^(?:街镇|镇街|乡镇)$"  # 由街镇（园区）牵头: the towns and streets in general
                             r"|^各(?:班级?|年级|年段|教研组|备课组)$")  # 各班要…: a school's classes and groups
#: Words a unit name does not start with, but a short task title does (加快建设法治政府).
TASK_VERBS = (r"加强|加快|推进|推动|健全|完善|落实|深化|建设|建立|强化|提升|提高|规范|严格"
                r"|全面|深入|持续|开展|做好|抓好|创新|优化|坚持|召开|组织|实施|制定|构建|打造|发挥"
                r"|依法(?!治)|积极|着力|切实|大力|充分|进一步|不断|认真|扎实|确保|保障|实现|促进|服务"
                r"|建成|新建|开工|迁建|改建|扩建|完成|启动|编制|出台|修订|印发|争创|创建|明确|聚焦|滚动实施|加大|推行|广泛")
_TASK_START = re.compile(rf"^(?:{TASK_VERBS})")
_TRAILING_BRACKET = re.compile(r"[（(〔][^（(〔）)〕]*[）)〕]$")


_OFFICE_OF_TASK = re.compile(r"主管部门$|^[\u4e00-\u9fff]{2}部$|^各?建设单位$|^(?:组织)?编制机关$|^实施(?:机关|机构)$")  # 建设主管部门, 建设部: a unit named for the work it governs
#: Words that end like a unit's name and are none: a deployment (周密部署), a place or standing
#: (整改不到位, 全方位, 政治站位, 收运点位, 岗位), a task that sets one up (成立领导小组).
_NOT_UNIT = re.compile(r"以.{1,6}为单位$|(?:多|各|此|一|两|几|某|有|等)处$|(?:举|进|执|运|施|实|履|试|通|推|先|同|平|并)行$|选定|指定|委托|^(?:参|与|开|散|闭|晚|早|例|年|月|周|常)会$|^(?:或者?|纳入|探索|严禁|禁止|促进|各自|以下|以上|下列|上述|含|包括)|(?:申|承|主|协|举|联)办$|(?:场所|住所|处所|部署|[到方就缺错越定站补首地本岗座席学床车点水职价]位|[格布大全开结当新]局|[边门展餐前]厅|社会|组团|(?<!中)心|(?:项目|资源|人才|专家|案例|数据|信息|题|[缴入出退])库)$|^成立")  # 发展格局, 重点布局,
# 以家庭为单位 (a measure), 有多处 (a count), （含联合申办） (a remark: who hosts it, no office)
_NAMED_OFFICE_MIN = 4  # 江宁路街道, 区“两旧”专班: a street office or task force named by its place


def _ends_like_unit(name: str) -> bool:
    """Whether a name ends as unit names do (…局, …委, …办, …海关, 团市委机关, 江宁路街道, 区“两旧”专班,
    培育机构)."""
    return name[-1:] in NAME_ENDS or name.endswith(("海关", "机关", "幼儿园", "大学")) \
        or len(name) >= _NAMED_OFFICE_MIN and name.endswith("机构") \
        or len(name) >= _NAMED_OFFICE_MIN and name.endswith(("街道", "专班"))


#: A kind of body alone, naming none (a table's ``单位：人`` caption, a form's ``单位：`` field).
_BARE_CLASS = frozenset(("单位", "部门", "机关", "机构", "科室", "处室", "股室"))


#: A department named by its field and kind (建设行政管理部门, 建设主管部门): a unit, though its field reads
#: as a task's verb.
_FIELD_OFFICE = re.compile(r"(?:行政管理|主管|监督管理|行政)(?:部门|机关|机构)$")


def unit_name(name: str) -> bool:
    """Whether ``name`` reads as one unit's name (``区财政金融局``, ``各乡镇（街道）``, ``平潭综合实验区``),
    not a task's words (``加快建设法治政府``) or a platform (``省级重点平台``)."""
    core = _TRAILING_BRACKET.sub("", name)  # 各乡镇（街道）, 县农业农村局（水利局）
    if not 2 <= len(core) <= _UNIT_MAX or _TASK_START.match(core) and not _OFFICE_OF_TASK.search(core) \
            and not _FIELD_OFFICE.search(core) \
            or core.endswith(("干部", "平台", "团队")) or core.startswith("我") or _NOT_UNIT.search(core) or core in _BARE_CLASS:
        return False  # 省级重点平台: a platform is no unit (nor a team: 国家级团队); 我厅: the writer, no name; 单位：人: a table's
        # measure, no unit's label
    return _ends_like_unit(core) or bool(_ZONE.search(core) or _GENERIC_PLACES.match(core) or _GENERIC_PLACES.match(name)
                                         or _TOWN.search(core)
                                         or _FINANCE.fullmatch(core)) \
        or core.startswith("中国") and len(core) <= _COMPANY_MAX  # 中国移动, 中国铁塔


#: A level's finance named as a body (中央财政, 市财政, 省级财政): its finance bureau.
_FINANCE = re.compile(r"(?:中央|[省市县区州旗]级?|本级|同级)财政")
#: A township named by its place (万祥镇, 书院镇, 红旗乡), not a kind of town (小城镇, 重点镇, 特色小镇).
_TOWN = re.compile(r"^(?!(?:小城|新型城|[全各本该每乡])[镇乡]$)[^\s，,。；;、]{2,6}(?:(?<!小|古|点|心|制|集|乡)镇|(?<!城)乡)$")


def unit_cell(text: str) -> tuple[str, ...] | None:
    """The units of a table cell (or a line standing for one) that holds nothing but unit names,
    or None: ``县司法局、各行政执法部门``, ``办公室``, ``各乡镇（街道）``; a task title such as
    ``加快建设法治政府`` or a sentence is none.

    >>> unit_cell("县司法局、各行政执法部门")
    ('县司法局', '各行政执法部门')
    >>> unit_cell("加快建设法治政府") is None
    True
    >>> unit_cell("省能源局、各市能源主管部门，有关油气企业"), unit_cell("有关油气企业")
    (('省能源局', '各市能源主管部门', '有关油气企业'), None)
    """
    cell = _SPACE.sub("", text).rstrip("；;，,")
    listed = cell.endswith("。") and len(_split_top(cell, "、，,")) > 1  # A局、B局，C管委会。: a list
    cell = cell[:-1] if listed else cell
    if not 2 <= len(cell) <= NOTE_MAX or any(ch in cell for ch in "。；;：:！？"):
        return None  # 建成县残疾人综合服务中心。 is a task that ends like a unit name
    names = parse_units(cell)
    units = [unit_name(n) for n in names]
    return names if names and all(u or _PARTY.fullmatch(n) for u, n in zip(units, names)) and any(units) else None


#: Enterprises a note lists after the offices (``省能源局、各市能源主管部门，有关油气企业``): parties to the
#: task there, though no office's name.
_PARTY = re.compile(r"(?:有关|相关|重点|骨干)?[\u4e00-\u9fff]{0,10}(?:企业|电厂)")


_GLUED_AT = re.compile(rf"(?<=[{''.join(sorted(NAME_ENDS))}])(?=[省州市县区旗盟乡镇各][^、，,；;。])(?!市场|市政|市容|区域|(?<=社)区)")  # (政府|市场监督
# 管理部门: the government's department, one name)
_GLUED_PIECE_MIN = 4  # 县委县政府督查室 is one name, not 县委 and 县政府督查室
_OWNS = "委会府部组"  # 县安委会各成员单位, 市人民政府各相关部门: the members of one body, not two names


def glued_names(text: str) -> list[int]:
    """Where unit names written without a separator meet (``区经济发展局区行政审批局`` → [6]): after
    a name's last character, before a jurisdiction or 各, where both sides are 4 characters or
    more of units; offsets into ``text``.

    >>> glued_names("县司法局县发展和改革委员会县直各有关单位")
    [4, 13]
    >>> glued_names("县委县政府督查室")
    []
    >>> glued_names("县安委会各成员单位")
    []
    """
    cuts: list[int] = []
    for m in _GLUED_AT.finditer(text):
        last = cuts[-1] if cuts else 0
        if text.count("（", last, m.start()) + text.count("(", last, m.start()) \
                > text.count("）", last, m.start()) + text.count(")", last, m.start()):
            continue  # 各村（社区）: no cut inside a bracket
        if text[m.start()] == "各" and text[m.start() - 1] in _OWNS:
            continue
        if m.start() - last >= _GLUED_PIECE_MIN and len(text) - m.start() >= _GLUED_PIECE_MIN \
                and unit_name(_clean(text[last:m.start()])):
            cuts.append(m.start())
    return cuts


def unglued(names: list[str]) -> list[str]:
    """Each name of a list, those written without a separator (``区经济发展局区行政审批局``) apart."""
    out = []
    for name in names:
        cuts = glued_names(name) if len(name) >= 2 * _GLUED_PIECE_MIN else []
        out += [name[a:b] for a, b in zip([0, *cuts], [*cuts, len(name)])]
    return out


def _units_only(part: str) -> bool:
    """Whether a part of a note or sentence lists unit names only (``A局、B局``), its verb after
    the next comma (``A局、B局，C局配合``)."""
    names = parse_units(part)
    return bool(names) and all(unit_name(n) for n in names)


def placed_units(text: str) -> tuple[str, ...] | None:
    """:func:`unit_cell` of a bracket without a role word, where every name states its place
    (``区市场局、区大数据中心``, ``各乡镇``), or a list of three or more opens with one that does
    (``省能源局，广东电网公司、深圳供电局``), or None: a bare ``（办公室）`` or ``（试行）`` is no note.

    >>> placed_units("区市场局、区大数据中心")
    ('区市场局', '区大数据中心')
    >>> placed_units("办公室") is None
    True

    A list of two or more ministries, commissions or bureaus named without a place is a note too, as
    a national text names them (``劳动保障部、卫生部、民政部``):

    >>> placed_units("财政部、发展改革委"), placed_units("中央编办"), placed_units("食品药品、安全生产") is None
    (('财政部', '发展改革委'), ('中央编办',), True)
    """
    names = unit_cell(text)
    placed = [bool(_prefixes(n)) or n.startswith(("各", "有关")) for n in names or ()]
    offices = bool(names) and all(n.endswith(_MINISTRY_ENDS) and len(n) <= _MINISTRY_MAX for n in names or ()) \
        and (len(names or ()) > 1 or len(names[0]) > 2 and names[0] not in _BARE_OFFICES)  # （中央编办）, not （办公室）
    return names if names and (all(placed) or placed[0] and len(names) > 2 or offices) else None


#: How the names of a national text's ministries, commissions and bureaus end (财政部, 发展改革委, 法制办).
_MINISTRY_ENDS = ("部", "委", "局", "办", "厅", "署", "院", "监会", "委员会", "办公室", "中心")
_BARE_OFFICES = ("办公室", "办公厅", "委员会", "管理局", "管理处")  # a bracket of one such names no unit
_MINISTRY_MAX = 12


_WHEN = re.compile(r"(?:\d{4}\s*年?)?(?:\d{1,2}月(?:\d{1,2}日)?|年)?(?:底|末|中旬|上旬|下旬|内|度)?(?:前|以前|之前)?"
                   r"|长期(?:坚持|推进)|持续(?:推进|实施|开展)|常态化(?:推进|开展)?|每(?:年|半年|季度|季|月)|常年"
                   r"|全年|及时|[起至到和及并、，,\-—~～]|完成|开始|投入使用|动工|开工|完工|竣工|建成")


def deadline_cell(text: str) -> str | None:
    """The text of a table cell (or a line standing for one) that holds nothing but a deadline
    (``年底前``, ``2025年年底前完成并长期推进``, ``持续推进``), or None.

    >>> deadline_cell("2025年年底前完成并长期推进")
    '2025年年底前完成并长期推进'
    >>> deadline_cell("完成") is None
    True
    """
    cell = _SPACE.sub("", text).rstrip("。；;，,")
    if not 2 <= len(cell) <= 24 or _WHEN.sub("", cell):
        return None
    return cell if re.search(r"\d|年|月|长期|持续|常态|每|全年|及时", cell) else None


#: A part naming the leader in charge, not a unit: 由吴继德副市长负责, 分管副省长、协管副秘书长负责.
_LEADER_PART = re.compile(r"由?[^，,；;。]{0,12}?(?:长|书记|主任|主席|领导|同志)"
                          r"(?:、[^，,；;。]{0,12}?(?:长|书记|主任|主席|领导|同志))*(?:负责|分管|主抓|牵头)")


def by_prefix(sentence: str) -> tuple[int, list[tuple[str, tuple[str, ...]]]] | None:
    """A sentence that begins by naming its units by verb (``由省经贸委负责，省农业厅配合，加快…``,
    ``由乡三农服务中心承办，乡畜牧站、卫生院配合。``): where that run ends in ``sentence`` and its
    ``(role, units)`` pairs, or None. Every unit must look like a unit name.

    >>> by_prefix("由县司法局负责，各乡镇配合，全年开展送法下乡活动。")
    (14, [('负责', ('县司法局',)), ('配合', ('各乡镇',))])
    >>> by_prefix("由市财政局、市农机局，各县（市）、区人民政府负责落实。")
    (27, [('负责落实', ('市财政局', '市农机局', '各县（市）、区人民政府'))])
    >>> by_prefix("由张明副市长负责，市建设局牵头，市发改委配合，加快推进。")
    (23, [('牵头', ('市建设局',)), ('配合', ('市发改委',))])
    """
    if not sentence.startswith("由"):
        return None
    pairs, end, pending, leader = [], 0, "", False
    for m in re.finditer(r"[^，,；;。]+[，,；;。]?", sentence):
        part = m.group().rstrip("，,；;。")
        if not pairs and not pending and not leader and _LEADER_PART.fullmatch(part):
            leader = True  # 由吴继德副市长负责，市建设局牵头…: a person, no unit; the units follow
            continue
        found = _led_part(pending + part)
        if found is None and _units_only(part.removeprefix("由")):
            pending += part + "、"  # 由市财政局、农机局，各县（市）、区人民政府负责落实: one list
            continue
        if found is None:
            break
        pairs += found
        end, pending = m.end(), ""
    return (end, pairs) if pairs else None


def _led_part(part: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """The ``(role, units)`` pairs of a part of a sentence that is ``units + verb`` with
    unit-like names (two pairs for ``X会同Y负责``)."""
    led = _LED.fullmatch(part)
    if led is None:
        return None
    named = led.group(1)
    etc = _ETC_END.search(named)  # A、B等部门配合: the writer calls them units, short as they are
    if etc:
        named = named[:etc.start()]
    pairs = [(role, tuple((_described_office(u) or (u,))[0] if "的" in u and "设区的" not in u else u for u in units))
             for role, units in _together(named, verb_role(led.group(2)))]  # 由招标人依法组建的评标委员会负责: the committee
    if not pairs or not all(units and all((unit_name(u) or etc and 1 < len(u) <= _UNIT_MAX or u in _PLACES)
                                          and "由" not in u for u in units) for _, units in pairs):
        return None
    named = [(role, tuple(u for u in units if not _GENERIC_SUBJECT.match(u))) for role, units in pairs]
    return [(role, units) for role, units in named if units]  # 相关部门配合: no unit named


_HELP_VERB = re.compile(r"配合|参与|协助|协同")
#: The first verb after 由, but not in a phrase that says which work it is (由县民政局负责的第1件).
_BY_VERB = re.compile(r"(?:牵头负责|负责牵头|牵头|负责(?!人|同志))(?![\u4e00-\u9fff]{0,2}的)")
_PLACES = ("乡镇", "镇街", "街道", "乡镇街道", "各乡镇", "各街道")  # 由乡镇牵头: the townships where the task is


_NO_BY = re.compile(r"(?<=[自缘事])由|(?<=[当无]理)由")  # 由 inside a word (自由, 正当理由, 缘由, 事由), no doer's


def by_parts(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The units a sentence names by verb in its middle, after ``由``: ``…，由依法治县办牵头，
    各乡镇实施，县司法局、县法院等单位共同参与。`` — every comma-separated part that is
    ``units + verb`` with unit-like names, where one of them starts with 由 (none otherwise).

    >>> by_parts("开展法治宣传月活动，由县委依法治县办牵头，县司法局、县法院等单位共同参与。")
    [('牵头', ('县委依法治县办',)), ('参与', ('县司法局', '县法院'))]
    >>> by_parts("城区主次干道小广告清除由区城管局负责；")
    [('负责', ('区城管局',))]
    """
    if "由" not in sentence:
        return []
    pairs, led_by = [], False
    for part in re.split(r"[，,；;。]|(?<=牵头)、", sentence):  # 由乡镇牵头、区X局等部门配合
        part = part.strip()
        found = _led_part(part)
        by = _NO_BY.sub("＊", part)  # (自由贸易试验区, 理由: no 由 of a doer)
        at = by.rfind("由")
        if found is None and at > 0:  # …小广告清除由区城管局负责: the part ends naming its units
            found = _led_part(part[at:])
            part, by = part[at:], by[at:]
        if found is None and "由" in by:  # 认定工作由区科工信局会同各社区组织开展: X leads, with Y
            found = _with_pairs(part[by.find("由") + 1:])
        if found is None and (at := by.find("由")) >= 0 and (verb := _BY_VERB.search(part, at)):
            found = _led_part(part[at:verb.end()])  # 由X牵头建设…, …由X负责组织实施: the task goes on
            part = part[at:] if found else part
        if found is None and led_by and part.startswith("会同"):  # 由X牵头，会同A、B等部门…
            found = _with(part.removeprefix("会同")) or None
        if found is None and led_by and (verb := _HELP_VERB.search(part)):  # 由X牵头，A、B等部门配合进行…
            found = _led_part(part[:verb.end()])
        if found is not None and part.endswith("承办") and "主办" in sentence:  # 由X主办，由Y承办: Y
            found = [("承办单位", units) for _, units in found]  # carries out what X leads
        if found is not None:
            pairs += found
        led_by = led_by or part.startswith("由") and (found is not None or _LEADER_PART.fullmatch(part) is not None)
    return pairs if led_by else []


#: A subject named for what units in general are, not a unit: 各责任单位, 有关部门, 牵头单位.
_GENERIC_SUBJECT = re.compile(r"^(?:[省市县区州旗][级直]?|县[（(]市、区[）)])?(?:各|有关|相关|其他|其余|成员|责任|牵头|配合|主管|职能|各级|各有关|各相关)"
                              r".{0,4}(?:单位|部门|机关)$"
                              r"|^(?:片区|[省市县区州旗局])?各?(?:有关|相关)(?:处室|科室|股室)$")  # 片区各相关处室
_SUBJECT = re.compile(r"[①-⑳]?([^，,；;。：:\s（(〔【\[][^，,；;。：:\s]{1,59}?)(?:应当|应|要|将|须)?(?:具体|主要|全面|总体)?"
                      r"(会同(?!意)|(?<=部门)商(?=有关|相关|同级|[^，,。；;]{2,20}部门)|牵头负责|负责牵头|牵头|负责(?!人|同志))")
_MODAL_SUBJECT = re.compile(r"[①-⑳]?([^，,；;。：:\s（(〔【\[《][^，,；;。：:\s《]{1,199}?)"
                            r"(?:应当|必须|(?<![效响适供反相对回感答呼])应(?![诉急对用收答有届声变])|(?<![重必只紧首所])要(?![求点素件])|须(?!知)"
                            r"|应(?=对[^，,。；;]{1,40}?(?:进行|予以|实施|作出|开展|督查|检查|核查|审查|审核|监督|给予|提供|采取|实行"
                            r"|制定|建立|编制|落实|组织))"  # X应对…进行核查, X应对每一座所属泵站制定…
                            r"|(?<![所急必亟无])需(?![求])"  # 各开发企业需向…申报
                            r"|(?<![即])将(?![来近军领士])(?=积极|进一步|继续|加大|加强|组织|开展|通过|会同|对|在|[\u4e00-\u9fff]{2})"  # 平潭支行将…
                            r"|(?<![许认])可(?![持靠信控行能见研循]|视(?!情))(?=以|[依根按结视对向在将于自会采适]))")  # 民政等部门可根据…
_UNITS_NEXT = "(?=各|有关|相关|[省市县区州旗乡镇])"  # units named next (请各乡镇…, 要求有关部门…)
_MODAL_OPENING = re.compile(rf"^(?:{POINT_WORD}|其中|同时|此外|另外)[，,、]?|^请{_UNITS_NEXT}|^[—－-]+")  # 一是公安机关要…
#: A subject that names no particular unit: every level of government, the unit sued, the one that
#: wins a bid (各级政府要…, 被诉行政机关应当…).
_GENERAL_MODAL_SUBJECT = re.compile(r"^(?:全\S{1,2})?各级(?=政府|人民政府|党委|领导)|^被|^(?:中标|实施|申请|申报|责任|项目)(?:单位|人|主体|家庭)$"
                                    r"|\d")  # 摸底登记（3月1日—3月31日）各街道: a title runs into it
#: A subject that points back to the units a note names (各牵头处室, 责任单位, 成员单位): no unit of its
#: own. A general one (各单位, 有关部门, 各级机关党委) is the writer's unit all the same.
_ROLE_SUBJECT = re.compile(r"^(?:[省市县区州旗片]?[级直]?)?各?(?:成员|责任|牵头|配合|协办|主管|职能)"
                           r".{0,4}(?:单位|部门|机关|处室|科室|股室)$")
#: A sentence's opening phrase of time or matter before its subject (专项行动期间，…; 对于有较大影响的案件，…;
#: 项目业主提交协调事项后，…).
_TIME_END = "期间|之后|以后|之前|以前"
_LEAD_ADVERBIAL = re.compile(rf"[^，,。；;]{{2,24}}(?:{_TIME_END}|(?<!落)后|过程中)|(?:对于|针对)[^，,。；;]{{2,30}}"
                             r"|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|以前|之前|起)?"  # 2024年3月18日前，X将…
                             r"|\d{4}年(?:底|末|内|起|上半年|下半年)?(?:前|以前|之前)?"  # 2025年，上海城投集团完成…
                             r"|对[^，,。；;]{2,40}(?:的|行为|案件|情形|问题|事项)|因[^，,。；;]{2,40}(?:需要|原因)"
                             r"|为了?(?:规范|加强|推进|做好|落实|确保|保障|进一步|提高|提升|促进)[^，,。；;]{2,30}")  # 对…的行为，
# X可…; 因…的特殊需要，X可…; 为规范…，X应…: a purpose
#: A time run into the subject after it, with no comma (国庆期间各部门要…).
_TIME_BEFORE_SUBJECT = re.compile(rf"^(?:[^，,。；;]{{2,12}}?(?:{_TIME_END})|(?:\d{{4}}年)?\d{{1,2}}月(?:\d{{1,2}}日|底|末)?(?:前|以前|之前|起)"
                                  rf"|\d{{4}}年(?:底|末)?(?:前|以前|之前|起))(?=各|[省市县区乡镇][^级]{{2}})")  # (2022年5月前X要…: a date)
#: A subject, then the time of its task before a comma (各高校在制定招生计划时，要…).
_SUBJECT_WHEN = re.compile(r"([^，,；;。：:\s]{2,20}?)(?:(?:在|于)[^，,；;。：:]{2,30}?(?:时|中|期间|之际|后|之后|以后)"
                           r"|(?:收到|接到|发现|受理|接收|处理|审查|审核|核实|调查|办理|作出|做出|提交|报送|中止|终止|恢复|认为"
                           r"|采取|实施|进行|起草|制定|收集|送达|拍卖|举行|召开|听取|征求|确需|需要"
                           r"|扣留|扣押|暂扣|查封|吊销|没收|许可)(?!机关|机构|单位|部门|人员)"  # X扣留车辆、工具的，应当…
                           r"[^，,；;。：:]{0,30}?(?:后|之后|以后|时|的)|经[^，,；;。：:]{2,20}?(?:批准|同意))")  # X收到申请后，应当…;
# X中止审查的，应当…; X提交送审稿时，应当…; X经部领导批准，可以…: the subject of the modal verb after the pause
_MODAL_FIRST = re.compile(r"(?:要|应当|应|须|必须)(?![求点件])")
#: Words run into a subject that are none of its names: a time before it (当前高等学校要…), 特别是 before
#: the one of a list it stresses (各高等学校、特别是重点高校要…).
_SUBJECT_LEAD_IN = re.compile(r"^(?:当前|目前|今后|近期|现阶段|同时|(?:确有)?必要时|特殊情况下|紧急情况下)|(?<=、)(?:特别是|尤其是)")
#: A time between a subject and its modal verb (每隔两年要, 每年要, 定期要).
_TIME_BEFORE_MODAL = re.compile(r"(?:每隔?[一二三四五六七八九十两\d]{1,3}个?[年月季周]度?|每年度?|每季度|每月|每半年|定期|年内)$")
#: An adverb between a subject and its modal verb (还要, 也要, 一定要).
_MODAL_ADVERB = re.compile(r"(?:还|也|都|均|一定|务必|必须)$")
#: Where a phrase of time, place or matter follows the subject (在春运期间要, 对伤医案件应当).
_AFTER_SUBJECT = re.compile(r"(?:(?:(?<!所)|(?<=派出所)|(?<=事务所)|(?<=研究所))在(?!地)|对|针对|于)(?=[^在对于]{2,24}$)")  # (not 渡口所在地…: where it is; nor 专家所在单位: whose)
_SUBJECT_ETC = re.compile(r"等(?:[^等]{0,6}(?:单位|部门|处室|科室|股室)(?:和(?:单位|机构))?)?$")  # 县教育局、卫生局等行业主管部门负责
#: An office consulting another before the task (市人社局商有关部门…, 训练管理部商教育部后…; not 商务, 商业).
_CONSULTS = r"(?<=[部局委厅办门关构])商(?![务业会品户标场贸])"
_NOT_SUBJECT = re.compile(rf"(?<!自)由|协助|配合|协同|参与|会同|{_CONSULTS}|(?<=[局委办厅门府])联合(?=[\u4e00-\u9fff]{{2}})|(?<![高中初])等(?![区县])|对(?!应)|(?<!所)在|在(?!地|城市|[省市县区州旗乡镇])|将|交给|到")  # 专项行动由镇平安办牵头, 民宗部门协助… (所在地县级人民政府: a name)
_BY_WAY_OF = re.compile(r"^经(?!济|信|发|贸|开|管|侦)")  # …，经属地片区管理局会同区资源生态局审核后
_WITH_ETC = re.compile(r"等(?:有关|相关|成员)?(?:职能)?(?:主管|行政管理|行政|管理|监管)?(?:部门和(?:单位|机构)|单位|部门|机关)")  # (等职能管理部门)
_ETC_END = re.compile(rf"{_WITH_ETC.pattern}$")  # a list that ends so: A、B等部门配合
#: Where the last unit a ``会同`` list names ends: a verb of the task follows it.
#: A task's word that an office's ending follows at once: the office's name goes on (…社会|保障局).
_OFFICE_ENDS_NEXT = re.compile(r"(?:保障|管理|服务|执法|监督|监察|发展|建设|保护|改革)(?:局|厅|委|办|部门|中心|所|站|处)")
_WITH_END = re.compile(rf"(?:[{UNIT_ENDS}]|(?<=机)[关构]|(?<=企)业)(?!{_OFFICE_ENDS_NEXT.pattern})"
                       rf"(?=等?(?:负责|共同|联合|研究|协商|整合|细化|梳理|针对|抓好|按照|根据|结合|在|对|将|于|每|定期|适时|进行|督促|及时|另行"
                       rf"|严厉|严格|依法|加强|加大|全面|切实|深入|持续|重新|评估|核查|检查|审核|审查|协调|指导|监测|科学|合理|统筹|测算"
                       rf"|可以|应当|应(?!急|用)|须|必须"  # X会同Y可以…: Y, before the modal verb
                       rf"|(?:{TASK_VERBS})))")
# (not 区人力资源社会|保障局: the name goes on; …保障局等负责: the list closed by 等)


def by_subject(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The units of a sentence whose subject names them: ``X负责<task>`` (X in the verb's role),
    ``X会同Y、Z等单位<task>`` (X leads, Y and Z take part); none when the subject is no unit name
    (``各责任单位负责…``, ``要…``) or the sentence starts otherwise.

    >>> by_subject("市教育局会同市财政局、市人社局等部门完善学前教育经费投入机制。")
    [('牵头', ('市教育局',)), ('会同', ('市财政局', '市人社局'))]
    >>> by_subject("县司法局负责全县行政执法人员资格管理工作。")
    [('负责', ('县司法局',))]
    >>> by_subject("市委教工委、市教委负责大、中、小学生法治宣传教育工作；")
    [('负责', ('市委教工委', '市教委'))]
    >>> by_subject("省检验检疫局负责，省农业厅配合，强化出口备案基地监管。")
    [('负责', ('省检验检疫局',)), ('配合', ('省农业厅',))]
    >>> by_subject("具体为：县消防大队负责甸中镇，县文体局负责化念镇。")
    [('负责', ('县消防大队',)), ('负责', ('县文体局',))]
    >>> by_subject("各责任单位负责做好本单位的信息报送。")
    []
    """
    sentence = _SHORT_NAME.sub("", sentence)  # X（以下简称Y）负责…: X
    first, *parts = _subject_is(re.split(r"[，,；;。：:]", sentence))  # X是…主体，负责…
    pairs = _subject_pairs(first)
    for part, before in zip(parts, re.findall(r"[，,；;。：:]", sentence)):
        if pairs:  # X负责，Y配合，<task>; X负责A镇，Y负责B镇
            pairs += _led_part(part.strip()) or _subject_pairs(part.strip())
        elif before in "：:" or part.strip().startswith("其中"):  # …实行分片包干负责制，具体为：X负责A镇，
            pairs = _subject_pairs(part.strip().removeprefix("其中"))  # Y负责B镇 (or ，其中X负责A镇)
        else:  # …的人员，农业农村处会同社会事业处实施…: X leads from mid-sentence
            pairs = _with_pairs(_BY_WAY_OF.sub("", part.strip())) or []
    return pairs


#: A subject said to be a role before its duty (建设单位是…的责任主体，应当…; A、B是…的审批主体，负责…).
_SUBJECT_IS = re.compile(r"([^，,；;。：:\s]{2,80}?)(?:是|作为)[^，,；;。：:]{0,40}?(?:主体|主管部门|管理部门|职能部门|主管单位|牵头单位|责任单位|责任部门|责任人)")
#: A verb run into the name after it (确定专门机构负责…, 允许开发建设单位…, 阻碍自然资源主管部门…): no name of a doer.
#: A subject, then how it does its duty before a comma (A和B按各自的职责和本办法的规定，负责…).
_SUBJECT_HOW = re.compile(r"([^，,；;。：:\s]{2,40}?)(?:按照?|依照|依据|根据)[^，,；;。：:]{2,40}")
_VERBS_BEFORE_NAME = "允许|确定|明确|建立|组建|成立|设立|指定|发挥|依托|适用|阻碍|妨碍|拒绝"
_VERB_BEFORE_NAME = re.compile(rf"(?:{_VERBS_BEFORE_NAME})(?=[\u4e00-\u9fff]{{2}})")
_DUTY_WORD = re.compile(r"\s*(?:应当|应|要|须|必须|负责|具体负责|会同(?!意))")  # a modal verb or a verb of duty
_DUTY_NEXT = re.compile(rf"{_DUTY_WORD.pattern}|\s*(?:{TASK_VERBS})")  # (or a task's verb: X是…的责任主体，全面组织落实…)


def _subject_is(parts: list[str]) -> list[str]:
    """``parts`` of a sentence, its first two joined into ``X<duty>`` where the first says X is the
    duty's bearer (``建设单位是…的责任主体`` / ``应当主动对接…``) or names X and how X does it
    (``A和B按各自的职责和本办法的规定`` / ``负责…``); else as they are."""
    if len(parts) > 1 and not parts[1].strip() and (bearer := _SUBJECT_IS.fullmatch(parts[0].strip())) \
            and bearer.group().endswith(("主体", "责任单位", "责任部门", "主管部门", "主管单位")):
        return [bearer.group(1) + "负责", *parts[1:]]  # 高校是本校考试招生工作的责任主体。, X是本市…的主管部门。: it
        # bears the duty
    if len(parts) < 2 or not _DUTY_NEXT.match(parts[1]):
        return parts
    m = _SUBJECT_IS.fullmatch(parts[0].strip()) or _SUBJECT_HOW.fullmatch(parts[0].strip())
    if m is None or m.re is _SUBJECT_HOW and (_NOT_SUBJECT.search(m.group(1)) or _NOT_NAMED.search(m.group(1))
                                              or _DOING_IN_NAME.search(m.group(1)) or not _subject_names(m.group(1))):
        return parts
    duty = parts[1].strip()
    task = m.re is _SUBJECT_IS and not _DUTY_WORD.match(duty)
    return [m.group(1) + ("负责" if task else "") + duty, *parts[2:]]  # X是…的责任主体，全面组织…: X does it


#: A body, and departments listed by field before 等部门 after it (县级以上人民政府地震工作主管部门和应急管理、…等部门).
_BODY_AND_FIELDS = re.compile(r"(.+?(?:部门|机关|政府|局|委))(?:和|以及|及)(?!其)(.+?等(?:有关|相关)?部门)")
#: Departments listed by field before 等部门, and a body after them (A、B等部门以及区（县）政府).
_FIELDS_AND_BODY = re.compile(r"(.+?等(?:有关|相关)?(?:职能)?(?:主管|行政管理|管理)?部门)(?:以及|和|及)(.+)")


def _fields_and_bodies(subject: str) -> tuple[str, ...]:
    """The units a subject names as departments listed by field before 等部门 and bodies named after or
    before them (``A、B等部门以及区（县）政府``, ``X主管部门和A、B等部门``), or none where it is no such list."""
    if m := _FIELDS_AND_BODY.fullmatch(subject):
        fields, bodies = _fields_named(m.group(1)), _subject_names(_PLACE_KINDS.sub("", m.group(2)))
        return fields + bodies if fields and bodies else ()
    if m := _BODY_AND_FIELDS.fullmatch(subject):
        bodies, fields = _subject_names(m.group(1)), _fields_named(m.group(2))
        return bodies + fields if fields and bodies else ()
    return ()


#: A body's staff as a rule's subject (…主管部门的工作人员, …机关执法人员).
_STAFF_OF = re.compile(r"的?(?:工作|执法|监督检查)人员$")
#: A remark in brackets that holds for the rest of the text (（包括临港新片区管委会，下同）).
SAME_BELOW = re.compile(r"[（(][^（()）]{1,40}?[，,]?\s*(?:下同|以下同)[）)]")


#: An inline point's word between a subject and its modal verb (各运输企业一是要…).
_POINT_AFTER_SUBJECT = re.compile(r"^([^，,；;。：:]{2,30}?(?:[局委办司心]|企业|单位))[一二三四五六七八九十]是(?=要|应当|应|须|必须)")


def modal_subject(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The units of a sentence whose subject is a unit that must do the task: ``党群工作处要加强…``,
    ``区财政金融局应当保障…``, ``各有关单位要…`` (responsible for it); none for a subject that is no
    unit name, a party the task regulates (``被诉行政机关应当…``), a name pointing back to a note's
    units (``各牵头处室要…``) or a word holding 应 (``出庭应诉``).

    >>> modal_subject("区旅游客运公司、岚通公司要负起企业主体职责，加强渡口值班值守。")
    [('负责', ('区旅游客运公司', '岚通公司'))]
    >>> modal_subject("一是公安机关要严格落实安保措施。")
    [('负责', ('公安机关',))]
    >>> modal_subject("各牵头处室要建立台账。"), modal_subject("规范行政机关出庭应诉工作。")
    ([], [])
    >>> modal_subject("各有关单位要高度重视。")
    [('负责', ('各有关单位',))]

    A phrase of time or matter before or after the subject, an adverb before the modal verb, and a
    name pointing back to a note's units beside named ones (``各责任单位、各乡镇要…``) leave the
    named units:

    >>> modal_subject("各派出所在春运期间要加强执法力度。")
    [('负责', ('各派出所',))]
    >>> modal_subject("专项行动期间，县卫生健康委还要及时汇总进展情况。")
    [('负责', ('县卫生健康委',))]
    >>> modal_subject("各高校在制定年度计划时，要注重提高质量。")
    [('负责', ('各高校',))]
    >>> modal_subject("国庆期间各部门要认真落实值班制度。")
    [('负责', ('各部门',))]
    >>> modal_subject("各责任单位、各乡镇人民政府要制定具体实施方案。")
    [('负责', ('各乡镇人民政府',))]
    >>> modal_subject("交通建设处、社会事业处等处室要结合业务工作做好宣传。")
    [('负责', ('交通建设处', '社会事业处'))]

    Units it calls in for the task later in the sentence (``…，召集A、B等部门召开…``) take part:

    >>> modal_subject("收到申请后，属地片区要根据申请事项，召集区交通建设局、资源生态局等部门召开协调会。")
    [('负责', ('属地片区',)), ('会同', ('区交通建设局', '区资源生态局'))]
    """
    sentence = SAME_BELOW.sub("", sentence)  # X（包括Y，下同）应…: X
    sentence = _POINT_AFTER_SUBJECT.sub(r"\1", sentence, count=1)  # 各运输企业一是要…: the subject's first point
    parts = re.split(r"[，,；;。：:]", sentence, maxsplit=2)
    if len(parts) > 1 and _LEAD_ADVERBIAL.fullmatch(parts[0].strip()) \
            and (parts[0].strip().startswith("因") or not _MODAL_SUBJECT.match(parts[0].strip())) \
            and not (_SUBJECT_WHEN.fullmatch(parts[0].strip()) and _MODAL_FIRST.match(parts[1].strip())):  # (电力交易
        # 机构收到申请后，应当…: its subject first; not X审查完毕后，Y可以…)
        parts = parts[1:]  # 专项行动期间，区卫生计生局要…: the subject after a time or a matter (not
        # 各部门及乡镇应当于每季度结束后，…: the subject's own part)
    parts = _subject_is(parts)  # 建设单位是…的责任主体，应当…: the subject before 是
    if len(parts) > 1 and _MODAL_FIRST.match(parts[1].strip()) and not _NOT_SUBJECT.search(_SUBJECT_ETC.sub("", parts[0])) \
            and "的" not in parts[0] and not _DOING_IN_NAME.search(parts[0]) \
            and (_subject_names(parts[0].strip()) or _fields_named(parts[0].strip())
                 or _BODY_AND_FIELDS.fullmatch(parts[0].strip())):
        parts = [parts[0].strip() + parts[1].strip(), *parts[2:]]  # 省级教育部门和高校，要把…: the subject, a
        # pause, its modal verb
    if len(parts) > 1 and _names_alone(parts[0].strip()) and not _MODAL_FIRST.match(parts[1].strip()) \
            and _MODAL_SUBJECT.match(parts[1].strip()):
        parts = [parts[0].strip() + "、" + parts[1].strip(), *parts[2:]]  # 各市（州）教育主管部门，各职业学校要…:
        # a list of subjects a comma parts
    when = _SUBJECT_WHEN.fullmatch(parts[0].strip())
    if when and len(parts) > 1 and (_MODAL_FIRST.match(parts[1].strip()) or parts[1].strip().startswith("可以")):
        parts = [when.group(1) + parts[1].strip(), *parts[2:]]  # 各高校在制定计划时，要注重…: the subject
        # before its time, the modal verb after it
    m = _MODAL_SUBJECT.match(_MODAL_OPENING.sub("", parts[0].strip()))
    if m is None or m.group().endswith("将") and parts[0].strip().endswith("的"):
        return []  # (施工单位将建筑垃圾交给个人…的，由…: a case a rule meets, its party no doer)
    subject = _MODAL_ADVERB.sub("", m.group(1))  # 区旅游客运公司还要…
    subject = re.sub(r"(?<=[门关构局委])之?间$", "", subject)  # A、B、C间应当建立…: the bodies among themselves
    subject = _SUBJECT_LEAD_IN.sub("", subject)  # 当前高等学校要…, 各高等学校、特别是重点高校要…
    subject = _TIME_BEFORE_MODAL.sub("", subject)  # 市县政府及其部门每隔两年要…
    subject = _TIME_BEFORE_SUBJECT.sub("", subject)  # 国庆期间各部门要…
    subject = _PLACE_KINDS.sub("", subject)  # 各区、街道（镇、乡）要…: the streets, towns and villages alike
    if (staff := _STAFF_OF.search(subject)) and unit_name(subject[:staff.start()]):
        subject = subject[:staff.start()]  # 交通运输主管部门的工作人员…时，应当…: the department acts by its staff
    after = _AFTER_SUBJECT.search(subject)  # 各派出所在春运期间要…, 公安局对涉医案件要…
    if after and unit_name(subject[:after.start()]):
        subject = subject[:after.start()]
    listed, subject = subject, _SUBJECT_ETC.sub("", subject)  # 码头、高铁站综合服务中心等有关部门要…: the
    # names listed
    subject, bearers = _without_bearers(_ENTRUSTED.sub("", subject))  # X或者其委托的Y机构应当…: X
    if mixed := _fields_and_bodies(listed):  # A、B等部门以及区（县）政府要…, X主管部门和A、B等部门应当…
        return [("负责", mixed)]
    if "的" in subject.replace("设区的市", ""):  # 负责现场处置的公安机关: a description (described_subject's, where nothing else names one)
        first, joined, _ = re.split(r"(和|及|以及)", subject, maxsplit=1) if re.search("和|及", subject) else (subject, "", "")
        if not joined or "的" in first or _NOT_SUBJECT.search(first) or _NO_SUBJECT.match(first) or _DOING_IN_NAME.search(first) \
                or not (names := _subject_names(first) or _bodies_named(first)) \
                or not all(_OFFICE.search(n) or DOER_BODY.fullmatch(n) for n in names):
            return []
        return [("负责", names + bearers)]  # 城市自来水供水企业和自建设施对外供水的企业应当…: the one named
    if _NOT_SUBJECT.search(subject) or subject.startswith(("禁止", "严禁")):  # (禁止家政服务企业将…: a ban, no subject)
        return []
    fields = _fields_named(listed)
    names = (fields if "及其" in subject else ()) or _subject_names(subject) or fields or _bodies_named(subject)  # 发展改革、财政等部门要…: by
    # their fields; 燃气企业应当…: a body the text charges, not an office
    names = _either(names) + bearers if names else names
    if not names or m.group().endswith("可") and not (fields or all(_OFFICE.search(n) or _GENERIC_PLACES.match(n) for n in names)):
        return []  # 其他生产经营单位可以…: a party the text allows something, no office
    called = next((p.strip() for p in parts[1:] if p.strip().startswith(_CALLS)), "")
    partners = _MODAL_WITH.search(parts[0])  # X应当和同级Y在…设立…: Y takes part
    joined = _subject_names(partners.group(1)) if partners else ()
    return [("负责", names)] + ([("会同", joined)] if joined else []) + (_with(called[2:]) if called else [])  # …，召集A、B等部门召开…: they
    # take part


#: Partners after the modal verb, joined by 和 or 与 (X应当和同级人民政府卫生行政主管部门在…).
_MODAL_WITH = re.compile(r"(?:应当|必须|要|须)(?:立即|及时|主动|积极)?(?:和|与|同)([^，,；;。和与及]{2,40}?)(?:在|对|共同|联合|组织|建立|制定|开展|设立|依法|按照)")


def _either(names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` with a choice of two units named as one split into both (``法制工作部门或者承办单位``)."""
    out: list[str] = []
    for name in names:
        pieces = re.split(r"或者|或(?!其)", name)
        out += pieces if len(pieces) > 1 and all(unit_name(p) and _OFFICE.search(p) and len(p) > 2 and not p.startswith("其")
                                                 for p in pieces) else [name]  # (not 产权单位或者管理单位: parties)
    return tuple(out)


def _names_alone(part: str) -> bool:
    """Whether a part of a sentence is unit names alone (``各市（州）教育主管部门``), no description or task."""
    names = _subject_names(part) if len(part) <= _SUBJECT_LIST_MAX and "的" not in part else ()
    return bool(names) and all(unit_name(n) for n in names) and not _NOT_SUBJECT.search(part) \
        and not _DOING_IN_NAME.search(part) and not _MODAL_SUBJECT.match(part)


def described_subject(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The offices the subject of a sentence's modal verb describes by what they do or did
    (``依法作出处罚决定的行政机关应当…``): responsible; none where no office's name follows its 的.

    >>> described_subject("依法作出处罚决定的行政机关应当组织复查。")
    [('负责', ('行政机关',))]
    >>> described_subject("接到举报的部门应当及时处理。"), described_subject("承包人的项目经理应当到岗。")
    ([], [])
    """
    head, *rest = re.split(r"[，,；;。：:]", sentence.strip(), maxsplit=2)
    m = _MODAL_SUBJECT.match(head)
    subject = m.group(1) if m else head if rest and "的" in head and _MODAL_FIRST.match(rest[0].strip()) else ""
    owner, _, name = _MODAL_ADVERB.sub("", subject).rpartition("的")  # (…的组织编制机关，应当…: a pause first)
    if not owner or len(name) <= 2 or not (_OFFICE.search(name) or DOER_BODY.fullmatch(name)) or _NOT_SUBJECT.search(name):
        return []  # (有条件的高师院校要…: a body the text charges, described)
    names = _names_before(name, len(name))
    return [("负责", names)] if names else []


#: Bodies a sentence names first and then gives a short name (``A或者B（以下统称X）``), and a duty after it.
_DEFINED = re.compile(r"([^，,。；;：:]{4,90}?)[（(]以下(?:统称|简称|称)[“\"]?[^”\"（()）]{2,20}[”\"]?[）)]")
_DUTY_AFTER = re.compile(r"[^。；;]{0,40}?(?:负责|应当|主管|承担|具体实施)")


def defined_subject(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The bodies a sentence names as its subject before the short name it gives them and their duty
    (``A或者B指定的C（以下统称X）在…负责…``: A and C), or none where one of them is no body's name.

    >>> defined_subject("城市交通运输主管部门或者城市人民政府指定的城市轨道交通运营主管部门（以下统称运营主管部门）负责监督管理。")
    [('负责', ('城市交通运输主管部门', '城市轨道交通运营主管部门'))]
    """
    m = _DEFINED.match(sentence.strip())
    if m is None or not _DUTY_AFTER.match(sentence.strip(), m.end()):
        return []
    names: list[str] = []
    for piece in re.split("或者", m.group(1)):
        owner, _, name = piece.rpartition("的")
        name = piece if not owner or owner.endswith("设区") else name  # (设区的市: a level)
        if not (unit_name(name) and _OFFICE.search(name)) or _NOT_SUBJECT.search(name) or _DOING_IN_NAME.search(name):
            return []
        names.append(name)
    return [("负责", tuple(names))]


#: A body that is no office but that a text charges with a task as the subject of its modal verb
#: (燃气企业应当…, 房地产开发企业要…, 金融机构应…, 高等学校要…).
DOER_BODY = re.compile(r"(?:各|有关|相关)?[\u4e00-\u9fff]{0,12}(?:企业|公司|集团|银行|金融机构|医院|学校|高校|院校|协会|商会|行业组织|社会组织|救援队伍)")
_BODY_KINDS = frozenset(("企业", "学校", "高校", "医院", "银行"))  # a kind of body named alone beside another


def _bodies_joined(name: str) -> tuple[str, ...]:
    """A name that joins two bodies by 和/及 (``各有关部门和高等学校``): both, where each piece is a
    unit's or a charged body's name; else the name."""
    pieces = re.split("[和及]", name)
    ok = len(pieces) > 1 and all((len(p) > 2 or p in _BODY_KINDS) and (unit_name(p) or DOER_BODY.fullmatch(p))
                                 for p in pieces)  # (职业学校和企业: the enterprises, a kind of body, too)
    return tuple(pieces) if ok else (name,)


def _bodies_named(subject: str) -> tuple[str, ...]:
    """The bodies other than offices a modal subject lists (``燃气企业``, ``金融机构和住房公积金管理中心``
    gives both), each of three characters or more; none where one is no such body nor a unit."""
    names = tuple(part for name in parse_units(subject) for part in _LIST_AND.split(name))
    ok = names and all(len(n) > 2 and (DOER_BODY.fullmatch(n) or unit_name(n)) for n in names) \
        and any(DOER_BODY.fullmatch(n) for n in names)
    return names if ok else ()


#: A name ending as a public office's (not a company's or a regulated party's, 生产经营单位): the subject of
#: a sentence that allows it something (区住房保障部门可依法…) is an office given the task.
_OFFICE = re.compile(r"(?:局|委|委员会|办|厅|部门|政府|机关|办公室|中心|街道|管委会|[镇乡]|处|科|所|队|站|院"
                     r"|(?:派出|监督|管理|执法|事务|行政|监管|审批|工作|联动|处置)机构)$")  # 登记事务机构, 国家能源局派出机构
_CALLS = ("会同", "召集")  # the subject calls in other units for its task


def general_unit(name: str) -> bool:
    """Whether ``name`` stands for units in general, not one unit (``各有关单位``, ``相关部门``)."""
    return bool(_GENERIC_SUBJECT.match(name))


#: A name that is a unit's as a member of a list of units, short of a unit's ending: each of a kind
#: (各工作片, 各运输企业; not 各项, 各级, 各类, nor people), the ones concerned (有关片区), the townships
#: or villages.
_LISTED = re.compile(r"(?:各(?![项级种类个方环阶])|有关|相关)(?:(?![和及与])[\u4e00-\u9fff]){2,10}(?<![人员长者部记任志众户])"
                     r"|乡镇|街道|(?:行政)?村|社区")  # not people (各包村干部, 各村负责人), nor 各部门和运输企业
#: 和 between two members of such a list (有关片区和乡镇).
_LIST_AND = re.compile(r"(?<=[\u4e00-\u9fff]{2})和(?=各|有关|相关|乡镇|街道|村|社区)")


def _subject_names(subject: str) -> tuple[str, ...]:
    """The units a sentence's subject names (``县残联、各乡镇``), less names that point back to a
    note's units (``各牵头处室``); none when any name is no unit's or a general party's. In a list of
    several, each of a kind and the townships are units too (``各工作片、包村工作队和各村``).

    >>> _subject_names("各工作片、包村工作队和各村"), _subject_names("有关片区和乡镇")
    (('各工作片', '包村工作队', '各村'), ('有关片区', '乡镇'))
    >>> _subject_names("各工作片"), _subject_names("各项工作和各村")
    ((), ())
    """
    names = parse_units(_SUBJECT_ETC.sub("", subject))
    names = tuple(part for name in names for part in _LIST_AND.split(name))
    names = tuple(part for name in names for part in _bodies_joined(name))  # 各有关部门和高等学校
    if not names or not all((unit_name(u) or len(names) > 1 and (_LISTED.fullmatch(u) or DOER_BODY.fullmatch(u)))
                            and not _GENERAL_MODAL_SUBJECT.search(u) and not _STOP.search(u) for u in names):
        return ()  # (车辆停入首末站、枢纽站应当熄火, 轨道交通企业车站工作人员应当…: a line's stations, no doers)
    return tuple(u for u in names if not _ROLE_SUBJECT.match(u))


#: What stands between a unit subject and its verb: a modal or an adverb (要切实, 积极, 统一).
_BEFORE_VERB = (r"(?:要|应当|应|须|必须|将|还|也|都|均|一定|务必|主动|及时|实时|坚决|统一|合并|一并|同步|定期|全力|具体|共同|继续|重点|分别|各自"
                r"|积极|切实|认真|进一步|依法|适时|尽快|逐项|逐一|逐级|相应|拟|立即|视情"
                r"|每年度?|每半年|每季度?|每月|每周|每日|每天|每[\d一二三四五两]个?[年月]|按年度?|按季度?|按月|按周|按期|按时"
                r"|(?:\d{1,2}月)?\d{1,2}日(?:前|以前|之前))*")  # 各村按月报告…, 各市能源局每月15日前向…报送
_HELPING = r"配合|协助|参与|协同"
#: A verb that may end a phrase of place, time or matter after a subject (X在门户网站公布…, X对…进行检查).
_ACTS = "予以|给予|进行|举办|公布|发布|公示|公开|检查|督查|审核|办理|受理|通报|报送|报备|备案|提请"
_LEAD_DUTY = re.compile(r"牵头(?:部门|单位)?的?职责")  # X履行…牵头部门职责: the duty of the lead
#: The verb a unit subject does its task with (区营商办加强统筹协调, 银监部门引导商业银行…).
_DOING = re.compile(rf"{_BEFORE_VERB}(?:{TASK_VERBS}|引导|指导|督促|监督|联合|汇总|协调|统筹|研究|排查|核查|检查"
                    rf"|督查|跟踪|收集|整理|梳理|审核|密切(?=监|关|跟|配|联)|加密|派员|召集|复核|核定|办理|受理|提供|对接|宣传|培训|负责(?!人(?!员|才|口))|牵头|承担|提出|上报|报送"
                    rf"|处置|处理|安排|初审|审查|设立|结合|组成(?!人员)|成立|组建|确定|进行|予以|履行|按职责|评估|委托|实行|通过(?!率)"
                    rf"|{_HELPING})|按照|依据|根据|依照|依职责|在各自职责|在职责范围|各司其职|各负其责"
                    r"|于(?=\d|每|本月|本年|次年|年底|年内|月底)"
                    rf"|{_BEFORE_VERB}[在对](?=[^，,。；;在对]{{2,30}}?(?:{TASK_VERBS}|{_ACTS}))"
                    r"|" + _BEFORE_VERB + r"向(?=[^，,。；;]{2,30}?(?:报送|报告|上报|提交|反馈|通报))")  # X每月…前向Y报送…  # 各业务处室按照各自职能…: how it
# does the task; 各村在每月底前完成…, X对…进行检查: where, when or on what
#: How a sentence opens that has no unit for its subject: a preposition or a verb (按照司法部…, 围绕法治政府
#: 建设…, 把…同法治政府建设…, 支持人民法院…), a time (年内组织…), a concept named like a unit (法治政府).
_NO_SUBJECT = re.compile(r"^(?:按|依|根据|围绕|把|将|以|对|为|通过|关于|在|从|向|与|同|和|及|支持|帮助|整合|主动|鼓励|调整"
                         r"|需|报(?![社刊业])|遵守|进入|服从|持有|取得|具有|具备|严禁|禁止|杜绝|防止|避免|探索|转送|移送|移交|转交|送交|提交|交由|未|建议"
                         r"|接受|仅|只|若|如|因|凡|除|多|请求|涉及|申请(?!人)|[^，,]{1,6}人以"  # 请求判决行政机关…, 债权人以X…为由"
                         r"|经(?!济|信|发|贸|开|管|侦)|组织|年|全年|每年|今年|负责(?!人)"  # 负责全区…: a duty, its unit above
                         r"|[^，,]*(?:关于|习近平|法治政府|服务型政府|数字政府|要|应(?!急)|须|不(?!动产)))")  # (应急: no modal)
#: An office named by the work it does (受理部门, 审批机关, 登记机构): its name opens with a verb.
_OFFICE_BY_WORK = re.compile(r"(?:受理|审批|审核|审查|办理|监督|检查|核查|登记|备案|执法|评估|委托)(?:部门|机构|机关)")
_SUBJECT_END = re.compile(rf"(?<=[{''.join(sorted(NAME_ENDS | set('乡镇村区道构业政')))}])")  # …局, 各乡镇, 各社区,
# 培育机构
_DOER_END = re.compile(rf"{_SUBJECT_END.pattern}|(?<=机关)|(?<=海关)|(?<=专班)|(?<=[乡镇区县道村]）)")  # …, and 由税务机关责令…, 由海关责令…,
# 由…各区、街道（镇）协调…
_DOING_IN_NAME = re.compile(r"成立|组建|坚持|遵循|督促|助力|鼓励|一方面|开展|召开|加强|推进|落实|制定|完成|做好|抓好|组织(?!部|编制机关)|分为|包括|是指|申请|并经|报请|提请|报经|举行|请求|方式|行文"
                            r"|报(?=国务院|上级|本级|[省市县区州旗]级?(?:人民)?政府)"
                            r"|(?<=[\u4e00-\u9fff])经(?!济|信|贸|营|开|侦|管|销|办|纬|典|理|费|委|发|过|历)")  # 法律草案修改稿经常务委员会…: a thing a body passed  # 区协调小组成立督导组…
#: A subject that is no list of names: a description (…的), a choice (A或其所属部门), a verb ending in
#: 行 (纪检组履行, 负责进行; 银行 is a name).
_NOT_NAMED = re.compile(r"的|或|(?<!银)行$")
_NAME_GOES_ON = tuple(UNIT_ENDS) + ("中心", "等")  # 县委|组织部, 社会|保障局: a verb word inside a longer name
_ORGANISES = re.compile("组织(?!部)|组建|会[商签审]")  # 区烟花办|组织成员单位, 资源局|会商: a verb, not a name's 组 or 会
#: What a text will call the units just named (（以下统称“四镇”）, （以下简称“区管委会”）).
_SHORT_NAME = re.compile(r"[（(]以下(?:简称|统称|称)[^（(）)]{1,20}[）)]")
_EVERY_PLACE = re.compile("[省市州县区]?各[区县市乡](?![镇街])")  # 市各区|科技管理部门: the name goes on
_NAME_RUN_ON = 4  # 县委|组织部, 区行政|服务中心: a verb that is the start of a longer name


#: The field and kind of a department that end a government's name (…政府|建设（环境卫生）主管部门, 国务院城市|建设行政
#: 主管部门): one name.
_OFFICE_KIND_NEXT = re.compile(r"(?:[（(][^（()）]{1,8}[）)])?(?:行政)?(?:主管|管理)部门")  # …建设|（环境卫生）主管部门
_FIELD_OFFICE_NEXT = re.compile(r"(?!通过|经|由|向|按|依|对|会同|协助|配合|协同|督促|指导|报|在|将|把|与|和|及|或|同|为|从|受|请)"
                                rf"[\u4e00-\u9fff]{{1,6}}?{_OFFICE_KIND_NEXT.pattern}")


def _name_goes_on(text: str, at: int) -> bool:
    """Whether a name goes on at ``text[at]`` (县委|组织部, 同级人民政府|审核机构), rather than a verb
    following it."""
    return _OFFICE_KIND_NEXT.match(text, at) is not None or text.startswith(_NAME_GOES_ON, at) and not _ORGANISES.match(text, at) \
        and not text.startswith(("行业", "行为", "行动", "行使", "办理", "办结"), at) \
        and not text.startswith(("社会", "社区"), at) \
        or _OFFICE_BY_WORK.match(text, at) is not None \
        or _OFFICE_ENDS_NEXT.match(text, at) is not None  # 做好|社会管理: a task's word; 区人力资源社会|保障局


#: A fine imposed (由X处五千元以下罚款): 处 a verb, not the end of a name (办事处).
_FINES = re.compile(r"处(?=[\d〇一二三四五六七八九十百千万两]|罚|警告|以(?:[\d〇一二三四五六七八九十百千万两]|罚))")  # (处以3万元…)
#: What follows the units after 由 when no verb of role does: a verb of the task, or how, when or
#: where they do it (由X按规定受理, 由A、B等单位以周为单位梳理, 由X在三日内办结).
_BY_DOER_NEXT = re.compile(r"(?:按|依|以|在|对|于|根据|结合|通过|每|自|从|向|参照)(?!的)"  # 由X按各自的职责…: how they do it
                           r"|或者?由其(?=向|报)"  # 由X或者由其向Y建议…: X acts, or asks Y to
                           rf"|(?:{_DOING.pattern}|作为|申报|提交|出具|发布|公布"
                           r"|责令|责成|处以|没收|吊销|追缴|征收|扣缴|批准|核准|认定|决定|作出|颁发|核发|审批|登记"  # 由税务机关责令…
                           r"|规定|管辖|直接|统一|具体|另行|组建|承担|确定|审定"  # 罚款的限额由国务院规定
                           r"|征求|听取|征得|代表|推荐|通报|集中|视情"  # 由X征求Y意见后确定, 由电网企业代表全体用户签订…
                           r"|负责人|归口|记录|共同|分别|指定|代理|给予|执行|裁决|裁定|审理|主持|保存|扣留|扣押|暂扣|查封|通知|公告|告知|注销|撤销"
                           r"|收回|收取|收缴|填写|填报|调查|立案|签署|记入|拍卖|处罚|查处|拆除|发放|签发|任免|报请|报经|提请|解释|将|把|划定|代为|备案|报告|逐级|交付|移交|归档"
                           r"|纳入|下拨|拨付|行使|设置|帮助|管理(?!平台|办法|系统|规定|制度|细则|条例|信息|中心|[处局所站]|部门|机构)|协商|商定|会商|商(?=有关|同级|[省市县区]级?[一-鿿]{0,12}(?:部门|机关|机构|政府))"  # 由公路管理机构行使,
                           # 由X设置标桩, 由X协商确定, 由X商有关部门批准后…
                           r"|报(?=[^，,。；;]{2,30}?(?:备案|批准|审批|核准|审定|同意|核发|决定))"  # 由X报Y备案: X reports it
                           rf"|{_FINES.pattern})"  # 由公安机关交通管理部门扣留…, 由X通知保险公司: a power the law gives it
                           r"(?!(?!设区)[\u4e00-\u9fff]{0,2}的)")  # 由各街镇负责的收运点位: which points, no doer (报设区的市…: a level)


_PAUSED_DOING = re.compile(r"按照?|依照|依据|根据|责令|责成|处以|没收|吊销|给予|予以")  # (由X，责令…: after a pause)
_ENTRUSTED = re.compile(r"[（(]?或者?其(?:委托|授权)的[^，,。；;（()）]{0,10}?(?:单位|组织|机构|人民政府)[）)]?")
#: The short name a text gives the body it has just described (…的部门（以下称工商行政管理部门）).
_NAMED_AS = re.compile(r"[（(]以下(?:简称|称)[“\"]?([^（()）“”\"]{2,20})[”\"]?[）)]")
_NAMED_AS_MAX = 60  # how far after 由 the description may run
_SUO_WORDS = ("所在", "所属", "所有", "所依据", "所依照", "所需", "所称", "所列", "所述", "所涉", "所得", "所指")  # 户籍所|在地,
# 事项所|依据的法律: 所 starts a word there, it ends no name


_DOING_BAN = tuple(c + "办" for c in "承主协代督开举创兴包查合经")  # 承办, 主办…: verbs ending in 办


_DOERS_MAX = 60  # how far a list of doers after 由 may run (由交通运输部和省级…主管部门、…长江口航道管理局在…)


def by_doer(rest: str) -> tuple[str, ...]:
    """The units named after 由 (``rest`` follows it) when the task's verb, not a verb of role,
    comes next: ``区行政服务中心按相关规定统一受理`` gives 区行政服务中心; none where ``rest`` opens
    no unit name (由于…, 由此…) or the names run into the task.

    >>> by_doer("区旅游文体局、文旅集团、文联等相关单位以周为单位梳理全区重点活动")
    ('区旅游文体局', '文旅集团', '文联')
    >>> by_doer("于区财政局资金不足"), by_doer("原来的县级审批改为备案")
    ((), ())
    """
    if rest.startswith(("其上级", "其所在", "其所属")) or re.match(r"其[\u4e00-\u9fff]{0,6}(?:机关|部门|机构)", rest):
        rest = rest[1:]  # 由其上级交通主管部门责令…, 由其所在县级以上…部门收缴…, 由其许可机关确定: the superior body,
        # the body of its place, the one that licensed it
    if rest.startswith(("于", "此", "其", "原来", "原有", "原因", "原则", "原先")):  # (由原许可机关…: the licensing body)
        return ()
    if DUTY_MARK in rest and (duty := _DUTY_DOER.match(rest)):
        return (duty.group(),)  # 由县级以上人民政府负责管理地震工作的部门责令…: the department
    rest = _ENTRUSTED.sub("", rest)  # 由X或者其委托的单位责令…: X (the unit it entrusts, none named)
    parts = re.split(r"[，,；;。：:]", rest, maxsplit=2)
    rest = parts[0] + parts[1] if len(parts) > 1 and _PAUSED_DOING.match(parts[1]) and _names_alone(parts[0]) \
        else parts[0]  # 由X，责令…, 由区人民政府，按照…: a pause before the verb
    rest = re.split(r"(?<=[将把])", rest, maxsplit=1)[0]  # 由X将A、B交Y注销: X's doing, Y no doer
    for m in _DOER_END.finditer(rest, 2, _DOERS_MAX + 1):
        if rest.endswith(_DOING_BAN, 0, m.start()):
            continue  # 由原承办…的部门: a verb's 办, no office's
        if _BY_DOER_NEXT.match(rest, m.start()) and not _FIELD_OFFICE_NEXT.match(rest, m.start()) \
                and (not _name_goes_on(rest, m.start()) or _FINES.match(rest, m.start())) \
                and not rest.startswith(_SUO_WORDS, m.start() - 1) \
                and (names := _names_before(rest, m.start()) or _described_office(rest[:m.start()])):
            return names
    named = _NAMED_AS.search(rest, 0, _NAMED_AS_MAX)
    if named and _BY_DOER_NEXT.match(rest, named.end()) and unit_name(named.group(1)):
        return (named.group(1),)  # 由履行…职责的部门（以下称工商行政管理部门）予以查处: the name the text gives it
    return ()


#: The other bodies a law charges with a duty, named after those it names (A和其他负有…监督管理职责的部门).
_BEARERS = re.compile(r"(?:和|及|以及|或者|或|与)((?:其他|有关)?(?:负有|有)[^，,；;。的]{2,40}?(?:职责|责任)的(?:其他|有关)?"
                      r"(?:部门|机关|机构))$")  # (A与负有…职责的其他部门)


def _without_bearers(subject: str) -> tuple[str, tuple[str, ...]]:
    """``subject`` less the other bodies it names by their duty (``A和其他负有X职责的部门``), and
    those bodies as one name; ``subject`` and none where it names none."""
    m = _BEARERS.search(subject)
    return (subject[:m.start()], (m.group(1),)) if m and m.start() >= 2 else (subject, ())


def _described_office(subject: str) -> tuple[str, ...]:
    """The office after a description of it (``该部门的法制工作机构``, ``违法行为发生地的行政机关``): the
    office, where its name ends as one's; else none."""
    owner, _, name = subject.rpartition("的")
    return (name,) if owner and len(name) > 2 and _OFFICE.search(name) and unit_name(name) \
        and not _NOT_SUBJECT.search(name) else ()


#: 或者 between two levels that share the body named after them (市或者区交通行政主管部门).
_LEVEL_OR = re.compile(r"(?<=^[省市县区州旗])或者?(?=[省市县区州旗][^或]{2,})")


def _names_before(text: str, at: int) -> tuple[str, ...]:
    """The units ``text[:at]`` names as a subject (``A、B等相关单位``: A and B), or none: a
    description, a choice, a list with a verb of role, a name holding a task's verb."""
    subject, bearers = _without_bearers(_SUBJECT_ETC.sub("", text[:at]))
    if bearers:  # 由A或者其他负有…职责的部门责令…: A, and the others
        names = _names_before(subject, len(subject))
        return names + bearers if names else ()
    if mixed := _fields_and_bodies(subject):  # 由A、B等相关部门和各区、街道（镇）…
        return mixed
    if _NOT_SUBJECT.search(subject):
        return ()
    subject = _LEVEL_OR.sub("、", subject)  # 市或者区交通行政主管部门: the department of either level
    if "或" in subject and "的" not in subject and len(shared := parse_units(subject)) > 1 \
            and all(_SHARED_KIND.search(n) for n in shared):
        return shared  # 由水务或者交通行政管理部门依法处理: either field's department
    if _NOT_NAMED.search(subject):  # 上级行政机关或者有关机关: either body, where both are named
        pieces = re.split("或者|或", subject) if "或" in subject and "的" not in subject \
            and not re.search("其(?!他)", subject) else []  # (A或其所属部门: not A's)
        named = [_subject_names(p) or ((p,) if _GENERIC_SUBJECT.match(p) else ()) for p in pieces]  # (A或者其他有关部门)
        return tuple(n for names in named for n in names) if len(pieces) > 1 and all(named) else ()
    pair = subject.split("与") if subject.count("与") == 1 else []  # 由交通运输部与相关国家政府交通运输主管部门商定:
    if pair and all(named := [_subject_names(p) for p in pair]) \
            and not any(_DOING_IN_NAME.search(n) for n in named[0] + named[1]):  # both sides (not 交通运输部制定及…)
        return named[0] + named[1]
    names = _subject_names(subject) or _fields_named(text[:at]) or _bodies_named(subject)  # 区发展改革、
    # 财政等有关部门在…; 由电网企业按月统计
    return () if any(_DOING_IN_NAME.search(n) or _FACILITY.search(n) for n in names) else names  # (…除涝泵站实施率)


#: A unit that approves or reviews what the sentence allows (``经税务机关批准，可以…``, ``经区教育行政部门审核
#: 通过后…``): a doer of its task.
_APPROVED_BY = re.compile(r"(?<![已曾未])经(?!济|信|发|贸|开|管|侦|费|营|验|常|过|历|纬|典)([^，,；;。：:“”《》]{2,30}?)"
                          r"(?:批准|审核|审批|核准|审定|审查|认定)")  # (not 经区党工委、管委会同意，现将…印发: a notice's
# boilerplate)


def by_doers(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The units :func:`by_doer` finds after each 由 of ``sentence``, and those that approve what it
    allows (``经X批准``): responsible for the task.

    >>> by_doers("符合条件的，由区行政服务中心按规定统一受理。")
    [('负责', ('区行政服务中心',))]
    >>> by_doers("逾期未缴纳的，由税务机关责令限期缴纳。"), by_doers("经税务机关批准，可以分期缴纳。")
    ([('负责', ('税务机关',))], [('负责', ('税务机关',))])
    """
    found = [("负责", units) for m in re.finditer("由", _NO_BY.sub("＊", sentence))
             if not _describes_thing(sentence, m.end(), True) and (units := by_doer(sentence[m.end():]))]
    return found + [("负责", units) for m in _APPROVED_BY.finditer(sentence)
                    if not _describes_thing(sentence, m.end()) and (units := _names_before(m.group(1), len(m.group(1))))]


#: The rest of a part that ends on the thing a phrase describes (…给予投资支持的农村公路建设项目).
_THING_AFTER = re.compile(r"[^，,；;。]*的[\u4e00-\u9fff《“][^，,；;。的]*")
_RULE_NEXT = re.compile(r"[，,]\s*(?:依法|也|还|均|都)?(?:应当|应(?![对用税急聘收付届变有])|可以|须|必须|不得|适用)")


def _describes_thing(sentence: str, at: int, subject: bool = False) -> bool:
    """Whether the 由 or 经 phrase at ``at`` only describes a thing (``需经X核准的项目``, ``由X给予…支持的项目，
    应当…``: X none of the sentence's doers); for 由 (``subject``), where that thing is the subject of the
    next part's modal verb (not 由X按照…的规定处理)."""
    m = _THING_AFTER.match(sentence, at)
    if m and subject and _ENTRUSTED.search(m.group()):
        return False  # 由X或其授权的单位责令…，可以…: X acts
    return bool(m) and (not subject or bool(_RULE_NEXT.match(sentence, m.end())))


#: A rule's repeal of another a body issued (交通运输部于2008年4月发布的《…》同时废止).
_REPEALED = re.compile(r"(?:发布|印发|公布|颁布|制定|下发)的《[^》]{2,80}》[^，,；;。]{0,20}?(?:同时|即行|予以)?废止")


def verb_subject(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The units of a sentence whose subject is a unit doing the task, with no modal verb:
    ``区营商办加强统筹协调``, ``卫计局落实先诊疗后付费`` (responsible; ``X牵头…`` leads, ``X配合…``
    helps), or none (``全区加强…``; departments named by their field, ``扶贫、民政部门负责…``, too).

    >>> verb_subject("区营商办加强统筹协调、跟踪督促。")
    [('负责', ('区营商办',))]
    >>> verb_subject("县委组织部牵头抓好干部培训。")
    [('牵头', ('县委组织部',))]
    >>> verb_subject("各乡镇积极配合做好摸底登记。")
    [('配合', ('各乡镇',))]
    >>> verb_subject("交通与建设处、资源生态处等部门分别牵头规范收运体系。")
    [('牵头', ('交通与建设处', '资源生态处'))]
    >>> verb_subject("区市场监管局、公安局等部门，依职责在1个工作日内办结。")
    [('负责', ('区市场监管局', '区公安局'))]
    >>> verb_subject("全区加强法治宣传。"), verb_subject("服务中心建设稳步推进。")
    ([], [])
    """
    if _REPEALED.search(sentence):
        return []  # X于…发布的《…》同时废止: who issued what a rule repeals, no doer
    parts = re.split(r"[，,；;。：:]", sentence, maxsplit=2)
    found = _verb_subject_of(parts[0], sentence)
    if found and "由" in parts[0] and by_doers(parts[0]):
        return []  # 实验室评估费用由教育部承担: the doer after 由 (:func:`by_doers`'), not a word opening the thing
    if not found and len(parts) > 1 and _LEAD_ADVERBIAL.fullmatch(parts[0].strip()):  # 项目研发过程中，教育部
        found = _verb_subject_of(parts[1], sentence)  # 委托…: the subject after a time or a matter
    first = parts[0].strip()
    if not found and sentence.rstrip()[-1:] in "。；;！!" and not re.search(r"\s", first) \
            and (place := _PLACE_SUBJECT.match(first)) and _named_place(place.group()) \
            and not _FIELD_OFFICE_NEXT.match(first, place.end()) and not _DOING_IN_NAME.search(place.group()) \
            and (_DOING.match(first, place.end()) or first.startswith(
                _PLACE_VERBS, place.end())):  # (not a title: 东屿区强化…实施方案, 青岚县推进…方案 时间：…)
        found = [("负责", (place.group(),))]  # 四川省成都市实施…: a place named in full does it (its government)
    return found


#: How the name of a body that a law or rule makes a sentence's subject ends (国家监察委员会, 全国人民代表大会,
#: 委员长会议, 主席团, 人民检察院, 国务院, 监察机关, 施工图审查机构, 监察专员, 市勘察设计管理中心).
_BODY_HEAD = re.compile(r"(?:委员会|大会|会议|主席团|(?<!法治)(?<!数字)政府|法院|检察院|国务院|机关|部门|机构|专员|(?<![格布大全开结当新])局|厅|委|(?<![举开创兴承操督包代查买主协经合])办(?![理法事案结好])|(?:办公|科|处|股)室"
                        r"|(?<![签部公])署|(?<![全内外])部|院|中心|(?<![网车铁油])站|(?:派出|研究|事务|管理|服务|监测|检测|检验|司法|税务)所"
                        r"|(?<![团梯排组车])队|(?:办事|管理|事务|稽查|执法|监察)处|(?:学|高|院)校|中小学|幼儿园|医院)"
                        r"(?!(?:(?![可应须要将对在于由向不])[\u4e00-\u9fff]){0,3}(?:的|员|长|会|部|局|厅|委|办|院|中心|站|所|队|机关|机构|部门|专员))")
# (the name goes on: 人民代表大会|常务委员会, 区规划资源|局; not 国土部门|可继续办理)
_BODY_END = re.compile(f"{_BODY_HEAD.pattern}$")
_NOT_SHOULD = "用税急聘收付届变有"  # 应用, 应税, 应急…: words that hold 应, no modal verb
#: What follows such a subject: a modal verb, a preposition opening a phrase of manner, time or matter,
#: or a verb of the body's powers (领导, 行使, 制定, 有权, 采取…).
_HEAD_PREDICATE = re.compile(r"(?:依法|统一|主要|具体|分别|共同|还|也|均|都|及时|即时|立即|一般|原则上)*"
                             rf"(?:应当|应(?![对{_NOT_SHOULD}])|可以|可(?=[\u4e00-\u9fff])|须|必须|不得|有权|无权|将(?![来近])"  # a modal verb alone
                             r"|负有(?=[^，,。；;]{1,40}?(?:责任|职责))"  # X负有管理和保护公路的责任，有权…: the duty it bears
                             r"|对于?|在|于|就|向|经|自|从|根据|按照|依照|依据|依|发现|收到|接到|认为|领导|行使|制定|修改|决定|批准|审议|授权"
                             r"|审查|审核|作出|做出|采取|调取|调用|提出|提请|发布|公布|接受|受理|管辖|设立|派驻|派出|实施|执行|撤销|改变"
                             r"|签署|编制|起草|听取|任免|监督|选举|罢免|许可|处罚|查封|扣押|冻结|责令|没收|追究|移送|归口|办理|处理|负责(?!人|同志)"
                             r"|组织|指导|进行|给予|予以|报|请|通知|告知|送达|核实|确定|保障|建立|加强|开展|制作|出具|公开|公示|登记|备案|主管(?!部门|机关|单位)"
                             r"|遴选|选拔|推荐|评选|选用|编写|统筹|协调|审理|判决|裁定|立案|调解|调查|收集|询问|认定|采纳)")
# (教育部遴选建设…, 省级教育行政部门统筹推进…, 人民法院审理行政案件，…)
#: A verb after such a subject that opens a phrase describing a thing, not the body's act, when 的 ends
#: it in the same part (全国人民代表大会通过的法律由…; 监察机关依照本法收集的证据，可以…).
_LATER_PREDICATE = re.compile(rf"的[^，,；;。]*?(?:由|应当|应(?![{_NOT_SHOULD}])|可以|须|必须|不得)")
_DESCRIBED = re.compile(r"的[^，,；;。]+$")  # …收集的证据，可以…: where the next part opens with its predicate
_PREDICATE_NEXT = re.compile(rf"\s*(?:在[^，,；;。]{{1,12}}?(?:中|时|内))?(?:依法|均|也|还)?(?:可以|应当|应(?![{_NOT_SHOULD}])|须|必须|不得|由|是|为)")
_MATTER_NEXT = re.compile(r"对|在|于|就|向|经|自|从|由|针对|接到|收到|发现|认为")  # a phrase of matter, place or
# time; a clause the body receives or finds (人民法院接到…的申请，应当…)
_MANNER_NEXT = re.compile(r"根据|按照|依照|依据|依|结合")  # a phrase of manner, whose own 的 may end it (…的原则，)
_MADE_THING = re.compile(r"(?:取得|收集|制定|作出|做出|提供|形成|发布|出具|调取|获取|批准|认定|印发|颁布)的")


def _made_by(first: str, at: int, rest: list[str]) -> bool:
    """Whether a body named in ``first`` before ``at`` only describes the thing that is the sentence's
    subject: ``全国人民代表大会通过的法律由…``, ``审计机关依照本法取得的证据，可以作为…``; not
    ``监察机关对…的被调查人，可以…`` (a phrase of matter), ``…不当的，应当…`` (a condition)."""
    if first.endswith("的") or _MATTER_NEXT.match(first, at):
        return False
    later = _LATER_PREDICATE.search(first, at) or rest and _DESCRIBED.search(first, at) and _PREDICATE_NEXT.match(rest[0])
    if later and _MANNER_NEXT.match(first, at):  # 税务机关根据…的原则，可以…: the phrase's own 的
        return bool(_MADE_THING.search(first, at))
    return bool(later)


#: What opens no body's name (由…, 该…, a verb of directing or making: 允许…, 确定…), matched at a
#: sentence's start; and, searched for inside a name, what no name holds (a modal verb, 向, 为, 是, 与,
#: a negation, X商Y): ``_NOT_HEAD_SUBJECT.match`` for the start, ``.search`` for a whole name.
_NOT_HEAD_SUBJECT = re.compile(r"^(?:由|经|对|在|于|将|把|被|向|按|依|根据|为|从|与|和|及|本(?![\u4e00-\u9fff]{2,12}?(?:部门|机关)(?:将|应当?|可以?|须|依法))|该|其|上述|前款|有关|相关|其他|其余|任何|各级"
                               r"|鼓励|支持|引导|推动|要求|督促|请|要|应|须|可|或|移送|移交|交由|报送|提交|送交|转送|转交|持有|取得|具有|具备"
                               rf"|{_VERBS_BEFORE_NAME}"
                               r"|(?:监督|指导|承担|领导|负责|组织|协调|督促|审议|听取|撤销|改变)(?=本|地方|各|有关|所属|[上下同]级|全国|[省市县区]|国务院))"
                               rf"|应|可以|必须|提请|向|为|是|与|需|被|且|{_CONSULTS}|不(?!动产)|未(?!成年)|报(?!社|刊)|自(?![治然贸主由])|(?<![级及])以(?![上下外内])")  # 直属高校直接向教育部
#: A sentence's opening condition or frame before its subject (…的, 在…下/中/时/前提下, …后, …期间).
_FRAME = re.compile(r"[^，,；;。]{2,60}的|在[^，,；;。]{2,40}(?:下|中|时|期间)|[^，,；;。]{2,30}(?:后|之后|期间|以前|之前)"
                    r"|(?:必要时|根据[^，,；;。]{2,30}|依照[^，,；;。]{2,30}|按照[^，,；;。]{2,30})"  # 必要时，人民法院可以…
                    r"|除[^，,；;。]{2,40}(?:外|以外)")  # 除本办法第八条所列情况外，X还对…
_WHAT_HAPPENED = re.compile(r"的(?:情况|情形|事项|内容|其他[\u4e00-\u9fff]{0,6})$")
_CONDITION_OPENING = re.compile(r"^(?:如果|若|凡)")  # 如果委员长会议认为…
#: A name's pronoun that points back to the body before it (全国人民代表大会及其常务委员会).
_ITS = re.compile(r"(.+?)(?:及|和|以及)其(.+)")


#: A modal verb before a sentence's first 由: its head subject acts too (X…，可以…，也可以交由Y…), not
#: only the one 由 names (not in X…的，由Y责令改正: X is who Y acts on).
_MODAL_BEFORE_BY = re.compile(rf"^[^由]*?(?:应当|应(?![{_NOT_SHOULD}])|可以|须|必须|不得)")


def by_doers_and_head(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """:func:`by_doers`, with the sentence's :func:`head_subject` where a modal verb comes before its
    first 由 (``监察机关…，可以直接进行调查核实，也可以交由下级监察机关调查核实``: both bodies act);
    none where :func:`by_doers` finds none.

    >>> by_doers_and_head("监察机关接到举报，可以直接进行调查核实，也可以交由下级监察机关调查核实。")
    [('负责', ('下级监察机关',)), ('负责', ('监察机关',))]
    >>> by_doers_and_head("行政机关实施行政处罚，有下列情形之一，由上级行政机关责令改正：")
    [('负责', ('上级行政机关',))]
    """
    found = by_doers(sentence)
    if not found or not _MODAL_BEFORE_BY.match(sentence):
        return found
    named = {u for _, units in found for u in units}
    return [*found, *((role, units) for role, units in head_subject(sentence) if not named & set(units))]


def head_subject(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The bodies a sentence of a law or rule names as its subject, before a modal verb, a phrase of
    manner or matter or a verb of their powers: ``国家监察委员会领导…``, ``监察机关在调查过程中，可以…``,
    ``受理申诉的监察机关应当…`` (the body, less what it is described by), ``X及其常务委员会`` (both);
    none where a name is no body's, points back (``该机关``) or is a thing the body made
    (``全国人民代表大会通过的法律由…``).

    >>> head_subject("国家监察委员会领导地方各级监察委员会的工作。")
    [('负责', ('国家监察委员会',))]
    >>> head_subject("全国人民代表大会和全国人民代表大会常务委员会行使国家立法权。")
    [('负责', ('全国人民代表大会', '全国人民代表大会常务委员会'))]
    >>> head_subject("全国人民代表大会及其常务委员会可以授权国务院制定行政法规。")
    [('负责', ('全国人民代表大会', '全国人民代表大会常务委员会'))]
    >>> head_subject("监察机关对涉嫌职务违法的被调查人，可以进行谈话。")
    [('负责', ('监察机关',))]
    >>> head_subject("受理申诉的监察机关应当自受理申诉之日起一个月内作出处理决定。")
    [('负责', ('监察机关',))]
    >>> head_subject("全国人民代表大会通过的法律由国家主席签署主席令予以公布。"), head_subject("该机关应当依法赔偿。")
    ([], [])
    """
    if _REPEALED.search(sentence) or _STAFF_PUNISHED.search(sentence) and "由" not in sentence \
            and not _PUNISHER_FIRST.match(sentence):  # (X于…发布的《…》同时废止: who issued what is repealed)
        return []  # X及其工作人员滥用职权的，对负有责任的领导人员…给予处分: X the offender, no doer
    first, *rest = re.split(r"[，,；;。：:]", sentence.strip().rstrip("。；;"), maxsplit=1)
    first = _CONDITION_OPENING.sub("", _MODAL_OPENING.sub("", first.strip()))
    if rest and _TIME_FRAME_END.search(first) and not _MODAL_ALONE.match(rest[0].strip()) \
            and (later := head_subject(rest[0]) or described_subject(rest[0])) \
            and not any(re.search("按照?|依照|根据|依据", u) for _, units in later for u in units):
        return later  # X决定…启动后，…发生地的Y应当…: Y, the subject after the time (not X收到…后，应当…: X)
    found = _head_subject_of(first, rest)
    if found is None and rest and _FRAME.fullmatch(first):  # 准予提取的，公积金中心即时将…; 在国家教材委员会
        first, *rest = re.split(r"[，,；;。：:]", rest[0].strip(), maxsplit=1)  # 领导下，X组织实施
        found = _head_subject_of(first, rest)
    if found is None and rest:  # …发生事故，对…造成危害，渔政渔港监督管理机关有权…: a later part that opens on
        found = _later_head(rest[0])  # a body and its modal verb
        if not found and _names_alone(first) and (listed := _head_names(first)) and (later := head_subject(rest[0])):
            found = [("负责", tuple(dict.fromkeys(u for _, units in [*listed, *later] for u in units)))]  # A，B和C根据
            # 需要可以…: a list of subjects a comma parts
    return found or []


#: A time a sentence opens with (…启动后, …期间, …时): the subject may follow it.
_TIME_FRAME_END = re.compile(r"(?:后|以后|之后|时|期间|以前|之前)$")


#: A body that opens a sentence of liability acting on the offender (X对Y违反本办法第七条，…的，…处…罚款): the punisher.
_PUNISHER_FIRST = re.compile(r"[^，,。；;]{2,40}?(?:部门|机关|机构)对[^，,。；;]{2,60}?违反")


#: The staff a sentence of liability punishes (…的，对直接负责的主管人员和其他直接责任人员依法给予处分).
_STAFF_PUNISHED = re.compile(r"[，,]对(?:其)?(?:直接负责|负有责任|负有领导责任|直接责任)的[^，,。；;]{0,20}人员"
                             r"|(?:滥用职权|玩忽职守|徇私舞弊)[^。；;]{0,20}的[，,][^。；;由]*(?:给予处分|追究[^。；;]{0,6}责任)")
#: A modal verb alone after a body that opens a later part of its sentence (…，X有权…, …，X可以…).
_MODAL_ALONE = re.compile(rf"(?:依法|也|还|均|都|则)?(?:应当|应(?![对{_NOT_SHOULD}])|可以|可(?=予以|给予|依法|责令)|须|必须|不得|有权|无权)")


#: The kinds of place a place's name stands for as well, in brackets after it (街道（镇、乡）, 各区（县）).
_PLACE_KINDS = re.compile(r"(?<=[区县市街道镇乡])[（(][区县市镇乡街道、]{1,6}[）)](?=、|$)")
_BASIS_OPENING = re.compile(r"^(?:依照|依据|根据|按照)[^，,；;。]{1,20}?规定(?=[^，,；;。]{2})")
_ADVERB_OPENING = re.compile(r"^(?:原则上|一般情况下|一般|必要时|同时|此外|另外|其中)")


def _later_head(rest: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """The bodies that open a part of ``rest`` (a sentence after its first part) followed at once by a
    modal verb (``…，渔政渔港监督管理机关有权对其采取…``); None where no part does."""
    for part in re.split(r"[，,；;。：:]", rest):
        part = _ADVERB_OPENING.sub("", part.strip())  # 原则上有关行政机关应…: the body, less the adverb
        if _NOT_HEAD_SUBJECT.match(part):
            continue
        m = next((m for m in _BODY_HEAD.finditer(part, 0, _SUBJECT_LIST_MAX) if _MODAL_ALONE.match(part, m.end())), None)
        if m and (names := _head_names(part[:m.end()])):  # (县级以上人民政府|交通主管部门可予以…: the whole name)
            return names
    return None


def _head_subject_of(first: str, rest: list[str]) -> list[tuple[str, tuple[str, ...]]] | None:
    """:func:`head_subject` of a sentence's part ``first`` (``rest``: the sentence after it); None
    where no body's name is followed by its predicate there."""
    first = _ADVERB_OPENING.sub("", _BASIS_OPENING.sub("", first))  # 原则上有关行政机关应…; 依照前款规定收到申请的X，应当…
    if _NOT_HEAD_SUBJECT.match(first) or first.startswith("除") and first.endswith("外"):
        return None  # (除X根据…作出决定外，…: an exception, X none of the sentence's doers)
    if not rest and _WHAT_HAPPENED.search(first):
        return []  # （三）行政机关收到…申请的情况；: a list's element names a matter, not a task
    if rest and first.endswith("的") and _OWN_SUBJECT_NEXT.match(rest[0].strip()):
        return None  # 执法部门对当事人作出处罚的，当事人应当…: the case's body, not the next part's subject
    if rest and (_OTHER_RULE.search(first) or _NOT_DONE.search(first) and not _MODAL_ALONE.search(first)
                 and _OWN_SUBJECT_MAY.match(rest[0].strip())):
        return []  # 国务院对…另有规定的，依照其规定执行; X在15天内没有…提出异议，项目法人可…: a condition, no doer
    if rest and (m := _BODY_END.search(first)) and m.start() < _SUBJECT_LIST_MAX and _MODAL_ALONE.match(rest[0].strip()):
        return _head_names(first) or None  # 各省、自治区、直辖市人民政府，可以…: the subject before its pause
    for m in _BODY_HEAD.finditer(first, 0, _SUBJECT_LIST_MAX):
        staff = _ITS_STAFF.match(first, m.end())  # 行政机关及其执法人员当场收缴…: the body
        verb = _ANY_VERB.match(first, staff.end()) if staff else _HEAD_PREDICATE.match(first, m.end())
        if verb is None or _SENT_BEFORE.search(first, 0, m.start()) or _MODAL_BEFORE.search(first, 0, m.start()):
            continue  # …应当报产生…的单位所在地生态环境主管部门备案: the body it is sent to, no subject; 考生须符合高校
            # 报考条件: a modal verb before it, the body its object
        if _made_by(first, verb.start(), rest):
            return []
        names = _head_names(first[:m.end()])
        if names and verb.group().startswith("可") and any(n.endswith("机构") and not _OFFICE.search(n) for n in names[0][1]):
            return []  # 金融机构可以提供…: a party the text allows something, no office
        return names or None  # (债权人以行政机关对…为由…的，人民法院应当…: no name here; the frame's next part)
    return None


#: A part that opens on a subject of its own and its modal verb (…的，当事人应当…), or 可 alone (项目法人可开放交通).
_OWN_SUBJECT_NEXT = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?(?:应当|应(?![对{_NOT_SHOULD}])|须|必须|可以|有权)")
_OWN_SUBJECT_MAY = re.compile(rf"{_OWN_SUBJECT_NEXT.pattern}|[\u4e00-\u9fff]{{2,12}}?(?<![许认准])可(?![以能行靠见])")
#: A body's other rule named as a condition (国务院对…另有规定的，…), and a body's not acting (X…没有/未…).
_OTHER_RULE = re.compile(r"另有[^，,；;。]{0,10}规定的$")
_NOT_DONE = re.compile(r"没有|未(?!成年|来|经)")
#: A modal verb before the body and a verb that sends something to it (应当报, 应当向, 应当经).
_SENT_BEFORE = re.compile(r"(?:应当|应|须|必须|可以)(?:报|向|经)")
_MODAL_BEFORE = re.compile(r"应当|必须|(?<!无)须(?!知)")
_ANY_VERB = re.compile(r"(?![的之等与及和或])[\u4e00-\u9fff]")  # after a body and its staff, what they do
_ITS_STAFF = re.compile(r"(?:及其|和其|及)(?:(?:执法|工作|有关|监察|办案)?人员|交通警察|警察|民警)")


#: An article's lead-in to its list of a body's duties (X是…主管部门，主要履行以下职责：; 主要履行以下职责：).
_DUTIES_LEAD = re.compile(r"(?:(?P<subject>[^，,。；;：:]{2,40}?)(?:是[^，,。；;：:]{0,30}?[，,])?)?(?:主要|具体|应当|应)?"
                          r"(?:履行|负责|承担)(?:以下|下列|如下)(?:职责|工作|任务)[:：]?")


#: A lead-in that names a body's duties by what they are (X的权利与义务主要包括：, X的具体职能是：), and one after
#: the body's sentence that says what its work holds (…由X归口管理，具体工作主要包括：).
_DUTIES_ARE = r"(?:主要|具体)?(?:包括|是|为|有|如下)[^，,。；;：:]{0,8}[:：]"  # …主要包括：, …是：
_DUTIES_OF = re.compile(r"(?P<subject>[^，,。；;：:]{2,40}?)的(?:主要|具体)?(?:权利(?:(?:与|和|及)义务)?|职责|职能|义务|工作职责|工作任务)"
                        + _DUTIES_ARE)
_DUTIES_TAIL = re.compile(r"(?:具体|主要)(?:工作|职责|职能|任务)" + _DUTIES_ARE)
#: The duties of a body the part before names (…，其主要职责是：), and that body said to be what it is (X作为…的派出机构).
_ITS_DUTIES = re.compile(r"其(?:主要|具体)?(?:工作)?(?:职责|职能|任务)" + _DUTIES_ARE)
_BEARER_AS = re.compile(r"([^，,。；;：:]{2,40}?)(?:作为|是)[^，,。；;：:]{2,40}")


def duties_subject(sentence: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """The body an article's lead-in to a list of duties names (``市（州）教育、财政部门是…主管部门，主要履行以下
    职责：`` gives the departments of those fields), [] where it names none (``主要履行以下职责：``, the
    article's subject before it), None where the sentence is no such lead-in.

    >>> duties_subject("市（州）教育、财政部门是项目实施的行政主管部门，主要履行以下职责："), duties_subject("主要履行以下职责：")
    ([('负责', ('教育', '财政部门'))], [])
    >>> duties_subject("电力调度机构的权利与义务主要包括："), duties_subject("执法部门办理执法案件的证据包括：")
    ([('负责', ('电力调度机构',))], None)
    """
    m = _DUTIES_LEAD.fullmatch(sentence.strip()) or _DUTIES_OF.fullmatch(sentence.strip())
    if m is None:
        head, _, tail = sentence.strip().rpartition("，")
        if head and _ITS_DUTIES.fullmatch(tail) and (bearer := _BEARER_AS.fullmatch(head)):
            names = _subject_names(bearer.group(1))  # X作为Y的派出机构，其主要职责是：: X
            return [("负责", names)] if names else []
        if not (head and _DUTIES_TAIL.fullmatch(tail)):
            return None
        return [("负责", units) for _, units in by_doers(head)][:1]  # …由X归口管理，具体工作主要包括：: X
    subject = m.group("subject")
    if not subject:
        return []
    names = _subject_names(subject) or _fields_named(subject) or _head_names(subject) and _head_names(subject)[0][1] \
        or ((subject,) if DOER_BODY.fullmatch(subject) and m.re is _DUTIES_OF else ())  # 电网企业的义务主要包括：
    return [("负责", tuple(names))] if names else []


#: A body's name and the short name a text gives it (国家电网有限公司华东分部调度控制中心（以下简称华东网调）).
_SHORT_NAMED = re.compile(r"([^\s，,。；;：:（(）)、“”\"]{3,40}?)[（(](?:以下简称|以下称|简称)[“\"]?([^”\"（()）\s，,。]{2,12})[”\"]?[）)]")


def short_names(text: str) -> frozenset[str]:
    """The short names ``text`` gives bodies it names (``（以下简称华东网调）``), where the name is a unit's
    (not a party's: ``（以下简称使用单位）``).

    >>> sorted(short_names("国家电网有限公司华东分部调度控制中心（以下简称华东网调）负责市场运行。本规则（以下简称规则）自印发之日起施行。"))
    ['华东网调']
    """
    out = set()
    for at in re.finditer(r"[（(](?:以下简称|以下称|简称)", text):  # (looked for around each remark only: a
        piece = re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "", text[max(0, at.start() - _NAME_LOOK):at.end() + _NAME_LOOK])
        m = next((m for m in _SHORT_NAMED.finditer(piece)), None)  # search of the whole text cost 3 %)
        if m and len(m.group(2)) > 2 and not m.group(2).endswith(("单位", "企业", "人", "者", "方", "户")) \
                and unit_name(_WRAP_SPACE.sub("", m.group(1))) and m.group(2) != _WRAP_SPACE.sub("", m.group(1)):
            out.add(m.group(2))  # (not 学校: a kind of body)
    return frozenset(out)


_WRAP_SPACE = re.compile(r"\s+")
_NAME_LOOK = 48  # how far before and after a short-name remark its name and short name are looked for
_LISTED_DOERS = re.compile(r"(?:机构|部门|中心|局|委|办)(?:应当?|可以?|须|必须|负责|要)")
_WHEN_FIRST = re.compile(r"[^，,。；;]{1,30}(?:前|后|时|之际|期间|以内|内)$")  # D-1 日 12:30 前，华东网调…


def short_named_subject(sentence: str, names: frozenset[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The body a sentence makes its subject by the short name the text gave it (``华东网调负责…``,
    ``D-1 日 12:30 前，华东网调接收…``; ``华东网调、省（市）电力调度机构负责…`` gives the short name), or none.

    >>> short_named_subject("D-1 日 12:30 前，华东网调接收国调中心下发的计划。", frozenset({"华东网调"}))
    [('负责', ('华东网调',))]
    >>> short_named_subject("卖方省份配合华东网调运营市场。", frozenset({"华东网调"}))
    []
    """
    if not names:
        return []
    parts = re.split(r"[，,；;。：]|(?<!\d):(?!\d)", sentence.strip(), maxsplit=2)  # (not 12:30, a time)
    for k, part in enumerate(parts[:2]):
        part = _MODAL_OPENING.sub("", part.strip())
        if k and not _WHEN_FIRST.match(parts[0].strip()):
            break
        found = [n for n in names if part.startswith(n)]
        if found:
            name = max(found, key=len)
            rest = part[len(name):]
            if re.match(r"[\u4e00-\u9fff](?<![的之等与及和或])", rest) \
                    or rest.startswith(("、", "和")) and "的" not in rest and _LISTED_DOERS.search(rest):
                return [("负责", (name,))]  # (华东网调、省（市）电力调度机构可对…: not 公积金中心、受托银行要求提供的其他材料)
    return []


def _head_names(subject: str) -> list[tuple[str, tuple[str, ...]]]:
    """The bodies of :func:`head_subject`'s subject, or none where one is no body's name."""
    owner, _, subject = subject.rpartition("的")  # 受理申诉的监察机关, 省、自治区的人民代表大会…
    if _BODY_HEAD.search(owner) and not _BODY_END.search(owner):
        return []  # 公务员担任乡级机关、县级机关、设区的市级机关…: bodies inside what the subject does
    subject = re.sub(r"等[^、，,]{0,8}$", "", subject)  # A、B等国家机关
    subject = re.sub(r"^本(?![省市区县])(?=[\u4e00-\u9fff]{2,12}?(?:部门|机关)$)", "", subject)  # 本交通行政主管部门将…: the writer's
    if _NOT_SUBJECT.search(subject):  # X会同Y…: :func:`by_subject`'s
        return []
    its = _ITS.fullmatch(subject)
    if its and not _BODY_END.search(its.group(2)):  # 行政机关及其执法人员: the body, and its staff (no unit)
        subject, its = its.group(1), None
    names = (its.group(1), its.group(1) + its.group(2)) if its else \
        tuple(part for name in parse_units(subject) for part in re.split(r"(?<=.{2})(?:和|以及|及|或者|或)(?=.{2})", name))
    if not names or not all((len(n) > 2 or n in _SHORT_BODIES) and _BODY_END.search(n) and not _ROLE_VERB_START.match(n)
                            and not (_NOT_HEAD_SUBJECT.search(n) or _GENERAL_MODAL_SUBJECT.search(n) or _TASK_START.match(n)
                                     or _DOING_IN_NAME.search(n) or _FACILITY.search(n) or re.search("[《》“”\"]", n)) for n in names):  # 严格落实《…机关负责人…》
        return []
    return [("负责", names)]


_ROLE_VERB_START = re.compile(r"负责|牵头|配合|协助|指导|联合|组织|会同|因|请求|涉及")  # 负责项目学校遴选…, 联合高校…: a task, no name
_SHORT_BODIES = frozenset(("学校", "高校", "医院", "法庭"))  # bodies a rule names in two characters


_PLACE_VERBS = ("探索", "推出", "坚决", "率先", "在全国", "通过", "以", "从")  # 定州市探索…, 黄骅市通过…
_NO_PLACE_ENDS = ("社区", "景区", "园区", "城区", "辖区", "小区", "街区", "片区", "市区", "山区", "库区", "矿区", "林区")
_LEVEL_NAMES = frozenset(("自治区", "自治州", "自治县", "直辖市", "地级市", "县级市", "计划单列市"))  # a level, no place


def _named_place(name: str) -> bool:
    """Whether ``name`` is a place named in full (四川省成都市, 奉贤区; not 全市, 各区, 风景区, 将示范区)."""
    return bool(_PLACE_SUBJECT.fullmatch(name)) and len(name) > 2 and "各" not in name and name not in _LEVEL_NAMES \
        and not (_NO_SUBJECT.match(name) or _TASK_START.match(name) or _URGES.match(name)) \
        and not name.endswith(_NO_PLACE_ENDS)


#: A place named in full as a sentence's subject (四川省成都市, 重庆市忠县, 新疆维吾尔自治区; not 全市, 本县,
#: 市区, 县城): the government of it, where a task's verb follows.
_PLACE_SUBJECT = re.compile(r"(?![全本我该各此为把对在从])(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?(?:(?![全本我该各此])[\u4e00-\u9fff]{2,4}?(?:市|州|盟))?"
                            r"(?:(?![全本我该各此])[\u4e00-\u9fff]{1,4}?(?:县|区|旗))?(?<=[省区市州盟县旗])(?<![城辖地社街小园景])")


_MODAL_IN_NAME = re.compile(r"可以|应当|必须|提请|(?<![面趋导])向(?!阳)")  # (X向Y报送: X, then the body it reports to)
_SUBJECT_LIST_MAX = 201  # a subject listing twenty bureaus (市机关事务局、市教育局、…、市检察院等其他行业部门根据…)


#: An office's other name in brackets before its task (省气象局（台）加强…, 省监察厅（省效能办）对…).
_ALIAS = re.compile(r"(?<=[局厅委办])[（(][^（()）、，,]{1,8}[）)](?=[\u4e00-\u9fff])")


def _verb_subject_of(part: str, sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """:func:`verb_subject` of one part of ``sentence``."""
    first = _MODAL_OPENING.sub("", part.strip())
    first = _SHORT_NAME.sub("", first)  # 南汇新城镇、…和书院镇（以下统称“四镇”）重点做好…
    first = _ALIAS.sub("", first)  # 省气象局（台）加强…: the office, its other name aside
    if _NO_SUBJECT.match(first) or _DOING.match(first) and not _OFFICE_BY_WORK.match(first):  # 引导支持社会组织…:
        return []  # a task, no subject (受理部门于…出具…: an office named by its work is one)
    found, named = None, None  # the subject so far; where the first unit name ends
    for m in _DOER_END.finditer(first, 2, _SUBJECT_LIST_MAX):  # (税务机关|通过…)
        at = m.start()
        if first.startswith(_SUO_WORDS, at - 1) or _FIELD_OFFICE_NEXT.match(first, at):  # 补录经所|在区县…: a word's
            continue  # first character; 国务院城市|建设行政主管部门: the name goes on
        if named is not None and at - named > _NAME_RUN_ON and not re.search("[、和及与]", first[named:at]) \
                and not (first[named - 1] in "委会府局院" and _ends_like_unit(first[:at])
                         and not _DOING.search(first, named, at)) and not _EVERY_PLACE.match(first):
            break  # 烟墩街道地处滨湖新区…: the unit named first is the subject, if any (A、B…: a list;
            # 管委会党群工作部, 市各区|科技管理部门: one longer name)
        names = _names_before(first, at)  # (a subject opening as _NO_SUBJECT says: first does, above)
        if not names or not (all(len(n) > 2 or n.startswith("各") for n in names) or _WITH_ETC.search(first, 0, at)) \
                or any(_MODAL_IN_NAME.search(n) or _URGES_IN.search(n) for n in names):
            continue  # 高位统筹: a two-character word ending like a unit's name; 委员长会议可以向常务委员会: a
            # subject, its modal verb and the body it turns to
        named = at if named is None else named
        verb = _DOING.match(first, at)
        if verb and (verb.group()[-1] in "在对" or verb.group().endswith(("按照", "依照", "依据", "根据"))
                     or not _name_goes_on(first, verb.end())):  # 区人力资源和社会|保障局 (not X按照|处置流程…)
            found = (at, names, verb.group())
        elif at == len(first) and _WITH_ETC.search(first) and len(first) < len(sentence.strip()):
            found = (at, names, "")  # 区市场监管局、公安局等部门，依职责…: the part names them alone
    if found is None or _made_by(first, found[0], re.split(r"[，,；;。：:]", sentence.strip(), maxsplit=2)[1:2]):
        return []  # 审计机关依照本法取得的证据，可以…: what it made is the subject
    verb = found[2]
    role = "配合" if re.search(f"(?:{_HELPING})$", verb) else "牵头" if verb.endswith("牵头") \
        or verb.endswith("履行") and _LEAD_DUTY.search(first) else "负责"  # X履行…牵头部门职责: X leads
    entrusted = _ENTRUSTED_DOER.match(first, found[0] + len(verb)) if verb.endswith("委托") else None
    if entrusted and (names := tuple(n for n in _subject_names(entrusted.group(1)) if not general_unit(n))):  # X委托Y负责…:
        # Y does it for X
        return [(role, found[1]), ("负责", names)]
    return [(role, found[1])]


#: The body one entrusts with the task, before its verb (X委托市道路运输事业发展中心负责…).
_ENTRUSTED_DOER = re.compile(r"([^，,；;。：:]{2,30}?)(?=负责|具体负责|承担|开展|组织|实施|办理)")


def _with_pairs(part: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """:func:`_subject_pairs` of a part that opens with ``X会同Y`` (after 按照: …，按照X会同Y制定的…), or None."""
    part = re.sub(r"^(?:按照|依照|依据|根据)", "", part)
    led = _SUBJECT.match(part)
    return _subject_pairs(part) or None if led and led.group(2) == "会同" else None


_FORMED = re.compile(r"组建|成立(?=[\u4e00-\u9fff]{2})")  # a body formed before its duty (X组建Y负责…)


def _subject_pairs(part: str) -> list[tuple[str, tuple[str, ...]]]:
    """The pairs of a part of a sentence that starts with its units and their verb (X负责…,
    X会同Y等单位…), or none."""
    m = _SUBJECT.match(part)
    subject = _SUBJECT_ETC.sub("", m.group(1)) if m else ""  # X、Y等部门负责…: X and Y
    subject = _FORMED.split(subject)[-1].removeprefix("的")  # 招标人应当…组建评标委员会负责评标工作: the committee
    # formed does it (评标由招标人依法组建的评标委员会负责: the one formed)
    lead = parse_units(subject) if subject and not _NOT_SUBJECT.search(subject) else ()
    lead = tuple(u if "设区的" in u or DUTY_MARK in u else (_described_office(u) or (u,))[0] for u in lead)  # 市水务局
    # 所属的Y具体负责…: Y
    if not lead or not all(unit_name(u) and not _GENERIC_SUBJECT.match(u) and not _VERB_BEFORE_NAME.match(u) for u in lead):
        lead = _fields_named(m.group(1)) if m else ()  # 公安、住建等部门负责…: named by their fields
    if not lead:
        return []
    if m.group(2) in ("会同", "商"):  # X商有关部门…: X leads, after consulting them
        return [("牵头", lead)] + _with(part[m.end():])
    return [(verb_role(m.group(2)), lead)]  # 区数据局负责牵头…: it leads


def _with(rest: str) -> list[tuple[str, tuple[str, ...]]]:
    """The units ``X会同`` names before the task: ``A、B等单位…``, or unit names up to a task verb."""
    etc = _WITH_ETC.search(rest)
    if etc:  # 会同编制、发展改革、财政等单位: the writer calls them units, short as they are
        names = parse_units(rest[:etc.start()])
        ok = all(1 < len(n) <= _UNIT_MAX for n in names)
    else:
        end = _WITH_END.search(rest)
        names = parse_units(rest[:end.end()]) if end else ()
        ok = all(unit_name(n) or _PLACE_ONLY.fullmatch(n) or DOER_BODY.fullmatch(n) for n in names) \
            and any(unit_name(n) or DOER_BODY.fullmatch(n) for n in names)  # (会同电网企业、市场运营机构加强…)
        # (会同浦东新区、奉贤区和临港地区管委会: places beside a unit stand for their governments)
        if end and not ok and (fields := _fields_named(rest[:end.end()])):  # 会同物价、城建部门: by their fields
            names, ok = fields, True
    return [("会同", names)] if names and ok else []


#: A verb that calls other units into the task inside a sentence (…，会同A、B等部门开展…; 配合公安、住建等部门…).
_CALLER_END = "[局委办室会院府处所心门队站部厅组]"  # how the name of a unit that calls others in ends
_CALLED_IN = re.compile(rf"(?<![由经])(?:会同(?!意)|配合好?|协同|协助|下放(?:至|给|到)?|(?<=部门)商(?=有关|相关|同级|[^，,。；;]{{2,20}}部门)"
                        rf"|(?:(?<={_CALLER_END})|(?<={_CALLER_END}将))(?:牵头|联合|(?<!社会)组织(?!部|生活))"
                        r"|(?:(?<![\u4e00-\u9fff])|(?<=同时)|(?<=积极)|(?<=主动)|(?<=[并还]))联合(?=[省市县区州乡镇]|[^，,。；;]{2,20}?等?部门)"
                        r"|(?:(?<![\u4e00-\u9fff])|(?<=[并还]))与(?=[省市县区州乡镇][^，,。；;]{1,15}?[局委院办]|[^，,。；;]{1,15}?部门|海关))(?![、，,])")
# (与区法院深化…, 联合公安、消防等部门强化…: a report's partners, where the part opens so)
# (…，同时联合区公安局、区行政审批局等部门，共同…: a report's partners, where the sentence opens so)
#: A verb that sends the task's result to a unit that reviews or approves it (报区人民政府审定); a unit that
#: only receives it (…前报送区经济发展局科技处, 报送市编委办) does no part of the task.
_SENT_TO = re.compile(r"(?:报送|上报|报请|报告|提交|送交|抄送|汇总到|汇总至|(?<![汇上情简周月年通电公预警填申])报)(?:至|到|给)?")
_RECEIVER = re.compile(r"(?:中共)?[省市州县区旗镇乡各][^，,；;。：:、\s（(等和及与并]{1,24}?"
                       r"(?:局|委|办|办公室|处|科|股|中心|政府|人民政府|党委|组|部|厅|院)"
                       r"(?=审定|审批|审核|审查|备案|批准|批复|汇总|核准|研究|同意|挂牌|督办)")


#: A verb by which the writer directs others to do a task, opening a part of a sentence (推动各区做好…,
#: 指导督促各乡镇…): the units after it do the task. (What the text encourages or supports, 鼓励…, 支持
#: 和引导…, binds no one: those units are no doers.)
_URGES = re.compile(r"(?:积极|大力|进一步|继续)?(?:推动|督促|指导|动员|要求|请(?![示求假]))(?:和|、|并)?(?:指导|督促)?")  # 请各区…将…
_URGED_NAME_MAX = 16
#: A name urged to a task: each of a kind (各区, 各街道), the universities (高校), or a body by its ending
#: (行政机关负责人 and 治理重心 are none).
_URGED_NAME = re.compile(r"各(?![类项种级个])[\u4e00-\u9fff]{1,6}|高校|院校|(?!跨)[\u4e00-\u9fff]{1,14}(?:局|委|办|厅|部门|(?<!法治)政府|院校|学校|高校|协会"
                         r"|商会|企业|法院|检察院|机构|公司|集团|街道|乡镇|社区|(?<=[^部])司)")
#: How the task's verb after the urged units may begin (做好, 开展, 先行先试, 参与, 落实, 加强, 依法…).
_VERB_FIRST = frozenset("做开先参实加落推建完提探制组发形积依按结深强规优创健抓利用承增减保严认切全进持共率将于贯及")  # (not 负: 负责人; not
# 主: 各类社会主体)


#: A body's other name in brackets after it (教育厅（教委）, 有关部门（单位）教育司（局）).
_ALIAS_ANY = re.compile(r"(?<=[局厅委办门位司])[（(][^（()）、，,]{1,6}[）)]")
_URGED_LIST_MAX = 80  # how long a list of bodies a notice asks (请各省、…教育厅，新疆…教育局，有关部门…教育司…) runs
_URGED_LIST_END = re.compile(rf"^[^、]{{2,20}}?(?:局|司|厅|委|部门)(?=通知|组织|做好|按照|于|将|认真|及时|(?:{TASK_VERBS}))")
_URGES_IN = re.compile(r"通知|告知|转发|转告|督促|要求")  # (请X通知所属高校…: X, not X通知所属高校)


def urged_units(sentence: str) -> tuple[str, ...]:
    """The units that a part of ``sentence`` opening with a verb of directing has do its task
    (``推动各区做好企业开办服务``: 各区), the run of unit names before the task's verb; none where
    no name follows (``推动工作落实``), the names are units in general (``要求各有关单位…``) or the
    verb only encourages (``支持和引导职业院校…``).

    >>> urged_units("推动各区做好企业开办服务。"), urged_units("指导督促各乡镇做好防汛工作。")
    (('各区',), ('各乡镇',))
    >>> urged_units("支持和引导职业院校开发校本教材。"), urged_units("推动工作落实落地。")
    ((), ())
    """
    out: list[str] = []
    if _URGES.search(sentence) is None:  # (cheap: most sentences direct no one)
        return ()
    parts = list(map(str.strip, re.split(r"[，,；;。]", _ALIAS_ANY.sub("", sentence))))
    at = 0
    while at + 1 < len(parts):  # 请A，B，C通知…: the list a comma parts, one name a part
        urges = _URGES.match(parts[at])
        if urges and _names_alone(parts[at][urges.end():]) and (_names_alone(parts[at + 1])
                                                                 or _URGED_LIST_END.search(parts[at + 1])):
            parts[at:at + 2] = [parts[at] + "、" + parts[at + 1]]
        else:
            at += 1
    for part in parts:
        m = _URGES.match(part)
        if m is None or m.end() == len(part):
            continue
        rest = part[m.end():]
        found: tuple[str, ...] = ()
        for k in range(2, min(len(rest) - 1, _URGED_LIST_MAX if "、" in rest else _URGED_NAME_MAX) + 1):  # the shortest list of names, whole,
            if not (_BY_DOER_NEXT.match(rest, k) or rest[k] in _VERB_FIRST) or _name_goes_on(rest, k):
                continue  # unless a longer one ends as an office's name (请各区|规划资源局及时…: 规 starts no verb;
                # 请各区住房城乡|建设管理部门于…: 乡 ends a township's name)
            names = _subject_names(rest[:k])
            if names and all(_URGED_NAME.fullmatch(n.rsplit("、", 1)[-1]) and "的" not in n and not _DOING_IN_NAME.search(n) and not _URGES_IN.search(n)
                             and not _NOT_SUBJECT.search(n) for n in names):
                found = names if _OFFICE.search(names[-1]) or not found else found  # (the longest such)
        out += [n for n in found if n not in out and not general_unit(n)]
    return tuple(out)


def called_in(sentence: str) -> tuple[str, ...]:
    """The units a sentence calls into its task besides its subject: those it works with
    (``会同A、B等部门``, ``配合公安、住建、消防等部门``) and those it sends the result to for review
    (``报区人民政府审定``); they share the task (responsible), for that sentence alone. A unit that only
    receives the result (``报送区经济发展局科技处``) is none.

    >>> called_in("继续会同区农业农村局、区资源生态局会商解决方案。")
    ('区农业农村局', '区资源生态局')
    >>> called_in("配合公安、住建、市场监管、消防等部门开展联合检查。")
    ('公安', '住建', '市场监管', '消防')
    >>> called_in("请各单位于6月15日前报送区经济发展局科技处。"), called_in("成果报区人民政府审定后发布。")
    ((), ('区人民政府',))

    A verb that names no unit after it (``积极配合做好…``, ``开展联合执法``, ``及时报告情况``) calls in none:

    >>> called_in("各乡镇积极配合做好摸底登记，开展联合执法，及时报告情况。")
    ()
    """
    out: list[str] = []
    for m in _CALLED_IN.finditer(sentence):
        rest = re.split(r"[，,；;。：:]", sentence[m.end():], maxsplit=1)[0]
        etc = _WITH_ETC.search(rest)
        names = _field_list(rest[:etc.start()]) if etc else _listed_names(rest)
        out += [n for n in names if n not in out and not general_unit(n)]
    for m in _SENT_TO.finditer(sentence):
        r = _RECEIVER.match(sentence, m.end())
        if r and unit_name(r.group()) and not general_unit(r.group()) and r.group() not in out:
            out.append(r.group())
    return tuple(out)


def later_subjects(sentence: str) -> tuple[str, ...]:
    """The units that are the subjects of a sentence's later clauses, after a comma or semicolon
    (``…的重要内容，各处室、办事处、相关单位要高度重视``; ``X定期予以通报，区建管委督促整改``): they do
    that part of the task (responsible), for that sentence alone. The first clause's subject is
    the caller's (:func:`modal_subject`, :func:`verb_subject`).

    >>> later_subjects("禁烟工作已纳入文明建设的重要内容，各处室、办事处要高度重视。")
    ('各处室', '办事处')
    >>> later_subjects("区行政服务中心定期予以通报，区建管委督促相关部门整改。")
    ('区建管委',)
    >>> later_subjects("由对应牵头部门负责受理，各部门按照各自职责分工做好相关工作。")
    ('各部门',)
    >>> later_subjects("各地要配齐法治副校长，由公安部门统筹配备护校民警。")
    ('公安部门',)

    A clause that opens with no unit (``…，要加强…``, ``…，全面落实…``) names none:

    >>> later_subjects("围绕中心工作，要加强统筹，全面落实责任。"), later_subjects("工作开展后，形成政府统筹的机制。")
    ((), ())
    """
    out: list[str] = []
    for part in re.split(r"[，,；;]", sentence)[1:]:
        if re.search("负责(?:人(?!才)|同志)", part):  # …，局属各单位负责人为成员: their heads, named
            continue
        if _REPORTED_TO.match(part.strip()):
            continue  # …，并及时报告有关部门依法处理: the body told, no doer
        part = _ASKED.sub("", part.strip())  # …，请各单位认真抓好落实: the units asked to
        part = _BEFORE_EACH.sub("", part)  # …，年底前各部门要…: the subject from 各
        if part.startswith("由"):  # …，由公安部门统筹配备…
            pairs = [("负责", by_doer(part[1:]))]
        else:  # (a clause with no modal verb, or not opening by place or kind, is read no further)
            placed = _PLACED.match(part) is not None
            kind = not placed and "的" not in part and _KIND_HEAD.search(part, 0, _KIND_HEAD_MAX) is not None
            pairs = _MODAL.search(part) and modal_subject(part) or (placed or kind) and [
                (r, names) for r, names in verb_subject(part)
                if placed and _PLACED.match(names[0])
                or kind and names[0].endswith(_OFFICE_KINDS)] or []  # (…部门承担…的机构: its office)
        for _, names in pairs:
            out += [n for n in names if n not in out]
    return tuple(out)


_REPORTED_TO = re.compile(r"并?(?:及时|立即|同时)?(?:报告|报送|上报|移送|移交|通报|告知|通知|抄报|抄送)")  # (a clause that tells a body)
_OFFICE_KINDS = ("部门", "机构", "机关")  # …，不动产登记部门合并办理…: an office by its kind, no place
_KIND_HEAD = re.compile("部门|机构|机关")  # (looked for near a part's start only: a cheap pre-test)
_KIND_HEAD_MAX = 16
#: How a later clause asks units to do its task (…，请各单位…, 要求各单位都要…, 并督促区水务公司…).
_ASKED = re.compile(rf"^并?(?:要求|请(?!示)|责成|督促){_UNITS_NEXT}")
#: A phrase run into a subject of each of a kind (年底前各部门, 凝聚活动合力各单位).
_BEFORE_EACH = re.compile(r"^[^各]{1,8}?(?=各(?![项级种类个方环阶])[\u4e00-\u9fff]{1,8}(?:要|应))")
#: A later clause's subject with no modal verb names its units by place or kind (区建管委督促…,
#: 各村按照…, 其他单位在…), not a word that ends like a unit (形成政府…, 办公场所统一…).
_PLACED = re.compile(r"[省市县区州旗盟乡镇]|各|有关|相关|其他|片区")
_MODAL = re.compile("应|要|须")


_FIELD = re.compile(r"[\u4e00-\u9fff（）()]{2,12}")
_BRACKETED_PLACES = re.compile(r"^(?:有关|各)?[省市县区州](?:级)?[（(][^（()）]{1,8}[）)]")
_FIELDS_DEPARTMENTS = re.compile(r"(?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,8}部门")  # 市民宗、消防部门, 教育、人力资源社会保障部门


def _fields_named(subject: str) -> tuple[str, ...]:
    """The departments a subject closed by 等部门 names by their fields (``区发展改革、财政、税务等有关部门``),
    or a short list of fields before one 部门 (``市民宗、消防部门``), or none."""
    subject = _BRACKETED_PLACES.sub("", subject)  # 有关省（区、市）教育、财政部门: the places each has
    etc = _ETC_END.search(subject)
    if etc is None and _FIELDS_DEPARTMENTS.fullmatch(subject):  # 市民宗、消防部门: both departments
        return _field_list(subject)
    return _field_list(subject[:etc.start()], "部门" in etc.group()) if etc else ()


def _field_list(text: str, departments: bool = False) -> tuple[str, ...]:
    """The units a list closed by 等部门 names (``区发展改革、财政、税务``: the departments of those fields,
    named as the writer names them), or none where a piece holds a task's words."""
    government = _GOVERNMENT_FIELD.match(text) if departments else None
    if government:  # 县级以上人民政府建设、交通、水利等有关部门: each the government's department of that field;
        gov = government.group(1).removesuffix("的").removesuffix("及其")  # …人民政府及其地震、…等部门: it too
        fields = re.split("以及|、", text[government.end(1):])  # (工业和信息化, 发展和改革: one field each)
        if all(_field_piece(f, departments) for f in fields):
            return ((gov,) if government.group(1).endswith("及其") else ()) + tuple(gov + f + "部门" for f in fields)
    pieces = re.split("以及|[、和及]", text)
    return parse_units(text) if all(_field_piece(p, departments) for p in pieces) else ()


def _field_piece(piece: str, departments: bool) -> bool:
    """Whether one piece of a list closed by 等部门 names a field, not a task's words (建设 alone before 等部门:
    its department; before 等单位, the builder, a party)."""
    return bool(_FIELD.fullmatch(piece)) and not ((m := _TASK_START.match(piece)) and (m.end() < len(piece) or not departments)) \
        and not _DOING_IN_NAME.search(piece) and not _NOT_SUBJECT.search(piece) and "的" not in piece


#: A government named before the first of the fields a list closed by 等部门 names (县级以上人民政府建设、…).
_GOVERNMENT_FIELD = re.compile(r"(.{2,20}?人民政府(?:的|及其)?)(?=[\u4e00-\u9fff]{2})")


#: A unit's ending that is a word's first character instead (应急处|置, 局面, 委托, 组织, 所在).
_NOT_END = re.compile(r"处[置理罚]|部[分署]|局[面势限]|会[议商签审]|委托|组[织成建]|办[理法]|所[有在属]|队伍|站[点位]|心[理态]")
#: What follows a list of units called into a task: the task's verb, a pause, the list going on.
_AFTER_LIST = re.compile(rf"{_BY_DOER_NEXT.pattern}|[，,、等和及]|$|会商|共同|一起|同步")


def _listed_names(text: str) -> tuple[str, ...]:
    """The unit names ``text`` opens with (``区农业农村局、区资源生态局会商…``: both; ``旗司法局开展…``: the
    whole name), the longest such list that the task's verb or a pause follows, or none where a
    name holds no unit's words (a verb, 的, 和, a word like 处置 or 行业)."""
    best: tuple[str, ...] = ()
    for m in _SUBJECT_END.finditer(text, 3, _UNIT_MAX * 3):
        at = m.start()
        closed = text.startswith("等", at) and _BY_DOER_NEXT.match(text, at + 1) is not None  # …保障局等负责…
        if not closed and (_name_goes_on(text, at) or _NOT_END.match(text, at - 1) or not _AFTER_LIST.match(text, at)):
            continue
        names = parse_units(text[:at])
        if names and all(len(n) > 2 and (unit_name(n) or _named_place(n)) and not _DOING.match(n) and not _DOING_IN_NAME.search(n)
                         and not _NOT_SUBJECT.search(n) and not _NOT_NAMED.search(n) and "和" not in n
                         and n[0] not in "与并向为好" for n in names):
            best = names
            if closed or _BY_DOER_NEXT.match(text, at):  # 区扶贫办|指导村（居）委会: the task's verb ends the list
                break
    return best


_STATEMENT = re.compile(rf"(?:[^，,。；;为是]{{2,20}}[，,])?[^，,。；;]{{0,24}}?({ROLE_KEYS}|牵头|责任(?:主体)?)(?:均|分别|都)?(?:为|是)"
                        rf"([^。；;]{{2,{NOTE_MAX}}})[。；;]?")


_NEXT_STATEMENT = re.compile(r"[，,](?=[^，,]*[为是])")  # the next part names its own units
# Cheap tests before the two patterns below: 责任单位为…, …为…牵头单位.
_MAY_STATE_UNITS = re.compile(r"(?:单位|部门|科室|处室|股室|牵头|责任|责任主体)(?:均|分别|都)?[为是]")
_MAY_NAME_ROLE = re.compile(r"[为是][^，,；;。]*(?:单位|部门)")
_NAMED_ROLE = re.compile(r"([^，,；;。：:]{2,40}?)(?:为|是|作为)[^，,；;。]{0,30}?(总牵头|牵头责任|牵头|主要责任|责任|配合|协办|主办)(?:单位|部门)$")


def named_roles(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The units of a sentence's parts that name them as a role: ``省发展改革委和省林业局为全省
    工作的总牵头单位，市县发展改革部门为本地工作的牵头单位`` (none when a part's subject is no unit).

    >>> named_roles("省发展改革委和省林业局为全省改造工作的总牵头单位，省电力公司为责任单位。")
    [('牵头', ('省发展改革委', '省林业局')), ('责任', ('省电力公司',))]
    """
    out = []
    for part in _split_top(sentence, "，,；;。") if _MAY_NAME_ROLE.search(sentence) else ():
        m = _NAMED_ROLE.fullmatch(part)
        names = parse_units(m.group(1).replace("和", "、")) if m else ()
        if names and all(unit_name(n) and not _GENERIC_SUBJECT.match(n) for n in names):
            out.append(("牵头" if is_lead(m.group(2).removeprefix("总")) else m.group(2), names))
    return out


def unit_statement(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The units of a sentence that only says who is responsible: ``该目标责任单位为市经委。``,
    ``以上2项目标的责任单位均为市商务局、市统计局。`` (none when the rest is no unit list).

    >>> unit_statement("该目标责任单位为市经委。")
    [('责任单位', ('市经委',))]
    >>> unit_statement("经研究决定，绿色城市工程的责任主体为区建设局和区森林公司；")
    [('责任主体', ('区建设局', '区森林公司'))]
    >>> unit_statement("工作的责任单位是落实的关键。")
    []
    """
    m = _STATEMENT.fullmatch(sentence.strip()) if _MAY_STATE_UNITS.search(sentence) else None
    if m is None:
        return []
    units = _NEXT_STATEMENT.split(m.group(2), maxsplit=1)[0]  # …为A，其他道路的绿化主体为B: A
    return [(m.group(1), parse_units(units))] if _units_only(units) else []


_LABEL_KEY = r"([^，,。；;：:\s（(〔【\[<〈][^，,。；;：:\s]{1,39}?)[：:]"  # a label's key and its colon
_LABEL = re.compile(_LABEL_KEY + r"\s*(?=\S)")
_ROLE_WORDS = re.compile(rf"{ROLE_KEYS}|{LEADER_KEYS}|牵头|责任|配合|负责")  # 牵头单位：, 分管领导：: no labels


#: A government's department a law names by the work it is charged with (县级以上地方人民政府负责管理地震工作的部门或者
#: 机构): one name, its 负责 no verb. :func:`keep_duty_offices` hides that 负责 while a sentence's units are read
#: (as ``DUTY_MARK``, two characters no text writes); :func:`duty_office` gives it back in a name.
_DUTY_BODY = r"[^，,。；;、的]{1,20}?的(?:部门或者机构|(?:行政)?主管部门|部门|机构)"  # …管理地震工作的部门或者机构
_DUTY_OFFICE = re.compile(rf"(?<=人民政府)负责(?=(?:管理)?{_DUTY_BODY})")
DUTY_MARK = "龘龘"
DUTY_MARK_RE = re.escape(DUTY_MARK)


def keep_duty_offices(sentence: str) -> str:
    """``sentence`` with the 负责 inside a department's name marked (:data:`_DUTY_OFFICE`).

    >>> duty_office(keep_duty_offices("县级以上地方人民政府负责管理地震工作的部门或者机构负责本行政区域内的工作。"))
    '县级以上地方人民政府负责管理地震工作的部门或者机构负责本行政区域内的工作。'
    """
    return _DUTY_OFFICE.sub(DUTY_MARK, sentence) if "负责" in sentence else sentence


def own_offices_listed(sentence: str) -> str:
    """``sentence`` with a body's office it set up read as a second body of a list (``交通主管部门或者其设置的公路管理机构
    应当…``: 交通主管部门、公路管理机构).

    >>> own_offices_listed("交通主管部门或者其设置的公路管理机构应当作出决定。")
    '交通主管部门、公路管理机构应当作出决定。'
    """
    return _SET_UP.sub("、", sentence) if "其设" in sentence else sentence


_SET_UP = re.compile(r"或者?其(?:设置|设立)的(?=[\u4e00-\u9fff]{2,20}?(?:机构|机关|部门))")


_DUTY_SUBJECT_END = re.compile(r".+?的(?:部门或者机构|部门|机构)(?=应当|应|要|须|必须|可以|负责|会同|依法|在|主管|组织|对|按照)")
#: Such a department named after 由 (由县级以上人民政府负责管理地震工作的部门责令改正).
_DUTY_DOER = re.compile(rf"[^，,。；;由]{{0,30}}?人民政府{DUTY_MARK_RE}{_DUTY_BODY}")


def duty_office_subject(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The units a sentence :func:`keep_duty_offices` marked names as its subject, one or more of them such
    departments (``国务院地震工作主管部门和县级以上地方人民政府负责管理地震工作的部门或者机构，应当…``); none where
    its subject names none."""
    if DUTY_MARK not in sentence:
        return []
    head, *rest = re.split(r"[，,；;。：:]", _SHORT_NAME.sub("", sentence.strip()), maxsplit=1)  # (…的行政主管部门（以下
    # 统称X）负责…: the department, less the short name it is given)
    subject = head.strip() if rest and _MODAL_FIRST.match(rest[0].strip()) else \
        (m.group() if (m := _DUTY_SUBJECT_END.match(head.strip())) else "")
    names = parse_units(subject) if DUTY_MARK in subject else ()
    if not names or not all(DUTY_MARK in n or unit_name(n) for n in names):
        return []
    return [("负责", names)]


def duty_office(name: str) -> str:
    """A name read from a sentence :func:`keep_duty_offices` marked, as the text writes it."""
    return name.replace(DUTY_MARK, "负责")


def unit_label(sentence: str) -> tuple[int, tuple[str, ...]] | None:
    """A sentence that starts by naming its units as a label (a duty list by unit:
    ``乡纪委、监察室：负责对防控措施落实情况进行监督检查；``): where the label ends and its units, or
    None (``工作目标：…``, ``牵头单位：…`` are no such label).

    >>> unit_label("乡纪委、监察室：负责对防控措施落实情况进行监督检查；")
    (8, ('乡纪委', '监察室'))
    >>> unit_label("工作目标：全年完成培训2次。") is None
    True
    """
    m = _LABEL.match(sentence)
    names = _label_names(m.group(1)) if m else None
    return (m.end(), names) if names else None


def label_alone(line: str) -> tuple[str, ...] | None:
    """The units of a line that is a unit's label alone, its duties on the lines below
    (``土地利用处：`` / ``编制并组织实施全区土地利用总体规划；…``), or None.

    >>> label_alone("地质矿产与测绘管理处: "), label_alone("申报材料：")
    (('地质矿产与测绘管理处',), None)
    """
    m = _LABEL_ALONE.fullmatch(line.strip())
    return _label_names(m.group(1)) if m else None


_LABEL_ALONE = re.compile(_LABEL_KEY)


def _label_names(key: str) -> tuple[str, ...] | None:
    """The units a label's key names (``乡纪委、监察室``), or None."""
    if _ROLE_WORDS.search(key) or _ROLE_FIELD.fullmatch(key):
        return None  # (建设单位：平潭…有限公司, 评价单位：…研究院: a role's field, its value the name)
    names = parse_units(key)
    if not names or not all(unit_name(n) and not _GENERIC_SUBJECT.match(n) and not _FACILITY.search(n) for n in names):
        return None  # (抽水蓄能电站：由…核准: a kind of project, no unit)
    return names


#: A role named as a field's key (建设单位, 评价单位, 施工单位, 监理单位).
_ROLE_FIELD = re.compile(r"[\u4e00-\u9fff]{2}单位")
#: A facility's name that ends like a unit's (核电站, 公路汽车客运站, 加油站, 变电站, 泵站, a bus line's 首末站 and 枢纽站).
_FACILITY = re.compile(r"(?:电|客运|货运|加油|加气|充电|换电|变电|泵|中转|转运|车|渡|首末|枢纽)站$")
#: A bus or rail line's stop (首末站, 枢纽站, 车站): a place, no subject's name (a 客运站 that must do something is its operator).
_STOP = re.compile(r"(?:首末|枢纽|车)站$")

