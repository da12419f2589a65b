import functools
import operator
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel


class Phase(models.TextChoices):
    SUBMIT = "submit", _("ideeën indienen")
    CHECK = "check", _("ideeën bekijken")
    VOTE = "vote", _("stemmen")
    RESULT = "result", _("uitslag")
    IMPLEMENTATION = "implementation", _("uitvoering")


class Rule(models.TextChoices):
    EQUAL_SHARES_ADD1 = "equal-shares-add1", _("gelijke delen, aangevuld (aanbevolen)")
    EQUAL_SHARES = "equal-shares", _("gelijke delen")
    GREEDY = "greedy", _("meeste stemmen eerst")


class Budget(TenantModel):
    """A neighbourhood budget: residents propose, the board checks, residents vote, the rule
    counts, the collective carries out. Once counted, the result is stored and never changes."""

    title = models.CharField(_("naam"), max_length=200)
    description = models.TextField(_("uitleg"), blank=True)
    amount = models.DecimalField(_("budget in euro"), max_digits=12, decimal_places=2)
    rule = models.CharField(
        _("telregel"), max_length=20, choices=Rule.choices, default=Rule.EQUAL_SHARES_ADD1
    )
    phase = models.CharField(_("fase"), max_length=20, choices=Phase.choices, default=Phase.SUBMIT)
    result = models.JSONField(default=dict, blank=True)
    counted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("wijkbudget")
        verbose_name_plural = _("wijkbudgetten")

    def __str__(self) -> str:
        return self.title


class Ballot(TenantModel):
    """One cast vote: which projects it approves, in which buurt, by which channel. It has no
    link to the voter and no time, so nobody can tell whose it is."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="ballots")
    approvals = models.JSONField(default=list)
    area = models.CharField(_("buurt"), max_length=10, blank=True)
    channel = models.CharField(max_length=10)

    class Meta:
        verbose_name = _("stembiljet")
        verbose_name_plural = _("stembiljetten")


class Channel(models.TextChoices):
    ONLINE = "online", _("online")
    PAPER = "paper", _("op papier")


# What a roll can be for: a neighbourhood budget's vote, a survey, a members' meeting (its
# check-in codes) or a secret ballot on one agenda item.
ROLL_FOR = ("budget", "survey", "meeting", "agenda_item")


def _exactly_one(fields: tuple[str, ...]) -> models.Q:
    options = [
        models.Q(**{f"{name}__isnull": name != chosen for name in fields}) for chosen in fields
    ]
    return functools.reduce(operator.or_, options)


class Invitation(TenantModel):
    """One place on the roll of a vote, a survey or a meeting: who may take part, with the code
    on their letter (stored as a keyed hash) and whether they took part. It never says what
    they chose."""

    budget = models.ForeignKey(
        Budget, on_delete=models.CASCADE, null=True, blank=True, related_name="invitations"
    )
    survey = models.ForeignKey(
        "participation.Survey",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="invitations",
    )
    meeting = models.ForeignKey(
        "governance.Meeting",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="roll",
    )
    agenda_item = models.ForeignKey(
        "governance.AgendaItem",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="roll",
    )
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    household = models.CharField(max_length=60, blank=True)
    code_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    code_made_at = models.DateTimeField(null=True, blank=True)
    used_at = models.DateTimeField(null=True, blank=True)
    channel = models.CharField(max_length=10, choices=Channel.choices, blank=True)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        constraints = [
            models.CheckConstraint(
                condition=_exactly_one(ROLL_FOR), name="invitation_for_one_thing"
            ),
            models.UniqueConstraint(fields=["budget", "person"], name="one_vote_per_person"),
            models.UniqueConstraint(fields=["survey", "person"], name="one_answer_per_person"),
            models.UniqueConstraint(fields=["meeting", "person"], name="one_place_per_member"),
            models.UniqueConstraint(
                fields=["agenda_item", "person"], name="one_secret_vote_per_member"
            ),
        ]
