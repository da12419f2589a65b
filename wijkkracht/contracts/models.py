from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.businesscase.models import Stakeholder
from wijkkracht.core.models import Person, TenantModel


class ContractStatus(models.TextChoices):
    DRAFT = "draft", _("concept")
    SIGNED = "signed", _("getekend")
    RUNNING = "running", _("loopt")
    ENDED = "ended", _("afgelopen")


class Contract(TenantModel):
    """A neighbourhood contract: parties, who does what, and payment rules. Once signed it is
    fixed; a change is a new version naming the one before."""

    title = models.CharField(_("naam"), max_length=200)
    summary = models.TextField(_("wie doet wat"), help_text=_("In gewone woorden, kort."))
    starts_on = models.DateField(_("begint op"))
    ends_on = models.DateField(_("loopt tot en met"))
    # Draft or signed; running and ended follow from the dates (``stage``).
    status = models.CharField(
        _("stand"), max_length=10, choices=ContractStatus.choices, default=ContractStatus.DRAFT
    )
    version = models.PositiveSmallIntegerField(_("versie"), default=1)
    previous = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    signed_on = models.DateField(_("getekend op"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("wijkcontract")
        verbose_name_plural = _("wijkcontracten")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="contract_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_fixed(self) -> bool:
        return self.status != ContractStatus.DRAFT

    @property
    def stage(self) -> ContractStatus:
        """Where a signed contract is today: signed (not begun), running, or ended."""
        if self.status == ContractStatus.DRAFT:
            return ContractStatus.DRAFT
        today = timezone.localdate()
        if today > self.ends_on:
            return ContractStatus.ENDED
        return ContractStatus.RUNNING if today >= self.starts_on else ContractStatus.SIGNED


class PartyKind(models.TextChoices):
    COLLECTIVE = "collective", _("bewonerscollectief")
    MUNICIPALITY = "municipality", _("gemeente")
    INSURER = "insurer", _("zorgverzekeraar")
    WLZ = "wlz", _("Wlz-uitvoerder (zorgkantoor)")
    PROVIDER = "provider", _("zorg- of welzijnsaanbieder")
    FUNDER = "funder", _("fonds of andere financier")


class Party(TenantModel):
    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="parties")
    name = models.CharField(_("naam"), max_length=200)
    kind = models.CharField(_("soort"), max_length=20, choices=PartyKind.choices)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("partij")
        verbose_name_plural = _("partijen")

    def __str__(self) -> str:
        return self.name


class RuleKind(models.TextChoices):
    RATE_CARD = "rate_card", _("prijs per resultaat")
    QUANTITY_QUALITY = "quantity_quality", _("aantal en kwaliteit")
    SHARED_SAVINGS = "shared_savings", _("gedeelde besparing")
    POPULATION = "population", _("bedrag per inwoner")


class PaymentRule(TenantModel):
    """One payment rule. Its numbers are kept as ``contract_compute`` reads them (README), so
    the screen, the statement and the command compute with one and the same code."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="rules")
    key = models.SlugField(_("korte naam"), max_length=50)
    kind = models.CharField(_("soort regel"), max_length=20, choices=RuleKind.choices)
    payer = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="+")
    recipient = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="+")
    unit = models.CharField(_("eenheid"), max_length=100, blank=True)
    # Inputs the statement fills in itself, {path: source code} (contracts.metrics).
    bindings = models.JSONField(default=dict, blank=True)
    evidence = models.CharField(_("bewijs"), max_length=200, blank=True)
    parameters = models.JSONField(default=dict)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("betaalregel")
        verbose_name_plural = _("betaalregels")
        constraints = [
            models.UniqueConstraint(fields=["contract", "key"], name="one_rule_key_per_contract")
        ]

    def __str__(self) -> str:
        return self.key


class SplitPart(TenantModel):
    """Where the money of a payment goes back to: shares that sum to exactly 1."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="split")
    to = models.CharField(_("naar"), max_length=100)
    share = models.CharField(_("deel"), max_length=20, help_text=_("Bijvoorbeeld 1/3 of 0.5."))

    class Meta:
        ordering = ["pk"]
        verbose_name = _("deel van de verdeling")
        verbose_name_plural = _("verdeling")

    def __str__(self) -> str:
        return f"{self.to}: {self.share}"


class ExternalFigure(TenantModel):
    """A figure Wijkkracht does not count (care costs per person, a partner's tally), given
    for one rule and period with its source and an evidence file: no evidence, no payment."""

    rule = models.ForeignKey(PaymentRule, on_delete=models.CASCADE, related_name="figures")
    field = models.CharField(_("welk gegeven"), max_length=40)
    period_start = models.DateField(_("van"))
    period_end = models.DateField(_("tot en met"))
    value = models.DecimalField(_("waarde"), max_digits=14, decimal_places=4)
    source = models.CharField(_("bron"), max_length=200)
    reported_on = models.DateField(_("datum van het cijfer"))
    evidence_name = models.CharField(_("bewijsstuk"), max_length=200)
    evidence = models.BinaryField()
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("cijfer van buiten")
        verbose_name_plural = _("cijfers van buiten")

    def __str__(self) -> str:
        return f"{self.rule} {self.field}"


class Statement(TenantModel):
    """What a contract pays over one period, with every input and its source. Published, it is
    fixed; a correction is a new statement naming the one it corrects."""

    contract = models.ForeignKey(Contract, on_delete=models.PROTECT, related_name="statements")
    period_start = models.DateField(_("van"))
    period_end = models.DateField(_("tot en met"))
    lines = models.JSONField(default=list)  # per rule: inputs, sources, amount, below_ten
    total = models.DecimalField(_("totaal"), max_digits=12, decimal_places=2)
    split = models.JSONField(default=list)
    corrects = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    published_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-period_start", "-published_at"]
        verbose_name = _("afrekening")
        verbose_name_plural = _("afrekeningen")

    def __str__(self) -> str:
        return f"{self.contract} {self.period_start:%Y}"


class Income(TenantModel):
    """Money the collective received outside contracts and contributions: a subsidy, a gift."""

    funder = models.CharField(_("van wie"), max_length=200)
    amount = models.DecimalField(_("bedrag"), max_digits=12, decimal_places=2)
    received_on = models.DateField(_("ontvangen op"))
    description = models.CharField(_("waarvoor"), max_length=200, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name = _("ontvangst")
        verbose_name_plural = _("ontvangsten")
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="income_positive")
        ]

    def __str__(self) -> str:
        return f"{self.funder} {self.amount}"


