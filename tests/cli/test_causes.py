"""``shebao causes``: filters over extract JSONL, formats, database paths."""

from __future__ import annotations

import json

import pytest

from shebao.cli.main import main

CAUSES = [
    {"fund": "maternity", "metric": "expenditure_total", "year": 2019, "effect": "above_budget",
     "text": "二孩政策放开，享受人数增加", "cue": "主要原因为", "categories": ["policy", "headcount"],
     "sentence": "", "start": 10, "end": 23},
    {"fund": "unemployment", "metric": "interest_income", "year": 2020, "effect": "increase",
     "text": "定期存款到期", "cue": "主要因为", "categories": ["timing"],
     "sentence": "", "start": 40, "end": 46},
]


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "out.jsonl"
    record = {"source": "a.txt", "report_index": 0, "status": "ok", "region": "某州", "year": 2020,
              "facts": [], "causes": CAUSES, "flags": []}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("options", "texts"), [
    ([], ["二孩政策放开，享受人数增加", "定期存款到期"]),
    (["--fund", "maternity"], ["二孩政策放开，享受人数增加"]),
    (["--metric", "interest_income"], ["定期存款到期"]),
    (["--effect", "increase"], ["定期存款到期"]),
    (["--category", "headcount"], ["二孩政策放开，享受人数增加"]),
    (["--year", "2019"], ["二孩政策放开，享受人数增加"]),
    (["--region", "某州"], ["二孩政策放开，享受人数增加", "定期存款到期"]),
    (["--region", "别县"], []),
    (["--grep", "存款"], ["定期存款到期"]),
])
def test_causes_filters(jsonl, capsys, options: list[str], texts: list[str]) -> None:
    assert main(["causes", str(jsonl), "--format", "json", *options]) == 0
    rows = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == texts


def test_causes_csv_has_header_and_rows(jsonl, capsys) -> None:
    main(["causes", str(jsonl), "--format", "csv"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("source,") and len(lines) == 3


def test_causes_table_lists_each_cause(jsonl, capsys) -> None:
    main(["causes", str(jsonl)])
    assert "定期存款到期" in capsys.readouterr().out
