"""Compute a contract's payment rules and split from a JSON file; print the amounts as JSON.

The input and output are a contract other tools rely on (schema: README, "contract_compute").
"""

import json
from argparse import ArgumentParser
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from wijkkracht.contracts.reading import contract_read
from wijkkracht.contracts.rules import rule_amount, split
from wijkkracht.core.reading import InputInvalid, json_file_read


def _money(amount: Decimal) -> str:
    return f"{amount:.2f}"


class Command(BaseCommand):
    help = "Berekent de betalingen van een wijkcontract uit een JSON-bestand (uitvoer: JSON)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            rules, parts = contract_read(json_file_read(path))
        except InputInvalid as error:  # the file, or a field of the contract
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
