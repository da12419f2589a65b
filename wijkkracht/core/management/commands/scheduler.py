import logging
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections
from django.utils import timezone

from wijkkracht.core.schedule import due_run
from wijkkracht.core.taskqueue import queue_tend

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Draai de nachtelijke opdrachten op hun tijd (core.schedule) en zorg elke minuut voor "
        "de takenwachtrij. Start er één of meer; elke opdracht draait één keer per dag."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="één ronde, dan stoppen")
        parser.add_argument("--every", type=float, default=60.0, help="seconden per ronde")

    def handle(self, *args: Any, **options: Any) -> None:
        while True:
            self.round()
            if options["once"]:
                return
            time.sleep(options["every"])

    def round(self) -> None:
        close_old_connections()
        try:
            handed = queue_tend()
            ran = due_run(timezone.now())
        except Exception:  # the database restarting, say: try again next round
            logger.exception("De planner kon deze ronde niet afmaken.")
            return
        if handed:
            logger.info("%s wachtende taken aan Redis gegeven.", handed)
        for command in ran:
            logger.info("Geplande opdracht %s gedraaid.", command)
