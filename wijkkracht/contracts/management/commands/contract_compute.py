"""Compute a contract's payment rules and split from a JSON file; print the amounts as JSON.

The input and output are a contract other tools rely on (schema: README, "contract_compute").
"""

import json
from argparse import ArgumentParser
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wijkkracht.contracts.reading import contract_read
from wijkkracht.contracts.rules import rule_amount, split
from wijkkracht.core.reading import InputInvalid


def _money(amount: Decimal) -> str:
    return f"{amount:.2f}"


class Command(BaseCommand):
    help = "Berekent de betalingen van een wijkcontract uit een JSON-bestand (uitvoer: JSON)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise CommandError(_("Het bestand is niet te lezen: %s") % error.strerror) from error
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(_("Dit is geen JSON: %s") % error) from error
        try:
            rules, parts = contract_read(data)
        except InputInvalid as error:
            raise CommandError("\n".join(error.errors)) from error
        amounts = [rule_amount(rule) for rule in rules]
        total = sum((found.amount for found in amounts), Decimal("0.00"))
        result = {
            "rules": [
                {"id": found.id, "amount": _money(found.amount), "below_ten": found.below_ten}
                for found in amounts
            ],
            "total": _money(total),
            "split": [
                {"to": name, "amount": _money(amount)} for name, amount in split(total, parts)
            ],
        }
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
