"""HTML pages (government portals): the article body only, one block element a line.

Navigation, breadcrumbs, metadata lines (发布时间/来源/浏览次数), share and print links, sidebars,
footers and scripts are dropped; the body is a known article container (``.TRS_Editor``,
``#zoom``…) or else the element holding the most Chinese text. The title (the article's
``<h1>``, else the CMS's ``<meta name="ArticleTitle">``, else the page ``<title>``) comes first
unless the body's first lines already hold a title or it is no title (fewer than four Chinese
characters); tables are flattened as :mod:`comparer.ingest` describes.

An internal DTD (``<!DOCTYPE html [<!ENTITY …>]>``) is removed before parsing, with a warning:
the HTML parser would read its tail as text. lxml's HTML parser expands no declared entity and
fetches nothing from the network.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag

from comparer.ingest.text import decode_bytes

logger = logging.getLogger(__name__)

_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "button", "select", "input",
              "textarea", "object", "svg"]
#: Page furniture, dropped unless it holds the article (ASP.NET pages wrap all in one <form>).
_FURNITURE_TAGS = {"nav", "header", "footer", "aside", "form"}
#: An id or class token naming page furniture rather than the article.
_NOISE_ATTR = re.compile(
    r"nav|menu|crumb|footer|share|sidebar|side-bar|header|toolbar|location|position|weizhi|search"
    r"|copyright|related|^foot|^print(?:-?(?:btn|bar|link)s?)?$|^dayin", re.IGNORECASE)
_META_MARK = re.compile(
    r"发布时间|发布日期|浏览次数|阅读次数|点击[数量率]|访问量|来源[:：]|字号\s*[:：]|【\s*大\s*中\s*小\s*】"
    r"|打印本页|关闭窗口|当前位置|您的位置|您现在的位置|分享到")
#: Article containers of common portal systems, innermost first; the first five are never noise.
_CONTAINERS = (".TRS_Editor", "#zoom", ".article-content", ".pages_content", "#UCAP-CONTENT",
               "article", "#content", ".content")
_SURE_CONTAINERS = 5  # the first five containers are the article wherever they hold Chinese text
_CONTAINER_SHARE = 0.3  # the others must hold this share of the page's Chinese text
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section",
           "article", "blockquote", "pre", "center", "dl", "dt", "dd", "tr", "td", "th", "table",
           "tbody", "thead", "tfoot", "caption", "hr", "address", "figure", "figcaption", "main"}
_LINE_HOLDERS = {"p", "div", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                 "section", "article", "dl"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_BOLD = {"b", "strong"}
_LINE_START = re.compile(r"(?:\A|[\n。；;：:！!？?])[ \t\r\xa0\u3000]*\Z")
#: A numbered heading with its title, in bold at the start of a line (``<b>一、各地自查</b>``).
_BOLD_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]"
                           r"|第[一二三四五六七八九十]{1,3}[章节条部分])\s*[\u3400-\u9fff“]{2}")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_GB = {"gb2312", "gbk", "gb18030", "x-gbk", "gb_2312-80", "cp936"}
_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_TITLE_MIN_CJK = 4
_TITLE_LOOKAHEAD = 3


def read_html(path: Path) -> str:
    """Read an HTML page's title and article body as text, one block a line."""
    page = _without_internal_dtd(_decode(path.read_bytes(), str(path)), path)
    soup = BeautifulSoup(page, "lxml")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    _remove_noise(soup)
    body = _article(soup)
    lines = _block_lines(body)
    while lines and not lines[0].strip():
        lines.pop(0)
    title = _title(soup, body, page_title)
    if _adds_title(title, lines, page_title):
        lines.insert(0, title)
    return "\n".join(lines) + "\n"


def _adds_title(title: str, lines: list[str], page_title: str) -> bool:
    """Whether ``title`` should open the text.

    Not when it has fewer than :data:`_TITLE_MIN_CJK` Chinese characters (a placeholder
    ``<title>`` such as ``t`` or ``首页`` is no document title), nor when one of the body's first
    :data:`_TITLE_LOOKAHEAD` lines is that title already, or is another title that the page
    title contains (the plan's own title under ``关于印发《…》的通知``, after ``附件``), or the
    first line of that title wrapped over lines (``…关于印发`` / ``《…》的通知``).
    """
    if len(_CJK.findall(title)) < _TITLE_MIN_CJK:
        return False
    page, wanted = _squash(page_title), _squash(title)
    for line in map(_squash, lines[:_TITLE_LOOKAHEAD]):
        if line == wanted or (len(_CJK.findall(line)) >= _TITLE_MIN_CJK and (line in page or line in wanted)):
            return False
    return True


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _without_internal_dtd(page: str, path: Path) -> str:
    """``page`` with the internal subset ``[…]`` of its ``<!DOCTYPE`` removed, if it has one.

    An HTML parser does not read a DTD: the subset's tail (``]>``) would become text, and the
    entities it declares are never expanded. Quoted strings and comments inside the subset may
    hold ``]`` and ``>``; a subset that never closes takes the rest of the page with it.
    """
    found = _DOCTYPE.search(page, 0, 4096)
    if not found:
        return page
    i = found.end()
    while i < len(page) and page[i] not in "[>":
        i = _skip_quoted(page, i)
    if i >= len(page) or page[i] == ">":
        return page
    end = _subset_end(page, i + 1)
    logger.warning("%s: the page's <!DOCTYPE> declares a DTD (%d characters); ignored, its "
                   "entities are not expanded", path, end - found.start())
    return page[:found.start()] + "<!DOCTYPE html>" + page[end:]


