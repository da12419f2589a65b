"""Disclosure control: after suppression no hidden cell of a random 2-D or 3-D table with all
its margins can be worked out from what is published (checked exactly over the rationals);
the "one hidden in a column" case gets a complement; only calendar months, quarters and years
are published, and a release that differs from a nested earlier one by 1-9 is caught."""

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkkracht.core.disclosure import (
    TOTAL,
    PeriodRefusedError,
    fixed_period,
    publish,
    recoverable,
    recoverable_by_elimination,
    suppress,
    with_margins,
)
from wijkkracht.core.releases import differing, released

COUNT = st.one_of(st.just(0), st.integers(1, 9), st.integers(10, 80))


def _table(shape: tuple[int, ...], values: list[int]) -> dict[tuple[str, ...], int]:
    keys = [()]
    for size in shape:
        keys = [(*key, f"v{n}") for key in keys for n in range(size)]
    return dict(zip(keys, values, strict=True))


@st.composite
def tables(draw: st.DrawFn, dims: int) -> dict[tuple[str, ...], int]:
    shape = tuple(draw(st.integers(2, 4 if dims == 2 else 3)) for _ in range(dims))
    size = 1
    for part in shape:
        size *= part
    return _table(shape, draw(st.lists(COUNT, min_size=size, max_size=size)))


@settings(max_examples=60, deadline=None)
@given(tables(2))
def test_no_hidden_cell_of_a_2d_table_can_be_worked_out(cells: dict) -> None:
    table = with_margins(cells)
    hidden = suppress(table)
    assert {key for key, value in table.items() if 1 <= value <= 9} <= hidden
    assert recoverable(table, hidden) == set()


@settings(max_examples=30, deadline=None)
@given(tables(3))
def test_no_hidden_cell_of_a_3d_table_can_be_worked_out(cells: dict) -> None:
    table = with_margins(cells)
    hidden = suppress(table)
    assert {key for key, value in table.items() if 1 <= value <= 9} <= hidden
    assert recoverable(table, hidden) == set()


def test_one_hidden_in_a_column_is_caught_and_given_a_complement() -> None:
    cells = {("a", "x"): 5, ("a", "y"): 20, ("b", "x"): 30, ("b", "y"): 40}
    table = with_margins(cells)
    # Hiding only the 5 is not enough: the column total 35 minus 30 gives it away.
    assert recoverable(table, {("a", "x")}) == {("a", "x")}
    hidden = suppress(table)
    assert ("a", "x") in hidden and len(hidden) >= 4  # a rectangle: 4 cells at least
    published = publish(cells).cells
    assert published[("a", "x")] is None and published[(TOTAL, TOTAL)] == 95


def test_a_total_that_is_small_is_hidden_and_so_is_what_would_give_it_away() -> None:
    cells = {("a", "x"): 3, ("a", "y"): 0, ("b", "x"): 12, ("b", "y"): 15}
    published = publish(cells).cells
    assert published[("a", TOTAL)] is None and published[("a", "x")] is None
    table = with_margins(cells)
    assert recoverable(table, {k for k, v in published.items() if v is None}) == set()


def test_only_calendar_months_quarters_and_years() -> None:
    d = datetime.date
    assert fixed_period(d(2026, 6, 1), d(2026, 6, 30)) == "month"
    assert fixed_period(d(2026, 4, 1), d(2026, 6, 30)) == "quarter"
    assert fixed_period(d(2026, 1, 1), d(2026, 12, 31)) == "year"
    for start, end in [
        (d(2026, 1, 1), d(2026, 5, 31)),  # January to May
        (d(2026, 2, 1), d(2026, 4, 30)),  # not a quarter
        (d(2026, 6, 2), d(2026, 6, 30)),
    ]:
        with pytest.raises(PeriodRefusedError):
            fixed_period(start, end)


@pytest.mark.django_db
def test_the_difference_between_two_releases_is_caught() -> None:
    # January to June: 25 shown; asked later: 21 — the 4 in between would be revealed.
    released("2026", [(("help_done", "c1"), 25)])
    assert differing("2026", {("help_done", "c1"): 21}) == {("help_done", "c1")}
    assert differing("2026", {("help_done", "c1"): 35}) == set()  # 10 apart
    assert differing("2025", {("help_done", "c1"): 21}) == set()  # another year
    assert differing("2026", {("volunteers", "c1"): 21}) == set()  # another column


@st.composite
def hidden_sets(draw: st.DrawFn) -> tuple[dict, set]:
    cells = draw(tables(2))
    table = with_margins(cells)
    keys = sorted(table, key=repr)
    return table, set(draw(st.lists(st.sampled_from(keys), max_size=len(keys), unique=True)))


@settings(max_examples=150, deadline=None)
@given(hidden_sets())
def test_the_graph_finds_exactly_what_elimination_finds(case: tuple[dict, set]) -> None:
    # The fast two-way audit (bridges of the graph of hidden cells) against the exact
    # elimination over the rationals, on any set of hidden cells, margins included.
    table, hidden = case
    assert recoverable(table, hidden) == recoverable_by_elimination(table, hidden)


@settings(max_examples=40, deadline=None)
@given(tables(2))
def test_two_way_suppression_passes_the_exact_audit(cells: dict) -> None:
    table = with_margins(cells)
    assert recoverable_by_elimination(table, suppress(table)) == set()


def test_a_wide_table_is_protected() -> None:
    # 40 buurten by 12 months, every fourth count small: the elimination agrees that nothing
    # hidden can be worked out.
    cells = {
        (f"b{row}", f"m{month}"): (row * 7 + month * 3) % 9 + 1 if (row + month) % 4 == 0 else 20
        for row in range(40)
        for month in range(12)
    }
    table = with_margins(cells)
    hidden = suppress(table)
    assert {k for k, v in table.items() if 1 <= v <= 9} <= hidden
    assert recoverable_by_elimination(table, hidden) == set()
