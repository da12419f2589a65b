from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel


class Dialogue(TenantModel):
    """A neighbourhood dialogue: a topic, the meetings about it, and the residents' priorities
    that come out of it, published for everyone to read and refer to."""

    topic = models.CharField(_("onderwerp"), max_length=200)
    description = models.TextField(_("waar gaat het over?"), blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("wijkdialoog")
        verbose_name_plural = _("wijkdialogen")

    def __str__(self) -> str:
        return self.topic


class Meeting(TenantModel):
    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="meetings")
    held_on = models.DateField(_("datum"))
    place = models.CharField(_("plaats"), max_length=200, blank=True)
    # The meeting on the agenda, when it was held as one of the collective's activities.
    activity = models.ForeignKey(
        "activities.Activity",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("activiteit in de agenda"),
    )
    notes = models.TextField(_("verslag"), blank=True)

    class Meta:
        ordering = ["held_on", "pk"]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")


class Priority(TenantModel):
    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="priorities")
    rank = models.PositiveSmallIntegerField(_("plaats"))
    title = models.CharField(_("prioriteit"), max_length=200)
    explanation = models.TextField(_("toelichting"), blank=True)

    class Meta:
        ordering = ["rank", "pk"]
        verbose_name = _("prioriteit")
        verbose_name_plural = _("prioriteiten")
