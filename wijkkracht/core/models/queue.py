"""What the database keeps for the task queue, so that Redis is never the only copy."""

from django.db import models


class PendingTask(models.Model):
    """A task that could not be handed to Redis (stopped, restarting): it waits here and the
    scheduler hands it over once Redis answers again. Arguments are ids, never personal data."""

    task_path = models.CharField(max_length=200)
    args = models.JSONField(default=list)
    kwargs = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.task_path} ({self.created_at:%Y-%m-%d %H:%M})"


class ScheduledRun(models.Model):
    """One run of a nightly command on one day. The unique key makes the run happen once,
    however many schedulers are running."""

    command = models.CharField(max_length=60)
    day = models.DateField()
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    failed = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["command", "day"], name="scheduled_run_once_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.command} {self.day}"
