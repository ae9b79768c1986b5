"""lazy: an attribute computed on first use, then read from the instance."""

from __future__ import annotations

from shebao.link.lazy import lazy
from shebao.link.sentence import SentenceView


class Counted:
    def __init__(self) -> None:
        self.calls = 0

    @lazy
    def value(self) -> int:
        """Twice the calls so far."""
        self.calls += 1
        return 2 * self.calls


def test_lazy_computes_once_per_instance() -> None:
    a, b = Counted(), Counted()
    assert (a.value, a.value, a.calls) == (2, 2, 1)
    assert b.calls == 0 and b.value == 2
    assert "value" in vars(a)


def test_lazy_read_on_the_class_is_the_descriptor_with_its_doc() -> None:
    assert isinstance(Counted.__dict__["value"], lazy)
    assert Counted.value.__doc__ == "Twice the calls so far."


def test_lazy_sentence_view_keeps_what_it_found() -> None:
    view = SentenceView("养老保险基金收入12万元", [], [])
    assert view.funds == [] and view.funds is view.funds
    assert view.lists is view.lists
    assert view.period_before(len(view.text)) is None
