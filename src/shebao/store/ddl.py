"""The SQL of the store: tables with their keys, full-text search, indexes, views.

``TABLES`` holds each table's ``CREATE TABLE`` (a migration rebuilds a table
from it).  Every row of reports, facts, flags, causes and indicators points
at its file (``sha256`` → ``files``, a link datasette shows) and, but for
reports, at its report (``sha256, report_index`` → ``reports``); the keys
are checked at commit (``DEFERRABLE INITIALLY DEFERRED``), so a file's rows
go in and out in any order inside its transaction.

Search (``FTS``) is FTS5 with the ``trigram`` tokenizer over the columns
themselves (external content: ``facts_fts`` indexes ``facts.sentence``,
``causes_fts`` ``causes.text`` and ``causes.sentence``), kept in step by
triggers, so ``MATCH '"稳岗"'`` finds any substring of three characters or
more, and sqlite-utils and datasette find the index by its ``content=``.

The views give a row with what a reader needs beside it: ``facts_with_report``
(a fact with its report's region, year, title, genre and source, its flags
and their kinds), ``causes_with_report``, ``flags_with_report`` (with the
fact the flag sits on), and the ``series`` views.
"""

from __future__ import annotations

import sqlite3

_OF_FILE = "FOREIGN KEY (sha256) REFERENCES files (sha256) DEFERRABLE INITIALLY DEFERRED"
_OF_REPORT = (f"{_OF_FILE},\n    FOREIGN KEY (sha256, report_index) REFERENCES reports"
              " (sha256, report_index) DEFERRABLE INITIALLY DEFERRED")

TABLES = {
    "files": """CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, size INTEGER,
    status TEXT NOT NULL, error TEXT,
    reports INTEGER NOT NULL, facts INTEGER NOT NULL, flags INTEGER NOT NULL,
    causes INTEGER NOT NULL, done_at TEXT NOT NULL, indicators INTEGER NOT NULL DEFAULT 0,
    shebao_version TEXT
)""",
    "reports": f"""CREATE TABLE IF NOT EXISTS reports (
    sha256 TEXT NOT NULL, report_index INTEGER NOT NULL, source TEXT NOT NULL,
    status TEXT NOT NULL, title TEXT, region TEXT, year INTEGER, error TEXT, extra TEXT,
    genre TEXT,
    PRIMARY KEY (sha256, report_index),
    {_OF_FILE}
)""",
    "facts": f"""CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, report_index INTEGER NOT NULL,
    fact_index INTEGER NOT NULL,
    fund TEXT, fund_name TEXT, account TEXT, metric TEXT, metric_name TEXT, year INTEGER,
    basis TEXT, measure TEXT, value REAL, value_exact TEXT, unit TEXT,
    value_wan REAL, value_wan_exact TEXT, text TEXT, sentence TEXT, section TEXT,
    start INTEGER, "end" INTEGER, confidence REAL, part_of INTEGER, part_list INTEGER,
    mention TEXT, period TEXT, period_scope TEXT, page INTEGER,
    flags TEXT, suspect INTEGER NOT NULL DEFAULT 0,
    {_OF_REPORT}
)""",
    "flags": f"""CREATE TABLE IF NOT EXISTS flags (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, report_index INTEGER NOT NULL,
    flag_index INTEGER NOT NULL,
    kind TEXT, severity TEXT, message TEXT, text TEXT, start INTEGER, "end" INTEGER,
    suggestion TEXT, related TEXT,
    origin TEXT NOT NULL DEFAULT 'report', evidence TEXT,
    {_OF_REPORT}
)""",
    "causes": f"""CREATE TABLE IF NOT EXISTS causes (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, report_index INTEGER NOT NULL,
    cause_index INTEGER NOT NULL,
    fund TEXT, metric TEXT, year INTEGER, effect TEXT, text TEXT, cue TEXT,
    categories TEXT, sentence TEXT, start INTEGER, "end" INTEGER, extra TEXT,
    {_OF_REPORT}
)""",
    "indicators": f"""CREATE TABLE IF NOT EXISTS indicators (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, report_index INTEGER NOT NULL,
    indicator_index INTEGER NOT NULL,
    level1 TEXT, level2 TEXT, level3 TEXT, target_text TEXT, target REAL, target_exact TEXT,
    target_high REAL, target_high_exact TEXT, comparator TEXT, unit TEXT, actual_text TEXT,
    actual REAL, actual_exact TEXT, actual_comparator TEXT, actual_unit TEXT, met INTEGER,
    text TEXT, start INTEGER, "end" INTEGER, table_title TEXT, section TEXT,
    {_OF_REPORT}
)""",
}

