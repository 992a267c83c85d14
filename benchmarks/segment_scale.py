"""Segmentation time per MiB of input, at 1, 4 and 16 MiB (issue 14: linear in the input).

The input is the seed documents (prose plans, a report, a flattened table) repeated in turn
until the text reaches the size, as one document, the way a researcher's pasted collection or
a long PDF extraction reaches the segmenter; ``--one-line`` removes every line break (a PDF
extraction without them); ``--tables`` repeats the layout fixtures that are tables written as
text instead (one cell a line, loose rows, a ledger: tests/fixtures/layouts 52, 56–58). Timed:
what reading a file does after decoding it (normalisation,
metadata inference) and the segmentation. Prints seconds, seconds per MiB and clauses for each
size, and the ratio of the slowest to the fastest time per MiB (the bar: at most 1.5).

    python benchmarks/segment_scale.py [--sizes 1 4 16] [--one-line | --tables]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from comparer.ingest.normalize import normalize_text
from comparer.meta import infer_meta
from comparer.model import Document
from comparer.segment import segment

_CORPORA = Path(__file__).resolve().parent.parent / "corpora"
_TABLES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "layouts"
_TABLE_FIXTURES = ("52-*.txt", "56-*.txt", "57-*.txt", "58-*.txt")
_MIB = 1 << 20


def build_text(mib: float, tables: bool = False) -> str:
    """Seed texts (or the table fixtures) joined by blank lines, repeated until ``mib`` MiB."""
    paths = ([p for g in _TABLE_FIXTURES for p in sorted(_TABLES.glob(g))] if tables
             else sorted(_CORPORA.glob("*.txt")))
    seeds = [p.read_text(encoding="utf-8") for p in paths]
    parts: list[str] = []
    size, i = 0, 0
    while size < mib * _MIB:
        parts.append(seeds[i % len(seeds)])
        size += len(parts[-1].encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def measure(mib: float, one_line: bool = False, tables: bool = False) -> tuple[float, int]:
    """Seconds to normalise, infer metadata and segment ``mib`` MiB, and the number of clauses."""
    text = build_text(mib, tables)
    if one_line:
        text = text.replace("\n", " ")
    t0 = time.perf_counter()
    text = normalize_text(text)
    doc = Document("scale", text, **infer_meta(text))  # type: ignore[arg-type]
    seg = segment(doc)
    return time.perf_counter() - t0, len(seg.clauses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16])
    parser.add_argument("--one-line", action="store_true", help="remove every line break")
    parser.add_argument("--tables", action="store_true", help="repeat the table fixtures, not the seeds")
    args = parser.parse_args()
    per_mib = []
    for mib in args.sizes:
        seconds, n = measure(mib, args.one_line, args.tables)
        per_mib.append(seconds / mib)
        print(f"{mib:5g} MiB  {seconds:8.2f} s  {seconds / mib:6.2f} s/MiB  {n:8d} clauses", flush=True)
    print(f"slowest / fastest s/MiB: {max(per_mib) / min(per_mib):.2f} (bar: 1.5)")


if __name__ == "__main__":
    main()
