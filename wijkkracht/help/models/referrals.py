from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel
from wijkkracht.help.models.requests import HelpRequest


class Organisation(TenantModel):
    """A care or welfare organisation the coordinator refers residents to.

    A simple list for now; the information point's social map replaces it.
    """

    name = models.CharField(_("naam"), max_length=200)
    kind = models.CharField(_("soort"), max_length=100, blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    website = models.URLField(_("website"), blank=True)
    address = models.CharField(_("adres"), max_length=200, blank=True)
    note = models.TextField(_("goed om te weten"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self) -> str:
        return self.name


class Referral(TenantModel):
    """A warm handover of a request to an organisation, and whether it worked out."""

    request = models.ForeignKey(HelpRequest, on_delete=models.CASCADE, related_name="referrals")
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
