"""Build hostile files (decompression bombs, entity declarations, huge page counts) in a folder.

Used by ``tests/test_hostile.py`` and ``benchmarks/hostile.py``; nothing hostile is committed.
Each builder streams what it writes, so building a 1.5 GB zip bomb takes megabytes of memory.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

#: A short plan in the seed layout: the body of every hostile file that has one.
PLAN = ("某县2024年法治政府建设工作要点\n一、总体要求\n"
        "（一）加强学习。领导干部每年集中学法不少于2次。\n"
        "（二）严格执法。全面推行行政执法公示制度，年底前完成。\n")
_DOCUMENT = "word/document.xml"
#: Nine levels of ten references each: ``&lol9;`` expands to 10⁹ copies of ``lol``.
_BILLION_LAUGHS = ('<!DOCTYPE w:document [<!ENTITY lol0 "lol">'
                   + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
                   + "]>")


def make_plain_docx(path: Path, text: str = PLAN) -> Path:
    """A real Word document of ``text``, one paragraph a line (python-docx)."""
    from docx import Document

    doc = Document()
    for line in text.splitlines():
        doc.add_paragraph(line)
    doc.save(str(path))
    return path


def _rewrite_document(src: Path, dst: Path, write_body) -> Path:  # noqa: ANN001 - callable
    """Copy the zip ``src`` to ``dst``, with ``word/document.xml`` written by ``write_body(out)``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename == _DOCUMENT:
                with zout.open(_DOCUMENT, "w", force_zip64=True) as out:
                    write_body(out, zin.read(item))
            else:
                zout.writestr(item, zin.read(item))
    return dst


def make_zip_bomb_docx(path: Path, inflated: int) -> Path:
    """A .docx whose ``word/document.xml`` is the plan followed by ``inflated`` bytes of empty
    paragraphs (``<w:p/>``): valid Word XML that deflates about a thousandfold."""
    plain = make_plain_docx(path.with_name(path.stem + "-plain.docx"))

    def body(out, xml: bytes) -> None:  # noqa: ANN001 - zip member writer
        head, tail = xml.split(b"<w:sectPr", 1)
        out.write(head)
        chunk = b"<w:p/>" * (2**20 // 6)
        for _ in range(inflated // len(chunk)):
            out.write(chunk)
        out.write(b"<w:sectPr" + tail)

    _rewrite_document(plain, path, body)
    plain.unlink()
    return path


def make_entity_docx(path: Path) -> Path:
    """A .docx whose ``word/document.xml`` declares the "billion laughs" entities (nine levels,
    ten each: 10⁹ ``lol`` when expanded) and uses the last one in a run of the plan."""
    plain = make_plain_docx(path.with_name(path.stem + "-plain.docx"))

    def body(out, xml: bytes) -> None:  # noqa: ANN001 - zip member writer
        declaration, rest = xml.split(b"?>", 1)
        rest = rest.replace("加强学习".encode(), "加强学习&lol9;".encode(), 1)
        out.write(declaration + b"?>" + _BILLION_LAUGHS.encode() + rest)

    _rewrite_document(plain, path, body)
    plain.unlink()
    return path


def make_renamed_entity_docx(path: Path) -> Path:
    """A .docx holding an extra part ``customXml/item1.dat``: XML under another name, with the
    billion-laughs DTD (a part's name need not end in ``.xml``)."""
    make_plain_docx(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("customXml/item1.dat", '<?xml version="1.0"?>\n' + _BILLION_LAUGHS
                    + "<w:document>&lol9;</w:document>")
    return path


def make_forged_size_docx(path: Path) -> Path:
    """A .docx whose zip headers give ``word/document.xml`` half its real uncompressed size."""
    data = bytearray(make_plain_docx(path).read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(_DOCUMENT)
    small = info.file_size // 2
    struct.pack_into("<I", data, info.header_offset + 22, small)  # local file header
    entry = data.find(b"PK\x01\x02")
    while entry >= 0:  # central directory entries: the name follows the 46-byte header
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        if data[entry + 46:entry + 46 + name_length] == _DOCUMENT.encode():
            struct.pack_into("<I", data, entry + 24, small)
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))
    return path


def dtd_html() -> str:
    """A portal-less HTML page of the plan whose body uses the entity ``&lol2;`` (undeclared)."""
    lines = "".join(f"<p>{line}</p>" for line in PLAN.splitlines())
    lines = lines.replace("加强学习", "加强学习&lol2;", 1)
    return f'<html><head><meta charset="utf-8"></head><body>{lines}</body></html>'


def make_dtd_html(path: Path) -> Path:
    """:func:`dtd_html` behind ``<!DOCTYPE html [<!ENTITY …>]>`` declaring ``&lol2;``, with
    ``]>`` inside an entity value and a comment."""
    dtd = ('<!DOCTYPE html [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">'
           '<!ENTITY trap "]>"><!-- ]> -->]>\n')
    path.write_text(dtd + dtd_html(), encoding="utf-8")
    return path


def make_many_pages_pdf(path: Path, pages: int, declared: int | None = None) -> Path:
    """A PDF of ``pages`` blank pages whose page tree declares ``declared`` (default: the truth)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    count = pages if declared is None else declared
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>" % (kids, count))
    objects += [b"<< /Type /Page /Parent 2 0 R >>"] * pages
    return _write_pdf(path, objects)


def make_flate_bomb_pdf(path: Path, inflated: int) -> Path:
    """A one-page PDF whose content stream is ``inflated`` bytes of spaces, Flate-compressed."""
    deflater = zlib.compressobj(9)
    chunk = b" " * 2**20
    data = b"".join(deflater.compress(chunk) for _ in range(inflated // len(chunk)))
    data += deflater.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data),
    ]
    return _write_pdf(path, objects)


def _write_pdf(path: Path, objects: list[bytes]) -> Path:
    """Objects 1…n with a correct cross-reference table and trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path
