"""The batch settings of the garbage collector come and go with their block."""

from __future__ import annotations

import gc

from shebao.runtime import BATCH_THRESHOLD, batch_gc


def test_runtime_batch_gc_tunes_the_collector_inside_its_block_only() -> None:
    before = gc.get_threshold()
    kept = [object() for _ in range(10)]  # something allocated before the block
    with batch_gc():
        assert gc.get_threshold() == BATCH_THRESHOLD
        assert gc.get_freeze_count() > 0  # the heap loaded so far is frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    assert kept


def test_runtime_batch_gc_restores_after_an_error() -> None:
    before = gc.get_threshold()
    try:
        with batch_gc():
            raise ValueError("a failed batch")
    except ValueError:
        pass
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
