from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.activities.models.places import Booking, Place, Room
from wijkkracht.core.models import Person, TenantModel


class Kind(models.TextChoices):
    MEAL = "meal", _("samen eten")
    COFFEE = "coffee", _("koffie en ontmoeten")
    EXERCISE = "exercise", _("bewegen en sport")
    CREATIVE = "creative", _("creatief en muziek")
    LEARNING = "learning", _("leren en informatie")
    OUTING = "outing", _("uitstapje")
    REPAIR = "repair", _("repareren en klussen")
    OTHER = "other", _("iets anders")


class Organiser(models.TextChoices):
    COLLECTIVE = "collective", _("de coöperatie")
    GROUP = "group", _("een groep bewoners")
    VOLUNTEER = "volunteer", _("een vrijwilliger")
    PARTNER = "partner", _("een partner")


class Repeat(models.TextChoices):
    """How often, as the form offers it; stored as an iCalendar RRULE (see schedule.py)."""

    ONCE = "once", _("één keer")
    DAILY = "daily", _("elke dag")
    WEEKDAYS = "weekdays", _("elke werkdag (maandag tot en met vrijdag)")
    WEEKLY = "weekly", _("elke week")
    FORTNIGHTLY = "fortnightly", _("om de week")
    MONTHLY = "monthly", _("elke maand, op dezelfde weekdag (bijvoorbeeld elke eerste zaterdag)")


