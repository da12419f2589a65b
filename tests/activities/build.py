"""Meeting places with one of everything, for the isolation walker and the page registry.

The walker's objects are the collective's private ones (a place at someone's home, an
activity for members only, a post not marked public): public ones are public by design.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django_scopes import scope

from wijkkracht.activities.models import Activity, Kind, Organiser, Place, Repeat, Room, Via
from wijkkracht.activities.schedule import local_datetime, rule_for
from wijkkracht.activities.services.activities import activity_save
from wijkkracht.activities.services.board import post_create
from wijkkracht.activities.services.meals import diet_save
from wijkkracht.activities.services.places import booking_request, place_save, room_save
from wijkkracht.activities.services.registrations import registration_create
from wijkkracht.core.models import Collective, Person

NEXT_WEEK = 7


@dataclass(frozen=True)
class ActivityIds:
    place_id: int  # private
    public_place_id: int
    room_id: int
    booking_id: int
    activity_id: int  # members only, weekly meal
    public_activity_id: int
    occurrence_id: int  # of the members-only meal, with a guest
    public_occurrence_id: int
    registration_id: int
    post_id: int  # members only


def a_place(collective: Collective, name: str = "Buurthuis", **fields: object) -> Place:
    with scope(collective=collective):
        return place_save(
            actor=None,
            collective=collective,
            name=name,
            address="Dorpsstraat 1",
            step_free=True,
            **fields,
        )


def a_room(place: Place, name: str = "Grote zaal", capacity: int = 40) -> Room:
    with scope(collective=place.collective):
        return room_save(actor=None, place=place, name=name, capacity=capacity)


def an_activity(
    collective: Collective,
    *,
    days: int = NEXT_WEEK,
    repeat: str = Repeat.ONCE,
    start: datetime.time = datetime.time(17, 30),
    end: datetime.time = datetime.time(19, 30),
    **fields: object,
) -> Activity:
    first = timezone.localdate() + datetime.timedelta(days=days)
    defaults: dict[str, object] = {
        "title": "Aanschuiftafel",
        "kind": Kind.MEAL,
        "organiser_kind": Organiser.VOLUNTEER,
        "capacity": 20,
        "is_meal": True,
    }
    with scope(collective=collective):
        return activity_save(
            actor=None,
            collective=collective,
            date=first,
            start_time=start,
            end_time=end,
            rrule=rule_for(repeat, first),
            **{**defaults, **fields},
        )


def activities_build(collective: Collective, resident: Person) -> ActivityIds:
    public_place = a_place(collective)
    room = a_room(public_place)
    private_place = a_place(collective, "Huiskamer bij Truus", public=False)
    meal = an_activity(collective, repeat=Repeat.WEEKLY, public=False, place=private_place)
    open_day = an_activity(
        collective,
        title="Koffieochtend",
        kind=Kind.COFFEE,
        is_meal=False,
        capacity=None,
        start=datetime.time(10),
        end=datetime.time(12),
        room=room,
    )
    with scope(collective=collective):
        occurrence = meal.occurrences.order_by("starts_at").first()
        public_occurrence = open_day.occurrences.get()
        assert occurrence is not None
        registration = registration_create(
            actor=None, occurrence=occurrence, person=resident, via=Via.PHONE
        )
        diet_save(
            actor=None,
            person=resident,
            consent=True,
            via=Via.PHONE,
            diet="vegetarian",
            allergens=["peanuts"],
            texture="soft",
        )
        day = timezone.localdate() + datetime.timedelta(days=NEXT_WEEK + 1)
        booking = booking_request(
            actor=None,
            room=room,
            person=resident,
            starts_at=local_datetime(day, datetime.time(14)),
            ends_at=local_datetime(day, datetime.time(16)),
            purpose="Breiclub",
        )
        post = post_create(
            actor=None,
            collective=collective,
            author=resident,
            kind="offer",
            title="Gratis kinderfiets",
            text="Wie wil hem hebben?",
            public=False,
        )
    return ActivityIds(
        place_id=private_place.pk,
        public_place_id=public_place.pk,
        room_id=room.pk,
        booking_id=booking.pk,
        activity_id=meal.pk,
        public_activity_id=open_day.pk,
        occurrence_id=occurrence.pk,
        public_occurrence_id=public_occurrence.pk,
        registration_id=registration.pk,
        post_id=post.pk,
    )
