from typing import Any

from django.db import models

from wijkkracht.core.models import AccessEntry, AuditEntry, Collective, Person, User


def audit_record(
    *,
    actor: User | None,
    action: str,
    target: models.Model,
    collective: Collective | None,
    on_behalf_of: Person | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    """Write one audit row; called by every service inside its transaction."""
    return AuditEntry.objects.create(
        collective=collective,
        actor=actor,
        actor_name=str(actor) if actor else "systeem",
        on_behalf_of=on_behalf_of,
        action=action,
        object_type=target._meta.label_lower,
        object_id=str(target.pk or ""),
        data=data or {},
    )


def access_record(*, actor: User, actor_role: str, person: Person, record: str) -> AccessEntry:
    """Log one read of a person's sensitive record, for that person to see later."""
    return AccessEntry.objects.create(
        collective_id=person.collective_id,
        person=person,
        actor=actor,
        actor_name=str(actor),
        actor_role=actor_role,
        record=record,
    )
