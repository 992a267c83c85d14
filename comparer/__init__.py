"""comparer: compare Chinese local-government policy documents clause by clause.

    >>> import comparer
    >>> corpus = comparer.load_corpus("corpora/")          # doctest: +SKIP
    >>> corpus.clauses.head()                               # doctest: +SKIP
"""

from comparer import _logging  # noqa: F401  (NullHandler on the package logger)
from comparer.corpus import Corpus, load_corpus, read_document
from comparer.errors import ComparerError, EmbedderError, IngestError, ManifestError, OptionError
from comparer.model import Clause, ClauseKind, Document, Heading, Segmentation, Span, SpanKind
from comparer.segment import segment
from comparer.changes import changes
from comparer.check import check

__version__ = "0.1.0"

__all__ = [
    "Clause",
    "ClauseKind",
    "ComparerError",
    "Corpus",
    "Document",
    "EmbedderError",
    "Heading",
    "IngestError",
    "ManifestError",
    "OptionError",
    "Segmentation",
    "Span",
    "SpanKind",
    "changes",
    "check",
    "load_corpus",
    "read_document",
    "segment",
]
