"""The buurtacademie: courses with their programme, editions whose sessions are activities,
attendance per session in minutes, certificates anyone can check, and professionals' register
numbers for their points."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.activities.models import Activity, Occurrence
from wijkkracht.core.models import Person, TenantModel


class Audience(models.TextChoices):
    RESIDENTS = "residents", _("bewoners")
    PROFESSIONALS = "professionals", _("professionals")
    BOTH = "both", _("bewoners en professionals")


class Level(models.TextChoices):
    START = "start", _("voor beginners")
    DEEPER = "deeper", _("verdieping")


class Topic(models.TextChoices):
    CARE = "care", _("zorg en welzijn")
    NEIGHBOURHOOD = "neighbourhood", _("buurt en samen doen")
    BASIC = "basic", _("taal, rekenen, digitaal")
    OTHER = "other", _("iets anders")


class Course(TenantModel):
    """What is taught: goals, for whom, the programme of one session in typed blocks, and the
    register whose rules turn net minutes into points."""

    title = models.CharField(_("naam"), max_length=120)
    summary = models.TextField(
        _("in gewone woorden"), help_text=_("Korte zinnen. Wat leert u, voor wie is het?")
    )
    goals = models.TextField(_("leerdoelen"), blank=True, help_text=_("Eén leerdoel per regel."))
    level = models.CharField(_("niveau"), max_length=10, choices=Level.choices, default=Level.START)
    audience = models.CharField(
        _("voor wie"), max_length=16, choices=Audience.choices, default=Audience.RESIDENTS
    )
    topic = models.CharField(_("onderwerp"), max_length=16, choices=Topic.choices)
    teachers = models.ManyToManyField(
        Person, verbose_name=_("docenten"), blank=True, related_name="courses_taught"
    )
    resident_run = models.BooleanField(
        _("gegeven door bewoners of ervaringsdeskundigen"),
        default=True,
        help_text=_("Telt mee voor het deel van de punten dat professionals bij bewoners halen."),
    )
    register = models.CharField(_("register voor de punten"), max_length=20)
    accreditation_id = models.CharField(
        _("accreditatienummer"),
        max_length=30,
        blank=True,
        help_text=_("Het nummer dat het register de cursus gaf. Leeg: niet geaccrediteerd."),
    )
    threshold = models.DecimalField(
        _("aanwezig voor een certificaat (deel van de netto minuten)"),
        max_digits=3,
        decimal_places=2,
        default=Decimal("0.90"),
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("1.00"))],
    )
    blocks = models.JSONField(_("programma van een bijeenkomst"), default=list)
    handout = models.TextField(_("hand-out"), blank=True)
    prerequisites = models.ManyToManyField(
        "self",
        verbose_name=_("eerst gevolgd"),
        symmetrical=False,
        blank=True,
        related_name="next_courses",
    )
    version = models.PositiveIntegerField(default=1)
    # A copy from another collective in the federation keeps who made it and which version.
    source_name = models.CharField(max_length=120, blank=True)
    source_version = models.PositiveIntegerField(null=True, blank=True)
    archived = models.BooleanField(_("niet meer gegeven"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    @property
    def threshold_percent(self) -> int:
        return int(self.threshold * 100)

    @property
    def goal_lines(self) -> list[str]:
        return [line.strip() for line in self.goals.splitlines() if line.strip()]


class Path(TenantModel):
    """A learning path: courses in order, each after the ones it needs."""

    name = models.CharField(_("naam"), max_length=120)
    description = models.TextField(_("uitleg"), blank=True)
    courses = models.ManyToManyField(Course, through="PathStep", related_name="paths")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PathStep(TenantModel):
    path = models.ForeignKey(Path, on_delete=models.CASCADE, related_name="steps")
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="+")
    order = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["order"]
        constraints = [
            models.UniqueConstraint(fields=["path", "course"], name="course_once_per_path")
        ]


class Edition(TenantModel):
    """One time a course is given; its sessions are the occurrences of its activity, so rooms,
    sign-up, waiting list, reminders and the agenda work as for any activity."""

    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="editions")
    activity = models.OneToOneField(Activity, on_delete=models.PROTECT, related_name="edition")
    certificates_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.course.title}, {self.activity.date:%d-%m-%Y}"


class Session(TenantModel):
    """One meeting of an edition, with its own copy of the programme."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="sessions")
    occurrence = models.OneToOneField(
        Occurrence, on_delete=models.CASCADE, related_name="academy_session"
    )
    blocks = models.JSONField(default=list)

    class Meta:
        ordering = ["occurrence__starts_at"]

    def __str__(self) -> str:
        return str(self.occurrence)


class Via(models.TextChoices):
    PAPER = "paper", _("tekenlijst")
    ROOM_CODE = "room_code", _("code in de zaal")
    TEACHER = "teacher", _("docent")


class Attendance(TenantModel):
    """Who was at a session, and how many minutes they missed at the start or the end."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    late_minutes = models.PositiveSmallIntegerField(_("minuten te laat"), default=0)
    early_minutes = models.PositiveSmallIntegerField(_("minuten eerder weg"), default=0)
    via = models.CharField(max_length=10, choices=Via.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "person"], name="one_attendance_per_session")
        ]


class Certificate(TenantModel):
    """What was printed, kept as printed: the public check shows these fields and whether the
    code's signature still matches them."""

    edition = models.ForeignKey(Edition, on_delete=models.PROTECT, related_name="certificates")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="certificates")
    code = models.CharField(max_length=14, unique=True)
    name = models.CharField(max_length=200)
    course_title = models.CharField(max_length=120)
    collective_name = models.CharField(max_length=120)
    first_day = models.DateField()
    last_day = models.DateField()
    net_minutes = models.PositiveIntegerField()
    points = models.DecimalField(max_digits=5, decimal_places=1)
    register = models.CharField(max_length=20)
    register_name = models.CharField(max_length=200)
    accreditation_id = models.CharField(max_length=30, blank=True)
    resident_run = models.BooleanField()
    issued_on = models.DateField()
    signature = models.CharField(max_length=64)
    revoked_on = models.DateField(null=True, blank=True)
    revoked_reason = models.CharField(_("waarom ingetrokken"), max_length=200, blank=True)

    class Meta:
        ordering = ["-issued_on", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "person"],
                condition=models.Q(revoked_on__isnull=True),
                name="one_valid_certificate_per_edition",
            )
        ]

    def __str__(self) -> str:
        return f"{self.code}: {self.name}, {self.course_title}"


class RegisterNumber(TenantModel):
    """A professional's number in a register and the start of their current period, so their
    points can be counted against the register's norm."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="register_numbers")
    register = models.CharField(_("register"), max_length=20)
    number = models.CharField(_("registratienummer"), max_length=30)
    period_start = models.DateField(_("begin van de registratieperiode"))

    class Meta:
        ordering = ["register"]
        constraints = [
            models.UniqueConstraint(fields=["person", "register"], name="one_number_per_register")
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.register} {self.number}"
