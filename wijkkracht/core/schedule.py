"""The nightly and morning commands, run by ``manage.py scheduler`` without a crontab.

Each command runs once a day at or after its time (a scheduler that was down at 03:00 catches
up when it starts); ``ScheduledRun``'s unique key lets only one of several schedulers run it.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, time

from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from wijkkracht.core.models import ScheduledRun

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Daily:
    command: str
    at: time  # local time (Europe/Amsterdam)


SCHEDULE = [
    Daily("members_retention", time(3, 0)),
    Daily("database_analyze", time(4, 0)),
    # Open data: a month that ended, a changed social map.
    Daily("opendata_refresh", time(4, 30)),
    # Reminders for tomorrow's activities and the day's call-backs, before the office opens.
    Daily("activities_daily", time(7, 0)),
    Daily("help_follow_ups", time(7, 30)),
    # Carers whose strain score came in high yesterday: a call for the coordinator today.
    Daily("care_strain_check", time(7, 45)),
]


# Commands that run every round of the scheduler (each minute); they must be safe to run twice
# at once, as two schedulers may.
EVERY_ROUND = ["care_escalate"]


def due(now: datetime) -> list[Daily]:
    """The commands whose time has come today and that have not run today."""
    local = timezone.localtime(now)
    ran = set(ScheduledRun.objects.filter(day=local.date()).values_list("command", flat=True))
    return [daily for daily in SCHEDULE if local.time() >= daily.at and daily.command not in ran]


def run_claim(daily: Daily, now: datetime) -> ScheduledRun | None:
    """Claim today's run of the command; None when another scheduler has it."""
    try:
        with transaction.atomic():
            return ScheduledRun.objects.create(
                command=daily.command, day=timezone.localtime(now).date()
            )
    except IntegrityError:
        return None


def due_run(now: datetime) -> list[str]:
    """Run every due command this scheduler could claim; returns their names. A failing
    command is logged and marked, and the others still run."""
    ran = []
    for command in EVERY_ROUND:
        try:
            call_command(command, verbosity=0)
        except Exception:
            logger.exception("Opdracht %s is mislukt.", command)
    for daily in due(now):
        run = run_claim(daily, now)
        if run is None:
            continue
        try:
            call_command(daily.command, verbosity=0)
        except Exception:
            logger.exception("Geplande opdracht %s is mislukt.", daily.command)
            run.failed = True
        run.finished_at = timezone.now()
        run.save(update_fields=["failed", "finished_at"])
        ran.append(daily.command)
    return ran
