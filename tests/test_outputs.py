"""The drafter's and the researcher's files, read back as their readers open them: the Word
对照表 (python-docx) and the workbook (openpyxl)."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

import comparer
from comparer import labels
from comparer.report import build_report

CHINESE_STATUSES = set(labels.STATUS.values())


@pytest.fixture(scope="module")
def result(corpus: comparer.Corpus):
    return comparer.check(corpus.segmentation("bazhou-2026").document, corpus)


@pytest.fixture(scope="module")
def workbook(corpus: comparer.Corpus, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    build_report(corpus, out)
    return out / "report.xlsx"


def test_docx_is_a_comparison_table_per_item(result, corpus: comparer.Corpus, tmp_path: Path) -> None:
    path = result.write_docx(tmp_path / "对照表.docx", corpus.documents)
    document = docx.Document(str(path))
    assert "巴音郭楞蒙古自治州 2026" in document.paragraphs[0].text
    table = document.tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert header == ["序号", "状态", "事项（参考文件数）", "本文件的表述", "参考文件的表述"]
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert len(rows) == len(result.items)
    statuses = [r[1] for r in rows]
    assert set(statuses) <= CHINESE_STATUSES
    order = [labels.CHECK_STATUSES.index(next(k for k, v in labels.STATUS.items() if v == s))
             for s in statuses]
    assert order == sorted(order)  # missing items first
    by_item = {i.item: i for i in result.items}
    for n, status, item, said, refs in rows:
        found = by_item[item.rsplit("（", 1)[0]]
        assert status == labels.STATUS[found.status]
        if found.status == "missing":
            assert said == "（无）"
        else:
            assert found.candidate.text in said
        for ref in found.references[:3]:  # what the references say, with their document's name
            name = labels.doc_label(corpus.document(ref.doc_id))
            assert f"{name}（{ref.clause_id}）：{ref.text}" in refs


def test_docx_is_deterministic(result, corpus: comparer.Corpus) -> None:
    assert result.docx_bytes(corpus.documents) == result.docx_bytes(corpus.documents)


def test_cli_check_writes_docx(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from comparer.cli import app
    from tests.conftest import CORPORA

    out = tmp_path / "ck.docx"
    res = CliRunner().invoke(app, ["-q", "check", str(CORPORA / "alxa-2024.txt"), "--against",
                                   str(CORPORA)])
    assert res.exit_code == 0
    res = CliRunner().invoke(app, ["-q", "check", str(CORPORA / "alxa-2024.txt"), "--against",
                                   str(CORPORA), "--out", str(out)])
    assert res.exit_code == 0, res.output
    table = docx.Document(str(out)).tables[0]
    assert len(table.rows) > 10 and "阿拉善左旗 2024" in docx.Document(str(out)).paragraphs[0].text


def test_workbook_sheets_filter_and_wrap(workbook: Path) -> None:
    wb = openpyxl.load_workbook(workbook)
    for ws in wb:
        assert ws.auto_filter.ref == ws.dimensions, ws.title
        for col in range(1, ws.max_column + 1):
            width = ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width
            assert 8 <= width <= 60, (ws.title, col, width)
    text = wb["条款"]
    col = [c.value for c in text[1]].index("条款内容") + 1
    assert text.cell(2, col).alignment.wrap_text  # long clause text wraps


def test_workbook_speaks_chinese(workbook: Path, corpus: comparer.Corpus) -> None:
    wb = openpyxl.load_workbook(workbook)
    changes = wb["变化"]
    header = [c.value for c in changes[1]]
    values = [[c.value for c in row] for row in changes.iter_rows(min_row=2)]
    change_col = [r[header.index("变化")] for r in values if r[header.index("变化")]]
    assert change_col and not any("{" in v or '"field"' in v for v in change_col)  # not raw JSON
    assert any(v.startswith("目标：") or "\n目标：" in v for v in change_col)
    assert {r[header.index("状态")] for r in values} <= CHINESE_STATUSES
    clauses = wb["条款"]
    kind = [c.value for c in clauses[1]].index("类型")
    assert {row[kind].value for row in clauses.iter_rows(min_row=2)} <= set(labels.KIND.values())
    check = wb["检查"]
    status = [c.value for c in check[1]].index("状态")
    assert {row[status].value for row in check.iter_rows(min_row=2)} <= CHINESE_STATUSES


def test_workbook_matrix_headers_are_place_and_year(workbook: Path, corpus: comparer.Corpus) -> None:
    header = [c.value for c in openpyxl.load_workbook(workbook)["覆盖矩阵"][1]]
    assert header[3:] and set(header[3:]) == {labels.doc_label(d) for d in corpus.documents}
    assert "额敏县 2025" in header


def test_workbook_is_byte_identical(corpus: comparer.Corpus, workbook: Path, tmp_path: Path) -> None:
    build_report(corpus, tmp_path)
    assert (tmp_path / "report.xlsx").read_bytes() == workbook.read_bytes()


def test_check_workbook_lists_missing_items_first(result, tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(result.write_xlsx(tmp_path / "ck.xlsx"))["检查"]
    status = [c.value for c in ws[1]].index("状态")
    shown = [row[status].value for row in ws.iter_rows(min_row=2)]
    rank = {labels.STATUS[s]: n for n, s in enumerate(labels.CHECK_STATUSES)}
    assert shown and [rank[s] for s in shown] == sorted(rank[s] for s in shown)
