import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel


class Per(models.TextChoices):
    PERSON = "person", _("één antwoord per persoon")
    HOUSEHOLD = "household", _("één antwoord per huishouden")


class SurveyStatus(models.TextChoices):
    DRAFT = "draft", _("in voorbereiding")
    OPEN = "open", _("open")
    CLOSED = "closed", _("gesloten")


class Purpose(models.TextChoices):
    SURVEY = "survey", _("enquête")
    MEASUREMENT = "measurement", _("meting")


class Survey(TenantModel):
    """A residents' survey, online and on paper. Anonymous ones keep answers apart from people.

    A measurement (a round of the impact app) shows its results there, never per questionnaire.
    A paired one ties the answers of one person in this survey and the one it follows with a
    keyed hash, without a name, so a before and after can be compared for the same people.
    """

    title = models.CharField(_("titel"), max_length=200)
    intro = models.TextField(_("inleiding"), blank=True)
    per = models.CharField(
        _("wie antwoordt"), max_length=10, choices=Per.choices, default=Per.PERSON
    )
    anonymous = models.BooleanField(_("anoniem"), default=True)
    status = models.CharField(
        max_length=10, choices=SurveyStatus.choices, default=SurveyStatus.DRAFT
    )
    purpose = models.CharField(
        max_length=12, choices=Purpose.choices, default=Purpose.SURVEY, editable=False
    )
    paired = models.BooleanField(default=False, editable=False)
    follows = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("enquête")
        verbose_name_plural = _("enquêtes")

    def __str__(self) -> str:
        return self.title


class Kind(models.TextChoices):
    CHOICE = "choice", _("één keuze")
    MULTIPLE = "multiple", _("meer keuzes")
    SCALE = "scale", _("schaal van 1 tot 5")
    OPEN = "open", _("open vraag")
    RANKING = "ranking", _("volgorde")


class Question(TenantModel):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField()
    kind = models.CharField(_("soort vraag"), max_length=10, choices=Kind.choices)
    text = models.CharField(_("vraag"), max_length=300)
    options = models.JSONField(_("antwoorden"), default=list, blank=True)

    class Meta:
        ordering = ["position"]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self) -> str:
        return self.text


class Response(TenantModel):
    """One filled-in questionnaire. `person` is only set when the survey is not anonymous."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    answers = models.JSONField(default=dict)
    channel = models.CharField(max_length=10)
    person = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Same person, same key in a paired survey and the one it follows; blank otherwise.
    pair_key = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
