"""Score a file of answers on one instrument and print scores and aggregates as JSON (README)."""

import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wijkkracht.core.spreadsheet import SpreadsheetError, rows_read
from wijkkracht.impact.aggregate import aggregate
from wijkkracht.impact.instruments import instrument_choices, instrument_get
from wijkkracht.impact.sheet import AnswerSheetError, answers_score


def _number(value: float | None) -> int | float | None:
    return int(value) if value is not None and value.is_integer() else value


class Command(BaseCommand):
    help = (
        "Berekent de scores van een bestand met antwoorden (één rij per persoon, kolommen "
        "q1 … qN) en drukt ze af als JSON."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--instrument", required=True, choices=[i.key for i in instrument_choices()]
        )
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        instrument = instrument_get(options["instrument"])
        path: Path = options["file"]
        try:
            _header, rows = rows_read(path.read_bytes(), path.name)
            scored = answers_score(instrument, rows)
        except OSError as error:
            raise CommandError(_("Het bestand is niet te lezen: %s") % error.strerror) from error
        except SpreadsheetError as error:
            raise CommandError(str(error)) from error
        except AnswerSheetError as error:
            raise CommandError("\n".join(error.errors)) from error
        result = {
            "instrument": instrument.key,
            "respondents": [
                {"row": number, "score": _number(result.score), "category": result.category}
                for number, result in scored
            ],
            "aggregate": aggregate(instrument, [result for _number, result in scored]),
        }
        self.stdout.write(json.dumps(result, ensure_ascii=False))
