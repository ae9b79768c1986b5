"""``shebao facts DB``: facts of the store, filtered."""

from __future__ import annotations

from shebao.cli.dbquery import add_query_parser

OPTIONS = ["fund", "metric", "year", "region", "basis", "measure", "suspect"]
COLUMNS = ["region", "fund", "metric", "year", "basis", "measure", "value", "unit", "text",
           "sentence"]


def add_parser(sub) -> None:
    add_query_parser(sub, "facts", "list facts stored by `shebao extract --db`", OPTIONS, COLUMNS)
