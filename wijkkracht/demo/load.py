"""The demo: a village collective and a city federation, fictional people, real CBS areas.

Every person is made up by Faker (nl_NL) with a fixed seed; the areas and their figures are CBS's.
"""

import csv
import datetime
import random
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django_scopes import scope
from faker import Faker

from wijkkracht.core.models import Collective, Federation, LegalForm, Person, Role, User
from wijkkracht.core.services.collectives import (
    areas_load,
    collective_create,
    collective_public_set,
    federation_create,
)
from wijkkracht.core.services.people import federation_staff_add, person_create
from wijkkracht.demo.academy import city_academy_load, village_academy_load
from wijkkracht.demo.activities import city_meeting_load, village_meeting_load
from wijkkracht.demo.businesscase import meal_case_load, village_case_load
from wijkkracht.demo.care import CARER_EMAIL, NURSE_EMAIL, village_care_load
from wijkkracht.demo.contracts import village_contract_load, village_vouchers_load
from wijkkracht.demo.governance import village_governance_load
from wijkkracht.demo.help import aaltje_load, help_load
from wijkkracht.demo.impact import city_impact_load, village_impact_load
from wijkkracht.demo.info import info_load
from wijkkracht.demo.members import (
    first_contact_load,
    member_list_csv,
    members_load,
    treasury_load,
)
from wijkkracht.demo.opendata import open_data_load
from wijkkracht.demo.outreach import ASSISTANT_EMAIL, lombok_outreach_load
from wijkkracht.demo.participation import village_participation_load
from wijkkracht.info.services.facts import shipped_facts_load
from wijkkracht.members.models import Member
from wijkkracht.members.services.contributions import contribution_run
from wijkkracht.members.services.delegation import delegation_grant
from wijkkracht.members.services.members import member_create

DEMO_PASSWORD = "wijkkracht-demo"  # noqa: S105 - printed for the local demo on purpose
AREAS_CSV = Path(__file__).parent.parent / "core" / "data" / "cbs-areas-2024.csv"
# Many older members have no e-mail; most can be phoned.
SHARE_WITH_EMAIL = 0.55
SHARE_WITH_PHONE = 0.9


@dataclass(frozen=True)
class DemoCollective:
    slug: str
    name: str
    legal_form: str
    area_codes: list[str]
    members: int
    volunteers: int
    city: str
    postcode_digits: str
    street: str = ""  # where the buurthuis is


VILLAGE = DemoCollective(
    slug="veldhoek",
    name="Dorpscoöperatie Veldhoek",
    legal_form=LegalForm.COOPERATIVE,
    area_codes=["WK011854"],
    members=750,
    volunteers=120,
    city="Veldhoek",
    postcode_digits="7915",
)
FEDERATION_SLUG = "utrecht-samen"
CITY_COLLECTIVES = [
    DemoCollective(
        "lombok",
        "Buurtcoöperatie Lombok",
        LegalForm.COOPERATIVE,
        ["BU03440121", "BU03440123"],
        180,
        35,
        "Utrecht",
        "3531",
        "Kanaalstraat 110",
    ),
    DemoCollective(
        "overvecht-noord",
        "Wijkcoöperatie Overvecht-Noord",
        LegalForm.COOPERATIVE,
        ["BU03440331", "BU03440332", "BU03440341", "BU03440342"],
        240,
        48,
        "Utrecht",
        "3564",
        "Zamenhofdreef 40",
    ),
    DemoCollective(
        "lunetten",
        "Bewonerscollectief Lunetten",
        LegalForm.ASSOCIATION,
        ["BU03440711", "BU03440712"],
        60,
        7,
        "Utrecht",
        "3524",
        "Hondsrug 12",
    ),
]


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    name: str
    where: str


def demo_load() -> list[DemoLogin]:
    """Create the demo once; a second call changes nothing and returns the same logins."""
    with AREAS_CSV.open(encoding="utf-8") as handle:
        areas_load(rows=csv.DictReader(handle))
    if not Collective.objects.filter(slug=VILLAGE.slug).exists():
        shipped_facts_load()
        _create_all()
    return _logins()


