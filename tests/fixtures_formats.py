"""Build real .docx, .pdf and .html files from the seed texts, for the reader tests.

Nothing binary is committed: each test writes its example file into a temporary folder.
The seed layout is the one :mod:`comparer.ingest` documents: tab-indented lines are table cells,
a blank line ends a table row.
"""

from __future__ import annotations

import html
import io
import re
import tempfile
from pathlib import Path

#: The CJK font the PDF fixtures use (Debian fonts-noto-cjk); face 2 of the collection is SC.
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
NOTO_CJK_SC = 2
PDF_HEADER = "法治政府建设 · 政策文件汇编"
_SECTION = re.compile(r"^\s*[一二三四五六七八九十]+、")

# ----------------------------------------------------------------------------- seed layout


def split_blocks(text: str) -> list[tuple[str, object]]:
    """Split seed text into ``("p", line)`` and ``("table", rows)`` blocks, in order."""
    lines = text.split("\n")
    blocks: list[tuple[str, object]] = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("\t"):
            rows, i = _parse_table(lines, i)
            blocks.append(("table", rows))
        else:
            blocks.append(("p", lines[i]))
            i += 1
    return blocks


def _parse_table(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    """Rows of the table at ``lines[start]`` and the index after it.

    A cell's continuation lines have no tab; a blank line ends a row once it has as many cells
    as the first row (before that it is a blank line inside a cell).
    """
    rows: list[list[str]] = []
    row: list[str] = []
    i = start
    while i < len(lines):
        line = lines[i]
        if line.startswith("\t"):
            row.append(line[1:])
        elif line.strip():
            if not row:
                break
            row[-1] += "\n" + line
        elif row and len(row) >= (len(rows[0]) if rows else len(row)):
            rows.append(row)
            row = []
        elif row:
            row[-1] += "\n"
        elif not _table_goes_on(lines, i):
            break
        i += 1
    return rows + ([row] if row else []), i


def _table_goes_on(lines: list[str], i: int) -> bool:
    rest = [line for line in lines[i:] if line.strip()]
    return bool(rest) and rest[0].startswith("\t")


# ----------------------------------------------------------------------------- docx


def make_docx(
    text: str, path: Path, *, heading_styles: bool = False, merge_cells: bool = False
) -> Path:
    """Write ``text`` as a Word document: tab blocks become a real table, other lines paragraphs.

    ``heading_styles`` writes ``一、…`` lines in style Heading 1 *without* the ``一、`` (Word's
    automatic numbering shows it); ``merge_cells`` merges each empty cell with the one above.
    """
    from docx import Document

    doc = Document()
    for kind, content in split_blocks(text):
        if kind == "table":
            _add_table(doc, content, merge_cells)
        elif heading_styles and _SECTION.match(content):
            doc.add_paragraph(_SECTION.sub("", content), style="Heading 1")
        else:
            doc.add_paragraph(content)
    doc.save(str(path))
    return path


def _add_table(doc, rows: list[list[str]], merge_cells: bool) -> None:  # noqa: ANN001 - Document
    table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    cells = [row.cells for row in table.rows]
    for r, row in enumerate(rows):
        for c, cell_text in enumerate(row):
            first, *rest = cell_text.split("\n")
            cells[r][c].paragraphs[0].text = first
            for line in rest:
                cells[r][c].add_paragraph(line)
            if merge_cells and r >= 2 and not cell_text.strip():
                _merge_with_above(cells[r - 1][c]._tc, cells[r][c]._tc)


def _merge_with_above(above, tc) -> None:  # noqa: ANN001 - docx CT_Tc elements
    """Vertically merge ``tc`` into the cell above it, as Word does (``w:vMerge``)."""
    if above.vMerge is None:
        above.vMerge = "restart"
    tc.vMerge = "continue"


# ----------------------------------------------------------------------------- pdf


def truetype_cjk_font(chars: str, folder: Path) -> Path:
    """Noto Sans CJK SC cut down to ``chars`` and converted to TrueType outlines, in ``folder``.

    fpdf2 embeds the CFF outlines of Noto's .ttc with an encoding CMap that pdfminer (under
    pdfplumber) cannot decode, so text written with it reads back as nothing; TrueType is read.
    Fonts are cached by character set for the test session (a conversion takes about a second).
    """
    key = "".join(sorted(set(chars + "\u3000" + "".join(map(chr, range(32, 127))))))
    if key not in _FONTS:
        _FONTS[key] = _convert_font(key)
    out = folder / "NotoSansCJKsc-subset.ttf"
    out.write_bytes(_FONTS[key])
    return out


_FONTS: dict[str, bytes] = {}


def _convert_font(chars: str) -> bytes:
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(NOTO_CJK), fontNumber=NOTO_CJK_SC, lazy=True)
    options = subset.Options(
        layout_features=[], name_IDs=["*"], notdef_outline=True, desubroutinize=True
    )
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    order, glyphs = font.getGlyphOrder(), font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    _swap_cff_for_glyf(font, glyf, order)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def _swap_cff_for_glyf(font, glyf, order: list[str]) -> None:  # noqa: ANN001 - fontTools objects
    from fontTools.ttLib import newTable

    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["glyf"], font["loca"], font["maxp"] = glyf, newTable("loca"), newTable("maxp")
    maxp = font["maxp"]
    maxp.tableVersion, maxp.numGlyphs, maxp.maxZones = 0x00010000, len(order), 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_pdf(
    text: str, path: Path, *, header: str = PDF_HEADER, font_size: float = 12, indent: bool = False,
    cff: bool = False,
) -> Path:
    """Write ``text`` as an A4 PDF: running header, ``- N -`` page numbers, long lines wrapped.

    ``indent`` starts each paragraph with two ideographic spaces, as Chinese documents do.
    ``cff`` embeds Noto's .ttc as fpdf2 does (CFF outlines), which pdfminer cannot decode and
    PDFium can, instead of the TrueType conversion.
    """
    from fpdf import FPDF

    class _Pdf(FPDF):
        def header(self) -> None:
            self.set_font("cjk", size=9)
            self.cell(0, 8, header, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("cjk", size=10)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    with tempfile.TemporaryDirectory() as folder:
        pdf = _Pdf(format="A4")
        if cff:
            pdf.add_font("cjk", fname=str(NOTO_CJK), collection_font_number=NOTO_CJK_SC)
        else:
            pdf.add_font("cjk", fname=str(truetype_cjk_font(text + header, Path(folder))))
        pdf.set_auto_page_break(True, margin=20)
        pdf.add_page()
        for line in text.split("\n"):
            line = line.strip()
            _pdf_line(pdf, "\u3000\u3000" + line if indent and line else line, font_size)
        pdf.output(str(path))
    return path


def _pdf_line(pdf, line: str, font_size: float) -> None:  # noqa: ANN001 - fpdf.FPDF
    pdf.set_font("cjk", size=font_size)
    if not line:
        pdf.ln(3)
        return
    pdf.multi_cell(0, font_size * 0.6, line, wrapmode="CHAR", new_x="LMARGIN", new_y="NEXT")


def make_undecodable_pdf(text: str, path: Path) -> Path:
    """Write ``text`` with Noto's CFF outlines as fpdf2 embeds them, then remove the font's
    ``/ToUnicode`` map: neither pdfminer nor PDFium can then tell which characters it draws."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.compress = False
    pdf.add_page()
    pdf.add_font("noto", fname=str(NOTO_CJK), collection_font_number=NOTO_CJK_SC)
    pdf.set_font("noto", size=12)
    pdf.multi_cell(0, 8, text)
    data, n = re.subn(rb"/ToUnicode \d+ 0 R", b"", pdf.output())
    assert n == 1, "fpdf2 no longer writes one /ToUnicode entry"
    path.write_bytes(data)
    return path


def make_type3_pdf(path: Path) -> Path:
    """Write a PDF whose Type 3 font draws glyphs named ``/g1`` ``/g2`` with no Unicode for
    either: pdfminer reads ``(cid:1)(cid:2)…``, PDFium control characters."""
    content = b"BT /F1 12 Tf 20 100 Td (" + b"\\001\\002" * 8 + b") Tj ET"
    glyph = b"1000 0 0 0 1000 1000 d1 0 0 800 800 re f"
    path.write_bytes(b"%PDF-1.4\n" + b"\n".join([
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >> endobj",
        b"4 0 obj << /Length %d >> stream\n%s\nendstream endobj" % (len(content), content),
        b"5 0 obj << /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000]"
        b" /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /g1 6 0 R /g2 6 0 R >>"
        b" /Encoding << /Type /Encoding /Differences [1 /g1 /g2] >> /FirstChar 1 /LastChar 2"
        b" /Widths [1000 1000] >> endobj",
        b"6 0 obj << /Length %d >> stream\n%s\nendstream endobj" % (len(glyph), glyph),
        b"trailer << /Root 1 0 R /Size 7 >>",
        b"%%EOF\n",
    ]))
    return path


def make_scanned_pdf(path: Path) -> Path:
    """Write a PDF with drawings but no text layer, as a scanner would give."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for i in range(20):
        pdf.rect(20, 20 + i * 12, 170, 6, style="F")
    pdf.output(str(path))
    return path


# ----------------------------------------------------------------------------- html

_PAGE = """<!DOCTYPE html>
<html><head>
{meta}
<title>{title}_{site}</title>
<style>.nav li{{display:inline}} .TRS_Editor p{{text-indent:2em}}</style>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
</head><body>
<div class="header"><h1 class="logo">{site}</h1><form class="search"><input name="q">搜索</form></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/zcwj">政策文件</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政策文件</div>
<div class="sidebar"><h3>相关文件</h3><ul><li><a href="#">2023年法治政府建设年度报告</a></li></ul></div>
<div class="pages_content">
<h1 class="article-title">{title}</h1>
<div class="article-info"><span>发布时间：2024-07-05 10:30</span> <span>来源：{site}司法局</span>
<span>浏览次数：<script>document.write(1024)</script></span> <span>【字号：大 中 小】</span></div>
<div id="zoom"><div class="TRS_Editor">
{body}
</div></div>
<div class="bdsharebuttonbox">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div class="print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div></div>
<div class="footer"><p>版权所有：{site} 主办：{site}办公室</p><p>ICP备案号：新ICP备05000000号-1 政府网站标识码：6523020001</p></div>
<script src="/js/stat.js"></script>
</body></html>
"""


def make_html(
    text: str, path: Path, encoding: str = "utf-8", *, title: str = "", site: str = "人民政府"
) -> Path:
    """Write ``text`` as a government-portal article page in ``encoding``.

    The page has a header, nav bar, breadcrumb, metadata line, sidebar, share and print links,
    a footer and scripts around the article, which sits in ``<div class="TRS_Editor">`` with one
    ``<p>`` a line (tables as ``<table>``). GB encodings are written as GB18030 and declared
    ``charset=gb2312``, as many portals do.
    """
    gb = encoding.lower().replace("-", "") in ("gb2312", "gbk", "gb18030")
    meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">'
            if gb else f'<meta charset="{encoding}">')
    body = "\n".join(_html_block(kind, content) for kind, content in split_blocks(text))
    page = _PAGE.format(meta=meta, title=html.escape(title), site=html.escape(site), body=body)
    path.write_bytes(page.encode("gb18030" if gb else encoding))
    return path


def _html_block(kind: str, content: object) -> str:
    if kind == "p" and not content.strip():
        return "<p><br></p>"
    if kind == "p":
        return f'<p style="text-indent:2em">{html.escape(content)}</p>'
    cell = "<td>{}</td>"
    rows = "\n".join(
        "<tr>" + "".join(cell.format(html.escape(c).replace("\n", "<br>")) for c in row) + "</tr>"
        for row in content
    )
    return f'<table border="1">\n{rows}\n</table>'
