from django.db import models
from django_scopes import ScopedManager


class TenantModel(models.Model):
    """A row owned by one collective; its default manager refuses to query outside a scope."""

    collective = models.ForeignKey("core.Collective", on_delete=models.PROTECT, related_name="+")

    objects = ScopedManager(collective="collective")

    class Meta:
        abstract = True
