"""Year-over-year changes summarised for a reader: what happened to each duty (kept,
strengthened, weakened, retargeted, re-assigned, rescheduled, added, dropped), from the change
fields of :func:`comparer.changes.changes` rows (their ``records()``).

A field counts as changed only when both documents state it: a prose plan without 牵头单位 beside
a responsibility table that has them is a difference of format, not a re-assignment. A
quantitative target is the exception: a target stated where there was none is a new target.

    >>> outcomes({"status": "changed", "changes": [{"field": "strength", "old": 2, "new": 3}]})
    ('strengthened',)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

#: Outcomes in the order the summary lists them, with their Chinese names.
OUTCOMES = {"kept": "保留", "strengthened": "加强", "weakened": "减弱", "retargeted": "目标调整",
            "reassigned": "牵头单位易主", "rescheduled": "完成时限调整",
            "added": "新增", "dropped": "删去"}
_BOTH_SIDES = {"deadline": "rescheduled", "lead_units": "reassigned"}


def _stated(value: Any) -> bool:
    return value not in (None, "", [], ())


def _units(value: Any) -> set[str]:
    items = value if isinstance(value, (list, tuple)) else str(value or "").split("、")
    return {u.strip() for u in items if u and u.strip()}


def real_change(change: Mapping[str, Any]) -> bool:
    """Whether a field change is a change of substance: both sides state the field (a target:
    either side) and they differ — lead units so that no unit leads in both (a duty handed to
    someone else, not one of two leads dropped). Responsible units, which lists of 各部门 vary
    freely, and the word diff (``text``) are not."""
    field, old, new = change.get("field"), change.get("old"), change.get("new")
    if field in ("text", "responsible_units") or old == new:
        return False
    if field == "target":
        return _stated(old) or _stated(new)
    if field == "lead_units":
        return _stated(old) and _stated(new) and not _units(old) & _units(new)
    return _stated(old) and _stated(new)


def outcomes(row: Mapping[str, Any]) -> tuple[str, ...]:
    """What happened to the duty of one change row (several outcomes at once are possible)."""
    if row["status"] in ("added", "dropped"):
        return (row["status"],)
    found = []
    for ch in row.get("changes") or []:
        if not real_change(ch):
            continue
        field = ch["field"]
        if field == "strength":
            found.append("strengthened" if ch["new"] > ch["old"] else "weakened")
        elif field == "target":
            found.append("retargeted")
        elif field in _BOTH_SIDES:
            found.append(_BOTH_SIDES[field])
    return tuple(dict.fromkeys(found)) or ("kept",)


def summary(rows: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Rows per outcome, every outcome listed (a row with several counts in each)."""
    counts = dict.fromkeys(OUTCOMES, 0)
    for row in rows:
        for outcome in outcomes(row):
            counts[outcome] += 1
    return counts


def view_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A change row for the report: its outcomes, its changes of substance (``facts``), its other
    differences (``notes``: see :func:`_note`) and its word diff (``text_diff``), kept apart so
    the template can grey the notes and fold the diff."""
    changes = list(row.get("changes") or [])
    text = next((ch for ch in changes if ch.get("field") == "text"), None)
    return {**row, "outcomes": outcomes(row),
            "facts": [ch for ch in changes if real_change(ch)],
            "notes": [_note(ch) for ch in changes if ch.get("field") != "text"
                      and not real_change(ch) and ch.get("old") != ch.get("new")],
            "text_diff": text}


def _note(change: Mapping[str, Any]) -> dict[str, Any]:
    """A difference that is no change of substance, for a grey line: a field only one document
    states (``side`` 旧 or 新 and its ``value``), or units that overlap (``old`` and ``new``)."""
    old, new = _stated(change.get("old")), _stated(change.get("new"))
    if old and new:
        return {"field": change["field"], "side": None, "old": change["old"], "new": change["new"]}
    return {"field": change["field"], "side": "旧" if old else "新",
            "value": change["old"] if old else change["new"]}


def matters(view: Mapping[str, Any]) -> bool:
    """Whether a row belongs among the rows shown first: added, dropped, or a change of substance."""
    return view["outcomes"] != ("kept",)
