from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import SheetUpload


class MapImport(SheetUpload):
    """An uploaded social-map spreadsheet waiting for the coordinator's confirmation."""

    class Meta(SheetUpload.Meta):
        verbose_name = _("import van de sociale kaart")
        verbose_name_plural = _("imports van de sociale kaart")
