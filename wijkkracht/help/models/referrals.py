from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel
from wijkkracht.help.models.requests import HelpRequest
from wijkkracht.info.models import Organisation


class Referral(TenantModel):
    """A warm handover of a request to an organisation, and whether it worked out."""

    request = models.ForeignKey(HelpRequest, on_delete=models.CASCADE, related_name="referrals")
    # The 1-loket refers to an organisation on the information point's social map.
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="referrals"
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=200, blank=True)
    handover = models.TextField(_("hoe is de vraag overgedragen"))
    referred_at = models.DateTimeField(auto_now_add=True)
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    follow_up_on = models.DateField(_("nabellen op"))
    followed_up_at = models.DateTimeField(_("nagebeld op"), null=True, blank=True)
    follow_up_result = models.TextField(_("wat kwam eruit"), blank=True)

    class Meta:
        ordering = ["-referred_at", "-pk"]
        verbose_name = _("doorverwijzing")
        verbose_name_plural = _("doorverwijzingen")

    def __str__(self) -> str:
        return f"{self.request} → {self.organisation}"
