"""The year's accounts as the treasurer keeps them, and the members' committee's signatures."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel


class Section(models.TextChoices):
    INCOME = "income", _("baten")
    COSTS = "costs", _("lasten")
    ASSETS = "assets", _("bezittingen")
    LIABILITIES = "liabilities", _("schulden en eigen vermogen")


class Accounts(TenantModel):
    """A year's accounts as the treasurer keeps them in a spreadsheet, read in whole."""

    year = models.PositiveSmallIntegerField(_("jaar"))
    filename = models.CharField(max_length=200)
    imported_at = models.DateTimeField(auto_now=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(fields=["collective", "year"], name="accounts_once_a_year")
        ]

    def __str__(self) -> str:
        return f"{_('Jaarrekening')} {self.year}"


class AccountsLine(TenantModel):
    accounts = models.ForeignKey(Accounts, on_delete=models.CASCADE, related_name="lines")
    order = models.PositiveSmallIntegerField()
    section = models.CharField(max_length=12, choices=Section.choices)
    label = models.CharField(max_length=200)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    previous = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)

    class Meta:
        ordering = ["order"]


class AccountsCheck(TenantModel):
    """A member of the members' committee (kascommissie) checked the accounts and signed."""

    accounts = models.ForeignKey(Accounts, on_delete=models.CASCADE, related_name="checks")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    approved = models.BooleanField(_("akkoord"))
    remark = models.TextField(_("opmerking"), blank=True)
    signed_on = models.DateField(_("getekend op"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["accounts", "person"], name="check_once_per_person")
        ]
