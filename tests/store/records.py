"""Hand-made pipeline records for store tests (invented sentences)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from shebao.records import Fact, Flag, Indicator, ReportRecord, Related
from shebao.store.rows import error_rows, file_rows
from shebao.store.schema import connect
from shebao.store.write import write_file

S1 = "本年城乡居民基本养老保险基金累计结余3120.45万元。"
S2 = "受疫情影响，失业保险基金支出较上年增长12.50%。"


def fact(fund: str, metric: str, value: str, sentence: str, start: int, measure: str = "level",
         unit: str = "万元") -> Fact:
    wan = Decimal(value) if unit == "万元" else None
    return Fact(fund, None, None, metric, None, 2021, "actual", measure, Decimal(value), unit,
                wan, value + unit, sentence, ("一、基金收支",), start, start + 9, 0.9)


def indicator(level3: str, target_text: str, target: str, actual_text: str, actual: str,
              met: bool | None, start: int) -> Indicator:
    return Indicator("产出指标", "数量指标", level3, target_text, Decimal(target), None, "≥", "%",
                     actual_text, Decimal(actual), None, met, f"{level3} {target_text} {actual_text}",
                     start, start + 20, "项目支出绩效自评表", ("附件",), "%")


INDICATORS = (indicator("参保覆盖率", "≥95%", "95", "96.30%", "96.30", True, 200),
              indicator("待遇按时发放率", "≥99.0%", "99.0", "98.50%", "98.50", False, 230),
              indicator("群众满意度", "≥90%", "90", "较高", "90", None, 260))


def record(source: str, region: str, index: int = 0) -> ReportRecord:
    facts = (fact("resident_pension", "accumulated_balance", "3120.45", S1, 20),
             fact("unemployment", "expenditure_total", "12.50", S2, 60, "yoy_rate", "%"))
    flags = (Flag("unit", "error", "3120.45亿元 contradicts 3120.45万元", "3120.45亿元", 90, 99,
                  "3120.45万元", (Related("3120.45万元", 20, 29),)),)
    causes = ({"fund": "unemployment", "metric": "expenditure_total", "year": 2021,
               "effect": "increase", "text": "疫情期间稳岗返还集中发放", "cue": "主要原因是",
               "categories": ["policy", "timing"], "sentence": "…", "start": 120, "end": 131,
               "cue_start": 115},)
    return ReportRecord(source, None, index, "ok", "某报告", region, 2021, facts, causes, flags,
                        indicators=INDICATORS)


# What make_store writes: two files of three reports, and one failed file.
COUNTS = {"facts": 6, "causes": 3, "flags": 3, "indicators": 9, "reports": 4}


def make_store(path: Path) -> Path:
    """A store holding the records above (two files) and one failed file."""
    conn = connect(path)
    write_file(conn, file_rows([record("a.txt", "甲县")], "aa", "a.txt", 10))
    write_file(conn, file_rows([record("b.txt", "乙市"), record("b.txt", "乙市", 1)], "bb", "b.txt", 20))
    write_file(conn, error_rows("cc", "c.txt", 0, "c.txt: empty file"))
    conn.close()
    return path

