"""The build backend: setuptools', asking for mypy when the build compiles.

``SHEBAO_COMPILE=1 pip install .`` builds the compiled build
(``src/shebao/compiled.py``, ``setup.py``), which needs mypy (mypyc) and the
package's dependencies (for their types) in the isolated build environment;
a plain ``pip install .`` needs nothing more than setuptools.  Only
``build_wheel`` compiles: the hooks that read setup.py for requirements,
metadata or a source archive run with the switch hidden, and an editable
install refuses it.  Everything else is ``setuptools.build_meta`` itself.
"""

from __future__ import annotations

import functools
import os
import tomllib
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403 - the hooks this module leaves as they are

# mypyc ships with mypy.  It reads the types of everything the package imports,
# as ``mypy src`` does, so the build environment also holds the package's own
# dependencies and the stubs the test extra brings for mypy.
COMPILER = ["mypy>=1.8", "types-regex", "types-PyYAML"]


def _compiling() -> bool:
    return os.environ.get("SHEBAO_COMPILE") == "1"


def _compiler() -> list[str]:
    if not _compiling():
        return []
    with open("pyproject.toml", "rb") as f:  # the hooks run in the source tree
        return COMPILER + tomllib.load(f)["project"]["dependencies"]


@contextmanager
def _pure():
    """SHEBAO_COMPILE unset for a while, where setuptools runs ``setup.py`` for
    something other than the wheel: its requirements (before mypy, one of
    them, is installed), its metadata (the same in both builds) or a source
    archive.  Left set, setup.py would compile the modules each time."""
    saved = os.environ.pop("SHEBAO_COMPILE", None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ["SHEBAO_COMPILE"] = saved


def _pure_hook(hook: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(hook)
    def run(*args: Any, **kwargs: Any) -> Any:
        with _pure():
            return hook(*args, **kwargs)
    return run


def _refuse_editable() -> None:
    if _compiling():
        raise RuntimeError(
            "SHEBAO_COMPILE=1 builds the compiled build with 'pip install .', not an "
            "editable install: the compiled modules would keep running after their "
            "sources change")


def get_requires_for_build_wheel(config_settings=None):
    compiler = _compiler()
    with _pure():
        return _setuptools.get_requires_for_build_wheel(config_settings) + compiler


prepare_metadata_for_build_wheel = _pure_hook(_setuptools.prepare_metadata_for_build_wheel)
get_requires_for_build_sdist = _pure_hook(_setuptools.get_requires_for_build_sdist)
build_sdist = _pure_hook(_setuptools.build_sdist)


def get_requires_for_build_editable(config_settings=None):
    _refuse_editable()  # before pip installs mypy for nothing
    return _setuptools.get_requires_for_build_editable(config_settings)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    _refuse_editable()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
