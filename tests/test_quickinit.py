"""quick_init builds the same frozen dataclass as dataclass's own __init__."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import InitVar, dataclass, field

import pytest

from shebao.quickinit import quick_init
from shebao.records import Figure, Sentence
from shebao.tag.terms import Term


def _pair(**options):
    """The same class twice: plain, and with quick_init."""
    def make():
        @dataclass(frozen=True, **options)
        class Rec:
            a: int
            b: str = "x"
            c: list = field(default_factory=list)
            d: int = field(default=7, init=False)
            e: tuple = field(default_factory=tuple, init=False)
            f: int = field(default=0, kw_only=True)
        return Rec
    return make(), quick_init(make())


def test_quickinit_builds_the_same_fields_in_the_same_order():
    plain, quick = _pair()
    for args, kwargs in [((1,), {}), ((1, "y"), {}), ((1, "y", [2]), {"f": 3}),
                         ((), {"a": 4, "c": [5], "b": "z"})]:
        p, q = plain(*args, **kwargs), quick(*args, **kwargs)
        assert list(vars(q).items()) == list(vars(p).items())
        assert repr(q).split("(", 1)[1] == repr(p).split("(", 1)[1]
        assert dataclasses.astuple(q) == dataclasses.astuple(p)


def test_quickinit_keeps_the_signature():
    plain, quick = _pair()
    ps, qs = inspect.signature(plain), inspect.signature(quick)
    assert [(p.name, p.kind) for p in ps.parameters.values()] == \
        [(p.name, p.kind) for p in qs.parameters.values()]
    with pytest.raises(TypeError):
        quick()  # a is required
    with pytest.raises(TypeError):
        quick(1, "y", [], 3)  # f is keyword-only
    with pytest.raises(TypeError):
        quick(1, d=2)  # d is not an init parameter


def test_quickinit_gives_each_instance_its_own_factory_value():
    _, quick = _pair()
    one, two = quick(1), quick(1)
    assert one.c == [] and one.c is not two.c


def test_quickinit_instances_stay_frozen_and_comparable():
    _, quick = _pair()
    rec = quick(1, "y", f=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rec.a = 2  # type: ignore[misc]
    assert rec == quick(1, "y", f=2) and rec != quick(2, "y", f=2)


def test_quickinit_calls_post_init():
    seen = []

    @quick_init
    @dataclass(frozen=True)
    class Checked:
        n: int

        def __post_init__(self):
            seen.append(self.n)
            if self.n < 0:
                raise ValueError("negative")

    Checked(3)
    with pytest.raises(ValueError):
        Checked(-1)
    assert seen == [3, -1]


def test_quickinit_package_records_equal_plain_ones():
    fig = Figure(kind="money", start=3, end=9, text="12万元", value=None, unit="万元")
    plain = object.__new__(Figure)
    for f in dataclasses.fields(Figure):
        object.__setattr__(plain, f.name, getattr(fig, f.name))
    assert fig == plain and hash(fig) == hash(plain)
    assert pickle.loads(pickle.dumps(fig)) == fig
    term = Term(kind="fund", id="pension", name="n", group=None, start=0, end=2, text="ab")
    assert dataclasses.replace(term, start=1).start == 1
    assert Sentence.__init__.__qualname__ == "Sentence.__init__"


@pytest.mark.parametrize("make, reason", [
    (lambda: dataclass(type("Mutable", (), {"__annotations__": {"a": "int"}})), "frozen"),
    (lambda: dataclass(frozen=True, slots=True)(
        type("Slotted", (), {"__annotations__": {"a": "int"}})), "slots"),
    (lambda: dataclass(frozen=True)(
        type("WithVar", (), {"__annotations__": {"a": "int", "b": InitVar[int]}})), "InitVar"),
    (lambda: dataclass(frozen=True)(
        type("Under", (), {"__annotations__": {"_a": "int"}})), "underscore"),
    (lambda: dataclass(frozen=True)(
        type("Shadow", (), {"__annotations__": {"a": "int"},
                            "a": property(lambda self: 1, lambda self, v: None)})),
     "descriptor"),
])
def test_quickinit_refuses_what_it_cannot_build_the_same_way(make, reason):
    with pytest.raises(TypeError, match=reason):
        quick_init(make())
