"""A ring at a door, recorded on the phone, from the paper list or on the form. Nothing about
a person is kept before they agree; with their consent a question becomes a 1-loket request,
a wish to join a membership application, and an activity they would like to join a name for
the coordinator to call. A visit sent twice (a phone syncing again) is
stored once: its client id is unique."""

import datetime
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities.models import Activity
from wijkkracht.core.models import Person, User
from wijkkracht.core.models.people import ContactPreference
from wijkkracht.core.services.audit import audit_record
from wijkkracht.core.services.people import person_create
from wijkkracht.help.models import Category, Channel
from wijkkracht.help.services.requests import help_request_create
from wijkkracht.members.models import ApplicationVia
from wijkkracht.members.services.applications import application_submit, name_split
from wijkkracht.outreach.models import Outcome, Stop, Visit

# A question at the door has no time yet: the coordinator rings back and plans it.
DAY = (datetime.time(9), datetime.time(17))


@dataclass(frozen=True)
class Told:
    """What the resident agreed to give, with their consent."""

    name: str = ""
    phone: str = ""
    question: str = ""
    category: str = Category.OTHER
    join: bool = False
    interest: Activity | None = None  # an activity they would like to join

    @property
    def personal(self) -> bool:
        return bool(self.name or self.phone or self.question or self.join or self.interest)

    @property
    def hand_off(self) -> bool:
        return bool(self.question or self.join or self.interest)


def _resident(stop: Stop, actor: User | None, told: Told) -> Person:
    """The person at this door with this name, or a new record of them."""
    door = stop.door
    name = name_split(told.name)
    known = Person.objects.filter(
        postcode=door.postcode,
        house_number=door.house_number,
        given_name__iexact=name.given_name,
        family_name__iexact=name.family_name,
    ).first()
    if known is not None:
        return known
    return person_create(
        actor=actor,
        collective=stop.collective,
        roles=["resident"],
        given_name=name.given_name,
        family_name_prefix=name.family_name_prefix,
        family_name=name.family_name,
        phone=told.phone,
        street=door.street,
        house_number=door.house_number,
        house_number_addition=f"{door.house_letter}{door.addition}",
        postcode=door.postcode,
        city=door.place,
    )


def _hand_off(visit: Visit, actor: User | None, told: Told) -> None:
    stop = visit.stop
    if told.question:
        resident = _resident(stop, actor, told)
        day = max(visit.visited_at.date(), timezone.localdate())
        visit.help_request = help_request_create(
            actor=actor,
            collective=stop.collective,
            resident=resident,
            channel=Channel.DOOR,
            category=told.category,
            description=told.question,
            date=day,
            start_time=DAY[0],
            end_time=DAY[1],
        )
    if told.join:
        door, name = stop.door, name_split(told.name)
        visit.application = application_submit(
            actor=actor,
            collective=stop.collective,
            via=ApplicationVia.DOOR,
            fields={
                "given_name": name.given_name,
                "family_name_prefix": name.family_name_prefix,
                "family_name": name.family_name,
                "phone": told.phone,
                "street": door.street,
                "house_number": door.house_number,
                "house_number_addition": f"{door.house_letter}{door.addition}",
                "postcode": door.postcode,
                "city": door.place,
                "contact_preference": ContactPreference.PHONE
                if told.phone
                else ContactPreference.LETTER,
            },
        )


def visit_record(
    *,
    actor: User | None,
    stop: Stop,
    outcome: str,
    visited_at: datetime.datetime,
    consent: bool = False,
    told: Told = Told(),
    client_id: uuid.UUID | None = None,
    on_paper: bool = False,
) -> tuple[Visit, bool]:
    """Store one visit; returns it and whether it is new (False: this client id was stored
    before, nothing changed)."""
    if outcome not in Outcome.values:
        raise ValidationError(_("Kies wat er aan de deur gebeurde."))
    if not consent and told.personal:
        raise ValidationError(
            _("Zonder toestemming bewaren we niets over de bewoner. Vraag eerst of het mag.")
        )
    if told.hand_off and not told.name.strip():
        raise ValidationError(_("Schrijf de naam op, dan kan de coördinator terugbellen."))
    if outcome == Outcome.QUESTION and not told.question:
        raise ValidationError(_("Schrijf de vraag op, of kies een andere uitkomst."))
    client_id = client_id or uuid.uuid4()
    earlier = Visit.objects.filter(client_id=client_id).first()
    if earlier is not None:
        return earlier, False
    try:
        with transaction.atomic():
            visit = Visit.objects.create(
                collective_id=stop.collective_id,
                stop=stop,
                client_id=client_id,
                outcome=outcome,
                visited_at=visited_at,
                on_paper=on_paper,
                recorded_by=actor,
                consent=consent,
                name=told.name.strip()[:200],
                phone=told.phone.strip()[:30],
                question=told.question.strip(),
                interest=told.interest,
            )
            if told.question or told.join:
                _hand_off(visit, actor, told)
                visit.save(update_fields=["help_request", "application"])
    except IntegrityError:  # the same visit arrived at the same moment by another request
        return Visit.objects.get(client_id=client_id), False
    audit_record(
        actor=actor,
        action="outreach.visit",
        target=visit,
        collective=stop.collective,
        data={"outcome": outcome, "consent": consent},
    )
    return visit, True
