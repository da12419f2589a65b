"""Places, rooms and room bookings."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities.forms import BookingForm, DecisionForm, PlaceForm, RoomForm
from wijkkracht.activities.models import HOLDING_STATUSES, Booking, BookingStatus, Place, Room
from wijkkracht.activities.selectors import calendar, sees_private
from wijkkracht.activities.services.places import (
    booking_cancel,
    booking_decide,
    booking_request,
    place_save,
    room_save,
)
from wijkkracht.activities.views.common import visible_place
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import RoleName
from wijkkracht.core.pagecache import public_page


@public_page
def place_list_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    places = Place.objects.prefetch_related("rooms")
    if not sees_private(request.membership):
        places = places.filter(public=True)
    return render(request, "activities/place_list.html", {"places": places})


@public_page
def place_detail_view(
    request: CollectiveRequest, collective_slug: str, place_id: int
) -> HttpResponse:
    place = visible_place(request, place_id)
    today = timezone.localdate()
    context = {
        "place": place,
        "rooms": place.rooms.all(),
        "occurrences": calendar(
            today,
            today + datetime.timedelta(days=13),
            private=sees_private(request.membership),
            place=place,
        ),
        "feed_url": settings.SITE_URL
        + reverse("activities:place_feed", args=[request.collective.slug, place.pk]),
        "may_book": bool(request.membership.roles),
        "may_edit": request.membership.has(RoleName.COORDINATOR),
    }
    return render(request, "activities/place_detail.html", context)


@role_required(RoleName.COORDINATOR)
def place_edit_view(request: CollectiveRequest, place_id: int | None = None) -> HttpResponse:
    place = get_object_or_404(Place, pk=place_id) if place_id else None
    form = PlaceForm(request.POST or None, instance=place)
    if request.method == "POST" and form.is_valid():
        try:
            place = place_save(
                actor=request.user, collective=request.collective, place=place, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De plek is opgeslagen."))
            return redirect("activities:place_detail", request.collective.slug, place.pk)
    return render(request, "activities/place_form.html", {"form": form, "place": place})


@role_required(RoleName.COORDINATOR)
def room_edit_view(
    request: CollectiveRequest, place_id: int | None = None, room_id: int | None = None
) -> HttpResponse:
    room = get_object_or_404(Room.objects.select_related("place"), pk=room_id) if room_id else None
    place = room.place if room else get_object_or_404(Place, pk=place_id)
    form = RoomForm(request.POST or None, instance=room)
    if request.method == "POST" and form.is_valid():
        try:
            room_save(actor=request.user, place=place, room=room, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De zaal is opgeslagen."))
            return redirect("activities:place_detail", request.collective.slug, place.pk)
    return render(
        request, "activities/room_form.html", {"form": form, "room": room, "place": place}
    )


def _may_decide(request: CollectiveRequest, place: Place) -> bool:
    person = request.membership.person
    return request.membership.has(RoleName.COORDINATOR) or (
        person is not None and place.manager_id == person.pk
    )


@role_required()
def booking_create_view(request: CollectiveRequest, room_id: int) -> HttpResponse:
    room = get_object_or_404(Room.objects.select_related("place"), pk=room_id)
    person = request.membership.person
    if person is None:
        raise Http404
    form = BookingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        starts_at, ends_at = form.moments()
        try:
            booking_request(
                actor=request.user,
                room=room,
                person=person,
                starts_at=starts_at,
                ends_at=ends_at,
                purpose=form.cleaned_data["purpose"],
                group_name=form.cleaned_data["group_name"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Uw aanvraag is verstuurd. De beheerder laat weten of het kan.")
            )
            return redirect("activities:booking_list", request.collective.slug)
    taken = Booking.objects.filter(
        room=room,
        status__in=HOLDING_STATUSES,
        ends_at__gte=timezone.now(),
        starts_at__lt=timezone.now() + datetime.timedelta(days=28),
    )
    return render(
        request,
        "activities/booking_form.html",
        {"form": form, "room": room, "taken": taken},
    )


@role_required()
def booking_list_view(request: CollectiveRequest) -> HttpResponse:
    """Bookings to decide on (coordinator, place managers) and one's own."""
    person = request.membership.person
    upcoming = Booking.objects.filter(ends_at__gte=timezone.now()).select_related(
        "room__place", "requested_by", "occurrence"
    )
    decides = (
        upcoming
        if request.membership.has(RoleName.COORDINATOR)
        else upcoming.filter(room__place__manager=person)
    )
    context = {
        "to_decide": decides.filter(status=BookingStatus.REQUESTED),
        "approved": decides.filter(status=BookingStatus.APPROVED, occurrence__isnull=True),
        "mine": upcoming.filter(requested_by=person, occurrence__isnull=True),
        "decision_form": DecisionForm(),
    }
    return render(request, "activities/booking_list.html", context)


@role_required()
def booking_decide_view(request: CollectiveRequest, booking_id: int) -> HttpResponse:
    booking = get_object_or_404(Booking.objects.select_related("room__place"), pk=booking_id)
    if not _may_decide(request, booking.room.place):
        raise Http404
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            booking_decide(
                actor=request.user,
                booking=booking,
                approve=form.cleaned_data["approve"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("Uw besluit is opgeslagen."))
    return redirect("activities:booking_list", request.collective.slug)


@role_required()
def booking_cancel_view(request: CollectiveRequest, booking_id: int) -> HttpResponse:
    booking = get_object_or_404(
        Booking.objects.select_related("room__place").filter(occurrence__isnull=True),
        pk=booking_id,
    )
    person = request.membership.person
    own = person is not None and booking.requested_by_id == person.pk
    if not (own or _may_decide(request, booking.room.place)):
        raise Http404
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    booking_cancel(actor=request.user, booking=booking)
    messages.success(request, _("De reservering is geannuleerd."))
    return redirect("activities:booking_list", request.collective.slug)
