from django.db import models
from django.utils.translation import gettext_lazy as _

# The code of the Netherlands in CBS tables.
NETHERLANDS = "NL00"


class Measure(models.TextChoices):
    INHABITANTS = "inhabitants", _("inwoners")
    INHABITANTS_65_PLUS = "inhabitants_65_plus", _("inwoners van 65 jaar en ouder")
    INHABITANTS_80_PLUS = "inhabitants_80_plus", _("inwoners van 80 jaar en ouder")
    HOUSEHOLDS = "households", _("huishoudens")
    ONE_PERSON_HOUSEHOLDS = "one_person_households", _("eenpersoonshuishoudens")
    DISTANCE_GP = "distance_gp", _("afstand tot de huisarts (km)")
    DISTANCE_PHARMACY = "distance_pharmacy", _("afstand tot de apotheek (km)")
    DISTANCE_SUPERMARKET = "distance_supermarket", _("afstand tot de supermarkt (km)")


class AreaFigure(models.Model):
    """One CBS figure for one area in one year; public reference data shared by all collectives.

    Keyed by CBS code, not by Area, so the Netherlands (NL00) has figures too.
    """

    # Every collective's facts page shows it: a change makes them all new (core.versions).
    shared_data = True

    code = models.CharField(_("CBS-code"), max_length=10)
    year = models.PositiveSmallIntegerField(_("jaar"))
    measure = models.CharField(_("cijfer"), max_length=30, choices=Measure.choices)
    value = models.DecimalField(_("waarde"), max_digits=12, decimal_places=1)
    source = models.CharField(_("bron"), max_length=200)

    class Meta:
        ordering = ["code", "measure", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["code", "year", "measure"], name="area_figure_unique")
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.year} {self.measure}: {self.value}"
