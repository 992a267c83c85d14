"""Readers of .docx, .pdf and .html files, tested on real files built from the seed texts."""

from __future__ import annotations

import random
import re
import zipfile
from pathlib import Path

import pytest

from comparer.errors import IngestError
from comparer.ingest import read_text
from comparer.model import ClauseKind

import comparer
from tests.fixtures_formats import (
    NOTO_CJK,
    PDF_HEADER,
    make_docx,
    make_html,
    make_pdf,
    make_scanned_pdf,
    make_type3_pdf,
    make_undecodable_pdf,
    split_blocks,
)

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
FUKANG_TITLE = "阜康市2021年法治政府建设工作要点"


def seed(name: str) -> str:
    return (CORPORA / f"{name}.txt").read_text(encoding="utf-8")


def squash(text: str) -> str:
    """Text without any white space."""
    return re.sub(r"\s+", "", text)


def lines_of(text: str) -> list[str]:
    """Non-blank lines, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def table_rows(text: str) -> list[list[str]]:
    """The table rows of flattened text, each cell without blank lines inside it."""
    tables = [rows for kind, rows in split_blocks(text) if kind == "table"]
    return [[re.sub(r"\n+", "\n", cell) for cell in row] for rows in tables for row in rows]


# ----------------------------------------------------------------------------- docx


@pytest.mark.parametrize("merge_cells", [False, True], ids=["blank-cells", "vmerged-cells"])
def test_docx_table_round_trip(tmp_path: Path, merge_cells: bool) -> None:
    text = seed("bazhou-2026")
    path = make_docx(text, tmp_path / "bazhou-2026.docx", merge_cells=merge_cells)
    out, fmt = read_text(path)
    assert fmt == "docx"
    assert squash(out) == squash(text)
    assert lines_of(out) == lines_of(text)
    assert table_rows(out) == table_rows(text)
    assert len(table_rows(out)) == 50 and {len(row) for row in table_rows(out)} == {6}


@pytest.mark.parametrize("name", ["bazhou-2024", "alxa-2024", "fukang-2021"])
def test_docx_prose_round_trip(tmp_path: Path, name: str) -> None:
    text = seed(name)
    out, _ = read_text(make_docx(text, tmp_path / f"{name}.docx"))
    assert squash(out) == squash(text)
    assert lines_of(out) == lines_of(text)
    assert not any(line.startswith("\t") for line in out.splitlines())


def test_docx_drops_bookmark_artifact(tmp_path: Path) -> None:
    text = seed("emin-2025")
    assert "[bookmark: _GoBack]" in text
    out, _ = read_text(make_docx(text, tmp_path / "emin-2025.docx"))
    assert "bookmark" not in out
    assert lines_of(out) == lines_of(text.replace("[bookmark: _GoBack]", ""))


def test_docx_heading_style_numbering_restored(tmp_path: Path) -> None:
    from docx import Document

    text = seed("alxa-2024")
    path = make_docx(text, tmp_path / "alxa-2024.docx", heading_styles=True)
    headings = [p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["健全政府机构职能体系", "完善行政决策制度体系"] and len(headings) == 8
    out, _ = read_text(path)
    assert lines_of(out) == lines_of(text)
    assert "八、加强党的领导" in out


def _add_lists(doc) -> tuple[str, str]:  # noqa: ANN001 - docx Document
    """Add a 3-level decimal list and a bullet list to ``doc``'s numbering; return their numIds."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="%{i + 1}."/></w:lvl>' for i in range(3)
    )
    bullet = '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    w = nsdecls("w")
    for num_id, lvls in (("90", levels), ("91", bullet)):
        first_num.addprevious(
            parse_xml(f'<w:abstractNum {w} w:abstractNumId="{num_id}">{lvls}</w:abstractNum>')
        )
        numbering.append(
            parse_xml(f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
        )
    return "90", "91"


def _numbered(doc, text: str, num_id: str, ilvl: int) -> None:  # noqa: ANN001 - docx Document
    num_pr = doc.add_paragraph(text)._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = int(num_id)


def test_docx_numbering_levels_restored(tmp_path: Path) -> None:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    decimal, bullet = _add_lists(doc)
    doc.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)
    _numbered(doc, "健全政府机构职能体系", decimal, 0)
    _numbered(doc, "推进政府机构职能优化协同高效。", decimal, 1)
    _numbered(doc, "精简事业单位机构。", decimal, 2)
    _numbered(doc, "完善政府权责清单制度。", decimal, 2)
    doc.add_paragraph("提升政务服务水平。", style="标题 2")
    _numbered(doc, "畅通群众诉求表达渠道", bullet, 0)
    _numbered(doc, "完善行政决策制度体系", decimal, 0)
    doc.add_paragraph("严格落实重大行政决策程序。")._p.get_or_add_pPr().append(
        parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    _numbered(doc, "三、提升行政执法质量效能", decimal, 0)
    doc.save(str(tmp_path / "lists.docx"))
    out, _ = read_text(tmp_path / "lists.docx")
    assert lines_of(out) == [
        "一、健全政府机构职能体系", "（一）推进政府机构职能优化协同高效。", "1.精简事业单位机构。",
        "2.完善政府权责清单制度。", "（二）提升政务服务水平。", "畅通群众诉求表达渠道",
        "二、完善行政决策制度体系", "（一）严格落实重大行政决策程序。", "三、提升行政执法质量效能",
    ]


def test_docx_horizontal_merge_gives_empty_cell(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "州司法局"
    table.cell(0, 2).text = "12月31日前"
    doc.save(str(tmp_path / "merged.docx"))
    out, _ = read_text(tmp_path / "merged.docx")
    assert out.split("\n")[:4] == ["\t州司法局", "\t", "\t12月31日前", ""]


@pytest.mark.parametrize("content", ["random", "zip"])
def test_docx_corrupt_raises(tmp_path: Path, content: str) -> None:
    path = tmp_path / "损坏的文件.docx"
    if content == "random":
        path.write_bytes(random.Random(7).randbytes(4096))
    else:
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("readme.txt", "不是 Word 文档")
    with pytest.raises(IngestError, match="损坏的文件.docx") as info:
        read_text(path)
    assert "\n" not in str(info.value)


# ----------------------------------------------------------------------------- pdf

_PAGE_NUMBER_LINE = re.compile(r"^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页|\d+\s*/\s*\d+|\d+)\s*$")


def _boundaries(lines: list[str]) -> set[int]:
    """Offsets, in the white-space-free text, at which each line ends."""
    ends, total = set(), 0
    for line in lines:
        total += len(squash(line))
        ends.add(total)
    return ends


@pytest.mark.parametrize("name", ["alxa-2024", "bazhou-2024"])
def test_pdf_wrapped_lines_rejoined(tmp_path: Path, name: str) -> None:
    text = seed(name)
    out, fmt = read_text(make_pdf(text, tmp_path / f"{name}.pdf"))
    assert fmt == "pdf"
    assert squash(out) == squash(text)
    assert squash(PDF_HEADER) not in squash(out)
    assert not [line for line in out.splitlines() if _PAGE_NUMBER_LINE.match(line)]
    # every paragraph end survives; a paragraph is split only where a sentence ends at the margin
    got, want = _boundaries(lines_of(out)), _boundaries(lines_of(text))
    assert want <= got
    assert all(squash(text)[end - 1] in "。！？" for end in got - want)


@pytest.mark.parametrize("name", ["alxa-2024", "bazhou-2024"])
def test_pdf_indented_paragraphs_round_trip(tmp_path: Path, name: str) -> None:
    text = seed(name)
    out, _ = read_text(make_pdf(text, tmp_path / f"{name}.pdf", indent=True))
    assert [squash(line) for line in lines_of(out)] == [squash(line) for line in lines_of(text)]


def test_pdf_without_text_raises(tmp_path: Path) -> None:
    path = make_scanned_pdf(tmp_path / "扫描件.pdf")
    with pytest.raises(IngestError, match=r"扫描件\.pdf.*no text layer.*OCR"):
        read_text(path)


def clause_texts(path: Path) -> list[str]:
    return [clause.text for clause in comparer.load_corpus(path).clause_list]


@pytest.mark.skipif(not NOTO_CJK.is_file(), reason=f"no Noto CJK font collection at {NOTO_CJK} "
                    "(Debian fonts-noto-cjk): cannot make a PDF with fpdf2's CFF CJK font")
@pytest.mark.parametrize("name", ["bazhou-2024", "fukang-2021"])
def test_pdf_cff_font_read_with_pdfium(tmp_path: Path, name: str) -> None:
    """fpdf2 embedding Noto's .ttc (CFF outlines): pdfminer decodes none of the text, so before
    the fix the PDF was refused as having no text layer; PDFium reads it, to the seed's clauses."""
    import pdfplumber

    text = seed(name)
    path = make_pdf(text, tmp_path / f"{name}.pdf", cff=True)
    with pdfplumber.open(path) as pdf:
        assert not any(page.extract_text().strip() for page in pdf.pages)
    out, fmt = read_text(path)
    assert fmt == "pdf"
    assert squash(out) == squash(text)
    assert clause_texts(path) == clause_texts(CORPORA / f"{name}.txt")


def test_pdf_undecodable_font_raises(tmp_path: Path) -> None:
    path = make_undecodable_pdf("一、健全政府机构职能体系", tmp_path / "cff.pdf")
    with pytest.raises(IngestError, match=r"cff\.pdf.*draws text.*OCR"):
        read_text(path)


def test_pdf_glyphs_without_unicode_raise(tmp_path: Path) -> None:
    """pdfminer's text is all ``(cid:N)``, PDFium's control characters: refused, not read as text."""
    path = make_type3_pdf(tmp_path / "type3.pdf")
    with pytest.raises(IngestError, match=r"type3\.pdf.*draws text.*OCR"):
        read_text(path)


def test_pdf_corrupt_raises(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + random.Random(3).randbytes(2048))
    with pytest.raises(IngestError, match="broken.pdf"):
        read_text(path)


# ----------------------------------------------------------------------------- html

_PORTAL_NOISE = ["当前位置", "首页", "发布时间", "浏览次数", "来源：", "字号", "分享到", "打印本页",
                 "版权所有", "ICP", "相关文件", "document.write", "_hmt", "搜索", "text-indent"]


@pytest.mark.parametrize("encoding", ["utf-8", "gb2312"])
def test_html_article_round_trip(tmp_path: Path, encoding: str) -> None:
    text = seed("fukang-2021")
    path = make_html(
        text, tmp_path / "fukang-2021.html", encoding, title=FUKANG_TITLE, site="阜康市人民政府"
    )
    if encoding == "gb2312":
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")
    out, fmt = read_text(path)
    assert fmt == "html"
    assert lines_of(out) == [FUKANG_TITLE, *lines_of(text)]
    assert squash(out) == squash(FUKANG_TITLE + text)
    assert not [word for word in _PORTAL_NOISE if word in out]


def test_html_table_flattened(tmp_path: Path) -> None:
    text = seed("bazhou-2026")
    title = "2026年自治州法治政府建设工作要点责任分工清单"
    out, _ = read_text(make_html(text, tmp_path / "bazhou-2026.htm", title=title))
    # the body's second line (after 附件) is the title: it is not added again above 附件
    assert lines_of(text)[1] == title
    assert lines_of(out) == lines_of(text)
    assert table_rows(out) == table_rows(text)


_BARE_PAGE = "<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("page_title", [
    "t",  # a placeholder: no document title
    "巴音郭楞蒙古自治州人民政府办公室关于印发《2024年自治州法治政府建设工作要点》的通知_政策文件_巴州人民政府网",
    "2024年自治州法治政府建设工作要点_巴州人民政府网",
])
def test_html_page_title_not_added_when_body_has_one(tmp_path: Path, page_title: str) -> None:
    """The body opens with the plan's title: the page <title> adds no line (before the fix a
    <title>t</title> became the clause ``0.1 "t"``, and the notice's title a second title)."""
    text = seed("bazhou-2024")
    body = "".join(f"<p>{line}</p>" for line in lines_of(text))
    path = tmp_path / "bazhou-2024.html"
    path.write_text(_BARE_PAGE.format(title=page_title, body=body), encoding="utf-8")
    out, _ = read_text(path)
    assert lines_of(out) == lines_of(text)
    assert clause_texts(path) == clause_texts(CORPORA / "bazhou-2024.txt")


