from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from django_scopes import scope

from wijkkracht.core.models import Collective
from wijkkracht.core.services.privacy import person_erase
from wijkkracht.members.services.privacy import financial_records_expire, former_members_due


class Command(BaseCommand):
    help = (
        "Wis de persoonsgegevens van oud-leden na MEMBER_RETENTION_YEARS jaar en de boekhouding "
        "na 7 jaar. Draai dit elke nacht (cron)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="alleen tellen")

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        for collective in Collective.objects.order_by("slug"):
            with scope(collective=collective):
                due = former_members_due(today=today)
                if not options["dry_run"]:
                    for person in due:
                        person_erase(actor=None, person=person)
                    expired = financial_records_expire(today=today)
                else:
                    expired = 0
            self.stdout.write(
                f"{collective.slug}: {len(due)} oud-leden gewist, "
                f"{expired} oude contributies verwijderd."
            )
