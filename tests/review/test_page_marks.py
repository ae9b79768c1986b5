"""The page of a report: each fact marked on its own characters, flags and causes listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from shebao.review import ReviewItem, write_site
from shebao.review.gather import items_from_report
from shebao.review.page import page_html
from tests.paths import EXAMPLES
from tests.review.dom import by_id, find, page_checks, parse
from tests.review.reports import REPORT


@pytest.fixture(scope="module")
def item(tmp_path_factory: pytest.TempPathFactory) -> ReviewItem:
    path = tmp_path_factory.mktemp("page") / "report.txt"
    path.write_bytes(REPORT.replace("\n", "\r\n").encode("utf-8"))
    (found,) = items_from_report(path)
    return found


def test_page_marks_sit_on_their_facts_and_flags_match_the_record(item: ReviewItem) -> None:
    record = item.record
    assert record["facts"] and record["flags"] and "\r" in item.text
    page_checks(parse(page_html(item)), record, item.text)


def test_page_fact_mark_carries_its_slots_and_a_tooltip(item: ReviewItem) -> None:
    nodes = parse(page_html(item))
    mark = by_id(nodes, "fact-0")
    fact = item.record["facts"][0]
    assert mark.text == fact["text"]
    assert {"fact", "measure-level"} <= mark.classes
    assert fact["metric"] in mark.attrs["title"] and str(fact["year"]) in mark.attrs["title"]


def test_page_flagged_fact_is_red_and_its_flag_has_evidence(item: ReviewItem) -> None:
    nodes = parse(page_html(item))
    (flag,) = item.record["flags"]
    flagged = [m for m in find(nodes, "mark", "flagged")]
    assert [m.text for m in flagged] == [flag["text"]]
    assert by_id(nodes, "flag-0").text == flag["text"]
    for k, related in enumerate(flag["related"]):
        assert by_id(nodes, f"evidence-0-{k}").text == related["text"]


def test_page_cause_is_underlined_and_tied_to_its_fact(item: ReviewItem) -> None:
    nodes = parse(page_html(item))
    facts = item.record["facts"]
    (cause,) = item.record["causes"]
    underline = by_id(nodes, "cause-0")
    assert underline.text == item.text[cause["start"]:cause["end"]]
    tied = facts[int(underline.attrs["data-fact"])]
    assert tied["start"] == cause["fact_start"]
    assert [n.text for n in find(nodes, "span", "cue") if n.attrs.get("data-cause") == "0"] == [
        cause["cue"]]


def test_page_facts_table_rows_point_at_their_marks(item: ReviewItem) -> None:
    nodes = parse(page_html(item))
    rows = [n for n in find(nodes, "tr") if "data-goto" in n.attrs]
    assert [r.attrs["data-goto"] for r in rows] == [
        f"fact-{i}" for i in range(len(item.record["facts"]))]


def test_page_text_from_the_report_stays_text(item: ReviewItem) -> None:
    nodes = parse(page_html(item))
    assert len(find(nodes, "script")) == 1  # the page's own script only
    assert 'alert("x")' in by_id(nodes, "source").text


def test_page_record_values_are_escaped() -> None:
    text = "结余200万元"
    record = {"source": "a<b>.txt", "report_index": 0, "status": "ok", "title": "<img src=x>",
              "facts": [], "causes": [],
              "flags": [{"kind": "balance", "severity": "error", "message": '"><script>',
                         "text": "200万元", "start": 2, "end": 7, "suggestion": "<b>",
                         "related": []}]}
    page = page_html(ReviewItem(record=record, text=text, origin="test"))
    nodes = parse(page)
    assert not find(nodes, "img") and not find(nodes, "b") and len(find(nodes, "script")) == 1
    page_checks(nodes, record, text)


def test_page_without_text_says_why_and_still_lists(item: ReviewItem) -> None:
    missing = ReviewItem(record=item.record, text=None, origin="x.jsonl:1",
                         note="source file gone.txt cannot be read")
    nodes = parse(page_html(missing))
    assert not find(nodes, "mark", "flagged") and not find(nodes, "pre")
    assert "gone.txt" in by_id(nodes, "note").text
    assert len(find(nodes, "li", "flag-item")) == len(item.record["flags"])
    assert all("no source text" in r.text for r in find(nodes, "tr") if "data-fact" in r.attrs)


def test_page_site_has_an_index_linking_every_page(item: ReviewItem, tmp_path: Path) -> None:
    error = ReviewItem(record={"source": "bad.txt", "report_index": 0, "status": "error",
                               "error": "bad.txt: empty file"}, text=None, origin="bad.txt")
    entries = write_site([item, item, error], tmp_path)
    assert [e.page for e in entries] == ["report-0.html", "report-0-2.html", None]
    index = parse((tmp_path / "index.html").read_text(encoding="utf-8"))
    assert [a.attrs["href"] for a in find(index, "a")] == ["report-0.html", "report-0-2.html"]
    assert any("empty file" in n.text for n in find(index, "tr", "error"))


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_page_example_reports_are_marked_on_their_characters(name: str) -> None:
    for item in items_from_report(EXAMPLES / name):
        if item.record["status"] == "ok":
            page_checks(parse(page_html(item)), item.record, item.text)
