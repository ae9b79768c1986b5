"""The self-evaluation rows, tables and budget cells segment makes by keyword through
quick_maker are the records the class call makes from the same keywords."""

from __future__ import annotations

from shebao.records import SelfEvalRow, SelfEvalTable, TableCell
from shebao.segment import selfeval, selfeval_rows
from shebao.segment.lines import split_lines

from tests.same_record import assert_same_record


def test_selfeval_makers_make_the_class_made_records() -> None:
    row = dict(level1="产出指标", level2="数量指标", level3="参保人数", target_text="≥100人",
               actual_text="120人", start=4, end=20)
    assert_same_record(selfeval_rows._make_row(**row), SelfEvalRow(**row))  # type: ignore[arg-type]
    blank = dict(level1=None, level2=None, level3=None, target_text="", actual_text="",
                 start=0, end=0)
    assert_same_record(selfeval_rows._make_row(**blank), SelfEvalRow(**blank))  # type: ignore[arg-type]
    cell = dict(start=3, end=8, text="12.50", column="预算数")
    assert_same_record(selfeval._make_cell(**cell), TableCell(**cell))  # type: ignore[arg-type]
    full = dict(start=0, end=30, title="项目绩效自评表", project="养老保险", year=2021,
                unit="万元", budget=(TableCell(**cell),),  # type: ignore[arg-type]
                rows=(SelfEvalRow(**row),), section=("附件",))  # type: ignore[arg-type]
    assert_same_record(selfeval._make_table(**full), SelfEvalTable(**full))  # type: ignore[arg-type]
    short = dict(start=1, end=2, title="自评表")
    assert_same_record(selfeval._make_table(**short), SelfEvalTable(**short))  # type: ignore[arg-type]


def test_found_tables_equal_class_made_ones() -> None:
    text = ("基金绩效自评表\n预算数：100 执行数：90\n一级指标\t二级指标\t三级指标\t指标值\t实际完成指标值\n"
            "产出指标\t数量指标\t参保人数\t≥100人\t120人\n\t\t缴费人数\t≥80人\t85人")
    tables = selfeval.find_self_evals(split_lines(text))
    assert len(tables) == 1 and len(tables[0].rows) == 2 and len(tables[0].budget) == 2
    for t in tables:
        assert_same_record(t, SelfEvalTable(t.start, t.end, t.title, t.project, t.year, t.unit,
                                            t.budget, t.rows, t.section))
        for r in t.rows:
            assert_same_record(r, SelfEvalRow(r.level1, r.level2, r.level3, r.target_text,
                                              r.actual_text, r.start, r.end))
        for c in t.budget:
            assert_same_record(c, TableCell(c.start, c.end, c.text, c.column))
