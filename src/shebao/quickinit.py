"""``quick_init``: a frozen dataclass built by filling its ``__dict__`` at once.

``dataclass(frozen=True)`` writes each field through ``object.__setattr__``,
about 0.1 µs a field more than a dictionary store; the records built per
line, term, figure and sentence (tens of thousands per megabyte) pay that
in the inner loops.  ``quick_init`` replaces the generated ``__init__``
with one of the same signature that stores the fields straight into the
instance's dictionary, in field order, then calls ``__post_init__`` as
before: the same object, built in a little over half the time (a
seven-field ``Term``: 1.0 µs against 1.8 µs).  Equality, hashing,
``repr``, pickling and the frozen ``__setattr__`` are the dataclass's own
and unchanged.

Put it above ``@dataclass(frozen=True)``.  Classes it cannot rebuild the
same way (slots, ``InitVar`` fields, a field shadowed by a descriptor) are
refused with ``TypeError``, so nothing differs silently.

``quick_maker(cls)`` is the same filling as a plain function of the same
signature, which makes the record itself (``object.__new__``, then the
quick ``__init__``'s body).  CPython 3.11 packs the keywords of a class
call into a dict before ``__init__`` sees them; a function called by
keyword matches its parameters without one.  The records built per term
and per figure are made by keyword through it (a seven-keyword ``Term``:
about 5.2 K instructions against 8.5 K for the class call).
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")

# A class rebuilt here or by ``link.makers.maker`` must stay a Python class in
# the compiled build (``shebao.compiled``): its module, when compiled, marks
# it ``@mypyc_attr(native_class=False)``, which mypyc reads when it compiles
# and which does nothing when the module runs.
try:
    from mypy_extensions import mypyc_attr
except ImportError:  # mypy is not installed: nothing reads the mark
    def mypyc_attr(*attrs: str, **kwattrs: object) -> Callable[[T], T]:  # type: ignore[misc]
        """The mark, read by mypyc only (see above)."""
        return lambda cls: cls

_FACTORY = object()  # a parameter left to its default_factory
_QUICK_INITS: weakref.WeakSet = weakref.WeakSet()  # the __init__s quick_init made


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` (a frozen dataclass) with the quick ``__init__``."""
    _require_plain(cls)
    env: dict[str, Any] = {}
    params, body = _filling(cls, env)
    init = define("__init__", ["_s", *params], body, env, module=cls.__module__,
                  qualname=f"{cls.__qualname__}.__init__")
    _QUICK_INITS.add(init)
    setattr(cls, "__init__", init)  # noqa: B010 - replacing the generated method
    return cls


def quick_maker(cls: Callable[P, R]) -> Callable[P, R]:
    """The function making ``cls`` records (``cls`` decorated by :func:`quick_init`)
    as the class call does, from the same arguments: typed as the class's own
    call, so its keywords are checked as theirs."""
    if not isinstance(cls, type) or vars(cls).get("__init__") not in _QUICK_INITS:
        raise TypeError(f"quick_maker: {cls!r} is not a class decorated by quick_init")
    if cls.__new__ is not object.__new__:  # the class call would make it otherwise
        raise TypeError(f"quick_maker: {cls.__qualname__} has its own __new__")
    env: dict[str, Any] = {"_cls": cls, "_new": object.__new__}
    params, body = _filling(cls, env)
    return define(f"make_{cls.__name__}", params, ["_s = _new(_cls)", *body, "return _s"],
                  env, module=cls.__module__,
                  doc=f"A new ``{cls.__name__}`` (``quickinit.quick_maker``).")


def define(name: str, params: list[str], body: list[str], env: dict[str, Any], *,
           module: str, qualname: str | None = None, doc: str | None = None) -> Any:
    """The function ``name(params)`` running the lines of ``body``, made in ``env``
    (which holds the names the body reads), with its module, qualified name
    (default: ``name``) and docstring set.  Shared with ``link.makers``."""
    source = f"def {name}({', '.join(params)}):\n    " + "\n    ".join(body)
    exec(source, env)  # noqa: S102 - source built by our callers from field names only
    made = env[name]
    made.__qualname__ = qualname or name
    made.__module__ = module
    made.__doc__ = doc
    return made


def _filling(cls: type, env: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The parameters of the quick ``__init__`` of ``cls`` and its body, which
    fills the instance ``_s``: each field stored into its ``__dict__`` in field
    order, then ``__post_init__`` where the class has one."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]  # a dataclass (checked)
    params, values = init_parameters(fields, env)
    body = ["_d = _s.__dict__"]
    for f in fields:
        if f.init:
            value = values[f.name]
        elif f.default_factory is not dataclasses.MISSING:
            value = f"_factory_{f.name}()"
            env[f"_factory_{f.name}"] = f.default_factory
        else:
            continue  # init=False with a plain default (read off the class) or none: unset
        body.append(f"_d[{f.name!r}] = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("_s.__post_init__()")
    return params, body


def init_parameters(fields: tuple[dataclasses.Field, ...],
                    env: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
    """The parameter list of an ``__init__`` over ``fields`` (each default and
    default factory put in ``env``) and, per init field, the expression of the
    value it stores (a factory called where the parameter was not given).
    Shared with ``link.makers``; the names it adds to ``env`` start with ``_``."""
    env["_FACTORY"] = _FACTORY
    params: list[str] = []
    values: dict[str, str] = {}
    keyword_only = False
    for f in fields:
        if not f.init:
            continue
        if f.kw_only and not keyword_only:
            params.append("*")
            keyword_only = True
        params.append(f.name + _default(f, env))
        values[f.name] = (f"_factory_{f.name}() if {f.name} is _FACTORY else {f.name}"
                          if f.default_factory is not dataclasses.MISSING else f.name)
    return params, values


def _default(f: dataclasses.Field, env: dict[str, Any]) -> str:
    """`` = name`` of the default a parameter takes (none: '')."""
    if f.default is not dataclasses.MISSING:
        env[f"_default_{f.name}"] = f.default
        return f"=_default_{f.name}"
    if f.default_factory is not dataclasses.MISSING:
        env[f"_factory_{f.name}"] = f.default_factory
        return "=_FACTORY"
    return ""


def _require_plain(cls: type) -> None:
    """Refuse what a plain ``__dict__`` fill would not build the same way."""
    name = getattr(cls, "__qualname__", repr(cls))
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen:
        raise TypeError(f"quick_init: {name} is not a frozen dataclass")
    if "__slots__" in vars(cls):
        raise TypeError(f"quick_init: {name} has slots")
    declared = getattr(cls, "__dataclass_fields__")
    if len(declared) != len(dataclasses.fields(cls)):
        raise TypeError(f"quick_init: {name} has InitVar or ClassVar fields")
    for f in dataclasses.fields(cls):
        if f.name.startswith("_"):  # the names the new __init__ uses for itself
            raise TypeError(f"quick_init: {name}.{f.name} starts with an underscore")
        attr = next((vars(k)[f.name] for k in cls.__mro__ if f.name in vars(k)), None)
        if attr is not None and hasattr(type(attr), "__set__"):
            raise TypeError(f"quick_init: {name}.{f.name} is shadowed by a descriptor")
