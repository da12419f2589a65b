"""A care circle around one resident: the people who help, the tasks they share, time off for
the main carer, and notes that are health data."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel
from wijkkracht.help.models import Channel


class ConsentBy(models.TextChoices):
    SELF = "self", _("de bewoner zelf")
    REPRESENTATIVE = "representative", _("een vertegenwoordiger")


class Circle(TenantModel):
    """The people around one resident, made with their consent or their representative's."""

    person = models.OneToOneField(
        Person, on_delete=models.CASCADE, related_name="care_circle", verbose_name=_("bewoner")
    )
    birth_date = models.DateField(_("geboortedatum"), null=True, blank=True)
    consent_by = models.CharField(
        _("toestemming van"), max_length=16, choices=ConsentBy.choices, default=ConsentBy.SELF
    )
    representative = models.CharField(
        _("naam van de vertegenwoordiger"), max_length=200, blank=True
    )
    consent_via = models.CharField(_("toestemming gegeven"), max_length=10, choices=Channel.choices)
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    # Notes are health data: kept only after this second, explicit consent.
    notes_consent_at = models.DateTimeField(
        _("toestemming voor notities op"), null=True, blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["person__family_name", "person__given_name"]
        verbose_name = _("zorgcirkel")
        verbose_name_plural = _("zorgcirkels")

    def __str__(self) -> str:
        return str(_("Zorgcirkel rond %(name)s") % {"name": self.person.full_name})


class CircleRole(models.TextChoices):
    MAIN_CARER = "main_carer", _("mantelzorger")
    FAMILY = "family", _("familie")
    NEIGHBOUR = "neighbour", _("buur")
    VOLUNTEER = "volunteer", _("vrijwilliger")
    PROFESSIONAL = "professional", _("zorgverlener, alleen lezen")


# Carers: the people the municipality's appreciation and the strain follow-up are about.
CARER_ROLES = (CircleRole.MAIN_CARER, CircleRole.FAMILY, CircleRole.NEIGHBOUR)


class Member(TenantModel):
    """Someone in the circle. Only members the resident chose read the notes."""

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="members")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="care_memberships")
    role = models.CharField(_("rol in de cirkel"), max_length=16, choices=CircleRole.choices)
    reads_notes = models.BooleanField(_("mag de notities lezen"), default=False)
    hours_per_week = models.DecimalField(
        _("uren zorg per week"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    cares_since = models.DateField(_("zorgt sinds"), null=True, blank=True)
    # For the municipality's yearly list (Wmo art. 2.1.6): the carer's own yes.
    appreciation_consent = models.BooleanField(
        _("mag op de lijst voor de mantelzorgwaardering"), default=False
    )
    # The carer agreed to answer the strain questionnaire (EDIZ) by name, so the coordinator
    # can call when it is high.
    strain_consent = models.BooleanField(
        _("vult de vragen over belasting (EDIZ) in met naam"), default=False
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["role", "person__family_name"]
        verbose_name = _("lid van de zorgcirkel")
        verbose_name_plural = _("leden van de zorgcirkel")
        constraints = [
            models.UniqueConstraint(fields=["circle", "person"], name="care_member_once"),
            models.CheckConstraint(
                condition=models.Q(hours_per_week__isnull=True)
                | models.Q(hours_per_week__gt=0, hours_per_week__lte=168),
                name="care_hours_within_a_week",
                violation_error_message=_("Vul een aantal uren per week in tussen 0 en 168."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"

    @property
    def view_only(self) -> bool:
        return self.role == CircleRole.PROFESSIONAL


class TaskKind(models.TextChoices):
    GROCERIES = "groceries", _("boodschappen")
    RIDE = "ride", _("een rit")
    COMPANY = "company", _("gezelschap")
    MEDICATION = "medication", _("herinneren aan medicijnen")
    MEAL = "meal", _("een maaltijd")
    RESPITE = "respite", _("even vrij voor de mantelzorger")
    OTHER = "other", _("iets anders")


class Respite(TenantModel):
    """Time off the main carer asked for: its day parts become tasks of the circle."""

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="respites")
    carer = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="respites")
    first_day = models.DateField(_("eerste dag"))
    last_day = models.DateField(_("laatste dag"))
    note = models.CharField(_("wat moet de invaller weten"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-first_day"]
        verbose_name = _("respijt")
        verbose_name_plural = _("respijt")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_day__gte=models.F("first_day")),
                name="care_respite_forward",
                violation_error_message=_("De laatste dag ligt voor de eerste dag."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.carer.person}: {self.first_day:%d-%m-%Y}"


def unclaimed(prefix: str = "") -> models.Q:
    """Tasks nobody has: not in the circle, not at the 1-loket, neither done nor cancelled.
    ``prefix`` reaches them through a relation, e.g. ``"tasks__"``."""
    fields = ("claimed_by", "help_request", "done_at", "cancelled_at")
    return models.Q(**{f"{prefix}{field}__isnull": True for field in fields})


class Task(TenantModel):
    """Something the circle shares out. Still unclaimed 48 hours before, it goes to the
    1-loket as one help request; its state there is the task's state here."""

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="tasks")
    kind = models.CharField(_("soort"), max_length=12, choices=TaskKind.choices)
    title = models.CharField(_("wat"), max_length=200)
    date = models.DateField(_("datum"))
    start_time = models.TimeField(_("van"))
    end_time = models.TimeField(_("tot"))
    respite = models.ForeignKey(
        Respite, on_delete=models.CASCADE, null=True, blank=True, related_name="tasks"
    )
    claimed_by = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="claimed_tasks"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(_("gedaan op"), null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    help_request = models.OneToOneField(
        "help.HelpRequest",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="care_task",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date", "start_time", "pk"]
        verbose_name = _("taak")
        verbose_name_plural = _("taken")
        indexes = [
            # The escalation reads the next two days' tasks. Not a partial index on "nobody
            # has it": PostgreSQL, its statistics not yet updated after many new tasks, chose
            # that index over the primary key for the update that links a task, and scanned it
            # whole for every task (17 tasks a second at 200,000 tasks, was 128 at 20,000).
            models.Index(fields=["collective", "date"], name="care_task_day"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="care_task_ends_after_start",
                violation_error_message=_("De eindtijd moet na de begintijd liggen."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.date:%d-%m-%Y})"

    @property
    def starts_at(self) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(self.date, self.start_time))


class Note(TenantModel):
    """A note in the circle: health data, read only by the members the resident chose."""

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField(_("notitie"))
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    written_by_name = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notitie")
        verbose_name_plural = _("notities")

    def __str__(self) -> str:
        return str(
            _("notitie in de zorgcirkel van %(date)s") % {"date": f"{self.created_at:%d-%m-%Y}"}
        )


class StrainCall(TenantModel):
    """'Bel even': a carer's strain score was above the collective's threshold. Only the
    coordinator sees it; the score itself stays in the carer's answers."""

    carer = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    response = models.OneToOneField(
        "participation.Response", on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.CharField(_("wat kwam eruit"), max_length=300, blank=True)

    class Meta:
        ordering = ["done_at", "created_at"]
        verbose_name = _("even bellen")
        verbose_name_plural = _("even bellen")

    def __str__(self) -> str:
        return str(_("Bel %(name)s even") % {"name": self.carer.full_name})


class Settings(TenantModel):
    """The collective's choices for care: from which strain score the coordinator calls."""

    # The EDIZ has no published cut-off (Pot e.a. 1995 score 0 to 9); 7 is our default, to be
    # set with the carers' support in the municipality.
    strain_threshold = models.PositiveSmallIntegerField(
        _("bel een mantelzorger bij een EDIZ-score vanaf"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(9)],
    )

    class Meta:
        verbose_name = _("instellingen zorg")
        constraints = [models.UniqueConstraint(fields=["collective"], name="care_settings_once")]

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
