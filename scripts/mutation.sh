#!/usr/bin/env bash
# Mutation testing of one decision module with mutmut (not run in CI: it takes minutes to hours).
#
#   bash scripts/mutation.sh MODULE [more mutmut run args, e.g. mutant names or patterns]
#   MODULE: changes | check | match | excel | io | embed
#
# The tracked tree is copied to a temporary folder (mutmut writes its mutants/ there, never
# into the checkout); [tool.mutmut] of pyproject.toml is narrowed to MODULE and to the fast test
# subset that exercises it (below); then `mutmut run` and a summary: killed, survived, no tests,
# timeouts and the score killed / (killed + survived). `mutmut results` / `mutmut show NAME` in
# the printed folder list the survivors. Results of the last runs: docs/testing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
module=${1:?usage: scripts/mutation.sh changes|check|match|excel|io|embed}
shift
case "$module" in
  changes) tests='["tests/test_changes.py", "-k", "attributes or chinese_numbers or units or deadline or strength or render or small_plans or swapped_plans or refuses_one or text_diff or appear_and or enumeration or same_words"]' ;;
  excel)   tests='["tests/test_writers.py"]' ;;
  io)      tests='["tests/test_writers.py", "tests/test_hostile.py", "tests/test_changes.py", "-k", "writers or spreadsheet_safe or render"]' ;;
  embed)   tests='["tests/test_align.py", "-k", "embedding_cache or cache_location or tfidf_rows or make_embedder"]' ;;
  check)   tests='["tests/test_check_small.py", "tests/test_check.py", "-k", "small or default_k or upper_bound"]' ;;
  # the e5 test is left out: in mutmut's forked children it runs until the CPU-time limit
  match)   tests='["tests/test_match_small.py", "-k", "not sentence_features"]' ;;
  *) echo "unknown module $module" >&2; exit 2 ;;
esac
py=${PYTHON:-$(command -v python)}
work=$(mktemp -d "${TMPDIR:-/tmp}/comparer-mutation-$module-XXXX")
git ls-files -z | tar --null -cf - -T - | tar -xf - -C "$work"
cd "$work"
"$py" - "$module" "$tests" <<'PY'
import re, sys
module, tests = sys.argv[1], sys.argv[2]
text = open("pyproject.toml", encoding="utf-8").read()
text = re.sub(r'(?m)^only_mutate = .*$', f'only_mutate = ["comparer/{module}.py"]', text)
text = re.sub(r'(?m)^pytest_add_cli_args_test_selection = .*$',
              f'pytest_add_cli_args_test_selection = {tests}', text)
open("pyproject.toml", "w", encoding="utf-8").write(text)
PY
export HF_HUB_OFFLINE=1
unset PYTHONPATH  # the mutated copy (mutants/) must be the comparer that the tests import
echo "mutating comparer/$module.py in $work"
"$py" -m mutmut run --max-children "${JOBS:-1}" "$@" >mutmut.log 2>&1 || true
"$py" -m mutmut results --all true >results.txt 2>&1 || true
"$py" - <<'PY'
import collections, re
counts = collections.Counter(m.group(1) for m in re.finditer(r": (\w[\w ]*)$", open("results.txt").read(), re.M))
killed, survived = counts.get("killed", 0), counts.get("survived", 0)
print(dict(counts))
if killed + survived:
    print(f"score {killed}/{killed + survived} = {killed / (killed + survived):.2f} (of the mutants the subset reaches)")
PY
echo "survivors: cd $work && $py -m mutmut results; $py -m mutmut show NAME"
