from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkkracht.core.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Zet een reservekopie van manage.py backup terug in de ingestelde database. Een "
        "database met gegevens wordt alleen overschreven met --force."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="de reservekopie")
        parser.add_argument("--force", action="store_true", help="overschrijf wat er staat")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            restore(Path(options["file"]), force=options["force"])
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write("De reservekopie is teruggezet.")
