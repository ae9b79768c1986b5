"""Typed records passed between the pipeline stages.

Offsets: records of the inner stages (``Figure``, ``Sentence``, ``Paragraph``)
hold offsets into the *normalised* text; the output records (``Fact``,
``ReportRecord``) hold offsets into the file's decoded *source* text, as
``../shared/spec/output.md`` requires.  ``MappedText.to_source`` converts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from shebao.quickinit import quick_init

# The closed vocabularies of the records (../shared/spec/output.md).
Measure = Literal["level", "yoy_change", "yoy_rate", "budget_rate"]
Basis = Literal["actual", "budget"]
FigureKind = Literal["money", "percent", "count", "year", "number"]
Comparator = Literal[">=", "<=", ">", "<", "="]
FlagKind = Literal["unit", "count_unit", "sum", "balance", "change", "conflict", "budget_rate",
                   "digit"]
Severity = Literal["error", "warning"]
Effect = Literal["increase", "decrease", "above_budget", "below_budget", "other"]
Category = Literal["covid", "policy", "headcount", "benefit_level", "contribution",
                   "budget_forecast", "timing", "transfer", "other"]  # of a cause
Mention = Literal["text", "table"]
Status = Literal["ok", "error"]


# --------------------------------------------------------------- ingest
@dataclass(frozen=True)
class Document:
    """A file read and decoded."""

    path: str
    sha256: str
    text: str  # decoded source text (BOM stripped); offsets index this
    encoding: str  # text encoding, or "pdf" / "docx" for extracted text
    pages: tuple[int, ...] = ()  # start offset of each page in ``text`` (PDF only)
    decode_errors: int = 0  # invalid byte sequences replaced by U+FFFD while decoding


# ------------------------------------------------------------------ tag
@quick_init
@dataclass(frozen=True)
class Figure:
    """A figure found by the rule patterns, in normalised-text offsets.

    ``kind`` is one of ``money``, ``percent``, ``count``, ``year``,
    ``number`` (a bare number, e.g. a table cell).  ``value`` keeps the
    written precision (``Decimal("2.08")``); for a range it is the low end
    and ``high`` the high end.  ``comparator`` is one of ``>=``, ``<=``,
    ``>``, ``<``, ``=`` or None.
    """

    kind: FigureKind
    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str | None = None
    high: Decimal | None = None
    comparator: Comparator | None = None


# -------------------------------------------------------------- segment
@quick_init
@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@quick_init
@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str
    section: tuple[str, ...]  # heading path above this paragraph
    is_heading: bool = False
    sentences: tuple[Sentence, ...] = ()


@quick_init
@dataclass(frozen=True)
class TableCell:
    """One cell of a rebuilt flattened table (normalised offsets)."""

    start: int
    end: int
    text: str
    column: str  # column header as written, e.g. "2020", "同比增长额"


@dataclass(frozen=True)
class TableRow:
    label: str  # row label as written, e.g. "其中：征缴收入"
    label_start: int
    label_end: int
    cells: tuple[TableCell, ...]


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    unit: str | None  # money unit of the table ("万元"), from 单位：…
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]
    section: tuple[str, ...] = ()
    caption: str = ""


@quick_init
@dataclass(frozen=True)
class SelfEvalRow:
    """One indicator row of a 绩效自评表 (normalised offsets).

    Level names are carried down from the rows above (merged cells);
    ``target_text``/``actual_text`` are the cells as written ("" if absent).
    """

    level1: str | None
    level2: str | None
    level3: str | None
    target_text: str
    actual_text: str
    start: int
    end: int


@quick_init
@dataclass(frozen=True)
class SelfEvalTable:
    """A 绩效自评表: its title, budget/execution cells and indicator rows.

    ``budget`` holds the 预算数/执行数 cells (``column`` "预算数" or
    "执行数"); ``unit`` is the money unit of that block ("万元").
    """

    start: int
    end: int
    title: str
    project: str | None = None
    year: int | None = None
    unit: str | None = None
    budget: tuple[TableCell, ...] = ()
    rows: tuple[SelfEvalRow, ...] = ()
    section: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """One report of a file (a file may hold several)."""

    index: int
    start: int
    end: int
    title: str | None
    region: str | None
    year: int | None
    project: str | None  # 项目名称 when stated
    paragraphs: tuple[Paragraph, ...]
    tables: tuple[Table, ...] = ()
    self_evals: tuple[SelfEvalTable, ...] = ()
    genre: str | None = None  # resources/genres.yaml: budget, final_accounts, bulletin …


# --------------------------------------------------------------- output
@quick_init
@dataclass(frozen=True)
class Fact:
    fund: str
    fund_name: str | None
    account: str | None
    metric: str
    metric_name: str | None
    year: int | None
    basis: Basis
    measure: Measure
    value: Decimal
    unit: str
    value_wan: Decimal | None
    text: str
    sentence: str
    section: tuple[str, ...]
    start: int
    end: int
    confidence: float
    part_of: int | None = None  # start of the total this fact is an item of
    part_list: int | None = None  # start of the list the item stands in
    mention: Mention = "text"  # "text" (a sentence) or "table" (a table cell)
    page: int | None = None  # 1-based page of ``start`` (PDF input only)
    # the span of the year the figure covers: "year", "H1", "Q1"…"Q4", or a
    # span from January such as "M01-M09"
    period: str = "year"
    # "current" (当期, 本月) or "cumulative" (累计, 1-N月) where a table column says
    period_scope: str | None = None


@dataclass(frozen=True)
class Count:
    """A count (人, 人次, 户 …) with the words that name it (source offsets)."""

    name: str | None
    value: Decimal
    unit: str
    text: str
    start: int
    end: int


@quick_init
@dataclass(frozen=True)
class Related:
    text: str
    start: int
    end: int


@quick_init
@dataclass(frozen=True)
class Flag:
    """A suspected error (../shared/spec/output.md), source offsets."""

    kind: FlagKind
    severity: Severity  # "error" (the arithmetic proves it) or "warning" (likely)
    message: str
    text: str
    start: int
    end: int
    suggestion: str | None = None
    related: tuple[Related, ...] = ()


@quick_init
@dataclass(frozen=True)
class Cause:
    """A stated explanation of a metric's movement (source offsets)."""

    fund: str
    metric: str
    year: int | None
    effect: Effect
    text: str
    cue: str
    categories: tuple[str, ...]
    sentence: str
    start: int
    end: int
    cue_start: int | None = None  # source offsets of the cue phrase
    cue_end: int | None = None
    section: tuple[str, ...] = ()
    fact_start: int | None = None  # source start of the fact explained, if any


@dataclass(frozen=True)
class Indicator:
    """A row of a self-evaluation table (source offsets).

    ``target``/``actual`` keep the written precision; a range target has
    ``target`` low, ``target_high`` high and no comparator.  ``met`` is
    True/False when the target could be checked, else None.
    """

    level1: str | None
    level2: str | None
    level3: str | None
    target_text: str
    target: Decimal | None
    target_high: Decimal | None
    comparator: Comparator | None
    unit: str | None
    actual_text: str
    actual: Decimal | None
    actual_comparator: Comparator | None
    met: bool | None
    text: str
    start: int
    end: int
    title: str = ""
    section: tuple[str, ...] = ()
    actual_unit: str | None = None


@dataclass(frozen=True)
class ReportRecord:
    source: str
    sha256: str | None
    report_index: int
    status: Status
    title: str | None = None
    region: str | None = None
    year: int | None = None
    facts: tuple[Fact, ...] = ()
    causes: tuple[Cause, ...] = ()
    flags: tuple[Flag, ...] = ()
    error: str | None = None
    extra: dict = field(default_factory=dict)
    indicators: tuple[Indicator, ...] = ()
    genre: str | None = None  # resources/genres.yaml: budget, final_accounts, bulletin …
