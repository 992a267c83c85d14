"""How long ``comparer --help`` and a usage error take, against baselines measured in the same run.

    python benchmarks/cli_startup.py [--runs 7] [--old-tree /path/to/an/older/checkout]

Each command runs in a fresh interpreter ``--runs`` times; the table gives the median and the
best. Baselines: ``python -c pass`` (the interpreter alone) and ``import pandas, sklearn`` (what
``import comparer`` cost when it loaded every stage). With ``--old-tree``, ``--help`` of that
checkout (e.g. ``/work/main`` before issue 15) is timed too. The target is < 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], tree: Path, runs: int) -> list[float]:
    """Wall times of ``cmd`` run ``runs`` times with ``tree`` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=tree, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--old-tree", type=Path, help="an older checkout whose --help to time too")
    args = parser.parse_args()
    py = sys.executable
    cases = [("python -c pass (baseline)", [py, "-c", "pass"], ROOT),
             ("import pandas, sklearn (old import cost)", [py, "-c", "import pandas, sklearn"], ROOT),
             ("comparer --help", [py, "-m", "comparer", "--help"], ROOT),
             ("comparer check (usage error)", [py, "-m", "comparer", "check", "x.txt"], ROOT)]
    if args.old_tree:
        cases.append((f"comparer --help ({args.old_tree})", [py, "-m", "comparer", "--help"], args.old_tree))
    print(f"{'command':<55} {'median s':>9} {'best s':>8}")
    for name, cmd, tree in cases:
        t = timed(cmd, tree, args.runs)
        print(f"{name:<55} {statistics.median(t):>9.3f} {min(t):>8.3f}")


if __name__ == "__main__":
    main()
