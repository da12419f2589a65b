"""The social map: organisations, their services and walk-in hours, always indexed for search."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.core.services.records import record_save
from wijkkracht.info.models import EntryKind, Organisation, Service, WalkInHour
from wijkkracht.info.services.index import entry_remove, organisation_index, service_index


@transaction.atomic
def organisation_save(
    *,
    actor: User | None,
    collective: Collective,
    organisation: Organisation | None = None,
    **fields: Any,
) -> Organisation:
    organisation = organisation or Organisation(collective=collective)
    record_save(organisation, fields)
    organisation_index(organisation)
    audit_record(
        actor=actor, action="organisation.save", target=organisation, collective=collective
    )
    return organisation


@transaction.atomic
def service_save(
    *, actor: User | None, organisation: Organisation, service: Service | None = None, **fields: Any
) -> Service:
    service = service or Service(collective_id=organisation.collective_id)
    record_save(service, {"organisation": organisation, **fields})
    service_index(service)
    audit_record(
        actor=actor, action="service.save", target=service, collective=organisation.collective
    )
    return service


@transaction.atomic
def service_delete(*, actor: User | None, service: Service) -> None:
    entry_remove(EntryKind.SERVICE, service.pk)
    audit_record(
        actor=actor,
        action="service.delete",
        target=service,
        collective=service.organisation.collective,
    )
    service.delete()


@transaction.atomic
def checked_mark(*, actor: User, organisation: Organisation) -> None:
    """The keeper called or looked: everything of this organisation is still right today."""
    today = timezone.localdate()
    organisation.checked_on = today
    organisation.save(update_fields=["checked_on"])
    organisation.services.update(checked_on=today)
    audit_record(
        actor=actor,
        action="organisation.checked",
        target=organisation,
        collective=organisation.collective,
    )


@transaction.atomic
def walk_in_save(
    *, actor: User | None, service: Service, walk_in: WalkInHour | None = None, **fields: Any
) -> WalkInHour:
    walk_in = walk_in or WalkInHour(collective_id=service.collective_id)
    record_save(walk_in, {"service": service, **fields})
    service_index(service)
    audit_record(
        actor=actor,
        action="walk_in.save",
        target=walk_in,
        collective=service.organisation.collective,
    )
    return walk_in


ORGANISATION_COPIED = (
    "kind",
    "description",
    "phone",
    "email",
    "website",
    "address",
    "opening_hours",
    "step_free",
    "hearing_loop",
    "accessible_toilet",
)
SERVICE_COPIED = ("name", "need", "description", "how_to", "cost")


@transaction.atomic
def service_copy(*, actor: User | None, collective: Collective, source: Service) -> Service:
    """A service of another collective in the federation, on this collective's own map: under
    the organisation of the same name (made when there is none), not public until the
    coordinator has checked it."""
    if source.collective.federation_id is None or (
        source.collective.federation_id != collective.federation_id
    ):
        raise ValidationError(_("U kunt alleen diensten uit uw eigen federatie overnemen."))
    organisation = Organisation.objects.filter(name=source.organisation.name).first()
    if organisation is None:
        organisation = organisation_save(
            actor=actor,
            collective=collective,
            name=source.organisation.name,
            **{name: getattr(source.organisation, name) for name in ORGANISATION_COPIED},
        )
    return service_save(
        actor=actor,
        organisation=organisation,
        public=False,
        **{name: getattr(source, name) for name in SERVICE_COPIED},
    )
