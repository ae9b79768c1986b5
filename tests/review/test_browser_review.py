"""The review pages in a real browser: rendered, marks on the right characters, flags as the JSON.

Skipped when no Chromium is installed (``apt-get install chromium``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shebao.cli.main import main
from shebao.ingest.read import read_document
from tests.paths import EXAMPLES
from tests.review import browser
from tests.review.dom import by_id, find, page_checks, parse

pytestmark = pytest.mark.slow

BINARY = browser.chromium()
needs_browser = pytest.mark.skipif(BINARY is None, reason="no chromium binary found")
REPORTS = ["shandong-yibei-county-2020-enterprise-pension.txt",
           "sichuan-qingmin-county-2020-unemployment-injury-utf16.txt",
           "xinjiang-aketash-city-2021-two-reports.txt"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """The review folder of the example reports and their records as ``shebao extract`` writes."""
    work = tmp_path_factory.mktemp("browser")
    paths = [str(EXAMPLES / name) for name in REPORTS]
    assert main(["extract", *paths, "-o", str(work / "records.jsonl")]) == 0
    assert main(["review", *paths, "-o", str(work / "site")]) == 0
    lines = (work / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return work, [json.loads(line) for line in lines]


def _page(record: dict) -> str:
    return f"{Path(record['source']).stem}-{record['report_index']}.html"


@needs_browser
def test_browser_marks_and_flags_match_the_json(site: tuple[Path, list[dict]]) -> None:
    work, records = site
    assert len(records) == 4 and any(r["flags"] for r in records)
    for record in records:
        dom = browser.dump_dom(BINARY, work / "site" / _page(record), work / "profile")
        nodes = parse(dom)
        assert find(nodes, "mark", "fact"), record["source"]
        page_checks(nodes, record, read_document(record["source"]).text)
        assert nodes[0].attrs.get("data-review-ready") == "yes"  # the page's script ran


@needs_browser
def test_browser_causes_are_underlined_on_their_text(site: tuple[Path, list[dict]]) -> None:
    work, records = site
    record = next(r for r in records if r["causes"])
    text = read_document(record["source"]).text
    nodes = parse(browser.dump_dom(BINARY, work / "site" / _page(record), work / "profile"))
    for i, cause in enumerate(record["causes"]):
        pieces = [n.text for n in find(nodes, "span", "cause")
                  if n.attrs.get("data-cause") == str(i)]
        assert "".join(pieces) == text[cause["start"]:cause["end"]]
        assert by_id(nodes, f"cause-item-{i}").attrs["data-metric"] == cause["metric"]


@needs_browser
def test_browser_screenshot_is_a_png(site: tuple[Path, list[dict]]) -> None:
    work, records = site
    png = work / "page.png"
    browser.screenshot(BINARY, work / "site" / _page(records[0]), png, work / "profile")
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
