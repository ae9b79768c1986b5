"""The SQL of older store schemas, frozen here to test the migrations (not used by shebao).

``V4_DDL`` is the store of schema version 4 as shebao created it; the older
ones are derived from it by taking out what each version added.
"""

V4_DDL = """CREATE TABLE IF NOT EXISTS files (
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
# Schema 3 (before flags per fact, flag origin and evidence, the series views).
V3_DDL = ";".join(s for s in V4_DDL
                  .replace(",\n    flags TEXT, suspect INTEGER NOT NULL DEFAULT 0", "")
                  .replace(",\n    origin TEXT NOT NULL DEFAULT 'report', evidence TEXT", "")
                  .split(";") if "VIEW" not in s and "flags_origin" not in s) + ";"
# Schema 2 (before genre, period, page): schema 3 less those columns.
V2_DDL = (V3_DDL.replace("\n    genre TEXT,", "")
          .replace(", period TEXT, period_scope TEXT, page INTEGER", ""))
# Schema 1 (before indicators): schema 2 less the statements naming indicators.
V1_DDL = ";".join(s for s in V2_DDL.replace(", indicators INTEGER NOT NULL DEFAULT 0", "")
                  .split(";") if "indicators" not in s) + ";"
