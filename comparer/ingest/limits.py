"""Limits on what a file may expand to, checked before a reader parses it.

The 16 MiB limit of :data:`comparer.ingest.MAX_BYTES` is on the file as it lies on disk; a
``.docx`` (a zip) or a PDF (Flate streams) can inflate a thousandfold when read. These checks
look at what a container holds before python-docx or pdfplumber open it:

* zip (``.docx``): the uncompressed sizes in the zip directory, summed (:data:`MAX_INFLATED`) and
  per member (compression ratio, :data:`MAX_RATIO`); then every member is inflated in chunks of
  :data:`CHUNK` bytes, counting what really comes out, and each XML part is fed to defusedxml's
  expat parser, which refuses a DTD (OOXML parts never have one: a ``<!DOCTYPE`` is there only to
  declare entities). Nothing is kept in memory but one chunk.
* PDF: the Flate streams are inflated in chunks, summed against :data:`MAX_PDF_INFLATED`, and
  the page count (the declared ``/Count`` and the page objects found) against :data:`MAX_PAGES`.

Each refusal is an :class:`~comparer.errors.IngestError` naming the file and the limit.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from itertools import islice
from pathlib import Path
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from comparer.errors import IngestError

logger = logging.getLogger(__name__)

#: The most the members of one zip (``.docx``) may inflate to, all together (bytes).
MAX_INFLATED = 64 * 2**20
#: The most the Flate streams of one PDF may inflate to, all together (bytes).
MAX_PDF_INFLATED = 128 * 2**20
#: The highest compression ratio of one zip member larger than :data:`RATIO_FLOOR`.
MAX_RATIO = 200
#: Members smaller than this are not held to :data:`MAX_RATIO` (a small part may compress well).
RATIO_FLOOR = 2**20
#: The most pages one PDF may have.
MAX_PAGES = 1000
#: Inflated bytes read at a time.
CHUNK = 2**20
_XML_PART = (".xml", ".rels", ".vml")
_UTF16 = (b"\xff\xfe", b"\xfe\xff")
#: The ``stream`` keyword (not ``endstream``) and its end of line: where stream data starts.
_STREAM = re.compile(rb"(?<!end)stream\r?\n")


def _mib(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB" if n < 2**30 else f"{n / 2**30:,.1f} GiB"


# ----------------------------------------------------------------------------- zip


def check_zip(path: Path, kind: str = "Word .docx") -> None:
    """Refuse a zip whose members would inflate past the limits or whose XML has a DTD.

    Raises
    ------
    IngestError
        Over :data:`MAX_INFLATED` in all, a member over :data:`MAX_RATIO`, a member inflating to
        more than its directory entry says, or an XML part that declares a DTD. A file that is
        not a zip is left to the reader, which says so.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            _check_directory(path, members, kind)
            for member in members:
                with zf.open(member) as stream:
                    _read_member(path, member, stream)
    except zipfile.BadZipFile:
        return  # not a zip at all (or damaged): the reader's own message is clearer
    except (zlib.error, EOFError, RuntimeError, NotImplementedError) as e:  # corrupt, encrypted
        raise IngestError(f"{path}: damaged {kind} file ({type(e).__name__}: {e})") from e


def _check_directory(path: Path, members: list[zipfile.ZipInfo], kind: str) -> None:
    """The directory's promises: total size and each member's compression ratio."""
    total = sum(m.file_size for m in members)
    if total > MAX_INFLATED:
        biggest = max(members, key=lambda m: m.file_size)
        raise IngestError(
            f"{path}: inflates to {_mib(total)} "
            f"({biggest.filename} alone {_mib(biggest.file_size)}), "
            f"more than the {_mib(MAX_INFLATED)} limit for a {kind}; refused as a possible zip bomb"
        )
    for m in members:
        ratio = m.file_size / max(m.compress_size, 1)
        if m.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise IngestError(
                f"{path}: {m.filename} is compressed {ratio:,.0f} to 1, more than the "
                f"{MAX_RATIO} to 1 limit for a {kind}; refused as a possible zip bomb"
            )


def _read_member(path: Path, member: zipfile.ZipInfo, stream: IO[bytes]) -> None:
    """Inflate ``member`` a chunk at a time; XML goes through defusedxml's parser as it comes."""
    parser = None
    seen = 0
    while chunk := stream.read(CHUNK):
        if not seen and _looks_like_xml(member.filename, chunk):
            parser = _dtd_refusing_parser()
        seen += len(chunk)
        if seen > member.file_size:
            raise IngestError(
                f"{path}: {member.filename} inflates past the {_mib(member.file_size)} its zip "
                "directory entry gives; refused as a damaged or forged file"
            )
        if parser is not None and not _feed(path, member.filename, parser, chunk):
            parser = None


