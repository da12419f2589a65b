from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel


class Callback(TenantModel):
    """A question for help left on the public home by someone without an account: the
    1-loket calls back. It holds only what the caller wrote and goes when it is handled."""

    name = models.CharField(_("uw naam"), max_length=120)
    phone = models.CharField(_("uw telefoonnummer"), max_length=30)
    what = models.TextField(_("waar heeft u hulp bij nodig?"), max_length=1000)
    when = models.CharField(_("wanneer?"), max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("terugbelverzoek")
        verbose_name_plural = _("terugbelverzoeken")

    def __str__(self) -> str:
        return self.name
