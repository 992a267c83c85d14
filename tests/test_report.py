"""The report: HTML, Excel and CSV from the seed corpus; escaped, deterministic, browser-clean."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import comparer
from comparer.align import Alignment, align
from comparer.corpus import Corpus
from comparer.model import Document
from comparer.report import Report, _numbers, _shared_terms, build_report, segments, summarize
from tests.conftest import CORPORA, seed_text

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
EVIL = "<script>alert(1)</script>"
FILES = ("report.html", "report.xlsx", "documents.csv", "clauses.csv", "alignments.csv",
         "coverage.csv", "check.csv")


@pytest.fixture(scope="module")
def html(report_dir: Path) -> str:
    return (report_dir / "report.html").read_text(encoding="utf-8")


def test_report_writes_html_xlsx_and_csv(report_dir: Path) -> None:
    for name in FILES:
        assert (report_dir / name).stat().st_size > 0, name


def test_report_html_names_every_document(html: str, corpus: Corpus) -> None:
    for d in corpus.documents:
        assert d.doc_id in html
        assert f'id="doc-{d.doc_id}"' in html


def test_report_html_has_matrix_side_by_side_and_figures(html: str) -> None:
    assert '<table id="matrix">' in html
    assert 'class="pair"' in html and 'class="side"' in html
    assert "<mark class=\"hl\">" in html
    for section, title in (("coverage", "覆盖矩阵"), ("scores", "相似度分布")):  # each figure inline, in its section
        body = html[html.index(f'<section id="{section}"><h2>{title}</h2>'):]
        body = body[:body.index("</section>")]
        assert "<svg" in body and "</svg>" in body, section


def test_report_html_is_self_contained(html: str) -> None:
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<link" not in html


def test_report_clause_anchors_are_linked(html: str, corpus: Corpus) -> None:
    anchors = set(re.findall(r'<div class="clause" id="([^"]+)"', html))
    assert len(anchors) == len(corpus.clause_list)
    assert "c-bazhou-2024/11.2" in anchors
    for target in set(re.findall(r'href="#(c-[^"]+)"', html)):
        assert target in anchors


def test_report_summary_is_plain_data(corpus: Corpus, alignment: Alignment) -> None:
    data = summarize(corpus, alignment)
    assert data.overview["documents"] == len(corpus)
    assert [d["doc_id"] for d in data.documents] == [d.doc_id for d in corpus.documents]
    assert set(data.tables) >= {"documents", "clauses", "alignments", "coverage"}
    assert Report(data)._repr_html_().startswith("<!DOCTYPE html>")


def test_report_escapes_document_text(corpus: Corpus, tmp_path: Path) -> None:
    text = (f"一、推进依法行政\n1.严格落实重大行政决策程序{EVIL}，完善合法性审查机制。\n"
            "2.深化行政执法体制改革，全面推行行政执法公示制度。\n")
    evil = Document("evil-2024", text, jurisdiction="测试县<b>", year=2024, kind="工作要点")
    build_report(corpus + Corpus((comparer.segment(evil),)), tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "测试县<b>" not in html and "测试县&lt;b&gt;" in html


def test_report_is_deterministic(corpus: Corpus, report_dir: Path, tmp_path: Path) -> None:
    build_report(corpus, tmp_path)
    names = sorted(p.name for p in report_dir.iterdir())
    assert names == sorted(p.name for p in tmp_path.iterdir())
    for name in names:
        assert (report_dir / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_report_xlsx_has_the_sheets(report_dir: Path, corpus: Corpus) -> None:
    wb = openpyxl.load_workbook(report_dir / "report.xlsx")
    assert {"文档", "条款", "对齐", "覆盖矩阵"} <= set(wb.sheetnames)
    assert wb["文档"]["A1"].value == "文档编号"
    assert wb["条款"].max_row == len(corpus.clause_list) + 1
    assert wb["覆盖矩阵"].conditional_formatting


def _csv_rows(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _sheet_rows(wb: openpyxl.Workbook, name: str) -> list[tuple]:
    return list(wb[name].iter_rows(min_row=2, values_only=True))


def test_report_csv_and_xlsx_hold_every_row_of_the_data(report_dir: Path, corpus: Corpus,
                                                       alignment: Alignment) -> None:
    """Each table, as CSV and as a sheet, has one row per clause, aligned pair, obligation group,
    change row and check item: counted from the data, not from an earlier run."""
    from collections import Counter

    from comparer.check import check_corpus
    from comparer.report import compute_changes

    changes = compute_changes(corpus, alignment)
    change_rows = [r for cs in changes.values() for r in cs.records()]
    check_rows = check_corpus(alignment).records()
    expected = {"documents": ("文档", len(corpus)), "clauses": ("条款", len(corpus.clause_list)),
                "alignments": ("对齐", len(alignment.pairs)), "coverage": ("覆盖矩阵", len(alignment.groups)),
                "changes": ("变化", len(change_rows)), "check": ("检查", len(check_rows))}
    assert all(n > 1 for _, n in expected.values()), expected
    wb = openpyxl.load_workbook(report_dir / "report.xlsx", read_only=True)
    for name, (sheet, n) in expected.items():
        assert len(_csv_rows(report_dir / f"{name}.csv")) == n, name
        assert len(_sheet_rows(wb, sheet)) == n, sheet
    # and the rows are those of the data
    pairs = {(p.a.clause_id, p.b.clause_id) for p in alignment.pairs}
    assert {(r["clause_a"], r["clause_b"]) for r in _csv_rows(report_dir / "alignments.csv")} == pairs
    header = [c.value for c in next(wb["对齐"].iter_rows(max_row=1))]
    a, b = header.index("条款A"), header.index("条款B")
    assert {(r[a], r[b]) for r in _sheet_rows(wb, "对齐")} == pairs
    assert [r["clause_id"] for r in _csv_rows(report_dir / "clauses.csv")] == \
        [c.clause_id for c in corpus.clause_list]
    assert Counter(r["status"] for r in _csv_rows(report_dir / "changes.csv")) == \
        Counter(r["status"] for r in change_rows)
    from comparer.labels import readable

    status = [c.value for c in next(wb["变化"].iter_rows(max_row=1))].index("状态")
    assert Counter(r[status] for r in _sheet_rows(wb, "变化")) == \
        Counter(readable("status", r["status"]) for r in change_rows)
    assert sorted(r["support"] for r in _csv_rows(report_dir / "coverage.csv")) == \
        sorted(str(n) for n in alignment.coverage()["support"])


def test_report_cli_writes_the_folder(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from comparer.cli import app

    result = CliRunner().invoke(app, ["--quiet", "report", str(ROOT / "corpora"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report.html").is_file() and (tmp_path / "report.xlsx").is_file()


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run",
           f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_report_renders_in_a_browser(report_dir: Path, tmp_path: Path) -> None:
    url = (report_dir / "report.html").as_uri()
    dom = _chromium(tmp_path / "profile", "--dump-dom", url).stdout
    body = re.search(r"<body[^>]*>", dom)
    assert body is not None and 'data-ready="1"' in body.group(), body
    assert "data-js-errors" not in body.group()
    assert 'id="matrix"' in dom and 'class="side"' in dom
    assert re.search(r"显示 \d+ / \d+ 组", dom)  # the matrix script ran

    shot = tmp_path / "report.png"
    _chromium(tmp_path / "profile", f"--screenshot={shot}", "--window-size=1400,2400", url)
    assert shot.is_file()
    from PIL import Image

    with Image.open(shot) as img:
        assert img.size == (1400, 2400)
        lo, hi = img.convert("L").getextrema()
        assert hi - lo > 100  # not blank
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
    # (the README's docs/report-screenshot.png is made by scripts/screenshot.py, not by a test)


def test_report_shows_changes_and_a_drafter_check(corpus: Corpus, alignment: Alignment,
                                                  tmp_path: Path) -> None:
    from comparer.check import check
    from comparer.report import compute_changes

    result = check(corpus.segmentation("bazhou-2026").document, corpus)
    report = Report(summarize(corpus, alignment, compute_changes(corpus, alignment), result))
    html = report.html()
    assert 'id="changes"' in html and "bazhou-2024 → bazhou-2026" in html
    assert 'id="check"' in html
    report.write_xlsx(tmp_path / "r.xlsx")
    assert {"变化", "检查"} <= set(openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames)


def test_report_xlsx_and_csv_have_the_corpus_check(report_dir: Path, corpus: Corpus) -> None:
    ws = openpyxl.load_workbook(report_dir / "report.xlsx")["检查"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["被检查文档", "事项", "状态", "覆盖文档数"] and "参考条款" in header
    plans = {row[0] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert plans == {d.doc_id for d in corpus.documents}
    assert (report_dir / "check.csv").read_text(encoding="utf-8").startswith("plan,item,status,")


def test_report_html_shows_who_lacks_what(html: str, corpus: Corpus) -> None:
    section = html[html.index('<section id="check">'):]
    section = section[:section.index("</section>")]
    assert 'href="#check"' in html and 'id="check-counts"' in section
    for d in corpus.documents:
        assert f'id="check-{d.doc_id}"' in section
    assert "缺失" in section and '<tr class="missing">' in section
    anchors = set(re.findall(r'<div class="clause" id="([^"]+)"', html))
    links = re.findall(r'href="#(c-[^"]+)"', section)
    assert links and set(links) <= anchors


def _regex_segments(text: str, terms: list[str], changed: set[str]) -> list[tuple[str, str]]:
    """The former segments(): one alternation regex per call (numbers first, longer terms first)."""
    from comparer.report import _NUMBER

    alts = [_NUMBER.pattern] + [re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t))]
    out, pos = [], 0
    for m in re.finditer("|".join(f"(?:{a})" for a in alts), text):
        if not m.group():
            continue
        out.append((text[pos:m.start()], ""))
        token = m.group()
        if _NUMBER.fullmatch(token):
            key = re.sub(r"\s+", "", token).replace("．", ".")
            out.append((token, "chg" if key in changed else ""))
        else:
            out.append((token, "hl"))
        pos = m.end()
    out.append((text[pos:], ""))
    return [s for s in out if s[0]]


@pytest.mark.parametrize("text, terms, changed", [
    ("推进行政执法公示制度，行政执法全过程记录", ["行政", "行政执法", "执法公示", "公示制度"], set()),
    ("每年不少于2次，出庭应诉率达100%，12345热线", ["2次", "12345热线", "热线", "出庭应诉"], {"2次"}),
    ("完成３００家企业法治体检，3. 5 万元", ["企业", "法治体检", "家企业"], {"300家", "3.5万元"}),
    ("法治法治法治", ["法治法", "治法"], set()),
    ("", ["法治"], set()),
    ("无共同词语", [], set()),
])
def test_report_segments_cases(text: str, terms: list[str], changed: set[str]) -> None:
    assert segments(text, terms, changed) == _regex_segments(text, terms, changed)
    assert "".join(t for t, _ in segments(text, terms, changed)) == text


def test_report_segments_match_the_regex_version_on_the_seeds(alignment: Alignment) -> None:
    cache: dict[str, set[str]] = {}
    for p in alignment.pairs:
        terms = _shared_terms(alignment, p, cache)
        na, nb = _numbers(p.a.text), _numbers(p.b.text)
        for text, changed in ((p.a.text, na - nb), (p.b.text, nb - na)):
            assert segments(text, terms, changed) == _regex_segments(text, terms, changed), text


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """12 synthetic plans (benchmarks/synth.py); plans 0, 5 and 9 are one county in 2022, 2024, 2026."""
    import csv
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth

    folder = synth.write_corpus(tmp_path_factory.mktemp("syn"), 12, seed=3)
    with (folder / "manifest.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for n, year in ((0, 2022), (5, 2024), (9, 2026)):
        rows[n].update(jurisdiction="青云县", year=str(year))
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return comparer.load_corpus(folder)


@pytest.fixture(scope="module")
def synthetic_alignment(synthetic: Corpus) -> Alignment:
    # the cosine rule: what these tests check is which pairs the report shows, not the matching
    # model (the seeds' report, above, is the model's)
    return align(synthetic, method="pairwise")


@pytest.fixture(scope="module")
def synthetic_report(synthetic: Corpus, synthetic_alignment: Alignment,
                     tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What build_report(synthetic, out) writes (12 documents: above the default limit of 10),
    from the module's one alignment of the synthetic plans."""
    from comparer.check import check_corpus
    from comparer.report import compute_changes

    out = tmp_path_factory.mktemp("syn-report")
    alignment = synthetic_alignment
    Report(summarize(synthetic, alignment, compute_changes(synthetic, alignment),
                     check_corpus(alignment))).write(out)
    return out


