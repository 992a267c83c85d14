"""The drafter's check on small inputs built here: the four small plans of ``tests/conftest.py``
aligned with the lexical features, and hand-made scores and alignments where a function is a
decision on numbers.

These are the mutation subset of ``comparer/check.py`` (``scripts/mutation.sh check``): each test
builds its own input (no session fixture), in a second or two at most. Expectations come from
reading the plans (丁县 states the four shared items, asks for 2 学法 sessions where the others
ask for 4, and says 应当 where the others say 必须), from the definitions in the module's
docstrings, or from properties (deleting a clause makes its item missing and changes no other
item), never from a run.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from comparer.align import Alignment, AlignedPair, align, embed_clauses
from comparer.check import (COLUMNS, STATUSES, CheckItem, CheckResult, _bands, _item_scores, _judge,
                            _ordered, _reference_groups, _scores, _top_words, _weak_reasons, check,
                            check_corpus, flat_record, representative)
from comparer.corpus import Corpus
from comparer.errors import OptionError
from comparer.match import POSSIBLE, PairScores
from comparer.model import Clause, ClauseKind

from tests.conftest import SMALL_PLANS, small_corpus

SHARED = {"学法": "1.1", "执法公示": "2.1", "行政复议": "3.1", "合法性审查": "4.1"}  # items of every plan


def clause(cid: str, text: str = "开展工作。", kind: ClauseKind = ClauseKind.OBLIGATION) -> Clause:
    return Clause(cid.split("/")[0], cid, text, 0, len(text), kind)


# --- statuses from scores -----------------------------------------------------------------------


def test_check_small_status_bands() -> None:
    refs = (clause("a/1"), clause("a/2"), clause("b/1"))
    plan = [clause("p/1", "开展工作。"), clause("p/2", "开展检查。")]
    judge = lambda *s: _judge("事项", "主题", refs, plan, np.array(s), 0.5, 0.2)  # noqa: E731
    present = judge(0.1, 0.6)
    assert (present.status, present.candidate, present.score) == ("present", plan[1], 0.6)
    assert (present.item, present.topic, present.support, present.references) == ("事项", "主题", 2, refs)
    assert judge(0.5, 0.1).status == "present" and judge(0.5, 0.1).candidate == plan[0]
    possible = judge(0.3, 0.1)
    assert (possible.status, possible.candidate, possible.score) == ("possible", plan[0], 0.3)
    assert (possible.item, possible.topic, possible.references) == ("事项", "主题", refs)
    assert judge(np.nextafter(0.5, 0), 0.0).status == "possible" and judge(0.2, 0.0).status == "possible"
    missing = judge(0.0, np.nextafter(0.2, 0))
    assert (missing.status, missing.candidate) == ("missing", plan[1])  # the best candidate is shown
    assert missing.score == np.nextafter(0.2, 0) and missing.topic == "主题" and missing.reasons == ()
    for empty in (_judge("事项", "主题", refs, [], np.array([]), 0.5, 0.2),
                  _judge("事项", "主题", refs, plan, np.array([]), 0.5, 0.2)):
        assert (empty.status, empty.candidate, empty.score, empty.support) == ("missing", None, 0.0, 2)
        assert (empty.item, empty.topic, empty.references) == ("事项", "主题", refs)


def test_check_small_weak_when_the_candidate_asks_for_less() -> None:
    refs = (clause("a/1", "每年组织集中学法不少于4次。"), clause("b/1", "每年组织集中学法不少于6次。"))
    weak = _judge("学法", "学法", refs, [clause("p/1", "每年组织集中学法不少于2次。")], np.array([0.9]), 0.5, 0.2)
    assert weak.status == "weak" and weak.reasons == ("目标 ≥2次 低于参考文件中位数 5次",)
    same = _judge("学法", "学法", refs, [clause("p/1", "每年组织集中学法不少于5次。")], np.array([0.9]), 0.5, 0.2)
    assert same.status == "present" and same.reasons == ()


def test_check_small_weak_reasons() -> None:
    refs = (clause("a/1", "必须每年开展检查不少于4次，办结时限不超过10日。"),
            clause("b/1", "确保每年开展检查不少于6次，办结时限不超过20日。"),
            clause("c/1", "开展检查，覆盖率达到90%。"))
    assert _weak_reasons(clause("p/1", "应当每年开展检查不少于3次。"), refs) == (
        "目标 ≥3次 低于参考文件中位数 5次", "措辞强度（应当）弱于所有参考文件（必须/确保）")
    # at the median, above it, or an upper bound below it: not weak; another unit is no peer
    assert _weak_reasons(clause("p/1", "必须每年开展检查不少于5次。"), refs) == ()
    assert _weak_reasons(clause("p/1", "必须每年开展检查不少于7次，不超过12日办结。"), refs) == ()
    assert _weak_reasons(clause("p/1", "必须在不超过16日内办结。"), refs) == (
        "目标 ≤16日 高于参考文件中位数 15日",)
    assert _weak_reasons(clause("p/1", "必须开展检查不少于1个月。"), refs) == ()
    assert _weak_reasons(clause("p/1", "必须建成不少于1个站点，每年开展检查不少于3次。"), refs) == (
        "目标 ≥3次 低于参考文件中位数 5次",)  # the unit without peers is passed over, not the end
    assert _weak_reasons(clause("p/1", "必须在不超过15日内办结。"), refs) == ()  # at the median
    # wording: weaker than every reference that has a level; equal to one of them is not weak
    assert _weak_reasons(clause("p/1", "积极开展检查。"), refs[:1]) == (
        "措辞强度（积极）弱于所有参考文件（必须）",)
    assert _weak_reasons(clause("p/1", "应当开展检查。"), (*refs, clause("d/1", "应当开展检查。"))) == ()
    assert _weak_reasons(clause("p/1", "开展检查。"), refs) == ()  # no level of its own
    assert _weak_reasons(clause("p/1", "积极开展检查。"), (clause("c/1", "开展检查。"),)) == ()


def test_check_small_top_words_in_the_order_of_the_levels() -> None:
    assert _top_words(["确保并且必须", "应当落实"]) == "必须/确保/应当/落实"
    assert _top_words(["必须落实", "积极探索"]) == "必须/探索/积极"  # each text's strongest words, in the table's order
    assert _top_words(["开展工作"]) == ""


def test_check_small_item_score_is_the_mean_over_reference_documents() -> None:
    refs = (clause("a/1"), clause("a/2"), clause("b/1"))
    scores = np.array([[0.9, 0.1, 0.0],
                       [0.2, 0.8, 0.0],
                       [0.4, 0.6, 1.0]])
    # clause 0: best of a 0.9, of b 0.4; clause 1: best of a 0.8, of b 0.6; clause 2: 0 and 1
    assert _item_scores(scores, refs) == pytest.approx([0.65, 0.7, 0.5])
    assert _item_scores(scores, (clause("a/1"), clause("b/1"), clause("c/1"))) == pytest.approx(
        [0.5, 0.5, 1 / 3])


def test_check_small_items_in_the_order_a_drafter_reads_them() -> None:
    def item(name: str, status: str, support: int) -> CheckItem:
        return CheckItem(name, status, support, (), None, 0.0)

    items = [item("p2", "present", 2), item("m2", "missing", 2), item("w3", "weak", 3),
             item("m3", "missing", 3), item("q2", "possible", 2), item("p3", "present", 3),
             item("m3b", "missing", 3)]
    assert [i.item for i in _ordered(items)] == ["m3", "m3b", "m2", "q2", "w3", "p3", "p2"]
    assert STATUSES == ("missing", "possible", "weak", "present")


# --- records ------------------------------------------------------------------------------------


def test_check_small_record_and_flat_record() -> None:
    refs = (clause("a/1", "甲"), clause("b/1", "乙"), clause("a/2", "丙"))
    item = CheckItem("事项", "weak", 2, refs, clause("p/3", "丁"), 0.123456, ("理由一", "理由二"), "主题")
    record = item.to_record()
    assert list(record) == list(COLUMNS)
    assert record == {"item": "事项", "status": "weak", "support": 2, "candidate_clause": "p/3",
                      "candidate_text": "丁", "candidate_score": 0.1235, "reasons": ["理由一", "理由二"],
                      "references": [{"doc_id": "a", "clause_id": "a/1", "text": "甲"},
                                     {"doc_id": "b", "clause_id": "b/1", "text": "乙"},
                                     {"doc_id": "a", "clause_id": "a/2", "text": "丙"}],
                      "topic": "主题", "stated_by": ["a", "b"]}
    assert item.stated_by == ("a", "b")
    flat = flat_record(record)
    assert flat["reasons"] == "理由一; 理由二" and flat["stated_by"] == "a、b"
    assert flat["references"] == "a/1: 甲\nb/1: 乙\na/2: 丙"
    assert flat_record(record, max_refs=1)["references"] == "a/1: 甲\n…另有 2 条（见覆盖矩阵）"
    assert flat_record(record, max_refs=3)["references"] == flat["references"]
    assert flat_record({k: v for k, v in record.items() if k != "stated_by"})["stated_by"] == ""
    none = CheckItem("事项", "missing", 1, refs[:1], None, 0.0).to_record()
    assert (none["candidate_clause"], none["candidate_text"], none["reasons"]) == (None, None, [])
    result = CheckResult("p", ("a", "b"), 2, (item, CheckItem("x", "missing", 1, refs[:1], None, 0.0)))
    assert result.counts() == {"present": 0, "weak": 1, "possible": 0, "missing": 1}
    assert list(result.counts()) == ["present", "weak", "possible", "missing"]
    assert [i.item for i in result.missing()] == ["x"]
    frame = result.to_frame()
    assert list(frame.columns) == list(COLUMNS) and len(frame) == 2
    assert frame.references[0] == flat["references"] and frame.reasons[1] == ""


# --- hand-made alignments: representative, scores, bands, reference groups ---------------------


def _hand_alignment(probabilities: dict[tuple[str, str], float], threshold: float = 0.5,
                    *doc_ids: str) -> Alignment:
    """An alignment of the small plans with the matching model's probabilities given here
    (every other pair was never a candidate); the pairs are those from ``threshold`` up."""
    vectors = embed_clauses(small_corpus(*(doc_ids or ("ding", "jia", "yi", "bing"))))
    n = len(probabilities)
    a = np.array([vectors.index(x) for x, _ in probabilities], dtype=int)
    b = np.array([vectors.index(y) for _, y in probabilities], dtype=int)
    p = np.array(list(probabilities.values()), dtype=float)
    scores = PairScores(a, b, np.zeros((n, 1)), np.zeros((n, 4)), p, p, "lexical")
    by_id = {c.clause_id: c for c in vectors.clauses}
    pairs = [AlignedPair(by_id[x], by_id[y], q, ()) for (x, y), q in probabilities.items() if q >= threshold]
    return Alignment(tuple(vectors.by_doc), vectors, pairs, threshold, [], [], scores, "model")


def test_check_small_representative_is_the_clause_the_others_match_best() -> None:
    al = _hand_alignment({("jia/1.1", "yi/1.1"): 0.9, ("yi/1.1", "bing/1.1"): 0.8,
                          ("jia/1.1", "bing/1.1"): 0.1})
    refs = tuple(al.vectors.clauses[al.vectors.index(c)] for c in ("jia/1.1", "yi/1.1", "bing/1.1"))
    assert representative(al, refs) == refs[1]  # 0.9 + 0.8 against 1.0 and 0.9
    assert representative(al, refs[::-1]) == refs[1]
    # an obligation before a clause of another kind, however well matched
    other = (refs[0], replace(refs[1], kind=ClauseKind.ACHIEVEMENT), refs[2])
    assert representative(al, other) == refs[0]
    # ties: the first
    flat = _hand_alignment({("jia/2.1", "yi/2.1"): 0.7, ("yi/2.1", "bing/2.1"): 0.7,
                            ("jia/2.1", "bing/2.1"): 0.7})
    refs = tuple(flat.vectors.clauses[flat.vectors.index(c)] for c in ("bing/2.1", "jia/2.1", "yi/2.1"))
    assert representative(flat, refs) == refs[0]


def test_check_small_scores_are_probabilities_or_zero() -> None:
    al = _hand_alignment({("ding/1.1", "jia/1.1"): 0.9, ("ding/2.1", "yi/1.1"): 0.3})
    c = {x.clause_id: x for x in al.vectors.clauses}
    refs, plan = [c["jia/1.1"], c["yi/1.1"]], [c["ding/1.1"], c["ding/2.1"], c["ding/3.1"]]
    assert _scores(al, refs, plan).tolist() == [[0.9, 0.0, 0.0], [0.0, 0.3, 0.0]]
    assert _scores(al, refs, []).shape == (2, 0)
    cosine = align(small_corpus("ding", "jia"), method="pairwise")
    c = {x.clause_id: x for x in cosine.vectors.clauses}
    s = _scores(cosine, [c["jia/2.1"], c["jia/5.1"]], [c["ding/2.1"], c["ding/5.1"]])
    assert s.shape == (2, 2) and s[0, 0] == pytest.approx(1.0)  # the same text: cosine 1
    assert s[0, 0] > s[0, 1] and s[1, 1] < 1.0
    assert _scores(cosine, [c["jia/2.1"]], []).shape == (1, 0) and _scores(cosine, [], [c["ding/2.1"]]).shape == (0, 1)


def test_check_small_bands_of_the_method() -> None:
    assert _bands(_hand_alignment({}, 0.5, "jia", "yi")) == (0.5, POSSIBLE)
    assert _bands(_hand_alignment({}, 0.1, "jia", "yi")) == (0.1, 0.1)
    assert _bands(_hand_alignment({}, 0.3, "jia", "yi")) == (0.3, POSSIBLE)
    cosine = align(small_corpus("jia", "yi"), method="pairwise", threshold=0.3)
    assert _bands(cosine) == (0.3, 0.3)


def test_check_small_the_plan_cannot_join_the_items_it_is_judged_on() -> None:
    # 丁's 学法 matches 甲's and 乙's strongly; 甲 and 乙 alone are below the match band. With 丁,
    # the alignment's average linkage puts the three together; the items 丁 is judged on
    # keep 甲 and 乙 apart.
    al = _hand_alignment({("ding/1.1", "jia/1.1"): 0.95, ("ding/1.1", "yi/1.1"): 0.9,
                          ("jia/1.1", "yi/1.1"): 0.3, ("jia/2.1", "yi/2.1"): 0.8,
                          ("jia/4.1", "yi/4.1"): 0.9, ("yi/4.1", "bing/4.1"): 0.6})
    from comparer.align import build_groups

    full = build_groups(al.vectors, al.pairs, link=al.probabilities)
    assert {"ding/1.1", "jia/1.1", "yi/1.1"} in [{c.clause_id for c in g} for g in full]
    groups = [{c.clause_id for c in g} for g in _reference_groups(al, "ding")]
    assert {"jia/1.1"} in groups and {"yi/1.1"} in groups and {"jia/2.1", "yi/2.1"} in groups
    # average linkage: 丙's 审查 joins 甲 and 乙 only through 乙 (0.6, and 0 with 甲): apart
    assert {"jia/4.1", "yi/4.1"} in groups and {"bing/4.1"} in groups
    others = {c.clause_id for c in al.vectors.clauses if c.doc_id != "ding"}
    assert set().union(*groups) == others and sum(map(len, groups)) == len(others)
    # 甲 left out instead: 丁 and 乙 stay together
    assert {"ding/1.1", "yi/1.1"} in [{c.clause_id for c in g} for g in _reference_groups(al, "jia")]
    # the cosine rule: the alignment's groups without the plan's clauses
    cosine = align(small_corpus("ding", "jia", "yi"), method="pairwise")
    expected = [tuple(c for c in g if c.doc_id != "ding") for g in cosine.groups]
    assert _reference_groups(cosine, "ding") == [g for g in expected if g]
    assert any(len(g) < len(h) for g, h in zip(expected, cosine.groups))


# --- the check of small plans through the real pipeline -------------------------------------------


def _check(**texts: str):
    """The leave-one-out check of the four small plans (``texts`` replaces a plan), aligned
    with the matching model's lexical features."""
    return check_corpus(align(small_corpus("ding", "jia", "yi", "bing", **texts), sentence=False))


