#!/usr/bin/env python3
"""Regenerate docs/report-screenshot.png (the README's picture of the HTML report).

    python scripts/screenshot.py [--out docs/report-screenshot.png]

Builds the seed corpus's report in a temporary folder, renders it with headless Chromium
(/usr/bin/chromium, 1400×2400) and saves it quantised to 64 colours. The test suite never
writes this file; run this script when the report's look changes, and commit the picture.
"""
from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

import comparer

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "report-screenshot.png")
    args = ap.parse_args()
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        html = comparer.build_report(comparer.load_corpus(ROOT / "corpora"), folder / "report")
        shot = folder / "report.png"
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={folder / 'profile'}", f"--screenshot={shot}",
                        "--window-size=1400,2400", html.as_uri()], check=True, capture_output=True, timeout=120)
        with Image.open(shot) as img:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            img.convert("RGB").quantize(colors=64).save(args.out, optimize=True)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
