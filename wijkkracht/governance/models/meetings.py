"""The members' meeting: its agenda, who is there and the proxies."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel
from wijkkracht.governance.models.rules import DecisionType, RulesVersion


class Meeting(TenantModel):
    """A members' meeting (ALV), under the statuten in force when it was planned."""

    title = models.CharField(_("naam"), max_length=120)
    starts_at = models.DateTimeField(_("begint"))
    place = models.CharField(_("plek"), max_length=200)
    statutes = models.ForeignKey(RulesVersion, on_delete=models.PROTECT, related_name="+")
    convened_at = models.DateTimeField(null=True, blank=True)
    convened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    second_for = models.ForeignKey(
        "self",
        verbose_name=_("tweede vergadering na"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_at"]

    def __str__(self) -> str:
        return self.title


class AgendaItem(TenantModel):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    order = models.PositiveSmallIntegerField()
    title = models.CharField(_("onderwerp"), max_length=200)
    proposal = models.TextField(_("voorstel"), blank=True)
    decision_type = models.CharField(
        _("soort besluit"),
        max_length=12,
        choices=DecisionType.choices,
        blank=True,
        help_text=_("Leeg: er wordt niet over gestemd."),
    )
    accounts_year = models.PositiveSmallIntegerField(
        _("stelt de jaarrekening vast over het jaar"), null=True, blank=True
    )
    minutes_of = models.ForeignKey(
        Meeting,
        verbose_name=_("stelt de notulen vast van"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    secret = models.BooleanField(
        _("geheime stemming"),
        default=False,
        help_text=_(
            "Bijvoorbeeld over personen. Ieder lid stemt één keer, online of met een briefje "
            "met een code; niemand kan zien wie wat stemde."
        ),
    )

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return f"{self.order}. {self.title}"


class AttendanceVia(models.TextChoices):
    CODE = "code", _("met de code")
    COORDINATOR = "coordinator", _("door de coördinator")
    REMOTE = "remote", _("op afstand")


class Attendance(TenantModel):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    via = models.CharField(max_length=12, choices=AttendanceVia.choices)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="present_once")]


class ProxyVia(models.TextChoices):
    WRITTEN = "written", _("schriftelijk, op papier")
    ELECTRONIC = "electronic", _("elektronisch")


class Proxy(TenantModel):
    """A member lets another member vote for them at one meeting (art. 2:38 lid 5)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="proxies")
    giver = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    holder = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    via = models.CharField(_("hoe gegeven"), max_length=12, choices=ProxyVia.choices)
    note = models.CharField(_("aantekening"), max_length=200, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "giver"],
                condition=models.Q(revoked_at__isnull=True),
                name="one_proxy_per_giver",
            )
        ]
