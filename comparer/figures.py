"""Inline SVG pictures for the report: the coverage heatmap and the score histogram.

Plain strings, no plotting library, every label escaped; the same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

_FONT = "font-family:'Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei',sans-serif"
_COLORS = ("#f1f3f5", "#c6e2f5", "#8cc3ea", "#4a9bd6", "#1c6fb0", "#0b4a80")
#: Above this many cells the heatmap draws each document's row once in the empty colour and
#: only the non-empty cells over it (200 documents × 479 groups: 12 MB of SVG → about 1.5 MB).
DENSE_CELLS_MAX = 10_000


def _color(n: int) -> str:
    return _COLORS[min(n, len(_COLORS) - 1)]


def heatmap_svg(matrix: dict[str, Any], labels: dict[str, str]) -> str:
    """Documents (rows) × obligation groups (columns), shaded by the number of clauses."""
    docs, rows = matrix["doc_ids"], matrix["rows"]
    sparse = len(docs) * len(rows) > DENSE_CELLS_MAX
    cell, left, top = 7, 190, 40
    width = left + max(len(rows), 1) * cell + 20
    height = top + len(docs) * 18 + 50
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="fig" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="覆盖矩阵热力图" style="{_FONT}">',
             f'<text x="{left}" y="18" font-size="14" font-weight="bold">覆盖矩阵：义务组 × 文档（颜色越深，条款越多）</text>']
    for i, d in enumerate(docs):
        y = top + i * 18
        parts.append(f'<text x="{left - 6}" y="{y + 12}" font-size="12" text-anchor="end">'
                     f'{escape(labels.get(d, d))}</text>')
        if sparse:
            parts.append(f'<rect x="{left}" y="{y}" width="{len(rows) * cell - 1}" height="16" '
                         f'fill="{_color(0)}"/>')
        for j, r in enumerate(rows):
            n = len(r["cells"][i])
            if sparse and not n:
                continue
            parts.append(f'<rect x="{left + j * cell}" y="{y}" width="{cell - 1}" height="16" '
                         f'fill="{_color(n)}"><title>{escape(r["group"])} {escape(r["label"])}：'
                         f'{n} 条</title></rect>')
    y = top + len(docs) * 18 + 18
    parts.append(f'<text x="{left}" y="{y}" font-size="12">义务组（共 {len(rows)} 个，'
                 f'按覆盖文档数从多到少排列）→</text>')
    for k, c in enumerate(_COLORS):
        x = left + k * 46
        parts.append(f'<rect x="{x}" y="{y + 8}" width="14" height="12" fill="{c}"/>'
                     f'<text x="{x + 18}" y="{y + 18}" font-size="11">{k}{"+" if k == len(_COLORS) - 1 else ""} 条</text>')
    parts.append("</svg>")
    return "".join(parts)


def histogram_svg(scores: Sequence[float], threshold: float, bins: int = 20,
                  xlabel: str = "得分（匹配模型的概率；其他嵌入为余弦相似度）") -> str:
    """Histogram of aligned-pair scores over [0, 1] with the threshold marked."""
    counts = [0] * bins
    for s in scores:
        counts[min(int(s * bins), bins - 1)] += 1
    peak = max(counts) or 1
    # the threshold's label sits in its own band between the title (baseline 18) and the bars
    left, top, w, h = 50, 46, 520, 180
    bw = w / bins
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="fig" width="{left + w + 20}" '
             f'height="{top + h + 50}" role="img" aria-label="相似度分布" style="{_FONT}">',
             f'<text x="{left}" y="18" font-size="14" font-weight="bold">对齐条款对的相似度分布'
             f'（共 {len(scores)} 对）</text>',
             f'<line x1="{left}" y1="{top + h}" x2="{left + w}" y2="{top + h}" stroke="#333"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + h}" stroke="#333"/>']
    for i, n in enumerate(counts):
        bh = round(h * n / peak, 1)
        parts.append(f'<rect x="{left + i * bw + 1:.1f}" y="{top + h - bh:.1f}" width="{bw - 2:.1f}" '
                     f'height="{bh:.1f}" fill="#4a9bd6"><title>{i / bins:.2f}–{(i + 1) / bins:.2f}：'
                     f'{n} 对</title></rect>')
    for k in range(0, 11, 2):
        x = left + w * k / 10
        parts.append(f'<text x="{x:.1f}" y="{top + h + 16}" font-size="11" text-anchor="middle">'
                     f'{k / 10:.1f}</text>')
    parts.append(f'<text x="{left - 6}" y="{top + 10}" font-size="11" text-anchor="end">{peak}</text>')
    tx = left + w * threshold
    parts.append(f'<line x1="{tx:.1f}" y1="{top - 16}" x2="{tx:.1f}" y2="{top + h}" stroke="#d9480f" '
                 f'stroke-dasharray="4 3"/><text x="{tx + 4:.1f}" y="{top - 6}" font-size="11" '
                 f'fill="#d9480f">阈值 {threshold:g}</text>')
    parts.append(f'<text x="{left + w / 2}" y="{top + h + 36}" font-size="12" text-anchor="middle">'
                 f'{escape(xlabel)}</text><text x="14" y="{top + h / 2}" font-size="12" '
                 f'transform="rotate(-90 14 {top + h / 2})" text-anchor="middle">条款对数</text></svg>')
    return "".join(parts)
