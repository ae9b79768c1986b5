"""The compiled build's module list (``shebao.compiled``) and how an installation tells its build."""

from __future__ import annotations

import runpy
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from shebao import compiled
from tests.paths import ROOT

PACKAGE = ROOT / "src" / "shebao"
# Modules that must stay Python: the lazy attribute (a descriptor), the spaCy
# factories, the records (pickled for the bulk workers), the quick record
# builders, this module.
INTERPRETED = {"link/lazy", "tag/nlp", "records", "quickinit", "link/makers", "compiled"}


def test_compiled_modules_name_existing_sources() -> None:
    missing = [m for m in compiled.MODULES if not (PACKAGE / f"{m}.py").is_file()]
    assert missing == []
    assert len(set(compiled.MODULES)) == len(compiled.MODULES)


def test_compiled_modules_leave_the_interpreted_ones() -> None:
    assert INTERPRETED.isdisjoint(compiled.MODULES)


def test_compiled_setup_compiles_the_listed_modules() -> None:
    setup = runpy.run_path(str(ROOT / "setup.py"), run_name="shebao_setup")
    assert setup["compiled_modules"]() == [f"src/shebao/{m}.py" for m in compiled.MODULES]


def test_compiled_setup_compiles_nothing_by_default(monkeypatch) -> None:
    monkeypatch.delenv("SHEBAO_COMPILE", raising=False)
    setup = runpy.run_path(str(ROOT / "setup.py"), run_name="shebao_setup")
    assert setup["ext_modules"]() == []


@pytest.mark.parametrize("made, expected", [
    ([], "pure Python"),
    (["link/statements", "tag/numbers"], f"compiled (2 of {len(compiled.MODULES)} modules)"),
])
def test_compiled_build_counts_the_extensions(tmp_path: Path, made: list[str],
                                              expected: str) -> None:
    for name in made:
        path = tmp_path / f"{name}{EXTENSION_SUFFIXES[0]}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    (tmp_path / "link").mkdir(exist_ok=True)
    (tmp_path / "link" / "sentence.py").write_text("")  # a source alone is not compiled
    assert compiled.build(tmp_path) == expected
