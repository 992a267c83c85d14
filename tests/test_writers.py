"""The table writers on their own (no corpus): CSV text and the Excel workbook, read back with the
csv module and openpyxl. Fast, so that they also serve as the mutation-testing subset of
``comparer/excel.py`` and ``comparer/io.py`` (scripts/mutation.sh)."""

from __future__ import annotations

import csv
import io
import json
import re

import openpyxl
import pytest

from comparer.excel import HEADERS, SHEETS, csv_text, xlsx_bytes
from comparer.excel import display_width
from comparer.io import render
from comparer.labels import readable

PAIRS = [
    {"doc_a": "bazhou-2024", "clause_a": "bazhou-2024/22.3", "text_a": "县级以上政府及部门每年至少组织1次领导干部旁听庭审活动。",
     "doc_b": "fukang-2021", "clause_b": "fukang-2021/4.5", "text_b": "每年至少组织领导干部到现场参加1次旁听庭审活动。",
     "score": 0.94, "band": "match", "evidence": ["同文件内排名第1/98", "共同词：旁听庭审"]},
    {"doc_a": "alxa-2024", "clause_a": "alxa-2024/17.1", "text_a": "践行新时代“枫桥经验”“浦江经验”。",
     "doc_b": "bazhou-2026", "clause_b": "bazhou-2026/12.1.1", "text_b": "=坚持和发展新时代“枫桥经验”",
     "score": 0.99, "band": "match", "evidence": []},
    {"doc_a": "emin-2025", "clause_a": "emin-2025/2.3.4", "text_a": "二是深化矛盾纠纷多元化解。\n（续）",
     "doc_b": "alxa-2024", "clause_b": "alxa-2024/17.3", "text_b": None,
     "score": 0.5, "band": "match", "evidence": ["e5 0.91"]},
]
CHANGES = [
    {"old": "bazhou-2024", "new": "bazhou-2026", "status": "changed", "clause_old": "bazhou-2024/2.3",
     "text_old": "每年不少于1次", "clause_new": "bazhou-2026/1.5.2", "text_new": "不少于2次",
     "changes": [{"field": "target", "old": "≥1次", "new": "≥2次", "unit": "次"}]},
    {"old": "bazhou-2024", "new": "bazhou-2026", "status": "added", "clause_old": None, "text_old": None,
     "clause_new": "bazhou-2026/4.5.1", "text_new": "+86-991-12345为投诉电话", "changes": []},
]
COVERAGE = [{"group": "G1", "label": "旁听庭审", "support": 2, "bazhou-2024": "bazhou-2024/22.3",
             "fukang-2021": "fukang-2021/4.5"},
            {"group": "G2", "label": "枫桥经验", "support": 1, "bazhou-2024": "", "fukang-2021": "fukang-2021/9.1"}]


@pytest.fixture  # per test (a few ms): mutmut ties a fixture's calls to the test that runs it
def workbook() -> tuple[bytes, openpyxl.Workbook]:
    data = xlsx_bytes({"alignments": PAIRS, "changes": CHANGES, "coverage": COVERAGE, "check": []})
    return data, openpyxl.load_workbook(io.BytesIO(data))


def _rows(ws) -> list[tuple]:
    return list(ws.iter_rows(values_only=True))


def test_writers_csv_has_one_row_per_record_and_flat_cells() -> None:
    rows = list(csv.DictReader(io.StringIO(csv_text(PAIRS))))
    assert len(rows) == len(PAIRS)
    assert list(rows[0]) == list(PAIRS[0])  # English column names, in order
    assert rows[0]["evidence"] == "同文件内排名第1/98、共同词：旁听庭审"  # a list joined with 、
    assert rows[1]["evidence"] == "" and rows[2]["text_b"] == ""
    assert rows[1]["text_b"] == "'=坚持和发展新时代“枫桥经验”"  # shown as text, not a formula
    assert rows[2]["text_a"] == PAIRS[2]["text_a"]  # a line break kept inside its cell
    assert [float(r["score"]) for r in rows] == [p["score"] for p in PAIRS]
    changes = list(csv.DictReader(io.StringIO(csv_text(CHANGES))))
    assert json.loads(changes[0]["changes"]) == CHANGES[0]["changes"]  # dicts as JSON
    assert changes[1]["text_new"] == "'+86-991-12345为投诉电话"
    assert csv_text(PAIRS).count("\r") == 0
    # JSON cells keep Chinese as it is (no \\u escapes), keys sorted, whatever their order
    assert '"old": "≥1次"' in changes[0]["changes"]
    odd = list(csv.DictReader(io.StringIO(csv_text([{"meta": {"年份": 2024, "地区": "巴州"}, "x": float("nan")}]))))
    assert odd[0]["meta"] == '{"地区": "巴州", "年份": 2024}' and odd[0]["x"] == ""


