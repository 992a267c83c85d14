"""Figures of the layout fixtures (tests/fixtures/layouts, issue 14): share of listed obligations
kept whole in one clause, numbered items recognised (number and title), unit names found under
their role, noise lines inside obligation clauses, and obligation clauses the sidecars do not
list; for all fixtures and for the four written after the code (``heldout``).

    python benchmarks/score_layouts.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.layout_score import Score, fixture_names, score  # noqa: E402


def _line(label: str, s: Score, n_docs: int) -> str:
    pct = lambda pair: f"{pair[0]}/{pair[1]} ({100 * pair[0] / max(1, pair[1]):.0f} %)"  # noqa: E731
    return (f"{label:<10} {n_docs:>3} docs  obligations whole {pct(s.whole)}  items {pct(s.items)}  "
            f"unit names {pct(s.units)}  noise lines in obligations {s.noise_inside}  "
            f"unlisted obligations {s.extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list what was not found")
    args = parser.parse_args()
    names = fixture_names()
    for label, subset in (("all", names), ("heldout", [n for n in names if "heldout" in n])):
        total = Score()
        for name in subset:
            total.add(score(name))
        print(_line(label, total, len(subset)))
        if args.misses:
            print("\n".join(f"  {m}" for m in total.misses))


if __name__ == "__main__":
    main()
