"""Execute notebooks/explore.ipynb with its kernel in notebooks/ (as Jupyter starts it) and save
it with its outputs, so the committed notebook shows its tables and plots.

    .venv/bin/python scripts/build_notebook.py

Run it after changing the notebook or what it shows. Volatile metadata (execution timestamps)
is dropped, so that re-running it on unchanged code changes only what really changed. The plot
of the cell tagged ``readme-figure`` is saved as docs/notebook-coverage.png for the README.
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

import nbclient
import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
FIGURE = ROOT / "docs" / "notebook-coverage.png"


def build(path: Path = NOTEBOOK) -> None:
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(nb, path)
    for cell in nb.cells:
        if "readme-figure" in cell.metadata.get("tags", []):
            png = next(o["data"]["image/png"] for o in cell.outputs if "image/png" in o.get("data", {}))
            FIGURE.write_bytes(base64.b64decode(png))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else NOTEBOOK)
