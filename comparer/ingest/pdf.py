"""PDF files with a text layer: page furniture removed and wrapped lines joined into paragraphs.

Page numbers (``- 1 -``, ``第 3 页``, ``3/10``…) and running headers/footers (a short line that
recurs at the top or bottom of most pages) are dropped. A line the PDF wrapped inside a paragraph
is joined to the next one without a space: it reaches the right edge of the text, does not end a
sentence (``。！？``; ignored where paragraphs are marked by a first-line indent), and the next
line is not indented and does not open a numbered item (``一、`` ``（一）`` ``1.`` ``一是``, or
``牵头单位`` unless it follows a ``；``). Scanned PDFs (no text layer) are refused.

pdfplumber (pdfminer) reads the text layer. A page where it finds no text, or where more than
10 % of its characters are undecoded glyphs (``(cid:N)``, private-use, control or replacement
characters), is read again with PDFium (pypdfium2), which decodes more fonts (the CFF-outline
CJK fonts fpdf2 embeds from Noto's ``.ttc``, for one); PDFium's reading is kept when it holds
more decoded characters. A PDF whose text is still mostly (over half) undecoded is refused
like a scan: it needs OCR.

Before pdfplumber opens the file, :func:`comparer.ingest.limits.check_pdf` refuses a PDF whose
Flate streams inflate past 128 MiB or that has more than 1,000 pages.
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
from comparer.ingest.limits import check_pdf

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
_CID = re.compile(r"\(cid:\d+\)")  # pdfminer's text for a glyph it cannot map to Unicode
#: A page with more than this share of undecoded characters (or none at all) is read again
#: with PDFium; a document with more than :data:`_REFUSE_SHARE` is refused.
_RETRY_SHARE = 0.1
_REFUSE_SHARE = 0.5


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

    check_pdf(path)
    try:
        with pdfplumber.open(path) as pdf:
            raw = [page.extract_text_lines(return_chars=True) for page in pdf.pages]
            retry = [i for i, page in enumerate(raw) if _undecoded_share(page) > _RETRY_SHARE]
            if retry:
                raw = _with_pdfium(path, raw, retry)
            bad, total = _undecoded([line for page in raw for line in page])
            if not total or bad > _REFUSE_SHARE * total:
                raise _no_text(path, bool(total) or any(_draws_text(page) for page in pdf.pages))
    except IngestError:
        raise
    except Exception as e:  # pdfminer's syntax, password and stream errors
        raise IngestError(f"{path}: not a readable PDF ({type(e).__name__}: {e})") from e
    if bad:
        logger.warning("%s: %d of the %d characters of the PDF's text could not be decoded",
                       path, bad, total)
    return _measure(raw)


def _undecoded(lines: list[dict]) -> tuple[int, int]:
    """Undecoded and all non-space characters of pdfplumber-style ``lines``."""
    text = _CID.sub("\ufffd", "".join(line["text"] for line in lines))
    chars = [ch for ch in text if not ch.isspace()]
    return sum(1 for ch in chars if _is_undecoded(ch)), len(chars)


def _is_undecoded(ch: str) -> bool:
    return ch in "\ufffd\ufffe\uffff" or unicodedata.category(ch) in ("Co", "Cc", "Cs")


def _undecoded_share(lines: list[dict]) -> float:
    """Share of undecoded characters of a page; 1 for a page without text."""
    bad, total = _undecoded(lines)
    return bad / total if total else 1.0


def _with_pdfium(path: Path, raw: list[list[dict]], retry: list[int]) -> list[list[dict]]:
    """``raw`` with the pages in ``retry`` read by PDFium where it decodes more characters."""
    import pypdfium2

    out = list(raw)
    try:
        document = pypdfium2.PdfDocument(path)
    except Exception as e:  # noqa: BLE001 - pdfplumber read it: keep what it found
        logger.debug("%s: PDFium cannot open it (%s)", path, e)
        return out
    try:
        for i in retry:
            lines = _pdfium_lines(document[i])
            bad, total = _undecoded(lines)
            old_bad, old_total = _undecoded(raw[i])
            if total - bad > old_total - old_bad:
                logger.debug("%s: page %d read with PDFium", path, i + 1)
                out[i] = lines
    finally:
        document.close()
    return out


def _pdfium_lines(page) -> list[dict]:  # noqa: ANN001 - pypdfium2 PdfPage
    """A page's text lines as pdfplumber gives them (``text``, ``x0``, ``x1``, ``chars`` sizes).

    Lines are PDFium's (it marks their ends with generated ``\\r\\n``); a character without
    a Unicode mapping becomes U+FFFD.
    """
    from pypdfium2 import raw as pdfium

    textpage = page.get_textpage()
    lines: list[dict] = []
    units: list[int] = []
    boxes: list[tuple[float, float]] = []
    sizes: list[float] = []

    def end_line() -> None:
        text = _utf16(units)
        if text.strip() and boxes:
            lines.append({"text": text, "x0": min(b[0] for b in boxes),
                          "x1": max(b[1] for b in boxes), "chars": [{"size": s} for s in sizes]})
        units.clear()
        boxes.clear()
        sizes.clear()

    try:
        for i in range(textpage.count_chars()):
            code = pdfium.FPDFText_GetUnicode(textpage, i)
            generated = pdfium.FPDFText_IsGenerated(textpage, i) == 1
            if generated and code in (10, 13):
                end_line()
                continue
            if not generated and (pdfium.FPDFText_HasUnicodeMapError(textpage, i) == 1
                                  or code < 32 or code in (0xFFFE, 0xFFFF)):
                code = 0xFFFD
            units.append(code)
            if not generated:
                left, _, right, _ = textpage.get_charbox(i, loose=True)
                boxes.append((left, right))
                sizes.append(pdfium.FPDFText_GetFontSize(textpage, i))
        end_line()
    finally:
        textpage.close()
    return lines


def _utf16(units: list[int]) -> str:
    """Text from UTF-16 code units (PDFium gives a character outside the BMP as two)."""
    data = b"".join(unit.to_bytes(2, "little") for unit in units)
    return data.decode("utf-16-le", "replace")


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
