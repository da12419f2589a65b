"""Disclosure control, proved rather than hoped: a table of counts with all its margins is
published only after every count from 1 to 9 is hidden and enough other cells are hidden too
that no hidden cell can be worked out from what is published.

A table is cells keyed by tuples (a 2-D table: (row, column); 3-D: (a, b, c)). Its margins are
the sums over every subset of the axes (row totals, column totals, the grand total, and in 3-D
the two-way margins as well); they are cells too, keyed with ``TOTAL`` in the summed axes. Each
published margin is an equation over the hidden cells it covers. A hidden cell can be worked out
exactly when its unit vector lies in the row space of those equations (over the rationals:
``Fraction``, no rounding); with the equations in reduced row echelon form that is when one of
the rows *is* that unit vector.

Suppression: hide counts 1-9 (primary), then, while a hidden cell is recoverable, hide the
smallest published inner cell that shares an equation with it, a margin only when no inner
cell is left (complementary). Zeros stay published:
a 0 tells nothing about a person. This is the standard approach (cell suppression with a
linear audit); interval (LP) attacks are out of scope, as the specification says.

Periods: only a calendar month, quarter or year is published, and a new release that differs
from an earlier one of the same table in a nested period by 1-9 in some cell is refused (the
"January to June 25, January to May 21" difference).
"""

import datetime
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

TOTAL = "*"
SMALL = range(1, 10)

Key = tuple[str, ...]
Equations = list[tuple[Key, list[Key]]]  # each margin with the inner cells it sums


def with_margins(cells: Mapping[Key, int]) -> dict[Key, int]:
    """The cells and every margin: for each subset of axes summed, the totals."""
    if not cells:
        return {}
    dims = len(next(iter(cells)))
    table: dict[Key, int] = dict(cells)
    for summed in range(1, dims + 1):
        for axes in itertools.combinations(range(dims), summed):
            for key, value in cells.items():
                margin = tuple(TOTAL if axis in axes else part for axis, part in enumerate(key))
                table[margin] = table.get(margin, 0) + value
    return table


def _covers(margin: Key, cell: Key) -> bool:
    return all(m in (TOTAL, c) for m, c in zip(margin, cell, strict=True))


def _equations(table: Mapping[Key, int]) -> Equations:
    """Each margin with the inner cells (no TOTAL) it sums."""
    inner = [key for key in table if TOTAL not in key]
    margins = [key for key in table if TOTAL in key]
    return [(margin, [cell for cell in inner if _covers(margin, cell)]) for margin in margins]


def _system(equations: Equations, hidden: set[Key]) -> tuple[list[Key], list[list[Fraction]]]:
    """The published equations over the hidden cells, inner and margins alike.

    Unknowns are the hidden inner cells and the hidden margins; each margin gives
    margin - Σ inner cells = 0, with the published ones moved to the right-hand side (which
    does not matter for whether a cell is determined, so only the coefficients are kept)."""
    unknowns = sorted(hidden, key=repr)
    index = {key: n for n, key in enumerate(unknowns)}
    rows = []
    for margin, cells in equations:
        row = [Fraction(0)] * len(unknowns)
        if margin in index:
            row[index[margin]] += 1
        for cell in cells:
            if cell in index:
                row[index[cell]] -= 1
        if any(row):
            rows.append(row)
    return unknowns, rows


def _rref(rows: list[list[Fraction]]) -> list[list[Fraction]]:
    rows = [row[:] for row in rows]
    if not rows:
        return rows
    width, pivot_row = len(rows[0]), 0
    for column in range(width):
        found = next((r for r in range(pivot_row, len(rows)) if rows[r][column]), None)
        if found is None:
            continue
        rows[pivot_row], rows[found] = rows[found], rows[pivot_row]
        pivot = rows[pivot_row][column]
        rows[pivot_row] = [value / pivot for value in rows[pivot_row]]
        for r in range(len(rows)):
            if r != pivot_row and rows[r][column]:
                factor = rows[r][column]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[pivot_row], strict=True)]
        pivot_row += 1
        if pivot_row == len(rows):
            break
    return rows[:pivot_row]


def recoverable(table: Mapping[Key, int], hidden: Iterable[Key]) -> set[Key]:
    """The hidden cells (inner or margin) the published margins determine exactly."""
    return _recoverable(_equations(table), set(hidden))


def _recoverable(equations: Equations, hidden: set[Key]) -> set[Key]:
    unknowns, rows = _system(equations, hidden)
    found = set()
    for row in _rref(rows):
        nonzero = [n for n, value in enumerate(row) if value]
        if len(nonzero) == 1:
            found.add(unknowns[nonzero[0]])
    return found


def _partners(equations: Equations, cell: Key) -> list[Key]:
    """The cells that share an equation with ``cell``: the other cells under its margins,
    and the margins themselves."""
    partners: set[Key] = set()
    for margin, cells in equations:
        group = [margin, *cells]
        if cell in group:
            partners.update(group)
    partners.discard(cell)
    return sorted(partners, key=repr)


def suppress(table: Mapping[Key, int]) -> set[Key]:
    """The cells to hide: every 1-9, and complements until none of them can be worked out."""
    equations = _equations(table)
    hidden = {key for key, value in table.items() if value in SMALL}
    while True:
        exposed = _recoverable(equations, hidden)
        if not exposed:
            return hidden
        for cell in sorted(exposed, key=repr):  # a complement for each, then audit again
            partners = [key for key in _partners(equations, cell) if key not in hidden]
            if not partners:
                return hidden | set(table)
            # An inner cell before a margin (totals stay published where they can), a zero
            # last, then the smallest: the least information lost.
            hidden.add(
                min(
                    partners,
                    key=lambda key: (TOTAL in key, table[key] == 0, table[key], repr(key)),
                )
            )


@dataclass(frozen=True)
class Published:
    """A table as it may leave the collective: None where a cell is hidden."""

    cells: dict[Key, int | None]


def publish(cells: Mapping[Key, int]) -> Published:
    table = with_margins(cells)
    hidden = suppress(table)
    return Published({key: None if key in hidden else value for key, value in table.items()})


PERIODS = {1: "month", 3: "quarter", 12: "year"}  # length in months


class PeriodRefusedError(ValueError):
    pass


def fixed_period(start: datetime.date, end: datetime.date) -> str:
    """'month', 'quarter' or 'year' for a calendar period; PeriodRefusedError otherwise."""
    if start.day != 1:
        raise PeriodRefusedError("een periode begint op de eerste van een maand")
    following = end + datetime.timedelta(days=1)
    months = (following.year - start.year) * 12 + following.month - start.month
    kind = PERIODS.get(months)
    if following.day != 1 or kind is None:
        raise PeriodRefusedError("alleen een kalendermaand, een kwartaal of een jaar")
    if (start.month - 1) % months:
        raise PeriodRefusedError(
            "een kwartaal begint in januari, april, juli of oktober en een jaar op 1 januari"
        )
    return kind


def differencing(
    new: Mapping[Key, int | None], earlier: Sequence[Mapping[Key, int | None]]
) -> list[Key]:
    """Cells where the new release and an earlier one of a nested period, both published,
    differ by 1-9: subtracting them would reveal a few people."""
    found = []
    for key, value in new.items():
        for release in earlier:
            other = release.get(key)
            if value is not None and other is not None and abs(value - other) in SMALL:
                found.append(key)
                break
    return found
