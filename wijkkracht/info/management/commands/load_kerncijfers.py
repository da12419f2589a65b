"""Load CBS neighbourhood figures: a newer Kerncijfers wijken en buurten file, or the shipped ones.

    manage.py load_kerncijfers                      # the files in wijkkracht/info/data/cbs
    manage.py load_kerncijfers kwb-2025.xlsx        # the year from the file name
    manage.py load_kerncijfers kerncijfers.csv --year 2025

A file with one wrong row loads nothing; every wrong row is named.
"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkkracht.info.services.facts import (
    facts_load,
    facts_plan,
    shipped_facts_load,
    year_from_name,
)


class Command(BaseCommand):
    help = "Laad CBS-kerncijfers van wijken en buurten (xlsx of csv)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", help="Een kwb-bestand; zonder: de meegeleverde.")
        parser.add_argument("--year", type=int, help="Het jaar van de cijfers.")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["file"]:
            count = shipped_facts_load()
            self.stdout.write(f"{count} cijfers geladen uit de meegeleverde CBS-bestanden.")
            return
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Bestand niet gevonden: {path}")
        year = options["year"] or year_from_name(path.name)
        if year is None:
            raise CommandError("Het jaar staat niet in de bestandsnaam. Geef het met --year.")
        plan = facts_plan(content=path.read_bytes(), filename=path.name, year=year)
        if plan.errors:
            raise CommandError("Niets geladen:\n" + "\n".join(plan.errors))
        count = facts_load(plan)
        self.stdout.write(f"{count} cijfers over {year} geladen uit {path.name}.")
