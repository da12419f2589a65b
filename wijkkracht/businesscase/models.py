"""A collective's business cases. A scenario keeps its numbers in the JSON form that
``businesscase_compute`` reads, so the page, the export and the command compute the same case."""

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel


class Stakeholder(models.TextChoices):
    MUNICIPALITY = "gemeente", _("Gemeente (Wmo)")
    INSURER = "zorgverzekeraar", _("Zorgverzekeraar (Zvw)")
    LONG_TERM_CARE = "zorgkantoor", _("Zorgkantoor (Wlz)")
    PROVIDERS = "zorgaanbieders", _("Zorgaanbieders")
    RESIDENTS = "bewoners", _("Bewoners")
    CARERS = "mantelzorgers", _("Mantelzorgers")
    EMPLOYERS = "werkgevers", _("Werkgevers")
    COLLECTIVE = "cooperatie", _("De coöperatie")


def stakeholder_label(code: str) -> str:
    """The label of a stakeholder; a name from an imported case is shown as it is."""
    return str(dict(Stakeholder.choices).get(code, code))


class BusinessCase(TenantModel):
    """What the collective does or plans (the intervention), worked out in scenarios."""

    title = models.CharField(_("naam"), max_length=200)
    intervention = models.TextField(_("wat doet de coöperatie"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("businesscase")
        verbose_name_plural = _("businesscases")

    def __str__(self) -> str:
        return self.title


def empty_case() -> dict[str, Any]:
    return {
        "discount_rate": "0.0225",
        "horizon_years": 5,
        "stakeholders": [],
        "costs": [],
        "effects": [],
    }


class Scenario(TenantModel):
    """One version of a case's numbers. Once published it no longer changes; copy it instead."""

    case = models.ForeignKey(BusinessCase, on_delete=models.CASCADE, related_name="scenarios")
    name = models.CharField(_("naam van het scenario"), max_length=100)
    version = models.PositiveIntegerField(_("versie"))
    data = models.JSONField(default=empty_case)
    # Raised by every change; a form sent from an older revision is refused, not merged.
    revision = models.PositiveIntegerField(default=1)
    based_on = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)

    class Meta:
        ordering = ["case", "version"]
        verbose_name = _("scenario")
        verbose_name_plural = _("scenario's")
        constraints = [
            models.UniqueConstraint(fields=["case", "version"], name="one_scenario_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.case}: {self.name} (versie {self.version})"


class UseKind(models.TextChoices):
    COMPUTED = "computed", _("berekend")
    PUBLISHED = "published", _("gepubliceerd")


class Use(TenantModel):
    """One computed or published state of a scenario: the national "used 1,000 times" figure."""

    # Its own reverse name, so the federation can count uses per collective in one query.
    collective = models.ForeignKey(
        "core.Collective", on_delete=models.PROTECT, related_name="businesscase_uses"
    )
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="uses")
    revision = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=UseKind.choices)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]
        constraints = [
            models.UniqueConstraint(
                fields=["scenario", "revision", "kind"], name="one_use_per_revision"
            )
        ]

    def __str__(self) -> str:
        return f"{self.scenario} {self.kind} ({self.revision})"
