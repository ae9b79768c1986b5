"""quick_maker(cls) makes the record the class call makes from the same
arguments: the same fields in the same order, equal, hashed, printed and
pickled alike, still frozen; classes not built by quick_init are refused."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from shebao.quickinit import quick_init, quick_maker
from shebao.records import Figure
from shebao.tag import figures, terms
from shebao.tag.terms import Term


@quick_init
@dataclass(frozen=True)
class Rec:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)
    d: int = field(default=7, init=False)
    e: tuple = field(default_factory=tuple, init=False)
    f: int = field(default=0, kw_only=True)


def _same(made: object, called: object) -> None:
    assert type(made) is type(called)
    assert list(vars(made).items()) == list(vars(called).items())
    assert made == called and hash(made) == hash(called) and repr(made) == repr(called)
    assert pickle.dumps(made) == pickle.dumps(called)
    assert pickle.loads(pickle.dumps(made)) == called
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, next(iter(vars(made))), None)


@pytest.mark.parametrize(("args", "kwargs"), [
    ((1,), {}), ((1, "y"), {}), ((1, "y", (2,)), {"f": 3}),
    ((), {"a": 4, "c": (5,), "b": "z"}),
])
def test_maker_makes_what_the_class_makes(args: tuple, kwargs: dict) -> None:
    made, called = quick_maker(Rec)(*args, **kwargs), Rec(*args, **kwargs)
    if isinstance(called.c, list):  # the default factory's list is not hashable
        assert list(vars(made).items()) == list(vars(called).items()) and made == called
    else:
        _same(made, called)


def test_maker_keeps_the_signature_and_calls_factories_afresh() -> None:
    make = quick_maker(Rec)
    assert [(p.name, p.kind, p.default is inspect.Parameter.empty)
            for p in inspect.signature(make).parameters.values()] == \
        [(p.name, p.kind, p.default is inspect.Parameter.empty)
         for p in inspect.signature(Rec).parameters.values()]
    one, two = make(1), make(1)
    assert one.c == [] and one.c is not two.c and one.d == 7 and one.e == ()
    with pytest.raises(TypeError):
        make()  # a is required
    with pytest.raises(TypeError):
        make(1, "y", [], 3)  # type: ignore[misc]  # f is keyword-only


def test_maker_runs_post_init() -> None:
    seen = []

    @quick_init
    @dataclass(frozen=True)
    class Checked:
        n: int

        def __post_init__(self) -> None:
            seen.append(self.n)
            if self.n < 0:
                raise ValueError("negative")

    assert quick_maker(Checked)(n=3) == Checked(3)
    with pytest.raises(ValueError):
        quick_maker(Checked)(-1)
    assert seen == [3, 3, -1]


def test_maker_refuses_classes_not_built_by_quick_init() -> None:
    @dataclass(frozen=True)
    class Plain:
        a: int

    @quick_init
    @dataclass(frozen=True)
    class Base:
        a: int

    class Sub(Base):  # inherits the __init__ but is not itself decorated
        pass

    for cls in (Plain, Sub, len):
        with pytest.raises(TypeError, match="quick_init"):
            quick_maker(cls)  # type: ignore[arg-type]

    @quick_init
    @dataclass(frozen=True)
    class Made:
        a: int

        def __new__(cls, *args: object, **kwargs: object) -> "Made":
            return super().__new__(cls)

    with pytest.raises(TypeError, match="__new__"):
        quick_maker(Made)


def test_tag_makers_make_the_package_records() -> None:
    term = dict(kind="fund", id="pension", name="养老保险基金", group=None, start=3, end=9,
                text="养老保险基金")
    _same(terms._make_term(**term), Term(**term))
    fig = dict(kind="money", start=3, end=9, text="12.5万元", value=Decimal("12.5"),
               unit="万元", high=None, comparator=">=")
    _same(figures._make_figure(**fig), Figure(**fig))  # type: ignore[arg-type]
    short = dict(kind="percent", start=0, end=3, text="5%", value=Decimal(5))
    _same(figures._make_figure(**short), Figure(**short))  # type: ignore[arg-type]


def test_tag_finds_records_equal_to_class_made_ones() -> None:
    found = terms.find_terms("本年养老保险基金收入12万元")
    assert found and all(t == Term(**vars(t)) and type(t) is Term for t in found)
    figs = figures.find_figures("收入12万元，增长5%")
    assert len(figs) == 2 and all(f == Figure(**vars(f)) for f in figs)
