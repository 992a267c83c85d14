"""Loading a corpus from files and folders: each file once, each document its own id."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

import comparer
from tests.conftest import CORPORA


def test_corpus_same_file_given_twice_is_read_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="comparer"):
        corpus = comparer.load_corpus([CORPORA, CORPORA / "bazhou-2024.txt"])
    ids = [d.doc_id for d in corpus.documents]
    assert ids == [d.doc_id for d in comparer.load_corpus(CORPORA).documents]
    assert "bazhou-2024-2" not in ids
    assert any("given twice" in r.getMessage() for r in caplog.records)


def test_corpus_two_files_with_one_name_get_two_ids(tmp_path: Path) -> None:
    other = tmp_path / "copy" / "bazhou-2024.txt"
    other.parent.mkdir()
    shutil.copy(CORPORA / "bazhou-2024.txt", other)
    corpus = comparer.load_corpus([CORPORA / "bazhou-2024.txt", other])
    assert [d.doc_id for d in corpus.documents] == ["bazhou-2024", "bazhou-2024-2"]


def test_corpus_unknown_id_names_the_ids(corpus: comparer.Corpus) -> None:
    # segmentation("nope") raised a bare StopIteration
    from comparer.corpus import UnknownDocument

    ids = "['bazhou-2026', 'bazhou-2024', 'emin-2025', 'fukang-2021', 'alxa-2024']"
    for lookup in (corpus.segmentation, corpus.document):
        with pytest.raises(UnknownDocument) as info:
            lookup("nope")
        assert str(info.value) == f"no document 'nope'; documents are {ids}"
        assert isinstance(info.value, KeyError) and isinstance(info.value, comparer.OptionError)
    assert corpus.segmentation("emin-2025").document is corpus.document("emin-2025")
