"""The demo's meeting places: the village's community centre with its weekly shared meal, a
calendar of activities, room bookings, the notice board, and a buurthuis in each city
neighbourhood. The meal is made by Sanne de Groot, the volunteer login, as a volunteer would."""

import datetime
import random
from decimal import Decimal
from typing import Any, cast

from django.utils import timezone

from wijkkracht.activities.models import (
    Activity,
    Kind,
    Organiser,
    Registration,
    RegistrationStatus,
    Repeat,
    Room,
    Via,
)
from wijkkracht.activities.schedule import local_datetime, rule_for
from wijkkracht.activities.services.activities import activity_save, occurrences_sync
from wijkkracht.activities.services.board import post_create, post_report
from wijkkracht.activities.services.meals import diet_save
from wijkkracht.activities.services.places import (
    booking_decide,
    booking_request,
    place_save,
    room_save,
)
from wijkkracht.activities.services.registrations import registration_create
from wijkkracht.core.models import Collective, Person, User

_DAY = datetime.timedelta(days=1)
PAST_MEALS = 8  # weeks of shared meals with attendance entered
POSTS = [
    (
        "offer",
        "Kinderfiets te geef",
        "Blauwe kinderfiets, 20 inch, nog goed. Ophalen in de Kerkstraat.",
        True,
    ),
    (
        "question",
        "Wie kan mijn heg knippen?",
        "Mijn heg is te hoog geworden. Ik betaal graag met koffie en koek.",
        False,
    ),
    (
        "announcement",
        "Oud papier zaterdag",
        "Zaterdag halen de jongens van de voetbal het oud papier op. Zet het voor 9 uur buiten.",
        True,
    ),
    (
        "offer",
        "Samen wandelen",
        "Ik wandel elke ochtend om 9 uur een rondje door het dorp. Loop gerust mee.",
        False,
    ),
    (
        "question",
        "Sleutelbos gevonden",
        "Bij de bushalte lag een sleutelbos met een rood labeltje. Hij ligt in het dorpshuis.",
        False,
    ),
]


def _next(weekday: int, today: datetime.date, weeks: int = 0) -> datetime.date:
    """The first such weekday after today (0 = Monday), plus some weeks."""
    return today + datetime.timedelta(days=(weekday - today.weekday()) % 7 or 7, weeks=weeks)


def _activity(collective: Collective, actor: User | None, **fields: Any) -> Activity:
    repeat = str(fields.pop("repeat", Repeat.ONCE))
    first = cast(datetime.date, fields["date"])
    return activity_save(
        actor=actor, collective=collective, rrule=rule_for(repeat, first), **fields
    )


def _history(activity: Activity, weeks: int) -> None:
    """Let a weekly activity have started some weeks ago, so it has a past."""
    today = timezone.localdate()
    start = activity.date - datetime.timedelta(weeks=weeks)
    Activity.objects.filter(pk=activity.pk).update(date=start)
    activity.date = start
    occurrences_sync(activity, today=start)
    occurrences_sync(activity, today=today)


