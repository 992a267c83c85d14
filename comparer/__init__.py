"""comparer: compare Chinese local-government policy documents clause by clause.

    >>> import comparer
    >>> corpus = comparer.load_corpus("corpora/")          # doctest: +SKIP
    >>> corpus.clauses.head()                               # doctest: +SKIP
    >>> alignment = comparer.align(corpus)                  # doctest: +SKIP
    >>> alignment.coverage()                                # doctest: +SKIP
    >>> comparer.build_report(corpus, "report/")            # doctest: +SKIP
"""

from comparer import _logging  # noqa: F401  (NullHandler on the package logger)
from comparer.corpus import Corpus, load_corpus, read_document
from comparer.errors import ComparerError, EmbedderError, IngestError, ManifestError, OptionError
from comparer.model import Clause, ClauseKind, Document, Heading, Segmentation, Span, SpanKind
from comparer.segment import segment
from comparer.embed import make_embedder
from comparer.align import Alignment, align
from comparer.changes import changes
from comparer.check import check
from comparer.report import Report, build_report, summarize

__version__ = "0.1.0"

__all__ = [
    "Alignment",
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
    "Report",
    "Segmentation",
    "Span",
    "SpanKind",
    "align",
    "build_report",
    "changes",
    "check",
    "load_corpus",
    "make_embedder",
    "read_document",
    "segment",
    "summarize",
]
