"""Plain-text files: UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM."""

from __future__ import annotations

from pathlib import Path

from comparer.errors import IngestError

# Control characters other than tab, newline, carriage return and form feed are not text.
_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)}


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
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise IngestError(
        f"{name}: cannot decode as UTF-8 or GB18030; re-save the file as UTF-8"
    )


def read_plain(path: Path) -> str:
    """Read a plain-text file in any of the encodings :func:`decode_bytes` accepts."""
    return decode_bytes(path.read_bytes(), str(path))
