"""The public API: what ``import comparer`` offers is pinned here, so a change to it is deliberate."""

from __future__ import annotations

import comparer

PUBLIC = {
    # data model and errors
    "Clause", "ClauseKind", "Document", "Heading", "Segmentation", "Span", "SpanKind",
    "ComparerError", "EmbedderError", "IngestError", "ManifestError", "OptionError", "SegmentError",
    # the stages: ingest → segment → embed → align → changes/check → report
    "Corpus", "load_corpus", "read_document", "segment", "make_embedder", "Alignment", "align",
    "changes", "check", "Report", "summarize", "build_report",
}


def test_all_is_the_public_api() -> None:
    assert set(comparer.__all__) == PUBLIC
    assert len(comparer.__all__) == len(PUBLIC)  # no duplicates


def test_every_exported_member_exists_and_is_documented() -> None:
    for name in comparer.__all__:
        member = getattr(comparer, name)
        assert member.__doc__ and member.__doc__.strip(), f"comparer.{name} has no docstring"
        assert member.__module__.startswith("comparer."), name


def test_functions_and_submodules_do_not_clash_for_importers() -> None:
    # comparer.align is the function; the module stays importable for its other names
    from comparer.align import DEFAULT_THRESHOLD, align

    assert align is comparer.align
    assert 0 < DEFAULT_THRESHOLD < 1
