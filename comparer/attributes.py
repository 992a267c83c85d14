"""Attributes stated inside a clause's text: deadlines (more in :mod:`comparer.changes`)."""

from __future__ import annotations

import re

# 4月30日前, 2024年8月底前, 年底前, 12月31日前, 每年3月1日前, 8月中旬起 …
_DEADLINE = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|年底|年末)(?:前|以前|之前)"
)
_STANDING = re.compile(r"长期坚持|持续推进|常态化")


def find_deadline(text: str) -> str | None:
    """The first deadline stated in ``text`` (``4月30日前``, ``年底前``), or None.

    Examples
    --------
    >>> find_deadline("4月30日前完成本县市、本部门重大行政决策事项目录编制")
    '4月30日前'
    """
    m = _DEADLINE.search(text)
    return m.group(0) if m else None


def is_standing(text: str) -> bool:
    """Whether a deadline cell says the task has no end date (长期坚持)."""
    return bool(_STANDING.search(text))
