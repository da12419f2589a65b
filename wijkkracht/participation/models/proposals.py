from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel
from wijkkracht.participation.models.budget import Budget


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("ingediend")
    FEASIBLE = "feasible", _("haalbaar")
    NOT_FEASIBLE = "not_feasible", _("niet haalbaar")
    FUNDED = "funded", _("gekozen")
    NOT_FUNDED = "not_funded", _("niet gekozen")
    IN_PROGRESS = "in_progress", _("wordt uitgevoerd")
    DONE = "done", _("klaar")


class Proposal(TenantModel):
    """A resident's idea. Others support it; the board checks it and publishes why. In a
    neighbourhood budget a feasible proposal is a project on the ballot, its number the id."""

    budget = models.ForeignKey(
        Budget, on_delete=models.PROTECT, null=True, blank=True, related_name="proposals"
    )
    number = models.PositiveIntegerField()
    # The id on the ballot and in the `.pb` file. Ties go to the smallest id, so ours are padded
    # ("007" before "012"); an imported vote keeps the ids of its file.
    project_code = models.CharField(max_length=40)
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("wat is het idee?"))
    cost = models.DecimalField(
        _("kosten in euro"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    submitted_by = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SUBMITTED)
    reason = models.TextField(_("toelichting bij het besluit"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("voorstel")
        verbose_name_plural = _("voorstellen")
        constraints = [
            models.UniqueConstraint(fields=["collective", "number"], name="one_proposal_number"),
            models.UniqueConstraint(fields=["budget", "project_code"], name="one_project_code"),
        ]

    def __str__(self) -> str:
        return self.title


class Support(TenantModel):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="supports")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("steunbetuiging")
        verbose_name_plural = _("steunbetuigingen")
        constraints = [models.UniqueConstraint(fields=["proposal", "person"], name="support_once")]


class ProposalUpdate(TenantModel):
    """How the carrying out of a chosen proposal goes, for everyone to read."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="updates")
    written_on = models.DateField(_("datum"))
    text = models.TextField(_("wat is er gebeurd?"))

    class Meta:
        ordering = ["-written_on", "-pk"]
        verbose_name = _("voortgang")
        verbose_name_plural = _("voortgang")
