from django.db import models
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
