"""Web pages: figures in navigation and metadata lines are no facts, the body's are."""

from decimal import Decimal

import pytest

from shebao.pipeline import Stages, extract_document
from shebao.records import Document

FACTS_ONLY = Stages(checks=False, causes=False)

HTML_PAGE = """<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 预决算公开</div>
<h1>某市2021年城乡居民基本医疗保险基金决算说明</h1>
<div class="info">发布日期：2022-06-20&nbsp;&nbsp;信息来源：某市医疗保障局&nbsp;&nbsp;阅读次数：315</div>
<p>&emsp;&emsp;2021年城乡居民基本医疗保险基金收入2.36亿元，较上年增长5.8%。</p>
<p>&emsp;&emsp;基金支出2.17亿元，当年结余0.19亿元，年末滚存结余3.02亿元。</p>
<div>上一篇：某市2020年城乡居民基本医疗保险基金收入2.23亿元</div>
"""

TRAD_PAGE = """跳到主要內容區塊
:::
某縣2020年企業職工基本養老保險基金決算說明
發布時間：2021-04-02 09:10　瀏覽次數：87
本年企業職工基本養老保險基金收入6,812萬元，較上年增長3.9%；基金支出6,455萬元。
【列印】【關閉】
"""

GARBLED_REPOST = """某區2019年工傷保險基金收支情況（轉載）
來源：某區人社局 點擊數：12
本年工伤保险基金收入?468.2?万元，增长6。4%，基金支出（zhīchū）401.9万元，年末滚存结余1，206。5万元。
"""

PAGES = {
    "html_page": (HTML_PAGE, "resident_medical", 2021,
                  {("income_total", "level"): "2.36", ("income_total", "yoy_rate"): "5.8",
                   ("expenditure_total", "level"): "2.17", ("annual_balance", "level"): "0.19",
                   ("accumulated_balance", "level"): "3.02"}),
    "traditional_page": (TRAD_PAGE, "enterprise_pension", 2020,
                         {("income_total", "level"): "6812", ("income_total", "yoy_rate"): "3.9",
                          ("expenditure_total", "level"): "6455"}),
    "garbled_repost": (GARBLED_REPOST, "work_injury", 2019,
                       {("income_total", "level"): "468.2", ("income_total", "yoy_rate"): "6.4",
                        ("expenditure_total", "level"): "401.9",
                        ("accumulated_balance", "level"): "1206.5"}),
}


def _facts(text: str):
    doc = Document(path="page.txt", sha256="0", text=text, encoding="utf-8")
    return [f for r in extract_document(doc, FACTS_ONLY) for f in r.facts]


@pytest.mark.parametrize("name", PAGES)
def test_noise_page_body_facts_only(name):
    source, fund, year, expected = PAGES[name]
    facts = _facts(source)
    got = {(f.metric, f.measure): f.value for f in facts}
    assert got == {key: Decimal(value) for key, value in expected.items()}
    assert {(f.fund, f.year, f.basis) for f in facts} == {(fund, year, "actual")}
    for fact in facts:
        assert fact.text == source[fact.start:fact.end]


@pytest.mark.parametrize("name", PAGES)
def test_noise_lines_give_no_fact(name):
    source = PAGES[name][0]
    noise_lines = [line for line in source.split("\n")
                   if any(w in line for w in ("上一篇", "发布", "發布", "来源", "來源", "阅读", "瀏覽"))]
    spans = []
    pos = 0
    for line in source.split("\n"):
        if line in noise_lines:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    for fact in _facts(source):
        assert not any(a <= fact.start < b for a, b in spans), fact.text


def test_noise_garbled_figure_span_covers_the_garbage():
    facts = {(f.metric, f.measure): f for f in _facts(GARBLED_REPOST)}
    assert facts[("income_total", "level")].text == "468.2?万元"
    assert facts[("income_total", "yoy_rate")].text == "6。4%"
    assert facts[("accumulated_balance", "level")].text == "1，206。5万元"


def test_noise_title_kept_after_breadcrumb_and_metadata():
    doc = Document(path="page.txt", sha256="0", text=HTML_PAGE, encoding="utf-8")
    (record,) = extract_document(doc, FACTS_ONLY)
    assert record.title == "某市2021年城乡居民基本医疗保险基金决算说明"
