"""Per-person export (GDPR art. 15 and 20) and erasure (art. 17), across all apps."""

from typing import Any

from django.db import transaction
from django.utils import timezone

from wijkkracht.core.models import AccessEntry, ApiToken, AuditEntry, Person, Role, User
from wijkkracht.core.personal_data import personal_data_sources
from wijkkracht.core.services.audit import audit_record


def person_export(person: Person) -> dict[str, Any]:
    """Everything the platform holds about one person in one collective, as plain data."""
    data: dict[str, Any] = {
        "persoon": {
            "voornaam": person.given_name,
            "tussenvoegsel": person.family_name_prefix,
            "achternaam": person.family_name,
            "e-mail": person.email,
            "telefoon": person.phone,
            "adres": person.address,
            "liefst_bereikbaar_via": person.get_contact_preference_display(),
            "geregistreerd_op": person.created_at.isoformat(),
            "collectief": person.collective.name,
            "account": person.user.email if person.user else None,
        },
        "rollen": [role.get_name_display() for role in Role.objects.filter(person=person)],
        "wie_las_uw_gegevens": [
            {
                "wanneer": entry.at.isoformat(),
                "wie": entry.actor_name,
                "rol": entry.actor_role,
                "wat": entry.record,
            }
            for entry in AccessEntry.objects.filter(person=person)
        ],
        "wijzigingen": [
            {"wanneer": entry.at.isoformat(), "wie": entry.actor_name, "wat": entry.action}
            for entry in AuditEntry.objects.filter(on_behalf_of=person)
        ],
    }
    for source in personal_data_sources():
        data.update(source.export(person))
    return data


@transaction.atomic
def person_erase(*, actor: User | None, person: Person) -> Person:
    """Anonymise a person. What the law makes the collective keep stays, without a name."""
    for source in personal_data_sources():
        source.erase(person)
    Role.objects.filter(person=person).delete()
    ApiToken.objects.filter(person=person).delete()
    AccessEntry.objects.filter(person=person).delete()
    person.given_name = "Gewist"
    person.family_name_prefix = ""
    person.family_name = f"#{person.pk}"
    for name in ("email", "phone", "street", "house_number_addition", "postcode", "city"):
        setattr(person, name, "")
    person.house_number = None
    person.user = None
    person.erased_at = timezone.now()
    person.save()
    audit_record(actor=actor, action="person.erase", target=person, collective=person.collective)
    return person
