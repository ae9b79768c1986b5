"""``shebao review``: pages and an index written, honest exit status."""

from __future__ import annotations

from pathlib import Path

import pytest

from shebao.cli.main import main
from tests.review.dom import find, parse
from tests.review.reports import REPORT


def test_cli_review_writes_a_page_per_report_and_an_index(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    out = tmp_path / "site"
    assert main(["review", str(tmp_path / "in"), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a-0.html", "index.html"]
    err = capsys.readouterr().err
    assert "b.txt" in err and "1 pages" in err
    index = parse((out / "index.html").read_text(encoding="utf-8"))
    assert [a.attrs["href"] for a in find(index, "a")] == ["a-0.html"]


def test_cli_review_nothing_readable_exits_1(tmp_path: Path) -> None:
    assert main(["review", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o")]) == 1
    assert (tmp_path / "o" / "index.html").is_file()


def test_cli_review_empty_folder_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["review", str(tmp_path / "empty"), "-o", str(tmp_path / "o")]) == 2
