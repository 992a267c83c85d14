"""The matching model on the real seeds: bands, symmetry, users' labels, the shipped model file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

import comparer
from comparer.align import Alignment, align
from comparer.corpus import Corpus
from comparer.match import MATCH, POSSIBLE, MatchModel, band
from comparer.model import Document
from comparer.segment import segment

from tests.conftest import CORPORA, ROOT


def _pairs(a: Alignment) -> dict[frozenset[str], float]:
    return {frozenset((p.a.clause_id, p.b.clause_id)): p.score for p in a.pairs}


def test_match_bands(alignment: Alignment) -> None:
    assert alignment.method == "model" and alignment.pairs and alignment.possible
    assert all(p.band == "match" and p.score >= MATCH for p in alignment.pairs)
    assert all(p.band == "possible" and POSSIBLE <= p.score < MATCH for p in alignment.possible)
    assert [band(x) for x in (0.0, POSSIBLE, MATCH, 1.0)] == ["none", "possible", "match", "match"]
    frame = alignment.to_frame(bands=True)
    assert set(frame.band) == {"match", "possible"} and len(frame) == len(alignment.pairs) + len(alignment.possible)


def test_match_evidence_is_in_words(alignment: Alignment) -> None:
    # e.g. ('同文件内排名第1/98', '共同词：电子印章、电子证照', 'e5 0.98', '经第三份文件印证 0.99')
    assert len(alignment.pairs) >= 50
    assert any(e.startswith("共同词：") for p in alignment.pairs[:50] for e in p.evidence)
    for p in alignment.pairs[:50]:
        n_other = len(alignment.vectors.by_doc[p.b.doc_id])
        assert re.fullmatch(rf"同文件内排名第\d+/{n_other}", p.evidence[0]), p.evidence
        shared = [e for e in p.evidence if e.startswith("共同词：")]
        for word in shared[0].removeprefix("共同词：").split("、") if shared else ():
            assert word in p.a.text and word in p.b.text


def test_match_order_of_documents_does_not_matter(corpus: comparer.Corpus, alignment: Alignment) -> None:
    reverse = Corpus(tuple(reversed(corpus.segmentations)))
    again = _pairs(align(reverse))
    ours = _pairs(alignment)
    assert again.keys() == ours.keys()
    assert max(abs(again[k] - ours[k]) for k in ours) < 1e-6


def test_match_unrelated_document_changes_no_decision(corpus: comparer.Corpus, alignment: Alignment) -> None:
    # A canteen hygiene notice shares no obligation with a rule-of-law plan.
    text = ("学校食堂卫生管理通知\n一、每日对餐具进行高温消毒，留样食品保存48小时。\n"
            "二、食堂从业人员每年进行一次健康体检，持健康证上岗。\n三、米面油等大宗食材统一采购，索证索票。\n")
    doc = segment(Document("canteen", text, title="学校食堂卫生管理通知"))
    extended = align(Corpus(corpus.segmentations + (doc,)))
    ours = _pairs(alignment)
    theirs = {k: v for k, v in _pairs(extended).items() if not any(c.startswith("canteen/") for c in k)}
    changed = ours.keys() ^ theirs.keys()
    assert len(changed) <= 0.02 * len(ours), sorted(map(sorted, changed))[:5]


def test_match_labels_fix_pairs_and_refit_the_model(corpus: comparer.Corpus, alignment: Alignment) -> None:
    scores = alignment.scores
    near = int(np.argmin(np.abs(scores.p - 0.45)))  # an uncertain pair, below the match band
    strong = alignment.pairs[0]
    clauses = alignment.vectors.clauses
    a, b = clauses[scores.a[near]].clause_id, clauses[scores.b[near]].clause_id
    labels = {(a, b): True, (strong.b.clause_id, strong.a.clause_id): False}  # either order
    relabelled = align(corpus, labels=labels)
    pairs = _pairs(relabelled)
    assert pairs[frozenset((a, b))] == 1.0
    assert frozenset((strong.a.clause_id, strong.b.clause_id)) not in pairs
    labelled = next(p for p in relabelled.pairs if {p.a.clause_id, p.b.clause_id} == {a, b})
    assert "用户标注：同" in labelled.evidence
    # the model was refit: other pairs' probabilities move too
    assert not np.allclose(relabelled.scores.p1, scores.p1)


def test_match_review_and_labels_through_the_cli(tmp_path: Path, alignment: Alignment) -> None:
    from openpyxl import load_workbook

    from comparer.cli import app

    review = tmp_path / "review.xlsx"
    res = CliRunner().invoke(app, ["-q", "review", str(CORPORA), "--out", str(review), "--n", "5"])
    assert res.exit_code == 0, res.output
    wb = load_workbook(review)
    ws = wb.active
    header = [c.value for c in ws[1]]
    assert header[-1] == "是否同一义务（同/不同）" and ws.max_row == 6
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    probabilities = [r[header.index("得分")] for r in rows]
    assert all(POSSIBLE / 2 < p < 1 - POSSIBLE / 2 for p in probabilities)  # the uncertain ones
    ws.cell(2, len(header), "同")
    ws.cell(3, len(header), "不同")
    wb.save(review)
    out = tmp_path / "pairs.jsonl"
    res = CliRunner().invoke(app, ["-q", "align", str(CORPORA), "--labels", str(review), "--out", str(out)])
    assert res.exit_code == 0, res.output
    got = {frozenset((r["clause_a"], r["clause_b"])): r["score"]
           for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert got[frozenset((rows[0][0], rows[0][2]))] == 1.0
    assert frozenset((rows[1][0], rows[1][2])) not in got


def test_match_labels_file_errors_name_the_row(tmp_path: Path) -> None:
    from comparer.errors import ComparerError
    from comparer.review import read_labels

    bad = tmp_path / "labels.csv"
    bad.write_text("clause_a,clause_b,same\nx/1,y/1,同\nx/2,y/2,也许\n", encoding="utf-8")
    with pytest.raises(ComparerError, match=r"labels.csv: row 3: 'same' must be 同 or 不同"):
        read_labels(bad)
    bad.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ComparerError, match="needs the columns clause_a, clause_b and same"):
        read_labels(bad)


def test_match_model_file_is_plain_json() -> None:
    path = ROOT / "comparer" / "data" / "match_model.json"
    raw = path.read_bytes()
    data = json.loads(raw)  # JSON numbers and strings only: nothing to unpickle or execute
    assert set(data) == {"info", "pair", "consistency", "training"}
    model = MatchModel.from_json(data)
    for kind, stage in model.pair.items():
        assert len(stage.coef) == len(stage.features) == model.training[kind].X.shape[1]
        assert set(np.unique(model.training[kind].y)) == {0, 1}
    assert "python scripts/train_match.py" in data["info"]["rebuild"]


def test_match_package_never_reads_the_gold() -> None:
    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "comparer").rglob("*.py")]
    gold, folder = "gold" + "-dev", "shared" + "/eval"  # spelled apart: this file names neither
    assert sources and not any(gold in s or folder in s for s in sources)


def test_tests_and_benchmarks_never_open_the_gold() -> None:
    """Only scripts/train_match.py (the model's training) and the external scorer read the dev
    gold; tests take their expectations from the documents, benchmarks hand pairs to the scorer."""
    name = "gold" + "-dev"  # spelled apart, so that this file does not name it
    files = [*(ROOT / "tests").glob("*.py"), *(ROOT / "benchmarks").glob("*.py")]
    assert len(files) > 10
    assert [p.name for p in files if name in p.read_text(encoding="utf-8")] == []


def test_match_without_the_sentence_model(corpus: comparer.Corpus, alignment: Alignment) -> None:
    lexical = align(corpus, sentence=False)
    assert lexical.scores.kind == "lexical" and alignment.scores.kind == "e5"
    shared = _pairs(lexical).keys() & _pairs(alignment).keys()
    assert len(shared) >= 0.6 * len(lexical.pairs)


def test_match_groups_do_not_chain_through_weak_pairs(alignment: Alignment) -> None:
    # Average linkage: in every group of several documents, each clause's mean probability with
    # the group's clauses of other documents is not far below the match band.
    assert any(len(g) > 2 for g in alignment.groups)
    for g in alignment.groups:
        others = [[alignment.probability(c, d) for d in g if d.doc_id != c.doc_id] for c in g]
        if len(g) > 2:
            assert np.mean([np.mean(o) for o in others if o]) >= 0.5 * MATCH, [c.clause_id for c in g]
