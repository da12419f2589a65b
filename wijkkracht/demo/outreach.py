"""Lombok rings its doorbells: the addresses of its two buurten read in as the municipality
would give them, a round in walk lists of 60, and two neighbourhood assistants at work: Joost
on paper (typed in afterwards), Samira on her phone (her visits came in by sync). At one door
a question went to the 1-loket, at another someone wanted to join, at a third someone would
like to come to the neighbourhood's activity."""

import datetime
import random
import uuid

from django.utils import timezone

from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.people import person_create
from wijkkracht.outreach.models import Outcome
from wijkkracht.outreach.selectors import upcoming_activities
from wijkkracht.outreach.services.doors import doors_load
from wijkkracht.outreach.services.rounds import round_create
from wijkkracht.outreach.services.visits import Told, visit_record

ASSISTANT_EMAIL = "assistent@lombok.example"
# Streets of Lombok, Utrecht, with the buurt each lies in and the highest number used here.
STREETS = [
    ("Kanaalstraat", "BU03440121", 60),
    ("Damstraat", "BU03440121", 40),
    ("Bankastraat", "BU03440121", 36),
    ("Javastraat", "BU03440123", 48),
    ("Sumatrastraat", "BU03440123", 40),
    ("Balistraat", "BU03440123", 30),
]
# Outcomes at a door as assistants report them: mostly not at home, then a chat.
WEIGHTS = {
    Outcome.NOT_HOME: 50,
    Outcome.MET: 35,
    Outcome.REFUSED: 8,
    Outcome.LATER: 7,
}


def _address_file() -> bytes:
    lines = ["postcode;huisnummer;huisletter;toevoeging;straat;woonplaats;buurtcode;gebruiksdoel"]
    for index, (street, area, highest) in enumerate(STREETS):
        for number in range(1, highest + 1):
            use = (
                "winkelfunctie" if street == "Kanaalstraat" and number % 10 == 0 else "woonfunctie"
            )
            postcode = f"353{1 + index // 3} {'ABCDEF'[index]}{'ABCDEFGH'[number // 10]}"
            lines.append(f"{postcode};{number};;;{street};Utrecht;{area};{use}")
    return "\n".join(lines).encode()


def _assistant(
    collective: Collective, given: str, family: str, email: str = "", password: str = ""
) -> Person:
    person = person_create(
        actor=None,
        collective=collective,
        roles=["volunteer"],
        given_name=given,
        family_name=family,
        email=email,
    )
    if email:
        person.user = User.objects.create_user(email, password, name=f"{given} {family}")
        person.save(update_fields=["user"])
    return person


def lombok_outreach_load(
    collective: Collective, coordinator: User, rng: random.Random, password: str
) -> None:
    """Call inside the collective's scope."""
    doors_load(
        actor=coordinator, collective=collective, content=_address_file(), filename="bag.csv"
    )
    samira = _assistant(collective, "Samira", "Bakkali", ASSISTANT_EMAIL, password)
    joost = _assistant(collective, "Joost", "Visser")
    today = timezone.localdate()
    started = today - datetime.timedelta(days=14)
    found = round_create(
        actor=coordinator,
        collective=collective,
        name="Kennismaken in Lombok",
        area=None,
        starts_on=started,
        ends_on=today + datetime.timedelta(days=60),
        list_size=60,
        assistants=[samira, joost],
    )
    outcomes, weights = list(WEIGHTS), list(WEIGHTS.values())
    for walk_list, walked, by in (
        (found.lists.get(number=1), 34, samira),
        (found.lists.get(number=2), 41, joost),
    ):
        for position, stop in enumerate(walk_list.stops.all()[:walked]):
            at = timezone.make_aware(
                datetime.datetime.combine(
                    started + datetime.timedelta(days=position // 12), datetime.time(10)
                )
                + datetime.timedelta(minutes=4 * (position % 12))
            )
            visit_record(
                actor=by.user,
                stop=stop,
                outcome=rng.choices(outcomes, weights)[0],
                visited_at=at,
                on_paper=by is joost,
                client_id=uuid.UUID(int=rng.getrandbits(128)),
            )
    first_list = found.lists.get(number=1).stops.all()
    visit_record(
        actor=samira.user,
        stop=first_list[34],
        outcome=Outcome.QUESTION,
        visited_at=timezone.now() - datetime.timedelta(days=1),
        consent=True,
        told=Told(
            name="Henk Verhoeven",
            phone="030 271 44 18",
            question="Mijn man kan niet meer naar de supermarkt. Wie kan boodschappen doen?",
            category="groceries",
        ),
    )
    visit_record(
        actor=samira.user,
        stop=first_list[35],
        outcome=Outcome.MET,
        visited_at=timezone.now() - datetime.timedelta(days=1),
        consent=True,
        told=Told(name="Yasmina Ouali", phone="06 4120 7733", join=True),
    )
    meal = upcoming_activities().first()
    if meal is not None:
        visit_record(
            actor=samira.user,
            stop=first_list[36],
            outcome=Outcome.MET,
            visited_at=timezone.now() - datetime.timedelta(days=1),
            consent=True,
            told=Told(name="Wim Koster", phone="030 271 90 55", interest=meal),
        )
