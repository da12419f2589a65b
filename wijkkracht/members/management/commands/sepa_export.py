from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkkracht.core.management.collective import (
    add_collective_argument,
    collective_scope,
    date_argument,
    messages_of,
    year_argument,
)
from wijkkracht.members.services.sepa import debit_run_create


class Command(BaseCommand):
    help = (
        "Maak het incassobestand (SEPA pain.008.001.02) voor de open contributies van een jaar "
        "met een machtiging."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        add_collective_argument(parser)
        parser.add_argument("--year", required=True, type=year_argument, metavar="YYYY")
        parser.add_argument(
            "--collection-date", required=True, type=date_argument, metavar="YYYY-MM-DD"
        )
        parser.add_argument("--out", required=True, metavar="FILE")

    def handle(self, *args: Any, **options: Any) -> None:
        out = Path(options["out"])
        if not out.parent.is_dir():
            raise CommandError(f"De map '{out.parent}' bestaat niet.")
        if out.exists():
            raise CommandError(f"'{out}' bestaat al. Kies een nieuwe naam.")
        with collective_scope(options["collective"]) as collective:
            try:
                run = debit_run_create(
                    actor=None,
                    collective=collective,
                    year=options["year"],
                    collection_date=options["collection_date"],
                )
            except ValidationError as error:
                raise CommandError(messages_of(error)) from None
        out.write_text(run.xml, encoding="utf-8")
        self.stdout.write(
            f"{run.count} incasso's, samen € {run.total:.2f}, op {run.collection_date:%d-%m-%Y}. "
            f"Bestand: {out}"
        )
