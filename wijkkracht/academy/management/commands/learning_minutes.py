import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkkracht.academy.course_file import CourseFileError, compute
from wijkkracht.core.reading import InputInvalid, json_file_read


class Command(BaseCommand):
    help = (
        "Reken de netto leerminuten en punten van een cursus uit volgens de regels van een "
        "register, en per persoon de minuten aanwezig en of de drempel gehaald is."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="JSON: register, sessions (blocks, present_minutes)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = compute(json_file_read(Path(options["file"])))
        except InputInvalid as error:  # the file cannot be read or is no JSON
            raise CommandError("\n".join(error.errors)) from None
        except CourseFileError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(json.dumps(result, ensure_ascii=False))
