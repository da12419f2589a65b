"""Reads of the core app. Tenant-owned reads run inside the request's scope."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django_scopes import scopes_disabled

from wijkkracht.core.models import (
    AccessEntry,
    ApiToken,
    Area,
    AreaKind,
    AuditEntry,
    Collective,
    Federation,
    Person,
    Role,
    RoleName,
    User,
)
from wijkkracht.core.models.people import SENSITIVE_ROLES
from wijkkracht.core.postcode import normalise_postcode


def person_list(*, search: str = "", role: str = "") -> QuerySet[Person]:
    """Persons of the current collective, with their roles, optionally filtered."""
    persons = Person.objects.prefetch_related("roles").filter(person_search_filter(search))
    if role:
        persons = persons.filter(roles__name=role)
    return persons.distinct()


def person_search_filter(search: str, prefix: str = "") -> Q:
    """Match every word of a search in a name, street, postcode or phone number.

    ``prefix`` lets other apps search through a relation, e.g. ``"person__"``.
    """
    condition = Q()
    for word in _search_words(search):
        condition &= (
            Q(**{f"{prefix}given_name__icontains": word})
            | Q(**{f"{prefix}family_name__icontains": word})
            | Q(**{f"{prefix}street__icontains": word})
            | Q(**{f"{prefix}postcode__icontains": word})
            | Q(**{f"{prefix}phone__icontains": word})
        )
    return condition


def _search_words(search: str) -> list[str]:
    """Split a search into words, keeping a postcode typed as "7915ab" or "7915 ab" whole."""
    try:
        return [normalise_postcode(search)]
    except ValidationError:
        return search.split()


def person_get(*, person_id: int) -> Person:
    """Return a person of the current collective; anyone else's is simply not found."""
    person = Person.objects.prefetch_related("roles").filter(pk=person_id).first()
    if person is None:
        raise Http404
    return person


def coordinator_emails() -> list[str]:
    """The e-mail addresses of the current collective's coordinators."""
    return list(
        Person.objects.filter(roles__name=RoleName.COORDINATOR)
        .exclude(email="")
        .values_list("email", flat=True)
    )


def role_counts() -> dict[str, int]:
    """Count the current collective's persons per role."""
    rows = Role.objects.values("name").annotate(n=Count("id"))
    counts = {name: 0 for name in RoleName.values}
    counts.update({row["name"]: row["n"] for row in rows})
    return counts


def role_counts_for_partners() -> dict[str, int | None]:
    """Count per role as partners see it: small counts hidden."""
    return {name: suppress_small(count) for name, count in role_counts().items()}


def suppress_small(count: int) -> int | None:
    """Hide counts from 1 up to the threshold, so nobody can be singled out."""
    if 0 < count < settings.SMALL_COUNT_THRESHOLD:
        return None
    return count


def audit_entries() -> QuerySet[AuditEntry]:
    """The current collective's audit log, newest first."""
    return AuditEntry.objects.select_related("on_behalf_of")


def access_entries_for(*, person: Person) -> QuerySet[AccessEntry]:
    """Who read this person's records, newest first."""
    return AccessEntry.objects.filter(person=person)


def api_tokens_for(*, person: Person) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(person=person, revoked_at__isnull=True)


def user_collectives(*, user: User) -> list[tuple[Collective, list[str]]]:
    """The collectives a login belongs to, with its roles there (a read about the user itself)."""
    with scopes_disabled():
        persons = (
            Person.objects.filter(user=user).select_related("collective").prefetch_related("roles")
        )
        return [
            (person.collective, [role.name for role in person.roles.all()]) for person in persons
        ]


def user_federations(*, user: User) -> QuerySet[Federation]:
    return Federation.objects.filter(staff__user=user)


def user_has_sensitive_role(*, user: User) -> bool:
    """Tell whether the login is coordinator or board anywhere, so it needs a second factor."""
    with scopes_disabled():
        return Role.objects.filter(person__user=user, name__in=SENSITIVE_ROLES).exists()


def area_choices(collective: Collective) -> list[tuple[str, str]]:
    """The collective's buurten, also those inside a wijk it works in, as (code, name)."""
    inside = Q(collectives=collective) | Q(parent__collectives=collective)
    buurten = Area.objects.filter(inside, kind=AreaKind.NEIGHBOURHOOD).distinct()
    return list(buurten.values_list("code", "name"))
