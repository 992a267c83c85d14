"""Year-over-year changes on the real bazhou seeds, and the attribute extraction they rest on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import comparer
from comparer.attributes import find_targets, parse_deadline, strength
from comparer.changes import changes, compare_clauses
from comparer.corpus import Corpus
from comparer.model import Clause, ClauseKind

ROOT = Path(__file__).resolve().parent.parent


def _clause(text: str, cid: str = "x/1", **kw) -> Clause:
    return Clause(cid.split("/")[0], cid, text, 0, len(text), ClauseKind.OBLIGATION, **kw)


@pytest.fixture
def bazhou(bazhou_changes):
    return bazhou_changes  # tests/conftest.py: from the session's alignment


@pytest.mark.parametrize("text, value, unit, comparator", [
    ("每年不少于4次", 4, "次", ">="), ("至少1次", 1, "次", ">="), ("出庭应诉率达100%", 100, "%", "="),
    ("注册率达到90%以上", 90, "%", ">="), ("确保案件听证率不低于20%", 20, "%", ">="),
    ("年内完成300家企业合规指导", 300, "家", "="), ("组织案卷评查不少于1000件", 1000, "件", ">="),
    ("人员达到3300人以上", 3300, "人", ">="), ("达到百分之九十", 90, "%", "="), ("至少开展一次检查", 1, "次", ">="),
])
def test_attributes_target(text: str, value: float, unit: str, comparator: str) -> None:
    (t,) = find_targets(text)
    assert (t.value, t.unit, t.comparator) == (value, unit, comparator)


def test_attributes_dates_are_not_targets() -> None:
    assert find_targets("4月30日前完成本县市重大行政决策事项目录编制，实施三年行动") == ()


@pytest.mark.parametrize("text, key", [("4月30日前", (4, 30)), ("8月底前", (8, 31)), ("年底前", (12, 31)),
                                       ("12月31日前", (12, 31)), ("长期坚持", "standing"), ("年内", (12, 31))])
def test_attributes_deadline(text: str, key) -> None:
    assert parse_deadline(text).key == key


def test_attributes_strength() -> None:
    assert strength("必须按照要求出庭应诉").level == 3
    assert strength("加强行政复议队伍建设").level == 2
    assert strength("鼓励有条件的地方探索").level == 1
    assert strength("主要负责人的重要内容").level is None


@pytest.mark.parametrize("old, new", [("每年开展两次", "每年开展2次"), ("至少开展两次", "至少开展2次"),
                                      ("合格率达到百分之九十", "合格率达到90%")])
def test_changes_chinese_numbers_compare_equal(old: str, new: str) -> None:
    diffs = compare_clauses(_clause(old), _clause(new, "y/1"))
    assert not [c for c in diffs if c.field == "target"]


@pytest.mark.parametrize("old, new, deadline_old, deadline_new", [
    (("4月30日前完成本部门规范性文件清理", None), ("8月底前完成本部门规范性文件清理", None), "4月30日前", "8月底前"),
    (("健全行政复议案件审理机制", "长期坚持"), ("健全行政复议案件审理机制", "12月31日前"), "长期坚持", "12月31日前"),
    (("年底前公布清理结果", None), ("6月30日前公布清理结果", None), "年底前", "6月30日前"),
])
def test_changes_deadline_moved(old, new, deadline_old, deadline_new) -> None:
    # the deadline from the clause's own field (a table's 完成时限 column) or from its text
    diffs = compare_clauses(_clause(old[0], deadline=old[1]), _clause(new[0], "y/1", deadline=new[1]))
    assert [(c.field, c.old, c.new) for c in diffs if c.field == "deadline"] == \
        [("deadline", deadline_old, deadline_new)]


def test_changes_same_deadline_in_other_words_is_no_change() -> None:
    # 年底前 and 12月31日前 are one date
    diffs = compare_clauses(_clause("年底前公布清理结果"), _clause("12月31日前公布清理结果", "y/1"))
    assert "deadline" not in {c.field for c in diffs}


@pytest.mark.parametrize("field", ["lead_units", "responsible_units"])
def test_changes_unit_of_another_role(field: str) -> None:
    # 州司法局 → 州财政局: another department leads; a unit added to the responsible ones
    old = _clause("加强审计监督", **{field: ("州司法局",)})
    new = _clause("加强审计监督", "y/1", **{field: ("州财政局", "各县市人民政府")})
    assert [c.to_record() for c in compare_clauses(old, new)] == [
        {"field": field, "old": "州司法局", "new": "州财政局、各县市人民政府"}]


@pytest.mark.parametrize("old, new, levels", [
    ("加强行政复议队伍建设", "必须加强行政复议队伍建设", (2, 3)),
    ("必须按照要求出庭应诉", "鼓励按照要求出庭应诉", (3, 1)),
    ("探索建立公职律师制度", "全面建立公职律师制度", (1, 3)),
    ("推进政务公开", "加强政务公开", (2, 2)),  # one level: no change
])
def test_changes_wording_strength(old: str, new: str, levels) -> None:
    diffs = compare_clauses(_clause(old), _clause(new, "y/1"))
    strength_changes = [(c.old, c.new) for c in diffs if c.field == "strength"]
    assert strength_changes == ([levels] if levels[0] != levels[1] else [])


def test_changes_units_compared_by_role() -> None:
    a = _clause("加强审计监督", lead_units=("州司法局",))
    b = _clause("加强审计监督", "y/1", lead_units=("市司法局",))
    assert compare_clauses(a, b) == ()


def test_changes_lecture_target_raised(bazhou) -> None:
    # Read in the two plans: 2024 item 二, clause 3 (leaders give a law lecture at least once a
    # year) and 2026 row 1.5 (leading officials lecture on law at least twice): one duty, its
    # target raised.
    row = next(r for r in bazhou.rows if r.old and r.new and r.old.clause_id == "bazhou-2024/2.3"
               and r.new.clause_id == "bazhou-2026/1.5.2")
    assert row.status == "changed"
    assert {"field": "target", "old": "≥1次", "new": "≥2次", "unit": "次"} in row.to_record()["changes"]


def test_changes_legal_health_check_gets_target(bazhou) -> None:
    row = next(r for r in bazhou.rows if r.old and r.new and r.old.clause_id == "bazhou-2024/4.2"
               and r.new.clause_id == "bazhou-2026/4.5.1")
    assert row.status == "changed"
    assert {"field": "target", "old": None, "new": "300家", "unit": "家"} in row.to_record()["changes"]


def test_changes_every_clause_classified(bazhou, corpus: comparer.Corpus) -> None:
    counts = bazhou.counts()
    assert counts["added"] > 0 and counts["dropped"] > 0 and counts["changed"] > 0
    seen = {c for r in bazhou.rows for c in (r.old, r.new) if c is not None}
    alignable = {c for c in corpus.clause_list if c.kind.alignable
                 and c.doc_id in ("bazhou-2024", "bazhou-2026")}
    assert seen == alignable
    frame = bazhou.to_frame()
    assert list(frame.columns)[:6] == ["status", "clause_old", "text_old", "clause_new", "text_new", "changes"]


def test_changes_pairs_are_an_assignment(bazhou) -> None:
    # Each paired clause's pair is its best counterpart, or the other clause's best: a clause
    # is never also paired with a neighbour that has a better counterpart of its own.
    paired = [r for r in bazhou.rows if r.old and r.new]
    best: dict[str, float] = {}
    for r in paired:
        for c in (r.old, r.new):
            best[c.clause_id] = max(best.get(c.clause_id, 0.0), r.score)
    assert paired and all(r.score >= best[r.old.clause_id] or r.score >= best[r.new.clause_id]
                          for r in paired)
    assert all(r.score >= 0.5 for r in paired)


def test_changes_swapping_years_swaps_added_and_dropped(corpus: comparer.Corpus, bazhou) -> None:
    back = changes(corpus, "bazhou-2026", "bazhou-2024")
    assert {r.old.clause_id for r in back.by_status("dropped")} == {r.new.clause_id for r in bazhou.by_status("added")}
    assert {r.new.clause_id for r in back.by_status("added")} == {r.old.clause_id for r in bazhou.by_status("dropped")}
    assert {(r.new.clause_id, r.old.clause_id) for r in back.rows if r.old and r.new} == \
        {(r.old.clause_id, r.new.clause_id) for r in bazhou.rows if r.old and r.new}


def test_changes_deterministic(corpus: comparer.Corpus, bazhou) -> None:
    assert changes(corpus, "bazhou-2024", "bazhou-2026").records() == bazhou.records()


def _cli(*args: str):
    """``comparer --quiet ARGS`` in this process (typer's CliRunner): ``returncode``, ``stdout``."""
    from typer.testing import CliRunner

    from comparer.cli import app

    from types import SimpleNamespace

    result = CliRunner().invoke(app, ["--quiet", *args])
    return SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.output)


