"""Synthetic corpora for scale benchmarks, generated from the seed plans in ``corpora/``.

Each synthetic document takes one seed as its template and keeps its layout parseable:

* its items (heading + clauses + unit lines, or a table group of rows) are shuffled inside
  their section and renumbered in order — （一）（二）… for prose, 1 2 3 … for the table seed;
* part of the clauses are reworded (synonym swaps such as 加强→强化, comma phrases reordered);
* the jurisdiction gets an invented name, unit prefixes change level (州→市/县/旗), numbers are
  scaled, deadlines move to other months and years shift;
* about 10 % of the items are dropped and about 5 % copied in from another seed.

Everything is drawn from ``random.Random(seed)``, so the same arguments give the same corpus.

    python benchmarks/synth.py OUT_DIR --docs 200 --seed 7
"""
from __future__ import annotations

import argparse
import csv
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from comparer.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpora"

SYNONYMS = [("加强", "强化"), ("推进", "推动"), ("健全", "完善"), ("开展", "组织开展"),
            ("落实", "贯彻落实"), ("提升", "提高"), ("深化", "深入推进"), ("严格", "从严"),
            ("规范", "规范化"), ("持续", "不断")]
_FIRST = "青云河松柳石金安长丰平东永兴宁和泰清嘉汇"
_SECOND = "阳川源山林湖溪原岭台泉口坪城沙泽"
_LEVELS = ("县", "市", "旗")
_CN = "零一二三四五六七八九十"

_SECTION = re.compile(r"^\s*[一二三四五六七八九十]+、")
_ITEM = re.compile(r"^(\s*)[（(]([一二三四五六七八九十]+)[）)]")
_CONTINUATION = re.compile(r"^\s*(牵头单位|参加单位|责任单位|责任部门|配合单位|\d+[.．、])")
_UNIT_LINE = re.compile(r"^\s*(牵头单位|参加单位|责任单位|责任部门|配合单位)")
_YEAR = re.compile(r"(20[0-3]\d)(?=年)")
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")
_MONTH = re.compile(r"(?<!\d)(\d{1,2})月(?=底|份|前|中旬|上旬|下旬)")
_COUNT = re.compile(r"(?<![\d.])(\d{1,3})(?=次|个|家|件|场|人|万|%|％|项|期|天|小时|批|名|所|户|篇)")

# Seed jurisdiction names (full and short) and the character its own units start with.
_SELF = {"bazhou": (("巴音郭楞蒙古自治州", "自治州", "巴州"), "州"),
         "alxa": (("阿拉善左旗",), "旗"), "emin": (("额敏县",), "县"), "fukang": (("阜康市",), "市")}


def cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 35 → 三十五 (1–99)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN[tens] + "十")
    return head + (_CN[ones] if ones else "") if n >= 10 else _CN[n]


@dataclass
class Section:
    head: list[str] = field(default_factory=list)
    items: list[list[str]] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)


@dataclass
class Seed:
    doc_id: str
    kind: str
    year: int
    layout: str  # "prose" or "table"
    sections: list[Section]
    restart: bool  # item numbering restarts in each section

    @property
    def items(self) -> list[list[str]]:
        return [it for s in self.sections for it in s.items]


def parse_prose(lines: list[str]) -> tuple[list[Section], bool]:
    sections, cur = [], Section()
    for line in lines:
        if _SECTION.match(line) and (cur.items or cur.head):
            sections.append(cur)
            cur = Section()
        if _ITEM.match(line):
            cur.items.append([line])
        elif cur.items and not cur.tail and _CONTINUATION.match(line):
            cur.items[-1].append(line)
        elif cur.items:
            cur.tail.append(line)
        else:
            cur.head.append(line)
    sections.append(cur)
    firsts = [_ITEM.match(s.items[0][0]).group(2) for s in sections if s.items]
    return sections, firsts.count("一") > 1


def parse_table(lines: list[str]) -> Section:
    """Rows are runs of lines separated by empty lines, merged until a row has all its cells;
    a row with a number in its first cell starts a group."""
    start = next(i for i, line in enumerate(lines) if line.startswith("\t"))
    sec, chunks, chunk = Section(head=lines[:start]), [], []
    for line in lines[start:] + [""]:
        if line:
            chunk.append(line)
        elif chunk:
            chunks.append(chunk)
            chunk = []
    header, rows = chunks[0], []
    cols = sum(x.startswith("\t") for x in header)
    for c in chunks[1:]:
        if rows and sum(x.startswith("\t") for x in rows[-1]) < cols:
            rows[-1] += ["", *c]  # a cell broken by an empty line
        else:
            rows.append(c)
    if rows and not rows[-1][0].startswith("\t"):
        sec.tail = rows.pop()
    sec.head.append("\n".join(header) + "\n")
    for r in rows:
        if r[0].strip() or not sec.items:
            sec.items.append([])
        sec.items[-1].append("\n".join(r) + "\n")
    return sec


