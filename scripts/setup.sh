#!/usr/bin/env bash
# Create .venv and install comparer with its default (offline) dependencies.
# Usage: bash scripts/setup.sh [extra]   e.g. "test" to add the test dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
python3 -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip
if [ -n "$extra" ]; then
  # torch first: 2.13.0 is the CPU build pip takes here; a plain "torch" pulls a multi-GB CUDA build.
  python -m pip install -q torch==2.13.0
  python -m pip install -q -e ".[$extra]"
else
  python -m pip install -q -e .
fi
