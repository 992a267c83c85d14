"""Shared fixtures: the real seed corpus, its alignment and its report, each built once per session.

Tests that only read these share them (``align(corpus)`` with the matching model and the e5
features is the most expensive call of the suite); a test that needs another alignment (other
options, another corpus) builds its own. Nothing here writes outside pytest's temporary folders.
"""

from __future__ import annotations

import logging
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


@pytest.fixture(autouse=True)
def comparer_logger_restored():
    """The package logger as it was before each test: a command run in this process (typer's
    CliRunner) sets a handler on the stream it captured, closed after the test; a later test's
    warning would go to that closed stream and print a logging error into its own stderr."""
    logger = logging.getLogger("comparer")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


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


# Four small plans of four counties, written for the fast tests of the matching model and the
# drafter's check (tests/test_match_small.py, tests/test_check_small.py: the mutation subsets).
# 学法, 执法公示, 行政复议 and 合法性审查 are stated by all four, in their own words; each plan
# has one item of its own (司法所, 证明事项, 普法, 政务诚信). 丁县 asks for fewer 学法 sessions
# (2 a year against 4) and says 应当 where the others say 必须 for the 合法性审查.
SMALL_PLANS = {
    "jia": ("甲县2025年法治政府建设工作要点\n一、推进依法行政\n"
            "（一）学法用法。每年组织领导干部集中学法不少于4次。\n"
            "（二）执法公示。全面推行行政执法公示制度，执法结果按时向社会公开。\n"
            "（三）行政复议。健全行政复议案件审理机制，提高办案质量。\n"
            "（四）决策审查。重大行政决策出台前必须经过合法性审查。\n"
            "（五）基层建设。加强基层司法所规范化建设，配齐工作人员。\n"),
    "yi": ("乙县2025年法治政府建设工作要点\n一、依法履职\n"
           "（一）领导干部学法。县政府常务会议每年集中学法不少于4次。\n"
           "（二）执法公示。落实行政执法公示制度，执法结果依法向社会公开。\n"
           "（三）复议审理。完善行政复议案件审理机制，提升办案质量。\n"
           "（四）合法性审查。重大行政决策提交审议前必须经过合法性审查。\n"
           "（五）证明清理。开展证明事项清理，取消没有法律依据的证明材料。\n"),
    "bing": ("丙县2025年法治政府建设工作要点\n一、法治建设\n"
             "（一）学法制度。坚持领导干部集中学法，每年不少于4次。\n"
             "（二）执法三项制度。推行行政执法公示制度，执法结果按时向社会公开。\n"
             "（三）复议体制。健全行政复议案件审理机制，提高复议办案质量。\n"
             "（四）审查机制。重大行政决策作出前必须进行合法性审查。\n"
             "（五）普法宣传。落实谁执法谁普法责任制，开展宪法进社区活动。\n"),
    "ding": ("丁县2026年法治政府建设工作要点\n一、依法行政\n"
             "（一）学法用法。每年组织领导干部集中学法不少于2次。\n"
             "（二）执法公示。全面推行行政执法公示制度，执法结果按时向社会公开。\n"
             "（三）行政复议。健全行政复议案件审理机制，提高办案质量。\n"
             "（四）决策审查。重大行政决策出台前应当经过合法性审查。\n"
             "（五）信用建设。建立政务诚信档案，推进政府守信践诺。\n"),
}


def small_corpus(*doc_ids: str, **texts: str) -> comparer.Corpus:
    """The small plans ``doc_ids`` (default: all four) segmented, in that order; ``texts``
    replaces a plan's text (``ding=...``) or adds a document."""
    from comparer.model import Document

    plans = {**SMALL_PLANS, **texts}
    return comparer.Corpus(tuple(comparer.segment(Document(d, plans[d]))
                                 for d in (doc_ids or tuple(plans))))
