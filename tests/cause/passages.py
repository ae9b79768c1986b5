"""A small training fixture written for the tests (not the real annotations).

Causes are marked ⟦…⟧ and the cue «…»; ``to_jsonl`` writes the format of
annotations/causes/train.jsonl with the offsets computed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

MARKED = [
    ("某县企业职工基本养老保险基金支出8200万元，较上年增长6%，«增长的主要原因是»⟦退休人数增加，养老金标准上调⟧。", "enterprise_pension", "expenditure_total", "increase", ["headcount", "benefit_level"]),
    ("城乡居民医疗保险基金收入5100万元，较上年减少3%，«减少的主要原因：»⟦一是参保人数下降；二是部分人员转入职工医保⟧。", "resident_medical", "income_total", "decrease", ["headcount", "transfer"]),
    ("工伤保险基金支出完成预算的88%，«未完成预算的主要原因为»⟦编制预算时工亡人数预测偏大⟧。其他支出3万元。", "work_injury", "expenditure_total", "below_budget", ["budget_forecast"]),
    ("利息收入420万元，增长35%，«主要因为»⟦大额定期存款集中到期⟧。", "unemployment", "interest_income", "increase", ["timing"]),
    ("«由于»⟦二孩政策全面放开，享受生育待遇人数增加⟧，造成生育保险基金支出预算完成率较高。", "maternity", "expenditure_total", "above_budget", ["policy", "headcount"]),
    ("职工医保统筹基金收入减少1200万元，«主要是»⟦疫情期间阶段性减半征收单位缴费⟧。", "employee_medical", "contribution_income", "decrease", ["covid", "policy"]),
    ("«受»⟦新冠肺炎疫情影响⟧，住院人数明显减少，医疗待遇支出较上年下降8%。", "employee_medical", "benefit_expenditure", "decrease", ["covid", "headcount"]),
    ("失业保险金支出较上年增长21%，«主要得益于»⟦扩大失业保险保障范围，领取人数增加⟧。", "unemployment", "unemployment_benefit", "increase", ["policy", "headcount"]),
    ("机关事业单位养老保险基金收入增长9%，«原因是»⟦缴费基数调整后单位和个人缴费增加⟧。", "public_pension", "income_total", "increase", ["contribution"]),
    ("城乡居民养老保险基金支出增长的主要原因：\n（1）⟦领取待遇人数较上年增加1200人；\n（2）基础养老金标准每人每月提高10元⟧。", "resident_pension", "expenditure_total", "increase", ["headcount", "benefit_level"]),
    ("转移收入较上年减少45万元，«原因为»⟦跨省转入人员减少⟧。", "enterprise_pension", "transfer_income", "decrease", ["transfer", "headcount"]),
    ("«随着»⟦参保人员老龄化程度加深⟧，门诊费用支出逐年增加，本年增长12%。", "resident_medical", "outpatient_expenditure", "increase", ["headcount"]),
    ("财政补贴收入完成预算的76%，«主要原因是»⟦部分补助资金年底才拨付到账，跨年入账⟧。", "resident_pension", "fiscal_subsidy_income", "below_budget", ["timing"]),
    ("上解上级支出较上年增加600万元，«主要是由于»⟦实行省级统收统支，上解比例提高⟧。", "enterprise_pension", "remittance_to_superior", "increase", ["policy", "transfer"]),
    ("«因»⟦工亡人数难以预测⟧，工伤保险待遇支出超出预算较多。", "work_injury", "benefit_expenditure", "above_budget", ["budget_forecast"]),
    ("保险费收入下降4%，«主要原因»⟦一是阶段性降低费率，二是部分企业欠缴保费⟧。", "unemployment", "contribution_income", "decrease", ["policy", "contribution"]),
]
NEGATIVE = [
    "如果由于参保人数下降导致收入减少，应及时调整预算。",
    "为了防止因病致贫，我县提高了大病保险报销比例。",
    "四、预算执行偏差原因分析",
    "对账实不符的情况及时查明原因，确保账账相符。",
    "若因政策调整造成基金收支变化，经办机构应及时报告。",
    "本年度工作重点主要是加强基金监管和稽核。",
    "全年没有因为资金短缺而拖欠待遇的情况。",
    "随时跟踪基金运行情况，以便及时发现问题。",
]


def passages() -> list[dict]:
    out = []
    for n, (marked, fund, metric, effect, cats) in enumerate(MARKED):
        text, spans, cue = "", [], None
        for piece in re.split(r"([⟦⟧«»])", marked):
            if piece == "⟦":
                start = len(text)
            elif piece == "⟧":
                spans.append((start, len(text)))
            elif piece == "«":
                cue_start = len(text)
            elif piece == "»":
                cue = (cue_start, len(text))
            else:
                text += piece
        causes = [{"start": a, "end": b, "cue_start": cue[0] if cue else None,
                   "cue_end": cue[1] if cue else None, "fund": fund, "metric": metric,
                   "year": 2020, "effect": effect, "categories": cats} for a, b in spans]
        out.append({"id": f"t{n:03d}", "text": text, "causes": causes})
    for n, text in enumerate(NEGATIVE):
        out.append({"id": f"n{n:03d}", "text": text, "causes": []})
    return out


def to_jsonl(path: Path) -> Path:
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in passages()),
                    encoding="utf-8")
    return path
