"""The Chinese words people read for the codes the data uses — one table for every output.

Machine formats (jsonl, csv) keep the codes (the check's with ``status_label`` beside them); the
CLI table, the workbook, the HTML report and the Word 对照表 show these labels. Nothing here
imports anything heavy.

    >>> label("status", "missing")
    '缺失'
    >>> change_text([{"field": "deadline", "old": "年底前", "new": "6月底前"}])
    '完成时限：年底前 → 6月底前'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

#: The check's statuses, in the order a drafter should read them (missing first).
CHECK_STATUSES = ("missing", "possible", "weak", "present")

STATUS = {
    # the drafter's check
    "present": "已有", "weak": "偏弱", "possible": "待核实", "missing": "缺失",
    # year-over-year changes
    "unchanged": "未变", "changed": "有变化", "added": "新增", "dropped": "删去",
}
FIELD = {"target": "目标", "deadline": "完成时限", "lead_units": "牵头单位",
         "responsible_units": "责任单位", "strength": "措辞强度", "text": "文字"}
KIND = {"obligation": "任务", "achievement": "成效", "problem": "问题", "preamble": "引言",
        "heading": "标题", "title": "题名", "noise": "版面杂项"}
STRENGTH = {3: "强（必须、严格、确保）", 2: "一般（应当、要、落实）", 1: "弱（鼓励、探索、力争）"}
#: What each status means, for legends (HTML, docx).
STATUS_HELP = {
    "present": "匹配模型判定本文件有同一义务的条款（概率 ≥ 0.5）",
    "weak": "有相应条款，但目标值低于参考文件中位数或措辞弱于所有参考文件",
    "possible": "本文件有可能相应的条款（概率 0.2–0.5），需人工核实",
    "missing": "本文件没有可能相应的条款（概率 < 0.2）",
}

#: Column headers for people (workbook, CLI tables); csv and jsonl keep the English names.
COLUMNS = {
    "doc_id": "文档编号", "clause_id": "条款编号", "kind": "类型", "text": "条款内容",
    "title": "标题", "path": "文件", "jurisdiction": "地区", "jurisdiction_id": "地区编号",
    "admin_level": "行政级别", "province": "省级", "parent": "上级", "year": "年份",
    "source_format": "格式", "inferred": "推断字段", "unknown": "未知字段",
    "section_number": "部分序号", "section_title": "部分标题", "item_number": "事项序号",
    "item_title": "事项标题", "parent_item_number": "上级事项序号",
    "parent_item_title": "上级事项标题", "lead_units": "牵头单位", "responsible_units": "责任单位",
    "deadline": "完成时限", "start": "起始位置", "end": "结束位置",
    "doc_a": "文档A", "clause_a": "条款A", "text_a": "条款A内容", "doc_b": "文档B",
    "clause_b": "条款B", "text_b": "条款B内容", "score": "得分", "evidence": "依据",
    "group": "义务组", "label": "主题词", "support": "覆盖文档数",
    "old": "旧文档", "new": "新文档", "status": "状态", "status_label": "状态",
    "clause_old": "旧条款", "text_old": "旧条款内容", "clause_new": "新条款",
    "text_new": "新条款内容", "changes": "变化", "item": "事项", "plan": "被检查文档",
    "candidate_clause": "候选条款", "candidate_text": "候选条款内容",
    "candidate_score": "候选得分", "reasons": "原因", "references": "参考条款",
    "draft": "本文件的表述", "reference_text": "参考文件的表述",
    "band": "档位", "topic": "主题词", "stated_by": "提出该事项的文件",
    "same": "是否同一义务（同/不同）",
}

TABLES: dict[str, Mapping[Any, str]] = {"status": STATUS, "field": FIELD, "kind": KIND,
                                        "strength": STRENGTH}


def label(table: str, code: Any) -> str:
    """The Chinese label of ``code`` in ``table`` (``status``, ``field``, ``kind``, ``strength``);
    an unknown code is shown as itself."""
    if code is None:
        return ""
    return TABLES[table].get(code, str(code))


def _value(field: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if field == "strength":
        return STRENGTH.get(value, str(value))
    if isinstance(value, (list, tuple)):
        return "、".join(map(str, value))
    return str(value)


def change_text(changes: Iterable[Mapping[str, Any]] | None) -> str:
    """A clause's changes as readable lines: ``目标：不少于1次 → 不少于2次`` (the word diff,
    field ``text``, comes last)."""
    lines = [f"{label('field', ch.get('field'))}：{_value(ch.get('field', ''), ch.get('old'))} → "
             f"{_value(ch.get('field', ''), ch.get('new'))}"
             for ch in sorted(changes or [], key=lambda ch: ch.get("field") == "text")]
    return "\n".join(lines)


def readable(column: str, value: Any) -> Any:
    """A cell for people: a status or clause kind as its Chinese label, a list of changes as
    :func:`change_text`; anything else unchanged."""
    if column == "status" and isinstance(value, str):
        return label("status", value)
    if column == "kind" and isinstance(value, str):
        return label("kind", value)
    if column == "changes" and isinstance(value, (list, tuple)):
        return change_text(value)
    return value


def doc_label(doc: Any) -> str:
    """A short Chinese name for a document: 巴音郭楞蒙古自治州 2024 (else its id)."""
    parts = [p for p in (doc.jurisdiction, str(doc.year) if doc.year else None) if p]
    return " ".join(parts) or doc.doc_id


def status_order(status: str) -> int:
    """Sort key: missing items first, then possible, weak, present."""
    return CHECK_STATUSES.index(status) if status in CHECK_STATUSES else len(CHECK_STATUSES)
