from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkkracht.core.management.collective import (
    add_collective_argument,
    collective_scope,
    messages_of,
    year_argument,
)
from wijkkracht.members.services.contributions import contribution_run


class Command(BaseCommand):
    help = "Bereken de contributie van een jaar voor elk huishouden. Nog een keer draaien kan."

    def add_arguments(self, parser: CommandParser) -> None:
        add_collective_argument(parser)
        parser.add_argument("--year", required=True, type=year_argument, metavar="YYYY")

    def handle(self, *args: Any, **options: Any) -> None:
        with collective_scope(options["collective"]) as collective:
            try:
                result = contribution_run(actor=None, collective=collective, year=options["year"])
            except ValidationError as error:
                raise CommandError(messages_of(error)) from None
        self.stdout.write(
            f"Contributie {result.year}: {result.households} huishoudens, "
            f"{result.members} leden, samen € {result.total:.2f}."
        )