# Full-text search: table → (its FTS table, the columns indexed).
FTS_COLUMNS = {"facts": ("facts_fts", ("sentence",)),
               "causes": ("causes_fts", ("text", "sentence"))}


def _fts(table: str, fts: str, columns: tuple[str, ...]) -> str:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    add = f"INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});"
    drop = f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    return f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({cols}, content="{table}",
    content_rowid="id", tokenize="trigram");
CREATE TRIGGER IF NOT EXISTS {table}_fts_insert AFTER INSERT ON {table} BEGIN
  {add}
END;
CREATE TRIGGER IF NOT EXISTS {table}_fts_delete AFTER DELETE ON {table} BEGIN
  {drop}
END;
CREATE TRIGGER IF NOT EXISTS {table}_fts_update AFTER UPDATE OF {cols} ON {table} BEGIN
  {drop}
  {add}
END;"""


FTS = "".join(_fts(table, fts, cols) for table, (fts, cols) in FTS_COLUMNS.items())
REBUILD_FTS = [f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')" for fts, _ in FTS_COLUMNS.values()]

INDEXES = """
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
"""

_REPORT = "r.region, r.year AS report_year, r.title, r.genre, r.source"
_JOIN = "JOIN reports r ON r.sha256 = {t}.sha256 AND r.report_index = {t}.report_index"
_OVERLAP = ('f.sha256 = g.sha256 AND f.report_index = g.report_index'
            ' AND f.start < g."end" AND g.start < f."end"')

VIEWS = f"""
CREATE VIEW IF NOT EXISTS facts_with_report AS
SELECT f.id, {_REPORT}, f.fund, f.fund_name, f.account, f.metric, f.metric_name, f.year,
       f.basis, f.measure, f.value, f.unit, f.value_wan, f.text, f.sentence, f.page,
       f.period, f.period_scope, f.confidence, f.suspect, f.flags,
       (SELECT group_concat(DISTINCT json_extract(j.value, '$.kind'))
        FROM json_each(f.flags) j) AS flag_kinds,
       f.sha256, f.report_index, f.fact_index, f.start, f."end"
FROM facts f {_JOIN.format(t="f")};
CREATE VIEW IF NOT EXISTS causes_with_report AS
SELECT c.id, {_REPORT}, c.fund, c.metric, c.year, c.effect, c.categories, c.cue, c.text,
       c.sentence, c.sha256, c.report_index, c.cause_index, c.start, c."end"
FROM causes c {_JOIN.format(t="c")};
CREATE VIEW IF NOT EXISTS flags_with_report AS
SELECT g.id, {_REPORT}, g.kind, g.severity, g.origin, g.text, g.suggestion, g.message,
       (SELECT min(f.id) FROM facts f WHERE {_OVERLAP}) AS fact_id,
       g.evidence, g.sha256, g.report_index, g.flag_index, g.start, g."end"
FROM flags g {_JOIN.format(t="g")};
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
VIEW_NAMES = ("facts_with_report", "causes_with_report", "flags_with_report",
              "series_statements", "series")

DDL = ";\n".join(TABLES.values()) + ";\n" + FTS + INDEXES + VIEWS

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


def statements(sql: str) -> list[str]:
    """``sql`` cut into whole statements (a trigger's body keeps its semicolons)."""
    out: list[str] = []
    pending = ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if pending.strip(" \n;") and sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
        elif not pending.strip(" \n;"):
            pending = ""
    if pending.strip(" \n;"):
        out.append(pending.strip())
    return out

