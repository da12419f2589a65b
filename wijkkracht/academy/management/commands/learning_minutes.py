import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkkracht.academy.course_file import CourseFileError, compute


class Command(BaseCommand):
    help = (
        "Reken de netto leerminuten en punten van een cursus uit volgens de regels van een "
        "register, en per persoon de minuten aanwezig en of de drempel gehaald is."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="JSON: register, sessions (blocks, present_minutes)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            data = json.loads(Path(options["file"]).read_text(encoding="utf-8"))
        except OSError as error:
            raise CommandError(f"Het bestand kan niet gelezen worden: {error}") from None
        except json.JSONDecodeError as error:
            raise CommandError(f"Geen geldige JSON: regel {error.lineno}: {error.msg}") from None
        try:
            result = compute(data)
        except CourseFileError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(json.dumps(result, ensure_ascii=False))
