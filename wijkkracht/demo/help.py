"""The demo's 1-loket: volunteer profiles, a year of help given,
this week's open questions, and Aaltje Mulder (84), who has no e-mail."""

import datetime
import random
from decimal import Decimal

from django.utils import timezone

from wijkkracht.core.models import Area, Collective, Person, RoleName, User
from wijkkracht.core.services.people import person_create
from wijkkracht.help.matching import rank
from wijkkracht.help.models import (
    VOG_CATEGORIES,
    AnswerVia,
    Assignment,
    AssignmentState,
    Category,
    Channel,
    HelpRequest,
    HoursEntry,
    Reach,
    Status,
    Transport,
    Urgency,
    Volunteer,
)
from wijkkracht.help.selectors import request_facts, volunteer_facts
from wijkkracht.help.services.assignments import assignment_answer, assignment_propose
from wijkkracht.help.services.requests import help_request_create
from wijkkracht.help.services.volunteers import (
    DAY_PARTS,
    availability_set,
    volunteer_save,
    windows_from_parts,
)

PAST_REQUESTS_PER_VOLUNTEER = 1.5
OPEN_REQUESTS = 14
DESCRIPTIONS = {
    Category.GROCERIES: "Boodschappen bij de supermarkt, lijstje ligt klaar.",
    Category.ODD_JOBS: "Lamp in de gang vervangen en gordijnrail vastzetten.",
    Category.MEAL: "Warme maaltijd brengen, zonder zout.",
    Category.TRANSPORT: "Naar het ziekenhuis in Hoogeveen en terug, afspraak bij de oogarts.",
    Category.COMPANY: "Een kopje koffie en een praatje, of samen een stukje wandelen.",
    Category.PAPERWORK: "Hulp met de post: brieven van de gemeente en de zorgverzekeraar.",
    Category.DIGITAL: "Hulp met de tablet: beeldbellen met de kleinkinderen.",
    Category.RESPITE: "Even op mijn man passen, zodat ik naar de kapper kan.",
    Category.OTHER: "Hulp bij het opruimen van de zolder.",
}


def help_load(collective: Collective, coordinator: User, rng: random.Random) -> None:
    """Everything the 1-loket needs to show off; call inside the collective's scope."""
    areas = list(
        Area.objects.filter(pk__in=collective.areas.all())
        | Area.objects.filter(parent__in=collective.areas.all())
    )
    volunteers = [_profile(person, areas, coordinator, rng) for person in _volunteer_people()]
    residents = list(Person.objects.filter(roles__name__in=["member", "resident"]).distinct())
    _history(collective, volunteers, residents, areas, rng)
    _this_week(collective, coordinator, residents, areas, rng)


def _volunteer_people() -> list[Person]:
    return list(Person.objects.filter(roles__name=RoleName.VOLUNTEER).order_by("pk"))


def _profile(person: Person, areas: list[Area], coordinator: User, rng: random.Random) -> Volunteer:
    is_login = person.user_id is not None
    categories = (
        [Category.GROCERIES, Category.COMPANY, Category.TRANSPORT, Category.DIGITAL]
        if is_login
        else rng.sample(list(Category.values), k=rng.randint(2, 4))
    )
    volunteer = volunteer_save(
        actor=coordinator,
        person=person,
        areas=rng.sample(areas, k=min(len(areas), rng.randint(1, 2))),
        categories=categories,
        skills="",
        reach=rng.choice(list(Reach.values)),
        transport=Transport.CAR if is_login or rng.random() < 0.35 else Transport.BIKE,  # noqa: PLR2004
        max_tasks_per_week=rng.randint(1, 3),
        vog_valid_until=(
            timezone.localdate() + datetime.timedelta(days=rng.randint(100, 900))
            if is_login or rng.random() < 0.5  # noqa: PLR2004
            else None
        ),
    )
    if is_login:  # Sanne helps on weekdays from 8 to 17
        parts = {weekday: {"morning", "afternoon"} for weekday in range(5)}
    else:
        parts = {}
        for _slot in range(rng.randint(2, 5)):
            parts.setdefault(rng.randint(0, 6), set()).add(rng.choice(list(DAY_PARTS)))
    availability_set(actor=coordinator, volunteer=volunteer, windows=windows_from_parts(parts))
    return volunteer