def load_seeds(folder: Path = SEEDS) -> list[Seed]:
    with (folder / "manifest.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    seeds = []
    for r in rows:
        lines = (folder / r["file"]).read_text(encoding="utf-8").split("\n")
        if sum(line.startswith("\t") for line in lines) > len(lines) // 3:
            seeds.append(Seed(r["id"], r["kind"], int(r["year"]), "table", [parse_table(lines)], False))
        else:
            sections, restart = parse_prose(lines)
            seeds.append(Seed(r["id"], r["kind"], int(r["year"]), "prose", sections, restart))
    return seeds


class Rewriter:
    """Per-document substitutions: names, unit prefixes, numbers, deadlines, years, wording."""

    def __init__(self, rng: random.Random, seed: Seed, name: str, level: str, year: int) -> None:
        self.rng, self.name, self.level = rng, name, level
        key = seed.doc_id.split("-")[0]
        self.own_names, self.own_char = _SELF.get(key, ((), ""))
        self.delta = year - seed.year
        self.factor = rng.choice((0.5, 0.8, 1.5, 2.0, 3.0))

    def text(self, s: str, reword: bool) -> str:
        s = self.common(s)
        return self.reword(s) if reword else s

    def common(self, s: str) -> str:
        for own in self.own_names:
            s = s.replace(own, self.name)
        if self.own_char:
            s = re.sub(rf"(全|我|本|^|[：:、，,；;（(\t]\s*){self.own_char}(?=[\u4e00-\u9fff])",
                       lambda m: m.group(1) + self.level, s, flags=re.M)
        s = _YEAR.sub(lambda m: str(int(m.group(1)) + self.delta), s)
        s = _DATE.sub(lambda m: f"{self.rng.randint(1, 12)}月{min(int(m.group(2)), 28)}日", s)
        s = _MONTH.sub(lambda m: f"{self.rng.randint(1, 12)}月", s)
        return _COUNT.sub(lambda m: str(max(1, round(int(m.group(1)) * self.factor))), s)

    def reword(self, s: str) -> str:
        lead = s[:len(s) - len(s.lstrip())]
        return lead + self._reword(s[len(lead):])

    def _reword(self, s: str) -> str:
        for a, b in SYNONYMS:
            if self.rng.random() < 0.5:
                s = s.replace(b, a) if b in s and self.rng.random() < 0.5 else s.replace(a, b)
        out = []
        for sent in re.split(r"(?<=[。；])", s):
            parts = re.split(r"[，,]", sent)
            if len(parts) >= 3 and self.rng.random() < 0.4:
                middle = parts[:-1]
                self.rng.shuffle(middle)
                sent = "，".join(middle + parts[-1:])
            out.append(sent)
        return "".join(out)


def _renumber_prose(item: list[str], n: int) -> list[str]:
    m = _ITEM.match(item[0])
    return [f"{m.group(1)}（{cn_number(n)}）{item[0][m.end():]}", *item[1:]]


def _renumber_row(group: list[str], n: int) -> list[str]:
    first = group[0].split("\n", 1)
    return [f"\t{n}\n{first[1]}", *group[1:]]


def _prose_to_rows(item: list[str]) -> list[str]:
    """A prose item as one table group: 序号, 任务, 措施, 牵头, 责任, 时限."""
    text = _ITEM.sub("", item[0]).strip()
    title, _, body = text.partition("。")
    body = re.sub(r"[（(](牵头|责任)单位.*?[）)]", "", body) or title + "。"
    return [f"\t0\n\t{title}\n\t{body}\n\t司法局\n\t各有关部门\n\t12月31日前\n"]


def synth_document(rng: random.Random, seeds: list[Seed], n: int) -> tuple[dict[str, str], str]:
    """One synthetic document: its manifest row and its text."""
    seed = rng.choice(seeds)
    level = rng.choice(_LEVELS)
    name = rng.choice(_FIRST) + rng.choice(_SECOND) + level
    year = rng.randint(2019, 2026)
    rw = Rewriter(rng, seed, name, level, year)
    others = [it for s in seeds if s is not seed and s.layout == "prose" for it in s.items]
    out: list[str] = []
    count = 0
    for sec in seed.sections:
        items = [it for it in sec.items if rng.random() >= 0.10]
        items += [rng.choice(others) for _ in sec.items if rng.random() < 0.05]
        rng.shuffle(items)
        count = 0 if seed.restart else count
        out += [rw.common(h) for h in sec.head]
        for it in items:
            count += 1
            if seed.layout == "table":
                it = _prose_to_rows(it) if _ITEM.match(it[0]) else it
                out += ["\n".join(rw.text(cell, rng.random() < 0.5) for cell in x.split("\n"))
                        for x in _renumber_row(it, count)]
            else:
                it = _renumber_prose(it, count)
                out += [rw.common(x) if _UNIT_LINE.match(x) else rw.text(x, rng.random() < 0.5)
                        for x in it]
        out += [rw.common(t) for t in sec.tail]
    doc_id = f"syn{n:04d}-{seed.doc_id.split('-')[0]}"
    row = {"id": doc_id, "file": f"{doc_id}.txt", "jurisdiction": name, "year": str(year),
           "kind": seed.kind}
    return row, "\n".join(out)


def generate(n_docs: int, seed: int = 0, folder: Path = SEEDS) -> Iterator[tuple[dict[str, str], str]]:
    """Yield ``(manifest_row, text)`` for ``n_docs`` synthetic documents, deterministically."""
    rng = random.Random(seed)
    seeds = load_seeds(folder)
    for n in range(n_docs):
        yield synth_document(rng, seeds, n)


def documents(n_docs: int, seed: int = 0) -> list[Document]:
    """Synthetic documents in memory (no files), metadata from the generator."""
    return [Document(r["id"], text, jurisdiction=r["jurisdiction"], year=int(r["year"]),
                     kind=r["kind"]) for r, text in generate(n_docs, seed)]


def write_corpus(out: Path, n_docs: int, seed: int = 0) -> Path:
    """Write ``n_docs`` .txt files and a manifest.csv (id,file,jurisdiction,year,kind) to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for row, text in generate(n_docs, seed):
        (out / row["file"]).write_text(text, encoding="utf-8")
        rows.append(row)
    with (out / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "file", "jurisdiction", "year", "kind"])
        w.writeheader()
        w.writerows(rows)
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--docs", type=int, default=50)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    print(write_corpus(a.out, a.docs, a.seed))


if __name__ == "__main__":
    main()