class VoucherScheme(TenantModel):
    """Service vouchers (dienstencheques) a funder pays for: one voucher is one hour of help."""

    name = models.CharField(_("naam"), max_length=200)
    funder = models.CharField(_("wie betaalt"), max_length=200)
    funder_kind = models.CharField(
        _("soort geldgever"), max_length=20, choices=Stakeholder.choices, default="gemeente"
    )
    face_value = models.DecimalField(
        _("waarde van één cheque (euro)"), max_digits=8, decimal_places=2
    )
    per_person = models.PositiveSmallIntegerField(_("ten hoogste per persoon per jaar"))
    per_household = models.PositiveSmallIntegerField(_("ten hoogste per huishouden per jaar"))
    valid_months = models.PositiveSmallIntegerField(_("geldig (maanden)"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("regeling voor dienstencheques")
        verbose_name_plural = _("regelingen voor dienstencheques")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(face_value__gt=0, valid_months__gt=0),
                name="voucher_scheme_positive",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Voucher(TenantModel):
    """One voucher of one person: valid from the day it is given for the scheme's months,
    redeemed against a 1-loket request that is done, or expired."""

    scheme = models.ForeignKey(VoucherScheme, on_delete=models.PROTECT, related_name="vouchers")
    # Erased people leave their redeemed vouchers behind without a name (the funder paid).
    person = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, related_name="vouchers"
    )
    household = models.CharField(max_length=40, blank=True)  # members.selectors.household
    code = models.CharField(_("code"), max_length=12)
    issued_on = models.DateField(_("gegeven op"))
    expires_on = models.DateField(_("geldig tot en met"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    request = models.ForeignKey(
        "help.HelpRequest",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="vouchers",
    )
    redeemed_on = models.DateField(_("geïnd op"), null=True, blank=True)
    redeemed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["issued_on", "pk"]
        verbose_name = _("dienstencheque")
        verbose_name_plural = _("dienstencheques")
        constraints = [
            models.UniqueConstraint(fields=["collective", "code"], name="one_voucher_per_code"),
            models.CheckConstraint(
                condition=models.Q(request=None, redeemed_on=None)
                | (~models.Q(request=None) & ~models.Q(redeemed_on=None)),
                name="voucher_redeemed_with_request",
            ),
        ]
        indexes = [models.Index(fields=["collective", "scheme", "issued_on"])]

    def __str__(self) -> str:
        return self.code


class BudgetPlan(TenantModel):
    """The business case scenario the village budget puts beside what was received: the costs
    it gives to a party other than the collective are that party's planned payments to it."""

    scenario = models.ForeignKey(
        "businesscase.Scenario", on_delete=models.PROTECT, related_name="+"
    )
    year_zero = models.PositiveSmallIntegerField(_("het kalenderjaar van jaar 0"))

    class Meta:
        verbose_name = _("plan van het dorpsbudget")
        verbose_name_plural = _("plannen van het dorpsbudget")
        constraints = [
            models.UniqueConstraint(fields=["collective"], name="one_budget_plan_per_collective")
        ]

    def __str__(self) -> str:
        return f"{self.scenario} ({self.year_zero})"
