from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkkracht.core.management.collective import add_collective_argument, collective_scope
from wijkkracht.members.services.importing import (
    MemberImportError,
    import_plan,
    members_import,
)


class Command(BaseCommand):
    help = (
        "Lees een ledenlijst (XLSX of CSV) in. Alles of niets: met één fout wordt er niets "
        "ingelezen. Met --dry-run wordt alleen gecontroleerd."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        add_collective_argument(parser)
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="alleen controleren")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Het bestand '{path}' bestaat niet.")
        content = path.read_bytes()
        with collective_scope(options["collective"]) as collective:
            if options["dry_run"]:
                plan = import_plan(content=content, filename=path.name)
                if not plan.ok:
                    raise CommandError(self._refusal(plan.errors))
                self.stdout.write(
                    f"Controle goed: {len(plan.members)} leden kunnen worden ingelezen. "
                    "Er is niets opgeslagen."
                )
                if plan.undated_warning:
                    self.stdout.write(plan.undated_warning)
                return
            try:
                plan = members_import(
                    actor=None, collective=collective, content=content, filename=path.name
                )
            except MemberImportError as error:
                raise CommandError(self._refusal(error.plan.errors)) from None
        self.stdout.write(f"{len(plan.members)} leden ingelezen in {collective.name}.")
        if plan.undated_warning:
            self.stdout.write(plan.undated_warning)

    def _refusal(self, errors: list[str]) -> str:
        lines = [f"Er is niets ingelezen. Het bestand heeft {len(errors)} fout(en):", *errors]
        return "\n".join(lines)
