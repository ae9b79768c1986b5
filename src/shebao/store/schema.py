"""Tables, indexes and full-text search of the SQLite store.

Column lists are the single source of truth: ``rows`` builds tuples in this
order and ``write`` builds its INSERTs from them.  List fields (``section``,
``related``, ``categories``) hold JSON; money values are stored twice, as
REAL for filtering and sorting and as exact text (``value_exact``) keeping
the written precision; ``indicators.met`` is 1, 0 or NULL (unknown) and
``indicators.table_title`` is the record's ``title`` (the self-evaluation
table's; ``title`` in a query row is the report's).
A fact carries its flags (``facts.flags``: JSON list of kind, severity,
suggestion, origin; NULL when none) and ``suspect`` (1 when one of them is a
unit or digit slip: its ``value_wan`` must not be summed); ``REFRESH_FACT_FLAGS``
recomputes both from the flags table.  A flag's ``origin`` is ``report``
(the checks of its own report) or ``archive`` (``shebao check --db``: other
reports of the store, named in ``evidence``).  The ``series`` view gives one
value per (region, fund, account, metric, period, basis, measure, year),
``series_statements`` every statement of it.
``files.sha256`` is the key of a file's bytes; a file that cannot be read
at all is keyed ``unreadable:<path>``.  A store of an older schema version
is migrated on opening (``MIGRATIONS``); a newer one is refused.
"""

from __future__ import annotations

import os
import sqlite3

SCHEMA_VERSION = 4  # 2: the indicators table (issue 6); 3: genre, period, page;
# 4: flags per fact, suspect, flag origin and evidence, the series views

FILE_COLUMNS = ("sha256", "path", "size", "status", "error",
                "reports", "facts", "flags", "causes", "done_at", "indicators")
REPORT_COLUMNS = ("sha256", "report_index", "source", "status", "title", "region", "year",
                  "error", "extra", "genre")
FACT_COLUMNS = ("id", "sha256", "report_index", "fact_index", "fund", "fund_name", "account",
                "metric", "metric_name", "year", "basis", "measure", "value", "value_exact",
                "unit", "value_wan", "value_wan_exact", "text", "sentence", "section",
                "start", "end", "confidence", "part_of", "part_list", "mention",
                "period", "period_scope", "page", "flags", "suspect")
FLAG_COLUMNS = ("id", "sha256", "report_index", "flag_index", "kind", "severity", "message",
                "text", "start", "end", "suggestion", "related", "origin", "evidence")
CAUSE_COLUMNS = ("id", "sha256", "report_index", "cause_index", "fund", "metric", "year",
                 "effect", "text", "cue", "categories", "sentence", "start", "end", "extra")
INDICATOR_COLUMNS = ("id", "sha256", "report_index", "indicator_index", "level1", "level2",
                     "level3", "target_text", "target", "target_exact", "target_high",
                     "target_high_exact", "comparator", "unit", "actual_text", "actual",
                     "actual_exact", "actual_comparator", "actual_unit", "met", "text",
                     "start", "end", "table_title", "section")

# The segmented copy searched by FTS5 (rowid = id of the fact / cause).
FTS_TABLES = {"facts": "facts_fts", "causes": "causes_fts"}

