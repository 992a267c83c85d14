"""Ingestion: files in any supported format become normalised :class:`~comparer.model.Document` text.

A reader turns one file into plain text, one paragraph a line; tables are flattened to the
tab-indented layout of a Word table pasted as text (each cell a line ``\\t<cell>``, a blank line
between rows), which :mod:`comparer.segment` reads as a table. Readers are registered by file
suffix in :data:`READERS`; adding a format is adding a function there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from comparer.errors import IngestError
from comparer.ingest.normalize import normalize_text
from comparer.ingest.text import read_plain

logger = logging.getLogger(__name__)

Reader = Callable[[Path], str]

#: The largest file comparer reads, in bytes (a plan is rarely over 1 MB).
MAX_BYTES = 16 * 1024 * 1024


def _read_docx(path: Path) -> str:
    from comparer.ingest.docx import read_docx

    return read_docx(path)


def _read_pdf(path: Path) -> str:
    from comparer.ingest.pdf import read_pdf

    return read_pdf(path)


def _read_html(path: Path) -> str:
    from comparer.ingest.html import read_html

    return read_html(path)


READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_plain,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
    ".html": _read_html,
    ".htm": _read_html,
}


def supported_suffixes() -> tuple[str, ...]:
    """File suffixes comparer can read, sorted."""
    return tuple(sorted(READERS))


def read_text(path: str | Path) -> tuple[str, str]:
    """Read ``path`` with the reader for its suffix and return ``(normalised_text, format)``.

    Raises
    ------
    IngestError
        The file is missing, too large, empty, of an unknown kind or unreadable.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in READERS:
        raise IngestError(
            f"{p}: unknown file type {suffix or '(no extension)'!r}; "
            f"expected one of {', '.join(supported_suffixes())}"
        )
    if not p.is_file():
        raise IngestError(f"{p}: no such file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise IngestError(
            f"{p}: file is {size / 2**20:.1f} MiB, larger than the {MAX_BYTES // 2**20} MiB limit "
            "for one document; split it or check that it is the right file"
        )
    if size == 0:
        raise IngestError(f"{p}: file is empty")
    try:
        raw = READERS[suffix](p)
    except IngestError:
        raise
    except Exception as e:  # a third-party reader failed on a corrupt file
        raise IngestError(f"{p}: cannot read as {suffix[1:]}: {type(e).__name__}: {e}") from e
    text = normalize_text(raw)
    if not text.strip():
        raise IngestError(f"{p}: no text found in the file")
    logger.debug("read %s (%d characters)", p, len(text))
    return text, suffix[1:]