def _history(
    collective: Collective,
    volunteers: list[Volunteer],
    residents: list[Person],
    areas: list[Area],
    rng: random.Random,
) -> None:
    """A year of questions that were answered, written straight in as history."""
    today = timezone.localdate()
    count = int(len(volunteers) * PAST_REQUESTS_PER_VOLUNTEER)
    requests = []
    for _index in range(count):
        category = rng.choice(list(Category.values))
        day = today - datetime.timedelta(days=rng.randint(7, 360))
        start = rng.choice([9, 10, 13, 14])
        requests.append(
            HelpRequest(
                collective=collective,
                resident=rng.choice(residents),
                category=category,
                description=DESCRIPTIONS[Category(category)],
                area=rng.choice(areas),
                date=day,
                start_time=datetime.time(start),
                end_time=datetime.time(start + 2),
                needs_vog=category in VOG_CATEGORIES,
                channel=rng.choice([Channel.PHONE, Channel.PHONE, Channel.WALK_IN, Channel.ONLINE]),
                status=Status.DONE,
                outcome="Goed gegaan.",
                resident_satisfied=rng.random() < 0.9,  # noqa: PLR2004
                hours_spent=Decimal(rng.choice(["1", "1.5", "2", "2.5"])),
                closed_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(17))),
            )
        )
    HelpRequest.objects.bulk_create(requests)
    helpers = [rng.choice(volunteers) for _request in requests]
    Assignment.objects.bulk_create(
        [
            Assignment(
                collective=collective,
                request=request,
                volunteer=helper,
                state=AssignmentState.ACCEPTED,
                score=rng.randint(40, 95),
            )
            for request, helper in zip(requests, helpers, strict=True)
        ]
    )
    HoursEntry.objects.bulk_create(
        [
            HoursEntry(
                collective=collective,
                volunteer=helper,
                request=request,
                day=request.date,
                hours=request.hours_spent or Decimal(1),
            )
            for request, helper in zip(requests, helpers, strict=True)
        ]
    )


def _this_week(
    collective: Collective,
    coordinator: User,
    residents: list[Person],
    areas: list[Area],
    rng: random.Random,
) -> None:
    """Open questions for the coming days, and one volunteer already on her way today."""
    today = timezone.localdate()
    for index in range(OPEN_REQUESTS):
        category = rng.choice([c for c in Category.values if c != Category.OTHER])
        start = rng.choice([9, 10, 13, 14, 15])
        help_request_create(
            actor=coordinator,
            collective=collective,
            resident=rng.choice(residents),
            channel=rng.choice([Channel.PHONE, Channel.WALK_IN, Channel.PAPER]),
            category=category,
            description=DESCRIPTIONS[Category(category)],
            date=today + datetime.timedelta(days=1 + index % 6),
            start_time=datetime.time(start),
            end_time=datetime.time(start + rng.choice([1, 2])),
            area=rng.choice(areas),
            urgency=rng.choice(list(Urgency.values)),
            repeats_weekly=index == 0,
        )
    today_request = help_request_create(
        actor=coordinator,
        collective=collective,
        resident=residents[1],
        channel=Channel.PHONE,
        category=Category.GROCERIES,
        description=DESCRIPTIONS[Category.GROCERIES],
        date=today,
        start_time=datetime.time(16),
        end_time=datetime.time(17),
    )
    ranking = rank(
        volunteer_facts([today_request.resident_id]), request_facts(today_request), today
    )
    if ranking.candidates:
        best = ranking.candidates[0]
        assignment = assignment_propose(
            actor=coordinator,
            request=today_request,
            volunteer=Volunteer.objects.get(pk=best.volunteer_id),
            score=best.score,
        )
        assignment_answer(actor=None, assignment=assignment, accept=True, via=AnswerVia.PHONE)


def aaltje_load(collective: Collective, coordinator: User) -> Person:
    """Aaltje Mulder, 84, no e-mail: the volunteer login did her shopping three weeks ago."""
    today = timezone.localdate()
    neighbour = Person.objects.filter(roles__name="member").exclude(postcode="").first()
    aaltje = person_create(
        actor=coordinator,
        collective=collective,
        roles=["resident"],
        given_name="Aaltje",
        family_name="Mulder",
        phone="0528 341 276",
        street="Kerkstraat",
        house_number=7,
        postcode=f"{neighbour.postcode[:4]} AB" if neighbour else "",
        city=neighbour.city if neighbour else "",
        contact_preference="phone",
    )
    sanne = Volunteer.objects.get(person__user__email__startswith="volunteer@")
    day = today - datetime.timedelta(days=21)
    earlier = HelpRequest.objects.create(
        collective=collective,
        resident=aaltje,
        category=Category.GROCERIES,
        description="Boodschappen: brood, melk, koffie.",
        date=day,
        start_time=datetime.time(10),
        end_time=datetime.time(11),
        channel=Channel.PHONE,
        status=Status.DONE,
        outcome="Sanne deed de boodschappen. Mevrouw Mulder was er blij mee.",
        resident_satisfied=True,
        hours_spent=Decimal("1.5"),
        closed_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(12))),
    )
    Assignment.objects.create(
        collective=collective, request=earlier, volunteer=sanne, state=AssignmentState.ACCEPTED
    )
    HoursEntry.objects.create(
        collective=collective, volunteer=sanne, request=earlier, day=day, hours=Decimal("1.5")
    )
    return aaltje
