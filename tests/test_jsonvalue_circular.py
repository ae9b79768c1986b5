"""``dumps`` runs json's encoder without its circular check: a list holding
itself is still refused with an error (a RecursionError), never written."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from shebao.jsonvalue import dumps


@dataclass(frozen=True)
class Holder:
    items: list


def test_jsonvalue_dumps_refuses_a_list_holding_itself() -> None:
    items: list = ["a"]
    items.append(items)
    with pytest.raises((RecursionError, ValueError)):
        dumps(Holder(items))
    assert dumps(Holder(["a", ["b"]])) == '{"items": ["a", ["b"]]}'
