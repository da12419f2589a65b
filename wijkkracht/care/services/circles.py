"""A circle made with the resident's consent, its members, and the notes in it, which are
health data: kept only with explicit consent, read only by the members the resident chose,
every read in the access log the resident can see."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wijkkracht.care.models import Circle, CircleRole, ConsentBy, Member, Note
from wijkkracht.core.models import Person, User
from wijkkracht.core.services.audit import access_record, audit_record

CIRCLE_CONSENT_TEXT = gettext_lazy(
    "Ik wil een zorgcirkel. De mensen die ik kies, zien de afspraken en taken rond mij. "
    "Ik kan iemand altijd uit de cirkel halen, of de cirkel stoppen."
)
NOTES_CONSENT_TEXT = gettext_lazy(
    "Ik geef toestemming dat in de zorgcirkel notities over mijn gezondheid staan. Alleen de "
    "mensen die ik kies lezen ze; ik zie wie ze gelezen heeft. Ik kan dit altijd intrekken; "
    "dan wissen we alle notities."
)


@transaction.atomic
def circle_create(
    *,
    actor: User | None,
    person: Person,
    consent: bool,
    consent_by: str,
    representative: str,
    consent_via: str,
    birth_date: datetime.date | None = None,
) -> Circle:
    if not consent:
        raise ValidationError(_("Zonder toestemming van de bewoner maken we geen zorgcirkel."))
    if consent_by == ConsentBy.REPRESENTATIVE and not representative.strip():
        raise ValidationError(_("Schrijf de naam van de vertegenwoordiger op."))
    if Circle.objects.filter(person=person).exists():
        raise ValidationError(_("%(name)s heeft al een zorgcirkel.") % {"name": person.full_name})
    circle = Circle.objects.create(
        collective_id=person.collective_id,
        person=person,
        birth_date=birth_date,
        consent_by=consent_by,
        representative=representative.strip(),
        consent_via=consent_via,
        consent_at=timezone.now(),
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action="care.circle_create",
        target=circle,
        collective=person.collective,
        on_behalf_of=person,
    )
    return circle


@transaction.atomic
def member_add(
    *,
    actor: User | None,
    circle: Circle,
    person: Person,
    role: str,
    reads_notes: bool = False,
    hours_per_week: Decimal | None = None,
    cares_since: datetime.date | None = None,
    appreciation_consent: bool = False,
    strain_consent: bool = False,
) -> Member:
    if person.pk == circle.person_id:
        raise ValidationError(_("De bewoner zelf staat in het midden van de cirkel."))
    member = Member(
        collective_id=circle.collective_id,
        circle=circle,
        person=person,
        role=role,
        reads_notes=reads_notes,
        hours_per_week=hours_per_week,
        cares_since=cares_since,
        appreciation_consent=appreciation_consent,
        strain_consent=strain_consent,
    )
    member.full_clean(exclude=["collective", "circle", "person"], validate_unique=False)
    try:
        with transaction.atomic():
            member.save()
    except IntegrityError:
        raise ValidationError(
            _("%(name)s staat al in de cirkel.") % {"name": person.full_name}
        ) from None
    audit_record(
        actor=actor,
        action="care.member_add",
        target=member,
        collective=circle.collective,
        on_behalf_of=circle.person,
        data={"role": role},
    )
    return member


@transaction.atomic
def member_update(*, actor: User | None, member: Member, **fields: object) -> Member:
    for name, value in fields.items():
        setattr(member, name, value)
    member.full_clean(exclude=["collective", "circle", "person"], validate_unique=False)
    member.save()
    audit_record(
        actor=actor,
        action="care.member_update",
        target=member,
        collective=member.circle.collective,
        on_behalf_of=member.circle.person,
    )
    return member


@transaction.atomic
def member_remove(*, actor: User | None, member: Member) -> None:
    """The resident (or their representative) takes someone out: their open tasks are open
    again for the others."""
    member.claimed_tasks.filter(done_at__isnull=True).update(claimed_by=None, claimed_at=None)
    audit_record(
        actor=actor,
        action="care.member_remove",
        target=member,
        collective=member.circle.collective,
        on_behalf_of=member.circle.person,
    )
    member.delete()


@transaction.atomic
def notes_consent_give(*, actor: User | None, circle: Circle) -> Circle:
    circle.notes_consent_at = circle.notes_consent_at or timezone.now()
    circle.save(update_fields=["notes_consent_at"])
    audit_record(
        actor=actor,
        action="care.notes_consent",
        target=circle,
        collective=circle.collective,
        on_behalf_of=circle.person,
    )
    return circle


@transaction.atomic
def notes_consent_withdraw(*, actor: User | None, circle: Circle) -> int:
    """Consent withdrawn: every note goes. Returns how many."""
    erased, _detail = circle.notes.all().delete()
    circle.notes_consent_at = None
    circle.save(update_fields=["notes_consent_at"])
    audit_record(
        actor=actor,
        action="care.notes_erase",
        target=circle,
        collective=circle.collective,
        on_behalf_of=circle.person,
        data={"erased": erased},
    )
    return erased


@transaction.atomic
def note_add(*, actor: User, circle: Circle, text: str) -> Note:
    if circle.notes_consent_at is None:
        raise ValidationError(
            _("Zonder uitdrukkelijke toestemming van de bewoner bewaren we geen notities.")
        )
    if not text.strip():
        raise ValidationError(_("De notitie is leeg."))
    note = Note.objects.create(
        collective_id=circle.collective_id,
        circle=circle,
        text=text.strip(),
        written_by=actor,
        written_by_name=str(actor),
    )
    # The audit row says that a note was written, never what it says.
    audit_record(
        actor=actor,
        action="care.note_add",
        target=note,
        collective=circle.collective,
        on_behalf_of=circle.person,
    )
    return note


def notes_read(*, actor: User, actor_role: str, circle: Circle) -> list[Note]:
    """The circle's notes, after logging the read for the resident to see."""
    notes = list(circle.notes.all())
    if notes:
        access_record(
            actor=actor,
            actor_role=actor_role,
            person=circle.person,
            record=str(_("notities in de zorgcirkel (%(count)d)") % {"count": len(notes)}),
        )
    return notes


def role_words(member: Member | None) -> str:
    """How a reader appears in the resident's access log."""
    if member is None:
        return str(_("coördinator"))
    return str(CircleRole(member.role).label)
