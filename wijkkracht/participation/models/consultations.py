from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel


class AnnouncedBy(models.TextChoices):
    MUNICIPALITY = "municipality", _("de gemeente")
    COLLECTIVE = "collective", _("de coöperatie")


class Consultation(TenantModel):
    """Asking residents before a service is bought (maatschappelijk aanbesteden): they weigh
    the criteria in a survey; the published report says what they asked for; the collective
    may attach its own bid plan."""

    service = models.CharField(_("welke dienst"), max_length=200)
    announced_by = models.CharField(_("wie koopt in"), max_length=20, choices=AnnouncedBy.choices)
    description = models.TextField(_("uitleg"), blank=True)
    # What residents weigh, in the order of the survey's first questions.
    criteria = models.JSONField(_("waar letten we op?"), default=list)
    survey = models.OneToOneField(
        "participation.Survey", on_delete=models.PROTECT, related_name="consultation"
    )
    bid_plan = models.TextField(_("ons biedplan"), blank=True)
    bid_link = models.URLField(_("link naar de businesscase"), blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("raadpleging voor een aanbesteding")
        verbose_name_plural = _("raadplegingen voor een aanbesteding")

    def __str__(self) -> str:
        return self.service
