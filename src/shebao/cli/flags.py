"""``shebao flags DB``: suspected errors of the store, filtered."""

from __future__ import annotations

from shebao.cli.dbquery import add_query_parser

OPTIONS = ["kind", "severity", "year", "region", "origin"]
COLUMNS = ["source", "kind", "severity", "text", "suggestion", "message"]


def add_parser(sub) -> None:
    add_query_parser(sub, "flags", "list flags (suspected errors) of the store", OPTIONS, COLUMNS)
