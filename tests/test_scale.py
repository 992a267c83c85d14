"""The corpus-wide kNN path (large corpora): bounded blocks, same answers as the pairwise path
where they should agree, deterministic. Run on the real seeds."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import comparer
from comparer.align import KNN_MIN_DOCS, embed_clauses, group_corpus, knn_pairs, nearest_neighbours, similarity


@pytest.fixture(scope="module")
def vectors(corpus: comparer.Corpus):
    return embed_clauses(corpus)


def _catalogue(text: str) -> bool:
    """A clause on the yearly catalogue of major administrative decisions (决策 … 目录)."""
    return "决策" in text and "目录" in text


def test_knn_neighbours_are_in_other_documents_and_best_first(vectors):
    nbrs, scores = nearest_neighbours(vectors, k=5, threshold=0.0)
    docs = np.array([c.doc_id for c in vectors.clauses])
    found = nbrs >= 0
    rows = np.repeat(np.arange(len(nbrs)), nbrs.shape[1]).reshape(nbrs.shape)
    assert found.all()  # with threshold 0 every clause has 5 neighbours in 4 other documents
    assert not (docs[rows[found]] == docs[nbrs[found]]).any()
    assert (np.diff(scores, axis=1) <= 1e-6).all()


def test_knn_block_size_does_not_change_the_answer(vectors):
    small = nearest_neighbours(vectors, k=4, block=7)
    large = nearest_neighbours(vectors, k=4, block=100_000)
    assert np.array_equal(small[0], large[0])
    assert np.allclose(small[1], large[1])


def test_knn_top1_matches_a_brute_force_search(vectors):
    nbrs, scores = nearest_neighbours(vectors, k=1, threshold=0.0)
    all_rows = np.arange(len(vectors.clauses))
    for doc, ix in list(vectors.by_doc.items())[:2]:
        others = np.setdiff1d(all_rows, ix)
        s = similarity(vectors, ix, others)
        assert np.allclose(s.max(axis=1), scores[ix, 0], atol=1e-5)


def test_knn_pairs_contain_each_documents_pairwise_top1(corpus, vectors):
    # every clause's single best partner corpus-wide is also a pairwise top-k pair
    pairs = {(p.a.clause_id, p.b.clause_id) for p in knn_pairs(vectors, k=10)}
    pairwise = comparer.align(corpus, method="pairwise")
    strong = [(p.a.clause_id, p.b.clause_id) for p in pairwise.pairs if p.score >= 0.3]
    assert strong
    assert sum(key in pairs or key[::-1] in pairs for key in strong) / len(strong) > 0.95


def test_knn_method_is_deterministic_and_groups_the_decision_catalogue(corpus):
    first = comparer.align(corpus, method="knn")
    second = comparer.align(corpus, method="knn")
    assert first.records() == second.records()
    assert first.coverage().equals(second.coverage())
    catalogue = [g for g in first.groups if any(_catalogue(c.text) for c in g)]
    assert max(len({c.doc_id for c in g}) for g in catalogue) >= 4


#: Obligations of the kind the seeds state, in words of their own: the synthetic plans below
#: each take three of them.
DUTIES = (
    "严格执行重大行政决策法定程序，决策前开展合法性审查。",
    "全面推行行政执法公示制度，执法结果七日内公开。",
    "行政机关负责人出庭应诉率保持在百分之九十以上。",
    "每季度组织一次领导干部学法活动。",
    "清理不符合法律法规的规范性文件，年底前公布清理结果。",
    "健全行政复议案件审理机制，提高办案质量。",
    "推进政务公开标准化建设，主动公开政府信息。",
    "开展证明事项清理，取消没有法律依据的证明材料。",
    "加强基层司法所建设，配齐配强工作人员。",
    "落实谁执法谁普法责任制，组织普法宣传进社区。",
    "完善突发事件应急预案，每年开展应急演练。",
)


def _plans(n: int) -> comparer.Corpus:
    """``n`` small plans, each three items of :data:`DUTIES` (a different three for each)."""
    from comparer.model import Document

    docs = []
    for i in range(n):
        items = [DUTIES[(i + j * (1 + i % 4)) % len(DUTIES)] for j in range(3)]
        text = f"第{i + 1}县2025年法治政府建设工作要点\n" + "".join(
            f"{'一二三'[j]}、工作任务\n（一）任务{j + 1}。{duty}\n" for j, duty in enumerate(items))
        docs.append(comparer.segment(Document(f"plan-{i:02d}", text, jurisdiction=f"第{i + 1}县", year=2025)))
    return comparer.Corpus(tuple(docs))


def test_auto_method_is_the_model_up_to_the_limit_and_knn_above():
    from comparer.align import Method, resolve_method
    from comparer.embed import HybridEmbedder, TfidfEmbedder

    tfidf, other = TfidfEmbedder(), HybridEmbedder("some/model")
    assert resolve_method("auto", KNN_MIN_DOCS, tfidf) is Method.MODEL
    assert resolve_method("auto", KNN_MIN_DOCS, other) is Method.PAIRWISE
    assert resolve_method("auto", KNN_MIN_DOCS + 1, tfidf) is Method.KNN
    assert resolve_method("auto", KNN_MIN_DOCS + 1, other) is Method.KNN
    assert resolve_method("auto", 5, object()) is Method.PAIRWISE  # another embedder: the cosine rule
    assert resolve_method("pairwise", 1000, tfidf) is Method.PAIRWISE  # an explicit method is kept
    with pytest.raises(comparer.OptionError, match="method must be one of auto, model, pairwise, knn"):
        comparer.align(_plans(2), method="annoy")


def test_auto_method_switches_to_knn_above_the_document_limit():
    """51 plans (one above the limit): ``align`` takes the corpus-wide nearest-neighbour search,
    stage for stage, and gives exactly its answer."""
    assert KNN_MIN_DOCS == 50
    plans = _plans(KNN_MIN_DOCS + 1)
    stages: list[str] = []
    auto = comparer.align(plans, sentence=False,
                          progress=lambda label="", n=1, total=None: total is not None and stages.append(label))
    assert stages == ["embedding clauses", "nearest neighbours"]
    assert auto.method != "model" and not auto.possible
    knn = group_corpus(plans)
    assert auto.records() == knn.records() and auto.records()
    assert auto.coverage().equals(knn.coverage())


def test_auto_method_on_the_seeds_is_the_matching_model(corpus, alignment):
    assert len(corpus) <= KNN_MIN_DOCS and alignment.method == "model"


def test_probes_are_each_documents_best_match_in_other_documents(vectors):
    nbrs, scores = nearest_neighbours(vectors, k=2, threshold=0.0, probes=2)
    assert nbrs.shape == (len(vectors.clauses), 4)
    docs = np.array([c.doc_id for c in vectors.clauses])
    for i in range(0, len(nbrs), 17):
        probed = [c for c in nbrs[i, 2:] if c >= 0]
        assert len({docs[c] for c in probed}) == len(probed) == 2  # two different documents
        for c in probed:
            assert docs[c] != docs[i]
            best = similarity(vectors, np.array([i]), vectors.by_doc[docs[c]]).max()
            assert np.isclose(scores[i, 2 + list(nbrs[i, 2:]).index(c)], best, atol=1e-5)


def test_probes_do_not_depend_on_the_block_size(vectors):
    small = nearest_neighbours(vectors, k=3, block=7, probes=2)
    large = nearest_neighbours(vectors, k=3, block=100_000, probes=2)
    assert np.array_equal(small[0], large[0]) and np.allclose(small[1], large[1])


def _copies(folder: Path, source: Path, n: int) -> list[Path]:
    """``n`` copies of ``source`` under distinct names (one file named twice is read once)."""
    out = []
    for i in range(n):
        out.append(folder / f"{source.stem}-copy{i:02d}{source.suffix}")
        shutil.copy(source, out[-1])
    return out


def test_probes_join_families_of_near_copies(tmp_path):
    """12 copies of 巴州 2024 and 12 of 阿拉善左旗 2024: every clause's 10 nearest neighbours are
    its own copies, so without probes no group crosses the two families; with them the decision
    catalogue (both plans state it) is one group across all 24 documents."""
    from tests.conftest import CORPORA

    family = comparer.load_corpus(_copies(tmp_path, CORPORA / "bazhou-2024.txt", 12)
                                  + _copies(tmp_path, CORPORA / "alxa-2024.txt", 12))
    for probes, spans_both in ((0, False), (5, True)):
        result = group_corpus(family, probes=probes)
        catalogue = [g for g in result.groups if any(_catalogue(c.text) for c in g)]
        widest = max(len({c.doc_id for c in g}) for g in catalogue)
        assert (widest == 24) is spans_both and widest >= 12


def test_conflicts_let_a_plan_with_a_copied_in_item_join_two_families(tmp_path):
    """10 copies of 巴州 2024, 10 of 阿拉善左旗 2024 and one plan that states both texts: its two
    decision-catalogue clauses sit in different items, which alone keeps the families' catalogue
    groups apart unless a few such plans are tolerated (the kNN default)."""
    from tests.conftest import CORPORA

    bazhou, alxa = CORPORA / "bazhou-2024.txt", CORPORA / "alxa-2024.txt"
    mixed = tmp_path / "mixed.txt"
    mixed.write_text(bazhou.read_text(encoding="utf-8") + "\n" + alxa.read_text(encoding="utf-8"),
                     encoding="utf-8")
    corpus = comparer.load_corpus(_copies(tmp_path, bazhou, 10) + _copies(tmp_path, alxa, 10) + [mixed])
    for conflicts, widest in ((0.0, 11), (None, 21)):
        result = group_corpus(corpus) if conflicts is None else group_corpus(corpus, conflicts=conflicts)
        catalogue = [g for g in result.groups if any(_catalogue(c.text) for c in g)]
        assert max(len({c.doc_id for c in g}) for g in catalogue) == widest


def test_knn_path_is_byte_identical_across_processes():
    """The kNN path (probes drawn from a seeded generator, conflict-tolerant grouping) gives the
    same pairs and groups in two interpreters with different string-hash seeds."""
    import os
    import subprocess
    import sys

    from tests.conftest import CORPORA, ROOT

    code = ("import hashlib, json, comparer\n"
            f"a = comparer.align(comparer.load_corpus({str(CORPORA)!r}), method='knn')\n"
            "rows = [a.records(), a.coverage().to_dict('records')]\n"
            "print(hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest())\n")
    digests = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True,
                              text=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    assert len(digests) == 1 and len(next(iter(digests)).strip()) == 64
