"""Normalisation applied to every reader's output before segmentation.

Only what changes no meaning: line ends, byte-order marks, traditional characters turned
into simplified ones (OpenCC ``t2s``) when a text is written in traditional characters, and
pinyin readings printed after characters (``领(lǐng)导``) removed.
Punctuation is kept as written (001 uses ASCII ``,()``): the segmenter accepts both forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters common in traditional-script policy texts that never occur in simplified text.
_TRADITIONAL_MARKERS = set("這個們說與為會從進對發過們關於實務體應當區縣級單責負監權審範規劃條辦")


# A pinyin reading printed after a character: 领(lǐng)导, 述法（shù fǎ）. Tone marks or tone digits
# are required, so ASCII words in parentheses, (1) and (NGO) stay.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_NOTE = re.compile(
    rf"(?<=[\u4e00-\u9fff])[（(](?=[a-z{_TONED}\s]*[{_TONED}1-4])(?:[a-zü{_TONED}]+[1-4]?\s?){{1,4}}[）)]")


def strip_pinyin(text: str) -> str:
    """Remove pinyin readings printed after characters (``领(lǐng)导`` → ``领导``)."""
    return _PINYIN_NOTE.sub("", text)


def looks_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (a share of marker characters)."""
    hits = sum(1 for ch in text if ch in _TRADITIONAL_MARKERS)
    return hits >= 3 and hits * 200 >= sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


@lru_cache(maxsize=1)
def _t2s():  # noqa: ANN202 - OpenCC object
    from opencc_purepy import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified with OpenCC (``t2s``)."""
    return _t2s().convert(text)


def normalize_text(text: str) -> str:
    """Normalise line ends and BOMs, convert traditional script to simplified, and remove
    pinyin readings printed after characters."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if looks_traditional(text):
        text = to_simplified(text)
    return strip_pinyin(text)
