from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone
from django_scopes import scope

from wijkkracht.care.services.tasks import tasks_escalate
from wijkkracht.core.models import Collective


class Command(BaseCommand):
    help = (
        "Geef taken van zorgcirkels die 48 uur van tevoren nog niemand heeft aan het 1-loket: "
        "één hulpvraag per taak, ook als dit twee keer of op twee plekken tegelijk draait."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        now = timezone.now()
        for collective in Collective.objects.order_by("slug"):
            with scope(collective=collective):
                done = tasks_escalate(collective=collective, now=now)
            if done.handed or done.skipped:
                self.stdout.write(
                    f"{collective.slug}: {done.handed} taken naar het 1-loket"
                    f" ({done.skipped} had een andere ronde al)."
                )
