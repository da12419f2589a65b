"""Count a Pabulib `.pb` file with one of the rules and print the outcome as JSON (README)."""

import json
from argparse import ArgumentParser
from fractions import Fraction
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wijkkracht.participation.voting.pabulib import PbInvalid, pb_read
from wijkkracht.participation.voting.rules import DEFAULT_RULE, RULES, count


def _number(value: Fraction) -> int | float:
    return value.numerator if value.denominator == 1 else float(value)


class Command(BaseCommand):
    help = "Telt een stemming uit een Pabulib-bestand (.pb) en drukt de uitkomst af als JSON."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--rule", choices=sorted(RULES), default=DEFAULT_RULE)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as error:
            raise CommandError(_("Het bestand is niet te lezen: %s") % error.strerror) from error
        except UnicodeDecodeError as error:
            raise CommandError(_("Dit is geen tekstbestand in UTF-8: %s") % error) from error
        try:
            election = pb_read(text)
        except PbInvalid as error:
            raise CommandError("\n".join(error.errors)) from error
        found = count(election, options["rule"])
        result = {
            "rule": found.rule,
            "budget": _number(found.budget),
            "selected": found.selected,
            "cost": _number(found.cost),
        }
        self.stdout.write(json.dumps(result, ensure_ascii=False))
