"""Chinese words for FTS5: two-character words are found inside longer terms."""

from __future__ import annotations

import sqlite3

import pytest

from shebao.store.words import index_words, match_expression

SENTENCES = [
    "本年城乡居民基本养老保险基金累计结余3120.45万元。",
    "受新冠肺炎疫情影响，失业保险基金支出较上年增长12.5%。",
    "职工医保统筹基金当年收支结余为负。",
]


@pytest.fixture
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(words)")
    conn.executemany("INSERT INTO t (rowid, words) VALUES (?, ?)",
                     [(i, index_words(s)) for i, s in enumerate(SENTENCES)])
    return conn


def _found(conn: sqlite3.Connection, query: str) -> list[int]:
    rows = conn.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid",
                        (match_expression(query),))
    return [r[0] for r in rows]


@pytest.mark.parametrize(("query", "rows"), [
    ("结余", [0, 2]),
    ("疫情", [1]),
    ("养老", [0]),
    ("累计结余", [0]),
    ("基金结余", [0, 2]),
    ("统筹基金", [2]),
    ("疫情 失业", [1]),
    ("工伤", []),
])
def test_words_fts_finds_words_inside_sentences(fts, query, rows) -> None:
    assert _found(fts, query) == rows


def test_words_plain_fts_finds_nothing_inside_chinese() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(words)")
    conn.execute("INSERT INTO t (words) VALUES (?)", (SENTENCES[0],))
    assert conn.execute("SELECT count(*) FROM t WHERE t MATCH '结余'").fetchone()[0] == 0


def test_words_lexicon_terms_stay_whole() -> None:
    assert "城乡居民基本养老保险基金" in index_words(SENTENCES[0]).split()


@pytest.mark.parametrize("query", ["", "，。", "   "])
def test_words_query_without_words_is_none(query) -> None:
    assert match_expression(query) is None
