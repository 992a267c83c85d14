"""The report cache (comparer/results.py): a warm report is the cold one byte for byte, and
anything that changes the report — a clause, an option, the labels, the matching model, the
code — is a miss. Real seeds and real components; every cache lives under tmp_path."""

from __future__ import annotations

import importlib
import json
import logging
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import comparer
from comparer.corpus import Corpus
from comparer.report import build_report
from comparer.results import MAX_ENTRIES, ReportCache, code_fingerprint, report_key
from tests.conftest import CORPORA

align_module = importlib.import_module("comparer.align")  # (comparer.align is also the function)

PAIR = ("fukang-2021", "alxa-2024")  # two seeds: a report of them computes in about a second


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def entries(root: Path) -> list[Path]:
    return sorted((root / "reports").glob("*.json"))


@pytest.fixture(scope="module")
def two(corpus: Corpus) -> Corpus:
    return Corpus(tuple(corpus.segmentation(d) for d in PAIR))


@pytest.fixture(scope="module")
def two_plain(two: Corpus, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The report of the two seeds computed without any cache."""
    out = tmp_path_factory.mktemp("plain")
    build_report(two, out, cache=False)
    return files_of(out)


@pytest.fixture(scope="module")
def two_entry(two: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache entry of the two seeds' default report."""
    cache = tmp_path_factory.mktemp("two-cache")
    build_report(two, cache / "out", cache=cache)
    (entry,) = entries(cache)
    return entry


def cache_with(entry: Path, folder: Path) -> Path:
    """A cache folder holding ``entry`` alone."""
    (folder / "reports").mkdir(parents=True)
    shutil.copy(entry, folder / "reports")
    return folder


def no_alignment(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, aligning fails: a report that still appears came from the cache."""
    def refuse(*args, **kwargs):
        raise AssertionError("aligned although the report was cached")
    monkeypatch.setattr(align_module, "align", refuse)


def test_results_warm_seed_report_is_byte_identical_to_the_uncached_one(
        corpus: Corpus, report_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = tmp_path / "plain"
    build_report(corpus, plain, cache=False)
    assert files_of(plain) == files_of(report_dir)  # the session's report, as the other tests see it
    build_report(corpus, tmp_path / "cold", cache=tmp_path / "c")
    assert len(entries(tmp_path / "c")) == 1
    no_alignment(monkeypatch)
    build_report(corpus, tmp_path / "warm", cache=tmp_path / "c")
    assert files_of(tmp_path / "cold") == files_of(tmp_path / "warm") == files_of(plain)
    assert len(files_of(plain)) >= 9


def test_results_an_edited_clause_is_a_miss(two: Corpus, two_plain: dict[str, bytes], two_entry: Path,
                                            tmp_path: Path) -> None:
    cache = cache_with(two_entry, tmp_path / "c")
    build_report(two, tmp_path / "first", cache=cache)
    assert files_of(tmp_path / "first") == two_plain
    doc = two.document("fukang-2021")
    clause = next(c for c in two.clause_list if c.doc_id == doc.doc_id and c.kind.value == "obligation"
                  and "推进" in c.text)
    edited = replace(doc, text=doc.text[:clause.start] + clause.text.replace("推进", "暂缓", 1)
                     + doc.text[clause.end:])
    changed = Corpus((comparer.segment(edited), two.segmentation("alxa-2024")))
    build_report(changed, tmp_path / "edited", cache=cache)
    build_report(changed, tmp_path / "edited-plain", cache=False)
    assert files_of(tmp_path / "edited") == files_of(tmp_path / "edited-plain") != two_plain
    assert "暂缓" in (tmp_path / "edited" / "clauses.csv").read_text(encoding="utf-8")
    assert len(entries(cache)) == 2


def test_results_changed_metadata_or_skipped_files_are_a_miss(two: Corpus, two_entry: Path, tmp_path: Path) -> None:
    cache = cache_with(two_entry, tmp_path / "c")
    doc = replace(two.document("alxa-2024"), jurisdiction="阿拉善右旗")
    renamed = Corpus((two.segmentation("fukang-2021"), replace(two.segmentation("alxa-2024"), document=doc)))
    build_report(renamed, tmp_path / "renamed", cache=cache)
    assert "阿拉善右旗" in (tmp_path / "renamed" / "documents.csv").read_text(encoding="utf-8")
    skipping = replace(two, skipped=(("scan.txt", "binary file"),))
    build_report(skipping, tmp_path / "skipping", cache=cache)
    assert 'id="skipped"' in (tmp_path / "skipping" / "report.html").read_text(encoding="utf-8")
    assert len(entries(cache)) == 3


def _first_pair(files: dict[str, bytes]) -> tuple[str, str]:
    import csv
    import io

    row = next(csv.DictReader(io.StringIO(files["alignments.csv"].decode("utf-8-sig"))))
    return row["clause_a"], row["clause_b"]


@pytest.mark.parametrize("option", ["threshold", "labels", "all_pairs_max"])
def test_results_a_changed_option_is_a_miss(option: str, two: Corpus, two_plain: dict[str, bytes],
                                            two_entry: Path, tmp_path: Path) -> None:
    cache = cache_with(two_entry, tmp_path / "c")
    build_report(two, tmp_path / "default", cache=cache)
    assert files_of(tmp_path / "default") == two_plain
    kwargs = {"threshold": {"threshold": 0.8},
              "labels": {"labels": {_first_pair(two_plain): False}},
              "all_pairs_max": {"all_pairs_max": 1}}[option]
    build_report(two, tmp_path / "cached", cache=cache, **kwargs)
    build_report(two, tmp_path / "plain", cache=False, **kwargs)
    assert files_of(tmp_path / "cached") == files_of(tmp_path / "plain") != two_plain
    assert len(entries(cache)) == 2


def test_results_key_covers_model_code_and_e5(two: Corpus, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from comparer import results

    key = lambda e5=True: report_key(two, "tfidf", None, None, 10, e5)  # noqa: E731
    base = key()
    assert key(e5=False) != base
    monkeypatch.setattr(results, "model_fingerprint", lambda: "0" * 64)
    assert key() != base
    monkeypatch.undo()
    # one byte of the shipped matching model, in a copy of the package, changes the code's hash
    package = Path(comparer.__file__).parent
    copy = tmp_path / "comparer"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert code_fingerprint(copy) == code_fingerprint(package)
    model = copy / "data" / "match_model.json"
    model.write_bytes(model.read_bytes().replace(b"0", b"1", 1))
    assert code_fingerprint(copy) != code_fingerprint(package)


@pytest.mark.parametrize("damage", ["truncated", "not json", "bit flip", "escaping name", "other key"])
def test_results_a_damaged_entry_is_ignored_with_a_warning(
        damage: str, two: Corpus, two_plain: dict[str, bytes], two_entry: Path, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    cache = cache_with(two_entry, tmp_path / "c")
    (path,) = entries(cache)
    raw = path.read_bytes()
    entry = json.loads(raw)
    if damage == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "not json":
        path.write_bytes(b"\x80\x04\x95 a pickle, say")
    else:
        f = entry["files"][-1]
        if damage == "bit flip":  # valid JSON and base64, wrong bytes
            f["data"] = ("B" if f["data"][0] != "B" else "C") + f["data"][1:]
        elif damage == "escaping name":
            f["name"] = "../../outside.html"
        else:
            entry["key"] = "0" * 64
        path.write_text(json.dumps(entry), encoding="ascii")
    with caplog.at_level(logging.WARNING, logger="comparer.results"):
        build_report(two, tmp_path / "again", cache=cache)
    assert files_of(tmp_path / "again") == two_plain
    assert any("ignoring" in r.getMessage() for r in caplog.records)
    assert not (tmp_path / "outside.html").exists()
    assert ReportCache(cache).get(path.stem) is not None  # rewritten whole


def test_results_cache_location_and_off_switches(tmp_path: Path, report_cache_root: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    assert ReportCache.default().folder == report_cache_root / "reports"  # $COMPARER_REPORT_CACHE
    assert ReportCache.default(tmp_path).folder == tmp_path / "reports"  # a folder given wins
    monkeypatch.delenv("COMPARER_REPORT_CACHE")
    monkeypatch.setenv("COMPARER_CACHE", str(tmp_path / "all"))
    assert ReportCache.default().folder == tmp_path / "all" / "reports"  # beside the embeddings
    monkeypatch.setenv("COMPARER_REPORT_CACHE", "off")
    assert ReportCache.default() is None  # build_report then computes and stores nothing
    monkeypatch.setenv("COMPARER_REPORT_CACHE", str(tmp_path / "own"))
    monkeypatch.setenv("COMPARER_CACHE", "off")
    assert ReportCache.default() is None  # the general switch turns every cache off
    assert ReportCache.default(tmp_path).folder == tmp_path / "reports"


def test_results_unwritable_cache_is_only_a_warning(two: Corpus, two_plain: dict[str, bytes], tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    blocked = tmp_path / "c"
    blocked.mkdir()
    (blocked / "reports").write_text("a file where the folder goes", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="comparer.results"):
        build_report(two, tmp_path / "out", cache=blocked)
    assert files_of(tmp_path / "out") == two_plain
    assert any("cannot write report cache" in r.getMessage() for r in caplog.records)


def test_results_keeps_the_most_recently_used_entries(tmp_path: Path) -> None:
    cache = ReportCache(tmp_path)
    keys = [f"{n:064x}" for n in range(MAX_ENTRIES + 2)]
    for n, key in enumerate(keys):
        cache.put(key, {"report.html": f"<p>{n}</p>".encode()})
        if n == MAX_ENTRIES - 1:
            assert cache.get(keys[0]) == {"report.html": b"<p>0</p>"}  # used: now the newest
    kept = {p.stem for p in entries(tmp_path)}
    assert kept == {keys[0], *keys[3:]}


def test_results_keeps_the_cache_under_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from comparer import results

    cache = ReportCache(tmp_path)
    big = {"report.html": b"x" * 3000}  # about 4.1 kB as an entry
    monkeypatch.setattr(results, "MAX_BYTES", 10_000)
    for key in ("a" * 64, "b" * 64, "c" * 64):
        cache.put(key, big)
    assert [p.stem for p in entries(tmp_path)] == ["b" * 64, "c" * 64]
    cache.put("d" * 64, {"report.html": b"x" * 20_000})  # larger than the whole cache: not stored
    assert cache.get("d" * 64) is None and len(entries(tmp_path)) == 2


def test_results_cli_no_cache_and_warm_run_agree(tmp_path: Path, report_cache_root: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from comparer.cli import app

    folder = tmp_path / "docs"
    folder.mkdir()
    for d in PAIR:
        shutil.copy(CORPORA / f"{d}.txt", folder)
    runs = {}
    for name, extra in (("cold", []), ("none", ["--no-cache"]), ("warm", [])):
        if name == "warm":
            no_alignment(monkeypatch)
        result = CliRunner().invoke(app, ["--quiet", "report", str(folder), "--out", str(tmp_path / name), *extra])
        assert result.exit_code == 0, result.output
        runs[name] = files_of(tmp_path / name)
        if name == "cold":
            stored = entries(report_cache_root)
    assert runs["cold"] == runs["warm"] == runs["none"]
    assert entries(report_cache_root) == stored  # --no-cache stored nothing either


def test_results_warm_cli_report_loads_no_heavy_module(tmp_path: Path) -> None:
    # a cache hit reads, segments, hashes and copies: pandas, scikit-learn, jieba and openpyxl
    # (1.7 s of imports on the seeds' cold run) stay unloaded
    import subprocess
    import sys

    folder = tmp_path / "docs"
    folder.mkdir()
    for d in PAIR:
        shutil.copy(CORPORA / f"{d}.txt", folder)
    code = ("import sys\nfrom comparer.cli import main\n"
            f"sys.argv = ['comparer', '--quiet', 'report', {str(folder)!r}, '--out', sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "print(' '.join(m for m in ('pandas', 'sklearn', 'scipy.stats', 'jieba', 'openpyxl', "
            "'comparer.align') if m in sys.modules))")
    loaded = []
    for out in ("cold", "warm"):
        proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / out)], cwd=CORPORA.parent,
                              capture_output=True, text=True, timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr
        loaded.append(proc.stdout.split())
    assert {"sklearn", "jieba", "openpyxl"} <= set(loaded[0])  # the cold run computed the report
    assert loaded[1] == []
    assert files_of(tmp_path / "cold") == files_of(tmp_path / "warm")