@transaction.atomic
def _create_all() -> None:
    fake = Faker("nl_NL")
    fake.seed_instance(2026)
    rng = random.Random(2026)  # noqa: S311 - made-up demo people, not security
    village = _collective(VILLAGE, federation=None)
    _role_logins(village, VILLAGE, fake, rng)
    _people(village, VILLAGE, fake, rng)
    _treasury(village, "board@veldhoek.example", rng)
    _help(village, "coordinator@veldhoek.example", rng)
    with scope(collective=village):
        coordinator = User.objects.get(email="coordinator@veldhoek.example")
        collective_public_set(
            actor=coordinator,
            collective=village,
            about=(
                "Wij zijn de dorpscoöperatie van Veldhoek. Buren helpen buren: boodschappen, "
                "vervoer, een klusje en samen eten. De dorpsondersteuner is uw vaste "
                "aanspreekpunt."
            ),
            phone="0528 760 100",
            email="info@veldhoek.example",
            visiting_address=(
                "Dorpshuis De Veldhoek, Dorpsstraat 12. "
                "Maandag tot en met vrijdag van 9 tot 12 uur."
            ),
        )
        first_contact_load(collective=village)
        aaltje_load(village, coordinator)
        village_meeting_load(village, coordinator, rng)
        info_load(
            village,
            coordinator,
            rng,
            place="Dorpshuis De Veldhoek, Dorpsstraat 12",
            address="Dorpsstraat 12, Veldhoek",
            municipality="Hoogeveen",
            helper="dorpsondersteuner",
        )
        village_case_load(village, coordinator)
        village_participation_load(village, coordinator, rng)
        village_impact_load(village, coordinator, rng)
        village_contract_load(village, coordinator)
        village_vouchers_load(village, coordinator)
        village_care_load(village, coordinator, DEMO_PASSWORD)
        village_academy_load(village, coordinator, rng)
        village_governance_load(village, rng)
        open_data_load(village, coordinator)
    federation = federation_create(
        actor=None, name="Stadscoöperatie Utrecht Samen", slug=FEDERATION_SLUG
    )
    for spec in CITY_COLLECTIVES:
        collective = _collective(spec, federation=federation)
        _role_logins(collective, spec, fake, rng, roles=("coordinator",))
        _people(collective, spec, fake, rng)
        _treasury(collective, f"coordinator@{spec.slug}.example", rng)
        _help(collective, f"coordinator@{spec.slug}.example", rng)
        with scope(collective=collective):
            coordinator = User.objects.get(email=f"coordinator@{spec.slug}.example")
            house = f"Buurthuis {spec.name.split()[-1]}"
            collective_public_set(
                actor=coordinator,
                collective=collective,
                phone=f"030 {spec.postcode_digits[1:]} 200",
                visiting_address=f"{house}, {spec.street}. Dinsdag en donderdag van 10 tot 16 uur.",
            )
            city_meeting_load(collective, coordinator, name=house, street=spec.street)
            info_load(
                collective,
                coordinator,
                rng,
                place=f"{house}, {spec.street}",
                address=f"{spec.street}, Utrecht",
                municipality="Utrecht",
                helper="wijkcoördinator",
            )
            meal_case_load(collective, coordinator, house)
            city_impact_load(collective, coordinator, rng)
            if spec.slug == "lombok":
                lombok_outreach_load(collective, coordinator, rng, DEMO_PASSWORD)
                city_academy_load(collective, coordinator)
            open_data_load(collective, coordinator)
    staff = _user("federatie@utrecht-samen.example", "Fatima El Amrani")
    federation_staff_add(actor=None, federation=federation, user=staff, treasurer=True)
    _delegate("lunetten")
    admin = _user("beheer@wijkkracht.example", "Pieter Beheerder")
    admin.is_staff = admin.is_superuser = True
    admin.save(update_fields=["is_staff", "is_superuser"])


def _delegate(slug: str) -> None:
    """A small collective without its own treasurer: this year's contributions are charged,
    and the federation's treasurer makes the debit file."""
    collective = Collective.objects.get(slug=slug)
    with scope(collective=collective):
        coordinator = User.objects.get(email=f"coordinator@{slug}.example")
        contribution_run(actor=coordinator, collective=collective, year=2026)
        delegation_grant(actor=coordinator, collective=collective)


def _collective(spec: DemoCollective, federation: Federation | None) -> Collective:
    return collective_create(
        actor=None,
        name=spec.name,
        slug=spec.slug,
        legal_form=spec.legal_form,
        area_codes=spec.area_codes,
        federation=federation,
    )


