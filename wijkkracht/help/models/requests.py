import datetime
from collections.abc import Iterator

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Area, Person, TenantModel
from wijkkracht.help.models.volunteers import Volunteer


class Category(models.TextChoices):
    GROCERIES = "groceries", _("boodschappen")
    ODD_JOBS = "odd_jobs", _("klusjes in en om het huis")
    MEAL = "meal", _("een maaltijd")
    TRANSPORT = "transport", _("vervoer, bijvoorbeeld naar het ziekenhuis")
    COMPANY = "company", _("gezelschap, een praatje of een wandeling")
    PAPERWORK = "paperwork", _("hulp met post en formulieren")
    DIGITAL = "digital", _("hulp met computer of telefoon")
    RESPITE = "respite", _("even vrij voor een mantelzorger")
    OTHER = "other", _("iets anders")


# Help alone with someone at home or with their papers: the volunteer needs a valid VOG.
VOG_CATEGORIES = frozenset({Category.COMPANY, Category.PAPERWORK, Category.RESPITE})


class Channel(models.TextChoices):
    ONLINE = "online", _("zelf, online")
    PHONE = "phone", _("telefoon")
    WALK_IN = "walk_in", _("langs geweest")
    PAPER = "paper", _("op papier")
    DOOR = "door", _("aan de deur")
    CIRCLE = "circle", _("uit de zorgcirkel")


class Urgency(models.TextChoices):
    HIGH = "high", _("vandaag of morgen")
    NORMAL = "normal", _("deze week")
    LOW = "low", _("kan wachten")


class Status(models.TextChoices):
    NEW = "new", _("nieuw")
    TRIAGE = "triage", _("bekeken")
    MATCHED = "matched", _("vrijwilliger gevraagd")
    CONFIRMED = "confirmed", _("afgesproken")
    DONE = "done", _("klaar")
    CANCELLED = "cancelled", _("geannuleerd")
    REFERRED = "referred", _("doorverwezen")


OPEN_STATUSES = (Status.NEW, Status.TRIAGE, Status.MATCHED, Status.CONFIRMED)
UNMATCHED_STATUSES = (Status.NEW, Status.TRIAGE)


