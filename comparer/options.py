"""Choices and defaults shared by the library and the CLI, in a module that imports nothing heavy
(the CLI reads them to build ``--help`` without loading pandas or scikit-learn)."""

from __future__ import annotations

from enum import Enum

#: Lowest cosine similarity of an aligned pair, and how many best matches a pair may be among.
DEFAULT_THRESHOLD = 0.12
DEFAULT_TOP_K = 2
#: Corpora of at most this many documents show every document pair side by side (10 → 45 pairs).
ALL_PAIRS_MAX_DOCS = 10


class EmbedderName(str, Enum):
    """Embedders available to the library and the CLI."""

    TFIDF = "tfidf"
    SENTENCE_TRANSFORMERS = "sentence-transformers"
    HYBRID = "hybrid"


class OutputFormat(str, Enum):
    """Formats of tabular output shared by the CLI and the library."""

    TABLE = "table"
    CSV = "csv"
    JSONL = "jsonl"


class CheckFormat(str, Enum):
    """Output formats of the check (the tabular ones plus Excel and a Word 对照表)."""

    TABLE = "table"
    CSV = "csv"
    JSONL = "jsonl"
    XLSX = "xlsx"
    DOCX = "docx"
