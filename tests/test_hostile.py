"""Hostile files: decompression bombs, entity declarations, huge page counts, formula cells.

Every hostile file is built inside the test (``tests/fixtures_hostile.py``). A refused file gets
one line naming it and the limit, exit code 2 and no output; ``benchmarks/hostile.py`` prints the
time and memory each case takes (the tests assert the outcome, not the time).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import comparer
from comparer.errors import IngestError
from comparer.ingest import read_text
from comparer.ingest.limits import MAX_INFLATED, MAX_PAGES, check_pdf, check_zip
from comparer.io import spreadsheet_safe
from comparer.model import Document
from comparer.report import build_report
from tests.conftest import seed_text
from tests.fixtures_formats import NOTO_CJK, make_docx, make_html, make_pdf
from tests.fixtures_hostile import (
    PLAN,
    dtd_html,
    make_dtd_html,
    make_entity_docx,
    make_flate_bomb_pdf,
    make_forged_size_docx,
    make_many_pages_pdf,
    make_plain_docx,
    make_renamed_entity_docx,
    make_zip_bomb_docx,
)
from tests.test_robustness import run_cli

SEEDS = ("alxa-2024", "bazhou-2024", "bazhou-2026", "emin-2025", "fukang-2021")

#: case -> (builder in a folder, what the one-line refusal must name)
REFUSED: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    # 100 MiB of <w:p/> deflated to 190 KB: over the 64 MiB a .docx may inflate to
    "zip-bomb-docx": (lambda t: make_zip_bomb_docx(t / "bomb.docx", MAX_INFLATED + 36 * 2**20),
                      ("bomb.docx", "inflates to 100.", "64.0 MiB limit", "zip bomb")),
    # 8 MiB, under the total, but compressed some 600 to 1
    "ratio-docx": (lambda t: make_zip_bomb_docx(t / "ratio.docx", 8 * 2**20),
                   ("ratio.docx", "word/document.xml", "200 to 1 limit")),
    # the zip directory says word/document.xml is half its size: never read past it (CRC fails)
    "forged-size-docx": (lambda t: make_forged_size_docx(t / "forged.docx"),
                         ("forged.docx", "Bad CRC-32", "word/document.xml")),
    "entity-docx": (lambda t: make_entity_docx(t / "lol.docx"),
                    ("lol.docx", "word/document.xml", "DTD", "entity-expansion")),
    "entity-in-renamed-part": (lambda t: make_renamed_entity_docx(t / "renamed.docx"),
                               ("renamed.docx", "customXml/item1.dat", "DTD")),
    "pages-pdf": (lambda t: make_many_pages_pdf(t / "pages.pdf", 3 * MAX_PAGES),
                  ("pages.pdf", "declares 3,000 pages", "1,000-page limit")),
    # the page tree says 1 page; the page objects found say otherwise
    "pages-pdf-lying-count": (lambda t: make_many_pages_pdf(t / "lie.pdf", 3 * MAX_PAGES, declared=1),
                              ("lie.pdf", "has over 1,000 pages", "1,000-page limit")),
    "flate-bomb-pdf": (lambda t: make_flate_bomb_pdf(t / "flate.pdf", 200 * 2**20),
                       ("flate.pdf", "128.0 MiB limit", "decompression bomb")),
}


@pytest.mark.parametrize("case", REFUSED)
def test_hostile_cli_refuses_in_one_line_with_exit_2(tmp_path: Path, case: str) -> None:
    build, needles = REFUSED[case]
    out = tmp_path / "out.csv"
    result = run_cli("segment", build(tmp_path), "--format", "csv", "--out", out)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("comparer: error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    assert not out.exists() and not list(tmp_path.rglob("*.tmp"))


@pytest.mark.parametrize("case", REFUSED)
def test_hostile_library_raises_ingest_error(tmp_path: Path, case: str) -> None:
    build, needles = REFUSED[case]
    with pytest.raises(IngestError, match=re.escape(needles[0])):
        comparer.load_corpus(build(tmp_path))


def test_hostile_small_compressible_parts_are_read(tmp_path: Path) -> None:
    # Under 1 MiB a part may compress as well as it likes (here about 600 to 1): not a bomb.
    path = make_zip_bomb_docx(tmp_path / "empty-paragraphs.docx", 2**20 // 2)
    text, _ = read_text(path)
    assert [line for line in text.splitlines() if line] == PLAN.splitlines()


def test_hostile_docx_without_entities_reads_its_text(tmp_path: Path) -> None:
    # The same builder without the DTD: the check refuses the declaration, not the document.
    text, _ = read_text(make_plain_docx(tmp_path / "plain.docx"))
    assert text == PLAN


def test_hostile_dtd_html_reads_like_the_page_without_it(tmp_path: Path, caplog) -> None:
    # Before the fix the DTD's tail "]>" became the title clause 0.1.
    plain = tmp_path / "plain.html"
    plain.write_text("<!DOCTYPE html>\n" + dtd_html(), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="comparer"):
        text, _ = read_text(make_dtd_html(tmp_path / "dtd.html"))
    assert text == read_text(plain)[0]
    assert "]>" not in text and "lollol" not in text  # no DTD text, no expanded entity
    assert any("dtd.html" in r.getMessage() and "DTD" in r.getMessage() for r in caplog.records)
    first = comparer.segment(Document("dtd", text)).clauses[0]
    assert first.text == PLAN.splitlines()[0]


@pytest.mark.parametrize("doc_id", SEEDS)
def test_hostile_checks_pass_the_seeds_in_every_format(tmp_path: Path, doc_id: str) -> None:
    # The limits leave real documents alone: each seed as .docx and .html reads as before the
    # checks (tests/test_formats.py compares the clauses); the PDF passes check_pdf.
    text = seed_text(doc_id)
    docx = make_docx(text, tmp_path / f"{doc_id}.docx")
    check_zip(docx)
    assert read_text(docx)[0] == read_text(make_docx(text, tmp_path / "again.docx"))[0]
    assert read_text(make_html(text, tmp_path / f"{doc_id}.html"))[0].strip()
    if NOTO_CJK.exists():
        check_pdf(make_pdf(text, tmp_path / f"{doc_id}.pdf"))


# ----------------------------------------------------------------------------- CSV injection

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NEGATIVE_NUMBER = re.compile(r"-\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\Z")
EVIL = ("一、推进依法行政\n"
        "1.=HYPERLINK(\"http://x\",\"点击\")严格落实重大行政决策程序，完善合法性审查机制。\n"
        "2.+86-991-12345为投诉电话，全面推行行政执法公示制度。\n"
        "3.-减少行政审批事项，年底前完成清理。\n"
        "4.@各乡镇人民政府落实谁执法谁普法责任制。\n")


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1加强学习", "'=1+1加强学习"), ("+86电话", "'+86电话"), ("-减少审批", "'-减少审批"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t依法行政", "'\t依法行政"), ("\r依法行政", "'\r依法行政"),
    ("-3", "-3"), ("-0.25", "-0.25"), ("-1e5", "-1e5"), ("-3+1", "'-3+1"),
    ("依法行政", "依法行政"), ("", ""), (3, 3), (None, None),
])
def test_hostile_spreadsheet_safe_cases(value: object, expected: object) -> None:
    assert spreadsheet_safe(value) == expected


def _formula_cells(csv_text: str) -> list[str]:
    rows = csv.reader(io.StringIO(csv_text))
    return [cell for row in rows for cell in row
            if cell.startswith(FORMULA_START) and not NEGATIVE_NUMBER.match(cell)]


def test_hostile_segment_csv_has_no_formula_cell(tmp_path: Path) -> None:
    plan = tmp_path / "evil-2024.txt"
    plan.write_text(EVIL, encoding="utf-8")
    records = [json.loads(line) for line in run_cli("segment", plan, "--format", "jsonl").stdout.splitlines()]
    starts = {r["text"][0] for r in records}
    assert {"=", "+", "-", "@"} <= starts  # the document does hold such clauses
    result = run_cli("segment", plan, "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert _formula_cells(result.stdout) == []
    assert "'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")严格落实" in result.stdout


def test_hostile_report_csvs_have_no_formula_cell(corpus: comparer.Corpus, tmp_path: Path) -> None:
    evil = Document("evil-2024", EVIL, jurisdiction="测试县", year=2024, kind="工作要点")
    build_report(corpus + comparer.Corpus((comparer.segment(evil),)), tmp_path)
    texts = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.csv")}
    assert {"clauses.csv", "alignments.csv", "possible.csv", "check.csv"} <= set(texts)
    assert {name: _formula_cells(text) for name, text in texts.items()} == dict.fromkeys(texts, [])
    assert "'+86-991-12345为投诉电话" in texts["clauses.csv"]
