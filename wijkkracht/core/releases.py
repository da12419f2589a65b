"""The release log: every count of people that leaves the platform is kept per column, period
and cell (a collective, or a federation's total), once per distinct value. A new release that
differs from an earlier one by 1-9 in a cell would tell, subtracted, what a few people did in
between (the "January to June 25, January to May 21" case), so that cell is hidden first and
the disclosure check adds what would give it away. Channels share the log: the federation's
page, the partner API and open data cannot be played off against each other."""

from collections import defaultdict
from collections.abc import Iterable, Mapping

from wijkkracht.core.disclosure import SMALL
from wijkkracht.core.models import ReleasedValue

Cell = tuple[str, str]  # (column, cell)


def differing(period: str, values: Mapping[Cell, int]) -> set[Cell]:
    """The cells whose value differs by 1-9 from one released before; one query."""
    earlier: dict[Cell, list[int]] = defaultdict(list)
    found = ReleasedValue.objects.filter(
        period=period,
        cell__in={cell for _column, cell in values},
        column__in={column for column, _cell in values},
    ).values_list("column", "cell", "value")
    for column, cell, value in found:
        earlier[(column, cell)].append(value)
    return {
        key
        for key, value in values.items()
        if any(abs(value - old) in SMALL for old in earlier.get(key, ()))
    }


def released(period: str, shown: Iterable[tuple[Cell, int]]) -> None:
    """Keep what was shown; a value seen before is kept once."""
    ReleasedValue.objects.bulk_create(
        [
            ReleasedValue(column=column, period=period, cell=cell, value=value)
            for (column, cell), value in shown
        ],
        ignore_conflicts=True,
    )