def test_changes_cli_jsonl(corpus: comparer.Corpus) -> None:
    result = _cli("changes", "bazhou-2024", "bazhou-2026", "--corpus", str(ROOT / "corpora"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(list(r)[:6] == ["status", "clause_old", "text_old", "clause_new", "text_new",
                                         "changes"] for r in rows)
    # The CLI is an adapter: the same rows as the library on the same corpus (both ids are
    # documents of --corpus, so the whole corpus is aligned, as the report does).
    api = changes(corpus, "bazhou-2024", "bazhou-2026").records()
    assert rows == json.loads(json.dumps(api, ensure_ascii=False))
    # 2024 2.3 and 2026 1.5.2 are the same duty (leaders giving law lectures): a raised target.
    lecture = {"field": "target", "old": "≥1次", "new": "≥2次", "unit": "次"}
    raised = [r for r in rows if r["status"] == "changed" and r["clause_new"] == "bazhou-2026/1.5.2"
              and lecture in r["changes"]]
    assert raised and "讲法治课" in raised[0]["text_old"] and "专题讲法" in raised[0]["text_new"]


def test_changes_cli_top_k_reaches_the_library(corpus: comparer.Corpus, bazhou_changes) -> None:
    result = _cli("changes", "bazhou-2024", "bazhou-2026", "--corpus", str(ROOT / "corpora"), "--format", "jsonl",
                  "--top-k", "2")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    api = changes(corpus, "bazhou-2024", "bazhou-2026", top_k=2).records()
    assert rows == json.loads(json.dumps(api, ensure_ascii=False))
    assert rows != json.loads(json.dumps(bazhou_changes.records(), ensure_ascii=False))  # the default top-k


def test_changes_cli_table_leaves_missing_cells_empty(corpus: comparer.Corpus) -> None:
    # added/dropped rows showed NaN / None in the text table
    result = _cli("changes", "bazhou-2024", "bazhou-2026", "--corpus", str(ROOT / "corpora"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "NaN" not in result.stdout and "None" not in result.stdout
    added = [line for line in lines if line.lstrip().startswith("新增 ")]  # a row's first line
    expected = changes(corpus, "bazhou-2024", "bazhou-2026").by_status("added")
    assert len(added) == len(expected) > 0
    assert added[0].split()[:2] == ["新增", expected[0].new.clause_id]
    assert expected[0].new.text in "".join(result.stdout.split())  # wrapped, not cut


def test_render_table_cells_without_none_or_line_breaks() -> None:
    from comparer.io import render

    records = [{"a": None, "b": 1.5, "c": "第一行\n第二行"}, {"a": "x", "b": None, "c": float("nan")}]
    table = render(records, "table", width=40)
    assert "None" not in table and "nan" not in table.lower()
    rows = [line.split() for line in table.splitlines()[2:] if line.strip()]
    assert rows == [["1.500", "第一行"], ["第二行"], ["x"]]  # a line break starts a line in its cell
    # csv and jsonl keep None and line breaks as they are
    assert render(records, "csv") == 'a,b,c\n,1.5,"第一行\n第二行"\nx,,\n'
    assert render(records, "jsonl").splitlines()[0] == '{"a": null, "b": 1.5, "c": "第一行\\n第二行"}'


# Two small plans of one county, written for these tests: one target raised, two duties kept,
# one dropped and one added.
OLD_PLAN = ("青云县2024年法治政府建设工作要点\n一、推进依法行政\n"
            "（一）学法用法。每年组织领导干部集中学法不少于1次。\n（二）执法公示。全面推行行政执法公示制度，执法结果按时公开。\n"
            "（三）行政复议。健全行政复议案件审理机制，提高办案质量。\n（四）基层建设。加强基层司法所规范化建设，配齐工作人员。\n")
NEW_PLAN = ("青云县2026年法治政府建设工作要点\n一、推进依法行政\n"
            "（一）学法用法。每年组织领导干部集中学法不少于2次。\n（二）执法公示。全面推行行政执法公示制度，执法结果按时公开。\n"
            "（三）基层建设。加强基层司法所规范化建设，配齐工作人员。\n（四）证明清理。开展证明事项清理，取消没有法律依据的证明材料。\n")


@pytest.fixture(scope="module")
def two_plans_corpus() -> Corpus:
    from comparer.model import Document

    return Corpus(tuple(comparer.segment(Document(i, t, jurisdiction="青云县", year=y))
                        for i, t, y in (("old", OLD_PLAN, 2024), ("new", NEW_PLAN, 2026))))


@pytest.fixture(scope="module")
def two_plans(two_plans_corpus: Corpus):
    """The two plans aligned by the cosine rule (see the test below for the matching model)."""
    return comparer.align(two_plans_corpus, method="pairwise")


def test_changes_matching_model_pairs_identical_clauses_of_two_plans(two_plans_corpus: Corpus) -> None:
    # (an expected failure until the model was refit on ；-joined sentences: identical clauses of
    # these two plans scored 0.28 and 0.25; now 0.58 and 0.54, barely in the match band)
    cs = changes(two_plans_corpus, "old", "new")
    assert cs.counts()["unchanged"] == 2


def _by_text(cs, needle: str):
    (row,) = [r for r in cs.rows if any(c is not None and needle in c.text for c in (r.old, r.new))]
    return row


def test_changes_of_two_small_plans(two_plans: Corpus) -> None:
    cs = changes(two_plans, "old", "new")
    assert cs.counts() == {"unchanged": 2, "changed": 1, "added": 1, "dropped": 1}
    raised = _by_text(cs, "集中学法")
    assert raised.status == "changed" and raised.old.doc_id == "old" and raised.new.doc_id == "new"
    assert raised.to_record()["changes"] == [{"field": "target", "old": "≥1次", "new": "≥2次", "unit": "次"},
                                             {"field": "text", "old": "1", "new": "2"}]
    assert _by_text(cs, "行政执法公示").status == _by_text(cs, "司法所").status == "unchanged"
    assert _by_text(cs, "司法所").to_record()["changes"] == []
    dropped, added = _by_text(cs, "行政复议"), _by_text(cs, "证明事项")
    assert (dropped.status, dropped.new, dropped.old.doc_id) == ("dropped", None, "old")
    assert (added.status, added.old, added.new.doc_id) == ("added", None, "new")
    record = added.to_record()
    assert list(record)[:6] == ["status", "clause_old", "text_old", "clause_new", "text_new", "changes"]
    assert record["clause_old"] is None and record["clause_new"] == added.new.clause_id
    frame = cs.to_frame()
    assert len(frame) == len(cs.rows) == 5 and sorted(frame.status) == sorted(r.status for r in cs.rows)
    assert [r.status for r in cs.by_status("added")] == ["added"]


def test_changes_swapped_plans_swap_added_and_dropped(two_plans: Corpus) -> None:
    forward, back = changes(two_plans, "old", "new"), changes(two_plans, "new", "old")
    assert back.counts() == {**forward.counts(), "added": forward.counts()["dropped"],
                             "dropped": forward.counts()["added"]}
    assert _by_text(back, "行政复议").status == "added" and _by_text(back, "证明事项").status == "dropped"


def test_changes_refuses_one_document_twice_or_an_unknown_one(two_plans: Corpus) -> None:
    with pytest.raises(comparer.OptionError, match="two different documents; got 'old' twice"):
        changes(two_plans, "old", "old")
    with pytest.raises(comparer.OptionError, match=r"no document 'nope' in the alignment; it has \['old', 'new'\]"):
        changes(two_plans, "old", "nope")
    with pytest.raises(comparer.OptionError, match=r"changes needs two documents of the corpus; got 'old' and 'nope'"):
        changes(Corpus(()), "old", "nope")


@pytest.mark.parametrize("old, new, removed, added", [
    ("每年组织学法不少于1次", "每年组织学法不少于2次", "1", "2"),
    ("全面推行行政执法公示制度", "全面推行行政执法公示制度和全过程记录制度", None, "和全过程记录制度"),
    ("健全行政复议案件审理机制，提高办案质量", "健全行政复议案件审理机制", ",提高办案质量", None),  # NFKC
    ("推进政务公开。", "推进政务公开", None, None),  # punctuation only: no text change
])
def test_changes_text_diff_words(old: str, new: str, removed, added) -> None:
    from comparer.changes import text_diff

    diff = text_diff(old, new)
    if removed is None and added is None:
        assert diff is None
    else:
        assert diff.to_record() == {"field": "text", "old": removed, "new": added}


def test_changes_targets_appear_and_disappear_by_unit() -> None:
    diffs = compare_clauses(_clause("组织执法培训不少于3次，覆盖90%以上人员"),
                            _clause("组织执法培训，覆盖95%以上人员，组织案卷评查不少于200件", "y/1"))
    targets = [c.to_record() for c in diffs if c.field == "target"]
    assert targets == [{"field": "target", "old": "≥90%", "new": "≥95%", "unit": "%"},
                       {"field": "target", "old": None, "new": "≥200件", "unit": "件"},
                       {"field": "target", "old": "≥3次", "new": None, "unit": "次"}]
    same = compare_clauses(_clause("覆盖90%以上人员"), _clause("覆盖百分之九十以上人员", "y/1"))
    assert [c for c in same if c.field == "target"] == []


def test_changes_units_listed_with_the_enumeration_comma() -> None:
    old = _clause("加强审计监督", lead_units=("州司法局", "州财政局"))
    new = _clause("加强审计监督", "y/1", lead_units=("州审计局",))
    assert [c.to_record() for c in compare_clauses(old, new)] == [
        {"field": "lead_units", "old": "州司法局、州财政局", "new": "州审计局"}]


def test_changes_unchanged_means_the_same_words_and_the_same_attributes() -> None:
    """A clause with one character more (ratio ≥ 0.95, no attribute changed) is unchanged; a clause
    with a phrase added is changed, with only a text change; an identical clause is unchanged."""
    from comparer.changes import UNCHANGED_RATIO
    from comparer.model import Document

    old = ("一、工作任务\n（一）复议。健全行政复议案件审理机制，提高办案质量。\n"
           "（二）普法。落实谁执法谁普法责任制，组织普法宣传进社区。\n（三）应急。完善突发事件应急预案，每年开展应急演练。\n")
    new = ("一、工作任务\n（一）复议。健全行政复议案件审理机制，推行繁简分流，提高办案质量和效率。\n"
           "（二）普法。落实谁执法谁普法责任制，组织普法宣传进入社区。\n（三）应急。完善突发事件应急预案，每年开展应急演练。\n")
    corpus = Corpus(tuple(comparer.segment(Document(i, t)) for i, t in (("old", old), ("new", new))))
    cs = changes(comparer.align(corpus, method="pairwise"), "old", "new")
    assert UNCHANGED_RATIO == 0.95
    review, law, drill = (_by_text(cs, w) for w in ("行政复议", "普法", "应急演练"))
    assert (review.status, [c.field for c in review.changes]) == ("changed", ["text"])
    assert review.changes[0].to_record() == {"field": "text", "old": None, "new": "推行繁简分流, / 和效率"}
    assert (law.status, law.changes) == ("unchanged", ())
    assert (drill.status, drill.changes) == ("unchanged", ())
    for row in (review, law, drill):
        record = row.to_record()
        assert record["score"] == round(row.score, 4) and 0 < record["score"] <= 1
        assert (record["text_old"], record["text_new"]) == (row.old.text, row.new.text)
    frame = cs.to_frame()
    from comparer.changes import COLUMNS

    assert list(frame.columns) == list(COLUMNS)
    assert frame.set_index("clause_new").loc[review.new.clause_id, "changes"] == \
        "; ".join(c.summary for c in review.changes)
