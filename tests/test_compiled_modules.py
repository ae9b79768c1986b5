"""The compiled build's module list (``shebao.compiled``) and how an installation tells its build."""

from __future__ import annotations

import importlib.util
import os
import runpy
import sys
import tomllib
import types
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


def _backend():
    pytest.importorskip("setuptools.build_meta")  # the backend wraps it
    spec = importlib.util.spec_from_file_location(
        "compile_backend", ROOT / "buildtools" / "compile_backend.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compiled_backend_asks_for_mypy_only_when_compiling(monkeypatch) -> None:
    backend = _backend()
    monkeypatch.chdir(ROOT)  # pip runs the hooks in the source tree
    monkeypatch.delenv("SHEBAO_COMPILE", raising=False)
    assert backend._compiler() == []
    monkeypatch.setenv("SHEBAO_COMPILE", "1")
    with open(ROOT / "pyproject.toml", "rb") as f:
        dependencies = tomllib.load(f)["project"]["dependencies"]
    assert backend._compiler() == [*backend.COMPILER, *dependencies]
    assert any(r.startswith("mypy") for r in backend.COMPILER)


def test_compiled_backend_hides_the_switch_while_setuptools_reads_requirements(monkeypatch) -> None:
    backend = _backend()
    monkeypatch.setenv("SHEBAO_COMPILE", "1")
    with backend._pure():
        assert "SHEBAO_COMPILE" not in os.environ  # setup.py then needs no mypyc
    assert os.environ["SHEBAO_COMPILE"] == "1"


@pytest.mark.parametrize("hook", ["get_requires_for_build_editable", "build_editable"])
def test_compiled_backend_refuses_an_editable_compiled_install(monkeypatch, tmp_path,
                                                               hook: str) -> None:
    backend = _backend()
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SHEBAO_COMPILE", "1")
    with pytest.raises(RuntimeError, match="not an editable install"):
        getattr(backend, hook)(str(tmp_path))


def _small_tree(root: Path) -> None:
    """What setuptools reads to build the package, with an empty package."""
    for name in ("pyproject.toml", "setup.py", "README.md"):
        (root / name).write_bytes((ROOT / name).read_bytes())
    package = root / "src" / "shebao"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "compiled.py").write_bytes((PACKAGE / "compiled.py").read_bytes())


def test_compiled_backend_compiles_for_the_wheel_alone(monkeypatch, tmp_path) -> None:
    pytest.importorskip("setuptools.build_meta")
    calls: list[str] = []
    fake = types.ModuleType("mypyc.build")
    fake.mypycify = lambda paths, **options: calls.append("mypycify") or []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "mypyc.build", fake)  # setuptools runs setup.py in-process
    _small_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SHEBAO_COMPILE", "1")
    backend = _backend()
    out = {name: tmp_path / name for name in ("metadata", "sdist", "wheel")}
    for folder in out.values():
        folder.mkdir()  # as pip makes them

    backend.prepare_metadata_for_build_wheel(str(out["metadata"]))
    backend.build_sdist(str(out["sdist"]))
    assert calls == []  # the metadata and the source archive are the same in both builds
    wheel = backend.build_wheel(str(out["wheel"]))
    assert calls == ["mypycify"]
    assert wheel.startswith("shebao-")
    assert os.environ["SHEBAO_COMPILE"] == "1"
