"""Word ``.docx`` files: paragraphs and tables in document order, with automatic numbering restored.

Tables are flattened to the layout :mod:`comparer.ingest` describes (each cell a line ``\\t<cell>``,
a blank line after each row); the repeat of a merged cell is an empty cell ``\\t``. Word's automatic
numbering (``w:numPr``, heading styles, outline levels) is not part of the paragraph text, so the
marker the level implies is written back: ``一、`` / ``（一）`` / ``1.`` / ``（1）``.

Before python-docx opens the file, :func:`comparer.ingest.limits.check_zip` refuses a zip bomb
and XML that declares a DTD; python-docx's own parser resolves no entities.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError, _Element

from comparer.errors import IngestError
from comparer.ingest.limits import check_zip

logger = logging.getLogger(__name__)

_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
              qn("w:noBreakHyphen"): "-"}
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP_ANCESTORS = {qn("w:del"), qn("w:moveFrom"), _MC + "Fallback"}  # deletions; text-box copies
_ARTIFACT = re.compile(r"\[bookmark: [^\]]*\]")
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_CN_DIGITS = "零一二三四五六七八九"
_CN_NUM = "[一二三四五六七八九十百零〇]+"
#: A paragraph that already starts with one of these markers keeps its text as written.
_MARKER = re.compile(
    rf"^(?:{_CN_NUM}[、.．]|[（(](?:{_CN_NUM}|\d+)[）)]|\d+[.．、](?!\d)|[①-⑳]"
    rf"|第(?:{_CN_NUM}|\d+)[章节条部分])"
)


def read_docx(path: Path) -> str:
    """Read a ``.docx`` file as text: one paragraph a line, tables flattened, numbering restored.

    Raises
    ------
    IngestError
        The file is not a Word 2007+ document (not a zip, an old ``.doc``, damaged XML).
    """
    doc = _open(path)
    outline = _Outline()
    lines: list[str] = []
    for el in _body_blocks(doc.element.body):
        if el.tag == _TBL:
            lines.extend(_table_lines(el))
        else:
            lines.extend(_paragraph_lines(Paragraph(el, doc), doc, outline))
    return "\n".join(lines) + "\n"


def _open(path: Path) -> DocxDocument:
    check_zip(path)
    try:
        return Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError) as e:
        raise IngestError(
            f"{path}: not a readable Word .docx file ({type(e).__name__}: {e}); "
            "if it is an old .doc or a renamed file, open it in Word/WPS and save it as .docx"
        ) from e


def _body_blocks(parent: _Element) -> Iterator[_Element]:
    """Paragraphs and tables of the body in document order, looking inside content controls."""
    for child in parent.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                yield from _body_blocks(content)


def _p_text(p: _Element) -> str:
    """Visible text of a ``w:p`` (runs, hyperlinks, insertions; no deletions, field codes)."""
    parts = []
    for el in p.iter(*_TEXT_TAGS):
        if any(a.tag in _SKIP_ANCESTORS for a in el.iterancestors()):
            continue
        parts.append(el.text or "" if _TEXT_TAGS[el.tag] is None else _TEXT_TAGS[el.tag])
    return _ARTIFACT.sub("", "".join(parts))


def _clean_lines(text: str) -> list[str]:
    """Split soft line breaks and strip each line, so no body line starts with a tab."""
    return [line.strip() for line in text.split("\n")]


# ----------------------------------------------------------------------------- tables


def _table_lines(tbl: _Element) -> list[str]:
    lines: list[str] = []
    for tr in tbl.iterchildren(qn("w:tr")):
        lines.extend(["\t"] * _grid_before(tr))
        for tc in tr.iterchildren(qn("w:tc")):
            merged = tc.vMerge == "continue"
            lines.append("\t" + ("" if merged else _cell_text(tc)))
            lines.extend(["\t"] * (tc.grid_span - 1))
        lines.append("")
    return lines


def _grid_before(tr: _Element) -> int:
    found = tr.xpath("./w:trPr/w:gridBefore/@w:val")
    return int(found[0]) if found else 0


def _cell_text(tc: _Element) -> str:
    """A cell's paragraphs (nested tables included), one a line, without blank lines."""
    lines = (line for p in tc.iter(_P) for line in _clean_lines(_p_text(p)))
    return "\n".join(line for line in lines if line)


# ----------------------------------------------------------------------------- numbering


class _Outline:
    """Counters of the outline levels seen so far; a level advancing resets the deeper ones."""

    def __init__(self) -> None:
        self.counts = [0] * 9

    def marker(self, level: int) -> str:
        level = min(level, 8)
        self.counts[level] += 1
        self.counts[level + 1 :] = [0] * (8 - level)
        return _level_marker(level, self.counts[level])


def _level_marker(level: int, n: int) -> str:
    """The marker of item ``n`` at ``level``: 一、 / （一） / 1. / （1）; none deeper than that."""
    markers = (f"{_chinese_number(n)}、", f"（{_chinese_number(n)}）", f"{n}.", f"（{n}）")
    return markers[level] if level < len(markers) else ""


def _chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一 (1–99; larger numbers in Arabic digits)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return (_CN_DIGITS[tens] if tens > 1 else "") + "十" + (_CN_DIGITS[ones] if ones else "")
    return str(n)


def _paragraph_lines(par: Paragraph, doc: DocxDocument, outline: _Outline) -> list[str]:
    lines = _clean_lines(_p_text(par._p))
    level = _outline_level(par, doc)
    if level is None or not lines[0]:
        return lines
    marker = outline.marker(level)
    if not _MARKER.match(lines[0]):
        lines[0] = marker + lines[0]
    return lines


def _outline_level(par: Paragraph, doc: DocxDocument) -> int | None:
    """The outline level (0 = top) Word numbers this paragraph at, or None when it is body text."""
    own = _level_from_ppr(par._p.pPr, doc)
    if own is not None:
        return own if own >= 0 else None
    style = par.style
    while style is not None:
        heading = _HEADING_STYLE.match(style.name or "")
        if heading and heading.group(1) != "0":
            return int(heading.group(1)) - 1
        level = _level_from_ppr(style.element.pPr, doc)
        if level is not None:
            return level if level >= 0 else None
        style = style.base_style
    return None


def _level_from_ppr(ppr: _Element | None, doc: DocxDocument) -> int | None:
    """Level set by a ``w:pPr`` (numbering, then outline level); -1 means explicitly none."""
    if ppr is None:
        return None
    num_id = ppr.xpath("./w:numPr/w:numId/@w:val")
    if num_id:
        ilvl = int((ppr.xpath("./w:numPr/w:ilvl/@w:val") or ["0"])[0])
        return ilvl if num_id[0] != "0" and _numbered(doc, num_id[0], ilvl) else -1
    outline = ppr.xpath("./w:outlineLvl/@w:val")
    if outline:
        return int(outline[0]) if int(outline[0]) < 9 else -1
    return None


def _numbered(doc: DocxDocument, num_id: str, ilvl: int) -> bool:
    """Whether list ``num_id`` draws a number at ``ilvl`` (bullets and ``none`` do not)."""
    try:
        numbering = doc.part.part_related_by(RT.NUMBERING).element
    except KeyError:  # numbering points at definitions the file does not have: Word shows none
        return False
    abstract = numbering.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
    if not abstract:
        return True
    fmt = numbering.xpath(
        f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]/w:lvl[@w:ilvl="{ilvl}"]/w:numFmt/@w:val'
    )
    return not fmt or fmt[0] not in ("bullet", "none")
