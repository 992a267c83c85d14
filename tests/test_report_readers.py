"""The report as a researcher reads it: the year-over-year section leads with what happened to
the duties, red marks only a real difference, figures whose labels do not collide, and a
document without a title line said to have none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import comparer
from comparer import labels
from comparer.change_view import OUTCOMES, outcomes
from comparer.figures import histogram_svg
from comparer.report import build_report


@pytest.fixture(scope="module")
def html(corpus: comparer.Corpus, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("report")
    return build_report(corpus, out).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def changes_section(html: str) -> str:
    start = html.index('<section id="changes">')
    return html[start:html.index("</section>", start)]


@pytest.mark.parametrize(("changes", "expected"), [
    ([{"field": "strength", "old": 2, "new": 3}], ("strengthened",)),        # 应当 → 必须
    ([{"field": "strength", "old": 3, "new": 1}], ("weakened",)),            # 确保 → 鼓励
    ([{"field": "target", "old": "≥1次", "new": "≥2次", "unit": "次"}], ("retargeted",)),
    ([{"field": "target", "old": None, "new": "≥300家", "unit": "家"}], ("retargeted",)),
    ([{"field": "deadline", "old": None, "new": "长期坚持"}], ("kept",)),     # prose vs table
    ([{"field": "deadline", "old": "年底前", "new": "6月底前"}], ("rescheduled",)),
    ([{"field": "lead_units", "old": "州人民政府办公室、州司法局", "new": "州司法局"}], ("kept",)),
    ([{"field": "lead_units", "old": "州司法局", "new": "州财政局"}], ("reassigned",)),
    ([{"field": "responsible_units", "old": "各县市人民政府", "new": "各部门单位"}], ("kept",)),
    ([{"field": "text", "old": "推进 / 法治", "new": "深化 / 法治"}], ("kept",)),
])
def test_change_outcomes_from_the_change_fields(changes: list[dict], expected: tuple[str, ...]) -> None:
    assert outcomes({"status": "changed", "changes": changes}) == expected


def test_report_changes_lead_with_a_summary_of_what_happened(changes_section: str) -> None:
    cells = dict(re.findall(r'<td data-outcome="(\w+)">(\d+)</td>', changes_section))
    assert list(cells) == list(OUTCOMES)
    rows = re.findall(r'<tr data-outcomes="([^"]*)">', changes_section)
    for outcome in OUTCOMES:  # each count is the number of rows listed with that outcome
        assert int(cells[outcome]) == sum(outcome in r.split() for r in rows), outcome
    assert int(cells["added"]) > 0 and int(cells["dropped"]) > 0 and int(cells["kept"]) > 0
    summary_at = changes_section.index('class="change-summary"')
    assert summary_at < changes_section.index('<table class="side">')  # before any row


def test_report_changes_show_the_rows_that_matter_first(changes_section: str) -> None:
    key, _, rest = changes_section.partition('<details class="minor">')
    assert rest, "the rows without a change of substance are folded away"
    rows = re.findall(r'<tr data-outcomes="([^"]*)">(.*?)</tr>', key, re.S)
    assert rows and all(o != "kept" for o, _ in rows)
    assert all('class="fact"' in body or o in ("added", "dropped") for o, body in rows)
    assert 'class="fact"' not in rest  # folded rows have no change of substance
    # the heads' law lectures 每年不少于1次 → 2026 不少于2次 is a target change among the first rows
    assert re.search(r"目标</b>：<span class=\"diff\">≥1次</span> → <mark class=\"chg\">≥[2-9]次", key)


def test_report_word_diff_is_folded(changes_section: str) -> None:
    diffs = changes_section.count("文字差异")
    assert diffs > 10
    assert changes_section.count('<details class="word-diff"><summary>文字差异</summary>') == diffs


def test_report_red_lines_only_where_both_sides_state_the_field(html: str, changes_section: str) -> None:
    # 完成时限/牵头单位 lines were red whenever one side (a prose plan) had no such field
    lines = re.findall(r'<div class="diff">(完成时限|牵头单位)：([^<]*)</div>', html)
    assert lines and all(value.strip() not in ("", "—") for _, value in lines)
    facts = re.findall(r'<div class="fact"><b>(完成时限|牵头单位)</b>：<span class="diff">([^<]*)</span> → '
                       r'<mark class="chg">([^<]*)</mark>', changes_section)
    assert all(old != "—" and new != "—" for _, old, new in facts)
    assert "仅新文件写明" in changes_section  # the one-sided field is said, in grey


def test_report_untitled_document_says_so(html: str) -> None:
    row = re.search(r'<tr><td><a href="#doc-fukang-2021">.*?</tr>', html, re.S).group(0)
    assert "原文没有标题行" in row and "阜康市2021年工作要点" in row


def test_report_check_uses_the_shared_labels(html: str) -> None:
    start = html.index('<section id="check">')
    section = html[start:html.index("</section>", start)]
    for status in ("present", "weak", "missing"):
        assert f"<th>{labels.STATUS[status]}</th>" in section


def _svg_texts(svg: str) -> list[tuple[float, float, str]]:
    """(y, font size, text) of each <text> of an SVG."""
    return [(float(y), float(size), text) for y, size, text in
            re.findall(r'<text[^>]* y="([\d.]+)" font-size="(\d+)"[^>]*>([^<]*)</text>', svg)]


@pytest.mark.parametrize("scores", [[0.13] * 40 + [0.5] * 3, [0.9] * 10, [0.121, 0.3, 0.31]])
def test_histogram_threshold_label_clears_the_title_and_the_bars(scores: list[float]) -> None:
    svg = histogram_svg(scores, 0.12)
    texts = _svg_texts(svg)
    (title_y, _, _), = [t for t in texts if t[2].startswith("对齐条款对的相似度分布")]
    (label_y, label_size, _), = [t for t in texts if t[2].startswith("阈值")]
    bar_tops = [float(y) for y in re.findall(r'<rect x="[\d.]+" y="([\d.]+)"', svg)]
    assert label_y - label_size > title_y + 2  # below the title's baseline, with a gap
    assert label_y + 2 < min(bar_tops)          # above the tallest bar


def test_report_check_shows_what_the_references_say(html: str, corpus: comparer.Corpus) -> None:
    # the references' wording was only in hover tooltips
    start = html.index('<section id="check">')
    section = html[start:html.index("</section>", start)]
    refs = re.findall(r'<div class="ref"><a class="cid" href="#c-([^"]+)">([^<]+)</a> ([^<]+)</div>', section)
    assert refs
    texts = {c.clause_id: c for c in corpus.clause_list}
    for clause_id, name, text in refs[:50]:
        clause = texts[clause_id]
        assert name.startswith(labels.doc_label(corpus.document(clause.doc_id)) + " · ")
        assert text == clause.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;").replace("'", "&#39;")
