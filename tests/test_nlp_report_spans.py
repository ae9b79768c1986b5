"""``shebao.nlp``: a report's facts, flags and causes as spaCy span groups, shown by displaCy."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

import shebao.nlp as report_nlp
from shebao.records import Cause, Fact, Flag
from tests.paths import ROOT

# An invented report: the annual balance is mistyped (507.40 for 570.40) and
# the fall in spending is given a reason.
REPORT = """青河县2021年城乡居民基本养老保险基金决算说明
一、基金收入情况
2021年全县城乡居民基本养老保险基金收入3520.40万元，比上年增加210.15万元，增长6.35%。\
其中：个人缴费收入820.30万元，财政补贴收入2600.10万元，利息收入90.00万元。
二、基金支出情况
2021年基金支出2950.00万元，比上年减少120.50万元，下降3.92%，\
主要原因是部分领取待遇人员资格认证后停发待遇。
三、基金结余情况
本年收支结余507.40万元，年末滚存结余8120.66万元。
"""


@pytest.fixture(scope="module")
def doc() -> Doc:
    return report_nlp.load()(REPORT)


def test_nlp_facts_are_spans_labelled_by_metric_with_the_fact(doc: Doc) -> None:
    spans = list(doc.spans["facts"])
    assert len(spans) >= 8
    for span in spans:
        assert isinstance(span._.fact, Fact)
        assert span.label_ == span._.fact.metric
        assert span.text == span._.fact.text == REPORT[span._.fact.start:span._.fact.end]
    by_text = {s.text: s.label_ for s in spans}
    assert by_text["3520.40万元"] == "income_total"
    assert by_text["820.30万元"] == "contribution_income"
    assert by_text["2950.00万元"] == "expenditure_total"
    assert by_text["8120.66万元"] == "accumulated_balance"


def test_nlp_flags_and_causes_are_spans_labelled_by_kind_and_effect(doc: Doc) -> None:
    flags = list(doc.spans["flags"])
    assert [s.text for s in flags] == ["507.40万元"]
    assert isinstance(flags[0]._.flag, Flag) and flags[0].label_ == flags[0]._.flag.kind
    causes = list(doc.spans["causes"])
    assert causes and all(isinstance(s._.cause, Cause) for s in causes)
    assert {s.label_ for s in causes} == {"decrease"}
    assert any("资格认证" in s.text for s in causes)
    assert all(s.text == s._.cause.text for s in causes)


def test_nlp_doc_keeps_the_records_of_its_reports(doc: Doc) -> None:
    (record,) = doc._.reports
    assert record.status == "ok" and record.year == 2021
    assert len(record.facts) == len(doc.spans["facts"])


def test_nlp_displacy_renders_each_span_group_as_html(doc: Doc) -> None:
    for key in ("facts", "flags", "causes"):
        html = displacy.render(doc, style="span", options={"spans_key": key})
        assert html.startswith("<div") and "</span>" in html
    facts_html = displacy.render(doc, style="span", options={"spans_key": "facts"})
    assert "income_total" in facts_html and "3520.40" in facts_html


def test_nlp_stages_can_be_left_out() -> None:
    doc = report_nlp.load(checks=False, causes=False)(REPORT)
    assert len(doc.spans["facts"]) >= 8
    assert list(doc.spans["flags"]) == [] and list(doc.spans["causes"]) == []


def test_nlp_figure_inside_a_token_gets_the_whole_token() -> None:
    nlp = report_nlp.load(checks=False, causes=False)
    doc = nlp.make_doc("基金收入120万元")
    fact = type("Item", (), {"start": 5, "end": 8, "metric": "m"})()  # "0万元" cuts "120"
    (span,) = report_nlp._spans(doc, [fact], lambda f: f.metric, "fact")
    assert span.text.endswith("万元") and span.start_char <= 5


def test_nlp_component_is_a_spacy_factory_of_a_blank_pipeline() -> None:
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe(report_nlp.REPORT_FACTORY, config={"causes": False})
    doc = nlp(REPORT)
    assert "3520.40万元" in {s.text for s in doc.spans["facts"]}


def test_nlp_every_spacy_entry_point_in_pyproject_names_its_factory() -> None:
    project = tomllib.loads((Path(ROOT) / "pyproject.toml").read_text(encoding="utf-8"))
    points = project["project"]["entry-points"]["spacy_factories"]
    assert report_nlp.REPORT_FACTORY in points
    for name, target in points.items():
        module, _, attr = target.partition(":")
        assert callable(getattr(importlib.import_module(module), attr))
        assert Language.has_factory(name), name
