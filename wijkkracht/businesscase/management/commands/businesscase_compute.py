"""Compute a business case from a JSON file and print its outcome as JSON (schema: README)."""

import json
from argparse import ArgumentParser
from fractions import Fraction
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wijkkracht.businesscase.calculation.exact import Figures, cents, outcome
from wijkkracht.businesscase.calculation.reading import case_read
from wijkkracht.businesscase.calculation.simulation import DEFAULT_SEED, Spread, simulate
from wijkkracht.core.reading import InputInvalid, json_file_read


def _money(value: Fraction) -> float:
    # A float prints the cents exactly as rounded (the shortest repr of a two-decimal number).
    return float(cents(value))


def _ratio(value: Fraction | None) -> float | None:
    return None if value is None else round(float(value), 4)


def _figures(figures: Figures) -> dict[str, Any]:
    return {
        "pv_costs": _money(figures.pv_costs),
        "pv_benefits": _money(figures.pv_benefits),
        "npv": _money(figures.npv),
        "ratio": _ratio(figures.ratio),
        "net_ratio": _ratio(figures.net_ratio),
        "payback_year": figures.payback_year,
    }


def _spread(spread: Spread, digits: int = 2) -> dict[str, Any]:
    found: dict[str, Any] = {
        "p5": round(spread.p5, digits),
        "p50": round(spread.p50, digits),
        "p95": round(spread.p95, digits),
    }
    if spread.prob_positive is not None:
        found["prob_positive"] = round(spread.prob_positive, 4)
    return found


def _ratio_spread(spread: Spread | None) -> dict[str, Any] | None:
    return None if spread is None else _spread(spread, digits=4)


class Command(BaseCommand):
    help = "Berekent een businesscase uit een JSON-bestand en drukt de uitkomst af als JSON."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--draws", type=int, help=_("aantal trekkingen (Monte Carlo)"))
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            case = case_read(json_file_read(path))
        except InputInvalid as error:  # the file, or a field of the case
            raise CommandError("\n".join(error.errors)) from error
        found = outcome(case)
        result = _figures(found.total)
        result["by_stakeholder"] = {
            name: _figures(figures) for name, figures in found.by_stakeholder.items()
        }
        draws = options["draws"]
        if draws is not None:
            if draws < 1:
                raise CommandError(_("--draws: verwacht een heel getal van 1 of meer"))
            simulation = simulate(case, draws=draws, seed=options["seed"])
            result["monte_carlo"] = {
                "draws": draws,
                "seed": simulation.seed,
                **_spread(simulation.npv),
                "ratio": _ratio_spread(simulation.ratio),
                "by_stakeholder": {
                    name: _spread(spread) for name, spread in simulation.by_stakeholder.items()
                },
            }
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
