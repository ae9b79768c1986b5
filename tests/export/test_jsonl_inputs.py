"""``extract -o``: figures with more digits than a double holds, names in any bytes, blank files.

The JSON Lines file is valid UTF-8 whatever the input; a figure keeps its
written value (``value_exact`` beside a number a double cannot hold); a
blank or BOM-only file gives one error record.  The store's exports keep
the digits too.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from shebao.cli.main import main
from shebao.export.formats import export_table
from tests.check.archive_texts import make_archive

BIG = "123456789012345678901234567890"
CHANGE = "123456789012345678901234.5"
TINY = "0.00000000000000000000000000001"
REPORT = ("某县2022年失业保险基金决算说明\n一、基金收支\n"
          f"本年失业保险基金收入{BIG}万元，较上年减少{CHANGE}万元。\n"
          f"失业保险基金利息收入{TINY}万元。\n")


def _extract(tmp_path: Path, files: dict[str, bytes]) -> tuple[bytes, list[dict]]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    out = tmp_path / "out.jsonl"
    main(["extract", str(folder), "-o", str(out)])
    raw = out.read_bytes()
    return raw, [json.loads(line) for line in raw.decode("utf-8").splitlines()]


def _facts(records: list[dict]) -> dict[str, dict]:
    return {f["metric"] + "/" + f["measure"]: f for r in records for f in r.get("facts", [])}


def test_jsonl_figures_keep_their_written_value(tmp_path: Path) -> None:
    _, records = _extract(tmp_path, {"r.txt": REPORT.encode("utf-8")})
    facts = _facts(records)
    level, change = facts["income_total/level"], facts["income_total/yoy_change"]
    assert (level["value"], level["value_exact"]) == (int(BIG), BIG)
    assert level["value_wan_exact"] == BIG
    assert (Decimal(change["value_exact"]), Decimal(change["value_wan_exact"])) == (
        -Decimal(CHANGE), -Decimal(CHANGE))
    tiny = [f for f in facts.values() if f["text"].startswith("0.0")]
    assert tiny and tiny[0]["value"] == float(TINY) and "value_exact" not in tiny[0]


def test_jsonl_valid_utf8_with_a_name_in_bytes_and_blank_files(tmp_path: Path) -> None:
    name = os.fsdecode(b"r-\xff\xfe.txt")
    try:
        (tmp_path / name).write_bytes(b"")
        (tmp_path / name).unlink()
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are no UTF-8")
    raw, records = _extract(tmp_path, {name: REPORT.encode("utf-8"),
                                       "blank.txt": b" \r\n\t\n", "bom.txt": codecs.BOM_UTF8,
                                       "bom-blank.txt": codecs.BOM_UTF8 + b"\n \n"})
    raw.decode("utf-8")  # strict: valid UTF-8
    by_name = {Path(r["source"]).name: r for r in records}
    assert sorted(by_name) == ["blank.txt", "bom-blank.txt", "bom.txt", "r-\\xff\\xfe.txt"]
    assert len(records) == 4
    assert by_name["r-\\xff\\xfe.txt"]["status"] == "ok"
    for blank in ("blank.txt", "bom.txt", "bom-blank.txt"):
        assert by_name[blank]["status"] == "error" and "blank" in by_name[blank]["error"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return make_archive(tmp_path_factory.mktemp("digits"), {"r.txt": REPORT})


def _level(rows: list[dict]) -> dict:
    return next(r for r in rows if r["measure"] == "level" and r["metric"] == "income_total")


def test_store_exports_keep_every_digit(store: Path, tmp_path: Path) -> None:
    for fmt in ("csv", "jsonl", "parquet"):
        export_table(store, "facts", fmt, tmp_path / f"f.{fmt}")
    with open(tmp_path / "f.csv", encoding="utf-8-sig", newline="") as f:
        assert _level(list(csv.DictReader(f)))["value"] == BIG
    lines = (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()
    row = _level([json.loads(line) for line in lines])
    assert (row["value"], row["value_exact"], row["value_wan_exact"]) == (int(BIG), BIG, BIG)
    row = _level(pq.read_table(tmp_path / "f.parquet").to_pylist())
    assert (row["value_exact"], row["value_wan_exact"]) == (BIG, BIG)
