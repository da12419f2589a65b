from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, Federation, FederationStaff, Person, Role, User
from wijkkracht.core.postcode import normalise_postcode
from wijkkracht.core.services.audit import audit_record
from wijkkracht.core.tasks import invitation_send

# Fields a coordinator may set on a person's record.
PERSON_FIELDS = (
    "given_name",
    "family_name_prefix",
    "family_name",
    "email",
    "phone",
    "street",
    "house_number",
    "house_number_addition",
    "postcode",
    "city",
    "contact_preference",
)


def _clean_person(person: Person) -> None:
    if person.postcode:
        person.postcode = normalise_postcode(person.postcode)
    person.email = person.email.strip().lower()
    person.house_number_addition = person.house_number_addition.strip().upper()
    person.full_clean()


@transaction.atomic
def person_create(
    *, actor: User | None, collective: Collective, roles: list[str], **fields: Any
) -> Person:
    """Register a person, e.g. a resident without e-mail who phoned the coordinator."""
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise TypeError(f"unknown person fields: {sorted(unknown)}")
    person = Person(collective=collective, **fields)
    _clean_person(person)
    person.save()
    for name in roles:
        Role.objects.create(collective=collective, person=person, name=name)
    audit_record(
        actor=actor,
        action="person.create",
        target=person,
        collective=collective,
        on_behalf_of=person,
        data={"roles": sorted(roles)},
    )
    return person


@transaction.atomic
def person_update(*, actor: User, person: Person, **fields: Any) -> Person:
    """Change a person's record; the audit row names the fields, never their values."""
    changed = sorted(name for name, value in fields.items() if getattr(person, name) != value)
    for name in changed:
        if name not in PERSON_FIELDS:
            raise TypeError(f"unknown person field: {name}")
        setattr(person, name, fields[name])
    _clean_person(person)
    person.save()
    audit_record(
        actor=actor,
        action="person.update",
        target=person,
        collective=person.collective,
        on_behalf_of=person,
        data={"fields": changed},
    )
    return person


@transaction.atomic
def role_grant(*, actor: User | None, person: Person, name: str) -> Role:
    """Give a person a role in their collective; granting it twice changes nothing."""
    role, created = Role.objects.get_or_create(
        collective_id=person.collective_id, person=person, name=name
    )
    if created:
        role.full_clean()
        audit_record(
            actor=actor,
            action="role.grant",
            target=role,
            collective=person.collective,
            on_behalf_of=person,
            data={"role": name},
        )
    return role


@transaction.atomic
def role_revoke(*, actor: User | None, person: Person, name: str) -> None:
    """Take a role away; the last coordinator of a collective cannot be removed."""
    role = Role.objects.filter(person=person, name=name).first()
    if role is None:
        return
    if name == "coordinator" and not Role.objects.filter(name=name).exclude(pk=role.pk).exists():
        raise ValidationError(_("Dit is de laatste coördinator. Wijs eerst een andere aan."))
    audit_record(
        actor=actor,
        action="role.revoke",
        target=role,
        collective=person.collective,
        on_behalf_of=person,
        data={"role": name},
    )
    role.delete()


@transaction.atomic
def person_invite(*, actor: User | None, person: Person) -> User:
    """Give a person a login: link the existing account with that e-mail or make a new one."""
    if not person.email:
        raise ValidationError(
            _("Vul eerst een e-mailadres in. Zonder e-mail kan iemand niet inloggen.")
        )
    user = person.user or User.objects.filter(email=person.email).first()
    if user is None:
        user = User.objects.create_user(person.email, None, name=person.full_name)
    if person.user_id != user.pk:
        if Person.objects.filter(user=user).exclude(pk=person.pk).exists():
            raise ValidationError(
                _("Dit account hoort al bij een andere persoon in dit collectief.")
            )
        person.user = user
        person.save(update_fields=["user"])
    audit_record(
        actor=actor,
        action="person.invite",
        target=person,
        collective=person.collective,
        on_behalf_of=person,
    )
    transaction.on_commit(
        lambda: invitation_send.enqueue(collective_id=person.collective_id, person_id=person.pk)
    )
    return user


@transaction.atomic
def federation_staff_add(
    *, actor: User | None, federation: Federation, user: User, treasurer: bool = False
) -> FederationStaff:
    """Let a login see the aggregates of a federation's collectives; a treasurer also makes
    the debit files of the collectives that delegate them."""
    staff, _created = FederationStaff.objects.update_or_create(
        federation=federation, user=user, defaults={"treasurer": treasurer}
    )
    audit_record(
        actor=actor,
        action="federation.staff_add",
        target=staff,
        collective=None,
        data={"federation": federation.slug, "treasurer": treasurer},
    )
    return staff
