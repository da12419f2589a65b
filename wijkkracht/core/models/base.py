from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

# django-scopes builds its manager class at run time; naming it here lets mypy's Django plugin
# find it, and every tenant-owned model shares one manager class.
_ScopedManagerBase = type(ScopedManager(collective="collective"))


class CollectiveScopedManager(_ScopedManagerBase):  # type: ignore[misc,valid-type]
    """Default manager of tenant-owned rows: it raises unless a collective's scope is active."""


class TenantModel(models.Model):
    """A row owned by one collective; its default manager refuses to query outside a scope."""

    collective = models.ForeignKey("core.Collective", on_delete=models.PROTECT, related_name="+")

    objects = CollectiveScopedManager()

    class Meta:
        abstract = True


class SheetUpload(TenantModel):
    """An uploaded spreadsheet waiting for the user's confirmation, then kept as history."""

    filename = models.CharField(_("bestandsnaam"), max_length=200)
    content = models.BinaryField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    imported_at = models.DateTimeField(null=True, blank=True)
    imported_count = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.filename
