"""The rules of the game as versioned documents with their parameters, the members' meeting
(ALV) with its agenda, attendance, proxies and votes, and the decisions it took."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel

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


class Channel(models.TextChoices):
    PAPER = "paper", _("op papier")
    ONLINE = "online", _("online")
    HANDS = "hands", _("handopsteken")


class Tally(TenantModel):
    """Votes counted on paper or by show of hands for one item; hands count only once a second
    teller confirmed them."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="tallies")
    channel = models.CharField(max_length=8, choices=Channel.choices)
    votes_for = models.PositiveIntegerField(_("voor"))
    votes_against = models.PositiveIntegerField(_("tegen"))
    abstentions = models.PositiveIntegerField(_("onthouding"))
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["item", "channel"], name="one_tally_per_channel")
        ]


class Choice(models.TextChoices):
    FOR = "for", _("voor")
    AGAINST = "against", _("tegen")
    ABSTAIN = "abstain", _("onthouding")


class Vote(TenantModel):
    """One member's online vote on one item, cast by themselves or by the holder of their
    proxy; one per member and item whatever the channel."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="votes")
    voter = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    cast_by = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    choice = models.CharField(max_length=8, choices=Choice.choices)
    cast_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["item", "voter"], name="one_vote_per_member")
        ]


class SecretVote(TenantModel):
    """One vote in a secret ballot. It has no link to the voter and no time: the roll says who
    voted (one go per place, whatever the channel), never what."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="secret_votes")
    choice = models.CharField(max_length=8, choices=Choice.choices)
    channel = models.CharField(max_length=8, choices=Channel.choices)


class Decision(TenantModel):
    """What the meeting decided on one item, kept as counted."""

    item = models.OneToOneField(AgendaItem, on_delete=models.PROTECT, related_name="decision")
    number = models.CharField(_("nummer"), max_length=12)
    decided_on = models.DateField(_("datum"))
    text = models.TextField(_("besluit"))
    eligible = models.PositiveIntegerField()
    present = models.PositiveIntegerField()
    represented = models.PositiveIntegerField()
    votes_for = models.PositiveIntegerField()
    votes_against = models.PositiveIntegerField()
    abstentions = models.PositiveIntegerField()
    quorate = models.BooleanField()
    adopted = models.BooleanField()

    class Meta:
        ordering = ["-decided_on", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["collective", "number"], name="decision_number_once")
        ]

    def __str__(self) -> str:
        return f"{self.number}: {self.text[:60]}"


class MinutesStatus(models.TextChoices):
    DRAFT = "draft", _("concept van de secretaris")
    AMENDMENT = "amendment", _("wie er was, kan wijzigingen voorstellen")
    ADOPTED = "adopted", _("vastgesteld")


class Minutes(TenantModel):
    """The minutes of a meeting: the secretary's draft from the agenda and the decisions, a
    period in which those present propose changes, then adopted by the next meeting and fixed."""

    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="minutes")
    text = models.TextField(_("notulen"))
    status = models.CharField(max_length=10, choices=MinutesStatus.choices, default="draft")
    amendments_until = models.DateField(null=True, blank=True)
    adopted_by = models.OneToOneField(
        Decision, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.meeting}: {self.get_status_display()}"


class Amendment(TenantModel):
    """A change to the minutes proposed by someone who was there."""

    minutes = models.ForeignKey(Minutes, on_delete=models.CASCADE, related_name="amendments")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("wat moet er anders"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]


class MeetingRequest(TenantModel):
    """Members ask the board for a meeting (art. 2:41 BW): once enough have signed, the board
    must convene within 14 days, else the members may convene it themselves."""

    subject = models.TextField(_("waarover willen de leden vergaderen"))
    started_by = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    reached_on = models.DateField(null=True, blank=True)
    meeting = models.ForeignKey(
        Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    by_members = models.BooleanField(default=False)  # convened by the requesters themselves

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject[:60]


class Signature(TenantModel):
    request = models.ForeignKey(MeetingRequest, on_delete=models.CASCADE, related_name="signatures")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    via = models.CharField(
        max_length=8, choices=[("online", _("online")), ("paper", _("op papier"))]
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    signed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["request", "person"], name="sign_once")]


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


class FollowUp(TenantModel):
    """What the board does to carry out a decision, by whom and when."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="follow_ups")
    text = models.CharField(_("wat moet er gebeuren"), max_length=300)
    owner = models.ForeignKey(
        Person,
        verbose_name=_("wie doet het"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    due_on = models.DateField(_("klaar op"), null=True, blank=True)
    done_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["done_on", "due_on", "pk"]

    def __str__(self) -> str:
        return self.text
