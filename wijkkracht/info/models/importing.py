from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel, User


class MapImport(TenantModel):
    """An uploaded social-map spreadsheet waiting for the coordinator's confirmation."""

    filename = models.CharField(_("bestandsnaam"), max_length=200)
    content = models.BinaryField()
    uploaded_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    imported_at = models.DateTimeField(null=True, blank=True)
    imported_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("import van de sociale kaart")
        verbose_name_plural = _("imports van de sociale kaart")

    def __str__(self) -> str:
        return self.filename