def _pair_ids(html: str) -> list[tuple[str, str]]:
    return [tuple(m.split("--")) for m in re.findall(r'<details class="pair" id="pair-([^"]+)"', html)]


def test_report_shows_every_pair_up_to_the_limit(html: str, corpus: Corpus) -> None:
    assert len(_pair_ids(html)) == len(corpus) * (len(corpus) - 1) // 2
    assert 'id="pair-selection"' not in html


def test_report_selects_pairs_above_the_limit(synthetic: Corpus, synthetic_report: Path) -> None:
    from comparer.report import year_pairs

    html = (synthetic_report / "report.html").read_text(encoding="utf-8")
    shown = _pair_ids(html)
    ids = [d.doc_id for d in synthetic.documents]
    years = year_pairs(synthetic)
    assert len(years) == 2
    for old, new in years:  # the year-over-year pairs, in document order
        assert tuple(sorted((old, new), key=ids.index)) in shown
    assert len(shown) <= len(years) + len(ids) < len(ids) * (len(ids) - 1) // 2
    assert {d for pair in shown for d in pair} == set(ids)  # every plan beside its closest one
    note = re.search(r'<p class="note" id="pair-selection">(.*?)</p>', html).group(1)
    assert f"这里列出 {len(shown)} 对" in note and "同一地区前后年度" in note and "alignments.csv" in note
    assert "同一地区前后年度" in html and "最相似：共有" in html  # each pair says why it is shown


