"""The matching model's decisions on small inputs built here: hand-made regressions and feature
rows, and four small plans (``tests/conftest.py``) aligned with the lexical features.

These are the mutation subset of ``comparer/match.py`` (``scripts/mutation.sh match``): each
test builds its own input (no session fixture), in about a second at most. Expectations come
from the definitions in the module's docstrings, from reading the plans, or from properties
(the order of two documents does not matter; a third document that matches both sides raises
the support; a label fixes a pair), never from a run.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from comparer.align import GROUP_LINK, align, embed_clauses
from comparer.errors import ComparerError
from comparer.features import FEATURES, SENTENCE_FEATURES, swapped
from comparer.match import (CONSISTENCY, MATCH, POSSIBLE, Logistic, MatchModel, PairScores,
                            TrainingRows, _with_labels, band, candidate_table, consistency_features,
                            evidence, fit_pair, pair_proba, score_corpus)

from tests.conftest import small_corpus


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


# --- bands and the logistic stages --------------------------------------------------------------


def test_match_small_band_edges() -> None:
    assert (MATCH, POSSIBLE) == (0.5, 0.2)  # the bands the README documents
    below = lambda x: np.nextafter(x, 0.0)  # noqa: E731
    assert [band(x) for x in (1.0, MATCH, below(MATCH), POSSIBLE, below(POSSIBLE), 0.0)] == [
        "match", "match", "possible", "possible", "none", "none"]


def _stage() -> Logistic:
    return Logistic(("x", "y"), np.array([1.0, 2.0]), np.array([2.0, 4.0]), np.array([3.0, -1.0]), 0.5)


def test_match_small_logistic_is_the_standardised_formula() -> None:
    # p = σ(b + Σ w·(x − μ)/σ): at the mean the logit is the intercept; one σ above the mean in
    # a feature adds that feature's weight.
    stage = _stage()
    X = np.array([[1.0, 2.0], [3.0, 2.0], [1.0, 6.0], [3.0, 6.0], [0.0, 0.0]])
    expected = [0.5, 0.5 + 3, 0.5 - 1, 0.5 + 3 - 1, 0.5 + 3 * (-1 / 2) - 1 * (-2 / 4)]
    assert stage.logit(X) == pytest.approx(expected)
    assert stage.proba(X) == pytest.approx([sigmoid(v) for v in expected])


def test_match_small_logistic_fit_standardises_and_learns_the_sign() -> None:
    rng = np.random.default_rng(0)
    X = np.column_stack([rng.normal(3.0, 2.0, 300), rng.normal(-1.0, 0.5, 300), np.full(300, 7.0)])
    y = (X[:, 0] > 3.0).astype(int)  # only the first feature decides
    stage = Logistic.fit(("a", "b", "c"), X, y, C=1.0)
    assert stage.features == ("a", "b", "c")
    assert stage.mean == pytest.approx(X.mean(axis=0))
    assert stage.scale[:2] == pytest.approx(X.std(axis=0)[:2])
    assert stage.scale[2] == 1.0  # a constant column is not divided by zero
    assert stage.coef[0] > 1.0 and abs(stage.coef[1]) < 0.5 * stage.coef[0]
    assert ((stage.proba(X) >= 0.5) == y).mean() > 0.95
    assert np.isfinite(stage.proba(X)).all()
    weak = Logistic.fit(("a", "b", "c"), X, y, C=0.001)  # stronger regularisation, smaller weights
    assert abs(weak.coef[0]) < abs(stage.coef[0])


def test_match_small_logistic_json_round_trip() -> None:
    stage = replace(_stage(), coef=np.array([1 / 3, -2 / 7]), intercept=1 / 9)
    d = stage.to_json()
    assert json.loads(json.dumps(d)) == d  # plain numbers and strings
    assert d["features"] == ["x", "y"] and d["coef"] == [round(1 / 3, 6), round(-2 / 7, 6)]
    assert d["mean"] == [1.0, 2.0] and d["scale"] == [2.0, 4.0] and d["intercept"] == round(1 / 9, 6)
    back = Logistic.from_json(d)
    assert back.features == stage.features
    X = np.array([[0.0, 1.0], [5.0, -3.0]])
    assert back.logit(X) == pytest.approx(stage.logit(X), abs=1e-5)


# --- the model: fit, refit, JSON, load ----------------------------------------------------------


def _rows(n: int, seed: int, flip: bool = False) -> TrainingRows:
    """Labelled rows of the lexical width: same obligation when cos + support is high."""
    rng = np.random.default_rng(seed)
    X, Z = rng.normal(size=(n, len(FEATURES))), rng.normal(size=(n, len(CONSISTENCY)))
    y = (X[:, FEATURES.index("cos")] + Z[:, 1] > 0).astype(int)
    return TrainingRows(X, Z, 1 - y if flip else y)


def test_match_small_training_rows_add_in_order() -> None:
    a, b = _rows(3, 1), _rows(2, 2)
    both = a + b
    assert both.X.shape == (5, len(FEATURES)) and both.Z.shape == (5, len(CONSISTENCY))
    assert (both.X[:3] == a.X).all() and (both.X[3:] == b.X).all()
    assert (both.Z[3:] == b.Z).all() and list(both.y) == [*a.y, *b.y]


def test_match_small_model_fit_gives_both_stages_symmetric_in_the_pair() -> None:
    rows = _rows(120, 3)
    model = MatchModel.fit({"lexical": rows}, {"note": "test"})
    pair, cons = model.pair["lexical"], model.consistency["lexical"]
    assert pair.features == FEATURES and cons.features == CONSISTENCY
    assert model.info == {"note": "test"} and model.training["lexical"] is rows
    # fitted on each row in both orientations: (a, b) and (b, a) get the same logit
    sw = swapped(FEATURES)
    assert pair.logit(rows.X) == pytest.approx(pair.logit(rows.X[:, sw]), abs=1e-6)
    assert pair.coef[FEATURES.index("cos")] > 0 and cons.coef[CONSISTENCY.index("support")] > 0
    direct = fit_pair("lexical", rows.X, rows.y)
    assert direct.coef == pytest.approx(pair.coef)
    assert MatchModel.fit({"lexical": rows}).info == {}


def test_match_small_pair_proba_is_the_same_both_ways() -> None:
    rng = np.random.default_rng(4)
    names = FEATURES
    stage = Logistic(names, np.zeros(len(names)), np.ones(len(names)), rng.normal(size=len(names)), -0.3)
    X = rng.normal(size=(6, len(names)))
    sw = swapped(names)
    p = pair_proba(stage, X)
    assert p == pytest.approx(pair_proba(stage, X[:, sw]))
    assert p == pytest.approx([sigmoid((u + v) / 2) for u, v in zip(stage.logit(X), stage.logit(X[:, sw]))])
    assert not np.allclose(p, stage.proba(X))  # the stage alone is not symmetric here


def test_match_small_model_json_file_loads_back(tmp_path: Path) -> None:
    model = MatchModel.fit({"lexical": _rows(40, 5)}, {"rebuild": "test"})
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    back = MatchModel.load(path)
    assert back.info == {"rebuild": "test"}
    rows, again = model.training["lexical"], back.training["lexical"]
    assert again.X.shape == rows.X.shape and again.Z.shape == rows.Z.shape
    assert again.X == pytest.approx(rows.X, abs=1e-5) and list(again.y) == list(rows.y)
    assert again.y.dtype.kind == "i"
    assert back.pair["lexical"].proba(rows.X) == pytest.approx(model.pair["lexical"].proba(rows.X), abs=1e-4)
    assert back.consistency["lexical"].proba(rows.Z) == pytest.approx(
        model.consistency["lexical"].proba(rows.Z), abs=1e-4)
    # one training row keeps its two dimensions; a file without info loads with none
    d = model.to_json()
    d["training"]["lexical"] = {k: v[:1] for k, v in d["training"]["lexical"].items()}
    del d["info"]
    one = MatchModel.from_json(d)
    assert one.training["lexical"].X.shape == (1, len(FEATURES)) and one.info == {}


@pytest.mark.parametrize("content", [None, "not json", '{"pair": {}}'])
def test_match_small_model_load_refuses_what_is_not_a_model(tmp_path: Path, content) -> None:
    path = tmp_path / "model.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ComparerError, match=f"^{path}: not a comparer matching model"):
        MatchModel.load(path)


def test_match_small_shipped_model_is_loaded_once() -> None:
    model = MatchModel.load()
    assert MatchModel.load(None) is model
    assert model.pair["lexical"].features == FEATURES
    assert model.pair["e5"].features == FEATURES + SENTENCE_FEATURES


def test_match_small_refit_adds_the_rows_weight_times() -> None:
    model = MatchModel.fit({"lexical": _rows(60, 6)}, {"rebuild": "test"})
    extra = _rows(5, 7, flip=True)  # labels against the model
    n = len(model.training["lexical"].y)
    for weight, times in ((3, 3), (2.6, 3), (1, 1), (0.2, 1)):
        refit = model.refit({"lexical": extra}, weight=weight)
        assert len(refit.training["lexical"].y) == n + times * 5, weight
        assert refit.info == {"rebuild": "test", "user_labels": 5}
    assert len(model.refit({"lexical": extra}).training["lexical"].y) == n + 5  # once by default
    assert len(model.training["lexical"].y) == n  # the model itself is unchanged
    before = pair_proba(model.pair["lexical"], extra.X)
    after = pair_proba(model.refit({"lexical": extra}, weight=3).pair["lexical"], extra.X)
    # the users' labels pull their pairs towards them
    assert np.mean(np.abs(after - extra.y)) < np.mean(np.abs(before - extra.y))


# --- consistency through third documents --------------------------------------------------------


def _z(pairs: dict[tuple[int, int], float], doc_of: str, **kw) -> dict[tuple[int, int], np.ndarray]:
    a, b = (np.array([k[i] for k in pairs]) for i in (0, 1))
    Z = consistency_features(a, b, np.array(list(pairs.values())), list(doc_of), **kw)
    return dict(zip(pairs, Z))


def test_match_small_support_through_a_third_document() -> None:
    # clauses 0, 1, 2 in documents A, B, C: (0, 1) is supported through 2 by min(p(0,2), p(2,1))
    z = _z({(0, 1): 0.9, (0, 2): 0.8, (1, 2): 0.7}, "ABC")
    assert list(z[0, 1]) == pytest.approx([math.log(0.9 / 0.1), 0.7, 0.0, 0.0])
    assert z[0, 2][1] == pytest.approx(0.7) and z[1, 2][1] == pytest.approx(0.8)
    # a fourth document D that matches both sides better raises the support; C is second
    z = _z({(0, 1): 0.9, (0, 2): 0.8, (1, 2): 0.7, (0, 3): 0.95, (1, 3): 0.9}, "ABCD")
    assert list(z[0, 1][1:3]) == pytest.approx([0.9, 0.7])
    # in one document, the best of its clauses (here 3: min(0.4, 0.6) beats 2: min(0.8, 0.3))
    z = _z({(0, 1): 0.9, (0, 2): 0.8, (1, 2): 0.3, (0, 3): 0.4, (1, 3): 0.6}, "ABCC")
    assert list(z[0, 1][1:3]) == pytest.approx([0.4, 0.0])
    # a clause of a or b's own document supports nothing
    z = _z({(0, 1): 0.9, (0, 2): 0.8, (1, 2): 0.8}, "ABA")
    assert list(z[0, 1][1:]) == [0.0, 0.0, 0.0]


def test_match_small_contradiction_needs_two_strong_matches_that_do_not_match() -> None:
    # C holds 2 and 3: a matches 2, b matches 3, both strongly, and 2 and 3 are unrelated
    base = {(0, 1): 0.6, (0, 2): 0.9, (1, 3): 0.9}
    assert _z(base, "ABCC")[0, 1][3] == 1
    assert _z({**base, (1, 3): MATCH}, "ABCC")[0, 1][3] == 1  # strong from MATCH up
    assert _z({**base, (1, 3): np.nextafter(MATCH, 0)}, "ABCC")[0, 1][3] == 0
    assert _z({**base, (2, 3): np.nextafter(POSSIBLE, 0)}, "ABCC")[0, 1][3] == 1
    assert _z({**base, (2, 3): POSSIBLE}, "ABCC")[0, 1][3] == 0  # 2 and 3 possibly the same
    assert _z(base, "ABCC", strong=0.95)[0, 1][3] == 0
    assert _z({**base, (2, 3): 0.3}, "ABCC", unrelated=0.4)[0, 1][3] == 1
    # the same clause for both is support, not a contradiction; two documents contradict twice
    assert list(_z({(0, 1): 0.6, (0, 2): 0.9, (1, 2): 0.9}, "ABC")[0, 1][1:]) == [0.9, 0.0, 0.0]
    # each side's best clause in C, not its first: a's is 3 (0.9, not 2 at 0.3), b's is 2
    assert _z({(0, 1): 0.6, (0, 2): 0.3, (0, 3): 0.9, (1, 2): 0.9, (1, 3): 0.1}, "ABCC")[0, 1][3] == 1
    twice = {**base, (0, 4): 0.8, (1, 5): 0.7}
    assert _z(twice, "ABCCDD")[0, 1][3] == 2


def test_match_small_consistency_does_not_depend_on_the_order_of_the_pairs() -> None:
    # ties: a matches 2 and 3 of C equally; the first clause is its best there, whatever the order
    pairs = {(0, 1): 0.6, (0, 2): 0.9, (0, 3): 0.9, (1, 3): 0.9, (0, 4): 0.7, (1, 4): 0.8}
    forward = _z(pairs, "ABCCD")
    backward = _z(dict(reversed(list(pairs.items()))), "ABCCD")
    assert all(list(forward[k]) == list(backward[k]) for k in pairs)
    assert forward[0, 1][3] == 1


def test_match_small_consistency_logit_column_is_clipped() -> None:
    z = _z({(0, 1): 1.0, (0, 2): 0.0, (1, 2): 0.25}, "ABC")
    assert z[0, 1][0] == pytest.approx(math.log(0.9999 / 0.0001))
    assert z[0, 2][0] == pytest.approx(-math.log(0.9999 / 0.0001))
    assert z[1, 2][0] == pytest.approx(math.log(0.25 / 0.75))
    empty = consistency_features(np.zeros(0, int), np.zeros(0, int), np.zeros(0), [])
    assert empty.shape == (0, len(CONSISTENCY))


# --- scoring small plans --------------------------------------------------------------------------


def _ids(scores: PairScores, vectors, n: int) -> frozenset[str]:
    return frozenset((vectors.clauses[scores.a[n]].clause_id, vectors.clauses[scores.b[n]].clause_id))


def _by_ids(scores: PairScores, vectors, values: np.ndarray) -> dict[frozenset[str], float]:
    return {_ids(scores, vectors, n): float(v) for n, v in enumerate(values)}


def test_match_small_scores_are_the_two_stages() -> None:
    vectors = embed_clauses(small_corpus("jia", "yi", "bing"))
    model = MatchModel.load()
    s = score_corpus(vectors, model)
    stage = model.pair["lexical"]
    assert s.kind == "lexical" and s.X.shape == (len(s.a), len(FEATURES)) and not s.fixed
    assert s.p1 == pytest.approx(pair_proba(stage, s.X))
    assert s.Z == pytest.approx(consistency_features(s.a, s.b, s.p1, [c.doc_id for c in vectors.clauses]))
    assert s.p == pytest.approx(model.consistency["lexical"].proba(s.Z))
    order = list(vectors.by_doc)
    assert all(order.index(vectors.clauses[i].doc_id) < order.index(vectors.clauses[j].doc_id)
               for i, j in zip(s.a, s.b))
    lookup = s.lookup()
    assert len(lookup) == 2 * len(s.a)
    assert all(lookup[i, j] == lookup[j, i] == p for i, j, p in zip(s.a.tolist(), s.b.tolist(), s.p.tolist()))


def test_match_small_two_documents_keep_the_pair_stage() -> None:
    vectors = embed_clauses(small_corpus("jia", "yi"))
    s = score_corpus(vectors)
    assert len(s.a) and (s.p == s.p1).all()
    assert s.p is not s.p1  # labels write into p, never into p1


def test_match_small_order_of_documents_does_not_matter() -> None:
    ours = embed_clauses(small_corpus("jia", "yi", "bing"))
    theirs = embed_clauses(small_corpus("bing", "jia", "yi"))
    s, t = score_corpus(ours), score_corpus(theirs)
    a, b = _by_ids(s, ours, s.p), _by_ids(t, theirs, t.p)
    assert a.keys() == b.keys()
    assert max(abs(a[k] - b[k]) for k in a) < 1e-9


def test_match_small_candidates_of_every_document_pair() -> None:
    vectors = embed_clauses(small_corpus("jia", "yi", "bing"))
    calls = []
    a, b, X = candidate_table(vectors, progress=lambda *args, **kw: calls.append((args, kw)))
    assert calls[0] == (("document pairs", 0), {"total": 3}) and type(calls[0][1]["total"]) is int
    assert [c[0] for c in calls[1:]] == [("jia↔yi", 1), ("jia↔bing", 1), ("yi↔bing", 1)]
    docs = {(vectors.clauses[i].doc_id, vectors.clauses[j].doc_id) for i, j in zip(a, b)}
    assert docs == {("jia", "yi"), ("jia", "bing"), ("yi", "bing")}
    # five candidates a clause and five clauses a plan: every pair of every document pair, once
    cells = set(zip(a.tolist(), b.tolist()))
    assert len(cells) == len(a) == 3 * 5 * 5 and X.shape == (len(a), len(FEATURES))
    # one candidate a clause: fewer pairs, and the clauses in the same words are among them
    a1, b1, X1 = candidate_table(vectors, k=1)
    ids = {(vectors.clauses[i].clause_id, vectors.clauses[j].clause_id) for i, j in zip(a1, b1)}
    assert len(ids) == len(a1) < len(a) and ("jia/2.1", "bing/2.1") in ids
    rows = {cell: n for n, cell in enumerate(zip(a.tolist(), b.tolist()))}
    assert X1 == pytest.approx(X[[rows[cell] for cell in zip(a1.tolist(), b1.tolist())]])
    through = []
    score_corpus(vectors, progress=lambda *args, **kw: through.append((args, kw)))
    assert through == calls  # score_corpus passes its progress on
    one = embed_clauses(small_corpus("jia"))
    a, b, X = candidate_table(one)
    assert a.shape == b.shape == (0,) and X.shape == (0, len(FEATURES))
    assert a.dtype == b.dtype == np.int64  # clause indices, even when there are none


def test_match_small_labels_fix_pairs_and_refit_the_model(caplog: pytest.LogCaptureFixture) -> None:
    vectors = embed_clauses(small_corpus("jia", "yi", "bing"))
    plain = score_corpus(vectors, k=1)  # one candidate per clause and document
    p = _by_ids(plain, vectors, plain.p)
    strong = max(p, key=p.get)
    # 司法所 (甲) and 证明事项 (乙) are different obligations: not a candidate, scored when labelled
    unrelated = frozenset(("jia/5.1", "yi/5.1"))
    assert unrelated not in p
    x, y = sorted(strong)
    # a pair within one document and two unknown clauses (ignored) come first: the labels
    # after them still count
    labels = {("jia/1.1", "jia/2.1"): True, ("jia/1.1", "nowhere/1.1"): True,
              ("nowhere/2.1", "yi/2.1"): False, ("yi/5.1", "jia/5.1"): True, (y, x): False}
    with caplog.at_level(logging.WARNING, logger="comparer.match"):
        s = score_corpus(vectors, k=1, labels=labels)
    # one warning in the whole test (none without labels), counting the unknown pairs
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == [
        "2 labelled pair(s) name clauses not in this corpus; ignored"]
    got = _by_ids(s, vectors, s.p)
    assert len(got) == len(s.a)  # a labelled pair that is also a candidate is scored once
    assert got[unrelated] == 1.0 and got[strong] == 0.0
    idx = {c.clause_id: n for n, c in enumerate(vectors.clauses)}
    assert s.fixed == {(idx["jia/5.1"], idx["yi/5.1"]): True,
                       tuple(sorted((idx[x], idx[y]))): False}
    # the other pairs' probabilities move: the model was refit with the labels
    others = [k for k in p if k not in (strong, unrelated)]
    assert not np.allclose([got[k] for k in others], [p[k] for k in others])
    # evidence says which pairs a user labelled
    n_same = next(n for n in range(len(s.a)) if _ids(s, vectors, n) == unrelated)
    n_diff = next(n for n in range(len(s.a)) if _ids(s, vectors, n) == strong)
    assert evidence(s, n_same, vectors)[-1] == "用户标注：同"
    assert evidence(s, n_diff, vectors)[-1] == "用户标注：不同"


def test_match_small_labelled_candidates_join_the_training_rows_three_times(
        caplog: pytest.LogCaptureFixture) -> None:
    vectors = embed_clauses(small_corpus("jia", "yi", "bing"))
    model = MatchModel.load()
    a, b, X = candidate_table(vectors)
    doc_of = [c.doc_id for c in vectors.clauses]
    fixed = {(int(a[0]), int(b[0])): True, (int(a[-1]), int(b[-1])): False, (10**6, 10**6 + 1): True}
    with caplog.at_level(logging.INFO, logger="comparer.match"):
        refit = _with_labels(model, "lexical", a, b, X, doc_of, fixed)
    # the candidates among the labelled pairs
    assert [r.getMessage() for r in caplog.records if r.name == "comparer.match"] == [
        "matching model refit with 2 labelled pair(s)"]
    n = len(model.training["lexical"].y)
    rows = refit.training["lexical"]
    assert len(rows.y) == n + 3 * 2 and refit.info["user_labels"] == 2
    Z = consistency_features(a, b, pair_proba(model.pair["lexical"], X), doc_of)
    for k in range(3):  # the two labelled rows, each three times, after the model's own
        block = slice(n + 2 * k, n + 2 * k + 2)
        assert rows.X[block] == pytest.approx(X[[0, -1]]) and list(rows.y[block]) == [1, 0]
        assert rows.Z[block] == pytest.approx(Z[[0, -1]])


def test_match_small_labels_through_align_move_pairs_between_bands() -> None:
    corpus = small_corpus("jia", "yi", "bing")
    plain = align(corpus, sentence=False)
    matched = {frozenset((p.a.clause_id, p.b.clause_id)) for p in plain.pairs}
    x, y = plain.pairs[0].a.clause_id, plain.pairs[0].b.clause_id
    relabelled = align(corpus, sentence=False, labels={("jia/5.1", "bing/5.1"): True, (x, y): False})
    now = {frozenset((p.a.clause_id, p.b.clause_id)): p.score for p in relabelled.pairs}
    assert now[frozenset(("jia/5.1", "bing/5.1"))] == 1.0
    assert frozenset((x, y)) not in now and frozenset(("jia/5.1", "bing/5.1")) not in matched


def test_match_small_sentence_features_join_the_lexical_ones(tmp_path: Path) -> None:
    from comparer.embed import E5Encoder
    from comparer.match import sentence_matrices

    vectors = embed_clauses(small_corpus("jia", "yi", "bing"))
    encoder = E5Encoder(cache_dir=tmp_path)
    with_title, alone = sentence_matrices(vectors, encoder)
    assert alone == pytest.approx(encoder.transform([c.text for c in vectors.clauses]), abs=1e-6)
    # each clause with its item title as context, weight 0.3, rows of unit length
    expected = alone + 0.3 * encoder.transform([c.item.title for c in vectors.clauses])
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    assert with_title == pytest.approx(expected, abs=1e-5)
    model = MatchModel.load()
    s, lexical = score_corpus(vectors, model, sentence=encoder), score_corpus(vectors, model)
    assert s.kind == "e5" and s.X.shape == (len(s.a), len(FEATURES) + len(SENTENCE_FEATURES))
    assert s.p1 == pytest.approx(pair_proba(model.pair["e5"], s.X))
    # five clauses a plan: every pair is a candidate either way, with the same lexical features
    assert (s.a == lexical.a).all() and (s.b == lexical.b).all()
    assert s.X[:, :len(FEATURES)] == pytest.approx(lexical.X)
    e5 = len(FEATURES) + SENTENCE_FEATURES.index("e5")
    assert all(f"e5 {s.X[n, e5]:.2f}" in evidence(s, n, vectors) for n in range(len(s.a)))


# --- evidence ---------------------------------------------------------------------------------


def test_match_small_evidence_in_words() -> None:
    vectors = embed_clauses(small_corpus("jia", "yi", "bing"))
    s = score_corpus(vectors)
    emb = vectors.embedder
    for n in range(len(s.a)):
        a, b = vectors.clauses[s.a[n]], vectors.clauses[s.b[n]]
        ev = evidence(s, n, vectors)
        rank = FEATURES.index("row_rank")
        assert ev[0] == f"同文件内排名第{int(round(np.exp(s.X[n, rank])))}/{len(vectors.by_doc[b.doc_id])}"
        words = [e.removeprefix("共同词：").split("、") for e in ev if e.startswith("共同词：")]
        shared = emb.terms(a.text) & emb.terms(b.text)
        assert bool(words) == bool(shared)
        if words:
            assert 1 <= len(words[0]) <= 4 and set(words[0]) <= shared
            assert len(words[0]) == min(4, len(shared))
            idf = [emb.idf(w) for w in words[0]]
            assert idf == sorted(idf, reverse=True)  # the rarest words first
            assert all(emb.idf(w) <= idf[-1] for w in shared - set(words[0]))
        support = [e for e in ev if e.startswith("经第三份文件印证")]
        assert support == ([f"经第三份文件印证 {s.Z[n, 1]:.2f}"] if s.Z[n, 1] >= MATCH else [])
        contra = [e for e in ev if "矛盾" in e]
        assert contra == ([f"{int(s.Z[n, 3])} 份文件与之矛盾"] if s.Z[n, 3] else [])
        assert not any(e.startswith(("e5", "用户标注")) for e in ev)
    # identical clauses of two plans: each is the other's best in its document
    n = next(n for n in range(len(s.a)) if {vectors.clauses[s.a[n]].clause_id,
                                             vectors.clauses[s.b[n]].clause_id} == {"jia/2.1", "bing/2.1"})
    assert evidence(s, n, vectors)[0] == f"同文件内排名第1/{len(vectors.by_doc['bing'])}"


def test_match_small_evidence_of_support_contradictions_and_e5() -> None:
    vectors = embed_clauses(small_corpus("jia", "yi", "bing"))
    s = score_corpus(vectors)
    Z = s.Z.copy()
    Z[:, 1], Z[:, 3] = MATCH, 2
    ev = evidence(replace(s, Z=Z), 0, vectors)
    assert f"经第三份文件印证 {MATCH:.2f}" in ev and ev[-1] == "2 份文件与之矛盾"
    Z[:, 1], Z[:, 3] = np.nextafter(MATCH, 0), 0
    ev = evidence(replace(s, Z=Z), 0, vectors)
    assert not any("印证" in e or "矛盾" in e for e in ev)
    X = np.hstack([s.X, np.full((len(s.a), len(SENTENCE_FEATURES)), 0.876)])
    ev = evidence(replace(s, X=X, kind="e5"), 0, vectors)
    assert "e5 0.88" in ev


def test_match_small_groups_do_not_chain_through_weak_pairs() -> None:
    # average linkage: within a group, the mean probability over its pairs of clauses of
    # different documents reaches the linkage bar (one strong pair cannot chain two groups)
    result = align(small_corpus("jia", "yi", "bing"), sentence=False)
    assert any(len(g) == 3 for g in result.groups)
    for g in result.groups:
        for c in g:
            others = [result.probability(c, d) for d in g if d.doc_id != c.doc_id]
            assert not others or np.mean(others) >= GROUP_LINK * 0.5, [x.clause_id for x in g]
        cross = [result.probability(c, d) for c in g for d in g if c.doc_id < d.doc_id]
        assert not cross or np.mean(cross) >= GROUP_LINK
