from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel
from wijkkracht.info.models.socialmap import Need, Organisation, WalkInHour


class Question(TenantModel):
    """A question answered at the walk-in desk: its topic and where it was sent. No name."""

    walk_in = models.ForeignKey(WalkInHour, on_delete=models.PROTECT, related_name="questions")
    asked_at = models.DateTimeField(auto_now_add=True)
    topic = models.CharField(_("onderwerp"), max_length=20, choices=Need.choices)
    referred_to = models.ForeignKey(
        Organisation,
        verbose_name=_("doorverwezen naar"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="desk_questions",
    )
    answered_here = models.BooleanField(_("hier beantwoord"), default=False)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-asked_at", "-pk"]
        verbose_name = _("vraag aan de balie")
        verbose_name_plural = _("vragen aan de balie")
        indexes = [models.Index(fields=["collective", "asked_at"], name="question_asked")]