def _item_of(result: CheckResult, doc: str, key: str) -> CheckItem:
    """The item whose references include ``doc``'s clause of ``SHARED[key]``."""
    (item,) = [i for i in result.items if f"{doc}/{SHARED[key]}" in {c.clause_id for c in i.references}]
    return item


def test_check_small_plan_that_states_every_item() -> None:
    corpus = _check()
    assert corpus.k == 2 and [r.plan_id for r in corpus.results] == ["ding", "jia", "yi", "bing"]
    for r in corpus.results:
        assert r.k == 2 and r.reference_ids == tuple(d for d in ("ding", "jia", "yi", "bing") if d != r.plan_id)
        assert all(i.support >= 2 and i.support == len(i.stated_by) for i in r.items)
        assert all(c.doc_id != r.plan_id for i in r.items for c in i.references)
        assert all(i.candidate is None or i.candidate.doc_id == r.plan_id for i in r.items)
        assert all(i.item in {c.text for c in i.references} for i in r.items)  # a reference's words
        assert all(i.topic and i.topic.split("、")[0] in " ".join(c.text for c in i.references)
                   for i in r.items)
        ranks = [(STATUSES.index(i.status), -i.support) for i in r.items]
        assert ranks == sorted(ranks)
    ding = corpus.results[0]
    assert ding.counts()["missing"] == 0
    # 丁 states 执法公示 and 行政复议 in 甲's words: present, with its own clause as candidate
    for key in ("执法公示", "行政复议"):
        item = _item_of(ding, "jia", key)
        assert item.status == "present" and item.candidate.clause_id == f"ding/{SHARED[key]}"
        assert item.score >= 0.5 and item.reasons == ()
    # 2 学法 sessions where every reference asks for 4; 应当 where every reference says 必须
    study = _item_of(ding, "jia", "学法")
    assert study.status == "weak" and study.candidate.clause_id == "ding/1.1"
    assert study.reasons == ("目标 ≥2次 低于参考文件中位数 4次",)
    review = _item_of(ding, "jia", "合法性审查")
    assert review.status == "weak" and review.reasons == ("措辞强度（应当）弱于所有参考文件（必须）",)
    records = corpus.records()
    assert len(records) == sum(len(r.items) for r in corpus.results)
    assert list(records[0]) == ["plan", *COLUMNS] and records[0]["plan"] == "ding"
    frame = corpus.to_frame()
    assert list(frame.columns) == ["plan", *COLUMNS] and len(frame) == len(records)
    assert corpus.counts() == {r.plan_id: r.counts() for r in corpus.results}


