"""Real cue styles (issue 10) end to end with the shipped models: each style in
several sentences of our own, checking the explanation's text, fund, metric,
year and effect."""

from __future__ import annotations

import pytest

from shebao.records import Document
from shebao.pipeline import extract_document

TITLE = "{year}年度{region}{fund}决算说明\n\n"


def _causes(text: str) -> set[tuple]:
    doc = Document(path="r.txt", sha256="0", text=text, encoding="utf-8")
    return {(c.text, c.fund, c.metric, c.year, c.effect)
            for r in extract_document(doc) for c in r.causes}


def _report(year: int | None, fund: str, body: str) -> str:
    head = TITLE.format(year=year, region="松门县", fund=fund) if year else f"关于{fund}运行的分析\n\n"
    return head + body + "\n"


CASES = [
    # 主要原因有以下几点 + bullets
    pytest.param(2021, "城乡居民基本医疗保险基金", "基金支出7300万元，比上年增长8.4%。支出增长的主要原因有以下几点："
                 "一是慢性病门诊待遇扩面；二是县域外住院人次回升。",
                 ("一是慢性病门诊待遇扩面；二是县域外住院人次回升", "resident_medical", "expenditure_total", 2021, "increase"),
                 id="list-yi-er"),
    pytest.param(2020, "工伤保险基金", "工伤保险基金收入2100万元，较上年减少16.2%。\n收入减少的原因主要有以下几个方面：\n"
                 "1.阶段性减免单位缴费；\n2.行业基准费率下调。",
                 ("1.阶段性减免单位缴费；\n2.行业基准费率下调", "work_injury", "income_total", 2020, "decrease"),
                 id="list-numbered-lines"),
    # 造成…的原因既有…也有…
    pytest.param(2022, "失业保险基金", "失业保险基金当期收不抵支，当期结余-640万元。造成收不抵支的原因既有费率下调后收入减少，"
                 "也有扩岗补助集中发放。",
                 ("费率下调后收入减少，也有扩岗补助集中发放", "unemployment", "annual_balance", 2022, "other"),
                 id="both-also-deficit"),
    pytest.param(2019, "企业职工基本养老保险基金", "基金支出5.1亿元，比上年增长9.2%，造成支出增加的原因既有退休人数增多，"
                 "也有养老金水平上调。",
                 ("退休人数增多，也有养老金水平上调", "enterprise_pension", "expenditure_total", 2019, "increase"),
                 id="both-also-increase"),
    # 随着…(而增加)
    pytest.param(2021, "城乡居民基本养老保险基金", "基金支出4300万元，比上年增长6.6%。随着领取待遇的老年居民逐年增多，"
                 "基金支出相应增加。",
                 ("领取待遇的老年居民逐年增多", "resident_pension", "expenditure_total", 2021, "increase"),
                 id="along-with"),
    pytest.param(2020, "机关事业单位基本养老保险基金", "基金支出2.2亿元，较上年增长7.9%，支出随着退休人员增多而上升。",
                 ("退休人员增多", "public_pension", "expenditure_total", 2020, "increase"), id="along-with-er"),
    # …的影响，故…
    pytest.param(2022, "生育保险基金", "生育保险基金利息收入12万元，比上年减少30%。受定期存款到期转活期的影响，故利息收入下降。",
                 ("定期存款到期转活期的影响", "maternity", "interest_income", 2022, "decrease"), id="affected-gu"),
    # 因…等原因
    pytest.param(2021, "失业保险基金", "失业保险基金收入960万元，比上年下降9%。因费率阶段性下调、缴费单位减少等原因，保费收入减少。",
                 ("费率阶段性下调、缴费单位减少等原因", "unemployment", "contribution_income", 2021, "decrease"),
                 id="because-of-etc"),
    # 由于…所以…
    pytest.param(2019, "生育保险基金", "生育保险基金支出880万元，比上年增长21%。由于生育津贴计发标准提高，所以基金支出增幅较大。",
                 ("生育津贴计发标准提高", "maternity", "expenditure_total", 2019, "increase"), id="due-to-so"),
    # 为此 (the sentence before explains)
    pytest.param(2023, "城乡居民基本养老保险基金", "今年起本县高龄老人每月加发基础养老金30元。为此，基金支出比上年增加520万元。",
                 ("今年起本县高龄老人每月加发基础养老金30元", "resident_pension", "expenditure_total", 2023, "increase"),
                 id="for-this"),
    # …也使…
    pytest.param(2022, "职工基本医疗保险基金", "基金支出3.6亿元，较上年增长11.5%。普通门诊费用纳入统筹报销，也使统筹基金支出明显增加。",
                 ("普通门诊费用纳入统筹报销", "employee_medical", "expenditure_total", 2022, "increase"), id="also-makes"),
    # a quoted official
    pytest.param(2021, "企业职工基本养老保险基金", "本年基金收入9.4亿元，同比增长10.3%。县社保中心负责人介绍，收入增长主要是因为"
                 "清欠力度加大，补缴保费增多。",
                 ("清欠力度加大，补缴保费增多", "enterprise_pension", "income_total", 2021, "increase"), id="official-introduces"),
    pytest.param(2022, "职工基本医疗保险基金", "全年统筹基金支出6.3亿元，同比增长12%。该局负责人表示，这与门诊共济改革推开有关。",
                 ("门诊共济改革推开", "employee_medical", "expenditure_total", 2022, "increase"), id="official-related"),
    # news paraphrase
    pytest.param(2020, "工伤保险基金", "据了解，全年工伤保险基金支出增长13%，主要得益于工亡待遇标准提高。",
                 ("工亡待遇标准提高", "work_injury", "expenditure_total", 2020, "increase"), id="news-thanks-to"),
    # effects stated without a figure
    pytest.param(2021, "城乡居民基本医疗保险基金", "由于参保人数下降而住院费用持续上涨，基金资金吃紧，当期结余出现负数。",
                 ("参保人数下降而住院费用持续上涨", "resident_medical", "annual_balance", 2021, "other"),
                 id="state-strained"),
    pytest.param(2022, "机关事业单位基本养老保险基金", "基金支出增幅高于收入增幅，主要是因为集中退休人员较多。",
                 ("集中退休人员较多", "public_pension", "expenditure_total", 2022, "increase"), id="state-outpaced"),
    # an undated general explanation
    pytest.param(None, "养老保险基金", "近年来一些地区养老保险基金累计结余穿底，其原因主要是缴费人数增长放缓、制度赡养比下降。",
                 ("缴费人数增长放缓、制度赡养比下降", "other", "accumulated_balance", None, "other"),
                 id="undated-exhausted"),
    pytest.param(None, "医保基金", "医保基金支出增长较快的原因主要有：一是人口老龄化加深；二是新药新技术普及。",
                 ("一是人口老龄化加深；二是新药新技术普及", "medical_all", "expenditure_total", None, "increase"),
                 id="undated-list"),
]


@pytest.mark.parametrize(("year", "fund", "body", "expected"), CASES)
def test_real_cue_style_is_found_and_linked(year, fund, body, expected) -> None:
    assert expected in _causes(_report(year, fund, body))


@pytest.mark.parametrize("body", [
    "为此，我局召开专题会议，部署基金清欠工作。",
    "该局负责人表示，将继续做好待遇按时足额发放。",
    "基金支出与上年相比基本持平。",
    "若费率继续下调，基金收入将承压，也使当期结余减少。",
])
def test_real_cue_words_without_an_explanation_give_no_cause(body) -> None:
    assert _causes(_report(2021, "失业保险基金", body)) == set()