def test_report_alignments_csv_keeps_every_pair(synthetic_report: Path) -> None:
    import csv

    html = (synthetic_report / "report.html").read_text(encoding="utf-8")
    with (synthetic_report / "alignments.csv").open(encoding="utf-8") as f:
        pairs = {(r["doc_a"], r["doc_b"]) for r in csv.DictReader(f)}
    assert set(_pair_ids(html)) < pairs and len(pairs) > 2 * len(_pair_ids(html))


def test_report_pair_limit_is_a_parameter(synthetic: Corpus, synthetic_alignment: Alignment) -> None:
    from comparer.report import select_pairs

    alignment = synthetic_alignment
    data = summarize(synthetic, alignment, all_pairs_max=12)
    assert data.pair_selection is None and len(data.pair_views) == 66
    small = summarize(synthetic, alignment, all_pairs_max=2)
    assert small.pair_selection["shown"] == len(small.pair_views) < 66
    assert list(select_pairs(synthetic, alignment, 2, similar=3)) != list(select_pairs(synthetic, alignment, 2))
    assert len(select_pairs(synthetic, alignment, 2, similar=3)) <= 2 + 3 * 12


def test_report_xlsx_sheets_keep_their_used_range(report_dir: Path, corpus: Corpus) -> None:
    """Sheets are streamed (write-only mode), and their <dimension> is written as before."""
    wb = openpyxl.load_workbook(report_dir / "report.xlsx", read_only=True)  # sized by <dimension>
    assert wb["条款"].max_row == len(corpus.clause_list) + 1
    assert wb["文档"].calculate_dimension() == f"A1:M{len(corpus) + 1}"  # 13 metadata columns


