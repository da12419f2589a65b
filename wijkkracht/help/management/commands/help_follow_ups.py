from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone
from django_scopes import scope

from wijkkracht.core.models import Collective
from wijkkracht.help.selectors import follow_ups_due
from wijkkracht.help.tasks import follow_ups_remind


class Command(BaseCommand):
    help = (
        "Mail de coördinatoren van elk collectief hoeveel bewoners ze vandaag moeten nabellen. "
        "Draai dit elke ochtend (cron)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        for collective in Collective.objects.order_by("slug"):
            with scope(collective=collective):
                count = follow_ups_due(today)
            if count:
                follow_ups_remind.enqueue(collective_id=collective.pk, count=count)
            self.stdout.write(f"{collective.slug}: {count} keer nabellen.")
