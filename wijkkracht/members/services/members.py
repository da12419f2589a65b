"""Joining, changing and ending a membership, and the consents a member gives."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.core.services.people import role_grant, role_revoke
from wijkkracht.members.models import Consent, ConsentText, ConsentVia, EndReason, Member


def next_member_number() -> int:
    """The number after the highest in the current collective's register."""
    return (Member.objects.aggregate(top=Max("number"))["top"] or 0) + 1


def member_address_check(person: Person) -> None:
    if not person.postcode or person.house_number is None:
        raise ValidationError(
            _(
                "Vul eerst het adres in: postcode en huisnummer. Leden op één adres vormen samen "
                "een huishouden voor de contributie."
            )
        )


@transaction.atomic
def member_create(
    *,
    actor: User | None,
    person: Person,
    since: datetime.date,
    rate: str = "standard",
    number: int | None = None,
) -> Member:
    """Enter a person in the member register and give them the member role."""
    member_address_check(person)
    if Member.objects.filter(person=person).exists():
        raise ValidationError(_("%(name)s is al lid.") % {"name": person.full_name})
    number = number or next_member_number()
    if Member.objects.filter(number=number).exists():
        raise ValidationError(_("Lidnummer %(number)s is al in gebruik.") % {"number": number})
    member = Member(
        collective_id=person.collective_id, person=person, number=number, since=since, rate=rate
    )
    member.full_clean(exclude=["collective", "person"])
    member.save()
    role_grant(actor=actor, person=person, name="member")
    audit_record(
        actor=actor,
        action="member.create",
        target=member,
        collective=person.collective,
        on_behalf_of=person,
    )
    return member


@transaction.atomic
def member_rate_set(*, actor: User, member: Member, rate: str) -> Member:
    member.rate = rate
    member.full_clean(exclude=["collective", "person"])
    member.save(update_fields=["rate"])
    audit_record(
        actor=actor,
        action="member.rate",
        target=member,
        collective=member.person.collective,
        on_behalf_of=member.person,
        data={"rate": rate},
    )
    return member


@transaction.atomic
def member_end(*, actor: User | None, member: Member, until: datetime.date, reason: str) -> Member:
    """End a membership. The register keeps the row: the law wants the history."""
    if member.until is not None:
        raise ValidationError(_("Dit lidmaatschap is al beëindigd."))
    if reason not in EndReason.values:
        raise ValidationError(_("Kies een reden."))
    if until < member.since:
        raise ValidationError(_("De einddatum ligt vóór de datum waarop het lid werd."))
    member.until = until
    member.end_reason = reason
    member.save(update_fields=["until", "end_reason"])
    role_revoke(actor=actor, person=member.person, name="member")
    if not member.person.roles.exists():
        # Still a resident the collective knows; they can log in to see and export their data.
        role_grant(actor=actor, person=member.person, name="resident")
    audit_record(
        actor=actor,
        action="member.end",
        target=member,
        collective=member.person.collective,
        on_behalf_of=member.person,
        data={"reason": reason},
    )
    return member


@transaction.atomic
def consent_text_publish(
    *, actor: User | None, collective_id: int, topic: str, text: str
) -> ConsentText:
    """Publish a new wording; consents given to older versions stay tied to those words."""
    latest = ConsentText.objects.filter(topic=topic).aggregate(top=Max("version"))["top"] or 0
    consent_text = ConsentText.objects.create(
        collective_id=collective_id, topic=topic, version=latest + 1, text=text.strip()
    )
    audit_record(
        actor=actor,
        action="consent_text.publish",
        target=consent_text,
        collective=consent_text.collective,
        data={"topic": topic, "version": consent_text.version},
    )
    return consent_text


@transaction.atomic
def consent_give(
    *, actor: User | None, person: Person, topic: str, via: str = ConsentVia.ONLINE
) -> Consent:
    """Record a consent to the newest wording of a topic; giving it twice changes nothing."""
    standing = Consent.objects.filter(person=person, topic=topic, withdrawn_at=None).first()
    if standing is not None:
        return standing
    text = ConsentText.objects.filter(topic=topic).order_by("-version").first()
    if text is None:
        raise ValidationError(_("Voor dit onderwerp is nog geen tekst."))
    consent = Consent.objects.create(
        collective_id=person.collective_id,
        person=person,
        topic=topic,
        text=text,
        given_at=timezone.now(),
        given_via=via,
    )
    audit_record(
        actor=actor,
        action="consent.give",
        target=consent,
        collective=person.collective,
        on_behalf_of=person,
        data={"topic": topic, "version": text.version},
    )
    return consent


@transaction.atomic
def consent_withdraw(*, actor: User | None, person: Person, topic: str) -> None:
    """Withdraw as easily as it was given: one click, no questions."""
    consent = Consent.objects.filter(person=person, topic=topic, withdrawn_at=None).first()
    if consent is None:
        return
    consent.withdrawn_at = timezone.now()
    consent.save(update_fields=["withdrawn_at"])
    audit_record(
        actor=actor,
        action="consent.withdraw",
        target=consent,
        collective=person.collective,
        on_behalf_of=person,
        data={"topic": topic},
    )
