"""A corpus: documents read from files (with an optional manifest) and their clauses.

``corpora/manifest.csv`` gives, per document, ``id, file, jurisdiction, jurisdiction_id,
admin_level, province, parent, year, kind``. Without a manifest, ids are file names and the
rest is inferred from the text (:mod:`comparer.meta`), each document saying what it could not infer.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from comparer.errors import IngestError, ManifestError, OptionError, SegmentError
from comparer.ingest import read_text, supported_suffixes
from comparer.meta import infer_meta
from comparer.model import CLAUSE_COLUMNS, Clause, Document, Segmentation
from comparer.segment import segment

if TYPE_CHECKING:  # pandas loads when a frame is asked for: reading a corpus does not need it
    import pandas as pd

logger = logging.getLogger(__name__)

MANIFEST_NAMES = ("manifest.csv",)
META_FIELDS = ("jurisdiction", "jurisdiction_id", "admin_level", "province", "parent", "year",
               "kind")
_SKIP_NAMES = {"readme.md", "readme.txt", "license", "license.txt"}
_ID = re.compile(r"[^\w.-]+")

#: ``progress(label, n=1, total=None)``: ``n`` more units done (of ``total``, when it is given).
Progress = Callable[..., None]


def _slug(name: str) -> str:
    return _ID.sub("-", name).strip("-").lower() or "doc"


def read_manifest(path: Path) -> list[dict[str, str]]:
    """Read and validate a manifest CSV: required columns, unique ids, files inside the folder."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise ManifestError(f"{path}: cannot read manifest: {e}") from e
    if not rows or not {"id", "file"} <= set(rows[0]):
        raise ManifestError(f"{path}: manifest needs at least the columns 'id' and 'file'")
    root = path.parent.resolve()
    seen: set[str] = set()
    for n, row in enumerate(rows, start=2):
        doc_id, file = (row.get("id") or "").strip(), (row.get("file") or "").strip()
        if not doc_id or not file:
            raise ManifestError(f"{path}: line {n}: empty 'id' or 'file'")
        if doc_id in seen:
            raise ManifestError(f"{path}: line {n}: duplicate document id {doc_id!r}")
        seen.add(doc_id)
        year = (row.get("year") or "").strip()
        if year and not re.fullmatch(r"\d{4}", year):
            raise ManifestError(f"{path}: line {n}: year {year!r} is not a year (write it as 2024)")
        target = (root / file).resolve()
        if root not in target.parents:
            raise ManifestError(f"{path}: line {n}: file {file!r} is outside the corpus folder {root}")
        if not target.is_file():
            raise IngestError(f"{target}: listed in {path.name} (line {n}) but no such file")
    return rows


def read_document(path: str | Path, doc_id: str | None = None,
                  meta: dict[str, str] | None = None) -> Document:
    """Read one file into a :class:`Document`; manifest ``meta`` wins over inference."""
    p = Path(path)
    text, fmt = read_text(p)
    inferred = infer_meta(text)
    fields: dict[str, object] = {}
    for key in ("title", *META_FIELDS):
        given = (meta or {}).get(key)
        if given not in (None, ""):
            fields[key] = int(given) if key == "year" else given
        elif key in inferred:
            fields[key] = inferred[key]
    inferred_keys = tuple(k for k in inferred if k in fields and not (meta or {}).get(k))
    unknown = tuple(k for k in META_FIELDS if k not in fields)
    return Document(doc_id or _slug(p.stem), text, str(p), source_format=fmt,
                    inferred=inferred_keys, unknown=unknown, **fields)  # type: ignore[arg-type]


def _files_in(folder: Path) -> list[Path]:
    suffixes = set(supported_suffixes())
    try:
        return sorted(p for p in folder.iterdir()
                      if p.is_file() and p.suffix.lower() in suffixes and p.name.lower() not in _SKIP_NAMES)
    except OSError as e:
        raise IngestError(f"{folder}: cannot list the folder ({e.strerror or e})") from e


def _entries(paths: Sequence[str | Path]) -> list[tuple[Path, str | None, dict[str, str] | None]]:
    """Files to read, each with its manifest id and metadata when a manifest lists it."""
    out: list[tuple[Path, str | None, dict[str, str] | None]] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            manifest = next((p / n for n in MANIFEST_NAMES if (p / n).is_file()), None)
            if manifest is not None:
                out += [(p / r["file"].strip(), r["id"].strip(), r) for r in read_manifest(manifest)]
            else:
                out += [(f, None, None) for f in _files_in(p)]
        elif p.exists():
            out.append((p, None, None))
        else:
            raise IngestError(f"{p}: no such file or folder")
    if not out:
        raise IngestError(f"{', '.join(map(str, paths))}: no readable documents found "
                          f"(expected files ending in {', '.join(supported_suffixes())})")
    return _once(out)


def _once(entries: list[tuple[Path, str | None, dict[str, str] | None]]
          ) -> list[tuple[Path, str | None, dict[str, str] | None]]:
    """Each file once: the same file named twice (a folder and a path in it) is one document."""
    seen: dict[Path, Path] = {}
    out = []
    for entry in entries:
        key = entry[0].resolve()
        if key in seen:
            logger.warning("%s: given twice (as %s); read once", entry[0], seen[key])
            continue
        seen[key] = entry[0]
        out.append(entry)
    return out