DDL = """
CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, size INTEGER,
    status TEXT NOT NULL, error TEXT,
    reports INTEGER NOT NULL, facts INTEGER NOT NULL, flags INTEGER NOT NULL,
    causes INTEGER NOT NULL, done_at TEXT NOT NULL, indicators INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS reports (
    sha256 TEXT NOT NULL, report_index INTEGER NOT NULL, source TEXT NOT NULL,
    status TEXT NOT NULL, title TEXT, region TEXT, year INTEGER, error TEXT, extra TEXT,
    genre TEXT,
    PRIMARY KEY (sha256, report_index)
);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, report_index INTEGER NOT NULL,
    fact_index INTEGER NOT NULL,
    fund TEXT, fund_name TEXT, account TEXT, metric TEXT, metric_name TEXT, year INTEGER,
    basis TEXT, measure TEXT, value REAL, value_exact TEXT, unit TEXT,
    value_wan REAL, value_wan_exact TEXT, text TEXT, sentence TEXT, section TEXT,
    start INTEGER, "end" INTEGER, confidence REAL, part_of INTEGER, part_list INTEGER,
    mention TEXT, period TEXT, period_scope TEXT, page INTEGER,
    flags TEXT, suspect INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS flags (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, report_index INTEGER NOT NULL,
    flag_index INTEGER NOT NULL,
    kind TEXT, severity TEXT, message TEXT, text TEXT, start INTEGER, "end" INTEGER,
    suggestion TEXT, related TEXT,
    origin TEXT NOT NULL DEFAULT 'report', evidence TEXT
);
CREATE TABLE IF NOT EXISTS causes (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, report_index INTEGER NOT NULL,
    cause_index INTEGER NOT NULL,
    fund TEXT, metric TEXT, year INTEGER, effect TEXT, text TEXT, cue TEXT,
    categories TEXT, sentence TEXT, start INTEGER, "end" INTEGER, extra TEXT
);
CREATE TABLE IF NOT EXISTS indicators (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, report_index INTEGER NOT NULL,
    indicator_index INTEGER NOT NULL,
    level1 TEXT, level2 TEXT, level3 TEXT, target_text TEXT, target REAL, target_exact TEXT,
    target_high REAL, target_high_exact TEXT, comparator TEXT, unit TEXT, actual_text TEXT,
    actual REAL, actual_exact TEXT, actual_comparator TEXT, actual_unit TEXT, met INTEGER,
    text TEXT, start INTEGER, "end" INTEGER, table_title TEXT, section TEXT
);
CREATE VIRTUAL TABLE IF NOT EXISTS facts_fts USING fts5(words);
CREATE VIRTUAL TABLE IF NOT EXISTS causes_fts USING fts5(words);
CREATE INDEX IF NOT EXISTS files_status ON files (status);
CREATE INDEX IF NOT EXISTS reports_region ON reports (region);
CREATE INDEX IF NOT EXISTS reports_year ON reports (year);
CREATE INDEX IF NOT EXISTS facts_file ON facts (sha256, report_index);
CREATE INDEX IF NOT EXISTS facts_fund_metric ON facts (fund, metric, year);
CREATE INDEX IF NOT EXISTS facts_metric ON facts (metric, year);
CREATE INDEX IF NOT EXISTS facts_year ON facts (year);
CREATE INDEX IF NOT EXISTS flags_file ON flags (sha256, report_index);
CREATE INDEX IF NOT EXISTS flags_kind ON flags (kind, severity);
CREATE INDEX IF NOT EXISTS causes_file ON causes (sha256, report_index);
CREATE INDEX IF NOT EXISTS causes_fund_metric ON causes (fund, metric, year);
CREATE INDEX IF NOT EXISTS causes_effect ON causes (effect);
CREATE INDEX IF NOT EXISTS indicators_file ON indicators (sha256, report_index);
CREATE INDEX IF NOT EXISTS indicators_level3 ON indicators (level3);
CREATE INDEX IF NOT EXISTS indicators_met ON indicators (met);
CREATE INDEX IF NOT EXISTS flags_origin ON flags (origin);
CREATE VIEW IF NOT EXISTS series_statements AS
SELECT r.region, f.fund, f.account, f.metric,
       CASE WHEN f.metric = 'other' THEN f.metric_name END AS metric_name,
       f.period, f.period_scope, f.basis, f.measure, f.year, f.value_wan, f.value_wan_exact,
       f.suspect, f.confidence, f.sha256, f.report_index, r.source, r.year AS report_year,
       r.genre, f.text, f.start, f."end", f.id AS fact_id
FROM facts f JOIN reports r ON r.sha256 = f.sha256 AND r.report_index = f.report_index
WHERE f.value_wan IS NOT NULL AND f.year IS NOT NULL AND r.status = 'ok';
CREATE VIEW IF NOT EXISTS series AS
SELECT region, fund, account, metric, metric_name, period, period_scope, basis, measure, year,
       CASE WHEN suspect THEN NULL ELSE value_wan END AS value_wan,
       value_wan AS stated_wan, suspect, statements, sha256, report_index, source,
       report_year, text
FROM (SELECT s.*,
        row_number() OVER (PARTITION BY region, fund, account, metric, metric_name, period,
                           period_scope, basis, measure, year
                           ORDER BY suspect, report_year = year DESC, report_year, fact_id) AS pick,
        count(*) OVER (PARTITION BY region, fund, account, metric, metric_name, period,
                       period_scope, basis, measure, year) AS statements
      FROM series_statements s)
WHERE pick = 1;
"""