def test_writers_workbook_sheets_headers_and_rows(workbook) -> None:
    _, wb = workbook
    assert wb.sheetnames == [SHEETS[n] for n in ("alignments", "changes", "coverage", "check")]
    pairs = _rows(wb["对齐"])
    assert pairs[0] == tuple(HEADERS[k] for k in PAIRS[0])  # Chinese headers
    assert len(pairs) == len(PAIRS) + 1
    assert [r[1] for r in pairs[1:]] == [p["clause_a"] for p in PAIRS]
    assert [r[6] for r in pairs[1:]] == [p["score"] for p in PAIRS]
    assert pairs[1][-1] == "同文件内排名第1/98、共同词：旁听庭审" and pairs[2][-1] is None
    assert pairs[3][5] is None  # None stays an empty cell
    changes = _rows(wb["变化"])
    assert len(changes) == len(CHANGES) + 1 and changes[0][2] == "状态"
    assert [r[2] for r in changes[1:]] == [readable("status", "changed"), readable("status", "added")]
    assert changes[1][-1] == readable("changes", CHANGES[0]["changes"])  # for people: 目标：≥1次 → ≥2次
    assert "≥1次" in changes[1][-1] and "≥2次" in changes[1][-1]
    assert _rows(wb["检查"]) == [(None,)]  # an empty table: an empty header cell
    assert all(c.font.b for c in wb["对齐"][1])
    assert wb["对齐"].freeze_panes == "A2"
    assert wb.properties.creator == "comparer"
    assert not wb["对齐"].conditional_formatting  # colours only on the coverage matrix


def test_writers_workbook_cells_of_other_types_and_other_tables() -> None:
    long_name = "a_table_name_longer_than_excel_allows_for_a_sheet"
    data = xlsx_bytes({long_name: [{"meta": {"年份": 2024, "地区": "巴州"}, "x": float("nan"), "n": 3}],
                       "coverage": []})
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == [long_name[:31], "覆盖矩阵"]
    rows = _rows(wb[long_name[:31]])
    assert rows == [("meta", "x", "n"), ('{"地区": "巴州", "年份": 2024}', None, 3)]
    assert not wb["覆盖矩阵"].conditional_formatting  # an empty matrix: nothing to colour


def test_writers_workbook_keeps_formula_like_text_as_text(workbook) -> None:
    _, wb = workbook
    cell = wb["对齐"]["F3"]
    assert cell.value == "=坚持和发展新时代“枫桥经验”" and cell.data_type == "s"


def test_writers_workbook_used_range_and_coverage_colours(workbook) -> None:
    data, wb = workbook
    ro = openpyxl.load_workbook(io.BytesIO(data), read_only=True)  # sized by <dimension>
    assert ro["对齐"].calculate_dimension() == f"A1:I{len(PAIRS) + 1}"
    assert ro["变化"].calculate_dimension() == f"A1:H{len(CHANGES) + 1}"
    assert ro["检查"].calculate_dimension() == "A1:A1"
    ranges = {str(r.sqref) for r in wb["覆盖矩阵"].conditional_formatting}
    assert ranges == {f"D2:E{len(COVERAGE) + 1}", f"C2:C{len(COVERAGE) + 1}"}


def test_writers_workbook_is_byte_for_byte_deterministic(workbook) -> None:
    data, _ = workbook
    assert xlsx_bytes({"alignments": PAIRS, "changes": CHANGES, "coverage": COVERAGE, "check": []}) == data
    assert xlsx_bytes({"alignments": PAIRS[:2]}) != xlsx_bytes({"alignments": PAIRS})