def test_check_small_deleted_clause_becomes_missing() -> None:
    before = _check().results[0]
    cut = SMALL_PLANS["ding"].replace("（三）行政复议。健全行政复议案件审理机制，提高办案质量。\n", "")
    after = _check(ding=cut).results[0]
    gone = _item_of(after, "jia", "行政复议")
    assert gone.status == "missing" and gone.score < POSSIBLE
    # no other item changes its references or its status
    assert sorted(tuple(c.clause_id for c in i.references) for i in after.items) == sorted(
        tuple(c.clause_id for c in i.references) for i in before.items)
    for key in ("学法", "执法公示", "合法性审查"):
        assert _item_of(after, "jia", key).status == _item_of(before, "jia", key).status
    assert after.items[0] == gone  # what to add comes first


def test_check_small_plan_with_nothing_left_misses_every_item() -> None:
    result = _check(ding="丁县2026年法治政府建设工作要点\n")
    ding = result.results[0]
    assert ding.items and {i.status for i in ding.items} == {"missing"}
    assert all(i.candidate is None and i.score == 0.0 for i in ding.items)


# --- check(): refusals and the checklist -----------------------------------------------------------


def test_check_small_refusals() -> None:
    refs = small_corpus("jia", "yi", "bing")
    plan = small_corpus("ding")
    with pytest.raises(OptionError, match=r"^check takes one plan; got 2 documents \(ding, jia\)$"):
        check(small_corpus("ding", "jia"), refs)
    with pytest.raises(OptionError, match="^check needs reference documents: against is empty$"):
        check(plan, [])
    with pytest.raises(OptionError, match="^check needs reference documents other than the plan 'ding'$"):
        check(plan, small_corpus("ding"))
    with pytest.raises(OptionError, match=r"^k must be between 1 and the number of reference documents \(3\), got 4$"):
        check(plan, refs, k=4)
    with pytest.raises(OptionError, match=r"^k must be between 1 and the number of reference documents \(3\), got 0$"):
        check(plan, refs, k=0)
    with pytest.raises(OptionError, match="^k must be a whole number of reference documents, got bool True$"):
        check(plan, refs, k=True)
    with pytest.raises(OptionError, match="^embedder must be a name"):
        check(plan, refs, embedder=3)