class Activity(TenantModel):
    """Something to meet at: once, or repeating by an iCalendar rule with exceptions."""

    title = models.CharField(_("naam"), max_length=120)
    description = models.TextField(_("wat gaan we doen"), blank=True)
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    organiser_kind = models.CharField(
        _("wie organiseert het"), max_length=10, choices=Organiser.choices
    )
    organiser_name = models.CharField(_("naam van de groep of partner"), max_length=120, blank=True)
    organiser = models.ForeignKey(
        Person,
        verbose_name=_("contactpersoon"),
        help_text=_("Ziet de aanmeldingen en houdt bij wie er was."),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organised_activities",
    )
    place = models.ForeignKey(
        Place, verbose_name=_("plek"), on_delete=models.PROTECT, null=True, blank=True
    )
    room = models.ForeignKey(
        Room,
        verbose_name=_("zaal"),
        help_text=_("De zaal wordt dan voor elke keer gereserveerd."),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    date = models.DateField(_("eerste keer"))
    start_time = models.TimeField(_("van"))
    end_time = models.TimeField(_("tot"))
    rrule = models.CharField(_("herhaling (iCalendar RRULE)"), max_length=200, blank=True)
    repeat_until = models.DateField(_("herhalen tot en met"), null=True, blank=True)
    exdates = models.JSONField(_("keren die niet doorgaan"), default=list, blank=True)
    capacity = models.PositiveIntegerField(
        _("hoeveel plaatsen"),
        null=True,
        blank=True,
        help_text=_("Leeg laten als er geen grens is."),
    )
    price = models.DecimalField(
        _("prijs in euro"), max_digits=7, decimal_places=2, default=Decimal("0.00")
    )
    signup = models.BooleanField(_("aanmelden nodig"), default=True)
    is_meal = models.BooleanField(
        _("maaltijd"), default=False, help_text=_("De kok ziet dan porties, diëten en allergieën.")
    )
    public = models.BooleanField(
        _("ook zichtbaar voor wie niet inlogt"),
        default=True,
        help_text=_("In de openbare agenda, de agenda-koppeling en het weekprogramma."),
    )
    ended = models.BooleanField(_("gestopt"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="activity_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def organised_by(self) -> str:
        """The group or partner by name; a volunteer by their own name."""
        if self.organiser_name:
            return self.organiser_name
        if self.organiser_kind == Organiser.VOLUNTEER and self.organiser is not None:
            return self.organiser.full_name
        return str(self.get_organiser_kind_display())


class Occurrence(TenantModel):
    """One time an activity takes place; sign-ups, the menu and attendance belong to it."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="occurrences")
    starts_at = models.DateTimeField(_("begint"))
    ends_at = models.DateTimeField(_("eindigt"))
    cancelled = models.BooleanField(_("gaat niet door"), default=False)
    menu = models.TextField(_("menu"), blank=True)
    booking = models.OneToOneField(
        Booking, on_delete=models.SET_NULL, null=True, blank=True, related_name="occurrence"
    )
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]
        indexes = [
            models.Index(fields=["collective", "starts_at"]),
            # The feed's exceptions: few rows among many, read on every poll.
            models.Index(
                fields=["activity"], condition=models.Q(cancelled=True), name="occurrence_cancelled"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "starts_at"], name="one_occurrence_per_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.activity.title}, {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"

    @property
    def free(self) -> int | None:
        """Free places (None: no limit). Needs the ``taken`` count the calendar reads along."""
        capacity = self.activity.capacity
        if capacity is None:
            return None
        return max(capacity - self.taken, 0)  # type: ignore[attr-defined]


class RegistrationStatus(models.TextChoices):
    PLACE = "place", _("aangemeld")
    WAITING = "waiting", _("op de wachtlijst")
    CANCELLED = "cancelled", _("afgemeld")


class Via(models.TextChoices):
    ONLINE = "online", _("zelf, online")
    PHONE = "phone", _("telefoon")
    PAPER = "paper", _("op papier")
    WALK_IN = "walk_in", _("kwam zonder aanmelding")


class Registration(TenantModel):
    """A person's sign-up for one occurrence: a place, or a spot on the waiting list."""

    occurrence = models.ForeignKey(
        Occurrence, on_delete=models.CASCADE, related_name="registrations"
    )
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="registrations")
    status = models.CharField(_("stand"), max_length=10, choices=RegistrationStatus.choices)
    via = models.CharField(_("aangemeld via"), max_length=10, choices=Via.choices)
    needs_transport = models.BooleanField(_("heeft vervoer nodig"), default=False)
    # The 1-loket question for transport, made when the person has a place (see transport.py).
    transport_request_id = models.PositiveIntegerField(null=True, blank=True)
    attended = models.BooleanField(_("was er"), null=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["occurrence", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["occurrence", "person"],
                condition=~models.Q(status="cancelled"),
                name="one_registration_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.occurrence}"


class Diet(models.TextChoices):
    ANY = "any", _("alles")
    VEGETARIAN = "vegetarian", _("vegetarisch")
    VEGAN = "vegan", _("veganistisch")
    HALAL = "halal", _("halal")
    NO_PORK = "no_pork", _("geen varkensvlees")
    KOSHER = "kosher", _("koosjer")


class Texture(models.TextChoices):
    NORMAL = "normal", _("gewoon")
    SOFT = "soft", _("zacht")
    MINCED = "minced", _("fijngemalen")


class Allergen(models.TextChoices):
    """The 14 allergens a kitchen must name (EU regulation 1169/2011, annex II)."""

    GLUTEN = "gluten", _("gluten")
    CRUSTACEANS = "crustaceans", _("schaaldieren")
    EGGS = "eggs", _("eieren")
    FISH = "fish", _("vis")
    PEANUTS = "peanuts", _("pinda's")
    SOY = "soy", _("soja")
    MILK = "milk", _("melk")
    NUTS = "nuts", _("noten")
    CELERY = "celery", _("selderij")
    MUSTARD = "mustard", _("mosterd")
    SESAME = "sesame", _("sesam")
    SULPHITES = "sulphites", _("sulfiet")
    LUPIN = "lupin", _("lupine")
    MOLLUSCS = "molluscs", _("weekdieren")


class DietProfile(TenantModel):
    """What a guest may and may not eat. Allergies are health data, so kept with consent only;
    every read by a cook or host is logged for the person to see."""

    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="diet")
    diet = models.CharField(_("eet"), max_length=12, choices=Diet.choices, default=Diet.ANY)
    allergens = models.JSONField(_("allergieën"), default=list, blank=True)
    texture = models.CharField(
        _("hoe moet het eten zijn"), max_length=10, choices=Texture.choices, default=Texture.NORMAL
    )
    note = models.CharField(_("verder nog"), max_length=200, blank=True)
    consent_via = models.CharField(_("toestemming gegeven"), max_length=10, choices=Via.choices)
    consent_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.person}: {self.get_diet_display()}"

    @property
    def allergen_labels(self) -> list[str]:
        return [str(Allergen(code).label) for code in self.allergens if code in Allergen.values]

    @property
    def is_plain(self) -> bool:
        return (
            self.diet == Diet.ANY
            and not self.allergens
            and self.texture == Texture.NORMAL
            and not self.note
        )
