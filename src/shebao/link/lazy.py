"""``lazy``: an attribute computed on first use and kept in the instance.

What ``functools.cached_property`` does, without the lock it takes on
every first use in Python 3.11: the linker's sentence views compute a few
such attributes for each of many sentences.  Later reads find the value in
the instance's own attributes (set by ``setattr``) and never reach the
descriptor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class lazy(Generic[T]):  # noqa: N801 - used as a decorator, like property
    def __init__(self, make: Callable[[Any], T]):
        self.make = make
        # (a method compiled by mypyc has neither: ``__set_name__`` names it)
        self.name: str = getattr(make, "__name__", "")
        self.__doc__ = getattr(make, "__doc__", None)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]  # read on the class
        value = self.make(obj)
        # kept by setattr, not by writing obj.__dict__: reading __dict__ would
        # give the instance a dict of its own, and its plain attributes would
        # no longer be read from its inline values (CPython 3.11)
        setattr(obj, self.name, value)
        return value
