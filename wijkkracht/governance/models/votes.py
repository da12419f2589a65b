"""Votes on an agenda item, on paper, online, by hands and in secret, and the decision kept."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel
from wijkkracht.governance.models.meetings import AgendaItem


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
