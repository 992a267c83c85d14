"""Property tests (issue 7): segmentation never raises and never loses or garbles text.

Inputs are random texts over the alphabet of real plans (seed characters, numbering, unit notes,
table cells) and random mutations of the five seeds; decoding is fuzzed with random bytes.
"""

from __future__ import annotations

import random
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import comparer
from comparer.errors import IngestError
from comparer.ingest.text import decode_bytes
from comparer.model import Document, Segmentation
from tests.conftest import CORPORA

SEEDS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))}
_HANZI = [ch for ch, _ in Counter(ch for t in SEEDS.values() for ch in t
                                  if "\u4e00" <= ch <= "\u9fff").most_common(300)]
_TOKENS = [
    *"。；，、：（）()“”《》!?！？;:,.", "一、", "二、", "十一、", "（一）", "（二）", "(三)", "（十二）",
    "1.", "2、", "（1）", "(2)", "一是", "二是", "牵头单位：", "责任单位：", "牵头部门:", "配合单位：",
    "完成时限：", "（牵头单位：州司法局；责任单位：各县市）", "[bookmark: _GoBack]",
    "\t序号", "\t工作任务", "\t具体事项", "\t牵头单位", "\t责任单位", "\t完成时限", "\t",
    "\n", "\n", "\n\n", " ", "  ", "\u3000", "\xa0", "\r\n", *"0123456789", *"abcXYZ-_%",
    "2024年", "12月31日前", "人民政府办公室", "工作报告", "存在问题", "下一步打算",
]
_SETTINGS = settings(deadline=None, max_examples=150,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

policy_text = st.lists(st.one_of(st.sampled_from(_TOKENS), st.sampled_from(_HANZI)),
                       max_size=400).map("".join)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A seed cut, with lines deleted, shuffled or duplicated, and tabs inserted."""
    text = SEEDS[draw(st.sampled_from(sorted(SEEDS)))]
    a = draw(st.one_of(st.just(0), st.integers(0, len(text))))  # 0 keeps a table's header
    b = draw(st.integers(a, min(len(text), a + 6000)))
    lines = text[a:b].split("\n")
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["delete", "shuffle", "duplicate", "tab", "join"]))
        if not lines:
            break
        i = rng.randrange(len(lines))
        if op == "delete":
            del lines[i]
        elif op == "shuffle":
            rng.shuffle(lines)
        elif op == "duplicate":
            lines.insert(rng.randrange(len(lines) + 1), lines[i])
        elif op == "tab":
            k = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:k] + "\t" + lines[i][k:]
        elif op == "join" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + lines[i + 1]]
    return "\n".join(lines)


def assert_well_formed(seg: Segmentation) -> None:
    """The invariants every segmentation keeps, whatever the input."""
    text = seg.document.text
    ids = [c.clause_id for c in seg.clauses]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    last_end = 0
    for c in sorted(seg.clauses, key=lambda c: c.start):
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start:c.end] == c.text
        assert c.text == c.text.strip(), c
        assert c.start >= last_end, f"clause {c.clause_id} overlaps the one before it"
        last_end = c.end
    for sp in seg.spans:
        assert 0 <= sp.start < sp.end <= len(text), sp
    covered = bytearray(len(text))
    for a in (*seg.clauses, *seg.spans):
        covered[a.start:a.end] = b"\x01" * (a.end - a.start)
    lost = [(i, ch) for i, (ch, cov) in enumerate(zip(text, covered)) if not cov and not ch.isspace()]
    assert not lost, f"characters in no clause or span: {lost[:10]}"


@_SETTINGS
@given(policy_text)
@example("。[bookmark: _GoBack]\t序号")  # a tab after an artifact was kept in the next clause
@example("一、0  。")  # spaces between a section title and its run-in text were kept in the title
def test_fuzz_segment_random_policy_text(text: str) -> None:
    assert_well_formed(comparer.segment(Document("d", text)))


_HEADER_AFTER_CELLS = ("2026年自治州法治政府建设工作要点责任分工清单\n\t常态化开展领导干部学法\n\t1\n\t牵头单位\n"
                       "\t{}\n\t序号\n\t工作任务\n\t完成时限\n\n\t具体事项\n附件\n\t责任单位")


@_SETTINGS
@given(mutated_seed())
@example(_HEADER_AFTER_CELLS.format("各"))  # two note columns in one row: the first was lost
@example(_HEADER_AFTER_CELLS.format(""))  # an empty header cell gave an empty span
@example("序号\n\t工作任务\n\t具体事项\n\t牵头单位\n\t责任单位\n\t完成时限\n\n\t1\n\t常态化开展领导干部学法\n"
         "\t各级政府及其组成部门党组（党委）理论学习中心组年度学习习近平法治思想不少于4次。\n\t州司法局\n"
         "\t各县市人民政府,州党委宣传部，各部门单位\n\t长")  # a header line above a tab table: read twice
def test_fuzz_segment_mutated_seeds(text: str) -> None:
    assert_well_formed(comparer.segment(Document("d", text)))


@_SETTINGS
@given(st.one_of(st.binary(max_size=300),
                 policy_text.map(lambda t: t.encode("utf-8")),
                 policy_text.map(lambda t: t.encode("gb18030")),
                 st.tuples(policy_text, st.binary(max_size=8), policy_text)
                 .map(lambda p: p[0].encode("utf-8") + p[1] + p[2].encode("utf-8"))))
def test_fuzz_decode_bytes_returns_text_or_ingest_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data), str)
    except IngestError:
        pass


@_SETTINGS
@given(policy_text)
def test_fuzz_decode_bytes_round_trips_utf8(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == text
