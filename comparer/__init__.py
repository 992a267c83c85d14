"""comparer: compare Chinese local-government policy documents clause by clause.

    >>> import comparer
    >>> corpus = comparer.load_corpus("corpora/")          # doctest: +SKIP
    >>> corpus.clauses.head()                               # doctest: +SKIP
    >>> alignment = comparer.align(corpus)                  # doctest: +SKIP
    >>> alignment.coverage()                                # doctest: +SKIP
    >>> comparer.build_report(corpus, "report/")            # doctest: +SKIP

The names below load their module on first use (PEP 562 ``__getattr__``), so ``import comparer``
and the ``comparer`` command's ``--help`` do not pay for pandas and scikit-learn.
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING, Any

from comparer import _logging  # noqa: F401  (NullHandler on the package logger)
from comparer.errors import ComparerError, EmbedderError, IngestError, ManifestError, OptionError, SegmentError

if TYPE_CHECKING:  # for type checkers and IDEs; at run time __getattr__ loads them
    from comparer.align import Alignment, align
    from comparer.changes import changes
    from comparer.check import check
    from comparer.corpus import Corpus, load_corpus, read_document
    from comparer.embed import make_embedder
    from comparer.model import Clause, ClauseKind, Document, Heading, Segmentation, Span, SpanKind
    from comparer.report import Report, build_report, summarize
    from comparer.segment import segment

__version__ = "0.1.0"

#: Public name → the module that defines it.
_LAZY = {
    **dict.fromkeys(("Corpus", "load_corpus", "read_document"), "comparer.corpus"),
    **dict.fromkeys(("Clause", "ClauseKind", "Document", "Heading", "Segmentation", "Span",
                     "SpanKind"), "comparer.model"),
    "segment": "comparer.segment", "make_embedder": "comparer.embed",
    "Alignment": "comparer.align", "align": "comparer.align", "changes": "comparer.changes",
    "check": "comparer.check",
    **dict.fromkeys(("Report", "build_report", "summarize"), "comparer.report"),
}

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
    "SegmentError",
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


def __getattr__(name: str) -> Any:
    """Load a public name's module on first use and keep the name here.

    ``comparer.align`` is the function even once the submodule ``comparer.align`` is imported
    (importing a submodule sets the package attribute to the module; the function replaces it).
    """
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'comparer' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The package module: when a submodule named like its public function (``align``,
    ``changes``, ``check``, ``segment``) is imported, the import system sets the package's
    attribute to the module; keep the function there instead, as the eager imports did."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _LAZY.get(name) == value.__name__:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
