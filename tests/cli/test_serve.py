"""``shebao serve``: datasette with the shipped metadata, queried through its own client."""

from __future__ import annotations

import asyncio
import builtins
from pathlib import Path

import pytest

from shebao.cli import serve
from shebao.cli.main import main
from tests.store.records import COUNTS, make_store


def _get(db: Path, path: str) -> dict:
    async def fetch() -> dict:
        app = serve.make_app(db)
        response = await app.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()
    return asyncio.run(fetch())


@pytest.fixture
def store(tmp_path: Path) -> Path:
    pytest.importorskip("datasette")
    return make_store(tmp_path / "archive.sqlite")


def test_serve_facts_table_through_datasette(store) -> None:
    rows = _get(store, "/archive/facts.json?_shape=array&_size=max")
    assert len(rows) == COUNTS["facts"] and {r["fund"] for r in rows} == {
        "resident_pension", "unemployment"}


def test_serve_view_has_the_shipped_facets(store) -> None:
    data = _get(store, "/archive/facts_with_report.json?_extra=facet_results")
    facets = data["facet_results"]
    facets = facets.get("results", facets)  # datasette 1.0 nests them
    assert {"fund", "metric", "year", "region"} <= set(facets)
    regions = {v["value"]: v["count"] for v in facets["region"]["results"]}
    assert regions == {"甲县": 2, "乙市": 4}


def test_serve_search_in_the_view_uses_the_trigram_index(store) -> None:
    rows = _get(store, "/archive/facts_with_report.json?_shape=array&_search=城乡居民")
    assert len(rows) == 3 and all("城乡居民" in r["sentence"] for r in rows)


def test_serve_flags_facet_on_kind(store) -> None:
    data = _get(store, "/archive/flags_with_report.json?_extra=facet_results")
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert [v["value"] for v in facets["kind"]["results"]] == ["unit"]


def test_serve_metadata_names_the_store() -> None:
    meta = serve.metadata("/some/where/archive.sqlite")
    assert "facts_with_report" in meta["databases"]["archive"]["tables"]


def test_serve_without_datasette_says_how_to_install(tmp_path, capsys, monkeypatch) -> None:
    db = make_store(tmp_path / "s.sqlite")
    real = builtins.__import__

    def no_datasette(name, *args, **kwargs):
        if name.startswith("datasette"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_datasette)
    assert main(["serve", str(db)]) == 2
    assert "pip install 'shebao[serve]'" in capsys.readouterr().err


def test_serve_bad_store_is_one_line(tmp_path, capsys) -> None:
    assert main(["serve", str(tmp_path / "none.sqlite")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
