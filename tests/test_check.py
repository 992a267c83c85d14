"""The drafter's check on the real seeds: removed obligations become missing, weakened ones weak."""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import pytest
from typer.testing import CliRunner

import comparer
from comparer.attributes import find_targets
from comparer.check import check, default_k
from comparer.cli import app
from comparer.corpus import Corpus

from tests.conftest import CORPORA, seed_text


@pytest.fixture(scope="module")
def base(corpus: comparer.Corpus):
    return check(Corpus((corpus.segmentation("bazhou-2024"),)), corpus)


def test_check_default_k() -> None:
    assert [default_k(n) for n in (1, 2, 3, 4, 5, 7)] == [2, 2, 2, 2, 3, 4]


def test_check_excludes_plan_from_references(base) -> None:
    assert base.plan_id not in base.reference_ids and len(base.reference_ids) == 4
    assert all(r.doc_id != "bazhou-2024" for i in base.items for r in i.references)
    assert all(i.support >= base.k for i in base.items)


def test_check_removed_obligations_become_missing(base, corpus: comparer.Corpus, tmp_path: Path) -> None:
    # Delete items (七) (十) (二十二) (二十九) (三十) (三十一) of the 2024 plan: the first three have
    # other clauses that still state their obligations; the last three take three standards with them.
    text = seed_text("bazhou-2024")
    for c in corpus.segmentation("bazhou-2024").clauses:
        if c.kind.alignable and re.fullmatch(r"(7|10|22|29|30|31)\.\d+", c.clause_id.split("/")[1]):
            assert c.text in text
            text = text.replace(c.text, "")
    draft = tmp_path / "bazhou-2024.txt"
    draft.write_text(text, encoding="utf-8")
    after = check(draft, corpus)
    before = {i.item: i.status for i in base.items}
    newly = {i.item for i in after.items if i.status == "missing" and before[i.item] != "missing"}
    assert newly == {"公开", "电子印章、电子证照、身份", "平台、政务服务、建设"}


def test_check_weakened_target_is_weak(corpus: comparer.Corpus, tmp_path: Path) -> None:
    plan = Corpus((corpus.segmentation("bazhou-2026"),))
    result = check(plan, corpus)
    for item in result.items:
        if item.status != "present":
            continue
        peers = [t for c in item.references for t in find_targets(c.text)]
        for t in find_targets(item.candidate.text):
            values = [p.value for p in peers if p.unit == t.unit]
            if t.comparator == ">=" and values and statistics.median(values) > 0 and t.value > 0:
                break
        else:
            continue
        break
    else:
        pytest.skip("no present item with numeric peers in this alignment")
    weakened = t.text.replace(re.search(r"\d+", t.text).group(0), "0")
    text = seed_text("bazhou-2026").replace(t.text, weakened)
    draft = tmp_path / "bazhou-2026.txt"
    draft.write_text(text, encoding="utf-8")
    after = {i.item: i for i in check(draft, corpus).items}
    assert after[item.item].status == "weak"
    assert any("target" in r for r in after[item.item].reasons)


def test_check_checklist_items(base, corpus: comparer.Corpus, tmp_path: Path) -> None:
    items = tmp_path / "items.txt"
    items.write_text("行政机关负责人出庭应诉\n\n建立首席数据官制度，推进区块链存证\n", encoding="utf-8")
    result = check(CORPORA / "bazhou-2024.txt", corpus, checklist=items)
    assert [i.item for i in result.items] == ["行政机关负责人出庭应诉", "建立首席数据官制度，推进区块链存证"]
    assert result.items[0].status != "missing"


def test_check_cli_xlsx(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out1, out2 = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for out in (out1, out2):
        res = CliRunner().invoke(app, ["-q", "check", str(CORPORA / "alxa-2024.txt"), "--against",
                                       str(CORPORA), "--format", "xlsx", "--out", str(out)])
        assert res.exit_code == 0, res.output
    assert out1.read_bytes() == out2.read_bytes()
    rows = list(load_workbook(out1).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("item", "status", "support") and len(rows) > 1
