"""Time and peak memory of ``comparer segment`` on each hostile file, at the issue's sizes.

    python benchmarks/hostile.py [--timeout 60] [--memory-cap-gb 2] [--code DIR]

Each file is built in a temporary folder (``tests/fixtures_hostile.py``) and read by a fresh
``python -m comparer segment FILE --format csv --out OUT``; the child's wall time and peak
resident memory (``os.wait4``) are printed with its exit code and the first line of stderr. A
child still running after ``--timeout`` seconds is killed; ``--memory-cap-gb`` caps its address
space (``RLIMIT_AS``), so that running this against older code (``--code DIR``: a checkout whose
``comparer`` is run instead of this one's) cannot take the machine down.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures_hostile import (  # noqa: E402 - after the path is set
    make_dtd_html,
    make_entity_docx,
    make_flate_bomb_pdf,
    make_many_pages_pdf,
    make_zip_bomb_docx,
)

GB = 2**30
CASES: dict[str, Callable[[Path], Path]] = {
    "zip bomb .docx (document.xml inflates to 1.5 GB)":
        lambda d: make_zip_bomb_docx(d / "bomb.docx", int(1.5 * GB)),
    ".docx declaring billion-laughs entities": lambda d: make_entity_docx(d / "lol.docx"),
    "HTML page opening with an internal DTD": lambda d: make_dtd_html(d / "dtd.html"),
    "PDF of 150,000 pages": lambda d: make_many_pages_pdf(d / "pages.pdf", 150_000),
    "PDF of 150,000 pages whose page tree says 1": lambda d: make_many_pages_pdf(
        d / "lie.pdf", 150_000, declared=1),
    "PDF whose content stream inflates to 1.5 GB": lambda d: make_flate_bomb_pdf(
        d / "flate.pdf", int(1.5 * GB)),
}


def run(path: Path, out: Path, timeout: float, cap: int,
        code_dir: Path = ROOT) -> tuple[int, float, float, str]:
    """``(exit code, seconds, peak RSS MB, first stderr line)`` of segmenting ``path``."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(code_dir)}
    proc = subprocess.Popen([sys.executable, "-m", "comparer", "segment", str(path), "--format",
                             "csv", "--out", str(out)], cwd=code_dir, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, preexec_fn=limit)
    timer = threading.Timer(timeout, lambda: proc.send_signal(signal.SIGKILL))
    timer.start()
    stderr = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    timer.cancel()
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    first = stderr.splitlines()[0] if stderr.strip() else "(nothing on stderr)"
    return code, seconds, usage.ru_maxrss / 1024, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--memory-cap-gb", type=float, default=2.0)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose comparer to run")
    args = parser.parse_args()
    cap = int(args.memory_cap_gb * GB)
    print(f"{'case':52} {'file':>9} {'build s':>7} {'exit':>4} {'s':>6} {'peak MB':>7}  stderr")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, build in CASES.items():
            t0 = time.perf_counter()
            path = build(folder)
            built = time.perf_counter() - t0
            code, seconds, peak, line = run(path, folder / "out.csv", args.timeout, cap,
                                             args.code.resolve())
            size = f"{path.stat().st_size / 2**20:.2f} MB"
            print(f"{name:52} {size:>9} {built:7.1f} {code:4d} {seconds:6.2f} {peak:7.0f}  {line}")
            (folder / "out.csv").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
