"""Shared fixtures: the real seed corpus, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

import comparer

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


@pytest.fixture(scope="session")
def corpus() -> comparer.Corpus:
    return comparer.load_corpus(CORPORA)


@pytest.fixture(scope="session")
def seg(corpus: comparer.Corpus):
    """Segmentation of a seed by id: ``seg("bazhou-2024")``."""
    return corpus.segmentation


def seed_text(doc_id: str) -> str:
    return (CORPORA / f"{doc_id}.txt").read_text(encoding="utf-8")
