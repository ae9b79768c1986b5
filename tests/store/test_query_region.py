"""``--region`` is part of the region name in a store, as it is on report files."""

from __future__ import annotations

import json
from pathlib import Path

from shebao.cli.main import main
from shebao.store import query
from shebao.store.series import series


def test_region_filter_takes_part_of_the_name(db: Path) -> None:
    assert {f["region"] for f in query.facts(db, region="甲")} == {"甲县"}
    assert {c["region"] for c in query.causes(db, region=["县", "乙"])} == {"甲县", "乙市"}
    assert list(query.facts(db, region="丙")) == []


def test_series_region_takes_part_of_the_name(db: Path) -> None:
    assert {r["region"] for r in series(db, region="乙")} == {"乙市"}


def test_causes_command_region_on_a_store_takes_part_of_the_name(db: Path, capsys) -> None:
    assert main(["causes", str(db), "--region", "甲", "--format", "json"]) == 0
    from_store = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["region"] for r in from_store] == ["甲县"]
