"""The data model every stage shares: documents, clauses and skipped spans.

Clauses point back into their document's normalised text (``doc.text[c.start:c.end] == c.text``),
so reports can quote and highlight the original. Matrices (embeddings) live beside the clauses,
row ``i`` for clause ``i``, never inside them.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


#: Columns of a clause DataFrame (:meth:`Clause.to_row`), in order.
CLAUSE_COLUMNS = (
    "doc_id", "clause_id", "kind", "section_number", "section_title", "item_number", "item_title",
    "parent_item_number", "parent_item_title", "text", "lead_units", "responsible_units", "deadline", "start", "end",
)


class ClauseKind(str, Enum):
    """What a clause is, in its document."""

    OBLIGATION = "obligation"  # a task a plan or table assigns
    ACHIEVEMENT = "achievement"  # what a report says was done
    PROBLEM = "problem"  # a shortcoming a report names (no obligation)
    PREAMBLE = "preamble"  # opening text before the first section
    HEADING = "heading"  # a section or item title
    TITLE = "title"  # the document title
    NOISE = "noise"  # page furniture: navigation, metadata, page markers, repeated titles, boilerplate

    @property
    def alignable(self) -> bool:
        """Whether clauses of this kind state something that can be aligned across documents."""
        return self in (ClauseKind.OBLIGATION, ClauseKind.ACHIEVEMENT)


class SpanKind(str, Enum):
    """Text that belongs to no clause, and why."""

    UNITS = "units"  # 牵头单位/责任单位 lines, inline unit notes, unit cells of a table
    DEADLINE = "deadline"  # the 完成时限 cell of a table row
    NOTE = "note"  # the 备注 cell of a table row
    MARKER = "marker"  # numbering that stands alone (table 序号 cells)
    TABLE_HEADER = "table_header"  # 序号 / 工作任务 / ... header cells
    SEPARATOR = "separator"  # the | between the cells of a table written as text
    REPEATED = "repeated"  # a table group's number and title repeated after a page break
    SIGNATURE = "signature"  # issuing office and date lines
    ARTIFACT = "artifact"  # Word leftovers such as [bookmark: _GoBack]


_BROKEN_LINE = re.compile(r"(\S?)\s*\n\s*(\S?)")


def _rejoin(m: re.Match[str]) -> str:
    before, after = m.group(1), m.group(2)
    latin = before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
    return f"{before} {after}" if latin else before + after


def one_line(title: str) -> str:
    r"""A title that a page or PDF copy broke over lines, as one line: joined directly between
    Chinese characters, by a space between Latin letters or digits.

    >>> one_line("加强\n油气供应保障"), one_line("Open\nData 平台")
    ('加强油气供应保障', 'Open Data 平台')
    """
    return _BROKEN_LINE.sub(_rejoin, title) if "\n" in title else title


@dataclass(frozen=True, slots=True)
class Heading:
    """A numbered heading: ``number`` as written (一, 11, ...), ``title`` without the numbering.

    A sub-item (``1.高标准学习。`` or ``一是深化放管服改革。`` inside item （一）) has its enclosing
    item as ``parent``; its number is the numeral (``1`` for ``1.``, ``(1)`` and ``（1）``) or the
    point word (``一是``, so that it is not read as item 一).
    """

    number: str
    title: str
    parent: Heading | None = None

    def __post_init__(self) -> None:
        if "\n" in self.title:  # a title the page broke over lines: 加强⏎油气供应保障
            object.__setattr__(self, "title", one_line(self.title))

    @property
    def label(self) -> str:
        """``一 加强学习培训``; a sub-item's after its enclosing item's: ``一 加强学习培训 › 1 高标准学习``."""
        own = f"{self.number} {self.title}".strip()
        return f"{self.parent.label} › {own}" if self.parent else own

    @property
    def root(self) -> Heading:
        """The outermost enclosing item (the item itself when it is no sub-item)."""
        return self.parent.root if self.parent else self


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested document: its normalised text and what is known about it.

    ``inferred`` names the metadata fields that were guessed from the text rather than read
    from a manifest; ``unknown`` names those that could be neither.
    """

    doc_id: str
    text: str
    path: str | None = None
    title: str | None = None
    jurisdiction: str | None = None
    jurisdiction_id: str | None = None
    admin_level: str | None = None
    province: str | None = None
    parent: str | None = None
    year: int | None = None
    kind: str | None = None
    source_format: str = "txt"
    inferred: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()

    def meta(self) -> dict[str, Any]:
        """Metadata as a plain dict (no text)."""
        d = asdict(self)
        d.pop("text")
        d["inferred"] = list(self.inferred)
        d["unknown"] = list(self.unknown)
        return d


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause: normally one obligation, a sentence ending in 。 or ；."""

    doc_id: str
    clause_id: str
    text: str
    start: int
    end: int
    kind: ClauseKind
    section: Heading | None = None
    item: Heading | None = None
    lead_units: tuple[str, ...] = ()
    responsible_units: tuple[str, ...] = ()
    deadline: str | None = None

    @property
    def context(self) -> str:
        """What the clause is about beyond its text, for embedding: its item's title (a sub-item's
        after its enclosing item's), else its section's title, else ``""``."""
        if self.item is None:
            return self.section.title if self.section else ""
        parent = self.item.parent
        return f"{parent.title} {self.item.title}" if parent else self.item.title

    def to_record(self) -> dict[str, Any]:
        """The clause as a JSON-ready dict with the public field names."""
        return {
            "doc_id": self.doc_id,
            "clause_id": self.clause_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "section": _heading_record(self.section),
            "item": _heading_record(self.item),
            "lead_units": list(self.lead_units),
            "responsible_units": list(self.responsible_units),
            "deadline": self.deadline,
            "kind": self.kind.value,
        }

    def to_row(self) -> dict[str, Any]:
        """The clause as a flat DataFrame row (headings split into number and title; a sub-item's
        enclosing item in ``parent_item_number`` / ``parent_item_title``)."""
        parent = self.item.parent if self.item else None
        return {
            "doc_id": self.doc_id,
            "clause_id": self.clause_id,
            "kind": self.kind.value,
            "section_number": self.section.number if self.section else None,
            "section_title": self.section.title if self.section else None,
            "item_number": self.item.number if self.item else None,
            "item_title": self.item.title if self.item else None,
            "parent_item_number": parent.number if parent else None,
            "parent_item_title": parent.title if parent else None,
            "text": self.text,
            "lead_units": "、".join(self.lead_units),
            "responsible_units": "、".join(self.responsible_units),
            "deadline": self.deadline,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Span:
    """Text of a document that is in no clause, recorded so nothing is silently lost."""

    doc_id: str
    start: int
    end: int
    kind: SpanKind


@dataclass(frozen=True, slots=True)
class Segmentation:
    """A document cut into clauses and skipped spans; ``notes`` says what the segmenter assumed."""

    document: Document
    clauses: tuple[Clause, ...]
    spans: tuple[Span, ...]
    layout: str
    notes: tuple[str, ...] = field(default=())


def _heading_record(h: Heading | None) -> dict[str, Any] | None:
    """``{"number", "title"}``, with ``"parent"`` (the same shape) for a sub-item."""
    if h is None:
        return None
    record: dict[str, Any] = {"number": h.number, "title": h.title}
    if h.parent is not None:
        record["parent"] = _heading_record(h.parent)
    return record
