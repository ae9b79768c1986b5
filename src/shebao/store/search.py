"""Substring search in the store: the trigram index where it can serve, LIKE where it cannot.

A query is cut at whitespace into words; a row must hold every word as a
substring (ASCII letters in any case).  Facts are searched in their
sentence, causes in their text and sentence (``ddl.FTS_COLUMNS``),
through the FTS5 ``trigram`` index: a word of three characters or more is a
phrase of ``MATCH``.  A trigram index has nothing to say about a shorter
word, so a word of one or two characters (稳岗, 结余) is a ``LIKE '%word%'``
on the columns themselves.  A word longer than ``LONGEST_PHRASE`` is
matched by its first ``LONGEST_PHRASE`` characters in the index and then
in full with ``instr`` (a phrase of thousands of trigrams costs a lookup
each; ``LIKE`` patterns have a length limit).  Flags (message and text) and
indicators (level names and text) have no index: every word is a LIKE.
"""

from __future__ import annotations

from dataclasses import dataclass

from shebao.store.schema import FTS_TABLES

SHORTEST_PHRASE = 3  # characters in a trigram
LONGEST_PHRASE = 48  # characters of a word looked up in the index

TEXT = {  # the text a word must be in, as SQL over the table ``t``
    "facts": "t.sentence",
    "causes": "coalesce(t.text, '') || char(10) || coalesce(t.sentence, '')",
    "flags": "coalesce(t.message, '') || char(10) || coalesce(t.text, '')",
    "indicators": "coalesce(t.level1, '') || char(10) || coalesce(t.level2, '') || char(10)"
                  " || coalesce(t.level3, '') || char(10) || coalesce(t.text, '')",
}


@dataclass(frozen=True)
class Search:
    """SQL for a search: a join on the index (with its parameter) and WHERE conditions."""

    join: str = ""
    join_params: tuple = ()
    clauses: tuple[str, ...] = ()
    params: tuple = ()


def like_pattern(word: str) -> str:
    """``%word%`` for ``LIKE ? ESCAPE '\\'``: the word's own ``%``, ``_`` and ``\\`` literal."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(sql: str) -> str:
    """A condition: ``sql`` holds the parameter (given through ``like_pattern``)."""
    return f"{sql} LIKE ? ESCAPE '\\'"


def _phrase(word: str) -> str:
    return '"' + word[:LONGEST_PHRASE].replace('"', '""') + '"'


def _literal(text: str, word: str) -> tuple[str, str]:
    """A condition finding ``word`` in ``text`` without the index, and its parameter."""
    if len(word) > LONGEST_PHRASE:
        return f"instr({text}, ?) > 0", word
    return contains(f"({text})"), like_pattern(word)


def search(table: str, query: str | None) -> Search:
    """The SQL finding the rows of ``table`` (aliased ``t``) that hold every word of ``query``."""
    words = (query or "").split()
    indexed = table in FTS_TABLES
    phrases = [_phrase(w) for w in words if indexed and len(w) >= SHORTEST_PHRASE]
    literal = [_literal(TEXT[table], w) for w in words
               if not indexed or not SHORTEST_PHRASE <= len(w) <= LONGEST_PHRASE]
    if not phrases:
        return Search(clauses=tuple(c for c, _ in literal), params=tuple(p for _, p in literal))
    fts = FTS_TABLES[table]
    return Search(join=f" JOIN {fts} ON {fts}.rowid = t.id AND {fts} MATCH ?",
                  join_params=(" AND ".join(phrases),), clauses=tuple(c for c, _ in literal),
                  params=tuple(p for _, p in literal))
