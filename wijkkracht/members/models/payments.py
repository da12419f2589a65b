from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel, User
from wijkkracht.members.iban import validate_creditor_id, validate_iban
from wijkkracht.members.models.contributions import Contribution, money_field
from wijkkracht.members.models.members import Member


class Creditor(TenantModel):
    """The collective as collector of SEPA direct debits (incassant)."""

    name = models.CharField(_("naam op het afschrift"), max_length=70)
    iban = models.CharField(_("IBAN van de coöperatie"), max_length=34, validators=[validate_iban])
    bic = models.CharField(_("BIC van de bank"), max_length=11)
    creditor_id = models.CharField(
        _("incassant-ID"), max_length=35, validators=[validate_creditor_id]
    )

    class Meta:
        verbose_name = _("incassant")
        verbose_name_plural = _("incassanten")
        constraints = [models.UniqueConstraint(fields=["collective"], name="one_creditor")]

    def __str__(self) -> str:
        return self.name


class DebitDelegation(TenantModel):
    """The board lets its federation's treasurer make the collective's debit files: one
    treasurer for many small collectives. Every action on the collective's behalf is in its
    log; withdrawn, the row is gone."""

    federation = models.ForeignKey(
        "core.Federation", on_delete=models.CASCADE, related_name="debit_delegations"
    )
    granted_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+")
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("uitbestede incasso")
        verbose_name_plural = _("uitbestede incasso's")
        constraints = [models.UniqueConstraint(fields=["collective"], name="one_delegation")]

    def __str__(self) -> str:
        return f"{self.collective} → {self.federation}"


class Mandate(TenantModel):
    """A member's signed SEPA mandate; the first debit under it is FRST, later ones RCUR."""

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="mandates")
    iban = models.CharField(_("IBAN"), max_length=34, validators=[validate_iban])
    account_holder = models.CharField(_("naam rekeninghouder"), max_length=70)
    reference = models.CharField(_("kenmerk machtiging"), max_length=35)
    # Empty when a member list had the IBAN but not the date ("datum onbekend"): such a mandate
    # is not debited until the treasurer fills it in (sepa.debits_due).
    signed_on = models.DateField(_("getekend op"), null=True, blank=True)
    first_collected_on = models.DateField(null=True, blank=True)
    revoked_on = models.DateField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        ordering = ["-signed_on"]
        verbose_name = _("machtiging")
        verbose_name_plural = _("machtigingen")
        constraints = [
            models.UniqueConstraint(
                fields=["collective", "reference"], name="one_mandate_reference"
            ),
            models.UniqueConstraint(
                fields=["member"],
                condition=models.Q(revoked_on__isnull=True),
                name="one_standing_mandate_per_member",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def sequence(self) -> str:
        return "RCUR" if self.first_collected_on else "FRST"

    @property
    def iban_masked(self) -> str:
        return f"{self.iban[:4]} •••• {self.iban[-4:]}"


class DebitRun(TenantModel):
    """One pain.008 file handed to the bank; its XML is kept as the bank got it."""

    year = models.PositiveSmallIntegerField(_("jaar"))
    collection_date = models.DateField(_("incassodatum"))
    message_id = models.CharField(max_length=35)
    count = models.PositiveIntegerField(_("aantal incasso's"))
    total = money_field(_("totaal"))
    xml = models.TextField()
    created_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("incassobestand")
        verbose_name_plural = _("incassobestanden")

    def __str__(self) -> str:
        return self.message_id


class PaymentMethod(models.TextChoices):
    DIRECT_DEBIT = "direct_debit", _("automatische incasso")
    TRANSFER = "transfer", _("overboeking")
    CASH = "cash", _("contant")


class Payment(TenantModel):
    """Money received for a contribution; a reversed debit (storno) keeps its row."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.PROTECT, related_name="payments"
    )
    amount = money_field(_("bedrag"))
    method = models.CharField(_("betaald via"), max_length=20, choices=PaymentMethod.choices)
    paid_on = models.DateField(_("betaald op"))
    mandate = models.ForeignKey(
        Mandate, on_delete=models.PROTECT, null=True, blank=True, related_name="payments"
    )
    debit_run = models.ForeignKey(
        DebitRun, on_delete=models.PROTECT, null=True, blank=True, related_name="payments"
    )
    reversed_on = models.DateField(_("teruggeboekt op"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["paid_on"]
        verbose_name = _("betaling")
        verbose_name_plural = _("betalingen")

    def __str__(self) -> str:
        return f"{self.contribution} {self.amount}"
