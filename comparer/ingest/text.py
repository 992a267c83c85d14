"""Plain-text files: UTF-8 (with or without BOM), GB18030/GBK, Big5, UTF-16 and UTF-32.

UTF-16 and UTF-32 are read with a byte-order mark, or without one when the decoded text is
plainly text (no control characters, its Chinese characters common ones). A file that is not
UTF-8 is decoded strictly as GB18030 and as Big5 (cp950, then Big5-HKSCS), and the decoding whose
characters are most often common Chinese characters (:mod:`comparer.ingest.common_chars`) wins;
GB18030 unless Big5 is clearly better.
"""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

from comparer.errors import IngestError
from comparer.ingest.common_chars import COMMON_CHARS

logger = logging.getLogger(__name__)

# Control characters other than tab, newline, carriage return and form feed are not text.
_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)}
_CONTROL_CHARS = frozenset(map(chr, _CONTROL))
# Multi-byte UTF-8 characters before a bad byte that show a file is UTF-8, not GB18030.
_UTF8_EVIDENCE = 4
#: Byte-order marks, UTF-32 before UTF-16 (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
#: Punctuation of Chinese text, counted as plausible like the common characters.
_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉【】—…·「」『』％〔〕\u3000．－～；")
#: Big5 wins over GB18030 only with this much larger a share of plausible characters. Decoded
#: with the wrong one of the two, the seeds score 0.19–0.22, with the right one 0.99 or more.
_BIG5_MARGIN = 0.2
#: A file without a byte-order mark is read as UTF-16/UTF-32 only if this share of its
#: non-ASCII characters is plausible.
_PLAUSIBLE = 0.8


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode ``data`` as UTF-8, UTF-16/UTF-32, GB18030 or Big5, refusing binary data.

    Raises
    ------
    IngestError
        The bytes are binary (NUL or many control bytes) or fit none of the encodings.
    """
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as e:
                raise IngestError(
                    f"{name}: has a {label} byte-order mark but is not {label}: {e}"
                ) from e
            if _has_controls(text):
                raise IngestError(f"{name}: looks like a binary file, not text (control "
                                  f"characters found after decoding it as {label})")
            return text
    sample = data[:65536]
    controls = sum(1 for b in sample if b in _CONTROL)
    if b"\x00" in sample:
        text = _wide_without_bom(data)
        if text is not None:
            return text
    if b"\x00" in sample or controls > max(8, len(sample) // 100):
        raise IngestError(f"{name}: looks like a binary file, not text (control bytes found)")
    return _decode_multibyte(data, name)


def _has_controls(text: str) -> bool:
    """A NUL, or more than 1 % control characters (at least 9), in the first 64 Ki characters."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch in _CONTROL_CHARS)
    return "\x00" in sample or controls > max(8, len(sample) // 100)


def _wide_without_bom(data: bytes) -> str | None:
    """``data`` as UTF-16 or UTF-32 without a byte-order mark, if it decodes as plain text."""
    for encoding in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not any(ch in _CONTROL_CHARS for ch in text):
            score, wide = plausibility(text)
            if (wide and score >= _PLAUSIBLE) or text.isascii():
                return text
    return None


def plausibility(text: str) -> tuple[float, int]:
    """Share of the non-ASCII, non-space characters of ``text`` that are common Chinese
    characters or Chinese punctuation, and how many such characters there are."""
    wide = [ch for ch in text if ord(ch) > 127 and not ch.isspace()]
    if not wide:
        return 0.0, 0
    good = sum(1 for ch in wide if ch in COMMON_CHARS or ch in _PUNCTUATION)
    return good / len(wide), len(wide)


def _decode_multibyte(data: bytes, name: str) -> str:
    """UTF-8 first; else GB18030 or Big5 when nothing before the first bad byte shows UTF-8.

    GB18030 accepts most byte strings, so a damaged or truncated UTF-8 file (or one with a UTF-8
    byte-order mark) would otherwise come back as mojibake instead of an error. It also accepts
    most Big5 files, so both are decoded strictly and the more plausible text is kept.
    """
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[start:].decode("utf-8")
    except UnicodeDecodeError as e:
        offset = start + e.start
    where = f"byte 0x{data[offset]:02x} at offset {offset}"
    if start or sum(1 for b in data[:offset] if b >= 0xC0) >= _UTF8_EVIDENCE:
        raise IngestError(f"{name}: is UTF-8 but {where} is not valid UTF-8 (damaged or truncated "
                          "file?); re-save the file as UTF-8")
    gb = _strict(data, "gb18030")
    big5 = _strict(data, "cp950") or _strict(data, "big5hkscs")
    if big5 is not None and (gb is None or plausibility(big5)[0] > plausibility(gb)[0] + _BIG5_MARGIN):
        logger.debug("%s: decoded as Big5", name)
        return big5
    if gb is not None:
        return gb
    raise IngestError(f"{name}: cannot decode as UTF-8 ({where} is invalid) or as GB18030 or "
                      "Big5; re-save the file as UTF-8")


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def read_plain(path: Path) -> str:
    """Read a plain-text file in any of the encodings :func:`decode_bytes` accepts."""
    return decode_bytes(path.read_bytes(), str(path))
