"""Package data: lexicons, cue phrases and patterns as commented YAML.

Every file is read with :func:`load`, which rejects keys it does not know so
that a typo in a resource fails loudly instead of being silently ignored.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


class ResourceError(ValueError):
    """A resource file is malformed."""


def _check(value: Any, schema: Any, where: str) -> None:
    """Check ``value`` against a tiny schema language.

    A schema is a type (``str``, ``int``, ``bool``), a tuple of types, a
    one-element list ``[item_schema]`` or a dict ``{key: schema}`` where a
    key ending in ``?`` is optional.
    """
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            raise ResourceError(f"{where}: expected a mapping, got {type(value).__name__}")
        known = {k.rstrip("?"): k for k in schema}
        for key in value:
            if key not in known:
                raise ResourceError(f"{where}: unknown key {key!r} (known: {sorted(known)})")
        for bare, key in known.items():
            if bare in value:
                _check(value[bare], schema[key], f"{where}.{bare}")
            elif not key.endswith("?"):
                raise ResourceError(f"{where}: missing key {bare!r}")
    elif isinstance(schema, list):
        if not isinstance(value, list):
            raise ResourceError(f"{where}: expected a list, got {type(value).__name__}")
        for i, item in enumerate(value):
            _check(item, schema[0], f"{where}[{i}]")
    elif value is not None and not isinstance(value, schema):
        raise ResourceError(f"{where}: expected {schema}, got {type(value).__name__}")


# libyaml's loader when PyYAML was built with it (ten times faster), else the pure one
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def _read(name: str) -> Any:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_LOADER)


# (file, id of schema) pairs already checked; the schema is kept so its id stays unique
_VALID: dict[tuple[str, int], Any] = {}


def load(name: str, schema: Any) -> Any:
    """Load ``name`` (a YAML file of this package) and validate it (once per schema)."""
    data = _read(name)
    if (name, id(schema)) not in _VALID:
        _check(data, schema, name)
        _VALID[(name, id(schema))] = schema
    return data


# A cue file: named VERBOSE patterns, each with examples that must contain a
# match and counter-examples that must not (the tests run them all).
CUE_SCHEMA = {
    "cues": [{"name": str, "pattern": str, "examples": [str], "counter_examples": [str]}]
}


@lru_cache(maxsize=None)
def cue_table(name: str) -> dict[str, dict]:
    """The entries of cue file ``name`` by cue name, as written."""
    return {c["name"]: c for c in load(name, CUE_SCHEMA)["cues"]}


@lru_cache(maxsize=None)
def cue_pattern(name: str, cue: str) -> Any:
    """The compiled pattern of ``cue`` in cue file ``name`` (KeyError if unknown), VERBOSE:
    run by ``re`` where it means what ``regex`` means, else by ``regex``
    (``stdre.compile_cue``, as the link cues are: the check stage's search for
    ``explained_gap`` over its notes costs a third less)."""
    # the resources package itself stays free of third-party imports at load (stdre: regex)
    from shebao.stdre import compile_cue

    return compile_cue(cue_table(name)[cue]["pattern"])
