import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Area, Person, TenantModel


class Transport(models.TextChoices):
    NONE = "none", _("te voet")
    BIKE = "bike", _("fiets")
    CAR = "car", _("auto")


class Reach(models.TextChoices):
    OWN = "own", _("alleen in mijn eigen buurten")
    NEARBY = "nearby", _("ook in buurten in dezelfde wijk")
    ANYWHERE = "anywhere", _("in het hele werkgebied")


class Volunteer(TenantModel):
    """What a volunteer offers: which help, where, when and how much."""

    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="volunteer")
    categories = models.JSONField(_("soorten hulp"), default=list, blank=True)
    skills = models.CharField(_("wat kan ik goed"), max_length=300, blank=True)
    areas = models.ManyToManyField(Area, verbose_name=_("buurten"), blank=True, related_name="+")
    reach = models.CharField(
        _("hoe ver wil ik gaan"), max_length=10, choices=Reach.choices, default=Reach.NEARBY
    )
    transport = models.CharField(
        _("vervoer"), max_length=10, choices=Transport.choices, default=Transport.BIKE
    )
    max_tasks_per_week = models.PositiveSmallIntegerField(_("hoeveel keer per week"), default=2)
    vog_valid_until = models.DateField(
        _("verklaring omtrent gedrag (VOG) geldig tot"), null=True, blank=True
    )
    paused = models.BooleanField(_("even geen taken"), default=False)
    paused_until = models.DateField(_("pauze tot en met"), null=True, blank=True)

    class Meta:
        ordering = ["person__family_name", "person__given_name"]
        verbose_name = _("vrijwilliger")
        verbose_name_plural = _("vrijwilligers")

    def __str__(self) -> str:
        return self.person.full_name

    def is_paused_on(self, day: datetime.date) -> bool:
        return self.paused and (self.paused_until is None or day <= self.paused_until)

    def has_vog_on(self, day: datetime.date) -> bool:
        return self.vog_valid_until is not None and day <= self.vog_valid_until


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("maandag")
    TUESDAY = 1, _("dinsdag")
    WEDNESDAY = 2, _("woensdag")
    THURSDAY = 3, _("donderdag")
    FRIDAY = 4, _("vrijdag")
    SATURDAY = 5, _("zaterdag")
    SUNDAY = 6, _("zondag")


class Availability(TenantModel):
    """A weekly time a volunteer can help, for example every Tuesday from 9 to 12."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="availability")
    weekday = models.PositiveSmallIntegerField(_("dag"), choices=Weekday.choices)
    start_time = models.TimeField(_("van"))
    end_time = models.TimeField(_("tot"))

    class Meta:
        ordering = ["weekday", "start_time"]
        verbose_name = _("beschikbaarheid")
        verbose_name_plural = _("beschikbaarheid")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="availability_ends_after_start",
                violation_error_message=_("De eindtijd moet na de begintijd liggen."),
            )
        ]

    def __str__(self) -> str:
        return (
            f"{self.get_weekday_display()} {self.start_time:%H:%M}\N{EN DASH}{self.end_time:%H:%M}"
        )


class Absence(TenantModel):
    """Days a volunteer is away, for example on holiday."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="absences")
    first_day = models.DateField(_("van"))
    last_day = models.DateField(_("tot en met"))
    reason = models.CharField(_("reden"), max_length=100, blank=True)

    class Meta:
        ordering = ["first_day"]
        verbose_name = _("afwezigheid")
        verbose_name_plural = _("afwezigheid")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_day__gte=models.F("first_day")),
                name="absence_ends_after_start",
                violation_error_message=_("De laatste dag moet na de eerste dag liggen."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.first_day:%d-%m-%Y} \N{EN DASH} {self.last_day:%d-%m-%Y}"
