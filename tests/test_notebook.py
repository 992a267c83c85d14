"""notebooks/explore.ipynb as an analyst meets it: opened in Jupyter (the kernel starts in
notebooks/) or run from the root, it runs without an error, draws its plots with Chinese labels,
shows tables styled for Chinese text, writes nothing into the repository, and the committed
notebook carries its outputs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

nbclient = pytest.importorskip("nbclient")
nbformat = pytest.importorskip("nbformat")
pytest.importorskip("matplotlib")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
PLOTS = 4  # score distribution, coverage heatmap, coverage per jurisdiction, changes by field


CACHES = {".git", "__pycache__", ".pytest_cache", ".ipynb_checkpoints", ".hypothesis"}


def _files(folder: Path) -> set[str]:
    """What the repository holds beside its committed files: ``git status`` with ignored paths
    too (a report/ folder is ignored, and is what the notebook used to write), less the caches
    that tests running meanwhile may write (.hypothesis/, __pycache__/); outside a git
    checkout, every file but those caches."""
    import subprocess

    proc = subprocess.run(["git", "status", "--porcelain", "--ignored"], cwd=folder,
                          capture_output=True, text=True, check=False)
    if proc.returncode == 0:
        return {line for line in proc.stdout.splitlines()
                if not CACHES & set(Path(line[3:].strip('"')).parts)}
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not CACHES & set(p.parts)}


def _execute(cwd: Path, upto: str | None = None) -> nbformat.NotebookNode:
    """Run the notebook with the kernel started in ``cwd``; with ``upto``, only the cells before
    the first code cell that contains that text."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    if upto is not None:
        stop = next(i for i, cell in enumerate(nb.cells) if cell.cell_type == "code" and upto in cell.source)
        nb.cells = nb.cells[:stop]
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(cwd)}}).execute()
    return nb


def _outputs(nb: nbformat.NotebookNode) -> list[dict]:
    return [out for cell in nb.cells if cell.cell_type == "code" for out in cell.get("outputs", [])]


@pytest.mark.slow
def test_notebook_runs_where_jupyter_starts_it() -> None:
    # in Jupyter the kernel starts in notebooks/: cell 1 raised IngestError (corpora/ not found)
    before = _files(ROOT)
    nb = _execute(ROOT / "notebooks")
    outputs = _outputs(nb)
    errors = [out for out in outputs if out.get("output_type") == "error"]
    assert not errors, errors
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert all(cell.get("outputs") for cell in code)  # every cell shows something
    assert _files(ROOT) == before  # nothing written into the repository (the report went to a temp folder)
    images = [out for out in outputs if "image/png" in out.get("data", {})]
    assert len(images) >= PLOTS
    stderr = "".join(out.get("text", "") for out in outputs if out.get("name") == "stderr")
    assert "missing from font" not in stderr  # matplotlib found a CJK font for the labels
    html = "".join(out.get("data", {}).get("text/html", "") for out in outputs)
    assert "text-align: left" in html and "white-space: pre-wrap" in html  # styled for Chinese
    assert "bazhou-2024/" in html and "alxa-2024/" in html            # aligned clause ids
    assert "已有" in html and "缺失" in html                           # the check, in Chinese
    assert "report.html" in "".join(out.get("data", {}).get("text/plain", "") for out in outputs)


@pytest.mark.slow
def test_notebook_finds_the_corpus_from_the_repository_root_too() -> None:
    # run from the root (nbclient, scripts), the cells that locate and read the corpus work as
    # well; the rest of the notebook is the same code as above, so it is not run a second time
    nb = _execute(ROOT, upto="comparer.align(")
    outputs = _outputs(nb)
    assert not [out for out in outputs if out.get("output_type") == "error"]
    html = "".join(out.get("data", {}).get("text/html", "") for out in outputs)
    assert 'id="T_documents' in html and 'id="T_obligations' in html  # the first two tables


def test_notebook_is_committed_with_its_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code and all(cell.get("outputs") for cell in code), "run scripts/build_notebook.py"
    outputs = _outputs(nb)
    assert not [out for out in outputs if out.get("output_type") == "error"]
    assert sum("image/png" in out.get("data", {}) for out in outputs) >= PLOTS
    plain = "".join(out.get("data", {}).get("text/plain", "") for out in outputs)
    assert not re.search(r"at 0x[0-9a-f]+", plain)  # no object addresses: the same run, the same file


def test_notebook_narrative_is_in_chinese_and_english() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.startswith("## "):
            heading = cell.source.splitlines()[0]
            assert " / " in heading, heading  # 中文 / English
