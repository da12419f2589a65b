from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django_scopes import scope

from wijkkracht.core.models import Area, Collective, Federation, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.core.services.people import person_create, person_invite
from wijkkracht.core.slugs import validate_not_reserved


@transaction.atomic
def federation_create(*, actor: User | None, name: str, slug: str) -> Federation:
    """Create a federation (stadscoöperatie or koepel)."""
    validate_not_reserved(slug)
    federation = Federation(name=name, slug=slug)
    federation.full_clean()
    federation.save()
    audit_record(actor=actor, action="federation.create", target=federation, collective=None)
    return federation


@transaction.atomic
def collective_create(
    *,
    actor: User | None,
    name: str,
    slug: str,
    legal_form: str,
    kvk_number: str = "",
    area_codes: list[str] | None = None,
    federation: Federation | None = None,
) -> Collective:
    """Create a collective on the installation, with the CBS areas it serves."""
    validate_not_reserved(slug)
    collective = Collective(
        name=name, slug=slug, legal_form=legal_form, kvk_number=kvk_number, federation=federation
    )
    collective.full_clean()
    collective.save()
    collective.areas.set(Area.objects.filter(code__in=area_codes or []))
    with scope(collective=collective):
        audit_record(
            actor=actor,
            action="collective.create",
            target=collective,
            collective=collective,
            data={"areas": sorted(area_codes or [])},
        )
    return collective


PUBLIC_FIELDS = ("about", "phone", "email", "visiting_address")


@transaction.atomic
def collective_public_set(*, actor: User, collective: Collective, **fields: Any) -> Collective:
    """Change what the public home says about the collective and how to reach it."""
    unknown = set(fields) - set(PUBLIC_FIELDS)
    if unknown:
        raise TypeError(f"unknown public fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(collective, name, value.strip())
    collective.full_clean(exclude=["areas", "federation"])
    collective.save(update_fields=list(fields))
    audit_record(
        actor=actor,
        action="collective.public",
        target=collective,
        collective=collective,
        data={"fields": sorted(fields)},
    )
    return collective


@transaction.atomic
def collective_open(
    *,
    actor: User | None,
    coordinator_name: str,
    coordinator_email: str,
    **collective_fields: Any,
) -> Collective:
    """Create a collective with its first coordinator, who is invited by e-mail."""
    collective = collective_create(actor=actor, **collective_fields)
    given_name, _space, family_name = coordinator_name.strip().partition(" ")
    with scope(collective=collective):
        coordinator = person_create(
            actor=actor,
            collective=collective,
            roles=["coordinator"],
            given_name=given_name,
            family_name=family_name or given_name,
            email=coordinator_email,
            contact_preference="email",
        )
        person_invite(actor=actor, person=coordinator)
    return collective


def _int_or_none(raw: str) -> int | None:
    return int(raw) if raw.strip() else None


@transaction.atomic
def areas_load(*, rows: Iterable[dict[str, str]]) -> int:
    """Create or update CBS areas from rows shaped like data/cbs-areas-2024.csv; parents first."""
    count = 0
    for row in rows:
        parent = Area.objects.get(code=row["parent"]) if row["parent"] else None
        area, _created = Area.objects.get_or_create(
            code=row["code"], defaults={"name": row["name"], "kind": row["kind"], "year": 0}
        )
        area.name = row["name"]
        area.kind = row["kind"]
        area.parent = parent
        area.year = int(row["year"])
        for field in ("inhabitants", "inhabitants_65_plus", "households", "one_person_households"):
            setattr(area, field, _int_or_none(row[field]))
        area.full_clean()
        area.save()
        count += 1
    return count
