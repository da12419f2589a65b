from decimal import Decimal
from typing import TYPE_CHECKING

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel
from wijkkracht.members.models.members import Member

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise


def money_field(verbose_name: "_StrOrPromise") -> models.DecimalField:
    return models.DecimalField(
        verbose_name,
        max_digits=9,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.00"))],
    )


class ContributionRule(TenantModel):
    """What members pay in one year: the first member at an address, each further one, reduced.

    Exempt members pay nothing and do not count as the first member of their household.
    """

    year = models.PositiveSmallIntegerField(_("jaar"))
    first_amount = money_field(_("eerste lid op een adres"))
    further_amount = money_field(_("elk volgend lid op hetzelfde adres"))
    reduced_amount = money_field(_("verlaagd tarief"))

    class Meta:
        ordering = ["-year"]
        verbose_name = _("contributieregel")
        verbose_name_plural = _("contributieregels")
        constraints = [
            models.UniqueConstraint(fields=["collective", "year"], name="one_rule_per_year")
        ]

    def __str__(self) -> str:
        return str(self.year)


class ContributionStatus(models.TextChoices):
    OPEN = "open", _("nog niet betaald")
    PAID = "paid", _("betaald")
    REVERSED = "reversed", _("teruggeboekt")


class Contribution(TenantModel):
    """What one household owes for one year, sent to one member of it (the payer)."""

    year = models.PositiveSmallIntegerField(_("jaar"))
    household = models.CharField(max_length=40)
    address = models.CharField(_("adres"), max_length=300)
    payer = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="contributions")
    amount = money_field(_("bedrag"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ContributionStatus.choices,
        default=ContributionStatus.OPEN,
    )
    reminded_at = models.DateTimeField(_("herinnering gestuurd op"), null=True, blank=True)
    reminder_count = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["year", "payer__number"]
        verbose_name = _("contributie")
        verbose_name_plural = _("contributies")
        indexes = [models.Index(fields=["collective", "year", "status"])]

    def __str__(self) -> str:
        return f"{self.year} {self.address}"


class LineKind(models.TextChoices):
    FIRST = "first", _("eerste lid op het adres")
    FURTHER = "further", _("volgend lid op het adres")
    REDUCED = "reduced", _("verlaagd tarief")
    EXEMPT = "exempt", _("vrijgesteld")


class ContributionLine(TenantModel):
    """One member's part of a household's contribution; a member is charged once a year."""

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="lines")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="contribution_lines")
    year = models.PositiveSmallIntegerField(_("jaar"))
    kind = models.CharField(_("soort"), max_length=10, choices=LineKind.choices)
    amount = money_field(_("bedrag"))

    class Meta:
        ordering = ["member__number"]
        verbose_name = _("contributieregel van een lid")
        verbose_name_plural = _("contributieregels van leden")
        constraints = [
            models.UniqueConstraint(fields=["member", "year"], name="one_charge_per_member_year")
        ]

    def __str__(self) -> str:
        return f"{self.member} {self.year}"
