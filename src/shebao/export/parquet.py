"""A store table as Parquet with typed columns, written in batches.

Types: integers int64, scores float64, text string, ``met`` bool, lists of
strings (``section``, ``categories``) list<string>, nested values
(``related``, ``extra``) JSON strings.  Money and rates are float64
(``value``, ``value_wan``, an indicator's ``target``, ``target_high``,
``actual``: to filter and sum) beside their written digits as strings
(``value_exact`` …): a Parquet decimal needs one scale per column, while
reports write 0 to 4 decimals.  The file is written whole or not at all
(``atomic``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from itertools import islice

import pyarrow as pa
import pyarrow.parquet as pq

from shebao.export.atomic import atomic_path
from shebao.export.table import Column
from shebao.jsonvalue import exact_text

BATCH = 10_000  # rows per record batch (and row group)
_TYPES = {"int": pa.int64(), "float": pa.float64(), "text": pa.string(), "bool": pa.bool_(),
          "decimal": pa.float64(), "list": pa.list_(pa.string()), "json": pa.string()}


def schema(columns: list[Column]) -> pa.Schema:
    """The Arrow schema of ``columns`` (a decimal column is followed by its exact text)."""
    fields = []
    for c in columns:
        fields.append(pa.field(c.name, _TYPES[c.kind]))
        if c.kind == "decimal":
            fields.append(pa.field(c.name + "_exact", pa.string()))
    return pa.schema(fields)


def _values(column: Column, rows: list[dict]) -> Iterator[tuple[str, list]]:
    raw = [row.get(column.name) for row in rows]
    if column.kind == "decimal":
        yield column.name, [None if v is None else float(v) for v in raw]
        yield column.name + "_exact", [None if v is None else exact_text(v) for v in raw]
    elif column.kind == "list":
        yield column.name, [None if v is None else [str(x) for x in v] for v in raw]
    elif column.kind == "json":
        yield column.name, [None if v is None else json.dumps(v, ensure_ascii=False) for v in raw]
    else:
        yield column.name, raw


def write_parquet(columns: list[Column], rows: Iterable[dict], path: str | os.PathLike) -> int:
    """Write the rows in batches of ``BATCH``; return how many."""
    arrow_schema = schema(columns)
    rows, n = iter(rows), 0
    with atomic_path(path) as temp, pq.ParquetWriter(temp, arrow_schema) as writer:
        while batch := list(islice(rows, BATCH)):
            data = dict(pair for c in columns for pair in _values(c, batch))
            writer.write_batch(pa.RecordBatch.from_pydict(data, schema=arrow_schema))
            n += len(batch)
    return n
