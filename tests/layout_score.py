"""Scoring of the layout fixtures (tests/fixtures/layouts): each ``NN-name.txt`` beside a
``NN-name.json`` sidecar naming its items, unit names, obligations and noise lines, written by
reading the document. Used by tests/test_layouts.py and benchmarks/score_layouts.py."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import comparer
from comparer.model import ClauseKind, Segmentation

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layouts"
_SPACE = re.compile(r"\s+")


def fixture_names() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.txt"))


def expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def load(name: str) -> Segmentation:
    return comparer.load_corpus([FIXTURES / f"{name}.txt"]).segmentations[0]


def squeeze(text: str) -> str:
    """Text without whitespace (a clause that spans a wrapped line compares equal)."""
    return _SPACE.sub("", text)


def obligations(seg: Segmentation) -> list[str]:
    return [squeeze(c.text) for c in seg.clauses if c.kind is ClauseKind.OBLIGATION]


@dataclass
class Score:
    """Counts over one or more fixtures: (found, expected) pairs, and noise lines in obligations."""

    whole: list[int] = field(default_factory=lambda: [0, 0])
    items: list[int] = field(default_factory=lambda: [0, 0])
    units: list[int] = field(default_factory=lambda: [0, 0])
    noise_inside: int = 0
    extra: int = 0  # obligation clauses the sidecar does not list (a heading or noise taken for one)
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("whole", "items", "units"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine[0] += theirs[0]
            mine[1] += theirs[1]
        self.noise_inside += other.noise_inside
        self.extra += other.extra
        self.misses.extend(other.misses)


def score(name: str, seg: Segmentation | None = None) -> Score:
    """How ``seg`` (default: the fixture read from disk) meets the fixture's sidecar."""
    seg = seg or load(name)
    exp, out = expected(name), Score()
    found = set(obligations(seg))
    for text in exp["obligations"]:
        ok = squeeze(text) in found
        out.whole[0] += ok
        out.misses += [] if ok else [f"{name}: obligation {text[:30]}"]
    items = {(c.item.number, c.item.title, c.item.parent and c.item.parent.number)
             for c in seg.clauses if c.item}
    for number, title, *parent in exp["items"]:  # a sub-item names its enclosing item's number
        ok = (number, title, parent[0] if parent else None) in items
        out.items[0] += ok
        out.misses += [] if ok else [f"{name}: item {number} {title}"]
    out.misses += _placement_misses(name, seg, exp)
    for needle, lead, responsible in exp["units"]:
        hits = [c for c in seg.clauses if needle in squeeze(c.text) and c.kind is ClauseKind.OBLIGATION]
        got_lead = set(hits[0].lead_units) if hits else set()
        got_resp = set(hits[0].responsible_units) if hits else set()
        for unit in lead:
            out.units[0] += unit in got_lead
        for unit in responsible:
            out.units[0] += unit in got_resp
        if hits and any(ch in u for u in got_lead | got_resp for ch in ":："):
            out.misses.append(f"{name}: a role word or field inside a unit name: {sorted(got_resp)}")
        exact = exp.get("exact_units") and (set(lead) != got_lead or set(responsible) != got_resp)
        if exact or not hits or not set(lead) <= got_lead or not set(responsible) <= got_resp:
            out.misses.append(f"{name}: units of {needle}: {sorted(got_lead)} / {sorted(got_resp)}")
    out.whole[1], out.items[1] = len(exp["obligations"]), len(exp["items"])
    out.units[1] = sum(len(lead) + len(resp) for _, lead, resp in exp["units"])
    for line in exp["noise"]:
        inside = sum(squeeze(line) in text for text in obligations(seg))
        out.noise_inside += inside
        out.misses += [f"{name}: noise in an obligation: {line[:30]}"] if inside else []
    for needle, deadline in exp.get("deadlines", []):
        hits = [c for c in seg.clauses if needle in squeeze(c.text) and c.kind is ClauseKind.OBLIGATION]
        if not hits or hits[0].deadline != deadline:
            out.misses.append(f"{name}: deadline of {needle}: {hits[0].deadline if hits else None}")
    wanted = {squeeze(t) for t in exp["obligations"]}
    extra = [t for t in obligations(seg) if t not in wanted]
    out.extra = len(extra)
    out.misses += [f"{name}: extra obligation {t[:30]}" for t in extra]
    return out


def _placement_misses(name: str, seg: Segmentation, exp: dict) -> list[str]:
    """The sidecar's ``item_of`` (the clause holding a needle is under the item or sub-item
    numbered so) and ``headings`` (sentences that are headings, not obligations) not met."""
    misses = []
    for needle, number in exp.get("item_of", []):
        hits = [c for c in seg.clauses if needle in squeeze(c.text) and c.kind is not ClauseKind.HEADING]
        got = hits[0].item.number if hits and hits[0].item else None
        misses += [] if got == number else [f"{name}: item of {needle}: {got}"]
    headings = {squeeze(c.text) for c in seg.clauses if c.kind is ClauseKind.HEADING}
    misses += [f"{name}: not a heading: {h}" for h in exp.get("headings", []) if squeeze(h) not in headings]
    return misses
