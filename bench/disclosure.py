"""Disclosure control on the federation's largest table: 500 collectives by 12 months with all
margins, counts drawn so that about a fifth are 1-9.

Prints, for growing row counts: how many cells are hidden first (1-9) and as complements, the
time to suppress and to audit with the two-way graph, and, as the baseline in the same run, the
time the exact elimination over the rationals takes to audit the same result (up to 100 rows:
beyond that it takes minutes). The ratio is elimination / graph.

    .venv/bin/python bench/disclosure.py [--rows 500] [--seed 1]
"""

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wijkkracht.core.disclosure import (  # noqa: E402
    SMALL,
    recoverable,
    recoverable_by_elimination,
    suppress,
    with_margins,
)

ELIMINATION_UP_TO = 100


def table(rows: int, rng: random.Random) -> dict[tuple[str, ...], int]:
    """Help requests per collective and month: most collectives small, a few large."""
    cells = {}
    for row in range(rows):
        size = rng.choice([2, 4, 8, 15, 30, 60])
        for month in range(1, 13):
            cells[(f"collectief-{row:03d}", f"2026-{month:02d}")] = int(rng.expovariate(1 / size))
    return cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(
        f"{'rows':>5} {'cells':>6} {'1-9':>5} {'extra':>6} {'suppress s':>11} {'audit s':>8}"
        f" {'elimination s':>14} {'ratio':>7}"
    )
    for rows in sorted({25, 50, 100, args.rows}):
        full = with_margins(table(rows, rng))
        started = time.perf_counter()
        hidden = suppress(full)
        suppressed = time.perf_counter() - started
        started = time.perf_counter()
        exposed = recoverable(full, hidden)
        audited = time.perf_counter() - started
        assert not exposed
        primary = sum(1 for value in full.values() if value in SMALL)
        line = (
            f"{rows:>5} {len(full):>6} {primary:>5} {len(hidden) - primary:>6}"
            f" {suppressed:>11.3f} {audited:>8.3f}"
        )
        if rows <= ELIMINATION_UP_TO:
            started = time.perf_counter()
            assert not recoverable_by_elimination(full, hidden)
            eliminated = time.perf_counter() - started
            line += f" {eliminated:>14.3f} {eliminated / audited:>7.0f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
