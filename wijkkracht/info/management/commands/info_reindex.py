"""Rebuild the information point's search index of every collective, for instance after the Dutch
analyser changed. Otherwise saving through the services keeps the index current."""

from typing import Any

from django.core.management.base import BaseCommand
from django_scopes import scope

from wijkkracht.core.models import Collective
from wijkkracht.info.services.index import index_rebuild


class Command(BaseCommand):
    help = "Bouw de zoekindex van het informatiepunt opnieuw op."

    def handle(self, *args: Any, **options: Any) -> None:
        for collective in Collective.objects.all():
            with scope(collective=collective):
                count = index_rebuild()
            self.stdout.write(f"{collective.slug}: {count} dingen om te vinden.")