def test_check_small_k_is_refused_before_any_file_is_read(tmp_path: Path) -> None:
    with pytest.raises(OptionError, match="^k must be a whole number of reference documents, got float 1.5$"):
        check(tmp_path / "no-plan.txt", tmp_path / "no-references", k=1.5)


def test_check_small_references_as_files(tmp_path: Path) -> None:
    items = tmp_path / "items.txt"
    items.write_text("健全行政复议案件审理机制\n", encoding="utf-8")
    files, folder = [], tmp_path / "refs"
    folder.mkdir()
    for d in ("jia", "yi"):
        files.append(folder / f"{d}.txt")
        files[-1].write_text(SMALL_PLANS[d], encoding="utf-8")
    result = check(small_corpus("ding"), [files[0], str(files[1])], checklist=items)
    assert result.reference_ids == ("jia", "yi") and result.k == 2
    assert [c.clause_id for c in result.items[0].references] == ["jia/3.1", "yi/3.1"]
    assert check(small_corpus("ding"), folder, checklist=items).reference_ids == ("jia", "yi")


def test_check_small_checklist(tmp_path: Path) -> None:
    items = tmp_path / "items.txt"
    items.write_text("领导干部每年集中学法\n\n  食堂留样食品保存48小时  \n", encoding="utf-8")
    plan = small_corpus("ding").documents[0]
    result = check(plan, Corpus(small_corpus("ding", "jia", "yi", "bing").segmentations), checklist=items)
    assert result.plan_id == "ding" and result.reference_ids == ("jia", "yi", "bing")
    assert result.k == 2
    by_item = {i.item: i for i in result.items}
    assert list(by_item) == ["食堂留样食品保存48小时", "领导干部每年集中学法"]  # missing first
    study = by_item["领导干部每年集中学法"]
    # each reference document's 学法 clause; 丁's asks for fewer sessions than all of them
    assert [c.clause_id for c in study.references] == ["jia/1.1", "yi/1.1", "bing/1.1"]
    assert study.candidate.clause_id == "ding/1.1" and study.status == "weak" and study.topic == study.item
    canteen = by_item["食堂留样食品保存48小时"]
    assert canteen.status == "missing" and canteen.references == () and canteen.support == 0
    path_plan = tmp_path / "ding.txt"
    path_plan.write_text(SMALL_PLANS["ding"], encoding="utf-8")
    again = check(path_plan, small_corpus("jia", "yi", "bing"), checklist=items, k=3)
    assert again.k == 3 and [i.status for i in again.items] == [i.status for i in result.items]