def test_html_title_from_page_title_without_h1(tmp_path: Path) -> None:
    page = ("<html><head><meta charset='utf-8'><title>阜康市2021年法治政府建设工作要点_阜康市人民政府</title>"
            "</head><body><div class='nav'>首页 政务公开</div><div id='zoom'><p>一、强化法治政府建设组织领导</p>"
            "<p>（一）深入学习贯彻习近平法治思想。</p></div></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    out, _ = read_text(tmp_path / "page.html")
    assert lines_of(out) == [FUKANG_TITLE, "一、强化法治政府建设组织领导", "（一）深入学习贯彻习近平法治思想。"]


def test_html_title_from_the_cms_article_title_not_the_site_banner(tmp_path: Path) -> None:
    """A portal page with no <title> whose CMS records the article's title in <meta
    name="ArticleTitle">: that title opens the text, not the site's name from its banner; where
    the body wraps the same title over lines, no second copy is added."""
    title = "某县司法局关于印发《某县2025年法治政府建设工作要点》的通知"
    page = ("<html><head><meta charset='utf-8'><meta name=\"ArticleTitle\" content=\"{}\"/></head><body>"
            "<div class='title'>某县人民政府门户网站</div><div id='zoom'>{}<p>一、强化组织领导</p>"
            "<p>（一）深入学习贯彻习近平法治思想。</p></div></body></html>")
    (tmp_path / "a.html").write_text(page.format(title, ""), encoding="utf-8")
    (tmp_path / "b.html").write_text(page.format(title, "<p>某县司法局关于印发</p><p>《某县2025年法治政府建设工作要点》的通知</p>"),
                                     encoding="utf-8")
    assert lines_of(read_text(tmp_path / "a.html")[0]) == [title, "一、强化组织领导", "（一）深入学习贯彻习近平法治思想。"]
    assert lines_of(read_text(tmp_path / "b.html")[0])[:2] == ["某县司法局关于印发", "《某县2025年法治政府建设工作要点》的通知"]


def test_html_bold_heading_in_raw_text_is_a_line_of_its_own(tmp_path: Path) -> None:
    """A JSP page's notice in one <div> of raw lines, its headings in <b>: the source line break
    after ``</b>`` joins Chinese characters (no space), so the heading ran into its first sentence
    (bb17156: items 一各地自查各市（州）…). A bold heading after a line break or a sentence's end is
    a line; bold words inside a sentence stay in it."""
    page = ("<html><head><meta charset='utf-8'><title>接访详情</title></head><body><div class='box'>\n"
            "各县（市、区）人民政府，市政府各部门：\n现就开展政策落实情况自查工作通知如下。\n"
            "<b>一、各地自查</b>\n各县（市、区）要对本地区贯彻落实情况开展逐项自查，于6月20日前报送自查报告。\n"
            "<b>二、部门自查</b>\n市级部门要按照职责分工开展自查，<b>重点</b>反映工作进展情况。"
            "<strong>三、重点抽查</strong>市政府将对重点地区开展抽查。\n</div></body></html>")
    (tmp_path / "notice.html").write_text(page, encoding="utf-8")
    out, _ = read_text(tmp_path / "notice.html")
    assert lines_of(out)[-6:] == ["一、各地自查", "各县（市、区）要对本地区贯彻落实情况开展逐项自查，于6月20日前报送自查报告。",
                                  "二、部门自查", "市级部门要按照职责分工开展自查，重点反映工作进展情况。",
                                  "三、重点抽查", "市政府将对重点地区开展抽查。"]
    seg = comparer.load_corpus([tmp_path / "notice.html"]).segmentations[0]
    assert [c.item.title for c in seg.clauses if c.kind is ClauseKind.HEADING and c.item] == \
        ["各地自查", "部门自查", "重点抽查"]


# ----------------------------------------------------------------------------- traditional script


SEEDS = ["alxa-2024", "bazhou-2024", "bazhou-2026", "emin-2025", "fukang-2021"]


@pytest.mark.parametrize("name", SEEDS)
def test_text_traditional_gb18030_round_trip(tmp_path: Path, name: str) -> None:
    from opencc_purepy import OpenCC

    text = seed(name)
    traditional = OpenCC("s2t").convert(text)
    assert squash(traditional) != squash(text)
    path = tmp_path / f"{name}-繁體.txt"
    path.write_bytes(traditional.encode("gb18030"))
    out, _ = read_text(path)
    want, got = squash(text), squash(out)
    assert len(got) == len(want)
    agreement = sum(a == b for a, b in zip(want, got)) / len(want)
    assert agreement == 1.0, f"s2t→t2s agreement {agreement:.4%}"


def test_html_a_chat_widgets_content_list_is_not_the_article(tmp_path: Path) -> None:
    """A housing bureau's page whose chat widget is a ``<ul id="content">`` with a few lines, the
    notice itself in a ``div`` of the site's own class: the notice is read, not the widget."""
    notice = "".join(f"<p>{n}、各县区要进一步优化第{n}项房地产政策措施，加快推进落实，确保取得实效。</p>"
                     for n in ("一", "二", "三", "四", "五", "六"))
    page = ("<html><head><meta charset='utf-8'><title>关于印发若干措施的通知</title></head><body>"
            "<div class='gkwz_contnet'><h1>关于印发《关于进一步优化调整房地产政策若干措施》的通知</h1>"
            f"<p>各县、市、区人民政府：</p>{notice}</div>"
            "<div class='chat'><ul id='content'><li>空闲的时候记得来杯下午茶，休息一下吧。</li>"
            "<li>有问题请随时留言咨询客服人员。</li></ul></div></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    out, _ = read_text(tmp_path / "page.html")
    assert "一、各县区要进一步优化第一项房地产政策措施，加快推进落实，确保取得实效。" in lines_of(out)
    assert "空闲的时候记得来杯下午茶" not in out
