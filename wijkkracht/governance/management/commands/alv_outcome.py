import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

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
            data = json.loads(Path(options["file"]).read_text(encoding="utf-8"))
        except OSError as error:
            raise CommandError(f"Het bestand kan niet gelezen worden: {error}") from None
        except json.JSONDecodeError as error:
            raise CommandError(f"Geen geldige JSON: regel {error.lineno}: {error.msg}") from None
        try:
            result = compute(data)
        except OutcomeFileError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(json.dumps(result))
