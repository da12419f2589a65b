"""The business case calculator at its largest: 40 lines (20 costs, 20 effects, every number a
range) over 10 years, with 10,000 Monte Carlo draws.

Prints the median time of five runs and the peak memory (tracemalloc, which sees NumPy's
arrays) of the exact outcome, the tornado, and the draws. Two baselines are measured in the
same run: 1,000 draws (how the work grows with the draws) and the same draws taken one at a
time through the same evaluator (what doing it all at once with NumPy gains).

    .venv/bin/python bench/businesscase.py
"""

import os
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
os.environ.setdefault("HTTPS", "0")

import django

django.setup()

import numpy as np  # noqa: E402

from wijkkracht.businesscase.calculation.case import Case, estimates  # noqa: E402
from wijkkracht.businesscase.calculation.exact import outcome  # noqa: E402
from wijkkracht.businesscase.calculation.reading import case_read  # noqa: E402
from wijkkracht.businesscase.calculation.simulation import (  # noqa: E402
    evaluate,
    sensitivity,
    simulate,
)

HORIZON = 10
STAKEHOLDERS = ["gemeente", "zorgverzekeraar", "zorgkantoor", "bewoners", "cooperatie"]
ONE_AT_A_TIME = 200  # draws of the slow baseline; its time is scaled to 10,000


def _range(rng: random.Random, mode: float, spread: float = 0.3) -> dict[str, str]:
    return {
        "low": f"{mode * (1 - spread * rng.random()):.2f}",
        "mode": f"{mode:.2f}",
        "high": f"{mode * (1 + spread * rng.random()):.2f}",
    }


def _share(rng: random.Random) -> dict[str, str]:
    mode = rng.choice([0.1, 0.25, 0.5])
    return {"low": f"{mode / 2:.3f}", "mode": f"{mode:.3f}", "high": f"{min(mode * 1.5, 1):.3f}"}


def big_case() -> Case:
    rng = random.Random(40)
    costs = [
        {
            "label": f"kosten {n}",
            "stakeholder": rng.choice(STAKEHOLDERS),
            "amounts": {
                "0": _range(rng, rng.uniform(1_000, 10_000)),
                **{str(y): _range(rng, rng.uniform(2_000, 50_000)) for y in range(1, HORIZON + 1)},
            },
        }
        for n in range(20)
    ]
    effects = [
        {
            "label": f"effect {n}",
            "stakeholder": rng.choice(STAKEHOLDERS),
            "quantity": _range(rng, rng.uniform(10, 1_000)),
            "unit_value": _range(rng, rng.uniform(20, 700)),
            "deadweight": _share(rng),
            "displacement": _share(rng),
            "attribution": _share(rng),
            "drop_off": _share(rng),
            "first_year": rng.randint(0, 2),
            "duration_years": rng.randint(3, HORIZON),
        }
        for n in range(20)
    ]
    data = {
        "discount_rate": {"low": "0.015", "mode": "0.0225", "high": "0.03"},
        "horizon_years": HORIZON,
        "stakeholders": STAKEHOLDERS,
        "costs": costs,
        "effects": effects,
    }
    return case_read(data)


def measure(work: Callable[[], Any], runs: int = 5) -> tuple[float, float]:
    """Median seconds of ``runs`` runs, and the peak memory of one run in MB."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak / 1e6


def one_at_a_time(case: Case, draws: int) -> None:
    """The same draws, one evaluation per draw: the baseline the vectorised run is set against."""
    rng = np.random.default_rng(1)
    uncertain = [(key, e) for key, e in estimates(case) if e.uncertain]
    for _ in range(draws):
        samples = {
            key: rng.triangular(float(e.at("low")), float(e.mode), float(e.at("high")), 1)
            for key, e in uncertain
        }
        evaluate(case, samples, 1).npv()


def main() -> None:
    case = big_case()
    ranges = sum(1 for _key, e in estimates(case) if e.uncertain)
    print(f"Case: {len(case.costs)} cost lines, {len(case.effects)} effect lines, ", end="")
    print(f"{HORIZON} years, {ranges} ranges (triangular)")
    rows = [
        ("exact outcome (fractions)", lambda: outcome(case)),
        ("tornado (one-way sensitivity)", lambda: sensitivity(case)),
        ("Monte Carlo, 1,000 draws", lambda: simulate(case, draws=1_000)),
        ("Monte Carlo, 10,000 draws", lambda: simulate(case, draws=10_000)),
    ]
    found = {}
    for label, work in rows:
        seconds, peak = measure(work)
        found[label] = seconds
        print(f"{label:34} {seconds * 1000:9.1f} ms   peak {peak:8.2f} MB")
    slow, _ = measure(lambda: one_at_a_time(case, ONE_AT_A_TIME), runs=1)
    per_draw = slow / ONE_AT_A_TIME
    print(f"{'one draw at a time (per draw)':34} {per_draw * 1000:9.3f} ms")
    ten = found["Monte Carlo, 10,000 draws"]
    print(f"10,000 / 1,000 draws: x{ten / found['Monte Carlo, 1,000 draws']:.1f}")
    print(f"10,000 draws one at a time would take {per_draw * 10_000:.1f} s: ", end="")
    print(f"x{per_draw * 10_000 / ten:.0f} the vectorised time")
    everything = found["exact outcome (fractions)"] + found["tornado (one-way sensitivity)"] + ten
    print(f"The report's calculation in all: {everything * 1000:.0f} ms")


if __name__ == "__main__":
    main()
