"""Plain-text files: UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM."""

from __future__ import annotations

import codecs
from pathlib import Path

from comparer.errors import IngestError

# Control characters other than tab, newline, carriage return and form feed are not text.
_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)}
# Multi-byte UTF-8 characters before a bad byte that show a file is UTF-8, not GB18030.
_UTF8_EVIDENCE = 4


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode ``data`` as UTF-8, UTF-16 (BOM) or GB18030, refusing binary data.

    Raises
    ------
    IngestError
        The bytes are binary (NUL or many control bytes) or fit none of the encodings.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise IngestError(f"{name}: has a UTF-16 byte-order mark but is not UTF-16: {e}") from e
    sample = data[:65536]
    controls = sum(1 for b in sample if b in _CONTROL)
    if b"\x00" in sample or controls > max(8, len(sample) // 100):
        raise IngestError(f"{name}: looks like a binary file, not text (control bytes found)")
    return _decode_utf8_or_gb18030(data, name)


def _decode_utf8_or_gb18030(data: bytes, name: str) -> str:
    """UTF-8 first; GB18030 only when nothing before the first bad byte shows the file is UTF-8.

    GB18030 accepts most byte strings, so a damaged or truncated UTF-8 file (or one with a UTF-8
    byte-order mark) would otherwise come back as mojibake instead of an error.
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
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise IngestError(f"{name}: cannot decode as UTF-8 ({where} is invalid) or as GB18030; "
                          "re-save the file as UTF-8") from None


def read_plain(path: Path) -> str:
    """Read a plain-text file in any of the encodings :func:`decode_bytes` accepts."""
    return decode_bytes(path.read_bytes(), str(path))
