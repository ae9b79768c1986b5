"""Every cache keyed by report text is registered, and ``clear`` empties them."""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
from decimal import Decimal

import shebao
from shebao import textcache

TEXT_PARAMETERS = {"text", "written", "word", "column"}  # strings read from a report


def _module_caches() -> list[tuple[str, object]]:
    found = []
    for info in pkgutil.walk_packages(shebao.__path__, "shebao."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra that is not installed
            continue
        for name, value in vars(module).items():
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == info.name:
                found.append((f"{info.name}.{name}", value))
    return found


def test_textcache_every_text_keyed_cache_is_registered():
    registered = {id(c) for c in textcache.registered()}
    text_keyed = [(name, c) for name, c in _module_caches()
                  if TEXT_PARAMETERS & set(inspect.signature(c.__wrapped__).parameters)]
    assert len(text_keyed) >= 8
    missing = [name for name, c in text_keyed if id(c) not in registered]
    assert missing == []


def test_textcache_registers_only_text_keyed_caches():
    _module_caches()  # imports every module, so every text cache is registered
    for cached in textcache.registered():
        assert TEXT_PARAMETERS & set(inspect.signature(cached.__wrapped__).parameters)


def test_textcache_clear_empties_what_a_figure_filled():
    from shebao.check.fixes import number_variants
    from shebao.tag.numbers import split_magnitude

    split_magnitude("3217.46")
    number_variants("3217.46")
    assert split_magnitude.cache_info().currsize > 0
    assert number_variants.cache_info().currsize > 0
    textcache.clear()
    assert split_magnitude.cache_info().currsize == 0
    assert number_variants.cache_info().currsize == 0
    assert split_magnitude("3217.46")[0] == Decimal("3217.46")
