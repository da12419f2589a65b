from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkkracht.core.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Maak een reservekopie van de hele database (ook de ingelezen bestanden): SQLite met "
        "de online backup, PostgreSQL met pg_dump. Terugzetten: manage.py restore BESTAND."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", required=True, help="het bestand voor de kopie")

    def handle(self, *args: Any, **options: Any) -> None:
        out = Path(options["out"])
        if out.exists():
            raise CommandError(f"{out} bestaat al. Kies een nieuwe naam.")
        try:
            backup(out)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Reservekopie geschreven: {out} ({out.stat().st_size:,} bytes).")
