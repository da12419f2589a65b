from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.email import InternationalEmailField
from wijkkracht.core.models import ContactPreference, NameAndAddress, TenantModel, User
from wijkkracht.core.postcode import validate_postcode
from wijkkracht.members.iban import validate_iban
from wijkkracht.members.models.members import Member


class ApplicationVia(models.TextChoices):
    ONLINE = "online", _("zelf, online")
    PAPER = "paper", _("op papier")
    DOOR = "door", _("aan de deur")


class ApplicationStatus(models.TextChoices):
    WAITING = "waiting", _("wacht op de penningmeester")
    ACCEPTED = "accepted", _("aangenomen")
    REFUSED = "refused", _("afgewezen")


class Application(NameAndAddress, TenantModel):
    """Someone asks to become a member ("lid worden"), online or on a paper form.

    With an IBAN it holds the SEPA mandate as it was agreed: the text with the creditor ID
    and the reference shown, when, and for an online form from which IP address (the EPC
    rulebook's evidence for an e-mandate). The treasurer accepts or refuses it.
    """

    given_name = models.CharField(_("voornaam"), max_length=100)
    family_name_prefix = models.CharField(_("tussenvoegsel"), max_length=30, blank=True)
    family_name = models.CharField(_("achternaam"), max_length=100)
    email = InternationalEmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    street = models.CharField(_("straat"), max_length=200)
    house_number = models.PositiveIntegerField(_("huisnummer"))
    house_number_addition = models.CharField(_("toevoeging"), max_length=10, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, validators=[validate_postcode])
    city = models.CharField(_("woonplaats"), max_length=100)
    contact_preference = models.CharField(
        _("liefst bereikbaar via"), max_length=10, choices=ContactPreference.choices
    )
    # Others at the same address who join too: one name per line.
    housemates = models.TextField(_("huisgenoten die ook lid worden"), blank=True)
    iban = models.CharField(_("IBAN"), max_length=34, blank=True, validators=[validate_iban])
    account_holder = models.CharField(_("naam rekeninghouder"), max_length=70, blank=True)
    mandate_reference = models.CharField(_("kenmerk machtiging"), max_length=35, blank=True)
    mandate_text = models.TextField(blank=True)
    signed_on = models.DateField(_("getekend op"), null=True, blank=True)
    signed_ip = models.GenericIPAddressField(null=True, blank=True)
    via = models.CharField(_("aangemeld via"), max_length=10, choices=ApplicationVia.choices)
    status = models.CharField(
        _("stand"),
        max_length=10,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.WAITING,
        db_index=True,
    )
    refusal_reason = models.CharField(_("reden"), max_length=300, blank=True)
    member = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    entered_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        constraints = [
            models.UniqueConstraint(
                fields=["collective", "mandate_reference"],
                condition=~models.Q(mandate_reference=""),
                name="one_application_mandate_reference",
            )
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def housemate_names(self) -> list[str]:
        return [line.strip() for line in self.housemates.splitlines() if line.strip()]

    @property
    def iban_masked(self) -> str:
        return f"{self.iban[:4]} •••• {self.iban[-4:]}" if self.iban else ""
