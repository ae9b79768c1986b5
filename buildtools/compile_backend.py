"""The build backend: setuptools', asking for mypy when the build compiles.

``SHEBAO_COMPILE=1 pip install .`` builds the compiled build
(``src/shebao/compiled.py``, ``setup.py``), which needs mypy (mypyc) and the
package's dependencies (for their types) in the isolated build environment;
a plain ``pip install .`` needs nothing more than setuptools.  Everything else is ``setuptools.build_meta`` itself.
"""

from __future__ import annotations

import os
import tomllib
from contextlib import contextmanager

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403 - the hooks this module leaves as they are

# mypyc ships with mypy.  It reads the types of everything the package imports,
# as ``mypy src`` does, so the build environment also holds the package's own
# dependencies and the stubs the test extra brings for mypy.
COMPILER = ["mypy>=1.8", "types-regex", "types-PyYAML"]


def _compiler() -> list[str]:
    if os.environ.get("SHEBAO_COMPILE") != "1":
        return []
    with open("pyproject.toml", "rb") as f:  # the hooks run in the source tree
        return COMPILER + tomllib.load(f)["project"]["dependencies"]


@contextmanager
def _pure():
    """SHEBAO_COMPILE unset for a while: setuptools runs ``setup.py`` to read its
    requirements before mypy, one of them, is installed."""
    saved = os.environ.pop("SHEBAO_COMPILE", None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ["SHEBAO_COMPILE"] = saved


def get_requires_for_build_wheel(config_settings=None):
    compiler = _compiler()
    with _pure():
        return _setuptools.get_requires_for_build_wheel(config_settings) + compiler


def get_requires_for_build_editable(config_settings=None):
    compiler = _compiler()
    with _pure():
        return _setuptools.get_requires_for_build_editable(config_settings) + compiler


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    if _compiler():
        raise RuntimeError(
            "SHEBAO_COMPILE=1 builds the compiled build with 'pip install .', not an "
            "editable install: the compiled modules would keep running after their "
            "sources change")
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
