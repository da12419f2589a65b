"""Make every published dataset's files again (nightly): a new finished month, a changed
social map. Files whose bytes stay the same keep their date."""

from typing import Any

from django.core.management.base import BaseCommand
from django_scopes import scope, scopes_disabled

from wijkkracht.opendata.models import Dataset
from wijkkracht.opendata.services import dataset_refresh


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args: Any, **options: Any) -> None:
        with scopes_disabled():
            datasets = list(Dataset.objects.select_related("collective").order_by("pk"))
        changed = 0
        for dataset in datasets:
            with scope(collective=dataset.collective):
                changed += bool(dataset_refresh(dataset))
        self.stdout.write(f"{len(datasets)} datasets, {changed} with new files")
