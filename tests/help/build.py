"""A 1-loket with one of everything, for the isolation walker and the page registry."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django_scopes import scope

from wijkkracht.core.models import Collective, Person
from wijkkracht.core.services.people import person_create
from wijkkracht.help.models import Category, Channel, Volunteer
from wijkkracht.help.services.assignments import assignment_propose
from wijkkracht.help.services.callbacks import callback_leave
from wijkkracht.help.services.health import health_note_save
from wijkkracht.help.services.referrals import referral_create
from wijkkracht.help.services.requests import help_request_create
from wijkkracht.help.services.volunteers import (
    absence_add,
    availability_set,
    volunteer_save,
)
from wijkkracht.info.services.socialmap import organisation_save

EVERY_DAY = [(weekday, datetime.time(8), datetime.time(21)) for weekday in range(7)]


@dataclass(frozen=True)
class HelpIds:
    volunteer_person_id: int
    request_id: int  # matched: the volunteer is asked; with a health note
    open_request_id: int  # nobody asked yet
    assignment_id: int
    referral_id: int
    organisation_id: int
    absence_id: int
    callback_id: int  # left on the public home, not called back yet


def a_volunteer(collective: Collective, given_name: str = "Vera", **fields: object) -> Volunteer:
    """A volunteer who does every kind of help, every day from 8 to 21, with a VOG."""
    with scope(collective=collective):
        person = person_create(
            actor=None,
            collective=collective,
            roles=["volunteer"],
            given_name=given_name,
            family_name="Hulp",
            email=f"{given_name.lower()}@{collective.slug}.example",
        )
        defaults: dict[str, object] = {
            "categories": list(Category.values),
            "transport": "car",
            "reach": "anywhere",
            "max_tasks_per_week": 3,
            "vog_valid_until": timezone.localdate() + datetime.timedelta(days=365),
        }
        volunteer = volunteer_save(actor=None, person=person, **{**defaults, **fields})
        availability_set(actor=None, volunteer=volunteer, windows=EVERY_DAY)
        return volunteer


def a_request(
    collective: Collective,
    resident: Person,
    *,
    days: int = 1,
    start: int = 10,
    end: int = 12,
    category: str = Category.GROCERIES,
    **fields: object,
):  # type: ignore[no-untyped-def]
    with scope(collective=collective):
        return help_request_create(
            actor=None,
            collective=collective,
            resident=resident,
            channel=Channel.PHONE,
            category=category,
            description="Boodschappen doen.",
            date=timezone.localdate() + datetime.timedelta(days=days),
            start_time=datetime.time(start),
            end_time=datetime.time(end),
            **fields,
        )


def help_build(collective: Collective, resident: Person) -> HelpIds:
    volunteer = a_volunteer(collective)
    matched = a_request(collective, resident)
    open_request = a_request(collective, resident, days=2)
    referred = a_request(collective, resident, days=3)
    with scope(collective=collective):
        assignment = assignment_propose(actor=None, request=matched, volunteer=volunteer)
        organisation = organisation_save(
            actor=None, collective=collective, name="Wmo-loket", kind="gemeente"
        )
        referral = referral_create(
            actor=None,
            request=referred,
            organisation=organisation,
            handover="Samen gebeld.",
            follow_up_on=timezone.localdate(),
        )
        absence = absence_add(
            actor=None,
            volunteer=volunteer,
            first_day=timezone.localdate() + datetime.timedelta(days=30),
            last_day=timezone.localdate() + datetime.timedelta(days=40),
        )
        health_note_save(
            actor=None,
            request=matched,
            text="Slechtziend; bel twee keer aan.",
            share_with_volunteer=True,
            consent=True,
            consent_via=Channel.PHONE,
        )
        callback = callback_leave(
            collective=collective,
            name="Gerrit Dekker",
            phone="0528 334 455",
            what="Wie kan mij naar de huisarts brengen?",
            when="dinsdagochtend",
        )
    return HelpIds(
        volunteer_person_id=volunteer.person_id,
        request_id=matched.pk,
        open_request_id=open_request.pk,
        assignment_id=assignment.pk,
        referral_id=referral.pk,
        organisation_id=organisation.pk,
        absence_id=absence.pk,
        callback_id=callback.pk,
    )