# The flags of each fact (those on its figure's span) and whether one is a slip.
SUSPECT_KINDS = ("unit", "digit")
_ON_FACT = ("g.sha256 = facts.sha256 AND g.report_index = facts.report_index"
            ' AND g.start < facts."end" AND facts.start < g."end"')
REFRESH_FACT_FLAGS = f"""
UPDATE facts SET
  flags = (SELECT CASE WHEN count(*) THEN json_group_array(json_object(
             'kind', g.kind, 'severity', g.severity, 'suggestion', g.suggestion,
             'origin', g.origin)) END
           FROM flags g WHERE {_ON_FACT}),
  suspect = EXISTS (SELECT 1 FROM flags g WHERE {_ON_FACT}
                    AND g.kind IN ({", ".join(f"'{k}'" for k in SUSPECT_KINDS)}))
"""

# SQL that brings a store of version N up to N + 1 (then ``DDL`` adds the new tables).
MIGRATIONS = {
    1: "ALTER TABLE files ADD COLUMN indicators INTEGER NOT NULL DEFAULT 0",
    2: ("ALTER TABLE reports ADD COLUMN genre TEXT;"
        "ALTER TABLE facts ADD COLUMN period TEXT;"
        "ALTER TABLE facts ADD COLUMN period_scope TEXT;"
        "ALTER TABLE facts ADD COLUMN page INTEGER"),
    3: ("ALTER TABLE facts ADD COLUMN flags TEXT;"
        "ALTER TABLE facts ADD COLUMN suspect INTEGER NOT NULL DEFAULT 0;"
        "ALTER TABLE flags ADD COLUMN origin TEXT NOT NULL DEFAULT 'report';"
        "ALTER TABLE flags ADD COLUMN evidence TEXT;" + REFRESH_FACT_FLAGS),
}


def connect(path: str | os.PathLike) -> sqlite3.Connection:
    """Open (creating if needed) the store at ``path``; rows come back as ``sqlite3.Row``.

    The connection is in autocommit mode: writers open their own
    transactions (``BEGIN IMMEDIATE``).  WAL lets readers query during a run.
    """
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    if _version(conn) != SCHEMA_VERSION:
        try:
            _upgrade(conn, path)
        except BaseException:
            conn.close()
            raise
    return conn


def _version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _upgrade(conn: sqlite3.Connection, path) -> None:
    """Create a new store (version 0) or migrate an older one, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _version(conn)  # again, under the lock: another process may have done it
        if version > SCHEMA_VERSION or (version and version not in MIGRATIONS):
            raise sqlite3.DatabaseError(
                f"{path}: store schema {version}, this shebao reads {SCHEMA_VERSION} and "
                "older; upgrade shebao or extract into a new store")
        steps = [MIGRATIONS[v] for v in range(version, SCHEMA_VERSION)] if version else []
        for statement in ";".join([*steps, DDL]).split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def quoted(columns: tuple[str, ...]) -> str:
    """Column list for SQL (``end`` is a keyword)."""
    return ", ".join(f'"{c}"' for c in columns)
