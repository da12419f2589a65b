from typing import Any

from django.core.management.base import BaseCommand
from django_scopes import scope

from wijkkracht.care.services.strain import strain_check
from wijkkracht.core.models import Collective


class Command(BaseCommand):
    help = (
        "Zet voor de coördinator 'even bellen' klaar bij elke mantelzorger die de vragen over "
        "belasting (EDIZ) met naam invulde en boven de grens van het collectief uitkwam."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for collective in Collective.objects.order_by("slug"):
            with scope(collective=collective):
                made = strain_check(collective)
            if made:
                self.stdout.write(f"{collective.slug}: {made} keer even bellen.")
