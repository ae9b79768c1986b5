"""Builds shebao; ``SHEBAO_COMPILE=1`` compiles its inner loops with mypyc.

Everything else is in ``pyproject.toml``.  Without ``SHEBAO_COMPILE=1``
the package is pure Python.  With it, the modules listed in
``src/shebao/compiled.py`` are compiled by mypyc into C extensions, which
needs a C compiler; the build backend (``buildtools/compile_backend.py``)
brings mypy into the build environment:

    SHEBAO_COMPILE=1 pip install .
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "src" / "shebao"


def compiled_modules() -> list[str]:
    """The source files of ``shebao.compiled.MODULES``, read without importing
    the package (its dependencies need not be installed to build it)."""
    tree = ast.parse((PACKAGE / "compiled.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "MODULES":
            return [f"src/shebao/{name}.py" for name in ast.literal_eval(node.value)]
    raise RuntimeError("src/shebao/compiled.py holds no MODULES")


def ext_modules() -> list:
    if os.environ.get("SHEBAO_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify  # only the compiled build needs mypy
    except ImportError as exc:
        raise SystemExit("SHEBAO_COMPILE=1 needs mypy (mypyc) where the package is built: "
                         "'pip install mypy' first, or let pip build in isolation") from exc

    return mypycify(compiled_modules(), opt_level="3")


if __name__ == "__main__":  # as setuptools runs it (tests import it by another name)
    setup(ext_modules=ext_modules())
