"""``to_fact`` fills a fact's fields at once: the fact is the one ``Fact``'s
own constructor builds from the same values, its fields in their order."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from shebao.link.facts import canonical_name, shown_sentence, to_fact
from shebao.records import Fact
from tests.link.sentences import PENSION, link_texts


def _drafts():
    [levels, unnamed] = link_texts("城乡居民养老保险基金收入520万元，其中财政补助300万元，较上年增长5%。",
                                   "另有款项48万元。", fund=PENSION)
    return levels + unnamed


def test_to_fact_builds_the_fact_fact_would_build() -> None:
    shown = {}
    for draft in _drafts():
        fact = to_fact(draft, "源" + draft.sentence.text, lambda s, e: (s + 1, e + 1), "text",
                       "H1", lambda s, e: shown.setdefault((s, e), "句"), confidence=0.5,
                       pages=(0, 10))
        assert list(vars(fact)) == [f.name for f in dataclasses.fields(Fact)]
        assert fact == Fact(**vars(fact))
        assert fact.start == draft.figure.start + 1 and fact.sentence == "句"
        assert (fact.confidence, fact.period, fact.page) == (0.5, "H1", 1 + (fact.start >= 10))


def test_to_fact_defaults_and_parts() -> None:
    drafts = _drafts()
    facts = [to_fact(d, d.sentence.text, lambda s, e: (s, e)) for d in drafts]
    assert [f.value for f in facts] == [Decimal(520), Decimal(300), Decimal(5), Decimal(48)]
    assert facts[1].part_of == drafts[0].figure.start and facts[1].part_list is not None
    assert all(f.page is None and f.mention == "text" and f.period == "year" for f in facts)
    for d, f in zip(drafts, facts):  # names the draft lacks are the slots' canonical ones
        assert f.fund_name == (d.fund.name or canonical_name("fund", d.fund.id))
        assert f.metric_name == (d.metric_name or canonical_name("metric", d.metric))
    assert facts[0].metric_name and facts[-1].metric == "other"
    try:
        facts[0].value = Decimal(1)  # type: ignore[misc]  # still frozen
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a fact must stay frozen")


def test_to_fact_takes_the_shown_sentence_read_before() -> None:
    # ``link_report`` reads a sentence's shown text once for its facts
    def shown(s: int, e: int) -> str:
        return "源句" + str(e - s)
    for draft in _drafts():
        for mention in ("text", "table"):
            said = shown_sentence(draft, shown, mention)
            assert said == (shown(draft.sentence.start, draft.sentence.end)
                            if mention == "text" else draft.sentence.text)
            read = to_fact(draft, draft.sentence.text, lambda s, e: (s, e), mention, "year", shown)
            given = to_fact(draft, draft.sentence.text, lambda s, e: (s, e), mention, "year",
                            shown, sentence=said)
            assert read == given and read.sentence == said
