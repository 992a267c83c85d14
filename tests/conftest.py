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
    """Where in-process ``build_report`` calls keep the report cache: a session folder instead of
    the user's (``COMPARER_CACHE=off`` and an explicit folder still win), so that the tests write
    no report there and a report is served from the cache only for inputs seen in this session.
    The e5 vectors stay in the user's embedding cache, where they are warm."""
    from comparer import results

    root = tmp_path_factory.mktemp("report-cache")
    real = results.cache_root
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(results, "cache_root", lambda cache_dir=None: (
            None if real(cache_dir) is None else Path(cache_dir) if cache_dir is not None else root))
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
