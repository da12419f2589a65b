from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone
from django_scopes import scope

from wijkkracht.activities.services.daily import horizon_extend, reminders_send
from wijkkracht.core.models import Collective


class Command(BaseCommand):
    help = (
        "Stuur de herinneringen voor de activiteiten van morgen en zet herhalende activiteiten "
        "een jaar vooruit in de agenda. Draai dit elke ochtend (cron)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        for collective in Collective.objects.order_by("slug"):
            with scope(collective=collective):
                reminded = reminders_send(collective_id=collective.pk, today=today)
                extended = horizon_extend()
            self.stdout.write(
                f"{collective.slug}: {reminded} herinneringen, {extended} herhalende activiteiten."
            )
