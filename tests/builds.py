"""Which build a test runs on: the tests run on the compiled build too
(``SHEBAO_COMPILE=1``, ``shebao.compiled``), where a few cannot look inside."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from types import ModuleType

import pytest


def is_compiled(module: ModuleType) -> bool:
    """Whether ``module`` was loaded from a C extension (the compiled build)."""
    return str(getattr(module, "__file__", "")).endswith(tuple(EXTENSION_SUFFIXES))


def spies_on(*modules: ModuleType) -> pytest.MarkDecorator:
    """Skip a test that replaces a function ``modules`` call (``monkeypatch``)
    where they are compiled: compiled code calls the function it was built
    with, so the spy would see nothing."""
    return pytest.mark.skipif(any(map(is_compiled, modules)),
                              reason="spies on calls inside compiled modules")
