"""The small exception tree of comparer.

Every error a user can cause (a bad file, a bad option) is a :class:`ComparerError`;
the CLI turns it into a one-line message and a non-zero exit code.
"""

from __future__ import annotations


class ComparerError(Exception):
    """Base class of all errors comparer raises on purpose."""


class IngestError(ComparerError):
    """A file could not be read into a document (missing, empty, binary, undecodable...)."""


class ManifestError(ComparerError):
    """The corpus manifest is malformed (duplicate ids, paths outside the corpus...)."""


class SegmentError(ComparerError):
    """A document could not be segmented into clauses."""


class EmbedderError(ComparerError):
    """An embedder could not be built or loaded (unknown name, model not available offline...)."""


class OptionError(ComparerError):
    """An option value is out of range or inconsistent with another option."""
