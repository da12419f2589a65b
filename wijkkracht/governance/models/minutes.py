"""Minutes with the changes proposed to them, and members' requests for a meeting."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel
from wijkkracht.governance.models.meetings import Meeting
from wijkkracht.governance.models.votes import Decision


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
