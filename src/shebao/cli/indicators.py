"""``shebao indicators DB``: self-evaluation table rows of the store, filtered."""

from __future__ import annotations

from shebao.cli.dbquery import add_query_parser

OPTIONS = ["met", "year", "region"]
COLUMNS = ["region", "report_year", "level3", "target_text", "actual_text", "met"]


def add_parser(sub) -> None:
    add_query_parser(sub, "indicators", "list self-evaluation indicators (绩效自评表 rows) "
                     "of the store", OPTIONS, COLUMNS)