def test_report_heatmap_of_a_large_matrix_draws_only_filled_cells() -> None:
    from comparer.figures import DENSE_CELLS_MAX, heatmap_svg

    docs = [f"d{i}" for i in range(3)]
    rows = [{"group": f"G{j}", "label": "x", "cells": [[{}] if i == j % 3 else [] for i in range(3)]}
            for j in range(DENSE_CELLS_MAX // 3 + 1)]
    svg = heatmap_svg({"doc_ids": docs, "rows": rows}, {})
    assert svg.count("<title>") == len(rows)  # one per filled cell, none for the empty ones
    assert svg.count("<rect") == len(rows) + len(docs) + 6  # + a background per row + the legend


def test_cli_report_pairs_option(corpus: Corpus, tmp_path: Path) -> None:
    """`--pairs 3` with the five seeds (all 10 pairs shown by default) shows only the selected
    pairs and says so; a negative limit is refused. (The selection itself is tested above on 12
    plans; this is the option reaching the library.)"""
    from typer.testing import CliRunner

    from comparer.cli import app

    result = CliRunner().invoke(app, ["--quiet", "report", str(CORPORA), "--out", str(tmp_path), "--pairs", "3"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    shown = _pair_ids(html)
    assert 'id="pair-selection"' in html and f"这里列出 {len(shown)} 对" in html
    assert {"bazhou-2024", "bazhou-2026"} in [set(p) for p in shown] and len(shown) < len(corpus) * (len(corpus) - 1) // 2
    bad = CliRunner().invoke(app, ["report", str(CORPORA), "--out", str(tmp_path / "x"), "--pairs", "-1"])
    assert bad.exit_code == 2 and not (tmp_path / "x").exists()


def test_report_xlsx_stores_text_starting_with_equals_as_text(corpus: Corpus, tmp_path: Path) -> None:
    # A clause is document text: Excel must not evaluate one that happens to start with "=".
    text = ("一、推进依法行政\n1.=HYPERLINK(\"http://x\",\"点击\")严格落实重大行政决策程序，完善合法性审查机制。\n"
            "2.深化行政执法体制改革，全面推行行政执法公示制度。\n")
    evil = Document("evil-2024", text, jurisdiction="测试县", year=2024, kind="工作要点")
    build_report(corpus + Corpus((comparer.segment(evil),)), tmp_path)
    cells = [c for row in openpyxl.load_workbook(tmp_path / "report.xlsx")["条款"].iter_rows()
             for c in row if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")]
    assert cells and all(c.data_type == "s" for c in cells)
    assert any(c.value.startswith('=HYPERLINK("http://x","点击")严格落实') for c in cells)  # the clause


def test_report_folder_is_written_all_or_nothing(corpus: Corpus, report_dir: Path, tmp_path: Path) -> None:
    # A folder holding an older report, where one of the new files cannot be written (its
    # name is taken by a folder): the command fails in one line and every old file is kept.
    out = tmp_path / "out"
    shutil.copytree(report_dir, out)
    (out / "report.html").write_text("old report", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / "coverage.csv").unlink()
    (out / "coverage.csv").mkdir()
    del before["coverage.csv"]
    result = subprocess.run([sys.executable, "-m", "comparer", "--quiet", "report", "corpora", "--out",
                             str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "coverage.csv" in result.stderr, result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staged files left


def test_report_year_pairs_skip_two_documents_of_one_year(tmp_path: Path) -> None:
    from comparer.report import year_pairs

    copy = tmp_path / "bazhou-2024-copy.txt"
    shutil.copy(ROOT / "corpora" / "bazhou-2024.txt", copy)
    corpus = comparer.load_corpus([ROOT / "corpora" / "bazhou-2024.txt", copy,
                                   ROOT / "corpora" / "bazhou-2026.txt"])
    a, b, _ = corpus.documents
    assert (a.year, a.jurisdiction) == (b.year, b.jurisdiction) == (2024, a.jurisdiction)
    assert a.jurisdiction
    assert all(corpus.document(x).year < corpus.document(y).year for x, y in year_pairs(corpus))


def _visible(html: str) -> str:
    """The report's text as a reader sees it: no script, style or tags."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def test_report_speaks_chinese_to_its_reader(html: str) -> None:
    # Statuses, change fields, strength levels and clause kinds in Chinese; no Python None.
    text = _visible(html)
    assert "None" not in text
    for code in ("changed", "added", "dropped", "lead_units", "responsible_units", "strength",
                 "obligation", "achievement", "preamble"):
        assert not re.search(rf"(?<![\w-]){code}(?![\w-])", text), code
    for word in ("有变化", "新增", "删去", "牵头单位", "措辞强度", "任务", "成效"):
        assert word in text, word


def test_report_summarize_without_changes_computes_them(corpus: Corpus, alignment: Alignment) -> None:
    html = Report(summarize(corpus, alignment)).html()
    section = html[html.index('<section id="changes">'):html.index('<section id="unique">')]
    assert "bazhou-2024" in section and "有变化" in section and "尚不可用" not in section


def test_report_says_why_there_are_no_year_over_year_changes() -> None:
    def plan(doc_id: str, year: int | None) -> comparer.Corpus:
        doc = Document(doc_id, seed_text("fukang-2021"), jurisdiction="阜康市", year=year, kind="工作要点")
        return Corpus((comparer.segment(doc),))

    for years, words in (((None, None), "缺少年份"), ((2021, 2021), "年份相同")):
        corpus = plan("a", years[0]) + plan("b", years[1])
        text = _visible(Report(summarize(corpus, align(corpus))).html())
        assert words in text and "没有同一地区的多份文件" not in text
    single = plan("a", 2021)
    text = _visible(Report(summarize(single, align(single))).html())
    assert "只有一份文件，没有可对照的文件对" in text and "没有同一地区的多份文件" in text


def test_report_with_no_standard_item_says_so(corpus: Corpus, tmp_path: Path) -> None:
    build_report(corpus, tmp_path, threshold=1.0)
    text = _visible((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert "没有标准事项" in text and "没有可检查的文件" not in text


def test_report_numbers_are_the_cli_numbers(report_dir: Path) -> None:
    # The same corpus and options give the report's check and changes and the CLI's the same
    # rows (they differed: check of 巴州 2024 35/6/4 in the report, 42/4/3 from the CLI).
    import csv
    import io

    from typer.testing import CliRunner

    from comparer.cli import app

    def statuses(text: str, **where: str) -> list[str]:
        rows = csv.DictReader(io.StringIO(text))
        return sorted(r["status"] for r in rows if all(r[k] == v for k, v in where.items()))

    res = CliRunner().invoke(app, ["-q", "check", str(ROOT / "corpora" / "bazhou-2024.txt"),
                                   "--against", str(ROOT / "corpora"), "--format", "csv"])
    assert res.exit_code == 0, res.output
    report_check = (report_dir / "check.csv").read_text(encoding="utf-8")
    assert statuses(res.stdout) == statuses(report_check, plan="bazhou-2024") != []
    res = CliRunner().invoke(app, ["-q", "changes", "bazhou-2024", "bazhou-2026", "--corpus",
                                   str(ROOT / "corpora"), "--format", "csv"])
    assert res.exit_code == 0, res.output
    report_changes = (report_dir / "changes.csv").read_text(encoding="utf-8")
    assert statuses(res.stdout) == statuses(report_changes, old="bazhou-2024", new="bazhou-2026") != []


def test_report_lists_the_possible_band_for_review(report_dir: Path, alignment: Alignment) -> None:
    import csv
    import io

    from comparer.report import MAX_POSSIBLE

    rows = list(csv.DictReader(io.StringIO((report_dir / "possible.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(alignment.possible) > 0
    assert {r["band"] for r in rows} == {"possible"}
    assert all(0.2 <= float(r["score"]) < 0.5 for r in rows)
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    section = html[html.index('id="possible"'):html.index('id="unique"')]
    assert section.count("<tr><td>") == min(MAX_POSSIBLE, len(rows))
    assert "comparer review" in section
    assert "待核实配对" in openpyxl.load_workbook(report_dir / "report.xlsx").sheetnames