def _people(collective: Collective, spec: DemoCollective, fake: Faker, rng: random.Random) -> None:
    """Members in households of one or two, some also volunteers, plus residents who never joined.

    The members come in through the importer, from a list as a treasurer keeps it. The demo
    logins count too, so the village has exactly its 750 members and 120 volunteers.
    """
    with scope(collective=collective):
        made = Member.objects.count()
        content = member_list_csv(
            fake=fake,
            rng=rng,
            count=spec.members - made,
            city=spec.city,
            postcode_digits=spec.postcode_digits,
            first_number=made + 1,
        )
        members_load(collective=collective, content=content)
        volunteers = spec.volunteers - Role.objects.filter(name="volunteer").count()
        candidates = list(
            Person.objects.filter(roles__name="member").exclude(roles__name="volunteer")
        )
        Role.objects.bulk_create(
            [
                Role(collective=collective, person=person, name="volunteer")
                for person in rng.sample(candidates, k=volunteers)
            ]
        )
        for _index in range(spec.members // 10):
            address = _address(spec, fake, rng)
            _person(
                collective,
                fake=fake,
                rng=rng,
                address=address,
                family_name=fake.last_name(),
                roles=["resident"],
            )


def _address(spec: DemoCollective, fake: Faker, rng: random.Random) -> dict[str, object]:
    letters = rng.choice(["AA", "AB", "AC", "BA", "BB", "CD", "EG", "HK"])
    return {
        "street": fake.street_name(),
        "house_number": rng.randint(1, 180),
        "postcode": f"{spec.postcode_digits} {letters}",
        "city": spec.city,
    }


def _person(
    collective: Collective,
    *,
    fake: Faker,
    rng: random.Random,
    address: dict[str, object],
    family_name: str,
    roles: list[str],
) -> Person:
    prefix, _space, name = family_name.rpartition(" ")
    has_email = rng.random() < SHARE_WITH_EMAIL
    return person_create(
        actor=None,
        collective=collective,
        roles=roles,
        given_name=fake.first_name(),
        family_name_prefix=prefix,
        family_name=name,
        email=fake.unique.email(domain="voorbeeld.example") if has_email else "",
        phone=fake.phone_number() if rng.random() < SHARE_WITH_PHONE else "",
        contact_preference="email" if has_email else rng.choice(["letter", "phone"]),
        **address,
    )


# One login per role, with a name and the role it shows off.
_ROLE_PEOPLE = {
    "coordinator": ("Anneke", "", "Bosma"),
    "board": ("Henk", "van der", "Veen"),
    "volunteer": ("Sanne", "de", "Groot"),
    "member": ("Gerrit", "", "Huisman"),
    "teacher": ("Marloes", "", "Kuipers"),
    "partner": ("Ilse", "", "Gemeentebeleid"),
}


def _login_name(role: str) -> str:
    return " ".join(part for part in _ROLE_PEOPLE[role] if part)


def _role_logins(
    collective: Collective,
    spec: DemoCollective,
    fake: Faker,
    rng: random.Random,
    roles: tuple[str, ...] = tuple(_ROLE_PEOPLE),
) -> None:
    with scope(collective=collective):
        for role in roles:
            given, prefix, family = _ROLE_PEOPLE[role]
            email = f"{role}@{spec.slug}.example"
            user = _user(email, _login_name(role))
            person = person_create(
                actor=None,
                collective=collective,
                roles=[role],
                given_name=given,
                family_name_prefix=prefix,
                family_name=family,
                email=email,
                contact_preference="email",
                **_address(spec, fake, rng),
            )
            person.user = user
            person.save(update_fields=["user"])
            if role in {"member", "volunteer", "board"}:
                member_create(actor=None, person=person, since=datetime.date(2019, 5, 1))


def _help(collective: Collective, coordinator_email: str, rng: random.Random) -> None:
    with scope(collective=collective):
        help_load(collective, User.objects.get(email=coordinator_email), rng)


def _treasury(collective: Collective, treasurer_email: str, rng: random.Random) -> None:
    with scope(collective=collective):
        treasury_load(
            collective=collective, treasurer=User.objects.get(email=treasurer_email), rng=rng
        )


def _user(email: str, name: str) -> User:
    return User.objects.create_user(email, DEMO_PASSWORD, name=name)


def _logins() -> list[DemoLogin]:
    logins = [
        DemoLogin(
            role,
            f"{role}@{VILLAGE.slug}.example",
            _login_name(role),
            VILLAGE.name,
        )
        for role in _ROLE_PEOPLE
    ]
    logins += [
        DemoLogin("mantelzorger", CARER_EMAIL, "Ria Mulder", VILLAGE.name),
        DemoLogin("zorgverlener", NURSE_EMAIL, "Esther Wolters", VILLAGE.name),
    ]
    logins += [
        DemoLogin(
            "coordinator", f"coordinator@{spec.slug}.example", _login_name("coordinator"), spec.name
        )
        for spec in CITY_COLLECTIVES
    ]
    logins.append(
        DemoLogin("buurtassistent", ASSISTANT_EMAIL, "Samira Bakkali", "Buurtcoöperatie Lombok")
    )
    logins.append(
        DemoLogin(
            "federation",
            "federatie@utrecht-samen.example",
            "Fatima El Amrani",
            "Stadscoöperatie Utrecht Samen",
        )
    )
    logins.append(
        DemoLogin("platform admin", "beheer@wijkkracht.example", "Pieter Beheerder", "Wijkkracht")
    )
    return logins