def test_check_small_checklist_item_does_not_depend_on_the_other_lines(tmp_path: Path) -> None:
    refs = small_corpus("jia", "yi", "bing")
    one, many = tmp_path / "one.txt", tmp_path / "many.txt"
    one.write_text("行政复议案件审理\n", encoding="utf-8")
    lines = ["行政复议案件审理", "领导干部学法", "执法结果公开", "合法性审查", "证明事项清理",
             "基层司法所", "政务诚信档案", "普法责任制", "宪法进社区"]
    many.write_text("\n".join(lines), encoding="utf-8")
    alone = check(small_corpus("ding"), refs, checklist=one).items[0]
    # the embedder reaches the checklist's cosines: more weight on words, another score
    from comparer.embed import TfidfEmbedder

    words = check(small_corpus("ding"), refs, checklist=one, embedder=TfidfEmbedder(word_weight=0.9)).items[0]
    assert words.candidate == alone.candidate and abs(words.score - alone.score) > 1e-3
    among = {i.item: i for i in check(small_corpus("ding"), refs, checklist=many).items}["行政复议案件审理"]
    assert replace(alone, score=0.0) == replace(among, score=0.0) and alone.candidate.clause_id == "ding/3.1"
    assert alone.score == pytest.approx(among.score, abs=1e-6)
    # its references: each reference document's clause of 行政复议
    assert [c.clause_id for c in alone.references] == ["jia/3.1", "yi/3.1", "bing/3.1"]
    # a plan with no clause: every item missing, no candidate
    empty = check(small_corpus(ding="丁县2026年法治政府建设工作要点\n").segmentations[3].document, refs,
                  checklist=many)
    assert len(empty.items) == len(lines) and all(i.status == "missing" and i.candidate is None
                                                  for i in empty.items)


