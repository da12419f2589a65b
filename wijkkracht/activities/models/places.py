from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Area, Person, TenantModel


class Place(TenantModel):
    """A meeting place: the community centre, a church hall, the library's reading room."""

    name = models.CharField(_("naam"), max_length=120)
    address = models.CharField(_("adres"), max_length=200)
    area = models.ForeignKey(
        Area, verbose_name=_("buurt"), on_delete=models.PROTECT, null=True, blank=True
    )
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    opening_hours = models.TextField(
        _("openingstijden"),
        blank=True,
        help_text=_("Bijvoorbeeld: maandag tot vrijdag van 9 tot 17 uur."),
    )
    step_free = models.BooleanField(_("zonder drempels of trappen te bereiken"), default=False)
    hearing_loop = models.BooleanField(_("ringleiding voor wie slecht hoort"), default=False)
    accessible_toilet = models.BooleanField(_("toilet voor mensen met een rolstoel"), default=False)
    public = models.BooleanField(
        _("ook zichtbaar voor wie niet inlogt"),
        default=True,
        help_text=_(
            "Uit voor een plek bij iemand thuis: dan zien alleen mensen van de coöperatie hem."
        ),
    )
    manager = models.ForeignKey(
        Person,
        verbose_name=_("beheerder"),
        help_text=_("Keurt de reserveringen van de zalen goed."),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="managed_places",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Room(TenantModel):
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(_("naam"), max_length=120)
    capacity = models.PositiveIntegerField(_("hoeveel mensen passen erin"))

    class Meta:
        ordering = ["place__name", "name"]

    def __str__(self) -> str:
        return f"{self.name}, {self.place.name}"


class BookingStatus(models.TextChoices):
    REQUESTED = "requested", _("aangevraagd")
    APPROVED = "approved", _("goedgekeurd")
    REFUSED = "refused", _("afgewezen")
    CANCELLED = "cancelled", _("geannuleerd")


# A booking in these states holds its room: the database refuses an overlapping one.
HOLDING_STATUSES = (BookingStatus.REQUESTED, BookingStatus.APPROVED)


class Booking(TenantModel):
    """A room for a while: asked by a group or a resident, or held by an activity.

    Two holding bookings of one room never overlap. The database guarantees it (an exclusion
    constraint on PostgreSQL, a trigger on SQLite; see migration 0002), so concurrent requests
    cannot slip past the check in the service.
    """

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="bookings")
    requested_by = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="bookings"
    )
    group_name = models.CharField(_("namens welke groep"), max_length=120, blank=True)
    purpose = models.CharField(_("waarvoor"), max_length=200)
    starts_at = models.DateTimeField(_("van"))
    ends_at = models.DateTimeField(_("tot"))
    status = models.CharField(
        _("stand"), max_length=10, choices=BookingStatus.choices, default=BookingStatus.REQUESTED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decision_note = models.CharField(_("toelichting"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["room", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="booking_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.purpose} ({self.room})"

    @property
    def holds_room(self) -> bool:
        return self.status in HOLDING_STATUSES
