from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models.base import TenantModel


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("wacht op zijn beurt")
    RUNNING = "running", _("bezig")
    DONE = "done", _("klaar")
    FAILED = "failed", _("niet gelukt")


class Job(TenantModel):
    """Long work a user started from a page (a debit file of 10,000 debits, say), done by the
    task worker; its page shows how far it is and, at the end, the result or why it failed."""

    kind = models.CharField(max_length=40)
    arguments = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)  # for the user, in Dutch; nothing was written
    result_url = models.CharField(max_length=300, blank=True)
    back_url = models.CharField(max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    touched_at = models.DateTimeField(null=True, blank=True)  # started, or last progress
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.kind} {self.pk}: {self.status}"

    @property
    def busy(self) -> bool:
        return self.status in (JobStatus.QUEUED, JobStatus.RUNNING)
