from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel


class Stage(models.TextChoices):
    AREA = "area", _("meting in de hele buurt of het dorp")
    BEFORE = "before", _("voormeting bij deelnemers")
    AFTER = "after", _("nameting bij dezelfde deelnemers")


class Reach(models.TextChoices):
    MEMBERS = "members", _("alle leden")
    SAMPLE = "sample", _("een steekproef uit de leden")
    ACTIVITY = "activity", _("de deelnemers aan een activiteit")
    SAME = "same", _("dezelfde mensen als bij de voormeting")
    CARERS = "carers", _("mantelzorgers die met hun naam meedoen (met toestemming)")


# Reaches whose answers carry the respondent's name; every other measurement is anonymous.
NAMED_REACHES = frozenset({Reach.CARERS})


class Round(TenantModel):
    """A measurement: a questionnaire of validated scales (and own questions) for everyone in
    the neighbourhood or a sample, or before and after for the people of one activity.

    The questionnaire is a survey of the participation app, so letters with a code, paper
    entry and online answers work as for every survey; its answers are anonymous, but for the
    carers who agreed to answer by name (so the coordinator can call when the strain is high).
    """

    title = models.CharField(_("naam"), max_length=200)
    stage = models.CharField(_("soort meting"), max_length=10, choices=Stage.choices)
    reach = models.CharField(_("wie vullen in"), max_length=10, choices=Reach.choices)
    sample_size = models.PositiveIntegerField(_("grootte van de steekproef"), null=True, blank=True)
    activity = models.ForeignKey(
        "activities.Activity",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("activiteit"),
    )
    before = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="after_rounds",
        verbose_name=_("voormeting"),
    )
    # Instrument references ("djg6@1") in the questionnaire's order.
    instruments = models.JSONField(default=list)
    # What the collective did is counted over this period (the infographic's "wat wij deden").
    period_start = models.DateField(_("activiteiten geteld vanaf"))
    period_end = models.DateField(_("tot en met"))
    survey = models.OneToOneField(
        "participation.Survey", on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-period_end", "-created_at"]
        verbose_name = _("meting")
        verbose_name_plural = _("metingen")

    def __str__(self) -> str:
        return self.title

    @property
    def named(self) -> bool:
        return self.reach in NAMED_REACHES or (
            self.before is not None and self.before.reach in NAMED_REACHES
        )
