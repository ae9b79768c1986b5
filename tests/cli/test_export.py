"""``shebao export``: a store table to a file, the format given or taken from the suffix."""

from __future__ import annotations

import pytest

from shebao.cli.main import main
from tests.store.records import make_store


@pytest.mark.parametrize(("options", "name"), [
    (["--format", "csv"], "out.txt"),
    ([], "out.parquet"),
    (["--table", "reports"], "out.xlsx"),
    (["--table", "indicators"], "out.parquet"),
    (["--table", "indicators", "--format", "jsonl"], "out.json"),
])
def test_export_writes_the_file(tmp_path, capsys, options, name) -> None:
    db = make_store(tmp_path / "s.sqlite")
    assert main(["export", str(db), *options, "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / name).stat().st_size > 0 and "→" in capsys.readouterr().err


@pytest.mark.parametrize(("db_name", "out"), [("s.sqlite", "out.dat"), ("none.sqlite", "o.csv")])
def test_export_bad_arguments_exit_2(tmp_path, db_name, out) -> None:
    make_store(tmp_path / "s.sqlite")
    assert main(["export", str(tmp_path / db_name), "-o", str(tmp_path / out)]) == 2
