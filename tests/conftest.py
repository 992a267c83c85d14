"""Shared fixtures: the real seed corpus, its alignment and its report, each built once per session.

Tests that only read these share them (``align(corpus)`` with the matching model and the e5
features is the most expensive call of the suite); a test that needs another alignment (other
options, another corpus) builds its own. Nothing here writes outside pytest's temporary folders.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import comparer
from comparer.align import Alignment

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


@pytest.fixture(scope="session", autouse=True)
def report_cache_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report cache of this session (``$COMPARER_REPORT_CACHE``, also for the CLI processes
    the tests start): a temporary folder instead of the user's, so that the tests write no report
    there and a report is served from the cache only for inputs seen in this session. The e5
    vectors stay in the user's embedding cache, where they are warm."""
    root = tmp_path_factory.mktemp("report-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMPARER_REPORT_CACHE", str(root))
        yield root


@pytest.fixture(scope="session")
def corpus() -> comparer.Corpus:
    return comparer.load_corpus(CORPORA)


@pytest.fixture(scope="session")
def seg(corpus: comparer.Corpus):
    """Segmentation of a seed by id: ``seg("bazhou-2024")``."""
    return corpus.segmentation


@pytest.fixture(scope="session")
def alignment(corpus: comparer.Corpus) -> Alignment:
    """``comparer.align(corpus)`` with the defaults (the matching model), computed once."""
    return comparer.align(corpus)


@pytest.fixture(scope="session")
def report_dir(corpus: comparer.Corpus, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report folder of the seed corpus (``build_report(corpus, out)``), written once."""
    from comparer.report import build_report

    out = tmp_path_factory.mktemp("report")
    build_report(corpus, out)
    return out


@pytest.fixture(scope="session")
def bazhou_changes(alignment: Alignment):
    """``comparer.changes(corpus, "bazhou-2024", "bazhou-2026")`` (the whole corpus aligned, as
    the CLI and the report do), computed once from the shared alignment."""
    return comparer.changes(alignment, "bazhou-2024", "bazhou-2026")


def seed_text(doc_id: str) -> str:
    return (CORPORA / f"{doc_id}.txt").read_text(encoding="utf-8")