def test_check_small_read_checklist(tmp_path: Path) -> None:
    from comparer.check import read_checklist
    from comparer.errors import ComparerError

    text = tmp_path / "items.txt"
    text.write_bytes("  领导干部学法 \r\n\r\n执法公示\r\n".encode("gbk"))
    assert read_checklist(text) == ["领导干部学法", "执法公示"]
    table = tmp_path / "ITEMS.CSV"  # the suffix in capitals is still a CSV file
    table.write_text("note,item\na, 领导干部学法\r\nb,\r\nc,执法公示\r\n", encoding="utf-8")
    assert read_checklist(table) == ["领导干部学法", "执法公示"]
    table.write_text("事项,备注\n领导干部学法,a\n", encoding="utf-8")
    with pytest.raises(OptionError, match=rf"^{table}: a CSV checklist needs a column 'item'; "
                       r"it has \['事项', '备注'\]$"):
        read_checklist(table)
    table.write_text("item\n", encoding="utf-8")  # a header alone: no items
    with pytest.raises(OptionError, match=rf"^{table}: the checklist has no items \(expected one item per line\)$"):
        read_checklist(table)
    text.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(OptionError, match="the checklist has no items"):
        read_checklist(text)
    with pytest.raises(ComparerError, match=rf"^{tmp_path / 'nowhere.txt'}: cannot read checklist: "):
        read_checklist(tmp_path / "nowhere.txt")
    text.write_bytes(b"\x00\x01\x02\x03" * 50)
    with pytest.raises(ComparerError, match=rf"^cannot read checklist: {text}: "):
        read_checklist(text)