def _subset_end(page: str, i: int) -> int:
    """Index after the ``]…>`` that closes the internal subset opened before ``page[i]``."""
    while i < len(page) and page[i] != "]":
        if page.startswith("<!--", i):
            close = page.find("-->", i + 4)
            i = len(page) if close < 0 else close + 3
        else:
            i = _skip_quoted(page, i)
    close = page.find(">", i)
    return len(page) if close < 0 else close + 1


def _skip_quoted(page: str, i: int) -> int:
    """Index after the quoted string at ``page[i]``, or after the one character there."""
    if page[i] in "\"'":
        close = page.find(page[i], i + 1)
        return len(page) if close < 0 else close + 1
    return i + 1


def _decode(data: bytes, name: str) -> str:
    """Decode with the ``<meta charset>`` (GB2312/GBK read as GB18030), else UTF-8, else guess."""
    found = _CHARSET.search(data[:4096])
    declared = found.group(1).decode("ascii", "replace").lower() if found else ""
    for encoding in (("gb18030" if declared in _GB else declared), "utf-8"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            logger.debug("%s: not %s", name, encoding)
    return decode_bytes(data, name)


def _remove_noise(soup: BeautifulSoup) -> None:
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    total = _cjk_count(soup)
    known = [tag for tag in soup.find_all(True) if _container_rank(tag) < 5]
    kept = {id(tag) for found in known for tag in (found, *found.parents)}
    for tag in soup.find_all(True):
        if not tag.decomposed and id(tag) not in kept and _is_noise_block(tag, total):
            tag.decompose()


def _is_noise_block(tag: Tag, total: int) -> bool:
    """Navigation, share, footer… by id/class, or a short metadata / breadcrumb line.

    An element holding half the page's Chinese text is kept (as are known article containers).
    """
    if tag.name in ("html", "body"):
        return False
    tokens = [tag.get("id") or "", *(tag.get("class") or [])]
    if tag.name in _FURNITURE_TAGS or any(_NOISE_ATTR.search(token) for token in tokens if token):
        return _cjk_count(tag) * 2 < total
    if any(getattr(d, "name", None) in _LINE_HOLDERS for d in tag.descendants):
        return False  # only a single line can be a metadata line
    text = tag.get_text(" ", strip=True)
    if len(text) >= 150:
        return False
    return bool(_META_MARK.search(text[:20])) or len(_META_MARK.findall(text)) >= 2


def _cjk_count(tag: Tag) -> int:
    return len(_CJK.findall(tag.get_text()))


def _container_rank(tag: Tag) -> int:
    """Position of the first of :data:`_CONTAINERS` that ``tag`` matches (a large number if none)."""
    classes, tag_id = tag.get("class") or [], tag.get("id")
    for rank, selector in enumerate(_CONTAINERS):
        kind, name = selector[0], selector[1:]
        if (kind == "." and name in classes) or (kind == "#" and tag_id == name) or tag.name == selector:
            return rank
    return len(_CONTAINERS)


def _article(soup: BeautifulSoup) -> Tag:
    """The article container: a known one with Chinese text, else the densest text block."""
    ranked = [(_container_rank(tag), i, tag) for i, tag in enumerate(soup.find_all(True))]
    page = None
    for rank, _, tag in sorted(ranked, key=lambda item: item[:2]):
        if rank < len(_CONTAINERS) and _cjk_count(tag) >= 20:
            if rank >= _SURE_CONTAINERS:  # article, #content, .content: also a chat box's, a list's
                page = _cjk_count(soup.body or soup) if page is None else page
                if _cjk_count(tag) < _CONTAINER_SHARE * page:
                    continue  # <ul id="content"> of a chat widget beside the article: not the article
            return tag
    return _densest_block(soup)


def _densest_block(soup: BeautifulSoup) -> Tag:
    """The element whose paragraphs (its block children) hold the most Chinese characters."""
    scores: dict[int, tuple[int, Tag]] = {}
    for text in soup.find_all(string=_CJK):
        block = _parent_named(text, _LINE_HOLDERS | {"td", "th"})
        if block is None or block.parent is None:
            continue
        if block.name in ("td", "th"):
            block = _parent_named(block, {"table"}) or block
        owner = block.parent or block
        count, _ = scores.get(id(owner), (0, owner))
        scores[id(owner)] = (count + len(_CJK.findall(text)), owner)
    if not scores:
        return soup.body or soup
    return max(scores.values(), key=lambda item: item[0])[1]


def _parent_named(node: Tag | NavigableString, names: set[str]) -> Tag | None:
    return next((parent for parent in node.parents if parent.name in names), None)


def _title(soup: BeautifulSoup, body: Tag, page_title: str) -> str:
    """The article's ``<h1>``, else the title the portal's CMS records (``<meta name="ArticleTitle">``),
    else a heading the page ``<title>`` contains, else that title."""
    h1 = body.find("h1")
    if h1 is not None and _inline(h1.get_text()):
        return _inline(h1.get_text())
    meta = soup.find("meta", attrs={"name": re.compile(r"^ArticleTitle$", re.IGNORECASE)})
    recorded = _inline(str(meta.get("content", ""))) if meta is not None else ""
    if len(_CJK.findall(recorded)) >= _TITLE_MIN_CJK:
        return recorded
    for tag in soup.find_all(["h1", "h2", "h3"]) + soup.select('[class*="title"], [id*="title"]'):
        text = _inline(tag.get_text())
        if len(text) >= 4 and text in page_title:
            return text
    parts = re.split(r"\s*(?:_|\||｜| - | — |－)\s*", page_title)
    return max(parts, key=len).strip()


# ----------------------------------------------------------------------------- text layout


def _block_lines(node: Tag) -> list[str]:
    """Text of ``node``: a line per block element and ``<br>``, tables as ``\\t<cell>`` lines."""
    lines: list[str] = []
    buffer: list[str] = []
    _walk(node, lines, buffer)
    _flush(lines, buffer)
    return lines


def _walk(node: Tag, lines: list[str], buffer: list[str]) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a comment, CDATA or doctype
                buffer.append(str(child))
        elif child.name == "br":
            _flush(lines, buffer)
        elif child.name == "table":
            _flush(lines, buffer)
            lines.extend(_table_lines(child))
        elif child.name in _BLOCKS or child.name in _BOLD and _LINE_START.search("".join(buffer)) \
                and _BOLD_HEADING.match(child.get_text()):  # …通知如下。⏎<b>一、各地自查</b>⏎各市（州）
            _flush(lines, buffer)  # 要…: a bold heading after a sentence's end or a line break is
            _walk(child, lines, buffer)  # a line of its own (a line break between Chinese characters
            _flush(lines, buffer)  # is no space: its title would run into the text after it)
        else:
            _walk(child, lines, buffer)


def _flush(lines: list[str], buffer: list[str]) -> None:
    text = _inline("".join(buffer))
    if text:
        lines.append(text)
    buffer.clear()


def _inline(text: str) -> str:
    """Collapse HTML white space; a line break between Chinese characters is no space."""
    text = re.sub(r"(?<=[^\x00-\x7f])[ \t\r\n]*\n[ \t\r\n]*(?=[^\x00-\x7f])", "", text)
    return re.sub(r"[ \t\r\n\xa0]+", " ", text).strip(" \u3000")


def _table_lines(table: Tag) -> list[str]:
    """Rows of ``table`` as cell lines and a blank line; row and column spans give empty cells."""
    lines: list[str] = []
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        cells, col = [], 0
        for td in tr.find_all(["td", "th"], recursive=False):
            col = _skip_spanned(cells, pending, col)
            text = "\n".join(line.lstrip("\t") for line in _block_lines(td) if line.strip())
            cells.append("\t" + text)
            span = _int_attr(td, "colspan")
            cells.extend(["\t"] * (span - 1))
            for c in range(col, col + span):
                if _int_attr(td, "rowspan") > 1:
                    pending[c] = _int_attr(td, "rowspan") - 1
            col += span
        _skip_spanned(cells, pending, col, to_end=True)
        lines.extend([*cells, ""])
    return lines


def _skip_spanned(cells: list[str], pending: dict[int, int], col: int, to_end: bool = False) -> int:
    """Add an empty cell for each column at ``col`` (or all left) covered by a rowspan."""
    while pending and (col in pending if not to_end else max(pending) >= col):
        if pending.get(col, 0) > 0:
            cells.append("\t")
            pending[col] -= 1
            if not pending[col]:
                del pending[col]
        col += 1
    return col


def _int_attr(tag: Tag, name: str) -> int:
    try:
        return max(1, int(str(tag.get(name, "1")).strip() or 1))
    except ValueError:
        return 1
