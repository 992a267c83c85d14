"""PDF files with a text layer: page furniture removed and wrapped lines joined into paragraphs.

Page numbers (``- 1 -``, ``第 3 页``, ``3/10``…) and running headers/footers (a short line that
recurs at the top or bottom of most pages) are dropped. A line the PDF wrapped inside a paragraph
is joined to the next one without a space: it reaches the right edge of the text, does not end a
sentence (``。！？``; ignored where paragraphs are marked by a first-line indent), and the next
line is not indented and does not open a numbered item (``一、`` ``（一）`` ``1.`` ``一是``, or
``牵头单位`` unless it follows a ``；``). Scanned PDFs (no text layer) are refused.
"""

from __future__ import annotations

import logging
import re
import statistics
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from comparer.errors import IngestError

logger = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－_~·•\s]*\d{1,4}[-—–－_~·•\s]*|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页\s*第\s*\d+\s*页|\d+\s*/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$",
    re.IGNORECASE,
)
#: Only these end a paragraph at the right edge: a full line ending in ``；`` or ``：`` is wrapped
#: mid-paragraph, as in （牵头单位：…；责任单位：…）.
_SENTENCE_END = tuple("。！？!?")
_CN = "[一二三四五六七八九十百零〇]+"
_ITEM_START = re.compile(
    rf"^(?:{_CN}[、.．]|[（(](?:{_CN}|\d+)[）)]|\d+[.．、](?!\d)|[①-⑳]|{_CN}是"
    rf"|第(?:{_CN}|\d+)[章节条部分]|附件|附表)"
)
#: A unit line (牵头单位：…) starts a line of its own unless it follows a ``；`` inline.
_UNIT_START = re.compile(r"^(?:牵头|责任|参加|配合|主责|协办)单位")
_EDGE = 2  # lines at the top and at the bottom of a page that may be headers or footers
_RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")


class _Line(NamedTuple):
    text: str
    full: bool  # reaches the right edge of the text block
    indented: bool  # starts right of the left edge (a first line or a centred title)


def read_pdf(path: Path) -> str:
    """Read the text layer of a PDF as paragraphs, one a line.

    Raises
    ------
    IngestError
        The file is not a PDF, or has no text layer (a scan: OCR it first).
    """
    pages = _drop_furniture(_pages(path))
    lines = _rejoin([line for page in pages for line in page])
    return "\n".join(lines) + "\n"


def _pages(path: Path) -> list[list[_Line]]:
    import pdfplumber

    try:
        with pdfplumber.open(path) as pdf:
            raw = [page.extract_text_lines(return_chars=True) for page in pdf.pages]
            if not any(raw):
                raise _no_text(path, any(_draws_text(page) for page in pdf.pages))
    except IngestError:
        raise
    except Exception as e:  # pdfminer's syntax, password and stream errors
        raise IngestError(f"{path}: not a readable PDF ({type(e).__name__}: {e})") from e
    return _measure(raw)


def _no_text(path: Path, draws_text: bool) -> IngestError:
    if draws_text:
        why = "it draws text, but in fonts that cannot be decoded to Unicode"
    else:
        why = "a scanned image?"
    return IngestError(
        f"{path}: the PDF has no text layer ({why}); OCR is needed "
        "(e.g. ocrmypdf -l chi_sim) before comparer can read it"
    )


def _draws_text(page) -> bool:  # noqa: ANN001 - pdfplumber Page
    """Whether the page's content stream shows text at all (``Tj``/``TJ`` operators)."""
    from pdfminer.pdftypes import resolve1

    try:
        data = b"".join(resolve1(stream).get_data() for stream in page.page_obj.contents or [])
    except Exception:  # noqa: BLE001 - a damaged stream only changes the wording of the error
        logger.debug("cannot read the content stream of page %s", page.page_number)
        return False
    return b"Tj" in data or b"TJ" in data


def _measure(raw: list[list[dict]]) -> list[list[_Line]]:
    """Turn pdfplumber's line dicts into :class:`_Line` with the page's edges in mind."""
    rights = [max(line["x1"] for line in page) for page in raw if page]
    usual_right = statistics.median(rights)
    pages = []
    for page in raw:
        if not page:
            pages.append([])
            continue
        right = max(usual_right, max(line["x1"] for line in page))
        left = min(line["x0"] for line in page)
        pages.append([_line(line, left, right) for line in page])
    return pages


def _line(line: dict, left: float, right: float) -> _Line:
    sizes = [c["size"] for c in line["chars"] if c.get("size")] or [10.0]
    em = statistics.median(sizes)
    text = _RADICALS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), line["text"].strip())
    return _Line(text, right - line["x1"] <= 2 * em, line["x0"] - left >= 0.9 * em)


def _drop_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Remove page numbers and running headers/footers from the top and bottom of each page."""
    repeated = _running_lines(pages)
    cleaned = []
    for page in pages:
        cleaned.append([
            line for i, line in enumerate(page)
            if line.text and not (_at_edge(i, len(page)) and _is_furniture(line.text, repeated))
        ])
    return cleaned


def _is_furniture(text: str, repeated: set[str]) -> bool:
    return bool(_PAGE_NUMBER.match(text)) or _key(text) in repeated


def _at_edge(i: int, n: int) -> bool:
    return i < _EDGE or i >= n - _EDGE


def _key(text: str) -> str:
    """A line's identity as a header: digits (page or issue numbers) and spaces ignored."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _running_lines(pages: list[list[_Line]]) -> set[str]:
    """Keys of short lines found at a page edge on at least half of the pages (two at least)."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_key(line.text) for i, line in enumerate(page) if _at_edge(i, len(page))})
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= needed and 0 < len(key) <= 50}


def _rejoin(lines: list[_Line]) -> list[str]:
    """Join each line the PDF wrapped inside a paragraph to the next, without a space.

    When the document indents its paragraphs' first lines (15 % of lines or more), indentation
    alone marks a new paragraph and a sentence end at the right edge no longer does.
    """
    indents = sum(line.indented for line in lines) >= 0.15 * len(lines)
    out: list[str] = []
    glue = False
    for i, line in enumerate(lines):
        if glue:
            out[-1] += line.text
        else:
            out.append(line.text)
        glue = i + 1 < len(lines) and _wrapped(line, lines[i + 1], indents)
    return out


def _wrapped(line: _Line, nxt: _Line, indents: bool) -> bool:
    """Whether ``line`` goes on in ``nxt``: it is full, does not end a sentence (unless the
    document marks paragraphs by indenting), and ``nxt`` does not open a new paragraph or item."""
    if not line.full or nxt.indented or _ITEM_START.match(nxt.text):
        return False
    if _UNIT_START.match(nxt.text) and not line.text.endswith(("；", ";")):
        return False
    return indents or not line.text.endswith(_SENTENCE_END)
