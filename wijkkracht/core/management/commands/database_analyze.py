from typing import Any

from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    help = (
        "Werk de statistieken van de database bij, zodat zoekopdrachten de goede index kiezen. "
        "Draai dit elke nacht (cron); op SQLite is het nodig, PostgreSQL doet het ook zelf."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        # SQLite keeps no statistics until ANALYZE runs; without them it may walk a whole
        # collective's history through the collective index instead of the few open requests.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(f"{connection.vendor}: statistieken bijgewerkt.")
