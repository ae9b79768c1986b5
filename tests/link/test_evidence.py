"""Each draft says how its fund and metric were found (the confidence features)."""

from __future__ import annotations

from shebao.link.context import FundRef
from tests.link.sentences import PENSION, link_texts

MEDICAL = FundRef("employee_medical", "职工基本医疗保险基金")


def test_evidence_fund_named_in_the_clause() -> None:
    [drafts] = link_texts("失业保险基金收入520万元。")
    assert (drafts[0].evidence.fund_source, drafts[0].evidence.metric_source) == ("clause", "named")
    assert drafts[0].evidence.fund_candidates == 1


def test_evidence_fund_from_the_section_and_change_from_the_chain() -> None:
    [drafts] = link_texts("基金支出980万元，较上年增加40万元。", fund=PENSION)
    assert [d.evidence.fund_source for d in drafts] == ["section", "section"]
    assert [d.evidence.metric_source for d in drafts] == ["named", "chain"]
    assert drafts[0].evidence.fund_distance == -1


def test_evidence_family_word_read_in_its_context() -> None:
    [drafts] = link_texts("医保基金收入3100万元。", fund=MEDICAL)
    assert drafts[0].fund.id == "employee_medical"
    assert drafts[0].evidence.fund_source == "family"


def test_evidence_topic_of_an_earlier_sentence() -> None:
    _, second = link_texts("工伤保险基金运行平稳。", "基金支出75万元。")
    assert (second[0].fund.id, second[0].evidence.fund_source) == ("work_injury", "topic")


def test_evidence_distributed_run() -> None:
    [drafts] = link_texts("工伤保险、失业保险基金支出分别为210万元、330万元。")
    assert {d.evidence.metric_source for d in drafts} == {"distributed"}
    assert drafts[0].evidence.fund_candidates == 2
