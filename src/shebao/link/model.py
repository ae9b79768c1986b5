"""The records of the linker: statements, drafts, and what a figure measures."""

from __future__ import annotations

from collections.abc import Callable
import dataclasses
import operator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from shebao.link import cues
from shebao.link.context import FundRef
from shebao.link.makers import maker
from shebao.quickinit import mypyc_attr
from shebao.records import Basis, Figure, Measure, Sentence
from shebao.tag.apply import Tagged
from shebao.tag.terms import lexicon

# The total metric of each metric group: "三项合计 X万元" after income items.
GROUP_TOTAL = {"income": "income_total", "expenditure": "expenditure_total"}
R = TypeVar("R")
_new, _set = object.__new__, object.__setattr__


def evolve(record: R, **changes: Any) -> R:
    """``dataclasses.replace`` for a record (a plain frozen record: every
    field set by its ``__init__``, nothing else in its ``__dict__``; or a
    slots record with no ``__post_init__``) without replace's per-field
    introspection: the linker calls it in its inner loop.  Any other
    record (derived attributes, ``__post_init__``) goes through its own
    ``__init__``, and an unknown field fails loudly as it would there.

    The copy takes the record's fields as they are and the changed ones
    as given, as the record's own ``__init__`` would store them (a
    dataclass's ``__init__`` does no more unless it has ``__post_init__``).
    A mutable slots record is built by its ``__init__`` from its values read
    at once (``_init_values``), then given the changes.
    """
    cls: type = type(record)
    new: R
    slots = _slot_fields(cls)
    if slots is not None:
        if changes.keys() <= slots:
            values = _init_values(cls)
            if values is not None:  # a mutable record: its own __init__, then the changes
                new = cls(*values(record))
                for name, value in changes.items():
                    setattr(new, name, value)
                return new
            new = _new(cls)
            for name in slots:
                _set(new, name, changes[name] if name in changes else getattr(record, name))
            return new
    elif _plain(cls):
        fields = record.__dict__
        if changes.keys() <= fields.keys():
            new = _new(cls)
            _set(new, "__dict__", {**fields, **changes})
            return new
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]  # its own __init__


def moved(fig: Figure, by: int) -> Figure:
    """``evolve(fig, start=fig.start + by, end=fig.end + by)``: a figure
    at offsets ``by`` further (every draft's figure is one, so it is built
    without evolve's generic checks: a Figure is a plain record)."""
    fields = fig.__dict__.copy()
    fields["start"] += by
    fields["end"] += by
    new: Figure = _new(Figure)
    _set(new, "__dict__", fields)
    return new


@lru_cache(maxsize=None)
def _plain(cls: type) -> bool:
    """A record whose ``__init__`` only stores its fields in its ``__dict__``."""
    return not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")


@lru_cache(maxsize=None)
def _slot_fields(cls: type) -> frozenset[str] | None:
    """The fields of a slots record whose ``__init__`` only stores them
    (every slot a field), else None."""
    if (not dataclasses.is_dataclass(cls) or "__slots__" not in vars(cls)
            or hasattr(cls, "__post_init__")):
        return None
    names = frozenset(f.name for f in dataclasses.fields(cls))
    return names if names == frozenset(vars(cls)["__slots__"]) else None


@lru_cache(maxsize=None)
def _init_values(cls: type) -> Callable[[Any], tuple] | None:
    """For a mutable slots record (``_slot_fields``) whose ``__init__`` takes
    its fields, every one, in their order: what reads a record's values in
    that order (one ``attrgetter`` call); else None."""
    if _slot_fields(cls) is None or cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        return None
    names = tuple(f.name for f in dataclasses.fields(cls))
    code = cls.__init__.__code__  # type: ignore[misc]  # a dataclass's generated __init__
    if len(names) < 2 or code.co_varnames[1:code.co_argcount] != names or code.co_kwonlyargcount:
        return None
    return operator.attrgetter(*names)


@lru_cache(maxsize=None)
def metric_group(metric: str) -> str | None:
    for entry in lexicon().values():
        if entry.kind == "metric" and entry.id == metric:
            return entry.group
    return None


@mypyc_attr(native_class=False)  # rebuilt as a Python class (link.makers)
@dataclass(slots=True)
class Statement:
    """What the figures of a chain are about."""

    fund: FundRef | None = None
    account: str | None = None
    metric: str | None = None
    metric_name: str | None = None
    year: int | None = None
    basis: Basis = "actual"
    last_kind: str | None = None  # kind of the chain's last figure
    rate_kind: Measure | None = None  # a rate cue seen earlier in the chain
    anchor: int | None = None  # start of the level figure that opened it


