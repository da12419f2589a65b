from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models.base import CollectiveScopedManager


class AuditEntry(models.Model):
    """One change made by a service: who did what, on whose behalf, when."""

    counts_as_data = False  # core.versions: a log row changes no page a visitor sees

    # Platform actions (a new federation) have no collective; the manager still scopes the rest.
    collective = models.ForeignKey(
        "core.Collective", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField(max_length=200, blank=True)
    on_behalf_of = models.ForeignKey(
        "core.Person", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.CharField(max_length=100)
    object_type = models.CharField(max_length=100)
    object_id = models.CharField(max_length=40, blank=True)
    data = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = CollectiveScopedManager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("logboekregel")
        verbose_name_plural = _("logboek")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action}"


class AccessEntry(models.Model):
    """One read of a sensitive record (NEN 7513): the person concerned can see every row."""

    counts_as_data = False  # core.versions: a read changes no page a visitor sees

    collective = models.ForeignKey("core.Collective", on_delete=models.PROTECT, related_name="+")
    person = models.ForeignKey(
        "core.Person", on_delete=models.CASCADE, related_name="access_entries"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    actor_name = models.CharField(max_length=200)
    actor_role = models.CharField(max_length=100)
    record = models.CharField(max_length=100)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = CollectiveScopedManager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("inzage")
        verbose_name_plural = _("inzagelog")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} → {self.record}"


class LoginFailure(models.Model):
    """A failed login, kept briefly to slow down password guessing."""

    email_hash = models.CharField(max_length=64, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, db_index=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.ip_address}"


class ReleasedValue(models.Model):
    """A count that left the platform for a period (a federation's page, the partner API, open
    data), once per distinct value: a later release that differs from one of these by 1-9
    would give a few people away (core.releases)."""

    counts_as_data = False  # core.versions: a record of what was shown, not what pages show

    column = models.CharField(max_length=40)
    period = models.CharField(max_length=10)
    cell = models.CharField(max_length=40)  # "c<collective id>" or "f<federation id>" (total)
    value = models.BigIntegerField()
    released_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["period", "cell"])]
        constraints = [
            models.UniqueConstraint(
                fields=["column", "period", "cell", "value"], name="released_value_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.column} {self.period} {self.cell}: {self.value}"