def test_writers_render_formats_agree_on_the_rows() -> None:
    as_jsonl = [json.loads(line) for line in render(PAIRS, "jsonl").splitlines()]
    assert as_jsonl == PAIRS
    assert len(list(csv.DictReader(io.StringIO(render(PAIRS, "csv"))))) == len(PAIRS)
    table = render(PAIRS, "table", width=100)
    assert all(display_width(line) <= 100 for line in table.splitlines())
    assert all(p["clause_a"] in table and p["clause_b"] in table for p in PAIRS)  # every row shown
    assert render([], "table") == "(no rows)\n"


def test_writers_workbook_zip_is_normalised(workbook) -> None:
    """Sorted, deflated entries with a fixed time and mode, fixed document dates, and each sheet's
    used range in its XML (openpyxl's write-only mode leaves it out)."""
    import zipfile

    data, _ = workbook
    z = zipfile.ZipFile(io.BytesIO(data))
    infos = z.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {(i.date_time, i.compress_type, i.external_attr) for i in infos} == \
        {((2000, 1, 1, 0, 0, 0), zipfile.ZIP_DEFLATED, 0o600 << 16)}
    core = z.read("docProps/core.xml").decode()
    assert core.count("2000-01-01T00:00:00Z") == 2  # created and modified
    sheets = [z.read(n).decode() for n in sorted(z.namelist()) if n.startswith("xl/worksheets/sheet")]
    assert [s.count("<dimension ") for s in sheets] == [1] * 4
    assert '<dimension ref="A1:I4"/>' in sheets[0] and '<dimension ref="A1:A1"/>' in sheets[3]
    # where a normal workbook has it: right after <sheetPr>, nothing else inserted
    assert all(re.search(r'</sheetPr><dimension ref="A1:[A-Z]+\d+"/><', s) for s in sheets)


def _screen_width(text: str) -> int:
    """Columns on screen, counted here (not with the module's function): wide and full-width
    characters (汉字, ，。) two, others one; the longest line."""
    import unicodedata

    return max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
               for line in text.splitlines() or [""])


def test_writers_workbook_column_widths() -> None:
    """Each column is as wide as its header and its values on screen (a CJK character counts
    two), plus a margin, within 8 and 60; wider text wraps."""
    ws = openpyxl.load_workbook(io.BytesIO(xlsx_bytes({"alignments": PAIRS})))["对齐"]
    rows = _rows(ws)
    for i, letter in enumerate("ABCDEFGHI"):
        width = ws.column_dimensions[letter].width
        widest = max(_screen_width(str(r[i])) for r in rows if r[i] is not None)
        assert width == min(max(widest + 2, 8), 60), (letter, width, widest)
    assert ws.column_dimensions["C"].width > ws.column_dimensions["B"].width  # text wider than ids


def test_writers_coverage_colours_from_one_row_and_one_document() -> None:
    """The smallest matrix that has cells (one group, one document) is coloured: filled cells
    blue, the support column on a scale from light grey to dark blue."""
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes({"coverage": COVERAGE[:1]})))
    wb_narrow = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(
        {"coverage": [{k: v for k, v in COVERAGE[0].items() if k != "fukang-2021"}]})))
    for book, last in ((wb, "E"), (wb_narrow, "D")):
        rules = {str(r.sqref): r.rules[0] for r in book["覆盖矩阵"].conditional_formatting}
        assert set(rules) == {f"D2:{last}2" if last != "D" else "D2", "C2"}
        fill = rules[f"D2:{last}2" if last != "D" else "D2"]
        assert fill.formula == ["LEN(D2)>0"] and fill.dxf.fill.fill_type == "solid"
        assert fill.dxf.fill.fgColor.rgb == fill.dxf.fill.bgColor.rgb == "FF8CC3EA"
        scale = rules["C2"].colorScale
        assert [v.type for v in scale.cfvo] == ["min", "max"]
        assert [c.rgb for c in scale.color] == ["FFF1F3F5", "FF1C6FB0"]
    three = openpyxl.load_workbook(io.BytesIO(xlsx_bytes({"coverage": [{"group": "G1", "label": "x", "support": 0}]})))
    assert not three["覆盖矩阵"].conditional_formatting  # no document column: nothing to colour