@mypyc_attr(native_class=False)  # rebuilt as a Python class (link.makers)
@dataclass(slots=True)
class Evidence:
    """How the linker reached a draft's slots: the features its confidence is
    scored from (``link.confidence_model``)."""

    # where the fund came from: clause / sentence (named before the figure),
    # family (a family word read in its context), topic (an earlier sentence),
    # section (heading path or report), table, none
    fund_source: str = "section"
    # how the metric was found: named, chain (continues a statement), list_head,
    # group_total, cues_only, unnamed, new_fund_rate, distributed, table, selfeval
    metric_source: str = "named"
    fund_candidates: int = 0  # distinct funds named in the sentence
    fund_distance: int = -1  # characters from the fund word to the figure (-1: none)


@mypyc_attr(native_class=False)  # rebuilt as a Python class (link.makers)
@dataclass(slots=True)
class Draft:
    """A linked figure, offsets still in normalised text."""

    figure: Figure  # absolute normalised offsets
    fund: FundRef
    account: str | None
    metric: str
    metric_name: str | None
    year: int | None
    basis: Basis
    measure: Measure
    value: Decimal
    sentence: Sentence
    section: tuple[str, ...]
    confidence: float
    part_of: int | None = None  # start of the total this level is an item of
    part_list: int | None = None  # start of the list (one total may have several)
    evidence: Evidence = field(default_factory=Evidence)
    period: str | None = None  # the period its sentence or paragraph names
    period_scope: str | None = None  # current / cumulative, where a column says


# the records built per figure, made without a class call's keyword dict (``makers``)
make_statement = maker(Statement)
make_evidence = maker(Evidence)
make_draft = maker(Draft)


@dataclass
class ParagraphState:
    """Context carried from sentence to sentence inside a paragraph."""

    fallback_fund: FundRef | None
    report_year: int | None
    topic: FundRef | None = None
    chain: Statement = field(default_factory=Statement)
    budget_topic: bool = False
    # the basis of plain figures here: the report genre's, else the heading's
    default_basis: Basis = "actual"
    period: str | None = None  # the period a sentence of the paragraph named
    # the sentences whose topic update waits for the next sentence with
    # figures to link (``statements.link_sentence``)
    pending: list[Tagged] = field(default_factory=list)
    # the section's (fallback fund, report year, default basis), when they are
    # still to be read: set by the first sentence with figures to link
    opening: Callable[[], tuple[FundRef | None, int | None, Basis]] | None = field(
        default=None, compare=False, repr=False)

    @property
    def budget_section(self) -> bool:
        return self.default_basis == "budget"


def measure_of(fig: Figure, window: str, rate: int, changes: tuple[int, int], text: str,
               end: int, chain: Statement) -> Measure | None:
    """level / yoy_change / yoy_rate / budget_rate, or None (not a fact).

    ``window`` is the figure's statement in its clause up to it (after a
    ：, see ``statement_start``), ``rate`` the end of the last completion-rate
    cue in it, ``changes`` those of the last up and of the last down cue
    (``change_ends``), ``text[:end]`` the sentence up to it (a comparison with
    the budget set earlier in the sentence makes a change a budget gap,
    which has no measure).
    """
    change = max(changes)
    if fig.kind == "percent":
        if cues.has("threshold", window[-6:]):
            return None
        if rate >= 0 and rate > change:
            return "budget_rate"
        if change >= 0:
            return None if _budget_gap(text[:end]) else "yoy_rate"
        m = cues.cue("actual_value").search(window)
        if m is None or cues.has("own_rate_word", window[:m.start()]):
            return None  # a clause naming a rate of its own is another indicator
        return chain.rate_kind
    if change >= 0 and change > rate:
        return None if _budget_gap(text[:end]) else "yoy_change"
    return "level"


def statement_start(window: str) -> int:
    """Where the statement of clause ``window`` starts: after its last ：
    ("收入增加主要来自：X收入…": a new statement)."""
    return window.rfind("：") + 1


CHANGE_CUES = ("up", "down")
NO_CHANGE = (-1, -1)


def change_ends(window: str) -> tuple[int, int]:
    """Ends of the last up and of the last down cue in ``window`` (-1: none)."""
    if not cues.may_match_any(CHANGE_CUES, window, 0, len(window)):
        return NO_CHANGE  # most windows hold neither (one class search for both)
    return cues.end_of_last_rare("up", window), cues.end_of_last_rare("down", window)


def _budget_gap(prefix: str) -> bool:
    """The sentence compared with the budget last, not with last year."""
    gap = cues.end_of_last_rare("budget_gap", prefix)
    return gap >= 0 and gap > cues.end_of_last("yoy", prefix)  # no gap: nothing to compare


def signed(fig: Figure, window: str, measure: str,
           changes: tuple[int, int] | None = None) -> Decimal:
    """The figure's value, negative for a fall or a deficit; ``changes`` are
    ``change_ends(window)`` when known."""
    value = fig.value
    assert value is not None  # money and percent figures have values
    if measure in ("yoy_change", "yoy_rate") and value > 0:
        up, down = change_ends(window) if changes is None else changes
        if down > up:
            value = value.copy_negate()  # exact: unary minus rounds to 28 digits
    elif measure == "level" and value > 0 and cues.has("deficit", window):
        value = value.copy_negate()  # "当年收支缺口484万元": a balance of −484
    return value
