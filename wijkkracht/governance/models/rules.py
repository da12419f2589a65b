"""The rules of the game as versioned documents, with the parameters the meeting follows."""

from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel

SHARE = RegexValidator(r"^[1-9][0-9]*/[1-9][0-9]*$", _('Schrijf een deel als "2/3" of "1/2".'))


class DocumentKind(models.TextChoices):
    STATUTES = "statutes", _("statuten")
    BYLAWS = "bylaws", _("huishoudelijk reglement")
    GAME = "game", _("spelregels")


class DecisionType(models.TextChoices):
    ORDINARY = "ordinary", _("gewoon besluit")
    STATUTES = "statutes", _("statutenwijziging")
    DISSOLUTION = "dissolution", _("ontbinding")


class MajorityRule(models.TextChoices):
    AT_LEAST = "at_least", _("ten minste")
    MORE_THAN = "more_than", _("meer dan")


class RulesVersion(TenantModel):
    """One version of the statuten, the huishoudelijk reglement or the spelregels. The
    statuten's version carries the parameters the meeting follows."""

    kind = models.CharField(_("soort"), max_length=10, choices=DocumentKind.choices)
    version = models.PositiveIntegerField(_("versie"))
    text = models.TextField(_("tekst"))
    adopted_on = models.DateField(_("vastgesteld op"))
    notarial_date = models.DateField(_("datum van de notariële akte"), null=True, blank=True)
    decision = models.ForeignKey(
        "Decision",
        verbose_name=_("besluit"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    proxies_allowed = models.BooleanField(_("volmachten toegestaan"), default=True)
    max_proxies = models.PositiveSmallIntegerField(
        _("hoeveel volmachten per lid ten hoogste"), default=1
    )
    remote_allowed = models.BooleanField(_("op afstand meedoen toegestaan"), default=False)
    early_vote_days = models.PositiveSmallIntegerField(
        _("dagen vooraf elektronisch stemmen (0: niet)"),
        default=0,
        validators=[MaxValueValidator(30)],
    )
    convocation_days = models.PositiveSmallIntegerField(
        _("oproepen ten minste dagen vooraf"), default=14
    )
    statutes_change_days = models.PositiveSmallIntegerField(
        _("statutenwijziging: oproepen ten minste dagen vooraf"), default=14
    )
    inspection_days = models.PositiveSmallIntegerField(
        _("statutenwijziging: ter inzage ten minste dagen vooraf"), default=5
    )
    quorum_ordinary = models.CharField(
        _("quorum gewoon besluit"), max_length=7, blank=True, validators=[SHARE]
    )
    quorum_statutes = models.CharField(
        _("quorum statutenwijziging"), max_length=7, blank=True, validators=[SHARE]
    )
    quorum_dissolution = models.CharField(
        _("quorum ontbinding"), max_length=7, blank=True, validators=[SHARE]
    )
    majority_ordinary = models.CharField(
        _("meerderheid gewoon besluit"), max_length=7, default="1/2", validators=[SHARE]
    )
    rule_ordinary = models.CharField(
        max_length=10, choices=MajorityRule.choices, default=MajorityRule.MORE_THAN
    )
    majority_statutes = models.CharField(
        _("meerderheid statutenwijziging"), max_length=7, default="2/3", validators=[SHARE]
    )
    rule_statutes = models.CharField(
        max_length=10, choices=MajorityRule.choices, default=MajorityRule.AT_LEAST
    )
    majority_dissolution = models.CharField(
        _("meerderheid ontbinding"), max_length=7, default="2/3", validators=[SHARE]
    )
    rule_dissolution = models.CharField(
        max_length=10, choices=MajorityRule.choices, default=MajorityRule.AT_LEAST
    )
    second_meeting_after = models.PositiveSmallIntegerField(
        _("tweede vergadering: ten minste dagen na de eerste"), default=7
    )
    second_meeting_within = models.PositiveSmallIntegerField(
        _("tweede vergadering: uiterlijk dagen na de eerste (0: geen)"),
        default=28,
        help_text=_(
            "Waren er te weinig leden, dan besluit een tweede vergadering in deze dagen over "
            "hetzelfde voorstel zonder quorum, met dezelfde meerderheid."
        ),
    )
    request_share = models.CharField(
        _("deel van de leden dat een vergadering kan vragen"),
        max_length=7,
        default="1/10",
        validators=[SHARE],
        help_text=_("De wet zegt één tiende; de statuten mogen minder vragen."),
    )

    class Meta:
        ordering = ["kind", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["collective", "kind", "version"], name="one_version_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.version}"
