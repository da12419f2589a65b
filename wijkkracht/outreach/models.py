"""Doors, rounds, walk lists and visits."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Area, Person, TenantModel


class Door(TenantModel):
    """One address with a front door, as the municipality's address file (BAG) gives it."""

    postcode = models.CharField(_("postcode"), max_length=7)
    house_number = models.PositiveIntegerField(_("huisnummer"))
    house_letter = models.CharField(_("huisletter"), max_length=1, blank=True)
    addition = models.CharField(_("toevoeging"), max_length=4, blank=True)
    street = models.CharField(_("straat"), max_length=200)
    place = models.CharField(_("woonplaats"), max_length=100)
    area = models.ForeignKey(
        Area, verbose_name=_("buurt"), on_delete=models.PROTECT, null=True, blank=True
    )
    # Rijksdriehoek coordinates (EPSG:28992), when the file has them.
    x = models.DecimalField(max_digits=9, decimal_places=3, null=True, blank=True)
    y = models.DecimalField(max_digits=9, decimal_places=3, null=True, blank=True)
    residential = models.BooleanField(_("woning"), default=True)

    class Meta:
        ordering = ["street", "house_number", "house_letter", "addition"]
        verbose_name = _("deur")
        verbose_name_plural = _("deuren")
        constraints = [
            models.UniqueConstraint(
                fields=["collective", "postcode", "house_number", "house_letter", "addition"],
                name="one_door_per_address",
            )
        ]

    def __str__(self) -> str:
        return f"{self.street} {self.number}"

    @property
    def number(self) -> str:
        """The house number as it is written on the door: 12, 12A, 12-2, 12A-2."""
        extra = f"-{self.addition}" if self.addition else ""
        return f"{self.house_number}{self.house_letter}{extra}"

    @property
    def household(self) -> str:
        """The key members.models.household_key gives the people living here."""
        return f"{self.postcode}|{self.house_number}|{self.house_letter}{self.addition}"


class Round(TenantModel):
    """A period in which assistants ring the doors of a buurt (or all doors)."""

    name = models.CharField(_("naam"), max_length=200)
    area = models.ForeignKey(
        Area, verbose_name=_("buurt"), on_delete=models.PROTECT, null=True, blank=True
    )
    starts_on = models.DateField(_("van"))
    ends_on = models.DateField(_("tot en met"))
    list_size = models.PositiveSmallIntegerField(_("deuren per looplijst"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("ronde")
        verbose_name_plural = _("rondes")

    def __str__(self) -> str:
        return self.name


class WalkList(TenantModel):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="lists")
    number = models.PositiveSmallIntegerField(_("nummer"))
    assistant = models.ForeignKey(
        Person,
        verbose_name=_("buurtassistent"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="walk_lists",
    )

    class Meta:
        ordering = ["round", "number"]
        verbose_name = _("looplijst")
        verbose_name_plural = _("looplijsten")
        constraints = [
            models.UniqueConstraint(fields=["round", "number"], name="one_list_number_per_round")
        ]

    def __str__(self) -> str:
        return f"{self.round} {self.number}"


class Stop(TenantModel):
    """A door on a walk list, in walking order, with a short code for the paper list.
    Every door of a round is on exactly one list."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="+")
    walk_list = models.ForeignKey(WalkList, on_delete=models.CASCADE, related_name="stops")
    door = models.ForeignKey(Door, on_delete=models.PROTECT, related_name="stops")
    position = models.PositiveSmallIntegerField()
    code = models.CharField(_("code"), max_length=8)

    class Meta:
        ordering = ["walk_list", "position"]
        constraints = [
            models.UniqueConstraint(fields=["round", "door"], name="one_stop_per_door_per_round"),
            models.UniqueConstraint(fields=["round", "code"], name="one_code_per_round"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.door}"


class Outcome(models.TextChoices):
    NOT_HOME = "not_home", _("niet thuis")
    MET = "met", _("kennisgemaakt")
    REFUSED = "refused", _("wil niet")
    LATER = "later", _("later terugkomen")
    QUESTION = "question", _("vraag")


class Visit(TenantModel):
    """One ring at a door. Nothing about a person is kept unless they agreed (consent)."""

    stop = models.ForeignKey(Stop, on_delete=models.CASCADE, related_name="visits")
    # Made where the visit was recorded (the phone, or the server for a form): a visit sent
    # twice is stored once.
    client_id = models.UUIDField(unique=True)
    outcome = models.CharField(_("uitkomst"), max_length=10, choices=Outcome.choices)
    visited_at = models.DateTimeField(_("aangebeld op"))
    on_paper = models.BooleanField(default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    consent = models.BooleanField(_("toestemming om gegevens te bewaren"), default=False)
    name = models.CharField(_("naam"), max_length=200, blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    question = models.TextField(_("vraag"), blank=True)
    help_request = models.ForeignKey(
        "help.HelpRequest", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    application = models.ForeignKey(
        "members.Application", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    interest = models.ForeignKey(
        "activities.Activity",
        verbose_name=_("wil meedoen met"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["visited_at", "pk"]
        verbose_name = _("bezoek")
        verbose_name_plural = _("bezoeken")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(consent=True)
                | models.Q(
                    name="",
                    phone="",
                    question="",
                    help_request=None,
                    application=None,
                    interest=None,
                ),
                name="nothing_personal_without_consent",
            )
        ]

    def __str__(self) -> str:
        return f"{self.stop}: {self.get_outcome_display()}"
