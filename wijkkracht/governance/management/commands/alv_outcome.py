import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkkracht.core.reading import InputInvalid, json_file_read
from wijkkracht.governance.outcome_file import OutcomeFileError, compute


class Command(BaseCommand):
    help = (
        "Reken uit of een ledenvergadering kon besluiten (quorum) en of een voorstel is "
        "aangenomen, met exacte breuken."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="JSON: eligible, present, represented, quorum, votes …")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = compute(json_file_read(Path(options["file"])))
        except InputInvalid as error:  # the file cannot be read or is no JSON
            raise CommandError("\n".join(error.errors)) from None
        except OutcomeFileError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(json.dumps(result))