def test_writers_json_cells_have_sorted_keys() -> None:
    rows = [{"changes": [{"unit": "次", "old": "≥1次", "new": "≥2次", "field": "target"}]}]
    expected = '[{"field": "target", "new": "≥2次", "old": "≥1次", "unit": "次"}]'
    assert list(csv.DictReader(io.StringIO(csv_text(rows))))[0]["changes"] == expected
    ws = openpyxl.load_workbook(io.BytesIO(xlsx_bytes({"other": [{"meta": rows[0]["changes"][0]}]})))["other"]
    assert ws["A2"].value == '{"field": "target", "new": "≥2次", "old": "≥1次", "unit": "次"}'


def test_writers_render_keeps_chinese_and_wraps_table_cells() -> None:
    rows = [{"text": "依法行政" * 10 + "一", "units": ["州司法局", "州财政局"], "meta": {"地区": "巴州", "年份": 2024},
             "score": 0.5, "gap": None}]
    assert render(rows, "jsonl") == json.dumps(rows[0], ensure_ascii=False) + "\n"  # no \u escapes
    parsed = list(csv.DictReader(io.StringIO(render(rows, "csv"))))[0]
    assert parsed["units"] == "州司法局、州财政局" and parsed["meta"] == '{"地区": "巴州", "年份": 2024}'
    assert render(rows, "csv").endswith("\n") and "\r" not in render(rows, "csv")
    assert render(rows, "csv", columns=["score", "text"]).splitlines()[0] == "score,text"
    assert all(display_width(line) <= 60 for line in render(rows, "table", width=60).splitlines())
    alone = render([{"text": rows[0]["text"]}], "table", width=30)
    assert all(display_width(line) <= 30 for line in alone.splitlines())
    assert "".join(alone.split()[2:]) == rows[0]["text"]  # under header and rule: wrapped, not cut
    two_lines = render([{"text": "第一行\n第二行", "n": None}, {"text": "x", "n": float("nan")}], "table")
    assert "None" not in two_lines and "nan" not in two_lines.lower()


def test_writers_staged_files_all_or_nothing(tmp_path) -> None:
    """Files written together or not at all: an error inside the block leaves the old files and no
    temporary ones; a target that is a folder stops every rename; the mode is 0o666 less umask."""
    import os
    import stat

    from comparer.errors import ComparerError
    from comparer.io import StagedFiles, write_atomic

    old = tmp_path / "a.csv"
    old.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), StagedFiles() as files:
        files.write(old, "new")
        files.write(tmp_path / "sub" / "b.csv", b"new")
        raise RuntimeError("stop")
    assert old.read_text(encoding="utf-8") == "old" and not (tmp_path / "sub" / "b.csv").exists()
    assert [p.name for p in tmp_path.rglob("*") if p.name.startswith(".")] == []
    (tmp_path / "c.csv").mkdir()
    with pytest.raises(ComparerError, match=r"c.csv: cannot write output: it is a folder"):
        with StagedFiles() as files:
            files.write(old, "new")
            files.write(tmp_path / "c.csv", "new")
    assert old.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.rglob("*") if p.name.startswith(".")] == []
    with StagedFiles() as files:
        files.write(old, "新")
        files.write(tmp_path / "sub" / "b.csv", b"\x00\x01")
    assert old.read_text(encoding="utf-8") == "新" and (tmp_path / "sub" / "b.csv").read_bytes() == b"\x00\x01"
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(old.stat().st_mode) == 0o666 & ~umask
    assert write_atomic(tmp_path / "d.txt", "一") == tmp_path / "d.txt"
    assert (tmp_path / "d.txt").read_text(encoding="utf-8") == "一"
    with pytest.raises(ComparerError, match=r"e.txt: cannot write output: "):
        write_atomic(old / "e.txt", "x")  # its folder is a file