def village_meeting_load(collective: Collective, coordinator: User, rng: random.Random) -> None:
    today = timezone.localdate()
    board = Person.objects.get(user__email__startswith="board@")
    sanne = User.objects.get(email__startswith="volunteer@", persons__collective=collective)
    sanne_person = Person.objects.get(user=sanne)
    house = place_save(
        actor=coordinator,
        collective=collective,
        name="Dorpshuis De Veldhoek",
        address="Dorpsstraat 12, Veldhoek",
        phone="0528 341 000",
        opening_hours="Maandag tot en met vrijdag van 9 tot 22 uur.\nZaterdag van 10 tot 17 uur.",
        step_free=True,
        hearing_loop=True,
        accessible_toilet=True,
        manager=board,
    )
    hall = room_save(actor=coordinator, place=house, name="Grote zaal", capacity=80)
    meeting_room = room_save(actor=coordinator, place=house, name="Vergaderkamer", capacity=14)
    meal = _activity(
        collective,
        sanne,
        title="Aanschuiftafel",
        description="Elke donderdag koken vrijwilligers een warme maaltijd. Iedereen schuift aan.",
        kind=Kind.MEAL,
        organiser_kind=Organiser.VOLUNTEER,
        organiser=sanne_person,
        room=hall,
        date=_next(3, today),
        start_time=datetime.time(17, 30),
        end_time=datetime.time(19, 30),
        repeat=Repeat.WEEKLY,
        capacity=30,
        price=Decimal("5.00"),
        is_meal=True,
    )
    _history(meal, PAST_MEALS)
    _activity(
        collective,
        coordinator,
        title="Koffieochtend",
        description="Koffie, thee en een praatje. U hoeft zich niet aan te melden.",
        kind=Kind.COFFEE,
        organiser_kind=Organiser.COLLECTIVE,
        room=hall,
        date=_next(1, today),
        start_time=datetime.time(10),
        end_time=datetime.time(12),
        repeat=Repeat.WEEKLY,
        signup=False,
    )
    _activity(
        collective,
        coordinator,
        title="Bewegen voor ouderen",
        description="Rustig bewegen op muziek, ook op een stoel.",
        kind=Kind.EXERCISE,
        organiser_kind=Organiser.PARTNER,
        organiser_name="Fysiotherapie Veldhoek",
        room=hall,
        date=_next(2, today),
        start_time=datetime.time(10),
        end_time=datetime.time(11),
        repeat=Repeat.WEEKLY,
        capacity=20,
        price=Decimal("2.00"),
    )
    first_saturday = today.replace(day=1) + datetime.timedelta(
        days=(5 - today.replace(day=1).weekday()) % 7
    )
    while first_saturday <= today:
        month = (first_saturday.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        first_saturday = month + datetime.timedelta(days=(5 - month.weekday()) % 7)
    _activity(
        collective,
        coordinator,
        title="Repair Café",
        description="Kapotte lamp, broek of broodrooster? Samen maken we het.",
        kind=Kind.REPAIR,
        organiser_kind=Organiser.GROUP,
        organiser_name="Repair Café Veldhoek",
        room=hall,
        date=first_saturday,
        start_time=datetime.time(10),
        end_time=datetime.time(13),
        repeat=Repeat.MONTHLY,
        signup=False,
    )
    _activity(
        collective,
        coordinator,
        title="Uitstapje naar het Drents Museum",
        description="Met de bus naar Assen. Lunch is inbegrepen.",
        kind=Kind.OUTING,
        organiser_kind=Organiser.COLLECTIVE,
        date=today + datetime.timedelta(days=23),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(16),
        capacity=25,
        price=Decimal("15.00"),
    )
    _activity(
        collective,
        coordinator,
        title="Ledenvergadering",
        description="Jaarplan en begroting. Alleen voor leden.",
        kind=Kind.OTHER,
        organiser_kind=Organiser.COLLECTIVE,
        room=meeting_room,
        date=today + datetime.timedelta(days=15),
        start_time=datetime.time(20),
        end_time=datetime.time(21, 30),
        public=False,
        signup=False,
    )
    _meal_guests(collective, meal, coordinator, rng)
    _bookings(meeting_room, coordinator)
    _posts(collective, rng)


def _meal_guests(
    collective: Collective, meal: Activity, coordinator: User, rng: random.Random
) -> None:
    members = list(
        Person.objects.filter(roles__name="member", user__isnull=True).order_by("pk")[:60]
    )
    regulars, others = members[:20], members[20:]
    now = timezone.now()
    past = list(meal.occurrences.filter(starts_at__lt=now).order_by("starts_at"))
    rows = []
    for occurrence in past:
        guests = [p for p in regulars if rng.random() < 0.8] + rng.sample(others, 6)  # noqa: PLR2004
        rows += [
            Registration(
                collective=collective,
                occurrence=occurrence,
                person=person,
                status=RegistrationStatus.PLACE,
                via=rng.choice([Via.ONLINE, Via.PHONE]),
                attended=rng.random() < 0.93,  # noqa: PLR2004
            )
            for person in guests
        ]
    Registration.objects.bulk_create(rows)
    upcoming = meal.occurrences.filter(starts_at__gte=now).order_by("starts_at").first()
    assert upcoming is not None  # noqa: S101 - the meal repeats weekly
    upcoming.menu = "Groentesoep, stamppot boerenkool met rookworst of vegaworst, vanillevla."
    upcoming.save(update_fields=["menu"])
    member = Person.objects.get(user__email__startswith="member@")
    registration_create(actor=member.user, occurrence=upcoming, person=member, via=Via.ONLINE)
    for person in regulars:  # with the member login and Aaltje: 22 of 30 places
        registration_create(
            actor=None, occurrence=upcoming, person=person, via=rng.choice([Via.ONLINE, Via.PHONE])
        )
    aaltje = Person.objects.get(given_name="Aaltje", family_name="Mulder")
    diet_save(
        actor=coordinator,
        person=aaltje,
        consent=True,
        via=Via.PHONE,
        diet="any",
        allergens=[],
        texture="soft",
        note="zonder zout",
    )
    registration_create(
        actor=coordinator, occurrence=upcoming, person=aaltje, via=Via.PHONE, needs_transport=True
    )
    diets = [
        ("vegetarian", [], "normal", ""),
        ("vegetarian", ["milk"], "normal", ""),
        ("any", ["gluten"], "normal", ""),
        ("halal", [], "normal", ""),
        ("any", ["peanuts", "nuts"], "normal", ""),
        ("any", [], "minced", "slikt moeilijk"),
    ]
    for person, (diet, allergens, texture, note) in zip(regulars, diets, strict=False):
        diet_save(
            actor=None,
            person=person,
            consent=True,
            via=Via.PHONE,
            diet=diet,
            allergens=allergens,
            texture=texture,
            note=note,
        )


def _bookings(room: Room, coordinator: User) -> None:
    """Two groups the board said yes to, and a birthday that waits for an answer."""
    today = timezone.localdate()
    people = list(Person.objects.filter(roles__name="member").order_by("pk")[60:64])
    monday = _next(0, today)
    requested = [
        (people[0], "Breiclub De Steek", "Breien en haken", monday, 14, 16, True),
        (people[1], "Buurtcommissie Noord", "Vergadering", monday + _DAY, 19, 21, True),
        (people[2], "", "Verjaardag van mijn moeder (90)", monday + 5 * _DAY, 14, 17, False),
    ]
    for person, group, purpose, day, start, end, approved in requested:
        booking = booking_request(
            actor=None,
            room=room,
            person=person,
            starts_at=local_datetime(day, datetime.time(start)),
            ends_at=local_datetime(day, datetime.time(end)),
            purpose=purpose,
            group_name=group,
        )
        if approved:
            booking_decide(actor=coordinator, booking=booking, approve=True)


def _posts(collective: Collective, rng: random.Random) -> None:
    """A few notes on the board, one reported once (not yet enough to take it off)."""
    authors = list(Person.objects.filter(roles__name="member").order_by("pk")[70:80])
    made = [
        post_create(
            actor=None,
            collective=collective,
            author=rng.choice(authors),
            kind=kind,
            title=title,
            text=text,
            public=public,
        )
        for kind, title, text, public in POSTS
    ]
    post_report(actor=None, post=made[1], reporter=authors[0], reason="Is dit niet reclame?")


def city_meeting_load(collective: Collective, coordinator: User, name: str, street: str) -> None:
    today = timezone.localdate()
    house = place_save(
        actor=coordinator,
        collective=collective,
        name=name,
        address=f"{street}, Utrecht",
        step_free=True,
        accessible_toilet=True,
        manager=Person.objects.get(user=coordinator),
    )
    room = room_save(actor=coordinator, place=house, name="Huiskamer", capacity=30)
    _activity(
        collective,
        coordinator,
        title="Buurtmaaltijd",
        kind=Kind.MEAL,
        organiser_kind=Organiser.COLLECTIVE,
        room=room,
        date=_next(2, today),
        start_time=datetime.time(18),
        end_time=datetime.time(20),
        repeat=Repeat.WEEKLY,
        capacity=24,
        price=Decimal("4.00"),
        is_meal=True,
    )
    _activity(
        collective,
        coordinator,
        title="Taalcafé",
        description="Samen Nederlands oefenen, met koffie.",
        kind=Kind.LEARNING,
        organiser_kind=Organiser.GROUP,
        organiser_name="Taalmaatjes",
        room=room,
        date=_next(4, today),
        start_time=datetime.time(10),
        end_time=datetime.time(12),
        repeat=Repeat.WEEKLY,
        signup=False,
    )
