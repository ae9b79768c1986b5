"""Substring search: any word of three characters or more through the trigram index, shorter
ones by LIKE, in the query layer and in plain SQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from shebao.records import ReportRecord
from shebao.store import query
from shebao.store.rows import file_rows
from shebao.store.schema import connect
from shebao.store.search import LONGEST_PHRASE, search
from shebao.store.write import write_file
from tests.store.records import fact

SENTENCES = [
    "受新冠疫情持续影响，本年失业保险基金支出410万元。",
    "稳岗返还资金共计发放86.5万元，惠及企业320户。",
    "城镇职工基本医疗保险基金收入较上年增长6.2%。",
    "城乡居民基本医疗保险统筹基金累计结余1520万元。",
    "Fund ABC paid out 12万元 under the ABC scheme。",
]
LONG = "".join(f"第{n}项" for n in range(40))  # one sentence of 120 characters, no spaces


def _record(source: str, region: str, sentences: list[str]) -> ReportRecord:
    facts = tuple(fact("unemployment", "expenditure_total", "1", s, 0) for s in sentences)
    causes = ({"fund": "unemployment", "metric": "expenditure_total", "year": 2021,
               "effect": "increase", "text": "稳岗返还集中发放", "cue": "主要是",
               "categories": ["policy"], "sentence": sentences[0], "start": 0, "end": 8},)
    return ReportRecord(source, None, 0, "ok", "某报告", region, 2021, facts, causes)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "s.sqlite"
    conn = connect(path)
    write_file(conn, file_rows([_record("a.txt", "喀什地区", SENTENCES + [LONG])],
                               "aa", "a.txt", 1))
    write_file(conn, file_rows([_record("b.txt", "乙市", ["城镇职工基本养老保险基金结余为负。"])],
                               "bb", "b.txt", 1))
    conn.close()
    return path


def _sentences(store: Path, grep: str) -> list[str]:
    return [f["sentence"] for f in query.facts(store, grep=grep)]


@pytest.mark.parametrize(("grep", "found"), [
    ("新冠", [0]),
    ("稳岗", [1]),
    ("基本医疗保险", [2, 3]),
    ("结余", [3, "b"]),
    ("医疗保险基金收入", [2]),
    ("基本医疗保险 结余", [3]),
    ("稳岗 结余", []),
    ("工伤", []),
    ("%", [2]),
    ("abc", [4]),
    ("0万", [0, 3]),
])
def test_search_finds_words_as_substrings(store, grep, found) -> None:
    expected = [SENTENCES[i] if i != "b" else "城镇职工基本养老保险基金结余为负。" for i in found]
    assert sorted(_sentences(store, grep)) == sorted(expected)


def test_search_word_longer_than_an_index_phrase_is_matched_whole(store) -> None:
    inside = LONG[10:10 + LONGEST_PHRASE + 20]
    assert _sentences(store, inside) == [LONG]
    assert _sentences(store, inside[:-1] + "X") == []


def test_search_of_an_eight_thousand_character_word_finds_nothing_and_ends(store) -> None:
    assert _sentences(store, "医疗" * 4000) == []


@pytest.mark.parametrize(("grep", "fts", "like"), [
    ("结余", 0, 1), ("基本医疗保险", 1, 0), ("基本医疗保险 结余", 1, 1), ("x" * 100, 1, 1),
])
def test_search_chooses_the_index_or_like_by_length(grep, fts, like) -> None:
    sql = search("facts", grep)
    assert (len(sql.join_params), len(sql.clauses)) == (fts, like)


def test_search_causes_in_text_and_sentence(store) -> None:
    assert len(query.causes(store, grep="稳岗")) == 2
    assert len(query.causes(store, grep="新冠疫情")) == 1  # in the cause's sentence


def test_search_region_is_a_part_of_the_name(store) -> None:
    assert [c["region"] for c in query.causes(store, region="喀什")] == ["喀什地区"]
    assert len(query.facts(store, region=["喀什", "乙"])) == len(SENTENCES) + 2


def test_search_plain_sql_on_the_index(store) -> None:
    conn = sqlite3.connect(store)
    rows = conn.execute("SELECT f.sentence FROM facts_fts JOIN facts f ON f.id = facts_fts.rowid"
                        " WHERE facts_fts MATCH '\"稳岗返还\"'").fetchall()
    assert rows == [(SENTENCES[1],)]


def test_search_index_follows_deletes_and_replacements(store) -> None:
    conn = connect(store)
    rows = file_rows([_record("a.txt", "喀什地区", ["工伤保险基金收入增长。"])], "aa", "a.txt", 1)
    rows.replace = True
    write_file(conn, rows)
    conn.execute("INSERT INTO facts_fts (facts_fts, rank) VALUES ('integrity-check', 1)")
    conn.execute("INSERT INTO causes_fts (causes_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()
    assert _sentences(store, "工伤保险") == ["工伤保险基金收入增长。"]
    assert _sentences(store, "基本医疗保险") == []


@pytest.mark.parametrize("grep", ['"', '"稳岗"', "NEAR(稳岗 返还)", "稳岗*", "') OR 1=1 --",
                                  "%_\\", "AND OR NOT", "{sentence}:医疗", "^基本"])
def test_search_query_syntax_is_only_text(store, grep) -> None:
    for row in query.facts(store, grep=grep):
        assert all(w.lower() in row["sentence"].lower() for w in grep.split())
