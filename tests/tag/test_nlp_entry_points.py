"""spaCy finds shebao's components through entry points; ``python -m shebao`` runs."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import pytest


def test_nlp_factories_are_registered_as_spacy_entry_points() -> None:
    names = {e.name for e in entry_points(group="spacy_factories")}
    if not names:
        pytest.skip("shebao is not installed (entry points come with the install)")
    assert {"shebao_figures_v1", "shebao_terms_v1"} <= names


@pytest.mark.slow
def test_nlp_pipeline_from_spacy_alone_in_a_fresh_process() -> None:
    code = ("import spacy; nlp = spacy.blank('zh'); nlp.add_pipe('shebao_figures_v1'); "
            "doc = nlp('基金收入120万元'); print([s.text for s in doc.spans['figures']])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    if "jieba" in out.stderr and out.returncode:
        pytest.skip(out.stderr[-200:])
    assert out.returncode == 0, out.stderr[-500:]
    assert "120万元" in out.stdout


def test_main_module_runs_the_cli() -> None:
    out = subprocess.run([sys.executable, "-m", "shebao", "--help"], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0 and "extract" in out.stdout
