"""What the board does to carry out a decision."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel
from wijkkracht.governance.models.votes import Decision


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
