"""The build backend: setuptools', asking for mypy when the build compiles.

``SHEBAO_COMPILE=1 pip install .`` builds the compiled build
(``src/shebao/compiled.py``, ``setup.py``), which needs mypy (mypyc) and the
types of the compiled modules' imports in the isolated build environment;
a plain ``pip install .`` needs nothing more than setuptools.  Everything else is ``setuptools.build_meta`` itself.
"""

from __future__ import annotations

import os
from contextlib import contextmanager

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403 - the hooks this module leaves as they are

# mypyc ships with mypy; it compiles with the types of what the compiled modules
# import, so the build environment holds them as ``mypy src`` sees them
COMPILER = ["mypy>=1.8", "types-regex", "types-PyYAML", "numpy", "OpenCC>=1.4"]


def _compiler() -> list[str]:
    return list(COMPILER) if os.environ.get("SHEBAO_COMPILE") == "1" else []


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
