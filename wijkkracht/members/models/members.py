from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, SheetUpload, TenantModel


class RateKind(models.TextChoices):
    STANDARD = "standard", _("gewoon tarief")
    REDUCED = "reduced", _("verlaagd tarief")
    EXEMPT = "exempt", _("vrijgesteld")


class EndReason(models.TextChoices):
    OWN_REQUEST = "own_request", _("op eigen verzoek")
    MOVED = "moved", _("verhuisd")
    DECEASED = "deceased", _("overleden")
    NOT_PAID = "not_paid", _("contributie niet betaald")
    OTHER = "other", _("andere reden")


class Member(TenantModel):
    """A person's membership of the collective: the legally required member register.

    Members at one address (postcode, house number and addition of their person) form a
    household; the contribution is charged per household.
    """

    person = models.OneToOneField(Person, on_delete=models.PROTECT, related_name="member")
    number = models.PositiveIntegerField(_("lidnummer"))
    since = models.DateField(_("lid sinds"))
    until = models.DateField(_("lid tot"), null=True, blank=True)
    end_reason = models.CharField(
        _("reden van opzeggen"), max_length=20, choices=EndReason.choices, blank=True
    )
    rate = models.CharField(
        _("tarief"), max_length=10, choices=RateKind.choices, default=RateKind.STANDARD
    )

    class Meta:
        ordering = ["number"]
        verbose_name = _("lid")
        verbose_name_plural = _("leden")
        constraints = [
            models.UniqueConstraint(fields=["collective", "number"], name="one_member_number")
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.person}"

    @property
    def is_active(self) -> bool:
        return self.until is None


def household_key(person: Person) -> str:
    """The address that makes members one household: postcode, number and addition."""
    if not person.postcode or person.house_number is None:
        return f"person-{person.pk}"
    return f"{person.postcode}|{person.house_number}|{person.house_number_addition}"


class MemberImport(SheetUpload):
    """An uploaded member list waiting for the treasurer's confirmation, then kept as history."""

    class Meta(SheetUpload.Meta):
        verbose_name = _("import van leden")
        verbose_name_plural = _("imports van leden")
