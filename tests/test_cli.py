"""The command line as a reader meets it: help at once and without type noise, tables for people
(Chinese labels, CJK-aligned, missing first), several --against paths, honest progress and the
list of files written."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from rich.progress import Progress
from typer.testing import CliRunner

from comparer import labels
from comparer.cli import app, spread_option
from comparer.excel import display_width
from comparer.io import text_table
from comparer.progress import CountColumn, Stages
from tests.conftest import CORPORA, ROOT

HEAVY = ("pandas", "numpy", "sklearn", "scipy", "jieba", "openpyxl", "docx", "pdfplumber", "jinja2")


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)


def test_cli_help_imports_no_heavy_module() -> None:
    # `import comparer` pulled in pandas and scikit-learn: --help took 1.3–4.4 s
    code = ("import sys, comparer.cli, comparer; "
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    proc = _python("-c", code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def _main_loads(*argv: str) -> tuple[int, list[str], str]:
    """Run the CLI with ``argv`` in a fresh interpreter: (exit code, heavy modules it loaded, stderr).
    How fast that is, is measured by benchmarks/cli_startup.py, not here: a timed test fails on a
    loaded machine and passes on a fast one whatever the code does."""
    code = ("import sys\nfrom comparer import cli\n"
            f"sys.argv = ['comparer', *{list(argv)!r}]\n"
            "try:\n    cli.main()\nexcept SystemExit as exit:\n    status = exit.code\n"
            f"print(status, *[m for m in {HEAVY!r} if m in sys.modules])")
    proc = _python("-c", code)
    fields = proc.stdout.splitlines()[-1].split() if proc.stdout.strip() else []  # the last line
    assert fields, proc.stderr
    return int(fields[0]), fields[1:], proc.stderr


def test_cli_help_loads_no_heavy_module() -> None:
    # --help took 2.0–4.4 s while `import comparer` pulled in pandas and scikit-learn
    status, heavy, _ = _main_loads("--help")
    assert status == 0 and heavy == []
    status, heavy, _ = _main_loads("check", "--help")
    assert status == 0 and heavy == []


def test_cli_usage_error_loads_no_heavy_module() -> None:
    status, heavy, stderr = _main_loads("check", "plan.txt")  # --against missing
    assert status == 2 and heavy == []
    assert "--against" in stderr and len(stderr.splitlines()) == 1


@pytest.mark.parametrize("command", ["", "segment", "align", "matrix", "changes", "check", "report"])
def test_cli_help_shows_no_type_noise(command: str) -> None:
    res = CliRunner().invoke(app, [*command.split(), "--help"])
    assert res.exit_code == 0
    for noise in ("<bool>", "<list[Path]>", "<path>", "<str>", "{paths}", "{plan}", "{old}"):
        assert noise not in res.output, (command, noise)


@pytest.mark.parametrize("command", ["segment", "align", "matrix", "changes"])
def test_cli_out_help_promises_only_what_the_command_writes(command: str) -> None:
    res = CliRunner().invoke(app, [command, "--help"], terminal_width=200)
    lines = res.output.splitlines()
    at = next(n for n, line in enumerate(lines) if line.lstrip().startswith("-o, --out"))
    end = next(n for n in range(at + 1, len(lines)) if lines[n].lstrip().startswith("-"))
    out_help = " ".join(lines[at:end])
    assert ".csv" in out_help and ".xlsx" not in out_help


@pytest.mark.parametrize(("args", "spread"), [
    (["p", "--against", "a", "b", "c"], ["p", "--against", "a", "--against", "b", "--against", "c"]),
    (["p", "--against", "a", "b", "-f", "csv"], ["p", "--against", "a", "--against", "b", "-f", "csv"]),
    (["--against", "a", "b", "--", "p"], ["--against", "a", "--against", "b", "--", "p"]),
    (["p", "--k", "2", "--against", "a"], ["p", "--k", "2", "--against", "a"]),
])
def test_cli_spread_option_gives_each_path_to_against(args: list[str], spread: list[str]) -> None:
    assert spread_option(args, "--against") == spread


def test_cli_check_against_several_paths(tmp_path: Path) -> None:
    # "Got unexpected extra argument(s)" before
    refs = [CORPORA / f"{d}.txt" for d in ("alxa-2024", "emin-2025", "fukang-2021")]
    out = tmp_path / "ck.jsonl"
    res = CliRunner().invoke(app, ["-q", "check", str(CORPORA / "bazhou-2024.txt"), "--against",
                                   *map(str, refs), "--out", str(out)])
    assert res.exit_code == 0, res.output
    import json

    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = {x["doc_id"] for r in records for x in r["references"]}
    assert docs == {"alxa-2024", "emin-2025", "fukang-2021"}
    assert {(r["status"], r["status_label"]) for r in records} <= set(labels.STATUS.items())


def test_cli_check_table_is_chinese_missing_first_and_fits_the_width(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["-q", "check", str(CORPORA / "bazhou-2024.txt"), "--against",
                                   str(CORPORA)], env={"COLUMNS": "100"})
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert all(display_width(line) <= 100 for line in lines)
    firsts = [line.split()[0] for line in lines[2:] if line[:2].strip()]  # each item's first line
    order = [labels.CHECK_STATUSES.index(s) for s in
             (next(k for k, v in labels.STATUS.items() if v == f) for f in firsts)]
    assert order == sorted(order) and order[0] == 0  # missing (缺失) first
    assert "present" not in res.stdout and "missing" not in res.stdout
    assert "阿拉善左旗" in res.stdout and "2024（alxa-2024/" in res.stdout  # named by place and year


def test_cli_table_columns_line_up_with_cjk_text() -> None:
    rows = [{"clause_id": "bazhou-2024/11.2", "kind": "obligation", "text": "组织执法人员专题培训不少于3次。" * 6},
            {"clause_id": "x/1", "kind": "heading", "text": "法治政府建设"}]
    table = text_table(rows, width=60)
    lines = table.splitlines()
    assert all(display_width(line) <= 60 for line in lines)
    kind_at = [display_width(line[:line.index(w)]) for line in lines for w in ("类型", "任务", "标题")
               if w in line]
    assert len(kind_at) == 3 and len(set(kind_at)) == 1  # the 类型 column starts at one place
    assert "组织执法人员专题培训不少于3次。" * 2 in table.replace("\n", "").replace(" ", "")  # wrapped, not cut


def test_cli_progress_count_is_blank_for_a_stage_of_unknown_length() -> None:
    # after "document pairs 10/10", the next stage (changes, of unknown length) showed a stale
    # 10/10; before the first stage the bar read an unlabelled "report: 0/?"
    with Progress(CountColumn(), console=Console(file=io.StringIO())) as bar:
        step = Stages(bar, "report")
        assert [t.description for t in bar.tasks] == ["report: starting"]
        step("document pairs", 0, total=10)
        step("a↔b", 10)
        assert [(t.description, str(CountColumn().render(t))) for t in bar.tasks] == [
            ("report: a↔b", "10/10")]
        step("year-over-year changes", 0)
        assert [(t.description, str(CountColumn().render(t))) for t in bar.tasks] == [
            ("report: year-over-year changes", "")]


def test_cli_report_names_every_file_it_wrote(tmp_path: Path) -> None:
    proc = _python("-m", "comparer", "report", "corpora", "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    message = proc.stderr.strip().splitlines()[-1]
    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) >= 7 and all(name in message for name in files), (message, files)


def test_cli_matrix_table_names_documents_by_place_and_year() -> None:
    res = CliRunner().invoke(app, ["-q", "matrix", str(CORPORA)], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    header = res.stdout.splitlines()[0]
    assert "额敏县 2025" in header and "阿拉善左旗 2024" in header and "emin-2025" not in header
    assert all(display_width(line) <= 200 for line in res.stdout.splitlines())