def test_check_small_empty_results_keep_their_columns() -> None:
    from comparer.check import CorpusCheck

    assert list(CheckResult("p", ("a",), 1, ()).to_frame().columns) == list(COLUMNS)
    assert list(CorpusCheck(1, ()).to_frame().columns) == ["plan", *COLUMNS]


def test_check_small_check_judges_the_plan_on_the_joint_alignment(
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import logging

    monkeypatch.setenv("COMPARER_CACHE", str(tmp_path))  # the e5 vectors' cache

    refs, plan = small_corpus("jia", "yi", "bing"), small_corpus("ding")
    # users' labels: 行政复议 is one obligation in all four plans (the six pairs)
    ids = [f"{d}/3.1" for d in ("ding", "jia", "yi", "bing")]
    labels = {(x, y): True for n, x in enumerate(ids) for y in ids[n + 1:]}
    with caplog.at_level(logging.INFO, logger="comparer.check"):
        result = check(plan, refs, labels=labels)
    assert f"check ding: {result.counts()}" in caplog.messages
    joint = check_corpus(align(plan + refs, labels=labels)).results[0]
    assert result.records() == joint.records() and result.reference_ids == ("jia", "yi", "bing")
    review = _item_of(result, "jia", "行政复议")
    assert (review.status, review.candidate.clause_id, review.score) == ("present", "ding/3.1", 1.0)
    # a match threshold of 1: only the labelled pairs are matches, one item
    only = check(plan, refs, labels=labels, threshold=1.0)
    assert [sorted(c.clause_id for c in i.references) for i in only.items] == [sorted(ids[1:])]
    assert only.items[0].status == "present"
    # the embedder reaches the alignment too
    from comparer.embed import TfidfEmbedder

    other = check(plan, refs, labels=labels, embedder=TfidfEmbedder(word_weight=0.9))
    assert other.records() == check_corpus(align(plan + refs, TfidfEmbedder(word_weight=0.9),
                                                 labels=labels)).results[0].records()


def test_check_small_items_stated_twice_get_distinct_topics() -> None:
    # the references repeat their 执法公示 clause word for word under a sixth item: two items of
    # the same words, whose topics must still tell them apart
    import re

    texts = {d: SMALL_PLANS[d] + "（六）公示复查。" + re.search(r"（二）[^。]+。([^\n]+)", SMALL_PLANS[d]).group(1) + "\n"
             for d in ("jia", "yi", "bing")}
    ding = _check(**texts).results[0]
    twins = [i for i in ding.items if {c.clause_id for c in i.references} & {"jia/2.1", "jia/6.1"}]
    assert len(twins) == 2
    topics = [i.topic for i in ding.items]
    assert len(set(topics)) == len(topics)
    for i in ding.items:
        words = re.sub(r"（\d+）$", "", i.topic).split("、")
        assert all(any(w in c.text for c in i.references) for w in words), i.topic


def test_check_small_k_of_the_corpus_check(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    import logging

    al = align(small_corpus("ding", "jia", "yi", "bing"), sentence=False)
    with caplog.at_level(logging.INFO, logger="comparer.check"):
        default = check_corpus(al)
    assert f"corpus check: {default.counts()}" in caplog.messages
    three = check_corpus(al, k=3)  # every other plan must state an item
    assert three.k == 3 and all(i.support == 3 for r in three.results for i in r.items)
    assert check_corpus(al, k=1).k == 1
    for k in (0, 4):
        with pytest.raises(OptionError, match=rf"^k must be between 1 and the number of reference documents \(3\), got {k}$"):
            check_corpus(al, k=k)
    with pytest.raises(OptionError, match="^k must be a whole number of reference documents, got float 1.5$"):
        check_corpus(al, k=1.5)
    items = tmp_path / "items.txt"
    items.write_text("行政复议案件审理\n", encoding="utf-8")
    assert check(small_corpus("ding"), small_corpus("jia", "yi"), checklist=items, k=1).k == 1
