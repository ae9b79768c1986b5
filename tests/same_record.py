"""The check shared by the tests of record makers: a record made by a maker is
the one the class call makes."""

from __future__ import annotations

import pickle


def assert_same_record(made: object, called: object) -> None:
    """``made`` and ``called`` are the same record: type, fields in order,
    equality, hash, repr and pickled bytes."""
    assert type(made) is type(called)
    assert list(vars(made).items()) == list(vars(called).items())
    assert made == called and hash(made) == hash(called) and repr(made) == repr(called)
    assert pickle.dumps(made) == pickle.dumps(called)
