"""The fast 万元 conversion of a fact's value matches units.value_wan exactly."""

import random
from decimal import Decimal, localcontext

from shebao.link.facts import digits, in_wan
from shebao.units import value_wan, wan_per_unit


def _values() -> list[Decimal]:
    rng = random.Random(14)
    out = [Decimal("0"), Decimal("0.00"), Decimal("5E+3"), Decimal("1.23456789"),
           Decimal("123456789012345678901234567890.5"), Decimal("-7.25")]
    for _ in range(400):
        whole = rng.randrange(0, 10 ** rng.randrange(1, 18))
        out.append(Decimal(whole).scaleb(-rng.randrange(0, 8)))
    return out


def test_digits_counts_the_written_digits():
    for v in _values():
        assert digits(v) == len(v.as_tuple().digits), v


def test_in_wan_is_value_wan_for_every_unit():
    for unit in [*wan_per_unit(), "", "%", "人"]:
        for v in _values():
            fast, plain = in_wan(v, unit), value_wan(v, unit or None)
            assert (fast is None) == (plain is None)
            if plain is not None:
                assert str(fast) == str(plain), (v, unit)


def test_in_wan_widens_a_narrow_context_as_value_wan_does():
    with localcontext() as ctx:
        ctx.prec = 6
        for unit in wan_per_unit():
            for v in _values():
                assert str(in_wan(v, unit)) == str(value_wan(v, unit)), (v, unit)
