"""``maker``: a record class as a plain function of its fields.

CPython 3.11 hands the keywords of a class call to ``__init__`` packed in a
dict (``tp_init`` takes one): about 0.4 µs a keyword, while a function
called by keyword matches its parameters without one.  The linker builds a
few records by keyword per figure (slots, position, statement, evidence),
so it builds them through ``maker(cls)``: a function with the signature of
``cls``'s ``__init__`` that makes the same record, each field stored in
order as that ``__init__`` stores it (default factories called where the
field is not given), then ``__post_init__`` where the class has one.

Only mutable slots dataclasses whose every slot is a field are accepted
(anything else is refused with ``TypeError``): their ``__init__`` does no
more than that.  A call passing more than 15 keywords is compiled as
``f(**dict)`` anyway, so records of many fields are better built by position.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from shebao.quickinit import define, init_parameters

P = ParamSpec("P")
R = TypeVar("R")

def maker(cls: Callable[P, R]) -> Callable[P, R]:
    """The function making ``cls`` records from their fields (see the module):
    typed as the class's own call, so its keywords are checked as theirs."""
    if not isinstance(cls, type):
        raise TypeError(f"maker: {cls!r} is not a class")
    _require_plain_slots(cls)
    env: dict[str, Any] = {"__cls": cls, "__new": object.__new__}
    params, values = init_parameters(dataclasses.fields(cls), env)  # type: ignore[arg-type]
    body = ["__obj = __new(__cls)"]
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]  # checked above
        if f.init:
            value = values[f.name]
        elif f.default_factory is not dataclasses.MISSING:
            env[f"_factory_{f.name}"] = f.default_factory
            value = f"_factory_{f.name}()"
        elif f.default is not dataclasses.MISSING:
            env[f"_default_{f.name}"] = f.default
            value = f"_default_{f.name}"
        else:
            continue  # init=False and no default: left for __post_init__
        body.append(f"__obj.{f.name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("__obj.__post_init__()")
    body.append("return __obj")
    return define(f"make_{cls.__name__}", params, body, env, module=cls.__module__,
                  doc=f"A new ``{cls.__name__}`` (``link.makers.maker``).")


def _require_plain_slots(cls: type) -> None:
    """Refuse what storing the fields in order would not build as ``__init__`` does."""
    name = getattr(cls, "__qualname__", repr(cls))
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or params.frozen or "__slots__" not in vars(cls):
        raise TypeError(f"maker: {name} is not a mutable slots dataclass")
    declared = getattr(cls, "__dataclass_fields__")
    fields = dataclasses.fields(cls)
    if len(declared) != len(fields):
        raise TypeError(f"maker: {name} has InitVar or ClassVar fields")
    if {f.name for f in fields} != set(vars(cls)["__slots__"]):
        raise TypeError(f"maker: {name} has slots that are not fields")
    if any(f.name.startswith(("__", "_factory_", "_default_", "_FACTORY")) for f in fields):
        raise TypeError(f"maker: a field of {name} takes a name the maker uses for itself")
