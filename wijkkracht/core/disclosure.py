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

Two-way tables, the common case, have a structure that makes both steps fast (a 500 by 12
table in well under a second, where elimination takes minutes). Read the table with its
margins as a bipartite graph: a node per row (the total row too) and per column (the total
column too), an edge per cell. Flipping the sign of the row and column totals makes every row
and every column of the extended table sum to zero, so the published equations are the
incidence equations of the graph of hidden cells, and a hidden cell is determined exactly
when it lies on no cycle of hidden cells: when it is a bridge of that graph.
Suppression then gives each bridge a cycle: the cheapest path between its ends over published
cells (an inner cell costs its count, a margin or a zero far more) is hidden as well. The
property tests check the graph's answer against the elimination on random tables.

Periods: only a calendar month, quarter or year is published (``fixed_period``); a new release
that differs from an earlier one by 1-9 in some cell (the "January to June 25, January to May
21" difference) is caught by the release log, ``core.releases``.
"""

import datetime
import heapq
import itertools
from collections.abc import Iterable, Mapping
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
    hidden = set(hidden)
    if _two_way(table):
        return _bridges(hidden)
    return _recoverable(_equations(table), hidden)


def recoverable_by_elimination(table: Mapping[Key, int], hidden: Iterable[Key]) -> set[Key]:
    """The same answer by elimination over the rationals, for any number of dimensions."""
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


def _two_way(table: Mapping[Key, int]) -> bool:
    return bool(table) and len(next(iter(table))) == 2  # noqa: PLR2004


Node = tuple[str, str]


def _ends(cell: Key) -> tuple[Node, Node]:
    """A cell of a two-way table as an edge: its row's node and its column's node."""
    return ("row", cell[0]), ("column", cell[1])


def _bridges(hidden: set[Key]) -> set[Key]:
    """The hidden cells on no cycle of hidden cells (Tarjan's bridges, without recursion)."""
    adjacent = _graph(hidden)
    order: dict[Node, int] = {}
    low: dict[Node, int] = {}
    found: set[Key] = set()
    for root in adjacent:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack: list[tuple[Node, Key | None, int]] = [(root, None, 0)]
        while stack:
            node, via, at = stack[-1]
            if at < len(adjacent[node]):
                stack[-1] = (node, via, at + 1)
                neighbour, cell = adjacent[node][at]
                if cell == via:
                    continue
                if neighbour in order:
                    low[node] = min(low[node], order[neighbour])
                else:
                    order[neighbour] = low[neighbour] = len(order)
                    stack.append((neighbour, cell, 0))
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[node])
                if low[node] > order[parent] and via is not None:
                    found.add(via)
    return found


def _cost(table: Mapping[Key, int], cell: Key) -> int:
    """What hiding a published cell loses: its count; a margin or a zero far more."""
    value = table[cell]
    return value + (10**9 if value == 0 else 0) + (10**6 if TOTAL in cell else 0)


def _graph(cells: Iterable[Key]) -> dict[Node, list[tuple[Node, Key]]]:
    adjacent: dict[Node, list[tuple[Node, Key]]] = {}
    for cell in cells:
        row, column = _ends(cell)
        adjacent.setdefault(row, []).append((column, cell))
        adjacent.setdefault(column, []).append((row, cell))
    return adjacent


def _cheapest_cycle(
    table: Mapping[Key, int],
    adjacent: dict[Node, list[tuple[Node, Key]]],
    hidden: set[Key],
    bridge: Key,
) -> list[Key] | None:
    """The published cells that, hidden as well, put ``bridge`` on a cycle: the cheapest path
    from its column back to its row without it, hidden cells costing nothing (Dijkstra over
    the whole table's graph, ``adjacent``). None when there is no such path."""
    start, goal = _ends(bridge)[1], _ends(bridge)[0]
    best: dict[Node, int] = {start: 0}
    came: dict[Node, tuple[Node, Key]] = {}
    queue = [(0, 0, start)]
    tie = itertools.count(1)
    while queue:
        cost, _, node = heapq.heappop(queue)
        if node == goal:
            break
        if cost > best[node]:
            continue
        for neighbour, cell in adjacent[node]:
            if cell == bridge:
                continue
            step = cost + (0 if cell in hidden else _cost(table, cell))
            if step < best.get(neighbour, step + 1):
                best[neighbour], came[neighbour] = step, (node, cell)
                heapq.heappush(queue, (step, next(tie), neighbour))
    if goal not in came:
        return None
    path, node = [], goal
    while node != start:
        node, cell = came[node]
        path.append(cell)
    return [cell for cell in path if cell not in hidden]


def _suppress_two_way(table: Mapping[Key, int], hidden: set[Key]) -> set[Key]:
    adjacent = _graph(table)
    while exposed := _bridges(hidden):
        for bridge in sorted(exposed, key=repr):
            complement = _cheapest_cycle(table, adjacent, hidden, bridge)
            if complement is None:
                return hidden | set(table)  # too small a table to hide anything in
            hidden.update(complement)
    return hidden


def suppress(table: Mapping[Key, int], primary: Iterable[Key] | None = None) -> set[Key]:
    """The cells to hide: every 1-9 (or the ``primary`` cells, when the rule is another, such
    as hours written by fewer than 10 volunteers), and complements until none of them can be
    worked out."""
    if primary is None:
        hidden = {key for key, value in table.items() if value in SMALL}
    else:
        hidden = set(primary)
    if _two_way(table):
        return _suppress_two_way(table, hidden)
    equations = _equations(table)
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


def publish(cells: Mapping[Key, int], primary: Iterable[Key] | None = None) -> Published:
    table = with_margins(cells)
    hidden = suppress(table, primary)
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