def _looks_like_xml(name: str, first: bytes) -> bool:
    """An XML part by its name, or by its first bytes (a part may be renamed: python-docx goes by
    the content type, not the name)."""
    return name.lower().endswith(_XML_PART) or first.lstrip()[:1] == b"<" or first[:2] in _UTF16


class _Discard:
    """A parser target that keeps nothing: the XML is only checked, never built into a tree."""

    def close(self) -> None:
        return None


def _dtd_refusing_parser() -> DefusedXMLParser:
    return DefusedXMLParser(target=_Discard(), forbid_dtd=True, forbid_entities=True,
                            forbid_external=True)


def _feed(path: Path, name: str, parser: DefusedXMLParser, chunk: bytes) -> bool:
    """Feed ``chunk`` to ``parser``; False once the XML is malformed (python-docx will say so)."""
    try:
        parser.feed(chunk)
    except DefusedXmlException as e:
        raise IngestError(
            f"{path}: {name} declares a DTD or entities (<!DOCTYPE …>), which Word never writes; "
            f"refused as a possible entity-expansion attack ({type(e).__name__})"
        ) from e
    except SyntaxError:
        logger.debug("%s: %s is not well-formed XML", path, name)
        return False
    return True


# ----------------------------------------------------------------------------- PDF


def check_pdf(path: Path) -> None:
    """Refuse a PDF whose streams inflate past :data:`MAX_PDF_INFLATED` or with too many pages.

    Streams are found by their ``stream`` keyword and inflated a chunk at a time, so the check
    holds for content, font, object and cross-reference streams alike, before pdfminer decodes
    any of them whole (Flate images count too: a label cannot exempt a stream; JPEG and other
    non-zlib data count nothing). The page count is checked on the declared ``/Count`` of the
    page tree and on the page objects pdfminer finds, stopping after :data:`MAX_PAGES` + 1.

    Raises
    ------
    IngestError
        Over either limit.
    """
    data = path.read_bytes()
    view = memoryview(data)  # slices without copies
    total = 0
    for found in _STREAM.finditer(data):
        total += _inflated_size(view, found.end(), MAX_PDF_INFLATED - total)
        if total > MAX_PDF_INFLATED:
            raise IngestError(
                f"{path}: its compressed streams inflate to more than the "
                f"{_mib(MAX_PDF_INFLATED)} limit for one PDF; "
                "refused as a possible decompression bomb"
            )
    _check_pages(path)


def _inflated_size(data: memoryview, start: int, room: int) -> int:
    """Bytes the zlib stream at ``data[start:]`` inflates to, stopping once past ``room``.

    Data that is not zlib (unfiltered, DCT, encrypted) counts what inflated before the error: 0.
    """
    inflater = zlib.decompressobj()
    size, pos = 0, start
    try:
        while not inflater.eof and size <= room and (inflater.unconsumed_tail or pos < len(data)):
            piece = inflater.unconsumed_tail
            if not piece:
                piece = data[pos:pos + CHUNK]
                pos += len(piece)
            size += len(inflater.decompress(piece, CHUNK))
    except zlib.error:
        pass
    return size


def _check_pages(path: Path) -> None:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    with open(path, "rb") as f:
        try:
            doc = PDFDocument(PDFParser(f))
            declared = resolve1(resolve1(doc.catalog.get("Pages") or {}).get("Count", 0))
            found = sum(1 for _ in islice(PDFPage.create_pages(doc), MAX_PAGES + 1))
        except Exception as e:  # noqa: BLE001 - pdfplumber opens it next and reports the damage
            logger.debug("%s: cannot count the pages before reading (%s)", path, e)
            return
    if isinstance(declared, int) and declared > MAX_PAGES:
        raise _too_many_pages(path, f"declares {declared:,} pages")
    if found > MAX_PAGES:
        raise _too_many_pages(path, f"has over {MAX_PAGES:,} pages")


def _too_many_pages(path: Path, what: str) -> IngestError:
    return IngestError(
        f"{path}: {what}, more than the {MAX_PAGES:,}-page limit for one document; "
        "split it or check that it is the right file"
    )