class UnknownDocument(OptionError, KeyError):
    """A document id that is not among the documents (a :class:`KeyError` too, as a lookup)."""

    def __init__(self, doc_id: str, ids: Sequence[str], where: str = "documents are") -> None:
        super().__init__(f"no document {doc_id!r}; {where} {list(ids)}")
        self.doc_id = doc_id

    def __str__(self) -> str:  # the message, not KeyError's quoted repr of it
        return str(self.args[0])


@dataclass(frozen=True)
class Corpus:
    """Documents and their segmentations, in input order; ``skipped``: the files left out by
    ``load_corpus(..., skip_errors=True)``, each as ``(path, problem)``."""

    segmentations: tuple[Segmentation, ...]
    skipped: tuple[tuple[str, str], ...] = ()

    @property
    def documents(self) -> tuple[Document, ...]:
        return tuple(s.document for s in self.segmentations)

    @cached_property
    def clause_list(self) -> tuple[Clause, ...]:
        return tuple(c for s in self.segmentations for c in s.clauses)

    @property
    def clauses(self) -> pd.DataFrame:
        """One row per clause (see :meth:`Clause.to_row` for the columns)."""
        import pandas as pd

        return pd.DataFrame([c.to_row() for c in self.clause_list], columns=list(CLAUSE_COLUMNS))

    @property
    def documents_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame([d.meta() for d in self.documents])

    def document(self, doc_id: str) -> Document:
        """The document with id ``doc_id``; :class:`UnknownDocument` if there is none."""
        return self.segmentation(doc_id).document

    def segmentation(self, doc_id: str) -> Segmentation:
        """The segmentation of document ``doc_id``; :class:`UnknownDocument` if there is none."""
        for s in self.segmentations:
            if s.document.doc_id == doc_id:
                return s
        raise UnknownDocument(doc_id, [d.doc_id for d in self.documents])

    def __len__(self) -> int:
        return len(self.segmentations)

    def __add__(self, other: Corpus) -> Corpus:
        return Corpus(self.segmentations + other.segmentations, self.skipped + other.skipped)


def _segment(path: Path, doc: Document, ids: dict[str, Path], progress: Progress | None) -> Segmentation:
    """``doc`` segmented, under an id no earlier document of the corpus has; a failure of the
    segmenter on this text is a :class:`SegmentError` naming the file (its cause chained)."""
    if doc.doc_id in ids:
        new_id = _unique(doc.doc_id, ids)
        logger.warning("%s: document id %r already used by %s; using %s",
                       path, doc.doc_id, ids[doc.doc_id], new_id)
        doc = replace(doc, doc_id=new_id)
    if doc.unknown:
        logger.info("%s: could not infer %s", path, ", ".join(doc.unknown))
    try:
        return segment(doc, _within(progress, doc.doc_id) if progress else None)
    except MemoryError:  # the machine's limit, not the text's fault (nor are interrupts)
        raise
    except Exception as e:  # noqa: BLE001 - a bug of comparer's on this text; --debug shows it
        raise SegmentError(f"{path}: could not be segmented ({type(e).__name__}: {e}); "
                           f"this is a bug in comparer, please report it with the file") from e


def load_corpus(paths: str | Path | Iterable[str | Path], progress: Progress | None = None,
                skip_errors: bool = False) -> Corpus:
    """Read files and folders (a folder's ``manifest.csv`` when it has one) into a :class:`Corpus`.

    A file that cannot be read (empty, binary, undecodable, too large…) raises
    :class:`IngestError`, one the segmenter fails on :class:`SegmentError` (naming the file),
    unless ``skip_errors``: then it is left out with a warning and listed in ``Corpus.skipped``.
    Errors in the paths or a manifest always raise, and so does a corpus with no readable
    document left.

    Examples
    --------
    >>> corpus = load_corpus("corpora/")          # doctest: +SKIP
    >>> corpus.clauses.query("kind == 'obligation'").shape  # doctest: +SKIP
    """
    items = [paths] if isinstance(paths, (str, Path)) else list(paths)
    segs: list[Segmentation] = []
    ids: dict[str, Path] = {}
    skipped: list[tuple[str, str]] = []
    entries = _entries(items)
    if progress:
        progress("", 0, total=len(entries))
    for path, doc_id, meta in entries:
        try:
            doc = read_document(path, doc_id, meta)
            seg = _segment(path, doc, ids, progress)
        except (IngestError, SegmentError) as e:
            if not skip_errors:
                raise
            logger.warning("skipped %s", e)
            skipped.append((str(path), str(e)))
            if progress:
                progress(f"{path.name} skipped", 1)
            continue
        ids[seg.document.doc_id] = path
        for note in seg.notes:
            logger.warning("%s: %s", path, note)
        segs.append(seg)
        if progress:
            progress(seg.document.doc_id, 1)
    if not segs:
        raise IngestError(f"no readable document ({len(skipped)} skipped; first: {skipped[0][1]})")
    return Corpus(tuple(segs), tuple(skipped))


def _within(progress: Callable[..., None], doc_id: str) -> Callable[[int, int], None]:
    """A segmenter's ``(done, total)`` report as the label of the corpus progress (no advance)."""
    return lambda done, total: progress(f"{doc_id} {100 * done // max(1, total)}%", 0)


def _unique(doc_id: str, ids: dict[str, Path]) -> str:
    n = 2
    while f"{doc_id}-{n}" in ids:
        n += 1
    return f"{doc_id}-{n}"
