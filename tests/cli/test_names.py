"""The parser's copies of names (kept free of imports) equal the lists of the modules using them."""

from __future__ import annotations

from shebao.cli import names
from shebao.export.formats import FORMATS
from shebao.export.table import TABLES
from shebao.store.series import FILTERS


def test_export_formats_and_tables_match_the_exporters() -> None:
    assert names.EXPORT_FORMATS == FORMATS
    assert names.EXPORT_TABLES == TABLES


def test_series_filters_match_the_store() -> None:
    assert names.SERIES_FILTERS == FILTERS
