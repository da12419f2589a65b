"""Which datasets a collective publishes, and the files made from them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel


class DatasetKey(models.TextChoices):
    ACTIVITY = "activiteiten", _("Wat de coöperatie deed, per jaar")
    SOCIAL_MAP = "sociale-kaart", _("De sociale kaart: openbare diensten")


class Dataset(TenantModel):
    key = models.CharField(max_length=20, choices=DatasetKey.choices)
    published_at = models.DateTimeField()
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["collective", "key"], name="dataset_once")]

    def __str__(self) -> str:
        return self.get_key_display()


class DataFile(TenantModel):
    """One file of a dataset as it is served; ``changed_at`` moves only when its bytes do."""

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=80)
    content = models.BinaryField()
    sha256 = models.CharField(max_length=64)
    changed_at = models.DateTimeField()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["dataset", "name"], name="file_once")]
