"""notebooks/explore.ipynb runs headless from top to bottom without an error."""

from __future__ import annotations

from pathlib import Path

import pytest

nbclient = pytest.importorskip("nbclient")
nbformat = pytest.importorskip("nbformat")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_explore_runs_without_errors() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT)}})
    client.execute()
    errors = [out for cell in nb.cells if cell.cell_type == "code"
              for out in cell.get("outputs", []) if out.get("output_type") == "error"]
    assert not errors, errors
    shown = {n: _text(cell) for n, cell in enumerate(nb.cells) if cell.cell_type == "code"}
    assert all(shown.values()), [n for n, t in shown.items() if not t]  # every cell shows something
    everything = "\n".join(shown.values())
    assert "bazhou-2024/" in everything and "alxa-2024/" in everything  # aligned clause ids
    assert "changed" in everything and "dropped" in everything         # the change table
    assert "'missing'" in everything                                    # the check's counts
    assert "report.html" in everything


def _text(cell: dict) -> str:
    parts = []
    for out in cell.get("outputs", []):
        data = out.get("data", {})
        parts.append(str(data.get("text/plain", "")) + str(out.get("text", "")))
    return "".join(parts)
