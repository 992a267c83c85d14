"""Writing results: records rendered as jsonl / csv / table, written atomically.

CSV cells that a spreadsheet program would take for a formula are neutralised
(:func:`spreadsheet_safe`). Output goes to a temporary file beside the target and is renamed
into place, so a failure never leaves a half-written file; :class:`StagedFiles` does the same
for files that belong together (a report folder), all or nothing. Rendering is deterministic: same records, same bytes.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from comparer.errors import ComparerError
from comparer.options import OutputFormat

if TYPE_CHECKING:
    import pandas as pd

#: What a spreadsheet program may take for the start of a formula (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\Z")


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    The file gets the permissions a plain ``open(path, "w")`` would give it (``0o666`` less the
    umask), not the private ``0o600`` of the temporary file.
    """
    with StagedFiles() as files:
        return files.write(path, data)


class StagedFiles:
    """Files that are written together or not at all (a context manager).

    :meth:`write` puts each file in a temporary file beside its target. On leaving the block
    without an error, every staged file is renamed into place; on an error, the staged files
    are removed and the targets are left as they were. A target that is a folder is refused
    before anything is renamed, so a report folder never ends up half old and half new.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, str]] = []

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None:
            self._discard()
            return
        try:
            for target, _ in self._staged:
                if target.is_dir():
                    raise ComparerError(f"{target}: cannot write output: it is a folder")
            while self._staged:
                target, tmp = self._staged[0]
                try:
                    os.replace(tmp, target)
                except OSError as e:
                    raise ComparerError(f"{target}: cannot write output: {e}") from e
                self._staged.pop(0)
        finally:
            self._discard()

    def write(self, path: str | Path, data: str | bytes) -> Path:
        """Stage ``data`` for ``path`` (renamed into place when the block ends); returns ``path``."""
        target = Path(path)
        payload = data.encode("utf-8") if isinstance(data, str) else data
        tmp: str | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            self._staged.append((target, tmp))
            with os.fdopen(fd, "wb") as f:
                f.write(payload)
            os.chmod(tmp, 0o666 & ~_umask())
        except OSError as e:
            raise ComparerError(f"{target}: cannot write output: {e}") from e
        return target

    def _discard(self) -> None:
        for _, tmp in self._staged:
            Path(tmp).unlink(missing_ok=True)
        self._staged.clear()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "、".join(map(str, value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def render(records: Sequence[dict[str, Any]], fmt: OutputFormat | str,
           columns: Sequence[str] | None = None, width: int | None = None,
           headers: dict[str, str] | None = None) -> str:
    """Render records as jsonl (one JSON object a line), csv, or a table for people.

    The table (:func:`text_table`) has Chinese headers and labels, wraps long text and measures
    CJK width; it is ``width`` columns wide, by default the terminal's (``$COLUMNS``), else 120;
    ``headers`` name columns the shared labels do not (a document id → its place and year).
    """
    fmt = OutputFormat(fmt)
    if fmt is OutputFormat.JSONL:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt is OutputFormat.TABLE:
        return text_table(records, columns, width, headers)
    import pandas as pd

    frame = pd.DataFrame([{k: _cell(v) for k, v in r.items()} for r in records], columns=columns)
    return frame_csv(frame)


#: Columns of running text: they share most of the table's spare width and wrap; other text
#: columns (units, deadlines) wrap in a narrower share; ids, numbers and labels do not wrap.
_LONG = {"text", "text_a", "text_b", "text_old", "text_new", "candidate_text", "references", "item",
         "changes", "reasons", "title", "draft", "reference_text"}
_NO_WRAP = {"doc_id", "clause_id", "kind", "status", "support", "score", "candidate_clause",
            "candidate_score", "clause_a", "clause_b", "doc_a", "doc_b", "clause_old",
            "clause_new", "group", "year", "start", "end"}


def text_table(records: Sequence[dict[str, Any]], columns: Sequence[str] | None = None,
               width: int | None = None, headers: dict[str, str] | None = None) -> str:
    """Records as a plain-text table (rich): Chinese headers (:data:`comparer.labels.COLUMNS`),
    statuses and kinds as Chinese labels, long text wrapped rather than cut; CJK characters
    count two columns, so the columns line up in a terminal."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from comparer.labels import COLUMNS, readable

    if not records:
        return "(no rows)\n"
    columns = list(columns or records[0])
    table = Table(box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False, expand=True)
    for col in columns:
        fixed = col in _NO_WRAP
        table.add_column((headers or {}).get(col) or COLUMNS.get(col, col), overflow="fold", no_wrap=fixed,
                         ratio=None if fixed else 4 if col in _LONG else 1,
                         min_width=None if fixed else 14 if col == "item" else 8)
    for r in records:
        table.add_row(*(Text(_table_cell(readable(c, r.get(c)))) for c in columns))
    width = width or shutil.get_terminal_size((120, 24)).columns
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False,
                      emoji=False, markup=False, legacy_windows=False)
    console.print(table)
    return "\n".join(line.rstrip() for line in console.file.getvalue().splitlines()).strip("\n") + "\n"


def frame_csv(frame: pd.DataFrame) -> str:
    """``frame`` as spreadsheet-safe CSV text (no index, ``\\n`` line ends).

    Every text cell goes through :func:`spreadsheet_safe`, so a spreadsheet program that opens
    the file shows the text and evaluates no formula.
    """
    import pandas as pd

    safe = frame.copy()
    for col in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[col]):  # object, or pandas 3's str
            safe[col] = safe[col].map(spreadsheet_safe)
    buf = io.StringIO()
    safe.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


def spreadsheet_safe(value: Any) -> Any:
    """``value`` with a ``'`` in front when a spreadsheet would read it as a formula.

    OWASP's CSV-injection guidance: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return is prefixed with a single quote, so that the spreadsheet shows it as text
    instead of evaluating it. A negative number (``-3``, ``-0.25``) is left as it is, and so
    are other values.

    Examples
    --------
    >>> spreadsheet_safe("=1+1加强学习")
    "'=1+1加强学习"
    >>> spreadsheet_safe("-3"), spreadsheet_safe("依法行政")
    ('-3', '依法行政')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def _table_cell(value: Any) -> str:
    """A table cell's text: nothing for None or NaN, lists joined with 、, numbers as written."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(_cell(value))
