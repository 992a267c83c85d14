"""Fit the matching model on the development gold set and measure it held out by document.

    .venv/bin/python scripts/train_match.py            # writes comparer/data/match_model.json
    .venv/bin/python scripts/train_match.py --dry-run  # figures only

Labels: a candidate pair (each clause's best matches in the other document, see
``comparer.features``) whose two clauses both hold an anchor of the gold set (verbatim
substrings marking where a document states a topic) is positive when they share a topic and
negative when they do not; pairs with no anchor on one side are left out of training (the gold
set says nothing about them). This script is the only code that reads the gold file; the package
never does.

Figures are held out by document, as ``../shared/eval/README.md`` asks: for each document X, both
stages are fitted on the pairs not involving X and score the pairs involving X (a pair of X and Y
gets the mean of its two held-out scores). The pairs whose held-out probability reaches the match
band are scored with ``../shared/eval/score_alignment.py``. In-sample figures are not printed.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import comparer  # noqa: E402
from comparer.align import embed_clauses  # noqa: E402
from comparer.embed import E5Encoder  # noqa: E402
from comparer.match import (CONSISTENCY, MATCH, POSSIBLE, Logistic, MatchModel, TrainingRows,  # noqa: E402
                            C_CONSISTENCY, candidate_table, consistency_features, fit_pair,
                            pair_proba)

EVAL = ROOT.parent / "shared" / "eval"
_WS = re.compile(r"\s+")


def topics_of(clauses: list, gold: list[dict]) -> list[set[str]]:
    """The gold topics whose anchor (in the clause's document) each clause contains."""
    out = []
    for c in clauses:
        text = _WS.sub("", c.text)
        out.append({t["topic"] for t in gold for a in t["anchors"].get(c.doc_id, ())
                    if _WS.sub("", a) in text})
    return out


def labels(a: np.ndarray, b: np.ndarray, topics: list[set[str]]) -> np.ndarray:
    """1 same topic, 0 both anchored but no shared topic, -1 unlabelled."""
    return np.array([(int(bool(topics[x] & topics[y])) if topics[x] and topics[y] else -1)
                     for x, y in zip(a.tolist(), b.tolist())])


def held_out(kind: str, X: np.ndarray, y: np.ndarray, da: np.ndarray, db: np.ndarray,
             doc_of: list[str], a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Held-out p1 and p (by document) and the consistency features built on held-out p1."""
    docs = sorted(set(da) | set(db))
    p1 = _by_doc(lambda tr, te: pair_proba(fit_pair(kind, X[tr], y[tr]), X[te]), y, da, db, docs)
    Z = consistency_features(a, b, p1, doc_of)
    p = _by_doc(lambda tr, te: Logistic.fit(CONSISTENCY, Z[tr], y[tr], C_CONSISTENCY).proba(Z[te]),
                y, da, db, docs)
    return p1, p, Z


def _by_doc(fit_predict, y, da, db, docs) -> np.ndarray:
    total, count = np.zeros(len(y)), np.zeros(len(y))
    for d in docs:
        train = (y >= 0) & (da != d) & (db != d)
        test = (da == d) | (db == d)
        total[test] += fit_predict(train, test)
        count[test] += 1
    return total / np.maximum(count, 1)


def score(clauses: list, a: np.ndarray, b: np.ndarray, p: np.ndarray, threshold: float) -> dict[str, float]:
    """The official scorer's recall, precision and F1 of the pairs with ``p ≥ threshold``."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for x, y, v in zip(a.tolist(), b.tolist(), p.tolist()):
            if v >= threshold:
                ca, cb = clauses[x], clauses[y]
                f.write(json.dumps({"doc_a": ca.doc_id, "text_a": ca.text, "doc_b": cb.doc_id,
                                    "text_b": cb.text, "score": v}, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(EVAL / "score_alignment.py"), f.name],
                         capture_output=True, text=True, check=True).stdout
    Path(f.name).unlink()
    figures = dict(kv.split("=") for kv in out.split() if "=" in kv)
    return {k: float(figures[k]) for k in ("recall", "precision", "f1")} | {"pairs": int(figures["pairs"])}


def calibration(p: np.ndarray, y: np.ndarray) -> list[dict[str, float]]:
    """Held-out probability bins against the share of positives among labelled pairs."""
    rows = []
    for lo, hi in ((0, .2), (.2, .4), (.4, .6), (.6, .8), (.8, 1.01)):
        s = (y >= 0) & (p >= lo) & (p < hi)
        rows.append({"bin": f"{lo:.1f}–{min(hi, 1):.1f}", "pairs": int(s.sum()),
                     "positive": round(float(y[s].mean()), 3) if s.any() else None})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="print figures, write no model")
    ap.add_argument("--out", default=str(ROOT / "comparer" / "data" / "match_model.json"))
    args = ap.parse_args()
    gold = [json.loads(line) for line in (EVAL / "gold-dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus = comparer.load_corpus(ROOT / "corpora")
    vectors = embed_clauses(corpus)
    clauses = list(vectors.clauses)
    doc_of = [c.doc_id for c in clauses]
    topics = topics_of(clauses, gold)
    training, info = {}, {"trained_on": "shared/eval/gold-dev.jsonl (54 topics, 5 seed documents)",
                          "rebuild": "python scripts/train_match.py", "held_out": {}}
    for kind, encoder in (("lexical", None), ("e5", E5Encoder())):
        a, b, X = candidate_table(vectors, encoder)
        y = labels(a, b, topics)
        da, db = np.array([doc_of[x] for x in a]), np.array([doc_of[x] for x in b])
        p1, p, Z = held_out(kind, X, y, da, db, doc_of, a, b)
        ceiling = score(clauses, a, b, (y == 1).astype(float), 0.5)["recall"]
        figures = {"candidates": len(a), "positive": int((y == 1).sum()), "negative": int((y == 0).sum()),
                   "candidate_recall_ceiling": ceiling,
                   "pair_stage": score(clauses, a, b, p1, MATCH),
                   "match_band": score(clauses, a, b, p, MATCH),
                   "by_threshold": {f"{t:.2f}": score(clauses, a, b, p, t) for t in (POSSIBLE, .3, .4, .6, .7)},
                   "calibration": calibration(p, y)}
        info["held_out"][kind] = figures
        print(kind, json.dumps(figures, ensure_ascii=False, indent=1))
        keep = y >= 0
        training[kind] = TrainingRows(X[keep], Z[keep], y[keep])
    if args.dry_run:
        return
    model = MatchModel.fit(training, info)
    Path(args.out).write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=None,
                                         separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