class HelpRequest(TenantModel):
    """A resident's question for help: what, when, where and how it ended."""

    resident = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="help_requests")
    category = models.CharField(_("soort hulp"), max_length=20, choices=Category.choices)
    description = models.TextField(_("wat is er nodig"))
    place = models.CharField(_("waar"), max_length=200, blank=True)
    area = models.ForeignKey(
        Area, verbose_name=_("buurt"), on_delete=models.PROTECT, null=True, blank=True
    )
    date = models.DateField(_("datum"))
    start_time = models.TimeField(_("van"))
    end_time = models.TimeField(_("tot"))
    repeats_weekly = models.BooleanField(_("elke week"), default=False)
    repeat_until = models.DateField(_("herhalen tot en met"), null=True, blank=True)
    urgency = models.CharField(
        _("hoe snel"), max_length=10, choices=Urgency.choices, default=Urgency.NORMAL
    )
    needs_vog = models.BooleanField(_("vrijwilliger heeft een VOG nodig"), default=False)
    channel = models.CharField(_("binnengekomen via"), max_length=10, choices=Channel.choices)
    status = models.CharField(
        _("stand"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    follow_up_on = models.DateField(_("nabellen op"), null=True, blank=True)
    outcome = models.TextField(_("hoe is het gegaan"), blank=True)
    resident_satisfied = models.BooleanField(_("bewoner tevreden"), null=True, blank=True)
    hours_spent = models.DecimalField(
        _("uren besteed"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    closed_at = models.DateTimeField(_("afgesloten op"), null=True, blank=True)

    class Meta:
        ordering = ["date", "start_time", "pk"]
        verbose_name = _("hulpvraag")
        verbose_name_plural = _("hulpvragen")
        indexes = [
            models.Index(fields=["collective", "status", "date"]),
            models.Index(fields=["collective", "follow_up_on"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="help_request_ends_after_start",
                violation_error_message=_("De eindtijd moet na de begintijd liggen."),
            ),
            models.CheckConstraint(
                condition=models.Q(repeat_until__isnull=True)
                | models.Q(repeat_until__gte=models.F("date")),
                name="help_request_repeats_forward",
                violation_error_message=_("Herhalen tot en met moet na de eerste datum liggen."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_category_display()} ({self.date:%d-%m-%Y})"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def last_day(self) -> datetime.date | None:
        """The last day it happens; None for a weekly request without an end."""
        if not self.repeats_weekly:
            return self.date
        return self.repeat_until

    def occurrences(self, first: datetime.date, last: datetime.date) -> Iterator[datetime.date]:
        """The days between ``first`` and ``last`` (inclusive) on which the help is needed."""
        if not self.repeats_weekly:
            if first <= self.date <= last:
                yield self.date
            return
        day = self.date
        if first > day:
            day += datetime.timedelta(days=-((first - day).days // -7) * 7)
        end = min(last, self.repeat_until) if self.repeat_until else last
        while day <= end:
            yield day
            day += datetime.timedelta(days=7)


class AssignmentState(models.TextChoices):
    PROPOSED = "proposed", _("gevraagd")
    ACCEPTED = "accepted", _("ja gezegd")
    DECLINED = "declined", _("nee gezegd")
    WITHDRAWN = "withdrawn", _("teruggetrokken")


ACTIVE_STATES = (AssignmentState.PROPOSED, AssignmentState.ACCEPTED)


class AnswerVia(models.TextChoices):
    LINK = "link", _("link in de e-mail")
    PAGE = "page", _("eigen pagina")
    PHONE = "phone", _("telefoon, ingevoerd door coördinator")


class Assignment(TenantModel):
    """A volunteer asked to take on a help request, and their answer."""

    request = models.ForeignKey(HelpRequest, on_delete=models.CASCADE, related_name="assignments")
    volunteer = models.ForeignKey(Volunteer, on_delete=models.PROTECT, related_name="assignments")
    state = models.CharField(
        _("antwoord"),
        max_length=10,
        choices=AssignmentState.choices,
        default=AssignmentState.PROPOSED,
    )
    score = models.PositiveSmallIntegerField(_("match"), default=0)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    proposed_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_via = models.CharField(max_length=10, choices=AnswerVia.choices, blank=True)

    class Meta:
        ordering = ["-proposed_at", "-pk"]
        # Only the questions still waiting for an answer: an index over every state would
        # lead SQLite through the years of accepted history instead of the open requests.
        indexes = [
            models.Index(
                fields=["collective", "proposed_at"],
                condition=models.Q(state="proposed"),
                name="help_assignment_waiting",
            )
        ]
        verbose_name = _("koppeling")
        verbose_name_plural = _("koppelingen")
        constraints = [
            # The database itself refuses a second volunteer on one request.
            models.UniqueConstraint(
                fields=["request"],
                condition=models.Q(state__in=["proposed", "accepted"]),
                name="one_active_assignment_per_request",
            )
        ]

    def __str__(self) -> str:
        return f"{self.volunteer} → {self.request}"

    @property
    def is_active(self) -> bool:
        return self.state in ACTIVE_STATES


class HealthNote(TenantModel):
    """Health details of a request (GDPR art. 9): only with explicit consent, every read logged."""

    request = models.OneToOneField(
        HelpRequest, on_delete=models.CASCADE, related_name="health_note"
    )
    text = models.TextField(_("gezondheid: wat moet de helper weten"))
    share_with_volunteer = models.BooleanField(_("de vrijwilliger mag dit lezen"), default=False)
    consent_via = models.CharField(_("toestemming gegeven"), max_length=10, choices=Channel.choices)
    consent_given_at = models.DateTimeField(_("toestemming gegeven op"))
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("gezondheidsnotitie")
        verbose_name_plural = _("gezondheidsnotities")

    def __str__(self) -> str:
        return str(_("gezondheidsnotitie bij hulpvraag %(number)s") % {"number": self.request_id})


class HoursEntry(TenantModel):
    """Time a volunteer gave, for thanks at the end of the year and for the impact figures."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.PROTECT, related_name="hours")
    request = models.ForeignKey(
        HelpRequest, on_delete=models.SET_NULL, null=True, blank=True, related_name="hours"
    )
    day = models.DateField(_("datum"))
    hours = models.DecimalField(_("uren"), max_digits=4, decimal_places=2)
    note = models.CharField(_("wat heb je gedaan"), max_length=200, blank=True)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-day", "-pk"]
        verbose_name = _("uren")
        verbose_name_plural = _("uren")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours__gt=0, hours__lte=24),
                name="hours_within_a_day",
                violation_error_message=_("Vul een aantal uren in tussen 0 en 24."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.volunteer}: {self.hours} uur op {self.day:%d-%m-%Y}"
